"""The order of fields, values and verbs."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

POSITIONAL = rule(
    "positional-order-changed",
    BREAKING,
    "The required fields of an object are in another order: the generated methods take them "
    "by position, so a positional call now passes them to the wrong parameters.",
    "`to` and `from` swapped in connect's required list: `connect:(verb)`: positional "
    "parameters reordered from (to, from) to (from, to).",
)
ORDER = rule(
    "order-changed",
    INFO,
    "Optional fields, enum values or verbs are listed in another order: keyword calls and "
    "payloads are unaffected; docs and generated files change.",
    "`beep` values reordered: `join_conference:beep`: Beep values reordered.",
)


def order(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.attr != "order":
        return
    if d.scope == "model":
        required = _required_order(ctx, d.name)
        if required[0] != required[1]:
            yield Hit(
                POSITIONAL,
                f"`{ctx.where(d)}`: required parameters reordered from ({', '.join(required[0])}) "
                f"to ({', '.join(required[1])}): positional calls pass values to the wrong ones",
                ctx.affects(),
            )
            return
        yield Hit(ORDER, f"object {d.name}: fields reordered (keyword-only)", ())
    else:
        yield Hit(ORDER, f"{d.scope} {d.name}: reordered", ())


def _required_order(ctx: Context, model: str) -> tuple[list[str], list[str]]:
    def of(side: object) -> list[str]:
        found = side.package.models.get(model)  # type: ignore[attr-defined]
        return [f.names.wire for f in found.fields if f.required] if found is not None else []

    old, new = of(ctx.base), of(ctx.head)
    common = [n for n in old if n in new]
    return common, [n for n in new if n in old]
