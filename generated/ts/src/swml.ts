// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1

/**
 * `SWML`: a SWML document builder with one typed, checked chaining method per verb.
 *
 * Each method checks its argument against the spec before anything is added, so a refused call
 * (`InvalidArgumentError`) leaves the document as it was.
 */

import {
  _PlayWithURL_or_PlayWithURLS,
  _SMSWithBody_or_SMSWithMedia,
  _Sleep_or_int_or_var,
  _any,
  _list_of_CondReg_or_CondElse,
  _map_of_any,
  _str_or_list_of_str,
  _verb_connect,
  _verb_label,
  checkAIObject,
  checkAISidecarObject,
  checkAmazonBedrockObject,
  checkAnswer,
  checkDenoise,
  checkDetectMachine,
  checkEnterQueueObject,
  checkExecute,
  checkExecuteRpc,
  checkGoto,
  checkHangup,
  checkJoinConference,
  checkJoinRoom,
  checkLiveTranscribe,
  checkLiveTranslate,
  checkPay,
  checkPrompt,
  checkReceiveFax,
  checkRecordArgument,
  checkRecordCall,
  checkRequest,
  checkSWMLObject,
  checkSendDigits,
  checkSendFax,
  checkSipRefer,
  checkStopDenoise,
  checkStopRecordCall,
  checkStopStream,
  checkStopTap,
  checkStream,
  checkSwitchArgument,
  checkTap,
  checkTranscribe,
  checkTranscribeStop,
  checkTransfer,
  checkUserEvent,
} from "./checks.js";
import type {
  Beep,
  CallStatus,
  CallbackEventType,
  Codec,
  Encryption,
  Format,
  HttpMethod,
  Method,
  Reason,
  Record,
  RecordCallDirection,
  RecordDirection,
  RecordingStatusCallbackEvent,
  Region,
  StatusCallbackEvent,
  StatusUrlMethod,
  TapDirection,
  TokenType,
  Tone,
  Track,
  TranscribeDirection,
  Trim,
} from "./enums.js";
import type {
  AIParams,
  AIPostPromptPom,
  AIPostPromptText,
  AIPromptPom,
  AIPromptText,
  AISidecarParams,
  AISidecarPermissions,
  AISidecarPromptFile,
  AISidecarPromptPom,
  AISidecarPromptText,
  AISidecarSWAIG,
  AISidecarSummarizeAction,
  BedrockParams,
  BedrockSWAIG,
  CondElse,
  CondReg,
  ConnectDestination,
  ConnectHeaders,
  ConnectSwitch,
  Denoise,
  ExecuteSwitch,
  Hangup,
  Hint,
  InjectAction,
  JoinConferenceStream,
  Languages,
  Multilingual,
  OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
  OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
  OmitPropertiesBedrockPromptPomOmittedPromptProps,
  OmitPropertiesBedrockPromptTextOmittedPromptProps,
  PayParameters,
  PayPrompts,
  PlayWithURL,
  PlayWithURLS,
  Prompt,
  Pronounce,
  RecordArgument,
  RecordCall,
  SMSWithBody,
  SMSWithMedia,
  SWAIG,
  SendDigits,
  StartAction,
  StopDenoise,
  StopRecordCall,
  StopStream,
  StopTap,
  Stream,
  SummarizeAction,
  Switch,
  SwmlMethod,
  Tap,
  TranscribeStartAction,
  TranscribeSummarizeAction,
} from "./models.js";
import {
  InvalidArgumentError,
  checkDocument,
  isPlainObject,
  objectArgument,
  options,
  readJson,
  setKey,
  unionArgument,
  valueArgument,
} from "./runtime.js";
import type {
  Joined,
  JsonObject,
  JsonValue,
  Options,
  SwmlDocument,
  SwmlVariable,
} from "./runtime.js";
import { validate } from "./validate.js";

/** Options of the `Answer` object, by their camelCase names. */
export interface AnswerOptions {
  /**
   * Maximum duration in seconds for the call. Defaults to `14400` seconds (4 hours).
   *
   * @defaultValue `14400`
   */
  maxDuration?: number | SwmlVariable;
  /**
   * Comma-separated string of codecs to offer. Valid codecs are: PCMU, PCMA, G722, G729, AMR-WB, OPUS, VP8, H264.
   */
  codecs?: string;
  /** Username to use for SIP authentication. */
  username?: string;
  /** Password to use for SIP authentication. */
  password?: string;
}

/** Options of the `AIObject` object, by their camelCase names. */
export interface AIObjectOptions {
  /**
   * A key-value object for storing data that persists throughout the AI session.
   * Can be set initially in the SWML script or modified during the conversation using the set_global_data action.
   * The global_data object is accessible everywhere in the AI session: prompts, AI parameters,
   * and SWML returned from SWAIG functions. Access properties using template strings (e.g. ${global_data.property_name}).
   */
  globalData?: { [key: string]: JsonValue };
  /**
   * Hints help the AI agent understand certain words or phrases better. Words that can commonly be misinterpreted can be added to the hints to help the AI speak more accurately.
   */
  hints?: (string | Hint)[];
  /**
   * An array of JSON objects defining supported languages in the conversation.
   * Mutually exclusive with `multilingual`: if both are set, `multilingual` is used and
   * this array is ignored.
   */
  languages?: Languages[];
  /**
   * Configures a single agent to detect the caller's language and answer in it, switching
   * as the caller switches. Use this instead of `languages` when one conversation may span
   * several languages. Mutually exclusive with `languages`: if both are set, `multilingual`
   * is used and `languages` is ignored.
   */
  multilingual?: Multilingual;
  /** A JSON object containing parameters as key-value pairs. */
  params?: AIParams;
  /** The final set of instructions and configuration settings to send to the agent. */
  postPrompt?: AIPostPromptText | AIPostPromptPom;
  /**
   * The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password\@url`.
   */
  postPromptUrl?: string;
  /** An array of JSON objects to clarify the AI's pronunciation of words or expressions. */
  pronounce?: Pronounce[];
  /**
   * Defines the AI agent's personality, goals, behaviors, and instructions for handling conversations.
   * The prompt establishes how the agent should interact with callers, what information it should gather,
   * and how it should respond to various scenarios. It is recommended to write prompts using markdown formatting.
   */
  prompt: AIPromptText | AIPromptPom;
  /**
   * An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue.
   */
  swaig?: SWAIG;
}

/** Options of the `AISidecarObject` object, by their camelCase names. */
export interface AISidecarObjectOptions {
  /**
   * The operator prompt that instructs the sidecar how to coach the agent. May be a plain string, a Prompt Object Model (POM), or a server-side file reference.
   * SignalWire automatically adds built-in instructions for the sidecar's role, so your prompt only needs to describe the coaching behavior. When omitted, the sidecar uses a minimal default prompt, so setting one is strongly recommended.
   */
  prompt?: string | AISidecarPromptText | AISidecarPromptPom | AISidecarPromptFile;
  /**
   * The conversation language as a single BCP-47 tag. Sets the speech recognition language and is shared with the model as a hint.
   */
  lang: string | SwmlVariable;
  /**
   * The model used for the sidecar's advice and its end-of-call summaries. Suggested values: `gpt-4o-mini`, `gpt-4.1-mini`, `gpt-4.1-nano`. **Default:** `gpt-4o-mini`.
   *
   * @defaultValue `"gpt-4o-mini"`
   */
  model?: "gpt-4o-mini" | "gpt-4.1-mini" | "gpt-4.1-nano" | string;
  /**
   * The call legs to observe. Both legs are required — a single-leg value is rejected. When omitted, both legs are observed. **Default:** both legs (`remote-caller` and `local-caller`).
   *
   * @defaultValue `["remote-caller", "local-caller"]`
   */
  direction?: TranscribeDirection[];
  /**
   * Which leg is the customer, used as the turn-end trigger source. **Default:** `remote-caller`.
   *
   * @defaultValue `"remote-caller"`
   */
  customerRole?: TranscribeDirection;
  /**
   * The webhook URL the sidecar POSTs its callbacks to. Receives both transcription events and sidecar callbacks.
   * When unset, callbacks are published only on the relay topic and no webhook POST is made.
   * Basic auth can be embedded in the URL in the format `username:password\@url`.
   */
  url?: string;
  /** SWAIG functions and MCP servers available to the sidecar. */
  swaig?: AISidecarSWAIG;
  /** SWAIG permission overrides. Defaults to all permissions enabled. */
  permissions?: AISidecarPermissions;
  /**
   * A key-value object of data that is available throughout the sidecar session. You can reference it in the prompt with variable expansion, and it is included in the requests sent to your tools.
   * It also persists across sessions on the same call leg.
   */
  globalData?: { [key: string]: JsonValue };
  /**
   * Hints that improve speech recognition of specific terms, such as product names, competitor names, jargon, or customer names. Strongly recommended.
   */
  hints?: string[];
  /** Tuning options for the sidecar. */
  params?: AISidecarParams;
  /**
   * Summarize the conversation instead of starting a sidecar. When you include `action.summarize`,
   * the request generates a one-off summary and returns rather than attaching a sidecar.
   */
  action?: AISidecarSummarizeAction;
}

