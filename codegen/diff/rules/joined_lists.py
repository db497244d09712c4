"""Joined lists (``x-items`` with ``x-separator``): a list allowed or refused, or its separator
changed."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, WIRE, Hit, rule
from codegen.ir import JoinedListType

from ._common import case, place

ALLOWED = rule(
    "value-list-allowed",
    INFO,
    "A single value of a value set became a list of them joined by a separator (a widening).",
    "`x-separator: ' '` added to an event set: `join_conference:status_callback_event` now "
    "also takes a list of StatusCallbackEvent values, sent joined by ' '.",
)
DISALLOWED = rule(
    "value-list-disallowed",
    BREAKING,
    "A joined list of values became a single value: lists are refused.",
    "`x-separator` removed: `join_conference:status_callback_event` takes one value now: "
    "`status_callback_event=['join', 'leave']` is refused.",
)
SEPARATOR = rule(
    "separator-changed",
    BREAKING,
    "The separator of a joined list changed (`x-separator`): lists still work, but the same call "
    "now sends them joined by the new separator, and a payload joined by the old one is read "
    "as one unknown value.",
    "`x-separator` from ' ' to ',': `join_conference:status_callback_event`: lists are now "
    "joined by ',': `['join', 'leave']` is sent as 'join,leave' instead of 'join leave'.",
)


def joined_lists(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type:
        return
    where = place(ctx, d)
    if d.type_attr == "separator":
        yield Hit(
            SEPARATOR,
            f"{where}: lists are now joined by {d.after!r} instead of {d.before!r}: the same "
            f"call sends ['a', 'b'] as {('a' + d.after + 'b')!r}, not "
            f"{('a' + d.before + 'b')!r}; a single value is sent as before, and a string "
            f"already joined by {d.before!r} is refused",
            (*ctx.affects(), WIRE),
            "release it in a major version: the platform must read the new separator",
        )
        return
    if d.type_attr != "kind" or case(d) != "list":
        return
    if isinstance(d.after, JoinedListType):
        yield Hit(
            ALLOWED,
            f"{where} now also takes a list of {d.after.enum} values, sent joined by "
            f"{d.after.separator!r}",
        )
    else:
        yield Hit(
            DISALLOWED,
            f"{where} takes one {d.after.name} value now: lists (and strings joined by "
            f"{d.before.separator!r}) are refused",
            ctx.affects(wire=True),
        )
