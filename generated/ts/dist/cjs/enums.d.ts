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
export declare const Beep: Readonly<{
    /** beep on both enter and exit */
    readonly True: "true";
    /** no beep */
    readonly False: "false";
    /** beep only when a participant joins */
    readonly OnEnter: "onEnter";
    /** beep only when a participant leaves */
    readonly OnExit: "onExit";
}>;
/**
 * Values of ``CallStatus``.
 *
 * Used at `#/$defs/CallStatus`.
 */
export type CallStatus = "created" | "ringing" | "answered" | "ended";
/** The values of CallStatus by name: `CallStatus.Created`. */
export declare const CallStatus: Readonly<{
    readonly Created: "created";
    readonly Ringing: "ringing";
    readonly Answered: "answered";
    readonly Ended: "ended";
}>;
/**
 * Values of ``status_callback_event_type``, ``recording_status_callback_event_type``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/status_callback_event_type`, `#/$defs/JoinConferenceObject/properties/recording_status_callback_event_type`.
 */
export type CallbackEventType = "cxml" | "laml" | "relay";
/** The values of CallbackEventType by name: `CallbackEventType.Cxml`. */
export declare const CallbackEventType: Readonly<{
    readonly Cxml: "cxml";
    readonly Laml: "laml";
    readonly Relay: "relay";
}>;
/**
 * Values of ``codec``.
 *
 * Used at `#/$defs/Tap/properties/tap/properties/codec`.
 */
export type Codec = "PCMU" | "PCMA";
/** The values of Codec by name: `Codec.Pcmu`. */
export declare const Codec: Readonly<{
    readonly Pcmu: "PCMU";
    readonly Pcma: "PCMA";
}>;
/**
 * Values of ``ConversationRole``.
 *
 * Used at `#/$defs/ConversationRole`.
 */
export type ConversationRole = "user" | "assistant" | "system";
/** The values of ConversationRole by name: `ConversationRole.User`. */
export declare const ConversationRole: Readonly<{
    readonly User: "user";
    readonly Assistant: "assistant";
    readonly System: "system";
}>;
/**
 * Values of ``Direction``.
 *
 * Used at `#/$defs/Direction`.
 */
export type Direction = "inbound" | "outbound";
/** The values of Direction by name: `Direction.Inbound`. */
export declare const Direction: Readonly<{
    readonly Inbound: "inbound";
    readonly Outbound: "outbound";
}>;
/**
 * Values of ``emotion``.
 *
 * Used at `#/$defs/LanguageParams/properties/emotion`.
 */
export type Emotion = "happy" | "sad" | "angry" | "fearful" | "disgusted" | "surprised" | "neutral";
/** The values of Emotion by name: `Emotion.Happy`. */
export declare const Emotion: Readonly<{
    readonly Happy: "happy";
    readonly Sad: "sad";
    readonly Angry: "angry";
    readonly Fearful: "fearful";
    readonly Disgusted: "disgusted";
    readonly Surprised: "surprised";
    readonly Neutral: "neutral";
}>;
/**
 * Values of ``enable_text_normalization``.
 *
 * Used at `#/$defs/AIParams/properties/enable_text_normalization`.
 */
export type EnableTextNormalization = "heard" | "spoken" | "both" | "true" | "on" | "false" | "off" | "none";
/** The values of EnableTextNormalization by name: `EnableTextNormalization.Heard`. */
export declare const EnableTextNormalization: Readonly<{
    readonly Heard: "heard";
    readonly Spoken: "spoken";
    readonly Both: "both";
    readonly True: "true";
    readonly On: "on";
    readonly False: "false";
    readonly Off: "off";
    readonly None: "none";
}>;
/**
 * Values of ``encryption``.
 *
 * Used at `#/$defs/ConnectDeviceSingle/properties/encryption`, `#/$defs/ConnectDeviceSerial/properties/encryption`, `#/$defs/ConnectDestination/properties/encryption`, `#/$defs/ConnectDeviceParallel/properties/encryption`, `#/$defs/ConnectDeviceSerialParallel/properties/encryption`.
 */
