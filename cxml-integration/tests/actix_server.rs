//! The actix-web example IVR (`examples/actix_server.rs`) over real HTTP on 127.0.0.1: the same
//! scenarios as the axum server (`support/mod.rs`), so both frameworks give the same answers and
//! status codes, and the actix-web specifics: the status callback, `web::Data` configuration,
//! the `PayloadConfig` body limit, and the 500 of a missing configuration.

#[allow(dead_code)]
#[path = "../examples/actix_server.rs"]
mod app;
#[macro_use]
mod support;

use std::net::SocketAddr;
use std::sync::OnceLock;

use actix_web::{App, HttpServer, web};
use cxml::webhook::WebhookConfig;
use http::StatusCode;
use support::{KEY, call_with, form_post, once, signed_post};

/// Starts an actix-web server on a free loopback port, on a thread of its own (actix-web runs on
/// its own runtimes), with the routes `routes(address)` gives; it stops when the test process
/// ends.
fn serve<F>(routes: impl FnOnce(SocketAddr) -> F) -> SocketAddr
where
    F: Fn(&mut web::ServiceConfig) + Clone + Send + 'static,
{
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    let routes = routes(addr);
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            HttpServer::new(move || App::new().configure(routes.clone()))
                .workers(2)
                .disable_signals()
                .listen(listener)
                .expect("listen")
                .run()
                .await
        })
    });
    addr
}

/// The example's routes, with the configuration in the app data; one server for all tests.
async fn start() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        serve(|addr| {
            let config = WebhookConfig::new(KEY, format!("http://{addr}"));
            move |service: &mut web::ServiceConfig| {
                service.app_data(config.clone()).configure(app::routes);
            }
        })
    })
}

ivr_tests!(start);

#[tokio::test]
async fn the_status_callback_reads_its_parameters_and_answers_204() {
    let addr = start().await;
    let status = call_with(&[
        ("CallbackSource", "call-progress-events"),
        ("SequenceNumber", "3"),
    ]);
    let reply = once(addr, signed_post(addr, "/call-status", &status)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.body);
    assert_eq!(reply.body, "");

    let reply = once(addr, form_post(addr, "/call-status", &status, None)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);

    let bad = call_with(&[("SequenceNumber", "three")]);
    let reply = once(addr, signed_post(addr, "/call-status", &bad)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(reply.body.contains("SequenceNumber"), "{}", reply.body);
}

#[tokio::test]
async fn the_configuration_may_be_web_data_and_the_body_limit_is_payload_config() {
    let addr = serve(|addr| {
        let config = web::Data::new(WebhookConfig::new(KEY, format!("http://{addr}")));
        move |service: &mut web::ServiceConfig| {
            service
                .app_data(config.clone())
                .app_data(web::PayloadConfig::new(1024))
                .configure(app::routes);
        }
    });
    let reply = once(addr, signed_post(addr, "/voice", &call_with(&[]))).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.content_type, "application/xml");

    let big = "x".repeat(2000);
    let mut params = call_with(&[]);
    params.push(("Big", &big));
    let reply = once(addr, signed_post(addr, "/voice", &params)).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
    assert!(reply.content_type.starts_with("text/plain"));
}

#[tokio::test]
async fn without_a_configuration_every_request_is_500() {
    let addr = serve(|_| |service: &mut web::ServiceConfig| app::routes(service));
    let reply = once(addr, signed_post(addr, "/voice", &call_with(&[]))).await;
    assert_eq!(
        reply.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("not configured"), "{}", reply.body);
    assert!(!reply.body.contains("<Response"));
}
