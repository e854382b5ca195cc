//! Voice verbs, each with a document written for it: events, callbacks, parameters, endings.

mod common;

use std::time::Duration;

use common::{fixed, param};
use cxml_testing::{Ending, Event, Input, Purpose, Simulator};
use cxml_webhook::params::{DialCallStatus, ReferCallStatus};

#[tokio::test]
async fn say_play_and_pause_are_events_on_the_virtual_clock() {
    let app = fixed(&[(
        "/voice",
        r#"<Response>
             <Say voice="alice" loop="2">Hello <emphasis>there</emphasis>, <say-as interpret-as="digits">123</say-as>.</Say>
             <Play>https://cdn.example.com/jingle.mp3</Play>
             <Play digits="1w2"/>
             <Pause length="3"/>
           </Response>"#,
    )]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").run().await.unwrap();
    let steps = transcript.steps();
    assert!(
        matches!(&steps[0].event, Event::Request(request) if request.purpose == Purpose::Initial)
    );
    match &steps[1].event {
        Event::Said {
            text, voice, loops, ..
        } => {
            assert_eq!(text, "Hello there, 123.");
            assert_eq!(voice.as_deref(), Some("alice"));
            assert_eq!(*loops, 2);
        }
        other => panic!("expected say, got {other:?}"),
    }
    assert!(
        matches!(&steps[2].event, Event::Played { url: Some(url), .. } if url.ends_with("jingle.mp3"))
    );
    assert!(
        matches!(&steps[3].event, Event::Played { url: None, digits: Some(d), .. } if d == "1w2")
    );
    assert_eq!(steps[4].event, Event::Paused { seconds: 3 });
    // Say twice (1 s a loop), two plays (1 s each), then the pause.
    assert_eq!(steps[1].at, Duration::from_secs(2));
    assert_eq!(steps[4].at, Duration::from_secs(7));
    transcript.assert_ended(Ending::EndOfDocument);
    assert_eq!(sim.now(), Duration::from_secs(7));
}

#[tokio::test]
async fn every_request_of_a_call_has_its_standard_parameters_and_one_call_sid() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Say>Hi</Say><Redirect>/next</Redirect></Response>"#,
        ),
        ("/next", "<Response><Hangup/></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .from("+15550001111")
        .to("+15550002222")
        .run()
        .await
        .unwrap();
    let requests: Vec<_> = transcript.requests().collect();
    assert_eq!(requests.len(), 2);
    let first = &requests[0].params;
    assert_eq!(first.get("CallStatus"), Some("ringing"));
    assert_eq!(requests[1].params.get("CallStatus"), Some("in-progress"));
    for request in &requests {
        for name in [
            "AccountSid",
            "ApiVersion",
            "CallSid",
            "Direction",
            "From",
            "To",
        ] {
            assert!(
                request.params.get(name).is_some(),
                "{name} missing from {request:?}"
            );
        }
        assert_eq!(request.params.get("CallSid"), first.get("CallSid"));
        assert_eq!(request.params.get("From"), Some("+15550001111"));
        assert_eq!(request.params.get("To"), Some("+15550002222"));
        assert_eq!(request.params.get("Direction"), Some("inbound"));
    }
    transcript.assert_ended(Ending::HungUp);
}

#[tokio::test]
async fn gather_digits_go_to_the_action_without_the_finish_key() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Gather action="/menu" numDigits="4"><Say>Code?</Say></Gather></Response>"#,
        ),
        ("/menu", "<Response><Say>Thanks</Say></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").digits("12#9").run().await.unwrap();
    assert_eq!(param(&transcript, "/menu", 0, "Digits"), Some("12"));
    assert_eq!(transcript.said(), ["Code?", "Thanks"]);
    assert!(transcript.events().any(|event| matches!(event,
        Event::Gathered { input: Some(input), result: Some(result), action: true, .. } if input == "12#9" && result == "12")));

    // numDigits cuts longer input.
    let transcript = sim.call("/voice").digits("123456").run().await.unwrap();
    assert_eq!(param(&transcript, "/menu", 0, "Digits"), Some("1234"));
}

