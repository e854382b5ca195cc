//! The simulator behaves as the platform does with applications that depend on it: callbacks go
//! out on their own after the request that carries the call on, with the call's parameters, and
//! one that fails does not stop the call; identifiers are new on every run unless seeded.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::routing::post;
use common::fixed;
use cxml_testing::{Ending, Event, Purpose, Simulator};

/// Voicemail rows keyed by `CallSid`: made in the Record action, completed by the
/// transcription callback, which fails (500) for a call it does not know.
#[derive(Clone, Default)]
struct Rows(Arc<Mutex<HashMap<String, Row>>>);

/// A voicemail: its recording URL and, once transcribed, its text.
type Row = (String, Option<String>);

fn voicemail_app(rows: Rows) -> Router {
    async fn voice() -> &'static str {
        r#"<Response><Say>Leave a message.</Say><Record action="/recorded" transcribeCallback="/transcribed" recordingStatusCallback="/recording"/></Response>"#
    }
    async fn recorded(
        State(rows): State<Rows>,
        Form(form): Form<HashMap<String, String>>,
    ) -> &'static str {
        let mut rows = rows.0.lock().unwrap();
        rows.insert(
            form["CallSid"].clone(),
            (form["RecordingUrl"].clone(), None),
        );
        "<Response><Say>Thanks.</Say><Hangup/></Response>"
    }
    async fn transcribed(
        State(rows): State<Rows>,
        Form(form): Form<HashMap<String, String>>,
    ) -> StatusCode {
        let mut rows = rows.0.lock().unwrap();
        let Some(row) = rows.get_mut(&form["CallSid"]) else {
            return StatusCode::INTERNAL_SERVER_ERROR;
        };
        // SignalWire's own voicemail example reads `From` here.
        row.1 = Some(format!(
            "{}: {}",
            form.get("From").map_or("?", String::as_str),
            form["TranscriptionText"]
        ));
        StatusCode::OK
    }
    Router::new()
        .route("/voice", post(voice))
        .route("/recorded", post(recorded))
        .route("/transcribed", post(transcribed))
        .route("/recording", post(|| async { StatusCode::NO_CONTENT }))
        .with_state(rows)
}

#[tokio::test]
async fn the_transcription_arrives_after_the_record_action_with_the_call_parameters() {
    let rows = Rows::default();
    let mut sim = Simulator::new(voicemail_app(rows.clone()));
    let transcript = sim
        .call("/voice")
        .from("+15550001111")
        .transcription("Call me back")
        .run()
        .await
        .unwrap();
    transcript.assert_ended(Ending::HungUp);
    transcript.assert_callbacks_succeeded();
    let purposes: Vec<Purpose> = transcript.requests().map(|r| r.purpose).collect();
    assert_eq!(
        purposes,
        [
            Purpose::Initial,
            Purpose::RecordAction,
            Purpose::RecordingStatus,
            Purpose::Transcription
        ]
    );
    // Every request succeeded: no failed callback.
    assert!(
        !transcript
            .events()
            .any(|event| matches!(event, Event::Callback { .. }))
    );
    let call = transcript
        .requests()
        .next()
        .unwrap()
        .params
        .get("CallSid")
        .unwrap();
    let rows = rows.0.lock().unwrap();
    assert_eq!(
        rows[call].1.as_deref(),
        Some("+15550001111: Call me back"),
        "{transcript}"
    );
    // Both callbacks carry the call's standard parameters as well as their own.
    for purpose in [Purpose::Transcription, Purpose::RecordingStatus] {
        let request = transcript
            .requests()
            .find(|request| request.purpose == purpose)
            .unwrap();
        for name in [
            "AccountSid",
            "CallSid",
            "From",
            "To",
            "CallStatus",
            "Direction",
        ] {
            assert!(request.params.get(name).is_some(), "{purpose}: no {name}");
        }
        assert_eq!(request.params.get("Direction"), Some("inbound"));
    }
}