export type Encryption = "mandatory" | "optional" | "forbidden";
/** The values of Encryption by name: `Encryption.Mandatory`. */
export declare const Encryption: Readonly<{
    readonly Mandatory: "mandatory";
    readonly Optional: "optional";
    readonly Forbidden: "forbidden";
}>;
/**
 * Values of ``format``.
 *
 * Used at `#/$defs/Record/properties/record/properties/format`, `#/$defs/RecordCall/properties/record_call/properties/format`.
 */
export type Format = "wav" | "mp3" | "mp4";
/** The values of Format by name: `Format.Wav`. */
export declare const Format: Readonly<{
    readonly Wav: "wav";
    readonly Mp3: "mp3";
    readonly Mp4: "mp4";
}>;
/**
 * Values of ``status_callback_method``, ``recording_status_callback_method``, ``status_url_method``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/status_callback_method`, `#/$defs/JoinConferenceObject/properties/recording_status_callback_method`, `#/$defs/JoinConferenceStream/properties/status_url_method`.
 */
export type HttpMethod = "GET" | "POST";
/** The values of HttpMethod by name: `HttpMethod.Get`. */
export declare const HttpMethod: Readonly<{
    readonly Get: "GET";
    readonly Post: "POST";
}>;
/**
 * Values of ``method``.
 *
 * Used at `#/$defs/Webhook/properties/method`, `#/$defs/BedrockWebhook/properties/method`, `#/$defs/Request/properties/request/properties/method`.
 */
export type Method = "GET" | "POST" | "PUT" | "DELETE";
/** The values of Method by name: `Method.Get`. */
export declare const Method: Readonly<{
    readonly Get: "GET";
    readonly Post: "POST";
    readonly Put: "PUT";
    readonly Delete: "DELETE";
}>;
/**
 * Values of ``pom_format``.
 *
 * Used at `#/$defs/AIParams/properties/pom_format`.
 */
export type PomFormat = "markdown" | "xml";
/** The values of PomFormat by name: `PomFormat.Markdown`. */
export declare const PomFormat: Readonly<{
    readonly Markdown: "markdown";
    readonly Xml: "xml";
}>;
/**
 * Values of ``reason``.
 *
 * Used at `#/$defs/Hangup/properties/hangup/properties/reason`.
 */
export type Reason = "hangup" | "busy" | "decline";
/** The values of Reason by name: `Reason.Hangup`. */
export declare const Reason: Readonly<{
    readonly Hangup: "hangup";
    readonly Busy: "busy";
    readonly Decline: "decline";
}>;
/**
 * Values of ``record``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/record`.
 */
export type Record = "do-not-record" | "record-from-start";
/** The values of Record by name: `Record.DoNotRecord`. */
export declare const Record: Readonly<{
    /** do not record the conference */
    readonly DoNotRecord: "do-not-record";
    /** begin recording as soon as the conference starts */
    readonly RecordFromStart: "record-from-start";
}>;
/**
 * Values of ``direction``.
 *
 * Used at `#/$defs/RecordCall/properties/record_call/properties/direction`.
 */
export type RecordCallDirection = "speak" | "listen" | "both";
/** The values of RecordCallDirection by name: `RecordCallDirection.Speak`. */
export declare const RecordCallDirection: Readonly<{
    readonly Speak: "speak";
    readonly Listen: "listen";
    readonly Both: "both";
}>;
/**
 * Values of ``direction``.
 *
 * Used at `#/$defs/Record/properties/record/properties/direction`.
 */
export type RecordDirection = "speak" | "listen";
/** The values of RecordDirection by name: `RecordDirection.Speak`. */
export declare const RecordDirection: Readonly<{
    readonly Speak: "speak";
    readonly Listen: "listen";
}>;
/**
 * Values of ``recording_status_callback_event``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/recording_status_callback_event`.
 */
export type RecordingStatusCallbackEvent = "in-progress" | "completed" | "absent";
/**
 * The values of RecordingStatusCallbackEvent by name: `RecordingStatusCallbackEvent.InProgress`.
 */
export declare const RecordingStatusCallbackEvent: Readonly<{
    /** recording is currently in progress */
    readonly InProgress: "in-progress";
    /** recording has completed */
    readonly Completed: "completed";
    /** no recording was produced */
    readonly Absent: "absent";
}>;
/**
 * Values of ``region``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/region`.
 */
