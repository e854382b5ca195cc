//! Value forms the table pins down, accepted by the macro (these compile) and the reader alike:
//! empty URLs, and every documented form of the attributes whose format is checked.

use cxml::{cxml, parse};

#[test]
fn empty_urls_are_values_in_the_macro_and_the_reader() {
    let doc = cxml! {
        Response <
            Dial < Conference(waitUrl = "") < "room" > Queue(url = "") < "support" > >
            Enqueue(waitUrl = "", action = "") < "support" >
            Record(action = "", recordingStatusCallback = "")
            Gather(action = "")
        >
    };
    assert!(doc.error().is_none());
    assert!(
        doc.as_str()
            .contains(r#"<Conference waitUrl="">room</Conference>"#)
    );
    let read = parse(doc.as_str()).expect("the reader accepts empty URLs too");
    assert_eq!(read.to_string(), doc.as_str());
    // A URL that is only spaces is still not one.
    let spaces = parse(r#"<Response><Record action=" "/></Response>"#).unwrap_err();
    assert!(
        spaces.problems()[0]
            .message
            .contains("`action` on `<Record>`"),
        "{spaces}"
    );
}

#[test]
fn required_urls_are_not_empty() {
    let error = parse(r#"<Response><Start><Stream url=""/></Start></Response>"#).unwrap_err();
    assert_eq!(
        error.problems()[0].message,
        "empty value for `url` on `<Stream>`: expected a URL"
    );
}

#[test]
fn documented_forms_of_checked_formats_are_accepted() {
    let doc = cxml! {
        Response <
            Gather(finishOnKey = "", speechTimeout = auto, language = "es-MX") <
                Say(language = "fr-CA") < "Bonjour" >
            >
            Gather(finishOnKey = "#*0", speechTimeout = "3")
            Record(finishOnKey = "1234567890*#")
            Dial < Number(sendDigits = "ww1234#") < "+15550100" > >
            Say <
                "a" break(time = "500ms") "b" break(time = "2s") "c" break(time = "10s")
                prosody(rate = "80%", pitch = "-5%", volume = "+6dB") < "d" >
                prosody(rate = x-slow, pitch = x-high, volume = soft) < "e" >
                prosody(amazon:max-duration = "2.5s") < "f" >
                amazon:effect(vocal-tract-length = "+10%") < "g" >
            >
            Pay(currency = "eur")
            Start < Stream(url = "wss://example.com/stream") >
        >
    };
    assert!(doc.error().is_none());
    let read = parse(doc.as_str()).expect("the reader accepts what the macro accepts");
    assert_eq!(read.to_string(), doc.as_str());
}

#[test]
fn the_reader_names_the_format_a_value_breaks() {
    let cases = [
        (
            r#"<Say><break time="10.5s"/></Say>"#,
            "expected a duration such as `500ms` or `2s`, at most 10s",
        ),
        (
            r#"<Say><prosody pitch="high-ish">x</prosody></Say>"#,
            "expected a percentage such as `+10%` or `-5%`",
        ),
        (
            r#"<Say><prosody volume="+6"/>x</Say>"#,
            "expected a change in decibels such as `+6dB` or `-3dB`",
        ),
        (
            r#"<Gather speechTimeout="-1"/>"#,
            "expected a whole number of 0 or more",
        ),
        (
            r#"<Pay currency="USD"/>"#,
            "expected a lower-case ISO 4217 currency code such as `usd`",
        ),
        (
            r#"<Say language="en_US">x</Say>"#,
            "expected a language tag such as `en-US`",
        ),
        (
            r#"<Play digits="12a">https://example.com/a.mp3</Play>"#,
            "expected keys from",
        ),
    ];
    for (body, expected) in cases {
        let error = parse(&format!("<Response>{body}</Response>")).unwrap_err();
        assert!(
            error.problems()[0].message.ends_with(expected)
                || error.problems()[0].message.contains(expected),
            "{body}: {error}"
        );
    }
}

#[test]
fn run_time_values_are_checked_against_the_format_as_the_reader_checks_them() {
    let keys = "12a";
    let doc = cxml! { Response < Gather(finishOnKey = {keys}) > };
    let error = doc
        .error()
        .expect("a run-time value outside the format is reported");
    assert_eq!(
        error.to_string(),
        parse(doc.as_str()).unwrap_err().problems()[0].message
    );
    let fine = "#";
    assert!(
        cxml! { Response < Gather(finishOnKey = {fine}) > }
            .error()
            .is_none()
    );
}
