//! Flows that go wrong stop with an error naming the call, the request and the problem; a server
//! that never answers or never stops sending meets a time or size limit.

mod common;

use std::time::Duration;

use axum::Router;
use axum::routing::{any, post};
use common::fixed;
use cxml_testing::{ErrorKind, Event, Simulator, Timeouts};
use cxml_webhook::params::{GatherAction, VoiceRequest};
use cxml_webhook::{SignedForm, WebhookConfig};

fn short() -> Timeouts {
    Timeouts {
        connect: Duration::from_millis(500),
        read: Duration::from_millis(200),
        total: Duration::from_millis(400),
    }
}

#[tokio::test]
async fn an_invalid_document_names_the_request_and_the_problem() {
    let app = fixed(&[
        ("/voice", r#"<Response><Gather action="/menu"/></Response>"#),
        (
            "/menu",
            r#"<Response><Say>Hi</Say><Dial timeout="2">+15550100</Dial></Response>"#,
        ),
    ]);
    let mut sim = Simulator::new(app);
    let error = sim.call("/voice").digits("1").run().await.unwrap_err();
    assert_eq!(
        error.request.as_deref(),
        Some("POST https://app.example.com/menu")
    );
    let ErrorKind::Invalid { problems } = &error.kind else {
        panic!("{error}");
    };
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("timeout"), "{problems:?}");
    let text = error.to_string();
    assert!(
        text.starts_with(&format!(
            "call {}, POST https://app.example.com/menu: the answer is not a valid cXML document:",
            error.call
        )),
        "{text}"
    );
    // The transcript up to the error is part of the message.
    assert!(text.contains("gather 1"), "{text}");
    assert!(matches!(
        error.transcript.events().last(),
        Some(Event::Error { .. })
    ));
}

#[tokio::test]
async fn a_status_other_than_2xx_and_a_body_that_is_not_xml_are_errors() {
    let app = Router::new()
        .route(
            "/missing",
            any(|| async {
                (
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    "database down",
                )
            }),
        )
        .route("/text", any(|| async { "Hello, caller" }))
        .route(
            "/sms",
            any(|| async { "<Response><Message>Hi</Message></Response>" }),
        );
    let mut sim = Simulator::new(app);
    let error = sim.call("/missing").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Status {
            status: 500,
            body: "database down".into()
        }
    );
    assert!(
        error
            .to_string()
            .contains("answered HTTP 500, not 2xx: database down")
    );

    let error = sim.call("/nowhere").run().await.unwrap_err();
    assert!(
        matches!(error.kind, ErrorKind::Status { status: 404, .. }),
        "{error}"
    );

    let error = sim.call("/text").run().await.unwrap_err();
    assert!(matches!(error.kind, ErrorKind::Invalid { .. }), "{error}");

    let error = sim.call("/sms").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::WrongChannel {
            expected: "voice",
            verb: "Message".into()
        }
    );
}

