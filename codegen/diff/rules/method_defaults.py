"""``x-method-default``: the value a FunctionResult method leaves out of the payload."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from codegen.diff.delta import Delta
from codegen.ir import MISSING

from . import BREAKING, INFO, WIRE, Hit, check, rule
from ._common import shown

if TYPE_CHECKING:
    from codegen.diff.engine import Context

CHANGED = rule(
    "method-default-changed",
    BREAKING,
    "The default of a FunctionResult method's keyword moved (`x-method-default`, else the wire "
    "default). Calls that leave the keyword out still send nothing for it; a call passing the "
    "old default explicitly now sends it, and one passing the new default now sends nothing.",
    "`record` from 'do-not-record' to 'record-from-start': `join_conference:record`: "
    "`join_conference('room', record='do-not-record')` now sends `record`, and "
    "`record='record-from-start'` now sends nothing (the platform default applies).",
)
UNUSED = rule(
    "method-default-noted",
    INFO,
    "`x-method-default` (or the wire default that stands in for it) changed on an object that "
    "has no FunctionResult method, so no generated method uses it.",
    "`x-method-default` set on a record_call field: `record_call:beep`: no FunctionResult method "
    "reads it.",
)


def _action(ctx: Context, model: str) -> bool:
    for side in (ctx.head, ctx.base):
        found = side.package.models.get(model)
        if found is not None and found.action_method:
            return True
    return False


@check
def method_defaults(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "method-default":
        return
    where = f"`{ctx.where(d)}`"
    if not _action(ctx, d.name):
        yield Hit(
            UNUSED,
            f"{where}: method default {shown(d.before)} -> {shown(d.after)}; "
            "no FunctionResult method reads it",
            (),
        )
        return
    verb = next(iter(ctx.verbs_of(d)), d.name)
    field = d.member
    old, new = d.before, d.after
    effects = []
    if old is not MISSING and old is not None:
        effects.append(f"a call passing {field}={old!r} now sends it (it was left out)")
    if new is not MISSING and new is not None:
        effects.append(
            f"a call passing {field}={new!r} now sends nothing for it (the platform "
            "default applies)"
        )
    yield Hit(
        CHANGED,
        f"FunctionResult.{verb}() default of {where} moved from {shown(old)} to {shown(new)}: "
        f"calls leaving it out still send no `{field}` key; " + "; ".join(effects),
        (*ctx.affects(), WIRE),
    )
