# Generated from spec/join_conference.yaml by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:be2c8a68b16d9764

"""Typed, validated SWML verbs generated from a machine-readable spec.

``FunctionResult().join_conference(...)`` builds the ``join_conference`` action;
the enums name its value sets; the pydantic models describe the wire object and load lazily,
so importing this package does not import pydantic.
"""

from typing import TYPE_CHECKING, Any

from swml_verbs._runtime import InvalidArgumentError
from swml_verbs.enums import (
    Beep,
    CallbackEventType,
    HttpMethod,
    Record,
    RecordingStatusCallbackEvent,
    Region,
    StatusCallbackEvent,
    Trim,
)
from swml_verbs.function_result import FunctionResult

if TYPE_CHECKING:
    from swml_verbs.models import CondElse, CondReg, JoinConference, JoinConferenceStream, Switch

_MODELS = frozenset(
    {
        "JoinConference",
        "Switch",
        "CondReg",
        "CondElse",
        "JoinConferenceStream",
    }
)


def __getattr__(name: str) -> Any:
    if name in _MODELS:
        from swml_verbs import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Beep",
    "CallbackEventType",
    "CondElse",
    "CondReg",
    "FunctionResult",
    "HttpMethod",
    "InvalidArgumentError",
    "JoinConference",
    "JoinConferenceStream",
    "Record",
    "RecordingStatusCallbackEvent",
    "Region",
    "StatusCallbackEvent",
    "Switch",
    "Trim",
]
