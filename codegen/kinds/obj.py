"""``type: object``: a model with named fields, or a map when it names no properties.

``unevaluatedProperties`` (or ``additionalProperties``) decides what other keys may hold:
``{not: {}}`` / ``false`` refuses them, absent / ``{}`` / ``true`` allows any value, and a schema
types them (``RecordString``: string values).
"""

from __future__ import annotations

import difflib
import math
from typing import Any

from codegen import naming
from codegen.errors import SpecProblem
from codegen.ir import (
    MISSING,
    AnyType,
    BooleanType,
    EnumRef,
    Field,
    IntegerType,
    JoinedListType,
    LiteralType,
    MapType,
    Model,
    ModelRef,
    Names,
    NullType,
    NumberType,
    StringType,
    Type,
    UnionType,
    VarType,
)
from codegen.kinds._common import Builder, Site, pointer_join, unsupported
from codegen.text import Identifier, UntrustedText, is_identifier

SUPPORTED = frozenset(
    {"properties", "required", "unevaluatedProperties", "additionalProperties", "minProperties"}
)


def _closed(extra: Any) -> bool:
    return extra is False or (
        isinstance(extra, dict) and extra.get("not") == {} and len(extra) == 1
    )


def build(node: dict[str, Any], site: Site, builder: Builder) -> Type | SpecProblem:

    bad = unsupported(node, site, builder, SUPPORTED, "an object")
    if bad is not None:
        return bad
    if "unevaluatedProperties" in node and "additionalProperties" in node:
        return builder.problem(
            site.pointer, "unevaluatedProperties and additionalProperties together", "one of them"
        )
    extra_key = (
        "unevaluatedProperties" if "unevaluatedProperties" in node else "additionalProperties"
    )
    extra_schema = node.get(extra_key, True)
    extra: Type | None
    if _closed(extra_schema):
        extra = None
    elif extra_schema is True or extra_schema == {}:
        extra = AnyType()
    else:
        where = Site(f"{site.pointer}/{extra_key}", site.hint + "Value", site.qualified + "Value")
        found = builder.type_of(extra_schema, where)
        if isinstance(found, SpecProblem):
            return found
        extra = found
    props = node.get("properties") or {}
    if not isinstance(props, dict):
        return builder.problem(site.pointer + "/properties", "properties is not an object")
    min_properties = node.get("minProperties")
    if not props and extra is not None:
        return MapType(extra, min_properties)
    if min_properties is not None and props:
        return builder.problem(
            site.pointer + "/minProperties",
            "minProperties on an object with named properties is not supported",
            "minProperties on a map (an object without properties)",
        )
    return _model(node, props, extra, site, builder)


def _model(
    node: dict[str, Any],
    props: dict[str, Any],
    extra: Type | None,
    site: Site,
    builder: Builder,
) -> ModelRef | SpecProblem:
    explicit = "x-python-name" in node or (
        site.pointer.startswith("#/$defs/") and site.pointer.count("/") == 2
    )
    preferred = str(node.get("x-python-name") or site.hint)
    name = builder.claim("model", site.pointer, node, preferred, site.qualified, explicit)
    if isinstance(name, SpecProblem):
        return name
    ref = ModelRef(name)
    if name in builder.models and builder.models[name].pointer == site.pointer:
        return ref
    if site.pointer in builder.in_progress_models:
        return ref
    builder.in_progress_models.add(site.pointer)
    try:
        fields = _fields(node, props, name, site, builder)
    finally:
        builder.in_progress_models.discard(site.pointer)
    if isinstance(fields, SpecProblem):
        return fields
    positional = _positional(node, fields, site, builder)
    if isinstance(positional, SpecProblem):
        return positional
    builder.add_model(
        Model(
            name=name,
            description=UntrustedText(str(node.get("description", ""))),
            fields=fields,
            extra=extra,
            pointer=site.pointer,
            camel_name=str(node.get("x-camel-name") or naming.camel(name)),
            action_method=node.get("x-function-result-method") is True,
            positional=positional,
        )
    )
    return ref


def _positional(
    node: dict[str, Any], fields: tuple[Field, ...], site: Site, builder: Builder
) -> tuple[str, ...] | SpecProblem:
    """``x-positional``, checked as Python needs it: known, distinct names, every required one
    included and placed before any optional one (a parameter without default cannot follow
    one with a default)."""
    names = node.get("x-positional", [])
    pointer = site.pointer + "/x-positional"
    wires = [f.names.wire for f in fields]
    required = {f.names.wire for f in fields if f.required}
    allowed = "distinct property names, the required ones first: " + ", ".join(wires)
    if not all(isinstance(n, str) and n in wires for n in names) or len(set(names)) < len(names):
        return builder.problem(pointer, f"{names!r} names a parameter twice or not at all", allowed)
    if not required <= set(names) and names:
        missing = ", ".join(sorted(required - set(names)))
        return builder.problem(pointer, f"required {missing} not listed", allowed)
    flags = [n in required for n in names]
    if flags != sorted(flags, reverse=True):
        return builder.problem(
            pointer, "an optional parameter comes before a required one", allowed
        )
    return tuple(names)