#[tokio::test]
async fn a_redirect_loop_stops_at_the_request_bound_and_names_the_loop() {
    let app = fixed(&[
        ("/voice", "<Response><Redirect>/a</Redirect></Response>"),
        (
            "/a",
            "<Response><Say>A</Say><Redirect>/b</Redirect></Response>",
        ),
        ("/b", "<Response><Redirect>/a</Redirect></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let error = sim.call("/voice").run().await.unwrap_err();
    let ErrorKind::RequestLimit { limit, cycle } = &error.kind else {
        panic!("{error}");
    };
    assert_eq!(*limit, 50);
    assert_eq!(cycle.len(), 2);
    assert!(
        cycle.iter().any(|step| step.ends_with("/a"))
            && cycle.iter().any(|step| step.ends_with("/b")),
        "{cycle:?}"
    );
    assert_eq!(error.transcript.requests().count(), 50);
    let message = error.to_string();
    assert!(message.contains("stopped after 50 requests on one call; it keeps going round POST https://app.example.com/"), "{message}");

    let mut sim = Simulator::new(fixed(&[(
        "/voice",
        "<Response><Redirect>/voice</Redirect></Response>",
    )]))
    .max_requests(5);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::RequestLimit {
            limit: 5,
            cycle: vec!["POST https://app.example.com/voice".into()]
        }
    );
}

#[tokio::test]
async fn urls_outside_the_application_are_refused() {
    let app = fixed(&[(
        "/voice",
        "<Response><Redirect>https://elsewhere.example.net/x</Redirect></Response>",
    )]);
    let mut sim = Simulator::new(app);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(
        matches!(&error.kind, ErrorKind::Url(message) if message.contains("outside the application")),
        "{error}"
    );
}

#[tokio::test]
async fn an_in_process_handler_that_never_answers_times_out() {
    let app = Router::new().route("/voice", any(std::future::pending::<&'static str>));
    let mut sim = Simulator::new(app).timeouts(short());
    let error = sim.call("/voice").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Timeout {
            after: Duration::from_millis(200)
        }
    );
}

#[tokio::test]
async fn a_url_fragment_overrides_the_read_timeout() {
    let app = Router::new()
        .route(
            "/voice",
            any(|| async { "<Response><Redirect>/slow#rt=100</Redirect></Response>" }),
        )
        .route("/slow", any(std::future::pending::<&'static str>));
    let mut sim = Simulator::new(app);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Timeout {
            after: Duration::from_millis(100)
        }
    );
    assert_eq!(
        error.request.as_deref(),
        Some("POST https://app.example.com/slow")
    );
}

#[tokio::test]
async fn a_body_larger_than_the_reader_accepts_is_refused() {
    let limit = cxml_runtime::ParseOptions::default().max_input_bytes;
    let app = Router::new().route("/voice", any(move || async move { "x".repeat(limit + 1) }));
    let mut sim = Simulator::new(app);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert_eq!(error.kind, ErrorKind::BodyTooLarge { limit });
}

/// Handlers that verify the signature and read typed parameters, as a real application does.
fn signed_app(key: &str, public_url: &str) -> Router {
    async fn voice(SignedForm(call): SignedForm<VoiceRequest>) -> String {
        format!(
            r#"<Response><Gather action="/menu?from={}" method="GET"/></Response>"#,
            call.call_sid
        )
    }
    async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> String {
        format!(
            "<Response><Say>You pressed {}</Say></Response>",
            gather.digits.unwrap_or_default()
        )
    }
    Router::new()
        .route("/voice", post(voice))
        .route("/menu", post(menu).get(menu))
        .with_state(WebhookConfig::new(key, public_url))
}

#[tokio::test]
async fn requests_are_signed_for_the_public_url_post_and_get() {
    let app = signed_app("PSK_right", "https://ivr.example.com");
    let mut sim = Simulator::new(app)
        .signing_key("PSK_right")
        .public_url("https://ivr.example.com");
    let transcript = sim.call("/voice").digits("42").run().await.unwrap();
    transcript.assert_said("You pressed 42");
    let menu = transcript.requests_to("/menu").next().unwrap();
    assert_eq!(menu.method, "GET");

    let app = signed_app("PSK_right", "https://ivr.example.com");
    let mut sim = Simulator::new(app)
        .signing_key("PSK_wrong")
        .public_url("https://ivr.example.com");
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(
        matches!(error.kind, ErrorKind::Status { status: 403, .. }),
        "{error}"
    );
}

#[tokio::test]
async fn over_http_a_running_server_is_driven_the_same_way() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = signed_app("PSK_http", &base);
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let mut sim = Simulator::over_http(&base).signing_key("PSK_http");
    let transcript = sim.call("/voice").digits("7").run().await.unwrap();
    transcript.assert_said("You pressed 7");
    server.abort();
}

#[tokio::test]
async fn over_http_a_server_that_never_answers_or_never_stops_meets_the_limits() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    // Accepts, reads the request, never answers.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent_url = format!("http://{}", silent.local_addr().unwrap());
    let silent_task = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((mut stream, _)) = silent.accept().await {
            let mut buffer = [0u8; 1024];
            let _ = stream.read(&mut buffer).await;
            open.push(stream);
        }
    });
    let mut sim = Simulator::over_http(&silent_url).timeouts(short());
    let error = sim.call("/voice").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::Timeout {
            after: Duration::from_millis(200)
        }
    );
    silent_task.abort();

    // Answers 200 with a chunked body that never ends.
    let endless = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endless_url = format!("http://{}", endless.local_addr().unwrap());
    let endless_task = tokio::spawn(async move {
        while let Ok((mut stream, _)) = endless.accept().await {
            tokio::spawn(async move {
                let mut buffer = [0u8; 4096];
                let _ = stream.read(&mut buffer).await;
                let _ = stream
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .await;
                let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, "x".repeat(64 * 1024));
                while stream.write_all(chunk.as_bytes()).await.is_ok() {}
            });
        }
    });
    let mut sim = Simulator::over_http(&endless_url).timeouts(Timeouts {
        total: Duration::from_secs(10),
        ..Timeouts::default()
    });
    let error = sim.call("/voice").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::BodyTooLarge {
            limit: cxml_runtime::ParseOptions::default().max_input_bytes
        }
    );
    endless_task.abort();

    // Nothing listening.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let closed_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let mut sim = Simulator::over_http(&closed_url);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(
        matches!(&error.kind, ErrorKind::Transport(message) if message.contains("cannot connect")),
        "{error}"
    );

    let mut sim = Simulator::over_http("https://127.0.0.1:9");
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(
        matches!(&error.kind, ErrorKind::Url(message) if message.contains("plain HTTP")),
        "{error}"
    );
}