#[tokio::test]
async fn a_failing_callback_is_recorded_and_the_call_goes_on() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Record action="/recorded" recordingStatusCallback="/broken" transcribeCallback="http://127.0.0.1:9/elsewhere"/></Response>"#,
        ),
        ("/recorded", "<Response><Say>Saved.</Say></Response>"),
    ])
    .route(
        "/broken",
        post(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "down") }),
    );
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").run().await.unwrap();
    transcript.assert_said("Saved.");
    transcript.assert_ended(Ending::EndOfDocument);
    assert_eq!(transcript.failed_callbacks().count(), 2);
    let caught = std::panic::catch_unwind(|| transcript.assert_callbacks_succeeded());
    assert!(caught.is_err());
    let failures: Vec<(Purpose, &str, Option<u16>)> = transcript
        .events()
        .filter_map(|event| match event {
            Event::Callback {
                purpose,
                url,
                status,
                ..
            } => Some((*purpose, url.as_str(), *status)),
            _ => None,
        })
        .collect();
    assert_eq!(
        failures,
        [
            (
                Purpose::RecordingStatus,
                "https://app.example.com/broken",
                Some(500)
            ),
            (Purpose::Transcription, "http://127.0.0.1:9/elsewhere", None),
        ],
        "{transcript}"
    );
    assert!(
        transcript
            .to_string()
            .contains("callback /broken (recording-status) failed: HTTP 500; the call goes on"),
        "{transcript}"
    );
    let step = transcript
        .steps()
        .iter()
        .find(|step| matches!(step.event, Event::Callback { .. }))
        .unwrap();
    let json = serde_json::to_value(step).unwrap();
    assert_eq!(json["status"], 500);
    assert_eq!(json["event"], "callback");
    assert!(
        json["url"].is_string() && json.get("status").is_some(),
        "{json}"
    );
}

#[tokio::test]
async fn call_sids_are_new_uuids_on_every_run_and_the_same_with_a_seed() {
    let stored = Arc::new(Mutex::new(Vec::new()));
    let app = {
        let stored = stored.clone();
        Router::new().route(
            "/voice",
            post(move |Form(form): Form<HashMap<String, String>>| {
                let stored = stored.clone();
                async move {
                    let mut stored = stored.lock().unwrap();
                    let sid = form["CallSid"].clone();
                    if stored.contains(&sid) {
                        return (StatusCode::CONFLICT, "duplicate call".to_owned());
                    }
                    stored.push(sid);
                    (StatusCode::OK, "<Response><Hangup/></Response>".to_owned())
                }
            }),
        )
    };
    // Two runs, as two invocations of a test or of `cxml call` would be.
    for _ in 0..2 {
        let mut sim = Simulator::new(app.clone());
        sim.call("/voice").run().await.unwrap();
    }
    let sids = stored.lock().unwrap().clone();
    assert_eq!(sids.len(), 2);
    assert_ne!(sids[0], sids[1]);
    for sid in &sids {
        let groups: Vec<usize> = sid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{sid}");
        assert_eq!(sid.as_bytes()[14], b'4', "a version 4 UUID: {sid}");
    }

    // Seeded runs repeat their identifiers (the app here does not store them).
    let app = fixed(&[("/voice", "<Response><Hangup/></Response>")]);
    let first = Simulator::new(app.clone())
        .seed(42)
        .call("/voice")
        .run()
        .await
        .unwrap();
    let again = Simulator::new(app.clone())
        .seed(42)
        .call("/voice")
        .run()
        .await
        .unwrap();
    assert_eq!(first, again);
    let other = Simulator::new(app)
        .seed(43)
        .call("/voice")
        .run()
        .await
        .unwrap();
    assert_ne!(first, other);
    let sim = Simulator::new(fixed(&[])).seed(42);
    assert_eq!(sim.seed_value(), 42);
}

/// A call-screening tutorial: the callee hears who calls and presses 1 to accept; otherwise the
/// caller leaves a voicemail.
fn screening_app() -> Router {
    async fn screened(Form(form): Form<HashMap<String, String>>) -> &'static str {
        if form.get("Digits").map(String::as_str) == Some("1") {
            "<Response><Say>Connecting you.</Say></Response>"
        } else {
            "<Response><Say>Declined.</Say><Hangup/></Response>"
        }
    }
    async fn after(Form(form): Form<HashMap<String, String>>) -> &'static str {
        match form["DialCallStatus"].as_str() {
            "completed" => "<Response><Hangup/></Response>",
            _ => {
                r#"<Response><Say>Nobody is available.</Say><Record action="/voicemail"/></Response>"#
            }
        }
    }
    fixed(&[
        (
            "/voice",
            r#"<Response><Dial action="/after" callerId="+15559990000"><Number url="/screen" method="POST">+15550100</Number></Dial></Response>"#,
        ),
        (
            "/screen",
            r#"<Response><Gather numDigits="1" action="/screened"><Say>A call for you. Press 1 to accept.</Say></Gather><Hangup/></Response>"#,
        ),
        ("/voicemail", "<Response><Say>Thanks.</Say></Response>"),
    ])
    .route("/screened", post(screened))
    .route("/after", post(after))
}

