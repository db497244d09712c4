# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Pydantic models of the spec's objects, for callers who want typed values.

Every model validates with the same generated checker as the chaining methods (``_checks``), so
the two cannot disagree; ``model_dump(by_alias=True, exclude_unset=True)`` gives the wire object.
Importing this module imports pydantic; the package loads it only when a model is first used.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from swml_verbs import _checks
from swml_verbs._runtime import Invalid
from swml_verbs.enums import Channel, Direction, Format


class _SpecModel(BaseModel):
    """Runs the spec's checker before pydantic reads the fields."""

    __spec_check__: ClassVar[Any]
    #: Attribute name -> wire name, where they differ (``from_`` -> ``from``).
    __wire_names__: ClassVar[dict[str, str]] = {}

    @model_validator(mode="before")
    @classmethod
    def _check_against_the_spec(cls, data: Any) -> Any:
        if isinstance(data, BaseModel):
            data = data.model_dump(mode="json", by_alias=True, exclude_unset=True)
        elif isinstance(data, dict) and cls.__wire_names__:
            # Keywords by attribute name (``Model(from_=...)``) mean their wire keys.
            wire = cls.__wire_names__
            for name in wire.keys() & data.keys():
                if wire[name] in data:
                    raise ValueError(f"{name} and {wire[name]!r} are one field: give one of them")
            data = {wire.get(key, key): value for key, value in data.items()}
        try:
            return cls.__spec_check__(data, cls.__name__)
        except Invalid as error:
            path, value, expected = error.args
            raise ValueError(f"{path}: {value!r} is not allowed; expected {expected}") from None


class Record(_SpecModel):
    """The ``Record`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Record)
    format: Format | None = Field(default=None)
    """The file format; null asks for the account's default."""
    direction: Direction | Literal[None] | None = Field(default=None)
    channel: Channel | str | None = Field(default=None)


class SWMLObject(_SpecModel):
    """The ``SWMLObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLObject)
    version: Literal["1.0.0"] | None = Field(default=None)
    sections: dict[str, list[dict[str, Any]]]


__all__ = [
    "Record",
    "SWMLObject",
]
