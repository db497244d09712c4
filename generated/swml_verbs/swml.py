# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import (
    _URL_HTTP_HTTPS,
    _AIPostPromptText_or_AIPostPromptPom,
    _AIPromptText_or_AIPromptPom,
    _AISidecarObject_hints,
    _AISidecarObject_prompt,
    _AmazonBedrockObject_post_prompt,
    _AmazonBedrockObject_prompt,
    _E_Beep,
    _E_CallbackEventType,
    _E_Codec,
    _E_Format,
    _E_HttpMethod,
    _E_Method,
    _E_Reason,
    _E_Record,
    _E_RecordCallDirection,
    _E_RecordDirection,
    _E_RecordingStatusCallbackEvent,
    _E_Region,
    _E_StatusCallbackEvent,
    _E_StatusUrlMethod,
    _E_TapDirection,
    _E_TokenType,
    _E_Tone,
    _E_Track,
    _E_TranscribeDirection,
    _E_Trim,
    _Execute_result,
    _J_RecordingStatusCallbackEvent,
    _J_StatusCallbackEvent,
    _joined_RecordingStatusCallbackEvent,
    _joined_StatusCallbackEvent,
    _list_of_CondReg_or_CondElse,
    _list_of_Languages,
    _list_of_method,
    _list_of_PayParameters,
    _list_of_PayPrompts,
    _list_of_Pronounce,
    _list_of_str_or_Hint,
    _list_of_str_or_list_of_var,
    _list_of_TranscribeDirection,
    _LiveTranscribe_action,
    _LiveTranslate_action,
    _map_of_any,
    _map_of_list_of_method,
    _map_of_str,
    _PlayWithURL_or_PlayWithURLS,
    _Prompt_play,
    _Sleep_or_int_or_var,
    _SMSWithBody_or_SMSWithMedia,
    _str_or_list_of_str,
    _str_or_map_of_any,
    _Switch_or_list_of_CondReg_or_CondElse,
    _verb_connect,
    check_AIParams,
    check_AISidecarParams,
    check_AISidecarPermissions,
    check_AISidecarSummarizeAction,
    check_AISidecarSWAIG,
    check_BedrockParams,
    check_BedrockSWAIG,
    check_JoinConferenceStream,
    check_Multilingual,
    check_SWAIG,
    check_SWMLObject,
)
from swml_verbs._runtime import (
    Invalid,
    InvalidArgumentError,
    is_number,
    is_var,
    json_copy,
    refused,
    refused_in,
)

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import (
        Beep,
        CallbackEventType,
        CallStatus,
        Codec,
        Encryption,
        Format,
        HttpMethod,
        Method,
        Reason,
        Record,
        RecordCallDirection,
        RecordDirection,
        RecordingStatusCallbackEvent,
        Region,
        StatusCallbackEvent,
        StatusUrlMethod,
        TapDirection,
        TokenType,
        Tone,
        Track,
        TranscribeDirection,
        Trim,
    )
    from swml_verbs.models import (
        SWAIG,
        AIParams,
        AIPostPromptPom,
        AIPostPromptText,
        AIPromptPom,
        AIPromptText,
        AISidecarParams,
        AISidecarPermissions,
        AISidecarPromptFile,
        AISidecarPromptPom,
        AISidecarPromptText,
        AISidecarSummarizeAction,
        AISidecarSWAIG,
        BedrockParams,
        BedrockSWAIG,
        CondElse,
        CondReg,
        ConnectDestination,
        ConnectHeaders,
        ConnectSwitch,
        ExecuteSwitch,
        Hint,
        InjectAction,
        JoinConferenceStream,
        Languages,
        Multilingual,
        OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
        OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
        OmitPropertiesBedrockPromptPomOmittedPromptProps,
        OmitPropertiesBedrockPromptTextOmittedPromptProps,
        PayParameters,
        PayPrompts,
        Pronounce,
        StartAction,
        SummarizeAction,
        Switch,
        TranscribeStartAction,
        TranscribeSummarizeAction,
    )
    from swml_verbs.typed import (
        AIParamsDict,
        AIPostPromptPomDict,
        AIPostPromptTextDict,
        AIPromptPomDict,
        AIPromptTextDict,
        AISidecarParamsDict,
        AISidecarPermissionsDict,
        AISidecarPromptFileDict,
        AISidecarPromptPomDict,
        AISidecarPromptTextDict,
        AISidecarSummarizeActionDict,
        AISidecarSWAIGDict,
        BedrockParamsDict,
        BedrockSWAIGDict,
        CondElseDict,
        CondRegDict,
        CondVerb,
        ConnectDestinationDict,
        ConnectHeadersDict,
        ConnectSwitchDict,
        DenoiseVerb,
        ExecuteSwitchDict,
        HangupVerb,
        HintDict,
        InjectActionDict,
        JoinConferenceStreamDict,
        LanguagesDict,
        MultilingualDict,
        OmitPropertiesBedrockPostPomptTextOmittedPromptPropsDict,
        OmitPropertiesBedrockPostPromptPomOmittedPromptPropsDict,
        OmitPropertiesBedrockPromptPomOmittedPromptPropsDict,
        OmitPropertiesBedrockPromptTextOmittedPromptPropsDict,
        PayParametersDict,
        PayPromptsDict,
        PlayVerb,
        PromptVerb,
        PronounceDict,
        RecordCallVerb,
        RecordVerb,
        SendDigitsVerb,
        SendSmsVerb,
        SetVerb,
        StartActionDict,
        StopDenoiseVerb,
        StopRecordCallVerb,
        StopStreamVerb,
        StopTapVerb,
        StreamVerb,
        SummarizeActionDict,
        SWAIGDict,
        SwitchDict,
        SwmlMethod,
        SwmlVariable,
        TapVerb,
        TranscribeStartActionDict,
        TranscribeSummarizeActionDict,
        UnsetVerb,
    )

__all__ = ["SWML"]


