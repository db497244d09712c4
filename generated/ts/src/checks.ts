// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1

/**
 * Checkers for every object, union and verb of the spec, each `(value, path) => JSON copy`.
 *
 * A checker throws `Invalid(path, value, expected)` for the first fault it finds; the chaining
 * methods of `SWML` and `FunctionResult` turn that into `InvalidArgumentError`; `validate` reads
 * the constants too. Internal: the package exports the methods, not these.
 */

import {
  Invalid,
  MISSING,
  asList,
  asObject,
  byCodePoint,
  cpLength,
  ecmaPattern,
  firstOf,
  isBlank,
  isInteger,
  isNumber,
  isPlainObject,
  isVar,
  joinValues,
  jsonCopy,
  missingKey,
  own,
  pickVariant,
  pyRepr,
  setKey,
  unknownKeys,
  urlPattern,
} from "./runtime.js";
import type { Checker, JsonObject, JsonValue, Variant } from "./runtime.js";

export const E_Beep = new Set(["false", "onEnter", "onExit", "true"]);
export const E_CallStatus = new Set(["answered", "created", "ended", "ringing"]);
export const E_CallbackEventType = new Set(["cxml", "laml", "relay"]);
export const E_Codec = new Set(["PCMA", "PCMU"]);
export const E_ConversationRole = new Set(["assistant", "system", "user"]);
export const E_Direction = new Set(["inbound", "outbound"]);
export const E_Emotion = new Set([
  "angry",
  "disgusted",
  "fearful",
  "happy",
  "neutral",
  "sad",
  "surprised",
]);
export const E_EnableTextNormalization = new Set([
  "both",
  "false",
  "heard",
  "none",
  "off",
  "on",
  "spoken",
  "true",
]);
export const E_Encryption = new Set(["forbidden", "mandatory", "optional"]);
export const E_Format = new Set(["mp3", "mp4", "wav"]);
export const E_HttpMethod = new Set(["GET", "POST"]);
export const E_Method = new Set(["DELETE", "GET", "POST", "PUT"]);
export const E_PomFormat = new Set(["markdown", "xml"]);
export const E_Reason = new Set(["busy", "decline", "hangup"]);
export const E_Record = new Set(["do-not-record", "record-from-start"]);
export const E_RecordCallDirection = new Set(["both", "listen", "speak"]);
export const E_RecordDirection = new Set(["listen", "speak"]);
export const E_RecordingStatusCallbackEvent = new Set(["absent", "completed", "in-progress"]);
export const E_Region = new Set(["ch", "eu", "global", "us"]);
export const E_SWAIGNativeFunction = new Set([
  "adjust_response_latency",
  "check_time",
  "wait_for_user",
  "wait_seconds",
]);
export const E_SpeechEngine = new Set(["deepgram", "google"]);
export const E_StatusCallbackEvent = new Set([
  "announcement",
  "end",
  "hold",
  "join",
  "leave",
  "modify",
  "mute",
  "speaker",
  "start",
]);
export const E_StatusUrlMethod = new Set(["GET", "POST"]);
export const E_StringFormat = new Set([
  "date",
  "date_time",
  "duration",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "time",
  "uri",
  "uuid",
]);
export const E_SummaryMode = new Set(["original", "string"]);
export const E_TapDirection = new Set(["both", "listen", "speak"]);
export const E_TokenType = new Set(["one-time", "reusable"]);
export const E_Tone = new Set(["CED", "CNG"]);
export const E_Track = new Set(["both_tracks", "inbound_track", "outbound_track"]);
export const E_TranscribeDirection = new Set(["local-caller", "remote-caller"]);
export const E_TranslateDirection = new Set(["local-caller", "remote-caller"]);
export const E_TranslationFilterPreset = new Set([
  "gen-z",
  "polite",
  "professional",
  "rude",
  "shakespeare",
]);
export const E_Trim = new Set(["do-not-trim", "trim-silence"]);
export const E_TtsNumberFormat = new Set(["international", "national"]);
export const E_VoiceId = new Set(["amy", "carlos", "lupe", "matthew", "tiffany"]);
export const KEYS_AIObject = new Set([
  "SWAIG",
  "global_data",
  "hints",
  "languages",
  "multilingual",
  "params",
  "post_prompt",
  "post_prompt_url",
  "prompt",
  "pronounce",
]);
export const KEYS_AIParams = new Set([
  "acknowledge_interruptions",
  "ai_model",
  "ai_name",
  "ai_volume",
  "app_name",
  "asr_diarize",
  "asr_smart_format",
  "asr_speaker_affinity",
  "attention_timeout",
  "attention_timeout_prompt",
  "audible_debug",
  "audible_latency",
  "auto_correct",
  "background_file",
  "background_file_loops",
  "background_file_volume",
  "barge_functions",
  "barge_match_string",
  "barge_min_words",
  "cache_mode",
  "conscience",
  "conversation_id",
  "conversation_sliding_window",
  "convo",
  "debug",
  "debug_webhook_level",
  "debug_webhook_url",
  "digit_terminators",
  "digit_timeout",
  "direction",
  "eleven_labs_similarity",
  "eleven_labs_stability",
  "enable_accounting",
  "enable_barge",
  "enable_inner_dialog",
  "enable_pause",
  "enable_text_normalization",
  "enable_thinking",
  "enable_turn_detection",
  "enable_vision",
  "end_of_speech_timeout",
  "energy_level",
  "first_word_timeout",
  "function_wait_for_talking",
  "functions_on_no_response",
  "hard_stop_prompt",
  "hard_stop_time",
  "hold_music",
  "hold_on_process",
  "inactivity_timeout",
  "initial_sleep_ms",
  "inner_dialog_model",
  "inner_dialog_prompt",
  "inner_dialog_synced",
  "input_poll_freq",
  "interrupt_on_noise",
  "interrupt_prompt",
  "languages_enabled",
  "llm_diarize_aware",
  "local_tz",
  "max_emotion",
  "max_response_tokens",
  "openai_asr_engine",
  "outbound_attention_timeout",
  "persist_global_data",
  "pom_format",
  "redact_prompt",
  "save_conversation",
  "speak_when_spoken_to",
  "speech_event_timeout",
  "speech_gen_quick_stops",
  "speech_timeout",
  "start_paused",
  "static_greeting",
  "static_greeting_no_barge",
  "summary_mode",
  "swaig_allow_settings",
  "swaig_allow_swml",
  "swaig_post_conversation",
  "swaig_post_swml_vars",
  "swaig_set_global_data",
  "thinking_model",
  "transfer_summary",
  "transparent_barge",
  "transparent_barge_max_time",
  "tts_number_format",
  "turn_detection_timeout",
  "turn_filler_every_n",
  "turn_filler_min_ms",
  "turn_filler_sources",
  "utility_model",
  "vad_config",
  "verbose_logs",
  "video_idle_file",
  "video_listening_file",
  "video_talking_file",
  "vision_model",
  "wait_for_user",
  "wake_prefix",
]);
export const KEYS_AIPostPromptPom = new Set([
  "confidence",
  "frequency_penalty",
  "max_tokens",
  "pom",
  "presence_penalty",
  "temperature",
  "top_p",
]);
export const KEYS_AIPostPromptText = new Set([
  "confidence",
  "frequency_penalty",
  "max_tokens",
  "presence_penalty",
  "temperature",
  "text",
  "top_p",
]);
export const KEYS_AIPromptPom = new Set([
  "confidence",
  "contexts",
  "frequency_penalty",
  "max_tokens",
  "pom",
  "presence_penalty",
  "temperature",
  "top_p",
]);
export const KEYS_AIPromptText = new Set([
  "confidence",
  "contexts",
  "frequency_penalty",
  "max_tokens",
  "presence_penalty",
  "temperature",
  "text",
  "top_p",
]);
export const KEYS_AISidecarArrayParam = new Set(["description", "items", "type"]);
export const KEYS_AISidecarBooleanParam = new Set(["default", "description", "type"]);
export const KEYS_AISidecarFunctionParameters = new Set(["properties", "required", "type"]);
export const KEYS_AISidecarIntegerParam = new Set(["default", "description", "enum", "type"]);
export const KEYS_AISidecarNumberParam = new Set(["default", "description", "enum", "type"]);
export const KEYS_AISidecarObject = new Set([
  "SWAIG",
  "action",
  "customer_role",
  "direction",
  "global_data",
  "hints",
  "lang",
  "model",
  "params",
  "permissions",
  "prompt",
  "url",
]);
export const KEYS_AISidecarObjectParam = new Set(["description", "properties", "required", "type"]);
export const KEYS_AISidecarParams = new Set([
  "act_on_channel",
  "ai_summary",
  "ai_summary_prompt",
  "debug",
  "debug_level",
  "final_summary",
  "idle_timeout_ms",
  "live_events",
  "max_history_tokens",
  "max_iters_per_tick",
  "min_interval_ms",
  "speech_engine",
  "speech_timeout",
  "summary_model",
  "transcribe_prompt",
  "vad_silence_ms",
  "vad_thresh",
  "verbose_utterances",
]);
export const KEYS_AISidecarPermissions = new Set([
  "swaig_allow_settings",
  "swaig_allow_swml",
  "swaig_set_global_data",
]);
export const KEYS_AISidecarPromptFile = new Set(["file"]);
export const KEYS_AISidecarPromptPom = new Set(["pom"]);
export const KEYS_AISidecarPromptText = new Set(["text"]);
export const KEYS_AISidecarSWAIG = new Set(["defaults", "functions", "mcp_servers"]);
export const KEYS_AISidecarSWAIGDefaults = new Set([
  "web_hook_auth_password",
  "web_hook_auth_user",
  "web_hook_url",
]);
export const KEYS_AISidecarSWAIGFunction = new Set([
  "description",
  "function",
  "parameters",
  "purpose",
  "web_hook_auth_password",
  "web_hook_auth_user",
  "web_hook_url",
]);
export const KEYS_AISidecarStringParam = new Set(["default", "description", "enum", "type"]);
export const KEYS_AISidecarSummarizeAction = new Set(["summarize"]);
export const KEYS_AISidecarSummarizeActionSummarize = new Set(["prompt", "webhook"]);
export const KEYS_AddDynamicHintsAction = new Set(["add_dynamic_hints"]);
export const KEYS_AllOfProperty = new Set(["allOf"]);
export const KEYS_AmazonBedrockObject = new Set([
  "SWAIG",
  "global_data",
  "params",
  "post_prompt",
  "post_prompt_url",
  "prompt",
]);
export const KEYS_Answer = new Set(["codecs", "max_duration", "password", "username"]);
export const KEYS_AnyOfProperty = new Set(["anyOf"]);
export const KEYS_ArrayProperty = new Set(["default", "description", "items", "nullable", "type"]);
export const KEYS_BedrockDataMap = new Set(["expressions", "output", "webhooks"]);
export const KEYS_BedrockExpression = new Set(["output", "pattern", "string"]);
export const KEYS_BedrockOutput = new Set(["action", "response"]);
export const KEYS_BedrockParams = new Set([
  "attention_timeout",
  "hard_stop_prompt",
  "hard_stop_time",
  "inactivity_timeout",
  "video_idle_file",
  "video_listening_file",
  "video_talking_file",
]);
export const KEYS_BedrockSWAIG = new Set(["defaults", "functions"]);
export const KEYS_BedrockSWAIGFunction1 = new Set([
  "active",
  "data_map",
  "description",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "web_hook_url",
]);
export const KEYS_BedrockSWAIGFunction2 = new Set([
  "active",
  "data_map",
  "description",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "web_hook_url",
]);
export const KEYS_BedrockSWAIGFunction3 = new Set([
  "active",
  "data_map",
  "description",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "web_hook_url",
]);
export const KEYS_BedrockSWAIGFunction4 = new Set([
  "active",
  "data_map",
  "description",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "web_hook_url",
]);
export const KEYS_BedrockWebhook = new Set([
  "error_keys",
  "expressions",
  "foreach",
  "headers",
  "input_args_as_params",
  "method",
  "output",
  "params",
  "require_args",
  "url",
]);
export const KEYS_BooleanProperty = new Set(["default", "description", "nullable", "type"]);
export const KEYS_ChangeContextAction = new Set(["change_context"]);
export const KEYS_ChangeStepAction = new Set(["change_step"]);
export const KEYS_ChangeVoiceAction = new Set(["change_voice"]);
export const KEYS_ClearDynamicHints = new Set<string>();
export const KEYS_ClearDynamicHintsAction = new Set(["clear_dynamic_hints"]);
export const KEYS_CondElse = new Set(["else"]);
export const KEYS_CondReg = new Set(["else", "then", "when"]);
export const KEYS_ConnectDestination = new Set([
  "authorization_bearer_token",
  "call_state_events",
  "call_state_url",
  "codec",
  "codecs",
  "confirm",
  "confirm_timeout",
  "custom_parameters",
  "encryption",
  "from",
  "from_name",
  "headers",
  "name",
  "password",
  "realtime",
  "session_timeout",
  "status_url_method",
  "timeout",
  "to",
  "username",
  "webrtc_media",
]);
export const KEYS_ConnectDeviceParallel = new Set([
  "answer_on_bridge",
  "call_state_events",
  "call_state_url",
  "codecs",
  "confirm",
  "confirm_timeout",
  "encryption",
  "from",
  "from_name",
  "headers",
  "max_duration",
  "parallel",
  "result",
  "ringback",
  "session_timeout",
  "status_url",
  "timeout",
  "transfer_after_bridge",
  "webrtc_media",
]);
export const KEYS_ConnectDeviceSerial = new Set([
  "answer_on_bridge",
  "call_state_events",
  "call_state_url",
  "codecs",
  "confirm",
  "confirm_timeout",
  "encryption",
  "from",
  "from_name",
  "headers",
  "max_duration",
  "result",
  "ringback",
  "serial",
  "session_timeout",
  "status_url",
  "timeout",
  "transfer_after_bridge",
  "webrtc_media",
]);
export const KEYS_ConnectDeviceSerialParallel = new Set([
  "answer_on_bridge",
  "call_state_events",
  "call_state_url",
  "codecs",
  "confirm",
  "confirm_timeout",
  "encryption",
  "from",
  "from_name",
  "headers",
  "max_duration",
  "result",
  "ringback",
  "serial_parallel",
  "session_timeout",
  "status_url",
  "timeout",
  "transfer_after_bridge",
  "webrtc_media",
]);
export const KEYS_ConnectDeviceSingle = new Set([
  "answer_on_bridge",
  "authorization_bearer_token",
  "call_state_events",
  "call_state_url",
  "codec",
  "codecs",
  "confirm",
  "confirm_timeout",
  "custom_parameters",
  "encryption",
  "from",
  "from_name",
  "headers",
  "max_duration",
  "name",
  "password",
  "realtime",
  "result",
  "ringback",
  "session_timeout",
  "status_url",
  "status_url_method",
  "timeout",
  "to",
  "transfer_after_bridge",
  "username",
  "webrtc_media",
]);
export const KEYS_ConnectHeaders = new Set(["name", "value"]);
export const KEYS_ConnectSwitch = new Set(["case", "default", "variable"]);
export const KEYS_ConstProperty = new Set(["const"]);
export const KEYS_ContextPOMSteps = new Set([
  "end",
  "functions",
  "name",
  "pom",
  "skip_user_turn",
  "step_criteria",
  "valid_contexts",
  "valid_steps",
]);
export const KEYS_ContextSwitch = new Set([
  "consolidate",
  "full_reset",
  "system_prompt",
  "user_prompt",
]);
export const KEYS_ContextSwitchAction = new Set(["context_switch"]);
export const KEYS_ContextTextSteps = new Set([
  "end",
  "functions",
  "name",
  "skip_user_turn",
  "step_criteria",
  "text",
  "valid_contexts",
  "valid_steps",
]);
export const KEYS_Contexts = new Set(["default"]);
export const KEYS_ContextsPOMObject = new Set([
  "enter_fillers",
  "exit_fillers",
  "isolated",
  "pom",
  "steps",
]);
export const KEYS_ContextsTextObject = new Set([
  "enter_fillers",
  "exit_fillers",
  "isolated",
  "steps",
  "text",
]);
export const KEYS_ConversationMessage = new Set(["content", "lang", "role"]);
export const KEYS_DataMap = new Set(["expressions", "output", "webhooks"]);
export const KEYS_Denoise = new Set<string>();
export const KEYS_DetectMachine = new Set([
  "detect_message_end",
  "detectors",
  "end_silence_timeout",
  "initial_timeout",
  "machine_ready_timeout",
  "machine_voice_threshold",
  "machine_words_threshold",
  "status_url",
  "timeout",
  "tone",
  "wait",
]);
export const KEYS_DynamicHint = new Set(["ignore_case", "pattern", "replace"]);
export const KEYS_EndOfSpeechTimeoutAction = new Set(["end_of_speech_timeout"]);
export const KEYS_EnterQueueObject = new Set([
  "queue_name",
  "status_url",
  "transfer_after_bridge",
  "wait_time",
  "wait_url",
]);
export const KEYS_Execute = new Set(["dest", "meta", "on_return", "params", "result"]);
export const KEYS_ExecuteRpc = new Set(["call_id", "method", "node_id", "params"]);
export const KEYS_ExecuteSwitch = new Set(["case", "default", "variable"]);
export const KEYS_Expression = new Set(["output", "pattern", "string"]);
export const KEYS_ExtensiveDataAction = new Set(["extensive_data"]);
export const KEYS_Foreach = new Set(["append", "input_key", "max", "output_key"]);
export const KEYS_FunctionFillers = new Set([
  "auto",
  "bg",
  "ca",
  "cs",
  "da",
  "da-DK",
  "de",
  "de-CH",
  "default",
  "el",
  "en",
  "en-AU",
  "en-GB",
  "en-IN",
  "en-NZ",
  "en-US",
  "es",
  "es-419",
  "et",
  "fi",
  "fr",
  "fr-CA",
  "hi",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "ko-KR",
  "lt",
  "lv",
  "ms",
  "multi",
  "nl",
  "nl-BE",
  "no",
  "pl",
  "pt",
  "pt-BR",
  "pt-PT",
  "ro",
  "ru",
  "sk",
  "sv",
  "sv-SE",
  "th",
  "th-TH",
  "tr",
  "uk",
  "vi",
  "zh",
  "zh-CN",
  "zh-HK",
  "zh-Hans",
  "zh-Hant",
  "zh-TW",
]);
export const KEYS_FunctionParameters = new Set(["properties", "required", "type"]);
export const KEYS_FunctionsOnSpeakerTimeoutAction = new Set(["functions_on_speaker_timeout"]);
export const KEYS_Goto = new Set(["label", "max", "when"]);
export const KEYS_HangUpHookSWAIGFunction = new Set([
  "active",
  "argument",
  "data_map",
  "description",
  "fillers",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "purpose",
  "skip_fillers",
  "wait_file",
  "wait_file_loops",
  "wait_for_fillers",
  "web_hook_url",
]);
export const KEYS_Hangup = new Set(["reason"]);
export const KEYS_HangupAction = new Set(["hangup"]);
export const KEYS_Hint = new Set(["hint", "ignore_case", "pattern", "replace"]);
export const KEYS_Hold = new Set(["timeout"]);
export const KEYS_HoldAction = new Set(["hold"]);
export const KEYS_Inject = new Set(["direction", "message"]);
export const KEYS_InjectAction = new Set(["inject"]);
export const KEYS_IntegerProperty = new Set(["default", "description", "enum", "nullable", "type"]);
export const KEYS_JoinConference = new Set([
  "beep",
  "coach",
  "end_on_exit",
  "max_participants",
  "muted",
  "name",
  "record",
  "recording_status_callback",
  "recording_status_callback_event",
  "recording_status_callback_event_type",
  "recording_status_callback_method",
  "region",
  "result",
  "start_on_enter",
  "status_callback",
  "status_callback_event",
  "status_callback_event_type",
  "status_callback_method",
  "stream",
  "trim",
  "wait_url",
]);
export const KEYS_JoinConferenceStream = new Set([
  "authorization_bearer_token",
  "codec",
  "custom_parameters",
  "name",
  "realtime",
  "status_url",
  "status_url_method",
  "url",
]);
export const KEYS_JoinRoom = new Set(["name"]);
export const KEYS_LanguageParams = new Set([
  "emotion",
  "pitch",
  "similarity",
  "speakingRate",
  "speed",
  "stability",
  "temperature",
  "vol",
]);
export const KEYS_Languages = new Set([
  "auto_emotion",
  "auto_speed",
  "code",
  "engine",
  "fillers",
  "function_fillers",
  "listen_language",
  "model",
  "name",
  "params",
  "pronounce",
  "speech_fillers",
  "turn_fillers",
  "voice",
]);
export const KEYS_LiveTranscribe = new Set(["action"]);
export const KEYS_LiveTranslate = new Set(["action"]);
export const KEYS_MCPServer = new Set(["headers", "resource_vars", "resources", "url"]);
export const KEYS_Multilingual = new Set([
  "allowed",
  "engine",
  "fillers",
  "function_fillers",
  "languages",
  "min_switch_words",
  "model",
  "provider",
  "start_language",
  "turn_fillers",
]);
export const KEYS_MultilingualLanguage = new Set([
  "engine",
  "language",
  "model",
  "params",
  "voice",
]);
export const KEYS_NullProperty = new Set(["description", "type"]);
export const KEYS_NumberProperty = new Set(["default", "description", "enum", "nullable", "type"]);
export const KEYS_ObjectProperty = new Set([
  "default",
  "description",
  "nullable",
  "properties",
  "required",
  "type",
]);
export const KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps = new Set([
  "confidence",
  "frequency_penalty",
  "max_tokens",
  "presence_penalty",
  "temperature",
  "text",
  "top_p",
]);
export const KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps = new Set([
  "confidence",
  "frequency_penalty",
  "max_tokens",
  "pom",
  "presence_penalty",
  "temperature",
  "top_p",
]);
export const KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps = new Set([
  "confidence",
  "frequency_penalty",
  "max_tokens",
  "pom",
  "presence_penalty",
  "temperature",
  "top_p",
  "voice_id",
]);
export const KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps = new Set([
  "confidence",
  "frequency_penalty",
  "max_tokens",
  "presence_penalty",
  "temperature",
  "text",
  "top_p",
  "voice_id",
]);
export const KEYS_OneOfProperty = new Set(["oneOf"]);
export const KEYS_Output = new Set(["action", "post_process", "response"]);
export const KEYS_Pay = new Set([
  "charge_amount",
  "currency",
  "description",
  "input",
  "language",
  "max_attempts",
  "min_postal_code_length",
  "parameters",
  "payment_connector_url",
  "payment_method",
  "postal_code",
  "prompts",
  "security_code",
  "status_url",
  "timeout",
  "token_type",
  "valid_card_types",
  "voice",
]);
export const KEYS_PayParameters = new Set(["name", "value"]);
export const KEYS_PayPromptPlayAction = new Set(["phrase", "type"]);
export const KEYS_PayPromptSayAction = new Set(["phrase", "type"]);
export const KEYS_PayPrompts = new Set(["actions", "attempts", "card_type", "error_type", "for"]);
export const KEYS_PlayWithURL = new Set([
  "auto_answer",
  "say_gender",
  "say_language",
  "say_voice",
  "status_url",
  "url",
  "volume",
]);
export const KEYS_PlayWithURLS = new Set([
  "auto_answer",
  "say_gender",
  "say_language",
  "say_voice",
  "status_url",
  "urls",
  "volume",
]);
export const KEYS_PlaybackBGAction = new Set(["playback_bg"]);
export const KEYS_PlaybackBg = new Set(["file", "wait"]);
export const KEYS_PomSectionBodyContent = new Set([
  "body",
  "bullets",
  "numbered",
  "numberedBullets",
  "subsections",
  "title",
]);
export const KEYS_PomSectionBulletsContent = new Set([
  "body",
  "bullets",
  "numbered",
  "numberedBullets",
  "subsections",
  "title",
]);
export const KEYS_Prompt = new Set([
  "digit_timeout",
  "initial_timeout",
  "max_digits",
  "play",
  "say_gender",
  "say_language",
  "say_voice",
  "speech_end_timeout",
  "speech_engine",
  "speech_hints",
  "speech_language",
  "speech_timeout",
  "status_url",
  "terminators",
  "volume",
]);
export const KEYS_Pronounce = new Set(["ignore_case", "replace", "with"]);
export const KEYS_ReceiveFax = new Set(["status_url"]);
export const KEYS_RecordArgument = new Set([
  "beep",
  "direction",
  "end_silence_timeout",
  "format",
  "initial_timeout",
  "input_sensitivity",
  "max_length",
  "status_url",
  "stereo",
  "terminators",
]);
export const KEYS_RecordCall = new Set([
  "beep",
  "control_id",
  "direction",
  "end_silence_timeout",
  "format",
  "initial_timeout",
  "input_sensitivity",
  "max_length",
  "status_url",
  "stereo",
  "terminators",
]);
export const KEYS_ReplaceInHistoryAction = new Set(["replace_in_history"]);
export const KEYS_Request = new Set([
  "body",
  "connect_timeout",
  "headers",
  "method",
  "save_variables",
  "timeout",
  "url",
]);
export const KEYS_SMSWithBody = new Set([
  "body",
  "from_number",
  "region",
  "status_callback",
  "tags",
  "to_number",
]);
export const KEYS_SMSWithMedia = new Set([
  "body",
  "from_number",
  "media",
  "region",
  "status_callback",
  "tags",
  "to_number",
]);
export const KEYS_SWAIG = new Set([
  "defaults",
  "functions",
  "includes",
  "internal_fillers",
  "mcp_servers",
  "native_functions",
]);
export const KEYS_SWAIGDefaults = new Set(["web_hook_url"]);
export const KEYS_SWAIGIncludes = new Set(["functions", "meta_data", "url"]);
export const KEYS_SWAIGInternalFiller = new Set([
  "adjust_response_latency",
  "change_context",
  "check_time",
  "get_ideal_strategy",
  "get_visual_input",
  "next_step",
  "pause_conversation",
  "wait_for_user",
  "wait_seconds",
]);
export const KEYS_SWMLAction = new Set(["SWML", "transfer"]);
export const KEYS_SWMLObject = new Set(["sections", "version"]);
export const KEYS_SayAction = new Set(["say"]);
export const KEYS_Section = new Set(["main"]);
export const KEYS_SendDigits = new Set(["digits"]);
export const KEYS_SendFax = new Set(["document", "header_info", "identity", "status_url"]);
export const KEYS_SetGlobalDataAction = new Set(["set_global_data"]);
export const KEYS_SetMetaDataAction = new Set(["set_meta_data"]);
export const KEYS_Settings = new Set([
  "barge-confidence",
  "confidence",
  "frequency-penalty",
  "max-tokens",
  "presence-penalty",
  "temperature",
  "top-p",
]);
export const KEYS_SettingsAction = new Set(["settings"]);
export const KEYS_SipRefer = new Set(["password", "status_url", "to_uri", "username"]);
export const KEYS_Sleep = new Set(["duration"]);
export const KEYS_SpeechEventTimeoutAction = new Set(["speech_event_timeout"]);
export const KEYS_StartAction = new Set(["start"]);
export const KEYS_StartActionStart = new Set([
  "ai_summary",
  "ai_summary_prompt",
  "debug_level",
  "direction",
  "filter_from",
  "filter_to",
  "from_lang",
  "from_voice",
  "live_events",
  "speech_engine",
  "speech_timeout",
  "to_lang",
  "to_voice",
  "vad_silence_ms",
  "vad_thresh",
  "webhook",
]);
export const KEYS_StartUpHookSWAIGFunction = new Set([
  "active",
  "argument",
  "data_map",
  "description",
  "fillers",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "purpose",
  "skip_fillers",
  "wait_file",
  "wait_file_loops",
  "wait_for_fillers",
  "web_hook_url",
]);
export const KEYS_StopAction = new Set(["stop"]);
export const KEYS_StopDenoise = new Set<string>();
export const KEYS_StopPlaybackBGAction = new Set(["stop_playback_bg"]);
export const KEYS_StopRecordCall = new Set(["control_id"]);
export const KEYS_StopStream = new Set(["control_id"]);
export const KEYS_StopTap = new Set(["control_id"]);
export const KEYS_Stream = new Set([
  "authorization_bearer_token",
  "codec",
  "control_id",
  "custom_parameters",
  "name",
  "status_url",
  "status_url_method",
  "track",
  "url",
]);
export const KEYS_StringProperty = new Set([
  "default",
  "description",
  "enum",
  "format",
  "nullable",
  "pattern",
  "type",
]);
export const KEYS_SummarizeAction = new Set(["summarize"]);
export const KEYS_SummarizeActionSummarize = new Set(["prompt", "webhook"]);
export const KEYS_SummarizeConversationSWAIGFunction = new Set([
  "active",
  "argument",
  "data_map",
  "description",
  "fillers",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "purpose",
  "skip_fillers",
  "wait_file",
  "wait_file_loops",
  "wait_for_fillers",
  "web_hook_url",
]);
export const KEYS_SwaigToolResult = new Set(["tool_prompt", "tool_result"]);
export const KEYS_Switch = new Set(["case", "default", "variable"]);
export const KEYS_SwitchArgument = new Set(["case", "default", "variable"]);
export const KEYS_Tap = new Set([
  "codec",
  "control_id",
  "direction",
  "rtp_ptime",
  "status_url",
  "uri",
]);
export const KEYS_ToggleFunctionsAction = new Set(["toggle_functions"]);
export const KEYS_ToggleFunctionsItem = new Set(["active", "function"]);
export const KEYS_Transcribe = new Set(["status_url"]);
export const KEYS_TranscribeStartAction = new Set(["start"]);
export const KEYS_TranscribeStartActionStart = new Set([
  "ai_summary",
  "ai_summary_prompt",
  "debug_level",
  "direction",
  "lang",
  "live_events",
  "speech_engine",
  "speech_timeout",
  "vad_silence_ms",
  "vad_thresh",
  "webhook",
]);
export const KEYS_TranscribeStop = new Set<string>();
export const KEYS_TranscribeSummarizeAction = new Set(["summarize"]);
export const KEYS_TranscribeSummarizeActionSummarize = new Set(["prompt", "webhook"]);
export const KEYS_Transfer = new Set(["dest", "meta", "params"]);
export const KEYS_TurnFillers = new Set([
  "bg",
  "ca",
  "cs",
  "da",
  "da-DK",
  "de",
  "de-CH",
  "default",
  "el",
  "en",
  "en-AU",
  "en-GB",
  "en-IN",
  "en-NZ",
  "en-US",
  "es",
  "es-419",
  "et",
  "fi",
  "fr",
  "fr-CA",
  "hi",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "ko-KR",
  "lt",
  "lv",
  "ms",
  "multi",
  "nl",
  "nl-BE",
  "no",
  "pl",
  "pt",
  "pt-BR",
  "pt-PT",
  "ro",
  "ru",
  "sk",
  "sv",
  "sv-SE",
  "th",
  "th-TH",
  "tr",
  "uk",
  "vi",
  "zh",
  "zh-CN",
  "zh-HK",
  "zh-Hans",
  "zh-Hant",
  "zh-TW",
]);
export const KEYS_UnsetGlobalData = new Set<string>();
export const KEYS_UnsetGlobalDataAction = new Set(["unset_global_data"]);
export const KEYS_UnsetMetaData = new Set<string>();
export const KEYS_UnsetMetaDataAction = new Set(["unset_meta_data"]);
export const KEYS_UserEvent = new Set(["event"]);
export const KEYS_UserInputAction = new Set(["user_input"]);
export const KEYS_UserSWAIGFunction = new Set([
  "active",
  "argument",
  "data_map",
  "description",
  "fillers",
  "function",
  "meta_data",
  "meta_data_token",
  "parameters",
  "purpose",
  "skip_fillers",
  "wait_file",
  "wait_file_loops",
  "wait_for_fillers",
  "web_hook_url",
]);
export const KEYS_WaitForUserAction = new Set(["wait_for_user"]);
export const KEYS_Webhook = new Set([
  "error_keys",
  "expressions",
  "foreach",
  "headers",
  "input_args_as_params",
  "method",
  "output",
  "params",
  "require_args",
  "url",
]);
export const ONLY_ConnectDestination_confirm_list_item = new Set([
  "cond",
  "denoise",
  "hangup",
  "play",
  "prompt",
  "record",
  "record_call",
  "send_digits",
  "send_sms",
  "set",
  "stop_denoise",
  "stop_record_call",
  "stop_stream",
  "stop_tap",
  "stream",
  "tap",
  "unset",
]);
export const RE_0 = ecmaPattern("^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$");
export const RE_1 = ecmaPattern("\\S");
export const RE_2 = ecmaPattern("^(?!next$).*$");
export const RE_3 = ecmaPattern("^(http|https)://");
export const RE_4 = ecmaPattern(
  "^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$",
);
export const RE_5 = ecmaPattern("^prompt:.+$");
export const URL_HTTP_HTTPS = urlPattern("https?");
export const URL_WSS = urlPattern("wss");
export const VARIANTS_AIPostPromptText_or_AIPostPromptPom: readonly Variant[] = [
  ["AIPostPromptText", KEYS_AIPostPromptText, new Set(["text"]), true, checkAIPostPromptText],
  ["AIPostPromptPom", KEYS_AIPostPromptPom, new Set(["pom"]), true, checkAIPostPromptPom],
];
export const VARIANTS_AIPromptText_or_AIPromptPom: readonly Variant[] = [
  ["AIPromptText", KEYS_AIPromptText, new Set(["text"]), true, checkAIPromptText],
  ["AIPromptPom", KEYS_AIPromptPom, new Set(["pom"]), true, checkAIPromptPom],
];
export const VARIANTS_AISidecarObject_prompt: readonly Variant[] = [
  [
    "AISidecarPromptText",
    KEYS_AISidecarPromptText,
    new Set(["text"]),
    true,
    checkAISidecarPromptText,
  ],
  ["AISidecarPromptPom", KEYS_AISidecarPromptPom, new Set(["pom"]), true, checkAISidecarPromptPom],
  [
    "AISidecarPromptFile",
    KEYS_AISidecarPromptFile,
    new Set(["file"]),
    true,
    checkAISidecarPromptFile,
  ],
];
export const VARIANTS_AISidecarParamProperty: readonly Variant[] = [
  [
    "AISidecarStringParam",
    KEYS_AISidecarStringParam,
    new Set(["type"]),
    true,
    checkAISidecarStringParam,
  ],
  [
    "AISidecarIntegerParam",
    KEYS_AISidecarIntegerParam,
    new Set(["type"]),
    true,
    checkAISidecarIntegerParam,
  ],
  [
    "AISidecarNumberParam",
    KEYS_AISidecarNumberParam,
    new Set(["type"]),
    true,
    checkAISidecarNumberParam,
  ],
  [
    "AISidecarBooleanParam",
    KEYS_AISidecarBooleanParam,
    new Set(["type"]),
    true,
    checkAISidecarBooleanParam,
  ],
  [
    "AISidecarArrayParam",
    KEYS_AISidecarArrayParam,
    new Set(["items", "type"]),
    true,
    checkAISidecarArrayParam,
  ],
  [
    "AISidecarObjectParam",
    KEYS_AISidecarObjectParam,
    new Set(["type"]),
    true,
    checkAISidecarObjectParam,
  ],
];
export const VARIANTS_AmazonBedrockObject_post_prompt: readonly Variant[] = [
  [
    "OmitPropertiesBedrockPostPomptTextOmittedPromptProps",
    KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
    new Set(["text"]),
    true,
    checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps,
  ],
  [
    "OmitPropertiesBedrockPostPromptPomOmittedPromptProps",
    KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
    new Set(["pom"]),
    true,
    checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps,
  ],
];
export const VARIANTS_AmazonBedrockObject_prompt: readonly Variant[] = [
  [
    "OmitPropertiesBedrockPromptTextOmittedPromptProps",
    KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps,
    new Set(["text"]),
    true,
    checkOmitPropertiesBedrockPromptTextOmittedPromptProps,
  ],
  [
    "OmitPropertiesBedrockPromptPomOmittedPromptProps",
    KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
    new Set(["pom"]),
    true,
    checkOmitPropertiesBedrockPromptPomOmittedPromptProps,
  ],
];
export const VARIANTS_BedrockOutput_action: readonly Variant[] = [
  ["SWMLAction", KEYS_SWMLAction, new Set(["SWML"]), true, checkSWMLAction],
  [
    "ChangeContextAction",
    KEYS_ChangeContextAction,
    new Set(["change_context"]),
    true,
    checkChangeContextAction,
  ],
  [
    "ChangeStepAction",
    KEYS_ChangeStepAction,
    new Set(["change_step"]),
    true,
    checkChangeStepAction,
  ],
  [
    "ContextSwitchAction",
    KEYS_ContextSwitchAction,
    new Set(["context_switch"]),
    true,
    checkContextSwitchAction,
  ],
  ["HangupAction", KEYS_HangupAction, new Set(["hangup"]), true, checkHangupAction],
  ["HoldAction", KEYS_HoldAction, new Set(["hold"]), true, checkHoldAction],
  [
    "PlaybackBGAction",
    KEYS_PlaybackBGAction,
    new Set(["playback_bg"]),
    true,
    checkPlaybackBGAction,
  ],
  ["SayAction", KEYS_SayAction, new Set(["say"]), true, checkSayAction],
  [
    "SetGlobalDataAction",
    KEYS_SetGlobalDataAction,
    new Set(["set_global_data"]),
    true,
    checkSetGlobalDataAction,
  ],
  [
    "SetMetaDataAction",
    KEYS_SetMetaDataAction,
    new Set(["set_meta_data"]),
    true,
    checkSetMetaDataAction,
  ],
  ["StopAction", KEYS_StopAction, new Set(["stop"]), true, checkStopAction],
  [
    "StopPlaybackBGAction",
    KEYS_StopPlaybackBGAction,
    new Set(["stop_playback_bg"]),
    true,
    checkStopPlaybackBGAction,
  ],
  [
    "ToggleFunctionsAction",
    KEYS_ToggleFunctionsAction,
    new Set(["toggle_functions"]),
    true,
    checkToggleFunctionsAction,
  ],
  [
    "UnsetGlobalDataAction",
    KEYS_UnsetGlobalDataAction,
    new Set(["unset_global_data"]),
    true,
    checkUnsetGlobalDataAction,
  ],
  [
    "UnsetMetaDataAction",
    KEYS_UnsetMetaDataAction,
    new Set(["unset_meta_data"]),
    true,
    checkUnsetMetaDataAction,
  ],
  ["UserInputAction", KEYS_UserInputAction, new Set(["user_input"]), true, checkUserInputAction],
  [
    "WaitForUserAction",
    KEYS_WaitForUserAction,
    new Set(["wait_for_user"]),
    true,
    checkWaitForUserAction,
  ],
  [
    "AddDynamicHintsAction",
    KEYS_AddDynamicHintsAction,
    new Set(["add_dynamic_hints"]),
    true,
    checkAddDynamicHintsAction,
  ],
  [
    "ClearDynamicHintsAction",
    KEYS_ClearDynamicHintsAction,
    new Set(["clear_dynamic_hints"]),
    true,
    checkClearDynamicHintsAction,
  ],
  [
    "EndOfSpeechTimeoutAction",
    KEYS_EndOfSpeechTimeoutAction,
    new Set(["end_of_speech_timeout"]),
    true,
    checkEndOfSpeechTimeoutAction,
  ],
  [
    "SpeechEventTimeoutAction",
    KEYS_SpeechEventTimeoutAction,
    new Set(["speech_event_timeout"]),
    true,
    checkSpeechEventTimeoutAction,
  ],
  [
    "ChangeVoiceAction",
    KEYS_ChangeVoiceAction,
    new Set(["change_voice"]),
    true,
    checkChangeVoiceAction,
  ],
  [
    "FunctionsOnSpeakerTimeoutAction",
    KEYS_FunctionsOnSpeakerTimeoutAction,
    new Set(["functions_on_speaker_timeout"]),
    true,
    checkFunctionsOnSpeakerTimeoutAction,
  ],
  [
    "ExtensiveDataAction",
    KEYS_ExtensiveDataAction,
    new Set(["extensive_data"]),
    true,
    checkExtensiveDataAction,
  ],
  [
    "ReplaceInHistoryAction",
    KEYS_ReplaceInHistoryAction,
    new Set(["replace_in_history"]),
    true,
    checkReplaceInHistoryAction,
  ],
  ["SettingsAction", KEYS_SettingsAction, new Set(["settings"]), true, checkSettingsAction],
];
export const VARIANTS_BedrockSWAIG_functions_item: readonly Variant[] = [
  [
    "BedrockSWAIGFunction1",
    KEYS_BedrockSWAIGFunction1,
    new Set(["description", "function"]),
    true,
    checkBedrockSWAIGFunction1,
  ],
  [
    "BedrockSWAIGFunction2",
    KEYS_BedrockSWAIGFunction2,
    new Set(["description", "function"]),
    true,
    checkBedrockSWAIGFunction2,
  ],
  [
    "BedrockSWAIGFunction3",
    KEYS_BedrockSWAIGFunction3,
    new Set(["description", "function"]),
    true,
    checkBedrockSWAIGFunction3,
  ],
  [
    "BedrockSWAIGFunction4",
    KEYS_BedrockSWAIGFunction4,
    new Set(["description", "function"]),
    true,
    checkBedrockSWAIGFunction4,
  ],
];
export const VARIANTS_CondReg_or_CondElse: readonly Variant[] = [
  ["CondReg", KEYS_CondReg, new Set(["then", "when"]), true, checkCondReg],
  ["CondElse", KEYS_CondElse, new Set(["else"]), true, checkCondElse],
];
export const VARIANTS_ConnectDeviceParallel_result: readonly Variant[] = [
  ["ConnectSwitch", KEYS_ConnectSwitch, new Set(["case"]), true, checkConnectSwitch],
];
export const VARIANTS_ContextPOMSteps_or_ContextTextSteps: readonly Variant[] = [
  ["ContextPOMSteps", KEYS_ContextPOMSteps, new Set(["name", "pom"]), true, checkContextPOMSteps],
  [
    "ContextTextSteps",
    KEYS_ContextTextSteps,
    new Set(["name", "text"]),
    true,
    checkContextTextSteps,
  ],
];
export const VARIANTS_ContextsPOMObject_or_ContextsTextObject: readonly Variant[] = [
  ["ContextsPOMObject", KEYS_ContextsPOMObject, new Set(["steps"]), true, checkContextsPOMObject],
  [
    "ContextsTextObject",
    KEYS_ContextsTextObject,
    new Set(["steps"]),
    true,
    checkContextsTextObject,
  ],
];
export const VARIANTS_Execute_result: readonly Variant[] = [
  ["ExecuteSwitch", KEYS_ExecuteSwitch, new Set(["case"]), true, checkExecuteSwitch],
];
export const VARIANTS_HoldAction_hold: readonly Variant[] = [
  ["Hold", KEYS_Hold, new Set<string>(), true, checkHold],
];
export const VARIANTS_LiveTranscribe_action: readonly Variant[] = [
  [
    "TranscribeStartAction",
    KEYS_TranscribeStartAction,
    new Set(["start"]),
    true,
    checkTranscribeStartAction,
  ],
  [
    "TranscribeSummarizeAction",
    KEYS_TranscribeSummarizeAction,
    new Set(["summarize"]),
    true,
    checkTranscribeSummarizeAction,
  ],
];
export const VARIANTS_LiveTranslate_action: readonly Variant[] = [
  ["StartAction", KEYS_StartAction, new Set(["start"]), true, checkStartAction],
  ["SummarizeAction", KEYS_SummarizeAction, new Set(["summarize"]), true, checkSummarizeAction],
  ["InjectAction", KEYS_InjectAction, new Set(["inject"]), true, checkInjectAction],
];
export const VARIANTS_POM: readonly Variant[] = [
  [
    "PomSectionBodyContent",
    KEYS_PomSectionBodyContent,
    new Set(["body"]),
    true,
    checkPomSectionBodyContent,
  ],
  [
    "PomSectionBulletsContent",
    KEYS_PomSectionBulletsContent,
    new Set(["bullets"]),
    true,
    checkPomSectionBulletsContent,
  ],
];
export const VARIANTS_PayPrompts_actions_item: readonly Variant[] = [
  [
    "PayPromptSayAction",
    KEYS_PayPromptSayAction,
    new Set(["phrase", "type"]),
    true,
    checkPayPromptSayAction,
  ],
  [
    "PayPromptPlayAction",
    KEYS_PayPromptPlayAction,
    new Set(["phrase", "type"]),
    true,
    checkPayPromptPlayAction,
  ],
];
export const VARIANTS_PlayWithURL_or_PlayWithURLS: readonly Variant[] = [
  ["PlayWithURL", KEYS_PlayWithURL, new Set(["url"]), true, checkPlayWithURL],
  ["PlayWithURLS", KEYS_PlayWithURLS, new Set(["urls"]), true, checkPlayWithURLS],
];
export const VARIANTS_SMSWithBody_or_SMSWithMedia: readonly Variant[] = [
  [
    "SMSWithBody",
    KEYS_SMSWithBody,
    new Set(["body", "from_number", "to_number"]),
    true,
    checkSMSWithBody,
  ],
  [
    "SMSWithMedia",
    KEYS_SMSWithMedia,
    new Set(["from_number", "media", "to_number"]),
    true,
    checkSMSWithMedia,
  ],
];
export const VARIANTS_SWAIG_functions_item: readonly Variant[] = [
  [
    "UserSWAIGFunction",
    KEYS_UserSWAIGFunction,
    new Set(["description", "function"]),
    true,
    checkUserSWAIGFunction,
  ],
  [
    "StartUpHookSWAIGFunction",
    KEYS_StartUpHookSWAIGFunction,
    new Set(["description", "function"]),
    true,
    checkStartUpHookSWAIGFunction,
  ],
  [
    "HangUpHookSWAIGFunction",
    KEYS_HangUpHookSWAIGFunction,
    new Set(["description", "function"]),
    true,
    checkHangUpHookSWAIGFunction,
  ],
  [
    "SummarizeConversationSWAIGFunction",
    KEYS_SummarizeConversationSWAIGFunction,
    new Set(["description", "function"]),
    true,
    checkSummarizeConversationSWAIGFunction,
  ],
];
export const VARIANTS_SchemaType: readonly Variant[] = [
  ["StringProperty", KEYS_StringProperty, new Set(["type"]), true, checkStringProperty],
  ["IntegerProperty", KEYS_IntegerProperty, new Set(["type"]), true, checkIntegerProperty],
  ["NumberProperty", KEYS_NumberProperty, new Set(["type"]), true, checkNumberProperty],
  ["BooleanProperty", KEYS_BooleanProperty, new Set(["type"]), true, checkBooleanProperty],
  ["ArrayProperty", KEYS_ArrayProperty, new Set(["items", "type"]), true, checkArrayProperty],
  ["ObjectProperty", KEYS_ObjectProperty, new Set(["type"]), true, checkObjectProperty],
  ["NullProperty", KEYS_NullProperty, new Set(["description", "type"]), true, checkNullProperty],
  ["OneOfProperty", KEYS_OneOfProperty, new Set(["oneOf"]), true, checkOneOfProperty],
  ["AllOfProperty", KEYS_AllOfProperty, new Set(["allOf"]), true, checkAllOfProperty],
  ["AnyOfProperty", KEYS_AnyOfProperty, new Set(["anyOf"]), true, checkAnyOfProperty],
  ["ConstProperty", KEYS_ConstProperty, new Set(["const"]), true, checkConstProperty],
];
export const VARIANTS_Sleep_or_int_or_var: readonly Variant[] = [
  ["Sleep", KEYS_Sleep, new Set(["duration"]), true, checkSleep],
];
export const VARIANTS_Switch_or_list_of_CondReg_or_CondElse: readonly Variant[] = [
  ["Switch", KEYS_Switch, new Set(["case", "variable"]), true, checkSwitch],
];
export const VARIANTS_list_of_str_or_FunctionFillers: readonly Variant[] = [
  ["FunctionFillers", KEYS_FunctionFillers, new Set<string>(), false, checkFunctionFillers],
];
export const VARIANTS_list_of_str_or_TurnFillers: readonly Variant[] = [
  ["TurnFillers", KEYS_TurnFillers, new Set<string>(), false, checkTurnFillers],
];
export const VARIANTS_str_or_DynamicHint: readonly Variant[] = [
  ["DynamicHint", KEYS_DynamicHint, new Set(["pattern", "replace"]), true, checkDynamicHint],
];
export const VARIANTS_str_or_Hint: readonly Variant[] = [
  ["Hint", KEYS_Hint, new Set(["hint", "pattern", "replace"]), true, checkHint],
];
export const VARIANTS_str_or_SwaigToolResult: readonly Variant[] = [
  ["SwaigToolResult", KEYS_SwaigToolResult, new Set<string>(), true, checkSwaigToolResult],
];
export const VARIANTS_str_or_UnsetGlobalData: readonly Variant[] = [
  ["UnsetGlobalData", KEYS_UnsetGlobalData, new Set<string>(), true, checkUnsetGlobalData],
];
export const VARIANTS_str_or_UnsetMetaData: readonly Variant[] = [
  ["UnsetMetaData", KEYS_UnsetMetaData, new Set<string>(), true, checkUnsetMetaData],
];
export const VARIANTS_str_or_map_of_any: readonly Variant[] = [
  ["a JSON object", null, new Set<string>(), false, _map_of_any],
];
export const VARIANTS_verb_connect: readonly Variant[] = [
  [
    "ConnectDeviceSingle",
    KEYS_ConnectDeviceSingle,
    new Set(["to"]),
    true,
    checkConnectDeviceSingle,
  ],
  [
    "ConnectDeviceSerial",
    KEYS_ConnectDeviceSerial,
    new Set(["serial"]),
    true,
    checkConnectDeviceSerial,
  ],
  [
    "ConnectDeviceParallel",
    KEYS_ConnectDeviceParallel,
    new Set(["parallel"]),
    true,
    checkConnectDeviceParallel,
  ],
  [
    "ConnectDeviceSerialParallel",
    KEYS_ConnectDeviceSerialParallel,
    new Set(["serial_parallel"]),
    true,
    checkConnectDeviceSerialParallel,
  ],
];

