# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""``FunctionResult``: a SWAIG function's result, with the SWAIG-action chaining methods.

Drop-in replacements for the reference SDK's methods of the same names: same keyword names and
defaults, same output for every call both accept, and every value checked against the spec
before anything is recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._checks import (
    _URL_HTTP_HTTPS,
    _E_Beep,
    _E_CallbackEventType,
    _E_HttpMethod,
    _E_Record,
    _E_RecordingStatusCallbackEvent,
    _E_Region,
    _E_StatusCallbackEvent,
    _E_Trim,
    _J_RecordingStatusCallbackEvent,
    _J_StatusCallbackEvent,
    _joined_RecordingStatusCallbackEvent,
    _joined_StatusCallbackEvent,
    _Switch_or_list_of_CondReg_or_CondElse,
    check_AddDynamicHintsAction,
    check_ChangeContextAction,
    check_ChangeStepAction,
    check_ChangeVoiceAction,
    check_ClearDynamicHintsAction,
    check_ContextSwitchAction,
    check_EndOfSpeechTimeoutAction,
    check_ExtensiveDataAction,
    check_FunctionsOnSpeakerTimeoutAction,
    check_HangupAction,
    check_HoldAction,
    check_JoinConferenceStream,
    check_PayParameters,
    check_PayPromptPlayAction,
    check_PayPrompts,
    check_PayPromptSayAction,
    check_PlaybackBGAction,
    check_ReplaceInHistoryAction,
    check_SayAction,
    check_SetGlobalDataAction,
    check_SetMetaDataAction,
    check_SettingsAction,
    check_SpeechEventTimeoutAction,
    check_StopAction,
    check_StopPlaybackBGAction,
    check_SWMLAction,
    check_ToggleFunctionsAction,
    check_UnsetGlobalDataAction,
    check_UnsetMetaDataAction,
    check_UserInputAction,
    check_WaitForUserAction,
)
from swml_verbs._runtime import (
    MISSING,
    Invalid,
    InvalidArgumentError,
    clamped,
    flag_gives,
    helper_action,
    helper_value,
    is_var,
    refused,
    swml_document,
)

if TYPE_CHECKING:
    from swml_verbs.enums import (
        Beep,
        CallbackEventType,
        Codec,
        Format,
        HttpMethod,
        Record,
        RecordCallDirection,
        RecordingStatusCallbackEvent,
        Region,
        StatusCallbackEvent,
        TapDirection,
        TokenType,
        Trim,
    )
    from swml_verbs.models import (
        CondElse,
        CondReg,
        DynamicHint,
        JoinConferenceStream,
        PayParameters,
        PayPromptPlayAction,
        PayPrompts,
        PayPromptSayAction,
        Settings,
        Switch,
        ToggleFunctionsItem,
        UnsetGlobalData,
        UnsetMetaData,
    )
    from swml_verbs.typed import (
        CondElseDict,
        CondRegDict,
        DynamicHintDict,
        JoinConferenceStreamDict,
        PayParametersDict,
        PayPromptPlayActionDict,
        PayPromptSayActionDict,
        PayPromptsDict,
        SettingsDict,
        SwitchDict,
        SwmlVariable,
        ToggleFunctionsItemDict,
        UnsetGlobalDataDict,
        UnsetMetaDataDict,
    )


