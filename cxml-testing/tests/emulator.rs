//! The REST door in process: `cxml_rest::Client` pointed at an `Emulator` over an axum app, for
//! the flows issue 23 names, and the API's answers to bad requests.

use axum::{Router, routing::post};
use cxml_rest::{
    AnsweredBy, CallDocument, CallEvent, CallFilter, CallStatus, Client, ConferenceFilter,
    CreateCall, CreateMessage, Credentials, DequeueMember, Error, InlineDocument, MachineDetection,
    MemberRef, PageSize, RetryPolicy, UpdateCall, UpdateParticipant,
};
use cxml_testing::rest::{Emulator, Phone};
use cxml_testing::{Event, Purpose, Simulator};
use futures_util::StreamExt;

const PROJECT: &str = "0d5a1c2e-7d37-4b1e-9a35-6b4b0b7f1a01";
const TOKEN: &str = "PT_secret_token";
const APP: &str = "https://app.example.com";

fn app() -> Router {
    Router::new()
        .route(
            "/remind",
            post(|body: String| async move {
                if body.contains("AnsweredBy=machine") {
                    "<Response><Say>Hello, this is a reminder of your appointment tomorrow at nine.</Say><Hangup/></Response>"
                } else {
                    r#"<Response><Gather numDigits="1" action="/confirm"><Say>Press 1 to confirm.</Say></Gather></Response>"#
                }
            }),
        )
        .route(
            "/confirm",
            post(|| async { "<Response><Say>Confirmed.</Say></Response>" }),
        )
        .route(
            "/menu",
            post(|| async {
                r#"<Response><Gather numDigits="1" timeout="10" action="/confirm"><Say>Press 1.</Say></Gather><Say>No input.</Say></Response>"#
            }),
        )
        .route(
            "/support",
            post(|| async {
                r#"<Response><Enqueue waitUrl="/hold">support</Enqueue><Say>Back from the queue.</Say></Response>"#
            }),
        )
        .route(
            "/hold",
            post(|| async { "<Response><Say>Please hold.</Say></Response>" }),
        )
        .route(
            "/agent",
            post(|| async { "<Response><Dial><Queue>support</Queue></Dial></Response>" }),
        )
        .route(
            "/dequeued",
            post(|| async { "<Response><Say>An agent will call you back.</Say></Response>" }),
        )
        .route(
            "/conference",
            post(|| async {
                r#"<Response><Dial action="/left"><Conference startConferenceOnEnter="true">standup</Conference></Dial></Response>"#
            }),
        )
        .route(
            "/left",
            post(|| async { "<Response><Say>You left the standup.</Say></Response>" }),
        )
        .route(
            "/muted-room",
            post(|| async {
                r#"<Response><Dial><Conference statusCallback="/status" statusCallbackEvent="mute" startConferenceOnEnter="true">muted</Conference></Dial></Response>"#
            }),
        )
        .route(
            "/voicemail",
            post(|| async { r#"<Response><Record action="/confirm"/></Response>"# }),
        )
        .route(
            "/music",
            post(|| async { r#"<Response><Play loop="0">https://cdn.example.com/hold.mp3</Play></Response>"# }),
        )
        .route(
            "/dial-agent",
            post(|| async { r#"<Response><Dial action="/dialed"><Number>+15550777</Number></Dial></Response>"# }),
        )
        .route(
            "/dialed",
            post(|body: String| async move {
                let status = body
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("DialCallStatus="))
                    .unwrap_or("none")
                    .to_owned();
                format!("<Response><Say>Dial {status}.</Say></Response>")
            }),
        )
        .route("/status", post(|| async { "" }))
}

fn setup() -> (Emulator, Client) {
    let emulator = Emulator::new(Simulator::new(app()).seed(23), PROJECT, TOKEN);
    let client =
        Client::builder(Credentials::new(PROJECT, TOKEN, "example.signalwire.com").unwrap())
            .retry(RetryPolicy::none())
            .service(emulator.clone());
    (emulator, client)
}

fn said_on(transcript: &cxml_testing::Transcript) -> Vec<String> {
    transcript.said().into_iter().map(str::to_owned).collect()
}

#[tokio::test]
async fn a_reminder_answered_by_a_machine_leaves_a_voicemail() {
    let (emulator, client) = setup();
    emulator.phone("+15550100", Phone::machine()).await;
    let created = client
        .calls()
        .create(
            &CreateCall::new(
                "+15550100",
                "+15550199",
                CallDocument::url(format!("{APP}/remind")),
            )
            .machine_detection(MachineDetection::DetectMessageEnd)
            .status_callback(format!("{APP}/status"))
            .status_callback_events([
                CallEvent::Initiated,
                CallEvent::Ringing,
                CallEvent::Answered,
                CallEvent::Completed,
            ]),
        )
        .await
        .unwrap();
    assert_eq!(created.status, CallStatus::Queued);
    assert_eq!(created.direction, cxml_rest::CallDirection::OutboundApi);

    let transcript = emulator.transcript_of(&created.sid).await;
    assert_eq!(
        said_on(&transcript),
        ["Hello, this is a reminder of your appointment tomorrow at nine."]
    );
    let first = transcript.requests_to("/remind").next().unwrap();
    assert_eq!(first.params.get("AnsweredBy"), Some("machine"));
    assert_eq!(first.params.get("Direction"), Some("outbound-api"));
    assert_eq!(first.params.get("From"), Some("+15550199"));
    assert_eq!(first.params.get("To"), Some("+15550100"));
    let statuses: Vec<&str> = transcript
        .requests()
        .filter(|request| request.purpose == Purpose::CallStatus)
        .map(|request| request.params.get("CallStatus").unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["initiated", "ringing", "in-progress", "completed"]
    );

    let fetched = client.calls().fetch(&created.sid).await.unwrap();
    assert_eq!(fetched.status, CallStatus::Completed);
    assert_eq!(fetched.answered_by, Some(AnsweredBy::Machine));
    assert!(fetched.end_time.is_some());
    assert!(fetched.duration >= 1, "{fetched:?}");
}

#[tokio::test]
async fn a_busy_phone_ends_the_call_busy_without_requesting_the_document() {
    let (emulator, client) = setup();
    emulator
        .phone("+15550111", Phone::new(cxml_testing::rest::Answer::Busy))
        .await;
    let call = client
        .calls()
        .create(
            &CreateCall::new(
                "+15550111",
                "+15550199",
                CallDocument::url(format!("{APP}/remind")),
            )
            .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    let transcript = emulator.transcript_of(&call.sid).await;
    assert_eq!(transcript.requests_to("/remind").count(), 0);
    let status: Vec<&str> = transcript
        .requests()
        .map(|request| request.params.get("CallStatus").unwrap())
        .collect();
    assert_eq!(status, ["busy"]);
    assert_eq!(
        client.calls().fetch(&call.sid).await.unwrap().status,
        CallStatus::Busy
    );
}

#[tokio::test]
async fn a_queued_caller_is_dequeued_by_an_agents_call() {
    let (emulator, client) = setup();
    let caller = emulator
        .call_in(
            &format!("{APP}/support"),
            Some("+15550142"),
            None,
            Vec::new(),
        )
        .await;
    let queues = client
        .queues()
        .list(&PageSize::default_size())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(queues.len(), 1);
    assert_eq!(queues[0].friendly_name, "support");
    assert_eq!(queues[0].current_size, 1);
    let member = client
        .queues()
        .member(&queues[0].sid, MemberRef::Front)
        .await
        .unwrap();
    assert_eq!(member.call_sid, caller);
    assert_eq!(member.position, 1);

    let agent = client
        .calls()
        .create(&CreateCall::new(
            "+15550200",
            "+15550199",
            CallDocument::url(format!("{APP}/agent")),
        ))
        .await
        .unwrap();
    let transcript = emulator.transcript().await;
    assert!(transcript.steps().iter().any(|step| step.call == agent.sid
        && step.event
            == Event::Bridged {
                with: caller.clone()
            }));
    assert_eq!(
        client.calls().fetch(&caller).await.unwrap().status,
        CallStatus::Completed
    );
    let queue = client.queues().fetch(&queues[0].sid).await.unwrap();
    assert_eq!(queue.current_size, 0);
}

#[tokio::test]
async fn a_queued_caller_is_dequeued_to_a_new_document_by_the_api() {
    let (emulator, client) = setup();
    let caller = emulator
        .call_in(&format!("{APP}/support"), None, None, Vec::new())
        .await;
    let queue = client
        .queues()
        .list(&PageSize::default_size())
        .collect_all()
        .await
        .unwrap()
        .remove(0);
    let member = client
        .queues()
        .dequeue(
            &queue.sid,
            MemberRef::Front,
            &DequeueMember::new(format!("{APP}/dequeued")),
        )
        .await
        .unwrap();
    assert_eq!(member.call_sid, caller);
    let transcript = emulator.transcript_of(&caller).await;
    assert_eq!(
        said_on(&transcript),
        ["Please hold.", "An agent will call you back."]
    );
    // Not in the queue any more: its member is gone.
    let gone = client.queues().member(&queue.sid, caller.as_str()).await;
    assert!(matches!(gone, Err(Error::Api(error)) if error.status == 404));
}

#[tokio::test]
async fn a_live_call_is_moved_out_of_a_gather_by_an_update() {
    let (emulator, client) = setup();
    let call = client
        .calls()
        .create(&CreateCall::new(
            "+15550123",
            "+15550199",
            CallDocument::url(format!("{APP}/menu")),
        ))
        .await
        .unwrap();
    // Nobody pressed anything: the call listens.
    let live = client.calls().fetch(&call.sid).await.unwrap();
    assert_eq!(live.status, CallStatus::InProgress);
    let goodbye =
        cxml_runtime::parse("<Response><Say>We moved you.</Say><Hangup/></Response>").unwrap();
    let moved = client
        .calls()
        .update(
            &call.sid,
            &UpdateCall::redirect(CallDocument::parsed(&goodbye).unwrap()),
        )
        .await
        .unwrap();
    assert_eq!(moved.status, CallStatus::Completed);
    assert_eq!(
        said_on(&emulator.transcript_of(&call.sid).await),
        ["Press 1.", "We moved you."]
    );
}

#[tokio::test]
async fn a_listening_gather_times_out_when_time_passes_and_hears_input() {
    let (emulator, client) = setup();
    let silent = client
        .calls()
        .create(&CreateCall::new(
            "+15550124",
            "+15550199",
            CallDocument::url(format!("{APP}/menu")),
        ))
        .await
        .unwrap();
    emulator.advance(None).await;
    assert_eq!(
        said_on(&emulator.transcript_of(&silent.sid).await),
        ["Press 1.", "No input."]
    );
    let pressing = client
        .calls()
        .create(&CreateCall::new(
            "+15550125",
            "+15550199",
            CallDocument::url(format!("{APP}/menu")),
        ))
        .await
        .unwrap();
    emulator
        .input(&pressing.sid, cxml_testing::Input::digits("1"))
        .await
        .unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&pressing.sid).await),
        ["Press 1.", "Confirmed."]
    );
}

#[tokio::test]
async fn a_conference_participant_is_muted_and_removed() {
    let (emulator, client) = setup();
    let first = emulator
        .call_in(
            &format!("{APP}/conference"),
            Some("+15550301"),
            None,
            Vec::new(),
        )
        .await;
    let second = emulator
        .call_in(
            &format!("{APP}/conference"),
            Some("+15550302"),
            None,
            Vec::new(),
        )
        .await;
    let conference = client
        .conferences()
        .list(&ConferenceFilter::new().friendly_name("standup"))
        .collect_all()
        .await
        .unwrap()
        .remove(0);
    assert_eq!(conference.status, cxml_rest::ConferenceStatus::InProgress);
    let muted = client
        .conferences()
        .update_participant(
            &conference.sid,
            &second,
            &UpdateParticipant::new().muted(true),
        )
        .await
        .unwrap();
    assert!(muted.muted);
    assert!(
        client
            .conferences()
            .participant(&conference.sid, &second)
            .await
            .unwrap()
            .muted
    );
    client
        .conferences()
        .remove_participant(&conference.sid, &second)
        .await
        .unwrap();
    let left = emulator.transcript_of(&second).await;
    assert_eq!(said_on(&left), ["You left the standup."]);
    let participants = client
        .conferences()
        .participants(&conference.sid, &Default::default())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(participants.len(), 1);
    assert_eq!(participants[0].call_sid, first);
}

#[tokio::test]
async fn messages_are_sent_with_their_status_callbacks() {
    let (emulator, client) = setup();
    let message = client
        .messages()
        .create(
            &CreateMessage::sms("+15550100", "+15550199", "Your code is 123456")
                .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    assert_eq!(message.status, cxml_rest::MessageStatus::Queued);
    let transcript = emulator.transcript_of(&message.sid).await;
    let statuses: Vec<&str> = transcript
        .requests()
        .map(|request| request.params.get("MessageStatus").unwrap())
        .collect();
    assert_eq!(statuses, ["sent", "delivered"]);
    let fetched = client.messages().fetch(&message.sid).await.unwrap();
    assert_eq!(fetched.status, cxml_rest::MessageStatus::Delivered);
    assert_eq!(fetched.body.as_deref(), Some("Your code is 123456"));
}

#[tokio::test]
async fn calls_are_listed_in_pages() {
    let (_emulator, client) = setup();
    for n in 0..5 {
        client
            .calls()
            .create(&CreateCall::new(
                format!("+1555010{n}"),
                "+15550199",
                CallDocument::url(format!("{APP}/confirm")),
            ))
            .await
            .unwrap();
    }
    let page = client
        .calls()
        .page(&CallFilter::new().page_size(2))
        .await
        .unwrap();
    assert_eq!(page.items.len(), 2);
    assert!(
        page.next_page_uri
            .as_deref()
            .unwrap()
            .starts_with("/api/laml/2010-04-01/Accounts/")
    );
    let all: Vec<_> = client
        .calls()
        .list(&CallFilter::new().page_size(2))
        .collect::<Vec<_>>()
        .await;
    assert_eq!(all.len(), 5);
    let one = client
        .calls()
        .list(&CallFilter::new().to("+15550103"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(one.len(), 1);
}

#[tokio::test]
async fn an_inline_document_runs_and_a_broken_one_is_refused() {
    let (emulator, client) = setup();
    let doc = cxml_runtime::parse("<Response><Say>Inline.</Say></Response>").unwrap();
    let call = client
        .calls()
        .create(&CreateCall::new(
            "+15550100",
            "+15550199",
            CallDocument::parsed(&doc).unwrap(),
        ))
        .await
        .unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&call.sid).await),
        ["Inline."]
    );
    let mut broken = CreateCall::new("+15550100", "+15550199", CallDocument::url("x"));
    broken.url = None;
    broken.document = Some(InlineDocument::unchecked(
        "<Response><Sya>typo</Sya></Response>",
    ));
    let refused = client.calls().create(&broken).await;
    assert!(
        matches!(refused, Err(Error::Api(error)) if error.status == 400 && error.code == Some(12100))
    );
}

#[tokio::test]
async fn wrong_credentials_unknown_sids_and_bad_forms_answer_signalwire_errors() {
    let (emulator, _client) = setup();
    let wrong =
        Client::builder(Credentials::new(PROJECT, "nope", "example.signalwire.com").unwrap())
            .retry(RetryPolicy::none())
            .service(emulator.clone());
    let denied = wrong.calls().fetch("x").await;
    assert!(
        matches!(denied, Err(Error::Api(error)) if error.status == 401 && error.code == Some(20003))
    );

    let auth = format!(
        "Basic {}",
        base64_encode(format!("{PROJECT}:{TOKEN}").as_bytes())
    );
    let send = |method: &str, path: String, body: &str| {
        http::Request::builder()
            .method(method)
            .uri(path)
            .header("authorization", auth.clone())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned())
            .unwrap()
    };
    let missing = emulator
        .handle(send(
            "GET",
            format!("/2010-04-01/Accounts/{PROJECT}/Calls/nope.json"),
            "",
        ))
        .await;
    assert_eq!(missing.status(), 404);
    let body = body_json(missing).await;
    assert_eq!(body["code"], 20404);
    assert_eq!(body["status"], 404);
    assert!(body["more_info"].as_str().unwrap().starts_with("https://"));

    // Booleans as the Twilio-based SDKs write them, lists repeated, on the bare prefix.
    let created = emulator
        .handle(send(
            "POST",
            format!("/2010-04-01/Accounts/{PROJECT}/Calls.json"),
            "To=%2B15550100&From=%2B15550199&Url=https%3A%2F%2Fapp.example.com%2Fconfirm&StatusCallbackEvent=initiated&StatusCallbackEvent=completed&AsyncAmd=True",
        ))
        .await;
    assert_eq!(created.status(), 201);
    let call = body_json(created).await;
    assert!(
        call["uri"]
            .as_str()
            .unwrap()
            .starts_with("/api/laml/2010-04-01/Accounts/")
    );

    for bad in ["To=%2B1&Timeout=soon&Url=x&From=y", "%%%", "To=&From=&Url="] {
        let answer = emulator
            .handle(send(
                "POST",
                format!("/api/laml/2010-04-01/Accounts/{PROJECT}/Calls.json"),
                bad,
            ))
            .await;
        assert_eq!(answer.status(), 400, "{bad}");
        assert_eq!(body_json(answer).await["status"], 400);
    }
    let fax = emulator
        .handle(send(
            "GET",
            format!("/api/laml/2010-04-01/Accounts/{PROJECT}/Applications.json"),
            "",
        ))
        .await;
    assert_eq!(fax.status(), 404);
    assert!(
        body_json(fax).await["message"]
            .as_str()
            .unwrap()
            .contains("not simulated")
    );
    let events = emulator
        .handle(send("GET", "/emulator/events".to_owned(), ""))
        .await;
    let events = body_json(events).await;
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .any(|event| event["event"] == "not-simulated")
    );
}

async fn body_json(
    response: http::Response<http_body_util::Full<bytes::Bytes>>,
) -> serde_json::Value {
    use http_body_util::BodyExt;
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes).unwrap()
}

