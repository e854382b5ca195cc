//! The axum extractor: a verified, typed webhook request.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode, header};
use serde::de::DeserializeOwned;

use super::{ParamsError, form_pairs, from_form, verify_form};

/// The header SignalWire puts its signature in.
const SIGNALWIRE_SIGNATURE: &str = "x-signalwire-signature";
/// The Twilio name of the same header, accepted as an alias as SignalWire's SDKs do.
const TWILIO_SIGNATURE: &str = "x-twilio-signature";

/// What [`SignedForm`] needs to check a request: the project's Signing Key and the public base
/// URL SignalWire calls.
///
/// The URL a request is checked against is the public base URL followed by the path and query
/// the handler's router sees: with `public_base_url` `https://ivr.example.com` and a request for
/// `/menu?lang=en`, the signed URL is `https://ivr.example.com/menu?lang=en`. Behind a proxy or
/// tunnel the `Host` and scheme your server sees are not what SignalWire signed, so they are never
/// used. (Under [`Router::nest`](https://docs.rs/axum/latest/axum/struct.Router.html#method.nest),
/// the path is the one inside the nested router: put the prefix into the base URL.)
///
/// Reach it from the extractor in one of two ways:
///
/// - **State**: any router state `S` with `WebhookConfig: FromRef<S>`: `.with_state(config)`,
///   or a field of your state struct with `#[derive(FromRef)]` or a hand-written `FromRef`.
/// - **Extension**: `.layer(Extension(config))`. An extension wins over the state; on a router
///   without state (`Router<()>`) it is the only way, and without it every request is answered
///   500.
///
/// `Debug` does not show the key.
#[derive(Clone, Default)]
pub struct WebhookConfig {
    inner: Option<Arc<Inner>>,
}

struct Inner {
    signing_key: String,
    public_base_url: String,
}

impl WebhookConfig {
    /// A configuration with the project's Signing Key (`PSK_…`) and the public base URL SignalWire
    /// requests (scheme, host, optional port and path prefix; a trailing `/` is ignored).
    ///
    /// ```
    /// let config = cxml::webhook::WebhookConfig::new("PSK_example", "https://ivr.example.com/");
    /// assert_eq!(config.url_for("/menu?lang=en"), "https://ivr.example.com/menu?lang=en");
    /// ```
    pub fn new(signing_key: impl Into<String>, public_base_url: impl Into<String>) -> Self {
        let mut public_base_url = public_base_url.into();
        while public_base_url.ends_with('/') {
            public_base_url.pop();
        }
        WebhookConfig {
            inner: Some(Arc::new(Inner {
                signing_key: signing_key.into(),
                public_base_url,
            })),
        }
    }

    /// The Signing Key (empty when unconfigured).
    pub fn signing_key(&self) -> &str {
        self.inner.as_ref().map_or("", |inner| &inner.signing_key)
    }

    /// The public base URL, without a trailing `/` (empty when unconfigured).
    pub fn public_base_url(&self) -> &str {
        self.inner
            .as_ref()
            .map_or("", |inner| &inner.public_base_url)
    }

    /// The URL SignalWire signed for a request whose path and query are `path_and_query`.
    pub fn url_for(&self, path_and_query: &str) -> String {
        let base = self.public_base_url();
        if path_and_query.starts_with('/') {
            format!("{base}{path_and_query}")
        } else {
            format!("{base}/{path_and_query}")
        }
    }

    fn is_configured(&self) -> bool {
        self.inner.is_some()
    }
}

impl fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("signing_key", &"<redacted>")
            .field("public_base_url", &self.public_base_url())
            .field("configured", &self.is_configured())
            .finish()
    }
}

/// An unconfigured value, so that a stateless `Router<()>` can take the configuration from an
/// `Extension`. Without one, [`SignedForm`] answers 500.
impl FromRef<()> for WebhookConfig {
    fn from_ref(_: &()) -> Self {
        WebhookConfig::default()
    }
}

/// An axum extractor for a SignalWire webhook: checks the `X-SignalWire-Signature` header (or its
/// alias `X-Twilio-Signature`) against the [`WebhookConfig`], then reads the parameters into `T`
/// (e.g. a type from [`params`](super::params)).
///
/// - `POST` with an `application/x-www-form-urlencoded` body: the signature covers the public URL
///   (with any query string) and the body's parameters; `T` is read from the body.
/// - `GET`/`HEAD`: the signature covers the public URL with its query string; `T` is read from the
///   query string.
///
/// Rejections ([`WebhookRejection`]), answered as plain text: 403 when the signature is missing or
/// wrong, 415 for a `POST` body that is not a form, 400 (naming the parameter) when the
/// parameters do not fit `T`, the body extractor's status if the body cannot be read (e.g. 413
/// above axum's `DefaultBodyLimit`), and 500 when no configuration is reachable. The signature is
/// always checked before the parameters are read.
///
/// ```
/// use axum::{Router, routing::post};
/// use cxml::webhook::{SignedForm, WebhookConfig, params::GatherAction};
///
/// async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> String {
///     format!("call {} pressed {:?}", gather.call.call_sid, gather.digits)
/// }
///
/// let app: Router = Router::new()
///     .route("/menu", post(menu).get(menu))
///     .with_state(WebhookConfig::new("PSK_example", "https://ivr.example.com"));
/// # let _ = app;
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SignedForm<T>(pub T);

