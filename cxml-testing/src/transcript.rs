//! The record of a simulated conversation: every request and verb event in order, readable for
//! snapshot tests, with assertions whose failures print it.

use std::fmt;

use cxml_runtime::schema::url::UriRef;

use crate::event::{Ending, Event, Request, Step};

/// Parameters every request of a channel carries; the transcript leaves them out so each line
/// shows what is particular to it.
const STANDARD_PARAMS: &[&str] = &[
    "AccountSid",
    "ApiVersion",
    "CallSid",
    "CallStatus",
    "Direction",
    "From",
    "To",
    "ParentCallSid",
    "MessageSid",
    "FaxSid",
];

/// Everything that happened, in order. `Display` prints one line per event:
///
/// ```text
///   0.0s  POST /voice (initial) -> 200
///   0.0s  say "Welcome. Press 1 for sales, or 2 for support."
///   1.0s  gather 1
///   1.0s  POST /menu (gather-action) Digits=1 -> 200
/// ```
///
/// When it holds several calls, each line starts with the call's number (`#1`, `#2`) in order of
/// appearance.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Transcript {
    steps: Vec<Step>,
}

impl Transcript {
    pub(crate) fn new(steps: Vec<Step>) -> Self {
        Transcript { steps }
    }

    /// Every step, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Whether nothing happened.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Every event, in order.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.steps.iter().map(|step| &step.event)
    }

    /// Every request made, in order.
    pub fn requests(&self) -> impl Iterator<Item = &Request> {
        self.events().filter_map(|event| match event {
            Event::Request(request) => Some(request),
            _ => None,
        })
    }

    /// The requests to a path (`/menu`), in order; the path is compared without the query.
    pub fn requests_to(&self, path: &str) -> impl Iterator<Item = &Request> + '_ {
        let path = path.to_owned();
        self.requests()
            .filter(move |request| path_of(&request.url) == path)
    }

    /// The words of every `<Say>`, in order.
    pub fn said(&self) -> Vec<&str> {
        self.events()
            .filter_map(|event| match event {
                Event::Said { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Every message sent to the other side, in order: `<Message>` replies with their body and
    /// media, and `<Sms>` sent during a call (without media).
    pub fn messages(&self) -> Vec<Reply<'_>> {
        self.events()
            .filter_map(|event| match event {
                Event::MessageSent {
                    body,
                    media,
                    to,
                    from,
                } => Some(Reply {
                    body,
                    media,
                    to,
                    from,
                }),
                Event::SmsSent { body, to, from } => Some(Reply {
                    body,
                    media: &[],
                    to,
                    from,
                }),
                _ => None,
            })
            .collect()
    }

    /// The media streams that ended, in order: frames each way, marks, clears, and the bot's
    /// audio ([`StreamReport`](crate::StreamReport)).
    pub fn streams(&self) -> Vec<&crate::stream::StreamReport> {
        self.events()
            .filter_map(|event| match event {
                Event::StreamEnded(report) => Some(report),
                _ => None,
            })
            .collect()
    }

    /// The callbacks that failed (answered other than 2xx, or not at all), in order: the
    /// platform goes on without them, but an application that misses them probably has a bug.
    pub fn failed_callbacks(&self) -> impl Iterator<Item = &Event> {
        self.events()
            .filter(|event| matches!(event, Event::Callback { .. }))
    }

    /// How the conversation ended, if it has: the first call's ending (a transcript of a call
    /// also holds the legs it dialled, which end on their own).
    pub fn ending(&self) -> Option<&Ending> {
        let first = &self.steps.first()?.call;
        self.steps
            .iter()
            .filter(|step| step.call == *first)
            .find_map(|step| match &step.event {
                Event::End { reason } => Some(reason),
                _ => None,
            })
    }

    /// The steps of one call.
    pub fn for_call(&self, call: &str) -> Transcript {
        Transcript::new(
            self.steps
                .iter()
                .filter(|step| step.call == call)
                .cloned()
                .collect(),
        )
    }

    /// Panics, printing the transcript, unless some `<Say>` contains `text`.
    #[track_caller]
    pub fn assert_said(&self, text: &str) {
        if !self.said().iter().any(|said| said.contains(text)) {
            panic!("expected a <Say> containing {text:?}; transcript:\n{self}");
        }
    }

    /// Panics, printing the transcript, unless a request went to `path` (`/menu`).
    #[track_caller]
    pub fn assert_requested(&self, path: &str) {
        if self.requests_to(path).next().is_none() {
            panic!("expected a request to {path}; transcript:\n{self}");
        }
    }

    /// Panics, printing the transcript, unless the conversation ended as `expected`.
    #[track_caller]
    pub fn assert_ended(&self, expected: Ending) {
        if self.ending() != Some(&expected) {
            panic!(
                "expected the conversation to end with {}, it {}; transcript:\n{self}",
                expected.as_str(),
                match self.ending() {
                    Some(ending) => format!("ended with {}", ending.as_str()),
                    None => "has not ended".to_owned(),
                }
            );
        }
    }

    /// Panics, printing the transcript, if a callback failed: the platform goes on without it
    /// (callbacks are advisory), but a test usually wants to know.
    #[track_caller]
    pub fn assert_callbacks_succeeded(&self) {
        if self.failed_callbacks().next().is_some() {
            panic!("expected every callback to succeed; transcript:\n{self}");
        }
    }

    /// Panics, printing the transcript, unless `predicate` holds for some event; `what` says
    /// what was expected.
    #[track_caller]
    pub fn assert_event(&self, what: &str, predicate: impl Fn(&Event) -> bool) {
        if !self.events().any(predicate) {
            panic!("expected {what}; transcript:\n{self}");
        }
    }
}

/// A message sent during a conversation, as [`Transcript::messages`] lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reply<'a> {
    /// The text.
    pub body: &'a str,
    /// The media URLs (`<Media>`), none for an SMS.
    pub media: &'a [String],
    /// The recipient.
    pub to: &'a str,
    /// The sender.
    pub from: &'a str,
}

/// A transcript of some steps (a part of another, steps read back).
impl From<Vec<Step>> for Transcript {
    fn from(steps: Vec<Step>) -> Self {
        Transcript::new(steps)
    }
}

/// The path of an absolute URL, without query.
fn path_of(url: &str) -> &str {
    or_root(UriRef::parse(url).path())
}

/// The path, query and fragment of an absolute URL.
fn path_and_query(url: &str) -> &str {
    or_root(UriRef::parse(url).after_authority())
}

fn or_root(path: &str) -> &str {
    if path.is_empty() { "/" } else { path }
}

impl fmt::Display for Transcript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut calls: Vec<&str> = Vec::new();
        for step in &self.steps {
            if !calls.contains(&step.call.as_str()) {
                calls.push(&step.call);
            }
        }
        for step in &self.steps {
            write!(f, "{:>6.1}s  ", step.at.as_secs_f64())?;
            if calls.len() > 1 {
                let number = calls
                    .iter()
                    .position(|call| *call == step.call)
                    .unwrap_or(0)
                    + 1;
                write!(f, "#{number}  ")?;
            }
            write_event(f, &step.event, &calls)?;
            writeln!(f)?;
        }
        Ok(())
    }
}

