# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Pydantic models of the spec's objects, for callers who want typed values.

Every model validates with the same generated checker as the chaining methods (``_checks``), so
the two cannot disagree; ``model_dump(by_alias=True, exclude_unset=True)`` gives the wire object.
Importing this module imports pydantic; the package loads it only when a model is first used.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import ConfigDict, Field

from swml_verbs import _checks

# Imported under a private name: a model of the spec may be called SpecModel.
from swml_verbs._spec_model import SpecModel as _SpecModel


class Device(_SpecModel):
    """One device to dial."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Device)
    __wire_names__: ClassVar[dict[str, str]] = {
        "a_1": "a1",
        "a_2": "a2",
        "a_3": "a3",
        "a_4": "a4",
        "a_5": "a5",
        "a_6": "a6",
        "a_7": "a7",
        "b_1": "b1",
        "b_2": "b2",
        "b_3": "b3",
        "b_4": "b4",
        "b_5": "b5",
        "b_6": "b6",
        "b_7": "b7",
    }
    a_1: str | None = Field(default=None, alias="a1")
    a_2: str | None = Field(default=None, alias="a2")
    a_3: str | None = Field(default=None, alias="a3")
    a_4: str | None = Field(default=None, alias="a4")
    a_5: str | None = Field(default=None, alias="a5")
    a_6: str | None = Field(default=None, alias="a6")
    a_7: str | None = Field(default=None, alias="a7")
    to: str
    """Where to dial."""
    b_1: int | None = Field(default=None, alias="b1")
    b_2: int | None = Field(default=None, alias="b2")
    b_3: int | None = Field(default=None, alias="b3")
    b_4: int | None = Field(default=None, alias="b4")
    b_5: int | None = Field(default=None, alias="b5")
    b_6: int | None = Field(default=None, alias="b6")
    b_7: bool | None = Field(default=None, alias="b7")


class Dial(_SpecModel):
    """Dial devices in turn."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Dial)
    devices: list[Device]


class SWMLObject(_SpecModel):
    """The ``SWMLObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLObject)
    version: Literal["1.0.0"] | None = Field(default=None)
    sections: dict[str, list[dict[str, Any]]]


__all__ = [
    "Device",
    "Dial",
    "SWMLObject",
]