// Checks #/$defs/AIObject
export function checkAIObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AIObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "prompt");
  if (x === undefined)
    missingKey(v, KEYS_AIObject, path, "prompt", "an AIPromptText object or an AIPromptPom object");
  out["prompt"] = _AIPromptText_or_AIPromptPom(x, path + ".prompt");
  x = own(v, "global_data");
  if (x !== undefined) {
    out["global_data"] = _map_of_any(x, path + ".global_data");
  }
  x = own(v, "hints");
  if (x !== undefined) {
    out["hints"] = _list_of_str_or_Hint(x, path + ".hints");
  }
  x = own(v, "languages");
  if (x !== undefined) {
    out["languages"] = _list_of_Languages(x, path + ".languages");
  }
  x = own(v, "multilingual");
  if (x !== undefined) {
    out["multilingual"] = checkMultilingual(x, path + ".multilingual");
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = checkAIParams(x, path + ".params");
  }
  x = own(v, "post_prompt");
  if (x !== undefined) {
    out["post_prompt"] = _AIPostPromptText_or_AIPostPromptPom(x, path + ".post_prompt");
  }
  x = own(v, "post_prompt_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".post_prompt_url", x, "a string");
    out["post_prompt_url"] = x as JsonValue;
  }
  x = own(v, "pronounce");
  if (x !== undefined) {
    out["pronounce"] = _list_of_Pronounce(x, path + ".pronounce");
  }
  x = own(v, "SWAIG");
  if (x !== undefined) {
    out["SWAIG"] = checkSWAIG(x, path + ".SWAIG");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AIObject, path);
  return out;
}

// Checks #/$defs/AIParams
export function checkAIParams(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AIParams object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "acknowledge_interruptions");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".acknowledge_interruptions",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["acknowledge_interruptions"] = x as JsonValue;
  }
  x = own(v, "ai_model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".ai_model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["ai_model"] = x as JsonValue;
  }
  x = own(v, "ai_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".ai_name", x, "a string");
    out["ai_name"] = x as JsonValue;
  }
  x = own(v, "ai_volume");
  if (x !== undefined) {
    if (!((isInteger(x) && -50 <= x && x <= 50) || isVar(x)))
      throw new Invalid(
        path + ".ai_volume",
        x,
        "an integer from -50 to 50 or a SWML variable such as '${name}'",
      );
    out["ai_volume"] = x as JsonValue;
  }
  x = own(v, "app_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".app_name", x, "a string");
    out["app_name"] = x as JsonValue;
  }
  x = own(v, "asr_smart_format");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".asr_smart_format",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["asr_smart_format"] = x as JsonValue;
  }
  x = own(v, "attention_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 10000 <= x && x <= 600000) || x === 0 || isVar(x)))
      throw new Invalid(
        path + ".attention_timeout",
        x,
        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
      );
    out["attention_timeout"] = x as JsonValue;
  }
  x = own(v, "attention_timeout_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".attention_timeout_prompt", x, "a string");
    out["attention_timeout_prompt"] = x as JsonValue;
  }
  x = own(v, "asr_diarize");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".asr_diarize",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["asr_diarize"] = x as JsonValue;
  }
  x = own(v, "asr_speaker_affinity");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".asr_speaker_affinity",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["asr_speaker_affinity"] = x as JsonValue;
  }
  x = own(v, "audible_debug");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".audible_debug",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["audible_debug"] = x as JsonValue;
  }
  x = own(v, "audible_latency");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".audible_latency",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["audible_latency"] = x as JsonValue;
  }
  x = own(v, "background_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".background_file", x, "a string");
    out["background_file"] = x as JsonValue;
  }
  x = own(v, "background_file_loops");
  if (x !== undefined) {
    if (!(isInteger(x) || x === null || isVar(x)))
      throw new Invalid(
        path + ".background_file_loops",
        x,
        "an integer or null or a SWML variable such as '${name}'",
      );
    out["background_file_loops"] = x as JsonValue;
  }
  x = own(v, "background_file_volume");
  if (x !== undefined) {
    if (!((isInteger(x) && -50 <= x && x <= 50) || isVar(x)))
      throw new Invalid(
        path + ".background_file_volume",
        x,
        "an integer from -50 to 50 or a SWML variable such as '${name}'",
      );
    out["background_file_volume"] = x as JsonValue;
  }
  x = own(v, "enable_barge");
  if (x !== undefined) {
    if (!(typeof x === "string" || typeof x === "boolean"))
      throw new Invalid(
        path + ".enable_barge",
        x,
        "a string or true or false or a SWML variable such as '${name}'",
      );
    out["enable_barge"] = x as JsonValue;
  }
  x = own(v, "enable_inner_dialog");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".enable_inner_dialog",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["enable_inner_dialog"] = x as JsonValue;
  }
  x = own(v, "enable_pause");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".enable_pause",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["enable_pause"] = x as JsonValue;
  }
  x = own(v, "enable_turn_detection");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".enable_turn_detection",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["enable_turn_detection"] = x as JsonValue;
  }
  x = own(v, "barge_match_string");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".barge_match_string", x, "a string");
    out["barge_match_string"] = x as JsonValue;
  }
  x = own(v, "barge_min_words");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x && x <= 99) || isVar(x)))
      throw new Invalid(
        path + ".barge_min_words",
        x,
        "an integer from 1 to 99 or a SWML variable such as '${name}'",
      );
    out["barge_min_words"] = x as JsonValue;
  }
  x = own(v, "barge_functions");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".barge_functions",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["barge_functions"] = x as JsonValue;
  }
  x = own(v, "cache_mode");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".cache_mode",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["cache_mode"] = x as JsonValue;
  }
  x = own(v, "conscience");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".conscience", x, "a string");
    out["conscience"] = x as JsonValue;
  }
  x = own(v, "convo");
  if (x !== undefined) {
    out["convo"] = _list_of_ConversationMessage(x, path + ".convo");
  }
  x = own(v, "conversation_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".conversation_id", x, "a string");
    out["conversation_id"] = x as JsonValue;
  }
  x = own(v, "conversation_sliding_window");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".conversation_sliding_window",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["conversation_sliding_window"] = x as JsonValue;
  }
  x = own(v, "debug_webhook_level");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".debug_webhook_level",
        x,
        "an integer from 0 to 2 or a SWML variable such as '${name}'",
      );
    out["debug_webhook_level"] = x as JsonValue;
  }
  x = own(v, "debug_webhook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".debug_webhook_url", x, "a string");
    out["debug_webhook_url"] = x as JsonValue;
  }
  x = own(v, "debug");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".debug",
        x,
        "true or false or an integer or a SWML variable such as '${name}'",
      );
    out["debug"] = x as JsonValue;
  }
  x = own(v, "direction");
  if (x !== undefined) {
    if (!((typeof x === "string" && E_Direction.has(x)) || isVar(x)))
      throw new Invalid(
        path + ".direction",
        x,
        "one of 'inbound', 'outbound' or a SWML variable such as '${name}'",
      );
    out["direction"] = x as JsonValue;
  }
  x = own(v, "digit_terminators");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".digit_terminators", x, "a string");
    out["digit_terminators"] = x as JsonValue;
  }
  x = own(v, "digit_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 30000) || isVar(x)))
      throw new Invalid(
        path + ".digit_timeout",
        x,
        "an integer from 0 to 30000 or a SWML variable such as '${name}'",
      );
    out["digit_timeout"] = x as JsonValue;
  }
  x = own(v, "end_of_speech_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 250 <= x && x <= 10000) || isVar(x)))
      throw new Invalid(
        path + ".end_of_speech_timeout",
        x,
        "an integer from 250 to 10000 or a SWML variable such as '${name}'",
      );
    out["end_of_speech_timeout"] = x as JsonValue;
  }
  x = own(v, "enable_accounting");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".enable_accounting",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["enable_accounting"] = x as JsonValue;
  }
  x = own(v, "enable_thinking");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".enable_thinking",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["enable_thinking"] = x as JsonValue;
  }
  x = own(v, "enable_text_normalization");
  if (x !== undefined) {
    if (!((typeof x === "string" && E_EnableTextNormalization.has(x)) || isVar(x)))
      throw new Invalid(
        path + ".enable_text_normalization",
        x,
        "one of 'heard', 'spoken', 'both', 'true', 'on', 'false', 'off', 'none' or a SWML variable such as '${name}'",
      );
    out["enable_text_normalization"] = x as JsonValue;
  }
  x = own(v, "auto_correct");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".auto_correct",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["auto_correct"] = x as JsonValue;
  }
  x = own(v, "redact_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".redact_prompt", x, "a string");
    out["redact_prompt"] = x as JsonValue;
  }
  x = own(v, "enable_vision");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".enable_vision",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["enable_vision"] = x as JsonValue;
  }
  x = own(v, "energy_level");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 100) || isVar(x)))
      throw new Invalid(
        path + ".energy_level",
        x,
        "a number from 0 to 100 or a SWML variable such as '${name}'",
      );
    out["energy_level"] = x as JsonValue;
  }
  x = own(v, "first_word_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
      throw new Invalid(
        path + ".first_word_timeout",
        x,
        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
      );
    out["first_word_timeout"] = x as JsonValue;
  }
  x = own(v, "function_wait_for_talking");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".function_wait_for_talking",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["function_wait_for_talking"] = x as JsonValue;
  }
  x = own(v, "functions_on_no_response");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".functions_on_no_response",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["functions_on_no_response"] = x as JsonValue;
  }
  x = own(v, "hard_stop_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".hard_stop_prompt", x, "a string");
    out["hard_stop_prompt"] = x as JsonValue;
  }
  x = own(v, "hard_stop_time");
  if (x !== undefined) {
    if (!((typeof x === "string" && RE_0.test(x)) || isVar(x)))
      throw new Invalid(
        path + ".hard_stop_time",
        x,
        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
      );
    out["hard_stop_time"] = x as JsonValue;
  }
  x = own(v, "hold_music");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".hold_music", x, "a string");
    out["hold_music"] = x as JsonValue;
  }
  x = own(v, "hold_on_process");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".hold_on_process",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["hold_on_process"] = x as JsonValue;
  }
  x = own(v, "inactivity_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 10000 <= x && x <= 3600000) || isVar(x)))
      throw new Invalid(
        path + ".inactivity_timeout",
        x,
        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
      );
    out["inactivity_timeout"] = x as JsonValue;
  }
  x = own(v, "inner_dialog_model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".inner_dialog_model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["inner_dialog_model"] = x as JsonValue;
  }
  x = own(v, "inner_dialog_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".inner_dialog_prompt", x, "a string");
    out["inner_dialog_prompt"] = x as JsonValue;
  }
  x = own(v, "inner_dialog_synced");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".inner_dialog_synced",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["inner_dialog_synced"] = x as JsonValue;
  }
  x = own(v, "initial_sleep_ms");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 300000) || isVar(x)))
      throw new Invalid(
        path + ".initial_sleep_ms",
        x,
        "an integer from 0 to 300000 or a SWML variable such as '${name}'",
      );
    out["initial_sleep_ms"] = x as JsonValue;
  }
  x = own(v, "input_poll_freq");
  if (x !== undefined) {
    if (!((isInteger(x) && 1000 <= x && x <= 10000) || isVar(x)))
      throw new Invalid(
        path + ".input_poll_freq",
        x,
        "an integer from 1000 to 10000 or a SWML variable such as '${name}'",
      );
    out["input_poll_freq"] = x as JsonValue;
  }
  x = own(v, "interrupt_on_noise");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".interrupt_on_noise",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["interrupt_on_noise"] = x as JsonValue;
  }
  x = own(v, "interrupt_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".interrupt_prompt", x, "a string");
    out["interrupt_prompt"] = x as JsonValue;
  }
  x = own(v, "languages_enabled");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".languages_enabled",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["languages_enabled"] = x as JsonValue;
  }
  x = own(v, "local_tz");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".local_tz", x, "a string");
    out["local_tz"] = x as JsonValue;
  }
  x = own(v, "llm_diarize_aware");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".llm_diarize_aware",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["llm_diarize_aware"] = x as JsonValue;
  }
  x = own(v, "max_emotion");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x && x <= 30) || isVar(x)))
      throw new Invalid(
        path + ".max_emotion",
        x,
        "an integer from 1 to 30 or a SWML variable such as '${name}'",
      );
    out["max_emotion"] = x as JsonValue;
  }
  x = own(v, "max_response_tokens");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x && x <= 16384) || isVar(x)))
      throw new Invalid(
        path + ".max_response_tokens",
        x,
        "an integer from 1 to 16384 or a SWML variable such as '${name}'",
      );
    out["max_response_tokens"] = x as JsonValue;
  }
  x = own(v, "openai_asr_engine");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".openai_asr_engine", x, "a string");
    out["openai_asr_engine"] = x as JsonValue;
  }
  x = own(v, "outbound_attention_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 10000 <= x && x <= 600000) || isVar(x)))
      throw new Invalid(
        path + ".outbound_attention_timeout",
        x,
        "an integer from 10000 to 600000 or a SWML variable such as '${name}'",
      );
    out["outbound_attention_timeout"] = x as JsonValue;
  }
  x = own(v, "persist_global_data");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".persist_global_data",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["persist_global_data"] = x as JsonValue;
  }
  x = own(v, "pom_format");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_PomFormat.has(x)))
      throw new Invalid(path + ".pom_format", x, "one of 'markdown', 'xml'");
    out["pom_format"] = x as JsonValue;
  }
  x = own(v, "save_conversation");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".save_conversation",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["save_conversation"] = x as JsonValue;
  }
  x = own(v, "speech_event_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
      throw new Invalid(
        path + ".speech_event_timeout",
        x,
        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
      );
    out["speech_event_timeout"] = x as JsonValue;
  }
  x = own(v, "speech_gen_quick_stops");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 10) || isVar(x)))
      throw new Invalid(
        path + ".speech_gen_quick_stops",
        x,
        "an integer from 0 to 10 or a SWML variable such as '${name}'",
      );
    out["speech_gen_quick_stops"] = x as JsonValue;
  }
  x = own(v, "speech_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 600000) || isVar(x)))
      throw new Invalid(
        path + ".speech_timeout",
        x,
        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
      );
    out["speech_timeout"] = x as JsonValue;
  }
  x = own(v, "speak_when_spoken_to");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".speak_when_spoken_to",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["speak_when_spoken_to"] = x as JsonValue;
  }
  x = own(v, "start_paused");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".start_paused",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["start_paused"] = x as JsonValue;
  }
  x = own(v, "static_greeting");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".static_greeting", x, "a string");
    out["static_greeting"] = x as JsonValue;
  }
  x = own(v, "static_greeting_no_barge");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".static_greeting_no_barge",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["static_greeting_no_barge"] = x as JsonValue;
  }
  x = own(v, "summary_mode");
  if (x !== undefined) {
    if (!((typeof x === "string" && E_SummaryMode.has(x)) || isVar(x)))
      throw new Invalid(
        path + ".summary_mode",
        x,
        "one of 'string', 'original' or a SWML variable such as '${name}'",
      );
    out["summary_mode"] = x as JsonValue;
  }
  x = own(v, "swaig_allow_settings");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_allow_settings",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_allow_settings"] = x as JsonValue;
  }
  x = own(v, "swaig_allow_swml");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_allow_swml",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_allow_swml"] = x as JsonValue;
  }
  x = own(v, "swaig_post_conversation");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_post_conversation",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_post_conversation"] = x as JsonValue;
  }
  x = own(v, "swaig_set_global_data");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_set_global_data",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_set_global_data"] = x as JsonValue;
  }
  x = own(v, "swaig_post_swml_vars");
  if (x !== undefined) {
    out["swaig_post_swml_vars"] = _bool_or_list_of_str_or_var(x, path + ".swaig_post_swml_vars");
  }
  x = own(v, "thinking_model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".thinking_model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["thinking_model"] = x as JsonValue;
  }
  x = own(v, "utility_model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".utility_model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["utility_model"] = x as JsonValue;
  }
  x = own(v, "transparent_barge");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".transparent_barge",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["transparent_barge"] = x as JsonValue;
  }
  x = own(v, "transparent_barge_max_time");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 60000) || isVar(x)))
      throw new Invalid(
        path + ".transparent_barge_max_time",
        x,
        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
      );
    out["transparent_barge_max_time"] = x as JsonValue;
  }
  x = own(v, "transfer_summary");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".transfer_summary",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["transfer_summary"] = x as JsonValue;
  }
  x = own(v, "turn_detection_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
      throw new Invalid(
        path + ".turn_detection_timeout",
        x,
        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
      );
    out["turn_detection_timeout"] = x as JsonValue;
  }
  x = own(v, "turn_filler_sources");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".turn_filler_sources",
        x,
        "a string or a SWML variable such as '${name}'",
      );
    out["turn_filler_sources"] = x as JsonValue;
  }
  x = own(v, "turn_filler_every_n");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".turn_filler_every_n",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["turn_filler_every_n"] = x as JsonValue;
  }
  x = own(v, "turn_filler_min_ms");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".turn_filler_min_ms",
        x,
        "an integer of at least 0 or a SWML variable such as '${name}'",
      );
    out["turn_filler_min_ms"] = x as JsonValue;
  }
  x = own(v, "tts_number_format");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_TtsNumberFormat.has(x)))
      throw new Invalid(path + ".tts_number_format", x, "one of 'international', 'national'");
    out["tts_number_format"] = x as JsonValue;
  }
  x = own(v, "verbose_logs");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".verbose_logs",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["verbose_logs"] = x as JsonValue;
  }
  x = own(v, "video_listening_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".video_listening_file", x, "a string");
    out["video_listening_file"] = x as JsonValue;
  }
  x = own(v, "video_idle_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".video_idle_file", x, "a string");
    out["video_idle_file"] = x as JsonValue;
  }
  x = own(v, "video_talking_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".video_talking_file", x, "a string");
    out["video_talking_file"] = x as JsonValue;
  }
  x = own(v, "vision_model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".vision_model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["vision_model"] = x as JsonValue;
  }
  x = own(v, "vad_config");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".vad_config", x, "a string");
    out["vad_config"] = x as JsonValue;
  }
  x = own(v, "wait_for_user");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".wait_for_user",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["wait_for_user"] = x as JsonValue;
  }
  x = own(v, "wake_prefix");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".wake_prefix", x, "a string");
    out["wake_prefix"] = x as JsonValue;
  }
  x = own(v, "eleven_labs_stability");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".eleven_labs_stability",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["eleven_labs_stability"] = x as JsonValue;
  }
  x = own(v, "eleven_labs_similarity");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".eleven_labs_similarity",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["eleven_labs_similarity"] = x as JsonValue;
  }
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (KEYS_AIParams.has(key) || item === undefined) continue;
    setKey(out, key, jsonCopy(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/AIPostPromptPom
export function checkAIPostPromptPom(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AIPostPromptPom object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "pom");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AIPostPromptPom,
      path,
      "pom",
      "a list of items that are each a POM value (at least 1 item)",
    );
  out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AIPostPromptPom, path);
  return out;
}