#[tokio::test]
async fn the_callee_accepts_the_screening_and_is_connected() {
    let mut sim = Simulator::new(screening_app());
    let transcript = sim
        .call("/voice")
        .callee_input(cxml_testing::Input::digits("1"))
        .run()
        .await
        .unwrap();
    let caller = transcript
        .requests()
        .next()
        .unwrap()
        .params
        .get("CallSid")
        .unwrap()
        .to_owned();
    let after = transcript.requests_to("/after").next().unwrap();
    assert_eq!(
        after.params.get("DialCallStatus"),
        Some("completed"),
        "{transcript}"
    );
    let leg = after.params.get("DialCallSid").unwrap();
    // The screening ran on the callee's leg, after answer, before the bridge.
    let screen = transcript.requests_to("/screen").next().unwrap();
    assert_eq!(screen.purpose, Purpose::CalleeUrl);
    assert_eq!(screen.params.get("CallSid"), Some(leg));
    assert_eq!(screen.params.get("ParentCallSid"), Some(caller.as_str()));
    assert_eq!(screen.params.get("Direction"), Some("outbound-dial"));
    assert_eq!(screen.params.get("To"), Some("+15550100"));
    // The callee's leg comes from the Dial's callerId.
    assert_eq!(screen.params.get("From"), Some("+15559990000"));
    assert_eq!(screen.params.get("CallStatus"), Some("in-progress"));
    let screened = transcript.requests_to("/screened").next().unwrap();
    assert_eq!(screened.params.get("Digits"), Some("1"));
    // The callee heard the prompt; the caller did not.
    assert_eq!(
        sim.transcript_of(leg).said(),
        ["A call for you. Press 1 to accept.", "Connecting you."]
    );
    let bridged = transcript.steps().iter().position(|step| {
        step.call == caller && matches!(&step.event, Event::Bridged { with } if with == leg)
    });
    let screened_at = transcript.steps().iter().position(
        |step| matches!(&step.event, Event::Request(request) if request.url.ends_with("/screened")),
    );
    assert!(screened_at < bridged && bridged.is_some(), "{transcript}");
    transcript.assert_ended(Ending::HungUp);
    assert!(sim.has_ended(leg));
}

#[tokio::test]
async fn a_refused_screening_does_not_connect_and_the_dial_is_not_completed() {
    let mut sim = Simulator::new(screening_app());
    // The callee presses 2 (declines); then, without input, lets the Gather time out.
    for callee in [Some("2"), None] {
        let mut call = sim.call("/voice");
        if let Some(keys) = callee {
            call = call.callee_input(cxml_testing::Input::digits(keys));
        }
        let transcript = call.run().await.unwrap();
        let after = transcript.requests_to("/after").next().unwrap();
        assert_eq!(
            after.params.get("DialCallStatus"),
            Some("no-answer"),
            "{transcript}"
        );
        assert!(
            !transcript
                .events()
                .any(|event| matches!(event, Event::Bridged { .. })),
            "{transcript}"
        );
        transcript.assert_said("Nobody is available.");
        transcript.assert_requested("/voicemail");
        transcript.assert_ended(Ending::EndOfDocument);
    }
}

