# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""Pydantic models of the spec's objects, for callers who want typed values.

Every model validates with the same generated checker as the chaining methods (``_checks``), so
the two cannot disagree; ``model_dump(by_alias=True, exclude_unset=True)`` gives the wire object.
Importing this module imports pydantic; the package loads it only when a model is first used.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import ConfigDict, Field

from swml_verbs import _checks

# Imported under a private name: a model of the spec may be called SpecModel.
from swml_verbs._spec_model import SpecModel as _SpecModel
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
    Region,
    SpeechEngine,
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


class AIObject(_SpecModel):
    """The ``AIObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AIObject)
    __wire_names__: ClassVar[dict[str, str]] = {"swaig": "SWAIG"}
    global_data: dict[str, Any] | None = Field(default=None)
    """A key-value object for storing data that persists throughout the AI session.
    Can be set initially in the SWML script or modified during the conversation using the set_global_data action.
    The global_data object is accessible everywhere in the AI session: prompts, AI parameters,
    and SWML returned from SWAIG functions. Access properties using template strings (e.g. ${global_data.property_name})."""
    hints: list[str | Hint] | None = Field(default=None)
    """Hints help the AI agent understand certain words or phrases better. Words that can commonly be misinterpreted can be added to the hints to help the AI speak more accurately."""
    languages: list[Languages] | None = Field(default=None)
    """An array of JSON objects defining supported languages in the conversation.
    Mutually exclusive with `multilingual`: if both are set, `multilingual` is used and
    this array is ignored."""
    multilingual: Multilingual | None = Field(default=None)
    """Configures a single agent to detect the caller's language and answer in it, switching
    as the caller switches. Use this instead of `languages` when one conversation may span
    several languages. Mutually exclusive with `languages`: if both are set, `multilingual`
    is used and `languages` is ignored."""
    params: AIParams | None = Field(default=None)
    """A JSON object containing parameters as key-value pairs."""
    post_prompt: AIPostPromptText | AIPostPromptPom | None = Field(default=None)
    """The final set of instructions and configuration settings to send to the agent."""
    post_prompt_url: str | None = Field(default=None)
    """The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password@url`."""
    pronounce: list[Pronounce] | None = Field(default=None)
    """An array of JSON objects to clarify the AI's pronunciation of words or expressions."""
    prompt: AIPromptText | AIPromptPom
    """Defines the AI agent's personality, goals, behaviors, and instructions for handling conversations.
    The prompt establishes how the agent should interact with callers, what information it should gather,
    and how it should respond to various scenarios. It is recommended to write prompts using markdown formatting."""
    swaig: SWAIG | None = Field(default=None, alias="SWAIG")
    """An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue."""


class AIParams(_SpecModel):
    """The ``AIParams`` object."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AIParams)
    acknowledge_interruptions: bool | str | None = Field(default=None)
    """Instructs the agent to acknowledge crosstalk and confirm user input when the user speaks over the agent."""
    ai_model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """The model to use for the AI. Allowed values are `gpt-4o-mini`, `gpt-4.1-mini`, and `gpt-4.1-nano`."""
    ai_name: str | None = Field(default=None)
    """Sets the name the AI agent responds to for wake/activation purposes. When using `enable_pause`, `start_paused`, or `speak_when_spoken_to`, the user must say this name to get the agent's attention. The name matching is case-insensitive."""
    ai_volume: int | str | None = Field(default=None)
    """Adjust the volume of the AI. Allowed values from `-50` - `50`. **Default:** `0`."""
    app_name: str | None = Field(default=None)
    """A custom identifier for the AI application instance. This name is included in webhook payloads, allowing backend systems to identify which AI configuration made the request."""
    asr_smart_format: bool | str | None = Field(default=None)
    """If true, enables smart formatting in ASR (Automatic Speech Recognition).
    This improves the formatting of numbers, dates, times, and other entities in the transcript.
    **Default:** `false`"""
    attention_timeout: int | Literal[0] | str | None = Field(default=None)
    """Amount of time, in ms, to wait before prompting the user to respond. Allowed values from `10,000` - `600,000`. Set to `0` to disable. **Default:** `5000` ms (note: user-configurable values must be `0` or within the `10,000` - `600,000` range)."""
    attention_timeout_prompt: str | None = Field(default=None)
    """A custom prompt that is fed into the AI when the attention_timeout is reached."""
    asr_diarize: bool | str | None = Field(default=None)
    """If true, enables speaker diarization in ASR (Automatic Speech Recognition).
    This will break up the transcript into chunks, with each chunk containing a unique identity (e.g speaker1, speaker2, etc.)
    and the text they spoke.
    **Default:** `false`"""
    asr_speaker_affinity: bool | str | None = Field(default=None)
    """If true, will force the AI Agent to only respond to the speaker who reesponds to the AI Agent first.
    Any other speaker will be ignored.
    **Default:** `false`"""
    audible_debug: bool | str | None = Field(default=None)
    """If `true`, the AI will announce the function that is being executed on the call. **Default:** `false`."""
    audible_latency: bool | str | None = Field(default=None)
    """If `true`, the AI will announce latency information during the call. Useful for debugging. **Default:** `false`."""
    background_file: str | None = Field(default=None)
    """URL of audio file to play in the background while AI plays in foreground."""
    background_file_loops: int | str | None = Field(default=None)
    """Maximum number of times to loop playing the background file. `undefined` means loop indefinitely."""
    background_file_volume: int | str | None = Field(default=None)
    """Defines background_file volume within a range of `-50` to `50`. **Default:** `0`."""
    enable_barge: str | bool | None = Field(default=None)
    """Controls the barge behavior. Allowed values are `"complete"`, `"partial"`, `"all"`, or boolean.
    **Default:** `"complete,partial"`"""
    enable_inner_dialog: bool | str | None = Field(default=None)
    """Enables the inner dialog feature, which runs a separate AI process in the background
    that analyzes the conversation and provides real-time insights to the main AI agent.
    This gives the agent a form of "internal thought process" that can help it make better decisions."""
    enable_pause: bool | str | None = Field(default=None)
    """Enables the pause/resume functionality for the AI agent. When enabled, a `pause_conversation`
    function is automatically added that the AI can call when the user says things like "hold on",
    "wait", or "pause". While paused, the agent stops responding until the user speaks the agent's
    name (set via `ai_name`) to resume. Cannot be used together with `speak_when_spoken_to`."""
    enable_turn_detection: bool | str | None = Field(default=None)
    """Enables intelligent turn detection that monitors partial speech transcripts for sentence-ending
    punctuation. When detected, the system can proactively finalize the speech recognition,
    reducing latency before the AI responds. Works with `turn_detection_timeout`."""
    barge_match_string: str | None = Field(default=None)
    """Takes a string, including a regular expression, defining barge behavior.
    For example, this param can direct the AI to stop when the word 'hippopotamus' is input."""
    barge_min_words: int | str | None = Field(default=None)
    """Defines the number of words that must be input before triggering barge behavior, in a range of `1-99`."""
    barge_functions: bool | str | None = Field(default=None)
    """If `true`, allows functions to be executed while the AI is being interrupted. **Default:** `true`."""
    cache_mode: bool | str | None = Field(default=None)
    """If `true`, enables response caching for improved performance. **Default:** `false`."""
    conscience: str | None = Field(default=None)
    """Sets the prompt which binds the agent to its purpose."""
    convo: list[ConversationMessage] | None = Field(default=None)
    """Injects pre-existing conversation history into the AI session at startup. This allows you to seed the AI agent with context from a previous conversation or provide example interactions."""
    conversation_id: str | None = Field(default=None)
    """Used by `check_for_input` and `save_conversation` to identify an individual conversation."""
    conversation_sliding_window: int | str | None = Field(default=None)
    """Sets the size of the sliding window for conversation history. This limits how much conversation history is sent to the AI model."""
    debug_webhook_level: int | str | None = Field(default=None)
    """Enables debugging to the set URL. Allowed values from `0` - `2`. Default is `1` if url is set."""
    debug_webhook_url: str | None = Field(default=None)
    """Each interaction between the AI and end user is posted in real time to the established URL."""
    debug: bool | int | str | None = Field(default=None)
    """Enables debug mode for the AI session. When enabled, additional diagnostic information is logged including turn detection events, speech processing details, and internal state changes."""
    direction: Direction | str | None = Field(default=None)
    """Forces the direction of the call to the assistant. Valid values are `inbound` and `outbound`."""
    digit_terminators: str | None = Field(default=None)
    """DTMF digit, as a string, to signal the end of input (ex: '#')"""
    digit_timeout: int | str | None = Field(default=None)
    """Time, in ms, at the end of digit input to detect end of input. Allowed values from `0` - `30,000`. **Default:** `3000` ms."""
    end_of_speech_timeout: int | str | None = Field(default=None)
    """Amount of silence, in ms, at the end of an utterance to detect end of speech. Allowed values from `250` - `10,000`. **Default:** `700` ms."""
    enable_accounting: bool | str | None = Field(default=None)
    """If `true`, enables usage accounting. The default is `false`."""
    enable_thinking: bool | str | None = Field(default=None)
    """Enables thinking output for the AI Agent.
    When set to `true`, the AI Agent will be able to utilize thinking capabilities.
    **Important**: This may introduce a little bit of latency as the AI will use an additional turn in the conversation to think about the query."""
    enable_text_normalization: EnableTextNormalization | str | None = Field(default=None)
    """Converts numbers, currency, dates, and similar values between their written and spoken forms so the AI understands callers more accurately and speaks its responses more naturally.
    `heard` converts what the caller says into written form before the AI reads it (e.g. "twenty three dollars" becomes "$23").
    `spoken` converts the AI's written response into spoken form before it is read aloud (e.g. "$23" becomes "twenty three dollars").
    `both` applies both directions. Set to `false`, `off`, or `none` to turn it off; `true` and `on` are aliases for `both`.
    Text normalization adapts automatically to the language being spoken; if it isn't available for that language, the affected direction is skipped and the conversation continues.
    **Default:** `both`."""
    auto_correct: bool | str | None = Field(default=None)
    """Cleans up the transcription of the caller's speech before the AI reads it — converting spoken numbers to digits, formatting addresses and phone numbers, and fixing obvious mishearings — without changing the meaning.
    Cannot be used together with `enable_text_normalization`, which is on by default: set `enable_text_normalization` to `"off"` to use `auto_correct`; otherwise `auto_correct` has no effect.
    When used alongside `redact_prompt`, cleanup and redaction happen together in a single step, which keeps responses fast.
    **Default:** `false`."""
    redact_prompt: str | None = Field(default=None)
    """A plain-language description of sensitive content to redact from everything the platform records or transmits about the call — logs, events, webhook payloads, the call timeline, and the post-conversation `call_log` and `raw_call_log`. For example: `"credit card numbers, social security numbers, and full names"`. Redacted content is replaced with `----`. Set this parameter to enable redaction; omit it to leave redaction off.
    The caller still hears the content in full, and the AI still receives the real text — redaction protects what is recorded and transmitted, not what the AI processes. Redaction can occasionally miss content, so treat it as a safeguard for your logs and integrations rather than an absolute guarantee."""
    enable_vision: bool | str | None = Field(default=None)
    """Enables visual input processing for the AI Agent.
    When set to `true`, the AI Agent will be able to utilize visual processing capabilities, while leveraging the `get_visual_input` function."""
    energy_level: int | float | str | None = Field(default=None)
    """Amount of energy necessary for bot to hear you (in dB). Allowed values from `0.0` - `100.0`. **Default:** `52.0` dB."""
    first_word_timeout: int | str | None = Field(default=None)
    """Amount of time, in ms, to wait for the first word after speech is detected. Allowed values from `0` - `10,000`. **Default:** `1000` ms."""
    function_wait_for_talking: bool | str | None = Field(default=None)
    """If `true`, the AI will wait for any `filler` to finish playing before executing a function.
    If `false`, the AI will execute a function asynchronously as the `filler` plays.
    **Default:** `false`."""
    functions_on_no_response: bool | str | None = Field(default=None)
    """If `true`, functions can be executed when there is no user response after a timeout. **Default:** `false`."""
    hard_stop_prompt: str | None = Field(default=None)
    """A final prompt that is fed into the AI when the `hard_stop_time` is reached."""
    hard_stop_time: str | None = Field(default=None)
    """Specifies the maximum duration fopr the AI Agent to remain active before it exists the session.
    After the timeout, the AI will stop responding, and will proceed with the next SWML instruction.

    **Time Format:**
      - Seconds Format: `30s`
      - Minutes Format: `2m`
      - Hours Format: `1h`
      - Combined Format: `1h45m30s`"""
    hold_music: str | None = Field(default=None)
    """A URL for the hold music to play, accepting WAV, mp3, and FreeSWITCH tone_stream."""
    hold_on_process: bool | str | None = Field(default=None)
    """Enables hold music during SWAIG processing."""
    inactivity_timeout: int | str | None = Field(default=None)
    """Amount of time, in ms, to wait before exiting the app due to inactivity. Allowed values from `10,000` - `3,600,000`. **Default:** `600000` ms (10 minutes)."""
    inner_dialog_model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """Specifies the AI model to use for the inner dialog feature. Can be set to a different (often smaller/faster) model than the main conversation model. Only used when `enable_inner_dialog` is `true`."""
    inner_dialog_prompt: str | None = Field(default=None)
    """The system prompt that guides the inner dialog AI's behavior. This prompt shapes how the background AI
    analyzes the conversation and what kind of insights it provides to the main agent.
    Only used when `enable_inner_dialog` is `true`."""
    inner_dialog_synced: bool | str | None = Field(default=None)
    """When enabled, synchronizes the inner dialog with the main conversation flow.
    This ensures the inner dialog AI waits for the main conversation turn to complete
    before providing its analysis, rather than running fully asynchronously.
    Only used when `enable_inner_dialog` is `true`."""
    initial_sleep_ms: int | str | None = Field(default=None)
    """Amount of time, in ms, to wait before starting the conversation. Allowed values from `0` - `300,000`."""
    input_poll_freq: int | str | None = Field(default=None)
    """Check for input function with check_for_input.
    Example use case: Feeding an inbound SMS to AI on a voice call, eg., for collecting an email address or other complex information.
    Allowed values from `1000` to `10000` ms.
    **Default:** `2000` ms."""
    interrupt_on_noise: bool | str | None = Field(default=None)
    """When enabled, barges agent upon any sound interruption longer than 1 second."""
    interrupt_prompt: str | None = Field(default=None)
    """Provide a prompt for the agent to handle crosstalk."""
    languages_enabled: bool | str | None = Field(default=None)
    """Has no effect and can be omitted.
    A `languages` array takes effect because it is set, not because of this flag, so setting this
    to `false` does not disable one. The separate `multilingual` object is likewise switched on by
    being set."""
    local_tz: str | None = Field(default=None)
    """The local timezone setting for the AI. Value should use `IANA TZ ID`"""
    llm_diarize_aware: bool | str | None = Field(default=None)
    """If true, the AI Agent will be involved with the diarization process.
    Users can state who they are at the start of the conversation and
    the AI Agent will be able to correctly identify them when they are speaking later in the conversation.
    **Default:** `false`"""
    max_emotion: int | str | None = Field(default=None)
    """Sets the maximum emotion intensity for the AI voice. Allowed values from `1` - `30`. **Default:** `30`."""
    max_response_tokens: int | str | None = Field(default=None)
    """Sets the maximum number of tokens the AI model can generate in a single response. Lower values produce shorter responses and reduce latency."""
    openai_asr_engine: str | None = Field(default=None)
    """The ASR (Automatic Speech Recognition) engine to use. Common values include `deepgram:nova-2` and `deepgram:nova-3`."""
    outbound_attention_timeout: int | str | None = Field(default=None)
    """Sets a time duration for the outbound call recipient to respond to the AI agent before timeout, in a range from `10000` to `600000`. **Default:** `120000` ms (2 minutes)."""
    persist_global_data: bool | str | None = Field(default=None)
    """When enabled, the `global_data` object is automatically saved to a channel variable
    and restored when a new AI session starts on the same call. This allows data to persist
    across multiple AI agent invocations within the same call."""
    pom_format: PomFormat | None = Field(default=None)
    """Specifies the output format for structured prompts when using the `pom` array in prompt definitions. Valid values are `markdown` or `xml`."""
    save_conversation: bool | str | None = Field(default=None)
    """Send a summary of the conversation after the call ends.
    This requires a `post_url` to be set in the ai parameters and the `conversation_id` defined below.
    This eliminates the need for a `post_prompt` in the ai parameters."""
    speech_event_timeout: int | str | None = Field(default=None)
    """Amount of time, in ms, to wait for a speech event. Allowed values from `0` - `10,000`. **Default:** `1400` ms."""
    speech_gen_quick_stops: int | str | None = Field(default=None)
    """Number of quick stops to generate for speech. Allowed values from `0` - `10`. **Default:** `3`."""
    speech_timeout: int | str | None = Field(default=None)
    """Overall speech timeout, in ms. Allowed values from `0` - `600,000`. **Default:** `60000` ms."""
    speak_when_spoken_to: bool | str | None = Field(default=None)
    """When enabled, the AI agent remains silent until directly addressed by name (using `ai_name`).
    This creates a "push-to-talk" style interaction where the agent only responds when explicitly
    called upon, useful for scenarios where the agent should listen but not interrupt.
    Cannot be used together with `enable_pause`."""
    start_paused: bool | str | None = Field(default=None)
    """When enabled, the AI agent starts in a paused state and will not respond until the user
    speaks the agent's name (set via `ai_name`). Automatically enables `enable_pause`.
    This is useful for scenarios where you want the agent to wait for explicit activation."""
    static_greeting: str | None = Field(default=None)
    """The static greeting to play when the call is answered. This will always play at the beginning of the call."""
    static_greeting_no_barge: bool | str | None = Field(default=None)
    """If `true`, the static greeting will not be interrupted by the user if they speak over the greeting. If `false`, the static greeting can be interrupted by the user if they speak over the greeting."""
    summary_mode: SummaryMode | str | None = Field(default=None)
    """Defines the mode for summary generation. Allowed values are `"string"` and `"original"`."""
    swaig_allow_settings: bool | str | None = Field(default=None)
    """Allows tweaking any of the indicated settings, such as `barge_match_string`, using the returned SWML from the SWAIG function. **Default:** `true`."""
    swaig_allow_swml: bool | str | None = Field(default=None)
    """Allows your SWAIG to return SWML to be executed. **Default:** `true`."""
    swaig_post_conversation: bool | str | None = Field(default=None)
    """Post entire conversation to any SWAIG call."""
    swaig_set_global_data: bool | str | None = Field(default=None)
    """Allows SWAIG to set global data that persists across calls. **Default:** `true`."""
    swaig_post_swml_vars: bool | list[str] | str | None = Field(default=None)
    """Controls whether SWML variables are included in SWAIG function webhook payloads.
    When set to `true`, all SWML variables are posted. When set to an array of strings,
    only the specified variable names are included."""
    thinking_model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """The model to use for the AI's thinking capabilities — for example `gpt-4o-mini`, `gpt-4.1-mini`, or `gpt-4.1-nano`. A value that is not a recognized model is ignored, and the agent's main model is used instead."""
    utility_model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """The AI model used for lightweight background tasks such as redaction (`redact_prompt`) and transcription cleanup (`auto_correct`). Choose a small, fast model, such as `gpt-4o-mini`, `gpt-4.1-mini`, or `gpt-4.1-nano` — these tasks run while the caller is waiting for a response. A value that is not a recognized model is ignored, and the agent's main model is used instead. **Default:** the value of the `ai_model` parameter."""
    transparent_barge: bool | str | None = Field(default=None)
    """When enabled, the AI will not respond to the user's input when the user is speaking over the agent.
    The agent will wait for the user to finish speaking before responding.
    Additionally, any attempt the LLM makes to barge will be ignored and scraped from the conversation logs.
    **Default:** `true`."""
    transparent_barge_max_time: int | str | None = Field(default=None)
    """Maximum time, in ms, for transparent barge mode. Allowed values from `0` - `60,000`. **Default:** `3000` ms."""
    transfer_summary: bool | str | None = Field(default=None)
    """Pass a summary of a conversation from one AI agent to another. For example, transfer a call summary between support agents in two departments."""
    turn_detection_timeout: int | str | None = Field(default=None)
    """Time in milliseconds to wait after detecting a potential end-of-turn before finalizing speech recognition.
    A shorter timeout results in faster response times but may cut off the user if they pause mid-sentence.
    Set to `0` to finalize immediately. Only used when `enable_turn_detection` is `true`."""
    turn_filler_sources: str | None = Field(default=None)
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
    turn_filler_every_n: int | str | None = Field(default=None)
    """Play a backchannel on every Nth opportunity rather than all of them. The count advances only on
    opportunities that would otherwise have produced one, and resets when the caller starts a new
    turn, so the first opportunity of each turn always plays. A turn that chains several waits
    shares one count, so raising this widens the spacing across the whole stretch rather than
    restarting at each wait."""
    turn_filler_min_ms: int | str | None = Field(default=None)
    """How long a wait must already have run, in milliseconds, before a backchannel plays. Off by
    default: waits open the moment the agent decides to hold, and `spell` and `number` are meant to
    be answered right then. A `<token>:<ms>` suffix in `turn_filler_sources` overrides this for that
    token."""
    tts_number_format: TtsNumberFormat | None = Field(default=None)
    """The format for the AI agent to reference phone numbers.
    Allowed values are `international` and `national`.
    **Default:** `international`.

    **Example:**
    - `international`: `+12345678901`
    - `national`: `(234) 567-8901`"""
    verbose_logs: bool | str | None = Field(default=None)
    """Enable verbose logging."""
    video_listening_file: str | None = Field(default=None)
    """URL of a video file to play when AI is listening to the user speak. Only works for calls that support video."""
    video_idle_file: str | None = Field(default=None)
    """URL of a video file to play when AI is idle. Only works for calls that support video."""
    video_talking_file: str | None = Field(default=None)
    """URL of a video file to play when AI is talking. Only works for calls that support video."""
    vision_model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """The model to use for the AI's vision capabilities. Allowed values are `gpt-4o-mini`, `gpt-4.1-mini`, and `gpt-4.1-nano`."""
    vad_config: str | None = Field(default=None)
    """Configures Silero Voice Activity Detection (VAD) settings. Format: `"threshold"` or `"threshold:frame_ms"`.
    The threshold (0-100) sets sensitivity for detecting voice activity.
    The optional frame_ms (16-40) sets frame duration in milliseconds."""
    wait_for_user: bool | str | None = Field(default=None)
    """When false, AI agent will initialize dialogue after call is setup. When true, agent will wait for the user to speak first."""
    wake_prefix: str | None = Field(default=None)
    """Specifies an additional prefix that must be spoken along with the agent's name (`ai_name`)
    to wake the agent from a paused state. For example, if `ai_name` is "computer" and
    `wake_prefix` is "hey", the user would need to say "hey computer" to activate the agent."""
    eleven_labs_stability: int | float | str | None = Field(default=None, deprecated=True)
    """The stability slider determines how stable the voice is and the randomness between each generation. Lowering this slider introduces a broader emotional range for the voice."""
    eleven_labs_similarity: int | float | str | None = Field(default=None, deprecated=True)
    """The similarity slider dictates how closely the AI should adhere to the original voice when attempting to replicate it. The higher the similarity, the closer the AI will sound to the original voice."""


class AIPostPromptPom(_SpecModel):
    """The ``AIPostPromptPom`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AIPostPromptPom)
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: list[dict[str, Any]]
    """The instructions to send to the agent."""