// Checks #/$defs/AIPostPromptText
export function checkAIPostPromptText(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AIPostPromptText object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "text");
  if (x === undefined) missingKey(v, KEYS_AIPostPromptText, path, "text", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
  out["text"] = x as JsonValue;
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AIPostPromptText, path);
  return out;
}

// Checks #/$defs/AIPromptPom
export function checkAIPromptPom(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AIPromptPom object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "pom");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AIPromptPom,
      path,
      "pom",
      "a list of items that are each a POM value (at least 1 item)",
    );
  out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  x = own(v, "contexts");
  if (x !== undefined) {
    out["contexts"] = checkContexts(x, path + ".contexts");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AIPromptPom, path);
  return out;
}

// Checks #/$defs/AIPromptText
export function checkAIPromptText(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AIPromptText object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "text");
  if (x === undefined) missingKey(v, KEYS_AIPromptText, path, "text", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
  out["text"] = x as JsonValue;
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  x = own(v, "contexts");
  if (x !== undefined) {
    out["contexts"] = checkContexts(x, path + ".contexts");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AIPromptText, path);
  return out;
}

// Checks #/$defs/AISidecarArrayParam
export function checkAISidecarArrayParam(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarArrayParam object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarArrayParam, path, "type", "'array'");
  if (!(x === "array")) throw new Invalid(path + ".type", x, "'array'");
  out["type"] = "array";
  x = own(v, "items");
  if (x === undefined)
    missingKey(v, KEYS_AISidecarArrayParam, path, "items", "an AISidecarParamProperty value");
  out["items"] = checkAISidecarParamProperty(x, path + ".items");
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarArrayParam, path);
  return out;
}

// Checks #/$defs/AISidecarBooleanParam
export function checkAISidecarBooleanParam(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarBooleanParam object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarBooleanParam, path, "type", "'boolean'");
  if (!(x === "boolean")) throw new Invalid(path + ".type", x, "'boolean'");
  out["type"] = "boolean";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".default", x, "true or false");
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarBooleanParam, path);
  return out;
}

// Checks #/$defs/AISidecarFunctionParameters
export function checkAISidecarFunctionParameters(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarFunctionParameters object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarFunctionParameters, path, "type", "'object'");
  if (!(x === "object")) throw new Invalid(path + ".type", x, "'object'");
  out["type"] = "object";
  x = own(v, "properties");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AISidecarFunctionParameters,
      path,
      "properties",
      "a JSON object whose values are each an AISidecarParamProperty value",
    );
  out["properties"] = _map_of_AISidecarParamProperty(x, path + ".properties");
  x = own(v, "required");
  if (x !== undefined) {
    out["required"] = _list_of_str(x, path + ".required");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarFunctionParameters, path);
  return out;
}

// Checks #/$defs/AISidecarIntegerParam
export function checkAISidecarIntegerParam(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarIntegerParam object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarIntegerParam, path, "type", "'integer'");
  if (!(x === "integer")) throw new Invalid(path + ".type", x, "'integer'");
  out["type"] = "integer";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "enum");
  if (x !== undefined) {
    out["enum"] = _list_of_int(x, path + ".enum");
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!isInteger(x)) throw new Invalid(path + ".default", x, "an integer");
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarIntegerParam, path);
  return out;
}

// Checks #/$defs/AISidecarNumberParam
export function checkAISidecarNumberParam(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarNumberParam object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarNumberParam, path, "type", "'number'");
  if (!(x === "number")) throw new Invalid(path + ".type", x, "'number'");
  out["type"] = "number";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "enum");
  if (x !== undefined) {
    out["enum"] = _list_of_number(x, path + ".enum");
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!isNumber(x)) throw new Invalid(path + ".default", x, "a number");
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarNumberParam, path);
  return out;
}

// Checks #/$defs/AISidecarObject
export function checkAISidecarObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "lang");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AISidecarObject,
      path,
      "lang",
      "a string of at least 1 character or a SWML variable such as '${name}'",
    );
  if (!((typeof x === "string" && cpLength(x) >= 1) || isVar(x)))
    throw new Invalid(
      path + ".lang",
      x,
      "a string of at least 1 character or a SWML variable such as '${name}'",
    );
  out["lang"] = x as JsonValue;
  x = own(v, "prompt");
  if (x !== undefined) {
    out["prompt"] = _AISidecarObject_prompt(x, path + ".prompt");
  }
  x = own(v, "model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["model"] = x as JsonValue;
  }
  x = own(v, "direction");
  if (x !== undefined) {
    out["direction"] = _list_of_TranscribeDirection(x, path + ".direction");
  }
  x = own(v, "customer_role");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_TranscribeDirection.has(x)))
      throw new Invalid(path + ".customer_role", x, "one of 'remote-caller', 'local-caller'");
    out["customer_role"] = x as JsonValue;
  }
  x = own(v, "url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
    out["url"] = x as JsonValue;
  }
  x = own(v, "SWAIG");
  if (x !== undefined) {
    out["SWAIG"] = checkAISidecarSWAIG(x, path + ".SWAIG");
  }
  x = own(v, "permissions");
  if (x !== undefined) {
    out["permissions"] = checkAISidecarPermissions(x, path + ".permissions");
  }
  x = own(v, "global_data");
  if (x !== undefined) {
    out["global_data"] = _map_of_any(x, path + ".global_data");
  }
  x = own(v, "hints");
  if (x !== undefined) {
    out["hints"] = _AISidecarObject_hints(x, path + ".hints");
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = checkAISidecarParams(x, path + ".params");
  }
  x = own(v, "action");
  if (x !== undefined) {
    out["action"] = checkAISidecarSummarizeAction(x, path + ".action");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AISidecarObject, path);
  return out;
}

// Checks #/$defs/AISidecarObjectParam
export function checkAISidecarObjectParam(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarObjectParam object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarObjectParam, path, "type", "'object'");
  if (!(x === "object")) throw new Invalid(path + ".type", x, "'object'");
  out["type"] = "object";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "properties");
  if (x !== undefined) {
    out["properties"] = _map_of_AISidecarParamProperty(x, path + ".properties");
  }
  x = own(v, "required");
  if (x !== undefined) {
    out["required"] = _list_of_str(x, path + ".required");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarObjectParam, path);
  return out;
}

// Checks #/$defs/AISidecarParams
export function checkAISidecarParams(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarParams object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "idle_timeout_ms");
  if (x !== undefined) {
    if (!((isInteger(x) && 50 <= x && x <= 5000) || isVar(x)))
      throw new Invalid(
        path + ".idle_timeout_ms",
        x,
        "an integer from 50 to 5000 or a SWML variable such as '${name}'",
      );
    out["idle_timeout_ms"] = x as JsonValue;
  }
  x = own(v, "min_interval_ms");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 60000) || isVar(x)))
      throw new Invalid(
        path + ".min_interval_ms",
        x,
        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
      );
    out["min_interval_ms"] = x as JsonValue;
  }
  x = own(v, "max_iters_per_tick");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x && x <= 20) || isVar(x)))
      throw new Invalid(
        path + ".max_iters_per_tick",
        x,
        "an integer from 1 to 20 or a SWML variable such as '${name}'",
      );
    out["max_iters_per_tick"] = x as JsonValue;
  }
  x = own(v, "max_history_tokens");
  if (x !== undefined) {
    if (!((isInteger(x) && 1000 <= x && x <= 200000) || isVar(x)))
      throw new Invalid(
        path + ".max_history_tokens",
        x,
        "an integer from 1000 to 200000 or a SWML variable such as '${name}'",
      );
    out["max_history_tokens"] = x as JsonValue;
  }
  x = own(v, "act_on_channel");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".act_on_channel",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["act_on_channel"] = x as JsonValue;
  }
  x = own(v, "final_summary");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".final_summary",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["final_summary"] = x as JsonValue;
  }
  x = own(v, "ai_summary");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".ai_summary",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["ai_summary"] = x as JsonValue;
  }
  x = own(v, "ai_summary_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".ai_summary_prompt", x, "a string");
    out["ai_summary_prompt"] = x as JsonValue;
  }
  x = own(v, "summary_model");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".summary_model",
        x,
        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
      );
    out["summary_model"] = x as JsonValue;
  }
  x = own(v, "live_events");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".live_events",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["live_events"] = x as JsonValue;
  }
  x = own(v, "verbose_utterances");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".verbose_utterances",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["verbose_utterances"] = x as JsonValue;
  }
  x = own(v, "speech_engine");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_SpeechEngine.has(x)))
      throw new Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
    out["speech_engine"] = x as JsonValue;
  }
  x = own(v, "speech_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 600000) || isVar(x)))
      throw new Invalid(
        path + ".speech_timeout",
        x,
        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
      );
    out["speech_timeout"] = x as JsonValue;
  }
  x = own(v, "vad_silence_ms");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 60000) || isVar(x)))
      throw new Invalid(
        path + ".vad_silence_ms",
        x,
        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
      );
    out["vad_silence_ms"] = x as JsonValue;
  }
  x = own(v, "vad_thresh");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
      throw new Invalid(
        path + ".vad_thresh",
        x,
        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
      );
    out["vad_thresh"] = x as JsonValue;
  }
  x = own(v, "debug_level");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x && x <= 100) || isVar(x)))
      throw new Invalid(
        path + ".debug_level",
        x,
        "an integer from 0 to 100 or a SWML variable such as '${name}'",
      );
    out["debug_level"] = x as JsonValue;
  }
  x = own(v, "debug");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".debug", x, "true or false or a SWML variable such as '${name}'");
    out["debug"] = x as JsonValue;
  }
  x = own(v, "transcribe_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".transcribe_prompt", x, "a string");
    out["transcribe_prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AISidecarParams, path);
  return out;
}

// Checks #/$defs/AISidecarPermissions
export function checkAISidecarPermissions(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarPermissions object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "swaig_allow_swml");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_allow_swml",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_allow_swml"] = x as JsonValue;
  }
  x = own(v, "swaig_allow_settings");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_allow_settings",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_allow_settings"] = x as JsonValue;
  }
  x = own(v, "swaig_set_global_data");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".swaig_set_global_data",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["swaig_set_global_data"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarPermissions, path);
  return out;
}

// Checks #/$defs/AISidecarPromptFile
export function checkAISidecarPromptFile(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarPromptFile object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "file");
  if (x === undefined) missingKey(v, KEYS_AISidecarPromptFile, path, "file", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".file", x, "a string");
  out["file"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarPromptFile, path);
  return out;
}

// Checks #/$defs/AISidecarPromptPom
export function checkAISidecarPromptPom(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarPromptPom object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "pom");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AISidecarPromptPom,
      path,
      "pom",
      "a list of items that are each a POM value (at least 1 item)",
    );
  out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarPromptPom, path);
  return out;
}

// Checks #/$defs/AISidecarPromptText
export function checkAISidecarPromptText(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarPromptText object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "text");
  if (x === undefined) missingKey(v, KEYS_AISidecarPromptText, path, "text", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
  out["text"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarPromptText, path);
  return out;
}

// Checks #/$defs/AISidecarSWAIG
export function checkAISidecarSWAIG(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarSWAIG object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "defaults");
  if (x !== undefined) {
    out["defaults"] = checkAISidecarSWAIGDefaults(x, path + ".defaults");
  }
  x = own(v, "functions");
  if (x !== undefined) {
    out["functions"] = _list_of_AISidecarSWAIGFunction(x, path + ".functions");
  }
  x = own(v, "mcp_servers");
  if (x !== undefined) {
    out["mcp_servers"] = _list_of_MCPServer(x, path + ".mcp_servers");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AISidecarSWAIG, path);
  return out;
}

// Checks #/$defs/AISidecarSWAIGDefaults
export function checkAISidecarSWAIGDefaults(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarSWAIGDefaults object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "web_hook_auth_user");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_auth_user", x, "a string");
    out["web_hook_auth_user"] = x as JsonValue;
  }
  x = own(v, "web_hook_auth_password");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".web_hook_auth_password", x, "a string");
    out["web_hook_auth_password"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarSWAIGDefaults, path);
  return out;
}

// Checks #/$defs/AISidecarSWAIGFunction
export function checkAISidecarSWAIGFunction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarSWAIGFunction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "function");
  if (x === undefined) missingKey(v, KEYS_AISidecarSWAIGFunction, path, "function", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".function", x, "a string");
  out["function"] = x as JsonValue;
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "purpose");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".purpose", x, "a string");
    out["purpose"] = x as JsonValue;
  }
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkAISidecarFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "web_hook_auth_user");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_auth_user", x, "a string");
    out["web_hook_auth_user"] = x as JsonValue;
  }
  x = own(v, "web_hook_auth_password");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".web_hook_auth_password", x, "a string");
    out["web_hook_auth_password"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarSWAIGFunction, path);
  return out;
}

// Checks #/$defs/AISidecarStringParam
export function checkAISidecarStringParam(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarStringParam object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_AISidecarStringParam, path, "type", "'string'");
  if (!(x === "string")) throw new Invalid(path + ".type", x, "'string'");
  out["type"] = "string";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "enum");
  if (x !== undefined) {
    out["enum"] = _list_of_str(x, path + ".enum");
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".default", x, "a string");
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarStringParam, path);
  return out;
}

// Checks #/$defs/AISidecarSummarizeAction
export function checkAISidecarSummarizeAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarSummarizeAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "summarize");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AISidecarSummarizeAction,
      path,
      "summarize",
      "an AISidecarSummarizeActionSummarize object",
    );
  out["summarize"] = checkAISidecarSummarizeActionSummarize(x, path + ".summarize");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarSummarizeAction, path);
  return out;
}

// Checks #/$defs/AISidecarSummarizeAction/properties/summarize
export function checkAISidecarSummarizeActionSummarize(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AISidecarSummarizeActionSummarize object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "webhook");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".webhook", x, "a string");
    out["webhook"] = x as JsonValue;
  }
  x = own(v, "prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".prompt", x, "a string");
    out["prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AISidecarSummarizeActionSummarize, path);
  return out;
}

// Checks #/$defs/AddDynamicHintsAction
export function checkAddDynamicHintsAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AddDynamicHintsAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "add_dynamic_hints");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AddDynamicHintsAction,
      path,
      "add_dynamic_hints",
      "a list of items that are each a string or a DynamicHint object",
    );
  out["add_dynamic_hints"] = _list_of_str_or_DynamicHint(x, path + ".add_dynamic_hints");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AddDynamicHintsAction, path);
  return out;
}

// Checks #/$defs/AllOfProperty
export function checkAllOfProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AllOfProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "allOf");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AllOfProperty,
      path,
      "allOf",
      "a list of items that are each a SchemaType value",
    );
  out["allOf"] = _list_of_SchemaType(x, path + ".allOf");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AllOfProperty, path);
  return out;
}

// Checks #/$defs/AmazonBedrockObject
export function checkAmazonBedrockObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AmazonBedrockObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "prompt");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AmazonBedrockObject,
      path,
      "prompt",
      "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
    );
  out["prompt"] = _AmazonBedrockObject_prompt(x, path + ".prompt");
  x = own(v, "global_data");
  if (x !== undefined) {
    out["global_data"] = _map_of_any(x, path + ".global_data");
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = checkBedrockParams(x, path + ".params");
  }
  x = own(v, "post_prompt");
  if (x !== undefined) {
    out["post_prompt"] = _AmazonBedrockObject_post_prompt(x, path + ".post_prompt");
  }
  x = own(v, "post_prompt_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".post_prompt_url", x, "a string");
    out["post_prompt_url"] = x as JsonValue;
  }
  x = own(v, "SWAIG");
  if (x !== undefined) {
    out["SWAIG"] = checkBedrockSWAIG(x, path + ".SWAIG");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_AmazonBedrockObject, path);
  return out;
}

// Checks #/$defs/Answer/properties/answer
export function checkAnswer(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an Answer object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "max_duration");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".max_duration",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["max_duration"] = x as JsonValue;
  }
  x = own(v, "codecs");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codecs", x, "a string");
    out["codecs"] = x as JsonValue;
  }
  x = own(v, "username");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".username", x, "a string");
    out["username"] = x as JsonValue;
  }
  x = own(v, "password");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".password", x, "a string");
    out["password"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Answer, path);
  return out;
}

// Checks #/$defs/AnyOfProperty
export function checkAnyOfProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an AnyOfProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "anyOf");
  if (x === undefined)
    missingKey(
      v,
      KEYS_AnyOfProperty,
      path,
      "anyOf",
      "a list of items that are each a SchemaType value",
    );
  out["anyOf"] = _list_of_SchemaType(x, path + ".anyOf");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_AnyOfProperty, path);
  return out;
}

// Checks #/$defs/ArrayProperty
export function checkArrayProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an ArrayProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_ArrayProperty, path, "type", "'array'");
  if (!(x === "array")) throw new Invalid(path + ".type", x, "'array'");
  out["type"] = "array";
  x = own(v, "items");
  if (x === undefined) missingKey(v, KEYS_ArrayProperty, path, "items", "a SchemaType value");
  out["items"] = checkSchemaType(x, path + ".items");
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "nullable");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".nullable",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["nullable"] = x as JsonValue;
  }
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_any(x, path + ".default");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ArrayProperty, path);
  return out;
}

// Checks #/$defs/BedrockDataMap
export function checkBedrockDataMap(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockDataMap object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "output");
  if (x !== undefined) {
    out["output"] = checkBedrockOutput(x, path + ".output");
  }
  x = own(v, "expressions");
  if (x !== undefined) {
    out["expressions"] = _list_of_BedrockExpression(x, path + ".expressions");
  }
  x = own(v, "webhooks");
  if (x !== undefined) {
    out["webhooks"] = _list_of_BedrockWebhook(x, path + ".webhooks");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_BedrockDataMap, path);
  return out;
}

// Checks #/$defs/BedrockExpression
export function checkBedrockExpression(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockExpression object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "output");
  if (x === undefined)
    missingKey(v, KEYS_BedrockExpression, path, "output", "a BedrockOutput object");
  out["output"] = checkBedrockOutput(x, path + ".output");
  x = own(v, "string");
  if (x === undefined) missingKey(v, KEYS_BedrockExpression, path, "string", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".string", x, "a string");
  out["string"] = x as JsonValue;
  x = own(v, "pattern");
  if (x === undefined) missingKey(v, KEYS_BedrockExpression, path, "pattern", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".pattern", x, "a string");
  out["pattern"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_BedrockExpression, path);
  return out;
}

// Checks #/$defs/BedrockOutput
export function checkBedrockOutput(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockOutput object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "response");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".response", x, "a string");
    out["response"] = x as JsonValue;
  }
  x = own(v, "action");
  if (x !== undefined) {
    out["action"] = _BedrockOutput_action(x, path + ".action");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_BedrockOutput, path);
  return out;
}

// Checks #/$defs/BedrockParams
export function checkBedrockParams(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockParams object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "attention_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 10000 <= x && x <= 600000) || x === 0 || isVar(x)))
      throw new Invalid(
        path + ".attention_timeout",
        x,
        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
      );
    out["attention_timeout"] = x as JsonValue;
  }
  x = own(v, "hard_stop_time");
  if (x !== undefined) {
    if (!((typeof x === "string" && RE_0.test(x)) || isVar(x)))
      throw new Invalid(
        path + ".hard_stop_time",
        x,
        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
      );
    out["hard_stop_time"] = x as JsonValue;
  }
  x = own(v, "inactivity_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 10000 <= x && x <= 3600000) || isVar(x)))
      throw new Invalid(
        path + ".inactivity_timeout",
        x,
        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
      );
    out["inactivity_timeout"] = x as JsonValue;
  }
  x = own(v, "video_listening_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".video_listening_file", x, "a string");
    out["video_listening_file"] = x as JsonValue;
  }
  x = own(v, "video_idle_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".video_idle_file", x, "a string");
    out["video_idle_file"] = x as JsonValue;
  }
  x = own(v, "video_talking_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".video_talking_file", x, "a string");
    out["video_talking_file"] = x as JsonValue;
  }
  x = own(v, "hard_stop_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".hard_stop_prompt", x, "a string");
    out["hard_stop_prompt"] = x as JsonValue;
  }
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (KEYS_BedrockParams.has(key) || item === undefined) continue;
    setKey(out, key, jsonCopy(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/BedrockSWAIG
export function checkBedrockSWAIG(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockSWAIG object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "functions");
  if (x !== undefined) {
    out["functions"] = _BedrockSWAIG_functions(x, path + ".functions");
  }
  x = own(v, "defaults");
  if (x !== undefined) {
    out["defaults"] = checkSWAIGDefaults(x, path + ".defaults");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_BedrockSWAIG, path);
  return out;
}

// Checks #/$defs/BedrockSWAIGFunction/anyOf/0
export function checkBedrockSWAIGFunction1(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockSWAIGFunction1 object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_BedrockSWAIGFunction1, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined) missingKey(v, KEYS_BedrockSWAIGFunction1, path, "function", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".function", x, "a string");
  out["function"] = x as JsonValue;
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_BedrockSWAIGFunction1, path);
  return out;
}

// Checks #/$defs/BedrockSWAIGFunction/anyOf/1
export function checkBedrockSWAIGFunction2(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockSWAIGFunction2 object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_BedrockSWAIGFunction2, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined)
    missingKey(v, KEYS_BedrockSWAIGFunction2, path, "function", "'startup_hook'");
  if (!(x === "startup_hook")) throw new Invalid(path + ".function", x, "'startup_hook'");
  out["function"] = "startup_hook";
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_BedrockSWAIGFunction2, path);
  return out;
}

// Checks #/$defs/BedrockSWAIGFunction/anyOf/2
export function checkBedrockSWAIGFunction3(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockSWAIGFunction3 object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_BedrockSWAIGFunction3, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined) missingKey(v, KEYS_BedrockSWAIGFunction3, path, "function", "'hangup_hook'");
  if (!(x === "hangup_hook")) throw new Invalid(path + ".function", x, "'hangup_hook'");
  out["function"] = "hangup_hook";
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_BedrockSWAIGFunction3, path);
  return out;
}

// Checks #/$defs/BedrockSWAIGFunction/anyOf/3
export function checkBedrockSWAIGFunction4(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockSWAIGFunction4 object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_BedrockSWAIGFunction4, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined)
    missingKey(v, KEYS_BedrockSWAIGFunction4, path, "function", "'summarize_conversation'");
  if (!(x === "summarize_conversation"))
    throw new Invalid(path + ".function", x, "'summarize_conversation'");
  out["function"] = "summarize_conversation";
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_BedrockSWAIGFunction4, path);
  return out;
}

// Checks #/$defs/BedrockWebhook
export function checkBedrockWebhook(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BedrockWebhook object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined) missingKey(v, KEYS_BedrockWebhook, path, "url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
  out["url"] = x as JsonValue;
  x = own(v, "expressions");
  if (x !== undefined) {
    out["expressions"] = _list_of_BedrockExpression(x, path + ".expressions");
  }
  x = own(v, "output");
  if (x !== undefined) {
    out["output"] = checkBedrockOutput(x, path + ".output");
  }
  x = own(v, "error_keys");
  if (x !== undefined) {
    out["error_keys"] = _str_or_list_of_str(x, path + ".error_keys");
  }
  x = own(v, "foreach");
  if (x !== undefined) {
    out["foreach"] = checkForeach(x, path + ".foreach");
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _map_of_any(x, path + ".headers");
  }
  x = own(v, "method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Method.has(x)))
      throw new Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
    out["method"] = x as JsonValue;
  }
  x = own(v, "input_args_as_params");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".input_args_as_params",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["input_args_as_params"] = x as JsonValue;
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = _map_of_any(x, path + ".params");
  }
  x = own(v, "require_args");
  if (x !== undefined) {
    out["require_args"] = _str_or_list_of_str(x, path + ".require_args");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_BedrockWebhook, path);
  return out;
}

// Checks #/$defs/BooleanProperty
export function checkBooleanProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a BooleanProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_BooleanProperty, path, "type", "'boolean'");
  if (!(x === "boolean")) throw new Invalid(path + ".type", x, "'boolean'");
  out["type"] = "boolean";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "nullable");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".nullable",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["nullable"] = x as JsonValue;
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".default", x, "true or false or a SWML variable such as '${name}'");
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_BooleanProperty, path);
  return out;
}

// Checks #/$defs/ChangeContextAction
export function checkChangeContextAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ChangeContextAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "change_context");
  if (x === undefined) missingKey(v, KEYS_ChangeContextAction, path, "change_context", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".change_context", x, "a string");
  out["change_context"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ChangeContextAction, path);
  return out;
}

// Checks #/$defs/ChangeStepAction
export function checkChangeStepAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ChangeStepAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "change_step");
  if (x === undefined) missingKey(v, KEYS_ChangeStepAction, path, "change_step", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".change_step", x, "a string");
  out["change_step"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ChangeStepAction, path);
  return out;
}

// Checks #/$defs/ChangeVoiceAction
export function checkChangeVoiceAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ChangeVoiceAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "change_voice");
  if (x === undefined)
    missingKey(v, KEYS_ChangeVoiceAction, path, "change_voice", "a non-blank string");
  if (!(typeof x === "string" && !isBlank(x) && RE_1.test(x)))
    throw new Invalid(path + ".change_voice", x, "a non-blank string");
  out["change_voice"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ChangeVoiceAction, path);
  return out;
}

// Checks #/$defs/ClearDynamicHintsAction/properties/clear_dynamic_hints
export function checkClearDynamicHints(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ClearDynamicHints object");
  const out: JsonObject = {};
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ClearDynamicHints, path);
  return out;
}

// Checks #/$defs/ClearDynamicHintsAction
export function checkClearDynamicHintsAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ClearDynamicHintsAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "clear_dynamic_hints");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ClearDynamicHintsAction,
      path,
      "clear_dynamic_hints",
      "a ClearDynamicHints object",
    );
  out["clear_dynamic_hints"] = checkClearDynamicHints(x, path + ".clear_dynamic_hints");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ClearDynamicHintsAction, path);
  return out;
}

// Checks #/$defs/CondElse
export function checkCondElse(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a CondElse object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "else");
  if (x === undefined) missingKey(v, KEYS_CondElse, path, "else", "a list of SWML methods");
  out["else"] = _list_of_method(x, path + ".else");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_CondElse, path);
  return out;
}

// Checks #/$defs/CondReg
export function checkCondReg(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a CondReg object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "when");
  if (x === undefined) missingKey(v, KEYS_CondReg, path, "when", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".when", x, "a string");
  out["when"] = x as JsonValue;
  x = own(v, "then");
  if (x === undefined) missingKey(v, KEYS_CondReg, path, "then", "a list of SWML methods");
  out["then"] = _list_of_method(x, path + ".then");
  x = own(v, "else");
  if (x !== undefined) {
    out["else"] = _list_of_method(x, path + ".else");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_CondReg, path);
  return out;
}

// Checks #/$defs/ConnectDestination
export function checkConnectDestination(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectDestination object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "to");
  if (x === undefined) missingKey(v, KEYS_ConnectDestination, path, "to", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".to", x, "a string");
  out["to"] = x as JsonValue;
  x = own(v, "from");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from", x, "a string");
    out["from"] = x as JsonValue;
  }
  x = own(v, "from_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from_name", x, "a string");
    out["from_name"] = x as JsonValue;
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
  }
  x = own(v, "codecs");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codecs", x, "a string");
    out["codecs"] = x as JsonValue;
  }
  x = own(v, "webrtc_media");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".webrtc_media",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["webrtc_media"] = x as JsonValue;
  }
  x = own(v, "session_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".session_timeout",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["session_timeout"] = x as JsonValue;
  }
  x = own(v, "username");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".username", x, "a string");
    out["username"] = x as JsonValue;
  }
  x = own(v, "password");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".password", x, "a string");
    out["password"] = x as JsonValue;
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "call_state_events");
  if (x !== undefined) {
    out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
  }
  x = own(v, "call_state_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".call_state_url", x, "a string");
    out["call_state_url"] = x as JsonValue;
  }
  x = own(v, "confirm");
  if (x !== undefined) {
    out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
  }
  x = own(v, "confirm_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".confirm_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["confirm_timeout"] = x as JsonValue;
  }
  x = own(v, "encryption");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Encryption.has(x)))
      throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
    out["encryption"] = x as JsonValue;
  }
  x = own(v, "name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
    out["name"] = x as JsonValue;
  }
  x = own(v, "codec");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codec", x, "a string");
    out["codec"] = x as JsonValue;
  }
  x = own(v, "realtime");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".realtime",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["realtime"] = x as JsonValue;
  }
  x = own(v, "status_url_method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_StatusUrlMethod.has(x)))
      throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
    out["status_url_method"] = x as JsonValue;
  }
  x = own(v, "authorization_bearer_token");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".authorization_bearer_token", x, "a string");
    out["authorization_bearer_token"] = x as JsonValue;
  }
  x = own(v, "custom_parameters");
  if (x !== undefined) {
    out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ConnectDestination, path);
  return out;
}

