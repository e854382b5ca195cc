//! Messaging and fax conversations.

mod common;

use common::{fixed, param};
use cxml_testing::{Ending, ErrorKind, Event, Simulator};
use cxml_webhook::params::{MessageAction, MessageRequest, MessageStatus};

#[tokio::test]
async fn an_inbound_sms_carries_the_messaging_parameters_and_replies_are_events() {
    let app = fixed(&[(
        "/sms",
        r#"<Response>
             <Message>Thanks!</Message>
             <Message to="+15550009999" from="+15550008888"><Body>Part one, </Body><Body>part two.</Body><Media>https://cdn.example.com/a.png</Media></Message>
           </Response>"#,
    )]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .message("/sms", "hello bot")
        .from("+15551110000")
        .media("https://cdn.example.com/in.jpg", "image/jpeg")
        .run()
        .await
        .unwrap();
    let inbound: MessageRequest = transcript.requests().next().unwrap().params().unwrap();
    assert_eq!(inbound.body.as_deref(), Some("hello bot"));
    assert_eq!(inbound.num_media, Some(1));
    assert_eq!(inbound.from.as_deref(), Some("+15551110000"));
    assert_eq!(inbound.media.len(), 1);
    let replies: Vec<_> = transcript
        .events()
        .filter_map(|event| match event {
            Event::MessageSent {
                body,
                media,
                to,
                from,
            } => Some((body.clone(), media.clone(), to.clone(), from.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        replies[0],
        (
            "Thanks!".into(),
            vec![],
            "+15551110000".into(),
            "+15557650000".into()
        )
    );
    assert_eq!(
        replies[1],
        (
            "Part one, part two.".into(),
            vec!["https://cdn.example.com/a.png".to_string()],
            "+15550009999".into(),
            "+15550008888".into()
        )
    );
    transcript.assert_ended(Ending::EndOfDocument);
}

#[tokio::test]
async fn message_action_replaces_the_document_and_redirect_follows() {
    let app = fixed(&[
        (
            "/sms",
            r#"<Response><Message action="/status">One</Message><Message>Unreached</Message></Response>"#,
        ),
        (
            "/status",
            r#"<Response><Redirect>/final</Redirect></Response>"#,
        ),
        ("/final", r#"<Response><Message>Two</Message></Response>"#),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim
        .message("/sms", "hi")
        .reply_status(MessageStatus::Failed)
        .run()
        .await
        .unwrap();
    let status = transcript.requests_to("/status").next().unwrap();
    let action: MessageAction = status.params().unwrap();
    assert_eq!(action.message_status, Some(MessageStatus::Failed));
    assert_eq!(status.params.get("ErrorCode"), Some("30003"));
    let bodies: Vec<String> = transcript
        .events()
        .filter_map(|event| match event {
            Event::MessageSent { body, .. } => Some(body.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(bodies, ["One", "Two"]);
}

#[tokio::test]
async fn a_voice_document_answering_a_message_is_an_error() {
    let app = fixed(&[("/sms", "<Response><Say>Hi</Say></Response>")]);
    let mut sim = Simulator::new(app);
    let error = sim.message("/sms", "hi").run().await.unwrap_err();
    assert_eq!(
        error.kind,
        ErrorKind::WrongChannel {
            expected: "messaging",
            verb: "Say".into()
        }
    );
}

#[tokio::test]
async fn a_fax_is_received_and_its_action_told() {
    let app = fixed(&[
        (
            "/fax",
            r#"<Response><Receive action="/received" mediaType="image/tiff"/></Response>"#,
        ),
        ("/received", ""),
        ("/refuse", "<Response><Reject/></Response>"),
    ]);
    let mut sim = Simulator::new(app);
    let transcript = sim.fax("/fax").pages(3).run().await.unwrap();
    let first = transcript.requests().next().unwrap();
    assert!(first.params.get("FaxSid").is_some());
    assert_eq!(first.params.get("ApiVersion"), Some("2010-04-01"));
    assert_eq!(
        param(&transcript, "/received", 0, "FaxStatus"),
        Some("received")
    );
    assert_eq!(param(&transcript, "/received", 0, "NumPages"), Some("3"));
    assert!(
        param(&transcript, "/received", 0, "MediaUrl")
            .unwrap()
            .ends_with(".tiff")
    );
    let received: cxml_webhook::params::ReceiveAction = transcript
        .requests_to("/received")
        .next()
        .unwrap()
        .params()
        .unwrap();
    assert_eq!(received.num_pages, Some(3));
    assert!(
        transcript
            .events()
            .any(|event| *event == Event::Received { pages: 3 })
    );
    transcript.assert_ended(Ending::EndOfDocument);

    let transcript = sim.fax("/refuse").run().await.unwrap();
    transcript.assert_ended(Ending::Rejected);
}
