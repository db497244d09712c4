"""``anyOf`` / ``oneOf``: a union of inner kinds, or a value set when every branch is a const.

A ``$ref`` to SWMLVar among the branches is the "or a SWML variable" of a parameter; constraints
written beside the union (``minimum`` next to ``anyOf: [integer, SWMLVar]``) are handed to every
branch, where each kind applies those that concern it (JSON Schema's meaning: a bound constrains
numbers only).
"""

from __future__ import annotations

from typing import Any

from codegen import naming
from codegen.errors import SpecProblem
from codegen.ir import MethodType, Type, UnionType, VarType
from codegen.kinds._common import IGNORED, Builder, Site, is_var_branch
from codegen.kinds.enum import const_branches, from_values

#: Type-specific constraints that may sit beside a union and apply to the branches they fit.
INHERITABLE = {
    "string": frozenset(
        {
            "minLength",
            "maxLength",
            "pattern",
            "format",
            "x-url-schemes",
            "x-non-blank",
            "x-pattern-words",
        }
    ),
    "integer": frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}),
    "number": frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}),
    "array": frozenset({"minItems", "maxItems"}),
    "object": frozenset({"minProperties"}),
}
_ALL_INHERITABLE = frozenset().union(*INHERITABLE.values())


def var_branches(node: dict[str, Any]) -> bool:
    return any(is_var_branch(b) for b in node.get("anyOf", node.get("oneOf", [])) or [])


def _for_branch(branch: Any, inherited: dict[str, Any]) -> dict[str, Any]:
    """The inherited constraints that fit ``branch``'s declared type."""
    if not isinstance(branch, dict):
        return {}
    kind = branch.get("type")
    fitting = INHERITABLE.get(kind, frozenset()) if isinstance(kind, str) else _ALL_INHERITABLE
    return {k: v for k, v in inherited.items() if k in fitting}


def build(node: dict[str, Any], site: Site, builder: Builder) -> Type | SpecProblem:
    if "anyOf" in node and "oneOf" in node:
        return builder.problem(site.pointer, "anyOf and oneOf together", "one of them")
    key = "anyOf" if "anyOf" in node else "oneOf"
    branches = node[key]
    if not isinstance(branches, list) or not branches:
        return builder.problem(f"{site.pointer}/{key}", "empty value set", "at least one value")
    inherited = {k: v for k, v in node.items() if k in _ALL_INHERITABLE and k not in IGNORED}
    unknown = sorted(
        k for k in node if k not in (key, *IGNORED, *_ALL_INHERITABLE) and not k.startswith("x-")
    )
    if unknown:
        return builder.problem(
            f"{site.pointer}/{unknown[0]}",
            f"keyword {unknown[0]!r} beside {key} is not supported",
            "annotations, or constraints that fit some branch's type: "
            + ", ".join(sorted(_ALL_INHERITABLE)),
        )
    accepts_var = False
    for index, branch in enumerate(branches):
        if is_var_branch(branch):
            # Through the builder, so the variable's pattern is read and checked.
            found = builder.type_of(branch, Site(f"{site.pointer}/{key}/{index}", "", ""))
            if isinstance(found, SpecProblem):
                return found
            accepts_var = True
    typed = [(i, b) for i, b in enumerate(branches) if not is_var_branch(b)]
    if not typed:
        return VarType()
    verbs = builder.verbs_of([b for _, b in typed])
    if verbs is not None:
        return MethodType(only=verbs)
    # A value set that also takes null (``{type: null}`` beside the consts) keeps its enum: the
    # null is a variant of its own, so the package still exports the set's enum.
    nulls = [(i, b) for i, b in typed if _is_null(b)]
    consts = [(i, b) for i, b in typed if not _is_null(b)]
    values = const_branches([b for _, b in consts])
    variants: list[Type] = []
    if values is not None:
        pointer = f"{site.pointer}/{key}"
        found = from_values(values, node, site, builder, pointer)
        if isinstance(found, SpecProblem):
            return found
        placed: list[tuple[int, Type]] = [(consts[0][0], found)]
        for index, branch in nulls:
            null = builder.type_of(branch, Site(f"{site.pointer}/{key}/{index}", "", ""))
            if isinstance(null, SpecProblem):
                return null
            placed.append((index, null))
        variants.extend(t for _, t in sorted(placed, key=lambda p: p[0]))
    else:
        objects = sum(1 for _, b in typed if _is_inline_object(b))
        for index, branch in typed:
            where = f"{site.pointer}/{key}/{index}"
            branch_site = _branch_site(site, where, branch, index, objects)
            found = builder.type_of(branch, branch_site, _for_branch(branch, inherited))
            if isinstance(found, SpecProblem):
                return found
            variants.append(found)
    if accepts_var:
        variants.append(VarType())
    flat: list[Type] = []
    for variant in variants:
        inner = (
            variant.variants
            if isinstance(variant, UnionType) and not variant.exclusive
            else (variant,)
        )
        flat.extend(v for v in inner if v not in flat)
    if len(flat) == 1:
        return flat[0]
    return UnionType(tuple(flat), exclusive=key == "oneOf" and len(typed) > 1)


def _is_null(branch: Any) -> bool:
    return isinstance(branch, dict) and branch.get("type") == "null" and "const" not in branch


def _is_inline_object(branch: Any) -> bool:
    return (
        isinstance(branch, dict)
        and "$ref" not in branch
        and (branch.get("type") == "object" or "properties" in branch)
    )


def _branch_site(site: Site, pointer: str, branch: Any, index: int, objects: int) -> Site:
    """Names for an inline object branch: the union's own when it is the only one, else from
    the branch's title (``switch``), else its position."""

    if objects <= 1 or not isinstance(branch, dict):
        return Site(pointer, site.hint, site.qualified)
    title = branch.get("title")
    suffix = (
        naming.pascal(str(title)) if isinstance(title, str) and title.strip() else str(index + 1)
    )
    return Site(pointer, site.hint + suffix, site.qualified + suffix)


def build_type_list(node: dict[str, Any], site: Site, builder: Builder) -> Type | SpecProblem:
    """``type: [string, null]``: the union of one schema per listed type."""
    kinds = node["type"]
    if not kinds or not all(isinstance(k, str) for k in kinds):
        return builder.problem(site.pointer + "/type", "type list is empty or not strings")
    variants: list[Type] = []
    for kind in kinds:
        fitting = INHERITABLE.get(kind, frozenset())
        own = {k: v for k, v in node.items() if k not in _ALL_INHERITABLE or k in fitting}
        found = builder.type_of({**own, "type": kind}, site)
        if isinstance(found, SpecProblem):
            return found
        variants.append(found)
    return variants[0] if len(variants) == 1 else UnionType(tuple(variants))
