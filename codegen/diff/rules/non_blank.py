"""``x-non-blank``: refuse an empty or whitespace-only string."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from codegen.diff.delta import Delta

from . import BREAKING, INFO, Hit, check, rule
from ._common import case, place

if TYPE_CHECKING:
    from codegen.diff.engine import Context

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


@check
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
