"""Normalise a verb's JSON Schema into flat, comparable facts per parameter.

The same verb can be written in several equivalent shapes (upstream's generated schemas and our
hand-edited spec differ in style), so the rules never look at raw schemas. They compare
``Param`` records, in which:

- a value set is the same whether written as ``enum``, a single ``const``, or an ``anyOf``/``oneOf``
  of ``const`` branches; our ``x-items`` + ``x-separator`` make it a space-separated list of values;
- SWML-variable support is a flag (an ``anyOf`` branch ``$ref: '#/$defs/SWMLVar'``), not a type;
- bounds, ``format`` and ``pattern`` are collected from the union's parent and from its branches;
- nested objects (through ``$ref``, unions and array ``items``) become parameters of their own,
  with dotted paths: ``stream.url``, ``result.variable``, ``result[].when``.

``$defs/SWMLMethod`` is opaque: it stands for "any SWML method", and a change to another verb is
not a change to this one. So is a ``$ref`` to the whole document (upstream's ``SWMLObject.json``,
as in ``SWMLAction.SWML``): "any SWML document".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .load import LoadedSchema, LoadError, resolve_pointer

SWML_VAR_DEF = "SWMLVar"
OPAQUE_DEFS = frozenset({"SWMLMethod"})
#: Upstream's document refers to itself by its ``$id``: ``SWMLObject.json`` is the whole document
#: (opaque, like ``#``), ``SWMLObject.json#/$defs/X`` the same as ``#/$defs/X``.
DOCUMENT_ID = "SWMLObject.json"
ROOT_REF = "#"

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")

JsonDict = dict[str, Any]


class SchemaError(LoadError):
    """The schema cannot be normalised (a circular or non-local ``$ref``, a malformed keyword)."""


def canonical(value: Any) -> str:
    """A JSON value as a stable string, so ``"true"`` and ``true`` stay different values."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def shown(canonical_value: str) -> str:
    """A canonical value as people read it in a message: ``"us"``, ``100000``, ``true``."""
    return json.dumps(json.loads(canonical_value), ensure_ascii=False)


