//! The verification settings every framework integration reads: the Signing Keys, the public URL
//! and which signature schemes a body may use.

use std::fmt;
use std::sync::Arc;

/// What the integrations need to check a request: the project's Signing Key (and, while you
/// rotate it, the previous ones) and the public base URL SignalWire calls.
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
/// - The axum `SignedForm` (feature `axum`) reads it from the router state: `.with_state(config)`,
///   or any state `S` with `WebhookConfig: FromRef<S>` (a field of a `#[derive(FromRef)]`
///   struct). A router whose state does not hold one does not compile, so a forgotten
///   configuration is found at build time, not at the first request.
/// - The actix-web `SignedForm` (feature `actix`) reads it from the app data:
///   `App::new().app_data(config)` or `.app_data(web::Data::new(config))`; actix-web cannot check
///   that at build time, so a missing one is answered 500 with a message that says so.
///
/// There is no unconfigured value: every `WebhookConfig` has a key and a URL.
///
/// # Key rotation
///
/// A new Signing Key takes effect in SignalWire at once, while requests signed with the old one
/// may still be on their way. Give the new key to [`new`](Self::new) and the old one to
/// [`with_previous_key`](Self::with_previous_key) and deploy; once the old key is revoked, drop
/// it. A request passes when any of the keys signed it; they are tried in order, current first.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::WebhookConfig;
///
/// let config = WebhookConfig::new("PSK_new", "https://ivr.example.com")
///     .with_previous_key("PSK_old");
/// assert_eq!(config.signing_key(), "PSK_new");
/// assert_eq!(config.signing_keys().collect::<Vec<_>>(), ["PSK_new", "PSK_old"]);
/// ```
///
/// # Body schemes
///
/// cXML webhooks are forms (and GETs), signed over the URL and the form's parameters. A body
/// that is not a form (JSON) is accepted with SignalWire's Compatibility `bodySHA256` scheme: the
/// URL carries the body's SHA-256 and the signature covers the URL. The SWML/RELAY schemes (a hex
/// HMAC over the URL followed by the raw body) are off unless
/// [`accept_swml_signatures`](Self::accept_swml_signatures) turns them on: over a form route they
/// would let anyone holding one signed form request replay its signature for a different body.
///
/// `Debug` does not show the keys.
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "axum", feature = "tower", feature = "actix")))
)]
#[derive(Clone)]
pub struct WebhookConfig {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    /// The current key first, then the previous ones in the order they were added.
    signing_keys: Vec<String>,
    public_base_url: String,
    swml_signatures: bool,
    /// Twilio's scheme: the Auth Token, `X-Twilio-Signature` only, no SWML.
    twilio: bool,
}

impl WebhookConfig {
    /// A configuration with the project's Signing Key (`PSK_…`) and the public base URL SignalWire
    /// requests (scheme, host, optional port and path prefix; a trailing `/` is ignored).
    ///
    /// ```
    /// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
    /// let config = cxml::webhook::WebhookConfig::new("PSK_example", "https://ivr.example.com/");
    /// assert_eq!(config.url_for("/menu?lang=en"), "https://ivr.example.com/menu?lang=en");
    /// ```
    pub fn new(signing_key: impl Into<String>, public_base_url: impl Into<String>) -> Self {
        let mut public_base_url = public_base_url.into();
        while public_base_url.ends_with('/') {
            public_base_url.pop();
        }
        WebhookConfig {
            inner: Arc::new(Inner {
                signing_keys: vec![signing_key.into()],
                public_base_url,
                swml_signatures: false,
                twilio: false,
            }),
        }
    }