#[tokio::test]
async fn a_conversation_of_three_messages_each_after_the_reply_to_the_one_before() {
    // A survey: the app keeps each sender's progress, as SMS apps do.
    let progress: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let app = {
        let progress = progress.clone();
        Router::new().route(
            "/sms",
            axum::routing::get(move |axum::extract::Query(form): axum::extract::Query<HashMap<String, String>>| {
                let progress = progress.clone();
                async move {
                    let mut progress = progress.lock().unwrap();
                    let answers = progress.entry(form["From"].clone()).or_default();
                    answers.push(form["Body"].clone());
                    let media = form.get("MediaUrl0").map_or(String::new(), |url| {
                        format!("<Media>{url}</Media>")
                    });
                    format!(
                        "<Response><Message><Body>Answer {} noted: {}</Body>{media}</Message></Response>",
                        answers.len(),
                        form["Body"]
                    )
                }
            }),
        )
    };
    let mut sim = Simulator::new(app);
    let transcript = sim
        .message("/sms", "yes")
        .method(axum::http::Method::GET)
        .from("+15550002222")
        .then("no")
        .then("maybe")
        .media("https://cdn.example.com/cat.jpg", "image/jpeg")
        .run()
        .await
        .unwrap();
    let replies = transcript.messages();
    let bodies: Vec<&str> = replies.iter().map(|reply| reply.body).collect();
    assert_eq!(
        bodies,
        [
            "Answer 1 noted: yes",
            "Answer 2 noted: no",
            "Answer 3 noted: maybe"
        ],
        "{transcript}"
    );
    assert_eq!(replies[2].media, ["https://cdn.example.com/cat.jpg"]);
    assert!(replies[0].media.is_empty());
    assert_eq!(replies[1].to, "+15550002222");
    // Three requests, one per message, each its own MessageSid, same numbers; GET as set.
    let requests: Vec<_> = transcript.requests().collect();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|request| request.method == "GET"));
    let sids: Vec<&str> = requests
        .iter()
        .map(|request| request.params.get("MessageSid").unwrap())
        .collect();
    assert!(sids[0] != sids[1] && sids[1] != sids[2]);
    assert_eq!(requests[2].params.get("NumMedia"), Some("1"));
    assert_eq!(
        requests[2].params.get("MediaContentType0"),
        Some("image/jpeg")
    );
    // Each message comes after the reply to the one before.
    let kinds: Vec<&str> = transcript
        .events()
        .filter_map(|event| match event {
            Event::Request(_) => Some("request"),
            Event::MessageSent { .. } => Some("reply"),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        ["request", "reply", "request", "reply", "request", "reply"]
    );
    transcript.assert_ended(Ending::EndOfDocument);
    assert_eq!(
        progress.lock().unwrap()["+15550002222"],
        ["yes", "no", "maybe"]
    );
}

#[tokio::test]
async fn over_http_a_server_behind_a_tunnel_is_signed_for_its_public_url() {
    use cxml_webhook::params::VoiceRequest;
    use cxml_webhook::{SignedForm, WebhookConfig};

    const PUBLIC: &str = "https://abc.ngrok.example";
    async fn voice(
        headers: axum::http::HeaderMap,
        SignedForm(_call): SignedForm<VoiceRequest>,
    ) -> String {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .unwrap_or("-")
                .to_owned()
        };
        format!(
            r#"<Response><Say>{} {} {}</Say><Redirect>next</Redirect></Response>"#,
            header("host"),
            header("x-forwarded-proto"),
            header("x-forwarded-host")
        )
    }
    async fn next(SignedForm(_call): SignedForm<VoiceRequest>) -> &'static str {
        "<Response><Hangup/></Response>"
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = Router::new()
        .route("/voice", post(voice))
        .route("/next", post(next))
        .with_state(WebhookConfig::new("PSK_tunnel", PUBLIC));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    // Signed for the address it listens on, the server refuses.
    let mut sim = Simulator::over_http(&base).signing_key("PSK_tunnel");
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(
        matches!(
            error.kind,
            cxml_testing::ErrorKind::Status { status: 403, .. }
        ),
        "{error}"
    );

    let mut sim = Simulator::over_http(&base)
        .signing_key("PSK_tunnel")
        .public_url(PUBLIC);
    let transcript = sim.call("/voice").run().await.unwrap();
    transcript.assert_said("abc.ngrok.example https abc.ngrok.example");
    transcript.assert_ended(Ending::HungUp);
    let urls: Vec<&str> = transcript.requests().map(|r| r.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://abc.ngrok.example/voice",
            "https://abc.ngrok.example/next"
        ]
    );
    server.abort();
}