class AIPostPromptText(_SpecModel):
    """The ``AIPostPromptText`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AIPostPromptText)
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""


class AIPromptPom(_SpecModel):
    """The ``AIPromptPom`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AIPromptPom)
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: list[dict[str, Any]]
    """Prompt Object Model (POM) is a structured data format for composing, organizing, and rendering prompt instructions for AI agents.
    POM ensures that the prompt is structured in a way that is best for the AI agent to understand and execute.
    The first item in the array MUST be FirstPOMSection (with optional title).
    All subsequent items MUST be PomSection (with required title and body)."""
    contexts: Contexts | None = Field(default=None)
    """An object that defines the context steps for the AI. The context steps are used to define the flow of the conversation.
    Every context object requires a `default` key, which is the default context to use at the beginning of the conversation.
    Additionally, more context steps can be defined as any other key in the object."""


class AIPromptText(_SpecModel):
    """The ``AIPromptText`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AIPromptText)
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""
    contexts: Contexts | None = Field(default=None)
    """An object that defines the context steps for the AI. The context steps are used to define the flow of the conversation.
    Every context object requires a `default` key, which is the default context to use at the beginning of the conversation.
    Additionally, more context steps can be defined as any other key in the object."""


class AISidecarArrayParam(_SpecModel):
    """The ``AISidecarArrayParam`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarArrayParam)
    description: str | None = Field(default=None)
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["array"]
    """The property type."""
    items: dict[str, Any]
    """The schema for each item in the array."""


class AISidecarBooleanParam(_SpecModel):
    """The ``AISidecarBooleanParam`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarBooleanParam)
    description: str | None = Field(default=None)
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["boolean"]
    """The property type."""
    default: bool | None = Field(default=None)
    """The default value used when the model omits the property."""


class AISidecarFunctionParameters(_SpecModel):
    """The ``AISidecarFunctionParameters`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarFunctionParameters)
    type: Literal["object"]
    """The container type for the function's arguments. Always `object`."""
    properties: dict[str, dict[str, Any]]
    """The properties the function accepts, keyed by property name. Each property allows only `type`, `description`,
    `enum`, and `default` — additional validation keywords such as `pattern`, `format`, `minimum`, and `maximum`
    are not accepted; express those constraints in the property `description` and validate them server-side."""
    required: list[str] | None = Field(default=None)
    """The names of the required properties."""


class AISidecarIntegerParam(_SpecModel):
    """The ``AISidecarIntegerParam`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarIntegerParam)
    description: str | None = Field(default=None)
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["integer"]
    """The property type."""
    enum: list[int] | None = Field(default=None)
    """The allowed values for the property."""
    default: int | None = Field(default=None)
    """The default value used when the model omits the property."""


class AISidecarNumberParam(_SpecModel):
    """The ``AISidecarNumberParam`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarNumberParam)
    description: str | None = Field(default=None)
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["number"]
    """The property type."""
    enum: list[int | float] | None = Field(default=None)
    """The allowed values for the property."""
    default: int | float | None = Field(default=None)
    """The default value used when the model omits the property."""


class AISidecarObject(_SpecModel):
    """The ``AISidecarObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarObject)
    __wire_names__: ClassVar[dict[str, str]] = {"swaig": "SWAIG"}
    prompt: str | AISidecarPromptText | AISidecarPromptPom | AISidecarPromptFile | None = Field(
        default=None
    )
    """The operator prompt that instructs the sidecar how to coach the agent. May be a plain string, a Prompt Object Model (POM), or a server-side file reference.
    SignalWire automatically adds built-in instructions for the sidecar's role, so your prompt only needs to describe the coaching behavior. When omitted, the sidecar uses a minimal default prompt, so setting one is strongly recommended."""
    lang: str
    """The conversation language as a single BCP-47 tag. Sets the speech recognition language and is shared with the model as a hint."""
    model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """The model used for the sidecar's advice and its end-of-call summaries. Suggested values: `gpt-4o-mini`, `gpt-4.1-mini`, `gpt-4.1-nano`. **Default:** `gpt-4o-mini`."""
    direction: list[TranscribeDirection] | None = Field(default=None)
    """The call legs to observe. Both legs are required — a single-leg value is rejected. When omitted, both legs are observed. **Default:** both legs (`remote-caller` and `local-caller`)."""
    customer_role: TranscribeDirection | None = Field(default=None)
    """Which leg is the customer, used as the turn-end trigger source. **Default:** `remote-caller`."""
    url: str | None = Field(default=None)
    """The webhook URL the sidecar POSTs its callbacks to. Receives both transcription events and sidecar callbacks.
    When unset, callbacks are published only on the relay topic and no webhook POST is made.
    Basic auth can be embedded in the URL in the format `username:password@url`."""
    swaig: AISidecarSWAIG | None = Field(default=None, alias="SWAIG")
    """SWAIG functions and MCP servers available to the sidecar."""
    permissions: AISidecarPermissions | None = Field(default=None)
    """SWAIG permission overrides. Defaults to all permissions enabled."""
    global_data: dict[str, Any] | None = Field(default=None)
    """A key-value object of data that is available throughout the sidecar session. You can reference it in the prompt with variable expansion, and it is included in the requests sent to your tools.
    It also persists across sessions on the same call leg."""
    hints: list[str] | None = Field(default=None)
    """Hints that improve speech recognition of specific terms, such as product names, competitor names, jargon, or customer names. Strongly recommended."""
    params: AISidecarParams | None = Field(default=None)
    """Tuning options for the sidecar."""
    action: AISidecarSummarizeAction | None = Field(default=None)
    """Summarize the conversation instead of starting a sidecar. When you include `action.summarize`,
    the request generates a one-off summary and returns rather than attaching a sidecar."""


class AISidecarObjectParam(_SpecModel):
    """The ``AISidecarObjectParam`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarObjectParam)
    description: str | None = Field(default=None)
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["object"]
    """The property type."""
    properties: dict[str, dict[str, Any]] | None = Field(default=None)
    """The nested properties of the object, keyed by property name."""
    required: list[str] | None = Field(default=None)
    """The names of the required nested properties."""


class AISidecarParams(_SpecModel):
    """The ``AISidecarParams`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarParams)
    idle_timeout_ms: int | str | None = Field(default=None)
    """How long the customer can be silent, in milliseconds, after they finish speaking before the sidecar evaluates the conversation. Lower values make the sidecar react faster. Range: 50-5000. **Default:** `200`."""
    min_interval_ms: int | str | None = Field(default=None)
    """The minimum time, in milliseconds, between evaluations — a throttle that limits how often the sidecar runs on a busy call. Range: 0-60000. **Default:** `0`."""
    max_iters_per_tick: int | str | None = Field(default=None)
    """The maximum number of tool calls the sidecar will chain within a single evaluation before it must produce its advice. Range: 1-20. **Default:** `5`."""
    max_history_tokens: int | str | None = Field(default=None)
    """The token budget for the sidecar's running conversation history. When the history grows past this, the oldest messages are dropped. Range: 1000-200000. **Default:** `8000`."""
    act_on_channel: bool | str | None = Field(default=None)
    """Whether actions returned by your tools (such as transferring or hanging up the call) take effect on the call, or are only reported as callbacks. **Default:** `true`."""
    final_summary: bool | str | None = Field(default=None)
    """Whether to generate a closing summary of the sidecar's session when the call ends. The result is included in the final callback. **Default:** `false`."""
    ai_summary: bool | str | None = Field(default=None)
    """Whether to generate an end-of-call summary of the conversation itself, distinct from `final_summary` (which summarizes the sidecar's session). **Default:** `false`."""
    ai_summary_prompt: str | None = Field(default=None)
    """A custom prompt for the end-of-call conversation summary."""
    summary_model: (
        Literal["gpt-4o-mini"] | Literal["gpt-4.1-mini"] | Literal["gpt-4.1-nano"] | str | None
    ) = Field(default=None)
    """The model used for the end-of-call conversation summary, distinct from `model` (the sidecar's own model). Suggested values: `gpt-4o-mini`, `gpt-4.1-mini`, `gpt-4.1-nano`. **Default:** `gpt-4o-mini`."""
    live_events: bool | str | None = Field(default=None)
    """Whether to emit a callback for each utterance the speech recognizer produces. **Default:** `false`."""
    verbose_utterances: bool | str | None = Field(default=None)
    """Whether each utterance callback includes full speech-recognition detail, such as word timings and alternatives. This increases the callback size, so leave it off unless you need it. **Default:** `false`."""
    speech_engine: SpeechEngine | None = Field(default=None)
    """The speech recognition engine to use. **Default:** `deepgram`."""
    speech_timeout: int | str | None = Field(default=None)
    """How long, in milliseconds, the recognizer waits before finalizing speech. Range: 0-600000. `0` uses the speech engine's own default."""
    vad_silence_ms: int | str | None = Field(default=None)
    """The amount of silence, in milliseconds, used to detect the end of speech. Range: 0-60000. `0` uses the speech engine's own default."""
    vad_thresh: int | str | None = Field(default=None)
    """How sensitively the recognizer detects speech. Range: 0-10000. `0` uses the speech engine's own default."""
    debug_level: int | str | None = Field(default=None)
    """Speech-engine debug verbosity. Range: 0-100. **Default:** `0`."""
    debug: bool | str | None = Field(default=None)
    """Whether to enable verbose logging for the sidecar. **Default:** `false`."""
    transcribe_prompt: str | None = Field(default=None)
    """A bias prompt passed to the speech recognizer to improve accuracy on expected terms, such as product or company names. This is distinct from the operator `prompt`."""


class AISidecarPermissions(_SpecModel):
    """The ``AISidecarPermissions`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarPermissions)
    swaig_allow_swml: bool | str | None = Field(default=None)
    """Whether SWAIG tools may run SWML on the call. **Default:** `true`."""
    swaig_allow_settings: bool | str | None = Field(default=None)
    """Whether SWAIG tools may change the sidecar's settings, such as the model. **Default:** `true`."""
    swaig_set_global_data: bool | str | None = Field(default=None)
    """Whether SWAIG tools may set the sidecar's global data. **Default:** `true`."""


class AISidecarPromptFile(_SpecModel):
    """The ``AISidecarPromptFile`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarPromptFile)
    file: str
    """Path to a server-side file whose contents are used as the operator prompt."""


class AISidecarPromptPom(_SpecModel):
    """The ``AISidecarPromptPom`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarPromptPom)
    pom: list[dict[str, Any]]
    """The operator prompt as a Prompt Object Model (POM) — a structured array of sections that SignalWire renders into a markdown document before sending it to the model."""


class AISidecarPromptText(_SpecModel):
    """The ``AISidecarPromptText`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarPromptText)
    text: str
    """The operator prompt as a single block of text."""


class AISidecarSWAIG(_SpecModel):
    """The ``AISidecarSWAIG`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarSWAIG)
    defaults: AISidecarSWAIGDefaults | None = Field(default=None)
    """Default settings applied to all functions that do not override them."""
    functions: list[AISidecarSWAIGFunction] | None = Field(default=None)
    """An array of functions the model can call during the conversation."""
    mcp_servers: list[MCPServer] | None = Field(default=None)
    """An array of MCP (Model Context Protocol) servers whose tools and resources are made available to the model."""


class AISidecarSWAIGDefaults(_SpecModel):
    """The ``AISidecarSWAIGDefaults`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarSWAIGDefaults)
    web_hook_url: str | None = Field(default=None)
    """Default webhook URL for functions that do not set their own `web_hook_url`. Basic auth can be embedded as `username:password@url`."""
    web_hook_auth_user: str | None = Field(default=None)
    """Default basic-auth username for the function webhook."""
    web_hook_auth_password: str | None = Field(default=None)
    """Default basic-auth password for the function webhook."""


class AISidecarSWAIGFunction(_SpecModel):
    """The ``AISidecarSWAIGFunction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarSWAIGFunction)
    function: str
    """The name of the function. This is the only required field; the model calls the function by this name."""
    description: str | None = Field(default=None)
    """A description of what the function does, sent to the model so it knows when to call it."""
    purpose: str | None = Field(default=None)
    """Fallback for `description` — used only when `description` is not set."""
    parameters: AISidecarFunctionParameters | None = Field(default=None)
    """The JSON-Schema object describing the function's arguments. When omitted, the function takes no arguments."""
    web_hook_url: str | None = Field(default=None)
    """Webhook URL for this function. Falls back to `defaults.web_hook_url`. Basic auth can be embedded as `username:password@url`."""
    web_hook_auth_user: str | None = Field(default=None)
    """Basic-auth username for this function's webhook. Falls back to `defaults.web_hook_auth_user`."""
    web_hook_auth_password: str | None = Field(default=None)
    """Basic-auth password for this function's webhook. Falls back to `defaults.web_hook_auth_password`."""


class AISidecarStringParam(_SpecModel):
    """The ``AISidecarStringParam`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarStringParam)
    description: str | None = Field(default=None)
    """A human-readable description of the property, sent to the model so it knows what to pass."""
    type: Literal["string"]
    """The property type."""
    enum: list[str] | None = Field(default=None)
    """The allowed values for the property."""
    default: str | None = Field(default=None)
    """The default value used when the model omits the property."""


class AISidecarSummarizeAction(_SpecModel):
    """The ``AISidecarSummarizeAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarSummarizeAction)
    summarize: AISidecarSummarizeActionSummarize
    """Generate a one-off summary of the conversation, instead of starting a sidecar, and send it to a webhook."""


class AISidecarSummarizeActionSummarize(_SpecModel):
    """Generate a one-off summary of the conversation, instead of starting a sidecar, and send it to a webhook."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AISidecarSummarizeActionSummarize)
    webhook: str | None = Field(default=None)
    """The webhook URL the summary is sent to. Defaults to the sidecar's configured `url`."""
    prompt: str | None = Field(default=None)
    """The prompt used to write the summary. Defaults to the configured `ai_summary_prompt`."""


class AddDynamicHintsAction(_SpecModel):
    """The ``AddDynamicHintsAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AddDynamicHintsAction)
    add_dynamic_hints: list[str | DynamicHint]
    """Speech recognition hints to add for the rest of the call: words or phrases, or pattern objects that map misrecognised speech to the right text."""


class AllOfProperty(_SpecModel):
    """The ``AllOfProperty`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AllOfProperty)
    __wire_names__: ClassVar[dict[str, str]] = {"all_of": "allOf"}
    all_of: list[dict[str, Any]] = Field(alias="allOf")
    """An array of schemas where all of the schemas must be valid."""


class AmazonBedrockObject(_SpecModel):
    """The ``AmazonBedrockObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AmazonBedrockObject)
    __wire_names__: ClassVar[dict[str, str]] = {"swaig": "SWAIG"}
    global_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script
    or from the SWML `set_global_data` action. This data can be referenced `globally`.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string."""
    params: BedrockParams | None = Field(default=None)
    """A JSON object containing parameters as key-value pairs."""
    post_prompt: (
        OmitPropertiesBedrockPostPomptTextOmittedPromptProps
        | OmitPropertiesBedrockPostPromptPomOmittedPromptProps
        | None
    ) = Field(default=None)
    """The final set of instructions and configuration settings to send to the agent."""
    post_prompt_url: str | None = Field(default=None)
    """The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password@url`."""
    prompt: (
        OmitPropertiesBedrockPromptTextOmittedPromptProps
        | OmitPropertiesBedrockPromptPomOmittedPromptProps
    )
    """Establishes the initial set of instructions and settings to configure the agent."""
    swaig: BedrockSWAIG | None = Field(default=None, alias="SWAIG")
    """An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue."""


class Answer(_SpecModel):
    """Answer incoming call and set an optional maximum duration."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Answer)
    max_duration: int | str | None = Field(default=None)
    """Maximum duration in seconds for the call. Defaults to `14400` seconds (4 hours)."""
    codecs: str | None = Field(default=None)
    """Comma-separated string of codecs to offer. Valid codecs are: PCMU, PCMA, G722, G729, AMR-WB, OPUS, VP8, H264."""
    username: str | None = Field(default=None)
    """Username to use for SIP authentication."""
    password: str | None = Field(default=None)
    """Password to use for SIP authentication."""


class AnyOfProperty(_SpecModel):
    """The ``AnyOfProperty`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_AnyOfProperty)
    __wire_names__: ClassVar[dict[str, str]] = {"any_of": "anyOf"}
    any_of: list[dict[str, Any]] = Field(alias="anyOf")
    """An array of schemas where at least one of the schemas must be valid."""


class ArrayProperty(_SpecModel):
    """Base interface for all property types"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ArrayProperty)
    description: str | None = Field(default=None)
    """A description of the property."""
    nullable: bool | str | None = Field(default=None)
    """Whether the property can be null."""
    type: Literal["array"]
    """The type of parameter(s) the AI is passing to the function."""
    default: list[Any] | None = Field(default=None)
    """The default array value"""
    items: dict[str, Any]
    """Schema for array items"""


class BedrockDataMap(_SpecModel):
    """The [`data_map`](/docs/swml/reference/calling/ai/swaig/functions/data-map) of an
    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) agent's SWAIG function.

    Structurally the same as the `ai` version — expressions, then webhooks, then output, evaluated in
    that order — but every result is a `BedrockOutput`: Bedrock reads `response` as a plain string
    only, and always defers actions rather than taking `post_process`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockDataMap)
    output: BedrockOutput | None = Field(default=None)
    """An object that contains a response and a list of actions to be performed upon a SWAIG function call."""
    expressions: list[BedrockExpression] | None = Field(default=None)
    """An array of objects that have pattern matching logic to process the user's input data."""
    webhooks: list[BedrockWebhook] | None = Field(default=None)
    """An array of objects that define external API calls."""


class BedrockExpression(_SpecModel):
    """An [expression](/docs/swml/reference/calling/ai/swaig/functions/data-map) evaluated by an
    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) agent."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockExpression)
    output: BedrockOutput
    """An object that contains a response and a list of actions to be performed upon a expression match."""
    string: str
    """The actual input or value from the user or system."""
    pattern: str
    """A regular expression pattern to validate or match the string."""


class BedrockOutput(_SpecModel):
    """The result of a SWAIG function run by an
    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) agent.

    Narrower than the canonical [`Output`](/docs/swml/reference/calling/ai/swaig/functions/data-map):
    Bedrock reads `response` as a plain string, and defers actions until after the agent speaks
    regardless of `post_process`, so neither the split-response object nor `post_process` applies here."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockOutput)
    response: str | None = Field(default=None)
    """The result the agent reads next. When absent, the agent reads a default result and carries on."""
    action: (
        SWMLAction
        | ChangeContextAction
        | ChangeStepAction
        | ContextSwitchAction
        | HangupAction
        | HoldAction
        | PlaybackBGAction
        | SayAction
        | SetGlobalDataAction
        | SetMetaDataAction
        | StopAction
        | StopPlaybackBGAction
        | ToggleFunctionsAction
        | UnsetGlobalDataAction
        | UnsetMetaDataAction
        | UserInputAction
        | WaitForUserAction
        | AddDynamicHintsAction
        | ClearDynamicHintsAction
        | EndOfSpeechTimeoutAction
        | SpeechEventTimeoutAction
        | ChangeVoiceAction
        | FunctionsOnSpeakerTimeoutAction
        | ExtensiveDataAction
        | ReplaceInHistoryAction
        | SettingsAction
        | list[
            SWMLAction
            | ChangeContextAction
            | ChangeStepAction
            | ContextSwitchAction
            | HangupAction
            | HoldAction
            | PlaybackBGAction
            | SayAction
            | SetGlobalDataAction
            | SetMetaDataAction
            | StopAction
            | StopPlaybackBGAction
            | ToggleFunctionsAction
            | UnsetGlobalDataAction
            | UnsetMetaDataAction
            | UserInputAction
            | WaitForUserAction
            | AddDynamicHintsAction
            | ClearDynamicHintsAction
            | EndOfSpeechTimeoutAction
            | SpeechEventTimeoutAction
            | ChangeVoiceAction
            | FunctionsOnSpeakerTimeoutAction
            | ExtensiveDataAction
            | ReplaceInHistoryAction
            | SettingsAction
        ]
        | None
    ) = Field(default=None)
    """An action for the platform to perform on the live call, or a list of them."""


