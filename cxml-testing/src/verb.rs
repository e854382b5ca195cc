//! A validated document as the simulator executes it: each verb with its attributes read and its
//! defaults applied, owned, so a call can keep its program across requests.

use cxml_runtime::Document;
use cxml_runtime::document::{Element, Node};
use cxml_runtime::schema::ids;
use http::Method;

/// A request a verb makes: where and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// As written in the document (resolved against the document URL when requested).
    pub url: String,
    pub method: Method,
}

#[derive(Debug, Clone)]
pub(crate) struct Say {
    pub text: String,
    pub voice: Option<String>,
    pub language: Option<String>,
    pub loops: u32,
}

#[derive(Debug, Clone)]
pub(crate) struct Play {
    pub url: Option<String>,
    pub digits: Option<String>,
    pub loops: u32,
}

/// A prompt inside `<Gather>`.
#[derive(Debug, Clone)]
pub(crate) enum Prompt {
    Say(Say),
    Play(Play),
    Pause(u32),
}

#[derive(Debug, Clone)]
pub(crate) struct Gather {
    pub action: Option<Target>,
    pub method: Method,
    pub action_on_empty_result: bool,
    pub dtmf: bool,
    pub speech: bool,
    pub finish_on_key: String,
    pub num_digits: Option<usize>,
    pub timeout: u32,
    pub prompts: Vec<Prompt>,
}

/// What a `<Dial>` calls.
#[derive(Debug, Clone)]
pub(crate) enum DialTarget {
    Number {
        number: String,
        status_callback: Option<StatusCallback>,
        /// The document run for the called party after it answers, before the bridge.
        url: Option<Target>,
    },
    Sip {
        uri: String,
        status_callback: Option<StatusCallback>,
        /// The document run for the called party after it answers, before the bridge.
        url: Option<Target>,
    },
    Verto(String),
    Queue {
        name: String,
        url: Option<Target>,
    },
    Conference(Conference),
}

impl DialTarget {
    /// The document a `<Number url>` or `<Sip url>` runs for the called party.
    pub(crate) fn callee_url(&self) -> Option<&Target> {
        match self {
            DialTarget::Number { url, .. } | DialTarget::Sip { url, .. } => url.as_ref(),
            _ => None,
        }
    }

    /// The target as the transcript shows it.
    pub(crate) fn label(&self) -> String {
        match self {
            DialTarget::Number { number, .. } => number.clone(),
            DialTarget::Sip { uri, .. } => uri.clone(),
            DialTarget::Verto(resource) => resource.clone(),
            DialTarget::Queue { name, .. } => format!("queue:{name}"),
            DialTarget::Conference(conference) => format!("conference:{}", conference.name),
        }
    }
}

/// A `statusCallback` with its events.
#[derive(Debug, Clone)]
pub(crate) struct StatusCallback {
    pub target: Target,
    pub events: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Conference {
    pub name: String,
    pub muted: bool,
    pub start_on_enter: bool,
    pub end_on_exit: bool,
    pub wait_url: Option<Target>,
    pub status_callback: Option<StatusCallback>,
    pub max_participants: Option<usize>,
}

#[derive(Debug, Clone)]
pub(crate) struct Dial {
    pub action: Option<Target>,
    /// `callerId`: the `From` of the dialled legs (the caller's number without it).
    pub caller_id: Option<String>,
    pub timeout: u32,
    pub time_limit: u32,
    pub record: bool,
    pub recording_status_callback: Option<StatusCallback>,
    pub targets: Vec<DialTarget>,
}

#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub action: Option<Target>,
    pub max_length: Option<u32>,
    pub trim_silence: bool,
    pub transcribe_callback: Option<Target>,
    pub recording_status_callback: Option<StatusCallback>,
}