// Checks #/$defs/ConnectDeviceParallel
export function checkConnectDeviceParallel(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectDeviceParallel object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "parallel");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ConnectDeviceParallel,
      path,
      "parallel",
      "a list of ConnectDestination objects",
    );
  out["parallel"] = _list_of_ConnectDestination(x, path + ".parallel");
  x = own(v, "from");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from", x, "a string");
    out["from"] = x as JsonValue;
  }
  x = own(v, "from_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from_name", x, "a string");
    out["from_name"] = x as JsonValue;
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
  }
  x = own(v, "codecs");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codecs", x, "a string");
    out["codecs"] = x as JsonValue;
  }
  x = own(v, "webrtc_media");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".webrtc_media",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["webrtc_media"] = x as JsonValue;
  }
  x = own(v, "session_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".session_timeout",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["session_timeout"] = x as JsonValue;
  }
  x = own(v, "ringback");
  if (x !== undefined) {
    out["ringback"] = _list_of_str(x, path + ".ringback");
  }
  x = own(v, "result");
  if (x !== undefined) {
    out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "max_duration");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".max_duration",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["max_duration"] = x as JsonValue;
  }
  x = own(v, "answer_on_bridge");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".answer_on_bridge",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["answer_on_bridge"] = x as JsonValue;
  }
  x = own(v, "confirm");
  if (x !== undefined) {
    out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
  }
  x = own(v, "confirm_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".confirm_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["confirm_timeout"] = x as JsonValue;
  }
  x = own(v, "encryption");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Encryption.has(x)))
      throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
    out["encryption"] = x as JsonValue;
  }
  x = own(v, "call_state_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".call_state_url", x, "a string");
    out["call_state_url"] = x as JsonValue;
  }
  x = own(v, "transfer_after_bridge");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".transfer_after_bridge",
        x,
        "a string or a SWML variable such as '${name}'",
      );
    out["transfer_after_bridge"] = x as JsonValue;
  }
  x = own(v, "call_state_events");
  if (x !== undefined) {
    out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ConnectDeviceParallel, path);
  return out;
}

// Checks #/$defs/ConnectDeviceSerial
export function checkConnectDeviceSerial(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectDeviceSerial object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "serial");
  if (x === undefined)
    missingKey(v, KEYS_ConnectDeviceSerial, path, "serial", "a list of ConnectDestination objects");
  out["serial"] = _list_of_ConnectDestination(x, path + ".serial");
  x = own(v, "from");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from", x, "a string");
    out["from"] = x as JsonValue;
  }
  x = own(v, "from_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from_name", x, "a string");
    out["from_name"] = x as JsonValue;
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
  }
  x = own(v, "codecs");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codecs", x, "a string");
    out["codecs"] = x as JsonValue;
  }
  x = own(v, "webrtc_media");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".webrtc_media",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["webrtc_media"] = x as JsonValue;
  }
  x = own(v, "session_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".session_timeout",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["session_timeout"] = x as JsonValue;
  }
  x = own(v, "ringback");
  if (x !== undefined) {
    out["ringback"] = _list_of_str(x, path + ".ringback");
  }
  x = own(v, "result");
  if (x !== undefined) {
    out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "max_duration");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".max_duration",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["max_duration"] = x as JsonValue;
  }
  x = own(v, "answer_on_bridge");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".answer_on_bridge",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["answer_on_bridge"] = x as JsonValue;
  }
  x = own(v, "confirm");
  if (x !== undefined) {
    out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
  }
  x = own(v, "confirm_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".confirm_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["confirm_timeout"] = x as JsonValue;
  }
  x = own(v, "encryption");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Encryption.has(x)))
      throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
    out["encryption"] = x as JsonValue;
  }
  x = own(v, "call_state_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".call_state_url", x, "a string");
    out["call_state_url"] = x as JsonValue;
  }
  x = own(v, "transfer_after_bridge");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".transfer_after_bridge",
        x,
        "a string or a SWML variable such as '${name}'",
      );
    out["transfer_after_bridge"] = x as JsonValue;
  }
  x = own(v, "call_state_events");
  if (x !== undefined) {
    out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ConnectDeviceSerial, path);
  return out;
}

// Checks #/$defs/ConnectDeviceSerialParallel
export function checkConnectDeviceSerialParallel(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectDeviceSerialParallel object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "serial_parallel");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ConnectDeviceSerialParallel,
      path,
      "serial_parallel",
      "a list of items that are each a list of ConnectDestination objects",
    );
  out["serial_parallel"] = _list_of_list_of_ConnectDestination(x, path + ".serial_parallel");
  x = own(v, "from");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from", x, "a string");
    out["from"] = x as JsonValue;
  }
  x = own(v, "from_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from_name", x, "a string");
    out["from_name"] = x as JsonValue;
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
  }
  x = own(v, "codecs");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codecs", x, "a string");
    out["codecs"] = x as JsonValue;
  }
  x = own(v, "webrtc_media");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".webrtc_media",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["webrtc_media"] = x as JsonValue;
  }
  x = own(v, "session_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".session_timeout",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["session_timeout"] = x as JsonValue;
  }
  x = own(v, "ringback");
  if (x !== undefined) {
    out["ringback"] = _list_of_str(x, path + ".ringback");
  }
  x = own(v, "result");
  if (x !== undefined) {
    out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "max_duration");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".max_duration",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["max_duration"] = x as JsonValue;
  }
  x = own(v, "answer_on_bridge");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".answer_on_bridge",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["answer_on_bridge"] = x as JsonValue;
  }
  x = own(v, "confirm");
  if (x !== undefined) {
    out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
  }
  x = own(v, "confirm_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".confirm_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["confirm_timeout"] = x as JsonValue;
  }
  x = own(v, "encryption");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Encryption.has(x)))
      throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
    out["encryption"] = x as JsonValue;
  }
  x = own(v, "call_state_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".call_state_url", x, "a string");
    out["call_state_url"] = x as JsonValue;
  }
  x = own(v, "transfer_after_bridge");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".transfer_after_bridge",
        x,
        "a string or a SWML variable such as '${name}'",
      );
    out["transfer_after_bridge"] = x as JsonValue;
  }
  x = own(v, "call_state_events");
  if (x !== undefined) {
    out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ConnectDeviceSerialParallel, path);
  return out;
}

// Checks #/$defs/ConnectDeviceSingle
export function checkConnectDeviceSingle(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectDeviceSingle object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "to");
  if (x === undefined) missingKey(v, KEYS_ConnectDeviceSingle, path, "to", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".to", x, "a string");
  out["to"] = x as JsonValue;
  x = own(v, "from");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from", x, "a string");
    out["from"] = x as JsonValue;
  }
  x = own(v, "from_name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from_name", x, "a string");
    out["from_name"] = x as JsonValue;
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
  }
  x = own(v, "codecs");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codecs", x, "a string");
    out["codecs"] = x as JsonValue;
  }
  x = own(v, "webrtc_media");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".webrtc_media",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["webrtc_media"] = x as JsonValue;
  }
  x = own(v, "session_timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".session_timeout",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["session_timeout"] = x as JsonValue;
  }
  x = own(v, "ringback");
  if (x !== undefined) {
    out["ringback"] = _list_of_str(x, path + ".ringback");
  }
  x = own(v, "result");
  if (x !== undefined) {
    out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "max_duration");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".max_duration",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["max_duration"] = x as JsonValue;
  }
  x = own(v, "answer_on_bridge");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".answer_on_bridge",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["answer_on_bridge"] = x as JsonValue;
  }
  x = own(v, "confirm");
  if (x !== undefined) {
    out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
  }
  x = own(v, "confirm_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".confirm_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["confirm_timeout"] = x as JsonValue;
  }
  x = own(v, "encryption");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Encryption.has(x)))
      throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
    out["encryption"] = x as JsonValue;
  }
  x = own(v, "call_state_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".call_state_url", x, "a string");
    out["call_state_url"] = x as JsonValue;
  }
  x = own(v, "transfer_after_bridge");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(
        path + ".transfer_after_bridge",
        x,
        "a string or a SWML variable such as '${name}'",
      );
    out["transfer_after_bridge"] = x as JsonValue;
  }
  x = own(v, "call_state_events");
  if (x !== undefined) {
    out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "username");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".username", x, "a string");
    out["username"] = x as JsonValue;
  }
  x = own(v, "password");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".password", x, "a string");
    out["password"] = x as JsonValue;
  }
  x = own(v, "name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
    out["name"] = x as JsonValue;
  }
  x = own(v, "codec");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codec", x, "a string");
    out["codec"] = x as JsonValue;
  }
  x = own(v, "realtime");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".realtime",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["realtime"] = x as JsonValue;
  }
  x = own(v, "status_url_method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_StatusUrlMethod.has(x)))
      throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
    out["status_url_method"] = x as JsonValue;
  }
  x = own(v, "authorization_bearer_token");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".authorization_bearer_token", x, "a string");
    out["authorization_bearer_token"] = x as JsonValue;
  }
  x = own(v, "custom_parameters");
  if (x !== undefined) {
    out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ConnectDeviceSingle, path);
  return out;
}

// Checks #/$defs/ConnectHeaders
export function checkConnectHeaders(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectHeaders object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined) missingKey(v, KEYS_ConnectHeaders, path, "name", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
  out["name"] = x as JsonValue;
  x = own(v, "value");
  if (x === undefined) missingKey(v, KEYS_ConnectHeaders, path, "value", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".value", x, "a string");
  out["value"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ConnectHeaders, path);
  return out;
}

// Checks #/$defs/ConnectSwitch
export function checkConnectSwitch(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConnectSwitch object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "case");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ConnectSwitch,
      path,
      "case",
      "a JSON object whose values are each a list of SWML methods",
    );
  out["case"] = _map_of_list_of_method(x, path + ".case");
  x = own(v, "variable");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".variable", x, "a string");
    out["variable"] = x as JsonValue;
  }
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_method(x, path + ".default");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ConnectSwitch, path);
  return out;
}

// Checks #/$defs/ConstProperty
export function checkConstProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConstProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "const");
  if (x === undefined) missingKey(v, KEYS_ConstProperty, path, "const", "any JSON value");
  out["const"] = jsonCopy(x, path + ".const");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ConstProperty, path);
  return out;
}

// Checks #/$defs/ContextPOMSteps
export function checkContextPOMSteps(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ContextPOMSteps object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined)
    missingKey(v, KEYS_ContextPOMSteps, path, "name", "a name other than 'next'");
  if (!(typeof x === "string" && RE_2.test(x)))
    throw new Invalid(path + ".name", x, "a name other than 'next'");
  out["name"] = x as JsonValue;
  x = own(v, "pom");
  if (x === undefined)
    missingKey(v, KEYS_ContextPOMSteps, path, "pom", "a list of items that are each a POM value");
  out["pom"] = _list_of_POM(x, path + ".pom");
  x = own(v, "step_criteria");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".step_criteria", x, "a string");
    out["step_criteria"] = x as JsonValue;
  }
  x = own(v, "functions");
  if (x !== undefined) {
    out["functions"] = _list_of_str(x, path + ".functions");
  }
  x = own(v, "valid_contexts");
  if (x !== undefined) {
    out["valid_contexts"] = _list_of_str(x, path + ".valid_contexts");
  }
  x = own(v, "skip_user_turn");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".skip_user_turn",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["skip_user_turn"] = x as JsonValue;
  }
  x = own(v, "end");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".end", x, "true or false");
    out["end"] = x as JsonValue;
  }
  x = own(v, "valid_steps");
  if (x !== undefined) {
    out["valid_steps"] = _list_of_str(x, path + ".valid_steps");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ContextPOMSteps, path);
  return out;
}

// Checks #/$defs/ContextSwitchAction/properties/context_switch
export function checkContextSwitch(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ContextSwitch object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "system_prompt");
  if (x === undefined) missingKey(v, KEYS_ContextSwitch, path, "system_prompt", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".system_prompt", x, "a string");
  out["system_prompt"] = x as JsonValue;
  x = own(v, "consolidate");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".consolidate",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["consolidate"] = x as JsonValue;
  }
  x = own(v, "user_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".user_prompt", x, "a string");
    out["user_prompt"] = x as JsonValue;
  }
  x = own(v, "full_reset");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".full_reset",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["full_reset"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ContextSwitch, path);
  return out;
}

// Checks #/$defs/ContextSwitchAction
export function checkContextSwitchAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ContextSwitchAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "context_switch");
  if (x === undefined)
    missingKey(v, KEYS_ContextSwitchAction, path, "context_switch", "a ContextSwitch object");
  out["context_switch"] = checkContextSwitch(x, path + ".context_switch");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ContextSwitchAction, path);
  return out;
}

// Checks #/$defs/ContextTextSteps
export function checkContextTextSteps(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ContextTextSteps object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined)
    missingKey(v, KEYS_ContextTextSteps, path, "name", "a name other than 'next'");
  if (!(typeof x === "string" && RE_2.test(x)))
    throw new Invalid(path + ".name", x, "a name other than 'next'");
  out["name"] = x as JsonValue;
  x = own(v, "text");
  if (x === undefined) missingKey(v, KEYS_ContextTextSteps, path, "text", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
  out["text"] = x as JsonValue;
  x = own(v, "step_criteria");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".step_criteria", x, "a string");
    out["step_criteria"] = x as JsonValue;
  }
  x = own(v, "functions");
  if (x !== undefined) {
    out["functions"] = _list_of_str(x, path + ".functions");
  }
  x = own(v, "valid_contexts");
  if (x !== undefined) {
    out["valid_contexts"] = _list_of_str(x, path + ".valid_contexts");
  }
  x = own(v, "skip_user_turn");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".skip_user_turn",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["skip_user_turn"] = x as JsonValue;
  }
  x = own(v, "end");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".end", x, "true or false");
    out["end"] = x as JsonValue;
  }
  x = own(v, "valid_steps");
  if (x !== undefined) {
    out["valid_steps"] = _list_of_str(x, path + ".valid_steps");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ContextTextSteps, path);
  return out;
}

// Checks #/$defs/Contexts
export function checkContexts(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Contexts object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "default");
  if (x === undefined)
    throw new Invalid(
      path + ".default",
      MISSING,
      "a ContextsPOMObject object or a ContextsTextObject object",
    );
  out["default"] = _ContextsPOMObject_or_ContextsTextObject(x, path + ".default");
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (KEYS_Contexts.has(key) || item === undefined) continue;
    setKey(out, key, _ContextsPOMObject_or_ContextsTextObject(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/ContextsPOMObject
export function checkContextsPOMObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ContextsPOMObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "steps");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ContextsPOMObject,
      path,
      "steps",
      "a list of ContextPOMSteps or ContextTextSteps objects",
    );
  out["steps"] = _list_of_ContextPOMSteps_or_ContextTextSteps(x, path + ".steps");
  x = own(v, "isolated");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".isolated", x, "true or false");
    out["isolated"] = x as JsonValue;
  }
  x = own(v, "enter_fillers");
  if (x !== undefined) {
    out["enter_fillers"] = checkFunctionFillers(x, path + ".enter_fillers");
  }
  x = own(v, "exit_fillers");
  if (x !== undefined) {
    out["exit_fillers"] = checkFunctionFillers(x, path + ".exit_fillers");
  }
  x = own(v, "pom");
  if (x !== undefined) {
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ContextsPOMObject, path);
  return out;
}

// Checks #/$defs/ContextsTextObject
export function checkContextsTextObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ContextsTextObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "steps");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ContextsTextObject,
      path,
      "steps",
      "a list of ContextPOMSteps or ContextTextSteps objects",
    );
  out["steps"] = _list_of_ContextPOMSteps_or_ContextTextSteps(x, path + ".steps");
  x = own(v, "isolated");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".isolated", x, "true or false");
    out["isolated"] = x as JsonValue;
  }
  x = own(v, "enter_fillers");
  if (x !== undefined) {
    out["enter_fillers"] = checkFunctionFillers(x, path + ".enter_fillers");
  }
  x = own(v, "exit_fillers");
  if (x !== undefined) {
    out["exit_fillers"] = checkFunctionFillers(x, path + ".exit_fillers");
  }
  x = own(v, "text");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
    out["text"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ContextsTextObject, path);
  return out;
}

// Checks #/$defs/ConversationMessage
export function checkConversationMessage(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ConversationMessage object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "role");
  if (x === undefined)
    missingKey(v, KEYS_ConversationMessage, path, "role", "one of 'user', 'assistant', 'system'");
  if (!(typeof x === "string" && E_ConversationRole.has(x)))
    throw new Invalid(path + ".role", x, "one of 'user', 'assistant', 'system'");
  out["role"] = x as JsonValue;
  x = own(v, "content");
  if (x === undefined) missingKey(v, KEYS_ConversationMessage, path, "content", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".content", x, "a string");
  out["content"] = x as JsonValue;
  x = own(v, "lang");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".lang", x, "a string");
    out["lang"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ConversationMessage, path);
  return out;
}

// Checks #/$defs/DataMap
export function checkDataMap(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a DataMap object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "output");
  if (x !== undefined) {
    out["output"] = checkOutput(x, path + ".output");
  }
  x = own(v, "expressions");
  if (x !== undefined) {
    out["expressions"] = _list_of_Expression(x, path + ".expressions");
  }
  x = own(v, "webhooks");
  if (x !== undefined) {
    out["webhooks"] = _list_of_Webhook(x, path + ".webhooks");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_DataMap, path);
  return out;
}

// Checks #/$defs/Denoise/properties/denoise
export function checkDenoise(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Denoise object");
  const out: JsonObject = {};
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Denoise, path);
  return out;
}

// Checks #/$defs/DetectMachine/properties/detect_machine
export function checkDetectMachine(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a DetectMachine object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "detect_message_end");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".detect_message_end",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["detect_message_end"] = x as JsonValue;
  }
  x = own(v, "detectors");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".detectors", x, "a string");
    out["detectors"] = x as JsonValue;
  }
  x = own(v, "end_silence_timeout");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".end_silence_timeout",
        x,
        "a number of at least 0 or a SWML variable such as '${name}'",
      );
    out["end_silence_timeout"] = x as JsonValue;
  }
  x = own(v, "initial_timeout");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".initial_timeout",
        x,
        "a number of at least 0 or a SWML variable such as '${name}'",
      );
    out["initial_timeout"] = x as JsonValue;
  }
  x = own(v, "machine_ready_timeout");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".machine_ready_timeout",
        x,
        "a number of at least 0 or a SWML variable such as '${name}'",
      );
    out["machine_ready_timeout"] = x as JsonValue;
  }
  x = own(v, "machine_voice_threshold");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".machine_voice_threshold",
        x,
        "a number of at least 0 or a SWML variable such as '${name}'",
      );
    out["machine_voice_threshold"] = x as JsonValue;
  }
  x = own(v, "machine_words_threshold");
  if (x !== undefined) {
    if (!((isInteger(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".machine_words_threshold",
        x,
        "an integer of at least 0 or a SWML variable such as '${name}'",
      );
    out["machine_words_threshold"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x) || isVar(x)))
      throw new Invalid(
        path + ".timeout",
        x,
        "a number of at least 0 or a SWML variable such as '${name}'",
      );
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "tone");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Tone.has(x)))
      throw new Invalid(path + ".tone", x, "one of 'CED', 'CNG'");
    out["tone"] = x as JsonValue;
  }
  x = own(v, "wait");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".wait", x, "true or false or a SWML variable such as '${name}'");
    out["wait"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_DetectMachine, path);
  return out;
}

// Checks #/$defs/DynamicHint
export function checkDynamicHint(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a DynamicHint object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "pattern");
  if (x === undefined) missingKey(v, KEYS_DynamicHint, path, "pattern", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".pattern", x, "a string");
  out["pattern"] = x as JsonValue;
  x = own(v, "replace");
  if (x === undefined) missingKey(v, KEYS_DynamicHint, path, "replace", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".replace", x, "a string");
  out["replace"] = x as JsonValue;
  x = own(v, "ignore_case");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".ignore_case",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["ignore_case"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_DynamicHint, path);
  return out;
}

// Checks #/$defs/EndOfSpeechTimeoutAction
export function checkEndOfSpeechTimeoutAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an EndOfSpeechTimeoutAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "end_of_speech_timeout");
  if (x === undefined)
    missingKey(
      v,
      KEYS_EndOfSpeechTimeoutAction,
      path,
      "end_of_speech_timeout",
      "an integer from 250 to 10000 or a SWML variable such as '${name}'",
    );
  if (!((isInteger(x) && 250 <= x && x <= 10000) || isVar(x)))
    throw new Invalid(
      path + ".end_of_speech_timeout",
      x,
      "an integer from 250 to 10000 or a SWML variable such as '${name}'",
    );
  out["end_of_speech_timeout"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_EndOfSpeechTimeoutAction, path);
  return out;
}

// Checks #/$defs/EnterQueueObject
export function checkEnterQueueObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an EnterQueueObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "queue_name");
  if (x === undefined) missingKey(v, KEYS_EnterQueueObject, path, "queue_name", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".queue_name", x, "a string");
  out["queue_name"] = x as JsonValue;
  x = own(v, "transfer_after_bridge");
  if (x === undefined)
    missingKey(
      v,
      KEYS_EnterQueueObject,
      path,
      "transfer_after_bridge",
      "a string or a SWML variable such as '${name}'",
    );
  if (!(typeof x === "string"))
    throw new Invalid(
      path + ".transfer_after_bridge",
      x,
      "a string or a SWML variable such as '${name}'",
    );
  out["transfer_after_bridge"] = x as JsonValue;
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "wait_url");
  if (x !== undefined) {
    if (!(typeof x === "string" || isVar(x)))
      throw new Invalid(path + ".wait_url", x, "a string or a SWML variable such as '${name}'");
    out["wait_url"] = x as JsonValue;
  }
  x = own(v, "wait_time");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x) || isVar(x)))
      throw new Invalid(
        path + ".wait_time",
        x,
        "an integer of at least 1 or a SWML variable such as '${name}'",
      );
    out["wait_time"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_EnterQueueObject, path);
  return out;
}

// Checks #/$defs/Execute/properties/execute
export function checkExecute(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an Execute object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "dest");
  if (x === undefined) missingKey(v, KEYS_Execute, path, "dest", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".dest", x, "a string");
  out["dest"] = x as JsonValue;
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = _map_of_any(x, path + ".params");
  }
  x = own(v, "meta");
  if (x !== undefined) {
    out["meta"] = _map_of_any(x, path + ".meta");
  }
  x = own(v, "on_return");
  if (x !== undefined) {
    out["on_return"] = _list_of_method(x, path + ".on_return");
  }
  x = own(v, "result");
  if (x !== undefined) {
    out["result"] = _Execute_result(x, path + ".result");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Execute, path);
  return out;
}

// Checks #/$defs/ExecuteRPC/properties/execute_rpc
export function checkExecuteRpc(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an ExecuteRpc object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "method");
  if (x === undefined) missingKey(v, KEYS_ExecuteRpc, path, "method", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".method", x, "a string");
  out["method"] = x as JsonValue;
  x = own(v, "call_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".call_id", x, "a string");
    out["call_id"] = x as JsonValue;
  }
  x = own(v, "node_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".node_id", x, "a string");
    out["node_id"] = x as JsonValue;
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = _map_of_any(x, path + ".params");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ExecuteRpc, path);
  return out;
}

// Checks #/$defs/ExecuteSwitch
export function checkExecuteSwitch(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an ExecuteSwitch object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "case");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ExecuteSwitch,
      path,
      "case",
      "a JSON object whose values are each a list of SWML methods",
    );
  out["case"] = _map_of_list_of_method(x, path + ".case");
  x = own(v, "variable");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".variable", x, "a string");
    out["variable"] = x as JsonValue;
  }
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_method(x, path + ".default");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ExecuteSwitch, path);
  return out;
}

// Checks #/$defs/Expression
export function checkExpression(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an Expression object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "string");
  if (x === undefined) missingKey(v, KEYS_Expression, path, "string", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".string", x, "a string");
  out["string"] = x as JsonValue;
  x = own(v, "pattern");
  if (x === undefined) missingKey(v, KEYS_Expression, path, "pattern", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".pattern", x, "a string");
  out["pattern"] = x as JsonValue;
  x = own(v, "output");
  if (x === undefined) missingKey(v, KEYS_Expression, path, "output", "an Output object");
  out["output"] = checkOutput(x, path + ".output");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Expression, path);
  return out;
}

// Checks #/$defs/ExtensiveDataAction
export function checkExtensiveDataAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an ExtensiveDataAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "extensive_data");
  if (x === undefined)
    missingKey(v, KEYS_ExtensiveDataAction, path, "extensive_data", "true or false");
  if (!(typeof x === "boolean")) throw new Invalid(path + ".extensive_data", x, "true or false");
  out["extensive_data"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ExtensiveDataAction, path);
  return out;
}

// Checks #/$defs/Webhook/properties/foreach
export function checkForeach(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Foreach object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "input_key");
  if (x === undefined) missingKey(v, KEYS_Foreach, path, "input_key", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".input_key", x, "a string");
  out["input_key"] = x as JsonValue;
  x = own(v, "output_key");
  if (x === undefined) missingKey(v, KEYS_Foreach, path, "output_key", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".output_key", x, "a string");
  out["output_key"] = x as JsonValue;
  x = own(v, "append");
  if (x === undefined) missingKey(v, KEYS_Foreach, path, "append", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".append", x, "a string");
  out["append"] = x as JsonValue;
  x = own(v, "max");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".max", x, "an integer or a SWML variable such as '${name}'");
    out["max"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Foreach, path);
  return out;
}

// Checks #/$defs/FunctionFillers
export function checkFunctionFillers(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a FunctionFillers object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_str(x, path + ".default");
  }
  x = own(v, "auto");
  if (x !== undefined) {
    out["auto"] = _list_of_str(x, path + ".auto");
  }
  x = own(v, "bg");
  if (x !== undefined) {
    out["bg"] = _list_of_str(x, path + ".bg");
  }
  x = own(v, "ca");
  if (x !== undefined) {
    out["ca"] = _list_of_str(x, path + ".ca");
  }
  x = own(v, "zh");
  if (x !== undefined) {
    out["zh"] = _list_of_str(x, path + ".zh");
  }
  x = own(v, "zh-CN");
  if (x !== undefined) {
    out["zh-CN"] = _list_of_str(x, path + ".zh-CN");
  }
  x = own(v, "zh-Hans");
  if (x !== undefined) {
    out["zh-Hans"] = _list_of_str(x, path + ".zh-Hans");
  }
  x = own(v, "zh-TW");
  if (x !== undefined) {
    out["zh-TW"] = _list_of_str(x, path + ".zh-TW");
  }
  x = own(v, "zh-Hant");
  if (x !== undefined) {
    out["zh-Hant"] = _list_of_str(x, path + ".zh-Hant");
  }
  x = own(v, "zh-HK");
  if (x !== undefined) {
    out["zh-HK"] = _list_of_str(x, path + ".zh-HK");
  }
  x = own(v, "cs");
  if (x !== undefined) {
    out["cs"] = _list_of_str(x, path + ".cs");
  }
  x = own(v, "da");
  if (x !== undefined) {
    out["da"] = _list_of_str(x, path + ".da");
  }
  x = own(v, "da-DK");
  if (x !== undefined) {
    out["da-DK"] = _list_of_str(x, path + ".da-DK");
  }
  x = own(v, "nl");
  if (x !== undefined) {
    out["nl"] = _list_of_str(x, path + ".nl");
  }
  x = own(v, "en");
  if (x !== undefined) {
    out["en"] = _list_of_str(x, path + ".en");
  }
  x = own(v, "en-US");
  if (x !== undefined) {
    out["en-US"] = _list_of_str(x, path + ".en-US");
  }
  x = own(v, "en-GB");
  if (x !== undefined) {
    out["en-GB"] = _list_of_str(x, path + ".en-GB");
  }
  x = own(v, "en-NZ");
  if (x !== undefined) {
    out["en-NZ"] = _list_of_str(x, path + ".en-NZ");
  }
  x = own(v, "en-IN");
  if (x !== undefined) {
    out["en-IN"] = _list_of_str(x, path + ".en-IN");
  }
  x = own(v, "en-AU");
  if (x !== undefined) {
    out["en-AU"] = _list_of_str(x, path + ".en-AU");
  }
  x = own(v, "et");
  if (x !== undefined) {
    out["et"] = _list_of_str(x, path + ".et");
  }
  x = own(v, "fi");
  if (x !== undefined) {
    out["fi"] = _list_of_str(x, path + ".fi");
  }
  x = own(v, "nl-BE");
  if (x !== undefined) {
    out["nl-BE"] = _list_of_str(x, path + ".nl-BE");
  }
  x = own(v, "fr");
  if (x !== undefined) {
    out["fr"] = _list_of_str(x, path + ".fr");
  }
  x = own(v, "fr-CA");
  if (x !== undefined) {
    out["fr-CA"] = _list_of_str(x, path + ".fr-CA");
  }
  x = own(v, "de");
  if (x !== undefined) {
    out["de"] = _list_of_str(x, path + ".de");
  }
  x = own(v, "de-CH");
  if (x !== undefined) {
    out["de-CH"] = _list_of_str(x, path + ".de-CH");
  }
  x = own(v, "el");
  if (x !== undefined) {
    out["el"] = _list_of_str(x, path + ".el");
  }
  x = own(v, "hi");
  if (x !== undefined) {
    out["hi"] = _list_of_str(x, path + ".hi");
  }
  x = own(v, "hu");
  if (x !== undefined) {
    out["hu"] = _list_of_str(x, path + ".hu");
  }
  x = own(v, "id");
  if (x !== undefined) {
    out["id"] = _list_of_str(x, path + ".id");
  }
  x = own(v, "it");
  if (x !== undefined) {
    out["it"] = _list_of_str(x, path + ".it");
  }
  x = own(v, "ja");
  if (x !== undefined) {
    out["ja"] = _list_of_str(x, path + ".ja");
  }
  x = own(v, "ko");
  if (x !== undefined) {
    out["ko"] = _list_of_str(x, path + ".ko");
  }
  x = own(v, "ko-KR");
  if (x !== undefined) {
    out["ko-KR"] = _list_of_str(x, path + ".ko-KR");
  }
  x = own(v, "lv");
  if (x !== undefined) {
    out["lv"] = _list_of_str(x, path + ".lv");
  }
  x = own(v, "lt");
  if (x !== undefined) {
    out["lt"] = _list_of_str(x, path + ".lt");
  }
  x = own(v, "ms");
  if (x !== undefined) {
    out["ms"] = _list_of_str(x, path + ".ms");
  }
  x = own(v, "multi");
  if (x !== undefined) {
    out["multi"] = _list_of_str(x, path + ".multi");
  }
  x = own(v, "no");
  if (x !== undefined) {
    out["no"] = _list_of_str(x, path + ".no");
  }
  x = own(v, "pl");
  if (x !== undefined) {
    out["pl"] = _list_of_str(x, path + ".pl");
  }
  x = own(v, "pt");
  if (x !== undefined) {
    out["pt"] = _list_of_str(x, path + ".pt");
  }
  x = own(v, "pt-BR");
  if (x !== undefined) {
    out["pt-BR"] = _list_of_str(x, path + ".pt-BR");
  }
  x = own(v, "pt-PT");
  if (x !== undefined) {
    out["pt-PT"] = _list_of_str(x, path + ".pt-PT");
  }
  x = own(v, "ro");
  if (x !== undefined) {
    out["ro"] = _list_of_str(x, path + ".ro");
  }
  x = own(v, "ru");
  if (x !== undefined) {
    out["ru"] = _list_of_str(x, path + ".ru");
  }
  x = own(v, "sk");
  if (x !== undefined) {
    out["sk"] = _list_of_str(x, path + ".sk");
  }
  x = own(v, "es");
  if (x !== undefined) {
    out["es"] = _list_of_str(x, path + ".es");
  }
  x = own(v, "es-419");
  if (x !== undefined) {
    out["es-419"] = _list_of_str(x, path + ".es-419");
  }
  x = own(v, "sv");
  if (x !== undefined) {
    out["sv"] = _list_of_str(x, path + ".sv");
  }
  x = own(v, "sv-SE");
  if (x !== undefined) {
    out["sv-SE"] = _list_of_str(x, path + ".sv-SE");
  }
  x = own(v, "th");
  if (x !== undefined) {
    out["th"] = _list_of_str(x, path + ".th");
  }
  x = own(v, "th-TH");
  if (x !== undefined) {
    out["th-TH"] = _list_of_str(x, path + ".th-TH");
  }
  x = own(v, "tr");
  if (x !== undefined) {
    out["tr"] = _list_of_str(x, path + ".tr");
  }
  x = own(v, "uk");
  if (x !== undefined) {
    out["uk"] = _list_of_str(x, path + ".uk");
  }
  x = own(v, "vi");
  if (x !== undefined) {
    out["vi"] = _list_of_str(x, path + ".vi");
  }
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (KEYS_FunctionFillers.has(key) || item === undefined) continue;
    setKey(out, key, _list_of_str(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/FunctionParameters
export function checkFunctionParameters(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a FunctionParameters object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_FunctionParameters, path, "type", "'object'");
  if (!(x === "object")) throw new Invalid(path + ".type", x, "'object'");
  out["type"] = "object";
  x = own(v, "properties");
  if (x === undefined)
    missingKey(
      v,
      KEYS_FunctionParameters,
      path,
      "properties",
      "a JSON object whose values are each a SchemaType value",
    );
  out["properties"] = _map_of_SchemaType(x, path + ".properties");
  x = own(v, "required");
  if (x !== undefined) {
    out["required"] = _list_of_str(x, path + ".required");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_FunctionParameters, path);
  return out;
}

// Checks #/$defs/FunctionsOnSpeakerTimeoutAction
export function checkFunctionsOnSpeakerTimeoutAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a FunctionsOnSpeakerTimeoutAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "functions_on_speaker_timeout");
  if (x === undefined)
    missingKey(
      v,
      KEYS_FunctionsOnSpeakerTimeoutAction,
      path,
      "functions_on_speaker_timeout",
      "true or false",
    );
  if (!(typeof x === "boolean"))
    throw new Invalid(path + ".functions_on_speaker_timeout", x, "true or false");
  out["functions_on_speaker_timeout"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_FunctionsOnSpeakerTimeoutAction, path);
  return out;
}

