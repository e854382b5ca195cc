//! The verification settings every framework integration reads: the Signing Key and the public URL.

use std::fmt;
use std::sync::Arc;

/// What the integrations need to check a request: the project's Signing Key and the public base
/// URL SignalWire calls.
///
/// Needs one of the features `tower`, `axum` or `actix`.
///
/// The URL a request is checked against is the public base URL followed by the path and query
/// the server sees: with `public_base_url` `https://ivr.example.com` and a request for
/// `/menu?lang=en`, the signed URL is `https://ivr.example.com/menu?lang=en`. Behind a proxy or
/// tunnel the `Host` and scheme your server sees are not what SignalWire signed, so they are never
/// used.
///
/// Where the integrations find it:
///
/// - `VerifySignatureLayer::new` (feature `tower`) takes it.
/// - The axum `SignedForm` (feature `axum`) reads it from an
///   `Extension(config)` layer or from the router state (any `S` with `WebhookConfig: FromRef<S>`).
/// - The actix-web `SignedForm` (feature `actix`) reads it from the app data:
///   `App::new().app_data(config)` or `.app_data(web::Data::new(config))`.
///
/// `Debug` does not show the key.
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "axum", feature = "tower", feature = "actix")))
)]
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
    /// # mod cxml { pub use cxml_webhook as webhook; }
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

    /// Whether this was made by [`new`](Self::new) rather than [`Default`].
    pub(crate) fn is_configured(&self) -> bool {
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