#[derive(Debug, Clone)]
pub(crate) struct Refer {
    pub action: Option<Target>,
    pub to: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Enqueue {
    pub name: String,
    pub action: Option<Target>,
    pub wait_url: Option<Target>,
}

#[derive(Debug, Clone)]
pub(crate) struct Pay {
    pub action: Option<Target>,
    pub status_callback: Option<Target>,
    pub charge_amount: Option<String>,
    pub payment_method: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Connect {
    pub action: Option<Target>,
    /// `room`, `stream`, `virtual-agent` or `ai`, and its text or main attribute.
    pub kind: &'static str,
    pub target: String,
    /// The `<Stream>` of a `<Connect><Stream>` (media streams: `stream.rs`).
    pub stream: Option<Stream>,
}

#[derive(Debug, Clone)]
pub(crate) struct Sms {
    pub text: String,
    pub to: Option<String>,
    pub from: Option<String>,
    pub action: Option<Target>,
    pub status_callback: Option<Target>,
}

#[derive(Debug, Clone)]
pub(crate) struct Stream {
    pub name: Option<String>,
    pub track: String,
    pub status_callback: Option<Target>,
    /// The WebSocket URL, as written (media streams: `stream.rs`).
    pub url: String,
    /// `codec`, as written (default `PCMU@8000h`).
    pub codec: String,
    /// `authBearerToken`.
    pub bearer: Option<String>,
    /// The `<Parameter>`s, in order.
    pub parameters: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub body: String,
    pub media: Vec<String>,
    pub to: Option<String>,
    pub from: Option<String>,
    pub action: Option<Target>,
    pub status_callback: Option<Target>,
}

#[derive(Debug, Clone)]
pub(crate) struct Receive {
    pub action: Option<Target>,
    pub media_type: String,
}

/// One verb of a document, ready to run.
#[derive(Debug, Clone)]
pub(crate) enum Verb {
    Say(Say),
    Play(Play),
    Pause(u32),
    Gather(Gather),
    Redirect(Target),
    Dial(Dial),
    Record(Record),
    Refer(Refer),
    Hangup,
    Reject(String),
    Enqueue(Enqueue),
    Leave,
    Pay(Pay),
    Connect(Connect),
    Sms(Sms),
    Start(Vec<Stream>),
    Stop(Vec<String>),
    Denoise(bool),
    Echo(u32),
    Message(Message),
    Receive(Receive),
    /// An element this version of the simulator does not execute: reported, then skipped.
    Unsupported(&'static str),
}

impl Verb {
    /// The verb's XML name.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Verb::Say(_) => "Say",
            Verb::Play(_) => "Play",
            Verb::Pause(_) => "Pause",
            Verb::Gather(_) => "Gather",
            Verb::Redirect(_) => "Redirect",
            Verb::Dial(_) => "Dial",
            Verb::Record(_) => "Record",
            Verb::Refer(_) => "Refer",
            Verb::Hangup => "Hangup",
            Verb::Reject(_) => "Reject",
            Verb::Enqueue(_) => "Enqueue",
            Verb::Leave => "Leave",
            Verb::Pay(_) => "Pay",
            Verb::Connect(_) => "Connect",
            Verb::Sms(_) => "Sms",
            Verb::Start(_) => "Start",
            Verb::Stop(_) => "Stop",
            Verb::Denoise(_) => "Denoise",
            Verb::Echo(_) => "Echo",
            Verb::Message(_) => "Message",
            Verb::Receive(_) => "Receive",
            Verb::Unsupported(name) => name,
        }
    }
}

/// The URL attributes the simulator requests; every other URL attribute of the table (a
/// `partialResultCallback`, a media stream's WebSocket, a conference's `eventCallbackUrl`…) is
/// reported as not simulated rather than silently ignored.
const REQUESTED: &[(cxml_runtime::schema::ElementId, &str)] = &[
    (ids::VOICE_CONNECT, "action"),
    (ids::VOICE_DIAL, "action"),
    (ids::VOICE_DIAL, "recordingStatusCallback"),
    (ids::VOICE_CONFERENCE, "statusCallback"),
    (ids::VOICE_CONFERENCE, "waitUrl"),
    (ids::VOICE_NUMBER, "statusCallback"),
    (ids::VOICE_NUMBER, "url"),
    (ids::VOICE_QUEUE, "url"),
    (ids::VOICE_SIP_AT_DIAL, "statusCallback"),
    (ids::VOICE_SIP_AT_DIAL, "url"),
    (ids::VOICE_ENQUEUE, "action"),
    (ids::VOICE_ENQUEUE, "waitUrl"),
    (ids::VOICE_GATHER, "action"),
    (ids::VOICE_PAY, "action"),
    (ids::VOICE_PAY, "statusCallback"),
    (ids::VOICE_RECORD, "action"),
    (ids::VOICE_RECORD, "recordingStatusCallback"),
    (ids::VOICE_RECORD, "transcribeCallback"),
    (ids::VOICE_REFER, "action"),
    (ids::VOICE_SMS, "action"),
    (ids::VOICE_SMS, "statusCallback"),
    (ids::VOICE_STREAM, "statusCallback"),
    // The WebSocket of `<Start><Stream>` and `<Connect><Stream>` (stream.rs).
    (ids::VOICE_STREAM, "url"),
    (ids::MESSAGING_MESSAGE, "action"),
    (ids::MESSAGING_MESSAGE, "statusCallback"),
    (ids::FAX_RECEIVE, "action"),
];

/// The URL attributes of a document that the simulator does not request, as
/// `<Gather partialResultCallback>`, in document order.
pub(crate) fn not_requested(document: &Document<'_>) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![document.root()];
    while let Some(element) = stack.pop() {
        if let Some(spec) = element.spec() {
            for (name, _) in element.attributes() {
                let is_url = spec
                    .attribute(name)
                    .is_some_and(|attribute| attribute.ty == cxml_runtime::schema::ValueType::Url);
                if is_url && !REQUESTED.contains(&(signalwire_id(&element), name)) {
                    found.push(format!("<{} {name}>", element.name()));
                }
            }
        }
        let mut children: Vec<_> = element.elements().collect();
        children.reverse();
        stack.extend(children);
    }
    found
}

/// The element's id in SignalWire's table: a document read as Twilio's TwiML runs with the
/// SignalWire entries of the elements both platforms have; Twilio's own stay Twilio's (and are
/// not simulated).
fn signalwire_id(element: &Element<'_>) -> cxml_runtime::schema::ElementId {
    let id = element.id();
    match id.platform() {
        cxml_runtime::schema::Platform::Twilio => id.counterpart().unwrap_or(id),
        _ => id,
    }
}

/// The verbs of a validated document, in order.
pub(crate) fn compile(document: &Document<'_>) -> Vec<Verb> {
    document
        .root()
        .elements()
        .map(|verb| compile_verb(&verb))
        .collect()
}

fn compile_verb(element: &Element<'_>) -> Verb {
    match signalwire_id(element) {
        ids::VOICE_SAY => Verb::Say(say(element)),
        ids::VOICE_PLAY => Verb::Play(play(element)),
        ids::VOICE_PAUSE => Verb::Pause(number(element, "length").unwrap_or_default()),
        ids::VOICE_GATHER => Verb::Gather(gather(element)),
        ids::VOICE_REDIRECT | ids::MESSAGING_REDIRECT => Verb::Redirect(Target {
            url: element.text().trim().to_owned(),
            method: method(element, "method"),
        }),
        ids::VOICE_DIAL => Verb::Dial(dial(element)),
        ids::VOICE_RECORD => Verb::Record(Record {
            action: target(element, "action", "method"),
            max_length: number(element, "maxLength"),
            trim_silence: value(element, "trim") != Some("do-not-trim"),
            transcribe_callback: (flag(element, "transcribe")
                || element.attribute("transcribeCallback").is_some())
            .then(|| target(element, "transcribeCallback", ""))
            .flatten(),
            recording_status_callback: status_callback(
                element,
                "recordingStatusCallback",
                "recordingStatusCallbackMethod",
                "recordingStatusCallbackEvent",
                "completed",
            ),
        }),
        ids::VOICE_REFER => Verb::Refer(Refer {
            action: target(element, "action", "method"),
            to: element
                .elements()
                .next()
                .map(|sip| sip.text().trim().to_owned())
                .unwrap_or_default(),
        }),
        ids::VOICE_HANGUP => Verb::Hangup,
        ids::VOICE_REJECT | ids::FAX_REJECT => {
            Verb::Reject(value(element, "reason").unwrap_or_default().to_owned())
        }
        ids::VOICE_ENQUEUE => Verb::Enqueue(Enqueue {
            name: element.text().trim().to_owned(),
            action: target(element, "action", "method"),
            wait_url: target(element, "waitUrl", "waitUrlMethod"),
        }),
        ids::VOICE_LEAVE => Verb::Leave,
        ids::VOICE_PAY => Verb::Pay(Pay {
            action: target(element, "action", ""),
            status_callback: target(element, "statusCallback", ""),
            charge_amount: element.attribute("chargeAmount").map(str::to_owned),
            payment_method: value(element, "paymentMethod")
                .unwrap_or_default()
                .to_owned(),
        }),
        ids::VOICE_CONNECT => Verb::Connect(connect(element)),
        ids::VOICE_SMS => Verb::Sms(Sms {
            text: element.text(),
            to: element.attribute("to").map(str::to_owned),
            from: element.attribute("from").map(str::to_owned),
            action: target(element, "action", "method"),
            status_callback: target(element, "statusCallback", ""),
        }),
        ids::VOICE_START => Verb::Start(element.elements().map(|noun| stream(&noun)).collect()),
        ids::VOICE_STOP => Verb::Stop(
            element
                .elements()
                .filter_map(|noun| noun.attribute("name").map(str::to_owned))
                .collect(),
        ),
        ids::VOICE_DENOISE => Verb::Denoise(element.text().trim() == "on"),
        ids::VOICE_ECHO => Verb::Echo(number(element, "timeout").unwrap_or_default()),
        ids::MESSAGING_MESSAGE => Verb::Message(message(element)),
        ids::FAX_RECEIVE => Verb::Receive(Receive {
            action: target(element, "action", "method"),
            media_type: value(element, "mediaType").unwrap_or_default().to_owned(),
        }),
        _ => Verb::Unsupported(element.name()),
    }
}

fn say(element: &Element<'_>) -> Say {
    Say {
        text: plain_text(element),
        voice: element.attribute("voice").map(str::to_owned),
        language: element.attribute("language").map(str::to_owned),
        loops: number(element, "loop").unwrap_or_default(),
    }
}

fn play(element: &Element<'_>) -> Play {
    let url = element.text().trim().to_owned();
    Play {
        url: (!url.is_empty()).then_some(url),
        digits: element.attribute("digits").map(str::to_owned),
        loops: number(element, "loop").unwrap_or_default(),
    }
}

fn gather(element: &Element<'_>) -> Gather {
    let input = value(element, "input").unwrap_or_default();
    let prompts = element
        .elements()
        .filter_map(|prompt| match signalwire_id(&prompt) {
            ids::VOICE_SAY => Some(Prompt::Say(say(&prompt))),
            ids::VOICE_PLAY => Some(Prompt::Play(play(&prompt))),
            ids::VOICE_PAUSE => Some(Prompt::Pause(number(&prompt, "length").unwrap_or_default())),
            _ => None,
        })
        .collect();
    Gather {
        action: target(element, "action", "method"),
        method: method(element, "method"),
        action_on_empty_result: flag(element, "actionOnEmptyResult"),
        dtmf: input.split_whitespace().any(|item| item == "dtmf"),
        speech: input.split_whitespace().any(|item| item == "speech"),
        finish_on_key: value(element, "finishOnKey").unwrap_or_default().to_owned(),
        num_digits: number(element, "numDigits"),
        timeout: number(element, "timeout").unwrap_or_default(),
        prompts,
    }
}

fn dial(element: &Element<'_>) -> Dial {
    let mut targets: Vec<DialTarget> = element
        .elements()
        .map(|noun| match signalwire_id(&noun) {
            ids::VOICE_NUMBER => DialTarget::Number {
                number: noun.text().trim().to_owned(),
                status_callback: call_status_callback(&noun),
                url: target(&noun, "url", "method"),
            },
            ids::VOICE_SIP_AT_DIAL => DialTarget::Sip {
                uri: noun.text().trim().to_owned(),
                status_callback: call_status_callback(&noun),
                url: target(&noun, "url", "method"),
            },
            ids::VOICE_QUEUE => DialTarget::Queue {
                name: noun.text().trim().to_owned(),
                url: target(&noun, "url", "method"),
            },
            ids::VOICE_CONFERENCE => DialTarget::Conference(Conference {
                name: noun.text().trim().to_owned(),
                muted: flag(&noun, "muted"),
                start_on_enter: flag(&noun, "startConferenceOnEnter"),
                end_on_exit: flag(&noun, "endConferenceOnExit"),
                wait_url: target(&noun, "waitUrl", "waitMethod"),
                status_callback: status_callback(
                    &noun,
                    "statusCallback",
                    "statusCallbackMethod",
                    "statusCallbackEvent",
                    "",
                ),
                max_participants: number(&noun, "maxParticipants"),
            }),
            _ => DialTarget::Verto(noun.text().trim().to_owned()),
        })
        .collect();
    let text = element.text();
    if targets.is_empty() && !text.trim().is_empty() {
        targets.push(DialTarget::Number {
            number: text.trim().to_owned(),
            status_callback: None,
            url: None,
        });
    }
    Dial {
        action: target(element, "action", "method"),
        caller_id: element
            .attribute("callerId")
            .map(|caller_id| caller_id.trim().to_owned())
            .filter(|caller_id| !caller_id.is_empty()),
        timeout: number(element, "timeout").unwrap_or_default(),
        time_limit: number(element, "timeLimit").unwrap_or_default(),
        record: value(element, "record").is_some_and(|record| record != "do-not-record"),
        recording_status_callback: status_callback(
            element,
            "recordingStatusCallback",
            "recordingStatusCallbackMethod",
            "recordingStatusCallbackEvent",
            "completed",
        ),
        targets,
    }
}

fn call_status_callback(noun: &Element<'_>) -> Option<StatusCallback> {
    // Without `statusCallbackEvent`, only `completed` is sent (as Twilio documents).
    status_callback(
        noun,
        "statusCallback",
        "statusCallbackMethod",
        "statusCallbackEvent",
        "completed",
    )
}

fn connect(element: &Element<'_>) -> Connect {
    let noun = element.elements().next();
    let (kind, noun_target) = match noun {
        Some(noun) => match signalwire_id(&noun) {
            ids::VOICE_ROOM => ("room", noun.text().trim().to_owned()),
            ids::VOICE_STREAM => ("stream", noun.attribute("url").unwrap_or("").to_owned()),
            ids::VOICE_VIRTUALAGENT => (
                "virtual-agent",
                noun.attribute("connectorName").unwrap_or("").to_owned(),
            ),
            _ => ("ai", String::new()),
        },
        None => ("nothing", String::new()),
    };
    Connect {
        action: target(element, "action", "method"),
        kind,
        target: noun_target,
        stream: noun
            .filter(|noun| noun.id() == ids::VOICE_STREAM)
            .map(|noun| stream(&noun)),
    }
}

fn stream(noun: &Element<'_>) -> Stream {
    Stream {
        name: noun.attribute("name").map(str::to_owned),
        track: value(noun, "track").unwrap_or_default().to_owned(),
        status_callback: target(noun, "statusCallback", "statusCallbackMethod"),
        url: noun.attribute("url").unwrap_or_default().to_owned(),
        codec: value(noun, "codec").unwrap_or("PCMU@8000h").to_owned(),
        bearer: noun.attribute("authBearerToken").map(str::to_owned),
        parameters: noun
            .elements()
            .filter_map(|parameter| {
                Some((
                    parameter.attribute("name")?.to_owned(),
                    parameter.attribute("value").unwrap_or_default().to_owned(),
                ))
            })
            .collect(),
    }
}

fn message(element: &Element<'_>) -> Message {
    let mut body = element.text();
    let mut media = Vec::new();
    for child in element.elements() {
        match signalwire_id(&child) {
            ids::MESSAGING_BODY => body.push_str(&child.text()),
            ids::MESSAGING_MEDIA => media.push(child.text().trim().to_owned()),
            _ => {}
        }
    }
    Message {
        body,
        media,
        to: element.attribute("to").map(str::to_owned),
        from: element.attribute("from").map(str::to_owned),
        action: target(element, "action", "method"),
        status_callback: target(element, "statusCallback", ""),
    }
}

/// The text of an element and of everything inside it, in order: SSML read as plain text.
fn plain_text(element: &Element<'_>) -> String {
    let mut text = String::new();
    let mut stack = vec![element.children()];
    while let Some(children) = stack.last_mut() {
        match children.next() {
            Some(Node::Text(part)) => text.push_str(part),
            Some(Node::Element(child)) => stack.push(child.children()),
            None => {
                stack.pop();
            }
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An attribute's value as written, or else the default the schema table documents for it
/// (the simulator keeps no defaults of its own).
fn value<'d>(element: &Element<'d>, name: &str) -> Option<&'d str> {
    element.attribute(name).or_else(|| {
        element
            .spec()
            .and_then(|spec| spec.attribute(name))
            .and_then(|attribute| attribute.default)
    })
}

/// A number attribute, or its documented default.
fn number<T: std::str::FromStr>(element: &Element<'_>, name: &str) -> Option<T> {
    value(element, name)?.trim().parse().ok()
}

/// A boolean attribute, or its documented default (`false` without one).
fn flag(element: &Element<'_>, name: &str) -> bool {
    value(element, name).is_some_and(|value| value.trim() == "true")
}

/// The `method` attribute (or its default); POST unless it says GET.
fn method(element: &Element<'_>, name: &str) -> Method {
    match value(element, name) {
        Some(value) if value.trim().eq_ignore_ascii_case("GET") => Method::GET,
        _ => Method::POST,
    }
}

/// A URL attribute with its method attribute (`""`: always POST).
fn target(element: &Element<'_>, url: &str, method_name: &str) -> Option<Target> {
    let url = element.attribute(url)?.trim();
    Some(Target {
        url: url.to_owned(),
        method: if method_name.is_empty() {
            Method::POST
        } else {
            method(element, method_name)
        },
    })
}

fn status_callback(
    element: &Element<'_>,
    url: &str,
    method_name: &str,
    events: &str,
    default_events: &str,
) -> Option<StatusCallback> {
    let target = target(element, url, method_name)?;
    let events = element
        .attribute(events)
        .unwrap_or(default_events)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    Some(StatusCallback { target, events })
}

#[cfg(test)]
mod tests {
    use cxml_runtime::schema::ids;

    /// Every default the simulator reads comes from the schema table: each is there.
    #[test]
    fn the_defaults_read_are_in_the_table() {
        for (id, name, expected) in [
            (ids::VOICE_SAY, "loop", "1"),
            (ids::VOICE_PLAY, "loop", "1"),
            (ids::VOICE_PAUSE, "length", "1"),
            (ids::VOICE_GATHER, "input", "dtmf"),
            (ids::VOICE_GATHER, "finishOnKey", "#"),
            (ids::VOICE_GATHER, "timeout", "5"),
            (ids::VOICE_DIAL, "timeout", "30"),
            (ids::VOICE_DIAL, "timeLimit", "14400"),
            (ids::VOICE_CONFERENCE, "startConferenceOnEnter", "true"),
            (ids::VOICE_REJECT, "reason", "rejected"),
            (ids::VOICE_PAY, "paymentMethod", "credit-card"),
            (ids::VOICE_ECHO, "timeout", "60"),
            (ids::VOICE_STREAM, "track", "inbound_track"),
            (ids::FAX_RECEIVE, "mediaType", "application/pdf"),
        ] {
            let default = id.spec().attribute(name).and_then(|a| a.default);
            assert_eq!(default, Some(expected), "{}@{name}", id.spec().id);
        }
    }

    #[test]
    fn defaults_apply_where_the_document_is_silent() {
        let document = cxml_runtime::parse(
            r#"<Response><Gather/><Pay/><Echo/><Pause/><Say>Hi</Say></Response>"#,
        )
        .unwrap();
        let verbs = super::compile(&document);
        let [
            super::Verb::Gather(gather),
            super::Verb::Pay(pay),
            super::Verb::Echo(echo),
            super::Verb::Pause(pause),
            super::Verb::Say(say),
        ] = verbs.as_slice()
        else {
            panic!("{verbs:?}");
        };
        assert!(gather.dtmf && !gather.speech);
        assert_eq!((gather.timeout, gather.finish_on_key.as_str()), (5, "#"));
        assert_eq!(pay.payment_method, "credit-card");
        assert_eq!((*echo, *pause, say.loops), (60, 1, 1));
        let fax = cxml_runtime::parse("<Response><Receive/></Response>").unwrap();
        let verbs = super::compile(&fax);
        let [super::Verb::Receive(receive)] = verbs.as_slice() else {
            panic!("a Receive");
        };
        assert_eq!(receive.media_type, "application/pdf");
    }
}
