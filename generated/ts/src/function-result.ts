// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1

/**
 * `FunctionResult`: a SWAIG function's result, with the SWAIG-action chaining methods.
 *
 * Each action method checks every value against the spec before anything is recorded, leaves
 * out the options given at their defaults, and emits the short form when only the required
 * value is left, as the reference SDK does.
 */

import {
  checkAddDynamicHintsAction,
  checkChangeContextAction,
  checkChangeStepAction,
  checkChangeVoiceAction,
  checkClearDynamicHintsAction,
  checkContextSwitchAction,
  checkEndOfSpeechTimeoutAction,
  checkExtensiveDataAction,
  checkFunctionsOnSpeakerTimeoutAction,
  checkHangupAction,
  checkHoldAction,
  checkJoinConference,
  checkPayParameters,
  checkPayPromptPlayAction,
  checkPayPromptSayAction,
  checkPayPrompts,
  checkPlaybackBGAction,
  checkReplaceInHistoryAction,
  checkSWMLAction,
  checkSayAction,
  checkSetGlobalDataAction,
  checkSetMetaDataAction,
  checkSettingsAction,
  checkSpeechEventTimeoutAction,
  checkStopAction,
  checkStopPlaybackBGAction,
  checkToggleFunctionsAction,
  checkUnsetGlobalDataAction,
  checkUnsetMetaDataAction,
  checkUserInputAction,
  checkWaitForUserAction,
} from "./checks.js";
import type {
  Beep,
  CallbackEventType,
  Codec,
  Format,
  HttpMethod,
  Record,
  RecordCallDirection,
  RecordingStatusCallbackEvent,
  Region,
  StatusCallbackEvent,
  TapDirection,
  TokenType,
  Trim,
} from "./enums.js";
import type {
  CondElse,
  CondReg,
  DynamicHint,
  JoinConferenceStream,
  PayParameters,
  PayPromptPlayAction,
  PayPromptSayAction,
  PayPrompts,
  Settings,
  Switch,
  ToggleFunctionsItem,
  UnsetGlobalData,
  UnsetMetaData,
} from "./models.js";
import {
  Invalid,
  InvalidArgumentError,
  MISSING,
  actionArgument,
  clamped,
  flagGives,
  helperAction,
  helperValue,
  isPlainObject,
  options,
  setKey,
  swmlDocument,
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

  /**
   * `toolResult` or `toolPrompt` make the response an object of the two (as `setToolResponse`),
   * in place of `response`.
   */
  constructor(
    response?: string | JsonObject | null,
    postProcess = false,
    toolResult?: string,
    toolPrompt?: string,
  ) {
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
  setToolResponse(toolResult?: string, toolPrompt?: string): this {
    const response: JsonObject = {};
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
  executeSwml(swml: string | JsonObject | { toDict(): unknown }, transfer = false): this {
    const document = swmlDocument("executeSwml", "swml", swml);
    this.action.push(
      helperAction("executeSwml", checkSWMLAction, {}, [
        ["swml", ["SWML"], document, MISSING, MISSING],
        ["transfer", ["transfer"], transfer, false, false],
      ]) as JsonObject,
    );
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
      helperAction("say", checkSayAction, {}, [
        ["text", ["say"], text, MISSING, MISSING],
      ]) as JsonObject,
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
    this.action.push(helperAction("hangup", checkHangupAction, { hangup: true }, []) as JsonObject);
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
    this.action.push(helperAction("stop", checkStopAction, { stop: true }, []) as JsonObject);
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
      helperAction("swmlChangeContext", checkChangeContextAction, {}, [
        ["contextName", ["change_context"], contextName, MISSING, MISSING],
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
      helperAction("swmlChangeStep", checkChangeStepAction, {}, [
        ["stepName", ["change_step"], stepName, MISSING, MISSING],
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
      helperAction("simulateUserInput", checkUserInputAction, {}, [
        ["text", ["user_input"], text, MISSING, MISSING],
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
      helperAction("updateGlobalData", checkSetGlobalDataAction, {}, [
        ["data", ["set_global_data"], data, MISSING, MISSING],
      ]) as JsonObject,
    );
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
  setSemanticState(state: JsonValue): this {
    this.action.push(
      helperAction("setSemanticState", checkSetGlobalDataAction, { set_global_data: {} }, [
        ["state", ["set_global_data", "semantic_state"], state, MISSING, MISSING],
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
      helperAction("setMetadata", checkSetMetaDataAction, {}, [
        ["data", ["set_meta_data"], data, MISSING, MISSING],
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
      helperAction("removeGlobalData", checkUnsetGlobalDataAction, {}, [
        ["keys", ["unset_global_data"], keys, MISSING, MISSING],
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
      helperAction("removeMetadata", checkUnsetMetaDataAction, {}, [
        ["keys", ["unset_meta_data"], keys, MISSING, MISSING],
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
      helperAction("toggleFunctions", checkToggleFunctionsAction, {}, [
        ["toggles", ["toggle_functions"], toggles, MISSING, MISSING],
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
      helperAction("playBackgroundFile", checkPlaybackBGAction, { playback_bg: {} }, [
        ["filename", ["playback_bg", "file"], filename, MISSING, MISSING],
        ["wait", ["playback_bg", "wait"], wait, false, false],
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
        checkStopPlaybackBGAction,
        { stop_playback_bg: true },
        [],
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
   * @param options.fullReset - Whether to clear the whole conversation history and start again from the new prompt. Default is `false`.
   * @returns This result, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
   * @see Spec: `#/$defs/Output/x-helpers/switch_context`
   */
  switchContext(
    options: {
      /** The instructions to send to the agent. Default is not set. */
      systemPrompt?: string;
      /**
       * A string serving as simulated user input for the AI Agent.
       * During a context_switch in the AI's prompt, the user_prompt offers the AI pre-established context or guidance.
       * Default is not set
       */
      userPrompt?: string;
      /**
       * Whether to consolidate the context. Default is `false`.
       *
       * @defaultValue `false`
       */
      consolidate?: boolean | SwmlVariable;
      /**
       * Whether to clear the whole conversation history and start again from the new prompt. Default is `false`.
       *
       * @defaultValue `false`
       */
      fullReset?: boolean | SwmlVariable;
    } = {},
  ): this {
    this.action.push(
      helperAction("switchContext", checkContextSwitchAction, { context_switch: {} }, [
        ["systemPrompt", ["context_switch", "system_prompt"], options.systemPrompt, null, null],
        ["userPrompt", ["context_switch", "user_prompt"], options.userPrompt, null, null],
        ["consolidate", ["context_switch", "consolidate"], options.consolidate, false, false],
        ["fullReset", ["context_switch", "full_reset"], options.fullReset, false, false],
      ]) as JsonObject,
    );
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
  addDynamicHints(hints: (string | DynamicHint)[]): this {
    this.action.push(
      helperAction("addDynamicHints", checkAddDynamicHintsAction, {}, [
        ["hints", ["add_dynamic_hints"], hints, MISSING, MISSING],
      ]) as JsonObject,
    );
    return this;
  }

  /**
   * Remove every hint added with add_dynamic_hints.
   *
   * @returns This result, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; the result is left unchanged.
   * @see Spec: `#/$defs/Output/x-helpers/clear_dynamic_hints`
   */
  clearDynamicHints(): this {
    this.action.push(
      helperAction(
        "clearDynamicHints",
        checkClearDynamicHintsAction,
        { clear_dynamic_hints: {} },
        [],
      ) as JsonObject,
    );
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
  setEndOfSpeechTimeout(milliseconds: number | SwmlVariable): this {
    this.action.push(
      helperAction("setEndOfSpeechTimeout", checkEndOfSpeechTimeoutAction, {}, [
        ["milliseconds", ["end_of_speech_timeout"], milliseconds, MISSING, MISSING],
      ]) as JsonObject,
    );
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
  setSpeechEventTimeout(milliseconds: number | SwmlVariable): this {
    this.action.push(
      helperAction("setSpeechEventTimeout", checkSpeechEventTimeoutAction, {}, [
        ["milliseconds", ["speech_event_timeout"], milliseconds, MISSING, MISSING],
      ]) as JsonObject,
    );
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
  changeVoice(voice: string): this {
    this.action.push(
      helperAction("changeVoice", checkChangeVoiceAction, {}, [
        ["voice", ["change_voice"], voice, MISSING, MISSING],
      ]) as JsonObject,
    );
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
  enableFunctionsOnTimeout(enabled?: boolean): this {
    this.action.push(
      helperAction("enableFunctionsOnTimeout", checkFunctionsOnSpeakerTimeoutAction, {}, [
        ["enabled", ["functions_on_speaker_timeout"], enabled, true, MISSING],
      ]) as JsonObject,
    );
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
  enableExtensiveData(enabled?: boolean): this {
    this.action.push(
      helperAction("enableExtensiveData", checkExtensiveDataAction, {}, [
        ["enabled", ["extensive_data"], enabled, true, MISSING],
      ]) as JsonObject,
    );
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
  replaceInHistory(text?: string | boolean): this {
    this.action.push(
      helperAction("replaceInHistory", checkReplaceInHistoryAction, {}, [
        ["text", ["replace_in_history"], text, true, MISSING],
      ]) as JsonObject,
    );
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
  updateSettings(settings: Settings): this {
    this.action.push(
      helperAction("updateSettings", checkSettingsAction, { settings: {} }, [
        ["settings", ["settings"], settings, MISSING, MISSING],
      ]) as JsonObject,
    );
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
  hold(timeout?: number | SwmlVariable): this {
    this.action.push(
      helperAction(
        "hold",
        checkHoldAction,
        { hold: {} },
        [["timeout", ["hold", "timeout"], clamped(timeout, 0, 900), 300, MISSING]],
        ["hold", "timeout"],
      ) as JsonObject,
    );
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
  waitForUser(
    options: {
      /**
       * Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
       */
      enabled?: boolean;
      /**
       * Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
       */
      timeout?: number;
      /**
       * Make the agent wait for the caller to speak: `true` waits, `false` stops waiting, an integer waits at most that many seconds, and `"answer_first"` answers the call and waits before the agent's greeting.
       *
       * @defaultValue `false`
       */
      answerFirst?: boolean;
    } = {},
  ): this {
    this.action.push(
      helperAction("waitForUser", checkWaitForUserAction, { wait_for_user: true }, [
        ["enabled", ["wait_for_user"], options.enabled, null, null],
        ["timeout", ["wait_for_user"], options.timeout, null, null],
        [
          "answerFirst",
          ["wait_for_user"],
          flagGives(
            "waitForUser",
            "answerFirst",
            options.answerFirst,
            "answer_first",
            "true or false",
          ),
          false,
          false,
        ],
      ]) as JsonObject,
    );
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
  connect(destination: string, final?: boolean | SwmlVariable, fromAddr?: string): this {
    this.action.push(
      helperAction(
        "connect",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ connect: {} }] } } },
        [
          [
            "destination",
            ["SWML", "sections", "main", 0, "connect", "to"],
            destination,
            MISSING,
            MISSING,
          ],
          ["final", ["transfer"], final, true, MISSING],
          ["fromAddr", ["SWML", "sections", "main", 0, "connect", "from"], fromAddr, null, null],
        ],
      ) as JsonObject,
    );
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
  swmlTransfer(dest: string, aiResponse: JsonValue, final?: boolean | SwmlVariable): this {
    this.action.push(
      helperAction(
        "swmlTransfer",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ set: {} }, { transfer: {} }] } } },
        [
          ["dest", ["SWML", "sections", "main", 1, "transfer", "dest"], dest, MISSING, MISSING],
          [
            "aiResponse",
            ["SWML", "sections", "main", 0, "set", "ai_response"],
            aiResponse,
            MISSING,
            MISSING,
          ],
          ["final", ["transfer"], final, true, MISSING],
        ],
      ) as JsonObject,
    );
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
  swmlUserEvent(eventData: { [key: string]: JsonValue }): this {
    this.action.push(
      helperAction(
        "swmlUserEvent",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ user_event: {} }] } } },
        [
          [
            "eventData",
            ["SWML", "sections", "main", 0, "user_event", "event"],
            eventData,
            MISSING,
            MISSING,
          ],
        ],
      ) as JsonObject,
    );
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
  sendSms(options: {
    /** Phone number to send SMS message to in E.164 format. */
    toNumber: string;
    /** Phone number the SMS message will be sent from in E.164 format. */
    fromNumber: string;
    /** Required if `media` is not present. The body of the SMS message. */
    body?: string;
    /** Required if `body` is not present. Array of media URLs to include in the message. */
    media?: string[];
    /** Array of tags to associate with the message to facilitate log searches. */
    tags?: string[];
    /**
     * Region of the world to originate the message from. Chosen based on account preferences or device location if not specified.
     */
    region?: string;
  }): this {
    this.action.push(
      helperAction(
        "sendSms",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ send_sms: {} }] } } },
        [
          [
            "toNumber",
            ["SWML", "sections", "main", 0, "send_sms", "to_number"],
            options.toNumber,
            MISSING,
            MISSING,
          ],
          [
            "fromNumber",
            ["SWML", "sections", "main", 0, "send_sms", "from_number"],
            options.fromNumber,
            MISSING,
            MISSING,
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
        ],
      ) as JsonObject,
    );
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
  pay(options: {
    /**
     * The URL to make POST requests with all the gathered payment details.
     * This URL is used to process the final payment transaction and return the results through the response.
     *
     * Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information.
     */
    paymentConnectorUrl: string;
    /**
     * The method of how to collect the payment details. Currently only `dtmf` mode is supported.
     *
     * @defaultValue `"dtmf"`
     */
    inputMethod?: "dtmf";
    /**
     * The URL to send requests for each status change during the payment process.
     *
     * Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information.
     */
    statusUrl?: string;
    /**
     * Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported.
     *
     * @defaultValue `"credit-card"`
     */
    paymentMethod?: "credit-card";
    /**
     * Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured.
     *
     * @defaultValue `5`
     */
    timeout?: number | SwmlVariable;
    /**
     * Number of times the `pay` method will retry to collect payment details.
     *
     * @defaultValue `1`
     */
    maxAttempts?: number | SwmlVariable;
    /**
     * Takes true or false to let pay method know whether to prompt for security code.
     *
     * @defaultValue `true`
     */
    securityCode?: boolean | SwmlVariable;
    /**
     * Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`.
     *
     * @defaultValue `true`
     */
    postalCode?: boolean | string;
    /**
     * The minimum length of the postal code the user must enter.
     *
     * @defaultValue `0`
     */
    minPostalCodeLength?: number | SwmlVariable;
    /**
     * Whether the payment is a one off payment or re-occurring.
     *
     * Allowed values:
     * - `one-time`
     * - `reusable`
     *
     * @defaultValue `"reusable"`
     */
    tokenType?: TokenType;
    /**
     * The amount to charge against payment method passed in the request. `Float` value with no currency prefix passed as string.
     */
    chargeAmount?: string;
    /**
     * Uses the ISO 4217 currency code of the charge amount.
     *
     * @defaultValue `"usd"`
     */
    currency?: string;
    /**
     * Language to use for prompts being played to the caller by the `pay` method.
     *
     * @defaultValue `"en-US"`
     */
    language?: string;
    /**
     * Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information.
     *
     * @defaultValue `"woman"`
     */
    voice?: string;
    /** Custom description of the payment provided in the request. */
    description?: string;
    /**
     * List of payment cards allowed to use in the requested payment process separated by space.
     *
     * Allowed values:
     * - `visa`
     * - `mastercard`
     * - `amex`
     * - `maestro`
     * - `discover`
     * - `jcb`
     * - `diners-club`
     *
     * @defaultValue `"visa mastercard amex"`
     */
    validCardTypes?: string;
    /**
     * Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs.
     */
    parameters?: PayParameters[];
    /**
     * Array of prompt objects for customizing the audio prompts during different stages of the payment process.
     */
    prompts?: PayPrompts[];
    /**
     * any JSON value
     *
     * @defaultValue `"The payment status is ${pay_result}, do not mention anything else about collecting payment if successful."`
     */
    aiResponse?: JsonValue;
  }): this {
    this.action.push(
      helperAction(
        "pay",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ set: {} }, { pay: {} }] } } },
        [
          [
            "paymentConnectorUrl",
            ["SWML", "sections", "main", 1, "pay", "payment_connector_url"],
            options.paymentConnectorUrl,
            MISSING,
            MISSING,
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
            MISSING,
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
            MISSING,
          ],
        ],
      ) as JsonObject,
    );
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
  recordCall(
    options: {
      /** Identifier for this recording, to use with `stop_call_record`. */
      controlId?: string;
      /**
       * If `true`, record in stereo.
       * Default is `false`.
       *
       * @defaultValue `false`
       */
      stereo?: boolean | SwmlVariable;
      /**
       * The format to record in. It can be `wav`, `mp3`, or `mp4`.
       * Default is `"wav"`.
       *
       * @defaultValue `"wav"`
       */
      format?: Format;
      /**
       * Direction of the audio to record: "speak" for what party says, "listen" for what party hears, "both" for what the party hears and says.
       * Default is `"both"`.
       *
       * @defaultValue `"both"`
       */
      direction?: RecordCallDirection;
      /** String of digits that will stop the recording when pressed. Default is `""` (empty). */
      terminators?: string;
      /**
       * Play a beep before recording.
       * Default is `false`.
       *
       * @defaultValue `false`
       */
      beep?: boolean | SwmlVariable;
      /**
       * How sensitive the recording voice activity detector is to background noise.
       * A larger value is more sensitive. Allowed values from 0.0 to 100.0.
       * Default is `44.0`.
       *
       * @defaultValue `44.0`
       */
      inputSensitivity?: number | SwmlVariable;
      /**
       * Time in seconds to wait for the start of speech.
       * Default is `0.0` seconds.
       */
      initialTimeout?: number | SwmlVariable;
      /**
       * Time in seconds to wait in silence before ending the recording.
       * Default is `0.0` seconds.
       */
      endSilenceTimeout?: number | SwmlVariable;
      /** Maximum length of the recording in seconds. */
      maxLength?: number | SwmlVariable;
      /** http or https URL to deliver record_call status events */
      statusUrl?: string;
    } = {},
  ): this {
    this.action.push(
      helperAction(
        "recordCall",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ record_call: {} }] } } },
        [
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
        ],
      ) as JsonObject,
    );
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
  stopRecordCall(controlId?: string): this {
    this.action.push(
      helperAction(
        "stopRecordCall",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ stop_record_call: {} }] } } },
        [
          [
            "controlId",
            ["SWML", "sections", "main", 0, "stop_record_call", "control_id"],
            controlId,
            null,
            null,
          ],
        ],
      ) as JsonObject,
    );
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
  joinRoom(name: string): this {
    this.action.push(
      helperAction(
        "joinRoom",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ join_room: {} }] } } },
        [["name", ["SWML", "sections", "main", 0, "join_room", "name"], name, MISSING, MISSING]],
      ) as JsonObject,
    );
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
  sipRefer(toUri: string): this {
    this.action.push(
      helperAction(
        "sipRefer",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ sip_refer: {} }] } } },
        [
          [
            "toUri",
            ["SWML", "sections", "main", 0, "sip_refer", "to_uri"],
            toUri,
            MISSING,
            MISSING,
          ],
        ],
      ) as JsonObject,
    );
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
  tap(options: {
    /**
     * Destination of the tap media stream: rtp://IP:port, ws://example.com, or wss://example.com.
     */
    uri: string;
    /** Identifier for this tap to use with `stop_tap`. */
    controlId?: string;
    /**
     * Direction of the audio to tap:
     *     `speak` for what party says,
     *     `listen` for what party hears,
     *     `both` for what party hears and says.
     *     Default is `"speak"`.
     *
     * @defaultValue `"both"`
     */
    direction?: TapDirection;
    /**
     * Codec to use for the tap media stream.
     * Possible Values: [`PCMU`, `PCMA`]
     * Default is `"PCMU"`.
     *
     * @defaultValue `"PCMU"`
     */
    codec?: Codec;
    /**
     * If `uri` is a `rtp://` this will set the packetization time of the media in milliseconds.
     * Default is `20` milliseconds.
     *
     * @defaultValue `20`
     */
    rtpPtime?: number | SwmlVariable;
    /** http or https URL to deliver tap status events */
    statusUrl?: string;
  }): this {
    this.action.push(
      helperAction(
        "tap",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ tap: {} }] } } },
        [
          ["uri", ["SWML", "sections", "main", 0, "tap", "uri"], options.uri, MISSING, MISSING],
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
            MISSING,
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
        ],
      ) as JsonObject,
    );
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
  stopTap(controlId?: string): this {
    this.action.push(
      helperAction(
        "stopTap",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ stop_tap: {} }] } } },
        [
          [
            "controlId",
            ["SWML", "sections", "main", 0, "stop_tap", "control_id"],
            controlId,
            null,
            null,
          ],
        ],
      ) as JsonObject,
    );
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
  executeRpc(options: {
    /** The RPC method, such as `dial`, `ai_message` or `ai_unhold`. */
    method: string;
    /** The method's parameters. */
    params?: { [key: string]: JsonValue };
    /** The call the command is for. */
    callId?: string;
    /** The node the call is on. */
    nodeId?: string;
  }): this {
    this.action.push(
      helperAction(
        "executeRpc",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ execute_rpc: {} }] } } },
        [
          [
            "method",
            ["SWML", "sections", "main", 0, "execute_rpc", "method"],
            options.method,
            MISSING,
            MISSING,
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
        ],
      ) as JsonObject,
    );
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
  rpcDial(
    toNumber: JsonValue,
    fromNumber: JsonValue,
    destSwml: JsonValue,
    deviceType?: JsonValue,
  ): this {
    this.action.push(
      helperAction(
        "rpcDial",
        checkSWMLAction,
        { SWML: { version: "1.0.0", sections: { main: [{ execute_rpc: { method: "dial" } }] } } },
        [
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
            MISSING,
            MISSING,
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
            MISSING,
            MISSING,
          ],
          [
            "destSwml",
            ["SWML", "sections", "main", 0, "execute_rpc", "params", "dest_swml"],
            destSwml,
            MISSING,
            MISSING,
          ],
          [
            "deviceType",
            ["SWML", "sections", "main", 0, "execute_rpc", "params", "devices", "type"],
            deviceType,
            "phone",
            MISSING,
          ],
        ],
      ) as JsonObject,
    );
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
  rpcAiMessage(
    callId: string,
    messageText?: JsonValue,
    role?: JsonValue,
    globalData?: JsonValue,
  ): this {
    this.action.push(
      helperAction(
        "rpcAiMessage",
        checkSWMLAction,
        {
          SWML: {
            version: "1.0.0",
            sections: { main: [{ execute_rpc: { method: "ai_message" } }] },
          },
        },
        [
          [
            "callId",
            ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
            callId,
            MISSING,
            MISSING,
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
            MISSING,
          ],
          [
            "globalData",
            ["SWML", "sections", "main", 0, "execute_rpc", "params", "global_data"],
            globalData,
            null,
            null,
          ],
        ],
      ) as JsonObject,
    );
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
  rpcAiGlobalData(callId: string, data: JsonValue): this {
    this.action.push(
      helperAction(
        "rpcAiGlobalData",
        checkSWMLAction,
        {
          SWML: {
            version: "1.0.0",
            sections: { main: [{ execute_rpc: { method: "ai_message" } }] },
          },
        },
        [
          [
            "callId",
            ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
            callId,
            MISSING,
            MISSING,
          ],
          [
            "data",
            ["SWML", "sections", "main", 0, "execute_rpc", "params", "global_data"],
            data,
            MISSING,
            MISSING,
          ],
        ],
      ) as JsonObject,
    );
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
  rpcAiUnhold(callId: string): this {
    this.action.push(
      helperAction(
        "rpcAiUnhold",
        checkSWMLAction,
        {
          SWML: {
            version: "1.0.0",
            sections: { main: [{ execute_rpc: { method: "ai_unhold" } }] },
          },
        },
        [
          [
            "callId",
            ["SWML", "sections", "main", 0, "execute_rpc", "call_id"],
            callId,
            MISSING,
            MISSING,
          ],
        ],
      ) as JsonObject,
    );
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
  static createPaymentPrompt(
    forSituation: string,
    actions: (PayPromptSayAction | PayPromptPlayAction)[],
    cardType?: string,
    errorType?: string,
  ): PayPrompts {
    return helperValue<PayPrompts>(
      "createPaymentPrompt",
      [checkPayPrompts],
      [
        ["forSituation", ["for"], forSituation, MISSING, MISSING],
        ["actions", ["actions"], actions, MISSING, MISSING],
        ["cardType", ["card_type"], cardType, null, null],
        ["errorType", ["error_type"], errorType, null, null],
      ],
    );
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
  static createPaymentAction(
    actionType: "Say" | "Play",
    phrase: string,
  ): PayPromptSayAction | PayPromptPlayAction {
    return helperValue<PayPromptSayAction | PayPromptPlayAction>(
      "createPaymentAction",
      [checkPayPromptSayAction, checkPayPromptPlayAction],
      [
        ["actionType", ["type"], actionType, MISSING, MISSING],
        ["phrase", ["phrase"], phrase, MISSING, MISSING],
      ],
    );
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
  static createPaymentParameter(name: string, value: string): PayParameters {
    return helperValue<PayParameters>(
      "createPaymentParameter",
      [checkPayParameters],
      [
        ["name", ["name"], name, MISSING, MISSING],
        ["value", ["value"], value, MISSING, MISSING],
      ],
    );
  }
}
