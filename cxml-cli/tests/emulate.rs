//! `cxml emulate` over HTTP: the pinned command form and first line, the REST API as an SDK
//! sends it (form bodies, `True`, repeated fields, the bare `/2010-04-01` prefix), signed
//! webhooks to an app that checks them, the `/emulator/*` routes, and the flows of issue 23.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};

use axum::Router;
use axum::routing::post;
use cxml_webhook::{SignedForm, WebhookConfig};
use serde_json::Value;

mod support;

const KEY: &str = "PSK_emulate_test";
const PROJECT: &str = "p-emulate";
const TOKEN: &str = "t-emulate";

type Form = SignedForm<HashMap<String, String>>;

/// The app on a free loopback port, verifying every signature.
fn serve_app() -> SocketAddr {
    serve_app_checking(|base| WebhookConfig::new(KEY, base))
}

/// The app, verifying every signature with the configuration made for its base URL.
fn serve_app_checking(config: impl FnOnce(String) -> WebhookConfig) -> SocketAddr {
    let (std_listener, addr) = support::loopback();
    let app = Router::new()
        .route(
            "/remind",
            post(|SignedForm(form): Form| async move {
                if form.get("AnsweredBy").map(String::as_str) == Some("machine") {
                    "<Response><Say>This is your reminder for tomorrow.</Say><Hangup/></Response>"
                } else {
                    "<Response><Say>Hello in person.</Say></Response>"
                }
            }),
        )
        .route(
            "/menu",
            post(|SignedForm(_): Form| async {
                r#"<Response><Gather numDigits="1" timeout="5" action="/chosen"><Say>Press 1.</Say></Gather><Say>No input.</Say></Response>"#
            }),
        )
        .route(
            "/chosen",
            post(|SignedForm(form): Form| async move {
                format!(
                    "<Response><Say>You chose {}.</Say></Response>",
                    form.get("Digits").cloned().unwrap_or_default()
                )
            }),
        )
        .route(
            "/support",
            post(|SignedForm(_): Form| async {
                r#"<Response><Enqueue waitUrl="/hold">support</Enqueue></Response>"#
            }),
        )
        .route(
            "/hold",
            post(|SignedForm(_): Form| async { "<Response><Say>Please hold.</Say></Response>" }),
        )
        .route(
            "/agent",
            post(|SignedForm(_): Form| async {
                "<Response><Dial><Queue>support</Queue></Dial></Response>"
            }),
        )
        .route(
            "/conference",
            post(|SignedForm(_): Form| async {
                r#"<Response><Dial action="/left"><Conference startConferenceOnEnter="true">standup</Conference></Dial></Response>"#
            }),
        )
        .route(
            "/left",
            post(|SignedForm(_): Form| async { "<Response><Say>You left.</Say></Response>" }),
        )
        .route(
            "/sms",
            post(|SignedForm(form): Form| async move {
                format!(
                    "<Response><Message>Got {}</Message></Response>",
                    form.get("Body").cloned().unwrap_or_default()
                )
            }),
        )
        .route("/status", post(|SignedForm(_): Form| async { "" }))
        .with_state(config(format!("http://{addr}")));
    support::serve_on(std_listener, app);
    addr
}

/// A running `cxml emulate`, killed when dropped.
struct Emulate {
    child: Child,
    port: u16,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Emulate {
    fn start(extra: &[&str]) -> Emulate {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cxml"))
            .args([
                "emulate",
                "--project",
                PROJECT,
                "--token",
                TOKEN,
                "--key",
                KEY,
            ])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("cxml emulate runs");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
        let mut first = String::new();
        stdout.read_line(&mut first).expect("a first line");
        let port = first
            .trim_end()
            .strip_prefix("listening on http://127.0.0.1:")
            .unwrap_or_else(|| panic!("first line: {first:?}"))
            .parse()
            .expect("a port");
        let (send, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Emulate { child, port, lines }
    }

    /// One request; the status and the body read as JSON (`Null` when empty).
    fn request(&self, method: &str, path: &str, form: &[(&str, &str)], auth: bool) -> (u16, Value) {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            self.port,
            body.len()
        );
        if auth {
            head.push_str(&format!(
                "Authorization: Basic {}\r\n",
                base64(format!("{PROJECT}:{TOKEN}").as_bytes())
            ));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let answer = String::from_utf8(answer).unwrap();
        let (head, body) = answer.split_once("\r\n\r\n").unwrap();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        let body = if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            dechunk(body)
        } else {
            body.to_owned()
        };
        let json = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&body).unwrap_or_else(|_| panic!("JSON: {body}"))
        };
        (status, json)
    }

    fn api(&self, method: &str, resource: &str, form: &[(&str, &str)]) -> (u16, Value) {
        self.request(
            method,
            &format!("/2010-04-01/Accounts/{PROJECT}/{resource}"),
            form,
            true,
        )
    }

    fn events(&self) -> Vec<Value> {
        let (status, events) = self.request("GET", "/emulator/events", &[], false);
        assert_eq!(status, 200);
        events.as_array().unwrap().clone()
    }

    fn said(&self, call: &str) -> Vec<String> {
        self.events()
            .iter()
            .filter(|event| event["call"] == call && event["event"] == "say")
            .map(|event| event["text"].as_str().unwrap().to_owned())
            .collect()
    }
}

