"""Which verbs a nested list of SWML methods accepts (connect's ``confirm``, a union of some
verbs)."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

from ._common import NARROWED, only_judgement, place

NARROWED_RULE = rule(
    "method-list-narrowed",
    BREAKING,
    "A place that takes SWML methods accepts fewer verbs.",
    "`ValidConfirmMethods` loses record_call: `connect:confirm`: record_call is refused there.",
)
WIDENED_RULE = rule(
    "method-list-widened",
    INFO,
    "A place that takes SWML methods accepts more verbs.",
    "`ValidConfirmMethods` gains play: `connect:confirm`: play is accepted there.",
)


def _verbs(only: tuple[str, ...] | None) -> str:
    return "any verb" if only is None else ", ".join(only)


def method_lists(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or d.type_attr != "only":
        return
    where = place(ctx, d)
    if only_judgement(d.before, d.after) == NARROWED:
        yield Hit(
            NARROWED_RULE,
            f"{where} takes {_verbs(d.after)} now (was {_verbs(d.before)})",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(WIDENED_RULE, f"{where} takes {_verbs(d.after)} now (was {_verbs(d.before)})")
