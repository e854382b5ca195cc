//! `cxml call|message --platform twilio` against a server that checks Twilio's signature
//! (`X-Twilio-Signature`, the Auth Token) and keeps an SMS survey's state in a cookie.

use std::net::SocketAddr;

use axum::Router;
use axum::http::{HeaderMap, header};
use axum::response::IntoResponse;
use axum::routing::post;
use cxml_webhook::params::{MessageRequest, VoiceRequest, is_twilio_account_sid};
use cxml_webhook::{SignedForm, WebhookConfig};

mod support;
use support::{cxml, serve};

const AUTH_TOKEN: &str = "twilio_token_cli_test";
const PUBLIC: &str = "https://survey.example.app";

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn survey() -> SocketAddr {
    async fn sms(
        headers: HeaderMap,
        SignedForm(message): SignedForm<MessageRequest>,
    ) -> impl IntoResponse {
        assert!(is_twilio_account_sid(&message.account_sid));
        let step: u32 = headers
            .get(header::COOKIE)
            .and_then(|value| value.to_str().ok())
            .and_then(|cookie| {
                cookie
                    .split("; ")
                    .find_map(|pair| pair.strip_prefix("step="))
            })
            .and_then(|step| step.parse().ok())
            .unwrap_or(0);
        let question = ["Your name?", "Your city?"]
            .get(step as usize)
            .unwrap_or(&"Thanks!");
        (
            [(header::SET_COOKIE, format!("step={}", step + 1))],
            format!("<Response><Message>{question}</Message></Response>"),
        )
    }
    async fn voice(SignedForm(call): SignedForm<VoiceRequest>) -> &'static str {
        assert_eq!(call.caller, call.from);
        r#"<Response><Gather bargeIn="false" numDigits="1"><Say>Hi.</Say></Gather><Dial><Client>alice</Client></Dial></Response>"#
    }
    serve(
        Router::new()
            .route("/sms", post(sms))
            .route("/voice", post(voice))
            .with_state(WebhookConfig::twilio(AUTH_TOKEN, PUBLIC)),
    )
}

#[test]
fn an_sms_survey_keeps_its_state_in_a_cookie_in_twilio_mode() {
    let addr = survey();
    let url = format!("http://{addr}/sms");
    let args = [
        "message",
        &url,
        "--key",
        AUTH_TOKEN,
        "--public-url",
        PUBLIC,
        "--platform",
        "twilio",
        "--body",
        "hi",
        "--body",
        "Ada",
        "--body",
        "London",
    ];
    let output = cxml(&args);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let asked: Vec<&str> = ["Your name?", "Your city?", "Thanks!"]
        .into_iter()
        .filter(|question| stdout.contains(question))
        .collect();
    assert_eq!(asked, ["Your name?", "Your city?", "Thanks!"], "{stdout}");

    // SignalWire's header is refused by Twilio's check.
    let output = cxml(&[
        "message",
        &url,
        "--key",
        AUTH_TOKEN,
        "--public-url",
        PUBLIC,
        "--body",
        "hi",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("403"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_call_reads_twiml_in_twilio_mode() {
    let addr = survey();
    let url = format!("http://{addr}/voice");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        AUTH_TOKEN,
        "--public-url",
        PUBLIC,
        "--platform",
        "twilio",
        "--input",
        "timeout",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let output = cxml(&["call", &url, "--key", AUTH_TOKEN, "--platform", "plivo"]);
    assert_eq!(output.status.code(), Some(2));
}
