"""Documentation only: descriptions, per-value descriptions, where a definition lives."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import INFO, Hit, rule

DESCRIPTION = rule(
    "description-changed",
    INFO,
    "A description (of a verb, object, field, value set or value) changed: docstrings change, "
    "nothing on the wire does.",
    "`result`'s description reworded: `join_conference:result`: description changed.",
)
MOVED = rule(
    "definition-moved",
    INFO,
    "A definition moved in the spec (another `$defs` key, the same generated name), or a value "
    "set gained or lost users: only docstrings and error locations change.",
    "`$defs/JoinConferenceStream` renamed with `x-python-name` keeping the class: "
    "`join_conference:stream`: JoinConferenceStream is defined at another place.",
)


def docs(d: Delta, ctx: Context) -> Iterator[Hit]:
    where = f"`{ctx.where(d)}`"
    if d.attr in ("description", "member-description") or d.attr == "type.description":
        if d.scope == "enum":
            # One finding per enum, however many of its values' descriptions changed.
            yield Hit(DESCRIPTION, f"enum {d.name}: descriptions changed", ())
            return
        subject = {
            "verb": f"verb {d.name}",
            "model": f"{where}" if d.member else f"object {d.name}",
        }.get(d.scope, where)
        yield Hit(DESCRIPTION, f"{subject}: description changed", ())
    elif d.attr == "pointer" and d.member and _model_moved(ctx, d.name):
        yield Hit.explained()  # its model moved: one finding for the model says it
    elif d.attr == "pointer":
        yield Hit(MOVED, f"{d.scope} {d.name} is defined at {d.after} (was {d.before})", ())
    elif d.attr == "users":
        gained = [u for u in d.after if u not in d.before]
        lost = [u for u in d.before if u not in d.after]
        what = (
            "; ".join(
                part
                for part in (
                    f"now also used at {', '.join(gained)}" if gained else "",
                    f"no longer used at {', '.join(lost)}" if lost else "",
                )
                if part
            )
            or "its users are listed in another order"
        )
        yield Hit(MOVED, f"enum {d.name}: {what}", ())


def _model_moved(ctx: Context, name: str) -> bool:
    old_name = next((o for o, n in ctx.renamed.items() if n == name), name)
    before = ctx.base.package.models.get(old_name)
    after = ctx.head.package.models.get(name)
    return before is not None and after is not None and before.pointer != after.pointer
