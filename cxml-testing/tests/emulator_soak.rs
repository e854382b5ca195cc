//! The soak: many concurrent calls through queues and conferences, placed and steered through
//! the REST API in process; no call is lost and every status callback arrives exactly once.
//!
//! 200 calls by default (a second); `CXML_SOAK_CALLS=1000` for the soak of issue 23
//! (scripts/emulator-soak.sh). Bounded: it fails after 300 s.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::{Router, routing::post};
use cxml_rest::{
    CallDocument, CallEvent, CallStatus, Client, ConferenceFilter, CreateCall, Credentials,
    RetryPolicy, UpdateConference,
};
use cxml_testing::Simulator;
use cxml_testing::rest::Emulator;

const APP: &str = "https://app.example.com";
const QUEUES: usize = 10;
const ROOMS: usize = 20;

type Received = Arc<Mutex<HashMap<(String, String), usize>>>;

fn form(body: &str) -> HashMap<String, String> {
    form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect()
}

fn app(received: Received) -> Router {
    async fn status(State(received): State<Received>, body: String) -> &'static str {
        let form = form(&body);
        let key = match form.get("StatusCallbackEvent") {
            // Conference events: per room and participant.
            Some(event) => (
                format!(
                    "{}/{}",
                    form.get("ConferenceSid").cloned().unwrap_or_default(),
                    form.get("CallSid").cloned().unwrap_or_default()
                ),
                event.clone(),
            ),
            None => (
                form.get("CallSid").cloned().unwrap_or_default(),
                form.get("CallStatus").cloned().unwrap_or_default(),
            ),
        };
        *received.lock().unwrap().entry(key).or_default() += 1;
        ""
    }
    Router::new()
        .route(
            "/caller",
            post(|body: String| async move {
                let n: usize = form(&body)
                    .get("To")
                    .and_then(|to| to.get(to.len().saturating_sub(4)..))
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                format!(
                    r#"<Response><Enqueue waitUrl="/hold">q{}</Enqueue></Response>"#,
                    n % QUEUES
                )
            }),
        )
        .route(
            "/hold",
            post(|| async { "<Response><Say>Please hold.</Say></Response>" }),
        )
        .route(
            "/agent",
            post(|body: String| async move {
                let n: usize = form(&body)
                    .get("To")
                    .and_then(|to| to.get(to.len().saturating_sub(4)..))
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                format!(
                    "<Response><Dial><Queue>q{}</Queue></Dial></Response>",
                    n % QUEUES
                )
            }),
        )
        .route(
            "/participant",
            post(|body: String| async move {
                let n: usize = form(&body)
                    .get("To")
                    .and_then(|to| to.get(to.len().saturating_sub(4)..))
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                format!(
                    r#"<Response><Dial><Conference startConferenceOnEnter="true" statusCallback="/status" statusCallbackEvent="start end join leave">room{}</Conference></Dial></Response>"#,
                    n % ROOMS
                )
            }),
        )
        .route("/status", post(status))
        .with_state(received)
}

#[tokio::test]
async fn concurrent_calls_through_queues_and_conferences_lose_nothing() {
    let calls: usize = std::env::var("CXML_SOAK_CALLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    tokio::time::timeout(Duration::from_secs(300), soak(calls))
        .await
        .expect("the soak ends within 300 s");
}

async fn soak(calls: usize) {
    let received: Received = Arc::default();
    let emulator = Emulator::new(
        Simulator::new(app(received.clone())).seed(1000),
        "soak-project",
        "soak-token",
    );
    let client = Client::builder(
        Credentials::new("soak-project", "soak-token", "example.signalwire.com").unwrap(),
    )
    .retry(RetryPolicy::none())
    .service(emulator.clone());
    let started = std::time::Instant::now();
    let events = [
        CallEvent::Initiated,
        CallEvent::Ringing,
        CallEvent::Answered,
        CallEvent::Completed,
    ];
    let place = |to: String, path: &str| {
        CreateCall::new(to, "+15550000", CallDocument::url(format!("{APP}{path}")))
            .status_callback(format!("{APP}/status"))
            .status_callback_events(events.clone())
    };
    // Half wait in queues, half talk in conferences: all of them live at once.
    let half = calls / 2;
    let mut sids = Vec::new();
    for n in 0..half {
        let call = client
            .calls()
            .create(&place(format!("+1555100{n:04}"), "/caller"))
            .await
            .unwrap();
        sids.push(call.sid);
    }
    for n in 0..calls - half {
        let call = client
            .calls()
            .create(&place(format!("+1555200{n:04}"), "/participant"))
            .await
            .unwrap();
        sids.push(call.sid);
    }
    let live = client
        .calls()
        .list(&Default::default())
        .collect_all()
        .await
        .unwrap()
        .iter()
        .filter(|call| call.status == CallStatus::InProgress)
        .count();
    assert_eq!(live, calls, "every call is live at once");

    // Agents dequeue every caller; every conference is ended.
    for n in 0..half {
        let call = client
            .calls()
            .create(&place(format!("+1555300{n:04}"), "/agent"))
            .await
            .unwrap();
        sids.push(call.sid);
    }
    let rooms = client
        .conferences()
        .list(&ConferenceFilter::new())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(rooms.len(), ROOMS.min(calls - half));
    for room in &rooms {
        client
            .conferences()
            .update(&room.sid, &UpdateConference::end())
            .await
            .unwrap();
    }

    // No call lost: every one ended completed.
    let all = client
        .calls()
        .list(&Default::default())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), sids.len());
    let unfinished: Vec<_> = all
        .iter()
        .filter(|call| call.status != CallStatus::Completed)
        .map(|call| (&call.sid, &call.status))
        .collect();
    assert!(unfinished.is_empty(), "{unfinished:?}");
    let transcript = emulator.transcript().await;
    assert_eq!(
        transcript
            .events()
            .filter(|event| matches!(
                event,
                cxml_testing::Event::Error { .. } | cxml_testing::Event::Callback { .. }
            ))
            .count(),
        0
    );

    // Every callback exactly once.
    let received = received.lock().unwrap();
    for sid in &sids {
        for status in ["initiated", "ringing", "in-progress", "completed"] {
            assert_eq!(
                received.get(&(sid.clone(), status.to_owned())),
                Some(&1),
                "{sid} {status}"
            );
        }
    }
    let conference_events = received
        .iter()
        .filter(|((key, _), _)| key.contains('/'))
        .collect::<Vec<_>>();
    assert!(conference_events.iter().all(|(_, count)| **count == 1));
    let joins = conference_events
        .iter()
        .filter(|((_, event), _)| event == "participant-join")
        .count();
    assert_eq!(joins, calls - half);
    eprintln!(
        "soak: {} calls ({} live at once) through {QUEUES} queues and {} conferences, {} callbacks, in {:.2?}",
        sids.len(),
        calls,
        rooms.len(),
        received.values().sum::<usize>(),
        started.elapsed()
    );
}