/** Options of the `AmazonBedrockObject` object, by their camelCase names. */
export interface AmazonBedrockObjectOptions {
  /**
   * A powerful and flexible environmental variable which can accept arbitrary data that is set initially in the SWML script
   * or from the SWML `set_global_data` action. This data can be referenced `globally`.
   * All contained information can be accessed and expanded within the prompt - for example, by using a template string.
   */
  globalData?: { [key: string]: JsonValue };
  /** A JSON object containing parameters as key-value pairs. */
  params?: BedrockParams;
  /** The final set of instructions and configuration settings to send to the agent. */
  postPrompt?:
    | OmitPropertiesBedrockPostPomptTextOmittedPromptProps
    | OmitPropertiesBedrockPostPromptPomOmittedPromptProps;
  /**
   * The URL to which to send status callbacks and reports. Authentication can also be set in the url in the format of `username:password\@url`.
   */
  postPromptUrl?: string;
  /** Establishes the initial set of instructions and settings to configure the agent. */
  prompt:
    | OmitPropertiesBedrockPromptTextOmittedPromptProps
    | OmitPropertiesBedrockPromptPomOmittedPromptProps;
  /**
   * An array of JSON objects to create user-defined functions/endpoints that can be executed during the dialogue.
   */
  swaig?: BedrockSWAIG;
}

/** Options of the `ConnectDeviceSingle` object, by their camelCase names. */
export interface ConnectDeviceSingleOptions {
  /** The caller ID to use when dialing the number. */
  from?: string;
  /**
   * The caller ID name shown to the person you're calling, displayed alongside the `from` number
   * (sometimes called CNAM).
   * Applies to SIP calls only — it has no effect on calls to phone numbers.
   * When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
   * group uses this name, unless that destination sets its own `from_name`.
   */
  fromName?: string;
  /** Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers. */
  headers?: ConnectHeaders[];
  /**
   * Comma-separated string of codecs to offer.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   */
  codecs?: string;
  /**
   * If true, WebRTC media is offered to the SIP endpoint.
   * It has no effect on calls to phone numbers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  webrtcMedia?: boolean | SwmlVariable;
  /**
   * Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
   * Must be a positive, non-zero number.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   *
   * @defaultValue `0`
   */
  sessionTimeout?: number | SwmlVariable;
  /** Array of URIs to play as ringback tone. If not specified, plays audio from the provider. */
  ringback?: string[];
  /**
   * Action to take based on the result of the call. This will run once the peer leg of the call has ended.
   * Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.
   */
  result?: ConnectSwitch | (CondReg | CondElse)[];
  /**
   * Time, in seconds, to wait for the call to be answered.
   * Default is 60 seconds.
   *
   * @defaultValue `60`
   */
  timeout?: number | SwmlVariable;
  /**
   * Maximum duration, in seconds, allowed for the call.
   * Default is `14400` seconds.
   *
   * @defaultValue `14400`
   */
  maxDuration?: number | SwmlVariable;
  /**
   * Delay answer until the B-leg answers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  answerOnBridge?: boolean | SwmlVariable;
  /**
   * Confirmation to execute when the call is connected. Can be either:
   * - A URL (string) that returns a SWML document
   * - An array of SWML methods to execute inline
   */
  confirm?:
    | string
    | (
        | { cond: (CondReg | CondElse)[] }
        | { set: { [key: string]: JsonValue } }
        | { unset: string | string[] }
        | { hangup: Hangup }
        | { play: PlayWithURL | PlayWithURLS }
        | { prompt: Prompt }
        | { record: RecordArgument }
        | { record_call: RecordCall }
        | { stop_record_call: StopRecordCall }
        | { tap: Tap }
        | { stop_tap: StopTap }
        | { stream: Stream }
        | { stop_stream: StopStream }
        | { send_digits: SendDigits }
        | { send_sms: SMSWithBody | SMSWithMedia }
        | { denoise: Denoise }
        | { stop_denoise: StopDenoise }
      )[];
  /** The amount of time, in seconds, to wait for the `confirm` URL to return a response */
  confirmTimeout?: number | SwmlVariable;
  /**
   * Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`
   *
   * @defaultValue `"optional"`
   */
  encryption?: Encryption;
  /**
   * Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password\@url`.
   */
  callStateUrl?: string;
  /**
   * SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
   * Can be either:
   * - A URL (http or https) that returns a SWML document
   * - An inline SWML document (as a JSON string)
   *
   * **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")
   */
  transferAfterBridge?: string | SwmlVariable;
  /**
   * An array of call state event names to be notified about.
   * Allowed event names are:
   *     - `created`
   *     - `ringing`
   *     - `answered`
   *     - `ended`
   *
   * @defaultValue `["ended"]`
   */
  callStateEvents?: CallStatus[];
  /**
   * HTTP or HTTPS URL to deliver connect status events.
   * These events report the overall status of the connect operation
   * (connecting, connected, failed, disconnected) via a `calling.call.connect` event.
   */
  statusUrl?: string;
  /**
   * Destination to dial. Can be:
   * - Phone number in E.164 format (e.g., "+15552345678")
   * - SIP URI (e.g., "sip:alice\@example.com")
   * - Resource Address (e.g., "/public/test_room")
   * - Queue (e.g., "queue:support")
   * - WebSocket stream (e.g., "stream:wss://example.com/audio")
   */
  to: string;
  /**
   * SIP username to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers.
   */
  username?: string;
  /**
   * SIP password to use for authentication when dialing a SIP URI. Has no effect on calls to phone numbers.
   */
  password?: string;
  /** Stream name identifier. Only applies to stream destinations. */
  name?: string;
  /**
   * Audio codec for the stream. Supported values: `PCMU`, `PCMA`, `G722`, `L16`.
   * Codec can include rate and ptime modifiers (e.g., `PCMU\@40i`, `L16\@24000h\@40i`).
   * Only applies to stream destinations.
   */
  codec?: string;
  /**
   * Enable realtime mode for bidirectional audio.
   * Only applies to stream destinations.
   *
   * @defaultValue `false`
   */
  realtime?: boolean | SwmlVariable;
  /**
   * HTTP method for the stream status webhook.
   * Only applies to stream destinations.
   *
   * @defaultValue `"POST"`
   */
  statusUrlMethod?: StatusUrlMethod;
  /**
   * Bearer token sent as an `Authorization` header during the WebSocket handshake. Only applies to stream destinations.
   */
  authorizationBearerToken?: string;
  /**
   * Custom key-value pairs sent in the WebSocket start message. Only applies to stream destinations.
   */
  customParameters?: { [key: string]: string };
}

/** Options of the `ConnectDeviceSerial` object, by their camelCase names. */
export interface ConnectDeviceSerialOptions {
  /** The caller ID to use when dialing the number. */
  from?: string;
  /**
   * The caller ID name shown to the person you're calling, displayed alongside the `from` number
   * (sometimes called CNAM).
   * Applies to SIP calls only — it has no effect on calls to phone numbers.
   * When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
   * group uses this name, unless that destination sets its own `from_name`.
   */
  fromName?: string;
  /** Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers. */
  headers?: ConnectHeaders[];
  /**
   * Comma-separated string of codecs to offer.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   */
  codecs?: string;
  /**
   * If true, WebRTC media is offered to the SIP endpoint.
   * It has no effect on calls to phone numbers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  webrtcMedia?: boolean | SwmlVariable;
  /**
   * Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
   * Must be a positive, non-zero number.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   *
   * @defaultValue `0`
   */
  sessionTimeout?: number | SwmlVariable;
  /** Array of URIs to play as ringback tone. If not specified, plays audio from the provider. */
  ringback?: string[];
  /**
   * Action to take based on the result of the call. This will run once the peer leg of the call has ended.
   * Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.
   */
  result?: ConnectSwitch | (CondReg | CondElse)[];
  /**
   * Time, in seconds, to wait for the call to be answered.
   * Default is 60 seconds.
   *
   * @defaultValue `60`
   */
  timeout?: number | SwmlVariable;
  /**
   * Maximum duration, in seconds, allowed for the call.
   * Default is `14400` seconds.
   *
   * @defaultValue `14400`
   */
  maxDuration?: number | SwmlVariable;
  /**
   * Delay answer until the B-leg answers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  answerOnBridge?: boolean | SwmlVariable;
  /**
   * Confirmation to execute when the call is connected. Can be either:
   * - A URL (string) that returns a SWML document
   * - An array of SWML methods to execute inline
   */
  confirm?:
    | string
    | (
        | { cond: (CondReg | CondElse)[] }
        | { set: { [key: string]: JsonValue } }
        | { unset: string | string[] }
        | { hangup: Hangup }
        | { play: PlayWithURL | PlayWithURLS }
        | { prompt: Prompt }
        | { record: RecordArgument }
        | { record_call: RecordCall }
        | { stop_record_call: StopRecordCall }
        | { tap: Tap }
        | { stop_tap: StopTap }
        | { stream: Stream }
        | { stop_stream: StopStream }
        | { send_digits: SendDigits }
        | { send_sms: SMSWithBody | SMSWithMedia }
        | { denoise: Denoise }
        | { stop_denoise: StopDenoise }
      )[];
  /** The amount of time, in seconds, to wait for the `confirm` URL to return a response */
  confirmTimeout?: number | SwmlVariable;
  /**
   * Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`
   *
   * @defaultValue `"optional"`
   */
  encryption?: Encryption;
  /**
   * Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password\@url`.
   */
  callStateUrl?: string;
  /**
   * SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
   * Can be either:
   * - A URL (http or https) that returns a SWML document
   * - An inline SWML document (as a JSON string)
   *
   * **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")
   */
  transferAfterBridge?: string | SwmlVariable;
  /**
   * An array of call state event names to be notified about.
   * Allowed event names are:
   *     - `created`
   *     - `ringing`
   *     - `answered`
   *     - `ended`
   *
   * @defaultValue `["ended"]`
   */
  callStateEvents?: CallStatus[];
  /**
   * HTTP or HTTPS URL to deliver connect status events.
   * These events report the overall status of the connect operation
   * (connecting, connected, failed, disconnected) via a `calling.call.connect` event.
   */
  statusUrl?: string;
  /**
   * Array of destination objects to dial in order. Each destination is tried sequentially — if the current destination does not answer, the next one in the array is attempted.
   */
  serial: ConnectDestination[];
}

