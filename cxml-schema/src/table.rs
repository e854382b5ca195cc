// The cXML vocabulary as data: every element, attribute, value type and nesting rule.
// Transcribed from the SignalWire cXML reference (voice, messaging, fax, SSML inside Say);
// the facts are SignalWire's, the wording is ours. Hand edits are welcome: this file is the source.
// Each entry states only what differs from `Attribute::DEFAULT` / `ElementSpec::DEFAULT` (below the
// enum types), and the `ids` constants are numbered by the `elements!` list itself.

use super::Format;
use super::model::*;

/// Named value sets of enumerated attributes; each becomes a Rust enum in `cxml::values`.
pub static ENUM_TYPES: &[&EnumType] = &[
    &METHOD,
    &DIAL_RECORD,
    &STORAGE_METHOD,
    &RECORDING_TRACK,
    &RING_TONE,
    &TRIM,
    &BEEP,
    &CONFERENCE_RECORD,
    &SPEECH_MODEL,
    &PAY_INPUT,
    &PAY_LANGUAGE,
    &PAYMENT_METHOD,
    &TOKEN_TYPE,
    &PAYMENT_STEP,
    &REJECT_REASON,
    &STREAM_CODEC,
    &STREAM_TRACK,
    &BREAK_STRENGTH,
    &EMPHASIS_LEVEL,
    &SSML_LANGUAGE,
    &PHONETIC_ALPHABET,
    &INTERPRET_AS,
    &DATE_FORMAT,
    &WORD_ROLE,
    &BREATH_VOLUME,
    &BREATH_FREQUENCY,
    &BREATH_DURATION,
    &SPEECH_DOMAIN,
    &VOICE_EFFECT,
    &PHONATION,
    &FAX_MEDIA_TYPE,
    &PAGE_SIZE,
];

pub(crate) static METHOD: EnumType = EnumType {
    rust_name: "Method",
    values: &["GET", "POST"],
};
pub(crate) static DIAL_RECORD: EnumType = EnumType {
    rust_name: "DialRecord",
    values: &[
        "do-not-record",
        "record-from-answer",
        "record-from-ringing",
        "record-from-answer-dual",
        "record-from-ringing-dual",
    ],
};
pub(crate) static STORAGE_METHOD: EnumType = EnumType {
    rust_name: "StorageMethod",
    values: &["POST", "PUT"],
};
pub(crate) static RECORDING_TRACK: EnumType = EnumType {
    rust_name: "RecordingTrack",
    values: &["inbound", "outbound", "both"],
};
pub(crate) static RING_TONE: EnumType = EnumType {
    rust_name: "RingTone",
    values: &[
        "at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr",
        "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt",
        "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za",
    ],
};
pub(crate) static TRIM: EnumType = EnumType {
    rust_name: "Trim",
    values: &["trim-silence", "do-not-trim"],
};
pub(crate) static BEEP: EnumType = EnumType {
    rust_name: "Beep",
    values: &["true", "false", "onEnter", "onExit"],
};
pub(crate) static CONFERENCE_RECORD: EnumType = EnumType {
    rust_name: "ConferenceRecord",
    values: &["do-not-record", "record-from-start"],
};
pub(crate) static SPEECH_MODEL: EnumType = EnumType {
    rust_name: "SpeechModel",
    values: &["phone_call", "video", "default"],
};
pub(crate) static PAY_INPUT: EnumType = EnumType {
    rust_name: "PayInput",
    values: &["dtmf"],
};
pub(crate) static PAY_LANGUAGE: EnumType = EnumType {
    rust_name: "PayLanguage",
    values: &[
        "en-AU", "en-CA", "en-GB", "en-IN", "en-US", "es-ES", "es-MX", "fr-CA", "fr-FR", "de-DE",
        "it-IT",
    ],
};
pub(crate) static PAYMENT_METHOD: EnumType = EnumType {
    rust_name: "PaymentMethod",
    values: &["credit-card", "ach-debit"],
};
pub(crate) static TOKEN_TYPE: EnumType = EnumType {
    rust_name: "TokenType",
    values: &["one-time", "reusable"],
};
pub(crate) static PAYMENT_STEP: EnumType = EnumType {
    rust_name: "PaymentStep",
    values: &[
        "payment-card-number",
        "expiration-date",
        "security-code",
        "postal-code",
        "bank-routing-number",
        "bank-account-number",
        "payment-processing",
    ],
};
pub(crate) static REJECT_REASON: EnumType = EnumType {
    rust_name: "RejectReason",
    values: &["busy", "rejected"],
};
pub(crate) static STREAM_CODEC: EnumType = EnumType {
    rust_name: "StreamCodec",
    values: &["PCMU@8000h", "L16@16000h", "L16@24000h"],
};
pub(crate) static STREAM_TRACK: EnumType = EnumType {
    rust_name: "StreamTrack",
    values: &["inbound_track", "outbound_track", "both_tracks"],
};
pub(crate) static BREAK_STRENGTH: EnumType = EnumType {
    rust_name: "BreakStrength",
    values: &["none", "x-weak", "weak", "medium", "strong", "x-strong"],
};
pub(crate) static EMPHASIS_LEVEL: EnumType = EnumType {
    rust_name: "EmphasisLevel",
    values: &["strong", "moderate", "reduced"],
};
pub(crate) static SSML_LANGUAGE: EnumType = EnumType {
    rust_name: "SsmlLanguage",
    values: &[
        "en-US", "en-GB", "en-IN", "en-AU", "en-CA", "de-DE", "es-ES", "it-IT", "ja-JP", "fr-FR",
    ],
};
pub(crate) static PHONETIC_ALPHABET: EnumType = EnumType {
    rust_name: "PhoneticAlphabet",
    values: &["ipa", "x-sampa"],
};
pub(crate) static INTERPRET_AS: EnumType = EnumType {
    rust_name: "InterpretAs",
    values: &[
        "characters",
        "spell-out",
        "cardinal",
        "number",
        "ordinal",
        "digits",
        "fraction",
        "unit",
        "date",
        "time",
        "telephone",
        "address",
        "interjection",
        "expletive",
    ],
};
pub(crate) static DATE_FORMAT: EnumType = EnumType {
    rust_name: "DateFormat",
    values: &["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y"],
};
pub(crate) static WORD_ROLE: EnumType = EnumType {
    rust_name: "WordRole",
    values: &[
        "amazon:VB",
        "amazon:VBD",
        "amazon:DT",
        "amazon:IN",
        "amazon:JJ",
        "amazon:NN",
        "amazon:DEFAULT",
        "amazon:SENSE_1",
    ],
};
pub(crate) static BREATH_VOLUME: EnumType = EnumType {
    rust_name: "BreathVolume",
    values: &["default", "x-soft", "soft", "medium", "loud", "x-loud"],
};
pub(crate) static BREATH_FREQUENCY: EnumType = EnumType {
    rust_name: "BreathFrequency",
    values: &["default", "x-low", "low", "medium", "high", "x-high"],
};
pub(crate) static BREATH_DURATION: EnumType = EnumType {
    rust_name: "BreathDuration",
    values: &["default", "x-short", "short", "medium", "long", "x-long"],
};
pub(crate) static SPEECH_DOMAIN: EnumType = EnumType {
    rust_name: "SpeechDomain",
    values: &["news"],
};
pub(crate) static VOICE_EFFECT: EnumType = EnumType {
    rust_name: "VoiceEffect",
    values: &["drc", "whispered"],
};
pub(crate) static PHONATION: EnumType = EnumType {
    rust_name: "Phonation",
    values: &["soft"],
};
pub(crate) static FAX_MEDIA_TYPE: EnumType = EnumType {
    rust_name: "FaxMediaType",
    values: &["application/pdf", "image/tiff"],
};
pub(crate) static PAGE_SIZE: EnumType = EnumType {
    rust_name: "PageSize",
    values: &["letter", "legal", "a4"],
};

impl Attribute {
    /// What an attribute is unless its entry says otherwise: optional, without a documented
    /// default, limits or other forms, documented by SignalWire. Every entry still states its
    /// `name`, `ty` and `about`; the empty placeholders here are never meant to show.
    pub(crate) const DEFAULT: Attribute = Attribute {
        name: "",
        ty: ValueType::String { keywords: &[] },
        default: None,
        required: false,
        min: None,
        max: None,
        max_length: None,
        format: None,
        checked_format: None,
        source: Source::SignalWire,
        about: "",
    };
}

impl ElementSpec {
    /// What an element is unless its entry says otherwise: documented, no text, no parents,
    /// children or attributes, no counts and no further rules. Every entry still states its
    /// `id`, `name`, `scope`, `kind` and `about`; the placeholders here are never meant to show.
    pub(crate) const DEFAULT: ElementSpec = ElementSpec {
        id: "",
        name: "",
        platform: Platform::SignalWire,
        scope: Scope::Voice,
        kind: Kind::Verb,
        status: Status::Documented,
        about: "",
        parents: &[],
        children: &[],
        twilio_only_children: &[],
        text: TextRule::None,
        mixed: false,
        text_format: None,
        text_values: &[],
        text_required_unless: None,
        text_or_children: false,
        text_child: None,
        attributes: &[],
        twilio_only_attributes: &[],
        child_max: &[],
        min_children: None,
        max_children: None,
        exclusive_children: &[],
        banned_child_attributes: &[],
        notes: &[],
    };
}

