//! `cxml call`, `cxml message` and `cxml sign` against a local server that checks signatures:
//! the exact command forms, the transcript and JSON outputs, and the exit statuses.

use std::net::SocketAddr;

use axum::Router;
use axum::routing::{any, post};
use cxml_webhook::params::{DialAction, GatherAction, MessageRequest, VoiceRequest};
use cxml_webhook::{SignedForm, WebhookConfig};

const KEY: &str = "PSK_cli_test";

mod support;
use support::cxml;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// An IVR on a free loopback port, verifying every signature; runs until the test process ends.
/// The events of `--json` output: one JSON object per line.
fn json_events(stdout: &[u8]) -> Vec<serde_json::Value> {
    text(stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON object per line"))
        .collect()
}

fn serve() -> SocketAddr {
    async fn voice(SignedForm(_call): SignedForm<VoiceRequest>) -> &'static str {
        r#"<Response><Gather action="/menu" numDigits="1" input="dtmf speech"><Say>Press 1 or say sales.</Say></Gather><Say>Bye.</Say><Hangup/></Response>"#
    }
    async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> String {
        match (gather.digits.as_deref(), gather.speech_result.as_deref()) {
            (Some("1"), _) | (_, Some("sales")) => {
                r#"<Response><Dial action="/dialed"><Number>+15550100</Number></Dial></Response>"#
                    .into()
            }
            (Some("9"), _) => "<Response><Redirect>/loop</Redirect></Response>".into(),
            _ => r#"<Response><Say>Again.</Say><Redirect>/voice</Redirect></Response>"#.into(),
        }
    }
    async fn dialed(SignedForm(dial): SignedForm<DialAction>) -> String {
        let status = dial
            .dial_call_status
            .map(|s| s.to_string())
            .unwrap_or_default();
        format!("<Response><Say>Dial {status}.</Say></Response>")
    }
    async fn sms(SignedForm(message): SignedForm<MessageRequest>) -> String {
        format!(
            "<Response><Message><Body>You said: {}</Body><Media>https://cdn.example.com/a.png</Media></Message></Response>",
            message.body.unwrap_or_default()
        )
    }
    let (std_listener, addr) = support::loopback();
    let app = Router::new()
        .route("/voice", post(voice))
        .route("/menu", post(menu))
        .route("/dialed", post(dialed))
        .route("/sms", post(sms))
        .route(
            "/loop",
            any(|| async { "<Response><Redirect>/loop</Redirect></Response>" }),
        )
        .route(
            "/broken",
            any(|| async { r#"<Response><Pause length="x"/></Response>"# }),
        )
        .with_state(WebhookConfig::new(KEY, format!("http://{addr}")));
    support::serve_on(std_listener, app);
    addr
}

#[test]
fn call_prints_the_transcript_and_exits_0() {
    let addr = serve();
    let url = format!("http://{addr}/voice");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        KEY,
        "--input",
        "1",
        "--dial-status",
        "busy",
    ]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "   0.0s  POST /voice (initial) -> 200");
    assert!(
        lines.contains(&"   1.0s  say \"Press 1 or say sales.\""),
        "{stdout}"
    );
    assert!(lines.contains(&"   2.0s  gather 1"), "{stdout}");
    assert!(
        lines.contains(&"   2.0s  dial +15550100 -> busy"),
        "{stdout}"
    );
    assert!(stdout.contains("say \"Dial busy.\""), "{stdout}");
    assert_eq!(*lines.last().unwrap(), "   3.0s  end: end-of-document");
}

#[test]
fn call_json_is_one_object_per_event_with_the_issue_fields() {
    let addr = serve();
    let url = format!("http://{addr}/voice");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        KEY,
        "--input",
        "speech:sales",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let events = json_events(&output.stdout);
    let kinds: Vec<&str> = events
        .iter()
        .map(|event| event["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "request", "say", "gather", "request", "dial", "request", "say", "end"
        ]
    );
    let first = &events[0];
    assert_eq!(first["method"], "POST");
    assert_eq!(first["url"], format!("http://{addr}/voice"));
    assert_eq!(first["status"], 200);
    assert_eq!(first["params"]["CallStatus"], "ringing");
    assert_eq!(events[1]["text"], "Press 1 or say sales.");
    assert_eq!(events[2]["input"], "speech:sales");
    assert_eq!(events[3]["params"]["SpeechResult"], "sales");
    assert_eq!(events[4]["to"], serde_json::json!(["+15550100"]));
    assert_eq!(events[4]["status"], "completed");
    assert!(
        events
            .iter()
            .all(|event| event["time"].is_number() && event["call"].is_string())
    );

    // No input left: the Gather times out, with `input` null.
    let output = cxml(&["call", &url, "--key", KEY, "--json"]);
    let events = json_events(&output.stdout);
    let gather = events
        .iter()
        .find(|event| event["event"] == "gather")
        .unwrap();
    assert!(gather["input"].is_null());
    assert!(events.iter().any(|event| event["event"] == "hangup"));
    assert_eq!(events.last().unwrap()["event"], "end");
}

