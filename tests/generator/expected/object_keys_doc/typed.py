# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""The spec's objects as ``TypedDict``s, for type checkers: a dict literal passed to a chaining
method is checked key by key, as deep as it goes, by mypy and pyright.

``<Model>Dict`` is an object of the spec with its wire keys (optional ones ``NotRequired``); a
value set is its enum or one of its wire strings; ``SwmlMethod`` is one verb as a one-key dict
(``{"hangup": {...}}``); ``SwmlVariable`` is a SWML variable (``"${name}"``), a plain string.
Wherever a dict of a model is taken, the pydantic model of ``models`` is taken too. An object
that allows other keys is also taken as any mapping: mypy does not read PEP 728's
``extra_items``, so a closed ``TypedDict`` would refuse those keys.

The package's methods import this module only for type checking; importing it costs no more
than ``typing_extensions``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

if TYPE_CHECKING:
    from swml_verbs.enums import Codec
    from swml_verbs.models import (
        Device,
        Dial,
        Header,
        Params,
        PromptSteps,
        PromptText,
        Reset,
        Stream,
        StreamAuth,
    )

#: A SWML variable, ``"${name}"`` or ``"%{name}"``: checked against the spec's pattern at run
#: time. Python's types have no string patterns, so any ``str`` passes the type checkers here.
SwmlVariable: TypeAlias = str


class DeviceDict(TypedDict):
    """The ``Device`` object."""

    to: str
    """Where to dial. A phone number or a SIP URI."""
    k01: NotRequired[str]
    k02: NotRequired[bool]
    """Key 2."""
    k03: NotRequired[int]
    """Key 3, a count"""
    k04: NotRequired[str]
    k05: NotRequired[bool]
    """Key 5."""
    k06: NotRequired[int]
    """Key 6, a count"""
    k07: NotRequired[str]
    k08: NotRequired[bool]
    """Key 8."""
    k09: NotRequired[int]
    """Key 9, a count"""
    k10: NotRequired[str]
    k11: NotRequired[bool]
    """Key 11."""
    k12: NotRequired[int]
    """Key 12, a count"""
    k13: NotRequired[str]
    k14: NotRequired[bool]
    """Key 14."""
    k15: NotRequired[int]
    """Key 15, a count"""
    k16: NotRequired[str]
    k17: NotRequired[bool]
    """Key 17."""
    k18: NotRequired[int]
    """Key 18, a count"""
    k19: NotRequired[str]
    k20: NotRequired[bool]
    """Key 20."""
    k21: NotRequired[int]
    """Key 21, a count"""
    k22: NotRequired[str]


class DialDict(TypedDict):
    """Dial devices."""

    device: DeviceDict | Device
    """The first device."""
    devices: NotRequired[Sequence[DeviceDict | Device]]
    """More devices, tried in order."""
    headers: NotRequired[Mapping[str, HeaderDict | Header]]
    """Headers by name."""
    prompt: NotRequired[PromptTextDict | PromptText | PromptStepsDict | PromptSteps]
    """What the agent is told."""
    stream: NotRequired[StreamDict | Stream]
    params: NotRequired[ParamsDict | Params | Mapping[str, Any]]
    reset: NotRequired[ResetDict | Reset]
    """Clears the settings."""


class HeaderDict(TypedDict):
    """The ``Header`` object."""

    value: str
    """The header's value."""


class ParamsDict(TypedDict):
    """The ``Params`` object.

    It takes other keys too: Any."""

    speed: NotRequired[float]
    """How fast to speak."""


class PromptStepsDict(TypedDict):
    """The ``PromptSteps`` object."""

    temperature: NotRequired[float]
    """Randomness. Higher is more random."""
    steps: Sequence[str]
    """The instructions, one step an item."""


class PromptTextDict(TypedDict):
    """The ``PromptText`` object."""

    temperature: NotRequired[float]
    """Randomness. Higher is more random."""
    text: str
    """The instructions."""


class ResetDict(TypedDict):
    """The ``Reset`` object."""


class SWMLObjectDict(TypedDict):
    """The ``SWMLObject`` object."""

    version: NotRequired[Literal["1.0.0"]]
    sections: Mapping[str, Sequence[SwmlMethod]]


class StreamDict(TypedDict):
    """The ``Stream`` object."""

    url: str
    """Where the audio goes."""
    auth: NotRequired[StreamAuthDict | StreamAuth]
    """How to sign in; its keys are listed by StreamAuth, not here."""
    codec: NotRequired[
        Codec
        | Literal[
            "PCMU",
            "PCMA",
            "G722",
            "L16",
            "OPUS",
            "AMR-WB",
            "G729",
            "SPEEX",
            "iLBC",
            "G726-32",
            "G723",
            "GSM",
        ]
    ]
    """The codec of the audio sent to the WebSocket endpoint, which must be one that the endpoint can decode; the default is the call's own codec."""


class StreamAuthDict(TypedDict):
    """The ``StreamAuth`` object."""

    token: str
    """A bearer token."""


class DialVerb(TypedDict):
    dial: DialDict | Dial


SwmlMethod: TypeAlias = "DialVerb"


__all__ = [
    "DeviceDict",
    "DialDict",
    "DialVerb",
    "HeaderDict",
    "ParamsDict",
    "PromptStepsDict",
    "PromptTextDict",
    "ResetDict",
    "SWMLObjectDict",
    "StreamAuthDict",
    "StreamDict",
    "SwmlMethod",
    "SwmlVariable",
]
