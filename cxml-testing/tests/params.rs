//! The simulator sends exactly what handlers read: every request of flows that reach every
//! callback reads into its `cxml_webhook::params` type, and that value written back with
//! `to_form` gives the very parameters sent: no name the type does not know, none it drops.

mod common;

use common::fixed;
use cxml_testing::{Purpose, Request, Simulator, Transcript};
use cxml_webhook::params::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn same<T: DeserializeOwned + Serialize>(request: &Request) {
    same_beyond::<T>(request, &[]);
}

/// The call's standard parameters that the types of some callbacks do not name (recording,
/// transcription, stream and Pay status callbacks carry them, as the platform sends them).
const CALL_ONLY: &[&str] = &[
    "ApiVersion",
    "CallStatus",
    "Direction",
    "From",
    "To",
    "ParentCallSid",
];

/// What the recording, transcription and stream callback types leave out of the call's standard
/// parameters (they name `From`, `To`, `CallStatus` and `Direction`).
const CALL_EXTRA: &[&str] = &["ApiVersion", "ParentCallSid"];

/// Like `same`, leaving out the parameters in `untyped`, which the type does not name.
fn same_beyond<T: DeserializeOwned + Serialize>(request: &Request, untyped: &[&str]) {
    let typed: T = request
        .params()
        .unwrap_or_else(|error| panic!("{error}: {request:?}"));
    let written = cxml_webhook::to_form(&typed).unwrap();
    let mut back: Vec<(String, String)> = form_urlencoded::parse(written.as_bytes())
        .into_owned()
        .collect();
    let mut sent = request.params.0.clone();
    sent.retain(|(name, _)| !untyped.contains(&name.as_str()));
    back.sort();
    sent.sort();
    assert_eq!(
        back,
        sent,
        "{} as {}",
        request.purpose,
        std::any::type_name::<T>()
    );
}

/// Checks every request of a transcript against the type for its purpose; the purposes seen.
fn check(transcript: &Transcript, voice: bool) -> Vec<Purpose> {
    let mut seen = Vec::new();
    for request in transcript.requests() {
        match (request.purpose, voice) {
            (Purpose::Initial | Purpose::Redirected, true) => same::<VoiceRequest>(request),
            (Purpose::Initial | Purpose::Redirected, false) => same::<MessageRequest>(request),
            (Purpose::GatherAction, _) => same::<GatherAction>(request),
            (Purpose::DialAction, _) => same::<DialAction>(request),
            (Purpose::RecordAction, _) => same::<RecordAction>(request),
            (Purpose::Transcription, _) => {
                same_beyond::<TranscriptionCallback>(request, CALL_EXTRA)
            }
            (Purpose::RecordingStatus, _) => {
                same_beyond::<RecordingStatusCallback>(request, CALL_EXTRA)
            }
            (Purpose::ReferAction, _) => same::<ReferAction>(request),
            (Purpose::EnqueueAction, _) => same::<EnqueueAction>(request),
            (Purpose::EnqueueWait, _) => same::<EnqueueWait>(request),
            (Purpose::QueueUrl, _) => same::<QueueUrlRequest>(request),
            (Purpose::ConferenceStatus, _) => same::<ConferenceStatusCallback>(request),
            (Purpose::CallStatus, _) => same::<CallStatusCallback>(request),
            (Purpose::PayAction, _) => same::<PayAction>(request),
            (Purpose::PayStatus, _) => same_beyond::<PayStatusCallback>(request, CALL_ONLY),
            (Purpose::ConnectAction, _) => same::<ConnectAction>(request),
            (Purpose::SmsAction, _) => same::<SmsAction>(request),
            (Purpose::SmsStatus, _) => same::<SmsStatusCallback>(request),
            (Purpose::StreamStatus, _) => same_beyond::<StreamStatusCallback>(request, CALL_EXTRA),
            (Purpose::MessageAction, _) => same::<MessageAction>(request),
            (Purpose::MessageStatus, _) => same::<MessageStatusCallback>(request),
            (Purpose::ReceiveAction, _) => same::<ReceiveAction>(request),
            // Not documented by SignalWire: no type.
            (Purpose::ConferenceWait, _) => {}
            (other, _) => panic!("no type checked for {other}"),
        }
        seen.push(request.purpose);
    }
    seen
}

