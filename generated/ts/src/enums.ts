// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1

/**
 * Value sets of the spec: a string-literal union type each, and a constant object of the same
 * name holding its values by name (`Beep.OnEnter === "onEnter"`).
 */

/**
 * Values of ``beep``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/beep`.
 */
export type Beep = "true" | "false" | "onEnter" | "onExit";

/** The values of Beep by name: `Beep.True`. */
export const Beep = Object.freeze({
  /** beep on both enter and exit */
  True: "true",
  /** no beep */
  False: "false",
  /** beep only when a participant joins */
  OnEnter: "onEnter",
  /** beep only when a participant leaves */
  OnExit: "onExit",
} as const);

/**
 * Values of ``CallStatus``.
 *
 * Used at `#/$defs/CallStatus`.
 */
export type CallStatus = "created" | "ringing" | "answered" | "ended";

/** The values of CallStatus by name: `CallStatus.Created`. */
export const CallStatus = Object.freeze({
  Created: "created",
  Ringing: "ringing",
  Answered: "answered",
  Ended: "ended",
} as const);

/**
 * Values of ``status_callback_event_type``, ``recording_status_callback_event_type``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/status_callback_event_type`, `#/$defs/JoinConferenceObject/properties/recording_status_callback_event_type`.
 */
export type CallbackEventType = "cxml" | "laml" | "relay";

/** The values of CallbackEventType by name: `CallbackEventType.Cxml`. */
export const CallbackEventType = Object.freeze({
  Cxml: "cxml",
  Laml: "laml",
  Relay: "relay",
} as const);

/**
 * Values of ``codec``.
 *
 * Used at `#/$defs/Tap/properties/tap/properties/codec`.
 */
export type Codec = "PCMU" | "PCMA";

/** The values of Codec by name: `Codec.Pcmu`. */
export const Codec = Object.freeze({
  Pcmu: "PCMU",
  Pcma: "PCMA",
} as const);

/**
 * Values of ``ConversationRole``.
 *
 * Used at `#/$defs/ConversationRole`.
 */
export type ConversationRole = "user" | "assistant" | "system";

/** The values of ConversationRole by name: `ConversationRole.User`. */
export const ConversationRole = Object.freeze({
  User: "user",
  Assistant: "assistant",
  System: "system",
} as const);

/**
 * Values of ``Direction``.
 *
 * Used at `#/$defs/Direction`.
 */
export type Direction = "inbound" | "outbound";

/** The values of Direction by name: `Direction.Inbound`. */
export const Direction = Object.freeze({
  Inbound: "inbound",
  Outbound: "outbound",
} as const);

/**
 * Values of ``emotion``.
 *
 * Used at `#/$defs/LanguageParams/properties/emotion`.
 */
export type Emotion = "happy" | "sad" | "angry" | "fearful" | "disgusted" | "surprised" | "neutral";

/** The values of Emotion by name: `Emotion.Happy`. */
export const Emotion = Object.freeze({
  Happy: "happy",
  Sad: "sad",
  Angry: "angry",
  Fearful: "fearful",
  Disgusted: "disgusted",
  Surprised: "surprised",
  Neutral: "neutral",
} as const);

/**
 * Values of ``enable_text_normalization``.
 *
 * Used at `#/$defs/AIParams/properties/enable_text_normalization`.
 */
export type EnableTextNormalization =
  "heard" | "spoken" | "both" | "true" | "on" | "false" | "off" | "none";

/** The values of EnableTextNormalization by name: `EnableTextNormalization.Heard`. */
export const EnableTextNormalization = Object.freeze({
  Heard: "heard",
  Spoken: "spoken",
  Both: "both",
  True: "true",
  On: "on",
  False: "false",
  Off: "off",
  None: "none",
} as const);

/**
 * Values of ``encryption``.
 *
 * Used at `#/$defs/ConnectDeviceSingle/properties/encryption`, `#/$defs/ConnectDeviceSerial/properties/encryption`, `#/$defs/ConnectDestination/properties/encryption`, `#/$defs/ConnectDeviceParallel/properties/encryption`, `#/$defs/ConnectDeviceSerialParallel/properties/encryption`.
 */
