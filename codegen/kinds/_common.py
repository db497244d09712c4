"""What every kind shares: the check that a subschema uses only keywords the kind implements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.errors import SpecProblem

if TYPE_CHECKING:
    from codegen.build import Builder, Site

#: Keywords that only annotate or that the builder has already acted on.
IGNORED = frozenset(
    {
        "title",
        "description",
        "examples",
        "default",
        "deprecated",
        "$comment",
        "readOnly",
        "type",
        # Document-level keywords: the root of a spec is also the SWML document's schema.
        "$schema",
        "$id",
        "$defs",
    }
)


def unsupported(
    node: dict[str, Any], site: Site, builder: Builder, supported: frozenset[str], what: str
) -> SpecProblem | None:
    """A problem naming the first keyword of ``node`` outside ``supported`` (None if none)."""
    extra = sorted(
        k for k in node if k not in supported and k not in IGNORED and not k.startswith("x-")
    )
    if not extra:
        return None
    allowed = ", ".join(sorted(supported)) or "no validation keywords"
    return builder.problem(
        f"{site.pointer}/{extra[0]}",
        f"keyword {extra[0]!r} is not supported on {what}",
        f"for {what}: {allowed}",
    )
