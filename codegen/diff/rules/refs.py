"""A field now refers to another model, value set or union while the old one stays exported.

Renaming ``x-enum-name`` on one of three users of ``HttpMethod`` gives that field its own enum;
``HttpMethod`` is still generated and exported, the values are the same strings, so every call
still works: info. If the new value set lacks values of the old one, those are refused (the
``enum-value-removed`` rule's finding). A field that now takes another model is compared field by
field with the model it took: equal shapes are info; anything else is reported as unclassified,
as no rule can vouch for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta, model_deltas
from codegen.diff.model import INFO, UNCLASSIFIED, Hit, rule
from codegen.ir import EnumRef

from ._common import place
from .value_sets import VALUE_ADDED, VALUE_REMOVED

ENUM = rule(
    "enum-ref-changed",
    INFO,
    "A field is now typed by another enum while the old one is still exported: calls passing "
    "the old enum's members or plain strings still work.",
    "`x-enum-name: StreamMethod` on join_conference's stream.status_url_method (one of three "
    "users of HttpMethod): `join_conference:stream.status_url_method` is now typed by "
    "StreamMethod; HttpMethod is still exported.",
)
MODEL = rule(
    "model-ref-changed",
    INFO,
    "A field now takes another model of the same shape while the old one is still exported.",
    "`stream` pointed at an equal copy of JoinConferenceStream: `join_conference:stream` now "
    "takes StreamCopy objects, the same fields.",
)


def refs(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.attr != "type.ref":
        return
    old, new = d.before.name, d.after.name
    if old == new or ctx.renamed.get(old) == new:
        return  # a rename: the ``renames`` rule reports it
    kept = (
        f"{old} is still exported"
        if ctx.exported(old, head=True)
        else f"{old} itself is no longer generated (reported on its own)"
    )
    where = place(ctx, d)
    if isinstance(d.before, EnumRef) and old in ctx.base.package.enums:
        before = ctx.base.package.enums[old].values
        after_enum = ctx.head.package.enums.get(new)
        after = after_enum.values if after_enum else ()
        lost = [v for v in before if v not in after]
        gained = [v for v in after if v not in before]
        yield Hit(
            ENUM,
            f"{where} is now typed by {new} instead of {old} (plain strings work as before); "
            f"{kept}",
        )
        if lost:
            yield Hit(
                VALUE_REMOVED,
                f"{where}: {new} lacks {', '.join(map(repr, lost))} of {old}: those values are "
                "refused there now",
                ctx.affects(wire=True),
            )
        if gained:
            yield Hit(
                VALUE_ADDED,
                f"{where}: {new} adds {', '.join(map(repr, gained))} to the values of {old}",
            )
        return
    shown = "another kind of value"
    before_model = ctx.base.package.models.get(old)
    target = ctx.head.package.models.get(new)
    if before_model is not None and target is not None:
        changes = [
            c
            for c in model_deltas(new, before_model, target)
            if c.attr not in ("description", "pointer", "camel-name")
        ]
        if not changes:
            yield Hit(
                MODEL,
                f"{where} now takes {new} objects instead of {old} (the same fields); {kept}",
            )
            return
        differ = sorted({f"{c.member or 'the object'} {c.attr}" for c in changes})
        shown = ", ".join(differ[:4]) + (f" and {len(differ) - 4} more" if len(differ) > 4 else "")
    yield Hit(
        UNCLASSIFIED,
        f"{where} now refers to {new} instead of {old}, which differ ({shown}); no rule judges "
        "one model against another: read the regenerated files",
        ctx.affects(wire=True),
    )


def _exists(ctx: Context, name: str, *, head: bool) -> bool:
    package = (ctx.head if head else ctx.base).package
    return name in package.models or name in package.enums or name in package.aliases
