//! The request and response types read and write both ways (JSON, and forms as SignalWire's
//! SDKs write them), so an emulator can reuse them.

use cxml::rest::*;
use serde_json::json;

#[test]
fn requests_round_trip_through_forms() {
    let doc = cxml::cxml! { Response < Say < "a & b" > > };
    let request = CreateCall::new("+1", "+2", CallDocument::inline(&doc).unwrap())
        .status_callback_events([CallEvent::Ringing, CallEvent::Completed])
        .record(true)
        .async_machine_detection("https://example.com/amd");
    let form = serde_html_form::to_string(&request).unwrap();
    assert!(form.contains(&format!("{INLINE_DOCUMENT_FIELD}=")));
    assert!(form.contains("StatusCallbackEvent=ringing&StatusCallbackEvent=completed"));
    let back: CreateCall = serde_html_form::from_str(&form).unwrap();
    assert_eq!(back, request);
    assert_eq!(back.document.unwrap().as_str(), doc.as_str());

    // A single event is still a list.
    let one: CreateCall = serde_html_form::from_str(
        "To=%2B1&From=%2B2&Url=https%3A%2F%2Fx&StatusCallbackEvent=answered",
    )
    .unwrap();
    assert_eq!(one.status_callback_event, [CallEvent::Answered]);
}

#[test]
fn forms_as_twilio_based_sdks_write_them() {
    // Python's SDK writes booleans as `True`; the spec's commented-out field is `Laml`.
    let form = "To=%2B1&From=%2B2&Laml=%3CResponse%2F%3E&Record=True&AsyncAmd=false&Timeout=30";
    let request: CreateCall = serde_html_form::from_str(form).unwrap();
    assert_eq!(request.record, Some(true));
    assert_eq!(request.async_amd, Some(false));
    assert_eq!(request.timeout, Some(30));
    assert_eq!(request.document.unwrap().as_str(), "<Response/>");
    let update: UpdateParticipant = serde_html_form::from_str("Muted=True&Hold=False").unwrap();
    assert_eq!((update.muted, update.hold), (Some(true), Some(false)));
    let update: UpdateCall =
        serde_html_form::from_str("Twiml=%3CResponse%2F%3E&Status=completed").unwrap();
    assert_eq!(update.status, Some(CallUpdateStatus::Completed));
    let message: CreateMessage =
        serde_html_form::from_str("To=%2B1&From=%2B2&MediaUrl=a&MediaUrl=b&SendAsMms=true")
            .unwrap();
    assert_eq!(message.media_url, ["a", "b"]);
    assert_eq!(message.send_as_mms, Some(true));
}

#[test]
fn requests_round_trip_through_json() {
    let request = UpdatePhoneNumber::new()
        .voice("https://example.com/voice", Method::Post)
        .sms("https://example.com/sms", Method::Get);
    let text = serde_json::to_string(&request).unwrap();
    assert_eq!(
        serde_json::from_str::<UpdatePhoneNumber>(&text).unwrap(),
        request
    );
    let dequeue = DequeueMember::with_method("https://example.com/a", Method::Get);
    let text = serde_json::to_string(&dequeue).unwrap();
    assert_eq!(text, r#"{"Url":"https://example.com/a","Method":"GET"}"#);
    assert_eq!(
        serde_json::from_str::<DequeueMember>(&text).unwrap(),
        dequeue
    );
}

#[test]
fn enums_keep_what_they_do_not_know() {
    let status: CallStatus = serde_json::from_value(json!("answering-machine")).unwrap();
    assert_eq!(status, CallStatus::Other("answering-machine".into()));
    assert_eq!(
        serde_json::to_value(&status).unwrap(),
        json!("answering-machine")
    );
    assert_eq!(CallStatus::from("no-answer"), CallStatus::NoAnswer);
    assert_eq!(CallStatus::NoAnswer.to_string(), "no-answer");
    assert_eq!(MachineDetection::Disabled.as_str(), "none");
    assert_eq!("POST".parse::<Method>().unwrap(), Method::Post);
}

#[test]
fn responses_are_read_leniently_and_written_back() {
    // Numbers as text, a missing field, an unknown field, an unknown status.
    let value = json!({
        "sid": "CA1", "account_sid": "p", "to": "+1", "from": "+2",
        "status": "in-progress", "duration": "42", "price": "-0.0075",
        "direction": "outbound-dial", "answered_by": "machine_end_beep",
        "brand_new_field": {"x": 1},
    });
    let call: Call = serde_json::from_value(value).unwrap();
    assert_eq!(call.duration, 42);
    assert_eq!(call.price, Some(-0.0075));
    assert_eq!(call.direction, CallDirection::OutboundDial);
    assert_eq!(
        call.answered_by,
        Some(AnsweredBy::Other("machine_end_beep".into()))
    );
    assert_eq!(call.end_time, None);
    let again: Call = serde_json::from_value(serde_json::to_value(&call).unwrap()).unwrap();
    assert_eq!(again, call);

    let participant: Participant =
        serde_json::from_value(json!({"call_sid": "CA1", "muted": "true", "hold": null})).unwrap();
    assert!(participant.muted && !participant.hold);
}

#[test]
fn pages_round_trip_with_their_key() {
    let value = json!({
        "uri": "/api/laml/2010-04-01/Accounts/p/Queues/QU1/Members.json?Page=0&PageSize=1",
        "first_page_uri": "/api/laml/2010-04-01/Accounts/p/Queues/QU1/Members.json?Page=0&PageSize=1",
        "next_page_uri": null,
        "previous_page_uri": null,
        "page": 0,
        "page_size": 1,
        "queue_members": [{"call_sid": "CA1", "queue_sid": "QU1", "position": 1, "wait_time": 3}],
    });
    let page: Page<QueueMember> = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(page.items[0].call_sid, "CA1");
    assert_eq!(page.next_page_uri, None);
    let written = serde_json::to_value(&page).unwrap();
    assert_eq!(written["queue_members"][0]["call_sid"], "CA1");
    assert_eq!(written["page_size"], 1);
    assert_eq!(
        serde_json::from_value::<Page<QueueMember>>(written).unwrap(),
        page
    );
    // A page of another resource is not silently empty.
    assert!(serde_json::from_value::<Page<Call>>(value).is_err());
}
