//! The example IVR (`examples/ivr_server/main.rs` of the facade) through the call simulator: every branch of the menu
//! as a scripted call, in process and over HTTP, with the handlers' own signature checks.

#[allow(dead_code)]
#[path = "../../examples/ivr_server/main.rs"]
mod server;

use cxml::testing::{Ending, Event, Simulator};
use cxml::webhook::WebhookConfig;
use cxml::webhook::params::{DialCallStatus, GatherAction, ReferCallStatus};

const KEY: &str = "PSK_call_flow_test";
const PUBLIC_URL: &str = "https://ivr.example.com";

fn simulator() -> Simulator {
    Simulator::new(server::app(WebhookConfig::new(KEY, PUBLIC_URL)))
        .signing_key(KEY)
        .public_url(PUBLIC_URL)
}

fn dialed(transcript: &cxml::testing::Transcript) -> Vec<(Vec<String>, String)> {
    transcript
        .events()
        .filter_map(|event| match event {
            Event::Dialed { to, status } => Some((to.clone(), status.clone())),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn one_transfers_to_sales_and_hangs_up_when_the_transfer_is_accepted() {
    let mut sim = simulator();
    let transcript = sim.call("/voice").digits("1").run().await.unwrap();
    transcript.assert_said("Press 1 for sales");
    transcript.assert_said("Transferring you to sales.");
    let menu: GatherAction = transcript
        .requests_to("/menu")
        .next()
        .unwrap()
        .params()
        .unwrap();
    assert_eq!(menu.digits.as_deref(), Some("1"));
    assert!(transcript.events().any(|event| matches!(event,
        Event::Referred { to, status } if to == server::SALES_SIP && status == "in-progress")));
    transcript.assert_requested("/refer-completed");
    transcript.assert_ended(Ending::HungUp);
}

#[tokio::test]
async fn a_busy_sales_line_falls_back_to_support() {
    let mut sim = simulator();
    let transcript = sim
        .call("/voice")
        .digits("1")
        .refer_status(ReferCallStatus::Busy)
        .run()
        .await
        .unwrap();
    transcript.assert_said("Sales is not available. Connecting you to support.");
    assert_eq!(
        dialed(&transcript),
        [(
            vec![server::SUPPORT_NUMBER.to_owned()],
            "completed".to_owned()
        )]
    );
    transcript.assert_ended(Ending::EndOfDocument);
}

#[tokio::test]
async fn a_failed_transfer_returns_to_the_menu() {
    let mut sim = simulator();
    let transcript = sim
        .call("/voice")
        .digits("1")
        .refer_status(ReferCallStatus::Failed)
        .silence()
        .run()
        .await
        .unwrap();
    transcript.assert_said("The transfer failed.");
    assert_eq!(transcript.requests_to("/voice").count(), 2);
    transcript.assert_said("We did not receive your choice. Goodbye.");
    transcript.assert_ended(Ending::HungUp);
}

#[tokio::test]
async fn two_dials_support_whatever_the_outcome() {
    let mut sim = simulator();
    for status in [
        DialCallStatus::Completed,
        DialCallStatus::Busy,
        DialCallStatus::NoAnswer,
    ] {
        let transcript = sim
            .call("/voice")
            .digits("2")
            .dial_status(status.clone())
            .run()
            .await
            .unwrap();
        transcript.assert_said("Connecting you to support.");
        assert_eq!(
            dialed(&transcript),
            [(vec![server::SUPPORT_NUMBER.to_owned()], status.to_string())]
        );
        // The Dial has no action: the document ends with it.
        transcript.assert_ended(Ending::EndOfDocument);
    }
}

#[tokio::test]
async fn a_wrong_key_repeats_the_menu_and_silence_says_goodbye() {
    let mut sim = simulator();
    let transcript = sim
        .call("/voice")
        .digits("9")
        .digits("2")
        .run()
        .await
        .unwrap();
    transcript.assert_said("Sorry, that is not an option.");
    assert_eq!(transcript.requests_to("/voice").count(), 2);
    transcript.assert_said("Connecting you to support.");

    let transcript = sim.call("/voice").run().await.unwrap();
    assert_eq!(
        transcript.said(),
        [
            "Welcome. Press 1 for sales, or 2 for support.",
            "We did not receive your choice. Goodbye."
        ]
    );
    transcript.assert_ended(Ending::HungUp);
}

#[tokio::test]
async fn the_menu_transcript_is_stable() {
    let mut sim = simulator();
    let transcript = sim.call("/voice").digits("1").run().await.unwrap();
    let expected = [
        "   0.0s  POST /voice (initial) -> 200",
        "   1.0s  say \"Welcome. Press 1 for sales, or 2 for support.\"",
        "   2.0s  gather 1",
        "   2.0s  POST /menu (gather-action) Digits=1 -> 200",
        "   3.0s  say \"Transferring you to sales.\"",
        "   3.0s  refer sip:sales@pbx.example.com -> in-progress",
        "   3.0s  POST /refer-completed (refer-action) ReferCallStatus=in-progress ReferSipResponseCode=202 NotifySipResponseCode=200 -> 200",
        "   3.0s  hangup",
        "   3.0s  end: hangup",
    ];
    assert_eq!(transcript.to_string(), expected.join("\n") + "\n");
}

#[tokio::test]
async fn the_same_flow_over_http_with_a_wrong_key_is_refused() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = server::app(WebhookConfig::new(KEY, &base));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let mut sim = Simulator::over_http(&base).signing_key(KEY);
    let transcript = sim.call("/voice").digits("2").run().await.unwrap();
    transcript.assert_said("Connecting you to support.");

    let mut sim = Simulator::over_http(&base).signing_key("PSK_not_the_key");
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(error.to_string().contains("answered HTTP 403"), "{error}");
    server.abort();
}

#[tokio::test]
async fn values_in_callback_urls_read_back_unchanged() {
    use axum::extract::Query;
    use axum::routing::post;
    use std::collections::HashMap;

    const AGENT: &str = "+15551234567";
    async fn voice() -> cxml::Rendered {
        let after = cxml::CallbackUrl::new("/after").param("agent", AGENT);
        cxml::cxml! { Response < Dial(action = {&after}) < Number({AGENT}) > > }
    }
    async fn after(Query(query): Query<HashMap<String, String>>) -> cxml::Rendered {
        let agent = query.get("agent").cloned().unwrap_or_default();
        cxml::cxml! { Response < Say < "agent [" {agent} "]" > Redirect("/second") > }
    }
    async fn second() -> cxml::Rendered {
        cxml::cxml! { Response < Dial(action = {format_args!("/after?agent={AGENT}")}) < Number({AGENT}) > > }
    }
    let app = axum::Router::new()
        .route("/voice", post(voice))
        .route("/after", post(after))
        .route("/second", post(second));
    let mut sim = Simulator::new(app).max_requests(5);
    // The first Dial's action reads the number back; the hand-written URL of `/second` turns
    // its `+` into a space, and the loop it makes is stopped by the request bound.
    let error = sim.call("/voice").run().await.unwrap_err();
    let said = error.transcript.said();
    assert_eq!(said[0], format!("agent [{AGENT}]"));
    assert_eq!(said[1], "agent [ 15551234567]");
}
