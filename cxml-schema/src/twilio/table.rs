// Twilio's TwiML as data, in the same form as SignalWire's table (`../table.rs`).
// Written by scripts/twilio_table.py from the facts of Twilio's generated TwiML builders
// (twilio-node `src/twiml/*.ts` for names, nesting and value lists; twilio-python
// `twilio/twiml/*.py`, the newer release, for what was added or removed) and Twilio's TwiML
// pages (defaults, counts). Edit the script's tables and regenerate. See docs/twilio-decisions.md.
//
// Where the two libraries disagree (printed by the script):
// - `<Prompt>` directly inside `<Response>` (voice): both builders offer it, Twilio's TwiML pages document it only as a noun (`<Pay><Prompt>`, `<Dial><Queue>`); not a verb here
// - `<Queue>` directly inside `<Response>` (voice): both builders offer it, Twilio's TwiML pages document it only as a noun (`<Pay><Prompt>`, `<Dial><Queue>`); not a verb here
// - `<Assistant>` inside `<Connect>` (voice): twilio-node has it, twilio-python (newer) does not
// - `passports` on `<Dial>` (voice): only twilio-python has it; typed as a string
// - `callReason` on `<Dial>` (voice): only Twilio's TwiML page has it, neither builder
// - `backgroundNoiseReduction` on `<ConversationRelay>` (voice): only twilio-python has it; typed as a string
// - `deepgramSmartFormat` on `<ConversationRelay>` (voice): only twilio-python has it; typed as a string
// - `ignoreBackchannel` on `<ConversationRelay>` (voice): only twilio-python has it; typed as a string
// - `speechTimeout` on `<ConversationRelay>` (voice): only twilio-python has it; typed as a string
// - `backgroundnoisereduction` on `<ConversationRelay>` (voice): twilio-node has it, twilio-python does not; kept
// - `deepgramsmartformat` on `<ConversationRelay>` (voice): twilio-node has it, twilio-python does not; kept
// - `ignorebackchannel` on `<ConversationRelay>` (voice): twilio-node has it, twilio-python does not; kept
// - `speechtimeout` on `<ConversationRelay>` (voice): twilio-node has it, twilio-python does not; kept

use super::super::model::*;
use super::super::table::METHOD;
use super::ElementId;

pub(crate) static TW_DIAL_EVENTS: EnumType = EnumType {
    rust_name: "DialEvents",
    values: &["call-progress-event"],
};
pub(crate) static TW_DIAL_RECORD: EnumType = EnumType {
    rust_name: "DialRecord",
    values: &[
        "do-not-record",
        "record-from-answer",
        "record-from-ringing",
        "record-from-answer-dual",
        "record-from-ringing-dual",
    ],
};
pub(crate) static TW_DIAL_RECORDING_TRACK: EnumType = EnumType {
    rust_name: "DialRecordingTrack",
    values: &["both", "inbound", "outbound"],
};
pub(crate) static TW_DIAL_RING_TONE: EnumType = EnumType {
    rust_name: "DialRingTone",
    values: &[
        "at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr",
        "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt",
        "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za",
    ],
};
pub(crate) static TW_DIAL_TRIM: EnumType = EnumType {
    rust_name: "DialTrim",
    values: &["trim-silence", "do-not-trim"],
};
pub(crate) static TW_PAY_BANK_ACCOUNT_TYPE: EnumType = EnumType {
    rust_name: "PayBankAccountType",
    values: &[
        "consumer-checking",
        "consumer-savings",
        "commercial-checking",
        "commercial-savings",
    ],
};
pub(crate) static TW_PAY_INPUT: EnumType = EnumType {
    rust_name: "PayInput",
    values: &["dtmf"],
};
pub(crate) static TW_PAY_PAYMENT_METHOD: EnumType = EnumType {
    rust_name: "PayPaymentMethod",
    values: &["ach-debit", "credit-card"],
};
pub(crate) static TW_PAY_TOKEN_TYPE: EnumType = EnumType {
    rust_name: "PayTokenType",
    values: &["one-time", "reusable", "payment-method"],
};
pub(crate) static TW_REJECT_REASON: EnumType = EnumType {
    rust_name: "RejectReason",
    values: &["rejected", "busy"],
};
pub(crate) static TW_CONVERSATION_RECORD: EnumType = EnumType {
    rust_name: "ConversationRecord",
    values: &[
        "do-not-record",
        "record-from-answer",
        "record-from-ringing",
        "record-from-answer-dual",
        "record-from-ringing-dual",
        "true",
        "false",
    ],
};
pub(crate) static TW_STREAM_TRACK: EnumType = EnumType {
    rust_name: "StreamTrack",
    values: &["inbound_track", "outbound_track", "both_tracks"],
};
pub(crate) static TW_CONFERENCE_BEEP: EnumType = EnumType {
    rust_name: "ConferenceBeep",
    values: &["true", "false", "onEnter", "onExit"],
};
pub(crate) static TW_CONFERENCE_JITTER_BUFFER_SIZE: EnumType = EnumType {
    rust_name: "ConferenceJitterBufferSize",
    values: &["large", "medium", "small", "off"],
};
pub(crate) static TW_CONFERENCE_RECORD: EnumType = EnumType {
    rust_name: "ConferenceRecord",
    values: &["do-not-record", "record-from-start"],
};
pub(crate) static TW_SSML_BREAK_STRENGTH: EnumType = EnumType {
    rust_name: "SsmlBreakStrength",
    values: &["none", "x-weak", "weak", "medium", "strong", "x-strong"],
};
pub(crate) static TW_SSML_EMPHASIS_LEVEL: EnumType = EnumType {
    rust_name: "SsmlEmphasisLevel",
    values: &["strong", "moderate", "reduced"],
};
pub(crate) static TW_SSML_PHONEME_ALPHABET: EnumType = EnumType {
    rust_name: "SsmlPhonemeAlphabet",
    values: &[
        "ipa",
        "x-sampa",
        "x-amazon-jyutping",
        "x-amazon-pinyin",
        "x-amazon-pron-kana",
        "x-amazon-yomigana",
    ],
};
pub(crate) static TW_SSML_SAY_AS_FORMAT: EnumType = EnumType {
    rust_name: "SsmlSayAsFormat",
    values: &[
        "mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y", "yyyymmdd",
    ],
};
pub(crate) static TW_SSML_SAY_AS_INTERPRET_AS: EnumType = EnumType {
    rust_name: "SsmlSayAsInterpretAs",
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
        "address",
        "expletive",
        "telephone",
    ],
};
pub(crate) static TW_RECORDING_CHANNELS: EnumType = EnumType {
    rust_name: "RecordingChannels",
    values: &["mono", "dual"],
};
pub(crate) static TW_RECORDING_TRACK: EnumType = EnumType {
    rust_name: "RecordingTrack",
    values: &["inbound", "outbound", "both"],
};
pub(crate) static TW_RECEIVE_MEDIA_TYPE: EnumType = EnumType {
    rust_name: "ReceiveMediaType",
    values: &["application/pdf", "image/tiff"],
};
pub(crate) static TW_RECEIVE_PAGE_SIZE: EnumType = EnumType {
    rust_name: "ReceivePageSize",
    values: &["letter", "legal", "a4"],
};

/// Named value sets of Twilio's enumerated attributes.
pub static ENUM_TYPES: &[&EnumType] = &[
    &METHOD,
    &TW_DIAL_EVENTS,
    &TW_DIAL_RECORD,
    &TW_DIAL_RECORDING_TRACK,
    &TW_DIAL_RING_TONE,
    &TW_DIAL_TRIM,
    &TW_PAY_BANK_ACCOUNT_TYPE,
    &TW_PAY_INPUT,
    &TW_PAY_PAYMENT_METHOD,
    &TW_PAY_TOKEN_TYPE,
    &TW_REJECT_REASON,
    &TW_CONVERSATION_RECORD,
    &TW_STREAM_TRACK,
    &TW_CONFERENCE_BEEP,
    &TW_CONFERENCE_JITTER_BUFFER_SIZE,
    &TW_CONFERENCE_RECORD,
    &TW_SSML_BREAK_STRENGTH,
    &TW_SSML_EMPHASIS_LEVEL,
    &TW_SSML_PHONEME_ALPHABET,
    &TW_SSML_SAY_AS_FORMAT,
    &TW_SSML_SAY_AS_INTERPRET_AS,
    &TW_RECORDING_CHANNELS,
    &TW_RECORDING_TRACK,
    &TW_RECEIVE_MEDIA_TYPE,
    &TW_RECEIVE_PAGE_SIZE,
];

