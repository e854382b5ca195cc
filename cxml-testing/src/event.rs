//! What happens on a simulated call: scripted caller input, the requests the platform makes and
//! the verbs it executes, each stamped with the virtual clock.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// One thing the caller does when a `<Gather>` listens: press keys, speak, or stay silent.
///
/// The command line spelling is accepted by [`FromStr`] and written by `Display`: digits as they
/// are (`1`, `1234#`), `speech:TEXT`, or `timeout`.
///
/// ```
/// # mod cxml { pub mod testing { pub use ::cxml_testing::*; } pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::testing::Input;
///
/// assert_eq!("1234#".parse::<Input>(), Ok(Input::digits("1234#")));
/// assert_eq!("speech:sales please".parse::<Input>(), Ok(Input::speech("sales please")));
/// assert_eq!("timeout".parse::<Input>(), Ok(Input::Timeout));
/// assert!("12x".parse::<Input>().is_err());
/// assert_eq!(Input::speech("hi").to_string(), "speech:hi");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Input {
    /// Keys pressed, in order (`0-9`, `*`, `#`); a `finishOnKey` key ends the input.
    Digits(String),
    /// Words spoken, with the recognizer's confidence (0.0 to 1.0) sent as `Confidence`.
    Speech {
        /// The transcription sent as `SpeechResult`.
        text: String,
        /// Sent as `Confidence`.
        confidence: f64,
    },
    /// Nothing before the `Gather`'s `timeout`.
    Timeout,
}

impl Input {
    /// Keys pressed.
    pub fn digits(keys: impl Into<String>) -> Self {
        Input::Digits(keys.into())
    }

    /// Words spoken, recognized with confidence 0.9.
    pub fn speech(text: impl Into<String>) -> Self {
        Input::Speech {
            text: text.into(),
            confidence: 0.9,
        }
    }
}

/// Why a text is not an [`Input`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidInput(pub String);

impl fmt::Display for InvalidInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an input: write digits (`1`, `1234#`, keys 0-9 * #), `speech:TEXT` or `timeout`",
            self.0
        )
    }
}

impl std::error::Error for InvalidInput {}

impl FromStr for Input {
    type Err = InvalidInput;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text == "timeout" {
            return Ok(Input::Timeout);
        }
        if let Some(speech) = text.strip_prefix("speech:") {
            return Ok(Input::speech(speech));
        }
        if !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'*' || b == b'#')
        {
            return Ok(Input::digits(text));
        }
        Err(InvalidInput(text.to_owned()))
    }
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Input::Digits(keys) => f.write_str(keys),
            Input::Speech { text, .. } => write!(f, "speech:{text}"),
            Input::Timeout => f.write_str("timeout"),
        }
    }
}

/// Why the platform made a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Purpose {
    /// The number's voice, messaging or fax URL: the first document of the conversation.
    Initial,
    /// A `<Redirect>`.
    Redirected,
    /// The call was moved to a new document from outside it
    /// ([`Simulator::redirect`](crate::Simulator::redirect), a REST call update).
    Updated,
    /// The request to a `<Gather>`'s `action` URL, with the caller's input.
    GatherAction,
    /// The request to a `<Dial>`'s `action` URL, when the dialled call ended.
    DialAction,
    /// The request to a `<Record>`'s `action` URL, when the recording ended.
    RecordAction,
    /// `<Record transcribeCallback>`.
    Transcription,
    /// A `recordingStatusCallback`.
    RecordingStatus,
    /// The request to a `<Refer>`'s `action` URL, when the transfer ended.
    ReferAction,
    /// The request to a `<Enqueue>`'s `action` URL, when the caller left the queue.
    EnqueueAction,
    /// `<Enqueue waitUrl>`.
    EnqueueWait,
    /// `<Queue url>`, for the dequeued caller.
    QueueUrl,
    /// `<Number url>` / `<Sip url>`: the document run for the called party after it answers,
    /// before the bridge (a whisper or a screening).
    CalleeUrl,
    /// `<Conference waitUrl>`.
    ConferenceWait,
    /// `<Conference statusCallback>`.
    ConferenceStatus,
    /// `<Number statusCallback>` / `<Sip statusCallback>`.
    CallStatus,
    /// The request to a `<Pay>`'s `action` URL, with the payment's outcome.
    PayAction,
    /// `<Pay statusCallback>`.
    PayStatus,
    /// The request to a `<Connect>`'s `action` URL, when the connection ended.
    ConnectAction,
    /// The request to a `<Sms>`'s `action` URL, when the SMS was queued.
    SmsAction,
    /// `<Sms statusCallback>`.
    SmsStatus,
    /// `<Stream statusCallback>`.
    StreamStatus,
    /// The request to a `<Message>`'s `action` URL, when the message was queued.
    MessageAction,
    /// `<Message statusCallback>`.
    MessageStatus,
    /// The request to a `<Receive>`'s `action` URL, when the fax was received.
    ReceiveAction,
    /// A fax's `StatusCallback`, given when it was sent through the REST API.
    FaxStatus,
}