#[tokio::test]
async fn gather_without_action_posts_to_the_current_document() {
    let app = fixed(&[(
        "/voice",
        r#"<Response><Gather numDigits="1" method="GET"/><Say>Nothing</Say></Response>"#,
    )]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice?lang=en")
        .digits("7")
        .silence()
        .run()
        .await
        .unwrap();
    let requests: Vec<_> = transcript.requests().collect();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].purpose, Purpose::GatherAction);
    assert_eq!(requests[1].method, "GET");
    assert_eq!(requests[1].url, "https://app.example.com/voice?lang=en");
    assert_eq!(requests[1].params.get("Digits"), Some("7"));
    // The second time the caller is silent: the Gather falls through to the Say.
    transcript.assert_said("Nothing");
}

#[tokio::test]
async fn gather_without_input_falls_through_unless_action_on_empty_result() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Gather action="/menu" timeout="7"/><Say>Goodbye</Say></Response>"#,
        ),
        (
            "/eager",
            r#"<Response><Gather action="/menu" actionOnEmptyResult="true"/><Say>Unreached</Say></Response>"#,
        ),
        ("/menu", "<Response><Say>Menu</Say></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").run().await.unwrap();
    assert_eq!(transcript.said(), ["Goodbye"]);
    assert_eq!(transcript.requests_to("/menu").count(), 0);
    // The timeout took seven virtual seconds, then the Say one.
    assert_eq!(
        transcript.steps().last().unwrap().at,
        Duration::from_secs(8)
    );

    let transcript = sim.call("/eager").silence().run().await.unwrap();
    assert_eq!(transcript.said(), ["Menu"]);
    let menu = transcript.requests_to("/menu").next().unwrap();
    assert_eq!(menu.params.get("Digits"), None);
}

#[tokio::test]
async fn gather_speech_sends_the_result_and_confidence() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Gather input="speech dtmf" action="/heard"/></Response>"#,
        ),
        ("/keys", r#"<Response><Gather action="/heard"/></Response>"#),
        (
            "/talk",
            r#"<Response><Gather input="speech" action="/heard"/></Response>"#,
        ),
        ("/heard", "<Response/>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .input(Input::Speech {
            text: "sales please".into(),
            confidence: 0.75,
        })
        .run()
        .await
        .unwrap();
    let heard = transcript.requests_to("/heard").next().unwrap();
    assert_eq!(heard.params.get("SpeechResult"), Some("sales please"));
    assert_eq!(heard.params.get("Confidence"), Some("0.75"));
    assert_eq!(heard.params.get("Digits"), None);

    // Input the Gather does not listen for is not heard: the Gather ends as on a timeout (and
    // falls through), and the next input goes to the next Gather.
    let transcript = sim.call("/keys").speech("hello").run().await.unwrap();
    transcript.assert_ended(Ending::EndOfDocument);
    assert!(transcript.requests_to("/heard").next().is_none());
    transcript.assert_event("an unheard gather", |event| {
        matches!(event, Event::Gathered { input: Some(input), result: None, action: false, unheard: Some(why) }
            if input == "speech:hello" && why.contains("keys only"))
    });
    assert!(transcript.to_string().contains(
        "gather speech:hello (not heard: this <Gather> listens for keys only) (no input: falls through)"
    ));
    let transcript = sim.call("/talk").digits("1").run().await.unwrap();
    assert!(transcript.requests_to("/heard").next().is_none());
    transcript.assert_event("an unheard gather", |event| {
        matches!(event, Event::Gathered { unheard: Some(why), .. } if why.contains("speech only"))
    });
    // With actionOnEmptyResult the action is asked, without a result.
    let app = fixed(&[
        (
            "/talk",
            r#"<Response><Gather input="speech" actionOnEmptyResult="true" action="/heard"/></Response>"#,
        ),
        ("/heard", "<Response/>"),
    ]);
    let transcript = Simulator::new(app)
        .call("/talk")
        .digits("1")
        .run()
        .await
        .unwrap();
    let heard = transcript.requests_to("/heard").next().unwrap();
    assert_eq!(heard.params.get("Digits"), None);
    assert_eq!(heard.params.get("SpeechResult"), None);
}

