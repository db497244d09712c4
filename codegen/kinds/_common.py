"""What every kind shares: the check that a subschema uses only keywords the kind implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from codegen.errors import SpecProblem

if TYPE_CHECKING:
    from codegen.build import Builder

#: Upstream definitions the generator knows by name (``$defs/<name>`` in SignalWire's schema).
SWML_VAR = "SWMLVar"
SWML_METHOD = "SWMLMethod"


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def pointer_join(pointer: str, *parts: str | int) -> str:
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/".join([pointer, *escaped])


@dataclass(frozen=True)
class Site:
    """Where a subschema sits: its pointer, and the names a model or value set there would take."""

    pointer: str
    #: A PascalCase name for an object or value set here when the schema gives none.
    hint: str
    #: The qualified fallback when ``hint`` is contested (owner model + property).
    qualified: str


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


def is_var_branch(branch: Any) -> bool:
    """A ``$ref`` to SWMLVar: the "or a SWML variable" branch of a union."""
    return isinstance(branch, dict) and ref_name(str(branch.get("$ref", ""))) == SWML_VAR
