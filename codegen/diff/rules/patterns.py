"""``pattern`` added, changed or removed."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

from ._common import case, place

TIGHTENED = rule(
    "pattern-tightened",
    BREAKING,
    "A `pattern` was added or changed (a changed regex may refuse values the old one took).",
    "`pattern: '^[a-z]+$'` on a label: `goto:label` pattern changed from none to '^[a-z]+$'.",
)
LOOSENED = rule(
    "pattern-loosened",
    INFO,
    "A `pattern` was removed.",
    "`pattern` dropped: `goto:label` no longer has to match '^[a-z]+$'.",
)


def patterns(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or d.type_attr != "pattern" or case(d) == "map":
        return
    if d.after is None:
        yield Hit(LOOSENED, f"{place(ctx, d)} no longer has to match {d.before!r}")
    else:
        before = repr(d.before) if d.before is not None else "none"
        yield Hit(
            TIGHTENED,
            f"{place(ctx, d)} pattern changed from {before} to {d.after!r}: values that do not "
            "match it are refused",
            ctx.affects(wire=True),
        )
