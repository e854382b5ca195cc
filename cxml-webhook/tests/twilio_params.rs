//! Twilio's webhook parameters, as Twilio's docs list them, read into the typed params.

use cxml_webhook::from_form_str;
use cxml_webhook::params::{
    CallStatusCallback, MessageRequest, VoiceRequest, is_twilio_account_sid,
};

#[test]
fn a_twilio_voice_request() {
    let call: VoiceRequest = from_form_str(
        "AccountSid=AC0123456789abcdef0123456789abcdef&ApiVersion=2010-04-01\
         &CallSid=CA0123456789abcdef0123456789abcdef&CallStatus=ringing&Direction=inbound\
         &From=%2B14158675309&To=%2B18005551212&Caller=%2B14158675309&Called=%2B18005551212\
         &FromCity=SAN+FRANCISCO&FromState=CA&FromZip=94103&FromCountry=US\
         &ToCity=&ToState=&ToZip=&ToCountry=US&CallToken=%7B%22parentCallInfoToken%22%3A%22x%22%7D\
         &StirVerstat=TN-Validation-Passed-A",
    )
    .expect("Twilio's parameters");
    assert!(is_twilio_account_sid(&call.account_sid));
    assert_eq!(call.api_version.as_deref(), Some("2010-04-01"));
    assert_eq!(call.caller.as_deref(), Some("+14158675309"));
    assert_eq!(call.called.as_deref(), Some("+18005551212"));
    assert_eq!(call.from_city.as_deref(), Some("SAN FRANCISCO"));
    assert_eq!(call.to_country.as_deref(), Some("US"));
    assert_eq!(call.stir_verstat.as_deref(), Some("TN-Validation-Passed-A"));
    assert!(call.call_token.is_some());
}

#[test]
fn caller_name_and_forwarded_from_stay_on_the_callback() {
    let callback: CallStatusCallback = from_form_str(
        "AccountSid=AC0123456789abcdef0123456789abcdef&CallSid=CA1&CallerName=ALICE\
         &ForwardedFrom=%2B15550100000&FromCity=OAKLAND",
    )
    .expect("a callback");
    assert_eq!(callback.caller_name.as_deref(), Some("ALICE"));
    assert_eq!(callback.forwarded_from.as_deref(), Some("+15550100000"));
    assert_eq!(callback.call.from_city.as_deref(), Some("OAKLAND"));
}

#[test]
fn a_twilio_message() {
    let message: MessageRequest = from_form_str(
        "ToCountry=US&ToState=CA&SmsMessageSid=SM1&NumMedia=1&ToCity=&FromZip=94103\
         &SmsSid=SM1&FromState=CA&SmsStatus=received&FromCity=SAN+FRANCISCO&Body=Hello\
         &FromCountry=US&To=%2B18005551212&MessagingServiceSid=MG1&ToZip=&NumSegments=1\
         &MessageSid=SM1&AccountSid=AC0123456789abcdef0123456789abcdef&From=%2B14158675309\
         &ApiVersion=2010-04-01&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fm.jpg\
         &MediaContentType0=image%2Fjpeg",
    )
    .expect("Twilio's parameters");
    assert_eq!(message.sms_sid.as_deref(), Some("SM1"));
    assert_eq!(message.sms_message_sid.as_deref(), Some("SM1"));
    assert_eq!(message.sms_status.as_deref(), Some("received"));
    assert_eq!(message.messaging_service_sid.as_deref(), Some("MG1"));
    assert_eq!(message.num_segments, Some(1));
    assert_eq!(message.from_city.as_deref(), Some("SAN FRANCISCO"));
    assert_eq!(message.media.len(), 1);
    assert_eq!(message.api_version.as_deref(), Some("2010-04-01"));
}
