"""Spec -> intermediate model. Every problem is collected; the caller gets all of them at once."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from codegen import naming
from codegen.errors import SpecError, SpecProblem
from codegen.ir import EnumDef, EnumMember, Param, Verb
from codegen.loader import Spec, resolve_pointer
from codegen.properties import (
    BooleanProperty,
    EnumListProperty,
    EnumProperty,
    IntegerProperty,
    ModelProperty,
    Property,
    StringProperty,
)
from codegen.properties.model import JsonObject, ListOf, ModelRef, Shape, UnionOf, model_names
from codegen.text import Identifier, UntrustedText, is_identifier

#: Upstream definitions the generator knows by name (``$defs/<name>`` in SignalWire's schema).
SWML_VAR = "SWMLVar"
SWML_METHOD = "SWMLMethod"

#: Names the generated method uses itself, so a parameter may not take them.
RESERVED = frozenset({"self"})

_MISSING = object()


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


#: Heuristic for hint-free upstream schemas: a ``format: uri`` string whose description says it
#: "must start with `wss://`" accepts that scheme only. Upstream states the rule in prose alone
#: (08-18's JoinConferenceStream.url); ``x-url-schemes`` in our spec always takes precedence.
_MUST_START_WITH = re.compile(r"must start with `([a-z][a-z0-9+.-]*)://`", re.IGNORECASE)


def url_schemes(schema: dict[str, Any]) -> tuple[str, ...]:
    """The schemes a ``format: uri`` string accepts: ``x-url-schemes``, else the ones its
    description demands (see ``_MUST_START_WITH``), else () for any absolute URI."""
    declared = schema.get("x-url-schemes")
    if isinstance(declared, list):
        return tuple(str(s) for s in declared)
    description = schema.get("description")
    if not isinstance(description, str):
        return ()
    return tuple(dict.fromkeys(m.lower() for m in _MUST_START_WITH.findall(description)))


def enum_name(wire: str, node: dict[str, Any]) -> str:
    """The enum class of a value set: ``x-enum-name``, else the property's name in PascalCase."""
    return str(node.get("x-enum-name") or naming.pascal(wire))


def const_values(node: Any) -> list[tuple[Any, str]] | None:
    """``(value, description)`` of an ``enum``, a ``const`` or an anyOf/oneOf of consts (SWML
    variable branches aside); None when ``node`` is not a value set."""
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("enum"), list):
        return [(v, "") for v in node["enum"]]
    if "const" in node:
        return [(node["const"], str(node.get("description", "")))]
    for key in ("anyOf", "oneOf"):
        branches = [
            b
            for b in node.get(key, [])
            if not (isinstance(b, dict) and ref_name(str(b.get("$ref", ""))) == SWML_VAR)
        ]
        if branches and all(isinstance(b, dict) and "const" in b for b in branches):
            return [(b["const"], str(b.get("description", ""))) for b in branches]
    return None


def object_name(schema: dict[str, Any], hint: str, *, defs_key: bool = False) -> str:
    """A class name for an object schema: ``x-python-name``, else its ``$defs`` key, else its
    title, else ``hint`` (the parameter it belongs to).

    Names come from the schema alone, never from the order models were seen in (no ``Record2``).
    """
    if isinstance(schema.get("x-python-name"), str):
        return str(schema["x-python-name"])
    if defs_key:
        return naming.pascal(hint) if not is_identifier(hint) else hint
    title = schema.get("title")
    if isinstance(title, str) and title.strip():
        title = title.strip()
        title = title[: -len(" object")] if title.lower().endswith(" object") else title
        return naming.pascal(title)
    return naming.pascal(hint)


