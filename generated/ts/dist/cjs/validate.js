"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
Object.defineProperty(exports, "__esModule", { value: true });
exports.validate = validate;
/**
 * `validate(document)`: every fault of a SWML document, not only the first.
 *
 * The chaining methods and the generated checkers stop at the first fault, which keeps them
 * fast. This pass runs only where a checker has refused: it checks each part of the refused
 * value with the same generated checkers, from the table below (what each checker's value
 * holds), and goes inside the parts refused, so a valid document costs one fast check and an
 * invalid one this walk besides. A port of the Python package's `_validate.py`, printed from the
 * same description of each checker's shape: the same problems, in the same order, in the same
 * words (each package showing values its own way).
 *
 * @packageDocumentation
 */
const checks_js_1 = require("./checks.js");
const runtime_js_1 = require("./runtime.js");
let table;
/** Each composite checker's shape; built on the first refused document. */
function shapes() {
    table ??= new Map([
        [checks_js_1.checkMethod, ["method", null]],
        [
            checks_js_1.checkAIObject,
            [
                "model",
                checks_js_1.KEYS_AIObject,
                [
                    ["global_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    [
                        "hints",
                        false,
                        [null, checks_js_1._list_of_str_or_Hint],
                        "a list of items that are each a string or a Hint object",
                    ],
                    ["languages", false, [null, checks_js_1._list_of_Languages], "a list of Languages objects"],
                    ["multilingual", false, [null, checks_js_1.checkMultilingual], "a Multilingual object"],
                    ["params", false, [null, checks_js_1.checkAIParams], "an AIParams object"],
                    [
                        "post_prompt",
                        false,
                        [null, checks_js_1._AIPostPromptText_or_AIPostPromptPom],
                        "an AIPostPromptText object or an AIPostPromptPom object",
                    ],
                    ["post_prompt_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["pronounce", false, [null, checks_js_1._list_of_Pronounce], "a list of Pronounce objects"],
                    [
                        "prompt",
                        true,
                        [null, checks_js_1._AIPromptText_or_AIPromptPom],
                        "an AIPromptText object or an AIPromptPom object",
                    ],
                    ["SWAIG", false, [null, checks_js_1.checkSWAIG], "a SWAIG object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAIParams,
            [
                "model",
                checks_js_1.KEYS_AIParams,
                [
                    [
                        "acknowledge_interruptions",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "ai_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    ["ai_name", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ai_volume",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && -50 <= x && x <= 50) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from -50 to 50 or a SWML variable such as '${name}'",
                    ],
                    ["app_name", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "asr_smart_format",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "attention_timeout",
                        false,
                        [
                            (x) => ((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 600000) || x === 0 || (0, runtime_js_1.isVar)(x),
                            null,
                        ],
                        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "attention_timeout_prompt",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "asr_diarize",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "asr_speaker_affinity",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "audible_debug",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "audible_latency",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["background_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "background_file_loops",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || x === null || (0, runtime_js_1.isVar)(x), null],
                        "an integer or null or a SWML variable such as '${name}'",
                    ],
                    [
                        "background_file_volume",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && -50 <= x && x <= 50) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from -50 to 50 or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_barge",
                        false,
                        [(x) => typeof x === "string" || typeof x === "boolean", null],
                        "a string or true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_inner_dialog",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_pause",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_turn_detection",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["barge_match_string", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "barge_min_words",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 99) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1 to 99 or a SWML variable such as '${name}'",
                    ],
                    [
                        "barge_functions",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "cache_mode",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["conscience", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "convo",
                        false,
                        [null, checks_js_1._list_of_ConversationMessage],
                        "a list of ConversationMessage objects",
                    ],
                    ["conversation_id", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "conversation_sliding_window",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_webhook_level",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["debug_webhook_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "debug",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "true or false or an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "direction",
                        false,
                        [(x) => (typeof x === "string" && checks_js_1.E_Direction.has(x)) || (0, runtime_js_1.isVar)(x), null],
                        "one of 'inbound', 'outbound' or a SWML variable such as '${name}'",
                    ],
                    ["digit_terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "digit_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 30000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 30000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_of_speech_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 250 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 250 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_accounting",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_thinking",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_text_normalization",
                        false,
                        [
                            (x) => (typeof x === "string" && checks_js_1.E_EnableTextNormalization.has(x)) || (0, runtime_js_1.isVar)(x),
                            null,
                        ],
                        "one of 'heard', 'spoken', 'both', 'true', 'on', 'false', 'off', 'none' or a SWML variable such as '${name}'",
                    ],
                    [
                        "auto_correct",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["redact_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "enable_vision",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "energy_level",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 100) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 100 or a SWML variable such as '${name}'",
                    ],
                    [
                        "first_word_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "function_wait_for_talking",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "functions_on_no_response",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["hard_stop_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "hard_stop_time",
                        false,
                        [(x) => (typeof x === "string" && checks_js_1.RE_0.test(x)) || (0, runtime_js_1.isVar)(x), null],
                        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
                    ],
                    ["hold_music", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "hold_on_process",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "inactivity_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 3600000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "inner_dialog_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    ["inner_dialog_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "inner_dialog_synced",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_sleep_ms",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 300000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 300000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "input_poll_freq",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1000 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1000 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "interrupt_on_noise",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["interrupt_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "languages_enabled",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["local_tz", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "llm_diarize_aware",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_emotion",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 30) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1 to 30 or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_response_tokens",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 16384) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1 to 16384 or a SWML variable such as '${name}'",
                    ],
                    ["openai_asr_engine", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "outbound_attention_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 600000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 10000 to 600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "persist_global_data",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom_format",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_PomFormat.has(x), null],
                        "one of 'markdown', 'xml'",
                    ],
                    [
                        "save_conversation",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_event_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_gen_quick_stops",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 10 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 600000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speak_when_spoken_to",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "start_paused",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["static_greeting", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "static_greeting_no_barge",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "summary_mode",
                        false,
                        [(x) => (typeof x === "string" && checks_js_1.E_SummaryMode.has(x)) || (0, runtime_js_1.isVar)(x), null],
                        "one of 'string', 'original' or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_allow_settings",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_allow_swml",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_post_conversation",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_set_global_data",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_post_swml_vars",
                        false,
                        [null, checks_js_1._bool_or_list_of_str_or_var],
                        "true or false or a list of strings or a SWML variable such as '${name}'",
                    ],
                    [
                        "thinking_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "utility_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "transparent_barge",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "transparent_barge_max_time",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 60000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "transfer_summary",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_detection_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_filler_sources",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_filler_every_n",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_filler_min_ms",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "tts_number_format",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_TtsNumberFormat.has(x), null],
                        "one of 'international', 'national'",
                    ],
                    [
                        "verbose_logs",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "video_listening_file",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    ["video_idle_file", false, [(x) => typeof x === "string", null], "a string"],
                    ["video_talking_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "vision_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    ["vad_config", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_for_user",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["wake_prefix", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "eleven_labs_stability",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "eleven_labs_similarity",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                ],
                [[null, runtime_js_1.jsonCopy], "any JSON value"],
            ],
        ],
        [
            checks_js_1.checkAIPostPromptPom,
            [
                "model",
                checks_js_1.KEYS_AIPostPromptPom,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAIPostPromptText,
            [
                "model",
                checks_js_1.KEYS_AIPostPromptText,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAIPromptPom,
            [
                "model",
                checks_js_1.KEYS_AIPromptPom,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                    ["contexts", false, [null, checks_js_1.checkContexts], "a Contexts object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAIPromptText,
            [
                "model",
                checks_js_1.KEYS_AIPromptText,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                    ["contexts", false, [null, checks_js_1.checkContexts], "a Contexts object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarArrayParam,
            [
                "model",
                checks_js_1.KEYS_AISidecarArrayParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "array", null], "'array'"],
                    ["items", true, [null, checks_js_1.checkAISidecarParamProperty], "an AISidecarParamProperty value"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarBooleanParam,
            [
                "model",
                checks_js_1.KEYS_AISidecarBooleanParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "boolean", null], "'boolean'"],
                    ["default", false, [(x) => typeof x === "boolean", null], "true or false"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarFunctionParameters,
            [
                "model",
                checks_js_1.KEYS_AISidecarFunctionParameters,
                [
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    [
                        "properties",
                        true,
                        [null, checks_js_1._map_of_AISidecarParamProperty],
                        "a JSON object whose values are each an AISidecarParamProperty value",
                    ],
                    ["required", false, [null, checks_js_1._list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarIntegerParam,
            [
                "model",
                checks_js_1.KEYS_AISidecarIntegerParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "integer", null], "'integer'"],
                    ["enum", false, [null, checks_js_1._list_of_int], "a list of integers"],
                    ["default", false, [(x) => (0, runtime_js_1.isInteger)(x), null], "an integer"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarNumberParam,
            [
                "model",
                checks_js_1.KEYS_AISidecarNumberParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "number", null], "'number'"],
                    ["enum", false, [null, checks_js_1._list_of_number], "a list of numbers"],
                    ["default", false, [(x) => (0, runtime_js_1.isNumber)(x), null], "a number"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarObject,
            [
                "model",
                checks_js_1.KEYS_AISidecarObject,
                [
                    [
                        "prompt",
                        false,
                        [null, checks_js_1._AISidecarObject_prompt],
                        "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object",
                    ],
                    [
                        "lang",
                        true,
                        [(x) => (typeof x === "string" && (0, runtime_js_1.cpLength)(x) >= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a string of at least 1 character or a SWML variable such as '${name}'",
                    ],
                    [
                        "model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "direction",
                        false,
                        [null, checks_js_1._list_of_TranscribeDirection],
                        "a list of items that are each one of 'remote-caller', 'local-caller'",
                    ],
                    [
                        "customer_role",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_TranscribeDirection.has(x), null],
                        "one of 'remote-caller', 'local-caller'",
                    ],
                    ["url", false, [(x) => typeof x === "string", null], "a string"],
                    ["SWAIG", false, [null, checks_js_1.checkAISidecarSWAIG], "an AISidecarSWAIG object"],
                    [
                        "permissions",
                        false,
                        [null, checks_js_1.checkAISidecarPermissions],
                        "an AISidecarPermissions object",
                    ],
                    ["global_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["hints", false, [null, checks_js_1._AISidecarObject_hints], "a list of strings (at least 1 item)"],
                    ["params", false, [null, checks_js_1.checkAISidecarParams], "an AISidecarParams object"],
                    [
                        "action",
                        false,
                        [null, checks_js_1.checkAISidecarSummarizeAction],
                        "an AISidecarSummarizeAction object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarObjectParam,
            [
                "model",
                checks_js_1.KEYS_AISidecarObjectParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    [
                        "properties",
                        false,
                        [null, checks_js_1._map_of_AISidecarParamProperty],
                        "a JSON object whose values are each an AISidecarParamProperty value",
                    ],
                    ["required", false, [null, checks_js_1._list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarParams,
            [
                "model",
                checks_js_1.KEYS_AISidecarParams,
                [
                    [
                        "idle_timeout_ms",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 50 <= x && x <= 5000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 50 to 5000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "min_interval_ms",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 60000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_iters_per_tick",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 20) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1 to 20 or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_history_tokens",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1000 <= x && x <= 200000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1000 to 200000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "act_on_channel",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "final_summary",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "ai_summary",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["ai_summary_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "summary_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "live_events",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "verbose_utterances",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_engine",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_SpeechEngine.has(x), null],
                        "one of 'deepgram', 'google'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 600000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_silence_ms",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 60000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_thresh",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_level",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 100) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 100 or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["transcribe_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarPermissions,
            [
                "model",
                checks_js_1.KEYS_AISidecarPermissions,
                [
                    [
                        "swaig_allow_swml",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_allow_settings",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_set_global_data",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarPromptFile,
            [
                "model",
                checks_js_1.KEYS_AISidecarPromptFile,
                [["file", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarPromptPom,
            [
                "model",
                checks_js_1.KEYS_AISidecarPromptPom,
                [
                    [
                        "pom",
                        true,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarPromptText,
            [
                "model",
                checks_js_1.KEYS_AISidecarPromptText,
                [["text", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarSWAIG,
            [
                "model",
                checks_js_1.KEYS_AISidecarSWAIG,
                [
                    [
                        "defaults",
                        false,
                        [null, checks_js_1.checkAISidecarSWAIGDefaults],
                        "an AISidecarSWAIGDefaults object",
                    ],
                    [
                        "functions",
                        false,
                        [null, checks_js_1._list_of_AISidecarSWAIGFunction],
                        "a list of AISidecarSWAIGFunction objects",
                    ],
                    ["mcp_servers", false, [null, checks_js_1._list_of_MCPServer], "a list of MCPServer objects"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarSWAIGDefaults,
            [
                "model",
                checks_js_1.KEYS_AISidecarSWAIGDefaults,
                [
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_auth_user", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "web_hook_auth_password",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarSWAIGFunction,
            [
                "model",
                checks_js_1.KEYS_AISidecarSWAIGFunction,
                [
                    ["function", true, [(x) => typeof x === "string", null], "a string"],
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "parameters",
                        false,
                        [null, checks_js_1.checkAISidecarFunctionParameters],
                        "an AISidecarFunctionParameters object",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_auth_user", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "web_hook_auth_password",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarStringParam,
            [
                "model",
                checks_js_1.KEYS_AISidecarStringParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "string", null], "'string'"],
                    ["enum", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["default", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarSummarizeAction,
            [
                "model",
                checks_js_1.KEYS_AISidecarSummarizeAction,
                [
                    [
                        "summarize",
                        true,
                        [null, checks_js_1.checkAISidecarSummarizeActionSummarize],
                        "an AISidecarSummarizeActionSummarize object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarSummarizeActionSummarize,
            [
                "model",
                checks_js_1.KEYS_AISidecarSummarizeActionSummarize,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAddDynamicHintsAction,
            [
                "model",
                checks_js_1.KEYS_AddDynamicHintsAction,
                [
                    [
                        "add_dynamic_hints",
                        true,
                        [null, checks_js_1._list_of_str_or_DynamicHint],
                        "a list of items that are each a string or a DynamicHint object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAllOfProperty,
            [
                "model",
                checks_js_1.KEYS_AllOfProperty,
                [
                    [
                        "allOf",
                        true,
                        [null, checks_js_1._list_of_SchemaType],
                        "a list of items that are each a SchemaType value",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAmazonBedrockObject,
            [
                "model",
                checks_js_1.KEYS_AmazonBedrockObject,
                [
                    ["global_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["params", false, [null, checks_js_1.checkBedrockParams], "a BedrockParams object"],
                    [
                        "post_prompt",
                        false,
                        [null, checks_js_1._AmazonBedrockObject_post_prompt],
                        "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object",
                    ],
                    ["post_prompt_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "prompt",
                        true,
                        [null, checks_js_1._AmazonBedrockObject_prompt],
                        "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
                    ],
                    ["SWAIG", false, [null, checks_js_1.checkBedrockSWAIG], "a BedrockSWAIG object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAnswer,
            [
                "model",
                checks_js_1.KEYS_Answer,
                [
                    [
                        "max_duration",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAnyOfProperty,
            [
                "model",
                checks_js_1.KEYS_AnyOfProperty,
                [
                    [
                        "anyOf",
                        true,
                        [null, checks_js_1._list_of_SchemaType],
                        "a list of items that are each a SchemaType value",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkArrayProperty,
            [
                "model",
                checks_js_1.KEYS_ArrayProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "array", null], "'array'"],
                    ["default", false, [null, checks_js_1._list_of_any], "a list of items that are each any JSON value"],
                    ["items", true, [null, checks_js_1.checkSchemaType], "a SchemaType value"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockDataMap,
            [
                "model",
                checks_js_1.KEYS_BedrockDataMap,
                [
                    ["output", false, [null, checks_js_1.checkBedrockOutput], "a BedrockOutput object"],
                    [
                        "expressions",
                        false,
                        [null, checks_js_1._list_of_BedrockExpression],
                        "a list of BedrockExpression objects",
                    ],
                    ["webhooks", false, [null, checks_js_1._list_of_BedrockWebhook], "a list of BedrockWebhook objects"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockExpression,
            [
                "model",
                checks_js_1.KEYS_BedrockExpression,
                [
                    ["output", true, [null, checks_js_1.checkBedrockOutput], "a BedrockOutput object"],
                    ["string", true, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockOutput,
            [
                "model",
                checks_js_1.KEYS_BedrockOutput,
                [
                    ["response", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "action",
                        false,
                        [null, checks_js_1._BedrockOutput_action],
                        "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockParams,
            [
                "model",
                checks_js_1.KEYS_BedrockParams,
                [
                    [
                        "attention_timeout",
                        false,
                        [
                            (x) => ((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 600000) || x === 0 || (0, runtime_js_1.isVar)(x),
                            null,
                        ],
                        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "hard_stop_time",
                        false,
                        [(x) => (typeof x === "string" && checks_js_1.RE_0.test(x)) || (0, runtime_js_1.isVar)(x), null],
                        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
                    ],
                    [
                        "inactivity_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 3600000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "video_listening_file",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    ["video_idle_file", false, [(x) => typeof x === "string", null], "a string"],
                    ["video_talking_file", false, [(x) => typeof x === "string", null], "a string"],
                    ["hard_stop_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                [[null, runtime_js_1.jsonCopy], "any JSON value"],
            ],
        ],
        [
            checks_js_1.checkBedrockSWAIG,
            [
                "model",
                checks_js_1.KEYS_BedrockSWAIG,
                [
                    [
                        "functions",
                        false,
                        [null, checks_js_1._BedrockSWAIG_functions],
                        "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects",
                    ],
                    ["defaults", false, [null, checks_js_1.checkSWAIGDefaults], "a SWAIGDefaults object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockSWAIGFunction1,
            [
                "model",
                checks_js_1.KEYS_BedrockSWAIGFunction1,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["function", true, [(x) => typeof x === "string", null], "a string"],
                    ["data_map", false, [null, checks_js_1.checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockSWAIGFunction2,
            [
                "model",
                checks_js_1.KEYS_BedrockSWAIGFunction2,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["function", true, [(x) => x === "startup_hook", null], "'startup_hook'"],
                    ["data_map", false, [null, checks_js_1.checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockSWAIGFunction3,
            [
                "model",
                checks_js_1.KEYS_BedrockSWAIGFunction3,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["function", true, [(x) => x === "hangup_hook", null], "'hangup_hook'"],
                    ["data_map", false, [null, checks_js_1.checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockSWAIGFunction4,
            [
                "model",
                checks_js_1.KEYS_BedrockSWAIGFunction4,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "function",
                        true,
                        [(x) => x === "summarize_conversation", null],
                        "'summarize_conversation'",
                    ],
                    ["data_map", false, [null, checks_js_1.checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBedrockWebhook,
            [
                "model",
                checks_js_1.KEYS_BedrockWebhook,
                [
                    [
                        "expressions",
                        false,
                        [null, checks_js_1._list_of_BedrockExpression],
                        "a list of BedrockExpression objects",
                    ],
                    ["output", false, [null, checks_js_1.checkBedrockOutput], "a BedrockOutput object"],
                    ["error_keys", false, [null, checks_js_1._str_or_list_of_str], "a string or a list of strings"],
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["foreach", false, [null, checks_js_1.checkForeach], "a Foreach object"],
                    ["headers", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    [
                        "method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Method.has(x), null],
                        "one of 'GET', 'POST', 'PUT', 'DELETE'",
                    ],
                    [
                        "input_args_as_params",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["params", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["require_args", false, [null, checks_js_1._str_or_list_of_str], "a string or a list of strings"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkBooleanProperty,
            [
                "model",
                checks_js_1.KEYS_BooleanProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "boolean", null], "'boolean'"],
                    [
                        "default",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkChangeContextAction,
            [
                "model",
                checks_js_1.KEYS_ChangeContextAction,
                [["change_context", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkChangeStepAction,
            [
                "model",
                checks_js_1.KEYS_ChangeStepAction,
                [["change_step", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkChangeVoiceAction,
            [
                "model",
                checks_js_1.KEYS_ChangeVoiceAction,
                [
                    [
                        "change_voice",
                        true,
                        [(x) => typeof x === "string" && !(0, runtime_js_1.isBlank)(x) && checks_js_1.RE_1.test(x), null],
                        "a non-blank string",
                    ],
                ],
                null,
            ],
        ],
        [checks_js_1.checkClearDynamicHints, ["model", checks_js_1.KEYS_ClearDynamicHints, [], null]],
        [
            checks_js_1.checkClearDynamicHintsAction,
            [
                "model",
                checks_js_1.KEYS_ClearDynamicHintsAction,
                [
                    [
                        "clear_dynamic_hints",
                        true,
                        [null, checks_js_1.checkClearDynamicHints],
                        "a ClearDynamicHints object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkCondElse,
            [
                "model",
                checks_js_1.KEYS_CondElse,
                [["else", true, [null, checks_js_1._list_of_method], "a list of SWML methods"]],
                null,
            ],
        ],
        [
            checks_js_1.checkCondReg,
            [
                "model",
                checks_js_1.KEYS_CondReg,
                [
                    ["when", true, [(x) => typeof x === "string", null], "a string"],
                    ["then", true, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                    ["else", false, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectDestination,
            [
                "model",
                checks_js_1.KEYS_ConnectDestination,
                [
                    ["to", true, [(x) => typeof x === "string", null], "a string"],
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, checks_js_1._list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, checks_js_1._list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "confirm",
                        false,
                        [null, checks_js_1._ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "realtime",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_StatusUrlMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, checks_js_1._map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectDeviceParallel,
            [
                "model",
                checks_js_1.KEYS_ConnectDeviceParallel,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, checks_js_1._list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, checks_js_1._ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, checks_js_1._ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, checks_js_1._list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "parallel",
                        true,
                        [null, checks_js_1._list_of_ConnectDestination],
                        "a list of ConnectDestination objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectDeviceSerial,
            [
                "model",
                checks_js_1.KEYS_ConnectDeviceSerial,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, checks_js_1._list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, checks_js_1._ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, checks_js_1._ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, checks_js_1._list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "serial",
                        true,
                        [null, checks_js_1._list_of_ConnectDestination],
                        "a list of ConnectDestination objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectDeviceSerialParallel,
            [
                "model",
                checks_js_1.KEYS_ConnectDeviceSerialParallel,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, checks_js_1._list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, checks_js_1._ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, checks_js_1._ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, checks_js_1._list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "serial_parallel",
                        true,
                        [null, checks_js_1._list_of_list_of_ConnectDestination],
                        "a list of items that are each a list of ConnectDestination objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectDeviceSingle,
            [
                "model",
                checks_js_1.KEYS_ConnectDeviceSingle,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, checks_js_1._list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, checks_js_1._ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, checks_js_1._ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, checks_js_1._list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["to", true, [(x) => typeof x === "string", null], "a string"],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "realtime",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_StatusUrlMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, checks_js_1._map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectHeaders,
            [
                "model",
                checks_js_1.KEYS_ConnectHeaders,
                [
                    ["name", true, [(x) => typeof x === "string", null], "a string"],
                    ["value", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConnectSwitch,
            [
                "model",
                checks_js_1.KEYS_ConnectSwitch,
                [
                    ["variable", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, checks_js_1._map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConstProperty,
            ["model", checks_js_1.KEYS_ConstProperty, [["const", true, [null, runtime_js_1.jsonCopy], "any JSON value"]], null],
        ],
        [
            checks_js_1.checkContextPOMSteps,
            [
                "model",
                checks_js_1.KEYS_ContextPOMSteps,
                [
                    [
                        "name",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.RE_2.test(x), null],
                        "a name other than 'next'",
                    ],
                    ["step_criteria", false, [(x) => typeof x === "string", null], "a string"],
                    ["functions", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["valid_contexts", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    [
                        "skip_user_turn",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["end", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["valid_steps", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pom", true, [null, checks_js_1._list_of_POM], "a list of items that are each a POM value"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkContextSwitch,
            [
                "model",
                checks_js_1.KEYS_ContextSwitch,
                [
                    ["system_prompt", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "consolidate",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["user_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "full_reset",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkContextSwitchAction,
            [
                "model",
                checks_js_1.KEYS_ContextSwitchAction,
                [["context_switch", true, [null, checks_js_1.checkContextSwitch], "a ContextSwitch object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkContextTextSteps,
            [
                "model",
                checks_js_1.KEYS_ContextTextSteps,
                [
                    [
                        "name",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.RE_2.test(x), null],
                        "a name other than 'next'",
                    ],
                    ["step_criteria", false, [(x) => typeof x === "string", null], "a string"],
                    ["functions", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["valid_contexts", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    [
                        "skip_user_turn",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["end", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["valid_steps", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkContexts,
            [
                "model",
                checks_js_1.KEYS_Contexts,
                [
                    [
                        "default",
                        true,
                        [null, checks_js_1._ContextsPOMObject_or_ContextsTextObject],
                        "a ContextsPOMObject object or a ContextsTextObject object",
                    ],
                ],
                [
                    [null, checks_js_1._ContextsPOMObject_or_ContextsTextObject],
                    "a ContextsPOMObject object or a ContextsTextObject object",
                ],
            ],
        ],
        [
            checks_js_1.checkContextsPOMObject,
            [
                "model",
                checks_js_1.KEYS_ContextsPOMObject,
                [
                    [
                        "steps",
                        true,
                        [null, checks_js_1._list_of_ContextPOMSteps_or_ContextTextSteps],
                        "a list of ContextPOMSteps or ContextTextSteps objects",
                    ],
                    ["isolated", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["enter_fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["exit_fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    [
                        "pom",
                        false,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkContextsTextObject,
            [
                "model",
                checks_js_1.KEYS_ContextsTextObject,
                [
                    [
                        "steps",
                        true,
                        [null, checks_js_1._list_of_ContextPOMSteps_or_ContextTextSteps],
                        "a list of ContextPOMSteps or ContextTextSteps objects",
                    ],
                    ["isolated", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["enter_fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["exit_fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["text", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkConversationMessage,
            [
                "model",
                checks_js_1.KEYS_ConversationMessage,
                [
                    [
                        "role",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.E_ConversationRole.has(x), null],
                        "one of 'user', 'assistant', 'system'",
                    ],
                    ["content", true, [(x) => typeof x === "string", null], "a string"],
                    ["lang", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkDataMap,
            [
                "model",
                checks_js_1.KEYS_DataMap,
                [
                    ["output", false, [null, checks_js_1.checkOutput], "an Output object"],
                    ["expressions", false, [null, checks_js_1._list_of_Expression], "a list of Expression objects"],
                    ["webhooks", false, [null, checks_js_1._list_of_Webhook], "a list of Webhook objects"],
                ],
                null,
            ],
        ],
        [checks_js_1.checkDenoise, ["model", checks_js_1.KEYS_Denoise, [], null]],
        [
            checks_js_1.checkDetectMachine,
            [
                "model",
                checks_js_1.KEYS_DetectMachine,
                [
                    [
                        "detect_message_end",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["detectors", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "end_silence_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "machine_ready_timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "machine_voice_threshold",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "machine_words_threshold",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 0 or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "tone",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Tone.has(x), null],
                        "one of 'CED', 'CNG'",
                    ],
                    [
                        "wait",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkDynamicHint,
            [
                "model",
                checks_js_1.KEYS_DynamicHint,
                [
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                    ["replace", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ignore_case",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkEndOfSpeechTimeoutAction,
            [
                "model",
                checks_js_1.KEYS_EndOfSpeechTimeoutAction,
                [
                    [
                        "end_of_speech_timeout",
                        true,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 250 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 250 to 10000 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkEnterQueueObject,
            [
                "model",
                checks_js_1.KEYS_EnterQueueObject,
                [
                    ["queue_name", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        true,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_url",
                        false,
                        [(x) => typeof x === "string" || (0, runtime_js_1.isVar)(x), null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "wait_time",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkExecute,
            [
                "model",
                checks_js_1.KEYS_Execute,
                [
                    ["dest", true, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["on_return", false, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                    [
                        "result",
                        false,
                        [null, checks_js_1._Execute_result],
                        "an ExecuteSwitch object or a list of CondReg or CondElse objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkExecuteRpc,
            [
                "model",
                checks_js_1.KEYS_ExecuteRpc,
                [
                    ["method", true, [(x) => typeof x === "string", null], "a string"],
                    ["call_id", false, [(x) => typeof x === "string", null], "a string"],
                    ["node_id", false, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checks_js_1._map_of_any], "a JSON object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkExecuteSwitch,
            [
                "model",
                checks_js_1.KEYS_ExecuteSwitch,
                [
                    ["variable", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, checks_js_1._map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkExpression,
            [
                "model",
                checks_js_1.KEYS_Expression,
                [
                    ["string", true, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                    ["output", true, [null, checks_js_1.checkOutput], "an Output object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkExtensiveDataAction,
            [
                "model",
                checks_js_1.KEYS_ExtensiveDataAction,
                [["extensive_data", true, [(x) => typeof x === "boolean", null], "true or false"]],
                null,
            ],
        ],
        [
            checks_js_1.checkForeach,
            [
                "model",
                checks_js_1.KEYS_Foreach,
                [
                    ["input_key", true, [(x) => typeof x === "string", null], "a string"],
                    ["output_key", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["append", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkFunctionFillers,
            [
                "model",
                checks_js_1.KEYS_FunctionFillers,
                [
                    ["default", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["auto", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["bg", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ca", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-CN", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-Hans", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-TW", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-Hant", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-HK", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["cs", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["da", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["da-DK", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["nl", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-US", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-GB", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-NZ", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-IN", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-AU", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["et", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["fi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["nl-BE", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["fr", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["fr-CA", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["de", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["de-CH", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["el", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["hi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["hu", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["id", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["it", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ja", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ko", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ko-KR", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["lv", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["lt", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ms", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["multi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["no", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pl", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pt", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pt-BR", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pt-PT", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ro", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ru", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["sk", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["es", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["es-419", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["sv", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["sv-SE", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["th", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["th-TH", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["tr", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["uk", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["vi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                ],
                [[null, checks_js_1._list_of_str], "a list of strings"],
            ],
        ],
        [
            checks_js_1.checkFunctionParameters,
            [
                "model",
                checks_js_1.KEYS_FunctionParameters,
                [
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    [
                        "properties",
                        true,
                        [null, checks_js_1._map_of_SchemaType],
                        "a JSON object whose values are each a SchemaType value",
                    ],
                    ["required", false, [null, checks_js_1._list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkFunctionsOnSpeakerTimeoutAction,
            [
                "model",
                checks_js_1.KEYS_FunctionsOnSpeakerTimeoutAction,
                [
                    [
                        "functions_on_speaker_timeout",
                        true,
                        [(x) => typeof x === "boolean", null],
                        "true or false",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkGoto,
            [
                "model",
                checks_js_1.KEYS_Goto,
                [
                    ["label", true, [(x) => typeof x === "string", null], "a string"],
                    ["when", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 100) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 1 to 100 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkHangUpHookSWAIGFunction,
            [
                "model",
                checks_js_1.KEYS_HangUpHookSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, checks_js_1._HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [(x) => x === "hangup_hook", null], "'hangup_hook'"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkHangup,
            [
                "model",
                checks_js_1.KEYS_Hangup,
                [
                    [
                        "reason",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Reason.has(x), null],
                        "one of 'hangup', 'busy', 'decline'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkHangupAction,
            [
                "model",
                checks_js_1.KEYS_HangupAction,
                [
                    [
                        "hangup",
                        true,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkHint,
            [
                "model",
                checks_js_1.KEYS_Hint,
                [
                    ["hint", true, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                    ["replace", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ignore_case",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkHold,
            [
                "model",
                checks_js_1.KEYS_Hold,
                [
                    [
                        "timeout",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && -2147483648 <= x && x <= 900) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from -2147483648 to 900 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkHoldAction,
            [
                "model",
                checks_js_1.KEYS_HoldAction,
                [
                    [
                        "hold",
                        true,
                        [null, checks_js_1._HoldAction_hold],
                        "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkInject,
            [
                "model",
                checks_js_1.KEYS_Inject,
                [
                    ["message", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "direction",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.E_TranslateDirection.has(x), null],
                        "one of 'remote-caller', 'local-caller'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkInjectAction,
            [
                "model",
                checks_js_1.KEYS_InjectAction,
                [["inject", true, [null, checks_js_1.checkInject], "an Inject object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkIntegerProperty,
            [
                "model",
                checks_js_1.KEYS_IntegerProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "integer", null], "'integer'"],
                    ["enum", false, [null, checks_js_1._list_of_int], "a list of integers"],
                    [
                        "default",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkJoinConference,
            [
                "model",
                checks_js_1.KEYS_JoinConference,
                [
                    [
                        "name",
                        true,
                        [(x) => typeof x === "string" && !(0, runtime_js_1.isBlank)(x), null],
                        "a non-blank string",
                    ],
                    [
                        "muted",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "beep",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Beep.has(x), null],
                        "one of 'true', 'false', 'onEnter', 'onExit'",
                    ],
                    [
                        "start_on_enter",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_on_exit",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "wait_url",
                        false,
                        [(x) => (typeof x === "string" && checks_js_1.URL_HTTP_HTTPS.test(x)) || (0, runtime_js_1.isVar)(x), null],
                        "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_participants",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 2 <= x && x <= 100000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 2 to 100000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "record",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Record.has(x), null],
                        "one of 'do-not-record', 'record-from-start'",
                    ],
                    [
                        "region",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Region.has(x), null],
                        "one of 'global', 'us', 'eu', 'ch'",
                    ],
                    [
                        "trim",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Trim.has(x), null],
                        "one of 'trim-silence', 'do-not-trim'",
                    ],
                    ["coach", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "status_callback_event",
                        false,
                        [null, checks_js_1._joined_StatusCallbackEvent],
                        "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as an array or a string joined by ' '",
                    ],
                    [
                        "status_callback_event_type",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_CallbackEventType.has(x), null],
                        "one of 'cxml', 'laml', 'relay'",
                    ],
                    [
                        "status_callback",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.URL_HTTP_HTTPS.test(x), null],
                        "an absolute URL starting with http:// or https://",
                    ],
                    [
                        "status_callback_method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_HttpMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "recording_status_callback",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.URL_HTTP_HTTPS.test(x), null],
                        "an absolute URL starting with http:// or https://",
                    ],
                    [
                        "recording_status_callback_method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_HttpMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "recording_status_callback_event",
                        false,
                        [null, checks_js_1._joined_RecordingStatusCallbackEvent],
                        "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '",
                    ],
                    [
                        "recording_status_callback_event_type",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_CallbackEventType.has(x), null],
                        "one of 'cxml', 'laml', 'relay'",
                    ],
                    [
                        "result",
                        false,
                        [null, checks_js_1._Switch_or_list_of_CondReg_or_CondElse],
                        "a Switch object or a list of CondReg or CondElse objects",
                    ],
                    ["stream", false, [null, checks_js_1.checkJoinConferenceStream], "a JoinConferenceStream object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkJoinConferenceStream,
            [
                "model",
                checks_js_1.KEYS_JoinConferenceStream,
                [
                    [
                        "url",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.URL_WSS.test(x), null],
                        "an absolute URL starting with wss://",
                    ],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_HttpMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "realtime",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, checks_js_1._map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkJoinRoom,
            [
                "model",
                checks_js_1.KEYS_JoinRoom,
                [["name", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkLanguageParams,
            [
                "model",
                checks_js_1.KEYS_LanguageParams,
                [
                    [
                        "stability",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "similarity",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speakingRate",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0.5 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0.5 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speed",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0.5 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0.5 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "vol",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0.1 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0.1 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pitch",
                        false,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && -12 <= x && x <= 12) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from -12 to 12 or a SWML variable such as '${name}'",
                    ],
                    [
                        "emotion",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Emotion.has(x), null],
                        "one of 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'neutral'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkLanguages,
            [
                "model",
                checks_js_1.KEYS_Languages,
                [
                    ["name", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "code",
                        true,
                        [null, checks_js_1._Languages_code],
                        "a string or a list of strings (at most 3 items)",
                    ],
                    ["listen_language", false, [null, checks_js_1._str_or_list_of_str], "a string or a list of strings"],
                    ["voice", true, [(x) => typeof x === "string", null], "a string"],
                    ["model", false, [(x) => typeof x === "string", null], "a string"],
                    ["auto_emotion", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["auto_speed", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checks_js_1.checkLanguageParams], "a LanguageParams object"],
                    ["fillers", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["function_fillers", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["speech_fillers", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["turn_fillers", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pronounce", false, [null, checks_js_1._list_of_Pronounce], "a list of Pronounce objects"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkLiveTranscribe,
            [
                "model",
                checks_js_1.KEYS_LiveTranscribe,
                [
                    [
                        "action",
                        true,
                        [null, checks_js_1._LiveTranscribe_action],
                        "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkLiveTranslate,
            [
                "model",
                checks_js_1.KEYS_LiveTranslate,
                [
                    [
                        "action",
                        true,
                        [null, checks_js_1._LiveTranslate_action],
                        "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkMCPServer,
            [
                "model",
                checks_js_1.KEYS_MCPServer,
                [
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, checks_js_1._map_of_str], "a JSON object whose values are each a string"],
                    [
                        "resources",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "resource_vars",
                        false,
                        [null, checks_js_1._map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkMultilingual,
            [
                "model",
                checks_js_1.KEYS_Multilingual,
                [
                    [
                        "languages",
                        true,
                        [null, checks_js_1._list_of_MultilingualLanguage],
                        "a list of MultilingualLanguage objects",
                    ],
                    ["allowed", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["model", false, [(x) => typeof x === "string", null], "a string"],
                    ["provider", false, [(x) => typeof x === "string", null], "a string"],
                    ["start_language", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "min_switch_words",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 1 <= x, null],
                        "an integer of at least 1",
                    ],
                    [
                        "fillers",
                        false,
                        [null, checks_js_1._list_of_str_or_FunctionFillers],
                        "a list of strings or a FunctionFillers object",
                    ],
                    [
                        "function_fillers",
                        false,
                        [null, checks_js_1._list_of_str_or_FunctionFillers],
                        "a list of strings or a FunctionFillers object",
                    ],
                    [
                        "turn_fillers",
                        false,
                        [null, checks_js_1._list_of_str_or_TurnFillers],
                        "a list of strings or a TurnFillers object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkMultilingualLanguage,
            [
                "model",
                checks_js_1.KEYS_MultilingualLanguage,
                [
                    ["language", true, [(x) => typeof x === "string", null], "a string"],
                    ["voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["model", false, [(x) => typeof x === "string", null], "a string"],
                    ["engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checks_js_1.checkLanguageParams], "a LanguageParams object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkNullProperty,
            [
                "model",
                checks_js_1.KEYS_NullProperty,
                [
                    ["type", true, [(x) => x === "null", null], "'null'"],
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkNumberProperty,
            [
                "model",
                checks_js_1.KEYS_NumberProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "number", null], "'number'"],
                    [
                        "enum",
                        false,
                        [null, checks_js_1._list_of_int_or_number_or_list_of_var],
                        "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'",
                    ],
                    [
                        "default",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a number or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkObjectProperty,
            [
                "model",
                checks_js_1.KEYS_ObjectProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    ["default", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    [
                        "properties",
                        false,
                        [null, checks_js_1._map_of_SchemaType],
                        "a JSON object whose values are each a SchemaType value",
                    ],
                    ["required", false, [null, checks_js_1._list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps,
            [
                "model",
                checks_js_1.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps,
            [
                "model",
                checks_js_1.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkOmitPropertiesBedrockPromptPomOmittedPromptProps,
            [
                "model",
                checks_js_1.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
                [
                    [
                        "voice_id",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_VoiceId.has(x), null],
                        "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'",
                    ],
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkOmitPropertiesBedrockPromptTextOmittedPromptProps,
            [
                "model",
                checks_js_1.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps,
                [
                    [
                        "voice_id",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_VoiceId.has(x), null],
                        "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'",
                    ],
                    [
                        "max_tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkOneOfProperty,
            [
                "model",
                checks_js_1.KEYS_OneOfProperty,
                [
                    [
                        "oneOf",
                        true,
                        [null, checks_js_1._list_of_SchemaType],
                        "a list of items that are each a SchemaType value",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkOutput,
            [
                "model",
                checks_js_1.KEYS_Output,
                [
                    [
                        "response",
                        false,
                        [null, checks_js_1._str_or_SwaigToolResult],
                        "a string or a SwaigToolResult object",
                    ],
                    [
                        "action",
                        false,
                        [null, checks_js_1._BedrockOutput_action],
                        "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
                    ],
                    ["post_process", false, [(x) => typeof x === "boolean", null], "true or false"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPay,
            [
                "model",
                checks_js_1.KEYS_Pay,
                [
                    [
                        "payment_connector_url",
                        true,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    ["charge_amount", false, [(x) => typeof x === "string", null], "a string"],
                    ["currency", false, [(x) => typeof x === "string", null], "a string"],
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["input", false, [(x) => x === "dtmf", null], "'dtmf'"],
                    ["language", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max_attempts",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "min_postal_code_length",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["parameters", false, [null, checks_js_1._list_of_PayParameters], "a list of PayParameters objects"],
                    ["payment_method", false, [(x) => x === "credit-card", null], "'credit-card'"],
                    [
                        "postal_code",
                        false,
                        [(x) => typeof x === "boolean" || typeof x === "string", null],
                        "true or false or a string",
                    ],
                    ["prompts", false, [null, checks_js_1._list_of_PayPrompts], "a list of PayPrompts objects"],
                    [
                        "security_code",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "token_type",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_TokenType.has(x), null],
                        "one of 'one-time', 'reusable'",
                    ],
                    ["valid_card_types", false, [(x) => typeof x === "string", null], "a string"],
                    ["voice", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPayParameters,
            [
                "model",
                checks_js_1.KEYS_PayParameters,
                [
                    ["name", true, [(x) => typeof x === "string", null], "a string"],
                    ["value", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPayPromptPlayAction,
            [
                "model",
                checks_js_1.KEYS_PayPromptPlayAction,
                [
                    ["type", true, [(x) => x === "Play", null], "'Play'"],
                    [
                        "phrase",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.RE_3.test(x), null],
                        "a URL starting with http:// or https://",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPayPromptSayAction,
            [
                "model",
                checks_js_1.KEYS_PayPromptSayAction,
                [
                    ["type", true, [(x) => x === "Say", null], "'Say'"],
                    ["phrase", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPayPrompts,
            [
                "model",
                checks_js_1.KEYS_PayPrompts,
                [
                    [
                        "actions",
                        true,
                        [null, checks_js_1._PayPrompts_actions],
                        "a list of PayPromptSayAction or PayPromptPlayAction objects",
                    ],
                    ["for", true, [(x) => typeof x === "string", null], "a string"],
                    ["attempts", false, [(x) => typeof x === "string", null], "a string"],
                    ["card_type", false, [(x) => typeof x === "string", null], "a string"],
                    ["error_type", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPlayWithURL,
            [
                "model",
                checks_js_1.KEYS_PlayWithURL,
                [
                    [
                        "auto_answer",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "volume",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -40 <= x && x <= 40) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -40 to 40 or a SWML variable such as '${name}'",
                    ],
                    ["say_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_language", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_gender", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "url",
                        true,
                        [(x) => (typeof x === "string" && checks_js_1.RE_4.test(x)) || (0, runtime_js_1.isVar)(x), null],
                        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPlayWithURLS,
            [
                "model",
                checks_js_1.KEYS_PlayWithURLS,
                [
                    [
                        "auto_answer",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "volume",
                        false,
                        [(x) => ((0, runtime_js_1.isNumber)(x) && -40 <= x && x <= 40) || (0, runtime_js_1.isVar)(x), null],
                        "a number from -40 to 40 or a SWML variable such as '${name}'",
                    ],
                    ["say_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_language", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_gender", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "urls",
                        true,
                        [null, checks_js_1._PlayWithURLS_urls],
                        "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPlaybackBGAction,
            [
                "model",
                checks_js_1.KEYS_PlaybackBGAction,
                [["playback_bg", true, [null, checks_js_1.checkPlaybackBg], "a PlaybackBg object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkPlaybackBg,
            [
                "model",
                checks_js_1.KEYS_PlaybackBg,
                [
                    ["file", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPomSectionBodyContent,
            [
                "model",
                checks_js_1.KEYS_PomSectionBodyContent,
                [
                    [
                        "title",
                        false,
                        [(x) => typeof x === "string" && (0, runtime_js_1.cpLength)(x) >= 1, null],
                        "a string of at least 1 character",
                    ],
                    [
                        "subsections",
                        false,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                    [
                        "numbered",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "numberedBullets",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["body", true, [(x) => typeof x === "string", null], "a string"],
                    ["bullets", false, [null, checks_js_1._AISidecarObject_hints], "a list of strings (at least 1 item)"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPomSectionBulletsContent,
            [
                "model",
                checks_js_1.KEYS_PomSectionBulletsContent,
                [
                    [
                        "title",
                        false,
                        [(x) => typeof x === "string" && (0, runtime_js_1.cpLength)(x) >= 1, null],
                        "a string of at least 1 character",
                    ],
                    [
                        "subsections",
                        false,
                        [null, checks_js_1._AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                    [
                        "numbered",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "numberedBullets",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["body", false, [(x) => typeof x === "string", null], "a string"],
                    ["bullets", true, [null, checks_js_1._AISidecarObject_hints], "a list of strings (at least 1 item)"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPrompt,
            [
                "model",
                checks_js_1.KEYS_Prompt,
                [
                    [
                        "play",
                        true,
                        [null, checks_js_1._Prompt_play],
                        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
                    ],
                    [
                        "volume",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && -40 <= x && x <= 40, null],
                        "a number from -40 to 40",
                    ],
                    ["say_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_language", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_gender", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max_digits",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "digit_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_end_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    ["speech_language", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "speech_hints",
                        false,
                        [null, checks_js_1._list_of_str_or_list_of_var],
                        "a list of strings or a list of items that are each a SWML variable such as '${name}'",
                    ],
                    ["speech_engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkPronounce,
            [
                "model",
                checks_js_1.KEYS_Pronounce,
                [
                    ["replace", true, [(x) => typeof x === "string", null], "a string"],
                    ["with", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ignore_case",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkReceiveFax,
            [
                "model",
                checks_js_1.KEYS_ReceiveFax,
                [["status_url", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkRecordArgument,
            [
                "model",
                checks_js_1.KEYS_RecordArgument,
                [
                    [
                        "stereo",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "format",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Format.has(x), null],
                        "one of 'wav', 'mp3', 'mp4'",
                    ],
                    [
                        "direction",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_RecordDirection.has(x), null],
                        "one of 'speak', 'listen'",
                    ],
                    ["terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "beep",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "input_sensitivity",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_silence_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_length",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkRecordCall,
            [
                "model",
                checks_js_1.KEYS_RecordCall,
                [
                    ["control_id", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "stereo",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "format",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Format.has(x), null],
                        "one of 'wav', 'mp3', 'mp4'",
                    ],
                    [
                        "direction",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_RecordCallDirection.has(x), null],
                        "one of 'speak', 'listen', 'both'",
                    ],
                    ["terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "beep",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "input_sensitivity",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_silence_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_length",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkReplaceInHistoryAction,
            [
                "model",
                checks_js_1.KEYS_ReplaceInHistoryAction,
                [
                    [
                        "replace_in_history",
                        true,
                        [(x) => typeof x === "string" || typeof x === "boolean", null],
                        "a string or true or false",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkRequest,
            [
                "model",
                checks_js_1.KEYS_Request,
                [
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "method",
                        true,
                        [(x) => typeof x === "string" && checks_js_1.E_Method.has(x), null],
                        "one of 'GET', 'POST', 'PUT', 'DELETE'",
                    ],
                    ["headers", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["body", false, [null, checks_js_1._str_or_map_of_any], "a string or a JSON object"],
                    [
                        "timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "connect_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "save_variables",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSMSWithBody,
            [
                "model",
                checks_js_1.KEYS_SMSWithBody,
                [
                    ["to_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["from_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["region", false, [(x) => typeof x === "string", null], "a string"],
                    ["tags", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["status_callback", false, [(x) => typeof x === "string", null], "a string"],
                    ["body", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSMSWithMedia,
            [
                "model",
                checks_js_1.KEYS_SMSWithMedia,
                [
                    ["to_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["from_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["region", false, [(x) => typeof x === "string", null], "a string"],
                    ["tags", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["status_callback", false, [(x) => typeof x === "string", null], "a string"],
                    ["media", true, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["body", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSWAIG,
            [
                "model",
                checks_js_1.KEYS_SWAIG,
                [
                    ["defaults", false, [null, checks_js_1.checkSWAIGDefaults], "a SWAIGDefaults object"],
                    ["mcp_servers", false, [null, checks_js_1._list_of_MCPServer], "a list of MCPServer objects"],
                    [
                        "native_functions",
                        false,
                        [null, checks_js_1._list_of_SWAIGNativeFunction],
                        "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
                    ],
                    ["includes", false, [null, checks_js_1._list_of_SWAIGIncludes], "a list of SWAIGIncludes objects"],
                    [
                        "functions",
                        false,
                        [null, checks_js_1._SWAIG_functions],
                        "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects",
                    ],
                    [
                        "internal_fillers",
                        false,
                        [null, checks_js_1.checkSWAIGInternalFiller],
                        "a SWAIGInternalFiller object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSWAIGDefaults,
            [
                "model",
                checks_js_1.KEYS_SWAIGDefaults,
                [["web_hook_url", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkSWAIGIncludes,
            [
                "model",
                checks_js_1.KEYS_SWAIGIncludes,
                [
                    ["functions", true, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSWAIGInternalFiller,
            [
                "model",
                checks_js_1.KEYS_SWAIGInternalFiller,
                [
                    ["check_time", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["wait_for_user", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["wait_seconds", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    [
                        "adjust_response_latency",
                        false,
                        [null, checks_js_1.checkFunctionFillers],
                        "a FunctionFillers object",
                    ],
                    ["next_step", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["change_context", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["get_visual_input", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["get_ideal_strategy", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["pause_conversation", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSWMLAction,
            [
                "model",
                checks_js_1.KEYS_SWMLAction,
                [
                    ["SWML", true, [null, checks_js_1.checkSWMLObject], "a SWMLObject object"],
                    [
                        "transfer",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSWMLObject,
            [
                "model",
                checks_js_1.KEYS_SWMLObject,
                [
                    ["version", false, [(x) => x === "1.0.0", null], "'1.0.0'"],
                    ["sections", true, [null, checks_js_1.checkSection], "a Section object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSayAction,
            [
                "model",
                checks_js_1.KEYS_SayAction,
                [["say", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkSection,
            [
                "model",
                checks_js_1.KEYS_Section,
                [["main", true, [null, checks_js_1._list_of_method], "a list of SWML methods"]],
                [[null, checks_js_1._list_of_method], "a list of SWML methods"],
            ],
        ],
        [
            checks_js_1.checkSendDigits,
            [
                "model",
                checks_js_1.KEYS_SendDigits,
                [["digits", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkSendFax,
            [
                "model",
                checks_js_1.KEYS_SendFax,
                [
                    ["document", true, [(x) => typeof x === "string", null], "a string"],
                    ["header_info", false, [(x) => typeof x === "string", null], "a string"],
                    ["identity", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSetGlobalDataAction,
            [
                "model",
                checks_js_1.KEYS_SetGlobalDataAction,
                [["set_global_data", true, [null, checks_js_1._map_of_any], "a JSON object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkSetMetaDataAction,
            [
                "model",
                checks_js_1.KEYS_SetMetaDataAction,
                [["set_meta_data", true, [null, checks_js_1._map_of_any], "a JSON object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkSettings,
            [
                "model",
                checks_js_1.KEYS_Settings,
                [
                    [
                        "frequency-penalty",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2, null],
                        "a number from -2 to 2",
                    ],
                    [
                        "presence-penalty",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2, null],
                        "a number from -2 to 2",
                    ],
                    [
                        "max-tokens",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "top-p",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1, null],
                        "a number from 0 to 1",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1, null],
                        "a number from 0 to 1",
                    ],
                    [
                        "barge-confidence",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1, null],
                        "a number from 0 to 1",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 2, null],
                        "a number from 0 to 2",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSettingsAction,
            [
                "model",
                checks_js_1.KEYS_SettingsAction,
                [["settings", true, [null, checks_js_1.checkSettings], "a Settings object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkSipRefer,
            [
                "model",
                checks_js_1.KEYS_SipRefer,
                [
                    ["to_uri", true, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSleep,
            [
                "model",
                checks_js_1.KEYS_Sleep,
                [
                    [
                        "duration",
                        true,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && -1 <= x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer of at least -1 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSpeechEventTimeoutAction,
            [
                "model",
                checks_js_1.KEYS_SpeechEventTimeoutAction,
                [
                    [
                        "speech_event_timeout",
                        true,
                        [(x) => ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkStartAction,
            [
                "model",
                checks_js_1.KEYS_StartAction,
                [["start", true, [null, checks_js_1.checkStartActionStart], "a StartActionStart object"]],
                null,
            ],
        ],
        [
            checks_js_1.checkStartActionStart,
            [
                "model",
                checks_js_1.KEYS_StartActionStart,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_lang", true, [(x) => typeof x === "string", null], "a string"],
                    ["to_lang", true, [(x) => typeof x === "string", null], "a string"],
                    ["from_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["to_voice", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "filter_from",
                        false,
                        [
                            (x) => (typeof x === "string" && checks_js_1.E_TranslationFilterPreset.has(x)) ||
                                (typeof x === "string" && checks_js_1.RE_5.test(x)),
                            null,
                        ],
                        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions",
                    ],
                    [
                        "filter_to",
                        false,
                        [
                            (x) => (typeof x === "string" && checks_js_1.E_TranslationFilterPreset.has(x)) ||
                                (typeof x === "string" && checks_js_1.RE_5.test(x)),
                            null,
                        ],
                        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions",
                    ],
                    [
                        "live_events",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "ai_summary",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_silence_ms",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_thresh",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_level",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "direction",
                        true,
                        [null, checks_js_1._list_of_TranslateDirection],
                        "a list of items that are each one of 'remote-caller', 'local-caller'",
                    ],
                    [
                        "speech_engine",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_SpeechEngine.has(x), null],
                        "one of 'deepgram', 'google'",
                    ],
                    ["ai_summary_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkStartUpHookSWAIGFunction,
            [
                "model",
                checks_js_1.KEYS_StartUpHookSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, checks_js_1._HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [(x) => x === "startup_hook", null], "'startup_hook'"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkStopAction,
            [
                "model",
                checks_js_1.KEYS_StopAction,
                [
                    [
                        "stop",
                        true,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [checks_js_1.checkStopDenoise, ["model", checks_js_1.KEYS_StopDenoise, [], null]],
        [
            checks_js_1.checkStopPlaybackBGAction,
            [
                "model",
                checks_js_1.KEYS_StopPlaybackBGAction,
                [
                    [
                        "stop_playback_bg",
                        true,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkStopRecordCall,
            [
                "model",
                checks_js_1.KEYS_StopRecordCall,
                [["control_id", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkStopStream,
            [
                "model",
                checks_js_1.KEYS_StopStream,
                [["control_id", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkStopTap,
            [
                "model",
                checks_js_1.KEYS_StopTap,
                [["control_id", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkStream,
            [
                "model",
                checks_js_1.KEYS_Stream,
                [
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["control_id", false, [(x) => typeof x === "string", null], "a string"],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "track",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Track.has(x), null],
                        "one of 'inbound_track', 'outbound_track', 'both_tracks'",
                    ],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_StatusUrlMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, checks_js_1._map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkStringProperty,
            [
                "model",
                checks_js_1.KEYS_StringProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "string", null], "'string'"],
                    ["enum", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["default", false, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "format",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_StringFormat.has(x), null],
                        "one of 'date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSummarizeAction,
            [
                "model",
                checks_js_1.KEYS_SummarizeAction,
                [
                    [
                        "summarize",
                        true,
                        [null, checks_js_1.checkSummarizeActionSummarize],
                        "a SummarizeActionSummarize object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSummarizeActionSummarize,
            [
                "model",
                checks_js_1.KEYS_SummarizeActionSummarize,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSummarizeConversationSWAIGFunction,
            [
                "model",
                checks_js_1.KEYS_SummarizeConversationSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, checks_js_1._HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "function",
                        true,
                        [(x) => x === "summarize_conversation", null],
                        "'summarize_conversation'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSwaigToolResult,
            [
                "model",
                checks_js_1.KEYS_SwaigToolResult,
                [
                    ["tool_result", false, [(x) => typeof x === "string", null], "a string"],
                    ["tool_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSwitch,
            [
                "model",
                checks_js_1.KEYS_Switch,
                [
                    ["variable", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, checks_js_1._map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkSwitchArgument,
            [
                "model",
                checks_js_1.KEYS_SwitchArgument,
                [
                    ["variable", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, checks_js_1._map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, checks_js_1._list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkTap,
            [
                "model",
                checks_js_1.KEYS_Tap,
                [
                    ["uri", true, [(x) => typeof x === "string", null], "a string"],
                    ["control_id", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "direction",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_TapDirection.has(x), null],
                        "one of 'speak', 'listen', 'both'",
                    ],
                    [
                        "codec",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Codec.has(x), null],
                        "one of 'PCMU', 'PCMA'",
                    ],
                    [
                        "rtp_ptime",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkToggleFunctionsAction,
            [
                "model",
                checks_js_1.KEYS_ToggleFunctionsAction,
                [
                    [
                        "toggle_functions",
                        true,
                        [null, checks_js_1._list_of_ToggleFunctionsItem],
                        "a list of ToggleFunctionsItem objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkToggleFunctionsItem,
            [
                "model",
                checks_js_1.KEYS_ToggleFunctionsItem,
                [
                    [
                        "active",
                        true,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [null, checks_js_1._str_or_list_of_str], "a string or a list of strings"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkTranscribe,
            [
                "model",
                checks_js_1.KEYS_Transcribe,
                [["status_url", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkTranscribeStartAction,
            [
                "model",
                checks_js_1.KEYS_TranscribeStartAction,
                [
                    [
                        "start",
                        true,
                        [null, checks_js_1.checkTranscribeStartActionStart],
                        "a TranscribeStartActionStart object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkTranscribeStartActionStart,
            [
                "model",
                checks_js_1.KEYS_TranscribeStartActionStart,
                [
                    [
                        "ai_summary",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["lang", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "live_events",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_silence_ms",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_thresh",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_level",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "direction",
                        true,
                        [null, checks_js_1._list_of_TranscribeDirection],
                        "a list of items that are each one of 'remote-caller', 'local-caller'",
                    ],
                    [
                        "speech_engine",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_SpeechEngine.has(x), null],
                        "one of 'deepgram', 'google'",
                    ],
                    ["ai_summary_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [checks_js_1.checkTranscribeStop, ["model", checks_js_1.KEYS_TranscribeStop, [], null]],
        [
            checks_js_1.checkTranscribeSummarizeAction,
            [
                "model",
                checks_js_1.KEYS_TranscribeSummarizeAction,
                [
                    [
                        "summarize",
                        true,
                        [null, checks_js_1.checkTranscribeSummarizeActionSummarize],
                        "a TranscribeSummarizeActionSummarize object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkTranscribeSummarizeActionSummarize,
            [
                "model",
                checks_js_1.KEYS_TranscribeSummarizeActionSummarize,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkTransfer,
            [
                "model",
                checks_js_1.KEYS_Transfer,
                [
                    ["dest", true, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta", false, [null, checks_js_1._map_of_any], "a JSON object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkTurnFillers,
            [
                "model",
                checks_js_1.KEYS_TurnFillers,
                [
                    ["default", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["bg", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ca", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-CN", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-Hans", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-TW", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-Hant", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["zh-HK", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["cs", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["da", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["da-DK", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["nl", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-US", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-GB", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-NZ", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-IN", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["en-AU", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["et", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["fi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["nl-BE", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["fr", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["fr-CA", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["de", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["de-CH", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["el", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["hi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["hu", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["id", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["it", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ja", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ko", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ko-KR", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["lv", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["lt", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ms", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["multi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["no", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pl", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pt", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pt-BR", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["pt-PT", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ro", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["ru", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["sk", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["es", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["es-419", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["sv", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["sv-SE", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["th", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["th-TH", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["tr", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["uk", false, [null, checks_js_1._list_of_str], "a list of strings"],
                    ["vi", false, [null, checks_js_1._list_of_str], "a list of strings"],
                ],
                [[null, checks_js_1._list_of_str], "a list of strings"],
            ],
        ],
        [checks_js_1.checkUnsetGlobalData, ["model", checks_js_1.KEYS_UnsetGlobalData, [], null]],
        [
            checks_js_1.checkUnsetGlobalDataAction,
            [
                "model",
                checks_js_1.KEYS_UnsetGlobalDataAction,
                [
                    [
                        "unset_global_data",
                        true,
                        [null, checks_js_1._str_or_UnsetGlobalData],
                        "a string or an UnsetGlobalData object",
                    ],
                ],
                null,
            ],
        ],
        [checks_js_1.checkUnsetMetaData, ["model", checks_js_1.KEYS_UnsetMetaData, [], null]],
        [
            checks_js_1.checkUnsetMetaDataAction,
            [
                "model",
                checks_js_1.KEYS_UnsetMetaDataAction,
                [
                    [
                        "unset_meta_data",
                        true,
                        [null, checks_js_1._str_or_UnsetMetaData],
                        "a string or an UnsetMetaData object",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkUserEvent,
            ["model", checks_js_1.KEYS_UserEvent, [["event", true, [null, checks_js_1._map_of_any], "a JSON object"]], null],
        ],
        [
            checks_js_1.checkUserInputAction,
            [
                "model",
                checks_js_1.KEYS_UserInputAction,
                [["user_input", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checks_js_1.checkUserSWAIGFunction,
            [
                "model",
                checks_js_1.KEYS_UserSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checks_js_1.checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checks_js_1.checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, checks_js_1._HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => (0, runtime_js_1.isInteger)(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkWaitForUserAction,
            [
                "model",
                checks_js_1.KEYS_WaitForUserAction,
                [
                    [
                        "wait_for_user",
                        true,
                        [
                            (x) => typeof x === "boolean" ||
                                ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 2147483647) ||
                                x === "answer_first",
                            null,
                        ],
                        "true or false or an integer from 0 to 2147483647 or 'answer_first'",
                    ],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkWebhook,
            [
                "model",
                checks_js_1.KEYS_Webhook,
                [
                    ["expressions", false, [null, checks_js_1._list_of_Expression], "a list of Expression objects"],
                    ["error_keys", false, [null, checks_js_1._str_or_list_of_str], "a string or a list of strings"],
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["foreach", false, [null, checks_js_1.checkForeach], "a Foreach object"],
                    ["headers", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    [
                        "method",
                        false,
                        [(x) => typeof x === "string" && checks_js_1.E_Method.has(x), null],
                        "one of 'GET', 'POST', 'PUT', 'DELETE'",
                    ],
                    [
                        "input_args_as_params",
                        false,
                        [(x) => typeof x === "boolean" || (0, runtime_js_1.isVar)(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["params", false, [null, checks_js_1._map_of_any], "a JSON object"],
                    ["require_args", false, [null, checks_js_1._str_or_list_of_str], "a string or a list of strings"],
                    ["output", false, [null, checks_js_1.checkOutput], "an Output object"],
                ],
                null,
            ],
        ],
        [
            checks_js_1.checkAISidecarParamProperty,
            [
                "union",
                checks_js_1.VARIANTS_AISidecarParamProperty,
                [],
                [
                    "type",
                    [
                        ["string", checks_js_1.checkAISidecarStringParam],
                        ["integer", checks_js_1.checkAISidecarIntegerParam],
                        ["number", checks_js_1.checkAISidecarNumberParam],
                        ["boolean", checks_js_1.checkAISidecarBooleanParam],
                        ["array", checks_js_1.checkAISidecarArrayParam],
                        ["object", checks_js_1.checkAISidecarObjectParam],
                    ],
                ],
            ],
        ],
        [checks_js_1.checkPOM, ["union", checks_js_1.VARIANTS_POM, [], null]],
        [
            checks_js_1.checkSchemaType,
            [
                "union",
                checks_js_1.VARIANTS_SchemaType,
                [],
                [
                    "type",
                    [
                        ["string", checks_js_1.checkStringProperty],
                        ["integer", checks_js_1.checkIntegerProperty],
                        ["number", checks_js_1.checkNumberProperty],
                        ["boolean", checks_js_1.checkBooleanProperty],
                        ["array", checks_js_1.checkArrayProperty],
                        ["object", checks_js_1.checkObjectProperty],
                        ["null", checks_js_1.checkNullProperty],
                    ],
                ],
            ],
        ],
        [checks_js_1._AIPromptText_or_AIPromptPom, ["union", checks_js_1.VARIANTS_AIPromptText_or_AIPromptPom, [], null]],
        [checks_js_1._map_of_any, ["map", [[null, runtime_js_1.jsonCopy], "any JSON value"], 0, "a JSON object"]],
        [
            checks_js_1._list_of_str_or_Hint,
            [
                "list",
                [[null, checks_js_1._str_or_Hint], "a string or a Hint object"],
                0,
                null,
                "a list of items that are each a string or a Hint object",
            ],
        ],
        [
            checks_js_1._list_of_Languages,
            [
                "list",
                [[null, checks_js_1.checkLanguages], "a Languages object"],
                0,
                null,
                "a list of Languages objects",
            ],
        ],
        [
            checks_js_1._AIPostPromptText_or_AIPostPromptPom,
            ["union", checks_js_1.VARIANTS_AIPostPromptText_or_AIPostPromptPom, [], null],
        ],
        [
            checks_js_1._list_of_Pronounce,
            [
                "list",
                [[null, checks_js_1.checkPronounce], "a Pronounce object"],
                0,
                null,
                "a list of Pronounce objects",
            ],
        ],
        [
            checks_js_1._list_of_ConversationMessage,
            [
                "list",
                [[null, checks_js_1.checkConversationMessage], "a ConversationMessage object"],
                0,
                null,
                "a list of ConversationMessage objects",
            ],
        ],
        [checks_js_1._bool_or_list_of_str_or_var, ["union", null, [checks_js_1._list_of_str], null]],
        [
            checks_js_1._AIPostPromptPom_pom,
            [
                "list",
                [[null, checks_js_1.checkPOM], "a POM value"],
                1,
                null,
                "a list of items that are each a POM value (at least 1 item)",
            ],
        ],
        [
            checks_js_1._map_of_AISidecarParamProperty,
            [
                "map",
                [[null, checks_js_1.checkAISidecarParamProperty], "an AISidecarParamProperty value"],
                0,
                "a JSON object whose values are each an AISidecarParamProperty value",
            ],
        ],
        [
            checks_js_1._list_of_str,
            [
                "list",
                [[(x) => typeof x === "string", null], "a string"],
                0,
                null,
                "a list of strings",
            ],
        ],
        [
            checks_js_1._list_of_int,
            ["list", [[(x) => (0, runtime_js_1.isInteger)(x), null], "an integer"], 0, null, "a list of integers"],
        ],
        [
            checks_js_1._list_of_number,
            ["list", [[(x) => (0, runtime_js_1.isNumber)(x), null], "a number"], 0, null, "a list of numbers"],
        ],
        [checks_js_1._AISidecarObject_prompt, ["union", checks_js_1.VARIANTS_AISidecarObject_prompt, [], null]],
        [
            checks_js_1._list_of_TranscribeDirection,
            [
                "list",
                [
                    [(x) => typeof x === "string" && checks_js_1.E_TranscribeDirection.has(x), null],
                    "one of 'remote-caller', 'local-caller'",
                ],
                0,
                null,
                "a list of items that are each one of 'remote-caller', 'local-caller'",
            ],
        ],
        [
            checks_js_1._AISidecarObject_hints,
            [
                "list",
                [[(x) => typeof x === "string", null], "a string"],
                1,
                null,
                "a list of strings (at least 1 item)",
            ],
        ],
        [
            checks_js_1._list_of_AISidecarSWAIGFunction,
            [
                "list",
                [[null, checks_js_1.checkAISidecarSWAIGFunction], "an AISidecarSWAIGFunction object"],
                0,
                null,
                "a list of AISidecarSWAIGFunction objects",
            ],
        ],
        [
            checks_js_1._list_of_MCPServer,
            [
                "list",
                [[null, checks_js_1.checkMCPServer], "a MCPServer object"],
                0,
                null,
                "a list of MCPServer objects",
            ],
        ],
        [
            checks_js_1._list_of_str_or_DynamicHint,
            [
                "list",
                [[null, checks_js_1._str_or_DynamicHint], "a string or a DynamicHint object"],
                0,
                null,
                "a list of items that are each a string or a DynamicHint object",
            ],
        ],
        [
            checks_js_1._list_of_SchemaType,
            [
                "list",
                [[null, checks_js_1.checkSchemaType], "a SchemaType value"],
                0,
                null,
                "a list of items that are each a SchemaType value",
            ],
        ],
        [checks_js_1._AmazonBedrockObject_prompt, ["union", checks_js_1.VARIANTS_AmazonBedrockObject_prompt, [], null]],
        [
            checks_js_1._AmazonBedrockObject_post_prompt,
            ["union", checks_js_1.VARIANTS_AmazonBedrockObject_post_prompt, [], null],
        ],
        [
            checks_js_1._list_of_any,
            [
                "list",
                [[null, runtime_js_1.jsonCopy], "any JSON value"],
                0,
                null,
                "a list of items that are each any JSON value",
            ],
        ],
        [
            checks_js_1._list_of_BedrockExpression,
            [
                "list",
                [[null, checks_js_1.checkBedrockExpression], "a BedrockExpression object"],
                0,
                null,
                "a list of BedrockExpression objects",
            ],
        ],
        [
            checks_js_1._list_of_BedrockWebhook,
            [
                "list",
                [[null, checks_js_1.checkBedrockWebhook], "a BedrockWebhook object"],
                0,
                null,
                "a list of BedrockWebhook objects",
            ],
        ],
        [
            checks_js_1._BedrockOutput_action,
            ["union", checks_js_1.VARIANTS_BedrockOutput_action, [checks_js_1._BedrockOutput_action_list], null],
        ],
        [
            checks_js_1._BedrockSWAIG_functions,
            [
                "list",
                [
                    [null, checks_js_1._BedrockSWAIG_functions_item],
                    "a BedrockSWAIGFunction1 object or a BedrockSWAIGFunction2 object or a BedrockSWAIGFunction3 object or a BedrockSWAIGFunction4 object",
                ],
                0,
                null,
                "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects",
            ],
        ],
        [checks_js_1._str_or_list_of_str, ["union", null, [checks_js_1._list_of_str], null]],
        [
            checks_js_1._list_of_method,
            [
                "list",
                [[null, checks_js_1.checkMethod], "a SWML method such as { hangup: {} }"],
                0,
                null,
                "a list of SWML methods",
            ],
        ],
        [
            checks_js_1._list_of_ConnectHeaders,
            [
                "list",
                [[null, checks_js_1.checkConnectHeaders], "a ConnectHeaders object"],
                0,
                null,
                "a list of ConnectHeaders objects",
            ],
        ],
        [
            checks_js_1._list_of_CallStatus,
            [
                "list",
                [
                    [(x) => typeof x === "string" && checks_js_1.E_CallStatus.has(x), null],
                    "one of 'created', 'ringing', 'answered', 'ended'",
                ],
                0,
                null,
                "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
            ],
        ],
        [checks_js_1._ConnectDestination_confirm, ["union", null, [checks_js_1._ConnectDestination_confirm_list], null]],
        [
            checks_js_1._map_of_str,
            [
                "map",
                [[(x) => typeof x === "string", null], "a string"],
                0,
                "a JSON object whose values are each a string",
            ],
        ],
        [
            checks_js_1._list_of_ConnectDestination,
            [
                "list",
                [[null, checks_js_1.checkConnectDestination], "a ConnectDestination object"],
                0,
                null,
                "a list of ConnectDestination objects",
            ],
        ],
        [
            checks_js_1._ConnectDeviceParallel_result,
            ["union", checks_js_1.VARIANTS_ConnectDeviceParallel_result, [checks_js_1._list_of_CondReg_or_CondElse], null],
        ],
        [
            checks_js_1._list_of_list_of_ConnectDestination,
            [
                "list",
                [[null, checks_js_1._list_of_ConnectDestination], "a list of ConnectDestination objects"],
                0,
                null,
                "a list of items that are each a list of ConnectDestination objects",
            ],
        ],
        [
            checks_js_1._map_of_list_of_method,
            [
                "map",
                [[null, checks_js_1._list_of_method], "a list of SWML methods"],
                0,
                "a JSON object whose values are each a list of SWML methods",
            ],
        ],
        [
            checks_js_1._list_of_POM,
            [
                "list",
                [[null, checks_js_1.checkPOM], "a POM value"],
                0,
                null,
                "a list of items that are each a POM value",
            ],
        ],
        [
            checks_js_1._ContextsPOMObject_or_ContextsTextObject,
            ["union", checks_js_1.VARIANTS_ContextsPOMObject_or_ContextsTextObject, [], null],
        ],
        [
            checks_js_1._list_of_ContextPOMSteps_or_ContextTextSteps,
            [
                "list",
                [
                    [null, checks_js_1._ContextPOMSteps_or_ContextTextSteps],
                    "a ContextPOMSteps object or a ContextTextSteps object",
                ],
                0,
                null,
                "a list of ContextPOMSteps or ContextTextSteps objects",
            ],
        ],
        [
            checks_js_1._list_of_Expression,
            [
                "list",
                [[null, checks_js_1.checkExpression], "an Expression object"],
                0,
                null,
                "a list of Expression objects",
            ],
        ],
        [
            checks_js_1._list_of_Webhook,
            ["list", [[null, checks_js_1.checkWebhook], "a Webhook object"], 0, null, "a list of Webhook objects"],
        ],
        [checks_js_1._Execute_result, ["union", checks_js_1.VARIANTS_Execute_result, [checks_js_1._list_of_CondReg_or_CondElse], null]],
        [
            checks_js_1._map_of_SchemaType,
            [
                "map",
                [[null, checks_js_1.checkSchemaType], "a SchemaType value"],
                0,
                "a JSON object whose values are each a SchemaType value",
            ],
        ],
        [checks_js_1._HangUpHookSWAIGFunction_data_map, ["least", checks_js_1.checkDataMap]],
        [checks_js_1._HoldAction_hold, ["union", checks_js_1.VARIANTS_HoldAction_hold, [], null]],
        [
            checks_js_1._Switch_or_list_of_CondReg_or_CondElse,
            [
                "union",
                checks_js_1.VARIANTS_Switch_or_list_of_CondReg_or_CondElse,
                [checks_js_1._list_of_CondReg_or_CondElse],
                null,
            ],
        ],
        [checks_js_1._Languages_code, ["union", null, [checks_js_1._Languages_code_list], null]],
        [checks_js_1._LiveTranscribe_action, ["union", checks_js_1.VARIANTS_LiveTranscribe_action, [], null]],
        [checks_js_1._LiveTranslate_action, ["union", checks_js_1.VARIANTS_LiveTranslate_action, [], null]],
        [
            checks_js_1._list_of_MultilingualLanguage,
            [
                "list",
                [[null, checks_js_1.checkMultilingualLanguage], "a MultilingualLanguage object"],
                0,
                null,
                "a list of MultilingualLanguage objects",
            ],
        ],
        [
            checks_js_1._list_of_str_or_FunctionFillers,
            ["union", checks_js_1.VARIANTS_list_of_str_or_FunctionFillers, [checks_js_1._list_of_str], null],
        ],
        [
            checks_js_1._list_of_str_or_TurnFillers,
            ["union", checks_js_1.VARIANTS_list_of_str_or_TurnFillers, [checks_js_1._list_of_str], null],
        ],
        [
            checks_js_1._list_of_int_or_number_or_list_of_var,
            ["union", null, [checks_js_1._list_of_int_or_number, checks_js_1._list_of_var], null],
        ],
        [checks_js_1._str_or_SwaigToolResult, ["union", checks_js_1.VARIANTS_str_or_SwaigToolResult, [], null]],
        [
            checks_js_1._list_of_PayParameters,
            [
                "list",
                [[null, checks_js_1.checkPayParameters], "a PayParameters object"],
                0,
                null,
                "a list of PayParameters objects",
            ],
        ],
        [
            checks_js_1._list_of_PayPrompts,
            [
                "list",
                [[null, checks_js_1.checkPayPrompts], "a PayPrompts object"],
                0,
                null,
                "a list of PayPrompts objects",
            ],
        ],
        [
            checks_js_1._PayPrompts_actions,
            [
                "list",
                [
                    [null, checks_js_1._PayPrompts_actions_item],
                    "a PayPromptSayAction object or a PayPromptPlayAction object",
                ],
                0,
                null,
                "a list of PayPromptSayAction or PayPromptPlayAction objects",
            ],
        ],
        [checks_js_1._PlayWithURLS_urls, ["union", null, [checks_js_1._PlayWithURLS_urls_list, checks_js_1._list_of_var], null]],
        [checks_js_1._Prompt_play, ["union", null, [checks_js_1._PlayWithURLS_urls_list, checks_js_1._list_of_var], null]],
        [checks_js_1._list_of_str_or_list_of_var, ["union", null, [checks_js_1._list_of_str, checks_js_1._list_of_var], null]],
        [checks_js_1._str_or_map_of_any, ["union", checks_js_1.VARIANTS_str_or_map_of_any, [], null]],
        [
            checks_js_1._list_of_SWAIGNativeFunction,
            [
                "list",
                [
                    [(x) => typeof x === "string" && checks_js_1.E_SWAIGNativeFunction.has(x), null],
                    "one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
                ],
                0,
                null,
                "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
            ],
        ],
        [
            checks_js_1._list_of_SWAIGIncludes,
            [
                "list",
                [[null, checks_js_1.checkSWAIGIncludes], "a SWAIGIncludes object"],
                0,
                null,
                "a list of SWAIGIncludes objects",
            ],
        ],
        [
            checks_js_1._SWAIG_functions,
            [
                "list",
                [
                    [null, checks_js_1._SWAIG_functions_item],
                    "a UserSWAIGFunction object or a StartUpHookSWAIGFunction object or a HangUpHookSWAIGFunction object or a SummarizeConversationSWAIGFunction object",
                ],
                0,
                null,
                "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects",
            ],
        ],
        [
            checks_js_1._list_of_TranslateDirection,
            [
                "list",
                [
                    [(x) => typeof x === "string" && checks_js_1.E_TranslateDirection.has(x), null],
                    "one of 'remote-caller', 'local-caller'",
                ],
                0,
                null,
                "a list of items that are each one of 'remote-caller', 'local-caller'",
            ],
        ],
        [
            checks_js_1._list_of_ToggleFunctionsItem,
            [
                "list",
                [[null, checks_js_1.checkToggleFunctionsItem], "a ToggleFunctionsItem object"],
                0,
                null,
                "a list of ToggleFunctionsItem objects",
            ],
        ],
        [checks_js_1._str_or_UnsetGlobalData, ["union", checks_js_1.VARIANTS_str_or_UnsetGlobalData, [], null]],
        [checks_js_1._str_or_UnsetMetaData, ["union", checks_js_1.VARIANTS_str_or_UnsetMetaData, [], null]],
        [
            checks_js_1._list_of_CondReg_or_CondElse,
            [
                "list",
                [[null, checks_js_1._CondReg_or_CondElse], "a CondReg object or a CondElse object"],
                0,
                null,
                "a list of CondReg or CondElse objects",
            ],
        ],
        [checks_js_1._verb_connect, ["union", checks_js_1.VARIANTS_verb_connect, [], null]],
        [checks_js_1._PlayWithURL_or_PlayWithURLS, ["union", checks_js_1.VARIANTS_PlayWithURL_or_PlayWithURLS, [], null]],
        [checks_js_1._SMSWithBody_or_SMSWithMedia, ["union", checks_js_1.VARIANTS_SMSWithBody_or_SMSWithMedia, [], null]],
        [checks_js_1._Sleep_or_int_or_var, ["union", checks_js_1.VARIANTS_Sleep_or_int_or_var, [], null]],
        [checks_js_1._str_or_Hint, ["union", checks_js_1.VARIANTS_str_or_Hint, [], null]],
        [checks_js_1._str_or_DynamicHint, ["union", checks_js_1.VARIANTS_str_or_DynamicHint, [], null]],
        [
            checks_js_1._BedrockOutput_action_list,
            [
                "list",
                [
                    [null, checks_js_1._BedrockOutput_action_list_item],
                    "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object",
                ],
                0,
                null,
                "a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
            ],
        ],
        [checks_js_1._BedrockSWAIG_functions_item, ["union", checks_js_1.VARIANTS_BedrockSWAIG_functions_item, [], null]],
        [
            checks_js_1._ConnectDestination_confirm_list,
            [
                "list",
                [
                    [null, checks_js_1._ConnectDestination_confirm_list_item],
                    "a SWML method, one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise",
                ],
                0,
                null,
                "a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
            ],
        ],
        [
            checks_js_1._ContextPOMSteps_or_ContextTextSteps,
            ["union", checks_js_1.VARIANTS_ContextPOMSteps_or_ContextTextSteps, [], null],
        ],
        [
            checks_js_1._Languages_code_list,
            [
                "list",
                [[(x) => typeof x === "string", null], "a string"],
                0,
                3,
                "a list of strings (at most 3 items)",
            ],
        ],
        [
            checks_js_1._list_of_int_or_number,
            [
                "list",
                [[(x) => (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isNumber)(x), null], "an integer or a number"],
                0,
                null,
                "a list of items that are each an integer or a number",
            ],
        ],
        [
            checks_js_1._list_of_var,
            [
                "list",
                [[(x) => (0, runtime_js_1.isVar)(x), null], "a SWML variable such as '${name}'"],
                0,
                null,
                "a list of items that are each a SWML variable such as '${name}'",
            ],
        ],
        [
            checks_js_1._PayPrompts_actions_item,
            [
                "union",
                checks_js_1.VARIANTS_PayPrompts_actions_item,
                [],
                [
                    "type",
                    [
                        ["Say", checks_js_1.checkPayPromptSayAction],
                        ["Play", checks_js_1.checkPayPromptPlayAction],
                    ],
                ],
            ],
        ],
        [
            checks_js_1._PlayWithURLS_urls_list,
            [
                "list",
                [
                    [(x) => typeof x === "string" && checks_js_1.RE_4.test(x), null],
                    "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
                ],
                0,
                null,
                "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
            ],
        ],
        [checks_js_1._SWAIG_functions_item, ["union", checks_js_1.VARIANTS_SWAIG_functions_item, [], null]],
        [checks_js_1._CondReg_or_CondElse, ["union", checks_js_1.VARIANTS_CondReg_or_CondElse, [], null]],
        [checks_js_1._BedrockOutput_action_list_item, ["union", checks_js_1.VARIANTS_BedrockOutput_action, [], null]],
        [
            checks_js_1._ConnectDestination_confirm_list_item,
            [
                "method",
                new Set([
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
                ]),
            ],
        ],
    ]);
    return table;
}
/**
 * Every fault of `document`, a whole SWML document such as `SWML.toDict` gives; `[]` when it is
 * valid.
 *
 * Each {@link Problem} has the fault's `path` (`sections.main[2].play.url`), `pointer` (the JSON
 * pointer, `/sections/main/2/play/url`), `verb` (the verb it is in, or ""), the `value` found
 * (`MISSING` for a required key not there), what is `expected` and the `message`. The faults
 * inside a verb come in the order its checker meets them; every unknown key is one.
 */
function validate(document) {
    try {
        (0, checks_js_1.checkSWMLObject)(document, "");
        return [];
    }
    catch (error) {
        if (error instanceof RangeError) {
            return [(0, runtime_js_1.tooDeep)(document)];
        }
        if (!(error instanceof runtime_js_1.Invalid)) {
            throw error;
        }
    }
    const found = [];
    try {
        collect(checks_js_1.checkSWMLObject, document, "", "", found);
    }
    catch (error) {
        if (error instanceof RangeError) {
            return [(0, runtime_js_1.tooDeep)(document)];
        }
        throw error;
    }
    return found.map((p) => ({ ...p, pointer: pointer(p.path, document) }));
}
/** The shapes whose parts are looked at without checking the whole first. */
const WALKED = new Set(["model", "list", "map", "least"]);
/** The faults of `value` at `path` by `check`, added to `out`. */
function collect(check, value, path, verb, out) {
    let shape = shapes().get(check);
    const found = out.length;
    if (shape !== undefined && WALKED.has(shape[0])) {
        // An object or list is looked at part by part, each part checked once, rather than checked
        // whole first: a fault deep inside would otherwise be checked at every level.
        if (inside(shape, value, path, verb, out) && out.length > found) {
            return;
        }
        shape = undefined;
    }
    let fault;
    try {
        check(value, path);
        return;
    }
    catch (error) {
        if (!(error instanceof runtime_js_1.Invalid)) {
            throw error;
        }
        fault = error;
    }
    // Where the parts hold no fault of their own (a union no variant fits, a list too short), the
    // checker's refusal is the fault.
    if (shape === undefined || !inside(shape, value, path, verb, out) || out.length === found) {
        out.push((0, runtime_js_1.documentProblem)(fault.path, fault.value, fault.expected, verb));
    }
}
function part([test, check], value, path, verb, expected, out) {
    if (check !== null) {
        collect(check, value, path, verb, out);
    }
    else if (test !== null && !test(value)) {
        out.push((0, runtime_js_1.documentProblem)(path, value, expected, verb));
    }
}
/**
 * Add the faults of the parts of `value` as `shape` describes them; false when `value` has no
 * such parts (not an object where one is expected, a union whose variant is unknown).
 */
function inside(shape, value, path, verb, out) {
    switch (shape[0]) {
        case "model": {
            const [, keys, fields, extra] = shape;
            if (!(0, runtime_js_1.isPlainObject)(value)) {
                return false;
            }
            for (const [wire, required, p, expected] of fields) {
                const item = (0, runtime_js_1.own)(value, wire);
                if (item !== undefined) {
                    part(p, item, `${path}.${wire}`, verb, expected, out);
                }
                else if (required) {
                    out.push((0, runtime_js_1.documentProblem)(`${path}.${wire}`, runtime_js_1.MISSING, expected, verb));
                }
            }
            const others = Object.keys(value)
                .filter((key) => !keys.has(key) && value[key] !== undefined)
                .sort(runtime_js_1.byCodePoint);
            for (const key of others) {
                const at = `${path}.${key}`;
                if (extra === null) {
                    out.push((0, runtime_js_1.documentProblem)(at, value[key], (0, runtime_js_1.unknownKeyText)([key], keys), verb));
                }
                else {
                    part(extra[0], value[key], at, verb, extra[1], out);
                }
            }
            return true;
        }
        case "list": {
            const [, [p, itemExpected], low, high, expected] = shape;
            if (!Array.isArray(value)) {
                return false;
            }
            if (value.length < low || (high !== null && value.length > high)) {
                out.push((0, runtime_js_1.documentProblem)(path, value, expected, verb));
            }
            value.forEach((item, i) => {
                part(p, item, `${path}[${i}]`, verb, itemExpected, out);
            });
            return true;
        }
        case "map": {
            const [, [p, itemExpected], low, expected] = shape;
            if (!(0, runtime_js_1.isPlainObject)(value)) {
                return false;
            }
            if ((0, runtime_js_1.keyCount)(value) < low) {
                out.push((0, runtime_js_1.documentProblem)(path, value, expected, verb));
            }
            for (const key of Object.keys(value)) {
                const item = value[key];
                if (item !== undefined) {
                    part(p, item, `${path}.${key}`, verb, itemExpected, out);
                }
            }
            return true;
        }
        case "union": {
            const [, variants, arrays, tag] = shape;
            const given = tag !== null && (0, runtime_js_1.isPlainObject)(value) ? (0, runtime_js_1.own)(value, tag[0]) : undefined;
            if (tag !== null && given !== undefined) {
                // The variant the tag's constant names, as the union's checker chooses it; a constant
                // of none: the union's own refusal says so.
                const named = tag[1].find(([constant]) => constant === given);
                if (named === undefined) {
                    return false;
                }
                collect(named[1], value, path, verb, out);
                return true;
            }
            if (variants !== null && (0, runtime_js_1.isPlainObject)(value)) {
                // The variant the keys select, as pickVariant selects it; none or several: the union's
                // own refusal says why.
                const fits = (0, runtime_js_1.fitting)(Object.keys(value).filter((key) => value[key] !== undefined), variants);
                const [only] = fits;
                if (fits.length !== 1 || only === undefined) {
                    return false;
                }
                collect(only[4], value, path, verb, out);
                return true;
            }
            const [list] = arrays;
            if (arrays.length === 1 && list !== undefined && Array.isArray(value)) {
                collect(list, value, path, verb, out);
                return true;
            }
            return false;
        }
        case "least":
            collect(shape[1], value, path, verb, out);
            return true;
        case "method": {
            // A SWML method: the faults inside a known verb's argument.
            const only = shape[1];
            if (!(0, runtime_js_1.isPlainObject)(value)) {
                return false;
            }
            const keys = Object.keys(value).filter((key) => value[key] !== undefined);
            const [name] = keys;
            if (keys.length !== 1 || name === undefined) {
                return false;
            }
            const check = only === null || only.has(name) ? checks_js_1.VERBS.get(name) : undefined;
            if (check === undefined) {
                return false;
            }
            collect(check, value[name], `${path}.${name}`, name, out);
            return true;
        }
    }
}
/**
 * `sections.main[2].play.url` as the keys and indexes it names in `data`, as far as the data
 * goes (a key may hold dots or brackets: the longest key that fits is taken).
 */
function steps(path, data) {
    const out = [];
    let node = data;
    let rest = path.replace(/^\.+/, "");
    let first = true;
    while (rest) {
        const index = /^\[(\d+)\]/.exec(rest);
        if (index !== null && Array.isArray(node)) {
            const i = Number(index[1]);
            if (i >= node.length) {
                break;
            }
            out.push(i);
            node = node[i];
            rest = rest.slice(index[0].length);
        }
        else if ((0, runtime_js_1.isPlainObject)(node) && (first || rest.startsWith("."))) {
            const tail = first ? rest : rest.slice(1);
            let key;
            for (const k of Object.keys(node)) {
                const next = tail.slice(k.length, k.length + 1);
                if (tail.startsWith(k) &&
                    (next === "" || next === "." || next === "[") &&
                    (key === undefined || k.length > key.length)) {
                    key = k;
                }
            }
            if (key === undefined) {
                break;
            }
            out.push(key);
            node = node[key];
            rest = tail.slice(key.length);
        }
        else {
            break;
        }
        first = false;
    }
    return out;
}
/** The JSON pointer (RFC 6901) of `path` in `document`; a missing key's is the key's. */
function pointer(path, document) {
    const found = steps(path, document);
    const walked = found
        .map((s, i) => (typeof s === "number" ? `[${s}]` : (i > 0 ? "." : "") + s))
        .join("");
    const rest = path.replace(/^\.+/, "").slice(walked.length);
    const parts = [...found.map(String), ...(rest ? [rest.replace(/^\.+/, "")] : [])];
    return parts.map((p) => "/" + p.replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}
