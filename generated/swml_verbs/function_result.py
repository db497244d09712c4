# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:480b51968a4f6ecc

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
    check_ChangeContextAction,
    check_ChangeStepAction,
    check_ContextSwitchAction,
    check_HangupAction,
    check_JoinConferenceStream,
    check_PlaybackBGAction,
    check_SayAction,
    check_SetGlobalDataAction,
    check_SetMetaDataAction,
    check_StopAction,
    check_StopPlaybackBGAction,
    check_ToggleFunctionsAction,
    check_UnsetGlobalDataAction,
    check_UnsetMetaDataAction,
    check_UserInputAction,
)
from swml_verbs._runtime import (
    MISSING,
    Invalid,
    InvalidArgumentError,
    helper_action,
    is_var,
    refused,
)

if TYPE_CHECKING:
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
    from swml_verbs.models import (
        CondElse,
        CondReg,
        JoinConferenceStream,
        Switch,
        ToggleFunctionsItem,
        UnsetGlobalData,
        UnsetMetaData,
    )
    from swml_verbs.typed import (
        CondElseDict,
        CondRegDict,
        JoinConferenceStreamDict,
        SwitchDict,
        SwmlVariable,
        ToggleFunctionsItemDict,
        UnsetGlobalDataDict,
        UnsetMetaDataDict,
    )


class FunctionResult:
    """The result of a SWAIG function: a response for the AI, and actions to run on the call."""

    def __init__(
        self, response: str | dict[str, Any] | None = None, post_process: bool = False
    ) -> None:
        self.response: str | dict[str, Any] = response if response is not None else ""
        self.action: list[dict[str, Any]] = []
        self.post_process = post_process

    def __repr__(self) -> str:
        return f"FunctionResult(response={self.response!r}, action={self.action!r}, post_process={self.post_process!r})"

    def set_response(self, response: str) -> FunctionResult:
        """Set the text given back to the AI."""
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
        self, swml_content: str | dict[str, Any] | Any, transfer: bool = False
    ) -> FunctionResult:
        """Append a SWML document as an action: JSON text, a dict, or an object with ``to_dict()``.

        Text that is not JSON is kept as ``{"raw_swml": text}``; ``transfer=True`` adds
        ``"transfer": "true"`` beside the document so the call leaves the agent.
        """
        swml: Any
        if isinstance(swml_content, str):
            try:
                swml = json.loads(swml_content)
            except ValueError:
                swml = {"raw_swml": swml_content}
        elif hasattr(swml_content, "to_dict"):
            swml = swml_content.to_dict()
        elif isinstance(swml_content, dict):
            swml = dict(swml_content)
        else:
            raise TypeError(
                f"swml_content must be a JSON string, a dict or an object with to_dict(), got {type(swml_content).__name__}"
            )
        action: dict[str, Any] = {"SWML": swml}
        if transfer:
            action["transfer"] = "true"
        self.action.append(action)
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
            stream: Attach a bidirectional WebSocket stream to the conference. Conference audio is streamed to
                the `url`, enabling real-time audio processing, transcription, or AI agents that listen to
                the conference. Uses the same stream schema as the `stream` device type in `connect`.

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
            helper_action("say", "say", check_SayAction, (("text", "", text, MISSING),))
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
        self.action.append(helper_action("hangup", "hangup", check_HangupAction, (), True))
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
        self.action.append(helper_action("stop", "stop", check_StopAction, (), True))
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
                "change_context",
                check_ChangeContextAction,
                (("context_name", "", context_name, MISSING),),
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
                "change_step",
                check_ChangeStepAction,
                (("step_name", "", step_name, MISSING),),
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
                "user_input",
                check_UserInputAction,
                (("text", "", text, MISSING),),
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
                "set_global_data",
                check_SetGlobalDataAction,
                (("data", "", data, MISSING),),
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
                "set_meta_data",
                check_SetMetaDataAction,
                (("data", "", data, MISSING),),
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

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "remove_global_data",
                "unset_global_data",
                check_UnsetGlobalDataAction,
                (("keys", "", keys, MISSING),),
            )
        )
        return self

    def remove_metadata(self, keys: str | UnsetMetaDataDict | UnsetMetaData) -> FunctionResult:
        """Remove a key from the function's metadata.

        Spec: ``#/$defs/Output/x-helpers/remove_metadata``.

        Args:
            keys: The key of the local data to unset from the `meta_data`. You can also reset the `meta_data` by passing in a new object.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "remove_metadata",
                "unset_meta_data",
                check_UnsetMetaDataAction,
                (("keys", "", keys, MISSING),),
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

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "toggle_functions",
                "toggle_functions",
                check_ToggleFunctionsAction,
                (("function_toggles", "", function_toggles, MISSING),),
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
                "playback_bg",
                check_PlaybackBGAction,
                (("filename", "file", filename, MISSING), ("wait", "wait", wait, False)),
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
                "stop_background_file", "stop_playback_bg", check_StopPlaybackBGAction, (), True
            )
        )
        return self

    def switch_context(
        self,
        system_prompt: str | None = None,
        user_prompt: str | None = None,
        consolidate: bool | SwmlVariable = False,
    ) -> FunctionResult:
        """Change the agent's instructions mid-call: a new system prompt, a user message, and whether the conversation so far is summarised.

        Spec: ``#/$defs/Output/x-helpers/switch_context``.

        Args:
            system_prompt: The instructions to send to the agent. Default is not set.
            user_prompt: A string serving as simulated user input for the AI Agent.
                During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance.
                Default is not set
            consolidate: Whether to consolidate the context. Default is `false`.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "switch_context",
                "context_switch",
                check_ContextSwitchAction,
                (
                    ("system_prompt", "system_prompt", system_prompt, None),
                    ("user_prompt", "user_prompt", user_prompt, None),
                    ("consolidate", "consolidate", consolidate, False),
                ),
            )
        )
        return self