@dataclass
class Builder:
    spec: Spec
    problems: list[SpecProblem] = field(default_factory=list)
    enums: dict[str, EnumDef] = field(default_factory=dict)
    enum_users: dict[str, list[str]] = field(default_factory=dict)
    var_pattern: str | None = None

    # -- reporting -------------------------------------------------------------------------------

    def problem(self, pointer: str, message: str, expected: str = "") -> None:
        self.problems.append(SpecProblem(self.spec.file, pointer, message, expected))

    # -- $ref ------------------------------------------------------------------------------------

    def deref(self, schema: Any, pointer: str) -> tuple[Any, str] | None:
        """Follow ``$ref`` chains to the schema they name; None (with a problem) if they cannot."""
        seen: list[str] = []
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                self.problem(
                    pointer + "/$ref",
                    f"$ref {ref!r} points outside this document",
                    "a local reference such as '#/$defs/Name'",
                )
                return None
            if ref in seen:
                chain = " -> ".join([*seen, ref])
                self.problem(pointer + "/$ref", f"circular $ref: {chain}", "a $ref chain that ends")
                return None
            seen.append(ref)
            try:
                schema = resolve_pointer(self.spec.document, ref[1:])
            except KeyError:
                self.problem(
                    pointer + "/$ref",
                    f"$ref {ref!r} points to nothing",
                    "a reference to an existing definition, such as '#/$defs/SWMLVar'",
                )
                return None
            pointer = ref
        return schema, pointer

    def is_var_branch(self, branch: Any) -> bool:
        if not (isinstance(branch, dict) and ref_name(str(branch.get("$ref", ""))) == SWML_VAR):
            return False
        target = self.deref(branch, "")
        if target and isinstance(target[0], dict) and isinstance(target[0].get("pattern"), str):
            self.var_pattern = target[0]["pattern"]
        return True

    # -- the verb --------------------------------------------------------------------------------

    def build(self) -> Verb:
        root = self.spec.root
        base = "#" + self.spec.pointer
        props = root.get("properties")
        if root.get("type") != "object" or not isinstance(props, dict) or not props:
            self.problem(base, "the verb is not an object with properties", "type: object")
            raise SpecError(self.problems)
        required = root.get("required", [])
        for index, name in enumerate(required):
            if name not in props:
                close = difflib.get_close_matches(str(name), [str(k) for k in props], n=1)
                self.problem(
                    f"{base}/required/{index}",
                    f"required {name!r} is not a property"
                    + (f" (did you mean {close[0]!r}?)" if close else ""),
                    "names from properties: " + ", ".join(map(str, props)),
                )
        params = [
            p
            for wire, schema in props.items()
            if (p := self.param(str(wire), schema, f"{base}/properties/{wire}", wire in required))
        ]
        self.check_names(params, f"{base}/properties")
        verb_name = root.get("x-verb") or self.verb_name_from_title(root)
        model_name = object_name(root, str(verb_name))
        if not is_identifier(model_name):
            self.problem(base, f"class name {model_name!r} is not a Python identifier")
        if not is_identifier(str(verb_name)):
            self.problem(f"{base}/x-verb", f"verb name {verb_name!r} is not a Python identifier")
        if self.problems:
            raise SpecError(self.problems)
        models = tuple(
            dict.fromkeys(
                n
                for p in params
                if isinstance(p.prop, ModelProperty)
                for n in model_names(p.prop.shape)
            )
        )
        return Verb(
            wire_name=str(verb_name),
            method_name=Identifier(str(verb_name)),
            camel_name=str(root.get("x-camel-name") or naming.camel(str(verb_name))),
            model_name=Identifier(model_name),
            description=UntrustedText(str(root.get("description", ""))),
            params=tuple(params),
            enums=tuple(self.enums.values()),
            models=models,
            var_pattern=self.var_pattern,
        )

    def verb_name_from_title(self, root: dict[str, Any]) -> str:
        """Upstream has no x-verb: ``JoinConferenceObject`` / ``#/$defs/JoinConferenceObject``."""
        stem = self.spec.pointer.rsplit("/", 1)[-1] or str(root.get("title", "verb"))
        stem = stem.split(" ")[0]
        stem = stem[: -len("Object")] if stem.endswith("Object") else stem
        return naming.snake(stem)

    def param(self, wire: str, schema: Any, pointer: str, required: bool) -> Param | None:
        if not isinstance(schema, dict):
            self.problem(pointer, "a property must be a schema object")
            return None
        python_name = str(schema.get("x-python-name") or naming.snake(wire))
        camel_name = str(schema.get("x-camel-name") or naming.camel(wire))
        if not is_identifier(python_name):
            self.problem(
                pointer + ("/x-python-name" if "x-python-name" in schema else ""),
                f"{python_name!r} is a Python keyword or not an identifier",
                "an ASCII identifier that is not a keyword (set x-python-name, such as 'from_')",
            )
            return None
        prop = self.classify(wire, schema, pointer)
        if prop is None:
            return None
        method_default = self.defaults(prop, schema, pointer, required)
        if method_default is _MISSING:
            return None
        return Param(
            wire_name=wire,
            python_name=Identifier(python_name),
            camel_name=camel_name,
            description=UntrustedText(str(schema.get("description", ""))),
            required=required,
            prop=prop,
            method_default=method_default,
            accepts_var=prop.accepts_var,
        )

    def defaults(self, prop: Property, schema: dict[str, Any], pointer: str, required: bool) -> Any:
        """The method default, after checking the wire and method defaults against the kind."""
        ok = True
        for key in ("default", "x-method-default"):
            if key not in schema:
                continue
            value = schema[key]
            if key == "x-method-default" and value is None:
                continue
            is_var = prop.accepts_var and isinstance(value, str) and value[:2] in ("${", "%{")
            if not (prop.admits(value) or is_var):
                self.problem(
                    f"{pointer}/{key}",
                    f"default {value!r} is outside the parameter's own value set or bounds",
                    prop.expected(),
                )
                ok = False
        if required and ("default" in schema or "x-method-default" in schema):
            self.problem(pointer, "a required parameter cannot have a default", "no default")
            ok = False
        if not ok:
            return _MISSING
        return schema.get("x-method-default", schema.get("default"))

    def check_names(self, params: Iterable[Param], pointer: str) -> None:
        for attr, what in (("python_name", "Python"), ("camel_name", "camelCase")):
            seen: dict[str, str] = {}
            for p in params:
                name = getattr(p, attr)
                if name in seen:
                    self.problem(
                        f"{pointer}/{p.wire_name}",
                        f"{what} name {name!r} of {p.wire_name!r} collides with {seen[name]!r}",
                        f"distinct {what} names (set x-python-name or x-camel-name)",
                    )
                seen[name] = p.wire_name
        for p in params:
            if p.python_name in RESERVED:
                self.problem(
                    f"{pointer}/{p.wire_name}",
                    f"Python name {p.python_name!r} is reserved by the generated method",
                    "another name via x-python-name",
                )

    # -- kinds -----------------------------------------------------------------------------------

    def classify(self, wire: str, schema: dict[str, Any], pointer: str) -> Property | None:
        resolved = self.deref(schema, pointer)
        if resolved is None:
            return None
        node, node_pointer = resolved
        if not isinstance(node, dict):
            self.problem(node_pointer, "not a schema object")
            return None
        branches_key = next((k for k in ("anyOf", "oneOf") if k in node), None)
        branches: list[Any] = list(node[branches_key]) if branches_key else [node]
        accepts_var = False
        kept: list[tuple[Any, str]] = []
        for index, branch in enumerate(branches):
            where = f"{node_pointer}/{branches_key}/{index}" if branches_key else node_pointer
            if branches_key and self.is_var_branch(branch):
                accepts_var = True
            else:
                kept.append((branch, where))
        if "x-separator" in node:
            return self.enum_list(wire, node, node_pointer, accepts_var)
        values = const_values(node)
        if values is None and node.get("anyOf") == []:
            values = []
        if values is not None:
            if not values:
                key = "enum" if "enum" in node else branches_key
                self.problem(f"{node_pointer}/{key}", "empty value set", "at least one value")
                return None
            return EnumProperty(self.enum(wire, node, values, node_pointer), accepts_var)
        if len(kept) == 1:
            branch, where = kept[0]
            deref = self.deref(branch, where)
            if deref is None:
                return None
            branch, where = deref
            merged = {**node, **branch} if branch is not node else node
            kind = merged.get("type")
            if kind == "boolean":
                return BooleanProperty(accepts_var)
            if kind == "integer":
                low, high = merged.get("minimum"), merged.get("maximum")
                if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
                    self.problem(
                        f"{node_pointer}/minimum",
                        f"minimum {low} is above maximum {high}",
                        "minimum <= maximum",
                    )
                    return None
                return IntegerProperty(
                    accepts_var,
                    int(low) if isinstance(low, (int, float)) else None,
                    int(high) if isinstance(high, (int, float)) else None,
                )
            if kind == "string":
                is_url = merged.get("format") in ("uri", "url")
                return StringProperty(
                    accepts_var,
                    non_blank=bool(merged.get("x-non-blank")),
                    url_schemes=url_schemes(merged) if is_url else None,
                )
            if kind in ("object", "array"):
                # Hand over the unresolved branch so a $ref keeps its $defs key as the class name.
                shape = self.shape(kept[0][0], kept[0][1], wire)
                return ModelProperty(shape) if shape is not None else None
            if kind is None:
                self.problem(
                    where,
                    "missing type",
                    "type: boolean, integer, string, object or array, or a value set (const/enum)",
                )
            else:
                self.problem(
                    f"{where}/type",
                    f"unsupported type {kind!r}",
                    "boolean, integer, string, object or array",
                )
            return None
        if not kept:
            self.problem(node_pointer, "no type besides a SWML variable", "a typed branch")
            return None
        # Several typed branches: only object/array alternatives (a model union) are supported.
        # A branch whose $ref leads nowhere is reported as such, not as a "missing type" below.
        if any(self.deref(branch, where) is None for branch, where in kept):
            return None
        shape = self.shape(node, node_pointer, wire)
        return ModelProperty(shape) if shape is not None else None

    def enum(self, wire: str, node: dict[str, Any], values: list[Any], pointer: str) -> EnumDef:
        name = enum_name(wire, node)
        members: list[EnumMember] = []
        seen: dict[str, str] = {}
        for index, (value, description) in enumerate(values):
            if not isinstance(value, str):
                where = (
                    f"{pointer}/enum/{index}"
                    if isinstance(node.get("enum"), list)
                    else f"{pointer}/const"
                    if "const" in node
                    else f"{pointer}/anyOf/{index}/const"
                )
                self.problem(
                    where,
                    f"value {value!r} is not a string",
                    "string values (quote YAML words like 'true', 'on' or 'no')",
                )
                continue
            member = naming.upper_snake(value)
            if member in seen:
                self.problem(
                    pointer,
                    f"values {seen[member]!r} and {value!r} both become member {member}",
                    "values with distinct member names",
                )
            seen[member] = value
            members.append(EnumMember(Identifier(member), value, UntrustedText(description)))
        enum = EnumDef(Identifier(name), UntrustedText(""), tuple(members))
        existing = self.enums.get(name)
        if existing is not None and existing.values != enum.values:
            self.problem(
                pointer + "/x-enum-name",
                f"enum {name} is already used with values {list(existing.values)}",
                "the same values for a shared x-enum-name, or another name",
            )
        users = self.enum_users.setdefault(name, [])
        users.append(wire)
        described = EnumDef(
            Identifier(name),
            UntrustedText("Values of " + ", ".join(f"``{u}``" for u in users) + "."),
            (existing or enum).members,
        )
        self.enums[name] = described
        return described

    def enum_list(
        self, wire: str, node: dict[str, Any], pointer: str, accepts_var: bool
    ) -> EnumListProperty | None:
        if not isinstance(node.get("x-items"), dict):
            self.problem(
                pointer + "/x-separator",
                "x-separator is given without x-items",
                "x-items beside it, an object with anyOf of {const, description}",
            )
            return None
        items = node["x-items"]
        values = const_values(items)
        if not values:
            self.problem(pointer + "/x-items", "empty value set", "at least one value in x-items")
            return None
        enum = self.enum(wire, node, values, pointer + "/x-items")
        return EnumListProperty(enum, str(node["x-separator"]), accepts_var)

    def shape(self, schema: Any, pointer: str, hint: str, defs_key: bool = False) -> Shape | None:
        if isinstance(schema, dict) and "$ref" in schema:
            name = ref_name(schema["$ref"])
            if name == SWML_METHOD:
                return JsonObject()
            resolved = self.deref(schema, pointer)
            if resolved is None:
                return None
            return self.shape(resolved[0], resolved[1], name, defs_key=True)
        if not isinstance(schema, dict):
            self.problem(pointer, "not a schema object")
            return None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [
                    self.shape(b, f"{pointer}/{key}/{i}", hint) for i, b in enumerate(schema[key])
                ]
                if any(o is None for o in options):
                    return None
                return UnionOf(tuple(o for o in options if o is not None))
        kind = schema.get("type")
        if kind == "array":
            item = self.shape(schema.get("items", {}), pointer + "/items", hint + "_item")
            return ListOf(item) if item is not None else None
        if kind == "object" or "properties" in schema:
            if schema.get("properties"):
                name = object_name(schema, hint, defs_key=defs_key)
                if not is_identifier(name):
                    self.problem(pointer, f"class name {name!r} is not a Python identifier")
                    return None
                self.model_enums(schema, pointer)
                return ModelRef(Identifier(name))
            extra = schema.get("unevaluatedProperties", schema.get("additionalProperties"))
            if isinstance(extra, dict) and extra.get("type") == "string":
                return JsonObject("str")
            return JsonObject()
        if kind is None:
            self.problem(pointer, "missing type", "type: object or array")
        else:
            self.problem(
                f"{pointer}/type",
                f"type {kind!r} cannot be an alternative to other types",
                "one typed branch (plus an optional $ref to SWMLVar), or object/array branches",
            )
        return None

    def model_enums(self, schema: dict[str, Any], pointer: str) -> None:
        """Register the value sets of a model's own fields (JoinConferenceStream's
        ``status_url_method``) as enums: models.py points the pydantic field at the same class,
        so the generated package writes it in enums.py like any other."""
        for key, field_schema in schema["properties"].items():
            where = f"{pointer}/properties/{key}"
            if not isinstance(field_schema, dict):
                continue
            node = field_schema
            if "$ref" in field_schema and ref_name(str(field_schema["$ref"])) != SWML_VAR:
                resolved = self.deref(field_schema, where)
                if resolved is None or not isinstance(resolved[0], dict):
                    continue
                node, where = resolved
            values = const_values(node)
            if values:
                self.enum(str(key), node, values, where)


def build(spec: Spec) -> Verb:
    """The intermediate model of ``spec``; raises SpecError listing every problem."""
    return Builder(spec).build()