class SWML(DocumentBuilder):
    """A SWML document: named sections of verbs; execution starts at ``main``.

    ``SWML().answer().play(url="say:Hello").hangup().to_dict()`` gives the document; a
    ``FunctionResult`` takes it as is with ``execute_swml``. ``SWML.from_dict``, ``from_json``
    and ``from_yaml`` read a whole document back, checked (``DocumentBuilder``).
    """

    @classmethod
    def _checked_document(cls, document: object) -> dict[str, Any]:
        return check_SWMLObject(document, "")

    def answer(
        self,
        *,
        max_duration: int | SwmlVariable | None = None,
        codecs: str | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> Self:
        """Answer incoming call and set an optional maximum duration.

        Spec: ``#/$defs/Answer/properties/answer``.

        Args:
            max_duration: Maximum duration in seconds for the call. Defaults to `14400` seconds (4 hours).
            codecs: Comma-separated string of codecs to offer. Valid codecs are: PCMU, PCMA, G722, G729, AMR-WB, OPUS, VP8, H264.
            username: Username to use for SIP authentication.
            password: Password to use for SIP authentication.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if max_duration is not None:
            if not (type(max_duration) is int or is_var(max_duration)):
                raise InvalidArgumentError(
                    "answer",
                    "max_duration",
                    max_duration,
                    "an integer or a SWML variable such as '${name}'",
                )
            _arg["max_duration"] = max_duration
        if codecs is not None:
            if not isinstance(codecs, str):
                raise InvalidArgumentError("answer", "codecs", codecs, "a string")
            _arg["codecs"] = codecs
        if username is not None:
            if not isinstance(username, str):
                raise InvalidArgumentError("answer", "username", username, "a string")
            _arg["username"] = username
        if password is not None:
            if not isinstance(password, str):
                raise InvalidArgumentError("answer", "password", password, "a string")
            _arg["password"] = password
        self._section.append({"answer": _arg})
        return self

    def ai(
        self,
        prompt: AIPromptTextDict | AIPromptText | AIPromptPomDict | AIPromptPom,
        *,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str | HintDict | Hint] | None = None,
        languages: Sequence[LanguagesDict | Languages] | None = None,
        multilingual: MultilingualDict | Multilingual | None = None,
        params: AIParamsDict | AIParams | Mapping[str, Any] | None = None,
        post_prompt: AIPostPromptTextDict
        | AIPostPromptText
        | AIPostPromptPomDict
        | AIPostPromptPom
        | None = None,
        post_prompt_url: str | None = None,
        pronounce: Sequence[PronounceDict | Pronounce] | None = None,
        swaig: SWAIGDict | SWAIG | None = None,
    ) -> Self:
        """Creates an AI agent that conducts voice conversations using automatic speech recognition (ASR),
        large language models (LLMs), and text-to-speech (TTS) synthesis.
        The agent processes caller speech in real-time, generates contextually appropriate responses,
        and can execute custom functions to interact with external systems through SignalWire AI Gateway (SWAIG).

        Spec: ``#/$defs/AI/properties/ai``.

        Args:
            global_data: A key-value object for storing data that persists throughout the AI session.
                Can be set initially in the SWML script or modified during the conversation using the set_global_data action.
                The global_data object is accessible everywhere in the AI session: prompts, AI parameters,
                and SWML returned from SWAIG functions. Access properties using template strings (e.g. ${global_data.property_name}).
            hints: Hints help the AI agent understand certain words or phrases better. Words that can commonly be misinterpreted can be added to the hints to help the AI speak more accurately.

                Keys of ``Hint`` (``HintDict``):

                - ``hint`` (required): a string. The hint to match.
                - ``pattern`` (required): a string. A regular expression to match the hint against.
                - ``replace`` (required): a string. The text to replace the hint with.
                - ``ignore_case`` (optional): True or False or a SWML variable such as '${name}'. If
                  true, the hint will be matched in a case-insensitive manner.

            languages: An array of JSON objects defining supported languages in the conversation.
                Mutually exclusive with `multilingual`: if both are set, `multilingual` is used and
                this array is ignored.

                Keys of ``Languages`` (``LanguagesDict``):

                - ``name`` (required): a string. Name of the language (e.g., 'French', 'English').
                - ``code`` (required): a string or a list of strings (at most 3 items). The language
                  code for ASR (Automatic Speech Recognition) purposes.
                - ``voice`` (required): a string. Voice to use for the language.
                - ``listen_language`` (optional): a string or a list of strings. A legacy alias for
                  `code`, kept so that documents written before `code` existed keep working.
                - ``model`` (optional): a string. The model to use for the specified TTS engine.
                - ``auto_emotion`` (optional): True or False. Lets the AI vary its emotion as it
                  speaks.
                - ``auto_speed`` (optional): True or False. Lets the AI vary its speaking speed
                  during the conversation.
                - ``engine`` (optional): a string. The engine to use for the language.
                - ``params`` (optional): a LanguageParams object. TTS engine-specific parameters for
                  this language.
                - ``fillers`` (optional): a list of strings. A deprecated spelling of
                  `function_fillers`, and never used for speech fillers.
                - ``function_fillers`` (optional): a list of strings. An array of strings to be used
                  as fillers in the conversation when calling a `swaig function`.
                - ``speech_fillers`` (optional): a list of strings. An array of strings to be used
                  as fillers in the conversation.
                - ``turn_fillers`` (optional): a list of strings. Short backchannels played while
                  the caller still has the floor and the agent is deliberately waiting, ...
                - ``pronounce`` (optional): a list of Pronounce objects. Pronunciation replacements
                  applied only while this language is active.

            multilingual: Configures a single agent to detect the caller's language and answer in it, switching
                as the caller switches. Use this instead of `languages` when one conversation may span
                several languages. Mutually exclusive with `languages`: if both are set, `multilingual`
                is used and `languages` is ignored.

                Keys of ``Multilingual`` (``MultilingualDict``):

                - ``languages`` (required): a list of MultilingualLanguage objects. An array of
                  voices, one per language the agent speaks.
                - ``allowed`` (optional): a list of strings. Restricts the agent to this set of
                  language codes.
                - ``engine`` (optional): a string. The ASR (Automatic Speech Recognition) engine
                  used to detect the spoken language.
                - ``model`` (optional): a string. The ASR model used to detect the spoken language.
                - ``provider`` (optional): a string. The ASR provider used to detect the spoken
                  language.
                - ``start_language`` (optional): a string. The language the agent opens the
                  conversation in, before the caller has said anything for the ASR engine to detect.
                - ``min_switch_words`` (optional): an integer of at least 1. How many words a caller
                  must say before the agent will switch languages.
                - ``fillers`` (optional): a list of strings or a FunctionFillers object. Fillers
                  used to break silence between turns.
                - ``function_fillers`` (optional): a list of strings or a FunctionFillers object.
                  Fillers used while a SWAIG function runs.
                - ``turn_fillers`` (optional): a list of strings or a TurnFillers object. Short
                  backchannels played while the caller still has the floor and the agent is
                  deliberately waiting, ...

            params: A JSON object containing parameters as key-value pairs.

                Keys of ``AIParams`` (``AIParamsDict``):

                - ``acknowledge_interruptions`` (optional): True or False or a SWML variable such as
                  '${name}'. Instructs the agent to acknowledge crosstalk and confirm user input
                  when the user speaks over the agent.
                - ``ai_model`` (optional): 'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a
                  string. The model to use for the AI.
                - ``ai_name`` (optional): a string. Sets the name the AI agent responds to for
                  wake/activation purposes.
                - ``ai_volume`` (optional): an integer from -50 to 50 or a SWML variable such as
                  '${name}'. Adjust the volume of the AI.
                - ``app_name`` (optional): a string. A custom identifier for the AI application
                  instance.
                - ``asr_smart_format`` (optional): True or False or a SWML variable such as
                  '${name}'. If true, enables smart formatting in ASR (Automatic Speech
                  Recognition).
                - ``attention_timeout`` (optional): an integer from 10000 to 600000 or 0 or a SWML
                  variable such as '${name}'. Amount of time, in ms, to wait before prompting the
                  user to respond.
                - ``attention_timeout_prompt`` (optional): a string. A custom prompt that is fed
                  into the AI when the attention_timeout is reached.
                - ``asr_diarize`` (optional): True or False or a SWML variable such as '${name}'. If
                  true, enables speaker diarization in ASR (Automatic Speech Recognition).
                - ``asr_speaker_affinity`` (optional): True or False or a SWML variable such as
                  '${name}'. If true, will force the AI Agent to only respond to the speaker who
                  reesponds to the AI Agent first.
                - ``audible_debug`` (optional): True or False or a SWML variable such as '${name}'.
                  If `true`, the AI will announce the function that is being executed on the call.
                - ``audible_latency`` (optional): True or False or a SWML variable such as
                  '${name}'. If `true`, the AI will announce latency information during the call.
                - ``background_file`` (optional): a string. URL of audio file to play in the
                  background while AI plays in foreground.
                - ``background_file_loops`` (optional): an integer or None or a SWML variable such
                  as '${name}'. Maximum number of times to loop playing the background file.
                - ``background_file_volume`` (optional): an integer from -50 to 50 or a SWML
                  variable such as '${name}'. Defines background_file volume within a range of `-50`
                  to `50`.
                - ``enable_barge`` (optional): a string or True or False or a SWML variable such as
                  '${name}'. Controls the barge behavior.
                - ``enable_inner_dialog`` (optional): True or False or a SWML variable such as
                  '${name}'. Enables the inner dialog feature, which runs a separate AI process in
                  the background that analyzes the ...
                - ``enable_pause`` (optional): True or False or a SWML variable such as '${name}'.
                  Enables the pause/resume functionality for the AI agent.
                - ``enable_turn_detection`` (optional): True or False or a SWML variable such as
                  '${name}'. Enables intelligent turn detection that monitors partial speech
                  transcripts for sentence-ending punctuation.
                - ``barge_match_string`` (optional): a string. Takes a string, including a regular
                  expression, defining barge behavior.
                - and 79 more, described in ``AIParamsDict``: ``barge_min_words``,
                  ``barge_functions``, ``cache_mode``, ``conscience``, ``convo``,
                  ``conversation_id``, ``conversation_sliding_window``, ``debug_webhook_level``,
                  ``debug_webhook_url``, ``debug``, ``direction``, ``digit_terminators``,
                  ``digit_timeout``, ``end_of_speech_timeout``, ``enable_accounting``,
                  ``enable_thinking``, ``enable_text_normalization``, ``auto_correct``,
                  ``redact_prompt``, ``enable_vision``, ``energy_level``, ``first_word_timeout``,
                  ``function_wait_for_talking``, ``functions_on_no_response``, ``hard_stop_prompt``,
                  ``hard_stop_time``, ``hold_music``, ``hold_on_process``, ``inactivity_timeout``,
                  ``inner_dialog_model``, ``inner_dialog_prompt``, ``inner_dialog_synced``,
                  ``initial_sleep_ms``, ``input_poll_freq``, ``interrupt_on_noise``,
                  ``interrupt_prompt``, ``languages_enabled``, ``local_tz``, ``llm_diarize_aware``,
                  ``max_emotion``, ``max_response_tokens``, ``openai_asr_engine``,
                  ``outbound_attention_timeout``, ``persist_global_data``, ``pom_format``,
                  ``save_conversation``, ``speech_event_timeout``, ``speech_gen_quick_stops``,
                  ``speech_timeout``, ``speak_when_spoken_to``, ``start_paused``,
                  ``static_greeting``, ``static_greeting_no_barge``, ``summary_mode``,
                  ``swaig_allow_settings``, ``swaig_allow_swml``, ``swaig_post_conversation``,
                  ``swaig_set_global_data``, ``swaig_post_swml_vars``, ``thinking_model``,
                  ``utility_model``, ``transparent_barge``, ``transparent_barge_max_time``,
                  ``transfer_summary``, ``turn_detection_timeout``, ``turn_filler_sources``,
                  ``turn_filler_every_n``, ``turn_filler_min_ms``, ``tts_number_format``,
                  ``verbose_logs``, ``video_listening_file``, ``video_idle_file``,
                  ``video_talking_file``, ``vision_model``, ``vad_config``, ``wait_for_user``,
                  ``wake_prefix``, ``eleven_labs_stability``, ``eleven_labs_similarity``.
                - any other key: any JSON value.

            post_prompt: The final set of instructions and configuration settings to send to the agent.

                Keys of ``AIPostPromptText`` and ``AIPostPromptPom`` alike:

                - ``max_tokens`` (optional): an integer from 0 to 4096. Limits the amount of tokens
                  that the AI agent may generate when creating its response.
                - ``temperature`` (optional): a number from 0 to 1.5 or a SWML variable such as
                  '${name}'. Randomness setting.
                - ``top_p`` (optional): a number from 0 to 1 or a SWML variable such as '${name}'.
                  Randomness setting.
                - ``confidence`` (optional): a number from 0 to 1 or a SWML variable such as
                  '${name}'. Threshold to fire a speech-detect event at the end of the utterance.
                - ``presence_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to staying on topic.
                - ``frequency_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to repeating lines.

                ``AIPostPromptText`` (``AIPostPromptTextDict``) also takes:

                - ``text`` (required): a string. The instructions to send to the agent.

                ``AIPostPromptPom`` (``AIPostPromptPomDict``) also takes:

                - ``pom`` (required): a list of items that are each a POM value (at least 1 item).
                  The instructions to send to the agent.

            post_prompt_url: The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password@url`.
            pronounce: An array of JSON objects to clarify the AI's pronunciation of words or expressions.

                Keys of ``Pronounce`` (``PronounceDict``):

                - ``replace`` (required): a string. The expression to replace.
                - ``with`` (required): a string. The phonetic spelling of the expression.
                - ``ignore_case`` (optional): True or False or a SWML variable such as '${name}'.
                  Whether the pronunciation replacement should ignore case.

            prompt: Defines the AI agent's personality, goals, behaviors, and instructions for handling conversations.
                The prompt establishes how the agent should interact with callers, what information it should gather,
                and how it should respond to various scenarios. It is recommended to write prompts using markdown formatting.

                Keys of ``AIPromptText`` and ``AIPromptPom`` alike:

                - ``max_tokens`` (optional): an integer from 0 to 4096. Limits the amount of tokens
                  that the AI agent may generate when creating its response.
                - ``temperature`` (optional): a number from 0 to 1.5 or a SWML variable such as
                  '${name}'. Randomness setting.
                - ``top_p`` (optional): a number from 0 to 1 or a SWML variable such as '${name}'.
                  Randomness setting.
                - ``confidence`` (optional): a number from 0 to 1 or a SWML variable such as
                  '${name}'. Threshold to fire a speech-detect event at the end of the utterance.
                - ``presence_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to staying on topic.
                - ``frequency_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to repeating lines.
                - ``contexts`` (optional): a Contexts object. An object that defines the context
                  steps for the AI.

                ``AIPromptText`` (``AIPromptTextDict``) also takes:

                - ``text`` (required): a string. The instructions to send to the agent.

                ``AIPromptPom`` (``AIPromptPomDict``) also takes:

                - ``pom`` (required): a list of items that are each a POM value (at least 1 item).
                  Prompt Object Model (POM) is a structured data format for composing, organizing,
                  ...

            swaig: An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue.

                Keys of ``SWAIG`` (``SWAIGDict``):

                - ``defaults`` (optional): a SWAIGDefaults object. Default settings for all SWAIG
                  functions.
                - ``mcp_servers`` (optional): a list of MCPServer objects. An array of MCP (Model
                  Context Protocol) servers whose tools and resources are made available to the AI
                  agent.
                - ``native_functions`` (optional): a list of items that are each one of
                  'check_time', 'wait_seconds', 'wait_for_user', ... Prebuilt functions the AI agent
                  is able to call from this list of available native functions.
                - ``includes`` (optional): a list of SWAIGIncludes objects. An array of objects to
                  include remote function signatures.
                - ``functions`` (optional): a list of UserSWAIGFunction or StartUpHookSWAIGFunction
                  or HangUpHookSWAIGFunction or ... An array of JSON objects to define functions
                  that can be executed during the interaction with the AI.
                - ``internal_fillers`` (optional): a SWAIGInternalFiller object. An object
                  containing filler phrases for internal SWAIG functions.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["prompt"] = _AIPromptText_or_AIPromptPom(prompt, "prompt")
        except Invalid as error:
            refused(
                "ai", "prompt", prompt, "an AIPromptText object or an AIPromptPom object", error
            )
        if global_data is not None:
            try:
                _arg["global_data"] = _map_of_any(global_data, "global_data")
            except Invalid as error:
                refused("ai", "global_data", global_data, "a JSON object", error)
        if hints is not None:
            try:
                _arg["hints"] = _list_of_str_or_Hint(hints, "hints")
            except Invalid as error:
                refused(
                    "ai",
                    "hints",
                    hints,
                    "a list of items that are each a string or a Hint object",
                    error,
                )
        if languages is not None:
            try:
                _arg["languages"] = _list_of_Languages(languages, "languages")
            except Invalid as error:
                refused("ai", "languages", languages, "a list of Languages objects", error)
        if multilingual is not None:
            try:
                _arg["multilingual"] = check_Multilingual(multilingual, "multilingual")
            except Invalid as error:
                refused("ai", "multilingual", multilingual, "a Multilingual object", error)
        if params is not None:
            try:
                _arg["params"] = check_AIParams(params, "params")
            except Invalid as error:
                refused("ai", "params", params, "an AIParams object", error)
        if post_prompt is not None:
            try:
                _arg["post_prompt"] = _AIPostPromptText_or_AIPostPromptPom(
                    post_prompt, "post_prompt"
                )
            except Invalid as error:
                refused(
                    "ai",
                    "post_prompt",
                    post_prompt,
                    "an AIPostPromptText object or an AIPostPromptPom object",
                    error,
                )
        if post_prompt_url is not None:
            if not isinstance(post_prompt_url, str):
                raise InvalidArgumentError("ai", "post_prompt_url", post_prompt_url, "a string")
            _arg["post_prompt_url"] = post_prompt_url
        if pronounce is not None:
            try:
                _arg["pronounce"] = _list_of_Pronounce(pronounce, "pronounce")
            except Invalid as error:
                refused("ai", "pronounce", pronounce, "a list of Pronounce objects", error)
        if swaig is not None:
            try:
                _arg["SWAIG"] = check_SWAIG(swaig, "swaig")
            except Invalid as error:
                refused("ai", "swaig", swaig, "a SWAIG object", error)
        self._section.append({"ai": _arg})
        return self

    def ai_sidecar(
        self,
        lang: str | SwmlVariable,
        *,
        prompt: str
        | AISidecarPromptTextDict
        | AISidecarPromptText
        | AISidecarPromptPomDict
        | AISidecarPromptPom
        | AISidecarPromptFileDict
        | AISidecarPromptFile
        | None = None,
        model: Literal["gpt-4o-mini"]
        | Literal["gpt-4.1-mini"]
        | Literal["gpt-4.1-nano"]
        | str
        | None = None,
        direction: Sequence[TranscribeDirection | Literal["remote-caller", "local-caller"]]
        | None = None,
        customer_role: TranscribeDirection | Literal["remote-caller", "local-caller"] | None = None,
        url: str | None = None,
        swaig: AISidecarSWAIGDict | AISidecarSWAIG | None = None,
        permissions: AISidecarPermissionsDict | AISidecarPermissions | None = None,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str] | None = None,
        params: AISidecarParamsDict | AISidecarParams | None = None,
        action: AISidecarSummarizeActionDict | AISidecarSummarizeAction | None = None,
    ) -> Self:
        """Attach a real-time AI observer that listens to a live call and streams agent-facing advice to your application as webhook callbacks.
        The sidecar does not participate in the call; it watches the conversation and produces structured callbacks your application can consume.

        Spec: ``#/$defs/AISidecar/properties/ai_sidecar``.

        Args:
            prompt: The operator prompt that instructs the sidecar how to coach the agent. May be a plain string, a Prompt Object Model (POM), or a server-side file reference.
                SignalWire automatically adds built-in instructions for the sidecar's role, so your prompt only needs to describe the coaching behavior. When omitted, the sidecar uses a minimal default prompt, so setting one is strongly recommended.

                Keys of ``AISidecarPromptText`` (``AISidecarPromptTextDict``):

                - ``text`` (required): a string. The operator prompt as a single block of text.

                Keys of ``AISidecarPromptPom`` (``AISidecarPromptPomDict``):

                - ``pom`` (required): a list of items that are each a POM value (at least 1 item).
                  The operator prompt as a Prompt Object Model (POM) — a structured array of
                  sections that SignalWire renders into a ...

                Keys of ``AISidecarPromptFile`` (``AISidecarPromptFileDict``):

                - ``file`` (required): a string. Path to a server-side file whose contents are used
                  as the operator prompt.

            lang: The conversation language as a single BCP-47 tag. Sets the speech recognition language and is shared with the model as a hint.
            model: The model used for the sidecar's advice and its end-of-call summaries. Suggested values: `gpt-4o-mini`, `gpt-4.1-mini`, `gpt-4.1-nano`. **Default:** `gpt-4o-mini`.
            direction: The call legs to observe. Both legs are required — a single-leg value is rejected. When omitted, both legs are observed. **Default:** both legs (`remote-caller` and `local-caller`).
            customer_role: Which leg is the customer, used as the turn-end trigger source. **Default:** `remote-caller`.
            url: The webhook URL the sidecar POSTs its callbacks to. Receives both transcription events and sidecar callbacks.
                When unset, callbacks are published only on the relay topic and no webhook POST is made.
                Basic auth can be embedded in the URL in the format `username:password@url`.
            swaig: SWAIG functions and MCP servers available to the sidecar.

                Keys of ``AISidecarSWAIG`` (``AISidecarSWAIGDict``):

                - ``defaults`` (optional): an AISidecarSWAIGDefaults object. Default settings
                  applied to all functions that do not override them.
                - ``functions`` (optional): a list of AISidecarSWAIGFunction objects. An array of
                  functions the model can call during the conversation.
                - ``mcp_servers`` (optional): a list of MCPServer objects. An array of MCP (Model
                  Context Protocol) servers whose tools and resources are made available to the
                  model.

            permissions: SWAIG permission overrides. Defaults to all permissions enabled.

                Keys of ``AISidecarPermissions`` (``AISidecarPermissionsDict``):

                - ``swaig_allow_swml`` (optional): True or False or a SWML variable such as
                  '${name}'. Whether SWAIG tools may run SWML on the call.
                - ``swaig_allow_settings`` (optional): True or False or a SWML variable such as
                  '${name}'. Whether SWAIG tools may change the sidecar's settings, such as the
                  model.
                - ``swaig_set_global_data`` (optional): True or False or a SWML variable such as
                  '${name}'. Whether SWAIG tools may set the sidecar's global data.

            global_data: A key-value object of data that is available throughout the sidecar session. You can reference it in the prompt with variable expansion, and it is included in the requests sent to your tools.
                It also persists across sessions on the same call leg.
            hints: Hints that improve speech recognition of specific terms, such as product names, competitor names, jargon, or customer names. Strongly recommended.
            params: Tuning options for the sidecar.

                Keys of ``AISidecarParams`` (``AISidecarParamsDict``):

                - ``idle_timeout_ms`` (optional): an integer from 50 to 5000 or a SWML variable such
                  as '${name}'. How long the customer can be silent, in milliseconds, after they
                  finish speaking before the sidecar evaluates the ...
                - ``min_interval_ms`` (optional): an integer from 0 to 60000 or a SWML variable such
                  as '${name}'. The minimum time, in milliseconds, between evaluations — a throttle
                  that limits how often the sidecar runs on a ...
                - ``max_iters_per_tick`` (optional): an integer from 1 to 20 or a SWML variable such
                  as '${name}'. The maximum number of tool calls the sidecar will chain within a
                  single evaluation before it must produce its advice.
                - ``max_history_tokens`` (optional): an integer from 1000 to 200000 or a SWML
                  variable such as '${name}'. The token budget for the sidecar's running
                  conversation history.
                - ``act_on_channel`` (optional): True or False or a SWML variable such as '${name}'.
                  Whether actions returned by your tools (such as transferring or hanging up the
                  call) take effect on the call, ...
                - ``final_summary`` (optional): True or False or a SWML variable such as '${name}'.
                  Whether to generate a closing summary of the sidecar's session when the call ends.
                - ``ai_summary`` (optional): True or False or a SWML variable such as '${name}'.
                  Whether to generate an end-of-call summary of the conversation itself, ...
                - ``ai_summary_prompt`` (optional): a string. A custom prompt for the end-of-call
                  conversation summary.
                - ``summary_model`` (optional): 'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or
                  a string. The model used for the end-of-call conversation summary, distinct from
                  `model` (the sidecar's own model).
                - ``live_events`` (optional): True or False or a SWML variable such as '${name}'.
                  Whether to emit a callback for each utterance the speech recognizer produces.
                - ``verbose_utterances`` (optional): True or False or a SWML variable such as
                  '${name}'. Whether each utterance callback includes full speech-recognition
                  detail, such as word timings and alternatives.
                - ``speech_engine`` (optional): one of 'deepgram', 'google' (or a SpeechEngine
                  member). The speech recognition engine to use.
                - ``speech_timeout`` (optional): an integer from 0 to 600000 or a SWML variable such
                  as '${name}'. How long, in milliseconds, the recognizer waits before finalizing
                  speech.
                - ``vad_silence_ms`` (optional): an integer from 0 to 60000 or a SWML variable such
                  as '${name}'. The amount of silence, in milliseconds, used to detect the end of
                  speech.
                - ``vad_thresh`` (optional): an integer from 0 to 10000 or a SWML variable such as
                  '${name}'. How sensitively the recognizer detects speech.
                - ``debug_level`` (optional): an integer from 0 to 100 or a SWML variable such as
                  '${name}'. Speech-engine debug verbosity.
                - ``debug`` (optional): True or False or a SWML variable such as '${name}'. Whether
                  to enable verbose logging for the sidecar.
                - ``transcribe_prompt`` (optional): a string. A bias prompt passed to the speech
                  recognizer to improve accuracy on expected terms, such as product or company
                  names.

            action: Summarize the conversation instead of starting a sidecar. When you include `action.summarize`,
                the request generates a one-off summary and returns rather than attaching a sidecar.

                Keys of ``AISidecarSummarizeAction`` (``AISidecarSummarizeActionDict``):

                - ``summarize`` (required): an AISidecarSummarizeActionSummarize object. Generate a
                  one-off summary of the conversation, instead of starting a sidecar, and send it to
                  a webhook.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not ((isinstance(lang, str) and len(lang) >= 1) or is_var(lang)):
            raise InvalidArgumentError(
                "ai_sidecar",
                "lang",
                lang,
                "a string of at least 1 character or a SWML variable such as '${name}'",
            )
        _arg["lang"] = lang
        if prompt is not None:
            try:
                _arg["prompt"] = _AISidecarObject_prompt(prompt, "prompt")
            except Invalid as error:
                refused(
                    "ai_sidecar",
                    "prompt",
                    prompt,
                    "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object",
                    error,
                )
        if model is not None:
            if not isinstance(model, str):
                raise InvalidArgumentError(
                    "ai_sidecar",
                    "model",
                    model,
                    "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                )
            _arg["model"] = model
        if direction is not None:
            try:
                _arg["direction"] = _list_of_TranscribeDirection(direction, "direction")
            except Invalid as error:
                refused(
                    "ai_sidecar",
                    "direction",
                    direction,
                    "a list of items that are each one of 'remote-caller', 'local-caller' (or a TranscribeDirection member)",
                    error,
                )
        if customer_role is not None:
            if not (isinstance(customer_role, str) and customer_role in _E_TranscribeDirection):
                raise InvalidArgumentError(
                    "ai_sidecar",
                    "customer_role",
                    customer_role,
                    "one of 'remote-caller', 'local-caller' (or a TranscribeDirection member)",
                )
            _arg["customer_role"] = _E_TranscribeDirection[customer_role]
        if url is not None:
            if not isinstance(url, str):
                raise InvalidArgumentError("ai_sidecar", "url", url, "a string")
            _arg["url"] = url
        if swaig is not None:
            try:
                _arg["SWAIG"] = check_AISidecarSWAIG(swaig, "swaig")
            except Invalid as error:
                refused("ai_sidecar", "swaig", swaig, "an AISidecarSWAIG object", error)
        if permissions is not None:
            try:
                _arg["permissions"] = check_AISidecarPermissions(permissions, "permissions")
            except Invalid as error:
                refused(
                    "ai_sidecar",
                    "permissions",
                    permissions,
                    "an AISidecarPermissions object",
                    error,
                )
        if global_data is not None:
            try:
                _arg["global_data"] = _map_of_any(global_data, "global_data")
            except Invalid as error:
                refused("ai_sidecar", "global_data", global_data, "a JSON object", error)
        if hints is not None:
            try:
                _arg["hints"] = _AISidecarObject_hints(hints, "hints")
            except Invalid as error:
                refused("ai_sidecar", "hints", hints, "a list of strings (at least 1 item)", error)
        if params is not None:
            try:
                _arg["params"] = check_AISidecarParams(params, "params")
            except Invalid as error:
                refused("ai_sidecar", "params", params, "an AISidecarParams object", error)
        if action is not None:
            try:
                _arg["action"] = check_AISidecarSummarizeAction(action, "action")
            except Invalid as error:
                refused("ai_sidecar", "action", action, "an AISidecarSummarizeAction object", error)
        self._section.append({"ai_sidecar": _arg})
        return self

    def amazon_bedrock(
        self,
        prompt: OmitPropertiesBedrockPromptTextOmittedPromptPropsDict
        | OmitPropertiesBedrockPromptTextOmittedPromptProps
        | OmitPropertiesBedrockPromptPomOmittedPromptPropsDict
        | OmitPropertiesBedrockPromptPomOmittedPromptProps,
        *,
        global_data: Mapping[str, Any] | None = None,
        params: BedrockParamsDict | BedrockParams | Mapping[str, Any] | None = None,
        post_prompt: OmitPropertiesBedrockPostPomptTextOmittedPromptPropsDict
        | OmitPropertiesBedrockPostPomptTextOmittedPromptProps
        | OmitPropertiesBedrockPostPromptPomOmittedPromptPropsDict
        | OmitPropertiesBedrockPostPromptPomOmittedPromptProps
        | None = None,
        post_prompt_url: str | None = None,
        swaig: BedrockSWAIGDict | BedrockSWAIG | None = None,
    ) -> Self:
        """Creates a new Bedrock AI Agent

        Spec: ``#/$defs/AmazonBedrock/properties/amazon_bedrock``.

        Args:
            global_data: A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script
                or from the SWML `set_global_data` action. This data can be referenced `globally`.
                All contained information can be accessed and expanded within the prompt - for example, by using a template string.
            params: A JSON object containing parameters as key-value pairs.

                Keys of ``BedrockParams`` (``BedrockParamsDict``):

                - ``attention_timeout`` (optional): an integer from 10000 to 600000 or 0 or a SWML
                  variable such as '${name}'. Amount of time, in ms, to wait before prompting the
                  user to respond.
                - ``hard_stop_time`` (optional): a duration such as 1h30m, 20m or 45s (hours,
                  minutes, seconds, in that order) or a SWML variable such as '${name}'. Specifies
                  the maximum duration fopr the AI Agent to remain active before it exists the
                  session.
                - ``inactivity_timeout`` (optional): an integer from 10000 to 3600000 or a SWML
                  variable such as '${name}'. Amount of time, in ms, to wait before exiting the app
                  due to inactivity.
                - ``video_listening_file`` (optional): a string. URL of a video file to play when AI
                  is listening to the user speak.
                - ``video_idle_file`` (optional): a string. URL of a video file to play when AI is
                  idle.
                - ``video_talking_file`` (optional): a string. URL of a video file to play when AI
                  is talking.
                - ``hard_stop_prompt`` (optional): a string. A final prompt that is fed into the AI
                  when the `hard_stop_time` is reached.
                - any other key: any JSON value.

            post_prompt: The final set of instructions and configuration settings to send to the agent.

                Keys of ``OmitPropertiesBedrockPostPomptTextOmittedPromptProps`` and ``OmitPropertiesBedrockPostPromptPomOmittedPromptProps`` alike:

                - ``max_tokens`` (optional): an integer from 0 to 4096. Limits the amount of tokens
                  that the AI agent may generate when creating its response.
                - ``temperature`` (optional): a number from 0 to 1.5 or a SWML variable such as
                  '${name}'. Randomness setting.
                - ``top_p`` (optional): a number from 0 to 1 or a SWML variable such as '${name}'.
                  Randomness setting.
                - ``confidence`` (optional): a number from 0 to 1 or a SWML variable such as
                  '${name}'. Threshold to fire a speech-detect event at the end of the utterance.
                - ``presence_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to staying on topic.
                - ``frequency_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to repeating lines.

                ``OmitPropertiesBedrockPostPomptTextOmittedPromptProps`` (``OmitPropertiesBedrockPostPomptTextOmittedPromptPropsDict``) also takes:

                - ``text`` (required): a string. The instructions to send to the agent.

                ``OmitPropertiesBedrockPostPromptPomOmittedPromptProps`` (``OmitPropertiesBedrockPostPromptPomOmittedPromptPropsDict``) also takes:

                - ``pom`` (required): a list of items that are each a POM value (at least 1 item).
                  The instructions to send to the agent.

            post_prompt_url: The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password@url`.
            prompt: Establishes the initial set of instructions and settings to configure the agent.

                Keys of ``OmitPropertiesBedrockPromptTextOmittedPromptProps`` and ``OmitPropertiesBedrockPromptPomOmittedPromptProps`` alike:

                - ``voice_id`` (optional): one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos' (or
                  a VoiceId member).
                - ``max_tokens`` (optional): an integer from 0 to 4096. Limits the amount of tokens
                  that the AI agent may generate when creating its response.
                - ``temperature`` (optional): a number from 0 to 1.5 or a SWML variable such as
                  '${name}'. Randomness setting.
                - ``top_p`` (optional): a number from 0 to 1 or a SWML variable such as '${name}'.
                  Randomness setting.
                - ``confidence`` (optional): a number from 0 to 1 or a SWML variable such as
                  '${name}'. Threshold to fire a speech-detect event at the end of the utterance.
                - ``presence_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to staying on topic.
                - ``frequency_penalty`` (optional): a number from -2 to 2 or a SWML variable such as
                  '${name}'. Aversion to repeating lines.

                ``OmitPropertiesBedrockPromptTextOmittedPromptProps`` (``OmitPropertiesBedrockPromptTextOmittedPromptPropsDict``) also takes:

                - ``text`` (required): a string. The instructions to send to the agent.

                ``OmitPropertiesBedrockPromptPomOmittedPromptProps`` (``OmitPropertiesBedrockPromptPomOmittedPromptPropsDict``) also takes:

                - ``pom`` (required): a list of items that are each a POM value (at least 1 item).
                  The instructions to send to the agent.

            swaig: An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue.

                Keys of ``BedrockSWAIG`` (``BedrockSWAIGDict``):

                - ``functions`` (optional): a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2
                  or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects. An array of JSON
                  objects to define functions that can be executed during the interaction with the
                  Bedrock AI.
                - ``defaults`` (optional): a SWAIGDefaults object. Default settings for all SWAIG
                  functions.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["prompt"] = _AmazonBedrockObject_prompt(prompt, "prompt")
        except Invalid as error:
            refused(
                "amazon_bedrock",
                "prompt",
                prompt,
                "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
                error,
            )
        if global_data is not None:
            try:
                _arg["global_data"] = _map_of_any(global_data, "global_data")
            except Invalid as error:
                refused("amazon_bedrock", "global_data", global_data, "a JSON object", error)
        if params is not None:
            try:
                _arg["params"] = check_BedrockParams(params, "params")
            except Invalid as error:
                refused("amazon_bedrock", "params", params, "a BedrockParams object", error)
        if post_prompt is not None:
            try:
                _arg["post_prompt"] = _AmazonBedrockObject_post_prompt(post_prompt, "post_prompt")
            except Invalid as error:
                refused(
                    "amazon_bedrock",
                    "post_prompt",
                    post_prompt,
                    "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object",
                    error,
                )
        if post_prompt_url is not None:
            if not isinstance(post_prompt_url, str):
                raise InvalidArgumentError(
                    "amazon_bedrock", "post_prompt_url", post_prompt_url, "a string"
                )
            _arg["post_prompt_url"] = post_prompt_url
        if swaig is not None:
            try:
                _arg["SWAIG"] = check_BedrockSWAIG(swaig, "swaig")
            except Invalid as error:
                refused("amazon_bedrock", "swaig", swaig, "a BedrockSWAIG object", error)
        self._section.append({"amazon_bedrock": _arg})
        return self

    def cond(self, value: Sequence[CondRegDict | CondReg | CondElseDict | CondElse], /) -> Self:
        """Execute a sequence of instructions depending on the value of a JavaScript condition.

        Spec: ``#/$defs/Cond/properties/cond``.

        Args:
            value: a list of CondReg or CondElse objects

                Keys of ``CondReg`` (``CondRegDict``):

                - ``when`` (required): a string. The JavaScript condition to act on.
                - ``then`` (required): a list of SWML methods. Sequence of SWML methods to execute
                  when the condition evaluates to true.
                - ``else`` (optional): a list of SWML methods. Sequence of SWML methods to execute
                  when none of the other conditions evaluate to true.

                Keys of ``CondElse`` (``CondElseDict``):

                - ``else`` (required): a list of SWML methods. Sequence of SWML methods to execute
                  when none of the other conditions evaluate to true.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = _list_of_CondReg_or_CondElse(value, "")
        except Invalid as error:
            refused("cond", "value", value, "a list of CondReg or CondElse objects", error)
        self._section.append({"cond": _arg})
        return self

    def connect(
        self,
        *,
        from_: str | None = None,
        from_name: str | None = None,
        headers: Sequence[ConnectHeadersDict | ConnectHeaders] | None = None,
        codecs: str | None = None,
        webrtc_media: bool | SwmlVariable | None = None,
        session_timeout: int | SwmlVariable | None = None,
        ringback: Sequence[str] | None = None,
        result: ConnectSwitchDict
        | ConnectSwitch
        | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]
        | None = None,
        timeout: int | SwmlVariable | None = None,
        max_duration: int | SwmlVariable | None = None,
        answer_on_bridge: bool | SwmlVariable | None = None,
        confirm: str
        | Sequence[
            CondVerb
            | SetVerb
            | UnsetVerb
            | HangupVerb
            | PlayVerb
            | PromptVerb
            | RecordVerb
            | RecordCallVerb
            | StopRecordCallVerb
            | TapVerb
            | StopTapVerb
            | StreamVerb
            | StopStreamVerb
            | SendDigitsVerb
            | SendSmsVerb
            | DenoiseVerb
            | StopDenoiseVerb
        ]
        | None = None,
        confirm_timeout: int | SwmlVariable | None = None,
        encryption: Encryption | Literal["mandatory", "optional", "forbidden"] | None = None,
        call_state_url: str | None = None,
        transfer_after_bridge: str | SwmlVariable | None = None,
        call_state_events: Sequence[CallStatus | Literal["created", "ringing", "answered", "ended"]]
        | None = None,
        status_url: str | None = None,
        to: str | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        codec: str | None = None,
        realtime: bool | SwmlVariable | None = None,
        status_url_method: StatusUrlMethod | Literal["GET", "POST"] | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, str] | None = None,
        serial: Sequence[ConnectDestinationDict | ConnectDestination] | None = None,
        parallel: Sequence[ConnectDestinationDict | ConnectDestination] | None = None,
        serial_parallel: Sequence[Sequence[ConnectDestinationDict | ConnectDestination]]
        | None = None,
    ) -> Self:
        """Connect to a phone number, SIP URI, Resource Address, queue, or WebSocket stream.

        Spec: ``#/$defs/Connect/properties/connect``.

        Args:
            from_: The caller ID to use when dialing the number.
            from_name: The caller ID name shown to the person you're calling, displayed alongside the `from` number
                (sometimes called CNAM).
                Applies to SIP calls only — it has no effect on calls to phone numbers.
                When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
                group uses this name, unless that destination sets its own `from_name`.
            headers: Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers.

                Keys of ``ConnectHeaders`` (``ConnectHeadersDict``):

                - ``name`` (required): a string. The name of the header.
                - ``value`` (required): a string. The value of the header.

            codecs: Comma-separated string of codecs to offer.
                It has no effect on calls to phone numbers.
                Based on SignalWire settings.
            webrtc_media: If true, WebRTC media is offered to the SIP endpoint.
                It has no effect on calls to phone numbers.
                Default is `false`.
            session_timeout: Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
                Must be a positive, non-zero number.
                It has no effect on calls to phone numbers.
                Based on SignalWire settings.
            ringback: Array of URIs to play as ringback tone. If not specified, plays audio from the provider.
            result: Action to take based on the result of the call. This will run once the peer leg of the call has ended.
                Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.

                Keys of ``ConnectSwitch`` (``ConnectSwitchDict``):

                - ``case`` (required): a JSON object whose values are each a list of SWML methods.
                  Object of values mapped to array of instructions to execute.
                - ``variable`` (optional): a string. Name of the variable whose value needs to be
                  compared.
                - ``default`` (optional): a list of SWML methods. Array of instructions to execute
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

            timeout: Time, in seconds, to wait for the call to be answered.
                Default is 60 seconds.
            max_duration: Maximum duration, in seconds, allowed for the call.
                Default is `14400` seconds.
            answer_on_bridge: Delay answer until the B-leg answers.
                Default is `false`.
            confirm: Confirmation to execute when the call is connected. Can be either:
                - A URL (string) that returns a SWML document
                - An array of SWML methods to execute inline
            confirm_timeout: The amount of time, in seconds, to wait for the `confirm` URL to return a response
            encryption: Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`
            call_state_url: Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password@url`.
            transfer_after_bridge: SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
                Can be either:
                - A URL (http or https) that returns a SWML document
                - An inline SWML document (as a JSON string)

                **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")
            call_state_events: An array of call state event names to be notified about.
                Allowed event names are:
                    - `created`
                    - `ringing`
                    - `answered`
                    - `ended`
            status_url: HTTP or HTTPS URL to deliver connect status events.
                These events report the overall status of the connect operation
                (connecting, connected, failed, disconnected) via a `calling.call.connect` event.
            to: Destination to dial. Can be:
                - Phone number in E.164 format (e.g., "+15552345678")
                - SIP URI (e.g., "sip:alice@example.com")
                - Resource Address (e.g., "/public/test_room")
                - Queue (e.g., "queue:support")
                - WebSocket stream (e.g., "stream:wss://example.com/audio")
            username: SIP username to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers.
            password: SIP password to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers.
            name: Stream name identifier. Only applies to stream destinations.
            codec: Audio codec for the stream. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
                Codec can include rate and ptime modifiers (e.g., `PCMU@40i`, `L16@24000h@40i`).
                Only applies to stream destinations.
            realtime: Enable realtime mode for bidirectional audio.
                Only applies to stream destinations.
            status_url_method: HTTP method for the stream status webhook.
                Only applies to stream destinations.
            authorization_bearer_token: Bearer token sent as an `Authorization` header during the WebSocket handshake. Only applies to stream destinations.
            custom_parameters: Custom key-value pairs sent in the WebSocket start message. Only applies to stream destinations.
            serial: Array of destination objects to dial in order. Each destination is tried sequentially — if the current destination does not answer, the next one in the array is attempted.

                Keys of ``ConnectDestination`` (``ConnectDestinationDict``):

                - ``to`` (required): a string. Destination to dial.
                - ``from`` (optional): a string. The caller ID to use when dialing this destination.
                - ``from_name`` (optional): a string. The caller ID name for this destination.
                - ``headers`` (optional): a list of ConnectHeaders objects. Custom SIP headers to
                  add to INVITE for this destination.
                - ``codecs`` (optional): a string. Comma-separated string of codecs to offer for
                  this destination.
                - ``webrtc_media`` (optional): True or False or a SWML variable such as '${name}'.
                  If true, WebRTC media is offered to this SIP destination.
                - ``session_timeout`` (optional): an integer of at least 1 or a SWML variable such
                  as '${name}'. Time, in seconds, to set the SIP `Session-Expires` header in INVITE
                  for this destination.
                - ``username`` (optional): a string. SIP username to use for authentication when
                  dialing a SIP URI.
                - ``password`` (optional): a string. SIP password to use for authentication when
                  dialing a SIP URI.
                - ``timeout`` (optional): an integer or a SWML variable such as '${name}'. Time, in
                  seconds, to wait for this destination to answer.
                - ``call_state_events`` (optional): a list of items that are each one of 'created',
                  'ringing', 'answered', 'ended' (or a CallStatus member). An array of call state
                  event names to be notified about for this destination.
                - ``call_state_url`` (optional): a string. Webhook URL for call status change
                  notifications for this destination.
                - ``confirm`` (optional): a string or a list of SWML methods (one of cond, set,
                  unset, hangup, play, prompt, record, record_call, ... Confirmation to execute on
                  this destination when answered.
                - ``confirm_timeout`` (optional): an integer or a SWML variable such as '${name}'.
                  Seconds to wait for the `confirm` script on this destination.
                - ``encryption`` (optional): one of 'mandatory', 'optional', 'forbidden' (or an
                  Encryption member). Encryption setting for this destination.
                - ``name`` (optional): a string. Stream name identifier.
                - ``codec`` (optional): a string. Audio codec for the stream.
                - ``realtime`` (optional): True or False or a SWML variable such as '${name}'.
                  Enable realtime mode for bidirectional audio.
                - ``status_url_method`` (optional): one of 'GET', 'POST' (or a StatusUrlMethod
                  member). HTTP method for the stream status webhook.
                - ``authorization_bearer_token`` (optional): a string. Bearer token sent as an
                  `Authorization` header during the WebSocket handshake.
                - and 1 more, described in ``ConnectDestinationDict``: ``custom_parameters``.

            parallel: Array of destination objects to dial simultaneously. All destinations ring at the same time — the first to answer is bridged and the remaining calls are cancelled.

                Keys: as for ``serial`` above.

            serial_parallel: Two-dimensional array combining serial and parallel strategies.
                The outer array is the **serial** dimension — each element is a group tried in order.
                Each inner array is the **parallel** dimension — all destinations in that group are dialed simultaneously.
                If no destination in the current group answers, the next group is attempted.

                Keys: as for ``serial`` above.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if from_ is not None:
            _given["from"] = from_
        if from_name is not None:
            _given["from_name"] = from_name
        if headers is not None:
            _given["headers"] = headers
        if codecs is not None:
            _given["codecs"] = codecs
        if webrtc_media is not None:
            _given["webrtc_media"] = webrtc_media
        if session_timeout is not None:
            _given["session_timeout"] = session_timeout
        if ringback is not None:
            _given["ringback"] = ringback
        if result is not None:
            _given["result"] = result
        if timeout is not None:
            _given["timeout"] = timeout
        if max_duration is not None:
            _given["max_duration"] = max_duration
        if answer_on_bridge is not None:
            _given["answer_on_bridge"] = answer_on_bridge
        if confirm is not None:
            _given["confirm"] = confirm
        if confirm_timeout is not None:
            _given["confirm_timeout"] = confirm_timeout
        if encryption is not None:
            _given["encryption"] = encryption
        if call_state_url is not None:
            _given["call_state_url"] = call_state_url
        if transfer_after_bridge is not None:
            _given["transfer_after_bridge"] = transfer_after_bridge
        if call_state_events is not None:
            _given["call_state_events"] = call_state_events
        if status_url is not None:
            _given["status_url"] = status_url
        if to is not None:
            _given["to"] = to
        if username is not None:
            _given["username"] = username
        if password is not None:
            _given["password"] = password
        if name is not None:
            _given["name"] = name
        if codec is not None:
            _given["codec"] = codec
        if realtime is not None:
            _given["realtime"] = realtime
        if status_url_method is not None:
            _given["status_url_method"] = status_url_method
        if authorization_bearer_token is not None:
            _given["authorization_bearer_token"] = authorization_bearer_token
        if custom_parameters is not None:
            _given["custom_parameters"] = custom_parameters
        if serial is not None:
            _given["serial"] = serial
        if parallel is not None:
            _given["parallel"] = parallel
        if serial_parallel is not None:
            _given["serial_parallel"] = serial_parallel
        try:
            _arg = _verb_connect(_given, "")
        except Invalid as error:
            refused_in(
                "connect",
                _given,
                "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object",
                error,
            )
        self._section.append({"connect": _arg})
        return self

    def denoise(self) -> Self:
        """Start noise reduction. You can stop it at any time using `stop_denoise`.

        Spec: ``#/$defs/Denoise/properties/denoise``.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        self._section.append({"denoise": _arg})
        return self

    def enter_queue(
        self,
        queue_name: str,
        transfer_after_bridge: str | SwmlVariable,
        *,
        status_url: str | None = None,
        wait_url: str | SwmlVariable | None = None,
        wait_time: int | SwmlVariable | None = None,
    ) -> Self:
        """Place the current call in a named queue where it will wait to be connected to an available agent or resource.
        While waiting, callers will hear music or custom audio.
        When an agent connects to the queue (using the connect method), the caller and agent are bridged together.
        After the bridge completes, execution continues with the SWML script specified in transfer_after_bridge.

        Spec: ``#/$defs/EnterQueue/properties/enter_queue``.

        Args:
            queue_name: Name of the queue to enter. If a queue with this name does not exist, it will be automatically created.
            transfer_after_bridge: SWML to execute after the bridge completes. This defines what should happen after the call is connected to an agent and the bridge ends.
                Can be either:
                - A URL (http or https) that returns a SWML document
                - An inline SWML document (as a JSON string)
            status_url: HTTP or HTTPS URL to deliver queue status events. Default not set
            wait_url: URL for media to play while waiting in the queue. Default hold music will be played if not set
            wait_time: Maximum time in seconds to wait in the queue before timeout. Default `3600`

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(queue_name, str):
            raise InvalidArgumentError("enter_queue", "queue_name", queue_name, "a string")
        _arg["queue_name"] = queue_name
        if not isinstance(transfer_after_bridge, str):
            raise InvalidArgumentError(
                "enter_queue",
                "transfer_after_bridge",
                transfer_after_bridge,
                "a string or a SWML variable such as '${name}'",
            )
        _arg["transfer_after_bridge"] = transfer_after_bridge
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("enter_queue", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        if wait_url is not None:
            if not (isinstance(wait_url, str) or is_var(wait_url)):
                raise InvalidArgumentError(
                    "enter_queue",
                    "wait_url",
                    wait_url,
                    "a string or a SWML variable such as '${name}'",
                )
            _arg["wait_url"] = wait_url
        if wait_time is not None:
            if not ((type(wait_time) is int and wait_time >= 1) or is_var(wait_time)):
                raise InvalidArgumentError(
                    "enter_queue",
                    "wait_time",
                    wait_time,
                    "an integer of at least 1 or a SWML variable such as '${name}'",
                )
            _arg["wait_time"] = wait_time
        self._section.append({"enter_queue": _arg})
        return self

    def execute(
        self,
        dest: str,
        *,
        params: Mapping[str, Any] | None = None,
        meta: Mapping[str, Any] | None = None,
        on_return: Sequence[SwmlMethod] | None = None,
        result: ExecuteSwitchDict
        | ExecuteSwitch
        | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]
        | None = None,
    ) -> Self:
        """Execute a specified section or URL as a subroutine, and upon completion, return to the current document.
        Use the return statement to pass any return values or objects back to the current document.

        Spec: ``#/$defs/Execute/properties/execute``.

        Args:
            dest: Specifies what to execute. The value can be one of:
                - `<section_name>` - section in the current document to execute
                - A URL (http or https) that returns a SWML document - Sends HTTP POST
                - An inline SWML document (as a JSON string)
            params: Named parameters to send to section or URL
            meta: User-defined metadata, ignored by SignalWire
            on_return: The list of SWML instructions to be executed when the executed section or URL returns
            result: Action to take based on the result of the call. This will run once the peer leg of the call has ended.
                Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.

                Keys of ``ExecuteSwitch`` (``ExecuteSwitchDict``):

                - ``case`` (required): a JSON object whose values are each a list of SWML methods.
                  Object of values mapped to array of instructions to execute.
                - ``variable`` (optional): a string. Name of the variable whose value needs to be
                  compared.
                - ``default`` (optional): a list of SWML methods. Array of instructions to execute
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

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(dest, str):
            raise InvalidArgumentError("execute", "dest", dest, "a string")
        _arg["dest"] = dest
        if params is not None:
            try:
                _arg["params"] = _map_of_any(params, "params")
            except Invalid as error:
                refused("execute", "params", params, "a JSON object", error)
        if meta is not None:
            try:
                _arg["meta"] = _map_of_any(meta, "meta")
            except Invalid as error:
                refused("execute", "meta", meta, "a JSON object", error)
        if on_return is not None:
            try:
                _arg["on_return"] = _list_of_method(on_return, "on_return")
            except Invalid as error:
                refused("execute", "on_return", on_return, "a list of SWML methods", error)
        if result is not None:
            try:
                _arg["result"] = _Execute_result(result, "result")
            except Invalid as error:
                refused(
                    "execute",
                    "result",
                    result,
                    "an ExecuteSwitch object or a list of CondReg or CondElse objects",
                    error,
                )
        self._section.append({"execute": _arg})
        return self

    def goto(
        self, label: str, *, when: str | None = None, max: int | SwmlVariable | None = None
    ) -> Self:
        """Jump to a label within the current section, optionally based on a condition.
        The goto method will only navigate to a label within the same section.

        Spec: ``#/$defs/Goto/properties/goto``.

        Args:
            label: Mark any point of the SWML section with a label so that goto can jump to it.
            when: A JavaScript condition that determines whether to perform the jump. If the condition evaluates to true, the jump is executed. If omitted, the jump is unconditional.
            max: The maximum number of times to perform the jump. Must be a number between 1 and 100. Default `100`.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(label, str):
            raise InvalidArgumentError("goto", "label", label, "a string")
        _arg["label"] = label
        if when is not None:
            if not isinstance(when, str):
                raise InvalidArgumentError("goto", "when", when, "a string")
            _arg["when"] = when
        if max is not None:
            if not ((type(max) is int and 1 <= max <= 100) or is_var(max)):
                raise InvalidArgumentError(
                    "goto",
                    "max",
                    max,
                    "an integer from 1 to 100 or a SWML variable such as '${name}'",
                )
            _arg["max"] = max
        self._section.append({"goto": _arg})
        return self

    def label(self, value: str, /) -> Self:
        """Mark any point of the SWML section with a label so that goto can jump to it.

        Spec: ``#/$defs/Label/properties/label``.

        Args:
            value: a string

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        if not isinstance(value, str):
            raise InvalidArgumentError("label", "value", value, "a string")
        _arg = value
        self._section.append({"label": _arg})
        return self

    def live_transcribe(
        self,
        action: TranscribeStartActionDict
        | TranscribeStartAction
        | Literal["stop"]
        | TranscribeSummarizeActionDict
        | TranscribeSummarizeAction
        | Literal["summarize"],
    ) -> Self:
        """Start live transcription of the call. The transcription will be sent to the specified webhook URL.

        Spec: ``#/$defs/LiveTranscribe/properties/live_transcribe``.

        Args:
            action: The action to perform during live transcription.

                Keys of ``TranscribeStartAction`` (``TranscribeStartActionDict``):

                - ``start`` (required): a TranscribeStartActionStart object. Starts live
                  transcription of the call.

                Keys of ``TranscribeSummarizeAction`` (``TranscribeSummarizeActionDict``):

                - ``summarize`` (required): a TranscribeSummarizeActionSummarize object. Summarizes
                  the conversation as an object, allowing you to specify the webhook url and prompt
                  for the summary.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["action"] = _LiveTranscribe_action(action, "action")
        except Invalid as error:
            refused(
                "live_transcribe",
                "action",
                action,
                "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
                error,
            )
        self._section.append({"live_transcribe": _arg})
        return self

    def live_translate(
        self,
        action: StartActionDict
        | StartAction
        | Literal["stop"]
        | SummarizeActionDict
        | SummarizeAction
        | Literal["summarize"]
        | InjectActionDict
        | InjectAction,
    ) -> Self:
        """Start live translation of the call. The translation will be sent to the specified webhook URL.

        Spec: ``#/$defs/LiveTranslate/properties/live_translate``.

        Args:
            action: The action to perform during live translation.

                Keys of ``StartAction`` (``StartActionDict``):

                - ``start`` (required): a StartActionStart object. Starts live translation of the
                  call.

                Keys of ``SummarizeAction`` (``SummarizeActionDict``):

                - ``summarize`` (required): a SummarizeActionSummarize object. Summarizes the
                  conversation as an object, allowing you to specify the webhook url and prompt for
                  the summary.

                Keys of ``InjectAction`` (``InjectActionDict``):

                - ``inject`` (required): an Inject object. Injects a message into the conversation
                  to be translated and spoken to the specified party.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["action"] = _LiveTranslate_action(action, "action")
        except Invalid as error:
            refused(
                "live_translate",
                "action",
                action,
                "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
                error,
            )
        self._section.append({"live_translate": _arg})
        return self

    def hangup(
        self, *, reason: Reason | Literal["hangup", "busy", "decline"] | None = None
    ) -> Self:
        """End the call with an optional reason.

        Spec: ``#/$defs/Hangup/properties/hangup``.

        Args:
            reason: The reason for hanging up the call.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if reason is not None:
            if not (isinstance(reason, str) and reason in _E_Reason):
                raise InvalidArgumentError(
                    "hangup",
                    "reason",
                    reason,
                    "one of 'hangup', 'busy', 'decline' (or a Reason member)",
                )
            _arg["reason"] = _E_Reason[reason]
        self._section.append({"hangup": _arg})
        return self

    def join_room(self, name: str) -> Self:
        """Join a Relay room. If the room doesn't exist, it creates a new room.

        Spec: ``#/$defs/JoinRoom/properties/join_room``.

        Args:
            name: Name of the room to join. Allowed characters: A-Z, a-z, 0-9, underscore, and hyphen.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(name, str):
            raise InvalidArgumentError("join_room", "name", name, "a string")
        _arg["name"] = name
        self._section.append({"join_room": _arg})
        return self

    def join_conference(
        self,
        name: str,
        muted: bool | SwmlVariable | None = None,
        beep: Beep | Literal["true", "false", "onEnter", "onExit"] | None = None,
        start_on_enter: bool | SwmlVariable | None = None,
        end_on_exit: bool | SwmlVariable | None = None,
        wait_url: str | SwmlVariable | None = None,
        max_participants: int | SwmlVariable | None = None,
        record: Record | Literal["do-not-record", "record-from-start"] | None = None,
        region: Region | Literal["global", "us", "eu", "ch"] | None = None,
        trim: Trim | Literal["trim-silence", "do-not-trim"] | None = None,
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
        status_callback_method: HttpMethod | Literal["GET", "POST"] | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: HttpMethod | Literal["GET", "POST"] | None = None,
        recording_status_callback_event: RecordingStatusCallbackEvent
        | Literal["in-progress", "completed", "absent"]
        | str
        | Iterable[RecordingStatusCallbackEvent | Literal["in-progress", "completed", "absent"]]
        | None = None,
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
    ) -> Self:
        """Join an ad-hoc audio conference started on either the SignalWire or Compatibility API.
        This method allows you to connect the current call to a named conference where multiple participants can communicate simultaneously.

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

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (isinstance(name, str) and name.strip() != ""):
            raise InvalidArgumentError("join_conference", "name", name, "a non-blank string")
        _arg["name"] = name
        if muted is not None:
            if not ((muted is True or muted is False) or is_var(muted)):
                raise InvalidArgumentError(
                    "join_conference",
                    "muted",
                    muted,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["muted"] = muted
        if beep is not None:
            if not (isinstance(beep, str) and beep in _E_Beep):
                raise InvalidArgumentError(
                    "join_conference",
                    "beep",
                    beep,
                    "one of 'true', 'false', 'onEnter', 'onExit' (or a Beep member)",
                )
            _arg["beep"] = _E_Beep[beep]
        if start_on_enter is not None:
            if not ((start_on_enter is True or start_on_enter is False) or is_var(start_on_enter)):
                raise InvalidArgumentError(
                    "join_conference",
                    "start_on_enter",
                    start_on_enter,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["start_on_enter"] = start_on_enter
        if end_on_exit is not None:
            if not ((end_on_exit is True or end_on_exit is False) or is_var(end_on_exit)):
                raise InvalidArgumentError(
                    "join_conference",
                    "end_on_exit",
                    end_on_exit,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["end_on_exit"] = end_on_exit
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
            _arg["wait_url"] = wait_url
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
            _arg["max_participants"] = max_participants
        if record is not None:
            if not (isinstance(record, str) and record in _E_Record):
                raise InvalidArgumentError(
                    "join_conference",
                    "record",
                    record,
                    "one of 'do-not-record', 'record-from-start' (or a Record member)",
                )
            _arg["record"] = _E_Record[record]
        if region is not None:
            if not (isinstance(region, str) and region in _E_Region):
                raise InvalidArgumentError(
                    "join_conference",
                    "region",
                    region,
                    "one of 'global', 'us', 'eu', 'ch' (or a Region member)",
                )
            _arg["region"] = _E_Region[region]
        if trim is not None:
            if not (isinstance(trim, str) and trim in _E_Trim):
                raise InvalidArgumentError(
                    "join_conference",
                    "trim",
                    trim,
                    "one of 'trim-silence', 'do-not-trim' (or a Trim member)",
                )
            _arg["trim"] = _E_Trim[trim]
        if coach is not None:
            if not isinstance(coach, str):
                raise InvalidArgumentError("join_conference", "coach", coach, "a string")
            _arg["coach"] = coach
        if status_callback_event is not None:
            try:
                _arg["status_callback_event"] = (
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
            _arg["status_callback_event_type"] = _E_CallbackEventType[status_callback_event_type]
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
            _arg["status_callback"] = status_callback
        if status_callback_method is not None:
            if not (
                isinstance(status_callback_method, str) and status_callback_method in _E_HttpMethod
            ):
                raise InvalidArgumentError(
                    "join_conference",
                    "status_callback_method",
                    status_callback_method,
                    "one of 'GET', 'POST' (or a HttpMethod member)",
                )
            _arg["status_callback_method"] = _E_HttpMethod[status_callback_method]
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
            _arg["recording_status_callback"] = recording_status_callback
        if recording_status_callback_method is not None:
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
            _arg["recording_status_callback_method"] = _E_HttpMethod[
                recording_status_callback_method
            ]
        if recording_status_callback_event is not None:
            try:
                _arg["recording_status_callback_event"] = (
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
            _arg["recording_status_callback_event_type"] = _E_CallbackEventType[
                recording_status_callback_event_type
            ]
        if result is not None:
            try:
                _arg["result"] = _Switch_or_list_of_CondReg_or_CondElse(result, "result")
            except Invalid as error:
                refused(
                    "join_conference",
                    "result",
                    result,
                    "a Switch object or a list of CondReg or CondElse objects",
                    error,
                )
        if stream is not None:
            try:
                _arg["stream"] = check_JoinConferenceStream(stream, "stream")
            except Invalid as error:
                refused("join_conference", "stream", stream, "a JoinConferenceStream object", error)
        self._section.append({"join_conference": _arg})
        return self

    def play(
        self,
        *,
        auto_answer: bool | SwmlVariable | None = None,
        volume: float | SwmlVariable | None = None,
        say_voice: str | None = None,
        say_language: str | None = None,
        say_gender: str | None = None,
        status_url: str | None = None,
        url: str | SwmlVariable | None = None,
        urls: Sequence[str] | Sequence[SwmlVariable] | None = None,
    ) -> Self:
        """Play file(s), ringtones, speech or silence.

        Spec: ``#/$defs/Play/properties/play``.

        Args:
            auto_answer: If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`.
            volume: Volume level for the audio file.
                Default is `0`.
                Valid range is -40 to 40.
            say_voice: The voice to use for the text to speech.
            say_language: The language to use for the text to speech.
            say_gender: Gender to use for the text to speech.
            status_url: http or https URL to deliver play status events
            url: URL to play.
                Required if `urls` is not present.
                Allowed URLs are:
                    - http:// or https:// - audio file to GET
                    - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
                    - say:<text to speak> - Sentence to say
                    - silence: <duration> - seconds of silence to play
            urls: Array of URLs to play.
                Required if `url` is not present.
                Allowed URLs are:
                    - http:// or https:// - audio file to GET
                    - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
                    - say:<text to speak> - Sentence to say
                    - silence: <duration> - seconds of silence to play

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if auto_answer is not None:
            _given["auto_answer"] = auto_answer
        if volume is not None:
            _given["volume"] = volume
        if say_voice is not None:
            _given["say_voice"] = say_voice
        if say_language is not None:
            _given["say_language"] = say_language
        if say_gender is not None:
            _given["say_gender"] = say_gender
        if status_url is not None:
            _given["status_url"] = status_url
        if url is not None:
            _given["url"] = url
        if urls is not None:
            _given["urls"] = urls
        try:
            _arg = _PlayWithURL_or_PlayWithURLS(_given, "")
        except Invalid as error:
            refused_in("play", _given, "a PlayWithURL object or a PlayWithURLS object", error)
        self._section.append({"play": _arg})
        return self

    def prompt(
        self,
        play: str | Sequence[str] | Sequence[SwmlVariable] | SwmlVariable,
        *,
        volume: float | None = None,
        say_voice: str | None = None,
        say_language: str | None = None,
        say_gender: str | None = None,
        max_digits: int | SwmlVariable | None = None,
        terminators: str | None = None,
        digit_timeout: float | SwmlVariable | None = None,
        initial_timeout: float | SwmlVariable | None = None,
        speech_timeout: float | SwmlVariable | None = None,
        speech_end_timeout: float | SwmlVariable | None = None,
        speech_language: str | None = None,
        speech_hints: Sequence[str] | Sequence[SwmlVariable] | None = None,
        speech_engine: str | None = None,
        status_url: str | None = None,
    ) -> Self:
        """Play a prompt and wait for input. The input can be received either as digits from the keypad,
        or from speech, or both depending on what parameters are set.
        By default, only digit input is enabled. To enable speech input, set at least one speech parameter.
        To enable both digit and speech input, set at least one parameter for each.

        Spec: ``#/$defs/Prompt/properties/prompt``.

        Args:
            play: URL or array of URLs to play.
                Allowed URLs are:
                    http:// or https:// - audio file to GET
                    ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
                    say:<text to speak> - Sentence to say
                    silence: <duration> - seconds of silence to play
            volume: Volume level for the audio file.
                Default is `0`.
                Valid range is -40 to 40.
            say_voice: The voice to use for the text to speech.
            say_language: The language to use for the text to speech.
            say_gender: The gender to use for the text to speech.
            max_digits: Number of digits to collect.
                Default is `1`.
            terminators: Digits that terminate digit collection.
                Default is not set.
            digit_timeout: Time in seconds to wait for next digit.
                Default is `5.0` seconds.
            initial_timeout: Time in seconds to wait for start of input.
                Default is `5.0` seconds.
            speech_timeout: Max time in seconds to wait for speech result.
            speech_end_timeout: Time in seconds to wait for end of speech utterance.
            speech_language: Language to detect speech in.
            speech_hints: Expected words or phrases to help the speech recognition.
            speech_engine: The engine that is selected for speech recognition. The engine must support the specified language.
                [Deepgram|Google| etc...] Default is not set (SignalWire picks the engine).
            status_url: http or https URL to deliver prompt status events

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["play"] = _Prompt_play(play, "play")
        except Invalid as error:
            refused(
                "prompt",
                "play",
                play,
                "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
                error,
            )
        if volume is not None:
            if not (is_number(volume) and -40 <= volume <= 40):
                raise InvalidArgumentError("prompt", "volume", volume, "a number from -40 to 40")
            _arg["volume"] = volume
        if say_voice is not None:
            if not isinstance(say_voice, str):
                raise InvalidArgumentError("prompt", "say_voice", say_voice, "a string")
            _arg["say_voice"] = say_voice
        if say_language is not None:
            if not isinstance(say_language, str):
                raise InvalidArgumentError("prompt", "say_language", say_language, "a string")
            _arg["say_language"] = say_language
        if say_gender is not None:
            if not isinstance(say_gender, str):
                raise InvalidArgumentError("prompt", "say_gender", say_gender, "a string")
            _arg["say_gender"] = say_gender
        if max_digits is not None:
            if not (type(max_digits) is int or is_var(max_digits)):
                raise InvalidArgumentError(
                    "prompt",
                    "max_digits",
                    max_digits,
                    "an integer or a SWML variable such as '${name}'",
                )
            _arg["max_digits"] = max_digits
        if terminators is not None:
            if not isinstance(terminators, str):
                raise InvalidArgumentError("prompt", "terminators", terminators, "a string")
            _arg["terminators"] = terminators
        if digit_timeout is not None:
            if not (is_number(digit_timeout) or is_var(digit_timeout)):
                raise InvalidArgumentError(
                    "prompt",
                    "digit_timeout",
                    digit_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["digit_timeout"] = digit_timeout
        if initial_timeout is not None:
            if not (is_number(initial_timeout) or is_var(initial_timeout)):
                raise InvalidArgumentError(
                    "prompt",
                    "initial_timeout",
                    initial_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["initial_timeout"] = initial_timeout
        if speech_timeout is not None:
            if not (is_number(speech_timeout) or is_var(speech_timeout)):
                raise InvalidArgumentError(
                    "prompt",
                    "speech_timeout",
                    speech_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["speech_timeout"] = speech_timeout
        if speech_end_timeout is not None:
            if not (is_number(speech_end_timeout) or is_var(speech_end_timeout)):
                raise InvalidArgumentError(
                    "prompt",
                    "speech_end_timeout",
                    speech_end_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["speech_end_timeout"] = speech_end_timeout
        if speech_language is not None:
            if not isinstance(speech_language, str):
                raise InvalidArgumentError("prompt", "speech_language", speech_language, "a string")
            _arg["speech_language"] = speech_language
        if speech_hints is not None:
            try:
                _arg["speech_hints"] = _list_of_str_or_list_of_var(speech_hints, "speech_hints")
            except Invalid as error:
                refused(
                    "prompt",
                    "speech_hints",
                    speech_hints,
                    "a list of strings or a list of items that are each a SWML variable such as '${name}'",
                    error,
                )
        if speech_engine is not None:
            if not isinstance(speech_engine, str):
                raise InvalidArgumentError("prompt", "speech_engine", speech_engine, "a string")
            _arg["speech_engine"] = speech_engine
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("prompt", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"prompt": _arg})
        return self

    def receive_fax(self, *, status_url: str | None = None) -> Self:
        """Receive a fax being delivered to this call.

        Spec: ``#/$defs/ReceiveFax/properties/receive_fax``.

        Args:
            status_url: http or https URL to deliver receive_fax status events

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("receive_fax", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"receive_fax": _arg})
        return self

    def record(
        self,
        *,
        stereo: bool | SwmlVariable | None = None,
        format: Format | Literal["wav", "mp3", "mp4"] | None = None,
        direction: RecordDirection | Literal["speak", "listen"] | None = None,
        terminators: str | None = None,
        beep: bool | SwmlVariable | None = None,
        input_sensitivity: float | SwmlVariable | None = None,
        initial_timeout: float | SwmlVariable | None = None,
        end_silence_timeout: float | SwmlVariable | None = None,
        max_length: float | SwmlVariable | None = None,
        status_url: str | None = None,
    ) -> Self:
        """Record the call audio in the foreground, pausing further SWML execution until recording ends.
        Use this, for example, to record voicemails.
        To record calls in the background in a non-blocking fashion, use the record_call method.

        Spec: ``#/$defs/Record/properties/record``.

        Args:
            stereo: If true, record in stereo.
                Default is `false`.
            format: The format to record in. Can be `wav`, `mp3`, or `mp4`.
                Default is `"wav"`.
            direction: Direction of the audio to record: "speak" for what party says, "listen" for what party hears.
                Default is `"speak"`.
            terminators: String of digits that will stop the recording when pressed. Default is `"#"`.
            beep: Play a beep before recording.
                Default is `false`.
            input_sensitivity: How sensitive the recording voice activity detector is to background noise.
                A larger value is more sensitive. Allowed values from 0.0 to 100.0.
                Default is `44.0`.
            initial_timeout: Time in seconds to wait for the start of speech.
                Default is `4.0` seconds.
            end_silence_timeout: Time in seconds to wait in silence before ending the recording.
                Default is `5.0` seconds.
            max_length: Maximum length of the recording in seconds.
            status_url: URL to send recording status events to.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if stereo is not None:
            if not ((stereo is True or stereo is False) or is_var(stereo)):
                raise InvalidArgumentError(
                    "record", "stereo", stereo, "True or False or a SWML variable such as '${name}'"
                )
            _arg["stereo"] = stereo
        if format is not None:
            if not (isinstance(format, str) and format in _E_Format):
                raise InvalidArgumentError(
                    "record", "format", format, "one of 'wav', 'mp3', 'mp4' (or a Format member)"
                )
            _arg["format"] = _E_Format[format]
        if direction is not None:
            if not (isinstance(direction, str) and direction in _E_RecordDirection):
                raise InvalidArgumentError(
                    "record",
                    "direction",
                    direction,
                    "one of 'speak', 'listen' (or a RecordDirection member)",
                )
            _arg["direction"] = _E_RecordDirection[direction]
        if terminators is not None:
            if not isinstance(terminators, str):
                raise InvalidArgumentError("record", "terminators", terminators, "a string")
            _arg["terminators"] = terminators
        if beep is not None:
            if not ((beep is True or beep is False) or is_var(beep)):
                raise InvalidArgumentError(
                    "record", "beep", beep, "True or False or a SWML variable such as '${name}'"
                )
            _arg["beep"] = beep
        if input_sensitivity is not None:
            if not (is_number(input_sensitivity) or is_var(input_sensitivity)):
                raise InvalidArgumentError(
                    "record",
                    "input_sensitivity",
                    input_sensitivity,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["input_sensitivity"] = input_sensitivity
        if initial_timeout is not None:
            if not (is_number(initial_timeout) or is_var(initial_timeout)):
                raise InvalidArgumentError(
                    "record",
                    "initial_timeout",
                    initial_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["initial_timeout"] = initial_timeout
        if end_silence_timeout is not None:
            if not (is_number(end_silence_timeout) or is_var(end_silence_timeout)):
                raise InvalidArgumentError(
                    "record",
                    "end_silence_timeout",
                    end_silence_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["end_silence_timeout"] = end_silence_timeout
        if max_length is not None:
            if not (is_number(max_length) or is_var(max_length)):
                raise InvalidArgumentError(
                    "record",
                    "max_length",
                    max_length,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["max_length"] = max_length
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("record", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"record": _arg})
        return self

    def record_call(
        self,
        *,
        control_id: str | None = None,
        stereo: bool | SwmlVariable | None = None,
        format: Format | Literal["wav", "mp3", "mp4"] | None = None,
        direction: RecordCallDirection | Literal["speak", "listen", "both"] | None = None,
        terminators: str | None = None,
        beep: bool | SwmlVariable | None = None,
        input_sensitivity: float | SwmlVariable | None = None,
        initial_timeout: float | SwmlVariable | None = None,
        end_silence_timeout: float | SwmlVariable | None = None,
        max_length: float | SwmlVariable | None = None,
        status_url: str | None = None,
    ) -> Self:
        """Record call in the background.
        Unlike the record method, the record_call method will start the recording and continue executing
        the SWML script while allowing the recording to happen in the background.
        To stop call recordings started with record_call, use the stop_record_call method.

        Spec: ``#/$defs/RecordCall/properties/record_call``.

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

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if control_id is not None:
            if not isinstance(control_id, str):
                raise InvalidArgumentError("record_call", "control_id", control_id, "a string")
            _arg["control_id"] = control_id
        if stereo is not None:
            if not ((stereo is True or stereo is False) or is_var(stereo)):
                raise InvalidArgumentError(
                    "record_call",
                    "stereo",
                    stereo,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["stereo"] = stereo
        if format is not None:
            if not (isinstance(format, str) and format in _E_Format):
                raise InvalidArgumentError(
                    "record_call",
                    "format",
                    format,
                    "one of 'wav', 'mp3', 'mp4' (or a Format member)",
                )
            _arg["format"] = _E_Format[format]
        if direction is not None:
            if not (isinstance(direction, str) and direction in _E_RecordCallDirection):
                raise InvalidArgumentError(
                    "record_call",
                    "direction",
                    direction,
                    "one of 'speak', 'listen', 'both' (or a RecordCallDirection member)",
                )
            _arg["direction"] = _E_RecordCallDirection[direction]
        if terminators is not None:
            if not isinstance(terminators, str):
                raise InvalidArgumentError("record_call", "terminators", terminators, "a string")
            _arg["terminators"] = terminators
        if beep is not None:
            if not ((beep is True or beep is False) or is_var(beep)):
                raise InvalidArgumentError(
                    "record_call",
                    "beep",
                    beep,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["beep"] = beep
        if input_sensitivity is not None:
            if not (is_number(input_sensitivity) or is_var(input_sensitivity)):
                raise InvalidArgumentError(
                    "record_call",
                    "input_sensitivity",
                    input_sensitivity,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["input_sensitivity"] = input_sensitivity
        if initial_timeout is not None:
            if not (is_number(initial_timeout) or is_var(initial_timeout)):
                raise InvalidArgumentError(
                    "record_call",
                    "initial_timeout",
                    initial_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["initial_timeout"] = initial_timeout
        if end_silence_timeout is not None:
            if not (is_number(end_silence_timeout) or is_var(end_silence_timeout)):
                raise InvalidArgumentError(
                    "record_call",
                    "end_silence_timeout",
                    end_silence_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["end_silence_timeout"] = end_silence_timeout
        if max_length is not None:
            if not (is_number(max_length) or is_var(max_length)):
                raise InvalidArgumentError(
                    "record_call",
                    "max_length",
                    max_length,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["max_length"] = max_length
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("record_call", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"record_call": _arg})
        return self

    def request(
        self,
        url: str,
        method: Method | Literal["GET", "POST", "PUT", "DELETE"],
        *,
        headers: Mapping[str, Any] | None = None,
        body: str | Mapping[str, Any] | None = None,
        timeout: float | SwmlVariable | None = None,
        connect_timeout: float | SwmlVariable | None = None,
        save_variables: bool | SwmlVariable | None = None,
    ) -> Self:
        """Send a GET, POST, PUT, or DELETE request to a remote URL.

        Spec: ``#/$defs/Request/properties/request``.

        Args:
            url: URL to send the HTTPS request to. Authentication can also be set in the URL in the format of username:password@url.
            method: The HTTP method to be used for the request. Can be `GET`, `POST`, `PUT`, or `DELETE`.
            headers: Object containing HTTP headers to set. Valid header values are Accept, Authorization, Content-Type, Range, and custom X- headers.
            body: Request body. Content-Type header should be explicitly set, but if not set, the most likely type
                will be set based on the first non-whitespace character.
            timeout: Maximum time in seconds to wait for a response.
                Default is `0` (no timeout).
            connect_timeout: Maximum time in seconds to wait for a connection.
                Default is `0` (no timeout).
            save_variables: Store parsed JSON response as variables.
                Default is `false`.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(url, str):
            raise InvalidArgumentError("request", "url", url, "a string")
        _arg["url"] = url
        if not (isinstance(method, str) and method in _E_Method):
            raise InvalidArgumentError(
                "request",
                "method",
                method,
                "one of 'GET', 'POST', 'PUT', 'DELETE' (or a Method member)",
            )
        _arg["method"] = _E_Method[method]
        if headers is not None:
            try:
                _arg["headers"] = _map_of_any(headers, "headers")
            except Invalid as error:
                refused("request", "headers", headers, "a JSON object", error)
        if body is not None:
            try:
                _arg["body"] = _str_or_map_of_any(body, "body")
            except Invalid as error:
                refused("request", "body", body, "a string or a JSON object", error)
        if timeout is not None:
            if not (is_number(timeout) or is_var(timeout)):
                raise InvalidArgumentError(
                    "request", "timeout", timeout, "a number or a SWML variable such as '${name}'"
                )
            _arg["timeout"] = timeout
        if connect_timeout is not None:
            if not (is_number(connect_timeout) or is_var(connect_timeout)):
                raise InvalidArgumentError(
                    "request",
                    "connect_timeout",
                    connect_timeout,
                    "a number or a SWML variable such as '${name}'",
                )
            _arg["connect_timeout"] = connect_timeout
        if save_variables is not None:
            if not ((save_variables is True or save_variables is False) or is_var(save_variables)):
                raise InvalidArgumentError(
                    "request",
                    "save_variables",
                    save_variables,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["save_variables"] = save_variables
        self._section.append({"request": _arg})
        return self

    def return_(self, value: Any = None, /) -> Self:
        """Return a value from an execute call or exit the script. The value can be any type.

        Spec: ``#/$defs/Return/properties/return``.

        Args:
            value: any JSON value

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = json_copy(value, "")
        except Invalid as error:
            refused("return", "value", value, "any JSON value", error)
        self._section.append({"return": _arg})
        return self

    def send_digits(self, digits: str) -> Self:
        """Send digit presses as DTMF tones.

        Spec: ``#/$defs/SendDigits/properties/send_digits``.

        Args:
            digits: The digits to send. Valid values are 0123456789*#ABCDWw. Character W is a 1 second delay, and w is a 500ms delay.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(digits, str):
            raise InvalidArgumentError("send_digits", "digits", digits, "a string")
        _arg["digits"] = digits
        self._section.append({"send_digits": _arg})
        return self

    def send_fax(
        self,
        document: str,
        *,
        header_info: str | None = None,
        identity: str | None = None,
        status_url: str | None = None,
    ) -> Self:
        """Send a fax.

        Spec: ``#/$defs/SendFax/properties/send_fax``.

        Args:
            document: URL to the PDF document to fax.
            header_info: Header text to include on the fax.
            identity: Station identity to report.
                Default is the calling party's caller ID number.
            status_url: http or https URL to deliver send_fax status events

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(document, str):
            raise InvalidArgumentError("send_fax", "document", document, "a string")
        _arg["document"] = document
        if header_info is not None:
            if not isinstance(header_info, str):
                raise InvalidArgumentError("send_fax", "header_info", header_info, "a string")
            _arg["header_info"] = header_info
        if identity is not None:
            if not isinstance(identity, str):
                raise InvalidArgumentError("send_fax", "identity", identity, "a string")
            _arg["identity"] = identity
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("send_fax", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"send_fax": _arg})
        return self

    def send_sms(
        self,
        *,
        to_number: str | None = None,
        from_number: str | None = None,
        region: str | None = None,
        tags: Sequence[str] | None = None,
        status_callback: str | None = None,
        body: str | None = None,
        media: Sequence[str] | None = None,
    ) -> Self:
        """Send an outbound SMS or MMS message to a PSTN phone number.

        Spec: ``#/$defs/SendSMS/properties/send_sms``.

        Args:
            to_number: Phone number to send SMS message to in E.164 format.
            from_number: Phone number the SMS message will be sent from in E.164 format.
            region: Region of the world to originate the message from. Chosen based on account preferences or device location if not specified.
            tags: Array of tags to associate with the message to facilitate log searches.
            status_callback: URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback).
            body: Required if `media` is not present. The body of the SMS message.
            media: Required if `body` is not present. Array of media URLs to include in the message.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if to_number is not None:
            _given["to_number"] = to_number
        if from_number is not None:
            _given["from_number"] = from_number
        if region is not None:
            _given["region"] = region
        if tags is not None:
            _given["tags"] = tags
        if status_callback is not None:
            _given["status_callback"] = status_callback
        if body is not None:
            _given["body"] = body
        if media is not None:
            _given["media"] = media
        try:
            _arg = _SMSWithBody_or_SMSWithMedia(_given, "")
        except Invalid as error:
            refused_in("send_sms", _given, "a SMSWithBody object or a SMSWithMedia object", error)
        self._section.append({"send_sms": _arg})
        return self

    def set(self, value: Mapping[str, Any], /) -> Self:
        """Set script variables to the specified values.
        Accepts an object mapping variable names to values.
        Variables set using set can be removed using unset.

        Spec: ``#/$defs/Set/properties/set``.

        Args:
            value: a JSON object

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = _map_of_any(value, "")
        except Invalid as error:
            refused("set", "value", value, "a JSON object", error)
        self._section.append({"set": _arg})
        return self

    def sleep(
        self,
        value: int | SwmlVariable | None = None,
        /,
        *,
        duration: int | SwmlVariable | None = None,
    ) -> Self:
        """Pause execution for a specified duration.

        Spec: ``#/$defs/Sleep/properties/sleep``.

        Args:
            value: The short form: an integer or a SWML variable such as '${name}'
            duration: The amount of time to sleep in milliseconds.
                Must be a positive integer. Can also be set to `-1` for the sleep to never end.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if duration is not None:
            _given["duration"] = duration
        if value is not None:
            if _given:
                raise InvalidArgumentError(
                    "sleep", "value", value, "either the short form or keywords, not both"
                )
            try:
                _arg = _Sleep_or_int_or_var(value, "")
            except Invalid as error:
                refused(
                    "sleep",
                    "value",
                    value,
                    "a Sleep object or an integer or a SWML variable such as '${name}'",
                    error,
                )
        else:
            try:
                _arg = _Sleep_or_int_or_var(_given, "")
            except Invalid as error:
                refused_in(
                    "sleep",
                    _given,
                    "a Sleep object or an integer or a SWML variable such as '${name}'",
                    error,
                )
        self._section.append({"sleep": _arg})
        return self

    def sip_refer(
        self,
        to_uri: str,
        *,
        status_url: str | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> Self:
        """Send SIP REFER to a SIP call.

        Spec: ``#/$defs/SIPRefer/properties/sip_refer``.

        Args:
            to_uri: The SIP URI to send the REFER to.
            status_url: The HTTP or HTTPS URL to send status callback events to.
            username: Username to use for SIP authentication.
            password: Password to use for SIP authentication.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(to_uri, str):
            raise InvalidArgumentError("sip_refer", "to_uri", to_uri, "a string")
        _arg["to_uri"] = to_uri
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("sip_refer", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        if username is not None:
            if not isinstance(username, str):
                raise InvalidArgumentError("sip_refer", "username", username, "a string")
            _arg["username"] = username
        if password is not None:
            if not isinstance(password, str):
                raise InvalidArgumentError("sip_refer", "password", password, "a string")
            _arg["password"] = password
        self._section.append({"sip_refer": _arg})
        return self

    def stop_denoise(self) -> Self:
        """Stop noise reduction that was started with denoise.

        Spec: ``#/$defs/StopDenoise/properties/stop_denoise``.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        self._section.append({"stop_denoise": _arg})
        return self

    def stop_record_call(self, *, control_id: str | None = None) -> Self:
        """Stop an active background recording.

        Spec: ``#/$defs/StopRecordCall/properties/stop_record_call``.

        Args:
            control_id: Identifier for the recording to stop.
                If not set, the last recording started will be stopped.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if control_id is not None:
            if not isinstance(control_id, str):
                raise InvalidArgumentError("stop_record_call", "control_id", control_id, "a string")
            _arg["control_id"] = control_id
        self._section.append({"stop_record_call": _arg})
        return self

    def stop_stream(self, *, control_id: str | None = None) -> Self:
        """Stop an active audio stream.

        Spec: ``#/$defs/StopStream/properties/stop_stream``.

        Args:
            control_id: ID of the stream to stop.
                If not set, it will stop the most recent stream started.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if control_id is not None:
            if not isinstance(control_id, str):
                raise InvalidArgumentError("stop_stream", "control_id", control_id, "a string")
            _arg["control_id"] = control_id
        self._section.append({"stop_stream": _arg})
        return self

    def stop_tap(self, *, control_id: str | None = None) -> Self:
        """Stop an active tap stream.

        Spec: ``#/$defs/StopTap/properties/stop_tap``.

        Args:
            control_id: ID of the tap to stop.
                If not set, it will shut off the most recent tap session.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if control_id is not None:
            if not isinstance(control_id, str):
                raise InvalidArgumentError("stop_tap", "control_id", control_id, "a string")
            _arg["control_id"] = control_id
        self._section.append({"stop_tap": _arg})
        return self

    def stream(
        self,
        url: str,
        *,
        control_id: str | None = None,
        name: str | None = None,
        track: Track | Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
        codec: str | None = None,
        status_url: str | None = None,
        status_url_method: StatusUrlMethod | Literal["GET", "POST"] | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, str] | None = None,
    ) -> Self:
        """Start a background audio stream from the call to a WebSocket endpoint. Runs alongside the call as an independent operation.

        Spec: ``#/$defs/Stream/properties/stream``.

        Args:
            url: Secure WebSocket URI (wss://) to stream the call audio to.
            control_id: Identifier for this stream to use with `stop_stream`. If not set, one is generated and stored in the `stream_control_id` variable.
            name: Friendly name for the stream.
            track: Audio track to stream:
                    `inbound_track` for what the caller says,
                    `outbound_track` for what the caller hears,
                    `both_tracks` for both.
                    Default is `"inbound_track"`.
            codec: Codec to use for the streamed audio. Freeform and endpoint-specific.
                Common values include `PCMU`, `PCMA`, and `OPUS`.
            status_url: HTTP or HTTPS URL to deliver stream status events.
            status_url_method: HTTP method used to deliver stream status events to `status_url`.
                Possible Values: [`GET`, `POST`]. Default is `"POST"`.
            authorization_bearer_token: Bearer token sent as an `Authorization` header during the WebSocket handshake.
            custom_parameters: Custom key-value pairs sent to the WebSocket endpoint in the start message.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(url, str):
            raise InvalidArgumentError("stream", "url", url, "a string")
        _arg["url"] = url
        if control_id is not None:
            if not isinstance(control_id, str):
                raise InvalidArgumentError("stream", "control_id", control_id, "a string")
            _arg["control_id"] = control_id
        if name is not None:
            if not isinstance(name, str):
                raise InvalidArgumentError("stream", "name", name, "a string")
            _arg["name"] = name
        if track is not None:
            if not (isinstance(track, str) and track in _E_Track):
                raise InvalidArgumentError(
                    "stream",
                    "track",
                    track,
                    "one of 'inbound_track', 'outbound_track', 'both_tracks' (or a Track member)",
                )
            _arg["track"] = _E_Track[track]
        if codec is not None:
            if not isinstance(codec, str):
                raise InvalidArgumentError("stream", "codec", codec, "a string")
            _arg["codec"] = codec
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("stream", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        if status_url_method is not None:
            if not (isinstance(status_url_method, str) and status_url_method in _E_StatusUrlMethod):
                raise InvalidArgumentError(
                    "stream",
                    "status_url_method",
                    status_url_method,
                    "one of 'GET', 'POST' (or a StatusUrlMethod member)",
                )
            _arg["status_url_method"] = _E_StatusUrlMethod[status_url_method]
        if authorization_bearer_token is not None:
            if not isinstance(authorization_bearer_token, str):
                raise InvalidArgumentError(
                    "stream", "authorization_bearer_token", authorization_bearer_token, "a string"
                )
            _arg["authorization_bearer_token"] = authorization_bearer_token
        if custom_parameters is not None:
            try:
                _arg["custom_parameters"] = _map_of_str(custom_parameters, "custom_parameters")
            except Invalid as error:
                refused(
                    "stream",
                    "custom_parameters",
                    custom_parameters,
                    "a JSON object whose values are each a string",
                    error,
                )
        self._section.append({"stream": _arg})
        return self

    def switch(
        self,
        variable: str,
        case: Mapping[str, Sequence[SwmlMethod]],
        *,
        default: Sequence[SwmlMethod] | None = None,
    ) -> Self:
        """Execute different instructions based on a variable's value.

        Spec: ``#/$defs/Switch/properties/switch``.

        Args:
            variable: Name of the variable whose value needs to be compared.
            case: Object of key-mapped values to array of SWML methods to execute.
            default: Array of SWML methods to execute if no cases match.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(variable, str):
            raise InvalidArgumentError("switch", "variable", variable, "a string")
        _arg["variable"] = variable
        try:
            _arg["case"] = _map_of_list_of_method(case, "case")
        except Invalid as error:
            refused(
                "switch",
                "case",
                case,
                "a JSON object whose values are each a list of SWML methods",
                error,
            )
        if default is not None:
            try:
                _arg["default"] = _list_of_method(default, "default")
            except Invalid as error:
                refused("switch", "default", default, "a list of SWML methods", error)
        self._section.append({"switch": _arg})
        return self

    def tap(
        self,
        uri: str,
        *,
        control_id: str | None = None,
        direction: TapDirection | Literal["speak", "listen", "both"] | None = None,
        codec: Codec | Literal["PCMU", "PCMA"] | None = None,
        rtp_ptime: int | SwmlVariable | None = None,
        status_url: str | None = None,
    ) -> Self:
        """Start background call tap. Media is streamed over Websocket or RTP to customer controlled URI.

        Spec: ``#/$defs/Tap/properties/tap``.

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

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(uri, str):
            raise InvalidArgumentError("tap", "uri", uri, "a string")
        _arg["uri"] = uri
        if control_id is not None:
            if not isinstance(control_id, str):
                raise InvalidArgumentError("tap", "control_id", control_id, "a string")
            _arg["control_id"] = control_id
        if direction is not None:
            if not (isinstance(direction, str) and direction in _E_TapDirection):
                raise InvalidArgumentError(
                    "tap",
                    "direction",
                    direction,
                    "one of 'speak', 'listen', 'both' (or a TapDirection member)",
                )
            _arg["direction"] = _E_TapDirection[direction]
        if codec is not None:
            if not (isinstance(codec, str) and codec in _E_Codec):
                raise InvalidArgumentError(
                    "tap", "codec", codec, "one of 'PCMU', 'PCMA' (or a Codec member)"
                )
            _arg["codec"] = _E_Codec[codec]
        if rtp_ptime is not None:
            if not (type(rtp_ptime) is int or is_var(rtp_ptime)):
                raise InvalidArgumentError(
                    "tap", "rtp_ptime", rtp_ptime, "an integer or a SWML variable such as '${name}'"
                )
            _arg["rtp_ptime"] = rtp_ptime
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("tap", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"tap": _arg})
        return self

    def transcribe(self, *, status_url: str | None = None) -> Self:
        """Transcribe the entire call in the background.
        Execution continues to the next instruction while the call proceeds; the transcription covers the whole call and completes when the call ends.
        For real-time transcription delivered as the call happens, use `live_transcribe` instead.
        Only one transcription can be active on a call at a time.
        To stop it, use the `transcribe_stop` method.

        Spec: ``#/$defs/Transcribe/properties/transcribe``.

        Args:
            status_url: An HTTP or HTTPS URL that receives the status callback when the transcription finishes

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("transcribe", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        self._section.append({"transcribe": _arg})
        return self

    def transcribe_stop(self) -> Self:
        """Stop the transcription currently running on the call, started with `transcribe`.
        No parameters are required.

        Spec: ``#/$defs/TranscribeStop/properties/transcribe_stop``.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        self._section.append({"transcribe_stop": _arg})
        return self

    def transfer(
        self,
        dest: str,
        *,
        params: Mapping[str, Any] | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> Self:
        """Transfer the execution of the script to a different SWML section, URL, or Relay application.
        Once the transfer is complete, the script will continue executing SWML from the new location.

        Spec: ``#/$defs/Transfer/properties/transfer``.

        Args:
            dest: Specifies where to transfer to. The value can be one of:
                - <section_name> - section in the SWML document to jump to
                - A URL (http or https) - URL to fetch next document from. Sends HTTP POST.
                  Authentication can also be set in the URL in the format of username:password@url.
                - An inline SWML document (as a JSON string)
            params: Named parameters to send to transfer destination.
                Accepts an object mapping variable names to values.
                Default is not set.
            meta: User data, ignored by SignalWire.
                Accepts an object mapping variable names to values.
                Default is not set.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(dest, str):
            raise InvalidArgumentError("transfer", "dest", dest, "a string")
        _arg["dest"] = dest
        if params is not None:
            try:
                _arg["params"] = _map_of_any(params, "params")
            except Invalid as error:
                refused("transfer", "params", params, "a JSON object", error)
        if meta is not None:
            try:
                _arg["meta"] = _map_of_any(meta, "meta")
            except Invalid as error:
                refused("transfer", "meta", meta, "a JSON object", error)
        self._section.append({"transfer": _arg})
        return self

    def unset(self, value: str | Sequence[str], /) -> Self:
        """Unset specified variables. The variables may have been set using the set method
        or as a byproduct of other statements or methods.
        Accepts a single variable name as a string or an array of variable names.

        Spec: ``#/$defs/Unset/properties/unset``.

        Args:
            value: a string or a list of strings

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = _str_or_list_of_str(value, "")
        except Invalid as error:
            refused("unset", "value", value, "a string or a list of strings", error)
        self._section.append({"unset": _arg})
        return self

    def pay(
        self,
        payment_connector_url: str,
        *,
        charge_amount: str | None = None,
        currency: str | None = None,
        description: str | None = None,
        input: Literal["dtmf"] | None = None,
        language: str | None = None,
        max_attempts: int | SwmlVariable | None = None,
        min_postal_code_length: int | SwmlVariable | None = None,
        parameters: Sequence[PayParametersDict | PayParameters] | None = None,
        payment_method: Literal["credit-card"] | None = None,
        postal_code: bool | str | None = None,
        prompts: Sequence[PayPromptsDict | PayPrompts] | None = None,
        security_code: bool | SwmlVariable | None = None,
        status_url: str | None = None,
        timeout: int | SwmlVariable | None = None,
        token_type: TokenType | Literal["one-time", "reusable"] | None = None,
        valid_card_types: str | None = None,
        voice: str | None = None,
    ) -> Self:
        """Enables secure payment processing during voice calls. When implemented, it manages the entire payment flow
        including data collection, validation, and processing through your configured payment gateway.

        Spec: ``#/$defs/Pay/properties/pay``.

        Args:
            payment_connector_url: The URL to make POST requests with all the gathered payment details.
                This URL is used to process the final payment transaction and return the results through the response.

                Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information.
            charge_amount: The amount to charge against payment method passed in the request. `Float` value with no currency prefix passed as string.
            currency: Uses the ISO 4217 currency code of the charge amount.
            description: Custom description of the payment provided in the request.
            input: The method of how to collect the payment details. Currently only `dtmf` mode is supported.
            language: Language to use for prompts being played to the caller by the `pay` method.
            max_attempts: Number of times the `pay` method will retry to collect payment details.
            min_postal_code_length: The minimum length of the postal code the user must enter.
            parameters: Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs.

                Keys of ``PayParameters`` (``PayParametersDict``):

                - ``name`` (required): a string. The identifier for your custom parameter.
                - ``value`` (required): a string. The value associated with the parameter.

            payment_method: Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported.
            postal_code: Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`.
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

            security_code: Takes true or false to let pay method know whether to prompt for security code.
            status_url: The URL to send requests for each status change during the payment process.

                Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information.
            timeout: Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured.
            token_type: Whether the payment is a one off payment or re-occurring.

                Allowed values:
                - `one-time`
                - `reusable`
            valid_card_types: List of payment cards allowed to use in the requested payment process separated by space.

                Allowed values:
                - `visa`
                - `mastercard`
                - `amex`
                - `maestro`
                - `discover`
                - `jcb`
                - `diners-club`
            voice: Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(payment_connector_url, str):
            raise InvalidArgumentError(
                "pay", "payment_connector_url", payment_connector_url, "a string"
            )
        _arg["payment_connector_url"] = payment_connector_url
        if charge_amount is not None:
            if not isinstance(charge_amount, str):
                raise InvalidArgumentError("pay", "charge_amount", charge_amount, "a string")
            _arg["charge_amount"] = charge_amount
        if currency is not None:
            if not isinstance(currency, str):
                raise InvalidArgumentError("pay", "currency", currency, "a string")
            _arg["currency"] = currency
        if description is not None:
            if not isinstance(description, str):
                raise InvalidArgumentError("pay", "description", description, "a string")
            _arg["description"] = description
        if input is not None:
            if not (isinstance(input, str) and input == "dtmf"):
                raise InvalidArgumentError("pay", "input", input, "'dtmf'")
            _arg["input"] = "dtmf"
        if language is not None:
            if not isinstance(language, str):
                raise InvalidArgumentError("pay", "language", language, "a string")
            _arg["language"] = language
        if max_attempts is not None:
            if not (type(max_attempts) is int or is_var(max_attempts)):
                raise InvalidArgumentError(
                    "pay",
                    "max_attempts",
                    max_attempts,
                    "an integer or a SWML variable such as '${name}'",
                )
            _arg["max_attempts"] = max_attempts
        if min_postal_code_length is not None:
            if not (type(min_postal_code_length) is int or is_var(min_postal_code_length)):
                raise InvalidArgumentError(
                    "pay",
                    "min_postal_code_length",
                    min_postal_code_length,
                    "an integer or a SWML variable such as '${name}'",
                )
            _arg["min_postal_code_length"] = min_postal_code_length
        if parameters is not None:
            try:
                _arg["parameters"] = _list_of_PayParameters(parameters, "parameters")
            except Invalid as error:
                refused("pay", "parameters", parameters, "a list of PayParameters objects", error)
        if payment_method is not None:
            if not (isinstance(payment_method, str) and payment_method == "credit-card"):
                raise InvalidArgumentError("pay", "payment_method", payment_method, "'credit-card'")
            _arg["payment_method"] = "credit-card"
        if postal_code is not None:
            if not ((postal_code is True or postal_code is False) or isinstance(postal_code, str)):
                raise InvalidArgumentError(
                    "pay", "postal_code", postal_code, "True or False or a string"
                )
            _arg["postal_code"] = postal_code
        if prompts is not None:
            try:
                _arg["prompts"] = _list_of_PayPrompts(prompts, "prompts")
            except Invalid as error:
                refused("pay", "prompts", prompts, "a list of PayPrompts objects", error)
        if security_code is not None:
            if not ((security_code is True or security_code is False) or is_var(security_code)):
                raise InvalidArgumentError(
                    "pay",
                    "security_code",
                    security_code,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["security_code"] = security_code
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("pay", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        if timeout is not None:
            if not (type(timeout) is int or is_var(timeout)):
                raise InvalidArgumentError(
                    "pay", "timeout", timeout, "an integer or a SWML variable such as '${name}'"
                )
            _arg["timeout"] = timeout
        if token_type is not None:
            if not (isinstance(token_type, str) and token_type in _E_TokenType):
                raise InvalidArgumentError(
                    "pay",
                    "token_type",
                    token_type,
                    "one of 'one-time', 'reusable' (or a TokenType member)",
                )
            _arg["token_type"] = _E_TokenType[token_type]
        if valid_card_types is not None:
            if not isinstance(valid_card_types, str):
                raise InvalidArgumentError("pay", "valid_card_types", valid_card_types, "a string")
            _arg["valid_card_types"] = valid_card_types
        if voice is not None:
            if not isinstance(voice, str):
                raise InvalidArgumentError("pay", "voice", voice, "a string")
            _arg["voice"] = voice
        self._section.append({"pay": _arg})
        return self

    def detect_machine(
        self,
        *,
        detect_message_end: bool | SwmlVariable | None = None,
        detectors: str | None = None,
        end_silence_timeout: float | SwmlVariable | None = None,
        initial_timeout: float | SwmlVariable | None = None,
        machine_ready_timeout: float | SwmlVariable | None = None,
        machine_voice_threshold: float | SwmlVariable | None = None,
        machine_words_threshold: int | SwmlVariable | None = None,
        status_url: str | None = None,
        timeout: float | SwmlVariable | None = None,
        tone: Tone | Literal["CED", "CNG"] | None = None,
        wait: bool | SwmlVariable | None = None,
    ) -> Self:
        """A detection method that combines AMD (Answering Machine Detection) and fax detection.
        Detect whether the user on the other end of the call is a machine (fax, voicemail, etc.) or a human.
        The detection result(s) will be sent to the specified status_url as a POST request
        and will also be saved in the detect_result variable.

        Spec: ``#/$defs/DetectMachine/properties/detect_machine``.

        Args:
            detect_message_end: If `true`, stops detection on beep / end of voicemail greeting. Default `false`.
            detectors: Comma-separated string of detectors to enable. Valid values: `amd`, `fax`.
            end_silence_timeout: How long to wait for voice to finish. Default `1.0`.
            initial_timeout: How long to wait for initial voice before giving up. Default `4.5`.
            machine_ready_timeout: How long to wait for voice to finish before firing READY event. Default is `end_silence_timeout`.
            machine_voice_threshold: The number of seconds of ongoing voice activity required to classify as MACHINE. Default `1.25`.
            machine_words_threshold: The minimum number of words that must be detected in a single utterance before classifying the call as MACHINE. Default `6`.
            status_url: The http(s) URL to deliver detector events to.
            timeout: The max time to run detector. Default `30.0` seconds.
            tone: The tone to detect, will only receive remote side tone. Default `CED`.
            wait: If false, the detector will run asynchronously and status_url must be set.
                If true, the detector will wait for detection to complete before moving to the next SWML instruction.
                Default is `true`.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if detect_message_end is not None:
            if not (
                (detect_message_end is True or detect_message_end is False)
                or is_var(detect_message_end)
            ):
                raise InvalidArgumentError(
                    "detect_machine",
                    "detect_message_end",
                    detect_message_end,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["detect_message_end"] = detect_message_end
        if detectors is not None:
            if not isinstance(detectors, str):
                raise InvalidArgumentError("detect_machine", "detectors", detectors, "a string")
            _arg["detectors"] = detectors
        if end_silence_timeout is not None:
            if not (
                (is_number(end_silence_timeout) and end_silence_timeout >= 0)
                or is_var(end_silence_timeout)
            ):
                raise InvalidArgumentError(
                    "detect_machine",
                    "end_silence_timeout",
                    end_silence_timeout,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            _arg["end_silence_timeout"] = end_silence_timeout
        if initial_timeout is not None:
            if not (
                (is_number(initial_timeout) and initial_timeout >= 0) or is_var(initial_timeout)
            ):
                raise InvalidArgumentError(
                    "detect_machine",
                    "initial_timeout",
                    initial_timeout,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            _arg["initial_timeout"] = initial_timeout
        if machine_ready_timeout is not None:
            if not (
                (is_number(machine_ready_timeout) and machine_ready_timeout >= 0)
                or is_var(machine_ready_timeout)
            ):
                raise InvalidArgumentError(
                    "detect_machine",
                    "machine_ready_timeout",
                    machine_ready_timeout,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            _arg["machine_ready_timeout"] = machine_ready_timeout
        if machine_voice_threshold is not None:
            if not (
                (is_number(machine_voice_threshold) and machine_voice_threshold >= 0)
                or is_var(machine_voice_threshold)
            ):
                raise InvalidArgumentError(
                    "detect_machine",
                    "machine_voice_threshold",
                    machine_voice_threshold,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            _arg["machine_voice_threshold"] = machine_voice_threshold
        if machine_words_threshold is not None:
            if not (
                (type(machine_words_threshold) is int and machine_words_threshold >= 0)
                or is_var(machine_words_threshold)
            ):
                raise InvalidArgumentError(
                    "detect_machine",
                    "machine_words_threshold",
                    machine_words_threshold,
                    "an integer of at least 0 or a SWML variable such as '${name}'",
                )
            _arg["machine_words_threshold"] = machine_words_threshold
        if status_url is not None:
            if not isinstance(status_url, str):
                raise InvalidArgumentError("detect_machine", "status_url", status_url, "a string")
            _arg["status_url"] = status_url
        if timeout is not None:
            if not ((is_number(timeout) and timeout >= 0) or is_var(timeout)):
                raise InvalidArgumentError(
                    "detect_machine",
                    "timeout",
                    timeout,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            _arg["timeout"] = timeout
        if tone is not None:
            if not (isinstance(tone, str) and tone in _E_Tone):
                raise InvalidArgumentError(
                    "detect_machine", "tone", tone, "one of 'CED', 'CNG' (or a Tone member)"
                )
            _arg["tone"] = _E_Tone[tone]
        if wait is not None:
            if not ((wait is True or wait is False) or is_var(wait)):
                raise InvalidArgumentError(
                    "detect_machine",
                    "wait",
                    wait,
                    "True or False or a SWML variable such as '${name}'",
                )
            _arg["wait"] = wait
        self._section.append({"detect_machine": _arg})
        return self

    def user_event(self, event: Mapping[str, Any]) -> Self:
        """Allows the user to set and send events to the connected client on the call.
        This is useful for triggering actions on the client side.
        Commonly used with the [browser-sdk](/docs/browser-sdk/v3/js/reference/signalwire/client).
        The event object can be any valid JSON object.
        Any key-value pair in the object is sent to the client as an event type called `user_event`.

        Spec: ``#/$defs/UserEvent/properties/user_event``.

        Args:
            event: a JSON object

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["event"] = _map_of_any(event, "event")
        except Invalid as error:
            refused("user_event", "event", event, "a JSON object", error)
        self._section.append({"user_event": _arg})
        return self

    def execute_rpc(
        self,
        method: str,
        *,
        call_id: str | None = None,
        node_id: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> Self:
        """Run an RPC command on a call, such as dialling out, sending a message to another call's agent or taking it off hold.

        Spec: ``#/$defs/ExecuteRPC/properties/execute_rpc``.

        Args:
            method: The RPC method, such as `dial`, `ai_message` or `ai_unhold`.
            call_id: The call the command is for.
            node_id: The node the call is on.
            params: The method's parameters.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(method, str):
            raise InvalidArgumentError("execute_rpc", "method", method, "a string")
        _arg["method"] = method
        if call_id is not None:
            if not isinstance(call_id, str):
                raise InvalidArgumentError("execute_rpc", "call_id", call_id, "a string")
            _arg["call_id"] = call_id
        if node_id is not None:
            if not isinstance(node_id, str):
                raise InvalidArgumentError("execute_rpc", "node_id", node_id, "a string")
            _arg["node_id"] = node_id
        if params is not None:
            try:
                _arg["params"] = _map_of_any(params, "params")
            except Invalid as error:
                refused("execute_rpc", "params", params, "a JSON object", error)
        self._section.append({"execute_rpc": _arg})
        return self
