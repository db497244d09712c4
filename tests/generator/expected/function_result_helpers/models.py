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
from swml_verbs.enums import Direction


class HangupAction(_SpecModel):
    """The ``HangupAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_HangupAction)
    hangup: bool


class Hold(_SpecModel):
    """The ``Hold`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Hold)
    timeout: int | None = Field(default=None)


class HoldAction(_SpecModel):
    """The ``HoldAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_HoldAction)
    hold: int | Hold


class Output(_SpecModel):
    """The ``Output`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Output)
    response: str | None = Field(default=None)
    action: list[SayAction | HangupAction | HoldAction | SWMLAction | WaitAction] | None = Field(
        default=None
    )


class SWMLAction(_SpecModel):
    """The ``SWMLAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLAction)
    __wire_names__: ClassVar[dict[str, str]] = {"swml": "SWML"}
    swml: SWMLObject = Field(alias="SWML")
    transfer: bool | None = Field(default=None)
    """Leave the agent for the document."""


class SWMLObject(_SpecModel):
    """The ``SWMLObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLObject)
    version: Literal["1.0.0"] | None = Field(default=None)
    sections: dict[str, list[dict[str, Any]]]


class SayAction(_SpecModel):
    """The ``SayAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SayAction)
    say: str
    """Text the agent speaks."""


class Tap(_SpecModel):
    """The ``Tap`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Tap)
    uri: str
    """Where the audio goes."""
    direction: Direction | None = Field(default=None)
    rtp_ptime: int | None = Field(default=None)


class WaitAction(_SpecModel):
    """The ``WaitAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_WaitAction)
    wait: bool | int | Literal["answer_first"]


__all__ = [
    "HangupAction",
    "Hold",
    "HoldAction",
    "Output",
    "SWMLAction",
    "SWMLObject",
    "SayAction",
    "Tap",
    "WaitAction",
]