impl Purpose {
    /// Whether the answer must be a cXML document that the call continues with (otherwise any
    /// 2xx answer is fine and its body is ignored).
    pub fn expects_document(self) -> bool {
        !matches!(
            self,
            Purpose::Transcription
                | Purpose::RecordingStatus
                | Purpose::ConferenceStatus
                | Purpose::CallStatus
                | Purpose::PayStatus
                | Purpose::SmsStatus
                | Purpose::StreamStatus
                | Purpose::MessageStatus
                | Purpose::ReceiveAction
                | Purpose::FaxStatus
        )
    }

    /// The name, as in JSON output (`gather-action`).
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Initial => "initial",
            Purpose::Redirected => "redirect",
            Purpose::Updated => "update",
            Purpose::GatherAction => "gather-action",
            Purpose::DialAction => "dial-action",
            Purpose::RecordAction => "record-action",
            Purpose::Transcription => "transcription",
            Purpose::RecordingStatus => "recording-status",
            Purpose::ReferAction => "refer-action",
            Purpose::EnqueueAction => "enqueue-action",
            Purpose::EnqueueWait => "enqueue-wait",
            Purpose::QueueUrl => "queue-url",
            Purpose::CalleeUrl => "callee-url",
            Purpose::ConferenceWait => "conference-wait",
            Purpose::ConferenceStatus => "conference-status",
            Purpose::CallStatus => "call-status",
            Purpose::PayAction => "pay-action",
            Purpose::PayStatus => "pay-status",
            Purpose::ConnectAction => "connect-action",
            Purpose::SmsAction => "sms-action",
            Purpose::SmsStatus => "sms-status",
            Purpose::StreamStatus => "stream-status",
            Purpose::MessageAction => "message-action",
            Purpose::MessageStatus => "message-status",
            Purpose::ReceiveAction => "receive-action",
            Purpose::FaxStatus => "fax-status",
        }
    }
}

impl Serialize for Purpose {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for Ending {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl fmt::Display for Purpose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The decoded form parameters of a request, in the order sent. Serializes as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The parameters as `&str` pairs (what [`cxml::webhook::sign_form`](cxml_webhook::sign_form) takes).
    pub fn pairs(&self) -> Vec<(&str, &str)> {
        self.0
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str()))
            .collect()
    }

    /// The parameters form-encoded, as a POST body or a query string carries them.
    pub fn encode(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&self.0)
            .finish()
    }

    pub(crate) fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.push((name.into(), value.into()));
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// One request the platform made to the application, and the status it got.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Request {
    /// Why it was made.
    pub purpose: Purpose,
    /// `GET` or `POST`.
    pub method: String,
    /// The URL requested, as the application's public URL (the signature covers it; for a GET
    /// also the parameters, which are added to its query and listed in `params`).
    pub url: String,
    /// The parameters sent (for a GET, those added to the query).
    pub params: Params,
    /// The answer's HTTP status.
    pub status: u16,
    /// The answer's body (a cXML document for document requests).
    #[serde(skip)]
    pub body: String,
}

impl Request {
    /// The parameters read into a type, such as one of [`cxml::webhook::params`](cxml_webhook::params): what a handler
    /// with that type would read.
    ///
    /// ```
    /// # mod cxml { pub mod testing { pub use ::cxml_testing::*; } pub mod webhook { pub use ::cxml_webhook::*; } }
    /// # use cxml::testing::{Params, Purpose, Request};
    /// use cxml::webhook::params::GatherAction;
    /// # let request = Request { purpose: Purpose::GatherAction, method: "POST".into(),
    /// #     url: "https://h/menu".into(), status: 200, body: String::new(),
    /// #     params: Params(vec![("AccountSid".into(), "A".into()), ("CallSid".into(), "C".into()),
    /// #         ("Digits".into(), "1".into())]) };
    /// let gather: GatherAction = request.params()?;
    /// assert_eq!(gather.digits.as_deref(), Some("1"));
    /// # Ok::<(), cxml::webhook::ParamsError>(())
    /// ```
    pub fn params<T: serde::de::DeserializeOwned>(&self) -> Result<T, cxml_webhook::ParamsError> {
        cxml_webhook::from_form_str(&self.params.encode())
    }
}

