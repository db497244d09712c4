"""Helpers the checks share: how a place is named, how a type change is judged."""

from __future__ import annotations

from typing import Any

from codegen.diff.context import Context
from codegen.diff.delta import Delta, kind
from codegen.ir import (
    MISSING,
    AnyType,
    IntegerType,
    MethodType,
    NumberType,
    Type,
    UnionType,
)

LOWER = ("min_length", "minimum", "exclusive_minimum", "min_items", "min_properties")
UPPER = ("max_length", "maximum", "exclusive_maximum", "max_items")
BOUNDS = LOWER + UPPER

NARROWED, WIDENED, CHANGED, SAME = "narrowed", "widened", "changed", "same"

#: The IR's names of bounds as the spec writes them.
KEYWORDS = {
    "min_length": "minLength",
    "max_length": "maxLength",
    "exclusive_minimum": "exclusiveMinimum",
    "exclusive_maximum": "exclusiveMaximum",
    "min_items": "minItems",
    "max_items": "maxItems",
    "min_properties": "minProperties",
    "url_schemes": "x-url-schemes",
    "non_blank": "x-non-blank",
}


def keyword(attr: str) -> str:
    return KEYWORDS.get(attr, attr)


def place(ctx: Context, d: Delta) -> str:
    """```stream.url```, ``the values of `custom_parameters` ``, ``the items of `urls` ``."""
    where = f"`{ctx.where(d)}`"
    inner = [t for t in d.trail if not t.startswith("variant ")]
    for step in reversed(inner):
        where = {"items": f"the items of {where}", "values": f"the values of {where}"}.get(
            step, f"the values of extra keys of {where}" if step == "extra" else where
        )
    return where


def shown(value: Any) -> str:
    if value is MISSING:
        return "none"
    return repr(value)


def bound_judgement(attr: str, old: Any, new: Any) -> str:
    if old == new:
        return SAME
    if new is None:
        return WIDENED
    if old is None:
        return NARROWED
    if attr in LOWER:
        return NARROWED if new > old else WIDENED
    return NARROWED if new < old else WIDENED


def schemes_judgement(old: tuple[str, ...] | None, new: tuple[str, ...] | None) -> str:
    """``None``: any string; ``()``: any absolute URI; otherwise those schemes only."""
    if old == new:
        return SAME
    if new is None:
        return WIDENED
    if old is None:
        return NARROWED
    if not new:
        return WIDENED
    if not old:
        return NARROWED
    lost = set(old) - set(new)
    return NARROWED if lost else WIDENED


def kind_judgement(a: Type, b: Type) -> str:
    """Whether the values of ``b`` include those of ``a`` (widened) or the reverse."""
    if isinstance(b, AnyType):
        return WIDENED
    if isinstance(a, AnyType):
        return NARROWED
    if isinstance(a, IntegerType) and isinstance(b, NumberType):
        return WIDENED if _bounds(a) == _bounds(b) or not any(_bounds(b)) else CHANGED
    if isinstance(a, NumberType) and isinstance(b, IntegerType):
        return NARROWED
    if isinstance(b, UnionType) and a in b.variants:
        return WIDENED
    if isinstance(a, UnionType) and b in a.variants:
        return NARROWED
    return CHANGED


def _bounds(t: Any) -> tuple[Any, ...]:
    return (t.minimum, t.maximum, t.exclusive_minimum, t.exclusive_maximum)


def only_judgement(old: tuple[str, ...] | None, new: tuple[str, ...] | None) -> str:
    if new is None:
        return WIDENED
    if old is None:
        return NARROWED
    return NARROWED if set(old) - set(new) else WIDENED


def judge(d: Delta) -> str:
    """How a type delta changes what is accepted."""
    attr = d.type_attr
    if attr in BOUNDS:
        return bound_judgement(attr, d.before, d.after)
    if attr == "pattern":
        return WIDENED if d.after is None else NARROWED
    if attr == "format":
        return SAME  # an annotation: the generated checks read url_schemes, not format
    if attr == "url_schemes":
        return schemes_judgement(d.before, d.after)
    if attr == "non_blank":
        return NARROWED if d.after else WIDENED
    if attr == "kind":
        return kind_judgement(d.before, d.after)
    if attr == "variant-added":
        return WIDENED
    if attr == "variant-removed":
        return NARROWED
    if attr == "exclusive":
        return NARROWED if d.after else WIDENED
    if attr == "only":
        return only_judgement(d.before, d.after)
    if attr in ("description", "variant-order"):
        return SAME
    return CHANGED


def described(t: Any) -> str:
    return kind(t) if not isinstance(t, MethodType) else "a SWML method"


def _is_var(t: Any) -> bool:
    return type(t).__name__ == "VarType"


def _is_form(t: Any) -> bool:
    """A short form of a verb: any variant but an object model."""
    return type(t).__name__ != "ModelRef" and not _is_var(t)


def case(d: Delta) -> str:
    """Which check owns a type delta, so exactly one explains it."""
    from codegen.ir import EnumRef, JoinedListType, LiteralType, StringType

    attr = d.type_attr
    top_level = d.scope == "verb" and not d.trail
    if attr in ("variant-added", "variant-removed"):
        variant = d.after if attr == "variant-added" else d.before
        if _is_var(variant):
            return "var"
        if top_level and _is_form(variant):
            return "form"
        return "map" if d.in_map else "union"
    if attr != "kind":
        return "map" if d.in_map and attr not in ("format", "description") else attr
    a, b = d.before, d.after
    for x, y in ((a, b), (b, a)):
        if isinstance(y, UnionType) and x in y.variants:
            rest = [v for v in y.variants if v != x]
            if rest and all(_is_var(v) for v in rest):
                return "var"
            if top_level and all(_is_form(v) for v in rest):
                return "form"
            return "map" if d.in_map else "union"
    if isinstance(a, StringType) and isinstance(b, (EnumRef, LiteralType)):
        return "value-set"
    if isinstance(a, (EnumRef, LiteralType)) and isinstance(b, StringType):
        return "value-set"
    if isinstance(a, EnumRef) and isinstance(b, JoinedListType) and a.name == b.enum:
        return "list"
    if isinstance(a, JoinedListType) and isinstance(b, EnumRef) and a.enum == b.name:
        return "list"
    return "map" if d.in_map else "kind"
