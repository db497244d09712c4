# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

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

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

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
    from swml_verbs.models import (
        SWAIG,
        AddDynamicHintsAction,
        AIObject,
        AIParams,
        AIPostPromptPom,
        AIPostPromptText,
        AIPromptPom,
        AIPromptText,
        AISidecarArrayParam,
        AISidecarBooleanParam,
        AISidecarFunctionParameters,
        AISidecarIntegerParam,
        AISidecarNumberParam,
        AISidecarObject,
        AISidecarObjectParam,
        AISidecarParams,
        AISidecarPermissions,
        AISidecarPromptFile,
        AISidecarPromptPom,
        AISidecarPromptText,
        AISidecarStringParam,
        AISidecarSummarizeAction,
        AISidecarSummarizeActionSummarize,
        AISidecarSWAIG,
        AISidecarSWAIGDefaults,
        AISidecarSWAIGFunction,
        AllOfProperty,
        AmazonBedrockObject,
        Answer,
        AnyOfProperty,
        ArrayProperty,
        BedrockDataMap,
        BedrockExpression,
        BedrockOutput,
        BedrockParams,
        BedrockSWAIG,
        BedrockSWAIGFunction1,
        BedrockSWAIGFunction2,
        BedrockSWAIGFunction3,
        BedrockSWAIGFunction4,
        BedrockWebhook,
        BooleanProperty,
        ChangeContextAction,
        ChangeStepAction,
        ChangeVoiceAction,
        ClearDynamicHints,
        ClearDynamicHintsAction,
        CondElse,
        CondReg,
        ConnectDestination,
        ConnectDeviceParallel,
        ConnectDeviceSerial,
        ConnectDeviceSerialParallel,
        ConnectDeviceSingle,
        ConnectHeaders,
        ConnectSwitch,
        ConstProperty,
        ContextPOMSteps,
        Contexts,
        ContextsPOMObject,
        ContextsTextObject,
        ContextSwitch,
        ContextSwitchAction,
        ContextTextSteps,
        ConversationMessage,
        DataMap,
        Denoise,
        DetectMachine,
        DynamicHint,
        EndOfSpeechTimeoutAction,
        EnterQueueObject,
        Execute,
        ExecuteRpc,
        ExecuteSwitch,
        Expression,
        ExtensiveDataAction,
        Foreach,
        FunctionFillers,
        FunctionParameters,
        FunctionsOnSpeakerTimeoutAction,
        Goto,
        Hangup,
        HangupAction,
        HangUpHookSWAIGFunction,
        Hint,
        Hold,
        HoldAction,
        Inject,
        InjectAction,
        IntegerProperty,
        JoinConference,
        JoinConferenceStream,
        JoinRoom,
        LanguageParams,
        Languages,
        LiveTranscribe,
        LiveTranslate,
        MCPServer,
        Multilingual,
        MultilingualLanguage,
        NullProperty,
        NumberProperty,
        ObjectProperty,
        OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
        OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
        OmitPropertiesBedrockPromptPomOmittedPromptProps,
        OmitPropertiesBedrockPromptTextOmittedPromptProps,
        OneOfProperty,
        Output,
        Pay,
        PayParameters,
        PayPromptPlayAction,
        PayPrompts,
        PayPromptSayAction,
        PlaybackBg,
        PlaybackBGAction,
        PlayWithURL,
        PlayWithURLS,
        PomSectionBodyContent,
        PomSectionBulletsContent,
        Prompt,
        Pronounce,
        ReceiveFax,
        RecordArgument,
        RecordCall,
        ReplaceInHistoryAction,
        Request,
        SayAction,
        Section,
        SendDigits,
        SendFax,
        SetGlobalDataAction,
        SetMetaDataAction,
        Settings,
        SettingsAction,
        SipRefer,
        Sleep,
        SMSWithBody,
        SMSWithMedia,
        SpeechEventTimeoutAction,
        StartAction,
        StartActionStart,
        StartUpHookSWAIGFunction,
        StopAction,
        StopDenoise,
        StopPlaybackBGAction,
        StopRecordCall,
        StopStream,
        StopTap,
        Stream,
        StringProperty,
        SummarizeAction,
        SummarizeActionSummarize,
        SummarizeConversationSWAIGFunction,
        SWAIGDefaults,
        SWAIGIncludes,
        SWAIGInternalFiller,
        SwaigToolResult,
        Switch,
        SwitchArgument,
        SWMLAction,
        SWMLObject,
        Tap,
        ToggleFunctionsAction,
        ToggleFunctionsItem,
        Transcribe,
        TranscribeStartAction,
        TranscribeStartActionStart,
        TranscribeStop,
        TranscribeSummarizeAction,
        TranscribeSummarizeActionSummarize,
        Transfer,
        TurnFillers,
        UnsetGlobalData,
        UnsetGlobalDataAction,
        UnsetMetaData,
        UnsetMetaDataAction,
        UserEvent,
        UserInputAction,
        UserSWAIGFunction,
        WaitForUserAction,
        Webhook,
    )

#: A SWML variable, ``"${name}"`` or ``"%{name}"``: checked against the spec's pattern at run
#: time. Python's types have no string patterns, so any ``str`` passes the type checkers here.
SwmlVariable: TypeAlias = str


class AIObjectDict(TypedDict):
    """The ``AIObject`` object."""

    global_data: NotRequired[Mapping[str, Any]]
    """A key-value object for storing data that persists throughout the AI session.
    Can be set initially in the SWML script or modified during the conversation using the set_global_data action.
    The global_data object is accessible everywhere in the AI session: prompts, AI parameters,
    and SWML returned from SWAIG functions. Access properties using template strings (e.g. ${global_data.property_name})."""
    hints: NotRequired[Sequence[str | HintDict | Hint]]
    """Hints help the AI agent understand certain words or phrases better. Words that can commonly be misinterpreted can be added to the hints to help the AI speak more accurately."""
    languages: NotRequired[Sequence[LanguagesDict | Languages]]
    """An array of JSON objects defining supported languages in the conversation.
    Mutually exclusive with `multilingual`: if both are set, `multilingual` is used and
    this array is ignored."""
    multilingual: NotRequired[MultilingualDict | Multilingual]
    """Configures a single agent to detect the caller's language and answer in it, switching
    as the caller switches. Use this instead of `languages` when one conversation may span
    several languages. Mutually exclusive with `languages`: if both are set, `multilingual`
    is used and `languages` is ignored."""
    params: NotRequired[AIParamsDict | AIParams | Mapping[str, Any]]
    """A JSON object containing parameters as key-value pairs."""
    post_prompt: NotRequired[
        AIPostPromptTextDict | AIPostPromptText | AIPostPromptPomDict | AIPostPromptPom
    ]
    """The final set of instructions and configuration settings to send to the agent."""
    post_prompt_url: NotRequired[str]
    """The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password@url`."""
    pronounce: NotRequired[Sequence[PronounceDict | Pronounce]]
    """An array of JSON objects to clarify the AI's pronunciation of words or expressions."""
    prompt: AIPromptTextDict | AIPromptText | AIPromptPomDict | AIPromptPom
    """Defines the AI agent's personality, goals, behaviors, and instructions for handling conversations.
    The prompt establishes how the agent should interact with callers, what information it should gather,
    and how it should respond to various scenarios. It is recommended to write prompts using markdown formatting."""
    SWAIG: NotRequired[SWAIGDict | SWAIG]
    """An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue."""


class AIParamsDict(TypedDict):
    """The ``AIParams`` object.

    It takes other keys too: Any."""

    acknowledge_interruptions: NotRequired[bool | SwmlVariable]
    """Instructs the agent to acknowledge crosstalk and confirm user input when the user speaks over the agent."""
    ai_model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """The model to use for the AI. Allowed values are `gpt-4o-mini`, `gpt-4.1-mini`, and `gpt-4.1-nano`."""
    ai_name: NotRequired[str]
    """Sets the name the AI agent responds to for wake/activation purposes. When using `enable_pause`, `start_paused`, or `speak_when_spoken_to`, the user must say this name to get the agent's attention. The name matching is case-insensitive."""
    ai_volume: NotRequired[int | SwmlVariable]
    """Adjust the volume of the AI. Allowed values from `-50` - `50`. **Default:** `0`."""
    app_name: NotRequired[str]
    """A custom identifier for the AI application instance. This name is included in webhook payloads, allowing backend systems to identify which AI configuration made the request."""
    asr_smart_format: NotRequired[bool | SwmlVariable]
    """If true, enables smart formatting in ASR (Automatic Speech Recognition).
    This improves the formatting of numbers, dates, times, and other entities in the transcript.
    **Default:** `false`"""
    attention_timeout: NotRequired[int | Literal[0] | SwmlVariable]
    """Amount of time, in ms, to wait before prompting the user to respond. Allowed values from `10,000` - `600,000`. Set to `0` to disable. **Default:** `5000` ms (note: user-configurable values must be `0` or within the `10,000` - `600,000` range)."""
    attention_timeout_prompt: NotRequired[str]
    """A custom prompt that is fed into the AI when the attention_timeout is reached."""
    asr_diarize: NotRequired[bool | SwmlVariable]
    """If true, enables speaker diarization in ASR (Automatic Speech Recognition).
    This will break up the transcript into chunks, with each chunk containing a unique identity (e.g speaker1, speaker2, etc.)
    and the text they spoke.
    **Default:** `false`"""
    asr_speaker_affinity: NotRequired[bool | SwmlVariable]
    """If true, will force the AI Agent to only respond to the speaker who reesponds to the AI Agent first.
    Any other speaker will be ignored.
    **Default:** `false`"""
    audible_debug: NotRequired[bool | SwmlVariable]
    """If `true`, the AI will announce the function that is being executed on the call. **Default:** `false`."""
    audible_latency: NotRequired[bool | SwmlVariable]
    """If `true`, the AI will announce latency information during the call. Useful for debugging. **Default:** `false`."""
    background_file: NotRequired[str]
    """URL of audio file to play in the background while AI plays in foreground."""
    background_file_loops: NotRequired[int | SwmlVariable | None]
    """Maximum number of times to loop playing the background file. `undefined` means loop indefinitely."""
    background_file_volume: NotRequired[int | SwmlVariable]
    """Defines background_file volume within a range of `-50` to `50`. **Default:** `0`."""
    enable_barge: NotRequired[str | bool | SwmlVariable]
    """Controls the barge behavior. Allowed values are `"complete"`, `"partial"`, `"all"`, or boolean.
    **Default:** `"complete,partial"`"""
    enable_inner_dialog: NotRequired[bool | SwmlVariable]
    """Enables the inner dialog feature, which runs a separate AI process in the background
    that analyzes the conversation and provides real-time insights to the main AI agent.
    This gives the agent a form of "internal thought process" that can help it make better decisions."""
    enable_pause: NotRequired[bool | SwmlVariable]
    """Enables the pause/resume functionality for the AI agent. When enabled, a `pause_conversation`
    function is automatically added that the AI can call when the user says things like "hold on",
    "wait", or "pause". While paused, the agent stops responding until the user speaks the agent's
    name (set via `ai_name`) to resume. Cannot be used together with `speak_when_spoken_to`."""
    enable_turn_detection: NotRequired[bool | SwmlVariable]
    """Enables intelligent turn detection that monitors partial speech transcripts for sentence-ending
    punctuation. When detected, the system can proactively finalize the speech recognition,
    reducing latency before the AI responds. Works with `turn_detection_timeout`."""
    barge_match_string: NotRequired[str]
    """Takes a string, including a regular expression, defining barge behavior.
    For example, this param can direct the AI to stop when the word 'hippopotamus' is input."""
    barge_min_words: NotRequired[int | SwmlVariable]
    """Defines the number of words that must be input before triggering barge behavior, in a range of `1-99`."""
    barge_functions: NotRequired[bool | SwmlVariable]
    """If `true`, allows functions to be executed while the AI is being interrupted. **Default:** `true`."""
    cache_mode: NotRequired[bool | SwmlVariable]
    """If `true`, enables response caching for improved performance. **Default:** `false`."""
    conscience: NotRequired[str]
    """Sets the prompt which binds the agent to its purpose."""
    convo: NotRequired[Sequence[ConversationMessageDict | ConversationMessage]]
    """Injects pre-existing conversation history into the AI session at startup. This allows you to seed the AI agent with context from a previous conversation or provide example interactions."""
    conversation_id: NotRequired[str]
    """Used by `check_for_input` and `save_conversation` to identify an individual conversation."""
    conversation_sliding_window: NotRequired[int | SwmlVariable]
    """Sets the size of the sliding window for conversation history. This limits how much conversation history is sent to the AI model."""
    debug_webhook_level: NotRequired[int | SwmlVariable]
    """Enables debugging to the set URL. Allowed values from `0` - `2`. Default is `1` if url is set."""
    debug_webhook_url: NotRequired[str]
    """Each interaction between the AI and end user is posted in real time to the established URL."""
    debug: NotRequired[bool | int | SwmlVariable]
    """Enables debug mode for the AI session. When enabled, additional diagnostic information is logged including turn detection events, speech processing details, and internal state changes."""
    direction: NotRequired[Direction | Literal["inbound", "outbound"] | SwmlVariable]
    """Forces the direction of the call to the assistant. Valid values are `inbound` and `outbound`."""
    digit_terminators: NotRequired[str]
    """DTMF digit, as a string, to signal the end of input (ex: '#')"""
    digit_timeout: NotRequired[int | SwmlVariable]
    """Time, in ms, at the end of digit input to detect end of input. Allowed values from `0` - `30,000`. **Default:** `3000` ms."""
    end_of_speech_timeout: NotRequired[int | SwmlVariable]
    """Amount of silence, in ms, at the end of an utterance to detect end of speech. Allowed values from `250` - `10,000`. **Default:** `700` ms."""
    enable_accounting: NotRequired[bool | SwmlVariable]
    """If `true`, enables usage accounting. The default is `false`."""
    enable_thinking: NotRequired[bool | SwmlVariable]
    """Enables thinking output for the AI Agent.
    When set to `true`, the AI Agent will be able to utilize thinking capabilities.
    **Important**: This may introduce a little bit of latency as the AI will use an additional turn in the conversation to think about the query."""
    enable_text_normalization: NotRequired[
        EnableTextNormalization
        | Literal["heard", "spoken", "both", "true", "on", "false", "off", "none"]
        | SwmlVariable
    ]
    """Converts numbers, currency, dates, and similar values between their written and spoken forms so the AI understands callers more accurately and speaks its responses more naturally.
    `heard` converts what the caller says into written form before the AI reads it (e.g. "twenty three dollars" becomes "$23").
    `spoken` converts the AI's written response into spoken form before it is read aloud (e.g. "$23" becomes "twenty three dollars").
    `both` applies both directions. Set to `false`, `off`, or `none` to turn it off; `true` and `on` are aliases for `both`.
    Text normalization adapts automatically to the language being spoken; if it isn't available for that language, the affected direction is skipped and the conversation continues.
    **Default:** `both`."""
    auto_correct: NotRequired[bool | SwmlVariable]
    """Cleans up the transcription of the caller's speech before the AI reads it — converting spoken numbers to digits, formatting addresses and phone numbers, and fixing obvious mishearings — without changing the meaning.
    Cannot be used together with `enable_text_normalization`, which is on by default: set `enable_text_normalization` to `"off"` to use `auto_correct`; otherwise `auto_correct` has no effect.
    When used alongside `redact_prompt`, cleanup and redaction happen together in a single step, which keeps responses fast.
    **Default:** `false`."""
    redact_prompt: NotRequired[str]
    """A plain-language description of sensitive content to redact from everything the platform records or transmits about the call — logs, events, webhook payloads, the call timeline, and the post-conversation `call_log` and `raw_call_log`. For example: `"credit card numbers, social security numbers, and full names"`. Redacted content is replaced with `----`. Set this parameter to enable redaction; omit it to leave redaction off.
    The caller still hears the content in full, and the AI still receives the real text — redaction protects what is recorded and transmitted, not what the AI processes. Redaction can occasionally miss content, so treat it as a safeguard for your logs and integrations rather than an absolute guarantee."""
    enable_vision: NotRequired[bool | SwmlVariable]
    """Enables visual input processing for the AI Agent.
    When set to `true`, the AI Agent will be able to utilize visual processing capabilities, while leveraging the `get_visual_input` function."""
    energy_level: NotRequired[float | SwmlVariable]
    """Amount of energy necessary for bot to hear you (in dB). Allowed values from `0.0` - `100.0`. **Default:** `52.0` dB."""
    first_word_timeout: NotRequired[int | SwmlVariable]
    """Amount of time, in ms, to wait for the first word after speech is detected. Allowed values from `0` - `10,000`. **Default:** `1000` ms."""
    function_wait_for_talking: NotRequired[bool | SwmlVariable]
    """If `true`, the AI will wait for any `filler` to finish playing before executing a function.
    If `false`, the AI will execute a function asynchronously as the `filler` plays.
    **Default:** `false`."""
    functions_on_no_response: NotRequired[bool | SwmlVariable]
    """If `true`, functions can be executed when there is no user response after a timeout. **Default:** `false`."""
    hard_stop_prompt: NotRequired[str]
    """A final prompt that is fed into the AI when the `hard_stop_time` is reached."""
    hard_stop_time: NotRequired[str | SwmlVariable]
    """Specifies the maximum duration fopr the AI Agent to remain active before it exists the session.
    After the timeout, the AI will stop responding, and will proceed with the next SWML instruction.

    **Time Format:**
      - Seconds Format: `30s`
      - Minutes Format: `2m`
      - Hours Format: `1h`
      - Combined Format: `1h45m30s`"""
    hold_music: NotRequired[str]
    """A URL for the hold music to play, accepting WAV, mp3, and FreeSWITCH tone_stream."""
    hold_on_process: NotRequired[bool | SwmlVariable]
    """Enables hold music during SWAIG processing."""
    inactivity_timeout: NotRequired[int | SwmlVariable]
    """Amount of time, in ms, to wait before exiting the app due to inactivity. Allowed values from `10,000` - `3,600,000`. **Default:** `600000` ms (10 minutes)."""
    inner_dialog_model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """Specifies the AI model to use for the inner dialog feature. Can be set to a different (often smaller/faster) model than the main conversation model. Only used when `enable_inner_dialog` is `true`."""
    inner_dialog_prompt: NotRequired[str]
    """The system prompt that guides the inner dialog AI's behavior. This prompt shapes how the background AI
    analyzes the conversation and what kind of insights it provides to the main agent.
    Only used when `enable_inner_dialog` is `true`."""
    inner_dialog_synced: NotRequired[bool | SwmlVariable]
    """When enabled, synchronizes the inner dialog with the main conversation flow.
    This ensures the inner dialog AI waits for the main conversation turn to complete
    before providing its analysis, rather than running fully asynchronously.
    Only used when `enable_inner_dialog` is `true`."""
    initial_sleep_ms: NotRequired[int | SwmlVariable]
    """Amount of time, in ms, to wait before starting the conversation. Allowed values from `0` - `300,000`."""
    input_poll_freq: NotRequired[int | SwmlVariable]
    """Check for input function with check_for_input.
    Example use case: Feeding an inbound SMS to AI on a voice call, eg., for collecting an email address or other complex information.
    Allowed values from `1000` to `10000` ms.
    **Default:** `2000` ms."""
    interrupt_on_noise: NotRequired[bool | SwmlVariable]
    """When enabled, barges agent upon any sound interruption longer than 1 second."""
    interrupt_prompt: NotRequired[str]
    """Provide a prompt for the agent to handle crosstalk."""
    languages_enabled: NotRequired[bool | SwmlVariable]
    """Has no effect and can be omitted.
    A `languages` array takes effect because it is set, not because of this flag, so setting this
    to `false` does not disable one. The separate `multilingual` object is likewise switched on by
    being set."""
    local_tz: NotRequired[str]
    """The local timezone setting for the AI. Value should use `IANA TZ ID`"""
    llm_diarize_aware: NotRequired[bool | SwmlVariable]
    """If true, the AI Agent will be involved with the diarization process.
    Users can state who they are at the start of the conversation and
    the AI Agent will be able to correctly identify them when they are speaking later in the conversation.
    **Default:** `false`"""
    max_emotion: NotRequired[int | SwmlVariable]
    """Sets the maximum emotion intensity for the AI voice. Allowed values from `1` - `30`. **Default:** `30`."""
    max_response_tokens: NotRequired[int | SwmlVariable]
    """Sets the maximum number of tokens the AI model can generate in a single response. Lower values produce shorter responses and reduce latency."""
    openai_asr_engine: NotRequired[str]
    """The ASR (Automatic Speech Recognition) engine to use. Common values include `deepgram:nova-2` and `deepgram:nova-3`."""
    outbound_attention_timeout: NotRequired[int | SwmlVariable]
    """Sets a time duration for the outbound call recipient to respond to the AI agent before timeout, in a range from `10000` to `600000`. **Default:** `120000` ms (2 minutes)."""
    persist_global_data: NotRequired[bool | SwmlVariable]
    """When enabled, the `global_data` object is automatically saved to a channel variable
    and restored when a new AI session starts on the same call. This allows data to persist
    across multiple AI agent invocations within the same call."""
    pom_format: NotRequired[PomFormat | Literal["markdown", "xml"]]
    """Specifies the output format for structured prompts when using the `pom` array in prompt definitions. Valid values are `markdown` or `xml`."""
    save_conversation: NotRequired[bool | SwmlVariable]
    """Send a summary of the conversation after the call ends.
    This requires a `post_url` to be set in the ai parameters and the `conversation_id` defined below.
    This eliminates the need for a `post_prompt` in the ai parameters."""
    speech_event_timeout: NotRequired[int | SwmlVariable]
    """Amount of time, in ms, to wait for a speech event. Allowed values from `0` - `10,000`. **Default:** `1400` ms."""
    speech_gen_quick_stops: NotRequired[int | SwmlVariable]
    """Number of quick stops to generate for speech. Allowed values from `0` - `10`. **Default:** `3`."""
    speech_timeout: NotRequired[int | SwmlVariable]
    """Overall speech timeout, in ms. Allowed values from `0` - `600,000`. **Default:** `60000` ms."""
    speak_when_spoken_to: NotRequired[bool | SwmlVariable]
    """When enabled, the AI agent remains silent until directly addressed by name (using `ai_name`).
    This creates a "push-to-talk" style interaction where the agent only responds when explicitly
    called upon, useful for scenarios where the agent should listen but not interrupt.
    Cannot be used together with `enable_pause`."""
    start_paused: NotRequired[bool | SwmlVariable]
    """When enabled, the AI agent starts in a paused state and will not respond until the user
    speaks the agent's name (set via `ai_name`). Automatically enables `enable_pause`.
    This is useful for scenarios where you want the agent to wait for explicit activation."""
    static_greeting: NotRequired[str]
    """The static greeting to play when the call is answered. This will always play at the beginning of the call."""
    static_greeting_no_barge: NotRequired[bool | SwmlVariable]
    """If `true`, the static greeting will not be interrupted by the user if they speak over the greeting. If `false`, the static greeting can be interrupted by the user if they speak over the greeting."""
    summary_mode: NotRequired[SummaryMode | Literal["string", "original"] | SwmlVariable]
    """Defines the mode for summary generation. Allowed values are `"string"` and `"original"`."""
    swaig_allow_settings: NotRequired[bool | SwmlVariable]
    """Allows tweaking any of the indicated settings, such as `barge_match_string`, using the returned SWML from the SWAIG function. **Default:** `true`."""
    swaig_allow_swml: NotRequired[bool | SwmlVariable]
    """Allows your SWAIG to return SWML to be executed. **Default:** `true`."""
    swaig_post_conversation: NotRequired[bool | SwmlVariable]
    """Post entire conversation to any SWAIG call."""
    swaig_set_global_data: NotRequired[bool | SwmlVariable]
    """Allows SWAIG to set global data that persists across calls. **Default:** `true`."""
    swaig_post_swml_vars: NotRequired[bool | Sequence[str] | SwmlVariable]
    """Controls whether SWML variables are included in SWAIG function webhook payloads.
    When set to `true`, all SWML variables are posted. When set to an array of strings,
    only the specified variable names are included."""
    thinking_model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """The model to use for the AI's thinking capabilities — for example `gpt-4o-mini`, `gpt-4.1-mini`, or `gpt-4.1-nano`. A value that is not a recognized model is ignored, and the agent's main model is used instead."""
    utility_model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """The AI model used for lightweight background tasks such as redaction (`redact_prompt`) and transcription cleanup (`auto_correct`). Choose a small, fast model, such as `gpt-4o-mini`, `gpt-4.1-mini`, or `gpt-4.1-nano` — these tasks run while the caller is waiting for a response. A value that is not a recognized model is ignored, and the agent's main model is used instead. **Default:** the value of the `ai_model` parameter."""
    transparent_barge: NotRequired[bool | SwmlVariable]
    """When enabled, the AI will not respond to the user's input when the user is speaking over the agent.
    The agent will wait for the user to finish speaking before responding.
    Additionally, any attempt the LLM makes to barge will be ignored and scraped from the conversation logs.
    **Default:** `true`."""
    transparent_barge_max_time: NotRequired[int | SwmlVariable]
    """Maximum time, in ms, for transparent barge mode. Allowed values from `0` - `60,000`. **Default:** `3000` ms."""
    transfer_summary: NotRequired[bool | SwmlVariable]
    """Pass a summary of a conversation from one AI agent to another. For example, transfer a call summary between support agents in two departments."""
    turn_detection_timeout: NotRequired[int | SwmlVariable]
    """Time in milliseconds to wait after detecting a potential end-of-turn before finalizing speech recognition.
    A shorter timeout results in faster response times but may cut off the user if they pause mid-sentence.
    Set to `0` to finalize immediately. Only used when `enable_turn_detection` is `true`."""
    turn_filler_sources: NotRequired[str | SwmlVariable]
    """Which deliberate waits earn a backchannel from `languages[].turn_fillers`, or from
    `multilingual.turn_fillers` when the agent is in multilingual mode, as a comma-separated list
    of tokens. A wait happens when the agent holds off answering because the caller is not
    finished, and the token names why.

    List a specific hold source, or a whole class of wait:
    - `spell` — the caller is spelling something out
    - `number` — the caller is reading out digits
    - `text` — the wording suggests the caller is mid-sentence
    - `acoustic` — the audio suggests the caller is mid-sentence
    - `veto` — any of the above

    The default answers `spell` and `number` only, because those pauses are expected and cannot be
    shortened. A backchannel during `text` or `acoustic` usually talks over a caller who is still
    going, so give either its own delay with a `<token>:<ms>` suffix rather than listing it bare,
    as in `spell,number,text:1200`.

    Tokens are matched whole and case-insensitively, and a space after a comma is fine. A token
    that is not one of the five above matches no wait, so nothing here is validated and a
    misspelling silently leaves the agent with no backchannels at all."""
    turn_filler_every_n: NotRequired[int | SwmlVariable]
    """Play a backchannel on every Nth opportunity rather than all of them. The count advances only on
    opportunities that would otherwise have produced one, and resets when the caller starts a new
    turn, so the first opportunity of each turn always plays. A turn that chains several waits
    shares one count, so raising this widens the spacing across the whole stretch rather than
    restarting at each wait."""
    turn_filler_min_ms: NotRequired[int | SwmlVariable]
    """How long a wait must already have run, in milliseconds, before a backchannel plays. Off by
    default: waits open the moment the agent decides to hold, and `spell` and `number` are meant to
    be answered right then. A `<token>:<ms>` suffix in `turn_filler_sources` overrides this for that
    token."""
    tts_number_format: NotRequired[TtsNumberFormat | Literal["international", "national"]]
    """The format for the AI agent to reference phone numbers.
    Allowed values are `international` and `national`.
    **Default:** `international`.

    **Example:**
    - `international`: `+12345678901`
    - `national`: `(234) 567-8901`"""
    verbose_logs: NotRequired[bool | SwmlVariable]
    """Enable verbose logging."""
    video_listening_file: NotRequired[str]
    """URL of a video file to play when AI is listening to the user speak. Only works for calls that support video."""
    video_idle_file: NotRequired[str]
    """URL of a video file to play when AI is idle. Only works for calls that support video."""
    video_talking_file: NotRequired[str]
    """URL of a video file to play when AI is talking. Only works for calls that support video."""
    vision_model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """The model to use for the AI's vision capabilities. Allowed values are `gpt-4o-mini`, `gpt-4.1-mini`, and `gpt-4.1-nano`."""
    vad_config: NotRequired[str]
    """Configures Silero Voice Activity Detection (VAD) settings. Format: `"threshold"` or `"threshold:frame_ms"`.
    The threshold (0-100) sets sensitivity for detecting voice activity.
    The optional frame_ms (16-40) sets frame duration in milliseconds."""
    wait_for_user: NotRequired[bool | SwmlVariable]
    """When false, AI agent will initialize dialogue after call is setup. When true, agent will wait for the user to speak first."""
    wake_prefix: NotRequired[str]
    """Specifies an additional prefix that must be spoken along with the agent's name (`ai_name`)
    to wake the agent from a paused state. For example, if `ai_name` is "computer" and
    `wake_prefix` is "hey", the user would need to say "hey computer" to activate the agent."""
    eleven_labs_stability: NotRequired[float | SwmlVariable]
    """The stability slider determines how stable the voice is and the randomness between each generation. Lowering this slider introduces a broader emotional range for the voice."""
    eleven_labs_similarity: NotRequired[float | SwmlVariable]
    """The similarity slider dictates how closely the AI should adhere to the original voice when attempting to replicate it. The higher the similarity, the closer the AI will sound to the original voice."""


