"""The wire default (``default``): what the platform does when a payload leaves a field out."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, WARNING, WIRE, Hit, rule
from codegen.ir import MISSING

from ._common import shown

CHANGED = rule(
    "default-changed",
    BREAKING,
    "The documented wire default changed, so a payload that leaves the field out (as the short "
    "form does) now means something else.",
    "`beep` default from 'true' to 'false': `join_conference:beep`: leaving it out now means "
    "'false' (was 'true').",
)
ADDED = rule(
    "default-added",
    WARNING,
    "A wire default was documented where there was none; leaving the field out may mean more now.",
    "`region` gains `default: global`: `join_conference:region` now documents a default of "
    "'global'.",
)
REMOVED = rule(
    "default-removed",
    WARNING,
    "A documented wire default was dropped; what leaving the field out means is no longer "
    "promised.",
    "`trim` loses its default: `join_conference:trim` no longer documents its default "
    "'trim-silence'.",
)


def defaults(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "default":
        return
    where = f"`{ctx.where(d)}`"
    if d.before is not MISSING and d.after is not MISSING:
        yield Hit(
            CHANGED,
            f"{where}: leaving it out now means {shown(d.after)} (was {shown(d.before)})",
            (WIRE,),
            "release it in a major version; callers relying on the old default must now send "
            f"{shown(d.before)} explicitly",
        )
    elif d.after is not MISSING:
        yield Hit(ADDED, f"{where} now documents a default of {shown(d.after)}", (WIRE,))
    else:
        yield Hit(REMOVED, f"{where} no longer documents its default {shown(d.before)}", (WIRE,))
