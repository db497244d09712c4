# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""Checkers for every object, union and verb of the spec, each ``(value, path) -> JSON copy``.

A checker raises ``Invalid(path, value, expected)`` for the first fault it finds; the chaining
methods of ``SWML`` and ``FunctionResult`` turn that into ``InvalidArgumentError``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from swml_verbs._runtime import (
    MISSING,
    Invalid,
    Variant,
    as_list,
    as_object,
    at_step,
    first_of,
    index_of,
    is_list,
    is_number,
    is_var,
    join_values,
    json_copy,
    missing_key,
    pick_variant,
    unknown_keys,
)

_E_Beep: Final = {"true": "true", "false": "false", "onEnter": "onEnter", "onExit": "onExit"}
_E_CallStatus: Final = {
    "created": "created",
    "ringing": "ringing",
    "answered": "answered",
    "ended": "ended",
}
_E_CallbackEventType: Final = {"cxml": "cxml", "laml": "laml", "relay": "relay"}
_E_Codec: Final = {"PCMU": "PCMU", "PCMA": "PCMA"}
_E_ConversationRole: Final = {"user": "user", "assistant": "assistant", "system": "system"}
_E_Direction: Final = {"inbound": "inbound", "outbound": "outbound"}
_E_Emotion: Final = {
    "happy": "happy",
    "sad": "sad",
    "angry": "angry",
    "fearful": "fearful",
    "disgusted": "disgusted",
    "surprised": "surprised",
    "neutral": "neutral",
}
_E_EnableTextNormalization: Final = {
    "heard": "heard",
    "spoken": "spoken",
    "both": "both",
    "true": "true",
    "on": "on",
    "false": "false",
    "off": "off",
    "none": "none",
}
_E_Encryption: Final = {"mandatory": "mandatory", "optional": "optional", "forbidden": "forbidden"}
_E_Format: Final = {"wav": "wav", "mp3": "mp3", "mp4": "mp4"}
_E_HttpMethod: Final = {"GET": "GET", "POST": "POST"}
_E_Method: Final = {"GET": "GET", "POST": "POST", "PUT": "PUT", "DELETE": "DELETE"}
_E_PomFormat: Final = {"markdown": "markdown", "xml": "xml"}
_E_Reason: Final = {"hangup": "hangup", "busy": "busy", "decline": "decline"}
_E_Record: Final = {"do-not-record": "do-not-record", "record-from-start": "record-from-start"}
_E_RecordCallDirection: Final = {"speak": "speak", "listen": "listen", "both": "both"}
_E_RecordDirection: Final = {"speak": "speak", "listen": "listen"}
_E_RecordingStatusCallbackEvent: Final = {
    "in-progress": "in-progress",
    "completed": "completed",
    "absent": "absent",
}
_E_Region: Final = {"global": "global", "us": "us", "eu": "eu", "ch": "ch"}
_E_SWAIGNativeFunction: Final = {
    "check_time": "check_time",
    "wait_seconds": "wait_seconds",
    "wait_for_user": "wait_for_user",
    "adjust_response_latency": "adjust_response_latency",
}
_E_SpeechEngine: Final = {"deepgram": "deepgram", "google": "google"}
_E_StatusCallbackEvent: Final = {
    "start": "start",
    "end": "end",
    "join": "join",
    "leave": "leave",
    "mute": "mute",
    "hold": "hold",
    "modify": "modify",
    "speaker": "speaker",
    "announcement": "announcement",
}
_E_StatusUrlMethod: Final = {"GET": "GET", "POST": "POST"}
_E_StringFormat: Final = {
    "date_time": "date_time",
    "time": "time",
    "date": "date",
    "duration": "duration",
    "email": "email",
    "hostname": "hostname",
    "ipv4": "ipv4",
    "ipv6": "ipv6",
    "uri": "uri",
    "uuid": "uuid",
}
_E_SummaryMode: Final = {"string": "string", "original": "original"}
_E_TapDirection: Final = {"speak": "speak", "listen": "listen", "both": "both"}
_E_TokenType: Final = {"one-time": "one-time", "reusable": "reusable"}
_E_Tone: Final = {"CED": "CED", "CNG": "CNG"}
_E_Track: Final = {
    "inbound_track": "inbound_track",
    "outbound_track": "outbound_track",
    "both_tracks": "both_tracks",
}
_E_TranscribeDirection: Final = {"remote-caller": "remote-caller", "local-caller": "local-caller"}
_E_TranslateDirection: Final = {"remote-caller": "remote-caller", "local-caller": "local-caller"}
_E_TranslationFilterPreset: Final = {
    "polite": "polite",
    "rude": "rude",
    "professional": "professional",
    "shakespeare": "shakespeare",
    "gen-z": "gen-z",
}
_E_Trim: Final = {"trim-silence": "trim-silence", "do-not-trim": "do-not-trim"}
_E_TtsNumberFormat: Final = {"international": "international", "national": "national"}
_E_VoiceId: Final = {
    "tiffany": "tiffany",
    "matthew": "matthew",
    "amy": "amy",
    "lupe": "lupe",
    "carlos": "carlos",
}
_J_RecordingStatusCallbackEvent: Final = re.compile(
    "(?:in\\-progress|completed|absent)(?:\\ (?:in\\-progress|completed|absent))*\\Z"
)
_J_StatusCallbackEvent: Final = re.compile(
    "(?:start|end|join|leave|mute|hold|modify|speaker|announcement)(?:\\ (?:start|end|join|leave|mute|hold|modify|speaker|announcement))*\\Z"
)
_KEYS_AIObject: Final = frozenset(
    {
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
    }
)
_KEYS_AIParams: Final = frozenset(
    {
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
    }
)
_KEYS_AIParams_1: Final = frozenset(
    {
        "acknowledge_interruptions",
        "ai_model",
        "ai_name",
        "ai_volume",
        "app_name",
        "asr_smart_format",
    }
)
_KEYS_AIParams_10: Final = frozenset(
    {
        "interrupt_on_noise",
        "interrupt_prompt",
        "languages_enabled",
        "llm_diarize_aware",
        "local_tz",
        "max_emotion",
    }
)
_KEYS_AIParams_11: Final = frozenset(
    {
        "max_response_tokens",
        "openai_asr_engine",
        "outbound_attention_timeout",
        "persist_global_data",
        "pom_format",
        "save_conversation",
    }
)
_KEYS_AIParams_12: Final = frozenset(
    {
        "speak_when_spoken_to",
        "speech_event_timeout",
        "speech_gen_quick_stops",
        "speech_timeout",
        "start_paused",
        "static_greeting",
    }
)
_KEYS_AIParams_13: Final = frozenset(
    {
        "static_greeting_no_barge",
        "summary_mode",
        "swaig_allow_settings",
        "swaig_allow_swml",
        "swaig_post_conversation",
        "swaig_set_global_data",
    }
)
_KEYS_AIParams_14: Final = frozenset(
    {
        "swaig_post_swml_vars",
        "thinking_model",
        "transfer_summary",
        "transparent_barge",
        "transparent_barge_max_time",
        "utility_model",
    }
)
_KEYS_AIParams_15: Final = frozenset(
    {
        "tts_number_format",
        "turn_detection_timeout",
        "turn_filler_every_n",
        "turn_filler_min_ms",
        "turn_filler_sources",
        "verbose_logs",
    }
)
_KEYS_AIParams_16: Final = frozenset(
    {
        "vad_config",
        "video_idle_file",
        "video_listening_file",
        "video_talking_file",
        "vision_model",
        "wait_for_user",
    }
)
_KEYS_AIParams_17: Final = frozenset(
    {"eleven_labs_similarity", "eleven_labs_stability", "wake_prefix"}
)
_KEYS_AIParams_2: Final = frozenset(
    {
        "asr_diarize",
        "asr_speaker_affinity",
        "attention_timeout",
        "attention_timeout_prompt",
        "audible_debug",
        "audible_latency",
    }
)
_KEYS_AIParams_3: Final = frozenset(
    {
        "background_file",
        "background_file_loops",
        "background_file_volume",
        "enable_barge",
        "enable_inner_dialog",
        "enable_pause",
    }
)
_KEYS_AIParams_4: Final = frozenset(
    {
        "barge_functions",
        "barge_match_string",
        "barge_min_words",
        "cache_mode",
        "conscience",
        "enable_turn_detection",
    }
)
_KEYS_AIParams_5: Final = frozenset(
    {
        "conversation_id",
        "conversation_sliding_window",
        "convo",
        "debug",
        "debug_webhook_level",
        "debug_webhook_url",
    }
)
_KEYS_AIParams_6: Final = frozenset(
    {
        "digit_terminators",
        "digit_timeout",
        "direction",
        "enable_accounting",
        "enable_thinking",
        "end_of_speech_timeout",
    }
)
_KEYS_AIParams_7: Final = frozenset(
    {
        "auto_correct",
        "enable_text_normalization",
        "enable_vision",
        "energy_level",
        "first_word_timeout",
        "redact_prompt",
    }
)
_KEYS_AIParams_8: Final = frozenset(
    {
        "function_wait_for_talking",
        "functions_on_no_response",
        "hard_stop_prompt",
        "hard_stop_time",
        "hold_music",
        "hold_on_process",
    }
)
_KEYS_AIParams_9: Final = frozenset(
    {
        "inactivity_timeout",
        "initial_sleep_ms",
        "inner_dialog_model",
        "inner_dialog_prompt",
        "inner_dialog_synced",
        "input_poll_freq",
    }
)
_KEYS_AIPostPromptPom: Final = frozenset(
    {
        "confidence",
        "frequency_penalty",
        "max_tokens",
        "pom",
        "presence_penalty",
        "temperature",
        "top_p",
    }
)
_KEYS_AIPostPromptText: Final = frozenset(
    {
        "confidence",
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "temperature",
        "text",
        "top_p",
    }
)
_KEYS_AIPromptPom: Final = frozenset(
    {
        "confidence",
        "contexts",
        "frequency_penalty",
        "max_tokens",
        "pom",
        "presence_penalty",
        "temperature",
        "top_p",
    }
)
_KEYS_AIPromptText: Final = frozenset(
    {
        "confidence",
        "contexts",
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "temperature",
        "text",
        "top_p",
    }
)
_KEYS_AISidecarArrayParam: Final = frozenset({"description", "items", "type"})
_KEYS_AISidecarBooleanParam: Final = frozenset({"default", "description", "type"})
_KEYS_AISidecarFunctionParameters: Final = frozenset({"properties", "required", "type"})
_KEYS_AISidecarIntegerParam: Final = frozenset({"default", "description", "enum", "type"})
_KEYS_AISidecarNumberParam: Final = frozenset({"default", "description", "enum", "type"})
_KEYS_AISidecarObject: Final = frozenset(
    {
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
    }
)
_KEYS_AISidecarObjectParam: Final = frozenset({"description", "properties", "required", "type"})
_KEYS_AISidecarParams: Final = frozenset(
    {
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
    }
)
_KEYS_AISidecarParams_1: Final = frozenset(
    {
        "act_on_channel",
        "final_summary",
        "idle_timeout_ms",
        "max_history_tokens",
        "max_iters_per_tick",
        "min_interval_ms",
    }
)
_KEYS_AISidecarParams_2: Final = frozenset(
    {
        "ai_summary",
        "ai_summary_prompt",
        "live_events",
        "speech_engine",
        "summary_model",
        "verbose_utterances",
    }
)
_KEYS_AISidecarParams_3: Final = frozenset(
    {"debug", "debug_level", "speech_timeout", "transcribe_prompt", "vad_silence_ms", "vad_thresh"}
)
_KEYS_AISidecarPermissions: Final = frozenset(
    {"swaig_allow_settings", "swaig_allow_swml", "swaig_set_global_data"}
)
_KEYS_AISidecarPromptFile: Final = frozenset({"file"})
_KEYS_AISidecarPromptPom: Final = frozenset({"pom"})
_KEYS_AISidecarPromptText: Final = frozenset({"text"})
_KEYS_AISidecarSWAIG: Final = frozenset({"defaults", "functions", "mcp_servers"})
_KEYS_AISidecarSWAIGDefaults: Final = frozenset(
    {"web_hook_auth_password", "web_hook_auth_user", "web_hook_url"}
)
_KEYS_AISidecarSWAIGFunction: Final = frozenset(
    {
        "description",
        "function",
        "parameters",
        "purpose",
        "web_hook_auth_password",
        "web_hook_auth_user",
        "web_hook_url",
    }
)
_KEYS_AISidecarStringParam: Final = frozenset({"default", "description", "enum", "type"})
_KEYS_AISidecarSummarizeAction: Final = frozenset({"summarize"})
_KEYS_AISidecarSummarizeActionSummarize: Final = frozenset({"prompt", "webhook"})
_KEYS_AddDynamicHintsAction: Final = frozenset({"add_dynamic_hints"})
_KEYS_AllOfProperty: Final = frozenset({"allOf"})
_KEYS_AmazonBedrockObject: Final = frozenset(
    {"SWAIG", "global_data", "params", "post_prompt", "post_prompt_url", "prompt"}
)
_KEYS_Answer: Final = frozenset({"codecs", "max_duration", "password", "username"})
_KEYS_AnyOfProperty: Final = frozenset({"anyOf"})
_KEYS_ArrayProperty: Final = frozenset({"default", "description", "items", "nullable", "type"})
_KEYS_BedrockDataMap: Final = frozenset({"expressions", "output", "webhooks"})
_KEYS_BedrockExpression: Final = frozenset({"output", "pattern", "string"})
_KEYS_BedrockOutput: Final = frozenset({"action", "response"})
_KEYS_BedrockParams: Final = frozenset(
    {
        "attention_timeout",
        "hard_stop_prompt",
        "hard_stop_time",
        "inactivity_timeout",
        "video_idle_file",
        "video_listening_file",
        "video_talking_file",
    }
)
_KEYS_BedrockSWAIG: Final = frozenset({"defaults", "functions"})
_KEYS_BedrockSWAIGFunction1: Final = frozenset(
    {
        "active",
        "data_map",
        "description",
        "function",
        "meta_data",
        "meta_data_token",
        "parameters",
        "web_hook_url",
    }
)
_KEYS_BedrockSWAIGFunction2: Final = frozenset(
    {
        "active",
        "data_map",
        "description",
        "function",
        "meta_data",
        "meta_data_token",
        "parameters",
        "web_hook_url",
    }
)
_KEYS_BedrockSWAIGFunction3: Final = frozenset(
    {
        "active",
        "data_map",
        "description",
        "function",
        "meta_data",
        "meta_data_token",
        "parameters",
        "web_hook_url",
    }
)
_KEYS_BedrockSWAIGFunction4: Final = frozenset(
    {
        "active",
        "data_map",
        "description",
        "function",
        "meta_data",
        "meta_data_token",
        "parameters",
        "web_hook_url",
    }
)
_KEYS_BedrockWebhook: Final = frozenset(
    {
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
    }
)
_KEYS_BooleanProperty: Final = frozenset({"default", "description", "nullable", "type"})
_KEYS_ChangeContextAction: Final = frozenset({"change_context"})
_KEYS_ChangeStepAction: Final = frozenset({"change_step"})
_KEYS_ChangeVoiceAction: Final = frozenset({"change_voice"})
_KEYS_ClearDynamicHints: Final = frozenset[str]()
_KEYS_ClearDynamicHintsAction: Final = frozenset({"clear_dynamic_hints"})
_KEYS_CondElse: Final = frozenset({"else"})
_KEYS_CondReg: Final = frozenset({"else", "then", "when"})
_KEYS_ConnectDestination: Final = frozenset(
    {
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
    }
)
_KEYS_ConnectDestination_1: Final = frozenset(
    {"codecs", "from", "from_name", "headers", "session_timeout", "webrtc_media"}
)
_KEYS_ConnectDestination_2: Final = frozenset(
    {"call_state_events", "call_state_url", "confirm", "password", "timeout", "username"}
)
_KEYS_ConnectDestination_3: Final = frozenset(
    {"codec", "confirm_timeout", "encryption", "name", "realtime", "status_url_method"}
)
_KEYS_ConnectDestination_4: Final = frozenset({"authorization_bearer_token", "custom_parameters"})
_KEYS_ConnectDeviceParallel: Final = frozenset(
    {
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
    }
)
_KEYS_ConnectDeviceParallel_1: Final = frozenset(
    {"codecs", "from", "from_name", "headers", "session_timeout", "webrtc_media"}
)
_KEYS_ConnectDeviceParallel_2: Final = frozenset(
    {"answer_on_bridge", "confirm", "max_duration", "result", "ringback", "timeout"}
)
_KEYS_ConnectDeviceParallel_3: Final = frozenset(
    {
        "call_state_events",
        "call_state_url",
        "confirm_timeout",
        "encryption",
        "status_url",
        "transfer_after_bridge",
    }
)
_KEYS_ConnectDeviceSerial: Final = frozenset(
    {
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
    }
)
_KEYS_ConnectDeviceSerialParallel: Final = frozenset(
    {
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
    }
)
_KEYS_ConnectDeviceSerialParallel_1: Final = frozenset(
    {"codecs", "from", "from_name", "headers", "session_timeout", "webrtc_media"}
)
_KEYS_ConnectDeviceSerialParallel_2: Final = frozenset(
    {"answer_on_bridge", "confirm", "max_duration", "result", "ringback", "timeout"}
)
_KEYS_ConnectDeviceSerialParallel_3: Final = frozenset(
    {
        "call_state_events",
        "call_state_url",
        "confirm_timeout",
        "encryption",
        "status_url",
        "transfer_after_bridge",
    }
)
_KEYS_ConnectDeviceSerial_1: Final = frozenset(
    {"codecs", "from", "from_name", "headers", "session_timeout", "webrtc_media"}
)
_KEYS_ConnectDeviceSerial_2: Final = frozenset(
    {"answer_on_bridge", "confirm", "max_duration", "result", "ringback", "timeout"}
)
_KEYS_ConnectDeviceSerial_3: Final = frozenset(
    {
        "call_state_events",
        "call_state_url",
        "confirm_timeout",
        "encryption",
        "status_url",
        "transfer_after_bridge",
    }
)
_KEYS_ConnectDeviceSingle: Final = frozenset(
    {
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
    }
)
_KEYS_ConnectDeviceSingle_1: Final = frozenset(
    {"codecs", "from", "from_name", "headers", "session_timeout", "webrtc_media"}
)
_KEYS_ConnectDeviceSingle_2: Final = frozenset(
    {"answer_on_bridge", "confirm", "max_duration", "result", "ringback", "timeout"}
)
_KEYS_ConnectDeviceSingle_3: Final = frozenset(
    {
        "call_state_events",
        "call_state_url",
        "confirm_timeout",
        "encryption",
        "status_url",
        "transfer_after_bridge",
    }
)
_KEYS_ConnectDeviceSingle_4: Final = frozenset(
    {"codec", "name", "password", "realtime", "status_url_method", "username"}
)
_KEYS_ConnectDeviceSingle_5: Final = frozenset({"authorization_bearer_token", "custom_parameters"})
_KEYS_ConnectHeaders: Final = frozenset({"name", "value"})
_KEYS_ConnectSwitch: Final = frozenset({"case", "default", "variable"})
_KEYS_ConstProperty: Final = frozenset({"const"})
_KEYS_ContextPOMSteps: Final = frozenset(
    {
        "end",
        "functions",
        "name",
        "pom",
        "skip_user_turn",
        "step_criteria",
        "valid_contexts",
        "valid_steps",
    }
)
_KEYS_ContextSwitch: Final = frozenset(
    {"consolidate", "full_reset", "system_prompt", "user_prompt"}
)
_KEYS_ContextSwitchAction: Final = frozenset({"context_switch"})
_KEYS_ContextTextSteps: Final = frozenset(
    {
        "end",
        "functions",
        "name",
        "skip_user_turn",
        "step_criteria",
        "text",
        "valid_contexts",
        "valid_steps",
    }
)
_KEYS_Contexts: Final = frozenset({"default"})
_KEYS_ContextsPOMObject: Final = frozenset(
    {"enter_fillers", "exit_fillers", "isolated", "pom", "steps"}
)
_KEYS_ContextsTextObject: Final = frozenset(
    {"enter_fillers", "exit_fillers", "isolated", "steps", "text"}
)
_KEYS_ConversationMessage: Final = frozenset({"content", "lang", "role"})
_KEYS_DataMap: Final = frozenset({"expressions", "output", "webhooks"})
_KEYS_Denoise: Final = frozenset[str]()
_KEYS_DetectMachine: Final = frozenset(
    {
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
    }
)
_KEYS_DynamicHint: Final = frozenset({"ignore_case", "pattern", "replace"})
_KEYS_EndOfSpeechTimeoutAction: Final = frozenset({"end_of_speech_timeout"})
_KEYS_EnterQueueObject: Final = frozenset(
    {"queue_name", "status_url", "transfer_after_bridge", "wait_time", "wait_url"}
)
_KEYS_Execute: Final = frozenset({"dest", "meta", "on_return", "params", "result"})
_KEYS_ExecuteRpc: Final = frozenset({"call_id", "method", "node_id", "params"})
_KEYS_ExecuteSwitch: Final = frozenset({"case", "default", "variable"})
_KEYS_Expression: Final = frozenset({"output", "pattern", "string"})
_KEYS_ExtensiveDataAction: Final = frozenset({"extensive_data"})
_KEYS_Foreach: Final = frozenset({"append", "input_key", "max", "output_key"})
_KEYS_FunctionFillers: Final = frozenset(
    {
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
    }
)
_KEYS_FunctionFillers_1: Final = frozenset({"auto", "bg", "ca", "default", "zh", "zh-CN"})
_KEYS_FunctionFillers_10: Final = frozenset({"uk", "vi"})
_KEYS_FunctionFillers_2: Final = frozenset({"cs", "da", "zh-HK", "zh-Hans", "zh-Hant", "zh-TW"})
_KEYS_FunctionFillers_3: Final = frozenset({"da-DK", "en", "en-GB", "en-NZ", "en-US", "nl"})
_KEYS_FunctionFillers_4: Final = frozenset({"en-AU", "en-IN", "et", "fi", "fr", "nl-BE"})
_KEYS_FunctionFillers_5: Final = frozenset({"de", "de-CH", "el", "fr-CA", "hi", "hu"})
_KEYS_FunctionFillers_6: Final = frozenset({"id", "it", "ja", "ko", "ko-KR", "lv"})
_KEYS_FunctionFillers_7: Final = frozenset({"lt", "ms", "multi", "no", "pl", "pt"})
_KEYS_FunctionFillers_8: Final = frozenset({"es", "pt-BR", "pt-PT", "ro", "ru", "sk"})
_KEYS_FunctionFillers_9: Final = frozenset({"es-419", "sv", "sv-SE", "th", "th-TH", "tr"})
_KEYS_FunctionParameters: Final = frozenset({"properties", "required", "type"})
_KEYS_FunctionsOnSpeakerTimeoutAction: Final = frozenset({"functions_on_speaker_timeout"})
_KEYS_Goto: Final = frozenset({"label", "max", "when"})
_KEYS_HangUpHookSWAIGFunction: Final = frozenset(
    {
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
    }
)
_KEYS_HangUpHookSWAIGFunction_1: Final = frozenset(
    {"active", "argument", "fillers", "meta_data", "parameters", "purpose"}
)
_KEYS_HangUpHookSWAIGFunction_2: Final = frozenset(
    {"data_map", "meta_data_token", "skip_fillers", "wait_file", "wait_file_loops", "web_hook_url"}
)
_KEYS_Hangup: Final = frozenset({"reason"})
_KEYS_HangupAction: Final = frozenset({"hangup"})
_KEYS_Hint: Final = frozenset({"hint", "ignore_case", "pattern", "replace"})
_KEYS_Hold: Final = frozenset({"timeout"})
_KEYS_HoldAction: Final = frozenset({"hold"})
_KEYS_Inject: Final = frozenset({"direction", "message"})
_KEYS_InjectAction: Final = frozenset({"inject"})
_KEYS_IntegerProperty: Final = frozenset({"default", "description", "enum", "nullable", "type"})
_KEYS_JoinConference: Final = frozenset(
    {
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
    }
)
_KEYS_JoinConferenceStream: Final = frozenset(
    {
        "authorization_bearer_token",
        "codec",
        "custom_parameters",
        "name",
        "realtime",
        "status_url",
        "status_url_method",
        "url",
    }
)
_KEYS_JoinConference_1: Final = frozenset(
    {"beep", "end_on_exit", "max_participants", "muted", "start_on_enter", "wait_url"}
)
_KEYS_JoinConference_2: Final = frozenset(
    {"coach", "record", "region", "status_callback_event", "status_callback_event_type", "trim"}
)
_KEYS_JoinConference_3: Final = frozenset(
    {
        "recording_status_callback",
        "recording_status_callback_event",
        "recording_status_callback_event_type",
        "recording_status_callback_method",
        "status_callback",
        "status_callback_method",
    }
)
_KEYS_JoinConference_4: Final = frozenset({"result", "stream"})
_KEYS_JoinRoom: Final = frozenset({"name"})
_KEYS_LanguageParams: Final = frozenset(
    {"emotion", "pitch", "similarity", "speakingRate", "speed", "stability", "temperature", "vol"}
)
_KEYS_Languages: Final = frozenset(
    {
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
    }
)
_KEYS_LiveTranscribe: Final = frozenset({"action"})
_KEYS_LiveTranslate: Final = frozenset({"action"})
_KEYS_MCPServer: Final = frozenset({"headers", "resource_vars", "resources", "url"})
_KEYS_Multilingual: Final = frozenset(
    {
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
    }
)
_KEYS_MultilingualLanguage: Final = frozenset({"engine", "language", "model", "params", "voice"})
_KEYS_NullProperty: Final = frozenset({"description", "type"})
_KEYS_NumberProperty: Final = frozenset({"default", "description", "enum", "nullable", "type"})
_KEYS_ObjectProperty: Final = frozenset(
    {"default", "description", "nullable", "properties", "required", "type"}
)
_KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps: Final = frozenset(
    {
        "confidence",
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "temperature",
        "text",
        "top_p",
    }
)
_KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps: Final = frozenset(
    {
        "confidence",
        "frequency_penalty",
        "max_tokens",
        "pom",
        "presence_penalty",
        "temperature",
        "top_p",
    }
)
_KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps: Final = frozenset(
    {
        "confidence",
        "frequency_penalty",
        "max_tokens",
        "pom",
        "presence_penalty",
        "temperature",
        "top_p",
        "voice_id",
    }
)
_KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps: Final = frozenset(
    {
        "confidence",
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "temperature",
        "text",
        "top_p",
        "voice_id",
    }
)
_KEYS_OneOfProperty: Final = frozenset({"oneOf"})
_KEYS_Output: Final = frozenset({"action", "post_process", "response"})
_KEYS_Pay: Final = frozenset(
    {
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
    }
)
_KEYS_PayParameters: Final = frozenset({"name", "value"})
_KEYS_PayPromptPlayAction: Final = frozenset({"phrase", "type"})
_KEYS_PayPromptSayAction: Final = frozenset({"phrase", "type"})
_KEYS_PayPrompts: Final = frozenset({"actions", "attempts", "card_type", "error_type", "for"})
_KEYS_Pay_1: Final = frozenset(
    {"charge_amount", "currency", "description", "input", "language", "max_attempts"}
)
_KEYS_Pay_2: Final = frozenset(
    {
        "min_postal_code_length",
        "parameters",
        "payment_method",
        "postal_code",
        "prompts",
        "security_code",
    }
)
_KEYS_Pay_3: Final = frozenset({"status_url", "timeout", "token_type", "valid_card_types", "voice"})
_KEYS_PlayWithURL: Final = frozenset(
    {"auto_answer", "say_gender", "say_language", "say_voice", "status_url", "url", "volume"}
)
_KEYS_PlayWithURLS: Final = frozenset(
    {"auto_answer", "say_gender", "say_language", "say_voice", "status_url", "urls", "volume"}
)
_KEYS_PlaybackBGAction: Final = frozenset({"playback_bg"})
_KEYS_PlaybackBg: Final = frozenset({"file", "wait"})
_KEYS_PomSectionBodyContent: Final = frozenset(
    {"body", "bullets", "numbered", "numberedBullets", "subsections", "title"}
)
_KEYS_PomSectionBulletsContent: Final = frozenset(
    {"body", "bullets", "numbered", "numberedBullets", "subsections", "title"}
)
_KEYS_Prompt: Final = frozenset(
    {
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
    }
)
_KEYS_Prompt_1: Final = frozenset(
    {"max_digits", "say_gender", "say_language", "say_voice", "terminators", "volume"}
)
_KEYS_Prompt_2: Final = frozenset(
    {
        "digit_timeout",
        "initial_timeout",
        "speech_end_timeout",
        "speech_hints",
        "speech_language",
        "speech_timeout",
    }
)
_KEYS_Prompt_3: Final = frozenset({"speech_engine", "status_url"})
_KEYS_Pronounce: Final = frozenset({"ignore_case", "replace", "with"})
_KEYS_ReceiveFax: Final = frozenset({"status_url"})
_KEYS_RecordArgument: Final = frozenset(
    {
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
    }
)
_KEYS_RecordCall: Final = frozenset(
    {
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
    }
)
_KEYS_ReplaceInHistoryAction: Final = frozenset({"replace_in_history"})
_KEYS_Request: Final = frozenset(
    {"body", "connect_timeout", "headers", "method", "save_variables", "timeout", "url"}
)
_KEYS_SMSWithBody: Final = frozenset(
    {"body", "from_number", "region", "status_callback", "tags", "to_number"}
)
_KEYS_SMSWithMedia: Final = frozenset(
    {"body", "from_number", "media", "region", "status_callback", "tags", "to_number"}
)
_KEYS_SWAIG: Final = frozenset(
    {"defaults", "functions", "includes", "internal_fillers", "mcp_servers", "native_functions"}
)
_KEYS_SWAIGDefaults: Final = frozenset({"web_hook_url"})
_KEYS_SWAIGIncludes: Final = frozenset({"functions", "meta_data", "url"})
_KEYS_SWAIGInternalFiller: Final = frozenset(
    {
        "adjust_response_latency",
        "change_context",
        "check_time",
        "get_ideal_strategy",
        "get_visual_input",
        "next_step",
        "pause_conversation",
        "wait_for_user",
        "wait_seconds",
    }
)
_KEYS_SWMLAction: Final = frozenset({"SWML", "transfer"})
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})
_KEYS_SayAction: Final = frozenset({"say"})
_KEYS_Section: Final = frozenset({"main"})
_KEYS_SendDigits: Final = frozenset({"digits"})
_KEYS_SendFax: Final = frozenset({"document", "header_info", "identity", "status_url"})
_KEYS_SetGlobalDataAction: Final = frozenset({"set_global_data"})
_KEYS_SetMetaDataAction: Final = frozenset({"set_meta_data"})
_KEYS_Settings: Final = frozenset(
    {
        "barge-confidence",
        "confidence",
        "frequency-penalty",
        "max-tokens",
        "presence-penalty",
        "temperature",
        "top-p",
    }
)
_KEYS_SettingsAction: Final = frozenset({"settings"})
_KEYS_SipRefer: Final = frozenset({"password", "status_url", "to_uri", "username"})
_KEYS_Sleep: Final = frozenset({"duration"})
_KEYS_SpeechEventTimeoutAction: Final = frozenset({"speech_event_timeout"})
_KEYS_StartAction: Final = frozenset({"start"})
_KEYS_StartActionStart: Final = frozenset(
    {
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
    }
)
_KEYS_StartActionStart_1: Final = frozenset(
    {"filter_from", "filter_to", "from_voice", "live_events", "to_voice", "webhook"}
)
_KEYS_StartActionStart_2: Final = frozenset(
    {"ai_summary", "debug_level", "speech_engine", "speech_timeout", "vad_silence_ms", "vad_thresh"}
)
_KEYS_StartUpHookSWAIGFunction: Final = frozenset(
    {
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
    }
)
_KEYS_StartUpHookSWAIGFunction_1: Final = frozenset(
    {"active", "argument", "fillers", "meta_data", "parameters", "purpose"}
)
_KEYS_StartUpHookSWAIGFunction_2: Final = frozenset(
    {"data_map", "meta_data_token", "skip_fillers", "wait_file", "wait_file_loops", "web_hook_url"}
)
_KEYS_StopAction: Final = frozenset({"stop"})
_KEYS_StopDenoise: Final = frozenset[str]()
_KEYS_StopPlaybackBGAction: Final = frozenset({"stop_playback_bg"})
_KEYS_StopRecordCall: Final = frozenset({"control_id"})
_KEYS_StopStream: Final = frozenset({"control_id"})
_KEYS_StopTap: Final = frozenset({"control_id"})
_KEYS_Stream: Final = frozenset(
    {
        "authorization_bearer_token",
        "codec",
        "control_id",
        "custom_parameters",
        "name",
        "status_url",
        "status_url_method",
        "track",
        "url",
    }
)
_KEYS_StringProperty: Final = frozenset(
    {"default", "description", "enum", "format", "nullable", "pattern", "type"}
)
_KEYS_SummarizeAction: Final = frozenset({"summarize"})
_KEYS_SummarizeActionSummarize: Final = frozenset({"prompt", "webhook"})
_KEYS_SummarizeConversationSWAIGFunction: Final = frozenset(
    {
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
    }
)
_KEYS_SummarizeConversationSWAIGFunction_1: Final = frozenset(
    {"active", "argument", "fillers", "meta_data", "parameters", "purpose"}
)
_KEYS_SummarizeConversationSWAIGFunction_2: Final = frozenset(
    {"data_map", "meta_data_token", "skip_fillers", "wait_file", "wait_file_loops", "web_hook_url"}
)
_KEYS_SwaigToolResult: Final = frozenset({"tool_prompt", "tool_result"})
_KEYS_Switch: Final = frozenset({"case", "default", "variable"})
_KEYS_SwitchArgument: Final = frozenset({"case", "default", "variable"})
_KEYS_Tap: Final = frozenset({"codec", "control_id", "direction", "rtp_ptime", "status_url", "uri"})
_KEYS_ToggleFunctionsAction: Final = frozenset({"toggle_functions"})
_KEYS_ToggleFunctionsItem: Final = frozenset({"active", "function"})
_KEYS_Transcribe: Final = frozenset({"status_url"})
_KEYS_TranscribeStartAction: Final = frozenset({"start"})
_KEYS_TranscribeStartActionStart: Final = frozenset(
    {
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
    }
)
_KEYS_TranscribeStop: Final = frozenset[str]()
_KEYS_TranscribeSummarizeAction: Final = frozenset({"summarize"})
_KEYS_TranscribeSummarizeActionSummarize: Final = frozenset({"prompt", "webhook"})
_KEYS_Transfer: Final = frozenset({"dest", "meta", "params"})
_KEYS_TurnFillers: Final = frozenset(
    {
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
    }
)
_KEYS_TurnFillers_1: Final = frozenset({"bg", "ca", "default", "zh", "zh-CN", "zh-Hans"})
_KEYS_TurnFillers_2: Final = frozenset({"cs", "da", "da-DK", "zh-HK", "zh-Hant", "zh-TW"})
_KEYS_TurnFillers_3: Final = frozenset({"en", "en-GB", "en-IN", "en-NZ", "en-US", "nl"})
_KEYS_TurnFillers_4: Final = frozenset({"en-AU", "et", "fi", "fr", "fr-CA", "nl-BE"})
_KEYS_TurnFillers_5: Final = frozenset({"de", "de-CH", "el", "hi", "hu", "id"})
_KEYS_TurnFillers_6: Final = frozenset({"it", "ja", "ko", "ko-KR", "lt", "lv"})
_KEYS_TurnFillers_7: Final = frozenset({"ms", "multi", "no", "pl", "pt", "pt-BR"})
_KEYS_TurnFillers_8: Final = frozenset({"es", "es-419", "pt-PT", "ro", "ru", "sk"})
_KEYS_TurnFillers_9: Final = frozenset({"sv", "sv-SE", "th", "th-TH", "tr", "uk"})
_KEYS_UnsetGlobalData: Final = frozenset[str]()
_KEYS_UnsetGlobalDataAction: Final = frozenset({"unset_global_data"})
_KEYS_UnsetMetaData: Final = frozenset[str]()
_KEYS_UnsetMetaDataAction: Final = frozenset({"unset_meta_data"})
_KEYS_UserEvent: Final = frozenset({"event"})
_KEYS_UserInputAction: Final = frozenset({"user_input"})
_KEYS_UserSWAIGFunction: Final = frozenset(
    {
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
    }
)
_KEYS_UserSWAIGFunction_1: Final = frozenset(
    {"active", "argument", "fillers", "meta_data", "parameters", "purpose"}
)
_KEYS_UserSWAIGFunction_2: Final = frozenset(
    {"data_map", "meta_data_token", "skip_fillers", "wait_file", "wait_file_loops", "web_hook_url"}
)
_KEYS_WaitForUserAction: Final = frozenset({"wait_for_user"})
_KEYS_Webhook: Final = frozenset(
    {
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
    }
)
_ONLY_ConnectDestination_confirm_list_item: Final = frozenset(
    {
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
    }
)
_RE_0: Final = re.compile("\\A(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?\\Z")
_RE_1: Final = re.compile(
    "[^\\t-\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]"
)
_RE_2: Final = re.compile("\\A(?!next\\Z)[^\\n\\r\\u2028\\u2029]*\\Z")
_RE_3: Final = re.compile("\\A(http|https)://")
_RE_4: Final = re.compile(
    "\\A(http://[^\\n\\r\\u2028\\u2029]*|https://[^\\n\\r\\u2028\\u2029]*|ring: ?[.0-9]*: ?[A-Za-z]{2}|say: ?[^\\n\\r\\u2028\\u2029]*|silence: ?[.0-9]*|ring: ?[A-Za-z]{2})\\Z"
)
_RE_5: Final = re.compile("\\Aprompt:[^\\n\\r\\u2028\\u2029]+\\Z")
_URL_HTTP_HTTPS: Final = re.compile("https?://[^\\s/?#]\\S*\\Z")
_URL_WSS: Final = re.compile("wss://[^\\s/?#]\\S*\\Z")


