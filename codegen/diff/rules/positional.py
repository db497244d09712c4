"""``x-positional``: the parameters a verb's chaining methods also take by position."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

EXTENDED = rule(
    "positional-parameters-added",
    INFO,
    "More parameters may be passed by position, after those that already could "
    "(`x-positional` grew at its end): every existing call means what it meant.",
    "`x-positional: [name, room, muted]` on join: `join:(verb)`: positional parameters "
    "(name, room) -> (name, room, muted).",
)
CHANGED = rule(
    "positional-parameters-changed",
    BREAKING,
    "The parameters taken by position were reordered or shortened (`x-positional`): a call "
    "that passes them by position now fills other parameters, or raises TypeError.",
    "`x-positional` of join from (name, room, muted) to (name, room): `join:(verb)`: "
    "positional parameters (name, room, muted) -> (name, room).",
)


def positional(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "positional":
        return
    old, new = (_effective(side, d.name) for side in (ctx.base, ctx.head))
    says = f"positional parameters ({', '.join(old)}) -> ({', '.join(new)})"
    if new[: len(old)] == old:
        yield Hit(EXTENDED, f"`{ctx.where(d)}`: {says}")
    else:
        yield Hit(
            CHANGED, f"`{ctx.where(d)}`: {says}: positional calls change meaning", ctx.affects()
        )


def _effective(side: object, model: str) -> tuple[str, ...]:
    found = side.package.models.get(model)  # type: ignore[attr-defined]
    return tuple(f.names.wire for f in found.by_position) if found is not None else ()
