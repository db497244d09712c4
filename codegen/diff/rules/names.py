"""Generated names of a field or model: the Python keyword (``x-python-name``) and the
TypeScript name (``x-camel-name``)."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, PYTHON, TYPESCRIPT, Hit, rule

PYTHON_NAME = rule(
    "python-name-changed",
    BREAKING,
    "A field's Python name changed (`x-python-name`): calls passing the old keyword raise "
    "TypeError and model attributes are renamed; the wire key is the same.",
    "`x-python-name: from_number` on connect's `from`: `connect:from`: keyword `from_=` is now "
    "`from_number=`.",
)
TS_NAME = rule(
    "typescript-name-changed",
    BREAKING,
    "A field's or model's TypeScript name changed (`x-camel-name`): TypeScript callers using "
    "the old name break; the wire key is the same.",
    "`x-camel-name: startWhenEntering`: `join_conference:start_on_enter`: TypeScript name "
    "`startOnEnter` is now `startWhenEntering`.",
)


def names(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model":
        return
    where = f"`{ctx.where(d)}`"
    if d.attr == "python-name":
        yield Hit(
            PYTHON_NAME,
            f"{where}: keyword `{d.before}=` is now `{d.after}=`: calls passing `{d.before}=` "
            "raise TypeError (the wire key is unchanged)",
            (PYTHON,),
            "accept the old keyword as a deprecated alias, or release it in a major version",
        )
    elif d.attr == "camel-name":
        what = f"{where} TypeScript name" if d.member else f"model {d.name}'s TypeScript name"
        yield Hit(
            TS_NAME,
            f"{what} `{d.before}` is now `{d.after}` (the wire key is unchanged)",
            (TYPESCRIPT,),
        )
