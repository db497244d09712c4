"""The pydantic models of the wire object, written by datamodel-code-generator.

The spec is first normalised into the plain JSON Schema dcg reads best: ``x-`` keywords removed,
every object titled with the class name ``build`` chose (so dcg's names are ours), value sets
pointing at the enums our own template writes (dcg's enum template is blanked and the enums are
imported instead), ``unevaluatedProperties`` spelled as ``additionalProperties`` so unknown keys
are refused, and only the definitions the verb reaches.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.build import (
    SWML_METHOD,
    SWML_VAR,
    const_values,
    enum_name,
    object_name,
    ref_name,
    url_schemes,
)
from codegen.ir import Param, Verb
from codegen.loader import Spec, resolve_pointer
from codegen.properties import EnumListProperty, EnumProperty, IntegerProperty, StringProperty

_TEMPLATES = Path(__file__).parent / "templates" / "dcg"

#: dcg options, each chosen for the generated code's reading and behaviour.
DCG_OPTIONS: dict[str, Any] = {
    "use_title_as_name": True,  # titles carry the names build chose
    "use_union_operator": True,
    "use_standard_collections": True,
    "use_annotated": True,
    "use_schema_description": True,  # class docstrings from descriptions
    "use_field_description": True,  # attribute docstrings from descriptions
    "field_constraints": True,
    "strict_nullable": True,  # a field with a default is not Optional unless the spec says so
    "set_default_enum_member": True,
    "allow_population_by_field_name": True,  # CondElse(else_=...) as well as the wire alias
    "use_type_alias": True,  # SWMLVar etc. as type aliases, not RootModel wrappers
    "collapse_root_models": True,
    "capitalise_enum_members": True,
    "use_double_quotes": True,
    "disable_timestamp": True,  # determinism
    "keep_model_order": True,  # determinism: spec order, not discovery order
    "formatters": [],  # ruff formats everything afterwards, pinned in pyproject
    # The method refuses 1 or "yes" for a boolean; the models must not coerce them either.
    "strict_types": ["bool"],
}


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip(v) for k, v in node.items() if not str(k).startswith("x-")}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def _pydantic_pattern(prop: StringProperty) -> str:
    # pydantic's regex engine has no \Z; ^...$ is anchored the same way there.
    return "^" + prop.url_pattern().removesuffix(r"\Z") + "$"


class _Normaliser:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.defs: dict[str, Any] = {}

    def ref(self, ref: str) -> dict[str, Any]:
        name = ref_name(ref)
        if name == SWML_METHOD:
            self.defs.setdefault(
                SWML_METHOD,
                {
                    "type": "object",
                    "title": SWML_METHOD,
                    "minProperties": 1,
                    "description": "One SWML method, such as {'hangup': {}}.",
                },
            )
            return {"$ref": f"#/$defs/{SWML_METHOD}"}
        target = resolve_pointer(self.spec.document, ref[1:])
        if name not in self.defs:
            self.defs[name] = {}  # placeholder first: a recursive definition ends here
            self.defs[name] = self.node(target, name, defs_key=True)
        return {"$ref": f"#/$defs/{name}"}

    def node(self, node: Any, hint: str, *, defs_key: bool = False) -> Any:
        if isinstance(node, list):
            return [self.node(v, hint) for v in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any]
        if "$ref" in node and isinstance(node["$ref"], str):
            out = self.ref(node["$ref"])
            if "description" in node:
                out["description"] = node["description"]
            return out
        values = const_values(node)
        if values is not None and hint:
            return self.value_set(node, hint, values)
        if node.get("type") == "string" and node.get("format") in ("uri", "url"):
            # A nested URL gets the same scheme check as a parameter, as a pattern: dcg would
            # otherwise type it AnyUrl, which rewrites the value ("wss://h" -> "wss://h/").
            url = StringProperty(False, url_schemes=url_schemes(node))
            plain = {k: v for k, v in node.items() if k not in ("format", "title")}
            return _strip({**plain, "pattern": _pydantic_pattern(url)})
        out = {}
        for key, value in node.items():
            if key in ("properties", "$defs") and isinstance(value, dict):
                out[key] = {k: self.node(v, k) for k, v in value.items()}
            elif key == "unevaluatedProperties":
                out["additionalProperties"] = (
                    False if value == {"not": {}} else self.node(value, hint)
                )
            elif key == "title":
                continue
            else:
                out[key] = self.node(value, hint)
        if node.get("type") == "object" and node.get("properties"):
            out["title"] = object_name(node, hint, defs_key=defs_key)
        return _strip(out)

    def value_set(self, node: dict[str, Any], hint: str, values: list[Any]) -> dict[str, Any]:
        """A model field's value set as a $ref to the enum build registered under the same name
        (see ``Builder.model_enums``), keeping a SWML variable branch if the spec has one."""
        name = enum_name(hint, node)
        self.defs[name] = {"type": "string", "enum": [v for v, _ in values]}
        base: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
        branches = node.get("anyOf", node.get("oneOf", []))
        if any(
            isinstance(b, dict) and ref_name(str(b.get("$ref", ""))) == SWML_VAR for b in branches
        ):
            base = {"anyOf": [base, self.ref(f"#/$defs/{SWML_VAR}")]}
        keep: dict[str, Any] = {
            k: node[k] for k in ("description", "examples", "default") if k in node
        }
        return {**base, **keep}

    def param(self, param: Param, schema: dict[str, Any]) -> dict[str, Any]:
        prop = param.prop
        keep: dict[str, Any] = {k: schema[k] for k in ("description", "examples") if k in schema}
        var = [{"$ref": f"#/$defs/{SWML_VAR}"}] if param.accepts_var else []
        if var:
            self.ref(f"#/$defs/{SWML_VAR}")
        if isinstance(prop, EnumProperty):
            base: dict[str, Any] = {"$ref": f"#/$defs/{prop.enum.name}"}
            self.defs[prop.enum.name] = {"type": "string", "enum": list(prop.enum.values)}
        elif isinstance(prop, EnumListProperty):
            base = {"type": "string"}
        elif isinstance(prop, IntegerProperty):
            base = {"type": "integer"}
            if prop.minimum is not None:
                base["minimum"] = prop.minimum
            if prop.maximum is not None:
                base["maximum"] = prop.maximum
        elif isinstance(prop, StringProperty):
            base = {"type": "string"}
            if prop.is_url:
                base["pattern"] = _pydantic_pattern(prop)
            if prop.non_blank:
                base["pattern"] = r"\S"
        else:
            return {**self.node(schema, param.wire_name), **keep}
        body = {"anyOf": [base, *var]} if var else base
        if "default" in schema:
            keep["default"] = schema["default"]
        return {**body, **keep}


def normalised_schema(spec: Spec, verb: Verb) -> dict[str, Any]:
    """The JSON Schema handed to dcg (exposed for tests and for reading)."""
    norm = _Normaliser(spec)
    root = spec.root
    properties = {p.wire_name: norm.param(p, root["properties"][p.wire_name]) for p in verb.params}
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": verb.model_name,
        "description": root.get("description", ""),
        "type": "object",
        "properties": properties,
        "required": [p.wire_name for p in verb.params if p.required],
        "additionalProperties": False,
    }
    schema["$defs"] = {name: {**body, "title": name} for name, body in sorted(norm.defs.items())}
    return schema


def generate_models(spec: Spec, verb: Verb, package: str) -> str:
    """Source of ``models.py`` (unformatted); dcg is imported here only, it is slow to import."""
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    schema = normalised_schema(spec, verb)
    imports = [f"{package}.enums.{e.name}" for e in verb.enums]
    result = generate(
        json.dumps(schema, sort_keys=False),
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_310,
        custom_template_dir=_TEMPLATES,
        additional_imports=imports,
        **DCG_OPTIONS,
    )
    if not isinstance(result, str):
        raise TypeError("datamodel-code-generator returned several modules; expected one")
    # dcg's own header names its stdin input; ours replaces it.
    lines = result.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines) + "\n"