// Checks #/$defs/Goto/properties/goto
export function checkGoto(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Goto object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "label");
  if (x === undefined) missingKey(v, KEYS_Goto, path, "label", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".label", x, "a string");
  out["label"] = x as JsonValue;
  x = own(v, "when");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".when", x, "a string");
    out["when"] = x as JsonValue;
  }
  x = own(v, "max");
  if (x !== undefined) {
    if (!((isInteger(x) && 1 <= x && x <= 100) || isVar(x)))
      throw new Invalid(
        path + ".max",
        x,
        "an integer from 1 to 100 or a SWML variable such as '${name}'",
      );
    out["max"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Goto, path);
  return out;
}

// Checks #/$defs/HangUpHookSWAIGFunction
export function checkHangUpHookSWAIGFunction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a HangUpHookSWAIGFunction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_HangUpHookSWAIGFunction, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined)
    missingKey(v, KEYS_HangUpHookSWAIGFunction, path, "function", "'hangup_hook'");
  if (!(x === "hangup_hook")) throw new Invalid(path + ".function", x, "'hangup_hook'");
  out["function"] = "hangup_hook";
  x = own(v, "purpose");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".purpose", x, "a string");
    out["purpose"] = x as JsonValue;
  }
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "fillers");
  if (x !== undefined) {
    out["fillers"] = checkFunctionFillers(x, path + ".fillers");
  }
  x = own(v, "argument");
  if (x !== undefined) {
    out["argument"] = checkFunctionParameters(x, path + ".argument");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
  }
  x = own(v, "skip_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".skip_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["skip_fillers"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "wait_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".wait_file", x, "a string");
    out["wait_file"] = x as JsonValue;
  }
  x = own(v, "wait_file_loops");
  if (x !== undefined) {
    if (!(isInteger(x) || typeof x === "string"))
      throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
    out["wait_file_loops"] = x as JsonValue;
  }
  x = own(v, "wait_for_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".wait_for_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["wait_for_fillers"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_HangUpHookSWAIGFunction, path);
  return out;
}

// Checks #/$defs/Hangup/properties/hangup
export function checkHangup(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Hangup object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "reason");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Reason.has(x)))
      throw new Invalid(path + ".reason", x, "one of 'hangup', 'busy', 'decline'");
    out["reason"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Hangup, path);
  return out;
}

// Checks #/$defs/HangupAction
export function checkHangupAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a HangupAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "hangup");
  if (x === undefined)
    missingKey(
      v,
      KEYS_HangupAction,
      path,
      "hangup",
      "true or false or a SWML variable such as '${name}'",
    );
  if (!(typeof x === "boolean" || isVar(x)))
    throw new Invalid(path + ".hangup", x, "true or false or a SWML variable such as '${name}'");
  out["hangup"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_HangupAction, path);
  return out;
}

// Checks #/$defs/Hint
export function checkHint(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Hint object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "hint");
  if (x === undefined) missingKey(v, KEYS_Hint, path, "hint", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".hint", x, "a string");
  out["hint"] = x as JsonValue;
  x = own(v, "pattern");
  if (x === undefined) missingKey(v, KEYS_Hint, path, "pattern", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".pattern", x, "a string");
  out["pattern"] = x as JsonValue;
  x = own(v, "replace");
  if (x === undefined) missingKey(v, KEYS_Hint, path, "replace", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".replace", x, "a string");
  out["replace"] = x as JsonValue;
  x = own(v, "ignore_case");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".ignore_case",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["ignore_case"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Hint, path);
  return out;
}

// Checks #/$defs/HoldAction/properties/hold/anyOf/2
export function checkHold(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Hold object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!((isInteger(x) && -2147483648 <= x && x <= 900) || isVar(x)))
      throw new Invalid(
        path + ".timeout",
        x,
        "an integer from -2147483648 to 900 or a SWML variable such as '${name}'",
      );
    out["timeout"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Hold, path);
  return out;
}

// Checks #/$defs/HoldAction
export function checkHoldAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a HoldAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "hold");
  if (x === undefined)
    missingKey(
      v,
      KEYS_HoldAction,
      path,
      "hold",
      "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'",
    );
  out["hold"] = _HoldAction_hold(x, path + ".hold");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_HoldAction, path);
  return out;
}

// Checks #/$defs/InjectAction/properties/inject
export function checkInject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an Inject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "message");
  if (x === undefined) missingKey(v, KEYS_Inject, path, "message", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".message", x, "a string");
  out["message"] = x as JsonValue;
  x = own(v, "direction");
  if (x === undefined)
    missingKey(v, KEYS_Inject, path, "direction", "one of 'remote-caller', 'local-caller'");
  if (!(typeof x === "string" && E_TranslateDirection.has(x)))
    throw new Invalid(path + ".direction", x, "one of 'remote-caller', 'local-caller'");
  out["direction"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Inject, path);
  return out;
}

// Checks #/$defs/InjectAction
export function checkInjectAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an InjectAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "inject");
  if (x === undefined) missingKey(v, KEYS_InjectAction, path, "inject", "an Inject object");
  out["inject"] = checkInject(x, path + ".inject");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_InjectAction, path);
  return out;
}

// Checks #/$defs/IntegerProperty
export function checkIntegerProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an IntegerProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_IntegerProperty, path, "type", "'integer'");
  if (!(x === "integer")) throw new Invalid(path + ".type", x, "'integer'");
  out["type"] = "integer";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "nullable");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".nullable",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["nullable"] = x as JsonValue;
  }
  x = own(v, "enum");
  if (x !== undefined) {
    out["enum"] = _list_of_int(x, path + ".enum");
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".default", x, "an integer or a SWML variable such as '${name}'");
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_IntegerProperty, path);
  return out;
}

// Checks #/$defs/JoinConferenceObject
export function checkJoinConference(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a JoinConference object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined) missingKey(v, KEYS_JoinConference, path, "name", "a non-blank string");
  if (!(typeof x === "string" && !isBlank(x)))
    throw new Invalid(path + ".name", x, "a non-blank string");
  out["name"] = x as JsonValue;
  x = own(v, "muted");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".muted", x, "true or false or a SWML variable such as '${name}'");
    out["muted"] = x as JsonValue;
  }
  x = own(v, "beep");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Beep.has(x)))
      throw new Invalid(path + ".beep", x, "one of 'true', 'false', 'onEnter', 'onExit'");
    out["beep"] = x as JsonValue;
  }
  x = own(v, "start_on_enter");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".start_on_enter",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["start_on_enter"] = x as JsonValue;
  }
  x = own(v, "end_on_exit");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".end_on_exit",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["end_on_exit"] = x as JsonValue;
  }
  x = own(v, "wait_url");
  if (x !== undefined) {
    if (!((typeof x === "string" && URL_HTTP_HTTPS.test(x)) || isVar(x)))
      throw new Invalid(
        path + ".wait_url",
        x,
        "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
      );
    out["wait_url"] = x as JsonValue;
  }
  x = own(v, "max_participants");
  if (x !== undefined) {
    if (!((isInteger(x) && 2 <= x && x <= 100000) || isVar(x)))
      throw new Invalid(
        path + ".max_participants",
        x,
        "an integer from 2 to 100000 or a SWML variable such as '${name}'",
      );
    out["max_participants"] = x as JsonValue;
  }
  x = own(v, "record");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Record.has(x)))
      throw new Invalid(path + ".record", x, "one of 'do-not-record', 'record-from-start'");
    out["record"] = x as JsonValue;
  }
  x = own(v, "region");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Region.has(x)))
      throw new Invalid(path + ".region", x, "one of 'global', 'us', 'eu', 'ch'");
    out["region"] = x as JsonValue;
  }
  x = own(v, "trim");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Trim.has(x)))
      throw new Invalid(path + ".trim", x, "one of 'trim-silence', 'do-not-trim'");
    out["trim"] = x as JsonValue;
  }
  x = own(v, "coach");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".coach", x, "a string");
    out["coach"] = x as JsonValue;
  }
  x = own(v, "status_callback_event");
  if (x !== undefined) {
    out["status_callback_event"] = _joined_StatusCallbackEvent(x, path + ".status_callback_event");
  }
  x = own(v, "status_callback_event_type");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_CallbackEventType.has(x)))
      throw new Invalid(path + ".status_callback_event_type", x, "one of 'cxml', 'laml', 'relay'");
    out["status_callback_event_type"] = x as JsonValue;
  }
  x = own(v, "status_callback");
  if (x !== undefined) {
    if (!(typeof x === "string" && URL_HTTP_HTTPS.test(x)))
      throw new Invalid(
        path + ".status_callback",
        x,
        "an absolute URL starting with http:// or https://",
      );
    out["status_callback"] = x as JsonValue;
  }
  x = own(v, "status_callback_method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_HttpMethod.has(x)))
      throw new Invalid(path + ".status_callback_method", x, "one of 'GET', 'POST'");
    out["status_callback_method"] = x as JsonValue;
  }
  x = own(v, "recording_status_callback");
  if (x !== undefined) {
    if (!(typeof x === "string" && URL_HTTP_HTTPS.test(x)))
      throw new Invalid(
        path + ".recording_status_callback",
        x,
        "an absolute URL starting with http:// or https://",
      );
    out["recording_status_callback"] = x as JsonValue;
  }
  x = own(v, "recording_status_callback_method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_HttpMethod.has(x)))
      throw new Invalid(path + ".recording_status_callback_method", x, "one of 'GET', 'POST'");
    out["recording_status_callback_method"] = x as JsonValue;
  }
  x = own(v, "recording_status_callback_event");
  if (x !== undefined) {
    out["recording_status_callback_event"] = _joined_RecordingStatusCallbackEvent(
      x,
      path + ".recording_status_callback_event",
    );
  }
  x = own(v, "recording_status_callback_event_type");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_CallbackEventType.has(x)))
      throw new Invalid(
        path + ".recording_status_callback_event_type",
        x,
        "one of 'cxml', 'laml', 'relay'",
      );
    out["recording_status_callback_event_type"] = x as JsonValue;
  }
  x = own(v, "result");
  if (x !== undefined) {
    out["result"] = _Switch_or_list_of_CondReg_or_CondElse(x, path + ".result");
  }
  x = own(v, "stream");
  if (x !== undefined) {
    out["stream"] = checkJoinConferenceStream(x, path + ".stream");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_JoinConference, path);
  return out;
}

// Checks #/$defs/JoinConferenceStream
export function checkJoinConferenceStream(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a JoinConferenceStream object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined)
    missingKey(v, KEYS_JoinConferenceStream, path, "url", "an absolute URL starting with wss://");
  if (!(typeof x === "string" && URL_WSS.test(x)))
    throw new Invalid(path + ".url", x, "an absolute URL starting with wss://");
  out["url"] = x as JsonValue;
  x = own(v, "name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
    out["name"] = x as JsonValue;
  }
  x = own(v, "codec");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codec", x, "a string");
    out["codec"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "status_url_method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_HttpMethod.has(x)))
      throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
    out["status_url_method"] = x as JsonValue;
  }
  x = own(v, "realtime");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".realtime",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["realtime"] = x as JsonValue;
  }
  x = own(v, "authorization_bearer_token");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".authorization_bearer_token", x, "a string");
    out["authorization_bearer_token"] = x as JsonValue;
  }
  x = own(v, "custom_parameters");
  if (x !== undefined) {
    out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_JoinConferenceStream, path);
  return out;
}

// Checks #/$defs/JoinRoom/properties/join_room
export function checkJoinRoom(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a JoinRoom object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined) missingKey(v, KEYS_JoinRoom, path, "name", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
  out["name"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_JoinRoom, path);
  return out;
}

// Checks #/$defs/LanguageParams
export function checkLanguageParams(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a LanguageParams object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "stability");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".stability",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["stability"] = x as JsonValue;
  }
  x = own(v, "similarity");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".similarity",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["similarity"] = x as JsonValue;
  }
  x = own(v, "speakingRate");
  if (x !== undefined) {
    if (!((isNumber(x) && 0.5 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".speakingRate",
        x,
        "a number from 0.5 to 1.5 or a SWML variable such as '${name}'",
      );
    out["speakingRate"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 2 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "speed");
  if (x !== undefined) {
    if (!((isNumber(x) && 0.5 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".speed",
        x,
        "a number from 0.5 to 2 or a SWML variable such as '${name}'",
      );
    out["speed"] = x as JsonValue;
  }
  x = own(v, "vol");
  if (x !== undefined) {
    if (!((isNumber(x) && 0.1 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".vol",
        x,
        "a number from 0.1 to 1 or a SWML variable such as '${name}'",
      );
    out["vol"] = x as JsonValue;
  }
  x = own(v, "pitch");
  if (x !== undefined) {
    if (!((isInteger(x) && -12 <= x && x <= 12) || isVar(x)))
      throw new Invalid(
        path + ".pitch",
        x,
        "an integer from -12 to 12 or a SWML variable such as '${name}'",
      );
    out["pitch"] = x as JsonValue;
  }
  x = own(v, "emotion");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Emotion.has(x)))
      throw new Invalid(
        path + ".emotion",
        x,
        "one of 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'neutral'",
      );
    out["emotion"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_LanguageParams, path);
  return out;
}

// Checks #/$defs/Languages
export function checkLanguages(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Languages object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined) missingKey(v, KEYS_Languages, path, "name", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
  out["name"] = x as JsonValue;
  x = own(v, "code");
  if (x === undefined)
    missingKey(v, KEYS_Languages, path, "code", "a string or a list of strings (at most 3 items)");
  out["code"] = _Languages_code(x, path + ".code");
  x = own(v, "voice");
  if (x === undefined) missingKey(v, KEYS_Languages, path, "voice", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".voice", x, "a string");
  out["voice"] = x as JsonValue;
  x = own(v, "listen_language");
  if (x !== undefined) {
    out["listen_language"] = _str_or_list_of_str(x, path + ".listen_language");
  }
  x = own(v, "model");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".model", x, "a string");
    out["model"] = x as JsonValue;
  }
  x = own(v, "auto_emotion");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".auto_emotion", x, "true or false");
    out["auto_emotion"] = x as JsonValue;
  }
  x = own(v, "auto_speed");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".auto_speed", x, "true or false");
    out["auto_speed"] = x as JsonValue;
  }
  x = own(v, "engine");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".engine", x, "a string");
    out["engine"] = x as JsonValue;
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = checkLanguageParams(x, path + ".params");
  }
  x = own(v, "fillers");
  if (x !== undefined) {
    out["fillers"] = _list_of_str(x, path + ".fillers");
  }
  x = own(v, "function_fillers");
  if (x !== undefined) {
    out["function_fillers"] = _list_of_str(x, path + ".function_fillers");
  }
  x = own(v, "speech_fillers");
  if (x !== undefined) {
    out["speech_fillers"] = _list_of_str(x, path + ".speech_fillers");
  }
  x = own(v, "turn_fillers");
  if (x !== undefined) {
    out["turn_fillers"] = _list_of_str(x, path + ".turn_fillers");
  }
  x = own(v, "pronounce");
  if (x !== undefined) {
    out["pronounce"] = _list_of_Pronounce(x, path + ".pronounce");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Languages, path);
  return out;
}

// Checks #/$defs/LiveTranscribe/properties/live_transcribe
export function checkLiveTranscribe(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a LiveTranscribe object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "action");
  if (x === undefined)
    missingKey(
      v,
      KEYS_LiveTranscribe,
      path,
      "action",
      "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
    );
  out["action"] = _LiveTranscribe_action(x, path + ".action");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_LiveTranscribe, path);
  return out;
}

// Checks #/$defs/LiveTranslate/properties/live_translate
export function checkLiveTranslate(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a LiveTranslate object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "action");
  if (x === undefined)
    missingKey(
      v,
      KEYS_LiveTranslate,
      path,
      "action",
      "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
    );
  out["action"] = _LiveTranslate_action(x, path + ".action");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_LiveTranslate, path);
  return out;
}

// Checks #/$defs/MCPServer
export function checkMCPServer(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a MCPServer object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined) missingKey(v, KEYS_MCPServer, path, "url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
  out["url"] = x as JsonValue;
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _map_of_str(x, path + ".headers");
  }
  x = own(v, "resources");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".resources",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["resources"] = x as JsonValue;
  }
  x = own(v, "resource_vars");
  if (x !== undefined) {
    out["resource_vars"] = _map_of_str(x, path + ".resource_vars");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_MCPServer, path);
  return out;
}

// Checks #/$defs/Multilingual
export function checkMultilingual(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Multilingual object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "languages");
  if (x === undefined)
    missingKey(v, KEYS_Multilingual, path, "languages", "a list of MultilingualLanguage objects");
  out["languages"] = _list_of_MultilingualLanguage(x, path + ".languages");
  x = own(v, "allowed");
  if (x !== undefined) {
    out["allowed"] = _list_of_str(x, path + ".allowed");
  }
  x = own(v, "engine");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".engine", x, "a string");
    out["engine"] = x as JsonValue;
  }
  x = own(v, "model");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".model", x, "a string");
    out["model"] = x as JsonValue;
  }
  x = own(v, "provider");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".provider", x, "a string");
    out["provider"] = x as JsonValue;
  }
  x = own(v, "start_language");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".start_language", x, "a string");
    out["start_language"] = x as JsonValue;
  }
  x = own(v, "min_switch_words");
  if (x !== undefined) {
    if (!(isInteger(x) && 1 <= x))
      throw new Invalid(path + ".min_switch_words", x, "an integer of at least 1");
    out["min_switch_words"] = x as JsonValue;
  }
  x = own(v, "fillers");
  if (x !== undefined) {
    out["fillers"] = _list_of_str_or_FunctionFillers(x, path + ".fillers");
  }
  x = own(v, "function_fillers");
  if (x !== undefined) {
    out["function_fillers"] = _list_of_str_or_FunctionFillers(x, path + ".function_fillers");
  }
  x = own(v, "turn_fillers");
  if (x !== undefined) {
    out["turn_fillers"] = _list_of_str_or_TurnFillers(x, path + ".turn_fillers");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Multilingual, path);
  return out;
}

// Checks #/$defs/MultilingualLanguage
export function checkMultilingualLanguage(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a MultilingualLanguage object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "language");
  if (x === undefined) missingKey(v, KEYS_MultilingualLanguage, path, "language", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".language", x, "a string");
  out["language"] = x as JsonValue;
  x = own(v, "voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".voice", x, "a string");
    out["voice"] = x as JsonValue;
  }
  x = own(v, "model");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".model", x, "a string");
    out["model"] = x as JsonValue;
  }
  x = own(v, "engine");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".engine", x, "a string");
    out["engine"] = x as JsonValue;
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = checkLanguageParams(x, path + ".params");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_MultilingualLanguage, path);
  return out;
}

// Checks #/$defs/NullProperty
export function checkNullProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a NullProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_NullProperty, path, "type", "'null'");
  if (!(x === "null")) throw new Invalid(path + ".type", x, "'null'");
  out["type"] = "null";
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_NullProperty, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_NullProperty, path);
  return out;
}

// Checks #/$defs/NumberProperty
export function checkNumberProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a NumberProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_NumberProperty, path, "type", "'number'");
  if (!(x === "number")) throw new Invalid(path + ".type", x, "'number'");
  out["type"] = "number";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "nullable");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".nullable",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["nullable"] = x as JsonValue;
  }
  x = own(v, "enum");
  if (x !== undefined) {
    out["enum"] = _list_of_int_or_number_or_list_of_var(x, path + ".enum");
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!(isInteger(x) || isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".default",
        x,
        "an integer or a number or a SWML variable such as '${name}'",
      );
    out["default"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_NumberProperty, path);
  return out;
}

// Checks #/$defs/ObjectProperty
export function checkObjectProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an ObjectProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_ObjectProperty, path, "type", "'object'");
  if (!(x === "object")) throw new Invalid(path + ".type", x, "'object'");
  out["type"] = "object";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "nullable");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".nullable",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["nullable"] = x as JsonValue;
  }
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _map_of_any(x, path + ".default");
  }
  x = own(v, "properties");
  if (x !== undefined) {
    out["properties"] = _map_of_SchemaType(x, path + ".properties");
  }
  x = own(v, "required");
  if (x !== undefined) {
    out["required"] = _list_of_str(x, path + ".required");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ObjectProperty, path);
  return out;
}

// Checks #/$defs/OmitPropertiesBedrockPostPomptTextOmittedPromptProps
export function checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps(
  value: unknown,
  path: string,
): JsonObject {
  const v = asObject(value, path, "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "text");
  if (x === undefined)
    missingKey(
      v,
      KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
      path,
      "text",
      "a string",
    );
  if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
  out["text"] = x as JsonValue;
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, path);
  return out;
}

// Checks #/$defs/OmitPropertiesBedrockPostPromptPomOmittedPromptProps
export function checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps(
  value: unknown,
  path: string,
): JsonObject {
  const v = asObject(value, path, "an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "pom");
  if (x === undefined)
    missingKey(
      v,
      KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
      path,
      "pom",
      "a list of items that are each a POM value (at least 1 item)",
    );
  out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps, path);
  return out;
}

// Checks #/$defs/OmitPropertiesBedrockPromptPomOmittedPromptProps
export function checkOmitPropertiesBedrockPromptPomOmittedPromptProps(
  value: unknown,
  path: string,
): JsonObject {
  const v = asObject(value, path, "an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "pom");
  if (x === undefined)
    missingKey(
      v,
      KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
      path,
      "pom",
      "a list of items that are each a POM value (at least 1 item)",
    );
  out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
  x = own(v, "voice_id");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_VoiceId.has(x)))
      throw new Invalid(
        path + ".voice_id",
        x,
        "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'",
      );
    out["voice_id"] = x as JsonValue;
  }
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps, path);
  return out;
}

// Checks #/$defs/OmitPropertiesBedrockPromptTextOmittedPromptProps
export function checkOmitPropertiesBedrockPromptTextOmittedPromptProps(
  value: unknown,
  path: string,
): JsonObject {
  const v = asObject(value, path, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "text");
  if (x === undefined)
    missingKey(v, KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path, "text", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".text", x, "a string");
  out["text"] = x as JsonValue;
  x = own(v, "voice_id");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_VoiceId.has(x)))
      throw new Invalid(
        path + ".voice_id",
        x,
        "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'",
      );
    out["voice_id"] = x as JsonValue;
  }
  x = own(v, "max_tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
    out["max_tokens"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
      throw new Invalid(
        path + ".temperature",
        x,
        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
      );
    out["temperature"] = x as JsonValue;
  }
  x = own(v, "top_p");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".top_p",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["top_p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
      throw new Invalid(
        path + ".confidence",
        x,
        "a number from 0 to 1 or a SWML variable such as '${name}'",
      );
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "presence_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".presence_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["presence_penalty"] = x as JsonValue;
  }
  x = own(v, "frequency_penalty");
  if (x !== undefined) {
    if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
      throw new Invalid(
        path + ".frequency_penalty",
        x,
        "a number from -2 to 2 or a SWML variable such as '${name}'",
      );
    out["frequency_penalty"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path);
  return out;
}

// Checks #/$defs/OneOfProperty
export function checkOneOfProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an OneOfProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "oneOf");
  if (x === undefined)
    missingKey(
      v,
      KEYS_OneOfProperty,
      path,
      "oneOf",
      "a list of items that are each a SchemaType value",
    );
  out["oneOf"] = _list_of_SchemaType(x, path + ".oneOf");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_OneOfProperty, path);
  return out;
}

// Checks #/$defs/Output
export function checkOutput(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an Output object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "response");
  if (x !== undefined) {
    out["response"] = _str_or_SwaigToolResult(x, path + ".response");
  }
  x = own(v, "action");
  if (x !== undefined) {
    out["action"] = _BedrockOutput_action(x, path + ".action");
  }
  x = own(v, "post_process");
  if (x !== undefined) {
    if (!(typeof x === "boolean")) throw new Invalid(path + ".post_process", x, "true or false");
    out["post_process"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Output, path);
  return out;
}

// Checks #/$defs/Pay/properties/pay
export function checkPay(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Pay object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "payment_connector_url");
  if (x === undefined) missingKey(v, KEYS_Pay, path, "payment_connector_url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".payment_connector_url", x, "a string");
  out["payment_connector_url"] = x as JsonValue;
  x = own(v, "charge_amount");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".charge_amount", x, "a string");
    out["charge_amount"] = x as JsonValue;
  }
  x = own(v, "currency");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".currency", x, "a string");
    out["currency"] = x as JsonValue;
  }
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "input");
  if (x !== undefined) {
    if (!(x === "dtmf")) throw new Invalid(path + ".input", x, "'dtmf'");
    out["input"] = "dtmf";
  }
  x = own(v, "language");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".language", x, "a string");
    out["language"] = x as JsonValue;
  }
  x = own(v, "max_attempts");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".max_attempts",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["max_attempts"] = x as JsonValue;
  }
  x = own(v, "min_postal_code_length");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".min_postal_code_length",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["min_postal_code_length"] = x as JsonValue;
  }
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = _list_of_PayParameters(x, path + ".parameters");
  }
  x = own(v, "payment_method");
  if (x !== undefined) {
    if (!(x === "credit-card")) throw new Invalid(path + ".payment_method", x, "'credit-card'");
    out["payment_method"] = "credit-card";
  }
  x = own(v, "postal_code");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || typeof x === "string"))
      throw new Invalid(path + ".postal_code", x, "true or false or a string");
    out["postal_code"] = x as JsonValue;
  }
  x = own(v, "prompts");
  if (x !== undefined) {
    out["prompts"] = _list_of_PayPrompts(x, path + ".prompts");
  }
  x = own(v, "security_code");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".security_code",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["security_code"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "token_type");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_TokenType.has(x)))
      throw new Invalid(path + ".token_type", x, "one of 'one-time', 'reusable'");
    out["token_type"] = x as JsonValue;
  }
  x = own(v, "valid_card_types");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".valid_card_types", x, "a string");
    out["valid_card_types"] = x as JsonValue;
  }
  x = own(v, "voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".voice", x, "a string");
    out["voice"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Pay, path);
  return out;
}

// Checks #/$defs/PayParameters
export function checkPayParameters(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PayParameters object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "name");
  if (x === undefined) missingKey(v, KEYS_PayParameters, path, "name", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
  out["name"] = x as JsonValue;
  x = own(v, "value");
  if (x === undefined) missingKey(v, KEYS_PayParameters, path, "value", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".value", x, "a string");
  out["value"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_PayParameters, path);
  return out;
}

// Checks #/$defs/PayPromptPlayAction
export function checkPayPromptPlayAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PayPromptPlayAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_PayPromptPlayAction, path, "type", "'Play'");
  if (!(x === "Play")) throw new Invalid(path + ".type", x, "'Play'");
  out["type"] = "Play";
  x = own(v, "phrase");
  if (x === undefined)
    missingKey(
      v,
      KEYS_PayPromptPlayAction,
      path,
      "phrase",
      "a URL starting with http:// or https://",
    );
  if (!(typeof x === "string" && RE_3.test(x)))
    throw new Invalid(path + ".phrase", x, "a URL starting with http:// or https://");
  out["phrase"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_PayPromptPlayAction, path);
  return out;
}

// Checks #/$defs/PayPromptSayAction
export function checkPayPromptSayAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PayPromptSayAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_PayPromptSayAction, path, "type", "'Say'");
  if (!(x === "Say")) throw new Invalid(path + ".type", x, "'Say'");
  out["type"] = "Say";
  x = own(v, "phrase");
  if (x === undefined) missingKey(v, KEYS_PayPromptSayAction, path, "phrase", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".phrase", x, "a string");
  out["phrase"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_PayPromptSayAction, path);
  return out;
}

// Checks #/$defs/PayPrompts
export function checkPayPrompts(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PayPrompts object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "actions");
  if (x === undefined)
    missingKey(
      v,
      KEYS_PayPrompts,
      path,
      "actions",
      "a list of PayPromptSayAction or PayPromptPlayAction objects",
    );
  out["actions"] = _PayPrompts_actions(x, path + ".actions");
  x = own(v, "for");
  if (x === undefined) missingKey(v, KEYS_PayPrompts, path, "for", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".for", x, "a string");
  out["for"] = x as JsonValue;
  x = own(v, "attempts");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".attempts", x, "a string");
    out["attempts"] = x as JsonValue;
  }
  x = own(v, "card_type");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".card_type", x, "a string");
    out["card_type"] = x as JsonValue;
  }
  x = own(v, "error_type");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".error_type", x, "a string");
    out["error_type"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_PayPrompts, path);
  return out;
}

// Checks #/$defs/PlayWithURL
export function checkPlayWithURL(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PlayWithURL object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined)
    missingKey(
      v,
      KEYS_PlayWithURL,
      path,
      "url",
      "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
    );
  if (!((typeof x === "string" && RE_4.test(x)) || isVar(x)))
    throw new Invalid(
      path + ".url",
      x,
      "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
    );
  out["url"] = x as JsonValue;
  x = own(v, "auto_answer");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".auto_answer",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["auto_answer"] = x as JsonValue;
  }
  x = own(v, "volume");
  if (x !== undefined) {
    if (!((isNumber(x) && -40 <= x && x <= 40) || isVar(x)))
      throw new Invalid(
        path + ".volume",
        x,
        "a number from -40 to 40 or a SWML variable such as '${name}'",
      );
    out["volume"] = x as JsonValue;
  }
  x = own(v, "say_voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_voice", x, "a string");
    out["say_voice"] = x as JsonValue;
  }
  x = own(v, "say_language");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_language", x, "a string");
    out["say_language"] = x as JsonValue;
  }
  x = own(v, "say_gender");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_gender", x, "a string");
    out["say_gender"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_PlayWithURL, path);
  return out;
}

