"""Models and value sets renamed (a ``$defs`` key, ``title``, ``x-python-name`` or
``x-enum-name`` changed), judged by whether the old name leaves the package; named unions are
not exported, so their renames are internal.

A rename is found where a reference moved from a name that disappears to a name that appears
(``codegen/diff/delta.py``). The old name is gone from ``swml_verbs``' exports, so
``from swml_verbs import OldName`` raises ImportError: breaking, unless a deprecation alias keeps
the old name. A reference moved to another name while the old one is still exported (one of three
users of ``HttpMethod`` given its own ``x-enum-name``) is no rename: see ``refs``.
"""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

MODEL = rule(
    "model-renamed",
    BREAKING,
    "An exported model's name changed and the old name left the package: importing it raises "
    "ImportError.",
    "`$defs/JoinConferenceStream` renamed: `join_conference:stream`: model JoinConferenceStream "
    "is now ConferenceStream: `from swml_verbs import JoinConferenceStream` raises ImportError.",
)
ENUM = rule(
    "enum-renamed",
    BREAKING,
    "An exported enum's name changed (`x-enum-name`) and the old name left the package.",
    "`x-enum-name: Bip` on beep: `join_conference:beep`: enum Beep is now Bip: "
    "`from swml_verbs import Beep` raises ImportError.",
)
INTERNAL = rule(
    "internal-renamed",
    INFO,
    "A model, value set or union that the package does not export was renamed: no import can "
    "break.",
    "An unexported helper model renamed: `(package)`: Helper is now Helper2.",
)

_RULES = {"model": MODEL, "enum": ENUM}


def renames(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope == "package" and d.attr == "document":
        # The root model's rename is reported by its ``renamed`` delta.
        if d.before in ctx.base.package.models and d.after in ctx.head.package.models:
            yield Hit.explained()
        return
    if d.attr == "type.ref" and d.before.name != d.after.name:
        if ctx.renamed.get(d.before.name) == d.after.name:
            yield Hit.explained()  # the ``renamed`` delta says it once
        return
    if d.attr != "renamed" or d.scope not in ("model", "enum", "alias"):
        return
    old, new = d.before, d.after
    if d.scope not in _RULES or not ctx.exported(old, head=False):
        yield Hit(INTERNAL, f"{d.scope} {old} is now {new}; it is not exported", ())
        return
    yield Hit(
        _RULES[d.scope],
        f"{d.scope} {old} is now {new}: `from swml_verbs import {old}` raises ImportError",
        ctx.affects(),
        f"add `{old} = {new}` to swml_verbs as a deprecation alias, or release it in a major "
        "version",
    )
