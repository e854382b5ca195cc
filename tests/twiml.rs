//! `cxml::twiml!`: Twilio's TwiML with the language and guarantees of `cxml!`.
#![cfg(feature = "twilio")]

use cxml::twilio::reference::voice::Dial;
use cxml::twilio::{Fragment, values};
use cxml::{Channel, twiml};

const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

#[test]
fn twilio_only_words_compile_and_render() {
    let doc = twiml! {
        Response <
            Gather(input = "speech dtmf", bargeIn = false, speechModel = "phone_call", action = "/menu") <
                Say(voice = "Polly.Joanna") < "Press 1." >
            >
            Dial(passports = "abc", callerId = "+15550100000") <
                Client < Identity("alice") Parameter(name = "tier", value = "gold") >
                Sip < Headers Uri("sip:bob@example.com") >
                Sim("DE8caa2afb9d5279926619c458dc7098a8")
                Application < ApplicationSid("AP123") >
                WhatsApp("+15550100001")
            >
            Connect < ConversationRelay(url = "wss://example.com/relay") >
            Start < Transcription(statusCallbackUrl = "https://example.com/t") Siprec(connectorName = "c") >
        >
    };
    assert_eq!(doc.channel(), Channel::Voice);
    assert!(doc.error().is_none());
    assert!(doc.as_str().starts_with(DECLARATION));
    assert!(doc.as_str().contains(r#"<Gather input="speech dtmf" bargeIn="false" speechModel="phone_call" action="/menu">"#), "{}", doc.as_str());
    assert!(doc.as_str().contains(
        r#"<Client><Identity>alice</Identity><Parameter name="tier" value="gold"/></Client>"#
    ));
    assert!(
        doc.as_str()
            .contains(r#"<Sip><Headers/><Uri>sip:bob@example.com</Uri></Sip>"#)
    );
}

#[test]
fn run_time_values_control_flow_and_fragments() {
    let callers = ["alice", "bob"];
    let record = values::DialRecord::RecordFromAnswer;
    let method = values::Method::Get;
    let loud = true;
    let clients: Fragment<Dial> =
        twiml!(in Dial: for who in callers { Client < Identity({who}) > });
    let doc = twiml! {
        Response <
            if loud { Say(loop = 2) < "Hi" > } else { Pause }
            Dial(record = {record}, method = {method}, timeout = {20}) < {clients} >
        >
    };
    assert_eq!(
        doc.as_str(),
        format!(
            "{DECLARATION}<Response><Say loop=\"2\">Hi</Say><Dial record=\"record-from-answer\" method=\"GET\" timeout=\"20\"><Client><Identity>alice</Identity></Client><Client><Identity>bob</Identity></Client></Dial></Response>"
        )
    );
}

#[test]
fn messaging_and_fax() {
    let doc = twiml! { Response < Message(to = "+15550100000") < Body("Thanks") Media("https://example.com/a.png") > > };
    assert_eq!(doc.channel(), Channel::Messaging);
    let doc = twiml! { Response < Receive(mediaType = "application/pdf", pageSize = "a4") > };
    assert_eq!(doc.channel(), Channel::Fax);
}

#[test]
fn the_same_document_reads_back_with_the_twilio_reader() {
    let doc = twiml! { Response < Dial(passports = "x") < Client("alice") > > };
    let options = cxml::ParseOptions::default().with_platform(cxml::schema::Platform::Twilio);
    let read = cxml::parse_with(doc.as_str(), &options).expect("valid TwiML");
    assert_eq!(read.render(), doc.as_str());
    assert!(
        cxml::parse(doc.as_str()).is_err(),
        "SignalWire's reader refuses it"
    );
}