#[tokio::test]
async fn every_voice_callback_reads_into_its_type_and_back() {
    let app = fixed(&[
        (
            "/voice",
            r#"<Response>
            <Start><Stream name="s" url="wss://m.example.com/s" statusCallback="/cb"/></Start>
            <Gather action="/gathered" input="speech"/></Response>"#,
        ),
        (
            "/gathered",
            r#"<Response><Dial action="/dialed" record="record-from-answer" recordingStatusCallback="/cb"><Number statusCallback="/cb" statusCallbackEvent="initiated ringing answered completed">+15550100</Number></Dial></Response>"#,
        ),
        (
            "/dialed",
            r#"<Response><Record action="/recorded" transcribeCallback="/cb" recordingStatusCallback="/cb"/></Response>"#,
        ),
        (
            "/recorded",
            r#"<Response><Refer action="/referred"><Sip>sip:a@example.com</Sip></Refer></Response>"#,
        ),
        (
            "/referred",
            r#"<Response><Pay action="/paid" statusCallback="/cb"/></Response>"#,
        ),
        (
            "/paid",
            r#"<Response><Connect action="/connected"><VirtualAgent connectorName="agent"/></Connect></Response>"#,
        ),
        (
            "/connected",
            r#"<Response><Sms action="/texted" statusCallback="/cb">Hi</Sms></Response>"#,
        ),
        (
            "/texted",
            r#"<Response><Redirect>/queue</Redirect></Response>"#,
        ),
        (
            "/queue",
            r#"<Response><Enqueue waitUrl="/wait" action="/dequeued">q</Enqueue></Response>"#,
        ),
        ("/wait", r#"<Response><Say>Hold</Say></Response>"#),
        ("/dequeued", "<Response/>"),
        (
            "/agent",
            r#"<Response><Dial><Queue url="/announce">q</Queue></Dial><Dial><Conference statusCallback="/cb" statusCallbackEvent="join leave start end">c</Conference></Dial></Response>"#,
        ),
        ("/announce", "<Response><Say>Hello</Say></Response>"),
        ("/cb", ""),
    ]);
    let mut sim = Simulator::new(app);
    let caller = sim.call("/voice").speech("yes").start();
    sim.run().await.unwrap();
    let agent = sim.call("/agent").start();
    sim.run().await.unwrap();
    sim.hang_up(&agent).await.unwrap();
    let mut seen = check(&sim.transcript_of(&caller), true);
    seen.extend(check(&sim.transcript_of(&agent), true));
    for purpose in [
        Purpose::Initial,
        Purpose::GatherAction,
        Purpose::DialAction,
        Purpose::CallStatus,
        Purpose::RecordingStatus,
        Purpose::RecordAction,
        Purpose::Transcription,
        Purpose::ReferAction,
        Purpose::PayAction,
        Purpose::PayStatus,
        Purpose::ConnectAction,
        Purpose::SmsAction,
        Purpose::SmsStatus,
        Purpose::StreamStatus,
        Purpose::Redirected,
        Purpose::EnqueueWait,
        Purpose::EnqueueAction,
        Purpose::QueueUrl,
        Purpose::ConferenceStatus,
    ] {
        assert!(seen.contains(&purpose), "no {purpose} request");
    }
}

#[tokio::test]
async fn every_messaging_and_fax_callback_reads_into_its_type_and_back() {
    let app = fixed(&[
        (
            "/sms",
            r#"<Response><Message action="/sent" statusCallback="/cb">Hi</Message></Response>"#,
        ),
        ("/sent", "<Response/>"),
        (
            "/fax",
            r#"<Response><Receive action="/received"/></Response>"#,
        ),
        ("/received", ""),
        ("/cb", ""),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .message("/sms", "hello")
        .media("https://cdn.example.com/a.png", "image/png")
        .run()
        .await
        .unwrap();
    let seen = check(&transcript, false);
    assert_eq!(
        seen,
        [
            Purpose::Initial,
            // The status callback goes out on its own, after the action.
            Purpose::MessageAction,
            Purpose::MessageStatus,
        ]
    );

    let transcript = sim.fax("/fax").run().await.unwrap();
    let fax_initial: FaxRequest = transcript.requests().next().unwrap().params().unwrap();
    assert!(!fax_initial.fax_sid.is_empty());
    same::<FaxRequest>(transcript.requests().next().unwrap());
    same::<ReceiveAction>(transcript.requests_to("/received").next().unwrap());
}