#[tokio::test]
async fn redirect_resolves_relative_urls_and_uses_its_method() {
    let app = fixed(&[
        (
            "/ivr/start",
            r#"<Response><Redirect method="GET">next?x=1</Redirect></Response>"#,
        ),
        (
            "/ivr/next",
            r#"<Response><Redirect>../done</Redirect></Response>"#,
        ),
        ("/done", "<Response><Hangup/></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/ivr/start").run().await.unwrap();
    let requests: Vec<_> = transcript.requests().collect();
    assert_eq!(requests[1].url, "https://app.example.com/ivr/next?x=1");
    assert_eq!(requests[1].method, "GET");
    assert_eq!(requests[1].purpose, Purpose::Redirected);
    assert_eq!(requests[2].url, "https://app.example.com/done");
    assert_eq!(requests[2].method, "POST");
    transcript.assert_ended(Ending::HungUp);
}

#[tokio::test]
async fn dial_posts_its_action_with_the_scripted_outcome() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Dial action="/after" timeout="20"><Number>+15550100</Number><Number>+15550101</Number></Dial></Response>"#,
        ),
        ("/after", "<Response><Say>After</Say></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    for (status, duration, elapsed) in [
        (DialCallStatus::Completed, "10", 10),
        (DialCallStatus::Busy, "0", 0),
        (DialCallStatus::NoAnswer, "0", 20),
        (DialCallStatus::Failed, "0", 0),
        (DialCallStatus::Canceled, "0", 0),
    ] {
        let start = sim.now();
        let transcript = sim
            .call("/voice")
            .dial_status(status.clone())
            .run()
            .await
            .unwrap();
        let after = transcript.requests_to("/after").next().unwrap();
        assert_eq!(after.params.get("DialCallStatus"), Some(status.as_str()));
        assert_eq!(after.params.get("DialCallDuration"), Some(duration));
        assert!(after.params.get("DialCallSid").is_some());
        let typed: cxml_webhook::params::DialAction = after.params().unwrap();
        assert_eq!(typed.dial_call_status, Some(status.clone()));
        assert!(transcript.events().any(|event| matches!(event,
            Event::Dialed { to, status: s } if to == &["+15550100", "+15550101"] && s == status.as_str())));
        // The clock: the ring or talk time, then the Say.
        assert_eq!(sim.now() - start, Duration::from_secs(elapsed + 1));
    }
}

