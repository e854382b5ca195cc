//! `cxml call` and `cxml message` with what real applications need: a server behind a tunnel
//! that checks signatures against its public URL, GET webhooks, the caller's numbers, recordings
//! and their callbacks, a callee that screens calls, calls stored across runs, conversations of
//! several messages with media, and `cxml --version`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use cxml_webhook::params::{GatherAction, VoiceRequest};
use cxml_webhook::{SignedForm, WebhookConfig};

mod support;
use support::{cxml, serve};

const KEY: &str = "PSK_platform_test";
const PUBLIC: &str = "https://abc.example.app";

type FormMap = Form<HashMap<String, String>>;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn json_events(stdout: &[u8]) -> Vec<serde_json::Value> {
    text(stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON object per line"))
        .collect()
}

fn requests(events: &[serde_json::Value]) -> Vec<&serde_json::Value> {
    events
        .iter()
        .filter(|event| event["event"] == "request")
        .collect()
}

/// A server behind a tunnel: it checks every signature against its public URL.
fn tunnelled() -> SocketAddr {
    async fn voice(SignedForm(_call): SignedForm<VoiceRequest>) -> &'static str {
        r#"<Response><Gather action="gathered" numDigits="1"><Say>Press a key.</Say></Gather></Response>"#
    }
    async fn gathered(SignedForm(gather): SignedForm<GatherAction>) -> String {
        format!(
            "<Response><Say>You pressed {}.</Say></Response>",
            gather.digits.unwrap_or_default()
        )
    }
    serve(
        Router::new()
            .route("/voice", post(voice))
            .route("/gathered", post(gathered))
            .with_state(WebhookConfig::new(KEY, PUBLIC)),
    )
}

#[test]
fn a_server_behind_a_tunnel_is_signed_for_its_public_url() {
    let addr = tunnelled();
    let url = format!("http://{addr}/voice");
    // Signed for the local address, the server refuses: the answer says why and what to do.
    let output = cxml(&["call", &url, "--key", KEY, "--input", "4"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("answered HTTP 403"), "{stderr}");
    assert!(
        stderr.contains(&format!("signed over http://{addr}/voice")),
        "{stderr}"
    );
    assert!(stderr.contains("--public-url"), "{stderr}");

    let public = format!("{PUBLIC}/voice");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        KEY,
        "--public-url",
        &public,
        "--input",
        "4",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let events = json_events(&output.stdout);
    let requests = requests(&events);
    // Reported with the public URL; the relative action resolved against it.
    assert_eq!(requests[0]["url"], public);
    assert_eq!(requests[1]["url"], format!("{PUBLIC}/gathered"));
    assert!(
        events
            .iter()
            .any(|event| event["event"] == "say" && event["text"] == "You pressed 4."),
        "{events:?}"
    );
    // A public URL that is only an origin keeps URL's path.
    let output = cxml(&["call", &url, "--key", KEY, "--public-url", PUBLIC]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}

/// Applications without signature checks, keeping state as real ones do.
#[derive(Clone, Default)]
struct Store {
    rows: Arc<Mutex<HashMap<String, String>>>,
    calls: Arc<Mutex<Vec<String>>>,
    texts: Arc<Mutex<HashMap<String, usize>>>,
}

fn apps() -> SocketAddr {
    async fn ivr(Query(query): Query<HashMap<String, String>>) -> String {
        format!(
            "<Response><Say>Hello {} calling {}.</Say></Response>",
            query["From"], query["To"]
        )
    }
    async fn voicemail() -> &'static str {
        r#"<Response><Record action="/recorded" transcribeCallback="/transcribed" recordingStatusCallback="/status-broken"/></Response>"#
    }
    async fn recorded(State(store): State<Store>, Form(form): FormMap) -> &'static str {
        store.rows.lock().unwrap().insert(
            form["CallSid"].clone(),
            format!("{}s", form["RecordingDuration"]),
        );
        "<Response><Say>Saved.</Say></Response>"
    }
    async fn transcribed(State(store): State<Store>, Form(form): FormMap) -> StatusCode {
        match store.rows.lock().unwrap().get_mut(&form["CallSid"]) {
            Some(row) => {
                row.push_str(&format!(" {}", form["TranscriptionText"]));
                StatusCode::OK
            }
            None => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
    async fn stored(State(store): State<Store>, Form(form): FormMap) -> (StatusCode, &'static str) {
        let mut calls = store.calls.lock().unwrap();
        if calls.contains(&form["CallSid"]) {
            return (StatusCode::CONFLICT, "this call is already stored");
        }
        calls.push(form["CallSid"].clone());
        (StatusCode::OK, "<Response><Hangup/></Response>")
    }
    async fn screened(Form(form): FormMap) -> &'static str {
        if form.get("Digits").map(String::as_str) == Some("1") {
            "<Response><Say>Connecting.</Say></Response>"
        } else {
            "<Response><Hangup/></Response>"
        }
    }
    async fn dialed(Form(form): FormMap) -> String {
        format!(
            "<Response><Say>Dial {}.</Say></Response>",
            form["DialCallStatus"]
        )
    }
    async fn sms(State(store): State<Store>, Form(form): FormMap) -> String {
        let mut texts = store.texts.lock().unwrap();
        let count = texts.entry(form["From"].clone()).or_default();
        *count += 1;
        let media = form
            .get("MediaUrl0")
            .map_or(String::new(), |url| format!("<Media>{url}</Media>"));
        format!(
            "<Response><Message><Body>Reply {count}: {}</Body>{media}</Message></Response>",
            form["Body"]
        )
    }
    serve(
        Router::new()
            .route("/ivr", get(ivr))
            .route("/voicemail", post(voicemail))
            .route("/recorded", post(recorded))
            .route("/transcribed", post(transcribed))
            .route(
                "/status-broken",
                post(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "oops") }),
            )
            .route("/store", post(stored))
            .route(
                "/dial",
                post(|| async {
                    r#"<Response><Dial action="/dialed"><Number url="/screen">+15550100</Number></Dial></Response>"#
                }),
            )
            .route(
                "/screen",
                post(|| async {
                    r#"<Response><Gather numDigits="1" action="/screened"><Say>Press 1 to accept.</Say></Gather><Hangup/></Response>"#
                }),
            )
            .route("/screened", post(screened))
            .route("/dialed", post(dialed))
            .route("/sms", post(sms))
            .with_state(Store::default()),
    )
}

