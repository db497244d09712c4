// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:618d5ad0d5ed8e61

/**
 * `FunctionResult`: a SWAIG function's result, with the SWAIG-action chaining methods.
 *
 * Each action method checks every value against the spec before anything is recorded, leaves
 * out the options given at their defaults, and emits the short form when only the required
 * value is left, as the reference SDK does.
 */

import {
  checkChangeContextAction,
  checkChangeStepAction,
  checkContextSwitchAction,
  checkHangupAction,
  checkJoinConference,
  checkPlaybackBGAction,
  checkSayAction,
  checkSetGlobalDataAction,
  checkSetMetaDataAction,
  checkStopAction,
  checkStopPlaybackBGAction,
  checkToggleFunctionsAction,
  checkUnsetGlobalDataAction,
  checkUnsetMetaDataAction,
  checkUserInputAction,
} from "./checks.js";
import type {
  Beep,
  CallbackEventType,
  HttpMethod,
  Record,
  RecordingStatusCallbackEvent,
  Region,
  StatusCallbackEvent,
  Trim,
} from "./enums.js";
import type {
  CondElse,
  CondReg,
  JoinConferenceStream,
  Switch,
  ToggleFunctionsItem,
  UnsetGlobalData,
  UnsetMetaData,
} from "./models.js";
import {
  InvalidArgumentError,
  MISSING,
  actionArgument,
  helperAction,
  isPlainObject,
  options,
  setKey,
} from "./runtime.js";
import type { Joined, JsonObject, JsonValue, Options, SwmlVariable } from "./runtime.js";

/** The SWAIG response: `response` and/or `action`, and `post_process` when it matters. */
export interface SwaigResponse {
  response?: string | JsonObject;
  action?: JsonObject[];
  post_process?: true;
}

/** Options of the `JoinConference` object, by their camelCase names. */
export interface JoinConferenceActionOptions {
  /**
   * Whether to join the conference in a muted state. If set to `true`, the participant will be muted upon joining. Default `false`.
   *
   * @defaultValue `false`
   */
  muted?: boolean | SwmlVariable;
  /**
   * Sets the behavior of the beep sound when joining or leaving the conference. Default `"true"`.
   *
   * - `"true"` - beep on both enter and exit
   * - `"false"` - no beep
   * - `"onEnter"` - beep only when a participant joins
   * - `"onExit"` - beep only when a participant leaves
   *
   * @defaultValue `"true"`
   */
  beep?: Beep;
  /**
   * Starts the conference when the main participant joins. This means the start action will not wait on more participants to join before starting. Default `true`.
   *
   * @defaultValue `true`
   */
  startOnEnter?: boolean | SwmlVariable;
  /**
   * Ends the conference when the main participant leaves. This means the end action will not wait on more participants to leave before ending. Default `false`.
   *
   * @defaultValue `false`
   */
  endOnExit?: boolean | SwmlVariable;
  /**
   * A URL that will play media when the conference is put on hold. Default hold music will be played if not set
   */
  waitUrl?: string | SwmlVariable;
  /**
   * The maximum number of participants allowed in the conference. If the limit is reached, new participants will not be able to join. Default `100000`.
   */
  maxParticipants?: number | SwmlVariable;
  /**
   * Enables or disables recording of the conference. Default `"do-not-record"`.
   *
   * - `"do-not-record"` - do not record the conference
   * - `"record-from-start"` - begin recording as soon as the conference starts
   *
   * @defaultValue `"do-not-record"`
   */
  record?: Record;
  /** Specifies the geographical region where the conference will be hosted. Default not set */
  region?: Region;
  /**
   * If set to `trim-silence`, it will remove silence from the start of the recording. If set to `do-not-trim`, it will keep the silence. Default `"trim-silence"`.
   *
   * - `"trim-silence"` - remove leading and trailing silence from the recording
   * - `"do-not-trim"` - keep silence in the recording as-is
   *
   * @defaultValue `"trim-silence"`
   */
  trim?: Trim;
  /**
   * Coach accepts a call SID of a call that is currently connected to an in-progress conference.
   * Specifying a call SID that does not exist or is no longer connected will result in a failure.
   */
  coach?: string;
  /**
   * Space-separated list of one or more events to send to the status callback URL.
   * Possible values: `start`, `end`, `join`, `leave`, `mute`, `hold`, `modify`, `speaker`, `announcement`. Default not set
   *
   * - `"start"` - conference has started
   * - `"end"` - conference has ended
   * - `"join"` - a participant joined
   * - `"leave"` - a participant left
   * - `"mute"` - a participant was muted or unmuted
   * - `"hold"` - a participant was placed on hold or resumed
   * - `"modify"` - conference settings were modified
   * - `"speaker"` - active speaker changed
   * - `"announcement"` - an announcement was played
   */
  statusCallbackEvent?: Joined<StatusCallbackEvent>;
  /**
   * The content type used when sending status events to the status callback URL. Default not set
   */
  statusCallbackEventType?: CallbackEventType;
  /**
   * The URL to which status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set
   */
  statusCallback?: string;
  /**
   * The HTTP method to use when sending status events to the status callback URL. Default `"POST"`.
   *
   * - `"GET"` - send status callbacks as GET requests
   * - `"POST"` - send status callbacks as POST requests
   *
   * @defaultValue `"POST"`
   */
  statusCallbackMethod?: HttpMethod;
  /**
   * The URL to which recording status events will be sent. This URL must be publicly accessible and able to handle HTTP requests. Default not set
   */
  recordingStatusCallback?: string;
  /**
   * The HTTP method to use when sending recording status events to the recording status callback URL. Default `"POST"`.
   *
   * - `"GET"` - send recording status callbacks as GET requests
   * - `"POST"` - send recording status callbacks as POST requests
   *
   * @defaultValue `"POST"`
   */
  recordingStatusCallbackMethod?: HttpMethod;
  /**
   * Space-separated list of one or more events to send to the recording status callback URL.
   * Possible values: `in-progress`, `completed`, `absent`. Default not set
   *
   * - `"in-progress"` - recording is currently in progress
   * - `"completed"` - recording has completed
   * - `"absent"` - no recording was produced
   *
   * @defaultValue `"completed"`
   */
  recordingStatusCallbackEvent?: Joined<RecordingStatusCallbackEvent>;
  /**
   * The content type used when sending recording status events to the recording status callback URL. Default not set
   */
  recordingStatusCallbackEventType?: CallbackEventType;
  /**
   * Allows the user to specify a custom action to be executed when the conference result is returned (typically when it has ended).
   * The actions can a `switch` object or a `cond` array.
   * The `switch` object allows for conditional execution based on the result of the conference, while
   * the `cond` array allows for multiple conditions to be checked in sequence.
   * If neither is provided, the default action will be to end the conference.
   */
  result?: Switch | (CondReg | CondElse)[];
  /**
   * Attach a bidirectional WebSocket stream to the conference. Conference audio is streamed to
   * the `url`, enabling real-time audio processing, transcription, or AI agents that listen to
   * the conference. Uses the same stream schema as the `stream` device type in `connect`.
   */
  stream?: JoinConferenceStream;
}