fn write_event(f: &mut fmt::Formatter<'_>, event: &Event, calls: &[&str]) -> fmt::Result {
    match event {
        Event::Request(request) => {
            write!(
                f,
                "{} {} ({})",
                request.method,
                path_and_query(&request.url),
                request.purpose
            )?;
            for (name, value) in &request.params.0 {
                if !STANDARD_PARAMS.contains(&name.as_str()) {
                    write!(f, " {name}={value}")?;
                }
            }
            write!(f, " -> {}", request.status)
        }
        Event::Said {
            text,
            voice,
            language,
            loops,
        } => {
            write!(f, "say {text:?}")?;
            if let Some(voice) = voice {
                write!(f, " voice={voice}")?;
            }
            if let Some(language) = language {
                write!(f, " language={language}")?;
            }
            write_loops(f, *loops)
        }
        Event::Played { url, digits, loops } => {
            f.write_str("play")?;
            if let Some(url) = url {
                write!(f, " {url}")?;
            }
            if let Some(digits) = digits {
                write!(f, " digits={digits}")?;
            }
            write_loops(f, *loops)
        }
        Event::Paused { seconds } => write!(f, "pause {seconds}s"),
        Event::Gathered {
            input,
            result,
            action,
            unheard,
        } => {
            write!(f, "gather {}", input.as_deref().unwrap_or("timeout"))?;
            if let Some(why) = unheard {
                write!(f, " (not heard: {why})")?;
            }
            match (result, action) {
                (None, false) => f.write_str(" (no input: falls through)"),
                (None, true) => f.write_str(" (no input: action)"),
                _ => Ok(()),
            }
        }
        Event::Dialed { to, status } => write!(f, "dial {} -> {status}", to.join(", ")),
        Event::Recorded { seconds, url } => write!(f, "record {seconds}s {url}"),
        Event::Referred { to, status } => write!(f, "refer {to} -> {status}"),
        Event::SmsSent { body, to, from } => write!(f, "sms {from} -> {to} {body:?}"),
        Event::MessageSent {
            body,
            media,
            to,
            from,
        } => {
            write!(f, "message {from} -> {to} {body:?}")?;
            for url in media {
                write!(f, " media={url}")?;
            }
            Ok(())
        }
        Event::Redirected { url } => write!(f, "redirect {}", path_and_query(url)),
        Event::Enqueued { queue, position } => {
            write!(f, "enqueue {queue} (position {position})")
        }
        Event::Dequeued { queue, result } => write!(f, "dequeue {queue}: {result}"),
        Event::Bridged { with } => match calls.iter().position(|call| call == with) {
            Some(index) => write!(f, "bridge with #{}", index + 1),
            None => write!(f, "bridge with {with}"),
        },
        Event::JoinedConference { conference, muted } => {
            write!(f, "join conference {conference}")?;
            if *muted {
                f.write_str(" (muted)")?;
            }
            Ok(())
        }
        Event::ConferenceStarted { conference } => write!(f, "conference {conference} starts"),
        Event::LeftConference { conference } => write!(f, "leave conference {conference}"),
        Event::ConferenceEnded { conference } => write!(f, "conference {conference} ends"),
        Event::Paid { result } => write!(f, "pay -> {result}"),
        Event::Connected { kind, target } => write!(f, "connect {kind} {target}"),
        Event::Streamed { action, name } => write!(f, "stream {name} {action}"),
        Event::StreamEnded(report) => {
            write!(
                f,
                "stream {} ended ({}): {} frames sent, {} received, {} ms heard",
                report.name,
                report.ended_by.as_str(),
                report.frames_sent,
                report.frames_received,
                report.heard.duration().as_millis()
            )?;
            if !report.marks.is_empty() {
                write!(f, ", marks {}", report.marks.join(", "))?;
            }
            if report.cleared > 0 {
                write!(f, ", cleared {}", report.cleared)?;
            }
            if !report.dtmf.is_empty() {
                write!(f, ", keys {}", report.dtmf)?;
            }
            if let Some(error) = &report.error {
                write!(f, ": {error}")?;
            }
            Ok(())
        }
        Event::Denoised { on } => write!(f, "denoise {}", if *on { "on" } else { "off" }),
        Event::Echoed { seconds } => write!(f, "echo {seconds}s"),
        Event::Received { pages } => write!(f, "receive fax ({pages} pages)"),
        Event::HungUp => f.write_str("hangup"),
        Event::Rejected { reason } => write!(f, "reject {reason}"),
        Event::Unsupported { verb } => write!(f, "skip <{verb}> (not simulated)"),
        Event::NotSimulated { what } => write!(f, "not simulated: {what} (no request is made)"),
        Event::Callback {
            purpose,
            url,
            status,
            error,
        } => {
            write!(f, "callback {} ({purpose}) failed: ", path_and_query(url))?;
            match (status, error) {
                (Some(status), _) => write!(f, "HTTP {status}")?,
                (None, Some(error)) => f.write_str(error)?,
                (None, None) => f.write_str("no answer")?,
            }
            f.write_str("; the call goes on")
        }
        Event::Updated { change } => write!(f, "update: {change}"),
        Event::Error { message } => write!(f, "error: {message}"),
        Event::End { reason } => write!(f, "end: {}", reason.as_str()),
    }
}

fn write_loops(f: &mut fmt::Formatter<'_>, loops: u32) -> fmt::Result {
    match loops {
        1 => Ok(()),
        0 => f.write_str(" (loops until the call ends)"),
        n => write!(f, " x{n}"),
    }
}
