"""The intermediate model: what the spec says, in terms of the verb, not of Python syntax.

Names here are already safe identifiers (``Identifier``); spec prose stays ``UntrustedText``
until a template passes it through a literal or docstring filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from codegen.text import Identifier, UntrustedText

if TYPE_CHECKING:
    from codegen.properties import Property


@dataclass(frozen=True)
class EnumMember:
    name: Identifier
    value: str
    description: UntrustedText


@dataclass(frozen=True)
class EnumDef:
    """A value set with a Python enum class; several parameters may share one."""

    name: Identifier
    description: UntrustedText
    members: tuple[EnumMember, ...]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(m.value for m in self.members)


@dataclass(frozen=True)
class Param:
    """One parameter of the chaining method, which is one key of the wire object."""

    wire_name: str
    python_name: Identifier
    camel_name: str
    description: UntrustedText
    required: bool
    prop: Property
    #: The chaining method's default: a call whose value equals it leaves the key out.
    method_default: Any
    #: Where the spec says so (``$ref: SWMLVar``), a ``${var}`` / ``%{var}`` string is accepted too.
    accepts_var: bool


@dataclass(frozen=True)
class Verb:
    wire_name: str
    #: The chaining method's name: the wire name, checked to be an identifier.
    method_name: Identifier
    camel_name: str
    model_name: Identifier
    description: UntrustedText
    params: tuple[Param, ...]
    enums: tuple[EnumDef, ...]
    #: Names of the pydantic models (from datamodel-code-generator) the method validates with.
    models: tuple[Identifier, ...]
    #: The SWML variable pattern (ECMA regex from the spec) when any parameter accepts one.
    var_pattern: str | None

    @property
    def required(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.required)

    @property
    def optional(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.required)
