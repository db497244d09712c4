"""A field's kind of value changed (string to integer, a value to any value, ...)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from codegen.diff.delta import Delta

from . import BREAKING, INFO, Hit, check, rule
from ._common import NARROWED, WIDENED, case, described, judge, place

if TYPE_CHECKING:
    from codegen.diff.engine import Context

NARROWED_RULE = rule(
    "type-narrowed",
    BREAKING,
    "A field accepts fewer kinds of value: what it took before and does not now is refused.",
    "`volume` from number to integer: `play:volume` now takes integer (was number): 0.5 is "
    "refused.",
)
WIDENED_RULE = rule(
    "type-widened",
    INFO,
    "A field accepts more kinds of value than before (every value valid before still is).",
    "`timeout` from integer to number: `connect:timeout` now takes number (was integer).",
)
CHANGED_RULE = rule(
    "type-changed",
    BREAKING,
    "A field's kind of value was replaced by another: values of the old kind are refused.",
    "`max_participants` from integer to string: `join_conference:max_participants` now takes "
    "string instead of integer.",
)


@check
def types(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or case(d) != "kind":
        return
    before, after = described(d.before), described(d.after)
    verdict = judge(d)
    where = place(ctx, d)
    if verdict == WIDENED:
        yield Hit(WIDENED_RULE, f"{where} now takes {after} (was {before})")
    elif verdict == NARROWED:
        yield Hit(
            NARROWED_RULE,
            f"{where} now takes {after} (was {before}): other values are refused",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(
            CHANGED_RULE,
            f"{where} now takes {after} instead of {before}: values of the old kind are refused",
            ctx.affects(wire=True),
        )
