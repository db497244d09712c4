"""``type: array`` of one item kind, with length bounds."""

from __future__ import annotations

from typing import Any

from codegen.errors import SpecProblem
from codegen.ir import AnyType, ArrayType, Type
from codegen.kinds._common import Builder, Site, unsupported

SUPPORTED = frozenset({"items", "minItems", "maxItems"})


def build(node: dict[str, Any], site: Site, builder: Builder) -> ArrayType | SpecProblem:

    bad = unsupported(node, site, builder, SUPPORTED, "an array")
    if bad is not None:
        return bad
    items = node.get("items")
    item: Type
    if items is None:
        item = AnyType()
    else:
        where = Site(site.pointer + "/items", site.hint + "Item", site.qualified + "Item")
        found = builder.type_of(items, where)
        if isinstance(found, SpecProblem):
            return found
        item = found
    low, high = node.get("minItems"), node.get("maxItems")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        return builder.problem(
            site.pointer + "/minItems", f"minItems {low} is above maxItems {high}"
        )
    return ArrayType(item, low, high)
