"""Names added to or removed from the package's exports (``swml_verbs.__all__``): models, enums
and named unions, read from the generated ``__init__.py``."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

ADDED = rule(
    "export-added",
    INFO,
    "A model, enum or union is new in the package's exports.",
    "`region` becomes a value set: `join_conference:region`: `swml_verbs.Region` is new.",
)
REMOVED = rule(
    "export-removed",
    BREAKING,
    "A name left the package's exports: `from swml_verbs import Name` raises ImportError.",
    "`status_callback_event` becomes a free string: `join_conference:status_callback_event`: "
    "`from swml_verbs import StatusCallbackEvent` raises ImportError.",
)
INTERNAL = rule(
    "internal-changed",
    INFO,
    "A model, value set or union the package does not export appeared or disappeared; the "
    "fields that use it are reported on their own.",
    "`(package)`: internal model Helper added.",
)


def exports(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.attr not in ("added", "removed") or d.member:
        return
    if d.scope not in ("export", "model", "enum", "alias"):
        return
    name = d.name
    head = d.attr == "added"
    # A named union is never exported itself (a model may share its name).
    if d.scope == "alias" or not ctx.exported(name, head=head):
        yield Hit(INTERNAL, f"internal {d.scope} {name} {d.attr}; it is not exported", ())
    elif head:
        yield Hit(ADDED, f"`swml_verbs.{name}` is new")
    else:
        yield Hit(
            REMOVED,
            f"`from swml_verbs import {name}` raises ImportError: {name} is no longer generated",
            ctx.affects(),
            f"keep `{name}` as a deprecation alias in swml_verbs, or release it in a major version",
        )
