//! The axum example IVR (`examples/ivr_server/main.rs` of the facade) over real HTTP on 127.0.0.1: the scenarios of
//! `support/mod.rs` (signed requests get valid cXML, unsigned or tampered ones 403, malformed ones
//! 400 or 415, a burst of 2,000 requests over 50 connections all succeed), and the status callback
//! behind `VerifySignatureLayer`: 204 to signed forms and JSON, 403 to the rest, 413 to an
//! oversize body.

#[allow(dead_code)]
#[path = "../../examples/ivr_server/main.rs"]
mod app;
#[macro_use]
mod support;

use std::net::SocketAddr;

use cxml::webhook::{WebhookConfig, sign_form};
use http::{Request, StatusCode, header};
use support::bytes_body::Full;
use support::{KEY, call_with, form_post, once, signed_post};
use tokio::net::TcpListener;

/// Starts the example's router on a free loopback port; the server stops with the test runtime.
async fn start() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let config = WebhookConfig::new(KEY, format!("http://{addr}"));
    tokio::spawn(async move {
        axum::serve(listener, app::app(config))
            .await
            .expect("serve");
    });
    addr
}

ivr_tests!(start);

#[tokio::test]
async fn the_status_callback_behind_the_layer() {
    let addr = start().await;
    let status = call_with(&[("CallbackSource", "call-progress-events")]);

    let reply = once(addr, signed_post(addr, "/call-status", &status)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.body);
    assert_eq!(reply.body, "");

    let reply = once(addr, form_post(addr, "/call-status", &status, None)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    assert!(reply.content_type.starts_with("text/plain"));

    // A JSON body: the URL carries the body's SHA-256 (that of `{}`) and the HMAC covers the URL.
    let path =
        "/call-status?bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
    let signature = sign_form(KEY, &format!("http://{addr}{path}"), &[]);
    let json = |body: &'static str| {
        Request::post(path)
            .header(header::HOST, addr.to_string())
            .header(header::CONTENT_TYPE, "application/json")
            .header("X-SignalWire-Signature", signature.as_str())
            .body(Full::new(body.into()))
            .unwrap()
    };
    let reply = once(addr, json("{}")).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.body);
    let reply = once(addr, json(r#"{"forged":true}"#)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);

    // Over the layer's default limit: refused from the Content-Length, before it is read.
    let big = "x".repeat(cxml::webhook::DEFAULT_BODY_LIMIT + 1);
    let params = [("CallSid", big.as_str())];
    let reply = once(addr, signed_post(addr, "/call-status", &params)).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
}
