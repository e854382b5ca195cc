//! Several calls on one platform: queues bridged first in first out, `Leave`, hang-ups, and
//! conferences with `startConferenceOnEnter`, `endConferenceOnExit`, `waitUrl` and `muted`.

mod common;

use common::{fixed, param};
use cxml_testing::{Ending, ErrorKind, Event, Input, Simulator};

fn queue_app() -> axum::Router {
    fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold" action="/left">support</Enqueue><Say>Back from the queue</Say></Response>"#,
        ),
        (
            "/hold",
            r#"<Response><Say>Please hold.</Say><Play loop="0">https://cdn.example.com/music.mp3</Play></Response>"#,
        ),
        (
            "/left",
            "<Response><Say>Thanks for waiting</Say></Response>",
        ),
        (
            "/agent",
            r#"<Response><Dial action="/agent-done"><Queue url="/announce">support</Queue></Dial></Response>"#,
        ),
        (
            "/announce",
            "<Response><Say>Connecting you to an agent.</Say></Response>",
        ),
        ("/agent-done", "<Response><Hangup/></Response>"),
    ])
}

#[tokio::test]
async fn callers_wait_in_the_queue_until_an_agent_bridges_them_first_in_first_out() {
    let mut sim = Simulator::new(queue_app());
    let first = sim.call("/caller").from("+15550000001").start();
    let second = sim.call("/caller").from("+15550000002").start();
    sim.run().await.unwrap();
    assert_eq!(
        sim.queue("support").unwrap().callers,
        [first.clone(), second.clone()]
    );
    let hold = sim.transcript_of(&second);
    let wait = hold.requests_to("/hold").next().unwrap();
    assert_eq!(wait.params.get("QueuePosition"), Some("2"));
    assert_eq!(wait.params.get("CurrentQueueSize"), Some("2"));
    hold.assert_said("Please hold.");
    assert!(!sim.has_ended(&first));

    let agent = sim.call("/agent").start();
    sim.run().await.unwrap();
    assert_eq!(
        sim.queue("support").unwrap().callers,
        std::slice::from_ref(&second)
    );

    let caller = sim.transcript_of(&first);
    caller.assert_said("Connecting you to an agent.");
    let announce = caller.requests_to("/announce").next().unwrap();
    assert_eq!(announce.params.get("CallSid"), Some(first.as_str()));
    assert_eq!(announce.params.get("DequeingCallSid"), Some(agent.as_str()));
    assert_eq!(param(&caller, "/left", 0, "QueueResult"), Some("bridged"));
    assert!(caller.events().any(|event| *event
        == Event::Bridged {
            with: agent.clone()
        }));
    caller.assert_ended(Ending::Completed);

    let agent_transcript = sim.transcript_of(&agent);
    let done = agent_transcript.requests_to("/agent-done").next().unwrap();
    assert_eq!(done.params.get("DialCallStatus"), Some("completed"));
    assert_eq!(done.params.get("DialCallSid"), Some(first.as_str()));
    agent_transcript.assert_ended(Ending::HungUp);
    // The second caller still waits.
    assert!(!sim.has_ended(&second));
}

#[tokio::test]
async fn dialing_an_empty_queue_rings_out() {
    let mut sim = Simulator::new(queue_app());
    let transcript = sim.call("/agent").run().await.unwrap();
    assert_eq!(
        param(&transcript, "/agent-done", 0, "DialCallStatus"),
        Some("no-answer")
    );
}

#[tokio::test]
async fn leave_and_hang_ups_take_callers_out_of_the_queue() {
    let app = fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold">sales</Enqueue><Say>Left the queue</Say></Response>"#,
        ),
        (
            "/hold",
            r#"<Response><Gather numDigits="1" action="/choice"><Say>Press 1 to leave.</Say></Gather></Response>"#,
        ),
        ("/choice", "<Response><Leave/></Response>"),
        (
            "/patient",
            r#"<Response><Enqueue action="/gone">sales</Enqueue></Response>"#,
        ),
        ("/gone", "<Response/>"),
    ]);
    let mut sim = Simulator::new(app);
    let leaver = sim.call("/caller").digits("1").start();
    let patient = sim.call("/patient").start();
    sim.run().await.unwrap();
    let transcript = sim.transcript_of(&leaver);
    transcript.assert_said("Left the queue");
    assert!(
        transcript
            .events()
            .any(|event| matches!(event, Event::Dequeued { result, .. } if result == "leave"))
    );
    assert_eq!(
        sim.queue("sales").unwrap().callers,
        std::slice::from_ref(&patient)
    );

    sim.hang_up(&patient).await.unwrap();
    assert!(sim.queue("sales").unwrap().callers.is_empty());
    let transcript = sim.transcript_of(&patient);
    assert_eq!(
        param(&transcript, "/gone", 0, "QueueResult"),
        Some("hangup")
    );
    transcript.assert_ended(Ending::CallerHungUp);
}

#[tokio::test]
async fn input_sent_to_a_waiting_caller_reaches_the_wait_document() {
    let app = fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold">q</Enqueue><Say>Out</Say></Response>"#,
        ),
        (
            "/hold",
            r#"<Response><Gather action="/choice" numDigits="1"><Say>Press 9 to leave.</Say></Gather></Response>"#,
        ),
        ("/choice", "<Response><Leave/></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let call = sim.call("/caller").start();
    sim.run().await.unwrap();
    // No input: the Gather timed out and the caller holds.
    assert_eq!(sim.queue("q").unwrap().callers, std::slice::from_ref(&call));
    assert_eq!(sim.transcript_of(&call).requests_to("/hold").count(), 1);

    sim.input(&call, Input::digits("9")).unwrap();
    sim.run().await.unwrap();
    let transcript = sim.transcript_of(&call);
    assert_eq!(transcript.requests_to("/hold").count(), 2);
    assert_eq!(param(&transcript, "/choice", 0, "Digits"), Some("9"));
    transcript.assert_said("Out");
    assert!(sim.queue("q").unwrap().callers.is_empty());
    transcript.assert_ended(Ending::EndOfDocument);

    assert!(sim.input("no-such-call", Input::Timeout).is_err());
}