def _fields(
    node: dict[str, Any], props: dict[str, Any], owner: str, site: Site, builder: Builder
) -> tuple[Field, ...] | SpecProblem:

    required = node.get("required", [])
    if not isinstance(required, list):
        return builder.problem(site.pointer + "/required", "required is not a list")
    problem: SpecProblem | None = None
    for index, wanted in enumerate(required):
        if wanted not in props:
            close = difflib.get_close_matches(str(wanted), [str(k) for k in props], n=1)
            problem = builder.problem(
                f"{site.pointer}/required/{index}",
                f"required {wanted!r} is not a property"
                + (f" (did you mean {close[0]!r}?)" if close else ""),
                "names from properties: " + ", ".join(map(str, props)),
            )
    fields: list[Field] = []
    python_names: dict[str, str] = {}
    for wire, schema in props.items():
        pointer = pointer_join(site.pointer, "properties", wire)
        hints = schema if isinstance(schema, dict) else {}
        python = str(hints.get("x-python-name") or naming.snake(str(wire)))
        if python == "self":
            python = "self_"
        if not is_identifier(python):
            problem = builder.problem(
                pointer + ("/x-python-name" if "x-python-name" in hints else ""),
                f"{python!r} is a Python keyword or not an identifier",
                "an ASCII identifier that is not a keyword (set x-python-name, such as 'from_')",
            )
            continue
        if python in python_names:
            problem = builder.problem(
                pointer,
                f"Python name {python!r} of {wire!r} collides with {python_names[python]!r}",
                "distinct Python names (set x-python-name)",
            )
            continue
        python_names[python] = str(wire)
        pascal = naming.pascal(str(wire))
        where = Site(pointer, pascal, owner + pascal)
        typed = builder.type_of(schema, where)
        if isinstance(typed, SpecProblem):
            problem = typed
            continue
        default = hints.get("default", MISSING)
        method_default = MISSING
        if "x-method-default" in hints:
            method_default = hints["x-method-default"]
            if method_default is not None and not admits(typed, method_default, builder):
                problem = builder.problem(
                    pointer + "/x-method-default",
                    f"default {method_default!r} is outside the parameter's own value set"
                    " or bounds",
                    "a value the parameter accepts",
                )
                continue
        elif default is not MISSING and admits(typed, default, builder):
            # Upstream's wire defaults are documentation; one outside its own bounds (connect's
            # session_timeout: default 0, minimum 1) cannot be a method default.
            method_default = default
        if wire in required and "x-method-default" in hints:
            problem = builder.problem(
                pointer, "a required parameter cannot have a default", "no default"
            )
            continue
        fields.append(
            Field(
                names=Names(
                    str(wire),
                    Identifier(python),
                    str(hints.get("x-camel-name") or naming.camel(str(wire))),
                ),
                type=typed,
                required=wire in required,
                description=UntrustedText(str(hints.get("description", ""))),
                default=default,
                method_default=method_default,
                deprecated=bool(hints.get("deprecated", False)),
                pointer=pointer,
            )
        )
    if problem is not None:
        return problem
    return tuple(fields)


def admits(typed: Type, value: Any, builder: Builder) -> bool:
    """Whether a default from the spec is a value of ``typed`` (SWML variables included)."""
    if isinstance(typed, UnionType):
        return any(admits(v, value, builder) for v in typed.variants)
    if isinstance(typed, VarType):
        return isinstance(value, str) and value[:2] in ("${", "%{") and value.endswith("}")
    if isinstance(typed, BooleanType):
        return isinstance(value, bool)
    if isinstance(typed, NullType):
        return value is None
    if isinstance(typed, LiteralType):
        return bool(value == typed.value and type(value) is type(typed.value))
    if isinstance(typed, EnumRef):
        enum = builder.enums.get(typed.name)
        return enum is not None and value in enum.values
    if isinstance(typed, JoinedListType):
        enum = builder.enums.get(typed.enum)
        return (
            enum is not None
            and isinstance(value, str)
            and all(part in enum.values for part in value.split(typed.separator))
        )
    if isinstance(typed, StringType):
        return isinstance(value, str)
    if isinstance(typed, (IntegerType, NumberType)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if isinstance(typed, IntegerType) and not (isinstance(value, int) or value.is_integer()):
            return False
        if isinstance(value, float) and not math.isfinite(value):
            return False
        low_ok = typed.minimum is None or value >= typed.minimum
        high_ok = typed.maximum is None or value <= typed.maximum
        return low_ok and high_ok
    return isinstance(typed, AnyType)