element_table![
    range: 0,
    ids: "Stable indices of the elements in [`ELEMENTS`].",
    count: "How many elements the table has.",
    elements: "Every element of every channel, indexed by [`ElementId`].";
    VOICE_RESPONSE = ElementSpec {
        id: "voice.Response",
        name: "Response",
        scope: Scope::Voice,
        kind: Kind::Root,
        about: "Root element of every voice document. Its children are verbs, executed one after another from the top.",
        children: &[
            ids::VOICE_CONNECT,
            ids::VOICE_DENOISE,
            ids::VOICE_DIAL,
            ids::VOICE_ECHO,
            ids::VOICE_ENQUEUE,
            ids::VOICE_GATHER,
            ids::VOICE_HANGUP,
            ids::VOICE_LEAVE,
            ids::VOICE_PAUSE,
            ids::VOICE_PAY,
            ids::VOICE_PLAY,
            ids::VOICE_RECORD,
            ids::VOICE_REDIRECT,
            ids::VOICE_REFER,
            ids::VOICE_REJECT,
            ids::VOICE_SAY,
            ids::VOICE_SMS,
            ids::VOICE_START,
            ids::VOICE_STOP,
        ],
        notes: &[
            "Exactly one Response per document, and it must be the document element.",
            "May be empty (`<Response></Response>` or `<Response/>`): the call then ends / nothing further happens.",
            "Element and attribute names are case-sensitive.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONNECT = ElementSpec {
        id: "voice.Connect",
        name: "Connect",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Hands the live call to another resource: a video room, a bidirectional media stream, or a (deprecated) Dialogflow agent.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[
            ids::VOICE_ROOM,
            ids::VOICE_STREAM,
            ids::VOICE_VIRTUALAGENT,
            ids::VOICE_AI,
        ],
        twilio_only_children: &[
            "Autopilot",
            "Conversation",
            "ConversationRelay",
            "AiSession",
            "ConversationRelaySession",
        ],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::SignalWireExample,
                about: "Not in an attribute table. SignalWire's VirtualAgent page uses `<Connect action=...>` and describes the request sent to it when the Dialogflow session ends (see webhooks.md, Connect action).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "HTTP method for `action`. Only Twilio documents this attribute.",
                ..Attribute::DEFAULT
            },
        ],
        min_children: Some(1),
        max_children: Some(1),
        notes: &[
            "Holds one noun. SignalWire does not state a count; Twilio allows a single noun per Connect.",
            "`<Connect><Stream>` makes the stream bidirectional (contrast `<Start><Stream>`, one-way).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_DENOISE = ElementSpec {
        id: "voice.Denoise",
        name: "Denoise",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "SignalWire-only verb that switches noise reduction on or off for the audio arriving at SignalWire from the caller.",
        parents: &[ids::VOICE_RESPONSE],
        text: TextRule::Required,
        text_format: Some("enum: `on` | `off`"),
        text_values: &["on", "off"],
        notes: &["No attributes, no child elements; the text content is the switch."],
        ..ElementSpec::DEFAULT
    },
    VOICE_DIAL = ElementSpec {
        id: "voice.Dial",
        name: "Dial",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Connects the current call to a new outbound leg: a number, SIP URI, Verto client, conference or queue.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[
            ids::VOICE_CONFERENCE,
            ids::VOICE_NUMBER,
            ids::VOICE_QUEUE,
            ids::VOICE_SIP_AT_DIAL,
            ids::VOICE_VERTO,
        ],
        twilio_only_children: &["Client", "Application", "Sim", "WhatsApp"],
        text: TextRule::Optional,
        text_format: Some("phone number (e.g. `123-456-7890` in the docs; E.164 preferred)"),
        text_or_children: true,
        text_child: Some(ids::VOICE_NUMBER),
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Absolute URL requested (GET/POST) when the dialled leg ends. Without it, execution falls through to the next verb, and the call ends if there is none.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "answerOnBridge",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Keep the inbound leg ringing until the dialled party answers; for SIP inbound legs a 180/183 is sent early and 200 on bridge.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "callerId",
                ty: ValueType::String { keywords: &[] },
                format: Some("E.164 (or SIP-style token when dialling Sip)"),
                about: "Caller ID shown to the callee. Must be an E.164 number verified in or bought from SignalWire. With `<Sip>` nouns any alphanumeric string plus `+-_.,` (no whitespace) is allowed.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "callerName",
                ty: ValueType::String { keywords: &[] },
                max_length: Some(70),
                about: "Caller name for SIP calls; alphanumeric, at most 70 characters.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hangupOnStar",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Lets the caller hang up the dialled leg by pressing `*`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "record",
                ty: ValueType::Enum(&DIAL_RECORD),
                default: Some("do-not-record"),
                about: "Records both legs. `-dual` values give one file with two channels; others mix into one channel. The page types it as string. A guide example uses `record=\"true\"`, which is not in this list.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                about: "Absolute or relative URL notified when the recording is available.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["completed", "in-progress", "absent"],
                    separator: ' ',
                },
                default: Some("completed"),
                about: "Space-separated subset of the item values.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `recordingStatusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStorageUrl",
                ty: ValueType::Url,
                about: "Absolute URL to which the recording (`.wav`) is sent instead of SignalWire storage. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStorageUrlMethod",
                ty: ValueType::Enum(&STORAGE_METHOD),
                default: Some("POST"),
                about: "HTTP verb used to deliver to `recordingStorageUrl`. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingTrack",
                ty: ValueType::Enum(&RECORDING_TRACK),
                default: Some("both"),
                about: "Which audio direction is recorded.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ringTone",
                ty: ValueType::Enum(&RING_TONE),
                about: "Ringback heard by the caller, as an ISO 3166-1 alpha-2 style code (plus `us-old`). Without it the carrier's ringback is used.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeLimit",
                ty: ValueType::Integer,
                default: Some("14400"),
                about: "Maximum length of the dialled call, seconds (default 4 h).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("30"),
                min: Some(5.0),
                max: Some(600.0),
                about: "Seconds to wait for an answer before `no-answer`. A buffer of about 5 s may be added by the platform.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TRIM),
                default: Some("do-not-trim"),
                about: "Whether leading/trailing silence is cut from the recording. Note the default differs from `<Record>` and `<Conference>`.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &[
            "sequential",
            "referUrl",
            "referMethod",
            "events",
            "recordingConfigurationId",
            "passports",
        ],
        child_max: &[(ids::VOICE_NUMBER, 10), (ids::VOICE_SIP_AT_DIAL, 10)],
        exclusive_children: &[ids::VOICE_SIP_AT_DIAL],
        notes: &[
            "A plain phone number may be given as text instead of nouns (`<Dial>123-456-7890</Dial>`); the docs never mix text and nouns.",
            "Up to 10 `<Number>` nouns, dialled simultaneously; the first to answer wins.",
            "Up to 10 `<Sip>` nouns; a Dial that contains a `<Sip>` may contain no other kind of noun.",
            "Only in Response (not nestable in other verbs).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONFERENCE = ElementSpec {
        id: "voice.Conference",
        name: "Conference",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Dial noun that joins the caller to a named conference room (the text is the room name).",
        parents: &[ids::VOICE_DIAL],
        children: &[ids::VOICE_STREAM_AT_CONFERENCE],
        text: TextRule::Required,
        mixed: true,
        text_format: Some("conference room name (free text; scoped to the project)"),
        attributes: &[
            Attribute {
                name: "beep",
                ty: ValueType::Enum(&BEEP),
                default: Some("true"),
                about: "When to play the join/leave beep. Typed string on the page; `true`/`false` here are enum words, not a boolean.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "coach",
                ty: ValueType::String { keywords: &[] },
                format: Some("call SID"),
                about: "Call SID of a participant already in the conference to coach. An unknown/disconnected SID fails the call to the action URL with error 13240.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "endConferenceOnExit",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Ends the conference for everyone when this participant leaves.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "eventCallbackUrl",
                ty: ValueType::Url,
                about: "Receives a POST when the conference ends.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxParticipants",
                ty: ValueType::Integer,
                about: "Cap on participants in the named room.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "muted",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Join muted (listen only).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "record",
                ty: ValueType::Enum(&CONFERENCE_RECORD),
                default: Some("do-not-record"),
                about: "Records the whole conference once two participants are in; wait music is not recorded.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                about: "Absolute URL notified when the recording is available.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["in-progress", "completed", "failed"],
                    separator: ' ',
                },
                default: Some("completed failed"),
                about: "Space-separated.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `recordingStatusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "startConferenceOnEnter",
                ty: ValueType::Boolean,
                default: Some("true"),
                about: "If false, the participant waits (hold music, muted) until someone with true joins.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                about: "Receives conference events; only the first participant's value counts.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["start", "end", "join", "leave", "mute", "hold", "speaker"],
                    separator: ' ',
                },
                about: "Space-separated; only the first participant's value counts.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `statusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TRIM),
                default: Some("trim-silence"),
                about: "Silence trimming of the recording. The page gives no value list; values taken from `<Record>`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `waitUrl`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitUrl",
                ty: ValueType::Url,
                about: "Document or audio played while waiting; that document may only use `<Play>`, `<Pause>`, `<Redirect>`. Default: SignalWire hold music. `waitUrl=\"\"` plays nothing, as TwiML-compatible platforms document.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "streamUrl",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireExample,
                about: "Seen only in one SignalWire example, with no entry in the attribute table; accepted as free text.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &[
            "jitterBufferSize",
            "participantLabel",
            "region",
            "recordingConfigurationId",
        ],
        notes: &[
            "Room names are per project.",
            "A conference starts only with 2+ participants.",
            "May contain `<Stream>` (conference stream, SignalWire-only), which makes the content mixed: room-name text plus the element.",
            "One SignalWire example also puts `streamUrl=\"wss://...\"` on Conference; that attribute is in no table (see README).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_NUMBER = ElementSpec {
        id: "voice.Number",
        name: "Number",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Dial noun for one phone number, with per-leg options.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        text_format: Some(
            "phone number (docs examples use `123-456-7890`; E.164 such as `+18004445566` also shown)",
        ),
        attributes: &[
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `url` (the page wrongly says `action`).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "sendDigits",
                ty: ValueType::String { keywords: &[] },
                format: Some("characters 0-9 * # w"),
                checked_format: Some(Format::Keys("0123456789*#w")),
                about: "DTMF played once the callee answers, e.g. an extension; each `w` waits 0.5 s.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                about: "Receives each event listed in `statusCallbackEvent`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' ',
                },
                about: "Space-separated.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `statusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                about: "Whisper document run for the callee after answer and before bridging.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &[
            "byoc",
            "machineDetection",
            "amdStatusCallback",
            "amdStatusCallbackMethod",
            "machineDetectionTimeout",
            "machineDetectionSpeechThreshold",
            "machineDetectionSpeechEndThreshold",
            "machineDetectionSilenceTimeout",
        ],
        notes: &["At most 10 per Dial."],
        ..ElementSpec::DEFAULT
    },
    VOICE_QUEUE = ElementSpec {
        id: "voice.Queue",
        name: "Queue",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Dial noun that bridges the current call to the caller at the head of the named queue.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        text_format: Some("queue name"),
        attributes: &[
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `url` (page says `action`).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                about: "Document run for the dequeued caller before bridging (e.g. an announcement).",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &["reservationSid", "postWorkActivitySid"],
        ..ElementSpec::DEFAULT
    },
    VOICE_SIP_AT_DIAL = ElementSpec {
        id: "voice.Sip@Dial",
        name: "Sip",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Dial noun for a SIP endpoint; the text is the SIP URI.",
        parents: &[ids::VOICE_DIAL],
        twilio_only_children: &["Headers", "Uri"],
        text: TextRule::Required,
        text_format: Some(
            "SIP URI, e.g. `sip:alice@example.com;transport=udp?hdr=value&amp;hdr2=value` (transport defaults to TLS; query part adds custom headers)",
        ),
        attributes: &[
            Attribute {
                name: "codecs",
                ty: ValueType::List {
                    items: &["PCMU", "PCMA", "G722", "G729", "OPUS"],
                    separator: ',',
                },
                default: Some("PCMU,PCMA"),
                about: "Comma-separated, offered in the given order. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `url`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "password",
                ty: ValueType::String { keywords: &[] },
                about: "SIP auth password.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "sessionTimeout",
                ty: ValueType::Integer,
                min: Some(0.0),
                about: "Seconds for the SIP `Session-Expires` header; 0 or absent = platform default (about 600). SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                about: "Receives each event listed in `statusCallbackEvent`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' ',
                },
                about: "Space-separated.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `statusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                about: "Whisper document run for the callee after answer, before bridging.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "username",
                ty: ValueType::String { keywords: &[] },
                about: "SIP auth user name.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &[
            "machineDetection",
            "amdStatusCallback",
            "amdStatusCallbackMethod",
            "machineDetectionTimeout",
            "machineDetectionSpeechThreshold",
            "machineDetectionSpeechEndThreshold",
            "machineDetectionSilenceTimeout",
        ],
        notes: &[
            "At most 10 per Dial.",
            "A Dial that contains Sip may not contain other noun kinds.",
            "The page also says Sip 'supports all Dial attributes' -- read as: the enclosing Dial keeps all its attributes, with relaxed `callerId` (see README).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_VERTO = ElementSpec {
        id: "voice.Verto",
        name: "Verto",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "SignalWire-only Dial noun that rings a Verto (WebRTC) client.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        text_format: Some("`<resource>@<space-sip-domain>.verto.signalwire.com`"),
        notes: &["No attributes; nothing nests inside."],
        ..ElementSpec::DEFAULT
    },
    VOICE_ECHO = ElementSpec {
        id: "voice.Echo",
        name: "Echo",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Plays the caller's own audio back (an echo test).",
        parents: &[ids::VOICE_RESPONSE],
        attributes: &[Attribute {
            name: "timeout",
            ty: ValueType::Integer,
            default: Some("60"),
            min: Some(5.0),
            max: Some(120.0),
            about: "How long to echo, seconds.",
            ..Attribute::DEFAULT
        }],
        notes: &[
            "Nothing nests inside. Twilio's helper has an attribute-less `<Echo>`; the `timeout` attribute is SignalWire's.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_ENQUEUE = ElementSpec {
        id: "voice.Enqueue",
        name: "Enqueue",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Puts the call into a named queue (created on first use).",
        parents: &[ids::VOICE_RESPONSE],
        twilio_only_children: &["Task"],
        text: TextRule::Required,
        text_format: Some("queue name"),
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Absolute URL requested when the call leaves the queue (immediately on `<Leave>`, after both legs hang up if bridged). Without it, execution continues with the next verb.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitUrl",
                ty: ValueType::Url,
                about: "Document run while waiting; it may use only Play, Say, Pause, Hangup, Redirect, Leave, Gather. Default: a classical-music playlist. `waitUrl=\"\"` plays nothing, as TwiML-compatible platforms document.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitUrlMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `waitUrl`.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &["maxQueueSize", "workflowSid"],
        notes: &["Nothing nests inside; cannot be nested in another verb."],
        ..ElementSpec::DEFAULT
    },
    VOICE_GATHER = ElementSpec {
        id: "voice.Gather",
        name: "Gather",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Collects DTMF digits and/or transcribed speech, optionally while prompting with nested Say/Play/Pause.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_SAY, ids::VOICE_PLAY, ids::VOICE_PAUSE],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Absolute URL requested when input is complete. Without it the current document URL is requested again (risk of loops).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "actionOnEmptyResult",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Call `action` even when no input arrived (otherwise execution falls through).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "enhanced",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Premium speech recognition; `speechModel` only matters when true.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "finishOnKey",
                ty: ValueType::String { keywords: &[] },
                default: Some("#"),
                format: Some("characters from 0-9 * #"),
                checked_format: Some(Format::Keys("0123456789*#")),
                about: "Keys that end input. (The page copies Record's wording 'end a recording'.)",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hints",
                ty: ValueType::String { keywords: &[] },
                about: "Likely words/phrases for speech recognition, each at most 100 characters. Examples separate them with commas.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "input",
                ty: ValueType::List {
                    items: &["dtmf", "speech"],
                    separator: ' ',
                },
                default: Some("dtmf"),
                about: "Space-separated. Documented spellings: `dtmf`, `speech`, `dtmf speech`; examples also use `speech dtmf`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::String { keywords: &[] },
                default: Some("en-US"),
                format: Some("BCP-47 style tag"),
                checked_format: Some(Format::LanguageTag),
                about: "Recognition language (list on the TTS/languages page).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "numDigits",
                ty: ValueType::Integer,
                about: "Number of digits expected.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialResultCallback",
                ty: ValueType::Url,
                about: "Receives interim speech results. Payload not documented by SignalWire.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialResultCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `partialResultCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "profanityFilter",
                ty: ValueType::Boolean,
                default: Some("true"),
                about: "Mask profanity in transcripts.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechModel",
                ty: ValueType::Enum(&SPEECH_MODEL),
                about: "Enhanced model choice; effective only with `enhanced=\"true\"`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechTimeout",
                ty: ValueType::String {
                    keywords: &["auto"]
                },
                format: Some("non-negative integer or `auto`"),
                checked_format: Some(Format::NonNegativeInteger),
                about: "Seconds of silence ending speech input, or `auto`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("5"),
                about: "Seconds of silence/inactivity that end input.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &["maxSpeechTime", "bargeIn", "debug"],
        banned_child_attributes: &[(ids::VOICE_PLAY, "digits")],
        notes: &[
            "May contain any number of Say, Play, Pause, in any order; nothing else.",
            "A `<Play>` nested here may not use `digits`.",
            "May be empty (`<Gather/>`).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_HANGUP = ElementSpec {
        id: "voice.Hangup",
        name: "Hangup",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Ends the call. Unlike Reject, the call has been answered (billable).",
        parents: &[ids::VOICE_RESPONSE],
        twilio_only_children: &["Parameter"],
        notes: &["No attributes; nothing nests inside; cannot be nested."],
        ..ElementSpec::DEFAULT
    },
    VOICE_LEAVE = ElementSpec {
        id: "voice.Leave",
        name: "Leave",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Takes the caller out of the queue it is waiting in; execution resumes after the `<Enqueue>` that queued it.",
        parents: &[ids::VOICE_RESPONSE],
        notes: &["No attributes. Meaningful in the document served by an Enqueue `waitUrl`."],
        ..ElementSpec::DEFAULT
    },
    VOICE_PAUSE = ElementSpec {
        id: "voice.Pause",
        name: "Pause",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Waits silently before the next instruction.",
        parents: &[ids::VOICE_RESPONSE, ids::VOICE_GATHER],
        attributes: &[Attribute {
            name: "length",
            ty: ValueType::Integer,
            default: Some("1"),
            about: "Seconds of silence.",
            ..Attribute::DEFAULT
        }],
        notes: &[
            "Nothing nests inside. Allowed inside Gather. Twilio also allows it inside Pay's `<Prompt>`.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PAY = ElementSpec {
        id: "voice.Pay",
        name: "Pay",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Collects card or bank details by DTMF and charges or tokenizes them through a payment connector.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_PARAMETER_AT_PAY, ids::VOICE_PROMPT_AT_PAY],
        attributes: &[
            Attribute {
                name: "minPostalCodeLength",
                ty: ValueType::Integer,
                about: "Minimum postal-code length accepted.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "paymentConnectorUrl",
                ty: ValueType::Url,
                about: "URL that receives the payment data as a POST (JSON body, see webhooks.md).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "securityCode",
                ty: ValueType::Boolean,
                default: Some("true"),
                about: "Whether to collect the CVV.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "action",
                ty: ValueType::Url,
                format: Some("https URL"),
                about: "HTTPS URL POSTed when the payment flow ends; the response continues the call. Default: the current document URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "chargeAmount",
                ty: ValueType::Decimal,
                min: Some(0.0),
                max: Some(1000000.0),
                about: "Amount to charge; 0 or absent means tokenize only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "currency",
                ty: ValueType::String { keywords: &[] },
                default: Some("usd"),
                format: Some("ISO 4217 lowercase"),
                checked_format: Some(Format::CurrencyCode),
                about: "Three-letter currency code. The page says only `usd` is accepted today, yet an example uses `mxn`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "description",
                ty: ValueType::String { keywords: &[] },
                about: "Free text passed to the processor.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "input",
                ty: ValueType::Enum(&PAY_INPUT),
                default: Some("dtmf"),
                about: "Only DTMF is supported; captured digits are redacted from logs.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::Enum(&PAY_LANGUAGE),
                default: Some("en-US"), // printed `en-us` by SignalWire; the values are spelled `en-US`
                about: "Prompt language. The es/fr/de/it values apply to credit-card flows only. The default is printed in lower case (`en-us`).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxAttempts",
                ty: ValueType::Integer,
                default: Some("1"),
                min: Some(1.0),
                max: Some(3.0),
                about: "Retries after timeout/invalid input.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "paymentMethod",
                ty: ValueType::Enum(&PAYMENT_METHOD),
                default: Some("credit-card"),
                about: "Collection flow. SignalWire names only the credit-card value and describes an 'ACH flow'; `ach-debit` is Twilio's spelling.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "postalCode",
                ty: ValueType::BooleanOrString,
                default: Some("true"),
                about: "`true` = ask, `false` = skip, any other string = use this value without asking.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                format: Some("https URL"),
                about: "HTTPS URL receiving progress POSTs.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("5"),
                min: Some(4.0),
                about: "Seconds to wait for the next digit; must be greater than 3.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "tokenType",
                ty: ValueType::Enum(&TOKEN_TYPE),
                default: Some("reusable"),
                about: "Token persistence.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "validCardTypes",
                ty: ValueType::List {
                    items: &[
                        "visa",
                        "mastercard",
                        "amex",
                        "maestro",
                        "discover",
                        "optima",
                        "jcb",
                        "diners-club",
                        "enroute",
                    ],
                    separator: ' ',
                },
                default: Some("visa mastercard amex"),
                about: "Space-separated accepted brands.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "paymentConnector",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireExample,
                about: "Seen only in one SignalWire example, with no entry in the attribute table; accepted as free text.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &[
            "bankAccountType",
            "statusCallbackMethod",
            "paymentConnector",
        ],
        notes: &[
            "Children: any number of `<Parameter>` and `<Prompt>`.",
            "`minPostalCodeLength`, `paymentConnectorUrl`, `securityCode` are flagged required in the attribute list, but every SignalWire example omits them; `required` is false here, `documented_required` keeps the flag (README open question).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PARAMETER_AT_PAY = ElementSpec {
        id: "voice.Parameter@Pay",
        name: "Parameter",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Custom key/value handed to the payment connector (appears in the connector request's `parameters` object).",
        parents: &[ids::VOICE_PAY],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                required: true,
                about: "Parameter name passed to a generic pay connector.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "value",
                ty: ValueType::String { keywords: &[] },
                required: true,
                about: "Parameter value.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PROMPT_AT_PAY = ElementSpec {
        id: "voice.Prompt@Pay",
        name: "Prompt",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Replaces the default prompt of one Pay step with nested Say or Play.",
        parents: &[ids::VOICE_PAY],
        children: &[ids::VOICE_SAY, ids::VOICE_PLAY],
        twilio_only_children: &["Pause"],
        attributes: &[
            Attribute {
                name: "for",
                ty: ValueType::Enum(&PAYMENT_STEP),
                required: true,
                about: "Payment step whose prompt is replaced. `for` is a Rust keyword.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "attempt",
                ty: ValueType::Integer,
                min: Some(1.0),
                max: Some(10.0),
                about: "Attempt number this prompt applies to, 1-10. A SignalWire example writes `attempt=\"2 3\"` (Twilio allows a space-separated list).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "cardType",
                ty: ValueType::List {
                    items: &[
                        "visa",
                        "mastercard",
                        "amex",
                        "maestro",
                        "discover",
                        "optima",
                        "jcb",
                        "diners-club",
                        "enroute",
                    ],
                    separator: ' ',
                },
                about: "Space-separated card brands this prompt applies to.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "errorType",
                ty: ValueType::List {
                    items: &[
                        "timeout",
                        "invalid-card-number",
                        "invalid-card-type",
                        "invalid-date",
                        "invalid-security-code",
                        "invalid-bank-routing-number",
                        "invalid-bank-account-number",
                        "input-matching-failed",
                    ],
                    separator: ' ',
                },
                about: "Space-separated error cases this prompt applies to.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &["requireMatchingInputs"],
        notes: &[
            "One Prompt per customised (step, attempt, cardType, errorType) combination.",
            "Children: Say or Play (Twilio also allows Pause).",
            "Same XML name as the AI `<Prompt>` child, with different attributes: parent decides.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PLAY = ElementSpec {
        id: "voice.Play",
        name: "Play",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Plays an audio file (HTTP/HTTPS) or RTMP stream, or DTMF digits, into the call.",
        parents: &[
            ids::VOICE_RESPONSE,
            ids::VOICE_GATHER,
            ids::VOICE_PROMPT_AT_PAY,
        ],
        text: TextRule::Optional,
        text_format: Some(
            "audio URL (http/https or rtmp); MIME types audio/mpeg, audio/wav, audio/wave, audio/x-wav, audio/aiff, audio/x-aifc, audio/x-aiff, audio/x-gsm, audio/gsm, audio/ulaw",
        ),
        text_required_unless: Some("digits"),
        attributes: &[
            Attribute {
                name: "digits",
                ty: ValueType::String { keywords: &[] },
                format: Some("characters 0-9 * # w"),
                checked_format: Some(Format::Keys("0123456789*#w")),
                about: "DTMF tones to play; `w` = 0.5 s pause. Not allowed when Play is inside Gather.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "loop",
                ty: ValueType::Integer,
                default: Some("1"),
                min: Some(0.0),
                about: "Repetitions; 0 = until the call ends. `loop` is a Rust keyword.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &[
            "Text (the URL) is needed unless `digits` is set: the docs show `<Play digits=\"wwwww9\"></Play>`.",
            "Nothing nests inside. Files longer than 40 minutes should be split.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_RECORD = ElementSpec {
        id: "voice.Record",
        name: "Record",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Records the caller and returns the recording URL to `action`.",
        parents: &[ids::VOICE_RESPONSE],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Absolute or relative URL requested when recording ends (always requested, even with no audio). Without it, the current document URL is re-requested.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "finishOnKey",
                ty: ValueType::String { keywords: &[] },
                format: Some("characters from 0-9 * #"),
                checked_format: Some(Format::Keys("0123456789*#")),
                about: "Keys that stop recording. SignalWire gives no default; Twilio's is `1234567890*#`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxLength",
                ty: ValueType::Integer,
                min: Some(0.0),
                about: "Maximum seconds; 0 means 3600. SignalWire gives no default; Twilio's is 3600.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "playBeep",
                ty: ValueType::Boolean,
                default: Some("true"),
                about: "Beep before recording starts.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                about: "Absolute or relative URL notified when the recording is available.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["completed", "in-progress", "absent"],
                    separator: ' ',
                },
                default: Some("completed"),
                about: "Space-separated.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `recordingStatusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "storageUrl",
                ty: ValueType::Url,
                about: "Absolute URL receiving the file instead of SignalWire storage. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "storageUrlMethod",
                ty: ValueType::Enum(&STORAGE_METHOD),
                default: Some("POST"),
                about: "HTTP verb for `storageUrl`. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                about: "Seconds of silence that end the recording. SignalWire gives no default; Twilio's is 5.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcribe",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Also produce a transcription (extra charge).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcribeCallback",
                ty: ValueType::Url,
                about: "Receives a POST with the transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TRIM),
                default: Some("trim-silence"),
                about: "With trim-silence a silent recording is not saved at all.",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &["recordingConfigurationId"],
        notes: &[
            "Instructions after Record are not executed; flow continues from the `action` response.",
            "Nothing nests inside; cannot be nested.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_REDIRECT = ElementSpec {
        id: "voice.Redirect",
        name: "Redirect",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Stops this document and continues with the document at the given URL.",
        parents: &[ids::VOICE_RESPONSE],
        text: TextRule::Required,
        text_format: Some("URL (docs examples are absolute)"),
        attributes: &[Attribute {
            name: "method",
            ty: ValueType::Enum(&METHOD),
            default: Some("POST"),
            about: "HTTP method used to fetch the target document.",
            ..Attribute::DEFAULT
        }],
        notes: &[
            "Anything after it is unreachable. Nothing nests inside; cannot be nested.",
            "Same XML as the messaging `<Redirect>`.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_REFER = ElementSpec {
        id: "voice.Refer",
        name: "Refer",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Transfers a SIP call away from SignalWire with a SIP REFER to the URI in the nested `<Sip>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_SIP_AT_REFER],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Absolute or relative URL requested when the transfer completes; without it execution continues with the next verb.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
        ],
        min_children: Some(1),
        max_children: Some(1),
        notes: &[
            "The only thing allowed inside is `<Sip>` (one transfer target; count not stated, one implied).",
            "Cannot be nested in any other verb.",
            "Returns when the transfer completes or fails, on hangup, or when waiting for NOTIFY times out; SignalWire keeps processing later verbs.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SIP_AT_REFER = ElementSpec {
        id: "voice.Sip@Refer",
        name: "Sip",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Transfer target of a Refer, as a SIP URI.",
        parents: &[ids::VOICE_REFER],
        text: TextRule::Required,
        text_format: Some("SIP URI"),
        notes: &["No attributes documented (Twilio's Refer `<Sip>` has none either)."],
        ..ElementSpec::DEFAULT
    },
    VOICE_REJECT = ElementSpec {
        id: "voice.Reject",
        name: "Reject",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Declines an incoming call without answering it (not billed).",
        parents: &[ids::VOICE_RESPONSE],
        twilio_only_children: &["Parameter"],
        attributes: &[Attribute {
            name: "reason",
            ty: ValueType::Enum(&REJECT_REASON),
            default: Some("rejected"),
            about: "`busy` gives a busy signal and status busy; `rejected` ends with status no-answer.",
            ..Attribute::DEFAULT
        }],
        notes: &[
            "Anything after it is unreachable; nothing nests inside; cannot be nested.",
            "The fax channel has a same-named `<Reject>` without attributes.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_ROOM = ElementSpec {
        id: "voice.Room",
        name: "Room",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Connect noun that joins the call to a SignalWire video room.",
        parents: &[ids::VOICE_CONNECT],
        text: TextRule::Required,
        text_format: Some(
            "room name (the machine name such as `my-room-name`, not the display name)",
        ),
        twilio_only_attributes: &["participantIdentity"],
        ..ElementSpec::DEFAULT
    },
    VOICE_SAY = ElementSpec {
        id: "voice.Say",
        name: "Say",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Speaks text with text-to-speech; the text may contain SSML elements.",
        parents: &[
            ids::VOICE_RESPONSE,
            ids::VOICE_GATHER,
            ids::VOICE_PROMPT_AT_PAY,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        text_format: Some(
            "text, at most 4,096 Unicode characters, with SSML elements allowed in between",
        ),
        attributes: &[
            Attribute {
                name: "language",
                ty: ValueType::String { keywords: &[] },
                format: Some("language tag such as `fr-CA`"),
                checked_format: Some(Format::LanguageTag),
                about: "Language/locale of the voice (list on the TTS page; the legacy page gave `en` as default).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "loop",
                ty: ValueType::Integer,
                default: Some("1"),
                min: Some(0.0),
                about: "Repetitions; 0 = until the call ends. `loop` is a Rust keyword.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String {
                    keywords: &["man", "woman", "alice"],
                },
                default: Some("woman"),
                format: Some("keyword | Polly.<Name>[-Neural] | gcloud.<name>"),
                about: "Keywords `man`, `woman`, `alice` (deprecated), or a provider voice: `Polly.<Name>`, `Polly.<Name>-Neural`, `gcloud.<voice-name>` (e.g. `gcloud.en-US-Standard-A`).",
                ..Attribute::DEFAULT
            },
        ],
        notes: &[
            "Other verbs cannot be nested inside; SSML tags can (without a `<speak>` wrapper).",
            "With Amazon Polly voices, Amazon's SSML set applies instead of the list in ssml.md (incl. `<w>`, `<mark>`, `amazon:*`).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SMS = ElementSpec {
        id: "voice.Sms",
        name: "Sms",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Sends an SMS during a voice call (the voice-channel counterpart of `<Message>`).",
        parents: &[ids::VOICE_RESPONSE],
        text: TextRule::Required,
        text_format: Some("message text, fewer than 1600 characters"),
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "If set, SignalWire requests it after queueing the SMS and continues the call with the returned document (later verbs become unreachable). Without it, execution simply continues (no re-request of the current document). Docs examples use relative URLs.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "from",
                ty: ValueType::String { keywords: &[] },
                format: Some("E.164"),
                about: "SMS-capable number you own. Defaults to the called party (inbound call) or the calling party (outbound call).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                about: "Receives a POST (always POST) when the SMS is sent or fails.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "to",
                ty: ValueType::String { keywords: &[] },
                format: Some("E.164"),
                about: "Recipient; defaults to the caller (inbound) or called party (outbound). Short codes are not supported.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &["Nothing nests inside; cannot be nested."],
        ..ElementSpec::DEFAULT
    },
    VOICE_START = ElementSpec {
        id: "voice.Start",
        name: "Start",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Starts an asynchronous (one-way) media stream; execution continues immediately with the next verb.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_STREAM],
        twilio_only_children: &["Siprec", "Transcription", "Recording"],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Twilio-only; SignalWire documents no attributes for Start.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Twilio-only.",
                ..Attribute::DEFAULT
            },
        ],
        min_children: Some(1),
        notes: &[
            "Documented only through the Stream page examples; no page of its own.",
            "If nothing follows, the call is disconnected.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_STOP = ElementSpec {
        id: "voice.Stop",
        name: "Stop",
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Stops a stream previously started, identified by name.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_STREAM_AT_STOP],
        twilio_only_children: &["Siprec", "Transcription"],
        min_children: Some(1),
        notes: &[
            "Documented only through one Stream page example (`<Stop><Stream name=\"mystream\"/></Stop>`).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_STREAM = ElementSpec {
        id: "voice.Stream",
        name: "Stream",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Forks call audio to a WebSocket server (one-way under Start, bidirectional under Connect).",
        parents: &[ids::VOICE_START, ids::VOICE_CONNECT],
        children: &[ids::VOICE_PARAMETER_AT_STREAM],
        attributes: &[
            Attribute {
                name: "url",
                ty: ValueType::Url,
                required: true,
                format: Some("wss:// URL"),
                checked_format: Some(Format::SecureWebSocketUrl),
                about: "WebSocket URL; only `wss` is accepted (not `ws`); query strings are not supported -- use `<Parameter>`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "authBearerToken",
                ty: ValueType::String { keywords: &[] },
                about: "Sent as `Authorization: Bearer <token>` on the WebSocket upgrade. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "codec",
                ty: ValueType::Enum(&STREAM_CODEC),
                default: Some("PCMU@8000h"),
                about: "Audio codec and rate. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                about: "Unique per call; used to stop the stream.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "realtime",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "For bidirectional streams, manage delay/bursts for realtime playback instead of buffering. SignalWire-only.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                about: "Absolute or relative URL notified on start, stop, error.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `statusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "track",
                ty: ValueType::Enum(&STREAM_TRACK),
                default: Some("inbound_track"),
                about: "Which audio is sent. For bidirectional (`<Connect>`) streams only `inbound_track` is available. (The REST create-stream endpoint defaults to both_tracks.)",
                ..Attribute::DEFAULT
            },
        ],
        twilio_only_attributes: &["connectorName"],
        notes: &[
            "Children: any number of `<Parameter name value>`; they arrive in the WebSocket `start` message's `customParameters`.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_STREAM_AT_CONFERENCE = ElementSpec {
        id: "voice.Stream@Conference",
        name: "Stream",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "SignalWire-only conference stream: a `<Stream>` placed inside `<Conference>`.",
        parents: &[ids::VOICE_CONFERENCE],
        children: &[ids::VOICE_PARAMETER_AT_STREAM],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                required: true,
                about: "Unique stream name.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                required: true,
                format: Some("wss:// URL"),
                checked_format: Some(Format::SecureWebSocketUrl),
                about: "wss URL (ws not supported).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "bidir",
                ty: ValueType::Boolean,
                about: "Bidirectional stream.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "codec",
                ty: ValueType::Enum(&STREAM_CODEC),
                default: Some("PCMU@8000h"),
                about: "Audio codec and rate.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "realtime",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Realtime playback management for bidirectional streams.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                about: "Notified on start, stop, error.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for `statusCallback`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "streamSslValidateCertificate",
                ty: ValueType::Boolean,
                default: Some("false"),
                about: "Validate the server's TLS certificate.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "streamStartConferenceOnEnter",
                ty: ValueType::Boolean,
                about: "Start streaming automatically when joining the conference.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "track",
                ty: ValueType::Enum(&STREAM_TRACK),
                default: Some("inbound_track"),
                about: "As for Stream.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &[
            "Attribute set differs from the Start/Connect Stream (name required; bidir, streamSslValidateCertificate, streamStartConferenceOnEnter; no authBearerToken).",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_STREAM_AT_STOP = ElementSpec {
        id: "voice.Stream@Stop",
        name: "Stream",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Names the stream that `<Stop>` ends.",
        parents: &[ids::VOICE_STOP],
        attributes: &[Attribute {
            name: "name",
            ty: ValueType::String { keywords: &[] },
            required: true,
            source: Source::SignalWireExample,
            about: "Name given when the stream was started.",
            ..Attribute::DEFAULT
        }],
        notes: &["Only `name` appears in the docs' example; `url` is not needed here."],
        ..ElementSpec::DEFAULT
    },
    VOICE_PARAMETER_AT_STREAM = ElementSpec {
        id: "voice.Parameter@Stream",
        name: "Parameter",
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Custom key/value forwarded to the WebSocket server in the `start` message.",
        parents: &[ids::VOICE_STREAM, ids::VOICE_STREAM_AT_CONFERENCE],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                required: true,
                source: Source::SignalWireExample,
                about: "Custom parameter key.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "value",
                ty: ValueType::String { keywords: &[] },
                required: true,
                source: Source::SignalWireExample,
                about: "Custom parameter value.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &[
            "No attribute table for this use; names/required flags follow the examples and Pay's Parameter table.",
            "The REST create-stream endpoint allows up to 99 parameters; no cXML limit is stated.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_VIRTUALAGENT = ElementSpec {
        id: "voice.VirtualAgent",
        name: "VirtualAgent",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Deprecated,
        about: "Connect noun that hands the call to a Dialogflow agent.",
        parents: &[ids::VOICE_CONNECT],
        twilio_only_children: &["Config", "Parameter"],
        attributes: &[Attribute {
            name: "connectorName",
            ty: ValueType::String { keywords: &[] },
            required: true,
            about: "Google project ID of the Dialogflow agent (listed in the dashboard).",
            ..Attribute::DEFAULT
        }],
        twilio_only_attributes: &[
            "language",
            "sentimentAnalysis",
            "statusCallback",
            "statusCallbackMethod",
        ],
        notes: &[
            "Deprecated: only existing Dialogflow apps keep working; new ones cannot be created.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_AI = ElementSpec {
        id: "voice.AI",
        name: "AI",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Connect noun for a SignalWire AI voice agent (LLM prompt, optional functions).",
        parents: &[ids::VOICE_CONNECT],
        children: &[
            ids::VOICE_PROMPT_AT_AI,
            ids::VOICE_POSTPROMPT,
            ids::VOICE_LANGUAGES,
            ids::VOICE_SWAIG,
        ],
        attributes: &[
            Attribute {
                name: "engine",
                ty: ValueType::String { keywords: &[] },
                default: Some("gcloud"),
                source: Source::SignalWireWithdrawn,
                about: "TTS engine.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String { keywords: &[] },
                default: Some("en-US-Neural2-J"),
                source: Source::SignalWireWithdrawn,
                about: "Default TTS voice.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "postPromptURL",
                ty: ValueType::Url,
                source: Source::SignalWireWithdrawn,
                about: "Receives a POST with the conversation summary when it ends; may embed user:password. Note `URL` in capitals.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "postPromptAuthUser",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "User for `postPromptURL` unless the URL has one.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "postPromptAuthPassword",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Password for `postPromptURL` unless the URL has one.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hints",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Words/phrases to help recognition.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &[
            "Was published at developer.signalwire.com/compatibility-api/xml/voice/ai-noun; in the docs source it later became an unpublished partial (`_ai-noun.mdx`) and it is absent from the current Connect noun list. Treat as legacy (README open question).",
            "Order of children in examples: Prompt, PostPrompt, then Languages and/or SWAIG.",
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PROMPT_AT_AI = ElementSpec {
        id: "voice.Prompt@AI",
        name: "Prompt",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Hidden system prompt that tells the AI agent who it is and what to do.",
        parents: &[ids::VOICE_AI],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "temperature",
                ty: ValueType::Decimal,
                default: Some("0.3"),
                min: Some(0.0),
                max: Some(2.0),
                source: Source::SignalWireWithdrawn,
                about: "Sampling temperature, 0 to 2.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "topP",
                ty: ValueType::Decimal,
                default: Some("1.0"),
                min: Some(0.0),
                max: Some(1.0),
                source: Source::SignalWireWithdrawn,
                about: "Nucleus-sampling mass, 0 to 1.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "confidence",
                ty: ValueType::Decimal,
                default: Some("0.6"),
                min: Some(0.0),
                max: Some(1.0),
                source: Source::SignalWireWithdrawn,
                about: "End-of-speech confidence threshold, 0 to 1.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "bargeConfidence",
                ty: ValueType::Decimal,
                default: Some("0.3"),
                min: Some(0.0),
                max: Some(1.0),
                source: Source::SignalWireWithdrawn,
                about: "End-of-speech threshold while the caller talks over the agent, 0 to 1.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "presencePenalty",
                ty: ValueType::Decimal,
                default: Some("0.1"),
                min: Some(-2.0),
                max: Some(2.0),
                source: Source::SignalWireWithdrawn,
                about: "-2.0 to 2.0.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "frequencyPenalty",
                ty: ValueType::Decimal,
                default: Some("0.1"),
                min: Some(-2.0),
                max: Some(2.0),
                source: Source::SignalWireWithdrawn,
                about: "-2.0 to 2.0.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &["Same XML name as Pay's `<Prompt>`; attributes depend on the parent."],
        ..ElementSpec::DEFAULT
    },
    VOICE_POSTPROMPT = ElementSpec {
        id: "voice.PostPrompt",
        name: "PostPrompt",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Instruction run after the conversation; its answer is sent to `postPromptURL`.",
        parents: &[ids::VOICE_AI],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "temperature",
                ty: ValueType::Decimal,
                default: Some("0.0"),
                min: Some(0.0),
                max: Some(2.0),
                source: Source::SignalWireWithdrawn,
                about: "Sampling temperature, 0 to 2.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "topP",
                ty: ValueType::Decimal,
                default: Some("1.0"),
                min: Some(0.0),
                max: Some(1.0),
                source: Source::SignalWireWithdrawn,
                about: "Nucleus-sampling mass, 0 to 1.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "confidence",
                ty: ValueType::Decimal,
                default: Some("0.6"),
                min: Some(0.0),
                max: Some(1.0),
                source: Source::SignalWireWithdrawn,
                about: "End-of-speech confidence threshold, 0 to 1.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "bargeConfidence",
                ty: ValueType::Decimal,
                default: Some("0.0"),
                min: Some(0.0),
                max: Some(1.0),
                source: Source::SignalWireWithdrawn,
                about: "End-of-speech threshold while the caller talks over the agent, 0 to 1.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "presencePenalty",
                ty: ValueType::Decimal,
                default: Some("0.0"),
                min: Some(-2.0),
                max: Some(2.0),
                source: Source::SignalWireWithdrawn,
                about: "-2.0 to 2.0.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "frequencyPenalty",
                ty: ValueType::Decimal,
                default: Some("0.0"),
                min: Some(-2.0),
                max: Some(2.0),
                source: Source::SignalWireWithdrawn,
                about: "-2.0 to 2.0.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_LANGUAGES = ElementSpec {
        id: "voice.Languages",
        name: "Languages",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Container listing the languages the agent may switch between.",
        parents: &[ids::VOICE_AI],
        children: &[ids::VOICE_LANGUAGE],
        ..ElementSpec::DEFAULT
    },
    VOICE_LANGUAGE = ElementSpec {
        id: "voice.Language",
        name: "Language",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "One language the AI agent may speak.",
        parents: &[ids::VOICE_LANGUAGES],
        attributes: &[
            Attribute {
                name: "code",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Language code, e.g. `fr-FR`. Required-ness not stated.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Human name, e.g. `French`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Voice of the AI's `engine`, e.g. `fr-FR-Neural2-B`.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SWAIG = ElementSpec {
        id: "voice.SWAIG",
        name: "SWAIG",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "SignalWire AI Gateway: declares functions the agent may call.",
        parents: &[ids::VOICE_AI],
        children: &[ids::VOICE_DEFAULTS, ids::VOICE_FUNCTION],
        ..ElementSpec::DEFAULT
    },
    VOICE_DEFAULTS = ElementSpec {
        id: "voice.Defaults",
        name: "Defaults",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Default webhook settings (and default metadata) for every `<Function>`.",
        parents: &[ids::VOICE_SWAIG],
        children: &[ids::VOICE_AI_METADATA],
        attributes: &[
            Attribute {
                name: "webHookURL",
                ty: ValueType::Url,
                source: Source::SignalWireWithdrawn,
                about: "Webhook called when a function runs. Note the capitalisation `URL`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "webHookAuthUser",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "User name for `webHookURL`; ignored if the URL already carries one.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "webHookAuthPass",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Password for `webHookURL`; ignored if the URL already carries one. Note `Pass`, not `Password` (contrast `postPromptAuthPassword`).",
                ..Attribute::DEFAULT
            },
        ],
        notes: &["Children are free-form metadata elements (any element name, text content)."],
        ..ElementSpec::DEFAULT
    },
    VOICE_FUNCTION = ElementSpec {
        id: "voice.Function",
        name: "Function",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "One function the AI agent can invoke through a webhook.",
        parents: &[ids::VOICE_SWAIG],
        children: &[ids::VOICE_AI_METADATA],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Unique function name, e.g. `get_weather` (examples always set it).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "argument",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Description of the function's input.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "purpose",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "When the agent should use it.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "webHookURL",
                ty: ValueType::Url,
                source: Source::SignalWireWithdrawn,
                about: "Webhook called when a function runs. Note the capitalisation `URL`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "webHookAuthUser",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "User name for `webHookURL`; ignored if the URL already carries one.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "webHookAuthPass",
                ty: ValueType::String { keywords: &[] },
                source: Source::SignalWireWithdrawn,
                about: "Password for `webHookURL`; ignored if the URL already carries one. Note `Pass`, not `Password` (contrast `postPromptAuthPassword`).",
                ..Attribute::DEFAULT
            },
        ],
        notes: &["Children are free-form metadata elements (any element name, text content)."],
        ..ElementSpec::DEFAULT
    },
    VOICE_AI_METADATA = ElementSpec {
        id: "voice.AI-metadata",
        name: "*",
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Wildcard: any element name (e.g. `<metavar1>Value1</metavar1>`) whose text becomes a metadata key/value.",
        parents: &[ids::VOICE_DEFAULTS, ids::VOICE_FUNCTION],
        text: TextRule::Required,
        notes: &["The element name itself is user data; no attributes, no children."],
        ..ElementSpec::DEFAULT
    },
    SSML_BREAK = ElementSpec {
        id: "ssml.break",
        name: "break",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "A pause. `break` is a Rust keyword.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        attributes: &[
            Attribute {
                name: "strength",
                ty: ValueType::Enum(&BREAK_STRENGTH),
                default: Some("medium"),
                about: "Pause size by strength.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "time",
                ty: ValueType::String { keywords: &[] },
                format: Some("<number>s | <number>ms (at most 10s)"),
                checked_format: Some(Format::Duration {
                    max_ms: Some(10_000)
                }),
                about: "Pause length with unit `s` or `ms`; at most 10 s.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    SSML_EMPHASIS = ElementSpec {
        id: "ssml.emphasis",
        name: "emphasis",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Emphasises the enclosed words.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[Attribute {
            name: "level",
            ty: ValueType::Enum(&EMPHASIS_LEVEL),
            default: Some("moderate"),
            about: "Louder/slower (strong) or softer/faster (reduced).",
            ..Attribute::DEFAULT
        }],
        ..ElementSpec::DEFAULT
    },
    SSML_LANG = ElementSpec {
        id: "ssml.lang",
        name: "lang",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Speaks the enclosed words in another language.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[Attribute {
            name: "xml:lang",
            ty: ValueType::Enum(&SSML_LANGUAGE),
            required: true,
            about: "Language of the enclosed words. Name contains a colon (XML namespace prefix `xml`). Required-ness inferred: the tag does nothing without it.",
            ..Attribute::DEFAULT
        }],
        ..ElementSpec::DEFAULT
    },
    SSML_P = ElementSpec {
        id: "ssml.p",
        name: "p",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Paragraph (adds a paragraph pause).",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_LANG,
            ids::SSML_PROSODY,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        ..ElementSpec::DEFAULT
    },
    SSML_PHONEME = ElementSpec {
        id: "ssml.phoneme",
        name: "phoneme",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Phonetic pronunciation of the enclosed text.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "alphabet",
                ty: ValueType::Enum(&PHONETIC_ALPHABET),
                required: true,
                about: "Phonetic alphabet. Amazon Polly also accepts `x-amazon-pinyin`. Polly requires both attributes.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ph",
                ty: ValueType::String { keywords: &[] },
                required: true,
                about: "Phonetic spelling to pronounce.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    SSML_PROSODY = ElementSpec {
        id: "ssml.prosody",
        name: "prosody",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Changes volume, pitch and/or rate of the enclosed speech.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[
            Attribute {
                name: "volume",
                ty: ValueType::String {
                    keywords: &["silent", "x-soft", "soft", "medium", "loud", "x-loud"],
                },
                format: Some("keyword | [+-]<n>dB"),
                checked_format: Some(Format::Decibels),
                about: "Keyword, or a relative change in dB as in the docs' example `-6dB` (Twilio/Polly: `+ndB`/`-ndB`, plus `default`).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "pitch",
                ty: ValueType::String {
                    keywords: &["x-low", "low", "medium", "high", "x-high"],
                },
                format: Some("keyword | [+-]<n>%"),
                checked_format: Some(Format::Percent { signed: true }),
                about: "Keyword, or a relative percentage such as `-10%` (Twilio/Polly: `+n%`/`-n%`, plus `default`).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "rate",
                ty: ValueType::String {
                    keywords: &["x-slow", "slow", "medium", "fast", "x-fast"],
                },
                format: Some("keyword | <n>%"),
                checked_format: Some(Format::Percent { signed: false }),
                about: "Keyword, or a percentage such as `85%` (Polly: 20-200%).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "amazon:max-duration",
                ty: ValueType::String { keywords: &[] },
                format: Some("<n>s | <n>ms"),
                checked_format: Some(Format::Duration { max_ms: None }),
                source: Source::AmazonPolly,
                about: "Amazon Polly only (standard voices): cap on spoken duration, `<n>s` or `<n>ms`.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &["Polly requires at least one attribute."],
        ..ElementSpec::DEFAULT
    },
    SSML_S = ElementSpec {
        id: "ssml.s",
        name: "s",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Sentence (adds a sentence pause).",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        ..ElementSpec::DEFAULT
    },
    SSML_SAY_AS = ElementSpec {
        id: "ssml.say-as",
        name: "say-as",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Tells the engine how to interpret the enclosed text (digits, date, telephone...). Hyphenated element name.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "interpret-as",
                ty: ValueType::Enum(&INTERPRET_AS),
                required: true,
                about: "How to read the text. Hyphenated name. Required-ness inferred (the tag has no other purpose).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "format",
                ty: ValueType::Enum(&DATE_FORMAT),
                about: "Date order; only with `interpret-as=\"date\"`. Polly also documents `yyyymmdd`.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    SSML_SUB = ElementSpec {
        id: "ssml.sub",
        name: "sub",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Substitutes a pronunciation for the enclosed word.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_W,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        text: TextRule::Required,
        attributes: &[Attribute {
            name: "alias",
            ty: ValueType::String { keywords: &[] },
            required: true,
            about: "Text spoken instead of the enclosed text.",
            ..Attribute::DEFAULT
        }],
        ..ElementSpec::DEFAULT
    },
    SSML_W = ElementSpec {
        id: "ssml.w",
        name: "w",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        status: Status::TwilioOnly,
        about: "Word with a part-of-speech/sense hint. Not in SignalWire's list; present in Twilio's helper and in Polly.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[Attribute {
            name: "role",
            ty: ValueType::Enum(&WORD_ROLE),
            source: Source::AmazonPolly,
            about: "Part of speech or word sense (values from Amazon Polly; values contain a colon).",
            ..Attribute::DEFAULT
        }],
        ..ElementSpec::DEFAULT
    },
    SSML_AMAZON_AUTO_BREATHS = ElementSpec {
        id: "ssml.amazon:auto-breaths",
        name: "amazon:auto-breaths",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        status: Status::PollyOnly,
        about: "Polly standard voices: inserts breathing sounds automatically in the enclosed text.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[
            Attribute {
                name: "volume",
                ty: ValueType::Enum(&BREATH_VOLUME),
                default: Some("medium"),
                source: Source::AmazonPolly,
                about: "",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "frequency",
                ty: ValueType::Enum(&BREATH_FREQUENCY),
                default: Some("medium"),
                source: Source::AmazonPolly,
                about: "",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "duration",
                ty: ValueType::Enum(&BREATH_DURATION),
                default: Some("medium"),
                source: Source::AmazonPolly,
                about: "",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    SSML_AMAZON_BREATH = ElementSpec {
        id: "ssml.amazon:breath",
        name: "amazon:breath",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        status: Status::PollyOnly,
        about: "Polly standard voices: one breath sound (empty element).",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        attributes: &[
            Attribute {
                name: "duration",
                ty: ValueType::Enum(&BREATH_DURATION),
                default: Some("medium"),
                source: Source::AmazonPolly,
                about: "",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "volume",
                ty: ValueType::Enum(&BREATH_VOLUME),
                default: Some("medium"),
                source: Source::AmazonPolly,
                about: "",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    SSML_AMAZON_DOMAIN = ElementSpec {
        id: "ssml.amazon:domain",
        name: "amazon:domain",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        status: Status::PollyOnly,
        about: "Polly: speaking style for the enclosed text.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_EFFECT,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_EFFECT,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[Attribute {
            name: "name",
            ty: ValueType::Enum(&SPEECH_DOMAIN),
            required: true,
            source: Source::AmazonPolly,
            about: "Newscaster style (selected neural voices only).",
            ..Attribute::DEFAULT
        }],
        ..ElementSpec::DEFAULT
    },
    SSML_AMAZON_EFFECT = ElementSpec {
        id: "ssml.amazon:effect",
        name: "amazon:effect",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        status: Status::PollyOnly,
        about: "Polly: voice effect on the enclosed text (one of the three attributes).",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
        ],
        children: &[
            ids::SSML_BREAK,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PHONEME,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_SAY_AS,
            ids::SSML_SUB,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_BREATH,
            ids::SSML_MARK,
        ],
        text: TextRule::Required,
        mixed: true,
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::Enum(&VOICE_EFFECT),
                source: Source::AmazonPolly,
                about: "Dynamic range compression or whispering (case-sensitive).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "phonation",
                ty: ValueType::Enum(&PHONATION),
                source: Source::AmazonPolly,
                about: "Softer voice (standard voices).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "vocal-tract-length",
                ty: ValueType::String { keywords: &[] },
                format: Some("[+-]<n>%"),
                checked_format: Some(Format::Percent { signed: true }),
                source: Source::AmazonPolly,
                about: "Timbre: `+n%`/`-n%` (relative, +100% to -50%) or `n%` (absolute). Hyphenated.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    SSML_MARK = ElementSpec {
        id: "ssml.mark",
        name: "mark",
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        status: Status::PollyOnly,
        about: "Polly: custom marker (empty element); no audible effect.",
        parents: &[
            ids::VOICE_SAY,
            ids::SSML_EMPHASIS,
            ids::SSML_LANG,
            ids::SSML_P,
            ids::SSML_PROSODY,
            ids::SSML_S,
            ids::SSML_AMAZON_AUTO_BREATHS,
            ids::SSML_AMAZON_DOMAIN,
            ids::SSML_AMAZON_EFFECT,
        ],
        attributes: &[Attribute {
            name: "name",
            ty: ValueType::String { keywords: &[] },
            required: true,
            source: Source::AmazonPolly,
            about: "Marker name returned in speech-mark metadata.",
            ..Attribute::DEFAULT
        }],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_RESPONSE = ElementSpec {
        id: "messaging.Response",
        name: "Response",
        scope: Scope::Messaging,
        kind: Kind::Root,
        about: "Root of a messaging document; children run in order.",
        children: &[ids::MESSAGING_MESSAGE, ids::MESSAGING_REDIRECT],
        notes: &[
            "Exactly one per document.",
            "An empty Response acknowledges an inbound message without replying.",
            "Voice verbs are not allowed; to text during a call use voice `<Sms>`.",
        ],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_MESSAGE = ElementSpec {
        id: "messaging.Message",
        name: "Message",
        scope: Scope::Messaging,
        kind: Kind::Verb,
        about: "Sends an SMS/MMS (reply to the sender by default).",
        parents: &[ids::MESSAGING_RESPONSE],
        children: &[ids::MESSAGING_BODY, ids::MESSAGING_MEDIA],
        text: TextRule::Optional,
        text_format: Some("message text (alternative to `<Body>`)"),
        text_or_children: true,
        text_child: Some(ids::MESSAGING_BODY),
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Receives standard messaging parameters plus `MessageStatus` and `ErrorCode`; its cXML response replaces the rest of this document.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "from",
                ty: ValueType::String { keywords: &[] },
                format: Some("E.164 or short code"),
                about: "Sender: a messaging-capable number or short code you own. Defaults to the number that received the inbound message.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "to",
                ty: ValueType::String { keywords: &[] },
                format: Some("E.164"),
                about: "Recipient; defaults to the sender of the inbound message.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Twilio attribute. SignalWire's page mentions status-callback URLs receiving MessageStatus but has no table entry.",
                ..Attribute::DEFAULT
            },
        ],
        child_max: &[(ids::MESSAGING_MEDIA, 10)],
        notes: &[
            "Content is either plain text or `<Body>`/`<Media>` children (the docs never mix them).",
            "Several `<Body>` elements are concatenated; the whole body may be at most 1600 characters.",
            "At most 10 `<Media>` per message; `<Body>` may be left out when media is sent.",
            "Nothing else nests inside; Message cannot be nested in another verb and is messaging-only (not in voice documents).",
            "Verbs after a Message that has `action` are unreachable.",
        ],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_BODY = ElementSpec {
        id: "messaging.Body",
        name: "Body",
        scope: Scope::Messaging,
        kind: Kind::Noun,
        about: "Text part of the message.",
        parents: &[ids::MESSAGING_MESSAGE],
        text: TextRule::Required,
        text_format: Some("text (total body at most 1600 characters)"),
        ..ElementSpec::DEFAULT
    },
    MESSAGING_MEDIA = ElementSpec {
        id: "messaging.Media",
        name: "Media",
        scope: Scope::Messaging,
        kind: Kind::Noun,
        about: "URL of one media attachment (MMS).",
        parents: &[ids::MESSAGING_MESSAGE],
        text: TextRule::Required,
        text_format: Some("URL of an image, audio, video or document file"),
        ..ElementSpec::DEFAULT
    },
    MESSAGING_REDIRECT = ElementSpec {
        id: "messaging.Redirect",
        name: "Redirect",
        scope: Scope::Messaging,
        kind: Kind::Verb,
        about: "Continues processing the message with the document at the given URL.",
        parents: &[ids::MESSAGING_RESPONSE],
        text: TextRule::Required,
        text_format: Some("URL (absolute in the docs' examples)"),
        attributes: &[Attribute {
            name: "method",
            ty: ValueType::Enum(&METHOD),
            default: Some("POST"),
            about: "HTTP method used to fetch the next document.",
            ..Attribute::DEFAULT
        }],
        notes: &["Anything after it is unreachable; nothing nests inside; cannot be nested."],
        ..ElementSpec::DEFAULT
    },
    FAX_RESPONSE = ElementSpec {
        id: "fax.Response",
        name: "Response",
        scope: Scope::Fax,
        kind: Kind::Root,
        about: "Root of a fax document.",
        children: &[ids::FAX_RECEIVE, ids::FAX_REJECT],
        notes: &[
            "Exactly one per document.",
            "A number configured for fax cannot also take voice calls.",
        ],
        ..ElementSpec::DEFAULT
    },
    FAX_RECEIVE = ElementSpec {
        id: "fax.Receive",
        name: "Receive",
        scope: Scope::Fax,
        kind: Kind::Verb,
        about: "Accepts an incoming fax, creating a Fax resource (stored until deleted).",
        parents: &[ids::FAX_RESPONSE],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                about: "Requested when the fax has been received or has failed (relative URLs used in examples).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "mediaType",
                ty: ValueType::Enum(&FAX_MEDIA_TYPE),
                default: Some("application/pdf"),
                about: "Storage format of the received fax.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                about: "HTTP method for the request to `action`.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "pageSize",
                ty: ValueType::Enum(&PAGE_SIZE),
                default: Some("letter"),
                about: "Page size used to interpret incoming pages.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "storeMedia",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Twilio-only attribute.",
                ..Attribute::DEFAULT
            },
        ],
        notes: &["Empty element (`<Receive/>` or `<Receive ...></Receive>`)."],
        ..ElementSpec::DEFAULT
    },
    FAX_REJECT = ElementSpec {
        id: "fax.Reject",
        name: "Reject",
        scope: Scope::Fax,
        kind: Kind::Verb,
        about: "Refuses the incoming fax (status `canceled`).",
        parents: &[ids::FAX_RESPONSE],
        notes: &["No attributes (unlike voice `<Reject reason>`)."],
        ..ElementSpec::DEFAULT
    },
];
