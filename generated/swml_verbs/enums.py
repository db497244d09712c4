# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""Value sets of the spec, one enum class each.

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


class CallStatus(_WireValue):
    """Values of ``CallStatus``."""

    CREATED = "created"
    RINGING = "ringing"
    ANSWERED = "answered"
    ENDED = "ended"


class CallbackEventType(_WireValue):
    """Values of ``status_callback_event_type``, ``recording_status_callback_event_type``."""

    CXML = "cxml"
    LAML = "laml"
    RELAY = "relay"


class Codec(_WireValue):
    """Values of ``codec``."""

    PCMU = "PCMU"
    PCMA = "PCMA"


class ConversationRole(_WireValue):
    """Values of ``ConversationRole``."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"


class Direction(_WireValue):
    """Values of ``Direction``."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Emotion(_WireValue):
    """Values of ``emotion``."""

    HAPPY = "happy"
    SAD = "sad"
    ANGRY = "angry"
    FEARFUL = "fearful"
    DISGUSTED = "disgusted"
    SURPRISED = "surprised"
    NEUTRAL = "neutral"


class EnableTextNormalization(_WireValue):
    """Values of ``enable_text_normalization``."""

    HEARD = "heard"
    SPOKEN = "spoken"
    BOTH = "both"
    TRUE = "true"
    ON = "on"
    FALSE = "false"
    OFF = "off"
    NONE = "none"


class Encryption(_WireValue):
    """Values of ``encryption``."""

    MANDATORY = "mandatory"
    OPTIONAL = "optional"
    FORBIDDEN = "forbidden"


class Format(_WireValue):
    """Values of ``format``."""

    WAV = "wav"
    MP_3 = "mp3"
    MP_4 = "mp4"


class HttpMethod(_WireValue):
    """Values of ``status_callback_method``, ``recording_status_callback_method``, ``status_url_method``."""

    GET = "GET"
    POST = "POST"


class Method(_WireValue):
    """Values of ``method``."""

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    DELETE = "DELETE"


class PomFormat(_WireValue):
    """Values of ``pom_format``."""

    MARKDOWN = "markdown"
    XML = "xml"


class Reason(_WireValue):
    """Values of ``reason``."""

    HANGUP = "hangup"
    BUSY = "busy"
    DECLINE = "decline"


class Record(_WireValue):
    """Values of ``record``."""

    DO_NOT_RECORD = "do-not-record"
    """do not record the conference"""
    RECORD_FROM_START = "record-from-start"
    """begin recording as soon as the conference starts"""


class RecordCallDirection(_WireValue):
    """Values of ``direction``."""

    SPEAK = "speak"
    LISTEN = "listen"
    BOTH = "both"


class RecordDirection(_WireValue):
    """Values of ``direction``."""

    SPEAK = "speak"
    LISTEN = "listen"


class RecordingStatusCallbackEvent(_WireValue):
    """Values of ``recording_status_callback_event``."""

    IN_PROGRESS = "in-progress"
    """recording is currently in progress"""
    COMPLETED = "completed"
    """recording has completed"""
    ABSENT = "absent"
    """no recording was produced"""


class Region(_WireValue):
    """Values of ``region``."""

    GLOBAL = "global"
    US = "us"
    EU = "eu"
    CH = "ch"


class SWAIGNativeFunction(_WireValue):
    """Values of ``SWAIGNativeFunction``."""

    CHECK_TIME = "check_time"
    WAIT_SECONDS = "wait_seconds"
    WAIT_FOR_USER = "wait_for_user"
    ADJUST_RESPONSE_LATENCY = "adjust_response_latency"


class SpeechEngine(_WireValue):
    """Values of ``SpeechEngine``."""

    DEEPGRAM = "deepgram"
    GOOGLE = "google"


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


class StatusUrlMethod(_WireValue):
    """Values of ``status_url_method``."""

    GET = "GET"
    POST = "POST"


class StringFormat(_WireValue):
    """Values of ``StringFormat``."""

    DATE_TIME = "date_time"
    TIME = "time"
    DATE = "date"
    DURATION = "duration"
    EMAIL = "email"
    HOSTNAME = "hostname"
    IPV_4 = "ipv4"
    IPV_6 = "ipv6"
    URI = "uri"
    UUID = "uuid"


class SummaryMode(_WireValue):
    """Values of ``summary_mode``."""

    STRING = "string"
    ORIGINAL = "original"


class TapDirection(_WireValue):
    """Values of ``direction``."""

    SPEAK = "speak"
    LISTEN = "listen"
    BOTH = "both"


class TokenType(_WireValue):
    """Values of ``token_type``."""

    ONE_TIME = "one-time"
    REUSABLE = "reusable"


class Tone(_WireValue):
    """Values of ``tone``."""

    CED = "CED"
    CNG = "CNG"


class Track(_WireValue):
    """Values of ``track``."""

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class TranscribeDirection(_WireValue):
    """Values of ``TranscribeDirection``."""

    REMOTE_CALLER = "remote-caller"
    LOCAL_CALLER = "local-caller"


class TranslateDirection(_WireValue):
    """Values of ``TranslateDirection``."""

    REMOTE_CALLER = "remote-caller"
    LOCAL_CALLER = "local-caller"


class TranslationFilterPreset(_WireValue):
    """Values of ``TranslationFilterPreset``."""

    POLITE = "polite"
    RUDE = "rude"
    PROFESSIONAL = "professional"
    SHAKESPEARE = "shakespeare"
    GEN_Z = "gen-z"


class Trim(_WireValue):
    """Values of ``trim``."""

    TRIM_SILENCE = "trim-silence"
    """remove leading and trailing silence from the recording"""
    DO_NOT_TRIM = "do-not-trim"
    """keep silence in the recording as-is"""


class TtsNumberFormat(_WireValue):
    """Values of ``tts_number_format``."""

    INTERNATIONAL = "international"
    NATIONAL = "national"


class VoiceId(_WireValue):
    """Values of ``voice_id``."""

    TIFFANY = "tiffany"
    MATTHEW = "matthew"
    AMY = "amy"
    LUPE = "lupe"
    CARLOS = "carlos"


__all__ = [
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
    "HttpMethod",
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
