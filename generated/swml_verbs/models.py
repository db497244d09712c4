# Generated from spec/join_conference.yaml by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:be2c8a68b16d9764

"""Pydantic models of the ``join_conference`` wire object (datamodel-code-generator)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool
from typing_extensions import TypeAliasType

from swml_verbs.enums import (
    Beep,
    CallbackEventType,
    HttpMethod,
    Record,
    Region,
    Trim,
)


class CondElse(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    else_: Annotated[list[SWMLMethod], Field(alias="else")]
    """
    Sequence of SWML methods to execute when none of the other conditions evaluate to true.
    """


class CondReg(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    when: Annotated[str, Field(examples=["vars.digit == '1'"])]
    """
    The JavaScript condition to act on.
    """
    then: list[SWMLMethod]
    """
    Sequence of SWML methods to execute when the condition evaluates to true.
    """
    else_: Annotated[list[SWMLMethod] | None, Field(alias="else")] = None
    """
    Sequence of SWML methods to execute when none of the other conditions evaluate to true.
    """


class JoinConference(BaseModel):
    """
    Join an ad-hoc audio conference. Conferences support both RELAY and CXML calls with extensive configuration for moderation, recording, and event callbacks.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["my-conference-room"], pattern="\\S")]
    """
    Name of conference
    """
    muted: Annotated[StrictBool | SWMLVar, Field(examples=[False])] = False
    """
    Whether to join the conference in a muted state. If set to `true`, the participant will be muted upon joining. Default `false`.
    """
    beep: Annotated[Beep, Field(examples=["onEnter"])] = Beep.TRUE
    """
    Sets the behavior of the beep sound when joining or leaving the conference. Default `"true"`.
    """
    start_on_enter: Annotated[StrictBool | SWMLVar, Field(examples=[True])] = True
    """
    Starts the conference when the main participant joins. This means the start action will not wait on more participants to join before starting. Default `true`.
    """
    end_on_exit: Annotated[StrictBool | SWMLVar, Field(examples=[False])] = False
    """
    Ends the conference when the main participant leaves. This means the end action will not wait on more participants to leave before ending. Default `false`.
    """
    wait_url: Annotated[
        WaitUrl | SWMLVar | None, Field(examples=["https://example.com/hold-music.mp3"])
    ] = None
    """
    A URL that will play media when the conference is put on hold. Default hold music will be played if not set
    """
    max_participants: Annotated[MaxParticipants | SWMLVar, Field(examples=[50])] = 100000
    """
    The maximum number of participants allowed in the conference. If the limit is reached, new participants will not be able to join. Default `100000`.
    """
    record: Annotated[Record, Field(examples=["record-from-start"])] = Record.DO_NOT_RECORD
    """
    Enables or disables recording of the conference. Default `"do-not-record"`.
    """
    region: Annotated[Region | None, Field(examples=["us"])] = None
    """
    Specifies the geographical region where the conference will be hosted. Default not set
    """
    trim: Annotated[Trim, Field(examples=["trim-silence"])] = Trim.TRIM_SILENCE
    """
    If set to `trim-silence`, it will remove silence from the start of the recording. If set to `do-not-trim`, it will keep the silence. Default `"trim-silence"`.
    """
    coach: Annotated[str | None, Field(examples=["b3877ee3-6f3c-4985-8066-6d24e3f65e12"])] = None
    """
    Coach accepts a call SID of a call that is currently connected to an in-progress conference.
    Specifying a call SID that does not exist or is no longer connected will result in a failure.
    """
    status_callback_event: Annotated[str | None, Field(examples=["join leave"])] = None
    """
    Space-separated list of one or more events to send to the status callback URL.
    Possible values: `start`, `end`, `join`, `leave`, `mute`, `hold`, `modify`, `speaker`, `announcement`. Default not set
    """
    status_callback: Annotated[
        str | None,
        Field(
            examples=["https://example.com/conference-status"], pattern="^https?://[^\\s/?#]\\S*$"
        ),
    ] = None
    """
    The URL to which status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set
    """
    status_callback_method: Annotated[HttpMethod, Field(examples=["POST"])] = HttpMethod.POST
    """
    The HTTP method to use when sending status events to the status callback URL. Default `"POST"`.
    """
    recording_status_callback: Annotated[
        str | None,
        Field(
            examples=["https://example.com/recording-status"], pattern="^https?://[^\\s/?#]\\S*$"
        ),
    ] = None
    """
    The URL to which recording status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set
    """
    recording_status_callback_method: Annotated[HttpMethod, Field(examples=["POST"])] = (
        HttpMethod.POST
    )
    """
    The HTTP method to use when sending recording status events to the recording status callback URL. Default `"POST"`.
    """
    recording_status_callback_event: Annotated[str | None, Field(examples=["completed"])] = None
    """
    Space-separated list of one or more events to send to the recording status callback URL.
    Possible values: `in-progress`, `completed`, `absent`. Default not set
    """
    result: Switch | list[CondReg | CondElse] | None = None
    """
    Allows the user to specify a custom action to be executed when the conference result is returned (typically when it has ended).
    The actions can a `switch` object or a `cond` array.
    The `switch` object allows for conditional execution based on the result of the conference, while
    the `cond` array allows for multiple conditions to be checked in sequence.
    If neither is provided, the default action will be to end the conference.
    """
    status_callback_event_type: Annotated[CallbackEventType | None, Field(examples=["relay"])] = (
        None
    )
    """
    The content type used when sending status events to the status callback URL. Default not set
    """
    recording_status_callback_event_type: Annotated[
        CallbackEventType | None, Field(examples=["relay"])
    ] = None
    """
    The content type used when sending recording status events to the recording status callback URL. Default not set
    """
    stream: JoinConferenceStream | None = None
    """
    Attach a bidirectional WebSocket stream to the conference. Conference audio is streamed to
    the `url`, enabling real-time audio processing, transcription, or AI agents that listen to
    the conference. Uses the same stream schema as the `stream` device type in `connect`.
    """