class BedrockParams(_SpecModel):
    """The ``BedrockParams`` object."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockParams)
    attention_timeout: int | Literal[0] | str | None = Field(default=None)
    """Amount of time, in ms, to wait before prompting the user to respond. Allowed values from `10,000` - `600,000`. Set to `0` to disable. **Default:** `5000` ms (note: user-configurable values must be `0` or within the `10,000` - `600,000` range)."""
    hard_stop_time: str | None = Field(default=None)
    """Specifies the maximum duration fopr the AI Agent to remain active before it exists the session.
    After the timeout, the AI will stop responding, and will proceed with the next SWML instruction.

    **Time Format:**
      - Seconds Format: `30s`
      - Minutes Format: `2m`
      - Hours Format: `1h`
      - Combined Format: `1h45m30s`"""
    inactivity_timeout: int | str | None = Field(default=None)
    """Amount of time, in ms, to wait before exiting the app due to inactivity. Allowed values from `10,000` - `3,600,000`. **Default:** `600000` ms (10 minutes)."""
    video_listening_file: str | None = Field(default=None)
    """URL of a video file to play when AI is listening to the user speak. Only works for calls that support video."""
    video_idle_file: str | None = Field(default=None)
    """URL of a video file to play when AI is idle. Only works for calls that support video."""
    video_talking_file: str | None = Field(default=None)
    """URL of a video file to play when AI is talking. Only works for calls that support video."""
    hard_stop_prompt: str | None = Field(default=None)
    """A final prompt that is fed into the AI when the `hard_stop_time` is reached."""


class BedrockSWAIG(_SpecModel):
    """The ``BedrockSWAIG`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockSWAIG)
    functions: (
        list[
            BedrockSWAIGFunction1
            | BedrockSWAIGFunction2
            | BedrockSWAIGFunction3
            | BedrockSWAIGFunction4
        ]
        | None
    ) = Field(default=None)
    """An array of JSON objects to define functions that can be executed during the interaction with the Bedrock AI. Default is not set.
    The fields of this object are the six following."""
    defaults: SWAIGDefaults | None = Field(default=None)
    """Default settings for all SWAIG functions. If `defaults` is not set, settings may be set in each function object. Default is not set."""


class BedrockSWAIGFunction1(_SpecModel):
    """The ``BedrockSWAIGFunction1`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockSWAIGFunction1)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: str
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation."""
    data_map: BedrockDataMap | None = Field(default=None)


class BedrockSWAIGFunction2(_SpecModel):
    """The ``BedrockSWAIGFunction2`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockSWAIGFunction2)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: Literal["startup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the start_hook function, the function name is 'start_hook'."""
    data_map: BedrockDataMap | None = Field(default=None)


class BedrockSWAIGFunction3(_SpecModel):
    """The ``BedrockSWAIGFunction3`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockSWAIGFunction3)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: Literal["hangup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the stop_hook function, the function name is 'stop_hook'."""
    data_map: BedrockDataMap | None = Field(default=None)


class BedrockSWAIGFunction4(_SpecModel):
    """The ``BedrockSWAIGFunction4`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockSWAIGFunction4)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    function: Literal["summarize_conversation"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation.. For the summarize_conversation function, the function name is 'summarize_conversation'."""
    data_map: BedrockDataMap | None = Field(default=None)


class BedrockWebhook(_SpecModel):
    """An external API call made by an [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock)
    agent's `data_map`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BedrockWebhook)
    expressions: list[BedrockExpression] | None = Field(default=None)
    """An array of objects that have pattern matching logic to process the API response."""
    output: BedrockOutput | None = Field(default=None)
    """An object that contains a response and a list of actions to be performed on a successful call."""
    error_keys: str | list[str] | None = Field(default=None)
    """A string or array of strings that represent the keys to be used for error handling. This will match the key(s) in the response from the API call."""
    url: str
    """The endpoint for the external service or API."""
    foreach: Foreach | None = Field(default=None)
    """Iterates over an array of objects and processes a output based on each element in the array. Works similarly to JavaScript's forEach method.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""
    headers: dict[str, Any] | None = Field(default=None)
    """Any necessary headers for the API call."""
    method: Method | None = Field(default=None)
    """The HTTP method (GET, POST, etc.) for the API call."""
    input_args_as_params: bool | str | None = Field(default=None)
    """A boolean to determine if the input arguments should be passed as parameters."""
    params: dict[str, Any] | None = Field(default=None)
    """An object of any necessary parameters for the API call. The key is the parameter name and the value is the parameter value."""
    require_args: str | list[str] | None = Field(default=None)
    """A string or array of strings that represent the `arguments` that are required to make the webhook request."""


class BooleanProperty(_SpecModel):
    """Base interface for all property types"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_BooleanProperty)
    description: str | None = Field(default=None)
    """A description of the property."""
    nullable: bool | str | None = Field(default=None)
    """Whether the property can be null."""
    type: Literal["boolean"]
    """The type of parameter(s) the AI is passing to the function."""
    default: bool | str | None = Field(default=None)
    """The default boolean value"""


class ChangeContextAction(_SpecModel):
    """The ``ChangeContextAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ChangeContextAction)
    change_context: str
    """The name of the context to switch to. The context must be defined in the AI's prompt.contexts configuration."""


class ChangeStepAction(_SpecModel):
    """The ``ChangeStepAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ChangeStepAction)
    change_step: str
    """The name of the step to switch to. The step must be defined in the current context's steps array."""


class ChangeVoiceAction(_SpecModel):
    """The ``ChangeVoiceAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ChangeVoiceAction)
    change_voice: str
    """The voice the agent speaks with from now on, as the ai verb's languages name voices (`engine.voice`); not blank."""


class ClearDynamicHints(_SpecModel):
    """Remove every hint added with `add_dynamic_hints`; the value is an empty object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ClearDynamicHints)


class ClearDynamicHintsAction(_SpecModel):
    """The ``ClearDynamicHintsAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ClearDynamicHintsAction)
    clear_dynamic_hints: ClearDynamicHints
    """Remove every hint added with `add_dynamic_hints`; the value is an empty object."""


class CondElse(_SpecModel):
    """The ``CondElse`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_CondElse)
    __wire_names__: ClassVar[dict[str, str]] = {"else_": "else"}
    else_: list[dict[str, Any]] = Field(alias="else")
    """Sequence of SWML methods to execute when none of the other conditions evaluate to true."""


class CondReg(_SpecModel):
    """The ``CondReg`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_CondReg)
    __wire_names__: ClassVar[dict[str, str]] = {"else_": "else"}
    when: str
    """The JavaScript condition to act on."""
    then: list[dict[str, Any]]
    """Sequence of SWML methods to execute when the condition evaluates to true."""
    else_: list[dict[str, Any]] | None = Field(default=None, alias="else")
    """Sequence of SWML methods to execute when none of the other conditions evaluate to true."""


class ConnectDestination(_SpecModel):
    """Per-destination model used inside `serial`, `parallel`, and `serial_parallel` arrays.

    Contains only the properties that apply to an individual destination:
    addressing, caller-ID overrides, SIP auth, per-leg timeouts/confirmations,
    and stream-specific settings."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectDestination)
    __wire_names__: ClassVar[dict[str, str]] = {"from_": "from"}
    to: str
    """Destination to dial. Can be:
    - Phone number in E.164 format (e.g., "+15552345678")
    - SIP URI (e.g., "sip:alice@example.com")
    - Resource Address (e.g., "/public/test_room")
    - Queue (e.g., "queue:support")
    - WebSocket stream (e.g., "stream:wss://example.com/audio")"""
    from_: str | None = Field(default=None, alias="from")
    """The caller ID to use when dialing this destination. Overrides the top-level `from`."""
    from_name: str | None = Field(default=None)
    """The caller ID name for this destination. Overrides the top-level `from_name`.
    Applies to SIP calls only — it has no effect on calls to phone numbers."""
    headers: list[ConnectHeaders] | None = Field(default=None)
    """Custom SIP headers to add to INVITE for this destination. Overrides the top-level `headers`. It has no effect on calls to phone numbers."""
    codecs: str | None = Field(default=None)
    """Comma-separated string of codecs to offer for this destination.
    Overrides the top-level `codecs`. It has no effect on calls to phone numbers."""
    webrtc_media: bool | str | None = Field(default=None)
    """If true, WebRTC media is offered to this SIP destination.
    Overrides the top-level `webrtc_media`. It has no effect on calls to phone numbers.
    Default is `false`."""
    session_timeout: int | str | None = Field(default=None)
    """Time, in seconds, to set the SIP `Session-Expires` header in INVITE for this destination.
    Overrides the top-level `session_timeout`. Must be a positive, non-zero number.
    It has no effect on calls to phone numbers."""
    username: str | None = Field(default=None)
    """SIP username to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers."""
    password: str | None = Field(default=None)
    """SIP password to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers."""
    timeout: int | str | None = Field(default=None)
    """Time, in seconds, to wait for this destination to answer.
    Overrides the top-level `timeout`. Default is 60 seconds."""
    call_state_events: list[CallStatus] | None = Field(default=None)
    """An array of call state event names to be notified about for this destination.
    Overrides the top-level `call_state_events`.
    Allowed event names are: `created`, `ringing`, `answered`, `ended`."""
    call_state_url: str | None = Field(default=None)
    """Webhook URL for call status change notifications for this destination. Overrides the top-level `call_state_url`."""
    confirm: str | list[dict[str, Any]] | None = Field(default=None)
    """Confirmation to execute on this destination when answered.
    Overrides the top-level `confirm`. Can be either:
    - A URL (string) that returns a SWML document
    - An array of SWML methods to execute inline"""
    confirm_timeout: int | str | None = Field(default=None)
    """Seconds to wait for the `confirm` script on this destination. Overrides the top-level `confirm_timeout`."""
    encryption: Encryption | None = Field(default=None)
    """Encryption setting for this destination. Overrides the top-level `encryption`. **Possible values:** `mandatory`, `optional`, `forbidden`"""
    name: str | None = Field(default=None)
    """Stream name identifier. Only applies to stream destinations."""
    codec: str | None = Field(default=None)
    """Audio codec for the stream. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
    Codec can include rate and ptime modifiers (e.g., `PCMU@40i`, `L16@24000h@40i`).
    Only applies to stream destinations."""
    realtime: bool | str | None = Field(default=None)
    """Enable realtime mode for bidirectional audio.
    Only applies to stream destinations."""
    status_url_method: StatusUrlMethod | None = Field(default=None)
    """HTTP method for the stream status webhook.
    Only applies to stream destinations."""
    authorization_bearer_token: str | None = Field(default=None)
    """Bearer token sent as an `Authorization` header during the WebSocket handshake. Only applies to stream destinations."""
    custom_parameters: dict[str, str] | None = Field(default=None)
    """Custom key-value pairs sent in the WebSocket start message. Only applies to stream destinations."""


class ConnectDeviceParallel(_SpecModel):
    """Dial multiple destinations simultaneously. All destinations in the array ring at the same time — the first to answer is bridged and the remaining calls are cancelled."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectDeviceParallel)
    __wire_names__: ClassVar[dict[str, str]] = {"from_": "from"}
    from_: str | None = Field(default=None, alias="from")
    """The caller ID to use when dialing the number."""
    from_name: str | None = Field(default=None)
    """The caller ID name shown to the person you're calling, displayed alongside the `from` number
    (sometimes called CNAM).
    Applies to SIP calls only — it has no effect on calls to phone numbers.
    When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
    group uses this name, unless that destination sets its own `from_name`."""
    headers: list[ConnectHeaders] | None = Field(default=None)
    """Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers."""
    codecs: str | None = Field(default=None)
    """Comma-separated string of codecs to offer.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    webrtc_media: bool | str | None = Field(default=None)
    """If true, WebRTC media is offered to the SIP endpoint.
    It has no effect on calls to phone numbers.
    Default is `false`."""
    session_timeout: int | str | None = Field(default=None)
    """Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
    Must be a positive, non-zero number.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    ringback: list[str] | None = Field(default=None)
    """Array of URIs to play as ringback tone. If not specified, plays audio from the provider."""
    result: ConnectSwitch | list[CondReg | CondElse] | None = Field(default=None)
    """Action to take based on the result of the call. This will run once the peer leg of the call has ended.
    Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array."""
    timeout: int | str | None = Field(default=None)
    """Time, in seconds, to wait for the call to be answered.
    Default is 60 seconds."""
    max_duration: int | str | None = Field(default=None)
    """Maximum duration, in seconds, allowed for the call.
    Default is `14400` seconds."""
    answer_on_bridge: bool | str | None = Field(default=None)
    """Delay answer until the B-leg answers.
    Default is `false`."""
    confirm: str | list[dict[str, Any]] | None = Field(default=None)
    """Confirmation to execute when the call is connected. Can be either:
    - A URL (string) that returns a SWML document
    - An array of SWML methods to execute inline"""
    confirm_timeout: int | str | None = Field(default=None)
    """The amount of time, in seconds, to wait for the `confirm` URL to return a response"""
    encryption: Encryption | None = Field(default=None)
    """Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`"""
    call_state_url: str | None = Field(default=None)
    """Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password@url`."""
    transfer_after_bridge: str | None = Field(default=None)
    """SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
    Can be either:
    - A URL (http or https) that returns a SWML document
    - An inline SWML document (as a JSON string)

    **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")"""
    call_state_events: list[CallStatus] | None = Field(default=None)
    """An array of call state event names to be notified about.
    Allowed event names are:
        - `created`
        - `ringing`
        - `answered`
        - `ended`"""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to deliver connect status events.
    These events report the overall status of the connect operation
    (connecting, connected, failed, disconnected) via a `calling.call.connect` event."""
    parallel: list[ConnectDestination]
    """Array of destination objects to dial simultaneously. All destinations ring at the same time — the first to answer is bridged and the remaining calls are cancelled."""


class ConnectDeviceSerial(_SpecModel):
    """Dial destinations one at a time in sequence. If the first destination does not answer, the next destination in the array is tried, and so on."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectDeviceSerial)
    __wire_names__: ClassVar[dict[str, str]] = {"from_": "from"}
    from_: str | None = Field(default=None, alias="from")
    """The caller ID to use when dialing the number."""
    from_name: str | None = Field(default=None)
    """The caller ID name shown to the person you're calling, displayed alongside the `from` number
    (sometimes called CNAM).
    Applies to SIP calls only — it has no effect on calls to phone numbers.
    When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
    group uses this name, unless that destination sets its own `from_name`."""
    headers: list[ConnectHeaders] | None = Field(default=None)
    """Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers."""
    codecs: str | None = Field(default=None)
    """Comma-separated string of codecs to offer.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    webrtc_media: bool | str | None = Field(default=None)
    """If true, WebRTC media is offered to the SIP endpoint.
    It has no effect on calls to phone numbers.
    Default is `false`."""
    session_timeout: int | str | None = Field(default=None)
    """Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
    Must be a positive, non-zero number.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    ringback: list[str] | None = Field(default=None)
    """Array of URIs to play as ringback tone. If not specified, plays audio from the provider."""
    result: ConnectSwitch | list[CondReg | CondElse] | None = Field(default=None)
    """Action to take based on the result of the call. This will run once the peer leg of the call has ended.
    Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array."""
    timeout: int | str | None = Field(default=None)
    """Time, in seconds, to wait for the call to be answered.
    Default is 60 seconds."""
    max_duration: int | str | None = Field(default=None)
    """Maximum duration, in seconds, allowed for the call.
    Default is `14400` seconds."""
    answer_on_bridge: bool | str | None = Field(default=None)
    """Delay answer until the B-leg answers.
    Default is `false`."""
    confirm: str | list[dict[str, Any]] | None = Field(default=None)
    """Confirmation to execute when the call is connected. Can be either:
    - A URL (string) that returns a SWML document
    - An array of SWML methods to execute inline"""
    confirm_timeout: int | str | None = Field(default=None)
    """The amount of time, in seconds, to wait for the `confirm` URL to return a response"""
    encryption: Encryption | None = Field(default=None)
    """Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`"""
    call_state_url: str | None = Field(default=None)
    """Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password@url`."""
    transfer_after_bridge: str | None = Field(default=None)
    """SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
    Can be either:
    - A URL (http or https) that returns a SWML document
    - An inline SWML document (as a JSON string)

    **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")"""
    call_state_events: list[CallStatus] | None = Field(default=None)
    """An array of call state event names to be notified about.
    Allowed event names are:
        - `created`
        - `ringing`
        - `answered`
        - `ended`"""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to deliver connect status events.
    These events report the overall status of the connect operation
    (connecting, connected, failed, disconnected) via a `calling.call.connect` event."""
    serial: list[ConnectDestination]
    """Array of destination objects to dial in order. Each destination is tried sequentially — if the current destination does not answer, the next one in the array is attempted."""


class ConnectDeviceSerialParallel(_SpecModel):
    """Combine both serial and parallel strategies using a two-dimensional array. The outer array is the serial dimension — each element is a group tried one at a time, in order. Each inner array is the parallel dimension — all destinations in that group are dialed simultaneously. If no destination in the current group answers, the next group is attempted."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectDeviceSerialParallel)
    __wire_names__: ClassVar[dict[str, str]] = {"from_": "from"}
    from_: str | None = Field(default=None, alias="from")
    """The caller ID to use when dialing the number."""
    from_name: str | None = Field(default=None)
    """The caller ID name shown to the person you're calling, displayed alongside the `from` number
    (sometimes called CNAM).
    Applies to SIP calls only — it has no effect on calls to phone numbers.
    When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
    group uses this name, unless that destination sets its own `from_name`."""
    headers: list[ConnectHeaders] | None = Field(default=None)
    """Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers."""
    codecs: str | None = Field(default=None)
    """Comma-separated string of codecs to offer.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    webrtc_media: bool | str | None = Field(default=None)
    """If true, WebRTC media is offered to the SIP endpoint.
    It has no effect on calls to phone numbers.
    Default is `false`."""
    session_timeout: int | str | None = Field(default=None)
    """Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
    Must be a positive, non-zero number.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    ringback: list[str] | None = Field(default=None)
    """Array of URIs to play as ringback tone. If not specified, plays audio from the provider."""
    result: ConnectSwitch | list[CondReg | CondElse] | None = Field(default=None)
    """Action to take based on the result of the call. This will run once the peer leg of the call has ended.
    Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array."""
    timeout: int | str | None = Field(default=None)
    """Time, in seconds, to wait for the call to be answered.
    Default is 60 seconds."""
    max_duration: int | str | None = Field(default=None)
    """Maximum duration, in seconds, allowed for the call.
    Default is `14400` seconds."""
    answer_on_bridge: bool | str | None = Field(default=None)
    """Delay answer until the B-leg answers.
    Default is `false`."""
    confirm: str | list[dict[str, Any]] | None = Field(default=None)
    """Confirmation to execute when the call is connected. Can be either:
    - A URL (string) that returns a SWML document
    - An array of SWML methods to execute inline"""
    confirm_timeout: int | str | None = Field(default=None)
    """The amount of time, in seconds, to wait for the `confirm` URL to return a response"""
    encryption: Encryption | None = Field(default=None)
    """Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`"""
    call_state_url: str | None = Field(default=None)
    """Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password@url`."""
    transfer_after_bridge: str | None = Field(default=None)
    """SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
    Can be either:
    - A URL (http or https) that returns a SWML document
    - An inline SWML document (as a JSON string)

    **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")"""
    call_state_events: list[CallStatus] | None = Field(default=None)
    """An array of call state event names to be notified about.
    Allowed event names are:
        - `created`
        - `ringing`
        - `answered`
        - `ended`"""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to deliver connect status events.
    These events report the overall status of the connect operation
    (connecting, connected, failed, disconnected) via a `calling.call.connect` event."""
    serial_parallel: list[list[ConnectDestination]]
    """Two-dimensional array combining serial and parallel strategies.
    The outer array is the **serial** dimension — each element is a group tried in order.
    Each inner array is the **parallel** dimension — all destinations in that group are dialed simultaneously.
    If no destination in the current group answers, the next group is attempted."""


class ConnectDeviceSingle(_SpecModel):
    """Single-destination connect object.

    Inherits connect-level properties from ConnectDeviceBase, then spreads the
    destination-only properties from ConnectDestination (using `Omit` to skip
    the fields already present on ConnectDeviceBase, avoiding duplication)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectDeviceSingle)
    __wire_names__: ClassVar[dict[str, str]] = {"from_": "from"}
    from_: str | None = Field(default=None, alias="from")
    """The caller ID to use when dialing the number."""
    from_name: str | None = Field(default=None)
    """The caller ID name shown to the person you're calling, displayed alongside the `from` number
    (sometimes called CNAM).
    Applies to SIP calls only — it has no effect on calls to phone numbers.
    When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
    group uses this name, unless that destination sets its own `from_name`."""
    headers: list[ConnectHeaders] | None = Field(default=None)
    """Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers."""
    codecs: str | None = Field(default=None)
    """Comma-separated string of codecs to offer.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    webrtc_media: bool | str | None = Field(default=None)
    """If true, WebRTC media is offered to the SIP endpoint.
    It has no effect on calls to phone numbers.
    Default is `false`."""
    session_timeout: int | str | None = Field(default=None)
    """Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
    Must be a positive, non-zero number.
    It has no effect on calls to phone numbers.
    Based on SignalWire settings."""
    ringback: list[str] | None = Field(default=None)
    """Array of URIs to play as ringback tone. If not specified, plays audio from the provider."""
    result: ConnectSwitch | list[CondReg | CondElse] | None = Field(default=None)
    """Action to take based on the result of the call. This will run once the peer leg of the call has ended.
    Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array."""
    timeout: int | str | None = Field(default=None)
    """Time, in seconds, to wait for the call to be answered.
    Default is 60 seconds."""
    max_duration: int | str | None = Field(default=None)
    """Maximum duration, in seconds, allowed for the call.
    Default is `14400` seconds."""
    answer_on_bridge: bool | str | None = Field(default=None)
    """Delay answer until the B-leg answers.
    Default is `false`."""
    confirm: str | list[dict[str, Any]] | None = Field(default=None)
    """Confirmation to execute when the call is connected. Can be either:
    - A URL (string) that returns a SWML document
    - An array of SWML methods to execute inline"""
    confirm_timeout: int | str | None = Field(default=None)
    """The amount of time, in seconds, to wait for the `confirm` URL to return a response"""
    encryption: Encryption | None = Field(default=None)
    """Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`"""
    call_state_url: str | None = Field(default=None)
    """Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password@url`."""
    transfer_after_bridge: str | None = Field(default=None)
    """SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
    Can be either:
    - A URL (http or https) that returns a SWML document
    - An inline SWML document (as a JSON string)

    **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")"""
    call_state_events: list[CallStatus] | None = Field(default=None)
    """An array of call state event names to be notified about.
    Allowed event names are:
        - `created`
        - `ringing`
        - `answered`
        - `ended`"""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to deliver connect status events.
    These events report the overall status of the connect operation
    (connecting, connected, failed, disconnected) via a `calling.call.connect` event."""
    to: str
    """Destination to dial. Can be:
    - Phone number in E.164 format (e.g., "+15552345678")
    - SIP URI (e.g., "sip:alice@example.com")
    - Resource Address (e.g., "/public/test_room")
    - Queue (e.g., "queue:support")
    - WebSocket stream (e.g., "stream:wss://example.com/audio")"""
    username: str | None = Field(default=None)
    """SIP username to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers."""
    password: str | None = Field(default=None)
    """SIP password to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers."""
    name: str | None = Field(default=None)
    """Stream name identifier. Only applies to stream destinations."""
    codec: str | None = Field(default=None)
    """Audio codec for the stream. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
    Codec can include rate and ptime modifiers (e.g., `PCMU@40i`, `L16@24000h@40i`).
    Only applies to stream destinations."""
    realtime: bool | str | None = Field(default=None)
    """Enable realtime mode for bidirectional audio.
    Only applies to stream destinations."""
    status_url_method: StatusUrlMethod | None = Field(default=None)
    """HTTP method for the stream status webhook.
    Only applies to stream destinations."""
    authorization_bearer_token: str | None = Field(default=None)
    """Bearer token sent as an `Authorization` header during the WebSocket handshake. Only applies to stream destinations."""
    custom_parameters: dict[str, str] | None = Field(default=None)
    """Custom key-value pairs sent in the WebSocket start message. Only applies to stream destinations."""


class ConnectHeaders(_SpecModel):
    """The ``ConnectHeaders`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectHeaders)
    name: str
    """The name of the header."""
    value: str
    """The value of the header."""


