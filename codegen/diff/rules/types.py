"""A field's kind of value changed (string to integer, a value to any value, ...)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule
from codegen.ir import EnumRef, LiteralType, NullType, Package, Type, UnionType

from ._common import NARROWED, WIDENED, case, described, judge, place

NARROWED_RULE = rule(
    "type-narrowed",
    BREAKING,
    "A field accepts fewer kinds of value: what it took before and does not now is refused.",
    "`volume` from number to integer: `play:volume` now takes integer (was number): 0.5 is "
    "refused.",
)
WIDENED_RULE = rule(
    "type-widened",
    INFO,
    "A field accepts more kinds of value than before (every value valid before still is).",
    "`timeout` from integer to number: `connect:timeout` now takes number (was integer).",
)
CHANGED_RULE = rule(
    "type-changed",
    BREAKING,
    "A field's kind of value was replaced by another: values of the old kind are refused.",
    "`max_participants` from integer to string: `join_conference:max_participants` now takes "
    "string instead of integer.",
)


def values_of(t: Type, package: Package) -> set[str] | None:
    """The JSON values ``t`` accepts when it is a finite set of them (a value set, constants,
    null, or a union of those), as canonical JSON; None otherwise."""
    if isinstance(t, EnumRef):
        found = package.enums.get(t.name)
        return {json.dumps(v) for v in found.values} if found is not None else None
    if isinstance(t, LiteralType):
        return {json.dumps(t.value)}
    if isinstance(t, NullType):
        return {"null"}
    if isinstance(t, UnionType):
        parts = [values_of(v, package) for v in t.variants]
        if any(p is None for p in parts):
            return None
        return set().union(*(p for p in parts if p is not None))
    return None


def types(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or case(d) != "kind":
        return
    before, after = described(d.before), described(d.after)
    verdict = judge(d)
    old = values_of(d.before, ctx.base.package)
    new = values_of(d.after, ctx.head.package)
    if old is not None and new is not None:
        # A value set written another way (an enum became constants and null): judged by values.
        verdict = WIDENED if old <= new else NARROWED if new < old else "changed"
        parts = [
            f"{label} {', '.join(sorted(values))}"
            for label, values in (("gains", new - old), ("loses", old - new))
            if values
        ]
        before = f"a value of {d.before.name}" if isinstance(d.before, EnumRef) else before
        after = f"one of {len(new)} values ({'; '.join(parts) or 'the same ones'})"
    where = place(ctx, d)
    if verdict == WIDENED:
        yield Hit(WIDENED_RULE, f"{where} now takes {after} (was {before})")
    elif verdict == NARROWED:
        yield Hit(
            NARROWED_RULE,
            f"{where} now takes {after} (was {before}): other values are refused",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(
            CHANGED_RULE,
            f"{where} now takes {after} instead of {before}: values of the old kind are refused",
            ctx.affects(wire=True),
        )