// Checks #/$defs/PlayWithURLS
export function checkPlayWithURLS(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PlayWithURLS object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "urls");
  if (x === undefined)
    missingKey(
      v,
      KEYS_PlayWithURLS,
      path,
      "urls",
      "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
    );
  out["urls"] = _PlayWithURLS_urls(x, path + ".urls");
  x = own(v, "auto_answer");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".auto_answer",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["auto_answer"] = x as JsonValue;
  }
  x = own(v, "volume");
  if (x !== undefined) {
    if (!((isNumber(x) && -40 <= x && x <= 40) || isVar(x)))
      throw new Invalid(
        path + ".volume",
        x,
        "a number from -40 to 40 or a SWML variable such as '${name}'",
      );
    out["volume"] = x as JsonValue;
  }
  x = own(v, "say_voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_voice", x, "a string");
    out["say_voice"] = x as JsonValue;
  }
  x = own(v, "say_language");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_language", x, "a string");
    out["say_language"] = x as JsonValue;
  }
  x = own(v, "say_gender");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_gender", x, "a string");
    out["say_gender"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_PlayWithURLS, path);
  return out;
}

// Checks #/$defs/PlaybackBGAction
export function checkPlaybackBGAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PlaybackBGAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "playback_bg");
  if (x === undefined)
    missingKey(v, KEYS_PlaybackBGAction, path, "playback_bg", "a PlaybackBg object");
  out["playback_bg"] = checkPlaybackBg(x, path + ".playback_bg");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_PlaybackBGAction, path);
  return out;
}

// Checks #/$defs/PlaybackBGAction/properties/playback_bg
export function checkPlaybackBg(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PlaybackBg object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "file");
  if (x === undefined) missingKey(v, KEYS_PlaybackBg, path, "file", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".file", x, "a string");
  out["file"] = x as JsonValue;
  x = own(v, "wait");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".wait", x, "true or false or a SWML variable such as '${name}'");
    out["wait"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_PlaybackBg, path);
  return out;
}

// Checks #/$defs/PomSectionBodyContent
export function checkPomSectionBodyContent(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PomSectionBodyContent object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "body");
  if (x === undefined) missingKey(v, KEYS_PomSectionBodyContent, path, "body", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".body", x, "a string");
  out["body"] = x as JsonValue;
  x = own(v, "title");
  if (x !== undefined) {
    if (!(typeof x === "string" && cpLength(x) >= 1))
      throw new Invalid(path + ".title", x, "a string of at least 1 character");
    out["title"] = x as JsonValue;
  }
  x = own(v, "subsections");
  if (x !== undefined) {
    out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections");
  }
  x = own(v, "numbered");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".numbered",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["numbered"] = x as JsonValue;
  }
  x = own(v, "numberedBullets");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".numberedBullets",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["numberedBullets"] = x as JsonValue;
  }
  x = own(v, "bullets");
  if (x !== undefined) {
    out["bullets"] = _AISidecarObject_hints(x, path + ".bullets");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_PomSectionBodyContent, path);
  return out;
}

// Checks #/$defs/PomSectionBulletsContent
export function checkPomSectionBulletsContent(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a PomSectionBulletsContent object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "bullets");
  if (x === undefined)
    missingKey(
      v,
      KEYS_PomSectionBulletsContent,
      path,
      "bullets",
      "a list of strings (at least 1 item)",
    );
  out["bullets"] = _AISidecarObject_hints(x, path + ".bullets");
  x = own(v, "title");
  if (x !== undefined) {
    if (!(typeof x === "string" && cpLength(x) >= 1))
      throw new Invalid(path + ".title", x, "a string of at least 1 character");
    out["title"] = x as JsonValue;
  }
  x = own(v, "subsections");
  if (x !== undefined) {
    out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections");
  }
  x = own(v, "numbered");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".numbered",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["numbered"] = x as JsonValue;
  }
  x = own(v, "numberedBullets");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".numberedBullets",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["numberedBullets"] = x as JsonValue;
  }
  x = own(v, "body");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".body", x, "a string");
    out["body"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_PomSectionBulletsContent, path);
  return out;
}

// Checks #/$defs/Prompt/properties/prompt
export function checkPrompt(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Prompt object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "play");
  if (x === undefined)
    missingKey(
      v,
      KEYS_Prompt,
      path,
      "play",
      "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
    );
  out["play"] = _Prompt_play(x, path + ".play");
  x = own(v, "volume");
  if (x !== undefined) {
    if (!(isNumber(x) && -40 <= x && x <= 40))
      throw new Invalid(path + ".volume", x, "a number from -40 to 40");
    out["volume"] = x as JsonValue;
  }
  x = own(v, "say_voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_voice", x, "a string");
    out["say_voice"] = x as JsonValue;
  }
  x = own(v, "say_language");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_language", x, "a string");
    out["say_language"] = x as JsonValue;
  }
  x = own(v, "say_gender");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".say_gender", x, "a string");
    out["say_gender"] = x as JsonValue;
  }
  x = own(v, "max_digits");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".max_digits", x, "an integer or a SWML variable such as '${name}'");
    out["max_digits"] = x as JsonValue;
  }
  x = own(v, "terminators");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".terminators", x, "a string");
    out["terminators"] = x as JsonValue;
  }
  x = own(v, "digit_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".digit_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["digit_timeout"] = x as JsonValue;
  }
  x = own(v, "initial_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".initial_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["initial_timeout"] = x as JsonValue;
  }
  x = own(v, "speech_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".speech_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["speech_timeout"] = x as JsonValue;
  }
  x = own(v, "speech_end_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".speech_end_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["speech_end_timeout"] = x as JsonValue;
  }
  x = own(v, "speech_language");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".speech_language", x, "a string");
    out["speech_language"] = x as JsonValue;
  }
  x = own(v, "speech_hints");
  if (x !== undefined) {
    out["speech_hints"] = _list_of_str_or_list_of_var(x, path + ".speech_hints");
  }
  x = own(v, "speech_engine");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".speech_engine", x, "a string");
    out["speech_engine"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Prompt, path);
  return out;
}

// Checks #/$defs/Pronounce
export function checkPronounce(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Pronounce object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "replace");
  if (x === undefined) missingKey(v, KEYS_Pronounce, path, "replace", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".replace", x, "a string");
  out["replace"] = x as JsonValue;
  x = own(v, "with");
  if (x === undefined) missingKey(v, KEYS_Pronounce, path, "with", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".with", x, "a string");
  out["with"] = x as JsonValue;
  x = own(v, "ignore_case");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".ignore_case",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["ignore_case"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Pronounce, path);
  return out;
}

// Checks #/$defs/ReceiveFax/properties/receive_fax
export function checkReceiveFax(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ReceiveFax object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_ReceiveFax, path);
  return out;
}

// Checks #/$defs/Record/properties/record
export function checkRecordArgument(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a RecordArgument object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "stereo");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".stereo", x, "true or false or a SWML variable such as '${name}'");
    out["stereo"] = x as JsonValue;
  }
  x = own(v, "format");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Format.has(x)))
      throw new Invalid(path + ".format", x, "one of 'wav', 'mp3', 'mp4'");
    out["format"] = x as JsonValue;
  }
  x = own(v, "direction");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_RecordDirection.has(x)))
      throw new Invalid(path + ".direction", x, "one of 'speak', 'listen'");
    out["direction"] = x as JsonValue;
  }
  x = own(v, "terminators");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".terminators", x, "a string");
    out["terminators"] = x as JsonValue;
  }
  x = own(v, "beep");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".beep", x, "true or false or a SWML variable such as '${name}'");
    out["beep"] = x as JsonValue;
  }
  x = own(v, "input_sensitivity");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".input_sensitivity",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["input_sensitivity"] = x as JsonValue;
  }
  x = own(v, "initial_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".initial_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["initial_timeout"] = x as JsonValue;
  }
  x = own(v, "end_silence_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".end_silence_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["end_silence_timeout"] = x as JsonValue;
  }
  x = own(v, "max_length");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(path + ".max_length", x, "a number or a SWML variable such as '${name}'");
    out["max_length"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_RecordArgument, path);
  return out;
}

// Checks #/$defs/RecordCall/properties/record_call
export function checkRecordCall(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a RecordCall object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "control_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".control_id", x, "a string");
    out["control_id"] = x as JsonValue;
  }
  x = own(v, "stereo");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".stereo", x, "true or false or a SWML variable such as '${name}'");
    out["stereo"] = x as JsonValue;
  }
  x = own(v, "format");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Format.has(x)))
      throw new Invalid(path + ".format", x, "one of 'wav', 'mp3', 'mp4'");
    out["format"] = x as JsonValue;
  }
  x = own(v, "direction");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_RecordCallDirection.has(x)))
      throw new Invalid(path + ".direction", x, "one of 'speak', 'listen', 'both'");
    out["direction"] = x as JsonValue;
  }
  x = own(v, "terminators");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".terminators", x, "a string");
    out["terminators"] = x as JsonValue;
  }
  x = own(v, "beep");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".beep", x, "true or false or a SWML variable such as '${name}'");
    out["beep"] = x as JsonValue;
  }
  x = own(v, "input_sensitivity");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".input_sensitivity",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["input_sensitivity"] = x as JsonValue;
  }
  x = own(v, "initial_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".initial_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["initial_timeout"] = x as JsonValue;
  }
  x = own(v, "end_silence_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".end_silence_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["end_silence_timeout"] = x as JsonValue;
  }
  x = own(v, "max_length");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(path + ".max_length", x, "a number or a SWML variable such as '${name}'");
    out["max_length"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_RecordCall, path);
  return out;
}

// Checks #/$defs/ReplaceInHistoryAction
export function checkReplaceInHistoryAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ReplaceInHistoryAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "replace_in_history");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ReplaceInHistoryAction,
      path,
      "replace_in_history",
      "a string or true or false",
    );
  if (!(typeof x === "string" || typeof x === "boolean"))
    throw new Invalid(path + ".replace_in_history", x, "a string or true or false");
  out["replace_in_history"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ReplaceInHistoryAction, path);
  return out;
}

// Checks #/$defs/Request/properties/request
export function checkRequest(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Request object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined) missingKey(v, KEYS_Request, path, "url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
  out["url"] = x as JsonValue;
  x = own(v, "method");
  if (x === undefined)
    missingKey(v, KEYS_Request, path, "method", "one of 'GET', 'POST', 'PUT', 'DELETE'");
  if (!(typeof x === "string" && E_Method.has(x)))
    throw new Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
  out["method"] = x as JsonValue;
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _map_of_any(x, path + ".headers");
  }
  x = own(v, "body");
  if (x !== undefined) {
    out["body"] = _str_or_map_of_any(x, path + ".body");
  }
  x = own(v, "timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(path + ".timeout", x, "a number or a SWML variable such as '${name}'");
    out["timeout"] = x as JsonValue;
  }
  x = own(v, "connect_timeout");
  if (x !== undefined) {
    if (!(isNumber(x) || isVar(x)))
      throw new Invalid(
        path + ".connect_timeout",
        x,
        "a number or a SWML variable such as '${name}'",
      );
    out["connect_timeout"] = x as JsonValue;
  }
  x = own(v, "save_variables");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".save_variables",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["save_variables"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Request, path);
  return out;
}

// Checks #/$defs/SMSWithBody
export function checkSMSWithBody(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SMSWithBody object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "to_number");
  if (x === undefined) missingKey(v, KEYS_SMSWithBody, path, "to_number", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".to_number", x, "a string");
  out["to_number"] = x as JsonValue;
  x = own(v, "from_number");
  if (x === undefined) missingKey(v, KEYS_SMSWithBody, path, "from_number", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".from_number", x, "a string");
  out["from_number"] = x as JsonValue;
  x = own(v, "body");
  if (x === undefined) missingKey(v, KEYS_SMSWithBody, path, "body", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".body", x, "a string");
  out["body"] = x as JsonValue;
  x = own(v, "region");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".region", x, "a string");
    out["region"] = x as JsonValue;
  }
  x = own(v, "tags");
  if (x !== undefined) {
    out["tags"] = _list_of_str(x, path + ".tags");
  }
  x = own(v, "status_callback");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_callback", x, "a string");
    out["status_callback"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SMSWithBody, path);
  return out;
}

// Checks #/$defs/SMSWithMedia
export function checkSMSWithMedia(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SMSWithMedia object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "to_number");
  if (x === undefined) missingKey(v, KEYS_SMSWithMedia, path, "to_number", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".to_number", x, "a string");
  out["to_number"] = x as JsonValue;
  x = own(v, "from_number");
  if (x === undefined) missingKey(v, KEYS_SMSWithMedia, path, "from_number", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".from_number", x, "a string");
  out["from_number"] = x as JsonValue;
  x = own(v, "media");
  if (x === undefined) missingKey(v, KEYS_SMSWithMedia, path, "media", "a list of strings");
  out["media"] = _list_of_str(x, path + ".media");
  x = own(v, "region");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".region", x, "a string");
    out["region"] = x as JsonValue;
  }
  x = own(v, "tags");
  if (x !== undefined) {
    out["tags"] = _list_of_str(x, path + ".tags");
  }
  x = own(v, "status_callback");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_callback", x, "a string");
    out["status_callback"] = x as JsonValue;
  }
  x = own(v, "body");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".body", x, "a string");
    out["body"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SMSWithMedia, path);
  return out;
}

// Checks #/$defs/SWAIG
export function checkSWAIG(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SWAIG object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "defaults");
  if (x !== undefined) {
    out["defaults"] = checkSWAIGDefaults(x, path + ".defaults");
  }
  x = own(v, "mcp_servers");
  if (x !== undefined) {
    out["mcp_servers"] = _list_of_MCPServer(x, path + ".mcp_servers");
  }
  x = own(v, "native_functions");
  if (x !== undefined) {
    out["native_functions"] = _list_of_SWAIGNativeFunction(x, path + ".native_functions");
  }
  x = own(v, "includes");
  if (x !== undefined) {
    out["includes"] = _list_of_SWAIGIncludes(x, path + ".includes");
  }
  x = own(v, "functions");
  if (x !== undefined) {
    out["functions"] = _SWAIG_functions(x, path + ".functions");
  }
  x = own(v, "internal_fillers");
  if (x !== undefined) {
    out["internal_fillers"] = checkSWAIGInternalFiller(x, path + ".internal_fillers");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SWAIG, path);
  return out;
}

// Checks #/$defs/SWAIGDefaults
export function checkSWAIGDefaults(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SWAIGDefaults object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SWAIGDefaults, path);
  return out;
}

// Checks #/$defs/SWAIGIncludes
export function checkSWAIGIncludes(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SWAIGIncludes object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "functions");
  if (x === undefined) missingKey(v, KEYS_SWAIGIncludes, path, "functions", "a list of strings");
  out["functions"] = _list_of_str(x, path + ".functions");
  x = own(v, "url");
  if (x === undefined) missingKey(v, KEYS_SWAIGIncludes, path, "url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
  out["url"] = x as JsonValue;
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SWAIGIncludes, path);
  return out;
}

// Checks #/$defs/SWAIGInternalFiller
export function checkSWAIGInternalFiller(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SWAIGInternalFiller object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "check_time");
  if (x !== undefined) {
    out["check_time"] = checkFunctionFillers(x, path + ".check_time");
  }
  x = own(v, "wait_for_user");
  if (x !== undefined) {
    out["wait_for_user"] = checkFunctionFillers(x, path + ".wait_for_user");
  }
  x = own(v, "wait_seconds");
  if (x !== undefined) {
    out["wait_seconds"] = checkFunctionFillers(x, path + ".wait_seconds");
  }
  x = own(v, "adjust_response_latency");
  if (x !== undefined) {
    out["adjust_response_latency"] = checkFunctionFillers(x, path + ".adjust_response_latency");
  }
  x = own(v, "next_step");
  if (x !== undefined) {
    out["next_step"] = checkFunctionFillers(x, path + ".next_step");
  }
  x = own(v, "change_context");
  if (x !== undefined) {
    out["change_context"] = checkFunctionFillers(x, path + ".change_context");
  }
  x = own(v, "get_visual_input");
  if (x !== undefined) {
    out["get_visual_input"] = checkFunctionFillers(x, path + ".get_visual_input");
  }
  x = own(v, "get_ideal_strategy");
  if (x !== undefined) {
    out["get_ideal_strategy"] = checkFunctionFillers(x, path + ".get_ideal_strategy");
  }
  x = own(v, "pause_conversation");
  if (x !== undefined) {
    out["pause_conversation"] = checkFunctionFillers(x, path + ".pause_conversation");
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_SWAIGInternalFiller, path);
  return out;
}

// Checks #/$defs/SWMLAction
export function checkSWMLAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SWMLAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "SWML");
  if (x === undefined) missingKey(v, KEYS_SWMLAction, path, "SWML", "a SWMLObject object");
  out["SWML"] = checkSWMLObject(x, path + ".SWML");
  x = own(v, "transfer");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".transfer",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["transfer"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SWMLAction, path);
  return out;
}

// Checks #
export function checkSWMLObject(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SWMLObject object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "sections");
  if (x === undefined) missingKey(v, KEYS_SWMLObject, path, "sections", "a Section object");
  out["sections"] = checkSection(x, path + ".sections");
  x = own(v, "version");
  if (x !== undefined) {
    if (!(x === "1.0.0")) throw new Invalid(path + ".version", x, "'1.0.0'");
    out["version"] = "1.0.0";
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SWMLObject, path);
  return out;
}

// Checks #/$defs/SayAction
export function checkSayAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SayAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "say");
  if (x === undefined) missingKey(v, KEYS_SayAction, path, "say", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".say", x, "a string");
  out["say"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SayAction, path);
  return out;
}

// Checks #/$defs/Section
export function checkSection(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Section object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "main");
  if (x === undefined) throw new Invalid(path + ".main", MISSING, "a list of SWML methods");
  out["main"] = _list_of_method(x, path + ".main");
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (KEYS_Section.has(key) || item === undefined) continue;
    setKey(out, key, _list_of_method(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/SendDigits/properties/send_digits
export function checkSendDigits(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SendDigits object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "digits");
  if (x === undefined) missingKey(v, KEYS_SendDigits, path, "digits", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".digits", x, "a string");
  out["digits"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SendDigits, path);
  return out;
}

// Checks #/$defs/SendFax/properties/send_fax
export function checkSendFax(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SendFax object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "document");
  if (x === undefined) missingKey(v, KEYS_SendFax, path, "document", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".document", x, "a string");
  out["document"] = x as JsonValue;
  x = own(v, "header_info");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".header_info", x, "a string");
    out["header_info"] = x as JsonValue;
  }
  x = own(v, "identity");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".identity", x, "a string");
    out["identity"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SendFax, path);
  return out;
}

// Checks #/$defs/SetGlobalDataAction
export function checkSetGlobalDataAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SetGlobalDataAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "set_global_data");
  if (x === undefined)
    missingKey(v, KEYS_SetGlobalDataAction, path, "set_global_data", "a JSON object");
  out["set_global_data"] = _map_of_any(x, path + ".set_global_data");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_SetGlobalDataAction, path);
  return out;
}

// Checks #/$defs/SetMetaDataAction
export function checkSetMetaDataAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SetMetaDataAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "set_meta_data");
  if (x === undefined)
    missingKey(v, KEYS_SetMetaDataAction, path, "set_meta_data", "a JSON object");
  out["set_meta_data"] = _map_of_any(x, path + ".set_meta_data");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_SetMetaDataAction, path);
  return out;
}

// Checks #/$defs/SettingsAction/properties/settings
export function checkSettings(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Settings object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "frequency-penalty");
  if (x !== undefined) {
    if (!(isNumber(x) && -2 <= x && x <= 2))
      throw new Invalid(path + ".frequency-penalty", x, "a number from -2 to 2");
    out["frequency-penalty"] = x as JsonValue;
  }
  x = own(v, "presence-penalty");
  if (x !== undefined) {
    if (!(isNumber(x) && -2 <= x && x <= 2))
      throw new Invalid(path + ".presence-penalty", x, "a number from -2 to 2");
    out["presence-penalty"] = x as JsonValue;
  }
  x = own(v, "max-tokens");
  if (x !== undefined) {
    if (!(isInteger(x) && 0 <= x && x <= 4096))
      throw new Invalid(path + ".max-tokens", x, "an integer from 0 to 4096");
    out["max-tokens"] = x as JsonValue;
  }
  x = own(v, "top-p");
  if (x !== undefined) {
    if (!(isNumber(x) && 0 <= x && x <= 1))
      throw new Invalid(path + ".top-p", x, "a number from 0 to 1");
    out["top-p"] = x as JsonValue;
  }
  x = own(v, "confidence");
  if (x !== undefined) {
    if (!(isNumber(x) && 0 <= x && x <= 1))
      throw new Invalid(path + ".confidence", x, "a number from 0 to 1");
    out["confidence"] = x as JsonValue;
  }
  x = own(v, "barge-confidence");
  if (x !== undefined) {
    if (!(isNumber(x) && 0 <= x && x <= 1))
      throw new Invalid(path + ".barge-confidence", x, "a number from 0 to 1");
    out["barge-confidence"] = x as JsonValue;
  }
  x = own(v, "temperature");
  if (x !== undefined) {
    if (!(isNumber(x) && 0 <= x && x <= 2))
      throw new Invalid(path + ".temperature", x, "a number from 0 to 2");
    out["temperature"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Settings, path);
  return out;
}

// Checks #/$defs/SettingsAction
export function checkSettingsAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SettingsAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "settings");
  if (x === undefined) missingKey(v, KEYS_SettingsAction, path, "settings", "a Settings object");
  out["settings"] = checkSettings(x, path + ".settings");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SettingsAction, path);
  return out;
}

// Checks #/$defs/SIPRefer/properties/sip_refer
export function checkSipRefer(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SipRefer object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "to_uri");
  if (x === undefined) missingKey(v, KEYS_SipRefer, path, "to_uri", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".to_uri", x, "a string");
  out["to_uri"] = x as JsonValue;
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "username");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".username", x, "a string");
    out["username"] = x as JsonValue;
  }
  x = own(v, "password");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".password", x, "a string");
    out["password"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SipRefer, path);
  return out;
}

// Checks #/$defs/Sleep/properties/sleep/anyOf/0
export function checkSleep(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Sleep object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "duration");
  if (x === undefined)
    missingKey(
      v,
      KEYS_Sleep,
      path,
      "duration",
      "an integer of at least -1 or a SWML variable such as '${name}'",
    );
  if (!((isInteger(x) && -1 <= x) || isVar(x)))
    throw new Invalid(
      path + ".duration",
      x,
      "an integer of at least -1 or a SWML variable such as '${name}'",
    );
  out["duration"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Sleep, path);
  return out;
}

// Checks #/$defs/SpeechEventTimeoutAction
export function checkSpeechEventTimeoutAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SpeechEventTimeoutAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "speech_event_timeout");
  if (x === undefined)
    missingKey(
      v,
      KEYS_SpeechEventTimeoutAction,
      path,
      "speech_event_timeout",
      "an integer from 0 to 10000 or a SWML variable such as '${name}'",
    );
  if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
    throw new Invalid(
      path + ".speech_event_timeout",
      x,
      "an integer from 0 to 10000 or a SWML variable such as '${name}'",
    );
  out["speech_event_timeout"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_SpeechEventTimeoutAction, path);
  return out;
}

// Checks #/$defs/StartAction
export function checkStartAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StartAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "start");
  if (x === undefined) missingKey(v, KEYS_StartAction, path, "start", "a StartActionStart object");
  out["start"] = checkStartActionStart(x, path + ".start");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StartAction, path);
  return out;
}

// Checks #/$defs/StartAction/properties/start
export function checkStartActionStart(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StartActionStart object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "from_lang");
  if (x === undefined) missingKey(v, KEYS_StartActionStart, path, "from_lang", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".from_lang", x, "a string");
  out["from_lang"] = x as JsonValue;
  x = own(v, "to_lang");
  if (x === undefined) missingKey(v, KEYS_StartActionStart, path, "to_lang", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".to_lang", x, "a string");
  out["to_lang"] = x as JsonValue;
  x = own(v, "direction");
  if (x === undefined)
    missingKey(
      v,
      KEYS_StartActionStart,
      path,
      "direction",
      "a list of items that are each one of 'remote-caller', 'local-caller'",
    );
  out["direction"] = _list_of_TranslateDirection(x, path + ".direction");
  x = own(v, "webhook");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".webhook", x, "a string");
    out["webhook"] = x as JsonValue;
  }
  x = own(v, "from_voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".from_voice", x, "a string");
    out["from_voice"] = x as JsonValue;
  }
  x = own(v, "to_voice");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".to_voice", x, "a string");
    out["to_voice"] = x as JsonValue;
  }
  x = own(v, "filter_from");
  if (x !== undefined) {
    if (!(
      (typeof x === "string" && E_TranslationFilterPreset.has(x)) ||
      (typeof x === "string" && RE_5.test(x))
    ))
      throw new Invalid(
        path + ".filter_from",
        x,
        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions",
      );
    out["filter_from"] = x as JsonValue;
  }
  x = own(v, "filter_to");
  if (x !== undefined) {
    if (!(
      (typeof x === "string" && E_TranslationFilterPreset.has(x)) ||
      (typeof x === "string" && RE_5.test(x))
    ))
      throw new Invalid(
        path + ".filter_to",
        x,
        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions",
      );
    out["filter_to"] = x as JsonValue;
  }
  x = own(v, "live_events");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".live_events",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["live_events"] = x as JsonValue;
  }
  x = own(v, "ai_summary");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".ai_summary",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["ai_summary"] = x as JsonValue;
  }
  x = own(v, "speech_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".speech_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["speech_timeout"] = x as JsonValue;
  }
  x = own(v, "vad_silence_ms");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".vad_silence_ms",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["vad_silence_ms"] = x as JsonValue;
  }
  x = own(v, "vad_thresh");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'");
    out["vad_thresh"] = x as JsonValue;
  }
  x = own(v, "debug_level");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".debug_level",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["debug_level"] = x as JsonValue;
  }
  x = own(v, "speech_engine");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_SpeechEngine.has(x)))
      throw new Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
    out["speech_engine"] = x as JsonValue;
  }
  x = own(v, "ai_summary_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".ai_summary_prompt", x, "a string");
    out["ai_summary_prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_StartActionStart, path);
  return out;
}

// Checks #/$defs/StartUpHookSWAIGFunction
export function checkStartUpHookSWAIGFunction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StartUpHookSWAIGFunction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined)
    missingKey(v, KEYS_StartUpHookSWAIGFunction, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined)
    missingKey(v, KEYS_StartUpHookSWAIGFunction, path, "function", "'startup_hook'");
  if (!(x === "startup_hook")) throw new Invalid(path + ".function", x, "'startup_hook'");
  out["function"] = "startup_hook";
  x = own(v, "purpose");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".purpose", x, "a string");
    out["purpose"] = x as JsonValue;
  }
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "fillers");
  if (x !== undefined) {
    out["fillers"] = checkFunctionFillers(x, path + ".fillers");
  }
  x = own(v, "argument");
  if (x !== undefined) {
    out["argument"] = checkFunctionParameters(x, path + ".argument");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
  }
  x = own(v, "skip_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".skip_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["skip_fillers"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "wait_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".wait_file", x, "a string");
    out["wait_file"] = x as JsonValue;
  }
  x = own(v, "wait_file_loops");
  if (x !== undefined) {
    if (!(isInteger(x) || typeof x === "string"))
      throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
    out["wait_file_loops"] = x as JsonValue;
  }
  x = own(v, "wait_for_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".wait_for_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["wait_for_fillers"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_StartUpHookSWAIGFunction, path);
  return out;
}

// Checks #/$defs/StopAction
export function checkStopAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StopAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "stop");
  if (x === undefined)
    missingKey(
      v,
      KEYS_StopAction,
      path,
      "stop",
      "true or false or a SWML variable such as '${name}'",
    );
  if (!(typeof x === "boolean" || isVar(x)))
    throw new Invalid(path + ".stop", x, "true or false or a SWML variable such as '${name}'");
  out["stop"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StopAction, path);
  return out;
}

// Checks #/$defs/StopDenoise/properties/stop_denoise
export function checkStopDenoise(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StopDenoise object");
  const out: JsonObject = {};
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StopDenoise, path);
  return out;
}

// Checks #/$defs/StopPlaybackBGAction
export function checkStopPlaybackBGAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StopPlaybackBGAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "stop_playback_bg");
  if (x === undefined)
    missingKey(
      v,
      KEYS_StopPlaybackBGAction,
      path,
      "stop_playback_bg",
      "true or false or a SWML variable such as '${name}'",
    );
  if (!(typeof x === "boolean" || isVar(x)))
    throw new Invalid(
      path + ".stop_playback_bg",
      x,
      "true or false or a SWML variable such as '${name}'",
    );
  out["stop_playback_bg"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_StopPlaybackBGAction, path);
  return out;
}

// Checks #/$defs/StopRecordCall/properties/stop_record_call
export function checkStopRecordCall(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StopRecordCall object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "control_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".control_id", x, "a string");
    out["control_id"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StopRecordCall, path);
  return out;
}

// Checks #/$defs/StopStream/properties/stop_stream
export function checkStopStream(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StopStream object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "control_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".control_id", x, "a string");
    out["control_id"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StopStream, path);
  return out;
}

// Checks #/$defs/StopTap/properties/stop_tap
export function checkStopTap(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StopTap object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "control_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".control_id", x, "a string");
    out["control_id"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StopTap, path);
  return out;
}

// Checks #/$defs/Stream/properties/stream
export function checkStream(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Stream object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined) missingKey(v, KEYS_Stream, path, "url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
  out["url"] = x as JsonValue;
  x = own(v, "control_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".control_id", x, "a string");
    out["control_id"] = x as JsonValue;
  }
  x = own(v, "name");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".name", x, "a string");
    out["name"] = x as JsonValue;
  }
  x = own(v, "track");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Track.has(x)))
      throw new Invalid(
        path + ".track",
        x,
        "one of 'inbound_track', 'outbound_track', 'both_tracks'",
      );
    out["track"] = x as JsonValue;
  }
  x = own(v, "codec");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".codec", x, "a string");
    out["codec"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  x = own(v, "status_url_method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_StatusUrlMethod.has(x)))
      throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
    out["status_url_method"] = x as JsonValue;
  }
  x = own(v, "authorization_bearer_token");
  if (x !== undefined) {
    if (!(typeof x === "string"))
      throw new Invalid(path + ".authorization_bearer_token", x, "a string");
    out["authorization_bearer_token"] = x as JsonValue;
  }
  x = own(v, "custom_parameters");
  if (x !== undefined) {
    out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Stream, path);
  return out;
}

// Checks #/$defs/StringProperty
export function checkStringProperty(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a StringProperty object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "type");
  if (x === undefined) missingKey(v, KEYS_StringProperty, path, "type", "'string'");
  if (!(x === "string")) throw new Invalid(path + ".type", x, "'string'");
  out["type"] = "string";
  x = own(v, "description");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
    out["description"] = x as JsonValue;
  }
  x = own(v, "nullable");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".nullable",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["nullable"] = x as JsonValue;
  }
  x = own(v, "enum");
  if (x !== undefined) {
    out["enum"] = _list_of_str(x, path + ".enum");
  }
  x = own(v, "default");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".default", x, "a string");
    out["default"] = x as JsonValue;
  }
  x = own(v, "pattern");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x as JsonValue;
  }
  x = own(v, "format");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_StringFormat.has(x)))
      throw new Invalid(
        path + ".format",
        x,
        "one of 'date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid'",
      );
    out["format"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_StringProperty, path);
  return out;
}

// Checks #/$defs/SummarizeAction
export function checkSummarizeAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SummarizeAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "summarize");
  if (x === undefined)
    missingKey(v, KEYS_SummarizeAction, path, "summarize", "a SummarizeActionSummarize object");
  out["summarize"] = checkSummarizeActionSummarize(x, path + ".summarize");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SummarizeAction, path);
  return out;
}