class AIPostPromptPomDict(TypedDict):
    """The ``AIPostPromptPom`` object."""

    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: Sequence[POMUnion]
    """The instructions to send to the agent."""


class AIPostPromptTextDict(TypedDict):
    """The ``AIPostPromptText`` object."""

    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""


class AIPromptPomDict(TypedDict):
    """The ``AIPromptPom`` object."""

    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: Sequence[POMUnion]
    """Prompt Object Model (POM) is a structured data format for composing, organizing, and rendering prompt instructions for AI agents.
    POM ensures that the prompt is structured in a way that is best for the AI agent to understand and execute.
    The first item in the array MUST be FirstPOMSection (with optional title).
    All subsequent items MUST be PomSection (with required title and body)."""
    contexts: NotRequired[ContextsDict | Contexts | Mapping[str, Any]]
    """An object that defines the context steps for the AI. The context steps are used to define the flow of the conversation.
    Every context object requires a `default` key, which is the default context to use at the beginning of the conversation.
    Additionally, more context steps can be defined as any other key in the object."""


class AIPromptTextDict(TypedDict):
    """The ``AIPromptText`` object."""

    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""
    contexts: NotRequired[ContextsDict | Contexts | Mapping[str, Any]]
    """An object that defines the context steps for the AI. The context steps are used to define the flow of the conversation.
    Every context object requires a `default` key, which is the default context to use at the beginning of the conversation.
    Additionally, more context steps can be defined as any other key in the object."""


class AISidecarArrayParamDict(TypedDict):
    """The ``AISidecarArrayParam`` object."""

    description: NotRequired[str]
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["array"]
    """The property type."""
    items: AISidecarParamPropertyUnion
    """The schema for each item in the array."""


class AISidecarBooleanParamDict(TypedDict):
    """The ``AISidecarBooleanParam`` object."""

    description: NotRequired[str]
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["boolean"]
    """The property type."""
    default: NotRequired[bool]
    """The default value used when the model omits the property."""


class AISidecarFunctionParametersDict(TypedDict):
    """The ``AISidecarFunctionParameters`` object."""

    type: Literal["object"]
    """The container type for the function's arguments. Always `object`."""
    properties: Mapping[str, AISidecarParamPropertyUnion]
    """The properties the function accepts, keyed by property name. Each property allows only `type`, `description`,
    `enum`, and `default` — additional validation keywords such as `pattern`, `format`, `minimum`, and `maximum`
    are not accepted; express those constraints in the property `description` and validate them server-side."""
    required: NotRequired[Sequence[str]]
    """The names of the required properties."""


class AISidecarIntegerParamDict(TypedDict):
    """The ``AISidecarIntegerParam`` object."""

    description: NotRequired[str]
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["integer"]
    """The property type."""
    enum: NotRequired[Sequence[int]]
    """The allowed values for the property."""
    default: NotRequired[int]
    """The default value used when the model omits the property."""


class AISidecarNumberParamDict(TypedDict):
    """The ``AISidecarNumberParam`` object."""

    description: NotRequired[str]
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["number"]
    """The property type."""
    enum: NotRequired[Sequence[float]]
    """The allowed values for the property."""
    default: NotRequired[float]
    """The default value used when the model omits the property."""


class AISidecarObjectDict(TypedDict):
    """The ``AISidecarObject`` object."""

    prompt: NotRequired[
        str
        | AISidecarPromptTextDict
        | AISidecarPromptText
        | AISidecarPromptPomDict
        | AISidecarPromptPom
        | AISidecarPromptFileDict
        | AISidecarPromptFile
    ]
    """The operator prompt that instructs the sidecar how to coach the agent. May be a plain string, a Prompt Object Model (POM), or a server-side file reference.
    SignalWire automatically adds built-in instructions for the sidecar's role, so your prompt only needs to describe the coaching behavior. When omitted, the sidecar uses a minimal default prompt, so setting one is strongly recommended."""
    lang: str | SwmlVariable
    """The conversation language as a single BCP-47 tag. Sets the speech recognition language and is shared with the model as a hint."""
    model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """The model used for the sidecar's advice and its end-of-call summaries. Suggested values: `gpt-4o-mini`, `gpt-4.1-mini`, `gpt-4.1-nano`. **Default:** `gpt-4o-mini`."""
    direction: NotRequired[Sequence[TranscribeDirection | Literal["remote-caller", "local-caller"]]]
    """The call legs to observe. Both legs are required — a single-leg value is rejected. When omitted, both legs are observed. **Default:** both legs (`remote-caller` and `local-caller`)."""
    customer_role: NotRequired[TranscribeDirection | Literal["remote-caller", "local-caller"]]
    """Which leg is the customer, used as the turn-end trigger source. **Default:** `remote-caller`."""
    url: NotRequired[str]
    """The webhook URL the sidecar POSTs its callbacks to. Receives both transcription events and sidecar callbacks.
    When unset, callbacks are published only on the relay topic and no webhook POST is made.
    Basic auth can be embedded in the URL in the format `username:password@url`."""
    SWAIG: NotRequired[AISidecarSWAIGDict | AISidecarSWAIG]
    """SWAIG functions and MCP servers available to the sidecar."""
    permissions: NotRequired[AISidecarPermissionsDict | AISidecarPermissions]
    """SWAIG permission overrides. Defaults to all permissions enabled."""
    global_data: NotRequired[Mapping[str, Any]]
    """A key-value object of data that is available throughout the sidecar session. You can reference it in the prompt with variable expansion, and it is included in the requests sent to your tools.
    It also persists across sessions on the same call leg."""
    hints: NotRequired[Sequence[str]]
    """Hints that improve speech recognition of specific terms, such as product names, competitor names, jargon, or customer names. Strongly recommended."""
    params: NotRequired[AISidecarParamsDict | AISidecarParams]
    """Tuning options for the sidecar."""
    action: NotRequired[AISidecarSummarizeActionDict | AISidecarSummarizeAction]
    """Summarize the conversation instead of starting a sidecar. When you include `action.summarize`,
    the request generates a one-off summary and returns rather than attaching a sidecar."""


class AISidecarObjectParamDict(TypedDict):
    """The ``AISidecarObjectParam`` object."""

    description: NotRequired[str]
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["object"]
    """The property type."""
    properties: NotRequired[Mapping[str, AISidecarParamPropertyUnion]]
    """The nested properties of the object, keyed by property name."""
    required: NotRequired[Sequence[str]]
    """The names of the required nested properties."""


class AISidecarParamsDict(TypedDict):
    """The ``AISidecarParams`` object."""

    idle_timeout_ms: NotRequired[int | SwmlVariable]
    """How long the customer can be silent, in milliseconds, after they finish speaking before the sidecar evaluates the conversation. Lower values make the sidecar react faster. Range: 50-5000. **Default:** `200`."""
    min_interval_ms: NotRequired[int | SwmlVariable]
    """The minimum time, in milliseconds, between evaluations — a throttle that limits how often the sidecar runs on a busy call. Range: 0-60000. **Default:** `0`."""
    max_iters_per_tick: NotRequired[int | SwmlVariable]
    """The maximum number of tool calls the sidecar will chain within a single evaluation before it must produce its advice. Range: 1-20. **Default:** `5`."""
    max_history_tokens: NotRequired[int | SwmlVariable]
    """The token budget for the sidecar's running conversation history. When the history grows past this, the oldest messages are dropped. Range: 1000-200000. **Default:** `8000`."""
    act_on_channel: NotRequired[bool | SwmlVariable]
    """Whether actions returned by your tools (such as transferring or hanging up the call) take effect on the call, or are only reported as callbacks. **Default:** `true`."""
    final_summary: NotRequired[bool | SwmlVariable]
    """Whether to generate a closing summary of the sidecar's session when the call ends. The result is included in the final callback. **Default:** `false`."""
    ai_summary: NotRequired[bool | SwmlVariable]
    """Whether to generate an end-of-call summary of the conversation itself, distinct from `final_summary` (which summarizes the sidecar's session). **Default:** `false`."""
    ai_summary_prompt: NotRequired[str]
    """A custom prompt for the end-of-call conversation summary."""
    summary_model: NotRequired[
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str
    ]
    """The model used for the end-of-call conversation summary, distinct from `model` (the sidecar's own model). Suggested values: `gpt-4o-mini`, `gpt-4.1-mini`, `gpt-4.1-nano`. **Default:** `gpt-4o-mini`."""
    live_events: NotRequired[bool | SwmlVariable]
    """Whether to emit a callback for each utterance the speech recognizer produces. **Default:** `false`."""
    verbose_utterances: NotRequired[bool | SwmlVariable]
    """Whether each utterance callback includes full speech-recognition detail, such as word timings and alternatives. This increases the callback size, so leave it off unless you need it. **Default:** `false`."""
    speech_engine: NotRequired[SpeechEngine | Literal["deepgram", "google"]]
    """The speech recognition engine to use. **Default:** `deepgram`."""
    speech_timeout: NotRequired[int | SwmlVariable]
    """How long, in milliseconds, the recognizer waits before finalizing speech. Range: 0-600000. `0` uses the speech engine's own default."""
    vad_silence_ms: NotRequired[int | SwmlVariable]
    """The amount of silence, in milliseconds, used to detect the end of speech. Range: 0-60000. `0` uses the speech engine's own default."""
    vad_thresh: NotRequired[int | SwmlVariable]
    """How sensitively the recognizer detects speech. Range: 0-10000. `0` uses the speech engine's own default."""
    debug_level: NotRequired[int | SwmlVariable]
    """Speech-engine debug verbosity. Range: 0-100. **Default:** `0`."""
    debug: NotRequired[bool | SwmlVariable]
    """Whether to enable verbose logging for the sidecar. **Default:** `false`."""
    transcribe_prompt: NotRequired[str]
    """A bias prompt passed to the speech recognizer to improve accuracy on expected terms, such as product or company names. This is distinct from the operator `prompt`."""


class AISidecarPermissionsDict(TypedDict):
    """The ``AISidecarPermissions`` object."""

    swaig_allow_swml: NotRequired[bool | SwmlVariable]
    """Whether SWAIG tools may run SWML on the call. **Default:** `true`."""
    swaig_allow_settings: NotRequired[bool | SwmlVariable]
    """Whether SWAIG tools may change the sidecar's settings, such as the model. **Default:** `true`."""
    swaig_set_global_data: NotRequired[bool | SwmlVariable]
    """Whether SWAIG tools may set the sidecar's global data. **Default:** `true`."""


class AISidecarPromptFileDict(TypedDict):
    """The ``AISidecarPromptFile`` object."""

    file: str
    """Path to a server-side file whose contents are used as the operator prompt."""


class AISidecarPromptPomDict(TypedDict):
    """The ``AISidecarPromptPom`` object."""

    pom: Sequence[POMUnion]
    """The operator prompt as a Prompt Object Model (POM) — a structured array of sections that SignalWire renders into a markdown document before sending it to the model."""


class AISidecarPromptTextDict(TypedDict):
    """The ``AISidecarPromptText`` object."""

    text: str
    """The operator prompt as a single block of text."""


class AISidecarSWAIGDict(TypedDict):
    """The ``AISidecarSWAIG`` object."""

    defaults: NotRequired[AISidecarSWAIGDefaultsDict | AISidecarSWAIGDefaults]
    """Default settings applied to all functions that do not override them."""
    functions: NotRequired[Sequence[AISidecarSWAIGFunctionDict | AISidecarSWAIGFunction]]
    """An array of functions the model can call during the conversation."""
    mcp_servers: NotRequired[Sequence[MCPServerDict | MCPServer]]
    """An array of MCP (Model Context Protocol) servers whose tools and resources are made available to the model."""


class AISidecarSWAIGDefaultsDict(TypedDict):
    """The ``AISidecarSWAIGDefaults`` object."""

    web_hook_url: NotRequired[str]
    """Default webhook URL for functions that do not set their own `web_hook_url`. Basic auth can be embedded as `username:password@url`."""
    web_hook_auth_user: NotRequired[str]
    """Default basic-auth username for the function webhook."""
    web_hook_auth_password: NotRequired[str]
    """Default basic-auth password for the function webhook."""


class AISidecarSWAIGFunctionDict(TypedDict):
    """The ``AISidecarSWAIGFunction`` object."""

    function: str
    """The name of the function. This is the only required field; the model calls the function by this name."""
    description: NotRequired[str]
    """A description of what the function does, sent to the model so it knows when to call it."""
    purpose: NotRequired[str]
    """Fallback for `description` — used only when `description` is not set."""
    parameters: NotRequired[AISidecarFunctionParametersDict | AISidecarFunctionParameters]
    """The JSON-Schema object describing the function's arguments. When omitted, the function takes no arguments."""
    web_hook_url: NotRequired[str]
    """Webhook URL for this function. Falls back to `defaults.web_hook_url`. Basic auth can be embedded as `username:password@url`."""
    web_hook_auth_user: NotRequired[str]
    """Basic-auth username for this function's webhook. Falls back to `defaults.web_hook_auth_user`."""
    web_hook_auth_password: NotRequired[str]
    """Basic-auth password for this function's webhook. Falls back to `defaults.web_hook_auth_password`."""


