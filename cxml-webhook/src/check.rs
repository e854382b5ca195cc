//! The one check every framework integration runs, on a framework-neutral view of the request:
//! which headers carry a signature and which scheme a request is signed with.

use crate::{WebhookConfig, WebhookRejection, form_pairs, verify_form, verify_json};

/// The headers a signature may come in, lowercase: SignalWire's name, the Twilio alias its SDKs
/// accept, and the SHA-256 header of SWML call requests.
pub(crate) const SIGNATURE_HEADERS: [&str; 3] = [
    "x-signalwire-signature",
    "x-twilio-signature",
    "x-signalwire-sha256-signature",
];

/// What the check needs from a request, copied out of the framework's own request type (a few
/// short strings, so that the request itself can go on to the body reader).
pub(crate) struct RequestView {
    /// `GET` or `HEAD`: the parameters are in the query string, the signature covers the URL alone.
    pub(crate) is_query: bool,
    /// The `Content-Type` header, if any and readable.
    pub(crate) content_type: Option<String>,
    /// The path and query string as received (`/` when absent).
    pub(crate) path_and_query: String,
    /// The non-empty values of the [`SIGNATURE_HEADERS`], in that order.
    pub(crate) signatures: Vec<String>,
}

impl RequestView {
    /// The view of a request from what every framework can say about it: whether it is a `GET`
    /// or `HEAD`, its `Content-Type`, its path and query (`None`: `/`), and the value of each
    /// header it carries (`None` for one that is not text), asked for by name.
    pub(crate) fn new<'r, V>(
        is_query: bool,
        content_type: Option<&str>,
        path_and_query: Option<&str>,
        header_values: impl Fn(&'static str) -> V,
    ) -> RequestView
    where
        V: IntoIterator<Item = Option<&'r str>>,
    {
        RequestView {
            is_query,
            content_type: content_type.map(str::to_owned),
            path_and_query: path_and_query.unwrap_or("/").to_owned(),
            signatures: SIGNATURE_HEADERS
                .into_iter()
                .flat_map(header_values)
                .flatten()
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The view of an `http` request (axum, tower).
    #[cfg(any(feature = "axum", feature = "tower"))]
    pub(crate) fn from_http<B>(request: &http::Request<B>) -> RequestView {
        let method = request.method();
        let headers = request.headers();
        RequestView::new(
            method == http::Method::GET || method == http::Method::HEAD,
            headers
                .get(http::header::CONTENT_TYPE)
                .and_then(|value| value.to_str().ok()),
            request.uri().path_and_query().map(|pq| pq.as_str()),
            |name| {
                headers
                    .get_all(name)
                    .iter()
                    .map(|value| value.to_str().ok())
            },
        )
    }

    /// Whether the body is declared as `application/x-www-form-urlencoded` (parameters such as
    /// `charset` allowed).
    pub(crate) fn is_form(&self) -> bool {
        self.content_type
            .as_deref()
            .and_then(|value| value.split(';').next())
            .is_some_and(|essence| {
                essence
                    .trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            })
    }

    /// Checks the signature: over the URL for `GET`/`HEAD`, over the URL and the form parameters
    /// for a form body, and by [`verify_json`] (`bodySHA256`, or the SWML schemes) for any other
    /// body.
    pub(crate) fn verify(
        &self,
        config: &WebhookConfig,
        body: &[u8],
    ) -> Result<(), WebhookRejection> {
        self.precheck(config)?;
        let url = config.url_for(&self.path_and_query);
        let key = config.signing_key();
        let valid = if self.is_query {
            self.signatures
                .iter()
                .any(|signature| verify_form(key, &url, &[], signature))
        } else if self.is_form() {
            let owned = form_pairs(body);
            let pairs: Vec<(&str, &str)> = owned
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect();
            self.signatures
                .iter()
                .any(|signature| verify_form(key, &url, &pairs, signature))
        } else {
            self.signatures
                .iter()
                .any(|signature| verify_json(key, &url, body, signature))
        };
        if valid {
            Ok(())
        } else {
            Err(WebhookRejection::InvalidSignature)
        }
    }

    /// What can be refused before reading anything: no configuration, no signature.
    pub(crate) fn precheck(&self, config: &WebhookConfig) -> Result<(), WebhookRejection> {
        if !config.is_configured() {
            return Err(WebhookRejection::NotConfigured);
        }
        if self.signatures.is_empty() {
            return Err(WebhookRejection::MissingSignature);
        }
        Ok(())
    }
}

/// The mark [`VerifySignatureLayer`](crate::VerifySignatureLayer) leaves in a request's
/// extensions once its signature is checked. Only this crate can make one, so a handler's
/// extractor can trust it.
#[cfg(feature = "tower")]
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verified;