// Checks #/$defs/SummarizeAction/properties/summarize
export function checkSummarizeActionSummarize(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SummarizeActionSummarize object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "webhook");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".webhook", x, "a string");
    out["webhook"] = x as JsonValue;
  }
  x = own(v, "prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".prompt", x, "a string");
    out["prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_SummarizeActionSummarize, path);
  return out;
}

// Checks #/$defs/SummarizeConversationSWAIGFunction
export function checkSummarizeConversationSWAIGFunction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SummarizeConversationSWAIGFunction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined)
    missingKey(v, KEYS_SummarizeConversationSWAIGFunction, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined)
    missingKey(
      v,
      KEYS_SummarizeConversationSWAIGFunction,
      path,
      "function",
      "'summarize_conversation'",
    );
  if (!(x === "summarize_conversation"))
    throw new Invalid(path + ".function", x, "'summarize_conversation'");
  out["function"] = "summarize_conversation";
  x = own(v, "purpose");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".purpose", x, "a string");
    out["purpose"] = x as JsonValue;
  }
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "fillers");
  if (x !== undefined) {
    out["fillers"] = checkFunctionFillers(x, path + ".fillers");
  }
  x = own(v, "argument");
  if (x !== undefined) {
    out["argument"] = checkFunctionParameters(x, path + ".argument");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
  }
  x = own(v, "skip_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".skip_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["skip_fillers"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "wait_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".wait_file", x, "a string");
    out["wait_file"] = x as JsonValue;
  }
  x = own(v, "wait_file_loops");
  if (x !== undefined) {
    if (!(isInteger(x) || typeof x === "string"))
      throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
    out["wait_file_loops"] = x as JsonValue;
  }
  x = own(v, "wait_for_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".wait_for_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["wait_for_fillers"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_SummarizeConversationSWAIGFunction, path);
  return out;
}

// Checks #/$defs/SwaigToolResult
export function checkSwaigToolResult(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SwaigToolResult object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "tool_result");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".tool_result", x, "a string");
    out["tool_result"] = x as JsonValue;
  }
  x = own(v, "tool_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".tool_prompt", x, "a string");
    out["tool_prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SwaigToolResult, path);
  return out;
}

// Checks #/$defs/JoinConferenceObject/properties/result/anyOf/0
export function checkSwitch(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Switch object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "variable");
  if (x === undefined) missingKey(v, KEYS_Switch, path, "variable", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".variable", x, "a string");
  out["variable"] = x as JsonValue;
  x = own(v, "case");
  if (x === undefined)
    missingKey(
      v,
      KEYS_Switch,
      path,
      "case",
      "a JSON object whose values are each a list of SWML methods",
    );
  out["case"] = _map_of_list_of_method(x, path + ".case");
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_method(x, path + ".default");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Switch, path);
  return out;
}

// Checks #/$defs/Switch/properties/switch
export function checkSwitchArgument(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a SwitchArgument object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "variable");
  if (x === undefined) missingKey(v, KEYS_SwitchArgument, path, "variable", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".variable", x, "a string");
  out["variable"] = x as JsonValue;
  x = own(v, "case");
  if (x === undefined)
    missingKey(
      v,
      KEYS_SwitchArgument,
      path,
      "case",
      "a JSON object whose values are each a list of SWML methods",
    );
  out["case"] = _map_of_list_of_method(x, path + ".case");
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_method(x, path + ".default");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_SwitchArgument, path);
  return out;
}

// Checks #/$defs/Tap/properties/tap
export function checkTap(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Tap object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "uri");
  if (x === undefined) missingKey(v, KEYS_Tap, path, "uri", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".uri", x, "a string");
  out["uri"] = x as JsonValue;
  x = own(v, "control_id");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".control_id", x, "a string");
    out["control_id"] = x as JsonValue;
  }
  x = own(v, "direction");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_TapDirection.has(x)))
      throw new Invalid(path + ".direction", x, "one of 'speak', 'listen', 'both'");
    out["direction"] = x as JsonValue;
  }
  x = own(v, "codec");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Codec.has(x)))
      throw new Invalid(path + ".codec", x, "one of 'PCMU', 'PCMA'");
    out["codec"] = x as JsonValue;
  }
  x = own(v, "rtp_ptime");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".rtp_ptime", x, "an integer or a SWML variable such as '${name}'");
    out["rtp_ptime"] = x as JsonValue;
  }
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Tap, path);
  return out;
}

// Checks #/$defs/ToggleFunctionsAction
export function checkToggleFunctionsAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ToggleFunctionsAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "toggle_functions");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ToggleFunctionsAction,
      path,
      "toggle_functions",
      "a list of ToggleFunctionsItem objects",
    );
  out["toggle_functions"] = _list_of_ToggleFunctionsItem(x, path + ".toggle_functions");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ToggleFunctionsAction, path);
  return out;
}

// Checks #/$defs/ToggleFunctionsAction/properties/toggle_functions/items
export function checkToggleFunctionsItem(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a ToggleFunctionsItem object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "active");
  if (x === undefined)
    missingKey(
      v,
      KEYS_ToggleFunctionsItem,
      path,
      "active",
      "true or false or a SWML variable such as '${name}'",
    );
  if (!(typeof x === "boolean" || isVar(x)))
    throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
  out["active"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined)
    missingKey(v, KEYS_ToggleFunctionsItem, path, "function", "a string or a list of strings");
  out["function"] = _str_or_list_of_str(x, path + ".function");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_ToggleFunctionsItem, path);
  return out;
}

// Checks #/$defs/Transcribe/properties/transcribe
export function checkTranscribe(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Transcribe object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "status_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".status_url", x, "a string");
    out["status_url"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Transcribe, path);
  return out;
}

// Checks #/$defs/TranscribeStartAction
export function checkTranscribeStartAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a TranscribeStartAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "start");
  if (x === undefined)
    missingKey(v, KEYS_TranscribeStartAction, path, "start", "a TranscribeStartActionStart object");
  out["start"] = checkTranscribeStartActionStart(x, path + ".start");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_TranscribeStartAction, path);
  return out;
}

// Checks #/$defs/TranscribeStartAction/properties/start
export function checkTranscribeStartActionStart(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a TranscribeStartActionStart object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "lang");
  if (x === undefined) missingKey(v, KEYS_TranscribeStartActionStart, path, "lang", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".lang", x, "a string");
  out["lang"] = x as JsonValue;
  x = own(v, "direction");
  if (x === undefined)
    missingKey(
      v,
      KEYS_TranscribeStartActionStart,
      path,
      "direction",
      "a list of items that are each one of 'remote-caller', 'local-caller'",
    );
  out["direction"] = _list_of_TranscribeDirection(x, path + ".direction");
  x = own(v, "ai_summary");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".ai_summary",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["ai_summary"] = x as JsonValue;
  }
  x = own(v, "webhook");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".webhook", x, "a string");
    out["webhook"] = x as JsonValue;
  }
  x = own(v, "live_events");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".live_events",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["live_events"] = x as JsonValue;
  }
  x = own(v, "speech_timeout");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".speech_timeout",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["speech_timeout"] = x as JsonValue;
  }
  x = own(v, "vad_silence_ms");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".vad_silence_ms",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["vad_silence_ms"] = x as JsonValue;
  }
  x = own(v, "vad_thresh");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'");
    out["vad_thresh"] = x as JsonValue;
  }
  x = own(v, "debug_level");
  if (x !== undefined) {
    if (!(isInteger(x) || isVar(x)))
      throw new Invalid(
        path + ".debug_level",
        x,
        "an integer or a SWML variable such as '${name}'",
      );
    out["debug_level"] = x as JsonValue;
  }
  x = own(v, "speech_engine");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_SpeechEngine.has(x)))
      throw new Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
    out["speech_engine"] = x as JsonValue;
  }
  x = own(v, "ai_summary_prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".ai_summary_prompt", x, "a string");
    out["ai_summary_prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_TranscribeStartActionStart, path);
  return out;
}

// Checks #/$defs/TranscribeStop/properties/transcribe_stop
export function checkTranscribeStop(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a TranscribeStop object");
  const out: JsonObject = {};
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_TranscribeStop, path);
  return out;
}

// Checks #/$defs/TranscribeSummarizeAction
export function checkTranscribeSummarizeAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a TranscribeSummarizeAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "summarize");
  if (x === undefined)
    missingKey(
      v,
      KEYS_TranscribeSummarizeAction,
      path,
      "summarize",
      "a TranscribeSummarizeActionSummarize object",
    );
  out["summarize"] = checkTranscribeSummarizeActionSummarize(x, path + ".summarize");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_TranscribeSummarizeAction, path);
  return out;
}

// Checks #/$defs/TranscribeSummarizeAction/properties/summarize
export function checkTranscribeSummarizeActionSummarize(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a TranscribeSummarizeActionSummarize object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "webhook");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".webhook", x, "a string");
    out["webhook"] = x as JsonValue;
  }
  x = own(v, "prompt");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".prompt", x, "a string");
    out["prompt"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_TranscribeSummarizeActionSummarize, path);
  return out;
}

// Checks #/$defs/Transfer/properties/transfer
export function checkTransfer(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Transfer object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "dest");
  if (x === undefined) missingKey(v, KEYS_Transfer, path, "dest", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".dest", x, "a string");
  out["dest"] = x as JsonValue;
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = _map_of_any(x, path + ".params");
  }
  x = own(v, "meta");
  if (x !== undefined) {
    out["meta"] = _map_of_any(x, path + ".meta");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Transfer, path);
  return out;
}

// Checks #/$defs/TurnFillers
export function checkTurnFillers(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a TurnFillers object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "default");
  if (x !== undefined) {
    out["default"] = _list_of_str(x, path + ".default");
  }
  x = own(v, "bg");
  if (x !== undefined) {
    out["bg"] = _list_of_str(x, path + ".bg");
  }
  x = own(v, "ca");
  if (x !== undefined) {
    out["ca"] = _list_of_str(x, path + ".ca");
  }
  x = own(v, "zh");
  if (x !== undefined) {
    out["zh"] = _list_of_str(x, path + ".zh");
  }
  x = own(v, "zh-CN");
  if (x !== undefined) {
    out["zh-CN"] = _list_of_str(x, path + ".zh-CN");
  }
  x = own(v, "zh-Hans");
  if (x !== undefined) {
    out["zh-Hans"] = _list_of_str(x, path + ".zh-Hans");
  }
  x = own(v, "zh-TW");
  if (x !== undefined) {
    out["zh-TW"] = _list_of_str(x, path + ".zh-TW");
  }
  x = own(v, "zh-Hant");
  if (x !== undefined) {
    out["zh-Hant"] = _list_of_str(x, path + ".zh-Hant");
  }
  x = own(v, "zh-HK");
  if (x !== undefined) {
    out["zh-HK"] = _list_of_str(x, path + ".zh-HK");
  }
  x = own(v, "cs");
  if (x !== undefined) {
    out["cs"] = _list_of_str(x, path + ".cs");
  }
  x = own(v, "da");
  if (x !== undefined) {
    out["da"] = _list_of_str(x, path + ".da");
  }
  x = own(v, "da-DK");
  if (x !== undefined) {
    out["da-DK"] = _list_of_str(x, path + ".da-DK");
  }
  x = own(v, "nl");
  if (x !== undefined) {
    out["nl"] = _list_of_str(x, path + ".nl");
  }
  x = own(v, "en");
  if (x !== undefined) {
    out["en"] = _list_of_str(x, path + ".en");
  }
  x = own(v, "en-US");
  if (x !== undefined) {
    out["en-US"] = _list_of_str(x, path + ".en-US");
  }
  x = own(v, "en-GB");
  if (x !== undefined) {
    out["en-GB"] = _list_of_str(x, path + ".en-GB");
  }
  x = own(v, "en-NZ");
  if (x !== undefined) {
    out["en-NZ"] = _list_of_str(x, path + ".en-NZ");
  }
  x = own(v, "en-IN");
  if (x !== undefined) {
    out["en-IN"] = _list_of_str(x, path + ".en-IN");
  }
  x = own(v, "en-AU");
  if (x !== undefined) {
    out["en-AU"] = _list_of_str(x, path + ".en-AU");
  }
  x = own(v, "et");
  if (x !== undefined) {
    out["et"] = _list_of_str(x, path + ".et");
  }
  x = own(v, "fi");
  if (x !== undefined) {
    out["fi"] = _list_of_str(x, path + ".fi");
  }
  x = own(v, "nl-BE");
  if (x !== undefined) {
    out["nl-BE"] = _list_of_str(x, path + ".nl-BE");
  }
  x = own(v, "fr");
  if (x !== undefined) {
    out["fr"] = _list_of_str(x, path + ".fr");
  }
  x = own(v, "fr-CA");
  if (x !== undefined) {
    out["fr-CA"] = _list_of_str(x, path + ".fr-CA");
  }
  x = own(v, "de");
  if (x !== undefined) {
    out["de"] = _list_of_str(x, path + ".de");
  }
  x = own(v, "de-CH");
  if (x !== undefined) {
    out["de-CH"] = _list_of_str(x, path + ".de-CH");
  }
  x = own(v, "el");
  if (x !== undefined) {
    out["el"] = _list_of_str(x, path + ".el");
  }
  x = own(v, "hi");
  if (x !== undefined) {
    out["hi"] = _list_of_str(x, path + ".hi");
  }
  x = own(v, "hu");
  if (x !== undefined) {
    out["hu"] = _list_of_str(x, path + ".hu");
  }
  x = own(v, "id");
  if (x !== undefined) {
    out["id"] = _list_of_str(x, path + ".id");
  }
  x = own(v, "it");
  if (x !== undefined) {
    out["it"] = _list_of_str(x, path + ".it");
  }
  x = own(v, "ja");
  if (x !== undefined) {
    out["ja"] = _list_of_str(x, path + ".ja");
  }
  x = own(v, "ko");
  if (x !== undefined) {
    out["ko"] = _list_of_str(x, path + ".ko");
  }
  x = own(v, "ko-KR");
  if (x !== undefined) {
    out["ko-KR"] = _list_of_str(x, path + ".ko-KR");
  }
  x = own(v, "lv");
  if (x !== undefined) {
    out["lv"] = _list_of_str(x, path + ".lv");
  }
  x = own(v, "lt");
  if (x !== undefined) {
    out["lt"] = _list_of_str(x, path + ".lt");
  }
  x = own(v, "ms");
  if (x !== undefined) {
    out["ms"] = _list_of_str(x, path + ".ms");
  }
  x = own(v, "multi");
  if (x !== undefined) {
    out["multi"] = _list_of_str(x, path + ".multi");
  }
  x = own(v, "no");
  if (x !== undefined) {
    out["no"] = _list_of_str(x, path + ".no");
  }
  x = own(v, "pl");
  if (x !== undefined) {
    out["pl"] = _list_of_str(x, path + ".pl");
  }
  x = own(v, "pt");
  if (x !== undefined) {
    out["pt"] = _list_of_str(x, path + ".pt");
  }
  x = own(v, "pt-BR");
  if (x !== undefined) {
    out["pt-BR"] = _list_of_str(x, path + ".pt-BR");
  }
  x = own(v, "pt-PT");
  if (x !== undefined) {
    out["pt-PT"] = _list_of_str(x, path + ".pt-PT");
  }
  x = own(v, "ro");
  if (x !== undefined) {
    out["ro"] = _list_of_str(x, path + ".ro");
  }
  x = own(v, "ru");
  if (x !== undefined) {
    out["ru"] = _list_of_str(x, path + ".ru");
  }
  x = own(v, "sk");
  if (x !== undefined) {
    out["sk"] = _list_of_str(x, path + ".sk");
  }
  x = own(v, "es");
  if (x !== undefined) {
    out["es"] = _list_of_str(x, path + ".es");
  }
  x = own(v, "es-419");
  if (x !== undefined) {
    out["es-419"] = _list_of_str(x, path + ".es-419");
  }
  x = own(v, "sv");
  if (x !== undefined) {
    out["sv"] = _list_of_str(x, path + ".sv");
  }
  x = own(v, "sv-SE");
  if (x !== undefined) {
    out["sv-SE"] = _list_of_str(x, path + ".sv-SE");
  }
  x = own(v, "th");
  if (x !== undefined) {
    out["th"] = _list_of_str(x, path + ".th");
  }
  x = own(v, "th-TH");
  if (x !== undefined) {
    out["th-TH"] = _list_of_str(x, path + ".th-TH");
  }
  x = own(v, "tr");
  if (x !== undefined) {
    out["tr"] = _list_of_str(x, path + ".tr");
  }
  x = own(v, "uk");
  if (x !== undefined) {
    out["uk"] = _list_of_str(x, path + ".uk");
  }
  x = own(v, "vi");
  if (x !== undefined) {
    out["vi"] = _list_of_str(x, path + ".vi");
  }
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (KEYS_TurnFillers.has(key) || item === undefined) continue;
    setKey(out, key, _list_of_str(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/UnsetGlobalDataAction/properties/unset_global_data/anyOf/1
export function checkUnsetGlobalData(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an UnsetGlobalData object");
  const out: JsonObject = {};
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_UnsetGlobalData, path);
  return out;
}

// Checks #/$defs/UnsetGlobalDataAction
export function checkUnsetGlobalDataAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an UnsetGlobalDataAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "unset_global_data");
  if (x === undefined)
    missingKey(
      v,
      KEYS_UnsetGlobalDataAction,
      path,
      "unset_global_data",
      "a string or an UnsetGlobalData object",
    );
  out["unset_global_data"] = _str_or_UnsetGlobalData(x, path + ".unset_global_data");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_UnsetGlobalDataAction, path);
  return out;
}

// Checks #/$defs/UnsetMetaDataAction/properties/unset_meta_data/anyOf/1
export function checkUnsetMetaData(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an UnsetMetaData object");
  const out: JsonObject = {};
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_UnsetMetaData, path);
  return out;
}

// Checks #/$defs/UnsetMetaDataAction
export function checkUnsetMetaDataAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "an UnsetMetaDataAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "unset_meta_data");
  if (x === undefined)
    missingKey(
      v,
      KEYS_UnsetMetaDataAction,
      path,
      "unset_meta_data",
      "a string or an UnsetMetaData object",
    );
  out["unset_meta_data"] = _str_or_UnsetMetaData(x, path + ".unset_meta_data");
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_UnsetMetaDataAction, path);
  return out;
}

// Checks #/$defs/UserEvent/properties/user_event
export function checkUserEvent(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a UserEvent object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "event");
  if (x === undefined) missingKey(v, KEYS_UserEvent, path, "event", "a JSON object");
  out["event"] = _map_of_any(x, path + ".event");
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_UserEvent, path);
  return out;
}

// Checks #/$defs/UserInputAction
export function checkUserInputAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a UserInputAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "user_input");
  if (x === undefined) missingKey(v, KEYS_UserInputAction, path, "user_input", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".user_input", x, "a string");
  out["user_input"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_UserInputAction, path);
  return out;
}

// Checks #/$defs/UserSWAIGFunction
export function checkUserSWAIGFunction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a UserSWAIGFunction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "description");
  if (x === undefined) missingKey(v, KEYS_UserSWAIGFunction, path, "description", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".description", x, "a string");
  out["description"] = x as JsonValue;
  x = own(v, "function");
  if (x === undefined) missingKey(v, KEYS_UserSWAIGFunction, path, "function", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".function", x, "a string");
  out["function"] = x as JsonValue;
  x = own(v, "purpose");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".purpose", x, "a string");
    out["purpose"] = x as JsonValue;
  }
  x = own(v, "parameters");
  if (x !== undefined) {
    out["parameters"] = checkFunctionParameters(x, path + ".parameters");
  }
  x = own(v, "fillers");
  if (x !== undefined) {
    out["fillers"] = checkFunctionFillers(x, path + ".fillers");
  }
  x = own(v, "argument");
  if (x !== undefined) {
    out["argument"] = checkFunctionParameters(x, path + ".argument");
  }
  x = own(v, "active");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x as JsonValue;
  }
  x = own(v, "meta_data");
  if (x !== undefined) {
    out["meta_data"] = _map_of_any(x, path + ".meta_data");
  }
  x = own(v, "meta_data_token");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".meta_data_token", x, "a string");
    out["meta_data_token"] = x as JsonValue;
  }
  x = own(v, "data_map");
  if (x !== undefined) {
    out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
  }
  x = own(v, "skip_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".skip_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["skip_fillers"] = x as JsonValue;
  }
  x = own(v, "web_hook_url");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".web_hook_url", x, "a string");
    out["web_hook_url"] = x as JsonValue;
  }
  x = own(v, "wait_file");
  if (x !== undefined) {
    if (!(typeof x === "string")) throw new Invalid(path + ".wait_file", x, "a string");
    out["wait_file"] = x as JsonValue;
  }
  x = own(v, "wait_file_loops");
  if (x !== undefined) {
    if (!(isInteger(x) || typeof x === "string"))
      throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
    out["wait_file_loops"] = x as JsonValue;
  }
  x = own(v, "wait_for_fillers");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".wait_for_fillers",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["wait_for_fillers"] = x as JsonValue;
  }
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_UserSWAIGFunction, path);
  return out;
}

// Checks #/$defs/WaitForUserAction
export function checkWaitForUserAction(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a WaitForUserAction object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "wait_for_user");
  if (x === undefined)
    missingKey(
      v,
      KEYS_WaitForUserAction,
      path,
      "wait_for_user",
      "true or false or an integer from 0 to 2147483647 or 'answer_first'",
    );
  if (!(
    typeof x === "boolean" ||
    (isInteger(x) && 0 <= x && x <= 2147483647) ||
    x === "answer_first"
  ))
    throw new Invalid(
      path + ".wait_for_user",
      x,
      "true or false or an integer from 0 to 2147483647 or 'answer_first'",
    );
  out["wait_for_user"] = x as JsonValue;
  if (Object.keys(out).length !== Object.keys(v).length)
    unknownKeys(v, KEYS_WaitForUserAction, path);
  return out;
}

// Checks #/$defs/Webhook
export function checkWebhook(value: unknown, path: string): JsonObject {
  const v = asObject(value, path, "a Webhook object");
  const out: JsonObject = {};
  let x: unknown;
  x = own(v, "url");
  if (x === undefined) missingKey(v, KEYS_Webhook, path, "url", "a string");
  if (!(typeof x === "string")) throw new Invalid(path + ".url", x, "a string");
  out["url"] = x as JsonValue;
  x = own(v, "expressions");
  if (x !== undefined) {
    out["expressions"] = _list_of_Expression(x, path + ".expressions");
  }
  x = own(v, "error_keys");
  if (x !== undefined) {
    out["error_keys"] = _str_or_list_of_str(x, path + ".error_keys");
  }
  x = own(v, "foreach");
  if (x !== undefined) {
    out["foreach"] = checkForeach(x, path + ".foreach");
  }
  x = own(v, "headers");
  if (x !== undefined) {
    out["headers"] = _map_of_any(x, path + ".headers");
  }
  x = own(v, "method");
  if (x !== undefined) {
    if (!(typeof x === "string" && E_Method.has(x)))
      throw new Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
    out["method"] = x as JsonValue;
  }
  x = own(v, "input_args_as_params");
  if (x !== undefined) {
    if (!(typeof x === "boolean" || isVar(x)))
      throw new Invalid(
        path + ".input_args_as_params",
        x,
        "true or false or a SWML variable such as '${name}'",
      );
    out["input_args_as_params"] = x as JsonValue;
  }
  x = own(v, "params");
  if (x !== undefined) {
    out["params"] = _map_of_any(x, path + ".params");
  }
  x = own(v, "require_args");
  if (x !== undefined) {
    out["require_args"] = _str_or_list_of_str(x, path + ".require_args");
  }
  x = own(v, "output");
  if (x !== undefined) {
    out["output"] = checkOutput(x, path + ".output");
  }
  if (Object.keys(out).length !== Object.keys(v).length) unknownKeys(v, KEYS_Webhook, path);
  return out;
}

// Checks #/$defs/AISidecarParamProperty
export function checkAISidecarParamProperty(value: unknown, path: string): JsonValue {
  if (isPlainObject(value) && own(value, "type") === "string")
    return checkAISidecarStringParam(value, path);
  if (isPlainObject(value) && own(value, "type") === "integer")
    return checkAISidecarIntegerParam(value, path);
  if (isPlainObject(value) && own(value, "type") === "number")
    return checkAISidecarNumberParam(value, path);
  if (isPlainObject(value) && own(value, "type") === "boolean")
    return checkAISidecarBooleanParam(value, path);
  if (isPlainObject(value) && own(value, "type") === "array")
    return checkAISidecarArrayParam(value, path);
  if (isPlainObject(value) && own(value, "type") === "object")
    return checkAISidecarObjectParam(value, path);
  if (hasKey(value, "type"))
    throw new Invalid(
      path + ".type",
      value["type"],
      "one of 'string', 'integer', 'number', 'boolean', 'array', 'object'",
    );
  if (hasKey(value, "items") && keysWithin(value, KEYS_AISidecarArrayParam))
    return checkAISidecarArrayParam(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_AISidecarParamProperty,
    true,
    "an AISidecarStringParam object or an AISidecarIntegerParam object or an AISidecarNumberParam object or an AISidecarBooleanParam object or an AISidecarArrayParam object or an AISidecarObjectParam object",
  );
}

// Checks #/$defs/POM
export function checkPOM(value: unknown, path: string): JsonValue {
  return pickVariant(
    value,
    path,
    VARIANTS_POM,
    false,
    "a PomSectionBodyContent object or a PomSectionBulletsContent object",
  );
}

// Checks #/$defs/SchemaType
export function checkSchemaType(value: unknown, path: string): JsonValue {
  if (isPlainObject(value) && own(value, "type") === "string")
    return checkStringProperty(value, path);
  if (isPlainObject(value) && own(value, "type") === "integer")
    return checkIntegerProperty(value, path);
  if (isPlainObject(value) && own(value, "type") === "number")
    return checkNumberProperty(value, path);
  if (isPlainObject(value) && own(value, "type") === "boolean")
    return checkBooleanProperty(value, path);
  if (isPlainObject(value) && own(value, "type") === "array")
    return checkArrayProperty(value, path);
  if (isPlainObject(value) && own(value, "type") === "object")
    return checkObjectProperty(value, path);
  if (isPlainObject(value) && own(value, "type") === "null") return checkNullProperty(value, path);
  if (hasKey(value, "type"))
    throw new Invalid(
      path + ".type",
      value["type"],
      "one of 'string', 'integer', 'number', 'boolean', 'array', 'object', 'null'",
    );
  if (hasKey(value, "items") && keysWithin(value, KEYS_ArrayProperty))
    return checkArrayProperty(value, path);
  if (hasKey(value, "oneOf") && keysWithin(value, KEYS_OneOfProperty))
    return checkOneOfProperty(value, path);
  if (hasKey(value, "allOf") && keysWithin(value, KEYS_AllOfProperty))
    return checkAllOfProperty(value, path);
  if (hasKey(value, "anyOf") && keysWithin(value, KEYS_AnyOfProperty))
    return checkAnyOfProperty(value, path);
  if (hasKey(value, "const") && keysWithin(value, KEYS_ConstProperty))
    return checkConstProperty(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_SchemaType,
    true,
    "a StringProperty object or an IntegerProperty object or a NumberProperty object or a BooleanProperty object or an ArrayProperty object or an ObjectProperty object or a NullProperty object or an OneOfProperty object or an AllOfProperty object or an AnyOfProperty object or a ConstProperty object",
  );
}

// Checks #/$defs/Label/properties/label
export function _verb_label(value: unknown, path: string): JsonValue {
  if (!(typeof value === "string")) throw new Invalid(path, value, "a string");
  return value as JsonValue;
}

// Checks #/$defs/AIObject/properties/prompt
export function _AIPromptText_or_AIPromptPom(value: unknown, path: string): JsonValue {
  if (hasKey(value, "text") && keysWithin(value, KEYS_AIPromptText))
    return checkAIPromptText(value, path);
  if (hasKey(value, "pom") && keysWithin(value, KEYS_AIPromptPom))
    return checkAIPromptPom(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_AIPromptText_or_AIPromptPom,
    true,
    "an AIPromptText object or an AIPromptPom object",
  );
}