class AISidecarStringParamDict(TypedDict):
    """The ``AISidecarStringParam`` object."""

    description: NotRequired[str]
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["string"]
    """The property type."""
    enum: NotRequired[Sequence[str]]
    """The allowed values for the property."""
    default: NotRequired[str]
    """The default value used when the model omits the property."""


class AISidecarSummarizeActionDict(TypedDict):
    """The ``AISidecarSummarizeAction`` object."""

    summarize: AISidecarSummarizeActionSummarizeDict | AISidecarSummarizeActionSummarize
    """Generate a one-off summary of the conversation, instead of starting a sidecar, and send it to a webhook."""


class AISidecarSummarizeActionSummarizeDict(TypedDict):
    """Generate a one-off summary of the conversation, instead of starting a sidecar, and send it to a webhook."""

    webhook: NotRequired[str]
    """The webhook URL the summary is sent to. Defaults to the sidecar's configured `url`."""
    prompt: NotRequired[str]
    """The prompt used to write the summary. Defaults to the configured `ai_summary_prompt`."""


class AddDynamicHintsActionDict(TypedDict):
    """The ``AddDynamicHintsAction`` object."""

    add_dynamic_hints: Sequence[str | DynamicHintDict | DynamicHint]
    """Speech recognition hints to add for the rest of the call: words or phrases, or pattern objects that map misrecognised speech to the right text."""


class AllOfPropertyDict(TypedDict):
    """The ``AllOfProperty`` object."""

    allOf: Sequence[SchemaTypeUnion]
    """An array of schemas where all of the schemas must be valid."""


class AmazonBedrockObjectDict(TypedDict):
    """The ``AmazonBedrockObject`` object."""

    global_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script
    or from the SWML `set_global_data` action. This data can be referenced `globally`.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string."""
    params: NotRequired[BedrockParamsDict | BedrockParams | Mapping[str, Any]]
    """A JSON object containing parameters as key-value pairs."""
    post_prompt: NotRequired[
        OmitPropertiesBedrockPostPomptTextOmittedPromptPropsDict
        | OmitPropertiesBedrockPostPomptTextOmittedPromptProps
        | OmitPropertiesBedrockPostPromptPomOmittedPromptPropsDict
        | OmitPropertiesBedrockPostPromptPomOmittedPromptProps
    ]
    """The final set of instructions and configuration settings to send to the agent."""
    post_prompt_url: NotRequired[str]
    """The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password@url`."""
    prompt: (
        OmitPropertiesBedrockPromptTextOmittedPromptPropsDict
        | OmitPropertiesBedrockPromptTextOmittedPromptProps
        | OmitPropertiesBedrockPromptPomOmittedPromptPropsDict
        | OmitPropertiesBedrockPromptPomOmittedPromptProps
    )
    """Establishes the initial set of instructions and settings to configure the agent."""
    SWAIG: NotRequired[BedrockSWAIGDict | BedrockSWAIG]
    """An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue."""


class AnswerDict(TypedDict):
    """Answer incoming call and set an optional maximum duration."""

    max_duration: NotRequired[int | SwmlVariable]
    """Maximum duration in seconds for the call. Defaults to `14400` seconds (4 hours)."""
    codecs: NotRequired[str]
    """Comma-separated string of codecs to offer. Valid codecs are: PCMU, PCMA, G722, G729, AMR-WB, OPUS, VP8, H264."""
    username: NotRequired[str]
    """Username to use for SIP authentication."""
    password: NotRequired[str]
    """Password to use for SIP authentication."""


class AnyOfPropertyDict(TypedDict):
    """The ``AnyOfProperty`` object."""

    anyOf: Sequence[SchemaTypeUnion]
    """An array of schemas where at least one of the schemas must be valid."""


class ArrayPropertyDict(TypedDict):
    """Base interface for all property types"""

    description: NotRequired[str]
    """A description of the property."""
    nullable: NotRequired[bool | SwmlVariable]
    """Whether the property can be null."""
    type: Literal["array"]
    """The type of parameter(s) the AI is passing to the function."""
    default: NotRequired[Sequence[Any]]
    """The default array value"""
    items: SchemaTypeUnion
    """Schema for array items"""


class BedrockDataMapDict(TypedDict):
    """The [`data_map`](/docs/swml/reference/calling/ai/swaig/functions/data-map) of an
    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) agent's SWAIG function.

    Structurally the same as the `ai` version — expressions, then webhooks, then output, evaluated in
    that order — but every result is a `BedrockOutput`: Bedrock reads `response` as a plain string
    only, and always defers actions rather than taking `post_process`."""

    output: NotRequired[BedrockOutputDict | BedrockOutput]
    """An object that contains a response and a list of actions to be performed upon a SWAIG function call."""
    expressions: NotRequired[Sequence[BedrockExpressionDict | BedrockExpression]]
    """An array of objects that have pattern matching logic to process the user's input data."""
    webhooks: NotRequired[Sequence[BedrockWebhookDict | BedrockWebhook]]
    """An array of objects that define external API calls."""


class BedrockExpressionDict(TypedDict):
    """An [expression](/docs/swml/reference/calling/ai/swaig/functions/data-map) evaluated by an
    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) agent."""

    output: BedrockOutputDict | BedrockOutput
    """An object that contains a response and a list of actions to be performed upon a expression match."""
    string: str
    """The actual input or value from the user or system."""
    pattern: str
    """A regular expression pattern to validate or match the string."""


class BedrockOutputDict(TypedDict):
    """The result of a SWAIG function run by an
    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) agent.

    Narrower than the canonical [`Output`](/docs/swml/reference/calling/ai/swaig/functions/data-map):
    Bedrock reads `response` as a plain string, and defers actions until after the agent speaks
    regardless of `post_process`, so neither the split-response object nor `post_process` applies here."""

    response: NotRequired[str]
    """The result the agent reads next. When absent, the agent reads a default result and carries on."""
    action: NotRequired[
        SWMLActionDict
        | SWMLAction
        | ChangeContextActionDict
        | ChangeContextAction
        | ChangeStepActionDict
        | ChangeStepAction
        | ContextSwitchActionDict
        | ContextSwitchAction
        | HangupActionDict
        | HangupAction
        | HoldActionDict
        | HoldAction
        | PlaybackBGActionDict
        | PlaybackBGAction
        | SayActionDict
        | SayAction
        | SetGlobalDataActionDict
        | SetGlobalDataAction
        | SetMetaDataActionDict
        | SetMetaDataAction
        | StopActionDict
        | StopAction
        | StopPlaybackBGActionDict
        | StopPlaybackBGAction
        | ToggleFunctionsActionDict
        | ToggleFunctionsAction
        | UnsetGlobalDataActionDict
        | UnsetGlobalDataAction
        | UnsetMetaDataActionDict
        | UnsetMetaDataAction
        | UserInputActionDict
        | UserInputAction
        | WaitForUserActionDict
        | WaitForUserAction
        | AddDynamicHintsActionDict
        | AddDynamicHintsAction
        | ClearDynamicHintsActionDict
        | ClearDynamicHintsAction
        | EndOfSpeechTimeoutActionDict
        | EndOfSpeechTimeoutAction
        | SpeechEventTimeoutActionDict
        | SpeechEventTimeoutAction
        | ChangeVoiceActionDict
        | ChangeVoiceAction
        | FunctionsOnSpeakerTimeoutActionDict
        | FunctionsOnSpeakerTimeoutAction
        | ExtensiveDataActionDict
        | ExtensiveDataAction
        | ReplaceInHistoryActionDict
        | ReplaceInHistoryAction
        | SettingsActionDict
        | SettingsAction
        | Sequence[
            SWMLActionDict
            | SWMLAction
            | ChangeContextActionDict
            | ChangeContextAction
            | ChangeStepActionDict
            | ChangeStepAction
            | ContextSwitchActionDict
            | ContextSwitchAction
            | HangupActionDict
            | HangupAction
            | HoldActionDict
            | HoldAction
            | PlaybackBGActionDict
            | PlaybackBGAction
            | SayActionDict
            | SayAction
            | SetGlobalDataActionDict
            | SetGlobalDataAction
            | SetMetaDataActionDict
            | SetMetaDataAction
            | StopActionDict
            | StopAction
            | StopPlaybackBGActionDict
            | StopPlaybackBGAction
            | ToggleFunctionsActionDict
            | ToggleFunctionsAction
            | UnsetGlobalDataActionDict
            | UnsetGlobalDataAction
            | UnsetMetaDataActionDict
            | UnsetMetaDataAction
            | UserInputActionDict
            | UserInputAction
            | WaitForUserActionDict
            | WaitForUserAction
            | AddDynamicHintsActionDict
            | AddDynamicHintsAction
            | ClearDynamicHintsActionDict
            | ClearDynamicHintsAction
            | EndOfSpeechTimeoutActionDict
            | EndOfSpeechTimeoutAction
            | SpeechEventTimeoutActionDict
            | SpeechEventTimeoutAction
            | ChangeVoiceActionDict
            | ChangeVoiceAction
            | FunctionsOnSpeakerTimeoutActionDict
            | FunctionsOnSpeakerTimeoutAction
            | ExtensiveDataActionDict
            | ExtensiveDataAction
            | ReplaceInHistoryActionDict
            | ReplaceInHistoryAction
            | SettingsActionDict
            | SettingsAction
        ]
    ]
    """An action for the platform to perform on the live call, or a list of them."""


class BedrockParamsDict(TypedDict):
    """The ``BedrockParams`` object.

    It takes other keys too: Any."""

    attention_timeout: NotRequired[int | Literal[0] | SwmlVariable]
    """Amount of time, in ms, to wait before prompting the user to respond. Allowed values from `10,000` - `600,000`. Set to `0` to disable. **Default:** `5000` ms (note: user-configurable values must be `0` or within the `10,000` - `600,000` range)."""
    hard_stop_time: NotRequired[str | SwmlVariable]
    """Specifies the maximum duration fopr the AI Agent to remain active before it exists the session.
    After the timeout, the AI will stop responding, and will proceed with the next SWML instruction.

    **Time Format:**
      - Seconds Format: `30s`
      - Minutes Format: `2m`
      - Hours Format: `1h`
      - Combined Format: `1h45m30s`"""
    inactivity_timeout: NotRequired[int | SwmlVariable]
    """Amount of time, in ms, to wait before exiting the app due to inactivity. Allowed values from `10,000` - `3,600,000`. **Default:** `600000` ms (10 minutes)."""
    video_listening_file: NotRequired[str]
    """URL of a video file to play when AI is listening to the user speak. Only works for calls that support video."""
    video_idle_file: NotRequired[str]
    """URL of a video file to play when AI is idle. Only works for calls that support video."""
    video_talking_file: NotRequired[str]
    """URL of a video file to play when AI is talking. Only works for calls that support video."""
    hard_stop_prompt: NotRequired[str]
    """A final prompt that is fed into the AI when the `hard_stop_time` is reached."""


class BedrockSWAIGDict(TypedDict):
    """The ``BedrockSWAIG`` object."""

    functions: NotRequired[
        Sequence[
            BedrockSWAIGFunction1Dict
            | BedrockSWAIGFunction1
            | BedrockSWAIGFunction2Dict
            | BedrockSWAIGFunction2
            | BedrockSWAIGFunction3Dict
            | BedrockSWAIGFunction3
            | BedrockSWAIGFunction4Dict
            | BedrockSWAIGFunction4
        ]
    ]
    """An array of JSON objects to define functions that can be executed during the interaction with the Bedrock AI. Default is not set.
    The fields of this object are the six following."""
    defaults: NotRequired[SWAIGDefaultsDict | SWAIGDefaults]
    """Default settings for all SWAIG functions. If `defaults` is not set, settings may be set in each function object. Default is not set."""


class BedrockSWAIGFunction1Dict(TypedDict):
    """The ``BedrockSWAIGFunction1`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: str
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation."""
    data_map: NotRequired[BedrockDataMapDict | BedrockDataMap]


class BedrockSWAIGFunction2Dict(TypedDict):
    """The ``BedrockSWAIGFunction2`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: Literal["startup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the start_hook function, the function name is 'start_hook'."""
    data_map: NotRequired[BedrockDataMapDict | BedrockDataMap]


class BedrockSWAIGFunction3Dict(TypedDict):
    """The ``BedrockSWAIGFunction3`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: Literal["hangup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the stop_hook function, the function name is 'stop_hook'."""
    data_map: NotRequired[BedrockDataMapDict | BedrockDataMap]


class BedrockSWAIGFunction4Dict(TypedDict):
    """The ``BedrockSWAIGFunction4`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: Literal["summarize_conversation"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation.. For the summarize_conversation function, the function name is 'summarize_conversation'."""
    data_map: NotRequired[BedrockDataMapDict | BedrockDataMap]


class BedrockWebhookDict(TypedDict):
    """An external API call made by an [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock)
    agent's `data_map`."""

    expressions: NotRequired[Sequence[BedrockExpressionDict | BedrockExpression]]
    """An array of objects that have pattern matching logic to process the API response."""
    output: NotRequired[BedrockOutputDict | BedrockOutput]
    """An object that contains a response and a list of actions to be performed on a successful call."""
    error_keys: NotRequired[str | Sequence[str]]
    """A string or array of strings that represent the keys to be used for error handling. This will match the key(s) in the response from the API call."""
    url: str
    """The endpoint for the external service or API."""
    foreach: NotRequired[ForeachDict | Foreach]
    """Iterates over an array of objects and processes a output based on each element in the array. Works similarly to JavaScript's forEach method.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""
    headers: NotRequired[Mapping[str, Any]]
    """Any necessary headers for the API call."""
    method: NotRequired[Method | Literal["GET", "POST", "PUT", "DELETE"]]
    """The HTTP method (GET, POST, etc.) for the API call."""
    input_args_as_params: NotRequired[bool | SwmlVariable]
    """A boolean to determine if the input arguments should be passed as parameters."""
    params: NotRequired[Mapping[str, Any]]
    """An object of any necessary parameters for the API call. The key is the parameter name and the value is the parameter value."""
    require_args: NotRequired[str | Sequence[str]]
    """A string or array of strings that represent the `arguments` that are required to make the webhook request."""


class BooleanPropertyDict(TypedDict):
    """Base interface for all property types"""

    description: NotRequired[str]
    """A description of the property."""
    nullable: NotRequired[bool | SwmlVariable]
    """Whether the property can be null."""
    type: Literal["boolean"]
    """The type of parameter(s) the AI is passing to the function."""
    default: NotRequired[bool | SwmlVariable]
    """The default boolean value"""


class ChangeContextActionDict(TypedDict):
    """The ``ChangeContextAction`` object."""

    change_context: str
    """The name of the context to switch to. The context must be defined in the AI's prompt.contexts configuration."""


class ChangeStepActionDict(TypedDict):
    """The ``ChangeStepAction`` object."""

    change_step: str
    """The name of the step to switch to. The step must be defined in the current context's steps array."""


class ChangeVoiceActionDict(TypedDict):
    """The ``ChangeVoiceAction`` object."""

    change_voice: str
    """The voice the agent speaks with from now on, as the ai verb's languages name voices (`engine.voice`); not blank."""


class ClearDynamicHintsDict(TypedDict):
    """Remove every hint added with `add_dynamic_hints`; the value is an empty object."""


class ClearDynamicHintsActionDict(TypedDict):
    """The ``ClearDynamicHintsAction`` object."""

    clear_dynamic_hints: ClearDynamicHintsDict | ClearDynamicHints
    """Remove every hint added with `add_dynamic_hints`; the value is an empty object."""


# The ``CondElse`` object.
CondElseDict = TypedDict(
    "CondElseDict",
    {
        "else": "Sequence[SwmlMethod]",
    },
)


# The ``CondReg`` object.
CondRegDict = TypedDict(
    "CondRegDict",
    {
        "when": "str",
        "then": "Sequence[SwmlMethod]",
        "else": "NotRequired[Sequence[SwmlMethod]]",
    },
)


# Per-destination model used inside `serial`, `parallel`, and `serial_parallel` arrays.
#
# Contains only the properties that apply to an individual destination:
# addressing, caller-ID overrides, SIP auth, per-leg timeouts/confirmations,
# and stream-specific settings.
ConnectDestinationDict = TypedDict(
    "ConnectDestinationDict",
    {
        "to": "str",
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeadersDict | ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SwmlVariable]",
        "session_timeout": "NotRequired[int | SwmlVariable]",
        "username": "NotRequired[str]",
        "password": "NotRequired[str]",
        "timeout": "NotRequired[int | SwmlVariable]",
        "call_state_events": "NotRequired[Sequence[CallStatus | Literal['created', 'ringing', 'answered', 'ended']]]",
        "call_state_url": "NotRequired[str]",
        "confirm": "NotRequired[str | Sequence[CondVerb | SetVerb | UnsetVerb | HangupVerb | PlayVerb | PromptVerb | RecordVerb | RecordCallVerb | StopRecordCallVerb | TapVerb | StopTapVerb | StreamVerb | StopStreamVerb | SendDigitsVerb | SendSmsVerb | DenoiseVerb | StopDenoiseVerb]]",
        "confirm_timeout": "NotRequired[int | SwmlVariable]",
        "encryption": "NotRequired[Encryption | Literal['mandatory', 'optional', 'forbidden']]",
        "name": "NotRequired[str]",
        "codec": "NotRequired[str]",
        "realtime": "NotRequired[bool | SwmlVariable]",
        "status_url_method": "NotRequired[StatusUrlMethod | Literal['GET', 'POST']]",
        "authorization_bearer_token": "NotRequired[str]",
        "custom_parameters": "NotRequired[Mapping[str, str]]",
    },
)


# Dial multiple destinations simultaneously. All destinations in the array ring at the same time — the first to answer is bridged and the remaining calls are cancelled.
ConnectDeviceParallelDict = TypedDict(
    "ConnectDeviceParallelDict",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeadersDict | ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SwmlVariable]",
        "session_timeout": "NotRequired[int | SwmlVariable]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitchDict | ConnectSwitch | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]]",
        "timeout": "NotRequired[int | SwmlVariable]",
        "max_duration": "NotRequired[int | SwmlVariable]",
        "answer_on_bridge": "NotRequired[bool | SwmlVariable]",
        "confirm": "NotRequired[str | Sequence[CondVerb | SetVerb | UnsetVerb | HangupVerb | PlayVerb | PromptVerb | RecordVerb | RecordCallVerb | StopRecordCallVerb | TapVerb | StopTapVerb | StreamVerb | StopStreamVerb | SendDigitsVerb | SendSmsVerb | DenoiseVerb | StopDenoiseVerb]]",
        "confirm_timeout": "NotRequired[int | SwmlVariable]",
        "encryption": "NotRequired[Encryption | Literal['mandatory', 'optional', 'forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SwmlVariable]",
        "call_state_events": "NotRequired[Sequence[CallStatus | Literal['created', 'ringing', 'answered', 'ended']]]",
        "status_url": "NotRequired[str]",
        "parallel": "Sequence[ConnectDestinationDict | ConnectDestination]",
    },
)


# Dial destinations one at a time in sequence. If the first destination does not answer, the next destination in the array is tried, and so on.
ConnectDeviceSerialDict = TypedDict(
    "ConnectDeviceSerialDict",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeadersDict | ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SwmlVariable]",
        "session_timeout": "NotRequired[int | SwmlVariable]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitchDict | ConnectSwitch | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]]",
        "timeout": "NotRequired[int | SwmlVariable]",
        "max_duration": "NotRequired[int | SwmlVariable]",
        "answer_on_bridge": "NotRequired[bool | SwmlVariable]",
        "confirm": "NotRequired[str | Sequence[CondVerb | SetVerb | UnsetVerb | HangupVerb | PlayVerb | PromptVerb | RecordVerb | RecordCallVerb | StopRecordCallVerb | TapVerb | StopTapVerb | StreamVerb | StopStreamVerb | SendDigitsVerb | SendSmsVerb | DenoiseVerb | StopDenoiseVerb]]",
        "confirm_timeout": "NotRequired[int | SwmlVariable]",
        "encryption": "NotRequired[Encryption | Literal['mandatory', 'optional', 'forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SwmlVariable]",
        "call_state_events": "NotRequired[Sequence[CallStatus | Literal['created', 'ringing', 'answered', 'ended']]]",
        "status_url": "NotRequired[str]",
        "serial": "Sequence[ConnectDestinationDict | ConnectDestination]",
    },
)


# Combine both serial and parallel strategies using a two-dimensional array. The outer array is the serial dimension — each element is a group tried one at a time, in order. Each inner array is the parallel dimension — all destinations in that group are dialed simultaneously. If no destination in the current group answers, the next group is attempted.
ConnectDeviceSerialParallelDict = TypedDict(
    "ConnectDeviceSerialParallelDict",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeadersDict | ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SwmlVariable]",
        "session_timeout": "NotRequired[int | SwmlVariable]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitchDict | ConnectSwitch | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]]",
        "timeout": "NotRequired[int | SwmlVariable]",
        "max_duration": "NotRequired[int | SwmlVariable]",
        "answer_on_bridge": "NotRequired[bool | SwmlVariable]",
        "confirm": "NotRequired[str | Sequence[CondVerb | SetVerb | UnsetVerb | HangupVerb | PlayVerb | PromptVerb | RecordVerb | RecordCallVerb | StopRecordCallVerb | TapVerb | StopTapVerb | StreamVerb | StopStreamVerb | SendDigitsVerb | SendSmsVerb | DenoiseVerb | StopDenoiseVerb]]",
        "confirm_timeout": "NotRequired[int | SwmlVariable]",
        "encryption": "NotRequired[Encryption | Literal['mandatory', 'optional', 'forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SwmlVariable]",
        "call_state_events": "NotRequired[Sequence[CallStatus | Literal['created', 'ringing', 'answered', 'ended']]]",
        "status_url": "NotRequired[str]",
        "serial_parallel": "Sequence[Sequence[ConnectDestinationDict | ConnectDestination]]",
    },
)


