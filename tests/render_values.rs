//! Attribute values and text: literals of each type, mustache placeholders, run-time values of
//! each type, positional text against child text, attribute order, self-closing empty elements.

use std::fmt;

use cxml::cxml;
use cxml::values::{DialRecord, Method, RingTone};

const DECL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// Asserts that `doc` is the declaration followed by `body`, with no run-time error.
#[track_caller]
fn assert_doc(doc: &cxml::Rendered, body: &str) {
    assert_eq!(doc.as_str(), format!("{DECL}{body}"));
    assert!(doc.error().is_none(), "unexpected error: {:?}", doc.error());
}

// ---- literals ----

#[test]
fn integer_as_number_or_string_literal() {
    assert_doc(
        &cxml! { Response < Dial(timeout = 5) < "+15550100" > > },
        r#"<Response><Dial timeout="5">+15550100</Dial></Response>"#,
    );
    assert_doc(
        &cxml! { Response < Dial(timeout = "5") < "+15550100" > > },
        r#"<Response><Dial timeout="5">+15550100</Dial></Response>"#,
    );
}

#[test]
fn enum_as_bare_word_or_string_literal() {
    let expected = r#"<Response><Redirect method="GET">/next</Redirect></Response>"#;
    assert_doc(
        &cxml! { Response < Redirect(method = GET) < "/next" > > },
        expected,
    );
    assert_doc(
        &cxml! { Response < Redirect(method = "GET") < "/next" > > },
        expected,
    );
}

#[test]
fn enum_bare_words_with_hyphens_and_underscores() {
    assert_doc(
        &cxml! { Response < Dial(record = record-from-answer, recordingTrack = inbound) < "+15550100" > > },
        r#"<Response><Dial record="record-from-answer" recordingTrack="inbound">+15550100</Dial></Response>"#,
    );
    assert_doc(
        &cxml! { Response < Gather(speechModel = phone_call) > },
        r#"<Response><Gather speechModel="phone_call"/></Response>"#,
    );
}

#[test]
fn boolean_as_bare_word_or_string_literal() {
    assert_doc(
        &cxml! { Response < Dial(answerOnBridge = true, hangupOnStar = "false") < "+15550100" > > },
        r#"<Response><Dial answerOnBridge="true" hangupOnStar="false">+15550100</Dial></Response>"#,
    );
}

#[test]
fn lists_as_string_literals_and_bare_words() {
    assert_doc(
        &cxml! { Response < Gather(input = "dtmf speech") Gather(input = speech) > },
        r#"<Response><Gather input="dtmf speech"/><Gather input="speech"/></Response>"#,
    );
    assert_doc(
        &cxml! { Response < Dial < Number(statusCallbackEvent = "initiated ringing answered completed") < "+15550100" > > > },
        r#"<Response><Dial><Number statusCallbackEvent="initiated ringing answered completed">+15550100</Number></Dial></Response>"#,
    );
}

#[test]
fn string_attributes_take_bare_words_too() {
    assert_doc(
        &cxml! { Response < Gather(speechTimeout = auto) < Say(voice = alice, "Hi") > > },
        r#"<Response><Gather speechTimeout="auto"><Say voice="alice">Hi</Say></Gather></Response>"#,
    );
}

#[test]
fn decimals() {
    assert_doc(
        &cxml! { Response < Pay(chargeAmount = 10.5) Pay(chargeAmount = "19.99") Pay(chargeAmount = 0) > },
        r#"<Response><Pay chargeAmount="10.5"/><Pay chargeAmount="19.99"/><Pay chargeAmount="0"/></Response>"#,
    );
}

#[test]
fn negative_numbers_where_no_minimum_is_documented() {
    assert_doc(
        &cxml! { Response < Record(timeout = -1) Record(timeout = "-3") > },
        r#"<Response><Record timeout="-1"/><Record timeout="-3"/></Response>"#,
    );
}

#[test]
fn string_literals_are_escaped_at_compile_time() {
    assert_doc(
        &cxml! { Response < Say(voice = "a\"b&c<d") < "Tom & Jerry <3 \"quotes\"" > > },
        r#"<Response><Say voice="a&quot;b&amp;c&lt;d">Tom &amp; Jerry &lt;3 "quotes"</Say></Response>"#,
    );
}

// ---- mustache placeholders pass the typed checks and are kept as written ----

