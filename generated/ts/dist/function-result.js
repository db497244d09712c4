// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:618d5ad0d5ed8e61
/**
 * `FunctionResult`: a SWAIG function's result, with the SWAIG-action chaining methods.
 *
 * Each action method checks every value against the spec before anything is recorded, leaves
 * out the options given at their defaults, and emits the short form when only the required
 * value is left, as the reference SDK does.
 */
import { checkChangeContextAction, checkChangeStepAction, checkContextSwitchAction, checkHangupAction, checkJoinConference, checkPlaybackBGAction, checkSayAction, checkSetGlobalDataAction, checkSetMetaDataAction, checkStopAction, checkStopPlaybackBGAction, checkToggleFunctionsAction, checkUnsetGlobalDataAction, checkUnsetMetaDataAction, checkUserInputAction, } from "./checks.js";
import { InvalidArgumentError, MISSING, actionArgument, helperAction, isPlainObject, options, setKey, } from "./runtime.js";
const ACTION_JOIN_CONFERENCE = options(null, [
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
export class FunctionResult {
    /** The text (or object) given back to the AI. */
    response;
    /** The actions, in order. */
    action = [];
    /** Whether the AI takes one more turn before the actions run. */
    postProcess;
    constructor(response, postProcess = false) {
        this.response = response ?? "";
        this.postProcess = postProcess;
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
        setKey(action, name, data);
        this.action.push(action);
        return this;
    }
    /** Append several actions, each a `{name: data}` object. */
    addActions(actions) {
        this.action.push(...actions);
        return this;
    }
    /**
     * Append a SWML document as an action: JSON text, an object, or anything with `toDict()` (a
     * {@link SWML} document).
     *
     * Text that is not JSON is kept as `{"raw_swml": text}`; `transfer` adds `"transfer": "true"`
     * beside the document so the call leaves the agent.
     */
    executeSwml(swml, transfer = false) {
        let document;
        if (typeof swml === "string") {
            try {
                document = JSON.parse(swml);
            }
            catch {
                document = { raw_swml: swml };
            }
        }
        else if (typeof swml === "object" && swml !== null && typeof swml.toDict === "function") {
            document = swml.toDict();
        }
        else if (isPlainObject(swml)) {
            document = { ...swml };
        }
        else {
            throw new TypeError(`swml must be JSON text, an object or have toDict(), got ${typeof swml}`);
        }
        const action = { SWML: document };
        if (transfer) {
            action["transfer"] = "true";
        }
        this.action.push(action);
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
        setKey(entry, verb, argument);
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
        const payload = actionArgument("joinConference", [["name", "name", name, "a non-blank string"]], options, ACTION_JOIN_CONFERENCE, checkJoinConference, "name");
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
        this.action.push(helperAction("say", "say", checkSayAction, [["text", "", text, MISSING]]));
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
        this.action.push(helperAction("hangup", "hangup", checkHangupAction, [], true));
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
        this.action.push(helperAction("stop", "stop", checkStopAction, [], true));
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
        this.action.push(helperAction("swmlChangeContext", "change_context", checkChangeContextAction, [
            ["contextName", "", contextName, MISSING],
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
        this.action.push(helperAction("swmlChangeStep", "change_step", checkChangeStepAction, [
            ["stepName", "", stepName, MISSING],
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
        this.action.push(helperAction("simulateUserInput", "user_input", checkUserInputAction, [
            ["text", "", text, MISSING],
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
        this.action.push(helperAction("updateGlobalData", "set_global_data", checkSetGlobalDataAction, [
            ["data", "", data, MISSING],
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
        this.action.push(helperAction("setMetadata", "set_meta_data", checkSetMetaDataAction, [
            ["data", "", data, MISSING],
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
        this.action.push(helperAction("removeGlobalData", "unset_global_data", checkUnsetGlobalDataAction, [
            ["keys", "", keys, MISSING],
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
        this.action.push(helperAction("removeMetadata", "unset_meta_data", checkUnsetMetaDataAction, [
            ["keys", "", keys, MISSING],
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
        this.action.push(helperAction("toggleFunctions", "toggle_functions", checkToggleFunctionsAction, [
            ["toggles", "", toggles, MISSING],
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
        this.action.push(helperAction("playBackgroundFile", "playback_bg", checkPlaybackBGAction, [
            ["filename", "file", filename, MISSING],
            ["wait", "wait", wait, false],
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
        this.action.push(helperAction("stopBackgroundFile", "stop_playback_bg", checkStopPlaybackBGAction, [], true));
        return this;
    }
    /**
     * Change the agent's instructions mid-call: a new system prompt, a user message, and whether the conversation so far is summarised.
     *
     * @param options.systemPrompt - The instructions to send to the agent. Default is not set.
     * @param options.userPrompt - A string serving as simulated user input for the AI Agent. During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance. Default is not set
     * @param options.consolidate - Whether to consolidate the context. Default is `false`.
     * @returns This result, for chaining.
     * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
     * @see Spec: `#/$defs/Output/x-helpers/switch_context`
     */
    switchContext(options = {}) {
        this.action.push(helperAction("switchContext", "context_switch", checkContextSwitchAction, [
            ["systemPrompt", "system_prompt", options.systemPrompt, null],
            ["userPrompt", "user_prompt", options.userPrompt, null],
            ["consolidate", "consolidate", options.consolidate, false],
        ]));
        return this;
    }
}
