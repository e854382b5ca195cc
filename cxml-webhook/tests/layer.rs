//! `VerifySignatureLayer` in process: on an axum `Router` (every route, handlers that read nothing,
//! `SignedForm` behind it, nesting) and on a bare tower service; form, GET, `bodySHA256` JSON and
//! SWML signatures; 403, 413 (declared and streamed) and 400 refusals that never reach the
//! handler; the body handed on byte for byte.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::routing::{get, post};
use bytes::Bytes;
use cxml_webhook::params::GatherAction;
use cxml_webhook::{
    DEFAULT_BODY_LIMIT, SignedForm, VerifySignatureLayer, WebhookConfig, sign_form,
};
use hmac::{Hmac, KeyInit, Mac};
use http_body_util::{BodyExt, Full};
use sha2::{Digest, Sha256};
use tower::{Layer, ServiceExt, service_fn};

const KEY: &str = "PSK_layer_test_key";
const BASE: &str = "https://ivr.example.com";

fn config() -> WebhookConfig {
    WebhookConfig::new(KEY, BASE)
}

const CALL: [(&str, &str); 4] = [
    ("AccountSid", "AC1"),
    ("CallSid", "CA1"),
    ("Digits", "2"),
    ("Body", "It's amazing & +1"),
];

fn encode(params: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish()
}

/// A form POST of `params` to `path`, with `signature` as its header, if any.
fn form_post(path: &str, params: &[(&str, &str)], signature: Option<&str>) -> Request<Body> {
    let mut builder =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(signature) = signature {
        builder = builder.header("X-SignalWire-Signature", signature);
    }
    builder.body(Body::from(encode(params))).unwrap()
}

