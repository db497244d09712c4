"""``x-non-blank``: refuse an empty or whitespace-only string."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

from ._common import case, place

ADDED = rule(
    "non-blank-added",
    BREAKING,
    "A string field now refuses blank values (`x-non-blank`).",
    "`x-non-blank: true` on a room name: `join_room:name`: '' and '  ' are refused now.",
)
REMOVED = rule(
    "non-blank-removed",
    INFO,
    "A string field accepts blank values again.",
    "`x-non-blank` dropped: `join_conference:name` accepts blank strings.",
)


def non_blank(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or d.type_attr != "non_blank" or case(d) == "map":
        return
    if d.after:
        yield Hit(
            ADDED,
            f"{place(ctx, d)}: blank strings ('' or whitespace) are refused now",
            ctx.affects(),
        )
    else:
        yield Hit(REMOVED, f"{place(ctx, d)} accepts blank strings again")
