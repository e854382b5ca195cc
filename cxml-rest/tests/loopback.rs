//! Every resource against a loopback server that answers as SignalWire's API does (shapes from
//! its OpenAPI document), through the HTTPS transport (plain http to 127.0.0.1).

mod common;

use base64::Engine as _;
use common::*;
use cxml::cxml;
use cxml::rest::*;
use futures_util::TryStreamExt;
use serde_json::json;

fn basic() -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{PROJECT}:{TOKEN}"))
    )
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn create_a_call_with_an_inline_checked_document() {
    let fake = serve(|_, _| Reply::Json(201, call("CA1", "queued"))).await;
    let client = fake.client();
    let doc = cxml! { Response < Say(voice = "alice") < "Your table is ready." > > };
    let request = CreateCall::new(
        "+13105678901",
        "+13103384645",
        CallDocument::inline(&doc).unwrap(),
    )
    .status_callback("https://example.com/status")
    .status_callback_events([
        CallEvent::Initiated,
        CallEvent::Answered,
        CallEvent::Completed,
    ])
    .machine_detection(MachineDetection::DetectMessageEnd)
    .record(true)
    .timeout(30);
    let created = client.calls().create(&request).await.unwrap();
    assert_eq!(created.sid, "CA1");
    assert_eq!(created.status, CallStatus::Queued);
    assert_eq!(created.direction, CallDirection::OutboundApi);
    assert_eq!(created.formatted_to.as_deref(), Some("(310) 567-8901"));
    assert_eq!(created.sip_result_code.as_deref(), Some("200"));
    assert_eq!(created.audio_in_mos, Some(4.4));
    assert_eq!(created.audio_rtt_avg, Some(12));

    let sent = fake.last();
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, format!("{PREFIX}/Calls.json"));
    assert_eq!(sent.authorization.as_deref(), Some(basic().as_str()));
    assert_eq!(
        sent.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        sent.form(),
        pairs(&[
            ("To", "+13105678901"),
            ("From", "+13103384645"),
            (INLINE_DOCUMENT_FIELD, doc.as_str()),
            ("StatusCallback", "https://example.com/status"),
            ("StatusCallbackEvent", "initiated"),
            ("StatusCallbackEvent", "answered"),
            ("StatusCallbackEvent", "completed"),
            ("Timeout", "30"),
            ("MachineDetection", "DetectMessageEnd"),
            ("Record", "true"),
        ])
    );
    assert_eq!(INLINE_DOCUMENT_FIELD, "Twiml");
}

#[tokio::test]
async fn create_a_call_with_a_url_or_an_application() {
    let fake = serve(|_, _| Reply::Json(201, call("CA2", "queued"))).await;
    let client = fake.client();
    client
        .calls()
        .create(&CreateCall::new(
            "+1310",
            "+1311",
            CallDocument::url_with_method("https://example.com/voice.xml", Method::Get),
        ))
        .await
        .unwrap();
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("To", "+1310"),
            ("From", "+1311"),
            ("Url", "https://example.com/voice.xml"),
            ("Method", "GET"),
        ])
    );
    client
        .calls()
        .create(&CreateCall::with_application("+1310", "+1311", "AP1").sip_auth("u", "pw"))
        .await
        .unwrap();
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("To", "+1310"),
            ("From", "+1311"),
            ("ApplicationSid", "AP1"),
            ("SipAuthUsername", "u"),
            ("SipAuthPassword", "pw"),
        ])
    );
}

#[tokio::test]
async fn a_document_broken_by_run_time_data_or_of_another_channel_is_refused() {
    let numbers: Vec<String> = (0..11).map(|i| format!("+1555010{i}")).collect();
    let broken = cxml! { Response < Dial < for n in &numbers { Number({n}) } > > };
    assert!(broken.error().is_some());
    assert!(matches!(
        CallDocument::inline(&broken),
        Err(DocumentError::Render(_))
    ));
    let sms = cxml! { Response < Message < "hi" > > };
    assert!(matches!(
        CallDocument::inline(&sms),
        Err(DocumentError::WrongChannel { .. })
    ));
    let parsed = cxml::parse("<Response><Hangup/></Response>").unwrap();
    assert!(CallDocument::parsed(&parsed).is_ok());
    // The one way to send text unchecked is named so.
    assert_eq!(
        CallDocument::unchecked("<Response><Foo/></Response>"),
        CallDocument::Inline(InlineDocument::unchecked("<Response><Foo/></Response>"))
    );
}