impl Drop for Emulate {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        body = &rest[size + 2..];
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn the_first_line_names_the_port_and_auth_is_checked() {
    let emulate = Emulate::start(&[]);
    assert!(emulate.port > 0);
    let (status, body) = emulate.request(
        "GET",
        &format!("/api/laml/2010-04-01/Accounts/{PROJECT}/Calls.json"),
        &[],
        false,
    );
    assert_eq!(status, 401);
    assert_eq!(body["code"], 20003);
    let (status, body) = emulate.api("GET", "Calls.json", &[]);
    assert_eq!(status, 200);
    assert_eq!(body["calls"], Value::Array(Vec::new()));
    assert!(
        body["uri"]
            .as_str()
            .unwrap()
            .starts_with("/api/laml/2010-04-01/")
    );
    let (status, body) = emulate.api("GET", "Calls/nope.json", &[]);
    assert_eq!((status, body["code"].clone()), (404, Value::from(20404)));
}

#[test]
fn a_reminder_reaches_a_machine_and_leaves_a_voicemail() {
    let app = serve_app();
    let emulate = Emulate::start(&["--json"]);
    let (status, _) = emulate.request(
        "POST",
        "/emulator/phones",
        &[("Number", "+15550100"), ("Answer", "machine")],
        false,
    );
    assert_eq!(status, 201);
    let remind = format!("http://{app}/remind");
    let callback = format!("http://{app}/status");
    let (status, call) = emulate.api(
        "POST",
        "Calls.json",
        &[
            ("To", "+15550100"),
            ("From", "+15550199"),
            ("Url", &remind),
            ("MachineDetection", "Enable"),
            ("StatusCallback", &callback),
            ("StatusCallbackEvent", "initiated"),
            ("StatusCallbackEvent", "completed"),
            ("Record", "False"),
        ],
    );
    assert_eq!(status, 201, "{call}");
    assert_eq!(call["status"], "queued");
    let sid = call["sid"].as_str().unwrap();
    assert_eq!(emulate.said(sid), ["This is your reminder for tomorrow."]);
    let (_, fetched) = emulate.api("GET", &format!("Calls/{sid}.json"), &[]);
    assert_eq!(fetched["status"], "completed");
    assert_eq!(fetched["answered_by"], "machine");
    assert_eq!(fetched["direction"], "outbound-api");
    // Every webhook passed the app's signature check (a 403 would be an error event).
    let events = emulate.events();
    assert!(
        events
            .iter()
            .all(|event| event["event"] != "error" && event["event"] != "callback"),
        "{events:?}"
    );
    let statuses: Vec<&str> = events
        .iter()
        .filter(|event| event["purpose"] == "call-status")
        .map(|event| event["params"]["CallStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["initiated", "completed"]);
    // --json printed the same events, one per line, as they happened.
    let mut printed: Vec<Value> = Vec::new();
    while printed.len() < events.len() {
        let line = emulate
            .lines
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("every event printed");
        printed.push(serde_json::from_str(&line).unwrap());
    }
    assert_eq!(printed, events);
}

#[test]
fn a_queued_caller_is_dequeued_by_an_agents_call() {
    let app = serve_app();
    let emulate = Emulate::start(&[]);
    let (status, caller) = emulate.request(
        "POST",
        "/emulator/calls",
        &[
            ("Url", &format!("http://{app}/support")),
            ("From", "+15550142"),
        ],
        false,
    );
    assert_eq!(status, 201);
    let caller = caller["sid"].as_str().unwrap().to_owned();
    let (_, queues) = emulate.api("GET", "Queues.json", &[]);
    let queue = queues["queues"][0]["sid"].as_str().unwrap().to_owned();
    let (_, front) = emulate.api("GET", &format!("Queues/{queue}/Members/Front.json"), &[]);
    assert_eq!(front["call_sid"], caller.as_str());
    let (status, agent) = emulate.api(
        "POST",
        "Calls.json",
        &[
            ("To", "+15550200"),
            ("From", "+15550199"),
            ("Url", &format!("http://{app}/agent")),
        ],
    );
    assert_eq!(status, 201);
    let agent = agent["sid"].as_str().unwrap();
    assert!(emulate.events().iter().any(|event| event["call"] == agent
        && event["event"] == "bridge"
        && event["with"] == caller.as_str()));
    let (_, fetched) = emulate.api("GET", &format!("Calls/{caller}.json"), &[]);
    assert_eq!(fetched["status"], "completed");
}

#[test]
fn a_live_call_is_moved_out_of_a_gather_by_an_update_and_time_passes() {
    let app = serve_app();
    let emulate = Emulate::start(&[]);
    let menu = format!("http://{app}/menu");
    let (_, call) = emulate.api(
        "POST",
        "Calls.json",
        &[("To", "+15550123"), ("From", "+15550199"), ("Url", &menu)],
    );
    let sid = call["sid"].as_str().unwrap().to_owned();
    let (_, live) = emulate.api("GET", &format!("Calls/{sid}.json"), &[]);
    assert_eq!(live["status"], "in-progress");
    let (status, moved) = emulate.api(
        "POST",
        &format!("Calls/{sid}.json"),
        &[("Twiml", "<Response><Say>Moved.</Say><Hangup/></Response>")],
    );
    assert_eq!(status, 200, "{moved}");
    assert_eq!(moved["status"], "completed");
    assert_eq!(emulate.said(&sid), ["Press 1.", "Moved."]);

    // Another one: time passes on the virtual clock, the Gather times out.
    let (_, call) = emulate.api(
        "POST",
        "Calls.json",
        &[("To", "+15550124"), ("From", "+15550199"), ("Url", &menu)],
    );
    let silent = call["sid"].as_str().unwrap().to_owned();
    let (status, _) = emulate.request("POST", "/emulator/advance", &[], false);
    assert_eq!(status, 200);
    assert_eq!(emulate.said(&silent), ["Press 1.", "No input."]);

    // And one whose user presses 1 through the control route.
    emulate.request(
        "POST",
        "/emulator/phones",
        &[("Number", "+15550125"), ("Input", "1")],
        false,
    );
    let (_, call) = emulate.api(
        "POST",
        "Calls.json",
        &[("To", "+15550125"), ("From", "+15550199"), ("Url", &menu)],
    );
    let pressed = call["sid"].as_str().unwrap().to_owned();
    assert_eq!(emulate.said(&pressed), ["Press 1.", "You chose 1."]);
}

#[test]
fn a_conference_participant_is_muted_and_removed() {
    let app = serve_app();
    let emulate = Emulate::start(&[]);
    let url = format!("http://{app}/conference");
    let mut calls = Vec::new();
    for from in ["+15550301", "+15550302"] {
        let (_, call) = emulate.request(
            "POST",
            "/emulator/calls",
            &[("Url", &url), ("From", from)],
            false,
        );
        calls.push(call["sid"].as_str().unwrap().to_owned());
    }
    let (_, conferences) = emulate.api("GET", "Conferences.json", &[("FriendlyName", "standup")]);
    let conference = conferences["conferences"][0]["sid"]
        .as_str()
        .unwrap()
        .to_owned();
    let participant = format!("Conferences/{conference}/Participants/{}.json", calls[1]);
    let (status, muted) = emulate.api("POST", &participant, &[("Muted", "True")]);
    assert_eq!(status, 200, "{muted}");
    assert_eq!(muted["muted"], true);
    let (status, _) = emulate.api("DELETE", &participant, &[]);
    assert_eq!(status, 204);
    assert_eq!(emulate.said(&calls[1]), ["You left."]);
    let (_, left) = emulate.api(
        "GET",
        &format!("Conferences/{conference}/Participants.json"),
        &[],
    );
    assert_eq!(left["participants"].as_array().unwrap().len(), 1);
}

#[test]
fn messages_go_both_ways_and_malformed_requests_are_answered() {
    let app = serve_app();
    let emulate = Emulate::start(&[]);
    let (status, inbound) = emulate.request(
        "POST",
        "/emulator/messages",
        &[
            ("Url", &format!("http://{app}/sms")),
            ("Body", "hi"),
            ("MediaUrl", "https://cdn.example.com/a.png"),
        ],
        false,
    );
    assert_eq!(status, 201);
    let sid = inbound["sid"].as_str().unwrap();
    assert!(emulate.events().iter().any(|event| event["call"] == sid
        && event["event"] == "message"
        && event["body"] == "Got hi"));
    let (status, sent) = emulate.api(
        "POST",
        "Messages.json",
        &[
            ("To", "+15550100"),
            ("From", "+15550199"),
            ("Body", "code 1234"),
            ("StatusCallback", &format!("http://{app}/status")),
        ],
    );
    assert_eq!(status, 201);
    let (_, fetched) = emulate.api(
        "GET",
        &format!("Messages/{}.json", sent["sid"].as_str().unwrap()),
        &[],
    );
    assert_eq!(fetched["status"], "delivered");
    for (path, form) in [
        ("/emulator/phones", vec![("Answer", "robot")]),
        ("/emulator/calls", vec![("Input", "x!")]),
        ("/emulator/advance", vec![("Seconds", "soon")]),
    ] {
        let (status, body) = emulate.request("POST", path, &form, false);
        assert_eq!(status, 400, "{path}: {body}");
    }
    let (status, body) = emulate.api(
        "POST",
        "Calls.json",
        &[
            ("To", "+1"),
            ("From", "+2"),
            ("Timeout", "soon"),
            ("Url", "http://x"),
        ],
    );
    assert_eq!((status, body["status"].clone()), (400, Value::from(400)));
    let (status, body) = emulate.api("GET", "Applications.json", &[]);
    assert_eq!(status, 404);
    assert!(body["message"].as_str().unwrap().contains("not simulated"));
}

#[test]
fn numbers_cxml_scripts_and_faxes_are_served() {
    let app = serve_app();
    let emulate = Emulate::start(&[]);
    // A number of the project: an inbound call without Url runs its voice URL.
    let (status, number) = emulate.request(
        "POST",
        "/emulator/numbers",
        &[
            ("Number", "+15550700"),
            ("VoiceUrl", &format!("http://{app}/remind")),
            ("SmsUrl", &format!("http://{app}/sms")),
        ],
        false,
    );
    assert_eq!(status, 201, "{number}");
    let (status, call) = emulate.request(
        "POST",
        "/emulator/calls",
        &[("From", "+15550142"), ("To", "+15550700")],
        false,
    );
    assert_eq!(status, 201, "{call}");
    assert_eq!(
        emulate.said(call["sid"].as_str().unwrap()),
        ["Hello in person."]
    );
    let (status, listed) = emulate.api("GET", "IncomingPhoneNumbers.json", &[]);
    assert_eq!(status, 200);
    let listed = &listed["incoming_phone_numbers"][0];
    // Fields SignalWire's Python SDK reads without a default.
    for key in [
        "beta",
        "voice_caller_id_lookup",
        "sms_application_sid",
        "uri",
    ] {
        assert!(listed.get(key).is_some(), "{key}: {listed}");
    }
    let sid = listed["sid"].as_str().unwrap().to_owned();
    let (status, updated) = emulate.api(
        "POST",
        &format!("IncomingPhoneNumbers/{sid}.json"),
        &[("FriendlyName", "Front desk")],
    );
    assert_eq!(
        (status, updated["friendly_name"].as_str()),
        (200, Some("Front desk"))
    );

    // A cXML script, at a URL the emulator serves: a call given it runs its document.
    let (status, script) = emulate.api(
        "POST",
        "LamlBins.json",
        &[
            ("Name", "closed"),
            ("Contents", "<Response><Say>We are closed.</Say></Response>"),
        ],
    );
    assert_eq!(status, 201, "{script}");
    let url = script["request_url"].as_str().unwrap().to_owned();
    assert!(
        url.starts_with(&format!("http://127.0.0.1:{}/laml-bins/", emulate.port)),
        "{url}"
    );
    let (status, placed) = emulate.api(
        "POST",
        "Calls.json",
        &[("To", "+15550100"), ("From", "+15550700"), ("Url", &url)],
    );
    assert_eq!(status, 201, "{placed}");
    assert_eq!(
        emulate.said(placed["sid"].as_str().unwrap()),
        ["We are closed."]
    );
    let (status, broken) = emulate.api(
        "POST",
        "LamlBins.json",
        &[
            ("Name", "broken"),
            ("Contents", "<Response><Sya/></Response>"),
        ],
    );
    assert_eq!((status, broken["code"].as_u64()), (400, Some(12100)));

    // A fax, its status callback signed and answered by the app.
    let (status, fax) = emulate.api(
        "POST",
        "Faxes.json",
        &[
            ("To", "+15550100"),
            ("From", "+15550700"),
            ("MediaUrl", "https://cdn.example.com/invoice.pdf"),
            ("StatusCallback", &format!("http://{app}/status")),
        ],
    );
    assert_eq!((status, fax["status"].as_str()), (201, Some("queued")));
    let fax_sid = fax["sid"].as_str().unwrap();
    let (_, fetched) = emulate.api("GET", &format!("Faxes/{fax_sid}.json"), &[]);
    assert_eq!(fetched["status"], "delivered");
    assert!(emulate.events().iter().any(|event| event["call"] == fax_sid
        && event["purpose"] == "fax-status"
        && event["status"] == 200));
    let (status, _) = emulate.api("GET", "Faxes/nope.json", &[]);
    assert_eq!(status, 404);
}

#[test]
fn help_describes_the_pinned_form() {
    let output = Command::new(env!("CARGO_BIN_EXE_cxml"))
        .args(["emulate", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.starts_with(
        "cxml emulate [--port P] [--project ID] [--token TOKEN] [--key KEY] [--platform P] [--json]"
    ));
    assert!(help.contains("--platform P     signalwire (default) or twilio"));
    let mars = Command::new(env!("CARGO_BIN_EXE_cxml"))
        .args(["emulate", "--platform", "mars"])
        .output()
        .unwrap();
    assert_eq!(mars.status.code(), Some(2));
    let bad = Command::new(env!("CARGO_BIN_EXE_cxml"))
        .args(["emulate", "--port", "x"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn twilio_mode_signs_with_the_token_and_answers_twilios_uris_and_sids() {
    // Twilio signs with the Auth Token: the app checks X-Twilio-Signature with TOKEN.
    let app = serve_app_checking(|base| WebhookConfig::twilio(TOKEN, base));
    let emulate = Emulate::start(&["--platform", "twilio"]);
    let (status, _) = emulate.request(
        "POST",
        "/emulator/phones",
        &[("Number", "+15550100"), ("Input", "1")],
        false,
    );
    assert_eq!(status, 201);
    let (status, call) = emulate.api(
        "POST",
        "Calls.json",
        &[
            ("To", "+15550100"),
            ("From", "+15550199"),
            ("Url", &format!("http://{app}/menu")),
        ],
    );
    assert_eq!(status, 201, "{call}");
    let sid = call["sid"].as_str().unwrap();
    assert!(sid.starts_with("CA") && sid.len() == 34, "{sid}");
    assert_eq!(
        call["uri"],
        format!("/2010-04-01/Accounts/{PROJECT}/Calls/{sid}.json")
    );
    assert_eq!(emulate.said(sid), ["Press 1.", "You chose 1."]);
    assert!(
        !emulate
            .events()
            .iter()
            .any(|event| event["event"] == "error")
    );
    let (status, list) = emulate.api("GET", "Calls.json", &[]);
    assert_eq!(status, 200);
    assert!(
        list["first_page_uri"]
            .as_str()
            .unwrap()
            .starts_with("/2010-04-01/Accounts/"),
        "{list}"
    );
    let (status, message) = emulate.api(
        "POST",
        "Messages.json",
        &[("To", "+15550100"), ("From", "+15550199"), ("Body", "hi")],
    );
    assert_eq!(status, 201, "{message}");
    assert!(message["sid"].as_str().unwrap().starts_with("SM"));
}