# Single-destination connect object.
#
# Inherits connect-level properties from ConnectDeviceBase, then spreads the
# destination-only properties from ConnectDestination (using `Omit` to skip
# the fields already present on ConnectDeviceBase, avoiding duplication).
ConnectDeviceSingleDict = TypedDict(
    "ConnectDeviceSingleDict",
    {
        "from": "NotRequired[str]",
        "from_name": "NotRequired[str]",
        "headers": "NotRequired[Sequence[ConnectHeadersDict | ConnectHeaders]]",
        "codecs": "NotRequired[str]",
        "webrtc_media": "NotRequired[bool | SwmlVariable]",
        "session_timeout": "NotRequired[int | SwmlVariable]",
        "ringback": "NotRequired[Sequence[str]]",
        "result": "NotRequired[ConnectSwitchDict | ConnectSwitch | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]]",
        "timeout": "NotRequired[int | SwmlVariable]",
        "max_duration": "NotRequired[int | SwmlVariable]",
        "answer_on_bridge": "NotRequired[bool | SwmlVariable]",
        "confirm": "NotRequired[str | Sequence[CondVerb | SetVerb | UnsetVerb | HangupVerb | PlayVerb | PromptVerb | RecordVerb | RecordCallVerb | StopRecordCallVerb | TapVerb | StopTapVerb | StreamVerb | StopStreamVerb | SendDigitsVerb | SendSmsVerb | DenoiseVerb | StopDenoiseVerb]]",
        "confirm_timeout": "NotRequired[int | SwmlVariable]",
        "encryption": "NotRequired[Encryption | Literal['mandatory', 'optional', 'forbidden']]",
        "call_state_url": "NotRequired[str]",
        "transfer_after_bridge": "NotRequired[str | SwmlVariable]",
        "call_state_events": "NotRequired[Sequence[CallStatus | Literal['created', 'ringing', 'answered', 'ended']]]",
        "status_url": "NotRequired[str]",
        "to": "str",
        "username": "NotRequired[str]",
        "password": "NotRequired[str]",
        "name": "NotRequired[str]",
        "codec": "NotRequired[str]",
        "realtime": "NotRequired[bool | SwmlVariable]",
        "status_url_method": "NotRequired[StatusUrlMethod | Literal['GET', 'POST']]",
        "authorization_bearer_token": "NotRequired[str]",
        "custom_parameters": "NotRequired[Mapping[str, str]]",
    },
)


class ConnectHeadersDict(TypedDict):
    """The ``ConnectHeaders`` object."""

    name: str
    """The name of the header."""
    value: str
    """The value of the header."""


class ConnectSwitchDict(TypedDict):
    """The ``ConnectSwitch`` object."""

    variable: NotRequired[str]
    """Name of the variable whose value needs to be compared. If not provided, it will check the `connect_result` variable."""
    case: Mapping[str, Sequence[SwmlMethod]]
    """Object of values mapped to array of instructions to execute"""
    default: NotRequired[Sequence[SwmlMethod]]
    """Array of instructions to execute if no cases match"""


class ConstPropertyDict(TypedDict):
    """The ``ConstProperty`` object."""

    const: Any
    """A constant value that can be passed to the function."""


class ContextPOMStepsDict(TypedDict):
    """The ``ContextPOMSteps`` object."""

    name: str
    """The name of the step. The name must be unique within the context. The name is used for referencing the step in the context."""
    step_criteria: NotRequired[str]
    """The criteria that must be met for the AI to proceed to the next step.
    The criteria is an instruction given to the AI.
    It's **highly** recommended you create a custom criteria for the step to get the intended behavior."""
    functions: NotRequired[Sequence[str]]
    """An array of strings, where each string is the name of a SWAIG.function that can be executed from this step."""
    valid_contexts: NotRequired[Sequence[str]]
    """An array of context names that the AI can transition to from this step. This must be a valid `contexts.name` that is present in your `contexts` object."""
    skip_user_turn: NotRequired[bool | SwmlVariable]
    """A boolean value, if set to `true`, will skip the user's turn to respond in the conversation and proceed to the next step. **Default:** `false`."""
    end: NotRequired[bool]
    """A boolean value that determines if the step is the last in the context. If `true`, the context ends after this step. Cannot be used along with the `valid_steps` parameter. **Default:** `false`."""
    valid_steps: NotRequired[Sequence[str]]
    """An array of valid steps that the conversation can proceed to from this step.
    If the array is empty, or the `valid_steps` key is not present, the conversation will proceed to the next step in the context."""
    pom: Sequence[POMUnion]
    """An array of objects that define the POM for the step. POM is the Post-Prompt Object Model, which is used to define the flow of the conversation."""


class ContextSwitchDict(TypedDict):
    """A JSON object containing the context to switch to. Default is not set."""

    system_prompt: str
    """The instructions to send to the agent. Default is not set."""
    consolidate: NotRequired[bool | SwmlVariable]
    """Whether to consolidate the context. Default is `false`."""
    user_prompt: NotRequired[str]
    """A string serving as simulated user input for the AI Agent.
    During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance.
    Default is not set"""
    full_reset: NotRequired[bool | SwmlVariable]
    """Whether to clear the whole conversation history and start again from the new prompt. Default is `false`."""


class ContextSwitchActionDict(TypedDict):
    """The ``ContextSwitchAction`` object."""

    context_switch: ContextSwitchDict | ContextSwitch
    """A JSON object containing the context to switch to. Default is not set."""


class ContextTextStepsDict(TypedDict):
    """The ``ContextTextSteps`` object."""

    name: str
    """The name of the step. The name must be unique within the context. The name is used for referencing the step in the context."""
    step_criteria: NotRequired[str]
    """The criteria that must be met for the AI to proceed to the next step.
    The criteria is an instruction given to the AI.
    It's **highly** recommended you create a custom criteria for the step to get the intended behavior."""
    functions: NotRequired[Sequence[str]]
    """An array of strings, where each string is the name of a SWAIG.function that can be executed from this step."""
    valid_contexts: NotRequired[Sequence[str]]
    """An array of context names that the AI can transition to from this step. This must be a valid `contexts.name` that is present in your `contexts` object."""
    skip_user_turn: NotRequired[bool | SwmlVariable]
    """A boolean value, if set to `true`, will skip the user's turn to respond in the conversation and proceed to the next step. **Default:** `false`."""
    end: NotRequired[bool]
    """A boolean value that determines if the step is the last in the context. If `true`, the context ends after this step. Cannot be used along with the `valid_steps` parameter. **Default:** `false`."""
    valid_steps: NotRequired[Sequence[str]]
    """An array of valid steps that the conversation can proceed to from this step.
    If the array is empty, or the `valid_steps` key is not present, the conversation will proceed to the next step in the context."""
    text: str
    """The prompt or instructions given to the AI at this step."""


class ContextsDict(TypedDict):
    """The ``Contexts`` object.

    It takes other keys too: ContextsPOMObjectDict | ContextsPOMObject | ContextsTextObjectDict | ContextsTextObject."""

    default: ContextsPOMObjectDict | ContextsPOMObject | ContextsTextObjectDict | ContextsTextObject
    """The default context to use at the beginning of the conversation. Additional context steps can be defined as any other key in the object."""


class ContextsPOMObjectDict(TypedDict):
    """The ``ContextsPOMObject`` object."""

    steps: Sequence[ContextPOMStepsDict | ContextPOMSteps | ContextTextStepsDict | ContextTextSteps]
    """An array of step objects that define the conversation flow for this context. Steps execute sequentially unless otherwise specified."""
    isolated: NotRequired[bool]
    """When `true`, resets conversation history to only the system prompt when entering this context. Useful for focused tasks that shouldn't be influenced by previous conversation. **Default:** `false`."""
    enter_fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when entering this context, keyed by language code."""
    exit_fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when leaving this context, keyed by language code."""
    pom: NotRequired[Sequence[POMUnion]]
    """An array of objects that define the POM for the context. POM is the Post-Prompt Object Model, which is used to define the flow of the conversation."""


class ContextsTextObjectDict(TypedDict):
    """The ``ContextsTextObject`` object."""

    steps: Sequence[ContextPOMStepsDict | ContextPOMSteps | ContextTextStepsDict | ContextTextSteps]
    """An array of step objects that define the conversation flow for this context. Steps execute sequentially unless otherwise specified."""
    isolated: NotRequired[bool]
    """When `true`, resets conversation history to only the system prompt when entering this context. Useful for focused tasks that shouldn't be influenced by previous conversation. **Default:** `false`."""
    enter_fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when entering this context, keyed by language code."""
    exit_fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when leaving this context, keyed by language code."""
    text: NotRequired[str]
    """The text to send to the agent."""


class ConversationMessageDict(TypedDict):
    """A message object representing a single turn in the conversation history."""

    role: ConversationRole | Literal["user", "assistant", "system"]
    """The role of the message sender."""
    content: str
    """The text content of the message."""
    lang: NotRequired[str]
    """Optional language code for the message (e.g., 'en', 'es', 'fr')."""


class DataMapDict(TypedDict):
    """The ``DataMap`` object."""

    output: NotRequired[OutputDict | Output]
    """An object that contains a response and a list of actions to be performed upon a SWAIG function call.
    This functions like a return statement in a function."""
    expressions: NotRequired[Sequence[ExpressionDict | Expression]]
    """An array of objects that have pattern matching logic to process the user's input data. A user can define multiple expressions to match against the user's input data."""
    webhooks: NotRequired[Sequence[WebhookDict | Webhook]]
    """An array of objects that define external API calls."""


class DenoiseDict(TypedDict):
    """Start noise reduction. You can stop it at any time using `stop_denoise`."""


class DetectMachineDict(TypedDict):
    """A detection method that combines AMD (Answering Machine Detection) and fax detection.
    Detect whether the user on the other end of the call is a machine (fax, voicemail, etc.) or a human.
    The detection result(s) will be sent to the specified status_url as a POST request
    and will also be saved in the detect_result variable."""

    detect_message_end: NotRequired[bool | SwmlVariable]
    """If `true`, stops detection on beep / end of voicemail greeting. Default `false`."""
    detectors: NotRequired[str]
    """Comma-separated string of detectors to enable. Valid values: `amd`, `fax`."""
    end_silence_timeout: NotRequired[float | SwmlVariable]
    """How long to wait for voice to finish. Default `1.0`."""
    initial_timeout: NotRequired[float | SwmlVariable]
    """How long to wait for initial voice before giving up. Default `4.5`."""
    machine_ready_timeout: NotRequired[float | SwmlVariable]
    """How long to wait for voice to finish before firing READY event. Default is `end_silence_timeout`."""
    machine_voice_threshold: NotRequired[float | SwmlVariable]
    """The number of seconds of ongoing voice activity required to classify as MACHINE. Default `1.25`."""
    machine_words_threshold: NotRequired[int | SwmlVariable]
    """The minimum number of words that must be detected in a single utterance before classifying the call as MACHINE. Default `6`."""
    status_url: NotRequired[str]
    """The http(s) URL to deliver detector events to."""
    timeout: NotRequired[float | SwmlVariable]
    """The max time to run detector. Default `30.0` seconds."""
    tone: NotRequired[Tone | Literal["CED", "CNG"]]
    """The tone to detect, will only receive remote side tone. Default `CED`."""
    wait: NotRequired[bool | SwmlVariable]
    """If false, the detector will run asynchronously and status_url must be set.
    If true, the detector will wait for detection to complete before moving to the next SWML instruction.
    Default is `true`."""


class DynamicHintDict(TypedDict):
    """A pronunciation pattern: speech matching `pattern` is read as `replace`."""

    pattern: str
    """A regular expression matched against the recognised speech."""
    replace: str
    """The text that replaces what the pattern matched."""
    ignore_case: NotRequired[bool | SwmlVariable]
    """Whether the pattern ignores case. Default is `false`."""


class EndOfSpeechTimeoutActionDict(TypedDict):
    """The ``EndOfSpeechTimeoutAction`` object."""

    end_of_speech_timeout: int | SwmlVariable
    """The silence, in ms, after an utterance that ends it, from now on (the ai verb's `params.end_of_speech_timeout`: from `250` to `10,000`)."""


class EnterQueueObjectDict(TypedDict):
    """The ``EnterQueueObject`` object."""

    queue_name: str
    """Name of the queue to enter. If a queue with this name does not exist, it will be automatically created."""
    transfer_after_bridge: str | SwmlVariable
    """SWML to execute after the bridge completes. This defines what should happen after the call is connected to an agent and the bridge ends.
    Can be either:
    - A URL (http or https) that returns a SWML document
    - An inline SWML document (as a JSON string)"""
    status_url: NotRequired[str]
    """HTTP or HTTPS URL to deliver queue status events. Default not set"""
    wait_url: NotRequired[str | SwmlVariable]
    """URL for media to play while waiting in the queue. Default hold music will be played if not set"""
    wait_time: NotRequired[int | SwmlVariable]
    """Maximum time in seconds to wait in the queue before timeout. Default `3600`"""


class ExecuteDict(TypedDict):
    """Execute a specified section or URL as a subroutine, and upon completion, return to the current document.
    Use the return statement to pass any return values or objects back to the current document."""

    dest: str
    """Specifies what to execute. The value can be one of:
    - `<section_name>` - section in the current document to execute
    - A URL (http or https) that returns a SWML document - Sends HTTP POST
    - An inline SWML document (as a JSON string)"""
    params: NotRequired[Mapping[str, Any]]
    """Named parameters to send to section or URL"""
    meta: NotRequired[Mapping[str, Any]]
    """User-defined metadata, ignored by SignalWire"""
    on_return: NotRequired[Sequence[SwmlMethod]]
    """The list of SWML instructions to be executed when the executed section or URL returns"""
    result: NotRequired[
        ExecuteSwitchDict
        | ExecuteSwitch
        | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]
    ]
    """Action to take based on the result of the call. This will run once the peer leg of the call has ended.
    Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array."""


class ExecuteRpcDict(TypedDict):
    """Run an RPC command on a call, such as dialling out, sending a message to another call's agent or taking it off hold."""

    method: str
    """The RPC method, such as `dial`, `ai_message` or `ai_unhold`."""
    call_id: NotRequired[str]
    """The call the command is for."""
    node_id: NotRequired[str]
    """The node the call is on."""
    params: NotRequired[Mapping[str, Any]]
    """The method's parameters."""


class ExecuteSwitchDict(TypedDict):
    """The ``ExecuteSwitch`` object."""

    variable: NotRequired[str]
    """Name of the variable whose value needs to be compared. If not provided, it will check the `return_value` variable.
    Can be one of the listed set of variables, or a string to represent a custom variable."""
    case: Mapping[str, Sequence[SwmlMethod]]
    """Object of values mapped to array of instructions to execute"""
    default: NotRequired[Sequence[SwmlMethod]]
    """Array of instructions to execute if no cases match"""


class ExpressionDict(TypedDict):
    """The ``Expression`` object."""

    string: str
    """The actual input or value from the user or system."""
    pattern: str
    """A regular expression pattern to validate or match the string."""
    output: OutputDict | Output
    """An object that contains a response and a list of actions to be performed upon a expression match."""


class ExtensiveDataActionDict(TypedDict):
    """The ``ExtensiveDataAction`` object."""

    extensive_data: bool
    """Whether the agent is sent the whole data of function results rather than a summary."""


class ForeachDict(TypedDict):
    """Iterates over an array of objects and processes a output based on each element in the array. Works similarly to JavaScript's forEach method.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""

    input_key: str
    """The key to be used to access the current element in the array."""
    output_key: str
    """The key that can be referenced in the output of the `foreach` iteration. The values that are stored from `append` will be stored in this key."""
    max: NotRequired[int | SwmlVariable]
    """The max amount of elements that are iterated over in the array. This will start at the beginning of the array."""
    append: str
    """The values to append to the output_key.
    Properties from the object can be referenced and added to the output_key by using the following syntax:
    ${this.property_name}.
    The `this` keyword is used to reference the current object in the array."""


# Filler phrases keyed by language code, one array per language. A single phrase is
# picked from the matching array at random.
#
# The agent looks for an entry matching the language being spoken, then `auto`, then
# `default`, and plays nothing when none of the three is set. Under `ai.multilingual` the
# key is whichever code the speech recognition engine reports for the turn, so any code it
# returns works. Under `ai.languages` the key has to match the `code` set on the entry.
# The codes listed here are the ones in common use, not a closed list.
#
# It takes other keys too: Sequence[str].
FunctionFillersDict = TypedDict(
    "FunctionFillersDict",
    {
        "default": "NotRequired[Sequence[str]]",
        "auto": "NotRequired[Sequence[str]]",
        "bg": "NotRequired[Sequence[str]]",
        "ca": "NotRequired[Sequence[str]]",
        "zh": "NotRequired[Sequence[str]]",
        "zh-CN": "NotRequired[Sequence[str]]",
        "zh-Hans": "NotRequired[Sequence[str]]",
        "zh-TW": "NotRequired[Sequence[str]]",
        "zh-Hant": "NotRequired[Sequence[str]]",
        "zh-HK": "NotRequired[Sequence[str]]",
        "cs": "NotRequired[Sequence[str]]",
        "da": "NotRequired[Sequence[str]]",
        "da-DK": "NotRequired[Sequence[str]]",
        "nl": "NotRequired[Sequence[str]]",
        "en": "NotRequired[Sequence[str]]",
        "en-US": "NotRequired[Sequence[str]]",
        "en-GB": "NotRequired[Sequence[str]]",
        "en-NZ": "NotRequired[Sequence[str]]",
        "en-IN": "NotRequired[Sequence[str]]",
        "en-AU": "NotRequired[Sequence[str]]",
        "et": "NotRequired[Sequence[str]]",
        "fi": "NotRequired[Sequence[str]]",
        "nl-BE": "NotRequired[Sequence[str]]",
        "fr": "NotRequired[Sequence[str]]",
        "fr-CA": "NotRequired[Sequence[str]]",
        "de": "NotRequired[Sequence[str]]",
        "de-CH": "NotRequired[Sequence[str]]",
        "el": "NotRequired[Sequence[str]]",
        "hi": "NotRequired[Sequence[str]]",
        "hu": "NotRequired[Sequence[str]]",
        "id": "NotRequired[Sequence[str]]",
        "it": "NotRequired[Sequence[str]]",
        "ja": "NotRequired[Sequence[str]]",
        "ko": "NotRequired[Sequence[str]]",
        "ko-KR": "NotRequired[Sequence[str]]",
        "lv": "NotRequired[Sequence[str]]",
        "lt": "NotRequired[Sequence[str]]",
        "ms": "NotRequired[Sequence[str]]",
        "multi": "NotRequired[Sequence[str]]",
        "no": "NotRequired[Sequence[str]]",
        "pl": "NotRequired[Sequence[str]]",
        "pt": "NotRequired[Sequence[str]]",
        "pt-BR": "NotRequired[Sequence[str]]",
        "pt-PT": "NotRequired[Sequence[str]]",
        "ro": "NotRequired[Sequence[str]]",
        "ru": "NotRequired[Sequence[str]]",
        "sk": "NotRequired[Sequence[str]]",
        "es": "NotRequired[Sequence[str]]",
        "es-419": "NotRequired[Sequence[str]]",
        "sv": "NotRequired[Sequence[str]]",
        "sv-SE": "NotRequired[Sequence[str]]",
        "th": "NotRequired[Sequence[str]]",
        "th-TH": "NotRequired[Sequence[str]]",
        "tr": "NotRequired[Sequence[str]]",
        "uk": "NotRequired[Sequence[str]]",
        "vi": "NotRequired[Sequence[str]]",
    },
)


class FunctionParametersDict(TypedDict):
    """The ``FunctionParameters`` object."""

    type: Literal["object"]
    """The type of argument the AI is passing to the function. Possible values are 'string' and 'object'."""
    properties: Mapping[str, SchemaTypeUnion]
    """An object containing the property definitions that are passed to the function.

    A property definition is a valid JSON schema type with dynamic property names, where:
    - Keys: User-defined strings, that set the property names.
    - Values: A valid property type, which can be one of the following: `string`, `integer`, `number`, `boolean`, `array`, `object`, or `null`."""
    required: NotRequired[Sequence[str]]
    """An array of required property names from the `properties` object."""


class FunctionsOnSpeakerTimeoutActionDict(TypedDict):
    """The ``FunctionsOnSpeakerTimeoutAction`` object."""

    functions_on_speaker_timeout: bool
    """Whether the agent may call functions when the caller's speech times out."""


class GotoDict(TypedDict):
    """Jump to a label within the current section, optionally based on a condition.
    The goto method will only navigate to a label within the same section."""

    label: str
    """Mark any point of the SWML section with a label so that goto can jump to it."""
    when: NotRequired[str]
    """A JavaScript condition that determines whether to perform the jump. If the condition evaluates to true, the jump is executed. If omitted, the jump is unconditional."""
    max: NotRequired[int | SwmlVariable]
    """The maximum number of times to perform the jump. Must be a number between 1 and 100. Default `100`."""


