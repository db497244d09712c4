"""A keyword of a SWML method that starts or stops taking null: what passing None sends changes.

Where null is not a value of a field, the generated ``SWML`` method reads None as "not given" and
leaves the field out; where it is, None is sent as ``null`` (``codegen.ir.admits_null``). So the
same call, ``SWML().verb(field=None)``, emits other SWML once a field gains or loses null.
FunctionResult methods read None as "not given" either way, and the kind change itself (a new or
lost union variant) is reported by the type rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, Hit, rule
from codegen.ir import Field, Package, admits_null

from ._common import place

NONE_SENT = rule(
    "none-sends-null",
    BREAKING,
    """A keyword of a SWML method now also takes null: `SWML().verb(keyword=None)`, which left
    the field out, now sends `null`.""",
    """`{type: null}` added to region's anyOf: `join_conference:region`:
    `SWML().join_conference(..., region=None)` now sends `"region": null` (it left `region`
    out).""",
)
NONE_OMITTED = rule(
    "none-omits-field",
    BREAKING,
    """A keyword of a SWML method no longer takes null: `SWML().verb(keyword=None)`, which sent
    `null`, now leaves the field out.""",
    """`null` dropped from a weight's type list: `tag:weight`: `SWML().tag('x', weight=None)` now
    leaves `weight` out (it sent `"weight": null`).""",
)


def _field(package: Package, model: str, wire: str) -> Field | None:
    found = package.models.get(model)
    return next((f for f in found.fields if f.names.wire == wire), None) if found else None


def nulls(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or not d.member or not d.is_type:
        return
    before = _field(ctx.base.package, d.name, d.member)
    after = _field(ctx.head.package, d.name, d.member)
    if before is None or after is None:
        return
    gained, lost = admits_null(after.type), admits_null(before.type)
    if gained == lost:
        return
    # Keywords are the fields of a verb's argument itself, not of the models inside it.
    verbs = [
        verb
        for reach in (ctx.reach_base, ctx.reach_head)
        for verb, path in reach.models.get(d.name, {}).items()
        if path == ""
    ]
    if not verbs:
        return
    method = next(v.names.python for v in ctx.head.package.verbs if v.wire_name == verbs[0])
    call = f"`SWML().{method}(..., {after.names.python}=None)`"
    sent = f'`"{d.member}": null`'
    if gained:
        yield Hit(
            NONE_SENT,
            f"{place(ctx, d)} now takes null: {call} now sends {sent} (it left the field out)",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(
            NONE_OMITTED,
            f"{place(ctx, d)} no longer takes null: {call} now leaves the field out (it sent "
            f"{sent})",
            ctx.affects(wire=True),
        )
