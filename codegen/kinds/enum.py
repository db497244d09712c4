"""Value sets: ``const``, ``enum`` and anyOf/oneOf of consts (one value, or a package enum), and
joined lists of them (``x-separator`` with ``x-items``)."""

from __future__ import annotations

from typing import Any

from codegen import naming
from codegen.errors import SpecProblem
from codegen.ir import EnumDef, EnumMember, EnumRef, JoinedListType, LiteralType, Type, UnionType
from codegen.kinds._common import Builder, Site, is_var_branch
from codegen.text import Identifier, UntrustedText

#: Keys a const branch may carry besides ``const`` and still be one value of a set.
CONST_KEYS = frozenset({"const", "type", "title", "description", "examples", "deprecated"})


def const_branches(branches: list[Any]) -> list[tuple[Any, str]] | None:
    """``(value, description)`` when every branch is a bare ``const``; None otherwise."""
    if not branches or not all(
        isinstance(b, dict) and "const" in b and set(b) <= CONST_KEYS for b in branches
    ):
        return None
    return [(b["const"], str(b.get("description", ""))) for b in branches]


def values_of(node: dict[str, Any]) -> list[tuple[Any, str]] | None:
    if isinstance(node.get("enum"), list):
        return [(v, "") for v in node["enum"]]
    if "const" in node:
        return [(node["const"], str(node.get("description", "")))]
    return None


def build_values(node: dict[str, Any], site: Site, builder: Builder) -> Type | SpecProblem:
    values = values_of(node)
    if values is None:
        return builder.problem(site.pointer, "enum is not a list", "enum: [value, ...]")
    return from_values(values, node, site, builder, site.pointer)


def from_values(
    values: list[tuple[Any, str]],
    node: dict[str, Any],
    site: Site,
    builder: Builder,
    pointer: str,
) -> Type | SpecProblem:
    """One literal, a package enum (two or more strings), or a union of literals."""
    if not values:
        return builder.problem(pointer, "empty value set", "at least one value")
    if len(values) == 1 and "x-enum-name" not in node:
        return LiteralType(values[0][0], values[0][1])
    nullable = _nullable_enum(values, node, site, builder, pointer)
    if nullable is not None:
        return nullable
    if not all(isinstance(v, str) for v, _ in values):
        if "x-enum-name" in node:
            return builder.problem(
                pointer, "x-enum-name on a value set that is not all strings", "string values"
            )
        return UnionType(tuple(LiteralType(v, d) for v, d in values))
    return register(values, node, site, builder, pointer)


def _nullable_enum(
    values: list[tuple[Any, str]],
    node: dict[str, Any],
    site: Site,
    builder: Builder,
    pointer: str,
) -> Type | SpecProblem | None:
    """Strings and null (``enum: [a, b, null]``): the strings' enum or null, in the spec's order,
    so making a value set nullable keeps its enum; None when ``values`` are not of that form or
    the strings would not make an enum on their own."""
    strings = [(v, d) for v, d in values if v is not None]
    null = next(((i, d) for i, (v, d) in enumerate(values) if v is None), None)
    if (
        null is None
        or not strings
        or not all(isinstance(v, str) for v, _ in strings)
        or (len(strings) == 1 and "x-enum-name" not in node)
    ):
        return None
    enum = register(strings, node, site, builder, pointer)
    if isinstance(enum, SpecProblem):
        return enum
    literal = LiteralType(None, null[1])
    return UnionType((literal, enum) if null[0] == 0 else (enum, literal))


def register(
    values: list[tuple[Any, str]],
    node: dict[str, Any],
    site: Site,
    builder: Builder,
    pointer: str,
) -> EnumRef | SpecProblem:
    explicit = "x-enum-name" in node
    preferred = str(node.get("x-enum-name") or site.hint)
    name = builder.claim(
        "enum", pointer, [v for v, _ in values], preferred, site.qualified, explicit
    )
    if isinstance(name, SpecProblem):
        return name
    members: list[EnumMember] = []
    seen: dict[str, str] = {}
    for value, description in values:
        member = naming.upper_snake(str(value))
        if member in seen:
            return builder.problem(
                pointer,
                f"values {seen[member]!r} and {value!r} both become member {member}",
                "values with distinct member names",
            )
        seen[member] = str(value)
        members.append(EnumMember(Identifier(member), str(value), UntrustedText(description)))
    if len(set(seen.values())) != len(values):
        return builder.problem(pointer, "a value is repeated", "distinct values")
    owner = site.pointer.rsplit("/properties/", 1)
    prop = owner[1].split("/", 1)[0] if len(owner) == 2 else name
    description = UntrustedText(f"Values of ``{prop}``.")
    meanings = (tuple(m.description for m in members),)
    builder.add_enum(EnumDef(name, description, tuple(members), (site.pointer,), meanings), pointer)
    return EnumRef(name)


def build_joined(node: dict[str, Any], site: Site, builder: Builder) -> Type | SpecProblem:
    items = node.get("x-items")
    if not isinstance(items, dict):
        return builder.problem(
            site.pointer + "/x-separator",
            "x-separator is given without x-items",
            "x-items beside it, an object with anyOf of {const, description}",
        )
    values = const_branches(list(items.get("anyOf", []))) or values_of(items)
    if not values:
        return builder.problem(site.pointer + "/x-items", "empty value set", "at least one value")
    enum = register(values, node, site, builder, site.pointer + "/x-items")
    if isinstance(enum, SpecProblem):
        return enum
    joined = JoinedListType(enum.name, str(node["x-separator"]))
    # The wire schema may also take a SWML variable; the joined list keeps that.
    for index, branch in enumerate(node.get("anyOf", node.get("oneOf", [])) or []):
        if is_var_branch(branch):
            key = "anyOf" if "anyOf" in node else "oneOf"

            found = builder.type_of(branch, Site(f"{site.pointer}/{key}/{index}", "", ""))
            if isinstance(found, SpecProblem):
                return found
            return UnionType((joined, found))
    return joined
