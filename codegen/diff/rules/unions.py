"""Union variants (``anyOf``/``oneOf`` branches) added or removed, and anyOf/oneOf switched."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta, kind
from codegen.diff.model import BREAKING, INFO, WARNING, Hit, rule
from codegen.ir import UnionType

from ._common import case, place

ADDED = rule(
    "union-variant-added",
    INFO,
    "A union gained a variant: it accepts values of one more kind.",
    "`PlayWithSilence` added to play's oneOf: `play:(verb)` now also accepts a PlayWithSilence "
    "object.",
)
REMOVED = rule(
    "union-variant-removed",
    BREAKING,
    "A union lost a variant: values only it accepted are refused.",
    "`PlayWithURLS` dropped from play's oneOf: `play:(verb)`: `play` no longer accepts a "
    "PlayWithURLS object: such values are refused.",
)
EXCLUSIVE = rule(
    "union-exclusivity-changed",
    WARNING,
    "A union switched between anyOf and oneOf: with oneOf a value matching two variants is "
    "refused; with anyOf it is accepted.",
    "play's oneOf becomes anyOf: `play:(verb)`: a value matching several variants is accepted now.",
)
ORDER = rule(
    "union-order-changed",
    INFO,
    "A union lists the same variants in another order (docs and the order variants are tried "
    "in change, not what is accepted).",
    "`PlayWithURLS` moved before `PlayWithURL`: `play:(verb)`: variants reordered.",
)


def unions(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type:
        return
    where = place(ctx, d)
    if d.type_attr == "exclusive":
        how = "oneOf (a value matching two variants is refused)" if d.after else "anyOf"
        yield Hit(EXCLUSIVE, f"{where} is now {how}", ctx.affects(wire=True))
        return
    if d.type_attr == "variant-order":
        yield Hit(ORDER, f"{where}: variants reordered")
        return
    if case(d) != "union":
        return
    if d.type_attr == "kind":
        # A union shrunk to one of its variants, or a type grew into a union holding it.
        grew = isinstance(d.after, UnionType)
        union, other = (d.after, d.before) if grew else (d.before, d.after)
        assert isinstance(union, UnionType)
        variants = [v for v in union.variants if v != other]
    else:
        grew = d.type_attr == "variant-added"
        variants = [d.after if grew else d.before]
    what = " or ".join(kind(v) for v in variants)
    if grew:
        yield Hit(ADDED, f"{where} now also accepts {what}")
    else:
        yield Hit(
            REMOVED,
            f"{where} no longer accepts {what}: such values are refused",
            ctx.affects(wire=True),
        )
