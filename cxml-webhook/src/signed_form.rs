//! The extractor type shared by the framework integrations: a verified, typed webhook request.

use std::ops::Deref;

use serde::de::DeserializeOwned;

use crate::check::RequestView;
use crate::{WebhookConfig, WebhookRejection, from_form};

/// A verified SignalWire webhook, as an extractor for axum (feature `axum`) and actix-web
/// (feature `actix`): checks the `X-SignalWire-Signature` header (or its aliases
/// `X-Twilio-Signature` and `X-SignalWire-SHA256-Signature`) against the
/// [`WebhookConfig`](crate::WebhookConfig), then reads the parameters into `T` (e.g. a type from
/// [`params`](crate::params)).
///
/// Needs the feature `axum` or `actix` (or both): each adds the extractor for its framework.
///
/// - `POST` with an `application/x-www-form-urlencoded` body: the signature covers the public URL
///   (with any query string) and the body's parameters; `T` is read from the body.
/// - `GET`/`HEAD`: the signature covers the public URL with its query string; `T` is read from the
///   query string.
///
/// Rejections ([`WebhookRejection`](crate::WebhookRejection)), answered as plain text, the same in
/// both frameworks: 403 when the signature is missing or wrong, 415 for a `POST` body that is not a
/// form, 400 (naming the parameter) when the parameters do not fit `T`, the framework's status if
/// the body cannot be read (413 above axum's `DefaultBodyLimit`, 2 MB by default, or actix-web's
/// `PayloadConfig`, 256 KiB by default), and 500 when no configuration is reachable. The signature
/// is always checked before the parameters are read.
///
/// axum: the configuration comes from the router state (`.with_state(config)`, or a state `S`
/// with `WebhookConfig: FromRef<S>`); a router without one does not compile. Behind a
/// `VerifySignatureLayer`, which has already checked the request, it reads the parameters without
/// checking again.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// # #[cfg(feature = "axum")] {
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
/// # }
/// ```
///
/// actix-web: the configuration comes from the app data, as `WebhookConfig` or
/// `web::Data<WebhookConfig>`; the body limit is actix-web's `PayloadConfig`.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// # #[cfg(feature = "actix")] {
/// use actix_web::{App, web};
/// use cxml::webhook::{SignedForm, WebhookConfig, params::GatherAction};
///
/// async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> String {
///     format!("call {} pressed {:?}", gather.call.call_sid, gather.digits)
/// }
///
/// let app = App::new()
///     .app_data(WebhookConfig::new("PSK_example", "https://ivr.example.com"))
///     .service(
///         web::resource("/menu")
///             .route(web::post().to(menu))
///             .route(web::get().to(menu)),
///     );
/// # let _ = app;
/// # }
/// ```
#[cfg_attr(docsrs, doc(cfg(any(feature = "axum", feature = "actix"))))]
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

/// The steps of [`SignedForm`], around the framework's own body reading: first
/// [`before_body`](Self::before_body), then, if it asks for the body, the framework reads it with
/// its limit, then [`finish`](Self::finish).
pub(crate) struct SignedFormCheck {
    pub(crate) view: RequestView,
    /// The configuration, unless a `VerifySignatureLayer` already
    /// checked this request.
    pub(crate) config: Option<WebhookConfig>,
}

impl SignedFormCheck {
    /// Refuses what can be refused without the body (no configuration, no signature, a body that
    /// is not a form); `Ok(true)` when the body is needed.
    pub(crate) fn before_body(&self) -> Result<bool, WebhookRejection> {
        if self.config.is_some() {
            self.view.precheck()?;
        }
        if self.view.is_query {
            return Ok(false);
        }
        if !self.view.is_form() {
            return Err(WebhookRejection::UnsupportedMediaType);
        }
        Ok(true)
    }

    /// Checks the signature (unless already checked), then reads `T` from the query string
    /// (`GET`/`HEAD`) or the form body.
    pub(crate) fn finish<T: DeserializeOwned>(&self, body: &[u8]) -> Result<T, WebhookRejection> {
        if let Some(config) = &self.config {
            self.view.verify(config, body)?;
        }
        let input = if self.view.is_query {
            query(&self.view.path_and_query).as_bytes()
        } else {
            body
        };
        from_form(input).map_err(WebhookRejection::InvalidParams)
    }
}

/// The query string without `?` (empty when absent).
fn query(path_and_query: &str) -> &str {
    cxml_schema::url::UriRef::parse(path_and_query)
        .query()
        .unwrap_or_default()
}
