//! The actix-web side of [`SignedForm`] and [`WebhookRejection`].

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::web::{Bytes, Data};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError};
use serde::de::DeserializeOwned;

use crate::check::{HeaderSource, RequestView};
use crate::rejection::PLAIN_TEXT;
use crate::signed_form::SignedFormCheck;
use crate::{SignedForm, WebhookConfig, WebhookRejection};

/// The configuration comes from the app data, as `WebhookConfig` or `web::Data<WebhookConfig>`
/// (500 without either). The signed URL is the base URL followed by the request's full path and
/// query (an actix-web `scope` does not change it). The body is read with actix-web's
/// `PayloadConfig` limit (256 KiB unless set; 413 above it). Needs the `actix` feature.
impl<T> FromRequest for SignedForm<T>
where
    T: DeserializeOwned + 'static,
{
    type Error = WebhookRejection;
    type Future = Pin<Box<dyn Future<Output = Result<Self, WebhookRejection>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let config = request
            .app_data::<WebhookConfig>()
            .cloned()
            .or_else(|| {
                request
                    .app_data::<Data<WebhookConfig>>()
                    .map(|data| data.get_ref().clone())
            })
            .ok_or(WebhookRejection::NotConfigured);
        let view = view(request);
        let request = request.clone();
        let mut payload = payload.take();
        Box::pin(async move {
            let check = SignedFormCheck {
                view,
                config: Some(config?),
            };
            if !check.before_body()? {
                return check.finish(&[]).map(SignedForm);
            }
            let body = Bytes::from_request(&request, &mut payload)
                .await
                .map_err(|error| WebhookRejection::Body {
                    status: http::StatusCode::from_u16(
                        error.as_response_error().status_code().as_u16(),
                    )
                    .unwrap_or(http::StatusCode::BAD_REQUEST),
                    message: error.to_string(),
                })?;
            check.finish(&body).map(SignedForm)
        })
    }
}

/// The framework-neutral view of an actix-web request.
fn view(request: &HttpRequest) -> RequestView {
    RequestView::new(
        request.method() == actix_web::http::Method::GET
            || request.method() == actix_web::http::Method::HEAD,
        request.uri().path_and_query().map(|pq| pq.as_str()),
        request.headers(),
    )
}

impl HeaderSource for actix_web::http::header::HeaderMap {
    fn values(&self, name: &'static str) -> impl Iterator<Item = Option<&str>> {
        self.get_all(name).map(|value| value.to_str().ok())
    }
}

/// Plain text with the rejection's status, as for axum. Needs the `actix` feature.
impl ResponseError for WebhookRejection {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status().as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code())
            .insert_header((CONTENT_TYPE, HeaderValue::from_static(PLAIN_TEXT)))
            .body(self.to_string())
    }
}
