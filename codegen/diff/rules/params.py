"""Fields (parameters) added to or removed from an object."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule
from codegen.ir import Field

ADDED = rule(
    "param-added",
    INFO,
    "An optional field was added; existing calls and payloads are unaffected.",
    "`stream` added to JoinConferenceObject: `join_conference:stream`: new optional parameter "
    "`stream` (keyword `stream=`).",
)
REQUIRED_ADDED = rule(
    "required-param-added",
    BREAKING,
    "A required field was added, so every call and payload written before is now refused.",
    "`codec` added to a stream's `required`: `join_conference:stream.codec`: new required "
    "parameter: payloads without it are refused.",
)
REMOVED = rule(
    "param-removed",
    BREAKING,
    "A field was removed: calls passing its keyword raise TypeError and payloads setting it are "
    "refused (a rename is a removal plus an addition).",
    "`stereo` dropped from record_call: `record_call:stereo`: parameter `stereo` was removed: "
    "`record_call(stereo=...)` raises TypeError.",
)


def params(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or not d.member or d.attr not in ("added", "removed"):
        return
    f: Field = d.after if d.attr == "added" else d.before
    where = f"`{ctx.where(d)}`"
    if d.attr == "added" and f.required:
        yield Hit(
            REQUIRED_ADDED,
            f"new required parameter {where}: calls and payloads without it are now refused",
            ctx.affects(wire=True),
        )
    elif d.attr == "added":
        yield Hit(ADDED, f"new optional parameter {where} (keyword `{f.names.python}=`)")
    else:
        yield Hit(
            REMOVED,
            f"parameter {where} was removed: calls passing `{f.names.python}=` raise TypeError "
            "and payloads setting it are refused",
            ctx.affects(wire=True),
        )
