"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
Object.defineProperty(exports, "__esModule", { value: true });
exports.SWML = void 0;
/**
 * `SWML`: a SWML document builder with one typed, checked chaining method per verb.
 *
 * Each method checks its argument against the spec before anything is added, so a refused call
 * (`InvalidArgumentError`) leaves the document as it was.
 */
const checks_js_1 = require("./checks.js");
const runtime_js_1 = require("./runtime.js");
const validate_js_1 = require("./validate.js");
const OPTIONS_AI = (0, runtime_js_1.options)(null, [
    ["globalData", "global_data", false, "a JSON object"],
    ["hints", "hints", false, "a list of items that are each a string or a Hint object"],
    ["languages", "languages", false, "a list of Languages objects"],
    ["multilingual", "multilingual", false, "a Multilingual object"],
    ["params", "params", false, "an AIParams object"],
    ["postPrompt", "post_prompt", false, "an AIPostPromptText object or an AIPostPromptPom object"],
    ["postPromptUrl", "post_prompt_url", false, "a string"],
    ["pronounce", "pronounce", false, "a list of Pronounce objects"],
    ["prompt", "prompt", true, "an AIPromptText object or an AIPromptPom object"],
    ["swaig", "SWAIG", false, "a SWAIG object"],
]);
const OPTIONS_AI_SIDECAR = (0, runtime_js_1.options)(null, [
    [
        "prompt",
        "prompt",
        false,
        "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object",
    ],
    ["lang", "lang", true, "a string of at least 1 character or a SWML variable such as '${name}'"],
    ["model", "model", false, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string"],
    [
        "direction",
        "direction",
        false,
        "a list of items that are each one of 'remote-caller', 'local-caller'",
    ],
    ["customerRole", "customer_role", false, "one of 'remote-caller', 'local-caller'"],
    ["url", "url", false, "a string"],
    ["swaig", "SWAIG", false, "an AISidecarSWAIG object"],
    ["permissions", "permissions", false, "an AISidecarPermissions object"],
    ["globalData", "global_data", false, "a JSON object"],
    ["hints", "hints", false, "a list of strings (at least 1 item)"],
    ["params", "params", false, "an AISidecarParams object"],
    ["action", "action", false, "an AISidecarSummarizeAction object"],
]);
const OPTIONS_AMAZON_BEDROCK = (0, runtime_js_1.options)(null, [
    ["globalData", "global_data", false, "a JSON object"],
    ["params", "params", false, "a BedrockParams object"],
    [
        "postPrompt",
        "post_prompt",
        false,
        "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object",
    ],
    ["postPromptUrl", "post_prompt_url", false, "a string"],
    [
        "prompt",
        "prompt",
        true,
        "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
    ],
    ["swaig", "SWAIG", false, "a BedrockSWAIG object"],
]);
const OPTIONS_ANSWER = (0, runtime_js_1.options)(null, [
    ["maxDuration", "max_duration", false, "an integer or a SWML variable such as '${name}'"],
    ["codecs", "codecs", false, "a string"],
    ["username", "username", false, "a string"],
    ["password", "password", false, "a string"],
]);
const OPTIONS_CONNECT = (0, runtime_js_1.options)(null, [
    ["from", "from", false, "a string"],
    ["fromName", "from_name", false, "a string"],
    ["headers", "headers", false, "a list of ConnectHeaders objects"],
    ["codecs", "codecs", false, "a string"],
    ["webrtcMedia", "webrtc_media", false, "true or false or a SWML variable such as '${name}'"],
    [
        "sessionTimeout",
        "session_timeout",
        false,
        "an integer of at least 1 or a SWML variable such as '${name}'",
    ],
    ["ringback", "ringback", false, "a list of strings"],
    ["result", "result", false, "a ConnectSwitch object or a list of CondReg or CondElse objects"],
    ["timeout", "timeout", false, "an integer or a SWML variable such as '${name}'"],
    ["maxDuration", "max_duration", false, "an integer or a SWML variable such as '${name}'"],
    [
        "answerOnBridge",
        "answer_on_bridge",
        false,
        "true or false or a SWML variable such as '${name}'",
    ],
    [
        "confirm",
        "confirm",
        false,
        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
    ],
    ["confirmTimeout", "confirm_timeout", false, "an integer or a SWML variable such as '${name}'"],
    ["encryption", "encryption", false, "one of 'mandatory', 'optional', 'forbidden'"],
    ["callStateUrl", "call_state_url", false, "a string"],
    [
        "transferAfterBridge",
        "transfer_after_bridge",
        false,
        "a string or a SWML variable such as '${name}'",
    ],
    [
        "callStateEvents",
        "call_state_events",
        false,
        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
    ],
    ["statusUrl", "status_url", false, "a string"],
    ["to", "to", false, "a string"],
    ["username", "username", false, "a string"],
    ["password", "password", false, "a string"],
    ["name", "name", false, "a string"],
    ["codec", "codec", false, "a string"],
    ["realtime", "realtime", false, "true or false or a SWML variable such as '${name}'"],
    ["statusUrlMethod", "status_url_method", false, "one of 'GET', 'POST'"],
    ["authorizationBearerToken", "authorization_bearer_token", false, "a string"],
    ["customParameters", "custom_parameters", false, "a JSON object whose values are each a string"],
    ["serial", "serial", false, "a list of ConnectDestination objects"],
    ["parallel", "parallel", false, "a list of ConnectDestination objects"],
    [
        "serialParallel",
        "serial_parallel",
        false,
        "a list of items that are each a list of ConnectDestination objects",
    ],
]);
const OPTIONS_DENOISE = (0, runtime_js_1.options)(null, []);
const OPTIONS_DETECT_MACHINE = (0, runtime_js_1.options)(null, [
    [
        "detectMessageEnd",
        "detect_message_end",
        false,
        "true or false or a SWML variable such as '${name}'",
    ],
    ["detectors", "detectors", false, "a string"],
    [
        "endSilenceTimeout",
        "end_silence_timeout",
        false,
        "a number of at least 0 or a SWML variable such as '${name}'",
    ],
    [
        "initialTimeout",
        "initial_timeout",
        false,
        "a number of at least 0 or a SWML variable such as '${name}'",
    ],
    [
        "machineReadyTimeout",
        "machine_ready_timeout",
        false,
        "a number of at least 0 or a SWML variable such as '${name}'",
    ],
    [
        "machineVoiceThreshold",
        "machine_voice_threshold",
        false,
        "a number of at least 0 or a SWML variable such as '${name}'",
    ],
    [
        "machineWordsThreshold",
        "machine_words_threshold",
        false,
        "an integer of at least 0 or a SWML variable such as '${name}'",
    ],
    ["statusUrl", "status_url", false, "a string"],
    ["timeout", "timeout", false, "a number of at least 0 or a SWML variable such as '${name}'"],
    ["tone", "tone", false, "one of 'CED', 'CNG'"],
    ["wait", "wait", false, "true or false or a SWML variable such as '${name}'"],
]);
const OPTIONS_ENTER_QUEUE = (0, runtime_js_1.options)(null, [
    ["queueName", "queue_name", true, "a string"],
    [
        "transferAfterBridge",
        "transfer_after_bridge",
        true,
        "a string or a SWML variable such as '${name}'",
    ],
    ["statusUrl", "status_url", false, "a string"],
    ["waitUrl", "wait_url", false, "a string or a SWML variable such as '${name}'"],
    ["waitTime", "wait_time", false, "an integer of at least 1 or a SWML variable such as '${name}'"],
]);
const OPTIONS_EXECUTE = (0, runtime_js_1.options)(null, [
    ["dest", "dest", true, "a string"],
    ["params", "params", false, "a JSON object"],
    ["meta", "meta", false, "a JSON object"],
    ["onReturn", "on_return", false, "a list of SWML methods"],
    ["result", "result", false, "an ExecuteSwitch object or a list of CondReg or CondElse objects"],
]);
const OPTIONS_EXECUTE_RPC = (0, runtime_js_1.options)(null, [
    ["method", "method", true, "a string"],
    ["callId", "call_id", false, "a string"],
    ["nodeId", "node_id", false, "a string"],
    ["params", "params", false, "a JSON object"],
]);
const OPTIONS_GOTO = (0, runtime_js_1.options)(null, [
    ["label", "label", true, "a string"],
    ["when", "when", false, "a string"],
    ["max", "max", false, "an integer from 1 to 100 or a SWML variable such as '${name}'"],
]);
const OPTIONS_HANGUP = (0, runtime_js_1.options)(null, [
    ["reason", "reason", false, "one of 'hangup', 'busy', 'decline'"],
]);
const OPTIONS_JOIN_CONFERENCE = (0, runtime_js_1.options)(null, [
    ["name", "name", true, "a non-blank string"],
    ["muted", "muted", false, "true or false or a SWML variable such as '${name}'"],
    ["beep", "beep", false, "one of 'true', 'false', 'onEnter', 'onExit'"],
    ["startOnEnter", "start_on_enter", false, "true or false or a SWML variable such as '${name}'"],
    ["endOnExit", "end_on_exit", false, "true or false or a SWML variable such as '${name}'"],
    [
        "waitUrl",
        "wait_url",
        false,
        "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
    ],
    [
        "maxParticipants",
        "max_participants",
        false,
        "an integer from 2 to 100000 or a SWML variable such as '${name}'",
    ],
    ["record", "record", false, "one of 'do-not-record', 'record-from-start'"],
    ["region", "region", false, "one of 'global', 'us', 'eu', 'ch'"],
    ["trim", "trim", false, "one of 'trim-silence', 'do-not-trim'"],
    ["coach", "coach", false, "a string"],
    [
        "statusCallbackEvent",
        "status_callback_event",
        false,
        "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as an array or a string joined by ' '",
    ],
    [
        "statusCallbackEventType",
        "status_callback_event_type",
        false,
        "one of 'cxml', 'laml', 'relay'",
    ],
    ["statusCallback", "status_callback", false, "an absolute URL starting with http:// or https://"],
    ["statusCallbackMethod", "status_callback_method", false, "one of 'GET', 'POST'"],
    [
        "recordingStatusCallback",
        "recording_status_callback",
        false,
        "an absolute URL starting with http:// or https://",
    ],
    [
        "recordingStatusCallbackMethod",
        "recording_status_callback_method",
        false,
        "one of 'GET', 'POST'",
    ],
    [
        "recordingStatusCallbackEvent",
        "recording_status_callback_event",
        false,
        "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '",
    ],
    [
        "recordingStatusCallbackEventType",
        "recording_status_callback_event_type",
        false,
        "one of 'cxml', 'laml', 'relay'",
    ],
    ["result", "result", false, "a Switch object or a list of CondReg or CondElse objects"],
    ["stream", "stream", false, "a JoinConferenceStream object"],
]);
const OPTIONS_JOIN_ROOM = (0, runtime_js_1.options)(null, [["name", "name", true, "a string"]]);
const OPTIONS_LIVE_TRANSCRIBE = (0, runtime_js_1.options)(null, [
    [
        "action",
        "action",
        true,
        "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
    ],
]);
const OPTIONS_LIVE_TRANSLATE = (0, runtime_js_1.options)(null, [
    [
        "action",
        "action",
        true,
        "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
    ],
]);
const OPTIONS_PAY = (0, runtime_js_1.options)(null, [
    ["paymentConnectorUrl", "payment_connector_url", true, "a string"],
    ["chargeAmount", "charge_amount", false, "a string"],
    ["currency", "currency", false, "a string"],
    ["description", "description", false, "a string"],
    ["input", "input", false, "'dtmf'"],
    ["language", "language", false, "a string"],
    ["maxAttempts", "max_attempts", false, "an integer or a SWML variable such as '${name}'"],
    [
        "minPostalCodeLength",
        "min_postal_code_length",
        false,
        "an integer or a SWML variable such as '${name}'",
    ],
    ["parameters", "parameters", false, "a list of PayParameters objects"],
    ["paymentMethod", "payment_method", false, "'credit-card'"],
    ["postalCode", "postal_code", false, "true or false or a string"],
    ["prompts", "prompts", false, "a list of PayPrompts objects"],
    ["securityCode", "security_code", false, "true or false or a SWML variable such as '${name}'"],
    ["statusUrl", "status_url", false, "a string"],
    ["timeout", "timeout", false, "an integer or a SWML variable such as '${name}'"],
    ["tokenType", "token_type", false, "one of 'one-time', 'reusable'"],
    ["validCardTypes", "valid_card_types", false, "a string"],
    ["voice", "voice", false, "a string"],
]);
const OPTIONS_PLAY = (0, runtime_js_1.options)(null, [
    ["autoAnswer", "auto_answer", false, "true or false or a SWML variable such as '${name}'"],
    ["volume", "volume", false, "a number from -40 to 40 or a SWML variable such as '${name}'"],
    ["sayVoice", "say_voice", false, "a string"],
    ["sayLanguage", "say_language", false, "a string"],
    ["sayGender", "say_gender", false, "a string"],
    ["statusUrl", "status_url", false, "a string"],
    [
        "url",
        "url",
        false,
        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
    ],
    [
        "urls",
        "urls",
        false,
        "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
    ],
]);
const OPTIONS_PROMPT = (0, runtime_js_1.options)(null, [
    [
        "play",
        "play",
        true,
        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
    ],
    ["volume", "volume", false, "a number from -40 to 40"],
    ["sayVoice", "say_voice", false, "a string"],
    ["sayLanguage", "say_language", false, "a string"],
    ["sayGender", "say_gender", false, "a string"],
    ["maxDigits", "max_digits", false, "an integer or a SWML variable such as '${name}'"],
    ["terminators", "terminators", false, "a string"],
    ["digitTimeout", "digit_timeout", false, "a number or a SWML variable such as '${name}'"],
    ["initialTimeout", "initial_timeout", false, "a number or a SWML variable such as '${name}'"],
    ["speechTimeout", "speech_timeout", false, "a number or a SWML variable such as '${name}'"],
    [
        "speechEndTimeout",
        "speech_end_timeout",
        false,
        "a number or a SWML variable such as '${name}'",
    ],
    ["speechLanguage", "speech_language", false, "a string"],
    [
        "speechHints",
        "speech_hints",
        false,
        "a list of strings or a list of items that are each a SWML variable such as '${name}'",
    ],
    ["speechEngine", "speech_engine", false, "a string"],
    ["statusUrl", "status_url", false, "a string"],
]);
const OPTIONS_RECEIVE_FAX = (0, runtime_js_1.options)(null, [
    ["statusUrl", "status_url", false, "a string"],
]);
const OPTIONS_RECORD = (0, runtime_js_1.options)(null, [
    ["stereo", "stereo", false, "true or false or a SWML variable such as '${name}'"],
    ["format", "format", false, "one of 'wav', 'mp3', 'mp4'"],
    ["direction", "direction", false, "one of 'speak', 'listen'"],
    ["terminators", "terminators", false, "a string"],
    ["beep", "beep", false, "true or false or a SWML variable such as '${name}'"],
    ["inputSensitivity", "input_sensitivity", false, "a number or a SWML variable such as '${name}'"],
    ["initialTimeout", "initial_timeout", false, "a number or a SWML variable such as '${name}'"],
    [
        "endSilenceTimeout",
        "end_silence_timeout",
        false,
        "a number or a SWML variable such as '${name}'",
    ],
    ["maxLength", "max_length", false, "a number or a SWML variable such as '${name}'"],
    ["statusUrl", "status_url", false, "a string"],
]);
const OPTIONS_RECORD_CALL = (0, runtime_js_1.options)(null, [
    ["controlId", "control_id", false, "a string"],
    ["stereo", "stereo", false, "true or false or a SWML variable such as '${name}'"],
    ["format", "format", false, "one of 'wav', 'mp3', 'mp4'"],
    ["direction", "direction", false, "one of 'speak', 'listen', 'both'"],
    ["terminators", "terminators", false, "a string"],
    ["beep", "beep", false, "true or false or a SWML variable such as '${name}'"],
    ["inputSensitivity", "input_sensitivity", false, "a number or a SWML variable such as '${name}'"],
    ["initialTimeout", "initial_timeout", false, "a number or a SWML variable such as '${name}'"],
    [
        "endSilenceTimeout",
        "end_silence_timeout",
        false,
        "a number or a SWML variable such as '${name}'",
    ],
    ["maxLength", "max_length", false, "a number or a SWML variable such as '${name}'"],
    ["statusUrl", "status_url", false, "a string"],
]);
const OPTIONS_REQUEST = (0, runtime_js_1.options)(null, [
    ["url", "url", true, "a string"],
    ["method", "method", true, "one of 'GET', 'POST', 'PUT', 'DELETE'"],
    ["headers", "headers", false, "a JSON object"],
    ["body", "body", false, "a string or a JSON object"],
    ["timeout", "timeout", false, "a number or a SWML variable such as '${name}'"],
    ["connectTimeout", "connect_timeout", false, "a number or a SWML variable such as '${name}'"],
    ["saveVariables", "save_variables", false, "true or false or a SWML variable such as '${name}'"],
]);
const OPTIONS_SEND_DIGITS = (0, runtime_js_1.options)(null, [["digits", "digits", true, "a string"]]);
const OPTIONS_SEND_FAX = (0, runtime_js_1.options)(null, [
    ["document", "document", true, "a string"],
    ["headerInfo", "header_info", false, "a string"],
    ["identity", "identity", false, "a string"],
    ["statusUrl", "status_url", false, "a string"],
]);
const OPTIONS_SEND_SMS = (0, runtime_js_1.options)(null, [
    ["toNumber", "to_number", false, "a string"],
    ["fromNumber", "from_number", false, "a string"],
    ["region", "region", false, "a string"],
    ["tags", "tags", false, "a list of strings"],
    ["statusCallback", "status_callback", false, "a string"],
    ["body", "body", false, "a string"],
    ["media", "media", false, "a list of strings"],
]);
const OPTIONS_SIP_REFER = (0, runtime_js_1.options)(null, [
    ["toUri", "to_uri", true, "a string"],
    ["statusUrl", "status_url", false, "a string"],
    ["username", "username", false, "a string"],
    ["password", "password", false, "a string"],
]);
const OPTIONS_SLEEP = (0, runtime_js_1.options)(null, [
    ["duration", "duration", false, "an integer of at least -1 or a SWML variable such as '${name}'"],
]);
const OPTIONS_STOP_DENOISE = (0, runtime_js_1.options)(null, []);
const OPTIONS_STOP_RECORD_CALL = (0, runtime_js_1.options)(null, [
    ["controlId", "control_id", false, "a string"],
]);
const OPTIONS_STOP_STREAM = (0, runtime_js_1.options)(null, [
    ["controlId", "control_id", false, "a string"],
]);
const OPTIONS_STOP_TAP = (0, runtime_js_1.options)(null, [["controlId", "control_id", false, "a string"]]);
const OPTIONS_STREAM = (0, runtime_js_1.options)(null, [
    ["url", "url", true, "a string"],
    ["controlId", "control_id", false, "a string"],
    ["name", "name", false, "a string"],
    ["track", "track", false, "one of 'inbound_track', 'outbound_track', 'both_tracks'"],
    ["codec", "codec", false, "a string"],
    ["statusUrl", "status_url", false, "a string"],
    ["statusUrlMethod", "status_url_method", false, "one of 'GET', 'POST'"],
    ["authorizationBearerToken", "authorization_bearer_token", false, "a string"],
    ["customParameters", "custom_parameters", false, "a JSON object whose values are each a string"],
]);
const OPTIONS_SWITCH = (0, runtime_js_1.options)(null, [
    ["variable", "variable", true, "a string"],
    ["case", "case", true, "a JSON object whose values are each a list of SWML methods"],
    ["default", "default", false, "a list of SWML methods"],
]);
const OPTIONS_TAP = (0, runtime_js_1.options)(null, [
    ["uri", "uri", true, "a string"],
    ["controlId", "control_id", false, "a string"],
    ["direction", "direction", false, "one of 'speak', 'listen', 'both'"],
    ["codec", "codec", false, "one of 'PCMU', 'PCMA'"],
    ["rtpPtime", "rtp_ptime", false, "an integer or a SWML variable such as '${name}'"],
    ["statusUrl", "status_url", false, "a string"],
]);
const OPTIONS_TRANSCRIBE = (0, runtime_js_1.options)(null, [["statusUrl", "status_url", false, "a string"]]);
const OPTIONS_TRANSCRIBE_STOP = (0, runtime_js_1.options)(null, []);
const OPTIONS_TRANSFER = (0, runtime_js_1.options)(null, [
    ["dest", "dest", true, "a string"],
    ["params", "params", false, "a JSON object"],
    ["meta", "meta", false, "a JSON object"],
]);
const OPTIONS_USER_EVENT = (0, runtime_js_1.options)(null, [["event", "event", true, "a JSON object"]]);
/**
 * A SWML document: named sections of verbs; execution starts at `main`.
 *
 * `new SWML().answer().play({ url: "say:Hello" }).hangup().toDict()` gives the document; a
 * `FunctionResult` takes it as is with `executeSwml`.
 */
class SWML {
    #sections = new Map();
    #section = [];
    // null for a document read without "version", so that it is written back without one.
    #version = "1.0.0";
    constructor() {
        this.#sections.set("main", this.#section);
    }
    /**
     * Add the verbs that follow to section `name` (made empty if new); `main` runs first, and
     * `execute` / `transfer` reach the others by name.
     *
     * @throws {@link InvalidArgumentError} when `name` is not a non-empty string.
     */
    section(name) {
        if (typeof name !== "string" || name === "") {
            throw new runtime_js_1.InvalidArgumentError("section", "name", name, "a non-empty string");
        }
        let section = this.#sections.get(name);
        if (section === undefined) {
            section = [];
            this.#sections.set(name, section);
        }
        this.#section = section;
        return this;
    }
    /** The document: `{"version": "1.0.0", "sections": {...}}`. */
    toDict() {
        const sections = {};
        for (const [name, verbs] of this.#sections) {
            (0, runtime_js_1.setKey)(sections, name, [...verbs]);
        }
        return this.#version === null ? { sections } : { version: this.#version, sections };
    }
    /**
     * A builder holding `document`, a whole SWML document such as `toDict` gives.
     *
     * The document is checked by the checkers the chaining methods use (the version, every
     * section, every verb, all the way down) and the builder holds their checked copies, so
     * `fromDict(d).toDict()` deep-equals `d` for every document it accepts (sections in their
     * order, a missing `version` left out). Verbs added afterwards go to `main`, until `section`
     * names another.
     *
     * @throws {@link InvalidDocumentError} whose `problems` are every fault (`validate`), each
     * with its path in the document (`sections.main[2].play.url`), JSON pointer, verb, the value
     * and what is allowed there.
     */
    static fromDict(document) {
        const checked = (0, runtime_js_1.checkDocument)(document, checks_js_1.checkSWMLObject, validate_js_1.validate);
        const sections = checked["sections"];
        const given = (0, runtime_js_1.isPlainObject)(document) ? document["sections"] : undefined;
        const built = new SWML();
        built.#sections.clear();
        // The checked copies, in the document's order.
        for (const name of Object.keys((0, runtime_js_1.isPlainObject)(given) ? given : sections)) {
            const verbs = sections[name];
            if (verbs !== undefined) {
                built.#sections.set(name, verbs);
            }
        }
        let main = built.#sections.get("main");
        if (main === undefined) {
            main = [];
            built.#sections.set("main", main);
        }
        built.#section = main;
        built.#version = checked["version"] === undefined ? null : "1.0.0";
        return built;
    }
    /**
     * `fromDict` of a JSON document's text.
     *
     * @throws {@link DocumentReadError} for text that is not one JSON document;
     * {@link InvalidDocumentError} for a refused document.
     */
    static fromJSON(text) {
        return SWML.fromDict((0, runtime_js_1.readJson)(text));
    }
    /** The document, for `JSON.stringify(doc)`. */
    toJSON() {
        return this.toDict();
    }
    /** The document as JSON text (`indent` as `JSON.stringify`'s `space`). */
    toJsonString(indent) {
        return JSON.stringify(this.toDict(), null, indent);
    }
    #add(verb, argument) {
        const entry = {};
        (0, runtime_js_1.setKey)(entry, verb, argument);
        this.#section.push(entry);
        return this;
    }
    /**
     * Answer incoming call and set an optional maximum duration.
     *
     * @param options - The options ({@link AnswerOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Answer/properties/answer`
     */
    answer(options) {
        return this.#add("answer", (0, runtime_js_1.objectArgument)("answer", options, OPTIONS_ANSWER, checks_js_1.checkAnswer));
    }
    /**
     * Creates an AI agent that conducts voice conversations using automatic speech recognition (ASR),
     * large language models (LLMs), and text-to-speech (TTS) synthesis.
     * The agent processes caller speech in real-time, generates contextually appropriate responses,
     * and can execute custom functions to interact with external systems through SignalWire AI Gateway (SWAIG).
     *
     * @param options - The options ({@link AIObjectOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/AI/properties/ai`
     */
    ai(options) {
        return this.#add("ai", (0, runtime_js_1.objectArgument)("ai", options, OPTIONS_AI, checks_js_1.checkAIObject));
    }
    /**
     * Attach a real-time AI observer that listens to a live call and streams agent-facing advice to your application as webhook callbacks.
     * The sidecar does not participate in the call; it watches the conversation and produces structured callbacks your application can consume.
     *
     * @param options - The options ({@link AISidecarObjectOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/AISidecar/properties/ai_sidecar`
     */
    aiSidecar(options) {
        return this.#add("ai_sidecar", (0, runtime_js_1.objectArgument)("aiSidecar", options, OPTIONS_AI_SIDECAR, checks_js_1.checkAISidecarObject));
    }
    /**
     * Creates a new Bedrock AI Agent
     *
     * @param options - The options ({@link AmazonBedrockObjectOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/AmazonBedrock/properties/amazon_bedrock`
     */
    amazonBedrock(options) {
        return this.#add("amazon_bedrock", (0, runtime_js_1.objectArgument)("amazonBedrock", options, OPTIONS_AMAZON_BEDROCK, checks_js_1.checkAmazonBedrockObject));
    }
    /**
     * Execute a sequence of instructions depending on the value of a JavaScript condition.
     *
     * @param value - a list of CondReg or CondElse objects
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Cond/properties/cond`
     */
    cond(value) {
        return this.#add("cond", (0, runtime_js_1.valueArgument)("cond", value, checks_js_1._list_of_CondReg_or_CondElse, "a list of CondReg or CondElse objects"));
    }
    /**
     * Connect to a phone number, SIP URI, Resource Address, queue, or WebSocket stream.
     *
     * @param options - The options of one variant; the keys given pick it.
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Connect/properties/connect`
     */
    connect(options) {
        return this.#add("connect", (0, runtime_js_1.unionArgument)("connect", options, OPTIONS_CONNECT, checks_js_1._verb_connect, "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object", false));
    }
    /**
     * Start noise reduction. You can stop it at any time using `stop_denoise`.
     *
     * @param options - The options ({@link DenoiseOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Denoise/properties/denoise`
     */
    denoise(options) {
        return this.#add("denoise", (0, runtime_js_1.objectArgument)("denoise", options, OPTIONS_DENOISE, checks_js_1.checkDenoise));
    }
    /**
     * Place the current call in a named queue where it will wait to be connected to an available agent or resource.
     * While waiting, callers will hear music or custom audio.
     * When an agent connects to the queue (using the connect method), the caller and agent are bridged together.
     * After the bridge completes, execution continues with the SWML script specified in transfer_after_bridge.
     *
     * @param options - The options ({@link EnterQueueObjectOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/EnterQueue/properties/enter_queue`
     */
    enterQueue(options) {
        return this.#add("enter_queue", (0, runtime_js_1.objectArgument)("enterQueue", options, OPTIONS_ENTER_QUEUE, checks_js_1.checkEnterQueueObject));
    }
    /**
     * Execute a specified section or URL as a subroutine, and upon completion, return to the current document.
     * Use the return statement to pass any return values or objects back to the current document.
     *
     * @param options - The options ({@link ExecuteOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Execute/properties/execute`
     */
    execute(options) {
        return this.#add("execute", (0, runtime_js_1.objectArgument)("execute", options, OPTIONS_EXECUTE, checks_js_1.checkExecute));
    }
    /**
     * Jump to a label within the current section, optionally based on a condition.
     * The goto method will only navigate to a label within the same section.
     *
     * @param options - The options ({@link GotoOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Goto/properties/goto`
     */
    goto(options) {
        return this.#add("goto", (0, runtime_js_1.objectArgument)("goto", options, OPTIONS_GOTO, checks_js_1.checkGoto));
    }
    /**
     * Mark any point of the SWML section with a label so that goto can jump to it.
     *
     * @param value - a string
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Label/properties/label`
     */
    label(value) {
        return this.#add("label", (0, runtime_js_1.valueArgument)("label", value, checks_js_1._verb_label, "a string"));
    }
    /**
     * Start live transcription of the call. The transcription will be sent to the specified webhook URL.
     *
     * @param options - The options ({@link LiveTranscribeOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/LiveTranscribe/properties/live_transcribe`
     */
    liveTranscribe(options) {
        return this.#add("live_transcribe", (0, runtime_js_1.objectArgument)("liveTranscribe", options, OPTIONS_LIVE_TRANSCRIBE, checks_js_1.checkLiveTranscribe));
    }
    /**
     * Start live translation of the call. The translation will be sent to the specified webhook URL.
     *
     * @param options - The options ({@link LiveTranslateOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/LiveTranslate/properties/live_translate`
     */
    liveTranslate(options) {
        return this.#add("live_translate", (0, runtime_js_1.objectArgument)("liveTranslate", options, OPTIONS_LIVE_TRANSLATE, checks_js_1.checkLiveTranslate));
    }
    /**
     * End the call with an optional reason.
     *
     * @param options - The options ({@link HangupOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Hangup/properties/hangup`
     */
    hangup(options) {
        return this.#add("hangup", (0, runtime_js_1.objectArgument)("hangup", options, OPTIONS_HANGUP, checks_js_1.checkHangup));
    }
    /**
     * Join a Relay room. If the room doesn't exist, it creates a new room.
     *
     * @param options - The options ({@link JoinRoomOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/JoinRoom/properties/join_room`
     */
    joinRoom(options) {
        return this.#add("join_room", (0, runtime_js_1.objectArgument)("joinRoom", options, OPTIONS_JOIN_ROOM, checks_js_1.checkJoinRoom));
    }
    /**
     * Join an ad-hoc audio conference started on either the SignalWire or Compatibility API.
     * This method allows you to connect the current call to a named conference where multiple participants can communicate simultaneously.
     *
     * @param options - The options ({@link JoinConferenceOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/JoinConference/properties/join_conference`
     */
    joinConference(options) {
        return this.#add("join_conference", (0, runtime_js_1.objectArgument)("joinConference", options, OPTIONS_JOIN_CONFERENCE, checks_js_1.checkJoinConference));
    }
    /**
     * Play file(s), ringtones, speech or silence.
     *
     * @param options - The options of one variant; the keys given pick it.
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Play/properties/play`
     */
    play(options) {
        return this.#add("play", (0, runtime_js_1.unionArgument)("play", options, OPTIONS_PLAY, checks_js_1._PlayWithURL_or_PlayWithURLS, "a PlayWithURL object or a PlayWithURLS object", false));
    }
    /**
     * Play a prompt and wait for input. The input can be received either as digits from the keypad,
     * or from speech, or both depending on what parameters are set.
     * By default, only digit input is enabled. To enable speech input, set at least one speech parameter.
     * To enable both digit and speech input, set at least one parameter for each.
     *
     * @param options - The options ({@link PromptOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Prompt/properties/prompt`
     */
    prompt(options) {
        return this.#add("prompt", (0, runtime_js_1.objectArgument)("prompt", options, OPTIONS_PROMPT, checks_js_1.checkPrompt));
    }
    /**
     * Receive a fax being delivered to this call.
     *
     * @param options - The options ({@link ReceiveFaxOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/ReceiveFax/properties/receive_fax`
     */
    receiveFax(options) {
        return this.#add("receive_fax", (0, runtime_js_1.objectArgument)("receiveFax", options, OPTIONS_RECEIVE_FAX, checks_js_1.checkReceiveFax));
    }
    /**
     * Record the call audio in the foreground, pausing further SWML execution until recording ends.
     * Use this, for example, to record voicemails.
     * To record calls in the background in a non-blocking fashion, use the record_call method.
     *
     * @param options - The options ({@link RecordArgumentOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Record/properties/record`
     */
    record(options) {
        return this.#add("record", (0, runtime_js_1.objectArgument)("record", options, OPTIONS_RECORD, checks_js_1.checkRecordArgument));
    }
    /**
     * Record call in the background.
     * Unlike the record method, the record_call method will start the recording and continue executing
     * the SWML script while allowing the recording to happen in the background.
     * To stop call recordings started with record_call, use the stop_record_call method.
     *
     * @param options - The options ({@link RecordCallOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/RecordCall/properties/record_call`
     */
    recordCall(options) {
        return this.#add("record_call", (0, runtime_js_1.objectArgument)("recordCall", options, OPTIONS_RECORD_CALL, checks_js_1.checkRecordCall));
    }
    /**
     * Send a GET, POST, PUT, or DELETE request to a remote URL.
     *
     * @param options - The options ({@link RequestOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Request/properties/request`
     */
    request(options) {
        return this.#add("request", (0, runtime_js_1.objectArgument)("request", options, OPTIONS_REQUEST, checks_js_1.checkRequest));
    }
    /**
     * Return a value from an execute call or exit the script. The value can be any type.
     *
     * @param value - any JSON value
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Return/properties/return`
     */
    return(value) {
        return this.#add("return", (0, runtime_js_1.valueArgument)("return", value === undefined ? null : value, checks_js_1._any, "any JSON value"));
    }
    /**
     * Send digit presses as DTMF tones.
     *
     * @param options - The options ({@link SendDigitsOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/SendDigits/properties/send_digits`
     */
    sendDigits(options) {
        return this.#add("send_digits", (0, runtime_js_1.objectArgument)("sendDigits", options, OPTIONS_SEND_DIGITS, checks_js_1.checkSendDigits));
    }
    /**
     * Send a fax.
     *
     * @param options - The options ({@link SendFaxOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/SendFax/properties/send_fax`
     */
    sendFax(options) {
        return this.#add("send_fax", (0, runtime_js_1.objectArgument)("sendFax", options, OPTIONS_SEND_FAX, checks_js_1.checkSendFax));
    }
    /**
     * Send an outbound SMS or MMS message to a PSTN phone number.
     *
     * @param options - The options of one variant; the keys given pick it.
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/SendSMS/properties/send_sms`
     */
    sendSms(options) {
        return this.#add("send_sms", (0, runtime_js_1.unionArgument)("sendSms", options, OPTIONS_SEND_SMS, checks_js_1._SMSWithBody_or_SMSWithMedia, "a SMSWithBody object or a SMSWithMedia object", false));
    }
    /**
     * Set script variables to the specified values.
     * Accepts an object mapping variable names to values.
     * Variables set using set can be removed using unset.
     *
     * @param value - a JSON object
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Set/properties/set`
     */
    set(value) {
        return this.#add("set", (0, runtime_js_1.valueArgument)("set", value, checks_js_1._map_of_any, "a JSON object"));
    }
    /**
     * Pause execution for a specified duration.
     *
     * @param valueOrOptions - The short form, an integer or a SWML variable such as '${name}', or the options of one variant.
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Sleep/properties/sleep`
     */
    sleep(valueOrOptions) {
        return this.#add("sleep", (0, runtime_js_1.unionArgument)("sleep", valueOrOptions, OPTIONS_SLEEP, checks_js_1._Sleep_or_int_or_var, "a Sleep object or an integer or a SWML variable such as '${name}'", true));
    }
    /**
     * Send SIP REFER to a SIP call.
     *
     * @param options - The options ({@link SipReferOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/SIPRefer/properties/sip_refer`
     */
    sipRefer(options) {
        return this.#add("sip_refer", (0, runtime_js_1.objectArgument)("sipRefer", options, OPTIONS_SIP_REFER, checks_js_1.checkSipRefer));
    }
    /**
     * Stop noise reduction that was started with denoise.
     *
     * @param options - The options ({@link StopDenoiseOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/StopDenoise/properties/stop_denoise`
     */
    stopDenoise(options) {
        return this.#add("stop_denoise", (0, runtime_js_1.objectArgument)("stopDenoise", options, OPTIONS_STOP_DENOISE, checks_js_1.checkStopDenoise));
    }
    /**
     * Stop an active background recording.
     *
     * @param options - The options ({@link StopRecordCallOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/StopRecordCall/properties/stop_record_call`
     */
    stopRecordCall(options) {
        return this.#add("stop_record_call", (0, runtime_js_1.objectArgument)("stopRecordCall", options, OPTIONS_STOP_RECORD_CALL, checks_js_1.checkStopRecordCall));
    }
    /**
     * Stop an active audio stream.
     *
     * @param options - The options ({@link StopStreamOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/StopStream/properties/stop_stream`
     */
    stopStream(options) {
        return this.#add("stop_stream", (0, runtime_js_1.objectArgument)("stopStream", options, OPTIONS_STOP_STREAM, checks_js_1.checkStopStream));
    }
    /**
     * Stop an active tap stream.
     *
     * @param options - The options ({@link StopTapOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/StopTap/properties/stop_tap`
     */
    stopTap(options) {
        return this.#add("stop_tap", (0, runtime_js_1.objectArgument)("stopTap", options, OPTIONS_STOP_TAP, checks_js_1.checkStopTap));
    }
    /**
     * Start a background audio stream from the call to a WebSocket endpoint. Runs alongside the call as an independent operation.
     *
     * @param options - The options ({@link StreamOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Stream/properties/stream`
     */
    stream(options) {
        return this.#add("stream", (0, runtime_js_1.objectArgument)("stream", options, OPTIONS_STREAM, checks_js_1.checkStream));
    }
    /**
     * Execute different instructions based on a variable's value.
     *
     * @param options - The options ({@link SwitchArgumentOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Switch/properties/switch`
     */
    switch(options) {
        return this.#add("switch", (0, runtime_js_1.objectArgument)("switch", options, OPTIONS_SWITCH, checks_js_1.checkSwitchArgument));
    }
    /**
     * Start background call tap. Media is streamed over Websocket or RTP to customer controlled URI.
     *
     * @param options - The options ({@link TapOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Tap/properties/tap`
     */
    tap(options) {
        return this.#add("tap", (0, runtime_js_1.objectArgument)("tap", options, OPTIONS_TAP, checks_js_1.checkTap));
    }
    /**
     * Transcribe the entire call in the background.
     * Execution continues to the next instruction while the call proceeds; the transcription covers the whole call and completes when the call ends.
     * For real-time transcription delivered as the call happens, use `live_transcribe` instead.
     * Only one transcription can be active on a call at a time.
     * To stop it, use the `transcribe_stop` method.
     *
     * @param options - The options ({@link TranscribeOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Transcribe/properties/transcribe`
     */
    transcribe(options) {
        return this.#add("transcribe", (0, runtime_js_1.objectArgument)("transcribe", options, OPTIONS_TRANSCRIBE, checks_js_1.checkTranscribe));
    }
    /**
     * Stop the transcription currently running on the call, started with `transcribe`.
     * No parameters are required.
     *
     * @param options - The options ({@link TranscribeStopOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/TranscribeStop/properties/transcribe_stop`
     */
    transcribeStop(options) {
        return this.#add("transcribe_stop", (0, runtime_js_1.objectArgument)("transcribeStop", options, OPTIONS_TRANSCRIBE_STOP, checks_js_1.checkTranscribeStop));
    }
    /**
     * Transfer the execution of the script to a different SWML section, URL, or Relay application.
     * Once the transfer is complete, the script will continue executing SWML from the new location.
     *
     * @param options - The options ({@link TransferOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Transfer/properties/transfer`
     */
    transfer(options) {
        return this.#add("transfer", (0, runtime_js_1.objectArgument)("transfer", options, OPTIONS_TRANSFER, checks_js_1.checkTransfer));
    }
    /**
     * Unset specified variables. The variables may have been set using the set method
     * or as a byproduct of other statements or methods.
     * Accepts a single variable name as a string or an array of variable names.
     *
     * @param value - a string or a list of strings
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Unset/properties/unset`
     */
    unset(value) {
        return this.#add("unset", (0, runtime_js_1.valueArgument)("unset", value, checks_js_1._str_or_list_of_str, "a string or a list of strings"));
    }
    /**
     * Enables secure payment processing during voice calls. When implemented, it manages the entire payment flow
     * including data collection, validation, and processing through your configured payment gateway.
     *
     * @param options - The options ({@link PayOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/Pay/properties/pay`
     */
    pay(options) {
        return this.#add("pay", (0, runtime_js_1.objectArgument)("pay", options, OPTIONS_PAY, checks_js_1.checkPay));
    }
    /**
     * A detection method that combines AMD (Answering Machine Detection) and fax detection.
     * Detect whether the user on the other end of the call is a machine (fax, voicemail, etc.) or a human.
     * The detection result(s) will be sent to the specified status_url as a POST request
     * and will also be saved in the detect_result variable.
     *
     * @param options - The options ({@link DetectMachineOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/DetectMachine/properties/detect_machine`
     */
    detectMachine(options) {
        return this.#add("detect_machine", (0, runtime_js_1.objectArgument)("detectMachine", options, OPTIONS_DETECT_MACHINE, checks_js_1.checkDetectMachine));
    }
    /**
     * Allows the user to set and send events to the connected client on the call.
     * This is useful for triggering actions on the client side.
     * Commonly used with the [browser-sdk](/docs/browser-sdk/v3/js/reference/signalwire/client).
     * The event object can be any valid JSON object.
     * Any key-value pair in the object is sent to the client as an event type called `user_event`.
     *
     * @param options - The options ({@link UserEventOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/UserEvent/properties/user_event`
     */
    userEvent(options) {
        return this.#add("user_event", (0, runtime_js_1.objectArgument)("userEvent", options, OPTIONS_USER_EVENT, checks_js_1.checkUserEvent));
    }
    /**
     * Run an RPC command on a call, such as dialling out, sending a message to another call's agent or taking it off hold.
     *
     * @param options - The options ({@link ExecuteRpcOptions}).
     * @returns This document, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
     * @see Spec: `#/$defs/ExecuteRPC/properties/execute_rpc`
     */
    executeRpc(options) {
        return this.#add("execute_rpc", (0, runtime_js_1.objectArgument)("executeRpc", options, OPTIONS_EXECUTE_RPC, checks_js_1.checkExecuteRpc));
    }
}
exports.SWML = SWML;