# Checks #/$defs/AIObject
def check_AIObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AIObject object")
    out: dict[str, Any] = {}
    x = v.get("prompt", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_AIObject, path, "prompt", "an AIPromptText object or an AIPromptPom object"
        )
    out["prompt"] = _AIPromptText_or_AIPromptPom(x, path + ".prompt")
    if len(v) > 1:
        x = v.get("global_data", MISSING)
        if x is not MISSING:
            out["global_data"] = _map_of_any(x, path + ".global_data")
        x = v.get("hints", MISSING)
        if x is not MISSING:
            out["hints"] = _list_of_str_or_Hint(x, path + ".hints")
        x = v.get("languages", MISSING)
        if x is not MISSING:
            out["languages"] = _list_of_Languages(x, path + ".languages")
        x = v.get("multilingual", MISSING)
        if x is not MISSING:
            out["multilingual"] = check_Multilingual(x, path + ".multilingual")
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = check_AIParams(x, path + ".params")
        x = v.get("post_prompt", MISSING)
        if x is not MISSING:
            out["post_prompt"] = _AIPostPromptText_or_AIPostPromptPom(x, path + ".post_prompt")
        x = v.get("post_prompt_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".post_prompt_url", x, "a string")
            out["post_prompt_url"] = x
        x = v.get("pronounce", MISSING)
        if x is not MISSING:
            out["pronounce"] = _list_of_Pronounce(x, path + ".pronounce")
        x = v.get("SWAIG", MISSING)
        if x is not MISSING:
            out["SWAIG"] = check_SWAIG(x, path + ".SWAIG")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AIObject, path)
    return out