class HangUpHookSWAIGFunctionDict(TypedDict):
    """The ``HangUpHookSWAIGFunction`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: NotRequired[str]
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: NotRequired[FunctionParametersDict | FunctionParameters]
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: NotRequired[DataMapDict | DataMap]
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: NotRequired[bool | SwmlVariable]
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: NotRequired[str]
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: NotRequired[int | str]
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: NotRequired[bool | SwmlVariable]
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: Literal["hangup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the stop_hook function, the function name is 'stop_hook'."""


class HangupDict(TypedDict):
    """End the call with an optional reason."""

    reason: NotRequired[Reason | Literal["hangup", "busy", "decline"]]
    """The reason for hanging up the call."""


class HangupActionDict(TypedDict):
    """The ``HangupAction`` object."""

    hangup: bool | SwmlVariable
    """Whether to hang up the call. When set to `true`, the call will be terminated after the AI agent finishes speaking."""


class HintDict(TypedDict):
    """The ``Hint`` object."""

    hint: str
    """The hint to match. This will match the string exactly as provided"""
    pattern: str
    """A regular expression to match the hint against. This will ensure that the hint has a valid matching pattern before being replaced."""
    replace: str
    """The text to replace the hint with. This will replace the portion of the hint that matches the pattern."""
    ignore_case: NotRequired[bool | SwmlVariable]
    """If true, the hint will be matched in a case-insensitive manner. **Default:** `false`."""


class HoldDict(TypedDict):
    """The ``Hold`` object."""

    timeout: NotRequired[int | SwmlVariable]
    """The duration to hold the caller in seconds. Can be a number or an object with timeout property."""


class HoldActionDict(TypedDict):
    """The ``HoldAction`` object."""

    hold: int | HoldDict | Hold | SwmlVariable
    """Places the caller on hold while playing hold music (configured via params.hold_music).
    During hold, speech detection is paused and the AI agent will not respond to the caller.
    The value specifies the hold timeout in seconds.
    Can be a number or an object with timeout property."""


class InjectDict(TypedDict):
    """Injects a message into the conversation to be translated and spoken to the specified party."""

    message: str
    """The message to be injected"""
    direction: TranslateDirection | Literal["remote-caller", "local-caller"]
    """The direction of the message."""


class InjectActionDict(TypedDict):
    """The ``InjectAction`` object."""

    inject: InjectDict | Inject
    """Injects a message into the conversation to be translated and spoken to the specified party."""


class IntegerPropertyDict(TypedDict):
    """Base interface for all property types"""

    description: NotRequired[str]
    """A description of the property."""
    nullable: NotRequired[bool | SwmlVariable]
    """Whether the property can be null."""
    type: Literal["integer"]
    """The type of parameter(s) the AI is passing to the function."""
    enum: NotRequired[Sequence[int]]
    """An array of integers that are the possible values"""
    default: NotRequired[int | SwmlVariable]
    """The default integer value"""


class JoinConferenceDict(TypedDict):
    """Join an ad-hoc audio conference. Conferences support both RELAY and CXML calls with extensive configuration for moderation, recording, and event callbacks."""

    name: str
    """Name of conference"""
    muted: NotRequired[bool | SwmlVariable]
    """Whether to join the conference in a muted state. If set to `true`, the participant will be muted upon joining. Default `false`."""
    beep: NotRequired[Beep | Literal["true", "false", "onEnter", "onExit"]]
    """Sets the behavior of the beep sound when joining or leaving the conference. Default `"true"`."""
    start_on_enter: NotRequired[bool | SwmlVariable]
    """Starts the conference when the main participant joins. This means the start action will not wait on more participants to join before starting. Default `true`."""
    end_on_exit: NotRequired[bool | SwmlVariable]
    """Ends the conference when the main participant leaves. This means the end action will not wait on more participants to leave before ending. Default `false`."""
    wait_url: NotRequired[str | SwmlVariable]
    """A URL that will play media when the conference is put on hold. Default hold music will be played if not set"""
    max_participants: NotRequired[int | SwmlVariable]
    """The maximum number of participants allowed in the conference. If the limit is reached, new participants will not be able to join. Default `100000`."""
    record: NotRequired[Record | Literal["do-not-record", "record-from-start"]]
    """Enables or disables recording of the conference. Default `"do-not-record"`."""
    region: NotRequired[Region | Literal["global", "us", "eu", "ch"]]
    """Specifies the geographical region where the conference will be hosted. Default not set"""
    trim: NotRequired[Trim | Literal["trim-silence", "do-not-trim"]]
    """If set to `trim-silence`, it will remove silence from the start of the recording. If set to `do-not-trim`, it will keep the silence. Default `"trim-silence"`."""
    coach: NotRequired[str]
    """Coach accepts a call SID of a call that is currently connected to an in-progress conference.
    Specifying a call SID that does not exist or is no longer connected will result in a failure."""
    status_callback_event: NotRequired[
        StatusCallbackEvent
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
    ]
    """Space-separated list of one or more events to send to the status callback URL.
    Possible values: `start`, `end`, `join`, `leave`, `mute`, `hold`, `modify`, `speaker`, `announcement`. Default not set"""
    status_callback_event_type: NotRequired[CallbackEventType | Literal["cxml", "laml", "relay"]]
    """The content type used when sending status events to the status callback URL. Default not set"""
    status_callback: NotRequired[str]
    """The URL to which status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set"""
    status_callback_method: NotRequired[HttpMethod | Literal["GET", "POST"]]
    """The HTTP method to use when sending status events to the status callback URL. Default `"POST"`."""
    recording_status_callback: NotRequired[str]
    """The URL to which recording status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set"""
    recording_status_callback_method: NotRequired[HttpMethod | Literal["GET", "POST"]]
    """The HTTP method to use when sending recording status events to the recording status callback URL. Default `"POST"`."""
    recording_status_callback_event: NotRequired[
        RecordingStatusCallbackEvent
        | Literal["in-progress", "completed", "absent"]
        | str
        | Iterable[RecordingStatusCallbackEvent | Literal["in-progress", "completed", "absent"]]
    ]
    """Space-separated list of one or more events to send to the recording status callback URL.
    Possible values: `in-progress`, `completed`, `absent`. Default not set"""
    recording_status_callback_event_type: NotRequired[
        CallbackEventType | Literal["cxml", "laml", "relay"]
    ]
    """The content type used when sending recording status events to the recording status callback URL. Default not set"""
    result: NotRequired[
        SwitchDict | Switch | Sequence[CondRegDict | CondReg | CondElseDict | CondElse]
    ]
    """Allows the user to specify a custom action to be executed when the conference result is returned (typically when it has ended).
    The actions can a `switch` object or a `cond` array.
    The `switch` object allows for conditional execution based on the result of the conference, while
    the `cond` array allows for multiple conditions to be checked in sequence.
    If neither is provided, the default action will be to end the conference."""
    stream: NotRequired[JoinConferenceStreamDict | JoinConferenceStream]
    """Attach a bidirectional WebSocket stream to the conference. Conference audio is streamed to
    the `url`, enabling real-time audio processing, transcription, or AI agents that listen to
    the conference. Uses the same stream schema as the `stream` device type in `connect`."""


class JoinConferenceStreamDict(TypedDict):
    """The ``JoinConferenceStream`` object."""

    url: str
    """Secure WebSocket URL (must start with `wss://`) that the conference audio is streamed to. Plain `ws://` is not supported."""
    name: NotRequired[str]
    """A friendly name to identify the stream at the WebSocket endpoint. Default not set"""
    codec: NotRequired[str]
    """Audio codec for the streamed audio. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
    Codec can include rate and ptime modifiers (e.g., `PCMU@40i`, `L16@24000h@40i`). Default not set"""
    status_url: NotRequired[str]
    """HTTP or HTTPS URL to which stream status events will be sent. Default not set"""
    status_url_method: NotRequired[HttpMethod | Literal["GET", "POST"]]
    """The HTTP method to use when sending stream status events to the status URL. Default `"POST"`."""
    realtime: NotRequired[bool | SwmlVariable]
    """When `true`, enables bidirectional audio so your endpoint can stream audio back into the conference (not just receive it). Default `false`."""
    authorization_bearer_token: NotRequired[str]
    """Bearer token sent in the `Authorization` header when the WebSocket connection is opened, so your endpoint can authenticate the request. Default not set"""
    custom_parameters: NotRequired[Mapping[str, str]]
    """Custom key-value pairs delivered to your WebSocket endpoint when the stream connects. Use them to pass context such as a session or customer ID. Default not set"""


class JoinRoomDict(TypedDict):
    """Join a Relay room. If the room doesn't exist, it creates a new room."""

    name: str
    """Name of the room to join. Allowed characters: A-Z, a-z, 0-9, underscore, and hyphen."""


class LanguageParamsDict(TypedDict):
    """The ``LanguageParams`` object."""

    stability: NotRequired[float | SwmlVariable]
    """The stability slider determines how stable the voice is and the randomness between each generation. Lowering this slider introduces a broader emotional range for the voice. IMPORTANT: Only works with ElevenLabs TTS engine."""
    similarity: NotRequired[float | SwmlVariable]
    """The similarity slider dictates how closely the AI should adhere to the original voice when attempting to replicate it. The higher the similarity, the closer the AI will sound to the original voice. IMPORTANT: Only works with ElevenLabs TTS engine."""
    speakingRate: NotRequired[float | SwmlVariable]
    """Adjusts how quickly the voice speaks. Values below `1.0` slow the voice down; values above `1.0` speed it up. IMPORTANT: Only works with the Inworld TTS engine."""
    temperature: NotRequired[float | SwmlVariable]
    """Controls the randomness and expressiveness of the generated speech. Lower values produce a more consistent, predictable delivery; higher values introduce more variation. IMPORTANT: Only works with the Inworld TTS engine."""
    speed: NotRequired[float | SwmlVariable]
    """How quickly the voice speaks. Values below `1.0` slow the voice down; values above `1.0` speed it up. IMPORTANT: Only works with the MiniMax TTS engine."""
    vol: NotRequired[float | SwmlVariable]
    """The speaking volume. Lower values are quieter. IMPORTANT: Only works with the MiniMax TTS engine."""
    pitch: NotRequired[int | SwmlVariable]
    """The pitch shift in semitones. Negative values lower the pitch; positive values raise it. IMPORTANT: Only works with the MiniMax TTS engine."""
    emotion: NotRequired[
        Emotion | Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
    ]
    """A fixed emotional tone for the generated speech.
    To vary the emotion automatically during a conversation, use [`languages[].auto_emotion`](#languagesauto_emotion) instead.
    IMPORTANT: Only works with the MiniMax TTS engine."""