#[test]
fn placeholders_pass_typed_checks() {
    assert_doc(
        &cxml! { Response < Dial(timeout = "{{Timeout}}", answerOnBridge = "{{Bridge}}", record = "{{Record}}", callerId = "{{From}}") < "{{To}}" > > },
        r#"<Response><Dial timeout="{{Timeout}}" answerOnBridge="{{Bridge}}" record="{{Record}}" callerId="{{From}}">{{To}}</Dial></Response>"#,
    );
    assert_doc(
        &cxml! { Response < Say("Hello {{CallerName}}") Denoise("{{DenoiseMode}}") Redirect(method = "{{Method}}") < "{{NextUrl}}" > > },
        r#"<Response><Say>Hello {{CallerName}}</Say><Denoise>{{DenoiseMode}}</Denoise><Redirect method="{{Method}}">{{NextUrl}}</Redirect></Response>"#,
    );
}

// ---- run-time values ----

#[test]
#[allow(clippy::needless_borrows_for_generic_args)] // `&value` is accepted too: tested on purpose.
fn dynamic_enum_values() {
    let method = Method::Post;
    let maybe: Option<Method> = Some(Method::Get);
    let none: Option<Method> = None;
    assert_doc(
        &cxml! { Response < Redirect(method = {method}) < "/a" > Redirect(method = {maybe}) < "/b" > Redirect(method = {none}) < "/c" > > },
        r#"<Response><Redirect method="POST">/a</Redirect><Redirect method="GET">/b</Redirect><Redirect>/c</Redirect></Response>"#,
    );
    assert_doc(
        &cxml! { Response < Dial(record = {DialRecord::RecordFromRingingDual}, ringTone = {&RingTone::UsOld}) < "+15550100" > > },
        r#"<Response><Dial record="record-from-ringing-dual" ringTone="us-old">+15550100</Dial></Response>"#,
    );
}

#[test]
fn enum_values_parse_and_display_as_xml() {
    let parsed: Method = "POST".parse().unwrap();
    assert_eq!(parsed, Method::Post);
    assert!("post".parse::<Method>().is_err());
}

#[test]
fn dynamic_integers() {
    let timeout: u32 = 30;
    let limit: i64 = 14400;
    let digits: Option<u8> = None;
    let length: Option<usize> = Some(3);
    assert_doc(
        &cxml! { Response < Dial(timeout = {timeout}, timeLimit = {limit}) < "+15550100" > Gather(numDigits = {digits}) Pause(length = {length}) > },
        r#"<Response><Dial timeout="30" timeLimit="14400">+15550100</Dial><Gather/><Pause length="3"/></Response>"#,
    );
}

#[test]
fn dynamic_integer_outside_its_range_is_a_run_time_error() {
    let timeout = 700;
    let doc = cxml! { Response < Dial(timeout = {timeout}) < "+15550100" > > };
    assert_eq!(
        doc.as_str(),
        format!(r#"{DECL}<Response><Dial timeout="700">+15550100</Dial></Response>"#)
    );
    let error = doc.error().expect("700 is above Dial's maximum timeout");
    assert_eq!(
        error.to_string(),
        "value `700` for `timeout` on `<Dial>` is above the maximum 600"
    );
}

#[test]
fn dynamic_decimals() {
    let amount = 12.5_f64;
    let cents: u32 = 7;
    assert_doc(
        &cxml! { Response < Pay(chargeAmount = {amount}) Pay(chargeAmount = {cents}) Pay(chargeAmount = {None::<f64>}) > },
        r#"<Response><Pay chargeAmount="12.5"/><Pay chargeAmount="7"/><Pay/></Response>"#,
    );
    let doc = cxml! { Response < Pay(chargeAmount = {f64::NAN}) > };
    assert_eq!(doc.as_str(), format!("{DECL}<Response><Pay/></Response>"));
    assert!(
        doc.error().is_some(),
        "a NaN amount is left out and reported"
    );
}

#[test]
#[allow(clippy::needless_borrows_for_generic_args)] // `&value` is accepted too: tested on purpose.
fn dynamic_booleans() {
    let yes = true;
    let unset: Option<bool> = None;
    let no: Option<bool> = Some(false);
    assert_doc(
        &cxml! { Response < Dial(answerOnBridge = {yes}, hangupOnStar = {unset}) < "+15550100" > Record(playBeep = {no}, transcribe = {&yes}) > },
        r#"<Response><Dial answerOnBridge="true">+15550100</Dial><Record playBeep="false" transcribe="true"/></Response>"#,
    );
}

struct Extension(u16);

impl fmt::Display for Extension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ww{}#", self.0)
    }
}

