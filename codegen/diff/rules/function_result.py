"""``x-function-result-method``: a verb's SWAIG-action method on ``FunctionResult``."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

ADDED = rule(
    "function-result-method-added",
    INFO,
    "A verb gained its FunctionResult method (`x-function-result-method`).",
    "`x-function-result-method: true` on record_call: `record_call:(verb)`: "
    "`FunctionResult.record_call(...)` is new.",
)
REMOVED = rule(
    "function-result-method-removed",
    BREAKING,
    "A verb lost its FunctionResult method: calls to it raise AttributeError.",
    "`x-function-result-method` dropped from join_conference: `join_conference:(verb)`: "
    "`FunctionResult.join_conference(...)` raises AttributeError.",
)


def function_result(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "action-method":
        return
    verb = next(iter(ctx.verbs_of(d)), d.name)
    if d.after:
        yield Hit(ADDED, f"`FunctionResult.{verb}(...)` is new")
    else:
        yield Hit(
            REMOVED,
            f"`FunctionResult.{verb}(...)` is gone: calls to it raise AttributeError",
            ctx.affects(),
        )