element_table![
    range: TWILIO_BIT,
    ids: "Stable ids of the elements of Twilio's table.",
    count: "How many elements Twilio's table has.",
    elements: "Every element of every channel of Twilio's TwiML, indexed by [`ElementId::index`].";
    VOICE_RESPONSE = ElementSpec {
        id: "twilio.voice.Response",
        name: "Response",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Root,
        about: "Twilio's `<Response>`.",
        children: &[
            ids::VOICE_CONNECT,
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
            ids::VOICE_STOP
        ],
        twilio_only_children: &["Denoise", "Verto"],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONNECT = ElementSpec {
        id: "twilio.voice.Connect",
        name: "Connect",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Connect>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[
            ids::VOICE_AI_SESSION,
            ids::VOICE_ASSISTANT,
            ids::VOICE_AUTOPILOT,
            ids::VOICE_CONVERSATION,
            ids::VOICE_CONVERSATION_RELAY,
            ids::VOICE_CONVERSATION_RELAY_SESSION,
            ids::VOICE_ROOM,
            ids::VOICE_STREAM,
            ids::VOICE_VIRTUAL_AGENT
        ],
        twilio_only_children: &["AI"],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
        ],
        min_children: Some(1),
        max_children: Some(1),
        ..ElementSpec::DEFAULT
    },
    VOICE_DIAL = ElementSpec {
        id: "twilio.voice.Dial",
        name: "Dial",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Dial>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[
            ids::VOICE_APPLICATION,
            ids::VOICE_CLIENT,
            ids::VOICE_CONFERENCE,
            ids::VOICE_NUMBER,
            ids::VOICE_QUEUE,
            ids::VOICE_SIM,
            ids::VOICE_SIP,
            ids::VOICE_WHATS_APP
        ],
        twilio_only_children: &["Verto"],
        text: TextRule::Optional,
        text_or_children: true,
        text_child: Some(ids::VOICE_NUMBER),
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "answerOnBridge",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Preserve the ringing behavior of the inbound call until the Dialed call picks up.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "callerId",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Caller ID to display.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "events",
                ty: ValueType::Enum(&TW_DIAL_EVENTS),
                source: Source::Twilio,
                about: "Subscription to events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hangupOnStar",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Hangup call on star press.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "record",
                ty: ValueType::Enum(&TW_DIAL_RECORD),
                default: Some("do-not-record"),
                source: Source::Twilio,
                about: "Record the call.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingConfigurationId",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Configuration for the recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Recording status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["in-progress", "completed", "absent"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Recording status callback events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Recording status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingTrack",
                ty: ValueType::Enum(&TW_DIAL_RECORDING_TRACK),
                default: Some("both"),
                source: Source::Twilio,
                about: "To indicate which audio track should be recorded.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "referMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "The HTTP method to use for the refer Webhook.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "referUrl",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Webhook that will receive future SIP REFER requests.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ringTone",
                ty: ValueType::Enum(&TW_DIAL_RING_TONE),
                source: Source::Twilio,
                about: "Ringtone allows you to override the ringback tone that Twilio will play back to the caller while executing the Dial.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "sequential",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Used to determine if child TwiML nouns should be dialed in order, one after the other (sequential) or dial all at once (parallel). Default is false, parallel.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeLimit",
                ty: ValueType::Integer,
                default: Some("14400"),
                source: Source::Twilio,
                about: "Max time length.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("30"),
                min: Some(5.0),
                max: Some(600.0),
                source: Source::Twilio,
                about: "Time to wait for answer.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TW_DIAL_TRIM),
                default: Some("trim-silence"),
                source: Source::Twilio,
                about: "Trim the recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "passports",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Only twilio-python (the newer release) has it.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "callReason",
                ty: ValueType::String { keywords: &[] },
                max_length: Some(50),
                source: Source::Twilio,
                about: "Why the call is made, shown to the callee (branded calling); at most 50 characters. Only Twilio's <Dial> page has it, not the builders.",
                ..Attribute::DEFAULT
            },
        ],
        child_max: &[
            (ids::VOICE_NUMBER, 10),
            (ids::VOICE_CLIENT, 10),
            (ids::VOICE_SIP, 10)
        ],
        exclusive_children: &[ids::VOICE_CONFERENCE, ids::VOICE_QUEUE],
        ..ElementSpec::DEFAULT
    },
    VOICE_ECHO = ElementSpec {
        id: "twilio.voice.Echo",
        name: "Echo",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Echo>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        ..ElementSpec::DEFAULT
    },
    VOICE_ENQUEUE = ElementSpec {
        id: "twilio.voice.Enqueue",
        name: "Enqueue",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Enqueue>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_TASK],
        text: TextRule::Optional,
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxQueueSize",
                ty: ValueType::Integer,
                default: Some("100"),
                min: Some(1.0),
                max: Some(5000.0),
                source: Source::Twilio,
                about: "Maximum size of queue.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitUrl",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Wait URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitUrlMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Wait URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "workflowSid",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "TaskRouter Workflow SID.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_GATHER = ElementSpec {
        id: "twilio.voice.Gather",
        name: "Gather",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Gather>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_PAUSE, ids::VOICE_PLAY, ids::VOICE_SAY],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "actionOnEmptyResult",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Force webhook to the action URL event if there is no input.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "bargeIn",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Stop playing media upon speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "debug",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Allow debug for gather.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "enhanced",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Use enhanced speech model.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "finishOnKey",
                ty: ValueType::String { keywords: &[] },
                default: Some("#"),
                source: Source::Twilio,
                about: "Finish gather on key.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hints",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Speech recognition hints.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "input",
                ty: ValueType::List {
                    items: &["dtmf", "speech"],
                    separator: ' '
                },
                default: Some("dtmf"),
                source: Source::Twilio,
                about: "Input type Twilio should accept.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::String {
                    keywords: &[
                        "af-ZA",
                        "am-ET",
                        "ar-AE",
                        "ar-BH",
                        "ar-DZ",
                        "ar-EG",
                        "ar-IL",
                        "ar-IQ",
                        "ar-JO",
                        "ar-KW",
                        "ar-LB",
                        "ar-MA",
                        "ar-OM",
                        "ar-PS",
                        "ar-QA",
                        "ar-SA",
                        "ar-TN",
                        "az-AZ",
                        "bg-BG",
                        "bn-BD",
                        "bn-IN",
                        "ca-ES",
                        "cs-CZ",
                        "da-DK",
                        "de-DE",
                        "el-GR",
                        "en-AU",
                        "en-CA",
                        "en-GB",
                        "en-GH",
                        "en-IE",
                        "en-IN",
                        "en-KE",
                        "en-NG",
                        "en-NZ",
                        "en-PH",
                        "en-SG",
                        "en-TZ",
                        "en-US",
                        "en-ZA",
                        "es-AR",
                        "es-BO",
                        "es-CL",
                        "es-CO",
                        "es-CR",
                        "es-DO",
                        "es-EC",
                        "es-ES",
                        "es-GT",
                        "es-HN",
                        "es-MX",
                        "es-NI",
                        "es-PA",
                        "es-PE",
                        "es-PR",
                        "es-PY",
                        "es-SV",
                        "es-US",
                        "es-UY",
                        "es-VE",
                        "et-EE",
                        "eu-ES",
                        "fa-IR",
                        "fi-FI",
                        "fil-PH",
                        "fr-CA",
                        "fr-FR",
                        "gl-ES",
                        "gu-IN",
                        "he-IL",
                        "hi-IN",
                        "hr-HR",
                        "hu-HU",
                        "hy-AM",
                        "id-ID",
                        "is-IS",
                        "it-IT",
                        "ja-JP",
                        "jv-ID",
                        "ka-GE",
                        "km-KH",
                        "kn-IN",
                        "ko-KR",
                        "lo-LA",
                        "lt-LT",
                        "lv-LV",
                        "mk-MK",
                        "ml-IN",
                        "mn-MN",
                        "mr-IN",
                        "ms-MY",
                        "my-MM",
                        "nar-IQ",
                        "nb-NO",
                        "ne-NP",
                        "nl-BE",
                        "nl-NL",
                        "pa-guru-IN",
                        "pl-PL",
                        "pt-BR",
                        "pt-PT",
                        "ro-RO",
                        "ru-RU",
                        "si-LK",
                        "sk-SK",
                        "sl-SI",
                        "sq-AL",
                        "sr-RS",
                        "su-ID",
                        "sv-SE",
                        "sw-KE",
                        "sw-TZ",
                        "ta-IN",
                        "ta-LK",
                        "ta-MY",
                        "ta-SG",
                        "te-IN",
                        "th-TH",
                        "tr-TR",
                        "uk-UA",
                        "ur-IN",
                        "ur-PK",
                        "uz-UZ",
                        "vi-VN",
                        "yue-Hant-HK",
                        "zh",
                        "cmn-Hans-CN",
                        "zh-TW",
                        "cmn-Hant-TW",
                        "zu-ZA"
                    ]
                },
                default: Some("en-US"),
                source: Source::Twilio,
                about: "Language to use.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxSpeechTime",
                ty: ValueType::Integer,
                default: Some("60"),
                min: Some(1.0),
                max: Some(60.0),
                source: Source::Twilio,
                about: "Max allowed time for speech input.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "numDigits",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Number of digits to collect.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialResultCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Partial result callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialResultCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Partial result callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "profanityFilter",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Profanity Filter on speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechModel",
                ty: ValueType::String { keywords: &[] },
                default: Some("default"),
                source: Source::Twilio,
                about: "Specify the model that is best suited for your use case.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechTimeout",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Time to wait to gather speech input and it should be either auto or a positive integer.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("5"),
                min: Some(0.0),
                source: Source::Twilio,
                about: "Time to wait to gather input.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_HANGUP = ElementSpec {
        id: "twilio.voice.Hangup",
        name: "Hangup",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Hangup>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_PARAMETER],
        ..ElementSpec::DEFAULT
    },
    VOICE_LEAVE = ElementSpec {
        id: "twilio.voice.Leave",
        name: "Leave",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Leave>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        ..ElementSpec::DEFAULT
    },
    VOICE_PAUSE = ElementSpec {
        id: "twilio.voice.Pause",
        name: "Pause",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Pause>` inside `<Gather>`, `<Prompt>`, `<Response>`.",
        parents: &[ids::VOICE_RESPONSE, ids::VOICE_GATHER, ids::VOICE_PROMPT],
        attributes: &[Attribute {
            name: "length",
            ty: ValueType::Integer,
            default: Some("1"),
            min: Some(1.0),
            source: Source::Twilio,
            about: "Length in seconds to pause.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_PAY = ElementSpec {
        id: "twilio.voice.Pay",
        name: "Pay",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Pay>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_PARAMETER, ids::VOICE_PROMPT],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "bankAccountType",
                ty: ValueType::Enum(&TW_PAY_BANK_ACCOUNT_TYPE),
                default: Some("consumer-checking"),
                source: Source::Twilio,
                about: "Bank account type for ach transactions. If set, payment method attribute must be provided and value should be set to ach-debit. defaults to consumer-checking.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "chargeAmount",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Amount to process. If value is greater than 0 then make the payment else create a payment token.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "currency",
                ty: ValueType::String { keywords: &[] },
                default: Some("usd"),
                source: Source::Twilio,
                about: "Currency of the amount attribute.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "description",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Details regarding the payment.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "input",
                ty: ValueType::Enum(&TW_PAY_INPUT),
                default: Some("dtmf"),
                source: Source::Twilio,
                about: "Input type Twilio should accept.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::String {
                    keywords: &[
                        "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-IE", "en-NZ", "en-PH",
                        "en-ZA", "en-US", "es-ES", "es-US", "fr-CA", "fr-FR", "it-IT"
                    ]
                },
                default: Some("en-US"),
                source: Source::Twilio,
                about: "Language to use.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxAttempts",
                ty: ValueType::Integer,
                default: Some("1"),
                source: Source::Twilio,
                about: "Maximum number of allowed retries when gathering input.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "minPostalCodeLength",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Prompt for minimum postal code length.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "paymentConnector",
                ty: ValueType::String { keywords: &[] },
                default: Some("Default"),
                source: Source::Twilio,
                about: "Unique name for payment connector.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "paymentMethod",
                ty: ValueType::Enum(&TW_PAY_PAYMENT_METHOD),
                default: Some("credit-card"),
                source: Source::Twilio,
                about: "Payment method to be used. defaults to credit-card.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "postalCode",
                ty: ValueType::String { keywords: &[] },
                default: Some("true"),
                source: Source::Twilio,
                about: "Prompt for postal code and it should be true/false or default postal code.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "securityCode",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Prompt for security code.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status callback method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("5"),
                source: Source::Twilio,
                about: "Time to wait to gather input.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "tokenType",
                ty: ValueType::Enum(&TW_PAY_TOKEN_TYPE),
                default: Some("reusable"),
                source: Source::Twilio,
                about: "Type of token.",
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
                        "enroute"
                    ],
                    separator: ' '
                },
                default: Some("visa mastercard amex"),
                source: Source::Twilio,
                about: "Comma separated accepted card types.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PLAY = ElementSpec {
        id: "twilio.voice.Play",
        name: "Play",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Play>` inside `<Gather>`, `<Prompt>`, `<Response>`.",
        parents: &[ids::VOICE_RESPONSE, ids::VOICE_GATHER, ids::VOICE_PROMPT],
        text: TextRule::Optional,
        attributes: &[
            Attribute {
                name: "digits",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Play DTMF tones for digits.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "loop",
                ty: ValueType::Integer,
                default: Some("1"),
                min: Some(0.0),
                source: Source::Twilio,
                about: "Times to loop media.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_RECORD = ElementSpec {
        id: "twilio.voice.Record",
        name: "Record",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Record>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "finishOnKey",
                ty: ValueType::String { keywords: &[] },
                default: Some("1234567890*#"),
                source: Source::Twilio,
                about: "Finish recording on key.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxLength",
                ty: ValueType::Integer,
                default: Some("3600"),
                min: Some(1.0),
                max: Some(14400.0),
                source: Source::Twilio,
                about: "Max time to record in seconds.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "playBeep",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Play beep.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingConfigurationId",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Configuration for the recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["in-progress", "completed", "absent"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Recording status callback events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                default: Some("5"),
                source: Source::Twilio,
                about: "Timeout to begin recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcribe",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Transcribe the recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcribeCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Transcribe callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TW_DIAL_TRIM),
                default: Some("trim-silence"),
                source: Source::Twilio,
                about: "Trim the recording.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_REDIRECT = ElementSpec {
        id: "twilio.voice.Redirect",
        name: "Redirect",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Redirect>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        text: TextRule::Required,
        attributes: &[Attribute {
            name: "method",
            ty: ValueType::Enum(&METHOD),
            default: Some("POST"),
            source: Source::Twilio,
            about: "Redirect URL method.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_REFER = ElementSpec {
        id: "twilio.voice.Refer",
        name: "Refer",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Refer>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_REFER_SIP],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_REJECT = ElementSpec {
        id: "twilio.voice.Reject",
        name: "Reject",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Reject>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[ids::VOICE_PARAMETER],
        attributes: &[Attribute {
            name: "reason",
            ty: ValueType::Enum(&TW_REJECT_REASON),
            default: Some("rejected"),
            source: Source::Twilio,
            about: "Rejection reason.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_SAY = ElementSpec {
        id: "twilio.voice.Say",
        name: "Say",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Say>` inside `<Gather>`, `<Prompt>`, `<Response>`.",
        parents: &[ids::VOICE_RESPONSE, ids::VOICE_GATHER, ids::VOICE_PROMPT],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[
            Attribute {
                name: "language",
                ty: ValueType::String {
                    keywords: &[
                        "af-ZA",
                        "am-ET",
                        "ar-AE",
                        "ar-XA",
                        "arb",
                        "bg-BG",
                        "bn-IN",
                        "ca-ES",
                        "cmn-CN",
                        "cmn-TW",
                        "cs-CZ",
                        "cy-GB",
                        "da-DK",
                        "de-AT",
                        "de-DE",
                        "el-GR",
                        "en-AU",
                        "en-CA",
                        "en-GB",
                        "en-GB-WLS",
                        "en-IE",
                        "en-IN",
                        "en-NZ",
                        "en-US",
                        "en-ZA",
                        "es-ES",
                        "es-MX",
                        "es-US",
                        "fi-FI",
                        "fil-PH",
                        "fr-CA",
                        "fr-FR",
                        "fr-BE",
                        "gu-IN",
                        "he-IL",
                        "hi-IN",
                        "hu-HU",
                        "id-ID",
                        "is-IS",
                        "it-IT",
                        "ja-JP",
                        "kn-IN",
                        "ko-KR",
                        "lv-LV",
                        "ml-IN",
                        "mr-IN",
                        "ms-MY",
                        "nb-NO",
                        "nl-BE",
                        "nl-NL",
                        "pa-IN",
                        "pl-PL",
                        "pt-BR",
                        "pt-PT",
                        "ro-RO",
                        "ru-RU",
                        "sk-SK",
                        "sr-RS",
                        "sv-SE",
                        "ta-IN",
                        "te-IN",
                        "th-TH",
                        "tr-TR",
                        "uk-UA",
                        "vi-VN",
                        "yue-HK",
                        "zh-CN",
                        "zh-HK",
                        "zh-TW"
                    ]
                },
                default: Some("en-US"),
                source: Source::Twilio,
                about: "Message language.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "loop",
                ty: ValueType::Integer,
                default: Some("1"),
                min: Some(0.0),
                source: Source::Twilio,
                about: "Times to loop message.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String {
                    keywords: &[
                        "man",
                        "woman",
                        "alice",
                        "Google.af-ZA-Standard-A",
                        "Google.am-ET-Standard-A",
                        "Google.am-ET-Standard-B",
                        "Google.am-ET-Wavenet-A",
                        "Google.am-ET-Wavenet-B",
                        "Google.ar-XA-Chirp3-HD-Aoede",
                        "Google.ar-XA-Chirp3-HD-Charon",
                        "Google.ar-XA-Chirp3-HD-Fenrir",
                        "Google.ar-XA-Chirp3-HD-Kore",
                        "Google.ar-XA-Chirp3-HD-Leda",
                        "Google.ar-XA-Chirp3-HD-Orus",
                        "Google.ar-XA-Chirp3-HD-Puck",
                        "Google.ar-XA-Chirp3-HD-Zephyr",
                        "Google.ar-XA-Standard-A",
                        "Google.ar-XA-Standard-B",
                        "Google.ar-XA-Standard-C",
                        "Google.ar-XA-Standard-D",
                        "Google.ar-XA-Wavenet-A",
                        "Google.ar-XA-Wavenet-B",
                        "Google.ar-XA-Wavenet-C",
                        "Google.ar-XA-Wavenet-D",
                        "Google.bg-BG-Standard-A",
                        "Google.bg-BG-Standard-B",
                        "Google.bn-IN-Chirp3-HD-Aoede",
                        "Google.bn-IN-Chirp3-HD-Charon",
                        "Google.bn-IN-Chirp3-HD-Fenrir",
                        "Google.bn-IN-Chirp3-HD-Kore",
                        "Google.bn-IN-Chirp3-HD-Leda",
                        "Google.bn-IN-Chirp3-HD-Orus",
                        "Google.bn-IN-Chirp3-HD-Puck",
                        "Google.bn-IN-Chirp3-HD-Zephyr",
                        "Google.bn-IN-Standard-A",
                        "Google.bn-IN-Standard-B",
                        "Google.bn-IN-Standard-C",
                        "Google.bn-IN-Standard-D",
                        "Google.bn-IN-Wavenet-A",
                        "Google.bn-IN-Wavenet-B",
                        "Google.bn-IN-Wavenet-C",
                        "Google.bn-IN-Wavenet-D",
                        "Google.ca-ES-Standard-A",
                        "Google.ca-ES-Standard-B",
                        "Google.cmn-CN-Chirp3-HD-Aoede",
                        "Google.cmn-CN-Chirp3-HD-Charon",
                        "Google.cmn-CN-Chirp3-HD-Fenrir",
                        "Google.cmn-CN-Chirp3-HD-Kore",
                        "Google.cmn-CN-Chirp3-HD-Leda",
                        "Google.cmn-CN-Chirp3-HD-Orus",
                        "Google.cmn-CN-Chirp3-HD-Puck",
                        "Google.cmn-CN-Chirp3-HD-Zephyr",
                        "Google.cmn-CN-Standard-A",
                        "Google.cmn-CN-Standard-B",
                        "Google.cmn-CN-Standard-C",
                        "Google.cmn-CN-Standard-D",
                        "Google.cmn-CN-Wavenet-A",
                        "Google.cmn-CN-Wavenet-B",
                        "Google.cmn-CN-Wavenet-C",
                        "Google.cmn-CN-Wavenet-D",
                        "Google.cmn-TW-Standard-A",
                        "Google.cmn-TW-Standard-B",
                        "Google.cmn-TW-Standard-C",
                        "Google.cmn-TW-Wavenet-A",
                        "Google.cmn-TW-Wavenet-B",
                        "Google.cmn-TW-Wavenet-C",
                        "Google.cs-CZ-Standard-A",
                        "Google.cs-CZ-Standard-B",
                        "Google.cs-CZ-Wavenet-A",
                        "Google.cs-CZ-Wavenet-B",
                        "Google.da-DK-Neural2-D",
                        "Google.da-DK-Neural2-F",
                        "Google.da-DK-Standard-A",
                        "Google.da-DK-Standard-C",
                        "Google.da-DK-Standard-D",
                        "Google.da-DK-Standard-E",
                        "Google.da-DK-Standard-F",
                        "Google.da-DK-Standard-G",
                        "Google.da-DK-Wavenet-A",
                        "Google.da-DK-Wavenet-C",
                        "Google.da-DK-Wavenet-D",
                        "Google.da-DK-Wavenet-E",
                        "Google.da-DK-Wavenet-F",
                        "Google.da-DK-Wavenet-G",
                        "Google.de-DE-Chirp3-HD-Aoede",
                        "Google.de-DE-Chirp3-HD-Charon",
                        "Google.de-DE-Chirp3-HD-Fenrir",
                        "Google.de-DE-Chirp3-HD-Kore",
                        "Google.de-DE-Chirp3-HD-Leda",
                        "Google.de-DE-Chirp3-HD-Orus",
                        "Google.de-DE-Chirp3-HD-Puck",
                        "Google.de-DE-Chirp3-HD-Zephyr",
                        "Google.de-DE-Neural2-A",
                        "Google.de-DE-Neural2-B",
                        "Google.de-DE-Neural2-C",
                        "Google.de-DE-Neural2-D",
                        "Google.de-DE-Neural2-F",
                        "Google.de-DE-Neural2-G",
                        "Google.de-DE-Neural2-H",
                        "Google.de-DE-Standard-A",
                        "Google.de-DE-Standard-B",
                        "Google.de-DE-Standard-C",
                        "Google.de-DE-Standard-D",
                        "Google.de-DE-Standard-E",
                        "Google.de-DE-Standard-F",
                        "Google.de-DE-Standard-G",
                        "Google.de-DE-Standard-H",
                        "Google.de-DE-Wavenet-A",
                        "Google.de-DE-Wavenet-B",
                        "Google.de-DE-Wavenet-C",
                        "Google.de-DE-Wavenet-D",
                        "Google.de-DE-Wavenet-E",
                        "Google.de-DE-Wavenet-F",
                        "Google.de-DE-Wavenet-G",
                        "Google.de-DE-Wavenet-H",
                        "Google.el-GR-Standard-A",
                        "Google.el-GR-Standard-B",
                        "Google.el-GR-Wavenet-A",
                        "Google.el-GR-Wavenet-B",
                        "Google.en-AU-Chirp3-HD-Aoede",
                        "Google.en-AU-Chirp3-HD-Charon",
                        "Google.en-AU-Chirp3-HD-Fenrir",
                        "Google.en-AU-Chirp3-HD-Kore",
                        "Google.en-AU-Chirp3-HD-Leda",
                        "Google.en-AU-Chirp3-HD-Orus",
                        "Google.en-AU-Chirp3-HD-Puck",
                        "Google.en-AU-Chirp3-HD-Zephyr",
                        "Google.en-AU-Neural2-A",
                        "Google.en-AU-Neural2-B",
                        "Google.en-AU-Neural2-C",
                        "Google.en-AU-Neural2-D",
                        "Google.en-AU-Standard-A",
                        "Google.en-AU-Standard-B",
                        "Google.en-AU-Standard-C",
                        "Google.en-AU-Standard-D",
                        "Google.en-AU-Wavenet-A",
                        "Google.en-AU-Wavenet-B",
                        "Google.en-AU-Wavenet-C",
                        "Google.en-AU-Wavenet-D",
                        "Google.en-GB-Chirp3-HD-Aoede",
                        "Google.en-GB-Chirp3-HD-Charon",
                        "Google.en-GB-Chirp3-HD-Fenrir",
                        "Google.en-GB-Chirp3-HD-Kore",
                        "Google.en-GB-Chirp3-HD-Leda",
                        "Google.en-GB-Chirp3-HD-Orus",
                        "Google.en-GB-Chirp3-HD-Puck",
                        "Google.en-GB-Chirp3-HD-Zephyr",
                        "Google.en-GB-Neural2-A",
                        "Google.en-GB-Neural2-B",
                        "Google.en-GB-Neural2-C",
                        "Google.en-GB-Neural2-D",
                        "Google.en-GB-Neural2-F",
                        "Google.en-GB-Neural2-N",
                        "Google.en-GB-Neural2-O",
                        "Google.en-GB-Standard-A",
                        "Google.en-GB-Standard-B",
                        "Google.en-GB-Standard-C",
                        "Google.en-GB-Standard-D",
                        "Google.en-GB-Standard-F",
                        "Google.en-GB-Standard-N",
                        "Google.en-GB-Standard-O",
                        "Google.en-GB-Wavenet-A",
                        "Google.en-GB-Wavenet-B",
                        "Google.en-GB-Wavenet-C",
                        "Google.en-GB-Wavenet-D",
                        "Google.en-GB-Wavenet-F",
                        "Google.en-GB-Wavenet-N",
                        "Google.en-GB-Wavenet-O",
                        "Google.en-IN-Chirp3-HD-Aoede",
                        "Google.en-IN-Chirp3-HD-Charon",
                        "Google.en-IN-Chirp3-HD-Fenrir",
                        "Google.en-IN-Chirp3-HD-Kore",
                        "Google.en-IN-Chirp3-HD-Leda",
                        "Google.en-IN-Chirp3-HD-Orus",
                        "Google.en-IN-Chirp3-HD-Puck",
                        "Google.en-IN-Chirp3-HD-Zephyr",
                        "Google.en-IN-Neural2-A",
                        "Google.en-IN-Neural2-B",
                        "Google.en-IN-Neural2-C",
                        "Google.en-IN-Neural2-D",
                        "Google.en-IN-Standard-A",
                        "Google.en-IN-Standard-B",
                        "Google.en-IN-Standard-C",
                        "Google.en-IN-Standard-D",
                        "Google.en-IN-Standard-E",
                        "Google.en-IN-Standard-F",
                        "Google.en-IN-Wavenet-A",
                        "Google.en-IN-Wavenet-B",
                        "Google.en-IN-Wavenet-C",
                        "Google.en-IN-Wavenet-D",
                        "Google.en-IN-Wavenet-E",
                        "Google.en-IN-Wavenet-F",
                        "Google.en-US-Chirp3-HD-Aoede",
                        "Google.en-US-Chirp3-HD-Charon",
                        "Google.en-US-Chirp3-HD-Fenrir",
                        "Google.en-US-Chirp3-HD-Kore",
                        "Google.en-US-Chirp3-HD-Leda",
                        "Google.en-US-Chirp3-HD-Orus",
                        "Google.en-US-Chirp3-HD-Puck",
                        "Google.en-US-Chirp3-HD-Zephyr",
                        "Google.en-US-Neural2-A",
                        "Google.en-US-Neural2-C",
                        "Google.en-US-Neural2-D",
                        "Google.en-US-Neural2-E",
                        "Google.en-US-Neural2-F",
                        "Google.en-US-Neural2-G",
                        "Google.en-US-Neural2-H",
                        "Google.en-US-Neural2-I",
                        "Google.en-US-Neural2-J",
                        "Google.en-US-Standard-A",
                        "Google.en-US-Standard-B",
                        "Google.en-US-Standard-C",
                        "Google.en-US-Standard-D",
                        "Google.en-US-Standard-E",
                        "Google.en-US-Standard-F",
                        "Google.en-US-Standard-G",
                        "Google.en-US-Standard-H",
                        "Google.en-US-Standard-I",
                        "Google.en-US-Standard-J",
                        "Google.en-US-Wavenet-A",
                        "Google.en-US-Wavenet-B",
                        "Google.en-US-Wavenet-C",
                        "Google.en-US-Wavenet-D",
                        "Google.en-US-Wavenet-E",
                        "Google.en-US-Wavenet-F",
                        "Google.en-US-Wavenet-G",
                        "Google.en-US-Wavenet-H",
                        "Google.en-US-Wavenet-I",
                        "Google.en-US-Wavenet-J",
                        "Google.es-ES-Chirp3-HD-Aoede",
                        "Google.es-ES-Chirp3-HD-Charon",
                        "Google.es-ES-Chirp3-HD-Fenrir",
                        "Google.es-ES-Chirp3-HD-Kore",
                        "Google.es-ES-Chirp3-HD-Leda",
                        "Google.es-ES-Chirp3-HD-Orus",
                        "Google.es-ES-Chirp3-HD-Puck",
                        "Google.es-ES-Chirp3-HD-Zephyr",
                        "Google.es-ES-Neural2-A",
                        "Google.es-ES-Neural2-B",
                        "Google.es-ES-Neural2-C",
                        "Google.es-ES-Neural2-D",
                        "Google.es-ES-Neural2-E",
                        "Google.es-ES-Neural2-F",
                        "Google.es-ES-Neural2-G",
                        "Google.es-ES-Neural2-H",
                        "Google.es-ES-Standard-A",
                        "Google.es-ES-Standard-B",
                        "Google.es-ES-Standard-C",
                        "Google.es-ES-Standard-D",
                        "Google.es-ES-Standard-E",
                        "Google.es-ES-Standard-F",
                        "Google.es-ES-Standard-G",
                        "Google.es-ES-Standard-H",
                        "Google.es-ES-Wavenet-B",
                        "Google.es-ES-Wavenet-C",
                        "Google.es-ES-Wavenet-D",
                        "Google.es-ES-Wavenet-E",
                        "Google.es-ES-Wavenet-F",
                        "Google.es-ES-Wavenet-G",
                        "Google.es-ES-Wavenet-H",
                        "Google.es-US-Chirp3-HD-Aoede",
                        "Google.es-US-Chirp3-HD-Charon",
                        "Google.es-US-Chirp3-HD-Fenrir",
                        "Google.es-US-Chirp3-HD-Kore",
                        "Google.es-US-Chirp3-HD-Leda",
                        "Google.es-US-Chirp3-HD-Orus",
                        "Google.es-US-Chirp3-HD-Puck",
                        "Google.es-US-Chirp3-HD-Zephyr",
                        "Google.es-US-Neural2-A",
                        "Google.es-US-Neural2-B",
                        "Google.es-US-Neural2-C",
                        "Google.es-US-Standard-A",
                        "Google.es-US-Standard-B",
                        "Google.es-US-Standard-C",
                        "Google.es-US-Wavenet-A",
                        "Google.es-US-Wavenet-B",
                        "Google.es-US-Wavenet-C",
                        "Google.eu-ES-Standard-A",
                        "Google.eu-ES-Standard-B",
                        "Google.fi-FI-Standard-A",
                        "Google.fi-FI-Standard-B",
                        "Google.fi-FI-Wavenet-A",
                        "Google.fi-FI-Wavenet-B",
                        "Google.fil-ph-Neural2-A",
                        "Google.fil-ph-Neural2-D",
                        "Google.fil-PH-Standard-A",
                        "Google.fil-PH-Standard-B",
                        "Google.fil-PH-Standard-C",
                        "Google.fil-PH-Standard-D",
                        "Google.fil-PH-Wavenet-A",
                        "Google.fil-PH-Wavenet-B",
                        "Google.fil-PH-Wavenet-C",
                        "Google.fil-PH-Wavenet-D",
                        "Google.fr-CA-Chirp3-HD-Aoede",
                        "Google.fr-CA-Chirp3-HD-Charon",
                        "Google.fr-CA-Chirp3-HD-Fenrir",
                        "Google.fr-CA-Chirp3-HD-Kore",
                        "Google.fr-CA-Chirp3-HD-Leda",
                        "Google.fr-CA-Chirp3-HD-Orus",
                        "Google.fr-CA-Chirp3-HD-Puck",
                        "Google.fr-CA-Chirp3-HD-Zephyr",
                        "Google.fr-CA-Neural2-A",
                        "Google.fr-CA-Neural2-B",
                        "Google.fr-CA-Neural2-C",
                        "Google.fr-CA-Neural2-D",
                        "Google.fr-CA-Standard-A",
                        "Google.fr-CA-Standard-B",
                        "Google.fr-CA-Standard-C",
                        "Google.fr-CA-Standard-D",
                        "Google.fr-CA-Wavenet-A",
                        "Google.fr-CA-Wavenet-B",
                        "Google.fr-CA-Wavenet-C",
                        "Google.fr-CA-Wavenet-D",
                        "Google.fr-FR-Chirp3-HD-Aoede",
                        "Google.fr-FR-Chirp3-HD-Charon",
                        "Google.fr-FR-Chirp3-HD-Fenrir",
                        "Google.fr-FR-Chirp3-HD-Kore",
                        "Google.fr-FR-Chirp3-HD-Leda",
                        "Google.fr-FR-Chirp3-HD-Orus",
                        "Google.fr-FR-Chirp3-HD-Puck",
                        "Google.fr-FR-Chirp3-HD-Zephyr",
                        "Google.fr-FR-Neural2-A",
                        "Google.fr-FR-Neural2-B",
                        "Google.fr-FR-Neural2-C",
                        "Google.fr-FR-Neural2-D",
                        "Google.fr-FR-Neural2-E",
                        "Google.fr-FR-Neural2-F",
                        "Google.fr-FR-Neural2-G",
                        "Google.fr-FR-Standard-A",
                        "Google.fr-FR-Standard-B",
                        "Google.fr-FR-Standard-C",
                        "Google.fr-FR-Standard-D",
                        "Google.fr-FR-Standard-E",
                        "Google.fr-FR-Standard-F",
                        "Google.fr-FR-Standard-G",
                        "Google.fr-FR-Wavenet-A",
                        "Google.fr-FR-Wavenet-B",
                        "Google.fr-FR-Wavenet-C",
                        "Google.fr-FR-Wavenet-D",
                        "Google.fr-FR-Wavenet-E",
                        "Google.fr-FR-Wavenet-F",
                        "Google.fr-FR-Wavenet-G",
                        "Google.gl-ES-Standard-A",
                        "Google.gl-ES-Standard-B",
                        "Google.gu-IN-Chirp3-HD-Aoede",
                        "Google.gu-IN-Chirp3-HD-Charon",
                        "Google.gu-IN-Chirp3-HD-Fenrir",
                        "Google.gu-IN-Chirp3-HD-Kore",
                        "Google.gu-IN-Chirp3-HD-Leda",
                        "Google.gu-IN-Chirp3-HD-Orus",
                        "Google.gu-IN-Chirp3-HD-Puck",
                        "Google.gu-IN-Chirp3-HD-Zephyr",
                        "Google.gu-IN-Standard-A",
                        "Google.gu-IN-Standard-B",
                        "Google.gu-IN-Standard-C",
                        "Google.gu-IN-Standard-D",
                        "Google.gu-IN-Wavenet-A",
                        "Google.gu-IN-Wavenet-B",
                        "Google.gu-IN-Wavenet-C",
                        "Google.gu-IN-Wavenet-D",
                        "Google.he-IL-Standard-A",
                        "Google.he-IL-Standard-B",
                        "Google.he-IL-Standard-C",
                        "Google.he-IL-Standard-D",
                        "Google.he-IL-Wavenet-A",
                        "Google.he-IL-Wavenet-B",
                        "Google.he-IL-Wavenet-C",
                        "Google.he-IL-Wavenet-D",
                        "Google.hi-IN-Chirp3-HD-Aoede",
                        "Google.hi-IN-Chirp3-HD-Charon",
                        "Google.hi-IN-Chirp3-HD-Fenrir",
                        "Google.hi-IN-Chirp3-HD-Kore",
                        "Google.hi-IN-Chirp3-HD-Leda",
                        "Google.hi-IN-Chirp3-HD-Orus",
                        "Google.hi-IN-Chirp3-HD-Puck",
                        "Google.hi-IN-Chirp3-HD-Zephyr",
                        "Google.hi-IN-Neural2-A",
                        "Google.hi-IN-Neural2-B",
                        "Google.hi-IN-Neural2-C",
                        "Google.hi-IN-Neural2-D",
                        "Google.hi-IN-Standard-A",
                        "Google.hi-IN-Standard-B",
                        "Google.hi-IN-Standard-C",
                        "Google.hi-IN-Standard-D",
                        "Google.hi-IN-Standard-E",
                        "Google.hi-IN-Standard-F",
                        "Google.hi-IN-Wavenet-A",
                        "Google.hi-IN-Wavenet-B",
                        "Google.hi-IN-Wavenet-C",
                        "Google.hi-IN-Wavenet-D",
                        "Google.hi-IN-Wavenet-E",
                        "Google.hi-IN-Wavenet-F",
                        "Google.hu-HU-Standard-A",
                        "Google.hu-HU-Standard-B",
                        "Google.hu-HU-Wavenet-A",
                        "Google.id-ID-Chirp3-HD-Aoede",
                        "Google.id-ID-Chirp3-HD-Charon",
                        "Google.id-ID-Chirp3-HD-Fenrir",
                        "Google.id-ID-Chirp3-HD-Kore",
                        "Google.id-ID-Chirp3-HD-Leda",
                        "Google.id-ID-Chirp3-HD-Orus",
                        "Google.id-ID-Chirp3-HD-Puck",
                        "Google.id-ID-Chirp3-HD-Zephyr",
                        "Google.id-ID-Standard-A",
                        "Google.id-ID-Standard-B",
                        "Google.id-ID-Standard-C",
                        "Google.id-ID-Standard-D",
                        "Google.id-ID-Wavenet-A",
                        "Google.id-ID-Wavenet-B",
                        "Google.id-ID-Wavenet-C",
                        "Google.id-ID-Wavenet-D",
                        "Google.is-IS-Standard-A",
                        "Google.is-IS-Standard-B",
                        "Google.it-IT-Chirp3-HD-Aoede",
                        "Google.it-IT-Chirp3-HD-Charon",
                        "Google.it-IT-Chirp3-HD-Fenrir",
                        "Google.it-IT-Chirp3-HD-Kore",
                        "Google.it-IT-Chirp3-HD-Leda",
                        "Google.it-IT-Chirp3-HD-Orus",
                        "Google.it-IT-Chirp3-HD-Puck",
                        "Google.it-IT-Chirp3-HD-Zephyr",
                        "Google.it-IT-Neural2-A",
                        "Google.it-IT-Neural2-C",
                        "Google.it-IT-Neural2-F",
                        "Google.it-IT-Standard-A",
                        "Google.it-IT-Standard-B",
                        "Google.it-IT-Standard-C",
                        "Google.it-IT-Standard-D",
                        "Google.it-IT-Standard-E",
                        "Google.it-IT-Standard-F",
                        "Google.it-IT-Wavenet-A",
                        "Google.it-IT-Wavenet-B",
                        "Google.it-IT-Wavenet-C",
                        "Google.it-IT-Wavenet-D",
                        "Google.it-IT-Wavenet-E",
                        "Google.it-IT-Wavenet-F",
                        "Google.ja-JP-Chirp3-HD-Aoede",
                        "Google.ja-JP-Chirp3-HD-Charon",
                        "Google.ja-JP-Chirp3-HD-Fenrir",
                        "Google.ja-JP-Chirp3-HD-Kore",
                        "Google.ja-JP-Chirp3-HD-Leda",
                        "Google.ja-JP-Chirp3-HD-Orus",
                        "Google.ja-JP-Chirp3-HD-Puck",
                        "Google.ja-JP-Chirp3-HD-Zephyr",
                        "Google.ja-JP-Neural2-B",
                        "Google.ja-JP-Neural2-C",
                        "Google.ja-JP-Neural2-D",
                        "Google.ja-JP-Standard-A",
                        "Google.ja-JP-Standard-B",
                        "Google.ja-JP-Standard-C",
                        "Google.ja-JP-Standard-D",
                        "Google.ja-JP-Wavenet-A",
                        "Google.ja-JP-Wavenet-B",
                        "Google.ja-JP-Wavenet-C",
                        "Google.ja-JP-Wavenet-D",
                        "Google.kn-IN-Chirp3-HD-Aoede",
                        "Google.kn-IN-Chirp3-HD-Charon",
                        "Google.kn-IN-Chirp3-HD-Fenrir",
                        "Google.kn-IN-Chirp3-HD-Kore",
                        "Google.kn-IN-Chirp3-HD-Leda",
                        "Google.kn-IN-Chirp3-HD-Orus",
                        "Google.kn-IN-Chirp3-HD-Puck",
                        "Google.kn-IN-Chirp3-HD-Zephyr",
                        "Google.kn-IN-Standard-A",
                        "Google.kn-IN-Standard-B",
                        "Google.kn-IN-Standard-C",
                        "Google.kn-IN-Standard-D",
                        "Google.kn-IN-Wavenet-A",
                        "Google.kn-IN-Wavenet-B",
                        "Google.kn-IN-Wavenet-C",
                        "Google.kn-IN-Wavenet-D",
                        "Google.ko-KR-Chirp3-HD-Aoede",
                        "Google.ko-KR-Chirp3-HD-Charon",
                        "Google.ko-KR-Chirp3-HD-Fenrir",
                        "Google.ko-KR-Chirp3-HD-Kore",
                        "Google.ko-KR-Chirp3-HD-Leda",
                        "Google.ko-KR-Chirp3-HD-Orus",
                        "Google.ko-KR-Chirp3-HD-Puck",
                        "Google.ko-KR-Chirp3-HD-Zephyr",
                        "Google.ko-KR-Neural2-A",
                        "Google.ko-KR-Neural2-B",
                        "Google.ko-KR-Neural2-C",
                        "Google.ko-KR-Standard-A",
                        "Google.ko-KR-Standard-B",
                        "Google.ko-KR-Standard-C",
                        "Google.ko-KR-Standard-D",
                        "Google.ko-KR-Wavenet-A",
                        "Google.ko-KR-Wavenet-B",
                        "Google.ko-KR-Wavenet-C",
                        "Google.ko-KR-Wavenet-D",
                        "Google.lt-LT-Standard-A",
                        "Google.lt-LT-Standard-B",
                        "Google.lv-LV-Standard-A",
                        "Google.lv-LV-Standard-B",
                        "Google.ml-IN-Chirp3-HD-Aoede",
                        "Google.ml-IN-Chirp3-HD-Charon",
                        "Google.ml-IN-Chirp3-HD-Fenrir",
                        "Google.ml-IN-Chirp3-HD-Kore",
                        "Google.ml-IN-Chirp3-HD-Leda",
                        "Google.ml-IN-Chirp3-HD-Orus",
                        "Google.ml-IN-Chirp3-HD-Puck",
                        "Google.ml-IN-Chirp3-HD-Zephyr",
                        "Google.ml-IN-Standard-A",
                        "Google.ml-IN-Standard-B",
                        "Google.ml-IN-Standard-C",
                        "Google.ml-IN-Standard-D",
                        "Google.ml-IN-Wavenet-A",
                        "Google.ml-IN-Wavenet-B",
                        "Google.ml-IN-Wavenet-C",
                        "Google.ml-IN-Wavenet-D",
                        "Google.mr-IN-Chirp3-HD-Aoede",
                        "Google.mr-IN-Chirp3-HD-Charon",
                        "Google.mr-IN-Chirp3-HD-Fenrir",
                        "Google.mr-IN-Chirp3-HD-Kore",
                        "Google.mr-IN-Chirp3-HD-Leda",
                        "Google.mr-IN-Chirp3-HD-Orus",
                        "Google.mr-IN-Chirp3-HD-Puck",
                        "Google.mr-IN-Chirp3-HD-Zephyr",
                        "Google.mr-IN-Standard-A",
                        "Google.mr-IN-Standard-B",
                        "Google.mr-IN-Standard-C",
                        "Google.mr-IN-Wavenet-A",
                        "Google.mr-IN-Wavenet-B",
                        "Google.mr-IN-Wavenet-C",
                        "Google.ms-MY-Standard-A",
                        "Google.ms-MY-Standard-B",
                        "Google.ms-MY-Standard-C",
                        "Google.ms-MY-Standard-D",
                        "Google.ms-MY-Wavenet-A",
                        "Google.ms-MY-Wavenet-B",
                        "Google.ms-MY-Wavenet-C",
                        "Google.ms-MY-Wavenet-D",
                        "Google.nb-NO-Standard-A",
                        "Google.nb-NO-Standard-B",
                        "Google.nb-NO-Standard-C",
                        "Google.nb-NO-Standard-D",
                        "Google.nb-NO-Standard-E",
                        "Google.nb-NO-Standard-F",
                        "Google.nb-NO-Standard-G",
                        "Google.nb-NO-Wavenet-A",
                        "Google.nb-NO-Wavenet-B",
                        "Google.nb-NO-Wavenet-C",
                        "Google.nb-NO-Wavenet-D",
                        "Google.nb-NO-Wavenet-E",
                        "Google.nb-NO-Wavenet-F",
                        "Google.nb-NO-Wavenet-G",
                        "Google.nl-BE-Standard-A",
                        "Google.nl-BE-Standard-B",
                        "Google.nl-BE-Standard-C",
                        "Google.nl-BE-Standard-D",
                        "Google.nl-BE-Wavenet-A",
                        "Google.nl-BE-Wavenet-B",
                        "Google.nl-BE-Wavenet-C",
                        "Google.nl-BE-Wavenet-D",
                        "Google.nl-NL-Chirp3-HD-Aoede",
                        "Google.nl-NL-Chirp3-HD-Charon",
                        "Google.nl-NL-Chirp3-HD-Fenrir",
                        "Google.nl-NL-Chirp3-HD-Kore",
                        "Google.nl-NL-Chirp3-HD-Leda",
                        "Google.nl-NL-Chirp3-HD-Orus",
                        "Google.nl-NL-Chirp3-HD-Puck",
                        "Google.nl-NL-Chirp3-HD-Zephyr",
                        "Google.nl-NL-Standard-A",
                        "Google.nl-NL-Standard-B",
                        "Google.nl-NL-Standard-C",
                        "Google.nl-NL-Standard-D",
                        "Google.nl-NL-Standard-E",
                        "Google.nl-NL-Standard-F",
                        "Google.nl-NL-Standard-G",
                        "Google.nl-NL-Wavenet-A",
                        "Google.nl-NL-Wavenet-B",
                        "Google.nl-NL-Wavenet-C",
                        "Google.nl-NL-Wavenet-D",
                        "Google.nl-NL-Wavenet-E",
                        "Google.nl-NL-Wavenet-F",
                        "Google.nl-NL-Wavenet-G",
                        "Google.pa-IN-Standard-A",
                        "Google.pa-IN-Standard-B",
                        "Google.pa-IN-Standard-C",
                        "Google.pa-IN-Standard-D",
                        "Google.pa-IN-Wavenet-A",
                        "Google.pa-IN-Wavenet-B",
                        "Google.pa-IN-Wavenet-C",
                        "Google.pa-IN-Wavenet-D",
                        "Google.pl-PL-Chirp3-HD-Aoede",
                        "Google.pl-PL-Chirp3-HD-Charon",
                        "Google.pl-PL-Chirp3-HD-Fenrir",
                        "Google.pl-PL-Chirp3-HD-Kore",
                        "Google.pl-PL-Chirp3-HD-Leda",
                        "Google.pl-PL-Chirp3-HD-Orus",
                        "Google.pl-PL-Chirp3-HD-Puck",
                        "Google.pl-PL-Chirp3-HD-Zephyr",
                        "Google.pl-PL-Standard-A",
                        "Google.pl-PL-Standard-B",
                        "Google.pl-PL-Standard-C",
                        "Google.pl-PL-Standard-D",
                        "Google.pl-PL-Standard-E",
                        "Google.pl-PL-Standard-F",
                        "Google.pl-PL-Standard-G",
                        "Google.pl-PL-Wavenet-A",
                        "Google.pl-PL-Wavenet-B",
                        "Google.pl-PL-Wavenet-C",
                        "Google.pl-PL-Wavenet-D",
                        "Google.pl-PL-Wavenet-E",
                        "Google.pl-PL-Wavenet-F",
                        "Google.pl-PL-Wavenet-G",
                        "Google.pt-BR-Chirp3-HD-Aoede",
                        "Google.pt-BR-Chirp3-HD-Charon",
                        "Google.pt-BR-Chirp3-HD-Fenrir",
                        "Google.pt-BR-Chirp3-HD-Kore",
                        "Google.pt-BR-Chirp3-HD-Leda",
                        "Google.pt-BR-Chirp3-HD-Orus",
                        "Google.pt-BR-Chirp3-HD-Puck",
                        "Google.pt-BR-Chirp3-HD-Zephyr",
                        "Google.pt-BR-Neural2-A",
                        "Google.pt-BR-Neural2-B",
                        "Google.pt-BR-Neural2-C",
                        "Google.pt-BR-Standard-A",
                        "Google.pt-BR-Standard-B",
                        "Google.pt-BR-Standard-C",
                        "Google.pt-BR-Standard-D",
                        "Google.pt-BR-Standard-E",
                        "Google.pt-BR-Wavenet-A",
                        "Google.pt-BR-Wavenet-B",
                        "Google.pt-BR-Wavenet-C",
                        "Google.pt-BR-Wavenet-D",
                        "Google.pt-BR-Wavenet-E",
                        "Google.pt-PT-Standard-A",
                        "Google.pt-PT-Standard-B",
                        "Google.pt-PT-Standard-C",
                        "Google.pt-PT-Standard-D",
                        "Google.pt-PT-Standard-E",
                        "Google.pt-PT-Standard-F",
                        "Google.pt-PT-Wavenet-A",
                        "Google.pt-PT-Wavenet-B",
                        "Google.pt-PT-Wavenet-C",
                        "Google.pt-PT-Wavenet-D",
                        "Google.pt-PT-Wavenet-E",
                        "Google.pt-PT-Wavenet-F",
                        "Google.ro-RO-Standard-A",
                        "Google.ro-RO-Standard-B",
                        "Google.ro-RO-Wavenet-A",
                        "Google.ro-RO-Wavenet-B",
                        "Google.ru-RU-Chirp3-HD-Aoede",
                        "Google.ru-RU-Chirp3-HD-Charon",
                        "Google.ru-RU-Chirp3-HD-Fenrir",
                        "Google.ru-RU-Chirp3-HD-Kore",
                        "Google.ru-RU-Chirp3-HD-Leda",
                        "Google.ru-RU-Chirp3-HD-Orus",
                        "Google.ru-RU-Chirp3-HD-Puck",
                        "Google.ru-RU-Chirp3-HD-Zephyr",
                        "Google.ru-RU-Standard-A",
                        "Google.ru-RU-Standard-B",
                        "Google.ru-RU-Standard-C",
                        "Google.ru-RU-Standard-D",
                        "Google.ru-RU-Standard-E",
                        "Google.ru-RU-Wavenet-A",
                        "Google.ru-RU-Wavenet-B",
                        "Google.ru-RU-Wavenet-C",
                        "Google.ru-RU-Wavenet-D",
                        "Google.ru-RU-Wavenet-E",
                        "Google.sk-SK-Standard-A",
                        "Google.sk-SK-Standard-B",
                        "Google.sk-SK-Wavenet-A",
                        "Google.sk-SK-Wavenet-B",
                        "Google.sr-RS-Standard-A",
                        "Google.sv-SE-Standard-A",
                        "Google.sv-SE-Standard-B",
                        "Google.sv-SE-Standard-C",
                        "Google.sv-SE-Standard-D",
                        "Google.sv-SE-Standard-E",
                        "Google.sv-SE-Standard-F",
                        "Google.sv-SE-Standard-G",
                        "Google.sv-SE-Wavenet-A",
                        "Google.sv-SE-Wavenet-B",
                        "Google.sv-SE-Wavenet-C",
                        "Google.sv-SE-Wavenet-D",
                        "Google.sv-SE-Wavenet-E",
                        "Google.sv-SE-Wavenet-F",
                        "Google.sv-SE-Wavenet-G",
                        "Google.ta-IN-Chirp3-HD-Aoede",
                        "Google.ta-IN-Chirp3-HD-Charon",
                        "Google.ta-IN-Chirp3-HD-Fenrir",
                        "Google.ta-IN-Chirp3-HD-Kore",
                        "Google.ta-IN-Chirp3-HD-Leda",
                        "Google.ta-IN-Chirp3-HD-Orus",
                        "Google.ta-IN-Chirp3-HD-Puck",
                        "Google.ta-IN-Chirp3-HD-Zephyr",
                        "Google.ta-IN-Standard-A",
                        "Google.ta-IN-Standard-B",
                        "Google.ta-IN-Standard-C",
                        "Google.ta-IN-Standard-D",
                        "Google.ta-IN-Wavenet-A",
                        "Google.ta-IN-Wavenet-B",
                        "Google.ta-IN-Wavenet-C",
                        "Google.ta-IN-Wavenet-D",
                        "Google.te-IN-Chirp3-HD-Aoede",
                        "Google.te-IN-Chirp3-HD-Charon",
                        "Google.te-IN-Chirp3-HD-Fenrir",
                        "Google.te-IN-Chirp3-HD-Kore",
                        "Google.te-IN-Chirp3-HD-Leda",
                        "Google.te-IN-Chirp3-HD-Orus",
                        "Google.te-IN-Chirp3-HD-Puck",
                        "Google.te-IN-Chirp3-HD-Zephyr",
                        "Google.te-IN-Standard-A",
                        "Google.te-IN-Standard-B",
                        "Google.te-IN-Standard-C",
                        "Google.te-IN-Standard-D",
                        "Google.th-TH-Chirp3-HD-Aoede",
                        "Google.th-TH-Chirp3-HD-Charon",
                        "Google.th-TH-Chirp3-HD-Fenrir",
                        "Google.th-TH-Chirp3-HD-Kore",
                        "Google.th-TH-Chirp3-HD-Leda",
                        "Google.th-TH-Chirp3-HD-Orus",
                        "Google.th-TH-Chirp3-HD-Puck",
                        "Google.th-TH-Chirp3-HD-Zephyr",
                        "Google.th-TH-Neural2-C",
                        "Google.th-TH-Standard-A",
                        "Google.tr-TR-Chirp3-HD-Aoede",
                        "Google.tr-TR-Chirp3-HD-Charon",
                        "Google.tr-TR-Chirp3-HD-Fenrir",
                        "Google.tr-TR-Chirp3-HD-Kore",
                        "Google.tr-TR-Chirp3-HD-Leda",
                        "Google.tr-TR-Chirp3-HD-Orus",
                        "Google.tr-TR-Chirp3-HD-Puck",
                        "Google.tr-TR-Chirp3-HD-Zephyr",
                        "Google.tr-TR-Standard-A",
                        "Google.tr-TR-Standard-B",
                        "Google.tr-TR-Standard-C",
                        "Google.tr-TR-Standard-D",
                        "Google.tr-TR-Standard-E",
                        "Google.tr-TR-Wavenet-A",
                        "Google.tr-TR-Wavenet-B",
                        "Google.tr-TR-Wavenet-C",
                        "Google.tr-TR-Wavenet-D",
                        "Google.tr-TR-Wavenet-E",
                        "Google.uk-UA-Standard-A",
                        "Google.uk-UA-Wavenet-A",
                        "Google.vi-VN-Chirp3-HD-Aoede",
                        "Google.vi-VN-Chirp3-HD-Charon",
                        "Google.vi-VN-Chirp3-HD-Fenrir",
                        "Google.vi-VN-Chirp3-HD-Kore",
                        "Google.vi-VN-Chirp3-HD-Leda",
                        "Google.vi-VN-Chirp3-HD-Orus",
                        "Google.vi-VN-Chirp3-HD-Puck",
                        "Google.vi-VN-Chirp3-HD-Zephyr",
                        "Google.vi-VN-Neural2-A",
                        "Google.vi-VN-Neural2-D",
                        "Google.vi-VN-Standard-A",
                        "Google.vi-VN-Standard-B",
                        "Google.vi-VN-Standard-C",
                        "Google.vi-VN-Standard-D",
                        "Google.vi-VN-Wavenet-A",
                        "Google.vi-VN-Wavenet-B",
                        "Google.vi-VN-Wavenet-C",
                        "Google.vi-VN-Wavenet-D",
                        "Google.yue-HK-Standard-A",
                        "Google.yue-HK-Standard-B",
                        "Google.yue-HK-Standard-C",
                        "Google.yue-HK-Standard-D",
                        "Polly.Aditi",
                        "Polly.Amy",
                        "Polly.Astrid",
                        "Polly.Bianca",
                        "Polly.Brian",
                        "Polly.Camila",
                        "Polly.Carla",
                        "Polly.Carmen",
                        "Polly.Celine",
                        "Polly.Chantal",
                        "Polly.Conchita",
                        "Polly.Cristiano",
                        "Polly.Dora",
                        "Polly.Emma",
                        "Polly.Enrique",
                        "Polly.Ewa",
                        "Polly.Filiz",
                        "Polly.Geraint",
                        "Polly.Giorgio",
                        "Polly.Gwyneth",
                        "Polly.Hans",
                        "Polly.Ines",
                        "Polly.Ivy",
                        "Polly.Jacek",
                        "Polly.Jan",
                        "Polly.Joanna",
                        "Polly.Joey",
                        "Polly.Justin",
                        "Polly.Karl",
                        "Polly.Kendra",
                        "Polly.Kevin",
                        "Polly.Kimberly",
                        "Polly.Lea",
                        "Polly.Liv",
                        "Polly.Lotte",
                        "Polly.Lucia",
                        "Polly.Lupe",
                        "Polly.Mads",
                        "Polly.Maja",
                        "Polly.Marlene",
                        "Polly.Mathieu",
                        "Polly.Matthew",
                        "Polly.Maxim",
                        "Polly.Mia",
                        "Polly.Miguel",
                        "Polly.Mizuki",
                        "Polly.Naja",
                        "Polly.Nicole",
                        "Polly.Penelope",
                        "Polly.Raveena",
                        "Polly.Ricardo",
                        "Polly.Ruben",
                        "Polly.Russell",
                        "Polly.Salli",
                        "Polly.Seoyeon",
                        "Polly.Takumi",
                        "Polly.Tatyana",
                        "Polly.Vicki",
                        "Polly.Vitoria",
                        "Polly.Zeina",
                        "Polly.Zhiyu",
                        "Polly.Adriano-Neural",
                        "Polly.Amy-Neural",
                        "Polly.Andres-Neural",
                        "Polly.Aria-Neural",
                        "Polly.Arlet-Neural",
                        "Polly.Arthur-Neural",
                        "Polly.Ayanda-Neural",
                        "Polly.Bianca-Neural",
                        "Polly.Brian-Neural",
                        "Polly.Burcu-Neural",
                        "Polly.Camila-Neural",
                        "Polly.Daniel-Neural",
                        "Polly.Danielle-Neural",
                        "Polly.Elin-Neural",
                        "Polly.Emma-Neural",
                        "Polly.Gabrielle-Neural",
                        "Polly.Gregory-Neural",
                        "Polly.Hala-Neural",
                        "Polly.Hannah-Neural",
                        "Polly.Hiujin-Neural",
                        "Polly.Ida-Neural",
                        "Polly.Ines-Neural",
                        "Polly.Isabelle-Neural",
                        "Polly.Ivy-Neural",
                        "Polly.Joanna-Neural",
                        "Polly.Joey-Neural",
                        "Polly.Justin-Neural",
                        "Polly.Kajal-Neural",
                        "Polly.Kazuha-Neural",
                        "Polly.Kendra-Neural",
                        "Polly.Kevin-Neural",
                        "Polly.Kimberly-Neural",
                        "Polly.Laura-Neural",
                        "Polly.Lea-Neural",
                        "Polly.Liam-Neural",
                        "Polly.Lisa-Neural",
                        "Polly.Lucia-Neural",
                        "Polly.Lupe-Neural",
                        "Polly.Matthew-Neural",
                        "Polly.Mia-Neural",
                        "Polly.Niamh-Neural",
                        "Polly.Ola-Neural",
                        "Polly.Olivia-Neural",
                        "Polly.Pedro-Neural",
                        "Polly.Remi-Neural",
                        "Polly.Ruth-Neural",
                        "Polly.Salli-Neural",
                        "Polly.Seoyeon-Neural",
                        "Polly.Sergio-Neural",
                        "Polly.Sofie-Neural",
                        "Polly.Stephen-Neural",
                        "Polly.Suvi-Neural",
                        "Polly.Takumi-Neural",
                        "Polly.Thiago-Neural",
                        "Polly.Tomoko-Neural",
                        "Polly.Vicki-Neural",
                        "Polly.Vitoria-Neural",
                        "Polly.Zayd-Neural",
                        "Polly.Zhiyu-Neural",
                        "Polly.Amy-Generative",
                        "Polly.Andres-Generative",
                        "Polly.Ayanda-Generative",
                        "Polly.Bianca-Generative",
                        "Polly.Daniel-Generative",
                        "Polly.Danielle-Generative",
                        "Polly.Joanna-Generative",
                        "Polly.Kajal-Generative",
                        "Polly.Lea-Generative",
                        "Polly.Lucia-Generative",
                        "Polly.Lupe-Generative",
                        "Polly.Matthew-Generative",
                        "Polly.Mía-Generative",
                        "Polly.Olivia-Generative",
                        "Polly.Pedro-Generative",
                        "Polly.Rémi-Generative",
                        "Polly.Ruth-Generative",
                        "Polly.Sergio-Generative",
                        "Polly.Stephen-Generative",
                        "Polly.Vicki-Generative"
                    ]
                },
                default: Some("man"),
                source: Source::Twilio,
                about: "Voice to use.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SMS = ElementSpec {
        id: "twilio.voice.Sms",
        name: "Sms",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Sms>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "from",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Number to send message from.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "to",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Number to send message to.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_START = ElementSpec {
        id: "twilio.voice.Start",
        name: "Start",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Start>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[
            ids::VOICE_RECORDING,
            ids::VOICE_SIPREC,
            ids::VOICE_STREAM,
            ids::VOICE_TRANSCRIPTION
        ],
        twilio_only_children: &["Denoise"],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
        ],
        min_children: Some(1),
        ..ElementSpec::DEFAULT
    },
    VOICE_STOP = ElementSpec {
        id: "twilio.voice.Stop",
        name: "Stop",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Verb,
        about: "Twilio's `<Stop>` inside `<Response>`.",
        parents: &[ids::VOICE_RESPONSE],
        children: &[
            ids::VOICE_SIPREC,
            ids::VOICE_STREAM,
            ids::VOICE_TRANSCRIPTION
        ],
        twilio_only_children: &["Denoise"],
        min_children: Some(1),
        ..ElementSpec::DEFAULT
    },
    VOICE_AI_SESSION = ElementSpec {
        id: "twilio.voice.AiSession",
        name: "AiSession",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<AiSession>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        attributes: &[
            Attribute {
                name: "aiConnector",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The unique name or installed add-on sid that identifies the installed addon resource for the AI Connector.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "aiSessionConfiguration",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The unique name or id of the AiSession Configuration resource.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_ASSISTANT = ElementSpec {
        id: "twilio.voice.Assistant",
        name: "Assistant",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        status: Status::Withdrawn,
        about: "Twilio's `<Assistant>` inside `<Connect>`. Removed from Twilio's TwiML in 2026 (twilio-python 9.11.0).",
        parents: &[ids::VOICE_CONNECT],
        children: &[ids::VOICE_LANGUAGE, ids::VOICE_PARAMETER],
        attributes: &[
            Attribute {
                name: "debug",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Multiple debug options to be used for troubleshooting.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "dtmfDetection",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether DTMF tones should be detected and reported in speech transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "elevenlabsTextNormalization",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "When using ElevenLabs as TTS provider, this parameter allows you to enable or disable its text normalization feature.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hints",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Phrases to help better accuracy in speech recognition of these pharases.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "id",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The assistant ID of the AI Assistant.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "intelligenceService",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The Conversational Intelligence Service id or unique name to be used for the session.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "interruptSensitivity",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Set the sensitivity of the interrupt feature for speech. The value can be low, medium, or high.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "interruptible",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Whether and how the input from a caller, such as speaking or DTMF can interrupt the play of text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used for both text-to-speech and transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialPrompts",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether partial prompts should be reported to WebSocket server before the caller finishes speaking.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "preemptible",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether subsequent text-to-speech or play media can interrupt the on-going play of text-to-speech or media.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "profanityFilter",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether profanities should be filtered out of the speech transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "reportInputDuringAgentSpeech",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether prompts should be reported to WebSocket server when text-to-speech playing and interrupt is disabled.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechModel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Speech model to be used for transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcriptionLanguage",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used for transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcriptionProvider",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Provider to be used for transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ttsLanguage",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used for text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ttsProvider",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Provider to be used for text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Voice to be used for text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "welcomeGreeting",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The sentence to be played automatically when the session is connected.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "welcomeGreetingInterruptible",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "\"Whether and how the input from a caller, such as speaking or DTMF can interrupt the welcome greeting.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_AUTOPILOT = ElementSpec {
        id: "twilio.voice.Autopilot",
        name: "Autopilot",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Autopilot>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    VOICE_CONVERSATION = ElementSpec {
        id: "twilio.voice.Conversation",
        name: "Conversation",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Conversation>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        attributes: &[
            Attribute {
                name: "inboundAutocreation",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Inbound autocreation.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "inboundTimeout",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Inbound timeout.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                source: Source::Twilio,
                about: "TwiML URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "record",
                ty: ValueType::Enum(&TW_CONVERSATION_RECORD),
                source: Source::Twilio,
                about: "Record.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Recording status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["in-progress", "completed", "absent"],
                    separator: ' '
                },
                source: Source::Twilio,
                about: "Recording status callback events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                source: Source::Twilio,
                about: "Recording status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "routingAssignmentTimeout",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Routing assignment timeout.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "serviceInstanceSid",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Service instance Sid.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &[
                        "call-initiated",
                        "call-ringing",
                        "call-answered",
                        "call-completed"
                    ],
                    separator: ' '
                },
                source: Source::Twilio,
                about: "Events to call status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                source: Source::Twilio,
                about: "Status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TW_DIAL_TRIM),
                source: Source::Twilio,
                about: "Trim.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "TwiML URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONVERSATION_RELAY = ElementSpec {
        id: "twilio.voice.ConversationRelay",
        name: "ConversationRelay",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<ConversationRelay>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        children: &[ids::VOICE_LANGUAGE, ids::VOICE_PARAMETER],
        attributes: &[
            Attribute {
                name: "backgroundnoisereduction",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "This parameters enables background noise filtering on the audio stream before it reaches the STT engine, improving transcription accuracy in noisy environments.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "debug",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Multiple debug options to be used for troubleshooting.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "deepgramsmartformat",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "This parameter enables Deepgram's smart formatting feature, which automatically applies punctuation, capitalization, and formatting (e.g. numbers, dates, currency) to transcripts.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "dtmfDetection",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether DTMF tones should be detected and reported in speech transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "elevenlabsTextNormalization",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "When using ElevenLabs as TTS provider, this parameter allows you to enable or disable its text normalization feature.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "events",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "This parameter allows you to enable event subscriptions.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hints",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Phrases to help better accuracy in speech recognition of these pharases.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ignorebackchannel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "This parameter brief caller acknowledgments (e.g. \"yeah\", \"uh-huh\") are ignored and will not interrupt the agent while it is speaking.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "intelligenceService",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The Conversational Intelligence Service id or unique name to be used for the session.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "interruptSensitivity",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Set the sensitivity of the interrupt feature for speech. The value can be low, medium, or high.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "interruptible",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Whether and how the input from a caller, such as speaking or DTMF can interrupt the play of text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used for both text-to-speech and transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialPrompts",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether partial prompts should be reported to WebSocket server before the caller finishes speaking.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "preemptible",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether subsequent text-to-speech or play media can interrupt the on-going play of text-to-speech or media.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "profanityFilter",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether profanities should be filtered out of the speech transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "reportInputDuringAgentSpeech",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether prompts should be reported to WebSocket server when text-to-speech playing and interrupt is disabled.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechModel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Speech model to be used for transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechtimeout",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Set the duration of silence that indicates the end of speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcriptionLanguage",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used for transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcriptionProvider",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Provider to be used for transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ttsLanguage",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used for text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ttsProvider",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Provider to be used for text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "URL of the remote service where the session is connected to.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Voice to be used for text-to-speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "welcomeGreeting",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The sentence to be played automatically when the session is connected.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "welcomeGreetingInterruptible",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "\"Whether and how the input from a caller, such as speaking or DTMF can interrupt the welcome greeting.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "backgroundNoiseReduction",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Only twilio-python (the newer release) has it.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "deepgramSmartFormat",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Only twilio-python (the newer release) has it.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ignoreBackchannel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Only twilio-python (the newer release) has it.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechTimeout",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Only twilio-python (the newer release) has it.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONVERSATION_RELAY_SESSION = ElementSpec {
        id: "twilio.voice.ConversationRelaySession",
        name: "ConversationRelaySession",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<ConversationRelaySession>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        attributes: &[
            Attribute {
                name: "connector",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The unique name or installed add-on sid that identifies the installed addon resource for the ConversationRelaySession Connector.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "sessionConfiguration",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The unique name or id of the ConversationRelaySession  Configuration resource.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_ROOM = ElementSpec {
        id: "twilio.voice.Room",
        name: "Room",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Room>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        text: TextRule::Required,
        attributes: &[Attribute {
            name: "participantIdentity",
            ty: ValueType::String { keywords: &[] },
            source: Source::Twilio,
            about: "Participant identity when connecting to the Room.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_STREAM = ElementSpec {
        id: "twilio.voice.Stream",
        name: "Stream",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Stream>` inside `<Connect>`, `<Start>`, `<Stop>`.",
        parents: &[ids::VOICE_CONNECT, ids::VOICE_START, ids::VOICE_STOP],
        children: &[ids::VOICE_PARAMETER],
        attributes: &[
            Attribute {
                name: "connectorName",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Unique name for Stream Connector.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Friendly name given to the Stream.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status Callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "track",
                ty: ValueType::Enum(&TW_STREAM_TRACK),
                default: Some("inbound_track"),
                source: Source::Twilio,
                about: "Track to be streamed to remote service.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                required: true,
                source: Source::Twilio,
                about: "URL of the remote service where the Stream is routed.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_VIRTUAL_AGENT = ElementSpec {
        id: "twilio.voice.VirtualAgent",
        name: "VirtualAgent",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<VirtualAgent>` inside `<Connect>`.",
        parents: &[ids::VOICE_CONNECT],
        children: &[ids::VOICE_CONFIG, ids::VOICE_PARAMETER],
        attributes: &[
            Attribute {
                name: "connectorName",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Defines the conversation profile Dialogflow needs to use.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "language",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language to be used by Dialogflow to transcribe speech.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "sentimentAnalysis",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Whether sentiment analysis needs to be enabled or not.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "URL to post status callbacks from Twilio.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                source: Source::Twilio,
                about: "HTTP method to use when requesting the status callback URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_APPLICATION = ElementSpec {
        id: "twilio.voice.Application",
        name: "Application",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Application>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        children: &[ids::VOICE_APPLICATION_SID, ids::VOICE_PARAMETER],
        text: TextRule::Optional,
        attributes: &[
            Attribute {
                name: "copyParentTo",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Copy parent call To field to called application side, otherwise use the application sid as To field.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "customerId",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Identity of the customer calling application.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "TwiML URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Events to trigger status callback.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status Callback URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "TwiML URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CLIENT = ElementSpec {
        id: "twilio.voice.Client",
        name: "Client",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Client>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        children: &[ids::VOICE_IDENTITY, ids::VOICE_PARAMETER],
        text: TextRule::Optional,
        attributes: &[
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Client URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Events to trigger status callback.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status Callback URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Client URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONFERENCE = ElementSpec {
        id: "twilio.voice.Conference",
        name: "Conference",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Conference>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "beep",
                ty: ValueType::Enum(&TW_CONFERENCE_BEEP),
                default: Some("true"),
                source: Source::Twilio,
                about: "Play beep when joining.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "coach",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Call coach.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "endConferenceOnExit",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "End the conferenceon exit.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "eventCallbackUrl",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Event callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "jitterBufferSize",
                ty: ValueType::Enum(&TW_CONFERENCE_JITTER_BUFFER_SIZE),
                default: Some("large"),
                source: Source::Twilio,
                about: "Size of jitter buffer for participant.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "maxParticipants",
                ty: ValueType::Integer,
                default: Some("250"),
                min: Some(2.0),
                max: Some(250.0),
                source: Source::Twilio,
                about: "Maximum number of participants.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "muted",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Join the conference muted.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "participantLabel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "A label for participant.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "record",
                ty: ValueType::Enum(&TW_CONFERENCE_RECORD),
                default: Some("do-not-record"),
                source: Source::Twilio,
                about: "Record the conference.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingConfigurationId",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Configuration for the recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Recording status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["in-progress", "completed", "absent"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Recording status callback events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Recording status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "region",
                ty: ValueType::String {
                    keywords: &["us1", "us2", "ie1", "sg1", "br1", "au1", "jp1", "de1"]
                },
                source: Source::Twilio,
                about: "Conference region.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "startConferenceOnEnter",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Start the conference on enter.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &[
                        "start",
                        "end",
                        "join",
                        "leave",
                        "mute",
                        "hold",
                        "modify",
                        "speaker",
                        "announcement"
                    ],
                    separator: ' '
                },
                source: Source::Twilio,
                about: "Events to call status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TW_DIAL_TRIM),
                default: Some("trim-silence"),
                source: Source::Twilio,
                about: "Trim the conference recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Wait URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "waitUrl",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Wait URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_NUMBER = ElementSpec {
        id: "twilio.voice.Number",
        name: "Number",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Number>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "amdStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "The URL we should call to send amd status information to your application.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "amdStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "HTTP Method to use with amd_status_callback.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "byoc",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "BYOC trunk SID (Beta).",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetection",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Enable machine detection or end of greeting detection.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionSilenceTimeout",
                ty: ValueType::Integer,
                default: Some("5000"),
                min: Some(2000.0),
                max: Some(10000.0),
                source: Source::Twilio,
                about: "Number of milliseconds of initial silence.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionSpeechEndThreshold",
                ty: ValueType::Integer,
                default: Some("1200"),
                min: Some(500.0),
                max: Some(5000.0),
                source: Source::Twilio,
                about: "Number of milliseconds of silence after speech activity.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionSpeechThreshold",
                ty: ValueType::Integer,
                default: Some("2400"),
                min: Some(1000.0),
                max: Some(6000.0),
                source: Source::Twilio,
                about: "Number of milliseconds for measuring stick for the length of the speech activity.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionTimeout",
                ty: ValueType::Integer,
                default: Some("30"),
                min: Some(3.0),
                max: Some(60.0),
                source: Source::Twilio,
                about: "Number of seconds to wait for machine detection.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "TwiML URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "sendDigits",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "DTMF tones to play when the call is answered.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Events to call status callback.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "TwiML URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_QUEUE = ElementSpec {
        id: "twilio.voice.Queue",
        name: "Queue",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Queue>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "postWorkActivitySid",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "TaskRouter Activity SID.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "reservationSid",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "TaskRouter Reservation SID.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SIM = ElementSpec {
        id: "twilio.voice.Sim",
        name: "Sim",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Sim>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    VOICE_SIP = ElementSpec {
        id: "twilio.voice.Sip@Dial",
        name: "Sip",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Sip>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        children: &[ids::VOICE_HEADERS, ids::VOICE_SIP_URI],
        text: TextRule::Optional,
        attributes: &[
            Attribute {
                name: "amdStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "The URL we should call to send amd status information to your application.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "amdStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                source: Source::Twilio,
                about: "HTTP Method to use with amd_status_callback.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetection",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Enable machine detection or end of greeting detection.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionSilenceTimeout",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Number of milliseconds of initial silence.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionSpeechEndThreshold",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Number of milliseconds of silence after speech activity.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionSpeechThreshold",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Number of milliseconds for measuring stick for the length of the speech activity.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "machineDetectionTimeout",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Number of seconds to wait for machine detection.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "password",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "SIP Password.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Status callback events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "username",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "SIP Username.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_WHATS_APP = ElementSpec {
        id: "twilio.voice.WhatsApp",
        name: "WhatsApp",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<WhatsApp>` inside `<Dial>`.",
        parents: &[ids::VOICE_DIAL],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "TwiML URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackEvent",
                ty: ValueType::List {
                    items: &["initiated", "ringing", "answered", "completed"],
                    separator: ' '
                },
                default: Some("completed"),
                source: Source::Twilio,
                about: "Events to trigger status callback.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status Callback URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "url",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "TwiML URL.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_TASK = ElementSpec {
        id: "twilio.voice.Task",
        name: "Task",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Task>` inside `<Enqueue>`.",
        parents: &[ids::VOICE_ENQUEUE],
        text: TextRule::Required,
        attributes: &[
            Attribute {
                name: "priority",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Task priority.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "timeout",
                ty: ValueType::Integer,
                source: Source::Twilio,
                about: "Timeout associated with task.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PARAMETER = ElementSpec {
        id: "twilio.voice.Parameter",
        name: "Parameter",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Parameter>` inside `<Application>`, `<Assistant>`, `<Client>`, `<ConversationRelay>`, `<Hangup>`, `<Pay>`, `<Reject>`, `<Siprec>`, `<Stream>`, `<Transcription>`, `<VirtualAgent>`.",
        parents: &[
            ids::VOICE_HANGUP,
            ids::VOICE_PAY,
            ids::VOICE_REJECT,
            ids::VOICE_ASSISTANT,
            ids::VOICE_CONVERSATION_RELAY,
            ids::VOICE_STREAM,
            ids::VOICE_VIRTUAL_AGENT,
            ids::VOICE_APPLICATION,
            ids::VOICE_CLIENT,
            ids::VOICE_SIPREC,
            ids::VOICE_TRANSCRIPTION
        ],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                required: true,
                source: Source::Twilio,
                about: "The name of the custom parameter.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "value",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The value of the custom parameter.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_PROMPT = ElementSpec {
        id: "twilio.voice.Prompt",
        name: "Prompt",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Prompt>` inside `<Pay>`.",
        parents: &[ids::VOICE_PAY],
        children: &[ids::VOICE_PAUSE, ids::VOICE_PLAY, ids::VOICE_SAY],
        attributes: &[
            Attribute {
                name: "attempt",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Current attempt count.",
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
                        "enroute"
                    ],
                    separator: ' '
                },
                source: Source::Twilio,
                about: "Type of the credit card.",
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
                        "internal-error",
                        "input-matching-failed"
                    ],
                    separator: ' '
                },
                source: Source::Twilio,
                about: "Type of error.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "for",
                ty: ValueType::String {
                    keywords: &[
                        "payment-card-number",
                        "expiration-date",
                        "security-code",
                        "postal-code",
                        "payment-processing",
                        "bank-account-number",
                        "bank-routing-number"
                    ]
                },
                required: true,
                source: Source::Twilio,
                about: "Name of the payment source data element.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "requireMatchingInputs",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Require customer to input requested information twice and verify matching.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_REFER_SIP = ElementSpec {
        id: "twilio.voice.Sip@Refer",
        name: "Sip",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Sip>` inside `<Refer>`.",
        parents: &[ids::VOICE_REFER],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_BREAK = ElementSpec {
        id: "twilio.ssml.break",
        name: "break",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<break>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`, `<w>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_W
        ],
        attributes: &[
            Attribute {
                name: "strength",
                ty: ValueType::Enum(&TW_SSML_BREAK_STRENGTH),
                default: Some("medium"),
                source: Source::Twilio,
                about: "Set a pause based on strength.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "time",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Set a pause to a specific length of time in seconds or milliseconds, available values: [number]s, [number]ms.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_EMPHASIS = ElementSpec {
        id: "twilio.ssml.emphasis",
        name: "emphasis",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<emphasis>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`, `<w>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_W
        ],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[Attribute {
            name: "level",
            ty: ValueType::Enum(&TW_SSML_EMPHASIS_LEVEL),
            default: Some("moderate"),
            source: Source::Twilio,
            about: "Specify the degree of emphasis.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_LANG = ElementSpec {
        id: "twilio.ssml.lang",
        name: "lang",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<lang>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S
        ],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[Attribute {
            name: "xml:lang",
            ty: ValueType::String {
                keywords: &[
                    "arb",
                    "ar-AE",
                    "ca-ES",
                    "cmn-CN",
                    "cy-GB",
                    "da-DK",
                    "de-DE",
                    "de-AT",
                    "en-AU",
                    "en-GB",
                    "en-GB-WLS",
                    "en-IN",
                    "en-NZ",
                    "en-US",
                    "en-ZA",
                    "es-ES",
                    "es-MX",
                    "es-US",
                    "fi-FI",
                    "fr-CA",
                    "fr-FR",
                    "he-IL",
                    "hi-IN",
                    "is-IS",
                    "it-IT",
                    "ja-JP",
                    "ko-KR",
                    "nb-NO",
                    "nl-NL",
                    "pl-PL",
                    "pt-BR",
                    "pt-PT",
                    "ro-RO",
                    "ru-RU",
                    "sv-SE",
                    "tr-TR",
                    "yue-CN"
                ]
            },
            source: Source::Twilio,
            about: "Specify the language.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_P = ElementSpec {
        id: "twilio.ssml.p",
        name: "p",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<p>` inside `<Say>`, `<lang>`, `<prosody>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_PROSODY
        ],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_PHONEME = ElementSpec {
        id: "twilio.ssml.phoneme",
        name: "phoneme",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<phoneme>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`, `<w>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[
            Attribute {
                name: "alphabet",
                ty: ValueType::Enum(&TW_SSML_PHONEME_ALPHABET),
                source: Source::Twilio,
                about: "Specify the phonetic alphabet.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ph",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Specifiy the phonetic symbols for pronunciation.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_PROSODY = ElementSpec {
        id: "twilio.ssml.prosody",
        name: "prosody",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<prosody>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`, `<w>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_W
        ],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[
            Attribute {
                name: "pitch",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Specify the pitch, available values: default, x-low, low, medium, high, x-high, +n%, -n%.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "rate",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Specify the rate, available values: x-slow, slow, medium, fast, x-fast, n%.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "volume",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Specify the volume, available values: default, silent, x-soft, soft, medium, loud, x-loud, +ndB, -ndB.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_S = ElementSpec {
        id: "twilio.ssml.s",
        name: "s",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<s>` inside `<Say>`, `<lang>`, `<p>`, `<prosody>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY
        ],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_SAY_AS = ElementSpec {
        id: "twilio.ssml.say-as",
        name: "say-as",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<say-as>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`, `<w>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[
            Attribute {
                name: "format",
                ty: ValueType::Enum(&TW_SSML_SAY_AS_FORMAT),
                source: Source::Twilio,
                about: "Specify the format of the date when interpret-as is set to date.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "interpret-as",
                ty: ValueType::Enum(&TW_SSML_SAY_AS_INTERPRET_AS),
                source: Source::Twilio,
                about: "Specify the type of words are spoken.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_SUB = ElementSpec {
        id: "twilio.ssml.sub",
        name: "sub",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<sub>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`, `<w>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S,
            ids::VOICE_SSML_W
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[Attribute {
            name: "alias",
            ty: ValueType::String { keywords: &[] },
            source: Source::Twilio,
            about: "Substitute a different word (or pronunciation) for selected text such as an acronym or abbreviation.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_SSML_W = ElementSpec {
        id: "twilio.ssml.w",
        name: "w",
        platform: Platform::Twilio,
        scope: Scope::Ssml,
        kind: Kind::Ssml,
        about: "Twilio's `<w>` inside `<Say>`, `<emphasis>`, `<lang>`, `<p>`, `<prosody>`, `<s>`.",
        parents: &[
            ids::VOICE_SAY,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_LANG,
            ids::VOICE_SSML_P,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_S
        ],
        children: &[
            ids::VOICE_SSML_BREAK,
            ids::VOICE_SSML_EMPHASIS,
            ids::VOICE_SSML_PHONEME,
            ids::VOICE_SSML_PROSODY,
            ids::VOICE_SSML_SAY_AS,
            ids::VOICE_SSML_SUB
        ],
        text: TextRule::Optional,
        mixed: true,
        attributes: &[Attribute {
            name: "role",
            ty: ValueType::String { keywords: &[] },
            source: Source::Twilio,
            about: "Customize the pronunciation of words by specifying the word’s part of speech or alternate meaning.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    VOICE_RECORDING = ElementSpec {
        id: "twilio.voice.Recording",
        name: "Recording",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Recording>` inside `<Start>`.",
        parents: &[ids::VOICE_START],
        attributes: &[
            Attribute {
                name: "channels",
                ty: ValueType::Enum(&TW_RECORDING_CHANNELS),
                source: Source::Twilio,
                about: "The recording channels for the final recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingConfigurationId",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Configuration for the recording.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Recording Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackEvent",
                ty: ValueType::List {
                    items: &["in-progress", "completed", "absent"],
                    separator: ' '
                },
                source: Source::Twilio,
                about: "Recording Status Callback Events.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "recordingStatusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                source: Source::Twilio,
                about: "Recording Status Callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "track",
                ty: ValueType::Enum(&TW_RECORDING_TRACK),
                source: Source::Twilio,
                about: "To indicate which audio track should be recorded.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "trim",
                ty: ValueType::Enum(&TW_DIAL_TRIM),
                source: Source::Twilio,
                about: "Trim the recording.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_SIPREC = ElementSpec {
        id: "twilio.voice.Siprec",
        name: "Siprec",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Siprec>` inside `<Start>`, `<Stop>`.",
        parents: &[ids::VOICE_START, ids::VOICE_STOP],
        children: &[ids::VOICE_PARAMETER],
        attributes: &[
            Attribute {
                name: "connectorName",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Unique name for Connector.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Friendly name given to SIPREC.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status Callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "track",
                ty: ValueType::Enum(&TW_STREAM_TRACK),
                default: Some("inbound_track"),
                source: Source::Twilio,
                about: "Track to be streamed to remote service.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_TRANSCRIPTION = ElementSpec {
        id: "twilio.voice.Transcription",
        name: "Transcription",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Transcription>` inside `<Start>`, `<Stop>`.",
        parents: &[ids::VOICE_START, ids::VOICE_STOP],
        children: &[ids::VOICE_CONFIG, ids::VOICE_PARAMETER],
        attributes: &[
            Attribute {
                name: "enableAutomaticPunctuation",
                ty: ValueType::Boolean,
                source: Source::Twilio,
                about: "Enable Automatic Punctuation.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "hints",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Hints to be provided to the transcription engine.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "inboundTrackLabel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Friendly name given to the Inbound Track.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "intelligenceService",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The SID or the unique name of the Intelligence Service to be used.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "languageCode",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language Code used by the transcription engine.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Friendly name given to the Transcription.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "outboundTrackLabel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Friendly name given to the Outbound Track Label.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "partialResults",
                ty: ValueType::Boolean,
                default: Some("false"),
                source: Source::Twilio,
                about: "Indicates if partial results are going to be send to the customer.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "profanityFilter",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Enable Profanity Filter.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechModel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Speech Model used by the transcription engine.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackMethod",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Status Callback URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallbackUrl",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status Callback URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "track",
                ty: ValueType::Enum(&TW_STREAM_TRACK),
                default: Some("both_tracks"),
                source: Source::Twilio,
                about: "Track to be analyze by the provider.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcriptionEngine",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Transcription Engine to be used.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_LANGUAGE = ElementSpec {
        id: "twilio.voice.Language",
        name: "Language",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Language>` inside `<Assistant>`, `<ConversationRelay>`.",
        parents: &[ids::VOICE_ASSISTANT, ids::VOICE_CONVERSATION_RELAY],
        attributes: &[
            Attribute {
                name: "code",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Language code of this language setting is for.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "speechModel",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Speech model to be used for transcription of this language.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "transcriptionProvider",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Provider to be used for transcription of this language.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "ttsProvider",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Provider to be used for text-to-speech of this language.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "voice",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Voice to be used for text-to-speech of this language.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_CONFIG = ElementSpec {
        id: "twilio.voice.Config",
        name: "Config",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Config>` inside `<Transcription>`, `<VirtualAgent>`.",
        parents: &[ids::VOICE_VIRTUAL_AGENT, ids::VOICE_TRANSCRIPTION],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                required: true,
                source: Source::Twilio,
                about: "The name of the custom config.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "value",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The value of the custom config.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_APPLICATION_SID = ElementSpec {
        id: "twilio.voice.ApplicationSid",
        name: "ApplicationSid",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<ApplicationSid>` inside `<Application>`.",
        parents: &[ids::VOICE_APPLICATION],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    VOICE_IDENTITY = ElementSpec {
        id: "twilio.voice.Identity",
        name: "Identity",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Identity>` inside `<Client>`.",
        parents: &[ids::VOICE_CLIENT],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    VOICE_HEADERS = ElementSpec {
        id: "twilio.voice.Headers",
        name: "Headers",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Headers>` inside `<Sip>`.",
        parents: &[ids::VOICE_SIP],
        children: &[ids::VOICE_HEADER],
        ..ElementSpec::DEFAULT
    },
    VOICE_SIP_URI = ElementSpec {
        id: "twilio.voice.Uri",
        name: "Uri",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Uri>` inside `<Sip>`.",
        parents: &[ids::VOICE_SIP],
        text: TextRule::Optional,
        attributes: &[
            Attribute {
                name: "password",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The password for authentication.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "priority",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The priority of this SIP URI.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "username",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The username for authentication.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "weight",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The weight of this SIP URI.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    VOICE_HEADER = ElementSpec {
        id: "twilio.voice.Header",
        name: "Header",
        platform: Platform::Twilio,
        scope: Scope::Voice,
        kind: Kind::Noun,
        about: "Twilio's `<Header>` inside `<Headers>`.",
        parents: &[ids::VOICE_HEADERS],
        attributes: &[
            Attribute {
                name: "name",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The name of the custom header.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "value",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "The value of the custom header.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_RESPONSE = ElementSpec {
        id: "twilio.messaging.Response",
        name: "Response",
        platform: Platform::Twilio,
        scope: Scope::Messaging,
        kind: Kind::Root,
        about: "Twilio's `<Response>`.",
        children: &[ids::MESSAGING_MESSAGE, ids::MESSAGING_REDIRECT],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_MESSAGE = ElementSpec {
        id: "twilio.messaging.Message",
        name: "Message",
        platform: Platform::Twilio,
        scope: Scope::Messaging,
        kind: Kind::Verb,
        about: "Twilio's `<Message>` inside `<Response>`.",
        parents: &[ids::MESSAGING_RESPONSE],
        children: &[ids::MESSAGING_BODY, ids::MESSAGING_MEDIA],
        text: TextRule::Optional,
        text_or_children: true,
        text_child: Some(ids::MESSAGING_BODY),
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "A URL specifying where Twilio should send status callbacks for the created outbound message.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "from",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Phone Number to send Message from.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Action URL Method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "statusCallback",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Status callback URL. Deprecated in favor of action.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "to",
                ty: ValueType::String { keywords: &[] },
                source: Source::Twilio,
                about: "Phone Number to send Message to.",
                ..Attribute::DEFAULT
            },
        ],
        child_max: &[(ids::MESSAGING_BODY, 1), (ids::MESSAGING_MEDIA, 10)],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_REDIRECT = ElementSpec {
        id: "twilio.messaging.Redirect",
        name: "Redirect",
        platform: Platform::Twilio,
        scope: Scope::Messaging,
        kind: Kind::Verb,
        about: "Twilio's `<Redirect>` inside `<Response>`.",
        parents: &[ids::MESSAGING_RESPONSE],
        text: TextRule::Required,
        attributes: &[Attribute {
            name: "method",
            ty: ValueType::Enum(&METHOD),
            default: Some("POST"),
            source: Source::Twilio,
            about: "Redirect URL method.",
            ..Attribute::DEFAULT
        },],
        ..ElementSpec::DEFAULT
    },
    MESSAGING_BODY = ElementSpec {
        id: "twilio.messaging.Body",
        name: "Body",
        platform: Platform::Twilio,
        scope: Scope::Messaging,
        kind: Kind::Noun,
        about: "Twilio's `<Body>` inside `<Message>`.",
        parents: &[ids::MESSAGING_MESSAGE],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    MESSAGING_MEDIA = ElementSpec {
        id: "twilio.messaging.Media",
        name: "Media",
        platform: Platform::Twilio,
        scope: Scope::Messaging,
        kind: Kind::Noun,
        about: "Twilio's `<Media>` inside `<Message>`.",
        parents: &[ids::MESSAGING_MESSAGE],
        text: TextRule::Required,
        ..ElementSpec::DEFAULT
    },
    FAX_RESPONSE = ElementSpec {
        id: "twilio.fax.Response",
        name: "Response",
        platform: Platform::Twilio,
        scope: Scope::Fax,
        kind: Kind::Root,
        about: "Twilio's `<Response>`.",
        children: &[ids::FAX_RECEIVE],
        ..ElementSpec::DEFAULT
    },
    FAX_RECEIVE = ElementSpec {
        id: "twilio.fax.Receive",
        name: "Receive",
        platform: Platform::Twilio,
        scope: Scope::Fax,
        kind: Kind::Verb,
        about: "Twilio's `<Receive>` inside `<Response>`.",
        parents: &[ids::FAX_RESPONSE],
        attributes: &[
            Attribute {
                name: "action",
                ty: ValueType::Url,
                source: Source::Twilio,
                about: "Receive action URL.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "mediaType",
                ty: ValueType::Enum(&TW_RECEIVE_MEDIA_TYPE),
                default: Some("application/pdf"),
                source: Source::Twilio,
                about: "The media type used to store media in the fax media store.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "method",
                ty: ValueType::Enum(&METHOD),
                default: Some("POST"),
                source: Source::Twilio,
                about: "Receive action URL method.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "pageSize",
                ty: ValueType::Enum(&TW_RECEIVE_PAGE_SIZE),
                default: Some("letter"),
                source: Source::Twilio,
                about: "What size to interpret received pages as.",
                ..Attribute::DEFAULT
            },
            Attribute {
                name: "storeMedia",
                ty: ValueType::Boolean,
                default: Some("true"),
                source: Source::Twilio,
                about: "Whether or not to store received media in the fax media store.",
                ..Attribute::DEFAULT
            },
        ],
        ..ElementSpec::DEFAULT
    },
];
