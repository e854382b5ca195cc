//! The simulator in Twilio mode: an application that checks `X-Twilio-Signature` (here with
//! `WebhookConfig::twilio`, Twilio's scheme) answers it, with Twilio's parameters; TwiML only
//! Twilio has is read; cookies are kept for a call and for an SMS conversation.

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use cxml_runtime::schema::Platform;
use cxml_testing::{DEFAULT_PUBLIC_URL, ErrorKind, Simulator};
use cxml_webhook::params::{MessageRequest, VoiceRequest, is_twilio_account_sid};
use cxml_webhook::{VerifySignatureLayer, WebhookConfig};

const AUTH_TOKEN: &str = "twilio_auth_token_for_tests";

fn twiml(body: &'static str) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/xml")], body)
}

/// An IVR behind Twilio's signature check, written with what only Twilio has (`bargeIn`,
/// `<Client>`), that counts the requests of a call in a cookie.
fn ivr() -> Router {
    async fn voice() -> impl IntoResponse {
        (
            [(header::SET_COOKIE, "visits=1; Path=/; HttpOnly")],
            twiml(
                r#"<Response><Gather bargeIn="false" numDigits="1" action="/menu"><Say>Press 1.</Say></Gather></Response>"#,
            ),
        )
    }
    async fn menu(headers: HeaderMap) -> impl IntoResponse {
        let cookie = headers
            .get(header::COOKIE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let said = if cookie.contains("visits=1") {
            "Welcome back."
        } else {
            "No cookie."
        };
        let body = format!("<Response><Say>{said}</Say><Hangup/></Response>");
        ([(header::CONTENT_TYPE, "text/xml")], body)
    }
    Router::new()
        .route("/voice", post(voice))
        .route("/menu", post(menu))
        .layer(VerifySignatureLayer::new(WebhookConfig::twilio(
            AUTH_TOKEN,
            DEFAULT_PUBLIC_URL,
        )))
}

#[tokio::test]
async fn a_call_in_twilio_mode_is_signed_and_keeps_its_cookies() {
    let mut sim = Simulator::new(ivr())
        .platform(Platform::Twilio)
        .signing_key(AUTH_TOKEN);
    let transcript = sim.call("/voice").digits("1").run().await.unwrap();
    transcript.assert_said("Welcome back.");
    let first: VoiceRequest = transcript.requests().next().unwrap().params().unwrap();
    assert!(
        is_twilio_account_sid(&first.account_sid),
        "{}",
        first.account_sid
    );
    assert_eq!(first.caller, first.from);
    assert_eq!(first.called, first.to);
    assert_eq!(first.api_version.as_deref(), Some("2010-04-01"));
}

#[tokio::test]
async fn signalwire_mode_is_refused_by_a_twilio_check() {
    let mut sim = Simulator::new(ivr()).signing_key(AUTH_TOKEN);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(
        matches!(error.kind, ErrorKind::Status { status: 403, .. }),
        "{error}"
    );
}

/// An SMS survey that keeps its step in a cookie, as Twilio apps do.
fn survey() -> Router {
    async fn sms(headers: HeaderMap, body: String) -> impl IntoResponse {
        let message: MessageRequest = cxml_webhook::from_form_str(&body).unwrap();
        assert!(is_twilio_account_sid(&message.account_sid));
        assert_eq!(message.sms_status.as_deref(), Some("received"));
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
        let question = match step {
            0 => "Question 1: your name?",
            1 => "Question 2: your city?",
            _ => "Thanks, that is all.",
        };
        (
            StatusCode::OK,
            [
                (header::SET_COOKIE, format!("step={}; Path=/", step + 1)),
                (header::CONTENT_TYPE, "text/xml".to_owned()),
            ],
            format!("<Response><Message>{question}</Message></Response>"),
        )
    }
    Router::new()
        .route("/sms", post(sms))
        .layer(VerifySignatureLayer::new(WebhookConfig::twilio(
            AUTH_TOKEN,
            DEFAULT_PUBLIC_URL,
        )))
}

fn replies(transcript: &cxml_testing::Transcript) -> Vec<String> {
    transcript
        .messages()
        .iter()
        .map(|reply| reply.body.to_string())
        .collect()
}

#[tokio::test]
async fn an_sms_survey_keeps_its_state_in_a_cookie_across_messages() {
    let mut sim = Simulator::new(survey())
        .platform(Platform::Twilio)
        .signing_key(AUTH_TOKEN);
    let transcript = sim
        .message("/sms", "hi")
        .then("Ada")
        .then("London")
        .run()
        .await
        .unwrap();
    assert_eq!(
        replies(&transcript),
        [
            "Question 1: your name?",
            "Question 2: your city?",
            "Thanks, that is all."
        ]
    );
    // A later message between the same two numbers is the same conversation.
    let later = sim.message("/sms", "one more").run().await.unwrap();
    assert_eq!(replies(&later), ["Thanks, that is all."]);
    // Another sender starts over.
    let other = sim
        .message("/sms", "hello")
        .from("+15559990000")
        .run()
        .await
        .unwrap();
    assert_eq!(replies(&other), ["Question 1: your name?"]);
}

#[tokio::test]
async fn signalwire_mode_keeps_no_cookies() {
    async fn sms(headers: HeaderMap) -> impl IntoResponse {
        let has_cookie = headers.contains_key(header::COOKIE);
        (
            [(header::SET_COOKIE, "step=1")],
            format!("<Response><Message>cookie: {has_cookie}</Message></Response>"),
        )
    }
    let mut sim = Simulator::new(Router::new().route("/sms", post(sms)));
    let transcript = sim.message("/sms", "a").then("b").run().await.unwrap();
    assert_eq!(replies(&transcript), ["cookie: false", "cookie: false"]);
}
