"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
Object.defineProperty(exports, "__esModule", { value: true });
exports.VoiceId = exports.TtsNumberFormat = exports.Trim = exports.TranslationFilterPreset = exports.TranslateDirection = exports.TranscribeDirection = exports.Track = exports.Tone = exports.TokenType = exports.TapDirection = exports.SummaryMode = exports.StringFormat = exports.StatusUrlMethod = exports.StatusCallbackEvent = exports.SpeechEngine = exports.SWAIGNativeFunction = exports.Region = exports.RecordingStatusCallbackEvent = exports.RecordDirection = exports.RecordCallDirection = exports.Record = exports.Reason = exports.PomFormat = exports.Method = exports.HttpMethod = exports.Format = exports.Encryption = exports.EnableTextNormalization = exports.Emotion = exports.Direction = exports.ConversationRole = exports.Codec = exports.CallbackEventType = exports.CallStatus = exports.Beep = exports.MISSING = exports.InvalidDocumentError = exports.InvalidArgumentError = exports.DocumentReadError = exports.validate = exports.FunctionResult = exports.SWML = void 0;
/**
 * SWML (SignalWire Markup Language) verbs generated from SignalWire's published schema: a
 * checked `SWML` document builder with one chaining method per verb, `FunctionResult` with its
 * SWAIG actions, the value sets and an interface for every object of the spec.
 *
 * @packageDocumentation
 */
var swml_js_1 = require("./swml.js");
Object.defineProperty(exports, "SWML", { enumerable: true, get: function () { return swml_js_1.SWML; } });
var function_result_js_1 = require("./function-result.js");
Object.defineProperty(exports, "FunctionResult", { enumerable: true, get: function () { return function_result_js_1.FunctionResult; } });
var validate_js_1 = require("./validate.js");
Object.defineProperty(exports, "validate", { enumerable: true, get: function () { return validate_js_1.validate; } });
var runtime_js_1 = require("./runtime.js");
Object.defineProperty(exports, "DocumentReadError", { enumerable: true, get: function () { return runtime_js_1.DocumentReadError; } });
Object.defineProperty(exports, "InvalidArgumentError", { enumerable: true, get: function () { return runtime_js_1.InvalidArgumentError; } });
Object.defineProperty(exports, "InvalidDocumentError", { enumerable: true, get: function () { return runtime_js_1.InvalidDocumentError; } });
Object.defineProperty(exports, "MISSING", { enumerable: true, get: function () { return runtime_js_1.MISSING; } });
var enums_js_1 = require("./enums.js");
Object.defineProperty(exports, "Beep", { enumerable: true, get: function () { return enums_js_1.Beep; } });
Object.defineProperty(exports, "CallStatus", { enumerable: true, get: function () { return enums_js_1.CallStatus; } });
Object.defineProperty(exports, "CallbackEventType", { enumerable: true, get: function () { return enums_js_1.CallbackEventType; } });
Object.defineProperty(exports, "Codec", { enumerable: true, get: function () { return enums_js_1.Codec; } });
Object.defineProperty(exports, "ConversationRole", { enumerable: true, get: function () { return enums_js_1.ConversationRole; } });
Object.defineProperty(exports, "Direction", { enumerable: true, get: function () { return enums_js_1.Direction; } });
Object.defineProperty(exports, "Emotion", { enumerable: true, get: function () { return enums_js_1.Emotion; } });
Object.defineProperty(exports, "EnableTextNormalization", { enumerable: true, get: function () { return enums_js_1.EnableTextNormalization; } });
Object.defineProperty(exports, "Encryption", { enumerable: true, get: function () { return enums_js_1.Encryption; } });
Object.defineProperty(exports, "Format", { enumerable: true, get: function () { return enums_js_1.Format; } });
Object.defineProperty(exports, "HttpMethod", { enumerable: true, get: function () { return enums_js_1.HttpMethod; } });
Object.defineProperty(exports, "Method", { enumerable: true, get: function () { return enums_js_1.Method; } });
Object.defineProperty(exports, "PomFormat", { enumerable: true, get: function () { return enums_js_1.PomFormat; } });
Object.defineProperty(exports, "Reason", { enumerable: true, get: function () { return enums_js_1.Reason; } });
Object.defineProperty(exports, "Record", { enumerable: true, get: function () { return enums_js_1.Record; } });
Object.defineProperty(exports, "RecordCallDirection", { enumerable: true, get: function () { return enums_js_1.RecordCallDirection; } });
Object.defineProperty(exports, "RecordDirection", { enumerable: true, get: function () { return enums_js_1.RecordDirection; } });
Object.defineProperty(exports, "RecordingStatusCallbackEvent", { enumerable: true, get: function () { return enums_js_1.RecordingStatusCallbackEvent; } });
Object.defineProperty(exports, "Region", { enumerable: true, get: function () { return enums_js_1.Region; } });
Object.defineProperty(exports, "SWAIGNativeFunction", { enumerable: true, get: function () { return enums_js_1.SWAIGNativeFunction; } });
Object.defineProperty(exports, "SpeechEngine", { enumerable: true, get: function () { return enums_js_1.SpeechEngine; } });
Object.defineProperty(exports, "StatusCallbackEvent", { enumerable: true, get: function () { return enums_js_1.StatusCallbackEvent; } });
Object.defineProperty(exports, "StatusUrlMethod", { enumerable: true, get: function () { return enums_js_1.StatusUrlMethod; } });
Object.defineProperty(exports, "StringFormat", { enumerable: true, get: function () { return enums_js_1.StringFormat; } });
Object.defineProperty(exports, "SummaryMode", { enumerable: true, get: function () { return enums_js_1.SummaryMode; } });
Object.defineProperty(exports, "TapDirection", { enumerable: true, get: function () { return enums_js_1.TapDirection; } });
Object.defineProperty(exports, "TokenType", { enumerable: true, get: function () { return enums_js_1.TokenType; } });
Object.defineProperty(exports, "Tone", { enumerable: true, get: function () { return enums_js_1.Tone; } });
Object.defineProperty(exports, "Track", { enumerable: true, get: function () { return enums_js_1.Track; } });
Object.defineProperty(exports, "TranscribeDirection", { enumerable: true, get: function () { return enums_js_1.TranscribeDirection; } });
Object.defineProperty(exports, "TranslateDirection", { enumerable: true, get: function () { return enums_js_1.TranslateDirection; } });
Object.defineProperty(exports, "TranslationFilterPreset", { enumerable: true, get: function () { return enums_js_1.TranslationFilterPreset; } });
Object.defineProperty(exports, "Trim", { enumerable: true, get: function () { return enums_js_1.Trim; } });
Object.defineProperty(exports, "TtsNumberFormat", { enumerable: true, get: function () { return enums_js_1.TtsNumberFormat; } });
Object.defineProperty(exports, "VoiceId", { enumerable: true, get: function () { return enums_js_1.VoiceId; } });