class FunctionResult:
    """The result of a SWAIG function: a response for the AI, and actions to run on the call."""

    def __init__(
        self,
        response: str | dict[str, Any] | None = None,
        post_process: bool = False,
        tool_result: str | None = None,
        tool_prompt: str | None = None,
    ) -> None:
        """``tool_result`` or ``tool_prompt`` make the response an object of the two (as
        ``set_tool_response``), in place of ``response``."""
        self.response: str | dict[str, Any] = response if response is not None else ""
        self.action: list[dict[str, Any]] = []
        self.post_process = post_process
        if tool_result is not None or tool_prompt is not None:
            self.set_tool_response(tool_result, tool_prompt)

    def __repr__(self) -> str:
        return f"FunctionResult(response={self.response!r}, action={self.action!r}, post_process={self.post_process!r})"

    def set_response(self, response: str) -> FunctionResult:
        """Set the text given back to the AI."""
        self.response = response
        return self

    def set_tool_response(
        self, tool_result: str | None = None, tool_prompt: str | None = None
    ) -> FunctionResult:
        """Give the AI an object for a response: what the tool found (``tool_result``) and how to
        present it (``tool_prompt``); each is left out when None."""
        response: dict[str, Any] = {}
        if tool_result is not None:
            response["tool_result"] = tool_result
        if tool_prompt is not None:
            response["tool_prompt"] = tool_prompt
        self.response = response
        return self

    def set_post_process(self, post_process: bool) -> FunctionResult:
        """True lets the AI take one more turn before the actions run."""
        self.post_process = post_process
        return self

    def add_action(self, name: str, data: Any) -> FunctionResult:
        """Append the action ``{name: data}``."""
        self.action.append({name: data})
        return self

    def add_actions(self, actions: list[dict[str, Any]]) -> FunctionResult:
        """Append several actions, each a ``{name: data}`` mapping."""
        self.action.extend(actions)
        return self

    def execute_swml(
        self, swml_content: str | Mapping[str, Any] | Any, transfer: bool = False
    ) -> FunctionResult:
        """Append a SWML document as an action, checked as the spec's ``SWML`` action.

        Args:
            swml_content: The document: JSON text, a mapping, or an object with ``to_dict()``
                (an ``SWML`` builder).
            transfer: True sends ``"transfer": true`` beside the document, so the call leaves
                the agent (a SWML variable is sent as it is).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: the text is not JSON, or the document or ``transfer`` is
                outside what the spec allows (a ``ValueError``); the result is left unchanged.
            TypeError: ``swml_content`` is none of the three.
        """
        document = swml_document("execute_swml", "swml_content", swml_content)
        self.action.append(
            helper_action(
                "execute_swml",
                check_SWMLAction,
                {},
                (
                    ("swml_content", ("SWML",), document, MISSING),
                    ("transfer", ("transfer",), transfer, False),
                ),
            )
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The SWAIG response: ``response`` and/or ``action``, and ``post_process`` when it matters."""
        result: dict[str, Any] = {}
        if self.response:
            result["response"] = self.response
        if self.action:
            result["action"] = self.action
            if self.post_process:
                result["post_process"] = True
        if not result:
            result["response"] = "Action completed."
        return result

    def to_json(self, **kwargs: Any) -> str:
        """The SWAIG response as JSON text (``kwargs`` go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), **kwargs)

    def join_conference(
        self,
        name: str,
        muted: bool | SwmlVariable = False,
        beep: Beep | Literal["true", "false", "onEnter", "onExit"] = "true",
        start_on_enter: bool | SwmlVariable = True,
        end_on_exit: bool | SwmlVariable = False,
        wait_url: str | SwmlVariable | None = None,
        max_participants: int | SwmlVariable | None = None,
        record: Record | Literal["do-not-record", "record-from-start"] = "do-not-record",
        region: Region | Literal["global", "us", "eu", "ch"] | None = None,
        trim: Trim | Literal["trim-silence", "do-not-trim"] = "trim-silence",
        coach: str | None = None,
        status_callback_event: StatusCallbackEvent
        | Literal[
            "start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"
        ]
        | str
        | Iterable[
            StatusCallbackEvent
            | Literal[
                "start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"
            ]
        ]
        | None = None,
        status_callback: str | None = None,
        status_callback_method: HttpMethod | Literal["GET", "POST"] = "POST",
        recording_status_callback: str | None = None,
        recording_status_callback_method: HttpMethod | Literal["GET", "POST"] = "POST",
        recording_status_callback_event: RecordingStatusCallbackEvent
        | Literal["in-progress", "completed", "absent"]
        | str
        | Iterable[
            RecordingStatusCallbackEvent | Literal["in-progress", "completed", "absent"]
        ] = "completed",
        result: SwitchDict
        | Switch
        | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]
        | None = None,
        *,
        status_callback_event_type: CallbackEventType
        | Literal["cxml", "laml", "relay"]
        | None = None,
        recording_status_callback_event_type: CallbackEventType
        | Literal["cxml", "laml", "relay"]
        | None = None,
        stream: JoinConferenceStreamDict | JoinConferenceStream | None = None,
    ) -> FunctionResult:
        """Join an ad-hoc audio conference started on either the SignalWire or Compatibility API.
        This method allows you to connect the current call to a named conference where multiple participants can communicate simultaneously.

        Options left at their defaults are left out of the SWML; when all of them are, the short form ``{"join_conference": name}`` is emitted.

        Spec: ``#/$defs/JoinConference/properties/join_conference``.

        Args:
            name: Name of conference
            muted: Whether to join the conference in a muted state. If set to `true`, the participant will be muted upon joining. Default `false`.
            beep: Sets the behavior of the beep sound when joining or leaving the conference. Default `"true"`.
            start_on_enter: Starts the conference when the main participant joins. This means the start action will not wait on more participants to join before starting. Default `true`.
            end_on_exit: Ends the conference when the main participant leaves. This means the end action will not wait on more participants to leave before ending. Default `false`.
            wait_url: A URL that will play media when the conference is put on hold. Default hold music will be played if not set
            max_participants: The maximum number of participants allowed in the conference. If the limit is reached, new participants will not be able to join. Default `100000`.
            record: Enables or disables recording of the conference. Default `"do-not-record"`.
            region: Specifies the geographical region where the conference will be hosted. Default not set
            trim: If set to `trim-silence`, it will remove silence from the start of the recording. If set to `do-not-trim`, it will keep the silence. Default `"trim-silence"`.
            coach: Coach accepts a call SID of a call that is currently connected to an in-progress conference.
                Specifying a call SID that does not exist or is no longer connected will result in a failure.
            status_callback_event: Space-separated list of one or more events to send to the status callback URL.
                Possible values: `start`, `end`, `join`, `leave`, `mute`, `hold`, `modify`, `speaker`, `announcement`. Default not set
            status_callback_event_type: The content type used when sending status events to the status callback URL. Default not set
            status_callback: The URL to which status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set
            status_callback_method: The HTTP method to use when sending status events to the status callback URL. Default `"POST"`.
            recording_status_callback: The URL to which recording status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set
            recording_status_callback_method: The HTTP method to use when sending recording status events to the recording status callback URL. Default `"POST"`.
            recording_status_callback_event: Space-separated list of one or more events to send to the recording status callback URL.
                Possible values: `in-progress`, `completed`, `absent`. Default not set
            recording_status_callback_event_type: The content type used when sending recording status events to the recording status callback URL. Default not set
            result: Allows the user to specify a custom action to be executed when the conference result is returned (typically when it has ended).
                The actions can a `switch` object or a `cond` array.
                The `switch` object allows for conditional execution based on the result of the conference, while
                the `cond` array allows for multiple conditions to be checked in sequence.
                If neither is provided, the default action will be to end the conference.

                Keys of ``Switch`` (``SwitchDict``):

                - ``variable`` (required): a string. Name of the variable whose value needs to be
                  compared.
                - ``case`` (required): a JSON object whose values are each a list of SWML methods.
                  Object of key-mapped values to array of SWML methods to execute.
                - ``default`` (optional): a list of SWML methods. Array of SWML methods to execute
                  if no cases match.

                Keys of ``CondReg`` (``CondRegDict``):

                - ``when`` (required): a string. The JavaScript condition to act on.
                - ``then`` (required): a list of SWML methods. Sequence of SWML methods to execute
                  when the condition evaluates to true.
                - ``else`` (optional): a list of SWML methods. Sequence of SWML methods to execute
                  when none of the other conditions evaluate to true.

                Keys of ``CondElse`` (``CondElseDict``):

                - ``else`` (required): a list of SWML methods. Sequence of SWML methods to execute
                  when none of the other conditions evaluate to true.

            stream: Attach a bidirectional WebSocket stream to the conference. Conference audio is streamed to
                the `url`, enabling real-time audio processing, transcription, or AI agents that listen to
                the conference. Uses the same stream schema as the `stream` device type in `connect`.

                Keys of ``JoinConferenceStream`` (``JoinConferenceStreamDict``):

                - ``url`` (required): an absolute URL starting with wss://. Secure WebSocket URL
                  (must start with `wss://`) that the conference audio is streamed to.
                - ``name`` (optional): a string. A friendly name to identify the stream at the
                  WebSocket endpoint.
                - ``codec`` (optional): a string. Audio codec for the streamed audio.
                - ``status_url`` (optional): a string. HTTP or HTTPS URL to which stream status
                  events will be sent.
                - ``status_url_method`` (optional): one of 'GET', 'POST' (or a HttpMethod member).
                  The HTTP method to use when sending stream status events to the status URL.
                - ``realtime`` (optional): True or False or a SWML variable such as '${name}'. When
                  `true`, enables bidirectional audio so your endpoint can stream audio back into
                  the conference (not just ...
                - ``authorization_bearer_token`` (optional): a string. Bearer token sent in the
                  `Authorization` header when the WebSocket connection is opened, ...
                - ``custom_parameters`` (optional): a JSON object whose values are each a string.
                  Custom key-value pairs delivered to your WebSocket endpoint when the stream
                  connects.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        _params: dict[str, Any] = {}
        if not (isinstance(name, str) and name.strip() != ""):
            raise InvalidArgumentError("join_conference", "name", name, "a non-blank string")
        _params["name"] = name
        if muted is not False:
            if not (muted is True or is_var(muted)):
                raise InvalidArgumentError(
                    "join_conference",
                    "muted",
                    muted,
                    "True or False or a SWML variable such as '${name}'",
                )
            _params["muted"] = muted
        if beep != "true":
            if not (isinstance(beep, str) and beep in _E_Beep):
                raise InvalidArgumentError(
                    "join_conference",
                    "beep",
                    beep,
                    "one of 'true', 'false', 'onEnter', 'onExit' (or a Beep member)",
                )
            _params["beep"] = _E_Beep[beep]
        if start_on_enter is not True:
            if not (start_on_enter is False or is_var(start_on_enter)):
                raise InvalidArgumentError(
                    "join_conference",
                    "start_on_enter",
                    start_on_enter,
                    "True or False or a SWML variable such as '${name}'",
                )
            _params["start_on_enter"] = start_on_enter
        if end_on_exit is not False:
            if not (end_on_exit is True or is_var(end_on_exit)):
                raise InvalidArgumentError(
                    "join_conference",
                    "end_on_exit",
                    end_on_exit,
                    "True or False or a SWML variable such as '${name}'",
                )
            _params["end_on_exit"] = end_on_exit
        if wait_url is not None:
            if not (
                (isinstance(wait_url, str) and _URL_HTTP_HTTPS.match(wait_url) is not None)
                or is_var(wait_url)
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "wait_url",
                    wait_url,
                    "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
                )
            _params["wait_url"] = wait_url
        if max_participants is not None:
            if not (
                (type(max_participants) is int and 2 <= max_participants <= 100000)
                or is_var(max_participants)
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "max_participants",
                    max_participants,
                    "an integer from 2 to 100000 or a SWML variable such as '${name}'",
                )
            _params["max_participants"] = max_participants
        if record != "do-not-record":
            if not (isinstance(record, str) and record in _E_Record):
                raise InvalidArgumentError(
                    "join_conference",
                    "record",
                    record,
                    "one of 'do-not-record', 'record-from-start' (or a Record member)",
                )
            _params["record"] = _E_Record[record]
        if region is not None:
            if not (isinstance(region, str) and region in _E_Region):
                raise InvalidArgumentError(
                    "join_conference",
                    "region",
                    region,
                    "one of 'global', 'us', 'eu', 'ch' (or a Region member)",
                )
            _params["region"] = _E_Region[region]
        if trim != "trim-silence":
            if not (isinstance(trim, str) and trim in _E_Trim):
                raise InvalidArgumentError(
                    "join_conference",
                    "trim",
                    trim,
                    "one of 'trim-silence', 'do-not-trim' (or a Trim member)",
                )
            _params["trim"] = _E_Trim[trim]
        if coach is not None:
            if not isinstance(coach, str):
                raise InvalidArgumentError("join_conference", "coach", coach, "a string")
            _params["coach"] = coach
        if status_callback_event is not None:
            try:
                _value = (
                    status_callback_event
                    if type(status_callback_event) is str
                    and (
                        status_callback_event in _E_StatusCallbackEvent
                        or _J_StatusCallbackEvent.match(status_callback_event) is not None
                    )
                    else _joined_StatusCallbackEvent(status_callback_event, "status_callback_event")
                )
            except Invalid as error:
                refused(
                    "join_conference",
                    "status_callback_event",
                    status_callback_event,
                    "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as StatusCallbackEvent members or a string joined by ' '",
                    error,
                )
            _params["status_callback_event"] = _value
        if status_callback_event_type is not None:
            if not (
                isinstance(status_callback_event_type, str)
                and status_callback_event_type in _E_CallbackEventType
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "status_callback_event_type",
                    status_callback_event_type,
                    "one of 'cxml', 'laml', 'relay' (or a CallbackEventType member)",
                )
            _params["status_callback_event_type"] = _E_CallbackEventType[status_callback_event_type]
        if status_callback is not None:
            if not (
                isinstance(status_callback, str)
                and _URL_HTTP_HTTPS.match(status_callback) is not None
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "status_callback",
                    status_callback,
                    "an absolute URL starting with http:// or https://",
                )
            _params["status_callback"] = status_callback
        if status_callback_method != "POST":
            if not (
                isinstance(status_callback_method, str) and status_callback_method in _E_HttpMethod
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "status_callback_method",
                    status_callback_method,
                    "one of 'GET', 'POST' (or a HttpMethod member)",
                )
            _params["status_callback_method"] = _E_HttpMethod[status_callback_method]
        if recording_status_callback is not None:
            if not (
                isinstance(recording_status_callback, str)
                and _URL_HTTP_HTTPS.match(recording_status_callback) is not None
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "recording_status_callback",
                    recording_status_callback,
                    "an absolute URL starting with http:// or https://",
                )
            _params["recording_status_callback"] = recording_status_callback
        if recording_status_callback_method != "POST":
            if not (
                isinstance(recording_status_callback_method, str)
                and recording_status_callback_method in _E_HttpMethod
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "recording_status_callback_method",
                    recording_status_callback_method,
                    "one of 'GET', 'POST' (or a HttpMethod member)",
                )
            _params["recording_status_callback_method"] = _E_HttpMethod[
                recording_status_callback_method
            ]
        if recording_status_callback_event != "completed":
            try:
                _value = (
                    recording_status_callback_event
                    if type(recording_status_callback_event) is str
                    and (
                        recording_status_callback_event in _E_RecordingStatusCallbackEvent
                        or _J_RecordingStatusCallbackEvent.match(recording_status_callback_event)
                        is not None
                    )
                    else _joined_RecordingStatusCallbackEvent(
                        recording_status_callback_event, "recording_status_callback_event"
                    )
                )
            except Invalid as error:
                refused(
                    "join_conference",
                    "recording_status_callback_event",
                    recording_status_callback_event,
                    "one or more of 'in-progress', 'completed', 'absent', as RecordingStatusCallbackEvent members or a string joined by ' '",
                    error,
                )
            if _value != "completed":
                _params["recording_status_callback_event"] = _value
        if recording_status_callback_event_type is not None:
            if not (
                isinstance(recording_status_callback_event_type, str)
                and recording_status_callback_event_type in _E_CallbackEventType
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "recording_status_callback_event_type",
                    recording_status_callback_event_type,
                    "one of 'cxml', 'laml', 'relay' (or a CallbackEventType member)",
                )
            _params["recording_status_callback_event_type"] = _E_CallbackEventType[
                recording_status_callback_event_type
            ]
        if result is not None:
            try:
                _value = _Switch_or_list_of_CondReg_or_CondElse(result, "result")
            except Invalid as error:
                refused(
                    "join_conference",
                    "result",
                    result,
                    "a Switch object or a list of CondReg or CondElse objects",
                    error,
                )
            _params["result"] = _value
        if stream is not None:
            try:
                _value = check_JoinConferenceStream(stream, "stream")
            except Invalid as error:
                refused("join_conference", "stream", stream, "a JoinConferenceStream object", error)
            _params["stream"] = _value
        _payload: Any = _params if len(_params) > 1 else _params["name"]
        self.action.append(
            {"SWML": {"version": "1.0.0", "sections": {"main": [{"join_conference": _payload}]}}}
        )
        return self

    def say(self, text: str) -> FunctionResult:
        """A message to be spoken by the AI agent.

        Spec: ``#/$defs/Output/x-helpers/say``.

        Args:
            text: A message to be spoken by the AI agent.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action("say", check_SayAction, {}, (("text", ("say",), text, MISSING),))
        )
        return self

    def hangup(self) -> FunctionResult:
        """Hang up the call once the agent has finished speaking.

        Spec: ``#/$defs/Output/x-helpers/hangup``.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(helper_action("hangup", check_HangupAction, {"hangup": True}, ()))
        return self

    def stop(self) -> FunctionResult:
        """Stop the agent's conversation.

        Spec: ``#/$defs/Output/x-helpers/stop``.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(helper_action("stop", check_StopAction, {"stop": True}, ()))
        return self

    def swml_change_context(self, context_name: str) -> FunctionResult:
        """Switch the agent to another context of its prompt.

        Spec: ``#/$defs/Output/x-helpers/swml_change_context``.

        Args:
            context_name: The name of the context to switch to. The context must be defined in the AI's prompt.contexts configuration.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "swml_change_context",
                check_ChangeContextAction,
                {},
                (("context_name", ("change_context",), context_name, MISSING),),
            )
        )
        return self

    def swml_change_step(self, step_name: str) -> FunctionResult:
        """Switch the agent to another step of the current context.

        Spec: ``#/$defs/Output/x-helpers/swml_change_step``.

        Args:
            step_name: The name of the step to switch to. The step must be defined in the current context's steps array.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "swml_change_step",
                check_ChangeStepAction,
                {},
                (("step_name", ("change_step",), step_name, MISSING),),
            )
        )
        return self

    def simulate_user_input(self, text: str) -> FunctionResult:
        """Used to inject text into the users queue as if they input the data themselves.

        Spec: ``#/$defs/Output/x-helpers/simulate_user_input``.

        Args:
            text: Used to inject text into the users queue as if they input the data themselves.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "simulate_user_input",
                check_UserInputAction,
                {},
                (("text", ("user_input",), text, MISSING),),
            )
        )
        return self

    def update_global_data(self, data: Mapping[str, Any]) -> FunctionResult:
        """Set keys of the agent's global data (merged into what it holds).

        Spec: ``#/$defs/Output/x-helpers/update_global_data``.

        Args:
            data: A JSON object containing any global data, as a key-value map. This action sets the data in the `global_data` to be globally referenced.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "update_global_data",
                check_SetGlobalDataAction,
                {},
                (("data", ("set_global_data",), data, MISSING),),
            )
        )
        return self

    def set_semantic_state(self, state: Any) -> FunctionResult:
        """Set the agent's semantic state: the global data's semantic_state key (merged into what the global data holds).

        Spec: ``#/$defs/Output/x-helpers/set_semantic_state``.

        Args:
            state: any JSON value

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "set_semantic_state",
                check_SetGlobalDataAction,
                {"set_global_data": {}},
                (("state", ("set_global_data", "semantic_state"), state, MISSING),),
            )
        )
        return self

    def set_metadata(self, data: Mapping[str, Any]) -> FunctionResult:
        """Set keys of the function's metadata (merged into what it holds).

        Spec: ``#/$defs/Output/x-helpers/set_metadata``.

        Args:
            data: A JSON object containing any metadata, as a key-value map. This action sets the data in the `meta_data` to be referenced locally in the function.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "set_metadata",
                check_SetMetaDataAction,
                {},
                (("data", ("set_meta_data",), data, MISSING),),
            )
        )
        return self

    def remove_global_data(
        self, keys: str | UnsetGlobalDataDict | UnsetGlobalData
    ) -> FunctionResult:
        """Remove a key from the agent's global data.

        Spec: ``#/$defs/Output/x-helpers/remove_global_data``.

        Args:
            keys: The key of the global data to unset from the `global_data`. You can also reset the `global_data` by passing in a new object.

                ``UnsetGlobalData`` takes no keys (``{}``).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "remove_global_data",
                check_UnsetGlobalDataAction,
                {},
                (("keys", ("unset_global_data",), keys, MISSING),),
            )
        )
        return self

    def remove_metadata(self, keys: str | UnsetMetaDataDict | UnsetMetaData) -> FunctionResult:
        """Remove a key from the function's metadata.

        Spec: ``#/$defs/Output/x-helpers/remove_metadata``.

        Args:
            keys: The key of the local data to unset from the `meta_data`. You can also reset the `meta_data` by passing in a new object.

                ``UnsetMetaData`` takes no keys (``{}``).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "remove_metadata",
                check_UnsetMetaDataAction,
                {},
                (("keys", ("unset_meta_data",), keys, MISSING),),
            )
        )
        return self

    def toggle_functions(
        self, function_toggles: Sequence[ToggleFunctionsItemDict | ToggleFunctionsItem]
    ) -> FunctionResult:
        """Activate or deactivate SWAIG functions for the rest of the call.

        Spec: ``#/$defs/Output/x-helpers/toggle_functions``.

        Args:
            function_toggles: Whether to toggle the functions on or off.

                Keys of ``ToggleFunctionsItem`` (``ToggleFunctionsItemDict``):

                - ``active`` (required): True or False or a SWML variable such as '${name}'. Whether
                  to activate or deactivate the functions.
                - ``function`` (required): a string or a list of strings. The function names to
                  toggle.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "toggle_functions",
                check_ToggleFunctionsAction,
                {},
                (("function_toggles", ("toggle_functions",), function_toggles, MISSING),),
            )
        )
        return self

    def play_background_file(
        self, filename: str, wait: bool | SwmlVariable = False
    ) -> FunctionResult:
        """Play an audio file in the background of the conversation.

        Spec: ``#/$defs/Output/x-helpers/play_background_file``.

        Args:
            filename: URL or filepath of the audio file to play.
            wait: Whether to wait for the audio file to finish playing before continuing. Default is `false`.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "play_background_file",
                check_PlaybackBGAction,
                {"playback_bg": {}},
                (
                    ("filename", ("playback_bg", "file"), filename, MISSING),
                    ("wait", ("playback_bg", "wait"), wait, False),
                ),
            )
        )
        return self

    def stop_background_file(self) -> FunctionResult:
        """Stop the background audio file.

        Spec: ``#/$defs/Output/x-helpers/stop_background_file``.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "stop_background_file", check_StopPlaybackBGAction, {"stop_playback_bg": True}, ()
            )
        )
        return self

    def switch_context(
        self,
        system_prompt: str | None = None,
        user_prompt: str | None = None,
        consolidate: bool | SwmlVariable = False,
        full_reset: bool | SwmlVariable = False,
    ) -> FunctionResult:
        """Change the agent's instructions mid-call: a new system prompt, a user message, and whether the conversation so far is summarised.

        Spec: ``#/$defs/Output/x-helpers/switch_context``.

        Args:
            system_prompt: The instructions to send to the agent. Default is not set.
            user_prompt: A string serving as simulated user input for the AI Agent.
                During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance.
                Default is not set
            consolidate: Whether to consolidate the context. Default is `false`.
            full_reset: Whether to clear the whole conversation history and start again from the new prompt. Default is `false`.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "switch_context",
                check_ContextSwitchAction,
                {"context_switch": {}},
                (
                    ("system_prompt", ("context_switch", "system_prompt"), system_prompt, None),
                    ("user_prompt", ("context_switch", "user_prompt"), user_prompt, None),
                    ("consolidate", ("context_switch", "consolidate"), consolidate, False),
                    ("full_reset", ("context_switch", "full_reset"), full_reset, False),
                ),
            )
        )
        return self

    def add_dynamic_hints(
        self, hints: Sequence[str | DynamicHintDict | DynamicHint]
    ) -> FunctionResult:
        """Add speech recognition hints for the rest of the call: words or phrases, or pattern objects that map misrecognised speech to the right text.

        Spec: ``#/$defs/Output/x-helpers/add_dynamic_hints``.

        Args:
            hints: Speech recognition hints to add for the rest of the call: words or phrases, or pattern objects that map misrecognised speech to the right text.

                Keys of ``DynamicHint`` (``DynamicHintDict``):

                - ``pattern`` (required): a string. A regular expression matched against the
                  recognised speech.
                - ``replace`` (required): a string. The text that replaces what the pattern matched.
                - ``ignore_case`` (optional): True or False or a SWML variable such as '${name}'.
                  Whether the pattern ignores case.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "add_dynamic_hints",
                check_AddDynamicHintsAction,
                {},
                (("hints", ("add_dynamic_hints",), hints, MISSING),),
            )
        )
        return self

    def clear_dynamic_hints(self) -> FunctionResult:
        """Remove every hint added with add_dynamic_hints.

        Spec: ``#/$defs/Output/x-helpers/clear_dynamic_hints``.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "clear_dynamic_hints",
                check_ClearDynamicHintsAction,
                {"clear_dynamic_hints": {}},
                (),
            )
        )
        return self

    def set_end_of_speech_timeout(self, milliseconds: int | SwmlVariable) -> FunctionResult:
        """Set how many milliseconds of silence after speech end an utterance, from now on.

        Spec: ``#/$defs/Output/x-helpers/set_end_of_speech_timeout``.

        Args:
            milliseconds: The silence, in ms, after an utterance that ends it, from now on (the ai verb's `params.end_of_speech_timeout`: from `250` to `10,000`).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "set_end_of_speech_timeout",
                check_EndOfSpeechTimeoutAction,
                {},
                (("milliseconds", ("end_of_speech_timeout",), milliseconds, MISSING),),
            )
        )
        return self

    def set_speech_event_timeout(self, milliseconds: int | SwmlVariable) -> FunctionResult:
        """Set how many milliseconds after the last speech event recognition is finalised, from now on.

        Spec: ``#/$defs/Output/x-helpers/set_speech_event_timeout``.

        Args:
            milliseconds: How long, in ms, since the last speech event to wait before finalising recognition, from now on (the ai verb's `params.speech_event_timeout`: from `0` to `10,000`).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "set_speech_event_timeout",
                check_SpeechEventTimeoutAction,
                {},
                (("milliseconds", ("speech_event_timeout",), milliseconds, MISSING),),
            )
        )
        return self

    def change_voice(self, voice: str) -> FunctionResult:
        """Change the voice the agent speaks with, from now on.

        Spec: ``#/$defs/Output/x-helpers/change_voice``.

        Args:
            voice: The voice the agent speaks with from now on, as the ai verb's languages name voices (`engine.voice`); not blank.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "change_voice",
                check_ChangeVoiceAction,
                {},
                (("voice", ("change_voice",), voice, MISSING),),
            )
        )
        return self

    def enable_functions_on_timeout(self, enabled: bool = True) -> FunctionResult:
        """Let the agent call functions when the caller's speech times out, or not.

        Spec: ``#/$defs/Output/x-helpers/enable_functions_on_timeout``.

        Args:
            enabled: Whether the agent may call functions when the caller's speech times out.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "enable_functions_on_timeout",
                check_FunctionsOnSpeakerTimeoutAction,
                {},
                (("enabled", ("functions_on_speaker_timeout",), enabled, MISSING),),
            )
        )
        return self

    def enable_extensive_data(self, enabled: bool = True) -> FunctionResult:
        """Send the agent the whole data of function results rather than a summary, or not.

        Spec: ``#/$defs/Output/x-helpers/enable_extensive_data``.

        Args:
            enabled: Whether the agent is sent the whole data of function results rather than a summary.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "enable_extensive_data",
                check_ExtensiveDataAction,
                {},
                (("enabled", ("extensive_data",), enabled, MISSING),),
            )
        )
        return self

    def replace_in_history(self, text: str | bool = True) -> FunctionResult:
        """Remove this function call from the conversation history (true), or replace it with the text given.

        Spec: ``#/$defs/Output/x-helpers/replace_in_history``.

        Args:
            text: How this function call appears in the conversation history: `true` removes the call and its result, a string replaces them with that text as an assistant message.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "replace_in_history",
                check_ReplaceInHistoryAction,
                {},
                (("text", ("replace_in_history",), text, MISSING),),
            )
        )
        return self

    def update_settings(self, settings: SettingsDict | Settings) -> FunctionResult:
        """Change AI settings for the following turns of the conversation.

        Spec: ``#/$defs/Output/x-helpers/update_settings``.

        Args:
            settings: AI settings to change for the following turns of the conversation.

                Keys of ``Settings`` (``SettingsDict``):

                - ``frequency-penalty`` (optional): a number from -2 to 2. Penalise tokens by how
                  often they occurred so far, from -2.0 to 2.0.
                - ``presence-penalty`` (optional): a number from -2 to 2. Penalise tokens that
                  occurred so far, from -2.0 to 2.0.
                - ``max-tokens`` (optional): an integer from 0 to 4096. The most tokens the model
                  may generate in one reply, from 0 to 4096.
                - ``top-p`` (optional): a number from 0 to 1. Nucleus sampling: the probability mass
                  of the tokens considered, from 0.0 to 1.0.
                - ``confidence`` (optional): a number from 0 to 1. The speech-detection confidence
                  that ends an utterance, from 0.0 to 1.0.
                - ``barge-confidence`` (optional): a number from 0 to 1. The confidence the caller's
                  speech needs to interrupt the agent, from 0.0 to 1.0.
                - ``temperature`` (optional): a number from 0 to 2. Randomness of the replies, from
                  0.0 to 2.0 (the platform caps it at 1.5).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "update_settings",
                check_SettingsAction,
                {"settings": {}},
                (("settings", ("settings",), settings, MISSING),),
            )
        )
        return self

    def hold(self, timeout: int | SwmlVariable = 300) -> FunctionResult:
        """Put the caller on hold for a number of seconds (brought into 0 to 900, as the reference does).

        Spec: ``#/$defs/Output/x-helpers/hold``.

        Args:
            timeout: The duration to hold the caller in seconds. Can be a number or an object with timeout property.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "hold",
                check_HoldAction,
                {"hold": {}},
                (("timeout", ("hold", "timeout"), clamped(timeout, 0, 900), MISSING),),
                ("hold", "timeout"),
            )
        )
        return self

    def wait_for_user(
        self, enabled: bool | None = None, timeout: int | None = None, answer_first: bool = False
    ) -> FunctionResult:
        """Make the agent wait for the caller to speak: answer_first, else a timeout, else enabled, else wait.

        Spec: ``#/$defs/Output/x-helpers/wait_for_user``.

        Args:
            enabled: Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
            timeout: Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
            answer_first: Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "wait_for_user",
                check_WaitForUserAction,
                {"wait_for_user": True},
                (
                    ("enabled", ("wait_for_user",), enabled, None),
                    ("timeout", ("wait_for_user",), timeout, None),
                    (
                        "answer_first",
                        ("wait_for_user",),
                        flag_gives(
                            "wait_for_user",
                            "answer_first",
                            answer_first,
                            "answer_first",
                            "True or False",
                        ),
                        False,
                    ),
                ),
            )
        )
        return self

    def connect(
        self, destination: str, final: bool | SwmlVariable = True, from_addr: str | None = None
    ) -> FunctionResult:
        """Connect the call to a phone number or SIP address; with final, the agent's session ends and the call goes to the destination for good.

        Spec: ``#/$defs/Output/x-helpers/connect``.

        Args:
            destination: Destination to dial. Can be:
                - Phone number in E.164 format (e.g., "+15552345678")
                - SIP URI (e.g., "sip:alice@example.com")
                - Resource Address (e.g., "/public/test_room")
                - Queue (e.g., "queue:support")
                - WebSocket stream (e.g., "stream:wss://example.com/audio")
            final: When `true`, ends the AI session and hard-transfers the call to the sibling `SWML` payload. When omitted or `false`, the SWML executes inline and the AI session continues afterward.
            from_addr: The caller ID to use when dialing the number.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "connect",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"connect": {}}]}}},
                (
                    (
                        "destination",
                        ("SWML", "sections", "main", 0, "connect", "to"),
                        destination,
                        MISSING,
                    ),
                    ("final", ("transfer",), final, MISSING),
                    (
                        "from_addr",
                        ("SWML", "sections", "main", 0, "connect", "from"),
                        from_addr,
                        None,
                    ),
                ),
            )
        )
        return self

    def swml_transfer(
        self, dest: str, ai_response: Any, final: bool | SwmlVariable = True
    ) -> FunctionResult:
        """Transfer the call to a SWML section, URL or document, with the text the agent says when the call comes back (set as ai_response before the transfer).

        Spec: ``#/$defs/Output/x-helpers/swml_transfer``.

        Args:
            dest: Specifies where to transfer to. The value can be one of:
                - <section_name> - section in the SWML document to jump to
                - A URL (http or https) - URL to fetch next document from. Sends HTTP POST.
                  Authentication can also be set in the URL in the format of username:password@url.
                - An inline SWML document (as a JSON string)
            ai_response: any JSON value
            final: When `true`, ends the AI session and hard-transfers the call to the sibling `SWML` payload. When omitted or `false`, the SWML executes inline and the AI session continues afterward.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "swml_transfer",
                check_SWMLAction,
                {
                    "SWML": {
                        "version": "1.0.0",
                        "sections": {"main": [{"set": {}}, {"transfer": {}}]},
                    }
                },
                (
                    ("dest", ("SWML", "sections", "main", 1, "transfer", "dest"), dest, MISSING),
                    (
                        "ai_response",
                        ("SWML", "sections", "main", 0, "set", "ai_response"),
                        ai_response,
                        MISSING,
                    ),
                    ("final", ("transfer",), final, MISSING),
                ),
            )
        )
        return self

    def swml_user_event(self, event_data: Mapping[str, Any]) -> FunctionResult:
        """Send an event to the client connected to the call.

        Spec: ``#/$defs/Output/x-helpers/swml_user_event``.

        Args:
            event_data: a JSON object

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "swml_user_event",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"user_event": {}}]}}},
                (
                    (
                        "event_data",
                        ("SWML", "sections", "main", 0, "user_event", "event"),
                        event_data,
                        MISSING,
                    ),
                ),
            )
        )
        return self

    def send_sms(
        self,
        to_number: str,
        from_number: str,
        body: str | None = None,
        media: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        region: str | None = None,
    ) -> FunctionResult:
        """Send an SMS or MMS message (a body, media, or both).

        Spec: ``#/$defs/Output/x-helpers/send_sms``.

        Args:
            to_number: Phone number to send SMS message to in E.164 format.
            from_number: Phone number the SMS message will be sent from in E.164 format.
            body: Required if `media` is not present. The body of the SMS message.
            media: Required if `body` is not present. Array of media URLs to include in the message.
            tags: Array of tags to associate with the message to facilitate log searches.
            region: Region of the world to originate the message from. Chosen based on account preferences or device location if not specified.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "send_sms",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"send_sms": {}}]}}},
                (
                    (
                        "to_number",
                        ("SWML", "sections", "main", 0, "send_sms", "to_number"),
                        to_number,
                        MISSING,
                    ),
                    (
                        "from_number",
                        ("SWML", "sections", "main", 0, "send_sms", "from_number"),
                        from_number,
                        MISSING,
                    ),
                    ("body", ("SWML", "sections", "main", 0, "send_sms", "body"), body, None),
                    ("media", ("SWML", "sections", "main", 0, "send_sms", "media"), media, None),
                    ("tags", ("SWML", "sections", "main", 0, "send_sms", "tags"), tags, None),
                    ("region", ("SWML", "sections", "main", 0, "send_sms", "region"), region, None),
                ),
            )
        )
        return self

    def pay(
        self,
        payment_connector_url: str,
        input_method: Literal["dtmf"] = "dtmf",
        status_url: str | None = None,
        payment_method: Literal["credit-card"] = "credit-card",
        timeout: int | SwmlVariable = 5,
        max_attempts: int | SwmlVariable = 1,
        security_code: bool | SwmlVariable = True,
        postal_code: bool | str = True,
        min_postal_code_length: int | SwmlVariable = 0,
        token_type: TokenType | Literal["one-time", "reusable"] = "reusable",
        charge_amount: str | None = None,
        currency: str = "usd",
        language: str = "en-US",
        voice: str = "woman",
        description: str | None = None,
        valid_card_types: str = "visa mastercard amex",
        parameters: Sequence[PayParametersDict | PayParameters] | None = None,
        prompts: Sequence[PayPromptsDict | PayPrompts] | None = None,
        ai_response: Any = "The payment status is ${pay_result}, do not mention anything else about collecting payment if successful.",
    ) -> FunctionResult:
        """Collect a card payment over the phone through a payment connector, with the text the agent is given about the outcome (set as ai_response before the payment).

        Spec: ``#/$defs/Output/x-helpers/pay``.

        Args:
            payment_connector_url: The URL to make POST requests with all the gathered payment details.
                This URL is used to process the final payment transaction and return the results through the response.

                Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information.
            input_method: The method of how to collect the payment details. Currently only `dtmf` mode is supported.
            status_url: The URL to send requests for each status change during the payment process.

                Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information.
            payment_method: Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported.
            timeout: Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured.
            max_attempts: Number of times the `pay` method will retry to collect payment details.
            security_code: Takes true or false to let pay method know whether to prompt for security code.
            postal_code: Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`.
            min_postal_code_length: The minimum length of the postal code the user must enter.
            token_type: Whether the payment is a one off payment or re-occurring.

                Allowed values:
                - `one-time`
                - `reusable`
            charge_amount: The amount to charge against payment method passed in the request. `Float` value with no currency prefix passed as string.
            currency: Uses the ISO 4217 currency code of the charge amount.
            language: Language to use for prompts being played to the caller by the `pay` method.
            voice: Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information.
            description: Custom description of the payment provided in the request.
            valid_card_types: List of payment cards allowed to use in the requested payment process separated by space.

                Allowed values:
                - `visa`
                - `mastercard`
                - `amex`
                - `maestro`
                - `discover`
                - `jcb`
                - `diners-club`
            parameters: Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs.

                Keys of ``PayParameters`` (``PayParametersDict``):

                - ``name`` (required): a string. The identifier for your custom parameter.
                - ``value`` (required): a string. The value associated with the parameter.

            prompts: Array of prompt objects for customizing the audio prompts during different stages of the payment process.

                Keys of ``PayPrompts`` (``PayPromptsDict``):

                - ``actions`` (required): a list of PayPromptSayAction or PayPromptPlayAction
                  objects. Array of action objects to execute for this prompt.
                - ``for`` (required): a string. The payment step this prompt is for.
                - ``attempts`` (optional): a string. Specifies which payment attempt(s) this prompt
                  applies to.
                - ``card_type`` (optional): a string. Space-seperated list of card types that are
                  allowed to be used for this prompt.
                - ``error_type`` (optional): a string. Space-separated list of error types this
                  prompt applies to.

            ai_response: any JSON value

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "pay",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"set": {}}, {"pay": {}}]}}},
                (
                    (
                        "payment_connector_url",
                        ("SWML", "sections", "main", 1, "pay", "payment_connector_url"),
                        payment_connector_url,
                        MISSING,
                    ),
                    (
                        "input_method",
                        ("SWML", "sections", "main", 1, "pay", "input"),
                        input_method,
                        "dtmf",
                    ),
                    (
                        "status_url",
                        ("SWML", "sections", "main", 1, "pay", "status_url"),
                        status_url,
                        None,
                    ),
                    (
                        "payment_method",
                        ("SWML", "sections", "main", 1, "pay", "payment_method"),
                        payment_method,
                        MISSING,
                    ),
                    ("timeout", ("SWML", "sections", "main", 1, "pay", "timeout"), timeout, 5),
                    (
                        "max_attempts",
                        ("SWML", "sections", "main", 1, "pay", "max_attempts"),
                        max_attempts,
                        1,
                    ),
                    (
                        "security_code",
                        ("SWML", "sections", "main", 1, "pay", "security_code"),
                        security_code,
                        True,
                    ),
                    (
                        "postal_code",
                        ("SWML", "sections", "main", 1, "pay", "postal_code"),
                        postal_code,
                        True,
                    ),
                    (
                        "min_postal_code_length",
                        ("SWML", "sections", "main", 1, "pay", "min_postal_code_length"),
                        min_postal_code_length,
                        0,
                    ),
                    (
                        "token_type",
                        ("SWML", "sections", "main", 1, "pay", "token_type"),
                        token_type,
                        "reusable",
                    ),
                    (
                        "charge_amount",
                        ("SWML", "sections", "main", 1, "pay", "charge_amount"),
                        charge_amount,
                        None,
                    ),
                    (
                        "currency",
                        ("SWML", "sections", "main", 1, "pay", "currency"),
                        currency,
                        "usd",
                    ),
                    (
                        "language",
                        ("SWML", "sections", "main", 1, "pay", "language"),
                        language,
                        "en-US",
                    ),
                    ("voice", ("SWML", "sections", "main", 1, "pay", "voice"), voice, "woman"),
                    (
                        "description",
                        ("SWML", "sections", "main", 1, "pay", "description"),
                        description,
                        None,
                    ),
                    (
                        "valid_card_types",
                        ("SWML", "sections", "main", 1, "pay", "valid_card_types"),
                        valid_card_types,
                        "visa mastercard amex",
                    ),
                    (
                        "parameters",
                        ("SWML", "sections", "main", 1, "pay", "parameters"),
                        parameters,
                        None,
                    ),
                    ("prompts", ("SWML", "sections", "main", 1, "pay", "prompts"), prompts, None),
                    (
                        "ai_response",
                        ("SWML", "sections", "main", 0, "set", "ai_response"),
                        ai_response,
                        MISSING,
                    ),
                ),
            )
        )
        return self

    def record_call(
        self,
        control_id: str | None = None,
        stereo: bool | SwmlVariable = False,
        format: Format | Literal["wav", "mp3", "mp4"] = "wav",
        direction: RecordCallDirection | Literal["speak", "listen", "both"] = "both",
        terminators: str | None = None,
        beep: bool | SwmlVariable = False,
        input_sensitivity: float | SwmlVariable = 44.0,
        initial_timeout: float | SwmlVariable | None = None,
        end_silence_timeout: float | SwmlVariable | None = None,
        max_length: float | SwmlVariable | None = None,
        status_url: str | None = None,
    ) -> FunctionResult:
        """Start recording the call in the background.

        Spec: ``#/$defs/Output/x-helpers/record_call``.

        Args:
            control_id: Identifier for this recording, to use with `stop_call_record`.
            stereo: If `true`, record in stereo.
                Default is `false`.
            format: The format to record in. It can be `wav`, `mp3`, or `mp4`.
                Default is `"wav"`.
            direction: Direction of the audio to record: "speak" for what party says, "listen" for what party hears, "both" for what the party hears and says.
                Default is `"both"`.
            terminators: String of digits that will stop the recording when pressed. Default is `""` (empty).
            beep: Play a beep before recording.
                Default is `false`.
            input_sensitivity: How sensitive the recording voice activity detector is to background noise.
                A larger value is more sensitive. Allowed values from 0.0 to 100.0.
                Default is `44.0`.
            initial_timeout: Time in seconds to wait for the start of speech.
                Default is `0.0` seconds.
            end_silence_timeout: Time in seconds to wait in silence before ending the recording.
                Default is `0.0` seconds.
            max_length: Maximum length of the recording in seconds.
            status_url: http or https URL to deliver record_call status events

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "record_call",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"record_call": {}}]}}},
                (
                    (
                        "control_id",
                        ("SWML", "sections", "main", 0, "record_call", "control_id"),
                        control_id,
                        None,
                    ),
                    (
                        "stereo",
                        ("SWML", "sections", "main", 0, "record_call", "stereo"),
                        stereo,
                        False,
                    ),
                    (
                        "format",
                        ("SWML", "sections", "main", 0, "record_call", "format"),
                        format,
                        "wav",
                    ),
                    (
                        "direction",
                        ("SWML", "sections", "main", 0, "record_call", "direction"),
                        direction,
                        "both",
                    ),
                    (
                        "terminators",
                        ("SWML", "sections", "main", 0, "record_call", "terminators"),
                        terminators,
                        None,
                    ),
                    ("beep", ("SWML", "sections", "main", 0, "record_call", "beep"), beep, False),
                    (
                        "input_sensitivity",
                        ("SWML", "sections", "main", 0, "record_call", "input_sensitivity"),
                        input_sensitivity,
                        44.0,
                    ),
                    (
                        "initial_timeout",
                        ("SWML", "sections", "main", 0, "record_call", "initial_timeout"),
                        initial_timeout,
                        None,
                    ),
                    (
                        "end_silence_timeout",
                        ("SWML", "sections", "main", 0, "record_call", "end_silence_timeout"),
                        end_silence_timeout,
                        None,
                    ),
                    (
                        "max_length",
                        ("SWML", "sections", "main", 0, "record_call", "max_length"),
                        max_length,
                        None,
                    ),
                    (
                        "status_url",
                        ("SWML", "sections", "main", 0, "record_call", "status_url"),
                        status_url,
                        None,
                    ),
                ),
            )
        )
        return self

    def stop_record_call(self, control_id: str | None = None) -> FunctionResult:
        """Stop a background recording (the most recent one without a control_id).

        Spec: ``#/$defs/Output/x-helpers/stop_record_call``.

        Args:
            control_id: Identifier for the recording to stop.
                If not set, the last recording started will be stopped.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "stop_record_call",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"stop_record_call": {}}]}}},
                (
                    (
                        "control_id",
                        ("SWML", "sections", "main", 0, "stop_record_call", "control_id"),
                        control_id,
                        None,
                    ),
                ),
            )
        )
        return self

    def join_room(self, name: str) -> FunctionResult:
        """Join a video room (created if it does not exist).

        Spec: ``#/$defs/Output/x-helpers/join_room``.

        Args:
            name: Name of the room to join. Allowed characters: A-Z, a-z, 0-9, underscore, and hyphen.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "join_room",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"join_room": {}}]}}},
                (("name", ("SWML", "sections", "main", 0, "join_room", "name"), name, MISSING),),
            )
        )
        return self

    def sip_refer(self, to_uri: str) -> FunctionResult:
        """Send a SIP REFER to transfer a SIP call.

        Spec: ``#/$defs/Output/x-helpers/sip_refer``.

        Args:
            to_uri: The SIP URI to send the REFER to.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "sip_refer",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"sip_refer": {}}]}}},
                (
                    (
                        "to_uri",
                        ("SWML", "sections", "main", 0, "sip_refer", "to_uri"),
                        to_uri,
                        MISSING,
                    ),
                ),
            )
        )
        return self

    def tap(
        self,
        uri: str,
        control_id: str | None = None,
        direction: TapDirection | Literal["speak", "listen", "both"] = "both",
        codec: Codec | Literal["PCMU", "PCMA"] = "PCMU",
        rtp_ptime: int | SwmlVariable = 20,
        status_url: str | None = None,
    ) -> FunctionResult:
        """Stream the call's audio to an RTP or WebSocket destination.

        Spec: ``#/$defs/Output/x-helpers/tap``.

        Args:
            uri: Destination of the tap media stream: rtp://IP:port, ws://example.com, or wss://example.com.
            control_id: Identifier for this tap to use with `stop_tap`.
            direction: Direction of the audio to tap:
                    `speak` for what party says,
                    `listen` for what party hears,
                    `both` for what party hears and says.
                    Default is `"speak"`.
            codec: Codec to use for the tap media stream.
                Possible Values: [`PCMU`, `PCMA`]
                Default is `"PCMU"`.
            rtp_ptime: If `uri` is a `rtp://` this will set the packetization time of the media in milliseconds.
                Default is `20` milliseconds.
            status_url: http or https URL to deliver tap status events

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "tap",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"tap": {}}]}}},
                (
                    ("uri", ("SWML", "sections", "main", 0, "tap", "uri"), uri, MISSING),
                    (
                        "control_id",
                        ("SWML", "sections", "main", 0, "tap", "control_id"),
                        control_id,
                        None,
                    ),
                    (
                        "direction",
                        ("SWML", "sections", "main", 0, "tap", "direction"),
                        direction,
                        MISSING,
                    ),
                    ("codec", ("SWML", "sections", "main", 0, "tap", "codec"), codec, "PCMU"),
                    (
                        "rtp_ptime",
                        ("SWML", "sections", "main", 0, "tap", "rtp_ptime"),
                        rtp_ptime,
                        20,
                    ),
                    (
                        "status_url",
                        ("SWML", "sections", "main", 0, "tap", "status_url"),
                        status_url,
                        None,
                    ),
                ),
            )
        )
        return self

    def stop_tap(self, control_id: str | None = None) -> FunctionResult:
        """Stop a tap stream (the most recent one without a control_id).

        Spec: ``#/$defs/Output/x-helpers/stop_tap``.

        Args:
            control_id: ID of the tap to stop.
                If not set, it will shut off the most recent tap session.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "stop_tap",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"stop_tap": {}}]}}},
                (
                    (
                        "control_id",
                        ("SWML", "sections", "main", 0, "stop_tap", "control_id"),
                        control_id,
                        None,
                    ),
                ),
            )
        )
        return self

    def execute_rpc(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        call_id: str | None = None,
        node_id: str | None = None,
    ) -> FunctionResult:
        """Run an RPC command on a call.

        Spec: ``#/$defs/Output/x-helpers/execute_rpc``.

        Args:
            method: The RPC method, such as `dial`, `ai_message` or `ai_unhold`.
            params: The method's parameters.
            call_id: The call the command is for.
            node_id: The node the call is on.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "execute_rpc",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"execute_rpc": {}}]}}},
                (
                    (
                        "method",
                        ("SWML", "sections", "main", 0, "execute_rpc", "method"),
                        method,
                        MISSING,
                    ),
                    (
                        "params",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params"),
                        params,
                        None,
                    ),
                    (
                        "call_id",
                        ("SWML", "sections", "main", 0, "execute_rpc", "call_id"),
                        call_id,
                        None,
                    ),
                    (
                        "node_id",
                        ("SWML", "sections", "main", 0, "execute_rpc", "node_id"),
                        node_id,
                        None,
                    ),
                ),
            )
        )
        return self

    def rpc_dial(
        self, to_number: Any, from_number: Any, dest_swml: Any, device_type: Any = "phone"
    ) -> FunctionResult:
        """Dial out to a phone number and run a SWML document on the new call.

        Spec: ``#/$defs/Output/x-helpers/rpc_dial``.

        Args:
            to_number: any JSON value
            from_number: any JSON value
            dest_swml: any JSON value
            device_type: any JSON value

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "rpc_dial",
                check_SWMLAction,
                {
                    "SWML": {
                        "version": "1.0.0",
                        "sections": {"main": [{"execute_rpc": {"method": "dial"}}]},
                    }
                },
                (
                    (
                        "to_number",
                        (
                            "SWML",
                            "sections",
                            "main",
                            0,
                            "execute_rpc",
                            "params",
                            "devices",
                            "params",
                            "to_number",
                        ),
                        to_number,
                        MISSING,
                    ),
                    (
                        "from_number",
                        (
                            "SWML",
                            "sections",
                            "main",
                            0,
                            "execute_rpc",
                            "params",
                            "devices",
                            "params",
                            "from_number",
                        ),
                        from_number,
                        MISSING,
                    ),
                    (
                        "dest_swml",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params", "dest_swml"),
                        dest_swml,
                        MISSING,
                    ),
                    (
                        "device_type",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params", "devices", "type"),
                        device_type,
                        MISSING,
                    ),
                ),
            )
        )
        return self

    def rpc_ai_message(
        self,
        call_id: str,
        message_text: Any | None = None,
        role: Any = "system",
        global_data: Any | None = None,
    ) -> FunctionResult:
        """Send a message to the agent of another call.

        Spec: ``#/$defs/Output/x-helpers/rpc_ai_message``.

        Args:
            call_id: The call the command is for.
            message_text: any JSON value
            role: any JSON value
            global_data: any JSON value

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "rpc_ai_message",
                check_SWMLAction,
                {
                    "SWML": {
                        "version": "1.0.0",
                        "sections": {"main": [{"execute_rpc": {"method": "ai_message"}}]},
                    }
                },
                (
                    (
                        "call_id",
                        ("SWML", "sections", "main", 0, "execute_rpc", "call_id"),
                        call_id,
                        MISSING,
                    ),
                    (
                        "message_text",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params", "message_text"),
                        message_text,
                        None,
                    ),
                    (
                        "role",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params", "role"),
                        role,
                        MISSING,
                    ),
                    (
                        "global_data",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params", "global_data"),
                        global_data,
                        None,
                    ),
                ),
            )
        )
        return self

    def rpc_ai_global_data(self, call_id: str, data: Any) -> FunctionResult:
        """Set keys of the global data of another call's agent.

        Spec: ``#/$defs/Output/x-helpers/rpc_ai_global_data``.

        Args:
            call_id: The call the command is for.
            data: any JSON value

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "rpc_ai_global_data",
                check_SWMLAction,
                {
                    "SWML": {
                        "version": "1.0.0",
                        "sections": {"main": [{"execute_rpc": {"method": "ai_message"}}]},
                    }
                },
                (
                    (
                        "call_id",
                        ("SWML", "sections", "main", 0, "execute_rpc", "call_id"),
                        call_id,
                        MISSING,
                    ),
                    (
                        "data",
                        ("SWML", "sections", "main", 0, "execute_rpc", "params", "global_data"),
                        data,
                        MISSING,
                    ),
                ),
            )
        )
        return self

    def rpc_ai_unhold(self, call_id: str) -> FunctionResult:
        """Take another call's agent off hold.

        Spec: ``#/$defs/Output/x-helpers/rpc_ai_unhold``.

        Args:
            call_id: The call the command is for.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "rpc_ai_unhold",
                check_SWMLAction,
                {
                    "SWML": {
                        "version": "1.0.0",
                        "sections": {"main": [{"execute_rpc": {"method": "ai_unhold"}}]},
                    }
                },
                (
                    (
                        "call_id",
                        ("SWML", "sections", "main", 0, "execute_rpc", "call_id"),
                        call_id,
                        MISSING,
                    ),
                ),
            )
        )
        return self

    @staticmethod
    def create_payment_prompt(
        for_situation: str,
        actions: Sequence[
            PayPromptSayActionDict
            | PayPromptSayAction
            | PayPromptPlayActionDict
            | PayPromptPlayAction
        ],
        card_type: str | None = None,
        error_type: str | None = None,
    ) -> dict[str, Any]:
        """A prompt of the pay verb for one payment step (pay's prompts).

        Spec: ``#/$defs/Output/x-helpers/create_payment_prompt``.

        Args:
            for_situation: The payment step this prompt is for. See Payment Steps for a list of available steps.

                - `payment-card-number`: Collect the payment card number.
                - `expiration-date`: Collect the payment card expiration date.
                - `security-code`: Collect the payment card security code.
                - `postal-code`: Collect the payment card postal code.
                - `payment-processing`: The step used during the payment processing.
                - `payment-completed`: The step used when the payment is completed.
                - `payment-failed`: The step used when the payment fails.
                - `payment-cancelled`: The step used when the payment is cancelled.
            actions: Array of action objects to execute for this prompt. These actions can either play an audio file or speak a phrase.

                Keys of ``PayPromptSayAction`` (``PayPromptSayActionDict``):

                - ``type`` (required): 'Say'. When the action `type` is `Say`, this value is the
                  text to be spoken; when the type is `Play`, ...
                - ``phrase`` (required): a string. The phrase to speak.

                Keys of ``PayPromptPlayAction`` (``PayPromptPlayActionDict``):

                - ``type`` (required): 'Play'. When the action `type` is `Say`, this value is the
                  text to be spoken; when the type is `Play`, ...
                - ``phrase`` (required): a URL starting with http:// or https://. The URL of the
                  audio file to play.

            card_type: Space-seperated list of card types that are allowed to be used for this prompt.

                Supported card types:
                    - `visa`
                    - `mastercard`
                    - `amex`
                    - `maestro`
                    - `discover`
                    - `optima`
                    - `jcb`
                    - `diners-club`
            error_type: Space-separated list of error types this prompt applies to.

                Available error types:
                    - `timeout` - User input timeout
                    - `invalid-card-number` - Failed card validation
                    - `invalid-card-type` - Unsupported card type
                    - `invalid-date` - Invalid expiration date
                    - `invalid-security-code` - Invalid CVV format
                    - `invalid-postal-code` - Invalid postal code format
                    - `invalid-bank-routing-number` - Invalid bank routing number
                    - `invalid-bank-account-number` - Invalid bank account number
                    - `input-matching-failed` - Input matching failed
                    - `session-in-progress` - Concurrent session attempt
                    - `card-declined` - Payment declined

        Returns:
            The object, checked as a PayPrompts.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``).
        """
        return helper_value(
            "create_payment_prompt",
            (check_PayPrompts,),
            (
                ("for_situation", ("for",), for_situation, MISSING),
                ("actions", ("actions",), actions, MISSING),
                ("card_type", ("card_type",), card_type, None),
                ("error_type", ("error_type",), error_type, None),
            ),
        )

    @staticmethod
    def create_payment_action(
        action_type: Literal["Say"] | Literal["Play"], phrase: str
    ) -> dict[str, Any]:
        """One action of a pay prompt, a phrase to say or an audio URL to play.

        Spec: ``#/$defs/Output/x-helpers/create_payment_action``.

        Args:
            action_type: When the action `type` is `Say`, this value is the text to be spoken; when the type is `Play`, it should be a URL to the audio file.
            phrase: The phrase to speak

        Returns:
            The object, checked as a PayPromptSayAction or PayPromptPlayAction.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``).
        """
        return helper_value(
            "create_payment_action",
            (check_PayPromptSayAction, check_PayPromptPlayAction),
            (
                ("action_type", ("type",), action_type, MISSING),
                ("phrase", ("phrase",), phrase, MISSING),
            ),
        )

    @staticmethod
    def create_payment_parameter(name: str, value: str) -> dict[str, Any]:
        """A custom parameter sent to the payment connector (pay's parameters).

        Spec: ``#/$defs/Output/x-helpers/create_payment_parameter``.

        Args:
            name: The identifier for your custom parameter. This will be the key in the parameters object.
            value: The value associated with the parameter. This will be the value in the parameters object.

        Returns:
            The object, checked as a PayParameters.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``).
        """
        return helper_value(
            "create_payment_parameter",
            (check_PayParameters,),
            (("name", ("name",), name, MISSING), ("value", ("value",), value, MISSING)),
        )
