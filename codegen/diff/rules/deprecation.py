"""``deprecated: true`` on a field (oasdiff reports deprecations too)."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import INFO, WARNING, WIRE, Hit, rule

DEPRECATED = rule(
    "param-deprecated",
    WARNING,
    "A field was marked `deprecated: true`: it still works, but callers should move off it "
    "before it is removed.",
    "`deprecated: true` on ai's `engine`: `ai:languages[].engine` is deprecated.",
)
UNDEPRECATED = rule(
    "param-undeprecated",
    INFO,
    "A field is no longer marked deprecated.",
    "`deprecated` dropped: `ai:languages[].engine` is no longer deprecated.",
)


def deprecation(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "deprecated":
        return
    if d.after:
        yield Hit(
            DEPRECATED,
            f"`{ctx.where(d)}` is deprecated: it still works; plan its removal",
            (*ctx.affects(), WIRE),
            "say it in the release notes, with what to use instead",
        )
    else:
        yield Hit(UNDEPRECATED, f"`{ctx.where(d)}` is no longer deprecated")