fn signed_post(path: &str, params: &[(&str, &str)]) -> Request<Body> {
    let signature = sign_form(KEY, &format!("{BASE}{path}"), params);
    form_post(path, params, Some(&signature))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A JSON POST signed the Compatibility way: `bodySHA256` in the URL, the HMAC over the URL alone.
fn json_post(path: &str, signed_body: &str, sent_body: &str) -> Request<Body> {
    let path = format!(
        "{path}?bodySHA256={}",
        hex(&Sha256::digest(signed_body.as_bytes()))
    );
    let signature = sign_form(KEY, &format!("{BASE}{path}"), &[]);
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header("X-SignalWire-Signature", signature)
        .body(Body::from(sent_body.to_owned()))
        .unwrap()
}

async fn text(response: axum::response::Response) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A router whose `/echo` handler returns the body it was handed and `/status` answers 204
/// without reading anything; `calls` counts the requests that reached a handler.
fn app(layer: VerifySignatureLayer, calls: Arc<AtomicUsize>) -> Router {
    let echo_calls = calls.clone();
    let status_calls = calls;
    Router::new()
        .route(
            "/echo",
            post(
                move |headers: axum::http::HeaderMap, body: Bytes| async move {
                    echo_calls.fetch_add(1, Ordering::SeqCst);
                    let content_type = headers
                        .get(header::CONTENT_TYPE)
                        .cloned()
                        .unwrap_or(HeaderValue::from_static("none"));
                    ([(header::CONTENT_TYPE, content_type)], body)
                },
            ),
        )
        .route(
            "/status",
            post(move || async move {
                status_calls.fetch_add(1, Ordering::SeqCst);
                StatusCode::NO_CONTENT
            })
            .get(|| async { StatusCode::NO_CONTENT }),
        )
        .layer(layer)
}

fn counted() -> (Arc<AtomicUsize>, Router) {
    let calls = Arc::new(AtomicUsize::new(0));
    (
        calls.clone(),
        app(VerifySignatureLayer::new(config()), calls),
    )
}

#[tokio::test]
async fn a_signed_form_reaches_the_handler_with_its_body_unchanged() {
    let (calls, app) = counted();
    let response = app.oneshot(signed_post("/echo", &CALL)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/x-www-form-urlencoded"
    );
    assert_eq!(text(response).await, encode(&CALL));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_handler_that_reads_nothing_is_protected_too() {
    let (calls, app) = counted();
    let reply = app
        .clone()
        .oneshot(signed_post("/status", &CALL))
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::NO_CONTENT);
    let reply = app
        .oneshot(form_post("/status", &CALL, None))
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::FORBIDDEN);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn missing_wrong_and_tampered_signatures_never_reach_the_handler() {
    let (calls, app) = counted();
    let good = sign_form(KEY, &format!("{BASE}/echo"), &CALL);
    let mut tampered = CALL;
    tampered[2] = ("Digits", "1");
    let cases = [
        ("unsigned", form_post("/echo", &CALL, None)),
        ("empty", form_post("/echo", &CALL, Some(""))),
        (
            "garbage",
            form_post("/echo", &CALL, Some("%%%not base64%%%")),
        ),
        ("tampered", form_post("/echo", &tampered, Some(&good))),
        ("other path", form_post("/status", &CALL, Some(&good))),
        (
            "wrong key",
            form_post(
                "/echo",
                &CALL,
                Some(&sign_form("PSK_other", &format!("{BASE}/echo"), &CALL)),
            ),
        ),
        (
            "another host",
            form_post(
                "/echo",
                &CALL,
                Some(&sign_form(KEY, "https://evil.example/echo", &CALL)),
            ),
        ),
    ];
    for (what, request) in cases {
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{what}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "text/plain; charset=utf-8",
            "{what}"
        );
        let length: usize = response.headers()[header::CONTENT_LENGTH]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        let body = text(response).await;
        assert_eq!(length, body.len(), "{what}");
        assert!(body.to_lowercase().contains("signature"), "{what}: {body}");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn the_twilio_alias_header_is_accepted() {
    let (_, app) = counted();
    let mut request = form_post("/echo", &CALL, None);
    let signature = sign_form(KEY, &format!("{BASE}/echo"), &CALL);
    request
        .headers_mut()
        .insert("X-Twilio-Signature", signature.parse().unwrap());
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_get_is_signed_over_its_query_string() {
    let (_, app) = counted();
    let path = format!("/status?{}", encode(&CALL));
    let signature = sign_form(KEY, &format!("{BASE}{path}"), &[]);
    let request = |signature: &str| {
        Request::get(path.as_str())
            .header("X-SignalWire-Signature", signature)
            .body(Body::empty())
            .unwrap()
    };
    let response = app.clone().oneshot(request(&signature)).await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    // The same signature over the query without its last parameter does not fit.
    let shorter = sign_form(KEY, &format!("{BASE}/status?{}", encode(&CALL[..3])), &[]);
    let response = app.oneshot(request(&shorter)).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_json_body_is_checked_against_its_body_sha256() {
    let (calls, app) = counted();
    let body = r#"{"event":"call.state","params":{"call_id":"c1"}}"#;
    let response = app
        .clone()
        .oneshot(json_post("/echo", body, body))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(text(response).await, body);

    // The URL and its signature are right, but the body is not the one hashed.
    let response = app
        .oneshot(json_post("/echo", body, r#"{"event":"forged"}"#))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_swml_request_is_checked_with_the_sha256_header_where_enabled() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = app(
        VerifySignatureLayer::new(config().accept_swml_signatures()),
        calls.clone(),
    );
    let (form_calls, form_app) = counted();
    let body = r#"{"call":{"call_id":"c1"},"vars":{}}"#;
    let sign = |body: &str| {
        let mut mac = Hmac::<Sha256>::new_from_slice(KEY.as_bytes()).unwrap();
        mac.update(format!("{BASE}/echo").as_bytes());
        mac.update(body.as_bytes());
        hex(&mac.finalize().into_bytes())
    };
    let request = |signature: String| {
        Request::post("/echo")
            .header(header::CONTENT_TYPE, "application/json")
            .header("X-SignalWire-SHA256-Signature", signature)
            .body(Body::from(body))
            .unwrap()
    };
    let response = app.clone().oneshot(request(sign(body))).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let response = app.oneshot(request(sign("{}"))).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // Off by default: the same signed request is refused.
    let response = form_app.oneshot(request(sign(body))).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(form_calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_declared_oversize_body_is_413_before_anything_is_read() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = app(
        VerifySignatureLayer::new(config()).body_limit(16),
        calls.clone(),
    );
    let params = [("CallSid", "CA1"), ("Digits", "12345678")]; // 29 bytes encoded
    let mut request = signed_post("/echo", &params);
    request
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(29));
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(text(response).await.contains("16 bytes"));
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_streamed_oversize_body_is_413_once_the_limit_is_passed() {
    // No Content-Length: chunks of 1 KiB, endlessly. The layer stops at the limit, so this ends.
    let signature = sign_form(KEY, &format!("{BASE}/echo"), &[]);
    let request = Request::post("/echo")
        .header(header::CONTENT_TYPE, "application/json")
        .header("X-SignalWire-Signature", signature)
        .body(Body::new(Endless))
        .unwrap();
    let (calls, app) = counted();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        text(response)
            .await
            .contains(&DEFAULT_BODY_LIMIT.to_string())
    );
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

/// A body of endless 1 KiB frames, with no size hint.
struct Endless;

impl http_body::Body for Endless {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Infallible>>> {
        Poll::Ready(Some(Ok(http_body::Frame::data(Bytes::from(vec![
            b'x';
            1024
        ])))))
    }
}

/// A body whose connection breaks before the first byte.
struct Broken;

impl http_body::Body for Broken {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::other("connection reset"))))
    }
}

#[tokio::test]
async fn a_body_exactly_at_the_limit_passes() {
    let params = [("CallSid", "CA1"), ("Digits", "1")];
    let limit = encode(&params).len();
    let calls = Arc::new(AtomicUsize::new(0));
    let app = app(
        VerifySignatureLayer::new(config()).body_limit(limit),
        calls.clone(),
    );
    let response = app
        .clone()
        .oneshot(signed_post("/echo", &params))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let longer = [("CallSid", "CA1"), ("Digits", "12")];
    let response = app.oneshot(signed_post("/echo", &longer)).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_body_that_fails_to_arrive_is_400() {
    let (calls, app) = counted();
    let signature = sign_form(KEY, &format!("{BASE}/echo"), &[]);
    let request = Request::post("/echo")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("X-SignalWire-Signature", signature)
        .body(Body::new(Broken))
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(text(response).await.contains("connection reset"));
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn signed_form_behind_the_layer_does_not_check_again() {
    async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> String {
        format!(
            "{} pressed {}",
            gather.call.call_sid,
            gather.digits.unwrap()
        )
    }
    // The state's key differs from the layer's: only the layer's check runs.
    let app: Router = Router::new()
        .route("/menu", post(menu).get(menu))
        .with_state(WebhookConfig::new("PSK_not_used", BASE))
        .layer(VerifySignatureLayer::new(config()));
    let response = app
        .clone()
        .oneshot(signed_post("/menu", &CALL))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(text(response).await, "CA1 pressed 2");

    let path = format!("/menu?{}", encode(&CALL));
    let signature = sign_form(KEY, &format!("{BASE}{path}"), &[]);
    let get = Request::get(path.as_str())
        .header("X-SignalWire-Signature", signature)
        .body(Body::empty())
        .unwrap();
    let response = app.clone().oneshot(get).await.unwrap();
    assert_eq!(text(response).await, "CA1 pressed 2");

    // Still the layer's 403 for a forged request, and SignedForm's 400 for bad parameters.
    let response = app
        .clone()
        .oneshot(form_post("/menu", &CALL, Some("forged")))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .oneshot(signed_post("/menu", &[("AccountSid", "AC1")]))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(text(response).await.contains("CallSid"));
}

#[tokio::test]
async fn on_the_outer_router_the_layer_sees_the_full_path_of_nested_routes() {
    let inner = Router::new().route("/status", post(|| async { StatusCode::NO_CONTENT }));
    let app: Router = Router::new()
        .nest("/callbacks", inner)
        .layer(VerifySignatureLayer::new(config()));
    let response = app
        .clone()
        .oneshot(signed_post("/callbacks/status", &CALL))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    // Signed for the path inside the nest: not what SignalWire requested.
    let signature = sign_form(KEY, &format!("{BASE}/status"), &CALL);
    let response = app
        .oneshot(form_post("/callbacks/status", &CALL, Some(&signature)))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn any_tower_service_can_be_wrapped() {
    // A bare service, no axum: it receives the buffered body as `Full<Bytes>`.
    let service = service_fn(|request: Request<Full<Bytes>>| async move {
        let body = request.into_body().collect().await?.to_bytes();
        Ok::<_, Infallible>(http::Response::new(Full::new(body)))
    });
    let service = VerifySignatureLayer::new(config()).layer(service);
    let params = [("CallSid", "CA1")];
    let signature = sign_form(KEY, &format!("{BASE}/raw"), &params);
    let request = |signature: &str| {
        Request::post("/raw")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("X-SignalWire-Signature", signature)
            .body(Full::new(Bytes::from(encode(&params))))
            .unwrap()
    };
    let response = service.clone().oneshot(request(&signature)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body, encode(&params).as_bytes());
    let response = service.oneshot(request("forged")).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_signed_request_for_an_unknown_path_is_the_routers_404() {
    let app: Router = Router::new()
        .route("/known", get(|| async { "known" }))
        .layer(VerifySignatureLayer::new(config()));
    let signature = sign_form(KEY, &format!("{BASE}/unknown"), &[]);
    let request = Request::get("/unknown")
        .header("X-SignalWire-Signature", signature)
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
