"""A field gained or lost its SWML-variable form (``anyOf: [..., {$ref: '#/$defs/SWMLVar'}]``)."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule
from codegen.ir import UnionType, VarType

from ._common import case, place

GAINED = rule(
    "swml-var-gained",
    INFO,
    "A field now also accepts a SWML variable (`${...}` or `%{...}`).",
    "`muted` gains the SWMLVar branch: `join_conference:muted` now also accepts a SWML variable.",
)
LOST = rule(
    "swml-var-lost",
    BREAKING,
    "A field lost its SWML-variable branch: payloads using `${...}` there are refused.",
    "`muted` loses the SWMLVar branch: `join_conference:muted` no longer accepts a SWML "
    "variable: `muted='${flag}'` is refused.",
)


def _gained(d: Delta) -> bool:
    if d.type_attr == "variant-added":
        return True
    if d.type_attr == "variant-removed":
        return False
    return isinstance(d.after, UnionType) and VarType() in d.after.variants


def swml_var(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or case(d) != "var":
        return
    if _gained(d):
        yield Hit(GAINED, f"{place(ctx, d)} now also accepts a SWML variable ('${{name}}')")
    else:
        yield Hit(
            LOST,
            f"{place(ctx, d)} no longer accepts a SWML variable: "
            f"`{ctx.where(d).rpartition('.')[2]}='${{flag}}'` is refused",
            ctx.affects(wire=True),
        )