#[tokio::test]
async fn a_failing_enqueue_action_after_the_bridge_does_not_stop_the_agent() {
    // The caller's `<Enqueue action>` comes after its bridged call is over: nothing runs its
    // answer, so, as a callback, its failure is recorded and the agent's call goes on.
    let app = fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold" action="/left">support</Enqueue></Response>"#,
        ),
        ("/hold", "<Response><Say>Please hold.</Say></Response>"),
        (
            "/agent",
            r#"<Response><Dial action="/agent-done"><Queue>support</Queue></Dial></Response>"#,
        ),
        (
            "/agent-done",
            "<Response><Say>Next caller.</Say></Response>",
        ),
    ])
    .route(
        "/left",
        post(|| async { (StatusCode::SERVICE_UNAVAILABLE, "down") }),
    );
    let mut sim = Simulator::new(app);
    let caller = sim.call("/caller").start();
    sim.run().await.unwrap();
    let agent = sim.call("/agent").run().await.unwrap();
    agent.assert_said("Next caller.");
    let caller = sim.transcript_of(&caller);
    caller.assert_ended(Ending::Completed);
    assert!(caller.events().any(|event| matches!(
        event,
        Event::Callback {
            purpose: Purpose::EnqueueAction,
            status: Some(503),
            ..
        }
    )));
}

#[tokio::test]
async fn the_numbers_status_callback_tells_how_the_call_ended_after_everything_else() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Say>Hi.</Say><Pause length="4"/><Hangup/></Response>"#,
        ),
        ("/status", ""),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .status_callback("/status")
        .run()
        .await
        .unwrap();
    transcript.assert_ended(Ending::HungUp);
    let last = transcript.requests().last().unwrap();
    assert_eq!(last.purpose, Purpose::CallStatus);
    assert_eq!(last.params.get("CallStatus"), Some("completed"));
    // Answered by the Say at 0 s, over at 5 s.
    assert_eq!(last.params.get("CallDuration"), Some("5"));
    assert_eq!(last.params.get("Direction"), Some("inbound"));
    assert!(last.params.get("Timestamp").is_some());

    // A call rejected while ringing: never answered.
    let app = fixed(&[
        ("/busy", r#"<Response><Reject reason="busy"/></Response>"#),
        ("/status", ""),
    ]);
    let transcript = Simulator::new(app)
        .call("/busy")
        .status_callback("/status")
        .run()
        .await
        .unwrap();
    let last = transcript.requests().last().unwrap();
    assert_eq!(last.params.get("CallStatus"), Some("busy"));
    assert_eq!(last.params.get("CallDuration"), Some("0"));
}

#[tokio::test]
async fn a_call_the_application_placed_is_outbound_api_and_answered() {
    let app = fixed(&[(
        "/reminder",
        "<Response><Say>Your appointment is tomorrow.</Say></Response>",
    )]);
    let transcript = Simulator::new(app)
        .call("/reminder")
        .direction(cxml_webhook::params::CallDirection::OutboundApi)
        .from("+15557650000")
        .to("+15550001234")
        .run()
        .await
        .unwrap();
    let first = transcript.requests().next().unwrap();
    assert_eq!(first.params.get("Direction"), Some("outbound-api"));
    assert_eq!(first.params.get("CallStatus"), Some("in-progress"));
    assert_eq!(first.params.get("To"), Some("+15550001234"));
}