/// How a conversation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Ending {
    /// A `<Hangup>`.
    HungUp,
    /// A `<Reject>` (voice or fax).
    Rejected,
    /// The document ran out of verbs.
    EndOfDocument,
    /// The test hung the call up ([`Simulator::hang_up`](crate::Simulator::hang_up)).
    CallerHungUp,
    /// The call's other side ended it (a conference ended, a bridged caller hung up).
    Completed,
    /// A placed call nobody answered: the phone was busy, did not answer, or the call failed
    /// (its `CallStatus` says which).
    Unanswered,
    /// A REST update ended it (`Status=completed`, or `canceled` before it was answered).
    Updated,
}

impl Ending {
    /// The name, as in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Ending::HungUp => "hangup",
            Ending::Rejected => "reject",
            Ending::EndOfDocument => "end-of-document",
            Ending::CallerHungUp => "caller-hung-up",
            Ending::Completed => "completed",
            Ending::Unanswered => "unanswered",
            Ending::Updated => "update",
        }
    }
}

/// One thing that happened on a call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Event {
    /// A request to the application.
    Request(Request),
    /// `<Say>`: the text spoken, SSML read as plain text.
    #[serde(rename = "say")]
    Said {
        /// The words.
        text: String,
        /// `voice`, if set.
        #[serde(skip_serializing_if = "Option::is_none")]
        voice: Option<String>,
        /// `language`, if set.
        #[serde(skip_serializing_if = "Option::is_none")]
        language: Option<String>,
        /// `loop` (0: until the call ends).
        loops: u32,
    },
    /// `<Play>`: an audio URL or DTMF digits.
    #[serde(rename = "play")]
    Played {
        /// The audio URL (none when only `digits` are played).
        url: Option<String>,
        /// `digits`, if set.
        #[serde(skip_serializing_if = "Option::is_none")]
        digits: Option<String>,
        /// `loop` (0: until the call ends).
        loops: u32,
    },
    /// `<Pause>`.
    #[serde(rename = "pause")]
    Paused {
        /// Seconds of silence.
        seconds: u32,
    },
    /// `<Gather>` took the caller's input.
    #[serde(rename = "gather")]
    Gathered {
        /// The input in command line spelling; `None` on a timeout.
        input: Option<String>,
        /// What was sent: `Digits` or `SpeechResult` (none when nothing usable arrived).
        result: Option<String>,
        /// Whether the `action` was requested.
        action: bool,
        /// Why the input was not heard: keys pressed at a `Gather` that listens for speech only,
        /// or words spoken at one that listens for keys only (on a real call they are simply not
        /// heard, so the `Gather` ends as on a timeout).
        #[serde(skip_serializing_if = "Option::is_none")]
        unheard: Option<String>,
    },
    /// `<Dial>` with its scripted outcome.
    #[serde(rename = "dial")]
    Dialed {
        /// Every target: numbers, SIP URIs, `queue:NAME`, `conference:NAME`.
        to: Vec<String>,
        /// `DialCallStatus`.
        status: String,
    },
    /// `<Record>`.
    #[serde(rename = "record")]
    Recorded {
        /// `RecordingDuration`.
        seconds: u32,
        /// `RecordingUrl`.
        url: String,
    },
    /// `<Refer>` with its scripted outcome.
    #[serde(rename = "refer")]
    Referred {
        /// The SIP URI transferred to.
        to: String,
        /// `ReferCallStatus`.
        status: String,
    },
    /// `<Sms>` sent during a call.
    #[serde(rename = "sms")]
    SmsSent {
        /// The text.
        body: String,
        /// The recipient.
        to: String,
        /// The sender.
        from: String,
    },
    /// `<Message>` sent in reply to a message.
    #[serde(rename = "message")]
    MessageSent {
        /// The text (`<Body>`s joined).
        body: String,
        /// `<Media>` URLs.
        media: Vec<String>,
        /// The recipient.
        to: String,
        /// The sender.
        from: String,
    },
    /// `<Redirect>`.
    #[serde(rename = "redirect")]
    Redirected {
        /// The resolved URL.
        url: String,
    },
    /// `<Enqueue>`: the call waits in a queue.
    #[serde(rename = "enqueue")]
    Enqueued {
        /// The queue's name.
        queue: String,
        /// Position on entering, from 1.
        position: usize,
    },
    /// The call left its queue (`<Leave>`, hang-up, or bridged).
    #[serde(rename = "dequeue")]
    Dequeued {
        /// The queue's name.
        queue: String,
        /// `QueueResult`.
        result: String,
    },
    /// Two calls were connected.
    #[serde(rename = "bridge")]
    Bridged {
        /// The other call's `CallSid`.
        with: String,
    },
    /// The call joined a conference.
    #[serde(rename = "conference-join")]
    JoinedConference {
        /// The room.
        conference: String,
        /// Joined muted.
        muted: bool,
    },
    /// The conference started (two participants, one of them with `startConferenceOnEnter`).
    #[serde(rename = "conference-start")]
    ConferenceStarted {
        /// The room.
        conference: String,
    },
    /// The call left a conference.
    #[serde(rename = "conference-leave")]
    LeftConference {
        /// The room.
        conference: String,
    },
    /// The conference ended for everyone.
    #[serde(rename = "conference-end")]
    ConferenceEnded {
        /// The room.
        conference: String,
    },
    /// `<Pay>` with its scripted outcome.
    #[serde(rename = "pay")]
    Paid {
        /// The outcome posted as `Result` (`success`, `payment-connector-error`, …).
        result: String,
    },
    /// `<Connect>`.
    #[serde(rename = "connect")]
    Connected {
        /// `room`, `stream`, `virtual-agent` or `ai`.
        kind: String,
        /// The room name, stream URL or agent.
        target: String,
    },
    /// `<Start><Stream>` or `<Stop><Stream>`.
    #[serde(rename = "stream")]
    Streamed {
        /// `started` or `stopped`.
        action: String,
        /// The stream's name.
        name: String,
    },
    /// A media stream (`<Connect><Stream>`, `<Start><Stream>`) ended: what went each way.
    #[serde(rename = "stream")]
    StreamEnded(crate::stream::StreamReport),
    /// `<Denoise>`.
    #[serde(rename = "denoise")]
    Denoised {
        /// On or off.
        on: bool,
    },
    /// `<Echo>`.
    #[serde(rename = "echo")]
    Echoed {
        /// Seconds echoed.
        seconds: u32,
    },
    /// `<Receive>`: a fax came in.
    #[serde(rename = "receive")]
    Received {
        /// `NumPages`.
        pages: u32,
    },
    /// `<Hangup>`.
    #[serde(rename = "hangup")]
    HungUp,
    /// `<Reject>`.
    #[serde(rename = "reject")]
    Rejected {
        /// `busy` or `rejected` (`rejected` for fax).
        reason: String,
    },
    /// A verb the simulator does not execute; it was skipped.
    Unsupported {
        /// Its name.
        verb: String,
    },
    /// A document names a URL the simulator does not request (a `partialResultCallback`, a
    /// media stream's WebSocket, a conference's `eventCallbackUrl`…): reported, never silent.
    NotSimulated {
        /// The element and attribute, as `<Gather partialResultCallback>`.
        what: String,
    },
    /// A callback (status, recording, transcription, conference, message status…) failed: the
    /// application answered with a status other than 2xx, or could not be reached. On the
    /// platform callbacks are advisory, so the call goes on; the failure is recorded here.
    Callback {
        /// Why it was sent.
        purpose: Purpose,
        /// The URL requested.
        url: String,
        /// The HTTP status of the answer; `None` when there was no answer.
        status: Option<u16>,
        /// What went wrong when there was no answer (connection refused, timeout…).
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<String>,
    },
    /// The call was changed from outside its document (a REST update): a conference
    /// participant muted, held or removed.
    #[serde(rename = "update")]
    Updated {
        /// What changed, as `participant muted in room`.
        change: String,
    },
    /// The run stopped with an error.
    Error {
        /// What went wrong.
        message: String,
    },
    /// The conversation ended.
    End {
        /// How.
        reason: Ending,
    },
}

/// An event with the call it happened on and the virtual time it happened at.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Virtual time since the simulator started.
    pub at: Duration,
    /// The `CallSid` (or `MessageSid`, `FaxSid`) of the conversation.
    pub call: String,
    /// What happened.
    pub event: Event,
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Flat<'a> {
            time: f64,
            call: &'a str,
            #[serde(flatten)]
            event: &'a Event,
        }
        Flat {
            time: self.at.as_secs_f64(),
            call: &self.call,
            event: &self.event,
        }
        .serialize(serializer)
    }
}
