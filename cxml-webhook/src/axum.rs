//! The axum side of [`SignedForm`] and [`WebhookRejection`].

use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::check::RequestView;
use crate::signed_form::SignedFormCheck;
use crate::{SignedForm, WebhookConfig, WebhookRejection};

/// The configuration comes from the router state (`.with_state(config)`, or any state `S` with
/// `WebhookConfig: FromRef<S>`, e.g. a field with `#[derive(FromRef)]`): a router whose state
/// holds none does not compile. Under `Router::nest` the path is the one inside the nested
/// router: put the prefix into the base URL. Needs the `axum` feature.
impl<T, S> FromRequest<S> for SignedForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
    WebhookConfig: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let config = (!already_verified(&request)).then(|| WebhookConfig::from_ref(state));
        let check = SignedFormCheck {
            view: RequestView::from_http(&request),
            config,
        };
        if !check.before_body()? {
            return check.finish(&[]).map(SignedForm);
        }
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| WebhookRejection::Body {
                status: rejection.status(),
                message: rejection.body_text(),
            })?;
        check.finish(&body).map(SignedForm)
    }
}

#[cfg(feature = "tower")]
fn already_verified(request: &Request) -> bool {
    request
        .extensions()
        .get::<crate::check::Verified>()
        .is_some()
}

#[cfg(not(feature = "tower"))]
fn already_verified(_: &Request) -> bool {
    false
}

/// Plain text with the rejection's status and a `Content-Length`. Needs the `axum` feature.
impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        self.into_http_response().map(axum_core::body::Body::from)
    }
}
