//! Params types written back with `to_form` give the parameters they were read from, numbered
//! and prefixed names included; `Default` values build requests by hand.

use cxml_webhook::params::{
    DialAction, DialCallStatus, IncomingCallStatusCallback, Media, MessageRequest, SipUrlRequest,
    VoiceRequest,
};
use cxml_webhook::{from_form_str, to_form};

fn sorted(form: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(form.as_bytes())
        .into_owned()
        .collect();
    pairs.sort();
    pairs
}

fn round_trip<T>(form: &str)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let typed: T = from_form_str(form).unwrap();
    let written = to_form(&typed).unwrap();
    assert_eq!(
        sorted(&written),
        sorted(form),
        "{}",
        std::any::type_name::<T>()
    );
    assert_eq!(from_form_str::<T>(&written).unwrap(), typed);
}

#[test]
fn prefixed_and_numbered_names_are_written_back() {
    round_trip::<VoiceRequest>(
        "AccountSid=A&CallSid=C&CallStatus=ringing&Direction=inbound&From=sip%3Aa%40example.com\
         &SipHeader_X-Customer=42&SipHeader_X-Plan=gold",
    );
    round_trip::<DialAction>(
        "AccountSid=A&CallSid=C&DialCallStatus=completed&DialCallSid=D&DialCallDuration=7\
         &DialSipCallId=x%40y&DialSipResponseCode=200&DialSipHeader_X-Agent=7",
    );
    round_trip::<SipUrlRequest>("AccountSid=A&CallSid=C&SipCallId=abc&SipHeader_X-Trace=1");
    round_trip::<MessageRequest>(
        "AccountSid=A&MessageSid=M&From=%2B15550001111&Body=hi+there&NumMedia=2\
         &MediaUrl0=https%3A%2F%2Fm%2F0&MediaContentType0=image%2Fpng&MediaUrl1=https%3A%2F%2Fm%2F1\
         &MediaContentType1=image%2Fjpeg",
    );
    round_trip::<IncomingCallStatusCallback>(
        "AccountSid=A&CallSid=C&CallStatus=completed&CallDuration=12&Timestamp=Thu%2C+01+Jan+2026",
    );
}

#[test]
fn defaults_build_requests_by_hand() {
    let mut dial = DialAction::default();
    dial.call.account_sid = "A".into();
    dial.call.call_sid = "C".into();
    dial.dial_call_status = Some(DialCallStatus::Busy);
    assert_eq!(
        to_form(&dial).unwrap(),
        "AccountSid=A&CallSid=C&DialCallStatus=busy"
    );
    let mut message = MessageRequest::default();
    message.body = Some("+1 & more".into());
    message.media = vec![Media::new("https://m/0")];
    assert_eq!(
        to_form(&message).unwrap(),
        "AccountSid=&MessageSid=&Body=%2B1+%26+more&MediaUrl0=https%3A%2F%2Fm%2F0"
    );
}