impl<T> SignedForm<T> {
    /// The parameters.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for SignedForm<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T, S> FromRequest<S> for SignedForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
    WebhookConfig: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let config = match request.extensions().get::<WebhookConfig>() {
            Some(config) if config.is_configured() => config.clone(),
            _ => WebhookConfig::from_ref(state),
        };
        if !config.is_configured() {
            return Err(WebhookRejection::NotConfigured);
        }
        let signatures = signatures(request.headers());
        if signatures.is_empty() {
            return Err(WebhookRejection::MissingSignature);
        }
        let path_and_query = request.uri().path_and_query().map_or("/", |pq| pq.as_str());
        let url = config.url_for(path_and_query);
        let key = config.signing_key();
        let verified = |pairs: &[(&str, &str)]| {
            signatures
                .iter()
                .any(|signature| verify_form(key, &url, pairs, signature))
        };

        if request.method() == Method::GET || request.method() == Method::HEAD {
            if !verified(&[]) {
                return Err(WebhookRejection::InvalidSignature);
            }
            let query = request.uri().query().unwrap_or("");
            return from_form(query.as_bytes())
                .map(SignedForm)
                .map_err(WebhookRejection::InvalidParams);
        }

        if !is_form(request.headers()) {
            return Err(WebhookRejection::UnsupportedMediaType);
        }
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| WebhookRejection::Body {
                status: rejection.status(),
                message: rejection.body_text(),
            })?;
        let owned = form_pairs(&body);
        let pairs: Vec<(&str, &str)> = owned
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if !verified(&pairs) {
            return Err(WebhookRejection::InvalidSignature);
        }
        from_form(&body)
            .map(SignedForm)
            .map_err(WebhookRejection::InvalidParams)
    }
}

/// The non-empty signature header values, SignalWire's name first.
fn signatures(headers: &HeaderMap) -> Vec<String> {
    [SIGNALWIRE_SIGNATURE, TWILIO_SIGNATURE]
        .into_iter()
        .flat_map(|name| headers.get_all(name))
        .filter_map(|value| value.to_str().ok())
        .filter(|value| !value.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether the body is declared as `application/x-www-form-urlencoded` (parameters such as
/// `charset` allowed).
fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| {
            essence
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// Why [`SignedForm`] refused a request. As a response it is plain text with the status below.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// No [`WebhookConfig`] was reachable (500).
    NotConfigured,
    /// Neither `X-SignalWire-Signature` nor `X-Twilio-Signature` was sent (403).
    MissingSignature,
    /// The signature does not match the request (403).
    InvalidSignature,
    /// A request with a body that is not `application/x-www-form-urlencoded` (415).
    UnsupportedMediaType,
    /// The body could not be read (the body extractor's status, e.g. 413 when too large).
    Body {
        /// The status to answer with.
        status: StatusCode,
        /// Why.
        message: String,
    },
    /// The parameters do not fit the requested type (400).
    InvalidParams(ParamsError),
}

impl WebhookRejection {
    /// The HTTP status this rejection answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            WebhookRejection::NotConfigured => StatusCode::INTERNAL_SERVER_ERROR,
            WebhookRejection::MissingSignature | WebhookRejection::InvalidSignature => {
                StatusCode::FORBIDDEN
            }
            WebhookRejection::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebhookRejection::Body { status, .. } => *status,
            WebhookRejection::InvalidParams(_) => StatusCode::BAD_REQUEST,
        }
    }
}

impl fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookRejection::NotConfigured => f.write_str(
                "webhook verification is not configured (no WebhookConfig in state or extensions)",
            ),
            WebhookRejection::MissingSignature => {
                f.write_str("missing X-SignalWire-Signature header")
            }
            WebhookRejection::InvalidSignature => f.write_str("invalid webhook signature"),
            WebhookRejection::UnsupportedMediaType => {
                f.write_str("expected an application/x-www-form-urlencoded body")
            }
            WebhookRejection::Body { message, .. } => write!(f, "cannot read the body: {message}"),
            WebhookRejection::InvalidParams(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for WebhookRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookRejection::InvalidParams(error) => Some(error),
            _ => None,
        }
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut response = (status, self.to_string()).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            http::HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        response
    }
}