fn base64_encode(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test]
async fn a_mute_sends_its_conference_callback_and_recordings_have_media() {
    let (emulator, client) = setup();
    let first = emulator
        .call_in(&format!("{APP}/muted-room"), None, None, Vec::new())
        .await;
    emulator
        .call_in(&format!("{APP}/muted-room"), None, None, Vec::new())
        .await;
    let room = emulator
        .with_simulator(|simulator| simulator.conference("muted").unwrap().sid)
        .await;
    for muted in [true, false] {
        client
            .conferences()
            .update_participant(&room, &first, &UpdateParticipant::new().muted(muted))
            .await
            .unwrap();
    }
    let sent: Vec<String> = emulator
        .transcript()
        .await
        .requests()
        .filter(|request| request.purpose == Purpose::ConferenceStatus)
        .map(|request| {
            request
                .params
                .get("StatusCallbackEvent")
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(sent, ["participant-mute", "participant-unmute"]);

    let caller = emulator
        .call_in(&format!("{APP}/voicemail"), None, None, Vec::new())
        .await;
    let recordings = client
        .recordings()
        .list(&Default::default())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(recordings.len(), 1);
    assert_eq!(recordings[0].call_sid.as_deref(), Some(caller.as_str()));
    let media = client
        .recordings()
        .media_url(&recordings[0].sid, cxml_rest::AudioFormat::Wav);
    let path = media.split_once(".com").unwrap().1.to_owned();
    let auth = format!(
        "Basic {}",
        base64_encode(format!("{PROJECT}:{TOKEN}").as_bytes())
    );
    let wav = emulator
        .handle(
            http::Request::get(path)
                .header("authorization", auth.clone())
                .body(String::new())
                .unwrap(),
        )
        .await;
    assert_eq!(wav.status(), 200);
    assert_eq!(wav.headers()["content-type"], "audio/wav");

    // A relative URL is refused, as SignalWire refuses it; so is a year and a day at once.
    let relative = client
        .calls()
        .create(&CreateCall::new(
            "+15550100",
            "+15550199",
            CallDocument::url("/confirm"),
        ))
        .await;
    assert!(matches!(relative, Err(Error::Api(error)) if error.code == Some(21205)));
    let advance = emulator
        .handle(
            http::Request::post("/emulator/advance")
                .header("content-type", "application/x-www-form-urlencoded")
                .body("Seconds=99999999999999999".to_owned())
                .unwrap(),
        )
        .await;
    assert_eq!(advance.status(), 400);
}

/// Malformed requests of every shape are answered (4xx with SignalWire's error JSON, or 2xx),
/// never a panic: every route, method and a set of hostile bodies, in every combination.
#[tokio::test]
async fn no_request_makes_it_panic() {
    let (emulator, client) = setup();
    // Some state for the routes to find: a queue with a caller, a conference, a message.
    let caller = emulator
        .call_in(&format!("{APP}/support"), None, None, Vec::new())
        .await;
    emulator
        .call_in(&format!("{APP}/conference"), None, None, Vec::new())
        .await;
    client
        .messages()
        .create(&CreateMessage::sms("+1", "+2", "x"))
        .await
        .unwrap();
    let (queue, room) = emulator
        .with_simulator(|sim| {
            (
                sim.queue("support").unwrap().sid,
                sim.conference("standup").unwrap().sid,
            )
        })
        .await;
    let fax = client
        .faxes()
        .send(&cxml_rest::SendFax::new(
            "+1",
            "+2",
            "https://cdn.example.com/a.pdf",
        ))
        .await
        .unwrap()
        .sid;
    let script = client
        .scripts()
        .create(&cxml_rest::WriteScript::rename("s"))
        .await
        .unwrap()
        .sid;
    let number = emulator
        .number("+15550100", &cxml_rest::UpdatePhoneNumber::new())
        .await
        .unwrap()
        .sid;
    let auth = format!(
        "Basic {}",
        base64_encode(format!("{PROJECT}:{TOKEN}").as_bytes())
    );
    let resources = [
        "Calls".to_owned(),
        format!("Calls/{caller}"),
        format!("Calls/{caller}/Recordings"),
        "Calls/%00".to_owned(),
        "Messages".to_owned(),
        "Messages/x".to_owned(),
        "Queues".to_owned(),
        format!("Queues/{queue}"),
        format!("Queues/{queue}/Members"),
        format!("Queues/{queue}/Members/Front"),
        format!("Queues/{queue}/Members/{caller}"),
        "Conferences".to_owned(),
        format!("Conferences/{room}"),
        format!("Conferences/{room}/Participants"),
        format!("Conferences/{room}/Participants/{caller}"),
        "Recordings".to_owned(),
        "Recordings/x.wav".to_owned(),
        "Faxes".to_owned(),
        format!("Faxes/{fax}"),
        "LamlBins".to_owned(),
        format!("LamlBins/{script}"),
        "IncomingPhoneNumbers".to_owned(),
        format!("IncomingPhoneNumbers/{number}"),
        "".to_owned(),
        "Calls/a/b/c/d/e".to_owned(),
    ];
    let bodies = [
        "",
        "%%%&&&===",
        "To=%2B1&From=%2B2&Url=http%3A%2F%2F%5B%3A%3A1&Twiml=%3CResponse",
        "Url=http%C3%A9%C3%A9%C3%A9%C3%A9&To=%2B1&From=%2B2",
        "Status=completed&Url=ftp%3A%2F%2Fx",
        "Status=canceled",
        "Muted=maybe&Hold=True&HoldUrl=x&AnnounceUrl=y",
        "Muted=true",
        "FriendlyName=&MaxSize=-1",
        "FriendlyName=support2",
        "Twiml=%3CResponse%3E%3CDial%3E%3CConference%3Eq%3C%2FConference%3E%3C%2FDial%3E%3C%2FResponse%3E",
        "To=%2B1&From=%2B2&Twiml=%3CResponse%3E%3CMessage%3Ehi%3C%2FMessage%3E%3C%2FResponse%3E",
        "Timeout=99999999999999999999&To=%2B1&From=%2B2&Url=http%3A%2F%2Fx",
        "Body=",
        "To=%2B1&From=%2B2&MediaUrl=https%3A%2F%2Fx&Quality=ultra&Ttl=-4&StoreMedia=perhaps",
        "Status=canceled&Status=queued",
        "Name=x&Contents=%3CResponse%3E%3CSay%3E",
        "Name=&Contents=",
        "VoiceUrl=%2Fv&VoiceMethod=PATCH&VoiceReceiveMode=telepathy",
        "SmsUrl=&StatusCallback=https%3A%2F%2Fx&FriendlyName=%00",
    ];
    let mut answered = 0;
    for prefix in ["/api/laml/2010-04-01/Accounts", "/2010-04-01/Accounts"] {
        for account in [PROJECT, "other"] {
            for resource in &resources {
                for suffix in [".json", "", ".xml"] {
                    for method in ["GET", "POST", "DELETE", "PUT"] {
                        for body in bodies {
                            let request = http::Request::builder()
                                .method(method)
                                .uri(format!("{prefix}/{account}/{resource}{suffix}"))
                                .header("authorization", auth.clone())
                                .body(body.to_owned())
                                .unwrap();
                            let answer = emulator.handle(request).await;
                            let status = answer.status().as_u16();
                            assert!(status < 500, "{method} {resource} {body}: {status}");
                            answered += 1;
                        }
                    }
                }
            }
        }
    }
    for route in [
        "phones", "numbers", "calls", "messages", "faxes", "events", "input", "hangup", "advance",
        "nope",
    ] {
        for body in
            bodies
                .iter()
                .chain(&[
                    "Number=%2B1&Answer=robot",
                    "Call=x&Input=1",
                    "Seconds=-1",
                    "Number=%2B15550100&VoiceReceiveMode=fax&VoiceUrl=https%3A%2F%2Fapp.example.com%2Fsupport",
                    "To=%2B15550100&Pages=0",
                    "To=%2B15550100",
                ])
        {
            for method in ["GET", "POST"] {
                let request = http::Request::builder()
                    .method(method)
                    .uri(format!("/emulator/{route}"))
                    .body(body.to_string())
                    .unwrap();
                assert!(emulator.handle(request).await.status().as_u16() < 500);
            }
        }
    }
    for path in [
        format!("/laml-bins/{script}"),
        "/laml-bins/".to_owned(),
        "/laml-bins/x/y".to_owned(),
    ] {
        for method in ["GET", "POST", "DELETE"] {
            let request = http::Request::builder()
                .method(method)
                .uri(path.clone())
                .body(String::new())
                .unwrap();
            assert!(emulator.handle(request).await.status().as_u16() < 500);
        }
    }
    assert!(answered > 1000);
}

#[tokio::test]
async fn an_endless_play_is_moved_by_an_update_and_a_hang_up_ends_it() {
    let (emulator, client) = setup();
    let call = client
        .calls()
        .create(&CreateCall::new(
            "+15550100",
            "+15550199",
            CallDocument::url(format!("{APP}/music")),
        ))
        .await
        .unwrap();
    assert_eq!(
        client.calls().fetch(&call.sid).await.unwrap().status,
        CallStatus::InProgress
    );
    client
        .calls()
        .update(
            &call.sid,
            &UpdateCall::redirect(CallDocument::url(format!("{APP}/confirm"))),
        )
        .await
        .unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&call.sid).await),
        ["Confirmed."]
    );

    let held = client
        .calls()
        .create(&CreateCall::new(
            "+15550100",
            "+15550199",
            CallDocument::url(format!("{APP}/music")),
        ))
        .await
        .unwrap();
    let ended = client.calls().hang_up(&held.sid).await.unwrap();
    assert_eq!(ended.status, CallStatus::Completed);
    assert_eq!(
        emulator.transcript_of(&held.sid).await.ending(),
        Some(&cxml_testing::Ending::Updated)
    );
    // An ended call cannot be moved.
    let refused = client
        .calls()
        .update(
            &held.sid,
            &UpdateCall::redirect(CallDocument::url(format!("{APP}/confirm"))),
        )
        .await;
    assert!(matches!(refused, Err(Error::Api(error)) if error.code == Some(21220)));
}

