"""``type: integer`` and ``type: number`` with their bounds."""

from __future__ import annotations

from typing import Any

from codegen.errors import SpecProblem
from codegen.ir import IntegerType, NumberType
from codegen.kinds._common import Builder, Site, unsupported

SUPPORTED = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})


def build(
    node: dict[str, Any], site: Site, builder: Builder
) -> IntegerType | NumberType | SpecProblem:
    what = "an integer" if node.get("type") == "integer" else "a number"
    bad = unsupported(node, site, builder, SUPPORTED, what)
    if bad is not None:
        return bad
    bounds: dict[str, int | float | None] = {}
    for key, attr in (
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("exclusiveMinimum", "exclusive_minimum"),
        ("exclusiveMaximum", "exclusive_maximum"),
    ):
        value = node.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            return builder.problem(f"{site.pointer}/{key}", f"{key} {value!r} is not a number")
        bounds[attr] = value
    low, high = bounds["minimum"], bounds["maximum"]
    if low is not None and high is not None and low > high:
        return builder.problem(
            f"{site.pointer}/minimum",
            f"minimum {low} is above maximum {high}",
            "minimum <= maximum",
        )
    kind = IntegerType if node.get("type") == "integer" else NumberType
    return kind(**bounds)
