// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
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
});
/** The values of CallStatus by name: `CallStatus.Created`. */
export const CallStatus = Object.freeze({
    Created: "created",
    Ringing: "ringing",
    Answered: "answered",
    Ended: "ended",
});
/** The values of CallbackEventType by name: `CallbackEventType.Cxml`. */
export const CallbackEventType = Object.freeze({
    Cxml: "cxml",
    Laml: "laml",
    Relay: "relay",
});
/** The values of Codec by name: `Codec.Pcmu`. */
export const Codec = Object.freeze({
    Pcmu: "PCMU",
    Pcma: "PCMA",
});
/** The values of ConversationRole by name: `ConversationRole.User`. */
export const ConversationRole = Object.freeze({
    User: "user",
    Assistant: "assistant",
    System: "system",
});
/** The values of Direction by name: `Direction.Inbound`. */
export const Direction = Object.freeze({
    Inbound: "inbound",
    Outbound: "outbound",
});
/** The values of Emotion by name: `Emotion.Happy`. */
export const Emotion = Object.freeze({
    Happy: "happy",
    Sad: "sad",
    Angry: "angry",
    Fearful: "fearful",
    Disgusted: "disgusted",
    Surprised: "surprised",
    Neutral: "neutral",
});
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
});
/** The values of Encryption by name: `Encryption.Mandatory`. */
export const Encryption = Object.freeze({
    Mandatory: "mandatory",
    Optional: "optional",
    Forbidden: "forbidden",
});
/** The values of Format by name: `Format.Wav`. */
export const Format = Object.freeze({
    Wav: "wav",
    Mp3: "mp3",
    Mp4: "mp4",
});
/** The values of HttpMethod by name: `HttpMethod.Get`. */
export const HttpMethod = Object.freeze({
    Get: "GET",
    Post: "POST",
});
/** The values of Method by name: `Method.Get`. */
export const Method = Object.freeze({
    Get: "GET",
    Post: "POST",
    Put: "PUT",
    Delete: "DELETE",
});
/** The values of PomFormat by name: `PomFormat.Markdown`. */
export const PomFormat = Object.freeze({
    Markdown: "markdown",
    Xml: "xml",
});
/** The values of Reason by name: `Reason.Hangup`. */
export const Reason = Object.freeze({
    Hangup: "hangup",
    Busy: "busy",
    Decline: "decline",
});
/** The values of Record by name: `Record.DoNotRecord`. */
export const Record = Object.freeze({
    /** do not record the conference */
    DoNotRecord: "do-not-record",
    /** begin recording as soon as the conference starts */
    RecordFromStart: "record-from-start",
});
/** The values of RecordCallDirection by name: `RecordCallDirection.Speak`. */
export const RecordCallDirection = Object.freeze({
    Speak: "speak",
    Listen: "listen",
    Both: "both",
});
/** The values of RecordDirection by name: `RecordDirection.Speak`. */
export const RecordDirection = Object.freeze({
    Speak: "speak",
    Listen: "listen",
});
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
});
/** The values of Region by name: `Region.Global`. */
export const Region = Object.freeze({
    Global: "global",
    Us: "us",
    Eu: "eu",
    Ch: "ch",
});
/** The values of SWAIGNativeFunction by name: `SWAIGNativeFunction.CheckTime`. */
export const SWAIGNativeFunction = Object.freeze({
    CheckTime: "check_time",
    WaitSeconds: "wait_seconds",
    WaitForUser: "wait_for_user",
    AdjustResponseLatency: "adjust_response_latency",
});
/** The values of SpeechEngine by name: `SpeechEngine.Deepgram`. */
export const SpeechEngine = Object.freeze({
    Deepgram: "deepgram",
    Google: "google",
});
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
});
/** The values of StatusUrlMethod by name: `StatusUrlMethod.Get`. */
export const StatusUrlMethod = Object.freeze({
    Get: "GET",
    Post: "POST",
});
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
});
/** The values of SummaryMode by name: `SummaryMode.String`. */
export const SummaryMode = Object.freeze({
    String: "string",
    Original: "original",
});
/** The values of TapDirection by name: `TapDirection.Speak`. */
export const TapDirection = Object.freeze({
    Speak: "speak",
    Listen: "listen",
    Both: "both",
});
/** The values of TokenType by name: `TokenType.OneTime`. */
export const TokenType = Object.freeze({
    OneTime: "one-time",
    Reusable: "reusable",
});
/** The values of Tone by name: `Tone.Ced`. */
export const Tone = Object.freeze({
    Ced: "CED",
    Cng: "CNG",
});
/** The values of Track by name: `Track.InboundTrack`. */
export const Track = Object.freeze({
    InboundTrack: "inbound_track",
    OutboundTrack: "outbound_track",
    BothTracks: "both_tracks",
});
/** The values of TranscribeDirection by name: `TranscribeDirection.RemoteCaller`. */
export const TranscribeDirection = Object.freeze({
    RemoteCaller: "remote-caller",
    LocalCaller: "local-caller",
});
/** The values of TranslateDirection by name: `TranslateDirection.RemoteCaller`. */
export const TranslateDirection = Object.freeze({
    RemoteCaller: "remote-caller",
    LocalCaller: "local-caller",
});
/** The values of TranslationFilterPreset by name: `TranslationFilterPreset.Polite`. */
export const TranslationFilterPreset = Object.freeze({
    Polite: "polite",
    Rude: "rude",
    Professional: "professional",
    Shakespeare: "shakespeare",
    GenZ: "gen-z",
});
/** The values of Trim by name: `Trim.TrimSilence`. */
export const Trim = Object.freeze({
    /** remove leading and trailing silence from the recording */
    TrimSilence: "trim-silence",
    /** keep silence in the recording as-is */
    DoNotTrim: "do-not-trim",
});
/** The values of TtsNumberFormat by name: `TtsNumberFormat.International`. */
export const TtsNumberFormat = Object.freeze({
    International: "international",
    National: "national",
});
/** The values of VoiceId by name: `VoiceId.Tiffany`. */
export const VoiceId = Object.freeze({
    Tiffany: "tiffany",
    Matthew: "matthew",
    Amy: "amy",
    Lupe: "lupe",
    Carlos: "carlos",
});