export type Region = "global" | "us" | "eu" | "ch";
/** The values of Region by name: `Region.Global`. */
export declare const Region: Readonly<{
    readonly Global: "global";
    readonly Us: "us";
    readonly Eu: "eu";
    readonly Ch: "ch";
}>;
/**
 * Values of ``SWAIGNativeFunction``.
 *
 * Used at `#/$defs/SWAIGNativeFunction`.
 */
export type SWAIGNativeFunction = "check_time" | "wait_seconds" | "wait_for_user" | "adjust_response_latency";
/** The values of SWAIGNativeFunction by name: `SWAIGNativeFunction.CheckTime`. */
export declare const SWAIGNativeFunction: Readonly<{
    readonly CheckTime: "check_time";
    readonly WaitSeconds: "wait_seconds";
    readonly WaitForUser: "wait_for_user";
    readonly AdjustResponseLatency: "adjust_response_latency";
}>;
/**
 * Values of ``SpeechEngine``.
 *
 * Used at `#/$defs/SpeechEngine`.
 */
export type SpeechEngine = "deepgram" | "google";
/** The values of SpeechEngine by name: `SpeechEngine.Deepgram`. */
export declare const SpeechEngine: Readonly<{
    readonly Deepgram: "deepgram";
    readonly Google: "google";
}>;
/**
 * Values of ``status_callback_event``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/status_callback_event`.
 */
export type StatusCallbackEvent = "start" | "end" | "join" | "leave" | "mute" | "hold" | "modify" | "speaker" | "announcement";
/** The values of StatusCallbackEvent by name: `StatusCallbackEvent.Start`. */
export declare const StatusCallbackEvent: Readonly<{
    /** conference has started */
    readonly Start: "start";
    /** conference has ended */
    readonly End: "end";
    /** a participant joined */
    readonly Join: "join";
    /** a participant left */
    readonly Leave: "leave";
    /** a participant was muted or unmuted */
    readonly Mute: "mute";
    /** a participant was placed on hold or resumed */
    readonly Hold: "hold";
    /** conference settings were modified */
    readonly Modify: "modify";
    /** active speaker changed */
    readonly Speaker: "speaker";
    /** an announcement was played */
    readonly Announcement: "announcement";
}>;
/**
 * Values of ``status_url_method``.
 *
 * Used at `#/$defs/ConnectDeviceSingle/properties/status_url_method`, `#/$defs/ConnectDestination/properties/status_url_method`, `#/$defs/Stream/properties/stream/properties/status_url_method`.
 */
export type StatusUrlMethod = "GET" | "POST";
/** The values of StatusUrlMethod by name: `StatusUrlMethod.Get`. */
export declare const StatusUrlMethod: Readonly<{
    readonly Get: "GET";
    readonly Post: "POST";
}>;
/**
 * Values of ``StringFormat``.
 *
 * Used at `#/$defs/StringFormat`.
 */
export type StringFormat = "date_time" | "time" | "date" | "duration" | "email" | "hostname" | "ipv4" | "ipv6" | "uri" | "uuid";
/** The values of StringFormat by name: `StringFormat.DateTime`. */
export declare const StringFormat: Readonly<{
    readonly DateTime: "date_time";
    readonly Time: "time";
    readonly Date: "date";
    readonly Duration: "duration";
    readonly Email: "email";
    readonly Hostname: "hostname";
    readonly Ipv4: "ipv4";
    readonly Ipv6: "ipv6";
    readonly Uri: "uri";
    readonly Uuid: "uuid";
}>;
/**
 * Values of ``summary_mode``.
 *
 * Used at `#/$defs/AIParams/properties/summary_mode`.
 */
export type SummaryMode = "string" | "original";
/** The values of SummaryMode by name: `SummaryMode.String`. */
export declare const SummaryMode: Readonly<{
    readonly String: "string";
    readonly Original: "original";
}>;
/**
 * Values of ``direction``.
 *
 * Used at `#/$defs/Tap/properties/tap/properties/direction`.
 */
export type TapDirection = "speak" | "listen" | "both";
/** The values of TapDirection by name: `TapDirection.Speak`. */
export declare const TapDirection: Readonly<{
    readonly Speak: "speak";
    readonly Listen: "listen";
    readonly Both: "both";
}>;
/**
 * Values of ``token_type``.
 *
 * Used at `#/$defs/Pay/properties/pay/properties/token_type`.
 */