/** Options of the `ConnectDeviceParallel` object, by their camelCase names. */
export interface ConnectDeviceParallelOptions {
  /** The caller ID to use when dialing the number. */
  from?: string;
  /**
   * The caller ID name shown to the person you're calling, displayed alongside the `from` number
   * (sometimes called CNAM).
   * Applies to SIP calls only — it has no effect on calls to phone numbers.
   * When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
   * group uses this name, unless that destination sets its own `from_name`.
   */
  fromName?: string;
  /** Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers. */
  headers?: ConnectHeaders[];
  /**
   * Comma-separated string of codecs to offer.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   */
  codecs?: string;
  /**
   * If true, WebRTC media is offered to the SIP endpoint.
   * It has no effect on calls to phone numbers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  webrtcMedia?: boolean | SwmlVariable;
  /**
   * Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
   * Must be a positive, non-zero number.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   *
   * @defaultValue `0`
   */
  sessionTimeout?: number | SwmlVariable;
  /** Array of URIs to play as ringback tone. If not specified, plays audio from the provider. */
  ringback?: string[];
  /**
   * Action to take based on the result of the call. This will run once the peer leg of the call has ended.
   * Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.
   */
  result?: ConnectSwitch | (CondReg | CondElse)[];
  /**
   * Time, in seconds, to wait for the call to be answered.
   * Default is 60 seconds.
   *
   * @defaultValue `60`
   */
  timeout?: number | SwmlVariable;
  /**
   * Maximum duration, in seconds, allowed for the call.
   * Default is `14400` seconds.
   *
   * @defaultValue `14400`
   */
  maxDuration?: number | SwmlVariable;
  /**
   * Delay answer until the B-leg answers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  answerOnBridge?: boolean | SwmlVariable;
  /**
   * Confirmation to execute when the call is connected. Can be either:
   * - A URL (string) that returns a SWML document
   * - An array of SWML methods to execute inline
   */
  confirm?:
    | string
    | (
        | { cond: (CondReg | CondElse)[] }
        | { set: { [key: string]: JsonValue } }
        | { unset: string | string[] }
        | { hangup: Hangup }
        | { play: PlayWithURL | PlayWithURLS }
        | { prompt: Prompt }
        | { record: RecordArgument }
        | { record_call: RecordCall }
        | { stop_record_call: StopRecordCall }
        | { tap: Tap }
        | { stop_tap: StopTap }
        | { stream: Stream }
        | { stop_stream: StopStream }
        | { send_digits: SendDigits }
        | { send_sms: SMSWithBody | SMSWithMedia }
        | { denoise: Denoise }
        | { stop_denoise: StopDenoise }
      )[];
  /** The amount of time, in seconds, to wait for the `confirm` URL to return a response */
  confirmTimeout?: number | SwmlVariable;
  /**
   * Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`
   *
   * @defaultValue `"optional"`
   */
  encryption?: Encryption;
  /**
   * Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password\@url`.
   */
  callStateUrl?: string;
  /**
   * SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
   * Can be either:
   * - A URL (http or https) that returns a SWML document
   * - An inline SWML document (as a JSON string)
   *
   * **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")
   */
  transferAfterBridge?: string | SwmlVariable;
  /**
   * An array of call state event names to be notified about.
   * Allowed event names are:
   *     - `created`
   *     - `ringing`
   *     - `answered`
   *     - `ended`
   *
   * @defaultValue `["ended"]`
   */
  callStateEvents?: CallStatus[];
  /**
   * HTTP or HTTPS URL to deliver connect status events.
   * These events report the overall status of the connect operation
   * (connecting, connected, failed, disconnected) via a `calling.call.connect` event.
   */
  statusUrl?: string;
  /**
   * Array of destination objects to dial simultaneously. All destinations ring at the same time — the first to answer is bridged and the remaining calls are cancelled.
   */
  parallel: ConnectDestination[];
}

/** Options of the `ConnectDeviceSerialParallel` object, by their camelCase names. */
export interface ConnectDeviceSerialParallelOptions {
  /** The caller ID to use when dialing the number. */
  from?: string;
  /**
   * The caller ID name shown to the person you're calling, displayed alongside the `from` number
   * (sometimes called CNAM).
   * Applies to SIP calls only — it has no effect on calls to phone numbers.
   * When set at the top level, every destination in a `serial`, `parallel`, or `serial_parallel`
   * group uses this name, unless that destination sets its own `from_name`.
   */
  fromName?: string;
  /** Custom SIP headers to add to INVITE. It Has no effect on calls to phone numbers. */
  headers?: ConnectHeaders[];
  /**
   * Comma-separated string of codecs to offer.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   */
  codecs?: string;
  /**
   * If true, WebRTC media is offered to the SIP endpoint.
   * It has no effect on calls to phone numbers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  webrtcMedia?: boolean | SwmlVariable;
  /**
   * Time, in seconds, to set the SIP `Session-Expires` header in INVITE.
   * Must be a positive, non-zero number.
   * It has no effect on calls to phone numbers.
   * Based on SignalWire settings.
   *
   * @defaultValue `0`
   */
  sessionTimeout?: number | SwmlVariable;
  /** Array of URIs to play as ringback tone. If not specified, plays audio from the provider. */
  ringback?: string[];
  /**
   * Action to take based on the result of the call. This will run once the peer leg of the call has ended.
   * Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.
   */
  result?: ConnectSwitch | (CondReg | CondElse)[];
  /**
   * Time, in seconds, to wait for the call to be answered.
   * Default is 60 seconds.
   *
   * @defaultValue `60`
   */
  timeout?: number | SwmlVariable;
  /**
   * Maximum duration, in seconds, allowed for the call.
   * Default is `14400` seconds.
   *
   * @defaultValue `14400`
   */
  maxDuration?: number | SwmlVariable;
  /**
   * Delay answer until the B-leg answers.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  answerOnBridge?: boolean | SwmlVariable;
  /**
   * Confirmation to execute when the call is connected. Can be either:
   * - A URL (string) that returns a SWML document
   * - An array of SWML methods to execute inline
   */
  confirm?:
    | string
    | (
        | { cond: (CondReg | CondElse)[] }
        | { set: { [key: string]: JsonValue } }
        | { unset: string | string[] }
        | { hangup: Hangup }
        | { play: PlayWithURL | PlayWithURLS }
        | { prompt: Prompt }
        | { record: RecordArgument }
        | { record_call: RecordCall }
        | { stop_record_call: StopRecordCall }
        | { tap: Tap }
        | { stop_tap: StopTap }
        | { stream: Stream }
        | { stop_stream: StopStream }
        | { send_digits: SendDigits }
        | { send_sms: SMSWithBody | SMSWithMedia }
        | { denoise: Denoise }
        | { stop_denoise: StopDenoise }
      )[];
  /** The amount of time, in seconds, to wait for the `confirm` URL to return a response */
  confirmTimeout?: number | SwmlVariable;
  /**
   * Encryption setting to use. **Possible values:** `mandatory`, `optional`, `forbidden`
   *
   * @defaultValue `"optional"`
   */
  encryption?: Encryption;
  /**
   * Webhook URL to send call status change notifications to. Authentication can also be set in the URL in the format of `username:password\@url`.
   */
  callStateUrl?: string;
  /**
   * SWML to execute after the bridge completes. This defines what should happen after the call is connected and the bridge ends.
   * Can be either:
   * - A URL (http or https) that returns a SWML document
   * - An inline SWML document (as a JSON string)
   *
   * **Note:** This parameter is REQUIRED when connecting to a queue (when `to` starts with "queue:")
   */
  transferAfterBridge?: string | SwmlVariable;
  /**
   * An array of call state event names to be notified about.
   * Allowed event names are:
   *     - `created`
   *     - `ringing`
   *     - `answered`
   *     - `ended`
   *
   * @defaultValue `["ended"]`
   */
  callStateEvents?: CallStatus[];
  /**
   * HTTP or HTTPS URL to deliver connect status events.
   * These events report the overall status of the connect operation
   * (connecting, connected, failed, disconnected) via a `calling.call.connect` event.
   */
  statusUrl?: string;
  /**
   * Two-dimensional array combining serial and parallel strategies.
   * The outer array is the **serial** dimension — each element is a group tried in order.
   * Each inner array is the **parallel** dimension — all destinations in that group are dialed simultaneously.
   * If no destination in the current group answers, the next group is attempted.
   */
  serialParallel: ConnectDestination[][];
}

