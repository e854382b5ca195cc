//! What can go wrong talking to the API.

use std::fmt;
use std::time::Duration;

use http::StatusCode;
use serde::{Deserialize, Serialize};

/// The error type of a boxed transport.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// How much of a body an error keeps.
pub(crate) const EXCERPT_LIMIT: usize = 512;

/// Everything a request can fail with. Nothing here ever holds the API token: bodies quoted in
/// errors have it (and the `Authorization` value) blanked out.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// SignalWire answered with an error status (after any retries).
    Api(Box<ApiError>),
    /// A success status whose body is not what the resource reads (not JSON, or not its
    /// shape), or a page link that leaves the space.
    Decode(DecodeError),
    /// No answer in time.
    Timeout(TimeoutError),
    /// The request did not get through: connection refused or reset, TLS, DNS.
    Transport(TransportError),
    /// Credentials or the space URL are missing or unusable.
    Config(ConfigError),
    /// A document given inline cannot be sent (run-time data broke it, or wrong channel).
    Document(DocumentError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Config(e) => e.fmt(f),
            Error::Document(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(e) => Some(&**e),
            Error::Decode(e) => Some(e),
            Error::Timeout(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Config(e) => Some(e),
            Error::Document(e) => Some(e),
        }
    }
}

impl Error {
    /// The HTTP status SignalWire answered with, if it answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => e.status,
            _ => None,
        }
    }

    /// Whether the request may not have reached SignalWire or its answer was lost: a timeout or
    /// a transport error. A POST that fails so may or may not have taken effect.
    pub fn is_outcome_unknown(&self) -> bool {
        matches!(self, Error::Timeout(_) | Error::Transport(_))
    }
}

/// An error status from SignalWire, with what its body says.
///
/// SignalWire writes errors in three shapes, all read here: `{"code", "message", "more_info",
/// "status"}`; `{"errors": [{"code", "message", "more_info"}]}`; `{"errors": ["text"]}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// SignalWire's error code (the first one, when it sent a list).
    pub code: Option<u32>,
    /// SignalWire's message (the first one, when it sent a list).
    pub message: Option<String>,
    /// A link to the error's documentation.
    pub more_info: Option<String>,
    /// Every error of an `errors` list, the first one included.
    pub errors: Vec<ApiErrorItem>,
    /// The body, when it is not JSON: its first 512 bytes.
    pub body_excerpt: Option<String>,
    /// The delay `Retry-After` asked for, on a 429 or 5xx that was not retried (or no more).
    pub retry_after: Option<Duration>,
}

/// One error of an `errors` list.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApiErrorItem {
    /// The error code.
    pub code: Option<u32>,
    /// What went wrong.
    pub message: Option<String>,
    /// A link to the error's documentation.
    pub more_info: Option<String>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SignalWire answered {}", self.status)?;
        if let Some(code) = self.code {
            write!(f, ", error {code}")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        if self.errors.len() > 1 {
            write!(f, " (and {} more errors)", self.errors.len() - 1)?;
        }
        if let Some(more_info) = &self.more_info {
            write!(f, " (see {more_info})")?;
        }
        if let Some(excerpt) = &self.body_excerpt {
            write!(f, "; body: {excerpt:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// SignalWire's usual error body, `{"code", "message", "more_info", "status"}`: for a server
/// that emulates the API (the client reads every shape into [`ApiError`]).
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::ErrorBody;
///
/// let body = ErrorBody::new(404, 20404, "The requested resource was not found");
/// assert_eq!(
///     serde_json::to_value(&body).unwrap()["more_info"],
///     "https://signalwire.com/docs/compatibility-api/reference/errors"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorBody {
    /// SignalWire's error code.
    pub code: u32,
    /// What went wrong.
    pub message: String,
    /// A link to the error's documentation.
    pub more_info: String,
    /// The HTTP status.
    pub status: u16,
}

impl ErrorBody {
    /// An error body, linking to SignalWire's error reference.
    pub fn new(status: u16, code: u32, message: impl Into<String>) -> Self {
        ErrorBody {
            code,
            message: message.into(),
            more_info: "https://signalwire.com/docs/compatibility-api/reference/errors".to_owned(),
            status,
        }
    }
}

/// The error bodies SignalWire writes, read leniently.
#[derive(Deserialize)]
struct RawError {
    #[serde(default, deserialize_with = "crate::de::flex_opt")]
    code: Option<u32>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    more_info: Option<String>,
    #[serde(default)]
    errors: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawItem {
    Text(String),
    Item {
        #[serde(default, deserialize_with = "crate::de::flex_opt")]
        code: Option<u32>,
        #[serde(default)]
        message: Option<String>,
        #[serde(default)]
        more_info: Option<String>,
    },
}

impl ApiError {
    /// Reads an error body; `redact` blanks secrets out of an excerpt.
    pub(crate) fn from_body(
        status: StatusCode,
        body: &[u8],
        retry_after: Option<Duration>,
        redact: impl Fn(String) -> String,
    ) -> Self {
        let mut error = ApiError {
            status,
            code: None,
            message: None,
            more_info: None,
            errors: Vec::new(),
            body_excerpt: None,
            retry_after,
        };
        match serde_json::from_slice::<RawError>(body) {
            Ok(raw) => {
                error.errors = raw
                    .errors
                    .into_iter()
                    .map(|item| match item {
                        RawItem::Text(text) => ApiErrorItem {
                            message: Some(text),
                            ..ApiErrorItem::default()
                        },
                        RawItem::Item {
                            code,
                            message,
                            more_info,
                        } => ApiErrorItem {
                            code,
                            message,
                            more_info,
                        },
                    })
                    .collect();
                let first = error.errors.first();
                error.code = raw.code.or_else(|| first.and_then(|e| e.code));
                error.message = raw
                    .message
                    .or_else(|| first.and_then(|e| e.message.clone()));
                error.more_info = raw
                    .more_info
                    .or_else(|| first.and_then(|e| e.more_info.clone()));
            }
            Err(_) if body.is_empty() => {}
            Err(_) => error.body_excerpt = Some(redact(excerpt(body))),
        }
        error
    }
}

/// The first [`EXCERPT_LIMIT`] bytes of a body as text, cut at a character boundary.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(EXCERPT_LIMIT)]);
    let mut text = text.into_owned();
    if body.len() > EXCERPT_LIMIT {
        text.push('…');
    }
    text
}

/// A body that is not what was expected.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    /// The status it came with (`None` for a bad page link).
    pub status: Option<StatusCode>,
    /// What was wrong.
    pub reason: String,
    /// The body's first 512 bytes (secrets blanked out).
    pub body_excerpt: Option<String>,
    /// The JSON error, if the body did not parse.
    pub source: Option<serde_json::Error>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)?;
        if let Some(status) = self.status {
            write!(f, " (status {status})")?;
        }
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        if let Some(excerpt) = &self.body_excerpt {
            write!(f, "; body: {excerpt:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Which wait ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// The whole request ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
    Request,
    /// Waiting for the answer's head or its next piece of body
    /// ([`ClientBuilder::read_timeout`](crate::ClientBuilder::read_timeout)).
    Read,
    /// Opening the connection ([`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout)).
    Connect,
}

/// No answer in time.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimeoutError {
    /// Which wait ran out.
    pub kind: TimeoutKind,
    /// How long it was.
    pub after: Duration,
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TimeoutKind::Request => "the request",
            TimeoutKind::Read => "reading the answer",
            TimeoutKind::Connect => "connecting",
        };
        write!(f, "{what} timed out after {:?}", self.after)
    }
}

