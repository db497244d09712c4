"""The values of a map (``additionalProperties``/``unevaluatedProperties`` with a schema, such as
``custom_parameters``), and of an open object's extra keys."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta, kind
from codegen.diff.model import BREAKING, INFO, Hit, rule

from ._common import NARROWED, SAME, WIDENED, case, judge, keyword, place

NARROWED_RULE = rule(
    "map-values-narrowed",
    BREAKING,
    "What a map's values (or an open object's extra keys) may be was tightened: a bound, "
    "pattern, kind or variant that refuses values accepted before.",
    "`maxLength: 64` on custom_parameters values: `join_conference:stream.custom_parameters`: "
    "the values of `stream.custom_parameters`: maxLength from none to 64: values outside it "
    "are refused.",
)
WIDENED_RULE = rule(
    "map-values-widened",
    INFO,
    "What a map's values may be was loosened.",
    "custom_parameters values from string to any value: "
    "`join_conference:stream.custom_parameters` values now take any value.",
)


def _what(d: Delta) -> str:
    attr = d.type_attr
    if attr == "kind":
        return f"now {kind(d.after)} (was {kind(d.before)})"
    if attr == "variant-added":
        return f"now also {kind(d.after)}"
    if attr == "variant-removed":
        return f"no longer {kind(d.before)}"

    def shown(value: object) -> str:
        return "none" if value is None else repr(value)

    return f"{keyword(attr)} from {shown(d.before)} to {shown(d.after)}"


def map_values(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or case(d) != "map":
        return
    verdict = judge(d)
    where = place(ctx, d)
    if verdict in (WIDENED, SAME):
        yield Hit(WIDENED_RULE, f"{where}: {_what(d)}")
    else:
        sure = "" if verdict == NARROWED else " (may refuse values accepted before)"
        yield Hit(
            NARROWED_RULE,
            f"{where}: {_what(d)}{sure}: values outside it are refused",
            ctx.affects(wire=True),
        )
