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
from swml_verbs.enums import Codec


class Device(_SpecModel):
    """The ``Device`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Device)
    __wire_names__: ClassVar[dict[str, str]] = {
        "k_01": "k01",
        "k_02": "k02",
        "k_03": "k03",
        "k_04": "k04",
        "k_05": "k05",
        "k_06": "k06",
        "k_07": "k07",
        "k_08": "k08",
        "k_09": "k09",
        "k_10": "k10",
        "k_11": "k11",
        "k_12": "k12",
        "k_13": "k13",
        "k_14": "k14",
        "k_15": "k15",
        "k_16": "k16",
        "k_17": "k17",
        "k_18": "k18",
        "k_19": "k19",
        "k_20": "k20",
        "k_21": "k21",
        "k_22": "k22",
    }
    to: str
    """Where to dial. A phone number or a SIP URI."""
    k_01: str | None = Field(default=None, alias="k01")
    k_02: bool | None = Field(default=None, alias="k02")
    """Key 2."""
    k_03: int | None = Field(default=None, alias="k03")
    """Key 3, a count"""
    k_04: str | None = Field(default=None, alias="k04")
    k_05: bool | None = Field(default=None, alias="k05")
    """Key 5."""
    k_06: int | None = Field(default=None, alias="k06")
    """Key 6, a count"""
    k_07: str | None = Field(default=None, alias="k07")
    k_08: bool | None = Field(default=None, alias="k08")
    """Key 8."""
    k_09: int | None = Field(default=None, alias="k09")
    """Key 9, a count"""
    k_10: str | None = Field(default=None, alias="k10")
    k_11: bool | None = Field(default=None, alias="k11")
    """Key 11."""
    k_12: int | None = Field(default=None, alias="k12")
    """Key 12, a count"""
    k_13: str | None = Field(default=None, alias="k13")
    k_14: bool | None = Field(default=None, alias="k14")
    """Key 14."""
    k_15: int | None = Field(default=None, alias="k15")
    """Key 15, a count"""
    k_16: str | None = Field(default=None, alias="k16")
    k_17: bool | None = Field(default=None, alias="k17")
    """Key 17."""
    k_18: int | None = Field(default=None, alias="k18")
    """Key 18, a count"""
    k_19: str | None = Field(default=None, alias="k19")
    k_20: bool | None = Field(default=None, alias="k20")
    """Key 20."""
    k_21: int | None = Field(default=None, alias="k21")
    """Key 21, a count"""
    k_22: str | None = Field(default=None, alias="k22")


class Dial(_SpecModel):
    """Dial devices."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Dial)
    device: Device
    """The first device."""
    devices: list[Device] | None = Field(default=None)
    """More devices, tried in order."""
    headers: dict[str, Header] | None = Field(default=None)
    """Headers by name."""
    prompt: PromptText | PromptSteps | None = Field(default=None)
    """What the agent is told."""
    stream: Stream | None = Field(default=None)
    params: Params | None = Field(default=None)
    reset: Reset | None = Field(default=None)
    """Clears the settings."""


class Header(_SpecModel):
    """The ``Header`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Header)
    value: str
    """The header's value."""


class Params(_SpecModel):
    """The ``Params`` object."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Params)
    speed: int | float | None = Field(default=None)
    """How fast to speak."""


class PromptSteps(_SpecModel):
    """The ``PromptSteps`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PromptSteps)
    temperature: int | float | None = Field(default=None)
    """Randomness. Higher is more random."""
    steps: list[str]
    """The instructions, one step an item."""


class PromptText(_SpecModel):
    """The ``PromptText`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PromptText)
    temperature: int | float | None = Field(default=None)
    """Randomness. Higher is more random."""
    text: str
    """The instructions."""


class Reset(_SpecModel):
    """The ``Reset`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Reset)


class SWMLObject(_SpecModel):
    """The ``SWMLObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLObject)
    version: Literal["1.0.0"] | None = Field(default=None)
    sections: dict[str, list[dict[str, Any]]]


class Stream(_SpecModel):
    """The ``Stream`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Stream)
    url: str
    """Where the audio goes."""
    auth: StreamAuth | None = Field(default=None)
    """How to sign in; its keys are listed by StreamAuth, not here."""
    codec: Codec | None = Field(default=None)
    """The codec of the audio sent to the WebSocket endpoint, which must be one that the endpoint can decode; the default is the call's own codec."""


class StreamAuth(_SpecModel):
    """The ``StreamAuth`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StreamAuth)
    token: str
    """A bearer token."""


__all__ = [
    "Device",
    "Dial",
    "Header",
    "Params",
    "PromptSteps",
    "PromptText",
    "Reset",
    "SWMLObject",
    "Stream",
    "StreamAuth",
]