const ACTION_JOIN_CONFERENCE: Options = options(null, [
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
  response: string | JsonObject;
  /** The actions, in order. */
  readonly action: JsonObject[] = [];
  /** Whether the AI takes one more turn before the actions run. */
  postProcess: boolean;

  constructor(response?: string | JsonObject | null, postProcess = false) {
    this.response = response ?? "";
    this.postProcess = postProcess;
  }

  /** Set the text given back to the AI. */
  setResponse(response: string): this {
    this.response = response;
    return this;
  }

  /** `true` lets the AI take one more turn before the actions run. */
  setPostProcess(postProcess: boolean): this {
    this.postProcess = postProcess;
    return this;
  }

  /** Append the action `{name: data}`. */
  addAction(name: string, data: JsonValue): this {
    const action: JsonObject = {};
    setKey(action, name, data);
    this.action.push(action);
    return this;
  }

  /** Append several actions, each a `{name: data}` object. */
  addActions(actions: readonly JsonObject[]): this {
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
  executeSwml(swml: string | JsonObject | { toDict(): unknown }, transfer = false): this {
    let document: JsonValue;
    if (typeof swml === "string") {
      try {
        document = JSON.parse(swml) as JsonValue;
      } catch {
        document = { raw_swml: swml };
      }
    } else if (typeof swml === "object" && swml !== null && typeof swml.toDict === "function") {
      document = swml.toDict() as JsonValue;
    } else if (isPlainObject(swml)) {
      document = { ...(swml as JsonObject) };
    } else {
      throw new TypeError(`swml must be JSON text, an object or have toDict(), got ${typeof swml}`);
    }
    const action: JsonObject = { SWML: document };
    if (transfer) {
      action["transfer"] = "true";
    }
    this.action.push(action);
    return this;
  }

  /** The SWAIG response: `response` and/or `action`, and `post_process` when it matters. */
  toDict(): SwaigResponse {
    const result: SwaigResponse = {};
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
  toJSON(): SwaigResponse {
    return this.toDict();
  }

  #swml(verb: string, argument: JsonValue): this {
    const entry: JsonObject = {};
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
  joinConference(name: string, options?: JoinConferenceActionOptions): this {
    const payload = actionArgument(
      "joinConference",
      [["name", "name", name, "a non-blank string"]],
      options,
      ACTION_JOIN_CONFERENCE,
      checkJoinConference,
      "name",
    );
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
  say(text: string): this {
    this.action.push(
      helperAction("say", "say", checkSayAction, [["text", "", text, MISSING]]) as JsonObject,
    );
    return this;
  }

  /**
   * Hang up the call once the agent has finished speaking.
   *
   * @returns This result, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
   * @see Spec: `#/$defs/Output/x-helpers/hangup`
   */
  hangup(): this {
    this.action.push(helperAction("hangup", "hangup", checkHangupAction, [], true) as JsonObject);
    return this;
  }

  /**
   * Stop the agent's conversation.
   *
   * @returns This result, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
   * @see Spec: `#/$defs/Output/x-helpers/stop`
   */
  stop(): this {
    this.action.push(helperAction("stop", "stop", checkStopAction, [], true) as JsonObject);
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
  swmlChangeContext(contextName: string): this {
    this.action.push(
      helperAction("swmlChangeContext", "change_context", checkChangeContextAction, [
        ["contextName", "", contextName, MISSING],
      ]) as JsonObject,
    );
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
  swmlChangeStep(stepName: string): this {
    this.action.push(
      helperAction("swmlChangeStep", "change_step", checkChangeStepAction, [
        ["stepName", "", stepName, MISSING],
      ]) as JsonObject,
    );
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
  simulateUserInput(text: string): this {
    this.action.push(
      helperAction("simulateUserInput", "user_input", checkUserInputAction, [
        ["text", "", text, MISSING],
      ]) as JsonObject,
    );
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
  updateGlobalData(data: { [key: string]: JsonValue }): this {
    this.action.push(
      helperAction("updateGlobalData", "set_global_data", checkSetGlobalDataAction, [
        ["data", "", data, MISSING],
      ]) as JsonObject,
    );
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
  setMetadata(data: { [key: string]: JsonValue }): this {
    this.action.push(
      helperAction("setMetadata", "set_meta_data", checkSetMetaDataAction, [
        ["data", "", data, MISSING],
      ]) as JsonObject,
    );
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
  removeGlobalData(keys: string | UnsetGlobalData): this {
    this.action.push(
      helperAction("removeGlobalData", "unset_global_data", checkUnsetGlobalDataAction, [
        ["keys", "", keys, MISSING],
      ]) as JsonObject,
    );
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
  removeMetadata(keys: string | UnsetMetaData): this {
    this.action.push(
      helperAction("removeMetadata", "unset_meta_data", checkUnsetMetaDataAction, [
        ["keys", "", keys, MISSING],
      ]) as JsonObject,
    );
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
  toggleFunctions(toggles: ToggleFunctionsItem[]): this {
    this.action.push(
      helperAction("toggleFunctions", "toggle_functions", checkToggleFunctionsAction, [
        ["toggles", "", toggles, MISSING],
      ]) as JsonObject,
    );
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
  playBackgroundFile(filename: string, wait?: boolean | SwmlVariable): this {
    this.action.push(
      helperAction("playBackgroundFile", "playback_bg", checkPlaybackBGAction, [
        ["filename", "file", filename, MISSING],
        ["wait", "wait", wait, false],
      ]) as JsonObject,
    );
    return this;
  }

  /**
   * Stop the background audio file.
   *
   * @returns This result, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
   * @see Spec: `#/$defs/Output/x-helpers/stop_background_file`
   */
  stopBackgroundFile(): this {
    this.action.push(
      helperAction(
        "stopBackgroundFile",
        "stop_playback_bg",
        checkStopPlaybackBGAction,
        [],
        true,
      ) as JsonObject,
    );
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
  switchContext(
    options: {
      systemPrompt?: string;
      userPrompt?: string;
      consolidate?: boolean | SwmlVariable;
    } = {},
  ): this {
    this.action.push(
      helperAction("switchContext", "context_switch", checkContextSwitchAction, [
        ["systemPrompt", "system_prompt", options.systemPrompt, null],
        ["userPrompt", "user_prompt", options.userPrompt, null],
        ["consolidate", "consolidate", options.consolidate, false],
      ]) as JsonObject,
    );
    return this;
  }
}
