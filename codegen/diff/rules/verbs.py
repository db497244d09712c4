"""Verbs added to or removed from ``$defs/SWMLMethod``."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, WIRE, Hit, rule

ADDED = rule(
    "verb-added",
    INFO,
    "A verb exists only on the HEAD side (a new entry of `$defs/SWMLMethod`).",
    "A `wait` verb added upstream: `wait:(verb)`: new verb `wait`: `SWML().wait(...)`.",
)
REMOVED = rule(
    "verb-removed",
    BREAKING,
    "A verb exists only on the BASE side: its builder method is gone and payloads using it are "
    "refused.",
    "`label` dropped from SWMLMethod: `label:(verb)`: verb `label` was removed: "
    "`SWML().label(...)` raises AttributeError and a document using it is refused.",
)


def verbs(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "verb" or d.attr not in ("added", "removed"):
        return
    py = ctx._python_verb(d.name)
    if d.attr == "added":
        yield Hit(
            ADDED,
            f"new verb `{d.name}`: `SWML().{py}(...)`",
            (*ctx.affects(), WIRE),
        )
    else:
        yield Hit(
            REMOVED,
            f"verb `{d.name}` was removed: `SWML().{py}(...)` raises AttributeError and a "
            "document using it is refused",
            (*ctx.affects(), WIRE),
            "release it in a major version, or keep the verb until then",
        )