#[tokio::test]
async fn a_wait_document_that_loops_is_stopped_by_the_request_bound() {
    let app = fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold">q</Enqueue></Response>"#,
        ),
        (
            "/hold",
            r#"<Response><Play>https://cdn.example.com/m.mp3</Play><Redirect>/hold</Redirect></Response>"#,
        ),
    ]);
    let mut sim = Simulator::new(app).max_requests(10);
    let error = sim.call("/caller").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::RequestLimit {
            limit: 10,
            cycle: vec!["POST https://app.example.com/hold".into()]
        }
    );
    // The failed call is out of the queue.
    assert!(sim.queue("q").unwrap().callers.is_empty());
}

#[tokio::test]
async fn a_wait_document_may_use_only_the_wait_verbs() {
    let app = fixed(&[
        (
            "/caller",
            r#"<Response><Enqueue waitUrl="/hold">q</Enqueue></Response>"#,
        ),
        ("/hold", r#"<Response><Dial>+15550100</Dial></Response>"#),
    ]);
    let mut sim = Simulator::new(app);
    let error = sim.call("/caller").run().await.unwrap_err();
    assert!(
        matches!(&error.kind, ErrorKind::NotAllowedInWait { verb, .. } if verb == "Dial"),
        "{error}"
    );
    assert!(
        error.to_string().contains("may use only <Play>, <Say>"),
        "{error}"
    );
}

fn conference_app() -> axum::Router {
    fixed(&[
        (
            "/guest",
            r#"<Response><Dial action="/after"><Conference startConferenceOnEnter="false" waitUrl="/music" muted="true" statusCallback="/events" statusCallbackEvent="start end join leave">standup</Conference></Dial></Response>"#,
        ),
        (
            "/host",
            r#"<Response><Dial action="/after"><Conference endConferenceOnExit="true">standup</Conference></Dial></Response>"#,
        ),
        (
            "/music",
            r#"<Response><Play>https://cdn.example.com/wait.mp3</Play></Response>"#,
        ),
        (
            "/after",
            "<Response><Say>The conference is over.</Say></Response>",
        ),
        ("/events", ""),
    ])
}

#[tokio::test]
async fn a_conference_waits_for_a_moderator_and_ends_when_the_host_leaves() {
    let mut sim = Simulator::new(conference_app());
    let guest = sim.call("/guest").start();
    let other = sim.call("/guest").start();
    sim.run().await.unwrap();
    let room = sim.conference("standup").unwrap();
    assert!(!room.started, "guests alone do not start it");
    assert_eq!(room.participants.len(), 2);
    assert!(
        room.participants
            .iter()
            .all(|participant| participant.muted)
    );
    sim.transcript_of(&guest).assert_requested("/music");

    let host = sim.call("/host").start();
    sim.run().await.unwrap();
    let room = sim.conference("standup").unwrap();
    assert!(room.started);
    assert_eq!(room.participants.len(), 3);
    assert!(!room.participants[2].muted);

    sim.hang_up(&host).await.unwrap();
    sim.run().await.unwrap();
    assert!(sim.conference("standup").is_none());
    for call in [&guest, &other] {
        let transcript = sim.transcript_of(call);
        assert_eq!(
            param(&transcript, "/after", 0, "DialCallStatus"),
            Some("answered")
        );
        transcript.assert_said("The conference is over.");
        transcript.assert_ended(Ending::EndOfDocument);
    }
    let events: Vec<String> = sim
        .transcript()
        .requests_to("/events")
        .map(|request| {
            request
                .params
                .get("StatusCallbackEvent")
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        events,
        [
            "participant-join",
            "participant-join",
            "participant-join",
            "conference-start",
            "participant-leave",
            "conference-end"
        ]
    );
    let first_join = sim
        .transcript()
        .requests_to("/events")
        .next()
        .unwrap()
        .clone();
    assert_eq!(first_join.params.get("Muted"), Some("true"));
    assert_eq!(first_join.params.get("FriendlyName"), Some("standup"));
}

#[tokio::test]
async fn a_conference_wait_document_may_only_play_pause_and_redirect() {
    let app = fixed(&[
        (
            "/guest",
            r#"<Response><Dial><Conference startConferenceOnEnter="false" waitUrl="/music">r</Conference></Dial></Response>"#,
        ),
        ("/music", r#"<Response><Say>Hold on</Say></Response>"#),
    ]);
    let mut sim = Simulator::new(app);
    let error = sim.call("/guest").run().await.unwrap_err();
    assert!(
        matches!(&error.kind, ErrorKind::NotAllowedInWait { verb, .. } if verb == "Say"),
        "{error}"
    );
}

#[tokio::test]
async fn the_transcript_of_several_calls_numbers_them() {
    let mut sim = Simulator::new(queue_app());
    sim.call("/caller").start();
    sim.call("/agent").start();
    sim.run().await.unwrap();
    let text = sim.transcript().to_string();
    assert!(text.contains("#1  enqueue support (position 1)"), "{text}");
    assert!(text.contains("#2  bridge with #1"), "{text}");
    assert!(text.contains("#1  bridge with #2"), "{text}");
}