#[test]
fn flow_errors_exit_1_with_an_error_event() {
    let addr = serve();
    let output = cxml(&[
        "call",
        &format!("http://{addr}/broken"),
        "--key",
        KEY,
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let last: serde_json::Value =
        serde_json::from_str(text(&output.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(last["event"], "error");
    assert!(
        last["message"].as_str().unwrap().contains("/broken"),
        "{last}"
    );
    assert!(text(&output.stderr).contains("not a valid cXML document"));

    // A redirect loop: the request bound names it.
    let url = format!("http://{addr}/voice");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        KEY,
        "--input",
        "9",
        "--max-requests",
        "6",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("stopped after 6 requests on one call; it keeps going round"),
        "{stderr}"
    );
    assert!(stderr.contains("/loop"), "{stderr}");

    // The wrong key: the server answers 403.
    let output = cxml(&["call", &url, "--key", "PSK_wrong"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("answered HTTP 403"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["call"],
        vec!["call", "http://127.0.0.1:9/voice"],
        vec!["call", "https://example.com/voice", "--key", "k"],
        vec![
            "call",
            "http://127.0.0.1:9/voice",
            "--key",
            "k",
            "--input",
            "12x",
        ],
        vec![
            "call",
            "http://127.0.0.1:9/voice",
            "--key",
            "k",
            "--dial-status",
            "maybe",
        ],
        vec![
            "call",
            "http://127.0.0.1:9/voice",
            "--key",
            "k",
            "--max-requests",
            "0",
        ],
        vec![
            "call",
            "http://127.0.0.1:9/voice",
            "--key",
            "k",
            "--frobnicate",
        ],
        vec!["message", "http://127.0.0.1:9/sms", "--key", "k"],
        vec!["sign", "only-a-key"],
    ] {
        let output = cxml(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&output.stderr)
        );
        assert!(text(&output.stderr).contains("usage"), "{args:?}");
    }
}

#[test]
fn message_prints_the_reply() {
    let addr = serve();
    let url = format!("http://{addr}/sms");
    let output = cxml(&[
        "message",
        &url,
        "--key",
        KEY,
        "--body",
        "hello there",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let events = json_events(&output.stdout);
    assert_eq!(events[0]["params"]["Body"], "hello there");
    let reply = events
        .iter()
        .find(|event| event["event"] == "message")
        .unwrap();
    assert_eq!(reply["body"], "You said: hello there");
    assert_eq!(
        reply["media"],
        serde_json::json!(["https://cdn.example.com/a.png"])
    );
    assert_eq!(events.last().unwrap()["event"], "end");

    let output = cxml(&["message", &url, "--key", KEY, "--body", "hi"]);
    assert!(text(&output.stdout).contains(
        "message +15557650000 -> +15551230000 \"You said: hi\" media=https://cdn.example.com/a.png"
    ));
}

#[test]
fn sign_prints_the_signature_header_value() {
    // The Compatibility signature vector `compat_basic`.
    let output = cxml(&[
        "sign",
        "12345",
        "https://mycompany.com/myapp.php?foo=1&bar=2",
        "CallSid=CA1234567890ABCDE",
        "Caller=+14158675309",
        "Digits=1234",
        "From=+14158675309",
        "To=+18005551212",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), "RSOYDt4T1cUTdK1PDd93/VVr8B8=\n");
    // A GET: the URL alone.
    let output = cxml(&["sign", "k", "http://127.0.0.1:3000/voice?CallSid=CA1"]);
    assert_eq!(
        text(&output.stdout).trim(),
        cxml_webhook::sign_form("k", "http://127.0.0.1:3000/voice?CallSid=CA1", &[])
    );
}
