//! Why an integration refused a request, and the status it answers with.

use std::fmt;

use http::StatusCode;

#[cfg(feature = "params")]
use crate::ParamsError;

/// Why a request was refused, by `SignedForm` or by
/// `VerifySignatureLayer`. As a response it is plain text
/// (`text/plain; charset=utf-8`) with the status [`status`](Self::status) gives.
///
/// Needs one of the features `tower`, `axum` or `actix`.
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "axum", feature = "tower", feature = "actix")))
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// No [`WebhookConfig`](crate::WebhookConfig) was reachable (500): an actix-web app without
    /// one in its app data (axum and tower take theirs at build time).
    NotConfigured,
    /// Neither `X-SignalWire-Signature` nor an alias (`X-Twilio-Signature`,
    /// `X-SignalWire-SHA256-Signature`) was sent (403).
    MissingSignature,
    /// The signature does not match the request (403).
    InvalidSignature,
    /// A request with a body that is not `application/x-www-form-urlencoded`, where only a form
    /// will do (415).
    UnsupportedMediaType,
    /// A `GET` or `HEAD` request with a body (400): its signature covers the URL alone, so the
    /// body is not signed and is not handed on.
    UnsignedBody,
    /// A `Content-Type` that a form parser may take for a form although the check did not read
    /// it as one (anything that only starts with `application/x-www-form-urlencoded`), a
    /// `Content-Type` given twice, or a `Content-Encoding` (415): what was signed and what a
    /// handler would read could differ.
    AmbiguousContentType,
    /// A form body whose names or values are not UTF-8 once percent-decoded (400). SignalWire
    /// never sends one.
    MalformedForm,
    /// The body is larger than the limit, in bytes (413).
    TooLarge {
        /// The limit the body went over.
        limit: usize,
    },
    /// The body could not be read (the framework's status, e.g. 413 above its body limit).
    Body {
        /// The status to answer with.
        status: StatusCode,
        /// Why.
        message: String,
    },
    /// The parameters do not fit the requested type (400).
    #[cfg(feature = "params")]
    #[cfg_attr(docsrs, doc(cfg(feature = "params")))]
    InvalidParams(ParamsError),
}

impl WebhookRejection {
    /// The HTTP status this rejection answers with.
    ///
    /// ```
    /// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
    /// use cxml::webhook::WebhookRejection;
    ///
    /// assert_eq!(WebhookRejection::InvalidSignature.status(), 403);
    /// assert_eq!(WebhookRejection::TooLarge { limit: 1024 }.status(), 413);
    /// ```
    pub fn status(&self) -> StatusCode {
        match self {
            WebhookRejection::NotConfigured => StatusCode::INTERNAL_SERVER_ERROR,
            WebhookRejection::MissingSignature | WebhookRejection::InvalidSignature => {
                StatusCode::FORBIDDEN
            }
            WebhookRejection::UnsupportedMediaType | WebhookRejection::AmbiguousContentType => {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            }
            WebhookRejection::UnsignedBody | WebhookRejection::MalformedForm => {
                StatusCode::BAD_REQUEST
            }
            WebhookRejection::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            WebhookRejection::Body { status, .. } => *status,
            #[cfg(feature = "params")]
            WebhookRejection::InvalidParams(_) => StatusCode::BAD_REQUEST,
        }
    }

    /// The rejection as an `http` response: its status, plain text, with a `Content-Length`.
    #[cfg(any(feature = "axum", feature = "tower"))]
    pub(crate) fn into_http_response(self) -> http::Response<bytes::Bytes> {
        let status = self.status();
        let text = bytes::Bytes::from(self.to_string());
        let length = http::HeaderValue::from(text.len());
        let mut response = http::Response::new(text);
        *response.status_mut() = status;
        let headers = response.headers_mut();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static(PLAIN_TEXT),
        );
        headers.insert(http::header::CONTENT_LENGTH, length);
        response
    }
}

/// The content type of every rejection.
pub(crate) const PLAIN_TEXT: &str = "text/plain; charset=utf-8";

impl fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookRejection::NotConfigured => {
                f.write_str(
                "webhook verification is not configured: no WebhookConfig in the app data",
            )
            }
            WebhookRejection::MissingSignature => {
                f.write_str("missing X-SignalWire-Signature header")
            }
            WebhookRejection::InvalidSignature => f.write_str("invalid webhook signature"),
            WebhookRejection::UnsupportedMediaType => {
                f.write_str("expected an application/x-www-form-urlencoded body")
            }
            WebhookRejection::UnsignedBody => {
                f.write_str("a GET or HEAD request may not carry a body: the signature does not cover it")
            }
            WebhookRejection::AmbiguousContentType => f.write_str(
                "the Content-Type or Content-Encoding does not say plainly whether the body is a form",
            ),
            WebhookRejection::MalformedForm => {
                f.write_str("the form body is not UTF-8 once percent-decoded")
            }
            WebhookRejection::TooLarge { limit } => {
                write!(f, "the body is larger than the limit of {limit} bytes")
            }
            WebhookRejection::Body { message, .. } => write!(f, "cannot read the body: {message}"),
            #[cfg(feature = "params")]
            WebhookRejection::InvalidParams(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for WebhookRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            #[cfg(feature = "params")]
            WebhookRejection::InvalidParams(error) => Some(error),
            _ => None,
        }
    }
}