#[tokio::test]
async fn list_calls_with_filters_over_three_pages() {
    let fake = serve(|request, _| {
        let page_number: u32 = request
            .query_pairs()
            .iter()
            .find(|(k, _)| k == "Page")
            .map(|(_, v)| v.parse().unwrap())
            .unwrap_or(0);
        let items = match page_number {
            0 => vec![call("CA1", "completed"), call("CA2", "completed")],
            1 => vec![call("CA3", "completed"), call("CA4", "completed")],
            _ => vec![call("CA5", "completed")],
        };
        Reply::Json(
            200,
            page("Calls", "calls", items, page_number, page_number < 2),
        )
    })
    .await;
    let client = fake.client();
    let mut filter = CallFilter::new()
        .to("+13105678901")
        .status(CallStatus::Completed)
        .page_size(2);
    filter.start_time_after = Some("Wed, 19 Sep 2018 20:00:00 +0000".into());
    let calls = client.calls().list(&filter);
    // Lazy: nothing requested before the stream is polled.
    tokio::task::yield_now().await;
    assert_eq!(fake.count(), 0);
    let calls = calls.collect_all().await.unwrap();
    let sids: Vec<_> = calls.iter().map(|c| c.sid.as_str()).collect();
    assert_eq!(sids, ["CA1", "CA2", "CA3", "CA4", "CA5"]);
    let requests = fake.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[0].path, format!("{PREFIX}/Calls.json"));
    assert_eq!(
        requests[0].query_pairs(),
        pairs(&[
            ("To", "+13105678901"),
            ("Status", "completed"),
            ("StartTime>", "Wed, 19 Sep 2018 20:00:00 +0000"),
            ("PageSize", "2"),
        ])
    );
    assert_eq!(
        requests[2].query.as_deref(),
        Some("Page=2&PageSize=2&PageToken=PA2")
    );
    for request in &requests {
        assert_eq!(request.method, "GET");
        assert_eq!(request.authorization.as_deref(), Some(basic().as_str()));
    }

    // Only the pages needed are requested.
    let before = fake.count();
    let first_three = client
        .calls()
        .list(&CallFilter::new())
        .take_items(3)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(first_three.len(), 3);
    assert_eq!(fake.count() - before, 2);

    // Page by page.
    let first = client.calls().page(&CallFilter::new()).await.unwrap();
    assert_eq!(first.page, Some(0));
    assert_eq!(first.page_size, Some(2));
    assert!(first.previous_page_uri.is_none());
    let second = client.next_page(&first).await.unwrap().unwrap();
    assert_eq!(second.items[0].sid, "CA3");
    let third = client.next_page(&second).await.unwrap().unwrap();
    assert!(client.next_page(&third).await.unwrap().is_none());
}

#[tokio::test]
async fn fetch_update_and_delete_a_call() {
    let fake = serve(|request, _| match request.method.as_str() {
        "DELETE" => Reply::NoContent,
        "POST" if request.field("Status") == ["completed"] => {
            Reply::Json(200, call("CA9", "completed"))
        }
        _ => Reply::Json(200, call("CA9", "in-progress")),
    })
    .await;
    let client = fake.client();
    let fetched = client.calls().fetch("CA9").await.unwrap();
    assert_eq!(fetched.status, CallStatus::InProgress);
    assert_eq!(fake.last().path, format!("{PREFIX}/Calls/CA9.json"));

    let next =
        cxml! { Response < Say < "Moving you on" > Redirect < "https://example.com/next" > > };
    client
        .calls()
        .redirect("CA9", CallDocument::inline(&next).unwrap())
        .await
        .unwrap();
    assert_eq!(
        fake.last().form(),
        pairs(&[(INLINE_DOCUMENT_FIELD, next.as_str())])
    );

    client
        .calls()
        .update(
            "CA9",
            &UpdateCall::redirect(CallDocument::url("https://example.com/next"))
                .status_callback("https://example.com/status"),
        )
        .await
        .unwrap();
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("Url", "https://example.com/next"),
            ("StatusCallback", "https://example.com/status"),
        ])
    );

    let ended = client.calls().hang_up("CA9").await.unwrap();
    assert_eq!(ended.status, CallStatus::Completed);
    client
        .calls()
        .update("CA9", &UpdateCall::cancel())
        .await
        .unwrap();
    assert_eq!(fake.last().form(), pairs(&[("Status", "canceled")]));

    client.calls().delete("CA9").await.unwrap();
    assert_eq!(fake.last().method, "DELETE");

    // A sid cannot reach another path.
    client.calls().fetch("../Messages/x").await.unwrap();
    assert_eq!(
        fake.last().path,
        format!("{PREFIX}/Calls/..%2FMessages%2Fx.json")
    );
}