#[tokio::test]
async fn queues_messages_recordings_and_calls_are_created_changed_and_deleted() {
    let (emulator, client) = setup();
    let queue = client
        .queues()
        .create(&cxml_rest::WriteQueue::new("sales"))
        .await
        .unwrap();
    assert_eq!(
        (queue.friendly_name.as_str(), queue.current_size),
        ("sales", 0)
    );
    let renamed = client
        .queues()
        .update(&queue.sid, &cxml_rest::WriteQueue::new("sales-east"))
        .await
        .unwrap();
    assert_eq!(renamed.friendly_name, "sales-east");
    client.queues().delete(&queue.sid).await.unwrap();
    let gone = client.queues().fetch(&queue.sid).await;
    assert!(matches!(gone, Err(Error::Api(error)) if error.status == 404));

    let message = client
        .messages()
        .create(&CreateMessage::sms("+15550100", "+15550199", "secret"))
        .await
        .unwrap();
    let redacted = client.messages().redact(&message.sid).await.unwrap();
    assert_eq!(redacted.body.as_deref(), Some(""));
    client.messages().delete(&message.sid).await.unwrap();
    assert!(client.messages().fetch(&message.sid).await.is_err());

    let caller = emulator
        .call_in(&format!("{APP}/voicemail"), None, None, Vec::new())
        .await;
    let recording = client
        .recordings()
        .list(&Default::default())
        .collect_all()
        .await
        .unwrap()
        .remove(0);
    assert_eq!(
        client
            .recordings()
            .fetch(&recording.sid)
            .await
            .unwrap()
            .duration,
        5
    );
    client.recordings().delete(&recording.sid).await.unwrap();
    assert!(client.recordings().fetch(&recording.sid).await.is_err());

    client.calls().delete(&caller).await.unwrap();
    assert!(client.calls().fetch(&caller).await.is_err());
}