#[tokio::test]
async fn dial_without_action_continues_and_outcomes_queue_up() {
    let app = fixed(&[(
        "/voice",
        r#"<Response><Dial>+15550100</Dial><Dial>+15550101</Dial><Dial>+15550102</Dial><Say>Done</Say></Response>"#,
    )]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .next_dial(DialCallStatus::Busy)
        .next_dial(DialCallStatus::NoAnswer)
        .run()
        .await
        .unwrap();
    let statuses: Vec<String> = transcript
        .events()
        .filter_map(|event| match event {
            Event::Dialed { status, .. } => Some(status.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(statuses, ["busy", "no-answer", "completed"]);
    transcript.assert_said("Done");
}

#[tokio::test]
async fn number_status_callbacks_follow_the_requested_events() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Dial><Number statusCallback="/status" statusCallbackEvent="initiated ringing answered completed">+15550100</Number></Dial></Response>"#,
        ),
        ("/status", ""),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").talk_seconds(42).run().await.unwrap();
    let statuses: Vec<&str> = transcript
        .requests_to("/status")
        .map(|request| request.params.get("CallStatus").unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["initiated", "ringing", "in-progress", "completed"]
    );
    let completed = transcript.requests_to("/status").last().unwrap();
    assert_eq!(completed.params.get("CallDuration"), Some("42"));
    assert_eq!(completed.params.get("Direction"), Some("outbound-dial"));
    assert_eq!(completed.params.get("To"), Some("+15550100"));
    let call_sid = transcript.requests().next().unwrap().params.get("CallSid");
    assert_eq!(completed.params.get("ParentCallSid"), call_sid);
    let typed: cxml_webhook::params::CallStatusCallback = completed.params().unwrap();
    assert_eq!(typed.sequence_number, Some(3));

    // Busy: never answered.
    let transcript = sim
        .call("/voice")
        .dial_status(DialCallStatus::Busy)
        .run()
        .await
        .unwrap();
    let statuses: Vec<&str> = transcript
        .requests_to("/status")
        .map(|request| request.params.get("CallStatus").unwrap())
        .collect();
    assert_eq!(statuses, ["initiated", "ringing", "busy"]);
}

#[tokio::test]
async fn record_posts_its_action_and_recording_callbacks() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Record action="/saved" maxLength="30" recordingStatusCallback="/recording" transcribe="true" transcribeCallback="/text"/></Response>"#,
        ),
        ("/again", r#"<Response><Record/></Response>"#),
        ("/saved", "<Response><Hangup/></Response>"),
        ("/recording", ""),
        ("/text", ""),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .recording_seconds(12)
        .transcription("call me back")
        .run()
        .await
        .unwrap();
    let saved = transcript.requests_to("/saved").next().unwrap();
    assert_eq!(saved.params.get("RecordingDuration"), Some("12"));
    let url = saved.params.get("RecordingUrl").unwrap();
    assert!(url.starts_with("https://"), "{url}");
    let recording = transcript.requests_to("/recording").next().unwrap();
    assert_eq!(recording.params.get("RecordingStatus"), Some("completed"));
    assert_eq!(recording.params.get("RecordingUrl"), Some(url));
    let text = transcript.requests_to("/text").next().unwrap();
    assert_eq!(text.params.get("TranscriptionText"), Some("call me back"));
    assert_eq!(text.params.get("TranscriptionStatus"), Some("completed"));
    transcript.assert_ended(Ending::HungUp);

    // Without action the current document is requested again; the loop guard stops it.
    let mut sim =
        Simulator::new(fixed(&[("/again", r#"<Response><Record/></Response>"#)])).max_requests(3);
    let error = sim.call("/again").run().await.unwrap_err();
    assert_eq!(
        error
            .transcript
            .requests()
            .filter(|r| r.purpose == Purpose::RecordAction)
            .count(),
        2
    );
}

#[tokio::test]
async fn a_silent_recording_is_absent_with_trim_silence() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Record action="/saved" recordingStatusCallback="/recording" recordingStatusCallbackEvent="absent completed"/></Response>"#,
        ),
        ("/saved", "<Response/>"),
        ("/recording", ""),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").recording_seconds(0).run().await.unwrap();
    assert_eq!(
        param(&transcript, "/recording", 0, "RecordingStatus"),
        Some("absent")
    );
    assert_eq!(param(&transcript, "/saved", 0, "RecordingUrl"), Some(""));
}

#[tokio::test]
async fn refer_posts_its_action_or_continues() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Refer action="/referred"><Sip>sip:sales@pbx.example.com</Sip></Refer></Response>"#,
        ),
        (
            "/plain",
            r#"<Response><Refer><Sip>sip:sales@pbx.example.com</Sip></Refer><Say>Still here</Say></Response>"#,
        ),
        ("/referred", "<Response><Hangup/></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .refer_status(ReferCallStatus::Busy)
        .run()
        .await
        .unwrap();
    let referred = transcript.requests_to("/referred").next().unwrap();
    assert_eq!(referred.params.get("ReferCallStatus"), Some("busy"));
    assert_eq!(referred.params.get("ReferSipResponseCode"), Some("202"));
    assert_eq!(referred.params.get("NotifySipResponseCode"), Some("486"));
    assert!(transcript.events().any(|event| matches!(event,
        Event::Referred { to, status } if to == "sip:sales@pbx.example.com" && status == "busy")));

    let transcript = sim.call("/plain").run().await.unwrap();
    transcript.assert_said("Still here");
}

#[tokio::test]
async fn hangup_reject_and_the_end_of_the_document_end_the_call() {
    let app = fixed(&[
        (
            "/hangup",
            "<Response><Hangup/><Say>Unreached</Say></Response>",
        ),
        ("/busy", r#"<Response><Reject reason="busy"/></Response>"#),
        ("/reject", "<Response><Reject/></Response>"),
        ("/empty", "<Response/>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/hangup").run().await.unwrap();
    transcript.assert_ended(Ending::HungUp);
    assert!(transcript.said().is_empty());
    let transcript = sim.call("/busy").run().await.unwrap();
    transcript.assert_ended(Ending::Rejected);
    assert!(
        transcript
            .events()
            .any(|event| matches!(event, Event::Rejected { reason } if reason == "busy"))
    );
    let transcript = sim.call("/reject").run().await.unwrap();
    assert!(
        transcript
            .events()
            .any(|event| matches!(event, Event::Rejected { reason } if reason == "rejected"))
    );
    sim.call("/empty")
        .run()
        .await
        .unwrap()
        .assert_ended(Ending::EndOfDocument);
}

#[tokio::test]
async fn sms_during_a_call_posts_its_callbacks() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Sms statusCallback="/sms-status">Your code is 1234</Sms><Sms to="+15559990000" action="/sent">Hi</Sms><Say>Unreached</Say></Response>"#,
        ),
        ("/sms-status", ""),
        ("/sent", "<Response><Say>Sent</Say></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .call("/voice")
        .from("+15551112222")
        .to("+15553334444")
        .run()
        .await
        .unwrap();
    let sms: Vec<_> = transcript
        .events()
        .filter_map(|event| match event {
            Event::SmsSent { body, to, from } => Some((body.as_str(), to.as_str(), from.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        sms,
        [
            ("Your code is 1234", "+15551112222", "+15553334444"),
            ("Hi", "+15559990000", "+15553334444"),
        ]
    );
    assert_eq!(
        param(&transcript, "/sms-status", 0, "SmsStatus"),
        Some("sent")
    );
    assert_eq!(param(&transcript, "/sent", 0, "SmsStatus"), Some("sending"));
    assert_eq!(transcript.said(), ["Sent"]);
}

#[tokio::test]
async fn pay_connect_and_streams_post_their_callbacks() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response>
            <Start><Stream name="s1" url="wss://media.example.com/s" statusCallback="/stream"/></Start>
            <Pay chargeAmount="9.99" statusCallback="/pay-status" action="/paid"/>
          </Response>"#,
        ),
        (
            "/paid",
            r#"<Response><Stop><Stream name="s1"/></Stop><Connect action="/connected"><Room>lobby</Room></Connect></Response>"#,
        ),
        ("/connected", "<Response><Hangup/></Response>"),
        ("/stream", ""),
        ("/pay-status", ""),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.call("/voice").run().await.unwrap();
    let streams: Vec<&str> = transcript
        .requests_to("/stream")
        .map(|request| request.params.get("StreamEvent").unwrap())
        .collect();
    // Nothing answers at media.example.com: the stream fails as on the platform (tests/streams.rs
    // has streams that start and stop), and the call goes on.
    assert_eq!(streams, ["stream-error"]);
    assert_eq!(
        param(&transcript, "/stream", 0, "StreamError"),
        Some("connection_refused")
    );
    assert_eq!(param(&transcript, "/stream", 0, "StreamName"), Some("s1"));
    assert_eq!(transcript.requests_to("/pay-status").count(), 4);
    let paid = transcript.requests_to("/paid").next().unwrap();
    assert_eq!(paid.method, "POST");
    assert_eq!(paid.params.get("Result"), Some("success"));
    assert!(paid.params.get("PaymentConfirmationCode").is_some());
    assert!(transcript.events().any(|event| matches!(event,
        Event::Connected { kind, target } if kind == "room" && target == "lobby")));
    transcript.assert_requested("/connected");
    transcript.assert_ended(Ending::HungUp);
}

#[tokio::test]
async fn the_transcript_reads_as_the_call_went() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response><Gather action="/menu" numDigits="1"><Say>Press 1.</Say></Gather></Response>"#,
        ),
        (
            "/menu",
            r#"<Response><Say>Connecting.</Say><Dial action="/after">+15550100</Dial></Response>"#,
        ),
        ("/after", "<Response><Hangup/></Response>"),
    ]);
    // A seed makes the identifiers, and so the transcript, the same on every run.
    let mut sim = Simulator::new(app).seed(1);
    let transcript = sim
        .call("/voice")
        .digits("1")
        .dial_status(DialCallStatus::Busy)
        .run()
        .await
        .unwrap();
    let expected = [
        "   0.0s  POST /voice (initial) -> 200",
        "   1.0s  say \"Press 1.\"",
        "   2.0s  gather 1",
        "   2.0s  POST /menu (gather-action) Digits=1 -> 200",
        "   3.0s  say \"Connecting.\"",
        "   3.0s  dial +15550100 -> busy",
        "   3.0s  POST /after (dial-action) DialCallStatus=busy DialCallSid=f893a2ee-fb32-455e-b1c1-8690ee42c90b DialCallDuration=0 -> 200",
        "   3.0s  hangup",
        "   3.0s  end: hangup",
    ];
    assert_eq!(transcript.to_string(), expected.join("\n") + "\n");
}