// Checks #/$defs/AIObject/properties/global_data
export function _map_of_any(value: unknown, path: string): JsonValue {
  const v = asObject(value, path, "a JSON object");
  const out: JsonObject = {};
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (item === undefined) continue;
    setKey(out, key, jsonCopy(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/AIObject/properties/hints
export function _list_of_str_or_Hint(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of items that are each a string or a Hint object");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_str_or_Hint(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AIObject/properties/languages
export function _list_of_Languages(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of Languages objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkLanguages(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AIObject/properties/post_prompt
export function _AIPostPromptText_or_AIPostPromptPom(value: unknown, path: string): JsonValue {
  if (hasKey(value, "text") && keysWithin(value, KEYS_AIPostPromptText))
    return checkAIPostPromptText(value, path);
  if (hasKey(value, "pom") && keysWithin(value, KEYS_AIPostPromptPom))
    return checkAIPostPromptPom(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_AIPostPromptText_or_AIPostPromptPom,
    false,
    "an AIPostPromptText object or an AIPostPromptPom object",
  );
}

// Checks #/$defs/AIObject/properties/pronounce
export function _list_of_Pronounce(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of Pronounce objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkPronounce(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AIParams/properties/convo
export function _list_of_ConversationMessage(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of ConversationMessage objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkConversationMessage(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AIParams/properties/swaig_post_swml_vars
export function _bool_or_list_of_str_or_var(value: unknown, path: string): JsonValue {
  if (typeof value === "boolean") return value as JsonValue;
  if (isVar(value)) return value as JsonValue;
  if (Array.isArray(value)) return _list_of_str(value, path);
  throw new Invalid(
    path,
    value,
    "true or false or a list of strings or a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/AIPostPromptPom/properties/pom
export function _AIPostPromptPom_pom(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of items that are each a POM value (at least 1 item)");
  if (items.length < 1)
    throw new Invalid(path, value, "a list of items that are each a POM value (at least 1 item)");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkPOM(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AISidecarFunctionParameters/properties/properties
export function _map_of_AISidecarParamProperty(value: unknown, path: string): JsonValue {
  const v = asObject(
    value,
    path,
    "a JSON object whose values are each an AISidecarParamProperty value",
  );
  const out: JsonObject = {};
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (item === undefined) continue;
    setKey(out, key, checkAISidecarParamProperty(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/AISidecarFunctionParameters/properties/required
export function _list_of_str(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of strings");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string")) throw new Invalid(`${path}[${i}]`, item, "a string");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/AISidecarIntegerParam/properties/enum
export function _list_of_int(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of integers");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isInteger(item)) throw new Invalid(`${path}[${i}]`, item, "an integer");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/AISidecarNumberParam/properties/enum
export function _list_of_number(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of numbers");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isNumber(item)) throw new Invalid(`${path}[${i}]`, item, "a number");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/AISidecarObject/properties/prompt
export function _AISidecarObject_prompt(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  if (hasKey(value, "text") && keysWithin(value, KEYS_AISidecarPromptText))
    return checkAISidecarPromptText(value, path);
  if (hasKey(value, "pom") && keysWithin(value, KEYS_AISidecarPromptPom))
    return checkAISidecarPromptPom(value, path);
  if (hasKey(value, "file") && keysWithin(value, KEYS_AISidecarPromptFile))
    return checkAISidecarPromptFile(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_AISidecarObject_prompt,
    true,
    "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object",
  );
}

// Checks #/$defs/AISidecarObject/properties/direction
export function _list_of_TranscribeDirection(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each one of 'remote-caller', 'local-caller'",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string" && E_TranscribeDirection.has(item)))
      throw new Invalid(`${path}[${i}]`, item, "one of 'remote-caller', 'local-caller'");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/AISidecarObject/properties/hints
export function _AISidecarObject_hints(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of strings (at least 1 item)");
  if (items.length < 1) throw new Invalid(path, value, "a list of strings (at least 1 item)");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string")) throw new Invalid(`${path}[${i}]`, item, "a string");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/AISidecarSWAIG/properties/functions
export function _list_of_AISidecarSWAIGFunction(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of AISidecarSWAIGFunction objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkAISidecarSWAIGFunction(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AISidecarSWAIG/properties/mcp_servers
export function _list_of_MCPServer(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of MCPServer objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkMCPServer(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AddDynamicHintsAction/properties/add_dynamic_hints
export function _list_of_str_or_DynamicHint(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each a string or a DynamicHint object",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_str_or_DynamicHint(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AllOfProperty/properties/allOf
export function _list_of_SchemaType(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of items that are each a SchemaType value");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkSchemaType(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/AmazonBedrockObject/properties/prompt
export function _AmazonBedrockObject_prompt(value: unknown, path: string): JsonValue {
  if (
    hasKey(value, "text") &&
    keysWithin(value, KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps)
  )
    return checkOmitPropertiesBedrockPromptTextOmittedPromptProps(value, path);
  if (
    hasKey(value, "pom") &&
    keysWithin(value, KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps)
  )
    return checkOmitPropertiesBedrockPromptPomOmittedPromptProps(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_AmazonBedrockObject_prompt,
    false,
    "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
  );
}

// Checks #/$defs/AmazonBedrockObject/properties/post_prompt
export function _AmazonBedrockObject_post_prompt(value: unknown, path: string): JsonValue {
  if (
    hasKey(value, "text") &&
    keysWithin(value, KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps)
  )
    return checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps(value, path);
  if (
    hasKey(value, "pom") &&
    keysWithin(value, KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps)
  )
    return checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_AmazonBedrockObject_post_prompt,
    false,
    "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object",
  );
}

// Checks #/$defs/ArrayProperty/properties/default
export function _list_of_any(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of items that are each any JSON value");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(jsonCopy(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/BedrockDataMap/properties/expressions
export function _list_of_BedrockExpression(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of BedrockExpression objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkBedrockExpression(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/BedrockDataMap/properties/webhooks
export function _list_of_BedrockWebhook(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of BedrockWebhook objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkBedrockWebhook(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/BedrockOutput/properties/action
export function _BedrockOutput_action(value: unknown, path: string): JsonValue {
  if (Array.isArray(value)) return _BedrockOutput_action_list(value, path);
  if (hasKey(value, "SWML") && keysWithin(value, KEYS_SWMLAction))
    return checkSWMLAction(value, path);
  if (hasKey(value, "change_context") && keysWithin(value, KEYS_ChangeContextAction))
    return checkChangeContextAction(value, path);
  if (hasKey(value, "change_step") && keysWithin(value, KEYS_ChangeStepAction))
    return checkChangeStepAction(value, path);
  if (hasKey(value, "context_switch") && keysWithin(value, KEYS_ContextSwitchAction))
    return checkContextSwitchAction(value, path);
  if (hasKey(value, "hangup") && keysWithin(value, KEYS_HangupAction))
    return checkHangupAction(value, path);
  if (hasKey(value, "hold") && keysWithin(value, KEYS_HoldAction))
    return checkHoldAction(value, path);
  if (hasKey(value, "playback_bg") && keysWithin(value, KEYS_PlaybackBGAction))
    return checkPlaybackBGAction(value, path);
  if (hasKey(value, "say") && keysWithin(value, KEYS_SayAction)) return checkSayAction(value, path);
  if (hasKey(value, "set_global_data") && keysWithin(value, KEYS_SetGlobalDataAction))
    return checkSetGlobalDataAction(value, path);
  if (hasKey(value, "set_meta_data") && keysWithin(value, KEYS_SetMetaDataAction))
    return checkSetMetaDataAction(value, path);
  if (hasKey(value, "stop") && keysWithin(value, KEYS_StopAction))
    return checkStopAction(value, path);
  if (hasKey(value, "stop_playback_bg") && keysWithin(value, KEYS_StopPlaybackBGAction))
    return checkStopPlaybackBGAction(value, path);
  if (hasKey(value, "toggle_functions") && keysWithin(value, KEYS_ToggleFunctionsAction))
    return checkToggleFunctionsAction(value, path);
  if (hasKey(value, "unset_global_data") && keysWithin(value, KEYS_UnsetGlobalDataAction))
    return checkUnsetGlobalDataAction(value, path);
  if (hasKey(value, "unset_meta_data") && keysWithin(value, KEYS_UnsetMetaDataAction))
    return checkUnsetMetaDataAction(value, path);
  if (hasKey(value, "user_input") && keysWithin(value, KEYS_UserInputAction))
    return checkUserInputAction(value, path);
  if (hasKey(value, "wait_for_user") && keysWithin(value, KEYS_WaitForUserAction))
    return checkWaitForUserAction(value, path);
  if (hasKey(value, "add_dynamic_hints") && keysWithin(value, KEYS_AddDynamicHintsAction))
    return checkAddDynamicHintsAction(value, path);
  if (hasKey(value, "clear_dynamic_hints") && keysWithin(value, KEYS_ClearDynamicHintsAction))
    return checkClearDynamicHintsAction(value, path);
  if (hasKey(value, "end_of_speech_timeout") && keysWithin(value, KEYS_EndOfSpeechTimeoutAction))
    return checkEndOfSpeechTimeoutAction(value, path);
  if (hasKey(value, "speech_event_timeout") && keysWithin(value, KEYS_SpeechEventTimeoutAction))
    return checkSpeechEventTimeoutAction(value, path);
  if (hasKey(value, "change_voice") && keysWithin(value, KEYS_ChangeVoiceAction))
    return checkChangeVoiceAction(value, path);
  if (
    hasKey(value, "functions_on_speaker_timeout") &&
    keysWithin(value, KEYS_FunctionsOnSpeakerTimeoutAction)
  )
    return checkFunctionsOnSpeakerTimeoutAction(value, path);
  if (hasKey(value, "extensive_data") && keysWithin(value, KEYS_ExtensiveDataAction))
    return checkExtensiveDataAction(value, path);
  if (hasKey(value, "replace_in_history") && keysWithin(value, KEYS_ReplaceInHistoryAction))
    return checkReplaceInHistoryAction(value, path);
  if (hasKey(value, "settings") && keysWithin(value, KEYS_SettingsAction))
    return checkSettingsAction(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_BedrockOutput_action,
    false,
    "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
  );
}

// Checks #/$defs/BedrockSWAIG/properties/functions
export function _BedrockSWAIG_functions(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_BedrockSWAIG_functions_item(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/BedrockWebhook/properties/error_keys
export function _str_or_list_of_str(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  if (Array.isArray(value)) return _list_of_str(value, path);
  throw new Invalid(path, value, "a string or a list of strings");
}

// Checks #/$defs/CondElse/properties/else
export function _list_of_method(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of SWML methods");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkMethod(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/ConnectDestination/properties/headers
export function _list_of_ConnectHeaders(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of ConnectHeaders objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkConnectHeaders(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/ConnectDestination/properties/call_state_events
export function _list_of_CallStatus(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string" && E_CallStatus.has(item)))
      throw new Invalid(`${path}[${i}]`, item, "one of 'created', 'ringing', 'answered', 'ended'");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/ConnectDestination/properties/confirm
export function _ConnectDestination_confirm(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  if (Array.isArray(value)) return _ConnectDestination_confirm_list(value, path);
  throw new Invalid(
    path,
    value,
    "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
  );
}

// Checks #/$defs/ConnectDestination/properties/custom_parameters
export function _map_of_str(value: unknown, path: string): JsonValue {
  const v = asObject(value, path, "a JSON object whose values are each a string");
  const out: JsonObject = {};
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (item === undefined) continue;
    if (!(typeof item === "string")) throw new Invalid(path + "." + key, item, "a string");
    setKey(out, key, item as JsonValue);
  }
  return out;
}

// Checks #/$defs/ConnectDeviceParallel/properties/parallel
export function _list_of_ConnectDestination(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of ConnectDestination objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkConnectDestination(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/ConnectDeviceParallel/properties/result
export function _ConnectDeviceParallel_result(value: unknown, path: string): JsonValue {
  if (Array.isArray(value)) return _list_of_CondReg_or_CondElse(value, path);
  if (hasKey(value, "case") && keysWithin(value, KEYS_ConnectSwitch))
    return checkConnectSwitch(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_ConnectDeviceParallel_result,
    false,
    "a ConnectSwitch object or a list of CondReg or CondElse objects",
  );
}

// Checks #/$defs/ConnectDeviceSerialParallel/properties/serial_parallel
export function _list_of_list_of_ConnectDestination(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each a list of ConnectDestination objects",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_list_of_ConnectDestination(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/ConnectSwitch/properties/case
export function _map_of_list_of_method(value: unknown, path: string): JsonValue {
  const v = asObject(value, path, "a JSON object whose values are each a list of SWML methods");
  const out: JsonObject = {};
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (item === undefined) continue;
    setKey(out, key, _list_of_method(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/ContextPOMSteps/properties/pom
export function _list_of_POM(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of items that are each a POM value");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkPOM(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/Contexts/properties/default
export function _ContextsPOMObject_or_ContextsTextObject(value: unknown, path: string): JsonValue {
  return pickVariant(
    value,
    path,
    VARIANTS_ContextsPOMObject_or_ContextsTextObject,
    false,
    "a ContextsPOMObject object or a ContextsTextObject object",
  );
}

// Checks #/$defs/ContextsPOMObject/properties/steps
export function _list_of_ContextPOMSteps_or_ContextTextSteps(
  value: unknown,
  path: string,
): JsonValue {
  const items = asList(value, path, "a list of ContextPOMSteps or ContextTextSteps objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_ContextPOMSteps_or_ContextTextSteps(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/DataMap/properties/expressions
export function _list_of_Expression(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of Expression objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkExpression(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/DataMap/properties/webhooks
export function _list_of_Webhook(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of Webhook objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkWebhook(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/Execute/properties/execute/properties/result
export function _Execute_result(value: unknown, path: string): JsonValue {
  if (Array.isArray(value)) return _list_of_CondReg_or_CondElse(value, path);
  if (hasKey(value, "case") && keysWithin(value, KEYS_ExecuteSwitch))
    return checkExecuteSwitch(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_Execute_result,
    false,
    "an ExecuteSwitch object or a list of CondReg or CondElse objects",
  );
}

// Checks #/$defs/FunctionParameters/properties/properties
export function _map_of_SchemaType(value: unknown, path: string): JsonValue {
  const v = asObject(value, path, "a JSON object whose values are each a SchemaType value");
  const out: JsonObject = {};
  for (const key of Object.keys(v)) {
    const item = v[key];
    if (item === undefined) continue;
    setKey(out, key, checkSchemaType(item, path + "." + key));
  }
  return out;
}

// Checks #/$defs/HangUpHookSWAIGFunction/properties/data_map
export function _HangUpHookSWAIGFunction_data_map(value: unknown, path: string): JsonValue {
  const out = checkDataMap(value, path);
  if (Object.keys(out).length < 1)
    throw new Invalid(path, value, "a DataMap object with at least 1 key");
  return out;
}

// Checks #/$defs/HoldAction/properties/hold
export function _HoldAction_hold(value: unknown, path: string): JsonValue {
  if (isInteger(value) && -2147483648 <= value && value <= 900) return value as JsonValue;
  if (isVar(value)) return value as JsonValue;
  return pickVariant(
    value,
    path,
    VARIANTS_HoldAction_hold,
    false,
    "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/JoinConferenceObject/properties/status_callback_event
export function _joined_StatusCallbackEvent(value: unknown, path: string): JsonValue {
  return joinValues(
    value,
    path,
    E_StatusCallbackEvent,
    " ",
    "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as an array or a string joined by ' '",
  );
}

// Checks #/$defs/JoinConferenceObject/properties/recording_status_callback_event
export function _joined_RecordingStatusCallbackEvent(value: unknown, path: string): JsonValue {
  return joinValues(
    value,
    path,
    E_RecordingStatusCallbackEvent,
    " ",
    "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '",
  );
}

// Checks #/$defs/JoinConferenceObject/properties/result
export function _Switch_or_list_of_CondReg_or_CondElse(value: unknown, path: string): JsonValue {
  if (Array.isArray(value)) return _list_of_CondReg_or_CondElse(value, path);
  if (hasKey(value, "variable") && keysWithin(value, KEYS_Switch)) return checkSwitch(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_Switch_or_list_of_CondReg_or_CondElse,
    false,
    "a Switch object or a list of CondReg or CondElse objects",
  );
}

// Checks #/$defs/Languages/properties/code
export function _Languages_code(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  if (Array.isArray(value)) return _Languages_code_list(value, path);
  throw new Invalid(path, value, "a string or a list of strings (at most 3 items)");
}

// Checks #/$defs/LiveTranscribe/properties/live_transcribe/properties/action
export function _LiveTranscribe_action(value: unknown, path: string): JsonValue {
  if (value === "stop") return "stop";
  if (value === "summarize") return "summarize";
  if (hasKey(value, "start") && keysWithin(value, KEYS_TranscribeStartAction))
    return checkTranscribeStartAction(value, path);
  if (hasKey(value, "summarize") && keysWithin(value, KEYS_TranscribeSummarizeAction))
    return checkTranscribeSummarizeAction(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_LiveTranscribe_action,
    true,
    "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
  );
}

// Checks #/$defs/LiveTranslate/properties/live_translate/properties/action
export function _LiveTranslate_action(value: unknown, path: string): JsonValue {
  if (value === "stop") return "stop";
  if (value === "summarize") return "summarize";
  if (hasKey(value, "start") && keysWithin(value, KEYS_StartAction))
    return checkStartAction(value, path);
  if (hasKey(value, "summarize") && keysWithin(value, KEYS_SummarizeAction))
    return checkSummarizeAction(value, path);
  if (hasKey(value, "inject") && keysWithin(value, KEYS_InjectAction))
    return checkInjectAction(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_LiveTranslate_action,
    true,
    "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
  );
}

// Checks #/$defs/Multilingual/properties/languages
export function _list_of_MultilingualLanguage(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of MultilingualLanguage objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkMultilingualLanguage(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/Multilingual/properties/fillers
export function _list_of_str_or_FunctionFillers(value: unknown, path: string): JsonValue {
  if (Array.isArray(value)) return _list_of_str(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_list_of_str_or_FunctionFillers,
    false,
    "a list of strings or a FunctionFillers object",
  );
}

// Checks #/$defs/Multilingual/properties/turn_fillers
export function _list_of_str_or_TurnFillers(value: unknown, path: string): JsonValue {
  if (Array.isArray(value)) return _list_of_str(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_list_of_str_or_TurnFillers,
    false,
    "a list of strings or a TurnFillers object",
  );
}

// Checks #/$defs/NumberProperty/properties/enum
export function _list_of_int_or_number_or_list_of_var(value: unknown, path: string): JsonValue {
  if (Array.isArray(value))
    return firstOf(
      value,
      path,
      [_list_of_int_or_number, _list_of_var],
      "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'",
    );
  throw new Invalid(
    path,
    value,
    "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/Output/properties/response
export function _str_or_SwaigToolResult(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  return pickVariant(
    value,
    path,
    VARIANTS_str_or_SwaigToolResult,
    false,
    "a string or a SwaigToolResult object",
  );
}

// Checks #/$defs/Pay/properties/pay/properties/parameters
export function _list_of_PayParameters(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of PayParameters objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkPayParameters(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/Pay/properties/pay/properties/prompts
export function _list_of_PayPrompts(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of PayPrompts objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkPayPrompts(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/PayPrompts/properties/actions
export function _PayPrompts_actions(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of PayPromptSayAction or PayPromptPlayAction objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_PayPrompts_actions_item(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/PlayWithURLS/properties/urls
export function _PlayWithURLS_urls(value: unknown, path: string): JsonValue {
  if (Array.isArray(value))
    return firstOf(
      value,
      path,
      [_PlayWithURLS_urls_list, _list_of_var],
      "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
    );
  throw new Invalid(
    path,
    value,
    "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/Prompt/properties/prompt/properties/play
export function _Prompt_play(value: unknown, path: string): JsonValue {
  if (typeof value === "string" && RE_4.test(value)) return value as JsonValue;
  if (isVar(value)) return value as JsonValue;
  if (Array.isArray(value))
    return firstOf(
      value,
      path,
      [_PlayWithURLS_urls_list, _list_of_var],
      "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
    );
  throw new Invalid(
    path,
    value,
    "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/Prompt/properties/prompt/properties/speech_hints
export function _list_of_str_or_list_of_var(value: unknown, path: string): JsonValue {
  if (Array.isArray(value))
    return firstOf(
      value,
      path,
      [_list_of_str, _list_of_var],
      "a list of strings or a list of items that are each a SWML variable such as '${name}'",
    );
  throw new Invalid(
    path,
    value,
    "a list of strings or a list of items that are each a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/Request/properties/request/properties/body
export function _str_or_map_of_any(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  return pickVariant(value, path, VARIANTS_str_or_map_of_any, false, "a string or a JSON object");
}

// Checks #/$defs/SWAIG/properties/native_functions
export function _list_of_SWAIGNativeFunction(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string" && E_SWAIGNativeFunction.has(item)))
      throw new Invalid(
        `${path}[${i}]`,
        item,
        "one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
      );
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/SWAIG/properties/includes
export function _list_of_SWAIGIncludes(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of SWAIGIncludes objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkSWAIGIncludes(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/SWAIG/properties/functions
export function _SWAIG_functions(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_SWAIG_functions_item(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/StartAction/properties/start/properties/direction
export function _list_of_TranslateDirection(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each one of 'remote-caller', 'local-caller'",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string" && E_TranslateDirection.has(item)))
      throw new Invalid(`${path}[${i}]`, item, "one of 'remote-caller', 'local-caller'");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/ToggleFunctionsAction/properties/toggle_functions
export function _list_of_ToggleFunctionsItem(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of ToggleFunctionsItem objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(checkToggleFunctionsItem(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/UnsetGlobalDataAction/properties/unset_global_data
export function _str_or_UnsetGlobalData(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  return pickVariant(
    value,
    path,
    VARIANTS_str_or_UnsetGlobalData,
    false,
    "a string or an UnsetGlobalData object",
  );
}

// Checks #/$defs/UnsetMetaDataAction/properties/unset_meta_data
export function _str_or_UnsetMetaData(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  return pickVariant(
    value,
    path,
    VARIANTS_str_or_UnsetMetaData,
    false,
    "a string or an UnsetMetaData object",
  );
}

// Checks #/$defs/Cond/properties/cond
export function _list_of_CondReg_or_CondElse(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of CondReg or CondElse objects");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_CondReg_or_CondElse(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/Connect/properties/connect
export function _verb_connect(value: unknown, path: string): JsonValue {
  if (hasKey(value, "to") && keysWithin(value, KEYS_ConnectDeviceSingle))
    return checkConnectDeviceSingle(value, path);
  if (hasKey(value, "serial") && keysWithin(value, KEYS_ConnectDeviceSerial))
    return checkConnectDeviceSerial(value, path);
  if (hasKey(value, "parallel") && keysWithin(value, KEYS_ConnectDeviceParallel))
    return checkConnectDeviceParallel(value, path);
  if (hasKey(value, "serial_parallel") && keysWithin(value, KEYS_ConnectDeviceSerialParallel))
    return checkConnectDeviceSerialParallel(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_verb_connect,
    true,
    "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object",
  );
}

// Checks #/$defs/Play/properties/play
export function _PlayWithURL_or_PlayWithURLS(value: unknown, path: string): JsonValue {
  if (hasKey(value, "url") && keysWithin(value, KEYS_PlayWithURL))
    return checkPlayWithURL(value, path);
  if (hasKey(value, "urls") && keysWithin(value, KEYS_PlayWithURLS))
    return checkPlayWithURLS(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_PlayWithURL_or_PlayWithURLS,
    true,
    "a PlayWithURL object or a PlayWithURLS object",
  );
}

// Checks #/$defs/Return/properties/return
export function _any(value: unknown, path: string): JsonValue {
  return jsonCopy(value, path);
}

// Checks #/$defs/SendSMS/properties/send_sms
export function _SMSWithBody_or_SMSWithMedia(value: unknown, path: string): JsonValue {
  if (hasKey(value, "media") && keysWithin(value, KEYS_SMSWithMedia))
    return checkSMSWithMedia(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_SMSWithBody_or_SMSWithMedia,
    false,
    "a SMSWithBody object or a SMSWithMedia object",
  );
}

// Checks #/$defs/Sleep/properties/sleep
export function _Sleep_or_int_or_var(value: unknown, path: string): JsonValue {
  if (isInteger(value)) return value as JsonValue;
  if (isVar(value)) return value as JsonValue;
  if (hasKey(value, "duration") && keysWithin(value, KEYS_Sleep)) return checkSleep(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_Sleep_or_int_or_var,
    false,
    "a Sleep object or an integer or a SWML variable such as '${name}'",
  );
}

// Checks #/$defs/AIObject/properties/hints/items
export function _str_or_Hint(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  if (hasKey(value, "hint") && keysWithin(value, KEYS_Hint)) return checkHint(value, path);
  return pickVariant(value, path, VARIANTS_str_or_Hint, false, "a string or a Hint object");
}

// Checks #/$defs/AddDynamicHintsAction/properties/add_dynamic_hints/items
export function _str_or_DynamicHint(value: unknown, path: string): JsonValue {
  if (typeof value === "string") return value as JsonValue;
  if (hasKey(value, "pattern") && keysWithin(value, KEYS_DynamicHint))
    return checkDynamicHint(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_str_or_DynamicHint,
    false,
    "a string or a DynamicHint object",
  );
}

// Checks #/$defs/BedrockOutput/properties/action
export function _BedrockOutput_action_list(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_BedrockOutput_action_list_item(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/BedrockSWAIG/properties/functions/items
export function _BedrockSWAIG_functions_item(value: unknown, path: string): JsonValue {
  return pickVariant(
    value,
    path,
    VARIANTS_BedrockSWAIG_functions_item,
    false,
    "a BedrockSWAIGFunction1 object or a BedrockSWAIGFunction2 object or a BedrockSWAIGFunction3 object or a BedrockSWAIGFunction4 object",
  );
}

// Checks #/$defs/ConnectDestination/properties/confirm
export function _ConnectDestination_confirm_list(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.push(_ConnectDestination_confirm_list_item(item, `${path}[${i}]`));
  }
  return out;
}

// Checks #/$defs/ContextsPOMObject/properties/steps/items
export function _ContextPOMSteps_or_ContextTextSteps(value: unknown, path: string): JsonValue {
  if (hasKey(value, "pom") && keysWithin(value, KEYS_ContextPOMSteps))
    return checkContextPOMSteps(value, path);
  if (hasKey(value, "text") && keysWithin(value, KEYS_ContextTextSteps))
    return checkContextTextSteps(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_ContextPOMSteps_or_ContextTextSteps,
    false,
    "a ContextPOMSteps object or a ContextTextSteps object",
  );
}

// Checks #/$defs/Languages/properties/code
export function _Languages_code_list(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of strings (at most 3 items)");
  if (items.length > 3) throw new Invalid(path, value, "a list of strings (at most 3 items)");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string")) throw new Invalid(`${path}[${i}]`, item, "a string");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/NumberProperty/properties/enum
export function _list_of_int_or_number(value: unknown, path: string): JsonValue {
  const items = asList(value, path, "a list of items that are each an integer or a number");
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(isInteger(item) || isNumber(item)))
      throw new Invalid(`${path}[${i}]`, item, "an integer or a number");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/NumberProperty/properties/enum
export function _list_of_var(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each a SWML variable such as '${name}'",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isVar(item)) throw new Invalid(`${path}[${i}]`, item, "a SWML variable such as '${name}'");
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/PayPrompts/properties/actions/items
export function _PayPrompts_actions_item(value: unknown, path: string): JsonValue {
  if (isPlainObject(value) && own(value, "type") === "Say")
    return checkPayPromptSayAction(value, path);
  if (isPlainObject(value) && own(value, "type") === "Play")
    return checkPayPromptPlayAction(value, path);
  if (hasKey(value, "type")) throw new Invalid(path + ".type", value["type"], "'Say' or 'Play'");
  return pickVariant(
    value,
    path,
    VARIANTS_PayPrompts_actions_item,
    false,
    "a PayPromptSayAction object or a PayPromptPlayAction object",
  );
}

// Checks #/$defs/PlayWithURLS/properties/urls
export function _PlayWithURLS_urls_list(value: unknown, path: string): JsonValue {
  const items = asList(
    value,
    path,
    "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
  );
  const out: JsonValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!(typeof item === "string" && RE_4.test(item)))
      throw new Invalid(
        `${path}[${i}]`,
        item,
        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
      );
    out.push(item as JsonValue);
  }
  return out;
}

// Checks #/$defs/SWAIG/properties/functions/items
export function _SWAIG_functions_item(value: unknown, path: string): JsonValue {
  return pickVariant(
    value,
    path,
    VARIANTS_SWAIG_functions_item,
    false,
    "a UserSWAIGFunction object or a StartUpHookSWAIGFunction object or a HangUpHookSWAIGFunction object or a SummarizeConversationSWAIGFunction object",
  );
}

// Checks #/$defs/Cond/properties/cond/items
export function _CondReg_or_CondElse(value: unknown, path: string): JsonValue {
  if (hasKey(value, "when") && keysWithin(value, KEYS_CondReg)) return checkCondReg(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_CondReg_or_CondElse,
    true,
    "a CondReg object or a CondElse object",
  );
}

// Checks #/$defs/BedrockOutput/properties/action/items
export function _BedrockOutput_action_list_item(value: unknown, path: string): JsonValue {
  if (hasKey(value, "SWML") && keysWithin(value, KEYS_SWMLAction))
    return checkSWMLAction(value, path);
  if (hasKey(value, "change_context") && keysWithin(value, KEYS_ChangeContextAction))
    return checkChangeContextAction(value, path);
  if (hasKey(value, "change_step") && keysWithin(value, KEYS_ChangeStepAction))
    return checkChangeStepAction(value, path);
  if (hasKey(value, "context_switch") && keysWithin(value, KEYS_ContextSwitchAction))
    return checkContextSwitchAction(value, path);
  if (hasKey(value, "hangup") && keysWithin(value, KEYS_HangupAction))
    return checkHangupAction(value, path);
  if (hasKey(value, "hold") && keysWithin(value, KEYS_HoldAction))
    return checkHoldAction(value, path);
  if (hasKey(value, "playback_bg") && keysWithin(value, KEYS_PlaybackBGAction))
    return checkPlaybackBGAction(value, path);
  if (hasKey(value, "say") && keysWithin(value, KEYS_SayAction)) return checkSayAction(value, path);
  if (hasKey(value, "set_global_data") && keysWithin(value, KEYS_SetGlobalDataAction))
    return checkSetGlobalDataAction(value, path);
  if (hasKey(value, "set_meta_data") && keysWithin(value, KEYS_SetMetaDataAction))
    return checkSetMetaDataAction(value, path);
  if (hasKey(value, "stop") && keysWithin(value, KEYS_StopAction))
    return checkStopAction(value, path);
  if (hasKey(value, "stop_playback_bg") && keysWithin(value, KEYS_StopPlaybackBGAction))
    return checkStopPlaybackBGAction(value, path);
  if (hasKey(value, "toggle_functions") && keysWithin(value, KEYS_ToggleFunctionsAction))
    return checkToggleFunctionsAction(value, path);
  if (hasKey(value, "unset_global_data") && keysWithin(value, KEYS_UnsetGlobalDataAction))
    return checkUnsetGlobalDataAction(value, path);
  if (hasKey(value, "unset_meta_data") && keysWithin(value, KEYS_UnsetMetaDataAction))
    return checkUnsetMetaDataAction(value, path);
  if (hasKey(value, "user_input") && keysWithin(value, KEYS_UserInputAction))
    return checkUserInputAction(value, path);
  if (hasKey(value, "wait_for_user") && keysWithin(value, KEYS_WaitForUserAction))
    return checkWaitForUserAction(value, path);
  if (hasKey(value, "add_dynamic_hints") && keysWithin(value, KEYS_AddDynamicHintsAction))
    return checkAddDynamicHintsAction(value, path);
  if (hasKey(value, "clear_dynamic_hints") && keysWithin(value, KEYS_ClearDynamicHintsAction))
    return checkClearDynamicHintsAction(value, path);
  if (hasKey(value, "end_of_speech_timeout") && keysWithin(value, KEYS_EndOfSpeechTimeoutAction))
    return checkEndOfSpeechTimeoutAction(value, path);
  if (hasKey(value, "speech_event_timeout") && keysWithin(value, KEYS_SpeechEventTimeoutAction))
    return checkSpeechEventTimeoutAction(value, path);
  if (hasKey(value, "change_voice") && keysWithin(value, KEYS_ChangeVoiceAction))
    return checkChangeVoiceAction(value, path);
  if (
    hasKey(value, "functions_on_speaker_timeout") &&
    keysWithin(value, KEYS_FunctionsOnSpeakerTimeoutAction)
  )
    return checkFunctionsOnSpeakerTimeoutAction(value, path);
  if (hasKey(value, "extensive_data") && keysWithin(value, KEYS_ExtensiveDataAction))
    return checkExtensiveDataAction(value, path);
  if (hasKey(value, "replace_in_history") && keysWithin(value, KEYS_ReplaceInHistoryAction))
    return checkReplaceInHistoryAction(value, path);
  if (hasKey(value, "settings") && keysWithin(value, KEYS_SettingsAction))
    return checkSettingsAction(value, path);
  return pickVariant(
    value,
    path,
    VARIANTS_BedrockOutput_action,
    false,
    "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object",
  );
}

// Checks #/$defs/ConnectDestination/properties/confirm/items
export function _ConnectDestination_confirm_list_item(value: unknown, path: string): JsonValue {
  return checkMethod(
    value,
    path,
    ONLY_ConnectDestination_confirm_list_item,
    "a SWML method, one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise",
  );
}

/** Whether `value` is a plain object with `key` given (a value that is not `undefined`). */
function hasKey(value: unknown, key: string): value is { [key: string]: unknown } {
  return isPlainObject(value) && own(value, key) !== undefined;
}

/** Whether every key given (a value that is not `undefined`) is one of `known`. */
function keysWithin(value: { [key: string]: unknown }, known: ReadonlySet<string>): boolean {
  return Object.keys(value).every((key) => known.has(key) || value[key] === undefined);
}

/** Each verb's argument checker, by the verb's wire name. */
export const VERBS: ReadonlyMap<string, Checker> = new Map<string, Checker>([
  ["answer", checkAnswer],
  ["ai", checkAIObject],
  ["ai_sidecar", checkAISidecarObject],
  ["amazon_bedrock", checkAmazonBedrockObject],
  ["cond", _list_of_CondReg_or_CondElse],
  ["connect", _verb_connect],
  ["denoise", checkDenoise],
  ["enter_queue", checkEnterQueueObject],
  ["execute", checkExecute],
  ["goto", checkGoto],
  ["label", _verb_label],
  ["live_transcribe", checkLiveTranscribe],
  ["live_translate", checkLiveTranslate],
  ["hangup", checkHangup],
  ["join_room", checkJoinRoom],
  ["join_conference", checkJoinConference],
  ["play", _PlayWithURL_or_PlayWithURLS],
  ["prompt", checkPrompt],
  ["receive_fax", checkReceiveFax],
  ["record", checkRecordArgument],
  ["record_call", checkRecordCall],
  ["request", checkRequest],
  ["return", _any],
  ["send_digits", checkSendDigits],
  ["send_fax", checkSendFax],
  ["send_sms", _SMSWithBody_or_SMSWithMedia],
  ["set", _map_of_any],
  ["sleep", _Sleep_or_int_or_var],
  ["sip_refer", checkSipRefer],
  ["stop_denoise", checkStopDenoise],
  ["stop_record_call", checkStopRecordCall],
  ["stop_stream", checkStopStream],
  ["stop_tap", checkStopTap],
  ["stream", checkStream],
  ["switch", checkSwitchArgument],
  ["tap", checkTap],
  ["transcribe", checkTranscribe],
  ["transcribe_stop", checkTranscribeStop],
  ["transfer", checkTransfer],
  ["unset", _str_or_list_of_str],
  ["pay", checkPay],
  ["detect_machine", checkDetectMachine],
  ["user_event", checkUserEvent],
  ["execute_rpc", checkExecuteRpc],
]);

/** One SWML method, `{verb: argument}`, of any verb (or of those in `only`). */
export function checkMethod(
  value: unknown,
  path: string,
  only?: ReadonlySet<string>,
  expected = "a SWML method such as { hangup: {} }",
): JsonObject {
  const v = asObject(value, path, expected);
  const keys = Object.keys(v).filter((key) => v[key] !== undefined);
  const verb = keys[0];
  if (keys.length !== 1 || verb === undefined) {
    throw new Invalid(path, value, expected + ", with exactly one key: the verb");
  }
  const argument = v[verb];
  const check = VERBS.get(verb);
  if (check === undefined || (only !== undefined && !only.has(verb))) {
    const allowed = [...(only ?? VERBS.keys())].sort(byCodePoint).join(", ");
    const reason = `a verb; ${pyRepr(verb)} is not one here (allowed: ${allowed})`;
    throw new Invalid(`${path}.${verb}`, argument, reason);
  }
  const out: JsonObject = {};
  setKey(out, verb, check(argument, `${path}.${verb}`));
  return out;
}