#[tokio::test]
async fn a_dial_to_a_number_ends_as_its_phone_answers() {
    let (emulator, client) = setup();
    let placed = |to: &str| {
        CreateCall::new(
            to,
            "+15550199",
            CallDocument::url(format!("{APP}/dial-agent")),
        )
    };
    let answered = client.calls().create(&placed("+15550100")).await.unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&answered.sid).await),
        ["Dial completed."]
    );
    emulator
        .phone("+15550777", Phone::new(cxml_testing::rest::Answer::Busy))
        .await;
    let busy = client.calls().create(&placed("+15550101")).await.unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&busy.sid).await),
        ["Dial busy."]
    );
}

// ---- faxes, cXML scripts (LaML Bins), incoming phone numbers ----

fn resources_app() -> Router {
    Router::new()
        .route(
            "/fax",
            post(|| async {
                r#"<Response><Receive action="/received" mediaType="application/pdf"/></Response>"#
            }),
        )
        .route("/received", post(|| async { "" }))
        .route(
            "/refuse-fax",
            post(|| async { "<Response><Reject/></Response>" }),
        )
        .route(
            "/voice",
            post(|| async { "<Response><Say>Thanks for calling the shop.</Say></Response>" }),
        )
        .route(
            "/sms",
            post(|| async { "<Response><Message>We are open nine to five.</Message></Response>" }),
        )
        .route("/status", post(|| async { "" }))
}

