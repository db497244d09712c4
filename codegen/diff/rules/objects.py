"""An object that starts or stops refusing keys it does not list."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

CLOSED = rule(
    "object-closed",
    BREAKING,
    "An object started refusing keys it does not list (`unevaluatedProperties: {not: {}}`).",
    "`request` closed: `request:(verb)` now refuses keys it does not list: `**extra` is gone.",
)
OPENED = rule(
    "object-opened",
    INFO,
    "An object stopped refusing keys it does not list.",
    "`unevaluatedProperties` dropped on a stream: `join_conference:stream` now accepts other keys.",
)


def objects(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "extra":
        return
    where = f"`{ctx.where(d)}` ({d.name})"
    if d.after is None:
        yield Hit(
            CLOSED,
            f"{where} now refuses keys it does not list",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(OPENED, f"{where} now accepts keys it does not list")
