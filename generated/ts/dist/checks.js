// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:6f74292a194a1ec5
/**
 * Checkers for every object, union and verb of the spec, each `(value, path) => JSON copy`.
 *
 * A checker throws `Invalid(path, value, expected)` for the first fault it finds; the chaining
 * methods of `SWML` and `FunctionResult` turn that into `InvalidArgumentError`. Internal: the
 * package exports the methods, not these.
 */
import { Invalid, MISSING, asList, asObject, byCodePoint, cpLength, ecmaPattern, firstOf, isBlank, isInteger, isNumber, isPlainObject, isVar, joinValues, jsonCopy, own, pickVariant, pyRepr, setKey, unknownKeys, urlPattern, } from "./runtime.js";
const E_Beep = new Set(["false", "onEnter", "onExit", "true"]);
const E_CallStatus = new Set(["answered", "created", "ended", "ringing"]);
const E_CallbackEventType = new Set(["cxml", "laml", "relay"]);
const E_Codec = new Set(["PCMA", "PCMU"]);
const E_ConversationRole = new Set(["assistant", "system", "user"]);
const E_Direction = new Set(["inbound", "outbound"]);
const E_Emotion = new Set([
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
]);
const E_EnableTextNormalization = new Set([
    "both",
    "false",
    "heard",
    "none",
    "off",
    "on",
    "spoken",
    "true",
]);
const E_Encryption = new Set(["forbidden", "mandatory", "optional"]);
const E_Format = new Set(["mp3", "mp4", "wav"]);
const E_HttpMethod = new Set(["GET", "POST"]);
const E_Method = new Set(["DELETE", "GET", "POST", "PUT"]);
const E_PomFormat = new Set(["markdown", "xml"]);
const E_Reason = new Set(["busy", "decline", "hangup"]);
const E_Record = new Set(["do-not-record", "record-from-start"]);
const E_RecordCallDirection = new Set(["both", "listen", "speak"]);
const E_RecordDirection = new Set(["listen", "speak"]);
const E_RecordingStatusCallbackEvent = new Set(["absent", "completed", "in-progress"]);
const E_Region = new Set(["ch", "eu", "global", "us"]);
const E_SWAIGNativeFunction = new Set([
    "adjust_response_latency",
    "check_time",
    "wait_for_user",
    "wait_seconds",
]);
const E_SpeechEngine = new Set(["deepgram", "google"]);
const E_StatusCallbackEvent = new Set([
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
const E_StatusUrlMethod = new Set(["GET", "POST"]);
const E_StringFormat = new Set([
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
const E_SummaryMode = new Set(["original", "string"]);
const E_TapDirection = new Set(["both", "listen", "speak"]);
const E_TokenType = new Set(["one-time", "reusable"]);
const E_Tone = new Set(["CED", "CNG"]);
const E_Track = new Set(["both_tracks", "inbound_track", "outbound_track"]);
const E_TranscribeDirection = new Set(["local-caller", "remote-caller"]);
const E_TranslateDirection = new Set(["local-caller", "remote-caller"]);
const E_TranslationFilterPreset = new Set([
    "gen-z",
    "polite",
    "professional",
    "rude",
    "shakespeare",
]);
const E_Trim = new Set(["do-not-trim", "trim-silence"]);
const E_TtsNumberFormat = new Set(["international", "national"]);
const E_VoiceId = new Set(["amy", "carlos", "lupe", "matthew", "tiffany"]);
const KEYS_AIObject = new Set([
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
const KEYS_AIParams = new Set([
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
const KEYS_AIPostPromptPom = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
]);
const KEYS_AIPostPromptText = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
]);
const KEYS_AIPromptPom = new Set([
    "confidence",
    "contexts",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
]);
const KEYS_AIPromptText = new Set([
    "confidence",
    "contexts",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
]);
const KEYS_AISidecarArrayParam = new Set(["description", "items", "type"]);
const KEYS_AISidecarBooleanParam = new Set(["default", "description", "type"]);
const KEYS_AISidecarFunctionParameters = new Set(["properties", "required", "type"]);
const KEYS_AISidecarIntegerParam = new Set(["default", "description", "enum", "type"]);
const KEYS_AISidecarNumberParam = new Set(["default", "description", "enum", "type"]);
const KEYS_AISidecarObject = new Set([
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
const KEYS_AISidecarObjectParam = new Set(["description", "properties", "required", "type"]);
const KEYS_AISidecarParams = new Set([
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
const KEYS_AISidecarPermissions = new Set([
    "swaig_allow_settings",
    "swaig_allow_swml",
    "swaig_set_global_data",
]);
const KEYS_AISidecarPromptFile = new Set(["file"]);
const KEYS_AISidecarPromptPom = new Set(["pom"]);
const KEYS_AISidecarPromptText = new Set(["text"]);
const KEYS_AISidecarSWAIG = new Set(["defaults", "functions", "mcp_servers"]);
const KEYS_AISidecarSWAIGDefaults = new Set([
    "web_hook_auth_password",
    "web_hook_auth_user",
    "web_hook_url",
]);
const KEYS_AISidecarSWAIGFunction = new Set([
    "description",
    "function",
    "parameters",
    "purpose",
    "web_hook_auth_password",
    "web_hook_auth_user",
    "web_hook_url",
]);
const KEYS_AISidecarStringParam = new Set(["default", "description", "enum", "type"]);
const KEYS_AISidecarSummarizeAction = new Set(["summarize"]);
const KEYS_AISidecarSummarizeActionSummarize = new Set(["prompt", "webhook"]);
const KEYS_AllOfProperty = new Set(["allOf"]);
const KEYS_AmazonBedrockObject = new Set([
    "SWAIG",
    "global_data",
    "params",
    "post_prompt",
    "post_prompt_url",
    "prompt",
]);
const KEYS_Answer = new Set(["codecs", "max_duration", "password", "username"]);
const KEYS_AnyOfProperty = new Set(["anyOf"]);
const KEYS_ArrayProperty = new Set(["default", "description", "items", "nullable", "type"]);
const KEYS_BedrockDataMap = new Set(["expressions", "output", "webhooks"]);
const KEYS_BedrockExpression = new Set(["output", "pattern", "string"]);
const KEYS_BedrockOutput = new Set(["action", "response"]);
const KEYS_BedrockParams = new Set([
    "attention_timeout",
    "hard_stop_prompt",
    "hard_stop_time",
    "inactivity_timeout",
    "video_idle_file",
    "video_listening_file",
    "video_talking_file",
]);
const KEYS_BedrockSWAIG = new Set(["defaults", "functions"]);
const KEYS_BedrockSWAIGFunction1 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
const KEYS_BedrockSWAIGFunction2 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
const KEYS_BedrockSWAIGFunction3 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
const KEYS_BedrockSWAIGFunction4 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
const KEYS_BedrockWebhook = new Set([
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
const KEYS_BooleanProperty = new Set(["default", "description", "nullable", "type"]);
const KEYS_ChangeContextAction = new Set(["change_context"]);
const KEYS_ChangeStepAction = new Set(["change_step"]);
const KEYS_CondElse = new Set(["else"]);
const KEYS_CondReg = new Set(["else", "then", "when"]);
const KEYS_ConnectDestination = new Set([
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
const KEYS_ConnectDeviceParallel = new Set([
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
const KEYS_ConnectDeviceSerial = new Set([
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
const KEYS_ConnectDeviceSerialParallel = new Set([
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
const KEYS_ConnectDeviceSingle = new Set([
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
const KEYS_ConnectHeaders = new Set(["name", "value"]);
const KEYS_ConnectSwitch = new Set(["case", "default", "variable"]);
const KEYS_ConstProperty = new Set(["const"]);
const KEYS_ContextPOMSteps = new Set([
    "end",
    "functions",
    "name",
    "pom",
    "skip_user_turn",
    "step_criteria",
    "valid_contexts",
    "valid_steps",
]);
const KEYS_ContextSwitch = new Set(["consolidate", "system_prompt", "user_prompt"]);
const KEYS_ContextSwitchAction = new Set(["context_switch"]);
const KEYS_ContextTextSteps = new Set([
    "end",
    "functions",
    "name",
    "skip_user_turn",
    "step_criteria",
    "text",
    "valid_contexts",
    "valid_steps",
]);
const KEYS_Contexts = new Set(["default"]);
const KEYS_ContextsPOMObject = new Set([
    "enter_fillers",
    "exit_fillers",
    "isolated",
    "pom",
    "steps",
]);
const KEYS_ContextsTextObject = new Set([
    "enter_fillers",
    "exit_fillers",
    "isolated",
    "steps",
    "text",
]);
const KEYS_ConversationMessage = new Set(["content", "lang", "role"]);
const KEYS_DataMap = new Set(["expressions", "output", "webhooks"]);
const KEYS_Denoise = new Set();
const KEYS_DetectMachine = new Set([
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
const KEYS_EnterQueueObject = new Set([
    "queue_name",
    "status_url",
    "transfer_after_bridge",
    "wait_time",
    "wait_url",
]);
const KEYS_Execute = new Set(["dest", "meta", "on_return", "params", "result"]);
const KEYS_ExecuteSwitch = new Set(["case", "default", "variable"]);
const KEYS_Expression = new Set(["output", "pattern", "string"]);
const KEYS_Foreach = new Set(["append", "input_key", "max", "output_key"]);
const KEYS_FunctionFillers = new Set([
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
const KEYS_FunctionParameters = new Set(["properties", "required", "type"]);
const KEYS_Goto = new Set(["label", "max", "when"]);
const KEYS_HangUpHookSWAIGFunction = new Set([
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
const KEYS_Hangup = new Set(["reason"]);
const KEYS_HangupAction = new Set(["hangup"]);
const KEYS_Hint = new Set(["hint", "ignore_case", "pattern", "replace"]);
const KEYS_Hold = new Set(["timeout"]);
const KEYS_HoldAction = new Set(["hold"]);
const KEYS_Inject = new Set(["direction", "message"]);
const KEYS_InjectAction = new Set(["inject"]);
const KEYS_IntegerProperty = new Set(["default", "description", "enum", "nullable", "type"]);
const KEYS_JoinConference = new Set([
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
const KEYS_JoinConferenceStream = new Set([
    "authorization_bearer_token",
    "codec",
    "custom_parameters",
    "name",
    "realtime",
    "status_url",
    "status_url_method",
    "url",
]);
const KEYS_JoinRoom = new Set(["name"]);
const KEYS_LanguageParams = new Set([
    "emotion",
    "pitch",
    "similarity",
    "speakingRate",
    "speed",
    "stability",
    "temperature",
    "vol",
]);
const KEYS_Languages = new Set([
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
const KEYS_LiveTranscribe = new Set(["action"]);
const KEYS_LiveTranslate = new Set(["action"]);
const KEYS_MCPServer = new Set(["headers", "resource_vars", "resources", "url"]);
const KEYS_Multilingual = new Set([
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
const KEYS_MultilingualLanguage = new Set(["engine", "language", "model", "params", "voice"]);
const KEYS_NullProperty = new Set(["description", "type"]);
const KEYS_NumberProperty = new Set(["default", "description", "enum", "nullable", "type"]);
const KEYS_ObjectProperty = new Set([
    "default",
    "description",
    "nullable",
    "properties",
    "required",
    "type",
]);
const KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
]);
const KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
]);
const KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
    "voice_id",
]);
const KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
    "voice_id",
]);
const KEYS_OneOfProperty = new Set(["oneOf"]);
const KEYS_Output = new Set(["action", "post_process", "response"]);
const KEYS_Pay = new Set([
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
const KEYS_PayParameters = new Set(["name", "value"]);
const KEYS_PayPromptPlayAction = new Set(["phrase", "type"]);
const KEYS_PayPromptSayAction = new Set(["phrase", "type"]);
const KEYS_PayPrompts = new Set(["actions", "attempts", "card_type", "error_type", "for"]);
const KEYS_PlayWithURL = new Set([
    "auto_answer",
    "say_gender",
    "say_language",
    "say_voice",
    "status_url",
    "url",
    "volume",
]);
const KEYS_PlayWithURLS = new Set([
    "auto_answer",
    "say_gender",
    "say_language",
    "say_voice",
    "status_url",
    "urls",
    "volume",
]);
const KEYS_PlaybackBGAction = new Set(["playback_bg"]);
const KEYS_PlaybackBg = new Set(["file", "wait"]);
const KEYS_PomSectionBodyContent = new Set([
    "body",
    "bullets",
    "numbered",
    "numberedBullets",
    "subsections",
    "title",
]);
const KEYS_PomSectionBulletsContent = new Set([
    "body",
    "bullets",
    "numbered",
    "numberedBullets",
    "subsections",
    "title",
]);
const KEYS_Prompt = new Set([
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
const KEYS_Pronounce = new Set(["ignore_case", "replace", "with"]);
const KEYS_ReceiveFax = new Set(["status_url"]);
const KEYS_RecordArgument = new Set([
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
const KEYS_RecordCall = new Set([
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
const KEYS_Request = new Set([
    "body",
    "connect_timeout",
    "headers",
    "method",
    "save_variables",
    "timeout",
    "url",
]);
const KEYS_SMSWithBody = new Set([
    "body",
    "from_number",
    "region",
    "status_callback",
    "tags",
    "to_number",
]);
const KEYS_SMSWithMedia = new Set([
    "body",
    "from_number",
    "media",
    "region",
    "status_callback",
    "tags",
    "to_number",
]);
const KEYS_SWAIG = new Set([
    "defaults",
    "functions",
    "includes",
    "internal_fillers",
    "mcp_servers",
    "native_functions",
]);
const KEYS_SWAIGDefaults = new Set(["web_hook_url"]);
const KEYS_SWAIGIncludes = new Set(["functions", "meta_data", "url"]);
const KEYS_SWAIGInternalFiller = new Set([
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
const KEYS_SWMLAction = new Set(["SWML", "transfer"]);
const KEYS_SWMLObject = new Set(["sections", "version"]);
const KEYS_SayAction = new Set(["say"]);
const KEYS_Section = new Set(["main"]);
const KEYS_SendDigits = new Set(["digits"]);
const KEYS_SendFax = new Set(["document", "header_info", "identity", "status_url"]);
const KEYS_SetGlobalDataAction = new Set(["set_global_data"]);
const KEYS_SetMetaDataAction = new Set(["set_meta_data"]);
const KEYS_SipRefer = new Set(["password", "status_url", "to_uri", "username"]);
const KEYS_Sleep = new Set(["duration"]);
const KEYS_StartAction = new Set(["start"]);
const KEYS_StartActionStart = new Set([
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
const KEYS_StartUpHookSWAIGFunction = new Set([
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
const KEYS_StopAction = new Set(["stop"]);
const KEYS_StopDenoise = new Set();
const KEYS_StopPlaybackBGAction = new Set(["stop_playback_bg"]);
const KEYS_StopRecordCall = new Set(["control_id"]);
const KEYS_StopStream = new Set(["control_id"]);
const KEYS_StopTap = new Set(["control_id"]);
const KEYS_Stream = new Set([
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
const KEYS_StringProperty = new Set([
    "default",
    "description",
    "enum",
    "format",
    "nullable",
    "pattern",
    "type",
]);
const KEYS_SummarizeAction = new Set(["summarize"]);
const KEYS_SummarizeActionSummarize = new Set(["prompt", "webhook"]);
const KEYS_SummarizeConversationSWAIGFunction = new Set([
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
const KEYS_SwaigToolResult = new Set(["tool_prompt", "tool_result"]);
const KEYS_Switch = new Set(["case", "default", "variable"]);
const KEYS_SwitchArgument = new Set(["case", "default", "variable"]);
const KEYS_Tap = new Set(["codec", "control_id", "direction", "rtp_ptime", "status_url", "uri"]);
const KEYS_ToggleFunctionsAction = new Set(["toggle_functions"]);
const KEYS_ToggleFunctionsItem = new Set(["active", "function"]);
const KEYS_Transcribe = new Set(["status_url"]);
const KEYS_TranscribeStartAction = new Set(["start"]);
const KEYS_TranscribeStartActionStart = new Set([
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
const KEYS_TranscribeStop = new Set();
const KEYS_TranscribeSummarizeAction = new Set(["summarize"]);
const KEYS_TranscribeSummarizeActionSummarize = new Set(["prompt", "webhook"]);
const KEYS_Transfer = new Set(["dest", "meta", "params"]);
const KEYS_TurnFillers = new Set([
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
const KEYS_UnsetGlobalData = new Set();
const KEYS_UnsetGlobalDataAction = new Set(["unset_global_data"]);
const KEYS_UnsetMetaData = new Set();
const KEYS_UnsetMetaDataAction = new Set(["unset_meta_data"]);
const KEYS_UserEvent = new Set(["event"]);
const KEYS_UserInputAction = new Set(["user_input"]);
const KEYS_UserSWAIGFunction = new Set([
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
const KEYS_Webhook = new Set([
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
const ONLY_list_2_item = new Set([
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
const RE_0 = ecmaPattern("^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$");
const RE_1 = ecmaPattern("^(?!next$).*$");
const RE_2 = ecmaPattern("^(http|https)://");
const RE_3 = ecmaPattern("^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$");
const RE_4 = ecmaPattern("^prompt:.+$");
const URL_HTTP_HTTPS = urlPattern("https?");
const URL_WSS = urlPattern("wss");
const VARIANTS_0 = [
    [
        "AISidecarStringParam",
        new Set(["default", "description", "enum", "type"]),
        new Set(["type"]),
        true,
        checkAISidecarStringParam,
    ],
    [
        "AISidecarIntegerParam",
        new Set(["default", "description", "enum", "type"]),
        new Set(["type"]),
        true,
        checkAISidecarIntegerParam,
    ],
    [
        "AISidecarNumberParam",
        new Set(["default", "description", "enum", "type"]),
        new Set(["type"]),
        true,
        checkAISidecarNumberParam,
    ],
    [
        "AISidecarBooleanParam",
        new Set(["default", "description", "type"]),
        new Set(["type"]),
        true,
        checkAISidecarBooleanParam,
    ],
    [
        "AISidecarArrayParam",
        new Set(["description", "items", "type"]),
        new Set(["items", "type"]),
        true,
        checkAISidecarArrayParam,
    ],
    [
        "AISidecarObjectParam",
        new Set(["description", "properties", "required", "type"]),
        new Set(["type"]),
        true,
        checkAISidecarObjectParam,
    ],
];
const VARIANTS_1 = [
    [
        "PomSectionBodyContent",
        new Set(["body", "bullets", "numbered", "numberedBullets", "subsections", "title"]),
        new Set(["body"]),
        true,
        checkPomSectionBodyContent,
    ],
    [
        "PomSectionBulletsContent",
        new Set(["body", "bullets", "numbered", "numberedBullets", "subsections", "title"]),
        new Set(["bullets"]),
        true,
        checkPomSectionBulletsContent,
    ],
];
const VARIANTS_10 = [
    [
        "ContextsPOMObject",
        new Set(["enter_fillers", "exit_fillers", "isolated", "pom", "steps"]),
        new Set(["steps"]),
        true,
        checkContextsPOMObject,
    ],
    [
        "ContextsTextObject",
        new Set(["enter_fillers", "exit_fillers", "isolated", "steps", "text"]),
        new Set(["steps"]),
        true,
        checkContextsTextObject,
    ],
];
const VARIANTS_11 = [
    [
        "ExecuteSwitch",
        new Set(["case", "default", "variable"]),
        new Set(["case"]),
        true,
        checkExecuteSwitch,
    ],
];
const VARIANTS_12 = [
    ["Hold", new Set(["timeout"]), new Set(), true, checkHold],
];
const VARIANTS_13 = [
    [
        "Switch",
        new Set(["case", "default", "variable"]),
        new Set(["case", "variable"]),
        true,
        checkSwitch,
    ],
];
const VARIANTS_14 = [
    [
        "TranscribeStartAction",
        new Set(["start"]),
        new Set(["start"]),
        true,
        checkTranscribeStartAction,
    ],
    [
        "TranscribeSummarizeAction",
        new Set(["summarize"]),
        new Set(["summarize"]),
        true,
        checkTranscribeSummarizeAction,
    ],
];
const VARIANTS_15 = [
    ["StartAction", new Set(["start"]), new Set(["start"]), true, checkStartAction],
    ["SummarizeAction", new Set(["summarize"]), new Set(["summarize"]), true, checkSummarizeAction],
    ["InjectAction", new Set(["inject"]), new Set(["inject"]), true, checkInjectAction],
];
const VARIANTS_16 = [
    [
        "FunctionFillers",
        new Set([
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
        ]),
        new Set(),
        false,
        checkFunctionFillers,
    ],
];
const VARIANTS_17 = [
    [
        "TurnFillers",
        new Set([
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
        ]),
        new Set(),
        false,
        checkTurnFillers,
    ],
];
const VARIANTS_18 = [
    [
        "SwaigToolResult",
        new Set(["tool_prompt", "tool_result"]),
        new Set(),
        true,
        checkSwaigToolResult,
    ],
];
const VARIANTS_19 = [
    ["a JSON object", null, new Set(), false, _AIObject_global_data],
];
const VARIANTS_2 = [
    [
        "StringProperty",
        new Set(["default", "description", "enum", "format", "nullable", "pattern", "type"]),
        new Set(["type"]),
        true,
        checkStringProperty,
    ],
    [
        "IntegerProperty",
        new Set(["default", "description", "enum", "nullable", "type"]),
        new Set(["type"]),
        true,
        checkIntegerProperty,
    ],
    [
        "NumberProperty",
        new Set(["default", "description", "enum", "nullable", "type"]),
        new Set(["type"]),
        true,
        checkNumberProperty,
    ],
    [
        "BooleanProperty",
        new Set(["default", "description", "nullable", "type"]),
        new Set(["type"]),
        true,
        checkBooleanProperty,
    ],
    [
        "ArrayProperty",
        new Set(["default", "description", "items", "nullable", "type"]),
        new Set(["items", "type"]),
        true,
        checkArrayProperty,
    ],
    [
        "ObjectProperty",
        new Set(["default", "description", "nullable", "properties", "required", "type"]),
        new Set(["type"]),
        true,
        checkObjectProperty,
    ],
    [
        "NullProperty",
        new Set(["description", "type"]),
        new Set(["description", "type"]),
        true,
        checkNullProperty,
    ],
    ["OneOfProperty", new Set(["oneOf"]), new Set(["oneOf"]), true, checkOneOfProperty],
    ["AllOfProperty", new Set(["allOf"]), new Set(["allOf"]), true, checkAllOfProperty],
    ["AnyOfProperty", new Set(["anyOf"]), new Set(["anyOf"]), true, checkAnyOfProperty],
    ["ConstProperty", new Set(["const"]), new Set(["const"]), true, checkConstProperty],
];
const VARIANTS_20 = [
    ["UnsetGlobalData", new Set(), new Set(), true, checkUnsetGlobalData],
];
const VARIANTS_21 = [
    ["UnsetMetaData", new Set(), new Set(), true, checkUnsetMetaData],
];
const VARIANTS_22 = [
    [
        "ConnectDeviceSingle",
        new Set([
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
        ]),
        new Set(["to"]),
        true,
        checkConnectDeviceSingle,
    ],
    [
        "ConnectDeviceSerial",
        new Set([
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
        ]),
        new Set(["serial"]),
        true,
        checkConnectDeviceSerial,
    ],
    [
        "ConnectDeviceParallel",
        new Set([
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
        ]),
        new Set(["parallel"]),
        true,
        checkConnectDeviceParallel,
    ],
    [
        "ConnectDeviceSerialParallel",
        new Set([
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
        ]),
        new Set(["serial_parallel"]),
        true,
        checkConnectDeviceSerialParallel,
    ],
];
const VARIANTS_23 = [
    [
        "PlayWithURL",
        new Set([
            "auto_answer",
            "say_gender",
            "say_language",
            "say_voice",
            "status_url",
            "url",
            "volume",
        ]),
        new Set(["url"]),
        true,
        checkPlayWithURL,
    ],
    [
        "PlayWithURLS",
        new Set([
            "auto_answer",
            "say_gender",
            "say_language",
            "say_voice",
            "status_url",
            "urls",
            "volume",
        ]),
        new Set(["urls"]),
        true,
        checkPlayWithURLS,
    ],
];
const VARIANTS_24 = [
    [
        "SMSWithBody",
        new Set(["body", "from_number", "region", "status_callback", "tags", "to_number"]),
        new Set(["body", "from_number", "to_number"]),
        true,
        checkSMSWithBody,
    ],
    [
        "SMSWithMedia",
        new Set(["body", "from_number", "media", "region", "status_callback", "tags", "to_number"]),
        new Set(["from_number", "media", "to_number"]),
        true,
        checkSMSWithMedia,
    ],
];
const VARIANTS_25 = [
    ["Sleep", new Set(["duration"]), new Set(["duration"]), true, checkSleep],
];
const VARIANTS_26 = [
    [
        "Hint",
        new Set(["hint", "ignore_case", "pattern", "replace"]),
        new Set(["hint", "pattern", "replace"]),
        true,
        checkHint,
    ],
];
const VARIANTS_27 = [
    [
        "BedrockSWAIGFunction1",
        new Set([
            "active",
            "data_map",
            "description",
            "function",
            "meta_data",
            "meta_data_token",
            "parameters",
            "web_hook_url",
        ]),
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction1,
    ],
    [
        "BedrockSWAIGFunction2",
        new Set([
            "active",
            "data_map",
            "description",
            "function",
            "meta_data",
            "meta_data_token",
            "parameters",
            "web_hook_url",
        ]),
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction2,
    ],
    [
        "BedrockSWAIGFunction3",
        new Set([
            "active",
            "data_map",
            "description",
            "function",
            "meta_data",
            "meta_data_token",
            "parameters",
            "web_hook_url",
        ]),
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction3,
    ],
    [
        "BedrockSWAIGFunction4",
        new Set([
            "active",
            "data_map",
            "description",
            "function",
            "meta_data",
            "meta_data_token",
            "parameters",
            "web_hook_url",
        ]),
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction4,
    ],
];
const VARIANTS_28 = [
    [
        "ContextPOMSteps",
        new Set([
            "end",
            "functions",
            "name",
            "pom",
            "skip_user_turn",
            "step_criteria",
            "valid_contexts",
            "valid_steps",
        ]),
        new Set(["name", "pom"]),
        true,
        checkContextPOMSteps,
    ],
    [
        "ContextTextSteps",
        new Set([
            "end",
            "functions",
            "name",
            "skip_user_turn",
            "step_criteria",
            "text",
            "valid_contexts",
            "valid_steps",
        ]),
        new Set(["name", "text"]),
        true,
        checkContextTextSteps,
    ],
];
const VARIANTS_29 = [
    [
        "PayPromptSayAction",
        new Set(["phrase", "type"]),
        new Set(["phrase", "type"]),
        true,
        checkPayPromptSayAction,
    ],
    [
        "PayPromptPlayAction",
        new Set(["phrase", "type"]),
        new Set(["phrase", "type"]),
        true,
        checkPayPromptPlayAction,
    ],
];
const VARIANTS_3 = [
    [
        "AIPromptText",
        new Set([
            "confidence",
            "contexts",
            "frequency_penalty",
            "max_tokens",
            "presence_penalty",
            "temperature",
            "text",
            "top_p",
        ]),
        new Set(["text"]),
        true,
        checkAIPromptText,
    ],
    [
        "AIPromptPom",
        new Set([
            "confidence",
            "contexts",
            "frequency_penalty",
            "max_tokens",
            "pom",
            "presence_penalty",
            "temperature",
            "top_p",
        ]),
        new Set(["pom"]),
        true,
        checkAIPromptPom,
    ],
];
const VARIANTS_30 = [
    [
        "UserSWAIGFunction",
        new Set([
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
        ]),
        new Set(["description", "function"]),
        true,
        checkUserSWAIGFunction,
    ],
    [
        "StartUpHookSWAIGFunction",
        new Set([
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
        ]),
        new Set(["description", "function"]),
        true,
        checkStartUpHookSWAIGFunction,
    ],
    [
        "HangUpHookSWAIGFunction",
        new Set([
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
        ]),
        new Set(["description", "function"]),
        true,
        checkHangUpHookSWAIGFunction,
    ],
    [
        "SummarizeConversationSWAIGFunction",
        new Set([
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
        ]),
        new Set(["description", "function"]),
        true,
        checkSummarizeConversationSWAIGFunction,
    ],
];
const VARIANTS_31 = [
    ["CondReg", new Set(["else", "then", "when"]), new Set(["then", "when"]), true, checkCondReg],
    ["CondElse", new Set(["else"]), new Set(["else"]), true, checkCondElse],
];
const VARIANTS_4 = [
    [
        "AIPostPromptText",
        new Set([
            "confidence",
            "frequency_penalty",
            "max_tokens",
            "presence_penalty",
            "temperature",
            "text",
            "top_p",
        ]),
        new Set(["text"]),
        true,
        checkAIPostPromptText,
    ],
    [
        "AIPostPromptPom",
        new Set([
            "confidence",
            "frequency_penalty",
            "max_tokens",
            "pom",
            "presence_penalty",
            "temperature",
            "top_p",
        ]),
        new Set(["pom"]),
        true,
        checkAIPostPromptPom,
    ],
];
const VARIANTS_5 = [
    ["AISidecarPromptText", new Set(["text"]), new Set(["text"]), true, checkAISidecarPromptText],
    ["AISidecarPromptPom", new Set(["pom"]), new Set(["pom"]), true, checkAISidecarPromptPom],
    ["AISidecarPromptFile", new Set(["file"]), new Set(["file"]), true, checkAISidecarPromptFile],
];
const VARIANTS_6 = [
    [
        "OmitPropertiesBedrockPromptTextOmittedPromptProps",
        new Set([
            "confidence",
            "frequency_penalty",
            "max_tokens",
            "presence_penalty",
            "temperature",
            "text",
            "top_p",
            "voice_id",
        ]),
        new Set(["text"]),
        true,
        checkOmitPropertiesBedrockPromptTextOmittedPromptProps,
    ],
    [
        "OmitPropertiesBedrockPromptPomOmittedPromptProps",
        new Set([
            "confidence",
            "frequency_penalty",
            "max_tokens",
            "pom",
            "presence_penalty",
            "temperature",
            "top_p",
            "voice_id",
        ]),
        new Set(["pom"]),
        true,
        checkOmitPropertiesBedrockPromptPomOmittedPromptProps,
    ],
];
const VARIANTS_7 = [
    [
        "OmitPropertiesBedrockPostPomptTextOmittedPromptProps",
        new Set([
            "confidence",
            "frequency_penalty",
            "max_tokens",
            "presence_penalty",
            "temperature",
            "text",
            "top_p",
        ]),
        new Set(["text"]),
        true,
        checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps,
    ],
    [
        "OmitPropertiesBedrockPostPromptPomOmittedPromptProps",
        new Set([
            "confidence",
            "frequency_penalty",
            "max_tokens",
            "pom",
            "presence_penalty",
            "temperature",
            "top_p",
        ]),
        new Set(["pom"]),
        true,
        checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps,
    ],
];
const VARIANTS_8 = [
    ["SWMLAction", new Set(["SWML", "transfer"]), new Set(["SWML"]), true, checkSWMLAction],
    [
        "ChangeContextAction",
        new Set(["change_context"]),
        new Set(["change_context"]),
        true,
        checkChangeContextAction,
    ],
    [
        "ChangeStepAction",
        new Set(["change_step"]),
        new Set(["change_step"]),
        true,
        checkChangeStepAction,
    ],
    [
        "ContextSwitchAction",
        new Set(["context_switch"]),
        new Set(["context_switch"]),
        true,
        checkContextSwitchAction,
    ],
    ["HangupAction", new Set(["hangup"]), new Set(["hangup"]), true, checkHangupAction],
    ["HoldAction", new Set(["hold"]), new Set(["hold"]), true, checkHoldAction],
    [
        "PlaybackBGAction",
        new Set(["playback_bg"]),
        new Set(["playback_bg"]),
        true,
        checkPlaybackBGAction,
    ],
    ["SayAction", new Set(["say"]), new Set(["say"]), true, checkSayAction],
    [
        "SetGlobalDataAction",
        new Set(["set_global_data"]),
        new Set(["set_global_data"]),
        true,
        checkSetGlobalDataAction,
    ],
    [
        "SetMetaDataAction",
        new Set(["set_meta_data"]),
        new Set(["set_meta_data"]),
        true,
        checkSetMetaDataAction,
    ],
    ["StopAction", new Set(["stop"]), new Set(["stop"]), true, checkStopAction],
    [
        "StopPlaybackBGAction",
        new Set(["stop_playback_bg"]),
        new Set(["stop_playback_bg"]),
        true,
        checkStopPlaybackBGAction,
    ],
    [
        "ToggleFunctionsAction",
        new Set(["toggle_functions"]),
        new Set(["toggle_functions"]),
        true,
        checkToggleFunctionsAction,
    ],
    [
        "UnsetGlobalDataAction",
        new Set(["unset_global_data"]),
        new Set(["unset_global_data"]),
        true,
        checkUnsetGlobalDataAction,
    ],
    [
        "UnsetMetaDataAction",
        new Set(["unset_meta_data"]),
        new Set(["unset_meta_data"]),
        true,
        checkUnsetMetaDataAction,
    ],
    ["UserInputAction", new Set(["user_input"]), new Set(["user_input"]), true, checkUserInputAction],
];
const VARIANTS_9 = [
    [
        "ConnectSwitch",
        new Set(["case", "default", "variable"]),
        new Set(["case"]),
        true,
        checkConnectSwitch,
    ],
];
export function checkAIObject(value, path) {
    const v = asObject(value, path, "an AIObject object");
    const out = {};
    let x;
    x = own(v, "prompt");
    if (x === undefined)
        throw new Invalid(path + ".prompt", MISSING, "an AIPromptText object or an AIPromptPom object");
    out["prompt"] = _AIObject_prompt(x, path + ".prompt");
    x = own(v, "global_data");
    if (x !== undefined) {
        out["global_data"] = _AIObject_global_data(x, path + ".global_data");
    }
    x = own(v, "hints");
    if (x !== undefined) {
        out["hints"] = _AIObject_hints(x, path + ".hints");
    }
    x = own(v, "languages");
    if (x !== undefined) {
        out["languages"] = _AIObject_languages(x, path + ".languages");
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
        out["post_prompt"] = _AIObject_post_prompt(x, path + ".post_prompt");
    }
    x = own(v, "post_prompt_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".post_prompt_url", x, "a string");
        out["post_prompt_url"] = x;
    }
    x = own(v, "pronounce");
    if (x !== undefined) {
        out["pronounce"] = _AIObject_pronounce(x, path + ".pronounce");
    }
    x = own(v, "SWAIG");
    if (x !== undefined) {
        out["SWAIG"] = checkSWAIG(x, path + ".SWAIG");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AIObject, path);
    return out;
}
export function checkAIParams(value, path) {
    const v = asObject(value, path, "an AIParams object");
    const out = {};
    let x;
    x = own(v, "acknowledge_interruptions");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".acknowledge_interruptions", x, "true or false or a SWML variable such as '${name}'");
        out["acknowledge_interruptions"] = x;
    }
    x = own(v, "ai_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".ai_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["ai_model"] = x;
    }
    x = own(v, "ai_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".ai_name", x, "a string");
        out["ai_name"] = x;
    }
    x = own(v, "ai_volume");
    if (x !== undefined) {
        if (!((isInteger(x) && -50 <= x && x <= 50) || isVar(x)))
            throw new Invalid(path + ".ai_volume", x, "an integer from -50 to 50 or a SWML variable such as '${name}'");
        out["ai_volume"] = x;
    }
    x = own(v, "app_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".app_name", x, "a string");
        out["app_name"] = x;
    }
    x = own(v, "asr_smart_format");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".asr_smart_format", x, "true or false or a SWML variable such as '${name}'");
        out["asr_smart_format"] = x;
    }
    x = own(v, "attention_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 10000 <= x && x <= 600000) || x === 0 || isVar(x)))
            throw new Invalid(path + ".attention_timeout", x, "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'");
        out["attention_timeout"] = x;
    }
    x = own(v, "attention_timeout_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".attention_timeout_prompt", x, "a string");
        out["attention_timeout_prompt"] = x;
    }
    x = own(v, "asr_diarize");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".asr_diarize", x, "true or false or a SWML variable such as '${name}'");
        out["asr_diarize"] = x;
    }
    x = own(v, "asr_speaker_affinity");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".asr_speaker_affinity", x, "true or false or a SWML variable such as '${name}'");
        out["asr_speaker_affinity"] = x;
    }
    x = own(v, "audible_debug");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".audible_debug", x, "true or false or a SWML variable such as '${name}'");
        out["audible_debug"] = x;
    }
    x = own(v, "audible_latency");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".audible_latency", x, "true or false or a SWML variable such as '${name}'");
        out["audible_latency"] = x;
    }
    x = own(v, "background_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".background_file", x, "a string");
        out["background_file"] = x;
    }
    x = own(v, "background_file_loops");
    if (x !== undefined) {
        if (!(isInteger(x) || x === null || isVar(x)))
            throw new Invalid(path + ".background_file_loops", x, "an integer or null or a SWML variable such as '${name}'");
        out["background_file_loops"] = x;
    }
    x = own(v, "background_file_volume");
    if (x !== undefined) {
        if (!((isInteger(x) && -50 <= x && x <= 50) || isVar(x)))
            throw new Invalid(path + ".background_file_volume", x, "an integer from -50 to 50 or a SWML variable such as '${name}'");
        out["background_file_volume"] = x;
    }
    x = own(v, "enable_barge");
    if (x !== undefined) {
        if (!(typeof x === "string" || typeof x === "boolean"))
            throw new Invalid(path + ".enable_barge", x, "a string or true or false or a SWML variable such as '${name}'");
        out["enable_barge"] = x;
    }
    x = own(v, "enable_inner_dialog");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".enable_inner_dialog", x, "true or false or a SWML variable such as '${name}'");
        out["enable_inner_dialog"] = x;
    }
    x = own(v, "enable_pause");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".enable_pause", x, "true or false or a SWML variable such as '${name}'");
        out["enable_pause"] = x;
    }
    x = own(v, "enable_turn_detection");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".enable_turn_detection", x, "true or false or a SWML variable such as '${name}'");
        out["enable_turn_detection"] = x;
    }
    x = own(v, "barge_match_string");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".barge_match_string", x, "a string");
        out["barge_match_string"] = x;
    }
    x = own(v, "barge_min_words");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x && x <= 99) || isVar(x)))
            throw new Invalid(path + ".barge_min_words", x, "an integer from 1 to 99 or a SWML variable such as '${name}'");
        out["barge_min_words"] = x;
    }
    x = own(v, "barge_functions");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".barge_functions", x, "true or false or a SWML variable such as '${name}'");
        out["barge_functions"] = x;
    }
    x = own(v, "cache_mode");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".cache_mode", x, "true or false or a SWML variable such as '${name}'");
        out["cache_mode"] = x;
    }
    x = own(v, "conscience");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".conscience", x, "a string");
        out["conscience"] = x;
    }
    x = own(v, "convo");
    if (x !== undefined) {
        out["convo"] = _AIParams_convo(x, path + ".convo");
    }
    x = own(v, "conversation_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".conversation_id", x, "a string");
        out["conversation_id"] = x;
    }
    x = own(v, "conversation_sliding_window");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".conversation_sliding_window", x, "an integer or a SWML variable such as '${name}'");
        out["conversation_sliding_window"] = x;
    }
    x = own(v, "debug_webhook_level");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".debug_webhook_level", x, "an integer from 0 to 2 or a SWML variable such as '${name}'");
        out["debug_webhook_level"] = x;
    }
    x = own(v, "debug_webhook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".debug_webhook_url", x, "a string");
        out["debug_webhook_url"] = x;
    }
    x = own(v, "debug");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isInteger(x) || isVar(x)))
            throw new Invalid(path + ".debug", x, "true or false or an integer or a SWML variable such as '${name}'");
        out["debug"] = x;
    }
    x = own(v, "direction");
    if (x !== undefined) {
        if (!((typeof x === "string" && E_Direction.has(x)) || isVar(x)))
            throw new Invalid(path + ".direction", x, "one of 'inbound', 'outbound' or a SWML variable such as '${name}'");
        out["direction"] = x;
    }
    x = own(v, "digit_terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".digit_terminators", x, "a string");
        out["digit_terminators"] = x;
    }
    x = own(v, "digit_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 30000) || isVar(x)))
            throw new Invalid(path + ".digit_timeout", x, "an integer from 0 to 30000 or a SWML variable such as '${name}'");
        out["digit_timeout"] = x;
    }
    x = own(v, "end_of_speech_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 250 <= x && x <= 10000) || isVar(x)))
            throw new Invalid(path + ".end_of_speech_timeout", x, "an integer from 250 to 10000 or a SWML variable such as '${name}'");
        out["end_of_speech_timeout"] = x;
    }
    x = own(v, "enable_accounting");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".enable_accounting", x, "true or false or a SWML variable such as '${name}'");
        out["enable_accounting"] = x;
    }
    x = own(v, "enable_thinking");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".enable_thinking", x, "true or false or a SWML variable such as '${name}'");
        out["enable_thinking"] = x;
    }
    x = own(v, "enable_text_normalization");
    if (x !== undefined) {
        if (!((typeof x === "string" && E_EnableTextNormalization.has(x)) || isVar(x)))
            throw new Invalid(path + ".enable_text_normalization", x, "one of 'heard', 'spoken', 'both', 'true', 'on', 'false', 'off', 'none' or a SWML variable such as '${name}'");
        out["enable_text_normalization"] = x;
    }
    x = own(v, "auto_correct");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".auto_correct", x, "true or false or a SWML variable such as '${name}'");
        out["auto_correct"] = x;
    }
    x = own(v, "redact_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".redact_prompt", x, "a string");
        out["redact_prompt"] = x;
    }
    x = own(v, "enable_vision");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".enable_vision", x, "true or false or a SWML variable such as '${name}'");
        out["enable_vision"] = x;
    }
    x = own(v, "energy_level");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 100) || isVar(x)))
            throw new Invalid(path + ".energy_level", x, "a number from 0 to 100 or a SWML variable such as '${name}'");
        out["energy_level"] = x;
    }
    x = own(v, "first_word_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
            throw new Invalid(path + ".first_word_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["first_word_timeout"] = x;
    }
    x = own(v, "function_wait_for_talking");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".function_wait_for_talking", x, "true or false or a SWML variable such as '${name}'");
        out["function_wait_for_talking"] = x;
    }
    x = own(v, "functions_on_no_response");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".functions_on_no_response", x, "true or false or a SWML variable such as '${name}'");
        out["functions_on_no_response"] = x;
    }
    x = own(v, "hard_stop_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".hard_stop_prompt", x, "a string");
        out["hard_stop_prompt"] = x;
    }
    x = own(v, "hard_stop_time");
    if (x !== undefined) {
        if (!((typeof x === "string" && RE_0.test(x)) || isVar(x)))
            throw new Invalid(path + ".hard_stop_time", x, "a string matching ^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$ or a SWML variable such as '${name}'");
        out["hard_stop_time"] = x;
    }
    x = own(v, "hold_music");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".hold_music", x, "a string");
        out["hold_music"] = x;
    }
    x = own(v, "hold_on_process");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".hold_on_process", x, "true or false or a SWML variable such as '${name}'");
        out["hold_on_process"] = x;
    }
    x = own(v, "inactivity_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 10000 <= x && x <= 3600000) || isVar(x)))
            throw new Invalid(path + ".inactivity_timeout", x, "an integer from 10000 to 3600000 or a SWML variable such as '${name}'");
        out["inactivity_timeout"] = x;
    }
    x = own(v, "inner_dialog_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".inner_dialog_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["inner_dialog_model"] = x;
    }
    x = own(v, "inner_dialog_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".inner_dialog_prompt", x, "a string");
        out["inner_dialog_prompt"] = x;
    }
    x = own(v, "inner_dialog_synced");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".inner_dialog_synced", x, "true or false or a SWML variable such as '${name}'");
        out["inner_dialog_synced"] = x;
    }
    x = own(v, "initial_sleep_ms");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 300000) || isVar(x)))
            throw new Invalid(path + ".initial_sleep_ms", x, "an integer from 0 to 300000 or a SWML variable such as '${name}'");
        out["initial_sleep_ms"] = x;
    }
    x = own(v, "input_poll_freq");
    if (x !== undefined) {
        if (!((isInteger(x) && 1000 <= x && x <= 10000) || isVar(x)))
            throw new Invalid(path + ".input_poll_freq", x, "an integer from 1000 to 10000 or a SWML variable such as '${name}'");
        out["input_poll_freq"] = x;
    }
    x = own(v, "interrupt_on_noise");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".interrupt_on_noise", x, "true or false or a SWML variable such as '${name}'");
        out["interrupt_on_noise"] = x;
    }
    x = own(v, "interrupt_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".interrupt_prompt", x, "a string");
        out["interrupt_prompt"] = x;
    }
    x = own(v, "languages_enabled");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".languages_enabled", x, "true or false or a SWML variable such as '${name}'");
        out["languages_enabled"] = x;
    }
    x = own(v, "local_tz");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".local_tz", x, "a string");
        out["local_tz"] = x;
    }
    x = own(v, "llm_diarize_aware");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".llm_diarize_aware", x, "true or false or a SWML variable such as '${name}'");
        out["llm_diarize_aware"] = x;
    }
    x = own(v, "max_emotion");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x && x <= 30) || isVar(x)))
            throw new Invalid(path + ".max_emotion", x, "an integer from 1 to 30 or a SWML variable such as '${name}'");
        out["max_emotion"] = x;
    }
    x = own(v, "max_response_tokens");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x && x <= 16384) || isVar(x)))
            throw new Invalid(path + ".max_response_tokens", x, "an integer from 1 to 16384 or a SWML variable such as '${name}'");
        out["max_response_tokens"] = x;
    }
    x = own(v, "openai_asr_engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".openai_asr_engine", x, "a string");
        out["openai_asr_engine"] = x;
    }
    x = own(v, "outbound_attention_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 10000 <= x && x <= 600000) || isVar(x)))
            throw new Invalid(path + ".outbound_attention_timeout", x, "an integer from 10000 to 600000 or a SWML variable such as '${name}'");
        out["outbound_attention_timeout"] = x;
    }
    x = own(v, "persist_global_data");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".persist_global_data", x, "true or false or a SWML variable such as '${name}'");
        out["persist_global_data"] = x;
    }
    x = own(v, "pom_format");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_PomFormat.has(x)))
            throw new Invalid(path + ".pom_format", x, "one of 'markdown', 'xml'");
        out["pom_format"] = x;
    }
    x = own(v, "save_conversation");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".save_conversation", x, "true or false or a SWML variable such as '${name}'");
        out["save_conversation"] = x;
    }
    x = own(v, "speech_event_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
            throw new Invalid(path + ".speech_event_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["speech_event_timeout"] = x;
    }
    x = own(v, "speech_gen_quick_stops");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 10) || isVar(x)))
            throw new Invalid(path + ".speech_gen_quick_stops", x, "an integer from 0 to 10 or a SWML variable such as '${name}'");
        out["speech_gen_quick_stops"] = x;
    }
    x = own(v, "speech_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 600000) || isVar(x)))
            throw new Invalid(path + ".speech_timeout", x, "an integer from 0 to 600000 or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = own(v, "speak_when_spoken_to");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".speak_when_spoken_to", x, "true or false or a SWML variable such as '${name}'");
        out["speak_when_spoken_to"] = x;
    }
    x = own(v, "start_paused");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".start_paused", x, "true or false or a SWML variable such as '${name}'");
        out["start_paused"] = x;
    }
    x = own(v, "static_greeting");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".static_greeting", x, "a string");
        out["static_greeting"] = x;
    }
    x = own(v, "static_greeting_no_barge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".static_greeting_no_barge", x, "true or false or a SWML variable such as '${name}'");
        out["static_greeting_no_barge"] = x;
    }
    x = own(v, "summary_mode");
    if (x !== undefined) {
        if (!((typeof x === "string" && E_SummaryMode.has(x)) || isVar(x)))
            throw new Invalid(path + ".summary_mode", x, "one of 'string', 'original' or a SWML variable such as '${name}'");
        out["summary_mode"] = x;
    }
    x = own(v, "swaig_allow_settings");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_allow_settings", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_settings"] = x;
    }
    x = own(v, "swaig_allow_swml");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_allow_swml", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_swml"] = x;
    }
    x = own(v, "swaig_post_conversation");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_post_conversation", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_post_conversation"] = x;
    }
    x = own(v, "swaig_set_global_data");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_set_global_data", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_set_global_data"] = x;
    }
    x = own(v, "swaig_post_swml_vars");
    if (x !== undefined) {
        out["swaig_post_swml_vars"] = _AIParams_swaig_post_swml_vars(x, path + ".swaig_post_swml_vars");
    }
    x = own(v, "thinking_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".thinking_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["thinking_model"] = x;
    }
    x = own(v, "utility_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".utility_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["utility_model"] = x;
    }
    x = own(v, "transparent_barge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".transparent_barge", x, "true or false or a SWML variable such as '${name}'");
        out["transparent_barge"] = x;
    }
    x = own(v, "transparent_barge_max_time");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 60000) || isVar(x)))
            throw new Invalid(path + ".transparent_barge_max_time", x, "an integer from 0 to 60000 or a SWML variable such as '${name}'");
        out["transparent_barge_max_time"] = x;
    }
    x = own(v, "transfer_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".transfer_summary", x, "true or false or a SWML variable such as '${name}'");
        out["transfer_summary"] = x;
    }
    x = own(v, "turn_detection_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
            throw new Invalid(path + ".turn_detection_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["turn_detection_timeout"] = x;
    }
    x = own(v, "turn_filler_sources");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".turn_filler_sources", x, "a string or a SWML variable such as '${name}'");
        out["turn_filler_sources"] = x;
    }
    x = own(v, "turn_filler_every_n");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".turn_filler_every_n", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["turn_filler_every_n"] = x;
    }
    x = own(v, "turn_filler_min_ms");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".turn_filler_min_ms", x, "an integer of at least 0 or a SWML variable such as '${name}'");
        out["turn_filler_min_ms"] = x;
    }
    x = own(v, "tts_number_format");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_TtsNumberFormat.has(x)))
            throw new Invalid(path + ".tts_number_format", x, "one of 'international', 'national'");
        out["tts_number_format"] = x;
    }
    x = own(v, "verbose_logs");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".verbose_logs", x, "true or false or a SWML variable such as '${name}'");
        out["verbose_logs"] = x;
    }
    x = own(v, "video_listening_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".video_listening_file", x, "a string");
        out["video_listening_file"] = x;
    }
    x = own(v, "video_idle_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".video_idle_file", x, "a string");
        out["video_idle_file"] = x;
    }
    x = own(v, "video_talking_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".video_talking_file", x, "a string");
        out["video_talking_file"] = x;
    }
    x = own(v, "vision_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".vision_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["vision_model"] = x;
    }
    x = own(v, "vad_config");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".vad_config", x, "a string");
        out["vad_config"] = x;
    }
    x = own(v, "wait_for_user");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait_for_user", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_user"] = x;
    }
    x = own(v, "wake_prefix");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".wake_prefix", x, "a string");
        out["wake_prefix"] = x;
    }
    x = own(v, "eleven_labs_stability");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".eleven_labs_stability", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["eleven_labs_stability"] = x;
    }
    x = own(v, "eleven_labs_similarity");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".eleven_labs_similarity", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["eleven_labs_similarity"] = x;
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (KEYS_AIParams.has(key) || item === undefined)
            continue;
        setKey(out, key, jsonCopy(item, path + "." + key));
    }
    return out;
}
export function checkAIPostPromptPom(value, path) {
    const v = asObject(value, path, "an AIPostPromptPom object");
    const out = {};
    let x;
    x = own(v, "pom");
    if (x === undefined)
        throw new Invalid(path + ".pom", MISSING, "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AIPostPromptPom, path);
    return out;
}
export function checkAIPostPromptText(value, path) {
    const v = asObject(value, path, "an AIPostPromptText object");
    const out = {};
    let x;
    x = own(v, "text");
    if (x === undefined)
        throw new Invalid(path + ".text", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AIPostPromptText, path);
    return out;
}
export function checkAIPromptPom(value, path) {
    const v = asObject(value, path, "an AIPromptPom object");
    const out = {};
    let x;
    x = own(v, "pom");
    if (x === undefined)
        throw new Invalid(path + ".pom", MISSING, "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    x = own(v, "contexts");
    if (x !== undefined) {
        out["contexts"] = checkContexts(x, path + ".contexts");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AIPromptPom, path);
    return out;
}
export function checkAIPromptText(value, path) {
    const v = asObject(value, path, "an AIPromptText object");
    const out = {};
    let x;
    x = own(v, "text");
    if (x === undefined)
        throw new Invalid(path + ".text", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    x = own(v, "contexts");
    if (x !== undefined) {
        out["contexts"] = checkContexts(x, path + ".contexts");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AIPromptText, path);
    return out;
}
export function checkAISidecarArrayParam(value, path) {
    const v = asObject(value, path, "an AISidecarArrayParam object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'array'");
    if (!(x === "array"))
        throw new Invalid(path + ".type", x, "'array'");
    out["type"] = "array";
    x = own(v, "items");
    if (x === undefined)
        throw new Invalid(path + ".items", MISSING, "an AISidecarParamProperty value");
    out["items"] = checkAISidecarParamProperty(x, path + ".items");
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarArrayParam, path);
    return out;
}
export function checkAISidecarBooleanParam(value, path) {
    const v = asObject(value, path, "an AISidecarBooleanParam object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'boolean'");
    if (!(x === "boolean"))
        throw new Invalid(path + ".type", x, "'boolean'");
    out["type"] = "boolean";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".default", x, "true or false");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarBooleanParam, path);
    return out;
}
export function checkAISidecarFunctionParameters(value, path) {
    const v = asObject(value, path, "an AISidecarFunctionParameters object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'object'");
    if (!(x === "object"))
        throw new Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = own(v, "properties");
    if (x === undefined)
        throw new Invalid(path + ".properties", MISSING, "a JSON object whose values are each an AISidecarParamProperty value");
    out["properties"] = _AISidecarFunctionParameters_properties(x, path + ".properties");
    x = own(v, "required");
    if (x !== undefined) {
        out["required"] = _AISidecarFunctionParameters_required(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarFunctionParameters, path);
    return out;
}
export function checkAISidecarIntegerParam(value, path) {
    const v = asObject(value, path, "an AISidecarIntegerParam object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'integer'");
    if (!(x === "integer"))
        throw new Invalid(path + ".type", x, "'integer'");
    out["type"] = "integer";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "enum");
    if (x !== undefined) {
        out["enum"] = _AISidecarIntegerParam_enum(x, path + ".enum");
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!isInteger(x))
            throw new Invalid(path + ".default", x, "an integer");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarIntegerParam, path);
    return out;
}
export function checkAISidecarNumberParam(value, path) {
    const v = asObject(value, path, "an AISidecarNumberParam object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'number'");
    if (!(x === "number"))
        throw new Invalid(path + ".type", x, "'number'");
    out["type"] = "number";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "enum");
    if (x !== undefined) {
        out["enum"] = _AISidecarNumberParam_enum(x, path + ".enum");
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!isNumber(x))
            throw new Invalid(path + ".default", x, "a number");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarNumberParam, path);
    return out;
}
export function checkAISidecarObject(value, path) {
    const v = asObject(value, path, "an AISidecarObject object");
    const out = {};
    let x;
    x = own(v, "lang");
    if (x === undefined)
        throw new Invalid(path + ".lang", MISSING, "a string of at least 1 character or a SWML variable such as '${name}'");
    if (!((typeof x === "string" && cpLength(x) >= 1) || isVar(x)))
        throw new Invalid(path + ".lang", x, "a string of at least 1 character or a SWML variable such as '${name}'");
    out["lang"] = x;
    x = own(v, "prompt");
    if (x !== undefined) {
        out["prompt"] = _AISidecarObject_prompt(x, path + ".prompt");
    }
    x = own(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["model"] = x;
    }
    x = own(v, "direction");
    if (x !== undefined) {
        out["direction"] = _AISidecarObject_direction(x, path + ".direction");
    }
    x = own(v, "customer_role");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_TranscribeDirection.has(x)))
            throw new Invalid(path + ".customer_role", x, "one of 'remote-caller', 'local-caller'");
        out["customer_role"] = x;
    }
    x = own(v, "url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".url", x, "a string");
        out["url"] = x;
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
        out["global_data"] = _AIObject_global_data(x, path + ".global_data");
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
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarObject, path);
    return out;
}
export function checkAISidecarObjectParam(value, path) {
    const v = asObject(value, path, "an AISidecarObjectParam object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'object'");
    if (!(x === "object"))
        throw new Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "properties");
    if (x !== undefined) {
        out["properties"] = _AISidecarFunctionParameters_properties(x, path + ".properties");
    }
    x = own(v, "required");
    if (x !== undefined) {
        out["required"] = _AISidecarFunctionParameters_required(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarObjectParam, path);
    return out;
}
export function checkAISidecarParams(value, path) {
    const v = asObject(value, path, "an AISidecarParams object");
    const out = {};
    let x;
    x = own(v, "idle_timeout_ms");
    if (x !== undefined) {
        if (!((isInteger(x) && 50 <= x && x <= 5000) || isVar(x)))
            throw new Invalid(path + ".idle_timeout_ms", x, "an integer from 50 to 5000 or a SWML variable such as '${name}'");
        out["idle_timeout_ms"] = x;
    }
    x = own(v, "min_interval_ms");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 60000) || isVar(x)))
            throw new Invalid(path + ".min_interval_ms", x, "an integer from 0 to 60000 or a SWML variable such as '${name}'");
        out["min_interval_ms"] = x;
    }
    x = own(v, "max_iters_per_tick");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x && x <= 20) || isVar(x)))
            throw new Invalid(path + ".max_iters_per_tick", x, "an integer from 1 to 20 or a SWML variable such as '${name}'");
        out["max_iters_per_tick"] = x;
    }
    x = own(v, "max_history_tokens");
    if (x !== undefined) {
        if (!((isInteger(x) && 1000 <= x && x <= 200000) || isVar(x)))
            throw new Invalid(path + ".max_history_tokens", x, "an integer from 1000 to 200000 or a SWML variable such as '${name}'");
        out["max_history_tokens"] = x;
    }
    x = own(v, "act_on_channel");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".act_on_channel", x, "true or false or a SWML variable such as '${name}'");
        out["act_on_channel"] = x;
    }
    x = own(v, "final_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".final_summary", x, "true or false or a SWML variable such as '${name}'");
        out["final_summary"] = x;
    }
    x = own(v, "ai_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".ai_summary", x, "true or false or a SWML variable such as '${name}'");
        out["ai_summary"] = x;
    }
    x = own(v, "ai_summary_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".ai_summary_prompt", x, "a string");
        out["ai_summary_prompt"] = x;
    }
    x = own(v, "summary_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".summary_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["summary_model"] = x;
    }
    x = own(v, "live_events");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".live_events", x, "true or false or a SWML variable such as '${name}'");
        out["live_events"] = x;
    }
    x = own(v, "verbose_utterances");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".verbose_utterances", x, "true or false or a SWML variable such as '${name}'");
        out["verbose_utterances"] = x;
    }
    x = own(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_SpeechEngine.has(x)))
            throw new Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
        out["speech_engine"] = x;
    }
    x = own(v, "speech_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 600000) || isVar(x)))
            throw new Invalid(path + ".speech_timeout", x, "an integer from 0 to 600000 or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = own(v, "vad_silence_ms");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 60000) || isVar(x)))
            throw new Invalid(path + ".vad_silence_ms", x, "an integer from 0 to 60000 or a SWML variable such as '${name}'");
        out["vad_silence_ms"] = x;
    }
    x = own(v, "vad_thresh");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 10000) || isVar(x)))
            throw new Invalid(path + ".vad_thresh", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["vad_thresh"] = x;
    }
    x = own(v, "debug_level");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x && x <= 100) || isVar(x)))
            throw new Invalid(path + ".debug_level", x, "an integer from 0 to 100 or a SWML variable such as '${name}'");
        out["debug_level"] = x;
    }
    x = own(v, "debug");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".debug", x, "true or false or a SWML variable such as '${name}'");
        out["debug"] = x;
    }
    x = own(v, "transcribe_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".transcribe_prompt", x, "a string");
        out["transcribe_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarParams, path);
    return out;
}
export function checkAISidecarPermissions(value, path) {
    const v = asObject(value, path, "an AISidecarPermissions object");
    const out = {};
    let x;
    x = own(v, "swaig_allow_swml");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_allow_swml", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_swml"] = x;
    }
    x = own(v, "swaig_allow_settings");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_allow_settings", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_settings"] = x;
    }
    x = own(v, "swaig_set_global_data");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".swaig_set_global_data", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_set_global_data"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarPermissions, path);
    return out;
}
export function checkAISidecarPromptFile(value, path) {
    const v = asObject(value, path, "an AISidecarPromptFile object");
    const out = {};
    let x;
    x = own(v, "file");
    if (x === undefined)
        throw new Invalid(path + ".file", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".file", x, "a string");
    out["file"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarPromptFile, path);
    return out;
}
export function checkAISidecarPromptPom(value, path) {
    const v = asObject(value, path, "an AISidecarPromptPom object");
    const out = {};
    let x;
    x = own(v, "pom");
    if (x === undefined)
        throw new Invalid(path + ".pom", MISSING, "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarPromptPom, path);
    return out;
}
export function checkAISidecarPromptText(value, path) {
    const v = asObject(value, path, "an AISidecarPromptText object");
    const out = {};
    let x;
    x = own(v, "text");
    if (x === undefined)
        throw new Invalid(path + ".text", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".text", x, "a string");
    out["text"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarPromptText, path);
    return out;
}
export function checkAISidecarSWAIG(value, path) {
    const v = asObject(value, path, "an AISidecarSWAIG object");
    const out = {};
    let x;
    x = own(v, "defaults");
    if (x !== undefined) {
        out["defaults"] = checkAISidecarSWAIGDefaults(x, path + ".defaults");
    }
    x = own(v, "functions");
    if (x !== undefined) {
        out["functions"] = _AISidecarSWAIG_functions(x, path + ".functions");
    }
    x = own(v, "mcp_servers");
    if (x !== undefined) {
        out["mcp_servers"] = _AISidecarSWAIG_mcp_servers(x, path + ".mcp_servers");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarSWAIG, path);
    return out;
}
export function checkAISidecarSWAIGDefaults(value, path) {
    const v = asObject(value, path, "an AISidecarSWAIGDefaults object");
    const out = {};
    let x;
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "web_hook_auth_user");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_auth_user", x, "a string");
        out["web_hook_auth_user"] = x;
    }
    x = own(v, "web_hook_auth_password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_auth_password", x, "a string");
        out["web_hook_auth_password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarSWAIGDefaults, path);
    return out;
}
export function checkAISidecarSWAIGFunction(value, path) {
    const v = asObject(value, path, "an AISidecarSWAIGFunction object");
    const out = {};
    let x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".function", x, "a string");
    out["function"] = x;
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
    }
    x = own(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkAISidecarFunctionParameters(x, path + ".parameters");
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "web_hook_auth_user");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_auth_user", x, "a string");
        out["web_hook_auth_user"] = x;
    }
    x = own(v, "web_hook_auth_password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_auth_password", x, "a string");
        out["web_hook_auth_password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarSWAIGFunction, path);
    return out;
}
export function checkAISidecarStringParam(value, path) {
    const v = asObject(value, path, "an AISidecarStringParam object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'string'");
    if (!(x === "string"))
        throw new Invalid(path + ".type", x, "'string'");
    out["type"] = "string";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "enum");
    if (x !== undefined) {
        out["enum"] = _AISidecarFunctionParameters_required(x, path + ".enum");
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".default", x, "a string");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarStringParam, path);
    return out;
}
export function checkAISidecarSummarizeAction(value, path) {
    const v = asObject(value, path, "an AISidecarSummarizeAction object");
    const out = {};
    let x;
    x = own(v, "summarize");
    if (x === undefined)
        throw new Invalid(path + ".summarize", MISSING, "an AISidecarSummarizeActionSummarize object");
    out["summarize"] = checkAISidecarSummarizeActionSummarize(x, path + ".summarize");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarSummarizeAction, path);
    return out;
}
export function checkAISidecarSummarizeActionSummarize(value, path) {
    const v = asObject(value, path, "an AISidecarSummarizeActionSummarize object");
    const out = {};
    let x;
    x = own(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = own(v, "prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".prompt", x, "a string");
        out["prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AISidecarSummarizeActionSummarize, path);
    return out;
}
export function checkAllOfProperty(value, path) {
    const v = asObject(value, path, "an AllOfProperty object");
    const out = {};
    let x;
    x = own(v, "allOf");
    if (x === undefined)
        throw new Invalid(path + ".allOf", MISSING, "a list of items that are each a SchemaType value");
    out["allOf"] = _AllOfProperty_allOf(x, path + ".allOf");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AllOfProperty, path);
    return out;
}
export function checkAmazonBedrockObject(value, path) {
    const v = asObject(value, path, "an AmazonBedrockObject object");
    const out = {};
    let x;
    x = own(v, "prompt");
    if (x === undefined)
        throw new Invalid(path + ".prompt", MISSING, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
    out["prompt"] = _AmazonBedrockObject_prompt(x, path + ".prompt");
    x = own(v, "global_data");
    if (x !== undefined) {
        out["global_data"] = _AIObject_global_data(x, path + ".global_data");
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
        if (!(typeof x === "string"))
            throw new Invalid(path + ".post_prompt_url", x, "a string");
        out["post_prompt_url"] = x;
    }
    x = own(v, "SWAIG");
    if (x !== undefined) {
        out["SWAIG"] = checkBedrockSWAIG(x, path + ".SWAIG");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AmazonBedrockObject, path);
    return out;
}
export function checkAnswer(value, path) {
    const v = asObject(value, path, "an Answer object");
    const out = {};
    let x;
    x = own(v, "max_duration");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = own(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = own(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = own(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Answer, path);
    return out;
}
export function checkAnyOfProperty(value, path) {
    const v = asObject(value, path, "an AnyOfProperty object");
    const out = {};
    let x;
    x = own(v, "anyOf");
    if (x === undefined)
        throw new Invalid(path + ".anyOf", MISSING, "a list of items that are each a SchemaType value");
    out["anyOf"] = _AllOfProperty_allOf(x, path + ".anyOf");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_AnyOfProperty, path);
    return out;
}
export function checkArrayProperty(value, path) {
    const v = asObject(value, path, "an ArrayProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'array'");
    if (!(x === "array"))
        throw new Invalid(path + ".type", x, "'array'");
    out["type"] = "array";
    x = own(v, "items");
    if (x === undefined)
        throw new Invalid(path + ".items", MISSING, "a SchemaType value");
    out["items"] = checkSchemaType(x, path + ".items");
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _ArrayProperty_default(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ArrayProperty, path);
    return out;
}
export function checkBedrockDataMap(value, path) {
    const v = asObject(value, path, "a BedrockDataMap object");
    const out = {};
    let x;
    x = own(v, "output");
    if (x !== undefined) {
        out["output"] = checkBedrockOutput(x, path + ".output");
    }
    x = own(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _BedrockDataMap_expressions(x, path + ".expressions");
    }
    x = own(v, "webhooks");
    if (x !== undefined) {
        out["webhooks"] = _BedrockDataMap_webhooks(x, path + ".webhooks");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockDataMap, path);
    return out;
}
export function checkBedrockExpression(value, path) {
    const v = asObject(value, path, "a BedrockExpression object");
    const out = {};
    let x;
    x = own(v, "output");
    if (x === undefined)
        throw new Invalid(path + ".output", MISSING, "a BedrockOutput object");
    out["output"] = checkBedrockOutput(x, path + ".output");
    x = own(v, "string");
    if (x === undefined)
        throw new Invalid(path + ".string", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".string", x, "a string");
    out["string"] = x;
    x = own(v, "pattern");
    if (x === undefined)
        throw new Invalid(path + ".pattern", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockExpression, path);
    return out;
}
export function checkBedrockOutput(value, path) {
    const v = asObject(value, path, "a BedrockOutput object");
    const out = {};
    let x;
    x = own(v, "response");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".response", x, "a string");
        out["response"] = x;
    }
    x = own(v, "action");
    if (x !== undefined) {
        out["action"] = _BedrockOutput_action(x, path + ".action");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockOutput, path);
    return out;
}
export function checkBedrockParams(value, path) {
    const v = asObject(value, path, "a BedrockParams object");
    const out = {};
    let x;
    x = own(v, "attention_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 10000 <= x && x <= 600000) || x === 0 || isVar(x)))
            throw new Invalid(path + ".attention_timeout", x, "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'");
        out["attention_timeout"] = x;
    }
    x = own(v, "hard_stop_time");
    if (x !== undefined) {
        if (!((typeof x === "string" && RE_0.test(x)) || isVar(x)))
            throw new Invalid(path + ".hard_stop_time", x, "a string matching ^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$ or a SWML variable such as '${name}'");
        out["hard_stop_time"] = x;
    }
    x = own(v, "inactivity_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 10000 <= x && x <= 3600000) || isVar(x)))
            throw new Invalid(path + ".inactivity_timeout", x, "an integer from 10000 to 3600000 or a SWML variable such as '${name}'");
        out["inactivity_timeout"] = x;
    }
    x = own(v, "video_listening_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".video_listening_file", x, "a string");
        out["video_listening_file"] = x;
    }
    x = own(v, "video_idle_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".video_idle_file", x, "a string");
        out["video_idle_file"] = x;
    }
    x = own(v, "video_talking_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".video_talking_file", x, "a string");
        out["video_talking_file"] = x;
    }
    x = own(v, "hard_stop_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".hard_stop_prompt", x, "a string");
        out["hard_stop_prompt"] = x;
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (KEYS_BedrockParams.has(key) || item === undefined)
            continue;
        setKey(out, key, jsonCopy(item, path + "." + key));
    }
    return out;
}
export function checkBedrockSWAIG(value, path) {
    const v = asObject(value, path, "a BedrockSWAIG object");
    const out = {};
    let x;
    x = own(v, "functions");
    if (x !== undefined) {
        out["functions"] = _BedrockSWAIG_functions(x, path + ".functions");
    }
    x = own(v, "defaults");
    if (x !== undefined) {
        out["defaults"] = checkSWAIGDefaults(x, path + ".defaults");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockSWAIG, path);
    return out;
}
export function checkBedrockSWAIGFunction1(value, path) {
    const v = asObject(value, path, "a BedrockSWAIGFunction1 object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".function", x, "a string");
    out["function"] = x;
    x = own(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = own(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockSWAIGFunction1, path);
    return out;
}
export function checkBedrockSWAIGFunction2(value, path) {
    const v = asObject(value, path, "a BedrockSWAIGFunction2 object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "'startup_hook'");
    if (!(x === "startup_hook"))
        throw new Invalid(path + ".function", x, "'startup_hook'");
    out["function"] = "startup_hook";
    x = own(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = own(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockSWAIGFunction2, path);
    return out;
}
export function checkBedrockSWAIGFunction3(value, path) {
    const v = asObject(value, path, "a BedrockSWAIGFunction3 object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "'hangup_hook'");
    if (!(x === "hangup_hook"))
        throw new Invalid(path + ".function", x, "'hangup_hook'");
    out["function"] = "hangup_hook";
    x = own(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = own(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockSWAIGFunction3, path);
    return out;
}
export function checkBedrockSWAIGFunction4(value, path) {
    const v = asObject(value, path, "a BedrockSWAIGFunction4 object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "'summarize_conversation'");
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
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockSWAIGFunction4, path);
    return out;
}
export function checkBedrockWebhook(value, path) {
    const v = asObject(value, path, "a BedrockWebhook object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = own(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _BedrockDataMap_expressions(x, path + ".expressions");
    }
    x = own(v, "output");
    if (x !== undefined) {
        out["output"] = checkBedrockOutput(x, path + ".output");
    }
    x = own(v, "error_keys");
    if (x !== undefined) {
        out["error_keys"] = _BedrockWebhook_error_keys(x, path + ".error_keys");
    }
    x = own(v, "foreach");
    if (x !== undefined) {
        out["foreach"] = checkForeach(x, path + ".foreach");
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _AIObject_global_data(x, path + ".headers");
    }
    x = own(v, "method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Method.has(x)))
            throw new Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
        out["method"] = x;
    }
    x = own(v, "input_args_as_params");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".input_args_as_params", x, "true or false or a SWML variable such as '${name}'");
        out["input_args_as_params"] = x;
    }
    x = own(v, "params");
    if (x !== undefined) {
        out["params"] = _AIObject_global_data(x, path + ".params");
    }
    x = own(v, "require_args");
    if (x !== undefined) {
        out["require_args"] = _BedrockWebhook_error_keys(x, path + ".require_args");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BedrockWebhook, path);
    return out;
}
export function checkBooleanProperty(value, path) {
    const v = asObject(value, path, "a BooleanProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'boolean'");
    if (!(x === "boolean"))
        throw new Invalid(path + ".type", x, "'boolean'");
    out["type"] = "boolean";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".default", x, "true or false or a SWML variable such as '${name}'");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_BooleanProperty, path);
    return out;
}
export function checkChangeContextAction(value, path) {
    const v = asObject(value, path, "a ChangeContextAction object");
    const out = {};
    let x;
    x = own(v, "change_context");
    if (x === undefined)
        throw new Invalid(path + ".change_context", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".change_context", x, "a string");
    out["change_context"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ChangeContextAction, path);
    return out;
}
export function checkChangeStepAction(value, path) {
    const v = asObject(value, path, "a ChangeStepAction object");
    const out = {};
    let x;
    x = own(v, "change_step");
    if (x === undefined)
        throw new Invalid(path + ".change_step", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".change_step", x, "a string");
    out["change_step"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ChangeStepAction, path);
    return out;
}
export function checkCondElse(value, path) {
    const v = asObject(value, path, "a CondElse object");
    const out = {};
    let x;
    x = own(v, "else");
    if (x === undefined)
        throw new Invalid(path + ".else", MISSING, "a list of SWML methods");
    out["else"] = _CondElse_else(x, path + ".else");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_CondElse, path);
    return out;
}
export function checkCondReg(value, path) {
    const v = asObject(value, path, "a CondReg object");
    const out = {};
    let x;
    x = own(v, "when");
    if (x === undefined)
        throw new Invalid(path + ".when", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".when", x, "a string");
    out["when"] = x;
    x = own(v, "then");
    if (x === undefined)
        throw new Invalid(path + ".then", MISSING, "a list of SWML methods");
    out["then"] = _CondElse_else(x, path + ".then");
    x = own(v, "else");
    if (x !== undefined) {
        out["else"] = _CondElse_else(x, path + ".else");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_CondReg, path);
    return out;
}
export function checkConnectDestination(value, path) {
    const v = asObject(value, path, "a ConnectDestination object");
    const out = {};
    let x;
    x = own(v, "to");
    if (x === undefined)
        throw new Invalid(path + ".to", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".to", x, "a string");
    out["to"] = x;
    x = own(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = own(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _ConnectDestination_headers(x, path + ".headers");
    }
    x = own(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = own(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = own(v, "session_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = own(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = own(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _ConnectDestination_call_state_events(x, path + ".call_state_events");
    }
    x = own(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = own(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = own(v, "confirm_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = own(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Encryption.has(x)))
            throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = own(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = own(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = own(v, "realtime");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".realtime", x, "true or false or a SWML variable such as '${name}'");
        out["realtime"] = x;
    }
    x = own(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_StatusUrlMethod.has(x)))
            throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = own(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = own(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _ConnectDestination_custom_parameters(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectDestination, path);
    return out;
}
export function checkConnectDeviceParallel(value, path) {
    const v = asObject(value, path, "a ConnectDeviceParallel object");
    const out = {};
    let x;
    x = own(v, "parallel");
    if (x === undefined)
        throw new Invalid(path + ".parallel", MISSING, "a list of ConnectDestination objects");
    out["parallel"] = _ConnectDeviceParallel_parallel(x, path + ".parallel");
    x = own(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = own(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _ConnectDestination_headers(x, path + ".headers");
    }
    x = own(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = own(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = own(v, "session_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = own(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _AISidecarFunctionParameters_required(x, path + ".ringback");
    }
    x = own(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "max_duration");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = own(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = own(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = own(v, "confirm_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = own(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Encryption.has(x)))
            throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = own(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = own(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = own(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _ConnectDestination_call_state_events(x, path + ".call_state_events");
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectDeviceParallel, path);
    return out;
}
export function checkConnectDeviceSerial(value, path) {
    const v = asObject(value, path, "a ConnectDeviceSerial object");
    const out = {};
    let x;
    x = own(v, "serial");
    if (x === undefined)
        throw new Invalid(path + ".serial", MISSING, "a list of ConnectDestination objects");
    out["serial"] = _ConnectDeviceParallel_parallel(x, path + ".serial");
    x = own(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = own(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _ConnectDestination_headers(x, path + ".headers");
    }
    x = own(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = own(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = own(v, "session_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = own(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _AISidecarFunctionParameters_required(x, path + ".ringback");
    }
    x = own(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "max_duration");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = own(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = own(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = own(v, "confirm_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = own(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Encryption.has(x)))
            throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = own(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = own(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = own(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _ConnectDestination_call_state_events(x, path + ".call_state_events");
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectDeviceSerial, path);
    return out;
}
export function checkConnectDeviceSerialParallel(value, path) {
    const v = asObject(value, path, "a ConnectDeviceSerialParallel object");
    const out = {};
    let x;
    x = own(v, "serial_parallel");
    if (x === undefined)
        throw new Invalid(path + ".serial_parallel", MISSING, "a list of items that are each a list of ConnectDestination objects");
    out["serial_parallel"] = _ConnectDeviceSerialParallel_serial_parallel(x, path + ".serial_parallel");
    x = own(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = own(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _ConnectDestination_headers(x, path + ".headers");
    }
    x = own(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = own(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = own(v, "session_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = own(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _AISidecarFunctionParameters_required(x, path + ".ringback");
    }
    x = own(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "max_duration");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = own(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = own(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = own(v, "confirm_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = own(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Encryption.has(x)))
            throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = own(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = own(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = own(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _ConnectDestination_call_state_events(x, path + ".call_state_events");
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectDeviceSerialParallel, path);
    return out;
}
export function checkConnectDeviceSingle(value, path) {
    const v = asObject(value, path, "a ConnectDeviceSingle object");
    const out = {};
    let x;
    x = own(v, "to");
    if (x === undefined)
        throw new Invalid(path + ".to", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".to", x, "a string");
    out["to"] = x;
    x = own(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = own(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _ConnectDestination_headers(x, path + ".headers");
    }
    x = own(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = own(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = own(v, "session_timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = own(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _AISidecarFunctionParameters_required(x, path + ".ringback");
    }
    x = own(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "max_duration");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = own(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = own(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = own(v, "confirm_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = own(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Encryption.has(x)))
            throw new Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = own(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = own(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = own(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _ConnectDestination_call_state_events(x, path + ".call_state_events");
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = own(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    x = own(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = own(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = own(v, "realtime");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".realtime", x, "true or false or a SWML variable such as '${name}'");
        out["realtime"] = x;
    }
    x = own(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_StatusUrlMethod.has(x)))
            throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = own(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = own(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _ConnectDestination_custom_parameters(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectDeviceSingle, path);
    return out;
}
export function checkConnectHeaders(value, path) {
    const v = asObject(value, path, "a ConnectHeaders object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".name", x, "a string");
    out["name"] = x;
    x = own(v, "value");
    if (x === undefined)
        throw new Invalid(path + ".value", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".value", x, "a string");
    out["value"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectHeaders, path);
    return out;
}
export function checkConnectSwitch(value, path) {
    const v = asObject(value, path, "a ConnectSwitch object");
    const out = {};
    let x;
    x = own(v, "case");
    if (x === undefined)
        throw new Invalid(path + ".case", MISSING, "a JSON object whose values are each a list of SWML methods");
    out["case"] = _ConnectSwitch_case(x, path + ".case");
    x = own(v, "variable");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".variable", x, "a string");
        out["variable"] = x;
    }
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _CondElse_else(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConnectSwitch, path);
    return out;
}
export function checkConstProperty(value, path) {
    const v = asObject(value, path, "a ConstProperty object");
    const out = {};
    let x;
    x = own(v, "const");
    if (x === undefined)
        throw new Invalid(path + ".const", MISSING, "any JSON value");
    out["const"] = jsonCopy(x, path + ".const");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConstProperty, path);
    return out;
}
export function checkContextPOMSteps(value, path) {
    const v = asObject(value, path, "a ContextPOMSteps object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a string matching ^(?!next$).*$");
    if (!(typeof x === "string" && RE_1.test(x)))
        throw new Invalid(path + ".name", x, "a string matching ^(?!next$).*$");
    out["name"] = x;
    x = own(v, "pom");
    if (x === undefined)
        throw new Invalid(path + ".pom", MISSING, "a list of items that are each a POM value");
    out["pom"] = _ContextPOMSteps_pom(x, path + ".pom");
    x = own(v, "step_criteria");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".step_criteria", x, "a string");
        out["step_criteria"] = x;
    }
    x = own(v, "functions");
    if (x !== undefined) {
        out["functions"] = _AISidecarFunctionParameters_required(x, path + ".functions");
    }
    x = own(v, "valid_contexts");
    if (x !== undefined) {
        out["valid_contexts"] = _AISidecarFunctionParameters_required(x, path + ".valid_contexts");
    }
    x = own(v, "skip_user_turn");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".skip_user_turn", x, "true or false or a SWML variable such as '${name}'");
        out["skip_user_turn"] = x;
    }
    x = own(v, "end");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".end", x, "true or false");
        out["end"] = x;
    }
    x = own(v, "valid_steps");
    if (x !== undefined) {
        out["valid_steps"] = _AISidecarFunctionParameters_required(x, path + ".valid_steps");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ContextPOMSteps, path);
    return out;
}
export function checkContextSwitch(value, path) {
    const v = asObject(value, path, "a ContextSwitch object");
    const out = {};
    let x;
    x = own(v, "system_prompt");
    if (x === undefined)
        throw new Invalid(path + ".system_prompt", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".system_prompt", x, "a string");
    out["system_prompt"] = x;
    x = own(v, "consolidate");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".consolidate", x, "true or false or a SWML variable such as '${name}'");
        out["consolidate"] = x;
    }
    x = own(v, "user_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".user_prompt", x, "a string");
        out["user_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ContextSwitch, path);
    return out;
}
export function checkContextSwitchAction(value, path) {
    const v = asObject(value, path, "a ContextSwitchAction object");
    const out = {};
    let x;
    x = own(v, "context_switch");
    if (x === undefined)
        throw new Invalid(path + ".context_switch", MISSING, "a ContextSwitch object");
    out["context_switch"] = checkContextSwitch(x, path + ".context_switch");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ContextSwitchAction, path);
    return out;
}
export function checkContextTextSteps(value, path) {
    const v = asObject(value, path, "a ContextTextSteps object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a string matching ^(?!next$).*$");
    if (!(typeof x === "string" && RE_1.test(x)))
        throw new Invalid(path + ".name", x, "a string matching ^(?!next$).*$");
    out["name"] = x;
    x = own(v, "text");
    if (x === undefined)
        throw new Invalid(path + ".text", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = own(v, "step_criteria");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".step_criteria", x, "a string");
        out["step_criteria"] = x;
    }
    x = own(v, "functions");
    if (x !== undefined) {
        out["functions"] = _AISidecarFunctionParameters_required(x, path + ".functions");
    }
    x = own(v, "valid_contexts");
    if (x !== undefined) {
        out["valid_contexts"] = _AISidecarFunctionParameters_required(x, path + ".valid_contexts");
    }
    x = own(v, "skip_user_turn");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".skip_user_turn", x, "true or false or a SWML variable such as '${name}'");
        out["skip_user_turn"] = x;
    }
    x = own(v, "end");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".end", x, "true or false");
        out["end"] = x;
    }
    x = own(v, "valid_steps");
    if (x !== undefined) {
        out["valid_steps"] = _AISidecarFunctionParameters_required(x, path + ".valid_steps");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ContextTextSteps, path);
    return out;
}
export function checkContexts(value, path) {
    const v = asObject(value, path, "a Contexts object");
    const out = {};
    let x;
    x = own(v, "default");
    if (x === undefined)
        throw new Invalid(path + ".default", MISSING, "a ContextsPOMObject object or a ContextsTextObject object");
    out["default"] = _Contexts_default(x, path + ".default");
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (KEYS_Contexts.has(key) || item === undefined)
            continue;
        setKey(out, key, _Contexts_default(item, path + "." + key));
    }
    return out;
}
export function checkContextsPOMObject(value, path) {
    const v = asObject(value, path, "a ContextsPOMObject object");
    const out = {};
    let x;
    x = own(v, "steps");
    if (x === undefined)
        throw new Invalid(path + ".steps", MISSING, "a list of ContextPOMSteps or ContextTextSteps objects");
    out["steps"] = _ContextsPOMObject_steps(x, path + ".steps");
    x = own(v, "isolated");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".isolated", x, "true or false");
        out["isolated"] = x;
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
export function checkContextsTextObject(value, path) {
    const v = asObject(value, path, "a ContextsTextObject object");
    const out = {};
    let x;
    x = own(v, "steps");
    if (x === undefined)
        throw new Invalid(path + ".steps", MISSING, "a list of ContextPOMSteps or ContextTextSteps objects");
    out["steps"] = _ContextsPOMObject_steps(x, path + ".steps");
    x = own(v, "isolated");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".isolated", x, "true or false");
        out["isolated"] = x;
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
        if (!(typeof x === "string"))
            throw new Invalid(path + ".text", x, "a string");
        out["text"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ContextsTextObject, path);
    return out;
}
export function checkConversationMessage(value, path) {
    const v = asObject(value, path, "a ConversationMessage object");
    const out = {};
    let x;
    x = own(v, "role");
    if (x === undefined)
        throw new Invalid(path + ".role", MISSING, "one of 'user', 'assistant', 'system'");
    if (!(typeof x === "string" && E_ConversationRole.has(x)))
        throw new Invalid(path + ".role", x, "one of 'user', 'assistant', 'system'");
    out["role"] = x;
    x = own(v, "content");
    if (x === undefined)
        throw new Invalid(path + ".content", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".content", x, "a string");
    out["content"] = x;
    x = own(v, "lang");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".lang", x, "a string");
        out["lang"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ConversationMessage, path);
    return out;
}
export function checkDataMap(value, path) {
    const v = asObject(value, path, "a DataMap object");
    const out = {};
    let x;
    x = own(v, "output");
    if (x !== undefined) {
        out["output"] = checkOutput(x, path + ".output");
    }
    x = own(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _DataMap_expressions(x, path + ".expressions");
    }
    x = own(v, "webhooks");
    if (x !== undefined) {
        out["webhooks"] = _DataMap_webhooks(x, path + ".webhooks");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_DataMap, path);
    return out;
}
export function checkDenoise(value, path) {
    const v = asObject(value, path, "a Denoise object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Denoise, path);
    return out;
}
export function checkDetectMachine(value, path) {
    const v = asObject(value, path, "a DetectMachine object");
    const out = {};
    let x;
    x = own(v, "detect_message_end");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".detect_message_end", x, "true or false or a SWML variable such as '${name}'");
        out["detect_message_end"] = x;
    }
    x = own(v, "detectors");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".detectors", x, "a string");
        out["detectors"] = x;
    }
    x = own(v, "end_silence_timeout");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".end_silence_timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["end_silence_timeout"] = x;
    }
    x = own(v, "initial_timeout");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".initial_timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = own(v, "machine_ready_timeout");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".machine_ready_timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["machine_ready_timeout"] = x;
    }
    x = own(v, "machine_voice_threshold");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".machine_voice_threshold", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["machine_voice_threshold"] = x;
    }
    x = own(v, "machine_words_threshold");
    if (x !== undefined) {
        if (!((isInteger(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".machine_words_threshold", x, "an integer of at least 0 or a SWML variable such as '${name}'");
        out["machine_words_threshold"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "tone");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Tone.has(x)))
            throw new Invalid(path + ".tone", x, "one of 'CED', 'CNG'");
        out["tone"] = x;
    }
    x = own(v, "wait");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait", x, "true or false or a SWML variable such as '${name}'");
        out["wait"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_DetectMachine, path);
    return out;
}
export function checkEnterQueueObject(value, path) {
    const v = asObject(value, path, "an EnterQueueObject object");
    const out = {};
    let x;
    x = own(v, "queue_name");
    if (x === undefined)
        throw new Invalid(path + ".queue_name", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".queue_name", x, "a string");
    out["queue_name"] = x;
    x = own(v, "transfer_after_bridge");
    if (x === undefined)
        throw new Invalid(path + ".transfer_after_bridge", MISSING, "a string or a SWML variable such as '${name}'");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
    out["transfer_after_bridge"] = x;
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "wait_url");
    if (x !== undefined) {
        if (!(typeof x === "string" || isVar(x)))
            throw new Invalid(path + ".wait_url", x, "a string or a SWML variable such as '${name}'");
        out["wait_url"] = x;
    }
    x = own(v, "wait_time");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x) || isVar(x)))
            throw new Invalid(path + ".wait_time", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["wait_time"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_EnterQueueObject, path);
    return out;
}
export function checkExecute(value, path) {
    const v = asObject(value, path, "an Execute object");
    const out = {};
    let x;
    x = own(v, "dest");
    if (x === undefined)
        throw new Invalid(path + ".dest", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".dest", x, "a string");
    out["dest"] = x;
    x = own(v, "params");
    if (x !== undefined) {
        out["params"] = _AIObject_global_data(x, path + ".params");
    }
    x = own(v, "meta");
    if (x !== undefined) {
        out["meta"] = _AIObject_global_data(x, path + ".meta");
    }
    x = own(v, "on_return");
    if (x !== undefined) {
        out["on_return"] = _CondElse_else(x, path + ".on_return");
    }
    x = own(v, "result");
    if (x !== undefined) {
        out["result"] = _Execute_result(x, path + ".result");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Execute, path);
    return out;
}
export function checkExecuteSwitch(value, path) {
    const v = asObject(value, path, "an ExecuteSwitch object");
    const out = {};
    let x;
    x = own(v, "case");
    if (x === undefined)
        throw new Invalid(path + ".case", MISSING, "a JSON object whose values are each a list of SWML methods");
    out["case"] = _ConnectSwitch_case(x, path + ".case");
    x = own(v, "variable");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".variable", x, "a string");
        out["variable"] = x;
    }
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _CondElse_else(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ExecuteSwitch, path);
    return out;
}
export function checkExpression(value, path) {
    const v = asObject(value, path, "an Expression object");
    const out = {};
    let x;
    x = own(v, "string");
    if (x === undefined)
        throw new Invalid(path + ".string", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".string", x, "a string");
    out["string"] = x;
    x = own(v, "pattern");
    if (x === undefined)
        throw new Invalid(path + ".pattern", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    x = own(v, "output");
    if (x === undefined)
        throw new Invalid(path + ".output", MISSING, "an Output object");
    out["output"] = checkOutput(x, path + ".output");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Expression, path);
    return out;
}
export function checkForeach(value, path) {
    const v = asObject(value, path, "a Foreach object");
    const out = {};
    let x;
    x = own(v, "input_key");
    if (x === undefined)
        throw new Invalid(path + ".input_key", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".input_key", x, "a string");
    out["input_key"] = x;
    x = own(v, "output_key");
    if (x === undefined)
        throw new Invalid(path + ".output_key", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".output_key", x, "a string");
    out["output_key"] = x;
    x = own(v, "append");
    if (x === undefined)
        throw new Invalid(path + ".append", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".append", x, "a string");
    out["append"] = x;
    x = own(v, "max");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max", x, "an integer or a SWML variable such as '${name}'");
        out["max"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Foreach, path);
    return out;
}
export function checkFunctionFillers(value, path) {
    const v = asObject(value, path, "a FunctionFillers object");
    const out = {};
    let x;
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _AISidecarFunctionParameters_required(x, path + ".default");
    }
    x = own(v, "auto");
    if (x !== undefined) {
        out["auto"] = _AISidecarFunctionParameters_required(x, path + ".auto");
    }
    x = own(v, "bg");
    if (x !== undefined) {
        out["bg"] = _AISidecarFunctionParameters_required(x, path + ".bg");
    }
    x = own(v, "ca");
    if (x !== undefined) {
        out["ca"] = _AISidecarFunctionParameters_required(x, path + ".ca");
    }
    x = own(v, "zh");
    if (x !== undefined) {
        out["zh"] = _AISidecarFunctionParameters_required(x, path + ".zh");
    }
    x = own(v, "zh-CN");
    if (x !== undefined) {
        out["zh-CN"] = _AISidecarFunctionParameters_required(x, path + ".zh-CN");
    }
    x = own(v, "zh-Hans");
    if (x !== undefined) {
        out["zh-Hans"] = _AISidecarFunctionParameters_required(x, path + ".zh-Hans");
    }
    x = own(v, "zh-TW");
    if (x !== undefined) {
        out["zh-TW"] = _AISidecarFunctionParameters_required(x, path + ".zh-TW");
    }
    x = own(v, "zh-Hant");
    if (x !== undefined) {
        out["zh-Hant"] = _AISidecarFunctionParameters_required(x, path + ".zh-Hant");
    }
    x = own(v, "zh-HK");
    if (x !== undefined) {
        out["zh-HK"] = _AISidecarFunctionParameters_required(x, path + ".zh-HK");
    }
    x = own(v, "cs");
    if (x !== undefined) {
        out["cs"] = _AISidecarFunctionParameters_required(x, path + ".cs");
    }
    x = own(v, "da");
    if (x !== undefined) {
        out["da"] = _AISidecarFunctionParameters_required(x, path + ".da");
    }
    x = own(v, "da-DK");
    if (x !== undefined) {
        out["da-DK"] = _AISidecarFunctionParameters_required(x, path + ".da-DK");
    }
    x = own(v, "nl");
    if (x !== undefined) {
        out["nl"] = _AISidecarFunctionParameters_required(x, path + ".nl");
    }
    x = own(v, "en");
    if (x !== undefined) {
        out["en"] = _AISidecarFunctionParameters_required(x, path + ".en");
    }
    x = own(v, "en-US");
    if (x !== undefined) {
        out["en-US"] = _AISidecarFunctionParameters_required(x, path + ".en-US");
    }
    x = own(v, "en-GB");
    if (x !== undefined) {
        out["en-GB"] = _AISidecarFunctionParameters_required(x, path + ".en-GB");
    }
    x = own(v, "en-NZ");
    if (x !== undefined) {
        out["en-NZ"] = _AISidecarFunctionParameters_required(x, path + ".en-NZ");
    }
    x = own(v, "en-IN");
    if (x !== undefined) {
        out["en-IN"] = _AISidecarFunctionParameters_required(x, path + ".en-IN");
    }
    x = own(v, "en-AU");
    if (x !== undefined) {
        out["en-AU"] = _AISidecarFunctionParameters_required(x, path + ".en-AU");
    }
    x = own(v, "et");
    if (x !== undefined) {
        out["et"] = _AISidecarFunctionParameters_required(x, path + ".et");
    }
    x = own(v, "fi");
    if (x !== undefined) {
        out["fi"] = _AISidecarFunctionParameters_required(x, path + ".fi");
    }
    x = own(v, "nl-BE");
    if (x !== undefined) {
        out["nl-BE"] = _AISidecarFunctionParameters_required(x, path + ".nl-BE");
    }
    x = own(v, "fr");
    if (x !== undefined) {
        out["fr"] = _AISidecarFunctionParameters_required(x, path + ".fr");
    }
    x = own(v, "fr-CA");
    if (x !== undefined) {
        out["fr-CA"] = _AISidecarFunctionParameters_required(x, path + ".fr-CA");
    }
    x = own(v, "de");
    if (x !== undefined) {
        out["de"] = _AISidecarFunctionParameters_required(x, path + ".de");
    }
    x = own(v, "de-CH");
    if (x !== undefined) {
        out["de-CH"] = _AISidecarFunctionParameters_required(x, path + ".de-CH");
    }
    x = own(v, "el");
    if (x !== undefined) {
        out["el"] = _AISidecarFunctionParameters_required(x, path + ".el");
    }
    x = own(v, "hi");
    if (x !== undefined) {
        out["hi"] = _AISidecarFunctionParameters_required(x, path + ".hi");
    }
    x = own(v, "hu");
    if (x !== undefined) {
        out["hu"] = _AISidecarFunctionParameters_required(x, path + ".hu");
    }
    x = own(v, "id");
    if (x !== undefined) {
        out["id"] = _AISidecarFunctionParameters_required(x, path + ".id");
    }
    x = own(v, "it");
    if (x !== undefined) {
        out["it"] = _AISidecarFunctionParameters_required(x, path + ".it");
    }
    x = own(v, "ja");
    if (x !== undefined) {
        out["ja"] = _AISidecarFunctionParameters_required(x, path + ".ja");
    }
    x = own(v, "ko");
    if (x !== undefined) {
        out["ko"] = _AISidecarFunctionParameters_required(x, path + ".ko");
    }
    x = own(v, "ko-KR");
    if (x !== undefined) {
        out["ko-KR"] = _AISidecarFunctionParameters_required(x, path + ".ko-KR");
    }
    x = own(v, "lv");
    if (x !== undefined) {
        out["lv"] = _AISidecarFunctionParameters_required(x, path + ".lv");
    }
    x = own(v, "lt");
    if (x !== undefined) {
        out["lt"] = _AISidecarFunctionParameters_required(x, path + ".lt");
    }
    x = own(v, "ms");
    if (x !== undefined) {
        out["ms"] = _AISidecarFunctionParameters_required(x, path + ".ms");
    }
    x = own(v, "multi");
    if (x !== undefined) {
        out["multi"] = _AISidecarFunctionParameters_required(x, path + ".multi");
    }
    x = own(v, "no");
    if (x !== undefined) {
        out["no"] = _AISidecarFunctionParameters_required(x, path + ".no");
    }
    x = own(v, "pl");
    if (x !== undefined) {
        out["pl"] = _AISidecarFunctionParameters_required(x, path + ".pl");
    }
    x = own(v, "pt");
    if (x !== undefined) {
        out["pt"] = _AISidecarFunctionParameters_required(x, path + ".pt");
    }
    x = own(v, "pt-BR");
    if (x !== undefined) {
        out["pt-BR"] = _AISidecarFunctionParameters_required(x, path + ".pt-BR");
    }
    x = own(v, "pt-PT");
    if (x !== undefined) {
        out["pt-PT"] = _AISidecarFunctionParameters_required(x, path + ".pt-PT");
    }
    x = own(v, "ro");
    if (x !== undefined) {
        out["ro"] = _AISidecarFunctionParameters_required(x, path + ".ro");
    }
    x = own(v, "ru");
    if (x !== undefined) {
        out["ru"] = _AISidecarFunctionParameters_required(x, path + ".ru");
    }
    x = own(v, "sk");
    if (x !== undefined) {
        out["sk"] = _AISidecarFunctionParameters_required(x, path + ".sk");
    }
    x = own(v, "es");
    if (x !== undefined) {
        out["es"] = _AISidecarFunctionParameters_required(x, path + ".es");
    }
    x = own(v, "es-419");
    if (x !== undefined) {
        out["es-419"] = _AISidecarFunctionParameters_required(x, path + ".es-419");
    }
    x = own(v, "sv");
    if (x !== undefined) {
        out["sv"] = _AISidecarFunctionParameters_required(x, path + ".sv");
    }
    x = own(v, "sv-SE");
    if (x !== undefined) {
        out["sv-SE"] = _AISidecarFunctionParameters_required(x, path + ".sv-SE");
    }
    x = own(v, "th");
    if (x !== undefined) {
        out["th"] = _AISidecarFunctionParameters_required(x, path + ".th");
    }
    x = own(v, "th-TH");
    if (x !== undefined) {
        out["th-TH"] = _AISidecarFunctionParameters_required(x, path + ".th-TH");
    }
    x = own(v, "tr");
    if (x !== undefined) {
        out["tr"] = _AISidecarFunctionParameters_required(x, path + ".tr");
    }
    x = own(v, "uk");
    if (x !== undefined) {
        out["uk"] = _AISidecarFunctionParameters_required(x, path + ".uk");
    }
    x = own(v, "vi");
    if (x !== undefined) {
        out["vi"] = _AISidecarFunctionParameters_required(x, path + ".vi");
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (KEYS_FunctionFillers.has(key) || item === undefined)
            continue;
        setKey(out, key, _AISidecarFunctionParameters_required(item, path + "." + key));
    }
    return out;
}
export function checkFunctionParameters(value, path) {
    const v = asObject(value, path, "a FunctionParameters object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'object'");
    if (!(x === "object"))
        throw new Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = own(v, "properties");
    if (x === undefined)
        throw new Invalid(path + ".properties", MISSING, "a JSON object whose values are each a SchemaType value");
    out["properties"] = _FunctionParameters_properties(x, path + ".properties");
    x = own(v, "required");
    if (x !== undefined) {
        out["required"] = _AISidecarFunctionParameters_required(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_FunctionParameters, path);
    return out;
}
export function checkGoto(value, path) {
    const v = asObject(value, path, "a Goto object");
    const out = {};
    let x;
    x = own(v, "label");
    if (x === undefined)
        throw new Invalid(path + ".label", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".label", x, "a string");
    out["label"] = x;
    x = own(v, "when");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".when", x, "a string");
        out["when"] = x;
    }
    x = own(v, "max");
    if (x !== undefined) {
        if (!((isInteger(x) && 1 <= x && x <= 100) || isVar(x)))
            throw new Invalid(path + ".max", x, "an integer from 1 to 100 or a SWML variable such as '${name}'");
        out["max"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Goto, path);
    return out;
}
export function checkHangUpHookSWAIGFunction(value, path) {
    const v = asObject(value, path, "a HangUpHookSWAIGFunction object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "'hangup_hook'");
    if (!(x === "hangup_hook"))
        throw new Invalid(path + ".function", x, "'hangup_hook'");
    out["function"] = "hangup_hook";
    x = own(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
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
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = own(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = own(v, "wait_file_loops");
    if (x !== undefined) {
        if (!(isInteger(x) || typeof x === "string"))
            throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = own(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_HangUpHookSWAIGFunction, path);
    return out;
}
export function checkHangup(value, path) {
    const v = asObject(value, path, "a Hangup object");
    const out = {};
    let x;
    x = own(v, "reason");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Reason.has(x)))
            throw new Invalid(path + ".reason", x, "one of 'hangup', 'busy', 'decline'");
        out["reason"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Hangup, path);
    return out;
}
export function checkHangupAction(value, path) {
    const v = asObject(value, path, "a HangupAction object");
    const out = {};
    let x;
    x = own(v, "hangup");
    if (x === undefined)
        throw new Invalid(path + ".hangup", MISSING, "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || isVar(x)))
        throw new Invalid(path + ".hangup", x, "true or false or a SWML variable such as '${name}'");
    out["hangup"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_HangupAction, path);
    return out;
}
export function checkHint(value, path) {
    const v = asObject(value, path, "a Hint object");
    const out = {};
    let x;
    x = own(v, "hint");
    if (x === undefined)
        throw new Invalid(path + ".hint", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".hint", x, "a string");
    out["hint"] = x;
    x = own(v, "pattern");
    if (x === undefined)
        throw new Invalid(path + ".pattern", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    x = own(v, "replace");
    if (x === undefined)
        throw new Invalid(path + ".replace", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".replace", x, "a string");
    out["replace"] = x;
    x = own(v, "ignore_case");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".ignore_case", x, "true or false or a SWML variable such as '${name}'");
        out["ignore_case"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Hint, path);
    return out;
}
export function checkHold(value, path) {
    const v = asObject(value, path, "a Hold object");
    const out = {};
    let x;
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!((isInteger(x) && -2147483648 <= x && x <= 2147483647) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer from -2147483648 to 2147483647 or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Hold, path);
    return out;
}
export function checkHoldAction(value, path) {
    const v = asObject(value, path, "a HoldAction object");
    const out = {};
    let x;
    x = own(v, "hold");
    if (x === undefined)
        throw new Invalid(path + ".hold", MISSING, "an integer from -2147483648 to 2147483647 or a Hold object or a SWML variable such as '${name}'");
    out["hold"] = _HoldAction_hold(x, path + ".hold");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_HoldAction, path);
    return out;
}
export function checkInject(value, path) {
    const v = asObject(value, path, "an Inject object");
    const out = {};
    let x;
    x = own(v, "message");
    if (x === undefined)
        throw new Invalid(path + ".message", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".message", x, "a string");
    out["message"] = x;
    x = own(v, "direction");
    if (x === undefined)
        throw new Invalid(path + ".direction", MISSING, "one of 'remote-caller', 'local-caller'");
    if (!(typeof x === "string" && E_TranslateDirection.has(x)))
        throw new Invalid(path + ".direction", x, "one of 'remote-caller', 'local-caller'");
    out["direction"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Inject, path);
    return out;
}
export function checkInjectAction(value, path) {
    const v = asObject(value, path, "an InjectAction object");
    const out = {};
    let x;
    x = own(v, "inject");
    if (x === undefined)
        throw new Invalid(path + ".inject", MISSING, "an Inject object");
    out["inject"] = checkInject(x, path + ".inject");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_InjectAction, path);
    return out;
}
export function checkIntegerProperty(value, path) {
    const v = asObject(value, path, "an IntegerProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'integer'");
    if (!(x === "integer"))
        throw new Invalid(path + ".type", x, "'integer'");
    out["type"] = "integer";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = own(v, "enum");
    if (x !== undefined) {
        out["enum"] = _AISidecarIntegerParam_enum(x, path + ".enum");
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".default", x, "an integer or a SWML variable such as '${name}'");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_IntegerProperty, path);
    return out;
}
export function checkJoinConference(value, path) {
    const v = asObject(value, path, "a JoinConference object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a non-blank string");
    if (!(typeof x === "string" && !isBlank(x)))
        throw new Invalid(path + ".name", x, "a non-blank string");
    out["name"] = x;
    x = own(v, "muted");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".muted", x, "true or false or a SWML variable such as '${name}'");
        out["muted"] = x;
    }
    x = own(v, "beep");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Beep.has(x)))
            throw new Invalid(path + ".beep", x, "one of 'true', 'false', 'onEnter', 'onExit'");
        out["beep"] = x;
    }
    x = own(v, "start_on_enter");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".start_on_enter", x, "true or false or a SWML variable such as '${name}'");
        out["start_on_enter"] = x;
    }
    x = own(v, "end_on_exit");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".end_on_exit", x, "true or false or a SWML variable such as '${name}'");
        out["end_on_exit"] = x;
    }
    x = own(v, "wait_url");
    if (x !== undefined) {
        if (!((typeof x === "string" && URL_HTTP_HTTPS.test(x)) || isVar(x)))
            throw new Invalid(path + ".wait_url", x, "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'");
        out["wait_url"] = x;
    }
    x = own(v, "max_participants");
    if (x !== undefined) {
        if (!((isInteger(x) && 2 <= x && x <= 100000) || isVar(x)))
            throw new Invalid(path + ".max_participants", x, "an integer from 2 to 100000 or a SWML variable such as '${name}'");
        out["max_participants"] = x;
    }
    x = own(v, "record");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Record.has(x)))
            throw new Invalid(path + ".record", x, "one of 'do-not-record', 'record-from-start'");
        out["record"] = x;
    }
    x = own(v, "region");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Region.has(x)))
            throw new Invalid(path + ".region", x, "one of 'global', 'us', 'eu', 'ch'");
        out["region"] = x;
    }
    x = own(v, "trim");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Trim.has(x)))
            throw new Invalid(path + ".trim", x, "one of 'trim-silence', 'do-not-trim'");
        out["trim"] = x;
    }
    x = own(v, "coach");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".coach", x, "a string");
        out["coach"] = x;
    }
    x = own(v, "status_callback_event");
    if (x !== undefined) {
        out["status_callback_event"] = _JoinConference_status_callback_event(x, path + ".status_callback_event");
    }
    x = own(v, "status_callback_event_type");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_CallbackEventType.has(x)))
            throw new Invalid(path + ".status_callback_event_type", x, "one of 'cxml', 'laml', 'relay'");
        out["status_callback_event_type"] = x;
    }
    x = own(v, "status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string" && URL_HTTP_HTTPS.test(x)))
            throw new Invalid(path + ".status_callback", x, "an absolute URL starting with http:// or https://");
        out["status_callback"] = x;
    }
    x = own(v, "status_callback_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_HttpMethod.has(x)))
            throw new Invalid(path + ".status_callback_method", x, "one of 'GET', 'POST'");
        out["status_callback_method"] = x;
    }
    x = own(v, "recording_status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string" && URL_HTTP_HTTPS.test(x)))
            throw new Invalid(path + ".recording_status_callback", x, "an absolute URL starting with http:// or https://");
        out["recording_status_callback"] = x;
    }
    x = own(v, "recording_status_callback_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_HttpMethod.has(x)))
            throw new Invalid(path + ".recording_status_callback_method", x, "one of 'GET', 'POST'");
        out["recording_status_callback_method"] = x;
    }
    x = own(v, "recording_status_callback_event");
    if (x !== undefined) {
        out["recording_status_callback_event"] = _JoinConference_recording_status_callback_event(x, path + ".recording_status_callback_event");
    }
    x = own(v, "recording_status_callback_event_type");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_CallbackEventType.has(x)))
            throw new Invalid(path + ".recording_status_callback_event_type", x, "one of 'cxml', 'laml', 'relay'");
        out["recording_status_callback_event_type"] = x;
    }
    x = own(v, "result");
    if (x !== undefined) {
        out["result"] = _JoinConference_result(x, path + ".result");
    }
    x = own(v, "stream");
    if (x !== undefined) {
        out["stream"] = checkJoinConferenceStream(x, path + ".stream");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_JoinConference, path);
    return out;
}
export function checkJoinConferenceStream(value, path) {
    const v = asObject(value, path, "a JoinConferenceStream object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "an absolute URL starting with wss://");
    if (!(typeof x === "string" && URL_WSS.test(x)))
        throw new Invalid(path + ".url", x, "an absolute URL starting with wss://");
    out["url"] = x;
    x = own(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = own(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_HttpMethod.has(x)))
            throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = own(v, "realtime");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".realtime", x, "true or false or a SWML variable such as '${name}'");
        out["realtime"] = x;
    }
    x = own(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = own(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _ConnectDestination_custom_parameters(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_JoinConferenceStream, path);
    return out;
}
export function checkJoinRoom(value, path) {
    const v = asObject(value, path, "a JoinRoom object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".name", x, "a string");
    out["name"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_JoinRoom, path);
    return out;
}
export function checkLanguageParams(value, path) {
    const v = asObject(value, path, "a LanguageParams object");
    const out = {};
    let x;
    x = own(v, "stability");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".stability", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["stability"] = x;
    }
    x = own(v, "similarity");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".similarity", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["similarity"] = x;
    }
    x = own(v, "speakingRate");
    if (x !== undefined) {
        if (!((isNumber(x) && 0.5 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".speakingRate", x, "a number from 0.5 to 1.5 or a SWML variable such as '${name}'");
        out["speakingRate"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 2 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "speed");
    if (x !== undefined) {
        if (!((isNumber(x) && 0.5 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".speed", x, "a number from 0.5 to 2 or a SWML variable such as '${name}'");
        out["speed"] = x;
    }
    x = own(v, "vol");
    if (x !== undefined) {
        if (!((isNumber(x) && 0.1 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".vol", x, "a number from 0.1 to 1 or a SWML variable such as '${name}'");
        out["vol"] = x;
    }
    x = own(v, "pitch");
    if (x !== undefined) {
        if (!((isInteger(x) && -2147483648 <= x && x <= 2147483647) || isVar(x)))
            throw new Invalid(path + ".pitch", x, "an integer from -2147483648 to 2147483647 or a SWML variable such as '${name}'");
        out["pitch"] = x;
    }
    x = own(v, "emotion");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Emotion.has(x)))
            throw new Invalid(path + ".emotion", x, "one of 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'neutral'");
        out["emotion"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_LanguageParams, path);
    return out;
}
export function checkLanguages(value, path) {
    const v = asObject(value, path, "a Languages object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".name", x, "a string");
    out["name"] = x;
    x = own(v, "code");
    if (x === undefined)
        throw new Invalid(path + ".code", MISSING, "a string or a list of strings (at most 3 items)");
    out["code"] = _Languages_code(x, path + ".code");
    x = own(v, "voice");
    if (x === undefined)
        throw new Invalid(path + ".voice", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".voice", x, "a string");
    out["voice"] = x;
    x = own(v, "listen_language");
    if (x !== undefined) {
        out["listen_language"] = _BedrockWebhook_error_keys(x, path + ".listen_language");
    }
    x = own(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".model", x, "a string");
        out["model"] = x;
    }
    x = own(v, "auto_emotion");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".auto_emotion", x, "true or false");
        out["auto_emotion"] = x;
    }
    x = own(v, "auto_speed");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".auto_speed", x, "true or false");
        out["auto_speed"] = x;
    }
    x = own(v, "engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".engine", x, "a string");
        out["engine"] = x;
    }
    x = own(v, "params");
    if (x !== undefined) {
        out["params"] = checkLanguageParams(x, path + ".params");
    }
    x = own(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = _AISidecarFunctionParameters_required(x, path + ".fillers");
    }
    x = own(v, "function_fillers");
    if (x !== undefined) {
        out["function_fillers"] = _AISidecarFunctionParameters_required(x, path + ".function_fillers");
    }
    x = own(v, "speech_fillers");
    if (x !== undefined) {
        out["speech_fillers"] = _AISidecarFunctionParameters_required(x, path + ".speech_fillers");
    }
    x = own(v, "turn_fillers");
    if (x !== undefined) {
        out["turn_fillers"] = _AISidecarFunctionParameters_required(x, path + ".turn_fillers");
    }
    x = own(v, "pronounce");
    if (x !== undefined) {
        out["pronounce"] = _AIObject_pronounce(x, path + ".pronounce");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Languages, path);
    return out;
}
export function checkLiveTranscribe(value, path) {
    const v = asObject(value, path, "a LiveTranscribe object");
    const out = {};
    let x;
    x = own(v, "action");
    if (x === undefined)
        throw new Invalid(path + ".action", MISSING, "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'");
    out["action"] = _LiveTranscribe_action(x, path + ".action");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_LiveTranscribe, path);
    return out;
}
export function checkLiveTranslate(value, path) {
    const v = asObject(value, path, "a LiveTranslate object");
    const out = {};
    let x;
    x = own(v, "action");
    if (x === undefined)
        throw new Invalid(path + ".action", MISSING, "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object");
    out["action"] = _LiveTranslate_action(x, path + ".action");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_LiveTranslate, path);
    return out;
}
export function checkMCPServer(value, path) {
    const v = asObject(value, path, "a MCPServer object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _ConnectDestination_custom_parameters(x, path + ".headers");
    }
    x = own(v, "resources");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".resources", x, "true or false or a SWML variable such as '${name}'");
        out["resources"] = x;
    }
    x = own(v, "resource_vars");
    if (x !== undefined) {
        out["resource_vars"] = _ConnectDestination_custom_parameters(x, path + ".resource_vars");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_MCPServer, path);
    return out;
}
export function checkMultilingual(value, path) {
    const v = asObject(value, path, "a Multilingual object");
    const out = {};
    let x;
    x = own(v, "languages");
    if (x === undefined)
        throw new Invalid(path + ".languages", MISSING, "a list of MultilingualLanguage objects");
    out["languages"] = _Multilingual_languages(x, path + ".languages");
    x = own(v, "allowed");
    if (x !== undefined) {
        out["allowed"] = _AISidecarFunctionParameters_required(x, path + ".allowed");
    }
    x = own(v, "engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".engine", x, "a string");
        out["engine"] = x;
    }
    x = own(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".model", x, "a string");
        out["model"] = x;
    }
    x = own(v, "provider");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".provider", x, "a string");
        out["provider"] = x;
    }
    x = own(v, "start_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".start_language", x, "a string");
        out["start_language"] = x;
    }
    x = own(v, "min_switch_words");
    if (x !== undefined) {
        if (!(isInteger(x) && 1 <= x))
            throw new Invalid(path + ".min_switch_words", x, "an integer of at least 1");
        out["min_switch_words"] = x;
    }
    x = own(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = _Multilingual_fillers(x, path + ".fillers");
    }
    x = own(v, "function_fillers");
    if (x !== undefined) {
        out["function_fillers"] = _Multilingual_fillers(x, path + ".function_fillers");
    }
    x = own(v, "turn_fillers");
    if (x !== undefined) {
        out["turn_fillers"] = _Multilingual_turn_fillers(x, path + ".turn_fillers");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Multilingual, path);
    return out;
}
export function checkMultilingualLanguage(value, path) {
    const v = asObject(value, path, "a MultilingualLanguage object");
    const out = {};
    let x;
    x = own(v, "language");
    if (x === undefined)
        throw new Invalid(path + ".language", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".language", x, "a string");
    out["language"] = x;
    x = own(v, "voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".voice", x, "a string");
        out["voice"] = x;
    }
    x = own(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".model", x, "a string");
        out["model"] = x;
    }
    x = own(v, "engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".engine", x, "a string");
        out["engine"] = x;
    }
    x = own(v, "params");
    if (x !== undefined) {
        out["params"] = checkLanguageParams(x, path + ".params");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_MultilingualLanguage, path);
    return out;
}
export function checkNullProperty(value, path) {
    const v = asObject(value, path, "a NullProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'null'");
    if (!(x === "null"))
        throw new Invalid(path + ".type", x, "'null'");
    out["type"] = "null";
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_NullProperty, path);
    return out;
}
export function checkNumberProperty(value, path) {
    const v = asObject(value, path, "a NumberProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'number'");
    if (!(x === "number"))
        throw new Invalid(path + ".type", x, "'number'");
    out["type"] = "number";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = own(v, "enum");
    if (x !== undefined) {
        out["enum"] = _NumberProperty_enum(x, path + ".enum");
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!(isInteger(x) || isNumber(x) || isVar(x)))
            throw new Invalid(path + ".default", x, "an integer or a number or a SWML variable such as '${name}'");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_NumberProperty, path);
    return out;
}
export function checkObjectProperty(value, path) {
    const v = asObject(value, path, "an ObjectProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'object'");
    if (!(x === "object"))
        throw new Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _AIObject_global_data(x, path + ".default");
    }
    x = own(v, "properties");
    if (x !== undefined) {
        out["properties"] = _FunctionParameters_properties(x, path + ".properties");
    }
    x = own(v, "required");
    if (x !== undefined) {
        out["required"] = _AISidecarFunctionParameters_required(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ObjectProperty, path);
    return out;
}
export function checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps(value, path) {
    const v = asObject(value, path, "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object");
    const out = {};
    let x;
    x = own(v, "text");
    if (x === undefined)
        throw new Invalid(path + ".text", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, path);
    return out;
}
export function checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps(value, path) {
    const v = asObject(value, path, "an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object");
    const out = {};
    let x;
    x = own(v, "pom");
    if (x === undefined)
        throw new Invalid(path + ".pom", MISSING, "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps, path);
    return out;
}
export function checkOmitPropertiesBedrockPromptPomOmittedPromptProps(value, path) {
    const v = asObject(value, path, "an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
    const out = {};
    let x;
    x = own(v, "pom");
    if (x === undefined)
        throw new Invalid(path + ".pom", MISSING, "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = own(v, "voice_id");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_VoiceId.has(x)))
            throw new Invalid(path + ".voice_id", x, "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'");
        out["voice_id"] = x;
    }
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps, path);
    return out;
}
export function checkOmitPropertiesBedrockPromptTextOmittedPromptProps(value, path) {
    const v = asObject(value, path, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object");
    const out = {};
    let x;
    x = own(v, "text");
    if (x === undefined)
        throw new Invalid(path + ".text", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = own(v, "voice_id");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_VoiceId.has(x)))
            throw new Invalid(path + ".voice_id", x, "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'");
        out["voice_id"] = x;
    }
    x = own(v, "max_tokens");
    if (x !== undefined) {
        if (!(isInteger(x) && 0 <= x && x <= 4096))
            throw new Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = own(v, "temperature");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1.5) || isVar(x)))
            throw new Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = own(v, "top_p");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = own(v, "confidence");
    if (x !== undefined) {
        if (!((isNumber(x) && 0 <= x && x <= 1) || isVar(x)))
            throw new Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = own(v, "presence_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = own(v, "frequency_penalty");
    if (x !== undefined) {
        if (!((isNumber(x) && -2 <= x && x <= 2) || isVar(x)))
            throw new Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path);
    return out;
}
export function checkOneOfProperty(value, path) {
    const v = asObject(value, path, "an OneOfProperty object");
    const out = {};
    let x;
    x = own(v, "oneOf");
    if (x === undefined)
        throw new Invalid(path + ".oneOf", MISSING, "a list of items that are each a SchemaType value");
    out["oneOf"] = _AllOfProperty_allOf(x, path + ".oneOf");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_OneOfProperty, path);
    return out;
}
export function checkOutput(value, path) {
    const v = asObject(value, path, "an Output object");
    const out = {};
    let x;
    x = own(v, "response");
    if (x !== undefined) {
        out["response"] = _Output_response(x, path + ".response");
    }
    x = own(v, "action");
    if (x !== undefined) {
        out["action"] = _BedrockOutput_action(x, path + ".action");
    }
    x = own(v, "post_process");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new Invalid(path + ".post_process", x, "true or false");
        out["post_process"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Output, path);
    return out;
}
export function checkPay(value, path) {
    const v = asObject(value, path, "a Pay object");
    const out = {};
    let x;
    x = own(v, "payment_connector_url");
    if (x === undefined)
        throw new Invalid(path + ".payment_connector_url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".payment_connector_url", x, "a string");
    out["payment_connector_url"] = x;
    x = own(v, "charge_amount");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".charge_amount", x, "a string");
        out["charge_amount"] = x;
    }
    x = own(v, "currency");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".currency", x, "a string");
        out["currency"] = x;
    }
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "input");
    if (x !== undefined) {
        if (!(x === "dtmf"))
            throw new Invalid(path + ".input", x, "'dtmf'");
        out["input"] = "dtmf";
    }
    x = own(v, "language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".language", x, "a string");
        out["language"] = x;
    }
    x = own(v, "max_attempts");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_attempts", x, "an integer or a SWML variable such as '${name}'");
        out["max_attempts"] = x;
    }
    x = own(v, "min_postal_code_length");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".min_postal_code_length", x, "an integer or a SWML variable such as '${name}'");
        out["min_postal_code_length"] = x;
    }
    x = own(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = _Pay_parameters(x, path + ".parameters");
    }
    x = own(v, "payment_method");
    if (x !== undefined) {
        if (!(x === "credit-card"))
            throw new Invalid(path + ".payment_method", x, "'credit-card'");
        out["payment_method"] = "credit-card";
    }
    x = own(v, "postal_code");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || typeof x === "string"))
            throw new Invalid(path + ".postal_code", x, "true or false or a string");
        out["postal_code"] = x;
    }
    x = own(v, "prompts");
    if (x !== undefined) {
        out["prompts"] = _Pay_prompts(x, path + ".prompts");
    }
    x = own(v, "security_code");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".security_code", x, "true or false or a SWML variable such as '${name}'");
        out["security_code"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "token_type");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_TokenType.has(x)))
            throw new Invalid(path + ".token_type", x, "one of 'one-time', 'reusable'");
        out["token_type"] = x;
    }
    x = own(v, "valid_card_types");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".valid_card_types", x, "a string");
        out["valid_card_types"] = x;
    }
    x = own(v, "voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".voice", x, "a string");
        out["voice"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Pay, path);
    return out;
}
export function checkPayParameters(value, path) {
    const v = asObject(value, path, "a PayParameters object");
    const out = {};
    let x;
    x = own(v, "name");
    if (x === undefined)
        throw new Invalid(path + ".name", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".name", x, "a string");
    out["name"] = x;
    x = own(v, "value");
    if (x === undefined)
        throw new Invalid(path + ".value", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".value", x, "a string");
    out["value"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PayParameters, path);
    return out;
}
export function checkPayPromptPlayAction(value, path) {
    const v = asObject(value, path, "a PayPromptPlayAction object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'Play'");
    if (!(x === "Play"))
        throw new Invalid(path + ".type", x, "'Play'");
    out["type"] = "Play";
    x = own(v, "phrase");
    if (x === undefined)
        throw new Invalid(path + ".phrase", MISSING, "a string matching ^(http|https)://");
    if (!(typeof x === "string" && RE_2.test(x)))
        throw new Invalid(path + ".phrase", x, "a string matching ^(http|https)://");
    out["phrase"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PayPromptPlayAction, path);
    return out;
}
export function checkPayPromptSayAction(value, path) {
    const v = asObject(value, path, "a PayPromptSayAction object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'Say'");
    if (!(x === "Say"))
        throw new Invalid(path + ".type", x, "'Say'");
    out["type"] = "Say";
    x = own(v, "phrase");
    if (x === undefined)
        throw new Invalid(path + ".phrase", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".phrase", x, "a string");
    out["phrase"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PayPromptSayAction, path);
    return out;
}
export function checkPayPrompts(value, path) {
    const v = asObject(value, path, "a PayPrompts object");
    const out = {};
    let x;
    x = own(v, "actions");
    if (x === undefined)
        throw new Invalid(path + ".actions", MISSING, "a list of PayPromptSayAction or PayPromptPlayAction objects");
    out["actions"] = _PayPrompts_actions(x, path + ".actions");
    x = own(v, "for");
    if (x === undefined)
        throw new Invalid(path + ".for", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".for", x, "a string");
    out["for"] = x;
    x = own(v, "attempts");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".attempts", x, "a string");
        out["attempts"] = x;
    }
    x = own(v, "card_type");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".card_type", x, "a string");
        out["card_type"] = x;
    }
    x = own(v, "error_type");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".error_type", x, "a string");
        out["error_type"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PayPrompts, path);
    return out;
}
export function checkPlayWithURL(value, path) {
    const v = asObject(value, path, "a PlayWithURL object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a SWML variable such as '${name}'");
    if (!((typeof x === "string" && RE_3.test(x)) || isVar(x)))
        throw new Invalid(path + ".url", x, "a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a SWML variable such as '${name}'");
    out["url"] = x;
    x = own(v, "auto_answer");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".auto_answer", x, "true or false or a SWML variable such as '${name}'");
        out["auto_answer"] = x;
    }
    x = own(v, "volume");
    if (x !== undefined) {
        if (!((isNumber(x) && -40 <= x && x <= 40) || isVar(x)))
            throw new Invalid(path + ".volume", x, "a number from -40 to 40 or a SWML variable such as '${name}'");
        out["volume"] = x;
    }
    x = own(v, "say_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_voice", x, "a string");
        out["say_voice"] = x;
    }
    x = own(v, "say_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_language", x, "a string");
        out["say_language"] = x;
    }
    x = own(v, "say_gender");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_gender", x, "a string");
        out["say_gender"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PlayWithURL, path);
    return out;
}
export function checkPlayWithURLS(value, path) {
    const v = asObject(value, path, "a PlayWithURLS object");
    const out = {};
    let x;
    x = own(v, "urls");
    if (x === undefined)
        throw new Invalid(path + ".urls", MISSING, "a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a SWML variable such as '${name}'");
    out["urls"] = _PlayWithURLS_urls(x, path + ".urls");
    x = own(v, "auto_answer");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".auto_answer", x, "true or false or a SWML variable such as '${name}'");
        out["auto_answer"] = x;
    }
    x = own(v, "volume");
    if (x !== undefined) {
        if (!((isNumber(x) && -40 <= x && x <= 40) || isVar(x)))
            throw new Invalid(path + ".volume", x, "a number from -40 to 40 or a SWML variable such as '${name}'");
        out["volume"] = x;
    }
    x = own(v, "say_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_voice", x, "a string");
        out["say_voice"] = x;
    }
    x = own(v, "say_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_language", x, "a string");
        out["say_language"] = x;
    }
    x = own(v, "say_gender");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_gender", x, "a string");
        out["say_gender"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PlayWithURLS, path);
    return out;
}
export function checkPlaybackBGAction(value, path) {
    const v = asObject(value, path, "a PlaybackBGAction object");
    const out = {};
    let x;
    x = own(v, "playback_bg");
    if (x === undefined)
        throw new Invalid(path + ".playback_bg", MISSING, "a PlaybackBg object");
    out["playback_bg"] = checkPlaybackBg(x, path + ".playback_bg");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PlaybackBGAction, path);
    return out;
}
export function checkPlaybackBg(value, path) {
    const v = asObject(value, path, "a PlaybackBg object");
    const out = {};
    let x;
    x = own(v, "file");
    if (x === undefined)
        throw new Invalid(path + ".file", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".file", x, "a string");
    out["file"] = x;
    x = own(v, "wait");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait", x, "true or false or a SWML variable such as '${name}'");
        out["wait"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PlaybackBg, path);
    return out;
}
export function checkPomSectionBodyContent(value, path) {
    const v = asObject(value, path, "a PomSectionBodyContent object");
    const out = {};
    let x;
    x = own(v, "body");
    if (x === undefined)
        throw new Invalid(path + ".body", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".body", x, "a string");
    out["body"] = x;
    x = own(v, "title");
    if (x !== undefined) {
        if (!(typeof x === "string" && cpLength(x) >= 1))
            throw new Invalid(path + ".title", x, "a string of at least 1 character");
        out["title"] = x;
    }
    x = own(v, "subsections");
    if (x !== undefined) {
        out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections");
    }
    x = own(v, "numbered");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".numbered", x, "true or false or a SWML variable such as '${name}'");
        out["numbered"] = x;
    }
    x = own(v, "numberedBullets");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".numberedBullets", x, "true or false or a SWML variable such as '${name}'");
        out["numberedBullets"] = x;
    }
    x = own(v, "bullets");
    if (x !== undefined) {
        out["bullets"] = _AISidecarObject_hints(x, path + ".bullets");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PomSectionBodyContent, path);
    return out;
}
export function checkPomSectionBulletsContent(value, path) {
    const v = asObject(value, path, "a PomSectionBulletsContent object");
    const out = {};
    let x;
    x = own(v, "bullets");
    if (x === undefined)
        throw new Invalid(path + ".bullets", MISSING, "a list of strings (at least 1 item)");
    out["bullets"] = _AISidecarObject_hints(x, path + ".bullets");
    x = own(v, "title");
    if (x !== undefined) {
        if (!(typeof x === "string" && cpLength(x) >= 1))
            throw new Invalid(path + ".title", x, "a string of at least 1 character");
        out["title"] = x;
    }
    x = own(v, "subsections");
    if (x !== undefined) {
        out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections");
    }
    x = own(v, "numbered");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".numbered", x, "true or false or a SWML variable such as '${name}'");
        out["numbered"] = x;
    }
    x = own(v, "numberedBullets");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".numberedBullets", x, "true or false or a SWML variable such as '${name}'");
        out["numberedBullets"] = x;
    }
    x = own(v, "body");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".body", x, "a string");
        out["body"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_PomSectionBulletsContent, path);
    return out;
}
export function checkPrompt(value, path) {
    const v = asObject(value, path, "a Prompt object");
    const out = {};
    let x;
    x = own(v, "play");
    if (x === undefined)
        throw new Invalid(path + ".play", MISSING, "a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'");
    out["play"] = _Prompt_play(x, path + ".play");
    x = own(v, "volume");
    if (x !== undefined) {
        if (!(isNumber(x) && -40 <= x && x <= 40))
            throw new Invalid(path + ".volume", x, "a number from -40 to 40");
        out["volume"] = x;
    }
    x = own(v, "say_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_voice", x, "a string");
        out["say_voice"] = x;
    }
    x = own(v, "say_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_language", x, "a string");
        out["say_language"] = x;
    }
    x = own(v, "say_gender");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".say_gender", x, "a string");
        out["say_gender"] = x;
    }
    x = own(v, "max_digits");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".max_digits", x, "an integer or a SWML variable such as '${name}'");
        out["max_digits"] = x;
    }
    x = own(v, "terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".terminators", x, "a string");
        out["terminators"] = x;
    }
    x = own(v, "digit_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".digit_timeout", x, "a number or a SWML variable such as '${name}'");
        out["digit_timeout"] = x;
    }
    x = own(v, "initial_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = own(v, "speech_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".speech_timeout", x, "a number or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = own(v, "speech_end_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".speech_end_timeout", x, "a number or a SWML variable such as '${name}'");
        out["speech_end_timeout"] = x;
    }
    x = own(v, "speech_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".speech_language", x, "a string");
        out["speech_language"] = x;
    }
    x = own(v, "speech_hints");
    if (x !== undefined) {
        out["speech_hints"] = _Prompt_speech_hints(x, path + ".speech_hints");
    }
    x = own(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".speech_engine", x, "a string");
        out["speech_engine"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Prompt, path);
    return out;
}
export function checkPronounce(value, path) {
    const v = asObject(value, path, "a Pronounce object");
    const out = {};
    let x;
    x = own(v, "replace");
    if (x === undefined)
        throw new Invalid(path + ".replace", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".replace", x, "a string");
    out["replace"] = x;
    x = own(v, "with");
    if (x === undefined)
        throw new Invalid(path + ".with", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".with", x, "a string");
    out["with"] = x;
    x = own(v, "ignore_case");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".ignore_case", x, "true or false or a SWML variable such as '${name}'");
        out["ignore_case"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Pronounce, path);
    return out;
}
export function checkReceiveFax(value, path) {
    const v = asObject(value, path, "a ReceiveFax object");
    const out = {};
    let x;
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ReceiveFax, path);
    return out;
}
export function checkRecordArgument(value, path) {
    const v = asObject(value, path, "a RecordArgument object");
    const out = {};
    let x;
    x = own(v, "stereo");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".stereo", x, "true or false or a SWML variable such as '${name}'");
        out["stereo"] = x;
    }
    x = own(v, "format");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Format.has(x)))
            throw new Invalid(path + ".format", x, "one of 'wav', 'mp3', 'mp4'");
        out["format"] = x;
    }
    x = own(v, "direction");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_RecordDirection.has(x)))
            throw new Invalid(path + ".direction", x, "one of 'speak', 'listen'");
        out["direction"] = x;
    }
    x = own(v, "terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".terminators", x, "a string");
        out["terminators"] = x;
    }
    x = own(v, "beep");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".beep", x, "true or false or a SWML variable such as '${name}'");
        out["beep"] = x;
    }
    x = own(v, "input_sensitivity");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".input_sensitivity", x, "a number or a SWML variable such as '${name}'");
        out["input_sensitivity"] = x;
    }
    x = own(v, "initial_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = own(v, "end_silence_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".end_silence_timeout", x, "a number or a SWML variable such as '${name}'");
        out["end_silence_timeout"] = x;
    }
    x = own(v, "max_length");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".max_length", x, "a number or a SWML variable such as '${name}'");
        out["max_length"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_RecordArgument, path);
    return out;
}
export function checkRecordCall(value, path) {
    const v = asObject(value, path, "a RecordCall object");
    const out = {};
    let x;
    x = own(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    x = own(v, "stereo");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".stereo", x, "true or false or a SWML variable such as '${name}'");
        out["stereo"] = x;
    }
    x = own(v, "format");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Format.has(x)))
            throw new Invalid(path + ".format", x, "one of 'wav', 'mp3', 'mp4'");
        out["format"] = x;
    }
    x = own(v, "direction");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_RecordCallDirection.has(x)))
            throw new Invalid(path + ".direction", x, "one of 'speak', 'listen', 'both'");
        out["direction"] = x;
    }
    x = own(v, "terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".terminators", x, "a string");
        out["terminators"] = x;
    }
    x = own(v, "beep");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".beep", x, "true or false or a SWML variable such as '${name}'");
        out["beep"] = x;
    }
    x = own(v, "input_sensitivity");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".input_sensitivity", x, "a number or a SWML variable such as '${name}'");
        out["input_sensitivity"] = x;
    }
    x = own(v, "initial_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = own(v, "end_silence_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".end_silence_timeout", x, "a number or a SWML variable such as '${name}'");
        out["end_silence_timeout"] = x;
    }
    x = own(v, "max_length");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".max_length", x, "a number or a SWML variable such as '${name}'");
        out["max_length"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_RecordCall, path);
    return out;
}
export function checkRequest(value, path) {
    const v = asObject(value, path, "a Request object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = own(v, "method");
    if (x === undefined)
        throw new Invalid(path + ".method", MISSING, "one of 'GET', 'POST', 'PUT', 'DELETE'");
    if (!(typeof x === "string" && E_Method.has(x)))
        throw new Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
    out["method"] = x;
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _AIObject_global_data(x, path + ".headers");
    }
    x = own(v, "body");
    if (x !== undefined) {
        out["body"] = _Request_body(x, path + ".body");
    }
    x = own(v, "timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".timeout", x, "a number or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = own(v, "connect_timeout");
    if (x !== undefined) {
        if (!(isNumber(x) || isVar(x)))
            throw new Invalid(path + ".connect_timeout", x, "a number or a SWML variable such as '${name}'");
        out["connect_timeout"] = x;
    }
    x = own(v, "save_variables");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".save_variables", x, "true or false or a SWML variable such as '${name}'");
        out["save_variables"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Request, path);
    return out;
}
export function checkSMSWithBody(value, path) {
    const v = asObject(value, path, "a SMSWithBody object");
    const out = {};
    let x;
    x = own(v, "to_number");
    if (x === undefined)
        throw new Invalid(path + ".to_number", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".to_number", x, "a string");
    out["to_number"] = x;
    x = own(v, "from_number");
    if (x === undefined)
        throw new Invalid(path + ".from_number", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".from_number", x, "a string");
    out["from_number"] = x;
    x = own(v, "body");
    if (x === undefined)
        throw new Invalid(path + ".body", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".body", x, "a string");
    out["body"] = x;
    x = own(v, "region");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".region", x, "a string");
        out["region"] = x;
    }
    x = own(v, "tags");
    if (x !== undefined) {
        out["tags"] = _AISidecarFunctionParameters_required(x, path + ".tags");
    }
    x = own(v, "status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_callback", x, "a string");
        out["status_callback"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SMSWithBody, path);
    return out;
}
export function checkSMSWithMedia(value, path) {
    const v = asObject(value, path, "a SMSWithMedia object");
    const out = {};
    let x;
    x = own(v, "to_number");
    if (x === undefined)
        throw new Invalid(path + ".to_number", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".to_number", x, "a string");
    out["to_number"] = x;
    x = own(v, "from_number");
    if (x === undefined)
        throw new Invalid(path + ".from_number", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".from_number", x, "a string");
    out["from_number"] = x;
    x = own(v, "media");
    if (x === undefined)
        throw new Invalid(path + ".media", MISSING, "a list of strings");
    out["media"] = _AISidecarFunctionParameters_required(x, path + ".media");
    x = own(v, "region");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".region", x, "a string");
        out["region"] = x;
    }
    x = own(v, "tags");
    if (x !== undefined) {
        out["tags"] = _AISidecarFunctionParameters_required(x, path + ".tags");
    }
    x = own(v, "status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_callback", x, "a string");
        out["status_callback"] = x;
    }
    x = own(v, "body");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".body", x, "a string");
        out["body"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SMSWithMedia, path);
    return out;
}
export function checkSWAIG(value, path) {
    const v = asObject(value, path, "a SWAIG object");
    const out = {};
    let x;
    x = own(v, "defaults");
    if (x !== undefined) {
        out["defaults"] = checkSWAIGDefaults(x, path + ".defaults");
    }
    x = own(v, "mcp_servers");
    if (x !== undefined) {
        out["mcp_servers"] = _AISidecarSWAIG_mcp_servers(x, path + ".mcp_servers");
    }
    x = own(v, "native_functions");
    if (x !== undefined) {
        out["native_functions"] = _SWAIG_native_functions(x, path + ".native_functions");
    }
    x = own(v, "includes");
    if (x !== undefined) {
        out["includes"] = _SWAIG_includes(x, path + ".includes");
    }
    x = own(v, "functions");
    if (x !== undefined) {
        out["functions"] = _SWAIG_functions(x, path + ".functions");
    }
    x = own(v, "internal_fillers");
    if (x !== undefined) {
        out["internal_fillers"] = checkSWAIGInternalFiller(x, path + ".internal_fillers");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SWAIG, path);
    return out;
}
export function checkSWAIGDefaults(value, path) {
    const v = asObject(value, path, "a SWAIGDefaults object");
    const out = {};
    let x;
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SWAIGDefaults, path);
    return out;
}
export function checkSWAIGIncludes(value, path) {
    const v = asObject(value, path, "a SWAIGIncludes object");
    const out = {};
    let x;
    x = own(v, "functions");
    if (x === undefined)
        throw new Invalid(path + ".functions", MISSING, "a list of strings");
    out["functions"] = _AISidecarFunctionParameters_required(x, path + ".functions");
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SWAIGIncludes, path);
    return out;
}
export function checkSWAIGInternalFiller(value, path) {
    const v = asObject(value, path, "a SWAIGInternalFiller object");
    const out = {};
    let x;
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
export function checkSWMLAction(value, path) {
    const v = asObject(value, path, "a SWMLAction object");
    const out = {};
    let x;
    x = own(v, "SWML");
    if (x === undefined)
        throw new Invalid(path + ".SWML", MISSING, "a SWMLObject object");
    out["SWML"] = checkSWMLObject(x, path + ".SWML");
    x = own(v, "transfer");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".transfer", x, "true or false or a SWML variable such as '${name}'");
        out["transfer"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SWMLAction, path);
    return out;
}
export function checkSWMLObject(value, path) {
    const v = asObject(value, path, "a SWMLObject object");
    const out = {};
    let x;
    x = own(v, "sections");
    if (x === undefined)
        throw new Invalid(path + ".sections", MISSING, "a Section object");
    out["sections"] = checkSection(x, path + ".sections");
    x = own(v, "version");
    if (x !== undefined) {
        if (!(x === "1.0.0"))
            throw new Invalid(path + ".version", x, "'1.0.0'");
        out["version"] = "1.0.0";
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SWMLObject, path);
    return out;
}
export function checkSayAction(value, path) {
    const v = asObject(value, path, "a SayAction object");
    const out = {};
    let x;
    x = own(v, "say");
    if (x === undefined)
        throw new Invalid(path + ".say", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".say", x, "a string");
    out["say"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SayAction, path);
    return out;
}
export function checkSection(value, path) {
    const v = asObject(value, path, "a Section object");
    const out = {};
    let x;
    x = own(v, "main");
    if (x === undefined)
        throw new Invalid(path + ".main", MISSING, "a list of SWML methods");
    out["main"] = _CondElse_else(x, path + ".main");
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (KEYS_Section.has(key) || item === undefined)
            continue;
        setKey(out, key, _CondElse_else(item, path + "." + key));
    }
    return out;
}
export function checkSendDigits(value, path) {
    const v = asObject(value, path, "a SendDigits object");
    const out = {};
    let x;
    x = own(v, "digits");
    if (x === undefined)
        throw new Invalid(path + ".digits", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".digits", x, "a string");
    out["digits"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SendDigits, path);
    return out;
}
export function checkSendFax(value, path) {
    const v = asObject(value, path, "a SendFax object");
    const out = {};
    let x;
    x = own(v, "document");
    if (x === undefined)
        throw new Invalid(path + ".document", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".document", x, "a string");
    out["document"] = x;
    x = own(v, "header_info");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".header_info", x, "a string");
        out["header_info"] = x;
    }
    x = own(v, "identity");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".identity", x, "a string");
        out["identity"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SendFax, path);
    return out;
}
export function checkSetGlobalDataAction(value, path) {
    const v = asObject(value, path, "a SetGlobalDataAction object");
    const out = {};
    let x;
    x = own(v, "set_global_data");
    if (x === undefined)
        throw new Invalid(path + ".set_global_data", MISSING, "a JSON object");
    out["set_global_data"] = _AIObject_global_data(x, path + ".set_global_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SetGlobalDataAction, path);
    return out;
}
export function checkSetMetaDataAction(value, path) {
    const v = asObject(value, path, "a SetMetaDataAction object");
    const out = {};
    let x;
    x = own(v, "set_meta_data");
    if (x === undefined)
        throw new Invalid(path + ".set_meta_data", MISSING, "a JSON object");
    out["set_meta_data"] = _AIObject_global_data(x, path + ".set_meta_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SetMetaDataAction, path);
    return out;
}
export function checkSipRefer(value, path) {
    const v = asObject(value, path, "a SipRefer object");
    const out = {};
    let x;
    x = own(v, "to_uri");
    if (x === undefined)
        throw new Invalid(path + ".to_uri", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".to_uri", x, "a string");
    out["to_uri"] = x;
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = own(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SipRefer, path);
    return out;
}
export function checkSleep(value, path) {
    const v = asObject(value, path, "a Sleep object");
    const out = {};
    let x;
    x = own(v, "duration");
    if (x === undefined)
        throw new Invalid(path + ".duration", MISSING, "an integer of at least -1 or a SWML variable such as '${name}'");
    if (!((isInteger(x) && -1 <= x) || isVar(x)))
        throw new Invalid(path + ".duration", x, "an integer of at least -1 or a SWML variable such as '${name}'");
    out["duration"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Sleep, path);
    return out;
}
export function checkStartAction(value, path) {
    const v = asObject(value, path, "a StartAction object");
    const out = {};
    let x;
    x = own(v, "start");
    if (x === undefined)
        throw new Invalid(path + ".start", MISSING, "a StartActionStart object");
    out["start"] = checkStartActionStart(x, path + ".start");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StartAction, path);
    return out;
}
export function checkStartActionStart(value, path) {
    const v = asObject(value, path, "a StartActionStart object");
    const out = {};
    let x;
    x = own(v, "from_lang");
    if (x === undefined)
        throw new Invalid(path + ".from_lang", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".from_lang", x, "a string");
    out["from_lang"] = x;
    x = own(v, "to_lang");
    if (x === undefined)
        throw new Invalid(path + ".to_lang", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".to_lang", x, "a string");
    out["to_lang"] = x;
    x = own(v, "direction");
    if (x === undefined)
        throw new Invalid(path + ".direction", MISSING, "a list of items that are each one of 'remote-caller', 'local-caller'");
    out["direction"] = _StartActionStart_direction(x, path + ".direction");
    x = own(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = own(v, "from_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".from_voice", x, "a string");
        out["from_voice"] = x;
    }
    x = own(v, "to_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".to_voice", x, "a string");
        out["to_voice"] = x;
    }
    x = own(v, "filter_from");
    if (x !== undefined) {
        if (!((typeof x === "string" && E_TranslationFilterPreset.has(x)) ||
            (typeof x === "string" && RE_4.test(x))))
            throw new Invalid(path + ".filter_from", x, "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or a string matching ^prompt:.+$");
        out["filter_from"] = x;
    }
    x = own(v, "filter_to");
    if (x !== undefined) {
        if (!((typeof x === "string" && E_TranslationFilterPreset.has(x)) ||
            (typeof x === "string" && RE_4.test(x))))
            throw new Invalid(path + ".filter_to", x, "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or a string matching ^prompt:.+$");
        out["filter_to"] = x;
    }
    x = own(v, "live_events");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".live_events", x, "true or false or a SWML variable such as '${name}'");
        out["live_events"] = x;
    }
    x = own(v, "ai_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".ai_summary", x, "true or false or a SWML variable such as '${name}'");
        out["ai_summary"] = x;
    }
    x = own(v, "speech_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".speech_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = own(v, "vad_silence_ms");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".vad_silence_ms", x, "an integer or a SWML variable such as '${name}'");
        out["vad_silence_ms"] = x;
    }
    x = own(v, "vad_thresh");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'");
        out["vad_thresh"] = x;
    }
    x = own(v, "debug_level");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".debug_level", x, "an integer or a SWML variable such as '${name}'");
        out["debug_level"] = x;
    }
    x = own(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_SpeechEngine.has(x)))
            throw new Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
        out["speech_engine"] = x;
    }
    x = own(v, "ai_summary_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".ai_summary_prompt", x, "a string");
        out["ai_summary_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StartActionStart, path);
    return out;
}
export function checkStartUpHookSWAIGFunction(value, path) {
    const v = asObject(value, path, "a StartUpHookSWAIGFunction object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "'startup_hook'");
    if (!(x === "startup_hook"))
        throw new Invalid(path + ".function", x, "'startup_hook'");
    out["function"] = "startup_hook";
    x = own(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
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
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = own(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = own(v, "wait_file_loops");
    if (x !== undefined) {
        if (!(isInteger(x) || typeof x === "string"))
            throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = own(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StartUpHookSWAIGFunction, path);
    return out;
}
export function checkStopAction(value, path) {
    const v = asObject(value, path, "a StopAction object");
    const out = {};
    let x;
    x = own(v, "stop");
    if (x === undefined)
        throw new Invalid(path + ".stop", MISSING, "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || isVar(x)))
        throw new Invalid(path + ".stop", x, "true or false or a SWML variable such as '${name}'");
    out["stop"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StopAction, path);
    return out;
}
export function checkStopDenoise(value, path) {
    const v = asObject(value, path, "a StopDenoise object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StopDenoise, path);
    return out;
}
export function checkStopPlaybackBGAction(value, path) {
    const v = asObject(value, path, "a StopPlaybackBGAction object");
    const out = {};
    let x;
    x = own(v, "stop_playback_bg");
    if (x === undefined)
        throw new Invalid(path + ".stop_playback_bg", MISSING, "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || isVar(x)))
        throw new Invalid(path + ".stop_playback_bg", x, "true or false or a SWML variable such as '${name}'");
    out["stop_playback_bg"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StopPlaybackBGAction, path);
    return out;
}
export function checkStopRecordCall(value, path) {
    const v = asObject(value, path, "a StopRecordCall object");
    const out = {};
    let x;
    x = own(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StopRecordCall, path);
    return out;
}
export function checkStopStream(value, path) {
    const v = asObject(value, path, "a StopStream object");
    const out = {};
    let x;
    x = own(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StopStream, path);
    return out;
}
export function checkStopTap(value, path) {
    const v = asObject(value, path, "a StopTap object");
    const out = {};
    let x;
    x = own(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StopTap, path);
    return out;
}
export function checkStream(value, path) {
    const v = asObject(value, path, "a Stream object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = own(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    x = own(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = own(v, "track");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Track.has(x)))
            throw new Invalid(path + ".track", x, "one of 'inbound_track', 'outbound_track', 'both_tracks'");
        out["track"] = x;
    }
    x = own(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = own(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_StatusUrlMethod.has(x)))
            throw new Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = own(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = own(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _ConnectDestination_custom_parameters(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Stream, path);
    return out;
}
export function checkStringProperty(value, path) {
    const v = asObject(value, path, "a StringProperty object");
    const out = {};
    let x;
    x = own(v, "type");
    if (x === undefined)
        throw new Invalid(path + ".type", MISSING, "'string'");
    if (!(x === "string"))
        throw new Invalid(path + ".type", x, "'string'");
    out["type"] = "string";
    x = own(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = own(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = own(v, "enum");
    if (x !== undefined) {
        out["enum"] = _AISidecarFunctionParameters_required(x, path + ".enum");
    }
    x = own(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".default", x, "a string");
        out["default"] = x;
    }
    x = own(v, "pattern");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".pattern", x, "a string");
        out["pattern"] = x;
    }
    x = own(v, "format");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_StringFormat.has(x)))
            throw new Invalid(path + ".format", x, "one of 'date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid'");
        out["format"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_StringProperty, path);
    return out;
}
export function checkSummarizeAction(value, path) {
    const v = asObject(value, path, "a SummarizeAction object");
    const out = {};
    let x;
    x = own(v, "summarize");
    if (x === undefined)
        throw new Invalid(path + ".summarize", MISSING, "a SummarizeActionSummarize object");
    out["summarize"] = checkSummarizeActionSummarize(x, path + ".summarize");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SummarizeAction, path);
    return out;
}
export function checkSummarizeActionSummarize(value, path) {
    const v = asObject(value, path, "a SummarizeActionSummarize object");
    const out = {};
    let x;
    x = own(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = own(v, "prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".prompt", x, "a string");
        out["prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SummarizeActionSummarize, path);
    return out;
}
export function checkSummarizeConversationSWAIGFunction(value, path) {
    const v = asObject(value, path, "a SummarizeConversationSWAIGFunction object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "'summarize_conversation'");
    if (!(x === "summarize_conversation"))
        throw new Invalid(path + ".function", x, "'summarize_conversation'");
    out["function"] = "summarize_conversation";
    x = own(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
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
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = own(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = own(v, "wait_file_loops");
    if (x !== undefined) {
        if (!(isInteger(x) || typeof x === "string"))
            throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = own(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SummarizeConversationSWAIGFunction, path);
    return out;
}
export function checkSwaigToolResult(value, path) {
    const v = asObject(value, path, "a SwaigToolResult object");
    const out = {};
    let x;
    x = own(v, "tool_result");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".tool_result", x, "a string");
        out["tool_result"] = x;
    }
    x = own(v, "tool_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".tool_prompt", x, "a string");
        out["tool_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SwaigToolResult, path);
    return out;
}
export function checkSwitch(value, path) {
    const v = asObject(value, path, "a Switch object");
    const out = {};
    let x;
    x = own(v, "variable");
    if (x === undefined)
        throw new Invalid(path + ".variable", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".variable", x, "a string");
    out["variable"] = x;
    x = own(v, "case");
    if (x === undefined)
        throw new Invalid(path + ".case", MISSING, "a JSON object whose values are each a list of SWML methods");
    out["case"] = _ConnectSwitch_case(x, path + ".case");
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _CondElse_else(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Switch, path);
    return out;
}
export function checkSwitchArgument(value, path) {
    const v = asObject(value, path, "a SwitchArgument object");
    const out = {};
    let x;
    x = own(v, "variable");
    if (x === undefined)
        throw new Invalid(path + ".variable", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".variable", x, "a string");
    out["variable"] = x;
    x = own(v, "case");
    if (x === undefined)
        throw new Invalid(path + ".case", MISSING, "a JSON object whose values are each a list of SWML methods");
    out["case"] = _ConnectSwitch_case(x, path + ".case");
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _CondElse_else(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_SwitchArgument, path);
    return out;
}
export function checkTap(value, path) {
    const v = asObject(value, path, "a Tap object");
    const out = {};
    let x;
    x = own(v, "uri");
    if (x === undefined)
        throw new Invalid(path + ".uri", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".uri", x, "a string");
    out["uri"] = x;
    x = own(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    x = own(v, "direction");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_TapDirection.has(x)))
            throw new Invalid(path + ".direction", x, "one of 'speak', 'listen', 'both'");
        out["direction"] = x;
    }
    x = own(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Codec.has(x)))
            throw new Invalid(path + ".codec", x, "one of 'PCMU', 'PCMA'");
        out["codec"] = x;
    }
    x = own(v, "rtp_ptime");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".rtp_ptime", x, "an integer or a SWML variable such as '${name}'");
        out["rtp_ptime"] = x;
    }
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Tap, path);
    return out;
}
export function checkToggleFunctionsAction(value, path) {
    const v = asObject(value, path, "a ToggleFunctionsAction object");
    const out = {};
    let x;
    x = own(v, "toggle_functions");
    if (x === undefined)
        throw new Invalid(path + ".toggle_functions", MISSING, "a list of ToggleFunctionsItem objects");
    out["toggle_functions"] = _ToggleFunctionsAction_toggle_functions(x, path + ".toggle_functions");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ToggleFunctionsAction, path);
    return out;
}
export function checkToggleFunctionsItem(value, path) {
    const v = asObject(value, path, "a ToggleFunctionsItem object");
    const out = {};
    let x;
    x = own(v, "active");
    if (x === undefined)
        throw new Invalid(path + ".active", MISSING, "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || isVar(x)))
        throw new Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "a string or a list of strings");
    out["function"] = _BedrockWebhook_error_keys(x, path + ".function");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_ToggleFunctionsItem, path);
    return out;
}
export function checkTranscribe(value, path) {
    const v = asObject(value, path, "a Transcribe object");
    const out = {};
    let x;
    x = own(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Transcribe, path);
    return out;
}
export function checkTranscribeStartAction(value, path) {
    const v = asObject(value, path, "a TranscribeStartAction object");
    const out = {};
    let x;
    x = own(v, "start");
    if (x === undefined)
        throw new Invalid(path + ".start", MISSING, "a TranscribeStartActionStart object");
    out["start"] = checkTranscribeStartActionStart(x, path + ".start");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_TranscribeStartAction, path);
    return out;
}
export function checkTranscribeStartActionStart(value, path) {
    const v = asObject(value, path, "a TranscribeStartActionStart object");
    const out = {};
    let x;
    x = own(v, "lang");
    if (x === undefined)
        throw new Invalid(path + ".lang", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".lang", x, "a string");
    out["lang"] = x;
    x = own(v, "direction");
    if (x === undefined)
        throw new Invalid(path + ".direction", MISSING, "a list of items that are each one of 'remote-caller', 'local-caller'");
    out["direction"] = _AISidecarObject_direction(x, path + ".direction");
    x = own(v, "ai_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".ai_summary", x, "true or false or a SWML variable such as '${name}'");
        out["ai_summary"] = x;
    }
    x = own(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = own(v, "live_events");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".live_events", x, "true or false or a SWML variable such as '${name}'");
        out["live_events"] = x;
    }
    x = own(v, "speech_timeout");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".speech_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = own(v, "vad_silence_ms");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".vad_silence_ms", x, "an integer or a SWML variable such as '${name}'");
        out["vad_silence_ms"] = x;
    }
    x = own(v, "vad_thresh");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'");
        out["vad_thresh"] = x;
    }
    x = own(v, "debug_level");
    if (x !== undefined) {
        if (!(isInteger(x) || isVar(x)))
            throw new Invalid(path + ".debug_level", x, "an integer or a SWML variable such as '${name}'");
        out["debug_level"] = x;
    }
    x = own(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_SpeechEngine.has(x)))
            throw new Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
        out["speech_engine"] = x;
    }
    x = own(v, "ai_summary_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".ai_summary_prompt", x, "a string");
        out["ai_summary_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_TranscribeStartActionStart, path);
    return out;
}
export function checkTranscribeStop(value, path) {
    const v = asObject(value, path, "a TranscribeStop object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_TranscribeStop, path);
    return out;
}
export function checkTranscribeSummarizeAction(value, path) {
    const v = asObject(value, path, "a TranscribeSummarizeAction object");
    const out = {};
    let x;
    x = own(v, "summarize");
    if (x === undefined)
        throw new Invalid(path + ".summarize", MISSING, "a TranscribeSummarizeActionSummarize object");
    out["summarize"] = checkTranscribeSummarizeActionSummarize(x, path + ".summarize");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_TranscribeSummarizeAction, path);
    return out;
}
export function checkTranscribeSummarizeActionSummarize(value, path) {
    const v = asObject(value, path, "a TranscribeSummarizeActionSummarize object");
    const out = {};
    let x;
    x = own(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = own(v, "prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".prompt", x, "a string");
        out["prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_TranscribeSummarizeActionSummarize, path);
    return out;
}
export function checkTransfer(value, path) {
    const v = asObject(value, path, "a Transfer object");
    const out = {};
    let x;
    x = own(v, "dest");
    if (x === undefined)
        throw new Invalid(path + ".dest", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".dest", x, "a string");
    out["dest"] = x;
    x = own(v, "params");
    if (x !== undefined) {
        out["params"] = _AIObject_global_data(x, path + ".params");
    }
    x = own(v, "meta");
    if (x !== undefined) {
        out["meta"] = _AIObject_global_data(x, path + ".meta");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Transfer, path);
    return out;
}
export function checkTurnFillers(value, path) {
    const v = asObject(value, path, "a TurnFillers object");
    const out = {};
    let x;
    x = own(v, "default");
    if (x !== undefined) {
        out["default"] = _AISidecarFunctionParameters_required(x, path + ".default");
    }
    x = own(v, "bg");
    if (x !== undefined) {
        out["bg"] = _AISidecarFunctionParameters_required(x, path + ".bg");
    }
    x = own(v, "ca");
    if (x !== undefined) {
        out["ca"] = _AISidecarFunctionParameters_required(x, path + ".ca");
    }
    x = own(v, "zh");
    if (x !== undefined) {
        out["zh"] = _AISidecarFunctionParameters_required(x, path + ".zh");
    }
    x = own(v, "zh-CN");
    if (x !== undefined) {
        out["zh-CN"] = _AISidecarFunctionParameters_required(x, path + ".zh-CN");
    }
    x = own(v, "zh-Hans");
    if (x !== undefined) {
        out["zh-Hans"] = _AISidecarFunctionParameters_required(x, path + ".zh-Hans");
    }
    x = own(v, "zh-TW");
    if (x !== undefined) {
        out["zh-TW"] = _AISidecarFunctionParameters_required(x, path + ".zh-TW");
    }
    x = own(v, "zh-Hant");
    if (x !== undefined) {
        out["zh-Hant"] = _AISidecarFunctionParameters_required(x, path + ".zh-Hant");
    }
    x = own(v, "zh-HK");
    if (x !== undefined) {
        out["zh-HK"] = _AISidecarFunctionParameters_required(x, path + ".zh-HK");
    }
    x = own(v, "cs");
    if (x !== undefined) {
        out["cs"] = _AISidecarFunctionParameters_required(x, path + ".cs");
    }
    x = own(v, "da");
    if (x !== undefined) {
        out["da"] = _AISidecarFunctionParameters_required(x, path + ".da");
    }
    x = own(v, "da-DK");
    if (x !== undefined) {
        out["da-DK"] = _AISidecarFunctionParameters_required(x, path + ".da-DK");
    }
    x = own(v, "nl");
    if (x !== undefined) {
        out["nl"] = _AISidecarFunctionParameters_required(x, path + ".nl");
    }
    x = own(v, "en");
    if (x !== undefined) {
        out["en"] = _AISidecarFunctionParameters_required(x, path + ".en");
    }
    x = own(v, "en-US");
    if (x !== undefined) {
        out["en-US"] = _AISidecarFunctionParameters_required(x, path + ".en-US");
    }
    x = own(v, "en-GB");
    if (x !== undefined) {
        out["en-GB"] = _AISidecarFunctionParameters_required(x, path + ".en-GB");
    }
    x = own(v, "en-NZ");
    if (x !== undefined) {
        out["en-NZ"] = _AISidecarFunctionParameters_required(x, path + ".en-NZ");
    }
    x = own(v, "en-IN");
    if (x !== undefined) {
        out["en-IN"] = _AISidecarFunctionParameters_required(x, path + ".en-IN");
    }
    x = own(v, "en-AU");
    if (x !== undefined) {
        out["en-AU"] = _AISidecarFunctionParameters_required(x, path + ".en-AU");
    }
    x = own(v, "et");
    if (x !== undefined) {
        out["et"] = _AISidecarFunctionParameters_required(x, path + ".et");
    }
    x = own(v, "fi");
    if (x !== undefined) {
        out["fi"] = _AISidecarFunctionParameters_required(x, path + ".fi");
    }
    x = own(v, "nl-BE");
    if (x !== undefined) {
        out["nl-BE"] = _AISidecarFunctionParameters_required(x, path + ".nl-BE");
    }
    x = own(v, "fr");
    if (x !== undefined) {
        out["fr"] = _AISidecarFunctionParameters_required(x, path + ".fr");
    }
    x = own(v, "fr-CA");
    if (x !== undefined) {
        out["fr-CA"] = _AISidecarFunctionParameters_required(x, path + ".fr-CA");
    }
    x = own(v, "de");
    if (x !== undefined) {
        out["de"] = _AISidecarFunctionParameters_required(x, path + ".de");
    }
    x = own(v, "de-CH");
    if (x !== undefined) {
        out["de-CH"] = _AISidecarFunctionParameters_required(x, path + ".de-CH");
    }
    x = own(v, "el");
    if (x !== undefined) {
        out["el"] = _AISidecarFunctionParameters_required(x, path + ".el");
    }
    x = own(v, "hi");
    if (x !== undefined) {
        out["hi"] = _AISidecarFunctionParameters_required(x, path + ".hi");
    }
    x = own(v, "hu");
    if (x !== undefined) {
        out["hu"] = _AISidecarFunctionParameters_required(x, path + ".hu");
    }
    x = own(v, "id");
    if (x !== undefined) {
        out["id"] = _AISidecarFunctionParameters_required(x, path + ".id");
    }
    x = own(v, "it");
    if (x !== undefined) {
        out["it"] = _AISidecarFunctionParameters_required(x, path + ".it");
    }
    x = own(v, "ja");
    if (x !== undefined) {
        out["ja"] = _AISidecarFunctionParameters_required(x, path + ".ja");
    }
    x = own(v, "ko");
    if (x !== undefined) {
        out["ko"] = _AISidecarFunctionParameters_required(x, path + ".ko");
    }
    x = own(v, "ko-KR");
    if (x !== undefined) {
        out["ko-KR"] = _AISidecarFunctionParameters_required(x, path + ".ko-KR");
    }
    x = own(v, "lv");
    if (x !== undefined) {
        out["lv"] = _AISidecarFunctionParameters_required(x, path + ".lv");
    }
    x = own(v, "lt");
    if (x !== undefined) {
        out["lt"] = _AISidecarFunctionParameters_required(x, path + ".lt");
    }
    x = own(v, "ms");
    if (x !== undefined) {
        out["ms"] = _AISidecarFunctionParameters_required(x, path + ".ms");
    }
    x = own(v, "multi");
    if (x !== undefined) {
        out["multi"] = _AISidecarFunctionParameters_required(x, path + ".multi");
    }
    x = own(v, "no");
    if (x !== undefined) {
        out["no"] = _AISidecarFunctionParameters_required(x, path + ".no");
    }
    x = own(v, "pl");
    if (x !== undefined) {
        out["pl"] = _AISidecarFunctionParameters_required(x, path + ".pl");
    }
    x = own(v, "pt");
    if (x !== undefined) {
        out["pt"] = _AISidecarFunctionParameters_required(x, path + ".pt");
    }
    x = own(v, "pt-BR");
    if (x !== undefined) {
        out["pt-BR"] = _AISidecarFunctionParameters_required(x, path + ".pt-BR");
    }
    x = own(v, "pt-PT");
    if (x !== undefined) {
        out["pt-PT"] = _AISidecarFunctionParameters_required(x, path + ".pt-PT");
    }
    x = own(v, "ro");
    if (x !== undefined) {
        out["ro"] = _AISidecarFunctionParameters_required(x, path + ".ro");
    }
    x = own(v, "ru");
    if (x !== undefined) {
        out["ru"] = _AISidecarFunctionParameters_required(x, path + ".ru");
    }
    x = own(v, "sk");
    if (x !== undefined) {
        out["sk"] = _AISidecarFunctionParameters_required(x, path + ".sk");
    }
    x = own(v, "es");
    if (x !== undefined) {
        out["es"] = _AISidecarFunctionParameters_required(x, path + ".es");
    }
    x = own(v, "es-419");
    if (x !== undefined) {
        out["es-419"] = _AISidecarFunctionParameters_required(x, path + ".es-419");
    }
    x = own(v, "sv");
    if (x !== undefined) {
        out["sv"] = _AISidecarFunctionParameters_required(x, path + ".sv");
    }
    x = own(v, "sv-SE");
    if (x !== undefined) {
        out["sv-SE"] = _AISidecarFunctionParameters_required(x, path + ".sv-SE");
    }
    x = own(v, "th");
    if (x !== undefined) {
        out["th"] = _AISidecarFunctionParameters_required(x, path + ".th");
    }
    x = own(v, "th-TH");
    if (x !== undefined) {
        out["th-TH"] = _AISidecarFunctionParameters_required(x, path + ".th-TH");
    }
    x = own(v, "tr");
    if (x !== undefined) {
        out["tr"] = _AISidecarFunctionParameters_required(x, path + ".tr");
    }
    x = own(v, "uk");
    if (x !== undefined) {
        out["uk"] = _AISidecarFunctionParameters_required(x, path + ".uk");
    }
    x = own(v, "vi");
    if (x !== undefined) {
        out["vi"] = _AISidecarFunctionParameters_required(x, path + ".vi");
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (KEYS_TurnFillers.has(key) || item === undefined)
            continue;
        setKey(out, key, _AISidecarFunctionParameters_required(item, path + "." + key));
    }
    return out;
}
export function checkUnsetGlobalData(value, path) {
    const v = asObject(value, path, "an UnsetGlobalData object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UnsetGlobalData, path);
    return out;
}
export function checkUnsetGlobalDataAction(value, path) {
    const v = asObject(value, path, "an UnsetGlobalDataAction object");
    const out = {};
    let x;
    x = own(v, "unset_global_data");
    if (x === undefined)
        throw new Invalid(path + ".unset_global_data", MISSING, "a string or an UnsetGlobalData object");
    out["unset_global_data"] = _UnsetGlobalDataAction_unset_global_data(x, path + ".unset_global_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UnsetGlobalDataAction, path);
    return out;
}
export function checkUnsetMetaData(value, path) {
    const v = asObject(value, path, "an UnsetMetaData object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UnsetMetaData, path);
    return out;
}
export function checkUnsetMetaDataAction(value, path) {
    const v = asObject(value, path, "an UnsetMetaDataAction object");
    const out = {};
    let x;
    x = own(v, "unset_meta_data");
    if (x === undefined)
        throw new Invalid(path + ".unset_meta_data", MISSING, "a string or an UnsetMetaData object");
    out["unset_meta_data"] = _UnsetMetaDataAction_unset_meta_data(x, path + ".unset_meta_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UnsetMetaDataAction, path);
    return out;
}
export function checkUserEvent(value, path) {
    const v = asObject(value, path, "a UserEvent object");
    const out = {};
    let x;
    x = own(v, "event");
    if (x === undefined)
        throw new Invalid(path + ".event", MISSING, "a JSON object");
    out["event"] = _AIObject_global_data(x, path + ".event");
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UserEvent, path);
    return out;
}
export function checkUserInputAction(value, path) {
    const v = asObject(value, path, "a UserInputAction object");
    const out = {};
    let x;
    x = own(v, "user_input");
    if (x === undefined)
        throw new Invalid(path + ".user_input", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".user_input", x, "a string");
    out["user_input"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UserInputAction, path);
    return out;
}
export function checkUserSWAIGFunction(value, path) {
    const v = asObject(value, path, "a UserSWAIGFunction object");
    const out = {};
    let x;
    x = own(v, "description");
    if (x === undefined)
        throw new Invalid(path + ".description", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = own(v, "function");
    if (x === undefined)
        throw new Invalid(path + ".function", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".function", x, "a string");
    out["function"] = x;
    x = own(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
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
        out["active"] = x;
    }
    x = own(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _AIObject_global_data(x, path + ".meta_data");
    }
    x = own(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = own(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = own(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = own(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = own(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = own(v, "wait_file_loops");
    if (x !== undefined) {
        if (!(isInteger(x) || typeof x === "string"))
            throw new Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = own(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_UserSWAIGFunction, path);
    return out;
}
export function checkWebhook(value, path) {
    const v = asObject(value, path, "a Webhook object");
    const out = {};
    let x;
    x = own(v, "url");
    if (x === undefined)
        throw new Invalid(path + ".url", MISSING, "a string");
    if (!(typeof x === "string"))
        throw new Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = own(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _DataMap_expressions(x, path + ".expressions");
    }
    x = own(v, "error_keys");
    if (x !== undefined) {
        out["error_keys"] = _BedrockWebhook_error_keys(x, path + ".error_keys");
    }
    x = own(v, "foreach");
    if (x !== undefined) {
        out["foreach"] = checkForeach(x, path + ".foreach");
    }
    x = own(v, "headers");
    if (x !== undefined) {
        out["headers"] = _AIObject_global_data(x, path + ".headers");
    }
    x = own(v, "method");
    if (x !== undefined) {
        if (!(typeof x === "string" && E_Method.has(x)))
            throw new Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
        out["method"] = x;
    }
    x = own(v, "input_args_as_params");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || isVar(x)))
            throw new Invalid(path + ".input_args_as_params", x, "true or false or a SWML variable such as '${name}'");
        out["input_args_as_params"] = x;
    }
    x = own(v, "params");
    if (x !== undefined) {
        out["params"] = _AIObject_global_data(x, path + ".params");
    }
    x = own(v, "require_args");
    if (x !== undefined) {
        out["require_args"] = _BedrockWebhook_error_keys(x, path + ".require_args");
    }
    x = own(v, "output");
    if (x !== undefined) {
        out["output"] = checkOutput(x, path + ".output");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        unknownKeys(v, KEYS_Webhook, path);
    return out;
}
export function checkAISidecarParamProperty(value, path) {
    if (hasKey(value, "items") && keysWithin(value, KEYS_AISidecarArrayParam))
        return checkAISidecarArrayParam(value, path);
    return pickVariant(value, path, VARIANTS_0, true, "an AISidecarStringParam object or an AISidecarIntegerParam object or an AISidecarNumberParam object or an AISidecarBooleanParam object or an AISidecarArrayParam object or an AISidecarObjectParam object");
}
export function checkPOM(value, path) {
    return pickVariant(value, path, VARIANTS_1, false, "a PomSectionBodyContent object or a PomSectionBulletsContent object");
}
export function checkSchemaType(value, path) {
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
    return pickVariant(value, path, VARIANTS_2, true, "a StringProperty object or an IntegerProperty object or a NumberProperty object or a BooleanProperty object or an ArrayProperty object or an ObjectProperty object or a NullProperty object or an OneOfProperty object or an AllOfProperty object or an AnyOfProperty object or a ConstProperty object");
}
export function _verb_label(value, path) {
    if (!(typeof value === "string"))
        throw new Invalid(path, value, "a string");
    return value;
}
export function _AIObject_prompt(value, path) {
    if (hasKey(value, "text") && keysWithin(value, KEYS_AIPromptText))
        return checkAIPromptText(value, path);
    if (hasKey(value, "pom") && keysWithin(value, KEYS_AIPromptPom))
        return checkAIPromptPom(value, path);
    return pickVariant(value, path, VARIANTS_3, true, "an AIPromptText object or an AIPromptPom object");
}
export function _AIObject_global_data(value, path) {
    const v = asObject(value, path, "a JSON object");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        setKey(out, key, jsonCopy(item, path + "." + key));
    }
    return out;
}
export function _AIObject_hints(value, path) {
    const items = asList(value, path, "a list of items that are each a string or a Hint object");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_AIObject_hints_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _AIObject_languages(value, path) {
    const items = asList(value, path, "a list of Languages objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkLanguages(item, `${path}[${i}]`));
    }
    return out;
}
export function _AIObject_post_prompt(value, path) {
    if (hasKey(value, "text") && keysWithin(value, KEYS_AIPostPromptText))
        return checkAIPostPromptText(value, path);
    if (hasKey(value, "pom") && keysWithin(value, KEYS_AIPostPromptPom))
        return checkAIPostPromptPom(value, path);
    return pickVariant(value, path, VARIANTS_4, false, "an AIPostPromptText object or an AIPostPromptPom object");
}
export function _AIObject_pronounce(value, path) {
    const items = asList(value, path, "a list of Pronounce objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPronounce(item, `${path}[${i}]`));
    }
    return out;
}
export function _AIParams_convo(value, path) {
    const items = asList(value, path, "a list of ConversationMessage objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkConversationMessage(item, `${path}[${i}]`));
    }
    return out;
}
export function _AIParams_swaig_post_swml_vars(value, path) {
    if (typeof value === "boolean")
        return value;
    if (isVar(value))
        return value;
    if (Array.isArray(value))
        return _AISidecarFunctionParameters_required(value, path);
    throw new Invalid(path, value, "true or false or a list of strings or a SWML variable such as '${name}'");
}
export function _AIPostPromptPom_pom(value, path) {
    const items = asList(value, path, "a list of items that are each a POM value (at least 1 item)");
    if (items.length < 1)
        throw new Invalid(path, value, "a list of items that are each a POM value (at least 1 item)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPOM(item, `${path}[${i}]`));
    }
    return out;
}
export function _AISidecarFunctionParameters_properties(value, path) {
    const v = asObject(value, path, "a JSON object whose values are each an AISidecarParamProperty value");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        setKey(out, key, checkAISidecarParamProperty(item, path + "." + key));
    }
    return out;
}
export function _AISidecarFunctionParameters_required(value, path) {
    const items = asList(value, path, "a list of strings");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string"))
            throw new Invalid(`${path}[${i}]`, item, "a string");
        out.push(item);
    }
    return out;
}
export function _AISidecarIntegerParam_enum(value, path) {
    const items = asList(value, path, "a list of integers");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isInteger(item))
            throw new Invalid(`${path}[${i}]`, item, "an integer");
        out.push(item);
    }
    return out;
}
export function _AISidecarNumberParam_enum(value, path) {
    const items = asList(value, path, "a list of numbers");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isNumber(item))
            throw new Invalid(`${path}[${i}]`, item, "a number");
        out.push(item);
    }
    return out;
}
export function _AISidecarObject_prompt(value, path) {
    if (typeof value === "string")
        return value;
    if (hasKey(value, "text") && keysWithin(value, KEYS_AISidecarPromptText))
        return checkAISidecarPromptText(value, path);
    if (hasKey(value, "pom") && keysWithin(value, KEYS_AISidecarPromptPom))
        return checkAISidecarPromptPom(value, path);
    if (hasKey(value, "file") && keysWithin(value, KEYS_AISidecarPromptFile))
        return checkAISidecarPromptFile(value, path);
    return pickVariant(value, path, VARIANTS_5, true, "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object");
}
export function _AISidecarObject_direction(value, path) {
    const items = asList(value, path, "a list of items that are each one of 'remote-caller', 'local-caller'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && E_TranscribeDirection.has(item)))
            throw new Invalid(`${path}[${i}]`, item, "one of 'remote-caller', 'local-caller'");
        out.push(item);
    }
    return out;
}
export function _AISidecarObject_hints(value, path) {
    const items = asList(value, path, "a list of strings (at least 1 item)");
    if (items.length < 1)
        throw new Invalid(path, value, "a list of strings (at least 1 item)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string"))
            throw new Invalid(`${path}[${i}]`, item, "a string");
        out.push(item);
    }
    return out;
}
export function _AISidecarSWAIG_functions(value, path) {
    const items = asList(value, path, "a list of AISidecarSWAIGFunction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkAISidecarSWAIGFunction(item, `${path}[${i}]`));
    }
    return out;
}
export function _AISidecarSWAIG_mcp_servers(value, path) {
    const items = asList(value, path, "a list of MCPServer objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkMCPServer(item, `${path}[${i}]`));
    }
    return out;
}
export function _AllOfProperty_allOf(value, path) {
    const items = asList(value, path, "a list of items that are each a SchemaType value");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkSchemaType(item, `${path}[${i}]`));
    }
    return out;
}
export function _AmazonBedrockObject_prompt(value, path) {
    if (hasKey(value, "text") &&
        keysWithin(value, KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps))
        return checkOmitPropertiesBedrockPromptTextOmittedPromptProps(value, path);
    if (hasKey(value, "pom") &&
        keysWithin(value, KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps))
        return checkOmitPropertiesBedrockPromptPomOmittedPromptProps(value, path);
    return pickVariant(value, path, VARIANTS_6, false, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
}
export function _AmazonBedrockObject_post_prompt(value, path) {
    if (hasKey(value, "text") &&
        keysWithin(value, KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps))
        return checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps(value, path);
    if (hasKey(value, "pom") &&
        keysWithin(value, KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps))
        return checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps(value, path);
    return pickVariant(value, path, VARIANTS_7, false, "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object");
}
export function _ArrayProperty_default(value, path) {
    const items = asList(value, path, "a list of items that are each any JSON value");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(jsonCopy(item, `${path}[${i}]`));
    }
    return out;
}
export function _BedrockDataMap_expressions(value, path) {
    const items = asList(value, path, "a list of BedrockExpression objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkBedrockExpression(item, `${path}[${i}]`));
    }
    return out;
}
export function _BedrockDataMap_webhooks(value, path) {
    const items = asList(value, path, "a list of BedrockWebhook objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkBedrockWebhook(item, `${path}[${i}]`));
    }
    return out;
}
export function _BedrockOutput_action(value, path) {
    if (Array.isArray(value))
        return _list(value, path);
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
    if (hasKey(value, "say") && keysWithin(value, KEYS_SayAction))
        return checkSayAction(value, path);
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
    return pickVariant(value, path, VARIANTS_8, false, "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction objects");
}
export function _BedrockSWAIG_functions(value, path) {
    const items = asList(value, path, "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_BedrockSWAIG_functions_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _BedrockWebhook_error_keys(value, path) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value))
        return _AISidecarFunctionParameters_required(value, path);
    throw new Invalid(path, value, "a string or a list of strings");
}
export function _CondElse_else(value, path) {
    const items = asList(value, path, "a list of SWML methods");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkMethod(item, `${path}[${i}]`));
    }
    return out;
}
export function _ConnectDestination_headers(value, path) {
    const items = asList(value, path, "a list of ConnectHeaders objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkConnectHeaders(item, `${path}[${i}]`));
    }
    return out;
}
export function _ConnectDestination_call_state_events(value, path) {
    const items = asList(value, path, "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && E_CallStatus.has(item)))
            throw new Invalid(`${path}[${i}]`, item, "one of 'created', 'ringing', 'answered', 'ended'");
        out.push(item);
    }
    return out;
}
export function _ConnectDestination_confirm(value, path) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value))
        return _list_2(value, path);
    throw new Invalid(path, value, "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)");
}
export function _ConnectDestination_custom_parameters(value, path) {
    const v = asObject(value, path, "a JSON object whose values are each a string");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        if (!(typeof item === "string"))
            throw new Invalid(path + "." + key, item, "a string");
        setKey(out, key, item);
    }
    return out;
}
export function _ConnectDeviceParallel_parallel(value, path) {
    const items = asList(value, path, "a list of ConnectDestination objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkConnectDestination(item, `${path}[${i}]`));
    }
    return out;
}
export function _ConnectDeviceParallel_result(value, path) {
    if (Array.isArray(value))
        return _verb_cond(value, path);
    if (hasKey(value, "case") && keysWithin(value, KEYS_ConnectSwitch))
        return checkConnectSwitch(value, path);
    return pickVariant(value, path, VARIANTS_9, false, "a ConnectSwitch object or a list of CondReg or CondElse objects");
}
export function _ConnectDeviceSerialParallel_serial_parallel(value, path) {
    const items = asList(value, path, "a list of items that are each a list of ConnectDestination objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_ConnectDeviceParallel_parallel(item, `${path}[${i}]`));
    }
    return out;
}
export function _ConnectSwitch_case(value, path) {
    const v = asObject(value, path, "a JSON object whose values are each a list of SWML methods");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        setKey(out, key, _CondElse_else(item, path + "." + key));
    }
    return out;
}
export function _ContextPOMSteps_pom(value, path) {
    const items = asList(value, path, "a list of items that are each a POM value");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPOM(item, `${path}[${i}]`));
    }
    return out;
}
export function _Contexts_default(value, path) {
    return pickVariant(value, path, VARIANTS_10, false, "a ContextsPOMObject object or a ContextsTextObject object");
}
export function _ContextsPOMObject_steps(value, path) {
    const items = asList(value, path, "a list of ContextPOMSteps or ContextTextSteps objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_ContextsPOMObject_steps_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _DataMap_expressions(value, path) {
    const items = asList(value, path, "a list of Expression objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkExpression(item, `${path}[${i}]`));
    }
    return out;
}
export function _DataMap_webhooks(value, path) {
    const items = asList(value, path, "a list of Webhook objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkWebhook(item, `${path}[${i}]`));
    }
    return out;
}
export function _Execute_result(value, path) {
    if (Array.isArray(value))
        return _verb_cond(value, path);
    if (hasKey(value, "case") && keysWithin(value, KEYS_ExecuteSwitch))
        return checkExecuteSwitch(value, path);
    return pickVariant(value, path, VARIANTS_11, false, "an ExecuteSwitch object or a list of CondReg or CondElse objects");
}
export function _FunctionParameters_properties(value, path) {
    const v = asObject(value, path, "a JSON object whose values are each a SchemaType value");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        setKey(out, key, checkSchemaType(item, path + "." + key));
    }
    return out;
}
export function _HangUpHookSWAIGFunction_data_map(value, path) {
    const out = checkDataMap(value, path);
    if (Object.keys(out).length < 1)
        throw new Invalid(path, value, "a DataMap object with at least 1 key");
    return out;
}
export function _HoldAction_hold(value, path) {
    if (isInteger(value) && -2147483648 <= value && value <= 2147483647)
        return value;
    if (isVar(value))
        return value;
    return pickVariant(value, path, VARIANTS_12, false, "an integer from -2147483648 to 2147483647 or a Hold object or a SWML variable such as '${name}'");
}
export function _JoinConference_status_callback_event(value, path) {
    return joinValues(value, path, E_StatusCallbackEvent, " ", "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as an array or a string joined by ' '");
}
export function _JoinConference_recording_status_callback_event(value, path) {
    return joinValues(value, path, E_RecordingStatusCallbackEvent, " ", "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '");
}
export function _JoinConference_result(value, path) {
    if (Array.isArray(value))
        return _verb_cond(value, path);
    if (hasKey(value, "variable") && keysWithin(value, KEYS_Switch))
        return checkSwitch(value, path);
    return pickVariant(value, path, VARIANTS_13, false, "a Switch object or a list of CondReg or CondElse objects");
}
export function _Languages_code(value, path) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value))
        return _list_3(value, path);
    throw new Invalid(path, value, "a string or a list of strings (at most 3 items)");
}
export function _LiveTranscribe_action(value, path) {
    if (value === "stop")
        return "stop";
    if (value === "summarize")
        return "summarize";
    if (hasKey(value, "start") && keysWithin(value, KEYS_TranscribeStartAction))
        return checkTranscribeStartAction(value, path);
    if (hasKey(value, "summarize") && keysWithin(value, KEYS_TranscribeSummarizeAction))
        return checkTranscribeSummarizeAction(value, path);
    return pickVariant(value, path, VARIANTS_14, true, "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'");
}
export function _LiveTranslate_action(value, path) {
    if (value === "stop")
        return "stop";
    if (value === "summarize")
        return "summarize";
    if (hasKey(value, "start") && keysWithin(value, KEYS_StartAction))
        return checkStartAction(value, path);
    if (hasKey(value, "summarize") && keysWithin(value, KEYS_SummarizeAction))
        return checkSummarizeAction(value, path);
    if (hasKey(value, "inject") && keysWithin(value, KEYS_InjectAction))
        return checkInjectAction(value, path);
    return pickVariant(value, path, VARIANTS_15, true, "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object");
}
export function _Multilingual_languages(value, path) {
    const items = asList(value, path, "a list of MultilingualLanguage objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkMultilingualLanguage(item, `${path}[${i}]`));
    }
    return out;
}
export function _Multilingual_fillers(value, path) {
    if (Array.isArray(value))
        return _AISidecarFunctionParameters_required(value, path);
    return pickVariant(value, path, VARIANTS_16, false, "a list of strings or a FunctionFillers object");
}
export function _Multilingual_turn_fillers(value, path) {
    if (Array.isArray(value))
        return _AISidecarFunctionParameters_required(value, path);
    return pickVariant(value, path, VARIANTS_17, false, "a list of strings or a TurnFillers object");
}
export function _NumberProperty_enum(value, path) {
    if (Array.isArray(value))
        return firstOf(value, path, [_list_4, _list_5], "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'");
    throw new Invalid(path, value, "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'");
}
export function _Output_response(value, path) {
    if (typeof value === "string")
        return value;
    return pickVariant(value, path, VARIANTS_18, false, "a string or a SwaigToolResult object");
}
export function _Pay_parameters(value, path) {
    const items = asList(value, path, "a list of PayParameters objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPayParameters(item, `${path}[${i}]`));
    }
    return out;
}
export function _Pay_prompts(value, path) {
    const items = asList(value, path, "a list of PayPrompts objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPayPrompts(item, `${path}[${i}]`));
    }
    return out;
}
export function _PayPrompts_actions(value, path) {
    const items = asList(value, path, "a list of PayPromptSayAction or PayPromptPlayAction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_PayPrompts_actions_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _PlayWithURLS_urls(value, path) {
    if (Array.isArray(value))
        return firstOf(value, path, [_list_6, _list_5], "a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a SWML variable such as '${name}'");
    throw new Invalid(path, value, "a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a SWML variable such as '${name}'");
}
export function _Prompt_play(value, path) {
    if (typeof value === "string" && RE_3.test(value))
        return value;
    if (isVar(value))
        return value;
    if (Array.isArray(value))
        return firstOf(value, path, [_list_6, _list_5], "a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'");
    throw new Invalid(path, value, "a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$ or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'");
}
export function _Prompt_speech_hints(value, path) {
    if (Array.isArray(value))
        return firstOf(value, path, [_AISidecarFunctionParameters_required, _list_5], "a list of strings or a list of items that are each a SWML variable such as '${name}'");
    throw new Invalid(path, value, "a list of strings or a list of items that are each a SWML variable such as '${name}'");
}
export function _Request_body(value, path) {
    if (typeof value === "string")
        return value;
    return pickVariant(value, path, VARIANTS_19, false, "a string or a JSON object");
}
export function _SWAIG_native_functions(value, path) {
    const items = asList(value, path, "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && E_SWAIGNativeFunction.has(item)))
            throw new Invalid(`${path}[${i}]`, item, "one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'");
        out.push(item);
    }
    return out;
}
export function _SWAIG_includes(value, path) {
    const items = asList(value, path, "a list of SWAIGIncludes objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkSWAIGIncludes(item, `${path}[${i}]`));
    }
    return out;
}
export function _SWAIG_functions(value, path) {
    const items = asList(value, path, "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_SWAIG_functions_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _StartActionStart_direction(value, path) {
    const items = asList(value, path, "a list of items that are each one of 'remote-caller', 'local-caller'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && E_TranslateDirection.has(item)))
            throw new Invalid(`${path}[${i}]`, item, "one of 'remote-caller', 'local-caller'");
        out.push(item);
    }
    return out;
}
export function _ToggleFunctionsAction_toggle_functions(value, path) {
    const items = asList(value, path, "a list of ToggleFunctionsItem objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkToggleFunctionsItem(item, `${path}[${i}]`));
    }
    return out;
}
export function _UnsetGlobalDataAction_unset_global_data(value, path) {
    if (typeof value === "string")
        return value;
    return pickVariant(value, path, VARIANTS_20, false, "a string or an UnsetGlobalData object");
}
export function _UnsetMetaDataAction_unset_meta_data(value, path) {
    if (typeof value === "string")
        return value;
    return pickVariant(value, path, VARIANTS_21, false, "a string or an UnsetMetaData object");
}
export function _verb_cond(value, path) {
    const items = asList(value, path, "a list of CondReg or CondElse objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_verb_cond_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _verb_connect(value, path) {
    if (hasKey(value, "to") && keysWithin(value, KEYS_ConnectDeviceSingle))
        return checkConnectDeviceSingle(value, path);
    if (hasKey(value, "serial") && keysWithin(value, KEYS_ConnectDeviceSerial))
        return checkConnectDeviceSerial(value, path);
    if (hasKey(value, "parallel") && keysWithin(value, KEYS_ConnectDeviceParallel))
        return checkConnectDeviceParallel(value, path);
    if (hasKey(value, "serial_parallel") && keysWithin(value, KEYS_ConnectDeviceSerialParallel))
        return checkConnectDeviceSerialParallel(value, path);
    return pickVariant(value, path, VARIANTS_22, true, "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object");
}
export function _verb_play(value, path) {
    if (hasKey(value, "url") && keysWithin(value, KEYS_PlayWithURL))
        return checkPlayWithURL(value, path);
    if (hasKey(value, "urls") && keysWithin(value, KEYS_PlayWithURLS))
        return checkPlayWithURLS(value, path);
    return pickVariant(value, path, VARIANTS_23, true, "a PlayWithURL object or a PlayWithURLS object");
}
export function _verb_return(value, path) {
    return jsonCopy(value, path);
}
export function _verb_send_sms(value, path) {
    if (hasKey(value, "media") && keysWithin(value, KEYS_SMSWithMedia))
        return checkSMSWithMedia(value, path);
    return pickVariant(value, path, VARIANTS_24, false, "a SMSWithBody object or a SMSWithMedia object");
}
export function _verb_sleep(value, path) {
    if (isInteger(value))
        return value;
    if (isVar(value))
        return value;
    if (hasKey(value, "duration") && keysWithin(value, KEYS_Sleep))
        return checkSleep(value, path);
    return pickVariant(value, path, VARIANTS_25, false, "a Sleep object or an integer or a SWML variable such as '${name}'");
}
export function _AIObject_hints_item(value, path) {
    if (typeof value === "string")
        return value;
    if (hasKey(value, "hint") && keysWithin(value, KEYS_Hint))
        return checkHint(value, path);
    return pickVariant(value, path, VARIANTS_26, false, "a string or a Hint object");
}
export function _list(value, path) {
    const items = asList(value, path, "a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_list_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _BedrockSWAIG_functions_item(value, path) {
    return pickVariant(value, path, VARIANTS_27, false, "a BedrockSWAIGFunction1 object or a BedrockSWAIGFunction2 object or a BedrockSWAIGFunction3 object or a BedrockSWAIGFunction4 object");
}
export function _list_2(value, path) {
    const items = asList(value, path, "a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_list_2_item(item, `${path}[${i}]`));
    }
    return out;
}
export function _ContextsPOMObject_steps_item(value, path) {
    if (hasKey(value, "pom") && keysWithin(value, KEYS_ContextPOMSteps))
        return checkContextPOMSteps(value, path);
    if (hasKey(value, "text") && keysWithin(value, KEYS_ContextTextSteps))
        return checkContextTextSteps(value, path);
    return pickVariant(value, path, VARIANTS_28, false, "a ContextPOMSteps object or a ContextTextSteps object");
}
export function _list_3(value, path) {
    const items = asList(value, path, "a list of strings (at most 3 items)");
    if (items.length > 3)
        throw new Invalid(path, value, "a list of strings (at most 3 items)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string"))
            throw new Invalid(`${path}[${i}]`, item, "a string");
        out.push(item);
    }
    return out;
}
export function _list_4(value, path) {
    const items = asList(value, path, "a list of items that are each an integer or a number");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(isInteger(item) || isNumber(item)))
            throw new Invalid(`${path}[${i}]`, item, "an integer or a number");
        out.push(item);
    }
    return out;
}
export function _list_5(value, path) {
    const items = asList(value, path, "a list of items that are each a SWML variable such as '${name}'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isVar(item))
            throw new Invalid(`${path}[${i}]`, item, "a SWML variable such as '${name}'");
        out.push(item);
    }
    return out;
}
export function _PayPrompts_actions_item(value, path) {
    return pickVariant(value, path, VARIANTS_29, false, "a PayPromptSayAction object or a PayPromptPlayAction object");
}
export function _list_6(value, path) {
    const items = asList(value, path, "a list of items that are each a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && RE_3.test(item)))
            throw new Invalid(`${path}[${i}]`, item, "a string matching ^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$");
        out.push(item);
    }
    return out;
}
export function _SWAIG_functions_item(value, path) {
    return pickVariant(value, path, VARIANTS_30, false, "a UserSWAIGFunction object or a StartUpHookSWAIGFunction object or a HangUpHookSWAIGFunction object or a SummarizeConversationSWAIGFunction object");
}
export function _verb_cond_item(value, path) {
    if (hasKey(value, "when") && keysWithin(value, KEYS_CondReg))
        return checkCondReg(value, path);
    return pickVariant(value, path, VARIANTS_31, true, "a CondReg object or a CondElse object");
}
export function _list_item(value, path) {
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
    if (hasKey(value, "say") && keysWithin(value, KEYS_SayAction))
        return checkSayAction(value, path);
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
    return pickVariant(value, path, VARIANTS_8, false, "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object");
}
export function _list_2_item(value, path) {
    return checkMethod(value, path, ONLY_list_2_item, "a SWML method, one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise");
}
/** Whether `value` is a plain object with `key` given (a value that is not `undefined`). */
function hasKey(value, key) {
    return isPlainObject(value) && own(value, key) !== undefined;
}
/** Whether every key given (a value that is not `undefined`) is one of `known`. */
function keysWithin(value, known) {
    return Object.keys(value).every((key) => known.has(key) || value[key] === undefined);
}
/** Each verb's argument checker, by the verb's wire name. */
export const VERBS = new Map([
    ["answer", checkAnswer],
    ["ai", checkAIObject],
    ["ai_sidecar", checkAISidecarObject],
    ["amazon_bedrock", checkAmazonBedrockObject],
    ["cond", _verb_cond],
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
    ["play", _verb_play],
    ["prompt", checkPrompt],
    ["receive_fax", checkReceiveFax],
    ["record", checkRecordArgument],
    ["record_call", checkRecordCall],
    ["request", checkRequest],
    ["return", _verb_return],
    ["send_digits", checkSendDigits],
    ["send_fax", checkSendFax],
    ["send_sms", _verb_send_sms],
    ["set", _AIObject_global_data],
    ["sleep", _verb_sleep],
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
    ["unset", _BedrockWebhook_error_keys],
    ["pay", checkPay],
    ["detect_machine", checkDetectMachine],
    ["user_event", checkUserEvent],
]);
/** One SWML method, `{verb: argument}`, of any verb (or of those in `only`). */
export function checkMethod(value, path, only, expected = "a SWML method such as { hangup: {} }") {
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
    const out = {};
    setKey(out, verb, check(argument, `${path}.${verb}`));
    return out;
}