fn resources_setup() -> (Emulator, Client) {
    let emulator = Emulator::new(Simulator::new(resources_app()).seed(23), PROJECT, TOKEN);
    let client =
        Client::builder(Credentials::new(PROJECT, TOKEN, "example.signalwire.com").unwrap())
            .retry(RetryPolicy::none())
            .service(emulator.clone());
    (emulator, client)
}

fn api_error(result: Result<impl std::fmt::Debug, Error>) -> (u16, Option<u32>) {
    match result {
        Err(Error::Api(error)) => (error.status.as_u16(), error.code),
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn control(route: &str, body: &str) -> http::Request<String> {
    http::Request::post(format!("/emulator/{route}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .unwrap()
}

#[tokio::test]
async fn faxes_are_sent_with_their_status_callback_listed_fetched_and_deleted() {
    use cxml_rest::{FaxDirection, FaxFilter, FaxStatus, SendFax};
    let (emulator, client) = resources_setup();
    emulator
        .phone("+15550401", Phone::new(cxml_testing::rest::Answer::Busy))
        .await;

    let sent = client
        .faxes()
        .send(
            &SendFax::new(
                "+15550400",
                "+15550199",
                "https://cdn.example.com/invoice.pdf",
            )
            .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    assert_eq!(sent.status, FaxStatus::Queued);
    assert_eq!(sent.direction, FaxDirection::Outbound);
    assert_eq!(sent.to, "+15550400");
    assert!(
        sent.url
            .as_deref()
            .unwrap()
            .ends_with(&format!("/Faxes/{}.json", sent.sid))
    );
    let fetched = client.faxes().fetch(&sent.sid).await.unwrap();
    assert_eq!(fetched.status, FaxStatus::Delivered);
    assert_eq!(fetched.num_pages, Some(1));
    assert_eq!(
        fetched.media_url.as_deref(),
        Some("https://cdn.example.com/invoice.pdf")
    );
    let transcript = emulator.transcript_of(&sent.sid).await;
    let callbacks: Vec<_> = transcript
        .requests()
        .filter(|request| request.purpose == Purpose::FaxStatus)
        .collect();
    assert_eq!(callbacks.len(), 1);
    assert_eq!(callbacks[0].params.get("FaxStatus"), Some("delivered"));
    assert_eq!(callbacks[0].params.get("FaxSid"), Some(sent.sid.as_str()));
    assert_eq!(callbacks[0].params.get("NumPages"), Some("1"));

    // A busy line: the fax ends busy, with an error code.
    let busy = client
        .faxes()
        .send(
            &SendFax::new(
                "+15550401",
                "+15550199",
                "https://cdn.example.com/invoice.pdf",
            )
            .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    let busy = client.faxes().fetch(&busy.sid).await.unwrap();
    assert_eq!(busy.status, FaxStatus::Busy);
    assert!(busy.error_code.is_some());

    let listed: Vec<_> = client
        .faxes()
        .list(&FaxFilter::new())
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].sid, busy.sid, "newest first");
    let to: Vec<_> = client
        .faxes()
        .list(&FaxFilter::new().to("+15550400"))
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(to.len(), 1);

    // Every fax is sent before the API answers: none is left to cancel.
    assert_eq!(api_error(client.faxes().cancel(&sent.sid).await).0, 400);
    client.faxes().delete(&sent.sid).await.unwrap();
    assert_eq!(
        api_error(client.faxes().fetch(&sent.sid).await),
        (404, Some(20404))
    );
    assert_eq!(api_error(client.faxes().delete("FX-unknown").await).0, 404);
    let bad = client
        .faxes()
        .send(&SendFax::new("+15550400", "+15550199", "invoice.pdf"))
        .await;
    assert_eq!(api_error(bad).0, 400);
    let no_to = client
        .faxes()
        .send(&SendFax::new(
            "",
            "+15550199",
            "https://cdn.example.com/a.pdf",
        ))
        .await;
    assert_eq!(api_error(no_to), (400, Some(21201)));
    let ultra = client
        .faxes()
        .send(
            &SendFax::new("+15550400", "+15550199", "https://cdn.example.com/a.pdf")
                .quality(cxml_rest::FaxQuality::Other("ultra".to_owned())),
        )
        .await;
    assert_eq!(api_error(ultra), (400, Some(20001)));
}

#[tokio::test]
async fn a_fax_to_a_number_receiving_faxes_runs_its_fax_document() {
    use cxml_rest::{FaxStatus, Method, SendFax, UpdatePhoneNumber, VoiceReceiveMode};
    let (emulator, client) = resources_setup();
    let mut config = UpdatePhoneNumber::new().voice(format!("{APP}/fax"), Method::Post);
    config.voice_receive_mode = Some(VoiceReceiveMode::Fax);
    emulator.number("+15550500", &config).await.unwrap();
    let mut refusing = UpdatePhoneNumber::new().voice(format!("{APP}/refuse-fax"), Method::Post);
    refusing.voice_receive_mode = Some(VoiceReceiveMode::Fax);
    emulator.number("+15550501", &refusing).await.unwrap();

    let fax = client
        .faxes()
        .send(
            &SendFax::new(
                "+15550500",
                "+15550199",
                "https://cdn.example.com/contract.pdf",
            )
            .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    let transcript = emulator.transcript_of(&fax.sid).await;
    let first = transcript.requests_to("/fax").next().unwrap();
    assert_eq!(first.params.get("FaxSid"), Some(fax.sid.as_str()));
    assert_eq!(first.params.get("From"), Some("+15550199"));
    assert_eq!(first.params.get("To"), Some("+15550500"));
    assert_eq!(
        transcript
            .requests_to("/received")
            .next()
            .unwrap()
            .params
            .get("FaxStatus"),
        Some("received")
    );
    assert_eq!(
        client.faxes().fetch(&fax.sid).await.unwrap().status,
        FaxStatus::Delivered
    );

    let refused = client
        .faxes()
        .send(
            &SendFax::new(
                "+15550501",
                "+15550199",
                "https://cdn.example.com/contract.pdf",
            )
            .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    assert_eq!(
        client.faxes().fetch(&refused.sid).await.unwrap().status,
        FaxStatus::Failed
    );
    let transcript = emulator.transcript_of(&refused.sid).await;
    let status = transcript
        .requests()
        .find(|request| request.purpose == Purpose::FaxStatus)
        .unwrap();
    assert_eq!(status.params.get("FaxStatus"), Some("failed"));

    // An inbound fax to the number, without a URL: its fax document runs.
    let inbound = emulator
        .handle(control("faxes", "From=%2B15550142&To=%2B15550500&Pages=3"))
        .await;
    assert_eq!(inbound.status(), 201);
    let sid = body_json(inbound).await["sid"].as_str().unwrap().to_owned();
    let transcript = emulator.transcript_of(&sid).await;
    let received = transcript.requests_to("/received").next().unwrap();
    assert_eq!(received.params.get("NumPages"), Some("3"));
    assert_eq!(
        emulator
            .handle(control("faxes", "To=%2B15550999"))
            .await
            .status(),
        400
    );
    assert_eq!(
        emulator
            .handle(control("faxes", "To=%2B15550500&Pages=many"))
            .await
            .status(),
        400
    );
}

#[tokio::test]
async fn cxml_scripts_are_checked_stored_run_by_a_call_changed_and_deleted() {
    use cxml_rest::{CallStatus, ScriptFilter, UpdateCall, WriteScript};
    let (emulator, client) = resources_setup();
    let closed =
        cxml_runtime::parse("<Response><Say>We are closed.</Say><Hangup/></Response>").unwrap();
    let script = client
        .scripts()
        .create(&WriteScript::new("closed", InlineDocument::parsed(&closed)))
        .await
        .unwrap();
    assert_eq!(script.name, "closed");
    assert!(script.contents.contains("We are closed."));
    let url = script.request_url.clone().unwrap();
    assert!(
        url.ends_with(&format!("/laml-bins/{}", script.sid)),
        "{url}"
    );
    assert!(
        script
            .uri
            .as_deref()
            .unwrap()
            .ends_with(&format!("/LamlBins/{}.json", script.sid))
    );

    // A broken document is refused as an inline one is.
    let broken = client
        .scripts()
        .create(&WriteScript::new(
            "broken",
            InlineDocument::unchecked("<Response><Sya>oops</Sya></Response>"),
        ))
        .await;
    assert_eq!(api_error(broken), (400, Some(12100)));

    // A call given the script's URL runs its document.
    let call = client
        .calls()
        .create(&CreateCall::new(
            "+15550100",
            "+15550199",
            CallDocument::url(url.clone()),
        ))
        .await
        .unwrap();
    let transcript = emulator.transcript_of(&call.sid).await;
    assert_eq!(
        said_on(&transcript),
        ["We are closed."],
        "{:?}",
        transcript.steps()
    );
    assert_eq!(
        client.calls().fetch(&call.sid).await.unwrap().status,
        CallStatus::Completed
    );
    assert_eq!(
        client
            .scripts()
            .fetch(&script.sid)
            .await
            .unwrap()
            .num_requests,
        1
    );

    // Changed: the next call runs the new document; a live call moves to it.
    let open = cxml_runtime::parse(
        r#"<Response><Gather numDigits="1"><Say>We are open.</Say></Gather></Response>"#,
    )
    .unwrap();
    let changed = client
        .scripts()
        .update(
            &script.sid,
            &WriteScript::new("open", InlineDocument::parsed(&open)),
        )
        .await
        .unwrap();
    assert_eq!(changed.name, "open");
    let renamed = client
        .scripts()
        .update(&script.sid, &WriteScript::rename("hours"))
        .await
        .unwrap();
    assert_eq!(renamed.name, "hours");
    assert!(renamed.contents.contains("We are open."));
    let waiting = client
        .calls()
        .create(&CreateCall::new(
            "+15550102",
            "+15550199",
            CallDocument::url(url.clone()),
        ))
        .await
        .unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&waiting.sid).await),
        ["We are open."]
    );
    let closing = client
        .scripts()
        .create(&WriteScript::new(
            "closing",
            InlineDocument::parsed(&closed),
        ))
        .await
        .unwrap();
    client
        .calls()
        .update(
            &waiting.sid,
            &UpdateCall::redirect(CallDocument::url(closing.request_url.clone().unwrap())),
        )
        .await
        .unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&waiting.sid).await),
        ["We are open.", "We are closed."]
    );

    // A document may send a call on to a script (`<Redirect>`, like a dequeue's `Url`): the
    // emulator answers its own URL.
    let forward = format!(
        "<Response><Redirect>{}</Redirect></Response>",
        closing.request_url.as_deref().unwrap()
    );
    let forward = cxml_runtime::parse(&forward).unwrap();
    let forward = client
        .scripts()
        .create(&WriteScript::new(
            "forward",
            InlineDocument::parsed(&forward),
        ))
        .await
        .unwrap();
    let forwarded = client
        .calls()
        .create(&CreateCall::new(
            "+15550103",
            "+15550199",
            CallDocument::url(forward.request_url.clone().unwrap()),
        ))
        .await
        .unwrap();
    assert_eq!(
        said_on(&emulator.transcript_of(&forwarded.sid).await),
        ["We are closed."]
    );
    client.scripts().delete(&forward.sid).await.unwrap();

    let named: Vec<_> = client
        .scripts()
        .list(&ScriptFilter::new().name("hours"))
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(named.len(), 1);
    let all: Vec<_> = client
        .scripts()
        .list(&ScriptFilter::new())
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(all.len(), 2);

    // Served at its URL, as SignalWire serves it.
    let path = url.split_once("/laml-bins/").unwrap().1;
    let served = emulator
        .handle(
            http::Request::get(format!("/laml-bins/{path}"))
                .body(String::new())
                .unwrap(),
        )
        .await;
    assert_eq!(served.status(), 200);

    client.scripts().delete(&script.sid).await.unwrap();
    assert_eq!(
        api_error(client.scripts().fetch(&script.sid).await),
        (404, Some(20404))
    );
    let gone = client
        .calls()
        .create(&CreateCall::new(
            "+15550100",
            "+15550199",
            CallDocument::url(url),
        ))
        .await;
    assert_eq!(api_error(gone), (400, Some(21205)));
    assert_eq!(
        api_error(
            client
                .scripts()
                .update("unknown", &WriteScript::rename("x"))
                .await
        )
        .0,
        404
    );
}

