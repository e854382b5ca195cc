//! Why a simulated conversation stopped before it ended normally.

use std::fmt;
use std::time::Duration;

use crate::transcript::Transcript;

/// What went wrong, without where.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The application answered with a status other than 2xx.
    Status {
        /// The status code.
        status: u16,
        /// The start of the answer's body.
        body: String,
    },
    /// The answer is not a valid cXML document: each problem as `line:column: message`.
    Invalid {
        /// The reader's problems.
        problems: Vec<String>,
    },
    /// The document is for another channel than the request (a `<Message>` answering a call).
    WrongChannel {
        /// The channel of the request.
        expected: &'static str,
        /// The verb that does not belong to it.
        verb: String,
    },
    /// A wait document (`<Enqueue waitUrl>`, `<Conference waitUrl>`) used a verb it may not.
    NotAllowedInWait {
        /// The verb the wait document used.
        verb: String,
        /// The verbs such a document may use.
        allowed: &'static [&'static str],
    },
    /// A URL in a document could not be resolved, or points outside the application.
    Url(String),
    /// The request could not be delivered, or its answer not read.
    Transport(String),
    /// No answer within the limit.
    Timeout {
        /// The limit that ran out.
        after: Duration,
    },
    /// The answer's body is larger than the reader's input limit.
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The call made more requests than allowed: the application keeps sending it around.
    RequestLimit {
        /// The bound.
        limit: usize,
        /// The document URLs that repeat at the end of the call, in order (empty when no cycle
        /// was found).
        cycle: Vec<String>,
    },
    /// The script does not fit what the document does (digits for a speech-only `Gather`, an
    /// unknown call).
    Script(String),
    /// A media stream failed: the app could not be reached, sent a malformed message, flooded
    /// the stream, or kept it going past its limits (see `StreamSettings`).
    Stream {
        /// The stream's URL.
        url: String,
        /// What went wrong.
        problem: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Status { status, body } => {
                write!(f, "answered HTTP {status}, not 2xx")?;
                if !body.is_empty() {
                    write!(f, ": {body}")?;
                }
                Ok(())
            }
            ErrorKind::Invalid { problems } => {
                f.write_str("the answer is not a valid cXML document:")?;
                for problem in problems {
                    write!(f, "\n    {problem}")?;
                }
                Ok(())
            }
            ErrorKind::WrongChannel { expected, verb } => write!(
                f,
                "the answer to a {expected} request uses `<{verb}>`, which is not a {expected} verb"
            ),
            ErrorKind::NotAllowedInWait { verb, allowed } => write!(
                f,
                "a wait document may use only {}; it uses `<{verb}>`",
                allowed
                    .iter()
                    .map(|name| format!("<{name}>"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ErrorKind::Url(message)
            | ErrorKind::Transport(message)
            | ErrorKind::Script(message) => f.write_str(message),
            ErrorKind::Stream { url, problem } => write!(f, "media stream {url}: {problem}"),
            ErrorKind::Timeout { after } => {
                write!(f, "no answer within {} ms", after.as_millis())
            }
            ErrorKind::BodyTooLarge { limit } => {
                write!(
                    f,
                    "the answer's body is larger than {limit} bytes (the reader's input limit)"
                )
            }
            ErrorKind::RequestLimit { limit, cycle } => {
                write!(f, "stopped after {limit} requests on one call")?;
                if !cycle.is_empty() {
                    write!(f, "; it keeps going round {}", cycle.join(" -> "))?;
                    write!(f, " -> {}", cycle[0])?;
                }
                Ok(())
            }
        }
    }
}

/// A conversation that did not end normally: which call, which request, which problem, and the
/// transcript up to there.
///
/// `Display` shows all of it, and so does `Debug`, so `result.unwrap()` in a test prints what
/// happened.
#[derive(Clone)]
pub struct Error {
    /// The `CallSid` (or `MessageSid`, `FaxSid`) of the conversation.
    pub call: String,
    /// `METHOD URL` of the request at fault, if a request was.
    pub request: Option<String>,
    /// The problem.
    pub kind: ErrorKind,
    /// Everything that happened on the platform until the error.
    pub transcript: Transcript,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "call {}", self.call)?;
        if let Some(request) = &self.request {
            write!(f, ", {request}")?;
        }
        write!(f, ": {}", self.kind)?;
        if !self.transcript.is_empty() {
            write!(f, "\ntranscript:\n{}", self.transcript)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {}
