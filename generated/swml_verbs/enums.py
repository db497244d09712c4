# Generated from spec/join_conference.yaml by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:be2c8a68b16d9764

"""Value sets of the ``join_conference`` verb, one enum class each.

Members subclass ``str``: a member and its plain string are equal and interchangeable in calls.
"""

from enum import Enum


class _WireValue(str, Enum):
    """A value as sent on the wire; ``str()`` gives the value itself, as on Python 3.11's StrEnum."""

    def __str__(self) -> str:
        return str(self.value)


class Beep(_WireValue):
    """Values of ``beep``."""

    TRUE = "true"
    """beep on both enter and exit"""
    FALSE = "false"
    """no beep"""
    ON_ENTER = "onEnter"
    """beep only when a participant joins"""
    ON_EXIT = "onExit"
    """beep only when a participant leaves"""


class Record(_WireValue):
    """Values of ``record``."""

    DO_NOT_RECORD = "do-not-record"
    """do not record the conference"""
    RECORD_FROM_START = "record-from-start"
    """begin recording as soon as the conference starts"""


class Region(_WireValue):
    """Values of ``region``."""

    GLOBAL = "global"
    US = "us"
    EU = "eu"
    CH = "ch"


class Trim(_WireValue):
    """Values of ``trim``."""

    TRIM_SILENCE = "trim-silence"
    """remove leading and trailing silence from the recording"""
    DO_NOT_TRIM = "do-not-trim"
    """keep silence in the recording as-is"""


class StatusCallbackEvent(_WireValue):
    """Values of ``status_callback_event``."""

    START = "start"
    """conference has started"""
    END = "end"
    """conference has ended"""
    JOIN = "join"
    """a participant joined"""
    LEAVE = "leave"
    """a participant left"""
    MUTE = "mute"
    """a participant was muted or unmuted"""
    HOLD = "hold"
    """a participant was placed on hold or resumed"""
    MODIFY = "modify"
    """conference settings were modified"""
    SPEAKER = "speaker"
    """active speaker changed"""
    ANNOUNCEMENT = "announcement"
    """an announcement was played"""


class HttpMethod(_WireValue):
    """Values of ``status_callback_method``, ``recording_status_callback_method``, ``status_url_method``."""

    GET = "GET"
    """send status callbacks as GET requests"""
    POST = "POST"
    """send status callbacks as POST requests"""


class RecordingStatusCallbackEvent(_WireValue):
    """Values of ``recording_status_callback_event``."""

    IN_PROGRESS = "in-progress"
    """recording is currently in progress"""
    COMPLETED = "completed"
    """recording has completed"""
    ABSENT = "absent"
    """no recording was produced"""


class CallbackEventType(_WireValue):
    """Values of ``status_callback_event_type``, ``recording_status_callback_event_type``."""

    CXML = "cxml"
    LAML = "laml"
    RELAY = "relay"


__all__ = [
    "Beep",
    "CallbackEventType",
    "HttpMethod",
    "Record",
    "RecordingStatusCallbackEvent",
    "Region",
    "StatusCallbackEvent",
    "Trim",
]