#[tokio::test]
async fn a_live_call_is_moved_to_a_new_document_from_outside() {
    let app = fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold" action="/left">support</Enqueue></Response>"#,
        ),
        (
            "/hold",
            r#"<Response><Play loop="0">https://cdn.example.com/m.mp3</Play></Response>"#,
        ),
        ("/left", "<Response/>"),
        (
            "/callback-offer",
            "<Response><Say>We will call you back.</Say></Response>",
        ),
        (
            "/music",
            r#"<Response><Play loop="0">https://cdn.example.com/m.mp3</Play></Response>"#,
        ),
    ]);
    let mut sim = Simulator::new(app);
    let caller = sim.call("/caller").start();
    sim.run().await.unwrap();
    assert!(!sim.has_ended(&caller));
    // As a REST call update with a Url would: out of the queue, into the new document.
    sim.redirect(&caller, "/callback-offer", axum::http::Method::POST)
        .await
        .unwrap();
    sim.run().await.unwrap();
    let transcript = sim.transcript_of(&caller);
    assert_eq!(sim.queue("support").map(|q| q.callers.len()), Some(0));
    assert_eq!(
        transcript
            .requests_to("/left")
            .next()
            .unwrap()
            .params
            .get("QueueResult"),
        Some("redirected")
    );
    let offer = transcript.requests_to("/callback-offer").next().unwrap();
    assert_eq!(offer.purpose, Purpose::Updated);
    transcript.assert_said("We will call you back.");
    transcript.assert_ended(Ending::EndOfDocument);
    // An ended call cannot be moved.
    assert!(
        sim.redirect(&caller, "/music", axum::http::Method::POST)
            .await
            .is_err()
    );

    // A call on an endless Play moves too.
    let holding = sim.call("/music").start();
    sim.run().await.unwrap();
    assert!(!sim.has_ended(&holding));
    sim.redirect(&holding, "/callback-offer", axum::http::Method::GET)
        .await
        .unwrap();
    sim.run().await.unwrap();
    assert!(sim.has_ended(&holding));
    assert_eq!(
        sim.transcript_of(&holding)
            .requests()
            .last()
            .unwrap()
            .method,
        "GET"
    );
}

#[tokio::test]
async fn callee_documents_that_dial_each_other_are_stopped() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Dial><Number url="/screen">+15550100</Number></Dial></Response>"#,
        ),
        (
            "/screen",
            r#"<Response><Dial><Number url="/screen">+15550101</Number></Dial></Response>"#,
        ),
    ]);
    let error = Simulator::new(app).call("/voice").run().await.unwrap_err();
    assert!(
        matches!(&error.kind, cxml_testing::ErrorKind::Script(message) if message.contains("keep dialling")),
        "{error}"
    );
}

#[tokio::test]
async fn an_http_redirect_is_followed_by_a_get_without_the_parameters() {
    use axum::response::Redirect;
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Gather action="/menu" numDigits="1"/></Response>"#,
        ),
        (
            "/welcome/again",
            "<Response><Say>Again.</Say><Redirect>next</Redirect></Response>",
        ),
        ("/welcome/next", "<Response><Hangup/></Response>"),
    ])
    .route("/menu", post(|| async { Redirect::to("/welcome/again") }))
    .route("/loop", post(|| async { Redirect::to("/loop2") }))
    .route(
        "/loop2",
        axum::routing::get(|| async { Redirect::to("/loop2") }),
    );
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").digits("1").run().await.unwrap();
    transcript.assert_said("Again.");
    transcript.assert_ended(Ending::HungUp);
    let menu = transcript.requests_to("/menu").next().unwrap();
    assert_eq!(menu.status, 303);
    let again = transcript.requests_to("/welcome/again").next().unwrap();
    assert_eq!(
        (again.method.as_str(), again.purpose),
        ("GET", Purpose::GatherAction)
    );
    assert_eq!(again.params.get("Digits"), None);
    // Relative URLs resolve against where the document came from.
    transcript.assert_requested("/welcome/next");

    // A redirect without end is an error after a few.
    let error = sim.call("/loop").run().await.unwrap_err();
    assert!(
        matches!(
            error.kind,
            cxml_testing::ErrorKind::Status { status: 303, .. }
        ),
        "{error}"
    );
}

#[tokio::test]
async fn urls_the_simulator_does_not_request_are_reported_not_silent() {
    let app = fixed(&[(
        "/voice",
        r#"<Response><Start><Stream url="wss://media.example.com/s"/></Start><Gather action="/heard" partialResultCallback="/partial" input="speech"/><Dial><Conference eventCallbackUrl="/events">room</Conference></Dial></Response>"#,
    )]);
    let transcript = Simulator::new(app).call("/voice").run().await.unwrap();
    let reported: Vec<&str> = transcript
        .events()
        .filter_map(|event| match event {
            Event::NotSimulated { what } => Some(what.as_str()),
            _ => None,
        })
        .collect();
    // `<Stream url>` is opened (media streams, tests/streams.rs); these are not.
    assert_eq!(
        reported,
        [
            "<Gather partialResultCallback>",
            "<Conference eventCallbackUrl>"
        ]
    );
    assert!(
        transcript
            .to_string()
            .contains("not simulated: <Gather partialResultCallback> (no request is made)")
    );
}
