// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
/**
 * SWML (SignalWire Markup Language) verbs generated from SignalWire's published schema: a
 * checked `SWML` document builder with one chaining method per verb, `FunctionResult` with its
 * SWAIG actions, the value sets and an interface for every object of the spec.
 *
 * @packageDocumentation
 */
export { SWML } from "./swml.js";
export { FunctionResult } from "./function-result.js";
export { validate } from "./validate.js";
export { DocumentReadError, InvalidArgumentError, InvalidDocumentError, MISSING, } from "./runtime.js";
export { Beep, CallStatus, CallbackEventType, Codec, ConversationRole, Direction, Emotion, EnableTextNormalization, Encryption, Format, HttpMethod, Method, PomFormat, Reason, Record, RecordCallDirection, RecordDirection, RecordingStatusCallbackEvent, Region, SWAIGNativeFunction, SpeechEngine, StatusCallbackEvent, StatusUrlMethod, StringFormat, SummaryMode, TapDirection, TokenType, Tone, Track, TranscribeDirection, TranslateDirection, TranslationFilterPreset, Trim, TtsNumberFormat, VoiceId, } from "./enums.js";