class ConnectSwitch(_SpecModel):
    """The ``ConnectSwitch`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConnectSwitch)
    variable: str | None = Field(default=None)
    """Name of the variable whose value needs to be compared. If not provided, it will check the `connect_result` variable."""
    case: dict[str, list[dict[str, Any]]]
    """Object of values mapped to array of instructions to execute"""
    default: list[dict[str, Any]] | None = Field(default=None)
    """Array of instructions to execute if no cases match"""


class ConstProperty(_SpecModel):
    """The ``ConstProperty`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConstProperty)
    const: Any
    """A constant value that can be passed to the function."""


class ContextPOMSteps(_SpecModel):
    """The ``ContextPOMSteps`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ContextPOMSteps)
    name: str
    """The name of the step. The name must be unique within the context. The name is used for referencing the step in the context."""
    step_criteria: str | None = Field(default=None)
    """The criteria that must be met for the AI to proceed to the next step.
    The criteria is an instruction given to the AI.
    It's **highly** recommended you create a custom criteria for the step to get the intended behavior."""
    functions: list[str] | None = Field(default=None)
    """An array of strings, where each string is the name of a SWAIG.function that can be executed from this step."""
    valid_contexts: list[str] | None = Field(default=None)
    """An array of context names that the AI can transition to from this step. This must be a valid `contexts.name` that is present in your `contexts` object."""
    skip_user_turn: bool | str | None = Field(default=None)
    """A boolean value, if set to `true`, will skip the user's turn to respond in the conversation and proceed to the next step. **Default:** `false`."""
    end: bool | None = Field(default=None)
    """A boolean value that determines if the step is the last in the context. If `true`, the context ends after this step. Cannot be used along with the `valid_steps` parameter. **Default:** `false`."""
    valid_steps: list[str] | None = Field(default=None)
    """An array of valid steps that the conversation can proceed to from this step.
    If the array is empty, or the `valid_steps` key is not present, the conversation will proceed to the next step in the context."""
    pom: list[dict[str, Any]]
    """An array of objects that define the POM for the step. POM is the Post-Prompt Object Model, which is used to define the flow of the conversation."""


class ContextSwitch(_SpecModel):
    """A JSON object containing the context to switch to. Default is not set."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ContextSwitch)
    system_prompt: str
    """The instructions to send to the agent. Default is not set."""
    consolidate: bool | str | None = Field(default=None)
    """Whether to consolidate the context. Default is `false`."""
    user_prompt: str | None = Field(default=None)
    """A string serving as simulated user input for the AI Agent.
    During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance.
    Default is not set"""
    full_reset: bool | str | None = Field(default=None)
    """Whether to clear the whole conversation history and start again from the new prompt. Default is `false`."""


class ContextSwitchAction(_SpecModel):
    """The ``ContextSwitchAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ContextSwitchAction)
    context_switch: ContextSwitch
    """A JSON object containing the context to switch to. Default is not set."""


class ContextTextSteps(_SpecModel):
    """The ``ContextTextSteps`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ContextTextSteps)
    name: str
    """The name of the step. The name must be unique within the context. The name is used for referencing the step in the context."""
    step_criteria: str | None = Field(default=None)
    """The criteria that must be met for the AI to proceed to the next step.
    The criteria is an instruction given to the AI.
    It's **highly** recommended you create a custom criteria for the step to get the intended behavior."""
    functions: list[str] | None = Field(default=None)
    """An array of strings, where each string is the name of a SWAIG.function that can be executed from this step."""
    valid_contexts: list[str] | None = Field(default=None)
    """An array of context names that the AI can transition to from this step. This must be a valid `contexts.name` that is present in your `contexts` object."""
    skip_user_turn: bool | str | None = Field(default=None)
    """A boolean value, if set to `true`, will skip the user's turn to respond in the conversation and proceed to the next step. **Default:** `false`."""
    end: bool | None = Field(default=None)
    """A boolean value that determines if the step is the last in the context. If `true`, the context ends after this step. Cannot be used along with the `valid_steps` parameter. **Default:** `false`."""
    valid_steps: list[str] | None = Field(default=None)
    """An array of valid steps that the conversation can proceed to from this step.
    If the array is empty, or the `valid_steps` key is not present, the conversation will proceed to the next step in the context."""
    text: str
    """The prompt or instructions given to the AI at this step."""


class Contexts(_SpecModel):
    """The ``Contexts`` object."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Contexts)
    default: ContextsPOMObject | ContextsTextObject
    """The default context to use at the beginning of the conversation. Additional context steps can be defined as any other key in the object."""


class ContextsPOMObject(_SpecModel):
    """The ``ContextsPOMObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ContextsPOMObject)
    steps: list[ContextPOMSteps | ContextTextSteps]
    """An array of step objects that define the conversation flow for this context. Steps execute sequentially unless otherwise specified."""
    isolated: bool | None = Field(default=None)
    """When `true`, resets conversation history to only the system prompt when entering this context. Useful for focused tasks that shouldn't be influenced by previous conversation. **Default:** `false`."""
    enter_fillers: FunctionFillers | None = Field(default=None)
    """Filler phrases played when entering this context, keyed by language code."""
    exit_fillers: FunctionFillers | None = Field(default=None)
    """Filler phrases played when leaving this context, keyed by language code."""
    pom: list[dict[str, Any]] | None = Field(default=None)
    """An array of objects that define the POM for the context. POM is the Post-Prompt Object Model, which is used to define the flow of the conversation."""


class ContextsTextObject(_SpecModel):
    """The ``ContextsTextObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ContextsTextObject)
    steps: list[ContextPOMSteps | ContextTextSteps]
    """An array of step objects that define the conversation flow for this context. Steps execute sequentially unless otherwise specified."""
    isolated: bool | None = Field(default=None)
    """When `true`, resets conversation history to only the system prompt when entering this context. Useful for focused tasks that shouldn't be influenced by previous conversation. **Default:** `false`."""
    enter_fillers: FunctionFillers | None = Field(default=None)
    """Filler phrases played when entering this context, keyed by language code."""
    exit_fillers: FunctionFillers | None = Field(default=None)
    """Filler phrases played when leaving this context, keyed by language code."""
    text: str | None = Field(default=None)
    """The text to send to the agent."""


class ConversationMessage(_SpecModel):
    """A message object representing a single turn in the conversation history."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ConversationMessage)
    role: ConversationRole
    """The role of the message sender."""
    content: str
    """The text content of the message."""
    lang: str | None = Field(default=None)
    """Optional language code for the message (e.g., 'en', 'es', 'fr')."""


class DataMap(_SpecModel):
    """The ``DataMap`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_DataMap)
    output: Output | None = Field(default=None)
    """An object that contains a response and a list of actions to be performed upon a SWAIG function call.
    This functions like a return statement in a function."""
    expressions: list[Expression] | None = Field(default=None)
    """An array of objects that have pattern matching logic to process the user's input data. A user can define multiple expressions to match against the user's input data."""
    webhooks: list[Webhook] | None = Field(default=None)
    """An array of objects that define external API calls."""


class Denoise(_SpecModel):
    """Start noise reduction. You can stop it at any time using `stop_denoise`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Denoise)


class DetectMachine(_SpecModel):
    """A detection method that combines AMD (Answering Machine Detection) and fax detection.
    Detect whether the user on the other end of the call is a machine (fax, voicemail, etc.) or a human.
    The detection result(s) will be sent to the specified status_url as a POST request
    and will also be saved in the detect_result variable."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_DetectMachine)
    detect_message_end: bool | str | None = Field(default=None)
    """If `true`, stops detection on beep / end of voicemail greeting. Default `false`."""
    detectors: str | None = Field(default=None)
    """Comma-separated string of detectors to enable. Valid values: `amd`, `fax`."""
    end_silence_timeout: int | float | str | None = Field(default=None)
    """How long to wait for voice to finish. Default `1.0`."""
    initial_timeout: int | float | str | None = Field(default=None)
    """How long to wait for initial voice before giving up. Default `4.5`."""
    machine_ready_timeout: int | float | str | None = Field(default=None)
    """How long to wait for voice to finish before firing READY event. Default is `end_silence_timeout`."""
    machine_voice_threshold: int | float | str | None = Field(default=None)
    """The number of seconds of ongoing voice activity required to classify as MACHINE. Default `1.25`."""
    machine_words_threshold: int | str | None = Field(default=None)
    """The minimum number of words that must be detected in a single utterance before classifying the call as MACHINE. Default `6`."""
    status_url: str | None = Field(default=None)
    """The http(s) URL to deliver detector events to."""
    timeout: int | float | str | None = Field(default=None)
    """The max time to run detector. Default `30.0` seconds."""
    tone: Tone | None = Field(default=None)
    """The tone to detect, will only receive remote side tone. Default `CED`."""
    wait: bool | str | None = Field(default=None)
    """If false, the detector will run asynchronously and status_url must be set.
    If true, the detector will wait for detection to complete before moving to the next SWML instruction.
    Default is `true`."""


class DynamicHint(_SpecModel):
    """A pronunciation pattern: speech matching `pattern` is read as `replace`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_DynamicHint)
    pattern: str
    """A regular expression matched against the recognised speech."""
    replace: str
    """The text that replaces what the pattern matched."""
    ignore_case: bool | str | None = Field(default=None)
    """Whether the pattern ignores case. Default is `false`."""


class EndOfSpeechTimeoutAction(_SpecModel):
    """The ``EndOfSpeechTimeoutAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_EndOfSpeechTimeoutAction)
    end_of_speech_timeout: int | str
    """The silence, in ms, after an utterance that ends it, from now on (the ai verb's `params.end_of_speech_timeout`: from `250` to `10,000`)."""


class EnterQueueObject(_SpecModel):
    """The ``EnterQueueObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_EnterQueueObject)
    queue_name: str
    """Name of the queue to enter. If a queue with this name does not exist, it will be automatically created."""
    transfer_after_bridge: str
    """SWML to execute after the bridge completes. This defines what should happen after the call is connected to an agent and the bridge ends.
    Can be either:
    - A URL (http or https) that returns a SWML document
    - An inline SWML document (as a JSON string)"""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to deliver queue status events. Default not set"""
    wait_url: str | None = Field(default=None)
    """URL for media to play while waiting in the queue. Default hold music will be played if not set"""
    wait_time: int | str | None = Field(default=None)
    """Maximum time in seconds to wait in the queue before timeout. Default `3600`"""


class Execute(_SpecModel):
    """Execute a specified section or URL as a subroutine, and upon completion, return to the current document.
    Use the return statement to pass any return values or objects back to the current document."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Execute)
    dest: str
    """Specifies what to execute. The value can be one of:
    - `<section_name>` - section in the current document to execute
    - A URL (http or https) that returns a SWML document - Sends HTTP POST
    - An inline SWML document (as a JSON string)"""
    params: dict[str, Any] | None = Field(default=None)
    """Named parameters to send to section or URL"""
    meta: dict[str, Any] | None = Field(default=None)
    """User-defined metadata, ignored by SignalWire"""
    on_return: list[dict[str, Any]] | None = Field(default=None)
    """The list of SWML instructions to be executed when the executed section or URL returns"""
    result: ExecuteSwitch | list[CondReg | CondElse] | None = Field(default=None)
    """Action to take based on the result of the call. This will run once the peer leg of the call has ended.
    Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array."""


class ExecuteRpc(_SpecModel):
    """Run an RPC command on a call, such as dialling out, sending a message to another call's agent or taking it off hold."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ExecuteRpc)
    method: str
    """The RPC method, such as `dial`, `ai_message` or `ai_unhold`."""
    call_id: str | None = Field(default=None)
    """The call the command is for."""
    node_id: str | None = Field(default=None)
    """The node the call is on."""
    params: dict[str, Any] | None = Field(default=None)
    """The method's parameters."""


class ExecuteSwitch(_SpecModel):
    """The ``ExecuteSwitch`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ExecuteSwitch)
    variable: str | None = Field(default=None)
    """Name of the variable whose value needs to be compared. If not provided, it will check the `return_value` variable.
    Can be one of the listed set of variables, or a string to represent a custom variable."""
    case: dict[str, list[dict[str, Any]]]
    """Object of values mapped to array of instructions to execute"""
    default: list[dict[str, Any]] | None = Field(default=None)
    """Array of instructions to execute if no cases match"""


class Expression(_SpecModel):
    """The ``Expression`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Expression)
    string: str
    """The actual input or value from the user or system."""
    pattern: str
    """A regular expression pattern to validate or match the string."""
    output: Output
    """An object that contains a response and a list of actions to be performed upon a expression match."""


class ExtensiveDataAction(_SpecModel):
    """The ``ExtensiveDataAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ExtensiveDataAction)
    extensive_data: bool
    """Whether the agent is sent the whole data of function results rather than a summary."""


class Foreach(_SpecModel):
    """Iterates over an array of objects and processes a output based on each element in the array. Works similarly to JavaScript's forEach method.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Foreach)
    input_key: str
    """The key to be used to access the current element in the array."""
    output_key: str
    """The key that can be referenced in the output of the `foreach` iteration. The values that are stored from `append` will be stored in this key."""
    max: int | str | None = Field(default=None)
    """The max amount of elements that are iterated over in the array. This will start at the beginning of the array."""
    append: str
    """The values to append to the output_key.
    Properties from the object can be referenced and added to the output_key by using the following syntax:
    ${this.property_name}.
    The `this` keyword is used to reference the current object in the array."""


class FunctionFillers(_SpecModel):
    """Filler phrases keyed by language code, one array per language. A single phrase is
    picked from the matching array at random.

    The agent looks for an entry matching the language being spoken, then `auto`, then
    `default`, and plays nothing when none of the three is set. Under `ai.multilingual` the
    key is whichever code the speech recognition engine reports for the turn, so any code it
    returns works. Under `ai.languages` the key has to match the `code` set on the entry.
    The codes listed here are the ones in common use, not a closed list."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_FunctionFillers)
    __wire_names__: ClassVar[dict[str, str]] = {
        "zh_cn": "zh-CN",
        "zh_hans": "zh-Hans",
        "zh_tw": "zh-TW",
        "zh_hant": "zh-Hant",
        "zh_hk": "zh-HK",
        "da_dk": "da-DK",
        "en_us": "en-US",
        "en_gb": "en-GB",
        "en_nz": "en-NZ",
        "en_in": "en-IN",
        "en_au": "en-AU",
        "nl_be": "nl-BE",
        "fr_ca": "fr-CA",
        "de_ch": "de-CH",
        "ko_kr": "ko-KR",
        "pt_br": "pt-BR",
        "pt_pt": "pt-PT",
        "es_419": "es-419",
        "sv_se": "sv-SE",
        "th_th": "th-TH",
    }
    default: list[str] | None = Field(default=None)
    """Played when no entry matches the language being spoken and no `auto` entry is set."""
    auto: list[str] | None = Field(default=None)
    """Phrases to translate into whichever language is being spoken, used when no entry
    matches that language. Takes precedence over `default`."""
    bg: list[str] | None = Field(default=None)
    """Bulgarian"""
    ca: list[str] | None = Field(default=None)
    """Catalan"""
    zh: list[str] | None = Field(default=None)
    """Chinese (Simplified)"""
    zh_cn: list[str] | None = Field(default=None, alias="zh-CN")
    """Chinese (Simplified, China)"""
    zh_hans: list[str] | None = Field(default=None, alias="zh-Hans")
    """Chinese (Simplified Han)"""
    zh_tw: list[str] | None = Field(default=None, alias="zh-TW")
    """Chinese (Traditional, Taiwan)"""
    zh_hant: list[str] | None = Field(default=None, alias="zh-Hant")
    """Chinese (Traditional Han)"""
    zh_hk: list[str] | None = Field(default=None, alias="zh-HK")
    """Chinese (Traditional, Hong Kong)"""
    cs: list[str] | None = Field(default=None)
    """Czech"""
    da: list[str] | None = Field(default=None)
    """Danish"""
    da_dk: list[str] | None = Field(default=None, alias="da-DK")
    """Danish (Denmark)"""
    nl: list[str] | None = Field(default=None)
    """Dutch"""
    en: list[str] | None = Field(default=None)
    """English"""
    en_us: list[str] | None = Field(default=None, alias="en-US")
    """English (United States)"""
    en_gb: list[str] | None = Field(default=None, alias="en-GB")
    """English (United Kingdom)"""
    en_nz: list[str] | None = Field(default=None, alias="en-NZ")
    """English (New Zealand)"""
    en_in: list[str] | None = Field(default=None, alias="en-IN")
    """English (India)"""
    en_au: list[str] | None = Field(default=None, alias="en-AU")
    """English (Australia)"""
    et: list[str] | None = Field(default=None)
    """Estonian"""
    fi: list[str] | None = Field(default=None)
    """Finnish"""
    nl_be: list[str] | None = Field(default=None, alias="nl-BE")
    """Flemish (Belgian Dutch)"""
    fr: list[str] | None = Field(default=None)
    """French"""
    fr_ca: list[str] | None = Field(default=None, alias="fr-CA")
    """French (Canada)"""
    de: list[str] | None = Field(default=None)
    """German"""
    de_ch: list[str] | None = Field(default=None, alias="de-CH")
    """German (Switzerland)"""
    el: list[str] | None = Field(default=None)
    """Greek"""
    hi: list[str] | None = Field(default=None)
    """Hindi"""
    hu: list[str] | None = Field(default=None)
    """Hungarian"""
    id: list[str] | None = Field(default=None)
    """Indonesian"""
    it: list[str] | None = Field(default=None)
    """Italian"""
    ja: list[str] | None = Field(default=None)
    """Japanese"""
    ko: list[str] | None = Field(default=None)
    """Korean"""
    ko_kr: list[str] | None = Field(default=None, alias="ko-KR")
    """Korean (South Korea)"""
    lv: list[str] | None = Field(default=None)
    """Latvian"""
    lt: list[str] | None = Field(default=None)
    """Lithuanian"""
    ms: list[str] | None = Field(default=None)
    """Malay"""
    multi: list[str] | None = Field(default=None)
    """Used when the agent's language code is set to `multi`, which lets the speech recognition engine transcribe whichever of its supported languages the caller speaks."""
    no: list[str] | None = Field(default=None)
    """Norwegian"""
    pl: list[str] | None = Field(default=None)
    """Polish"""
    pt: list[str] | None = Field(default=None)
    """Portuguese"""
    pt_br: list[str] | None = Field(default=None, alias="pt-BR")
    """Portuguese (Brazil)"""
    pt_pt: list[str] | None = Field(default=None, alias="pt-PT")
    """Portuguese (Portugal)"""
    ro: list[str] | None = Field(default=None)
    """Romanian"""
    ru: list[str] | None = Field(default=None)
    """Russian"""
    sk: list[str] | None = Field(default=None)
    """Slovak"""
    es: list[str] | None = Field(default=None)
    """Spanish"""
    es_419: list[str] | None = Field(default=None, alias="es-419")
    """Spanish (Latin America)"""
    sv: list[str] | None = Field(default=None)
    """Swedish"""
    sv_se: list[str] | None = Field(default=None, alias="sv-SE")
    """Swedish (Sweden)"""
    th: list[str] | None = Field(default=None)
    """Thai"""
    th_th: list[str] | None = Field(default=None, alias="th-TH")
    """Thai (Thailand)"""
    tr: list[str] | None = Field(default=None)
    """Turkish"""
    uk: list[str] | None = Field(default=None)
    """Ukrainian"""
    vi: list[str] | None = Field(default=None)
    """Vietnamese"""