export type Encryption = "mandatory" | "optional" | "forbidden";

/** The values of Encryption by name: `Encryption.Mandatory`. */
export const Encryption = Object.freeze({
  Mandatory: "mandatory",
  Optional: "optional",
  Forbidden: "forbidden",
} as const);

/**
 * Values of ``format``.
 *
 * Used at `#/$defs/Record/properties/record/properties/format`, `#/$defs/RecordCall/properties/record_call/properties/format`.
 */
export type Format = "wav" | "mp3" | "mp4";

/** The values of Format by name: `Format.Wav`. */
export const Format = Object.freeze({
  Wav: "wav",
  Mp3: "mp3",
  Mp4: "mp4",
} as const);

/**
 * Values of ``status_callback_method``, ``recording_status_callback_method``, ``status_url_method``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/status_callback_method`, `#/$defs/JoinConferenceObject/properties/recording_status_callback_method`, `#/$defs/JoinConferenceStream/properties/status_url_method`.
 */
export type HttpMethod = "GET" | "POST";

/** The values of HttpMethod by name: `HttpMethod.Get`. */
export const HttpMethod = Object.freeze({
  Get: "GET",
  Post: "POST",
} as const);

/**
 * Values of ``method``.
 *
 * Used at `#/$defs/Webhook/properties/method`, `#/$defs/BedrockWebhook/properties/method`, `#/$defs/Request/properties/request/properties/method`.
 */
export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** The values of Method by name: `Method.Get`. */
export const Method = Object.freeze({
  Get: "GET",
  Post: "POST",
  Put: "PUT",
  Delete: "DELETE",
} as const);

/**
 * Values of ``pom_format``.
 *
 * Used at `#/$defs/AIParams/properties/pom_format`.
 */
export type PomFormat = "markdown" | "xml";

/** The values of PomFormat by name: `PomFormat.Markdown`. */
export const PomFormat = Object.freeze({
  Markdown: "markdown",
  Xml: "xml",
} as const);

/**
 * Values of ``reason``.
 *
 * Used at `#/$defs/Hangup/properties/hangup/properties/reason`.
 */
export type Reason = "hangup" | "busy" | "decline";

/** The values of Reason by name: `Reason.Hangup`. */
export const Reason = Object.freeze({
  Hangup: "hangup",
  Busy: "busy",
  Decline: "decline",
} as const);

/**
 * Values of ``record``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/record`.
 */
export type Record = "do-not-record" | "record-from-start";

/** The values of Record by name: `Record.DoNotRecord`. */
export const Record = Object.freeze({
  /** do not record the conference */
  DoNotRecord: "do-not-record",
  /** begin recording as soon as the conference starts */
  RecordFromStart: "record-from-start",
} as const);

/**
 * Values of ``direction``.
 *
 * Used at `#/$defs/RecordCall/properties/record_call/properties/direction`.
 */
export type RecordCallDirection = "speak" | "listen" | "both";

/** The values of RecordCallDirection by name: `RecordCallDirection.Speak`. */
export const RecordCallDirection = Object.freeze({
  Speak: "speak",
  Listen: "listen",
  Both: "both",
} as const);

/**
 * Values of ``direction``.
 *
 * Used at `#/$defs/Record/properties/record/properties/direction`.
 */
export type RecordDirection = "speak" | "listen";

/** The values of RecordDirection by name: `RecordDirection.Speak`. */
export const RecordDirection = Object.freeze({
  Speak: "speak",
  Listen: "listen",
} as const);

/**
 * Values of ``recording_status_callback_event``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/recording_status_callback_event`.
 */
export type RecordingStatusCallbackEvent = "in-progress" | "completed" | "absent";

/**
 * The values of RecordingStatusCallbackEvent by name: `RecordingStatusCallbackEvent.InProgress`.
 */
export const RecordingStatusCallbackEvent = Object.freeze({
  /** recording is currently in progress */
  InProgress: "in-progress",
  /** recording has completed */
  Completed: "completed",
  /** no recording was produced */
  Absent: "absent",
} as const);