    /// A configuration for Twilio's webhooks: the account's Auth Token (the key Twilio signs
    /// with; a secondary token can follow with [`with_previous_key`](Self::with_previous_key)) and
    /// the public base URL Twilio requests.
    ///
    /// Twilio's scheme is the one SignalWire copied (base64 HMAC-SHA1 over the URL and the sorted
    /// form parameters; for a JSON body, the URL's `bodySHA256` and the signature of the URL
    /// alone, with the same port variants). Where it differs, this configuration follows Twilio:
    /// only the `X-Twilio-Signature` header is read (a request signed only in
    /// `X-SignalWire-Signature` is refused as unsigned), and the SWML/RELAY schemes, which Twilio
    /// does not have, are never accepted, even with
    /// [`accept_swml_signatures`](Self::accept_swml_signatures).
    ///
    /// ```
    /// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
    /// use cxml::webhook::{WebhookConfig, sign_form, verify_form};
    ///
    /// let config = WebhookConfig::twilio("auth_token_hex", "https://ivr.example.com");
    /// assert!(config.is_twilio());
    /// // The same computation signs and checks Twilio's requests, with the Auth Token as key.
    /// let url = config.url_for("/voice");
    /// let signature = sign_form("auth_token_hex", &url, &[("CallSid", "CA1")]);
    /// assert!(verify_form("auth_token_hex", &url, &[("CallSid", "CA1")], &signature));
    /// ```
    pub fn twilio(auth_token: impl Into<String>, public_base_url: impl Into<String>) -> Self {
        let mut config = Self::new(auth_token, public_base_url);
        Arc::make_mut(&mut config.inner).twilio = true;
        config
    }

    /// Whether this configuration checks Twilio's scheme ([`twilio`](Self::twilio)).
    pub fn is_twilio(&self) -> bool {
        self.inner.twilio
    }

    /// Also accepts requests signed with `signing_key`, tried after the keys given before it:
    /// the key you are rotating away from (see [Key rotation](Self#key-rotation)). An empty key
    /// never validates anything.
    pub fn with_previous_key(mut self, signing_key: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.inner)
            .signing_keys
            .push(signing_key.into());
        self
    }

    /// Also accepts the SWML/RELAY signatures of a non-form body: a lowercase hex HMAC-SHA1
    /// (`X-SignalWire-Signature`) or HMAC-SHA256 (`X-SignalWire-SHA256-Signature`) over the URL
    /// immediately followed by the raw body. Turn it on only for routes that receive SWML or
    /// RELAY JSON (give them a layer of their own): these schemes hash the same bytes as a form
    /// signature does, so with them on, a captured form signature also validates a body that
    /// spells out the form's sorted names and values. A form body is never checked with them.
    ///
    /// ```
    /// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
    /// use cxml::webhook::WebhookConfig;
    ///
    /// let swml = WebhookConfig::new("PSK_example", "https://ai.example.com").accept_swml_signatures();
    /// # let _ = swml;
    /// ```
    pub fn accept_swml_signatures(mut self) -> Self {
        Arc::make_mut(&mut self.inner).swml_signatures = true;
        self
    }

    /// The current Signing Key, the one given to [`new`](Self::new).
    pub fn signing_key(&self) -> &str {
        &self.inner.signing_keys[0]
    }

    /// Every key a request may be signed with, current first.
    pub fn signing_keys(&self) -> impl Iterator<Item = &str> {
        self.inner.signing_keys.iter().map(String::as_str)
    }

    /// The public base URL, without a trailing `/`.
    pub fn public_base_url(&self) -> &str {
        &self.inner.public_base_url
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

    /// Whether the SWML/RELAY body schemes are on
    /// ([`accept_swml_signatures`](Self::accept_swml_signatures)).
    pub(crate) fn swml_signatures(&self) -> bool {
        self.inner.swml_signatures
    }
}

impl fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys = self.inner.signing_keys.len();
        f.debug_struct("WebhookConfig")
            .field("signing_keys", &format_args!("<{keys} redacted>"))
            .field("public_base_url", &self.public_base_url())
            .field("swml_signatures", &self.swml_signatures())
            .field("twilio", &self.is_twilio())
            .finish()
    }
}