class FunctionParameters(_SpecModel):
    """The ``FunctionParameters`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_FunctionParameters)
    type: Literal["object"]
    """The type of argument the AI is passing to the function. Possible values are 'string' and 'object'."""
    properties: dict[str, dict[str, Any]]
    """An object containing the property definitions that are passed to the function.

    A property definition is a valid JSON schema type with dynamic property names, where:
    - Keys: User-defined strings, that set the property names.
    - Values: A valid property type, which can be one of the following: `string`, `integer`, `number`, `boolean`, `array`, `object`, or `null`."""
    required: list[str] | None = Field(default=None)
    """An array of required property names from the `properties` object."""


class FunctionsOnSpeakerTimeoutAction(_SpecModel):
    """The ``FunctionsOnSpeakerTimeoutAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_FunctionsOnSpeakerTimeoutAction)
    functions_on_speaker_timeout: bool
    """Whether the agent may call functions when the caller's speech times out."""


class Goto(_SpecModel):
    """Jump to a label within the current section, optionally based on a condition.
    The goto method will only navigate to a label within the same section."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Goto)
    label: str
    """Mark any point of the SWML section with a label so that goto can jump to it."""
    when: str | None = Field(default=None)
    """A JavaScript condition that determines whether to perform the jump. If the condition evaluates to true, the jump is executed. If omitted, the jump is unconditional."""
    max: int | str | None = Field(default=None)
    """The maximum number of times to perform the jump. Must be a number between 1 and 100. Default `100`."""


class HangUpHookSWAIGFunction(_SpecModel):
    """The ``HangUpHookSWAIGFunction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_HangUpHookSWAIGFunction)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: str | None = Field(default=None, deprecated=True)
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: FunctionFillers | None = Field(default=None)
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: FunctionParameters | None = Field(default=None, deprecated=True)
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: DataMap | None = Field(default=None)
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: bool | str | None = Field(default=None)
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: str | None = Field(default=None)
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: int | str | None = Field(default=None)
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: bool | str | None = Field(default=None)
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: Literal["hangup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the stop_hook function, the function name is 'stop_hook'."""


class Hangup(_SpecModel):
    """End the call with an optional reason."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Hangup)
    reason: Reason | None = Field(default=None)
    """The reason for hanging up the call."""


class HangupAction(_SpecModel):
    """The ``HangupAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_HangupAction)
    hangup: bool | str
    """Whether to hang up the call. When set to `true`, the call will be terminated after the AI agent finishes speaking."""


class Hint(_SpecModel):
    """The ``Hint`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Hint)
    hint: str
    """The hint to match. This will match the string exactly as provided"""
    pattern: str
    """A regular expression to match the hint against. This will ensure that the hint has a valid matching pattern before being replaced."""
    replace: str
    """The text to replace the hint with. This will replace the portion of the hint that matches the pattern."""
    ignore_case: bool | str | None = Field(default=None)
    """If true, the hint will be matched in a case-insensitive manner. **Default:** `false`."""


class Hold(_SpecModel):
    """The ``Hold`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Hold)
    timeout: int | str | None = Field(default=None)
    """The duration to hold the caller in seconds. Can be a number or an object with timeout property."""


class HoldAction(_SpecModel):
    """The ``HoldAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_HoldAction)
    hold: int | Hold | str
    """Places the caller on hold while playing hold music (configured via params.hold_music).
    During hold, speech detection is paused and the AI agent will not respond to the caller.
    The value specifies the hold timeout in seconds.
    Can be a number or an object with timeout property."""


class Inject(_SpecModel):
    """Injects a message into the conversation to be translated and spoken to the specified party."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Inject)
    message: str
    """The message to be injected"""
    direction: TranslateDirection
    """The direction of the message."""


class InjectAction(_SpecModel):
    """The ``InjectAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_InjectAction)
    inject: Inject
    """Injects a message into the conversation to be translated and spoken to the specified party."""


class IntegerProperty(_SpecModel):
    """Base interface for all property types"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_IntegerProperty)
    description: str | None = Field(default=None)
    """A description of the property."""
    nullable: bool | str | None = Field(default=None)
    """Whether the property can be null."""
    type: Literal["integer"]
    """The type of parameter(s) the AI is passing to the function."""
    enum: list[int] | None = Field(default=None)
    """An array of integers that are the possible values"""
    default: int | str | None = Field(default=None)
    """The default integer value"""


class JoinConference(_SpecModel):
    """Join an ad-hoc audio conference. Conferences support both RELAY and CXML calls with extensive configuration for moderation, recording, and event callbacks."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_JoinConference)
    name: str
    """Name of conference"""
    muted: bool | str | None = Field(default=None)
    """Whether to join the conference in a muted state. If set to `true`, the participant will be muted upon joining. Default `false`."""
    beep: Beep | None = Field(default=None)
    """Sets the behavior of the beep sound when joining or leaving the conference. Default `"true"`."""
    start_on_enter: bool | str | None = Field(default=None)
    """Starts the conference when the main participant joins. This means the start action will not wait on more participants to join before starting. Default `true`."""
    end_on_exit: bool | str | None = Field(default=None)
    """Ends the conference when the main participant leaves. This means the end action will not wait on more participants to leave before ending. Default `false`."""
    wait_url: str | None = Field(default=None)
    """A URL that will play media when the conference is put on hold. Default hold music will be played if not set"""
    max_participants: int | str | None = Field(default=None)
    """The maximum number of participants allowed in the conference. If the limit is reached, new participants will not be able to join. Default `100000`."""
    record: Record | None = Field(default=None)
    """Enables or disables recording of the conference. Default `"do-not-record"`."""
    region: Region | None = Field(default=None)
    """Specifies the geographical region where the conference will be hosted. Default not set"""
    trim: Trim | None = Field(default=None)
    """If set to `trim-silence`, it will remove silence from the start of the recording. If set to `do-not-trim`, it will keep the silence. Default `"trim-silence"`."""
    coach: str | None = Field(default=None)
    """Coach accepts a call SID of a call that is currently connected to an in-progress conference.
    Specifying a call SID that does not exist or is no longer connected will result in a failure."""
    status_callback_event: str | None = Field(default=None)
    """Space-separated list of one or more events to send to the status callback URL.
    Possible values: `start`, `end`, `join`, `leave`, `mute`, `hold`, `modify`, `speaker`, `announcement`. Default not set"""
    status_callback_event_type: CallbackEventType | None = Field(default=None)
    """The content type used when sending status events to the status callback URL. Default not set"""
    status_callback: str | None = Field(default=None)
    """The URL to which status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set"""
    status_callback_method: HttpMethod | None = Field(default=None)
    """The HTTP method to use when sending status events to the status callback URL. Default `"POST"`."""
    recording_status_callback: str | None = Field(default=None)
    """The URL to which recording status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set"""
    recording_status_callback_method: HttpMethod | None = Field(default=None)
    """The HTTP method to use when sending recording status events to the recording status callback URL. Default `"POST"`."""
    recording_status_callback_event: str | None = Field(default=None)
    """Space-separated list of one or more events to send to the recording status callback URL.
    Possible values: `in-progress`, `completed`, `absent`. Default not set"""
    recording_status_callback_event_type: CallbackEventType | None = Field(default=None)
    """The content type used when sending recording status events to the recording status callback URL. Default not set"""
    result: Switch | list[CondReg | CondElse] | None = Field(default=None)
    """Allows the user to specify a custom action to be executed when the conference result is returned (typically when it has ended).
    The actions can a `switch` object or a `cond` array.
    The `switch` object allows for conditional execution based on the result of the conference, while
    the `cond` array allows for multiple conditions to be checked in sequence.
    If neither is provided, the default action will be to end the conference."""
    stream: JoinConferenceStream | None = Field(default=None)
    """Attach a bidirectional WebSocket stream to the conference. Conference audio is streamed to
    the `url`, enabling real-time audio processing, transcription, or AI agents that listen to
    the conference. Uses the same stream schema as the `stream` device type in `connect`."""


class JoinConferenceStream(_SpecModel):
    """The ``JoinConferenceStream`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_JoinConferenceStream)
    url: str
    """Secure WebSocket URL (must start with `wss://`) that the conference audio is streamed to. Plain `ws://` is not supported."""
    name: str | None = Field(default=None)
    """A friendly name to identify the stream at the WebSocket endpoint. Default not set"""
    codec: str | None = Field(default=None)
    """Audio codec for the streamed audio. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
    Codec can include rate and ptime modifiers (e.g., `PCMU@40i`, `L16@24000h@40i`). Default not set"""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to which stream status events will be sent. Default not set"""
    status_url_method: HttpMethod | None = Field(default=None)
    """The HTTP method to use when sending stream status events to the status URL. Default `"POST"`."""
    realtime: bool | str | None = Field(default=None)
    """When `true`, enables bidirectional audio so your endpoint can stream audio back into the conference (not just receive it). Default `false`."""
    authorization_bearer_token: str | None = Field(default=None)
    """Bearer token sent in the `Authorization` header when the WebSocket connection is opened, so your endpoint can authenticate the request. Default not set"""
    custom_parameters: dict[str, str] | None = Field(default=None)
    """Custom key-value pairs delivered to your WebSocket endpoint when the stream connects. Use them to pass context such as a session or customer ID. Default not set"""


class JoinRoom(_SpecModel):
    """Join a Relay room. If the room doesn't exist, it creates a new room."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_JoinRoom)
    name: str
    """Name of the room to join. Allowed characters: A-Z, a-z, 0-9, underscore, and hyphen."""


class LanguageParams(_SpecModel):
    """The ``LanguageParams`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_LanguageParams)
    __wire_names__: ClassVar[dict[str, str]] = {"speaking_rate": "speakingRate"}
    stability: int | float | str | None = Field(default=None)
    """The stability slider determines how stable the voice is and the randomness between each generation. Lowering this slider introduces a broader emotional range for the voice. IMPORTANT: Only works with ElevenLabs TTS engine."""
    similarity: int | float | str | None = Field(default=None)
    """The similarity slider dictates how closely the AI should adhere to the original voice when attempting to replicate it. The higher the similarity, the closer the AI will sound to the original voice. IMPORTANT: Only works with ElevenLabs TTS engine."""
    speaking_rate: int | float | str | None = Field(default=None, alias="speakingRate")
    """Adjusts how quickly the voice speaks. Values below `1.0` slow the voice down; values above `1.0` speed it up. IMPORTANT: Only works with the Inworld TTS engine."""
    temperature: int | float | str | None = Field(default=None)
    """Controls the randomness and expressiveness of the generated speech. Lower values produce a more consistent, predictable delivery; higher values introduce more variation. IMPORTANT: Only works with the Inworld TTS engine."""
    speed: int | float | str | None = Field(default=None)
    """How quickly the voice speaks. Values below `1.0` slow the voice down; values above `1.0` speed it up. IMPORTANT: Only works with the MiniMax TTS engine."""
    vol: int | float | str | None = Field(default=None)
    """The speaking volume. Lower values are quieter. IMPORTANT: Only works with the MiniMax TTS engine."""
    pitch: int | str | None = Field(default=None)
    """The pitch shift in semitones. Negative values lower the pitch; positive values raise it. IMPORTANT: Only works with the MiniMax TTS engine."""
    emotion: Emotion | None = Field(default=None)
    """A fixed emotional tone for the generated speech.
    To vary the emotion automatically during a conversation, use [`languages[].auto_emotion`](#languagesauto_emotion) instead.
    IMPORTANT: Only works with the MiniMax TTS engine."""


class Languages(_SpecModel):
    """The ``Languages`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Languages)
    name: str
    """Name of the language (e.g., 'French', 'English'). This value is used in the system prompt to instruct the LLM what language is being spoken."""
    code: str | list[str]
    """The language code for ASR (Automatic Speech Recognition) purposes. By default, SignalWire uses Deepgram's
    Nova-3 STT engine, so this value should match a code from Deepgram's Nova-3 language codes.
    If a different STT model was selected using the `openai_asr_engine` parameter, you must select a code supported by that engine.

    Supply an array to have this voice listen for up to three codes at once.

    Set it to `multi` to have the engine transcribe whichever of its supported languages the caller
    speaks, rather than one fixed language. The agent still answers in this entry's single `voice`.
    To answer in the caller's language as well, use [`ai.multilingual`](/docs/swml/reference/calling/ai/multilingual)
    instead, which builds on the same code-switching mode and adds a voice per language."""
    listen_language: str | list[str] | None = Field(default=None)
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
    model: str | None = Field(default=None)
    """The model to use for the specified TTS engine. For example, `coda`.
    Set this only if the `voice` string does not already carry a `:<model id>` suffix.
    A suffix on the `voice` string wins, and this key is then ignored without a warning."""
    auto_emotion: bool | None = Field(default=None)
    """Lets the AI vary its emotion as it speaks. A global emotion, or specific emotions for certain
    topics, can be set within the prompt of the AI.
    IMPORTANT: Only works with the [`Cartesia`](/docs/platform/voice/tts/cartesia) and [`MiniMax`](/docs/platform/voice/tts/minimax) TTS engines.
    For a fixed (non-automatic) MiniMax emotion, use [`params.emotion`](#paramsemotion) instead."""
    auto_speed: bool | None = Field(default=None)
    """Lets the AI vary its speaking speed during the conversation. The speed behavior can be defined
    in the prompt of the AI.
    IMPORTANT: Only works with the [`Cartesia`](/docs/platform/voice/tts/cartesia),
    [`ElevenLabs`](/docs/platform/voice/tts/elevenlabs), [`MiniMax`](/docs/platform/voice/tts/minimax),
    [`Rime`](/docs/platform/voice/tts/rime), [`Inworld`](/docs/platform/voice/tts/inworld),
    [`Smallest`](/docs/platform/voice/tts/smallest), and [`Fish`](/docs/platform/voice/tts/fish) TTS engines."""
    engine: str | None = Field(default=None, deprecated=True)
    """The engine to use for the language. For example, `elevenlabs`."""
    params: LanguageParams | None = Field(default=None)
    """TTS engine-specific parameters for this language."""
    fillers: list[str] | None = Field(default=None, deprecated=True)
    """A deprecated spelling of `function_fillers`, and never used for speech fillers.
    An explicit `function_fillers` on the same entry takes precedence over it."""
    function_fillers: list[str] | None = Field(default=None)
    """An array of strings to be used as fillers in the conversation when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    speech_fillers: list[str] | None = Field(default=None)
    """An array of strings to be used as fillers in the conversation. This helps the AI break silence between responses.
    Note: `speech_fillers` are used between every 'turn' taken by the LLM, including at the beginning of the call.
    For more targeted fillers, consider using `function_fillers`."""
    turn_fillers: list[str] | None = Field(default=None)
    """Short backchannels played while the caller still has the floor and the agent is deliberately
    waiting, as when they spell a name or read out a number, to signal it is still listening.
    Unlike the language-keyed map on [`ai.multilingual`](/docs/swml/reference/calling/ai/multilingual),
    this is a plain array, because the entry already fixes the language.
    Which waits earn one is set by [`params.turn_filler_sources`](/docs/swml/reference/calling/ai/params#paramsturn_filler_sources)."""
    pronounce: list[Pronounce] | None = Field(default=None)
    """Pronunciation replacements applied only while this language is active.
    For replacements that apply to the whole call, use [`ai.pronounce`](/docs/swml/reference/calling/ai#aipronounce) instead."""


class LiveTranscribe(_SpecModel):
    """Start live transcription of the call. The transcription will be sent to the specified webhook URL."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_LiveTranscribe)
    action: (
        TranscribeStartAction | Literal["stop"] | TranscribeSummarizeAction | Literal["summarize"]
    )
    """The action to perform during live transcription."""


class LiveTranslate(_SpecModel):
    """Start live translation of the call. The translation will be sent to the specified webhook URL."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_LiveTranslate)
    action: StartAction | Literal["stop"] | SummarizeAction | Literal["summarize"] | InjectAction
    """The action to perform during live translation."""


class MCPServer(_SpecModel):
    """The ``MCPServer`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_MCPServer)
    url: str
    """The MCP (Model Context Protocol) server URL. Required."""
    headers: dict[str, str] | None = Field(default=None)
    """HTTP headers sent to the MCP server. Authorization tokens go here — there is no separate auth field. Header values support variable expansion (for example, `Bearer ${global_data.token}`)."""
    resources: bool | str | None = Field(default=None)
    """Whether to fetch the server's resources into `global_data`, when the server advertises resource support. **Default:** `false`."""
    resource_vars: dict[str, str] | None = Field(default=None)
    """Template variables passed to the MCP server when fetching resources, typically using variable expansion such as `${global_data.customer_id}`. Used only when `resources` is enabled."""