def pascal_case(wire_name: str) -> str:
    """``status_callback_event`` -> ``StatusCallbackEvent`` (the derived enum class name)."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", wire_name))


def enum_member_name(value: Any) -> str:
    """``onEnter`` -> ``ON_ENTER``, ``in-progress`` -> ``IN_PROGRESS`` (the derived member name)."""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    text = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").upper()
    if not text:
        return "EMPTY"
    return f"_{text}" if text[0].isdigit() else text


@dataclass(frozen=True)
class ValueSet:
    """The values a parameter accepts, as canonical JSON in schema order."""

    values: tuple[str, ...]
    #: Set when the wire value is a list of these values joined by it (``" "``).
    separator: str | None = None

    def members(self) -> dict[str, str]:
        """Derived Python enum member name -> canonical value."""
        return {enum_member_name(json.loads(value)): value for value in self.values}


@dataclass(frozen=True)
class Docs:
    """What only people read: compared for equality, never for meaning."""

    description: str | None = None
    examples: str | None = None
    value_descriptions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Param:
    """Comparable facts about one parameter; the verb object itself is the parameter ``""``."""

    path: str
    parent: str | None
    required: bool
    #: JSON types accepted besides a SWML variable; None means any value.
    types: frozenset[str] | None
    value_set: ValueSet | None
    #: Canonical JSON of the wire ``default``; None when the schema has none.
    default: str | None
    bounds: Mapping[str, float] = field(default_factory=dict)
    format: str | None = None
    pattern: str | None = None
    swml_var: bool = False
    #: For objects: True when unknown keys are refused, False when allowed, None for non-objects.
    closed: bool | None = None
    docs: Docs = Docs()
    #: Python API facts; set only for the method's own parameters (top level).
    keyword: str | None = None
    signature_default: str | None = None
    enum_name: str | None = None


@dataclass(frozen=True)
class VerbView:
    """All parameters of a verb, keyed by path, in schema order (the verb itself first)."""

    label: str
    params: dict[str, Param]


@dataclass(frozen=True)
class _Leaf:
    """One non-union alternative of a schema, with the ``$ref``s followed to reach it."""

    schema: JsonDict
    refs: tuple[str, ...]


@dataclass
class _Alternatives:
    leaves: list[_Leaf] = field(default_factory=list)
    #: The union nodes above the leaves, outermost first; their keywords apply to every leaf.
    parents: list[JsonDict] = field(default_factory=list)
    swml_var: bool = False


def build_view(loaded: LoadedSchema) -> VerbView:
    """Normalise the verb object of one diff side."""
    walker = _Walker(loaded.document, loaded.label, loaded.signature_defaults)
    return walker.view(loaded.verb)


class _Walker:
    def __init__(self, document: Any, label: str, signature_defaults: bool = True) -> None:
        self._document = document
        self._label = label
        self._signature_defaults = signature_defaults
        self._params: dict[str, Param] = {}

    def view(self, verb: JsonDict) -> VerbView:
        root = _Leaf(verb, ())
        self._params[""] = Param(
            path="",
            parent=None,
            required=True,
            types=frozenset({"object"}),
            value_set=None,
            default=None,
            closed=_is_closed(verb),
            docs=_docs(verb, []),
        )
        self._children("", [root], stack=())
        return VerbView(self._label, self._params)

    # -- $ref and unions ---------------------------------------------------------------------

    def _deref(self, node: Any) -> tuple[JsonDict, tuple[str, ...]]:
        """Follow a chain of ``$ref``s; sibling keywords (a ``description``) win over the target."""
        followed: list[str] = []
        while True:
            if node is True:
                node = {}
            elif node is False:
                node = {"not": {}}
            if not isinstance(node, dict):
                raise SchemaError(f"{self._label}: expected a schema object, found {node!r}")
            ref = node.get("$ref")
            if ref is None:
                return node, tuple(followed)
            if isinstance(ref, str) and ref.partition("#")[0] == DOCUMENT_ID:
                ref = "#" + ref.partition("#")[2]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise SchemaError(
                    f"{self._label}: only local $refs ('#/$defs/...') are supported, found {ref!r}"
                )
            if ref in followed:
                chain = " -> ".join([*followed, ref])
                raise SchemaError(f"{self._label}: circular $ref {chain}")
            followed.append(ref)
            if _def_name(ref) == SWML_VAR_DEF or _opaque_ref(ref):
                # Recognised by name alone: their bodies differ between upstream and our spec.
                return node, tuple(followed)
            target = resolve_pointer(self._document, ref[1:], where=self._label)
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            node = {**target, **siblings} if isinstance(target, dict) else target

    def _alternatives(self, node: Any, refs: tuple[str, ...] = ()) -> _Alternatives:
        schema, followed = self._deref(node)
        refs = refs + followed
        found = _Alternatives()
        last = _def_name(followed[-1]) if followed else None
        if last == SWML_VAR_DEF:
            found.swml_var = True
            return found
        branches = schema.get("anyOf", schema.get("oneOf"))
        if (followed and _opaque_ref(followed[-1])) or not isinstance(branches, list):
            found.leaves.append(_Leaf(schema, refs))
            return found
        found.parents.append(schema)
        for branch in branches:
            inner = self._alternatives(branch, refs)
            found.leaves.extend(inner.leaves)
            found.parents.extend(inner.parents)
            found.swml_var = found.swml_var or inner.swml_var
        return found

    # -- parameters --------------------------------------------------------------------------

    def _children(self, path: str, leaves: list[_Leaf], stack: tuple[str, ...]) -> None:
        """Record the properties of every object alternative, and the items of every array one.

        Object alternatives of one union are merged: a field is required only if every
        alternative requires it, and its facts come from the first alternative defining it.
        """
        objects: list[_Leaf] = []
        arrays: list[_Leaf] = []
        for leaf in leaves:
            if set(leaf.refs) & set(stack) or _opaque(leaf):
                continue  # a recursive schema: its fields were recorded further up
            if _is_object(leaf.schema):
                objects.append(leaf)
            if "items" in leaf.schema and isinstance(leaf.schema["items"], (dict, bool)):
                arrays.append(leaf)

        seen: dict[str, tuple[Any, tuple[str, ...]]] = {}
        for leaf in objects:
            properties = leaf.schema.get("properties") or {}
            if not isinstance(properties, dict):
                raise SchemaError(
                    f"{self._label}: 'properties' of {path or 'the verb'} is not a map"
                )
            for name, child in properties.items():
                seen.setdefault(name, (child, leaf.refs))
        for name, (child, refs) in seen.items():
            required = all(name in _required(leaf.schema) for leaf in objects)
            child_path = f"{path}.{name}" if path else name
            self._param(child_path, path, child, required, name, stack + refs)

        # One item schema per path: a second array alternative would need a path of its own.
        for leaf in arrays[:1]:
            self._param(f"{path}[]", path, leaf.schema["items"], False, None, stack + leaf.refs)

    def _param(
        self,
        path: str,
        parent: str,
        node: Any,
        required: bool,
        wire_name: str | None,
        stack: tuple[str, ...],
    ) -> None:
        top, _ = self._deref(node)
        found = self._alternatives(node)
        schemas = [*found.parents, *(leaf.schema for leaf in found.leaves)]
        value_set = self._value_set(top, found)
        bounds = {
            keyword: float(value)
            for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS)
            if (value := _first(schemas, keyword)) is not None and isinstance(value, (int, float))
        }
        objects = [leaf.schema for leaf in found.leaves if _is_object(leaf.schema)]
        param = Param(
            path=path,
            parent=parent,
            required=required,
            types=_types(found),
            value_set=value_set,
            default=canonical(top["default"]) if "default" in top else None,
            bounds=bounds,
            format=_first(schemas, "format"),
            pattern=_first(schemas, "pattern"),
            swml_var=found.swml_var,
            closed=all(_is_closed(schema) for schema in objects) if objects else None,
            docs=_docs(top, found.leaves),
        )
        if parent == "" and wire_name is not None:
            param = _with_python_facts(param, top, wire_name, self._signature_defaults)
        self._params[path] = param
        self._children(path, found.leaves, stack)

    def _value_set(self, top: JsonDict, found: _Alternatives) -> ValueSet | None:
        items = top.get("x-items")
        if items is not None:
            values = _const_values(self._alternatives(items).leaves)
            separator = top.get("x-separator")
            return ValueSet(values, separator if isinstance(separator, str) else None)
        if not found.leaves:
            return None
        values = _const_values(found.leaves)
        return ValueSet(values) if values else None


def _with_python_facts(
    param: Param, top: JsonDict, wire_name: str, signature_defaults: bool = True
) -> Param:
    """Add what the generated ``join_conference(name, *, ...)`` signature exposes for it.

    Without ``signature_defaults`` every optional keyword defaults to None, as in the ``SWML``
    builder's methods, which leave out what is not given.
    """
    if param.required:
        signature_default = None
    elif not signature_defaults:
        signature_default = canonical(None)
    elif "x-method-default" in top:
        signature_default = canonical(top["x-method-default"])
    else:
        signature_default = param.default if param.default is not None else canonical(None)
    enum_name = None
    if param.value_set is not None:
        enum_name = str(top.get("x-enum-name") or pascal_case(wire_name))
    return replace(
        param,
        keyword=str(top.get("x-python-name") or wire_name),
        signature_default=signature_default,
        enum_name=enum_name,
    )


def _const_values(leaves: Iterable[_Leaf]) -> tuple[str, ...]:
    """The canonical values when every leaf is a ``const`` or ``enum``; empty when any is free."""
    values: list[str] = []
    for leaf in leaves:
        if "const" in leaf.schema:
            candidates = [leaf.schema["const"]]
        elif isinstance(leaf.schema.get("enum"), list):
            candidates = leaf.schema["enum"]
        else:
            return ()
        values.extend(v for v in map(canonical, candidates) if v not in values)
    return tuple(values)


def _types(found: _Alternatives) -> frozenset[str] | None:
    inherited: set[str] = set()
    for parent in found.parents:
        inherited |= _declared_types(parent)
    accepted: set[str] = set()
    for leaf in found.leaves:
        schema = leaf.schema
        if _opaque(leaf):
            accepted.add("object")
        elif "type" in schema:
            accepted |= _declared_types(schema)
        elif "const" in schema:
            accepted.add(_json_type(schema["const"]))
        elif isinstance(schema.get("enum"), list):
            accepted |= {_json_type(value) for value in schema["enum"]}
        elif "properties" in schema:
            accepted.add("object")
        elif inherited:
            accepted |= inherited
        else:
            return None
    return frozenset(accepted)


def _declared_types(schema: JsonDict) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(item) for item in declared}
    return set()


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _docs(top: JsonDict, leaves: Iterable[_Leaf]) -> Docs:
    value_descriptions = tuple(
        (canonical(leaf.schema["const"]), str(leaf.schema["description"]))
        for leaf in leaves
        if "const" in leaf.schema and "description" in leaf.schema
    )
    items = top.get("x-items")
    if isinstance(items, dict):
        value_descriptions += tuple(
            (canonical(branch["const"]), str(branch["description"]))
            for branch in items.get("anyOf", [])
            if isinstance(branch, dict) and "const" in branch and "description" in branch
        )
    description = top.get("description")
    return Docs(
        description=None if description is None else str(description),
        examples=canonical(top["examples"]) if "examples" in top else None,
        value_descriptions=value_descriptions,
    )


def _first(schemas: Iterable[JsonDict], keyword: str) -> Any:
    for schema in schemas:
        if keyword in schema:
            return schema[keyword]
    return None


def _required(schema: JsonDict) -> set[str]:
    required = schema.get("required") or []
    return {str(name) for name in required} if isinstance(required, list) else set()


def _is_object(schema: JsonDict) -> bool:
    return "object" in _declared_types(schema) or isinstance(schema.get("properties"), dict)


def _is_closed(schema: JsonDict) -> bool:
    """Whether keys outside ``properties`` are refused (``unevaluatedProperties: {not: {}}``)."""
    extra = schema.get("unevaluatedProperties", schema.get("additionalProperties"))
    return extra is False or extra == {"not": {}}


def _opaque(leaf: _Leaf) -> bool:
    return bool(leaf.refs) and _opaque_ref(leaf.refs[-1])


def _opaque_ref(ref: str) -> bool:
    """``$defs/SWMLMethod`` (any SWML method) or the whole document (any SWML document)."""
    return ref == ROOT_REF or _def_name(ref) in OPAQUE_DEFS


def _def_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]