#[tokio::test]
async fn messages() {
    let fake = serve(
        |request, _| match (request.method.as_str(), request.path.as_str()) {
            ("DELETE", _) => Reply::NoContent,
            ("POST", path) if path.ends_with("Messages.json") => {
                Reply::Json(201, message("SM1", "queued"))
            }
            ("GET", path) if path.ends_with("Messages.json") => Reply::Json(
                200,
                page(
                    "Messages",
                    "messages",
                    vec![message("SM1", "delivered")],
                    0,
                    false,
                ),
            ),
            _ => Reply::Json(200, message("SM1", "delivered")),
        },
    )
    .await;
    let client = fake.client();
    let sent = client
        .messages()
        .create(
            &CreateMessage::new("+15557654321", "+15551234567")
                .body("Here we are")
                .media("https://example.com/a.png")
                .media("https://example.com/b.png")
                .status_callback("https://example.com/sms-status"),
        )
        .await
        .unwrap();
    assert_eq!(sent.status, MessageStatus::Queued);
    assert_eq!(sent.price, Some(0.005));
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("To", "+15557654321"),
            ("From", "+15551234567"),
            ("Body", "Here we are"),
            ("MediaUrl", "https://example.com/a.png"),
            ("MediaUrl", "https://example.com/b.png"),
            ("StatusCallback", "https://example.com/sms-status"),
        ])
    );
    let listed = client
        .messages()
        .list(
            &MessageFilter::new()
                .from("+15551234567")
                .status(MessageStatus::Delivered),
        )
        .collect_all()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].direction, MessageDirection::OutboundApi);
    assert_eq!(
        fake.last().query.as_deref(),
        Some("From=%2B15551234567&Status=delivered")
    );
    let fetched = client.messages().fetch("SM1").await.unwrap();
    assert_eq!(fetched.body.as_deref(), Some("Hello World!"));
    assert_eq!(fake.last().path, format!("{PREFIX}/Messages/SM1.json"));
    client.messages().redact("SM1").await.unwrap();
    assert_eq!(fake.last().body, "Body=");
    client.messages().delete("SM1").await.unwrap();
    assert_eq!(fake.last().method, "DELETE");
}

#[tokio::test]
async fn queues_and_members() {
    let fake = serve(|request, _| {
        let path = request.path.as_str();
        if path.ends_with("/Queues.json") && request.method == "GET" {
            Reply::Json(200, page("Queues", "queues", vec![queue("QU1")], 0, false))
        } else if path.ends_with("/Members.json") {
            Reply::Json(
                200,
                page(
                    "Queues/QU1/Members",
                    "queue_members",
                    vec![member("QU1", "CA1", 1), member("QU1", "CA2", 2)],
                    0,
                    false,
                ),
            )
        } else if path.contains("/Members/") {
            let call = if path.ends_with("Front.json") {
                "CA1"
            } else {
                "CA2"
            };
            Reply::Json(200, member("QU1", call, 1))
        } else if request.method == "DELETE" {
            Reply::NoContent
        } else {
            Reply::Json(200, queue("QU1"))
        }
    })
    .await;
    let client = fake.client();
    let queues = client
        .queues()
        .list(&PageSize::default())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(queues[0].friendly_name, "support");
    assert_eq!(queues[0].current_size, 2);
    assert_eq!(queues[0].max_size, None);
    assert_eq!(
        client
            .queues()
            .fetch("QU1")
            .await
            .unwrap()
            .average_wait_time,
        30
    );
    let members = client
        .queues()
        .members("QU1", &PageSize::new(10))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(
        members.iter().map(|m| m.position).collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(fake.last().query.as_deref(), Some("PageSize=10"));
    let front = client
        .queues()
        .member("QU1", MemberRef::Front)
        .await
        .unwrap();
    assert_eq!(front.call_sid, "CA1");
    assert_eq!(
        fake.last().path,
        format!("{PREFIX}/Queues/QU1/Members/Front.json")
    );

    client
        .queues()
        .dequeue(
            "QU1",
            MemberRef::Front,
            &DequeueMember::new("https://example.com/agent"),
        )
        .await
        .unwrap();
    let sent = fake.last();
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, format!("{PREFIX}/Queues/QU1/Members/Front.json"));
    assert_eq!(sent.form(), pairs(&[("Url", "https://example.com/agent")]));
    client
        .queues()
        .dequeue(
            "QU1",
            "CA2",
            &DequeueMember::with_method("https://example.com/agent", Method::Get),
        )
        .await
        .unwrap();
    assert_eq!(
        fake.last().path,
        format!("{PREFIX}/Queues/QU1/Members/CA2.json")
    );
    assert_eq!(
        fake.last().form(),
        pairs(&[("Url", "https://example.com/agent"), ("Method", "GET")])
    );
}