class Multilingual(_SpecModel):
    """The ``Multilingual`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Multilingual)
    languages: list[MultilingualLanguage]
    """An array of voices, one per language the agent speaks.
    At least one entry must supply a `voice`, either an entry with `language` set to
    `default` or the first language listed. Without one, multilingual mode does not
    start and the agent falls back to a single English voice."""
    allowed: list[str] | None = Field(default=None)
    """Restricts the agent to this set of language codes. The speech recognition engine still
    transcribes whatever it hears, but the agent will not switch into a language outside the
    list — it keeps the language it is already speaking. The list also tells the agent, in its
    prompt, which languages are in play. Every code must be supported by the ASR engine and
    model in use, or multilingual mode does not start.
    Omit to let the agent follow the caller into any language the ASR engine detects."""
    engine: str | None = Field(default=None)
    """The ASR (Automatic Speech Recognition) engine used to detect the spoken language.
    This is separate from the TTS engine that speaks each voice.
    If you leave it unset, `deepgram` is used.
    Do not set this alongside `params.openai_asr_engine`, which overrides both this engine and
    `model`. When both are present, the `params` value wins."""
    model: str | None = Field(default=None)
    """The ASR model used to detect the spoken language. The model must support code-switching, or multilingual mode does not start."""
    provider: str | None = Field(default=None)
    """The ASR provider used to detect the spoken language.
    If you leave it unset, the provider already configured for the agent is used, falling back to
    `deepgram` when the agent has none. Setting it here also applies it to the recognizer."""
    start_language: str | None = Field(default=None)
    """The language the agent opens the conversation in, before the caller has said
    anything for the ASR engine to detect."""
    min_switch_words: int | None = Field(default=None)
    """How many words a caller must say before the agent will switch languages.
    A single word is often the same in several languages — a name, `no`, `ok` — so a
    one-word turn is an unreliable signal. Set to `1` to allow single-word switches.
    A value below `1` is treated as the default of `2` rather than rejected."""
    fillers: list[str] | FunctionFillers | None = Field(default=None)
    """Fillers used to break silence between turns. This is the speech filler map, so it is the
    counterpart of `languages[].speech_fillers` rather than of `languages[].fillers`, which is
    a deprecated spelling of `function_fillers`.
    Supply an array to have the fillers translated into whichever language the caller
    is speaking, or an object keyed by language code to set them per language verbatim.
    An `auto` key inside the object is translated the same way an array is."""
    function_fillers: list[str] | FunctionFillers | None = Field(default=None)
    """Fillers used while a SWAIG function runs.
    Supply an array to have the fillers translated into whichever language the caller
    is speaking, or an object keyed by language code to set them per language verbatim.
    An `auto` key inside the object is translated the same way an array is."""
    turn_fillers: list[str] | TurnFillers | None = Field(default=None)
    """Short backchannels played while the caller still has the floor and the agent is
    deliberately waiting, as when they spell a name or read out a number, to signal it
    is still listening. Which waits earn one is set by `params.turn_filler_sources`.

    Supply an object keyed by language code, optionally with a `default` key for
    languages you have not listed. These fillers are never translated on the fly, so
    the `auto` key does not apply here — resolving them has to be fast enough to play
    immediately. An array is accepted and treated as the `default` set.

    An entry that is an absolute path or a `scheme://` URI is played as audio instead of
    being spoken, which is a way to use a recorded backchannel."""


class MultilingualLanguage(_SpecModel):
    """The ``MultilingualLanguage`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_MultilingualLanguage)
    language: str
    """The language this voice applies to, as a code the ASR engine supports.
    Use `default` instead of a code to mark the catch-all entry, which speaks any
    detected language that has no entry of its own."""
    voice: str | None = Field(default=None)
    """Voice to use for the language. String format: `<engine id>.<voice id>`, with an optional
    `:<model id>` suffix for engines that offer a choice of model.
    Select engine from `gcloud`, `polly`, `amazon`, `azure`, `openai`, `elevenlabs`, `cartesia`, `deepgram`, `rime`,
    `inworld`, `minimax`, `groq-tts`, `mistral`, `grok`, `smallest`, `fish`, or `speechify`.
    For example, `gcloud.fr-FR-Neural2-B` or `elevenlabs.rachel:eleven_flash_v2_5`.
    Always name the engine: a bare voice id resolves against a default engine that can change."""
    model: str | None = Field(default=None)
    """The model to use for the specified TTS engine. For example, `coda`.
    Set this only if the `voice` string does not already carry a `:<model id>` suffix.
    A suffix on the `voice` string wins, and this key is then ignored without a warning."""
    engine: str | None = Field(default=None, deprecated=True)
    """The engine to use for the language. For example, `elevenlabs`."""
    params: LanguageParams | None = Field(default=None)
    """TTS engine-specific parameters for this language."""


class NullProperty(_SpecModel):
    """The ``NullProperty`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_NullProperty)
    type: Literal["null"]
    """The type of parameter(s) the AI is passing to the function."""
    description: str
    """A description of the property."""


class NumberProperty(_SpecModel):
    """Base interface for all property types"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_NumberProperty)
    description: str | None = Field(default=None)
    """A description of the property."""
    nullable: bool | str | None = Field(default=None)
    """Whether the property can be null."""
    type: Literal["number"]
    """The type of parameter(s) the AI is passing to the function."""
    enum: list[int | int | float] | list[str] | None = Field(default=None)
    """An array of integers that are the possible values"""
    default: int | int | float | str | None = Field(default=None)
    """The default integer value"""


class ObjectProperty(_SpecModel):
    """Base interface for all property types"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ObjectProperty)
    description: str | None = Field(default=None)
    """A description of the property."""
    nullable: bool | str | None = Field(default=None)
    """Whether the property can be null."""
    type: Literal["object"]
    """The type of parameter(s) the AI is passing to the function."""
    default: dict[str, Any] | None = Field(default=None)
    """The default object value"""
    properties: dict[str, dict[str, Any]] | None = Field(default=None)
    """Nested properties"""
    required: list[str] | None = Field(default=None)
    """Required property names"""


class OmitPropertiesBedrockPostPomptTextOmittedPromptProps(_SpecModel):
    """The template for omitting properties."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(
        _checks.check_OmitPropertiesBedrockPostPomptTextOmittedPromptProps
    )
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""


class OmitPropertiesBedrockPostPromptPomOmittedPromptProps(_SpecModel):
    """The template for omitting properties."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(
        _checks.check_OmitPropertiesBedrockPostPromptPomOmittedPromptProps
    )
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: list[dict[str, Any]]
    """The instructions to send to the agent."""


class OmitPropertiesBedrockPromptPomOmittedPromptProps(_SpecModel):
    """The template for omitting properties."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_OmitPropertiesBedrockPromptPomOmittedPromptProps)
    voice_id: VoiceId | None = Field(default=None)
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    pom: list[dict[str, Any]]
    """The instructions to send to the agent."""


class OmitPropertiesBedrockPromptTextOmittedPromptProps(_SpecModel):
    """The template for omitting properties."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_OmitPropertiesBedrockPromptTextOmittedPromptProps)
    voice_id: VoiceId | None = Field(default=None)
    max_tokens: int | None = Field(default=None)
    """Limits the amount of tokens that the AI agent may generate when creating its response"""
    temperature: int | float | str | None = Field(default=None)
    """Randomness setting. Float value between 0.0 and 1.5. Closer to 0 will make the output less random. **Default:** `1.0`."""
    top_p: int | float | str | None = Field(default=None)
    """Randomness setting. Alternative to `temperature`. Float value between 0.0 and 1.0. Closer to 0 will make the output less random. **Default:** `1.0`."""
    confidence: int | float | str | None = Field(default=None)
    """Threshold to fire a speech-detect event at the end of the utterance. Float value between 0.0 and 1.0.
    Decreasing this value will reduce the pause after the user speaks, but may introduce false positives.
    **Default:** `0.6`."""
    presence_penalty: int | float | str | None = Field(default=None)
    """Aversion to staying on topic. Float value between -2.0 and 2.0. Positive values increase the model's likelihood to talk about new topics. **Default:** `0`."""
    frequency_penalty: int | float | str | None = Field(default=None)
    """Aversion to repeating lines. Float value between -2.0 and 2.0. Positive values decrease the model's likelihood to repeat the same line verbatim. **Default:** `0`."""
    text: str
    """The instructions to send to the agent."""


class OneOfProperty(_SpecModel):
    """The ``OneOfProperty`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_OneOfProperty)
    __wire_names__: ClassVar[dict[str, str]] = {"one_of": "oneOf"}
    one_of: list[dict[str, Any]] = Field(alias="oneOf")
    """An array of schemas where exactly one of the schemas must be valid."""


class Output(_SpecModel):
    """The result of a SWAIG function, returned either as a `data_map` output or by your `web_hook_url`
    endpoint — the platform reads both the same way.

    Every field is optional. An empty object is valid — the agent reads a default result and carries
    on — so a function that only needs to steer the call can set `action` alone.

    [`amazon_bedrock`](/docs/swml/reference/calling/amazon-bedrock) and
    [`ai_sidecar`](/docs/swml/reference/calling/ai-sidecar) agents read a narrower result: `response`
    must be a plain string there, and `post_process` has no effect."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Output)
    response: str | SwaigToolResult | None = Field(default=None)
    """The result the agent reads next. A plain string becomes the tool message as-is; the object form
    splits the data half from the steering half. Omit it to let the agent use a default result."""
    action: (
        SWMLAction
        | ChangeContextAction
        | ChangeStepAction
        | ContextSwitchAction
        | HangupAction
        | HoldAction
        | PlaybackBGAction
        | SayAction
        | SetGlobalDataAction
        | SetMetaDataAction
        | StopAction
        | StopPlaybackBGAction
        | ToggleFunctionsAction
        | UnsetGlobalDataAction
        | UnsetMetaDataAction
        | UserInputAction
        | WaitForUserAction
        | AddDynamicHintsAction
        | ClearDynamicHintsAction
        | EndOfSpeechTimeoutAction
        | SpeechEventTimeoutAction
        | ChangeVoiceAction
        | FunctionsOnSpeakerTimeoutAction
        | ExtensiveDataAction
        | ReplaceInHistoryAction
        | SettingsAction
        | list[
            SWMLAction
            | ChangeContextAction
            | ChangeStepAction
            | ContextSwitchAction
            | HangupAction
            | HoldAction
            | PlaybackBGAction
            | SayAction
            | SetGlobalDataAction
            | SetMetaDataAction
            | StopAction
            | StopPlaybackBGAction
            | ToggleFunctionsAction
            | UnsetGlobalDataAction
            | UnsetMetaDataAction
            | UserInputAction
            | WaitForUserAction
            | AddDynamicHintsAction
            | ClearDynamicHintsAction
            | EndOfSpeechTimeoutAction
            | SpeechEventTimeoutAction
            | ChangeVoiceAction
            | FunctionsOnSpeakerTimeoutAction
            | ExtensiveDataAction
            | ReplaceInHistoryAction
            | SettingsAction
        ]
        | None
    ) = Field(default=None)
    """An action for the platform to perform on the live call, or a list of them."""
    post_process: bool | None = Field(default=None)
    """Hold the actions until after the agent has spoken its reply, rather than running them
    immediately. **Default:** `false`."""


class Pay(_SpecModel):
    """Enables secure payment processing during voice calls. When implemented, it manages the entire payment flow
    including data collection, validation, and processing through your configured payment gateway."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Pay)
    payment_connector_url: str
    """The URL to make POST requests with all the gathered payment details.
    This URL is used to process the final payment transaction and return the results through the response.

    Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information."""
    charge_amount: str | None = Field(default=None)
    """The amount to charge against payment method passed in the request. `Float` value with no currency prefix passed as string."""
    currency: str | None = Field(default=None)
    """Uses the ISO 4217 currency code of the charge amount."""
    description: str | None = Field(default=None)
    """Custom description of the payment provided in the request."""
    input: Literal["dtmf"] | None = Field(default=None)
    """The method of how to collect the payment details. Currently only `dtmf` mode is supported."""
    language: str | None = Field(default=None)
    """Language to use for prompts being played to the caller by the `pay` method."""
    max_attempts: int | str | None = Field(default=None)
    """Number of times the `pay` method will retry to collect payment details."""
    min_postal_code_length: int | str | None = Field(default=None)
    """The minimum length of the postal code the user must enter."""
    parameters: list[PayParameters] | None = Field(default=None)
    """Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs."""
    payment_method: Literal["credit-card"] | None = Field(default=None)
    """Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported."""
    postal_code: bool | str | None = Field(default=None)
    """Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`."""
    prompts: list[PayPrompts] | None = Field(default=None)
    """Array of prompt objects for customizing the audio prompts during different stages of the payment process."""
    security_code: bool | str | None = Field(default=None)
    """Takes true or false to let pay method know whether to prompt for security code."""
    status_url: str | None = Field(default=None)
    """The URL to send requests for each status change during the payment process.

    Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information."""
    timeout: int | str | None = Field(default=None)
    """Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured."""
    token_type: TokenType | None = Field(default=None)
    """Whether the payment is a one off payment or re-occurring.

    Allowed values:
    - `one-time`
    - `reusable`"""
    valid_card_types: str | None = Field(default=None)
    """List of payment cards allowed to use in the requested payment process separated by space.

    Allowed values:
    - `visa`
    - `mastercard`
    - `amex`
    - `maestro`
    - `discover`
    - `jcb`
    - `diners-club`"""
    voice: str | None = Field(default=None)
    """Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information."""


class PayParameters(_SpecModel):
    """The ``PayParameters`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PayParameters)
    name: str
    """The identifier for your custom parameter. This will be the key in the parameters object."""
    value: str
    """The value associated with the parameter. This will be the value in the parameters object."""


class PayPromptPlayAction(_SpecModel):
    """The ``PayPromptPlayAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PayPromptPlayAction)
    type: Literal["Play"]
    """When the action `type` is `Say`, this value is the text to be spoken; when the type is `Play`, it should be a URL to the audio file."""
    phrase: str
    """The URL of the audio file to play"""


class PayPromptSayAction(_SpecModel):
    """The ``PayPromptSayAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PayPromptSayAction)
    type: Literal["Say"]
    """When the action `type` is `Say`, this value is the text to be spoken; when the type is `Play`, it should be a URL to the audio file."""
    phrase: str
    """The phrase to speak"""


class PayPrompts(_SpecModel):
    """The ``PayPrompts`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PayPrompts)
    __wire_names__: ClassVar[dict[str, str]] = {"for_": "for"}
    actions: list[PayPromptSayAction | PayPromptPlayAction]
    """Array of action objects to execute for this prompt. These actions can either play an audio file or speak a phrase."""
    for_: str = Field(alias="for")
    """The payment step this prompt is for. See Payment Steps for a list of available steps.

    - `payment-card-number`: Collect the payment card number.
    - `expiration-date`: Collect the payment card expiration date.
    - `security-code`: Collect the payment card security code.
    - `postal-code`: Collect the payment card postal code.
    - `payment-processing`: The step used during the payment processing.
    - `payment-completed`: The step used when the payment is completed.
    - `payment-failed`: The step used when the payment fails.
    - `payment-cancelled`: The step used when the payment is cancelled."""
    attempts: str | None = Field(default=None)
    """Specifies which payment attempt(s) this prompt applies to. The value increments when a payment fails.
     Use a single number (e.g., "1") or space-separated numbers (e.g., "2 3") to target the specific attempts."""
    card_type: str | None = Field(default=None)
    """Space-seperated list of card types that are allowed to be used for this prompt.

    Supported card types:
        - `visa`
        - `mastercard`
        - `amex`
        - `maestro`
        - `discover`
        - `optima`
        - `jcb`
        - `diners-club`"""
    error_type: str | None = Field(default=None)
    """Space-separated list of error types this prompt applies to.

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
        - `card-declined` - Payment declined"""


class PlayWithURL(_SpecModel):
    """Play with a single URL"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PlayWithURL)
    auto_answer: bool | str | None = Field(default=None)
    """If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`."""
    volume: int | float | str | None = Field(default=None)
    """Volume level for the audio file.
    Default is `0`.
    Valid range is -40 to 40."""
    say_voice: str | None = Field(default=None)
    """The voice to use for the text to speech."""
    say_language: str | None = Field(default=None)
    """The language to use for the text to speech."""
    say_gender: str | None = Field(default=None)
    """Gender to use for the text to speech."""
    status_url: str | None = Field(default=None)
    """http or https URL to deliver play status events"""
    url: str
    """URL to play.
    Required if `urls` is not present.
    Allowed URLs are:
        - http:// or https:// - audio file to GET
        - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
        - say:<text to speak> - Sentence to say
        - silence: <duration> - seconds of silence to play"""


class PlayWithURLS(_SpecModel):
    """The ``PlayWithURLS`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PlayWithURLS)
    auto_answer: bool | str | None = Field(default=None)
    """If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`."""
    volume: int | float | str | None = Field(default=None)
    """Volume level for the audio file.
    Default is `0`.
    Valid range is -40 to 40."""
    say_voice: str | None = Field(default=None)
    """The voice to use for the text to speech."""
    say_language: str | None = Field(default=None)
    """The language to use for the text to speech."""
    say_gender: str | None = Field(default=None)
    """Gender to use for the text to speech."""
    status_url: str | None = Field(default=None)
    """http or https URL to deliver play status events"""
    urls: list[str]
    """Array of URLs to play.
    Required if `url` is not present.
    Allowed URLs are:
        - http:// or https:// - audio file to GET
        - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
        - say:<text to speak> - Sentence to say
        - silence: <duration> - seconds of silence to play"""


class PlaybackBGAction(_SpecModel):
    """The ``PlaybackBGAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PlaybackBGAction)
    playback_bg: PlaybackBg
    """A JSON object containing the audio file to play."""


class PlaybackBg(_SpecModel):
    """A JSON object containing the audio file to play."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PlaybackBg)
    file: str
    """URL or filepath of the audio file to play."""
    wait: bool | str | None = Field(default=None)
    """Whether to wait for the audio file to finish playing before continuing. Default is `false`."""


class PomSectionBodyContent(_SpecModel):
    """Content model with body text and optional bullets"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PomSectionBodyContent)
    __wire_names__: ClassVar[dict[str, str]] = {"numbered_bullets": "numberedBullets"}
    title: str | None = Field(default=None)
    """Title for the section"""
    subsections: list[dict[str, Any]] | None = Field(default=None)
    """Optional array of nested subsections"""
    numbered: bool | str | None = Field(default=None)
    """Whether to number the section"""
    numbered_bullets: bool | str | None = Field(default=None, alias="numberedBullets")
    """Whether to number the bullets"""
    body: str
    """Body text for the section"""
    bullets: list[str] | None = Field(default=None)
    """Optional array of bullet points"""


class PomSectionBulletsContent(_SpecModel):
    """Content model with bullets and optional body"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PomSectionBulletsContent)
    __wire_names__: ClassVar[dict[str, str]] = {"numbered_bullets": "numberedBullets"}
    title: str | None = Field(default=None)
    """Title for the section"""
    subsections: list[dict[str, Any]] | None = Field(default=None)
    """Optional array of nested subsections"""
    numbered: bool | str | None = Field(default=None)
    """Whether to number the section"""
    numbered_bullets: bool | str | None = Field(default=None, alias="numberedBullets")
    """Whether to number the bullets"""
    body: str | None = Field(default=None)
    """Body text for the section (optional)"""
    bullets: list[str]
    """Array of bullet points"""


class Prompt(_SpecModel):
    """Play a prompt and wait for input. The input can be received either as digits from the keypad,
    or from speech, or both depending on what parameters are set.
    By default, only digit input is enabled. To enable speech input, set at least one speech parameter.
    To enable both digit and speech input, set at least one parameter for each."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Prompt)
    play: str | list[str]
    """URL or array of URLs to play.
    Allowed URLs are:
        http:// or https:// - audio file to GET
        ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
        say:<text to speak> - Sentence to say
        silence: <duration> - seconds of silence to play"""
    volume: int | float | None = Field(default=None)
    """Volume level for the audio file.
    Default is `0`.
    Valid range is -40 to 40."""
    say_voice: str | None = Field(default=None)
    """The voice to use for the text to speech."""
    say_language: str | None = Field(default=None)
    """The language to use for the text to speech."""
    say_gender: str | None = Field(default=None)
    """The gender to use for the text to speech."""
    max_digits: int | str | None = Field(default=None)
    """Number of digits to collect.
    Default is `1`."""
    terminators: str | None = Field(default=None)
    """Digits that terminate digit collection.
    Default is not set."""
    digit_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait for next digit.
    Default is `5.0` seconds."""
    initial_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait for start of input.
    Default is `5.0` seconds."""
    speech_timeout: int | float | str | None = Field(default=None)
    """Max time in seconds to wait for speech result."""
    speech_end_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait for end of speech utterance."""
    speech_language: str | None = Field(default=None)
    """Language to detect speech in."""
    speech_hints: list[str] | None = Field(default=None)
    """Expected words or phrases to help the speech recognition."""
    speech_engine: str | None = Field(default=None)
    """The engine that is selected for speech recognition. The engine must support the specified language.
    [Deepgram|Google| etc...] Default is not set (SignalWire picks the engine)."""
    status_url: str | None = Field(default=None)
    """http or https URL to deliver prompt status events"""


class Pronounce(_SpecModel):
    """The ``Pronounce`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Pronounce)
    __wire_names__: ClassVar[dict[str, str]] = {"with_": "with"}
    replace: str
    """The expression to replace."""
    with_: str = Field(alias="with")
    """The phonetic spelling of the expression."""
    ignore_case: bool | str | None = Field(default=None)
    """Whether the pronunciation replacement should ignore case. **Default:** `true`."""


class ReceiveFax(_SpecModel):
    """Receive a fax being delivered to this call."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ReceiveFax)
    status_url: str | None = Field(default=None)
    """http or https URL to deliver receive_fax status events"""


class RecordArgument(_SpecModel):
    """Record the call audio in the foreground, pausing further SWML execution until recording ends.
    Use this, for example, to record voicemails.
    To record calls in the background in a non-blocking fashion, use the record_call method."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_RecordArgument)
    stereo: bool | str | None = Field(default=None)
    """If true, record in stereo.
    Default is `false`."""
    format: Format | None = Field(default=None)
    """The format to record in. Can be `wav`, `mp3`, or `mp4`.
    Default is `"wav"`."""
    direction: RecordDirection | None = Field(default=None)
    """Direction of the audio to record: "speak" for what party says, "listen" for what party hears.
    Default is `"speak"`."""
    terminators: str | None = Field(default=None)
    """String of digits that will stop the recording when pressed. Default is `"#"`."""
    beep: bool | str | None = Field(default=None)
    """Play a beep before recording.
    Default is `false`."""
    input_sensitivity: int | float | str | None = Field(default=None)
    """How sensitive the recording voice activity detector is to background noise.
    A larger value is more sensitive. Allowed values from 0.0 to 100.0.
    Default is `44.0`."""
    initial_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait for the start of speech.
    Default is `4.0` seconds."""
    end_silence_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait in silence before ending the recording.
    Default is `5.0` seconds."""
    max_length: int | float | str | None = Field(default=None)
    """Maximum length of the recording in seconds."""
    status_url: str | None = Field(default=None)
    """URL to send recording status events to."""


