"""The SWML variable pattern (``$defs/SWMLVar``), which every SWML-variable field shares.

Two regexes cannot be compared in general, so the rule tries both on a fixed set of variable
references people write (``${name}``, ``%{name}``, dotted and indexed names): a reference the old
pattern accepts and the new one refuses makes it breaking, with that reference as the example.
When none does, it is still breaking unless the new pattern accepts a probe the old one refused
(then the change is reported as a widening): a pattern that merely differs cannot be proven
harmless.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule
from codegen.ecma import UnsupportedPattern, translate

NARROWED = rule(
    "swml-var-pattern-narrowed",
    BREAKING,
    "The SWML variable pattern changed and refuses a reference it accepted (or cannot be shown "
    "to accept all of them): every field that takes a SWML variable refuses it.",
    "`SWMLVar` pattern from `^[\\$%]\\{.*\\}$` to `^\\$\\{.*\\}$`: `%{flag}` is refused "
    "everywhere a SWML variable is accepted (join_conference:muted, ...).",
)
WIDENED = rule(
    "swml-var-pattern-widened",
    INFO,
    "The SWML variable pattern accepts every probe reference it accepted and more.",
    "`SWMLVar` pattern from `^\\$\\{.*\\}$` to `^[\\$%]\\{.*\\}$`: `%{flag}` is accepted now.",
)

PROBES = (
    "${name}",
    "%{name}",
    "${call.from}",
    "%{vars.flag}",
    "${params.list[0]}",
    "${a_b-c}",
    "${}",
    "%{}",
    "$name",
    "{name}",
)


def _matches(pattern: str | None, probe: str) -> bool:
    if pattern is None:
        return False
    try:
        return re.search(translate(pattern), probe) is not None
    except (UnsupportedPattern, re.error):
        return False


def var_pattern(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "package" or d.attr != "var-pattern":
        return
    lost = [p for p in PROBES if _matches(d.before, p) and not _matches(d.after, p)]
    gained = [p for p in PROBES if _matches(d.after, p) and not _matches(d.before, p)]
    users = list(ctx.verbs_of(d))
    where = f"{len(users)} verbs ({', '.join(users[:4])}{', ...' if len(users) > 4 else ''})"
    change = f"the SWML variable pattern changed from {d.before!r} to {d.after!r}"
    if lost:
        yield Hit(
            NARROWED,
            f"{change}: {', '.join(lost)} {'is' if len(lost) == 1 else 'are'} refused now "
            f"wherever a SWML variable is accepted, in {where}",
            ctx.affects(wire=True),
        )
    elif gained:
        yield Hit(WIDENED, f"{change}: {', '.join(gained)} accepted now, in {where}")
    else:
        yield Hit(
            NARROWED,
            f"{change}; no probe reference tells the two apart, so it may refuse references it "
            f"accepted, in {where}",
            ctx.affects(wire=True),
        )
