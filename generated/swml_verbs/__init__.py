# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:845b92bbd39a3aa1

"""Typed, validated SWML verbs generated from a machine-readable spec.

``SWML()`` builds a SWML document with one checked chaining method per verb;
``FunctionResult()`` builds a SWAIG function's result; the enums name the value sets. Everything
loads on first use, so importing the package costs almost nothing.
"""

from typing import TYPE_CHECKING, Any

from swml_verbs._runtime import InvalidArgumentError

if TYPE_CHECKING:
    from swml_verbs.enums import (
        Beep,
        CallbackEventType,
        CallStatus,
        Codec,
        ConversationRole,
        Direction,
        Emotion,
        EnableTextNormalization,
        Encryption,
        Format,
        HttpMethod,
        Method,
        PomFormat,
        Reason,
        Record,
        RecordCallDirection,
        RecordDirection,
        RecordingStatusCallbackEvent,
        Region,
        SpeechEngine,
        StatusCallbackEvent,
        StatusUrlMethod,
        StringFormat,
        SummaryMode,
        SWAIGNativeFunction,
        TapDirection,
        TokenType,
        Tone,
        Track,
        TranscribeDirection,
        TranslateDirection,
        TranslationFilterPreset,
        Trim,
        TtsNumberFormat,
        VoiceId,
    )
    from swml_verbs.function_result import FunctionResult
    from swml_verbs.swml import SWML

#: Where each public name lives; modules are imported when a name is first asked for.
_LAZY = {
    "FunctionResult": "function_result",
    "SWML": "swml",
    "Beep": "enums",
    "CallStatus": "enums",
    "CallbackEventType": "enums",
    "Codec": "enums",
    "ConversationRole": "enums",
    "Direction": "enums",
    "Emotion": "enums",
    "EnableTextNormalization": "enums",
    "Encryption": "enums",
    "Format": "enums",
    "HttpMethod": "enums",
    "Method": "enums",
    "PomFormat": "enums",
    "Reason": "enums",
    "Record": "enums",
    "RecordCallDirection": "enums",
    "RecordDirection": "enums",
    "RecordingStatusCallbackEvent": "enums",
    "Region": "enums",
    "SWAIGNativeFunction": "enums",
    "SpeechEngine": "enums",
    "StatusCallbackEvent": "enums",
    "StatusUrlMethod": "enums",
    "StringFormat": "enums",
    "SummaryMode": "enums",
    "TapDirection": "enums",
    "TokenType": "enums",
    "Tone": "enums",
    "Track": "enums",
    "TranscribeDirection": "enums",
    "TranslateDirection": "enums",
    "TranslationFilterPreset": "enums",
    "Trim": "enums",
    "TtsNumberFormat": "enums",
    "VoiceId": "enums",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SWML",
    "Beep",
    "CallStatus",
    "CallbackEventType",
    "Codec",
    "ConversationRole",
    "Direction",
    "Emotion",
    "EnableTextNormalization",
    "Encryption",
    "Format",
    "FunctionResult",
    "HttpMethod",
    "InvalidArgumentError",
    "Method",
    "PomFormat",
    "Reason",
    "Record",
    "RecordCallDirection",
    "RecordDirection",
    "RecordingStatusCallbackEvent",
    "Region",
    "SWAIGNativeFunction",
    "SpeechEngine",
    "StatusCallbackEvent",
    "StatusUrlMethod",
    "StringFormat",
    "SummaryMode",
    "TapDirection",
    "TokenType",
    "Tone",
    "Track",
    "TranscribeDirection",
    "TranslateDirection",
    "TranslationFilterPreset",
    "Trim",
    "TtsNumberFormat",
    "VoiceId",
]