class RecordCall(_SpecModel):
    """Record call in the background.
    Unlike the record method, the record_call method will start the recording and continue executing
    the SWML script while allowing the recording to happen in the background.
    To stop call recordings started with record_call, use the stop_record_call method."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_RecordCall)
    control_id: str | None = Field(default=None)
    """Identifier for this recording, to use with `stop_call_record`."""
    stereo: bool | str | None = Field(default=None)
    """If `true`, record in stereo.
    Default is `false`."""
    format: Format | None = Field(default=None)
    """The format to record in. It can be `wav`, `mp3`, or `mp4`.
    Default is `"wav"`."""
    direction: RecordCallDirection | None = Field(default=None)
    """Direction of the audio to record: "speak" for what party says, "listen" for what party hears, "both" for what the party hears and says.
    Default is `"both"`."""
    terminators: str | None = Field(default=None)
    """String of digits that will stop the recording when pressed. Default is `""` (empty)."""
    beep: bool | str | None = Field(default=None)
    """Play a beep before recording.
    Default is `false`."""
    input_sensitivity: int | float | str | None = Field(default=None)
    """How sensitive the recording voice activity detector is to background noise.
    A larger value is more sensitive. Allowed values from 0.0 to 100.0.
    Default is `44.0`."""
    initial_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait for the start of speech.
    Default is `0.0` seconds."""
    end_silence_timeout: int | float | str | None = Field(default=None)
    """Time in seconds to wait in silence before ending the recording.
    Default is `0.0` seconds."""
    max_length: int | float | str | None = Field(default=None)
    """Maximum length of the recording in seconds."""
    status_url: str | None = Field(default=None)
    """http or https URL to deliver record_call status events"""


class ReplaceInHistoryAction(_SpecModel):
    """The ``ReplaceInHistoryAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ReplaceInHistoryAction)
    replace_in_history: str | bool
    """How this function call appears in the conversation history: `true` removes the call and its result, a string replaces them with that text as an assistant message."""


class Request(_SpecModel):
    """Send a GET, POST, PUT, or DELETE request to a remote URL."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Request)
    url: str
    """URL to send the HTTPS request to. Authentication can also be set in the URL in the format of username:password@url."""
    method: Method
    """The HTTP method to be used for the request. Can be `GET`, `POST`, `PUT`, or `DELETE`."""
    headers: dict[str, Any] | None = Field(default=None)
    """Object containing HTTP headers to set. Valid header values are Accept, Authorization, Content-Type, Range, and custom X- headers."""
    body: str | dict[str, Any] | None = Field(default=None)
    """Request body. Content-Type header should be explicitly set, but if not set, the most likely type
    will be set based on the first non-whitespace character."""
    timeout: int | float | str | None = Field(default=None)
    """Maximum time in seconds to wait for a response.
    Default is `0` (no timeout)."""
    connect_timeout: int | float | str | None = Field(default=None)
    """Maximum time in seconds to wait for a connection.
    Default is `0` (no timeout)."""
    save_variables: bool | str | None = Field(default=None)
    """Store parsed JSON response as variables.
    Default is `false`."""


class SMSWithBody(_SpecModel):
    """The ``SMSWithBody`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SMSWithBody)
    to_number: str
    """Phone number to send SMS message to in E.164 format."""
    from_number: str
    """Phone number the SMS message will be sent from in E.164 format."""
    region: str | None = Field(default=None)
    """Region of the world to originate the message from. Chosen based on account preferences or device location if not specified."""
    tags: list[str] | None = Field(default=None)
    """Array of tags to associate with the message to facilitate log searches."""
    status_callback: str | None = Field(default=None)
    """URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback)."""
    body: str
    """Required if `media` is not present. The body of the SMS message."""


class SMSWithMedia(_SpecModel):
    """The ``SMSWithMedia`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SMSWithMedia)
    to_number: str
    """Phone number to send SMS message to in E.164 format."""
    from_number: str
    """Phone number the SMS message will be sent from in E.164 format."""
    region: str | None = Field(default=None)
    """Region of the world to originate the message from. Chosen based on account preferences or device location if not specified."""
    tags: list[str] | None = Field(default=None)
    """Array of tags to associate with the message to facilitate log searches."""
    status_callback: str | None = Field(default=None)
    """URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback)."""
    media: list[str]
    """Required if `body` is not present. Array of media URLs to include in the message."""
    body: str | None = Field(default=None)
    """Optional if `media` is present. The body of the SMS message."""


class SWAIG(_SpecModel):
    """The ``SWAIG`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWAIG)
    defaults: SWAIGDefaults | None = Field(default=None)
    """Default settings for all SWAIG functions. If `defaults` is not set, settings may be set in each function object. Default is not set."""
    mcp_servers: list[MCPServer] | None = Field(default=None)
    """An array of MCP (Model Context Protocol) servers whose tools and resources are made available to the AI agent. Each server's tools are discovered when the agent starts and registered as callable functions."""
    native_functions: list[SWAIGNativeFunction] | None = Field(default=None)
    """Prebuilt functions the AI agent is able to call from this list of available native functions"""
    includes: list[SWAIGIncludes] | None = Field(default=None)
    """An array of objects to include remote function signatures.
    This allows you to include functions that are defined in a remote location.
    The object fields are `url` to specify where the remote functions are defined and `functions` which is an array of the function names as strings."""
    functions: (
        list[
            UserSWAIGFunction
            | StartUpHookSWAIGFunction
            | HangUpHookSWAIGFunction
            | SummarizeConversationSWAIGFunction
        ]
        | None
    ) = Field(default=None)
    """An array of JSON objects to define functions that can be executed during the interaction with the AI. Default is not set."""
    internal_fillers: SWAIGInternalFiller | None = Field(default=None)
    """An object containing filler phrases for internal SWAIG functions. These fillers are played while utilizing internal functions."""


class SWAIGDefaults(_SpecModel):
    """The ``SWAIGDefaults`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWAIGDefaults)
    web_hook_url: str | None = Field(default=None)
    """Default URL to send status callbacks and reports to. Authentication can also be set in the url in the format of `username:password@url.`"""


class SWAIGIncludes(_SpecModel):
    """The ``SWAIGIncludes`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWAIGIncludes)
    functions: list[str]
    """Remote functions to fetch and include in your AI application."""
    url: str
    """URL to fetch remote functions and include in your AI application. Authentication can also be set in the url in the format of `username:password@url`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """User-defined metadata to pass with the remote function request."""


class SWAIGInternalFiller(_SpecModel):
    """The ``SWAIGInternalFiller`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWAIGInternalFiller)
    check_time: FunctionFillers | None = Field(default=None)
    """Filler phrases played when the AI Agent is checking the time."""
    wait_for_user: FunctionFillers | None = Field(default=None)
    """Filler phrases played when the AI Agent is waiting for user input."""
    wait_seconds: FunctionFillers | None = Field(default=None)
    """Filler phrases played during deliberate pauses or wait periods."""
    adjust_response_latency: FunctionFillers | None = Field(default=None)
    """Filler phrases played when the AI Agent is adjusting response timing."""
    next_step: FunctionFillers | None = Field(default=None)
    """Filler phrases played when transitioning between conversation steps when utilizing `prompt.contexts`."""
    change_context: FunctionFillers | None = Field(default=None)
    """Filler phrases played when switching between conversation contexts when utilizing `prompt.contexts`."""
    get_visual_input: FunctionFillers | None = Field(default=None)
    """Filler phrases played when the AI Agent is processing visual input. This function is enabled
    when `enable_vision` is set to `true` in `ai.params`.
    Leaving this out does not silence the agent: a built-in English set is used under `en-US`
    instead, so set this key to change the wording or to cover another language."""
    get_ideal_strategy: FunctionFillers | None = Field(default=None)
    """Filler phrases played when the AI Agent is thinking or considering options. This is utilized
    when `enable_thinking` is set to `true` in `ai.params`.
    Leaving this out does not silence the agent: a built-in English set is used under `en-US`
    instead, so set this key to change the wording or to cover another language."""
    pause_conversation: FunctionFillers | None = Field(default=None)
    """Filler phrases played when the AI Agent pauses the conversation at the caller's request. This
    function is enabled when `enable_pause` is set to `true` in `ai.params`, which `start_paused`
    also turns on. Setting `speak_when_spoken_to` turns `enable_pause` back off, which leaves this
    key with nothing to play."""


class SWMLAction(_SpecModel):
    """The ``SWMLAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLAction)
    __wire_names__: ClassVar[dict[str, str]] = {"swml": "SWML"}
    swml: SWMLObject = Field(alias="SWML")
    """A SWML object to be executed."""
    transfer: bool | str | None = Field(default=None)
    """When `true`, ends the AI session and hard-transfers the call to the sibling `SWML` payload. When omitted or `false`, the SWML executes inline and the AI session continues afterward."""


class SWMLObject(_SpecModel):
    """A SWML document for handling inbound and outbound calls. Contains a `sections` map where
    each section holds an array of methods that run sequentially. Execution starts at
    `sections.main`. See the [Calling SWML reference](/docs/swml/reference/calling) for the
    full list of available methods."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLObject)
    version: Literal["1.0.0"] | None = Field(default=None)
    sections: Section


class SayAction(_SpecModel):
    """The ``SayAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SayAction)
    say: str
    """A message to be spoken by the AI agent."""


class Section(_SpecModel):
    """The ``Section`` object."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Section)
    main: list[dict[str, Any]]


class SendDigits(_SpecModel):
    """Send digit presses as DTMF tones."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SendDigits)
    digits: str
    """The digits to send. Valid values are 0123456789*#ABCDWw. Character W is a 1 second delay, and w is a 500ms delay."""


class SendFax(_SpecModel):
    """Send a fax."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SendFax)
    document: str
    """URL to the PDF document to fax."""
    header_info: str | None = Field(default=None)
    """Header text to include on the fax."""
    identity: str | None = Field(default=None)
    """Station identity to report.
    Default is the calling party's caller ID number."""
    status_url: str | None = Field(default=None)
    """http or https URL to deliver send_fax status events"""


class SetGlobalDataAction(_SpecModel):
    """The ``SetGlobalDataAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SetGlobalDataAction)
    set_global_data: dict[str, Any]
    """A JSON object containing any global data, as a key-value map. This action sets the data in the `global_data` to be globally referenced."""


class SetMetaDataAction(_SpecModel):
    """The ``SetMetaDataAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SetMetaDataAction)
    set_meta_data: dict[str, Any]
    """A JSON object containing any metadata, as a key-value map. This action sets the data in the `meta_data` to be referenced locally in the function."""


class Settings(_SpecModel):
    """AI settings to change for the following turns of the conversation."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Settings)
    __wire_names__: ClassVar[dict[str, str]] = {
        "frequency_penalty": "frequency-penalty",
        "presence_penalty": "presence-penalty",
        "max_tokens": "max-tokens",
        "top_p": "top-p",
        "barge_confidence": "barge-confidence",
    }
    frequency_penalty: int | float | None = Field(default=None, alias="frequency-penalty")
    """Penalise tokens by how often they occurred so far, from -2.0 to 2.0."""
    presence_penalty: int | float | None = Field(default=None, alias="presence-penalty")
    """Penalise tokens that occurred so far, from -2.0 to 2.0."""
    max_tokens: int | None = Field(default=None, alias="max-tokens")
    """The most tokens the model may generate in one reply, from 0 to 4096."""
    top_p: int | float | None = Field(default=None, alias="top-p")
    """Nucleus sampling: the probability mass of the tokens considered, from 0.0 to 1.0."""
    confidence: int | float | None = Field(default=None)
    """The speech-detection confidence that ends an utterance, from 0.0 to 1.0."""
    barge_confidence: int | float | None = Field(default=None, alias="barge-confidence")
    """The confidence the caller's speech needs to interrupt the agent, from 0.0 to 1.0."""
    temperature: int | float | None = Field(default=None)
    """Randomness of the replies, from 0.0 to 2.0 (the platform caps it at 1.5)."""


class SettingsAction(_SpecModel):
    """The ``SettingsAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SettingsAction)
    settings: Settings
    """AI settings to change for the following turns of the conversation."""


class SipRefer(_SpecModel):
    """Send SIP REFER to a SIP call."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SipRefer)
    to_uri: str
    """The SIP URI to send the REFER to."""
    status_url: str | None = Field(default=None)
    """The HTTP or HTTPS URL to send status callback events to."""
    username: str | None = Field(default=None)
    """Username to use for SIP authentication."""
    password: str | None = Field(default=None)
    """Password to use for SIP authentication."""


class Sleep(_SpecModel):
    """The ``Sleep`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Sleep)
    duration: int | str
    """The amount of time to sleep in milliseconds.
    Must be a positive integer. Can also be set to `-1` for the sleep to never end."""


class SpeechEventTimeoutAction(_SpecModel):
    """The ``SpeechEventTimeoutAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SpeechEventTimeoutAction)
    speech_event_timeout: int | str
    """How long, in ms, since the last speech event to wait before finalising recognition, from now on (the ai verb's `params.speech_event_timeout`: from `0` to `10,000`)."""


class StartAction(_SpecModel):
    """The ``StartAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StartAction)
    start: StartActionStart
    """Starts live translation of the call. The translation will be sent to the specified URL."""


class StartActionStart(_SpecModel):
    """Starts live translation of the call. The translation will be sent to the specified URL."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StartActionStart)
    webhook: str | None = Field(default=None)
    """The webhook URL to be called."""
    from_lang: str
    """The language to translate from."""
    to_lang: str
    """The language to translate to."""
    from_voice: str | None = Field(default=None)
    """The TTS voice you want to use for the source language."""
    to_voice: str | None = Field(default=None)
    """The TTS voice you want to use for the target language."""
    filter_from: TranslationFilterPreset | str | None = Field(default=None)
    """Translation filter for the source language direction."""
    filter_to: TranslationFilterPreset | str | None = Field(default=None)
    """Translation filter for the target language direction."""
    live_events: bool | str | None = Field(default=None)
    """Whether to enable live events."""
    ai_summary: bool | str | None = Field(default=None)
    """Whether to enable AI summarization."""
    speech_timeout: int | str | None = Field(default=None)
    """The timeout for speech recognition in milliseconds."""
    vad_silence_ms: int | str | None = Field(default=None)
    """Voice activity detection silence time in milliseconds. Default depends on speech engine: `300` for Deepgram, `500` for Google."""
    vad_thresh: int | str | None = Field(default=None)
    """Voice activity detection threshold (0-1800)."""
    debug_level: int | str | None = Field(default=None)
    """Debug level for logging (0-2)."""
    direction: list[TranslateDirection]
    """The direction of the call that should be translated."""
    speech_engine: SpeechEngine | None = Field(default=None)
    """The speech engine to use for speech recognition."""
    ai_summary_prompt: str | None = Field(default=None)
    """The AI prompt that instructs how to summarize the conversation when `ai_summary` is enabled."""


class StartUpHookSWAIGFunction(_SpecModel):
    """The ``StartUpHookSWAIGFunction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StartUpHookSWAIGFunction)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: str | None = Field(default=None, deprecated=True)
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: FunctionFillers | None = Field(default=None)
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: FunctionParameters | None = Field(default=None, deprecated=True)
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: DataMap | None = Field(default=None)
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: bool | str | None = Field(default=None)
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: str | None = Field(default=None)
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: int | str | None = Field(default=None)
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: bool | str | None = Field(default=None)
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: Literal["startup_hook"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation. For the start_hook function, the function name is 'start_hook'."""


class StopAction(_SpecModel):
    """The ``StopAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StopAction)
    stop: bool | str
    """Whether to stop the conversation."""


class StopDenoise(_SpecModel):
    """Stop noise reduction that was started with denoise."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StopDenoise)


class StopPlaybackBGAction(_SpecModel):
    """The ``StopPlaybackBGAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StopPlaybackBGAction)
    stop_playback_bg: bool | str
    """Whether to stop the background audio file."""


class StopRecordCall(_SpecModel):
    """Stop an active background recording."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StopRecordCall)
    control_id: str | None = Field(default=None)
    """Identifier for the recording to stop.
    If not set, the last recording started will be stopped."""


class StopStream(_SpecModel):
    """Stop an active audio stream."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StopStream)
    control_id: str | None = Field(default=None)
    """ID of the stream to stop.
    If not set, it will stop the most recent stream started."""


class StopTap(_SpecModel):
    """Stop an active tap stream."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StopTap)
    control_id: str | None = Field(default=None)
    """ID of the tap to stop.
    If not set, it will shut off the most recent tap session."""


class Stream(_SpecModel):
    """Start a background audio stream from the call to a WebSocket endpoint. Runs alongside the call as an independent operation."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Stream)
    url: str
    """Secure WebSocket URI (wss://) to stream the call audio to."""
    control_id: str | None = Field(default=None)
    """Identifier for this stream to use with `stop_stream`. If not set, one is generated and stored in the `stream_control_id` variable."""
    name: str | None = Field(default=None)
    """Friendly name for the stream."""
    track: Track | None = Field(default=None)
    """Audio track to stream:
        `inbound_track` for what the caller says,
        `outbound_track` for what the caller hears,
        `both_tracks` for both.
        Default is `"inbound_track"`."""
    codec: str | None = Field(default=None)
    """Codec to use for the streamed audio. Freeform and endpoint-specific.
    Common values include `PCMU`, `PCMA`, and `OPUS`."""
    status_url: str | None = Field(default=None)
    """HTTP or HTTPS URL to deliver stream status events."""
    status_url_method: StatusUrlMethod | None = Field(default=None)
    """HTTP method used to deliver stream status events to `status_url`.
    Possible Values: [`GET`, `POST`]. Default is `"POST"`."""
    authorization_bearer_token: str | None = Field(default=None)
    """Bearer token sent as an `Authorization` header during the WebSocket handshake."""
    custom_parameters: dict[str, str] | None = Field(default=None)
    """Custom key-value pairs sent to the WebSocket endpoint in the start message."""


class StringProperty(_SpecModel):
    """Base interface for all property types"""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_StringProperty)
    description: str | None = Field(default=None)
    """A description of the property."""
    nullable: bool | str | None = Field(default=None)
    """Whether the property can be null."""
    type: Literal["string"]
    """The type of parameter(s) the AI is passing to the function."""
    enum: list[str] | None = Field(default=None)
    """An array of strings that are the possible values"""
    default: str | None = Field(default=None)
    """The default string value"""
    pattern: str | None = Field(default=None)
    """Regular expression pattern"""
    format: StringFormat | None = Field(default=None)
    """String format (email, date-time, etc.)"""


class SummarizeAction(_SpecModel):
    """The ``SummarizeAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SummarizeAction)
    summarize: SummarizeActionSummarize
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""


class SummarizeActionSummarize(_SpecModel):
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SummarizeActionSummarize)
    webhook: str | None = Field(default=None)
    """The webhook URL to be called."""
    prompt: str | None = Field(default=None)
    """The AI prompt that instructs how to summarize the conversation."""


class SummarizeConversationSWAIGFunction(_SpecModel):
    """An internal reserved function that generates a summary of the conversation and sends any specified properties to the configured webhook after the conversation has ended.
    This ensures that key parts of the conversation, as interpreted by the LLM, are reliably captured and delivered to the webhook."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SummarizeConversationSWAIGFunction)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: str | None = Field(default=None, deprecated=True)
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: FunctionFillers | None = Field(default=None)
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: FunctionParameters | None = Field(default=None, deprecated=True)
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: DataMap | None = Field(default=None)
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: bool | str | None = Field(default=None)
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: str | None = Field(default=None)
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: int | str | None = Field(default=None)
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: bool | str | None = Field(default=None)
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: Literal["summarize_conversation"]
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation.. For the summarize_conversation function, the function name is 'summarize_conversation'."""


class SwaigToolResult(_SpecModel):
    """Splits the result into the data half and the steering half.

    `tool_result` becomes the tool message the agent reads. `tool_prompt` is injected as a separate
    system message immediately after it, to steer what the agent does with that data. Use the split
    when the two are genuinely different things — you know which half is data and which half is
    instruction; the agent does not.

    Read only by [`ai`](/docs/swml/reference/calling/ai) agents."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SwaigToolResult)
    tool_result: str | None = Field(default=None)
    """The data half — becomes the tool message the agent reads."""
    tool_prompt: str | None = Field(default=None)
    """The steering half — injected as a system message right after the tool message."""


class Switch(_SpecModel):
    """Execute different instructions based on a variable's value."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Switch)
    variable: str
    """Name of the variable whose value needs to be compared."""
    case: dict[str, list[dict[str, Any]]]
    """Object of key-mapped values to array of SWML methods to execute."""
    default: list[dict[str, Any]] | None = Field(default=None)
    """Array of SWML methods to execute if no cases match."""


class SwitchArgument(_SpecModel):
    """Execute different instructions based on a variable's value."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SwitchArgument)
    variable: str
    """Name of the variable whose value needs to be compared."""
    case: dict[str, list[dict[str, Any]]]
    """Object of key-mapped values to array of SWML methods to execute."""
    default: list[dict[str, Any]] | None = Field(default=None)
    """Array of SWML methods to execute if no cases match."""


class Tap(_SpecModel):
    """Start background call tap. Media is streamed over Websocket or RTP to customer controlled URI."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Tap)
    uri: str
    """Destination of the tap media stream: rtp://IP:port, ws://example.com, or wss://example.com."""
    control_id: str | None = Field(default=None)
    """Identifier for this tap to use with `stop_tap`."""
    direction: TapDirection | None = Field(default=None)
    """Direction of the audio to tap:
        `speak` for what party says,
        `listen` for what party hears,
        `both` for what party hears and says.
        Default is `"speak"`."""
    codec: Codec | None = Field(default=None)
    """Codec to use for the tap media stream.
    Possible Values: [`PCMU`, `PCMA`]
    Default is `"PCMU"`."""
    rtp_ptime: int | str | None = Field(default=None)
    """If `uri` is a `rtp://` this will set the packetization time of the media in milliseconds.
    Default is `20` milliseconds."""
    status_url: str | None = Field(default=None)
    """http or https URL to deliver tap status events"""