class JoinConferenceStream(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    url: Annotated[
        str,
        Field(examples=["wss://example.com/conference-audio"], pattern="^(?:wss)://[^\\s/?#]\\S*$"),
    ]
    """
    Secure WebSocket URL (must start with `wss://`) that the conference audio is streamed to. Plain `ws://` is not supported.
    """
    name: Annotated[str | None, Field(examples=["conference-audio"])] = None
    """
    A friendly name to identify the stream at the WebSocket endpoint. Default not set
    """
    codec: Annotated[str | None, Field(examples=["PCMU"])] = None
    """
    Audio codec for the streamed audio. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
    Codec can include rate and ptime modifiers (e.g., `PCMU@40i`, `L16@24000h@40i`). Default not set
    """
    status_url: Annotated[
        str | None,
        Field(
            examples=["https://example.com/stream-status"], pattern="^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"
        ),
    ] = None
    """
    HTTP or HTTPS URL to which stream status events will be sent. Default not set
    """
    status_url_method: Annotated[HttpMethod, Field(examples=["POST"])] = HttpMethod.POST
    """
    The HTTP method to use when sending stream status events to the status URL. Default `"POST"`.
    """
    realtime: Annotated[StrictBool | SWMLVar, Field(examples=[True])] = False
    """
    When `true`, enables bidirectional audio so your endpoint can stream audio back into the conference (not just receive it). Default `false`.
    """
    authorization_bearer_token: Annotated[str | None, Field(examples=["my-secret-token"])] = None
    """
    Bearer token sent in the `Authorization` header when the WebSocket connection is opened, so your endpoint can authenticate the request. Default not set
    """
    custom_parameters: dict[str, str] | None = None
    """
    Custom key-value pairs delivered to your WebSocket endpoint when the stream connects. Use them to pass context such as a session or customer ID. Default not set
    """


MaxParticipants = TypeAliasType(
    "MaxParticipants", Annotated[int, Field(examples=[50], ge=2, le=100000)]
)
"""
The maximum number of participants allowed in the conference. If the limit is reached, new participants will not be able to join. Default `100000`.
"""


SWMLMethod = TypeAliasType("SWMLMethod", Annotated[dict[str, Any], Field(min_length=1)])
"""
One SWML method, such as {'hangup': {}}.
"""


SWMLVar = TypeAliasType(
    "SWMLVar", Annotated[str, Field(pattern="^[\\$%]\\{.*\\}$", title="SWMLVar")]
)
"""
A SWML variable reference for dynamic value substitution at runtime.

Use the `${varname}` or `%{varname}` syntax to reference variables that will be resolved when the SWML is executed.
Variables can be:
- **SignalWire-provided variables**: System variables like `${call.from}`, `${call.to}`, `${call.direction}`, etc.
- **User-defined variables**: Custom variables set via `set_global_data` action or passed in the initial SWML script's `global_data` object.
- **Function return values**: Variables populated from SWAIG function responses.

Example: `${global_data.customer_name}` will be replaced with the value of `customer_name` from the global_data object at runtime.
"""


class Switch(BaseModel):
    """
    Execute different instructions based on a variable's value.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
    )
    variable: Annotated[str, Field(examples=["prompt_result"])]
    """
    Name of the variable whose value needs to be compared.
    """
    case: dict[str, list[SWMLMethod]]
    """
    Object of key-mapped values to array of SWML methods to execute.
    """
    default: list[SWMLMethod] | None = None
    """
    Array of SWML methods to execute if no cases match.
    """


WaitUrl = TypeAliasType(
    "WaitUrl",
    Annotated[
        str,
        Field(examples=["https://example.com/hold-music.mp3"], pattern="^https?://[^\\s/?#]\\S*$"),
    ],
)
"""
A URL that will play media when the conference is put on hold. Default hold music will be played if not set
"""