#[tokio::test]
async fn numbers_are_listed_changed_and_route_inbound_calls_and_messages() {
    use cxml_rest::{Method, PhoneNumberFilter, UpdatePhoneNumber};
    let (emulator, client) = resources_setup();
    let number = emulator
        .number(
            "+15550600",
            &UpdatePhoneNumber::new().voice(format!("{APP}/voice"), Method::Post),
        )
        .await
        .unwrap();
    assert_eq!(
        number.voice_url.as_deref(),
        Some("https://app.example.com/voice")
    );
    let added = emulator
        .handle(control(
            "numbers",
            "Number=%2B15550601&VoiceUrl=https%3A%2F%2Fapp.example.com%2Fvoice&FriendlyName=Shop",
        ))
        .await;
    assert_eq!(added.status(), 201);
    let relative = emulator
        .handle(control("numbers", "Number=%2B15550602&VoiceUrl=%2Fvoice"))
        .await;
    assert_eq!(relative.status(), 400);
    let nameless = emulator.handle(control("numbers", "VoiceUrl=x")).await;
    assert_eq!(nameless.status(), 400);

    let listed: Vec<_> = client
        .phone_numbers()
        .list(&PhoneNumberFilter::new())
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[1].friendly_name, "Shop");
    let matching: Vec<_> = client
        .phone_numbers()
        .list(&PhoneNumberFilter::new().phone_number("0600"))
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(matching.len(), 1);
    let fetched = client.phone_numbers().fetch(&number.sid).await.unwrap();
    assert_eq!(fetched.phone_number, "+15550600");
    assert!(fetched.capabilities.voice && fetched.capabilities.fax);

    // Point its messaging at the app.
    let updated = client
        .phone_numbers()
        .update(
            &number.sid,
            &UpdatePhoneNumber::new()
                .sms(format!("{APP}/sms"), Method::Post)
                .status_callback(format!("{APP}/status")),
        )
        .await
        .unwrap();
    assert_eq!(
        updated.sms_url.as_deref(),
        Some("https://app.example.com/sms")
    );
    assert_eq!(
        updated.voice_url.as_deref(),
        Some("https://app.example.com/voice")
    );
    let bad = client
        .phone_numbers()
        .update(
            &number.sid,
            &UpdatePhoneNumber::new().sms("sms", Method::Post),
        )
        .await;
    assert_eq!(api_error(bad), (400, Some(21502)));
    assert_eq!(
        api_error(client.phone_numbers().fetch("PN-unknown").await),
        (404, Some(20404))
    );

    // Inbound traffic without a URL goes where the number points.
    let call = emulator
        .handle(control("calls", "From=%2B15550142&To=%2B15550600"))
        .await;
    assert_eq!(call.status(), 201);
    let sid = body_json(call).await["sid"].as_str().unwrap().to_owned();
    let transcript = emulator.transcript_of(&sid).await;
    assert_eq!(said_on(&transcript), ["Thanks for calling the shop."]);
    // The number's status callback is told how its call ended.
    let ended = transcript
        .requests()
        .find(|request| request.purpose == Purpose::CallStatus)
        .unwrap();
    assert_eq!(ended.params.get("CallStatus"), Some("completed"));
    // In process, as a caller would: an empty URL takes the number's.
    let direct = emulator
        .call_in("", Some("+15550143"), Some("+15550601"), Vec::new())
        .await;
    assert_eq!(
        said_on(&emulator.transcript_of(&direct).await),
        ["Thanks for calling the shop."]
    );
    let message = emulator
        .handle(control(
            "messages",
            "From=%2B15550142&To=%2B15550600&Body=hours%3F",
        ))
        .await;
    assert_eq!(message.status(), 201);
    let sid = body_json(message).await["sid"].as_str().unwrap().to_owned();
    let transcript = emulator.transcript_of(&sid).await;
    assert_eq!(transcript.requests_to("/sms").count(), 1);
    // A number with no URL for it, and no Url: a 400.
    let unrouted = emulator
        .handle(control(
            "messages",
            "From=%2B15550142&To=%2B15550601&Body=hi",
        ))
        .await;
    assert_eq!(unrouted.status(), 400);
}
