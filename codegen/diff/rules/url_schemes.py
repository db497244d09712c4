"""``x-url-schemes``: which URL schemes a URI field accepts."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

from ._common import NARROWED, case, place, schemes_judgement

NARROWED_RULE = rule(
    "url-schemes-narrowed",
    BREAKING,
    "A URL field accepts fewer schemes (`x-url-schemes`), or a string field became a URL: "
    "values with the lost schemes are refused.",
    "`x-url-schemes: [https]` on status_callback: `join_conference:status_callback` no longer "
    "accepts http URLs: `status_callback='http://...'` raises InvalidArgumentError.",
)
WIDENED_RULE = rule(
    "url-schemes-widened",
    INFO,
    "A URL field accepts more schemes, or any string.",
    "`x-url-schemes: [http, https, wss]`: `join_conference:wait_url` now also accepts wss URLs.",
)


def _schemes(value: tuple[str, ...] | None) -> str:
    if value is None:
        return "any string"
    if not value:
        return "any absolute URI"
    return " or ".join(f"{s}://" for s in value) + " URLs"


def url_schemes(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or d.type_attr != "url_schemes" or case(d) == "map":
        return
    old, new = d.before, d.after
    if schemes_judgement(old, new) == NARROWED:
        lost = [s for s in old or () if s not in (new or ())]
        example = f": {ctx.where(d)}={lost[0] + '://example.com'!r} is refused" if lost else ""
        yield Hit(
            NARROWED_RULE,
            f"{place(ctx, d)} takes {_schemes(new)} now (was {_schemes(old)}){example}",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(WIDENED_RULE, f"{place(ctx, d)} takes {_schemes(new)} now (was {_schemes(old)})")
