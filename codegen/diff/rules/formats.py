"""``format`` (``uri``, ``date-time``): an annotation the generated checks do not read."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import INFO, Hit, rule

from ._common import place

CHANGED = rule(
    "format-changed",
    INFO,
    "A `format` was added, changed or removed. The generated checks do not read `format` (they "
    "read `x-url-schemes`), so no call changes; the docs and types may.",
    "`format: uri` on coach: `join_conference:coach` format changed from none to 'uri'.",
)


def formats(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.is_type and d.type_attr == "format":
        yield Hit(
            CHANGED,
            f"{place(ctx, d)} format changed from {_shown(d.before)} to {_shown(d.after)}; "
            "the generated checks do not read it",
        )


def _shown(value: object) -> str:
    return "none" if value is None else repr(value)
