"""What every kind shares: where a subschema sits, what a kind may ask of the builder, and the
check that a subschema uses only keywords the kind implements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from codegen.errors import SpecProblem
from codegen.ir import EnumDef, Model, Type
from codegen.text import Identifier

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


class Builder(Protocol):
    """What a kind may ask of the builder (``codegen.build.Builder`` is the one there is): the
    types of its parts, names, registration and problems. The kinds depend on this rather than on
    the builder itself, which dispatches to them."""

    @property
    def models(self) -> Mapping[str, Model]:
        """The object models registered so far, by name."""

    @property
    def enums(self) -> Mapping[str, EnumDef]:
        """The value sets registered so far, by name."""

    @property
    def in_progress_models(self) -> set[str]:
        """Pointers of the models being built (a model met again inside itself is referred to
        by name)."""

    def problem(self, pointer: str, message: str, expected: str = "") -> SpecProblem:
        """Record a problem at ``pointer`` and return it."""

    def type_of(
        self, schema: Any, site: Site, inherited: dict[str, Any] | None = None
    ) -> Type | SpecProblem:
        """The IR type of a subschema."""

    def claim(
        self, kind: str, pointer: str, node: Any, preferred: str, qualified: str, explicit: bool
    ) -> Identifier | SpecProblem:
        """The final name of the object or value set at ``pointer``."""

    def add_model(self, model: Model) -> None:
        """Register an object model."""

    def add_enum(self, enum: EnumDef, pointer: str) -> None:
        """Register a value set (a set shared by several properties merges their meanings)."""

    def verbs_of(self, branches: list[Any]) -> tuple[str, ...] | None:
        """The verb names when every branch is a $ref to a verb of SWMLMethod, else None."""


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