/**
 * Values of ``region``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/region`.
 */
export type Region = "global" | "us" | "eu" | "ch";

/** The values of Region by name: `Region.Global`. */
export const Region = Object.freeze({
  Global: "global",
  Us: "us",
  Eu: "eu",
  Ch: "ch",
} as const);

/**
 * Values of ``SWAIGNativeFunction``.
 *
 * Used at `#/$defs/SWAIGNativeFunction`.
 */
export type SWAIGNativeFunction =
  "check_time" | "wait_seconds" | "wait_for_user" | "adjust_response_latency";

/** The values of SWAIGNativeFunction by name: `SWAIGNativeFunction.CheckTime`. */
export const SWAIGNativeFunction = Object.freeze({
  CheckTime: "check_time",
  WaitSeconds: "wait_seconds",
  WaitForUser: "wait_for_user",
  AdjustResponseLatency: "adjust_response_latency",
} as const);

/**
 * Values of ``SpeechEngine``.
 *
 * Used at `#/$defs/SpeechEngine`.
 */
export type SpeechEngine = "deepgram" | "google";

/** The values of SpeechEngine by name: `SpeechEngine.Deepgram`. */
export const SpeechEngine = Object.freeze({
  Deepgram: "deepgram",
  Google: "google",
} as const);

/**
 * Values of ``status_callback_event``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/status_callback_event`.
 */
export type StatusCallbackEvent =
  "start" | "end" | "join" | "leave" | "mute" | "hold" | "modify" | "speaker" | "announcement";

/** The values of StatusCallbackEvent by name: `StatusCallbackEvent.Start`. */
export const StatusCallbackEvent = Object.freeze({
  /** conference has started */
  Start: "start",
  /** conference has ended */
  End: "end",
  /** a participant joined */
  Join: "join",
  /** a participant left */
  Leave: "leave",
  /** a participant was muted or unmuted */
  Mute: "mute",
  /** a participant was placed on hold or resumed */
  Hold: "hold",
  /** conference settings were modified */
  Modify: "modify",
  /** active speaker changed */
  Speaker: "speaker",
  /** an announcement was played */
  Announcement: "announcement",
} as const);

/**
 * Values of ``status_url_method``.
 *
 * Used at `#/$defs/ConnectDeviceSingle/properties/status_url_method`, `#/$defs/ConnectDestination/properties/status_url_method`, `#/$defs/Stream/properties/stream/properties/status_url_method`.
 */
export type StatusUrlMethod = "GET" | "POST";

/** The values of StatusUrlMethod by name: `StatusUrlMethod.Get`. */
export const StatusUrlMethod = Object.freeze({
  Get: "GET",
  Post: "POST",
} as const);

/**
 * Values of ``StringFormat``.
 *
 * Used at `#/$defs/StringFormat`.
 */
export type StringFormat =
  | "date_time"
  | "time"
  | "date"
  | "duration"
  | "email"
  | "hostname"
  | "ipv4"
  | "ipv6"
  | "uri"
  | "uuid";

/** The values of StringFormat by name: `StringFormat.DateTime`. */
export const StringFormat = Object.freeze({
  DateTime: "date_time",
  Time: "time",
  Date: "date",
  Duration: "duration",
  Email: "email",
  Hostname: "hostname",
  Ipv4: "ipv4",
  Ipv6: "ipv6",
  Uri: "uri",
  Uuid: "uuid",
} as const);

/**
 * Values of ``summary_mode``.
 *
 * Used at `#/$defs/AIParams/properties/summary_mode`.
 */
export type SummaryMode = "string" | "original";

/** The values of SummaryMode by name: `SummaryMode.String`. */
export const SummaryMode = Object.freeze({
  String: "string",
  Original: "original",
} as const);

/**
 * Values of ``direction``.
 *
 * Used at `#/$defs/Tap/properties/tap/properties/direction`.
 */
export type TapDirection = "speak" | "listen" | "both";