export type TokenType = "one-time" | "reusable";
/** The values of TokenType by name: `TokenType.OneTime`. */
export declare const TokenType: Readonly<{
    readonly OneTime: "one-time";
    readonly Reusable: "reusable";
}>;
/**
 * Values of ``tone``.
 *
 * Used at `#/$defs/DetectMachine/properties/detect_machine/properties/tone`.
 */
export type Tone = "CED" | "CNG";
/** The values of Tone by name: `Tone.Ced`. */
export declare const Tone: Readonly<{
    readonly Ced: "CED";
    readonly Cng: "CNG";
}>;
/**
 * Values of ``track``.
 *
 * Used at `#/$defs/Stream/properties/stream/properties/track`.
 */
export type Track = "inbound_track" | "outbound_track" | "both_tracks";
/** The values of Track by name: `Track.InboundTrack`. */
export declare const Track: Readonly<{
    readonly InboundTrack: "inbound_track";
    readonly OutboundTrack: "outbound_track";
    readonly BothTracks: "both_tracks";
}>;
/**
 * Values of ``TranscribeDirection``.
 *
 * Used at `#/$defs/TranscribeDirection`.
 */
export type TranscribeDirection = "remote-caller" | "local-caller";
/** The values of TranscribeDirection by name: `TranscribeDirection.RemoteCaller`. */
export declare const TranscribeDirection: Readonly<{
    readonly RemoteCaller: "remote-caller";
    readonly LocalCaller: "local-caller";
}>;
/**
 * Values of ``TranslateDirection``.
 *
 * Used at `#/$defs/TranslateDirection`.
 */
export type TranslateDirection = "remote-caller" | "local-caller";
/** The values of TranslateDirection by name: `TranslateDirection.RemoteCaller`. */
export declare const TranslateDirection: Readonly<{
    readonly RemoteCaller: "remote-caller";
    readonly LocalCaller: "local-caller";
}>;
/**
 * Values of ``TranslationFilterPreset``.
 *
 * Used at `#/$defs/TranslationFilterPreset`.
 */
export type TranslationFilterPreset = "polite" | "rude" | "professional" | "shakespeare" | "gen-z";
/** The values of TranslationFilterPreset by name: `TranslationFilterPreset.Polite`. */
export declare const TranslationFilterPreset: Readonly<{
    readonly Polite: "polite";
    readonly Rude: "rude";
    readonly Professional: "professional";
    readonly Shakespeare: "shakespeare";
    readonly GenZ: "gen-z";
}>;
/**
 * Values of ``trim``.
 *
 * Used at `#/$defs/JoinConferenceObject/properties/trim`.
 */
export type Trim = "trim-silence" | "do-not-trim";
/** The values of Trim by name: `Trim.TrimSilence`. */
export declare const Trim: Readonly<{
    /** remove leading and trailing silence from the recording */
    readonly TrimSilence: "trim-silence";
    /** keep silence in the recording as-is */
    readonly DoNotTrim: "do-not-trim";
}>;
/**
 * Values of ``tts_number_format``.
 *
 * Used at `#/$defs/AIParams/properties/tts_number_format`.
 */
export type TtsNumberFormat = "international" | "national";
/** The values of TtsNumberFormat by name: `TtsNumberFormat.International`. */
export declare const TtsNumberFormat: Readonly<{
    readonly International: "international";
    readonly National: "national";
}>;
/**
 * Values of ``voice_id``.
 *
 * Used at `#/$defs/OmitPropertiesBedrockPromptTextOmittedPromptProps/properties/voice_id`, `#/$defs/OmitPropertiesBedrockPromptPomOmittedPromptProps/properties/voice_id`.
 */
export type VoiceId = "tiffany" | "matthew" | "amy" | "lupe" | "carlos";
/** The values of VoiceId by name: `VoiceId.Tiffany`. */
export declare const VoiceId: Readonly<{
    readonly Tiffany: "tiffany";
    readonly Matthew: "matthew";
    readonly Amy: "amy";
    readonly Lupe: "lupe";
    readonly Carlos: "carlos";
}>;