impl std::error::Error for TimeoutError {}

/// The request did not get through.
#[derive(Debug)]
pub struct TransportError {
    source: BoxError,
}

impl TransportError {
    pub(crate) fn new(source: impl Into<BoxError>) -> Self {
        TransportError {
            source: source.into(),
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error: {}", self.source)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// Credentials or the space URL are missing or unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// An environment variable [`Credentials::from_env`](crate::Credentials::from_env) reads is
    /// not set (or not Unicode).
    MissingEnv(&'static str),
    /// The project id is empty or not an id (letters, digits, `-` and `_`).
    InvalidProject,
    /// The API token is empty.
    EmptyToken,
    /// The space is not a host name or a URL this client can use.
    InvalidSpace {
        /// The space as given.
        space: String,
        /// Why.
        reason: &'static str,
    },
    /// A plain `http://` URL to a host that is not loopback: the token would cross the network
    /// in the clear.
    InsecureUrl {
        /// The URL as given.
        url: String,
    },
    /// The TLS setup failed.
    Tls(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingEnv(name) if *name == crate::credentials::ENV_SPACE_URL => write!(
                f,
                "environment variable {name} (or {}) is not set",
                crate::credentials::ENV_SPACE
            ),
            ConfigError::MissingEnv(name) => write!(f, "environment variable {name} is not set"),
            ConfigError::InvalidProject => f.write_str("the project id is empty or not an id"),
            ConfigError::EmptyToken => f.write_str("the API token is empty"),
            ConfigError::InvalidSpace { space, reason } => {
                write!(f, "the space {space:?} is not usable: {reason}")
            }
            ConfigError::InsecureUrl { url } => write!(
                f,
                "refusing plain http to {url:?}: only https, or http to a loopback address"
            ),
            ConfigError::Tls(reason) => write!(f, "TLS setup failed: {reason}"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// A document given inline that cannot be sent.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DocumentError {
    /// Run-time data broke a rule (see [`Rendered::error`](cxml_runtime::Rendered::error)).
    Render(cxml_runtime::RenderError),
    /// A call runs a voice document; this one is of another channel.
    WrongChannel {
        /// The channel needed.
        expected: cxml_runtime::Channel,
        /// The document's.
        found: cxml_runtime::Channel,
    },
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentError::Render(e) => write!(f, "the document breaks a rule: {e}"),
            DocumentError::WrongChannel { expected, found } => write!(
                f,
                "a {expected:?} document is needed, this one is {found:?}"
            ),
        }
    }
}

impl std::error::Error for DocumentError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DocumentError::Render(e) => Some(e),
            DocumentError::WrongChannel { .. } => None,
        }
    }
}

impl From<DocumentError> for Error {
    fn from(e: DocumentError) -> Self {
        Error::Document(e)
    }
}

impl From<ConfigError> for Error {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}
