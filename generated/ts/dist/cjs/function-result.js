"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
Object.defineProperty(exports, "__esModule", { value: true });
exports.FunctionResult = void 0;
/**
 * `FunctionResult`: a SWAIG function's result, with the SWAIG-action chaining methods.
 *
 * Each action method checks every value against the spec before anything is recorded, leaves
 * out the options given at their defaults, and emits the short form when only the required
 * value is left, as the reference SDK does.
 */
const checks_js_1 = require("./checks.js");
const runtime_js_1 = require("./runtime.js");
const ACTION_JOIN_CONFERENCE = (0, runtime_js_1.options)(null, [
    ["muted", "muted", true, "true or false or a SWML variable such as '${name}'", false],
    ["beep", "beep", true, "one of 'true', 'false', 'onEnter', 'onExit'", "true"],
    [
        "startOnEnter",
        "start_on_enter",
        true,
        "true or false or a SWML variable such as '${name}'",
        true,
    ],
    ["endOnExit", "end_on_exit", true, "true or false or a SWML variable such as '${name}'", false],
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
    ["record", "record", true, "one of 'do-not-record', 'record-from-start'", "do-not-record"],
    ["region", "region", false, "one of 'global', 'us', 'eu', 'ch'"],
    ["trim", "trim", true, "one of 'trim-silence', 'do-not-trim'", "trim-silence"],
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
    ["statusCallbackMethod", "status_callback_method", true, "one of 'GET', 'POST'", "POST"],
    [
        "recordingStatusCallback",
        "recording_status_callback",
        false,
        "an absolute URL starting with http:// or https://",
    ],
    [
        "recordingStatusCallbackMethod",
        "recording_status_callback_method",
        true,
        "one of 'GET', 'POST'",
        "POST",
    ],
    [
        "recordingStatusCallbackEvent",
        "recording_status_callback_event",
        true,
        "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '",
        "completed",
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
/** The result of a SWAIG function: a response for the AI, and actions to run on the call. */
class FunctionResult {
    /** The text (or object) given back to the AI. */
    response;
    /** The actions, in order. */
    action = [];
    /** Whether the AI takes one more turn before the actions run. */
    postProcess;
    /**
     * `toolResult` or `toolPrompt` make the response an object of the two (as `setToolResponse`),
     * in place of `response`.
     */
    constructor(response, postProcess = false, toolResult, toolPrompt) {
        this.response = response ?? "";
        this.postProcess = postProcess;
        if (toolResult !== undefined || toolPrompt !== undefined) {
            this.setToolResponse(toolResult, toolPrompt);
        }
    }
    /**
     * Give the AI an object for a response: what the tool found (`toolResult`) and how to present
     * it (`toolPrompt`); each is left out when not given.
     */
    setToolResponse(toolResult, toolPrompt) {
        const response = {};
        if (toolResult !== undefined) {
            response["tool_result"] = toolResult;
        }
        if (toolPrompt !== undefined) {
            response["tool_prompt"] = toolPrompt;
        }
        this.response = response;
        return this;
    }
    /** Set the text given back to the AI. */
    setResponse(response) {
        this.response = response;
        return this;
    }
    /** `true` lets the AI take one more turn before the actions run. */
    setPostProcess(postProcess) {
        this.postProcess = postProcess;
        return this;
    }
    /** Append the action `{name: data}`. */
    addAction(name, data) {
        const action = {};
        (0, runtime_js_1.setKey)(action, name, data);
        this.action.push(action);
        return this;
    }
    /** Append several actions, each a `{name: data}` object. */
    addActions(actions) {
        this.action.push(...actions);
        return this;
    }
    /**
     * Append a SWML document as an action, checked as the spec's `SWML` action.
     *
     * @param swml - The document: JSON text, an object, or anything with `toDict()` (a {@link SWML}
     *   document).
     * @param transfer - `true` sends `"transfer": true` beside the document, so the call leaves the
     *   agent (a SWML variable is sent as it is).
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when the text is not JSON, or the document or `transfer`
     *   is outside what the spec allows; the result is left unchanged. A `TypeError` when `swml` is
     *   none of the three.
     */
    executeSwml(swml, transfer = false) {
        const document = (0, runtime_js_1.swmlDocument)("executeSwml", "swml", swml);
        this.action.push((0, runtime_js_1.helperAction)("executeSwml", checks_js_1.checkSWMLAction, {}, [
            ["swml", ["SWML"], document, runtime_js_1.MISSING, runtime_js_1.MISSING],
            ["transfer", ["transfer"], transfer, false, false],
        ]));
        return this;
    }
    /** The SWAIG response: `response` and/or `action`, and `post_process` when it matters. */
    toDict() {
        const result = {};
        const response = this.response;
        if (typeof response === "string" ? response !== "" : Object.keys(response).length > 0) {
            result.response = response;
        }
        if (this.action.length > 0) {
            result.action = [...this.action];
            if (this.postProcess) {
                result.post_process = true;
            }
        }
        if (result.response === undefined && result.action === undefined) {
            result.response = "Action completed.";
        }
        return result;
    }
    /** The SWAIG response, for `JSON.stringify(result)`. */
    toJSON() {
        return this.toDict();
    }
    #swml(verb, argument) {
        const entry = {};
        (0, runtime_js_1.setKey)(entry, verb, argument);
        this.action.push({ SWML: { version: "1.0.0", sections: { main: [entry] } } });
        return this;
    }
    /**
     * Join an ad-hoc audio conference started on either the SignalWire or Compatibility API.
     * This method allows you to connect the current call to a named conference where multiple participants can communicate simultaneously.
     *
     * Options left at their defaults are left out of the SWML; when all of them are, the short form `{"join_conference": name}` is emitted.
     *
     * @param name - Name of conference
     * @param options - The options ({@link JoinConferenceActionOptions}).
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/JoinConference/properties/join_conference`
     */
    joinConference(name, options) {
        const payload = (0, runtime_js_1.actionArgument)("joinConference", [["name", "name", name, "a non-blank string"]], options, ACTION_JOIN_CONFERENCE, checks_js_1.checkJoinConference, "name");
        return this.#swml("join_conference", payload);
    }
    /**
     * A message to be spoken by the AI agent.
     *
     * @param text - A message to be spoken by the AI agent.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/say`
     */
    say(text) {
        this.action.push((0, runtime_js_1.helperAction)("say", checks_js_1.checkSayAction, {}, [
            ["text", ["say"], text, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Hang up the call once the agent has finished speaking.
     *
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/hangup`
     */
    hangup() {
        this.action.push((0, runtime_js_1.helperAction)("hangup", checks_js_1.checkHangupAction, { hangup: true }, []));
        return this;
    }
    /**
     * Stop the agent's conversation.
     *
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/stop`
     */
    stop() {
        this.action.push((0, runtime_js_1.helperAction)("stop", checks_js_1.checkStopAction, { stop: true }, []));
        return this;
    }
    /**
     * Switch the agent to another context of its prompt.
     *
     * @param contextName - The name of the context to switch to. The context must be defined in the AI's prompt.contexts configuration.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/swml_change_context`
     */
    swmlChangeContext(contextName) {
        this.action.push((0, runtime_js_1.helperAction)("swmlChangeContext", checks_js_1.checkChangeContextAction, {}, [
            ["contextName", ["change_context"], contextName, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Switch the agent to another step of the current context.
     *
     * @param stepName - The name of the step to switch to. The step must be defined in the current context's steps array.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/swml_change_step`
     */
    swmlChangeStep(stepName) {
        this.action.push((0, runtime_js_1.helperAction)("swmlChangeStep", checks_js_1.checkChangeStepAction, {}, [
            ["stepName", ["change_step"], stepName, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Used to inject text into the users queue as if they input the data themselves.
     *
     * @param text - Used to inject text into the users queue as if they input the data themselves.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/simulate_user_input`
     */
    simulateUserInput(text) {
        this.action.push((0, runtime_js_1.helperAction)("simulateUserInput", checks_js_1.checkUserInputAction, {}, [
            ["text", ["user_input"], text, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Set keys of the agent's global data (merged into what it holds).
     *
     * @param data - A JSON object containing any global data, as a key-value map. This action sets the data in the `global_data` to be globally referenced.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/update_global_data`
     */
    updateGlobalData(data) {
        this.action.push((0, runtime_js_1.helperAction)("updateGlobalData", checks_js_1.checkSetGlobalDataAction, {}, [
            ["data", ["set_global_data"], data, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Set the agent's semantic state: the global data's semantic_state key (merged into what the global data holds).
     *
     * @param state - any JSON value
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/set_semantic_state`
     */
    setSemanticState(state) {
        this.action.push((0, runtime_js_1.helperAction)("setSemanticState", checks_js_1.checkSetGlobalDataAction, { set_global_data: {} }, [
            ["state", ["set_global_data", "semantic_state"], state, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Set keys of the function's metadata (merged into what it holds).
     *
     * @param data - A JSON object containing any metadata, as a key-value map. This action sets the data in the `meta_data` to be referenced locally in the function.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/set_metadata`
     */
    setMetadata(data) {
        this.action.push((0, runtime_js_1.helperAction)("setMetadata", checks_js_1.checkSetMetaDataAction, {}, [
            ["data", ["set_meta_data"], data, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Remove a key from the agent's global data.
     *
     * @param keys - The key of the global data to unset from the `global_data`. You can also reset the `global_data` by passing in a new object.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/remove_global_data`
     */
    removeGlobalData(keys) {
        this.action.push((0, runtime_js_1.helperAction)("removeGlobalData", checks_js_1.checkUnsetGlobalDataAction, {}, [
            ["keys", ["unset_global_data"], keys, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Remove a key from the function's metadata.
     *
     * @param keys - The key of the local data to unset from the `meta_data`. You can also reset the `meta_data` by passing in a new object.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/remove_metadata`
     */
    removeMetadata(keys) {
        this.action.push((0, runtime_js_1.helperAction)("removeMetadata", checks_js_1.checkUnsetMetaDataAction, {}, [
            ["keys", ["unset_meta_data"], keys, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Activate or deactivate SWAIG functions for the rest of the call.
     *
     * @param toggles - Whether to toggle the functions on or off.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/toggle_functions`
     */
    toggleFunctions(toggles) {
        this.action.push((0, runtime_js_1.helperAction)("toggleFunctions", checks_js_1.checkToggleFunctionsAction, {}, [
            ["toggles", ["toggle_functions"], toggles, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Play an audio file in the background of the conversation.
     *
     * @param filename - URL or filepath of the audio file to play.
     * @param wait - Whether to wait for the audio file to finish playing before continuing. Default is `false`.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/play_background_file`
     */
    playBackgroundFile(filename, wait) {
        this.action.push((0, runtime_js_1.helperAction)("playBackgroundFile", checks_js_1.checkPlaybackBGAction, { playback_bg: {} }, [
            ["filename", ["playback_bg", "file"], filename, runtime_js_1.MISSING, runtime_js_1.MISSING],
            ["wait", ["playback_bg", "wait"], wait, false, false],
        ]));
        return this;
    }
    /**
     * Stop the background audio file.
     *
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/stop_background_file`
     */
    stopBackgroundFile() {
        this.action.push((0, runtime_js_1.helperAction)("stopBackgroundFile", checks_js_1.checkStopPlaybackBGAction, { stop_playback_bg: true }, []));
        return this;
    }
    /**
     * Change the agent's instructions mid-call: a new system prompt, a user message, and whether the conversation so far is summarised.
     *
     * @param options.systemPrompt - The instructions to send to the agent. Default is not set.
     * @param options.userPrompt - A string serving as simulated user input for the AI Agent. During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance. Default is not set
     * @param options.consolidate - Whether to consolidate the context. Default is `false`.
     * @param options.fullReset - Whether to clear the whole conversation history and start again from the new prompt. Default is `false`.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/switch_context`
     */
    switchContext(options = {}) {
        this.action.push((0, runtime_js_1.helperAction)("switchContext", checks_js_1.checkContextSwitchAction, { context_switch: {} }, [
            ["systemPrompt", ["context_switch", "system_prompt"], options.systemPrompt, null, null],
            ["userPrompt", ["context_switch", "user_prompt"], options.userPrompt, null, null],
            ["consolidate", ["context_switch", "consolidate"], options.consolidate, false, false],
            ["fullReset", ["context_switch", "full_reset"], options.fullReset, false, false],
        ]));
        return this;
    }
    /**
     * Add speech recognition hints for the rest of the call: words or phrases, or pattern objects that map misrecognised speech to the right text.
     *
     * @param hints - Speech recognition hints to add for the rest of the call: words or phrases, or pattern objects that map misrecognised speech to the right text.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/add_dynamic_hints`
     */
    addDynamicHints(hints) {
        this.action.push((0, runtime_js_1.helperAction)("addDynamicHints", checks_js_1.checkAddDynamicHintsAction, {}, [
            ["hints", ["add_dynamic_hints"], hints, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Remove every hint added with add_dynamic_hints.
     *
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/clear_dynamic_hints`
     */
    clearDynamicHints() {
        this.action.push((0, runtime_js_1.helperAction)("clearDynamicHints", checks_js_1.checkClearDynamicHintsAction, { clear_dynamic_hints: {} }, []));
        return this;
    }
    /**
     * Set how many milliseconds of silence after speech end an utterance, from now on.
     *
     * @param milliseconds - The silence, in ms, after an utterance that ends it, from now on (the ai verb's `params.end_of_speech_timeout`: from `250` to `10,000`).
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/set_end_of_speech_timeout`
     */
    setEndOfSpeechTimeout(milliseconds) {
        this.action.push((0, runtime_js_1.helperAction)("setEndOfSpeechTimeout", checks_js_1.checkEndOfSpeechTimeoutAction, {}, [
            ["milliseconds", ["end_of_speech_timeout"], milliseconds, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Set how many milliseconds after the last speech event recognition is finalised, from now on.
     *
     * @param milliseconds - How long, in ms, since the last speech event to wait before finalising recognition, from now on (the ai verb's `params.speech_event_timeout`: from `0` to `10,000`).
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/set_speech_event_timeout`
     */
    setSpeechEventTimeout(milliseconds) {
        this.action.push((0, runtime_js_1.helperAction)("setSpeechEventTimeout", checks_js_1.checkSpeechEventTimeoutAction, {}, [
            ["milliseconds", ["speech_event_timeout"], milliseconds, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Change the voice the agent speaks with, from now on.
     *
     * @param voice - The voice the agent speaks with from now on, as the ai verb's languages name voices (`engine.voice`); not blank.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/change_voice`
     */
    changeVoice(voice) {
        this.action.push((0, runtime_js_1.helperAction)("changeVoice", checks_js_1.checkChangeVoiceAction, {}, [
            ["voice", ["change_voice"], voice, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Let the agent call functions when the caller's speech times out, or not.
     *
     * @param enabled - Whether the agent may call functions when the caller's speech times out.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/enable_functions_on_timeout`
     */
    enableFunctionsOnTimeout(enabled) {
        this.action.push((0, runtime_js_1.helperAction)("enableFunctionsOnTimeout", checks_js_1.checkFunctionsOnSpeakerTimeoutAction, {}, [
            ["enabled", ["functions_on_speaker_timeout"], enabled, true, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Send the agent the whole data of function results rather than a summary, or not.
     *
     * @param enabled - Whether the agent is sent the whole data of function results rather than a summary.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/enable_extensive_data`
     */
    enableExtensiveData(enabled) {
        this.action.push((0, runtime_js_1.helperAction)("enableExtensiveData", checks_js_1.checkExtensiveDataAction, {}, [
            ["enabled", ["extensive_data"], enabled, true, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Remove this function call from the conversation history (true), or replace it with the text given.
     *
     * @param text - How this function call appears in the conversation history: `true` removes the call and its result, a string replaces them with that text as an assistant message.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/replace_in_history`
     */
    replaceInHistory(text) {
        this.action.push((0, runtime_js_1.helperAction)("replaceInHistory", checks_js_1.checkReplaceInHistoryAction, {}, [
            ["text", ["replace_in_history"], text, true, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Change AI settings for the following turns of the conversation.
     *
     * @param settings - AI settings to change for the following turns of the conversation.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/update_settings`
     */
    updateSettings(settings) {
        this.action.push((0, runtime_js_1.helperAction)("updateSettings", checks_js_1.checkSettingsAction, { settings: {} }, [
            ["settings", ["settings"], settings, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Put the caller on hold for a number of seconds (brought into 0 to 900, as the reference does).
     *
     * @param timeout - The duration to hold the caller in seconds. Can be a number or an object with timeout property.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/hold`
     */
    hold(timeout) {
        this.action.push((0, runtime_js_1.helperAction)("hold", checks_js_1.checkHoldAction, { hold: {} }, [["timeout", ["hold", "timeout"], (0, runtime_js_1.clamped)(timeout, 0, 900), 300, runtime_js_1.MISSING]], ["hold", "timeout"]));
        return this;
    }
    /**
     * Make the agent wait for the caller to speak: answer_first, else a timeout, else enabled, else wait.
     *
     * @param options.enabled - Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
     * @param options.timeout - Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
     * @param options.answerFirst - Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/wait_for_user`
     */
    waitForUser(options = {}) {
        this.action.push((0, runtime_js_1.helperAction)("waitForUser", checks_js_1.checkWaitForUserAction, { wait_for_user: true }, [
            ["enabled", ["wait_for_user"], options.enabled, null, null],
            ["timeout", ["wait_for_user"], options.timeout, null, null],
            [
                "answerFirst",
                ["wait_for_user"],
                (0, runtime_js_1.flagGives)("waitForUser", "answerFirst", options.answerFirst, "answer_first", "true or false"),
                false,
                false,
            ],
        ]));
        return this;
    }
    /**
     * Connect the call to a phone number or SIP address; with final, the agent's session ends and the call goes to the destination for good.
     *
     * @param destination - Destination to dial. Can be: - Phone number in E.164 format (e.g., "+15552345678") - SIP URI (e.g., "sip:alice\@example.com") - Resource Address (e.g., "/public/test_room") - Queue (e.g., "queue:support") - WebSocket stream (e.g., "stream:wss://example.com/audio")
     * @param final - When `true`, ends the AI session and hard-transfers the call to the sibling `SWML` payload. When omitted or `false`, the SWML executes inline and the AI session continues afterward.
     * @param fromAddr - The caller ID to use when dialing the number.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/connect`
     */
    connect(destination, final, fromAddr) {
        this.action.push((0, runtime_js_1.helperAction)("connect", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ connect: {} }] } } }, [
            [
                "destination",
                ["SWML", "sections", "main", 0, "connect", "to"],
                destination,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            ["final", ["transfer"], final, true, runtime_js_1.MISSING],
            ["fromAddr", ["SWML", "sections", "main", 0, "connect", "from"], fromAddr, null, null],
        ]));
        return this;
    }
    /**
     * Transfer the call to a SWML section, URL or document, with the text the agent says when the call comes back (set as ai_response before the transfer).
     *
     * @param dest - Specifies where to transfer to. The value can be one of: - <section_name> - section in the SWML document to jump to - A URL (http or https) - URL to fetch next document from. Sends HTTP POST. Authentication can also be set in the URL in the format of username:password\@url. - An inline SWML document (as a JSON string)
     * @param aiResponse - any JSON value
     * @param final - When `true`, ends the AI session and hard-transfers the call to the sibling `SWML` payload. When omitted or `false`, the SWML executes inline and the AI session continues afterward.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/swml_transfer`
     */
    swmlTransfer(dest, aiResponse, final) {
        this.action.push((0, runtime_js_1.helperAction)("swmlTransfer", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ set: {} }, { transfer: {} }] } } }, [
            ["dest", ["SWML", "sections", "main", 1, "transfer", "dest"], dest, runtime_js_1.MISSING, runtime_js_1.MISSING],
            [
                "aiResponse",
                ["SWML", "sections", "main", 0, "set", "ai_response"],
                aiResponse,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            ["final", ["transfer"], final, true, runtime_js_1.MISSING],
        ]));
        return this;
    }
    /**
     * Send an event to the client connected to the call.
     *
     * @param eventData - a JSON object
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/swml_user_event`
     */
    swmlUserEvent(eventData) {
        this.action.push((0, runtime_js_1.helperAction)("swmlUserEvent", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ user_event: {} }] } } }, [
            [
                "eventData",
                ["SWML", "sections", "main", 0, "user_event", "event"],
                eventData,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
        ]));
        return this;
    }
    /**
     * Send an SMS or MMS message (a body, media, or both).
     *
     * @param options.toNumber - Phone number to send SMS message to in E.164 format.
     * @param options.fromNumber - Phone number the SMS message will be sent from in E.164 format.
     * @param options.body - Required if `media` is not present. The body of the SMS message.
     * @param options.media - Required if `body` is not present. Array of media URLs to include in the message.
     * @param options.tags - Array of tags to associate with the message to facilitate log searches.
     * @param options.region - Region of the world to originate the message from. Chosen based on account preferences or device location if not specified.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/send_sms`
     */
    sendSms(options) {
        this.action.push((0, runtime_js_1.helperAction)("sendSms", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ send_sms: {} }] } } }, [
            [
                "toNumber",
                ["SWML", "sections", "main", 0, "send_sms", "to_number"],
                options.toNumber,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "fromNumber",
                ["SWML", "sections", "main", 0, "send_sms", "from_number"],
                options.fromNumber,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            ["body", ["SWML", "sections", "main", 0, "send_sms", "body"], options.body, null, null],
            [
                "media",
                ["SWML", "sections", "main", 0, "send_sms", "media"],
                options.media,
                null,
                null,
            ],
            ["tags", ["SWML", "sections", "main", 0, "send_sms", "tags"], options.tags, null, null],
            [
                "region",
                ["SWML", "sections", "main", 0, "send_sms", "region"],
                options.region,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Collect a card payment over the phone through a payment connector, with the text the agent is given about the outcome (set as ai_response before the payment).
     *
     * @param options.paymentConnectorUrl - The URL to make POST requests with all the gathered payment details. This URL is used to process the final payment transaction and return the results through the response. Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information.
     * @param options.inputMethod - The method of how to collect the payment details. Currently only `dtmf` mode is supported.
     * @param options.statusUrl - The URL to send requests for each status change during the payment process. Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information.
     * @param options.paymentMethod - Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported.
     * @param options.timeout - Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured.
     * @param options.maxAttempts - Number of times the `pay` method will retry to collect payment details.
     * @param options.securityCode - Takes true or false to let pay method know whether to prompt for security code.
     * @param options.postalCode - Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`.
     * @param options.minPostalCodeLength - The minimum length of the postal code the user must enter.
     * @param options.tokenType - Whether the payment is a one off payment or re-occurring. Allowed values: - `one-time` - `reusable`
     * @param options.chargeAmount - The amount to charge against payment method passed in the request. `Float` value with no currency prefix passed as string.
     * @param options.currency - Uses the ISO 4217 currency code of the charge amount.
     * @param options.language - Language to use for prompts being played to the caller by the `pay` method.
     * @param options.voice - Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information.
     * @param options.description - Custom description of the payment provided in the request.
     * @param options.validCardTypes - List of payment cards allowed to use in the requested payment process separated by space. Allowed values: - `visa` - `mastercard` - `amex` - `maestro` - `discover` - `jcb` - `diners-club`
     * @param options.parameters - Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs.
     * @param options.prompts - Array of prompt objects for customizing the audio prompts during different stages of the payment process.
     * @param options.aiResponse - any JSON value
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/pay`
     */
    pay(options) {
        this.action.push((0, runtime_js_1.helperAction)("pay", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ set: {} }, { pay: {} }] } } }, [
            [
                "paymentConnectorUrl",
                ["SWML", "sections", "main", 1, "pay", "payment_connector_url"],
                options.paymentConnectorUrl,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "inputMethod",
                ["SWML", "sections", "main", 1, "pay", "input"],
                options.inputMethod,
                "dtmf",
                "dtmf",
            ],
            [
                "statusUrl",
                ["SWML", "sections", "main", 1, "pay", "status_url"],
                options.statusUrl,
                null,
                null,
            ],
            [
                "paymentMethod",
                ["SWML", "sections", "main", 1, "pay", "payment_method"],
                options.paymentMethod,
                "credit-card",
                runtime_js_1.MISSING,
            ],
            ["timeout", ["SWML", "sections", "main", 1, "pay", "timeout"], options.timeout, 5, 5],
            [
                "maxAttempts",
                ["SWML", "sections", "main", 1, "pay", "max_attempts"],
                options.maxAttempts,
                1,
                1,
            ],
            [
                "securityCode",
                ["SWML", "sections", "main", 1, "pay", "security_code"],
                options.securityCode,
                true,
                true,
            ],
            [
                "postalCode",
                ["SWML", "sections", "main", 1, "pay", "postal_code"],
                options.postalCode,
                true,
                true,
            ],
            [
                "minPostalCodeLength",
                ["SWML", "sections", "main", 1, "pay", "min_postal_code_length"],
                options.minPostalCodeLength,
                0,
                0,
            ],
            [
                "tokenType",
                ["SWML", "sections", "main", 1, "pay", "token_type"],
                options.tokenType,
                "reusable",
                "reusable",
            ],
            [
                "chargeAmount",
                ["SWML", "sections", "main", 1, "pay", "charge_amount"],
                options.chargeAmount,
                null,
                null,
            ],
            [
                "currency",
                ["SWML", "sections", "main", 1, "pay", "currency"],
                options.currency,
                "usd",
                "usd",
            ],
            [
                "language",
                ["SWML", "sections", "main", 1, "pay", "language"],
                options.language,
                "en-US",
                "en-US",
            ],
            [
                "voice",
                ["SWML", "sections", "main", 1, "pay", "voice"],
                options.voice,
                "woman",
                "woman",
            ],
            [
                "description",
                ["SWML", "sections", "main", 1, "pay", "description"],
                options.description,
                null,
                null,
            ],
            [
                "validCardTypes",
                ["SWML", "sections", "main", 1, "pay", "valid_card_types"],
                options.validCardTypes,
                "visa mastercard amex",
                "visa mastercard amex",
            ],
            [
                "parameters",
                ["SWML", "sections", "main", 1, "pay", "parameters"],
                options.parameters,
                null,
                null,
            ],
            [
                "prompts",
                ["SWML", "sections", "main", 1, "pay", "prompts"],
                options.prompts,
                null,
                null,
            ],
            [
                "aiResponse",
                ["SWML", "sections", "main", 0, "set", "ai_response"],
                options.aiResponse,
                "The payment status is ${pay_result}, do not mention anything else about collecting payment if successful.",
                runtime_js_1.MISSING,
            ],
        ]));
        return this;
    }
    /**
     * Start recording the call in the background.
     *
     * @param options.controlId - Identifier for this recording, to use with `stop_call_record`.
     * @param options.stereo - If `true`, record in stereo. Default is `false`.
     * @param options.format - The format to record in. It can be `wav`, `mp3`, or `mp4`. Default is `"wav"`.
     * @param options.direction - Direction of the audio to record: "speak" for what party says, "listen" for what party hears, "both" for what the party hears and says. Default is `"both"`.
     * @param options.terminators - String of digits that will stop the recording when pressed. Default is `""` (empty).
     * @param options.beep - Play a beep before recording. Default is `false`.
     * @param options.inputSensitivity - How sensitive the recording voice activity detector is to background noise. A larger value is more sensitive. Allowed values from 0.0 to 100.0. Default is `44.0`.
     * @param options.initialTimeout - Time in seconds to wait for the start of speech. Default is `0.0` seconds.
     * @param options.endSilenceTimeout - Time in seconds to wait in silence before ending the recording. Default is `0.0` seconds.
     * @param options.maxLength - Maximum length of the recording in seconds.
     * @param options.statusUrl - http or https URL to deliver record_call status events
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/record_call`
     */
    recordCall(options = {}) {
        this.action.push((0, runtime_js_1.helperAction)("recordCall", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ record_call: {} }] } } }, [
            [
                "controlId",
                ["SWML", "sections", "main", 0, "record_call", "control_id"],
                options.controlId,
                null,
                null,
            ],
            [
                "stereo",
                ["SWML", "sections", "main", 0, "record_call", "stereo"],
                options.stereo,
                false,
                false,
            ],
            [
                "format",
                ["SWML", "sections", "main", 0, "record_call", "format"],
                options.format,
                "wav",
                "wav",
            ],
            [
                "direction",
                ["SWML", "sections", "main", 0, "record_call", "direction"],
                options.direction,
                "both",
                "both",
            ],
            [
                "terminators",
                ["SWML", "sections", "main", 0, "record_call", "terminators"],
                options.terminators,
                null,
                null,
            ],
            [
                "beep",
                ["SWML", "sections", "main", 0, "record_call", "beep"],
                options.beep,
                false,
                false,
            ],
            [
                "inputSensitivity",
                ["SWML", "sections", "main", 0, "record_call", "input_sensitivity"],
                options.inputSensitivity,
                44.0,
                44.0,
            ],
            [
                "initialTimeout",
                ["SWML", "sections", "main", 0, "record_call", "initial_timeout"],
                options.initialTimeout,
                null,
                null,
            ],
            [
                "endSilenceTimeout",
                ["SWML", "sections", "main", 0, "record_call", "end_silence_timeout"],
                options.endSilenceTimeout,
                null,
                null,
            ],
            [
                "maxLength",
                ["SWML", "sections", "main", 0, "record_call", "max_length"],
                options.maxLength,
                null,
                null,
            ],
            [
                "statusUrl",
                ["SWML", "sections", "main", 0, "record_call", "status_url"],
                options.statusUrl,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Stop a background recording (the most recent one without a control_id).
     *
     * @param controlId - Identifier for the recording to stop. If not set, the last recording started will be stopped.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/stop_record_call`
     */
    stopRecordCall(controlId) {
        this.action.push((0, runtime_js_1.helperAction)("stopRecordCall", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ stop_record_call: {} }] } } }, [
            [
                "controlId",
                ["SWML", "sections", "main", 0, "stop_record_call", "control_id"],
                controlId,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Join a video room (created if it does not exist).
     *
     * @param name - Name of the room to join. Allowed characters: A-Z, a-z, 0-9, underscore, and hyphen.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/join_room`
     */
    joinRoom(name) {
        this.action.push((0, runtime_js_1.helperAction)("joinRoom", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ join_room: {} }] } } }, [["name", ["SWML", "sections", "main", 0, "join_room", "name"], name, runtime_js_1.MISSING, runtime_js_1.MISSING]]));
        return this;
    }
    /**
     * Send a SIP REFER to transfer a SIP call.
     *
     * @param toUri - The SIP URI to send the REFER to.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/sip_refer`
     */
    sipRefer(toUri) {
        this.action.push((0, runtime_js_1.helperAction)("sipRefer", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ sip_refer: {} }] } } }, [
            [
                "toUri",
                ["SWML", "sections", "main", 0, "sip_refer", "to_uri"],
                toUri,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
        ]));
        return this;
    }
    /**
     * Stream the call's audio to an RTP or WebSocket destination.
     *
     * @param options.uri - Destination of the tap media stream: rtp://IP:port, ws://example.com, or wss://example.com.
     * @param options.controlId - Identifier for this tap to use with `stop_tap`.
     * @param options.direction - Direction of the audio to tap: `speak` for what party says, `listen` for what party hears, `both` for what party hears and says. Default is `"speak"`.
     * @param options.codec - Codec to use for the tap media stream. Possible Values: [`PCMU`, `PCMA`] Default is `"PCMU"`.
     * @param options.rtpPtime - If `uri` is a `rtp://` this will set the packetization time of the media in milliseconds. Default is `20` milliseconds.
     * @param options.statusUrl - http or https URL to deliver tap status events
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/tap`
     */
    tap(options) {
        this.action.push((0, runtime_js_1.helperAction)("tap", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ tap: {} }] } } }, [
            ["uri", ["SWML", "sections", "main", 0, "tap", "uri"], options.uri, runtime_js_1.MISSING, runtime_js_1.MISSING],
            [
                "controlId",
                ["SWML", "sections", "main", 0, "tap", "control_id"],
                options.controlId,
                null,
                null,
            ],
            [
                "direction",
                ["SWML", "sections", "main", 0, "tap", "direction"],
                options.direction,
                "both",
                runtime_js_1.MISSING,
            ],
            ["codec", ["SWML", "sections", "main", 0, "tap", "codec"], options.codec, "PCMU", "PCMU"],
            [
                "rtpPtime",
                ["SWML", "sections", "main", 0, "tap", "rtp_ptime"],
                options.rtpPtime,
                20,
                20,
            ],
            [
                "statusUrl",
                ["SWML", "sections", "main", 0, "tap", "status_url"],
                options.statusUrl,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Stop a tap stream (the most recent one without a control_id).
     *
     * @param controlId - ID of the tap to stop. If not set, it will shut off the most recent tap session.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/stop_tap`
     */
    stopTap(controlId) {
        this.action.push((0, runtime_js_1.helperAction)("stopTap", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ stop_tap: {} }] } } }, [
            [
                "controlId",
                ["SWML", "sections", "main", 0, "stop_tap", "control_id"],
                controlId,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Run an RPC command on a call.
     *
     * @param options.method - The RPC method, such as `dial`, `ai_message` or `ai_unhold`.
     * @param options.params - The method's parameters.
     * @param options.callId - The call the command is for.
     * @param options.nodeId - The node the call is on.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/execute_rpc`
     */
    executeRpc(options) {
        this.action.push((0, runtime_js_1.helperAction)("executeRpc", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ execute_rpc: {} }] } } }, [
            [
                "method",
                ["SWML", "sections", "main", 0, "execute_rpc", "method"],
                options.method,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "params",
                ["SWML", "sections", "main", 0, "execute_rpc", "params"],
                options.params,
                null,
                null,
            ],
            [
                "callId",
                ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
                options.callId,
                null,
                null,
            ],
            [
                "nodeId",
                ["SWML", "sections", "main", 0, "execute_rpc", "node_id"],
                options.nodeId,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Dial out to a phone number and run a SWML document on the new call.
     *
     * @param toNumber - any JSON value
     * @param fromNumber - any JSON value
     * @param destSwml - any JSON value
     * @param deviceType - any JSON value
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/rpc_dial`
     */
    rpcDial(toNumber, fromNumber, destSwml, deviceType) {
        this.action.push((0, runtime_js_1.helperAction)("rpcDial", checks_js_1.checkSWMLAction, { SWML: { version: "1.0.0", sections: { main: [{ execute_rpc: { method: "dial" } }] } } }, [
            [
                "toNumber",
                [
                    "SWML",
                    "sections",
                    "main",
                    0,
                    "execute_rpc",
                    "params",
                    "devices",
                    "params",
                    "to_number",
                ],
                toNumber,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "fromNumber",
                [
                    "SWML",
                    "sections",
                    "main",
                    0,
                    "execute_rpc",
                    "params",
                    "devices",
                    "params",
                    "from_number",
                ],
                fromNumber,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "destSwml",
                ["SWML", "sections", "main", 0, "execute_rpc", "params", "dest_swml"],
                destSwml,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "deviceType",
                ["SWML", "sections", "main", 0, "execute_rpc", "params", "devices", "type"],
                deviceType,
                "phone",
                runtime_js_1.MISSING,
            ],
        ]));
        return this;
    }
    /**
     * Send a message to the agent of another call.
     *
     * @param callId - The call the command is for.
     * @param messageText - any JSON value
     * @param role - any JSON value
     * @param globalData - any JSON value
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/rpc_ai_message`
     */
    rpcAiMessage(callId, messageText, role, globalData) {
        this.action.push((0, runtime_js_1.helperAction)("rpcAiMessage", checks_js_1.checkSWMLAction, {
            SWML: {
                version: "1.0.0",
                sections: { main: [{ execute_rpc: { method: "ai_message" } }] },
            },
        }, [
            [
                "callId",
                ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
                callId,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "messageText",
                ["SWML", "sections", "main", 0, "execute_rpc", "params", "message_text"],
                messageText,
                null,
                null,
            ],
            [
                "role",
                ["SWML", "sections", "main", 0, "execute_rpc", "params", "role"],
                role,
                "system",
                runtime_js_1.MISSING,
            ],
            [
                "globalData",
                ["SWML", "sections", "main", 0, "execute_rpc", "params", "global_data"],
                globalData,
                null,
                null,
            ],
        ]));
        return this;
    }
    /**
     * Set keys of the global data of another call's agent.
     *
     * @param callId - The call the command is for.
     * @param data - any JSON value
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/rpc_ai_global_data`
     */
    rpcAiGlobalData(callId, data) {
        this.action.push((0, runtime_js_1.helperAction)("rpcAiGlobalData", checks_js_1.checkSWMLAction, {
            SWML: {
                version: "1.0.0",
                sections: { main: [{ execute_rpc: { method: "ai_message" } }] },
            },
        }, [
            [
                "callId",
                ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
                callId,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
            [
                "data",
                ["SWML", "sections", "main", 0, "execute_rpc", "params", "global_data"],
                data,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
        ]));
        return this;
    }
    /**
     * Take another call's agent off hold.
     *
     * @param callId - The call the command is for.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/rpc_ai_unhold`
     */
    rpcAiUnhold(callId) {
        this.action.push((0, runtime_js_1.helperAction)("rpcAiUnhold", checks_js_1.checkSWMLAction, {
            SWML: {
                version: "1.0.0",
                sections: { main: [{ execute_rpc: { method: "ai_unhold" } }] },
            },
        }, [
            [
                "callId",
                ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
                callId,
                runtime_js_1.MISSING,
                runtime_js_1.MISSING,
            ],
        ]));
        return this;
    }
    /**
     * A prompt of the pay verb for one payment step (pay's prompts).
     *
     * @param forSituation - The payment step this prompt is for. See Payment Steps for a list of available steps. - `payment-card-number`: Collect the payment card number. - `expiration-date`: Collect the payment card expiration date. - `security-code`: Collect the payment card security code. - `postal-code`: Collect the payment card postal code. - `payment-processing`: The step used during the payment processing. - `payment-completed`: The step used when the payment is completed. - `payment-failed`: The step used when the payment fails. - `payment-cancelled`: The step used when the payment is cancelled.
     * @param actions - Array of action objects to execute for this prompt. These actions can either play an audio file or speak a phrase.
     * @param cardType - Space-seperated list of card types that are allowed to be used for this prompt. Supported card types: - `visa` - `mastercard` - `amex` - `maestro` - `discover` - `optima` - `jcb` - `diners-club`
     * @param errorType - Space-separated list of error types this prompt applies to. Available error types: - `timeout` - User input timeout - `invalid-card-number` - Failed card validation - `invalid-card-type` - Unsupported card type - `invalid-date` - Invalid expiration date - `invalid-security-code` - Invalid CVV format - `invalid-postal-code` - Invalid postal code format - `invalid-bank-routing-number` - Invalid bank routing number - `invalid-bank-account-number` - Invalid bank account number - `input-matching-failed` - Input matching failed - `session-in-progress` - Concurrent session attempt - `card-declined` - Payment declined
     * @returns The object, checked as a PayPrompts.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows.
     * @see Spec: `#/$defs/Output/x-helpers/create_payment_prompt`
     */
    static createPaymentPrompt(forSituation, actions, cardType, errorType) {
        return (0, runtime_js_1.helperValue)("createPaymentPrompt", [checks_js_1.checkPayPrompts], [
            ["forSituation", ["for"], forSituation, runtime_js_1.MISSING, runtime_js_1.MISSING],
            ["actions", ["actions"], actions, runtime_js_1.MISSING, runtime_js_1.MISSING],
            ["cardType", ["card_type"], cardType, null, null],
            ["errorType", ["error_type"], errorType, null, null],
        ]);
    }
    /**
     * One action of a pay prompt, a phrase to say or an audio URL to play.
     *
     * @param actionType - When the action `type` is `Say`, this value is the text to be spoken; when the type is `Play`, it should be a URL to the audio file.
     * @param phrase - The phrase to speak
     * @returns The object, checked as a PayPromptSayAction or PayPromptPlayAction.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows.
     * @see Spec: `#/$defs/Output/x-helpers/create_payment_action`
     */
    static createPaymentAction(actionType, phrase) {
        return (0, runtime_js_1.helperValue)("createPaymentAction", [checks_js_1.checkPayPromptSayAction, checks_js_1.checkPayPromptPlayAction], [
            ["actionType", ["type"], actionType, runtime_js_1.MISSING, runtime_js_1.MISSING],
            ["phrase", ["phrase"], phrase, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]);
    }
    /**
     * A custom parameter sent to the payment connector (pay's parameters).
     *
     * @param name - The identifier for your custom parameter. This will be the key in the parameters object.
     * @param value - The value associated with the parameter. This will be the value in the parameters object.
     * @returns The object, checked as a PayParameters.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows.
     * @see Spec: `#/$defs/Output/x-helpers/create_payment_parameter`
     */
    static createPaymentParameter(name, value) {
        return (0, runtime_js_1.helperValue)("createPaymentParameter", [checks_js_1.checkPayParameters], [
            ["name", ["name"], name, runtime_js_1.MISSING, runtime_js_1.MISSING],
            ["value", ["value"], value, runtime_js_1.MISSING, runtime_js_1.MISSING],
        ]);
    }
}
exports.FunctionResult = FunctionResult;
