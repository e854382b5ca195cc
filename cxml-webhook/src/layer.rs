//! A tower layer that checks the SignalWire signature of every request before the inner service
//! sees it.

use std::error::Error;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{Request, Response, header};
use http_body::{Frame, SizeHint};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use tower_layer::Layer;
use tower_service::Service;

use crate::check::{RequestView, Verified};
use crate::{WebhookConfig, WebhookRejection};

/// The body limit of [`VerifySignatureLayer`] unless [`body_limit`](VerifySignatureLayer::body_limit)
/// sets another: 256 KiB, far above anything SignalWire sends (a few KB). Needs the `tower`
/// feature.
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub const DEFAULT_BODY_LIMIT: usize = 256 * 1024;

/// A [`tower::Layer`](https://docs.rs/tower/latest/tower/trait.Layer.html) that checks the
/// SignalWire signature of every request it wraps, answers the ones that fail itself, and hands
/// the others on with their body read into memory. Needs the `tower` feature (which `axum`
/// includes).
///
/// For each request it reads the whole body (at most the [body limit](Self::body_limit)), then
/// checks the `X-SignalWire-Signature` header (or its aliases `X-Twilio-Signature` and
/// `X-SignalWire-SHA256-Signature`) against the [`WebhookConfig`]:
///
/// - `GET`/`HEAD`: over the public URL with its query string;
/// - an `application/x-www-form-urlencoded` body: over the URL and the form parameters
///   ([`verify_form`](crate::verify_form));
/// - any other body (JSON): the URL's `bodySHA256` and the body's hash, or the SWML schemes
///   ([`verify_json`](crate::verify_json)).
///
/// A request that passes goes on as `Request<Full<Bytes>>` with its headers unchanged, so
/// handlers can read the body however they like (`Form`, `Json`, `Bytes`) or not at all (a status
/// callback answered `204`). The layer answers, as plain text: 403 for a missing or wrong
/// signature, 413 for a body over the limit (refused from its `Content-Length` before anything is
/// read, or as soon as the limit is passed), 400 for a body that cannot be read or a `GET`/`HEAD`
/// with a body, and 415 for an ambiguous content type (see [Security](crate#security)).
///
/// With axum, `Router::layer` protects every route of the router; a
/// `SignedForm` behind the layer reads its parameters without checking the
/// signature a second time. Put the layer on the outer router (before any `nest`), so that it sees
/// the path SignalWire requested.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// # #[cfg(feature = "axum")] {
/// use axum::{Form, Router, http::StatusCode, routing::post};
/// use cxml::webhook::{VerifySignatureLayer, WebhookConfig, params::CallStatusCallback};
///
/// async fn call_status(Form(status): Form<CallStatusCallback>) -> StatusCode {
///     println!("{} is {:?}", status.call.call_sid, status.call.call_status);
///     StatusCode::NO_CONTENT
/// }
///
/// let config = WebhookConfig::new("PSK_example", "https://ivr.example.com");
/// let app: Router = Router::new()
///     .route("/call-status", post(call_status))
///     .layer(VerifySignatureLayer::new(config));
/// # let _ = app;
/// # }
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
#[derive(Debug, Clone)]
pub struct VerifySignatureLayer {
    config: WebhookConfig,
    body_limit: usize,
}

impl VerifySignatureLayer {
    /// A layer checking signatures with `config`, with the [`DEFAULT_BODY_LIMIT`].
    pub fn new(config: WebhookConfig) -> Self {
        VerifySignatureLayer {
            config,
            body_limit: DEFAULT_BODY_LIMIT,
        }
    }

    /// The largest body the layer reads, in bytes; a larger one is answered `413 Payload Too
    /// Large`. The layer holds at most this much per request in memory.
    ///
    /// ```
    /// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
    /// use cxml::webhook::{VerifySignatureLayer, WebhookConfig};
    ///
    /// let layer = VerifySignatureLayer::new(WebhookConfig::new("PSK_example", "https://ivr.example.com"))
    ///     .body_limit(16 * 1024);
    /// # let _ = layer;
    /// ```
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
}

impl<S> Layer<S> for VerifySignatureLayer {
    type Service = VerifySignature<S>;

    fn layer(&self, inner: S) -> Self::Service {
        VerifySignature {
            inner,
            config: self.config.clone(),
            body_limit: self.body_limit,
        }
    }
}