#[test]
fn dynamic_strings_and_display_values() {
    let owned = String::from("+15550199");
    let borrowed: &str = "Front desk";
    let base = "https://example.com";
    let missing: Option<&str> = None;
    let present: Option<String> = Some("s1".to_string());
    assert_doc(
        &cxml! { Response <
            Dial(callerId = {owned}, callerName = {borrowed}, action = {format!("{base}/dial-done")}) < "+15550100" >
            Sms(to = {&owned}, from = {missing}, statusCallback = {format_args!("{base}/sms/{}", 7)}) < "hi" >
            Play(digits = {Extension(42)}) Play(loop = {2u8}) < "https://example.com/a.mp3" >
            Stop < Stream(name = {present}) >
        > },
        r#"<Response><Dial callerId="+15550199" callerName="Front desk" action="https://example.com/dial-done">+15550100</Dial><Sms to="+15550199" statusCallback="https://example.com/sms/7">hi</Sms><Play digits="ww42#"/><Play loop="2">https://example.com/a.mp3</Play><Stop><Stream name="s1"/></Stop></Response>"#,
    );
}

#[test]
fn dynamic_text_of_display_types() {
    let count = 3;
    let name = String::from("Ada");
    assert_doc(
        &cxml! { Response < Say < "Hello " {name} ", you have " {count} " messages" > Say({Extension(7)}) Say({format_args!("{}+{}", 1, 2)}) > },
        "<Response><Say>Hello Ada, you have 3 messages</Say><Say>ww7#</Say><Say>1+2</Say></Response>",
    );
}

/// Renders `format_args!(…)`, which the macro takes apart into static pieces and plain splices,
/// and the `String` that `format!` makes of the same arguments, which it writes through one
/// escaping, as text and as a string and a URL attribute, and `format!(…)` written in the
/// document (taken apart too): the documents must be the same bytes with the same verdict.
macro_rules! taken_apart_writes_what_format_writes {
    ($($arguments:tt)*) => {{
        let formatted = format!($($arguments)*);
        let apart = cxml! { Response <
            Say < {format_args!($($arguments)*)} >
            Dial(callerName = {format_args!($($arguments)*)}, action = {format_args!($($arguments)*)}) < "+15550100" >
        > };
        let whole = cxml! { Response <
            Say < {formatted} >
            Dial(callerName = {formatted}, action = {formatted}) < "+15550100" >
        > };
        assert_eq!(apart.as_str(), whole.as_str(), "{}", stringify!($($arguments)*));
        assert_eq!(apart.error(), whole.error(), "{}", stringify!($($arguments)*));
        // `format!(…)` written in the document is taken apart the same way (issue 21).
        let inline = cxml! { Response <
            Say < {format!($($arguments)*)} >
            Dial(callerName = {format!($($arguments)*)}, action = {format!($($arguments)*)}) < "+15550100" >
        > };
        assert_eq!(inline.as_str(), whole.as_str(), "{}", stringify!($($arguments)*));
        assert_eq!(inline.error(), whole.error(), "{}", stringify!($($arguments)*));
    }};
}

/// A `Display` that writes markup characters in several pieces.
struct Pieces;

impl fmt::Display for Pieces {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<a")?;
        f.write_str(" b=\"&amp;\"")?;
        f.write_str(">\u{0}\u{FFFE}")
    }
}

#[test]
fn format_args_taken_apart_write_what_format_writes() {
    let hostile = "O'Brien & <Sons> \"q\"\t\n\r\u{1}\u{FFFF}\u{7F} é ]]>";
    let owned = String::from("https://example.com/a?b=1&c=<2>");
    let long = "x&".repeat(40);
    let n = -42i64;
    taken_apart_writes_what_format_writes!("{hostile}");
    taken_apart_writes_what_format_writes!("{owned}/status?x={hostile}&{{y}}");
    taken_apart_writes_what_format_writes!("{}/{}", owned, hostile);
    taken_apart_writes_what_format_writes!("{1}<{0}>{1}", hostile, &owned);
    taken_apart_writes_what_format_writes!("{0}{0}{long}", hostile);
    taken_apart_writes_what_format_writes!("{a}\"{b}\"", a = Pieces, b = &long);
    taken_apart_writes_what_format_writes!("a<b&c\"d\te\n{n}");
    taken_apart_writes_what_format_writes!("{} {} {} {}", i64::MIN, u128::MAX, 0u8, n);
    taken_apart_writes_what_format_writes!("{} {} {} {}", 1.5f64, -0.0f64, f64::NAN, '<');
    taken_apart_writes_what_format_writes!("{} {}", true, Some(1).is_some());
    // Format specs: left to `format_args!` itself, through `Display`.
    taken_apart_writes_what_format_writes!(
        "{hostile:>60}|{n:+}|{:.2}|{:#x}|{:?}",
        1.0f64 / 3.0,
        255,
        hostile
    );
    taken_apart_writes_what_format_writes!("{:?}", owned);
    taken_apart_writes_what_format_writes!("");
}

