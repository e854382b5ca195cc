//! A validated document as the simulator executes it: each verb with its attributes read and its
//! defaults applied, owned, so a call can keep its program across requests.

use cxml_runtime::Document;
use cxml_runtime::document::{Element, Node};
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

/// The verbs of a validated document, in order.
pub(crate) fn compile(document: &Document<'_>) -> Vec<Verb> {
    document
        .root()
        .elements()
        .map(|verb| compile_verb(&verb))
        .collect()
}

fn compile_verb(element: &Element<'_>) -> Verb {
    match element.name() {
        "Say" => Verb::Say(say(element)),
        "Play" => Verb::Play(play(element)),
        "Pause" => Verb::Pause(number(element, "length").unwrap_or(1)),
        "Gather" => Verb::Gather(gather(element)),
        "Redirect" => Verb::Redirect(Target {
            url: element.text().trim().to_owned(),
            method: method(element, "method"),
        }),
        "Dial" => Verb::Dial(dial(element)),
        "Record" => Verb::Record(Record {
            action: target(element, "action", "method"),
            max_length: number(element, "maxLength"),
            trim_silence: element.attribute("trim") != Some("do-not-trim"),
            transcribe_callback: (flag(element, "transcribe", false)
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
        "Refer" => Verb::Refer(Refer {
            action: target(element, "action", "method"),
            to: element
                .elements()
                .next()
                .map(|sip| sip.text().trim().to_owned())
                .unwrap_or_default(),
        }),
        "Hangup" => Verb::Hangup,
        "Reject" => Verb::Reject(element.attribute("reason").unwrap_or("rejected").to_owned()),
        "Enqueue" => Verb::Enqueue(Enqueue {
            name: element.text().trim().to_owned(),
            action: target(element, "action", "method"),
            wait_url: target(element, "waitUrl", "waitUrlMethod"),
        }),
        "Leave" => Verb::Leave,
        "Pay" => Verb::Pay(Pay {
            action: target(element, "action", ""),
            status_callback: target(element, "statusCallback", ""),
            charge_amount: element.attribute("chargeAmount").map(str::to_owned),
            payment_method: element
                .attribute("paymentMethod")
                .unwrap_or("credit-card")
                .to_owned(),
        }),
        "Connect" => Verb::Connect(connect(element)),
        "Sms" => Verb::Sms(Sms {
            text: element.text(),
            to: element.attribute("to").map(str::to_owned),
            from: element.attribute("from").map(str::to_owned),
            action: target(element, "action", "method"),
            status_callback: target(element, "statusCallback", ""),
        }),
        "Start" => Verb::Start(element.elements().map(|noun| stream(&noun)).collect()),
        "Stop" => Verb::Stop(
            element
                .elements()
                .filter_map(|noun| noun.attribute("name").map(str::to_owned))
                .collect(),
        ),
        "Denoise" => Verb::Denoise(element.text().trim() == "on"),
        "Echo" => Verb::Echo(number(element, "timeout").unwrap_or(60)),
        "Message" => Verb::Message(message(element)),
        "Receive" => Verb::Receive(Receive {
            action: target(element, "action", "method"),
            media_type: element
                .attribute("mediaType")
                .unwrap_or("application/pdf")
                .to_owned(),
        }),
        other => Verb::Unsupported(other),
    }
}

fn say(element: &Element<'_>) -> Say {
    Say {
        text: plain_text(element),
        voice: element.attribute("voice").map(str::to_owned),
        language: element.attribute("language").map(str::to_owned),
        loops: number(element, "loop").unwrap_or(1),
    }
}

fn play(element: &Element<'_>) -> Play {
    let url = element.text().trim().to_owned();
    Play {
        url: (!url.is_empty()).then_some(url),
        digits: element.attribute("digits").map(str::to_owned),
        loops: number(element, "loop").unwrap_or(1),
    }
}

fn gather(element: &Element<'_>) -> Gather {
    let input = element.attribute("input").unwrap_or("dtmf");
    let prompts = element
        .elements()
        .filter_map(|prompt| match prompt.name() {
            "Say" => Some(Prompt::Say(say(&prompt))),
            "Play" => Some(Prompt::Play(play(&prompt))),
            "Pause" => Some(Prompt::Pause(number(&prompt, "length").unwrap_or(1))),
            _ => None,
        })
        .collect();
    Gather {
        action: target(element, "action", "method"),
        method: method(element, "method"),
        action_on_empty_result: flag(element, "actionOnEmptyResult", false),
        dtmf: input.split_whitespace().any(|item| item == "dtmf"),
        speech: input.split_whitespace().any(|item| item == "speech"),
        finish_on_key: element.attribute("finishOnKey").unwrap_or("#").to_owned(),
        num_digits: number(element, "numDigits"),
        timeout: number(element, "timeout").unwrap_or(5),
        prompts,
    }
}

fn dial(element: &Element<'_>) -> Dial {
    let mut targets: Vec<DialTarget> = element
        .elements()
        .map(|noun| match noun.name() {
            "Number" => DialTarget::Number {
                number: noun.text().trim().to_owned(),
                status_callback: call_status_callback(&noun),
                url: target(&noun, "url", "method"),
            },
            "Sip" => DialTarget::Sip {
                uri: noun.text().trim().to_owned(),
                status_callback: call_status_callback(&noun),
                url: target(&noun, "url", "method"),
            },
            "Queue" => DialTarget::Queue {
                name: noun.text().trim().to_owned(),
                url: target(&noun, "url", "method"),
            },
            "Conference" => DialTarget::Conference(Conference {
                name: noun.text().trim().to_owned(),
                muted: flag(&noun, "muted", false),
                start_on_enter: flag(&noun, "startConferenceOnEnter", true),
                end_on_exit: flag(&noun, "endConferenceOnExit", false),
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
        timeout: number(element, "timeout").unwrap_or(30),
        time_limit: number(element, "timeLimit").unwrap_or(14_400),
        record: element
            .attribute("record")
            .is_some_and(|record| record != "do-not-record"),
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
        Some(noun) => match noun.name() {
            "Room" => ("room", noun.text().trim().to_owned()),
            "Stream" => ("stream", noun.attribute("url").unwrap_or("").to_owned()),
            "VirtualAgent" => (
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
    }
}

fn stream(noun: &Element<'_>) -> Stream {
    Stream {
        name: noun.attribute("name").map(str::to_owned),
        track: noun
            .attribute("track")
            .unwrap_or("inbound_track")
            .to_owned(),
        status_callback: target(noun, "statusCallback", "statusCallbackMethod"),
    }
}

fn message(element: &Element<'_>) -> Message {
    let mut body = element.text();
    let mut media = Vec::new();
    for child in element.elements() {
        match child.name() {
            "Body" => body.push_str(&child.text()),
            "Media" => media.push(child.text().trim().to_owned()),
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

fn number<T: std::str::FromStr>(element: &Element<'_>, name: &str) -> Option<T> {
    element.attribute(name)?.trim().parse().ok()
}

fn flag(element: &Element<'_>, name: &str, default: bool) -> bool {
    match element.attribute(name).map(str::trim) {
        Some("true") => true,
        Some("false") => false,
        _ => default,
    }
}

/// The `method` attribute; POST unless it says GET.
fn method(element: &Element<'_>, name: &str) -> Method {
    match element.attribute(name) {
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