class ToggleFunctionsAction(_SpecModel):
    """The ``ToggleFunctionsAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ToggleFunctionsAction)
    toggle_functions: list[ToggleFunctionsItem]
    """Whether to toggle the functions on or off."""


class ToggleFunctionsItem(_SpecModel):
    """The ``ToggleFunctionsItem`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_ToggleFunctionsItem)
    active: bool | str
    """Whether to activate or deactivate the functions. Default is `true`"""
    function: str | list[str]
    """The function names to toggle."""


class Transcribe(_SpecModel):
    """Transcribe the entire call in the background.
    Execution continues to the next instruction while the call proceeds; the transcription covers the whole call and completes when the call ends.
    For real-time transcription delivered as the call happens, use `live_transcribe` instead.
    Only one transcription can be active on a call at a time.
    To stop it, use the `transcribe_stop` method."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Transcribe)
    status_url: str | None = Field(default=None)
    """An HTTP or HTTPS URL that receives the status callback when the transcription finishes"""


class TranscribeStartAction(_SpecModel):
    """The ``TranscribeStartAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_TranscribeStartAction)
    start: TranscribeStartActionStart
    """Starts live transcription of the call. The transcription will be sent to the specified URL."""


class TranscribeStartActionStart(_SpecModel):
    """Starts live transcription of the call. The transcription will be sent to the specified URL."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_TranscribeStartActionStart)
    ai_summary: bool | str | None = Field(default=None)
    """Enables AI summarization of the transcription. The summary will be sent to the specified URL at the end of the conversation."""
    webhook: str | None = Field(default=None)
    """The webhook URL the transcription will be sent to."""
    lang: str
    """The language to transcribe."""
    live_events: bool | str | None = Field(default=None)
    """Whether to enable live events."""
    speech_timeout: int | str | None = Field(default=None)
    """The timeout for speech recognition in milliseconds."""
    vad_silence_ms: int | str | None = Field(default=None)
    """Voice activity detection silence time in milliseconds. Default depends on speech engine: `300` for Deepgram, `500` for Google."""
    vad_thresh: int | str | None = Field(default=None)
    """Voice activity detection threshold (0-1800)."""
    debug_level: int | str | None = Field(default=None)
    """Debug level for logging (0-2)."""
    direction: list[TranscribeDirection]
    """The direction of the call that should be transcribed."""
    speech_engine: SpeechEngine | None = Field(default=None)
    """The speech engine to use for speech recognition."""
    ai_summary_prompt: str | None = Field(default=None)
    """The AI prompt that instructs how to summarize the conversation when `ai_summary` is enabled."""


class TranscribeStop(_SpecModel):
    """Stop the transcription currently running on the call, started with `transcribe`.
    No parameters are required."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_TranscribeStop)


class TranscribeSummarizeAction(_SpecModel):
    """The ``TranscribeSummarizeAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_TranscribeSummarizeAction)
    summarize: TranscribeSummarizeActionSummarize
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""


class TranscribeSummarizeActionSummarize(_SpecModel):
    """Summarizes the conversation as an object, allowing you to specify the webhook url and prompt for the summary."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_TranscribeSummarizeActionSummarize)
    webhook: str | None = Field(default=None)
    """The webhook URL to be called."""
    prompt: str | None = Field(default=None)
    """The prompt for summarization."""


class Transfer(_SpecModel):
    """Transfer the execution of the script to a different SWML section, URL, or Relay application.
    Once the transfer is complete, the script will continue executing SWML from the new location."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Transfer)
    dest: str
    """Specifies where to transfer to. The value can be one of:
    - <section_name> - section in the SWML document to jump to
    - A URL (http or https) - URL to fetch next document from. Sends HTTP POST.
      Authentication can also be set in the URL in the format of username:password@url.
    - An inline SWML document (as a JSON string)"""
    params: dict[str, Any] | None = Field(default=None)
    """Named parameters to send to transfer destination.
    Accepts an object mapping variable names to values.
    Default is not set."""
    meta: dict[str, Any] | None = Field(default=None)
    """User data, ignored by SignalWire.
    Accepts an object mapping variable names to values.
    Default is not set."""


class TurnFillers(_SpecModel):
    """Backchannel phrases keyed by language code, one array per language. A single phrase is
    picked from the matching array at random.

    The agent looks for an entry matching the language being spoken, then `default`, and plays
    nothing when neither is set. There is no `auto` key here: these phrases are never
    translated on the fly, because they have to be ready to play immediately.
    The codes listed here are the ones in common use, not a closed list."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_TurnFillers)
    __wire_names__: ClassVar[dict[str, str]] = {
        "zh_cn": "zh-CN",
        "zh_hans": "zh-Hans",
        "zh_tw": "zh-TW",
        "zh_hant": "zh-Hant",
        "zh_hk": "zh-HK",
        "da_dk": "da-DK",
        "en_us": "en-US",
        "en_gb": "en-GB",
        "en_nz": "en-NZ",
        "en_in": "en-IN",
        "en_au": "en-AU",
        "nl_be": "nl-BE",
        "fr_ca": "fr-CA",
        "de_ch": "de-CH",
        "ko_kr": "ko-KR",
        "pt_br": "pt-BR",
        "pt_pt": "pt-PT",
        "es_419": "es-419",
        "sv_se": "sv-SE",
        "th_th": "th-TH",
    }
    default: list[str] | None = Field(default=None)
    """Played when no entry matches the language being spoken."""
    bg: list[str] | None = Field(default=None)
    """Bulgarian"""
    ca: list[str] | None = Field(default=None)
    """Catalan"""
    zh: list[str] | None = Field(default=None)
    """Chinese (Simplified)"""
    zh_cn: list[str] | None = Field(default=None, alias="zh-CN")
    """Chinese (Simplified, China)"""
    zh_hans: list[str] | None = Field(default=None, alias="zh-Hans")
    """Chinese (Simplified Han)"""
    zh_tw: list[str] | None = Field(default=None, alias="zh-TW")
    """Chinese (Traditional, Taiwan)"""
    zh_hant: list[str] | None = Field(default=None, alias="zh-Hant")
    """Chinese (Traditional Han)"""
    zh_hk: list[str] | None = Field(default=None, alias="zh-HK")
    """Chinese (Traditional, Hong Kong)"""
    cs: list[str] | None = Field(default=None)
    """Czech"""
    da: list[str] | None = Field(default=None)
    """Danish"""
    da_dk: list[str] | None = Field(default=None, alias="da-DK")
    """Danish (Denmark)"""
    nl: list[str] | None = Field(default=None)
    """Dutch"""
    en: list[str] | None = Field(default=None)
    """English"""
    en_us: list[str] | None = Field(default=None, alias="en-US")
    """English (United States)"""
    en_gb: list[str] | None = Field(default=None, alias="en-GB")
    """English (United Kingdom)"""
    en_nz: list[str] | None = Field(default=None, alias="en-NZ")
    """English (New Zealand)"""
    en_in: list[str] | None = Field(default=None, alias="en-IN")
    """English (India)"""
    en_au: list[str] | None = Field(default=None, alias="en-AU")
    """English (Australia)"""
    et: list[str] | None = Field(default=None)
    """Estonian"""
    fi: list[str] | None = Field(default=None)
    """Finnish"""
    nl_be: list[str] | None = Field(default=None, alias="nl-BE")
    """Flemish (Belgian Dutch)"""
    fr: list[str] | None = Field(default=None)
    """French"""
    fr_ca: list[str] | None = Field(default=None, alias="fr-CA")
    """French (Canada)"""
    de: list[str] | None = Field(default=None)
    """German"""
    de_ch: list[str] | None = Field(default=None, alias="de-CH")
    """German (Switzerland)"""
    el: list[str] | None = Field(default=None)
    """Greek"""
    hi: list[str] | None = Field(default=None)
    """Hindi"""
    hu: list[str] | None = Field(default=None)
    """Hungarian"""
    id: list[str] | None = Field(default=None)
    """Indonesian"""
    it: list[str] | None = Field(default=None)
    """Italian"""
    ja: list[str] | None = Field(default=None)
    """Japanese"""
    ko: list[str] | None = Field(default=None)
    """Korean"""
    ko_kr: list[str] | None = Field(default=None, alias="ko-KR")
    """Korean (South Korea)"""
    lv: list[str] | None = Field(default=None)
    """Latvian"""
    lt: list[str] | None = Field(default=None)
    """Lithuanian"""
    ms: list[str] | None = Field(default=None)
    """Malay"""
    multi: list[str] | None = Field(default=None)
    """Used when the agent's language code is set to `multi`, which lets the speech recognition engine transcribe whichever of its supported languages the caller speaks."""
    no: list[str] | None = Field(default=None)
    """Norwegian"""
    pl: list[str] | None = Field(default=None)
    """Polish"""
    pt: list[str] | None = Field(default=None)
    """Portuguese"""
    pt_br: list[str] | None = Field(default=None, alias="pt-BR")
    """Portuguese (Brazil)"""
    pt_pt: list[str] | None = Field(default=None, alias="pt-PT")
    """Portuguese (Portugal)"""
    ro: list[str] | None = Field(default=None)
    """Romanian"""
    ru: list[str] | None = Field(default=None)
    """Russian"""
    sk: list[str] | None = Field(default=None)
    """Slovak"""
    es: list[str] | None = Field(default=None)
    """Spanish"""
    es_419: list[str] | None = Field(default=None, alias="es-419")
    """Spanish (Latin America)"""
    sv: list[str] | None = Field(default=None)
    """Swedish"""
    sv_se: list[str] | None = Field(default=None, alias="sv-SE")
    """Swedish (Sweden)"""
    th: list[str] | None = Field(default=None)
    """Thai"""
    th_th: list[str] | None = Field(default=None, alias="th-TH")
    """Thai (Thailand)"""
    tr: list[str] | None = Field(default=None)
    """Turkish"""
    uk: list[str] | None = Field(default=None)
    """Ukrainian"""
    vi: list[str] | None = Field(default=None)
    """Vietnamese"""


class UnsetGlobalData(_SpecModel):
    """The ``UnsetGlobalData`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UnsetGlobalData)


class UnsetGlobalDataAction(_SpecModel):
    """The ``UnsetGlobalDataAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UnsetGlobalDataAction)
    unset_global_data: str | UnsetGlobalData
    """The key of the global data to unset from the `global_data`. You can also reset the `global_data` by passing in a new object."""


class UnsetMetaData(_SpecModel):
    """The ``UnsetMetaData`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UnsetMetaData)


class UnsetMetaDataAction(_SpecModel):
    """The ``UnsetMetaDataAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UnsetMetaDataAction)
    unset_meta_data: str | UnsetMetaData
    """The key of the local data to unset from the `meta_data`. You can also reset the `meta_data` by passing in a new object."""


class UserEvent(_SpecModel):
    """Allows the user to set and send events to the connected client on the call.
    This is useful for triggering actions on the client side.
    Commonly used with the [browser-sdk](/docs/browser-sdk/v3/js/reference/signalwire/client).
    The event object can be any valid JSON object.
    Any key-value pair in the object is sent to the client as an event type called `user_event`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UserEvent)
    event: dict[str, Any]


class UserInputAction(_SpecModel):
    """The ``UserInputAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UserInputAction)
    user_input: str
    """Used to inject text into the users queue as if they input the data themselves."""


class UserSWAIGFunction(_SpecModel):
    """The ``UserSWAIGFunction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_UserSWAIGFunction)
    description: str
    """A description of the context and purpose of the function, to explain to the agent when to use it."""
    purpose: str | None = Field(default=None, deprecated=True)
    """The purpose field has been deprecated and is replaced by the `description` field.
    A description of the context and purpose of the function, to explain to the agent when to use it."""
    parameters: FunctionParameters | None = Field(default=None)
    """A JSON object that defines the expected user input parameters and their validation rules for the function."""
    fillers: FunctionFillers | None = Field(default=None)
    """A JSON object defining the fillers that should be played when calling a `swaig function`. This helps the AI break silence between responses. The filler is played asynchronously during the function call."""
    argument: FunctionParameters | None = Field(default=None, deprecated=True)
    """The argument field has been deprecated and is replaced by the `parameters` field.
    A JSON object defining the input that should be passed to the function.
    The fields of this object are the following two parameters."""
    active: bool | str | None = Field(default=None)
    """Whether the function is active. **Default:** `true`."""
    meta_data: dict[str, Any] | None = Field(default=None)
    """A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script or from the SWML set_meta_data action.
    This data can be referenced locally to the function.
    All contained information can be accessed and expanded within the prompt - for example, by using a template string.
    Default is not set."""
    meta_data_token: str | None = Field(default=None)
    """Scoping token for meta_data. If not supplied, metadata will be scoped to function's `web_hook_url`. Default is set by SignalWire."""
    data_map: DataMap | None = Field(default=None)
    """An object that processes function inputs and executes operations through expressions, webhooks, or direct output.
    Properties are evaluated in strict priority order:
    1. expressions
    2. webhooks
    3. output

    Evaluation stops at the first property that returns a valid output result, similar to a return statement in a function.
    Any subsequent properties are ignored when a valid output is returned.
    If a valid output is not returned from any of the properties, a generic error message is returned."""
    skip_fillers: bool | str | None = Field(default=None)
    """Skips the top-level fillers specified in `ai.languages` (which includes `speech_fillers` and `function_fillers`).
    When set to `true`, only function-specific fillers defined directly on `SWAIG.functions.fillers` will play.
    **Default:** `false`."""
    web_hook_url: str | None = Field(default=None)
    """Function-specific URL to send status callbacks and reports to. Takes precedence over a default setting. Authentication can also be set in the url in the format of `username:password@url.`"""
    wait_file: str | None = Field(default=None)
    """A file to play while the function is running. `wait_file_loops` can specify the amount of times that files should continously play. Default is not set."""
    wait_file_loops: int | str | None = Field(default=None)
    """The number of times to loop playing the file. Default is not set."""
    wait_for_fillers: bool | str | None = Field(default=None)
    """Whether to wait for fillers to finish playing before continuing with the function. **Default:** `false`."""
    function: str
    """A unique name for the function. This can be any user-defined string or can reference a reserved function. Reserved functions are SignalWire functions that will be executed at certain points in the conversation."""


class WaitForUserAction(_SpecModel):
    """The ``WaitForUserAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_WaitForUserAction)
    wait_for_user: bool | int | Literal["answer_first"]
    """Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting."""


class Webhook(_SpecModel):
    """The ``Webhook`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Webhook)
    expressions: list[Expression] | None = Field(default=None)
    """A list of expressions to be evaluated upon matching.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""
    error_keys: str | list[str] | None = Field(default=None)
    """A string or array of strings that represent the keys to be used for error handling. This will match the key(s) in the response from the API call."""
    url: str
    """The endpoint for the external service or API."""
    foreach: Foreach | None = Field(default=None)
    """Iterates over an array of objects and processes a output based on each element in the array. Works similarly to JavaScript's forEach method.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""
    headers: dict[str, Any] | None = Field(default=None)
    """Any necessary headers for the API call."""
    method: Method | None = Field(default=None)
    """The HTTP method (GET, POST, etc.) for the API call."""
    input_args_as_params: bool | str | None = Field(default=None)
    """A boolean to determine if the input arguments should be passed as parameters."""
    params: dict[str, Any] | None = Field(default=None)
    """An object of any necessary parameters for the API call. The key is the parameter name and the value is the parameter value."""
    require_args: str | list[str] | None = Field(default=None)
    """A string or array of strings that represent the `arguments` that are required to make the webhook request."""
    output: Output | None = Field(default=None)
    """An object that contains a response and a list of actions to be performed upon completion of the webhook request.
    If the following properties are set (foreach, expressions, output), they will be processed in the following order:
    1. foreach
    2. expressions
    3. output"""


__all__ = [
    "SWAIG",
    "AIObject",
    "AIParams",
    "AIPostPromptPom",
    "AIPostPromptText",
    "AIPromptPom",
    "AIPromptText",
    "AISidecarArrayParam",
    "AISidecarBooleanParam",
    "AISidecarFunctionParameters",
    "AISidecarIntegerParam",
    "AISidecarNumberParam",
    "AISidecarObject",
    "AISidecarObjectParam",
    "AISidecarParams",
    "AISidecarPermissions",
    "AISidecarPromptFile",
    "AISidecarPromptPom",
    "AISidecarPromptText",
    "AISidecarSWAIG",
    "AISidecarSWAIGDefaults",
    "AISidecarSWAIGFunction",
    "AISidecarStringParam",
    "AISidecarSummarizeAction",
    "AISidecarSummarizeActionSummarize",
    "AddDynamicHintsAction",
    "AllOfProperty",
    "AmazonBedrockObject",
    "Answer",
    "AnyOfProperty",
    "ArrayProperty",
    "BedrockDataMap",
    "BedrockExpression",
    "BedrockOutput",
    "BedrockParams",
    "BedrockSWAIG",
    "BedrockSWAIGFunction1",
    "BedrockSWAIGFunction2",
    "BedrockSWAIGFunction3",
    "BedrockSWAIGFunction4",
    "BedrockWebhook",
    "BooleanProperty",
    "ChangeContextAction",
    "ChangeStepAction",
    "ChangeVoiceAction",
    "ClearDynamicHints",
    "ClearDynamicHintsAction",
    "CondElse",
    "CondReg",
    "ConnectDestination",
    "ConnectDeviceParallel",
    "ConnectDeviceSerial",
    "ConnectDeviceSerialParallel",
    "ConnectDeviceSingle",
    "ConnectHeaders",
    "ConnectSwitch",
    "ConstProperty",
    "ContextPOMSteps",
    "ContextSwitch",
    "ContextSwitchAction",
    "ContextTextSteps",
    "Contexts",
    "ContextsPOMObject",
    "ContextsTextObject",
    "ConversationMessage",
    "DataMap",
    "Denoise",
    "DetectMachine",
    "DynamicHint",
    "EndOfSpeechTimeoutAction",
    "EnterQueueObject",
    "Execute",
    "ExecuteRpc",
    "ExecuteSwitch",
    "Expression",
    "ExtensiveDataAction",
    "Foreach",
    "FunctionFillers",
    "FunctionParameters",
    "FunctionsOnSpeakerTimeoutAction",
    "Goto",
    "HangUpHookSWAIGFunction",
    "Hangup",
    "HangupAction",
    "Hint",
    "Hold",
    "HoldAction",
    "Inject",
    "InjectAction",
    "IntegerProperty",
    "JoinConference",
    "JoinConferenceStream",
    "JoinRoom",
    "LanguageParams",
    "Languages",
    "LiveTranscribe",
    "LiveTranslate",
    "MCPServer",
    "Multilingual",
    "MultilingualLanguage",
    "NullProperty",
    "NumberProperty",
    "ObjectProperty",
    "OmitPropertiesBedrockPostPomptTextOmittedPromptProps",
    "OmitPropertiesBedrockPostPromptPomOmittedPromptProps",
    "OmitPropertiesBedrockPromptPomOmittedPromptProps",
    "OmitPropertiesBedrockPromptTextOmittedPromptProps",
    "OneOfProperty",
    "Output",
    "Pay",
    "PayParameters",
    "PayPromptPlayAction",
    "PayPromptSayAction",
    "PayPrompts",
    "PlayWithURL",
    "PlayWithURLS",
    "PlaybackBGAction",
    "PlaybackBg",
    "PomSectionBodyContent",
    "PomSectionBulletsContent",
    "Prompt",
    "Pronounce",
    "ReceiveFax",
    "RecordArgument",
    "RecordCall",
    "ReplaceInHistoryAction",
    "Request",
    "SMSWithBody",
    "SMSWithMedia",
    "SWAIGDefaults",
    "SWAIGIncludes",
    "SWAIGInternalFiller",
    "SWMLAction",
    "SWMLObject",
    "SayAction",
    "Section",
    "SendDigits",
    "SendFax",
    "SetGlobalDataAction",
    "SetMetaDataAction",
    "Settings",
    "SettingsAction",
    "SipRefer",
    "Sleep",
    "SpeechEventTimeoutAction",
    "StartAction",
    "StartActionStart",
    "StartUpHookSWAIGFunction",
    "StopAction",
    "StopDenoise",
    "StopPlaybackBGAction",
    "StopRecordCall",
    "StopStream",
    "StopTap",
    "Stream",
    "StringProperty",
    "SummarizeAction",
    "SummarizeActionSummarize",
    "SummarizeConversationSWAIGFunction",
    "SwaigToolResult",
    "Switch",
    "SwitchArgument",
    "Tap",
    "ToggleFunctionsAction",
    "ToggleFunctionsItem",
    "Transcribe",
    "TranscribeStartAction",
    "TranscribeStartActionStart",
    "TranscribeStop",
    "TranscribeSummarizeAction",
    "TranscribeSummarizeActionSummarize",
    "Transfer",
    "TurnFillers",
    "UnsetGlobalData",
    "UnsetGlobalDataAction",
    "UnsetMetaData",
    "UnsetMetaDataAction",
    "UserEvent",
    "UserInputAction",
    "UserSWAIGFunction",
    "WaitForUserAction",
    "Webhook",
]
