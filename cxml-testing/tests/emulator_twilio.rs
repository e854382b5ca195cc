//! The emulator in Twilio mode: `cxml_rest::Client` with `Credentials::twilio_at` against an
//! `Emulator` whose simulator runs as Twilio, over an app that checks `X-Twilio-Signature` with
//! `WebhookConfig::twilio`: Twilio's paths, URIs and sids.

use axum::http::{HeaderMap, header};
use axum::{Router, routing::post};
use cxml_rest::{
    CallDocument, CallFilter, CallStatus, Client, CreateCall, CreateMessage, Credentials,
    MessageStatus, RetryPolicy,
};
use cxml_runtime::schema::Platform;
use cxml_testing::rest::{Emulator, Phone};
use cxml_testing::{Event, Simulator};
use cxml_webhook::{VerifySignatureLayer, WebhookConfig};

const ACCOUNT_SID: &str = "AC0123456789abcdef0123456789abcdef";
const AUTH_TOKEN: &str = "twilio_auth_token";
const APP: &str = "https://app.example.com";

fn app() -> Router {
    Router::new()
        .route(
            "/menu",
            post(|| async {
                (
                    [(header::SET_COOKIE, "step=menu; Path=/")],
                    r#"<Response><Gather bargeIn="false" numDigits="1" action="/chosen"><Say>Press 1.</Say></Gather></Response>"#,
                )
            }),
        )
        .route(
            "/chosen",
            post(|headers: HeaderMap, body: String| async move {
                let cookie = headers
                    .get(header::COOKIE)
                    .and_then(|value| value.to_str().ok())
                    .unwrap_or_default();
                let digit = body.contains("Digits=1");
                if cookie.contains("step=menu") && digit {
                    "<Response><Say>You chose 1.</Say></Response>"
                } else {
                    "<Response><Say>Lost.</Say></Response>"
                }
            }),
        )
        .route("/status", post(|| async { "" }))
        .layer(VerifySignatureLayer::new(WebhookConfig::twilio(AUTH_TOKEN, APP)))
}

fn setup() -> (Emulator, Client) {
    let simulator = Simulator::new(app())
        .seed(24)
        .platform(Platform::Twilio)
        .signing_key(AUTH_TOKEN);
    let emulator = Emulator::new(simulator, ACCOUNT_SID, AUTH_TOKEN);
    let credentials = Credentials::twilio(ACCOUNT_SID, AUTH_TOKEN).unwrap();
    let client = Client::builder(credentials)
        .retry(RetryPolicy::none())
        .service(emulator.clone());
    (emulator, client)
}

fn twilio_sid(sid: &str, prefix: &str) -> bool {
    sid.len() == 34 && sid.starts_with(prefix) && sid[2..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[tokio::test]
async fn a_call_runs_a_twiml_flow_signed_as_twilio_signs() {
    let (emulator, client) = setup();
    assert_eq!(
        client.account_path(),
        format!("/2010-04-01/Accounts/{ACCOUNT_SID}")
    );
    emulator
        .phone("+15550100", Phone::human().digits("1"))
        .await;
    let created = client
        .calls()
        .create(
            &CreateCall::new(
                "+15550100",
                "+15550199",
                CallDocument::url(format!("{APP}/menu")),
            )
            .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    assert!(twilio_sid(&created.sid, "CA"), "{}", created.sid);
    assert_eq!(
        created.uri.as_deref(),
        Some(
            format!(
                "/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{}.json",
                created.sid
            )
            .as_str()
        )
    );
    let transcript = emulator.transcript_of(&created.sid).await;
    assert!(
        !transcript
            .events()
            .any(|event| matches!(event, Event::Error { .. })),
        "{transcript:?}"
    );
    assert_eq!(transcript.said(), ["Press 1.", "You chose 1."]);
    let first = transcript.requests_to("/menu").next().unwrap();
    assert_eq!(first.params.get("AccountSid"), Some(ACCOUNT_SID));
    assert_eq!(first.params.get("ApiVersion"), Some("2010-04-01"));

    let fetched = client.calls().fetch(&created.sid).await.unwrap();
    assert_eq!(fetched.status, CallStatus::Completed);
    let listed = client
        .calls()
        .list(&CallFilter::new().page_size(1))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
}

#[tokio::test]
async fn a_message_has_a_twilio_sid_and_uri() {
    let (emulator, client) = setup();
    let message = client
        .messages()
        .create(
            &CreateMessage::sms("+15550100", "+15550199", "Your code is 123456")
                .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    assert!(twilio_sid(&message.sid, "SM"), "{}", message.sid);
    assert_eq!(
        message.uri.as_deref(),
        Some(
            format!(
                "/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{}.json",
                message.sid
            )
            .as_str()
        )
    );
    let transcript = emulator.transcript_of(&message.sid).await;
    let statuses: Vec<&str> = transcript
        .requests()
        .map(|request| request.params.get("MessageStatus").unwrap())
        .collect();
    assert_eq!(statuses, ["sent", "delivered"]);
    let fetched = client.messages().fetch(&message.sid).await.unwrap();
    assert_eq!(fetched.status, MessageStatus::Delivered);
}

#[tokio::test]
async fn signalwire_paths_and_wrong_credentials_are_refused_in_twilio_mode() {
    let (emulator, _) = setup();
    let wrong = Client::builder(Credentials::twilio(ACCOUNT_SID, "nope").unwrap())
        .retry(RetryPolicy::none())
        .service(emulator.clone());
    assert!(wrong.calls().fetch("CA0").await.is_err());
}