// ---- text, order, empties ----

#[test]
fn positional_text_equals_child_text() {
    let number = "+15550100";
    let positional = cxml! { Response < Dial < Number("+15550100") Number({number}) > > };
    let children = cxml! { Response < Dial < Number < "+15550100" > Number < {number} > > > };
    let expected =
        "<Response><Dial><Number>+15550100</Number><Number>+15550100</Number></Dial></Response>";
    assert_doc(&positional, expected);
    assert_doc(&children, expected);
}

#[test]
fn attributes_keep_the_order_written() {
    assert_doc(
        &cxml! { Response < Dial(timeout = 10, action = "/a", method = GET) < "+15550100" > > },
        r#"<Response><Dial timeout="10" action="/a" method="GET">+15550100</Dial></Response>"#,
    );
    assert_doc(
        &cxml! { Response < Dial(method = GET, action = "/a", timeout = 10) < "+15550100" > > },
        r#"<Response><Dial method="GET" action="/a" timeout="10">+15550100</Dial></Response>"#,
    );
    let method = Method::Post;
    assert_doc(
        &cxml! { Response < Dial(method = {method}, action = "/a", timeout = {10}) < "+15550100" > > },
        r#"<Response><Dial method="POST" action="/a" timeout="10">+15550100</Dial></Response>"#,
    );
}

#[test]
fn empty_elements_are_self_closed() {
    assert_doc(
        &cxml! { Response < Hangup() Pause(length = 2) Gather < > Record Leave > },
        r#"<Response><Hangup/><Pause length="2"/><Gather/><Record/><Leave/></Response>"#,
    );
    assert_doc(&cxml! { Response < > }, "<Response/>");
}

#[test]
fn rendered_document_conversions() {
    let doc = cxml! { Response < Hangup > };
    let expected = format!("{DECL}<Response><Hangup/></Response>");
    assert_eq!(doc.to_string(), expected);
    assert_eq!(format!("{doc}"), expected);
    let as_ref: &str = doc.as_ref();
    assert_eq!(as_ref, expected);
    let owned: String = doc.into();
    assert_eq!(owned, expected);
}

// ---- integers formatted at an element's start ----

/// An identifier an element splices (its text, in a `format_args!`, as a `CallbackUrl`
/// parameter) is formatted once at the element's start when it is an integer; a splice that
/// changes it before its turn makes the turn write the value it has then.
#[test]
fn an_integer_changed_before_its_turn_is_written_as_it_is_then() {
    let mut n = 5u64;
    let doc = cxml! {
        Response < Dial <
            Number({n}, statusCallback = {format_args!("/s?a={n}&b={}", { n += 1; n })})
        > >
    };
    assert_doc(
        &doc,
        r#"<Response><Dial><Number statusCallback="/s?a=6&amp;b=6">6</Number></Dial></Response>"#,
    );
    let mut leg = 1i32;
    let doc = cxml! {
        Response < Dial <
            Number(
                {leg},
                url = {cxml::CallbackUrl::new("/w").param("leg", leg).param("next", { leg -= 3; leg }).param("now", leg)},
            )
        > >
    };
    assert_doc(
        &doc,
        r#"<Response><Dial><Number url="/w?leg=1&amp;next=-2&amp;now=-2">-2</Number></Dial></Response>"#,
    );
}

/// The same identifier in every place an element splices it, of every integer type and of
/// other types, writes what `to_string` writes.
#[test]
fn identifiers_formatted_ahead_write_what_to_string_writes() {
    macro_rules! each {
        ($($value:expr),*) => {$({
            let n = $value;
            let doc = cxml! {
                Response < Dial <
                    Number(
                        {n},
                        url = {format_args!("/w?n={n}&m={}", n)},
                        statusCallback = {cxml::CallbackUrl::new("/s").param("n", n).param("m", n)},
                    )
                > >
            };
            let text = n.to_string();
            let form: String = text.replace('+', "%2B").replace(' ', "+");
            assert_doc(
                &doc,
                &format!(
                    r#"<Response><Dial><Number url="/w?n={text}&amp;m={text}" statusCallback="/s?n={form}&amp;m={form}">{text}</Number></Dial></Response>"#
                ),
            );
        })*};
    }
    each!(
        0u8,
        255u8,
        7u16,
        42u32,
        15550000000u64,
        u64::MAX,
        -1i8,
        -32768i16,
        -7i32,
        i64::MIN,
        usize::MAX,
        isize::MIN,
        u128::MAX,
        i128::MIN,
        i128::MAX,
        "+1555",
        1.5f64,
        'x'
    );
}