/** The values of TapDirection by name: `TapDirection.Speak`. */
export const TapDirection = Object.freeze({
  Speak: "speak",
  Listen: "listen",
  Both: "both",
} as const);

/**
 * Values of ``token_type``.
 *
 * Used at `#/$defs/Pay/properties/pay/properties/token_type`.
 */
export type TokenType = "one-time" | "reusable";

/** The values of TokenType by name: `TokenType.OneTime`. */
export const TokenType = Object.freeze({
  OneTime: "one-time",
  Reusable: "reusable",
} as const);

/**
 * Values of ``tone``.
 *
 * Used at `#/$defs/DetectMachine/properties/detect_machine/properties/tone`.
 */
export type Tone = "CED" | "CNG";

/** The values of Tone by name: `Tone.Ced`. */
export const Tone = Object.freeze({
  Ced: "CED",
  Cng: "CNG",
} as const);

/**
 * Values of ``track``.
 *
 * Used at `#/$defs/Stream/properties/stream/properties/track`.
 */
export type Track = "inbound_track" | "outbound_track" | "both_tracks";

/** The values of Track by name: `Track.InboundTrack`. */
export const Track = Object.freeze({
  InboundTrack: "inbound_track",
  OutboundTrack: "outbound_track",
  BothTracks: "both_tracks",
} as const);

/**
 * Values of ``TranscribeDirection``.
 *
 * Used at `#/$defs/TranscribeDirection`.
 */
export type TranscribeDirection = "remote-caller" | "local-caller";

/** The values of TranscribeDirection by name: `TranscribeDirection.RemoteCaller`. */
export const TranscribeDirection = Object.freeze({
  RemoteCaller: "remote-caller",
  LocalCaller: "local-caller",
} as const);

/**
 * Values of ``TranslateDirection``.
 *
 * Used at `#/$defs/TranslateDirection`.
 */
export type TranslateDirection = "remote-caller" | "local-caller";

/** The values of TranslateDirection by name: `TranslateDirection.RemoteCaller`. */
export const TranslateDirection = Object.freeze({
  RemoteCaller: "remote-caller",
  LocalCaller: "local-caller",
} as const);

/**
 * Values of ``TranslationFilterPreset``.
 *
 * Used at `#/$defs/TranslationFilterPreset`.
 */
export type TranslationFilterPreset = "polite" | "rude" | "professional" | "shakespeare" | "gen-z";

/** The values of TranslationFilterPreset by name: `TranslationFilterPreset.Polite`. */
export const TranslationFilterPreset = Object.freeze({
  Polite: "polite",
  Rude: "rude",
  Professional: "professional",
  Shakespeare: "shakespeare",
  GenZ: "gen-z",
} as const);

/**
 * Values of ``trim``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/trim`.
 */
export type Trim = "trim-silence" | "do-not-trim";

/** The values of Trim by name: `Trim.TrimSilence`. */
export const Trim = Object.freeze({
  /** remove leading and trailing silence from the recording */
  TrimSilence: "trim-silence",
  /** keep silence in the recording as-is */
  DoNotTrim: "do-not-trim",
} as const);

/**
 * Values of ``tts_number_format``.
 *
 * Used at `#/$defs/AIParams/properties/tts_number_format`.
 */
export type TtsNumberFormat = "international" | "national";

/** The values of TtsNumberFormat by name: `TtsNumberFormat.International`. */
export const TtsNumberFormat = Object.freeze({
  International: "international",
  National: "national",
} as const);

/**
 * Values of ``voice_id``.
 *
 * Used at `#/$defs/OmitPropertiesBedrockPromptTextOmittedPromptProps/properties/voice_id`, `#/$defs/OmitPropertiesBedrockPromptPomOmittedPromptProps/properties/voice_id`.
 */
export type VoiceId = "tiffany" | "matthew" | "amy" | "lupe" | "carlos";

/** The values of VoiceId by name: `VoiceId.Tiffany`. */
export const VoiceId = Object.freeze({
  Tiffany: "tiffany",
  Matthew: "matthew",
  Amy: "amy",
  Lupe: "lupe",
  Carlos: "carlos",
} as const);
