"""Bounds: minimum, maximum, lengths, list sizes, property counts."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

from ._common import BOUNDS, NARROWED, bound_judgement, case, keyword, place

TIGHTENED = rule(
    "bounds-tightened",
    BREAKING,
    "A minimum, maximum, length, list size or property count was added or moved inwards.",
    "`maxLength: 100` on a conference name: `join_conference:name`: `name` maxLength tightened "
    "from none to 100: values outside it are refused.",
)
LOOSENED = rule(
    "bounds-loosened",
    INFO,
    "A minimum, maximum, length, list size or property count was removed or moved outwards.",
    "`maximum` of volume from 10 to 20: `play:volume` maximum loosened from 10 to 20.",
)


def _n(value: object) -> str:
    return "none" if value is None else str(value)


def bounds(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or d.type_attr not in BOUNDS or case(d) == "map":
        return
    attr = d.type_attr
    shown = keyword(attr)
    if bound_judgement(attr, d.before, d.after) == NARROWED:
        yield Hit(
            TIGHTENED,
            f"{place(ctx, d)} {shown} tightened from {_n(d.before)} to {_n(d.after)}: values "
            "outside it are refused",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(
            LOOSENED, f"{place(ctx, d)} {shown} loosened from {_n(d.before)} to {_n(d.after)}"
        )