# Checks #/$defs/AIParams
def check_AIParams(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AIParams object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    if v:
        if not given.isdisjoint(_KEYS_AIParams_1):
            x = v.get("acknowledge_interruptions", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".acknowledge_interruptions",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["acknowledge_interruptions"] = x
            x = v.get("ai_model", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".ai_model",
                        x,
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    )
                out["ai_model"] = x
            x = v.get("ai_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".ai_name", x, "a string")
                out["ai_name"] = x
            x = v.get("ai_volume", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and -50 <= x <= 50) or is_var(x)):
                    raise Invalid(
                        path + ".ai_volume",
                        x,
                        "an integer from -50 to 50 or a SWML variable such as '${name}'",
                    )
                out["ai_volume"] = x
            x = v.get("app_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".app_name", x, "a string")
                out["app_name"] = x
            x = v.get("asr_smart_format", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".asr_smart_format",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["asr_smart_format"] = x
        if not given.isdisjoint(_KEYS_AIParams_2):
            x = v.get("attention_timeout", MISSING)
            if x is not MISSING:
                if not (
                    (type(x) is int and 10000 <= x <= 600000)
                    or (type(x) in (int, float) and x == 0)
                    or is_var(x)
                ):
                    raise Invalid(
                        path + ".attention_timeout",
                        x,
                        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
                    )
                out["attention_timeout"] = x
            x = v.get("attention_timeout_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".attention_timeout_prompt", x, "a string")
                out["attention_timeout_prompt"] = x
            x = v.get("asr_diarize", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".asr_diarize",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["asr_diarize"] = x
            x = v.get("asr_speaker_affinity", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".asr_speaker_affinity",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["asr_speaker_affinity"] = x
            x = v.get("audible_debug", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".audible_debug",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["audible_debug"] = x
            x = v.get("audible_latency", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".audible_latency",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["audible_latency"] = x
        if not given.isdisjoint(_KEYS_AIParams_3):
            x = v.get("background_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".background_file", x, "a string")
                out["background_file"] = x
            x = v.get("background_file_loops", MISSING)
            if x is not MISSING:
                if not (type(x) is int or x is None or is_var(x)):
                    raise Invalid(
                        path + ".background_file_loops",
                        x,
                        "an integer or None or a SWML variable such as '${name}'",
                    )
                out["background_file_loops"] = x
            x = v.get("background_file_volume", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and -50 <= x <= 50) or is_var(x)):
                    raise Invalid(
                        path + ".background_file_volume",
                        x,
                        "an integer from -50 to 50 or a SWML variable such as '${name}'",
                    )
                out["background_file_volume"] = x
            x = v.get("enable_barge", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) or (x is True or x is False)):
                    raise Invalid(
                        path + ".enable_barge",
                        x,
                        "a string or True or False or a SWML variable such as '${name}'",
                    )
                out["enable_barge"] = x
            x = v.get("enable_inner_dialog", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".enable_inner_dialog",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["enable_inner_dialog"] = x
            x = v.get("enable_pause", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".enable_pause",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["enable_pause"] = x
        if not given.isdisjoint(_KEYS_AIParams_4):
            x = v.get("enable_turn_detection", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".enable_turn_detection",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["enable_turn_detection"] = x
            x = v.get("barge_match_string", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".barge_match_string", x, "a string")
                out["barge_match_string"] = x
            x = v.get("barge_min_words", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 1 <= x <= 99) or is_var(x)):
                    raise Invalid(
                        path + ".barge_min_words",
                        x,
                        "an integer from 1 to 99 or a SWML variable such as '${name}'",
                    )
                out["barge_min_words"] = x
            x = v.get("barge_functions", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".barge_functions",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["barge_functions"] = x
            x = v.get("cache_mode", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".cache_mode",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["cache_mode"] = x
            x = v.get("conscience", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".conscience", x, "a string")
                out["conscience"] = x
        if not given.isdisjoint(_KEYS_AIParams_5):
            x = v.get("convo", MISSING)
            if x is not MISSING:
                out["convo"] = _list_of_ConversationMessage(x, path + ".convo")
            x = v.get("conversation_id", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".conversation_id", x, "a string")
                out["conversation_id"] = x
            x = v.get("conversation_sliding_window", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".conversation_sliding_window",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["conversation_sliding_window"] = x
            x = v.get("debug_webhook_level", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 2) or is_var(x)):
                    raise Invalid(
                        path + ".debug_webhook_level",
                        x,
                        "an integer from 0 to 2 or a SWML variable such as '${name}'",
                    )
                out["debug_webhook_level"] = x
            x = v.get("debug_webhook_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".debug_webhook_url", x, "a string")
                out["debug_webhook_url"] = x
            x = v.get("debug", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".debug",
                        x,
                        "True or False or an integer or a SWML variable such as '${name}'",
                    )
                out["debug"] = x
        if not given.isdisjoint(_KEYS_AIParams_6):
            x = v.get("direction", MISSING)
            if x is not MISSING:
                if not ((isinstance(x, str) and x in _E_Direction) or is_var(x)):
                    raise Invalid(
                        path + ".direction",
                        x,
                        "one of 'inbound', 'outbound' (or a Direction member) or a SWML variable such as '${name}'",
                    )
                out["direction"] = str(x) if isinstance(x, str) else x
            x = v.get("digit_terminators", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".digit_terminators", x, "a string")
                out["digit_terminators"] = x
            x = v.get("digit_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 30000) or is_var(x)):
                    raise Invalid(
                        path + ".digit_timeout",
                        x,
                        "an integer from 0 to 30000 or a SWML variable such as '${name}'",
                    )
                out["digit_timeout"] = x
            x = v.get("end_of_speech_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 250 <= x <= 10000) or is_var(x)):
                    raise Invalid(
                        path + ".end_of_speech_timeout",
                        x,
                        "an integer from 250 to 10000 or a SWML variable such as '${name}'",
                    )
                out["end_of_speech_timeout"] = x
            x = v.get("enable_accounting", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".enable_accounting",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["enable_accounting"] = x
            x = v.get("enable_thinking", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".enable_thinking",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["enable_thinking"] = x
        if not given.isdisjoint(_KEYS_AIParams_7):
            x = v.get("enable_text_normalization", MISSING)
            if x is not MISSING:
                if not ((isinstance(x, str) and x in _E_EnableTextNormalization) or is_var(x)):
                    raise Invalid(
                        path + ".enable_text_normalization",
                        x,
                        "one of 'heard', 'spoken', 'both', 'true', 'on', 'false', 'off', 'none' (or an EnableTextNormalization member) or a SWML variable such as '${name}'",
                    )
                out["enable_text_normalization"] = str(x) if isinstance(x, str) else x
            x = v.get("auto_correct", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".auto_correct",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["auto_correct"] = x
            x = v.get("redact_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".redact_prompt", x, "a string")
                out["redact_prompt"] = x
            x = v.get("enable_vision", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".enable_vision",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["enable_vision"] = x
            x = v.get("energy_level", MISSING)
            if x is not MISSING:
                if not ((is_number(x) and 0 <= x <= 100) or is_var(x)):
                    raise Invalid(
                        path + ".energy_level",
                        x,
                        "a number from 0 to 100 or a SWML variable such as '${name}'",
                    )
                out["energy_level"] = x
            x = v.get("first_word_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 10000) or is_var(x)):
                    raise Invalid(
                        path + ".first_word_timeout",
                        x,
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    )
                out["first_word_timeout"] = x
        if not given.isdisjoint(_KEYS_AIParams_8):
            x = v.get("function_wait_for_talking", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".function_wait_for_talking",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["function_wait_for_talking"] = x
            x = v.get("functions_on_no_response", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".functions_on_no_response",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["functions_on_no_response"] = x
            x = v.get("hard_stop_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".hard_stop_prompt", x, "a string")
                out["hard_stop_prompt"] = x
            x = v.get("hard_stop_time", MISSING)
            if x is not MISSING:
                if not ((isinstance(x, str) and _RE_0.search(x) is not None) or is_var(x)):
                    raise Invalid(
                        path + ".hard_stop_time",
                        x,
                        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
                    )
                out["hard_stop_time"] = x
            x = v.get("hold_music", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".hold_music", x, "a string")
                out["hold_music"] = x
            x = v.get("hold_on_process", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".hold_on_process",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["hold_on_process"] = x
        if not given.isdisjoint(_KEYS_AIParams_9):
            x = v.get("inactivity_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 10000 <= x <= 3600000) or is_var(x)):
                    raise Invalid(
                        path + ".inactivity_timeout",
                        x,
                        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
                    )
                out["inactivity_timeout"] = x
            x = v.get("inner_dialog_model", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".inner_dialog_model",
                        x,
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    )
                out["inner_dialog_model"] = x
            x = v.get("inner_dialog_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".inner_dialog_prompt", x, "a string")
                out["inner_dialog_prompt"] = x
            x = v.get("inner_dialog_synced", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".inner_dialog_synced",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["inner_dialog_synced"] = x
            x = v.get("initial_sleep_ms", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 300000) or is_var(x)):
                    raise Invalid(
                        path + ".initial_sleep_ms",
                        x,
                        "an integer from 0 to 300000 or a SWML variable such as '${name}'",
                    )
                out["initial_sleep_ms"] = x
            x = v.get("input_poll_freq", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 1000 <= x <= 10000) or is_var(x)):
                    raise Invalid(
                        path + ".input_poll_freq",
                        x,
                        "an integer from 1000 to 10000 or a SWML variable such as '${name}'",
                    )
                out["input_poll_freq"] = x
        if not given.isdisjoint(_KEYS_AIParams_10):
            x = v.get("interrupt_on_noise", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".interrupt_on_noise",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["interrupt_on_noise"] = x
            x = v.get("interrupt_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".interrupt_prompt", x, "a string")
                out["interrupt_prompt"] = x
            x = v.get("languages_enabled", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".languages_enabled",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["languages_enabled"] = x
            x = v.get("local_tz", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".local_tz", x, "a string")
                out["local_tz"] = x
            x = v.get("llm_diarize_aware", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".llm_diarize_aware",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["llm_diarize_aware"] = x
            x = v.get("max_emotion", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 1 <= x <= 30) or is_var(x)):
                    raise Invalid(
                        path + ".max_emotion",
                        x,
                        "an integer from 1 to 30 or a SWML variable such as '${name}'",
                    )
                out["max_emotion"] = x
        if not given.isdisjoint(_KEYS_AIParams_11):
            x = v.get("max_response_tokens", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 1 <= x <= 16384) or is_var(x)):
                    raise Invalid(
                        path + ".max_response_tokens",
                        x,
                        "an integer from 1 to 16384 or a SWML variable such as '${name}'",
                    )
                out["max_response_tokens"] = x
            x = v.get("openai_asr_engine", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".openai_asr_engine", x, "a string")
                out["openai_asr_engine"] = x
            x = v.get("outbound_attention_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 10000 <= x <= 600000) or is_var(x)):
                    raise Invalid(
                        path + ".outbound_attention_timeout",
                        x,
                        "an integer from 10000 to 600000 or a SWML variable such as '${name}'",
                    )
                out["outbound_attention_timeout"] = x
            x = v.get("persist_global_data", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".persist_global_data",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["persist_global_data"] = x
            x = v.get("pom_format", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_PomFormat):
                    raise Invalid(
                        path + ".pom_format", x, "one of 'markdown', 'xml' (or a PomFormat member)"
                    )
                out["pom_format"] = _E_PomFormat[x]
            x = v.get("save_conversation", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".save_conversation",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["save_conversation"] = x
        if not given.isdisjoint(_KEYS_AIParams_12):
            x = v.get("speech_event_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 10000) or is_var(x)):
                    raise Invalid(
                        path + ".speech_event_timeout",
                        x,
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    )
                out["speech_event_timeout"] = x
            x = v.get("speech_gen_quick_stops", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 10) or is_var(x)):
                    raise Invalid(
                        path + ".speech_gen_quick_stops",
                        x,
                        "an integer from 0 to 10 or a SWML variable such as '${name}'",
                    )
                out["speech_gen_quick_stops"] = x
            x = v.get("speech_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 600000) or is_var(x)):
                    raise Invalid(
                        path + ".speech_timeout",
                        x,
                        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
                    )
                out["speech_timeout"] = x
            x = v.get("speak_when_spoken_to", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".speak_when_spoken_to",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["speak_when_spoken_to"] = x
            x = v.get("start_paused", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".start_paused",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["start_paused"] = x
            x = v.get("static_greeting", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".static_greeting", x, "a string")
                out["static_greeting"] = x
        if not given.isdisjoint(_KEYS_AIParams_13):
            x = v.get("static_greeting_no_barge", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".static_greeting_no_barge",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["static_greeting_no_barge"] = x
            x = v.get("summary_mode", MISSING)
            if x is not MISSING:
                if not ((isinstance(x, str) and x in _E_SummaryMode) or is_var(x)):
                    raise Invalid(
                        path + ".summary_mode",
                        x,
                        "one of 'string', 'original' (or a SummaryMode member) or a SWML variable such as '${name}'",
                    )
                out["summary_mode"] = str(x) if isinstance(x, str) else x
            x = v.get("swaig_allow_settings", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".swaig_allow_settings",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["swaig_allow_settings"] = x
            x = v.get("swaig_allow_swml", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".swaig_allow_swml",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["swaig_allow_swml"] = x
            x = v.get("swaig_post_conversation", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".swaig_post_conversation",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["swaig_post_conversation"] = x
            x = v.get("swaig_set_global_data", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".swaig_set_global_data",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["swaig_set_global_data"] = x
        if not given.isdisjoint(_KEYS_AIParams_14):
            x = v.get("swaig_post_swml_vars", MISSING)
            if x is not MISSING:
                out["swaig_post_swml_vars"] = _bool_or_list_of_str_or_var(
                    x, path + ".swaig_post_swml_vars"
                )
            x = v.get("thinking_model", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".thinking_model",
                        x,
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    )
                out["thinking_model"] = x
            x = v.get("utility_model", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".utility_model",
                        x,
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    )
                out["utility_model"] = x
            x = v.get("transparent_barge", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".transparent_barge",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["transparent_barge"] = x
            x = v.get("transparent_barge_max_time", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 60000) or is_var(x)):
                    raise Invalid(
                        path + ".transparent_barge_max_time",
                        x,
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    )
                out["transparent_barge_max_time"] = x
            x = v.get("transfer_summary", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".transfer_summary",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["transfer_summary"] = x
        if not given.isdisjoint(_KEYS_AIParams_15):
            x = v.get("turn_detection_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 10000) or is_var(x)):
                    raise Invalid(
                        path + ".turn_detection_timeout",
                        x,
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    )
                out["turn_detection_timeout"] = x
            x = v.get("turn_filler_sources", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".turn_filler_sources",
                        x,
                        "a string or a SWML variable such as '${name}'",
                    )
                out["turn_filler_sources"] = x
            x = v.get("turn_filler_every_n", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 1) or is_var(x)):
                    raise Invalid(
                        path + ".turn_filler_every_n",
                        x,
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    )
                out["turn_filler_every_n"] = x
            x = v.get("turn_filler_min_ms", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 0) or is_var(x)):
                    raise Invalid(
                        path + ".turn_filler_min_ms",
                        x,
                        "an integer of at least 0 or a SWML variable such as '${name}'",
                    )
                out["turn_filler_min_ms"] = x
            x = v.get("tts_number_format", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_TtsNumberFormat):
                    raise Invalid(
                        path + ".tts_number_format",
                        x,
                        "one of 'international', 'national' (or a TtsNumberFormat member)",
                    )
                out["tts_number_format"] = _E_TtsNumberFormat[x]
            x = v.get("verbose_logs", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".verbose_logs",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["verbose_logs"] = x
        if not given.isdisjoint(_KEYS_AIParams_16):
            x = v.get("video_listening_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".video_listening_file", x, "a string")
                out["video_listening_file"] = x
            x = v.get("video_idle_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".video_idle_file", x, "a string")
                out["video_idle_file"] = x
            x = v.get("video_talking_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".video_talking_file", x, "a string")
                out["video_talking_file"] = x
            x = v.get("vision_model", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".vision_model",
                        x,
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    )
                out["vision_model"] = x
            x = v.get("vad_config", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".vad_config", x, "a string")
                out["vad_config"] = x
            x = v.get("wait_for_user", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".wait_for_user",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["wait_for_user"] = x
        if not given.isdisjoint(_KEYS_AIParams_17):
            x = v.get("wake_prefix", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".wake_prefix", x, "a string")
                out["wake_prefix"] = x
            x = v.get("eleven_labs_stability", MISSING)
            if x is not MISSING:
                if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                    raise Invalid(
                        path + ".eleven_labs_stability",
                        x,
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    )
                out["eleven_labs_stability"] = x
            x = v.get("eleven_labs_similarity", MISSING)
            if x is not MISSING:
                if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                    raise Invalid(
                        path + ".eleven_labs_similarity",
                        x,
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    )
                out["eleven_labs_similarity"] = x
    for key, item in v.items():
        if key in _KEYS_AIParams:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = json_copy(item, path + "." + str(key))
    return out


# Checks #/$defs/AIPostPromptPom
def check_AIPostPromptPom(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AIPostPromptPom object")
    out: dict[str, Any] = {}
    x = v.get("pom", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AIPostPromptPom,
            path,
            "pom",
            "a list of items that are each a POM value (at least 1 item)",
        )
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom")
    if len(v) > 1:
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AIPostPromptPom, path)
    return out


# Checks #/$defs/AIPostPromptText
def check_AIPostPromptText(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AIPostPromptText object")
    out: dict[str, Any] = {}
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AIPostPromptText, path, "text", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    if len(v) > 1:
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AIPostPromptText, path)
    return out


# Checks #/$defs/AIPromptPom
def check_AIPromptPom(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AIPromptPom object")
    out: dict[str, Any] = {}
    x = v.get("pom", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AIPromptPom,
            path,
            "pom",
            "a list of items that are each a POM value (at least 1 item)",
        )
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom")
    if len(v) > 1:
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
        x = v.get("contexts", MISSING)
        if x is not MISSING:
            out["contexts"] = check_Contexts(x, path + ".contexts")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AIPromptPom, path)
    return out


# Checks #/$defs/AIPromptText
def check_AIPromptText(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AIPromptText object")
    out: dict[str, Any] = {}
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AIPromptText, path, "text", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    if len(v) > 1:
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
        x = v.get("contexts", MISSING)
        if x is not MISSING:
            out["contexts"] = check_Contexts(x, path + ".contexts")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AIPromptText, path)
    return out


# Checks #/$defs/AISidecarArrayParam
def check_AISidecarArrayParam(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarArrayParam object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarArrayParam, path, "type", "'array'")
    if not (isinstance(x, str) and x == "array"):
        raise Invalid(path + ".type", x, "'array'")
    out["type"] = "array"
    x = v.get("items", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarArrayParam, path, "items", "an AISidecarParamProperty value")
    out["items"] = check_AISidecarParamProperty(x, path + ".items")
    x = v.get("description", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".description", x, "a string")
        out["description"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarArrayParam, path)
    return out


# Checks #/$defs/AISidecarBooleanParam
def check_AISidecarBooleanParam(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarBooleanParam object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarBooleanParam, path, "type", "'boolean'")
    if not (isinstance(x, str) and x == "boolean"):
        raise Invalid(path + ".type", x, "'boolean'")
    out["type"] = "boolean"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".default", x, "True or False")
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarBooleanParam, path)
    return out


# Checks #/$defs/AISidecarFunctionParameters
def check_AISidecarFunctionParameters(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "an AISidecarFunctionParameters object")
    )
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarFunctionParameters, path, "type", "'object'")
    if not (isinstance(x, str) and x == "object"):
        raise Invalid(path + ".type", x, "'object'")
    out["type"] = "object"
    x = v.get("properties", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AISidecarFunctionParameters,
            path,
            "properties",
            "a JSON object whose values are each an AISidecarParamProperty value",
        )
    out["properties"] = _map_of_AISidecarParamProperty(x, path + ".properties")
    x = v.get("required", MISSING)
    if x is not MISSING:
        out["required"] = _list_of_str(x, path + ".required")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarFunctionParameters, path)
    return out


# Checks #/$defs/AISidecarIntegerParam
def check_AISidecarIntegerParam(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarIntegerParam object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarIntegerParam, path, "type", "'integer'")
    if not (isinstance(x, str) and x == "integer"):
        raise Invalid(path + ".type", x, "'integer'")
    out["type"] = "integer"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("enum", MISSING)
        if x is not MISSING:
            out["enum"] = _list_of_int(x, path + ".enum")
        x = v.get("default", MISSING)
        if x is not MISSING:
            if type(x) is not int:
                raise Invalid(path + ".default", x, "an integer")
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarIntegerParam, path)
    return out


# Checks #/$defs/AISidecarNumberParam
def check_AISidecarNumberParam(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarNumberParam object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarNumberParam, path, "type", "'number'")
    if not (isinstance(x, str) and x == "number"):
        raise Invalid(path + ".type", x, "'number'")
    out["type"] = "number"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("enum", MISSING)
        if x is not MISSING:
            out["enum"] = _list_of_number(x, path + ".enum")
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not is_number(x):
                raise Invalid(path + ".default", x, "a number")
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarNumberParam, path)
    return out


# Checks #/$defs/AISidecarObject
def check_AISidecarObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarObject object")
    out: dict[str, Any] = {}
    x = v.get("lang", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AISidecarObject,
            path,
            "lang",
            "a string of at least 1 character or a SWML variable such as '${name}'",
        )
    if not ((isinstance(x, str) and len(x) >= 1) or is_var(x)):
        raise Invalid(
            path + ".lang",
            x,
            "a string of at least 1 character or a SWML variable such as '${name}'",
        )
    out["lang"] = x
    if len(v) > 1:
        x = v.get("prompt", MISSING)
        if x is not MISSING:
            out["prompt"] = _AISidecarObject_prompt(x, path + ".prompt")
        x = v.get("model", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(
                    path + ".model",
                    x,
                    "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                )
            out["model"] = x
        x = v.get("direction", MISSING)
        if x is not MISSING:
            out["direction"] = _list_of_TranscribeDirection(x, path + ".direction")
        x = v.get("customer_role", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_TranscribeDirection):
                raise Invalid(
                    path + ".customer_role",
                    x,
                    "one of 'remote-caller', 'local-caller' (or a TranscribeDirection member)",
                )
            out["customer_role"] = _E_TranscribeDirection[x]
        x = v.get("url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".url", x, "a string")
            out["url"] = x
        x = v.get("SWAIG", MISSING)
        if x is not MISSING:
            out["SWAIG"] = check_AISidecarSWAIG(x, path + ".SWAIG")
        x = v.get("permissions", MISSING)
        if x is not MISSING:
            out["permissions"] = check_AISidecarPermissions(x, path + ".permissions")
        x = v.get("global_data", MISSING)
        if x is not MISSING:
            out["global_data"] = _map_of_any(x, path + ".global_data")
        x = v.get("hints", MISSING)
        if x is not MISSING:
            out["hints"] = _AISidecarObject_hints(x, path + ".hints")
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = check_AISidecarParams(x, path + ".params")
        x = v.get("action", MISSING)
        if x is not MISSING:
            out["action"] = check_AISidecarSummarizeAction(x, path + ".action")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarObject, path)
    return out


# Checks #/$defs/AISidecarObjectParam
def check_AISidecarObjectParam(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarObjectParam object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarObjectParam, path, "type", "'object'")
    if not (isinstance(x, str) and x == "object"):
        raise Invalid(path + ".type", x, "'object'")
    out["type"] = "object"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("properties", MISSING)
        if x is not MISSING:
            out["properties"] = _map_of_AISidecarParamProperty(x, path + ".properties")
        x = v.get("required", MISSING)
        if x is not MISSING:
            out["required"] = _list_of_str(x, path + ".required")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarObjectParam, path)
    return out


# Checks #/$defs/AISidecarParams
def check_AISidecarParams(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarParams object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    if v:
        if not given.isdisjoint(_KEYS_AISidecarParams_1):
            x = v.get("idle_timeout_ms", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 50 <= x <= 5000) or is_var(x)):
                    raise Invalid(
                        path + ".idle_timeout_ms",
                        x,
                        "an integer from 50 to 5000 or a SWML variable such as '${name}'",
                    )
                out["idle_timeout_ms"] = x
            x = v.get("min_interval_ms", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 60000) or is_var(x)):
                    raise Invalid(
                        path + ".min_interval_ms",
                        x,
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    )
                out["min_interval_ms"] = x
            x = v.get("max_iters_per_tick", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 1 <= x <= 20) or is_var(x)):
                    raise Invalid(
                        path + ".max_iters_per_tick",
                        x,
                        "an integer from 1 to 20 or a SWML variable such as '${name}'",
                    )
                out["max_iters_per_tick"] = x
            x = v.get("max_history_tokens", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 1000 <= x <= 200000) or is_var(x)):
                    raise Invalid(
                        path + ".max_history_tokens",
                        x,
                        "an integer from 1000 to 200000 or a SWML variable such as '${name}'",
                    )
                out["max_history_tokens"] = x
            x = v.get("act_on_channel", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".act_on_channel",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["act_on_channel"] = x
            x = v.get("final_summary", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".final_summary",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["final_summary"] = x
        if not given.isdisjoint(_KEYS_AISidecarParams_2):
            x = v.get("ai_summary", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".ai_summary",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["ai_summary"] = x
            x = v.get("ai_summary_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".ai_summary_prompt", x, "a string")
                out["ai_summary_prompt"] = x
            x = v.get("summary_model", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".summary_model",
                        x,
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    )
                out["summary_model"] = x
            x = v.get("live_events", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".live_events",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["live_events"] = x
            x = v.get("verbose_utterances", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".verbose_utterances",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["verbose_utterances"] = x
            x = v.get("speech_engine", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_SpeechEngine):
                    raise Invalid(
                        path + ".speech_engine",
                        x,
                        "one of 'deepgram', 'google' (or a SpeechEngine member)",
                    )
                out["speech_engine"] = _E_SpeechEngine[x]
        if not given.isdisjoint(_KEYS_AISidecarParams_3):
            x = v.get("speech_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 600000) or is_var(x)):
                    raise Invalid(
                        path + ".speech_timeout",
                        x,
                        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
                    )
                out["speech_timeout"] = x
            x = v.get("vad_silence_ms", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 60000) or is_var(x)):
                    raise Invalid(
                        path + ".vad_silence_ms",
                        x,
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    )
                out["vad_silence_ms"] = x
            x = v.get("vad_thresh", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 10000) or is_var(x)):
                    raise Invalid(
                        path + ".vad_thresh",
                        x,
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    )
                out["vad_thresh"] = x
            x = v.get("debug_level", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 0 <= x <= 100) or is_var(x)):
                    raise Invalid(
                        path + ".debug_level",
                        x,
                        "an integer from 0 to 100 or a SWML variable such as '${name}'",
                    )
                out["debug_level"] = x
            x = v.get("debug", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".debug", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["debug"] = x
            x = v.get("transcribe_prompt", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".transcribe_prompt", x, "a string")
                out["transcribe_prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarParams, path)
    return out


# Checks #/$defs/AISidecarPermissions
def check_AISidecarPermissions(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarPermissions object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("swaig_allow_swml", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".swaig_allow_swml",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["swaig_allow_swml"] = x
        x = v.get("swaig_allow_settings", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".swaig_allow_settings",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["swaig_allow_settings"] = x
        x = v.get("swaig_set_global_data", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".swaig_set_global_data",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["swaig_set_global_data"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarPermissions, path)
    return out


# Checks #/$defs/AISidecarPromptFile
def check_AISidecarPromptFile(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarPromptFile object")
    out: dict[str, Any] = {}
    x = v.get("file", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarPromptFile, path, "file", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".file", x, "a string")
    out["file"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarPromptFile, path)
    return out


# Checks #/$defs/AISidecarPromptPom
def check_AISidecarPromptPom(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarPromptPom object")
    out: dict[str, Any] = {}
    x = v.get("pom", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AISidecarPromptPom,
            path,
            "pom",
            "a list of items that are each a POM value (at least 1 item)",
        )
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarPromptPom, path)
    return out


# Checks #/$defs/AISidecarPromptText
def check_AISidecarPromptText(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarPromptText object")
    out: dict[str, Any] = {}
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarPromptText, path, "text", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarPromptText, path)
    return out


# Checks #/$defs/AISidecarSWAIG
def check_AISidecarSWAIG(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarSWAIG object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("defaults", MISSING)
        if x is not MISSING:
            out["defaults"] = check_AISidecarSWAIGDefaults(x, path + ".defaults")
        x = v.get("functions", MISSING)
        if x is not MISSING:
            out["functions"] = _list_of_AISidecarSWAIGFunction(x, path + ".functions")
        x = v.get("mcp_servers", MISSING)
        if x is not MISSING:
            out["mcp_servers"] = _list_of_MCPServer(x, path + ".mcp_servers")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarSWAIG, path)
    return out


# Checks #/$defs/AISidecarSWAIGDefaults
def check_AISidecarSWAIGDefaults(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarSWAIGDefaults object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("web_hook_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_url", x, "a string")
            out["web_hook_url"] = x
        x = v.get("web_hook_auth_user", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_auth_user", x, "a string")
            out["web_hook_auth_user"] = x
        x = v.get("web_hook_auth_password", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_auth_password", x, "a string")
            out["web_hook_auth_password"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarSWAIGDefaults, path)
    return out


# Checks #/$defs/AISidecarSWAIGFunction
def check_AISidecarSWAIGFunction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarSWAIGFunction object")
    out: dict[str, Any] = {}
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarSWAIGFunction, path, "function", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".function", x, "a string")
    out["function"] = x
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("purpose", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".purpose", x, "a string")
            out["purpose"] = x
        x = v.get("parameters", MISSING)
        if x is not MISSING:
            out["parameters"] = check_AISidecarFunctionParameters(x, path + ".parameters")
        x = v.get("web_hook_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_url", x, "a string")
            out["web_hook_url"] = x
        x = v.get("web_hook_auth_user", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_auth_user", x, "a string")
            out["web_hook_auth_user"] = x
        x = v.get("web_hook_auth_password", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_auth_password", x, "a string")
            out["web_hook_auth_password"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarSWAIGFunction, path)
    return out


# Checks #/$defs/AISidecarStringParam
def check_AISidecarStringParam(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AISidecarStringParam object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_AISidecarStringParam, path, "type", "'string'")
    if not (isinstance(x, str) and x == "string"):
        raise Invalid(path + ".type", x, "'string'")
    out["type"] = "string"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("enum", MISSING)
        if x is not MISSING:
            out["enum"] = _list_of_str(x, path + ".enum")
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".default", x, "a string")
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarStringParam, path)
    return out


# Checks #/$defs/AISidecarSummarizeAction
def check_AISidecarSummarizeAction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "an AISidecarSummarizeAction object")
    )
    out: dict[str, Any] = {}
    x = v.get("summarize", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AISidecarSummarizeAction,
            path,
            "summarize",
            "an AISidecarSummarizeActionSummarize object",
        )
    out["summarize"] = check_AISidecarSummarizeActionSummarize(x, path + ".summarize")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarSummarizeAction, path)
    return out


# Checks #/$defs/AISidecarSummarizeAction/properties/summarize
def check_AISidecarSummarizeActionSummarize(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "an AISidecarSummarizeActionSummarize object")
    )
    out: dict[str, Any] = {}
    if v:
        x = v.get("webhook", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".webhook", x, "a string")
            out["webhook"] = x
        x = v.get("prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".prompt", x, "a string")
            out["prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AISidecarSummarizeActionSummarize, path)
    return out


# Checks #/$defs/AddDynamicHintsAction
def check_AddDynamicHintsAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AddDynamicHintsAction object")
    out: dict[str, Any] = {}
    x = v.get("add_dynamic_hints", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AddDynamicHintsAction,
            path,
            "add_dynamic_hints",
            "a list of items that are each a string or a DynamicHint object",
        )
    out["add_dynamic_hints"] = _list_of_str_or_DynamicHint(x, path + ".add_dynamic_hints")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AddDynamicHintsAction, path)
    return out


# Checks #/$defs/AllOfProperty
def check_AllOfProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AllOfProperty object")
    out: dict[str, Any] = {}
    x = v.get("allOf", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AllOfProperty,
            path,
            "allOf",
            "a list of items that are each a SchemaType value",
        )
    out["allOf"] = _list_of_SchemaType(x, path + ".allOf")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AllOfProperty, path)
    return out


# Checks #/$defs/AmazonBedrockObject
def check_AmazonBedrockObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AmazonBedrockObject object")
    out: dict[str, Any] = {}
    x = v.get("prompt", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AmazonBedrockObject,
            path,
            "prompt",
            "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
        )
    out["prompt"] = _AmazonBedrockObject_prompt(x, path + ".prompt")
    if len(v) > 1:
        x = v.get("global_data", MISSING)
        if x is not MISSING:
            out["global_data"] = _map_of_any(x, path + ".global_data")
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = check_BedrockParams(x, path + ".params")
        x = v.get("post_prompt", MISSING)
        if x is not MISSING:
            out["post_prompt"] = _AmazonBedrockObject_post_prompt(x, path + ".post_prompt")
        x = v.get("post_prompt_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".post_prompt_url", x, "a string")
            out["post_prompt_url"] = x
        x = v.get("SWAIG", MISSING)
        if x is not MISSING:
            out["SWAIG"] = check_BedrockSWAIG(x, path + ".SWAIG")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AmazonBedrockObject, path)
    return out


# Checks #/$defs/Answer/properties/answer
def check_Answer(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Answer object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("max_duration", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".max_duration", x, "an integer or a SWML variable such as '${name}'"
                )
            out["max_duration"] = x
        x = v.get("codecs", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".codecs", x, "a string")
            out["codecs"] = x
        x = v.get("username", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".username", x, "a string")
            out["username"] = x
        x = v.get("password", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".password", x, "a string")
            out["password"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Answer, path)
    return out


# Checks #/$defs/AnyOfProperty
def check_AnyOfProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an AnyOfProperty object")
    out: dict[str, Any] = {}
    x = v.get("anyOf", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_AnyOfProperty,
            path,
            "anyOf",
            "a list of items that are each a SchemaType value",
        )
    out["anyOf"] = _list_of_SchemaType(x, path + ".anyOf")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_AnyOfProperty, path)
    return out


# Checks #/$defs/ArrayProperty
def check_ArrayProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an ArrayProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ArrayProperty, path, "type", "'array'")
    if not (isinstance(x, str) and x == "array"):
        raise Invalid(path + ".type", x, "'array'")
    out["type"] = "array"
    x = v.get("items", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ArrayProperty, path, "items", "a SchemaType value")
    out["items"] = check_SchemaType(x, path + ".items")
    if len(v) > 2:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("nullable", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".nullable", x, "True or False or a SWML variable such as '${name}'"
                )
            out["nullable"] = x
        x = v.get("default", MISSING)
        if x is not MISSING:
            out["default"] = _list_of_any(x, path + ".default")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ArrayProperty, path)
    return out


# Checks #/$defs/BedrockDataMap
def check_BedrockDataMap(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockDataMap object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("output", MISSING)
        if x is not MISSING:
            out["output"] = check_BedrockOutput(x, path + ".output")
        x = v.get("expressions", MISSING)
        if x is not MISSING:
            out["expressions"] = _list_of_BedrockExpression(x, path + ".expressions")
        x = v.get("webhooks", MISSING)
        if x is not MISSING:
            out["webhooks"] = _list_of_BedrockWebhook(x, path + ".webhooks")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockDataMap, path)
    return out


# Checks #/$defs/BedrockExpression
def check_BedrockExpression(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockExpression object")
    out: dict[str, Any] = {}
    x = v.get("output", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockExpression, path, "output", "a BedrockOutput object")
    out["output"] = check_BedrockOutput(x, path + ".output")
    x = v.get("string", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockExpression, path, "string", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".string", x, "a string")
    out["string"] = x
    x = v.get("pattern", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockExpression, path, "pattern", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".pattern", x, "a string")
    out["pattern"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockExpression, path)
    return out


# Checks #/$defs/BedrockOutput
def check_BedrockOutput(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockOutput object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("response", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".response", x, "a string")
            out["response"] = x
        x = v.get("action", MISSING)
        if x is not MISSING:
            out["action"] = _BedrockOutput_action(x, path + ".action")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockOutput, path)
    return out


# Checks #/$defs/BedrockParams
def check_BedrockParams(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockParams object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("attention_timeout", MISSING)
        if x is not MISSING:
            if not (
                (type(x) is int and 10000 <= x <= 600000)
                or (type(x) in (int, float) and x == 0)
                or is_var(x)
            ):
                raise Invalid(
                    path + ".attention_timeout",
                    x,
                    "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
                )
            out["attention_timeout"] = x
        x = v.get("hard_stop_time", MISSING)
        if x is not MISSING:
            if not ((isinstance(x, str) and _RE_0.search(x) is not None) or is_var(x)):
                raise Invalid(
                    path + ".hard_stop_time",
                    x,
                    "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
                )
            out["hard_stop_time"] = x
        x = v.get("inactivity_timeout", MISSING)
        if x is not MISSING:
            if not ((type(x) is int and 10000 <= x <= 3600000) or is_var(x)):
                raise Invalid(
                    path + ".inactivity_timeout",
                    x,
                    "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
                )
            out["inactivity_timeout"] = x
        x = v.get("video_listening_file", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".video_listening_file", x, "a string")
            out["video_listening_file"] = x
        x = v.get("video_idle_file", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".video_idle_file", x, "a string")
            out["video_idle_file"] = x
        x = v.get("video_talking_file", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".video_talking_file", x, "a string")
            out["video_talking_file"] = x
        x = v.get("hard_stop_prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".hard_stop_prompt", x, "a string")
            out["hard_stop_prompt"] = x
    for key, item in v.items():
        if key in _KEYS_BedrockParams:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = json_copy(item, path + "." + str(key))
    return out


# Checks #/$defs/BedrockSWAIG
def check_BedrockSWAIG(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockSWAIG object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("functions", MISSING)
        if x is not MISSING:
            out["functions"] = _BedrockSWAIG_functions(x, path + ".functions")
        x = v.get("defaults", MISSING)
        if x is not MISSING:
            out["defaults"] = check_SWAIGDefaults(x, path + ".defaults")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockSWAIG, path)
    return out


# Checks #/$defs/BedrockSWAIGFunction/anyOf/0
def check_BedrockSWAIGFunction1(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockSWAIGFunction1 object")
    out: dict[str, Any] = {}
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction1, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction1, path, "function", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".function", x, "a string")
    out["function"] = x
    if len(v) > 2:
        x = v.get("parameters", MISSING)
        if x is not MISSING:
            out["parameters"] = check_FunctionParameters(x, path + ".parameters")
        x = v.get("active", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".active", x, "True or False or a SWML variable such as '${name}'"
                )
            out["active"] = x
        x = v.get("meta_data", MISSING)
        if x is not MISSING:
            out["meta_data"] = _map_of_any(x, path + ".meta_data")
        x = v.get("meta_data_token", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".meta_data_token", x, "a string")
            out["meta_data_token"] = x
        x = v.get("web_hook_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_url", x, "a string")
            out["web_hook_url"] = x
        x = v.get("data_map", MISSING)
        if x is not MISSING:
            out["data_map"] = check_BedrockDataMap(x, path + ".data_map")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockSWAIGFunction1, path)
    return out


# Checks #/$defs/BedrockSWAIGFunction/anyOf/1
def check_BedrockSWAIGFunction2(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockSWAIGFunction2 object")
    out: dict[str, Any] = {}
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction2, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction2, path, "function", "'startup_hook'")
    if not (isinstance(x, str) and x == "startup_hook"):
        raise Invalid(path + ".function", x, "'startup_hook'")
    out["function"] = "startup_hook"
    if len(v) > 2:
        x = v.get("parameters", MISSING)
        if x is not MISSING:
            out["parameters"] = check_FunctionParameters(x, path + ".parameters")
        x = v.get("active", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".active", x, "True or False or a SWML variable such as '${name}'"
                )
            out["active"] = x
        x = v.get("meta_data", MISSING)
        if x is not MISSING:
            out["meta_data"] = _map_of_any(x, path + ".meta_data")
        x = v.get("meta_data_token", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".meta_data_token", x, "a string")
            out["meta_data_token"] = x
        x = v.get("web_hook_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_url", x, "a string")
            out["web_hook_url"] = x
        x = v.get("data_map", MISSING)
        if x is not MISSING:
            out["data_map"] = check_BedrockDataMap(x, path + ".data_map")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockSWAIGFunction2, path)
    return out


# Checks #/$defs/BedrockSWAIGFunction/anyOf/2
def check_BedrockSWAIGFunction3(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockSWAIGFunction3 object")
    out: dict[str, Any] = {}
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction3, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction3, path, "function", "'hangup_hook'")
    if not (isinstance(x, str) and x == "hangup_hook"):
        raise Invalid(path + ".function", x, "'hangup_hook'")
    out["function"] = "hangup_hook"
    if len(v) > 2:
        x = v.get("parameters", MISSING)
        if x is not MISSING:
            out["parameters"] = check_FunctionParameters(x, path + ".parameters")
        x = v.get("active", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".active", x, "True or False or a SWML variable such as '${name}'"
                )
            out["active"] = x
        x = v.get("meta_data", MISSING)
        if x is not MISSING:
            out["meta_data"] = _map_of_any(x, path + ".meta_data")
        x = v.get("meta_data_token", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".meta_data_token", x, "a string")
            out["meta_data_token"] = x
        x = v.get("web_hook_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_url", x, "a string")
            out["web_hook_url"] = x
        x = v.get("data_map", MISSING)
        if x is not MISSING:
            out["data_map"] = check_BedrockDataMap(x, path + ".data_map")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockSWAIGFunction3, path)
    return out


# Checks #/$defs/BedrockSWAIGFunction/anyOf/3
def check_BedrockSWAIGFunction4(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockSWAIGFunction4 object")
    out: dict[str, Any] = {}
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction4, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockSWAIGFunction4, path, "function", "'summarize_conversation'")
    if not (isinstance(x, str) and x == "summarize_conversation"):
        raise Invalid(path + ".function", x, "'summarize_conversation'")
    out["function"] = "summarize_conversation"
    if len(v) > 2:
        x = v.get("parameters", MISSING)
        if x is not MISSING:
            out["parameters"] = check_FunctionParameters(x, path + ".parameters")
        x = v.get("active", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".active", x, "True or False or a SWML variable such as '${name}'"
                )
            out["active"] = x
        x = v.get("meta_data", MISSING)
        if x is not MISSING:
            out["meta_data"] = _map_of_any(x, path + ".meta_data")
        x = v.get("meta_data_token", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".meta_data_token", x, "a string")
            out["meta_data_token"] = x
        x = v.get("web_hook_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".web_hook_url", x, "a string")
            out["web_hook_url"] = x
        x = v.get("data_map", MISSING)
        if x is not MISSING:
            out["data_map"] = check_BedrockDataMap(x, path + ".data_map")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockSWAIGFunction4, path)
    return out


# Checks #/$defs/BedrockWebhook
def check_BedrockWebhook(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BedrockWebhook object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BedrockWebhook, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    if len(v) > 1:
        x = v.get("expressions", MISSING)
        if x is not MISSING:
            out["expressions"] = _list_of_BedrockExpression(x, path + ".expressions")
        x = v.get("output", MISSING)
        if x is not MISSING:
            out["output"] = check_BedrockOutput(x, path + ".output")
        x = v.get("error_keys", MISSING)
        if x is not MISSING:
            out["error_keys"] = _str_or_list_of_str(x, path + ".error_keys")
        x = v.get("foreach", MISSING)
        if x is not MISSING:
            out["foreach"] = check_Foreach(x, path + ".foreach")
        x = v.get("headers", MISSING)
        if x is not MISSING:
            out["headers"] = _map_of_any(x, path + ".headers")
        x = v.get("method", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Method):
                raise Invalid(
                    path + ".method",
                    x,
                    "one of 'GET', 'POST', 'PUT', 'DELETE' (or a Method member)",
                )
            out["method"] = _E_Method[x]
        x = v.get("input_args_as_params", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".input_args_as_params",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["input_args_as_params"] = x
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = _map_of_any(x, path + ".params")
        x = v.get("require_args", MISSING)
        if x is not MISSING:
            out["require_args"] = _str_or_list_of_str(x, path + ".require_args")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BedrockWebhook, path)
    return out


# Checks #/$defs/BooleanProperty
def check_BooleanProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a BooleanProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_BooleanProperty, path, "type", "'boolean'")
    if not (isinstance(x, str) and x == "boolean"):
        raise Invalid(path + ".type", x, "'boolean'")
    out["type"] = "boolean"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("nullable", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".nullable", x, "True or False or a SWML variable such as '${name}'"
                )
            out["nullable"] = x
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".default", x, "True or False or a SWML variable such as '${name}'"
                )
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_BooleanProperty, path)
    return out


# Checks #/$defs/ChangeContextAction
def check_ChangeContextAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ChangeContextAction object")
    out: dict[str, Any] = {}
    x = v.get("change_context", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ChangeContextAction, path, "change_context", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".change_context", x, "a string")
    out["change_context"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ChangeContextAction, path)
    return out


# Checks #/$defs/ChangeStepAction
def check_ChangeStepAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ChangeStepAction object")
    out: dict[str, Any] = {}
    x = v.get("change_step", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ChangeStepAction, path, "change_step", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".change_step", x, "a string")
    out["change_step"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ChangeStepAction, path)
    return out


# Checks #/$defs/ChangeVoiceAction
def check_ChangeVoiceAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ChangeVoiceAction object")
    out: dict[str, Any] = {}
    x = v.get("change_voice", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ChangeVoiceAction, path, "change_voice", "a non-blank string")
    if not (isinstance(x, str) and x.strip() != "" and _RE_1.search(x) is not None):
        raise Invalid(path + ".change_voice", x, "a non-blank string")
    out["change_voice"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ChangeVoiceAction, path)
    return out


# Checks #/$defs/ClearDynamicHintsAction/properties/clear_dynamic_hints
def check_ClearDynamicHints(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ClearDynamicHints object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ClearDynamicHints, path)
    return out


# Checks #/$defs/ClearDynamicHintsAction
def check_ClearDynamicHintsAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ClearDynamicHintsAction object")
    out: dict[str, Any] = {}
    x = v.get("clear_dynamic_hints", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ClearDynamicHintsAction,
            path,
            "clear_dynamic_hints",
            "a ClearDynamicHints object",
        )
    out["clear_dynamic_hints"] = check_ClearDynamicHints(x, path + ".clear_dynamic_hints")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ClearDynamicHintsAction, path)
    return out


# Checks #/$defs/CondElse
def check_CondElse(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a CondElse object")
    out: dict[str, Any] = {}
    x = v.get("else", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_CondElse, path, "else", "a list of SWML methods")
    out["else"] = _list_of_method(x, path + ".else")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_CondElse, path)
    return out


# Checks #/$defs/CondReg
def check_CondReg(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a CondReg object")
    out: dict[str, Any] = {}
    x = v.get("when", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_CondReg, path, "when", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".when", x, "a string")
    out["when"] = x
    x = v.get("then", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_CondReg, path, "then", "a list of SWML methods")
    out["then"] = _list_of_method(x, path + ".then")
    x = v.get("else", MISSING)
    if x is not MISSING:
        out["else"] = _list_of_method(x, path + ".else")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_CondReg, path)
    return out


# Checks #/$defs/ConnectDestination
def check_ConnectDestination(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConnectDestination object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("to", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ConnectDestination, path, "to", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to", x, "a string")
    out["to"] = x
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_ConnectDestination_1):
            x = v.get("from", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from", x, "a string")
                out["from"] = x
            x = v.get("from_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from_name", x, "a string")
                out["from_name"] = x
            x = v.get("headers", MISSING)
            if x is not MISSING:
                out["headers"] = _list_of_ConnectHeaders(x, path + ".headers")
            x = v.get("codecs", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codecs", x, "a string")
                out["codecs"] = x
            x = v.get("webrtc_media", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".webrtc_media",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["webrtc_media"] = x
            x = v.get("session_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 1) or is_var(x)):
                    raise Invalid(
                        path + ".session_timeout",
                        x,
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    )
                out["session_timeout"] = x
        if not given.isdisjoint(_KEYS_ConnectDestination_2):
            x = v.get("username", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".username", x, "a string")
                out["username"] = x
            x = v.get("password", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".password", x, "a string")
                out["password"] = x
            x = v.get("timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".timeout", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["timeout"] = x
            x = v.get("call_state_events", MISSING)
            if x is not MISSING:
                out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events")
            x = v.get("call_state_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".call_state_url", x, "a string")
                out["call_state_url"] = x
            x = v.get("confirm", MISSING)
            if x is not MISSING:
                out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm")
        if not given.isdisjoint(_KEYS_ConnectDestination_3):
            x = v.get("confirm_timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".confirm_timeout",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["confirm_timeout"] = x
            x = v.get("encryption", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Encryption):
                    raise Invalid(
                        path + ".encryption",
                        x,
                        "one of 'mandatory', 'optional', 'forbidden' (or an Encryption member)",
                    )
                out["encryption"] = _E_Encryption[x]
            x = v.get("name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".name", x, "a string")
                out["name"] = x
            x = v.get("codec", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codec", x, "a string")
                out["codec"] = x
            x = v.get("realtime", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".realtime", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["realtime"] = x
            x = v.get("status_url_method", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_StatusUrlMethod):
                    raise Invalid(
                        path + ".status_url_method",
                        x,
                        "one of 'GET', 'POST' (or a StatusUrlMethod member)",
                    )
                out["status_url_method"] = _E_StatusUrlMethod[x]
        if not given.isdisjoint(_KEYS_ConnectDestination_4):
            x = v.get("authorization_bearer_token", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".authorization_bearer_token", x, "a string")
                out["authorization_bearer_token"] = x
            x = v.get("custom_parameters", MISSING)
            if x is not MISSING:
                out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectDestination, path)
    return out


# Checks #/$defs/ConnectDeviceParallel
def check_ConnectDeviceParallel(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConnectDeviceParallel object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("parallel", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_ConnectDeviceParallel, path, "parallel", "a list of ConnectDestination objects"
        )
    out["parallel"] = _list_of_ConnectDestination(x, path + ".parallel")
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_ConnectDeviceParallel_1):
            x = v.get("from", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from", x, "a string")
                out["from"] = x
            x = v.get("from_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from_name", x, "a string")
                out["from_name"] = x
            x = v.get("headers", MISSING)
            if x is not MISSING:
                out["headers"] = _list_of_ConnectHeaders(x, path + ".headers")
            x = v.get("codecs", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codecs", x, "a string")
                out["codecs"] = x
            x = v.get("webrtc_media", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".webrtc_media",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["webrtc_media"] = x
            x = v.get("session_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 1) or is_var(x)):
                    raise Invalid(
                        path + ".session_timeout",
                        x,
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    )
                out["session_timeout"] = x
        if not given.isdisjoint(_KEYS_ConnectDeviceParallel_2):
            x = v.get("ringback", MISSING)
            if x is not MISSING:
                out["ringback"] = _list_of_str(x, path + ".ringback")
            x = v.get("result", MISSING)
            if x is not MISSING:
                out["result"] = _ConnectDeviceParallel_result(x, path + ".result")
            x = v.get("timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".timeout", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["timeout"] = x
            x = v.get("max_duration", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".max_duration", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["max_duration"] = x
            x = v.get("answer_on_bridge", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".answer_on_bridge",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["answer_on_bridge"] = x
            x = v.get("confirm", MISSING)
            if x is not MISSING:
                out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm")
        if not given.isdisjoint(_KEYS_ConnectDeviceParallel_3):
            x = v.get("confirm_timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".confirm_timeout",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["confirm_timeout"] = x
            x = v.get("encryption", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Encryption):
                    raise Invalid(
                        path + ".encryption",
                        x,
                        "one of 'mandatory', 'optional', 'forbidden' (or an Encryption member)",
                    )
                out["encryption"] = _E_Encryption[x]
            x = v.get("call_state_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".call_state_url", x, "a string")
                out["call_state_url"] = x
            x = v.get("transfer_after_bridge", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".transfer_after_bridge",
                        x,
                        "a string or a SWML variable such as '${name}'",
                    )
                out["transfer_after_bridge"] = x
            x = v.get("call_state_events", MISSING)
            if x is not MISSING:
                out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events")
            x = v.get("status_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".status_url", x, "a string")
                out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectDeviceParallel, path)
    return out


# Checks #/$defs/ConnectDeviceSerial
def check_ConnectDeviceSerial(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConnectDeviceSerial object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("serial", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_ConnectDeviceSerial, path, "serial", "a list of ConnectDestination objects"
        )
    out["serial"] = _list_of_ConnectDestination(x, path + ".serial")
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_ConnectDeviceSerial_1):
            x = v.get("from", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from", x, "a string")
                out["from"] = x
            x = v.get("from_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from_name", x, "a string")
                out["from_name"] = x
            x = v.get("headers", MISSING)
            if x is not MISSING:
                out["headers"] = _list_of_ConnectHeaders(x, path + ".headers")
            x = v.get("codecs", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codecs", x, "a string")
                out["codecs"] = x
            x = v.get("webrtc_media", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".webrtc_media",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["webrtc_media"] = x
            x = v.get("session_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 1) or is_var(x)):
                    raise Invalid(
                        path + ".session_timeout",
                        x,
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    )
                out["session_timeout"] = x
        if not given.isdisjoint(_KEYS_ConnectDeviceSerial_2):
            x = v.get("ringback", MISSING)
            if x is not MISSING:
                out["ringback"] = _list_of_str(x, path + ".ringback")
            x = v.get("result", MISSING)
            if x is not MISSING:
                out["result"] = _ConnectDeviceParallel_result(x, path + ".result")
            x = v.get("timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".timeout", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["timeout"] = x
            x = v.get("max_duration", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".max_duration", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["max_duration"] = x
            x = v.get("answer_on_bridge", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".answer_on_bridge",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["answer_on_bridge"] = x
            x = v.get("confirm", MISSING)
            if x is not MISSING:
                out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm")
        if not given.isdisjoint(_KEYS_ConnectDeviceSerial_3):
            x = v.get("confirm_timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".confirm_timeout",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["confirm_timeout"] = x
            x = v.get("encryption", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Encryption):
                    raise Invalid(
                        path + ".encryption",
                        x,
                        "one of 'mandatory', 'optional', 'forbidden' (or an Encryption member)",
                    )
                out["encryption"] = _E_Encryption[x]
            x = v.get("call_state_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".call_state_url", x, "a string")
                out["call_state_url"] = x
            x = v.get("transfer_after_bridge", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".transfer_after_bridge",
                        x,
                        "a string or a SWML variable such as '${name}'",
                    )
                out["transfer_after_bridge"] = x
            x = v.get("call_state_events", MISSING)
            if x is not MISSING:
                out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events")
            x = v.get("status_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".status_url", x, "a string")
                out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectDeviceSerial, path)
    return out


# Checks #/$defs/ConnectDeviceSerialParallel
def check_ConnectDeviceSerialParallel(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a ConnectDeviceSerialParallel object")
    )
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("serial_parallel", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ConnectDeviceSerialParallel,
            path,
            "serial_parallel",
            "a list of items that are each a list of ConnectDestination objects",
        )
    out["serial_parallel"] = _list_of_list_of_ConnectDestination(x, path + ".serial_parallel")
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_ConnectDeviceSerialParallel_1):
            x = v.get("from", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from", x, "a string")
                out["from"] = x
            x = v.get("from_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from_name", x, "a string")
                out["from_name"] = x
            x = v.get("headers", MISSING)
            if x is not MISSING:
                out["headers"] = _list_of_ConnectHeaders(x, path + ".headers")
            x = v.get("codecs", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codecs", x, "a string")
                out["codecs"] = x
            x = v.get("webrtc_media", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".webrtc_media",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["webrtc_media"] = x
            x = v.get("session_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 1) or is_var(x)):
                    raise Invalid(
                        path + ".session_timeout",
                        x,
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    )
                out["session_timeout"] = x
        if not given.isdisjoint(_KEYS_ConnectDeviceSerialParallel_2):
            x = v.get("ringback", MISSING)
            if x is not MISSING:
                out["ringback"] = _list_of_str(x, path + ".ringback")
            x = v.get("result", MISSING)
            if x is not MISSING:
                out["result"] = _ConnectDeviceParallel_result(x, path + ".result")
            x = v.get("timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".timeout", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["timeout"] = x
            x = v.get("max_duration", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".max_duration", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["max_duration"] = x
            x = v.get("answer_on_bridge", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".answer_on_bridge",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["answer_on_bridge"] = x
            x = v.get("confirm", MISSING)
            if x is not MISSING:
                out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm")
        if not given.isdisjoint(_KEYS_ConnectDeviceSerialParallel_3):
            x = v.get("confirm_timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".confirm_timeout",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["confirm_timeout"] = x
            x = v.get("encryption", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Encryption):
                    raise Invalid(
                        path + ".encryption",
                        x,
                        "one of 'mandatory', 'optional', 'forbidden' (or an Encryption member)",
                    )
                out["encryption"] = _E_Encryption[x]
            x = v.get("call_state_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".call_state_url", x, "a string")
                out["call_state_url"] = x
            x = v.get("transfer_after_bridge", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".transfer_after_bridge",
                        x,
                        "a string or a SWML variable such as '${name}'",
                    )
                out["transfer_after_bridge"] = x
            x = v.get("call_state_events", MISSING)
            if x is not MISSING:
                out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events")
            x = v.get("status_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".status_url", x, "a string")
                out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectDeviceSerialParallel, path)
    return out


# Checks #/$defs/ConnectDeviceSingle
def check_ConnectDeviceSingle(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConnectDeviceSingle object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("to", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ConnectDeviceSingle, path, "to", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to", x, "a string")
    out["to"] = x
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_ConnectDeviceSingle_1):
            x = v.get("from", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from", x, "a string")
                out["from"] = x
            x = v.get("from_name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from_name", x, "a string")
                out["from_name"] = x
            x = v.get("headers", MISSING)
            if x is not MISSING:
                out["headers"] = _list_of_ConnectHeaders(x, path + ".headers")
            x = v.get("codecs", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codecs", x, "a string")
                out["codecs"] = x
            x = v.get("webrtc_media", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".webrtc_media",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["webrtc_media"] = x
            x = v.get("session_timeout", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and x >= 1) or is_var(x)):
                    raise Invalid(
                        path + ".session_timeout",
                        x,
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    )
                out["session_timeout"] = x
        if not given.isdisjoint(_KEYS_ConnectDeviceSingle_2):
            x = v.get("ringback", MISSING)
            if x is not MISSING:
                out["ringback"] = _list_of_str(x, path + ".ringback")
            x = v.get("result", MISSING)
            if x is not MISSING:
                out["result"] = _ConnectDeviceParallel_result(x, path + ".result")
            x = v.get("timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".timeout", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["timeout"] = x
            x = v.get("max_duration", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".max_duration", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["max_duration"] = x
            x = v.get("answer_on_bridge", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".answer_on_bridge",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["answer_on_bridge"] = x
            x = v.get("confirm", MISSING)
            if x is not MISSING:
                out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm")
        if not given.isdisjoint(_KEYS_ConnectDeviceSingle_3):
            x = v.get("confirm_timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".confirm_timeout",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["confirm_timeout"] = x
            x = v.get("encryption", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Encryption):
                    raise Invalid(
                        path + ".encryption",
                        x,
                        "one of 'mandatory', 'optional', 'forbidden' (or an Encryption member)",
                    )
                out["encryption"] = _E_Encryption[x]
            x = v.get("call_state_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".call_state_url", x, "a string")
                out["call_state_url"] = x
            x = v.get("transfer_after_bridge", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(
                        path + ".transfer_after_bridge",
                        x,
                        "a string or a SWML variable such as '${name}'",
                    )
                out["transfer_after_bridge"] = x
            x = v.get("call_state_events", MISSING)
            if x is not MISSING:
                out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events")
            x = v.get("status_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".status_url", x, "a string")
                out["status_url"] = x
        if not given.isdisjoint(_KEYS_ConnectDeviceSingle_4):
            x = v.get("username", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".username", x, "a string")
                out["username"] = x
            x = v.get("password", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".password", x, "a string")
                out["password"] = x
            x = v.get("name", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".name", x, "a string")
                out["name"] = x
            x = v.get("codec", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".codec", x, "a string")
                out["codec"] = x
            x = v.get("realtime", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".realtime", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["realtime"] = x
            x = v.get("status_url_method", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_StatusUrlMethod):
                    raise Invalid(
                        path + ".status_url_method",
                        x,
                        "one of 'GET', 'POST' (or a StatusUrlMethod member)",
                    )
                out["status_url_method"] = _E_StatusUrlMethod[x]
        if not given.isdisjoint(_KEYS_ConnectDeviceSingle_5):
            x = v.get("authorization_bearer_token", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".authorization_bearer_token", x, "a string")
                out["authorization_bearer_token"] = x
            x = v.get("custom_parameters", MISSING)
            if x is not MISSING:
                out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectDeviceSingle, path)
    return out


# Checks #/$defs/ConnectHeaders
def check_ConnectHeaders(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConnectHeaders object")
    out: dict[str, Any] = {}
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ConnectHeaders, path, "name", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".name", x, "a string")
    out["name"] = x
    x = v.get("value", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ConnectHeaders, path, "value", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".value", x, "a string")
    out["value"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectHeaders, path)
    return out


# Checks #/$defs/ConnectSwitch
def check_ConnectSwitch(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConnectSwitch object")
    out: dict[str, Any] = {}
    x = v.get("case", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ConnectSwitch,
            path,
            "case",
            "a JSON object whose values are each a list of SWML methods",
        )
    out["case"] = _map_of_list_of_method(x, path + ".case")
    if len(v) > 1:
        x = v.get("variable", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".variable", x, "a string")
            out["variable"] = x
        x = v.get("default", MISSING)
        if x is not MISSING:
            out["default"] = _list_of_method(x, path + ".default")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConnectSwitch, path)
    return out


# Checks #/$defs/ConstProperty
def check_ConstProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConstProperty object")
    out: dict[str, Any] = {}
    x = v.get("const", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ConstProperty, path, "const", "any JSON value")
    out["const"] = json_copy(x, path + ".const")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConstProperty, path)
    return out


# Checks #/$defs/ContextPOMSteps
def check_ContextPOMSteps(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ContextPOMSteps object")
    out: dict[str, Any] = {}
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ContextPOMSteps, path, "name", "a name other than 'next'")
    if not (isinstance(x, str) and _RE_2.search(x) is not None):
        raise Invalid(path + ".name", x, "a name other than 'next'")
    out["name"] = x
    x = v.get("pom", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_ContextPOMSteps, path, "pom", "a list of items that are each a POM value"
        )
    out["pom"] = _list_of_POM(x, path + ".pom")
    if len(v) > 2:
        x = v.get("step_criteria", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".step_criteria", x, "a string")
            out["step_criteria"] = x
        x = v.get("functions", MISSING)
        if x is not MISSING:
            out["functions"] = _list_of_str(x, path + ".functions")
        x = v.get("valid_contexts", MISSING)
        if x is not MISSING:
            out["valid_contexts"] = _list_of_str(x, path + ".valid_contexts")
        x = v.get("skip_user_turn", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".skip_user_turn",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["skip_user_turn"] = x
        x = v.get("end", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".end", x, "True or False")
            out["end"] = x
        x = v.get("valid_steps", MISSING)
        if x is not MISSING:
            out["valid_steps"] = _list_of_str(x, path + ".valid_steps")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ContextPOMSteps, path)
    return out


# Checks #/$defs/ContextSwitchAction/properties/context_switch
def check_ContextSwitch(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ContextSwitch object")
    out: dict[str, Any] = {}
    x = v.get("system_prompt", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ContextSwitch, path, "system_prompt", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".system_prompt", x, "a string")
    out["system_prompt"] = x
    if len(v) > 1:
        x = v.get("consolidate", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".consolidate", x, "True or False or a SWML variable such as '${name}'"
                )
            out["consolidate"] = x
        x = v.get("user_prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".user_prompt", x, "a string")
            out["user_prompt"] = x
        x = v.get("full_reset", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".full_reset", x, "True or False or a SWML variable such as '${name}'"
                )
            out["full_reset"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ContextSwitch, path)
    return out


# Checks #/$defs/ContextSwitchAction
def check_ContextSwitchAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ContextSwitchAction object")
    out: dict[str, Any] = {}
    x = v.get("context_switch", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ContextSwitchAction, path, "context_switch", "a ContextSwitch object")
    out["context_switch"] = check_ContextSwitch(x, path + ".context_switch")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ContextSwitchAction, path)
    return out


# Checks #/$defs/ContextTextSteps
def check_ContextTextSteps(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ContextTextSteps object")
    out: dict[str, Any] = {}
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ContextTextSteps, path, "name", "a name other than 'next'")
    if not (isinstance(x, str) and _RE_2.search(x) is not None):
        raise Invalid(path + ".name", x, "a name other than 'next'")
    out["name"] = x
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ContextTextSteps, path, "text", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    if len(v) > 2:
        x = v.get("step_criteria", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".step_criteria", x, "a string")
            out["step_criteria"] = x
        x = v.get("functions", MISSING)
        if x is not MISSING:
            out["functions"] = _list_of_str(x, path + ".functions")
        x = v.get("valid_contexts", MISSING)
        if x is not MISSING:
            out["valid_contexts"] = _list_of_str(x, path + ".valid_contexts")
        x = v.get("skip_user_turn", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".skip_user_turn",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["skip_user_turn"] = x
        x = v.get("end", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".end", x, "True or False")
            out["end"] = x
        x = v.get("valid_steps", MISSING)
        if x is not MISSING:
            out["valid_steps"] = _list_of_str(x, path + ".valid_steps")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ContextTextSteps, path)
    return out


# Checks #/$defs/Contexts
def check_Contexts(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Contexts object")
    out: dict[str, Any] = {}
    x = v.get("default", MISSING)
    if x is MISSING:
        raise Invalid(
            path + ".default", MISSING, "a ContextsPOMObject object or a ContextsTextObject object"
        )
    out["default"] = _ContextsPOMObject_or_ContextsTextObject(x, path + ".default")
    for key, item in v.items():
        if key in _KEYS_Contexts:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = _ContextsPOMObject_or_ContextsTextObject(item, path + "." + str(key))
    return out


# Checks #/$defs/ContextsPOMObject
def check_ContextsPOMObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ContextsPOMObject object")
    out: dict[str, Any] = {}
    x = v.get("steps", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ContextsPOMObject,
            path,
            "steps",
            "a list of ContextPOMSteps or ContextTextSteps objects",
        )
    out["steps"] = _list_of_ContextPOMSteps_or_ContextTextSteps(x, path + ".steps")
    if len(v) > 1:
        x = v.get("isolated", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".isolated", x, "True or False")
            out["isolated"] = x
        x = v.get("enter_fillers", MISSING)
        if x is not MISSING:
            out["enter_fillers"] = check_FunctionFillers(x, path + ".enter_fillers")
        x = v.get("exit_fillers", MISSING)
        if x is not MISSING:
            out["exit_fillers"] = check_FunctionFillers(x, path + ".exit_fillers")
        x = v.get("pom", MISSING)
        if x is not MISSING:
            out["pom"] = _AIPostPromptPom_pom(x, path + ".pom")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ContextsPOMObject, path)
    return out


# Checks #/$defs/ContextsTextObject
def check_ContextsTextObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ContextsTextObject object")
    out: dict[str, Any] = {}
    x = v.get("steps", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ContextsTextObject,
            path,
            "steps",
            "a list of ContextPOMSteps or ContextTextSteps objects",
        )
    out["steps"] = _list_of_ContextPOMSteps_or_ContextTextSteps(x, path + ".steps")
    if len(v) > 1:
        x = v.get("isolated", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".isolated", x, "True or False")
            out["isolated"] = x
        x = v.get("enter_fillers", MISSING)
        if x is not MISSING:
            out["enter_fillers"] = check_FunctionFillers(x, path + ".enter_fillers")
        x = v.get("exit_fillers", MISSING)
        if x is not MISSING:
            out["exit_fillers"] = check_FunctionFillers(x, path + ".exit_fillers")
        x = v.get("text", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".text", x, "a string")
            out["text"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ContextsTextObject, path)
    return out


# Checks #/$defs/ConversationMessage
def check_ConversationMessage(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ConversationMessage object")
    out: dict[str, Any] = {}
    x = v.get("role", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ConversationMessage,
            path,
            "role",
            "one of 'user', 'assistant', 'system' (or a ConversationRole member)",
        )
    if not (isinstance(x, str) and x in _E_ConversationRole):
        raise Invalid(
            path + ".role", x, "one of 'user', 'assistant', 'system' (or a ConversationRole member)"
        )
    out["role"] = _E_ConversationRole[x]
    x = v.get("content", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ConversationMessage, path, "content", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".content", x, "a string")
    out["content"] = x
    x = v.get("lang", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".lang", x, "a string")
        out["lang"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ConversationMessage, path)
    return out


# Checks #/$defs/DataMap
def check_DataMap(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a DataMap object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("output", MISSING)
        if x is not MISSING:
            out["output"] = check_Output(x, path + ".output")
        x = v.get("expressions", MISSING)
        if x is not MISSING:
            out["expressions"] = _list_of_Expression(x, path + ".expressions")
        x = v.get("webhooks", MISSING)
        if x is not MISSING:
            out["webhooks"] = _list_of_Webhook(x, path + ".webhooks")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_DataMap, path)
    return out


# Checks #/$defs/Denoise/properties/denoise
def check_Denoise(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Denoise object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Denoise, path)
    return out


# Checks #/$defs/DetectMachine/properties/detect_machine
def check_DetectMachine(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a DetectMachine object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("detect_message_end", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".detect_message_end",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["detect_message_end"] = x
        x = v.get("detectors", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".detectors", x, "a string")
            out["detectors"] = x
        x = v.get("end_silence_timeout", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and x >= 0) or is_var(x)):
                raise Invalid(
                    path + ".end_silence_timeout",
                    x,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            out["end_silence_timeout"] = x
        x = v.get("initial_timeout", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and x >= 0) or is_var(x)):
                raise Invalid(
                    path + ".initial_timeout",
                    x,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            out["initial_timeout"] = x
        x = v.get("machine_ready_timeout", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and x >= 0) or is_var(x)):
                raise Invalid(
                    path + ".machine_ready_timeout",
                    x,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            out["machine_ready_timeout"] = x
        x = v.get("machine_voice_threshold", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and x >= 0) or is_var(x)):
                raise Invalid(
                    path + ".machine_voice_threshold",
                    x,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            out["machine_voice_threshold"] = x
        x = v.get("machine_words_threshold", MISSING)
        if x is not MISSING:
            if not ((type(x) is int and x >= 0) or is_var(x)):
                raise Invalid(
                    path + ".machine_words_threshold",
                    x,
                    "an integer of at least 0 or a SWML variable such as '${name}'",
                )
            out["machine_words_threshold"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
        x = v.get("timeout", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and x >= 0) or is_var(x)):
                raise Invalid(
                    path + ".timeout",
                    x,
                    "a number of at least 0 or a SWML variable such as '${name}'",
                )
            out["timeout"] = x
        x = v.get("tone", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Tone):
                raise Invalid(path + ".tone", x, "one of 'CED', 'CNG' (or a Tone member)")
            out["tone"] = _E_Tone[x]
        x = v.get("wait", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".wait", x, "True or False or a SWML variable such as '${name}'"
                )
            out["wait"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_DetectMachine, path)
    return out


# Checks #/$defs/DynamicHint
def check_DynamicHint(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a DynamicHint object")
    out: dict[str, Any] = {}
    x = v.get("pattern", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_DynamicHint, path, "pattern", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".pattern", x, "a string")
    out["pattern"] = x
    x = v.get("replace", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_DynamicHint, path, "replace", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".replace", x, "a string")
    out["replace"] = x
    x = v.get("ignore_case", MISSING)
    if x is not MISSING:
        if not ((x is True or x is False) or is_var(x)):
            raise Invalid(
                path + ".ignore_case", x, "True or False or a SWML variable such as '${name}'"
            )
        out["ignore_case"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_DynamicHint, path)
    return out


# Checks #/$defs/EndOfSpeechTimeoutAction
def check_EndOfSpeechTimeoutAction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "an EndOfSpeechTimeoutAction object")
    )
    out: dict[str, Any] = {}
    x = v.get("end_of_speech_timeout", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_EndOfSpeechTimeoutAction,
            path,
            "end_of_speech_timeout",
            "an integer from 250 to 10000 or a SWML variable such as '${name}'",
        )
    if not ((type(x) is int and 250 <= x <= 10000) or is_var(x)):
        raise Invalid(
            path + ".end_of_speech_timeout",
            x,
            "an integer from 250 to 10000 or a SWML variable such as '${name}'",
        )
    out["end_of_speech_timeout"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_EndOfSpeechTimeoutAction, path)
    return out


# Checks #/$defs/EnterQueueObject
def check_EnterQueueObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an EnterQueueObject object")
    out: dict[str, Any] = {}
    x = v.get("queue_name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_EnterQueueObject, path, "queue_name", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".queue_name", x, "a string")
    out["queue_name"] = x
    x = v.get("transfer_after_bridge", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_EnterQueueObject,
            path,
            "transfer_after_bridge",
            "a string or a SWML variable such as '${name}'",
        )
    if not isinstance(x, str):
        raise Invalid(
            path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'"
        )
    out["transfer_after_bridge"] = x
    if len(v) > 2:
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
        x = v.get("wait_url", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) or is_var(x)):
                raise Invalid(
                    path + ".wait_url", x, "a string or a SWML variable such as '${name}'"
                )
            out["wait_url"] = x
        x = v.get("wait_time", MISSING)
        if x is not MISSING:
            if not ((type(x) is int and x >= 1) or is_var(x)):
                raise Invalid(
                    path + ".wait_time",
                    x,
                    "an integer of at least 1 or a SWML variable such as '${name}'",
                )
            out["wait_time"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_EnterQueueObject, path)
    return out


# Checks #/$defs/Execute/properties/execute
def check_Execute(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Execute object")
    out: dict[str, Any] = {}
    x = v.get("dest", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Execute, path, "dest", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".dest", x, "a string")
    out["dest"] = x
    if len(v) > 1:
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = _map_of_any(x, path + ".params")
        x = v.get("meta", MISSING)
        if x is not MISSING:
            out["meta"] = _map_of_any(x, path + ".meta")
        x = v.get("on_return", MISSING)
        if x is not MISSING:
            out["on_return"] = _list_of_method(x, path + ".on_return")
        x = v.get("result", MISSING)
        if x is not MISSING:
            out["result"] = _Execute_result(x, path + ".result")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Execute, path)
    return out


# Checks #/$defs/ExecuteRPC/properties/execute_rpc
def check_ExecuteRpc(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an ExecuteRpc object")
    out: dict[str, Any] = {}
    x = v.get("method", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ExecuteRpc, path, "method", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".method", x, "a string")
    out["method"] = x
    if len(v) > 1:
        x = v.get("call_id", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".call_id", x, "a string")
            out["call_id"] = x
        x = v.get("node_id", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".node_id", x, "a string")
            out["node_id"] = x
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = _map_of_any(x, path + ".params")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ExecuteRpc, path)
    return out


# Checks #/$defs/ExecuteSwitch
def check_ExecuteSwitch(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an ExecuteSwitch object")
    out: dict[str, Any] = {}
    x = v.get("case", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ExecuteSwitch,
            path,
            "case",
            "a JSON object whose values are each a list of SWML methods",
        )
    out["case"] = _map_of_list_of_method(x, path + ".case")
    if len(v) > 1:
        x = v.get("variable", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".variable", x, "a string")
            out["variable"] = x
        x = v.get("default", MISSING)
        if x is not MISSING:
            out["default"] = _list_of_method(x, path + ".default")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ExecuteSwitch, path)
    return out


# Checks #/$defs/Expression
def check_Expression(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Expression object")
    out: dict[str, Any] = {}
    x = v.get("string", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Expression, path, "string", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".string", x, "a string")
    out["string"] = x
    x = v.get("pattern", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Expression, path, "pattern", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".pattern", x, "a string")
    out["pattern"] = x
    x = v.get("output", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Expression, path, "output", "an Output object")
    out["output"] = check_Output(x, path + ".output")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Expression, path)
    return out


# Checks #/$defs/ExtensiveDataAction
def check_ExtensiveDataAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an ExtensiveDataAction object")
    out: dict[str, Any] = {}
    x = v.get("extensive_data", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ExtensiveDataAction, path, "extensive_data", "True or False")
    if not (x is True or x is False):
        raise Invalid(path + ".extensive_data", x, "True or False")
    out["extensive_data"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ExtensiveDataAction, path)
    return out


# Checks #/$defs/Webhook/properties/foreach
def check_Foreach(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Foreach object")
    out: dict[str, Any] = {}
    x = v.get("input_key", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Foreach, path, "input_key", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".input_key", x, "a string")
    out["input_key"] = x
    x = v.get("output_key", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Foreach, path, "output_key", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".output_key", x, "a string")
    out["output_key"] = x
    x = v.get("append", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Foreach, path, "append", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".append", x, "a string")
    out["append"] = x
    x = v.get("max", MISSING)
    if x is not MISSING:
        if not (type(x) is int or is_var(x)):
            raise Invalid(path + ".max", x, "an integer or a SWML variable such as '${name}'")
        out["max"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Foreach, path)
    return out


# Checks #/$defs/FunctionFillers
def check_FunctionFillers(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a FunctionFillers object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    if v:
        if not given.isdisjoint(_KEYS_FunctionFillers_1):
            x = v.get("default", MISSING)
            if x is not MISSING:
                out["default"] = _list_of_str(x, path + ".default")
            x = v.get("auto", MISSING)
            if x is not MISSING:
                out["auto"] = _list_of_str(x, path + ".auto")
            x = v.get("bg", MISSING)
            if x is not MISSING:
                out["bg"] = _list_of_str(x, path + ".bg")
            x = v.get("ca", MISSING)
            if x is not MISSING:
                out["ca"] = _list_of_str(x, path + ".ca")
            x = v.get("zh", MISSING)
            if x is not MISSING:
                out["zh"] = _list_of_str(x, path + ".zh")
            x = v.get("zh-CN", MISSING)
            if x is not MISSING:
                out["zh-CN"] = _list_of_str(x, path + ".zh-CN")
        if not given.isdisjoint(_KEYS_FunctionFillers_2):
            x = v.get("zh-Hans", MISSING)
            if x is not MISSING:
                out["zh-Hans"] = _list_of_str(x, path + ".zh-Hans")
            x = v.get("zh-TW", MISSING)
            if x is not MISSING:
                out["zh-TW"] = _list_of_str(x, path + ".zh-TW")
            x = v.get("zh-Hant", MISSING)
            if x is not MISSING:
                out["zh-Hant"] = _list_of_str(x, path + ".zh-Hant")
            x = v.get("zh-HK", MISSING)
            if x is not MISSING:
                out["zh-HK"] = _list_of_str(x, path + ".zh-HK")
            x = v.get("cs", MISSING)
            if x is not MISSING:
                out["cs"] = _list_of_str(x, path + ".cs")
            x = v.get("da", MISSING)
            if x is not MISSING:
                out["da"] = _list_of_str(x, path + ".da")
        if not given.isdisjoint(_KEYS_FunctionFillers_3):
            x = v.get("da-DK", MISSING)
            if x is not MISSING:
                out["da-DK"] = _list_of_str(x, path + ".da-DK")
            x = v.get("nl", MISSING)
            if x is not MISSING:
                out["nl"] = _list_of_str(x, path + ".nl")
            x = v.get("en", MISSING)
            if x is not MISSING:
                out["en"] = _list_of_str(x, path + ".en")
            x = v.get("en-US", MISSING)
            if x is not MISSING:
                out["en-US"] = _list_of_str(x, path + ".en-US")
            x = v.get("en-GB", MISSING)
            if x is not MISSING:
                out["en-GB"] = _list_of_str(x, path + ".en-GB")
            x = v.get("en-NZ", MISSING)
            if x is not MISSING:
                out["en-NZ"] = _list_of_str(x, path + ".en-NZ")
        if not given.isdisjoint(_KEYS_FunctionFillers_4):
            x = v.get("en-IN", MISSING)
            if x is not MISSING:
                out["en-IN"] = _list_of_str(x, path + ".en-IN")
            x = v.get("en-AU", MISSING)
            if x is not MISSING:
                out["en-AU"] = _list_of_str(x, path + ".en-AU")
            x = v.get("et", MISSING)
            if x is not MISSING:
                out["et"] = _list_of_str(x, path + ".et")
            x = v.get("fi", MISSING)
            if x is not MISSING:
                out["fi"] = _list_of_str(x, path + ".fi")
            x = v.get("nl-BE", MISSING)
            if x is not MISSING:
                out["nl-BE"] = _list_of_str(x, path + ".nl-BE")
            x = v.get("fr", MISSING)
            if x is not MISSING:
                out["fr"] = _list_of_str(x, path + ".fr")
        if not given.isdisjoint(_KEYS_FunctionFillers_5):
            x = v.get("fr-CA", MISSING)
            if x is not MISSING:
                out["fr-CA"] = _list_of_str(x, path + ".fr-CA")
            x = v.get("de", MISSING)
            if x is not MISSING:
                out["de"] = _list_of_str(x, path + ".de")
            x = v.get("de-CH", MISSING)
            if x is not MISSING:
                out["de-CH"] = _list_of_str(x, path + ".de-CH")
            x = v.get("el", MISSING)
            if x is not MISSING:
                out["el"] = _list_of_str(x, path + ".el")
            x = v.get("hi", MISSING)
            if x is not MISSING:
                out["hi"] = _list_of_str(x, path + ".hi")
            x = v.get("hu", MISSING)
            if x is not MISSING:
                out["hu"] = _list_of_str(x, path + ".hu")
        if not given.isdisjoint(_KEYS_FunctionFillers_6):
            x = v.get("id", MISSING)
            if x is not MISSING:
                out["id"] = _list_of_str(x, path + ".id")
            x = v.get("it", MISSING)
            if x is not MISSING:
                out["it"] = _list_of_str(x, path + ".it")
            x = v.get("ja", MISSING)
            if x is not MISSING:
                out["ja"] = _list_of_str(x, path + ".ja")
            x = v.get("ko", MISSING)
            if x is not MISSING:
                out["ko"] = _list_of_str(x, path + ".ko")
            x = v.get("ko-KR", MISSING)
            if x is not MISSING:
                out["ko-KR"] = _list_of_str(x, path + ".ko-KR")
            x = v.get("lv", MISSING)
            if x is not MISSING:
                out["lv"] = _list_of_str(x, path + ".lv")
        if not given.isdisjoint(_KEYS_FunctionFillers_7):
            x = v.get("lt", MISSING)
            if x is not MISSING:
                out["lt"] = _list_of_str(x, path + ".lt")
            x = v.get("ms", MISSING)
            if x is not MISSING:
                out["ms"] = _list_of_str(x, path + ".ms")
            x = v.get("multi", MISSING)
            if x is not MISSING:
                out["multi"] = _list_of_str(x, path + ".multi")
            x = v.get("no", MISSING)
            if x is not MISSING:
                out["no"] = _list_of_str(x, path + ".no")
            x = v.get("pl", MISSING)
            if x is not MISSING:
                out["pl"] = _list_of_str(x, path + ".pl")
            x = v.get("pt", MISSING)
            if x is not MISSING:
                out["pt"] = _list_of_str(x, path + ".pt")
        if not given.isdisjoint(_KEYS_FunctionFillers_8):
            x = v.get("pt-BR", MISSING)
            if x is not MISSING:
                out["pt-BR"] = _list_of_str(x, path + ".pt-BR")
            x = v.get("pt-PT", MISSING)
            if x is not MISSING:
                out["pt-PT"] = _list_of_str(x, path + ".pt-PT")
            x = v.get("ro", MISSING)
            if x is not MISSING:
                out["ro"] = _list_of_str(x, path + ".ro")
            x = v.get("ru", MISSING)
            if x is not MISSING:
                out["ru"] = _list_of_str(x, path + ".ru")
            x = v.get("sk", MISSING)
            if x is not MISSING:
                out["sk"] = _list_of_str(x, path + ".sk")
            x = v.get("es", MISSING)
            if x is not MISSING:
                out["es"] = _list_of_str(x, path + ".es")
        if not given.isdisjoint(_KEYS_FunctionFillers_9):
            x = v.get("es-419", MISSING)
            if x is not MISSING:
                out["es-419"] = _list_of_str(x, path + ".es-419")
            x = v.get("sv", MISSING)
            if x is not MISSING:
                out["sv"] = _list_of_str(x, path + ".sv")
            x = v.get("sv-SE", MISSING)
            if x is not MISSING:
                out["sv-SE"] = _list_of_str(x, path + ".sv-SE")
            x = v.get("th", MISSING)
            if x is not MISSING:
                out["th"] = _list_of_str(x, path + ".th")
            x = v.get("th-TH", MISSING)
            if x is not MISSING:
                out["th-TH"] = _list_of_str(x, path + ".th-TH")
            x = v.get("tr", MISSING)
            if x is not MISSING:
                out["tr"] = _list_of_str(x, path + ".tr")
        if not given.isdisjoint(_KEYS_FunctionFillers_10):
            x = v.get("uk", MISSING)
            if x is not MISSING:
                out["uk"] = _list_of_str(x, path + ".uk")
            x = v.get("vi", MISSING)
            if x is not MISSING:
                out["vi"] = _list_of_str(x, path + ".vi")
    for key, item in v.items():
        if key in _KEYS_FunctionFillers:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = _list_of_str(item, path + "." + str(key))
    return out


# Checks #/$defs/FunctionParameters
def check_FunctionParameters(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a FunctionParameters object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_FunctionParameters, path, "type", "'object'")
    if not (isinstance(x, str) and x == "object"):
        raise Invalid(path + ".type", x, "'object'")
    out["type"] = "object"
    x = v.get("properties", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_FunctionParameters,
            path,
            "properties",
            "a JSON object whose values are each a SchemaType value",
        )
    out["properties"] = _map_of_SchemaType(x, path + ".properties")
    x = v.get("required", MISSING)
    if x is not MISSING:
        out["required"] = _list_of_str(x, path + ".required")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_FunctionParameters, path)
    return out


# Checks #/$defs/FunctionsOnSpeakerTimeoutAction
def check_FunctionsOnSpeakerTimeoutAction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a FunctionsOnSpeakerTimeoutAction object")
    )
    out: dict[str, Any] = {}
    x = v.get("functions_on_speaker_timeout", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_FunctionsOnSpeakerTimeoutAction,
            path,
            "functions_on_speaker_timeout",
            "True or False",
        )
    if not (x is True or x is False):
        raise Invalid(path + ".functions_on_speaker_timeout", x, "True or False")
    out["functions_on_speaker_timeout"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_FunctionsOnSpeakerTimeoutAction, path)
    return out


# Checks #/$defs/Goto/properties/goto
def check_Goto(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Goto object")
    out: dict[str, Any] = {}
    x = v.get("label", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Goto, path, "label", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".label", x, "a string")
    out["label"] = x
    if len(v) > 1:
        x = v.get("when", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".when", x, "a string")
            out["when"] = x
        x = v.get("max", MISSING)
        if x is not MISSING:
            if not ((type(x) is int and 1 <= x <= 100) or is_var(x)):
                raise Invalid(
                    path + ".max",
                    x,
                    "an integer from 1 to 100 or a SWML variable such as '${name}'",
                )
            out["max"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Goto, path)
    return out


# Checks #/$defs/HangUpHookSWAIGFunction
def check_HangUpHookSWAIGFunction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a HangUpHookSWAIGFunction object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_HangUpHookSWAIGFunction, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_HangUpHookSWAIGFunction, path, "function", "'hangup_hook'")
    if not (isinstance(x, str) and x == "hangup_hook"):
        raise Invalid(path + ".function", x, "'hangup_hook'")
    out["function"] = "hangup_hook"
    if len(v) > 2:
        if not given.isdisjoint(_KEYS_HangUpHookSWAIGFunction_1):
            x = v.get("purpose", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".purpose", x, "a string")
                out["purpose"] = x
            x = v.get("parameters", MISSING)
            if x is not MISSING:
                out["parameters"] = check_FunctionParameters(x, path + ".parameters")
            x = v.get("fillers", MISSING)
            if x is not MISSING:
                out["fillers"] = check_FunctionFillers(x, path + ".fillers")
            x = v.get("argument", MISSING)
            if x is not MISSING:
                out["argument"] = check_FunctionParameters(x, path + ".argument")
            x = v.get("active", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".active", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["active"] = x
            x = v.get("meta_data", MISSING)
            if x is not MISSING:
                out["meta_data"] = _map_of_any(x, path + ".meta_data")
        if not given.isdisjoint(_KEYS_HangUpHookSWAIGFunction_2):
            x = v.get("meta_data_token", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".meta_data_token", x, "a string")
                out["meta_data_token"] = x
            x = v.get("data_map", MISSING)
            if x is not MISSING:
                out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map")
            x = v.get("skip_fillers", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".skip_fillers",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["skip_fillers"] = x
            x = v.get("web_hook_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".web_hook_url", x, "a string")
                out["web_hook_url"] = x
            x = v.get("wait_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".wait_file", x, "a string")
                out["wait_file"] = x
            x = v.get("wait_file_loops", MISSING)
            if x is not MISSING:
                if not (type(x) is int or isinstance(x, str)):
                    raise Invalid(path + ".wait_file_loops", x, "an integer or a string")
                out["wait_file_loops"] = x
        x = v.get("wait_for_fillers", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".wait_for_fillers",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["wait_for_fillers"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_HangUpHookSWAIGFunction, path)
    return out


# Checks #/$defs/Hangup/properties/hangup
def check_Hangup(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Hangup object")
    out: dict[str, Any] = {}
    x = v.get("reason", MISSING)
    if x is not MISSING:
        if not (isinstance(x, str) and x in _E_Reason):
            raise Invalid(
                path + ".reason", x, "one of 'hangup', 'busy', 'decline' (or a Reason member)"
            )
        out["reason"] = _E_Reason[x]
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Hangup, path)
    return out


# Checks #/$defs/HangupAction
def check_HangupAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a HangupAction object")
    out: dict[str, Any] = {}
    x = v.get("hangup", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_HangupAction,
            path,
            "hangup",
            "True or False or a SWML variable such as '${name}'",
        )
    if not ((x is True or x is False) or is_var(x)):
        raise Invalid(path + ".hangup", x, "True or False or a SWML variable such as '${name}'")
    out["hangup"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_HangupAction, path)
    return out


# Checks #/$defs/Hint
def check_Hint(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Hint object")
    out: dict[str, Any] = {}
    x = v.get("hint", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Hint, path, "hint", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".hint", x, "a string")
    out["hint"] = x
    x = v.get("pattern", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Hint, path, "pattern", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".pattern", x, "a string")
    out["pattern"] = x
    x = v.get("replace", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Hint, path, "replace", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".replace", x, "a string")
    out["replace"] = x
    x = v.get("ignore_case", MISSING)
    if x is not MISSING:
        if not ((x is True or x is False) or is_var(x)):
            raise Invalid(
                path + ".ignore_case", x, "True or False or a SWML variable such as '${name}'"
            )
        out["ignore_case"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Hint, path)
    return out


# Checks #/$defs/HoldAction/properties/hold/anyOf/2
def check_Hold(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Hold object")
    out: dict[str, Any] = {}
    x = v.get("timeout", MISSING)
    if x is not MISSING:
        if not ((type(x) is int and -2147483648 <= x <= 900) or is_var(x)):
            raise Invalid(
                path + ".timeout",
                x,
                "an integer from -2147483648 to 900 or a SWML variable such as '${name}'",
            )
        out["timeout"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Hold, path)
    return out


# Checks #/$defs/HoldAction
def check_HoldAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a HoldAction object")
    out: dict[str, Any] = {}
    x = v.get("hold", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_HoldAction,
            path,
            "hold",
            "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'",
        )
    out["hold"] = _HoldAction_hold(x, path + ".hold")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_HoldAction, path)
    return out


# Checks #/$defs/InjectAction/properties/inject
def check_Inject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Inject object")
    out: dict[str, Any] = {}
    x = v.get("message", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Inject, path, "message", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".message", x, "a string")
    out["message"] = x
    x = v.get("direction", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_Inject,
            path,
            "direction",
            "one of 'remote-caller', 'local-caller' (or a TranslateDirection member)",
        )
    if not (isinstance(x, str) and x in _E_TranslateDirection):
        raise Invalid(
            path + ".direction",
            x,
            "one of 'remote-caller', 'local-caller' (or a TranslateDirection member)",
        )
    out["direction"] = _E_TranslateDirection[x]
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Inject, path)
    return out


# Checks #/$defs/InjectAction
def check_InjectAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an InjectAction object")
    out: dict[str, Any] = {}
    x = v.get("inject", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_InjectAction, path, "inject", "an Inject object")
    out["inject"] = check_Inject(x, path + ".inject")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_InjectAction, path)
    return out


# Checks #/$defs/IntegerProperty
def check_IntegerProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an IntegerProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_IntegerProperty, path, "type", "'integer'")
    if not (isinstance(x, str) and x == "integer"):
        raise Invalid(path + ".type", x, "'integer'")
    out["type"] = "integer"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("nullable", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".nullable", x, "True or False or a SWML variable such as '${name}'"
                )
            out["nullable"] = x
        x = v.get("enum", MISSING)
        if x is not MISSING:
            out["enum"] = _list_of_int(x, path + ".enum")
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".default", x, "an integer or a SWML variable such as '${name}'"
                )
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_IntegerProperty, path)
    return out


# Checks #/$defs/JoinConferenceObject
def check_JoinConference(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a JoinConference object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_JoinConference, path, "name", "a non-blank string")
    if not (isinstance(x, str) and x.strip() != ""):
        raise Invalid(path + ".name", x, "a non-blank string")
    out["name"] = x
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_JoinConference_1):
            x = v.get("muted", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".muted", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["muted"] = x
            x = v.get("beep", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Beep):
                    raise Invalid(
                        path + ".beep",
                        x,
                        "one of 'true', 'false', 'onEnter', 'onExit' (or a Beep member)",
                    )
                out["beep"] = _E_Beep[x]
            x = v.get("start_on_enter", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".start_on_enter",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["start_on_enter"] = x
            x = v.get("end_on_exit", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".end_on_exit",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["end_on_exit"] = x
            x = v.get("wait_url", MISSING)
            if x is not MISSING:
                if not ((isinstance(x, str) and _URL_HTTP_HTTPS.match(x) is not None) or is_var(x)):
                    raise Invalid(
                        path + ".wait_url",
                        x,
                        "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
                    )
                out["wait_url"] = x
            x = v.get("max_participants", MISSING)
            if x is not MISSING:
                if not ((type(x) is int and 2 <= x <= 100000) or is_var(x)):
                    raise Invalid(
                        path + ".max_participants",
                        x,
                        "an integer from 2 to 100000 or a SWML variable such as '${name}'",
                    )
                out["max_participants"] = x
        if not given.isdisjoint(_KEYS_JoinConference_2):
            x = v.get("record", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Record):
                    raise Invalid(
                        path + ".record",
                        x,
                        "one of 'do-not-record', 'record-from-start' (or a Record member)",
                    )
                out["record"] = _E_Record[x]
            x = v.get("region", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Region):
                    raise Invalid(
                        path + ".region",
                        x,
                        "one of 'global', 'us', 'eu', 'ch' (or a Region member)",
                    )
                out["region"] = _E_Region[x]
            x = v.get("trim", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_Trim):
                    raise Invalid(
                        path + ".trim", x, "one of 'trim-silence', 'do-not-trim' (or a Trim member)"
                    )
                out["trim"] = _E_Trim[x]
            x = v.get("coach", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".coach", x, "a string")
                out["coach"] = x
            x = v.get("status_callback_event", MISSING)
            if x is not MISSING:
                out["status_callback_event"] = (
                    x
                    if type(x) is str
                    and (x in _E_StatusCallbackEvent or _J_StatusCallbackEvent.match(x) is not None)
                    else _joined_StatusCallbackEvent(x, path + ".status_callback_event")
                )
            x = v.get("status_callback_event_type", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_CallbackEventType):
                    raise Invalid(
                        path + ".status_callback_event_type",
                        x,
                        "one of 'cxml', 'laml', 'relay' (or a CallbackEventType member)",
                    )
                out["status_callback_event_type"] = _E_CallbackEventType[x]
        if not given.isdisjoint(_KEYS_JoinConference_3):
            x = v.get("status_callback", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and _URL_HTTP_HTTPS.match(x) is not None):
                    raise Invalid(
                        path + ".status_callback",
                        x,
                        "an absolute URL starting with http:// or https://",
                    )
                out["status_callback"] = x
            x = v.get("status_callback_method", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_HttpMethod):
                    raise Invalid(
                        path + ".status_callback_method",
                        x,
                        "one of 'GET', 'POST' (or a HttpMethod member)",
                    )
                out["status_callback_method"] = _E_HttpMethod[x]
            x = v.get("recording_status_callback", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and _URL_HTTP_HTTPS.match(x) is not None):
                    raise Invalid(
                        path + ".recording_status_callback",
                        x,
                        "an absolute URL starting with http:// or https://",
                    )
                out["recording_status_callback"] = x
            x = v.get("recording_status_callback_method", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_HttpMethod):
                    raise Invalid(
                        path + ".recording_status_callback_method",
                        x,
                        "one of 'GET', 'POST' (or a HttpMethod member)",
                    )
                out["recording_status_callback_method"] = _E_HttpMethod[x]
            x = v.get("recording_status_callback_event", MISSING)
            if x is not MISSING:
                out["recording_status_callback_event"] = (
                    x
                    if type(x) is str
                    and (
                        x in _E_RecordingStatusCallbackEvent
                        or _J_RecordingStatusCallbackEvent.match(x) is not None
                    )
                    else _joined_RecordingStatusCallbackEvent(
                        x, path + ".recording_status_callback_event"
                    )
                )
            x = v.get("recording_status_callback_event_type", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_CallbackEventType):
                    raise Invalid(
                        path + ".recording_status_callback_event_type",
                        x,
                        "one of 'cxml', 'laml', 'relay' (or a CallbackEventType member)",
                    )
                out["recording_status_callback_event_type"] = _E_CallbackEventType[x]
        if not given.isdisjoint(_KEYS_JoinConference_4):
            x = v.get("result", MISSING)
            if x is not MISSING:
                out["result"] = _Switch_or_list_of_CondReg_or_CondElse(x, path + ".result")
            x = v.get("stream", MISSING)
            if x is not MISSING:
                out["stream"] = check_JoinConferenceStream(x, path + ".stream")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_JoinConference, path)
    return out


# Checks #/$defs/JoinConferenceStream
def check_JoinConferenceStream(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a JoinConferenceStream object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_JoinConferenceStream, path, "url", "an absolute URL starting with wss://"
        )
    if not (isinstance(x, str) and _URL_WSS.match(x) is not None):
        raise Invalid(path + ".url", x, "an absolute URL starting with wss://")
    out["url"] = x
    if len(v) > 1:
        x = v.get("name", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".name", x, "a string")
            out["name"] = x
        x = v.get("codec", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".codec", x, "a string")
            out["codec"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
        x = v.get("status_url_method", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_HttpMethod):
                raise Invalid(
                    path + ".status_url_method", x, "one of 'GET', 'POST' (or a HttpMethod member)"
                )
            out["status_url_method"] = _E_HttpMethod[x]
        x = v.get("realtime", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".realtime", x, "True or False or a SWML variable such as '${name}'"
                )
            out["realtime"] = x
        x = v.get("authorization_bearer_token", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".authorization_bearer_token", x, "a string")
            out["authorization_bearer_token"] = x
        x = v.get("custom_parameters", MISSING)
        if x is not MISSING:
            out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_JoinConferenceStream, path)
    return out


# Checks #/$defs/JoinRoom/properties/join_room
def check_JoinRoom(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a JoinRoom object")
    out: dict[str, Any] = {}
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_JoinRoom, path, "name", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".name", x, "a string")
    out["name"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_JoinRoom, path)
    return out


# Checks #/$defs/LanguageParams
def check_LanguageParams(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a LanguageParams object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("stability", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".stability",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["stability"] = x
        x = v.get("similarity", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".similarity",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["similarity"] = x
        x = v.get("speakingRate", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0.5 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".speakingRate",
                    x,
                    "a number from 0.5 to 1.5 or a SWML variable such as '${name}'",
                )
            out["speakingRate"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 2 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("speed", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0.5 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".speed",
                    x,
                    "a number from 0.5 to 2 or a SWML variable such as '${name}'",
                )
            out["speed"] = x
        x = v.get("vol", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0.1 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".vol", x, "a number from 0.1 to 1 or a SWML variable such as '${name}'"
                )
            out["vol"] = x
        x = v.get("pitch", MISSING)
        if x is not MISSING:
            if not ((type(x) is int and -12 <= x <= 12) or is_var(x)):
                raise Invalid(
                    path + ".pitch",
                    x,
                    "an integer from -12 to 12 or a SWML variable such as '${name}'",
                )
            out["pitch"] = x
        x = v.get("emotion", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Emotion):
                raise Invalid(
                    path + ".emotion",
                    x,
                    "one of 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'neutral' (or an Emotion member)",
                )
            out["emotion"] = _E_Emotion[x]
    if len(out) != len(v):
        unknown_keys(v, _KEYS_LanguageParams, path)
    return out


# Checks #/$defs/Languages
def check_Languages(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Languages object")
    out: dict[str, Any] = {}
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Languages, path, "name", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".name", x, "a string")
    out["name"] = x
    x = v.get("code", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_Languages, path, "code", "a string or a list of strings (at most 3 items)"
        )
    out["code"] = _Languages_code(x, path + ".code")
    x = v.get("voice", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Languages, path, "voice", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".voice", x, "a string")
    out["voice"] = x
    if len(v) > 3:
        x = v.get("listen_language", MISSING)
        if x is not MISSING:
            out["listen_language"] = _str_or_list_of_str(x, path + ".listen_language")
        x = v.get("model", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".model", x, "a string")
            out["model"] = x
        x = v.get("auto_emotion", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".auto_emotion", x, "True or False")
            out["auto_emotion"] = x
        x = v.get("auto_speed", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".auto_speed", x, "True or False")
            out["auto_speed"] = x
        x = v.get("engine", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".engine", x, "a string")
            out["engine"] = x
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = check_LanguageParams(x, path + ".params")
        x = v.get("fillers", MISSING)
        if x is not MISSING:
            out["fillers"] = _list_of_str(x, path + ".fillers")
        x = v.get("function_fillers", MISSING)
        if x is not MISSING:
            out["function_fillers"] = _list_of_str(x, path + ".function_fillers")
        x = v.get("speech_fillers", MISSING)
        if x is not MISSING:
            out["speech_fillers"] = _list_of_str(x, path + ".speech_fillers")
        x = v.get("turn_fillers", MISSING)
        if x is not MISSING:
            out["turn_fillers"] = _list_of_str(x, path + ".turn_fillers")
        x = v.get("pronounce", MISSING)
        if x is not MISSING:
            out["pronounce"] = _list_of_Pronounce(x, path + ".pronounce")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Languages, path)
    return out


# Checks #/$defs/LiveTranscribe/properties/live_transcribe
def check_LiveTranscribe(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a LiveTranscribe object")
    out: dict[str, Any] = {}
    x = v.get("action", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_LiveTranscribe,
            path,
            "action",
            "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
        )
    out["action"] = _LiveTranscribe_action(x, path + ".action")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_LiveTranscribe, path)
    return out


# Checks #/$defs/LiveTranslate/properties/live_translate
def check_LiveTranslate(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a LiveTranslate object")
    out: dict[str, Any] = {}
    x = v.get("action", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_LiveTranslate,
            path,
            "action",
            "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
        )
    out["action"] = _LiveTranslate_action(x, path + ".action")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_LiveTranslate, path)
    return out


# Checks #/$defs/MCPServer
def check_MCPServer(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a MCPServer object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_MCPServer, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    if len(v) > 1:
        x = v.get("headers", MISSING)
        if x is not MISSING:
            out["headers"] = _map_of_str(x, path + ".headers")
        x = v.get("resources", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".resources", x, "True or False or a SWML variable such as '${name}'"
                )
            out["resources"] = x
        x = v.get("resource_vars", MISSING)
        if x is not MISSING:
            out["resource_vars"] = _map_of_str(x, path + ".resource_vars")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_MCPServer, path)
    return out


# Checks #/$defs/Multilingual
def check_Multilingual(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Multilingual object")
    out: dict[str, Any] = {}
    x = v.get("languages", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_Multilingual, path, "languages", "a list of MultilingualLanguage objects"
        )
    out["languages"] = _list_of_MultilingualLanguage(x, path + ".languages")
    if len(v) > 1:
        x = v.get("allowed", MISSING)
        if x is not MISSING:
            out["allowed"] = _list_of_str(x, path + ".allowed")
        x = v.get("engine", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".engine", x, "a string")
            out["engine"] = x
        x = v.get("model", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".model", x, "a string")
            out["model"] = x
        x = v.get("provider", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".provider", x, "a string")
            out["provider"] = x
        x = v.get("start_language", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".start_language", x, "a string")
            out["start_language"] = x
        x = v.get("min_switch_words", MISSING)
        if x is not MISSING:
            if not (type(x) is int and x >= 1):
                raise Invalid(path + ".min_switch_words", x, "an integer of at least 1")
            out["min_switch_words"] = x
        x = v.get("fillers", MISSING)
        if x is not MISSING:
            out["fillers"] = _list_of_str_or_FunctionFillers(x, path + ".fillers")
        x = v.get("function_fillers", MISSING)
        if x is not MISSING:
            out["function_fillers"] = _list_of_str_or_FunctionFillers(x, path + ".function_fillers")
        x = v.get("turn_fillers", MISSING)
        if x is not MISSING:
            out["turn_fillers"] = _list_of_str_or_TurnFillers(x, path + ".turn_fillers")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Multilingual, path)
    return out


# Checks #/$defs/MultilingualLanguage
def check_MultilingualLanguage(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a MultilingualLanguage object")
    out: dict[str, Any] = {}
    x = v.get("language", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_MultilingualLanguage, path, "language", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".language", x, "a string")
    out["language"] = x
    if len(v) > 1:
        x = v.get("voice", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".voice", x, "a string")
            out["voice"] = x
        x = v.get("model", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".model", x, "a string")
            out["model"] = x
        x = v.get("engine", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".engine", x, "a string")
            out["engine"] = x
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = check_LanguageParams(x, path + ".params")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_MultilingualLanguage, path)
    return out


# Checks #/$defs/NullProperty
def check_NullProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a NullProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_NullProperty, path, "type", "'null'")
    if not (isinstance(x, str) and x == "null"):
        raise Invalid(path + ".type", x, "'null'")
    out["type"] = "null"
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_NullProperty, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_NullProperty, path)
    return out


# Checks #/$defs/NumberProperty
def check_NumberProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a NumberProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_NumberProperty, path, "type", "'number'")
    if not (isinstance(x, str) and x == "number"):
        raise Invalid(path + ".type", x, "'number'")
    out["type"] = "number"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("nullable", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".nullable", x, "True or False or a SWML variable such as '${name}'"
                )
            out["nullable"] = x
        x = v.get("enum", MISSING)
        if x is not MISSING:
            out["enum"] = _list_of_int_or_number_or_list_of_var(x, path + ".enum")
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".default",
                    x,
                    "an integer or a number or a SWML variable such as '${name}'",
                )
            out["default"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_NumberProperty, path)
    return out


# Checks #/$defs/ObjectProperty
def check_ObjectProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an ObjectProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ObjectProperty, path, "type", "'object'")
    if not (isinstance(x, str) and x == "object"):
        raise Invalid(path + ".type", x, "'object'")
    out["type"] = "object"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("nullable", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".nullable", x, "True or False or a SWML variable such as '${name}'"
                )
            out["nullable"] = x
        x = v.get("default", MISSING)
        if x is not MISSING:
            out["default"] = _map_of_any(x, path + ".default")
        x = v.get("properties", MISSING)
        if x is not MISSING:
            out["properties"] = _map_of_SchemaType(x, path + ".properties")
        x = v.get("required", MISSING)
        if x is not MISSING:
            out["required"] = _list_of_str(x, path + ".required")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ObjectProperty, path)
    return out


# Checks #/$defs/OmitPropertiesBedrockPostPomptTextOmittedPromptProps
def check_OmitPropertiesBedrockPostPomptTextOmittedPromptProps(
    value: object, path: str
) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(
            value, path, "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object"
        )
    )
    out: dict[str, Any] = {}
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, path, "text", "a string"
        )
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    if len(v) > 1:
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, path)
    return out


# Checks #/$defs/OmitPropertiesBedrockPostPromptPomOmittedPromptProps
def check_OmitPropertiesBedrockPostPromptPomOmittedPromptProps(
    value: object, path: str
) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(
            value, path, "an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object"
        )
    )
    out: dict[str, Any] = {}
    x = v.get("pom", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
            path,
            "pom",
            "a list of items that are each a POM value (at least 1 item)",
        )
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom")
    if len(v) > 1:
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps, path)
    return out


# Checks #/$defs/OmitPropertiesBedrockPromptPomOmittedPromptProps
def check_OmitPropertiesBedrockPromptPomOmittedPromptProps(
    value: object, path: str
) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "an OmitPropertiesBedrockPromptPomOmittedPromptProps object")
    )
    out: dict[str, Any] = {}
    x = v.get("pom", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
            path,
            "pom",
            "a list of items that are each a POM value (at least 1 item)",
        )
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom")
    if len(v) > 1:
        x = v.get("voice_id", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_VoiceId):
                raise Invalid(
                    path + ".voice_id",
                    x,
                    "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos' (or a VoiceId member)",
                )
            out["voice_id"] = _E_VoiceId[x]
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps, path)
    return out


# Checks #/$defs/OmitPropertiesBedrockPromptTextOmittedPromptProps
def check_OmitPropertiesBedrockPromptTextOmittedPromptProps(
    value: object, path: str
) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object")
    )
    out: dict[str, Any] = {}
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path, "text", "a string"
        )
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    if len(v) > 1:
        x = v.get("voice_id", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_VoiceId):
                raise Invalid(
                    path + ".voice_id",
                    x,
                    "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos' (or a VoiceId member)",
                )
            out["voice_id"] = _E_VoiceId[x]
        x = v.get("max_tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max_tokens", x, "an integer from 0 to 4096")
            out["max_tokens"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1.5) or is_var(x)):
                raise Invalid(
                    path + ".temperature",
                    x,
                    "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                )
            out["temperature"] = x
        x = v.get("top_p", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'"
                )
            out["top_p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and 0 <= x <= 1) or is_var(x)):
                raise Invalid(
                    path + ".confidence",
                    x,
                    "a number from 0 to 1 or a SWML variable such as '${name}'",
                )
            out["confidence"] = x
        x = v.get("presence_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".presence_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["presence_penalty"] = x
        x = v.get("frequency_penalty", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -2 <= x <= 2) or is_var(x)):
                raise Invalid(
                    path + ".frequency_penalty",
                    x,
                    "a number from -2 to 2 or a SWML variable such as '${name}'",
                )
            out["frequency_penalty"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path)
    return out


# Checks #/$defs/OneOfProperty
def check_OneOfProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an OneOfProperty object")
    out: dict[str, Any] = {}
    x = v.get("oneOf", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_OneOfProperty,
            path,
            "oneOf",
            "a list of items that are each a SchemaType value",
        )
    out["oneOf"] = _list_of_SchemaType(x, path + ".oneOf")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_OneOfProperty, path)
    return out


# Checks #/$defs/Output
def check_Output(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Output object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("response", MISSING)
        if x is not MISSING:
            out["response"] = _str_or_SwaigToolResult(x, path + ".response")
        x = v.get("action", MISSING)
        if x is not MISSING:
            out["action"] = _BedrockOutput_action(x, path + ".action")
        x = v.get("post_process", MISSING)
        if x is not MISSING:
            if not (x is True or x is False):
                raise Invalid(path + ".post_process", x, "True or False")
            out["post_process"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Output, path)
    return out


# Checks #/$defs/Pay/properties/pay
def check_Pay(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Pay object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("payment_connector_url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Pay, path, "payment_connector_url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".payment_connector_url", x, "a string")
    out["payment_connector_url"] = x
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_Pay_1):
            x = v.get("charge_amount", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".charge_amount", x, "a string")
                out["charge_amount"] = x
            x = v.get("currency", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".currency", x, "a string")
                out["currency"] = x
            x = v.get("description", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".description", x, "a string")
                out["description"] = x
            x = v.get("input", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x == "dtmf"):
                    raise Invalid(path + ".input", x, "'dtmf'")
                out["input"] = "dtmf"
            x = v.get("language", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".language", x, "a string")
                out["language"] = x
            x = v.get("max_attempts", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".max_attempts", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["max_attempts"] = x
        if not given.isdisjoint(_KEYS_Pay_2):
            x = v.get("min_postal_code_length", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".min_postal_code_length",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["min_postal_code_length"] = x
            x = v.get("parameters", MISSING)
            if x is not MISSING:
                out["parameters"] = _list_of_PayParameters(x, path + ".parameters")
            x = v.get("payment_method", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x == "credit-card"):
                    raise Invalid(path + ".payment_method", x, "'credit-card'")
                out["payment_method"] = "credit-card"
            x = v.get("postal_code", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or isinstance(x, str)):
                    raise Invalid(path + ".postal_code", x, "True or False or a string")
                out["postal_code"] = x
            x = v.get("prompts", MISSING)
            if x is not MISSING:
                out["prompts"] = _list_of_PayPrompts(x, path + ".prompts")
            x = v.get("security_code", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".security_code",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["security_code"] = x
        if not given.isdisjoint(_KEYS_Pay_3):
            x = v.get("status_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".status_url", x, "a string")
                out["status_url"] = x
            x = v.get("timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".timeout", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["timeout"] = x
            x = v.get("token_type", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_TokenType):
                    raise Invalid(
                        path + ".token_type",
                        x,
                        "one of 'one-time', 'reusable' (or a TokenType member)",
                    )
                out["token_type"] = _E_TokenType[x]
            x = v.get("valid_card_types", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".valid_card_types", x, "a string")
                out["valid_card_types"] = x
            x = v.get("voice", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".voice", x, "a string")
                out["voice"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Pay, path)
    return out


# Checks #/$defs/PayParameters
def check_PayParameters(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PayParameters object")
    out: dict[str, Any] = {}
    x = v.get("name", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PayParameters, path, "name", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".name", x, "a string")
    out["name"] = x
    x = v.get("value", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PayParameters, path, "value", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".value", x, "a string")
    out["value"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PayParameters, path)
    return out


# Checks #/$defs/PayPromptPlayAction
def check_PayPromptPlayAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PayPromptPlayAction object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PayPromptPlayAction, path, "type", "'Play'")
    if not (isinstance(x, str) and x == "Play"):
        raise Invalid(path + ".type", x, "'Play'")
    out["type"] = "Play"
    x = v.get("phrase", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_PayPromptPlayAction, path, "phrase", "a URL starting with http:// or https://"
        )
    if not (isinstance(x, str) and _RE_3.search(x) is not None):
        raise Invalid(path + ".phrase", x, "a URL starting with http:// or https://")
    out["phrase"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PayPromptPlayAction, path)
    return out


# Checks #/$defs/PayPromptSayAction
def check_PayPromptSayAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PayPromptSayAction object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PayPromptSayAction, path, "type", "'Say'")
    if not (isinstance(x, str) and x == "Say"):
        raise Invalid(path + ".type", x, "'Say'")
    out["type"] = "Say"
    x = v.get("phrase", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PayPromptSayAction, path, "phrase", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".phrase", x, "a string")
    out["phrase"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PayPromptSayAction, path)
    return out


# Checks #/$defs/PayPrompts
def check_PayPrompts(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PayPrompts object")
    out: dict[str, Any] = {}
    x = v.get("actions", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_PayPrompts,
            path,
            "actions",
            "a list of PayPromptSayAction or PayPromptPlayAction objects",
        )
    out["actions"] = _PayPrompts_actions(x, path + ".actions")
    x = v.get("for", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PayPrompts, path, "for", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".for", x, "a string")
    out["for"] = x
    if len(v) > 2:
        x = v.get("attempts", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".attempts", x, "a string")
            out["attempts"] = x
        x = v.get("card_type", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".card_type", x, "a string")
            out["card_type"] = x
        x = v.get("error_type", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".error_type", x, "a string")
            out["error_type"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PayPrompts, path)
    return out


# Checks #/$defs/PlayWithURL
def check_PlayWithURL(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PlayWithURL object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_PlayWithURL,
            path,
            "url",
            "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
        )
    if not ((isinstance(x, str) and _RE_4.search(x) is not None) or is_var(x)):
        raise Invalid(
            path + ".url",
            x,
            "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
        )
    out["url"] = x
    if len(v) > 1:
        x = v.get("auto_answer", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".auto_answer", x, "True or False or a SWML variable such as '${name}'"
                )
            out["auto_answer"] = x
        x = v.get("volume", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -40 <= x <= 40) or is_var(x)):
                raise Invalid(
                    path + ".volume",
                    x,
                    "a number from -40 to 40 or a SWML variable such as '${name}'",
                )
            out["volume"] = x
        x = v.get("say_voice", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".say_voice", x, "a string")
            out["say_voice"] = x
        x = v.get("say_language", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".say_language", x, "a string")
            out["say_language"] = x
        x = v.get("say_gender", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".say_gender", x, "a string")
            out["say_gender"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PlayWithURL, path)
    return out


# Checks #/$defs/PlayWithURLS
def check_PlayWithURLS(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PlayWithURLS object")
    out: dict[str, Any] = {}
    x = v.get("urls", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_PlayWithURLS,
            path,
            "urls",
            "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
        )
    out["urls"] = _PlayWithURLS_urls(x, path + ".urls")
    if len(v) > 1:
        x = v.get("auto_answer", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".auto_answer", x, "True or False or a SWML variable such as '${name}'"
                )
            out["auto_answer"] = x
        x = v.get("volume", MISSING)
        if x is not MISSING:
            if not ((is_number(x) and -40 <= x <= 40) or is_var(x)):
                raise Invalid(
                    path + ".volume",
                    x,
                    "a number from -40 to 40 or a SWML variable such as '${name}'",
                )
            out["volume"] = x
        x = v.get("say_voice", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".say_voice", x, "a string")
            out["say_voice"] = x
        x = v.get("say_language", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".say_language", x, "a string")
            out["say_language"] = x
        x = v.get("say_gender", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".say_gender", x, "a string")
            out["say_gender"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PlayWithURLS, path)
    return out


# Checks #/$defs/PlaybackBGAction
def check_PlaybackBGAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PlaybackBGAction object")
    out: dict[str, Any] = {}
    x = v.get("playback_bg", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PlaybackBGAction, path, "playback_bg", "a PlaybackBg object")
    out["playback_bg"] = check_PlaybackBg(x, path + ".playback_bg")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PlaybackBGAction, path)
    return out


# Checks #/$defs/PlaybackBGAction/properties/playback_bg
def check_PlaybackBg(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PlaybackBg object")
    out: dict[str, Any] = {}
    x = v.get("file", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PlaybackBg, path, "file", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".file", x, "a string")
    out["file"] = x
    x = v.get("wait", MISSING)
    if x is not MISSING:
        if not ((x is True or x is False) or is_var(x)):
            raise Invalid(path + ".wait", x, "True or False or a SWML variable such as '${name}'")
        out["wait"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PlaybackBg, path)
    return out


# Checks #/$defs/PomSectionBodyContent
def check_PomSectionBodyContent(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PomSectionBodyContent object")
    out: dict[str, Any] = {}
    x = v.get("body", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PomSectionBodyContent, path, "body", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".body", x, "a string")
    out["body"] = x
    if len(v) > 1:
        x = v.get("title", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and len(x) >= 1):
                raise Invalid(path + ".title", x, "a string of at least 1 character")
            out["title"] = x
        x = v.get("subsections", MISSING)
        if x is not MISSING:
            out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections")
        x = v.get("numbered", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".numbered", x, "True or False or a SWML variable such as '${name}'"
                )
            out["numbered"] = x
        x = v.get("numberedBullets", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".numberedBullets",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["numberedBullets"] = x
        x = v.get("bullets", MISSING)
        if x is not MISSING:
            out["bullets"] = _AISidecarObject_hints(x, path + ".bullets")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PomSectionBodyContent, path)
    return out


# Checks #/$defs/PomSectionBulletsContent
def check_PomSectionBulletsContent(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a PomSectionBulletsContent object")
    )
    out: dict[str, Any] = {}
    x = v.get("bullets", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_PomSectionBulletsContent,
            path,
            "bullets",
            "a list of strings (at least 1 item)",
        )
    out["bullets"] = _AISidecarObject_hints(x, path + ".bullets")
    if len(v) > 1:
        x = v.get("title", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and len(x) >= 1):
                raise Invalid(path + ".title", x, "a string of at least 1 character")
            out["title"] = x
        x = v.get("subsections", MISSING)
        if x is not MISSING:
            out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections")
        x = v.get("numbered", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".numbered", x, "True or False or a SWML variable such as '${name}'"
                )
            out["numbered"] = x
        x = v.get("numberedBullets", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".numberedBullets",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["numberedBullets"] = x
        x = v.get("body", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".body", x, "a string")
            out["body"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PomSectionBulletsContent, path)
    return out


# Checks #/$defs/Prompt/properties/prompt
def check_Prompt(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Prompt object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("play", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_Prompt,
            path,
            "play",
            "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
        )
    out["play"] = _Prompt_play(x, path + ".play")
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_Prompt_1):
            x = v.get("volume", MISSING)
            if x is not MISSING:
                if not (is_number(x) and -40 <= x <= 40):
                    raise Invalid(path + ".volume", x, "a number from -40 to 40")
                out["volume"] = x
            x = v.get("say_voice", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".say_voice", x, "a string")
                out["say_voice"] = x
            x = v.get("say_language", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".say_language", x, "a string")
                out["say_language"] = x
            x = v.get("say_gender", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".say_gender", x, "a string")
                out["say_gender"] = x
            x = v.get("max_digits", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".max_digits", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["max_digits"] = x
            x = v.get("terminators", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".terminators", x, "a string")
                out["terminators"] = x
        if not given.isdisjoint(_KEYS_Prompt_2):
            x = v.get("digit_timeout", MISSING)
            if x is not MISSING:
                if not (is_number(x) or is_var(x)):
                    raise Invalid(
                        path + ".digit_timeout", x, "a number or a SWML variable such as '${name}'"
                    )
                out["digit_timeout"] = x
            x = v.get("initial_timeout", MISSING)
            if x is not MISSING:
                if not (is_number(x) or is_var(x)):
                    raise Invalid(
                        path + ".initial_timeout",
                        x,
                        "a number or a SWML variable such as '${name}'",
                    )
                out["initial_timeout"] = x
            x = v.get("speech_timeout", MISSING)
            if x is not MISSING:
                if not (is_number(x) or is_var(x)):
                    raise Invalid(
                        path + ".speech_timeout", x, "a number or a SWML variable such as '${name}'"
                    )
                out["speech_timeout"] = x
            x = v.get("speech_end_timeout", MISSING)
            if x is not MISSING:
                if not (is_number(x) or is_var(x)):
                    raise Invalid(
                        path + ".speech_end_timeout",
                        x,
                        "a number or a SWML variable such as '${name}'",
                    )
                out["speech_end_timeout"] = x
            x = v.get("speech_language", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".speech_language", x, "a string")
                out["speech_language"] = x
            x = v.get("speech_hints", MISSING)
            if x is not MISSING:
                out["speech_hints"] = _list_of_str_or_list_of_var(x, path + ".speech_hints")
        if not given.isdisjoint(_KEYS_Prompt_3):
            x = v.get("speech_engine", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".speech_engine", x, "a string")
                out["speech_engine"] = x
            x = v.get("status_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".status_url", x, "a string")
                out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Prompt, path)
    return out


# Checks #/$defs/Pronounce
def check_Pronounce(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Pronounce object")
    out: dict[str, Any] = {}
    x = v.get("replace", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Pronounce, path, "replace", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".replace", x, "a string")
    out["replace"] = x
    x = v.get("with", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Pronounce, path, "with", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".with", x, "a string")
    out["with"] = x
    x = v.get("ignore_case", MISSING)
    if x is not MISSING:
        if not ((x is True or x is False) or is_var(x)):
            raise Invalid(
                path + ".ignore_case", x, "True or False or a SWML variable such as '${name}'"
            )
        out["ignore_case"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Pronounce, path)
    return out


# Checks #/$defs/ReceiveFax/properties/receive_fax
def check_ReceiveFax(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ReceiveFax object")
    out: dict[str, Any] = {}
    x = v.get("status_url", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".status_url", x, "a string")
        out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ReceiveFax, path)
    return out


# Checks #/$defs/Record/properties/record
def check_RecordArgument(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a RecordArgument object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("stereo", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".stereo", x, "True or False or a SWML variable such as '${name}'"
                )
            out["stereo"] = x
        x = v.get("format", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Format):
                raise Invalid(
                    path + ".format", x, "one of 'wav', 'mp3', 'mp4' (or a Format member)"
                )
            out["format"] = _E_Format[x]
        x = v.get("direction", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_RecordDirection):
                raise Invalid(
                    path + ".direction", x, "one of 'speak', 'listen' (or a RecordDirection member)"
                )
            out["direction"] = _E_RecordDirection[x]
        x = v.get("terminators", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".terminators", x, "a string")
            out["terminators"] = x
        x = v.get("beep", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".beep", x, "True or False or a SWML variable such as '${name}'"
                )
            out["beep"] = x
        x = v.get("input_sensitivity", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".input_sensitivity", x, "a number or a SWML variable such as '${name}'"
                )
            out["input_sensitivity"] = x
        x = v.get("initial_timeout", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'"
                )
            out["initial_timeout"] = x
        x = v.get("end_silence_timeout", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".end_silence_timeout",
                    x,
                    "a number or a SWML variable such as '${name}'",
                )
            out["end_silence_timeout"] = x
        x = v.get("max_length", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".max_length", x, "a number or a SWML variable such as '${name}'"
                )
            out["max_length"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_RecordArgument, path)
    return out


# Checks #/$defs/RecordCall/properties/record_call
def check_RecordCall(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a RecordCall object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("control_id", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".control_id", x, "a string")
            out["control_id"] = x
        x = v.get("stereo", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".stereo", x, "True or False or a SWML variable such as '${name}'"
                )
            out["stereo"] = x
        x = v.get("format", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Format):
                raise Invalid(
                    path + ".format", x, "one of 'wav', 'mp3', 'mp4' (or a Format member)"
                )
            out["format"] = _E_Format[x]
        x = v.get("direction", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_RecordCallDirection):
                raise Invalid(
                    path + ".direction",
                    x,
                    "one of 'speak', 'listen', 'both' (or a RecordCallDirection member)",
                )
            out["direction"] = _E_RecordCallDirection[x]
        x = v.get("terminators", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".terminators", x, "a string")
            out["terminators"] = x
        x = v.get("beep", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".beep", x, "True or False or a SWML variable such as '${name}'"
                )
            out["beep"] = x
        x = v.get("input_sensitivity", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".input_sensitivity", x, "a number or a SWML variable such as '${name}'"
                )
            out["input_sensitivity"] = x
        x = v.get("initial_timeout", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'"
                )
            out["initial_timeout"] = x
        x = v.get("end_silence_timeout", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".end_silence_timeout",
                    x,
                    "a number or a SWML variable such as '${name}'",
                )
            out["end_silence_timeout"] = x
        x = v.get("max_length", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".max_length", x, "a number or a SWML variable such as '${name}'"
                )
            out["max_length"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_RecordCall, path)
    return out


# Checks #/$defs/ReplaceInHistoryAction
def check_ReplaceInHistoryAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ReplaceInHistoryAction object")
    out: dict[str, Any] = {}
    x = v.get("replace_in_history", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_ReplaceInHistoryAction, path, "replace_in_history", "a string or True or False"
        )
    if not (isinstance(x, str) or (x is True or x is False)):
        raise Invalid(path + ".replace_in_history", x, "a string or True or False")
    out["replace_in_history"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ReplaceInHistoryAction, path)
    return out


# Checks #/$defs/Request/properties/request
def check_Request(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Request object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Request, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    x = v.get("method", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_Request,
            path,
            "method",
            "one of 'GET', 'POST', 'PUT', 'DELETE' (or a Method member)",
        )
    if not (isinstance(x, str) and x in _E_Method):
        raise Invalid(
            path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE' (or a Method member)"
        )
    out["method"] = _E_Method[x]
    if len(v) > 2:
        x = v.get("headers", MISSING)
        if x is not MISSING:
            out["headers"] = _map_of_any(x, path + ".headers")
        x = v.get("body", MISSING)
        if x is not MISSING:
            out["body"] = _str_or_map_of_any(x, path + ".body")
        x = v.get("timeout", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(path + ".timeout", x, "a number or a SWML variable such as '${name}'")
            out["timeout"] = x
        x = v.get("connect_timeout", MISSING)
        if x is not MISSING:
            if not (is_number(x) or is_var(x)):
                raise Invalid(
                    path + ".connect_timeout", x, "a number or a SWML variable such as '${name}'"
                )
            out["connect_timeout"] = x
        x = v.get("save_variables", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".save_variables",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["save_variables"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Request, path)
    return out


# Checks #/$defs/SMSWithBody
def check_SMSWithBody(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SMSWithBody object")
    out: dict[str, Any] = {}
    x = v.get("to_number", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SMSWithBody, path, "to_number", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to_number", x, "a string")
    out["to_number"] = x
    x = v.get("from_number", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SMSWithBody, path, "from_number", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".from_number", x, "a string")
    out["from_number"] = x
    x = v.get("body", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SMSWithBody, path, "body", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".body", x, "a string")
    out["body"] = x
    if len(v) > 3:
        x = v.get("region", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".region", x, "a string")
            out["region"] = x
        x = v.get("tags", MISSING)
        if x is not MISSING:
            out["tags"] = _list_of_str(x, path + ".tags")
        x = v.get("status_callback", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_callback", x, "a string")
            out["status_callback"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SMSWithBody, path)
    return out


# Checks #/$defs/SMSWithMedia
def check_SMSWithMedia(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SMSWithMedia object")
    out: dict[str, Any] = {}
    x = v.get("to_number", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SMSWithMedia, path, "to_number", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to_number", x, "a string")
    out["to_number"] = x
    x = v.get("from_number", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SMSWithMedia, path, "from_number", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".from_number", x, "a string")
    out["from_number"] = x
    x = v.get("media", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SMSWithMedia, path, "media", "a list of strings")
    out["media"] = _list_of_str(x, path + ".media")
    if len(v) > 3:
        x = v.get("region", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".region", x, "a string")
            out["region"] = x
        x = v.get("tags", MISSING)
        if x is not MISSING:
            out["tags"] = _list_of_str(x, path + ".tags")
        x = v.get("status_callback", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_callback", x, "a string")
            out["status_callback"] = x
        x = v.get("body", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".body", x, "a string")
            out["body"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SMSWithMedia, path)
    return out


# Checks #/$defs/SWAIG
def check_SWAIG(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWAIG object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("defaults", MISSING)
        if x is not MISSING:
            out["defaults"] = check_SWAIGDefaults(x, path + ".defaults")
        x = v.get("mcp_servers", MISSING)
        if x is not MISSING:
            out["mcp_servers"] = _list_of_MCPServer(x, path + ".mcp_servers")
        x = v.get("native_functions", MISSING)
        if x is not MISSING:
            out["native_functions"] = _list_of_SWAIGNativeFunction(x, path + ".native_functions")
        x = v.get("includes", MISSING)
        if x is not MISSING:
            out["includes"] = _list_of_SWAIGIncludes(x, path + ".includes")
        x = v.get("functions", MISSING)
        if x is not MISSING:
            out["functions"] = _SWAIG_functions(x, path + ".functions")
        x = v.get("internal_fillers", MISSING)
        if x is not MISSING:
            out["internal_fillers"] = check_SWAIGInternalFiller(x, path + ".internal_fillers")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWAIG, path)
    return out


# Checks #/$defs/SWAIGDefaults
def check_SWAIGDefaults(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWAIGDefaults object")
    out: dict[str, Any] = {}
    x = v.get("web_hook_url", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".web_hook_url", x, "a string")
        out["web_hook_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWAIGDefaults, path)
    return out


# Checks #/$defs/SWAIGIncludes
def check_SWAIGIncludes(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWAIGIncludes object")
    out: dict[str, Any] = {}
    x = v.get("functions", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SWAIGIncludes, path, "functions", "a list of strings")
    out["functions"] = _list_of_str(x, path + ".functions")
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SWAIGIncludes, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    x = v.get("meta_data", MISSING)
    if x is not MISSING:
        out["meta_data"] = _map_of_any(x, path + ".meta_data")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWAIGIncludes, path)
    return out


# Checks #/$defs/SWAIGInternalFiller
def check_SWAIGInternalFiller(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWAIGInternalFiller object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("check_time", MISSING)
        if x is not MISSING:
            out["check_time"] = check_FunctionFillers(x, path + ".check_time")
        x = v.get("wait_for_user", MISSING)
        if x is not MISSING:
            out["wait_for_user"] = check_FunctionFillers(x, path + ".wait_for_user")
        x = v.get("wait_seconds", MISSING)
        if x is not MISSING:
            out["wait_seconds"] = check_FunctionFillers(x, path + ".wait_seconds")
        x = v.get("adjust_response_latency", MISSING)
        if x is not MISSING:
            out["adjust_response_latency"] = check_FunctionFillers(
                x, path + ".adjust_response_latency"
            )
        x = v.get("next_step", MISSING)
        if x is not MISSING:
            out["next_step"] = check_FunctionFillers(x, path + ".next_step")
        x = v.get("change_context", MISSING)
        if x is not MISSING:
            out["change_context"] = check_FunctionFillers(x, path + ".change_context")
        x = v.get("get_visual_input", MISSING)
        if x is not MISSING:
            out["get_visual_input"] = check_FunctionFillers(x, path + ".get_visual_input")
        x = v.get("get_ideal_strategy", MISSING)
        if x is not MISSING:
            out["get_ideal_strategy"] = check_FunctionFillers(x, path + ".get_ideal_strategy")
        x = v.get("pause_conversation", MISSING)
        if x is not MISSING:
            out["pause_conversation"] = check_FunctionFillers(x, path + ".pause_conversation")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWAIGInternalFiller, path)
    return out


# Checks #/$defs/SWMLAction
def check_SWMLAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWMLAction object")
    out: dict[str, Any] = {}
    x = v.get("SWML", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SWMLAction, path, "SWML", "a SWMLObject object")
    out["SWML"] = check_SWMLObject(x, path + ".SWML")
    x = v.get("transfer", MISSING)
    if x is not MISSING:
        if not ((x is True or x is False) or is_var(x)):
            raise Invalid(
                path + ".transfer", x, "True or False or a SWML variable such as '${name}'"
            )
        out["transfer"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWMLAction, path)
    return out


# Checks #
def check_SWMLObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWMLObject object")
    out: dict[str, Any] = {}
    x = v.get("sections", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SWMLObject, path, "sections", "a Section object")
    out["sections"] = check_Section(x, path + ".sections")
    x = v.get("version", MISSING)
    if x is not MISSING:
        if not (isinstance(x, str) and x == "1.0.0"):
            raise Invalid(path + ".version", x, "'1.0.0'")
        out["version"] = "1.0.0"
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWMLObject, path)
    return out


# Checks #/$defs/SayAction
def check_SayAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SayAction object")
    out: dict[str, Any] = {}
    x = v.get("say", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SayAction, path, "say", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".say", x, "a string")
    out["say"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SayAction, path)
    return out


# Checks #/$defs/Section
def check_Section(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Section object")
    out: dict[str, Any] = {}
    x = v.get("main", MISSING)
    if x is MISSING:
        raise Invalid(path + ".main", MISSING, "a list of SWML methods")
    out["main"] = _list_of_method(x, path + ".main")
    for key, item in v.items():
        if key in _KEYS_Section:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = _list_of_method(item, path + "." + str(key))
    return out


# Checks #/$defs/SendDigits/properties/send_digits
def check_SendDigits(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SendDigits object")
    out: dict[str, Any] = {}
    x = v.get("digits", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SendDigits, path, "digits", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".digits", x, "a string")
    out["digits"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SendDigits, path)
    return out


# Checks #/$defs/SendFax/properties/send_fax
def check_SendFax(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SendFax object")
    out: dict[str, Any] = {}
    x = v.get("document", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SendFax, path, "document", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".document", x, "a string")
    out["document"] = x
    if len(v) > 1:
        x = v.get("header_info", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".header_info", x, "a string")
            out["header_info"] = x
        x = v.get("identity", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".identity", x, "a string")
            out["identity"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SendFax, path)
    return out


# Checks #/$defs/SetGlobalDataAction
def check_SetGlobalDataAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SetGlobalDataAction object")
    out: dict[str, Any] = {}
    x = v.get("set_global_data", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SetGlobalDataAction, path, "set_global_data", "a JSON object")
    out["set_global_data"] = _map_of_any(x, path + ".set_global_data")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SetGlobalDataAction, path)
    return out


# Checks #/$defs/SetMetaDataAction
def check_SetMetaDataAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SetMetaDataAction object")
    out: dict[str, Any] = {}
    x = v.get("set_meta_data", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SetMetaDataAction, path, "set_meta_data", "a JSON object")
    out["set_meta_data"] = _map_of_any(x, path + ".set_meta_data")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SetMetaDataAction, path)
    return out


# Checks #/$defs/SettingsAction/properties/settings
def check_Settings(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Settings object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("frequency-penalty", MISSING)
        if x is not MISSING:
            if not (is_number(x) and -2 <= x <= 2):
                raise Invalid(path + ".frequency-penalty", x, "a number from -2 to 2")
            out["frequency-penalty"] = x
        x = v.get("presence-penalty", MISSING)
        if x is not MISSING:
            if not (is_number(x) and -2 <= x <= 2):
                raise Invalid(path + ".presence-penalty", x, "a number from -2 to 2")
            out["presence-penalty"] = x
        x = v.get("max-tokens", MISSING)
        if x is not MISSING:
            if not (type(x) is int and 0 <= x <= 4096):
                raise Invalid(path + ".max-tokens", x, "an integer from 0 to 4096")
            out["max-tokens"] = x
        x = v.get("top-p", MISSING)
        if x is not MISSING:
            if not (is_number(x) and 0 <= x <= 1):
                raise Invalid(path + ".top-p", x, "a number from 0 to 1")
            out["top-p"] = x
        x = v.get("confidence", MISSING)
        if x is not MISSING:
            if not (is_number(x) and 0 <= x <= 1):
                raise Invalid(path + ".confidence", x, "a number from 0 to 1")
            out["confidence"] = x
        x = v.get("barge-confidence", MISSING)
        if x is not MISSING:
            if not (is_number(x) and 0 <= x <= 1):
                raise Invalid(path + ".barge-confidence", x, "a number from 0 to 1")
            out["barge-confidence"] = x
        x = v.get("temperature", MISSING)
        if x is not MISSING:
            if not (is_number(x) and 0 <= x <= 2):
                raise Invalid(path + ".temperature", x, "a number from 0 to 2")
            out["temperature"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Settings, path)
    return out


# Checks #/$defs/SettingsAction
def check_SettingsAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SettingsAction object")
    out: dict[str, Any] = {}
    x = v.get("settings", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SettingsAction, path, "settings", "a Settings object")
    out["settings"] = check_Settings(x, path + ".settings")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SettingsAction, path)
    return out


# Checks #/$defs/SIPRefer/properties/sip_refer
def check_SipRefer(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SipRefer object")
    out: dict[str, Any] = {}
    x = v.get("to_uri", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SipRefer, path, "to_uri", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to_uri", x, "a string")
    out["to_uri"] = x
    if len(v) > 1:
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
        x = v.get("username", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".username", x, "a string")
            out["username"] = x
        x = v.get("password", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".password", x, "a string")
            out["password"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SipRefer, path)
    return out


# Checks #/$defs/Sleep/properties/sleep/anyOf/0
def check_Sleep(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Sleep object")
    out: dict[str, Any] = {}
    x = v.get("duration", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_Sleep,
            path,
            "duration",
            "an integer of at least -1 or a SWML variable such as '${name}'",
        )
    if not ((type(x) is int and x >= -1) or is_var(x)):
        raise Invalid(
            path + ".duration", x, "an integer of at least -1 or a SWML variable such as '${name}'"
        )
    out["duration"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Sleep, path)
    return out


# Checks #/$defs/SpeechEventTimeoutAction
def check_SpeechEventTimeoutAction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a SpeechEventTimeoutAction object")
    )
    out: dict[str, Any] = {}
    x = v.get("speech_event_timeout", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_SpeechEventTimeoutAction,
            path,
            "speech_event_timeout",
            "an integer from 0 to 10000 or a SWML variable such as '${name}'",
        )
    if not ((type(x) is int and 0 <= x <= 10000) or is_var(x)):
        raise Invalid(
            path + ".speech_event_timeout",
            x,
            "an integer from 0 to 10000 or a SWML variable such as '${name}'",
        )
    out["speech_event_timeout"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SpeechEventTimeoutAction, path)
    return out


# Checks #/$defs/StartAction
def check_StartAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StartAction object")
    out: dict[str, Any] = {}
    x = v.get("start", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StartAction, path, "start", "a StartActionStart object")
    out["start"] = check_StartActionStart(x, path + ".start")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StartAction, path)
    return out


# Checks #/$defs/StartAction/properties/start
def check_StartActionStart(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StartActionStart object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("from_lang", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StartActionStart, path, "from_lang", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".from_lang", x, "a string")
    out["from_lang"] = x
    x = v.get("to_lang", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StartActionStart, path, "to_lang", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to_lang", x, "a string")
    out["to_lang"] = x
    x = v.get("direction", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_StartActionStart,
            path,
            "direction",
            "a list of items that are each one of 'remote-caller', 'local-caller' (or a TranslateDirection member)",
        )
    out["direction"] = _list_of_TranslateDirection(x, path + ".direction")
    if len(v) > 3:
        if not given.isdisjoint(_KEYS_StartActionStart_1):
            x = v.get("webhook", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".webhook", x, "a string")
                out["webhook"] = x
            x = v.get("from_voice", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".from_voice", x, "a string")
                out["from_voice"] = x
            x = v.get("to_voice", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".to_voice", x, "a string")
                out["to_voice"] = x
            x = v.get("filter_from", MISSING)
            if x is not MISSING:
                if not (
                    isinstance(x, str)
                    and (x in _E_TranslationFilterPreset or _RE_5.search(x) is not None)
                ):
                    raise Invalid(
                        path + ".filter_from",
                        x,
                        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' (or a TranslationFilterPreset member) or 'prompt:' followed by the filter's instructions",
                    )
                out["filter_from"] = str(x) if isinstance(x, str) else x
            x = v.get("filter_to", MISSING)
            if x is not MISSING:
                if not (
                    isinstance(x, str)
                    and (x in _E_TranslationFilterPreset or _RE_5.search(x) is not None)
                ):
                    raise Invalid(
                        path + ".filter_to",
                        x,
                        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' (or a TranslationFilterPreset member) or 'prompt:' followed by the filter's instructions",
                    )
                out["filter_to"] = str(x) if isinstance(x, str) else x
            x = v.get("live_events", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".live_events",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["live_events"] = x
        if not given.isdisjoint(_KEYS_StartActionStart_2):
            x = v.get("ai_summary", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".ai_summary",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["ai_summary"] = x
            x = v.get("speech_timeout", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".speech_timeout",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["speech_timeout"] = x
            x = v.get("vad_silence_ms", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".vad_silence_ms",
                        x,
                        "an integer or a SWML variable such as '${name}'",
                    )
                out["vad_silence_ms"] = x
            x = v.get("vad_thresh", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["vad_thresh"] = x
            x = v.get("debug_level", MISSING)
            if x is not MISSING:
                if not (type(x) is int or is_var(x)):
                    raise Invalid(
                        path + ".debug_level", x, "an integer or a SWML variable such as '${name}'"
                    )
                out["debug_level"] = x
            x = v.get("speech_engine", MISSING)
            if x is not MISSING:
                if not (isinstance(x, str) and x in _E_SpeechEngine):
                    raise Invalid(
                        path + ".speech_engine",
                        x,
                        "one of 'deepgram', 'google' (or a SpeechEngine member)",
                    )
                out["speech_engine"] = _E_SpeechEngine[x]
        x = v.get("ai_summary_prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".ai_summary_prompt", x, "a string")
            out["ai_summary_prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StartActionStart, path)
    return out


# Checks #/$defs/StartUpHookSWAIGFunction
def check_StartUpHookSWAIGFunction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a StartUpHookSWAIGFunction object")
    )
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StartUpHookSWAIGFunction, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StartUpHookSWAIGFunction, path, "function", "'startup_hook'")
    if not (isinstance(x, str) and x == "startup_hook"):
        raise Invalid(path + ".function", x, "'startup_hook'")
    out["function"] = "startup_hook"
    if len(v) > 2:
        if not given.isdisjoint(_KEYS_StartUpHookSWAIGFunction_1):
            x = v.get("purpose", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".purpose", x, "a string")
                out["purpose"] = x
            x = v.get("parameters", MISSING)
            if x is not MISSING:
                out["parameters"] = check_FunctionParameters(x, path + ".parameters")
            x = v.get("fillers", MISSING)
            if x is not MISSING:
                out["fillers"] = check_FunctionFillers(x, path + ".fillers")
            x = v.get("argument", MISSING)
            if x is not MISSING:
                out["argument"] = check_FunctionParameters(x, path + ".argument")
            x = v.get("active", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".active", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["active"] = x
            x = v.get("meta_data", MISSING)
            if x is not MISSING:
                out["meta_data"] = _map_of_any(x, path + ".meta_data")
        if not given.isdisjoint(_KEYS_StartUpHookSWAIGFunction_2):
            x = v.get("meta_data_token", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".meta_data_token", x, "a string")
                out["meta_data_token"] = x
            x = v.get("data_map", MISSING)
            if x is not MISSING:
                out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map")
            x = v.get("skip_fillers", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".skip_fillers",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["skip_fillers"] = x
            x = v.get("web_hook_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".web_hook_url", x, "a string")
                out["web_hook_url"] = x
            x = v.get("wait_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".wait_file", x, "a string")
                out["wait_file"] = x
            x = v.get("wait_file_loops", MISSING)
            if x is not MISSING:
                if not (type(x) is int or isinstance(x, str)):
                    raise Invalid(path + ".wait_file_loops", x, "an integer or a string")
                out["wait_file_loops"] = x
        x = v.get("wait_for_fillers", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".wait_for_fillers",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["wait_for_fillers"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StartUpHookSWAIGFunction, path)
    return out


# Checks #/$defs/StopAction
def check_StopAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StopAction object")
    out: dict[str, Any] = {}
    x = v.get("stop", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_StopAction, path, "stop", "True or False or a SWML variable such as '${name}'"
        )
    if not ((x is True or x is False) or is_var(x)):
        raise Invalid(path + ".stop", x, "True or False or a SWML variable such as '${name}'")
    out["stop"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StopAction, path)
    return out


# Checks #/$defs/StopDenoise/properties/stop_denoise
def check_StopDenoise(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StopDenoise object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StopDenoise, path)
    return out


# Checks #/$defs/StopPlaybackBGAction
def check_StopPlaybackBGAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StopPlaybackBGAction object")
    out: dict[str, Any] = {}
    x = v.get("stop_playback_bg", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_StopPlaybackBGAction,
            path,
            "stop_playback_bg",
            "True or False or a SWML variable such as '${name}'",
        )
    if not ((x is True or x is False) or is_var(x)):
        raise Invalid(
            path + ".stop_playback_bg", x, "True or False or a SWML variable such as '${name}'"
        )
    out["stop_playback_bg"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StopPlaybackBGAction, path)
    return out


# Checks #/$defs/StopRecordCall/properties/stop_record_call
def check_StopRecordCall(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StopRecordCall object")
    out: dict[str, Any] = {}
    x = v.get("control_id", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".control_id", x, "a string")
        out["control_id"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StopRecordCall, path)
    return out


# Checks #/$defs/StopStream/properties/stop_stream
def check_StopStream(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StopStream object")
    out: dict[str, Any] = {}
    x = v.get("control_id", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".control_id", x, "a string")
        out["control_id"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StopStream, path)
    return out


# Checks #/$defs/StopTap/properties/stop_tap
def check_StopTap(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StopTap object")
    out: dict[str, Any] = {}
    x = v.get("control_id", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".control_id", x, "a string")
        out["control_id"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StopTap, path)
    return out


# Checks #/$defs/Stream/properties/stream
def check_Stream(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Stream object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Stream, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    if len(v) > 1:
        x = v.get("control_id", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".control_id", x, "a string")
            out["control_id"] = x
        x = v.get("name", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".name", x, "a string")
            out["name"] = x
        x = v.get("track", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Track):
                raise Invalid(
                    path + ".track",
                    x,
                    "one of 'inbound_track', 'outbound_track', 'both_tracks' (or a Track member)",
                )
            out["track"] = _E_Track[x]
        x = v.get("codec", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".codec", x, "a string")
            out["codec"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
        x = v.get("status_url_method", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_StatusUrlMethod):
                raise Invalid(
                    path + ".status_url_method",
                    x,
                    "one of 'GET', 'POST' (or a StatusUrlMethod member)",
                )
            out["status_url_method"] = _E_StatusUrlMethod[x]
        x = v.get("authorization_bearer_token", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".authorization_bearer_token", x, "a string")
            out["authorization_bearer_token"] = x
        x = v.get("custom_parameters", MISSING)
        if x is not MISSING:
            out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Stream, path)
    return out


# Checks #/$defs/StringProperty
def check_StringProperty(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StringProperty object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StringProperty, path, "type", "'string'")
    if not (isinstance(x, str) and x == "string"):
        raise Invalid(path + ".type", x, "'string'")
    out["type"] = "string"
    if len(v) > 1:
        x = v.get("description", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".description", x, "a string")
            out["description"] = x
        x = v.get("nullable", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".nullable", x, "True or False or a SWML variable such as '${name}'"
                )
            out["nullable"] = x
        x = v.get("enum", MISSING)
        if x is not MISSING:
            out["enum"] = _list_of_str(x, path + ".enum")
        x = v.get("default", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".default", x, "a string")
            out["default"] = x
        x = v.get("pattern", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".pattern", x, "a string")
            out["pattern"] = x
        x = v.get("format", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_StringFormat):
                raise Invalid(
                    path + ".format",
                    x,
                    "one of 'date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid' (or a StringFormat member)",
                )
            out["format"] = _E_StringFormat[x]
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StringProperty, path)
    return out


# Checks #/$defs/SummarizeAction
def check_SummarizeAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SummarizeAction object")
    out: dict[str, Any] = {}
    x = v.get("summarize", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_SummarizeAction, path, "summarize", "a SummarizeActionSummarize object"
        )
    out["summarize"] = check_SummarizeActionSummarize(x, path + ".summarize")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SummarizeAction, path)
    return out


# Checks #/$defs/SummarizeAction/properties/summarize
def check_SummarizeActionSummarize(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a SummarizeActionSummarize object")
    )
    out: dict[str, Any] = {}
    if v:
        x = v.get("webhook", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".webhook", x, "a string")
            out["webhook"] = x
        x = v.get("prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".prompt", x, "a string")
            out["prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SummarizeActionSummarize, path)
    return out


# Checks #/$defs/SummarizeConversationSWAIGFunction
def check_SummarizeConversationSWAIGFunction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a SummarizeConversationSWAIGFunction object")
    )
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SummarizeConversationSWAIGFunction, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_SummarizeConversationSWAIGFunction,
            path,
            "function",
            "'summarize_conversation'",
        )
    if not (isinstance(x, str) and x == "summarize_conversation"):
        raise Invalid(path + ".function", x, "'summarize_conversation'")
    out["function"] = "summarize_conversation"
    if len(v) > 2:
        if not given.isdisjoint(_KEYS_SummarizeConversationSWAIGFunction_1):
            x = v.get("purpose", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".purpose", x, "a string")
                out["purpose"] = x
            x = v.get("parameters", MISSING)
            if x is not MISSING:
                out["parameters"] = check_FunctionParameters(x, path + ".parameters")
            x = v.get("fillers", MISSING)
            if x is not MISSING:
                out["fillers"] = check_FunctionFillers(x, path + ".fillers")
            x = v.get("argument", MISSING)
            if x is not MISSING:
                out["argument"] = check_FunctionParameters(x, path + ".argument")
            x = v.get("active", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".active", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["active"] = x
            x = v.get("meta_data", MISSING)
            if x is not MISSING:
                out["meta_data"] = _map_of_any(x, path + ".meta_data")
        if not given.isdisjoint(_KEYS_SummarizeConversationSWAIGFunction_2):
            x = v.get("meta_data_token", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".meta_data_token", x, "a string")
                out["meta_data_token"] = x
            x = v.get("data_map", MISSING)
            if x is not MISSING:
                out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map")
            x = v.get("skip_fillers", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".skip_fillers",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["skip_fillers"] = x
            x = v.get("web_hook_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".web_hook_url", x, "a string")
                out["web_hook_url"] = x
            x = v.get("wait_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".wait_file", x, "a string")
                out["wait_file"] = x
            x = v.get("wait_file_loops", MISSING)
            if x is not MISSING:
                if not (type(x) is int or isinstance(x, str)):
                    raise Invalid(path + ".wait_file_loops", x, "an integer or a string")
                out["wait_file_loops"] = x
        x = v.get("wait_for_fillers", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".wait_for_fillers",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["wait_for_fillers"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SummarizeConversationSWAIGFunction, path)
    return out


# Checks #/$defs/SwaigToolResult
def check_SwaigToolResult(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SwaigToolResult object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("tool_result", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".tool_result", x, "a string")
            out["tool_result"] = x
        x = v.get("tool_prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".tool_prompt", x, "a string")
            out["tool_prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SwaigToolResult, path)
    return out


# Checks #/$defs/JoinConferenceObject/properties/result/anyOf/0
def check_Switch(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Switch object")
    out: dict[str, Any] = {}
    x = v.get("variable", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Switch, path, "variable", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".variable", x, "a string")
    out["variable"] = x
    x = v.get("case", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_Switch,
            path,
            "case",
            "a JSON object whose values are each a list of SWML methods",
        )
    out["case"] = _map_of_list_of_method(x, path + ".case")
    x = v.get("default", MISSING)
    if x is not MISSING:
        out["default"] = _list_of_method(x, path + ".default")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Switch, path)
    return out


# Checks #/$defs/Switch/properties/switch
def check_SwitchArgument(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SwitchArgument object")
    out: dict[str, Any] = {}
    x = v.get("variable", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SwitchArgument, path, "variable", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".variable", x, "a string")
    out["variable"] = x
    x = v.get("case", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_SwitchArgument,
            path,
            "case",
            "a JSON object whose values are each a list of SWML methods",
        )
    out["case"] = _map_of_list_of_method(x, path + ".case")
    x = v.get("default", MISSING)
    if x is not MISSING:
        out["default"] = _list_of_method(x, path + ".default")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SwitchArgument, path)
    return out


# Checks #/$defs/Tap/properties/tap
def check_Tap(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Tap object")
    out: dict[str, Any] = {}
    x = v.get("uri", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Tap, path, "uri", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".uri", x, "a string")
    out["uri"] = x
    if len(v) > 1:
        x = v.get("control_id", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".control_id", x, "a string")
            out["control_id"] = x
        x = v.get("direction", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_TapDirection):
                raise Invalid(
                    path + ".direction",
                    x,
                    "one of 'speak', 'listen', 'both' (or a TapDirection member)",
                )
            out["direction"] = _E_TapDirection[x]
        x = v.get("codec", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Codec):
                raise Invalid(path + ".codec", x, "one of 'PCMU', 'PCMA' (or a Codec member)")
            out["codec"] = _E_Codec[x]
        x = v.get("rtp_ptime", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".rtp_ptime", x, "an integer or a SWML variable such as '${name}'"
                )
            out["rtp_ptime"] = x
        x = v.get("status_url", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".status_url", x, "a string")
            out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Tap, path)
    return out


# Checks #/$defs/ToggleFunctionsAction
def check_ToggleFunctionsAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ToggleFunctionsAction object")
    out: dict[str, Any] = {}
    x = v.get("toggle_functions", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ToggleFunctionsAction,
            path,
            "toggle_functions",
            "a list of ToggleFunctionsItem objects",
        )
    out["toggle_functions"] = _list_of_ToggleFunctionsItem(x, path + ".toggle_functions")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ToggleFunctionsAction, path)
    return out


# Checks #/$defs/ToggleFunctionsAction/properties/toggle_functions/items
def check_ToggleFunctionsItem(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a ToggleFunctionsItem object")
    out: dict[str, Any] = {}
    x = v.get("active", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_ToggleFunctionsItem,
            path,
            "active",
            "True or False or a SWML variable such as '${name}'",
        )
    if not ((x is True or x is False) or is_var(x)):
        raise Invalid(path + ".active", x, "True or False or a SWML variable such as '${name}'")
    out["active"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_ToggleFunctionsItem, path, "function", "a string or a list of strings")
    out["function"] = _str_or_list_of_str(x, path + ".function")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_ToggleFunctionsItem, path)
    return out


# Checks #/$defs/Transcribe/properties/transcribe
def check_Transcribe(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Transcribe object")
    out: dict[str, Any] = {}
    x = v.get("status_url", MISSING)
    if x is not MISSING:
        if not isinstance(x, str):
            raise Invalid(path + ".status_url", x, "a string")
        out["status_url"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Transcribe, path)
    return out


# Checks #/$defs/TranscribeStartAction
def check_TranscribeStartAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a TranscribeStartAction object")
    out: dict[str, Any] = {}
    x = v.get("start", MISSING)
    if x is MISSING:
        missing_key(
            v, _KEYS_TranscribeStartAction, path, "start", "a TranscribeStartActionStart object"
        )
    out["start"] = check_TranscribeStartActionStart(x, path + ".start")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_TranscribeStartAction, path)
    return out


# Checks #/$defs/TranscribeStartAction/properties/start
def check_TranscribeStartActionStart(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a TranscribeStartActionStart object")
    )
    out: dict[str, Any] = {}
    x = v.get("lang", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_TranscribeStartActionStart, path, "lang", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".lang", x, "a string")
    out["lang"] = x
    x = v.get("direction", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_TranscribeStartActionStart,
            path,
            "direction",
            "a list of items that are each one of 'remote-caller', 'local-caller' (or a TranscribeDirection member)",
        )
    out["direction"] = _list_of_TranscribeDirection(x, path + ".direction")
    if len(v) > 2:
        x = v.get("ai_summary", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".ai_summary", x, "True or False or a SWML variable such as '${name}'"
                )
            out["ai_summary"] = x
        x = v.get("webhook", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".webhook", x, "a string")
            out["webhook"] = x
        x = v.get("live_events", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".live_events", x, "True or False or a SWML variable such as '${name}'"
                )
            out["live_events"] = x
        x = v.get("speech_timeout", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".speech_timeout", x, "an integer or a SWML variable such as '${name}'"
                )
            out["speech_timeout"] = x
        x = v.get("vad_silence_ms", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".vad_silence_ms", x, "an integer or a SWML variable such as '${name}'"
                )
            out["vad_silence_ms"] = x
        x = v.get("vad_thresh", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'"
                )
            out["vad_thresh"] = x
        x = v.get("debug_level", MISSING)
        if x is not MISSING:
            if not (type(x) is int or is_var(x)):
                raise Invalid(
                    path + ".debug_level", x, "an integer or a SWML variable such as '${name}'"
                )
            out["debug_level"] = x
        x = v.get("speech_engine", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_SpeechEngine):
                raise Invalid(
                    path + ".speech_engine",
                    x,
                    "one of 'deepgram', 'google' (or a SpeechEngine member)",
                )
            out["speech_engine"] = _E_SpeechEngine[x]
        x = v.get("ai_summary_prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".ai_summary_prompt", x, "a string")
            out["ai_summary_prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_TranscribeStartActionStart, path)
    return out


# Checks #/$defs/TranscribeStop/properties/transcribe_stop
def check_TranscribeStop(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a TranscribeStop object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_TranscribeStop, path)
    return out


# Checks #/$defs/TranscribeSummarizeAction
def check_TranscribeSummarizeAction(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a TranscribeSummarizeAction object")
    )
    out: dict[str, Any] = {}
    x = v.get("summarize", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_TranscribeSummarizeAction,
            path,
            "summarize",
            "a TranscribeSummarizeActionSummarize object",
        )
    out["summarize"] = check_TranscribeSummarizeActionSummarize(x, path + ".summarize")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_TranscribeSummarizeAction, path)
    return out


# Checks #/$defs/TranscribeSummarizeAction/properties/summarize
def check_TranscribeSummarizeActionSummarize(value: object, path: str) -> dict[str, Any]:
    v = (
        value
        if type(value) is dict
        else as_object(value, path, "a TranscribeSummarizeActionSummarize object")
    )
    out: dict[str, Any] = {}
    if v:
        x = v.get("webhook", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".webhook", x, "a string")
            out["webhook"] = x
        x = v.get("prompt", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".prompt", x, "a string")
            out["prompt"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_TranscribeSummarizeActionSummarize, path)
    return out


# Checks #/$defs/Transfer/properties/transfer
def check_Transfer(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Transfer object")
    out: dict[str, Any] = {}
    x = v.get("dest", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Transfer, path, "dest", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".dest", x, "a string")
    out["dest"] = x
    if len(v) > 1:
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = _map_of_any(x, path + ".params")
        x = v.get("meta", MISSING)
        if x is not MISSING:
            out["meta"] = _map_of_any(x, path + ".meta")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Transfer, path)
    return out


# Checks #/$defs/TurnFillers
def check_TurnFillers(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a TurnFillers object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    if v:
        if not given.isdisjoint(_KEYS_TurnFillers_1):
            x = v.get("default", MISSING)
            if x is not MISSING:
                out["default"] = _list_of_str(x, path + ".default")
            x = v.get("bg", MISSING)
            if x is not MISSING:
                out["bg"] = _list_of_str(x, path + ".bg")
            x = v.get("ca", MISSING)
            if x is not MISSING:
                out["ca"] = _list_of_str(x, path + ".ca")
            x = v.get("zh", MISSING)
            if x is not MISSING:
                out["zh"] = _list_of_str(x, path + ".zh")
            x = v.get("zh-CN", MISSING)
            if x is not MISSING:
                out["zh-CN"] = _list_of_str(x, path + ".zh-CN")
            x = v.get("zh-Hans", MISSING)
            if x is not MISSING:
                out["zh-Hans"] = _list_of_str(x, path + ".zh-Hans")
        if not given.isdisjoint(_KEYS_TurnFillers_2):
            x = v.get("zh-TW", MISSING)
            if x is not MISSING:
                out["zh-TW"] = _list_of_str(x, path + ".zh-TW")
            x = v.get("zh-Hant", MISSING)
            if x is not MISSING:
                out["zh-Hant"] = _list_of_str(x, path + ".zh-Hant")
            x = v.get("zh-HK", MISSING)
            if x is not MISSING:
                out["zh-HK"] = _list_of_str(x, path + ".zh-HK")
            x = v.get("cs", MISSING)
            if x is not MISSING:
                out["cs"] = _list_of_str(x, path + ".cs")
            x = v.get("da", MISSING)
            if x is not MISSING:
                out["da"] = _list_of_str(x, path + ".da")
            x = v.get("da-DK", MISSING)
            if x is not MISSING:
                out["da-DK"] = _list_of_str(x, path + ".da-DK")
        if not given.isdisjoint(_KEYS_TurnFillers_3):
            x = v.get("nl", MISSING)
            if x is not MISSING:
                out["nl"] = _list_of_str(x, path + ".nl")
            x = v.get("en", MISSING)
            if x is not MISSING:
                out["en"] = _list_of_str(x, path + ".en")
            x = v.get("en-US", MISSING)
            if x is not MISSING:
                out["en-US"] = _list_of_str(x, path + ".en-US")
            x = v.get("en-GB", MISSING)
            if x is not MISSING:
                out["en-GB"] = _list_of_str(x, path + ".en-GB")
            x = v.get("en-NZ", MISSING)
            if x is not MISSING:
                out["en-NZ"] = _list_of_str(x, path + ".en-NZ")
            x = v.get("en-IN", MISSING)
            if x is not MISSING:
                out["en-IN"] = _list_of_str(x, path + ".en-IN")
        if not given.isdisjoint(_KEYS_TurnFillers_4):
            x = v.get("en-AU", MISSING)
            if x is not MISSING:
                out["en-AU"] = _list_of_str(x, path + ".en-AU")
            x = v.get("et", MISSING)
            if x is not MISSING:
                out["et"] = _list_of_str(x, path + ".et")
            x = v.get("fi", MISSING)
            if x is not MISSING:
                out["fi"] = _list_of_str(x, path + ".fi")
            x = v.get("nl-BE", MISSING)
            if x is not MISSING:
                out["nl-BE"] = _list_of_str(x, path + ".nl-BE")
            x = v.get("fr", MISSING)
            if x is not MISSING:
                out["fr"] = _list_of_str(x, path + ".fr")
            x = v.get("fr-CA", MISSING)
            if x is not MISSING:
                out["fr-CA"] = _list_of_str(x, path + ".fr-CA")
        if not given.isdisjoint(_KEYS_TurnFillers_5):
            x = v.get("de", MISSING)
            if x is not MISSING:
                out["de"] = _list_of_str(x, path + ".de")
            x = v.get("de-CH", MISSING)
            if x is not MISSING:
                out["de-CH"] = _list_of_str(x, path + ".de-CH")
            x = v.get("el", MISSING)
            if x is not MISSING:
                out["el"] = _list_of_str(x, path + ".el")
            x = v.get("hi", MISSING)
            if x is not MISSING:
                out["hi"] = _list_of_str(x, path + ".hi")
            x = v.get("hu", MISSING)
            if x is not MISSING:
                out["hu"] = _list_of_str(x, path + ".hu")
            x = v.get("id", MISSING)
            if x is not MISSING:
                out["id"] = _list_of_str(x, path + ".id")
        if not given.isdisjoint(_KEYS_TurnFillers_6):
            x = v.get("it", MISSING)
            if x is not MISSING:
                out["it"] = _list_of_str(x, path + ".it")
            x = v.get("ja", MISSING)
            if x is not MISSING:
                out["ja"] = _list_of_str(x, path + ".ja")
            x = v.get("ko", MISSING)
            if x is not MISSING:
                out["ko"] = _list_of_str(x, path + ".ko")
            x = v.get("ko-KR", MISSING)
            if x is not MISSING:
                out["ko-KR"] = _list_of_str(x, path + ".ko-KR")
            x = v.get("lv", MISSING)
            if x is not MISSING:
                out["lv"] = _list_of_str(x, path + ".lv")
            x = v.get("lt", MISSING)
            if x is not MISSING:
                out["lt"] = _list_of_str(x, path + ".lt")
        if not given.isdisjoint(_KEYS_TurnFillers_7):
            x = v.get("ms", MISSING)
            if x is not MISSING:
                out["ms"] = _list_of_str(x, path + ".ms")
            x = v.get("multi", MISSING)
            if x is not MISSING:
                out["multi"] = _list_of_str(x, path + ".multi")
            x = v.get("no", MISSING)
            if x is not MISSING:
                out["no"] = _list_of_str(x, path + ".no")
            x = v.get("pl", MISSING)
            if x is not MISSING:
                out["pl"] = _list_of_str(x, path + ".pl")
            x = v.get("pt", MISSING)
            if x is not MISSING:
                out["pt"] = _list_of_str(x, path + ".pt")
            x = v.get("pt-BR", MISSING)
            if x is not MISSING:
                out["pt-BR"] = _list_of_str(x, path + ".pt-BR")
        if not given.isdisjoint(_KEYS_TurnFillers_8):
            x = v.get("pt-PT", MISSING)
            if x is not MISSING:
                out["pt-PT"] = _list_of_str(x, path + ".pt-PT")
            x = v.get("ro", MISSING)
            if x is not MISSING:
                out["ro"] = _list_of_str(x, path + ".ro")
            x = v.get("ru", MISSING)
            if x is not MISSING:
                out["ru"] = _list_of_str(x, path + ".ru")
            x = v.get("sk", MISSING)
            if x is not MISSING:
                out["sk"] = _list_of_str(x, path + ".sk")
            x = v.get("es", MISSING)
            if x is not MISSING:
                out["es"] = _list_of_str(x, path + ".es")
            x = v.get("es-419", MISSING)
            if x is not MISSING:
                out["es-419"] = _list_of_str(x, path + ".es-419")
        if not given.isdisjoint(_KEYS_TurnFillers_9):
            x = v.get("sv", MISSING)
            if x is not MISSING:
                out["sv"] = _list_of_str(x, path + ".sv")
            x = v.get("sv-SE", MISSING)
            if x is not MISSING:
                out["sv-SE"] = _list_of_str(x, path + ".sv-SE")
            x = v.get("th", MISSING)
            if x is not MISSING:
                out["th"] = _list_of_str(x, path + ".th")
            x = v.get("th-TH", MISSING)
            if x is not MISSING:
                out["th-TH"] = _list_of_str(x, path + ".th-TH")
            x = v.get("tr", MISSING)
            if x is not MISSING:
                out["tr"] = _list_of_str(x, path + ".tr")
            x = v.get("uk", MISSING)
            if x is not MISSING:
                out["uk"] = _list_of_str(x, path + ".uk")
        x = v.get("vi", MISSING)
        if x is not MISSING:
            out["vi"] = _list_of_str(x, path + ".vi")
    for key, item in v.items():
        if key in _KEYS_TurnFillers:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = _list_of_str(item, path + "." + str(key))
    return out


# Checks #/$defs/UnsetGlobalDataAction/properties/unset_global_data/anyOf/1
def check_UnsetGlobalData(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an UnsetGlobalData object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UnsetGlobalData, path)
    return out


# Checks #/$defs/UnsetGlobalDataAction
def check_UnsetGlobalDataAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an UnsetGlobalDataAction object")
    out: dict[str, Any] = {}
    x = v.get("unset_global_data", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_UnsetGlobalDataAction,
            path,
            "unset_global_data",
            "a string or an UnsetGlobalData object",
        )
    out["unset_global_data"] = _str_or_UnsetGlobalData(x, path + ".unset_global_data")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UnsetGlobalDataAction, path)
    return out


# Checks #/$defs/UnsetMetaDataAction/properties/unset_meta_data/anyOf/1
def check_UnsetMetaData(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an UnsetMetaData object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UnsetMetaData, path)
    return out


# Checks #/$defs/UnsetMetaDataAction
def check_UnsetMetaDataAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an UnsetMetaDataAction object")
    out: dict[str, Any] = {}
    x = v.get("unset_meta_data", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_UnsetMetaDataAction,
            path,
            "unset_meta_data",
            "a string or an UnsetMetaData object",
        )
    out["unset_meta_data"] = _str_or_UnsetMetaData(x, path + ".unset_meta_data")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UnsetMetaDataAction, path)
    return out


# Checks #/$defs/UserEvent/properties/user_event
def check_UserEvent(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a UserEvent object")
    out: dict[str, Any] = {}
    x = v.get("event", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_UserEvent, path, "event", "a JSON object")
    out["event"] = _map_of_any(x, path + ".event")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UserEvent, path)
    return out


# Checks #/$defs/UserInputAction
def check_UserInputAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a UserInputAction object")
    out: dict[str, Any] = {}
    x = v.get("user_input", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_UserInputAction, path, "user_input", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".user_input", x, "a string")
    out["user_input"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UserInputAction, path)
    return out


# Checks #/$defs/UserSWAIGFunction
def check_UserSWAIGFunction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a UserSWAIGFunction object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("description", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_UserSWAIGFunction, path, "description", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".description", x, "a string")
    out["description"] = x
    x = v.get("function", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_UserSWAIGFunction, path, "function", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".function", x, "a string")
    out["function"] = x
    if len(v) > 2:
        if not given.isdisjoint(_KEYS_UserSWAIGFunction_1):
            x = v.get("purpose", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".purpose", x, "a string")
                out["purpose"] = x
            x = v.get("parameters", MISSING)
            if x is not MISSING:
                out["parameters"] = check_FunctionParameters(x, path + ".parameters")
            x = v.get("fillers", MISSING)
            if x is not MISSING:
                out["fillers"] = check_FunctionFillers(x, path + ".fillers")
            x = v.get("argument", MISSING)
            if x is not MISSING:
                out["argument"] = check_FunctionParameters(x, path + ".argument")
            x = v.get("active", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".active", x, "True or False or a SWML variable such as '${name}'"
                    )
                out["active"] = x
            x = v.get("meta_data", MISSING)
            if x is not MISSING:
                out["meta_data"] = _map_of_any(x, path + ".meta_data")
        if not given.isdisjoint(_KEYS_UserSWAIGFunction_2):
            x = v.get("meta_data_token", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".meta_data_token", x, "a string")
                out["meta_data_token"] = x
            x = v.get("data_map", MISSING)
            if x is not MISSING:
                out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map")
            x = v.get("skip_fillers", MISSING)
            if x is not MISSING:
                if not ((x is True or x is False) or is_var(x)):
                    raise Invalid(
                        path + ".skip_fillers",
                        x,
                        "True or False or a SWML variable such as '${name}'",
                    )
                out["skip_fillers"] = x
            x = v.get("web_hook_url", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".web_hook_url", x, "a string")
                out["web_hook_url"] = x
            x = v.get("wait_file", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".wait_file", x, "a string")
                out["wait_file"] = x
            x = v.get("wait_file_loops", MISSING)
            if x is not MISSING:
                if not (type(x) is int or isinstance(x, str)):
                    raise Invalid(path + ".wait_file_loops", x, "an integer or a string")
                out["wait_file_loops"] = x
        x = v.get("wait_for_fillers", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".wait_for_fillers",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["wait_for_fillers"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_UserSWAIGFunction, path)
    return out


# Checks #/$defs/WaitForUserAction
def check_WaitForUserAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a WaitForUserAction object")
    out: dict[str, Any] = {}
    x = v.get("wait_for_user", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_WaitForUserAction,
            path,
            "wait_for_user",
            "True or False or an integer from 0 to 2147483647 or 'answer_first'",
        )
    if not (
        (x is True or x is False)
        or (type(x) is int and 0 <= x <= 2147483647)
        or (isinstance(x, str) and x == "answer_first")
    ):
        raise Invalid(
            path + ".wait_for_user",
            x,
            "True or False or an integer from 0 to 2147483647 or 'answer_first'",
        )
    out["wait_for_user"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_WaitForUserAction, path)
    return out


# Checks #/$defs/Webhook
def check_Webhook(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Webhook object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Webhook, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    if len(v) > 1:
        x = v.get("expressions", MISSING)
        if x is not MISSING:
            out["expressions"] = _list_of_Expression(x, path + ".expressions")
        x = v.get("error_keys", MISSING)
        if x is not MISSING:
            out["error_keys"] = _str_or_list_of_str(x, path + ".error_keys")
        x = v.get("foreach", MISSING)
        if x is not MISSING:
            out["foreach"] = check_Foreach(x, path + ".foreach")
        x = v.get("headers", MISSING)
        if x is not MISSING:
            out["headers"] = _map_of_any(x, path + ".headers")
        x = v.get("method", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Method):
                raise Invalid(
                    path + ".method",
                    x,
                    "one of 'GET', 'POST', 'PUT', 'DELETE' (or a Method member)",
                )
            out["method"] = _E_Method[x]
        x = v.get("input_args_as_params", MISSING)
        if x is not MISSING:
            if not ((x is True or x is False) or is_var(x)):
                raise Invalid(
                    path + ".input_args_as_params",
                    x,
                    "True or False or a SWML variable such as '${name}'",
                )
            out["input_args_as_params"] = x
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = _map_of_any(x, path + ".params")
        x = v.get("require_args", MISSING)
        if x is not MISSING:
            out["require_args"] = _str_or_list_of_str(x, path + ".require_args")
        x = v.get("output", MISSING)
        if x is not MISSING:
            out["output"] = check_Output(x, path + ".output")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Webhook, path)
    return out


# Checks #/$defs/AISidecarParamProperty
def check_AISidecarParamProperty(value: object, path: str) -> Any:
    if type(value) is dict and value.get("type") == "string":
        return check_AISidecarStringParam(value, path)
    if type(value) is dict and value.get("type") == "integer":
        return check_AISidecarIntegerParam(value, path)
    if type(value) is dict and value.get("type") == "number":
        return check_AISidecarNumberParam(value, path)
    if type(value) is dict and value.get("type") == "boolean":
        return check_AISidecarBooleanParam(value, path)
    if type(value) is dict and value.get("type") == "array":
        return check_AISidecarArrayParam(value, path)
    if type(value) is dict and value.get("type") == "object":
        return check_AISidecarObjectParam(value, path)
    if type(value) is dict and "type" in value:
        raise Invalid(
            path + ".type",
            value["type"],
            "one of 'string', 'integer', 'number', 'boolean', 'array', 'object'",
        )
    if type(value) is dict and "items" in value and value.keys() <= _KEYS_AISidecarArrayParam:
        return check_AISidecarArrayParam(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_AISidecarParamProperty,
        True,
        "an AISidecarStringParam object or an AISidecarIntegerParam object or an AISidecarNumberParam object or an AISidecarBooleanParam object or an AISidecarArrayParam object or an AISidecarObjectParam object",
    )


# Checks #/$defs/POM
def check_POM(value: object, path: str) -> Any:
    return pick_variant(
        value,
        path,
        _VARIANTS_POM,
        False,
        "a PomSectionBodyContent object or a PomSectionBulletsContent object",
    )


# Checks #/$defs/SchemaType
def check_SchemaType(value: object, path: str) -> Any:
    if type(value) is dict and value.get("type") == "string":
        return check_StringProperty(value, path)
    if type(value) is dict and value.get("type") == "integer":
        return check_IntegerProperty(value, path)
    if type(value) is dict and value.get("type") == "number":
        return check_NumberProperty(value, path)
    if type(value) is dict and value.get("type") == "boolean":
        return check_BooleanProperty(value, path)
    if type(value) is dict and value.get("type") == "array":
        return check_ArrayProperty(value, path)
    if type(value) is dict and value.get("type") == "object":
        return check_ObjectProperty(value, path)
    if type(value) is dict and value.get("type") == "null":
        return check_NullProperty(value, path)
    if type(value) is dict and "type" in value:
        raise Invalid(
            path + ".type",
            value["type"],
            "one of 'string', 'integer', 'number', 'boolean', 'array', 'object', 'null'",
        )
    if type(value) is dict and "items" in value and value.keys() <= _KEYS_ArrayProperty:
        return check_ArrayProperty(value, path)
    if type(value) is dict and "oneOf" in value and value.keys() <= _KEYS_OneOfProperty:
        return check_OneOfProperty(value, path)
    if type(value) is dict and "allOf" in value and value.keys() <= _KEYS_AllOfProperty:
        return check_AllOfProperty(value, path)
    if type(value) is dict and "anyOf" in value and value.keys() <= _KEYS_AnyOfProperty:
        return check_AnyOfProperty(value, path)
    if type(value) is dict and "const" in value and value.keys() <= _KEYS_ConstProperty:
        return check_ConstProperty(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_SchemaType,
        True,
        "a StringProperty object or an IntegerProperty object or a NumberProperty object or a BooleanProperty object or an ArrayProperty object or an ObjectProperty object or a NullProperty object or an OneOfProperty object or an AllOfProperty object or an AnyOfProperty object or a ConstProperty object",
    )


# Checks #/$defs/Label/properties/label
def _verb_label(value: object, path: str) -> Any:
    if not isinstance(value, str):
        raise Invalid(path, value, "a string")
    return value


# Checks #/$defs/AIObject/properties/prompt
def _AIPromptText_or_AIPromptPom(value: object, path: str) -> Any:
    if type(value) is dict and "text" in value and value.keys() <= _KEYS_AIPromptText:
        return check_AIPromptText(value, path)
    if type(value) is dict and "pom" in value and value.keys() <= _KEYS_AIPromptPom:
        return check_AIPromptPom(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_AIPromptText_or_AIPromptPom,
        True,
        "an AIPromptText object or an AIPromptPom object",
    )


# Checks #/$defs/AIObject/properties/global_data
def _map_of_any(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = json_copy(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/AIObject/properties/hints
def _list_of_str_or_Hint(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each a string or a Hint object")
    )
    out = []
    try:
        for item in items:
            out.append(_str_or_Hint(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AIObject/properties/languages
def _list_of_Languages(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of Languages objects")
    out = []
    try:
        for item in items:
            out.append(check_Languages(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AIObject/properties/post_prompt
def _AIPostPromptText_or_AIPostPromptPom(value: object, path: str) -> Any:
    if type(value) is dict and "text" in value and value.keys() <= _KEYS_AIPostPromptText:
        return check_AIPostPromptText(value, path)
    if type(value) is dict and "pom" in value and value.keys() <= _KEYS_AIPostPromptPom:
        return check_AIPostPromptPom(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_AIPostPromptText_or_AIPostPromptPom,
        False,
        "an AIPostPromptText object or an AIPostPromptPom object",
    )


# Checks #/$defs/AIObject/properties/pronounce
def _list_of_Pronounce(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of Pronounce objects")
    out = []
    try:
        for item in items:
            out.append(check_Pronounce(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AIParams/properties/convo
def _list_of_ConversationMessage(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of ConversationMessage objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_ConversationMessage(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AIParams/properties/swaig_post_swml_vars
def _bool_or_list_of_str_or_var(value: object, path: str) -> Any:
    if value is True or value is False:
        return value
    if is_var(value):
        return value
    if is_list(value):
        return _list_of_str(value, path)
    raise Invalid(
        path, value, "True or False or a list of strings or a SWML variable such as '${name}'"
    )


# Checks #/$defs/AIPostPromptPom/properties/pom
def _AIPostPromptPom_pom(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each a POM value (at least 1 item)")
    )
    if len(items) < 1:
        raise Invalid(path, value, "a list of items that are each a POM value (at least 1 item)")
    out = []
    try:
        for item in items:
            out.append(check_POM(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AISidecarFunctionParameters/properties/properties
def _map_of_AISidecarParamProperty(value: object, path: str) -> Any:
    v = as_object(
        value, path, "a JSON object whose values are each an AISidecarParamProperty value"
    )
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = check_AISidecarParamProperty(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/AISidecarFunctionParameters/properties/required
def _list_of_str(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of strings")
    for item in items:
        if not isinstance(item, str):
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "a string")
    return list(items)


# Checks #/$defs/AISidecarIntegerParam/properties/enum
def _list_of_int(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of integers")
    for item in items:
        if type(item) is not int:
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "an integer")
    return list(items)


# Checks #/$defs/AISidecarNumberParam/properties/enum
def _list_of_number(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of numbers")
    for item in items:
        if not is_number(item):
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "a number")
    return list(items)


# Checks #/$defs/AISidecarObject/properties/prompt
def _AISidecarObject_prompt(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    if type(value) is dict and "text" in value and value.keys() <= _KEYS_AISidecarPromptText:
        return check_AISidecarPromptText(value, path)
    if type(value) is dict and "pom" in value and value.keys() <= _KEYS_AISidecarPromptPom:
        return check_AISidecarPromptPom(value, path)
    if type(value) is dict and "file" in value and value.keys() <= _KEYS_AISidecarPromptFile:
        return check_AISidecarPromptFile(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_AISidecarObject_prompt,
        True,
        "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object",
    )


# Checks #/$defs/AISidecarObject/properties/direction
def _list_of_TranscribeDirection(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of items that are each one of 'remote-caller', 'local-caller' (or a TranscribeDirection member)",
        )
    )
    out: list[Any] = []
    for item in items:
        if not (isinstance(item, str) and item in _E_TranscribeDirection):
            raise Invalid(
                f"{path}[{len(out)}]",
                item,
                "one of 'remote-caller', 'local-caller' (or a TranscribeDirection member)",
            )
        out.append(_E_TranscribeDirection[item])
    return out


# Checks #/$defs/AISidecarObject/properties/hints
def _AISidecarObject_hints(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of strings (at least 1 item)")
    )
    if len(items) < 1:
        raise Invalid(path, value, "a list of strings (at least 1 item)")
    for item in items:
        if not isinstance(item, str):
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "a string")
    return list(items)


# Checks #/$defs/AISidecarSWAIG/properties/functions
def _list_of_AISidecarSWAIGFunction(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of AISidecarSWAIGFunction objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_AISidecarSWAIGFunction(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AISidecarSWAIG/properties/mcp_servers
def _list_of_MCPServer(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of MCPServer objects")
    out = []
    try:
        for item in items:
            out.append(check_MCPServer(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AddDynamicHintsAction/properties/add_dynamic_hints
def _list_of_str_or_DynamicHint(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each a string or a DynamicHint object")
    )
    out = []
    try:
        for item in items:
            out.append(_str_or_DynamicHint(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AllOfProperty/properties/allOf
def _list_of_SchemaType(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each a SchemaType value")
    )
    out = []
    try:
        for item in items:
            out.append(check_SchemaType(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/AmazonBedrockObject/properties/prompt
def _AmazonBedrockObject_prompt(value: object, path: str) -> Any:
    if (
        type(value) is dict
        and "text" in value
        and value.keys() <= _KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps
    ):
        return check_OmitPropertiesBedrockPromptTextOmittedPromptProps(value, path)
    if (
        type(value) is dict
        and "pom" in value
        and value.keys() <= _KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps
    ):
        return check_OmitPropertiesBedrockPromptPomOmittedPromptProps(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_AmazonBedrockObject_prompt,
        False,
        "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
    )


# Checks #/$defs/AmazonBedrockObject/properties/post_prompt
def _AmazonBedrockObject_post_prompt(value: object, path: str) -> Any:
    if (
        type(value) is dict
        and "text" in value
        and value.keys() <= _KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps
    ):
        return check_OmitPropertiesBedrockPostPomptTextOmittedPromptProps(value, path)
    if (
        type(value) is dict
        and "pom" in value
        and value.keys() <= _KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps
    ):
        return check_OmitPropertiesBedrockPostPromptPomOmittedPromptProps(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_AmazonBedrockObject_post_prompt,
        False,
        "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object",
    )


# Checks #/$defs/ArrayProperty/properties/default
def _list_of_any(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each any JSON value")
    )
    out = []
    try:
        for item in items:
            out.append(json_copy(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/BedrockDataMap/properties/expressions
def _list_of_BedrockExpression(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of BedrockExpression objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_BedrockExpression(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/BedrockDataMap/properties/webhooks
def _list_of_BedrockWebhook(value: object, path: str) -> Any:
    items = (
        value if type(value) is list else as_list(value, path, "a list of BedrockWebhook objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_BedrockWebhook(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/BedrockOutput/properties/action
def _BedrockOutput_action(value: object, path: str) -> Any:
    if is_list(value):
        return _BedrockOutput_action_list(value, path)
    if type(value) is dict and "SWML" in value and value.keys() <= _KEYS_SWMLAction:
        return check_SWMLAction(value, path)
    if (
        type(value) is dict
        and "change_context" in value
        and value.keys() <= _KEYS_ChangeContextAction
    ):
        return check_ChangeContextAction(value, path)
    if type(value) is dict and "change_step" in value and value.keys() <= _KEYS_ChangeStepAction:
        return check_ChangeStepAction(value, path)
    if (
        type(value) is dict
        and "context_switch" in value
        and value.keys() <= _KEYS_ContextSwitchAction
    ):
        return check_ContextSwitchAction(value, path)
    if type(value) is dict and "hangup" in value and value.keys() <= _KEYS_HangupAction:
        return check_HangupAction(value, path)
    if type(value) is dict and "hold" in value and value.keys() <= _KEYS_HoldAction:
        return check_HoldAction(value, path)
    if type(value) is dict and "playback_bg" in value and value.keys() <= _KEYS_PlaybackBGAction:
        return check_PlaybackBGAction(value, path)
    if type(value) is dict and "say" in value and value.keys() <= _KEYS_SayAction:
        return check_SayAction(value, path)
    if (
        type(value) is dict
        and "set_global_data" in value
        and value.keys() <= _KEYS_SetGlobalDataAction
    ):
        return check_SetGlobalDataAction(value, path)
    if type(value) is dict and "set_meta_data" in value and value.keys() <= _KEYS_SetMetaDataAction:
        return check_SetMetaDataAction(value, path)
    if type(value) is dict and "stop" in value and value.keys() <= _KEYS_StopAction:
        return check_StopAction(value, path)
    if (
        type(value) is dict
        and "stop_playback_bg" in value
        and value.keys() <= _KEYS_StopPlaybackBGAction
    ):
        return check_StopPlaybackBGAction(value, path)
    if (
        type(value) is dict
        and "toggle_functions" in value
        and value.keys() <= _KEYS_ToggleFunctionsAction
    ):
        return check_ToggleFunctionsAction(value, path)
    if (
        type(value) is dict
        and "unset_global_data" in value
        and value.keys() <= _KEYS_UnsetGlobalDataAction
    ):
        return check_UnsetGlobalDataAction(value, path)
    if (
        type(value) is dict
        and "unset_meta_data" in value
        and value.keys() <= _KEYS_UnsetMetaDataAction
    ):
        return check_UnsetMetaDataAction(value, path)
    if type(value) is dict and "user_input" in value and value.keys() <= _KEYS_UserInputAction:
        return check_UserInputAction(value, path)
    if type(value) is dict and "wait_for_user" in value and value.keys() <= _KEYS_WaitForUserAction:
        return check_WaitForUserAction(value, path)
    if (
        type(value) is dict
        and "add_dynamic_hints" in value
        and value.keys() <= _KEYS_AddDynamicHintsAction
    ):
        return check_AddDynamicHintsAction(value, path)
    if (
        type(value) is dict
        and "clear_dynamic_hints" in value
        and value.keys() <= _KEYS_ClearDynamicHintsAction
    ):
        return check_ClearDynamicHintsAction(value, path)
    if (
        type(value) is dict
        and "end_of_speech_timeout" in value
        and value.keys() <= _KEYS_EndOfSpeechTimeoutAction
    ):
        return check_EndOfSpeechTimeoutAction(value, path)
    if (
        type(value) is dict
        and "speech_event_timeout" in value
        and value.keys() <= _KEYS_SpeechEventTimeoutAction
    ):
        return check_SpeechEventTimeoutAction(value, path)
    if type(value) is dict and "change_voice" in value and value.keys() <= _KEYS_ChangeVoiceAction:
        return check_ChangeVoiceAction(value, path)
    if (
        type(value) is dict
        and "functions_on_speaker_timeout" in value
        and value.keys() <= _KEYS_FunctionsOnSpeakerTimeoutAction
    ):
        return check_FunctionsOnSpeakerTimeoutAction(value, path)
    if (
        type(value) is dict
        and "extensive_data" in value
        and value.keys() <= _KEYS_ExtensiveDataAction
    ):
        return check_ExtensiveDataAction(value, path)
    if (
        type(value) is dict
        and "replace_in_history" in value
        and value.keys() <= _KEYS_ReplaceInHistoryAction
    ):
        return check_ReplaceInHistoryAction(value, path)
    if type(value) is dict and "settings" in value and value.keys() <= _KEYS_SettingsAction:
        return check_SettingsAction(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_BedrockOutput_action,
        False,
        "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
    )


# Checks #/$defs/BedrockSWAIG/properties/functions
def _BedrockSWAIG_functions(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects",
        )
    )
    out = []
    try:
        for item in items:
            out.append(_BedrockSWAIG_functions_item(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/BedrockWebhook/properties/error_keys
def _str_or_list_of_str(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    if is_list(value):
        return _list_of_str(value, path)
    raise Invalid(path, value, "a string or a list of strings")


# Checks #/$defs/CondElse/properties/else
def _list_of_method(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of SWML methods")
    out = []
    try:
        for item in items:
            out.append(check_method(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/ConnectDestination/properties/headers
def _list_of_ConnectHeaders(value: object, path: str) -> Any:
    items = (
        value if type(value) is list else as_list(value, path, "a list of ConnectHeaders objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_ConnectHeaders(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/ConnectDestination/properties/call_state_events
def _list_of_CallStatus(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of items that are each one of 'created', 'ringing', 'answered', 'ended' (or a CallStatus member)",
        )
    )
    out: list[Any] = []
    for item in items:
        if not (isinstance(item, str) and item in _E_CallStatus):
            raise Invalid(
                f"{path}[{len(out)}]",
                item,
                "one of 'created', 'ringing', 'answered', 'ended' (or a CallStatus member)",
            )
        out.append(_E_CallStatus[item])
    return out


# Checks #/$defs/ConnectDestination/properties/confirm
def _ConnectDestination_confirm(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    if is_list(value):
        return _ConnectDestination_confirm_list(value, path)
    raise Invalid(
        path,
        value,
        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
    )


# Checks #/$defs/ConnectDestination/properties/custom_parameters
def _map_of_str(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object whose values are each a string")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        if not isinstance(item, str):
            raise Invalid(path + "." + str(key), item, "a string")
        out[key] = item
    return out


# Checks #/$defs/ConnectDeviceParallel/properties/parallel
def _list_of_ConnectDestination(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of ConnectDestination objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_ConnectDestination(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/ConnectDeviceParallel/properties/result
def _ConnectDeviceParallel_result(value: object, path: str) -> Any:
    if is_list(value):
        return _list_of_CondReg_or_CondElse(value, path)
    if type(value) is dict and "case" in value and value.keys() <= _KEYS_ConnectSwitch:
        return check_ConnectSwitch(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_ConnectDeviceParallel_result,
        False,
        "a ConnectSwitch object or a list of CondReg or CondElse objects",
    )


# Checks #/$defs/ConnectDeviceSerialParallel/properties/serial_parallel
def _list_of_list_of_ConnectDestination(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value, path, "a list of items that are each a list of ConnectDestination objects"
        )
    )
    out = []
    try:
        for item in items:
            out.append(_list_of_ConnectDestination(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/ConnectSwitch/properties/case
def _map_of_list_of_method(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object whose values are each a list of SWML methods")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = _list_of_method(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/ContextPOMSteps/properties/pom
def _list_of_POM(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each a POM value")
    )
    out = []
    try:
        for item in items:
            out.append(check_POM(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/Contexts/properties/default
def _ContextsPOMObject_or_ContextsTextObject(value: object, path: str) -> Any:
    return pick_variant(
        value,
        path,
        _VARIANTS_ContextsPOMObject_or_ContextsTextObject,
        False,
        "a ContextsPOMObject object or a ContextsTextObject object",
    )


# Checks #/$defs/ContextsPOMObject/properties/steps
def _list_of_ContextPOMSteps_or_ContextTextSteps(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of ContextPOMSteps or ContextTextSteps objects")
    )
    out = []
    try:
        for item in items:
            out.append(_ContextPOMSteps_or_ContextTextSteps(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/DataMap/properties/expressions
def _list_of_Expression(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of Expression objects")
    out = []
    try:
        for item in items:
            out.append(check_Expression(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/DataMap/properties/webhooks
def _list_of_Webhook(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of Webhook objects")
    out = []
    try:
        for item in items:
            out.append(check_Webhook(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/Execute/properties/execute/properties/result
def _Execute_result(value: object, path: str) -> Any:
    if is_list(value):
        return _list_of_CondReg_or_CondElse(value, path)
    if type(value) is dict and "case" in value and value.keys() <= _KEYS_ExecuteSwitch:
        return check_ExecuteSwitch(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_Execute_result,
        False,
        "an ExecuteSwitch object or a list of CondReg or CondElse objects",
    )


# Checks #/$defs/FunctionParameters/properties/properties
def _map_of_SchemaType(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object whose values are each a SchemaType value")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = check_SchemaType(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/HangUpHookSWAIGFunction/properties/data_map
def _HangUpHookSWAIGFunction_data_map(value: object, path: str) -> Any:
    out = check_DataMap(value, path)
    if len(out) < 1:
        raise Invalid(path, value, "a DataMap object with at least 1 key")
    return out


# Checks #/$defs/HoldAction/properties/hold
def _HoldAction_hold(value: object, path: str) -> Any:
    if type(value) is int and -2147483648 <= value <= 900:
        return value
    if is_var(value):
        return value
    return pick_variant(
        value,
        path,
        _VARIANTS_HoldAction_hold,
        False,
        "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'",
    )


# Checks #/$defs/JoinConferenceObject/properties/status_callback_event
def _joined_StatusCallbackEvent(value: object, path: str) -> Any:
    return join_values(
        value,
        path,
        _E_StatusCallbackEvent,
        " ",
        "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as StatusCallbackEvent members or a string joined by ' '",
    )


# Checks #/$defs/JoinConferenceObject/properties/recording_status_callback_event
def _joined_RecordingStatusCallbackEvent(value: object, path: str) -> Any:
    return join_values(
        value,
        path,
        _E_RecordingStatusCallbackEvent,
        " ",
        "one or more of 'in-progress', 'completed', 'absent', as RecordingStatusCallbackEvent members or a string joined by ' '",
    )


# Checks #/$defs/JoinConferenceObject/properties/result
def _Switch_or_list_of_CondReg_or_CondElse(value: object, path: str) -> Any:
    if is_list(value):
        return _list_of_CondReg_or_CondElse(value, path)
    if type(value) is dict and "variable" in value and value.keys() <= _KEYS_Switch:
        return check_Switch(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_Switch_or_list_of_CondReg_or_CondElse,
        False,
        "a Switch object or a list of CondReg or CondElse objects",
    )


# Checks #/$defs/Languages/properties/code
def _Languages_code(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    if is_list(value):
        return _Languages_code_list(value, path)
    raise Invalid(path, value, "a string or a list of strings (at most 3 items)")


# Checks #/$defs/LiveTranscribe/properties/live_transcribe/properties/action
def _LiveTranscribe_action(value: object, path: str) -> Any:
    if isinstance(value, str) and value == "stop":
        return "stop"
    if isinstance(value, str) and value == "summarize":
        return "summarize"
    if type(value) is dict and "start" in value and value.keys() <= _KEYS_TranscribeStartAction:
        return check_TranscribeStartAction(value, path)
    if (
        type(value) is dict
        and "summarize" in value
        and value.keys() <= _KEYS_TranscribeSummarizeAction
    ):
        return check_TranscribeSummarizeAction(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_LiveTranscribe_action,
        True,
        "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
    )


# Checks #/$defs/LiveTranslate/properties/live_translate/properties/action
def _LiveTranslate_action(value: object, path: str) -> Any:
    if isinstance(value, str) and value == "stop":
        return "stop"
    if isinstance(value, str) and value == "summarize":
        return "summarize"
    if type(value) is dict and "start" in value and value.keys() <= _KEYS_StartAction:
        return check_StartAction(value, path)
    if type(value) is dict and "summarize" in value and value.keys() <= _KEYS_SummarizeAction:
        return check_SummarizeAction(value, path)
    if type(value) is dict and "inject" in value and value.keys() <= _KEYS_InjectAction:
        return check_InjectAction(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_LiveTranslate_action,
        True,
        "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
    )


# Checks #/$defs/Multilingual/properties/languages
def _list_of_MultilingualLanguage(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of MultilingualLanguage objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_MultilingualLanguage(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/Multilingual/properties/fillers
def _list_of_str_or_FunctionFillers(value: object, path: str) -> Any:
    if is_list(value):
        return _list_of_str(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_list_of_str_or_FunctionFillers,
        False,
        "a list of strings or a FunctionFillers object",
    )


# Checks #/$defs/Multilingual/properties/turn_fillers
def _list_of_str_or_TurnFillers(value: object, path: str) -> Any:
    if is_list(value):
        return _list_of_str(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_list_of_str_or_TurnFillers,
        False,
        "a list of strings or a TurnFillers object",
    )


# Checks #/$defs/NumberProperty/properties/enum
def _list_of_int_or_number_or_list_of_var(value: object, path: str) -> Any:
    if is_list(value):
        return first_of(
            value,
            path,
            (_list_of_int_or_number, _list_of_var),
            "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'",
        )
    raise Invalid(
        path,
        value,
        "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'",
    )


# Checks #/$defs/Output/properties/response
def _str_or_SwaigToolResult(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    return pick_variant(
        value, path, _VARIANTS_str_or_SwaigToolResult, False, "a string or a SwaigToolResult object"
    )


# Checks #/$defs/Pay/properties/pay/properties/parameters
def _list_of_PayParameters(value: object, path: str) -> Any:
    items = (
        value if type(value) is list else as_list(value, path, "a list of PayParameters objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_PayParameters(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/Pay/properties/pay/properties/prompts
def _list_of_PayPrompts(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of PayPrompts objects")
    out = []
    try:
        for item in items:
            out.append(check_PayPrompts(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/PayPrompts/properties/actions
def _PayPrompts_actions(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of PayPromptSayAction or PayPromptPlayAction objects")
    )
    out = []
    try:
        for item in items:
            out.append(_PayPrompts_actions_item(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/PlayWithURLS/properties/urls
def _PlayWithURLS_urls(value: object, path: str) -> Any:
    if is_list(value):
        return first_of(
            value,
            path,
            (_PlayWithURLS_urls_list, _list_of_var),
            "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
        )
    raise Invalid(
        path,
        value,
        "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
    )


# Checks #/$defs/Prompt/properties/prompt/properties/play
def _Prompt_play(value: object, path: str) -> Any:
    if isinstance(value, str) and _RE_4.search(value) is not None:
        return value
    if is_var(value):
        return value
    if is_list(value):
        return first_of(
            value,
            path,
            (_PlayWithURLS_urls_list, _list_of_var),
            "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
        )
    raise Invalid(
        path,
        value,
        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
    )


# Checks #/$defs/Prompt/properties/prompt/properties/speech_hints
def _list_of_str_or_list_of_var(value: object, path: str) -> Any:
    if is_list(value):
        return first_of(
            value,
            path,
            (_list_of_str, _list_of_var),
            "a list of strings or a list of items that are each a SWML variable such as '${name}'",
        )
    raise Invalid(
        path,
        value,
        "a list of strings or a list of items that are each a SWML variable such as '${name}'",
    )


# Checks #/$defs/Request/properties/request/properties/body
def _str_or_map_of_any(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    return pick_variant(
        value, path, _VARIANTS_str_or_map_of_any, False, "a string or a JSON object"
    )


# Checks #/$defs/SWAIG/properties/native_functions
def _list_of_SWAIGNativeFunction(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency' (or a SWAIGNativeFunction member)",
        )
    )
    out: list[Any] = []
    for item in items:
        if not (isinstance(item, str) and item in _E_SWAIGNativeFunction):
            raise Invalid(
                f"{path}[{len(out)}]",
                item,
                "one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency' (or a SWAIGNativeFunction member)",
            )
        out.append(_E_SWAIGNativeFunction[item])
    return out


# Checks #/$defs/SWAIG/properties/includes
def _list_of_SWAIGIncludes(value: object, path: str) -> Any:
    items = (
        value if type(value) is list else as_list(value, path, "a list of SWAIGIncludes objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_SWAIGIncludes(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/SWAIG/properties/functions
def _SWAIG_functions(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects",
        )
    )
    out = []
    try:
        for item in items:
            out.append(_SWAIG_functions_item(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/StartAction/properties/start/properties/direction
def _list_of_TranslateDirection(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of items that are each one of 'remote-caller', 'local-caller' (or a TranslateDirection member)",
        )
    )
    out: list[Any] = []
    for item in items:
        if not (isinstance(item, str) and item in _E_TranslateDirection):
            raise Invalid(
                f"{path}[{len(out)}]",
                item,
                "one of 'remote-caller', 'local-caller' (or a TranslateDirection member)",
            )
        out.append(_E_TranslateDirection[item])
    return out


# Checks #/$defs/ToggleFunctionsAction/properties/toggle_functions
def _list_of_ToggleFunctionsItem(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of ToggleFunctionsItem objects")
    )
    out = []
    try:
        for item in items:
            out.append(check_ToggleFunctionsItem(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/UnsetGlobalDataAction/properties/unset_global_data
def _str_or_UnsetGlobalData(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    return pick_variant(
        value,
        path,
        _VARIANTS_str_or_UnsetGlobalData,
        False,
        "a string or an UnsetGlobalData object",
    )


# Checks #/$defs/UnsetMetaDataAction/properties/unset_meta_data
def _str_or_UnsetMetaData(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    return pick_variant(
        value, path, _VARIANTS_str_or_UnsetMetaData, False, "a string or an UnsetMetaData object"
    )


# Checks #/$defs/Cond/properties/cond
def _list_of_CondReg_or_CondElse(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of CondReg or CondElse objects")
    )
    out = []
    try:
        for item in items:
            out.append(_CondReg_or_CondElse(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/Connect/properties/connect
def _verb_connect(value: object, path: str) -> Any:
    if type(value) is dict and "to" in value and value.keys() <= _KEYS_ConnectDeviceSingle:
        return check_ConnectDeviceSingle(value, path)
    if type(value) is dict and "serial" in value and value.keys() <= _KEYS_ConnectDeviceSerial:
        return check_ConnectDeviceSerial(value, path)
    if type(value) is dict and "parallel" in value and value.keys() <= _KEYS_ConnectDeviceParallel:
        return check_ConnectDeviceParallel(value, path)
    if (
        type(value) is dict
        and "serial_parallel" in value
        and value.keys() <= _KEYS_ConnectDeviceSerialParallel
    ):
        return check_ConnectDeviceSerialParallel(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_verb_connect,
        True,
        "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object",
    )


# Checks #/$defs/Play/properties/play
def _PlayWithURL_or_PlayWithURLS(value: object, path: str) -> Any:
    if type(value) is dict and "url" in value and value.keys() <= _KEYS_PlayWithURL:
        return check_PlayWithURL(value, path)
    if type(value) is dict and "urls" in value and value.keys() <= _KEYS_PlayWithURLS:
        return check_PlayWithURLS(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_PlayWithURL_or_PlayWithURLS,
        True,
        "a PlayWithURL object or a PlayWithURLS object",
    )


# Checks #/$defs/Return/properties/return
def _any(value: object, path: str) -> Any:
    return json_copy(value, path)


# Checks #/$defs/SendSMS/properties/send_sms
def _SMSWithBody_or_SMSWithMedia(value: object, path: str) -> Any:
    if type(value) is dict and "media" in value and value.keys() <= _KEYS_SMSWithMedia:
        return check_SMSWithMedia(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_SMSWithBody_or_SMSWithMedia,
        False,
        "a SMSWithBody object or a SMSWithMedia object",
    )


# Checks #/$defs/Sleep/properties/sleep
def _Sleep_or_int_or_var(value: object, path: str) -> Any:
    if type(value) is int:
        return value
    if is_var(value):
        return value
    if type(value) is dict and "duration" in value and value.keys() <= _KEYS_Sleep:
        return check_Sleep(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_Sleep_or_int_or_var,
        False,
        "a Sleep object or an integer or a SWML variable such as '${name}'",
    )


# Checks #/$defs/AIObject/properties/hints/items
def _str_or_Hint(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    if type(value) is dict and "hint" in value and value.keys() <= _KEYS_Hint:
        return check_Hint(value, path)
    return pick_variant(value, path, _VARIANTS_str_or_Hint, False, "a string or a Hint object")


# Checks #/$defs/AddDynamicHintsAction/properties/add_dynamic_hints/items
def _str_or_DynamicHint(value: object, path: str) -> Any:
    if isinstance(value, str):
        return value
    if type(value) is dict and "pattern" in value and value.keys() <= _KEYS_DynamicHint:
        return check_DynamicHint(value, path)
    return pick_variant(
        value, path, _VARIANTS_str_or_DynamicHint, False, "a string or a DynamicHint object"
    )


# Checks #/$defs/BedrockOutput/properties/action
def _BedrockOutput_action_list(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
        )
    )
    out = []
    try:
        for item in items:
            out.append(_BedrockOutput_action_list_item(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/BedrockSWAIG/properties/functions/items
def _BedrockSWAIG_functions_item(value: object, path: str) -> Any:
    return pick_variant(
        value,
        path,
        _VARIANTS_BedrockSWAIG_functions_item,
        False,
        "a BedrockSWAIGFunction1 object or a BedrockSWAIGFunction2 object or a BedrockSWAIGFunction3 object or a BedrockSWAIGFunction4 object",
    )


# Checks #/$defs/ConnectDestination/properties/confirm
def _ConnectDestination_confirm_list(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
        )
    )
    out = []
    try:
        for item in items:
            out.append(_ConnectDestination_confirm_list_item(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/ContextsPOMObject/properties/steps/items
def _ContextPOMSteps_or_ContextTextSteps(value: object, path: str) -> Any:
    if type(value) is dict and "pom" in value and value.keys() <= _KEYS_ContextPOMSteps:
        return check_ContextPOMSteps(value, path)
    if type(value) is dict and "text" in value and value.keys() <= _KEYS_ContextTextSteps:
        return check_ContextTextSteps(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_ContextPOMSteps_or_ContextTextSteps,
        False,
        "a ContextPOMSteps object or a ContextTextSteps object",
    )


# Checks #/$defs/Languages/properties/code
def _Languages_code_list(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of strings (at most 3 items)")
    )
    if len(items) > 3:
        raise Invalid(path, value, "a list of strings (at most 3 items)")
    for item in items:
        if not isinstance(item, str):
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "a string")
    return list(items)


# Checks #/$defs/NumberProperty/properties/enum
def _list_of_int_or_number(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each an integer or a number")
    )
    for item in items:
        if not (type(item) is int or is_number(item)):
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "an integer or a number")
    return list(items)


# Checks #/$defs/NumberProperty/properties/enum
def _list_of_var(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of items that are each a SWML variable such as '${name}'")
    )
    for item in items:
        if not is_var(item):
            raise Invalid(
                f"{path}[{index_of(items, item)}]", item, "a SWML variable such as '${name}'"
            )
    return list(items)


# Checks #/$defs/PayPrompts/properties/actions/items
def _PayPrompts_actions_item(value: object, path: str) -> Any:
    if type(value) is dict and value.get("type") == "Say":
        return check_PayPromptSayAction(value, path)
    if type(value) is dict and value.get("type") == "Play":
        return check_PayPromptPlayAction(value, path)
    if type(value) is dict and "type" in value:
        raise Invalid(path + ".type", value["type"], "'Say' or 'Play'")
    return pick_variant(
        value,
        path,
        _VARIANTS_PayPrompts_actions_item,
        False,
        "a PayPromptSayAction object or a PayPromptPlayAction object",
    )


# Checks #/$defs/PlayWithURLS/properties/urls
def _PlayWithURLS_urls_list(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
        )
    )
    for item in items:
        if not (isinstance(item, str) and _RE_4.search(item) is not None):
            raise Invalid(
                f"{path}[{index_of(items, item)}]",
                item,
                "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
            )
    return list(items)


# Checks #/$defs/SWAIG/properties/functions/items
def _SWAIG_functions_item(value: object, path: str) -> Any:
    return pick_variant(
        value,
        path,
        _VARIANTS_SWAIG_functions_item,
        False,
        "a UserSWAIGFunction object or a StartUpHookSWAIGFunction object or a HangUpHookSWAIGFunction object or a SummarizeConversationSWAIGFunction object",
    )


# Checks #/$defs/Cond/properties/cond/items
def _CondReg_or_CondElse(value: object, path: str) -> Any:
    if type(value) is dict and "when" in value and value.keys() <= _KEYS_CondReg:
        return check_CondReg(value, path)
    return pick_variant(
        value, path, _VARIANTS_CondReg_or_CondElse, True, "a CondReg object or a CondElse object"
    )


# Checks #/$defs/BedrockOutput/properties/action/items
def _BedrockOutput_action_list_item(value: object, path: str) -> Any:
    if type(value) is dict and "SWML" in value and value.keys() <= _KEYS_SWMLAction:
        return check_SWMLAction(value, path)
    if (
        type(value) is dict
        and "change_context" in value
        and value.keys() <= _KEYS_ChangeContextAction
    ):
        return check_ChangeContextAction(value, path)
    if type(value) is dict and "change_step" in value and value.keys() <= _KEYS_ChangeStepAction:
        return check_ChangeStepAction(value, path)
    if (
        type(value) is dict
        and "context_switch" in value
        and value.keys() <= _KEYS_ContextSwitchAction
    ):
        return check_ContextSwitchAction(value, path)
    if type(value) is dict and "hangup" in value and value.keys() <= _KEYS_HangupAction:
        return check_HangupAction(value, path)
    if type(value) is dict and "hold" in value and value.keys() <= _KEYS_HoldAction:
        return check_HoldAction(value, path)
    if type(value) is dict and "playback_bg" in value and value.keys() <= _KEYS_PlaybackBGAction:
        return check_PlaybackBGAction(value, path)
    if type(value) is dict and "say" in value and value.keys() <= _KEYS_SayAction:
        return check_SayAction(value, path)
    if (
        type(value) is dict
        and "set_global_data" in value
        and value.keys() <= _KEYS_SetGlobalDataAction
    ):
        return check_SetGlobalDataAction(value, path)
    if type(value) is dict and "set_meta_data" in value and value.keys() <= _KEYS_SetMetaDataAction:
        return check_SetMetaDataAction(value, path)
    if type(value) is dict and "stop" in value and value.keys() <= _KEYS_StopAction:
        return check_StopAction(value, path)
    if (
        type(value) is dict
        and "stop_playback_bg" in value
        and value.keys() <= _KEYS_StopPlaybackBGAction
    ):
        return check_StopPlaybackBGAction(value, path)
    if (
        type(value) is dict
        and "toggle_functions" in value
        and value.keys() <= _KEYS_ToggleFunctionsAction
    ):
        return check_ToggleFunctionsAction(value, path)
    if (
        type(value) is dict
        and "unset_global_data" in value
        and value.keys() <= _KEYS_UnsetGlobalDataAction
    ):
        return check_UnsetGlobalDataAction(value, path)
    if (
        type(value) is dict
        and "unset_meta_data" in value
        and value.keys() <= _KEYS_UnsetMetaDataAction
    ):
        return check_UnsetMetaDataAction(value, path)
    if type(value) is dict and "user_input" in value and value.keys() <= _KEYS_UserInputAction:
        return check_UserInputAction(value, path)
    if type(value) is dict and "wait_for_user" in value and value.keys() <= _KEYS_WaitForUserAction:
        return check_WaitForUserAction(value, path)
    if (
        type(value) is dict
        and "add_dynamic_hints" in value
        and value.keys() <= _KEYS_AddDynamicHintsAction
    ):
        return check_AddDynamicHintsAction(value, path)
    if (
        type(value) is dict
        and "clear_dynamic_hints" in value
        and value.keys() <= _KEYS_ClearDynamicHintsAction
    ):
        return check_ClearDynamicHintsAction(value, path)
    if (
        type(value) is dict
        and "end_of_speech_timeout" in value
        and value.keys() <= _KEYS_EndOfSpeechTimeoutAction
    ):
        return check_EndOfSpeechTimeoutAction(value, path)
    if (
        type(value) is dict
        and "speech_event_timeout" in value
        and value.keys() <= _KEYS_SpeechEventTimeoutAction
    ):
        return check_SpeechEventTimeoutAction(value, path)
    if type(value) is dict and "change_voice" in value and value.keys() <= _KEYS_ChangeVoiceAction:
        return check_ChangeVoiceAction(value, path)
    if (
        type(value) is dict
        and "functions_on_speaker_timeout" in value
        and value.keys() <= _KEYS_FunctionsOnSpeakerTimeoutAction
    ):
        return check_FunctionsOnSpeakerTimeoutAction(value, path)
    if (
        type(value) is dict
        and "extensive_data" in value
        and value.keys() <= _KEYS_ExtensiveDataAction
    ):
        return check_ExtensiveDataAction(value, path)
    if (
        type(value) is dict
        and "replace_in_history" in value
        and value.keys() <= _KEYS_ReplaceInHistoryAction
    ):
        return check_ReplaceInHistoryAction(value, path)
    if type(value) is dict and "settings" in value and value.keys() <= _KEYS_SettingsAction:
        return check_SettingsAction(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_BedrockOutput_action,
        False,
        "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object",
    )


# Checks #/$defs/ConnectDestination/properties/confirm/items
def _ConnectDestination_confirm_list_item(value: object, path: str) -> Any:
    return check_method(
        value,
        path,
        _ONLY_ConnectDestination_confirm_list_item,
        "a SWML method, one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise",
    )


# The variant tables of the unions above, for pick_variant: (name, keys, required keys,
# closed, checker) each.
_VARIANTS_AISidecarParamProperty: Final[tuple[Variant, ...]] = (
    (
        "AISidecarStringParam",
        _KEYS_AISidecarStringParam,
        frozenset({"type"}),
        True,
        check_AISidecarStringParam,
    ),
    (
        "AISidecarIntegerParam",
        _KEYS_AISidecarIntegerParam,
        frozenset({"type"}),
        True,
        check_AISidecarIntegerParam,
    ),
    (
        "AISidecarNumberParam",
        _KEYS_AISidecarNumberParam,
        frozenset({"type"}),
        True,
        check_AISidecarNumberParam,
    ),
    (
        "AISidecarBooleanParam",
        _KEYS_AISidecarBooleanParam,
        frozenset({"type"}),
        True,
        check_AISidecarBooleanParam,
    ),
    (
        "AISidecarArrayParam",
        _KEYS_AISidecarArrayParam,
        frozenset({"items", "type"}),
        True,
        check_AISidecarArrayParam,
    ),
    (
        "AISidecarObjectParam",
        _KEYS_AISidecarObjectParam,
        frozenset({"type"}),
        True,
        check_AISidecarObjectParam,
    ),
)
_VARIANTS_POM: Final[tuple[Variant, ...]] = (
    (
        "PomSectionBodyContent",
        _KEYS_PomSectionBodyContent,
        frozenset({"body"}),
        True,
        check_PomSectionBodyContent,
    ),
    (
        "PomSectionBulletsContent",
        _KEYS_PomSectionBulletsContent,
        frozenset({"bullets"}),
        True,
        check_PomSectionBulletsContent,
    ),
)
_VARIANTS_SchemaType: Final[tuple[Variant, ...]] = (
    ("StringProperty", _KEYS_StringProperty, frozenset({"type"}), True, check_StringProperty),
    ("IntegerProperty", _KEYS_IntegerProperty, frozenset({"type"}), True, check_IntegerProperty),
    ("NumberProperty", _KEYS_NumberProperty, frozenset({"type"}), True, check_NumberProperty),
    ("BooleanProperty", _KEYS_BooleanProperty, frozenset({"type"}), True, check_BooleanProperty),
    ("ArrayProperty", _KEYS_ArrayProperty, frozenset({"items", "type"}), True, check_ArrayProperty),
    ("ObjectProperty", _KEYS_ObjectProperty, frozenset({"type"}), True, check_ObjectProperty),
    (
        "NullProperty",
        _KEYS_NullProperty,
        frozenset({"description", "type"}),
        True,
        check_NullProperty,
    ),
    ("OneOfProperty", _KEYS_OneOfProperty, frozenset({"oneOf"}), True, check_OneOfProperty),
    ("AllOfProperty", _KEYS_AllOfProperty, frozenset({"allOf"}), True, check_AllOfProperty),
    ("AnyOfProperty", _KEYS_AnyOfProperty, frozenset({"anyOf"}), True, check_AnyOfProperty),
    ("ConstProperty", _KEYS_ConstProperty, frozenset({"const"}), True, check_ConstProperty),
)
_VARIANTS_AIPromptText_or_AIPromptPom: Final[tuple[Variant, ...]] = (
    ("AIPromptText", _KEYS_AIPromptText, frozenset({"text"}), True, check_AIPromptText),
    ("AIPromptPom", _KEYS_AIPromptPom, frozenset({"pom"}), True, check_AIPromptPom),
)
_VARIANTS_AIPostPromptText_or_AIPostPromptPom: Final[tuple[Variant, ...]] = (
    ("AIPostPromptText", _KEYS_AIPostPromptText, frozenset({"text"}), True, check_AIPostPromptText),
    ("AIPostPromptPom", _KEYS_AIPostPromptPom, frozenset({"pom"}), True, check_AIPostPromptPom),
)
_VARIANTS_AISidecarObject_prompt: Final[tuple[Variant, ...]] = (
    (
        "AISidecarPromptText",
        _KEYS_AISidecarPromptText,
        frozenset({"text"}),
        True,
        check_AISidecarPromptText,
    ),
    (
        "AISidecarPromptPom",
        _KEYS_AISidecarPromptPom,
        frozenset({"pom"}),
        True,
        check_AISidecarPromptPom,
    ),
    (
        "AISidecarPromptFile",
        _KEYS_AISidecarPromptFile,
        frozenset({"file"}),
        True,
        check_AISidecarPromptFile,
    ),
)
_VARIANTS_AmazonBedrockObject_prompt: Final[tuple[Variant, ...]] = (
    (
        "OmitPropertiesBedrockPromptTextOmittedPromptProps",
        _KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps,
        frozenset({"text"}),
        True,
        check_OmitPropertiesBedrockPromptTextOmittedPromptProps,
    ),
    (
        "OmitPropertiesBedrockPromptPomOmittedPromptProps",
        _KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
        frozenset({"pom"}),
        True,
        check_OmitPropertiesBedrockPromptPomOmittedPromptProps,
    ),
)
_VARIANTS_AmazonBedrockObject_post_prompt: Final[tuple[Variant, ...]] = (
    (
        "OmitPropertiesBedrockPostPomptTextOmittedPromptProps",
        _KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
        frozenset({"text"}),
        True,
        check_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
    ),
    (
        "OmitPropertiesBedrockPostPromptPomOmittedPromptProps",
        _KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
        frozenset({"pom"}),
        True,
        check_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
    ),
)
_VARIANTS_BedrockOutput_action: Final[tuple[Variant, ...]] = (
    ("SWMLAction", _KEYS_SWMLAction, frozenset({"SWML"}), True, check_SWMLAction),
    (
        "ChangeContextAction",
        _KEYS_ChangeContextAction,
        frozenset({"change_context"}),
        True,
        check_ChangeContextAction,
    ),
    (
        "ChangeStepAction",
        _KEYS_ChangeStepAction,
        frozenset({"change_step"}),
        True,
        check_ChangeStepAction,
    ),
    (
        "ContextSwitchAction",
        _KEYS_ContextSwitchAction,
        frozenset({"context_switch"}),
        True,
        check_ContextSwitchAction,
    ),
    ("HangupAction", _KEYS_HangupAction, frozenset({"hangup"}), True, check_HangupAction),
    ("HoldAction", _KEYS_HoldAction, frozenset({"hold"}), True, check_HoldAction),
    (
        "PlaybackBGAction",
        _KEYS_PlaybackBGAction,
        frozenset({"playback_bg"}),
        True,
        check_PlaybackBGAction,
    ),
    ("SayAction", _KEYS_SayAction, frozenset({"say"}), True, check_SayAction),
    (
        "SetGlobalDataAction",
        _KEYS_SetGlobalDataAction,
        frozenset({"set_global_data"}),
        True,
        check_SetGlobalDataAction,
    ),
    (
        "SetMetaDataAction",
        _KEYS_SetMetaDataAction,
        frozenset({"set_meta_data"}),
        True,
        check_SetMetaDataAction,
    ),
    ("StopAction", _KEYS_StopAction, frozenset({"stop"}), True, check_StopAction),
    (
        "StopPlaybackBGAction",
        _KEYS_StopPlaybackBGAction,
        frozenset({"stop_playback_bg"}),
        True,
        check_StopPlaybackBGAction,
    ),
    (
        "ToggleFunctionsAction",
        _KEYS_ToggleFunctionsAction,
        frozenset({"toggle_functions"}),
        True,
        check_ToggleFunctionsAction,
    ),
    (
        "UnsetGlobalDataAction",
        _KEYS_UnsetGlobalDataAction,
        frozenset({"unset_global_data"}),
        True,
        check_UnsetGlobalDataAction,
    ),
    (
        "UnsetMetaDataAction",
        _KEYS_UnsetMetaDataAction,
        frozenset({"unset_meta_data"}),
        True,
        check_UnsetMetaDataAction,
    ),
    (
        "UserInputAction",
        _KEYS_UserInputAction,
        frozenset({"user_input"}),
        True,
        check_UserInputAction,
    ),
    (
        "WaitForUserAction",
        _KEYS_WaitForUserAction,
        frozenset({"wait_for_user"}),
        True,
        check_WaitForUserAction,
    ),
    (
        "AddDynamicHintsAction",
        _KEYS_AddDynamicHintsAction,
        frozenset({"add_dynamic_hints"}),
        True,
        check_AddDynamicHintsAction,
    ),
    (
        "ClearDynamicHintsAction",
        _KEYS_ClearDynamicHintsAction,
        frozenset({"clear_dynamic_hints"}),
        True,
        check_ClearDynamicHintsAction,
    ),
    (
        "EndOfSpeechTimeoutAction",
        _KEYS_EndOfSpeechTimeoutAction,
        frozenset({"end_of_speech_timeout"}),
        True,
        check_EndOfSpeechTimeoutAction,
    ),
    (
        "SpeechEventTimeoutAction",
        _KEYS_SpeechEventTimeoutAction,
        frozenset({"speech_event_timeout"}),
        True,
        check_SpeechEventTimeoutAction,
    ),
    (
        "ChangeVoiceAction",
        _KEYS_ChangeVoiceAction,
        frozenset({"change_voice"}),
        True,
        check_ChangeVoiceAction,
    ),
    (
        "FunctionsOnSpeakerTimeoutAction",
        _KEYS_FunctionsOnSpeakerTimeoutAction,
        frozenset({"functions_on_speaker_timeout"}),
        True,
        check_FunctionsOnSpeakerTimeoutAction,
    ),
    (
        "ExtensiveDataAction",
        _KEYS_ExtensiveDataAction,
        frozenset({"extensive_data"}),
        True,
        check_ExtensiveDataAction,
    ),
    (
        "ReplaceInHistoryAction",
        _KEYS_ReplaceInHistoryAction,
        frozenset({"replace_in_history"}),
        True,
        check_ReplaceInHistoryAction,
    ),
    ("SettingsAction", _KEYS_SettingsAction, frozenset({"settings"}), True, check_SettingsAction),
)
_VARIANTS_ConnectDeviceParallel_result: Final[tuple[Variant, ...]] = (
    ("ConnectSwitch", _KEYS_ConnectSwitch, frozenset({"case"}), True, check_ConnectSwitch),
)
_VARIANTS_ContextsPOMObject_or_ContextsTextObject: Final[tuple[Variant, ...]] = (
    (
        "ContextsPOMObject",
        _KEYS_ContextsPOMObject,
        frozenset({"steps"}),
        True,
        check_ContextsPOMObject,
    ),
    (
        "ContextsTextObject",
        _KEYS_ContextsTextObject,
        frozenset({"steps"}),
        True,
        check_ContextsTextObject,
    ),
)
_VARIANTS_Execute_result: Final[tuple[Variant, ...]] = (
    ("ExecuteSwitch", _KEYS_ExecuteSwitch, frozenset({"case"}), True, check_ExecuteSwitch),
)
_VARIANTS_HoldAction_hold: Final[tuple[Variant, ...]] = (
    ("Hold", _KEYS_Hold, frozenset[str](), True, check_Hold),
)
_VARIANTS_Switch_or_list_of_CondReg_or_CondElse: Final[tuple[Variant, ...]] = (
    ("Switch", _KEYS_Switch, frozenset({"case", "variable"}), True, check_Switch),
)
_VARIANTS_LiveTranscribe_action: Final[tuple[Variant, ...]] = (
    (
        "TranscribeStartAction",
        _KEYS_TranscribeStartAction,
        frozenset({"start"}),
        True,
        check_TranscribeStartAction,
    ),
    (
        "TranscribeSummarizeAction",
        _KEYS_TranscribeSummarizeAction,
        frozenset({"summarize"}),
        True,
        check_TranscribeSummarizeAction,
    ),
)
_VARIANTS_LiveTranslate_action: Final[tuple[Variant, ...]] = (
    ("StartAction", _KEYS_StartAction, frozenset({"start"}), True, check_StartAction),
    (
        "SummarizeAction",
        _KEYS_SummarizeAction,
        frozenset({"summarize"}),
        True,
        check_SummarizeAction,
    ),
    ("InjectAction", _KEYS_InjectAction, frozenset({"inject"}), True, check_InjectAction),
)
_VARIANTS_list_of_str_or_FunctionFillers: Final[tuple[Variant, ...]] = (
    ("FunctionFillers", _KEYS_FunctionFillers, frozenset[str](), False, check_FunctionFillers),
)
_VARIANTS_list_of_str_or_TurnFillers: Final[tuple[Variant, ...]] = (
    ("TurnFillers", _KEYS_TurnFillers, frozenset[str](), False, check_TurnFillers),
)
_VARIANTS_str_or_SwaigToolResult: Final[tuple[Variant, ...]] = (
    ("SwaigToolResult", _KEYS_SwaigToolResult, frozenset[str](), True, check_SwaigToolResult),
)
_VARIANTS_str_or_map_of_any: Final[tuple[Variant, ...]] = (
    ("a JSON object", None, frozenset[str](), False, _map_of_any),
)
_VARIANTS_str_or_UnsetGlobalData: Final[tuple[Variant, ...]] = (
    ("UnsetGlobalData", _KEYS_UnsetGlobalData, frozenset[str](), True, check_UnsetGlobalData),
)
_VARIANTS_str_or_UnsetMetaData: Final[tuple[Variant, ...]] = (
    ("UnsetMetaData", _KEYS_UnsetMetaData, frozenset[str](), True, check_UnsetMetaData),
)
_VARIANTS_verb_connect: Final[tuple[Variant, ...]] = (
    (
        "ConnectDeviceSingle",
        _KEYS_ConnectDeviceSingle,
        frozenset({"to"}),
        True,
        check_ConnectDeviceSingle,
    ),
    (
        "ConnectDeviceSerial",
        _KEYS_ConnectDeviceSerial,
        frozenset({"serial"}),
        True,
        check_ConnectDeviceSerial,
    ),
    (
        "ConnectDeviceParallel",
        _KEYS_ConnectDeviceParallel,
        frozenset({"parallel"}),
        True,
        check_ConnectDeviceParallel,
    ),
    (
        "ConnectDeviceSerialParallel",
        _KEYS_ConnectDeviceSerialParallel,
        frozenset({"serial_parallel"}),
        True,
        check_ConnectDeviceSerialParallel,
    ),
)
_VARIANTS_PlayWithURL_or_PlayWithURLS: Final[tuple[Variant, ...]] = (
    ("PlayWithURL", _KEYS_PlayWithURL, frozenset({"url"}), True, check_PlayWithURL),
    ("PlayWithURLS", _KEYS_PlayWithURLS, frozenset({"urls"}), True, check_PlayWithURLS),
)
_VARIANTS_SMSWithBody_or_SMSWithMedia: Final[tuple[Variant, ...]] = (
    (
        "SMSWithBody",
        _KEYS_SMSWithBody,
        frozenset({"body", "from_number", "to_number"}),
        True,
        check_SMSWithBody,
    ),
    (
        "SMSWithMedia",
        _KEYS_SMSWithMedia,
        frozenset({"from_number", "media", "to_number"}),
        True,
        check_SMSWithMedia,
    ),
)
_VARIANTS_Sleep_or_int_or_var: Final[tuple[Variant, ...]] = (
    ("Sleep", _KEYS_Sleep, frozenset({"duration"}), True, check_Sleep),
)
_VARIANTS_str_or_Hint: Final[tuple[Variant, ...]] = (
    ("Hint", _KEYS_Hint, frozenset({"hint", "pattern", "replace"}), True, check_Hint),
)
_VARIANTS_str_or_DynamicHint: Final[tuple[Variant, ...]] = (
    ("DynamicHint", _KEYS_DynamicHint, frozenset({"pattern", "replace"}), True, check_DynamicHint),
)
_VARIANTS_BedrockSWAIG_functions_item: Final[tuple[Variant, ...]] = (
    (
        "BedrockSWAIGFunction1",
        _KEYS_BedrockSWAIGFunction1,
        frozenset({"description", "function"}),
        True,
        check_BedrockSWAIGFunction1,
    ),
    (
        "BedrockSWAIGFunction2",
        _KEYS_BedrockSWAIGFunction2,
        frozenset({"description", "function"}),
        True,
        check_BedrockSWAIGFunction2,
    ),
    (
        "BedrockSWAIGFunction3",
        _KEYS_BedrockSWAIGFunction3,
        frozenset({"description", "function"}),
        True,
        check_BedrockSWAIGFunction3,
    ),
    (
        "BedrockSWAIGFunction4",
        _KEYS_BedrockSWAIGFunction4,
        frozenset({"description", "function"}),
        True,
        check_BedrockSWAIGFunction4,
    ),
)
_VARIANTS_ContextPOMSteps_or_ContextTextSteps: Final[tuple[Variant, ...]] = (
    (
        "ContextPOMSteps",
        _KEYS_ContextPOMSteps,
        frozenset({"name", "pom"}),
        True,
        check_ContextPOMSteps,
    ),
    (
        "ContextTextSteps",
        _KEYS_ContextTextSteps,
        frozenset({"name", "text"}),
        True,
        check_ContextTextSteps,
    ),
)
_VARIANTS_PayPrompts_actions_item: Final[tuple[Variant, ...]] = (
    (
        "PayPromptSayAction",
        _KEYS_PayPromptSayAction,
        frozenset({"phrase", "type"}),
        True,
        check_PayPromptSayAction,
    ),
    (
        "PayPromptPlayAction",
        _KEYS_PayPromptPlayAction,
        frozenset({"phrase", "type"}),
        True,
        check_PayPromptPlayAction,
    ),
)
_VARIANTS_SWAIG_functions_item: Final[tuple[Variant, ...]] = (
    (
        "UserSWAIGFunction",
        _KEYS_UserSWAIGFunction,
        frozenset({"description", "function"}),
        True,
        check_UserSWAIGFunction,
    ),
    (
        "StartUpHookSWAIGFunction",
        _KEYS_StartUpHookSWAIGFunction,
        frozenset({"description", "function"}),
        True,
        check_StartUpHookSWAIGFunction,
    ),
    (
        "HangUpHookSWAIGFunction",
        _KEYS_HangUpHookSWAIGFunction,
        frozenset({"description", "function"}),
        True,
        check_HangUpHookSWAIGFunction,
    ),
    (
        "SummarizeConversationSWAIGFunction",
        _KEYS_SummarizeConversationSWAIGFunction,
        frozenset({"description", "function"}),
        True,
        check_SummarizeConversationSWAIGFunction,
    ),
)
_VARIANTS_CondReg_or_CondElse: Final[tuple[Variant, ...]] = (
    ("CondReg", _KEYS_CondReg, frozenset({"then", "when"}), True, check_CondReg),
    ("CondElse", _KEYS_CondElse, frozenset({"else"}), True, check_CondElse),
)


#: Each verb's argument checker, by the verb's wire name.
VERBS: Final[dict[str, Callable[[object, str], Any]]] = {
    "answer": check_Answer,
    "ai": check_AIObject,
    "ai_sidecar": check_AISidecarObject,
    "amazon_bedrock": check_AmazonBedrockObject,
    "cond": _list_of_CondReg_or_CondElse,
    "connect": _verb_connect,
    "denoise": check_Denoise,
    "enter_queue": check_EnterQueueObject,
    "execute": check_Execute,
    "goto": check_Goto,
    "label": _verb_label,
    "live_transcribe": check_LiveTranscribe,
    "live_translate": check_LiveTranslate,
    "hangup": check_Hangup,
    "join_room": check_JoinRoom,
    "join_conference": check_JoinConference,
    "play": _PlayWithURL_or_PlayWithURLS,
    "prompt": check_Prompt,
    "receive_fax": check_ReceiveFax,
    "record": check_RecordArgument,
    "record_call": check_RecordCall,
    "request": check_Request,
    "return": _any,
    "send_digits": check_SendDigits,
    "send_fax": check_SendFax,
    "send_sms": _SMSWithBody_or_SMSWithMedia,
    "set": _map_of_any,
    "sleep": _Sleep_or_int_or_var,
    "sip_refer": check_SipRefer,
    "stop_denoise": check_StopDenoise,
    "stop_record_call": check_StopRecordCall,
    "stop_stream": check_StopStream,
    "stop_tap": check_StopTap,
    "stream": check_Stream,
    "switch": check_SwitchArgument,
    "tap": check_Tap,
    "transcribe": check_Transcribe,
    "transcribe_stop": check_TranscribeStop,
    "transfer": check_Transfer,
    "unset": _str_or_list_of_str,
    "pay": check_Pay,
    "detect_machine": check_DetectMachine,
    "user_event": check_UserEvent,
    "execute_rpc": check_ExecuteRpc,
}


def check_method(
    value: object,
    path: str,
    only: frozenset[str] | None = None,
    expected: str = "a SWML method such as {'hangup': {}}",
) -> dict[str, Any]:
    """One SWML method, ``{verb: argument}``, of any verb (or of those in ``only``)."""
    # The common case first: a dict with one known verb, no set or string work on the way.
    if type(value) is dict and len(value) == 1:
        for verb, argument in value.items():
            check = VERBS.get(verb) if only is None or verb in only else None
            if check is not None:
                try:
                    return {verb: check(argument, path)}
                except Invalid as error:
                    # The verb put into the refusal's path: an accepted method builds no path
                    # string.
                    raise at_step(error, path, "." + verb) from None
    v = as_object(value, path, expected)
    if len(v) != 1:
        raise Invalid(path, value, expected + ", with exactly one key: the verb")
    ((verb, argument),) = v.items()
    check = VERBS.get(verb) if isinstance(verb, str) else None
    if check is None or (only is not None and verb not in only):
        allowed = ", ".join(sorted(only if only is not None else VERBS))
        raise Invalid(
            f"{path}.{verb}", argument, f"a verb; {verb!r} is not one here (allowed: {allowed})"
        )
    return {verb: check(argument, f"{path}.{verb}")}