class LanguagesDict(TypedDict):
    """The ``Languages`` object."""

    name: str
    """Name of the language (e.g., 'French', 'English'). This value is used in the system prompt to instruct the LLM what language is being spoken."""
    code: str | Sequence[str]
    """The language code for ASR (Automatic Speech Recognition) purposes. By default, SignalWire uses Deepgram's
    Nova-3 STT engine, so this value should match a code from Deepgram's Nova-3 language codes.
    If a different STT model was selected using the `openai_asr_engine` parameter, you must select a code supported by that engine.

    Supply an array to have this voice listen for up to three codes at once.

    Set it to `multi` to have the engine transcribe whichever of its supported languages the caller
    speaks, rather than one fixed language. The agent still answers in this entry's single `voice`.
    To answer in the caller's language as well, use [`ai.multilingual`](/docs/swml/reference/calling/ai/multilingual)
    instead, which builds on the same code-switching mode and adds a voice per language."""
    listen_language: NotRequired[str | Sequence[str]]
    """A legacy alias for `code`, kept so that documents written before `code` existed keep
    working. It is read only when `code` is absent, so it has no effect alongside `code`.
    Write `code` in new documents."""
    voice: str
    """Voice to use for the language. String format: `<engine id>.<voice id>`, with an optional
    `:<model id>` suffix for engines that offer a choice of model.
    Select engine from `gcloud`, `polly`, `amazon`, `azure`, `openai`, `elevenlabs`, `cartesia`, `deepgram`, `rime`,
    `inworld`, `minimax`, `groq-tts`, `mistral`, `grok`, `smallest`, `fish`, or `speechify`.
    For example, `gcloud.fr-FR-Neural2-B` or `elevenlabs.rachel:eleven_flash_v2_5`.
    Always name the engine: a bare voice id resolves against a default engine that can change."""
    model: NotRequired[str]
    """The model to use for the specified TTS engine. For example, `coda`.
    Set this only if the `voice` string does not already carry a `:<model id>` suffix.
    A suffix on the `voice` string wins, and this key is then ignored without a warning."""
    auto_emotion: NotRequired[bool]
    """Lets the AI vary its emotion as it speaks. A global emotion, or specific emotions for certain
    topics, can be set within the prompt of the AI.
    IMPORTANT: Only works with the [`Cartesia`](/docs/platform/voice/tts/cartesia) and [`MiniMax`](/docs/platform/voice/tts/minimax) TTS engines.
    For a fixed (non-automatic) MiniMax emotion, use [`params.emotion`](#paramsemotion) instead."""
    auto_speed: NotRequired[bool]
    """Lets the AI vary its speaking speed during the conversation. The speed behavior can be defined
    in the prompt of the AI.
    IMPORTANT: Only works with the [`Cartesia`](/docs/platform/voice/tts/cartesia),
    [`ElevenLabs`](/docs/platform/voice/tts/elevenlabs), [`MiniMax`](/docs/platform/voice/tts/minimax),
    [`Rime`](/docs/platform/voice/tts/rime), [`Inworld`](/docs/platform/voice/tts/inworld),
    [`Smallest`](/docs/platform/voice/tts/smallest), and [`Fish`](/docs/platform/voice/tts/fish) TTS engines."""
    engine: NotRequired[str]
    """The engine to use for the language. For example, `elevenlabs`."""
    params: NotRequired[LanguageParamsDict | LanguageParams]
    """TTS engine-specific parameters for this language."""
    fillers: NotRequired[Sequence[str]]
    """A deprecated spelling of `function_fillers`, and never used for speech fillers.
    An explicit `function_fillers` on the same entry takes precedence over it."""
    function_fillers: NotRequired[Sequence[str]]
    """An array of strings to be used as fillers in the conversation when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    speech_fillers: NotRequired[Sequence[str]]
    """An array of strings to be used as fillers in the conversation. This helps the AI break silence between responses.
    Note: `speech_fillers` are used between every 'turn' taken by the LLM, including at the beginning of the call.
    For more targeted fillers, consider using `function_fillers`."""
    turn_fillers: NotRequired[Sequence[str]]
    """Short backchannels played while the caller still has the floor and the agent is deliberately
    waiting, as when they spell a name or read out a number, to signal it is still listening.
    Unlike the language-keyed map on [`ai.multilingual`](/docs/swml/reference/calling/ai/multilingual),
    this is a plain array, because the entry already fixes the language.
    Which waits earn one is set by [`params.turn_filler_sources`](/docs/swml/reference/calling/ai/params#paramsturn_filler_sources)."""
    pronounce: NotRequired[Sequence[PronounceDict | Pronounce]]
    """Pronunciation replacements applied only while this language is active.
    For replacements that apply to the whole call, use [`ai.pronounce`](/docs/swml/reference/calling/ai#aipronounce) instead."""


class LiveTranscribeDict(TypedDict):
    """Start live transcription of the call. The transcription will be sent to the specified webhook URL."""

    action: (
        TranscribeStartActionDict
        | TranscribeStartAction
        | Literal["stop"]
        | TranscribeSummarizeActionDict
        | TranscribeSummarizeAction
        | Literal["summarize"]
    )
    """The action to perform during live transcription."""


class LiveTranslateDict(TypedDict):
    """Start live translation of the call. The translation will be sent to the specified webhook URL."""

    action: (
        StartActionDict
        | StartAction
        | Literal["stop"]
        | SummarizeActionDict
        | SummarizeAction
        | Literal["summarize"]
        | InjectActionDict
        | InjectAction
    )
    """The action to perform during live translation."""


class MCPServerDict(TypedDict):
    """The ``MCPServer`` object."""

    url: str
    """The MCP (Model Context Protocol) server URL. Required."""
    headers: NotRequired[Mapping[str, str]]
    """HTTP headers sent to the MCP server. Authorization tokens go here — there is no separate auth field. Header values support variable expansion (for example, `Bearer ${global_data.token}`)."""
    resources: NotRequired[bool | SwmlVariable]
    """Whether to fetch the server's resources into `global_data`, when the server advertises resource support. **Default:** `false`."""
    resource_vars: NotRequired[Mapping[str, str]]
    """Template variables passed to the MCP server when fetching resources, typically using variable expansion such as `${global_data.customer_id}`. Used only when `resources` is enabled."""


class MultilingualDict(TypedDict):
    """The ``Multilingual`` object."""

    languages: Sequence[MultilingualLanguageDict | MultilingualLanguage]
    """An array of voices, one per language the agent speaks.
    At least one entry must supply a `voice`, either an entry with `language` set to
    `default` or the first language listed. Without one, multilingual mode does not
    start and the agent falls back to a single English voice."""
    allowed: NotRequired[Sequence[str]]
    """Restricts the agent to this set of language codes. The speech recognition engine still
    transcribes whatever it hears, but the agent will not switch into a language outside the
    list — it keeps the language it is already speaking. The list also tells the agent, in its
    prompt, which languages are in play. Every code must be supported by the ASR engine and
    model in use, or multilingual mode does not start.
    Omit to let the agent follow the caller into any language the ASR engine detects."""
    engine: NotRequired[str]
    """The ASR (Automatic Speech Recognition) engine used to detect the spoken language.
    This is separate from the TTS engine that speaks each voice.
    If you leave it unset, `deepgram` is used.
    Do not set this alongside `params.openai_asr_engine`, which overrides both this engine and
    `model`. When both are present, the `params` value wins."""
    model: NotRequired[str]
    """The ASR model used to detect the spoken language. The model must support code-switching, or multilingual mode does not start."""
    provider: NotRequired[str]
    """The ASR provider used to detect the spoken language.
    If you leave it unset, the provider already configured for the agent is used, falling back to
    `deepgram` when the agent has none. Setting it here also applies it to the recognizer."""
    start_language: NotRequired[str]
    """The language the agent opens the conversation in, before the caller has said
    anything for the ASR engine to detect."""
    min_switch_words: NotRequired[int]
    """How many words a caller must say before the agent will switch languages.
    A single word is often the same in several languages — a name, `no`, `ok` — so a
    one-word turn is an unreliable signal. Set to `1` to allow single-word switches.
    A value below `1` is treated as the default of `2` rather than rejected."""
    fillers: NotRequired[Sequence[str] | FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Fillers used to break silence between turns. This is the speech filler map, so it is the
    counterpart of `languages[].speech_fillers` rather than of `languages[].fillers`, which is
    a deprecated spelling of `function_fillers`.
    Supply an array to have the fillers translated into whichever language the caller
    is speaking, or an object keyed by language code to set them per language verbatim.
    An `auto` key inside the object is translated the same way an array is."""
    function_fillers: NotRequired[
        Sequence[str] | FunctionFillersDict | FunctionFillers | Mapping[str, Any]
    ]
    """Fillers used while a SWAIG function runs.
    Supply an array to have the fillers translated into whichever language the caller
    is speaking, or an object keyed by language code to set them per language verbatim.
    An `auto` key inside the object is translated the same way an array is."""
    turn_fillers: NotRequired[Sequence[str] | TurnFillersDict | TurnFillers | Mapping[str, Any]]
    """Short backchannels played while the caller still has the floor and the agent is
    deliberately waiting, as when they spell a name or read out a number, to signal it
    is still listening. Which waits earn one is set by `params.turn_filler_sources`.

    Supply an object keyed by language code, optionally with a `default` key for
    languages you have not listed. These fillers are never translated on the fly, so
    the `auto` key does not apply here — resolving them has to be fast enough to play
    immediately. An array is accepted and treated as the `default` set.

    An entry that is an absolute path or a `scheme://` URI is played as audio instead of
    being spoken, which is a way to use a recorded backchannel."""


class MultilingualLanguageDict(TypedDict):
    """The ``MultilingualLanguage`` object."""

    language: str
    """The language this voice applies to, as a code the ASR engine supports.
    Use `default` instead of a code to mark the catch-all entry, which speaks any
    detected language that has no entry of its own."""
    voice: NotRequired[str]
    """Voice to use for the language. String format: `<engine id>.<voice id>`, with an optional
    `:<model id>` suffix for engines that offer a choice of model.
    Select engine from `gcloud`, `polly`, `amazon`, `azure`, `openai`, `elevenlabs`, `cartesia`, `deepgram`, `rime`,
    `inworld`, `minimax`, `groq-tts`, `mistral`, `grok`, `smallest`, `fish`, or `speechify`.
    For example, `gcloud.fr-FR-Neural2-B` or `elevenlabs.rachel:eleven_flash_v2_5`.
    Always name the engine: a bare voice id resolves against a default engine that can change."""
    model: NotRequired[str]
    """The model to use for the specified TTS engine. For example, `coda`.
    Set this only if the `voice` string does not already carry a `:<model id>` suffix.
    A suffix on the `voice` string wins, and this key is then ignored without a warning."""
    engine: NotRequired[str]
    """The engine to use for the language. For example, `elevenlabs`."""
    params: NotRequired[LanguageParamsDict | LanguageParams]
    """TTS engine-specific parameters for this language."""


class NullPropertyDict(TypedDict):
    """The ``NullProperty`` object."""

    type: Literal["null"]
    """The type of parameter(s) the AI is passing to the function."""
    description: str
    """A description of the property."""


class NumberPropertyDict(TypedDict):
    """Base interface for all property types"""

    description: NotRequired[str]
    """A description of the property."""
    nullable: NotRequired[bool | SwmlVariable]
    """Whether the property can be null."""
    type: Literal["number"]
    """The type of parameter(s) the AI is passing to the function."""
    enum: NotRequired[Sequence[int | float] | Sequence[SwmlVariable]]
    """An array of integers that are the possible values"""
    default: NotRequired[int | float | SwmlVariable]
    """The default integer value"""


class ObjectPropertyDict(TypedDict):
    """Base interface for all property types"""

    description: NotRequired[str]
    """A description of the property."""
    nullable: NotRequired[bool | SwmlVariable]
    """Whether the property can be null."""
    type: Literal["object"]
    """The type of parameter(s) the AI is passing to the function."""
    default: NotRequired[Mapping[str, Any]]
    """The default object value"""
    properties: NotRequired[Mapping[str, SchemaTypeUnion]]
    """Nested properties"""
    required: NotRequired[Sequence[str]]
    """Required property names"""


class OmitPropertiesBedrockPostPomptTextOmittedPromptPropsDict(TypedDict):
    """The template for omitting properties."""

    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""


class OmitPropertiesBedrockPostPromptPomOmittedPromptPropsDict(TypedDict):
    """The template for omitting properties."""

    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: Sequence[POMUnion]
    """The instructions to send to the agent."""


class OmitPropertiesBedrockPromptPomOmittedPromptPropsDict(TypedDict):
    """The template for omitting properties."""

    voice_id: NotRequired[VoiceId | Literal["tiffany", "matthew", "amy", "lupe", "carlos"]]
    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: Sequence[POMUnion]
    """The instructions to send to the agent."""


class OmitPropertiesBedrockPromptTextOmittedPromptPropsDict(TypedDict):
    """The template for omitting properties."""

    voice_id: NotRequired[VoiceId | Literal["tiffany", "matthew", "amy", "lupe", "carlos"]]
    max_tokens: NotRequired[int]
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: NotRequired[float | SwmlVariable]
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: NotRequired[float | SwmlVariable]
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: NotRequired[float | SwmlVariable]
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: NotRequired[float | SwmlVariable]
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: NotRequired[float | SwmlVariable]
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""


class OneOfPropertyDict(TypedDict):
    """The ``OneOfProperty`` object."""

    oneOf: Sequence[SchemaTypeUnion]
    """An array of schemas where exactly one of the schemas must be valid."""


class OutputDict(TypedDict):
    """The result of a SWAIG function, returned either as a `data_map` output or by your `web_hook_url`
    endpoint — the platform reads both the same way.

    Every field is optional. An empty object is valid — the agent reads a default result and carries
    on — so a function that only needs to steer the call can set `action` alone.

    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) and
    [`ai_sidecar`](/docs/swml/reference/calling/ai-sidecar) agents read a narrower result: `response`
    must be a plain string there, and `post_process` has no effect."""

    response: NotRequired[str | SwaigToolResultDict | SwaigToolResult]
    """The result the agent reads next. A plain string becomes the tool message as-is; the object form
    splits the data half from the steering half. Omit it to let the agent use a default result."""
    action: NotRequired[
        SWMLActionDict
        | SWMLAction
        | ChangeContextActionDict
        | ChangeContextAction
        | ChangeStepActionDict
        | ChangeStepAction
        | ContextSwitchActionDict
        | ContextSwitchAction
        | HangupActionDict
        | HangupAction
        | HoldActionDict
        | HoldAction
        | PlaybackBGActionDict
        | PlaybackBGAction
        | SayActionDict
        | SayAction
        | SetGlobalDataActionDict
        | SetGlobalDataAction
        | SetMetaDataActionDict
        | SetMetaDataAction
        | StopActionDict
        | StopAction
        | StopPlaybackBGActionDict
        | StopPlaybackBGAction
        | ToggleFunctionsActionDict
        | ToggleFunctionsAction
        | UnsetGlobalDataActionDict
        | UnsetGlobalDataAction
        | UnsetMetaDataActionDict
        | UnsetMetaDataAction
        | UserInputActionDict
        | UserInputAction
        | WaitForUserActionDict
        | WaitForUserAction
        | AddDynamicHintsActionDict
        | AddDynamicHintsAction
        | ClearDynamicHintsActionDict
        | ClearDynamicHintsAction
        | EndOfSpeechTimeoutActionDict
        | EndOfSpeechTimeoutAction
        | SpeechEventTimeoutActionDict
        | SpeechEventTimeoutAction
        | ChangeVoiceActionDict
        | ChangeVoiceAction
        | FunctionsOnSpeakerTimeoutActionDict
        | FunctionsOnSpeakerTimeoutAction
        | ExtensiveDataActionDict
        | ExtensiveDataAction
        | ReplaceInHistoryActionDict
        | ReplaceInHistoryAction
        | SettingsActionDict
        | SettingsAction
        | Sequence[
            SWMLActionDict
            | SWMLAction
            | ChangeContextActionDict
            | ChangeContextAction
            | ChangeStepActionDict
            | ChangeStepAction
            | ContextSwitchActionDict
            | ContextSwitchAction
            | HangupActionDict
            | HangupAction
            | HoldActionDict
            | HoldAction
            | PlaybackBGActionDict
            | PlaybackBGAction
            | SayActionDict
            | SayAction
            | SetGlobalDataActionDict
            | SetGlobalDataAction
            | SetMetaDataActionDict
            | SetMetaDataAction
            | StopActionDict
            | StopAction
            | StopPlaybackBGActionDict
            | StopPlaybackBGAction
            | ToggleFunctionsActionDict
            | ToggleFunctionsAction
            | UnsetGlobalDataActionDict
            | UnsetGlobalDataAction
            | UnsetMetaDataActionDict
            | UnsetMetaDataAction
            | UserInputActionDict
            | UserInputAction
            | WaitForUserActionDict
            | WaitForUserAction
            | AddDynamicHintsActionDict
            | AddDynamicHintsAction
            | ClearDynamicHintsActionDict
            | ClearDynamicHintsAction
            | EndOfSpeechTimeoutActionDict
            | EndOfSpeechTimeoutAction
            | SpeechEventTimeoutActionDict
            | SpeechEventTimeoutAction
            | ChangeVoiceActionDict
            | ChangeVoiceAction
            | FunctionsOnSpeakerTimeoutActionDict
            | FunctionsOnSpeakerTimeoutAction
            | ExtensiveDataActionDict
            | ExtensiveDataAction
            | ReplaceInHistoryActionDict
            | ReplaceInHistoryAction
            | SettingsActionDict
            | SettingsAction
        ]
    ]
    """An action for the platform to perform on the live call, or a list of them."""
    post_process: NotRequired[bool]
    """Hold the actions until after the agent has spoken its reply, rather than running them
    immediately. **Default:** `false`."""


class PayDict(TypedDict):
    """Enables secure payment processing during voice calls. When implemented, it manages the entire payment flow
    including data collection, validation, and processing through your configured payment gateway."""

    payment_connector_url: str
    """The URL to make POST requests with all the gathered payment details.
    This URL is used to process the final payment transaction and return the results through the response.

    Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information."""
    charge_amount: NotRequired[str]
    """The amount to charge against payment method passed in the request. `Float` value with no currency prefix passed as string."""
    currency: NotRequired[str]
    """Uses the ISO 4217 currency code of the charge amount."""
    description: NotRequired[str]
    """Custom description of the payment provided in the request."""
    input: NotRequired[Literal["dtmf"]]
    """The method of how to collect the payment details. Currently only `dtmf` mode is supported."""
    language: NotRequired[str]
    """Language to use for prompts being played to the caller by the `pay` method."""
    max_attempts: NotRequired[int | SwmlVariable]
    """Number of times the `pay` method will retry to collect payment details."""
    min_postal_code_length: NotRequired[int | SwmlVariable]
    """The minimum length of the postal code the user must enter."""
    parameters: NotRequired[Sequence[PayParametersDict | PayParameters]]
    """Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs."""
    payment_method: NotRequired[Literal["credit-card"]]
    """Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported."""
    postal_code: NotRequired[bool | str]
    """Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`."""
    prompts: NotRequired[Sequence[PayPromptsDict | PayPrompts]]
    """Array of prompt objects for customizing the audio prompts during different stages of the payment process."""
    security_code: NotRequired[bool | SwmlVariable]
    """Takes true or false to let pay method know whether to prompt for security code."""
    status_url: NotRequired[str]
    """The URL to send requests for each status change during the payment process.

    Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information."""
    timeout: NotRequired[int | SwmlVariable]
    """Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured."""
    token_type: NotRequired[TokenType | Literal["one-time", "reusable"]]
    """Whether the payment is a one off payment or re-occurring.

    Allowed values:
    - `one-time`
    - `reusable`"""
    valid_card_types: NotRequired[str]
    """List of payment cards allowed to use in the requested payment process separated by space.

    Allowed values:
    - `visa`
    - `mastercard`
    - `amex`
    - `maestro`
    - `discover`
    - `jcb`
    - `diners-club`"""
    voice: NotRequired[str]
    """Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information."""


class PayParametersDict(TypedDict):
    """The ``PayParameters`` object."""

    name: str
    """The identifier for your custom parameter. This will be the key in the parameters object."""
    value: str
    """The value associated with the parameter. This will be the value in the parameters object."""


class PayPromptPlayActionDict(TypedDict):
    """The ``PayPromptPlayAction`` object."""

    type: Literal["Play"]
    """When the action `type` is `Say`, this value is the text to be spoken; when the type is `Play`, it should be a URL to the audio file."""
    phrase: str
    """The URL of the audio file to play"""


class PayPromptSayActionDict(TypedDict):
    """The ``PayPromptSayAction`` object."""

    type: Literal["Say"]
    """When the action `type` is `Say`, this value is the text to be spoken; when the type is `Play`, it should be a URL to the audio file."""
    phrase: str
    """The phrase to speak"""


# The ``PayPrompts`` object.
PayPromptsDict = TypedDict(
    "PayPromptsDict",
    {
        "actions": "Sequence[PayPromptSayActionDict | PayPromptSayAction | PayPromptPlayActionDict | PayPromptPlayAction]",
        "for": "str",
        "attempts": "NotRequired[str]",
        "card_type": "NotRequired[str]",
        "error_type": "NotRequired[str]",
    },
)


class PlayWithURLDict(TypedDict):
    """Play with a single URL"""

    auto_answer: NotRequired[bool | SwmlVariable]
    """If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`."""
    volume: NotRequired[float | SwmlVariable]
    """Volume level for the audio file.
    Default is `0`.
    Valid range is -40 to 40."""
    say_voice: NotRequired[str]
    """The voice to use for the text to speech."""
    say_language: NotRequired[str]
    """The language to use for the text to speech."""
    say_gender: NotRequired[str]
    """Gender to use for the text to speech."""
    status_url: NotRequired[str]
    """http or https URL to deliver play status events"""
    url: str | SwmlVariable
    """URL to play.
    Required if `urls` is not present.
    Allowed URLs are:
        - http:// or https:// - audio file to GET
        - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
        - say:<text to speak> - Sentence to say
        - silence: <duration> - seconds of silence to play"""


class PlayWithURLSDict(TypedDict):
    """The ``PlayWithURLS`` object."""

    auto_answer: NotRequired[bool | SwmlVariable]
    """If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`."""
    volume: NotRequired[float | SwmlVariable]
    """Volume level for the audio file.
    Default is `0`.
    Valid range is -40 to 40."""
    say_voice: NotRequired[str]
    """The voice to use for the text to speech."""
    say_language: NotRequired[str]
    """The language to use for the text to speech."""
    say_gender: NotRequired[str]
    """Gender to use for the text to speech."""
    status_url: NotRequired[str]
    """http or https URL to deliver play status events"""
    urls: Sequence[str] | Sequence[SwmlVariable]
    """Array of URLs to play.
    Required if `url` is not present.
    Allowed URLs are:
        - http:// or https:// - audio file to GET
        - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
        - say:<text to speak> - Sentence to say
        - silence: <duration> - seconds of silence to play"""


class PlaybackBGActionDict(TypedDict):
    """The ``PlaybackBGAction`` object."""

    playback_bg: PlaybackBgDict | PlaybackBg
    """A JSON object containing the audio file to play."""


class PlaybackBgDict(TypedDict):
    """A JSON object containing the audio file to play."""

    file: str
    """URL or filepath of the audio file to play."""
    wait: NotRequired[bool | SwmlVariable]
    """Whether to wait for the audio file to finish playing before continuing. Default is `false`."""


class PomSectionBodyContentDict(TypedDict):
    """Content model with body text and optional bullets"""

    title: NotRequired[str]
    """Title for the section"""
    subsections: NotRequired[Sequence[POMUnion]]
    """Optional array of nested subsections"""
    numbered: NotRequired[bool | SwmlVariable]
    """Whether to number the section"""
    numberedBullets: NotRequired[bool | SwmlVariable]
    """Whether to number the bullets"""
    body: str
    """Body text for the section"""
    bullets: NotRequired[Sequence[str]]
    """Optional array of bullet points"""


class PomSectionBulletsContentDict(TypedDict):
    """Content model with bullets and optional body"""

    title: NotRequired[str]
    """Title for the section"""
    subsections: NotRequired[Sequence[POMUnion]]
    """Optional array of nested subsections"""
    numbered: NotRequired[bool | SwmlVariable]
    """Whether to number the section"""
    numberedBullets: NotRequired[bool | SwmlVariable]
    """Whether to number the bullets"""
    body: NotRequired[str]
    """Body text for the section (optional)"""
    bullets: Sequence[str]
    """Array of bullet points"""


class PromptDict(TypedDict):
    """Play a prompt and wait for input. The input can be received either as digits from the keypad,
    or from speech, or both depending on what parameters are set.
    By default, only digit input is enabled. To enable speech input, set at least one speech parameter.
    To enable both digit and speech input, set at least one parameter for each."""

    play: str | Sequence[str] | Sequence[SwmlVariable] | SwmlVariable
    """URL or array of URLs to play.
    Allowed URLs are:
        http:// or https:// - audio file to GET
        ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
        say:<text to speak> - Sentence to say
        silence: <duration> - seconds of silence to play"""
    volume: NotRequired[float]
    """Volume level for the audio file.
    Default is `0`.
    Valid range is -40 to 40."""
    say_voice: NotRequired[str]
    """The voice to use for the text to speech."""
    say_language: NotRequired[str]
    """The language to use for the text to speech."""
    say_gender: NotRequired[str]
    """The gender to use for the text to speech."""
    max_digits: NotRequired[int | SwmlVariable]
    """Number of digits to collect.
    Default is `1`."""
    terminators: NotRequired[str]
    """Digits that terminate digit collection.
    Default is not set."""
    digit_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait for next digit.
    Default is `5.0` seconds."""
    initial_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait for start of input.
    Default is `5.0` seconds."""
    speech_timeout: NotRequired[float | SwmlVariable]
    """Max time in seconds to wait for speech result."""
    speech_end_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait for end of speech utterance."""
    speech_language: NotRequired[str]
    """Language to detect speech in."""
    speech_hints: NotRequired[Sequence[str] | Sequence[SwmlVariable]]
    """Expected words or phrases to help the speech recognition."""
    speech_engine: NotRequired[str]
    """The engine that is selected for speech recognition. The engine must support the specified language.
    [Deepgram|Google| etc...] Default is not set (SignalWire picks the engine)."""
    status_url: NotRequired[str]
    """http or https URL to deliver prompt status events"""


# The ``Pronounce`` object.
PronounceDict = TypedDict(
    "PronounceDict",
    {
        "replace": "str",
        "with": "str",
        "ignore_case": "NotRequired[bool | SwmlVariable]",
    },
)


class ReceiveFaxDict(TypedDict):
    """Receive a fax being delivered to this call."""

    status_url: NotRequired[str]
    """http or https URL to deliver receive_fax status events"""


class RecordArgumentDict(TypedDict):
    """Record the call audio in the foreground, pausing further SWML execution until recording ends.
    Use this, for example, to record voicemails.
    To record calls in the background in a non-blocking fashion, use the record_call method."""

    stereo: NotRequired[bool | SwmlVariable]
    """If true, record in stereo.
    Default is `false`."""
    format: NotRequired[Format | Literal["wav", "mp3", "mp4"]]
    """The format to record in. Can be `wav`, `mp3`, or `mp4`.
    Default is `"wav"`."""
    direction: NotRequired[RecordDirection | Literal["speak", "listen"]]
    """Direction of the audio to record: "speak" for what party says, "listen" for what party hears.
    Default is `"speak"`."""
    terminators: NotRequired[str]
    """String of digits that will stop the recording when pressed. Default is `"#"`."""
    beep: NotRequired[bool | SwmlVariable]
    """Play a beep before recording.
    Default is `false`."""
    input_sensitivity: NotRequired[float | SwmlVariable]
    """How sensitive the recording voice activity detector is to background noise.
    A larger value is more sensitive. Allowed values from 0.0 to 100.0.
    Default is `44.0`."""
    initial_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait for the start of speech.
    Default is `4.0` seconds."""
    end_silence_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait in silence before ending the recording.
    Default is `5.0` seconds."""
    max_length: NotRequired[float | SwmlVariable]
    """Maximum length of the recording in seconds."""
    status_url: NotRequired[str]
    """URL to send recording status events to."""


class RecordCallDict(TypedDict):
    """Record call in the background.
    Unlike the record method, the record_call method will start the recording and continue executing
    the SWML script while allowing the recording to happen in the background.
    To stop call recordings started with record_call, use the stop_record_call method."""

    control_id: NotRequired[str]
    """Identifier for this recording, to use with `stop_call_record`."""
    stereo: NotRequired[bool | SwmlVariable]
    """If `true`, record in stereo.
    Default is `false`."""
    format: NotRequired[Format | Literal["wav", "mp3", "mp4"]]
    """The format to record in. It can be `wav`, `mp3`, or `mp4`.
    Default is `"wav"`."""
    direction: NotRequired[RecordCallDirection | Literal["speak", "listen", "both"]]
    """Direction of the audio to record: "speak" for what party says, "listen" for what party hears, "both" for what the party hears and says.
    Default is `"both"`."""
    terminators: NotRequired[str]
    """String of digits that will stop the recording when pressed. Default is `""` (empty)."""
    beep: NotRequired[bool | SwmlVariable]
    """Play a beep before recording.
    Default is `false`."""
    input_sensitivity: NotRequired[float | SwmlVariable]
    """How sensitive the recording voice activity detector is to background noise.
    A larger value is more sensitive. Allowed values from 0.0 to 100.0.
    Default is `44.0`."""
    initial_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait for the start of speech.
    Default is `0.0` seconds."""
    end_silence_timeout: NotRequired[float | SwmlVariable]
    """Time in seconds to wait in silence before ending the recording.
    Default is `0.0` seconds."""
    max_length: NotRequired[float | SwmlVariable]
    """Maximum length of the recording in seconds."""
    status_url: NotRequired[str]
    """http or https URL to deliver record_call status events"""


class ReplaceInHistoryActionDict(TypedDict):
    """The ``ReplaceInHistoryAction`` object."""

    replace_in_history: str | bool
    """How this function call appears in the conversation history: `true` removes the call and its result, a string replaces them with that text as an assistant message."""


class RequestDict(TypedDict):
    """Send a GET, POST, PUT, or DELETE request to a remote URL."""

    url: str
    """URL to send the HTTPS request to. Authentication can also be set in the URL in the format of username:password@url."""
    method: Method | Literal["GET", "POST", "PUT", "DELETE"]
    """The HTTP method to be used for the request. Can be `GET`, `POST`, `PUT`, or `DELETE`."""
    headers: NotRequired[Mapping[str, Any]]
    """Object containing HTTP headers to set. Valid header values are Accept, Authorization, Content-Type, Range, and custom X- headers."""
    body: NotRequired[str | Mapping[str, Any]]
    """Request body. Content-Type header should be explicitly set, but if not set, the most likely type
    will be set based on the first non-whitespace character."""
    timeout: NotRequired[float | SwmlVariable]
    """Maximum time in seconds to wait for a response.
    Default is `0` (no timeout)."""
    connect_timeout: NotRequired[float | SwmlVariable]
    """Maximum time in seconds to wait for a connection.
    Default is `0` (no timeout)."""
    save_variables: NotRequired[bool | SwmlVariable]
    """Store parsed JSON response as variables.
    Default is `false`."""


class SMSWithBodyDict(TypedDict):
    """The ``SMSWithBody`` object."""

    to_number: str
    """Phone number to send SMS message to in E.164 format."""
    from_number: str
    """Phone number the SMS message will be sent from in E.164 format."""
    region: NotRequired[str]
    """Region of the world to originate the message from. Chosen based on account preferences or device location if not specified."""
    tags: NotRequired[Sequence[str]]
    """Array of tags to associate with the message to facilitate log searches."""
    status_callback: NotRequired[str]
    """URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback)."""
    body: str
    """Required if `media` is not present. The body of the SMS message."""


class SMSWithMediaDict(TypedDict):
    """The ``SMSWithMedia`` object."""

    to_number: str
    """Phone number to send SMS message to in E.164 format."""
    from_number: str
    """Phone number the SMS message will be sent from in E.164 format."""
    region: NotRequired[str]
    """Region of the world to originate the message from. Chosen based on account preferences or device location if not specified."""
    tags: NotRequired[Sequence[str]]
    """Array of tags to associate with the message to facilitate log searches."""
    status_callback: NotRequired[str]
    """URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback)."""
    media: Sequence[str]
    """Required if `body` is not present. Array of media URLs to include in the message."""
    body: NotRequired[str]
    """Optional if `media` is present. The body of the SMS message."""


class SWAIGDict(TypedDict):
    """The ``SWAIG`` object."""

    defaults: NotRequired[SWAIGDefaultsDict | SWAIGDefaults]
    """Default settings for all SWAIG functions. If `defaults` is not set, settings may be set in each function object. Default is not set."""
    mcp_servers: NotRequired[Sequence[MCPServerDict | MCPServer]]
    """An array of MCP (Model Context Protocol) servers whose tools and resources are made available to the AI agent. Each server's tools are discovered when the agent starts and registered as callable functions."""
    native_functions: NotRequired[
        Sequence[
            SWAIGNativeFunction
            | Literal["check_time", "wait_seconds", "wait_for_user", "adjust_response_latency"]
        ]
    ]
    """Prebuilt functions the AI agent is able to call from this list of available native functions"""
    includes: NotRequired[Sequence[SWAIGIncludesDict | SWAIGIncludes]]
    """An array of objects to include remote function signatures.
    This allows you to include functions that are defined in a remote location.
    The object fields are `url` to specify where the remote functions are defined and `functions` which is an array of the function names as strings."""
    functions: NotRequired[
        Sequence[
            UserSWAIGFunctionDict
            | UserSWAIGFunction
            | StartUpHookSWAIGFunctionDict
            | StartUpHookSWAIGFunction
            | HangUpHookSWAIGFunctionDict
            | HangUpHookSWAIGFunction
            | SummarizeConversationSWAIGFunctionDict
            | SummarizeConversationSWAIGFunction
        ]
    ]
    """An array of JSON objects to define functions that can be executed during the interaction with the AI. Default is not set."""
    internal_fillers: NotRequired[SWAIGInternalFillerDict | SWAIGInternalFiller]
    """An object containing filler phrases for internal SWAIG functions. These fillers are played while utilizing internal functions."""


class SWAIGDefaultsDict(TypedDict):
    """The ``SWAIGDefaults`` object."""

    web_hook_url: NotRequired[str]
    """Default URL to send status callbacks and reports to. Authentication can also be set in the url in the format of `username:password@url.`"""


class SWAIGIncludesDict(TypedDict):
    """The ``SWAIGIncludes`` object."""

    functions: Sequence[str]
    """Remote functions to fetch and include in your AI application."""
    url: str
    """URL to fetch remote functions and include in your AI application. Authentication can also be set in the url in the format of `username:password@url`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """User-defined metadata to pass with the remote function request."""


class SWAIGInternalFillerDict(TypedDict):
    """The ``SWAIGInternalFiller`` object."""

    check_time: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when the AI Agent is checking the time."""
    wait_for_user: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when the AI Agent is waiting for user input."""
    wait_seconds: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played during deliberate pauses or wait periods."""
    adjust_response_latency: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when the AI Agent is adjusting response timing."""
    next_step: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when transitioning between conversation steps when utilizing `prompt.contexts`."""
    change_context: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when switching between conversation contexts when utilizing `prompt.contexts`."""
    get_visual_input: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when the AI Agent is processing visual input. This function is enabled
    when `enable_vision` is set to `true` in `ai.params`.
    Leaving this out does not silence the agent: a built-in English set is used under `en-US`
    instead, so set this key to change the wording or to cover another language."""
    get_ideal_strategy: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when the AI Agent is thinking or considering options. This is utilized
    when `enable_thinking` is set to `true` in `ai.params`.
    Leaving this out does not silence the agent: a built-in English set is used under `en-US`
    instead, so set this key to change the wording or to cover another language."""
    pause_conversation: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """Filler phrases played when the AI Agent pauses the conversation at the caller's request. This
    function is enabled when `enable_pause` is set to `true` in `ai.params`, which `start_paused`
    also turns on. Setting `speak_when_spoken_to` turns `enable_pause` back off, which leaves this
    key with nothing to play."""


class SWMLActionDict(TypedDict):
    """The ``SWMLAction`` object."""

    SWML: SWMLObjectDict | SWMLObject
    """A SWML object to be executed."""
    transfer: NotRequired[bool | SwmlVariable]
    """When `true`, ends the AI session and hard-transfers the call to the sibling `SWML` payload. When omitted or `false`, the SWML executes inline and the AI session continues afterward."""


class SWMLObjectDict(TypedDict):
    """A SWML document for handling inbound and outbound calls. Contains a `sections` map where
    each section holds an array of methods that run sequentially. Execution starts at
    `sections.main`. See the [Calling SWML reference](/docs/swml/reference/calling) for the
    full list of available methods."""

    version: NotRequired[Literal["1.0.0"]]
    sections: SectionDict | Section | Mapping[str, Any]


class SayActionDict(TypedDict):
    """The ``SayAction`` object."""

    say: str
    """A message to be spoken by the AI agent."""


class SectionDict(TypedDict):
    """The ``Section`` object.

    It takes other keys too: Sequence[SwmlMethod]."""

    main: Sequence[SwmlMethod]


class SendDigitsDict(TypedDict):
    """Send digit presses as DTMF tones."""

    digits: str
    """The digits to send. Valid values are 0123456789*#ABCDWw. Character W is a 1 second delay, and w is a 500ms delay."""


class SendFaxDict(TypedDict):
    """Send a fax."""

    document: str
    """URL to the PDF document to fax."""
    header_info: NotRequired[str]
    """Header text to include on the fax."""
    identity: NotRequired[str]
    """Station identity to report.
    Default is the calling party's caller ID number."""
    status_url: NotRequired[str]
    """http or https URL to deliver send_fax status events"""


class SetGlobalDataActionDict(TypedDict):
    """The ``SetGlobalDataAction`` object."""

    set_global_data: Mapping[str, Any]
    """A JSON object containing any global data, as a key-value map. This action sets the data in the `global_data` to be globally referenced."""


class SetMetaDataActionDict(TypedDict):
    """The ``SetMetaDataAction`` object."""

    set_meta_data: Mapping[str, Any]
    """A JSON object containing any metadata, as a key-value map. This action sets the data in the `meta_data` to be referenced locally in the function."""


# AI settings to change for the following turns of the conversation.
SettingsDict = TypedDict(
    "SettingsDict",
    {
        "frequency-penalty": "NotRequired[float]",
        "presence-penalty": "NotRequired[float]",
        "max-tokens": "NotRequired[int]",
        "top-p": "NotRequired[float]",
        "confidence": "NotRequired[float]",
        "barge-confidence": "NotRequired[float]",
        "temperature": "NotRequired[float]",
    },
)


class SettingsActionDict(TypedDict):
    """The ``SettingsAction`` object."""

    settings: SettingsDict | Settings
    """AI settings to change for the following turns of the conversation."""


class SipReferDict(TypedDict):
    """Send SIP REFER to a SIP call."""

    to_uri: str
    """The SIP URI to send the REFER to."""
    status_url: NotRequired[str]
    """The HTTP or HTTPS URL to send status callback events to."""
    username: NotRequired[str]
    """Username to use for SIP authentication."""
    password: NotRequired[str]
    """Password to use for SIP authentication."""


class SleepDict(TypedDict):
    """The ``Sleep`` object."""

    duration: int | SwmlVariable
    """The amount of time to sleep in milliseconds.
    Must be a positive integer. Can also be set to `-1` for the sleep to never end."""


class SpeechEventTimeoutActionDict(TypedDict):
    """The ``SpeechEventTimeoutAction`` object."""

    speech_event_timeout: int | SwmlVariable
    """How long, in ms, since the last speech event to wait before finalising recognition, from now on (the ai verb's `params.speech_event_timeout`: from `0` to `10,000`)."""


class StartActionDict(TypedDict):
    """The ``StartAction`` object."""

    start: StartActionStartDict | StartActionStart
    """Starts live translation of the call. The translation will be sent to the specified URL."""


class StartActionStartDict(TypedDict):
    """Starts live translation of the call. The translation will be sent to the specified URL."""

    webhook: NotRequired[str]
    """The webhook URL to be called."""
    from_lang: str
    """The language to translate from."""
    to_lang: str
    """The language to translate to."""
    from_voice: NotRequired[str]
    """The TTS voice you want to use for the source language."""
    to_voice: NotRequired[str]
    """The TTS voice you want to use for the target language."""
    filter_from: NotRequired[
        TranslationFilterPreset
        | Literal["polite", "rude", "professional", "shakespeare", "gen-z"]
        | str
    ]
    """Translation filter for the source language direction."""
    filter_to: NotRequired[
        TranslationFilterPreset
        | Literal["polite", "rude", "professional", "shakespeare", "gen-z"]
        | str
    ]
    """Translation filter for the target language direction."""
    live_events: NotRequired[bool | SwmlVariable]
    """Whether to enable live events."""
    ai_summary: NotRequired[bool | SwmlVariable]
    """Whether to enable AI summarization."""
    speech_timeout: NotRequired[int | SwmlVariable]
    """The timeout for speech recognition in milliseconds."""
    vad_silence_ms: NotRequired[int | SwmlVariable]
    """Voice activity detection silence time in milliseconds. Default depends on speech engine: `300` for Deepgram, `500` for Google."""
    vad_thresh: NotRequired[int | SwmlVariable]
    """Voice activity detection threshold (0-1800)."""
    debug_level: NotRequired[int | SwmlVariable]
    """Debug level for logging (0-2)."""
    direction: Sequence[TranslateDirection | Literal["remote-caller", "local-caller"]]
    """The direction of the call that should be translated."""
    speech_engine: NotRequired[SpeechEngine | Literal["deepgram", "google"]]
    """The speech engine to use for speech recognition."""
    ai_summary_prompt: NotRequired[str]
    """The AI prompt that instructs how to summarize the conversation when `ai_summary` is enabled."""


class StartUpHookSWAIGFunctionDict(TypedDict):
    """The ``StartUpHookSWAIGFunction`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: NotRequired[str]
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: NotRequired[FunctionParametersDict | FunctionParameters]
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: NotRequired[DataMapDict | DataMap]
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: NotRequired[bool | SwmlVariable]
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: NotRequired[str]
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: NotRequired[int | str]
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: NotRequired[bool | SwmlVariable]
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: Literal["startup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the start_hook function, the function name is 'start_hook'."""


class StopActionDict(TypedDict):
    """The ``StopAction`` object."""

    stop: bool | SwmlVariable
    """Whether to stop the conversation."""


class StopDenoiseDict(TypedDict):
    """Stop noise reduction that was started with denoise."""


class StopPlaybackBGActionDict(TypedDict):
    """The ``StopPlaybackBGAction`` object."""

    stop_playback_bg: bool | SwmlVariable
    """Whether to stop the background audio file."""


class StopRecordCallDict(TypedDict):
    """Stop an active background recording."""

    control_id: NotRequired[str]
    """Identifier for the recording to stop.
    If not set, the last recording started will be stopped."""


class StopStreamDict(TypedDict):
    """Stop an active audio stream."""

    control_id: NotRequired[str]
    """ID of the stream to stop.
    If not set, it will stop the most recent stream started."""


class StopTapDict(TypedDict):
    """Stop an active tap stream."""

    control_id: NotRequired[str]
    """ID of the tap to stop.
    If not set, it will shut off the most recent tap session."""


class StreamDict(TypedDict):
    """Start a background audio stream from the call to a WebSocket endpoint. Runs alongside the call as an independent operation."""

    url: str
    """Secure WebSocket URI (wss://) to stream the call audio to."""
    control_id: NotRequired[str]
    """Identifier for this stream to use with `stop_stream`. If not set, one is generated and stored in the `stream_control_id` variable."""
    name: NotRequired[str]
    """Friendly name for the stream."""
    track: NotRequired[Track | Literal["inbound_track", "outbound_track", "both_tracks"]]
    """Audio track to stream:
        `inbound_track` for what the caller says,
        `outbound_track` for what the caller hears,
        `both_tracks` for both.
        Default is `"inbound_track"`."""
    codec: NotRequired[str]
    """Codec to use for the streamed audio. Freeform and endpoint-specific.
    Common values include `PCMU`, `PCMA`, and `OPUS`."""
    status_url: NotRequired[str]
    """HTTP or HTTPS URL to deliver stream status events."""
    status_url_method: NotRequired[StatusUrlMethod | Literal["GET", "POST"]]
    """HTTP method used to deliver stream status events to `status_url`.
    Possible Values: [`GET`, `POST`]. Default is `"POST"`."""
    authorization_bearer_token: NotRequired[str]
    """Bearer token sent as an `Authorization` header during the WebSocket handshake."""
    custom_parameters: NotRequired[Mapping[str, str]]
    """Custom key-value pairs sent to the WebSocket endpoint in the start message."""


class StringPropertyDict(TypedDict):
    """Base interface for all property types"""

    description: NotRequired[str]
    """A description of the property."""
    nullable: NotRequired[bool | SwmlVariable]
    """Whether the property can be null."""
    type: Literal["string"]
    """The type of parameter(s) the AI is passing to the function."""
    enum: NotRequired[Sequence[str]]
    """An array of strings that are the possible values"""
    default: NotRequired[str]
    """The default string value"""
    pattern: NotRequired[str]
    """Regular expression pattern"""
    format: NotRequired[
        StringFormat
        | Literal[
            "date_time",
            "time",
            "date",
            "duration",
            "email",
            "hostname",
            "ipv4",
            "ipv6",
            "uri",
            "uuid",
        ]
    ]
    """String format (email, date-time, etc.)"""


class SummarizeActionDict(TypedDict):
    """The ``SummarizeAction`` object."""

    summarize: SummarizeActionSummarizeDict | SummarizeActionSummarize
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""


class SummarizeActionSummarizeDict(TypedDict):
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""

    webhook: NotRequired[str]
    """The webhook URL to be called."""
    prompt: NotRequired[str]
    """The AI prompt that instructs how to summarize the conversation."""


class SummarizeConversationSWAIGFunctionDict(TypedDict):
    """An internal reserved function that generates a summary of the conversation and sends any specified properties to the configured webhook after the conversation has ended.
    This ensures that key parts of the conversation, as interpreted by the LLM, are reliably captured and delivered to the webhook."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: NotRequired[str]
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: NotRequired[FunctionParametersDict | FunctionParameters]
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: NotRequired[DataMapDict | DataMap]
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: NotRequired[bool | SwmlVariable]
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: NotRequired[str]
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: NotRequired[int | str]
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: NotRequired[bool | SwmlVariable]
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: Literal["summarize_conversation"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation.. For the summarize_conversation function, the function name is 'summarize_conversation'."""


class SwaigToolResultDict(TypedDict):
    """Splits the result into the data half and the steering half.

    `tool_result` becomes the tool message the agent reads. `tool_prompt` is injected as a separate
    system message immediately after it, to steer what the agent does with that data. Use the split
    when the two are genuinely different things — you know which half is data and which half is
    instruction; the agent does not.

    Read only by [`ai`](/docs/swml/reference/calling/ai) agents."""

    tool_result: NotRequired[str]
    """The data half — becomes the tool message the agent reads."""
    tool_prompt: NotRequired[str]
    """The steering half — injected as a system message right after the tool message."""


class SwitchDict(TypedDict):
    """Execute different instructions based on a variable's value."""

    variable: str
    """Name of the variable whose value needs to be compared."""
    case: Mapping[str, Sequence[SwmlMethod]]
    """Object of key-mapped values to array of SWML methods to execute."""
    default: NotRequired[Sequence[SwmlMethod]]
    """Array of SWML methods to execute if no cases match."""


class SwitchArgumentDict(TypedDict):
    """Execute different instructions based on a variable's value."""

    variable: str
    """Name of the variable whose value needs to be compared."""
    case: Mapping[str, Sequence[SwmlMethod]]
    """Object of key-mapped values to array of SWML methods to execute."""
    default: NotRequired[Sequence[SwmlMethod]]
    """Array of SWML methods to execute if no cases match."""


class TapDict(TypedDict):
    """Start background call tap. Media is streamed over Websocket or RTP to customer controlled URI."""

    uri: str
    """Destination of the tap media stream: rtp://IP:port, ws://example.com, or wss://example.com."""
    control_id: NotRequired[str]
    """Identifier for this tap to use with `stop_tap`."""
    direction: NotRequired[TapDirection | Literal["speak", "listen", "both"]]
    """Direction of the audio to tap:
        `speak` for what party says,
        `listen` for what party hears,
        `both` for what party hears and says.
        Default is `"speak"`."""
    codec: NotRequired[Codec | Literal["PCMU", "PCMA"]]
    """Codec to use for the tap media stream.
    Possible Values: [`PCMU`, `PCMA`]
    Default is `"PCMU"`."""
    rtp_ptime: NotRequired[int | SwmlVariable]
    """If `uri` is a `rtp://` this will set the packetization time of the media in milliseconds.
    Default is `20` milliseconds."""
    status_url: NotRequired[str]
    """http or https URL to deliver tap status events"""


class ToggleFunctionsActionDict(TypedDict):
    """The ``ToggleFunctionsAction`` object."""

    toggle_functions: Sequence[ToggleFunctionsItemDict | ToggleFunctionsItem]
    """Whether to toggle the functions on or off."""


class ToggleFunctionsItemDict(TypedDict):
    """The ``ToggleFunctionsItem`` object."""

    active: bool | SwmlVariable
    """Whether to activate or deactivate the functions. Default is `true`"""
    function: str | Sequence[str]
    """The function names to toggle."""


class TranscribeDict(TypedDict):
    """Transcribe the entire call in the background.
    Execution continues to the next instruction while the call proceeds; the transcription covers the whole call and completes when the call ends.
    For real-time transcription delivered as the call happens, use `live_transcribe` instead.
    Only one transcription can be active on a call at a time.
    To stop it, use the `transcribe_stop` method."""

    status_url: NotRequired[str]
    """An HTTP or HTTPS URL that receives the status callback when the transcription finishes"""


class TranscribeStartActionDict(TypedDict):
    """The ``TranscribeStartAction`` object."""

    start: TranscribeStartActionStartDict | TranscribeStartActionStart
    """Starts live transcription of the call. The transcription will be sent to the specified URL."""


class TranscribeStartActionStartDict(TypedDict):
    """Starts live transcription of the call. The transcription will be sent to the specified URL."""

    ai_summary: NotRequired[bool | SwmlVariable]
    """Enables AI summarization of the transcription. The summary will be sent to the specified URL at the end of the conversation."""
    webhook: NotRequired[str]
    """The webhook URL the transcription will be sent to."""
    lang: str
    """The language to transcribe."""
    live_events: NotRequired[bool | SwmlVariable]
    """Whether to enable live events."""
    speech_timeout: NotRequired[int | SwmlVariable]
    """The timeout for speech recognition in milliseconds."""
    vad_silence_ms: NotRequired[int | SwmlVariable]
    """Voice activity detection silence time in milliseconds. Default depends on speech engine: `300` for Deepgram, `500` for Google."""
    vad_thresh: NotRequired[int | SwmlVariable]
    """Voice activity detection threshold (0-1800)."""
    debug_level: NotRequired[int | SwmlVariable]
    """Debug level for logging (0-2)."""
    direction: Sequence[TranscribeDirection | Literal["remote-caller", "local-caller"]]
    """The direction of the call that should be transcribed."""
    speech_engine: NotRequired[SpeechEngine | Literal["deepgram", "google"]]
    """The speech engine to use for speech recognition."""
    ai_summary_prompt: NotRequired[str]
    """The AI prompt that instructs how to summarize the conversation when `ai_summary` is enabled."""


class TranscribeStopDict(TypedDict):
    """Stop the transcription currently running on the call, started with `transcribe`.
    No parameters are required."""


class TranscribeSummarizeActionDict(TypedDict):
    """The ``TranscribeSummarizeAction`` object."""

    summarize: TranscribeSummarizeActionSummarizeDict | TranscribeSummarizeActionSummarize
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""


class TranscribeSummarizeActionSummarizeDict(TypedDict):
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""

    webhook: NotRequired[str]
    """The webhook URL to be called."""
    prompt: NotRequired[str]
    """The prompt for summarization."""


class TransferDict(TypedDict):
    """Transfer the execution of the script to a different SWML section, URL, or Relay application.
    Once the transfer is complete, the script will continue executing SWML from the new location."""

    dest: str
    """Specifies where to transfer to. The value can be one of:
    - <section_name> - section in the SWML document to jump to
    - A URL (http or https) - URL to fetch next document from. Sends HTTP POST.
      Authentication can also be set in the URL in the format of username:password@url.
    - An inline SWML document (as a JSON string)"""
    params: NotRequired[Mapping[str, Any]]
    """Named parameters to send to transfer destination.
    Accepts an object mapping variable names to values.
    Default is not set."""
    meta: NotRequired[Mapping[str, Any]]
    """User data, ignored by SignalWire.
    Accepts an object mapping variable names to values.
    Default is not set."""


# Backchannel phrases keyed by language code, one array per language. A single phrase is
# picked from the matching array at random.
#
# The agent looks for an entry matching the language being spoken, then `default`, and plays
# nothing when neither is set. There is no `auto` key here: these phrases are never
# translated on the fly, because they have to be ready to play immediately.
# The codes listed here are the ones in common use, not a closed list.
#
# It takes other keys too: Sequence[str].
TurnFillersDict = TypedDict(
    "TurnFillersDict",
    {
        "default": "NotRequired[Sequence[str]]",
        "bg": "NotRequired[Sequence[str]]",
        "ca": "NotRequired[Sequence[str]]",
        "zh": "NotRequired[Sequence[str]]",
        "zh-CN": "NotRequired[Sequence[str]]",
        "zh-Hans": "NotRequired[Sequence[str]]",
        "zh-TW": "NotRequired[Sequence[str]]",
        "zh-Hant": "NotRequired[Sequence[str]]",
        "zh-HK": "NotRequired[Sequence[str]]",
        "cs": "NotRequired[Sequence[str]]",
        "da": "NotRequired[Sequence[str]]",
        "da-DK": "NotRequired[Sequence[str]]",
        "nl": "NotRequired[Sequence[str]]",
        "en": "NotRequired[Sequence[str]]",
        "en-US": "NotRequired[Sequence[str]]",
        "en-GB": "NotRequired[Sequence[str]]",
        "en-NZ": "NotRequired[Sequence[str]]",
        "en-IN": "NotRequired[Sequence[str]]",
        "en-AU": "NotRequired[Sequence[str]]",
        "et": "NotRequired[Sequence[str]]",
        "fi": "NotRequired[Sequence[str]]",
        "nl-BE": "NotRequired[Sequence[str]]",
        "fr": "NotRequired[Sequence[str]]",
        "fr-CA": "NotRequired[Sequence[str]]",
        "de": "NotRequired[Sequence[str]]",
        "de-CH": "NotRequired[Sequence[str]]",
        "el": "NotRequired[Sequence[str]]",
        "hi": "NotRequired[Sequence[str]]",
        "hu": "NotRequired[Sequence[str]]",
        "id": "NotRequired[Sequence[str]]",
        "it": "NotRequired[Sequence[str]]",
        "ja": "NotRequired[Sequence[str]]",
        "ko": "NotRequired[Sequence[str]]",
        "ko-KR": "NotRequired[Sequence[str]]",
        "lv": "NotRequired[Sequence[str]]",
        "lt": "NotRequired[Sequence[str]]",
        "ms": "NotRequired[Sequence[str]]",
        "multi": "NotRequired[Sequence[str]]",
        "no": "NotRequired[Sequence[str]]",
        "pl": "NotRequired[Sequence[str]]",
        "pt": "NotRequired[Sequence[str]]",
        "pt-BR": "NotRequired[Sequence[str]]",
        "pt-PT": "NotRequired[Sequence[str]]",
        "ro": "NotRequired[Sequence[str]]",
        "ru": "NotRequired[Sequence[str]]",
        "sk": "NotRequired[Sequence[str]]",
        "es": "NotRequired[Sequence[str]]",
        "es-419": "NotRequired[Sequence[str]]",
        "sv": "NotRequired[Sequence[str]]",
        "sv-SE": "NotRequired[Sequence[str]]",
        "th": "NotRequired[Sequence[str]]",
        "th-TH": "NotRequired[Sequence[str]]",
        "tr": "NotRequired[Sequence[str]]",
        "uk": "NotRequired[Sequence[str]]",
        "vi": "NotRequired[Sequence[str]]",
    },
)


class UnsetGlobalDataDict(TypedDict):
    """The ``UnsetGlobalData`` object."""


class UnsetGlobalDataActionDict(TypedDict):
    """The ``UnsetGlobalDataAction`` object."""

    unset_global_data: str | UnsetGlobalDataDict | UnsetGlobalData
    """The key of the global data to unset from the `global_data`. You can also reset the `global_data` by passing in a new object."""


class UnsetMetaDataDict(TypedDict):
    """The ``UnsetMetaData`` object."""


class UnsetMetaDataActionDict(TypedDict):
    """The ``UnsetMetaDataAction`` object."""

    unset_meta_data: str | UnsetMetaDataDict | UnsetMetaData
    """The key of the local data to unset from the `meta_data`. You can also reset the `meta_data` by passing in a new object."""


class UserEventDict(TypedDict):
    """Allows the user to set and send events to the connected client on the call.
    This is useful for triggering actions on the client side.
    Commonly used with the [browser-sdk](/docs/browser-sdk/v3/js/reference/signalwire/client).
    The event object can be any valid JSON object.
    Any key-value pair in the object is sent to the client as an event type called `user_event`."""

    event: Mapping[str, Any]


class UserInputActionDict(TypedDict):
    """The ``UserInputAction`` object."""

    user_input: str
    """Used to inject text into the users queue as if they input the data themselves."""


class UserSWAIGFunctionDict(TypedDict):
    """The ``UserSWAIGFunction`` object."""

    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: NotRequired[str]
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: NotRequired[FunctionParametersDict | FunctionParameters]
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: NotRequired[FunctionFillersDict | FunctionFillers | Mapping[str, Any]]
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: NotRequired[FunctionParametersDict | FunctionParameters]
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: NotRequired[bool | SwmlVariable]
    """Whether the function is active. **Default:** `true`."""
    meta_data: NotRequired[Mapping[str, Any]]
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: NotRequired[str]
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: NotRequired[DataMapDict | DataMap]
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: NotRequired[bool | SwmlVariable]
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: NotRequired[str]
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: NotRequired[str]
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: NotRequired[int | str]
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: NotRequired[bool | SwmlVariable]
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: str
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation."""


class WaitForUserActionDict(TypedDict):
    """The ``WaitForUserAction`` object."""

    wait_for_user: bool | int | Literal["answer_first"]
    """Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting."""


class WebhookDict(TypedDict):
    """The ``Webhook`` object."""

    expressions: NotRequired[Sequence[ExpressionDict | Expression]]
    """A list of expressions to be evaluated upon matching.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""
    error_keys: NotRequired[str | Sequence[str]]
    """A string or array of strings that represent the keys to be used for error handling. This will match the key(s) in the response from the API call."""
    url: str
    """The endpoint for the external service or API."""
    foreach: NotRequired[ForeachDict | Foreach]
    """Iterates over an array of objects and processes a output based on each element in the array. Works similarly to JavaScript's forEach method.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""
    headers: NotRequired[Mapping[str, Any]]
    """Any necessary headers for the API call."""
    method: NotRequired[Method | Literal["GET", "POST", "PUT", "DELETE"]]
    """The HTTP method (GET, POST, etc.) for the API call."""
    input_args_as_params: NotRequired[bool | SwmlVariable]
    """A boolean to determine if the input arguments should be passed as parameters."""
    params: NotRequired[Mapping[str, Any]]
    """An object of any necessary parameters for the API call. The key is the parameter name and the value is the parameter value."""
    require_args: NotRequired[str | Sequence[str]]
    """A string or array of strings that represent the `arguments` that are required to make the webhook request."""
    output: NotRequired[OutputDict | Output]
    """An object that contains a response and a list of actions to be performed upon completion of the webhook request.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""


class AnswerVerb(TypedDict):
    answer: AnswerDict | Answer


class AiVerb(TypedDict):
    ai: AIObjectDict | AIObject


class AiSidecarVerb(TypedDict):
    ai_sidecar: AISidecarObjectDict | AISidecarObject


class AmazonBedrockVerb(TypedDict):
    amazon_bedrock: AmazonBedrockObjectDict | AmazonBedrockObject


class CondVerb(TypedDict):
    cond: Sequence[CondRegDict | CondReg | CondElseDict | CondElse]


class ConnectVerb(TypedDict):
    connect: (
        ConnectDeviceSingleDict
        | ConnectDeviceSingle
        | ConnectDeviceSerialDict
        | ConnectDeviceSerial
        | ConnectDeviceParallelDict
        | ConnectDeviceParallel
        | ConnectDeviceSerialParallelDict
        | ConnectDeviceSerialParallel
    )


class DenoiseVerb(TypedDict):
    denoise: DenoiseDict | Denoise


class EnterQueueVerb(TypedDict):
    enter_queue: EnterQueueObjectDict | EnterQueueObject


class ExecuteVerb(TypedDict):
    execute: ExecuteDict | Execute


class GotoVerb(TypedDict):
    goto: GotoDict | Goto


class LabelVerb(TypedDict):
    label: str


class LiveTranscribeVerb(TypedDict):
    live_transcribe: LiveTranscribeDict | LiveTranscribe


class LiveTranslateVerb(TypedDict):
    live_translate: LiveTranslateDict | LiveTranslate


class HangupVerb(TypedDict):
    hangup: HangupDict | Hangup


class JoinRoomVerb(TypedDict):
    join_room: JoinRoomDict | JoinRoom


class JoinConferenceVerb(TypedDict):
    join_conference: JoinConferenceDict | JoinConference


class PlayVerb(TypedDict):
    play: PlayWithURLDict | PlayWithURL | PlayWithURLSDict | PlayWithURLS


class PromptVerb(TypedDict):
    prompt: PromptDict | Prompt


class ReceiveFaxVerb(TypedDict):
    receive_fax: ReceiveFaxDict | ReceiveFax


class RecordVerb(TypedDict):
    record: RecordArgumentDict | RecordArgument


class RecordCallVerb(TypedDict):
    record_call: RecordCallDict | RecordCall


class RequestVerb(TypedDict):
    request: RequestDict | Request


ReturnVerb = TypedDict("ReturnVerb", {"return": "Any"})


class SendDigitsVerb(TypedDict):
    send_digits: SendDigitsDict | SendDigits


class SendFaxVerb(TypedDict):
    send_fax: SendFaxDict | SendFax


class SendSmsVerb(TypedDict):
    send_sms: SMSWithBodyDict | SMSWithBody | SMSWithMediaDict | SMSWithMedia


class SetVerb(TypedDict):
    set: Mapping[str, Any]


class SleepVerb(TypedDict):
    sleep: SleepDict | Sleep | int | SwmlVariable


class SipReferVerb(TypedDict):
    sip_refer: SipReferDict | SipRefer


class StopDenoiseVerb(TypedDict):
    stop_denoise: StopDenoiseDict | StopDenoise


class StopRecordCallVerb(TypedDict):
    stop_record_call: StopRecordCallDict | StopRecordCall


class StopStreamVerb(TypedDict):
    stop_stream: StopStreamDict | StopStream


class StopTapVerb(TypedDict):
    stop_tap: StopTapDict | StopTap


class StreamVerb(TypedDict):
    stream: StreamDict | Stream


class SwitchVerb(TypedDict):
    switch: SwitchArgumentDict | SwitchArgument


class TapVerb(TypedDict):
    tap: TapDict | Tap


class TranscribeVerb(TypedDict):
    transcribe: TranscribeDict | Transcribe


class TranscribeStopVerb(TypedDict):
    transcribe_stop: TranscribeStopDict | TranscribeStop


class TransferVerb(TypedDict):
    transfer: TransferDict | Transfer


class UnsetVerb(TypedDict):
    unset: str | Sequence[str]


class PayVerb(TypedDict):
    pay: PayDict | Pay


class DetectMachineVerb(TypedDict):
    detect_machine: DetectMachineDict | DetectMachine


class UserEventVerb(TypedDict):
    user_event: UserEventDict | UserEvent


class ExecuteRpcVerb(TypedDict):
    execute_rpc: ExecuteRpcDict | ExecuteRpc


SwmlMethod: TypeAlias = "AnswerVerb | AiVerb | AiSidecarVerb | AmazonBedrockVerb | CondVerb | ConnectVerb | DenoiseVerb | EnterQueueVerb | ExecuteVerb | GotoVerb | LabelVerb | LiveTranscribeVerb | LiveTranslateVerb | HangupVerb | JoinRoomVerb | JoinConferenceVerb | PlayVerb | PromptVerb | ReceiveFaxVerb | RecordVerb | RecordCallVerb | RequestVerb | ReturnVerb | SendDigitsVerb | SendFaxVerb | SendSmsVerb | SetVerb | SleepVerb | SipReferVerb | StopDenoiseVerb | StopRecordCallVerb | StopStreamVerb | StopTapVerb | StreamVerb | SwitchVerb | TapVerb | TranscribeVerb | TranscribeStopVerb | TransferVerb | UnsetVerb | PayVerb | DetectMachineVerb | UserEventVerb | ExecuteRpcVerb"


AISidecarParamPropertyUnion: TypeAlias = "AISidecarStringParamDict | AISidecarStringParam | AISidecarIntegerParamDict | AISidecarIntegerParam | AISidecarNumberParamDict | AISidecarNumberParam | AISidecarBooleanParamDict | AISidecarBooleanParam | AISidecarArrayParamDict | AISidecarArrayParam | AISidecarObjectParamDict | AISidecarObjectParam"


POMUnion: TypeAlias = "PomSectionBodyContentDict | PomSectionBodyContent | PomSectionBulletsContentDict | PomSectionBulletsContent"


SchemaTypeUnion: TypeAlias = "StringPropertyDict | StringProperty | IntegerPropertyDict | IntegerProperty | NumberPropertyDict | NumberProperty | BooleanPropertyDict | BooleanProperty | ArrayPropertyDict | ArrayProperty | ObjectPropertyDict | ObjectProperty | NullPropertyDict | NullProperty | OneOfPropertyDict | OneOfProperty | AllOfPropertyDict | AllOfProperty | AnyOfPropertyDict | AnyOfProperty | ConstPropertyDict | ConstProperty"


__all__ = [
    "AIObjectDict",
    "AIParamsDict",
    "AIPostPromptPomDict",
    "AIPostPromptTextDict",
    "AIPromptPomDict",
    "AIPromptTextDict",
    "AISidecarArrayParamDict",
    "AISidecarBooleanParamDict",
    "AISidecarFunctionParametersDict",
    "AISidecarIntegerParamDict",
    "AISidecarNumberParamDict",
    "AISidecarObjectDict",
    "AISidecarObjectParamDict",
    "AISidecarParamPropertyUnion",
    "AISidecarParamsDict",
    "AISidecarPermissionsDict",
    "AISidecarPromptFileDict",
    "AISidecarPromptPomDict",
    "AISidecarPromptTextDict",
    "AISidecarSWAIGDefaultsDict",
    "AISidecarSWAIGDict",
    "AISidecarSWAIGFunctionDict",
    "AISidecarStringParamDict",
    "AISidecarSummarizeActionDict",
    "AISidecarSummarizeActionSummarizeDict",
    "AddDynamicHintsActionDict",
    "AiSidecarVerb",
    "AiVerb",
    "AllOfPropertyDict",
    "AmazonBedrockObjectDict",
    "AmazonBedrockVerb",
    "AnswerDict",
    "AnswerVerb",
    "AnyOfPropertyDict",
    "ArrayPropertyDict",
    "BedrockDataMapDict",
    "BedrockExpressionDict",
    "BedrockOutputDict",
    "BedrockParamsDict",
    "BedrockSWAIGDict",
    "BedrockSWAIGFunction1Dict",
    "BedrockSWAIGFunction2Dict",
    "BedrockSWAIGFunction3Dict",
    "BedrockSWAIGFunction4Dict",
    "BedrockWebhookDict",
    "BooleanPropertyDict",
    "ChangeContextActionDict",
    "ChangeStepActionDict",
    "ChangeVoiceActionDict",
    "ClearDynamicHintsActionDict",
    "ClearDynamicHintsDict",
    "CondElseDict",
    "CondRegDict",
    "CondVerb",
    "ConnectDestinationDict",
    "ConnectDeviceParallelDict",
    "ConnectDeviceSerialDict",
    "ConnectDeviceSerialParallelDict",
    "ConnectDeviceSingleDict",
    "ConnectHeadersDict",
    "ConnectSwitchDict",
    "ConnectVerb",
    "ConstPropertyDict",
    "ContextPOMStepsDict",
    "ContextSwitchActionDict",
    "ContextSwitchDict",
    "ContextTextStepsDict",
    "ContextsDict",
    "ContextsPOMObjectDict",
    "ContextsTextObjectDict",
    "ConversationMessageDict",
    "DataMapDict",
    "DenoiseDict",
    "DenoiseVerb",
    "DetectMachineDict",
    "DetectMachineVerb",
    "DynamicHintDict",
    "EndOfSpeechTimeoutActionDict",
    "EnterQueueObjectDict",
    "EnterQueueVerb",
    "ExecuteDict",
    "ExecuteRpcDict",
    "ExecuteRpcVerb",
    "ExecuteSwitchDict",
    "ExecuteVerb",
    "ExpressionDict",
    "ExtensiveDataActionDict",
    "ForeachDict",
    "FunctionFillersDict",
    "FunctionParametersDict",
    "FunctionsOnSpeakerTimeoutActionDict",
    "GotoDict",
    "GotoVerb",
    "HangUpHookSWAIGFunctionDict",
    "HangupActionDict",
    "HangupDict",
    "HangupVerb",
    "HintDict",
    "HoldActionDict",
    "HoldDict",
    "InjectActionDict",
    "InjectDict",
    "IntegerPropertyDict",
    "JoinConferenceDict",
    "JoinConferenceStreamDict",
    "JoinConferenceVerb",
    "JoinRoomDict",
    "JoinRoomVerb",
    "LabelVerb",
    "LanguageParamsDict",
    "LanguagesDict",
    "LiveTranscribeDict",
    "LiveTranscribeVerb",
    "LiveTranslateDict",
    "LiveTranslateVerb",
    "MCPServerDict",
    "MultilingualDict",
    "MultilingualLanguageDict",
    "NullPropertyDict",
    "NumberPropertyDict",
    "ObjectPropertyDict",
    "OmitPropertiesBedrockPostPomptTextOmittedPromptPropsDict",
    "OmitPropertiesBedrockPostPromptPomOmittedPromptPropsDict",
    "OmitPropertiesBedrockPromptPomOmittedPromptPropsDict",
    "OmitPropertiesBedrockPromptTextOmittedPromptPropsDict",
    "OneOfPropertyDict",
    "OutputDict",
    "POMUnion",
    "PayDict",
    "PayParametersDict",
    "PayPromptPlayActionDict",
    "PayPromptSayActionDict",
    "PayPromptsDict",
    "PayVerb",
    "PlayVerb",
    "PlayWithURLDict",
    "PlayWithURLSDict",
    "PlaybackBGActionDict",
    "PlaybackBgDict",
    "PomSectionBodyContentDict",
    "PomSectionBulletsContentDict",
    "PromptDict",
    "PromptVerb",
    "PronounceDict",
    "ReceiveFaxDict",
    "ReceiveFaxVerb",
    "RecordArgumentDict",
    "RecordCallDict",
    "RecordCallVerb",
    "RecordVerb",
    "ReplaceInHistoryActionDict",
    "RequestDict",
    "RequestVerb",
    "ReturnVerb",
    "SMSWithBodyDict",
    "SMSWithMediaDict",
    "SWAIGDefaultsDict",
    "SWAIGDict",
    "SWAIGIncludesDict",
    "SWAIGInternalFillerDict",
    "SWMLActionDict",
    "SWMLObjectDict",
    "SayActionDict",
    "SchemaTypeUnion",
    "SectionDict",
    "SendDigitsDict",
    "SendDigitsVerb",
    "SendFaxDict",
    "SendFaxVerb",
    "SendSmsVerb",
    "SetGlobalDataActionDict",
    "SetMetaDataActionDict",
    "SetVerb",
    "SettingsActionDict",
    "SettingsDict",
    "SipReferDict",
    "SipReferVerb",
    "SleepDict",
    "SleepVerb",
    "SpeechEventTimeoutActionDict",
    "StartActionDict",
    "StartActionStartDict",
    "StartUpHookSWAIGFunctionDict",
    "StopActionDict",
    "StopDenoiseDict",
    "StopDenoiseVerb",
    "StopPlaybackBGActionDict",
    "StopRecordCallDict",
    "StopRecordCallVerb",
    "StopStreamDict",
    "StopStreamVerb",
    "StopTapDict",
    "StopTapVerb",
    "StreamDict",
    "StreamVerb",
    "StringPropertyDict",
    "SummarizeActionDict",
    "SummarizeActionSummarizeDict",
    "SummarizeConversationSWAIGFunctionDict",
    "SwaigToolResultDict",
    "SwitchArgumentDict",
    "SwitchDict",
    "SwitchVerb",
    "SwmlMethod",
    "SwmlVariable",
    "TapDict",
    "TapVerb",
    "ToggleFunctionsActionDict",
    "ToggleFunctionsItemDict",
    "TranscribeDict",
    "TranscribeStartActionDict",
    "TranscribeStartActionStartDict",
    "TranscribeStopDict",
    "TranscribeStopVerb",
    "TranscribeSummarizeActionDict",
    "TranscribeSummarizeActionSummarizeDict",
    "TranscribeVerb",
    "TransferDict",
    "TransferVerb",
    "TurnFillersDict",
    "UnsetGlobalDataActionDict",
    "UnsetGlobalDataDict",
    "UnsetMetaDataActionDict",
    "UnsetMetaDataDict",
    "UnsetVerb",
    "UserEventDict",
    "UserEventVerb",
    "UserInputActionDict",
    "UserSWAIGFunctionDict",
    "WaitForUserActionDict",
    "WebhookDict",
]
