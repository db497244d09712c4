"""Value sets: values added to or removed from an enum, a free value narrowed to a value set or
widened from one, a constant changed."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule
from codegen.ir import EnumRef, LiteralType

from ._common import case, place

VALUE_REMOVED = rule(
    "enum-value-removed",
    BREAKING,
    "A value was removed from a value set: payloads using it are refused and code naming its "
    "enum member raises AttributeError.",
    "`onExit` dropped from beep: `join_conference:beep`: Beep lost 'onExit' (Beep.ON_EXIT): "
    "`beep='onExit'` is refused.",
)
VALUE_ADDED = rule(
    "enum-value-added",
    INFO,
    "A value was added to a value set (and a member to its enum).",
    "`both` added to a direction set: `record_call:direction`: Direction gained 'both' "
    "(Direction.BOTH).",
)
INTRODUCED = rule(
    "value-set-introduced",
    BREAKING,
    "A free string became a value set (an enum or a constant): other values are refused.",
    "`region` given `anyOf` consts: `join_conference:region` narrowed to a value of Region: "
    "other strings are refused.",
)
DROPPED = rule(
    "value-set-dropped",
    INFO,
    "A value set became a free string: every value accepted before still is.",
    "`status_callback_event` consts removed: `join_conference:status_callback_event` widened "
    "from a value of StatusCallbackEvent to any string.",
)
CONST_CHANGED = rule(
    "const-changed",
    BREAKING,
    "A constant (`const`) changed: the old value is refused.",
    "`type: const 'play'` to `'playback'`: `...:type` is now 'playback' (was 'play').",
)


def _users(ctx: Context, d: Delta) -> str:
    verbs = list(ctx.verbs_of(d))
    if not verbs:
        return ""
    more = f" and {len(verbs) - 3} more" if len(verbs) > 3 else ""
    return f" (used by {', '.join(verbs[:3])}{more})"


def value_sets(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope == "enum" and d.attr in ("member-added", "member-removed"):
        member = d.after if d.attr == "member-added" else d.before
        if d.attr == "member-removed":
            yield Hit(
                VALUE_REMOVED,
                f"{d.name} lost {member.value!r} ({d.name}.{member.name}){_users(ctx, d)}: "
                f"payloads using {member.value!r} are refused and code naming "
                f"{d.name}.{member.name} raises AttributeError",
                ctx.affects(wire=True),
            )
        else:
            yield Hit(
                VALUE_ADDED,
                f"{d.name} gained {member.value!r} ({d.name}.{member.name}){_users(ctx, d)}",
            )
        return
    if not d.is_type:
        return
    if d.type_attr == "value" and isinstance(d.before, str | int | float | bool | None):
        yield Hit(
            CONST_CHANGED,
            f"{place(ctx, d)} is now {d.after!r} (was {d.before!r}): {d.before!r} is refused",
            ctx.affects(wire=True),
        )
        return
    if d.type_attr != "kind" or case(d) != "value-set":
        return
    a, b = d.before, d.after
    if isinstance(b, EnumRef | LiteralType):
        what = f"a value of {b.name}" if isinstance(b, EnumRef) else f"the constant {b.value!r}"
        yield Hit(
            INTRODUCED,
            f"{place(ctx, d)} narrowed from any string to {what}: other strings are refused",
            ctx.affects(wire=True),
        )
    else:
        what = f"a value of {a.name}" if isinstance(a, EnumRef) else f"the constant {a.value!r}"
        yield Hit(DROPPED, f"{place(ctx, d)} widened from {what} to any string")