/** Options of the `Denoise` object, by their camelCase names. */
export interface DenoiseOptions {}

/** Options of the `EnterQueueObject` object, by their camelCase names. */
export interface EnterQueueObjectOptions {
  /**
   * Name of the queue to enter. If a queue with this name does not exist, it will be automatically created.
   */
  queueName: string;
  /**
   * SWML to execute after the bridge completes. This defines what should happen after the call is connected to an agent and the bridge ends.
   * Can be either:
   * - A URL (http or https) that returns a SWML document
   * - An inline SWML document (as a JSON string)
   */
  transferAfterBridge: string | SwmlVariable;
  /** HTTP or HTTPS URL to deliver queue status events. Default not set */
  statusUrl?: string;
  /**
   * URL for media to play while waiting in the queue. Default hold music will be played if not set
   */
  waitUrl?: string | SwmlVariable;
  /**
   * Maximum time in seconds to wait in the queue before timeout. Default `3600`
   *
   * @defaultValue `3600`
   */
  waitTime?: number | SwmlVariable;
}

/** Options of the `Execute` object, by their camelCase names. */
export interface ExecuteOptions {
  /**
   * Specifies what to execute. The value can be one of:
   * - `<section_name>` - section in the current document to execute
   * - A URL (http or https) that returns a SWML document - Sends HTTP POST
   * - An inline SWML document (as a JSON string)
   */
  dest: string;
  /** Named parameters to send to section or URL */
  params?: { [key: string]: JsonValue };
  /** User-defined metadata, ignored by SignalWire */
  meta?: { [key: string]: JsonValue };
  /** The list of SWML instructions to be executed when the executed section or URL returns */
  onReturn?: SwmlMethod[];
  /**
   * Action to take based on the result of the call. This will run once the peer leg of the call has ended.
   * Will use the switch method when the return_value is an object, and will use the cond method when the return_value is an array.
   */
  result?: ExecuteSwitch | (CondReg | CondElse)[];
}

/** Options of the `Goto` object, by their camelCase names. */
export interface GotoOptions {
  /** Mark any point of the SWML section with a label so that goto can jump to it. */
  label: string;
  /**
   * A JavaScript condition that determines whether to perform the jump. If the condition evaluates to true, the jump is executed. If omitted, the jump is unconditional.
   */
  when?: string;
  /**
   * The maximum number of times to perform the jump. Must be a number between 1 and 100. Default `100`.
   *
   * @defaultValue `100`
   */
  max?: number | SwmlVariable;
}

/** Options of the `LiveTranscribe` object, by their camelCase names. */
export interface LiveTranscribeOptions {
  /** The action to perform during live transcription. */
  action: TranscribeStartAction | "stop" | TranscribeSummarizeAction | "summarize";
}

/** Options of the `LiveTranslate` object, by their camelCase names. */
export interface LiveTranslateOptions {
  /** The action to perform during live translation. */
  action: StartAction | "stop" | SummarizeAction | "summarize" | InjectAction;
}

/** Options of the `Hangup` object, by their camelCase names. */
export interface HangupOptions {
  /** The reason for hanging up the call. */
  reason?: Reason;
}

/** Options of the `JoinRoom` object, by their camelCase names. */
export interface JoinRoomOptions {
  /** Name of the room to join. Allowed characters: A-Z, a-z, 0-9, underscore, and hyphen. */
  name: string;
}

