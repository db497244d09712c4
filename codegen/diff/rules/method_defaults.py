"""``x-method-default``: the value a FunctionResult method leaves out of the payload."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, WIRE, Hit, rule
from codegen.ir import MISSING

from ._common import shown

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
    "`x-method-default` changed on an object that has no FunctionResult method, so no generated "
    "method uses it (a method default that only follows the wire default is reported by the "
    "default-* rules).",
    "`x-method-default: busy` on hangup's reason: `hangup:reason`: no FunctionResult method "
    "reads it.",
)


def _action(ctx: Context, model: str) -> bool:
    for side in (ctx.head, ctx.base):
        found = side.package.models.get(model)
        if found is not None and found.action_method:
            return True
    return False


def _follows_the_wire_default(ctx: Context, d: Delta) -> bool:
    """Whether the method default moved only because the wire default did (no x-method-default
    on either side)."""
    for side, value in ((ctx.base, d.before), (ctx.head, d.after)):
        model = side.package.models.get(d.name)
        found = [f for f in model.fields if f.names.wire == d.member] if model else []
        if not found or (found[0].default is not value and found[0].default != value):
            return False
    return True


def method_defaults(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "method-default":
        return
    where = f"`{ctx.where(d)}`"
    if not _action(ctx, d.name):
        if _follows_the_wire_default(ctx, d):
            yield Hit.explained()  # no x-method-default: the default-* finding says it
            return
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