/// The service [`VerifySignatureLayer`] wraps around another: see there. Needs the `tower`
/// feature.
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
#[derive(Debug, Clone)]
pub struct VerifySignature<S> {
    inner: S,
    config: WebhookConfig,
    body_limit: usize,
}

/// The future of [`VerifySignature`]'s response. Needs the `tower` feature.
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub type ResponseFuture<B, E> = Pin<Box<dyn Future<Output = Result<Response<B>, E>> + Send>>;

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for VerifySignature<S>
where
    S: Service<Request<Full<Bytes>>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send,
    ReqBody: http_body::Body + Send + 'static,
    ReqBody::Data: Send,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>>,
{
    /// The inner service's response, or the layer's own plain-text refusal.
    type Response = Response<ResponseBody<ResBody>>;
    type Error = S::Error;
    type Future = ResponseFuture<ResponseBody<ResBody>, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        // The clone that was not polled ready stays here; the ready one serves this request.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let config = self.config.clone();
        let body_limit = self.body_limit;
        Box::pin(async move {
            match verified(request, &config, body_limit).await {
                Ok(request) => inner
                    .call(request)
                    .await
                    .map(|response| response.map(ResponseBody::inner)),
                Err(rejection) => Ok(rejection.into_http_response().map(ResponseBody::refusal)),
            }
        })
    }
}

/// The request with its body in memory and the [`Verified`] mark, or why it is refused.
async fn verified<B>(
    request: Request<B>,
    config: &WebhookConfig,
    body_limit: usize,
) -> Result<Request<Full<Bytes>>, WebhookRejection>
where
    B: http_body::Body,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{
    let view = RequestView::from_http(&request);
    // An unsigned request is refused before its body is read.
    view.precheck()?;
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > body_limit as u64) {
        return Err(WebhookRejection::TooLarge { limit: body_limit });
    }
    let (mut parts, body) = request.into_parts();
    let body = match Limited::new(body, body_limit).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(error) if error.is::<LengthLimitError>() => {
            return Err(WebhookRejection::TooLarge { limit: body_limit });
        }
        Err(error) => {
            return Err(WebhookRejection::Body {
                status: http::StatusCode::BAD_REQUEST,
                message: error.to_string(),
            });
        }
    };
    view.verify(config, &body)?;
    parts.extensions.insert(Verified);
    Ok(Request::from_parts(parts, Full::new(body)))
}

pin_project_lite::pin_project! {
    /// The body of a [`VerifySignature`] response: the inner service's body, or the text of the
    /// layer's own refusal. axum turns it into its own body type; with another framework, read
    /// it as any [`http_body::Body`]. Needs the `tower` feature.
    #[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
    pub struct ResponseBody<B> {
        #[pin]
        kind: Kind<B>,
    }
}

pin_project_lite::pin_project! {
    #[project = KindProjection]
    enum Kind<B> {
        Inner { #[pin] body: B },
        Refusal { #[pin] text: Full<Bytes> },
    }
}

impl<B> ResponseBody<B> {
    fn inner(body: B) -> Self {
        ResponseBody {
            kind: Kind::Inner { body },
        }
    }

    fn refusal(text: Bytes) -> Self {
        ResponseBody {
            kind: Kind::Refusal {
                text: Full::new(text),
            },
        }
    }
}

impl<B> std::fmt::Debug for ResponseBody<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            Kind::Inner { .. } => f.write_str("ResponseBody::Inner"),
            Kind::Refusal { text } => f.debug_tuple("ResponseBody::Refusal").field(text).finish(),
        }
    }
}

impl<B> http_body::Body for ResponseBody<B>
where
    B: http_body::Body<Data = Bytes>,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        match self.project().kind.project() {
            KindProjection::Inner { body } => body.poll_frame(cx),
            KindProjection::Refusal { text } => match text.poll_frame(cx) {
                Poll::Ready(frame) => {
                    Poll::Ready(frame.map(|frame| Ok(frame.unwrap_or_else(|never| match never {}))))
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Inner { body } => body.is_end_stream(),
            Kind::Refusal { text } => text.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Inner { body } => body.size_hint(),
            Kind::Refusal { text } => text.size_hint(),
        }
    }
}