#[tokio::test]
async fn conferences_and_participants() {
    let fake = serve(|request, _| {
        let path = request.path.as_str();
        match request.method.as_str() {
            "DELETE" => Reply::NoContent,
            _ if path.ends_with("/Conferences.json") => Reply::Json(
                200,
                page(
                    "Conferences",
                    "conferences",
                    vec![conference("CF1", "in-progress")],
                    0,
                    false,
                ),
            ),
            _ if path.ends_with("/Participants.json") => Reply::Json(
                200,
                page(
                    "Conferences/CF1/Participants",
                    "participants",
                    vec![participant("CF1", "CA1", true, false)],
                    0,
                    false,
                ),
            ),
            "POST" if path.contains("/Participants/") => Reply::Json(
                200,
                participant(
                    "CF1",
                    "CA1",
                    request.field("Muted") == ["true"],
                    request.field("Hold") == ["true"],
                ),
            ),
            "GET" if path.contains("/Participants/") => {
                Reply::Json(200, participant("CF1", "CA1", false, false))
            }
            "POST" => Reply::Json(200, conference("CF1", "completed")),
            _ => Reply::Json(200, conference("CF1", "in-progress")),
        }
    })
    .await;
    let client = fake.client();
    let conferences = client
        .conferences()
        .list(
            &ConferenceFilter::new()
                .friendly_name("standup")
                .status(ConferenceStatus::InProgress),
        )
        .collect_all()
        .await
        .unwrap();
    assert_eq!(conferences[0].region.as_deref(), Some("us1"));
    assert_eq!(
        fake.last().query.as_deref(),
        Some("FriendlyName=standup&Status=in-progress")
    );
    assert_eq!(
        client.conferences().fetch("CF1").await.unwrap().status,
        ConferenceStatus::InProgress
    );
    let ended = client
        .conferences()
        .update("CF1", &UpdateConference::end())
        .await
        .unwrap();
    assert_eq!(ended.status, ConferenceStatus::Completed);
    assert_eq!(fake.last().form(), pairs(&[("Status", "completed")]));
    client
        .conferences()
        .update(
            "CF1",
            &UpdateConference::announce("https://example.com/announce.xml"),
        )
        .await
        .unwrap();
    assert_eq!(
        fake.last().form(),
        pairs(&[("AnnounceUrl", "https://example.com/announce.xml")])
    );

    let muted_ones = client
        .conferences()
        .participants("CF1", &ParticipantFilter::new().muted(true))
        .collect_all()
        .await
        .unwrap();
    assert!(muted_ones[0].muted);
    assert_eq!(fake.last().query.as_deref(), Some("Muted=true"));
    assert!(
        !client
            .conferences()
            .participant("CF1", "CA1")
            .await
            .unwrap()
            .muted
    );

    let muted = client
        .conferences()
        .update_participant("CF1", "CA1", &UpdateParticipant::new().muted(true))
        .await
        .unwrap();
    assert!(muted.muted);
    assert_eq!(
        fake.last().path,
        format!("{PREFIX}/Conferences/CF1/Participants/CA1.json")
    );
    assert_eq!(fake.last().form(), pairs(&[("Muted", "true")]));

    let held = client
        .conferences()
        .update_participant(
            "CF1",
            "CA1",
            &UpdateParticipant::new()
                .hold_with_music("https://example.com/hold.xml")
                .hold_method(Method::Get),
        )
        .await
        .unwrap();
    assert!(held.hold);
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("Hold", "true"),
            ("HoldUrl", "https://example.com/hold.xml"),
            ("HoldMethod", "GET"),
        ])
    );
    client
        .conferences()
        .update_participant(
            "CF1",
            "CA1",
            &UpdateParticipant::new().announce("https://example.com/you.xml"),
        )
        .await
        .unwrap();
    assert_eq!(
        fake.last().form(),
        pairs(&[("AnnounceUrl", "https://example.com/you.xml")])
    );

    client
        .conferences()
        .remove_participant("CF1", "CA1")
        .await
        .unwrap();
    assert_eq!(fake.last().method, "DELETE");
    assert_eq!(
        fake.last().path,
        format!("{PREFIX}/Conferences/CF1/Participants/CA1.json")
    );
}