#[test]
fn a_get_only_app_with_the_callers_numbers() {
    let addr = apps();
    let url = format!("http://{addr}/ivr");
    // The number is set to GET: a POST gets 405.
    let output = cxml(&["call", &url, "--key", KEY]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("405"),
        "{}",
        text(&output.stderr)
    );
    let output = cxml(&[
        "call",
        &url,
        "--key",
        KEY,
        "--method",
        "GET",
        "--from",
        "+15550001111",
        "--to",
        "+15550002222",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("GET /ivr (initial) -> 200"), "{stdout}");
    assert!(
        stdout.contains("say \"Hello +15550001111 calling +15550002222.\""),
        "{stdout}"
    );
}

#[test]
fn recordings_transcriptions_and_a_failed_callback() {
    let addr = apps();
    let url = format!("http://{addr}/voicemail");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        KEY,
        "--transcription",
        "call me back",
        "--recording-seconds",
        "7",
        "--json",
    ]);
    // The recording-status callback failed: reported, the call went on, and the exit is 1.
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let events = json_events(&output.stdout);
    let requests = requests(&events);
    let purposes: Vec<&str> = requests
        .iter()
        .map(|request| request["purpose"].as_str().unwrap())
        .collect();
    assert_eq!(
        purposes,
        [
            "initial",
            "record-action",
            "recording-status",
            "transcription"
        ]
    );
    assert_eq!(requests[1]["params"]["RecordingDuration"], "7");
    assert_eq!(requests[3]["params"]["TranscriptionText"], "call me back");
    assert_eq!(requests[3]["status"], 200, "the row existed: {events:?}");
    let callback = events
        .iter()
        .find(|event| event["event"] == "callback")
        .expect("a callback event");
    assert_eq!(callback["url"], format!("http://{addr}/status-broken"));
    assert_eq!(callback["status"], 500);
    assert!(
        events
            .iter()
            .any(|event| event["event"] == "say" && event["text"] == "Saved.")
    );
    assert_eq!(events.last().unwrap()["event"], "end");
    assert!(
        text(&output.stderr).contains("callback failed"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn calls_stored_across_runs_get_new_sids_unless_seeded() {
    let addr = apps();
    let url = format!("http://{addr}/store");
    for _ in 0..2 {
        let output = cxml(&["call", &url, "--key", KEY]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    }
    // The same seed makes the same CallSid: the app sees the same call again.
    let seeded = ["call", &url, "--key", KEY, "--seed", "7", "--json"];
    let first = cxml(&seeded);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let again = cxml(&seeded);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("409"));
    let sid = |output: &std::process::Output| json_events(&output.stdout)[0]["call"].clone();
    assert_eq!(sid(&first), sid(&again));
}

#[test]
fn the_callee_screens_the_call() {
    let addr = apps();
    let url = format!("http://{addr}/dial");
    let output = cxml(&["call", &url, "--key", KEY, "--callee-input", "1"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("POST /screen (callee-url)"), "{stdout}");
    assert!(stdout.contains("say \"Dial completed.\""), "{stdout}");
    assert!(stdout.contains("bridge with #2"), "{stdout}");
    // Without the callee's key press the screening hangs up: not connected.
    let output = cxml(&["call", &url, "--key", KEY]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("say \"Dial no-answer.\""), "{stdout}");
    assert!(!stdout.contains("bridge"), "{stdout}");
}

#[test]
fn a_conversation_of_three_messages_with_media() {
    let addr = apps();
    let url = format!("http://{addr}/sms");
    let output = cxml(&[
        "message",
        &url,
        "--key",
        KEY,
        "--body",
        "one",
        "--body",
        "two",
        "--body",
        "three",
        "--media",
        "https://cdn.example.com/cat.jpg",
        "--from",
        "+15550003333",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let events = json_events(&output.stdout);
    let kinds: Vec<&str> = events
        .iter()
        .map(|event| event["event"].as_str().unwrap())
        .filter(|kind| *kind != "end")
        .collect();
    assert_eq!(
        kinds,
        [
            "request", "message", "request", "message", "request", "message"
        ]
    );
    let requests = requests(&events);
    assert_eq!(requests[0]["params"]["NumMedia"], "1");
    assert_eq!(
        requests[0]["params"]["MediaUrl0"],
        "https://cdn.example.com/cat.jpg"
    );
    assert_eq!(requests[0]["params"]["MediaContentType0"], "image/jpeg");
    assert_eq!(requests[1]["params"]["NumMedia"], "0");
    assert!(
        requests
            .iter()
            .all(|request| request["params"]["From"] == "+15550003333")
    );
    let replies: Vec<&str> = events
        .iter()
        .filter(|event| event["event"] == "message")
        .map(|event| event["body"].as_str().unwrap())
        .collect();
    assert_eq!(replies, ["Reply 1: one", "Reply 2: two", "Reply 3: three"]);
    assert_ne!(
        requests[0]["params"]["MessageSid"],
        requests[1]["params"]["MessageSid"]
    );
}

#[test]
fn version_prints_and_exits_0() {
    let output = cxml(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        text(&output.stdout),
        format!("cxml {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn new_options_are_checked() {
    for args in [
        vec![
            "call",
            "http://127.0.0.1:9/v",
            "--key",
            "k",
            "--method",
            "PUT",
        ],
        vec!["call", "http://127.0.0.1:9/v", "--key", "k", "--seed", "x"],
        vec![
            "call",
            "http://127.0.0.1:9/v",
            "--key",
            "k",
            "--recording-seconds",
            "-1",
        ],
        vec![
            "call",
            "http://127.0.0.1:9/v",
            "--key",
            "k",
            "--callee-input",
            "1x",
        ],
        vec![
            "call",
            "http://127.0.0.1:9/v",
            "--key",
            "k",
            "--public-url",
            "ftp://x/v",
        ],
        vec![
            "message",
            "http://127.0.0.1:9/s",
            "--key",
            "k",
            "--media",
            "https://x/a.png",
        ],
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