/** Options of the `JoinConference` object, by their camelCase names. */
export interface JoinConferenceOptions {
  /** Name of conference */
  name: string;
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
   *
   * @defaultValue `100000`
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

/** Options of the `PlayWithURL` object, by their camelCase names. */
export interface PlayWithURLOptions {
  /**
   * If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`.
   *
   * @defaultValue `true`
   */
  autoAnswer?: boolean | SwmlVariable;
  /**
   * Volume level for the audio file.
   * Default is `0`.
   * Valid range is -40 to 40.
   *
   * @defaultValue `0`
   */
  volume?: number | SwmlVariable;
  /**
   * The voice to use for the text to speech.
   *
   * @defaultValue `"Polly.Salli"`
   */
  sayVoice?: string;
  /**
   * The language to use for the text to speech.
   *
   * @defaultValue `"en-US"`
   */
  sayLanguage?: string;
  /**
   * Gender to use for the text to speech.
   *
   * @defaultValue `"female"`
   */
  sayGender?: string;
  /** http or https URL to deliver play status events */
  statusUrl?: string;
  /**
   * URL to play.
   * Required if `urls` is not present.
   * Allowed URLs are:
   *     - http:// or https:// - audio file to GET
   *     - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
   *     - say:<text to speak> - Sentence to say
   *     - silence: <duration> - seconds of silence to play
   */
  url: string | SwmlVariable;
}

/** Options of the `PlayWithURLS` object, by their camelCase names. */
export interface PlayWithURLSOptions {
  /**
   * If `true`, the call will automatically answer as the sound is playing. If `false`, you will start playing the audio during early media. Default `true`.
   *
   * @defaultValue `true`
   */
  autoAnswer?: boolean | SwmlVariable;
  /**
   * Volume level for the audio file.
   * Default is `0`.
   * Valid range is -40 to 40.
   *
   * @defaultValue `0`
   */
  volume?: number | SwmlVariable;
  /**
   * The voice to use for the text to speech.
   *
   * @defaultValue `"Polly.Salli"`
   */
  sayVoice?: string;
  /**
   * The language to use for the text to speech.
   *
   * @defaultValue `"en-US"`
   */
  sayLanguage?: string;
  /**
   * Gender to use for the text to speech.
   *
   * @defaultValue `"female"`
   */
  sayGender?: string;
  /** http or https URL to deliver play status events */
  statusUrl?: string;
  /**
   * Array of URLs to play.
   * Required if `url` is not present.
   * Allowed URLs are:
   *     - http:// or https:// - audio file to GET
   *     - ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
   *     - say:<text to speak> - Sentence to say
   *     - silence: <duration> - seconds of silence to play
   */
  urls: string[] | SwmlVariable[];
}

/** Options of the `Prompt` object, by their camelCase names. */
export interface PromptOptions {
  /**
   * URL or array of URLs to play.
   * Allowed URLs are:
   *     http:// or https:// - audio file to GET
   *     ring:[duration:]<country code> - ring tone to play. For example: ring:us to play single ring or ring:20.0:us to play ring for 20 seconds.
   *     say:<text to speak> - Sentence to say
   *     silence: <duration> - seconds of silence to play
   */
  play: string | string[] | SwmlVariable[] | SwmlVariable;
  /**
   * Volume level for the audio file.
   * Default is `0`.
   * Valid range is -40 to 40.
   *
   * @defaultValue `0`
   */
  volume?: number;
  /**
   * The voice to use for the text to speech.
   *
   * @defaultValue `"Polly.Salli"`
   */
  sayVoice?: string;
  /**
   * The language to use for the text to speech.
   *
   * @defaultValue `"en-US"`
   */
  sayLanguage?: string;
  /**
   * The gender to use for the text to speech.
   *
   * @defaultValue `"female"`
   */
  sayGender?: string;
  /**
   * Number of digits to collect.
   * Default is `1`.
   *
   * @defaultValue `1`
   */
  maxDigits?: number | SwmlVariable;
  /**
   * Digits that terminate digit collection.
   * Default is not set.
   */
  terminators?: string;
  /**
   * Time in seconds to wait for next digit.
   * Default is `5.0` seconds.
   *
   * @defaultValue `5`
   */
  digitTimeout?: number | SwmlVariable;
  /**
   * Time in seconds to wait for start of input.
   * Default is `5.0` seconds.
   *
   * @defaultValue `5`
   */
  initialTimeout?: number | SwmlVariable;
  /** Max time in seconds to wait for speech result. */
  speechTimeout?: number | SwmlVariable;
  /** Time in seconds to wait for end of speech utterance. */
  speechEndTimeout?: number | SwmlVariable;
  /** Language to detect speech in. */
  speechLanguage?: string;
  /** Expected words or phrases to help the speech recognition. */
  speechHints?: string[] | SwmlVariable[];
  /**
   * The engine that is selected for speech recognition. The engine must support the specified language.
   * [Deepgram|Google| etc...] Default is not set (SignalWire picks the engine).
   */
  speechEngine?: string;
  /** http or https URL to deliver prompt status events */
  statusUrl?: string;
}

/** Options of the `ReceiveFax` object, by their camelCase names. */
export interface ReceiveFaxOptions {
  /** http or https URL to deliver receive_fax status events */
  statusUrl?: string;
}

/** Options of the `RecordArgument` object, by their camelCase names. */
export interface RecordArgumentOptions {
  /**
   * If true, record in stereo.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  stereo?: boolean | SwmlVariable;
  /**
   * The format to record in. Can be `wav`, `mp3`, or `mp4`.
   * Default is `"wav"`.
   *
   * @defaultValue `"wav"`
   */
  format?: Format;
  /**
   * Direction of the audio to record: "speak" for what party says, "listen" for what party hears.
   * Default is `"speak"`.
   *
   * @defaultValue `"speak"`
   */
  direction?: RecordDirection;
  /**
   * String of digits that will stop the recording when pressed. Default is `"#"`.
   *
   * @defaultValue `"#"`
   */
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
   * @defaultValue `44`
   */
  inputSensitivity?: number | SwmlVariable;
  /**
   * Time in seconds to wait for the start of speech.
   * Default is `4.0` seconds.
   *
   * @defaultValue `4`
   */
  initialTimeout?: number | SwmlVariable;
  /**
   * Time in seconds to wait in silence before ending the recording.
   * Default is `5.0` seconds.
   *
   * @defaultValue `5`
   */
  endSilenceTimeout?: number | SwmlVariable;
  /** Maximum length of the recording in seconds. */
  maxLength?: number | SwmlVariable;
  /** URL to send recording status events to. */
  statusUrl?: string;
}

/** Options of the `RecordCall` object, by their camelCase names. */
export interface RecordCallOptions {
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
  /**
   * String of digits that will stop the recording when pressed. Default is `""` (empty).
   *
   * @defaultValue `""`
   */
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
   * @defaultValue `44`
   */
  inputSensitivity?: number | SwmlVariable;
  /**
   * Time in seconds to wait for the start of speech.
   * Default is `0.0` seconds.
   *
   * @defaultValue `0`
   */
  initialTimeout?: number | SwmlVariable;
  /**
   * Time in seconds to wait in silence before ending the recording.
   * Default is `0.0` seconds.
   *
   * @defaultValue `0`
   */
  endSilenceTimeout?: number | SwmlVariable;
  /** Maximum length of the recording in seconds. */
  maxLength?: number | SwmlVariable;
  /** http or https URL to deliver record_call status events */
  statusUrl?: string;
}

/** Options of the `Request` object, by their camelCase names. */
export interface RequestOptions {
  /**
   * URL to send the HTTPS request to. Authentication can also be set in the URL in the format of username:password\@url.
   */
  url: string;
  /** The HTTP method to be used for the request. Can be `GET`, `POST`, `PUT`, or `DELETE`. */
  method: Method;
  /**
   * Object containing HTTP headers to set. Valid header values are Accept, Authorization, Content-Type, Range, and custom X- headers.
   */
  headers?: { [key: string]: JsonValue };
  /**
   * Request body. Content-Type header should be explicitly set, but if not set, the most likely type
   * will be set based on the first non-whitespace character.
   */
  body?: string | { [key: string]: JsonValue };
  /**
   * Maximum time in seconds to wait for a response.
   * Default is `0` (no timeout).
   *
   * @defaultValue `0`
   */
  timeout?: number | SwmlVariable;
  /**
   * Maximum time in seconds to wait for a connection.
   * Default is `0` (no timeout).
   *
   * @defaultValue `0`
   */
  connectTimeout?: number | SwmlVariable;
  /**
   * Store parsed JSON response as variables.
   * Default is `false`.
   *
   * @defaultValue `false`
   */
  saveVariables?: boolean | SwmlVariable;
}

/** Options of the `SendDigits` object, by their camelCase names. */
export interface SendDigitsOptions {
  /**
   * The digits to send. Valid values are 0123456789*#ABCDWw. Character W is a 1 second delay, and w is a 500ms delay.
   */
  digits: string;
}

/** Options of the `SendFax` object, by their camelCase names. */
export interface SendFaxOptions {
  /** URL to the PDF document to fax. */
  document: string;
  /** Header text to include on the fax. */
  headerInfo?: string;
  /**
   * Station identity to report.
   * Default is the calling party's caller ID number.
   */
  identity?: string;
  /** http or https URL to deliver send_fax status events */
  statusUrl?: string;
}

/** Options of the `SMSWithBody` object, by their camelCase names. */
export interface SMSWithBodyOptions {
  /** Phone number to send SMS message to in E.164 format. */
  toNumber: string;
  /** Phone number the SMS message will be sent from in E.164 format. */
  fromNumber: string;
  /**
   * Region of the world to originate the message from. Chosen based on account preferences or device location if not specified.
   */
  region?: string;
  /** Array of tags to associate with the message to facilitate log searches. */
  tags?: string[];
  /**
   * URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback).
   */
  statusCallback?: string;
  /** Required if `media` is not present. The body of the SMS message. */
  body: string;
}

/** Options of the `SMSWithMedia` object, by their camelCase names. */
export interface SMSWithMediaOptions {
  /** Phone number to send SMS message to in E.164 format. */
  toNumber: string;
  /** Phone number the SMS message will be sent from in E.164 format. */
  fromNumber: string;
  /**
   * Region of the world to originate the message from. Chosen based on account preferences or device location if not specified.
   */
  region?: string;
  /** Array of tags to associate with the message to facilitate log searches. */
  tags?: string[];
  /**
   * URL to receive delivery status callbacks for the outbound message (e.g., `queued`, `sent`, `delivered`, `failed`). Not set if not specified. The callback uses the [message status callback payload](/docs/apis/rest/webhooks/message-status-callback).
   */
  statusCallback?: string;
  /** Required if `body` is not present. Array of media URLs to include in the message. */
  media: string[];
  /** Optional if `media` is present. The body of the SMS message. */
  body?: string;
}

/** Options of the `Sleep` object, by their camelCase names. */
export interface SleepOptions {
  /**
   * The amount of time to sleep in milliseconds.
   * Must be a positive integer. Can also be set to `-1` for the sleep to never end.
   */
  duration: number | SwmlVariable;
}

/** Options of the `SipRefer` object, by their camelCase names. */
export interface SipReferOptions {
  /** The SIP URI to send the REFER to. */
  toUri: string;
  /** The HTTP or HTTPS URL to send status callback events to. */
  statusUrl?: string;
  /** Username to use for SIP authentication. */
  username?: string;
  /** Password to use for SIP authentication. */
  password?: string;
}

/** Options of the `StopDenoise` object, by their camelCase names. */
export interface StopDenoiseOptions {}

/** Options of the `StopRecordCall` object, by their camelCase names. */
export interface StopRecordCallOptions {
  /**
   * Identifier for the recording to stop.
   * If not set, the last recording started will be stopped.
   */
  controlId?: string;
}

/** Options of the `StopStream` object, by their camelCase names. */
export interface StopStreamOptions {
  /**
   * ID of the stream to stop.
   * If not set, it will stop the most recent stream started.
   */
  controlId?: string;
}

/** Options of the `StopTap` object, by their camelCase names. */
export interface StopTapOptions {
  /**
   * ID of the tap to stop.
   * If not set, it will shut off the most recent tap session.
   */
  controlId?: string;
}

/** Options of the `Stream` object, by their camelCase names. */
export interface StreamOptions {
  /** Secure WebSocket URI (wss://) to stream the call audio to. */
  url: string;
  /**
   * Identifier for this stream to use with `stop_stream`. If not set, one is generated and stored in the `stream_control_id` variable.
   */
  controlId?: string;
  /** Friendly name for the stream. */
  name?: string;
  /**
   * Audio track to stream:
   *     `inbound_track` for what the caller says,
   *     `outbound_track` for what the caller hears,
   *     `both_tracks` for both.
   *     Default is `"inbound_track"`.
   *
   * @defaultValue `"inbound_track"`
   */
  track?: Track;
  /**
   * Codec to use for the streamed audio. Freeform and endpoint-specific.
   * Common values include `PCMU`, `PCMA`, and `OPUS`.
   */
  codec?: string;
  /** HTTP or HTTPS URL to deliver stream status events. */
  statusUrl?: string;
  /**
   * HTTP method used to deliver stream status events to `status_url`.
   * Possible Values: [`GET`, `POST`]. Default is `"POST"`.
   *
   * @defaultValue `"POST"`
   */
  statusUrlMethod?: StatusUrlMethod;
  /** Bearer token sent as an `Authorization` header during the WebSocket handshake. */
  authorizationBearerToken?: string;
  /** Custom key-value pairs sent to the WebSocket endpoint in the start message. */
  customParameters?: { [key: string]: string };
}

/** Options of the `SwitchArgument` object, by their camelCase names. */
export interface SwitchArgumentOptions {
  /** Name of the variable whose value needs to be compared. */
  variable: string;
  /** Object of key-mapped values to array of SWML methods to execute. */
  case: { [key: string]: SwmlMethod[] };
  /** Array of SWML methods to execute if no cases match. */
  default?: SwmlMethod[];
}

/** Options of the `Tap` object, by their camelCase names. */
export interface TapOptions {
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
   * @defaultValue `"speak"`
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
}

/** Options of the `Transcribe` object, by their camelCase names. */
export interface TranscribeOptions {
  /** An HTTP or HTTPS URL that receives the status callback when the transcription finishes */
  statusUrl?: string;
}

/** Options of the `TranscribeStop` object, by their camelCase names. */
export interface TranscribeStopOptions {}

/** Options of the `Transfer` object, by their camelCase names. */
export interface TransferOptions {
  /**
   * Specifies where to transfer to. The value can be one of:
   * - <section_name> - section in the SWML document to jump to
   * - A URL (http or https) - URL to fetch next document from. Sends HTTP POST.
   *   Authentication can also be set in the URL in the format of username:password\@url.
   * - An inline SWML document (as a JSON string)
   */
  dest: string;
  /**
   * Named parameters to send to transfer destination.
   * Accepts an object mapping variable names to values.
   * Default is not set.
   */
  params?: { [key: string]: JsonValue };
  /**
   * User data, ignored by SignalWire.
   * Accepts an object mapping variable names to values.
   * Default is not set.
   */
  meta?: { [key: string]: JsonValue };
}

/** Options of the `Pay` object, by their camelCase names. */
export interface PayOptions {
  /**
   * The URL to make POST requests with all the gathered payment details.
   * This URL is used to process the final payment transaction and return the results through the response.
   *
   * Visit [pay documentation](/docs/swml/reference/pay#payment_connector_url) for more important information.
   */
  paymentConnectorUrl: string;
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
  /** Custom description of the payment provided in the request. */
  description?: string;
  /**
   * The method of how to collect the payment details. Currently only `dtmf` mode is supported.
   *
   * @defaultValue `"dtmf"`
   */
  input?: "dtmf";
  /**
   * Language to use for prompts being played to the caller by the `pay` method.
   *
   * @defaultValue `"en-US"`
   */
  language?: string;
  /**
   * Number of times the `pay` method will retry to collect payment details.
   *
   * @defaultValue `1`
   */
  maxAttempts?: number | SwmlVariable;
  /**
   * The minimum length of the postal code the user must enter.
   *
   * @defaultValue `0`
   */
  minPostalCodeLength?: number | SwmlVariable;
  /**
   * Array of parameter objects to pass to your payment processor. The parameters are user-defined key-value pairs.
   */
  parameters?: PayParameters[];
  /**
   * Indicates the payment method which is going to be used in this payment request. Currently only `credit-card` is supported.
   */
  paymentMethod?: "credit-card";
  /**
   * Takes `true`, `false` or real postalcode (if it's known beforehand) to let pay method know whether to prompt for postal code. Default is `true`.
   *
   * @defaultValue `true`
   */
  postalCode?: boolean | string;
  /**
   * Array of prompt objects for customizing the audio prompts during different stages of the payment process.
   */
  prompts?: PayPrompts[];
  /**
   * Takes true or false to let pay method know whether to prompt for security code.
   *
   * @defaultValue `true`
   */
  securityCode?: boolean | SwmlVariable;
  /**
   * The URL to send requests for each status change during the payment process.
   *
   * Visit [pay documentation](/docs/swml/reference/pay#status_url-request-body) for more important information.
   */
  statusUrl?: string;
  /**
   * Limit in seconds that pay method waits for the caller to press another digit before moving on to validate the digits captured.
   *
   * @defaultValue `5`
   */
  timeout?: number | SwmlVariable;
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
   * Text-to-speech voice to use. Please refer to [TTS documentation](/docs/platform/voice/tts) for more information.
   *
   * @defaultValue `"woman"`
   */
  voice?: string;
}

/** Options of the `DetectMachine` object, by their camelCase names. */
export interface DetectMachineOptions {
  /**
   * If `true`, stops detection on beep / end of voicemail greeting. Default `false`.
   *
   * @defaultValue `false`
   */
  detectMessageEnd?: boolean | SwmlVariable;
  /**
   * Comma-separated string of detectors to enable. Valid values: `amd`, `fax`.
   *
   * @defaultValue `"amd,fax"`
   */
  detectors?: string;
  /**
   * How long to wait for voice to finish. Default `1.0`.
   *
   * @defaultValue `1`
   */
  endSilenceTimeout?: number | SwmlVariable;
  /**
   * How long to wait for initial voice before giving up. Default `4.5`.
   *
   * @defaultValue `4.5`
   */
  initialTimeout?: number | SwmlVariable;
  /**
   * How long to wait for voice to finish before firing READY event. Default is `end_silence_timeout`.
   */
  machineReadyTimeout?: number | SwmlVariable;
  /**
   * The number of seconds of ongoing voice activity required to classify as MACHINE. Default `1.25`.
   *
   * @defaultValue `1.25`
   */
  machineVoiceThreshold?: number | SwmlVariable;
  /**
   * The minimum number of words that must be detected in a single utterance before classifying the call as MACHINE. Default `6`.
   *
   * @defaultValue `6`
   */
  machineWordsThreshold?: number | SwmlVariable;
  /** The http(s) URL to deliver detector events to. */
  statusUrl?: string;
  /**
   * The max time to run detector. Default `30.0` seconds.
   *
   * @defaultValue `30`
   */
  timeout?: number | SwmlVariable;
  /**
   * The tone to detect, will only receive remote side tone. Default `CED`.
   *
   * @defaultValue `"CED"`
   */
  tone?: Tone;
  /**
   * If false, the detector will run asynchronously and status_url must be set.
   * If true, the detector will wait for detection to complete before moving to the next SWML instruction.
   * Default is `true`.
   *
   * @defaultValue `true`
   */
  wait?: boolean | SwmlVariable;
}

/** Options of the `UserEvent` object, by their camelCase names. */
export interface UserEventOptions {
  event: { [key: string]: JsonValue };
}

/** Options of the `ExecuteRpc` object, by their camelCase names. */
export interface ExecuteRpcOptions {
  /** The RPC method, such as `dial`, `ai_message` or `ai_unhold`. */
  method: string;
  /** The call the command is for. */
  callId?: string;
  /** The node the call is on. */
  nodeId?: string;
  /** The method's parameters. */
  params?: { [key: string]: JsonValue };
}

const OPTIONS_AI: Options = options(null, [
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

const OPTIONS_AI_SIDECAR: Options = options(null, [
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

const OPTIONS_AMAZON_BEDROCK: Options = options(null, [
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

const OPTIONS_ANSWER: Options = options(null, [
  ["maxDuration", "max_duration", false, "an integer or a SWML variable such as '${name}'"],
  ["codecs", "codecs", false, "a string"],
  ["username", "username", false, "a string"],
  ["password", "password", false, "a string"],
]);

const OPTIONS_CONNECT: Options = options(null, [
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

const OPTIONS_DENOISE: Options = options(null, []);

const OPTIONS_DETECT_MACHINE: Options = options(null, [
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

const OPTIONS_ENTER_QUEUE: Options = options(null, [
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

const OPTIONS_EXECUTE: Options = options(null, [
  ["dest", "dest", true, "a string"],
  ["params", "params", false, "a JSON object"],
  ["meta", "meta", false, "a JSON object"],
  ["onReturn", "on_return", false, "a list of SWML methods"],
  ["result", "result", false, "an ExecuteSwitch object or a list of CondReg or CondElse objects"],
]);

const OPTIONS_EXECUTE_RPC: Options = options(null, [
  ["method", "method", true, "a string"],
  ["callId", "call_id", false, "a string"],
  ["nodeId", "node_id", false, "a string"],
  ["params", "params", false, "a JSON object"],
]);

const OPTIONS_GOTO: Options = options(null, [
  ["label", "label", true, "a string"],
  ["when", "when", false, "a string"],
  ["max", "max", false, "an integer from 1 to 100 or a SWML variable such as '${name}'"],
]);

const OPTIONS_HANGUP: Options = options(null, [
  ["reason", "reason", false, "one of 'hangup', 'busy', 'decline'"],
]);

const OPTIONS_JOIN_CONFERENCE: Options = options(null, [
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

const OPTIONS_JOIN_ROOM: Options = options(null, [["name", "name", true, "a string"]]);

const OPTIONS_LIVE_TRANSCRIBE: Options = options(null, [
  [
    "action",
    "action",
    true,
    "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
  ],
]);

const OPTIONS_LIVE_TRANSLATE: Options = options(null, [
  [
    "action",
    "action",
    true,
    "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
  ],
]);

const OPTIONS_PAY: Options = options(null, [
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

const OPTIONS_PLAY: Options = options(null, [
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

const OPTIONS_PROMPT: Options = options(null, [
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

const OPTIONS_RECEIVE_FAX: Options = options(null, [
  ["statusUrl", "status_url", false, "a string"],
]);

const OPTIONS_RECORD: Options = options(null, [
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

const OPTIONS_RECORD_CALL: Options = options(null, [
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

const OPTIONS_REQUEST: Options = options(null, [
  ["url", "url", true, "a string"],
  ["method", "method", true, "one of 'GET', 'POST', 'PUT', 'DELETE'"],
  ["headers", "headers", false, "a JSON object"],
  ["body", "body", false, "a string or a JSON object"],
  ["timeout", "timeout", false, "a number or a SWML variable such as '${name}'"],
  ["connectTimeout", "connect_timeout", false, "a number or a SWML variable such as '${name}'"],
  ["saveVariables", "save_variables", false, "true or false or a SWML variable such as '${name}'"],
]);

const OPTIONS_SEND_DIGITS: Options = options(null, [["digits", "digits", true, "a string"]]);

const OPTIONS_SEND_FAX: Options = options(null, [
  ["document", "document", true, "a string"],
  ["headerInfo", "header_info", false, "a string"],
  ["identity", "identity", false, "a string"],
  ["statusUrl", "status_url", false, "a string"],
]);

const OPTIONS_SEND_SMS: Options = options(null, [
  ["toNumber", "to_number", false, "a string"],
  ["fromNumber", "from_number", false, "a string"],
  ["region", "region", false, "a string"],
  ["tags", "tags", false, "a list of strings"],
  ["statusCallback", "status_callback", false, "a string"],
  ["body", "body", false, "a string"],
  ["media", "media", false, "a list of strings"],
]);

const OPTIONS_SIP_REFER: Options = options(null, [
  ["toUri", "to_uri", true, "a string"],
  ["statusUrl", "status_url", false, "a string"],
  ["username", "username", false, "a string"],
  ["password", "password", false, "a string"],
]);

const OPTIONS_SLEEP: Options = options(null, [
  ["duration", "duration", false, "an integer of at least -1 or a SWML variable such as '${name}'"],
]);

const OPTIONS_STOP_DENOISE: Options = options(null, []);

const OPTIONS_STOP_RECORD_CALL: Options = options(null, [
  ["controlId", "control_id", false, "a string"],
]);

const OPTIONS_STOP_STREAM: Options = options(null, [
  ["controlId", "control_id", false, "a string"],
]);

const OPTIONS_STOP_TAP: Options = options(null, [["controlId", "control_id", false, "a string"]]);

const OPTIONS_STREAM: Options = options(null, [
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

const OPTIONS_SWITCH: Options = options(null, [
  ["variable", "variable", true, "a string"],
  ["case", "case", true, "a JSON object whose values are each a list of SWML methods"],
  ["default", "default", false, "a list of SWML methods"],
]);

const OPTIONS_TAP: Options = options(null, [
  ["uri", "uri", true, "a string"],
  ["controlId", "control_id", false, "a string"],
  ["direction", "direction", false, "one of 'speak', 'listen', 'both'"],
  ["codec", "codec", false, "one of 'PCMU', 'PCMA'"],
  ["rtpPtime", "rtp_ptime", false, "an integer or a SWML variable such as '${name}'"],
  ["statusUrl", "status_url", false, "a string"],
]);

const OPTIONS_TRANSCRIBE: Options = options(null, [["statusUrl", "status_url", false, "a string"]]);

const OPTIONS_TRANSCRIBE_STOP: Options = options(null, []);

const OPTIONS_TRANSFER: Options = options(null, [
  ["dest", "dest", true, "a string"],
  ["params", "params", false, "a JSON object"],
  ["meta", "meta", false, "a JSON object"],
]);

const OPTIONS_USER_EVENT: Options = options(null, [["event", "event", true, "a JSON object"]]);

/**
 * A SWML document: named sections of verbs; execution starts at `main`.
 *
 * `new SWML().answer().play({ url: "say:Hello" }).hangup().toDict()` gives the document; a
 * `FunctionResult` takes it as is with `executeSwml`.
 */
export class SWML {
  readonly #sections = new Map<string, JsonObject[]>();
  #section: JsonObject[] = [];
  // null for a document read without "version", so that it is written back without one.
  #version: "1.0.0" | null = "1.0.0";

  constructor() {
    this.#sections.set("main", this.#section);
  }

  /**
   * Add the verbs that follow to section `name` (made empty if new); `main` runs first, and
   * `execute` / `transfer` reach the others by name.
   *
   * @throws {@link InvalidArgumentError} when `name` is not a non-empty string.
   */
  section(name: string): this {
    if (typeof name !== "string" || name === "") {
      throw new InvalidArgumentError("section", "name", name, "a non-empty string");
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
  toDict(): SwmlDocument {
    const sections: { [section: string]: JsonObject[] } = {};
    for (const [name, verbs] of this.#sections) {
      setKey(sections, name, [...verbs]);
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
  static fromDict(document: unknown): SWML {
    const checked = checkDocument(document, checkSWMLObject, validate);
    const sections = checked["sections"] as { [section: string]: JsonObject[] };
    const given = isPlainObject(document) ? document["sections"] : undefined;
    const built = new SWML();
    built.#sections.clear();
    // The checked copies, in the document's order.
    for (const name of Object.keys(isPlainObject(given) ? given : sections)) {
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
  static fromJSON(text: string): SWML {
    return SWML.fromDict(readJson(text));
  }

  /** The document, for `JSON.stringify(doc)`. */
  toJSON(): SwmlDocument {
    return this.toDict();
  }

  /** The document as JSON text (`indent` as `JSON.stringify`'s `space`). */
  toJsonString(indent?: number | string): string {
    return JSON.stringify(this.toDict(), null, indent);
  }

  #add(verb: string, argument: JsonValue): this {
    const entry: JsonObject = {};
    setKey(entry, verb, argument);
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
  answer(options?: AnswerOptions): this {
    return this.#add("answer", objectArgument("answer", options, OPTIONS_ANSWER, checkAnswer));
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
  ai(options: AIObjectOptions): this {
    return this.#add("ai", objectArgument("ai", options, OPTIONS_AI, checkAIObject));
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
  aiSidecar(options: AISidecarObjectOptions): this {
    return this.#add(
      "ai_sidecar",
      objectArgument("aiSidecar", options, OPTIONS_AI_SIDECAR, checkAISidecarObject),
    );
  }

  /**
   * Creates a new Bedrock AI Agent
   *
   * @param options - The options ({@link AmazonBedrockObjectOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/AmazonBedrock/properties/amazon_bedrock`
   */
  amazonBedrock(options: AmazonBedrockObjectOptions): this {
    return this.#add(
      "amazon_bedrock",
      objectArgument("amazonBedrock", options, OPTIONS_AMAZON_BEDROCK, checkAmazonBedrockObject),
    );
  }

  /**
   * Execute a sequence of instructions depending on the value of a JavaScript condition.
   *
   * @param value - a list of CondReg or CondElse objects
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Cond/properties/cond`
   */
  cond(value: (CondReg | CondElse)[]): this {
    return this.#add(
      "cond",
      valueArgument(
        "cond",
        value,
        _list_of_CondReg_or_CondElse,
        "a list of CondReg or CondElse objects",
      ),
    );
  }

  /**
   * Connect to a phone number, SIP URI, Resource Address, queue, or WebSocket stream.
   *
   * @param options - The options of one variant; the keys given pick it.
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Connect/properties/connect`
   */
  connect(
    options:
      | ConnectDeviceSingleOptions
      | ConnectDeviceSerialOptions
      | ConnectDeviceParallelOptions
      | ConnectDeviceSerialParallelOptions,
  ): this {
    return this.#add(
      "connect",
      unionArgument(
        "connect",
        options,
        OPTIONS_CONNECT,
        _verb_connect,
        "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object",
        false,
      ),
    );
  }

  /**
   * Start noise reduction. You can stop it at any time using `stop_denoise`.
   *
   * @param options - The options ({@link DenoiseOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Denoise/properties/denoise`
   */
  denoise(options?: DenoiseOptions): this {
    return this.#add("denoise", objectArgument("denoise", options, OPTIONS_DENOISE, checkDenoise));
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
  enterQueue(options: EnterQueueObjectOptions): this {
    return this.#add(
      "enter_queue",
      objectArgument("enterQueue", options, OPTIONS_ENTER_QUEUE, checkEnterQueueObject),
    );
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
  execute(options: ExecuteOptions): this {
    return this.#add("execute", objectArgument("execute", options, OPTIONS_EXECUTE, checkExecute));
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
  goto(options: GotoOptions): this {
    return this.#add("goto", objectArgument("goto", options, OPTIONS_GOTO, checkGoto));
  }

  /**
   * Mark any point of the SWML section with a label so that goto can jump to it.
   *
   * @param value - a string
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Label/properties/label`
   */
  label(value: string): this {
    return this.#add("label", valueArgument("label", value, _verb_label, "a string"));
  }

  /**
   * Start live transcription of the call. The transcription will be sent to the specified webhook URL.
   *
   * @param options - The options ({@link LiveTranscribeOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/LiveTranscribe/properties/live_transcribe`
   */
  liveTranscribe(options: LiveTranscribeOptions): this {
    return this.#add(
      "live_transcribe",
      objectArgument("liveTranscribe", options, OPTIONS_LIVE_TRANSCRIBE, checkLiveTranscribe),
    );
  }

  /**
   * Start live translation of the call. The translation will be sent to the specified webhook URL.
   *
   * @param options - The options ({@link LiveTranslateOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/LiveTranslate/properties/live_translate`
   */
  liveTranslate(options: LiveTranslateOptions): this {
    return this.#add(
      "live_translate",
      objectArgument("liveTranslate", options, OPTIONS_LIVE_TRANSLATE, checkLiveTranslate),
    );
  }

  /**
   * End the call with an optional reason.
   *
   * @param options - The options ({@link HangupOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Hangup/properties/hangup`
   */
  hangup(options?: HangupOptions): this {
    return this.#add("hangup", objectArgument("hangup", options, OPTIONS_HANGUP, checkHangup));
  }

  /**
   * Join a Relay room. If the room doesn't exist, it creates a new room.
   *
   * @param options - The options ({@link JoinRoomOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/JoinRoom/properties/join_room`
   */
  joinRoom(options: JoinRoomOptions): this {
    return this.#add(
      "join_room",
      objectArgument("joinRoom", options, OPTIONS_JOIN_ROOM, checkJoinRoom),
    );
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
  joinConference(options: JoinConferenceOptions): this {
    return this.#add(
      "join_conference",
      objectArgument("joinConference", options, OPTIONS_JOIN_CONFERENCE, checkJoinConference),
    );
  }

  /**
   * Play file(s), ringtones, speech or silence.
   *
   * @param options - The options of one variant; the keys given pick it.
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Play/properties/play`
   */
  play(options: PlayWithURLOptions | PlayWithURLSOptions): this {
    return this.#add(
      "play",
      unionArgument(
        "play",
        options,
        OPTIONS_PLAY,
        _PlayWithURL_or_PlayWithURLS,
        "a PlayWithURL object or a PlayWithURLS object",
        false,
      ),
    );
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
  prompt(options: PromptOptions): this {
    return this.#add("prompt", objectArgument("prompt", options, OPTIONS_PROMPT, checkPrompt));
  }

  /**
   * Receive a fax being delivered to this call.
   *
   * @param options - The options ({@link ReceiveFaxOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/ReceiveFax/properties/receive_fax`
   */
  receiveFax(options?: ReceiveFaxOptions): this {
    return this.#add(
      "receive_fax",
      objectArgument("receiveFax", options, OPTIONS_RECEIVE_FAX, checkReceiveFax),
    );
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
  record(options?: RecordArgumentOptions): this {
    return this.#add(
      "record",
      objectArgument("record", options, OPTIONS_RECORD, checkRecordArgument),
    );
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
  recordCall(options?: RecordCallOptions): this {
    return this.#add(
      "record_call",
      objectArgument("recordCall", options, OPTIONS_RECORD_CALL, checkRecordCall),
    );
  }

  /**
   * Send a GET, POST, PUT, or DELETE request to a remote URL.
   *
   * @param options - The options ({@link RequestOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Request/properties/request`
   */
  request(options: RequestOptions): this {
    return this.#add("request", objectArgument("request", options, OPTIONS_REQUEST, checkRequest));
  }

  /**
   * Return a value from an execute call or exit the script. The value can be any type.
   *
   * @param value - any JSON value
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Return/properties/return`
   */
  return(value?: JsonValue): this {
    return this.#add(
      "return",
      valueArgument("return", value === undefined ? null : value, _any, "any JSON value"),
    );
  }

  /**
   * Send digit presses as DTMF tones.
   *
   * @param options - The options ({@link SendDigitsOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/SendDigits/properties/send_digits`
   */
  sendDigits(options: SendDigitsOptions): this {
    return this.#add(
      "send_digits",
      objectArgument("sendDigits", options, OPTIONS_SEND_DIGITS, checkSendDigits),
    );
  }

  /**
   * Send a fax.
   *
   * @param options - The options ({@link SendFaxOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/SendFax/properties/send_fax`
   */
  sendFax(options: SendFaxOptions): this {
    return this.#add(
      "send_fax",
      objectArgument("sendFax", options, OPTIONS_SEND_FAX, checkSendFax),
    );
  }

  /**
   * Send an outbound SMS or MMS message to a PSTN phone number.
   *
   * @param options - The options of one variant; the keys given pick it.
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/SendSMS/properties/send_sms`
   */
  sendSms(options: SMSWithBodyOptions | SMSWithMediaOptions): this {
    return this.#add(
      "send_sms",
      unionArgument(
        "sendSms",
        options,
        OPTIONS_SEND_SMS,
        _SMSWithBody_or_SMSWithMedia,
        "a SMSWithBody object or a SMSWithMedia object",
        false,
      ),
    );
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
  set(value: { [key: string]: JsonValue }): this {
    return this.#add("set", valueArgument("set", value, _map_of_any, "a JSON object"));
  }

  /**
   * Pause execution for a specified duration.
   *
   * @param valueOrOptions - The short form, an integer or a SWML variable such as '${name}', or the options of one variant.
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Sleep/properties/sleep`
   */
  sleep(valueOrOptions: number | SwmlVariable | SleepOptions): this {
    return this.#add(
      "sleep",
      unionArgument(
        "sleep",
        valueOrOptions,
        OPTIONS_SLEEP,
        _Sleep_or_int_or_var,
        "a Sleep object or an integer or a SWML variable such as '${name}'",
        true,
      ),
    );
  }

  /**
   * Send SIP REFER to a SIP call.
   *
   * @param options - The options ({@link SipReferOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/SIPRefer/properties/sip_refer`
   */
  sipRefer(options: SipReferOptions): this {
    return this.#add(
      "sip_refer",
      objectArgument("sipRefer", options, OPTIONS_SIP_REFER, checkSipRefer),
    );
  }

  /**
   * Stop noise reduction that was started with denoise.
   *
   * @param options - The options ({@link StopDenoiseOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/StopDenoise/properties/stop_denoise`
   */
  stopDenoise(options?: StopDenoiseOptions): this {
    return this.#add(
      "stop_denoise",
      objectArgument("stopDenoise", options, OPTIONS_STOP_DENOISE, checkStopDenoise),
    );
  }

  /**
   * Stop an active background recording.
   *
   * @param options - The options ({@link StopRecordCallOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/StopRecordCall/properties/stop_record_call`
   */
  stopRecordCall(options?: StopRecordCallOptions): this {
    return this.#add(
      "stop_record_call",
      objectArgument("stopRecordCall", options, OPTIONS_STOP_RECORD_CALL, checkStopRecordCall),
    );
  }

  /**
   * Stop an active audio stream.
   *
   * @param options - The options ({@link StopStreamOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/StopStream/properties/stop_stream`
   */
  stopStream(options?: StopStreamOptions): this {
    return this.#add(
      "stop_stream",
      objectArgument("stopStream", options, OPTIONS_STOP_STREAM, checkStopStream),
    );
  }

  /**
   * Stop an active tap stream.
   *
   * @param options - The options ({@link StopTapOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/StopTap/properties/stop_tap`
   */
  stopTap(options?: StopTapOptions): this {
    return this.#add(
      "stop_tap",
      objectArgument("stopTap", options, OPTIONS_STOP_TAP, checkStopTap),
    );
  }

  /**
   * Start a background audio stream from the call to a WebSocket endpoint. Runs alongside the call as an independent operation.
   *
   * @param options - The options ({@link StreamOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Stream/properties/stream`
   */
  stream(options: StreamOptions): this {
    return this.#add("stream", objectArgument("stream", options, OPTIONS_STREAM, checkStream));
  }

  /**
   * Execute different instructions based on a variable's value.
   *
   * @param options - The options ({@link SwitchArgumentOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Switch/properties/switch`
   */
  switch(options: SwitchArgumentOptions): this {
    return this.#add(
      "switch",
      objectArgument("switch", options, OPTIONS_SWITCH, checkSwitchArgument),
    );
  }

  /**
   * Start background call tap. Media is streamed over Websocket or RTP to customer controlled URI.
   *
   * @param options - The options ({@link TapOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/Tap/properties/tap`
   */
  tap(options: TapOptions): this {
    return this.#add("tap", objectArgument("tap", options, OPTIONS_TAP, checkTap));
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
  transcribe(options?: TranscribeOptions): this {
    return this.#add(
      "transcribe",
      objectArgument("transcribe", options, OPTIONS_TRANSCRIBE, checkTranscribe),
    );
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
  transcribeStop(options?: TranscribeStopOptions): this {
    return this.#add(
      "transcribe_stop",
      objectArgument("transcribeStop", options, OPTIONS_TRANSCRIBE_STOP, checkTranscribeStop),
    );
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
  transfer(options: TransferOptions): this {
    return this.#add(
      "transfer",
      objectArgument("transfer", options, OPTIONS_TRANSFER, checkTransfer),
    );
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
  unset(value: string | string[]): this {
    return this.#add(
      "unset",
      valueArgument("unset", value, _str_or_list_of_str, "a string or a list of strings"),
    );
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
  pay(options: PayOptions): this {
    return this.#add("pay", objectArgument("pay", options, OPTIONS_PAY, checkPay));
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
  detectMachine(options?: DetectMachineOptions): this {
    return this.#add(
      "detect_machine",
      objectArgument("detectMachine", options, OPTIONS_DETECT_MACHINE, checkDetectMachine),
    );
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
  userEvent(options: UserEventOptions): this {
    return this.#add(
      "user_event",
      objectArgument("userEvent", options, OPTIONS_USER_EVENT, checkUserEvent),
    );
  }

  /**
   * Run an RPC command on a call, such as dialling out, sending a message to another call's agent or taking it off hold.
   *
   * @param options - The options ({@link ExecuteRpcOptions}).
   * @returns This document, for chaining.
   * @throws {@link InvalidArgumentError} when a value is outside what the spec allows; nothing is added.
   * @see Spec: `#/$defs/ExecuteRPC/properties/execute_rpc`
   */
  executeRpc(options: ExecuteRpcOptions): this {
    return this.#add(
      "execute_rpc",
      objectArgument("executeRpc", options, OPTIONS_EXECUTE_RPC, checkExecuteRpc),
    );
  }
}