#[tokio::test]
async fn recordings() {
    let fake = serve(|request, _| match request.method.as_str() {
        "DELETE" => Reply::NoContent,
        _ if request.path.ends_with("/Recordings.json") => Reply::Json(
            200,
            page(
                "Recordings",
                "recordings",
                vec![recording("RE1"), recording("RE2")],
                0,
                false,
            ),
        ),
        _ => Reply::Json(200, recording("RE1")),
    })
    .await;
    let client = fake.client();
    let all = client
        .recordings()
        .list(&RecordingFilter::new().call("CA1"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(fake.last().query.as_deref(), Some("CallSid=CA1"));
    let one = client.recordings().fetch("RE1").await.unwrap();
    assert_eq!(one.duration, 15);
    assert_eq!(one.price.as_deref(), Some("-0.0025"));
    assert_eq!(one.source, RecordingSource::RecordVerb);
    assert_eq!(one.status, RecordingStatus::Completed);
    assert_eq!(one.channels.as_deref(), Some("1"));
    // Metadata is the `.json` path: without an extension SignalWire answers the audio.
    assert_eq!(fake.last().path, format!("{PREFIX}/Recordings/RE1.json"));
    client.recordings().delete("RE1").await.unwrap();
    assert_eq!(fake.last().method, "DELETE");
    assert_eq!(
        client.recordings().media_url("RE1", AudioFormat::Wav),
        format!("{}{PREFIX}/Recordings/RE1.wav", fake.base)
    );
}

#[tokio::test]
async fn faxes() {
    let fake = serve(|request, _| match request.method.as_str() {
        "DELETE" => Reply::NoContent,
        "POST" if request.field("Status") == ["canceled"] => {
            Reply::Json(200, fax("FX1", "canceled"))
        }
        "POST" => Reply::Json(200, fax("FX1", "queued")),
        _ if request.path.ends_with("/Faxes.json") => Reply::Json(
            200,
            page("Faxes", "faxes", vec![fax("FX1", "delivered")], 0, false),
        ),
        _ => Reply::Json(200, fax("FX1", "delivered")),
    })
    .await;
    let client = fake.client();
    let sent = client
        .faxes()
        .send(
            &SendFax::new(
                "+13105678901",
                "+13103384645",
                "https://example.com/fax.pdf",
            )
            .quality(FaxQuality::Superfine)
            .store_media(false)
            .status_callback("https://example.com/fax-status"),
        )
        .await
        .unwrap();
    assert_eq!(sent.status, FaxStatus::Queued);
    assert_eq!(sent.quality, FaxQuality::Fine);
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("To", "+13105678901"),
            ("From", "+13103384645"),
            ("MediaUrl", "https://example.com/fax.pdf"),
            ("Quality", "superfine"),
            ("StatusCallback", "https://example.com/fax-status"),
            ("StoreMedia", "false"),
        ])
    );
    let listed = client
        .faxes()
        .list(&FaxFilter::new().to("+13105678901"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(listed[0].direction, FaxDirection::Outbound);
    assert_eq!(
        client.faxes().fetch("FX1").await.unwrap().status,
        FaxStatus::Delivered
    );
    assert_eq!(fake.last().path, format!("{PREFIX}/Faxes/FX1.json"));
}

#[tokio::test]
async fn cxml_scripts_hold_checked_documents() {
    let fake = serve(|request, _| match request.method.as_str() {
        "DELETE" => Reply::NoContent,
        "POST" => {
            let name = request.field("Name").pop().unwrap_or_default();
            let contents = request.field("Contents").pop().unwrap_or_default();
            Reply::Json(201, script("LB1", &name, &contents))
        }
        _ if request.path.ends_with("/LamlBins.json") => Reply::Json(
            200,
            page(
                "LamlBins",
                "laml_bins",
                vec![script("LB1", "closed", "<Response/>")],
                0,
                false,
            ),
        ),
        _ => Reply::Json(200, script("LB1", "closed", "<Response/>")),
    })
    .await;
    let client = fake.client();
    let closed = cxml! { Response < Say < "We are closed." > Hangup > };
    let created = client
        .scripts()
        .create(&WriteScript::new(
            "closed",
            InlineDocument::rendered(&closed).unwrap(),
        ))
        .await
        .unwrap();
    assert_eq!(created.contents, closed.as_str());
    assert_eq!(fake.last().path, format!("{PREFIX}/LamlBins.json"));
    assert_eq!(
        fake.last().form(),
        pairs(&[("Name", "closed"), ("Contents", closed.as_str())])
    );
    let reply = cxml! { Response < Message < "Thanks!" > > };
    client
        .scripts()
        .update(
            "LB1",
            &WriteScript::new("thanks", InlineDocument::rendered(&reply).unwrap()),
        )
        .await
        .unwrap();
    assert_eq!(fake.last().path, format!("{PREFIX}/LamlBins/LB1.json"));
    let listed = client
        .scripts()
        .list(&ScriptFilter::new().name("closed"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(
        listed[0].request_url.as_deref(),
        Some("https://example.signalwire.com/laml-bins/LB1")
    );
    assert_eq!(client.scripts().fetch("LB1").await.unwrap().name, "closed");
    client.scripts().delete("LB1").await.unwrap();
    assert_eq!(fake.last().method, "DELETE");
}

#[tokio::test]
async fn incoming_phone_numbers_point_at_your_app() {
    let fake = serve(|request, _| match request.method.as_str() {
        "POST" => {
            let url = request.field("VoiceUrl").pop();
            Reply::Json(200, number("PN1", url.as_deref()))
        }
        _ if request.path.ends_with("/IncomingPhoneNumbers.json") => Reply::Json(
            200,
            page(
                "IncomingPhoneNumbers",
                "incoming_phone_numbers",
                vec![number("PN1", None)],
                0,
                false,
            ),
        ),
        _ => Reply::Json(200, number("PN1", None)),
    })
    .await;
    let client = fake.client();
    let numbers = client
        .phone_numbers()
        .list(&PhoneNumberFilter::new().phone_number("+1310"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(numbers[0].phone_number, "+13103384645");
    assert!(numbers[0].capabilities.voice);
    assert_eq!(numbers[0].voice_method, Some(Method::Post));
    assert_eq!(
        client.phone_numbers().fetch("PN1").await.unwrap().voice_url,
        None
    );
    let updated = client
        .phone_numbers()
        .update(
            "PN1",
            &UpdatePhoneNumber::new()
                .voice("https://example.com/voice", Method::Post)
                .sms("https://example.com/sms", Method::Get),
        )
        .await
        .unwrap();
    assert_eq!(
        updated.voice_url.as_deref(),
        Some("https://example.com/voice")
    );
    assert_eq!(
        fake.last().path,
        format!("{PREFIX}/IncomingPhoneNumbers/PN1.json")
    );
    assert_eq!(
        fake.last().form(),
        pairs(&[
            ("VoiceUrl", "https://example.com/voice"),
            ("VoiceMethod", "POST"),
            ("SmsUrl", "https://example.com/sms"),
            ("SmsMethod", "GET"),
        ])
    );
}

#[tokio::test]
async fn signalwire_errors_are_typed() {
    let fake = serve(|request, _| match request.path.rsplit('/').next().unwrap() {
        "missing.json" => Reply::Json(404, error_body(404, 20404, "The requested resource was not found")),
        "array.json" => Reply::Json(
            400,
            json!({"errors": [
                {"code": "30010", "message": "Maxpriceperminute was exceeded.", "more_info": "https://example.com/30010"},
                {"code": "21210", "message": "From is not verified"},
            ]}),
        ),
        "strings.json" => Reply::Json(422, json!({"errors": ["Validation error message"]})),
        "html.json" => Reply::Raw {
            status: 502,
            headers: vec![("content-type", "text/html".into())],
            body: format!("<html>{}</html>", "bad gateway ".repeat(100)),
        },
        "garbage.json" => Reply::Raw {
            status: 200,
            headers: vec![],
            body: "not json".into(),
        },
        _ => Reply::Json(401, error_body(401, 20003, "Authentication failed")),
    })
    .await;
    let client = Client::builder(fake.credentials())
        .retry(RetryPolicy::none())
        .https()
        .unwrap();
    let Err(Error::Api(e)) = client.calls().fetch("missing").await else {
        panic!()
    };
    assert_eq!(e.status, 404);
    assert_eq!(e.code, Some(20404));
    assert_eq!(
        e.message.as_deref(),
        Some("The requested resource was not found")
    );
    assert!(e.more_info.unwrap().contains("error-codes"));

    let Err(Error::Api(e)) = client.calls().fetch("array").await else {
        panic!()
    };
    assert_eq!(e.status, 400);
    assert_eq!(e.code, Some(30010));
    assert_eq!(e.errors.len(), 2);
    assert_eq!(e.errors[1].code, Some(21210));
    assert_eq!(e.more_info.as_deref(), Some("https://example.com/30010"));

    let Err(Error::Api(e)) = client.calls().fetch("strings").await else {
        panic!()
    };
    assert_eq!(e.status, 422);
    assert_eq!(e.message.as_deref(), Some("Validation error message"));

    let error = client.calls().fetch("html").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    let Error::Api(e) = &error else { panic!() };
    let excerpt = e.body_excerpt.as_deref().unwrap();
    assert!(excerpt.starts_with("<html>bad gateway"));
    assert!(excerpt.len() <= 512 + '…'.len_utf8());

    let error = client.calls().fetch("garbage").await.unwrap_err();
    let Error::Decode(e) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(e.body_excerpt.as_deref(), Some("not json"));
    assert!(std::error::Error::source(e).is_some());

    let Err(Error::Api(e)) = client.calls().fetch("denied").await else {
        panic!()
    };
    assert_eq!((e.status.as_u16(), e.code), (401, Some(20003)));
    assert!(e.to_string().contains("Authentication failed"));
}

#[tokio::test]
async fn a_page_link_to_another_host_is_not_followed() {
    let fake = serve(|_, _| {
        let mut body = page("Calls", "calls", vec![call("CA1", "completed")], 0, false);
        body["next_page_uri"] = json!("https://attacker.example/steal?Page=1");
        Reply::Json(200, body)
    })
    .await;
    let client = fake.client();
    let mut calls = client.calls().list(&CallFilter::new());
    assert_eq!(calls.try_next().await.unwrap().unwrap().sid, "CA1");
    let error = calls.try_next().await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert_eq!(fake.count(), 1);
}

#[tokio::test]
async fn over_tcp_a_post_that_hangs_times_out_and_is_sent_once() {
    let fake = serve(|_, _| Reply::Hang).await;
    let client = Client::builder(fake.credentials())
        .timeout(std::time::Duration::from_millis(200))
        .https()
        .unwrap();
    let error = client
        .messages()
        .create(&CreateMessage::sms("+1", "+2", "once"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(error.is_outcome_unknown());
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(fake.count(), 1);
}

#[tokio::test]
async fn over_tcp_a_429_with_retry_after_is_retried_for_a_get() {
    let fake = serve(|_, n| {
        if n == 0 {
            Reply::Raw {
                status: 429,
                headers: vec![("retry-after", "0".into())],
                body: error_body(429, 20429, "Too Many Requests").to_string(),
            }
        } else {
            Reply::Json(200, queue("QU1"))
        }
    })
    .await;
    let client = fake.client();
    assert_eq!(client.queues().fetch("QU1").await.unwrap().sid, "QU1");
    assert_eq!(fake.count(), 2);
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let credentials = Credentials::new(PROJECT, TOKEN, &format!("http://{address}")).unwrap();
    let client = Client::builder(credentials)
        .retry(RetryPolicy::new(
            2,
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(5),
        ))
        .https()
        .unwrap();
    let error = client.calls().fetch("CA1").await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(std::error::Error::source(&error).is_some());
    assert!(error.is_outcome_unknown());
}

#[tokio::test]
async fn plain_http_is_refused_except_to_loopback() {
    for space in [
        "http://example.signalwire.com",
        "http://192.168.1.10:8080",
        "http://10.0.0.1",
    ] {
        assert!(matches!(
            Credentials::new(PROJECT, TOKEN, space),
            Err(ConfigError::InsecureUrl { .. })
        ));
    }
    for space in [
        "http://127.0.0.1:1",
        "http://localhost:1",
        "http://[::1]:1",
        "example",
    ] {
        assert!(Credentials::new(PROJECT, TOKEN, space).is_ok(), "{space}");
    }
}

/// The token (and the `Authorization` value made from it) is never printed: not by `Debug` of
/// anything that holds it, nor by an error's `Display` or `Debug`.
#[tokio::test]
async fn the_token_is_never_printed() {
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{PROJECT}:{TOKEN}"));
    let check = |shown: String| {
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(!shown.contains(&basic), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    };

    let fake = serve(
        |request, _| match request.path.rsplit('/').next().unwrap() {
            "auth.json" => Reply::Json(401, error_body(401, 20003, "Authentication failed")),
            "echo.json" => Reply::Raw {
                status: 400,
                headers: vec![],
                body: format!("you sent {:?}", request.authorization),
            },
            "garbage.json" => Reply::Raw {
                status: 200,
                headers: vec![],
                body: format!("<html>{TOKEN}</html>"),
            },
            _ => Reply::Hang,
        },
    )
    .await;
    let credentials = fake.credentials();
    check(format!("{credentials:?}"));
    let builder = Client::builder(credentials.clone())
        .retry(RetryPolicy::none())
        .timeout(std::time::Duration::from_millis(100));
    check(format!("{builder:?}"));
    let client = builder.https().unwrap();
    check(format!("{client:?}"));
    check(format!("{:?}", client.calls()));
    check(format!("{:?}", client.messages()));
    check(format!("{:?}", client.queues()));
    check(format!("{:?}", client.conferences()));
    check(format!("{:?}", client.recordings()));
    check(format!("{:?}", client.faxes()));
    check(format!("{:?}", client.scripts()));
    check(format!("{:?}", client.phone_numbers()));
    check(format!("{:?}", client.calls().list(&CallFilter::new())));

    let mut errors = vec![
        client.calls().fetch("auth").await.unwrap_err(),
        client.calls().fetch("echo").await.unwrap_err(),
        client.calls().fetch("garbage").await.unwrap_err(),
        client.calls().fetch("hang").await.unwrap_err(),
        Error::from(Credentials::new(PROJECT, "", "x").unwrap_err()),
        Error::from(Credentials::new(PROJECT, TOKEN, "http://example.com").unwrap_err()),
    ];
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = listener.local_addr().unwrap();
    drop(listener);
    let refused =
        Client::builder(Credentials::new(PROJECT, TOKEN, &format!("http://{closed}")).unwrap())
            .retry(RetryPolicy::none())
            .https()
            .unwrap();
    errors.push(refused.calls().fetch("CA1").await.unwrap_err());
    let broken: Vec<String> = (0..11).map(|i| i.to_string()).collect();
    errors.push(Error::from(
        CallDocument::inline(&cxml! { Response < Dial < for n in &broken { Number({n}) } > > })
            .unwrap_err(),
    ));
    for error in &errors {
        check(format!("{error}"));
        check(format!("{error:?}"));
        let mut source = std::error::Error::source(error);
        while let Some(inner) = source {
            check(format!("{inner} {inner:?}"));
            source = inner.source();
        }
    }

    // Secrets in requests: SIP passwords.
    let request = CreateCall::with_application("+1", "+2", "AP1").sip_auth("user", "hunter2");
    check(format!("{request:?}"));
    let mut fax = SendFax::new("+1", "+2", "https://example.com/f.pdf");
    fax.sip_auth_password = Some(Secret::new("hunter2"));
    check(format!("{fax:?}"));
}

#[tokio::test]
async fn an_https_space_is_reached_over_tls_only() {
    // The fake speaks plain http: a client told `https://` must fail the TLS handshake, not
    // fall back to plain text.
    let fake = serve(|_, _| Reply::Json(200, queue("QU1"))).await;
    let address = fake.base.trim_start_matches("http://");
    let credentials = Credentials::new(PROJECT, TOKEN, &format!("https://{address}")).unwrap();
    let client = Client::builder(credentials)
        .retry(RetryPolicy::none())
        .timeout(std::time::Duration::from_secs(5))
        .https()
        .unwrap();
    let error = client.queues().fetch("QU1").await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    // The server saw no request it could read.
    assert_eq!(fake.count(), 0);
}
