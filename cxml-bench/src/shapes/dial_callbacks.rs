//! Issue 21 item 9: `Dial` loops whose callback URLs carry the number, in each way a user writes
//! it: `format_args!` with the number as a string or an integer, `format!`, several callback
//! attributes per element, `Sip` with the number in its text too, and `cxml::CallbackUrl`; for 10,
//! 100 and 1000 numbers. Round three widened it: the number as a `&str` with the caller in the
//! same URL, an integer in two URLs and the text, a `u32` leg id in a URL's path, an `i64` in
//! the path and the text, an integer in a `Sip` URI, and `CallbackUrl` with two parameters (one
//! an integer, on a base with a query) or with an integer.
//!
//! Besides `limit` and `cxml`, two hand-written contestants: `hand`, an expert's code that
//! escapes every string value with the `memchr` escaper (integers with `itoa`), and `lean`, the
//! same written in a hurry: the numbers pushed as they are, unescaped. Both write the same bytes
//! as cxml (the test checks it): a `+` written by `format_args!` stays a `+`; `CallbackUrl`
//! form-encodes it as `%2B`, and so do `hand` and `lean` for that shape.

use cxml::{CallbackUrl, cxml};

use super::{Same::*, Shape, by_hand, room};
use crate::{XML_DECLARATION, hand_escape};

/// The input of every shape of this family.
pub struct Callbacks {
    pub caller: String,
    /// The callbacks' common start (`https://example.com/calls/CA42`).
    pub base: String,
    /// `{base}/status`, for `CallbackUrl` (built once, outside the loop, as an app keeps it).
    pub status: String,
    /// E.164 numbers: `+15550000000`, `+15550000001`, …
    pub numbers: Vec<String>,
    /// The same numbers as integers, without the `+`.
    pub integers: Vec<u64>,
    /// A leg id per number (4 and 5 digits).
    pub ids: Vec<u32>,
    /// An account id per number, as an `i64` (10 digits).
    pub accounts: Vec<i64>,
    /// `{base}/whisper?lang=en-US`: a base that has a query already, for `CallbackUrl`.
    pub whisper: String,
}

/// `count` numbers.
pub fn callbacks(count: u64) -> Callbacks {
    let base = "https://example.com/calls/CA42".to_owned();
    Callbacks {
        caller: "+15550100000".to_owned(),
        status: format!("{base}/status"),
        whisper: format!("{base}/whisper?lang=en-US"),
        base,
        numbers: (0..count).map(|i| format!("+1555{i:07}")).collect(),
        integers: (0..count).map(|i| 15_550_000_000 + i).collect(),
        ids: (0..count).map(|i| 7_000 + 13 * i as u32).collect(),
        accounts: (0..count).map(|i| 4_200_000_000 + 37 * i as i64).collect(),
    }
}

/// Every shape of the family.
pub fn shapes() -> Vec<Shape> {
    vec![
        shape("cb_args_10", 10, args),
        shape("cb_args_100", 100, args),
        shape("cb_args_1000", 1000, args),
        shape("cb_format_100", 100, format),
        shape("cb_int_100", 100, int),
        shape("cb_int_1000", 1000, int),
        shape("cb_multi_100", 100, multi),
        shape("cb_sip_100", 100, sip),
        shape("cb_url_10", 10, url),
        shape("cb_url_100", 100, url),
        shape("cb_str_100", 100, str_caller),
        shape("cb_int2_100", 100, int_twice),
        shape("cb_id_100", 100, leg_id),
        shape("cb_i64_100", 100, account),
        shape("cb_sip_int_100", 100, sip_int),
        shape("cb_url2_100", 100, url_two),
        shape("cb_url_int_100", 100, url_int),
    ]
}

/// Each way of writing the document: `(cxml, hand, lean)`.
type Ways = (
    fn(&Callbacks) -> String,
    fn(&Callbacks) -> String,
    fn(&Callbacks) -> String,
);

fn shape(name: &'static str, count: u64, ways: fn() -> Ways) -> Shape {
    let (cxml, hand, lean) = ways();
    by_hand(
        name,
        callbacks(count),
        &[
            ("hand", Bytes, hand),
            ("lean", Bytes, lean),
            ("cxml", Bytes, cxml),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// The head and tail every shape shares, and what the hand-written code reserves.

const DIAL_END: &str = "</Dial></Response>";
const HEAD: usize = 150;

/// The declaration and the `Dial`'s start tag, as the expert writes them.
fn hand_head(d: &Callbacks, per_number: usize) -> String {
    let mut out = String::with_capacity(HEAD + room(&d.caller) + d.numbers.len() * per_number);
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Dial callerId=""#);
    hand_escape(&mut out, &d.caller, true);
    out.push_str(r#"" timeout="20" record="record-from-answer">"#);
    out
}

/// What one element needs beyond its static markup: the base once escaped and two numbers.
fn per_number(d: &Callbacks, bases: usize, markup: usize) -> usize {
    markup + bases * room(&d.base) + 2 * (16 + 16 / 4 + 8)
}

/// `value` form-encoded (`application/x-www-form-urlencoded`, as `CallbackUrl` and any form
/// decoder read it), as an expert writes it: runs of bytes that stay as they are copied whole.
/// What it writes needs no XML escaping.
#[inline]
fn hand_form_encode(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = value.as_bytes();
    let mut start = 0;
    while let Some(at) = bytes[start..]
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'*' | b'-' | b'.' | b'_')))
    {
        let at = start + at;
        // A run of kept bytes is ASCII: it starts and ends on character boundaries.
        if start < at {
            out.push_str(&value[start..at]);
        }
        match bytes[at] {
            b' ' => out.push('+'),
            b => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
        start = at + 1;
    }
    if start < bytes.len() {
        out.push_str(&value[start..]);
    }
}

// ---------------------------------------------------------------------------------------------
// `statusCallback = {format_args!("{base}/status?to={n}")}`, the number a string.

fn args() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in numbers {
                        Number({n}, statusCallback = {format_args!("{base}/status?to={n}")})
                    }
                >
            >
        }
        .into_string()
    }
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 50));
        for n in &d.numbers {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            hand_escape(&mut out, n, true);
            out.push_str(r#"">"#);
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 50));
        for n in &d.numbers {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// `statusCallback = {format!("{base}/status?to={n}")}`: the same document, written with
// `format!` (the expert does not allocate a `String` per number, so the same hand code).

fn format() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in numbers {
                        Number({n}, statusCallback = {format!("{base}/status?to={n}")})
                    }
                >
            >
        }
        .into_string()
    }
    let (_, hand, lean) = args();
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// The number an integer, in the URL and as the text.

fn int() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            integers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in integers {
                        Number({n}, statusCallback = {format_args!("{base}/status?to={n}")})
                    }
                >
            >
        }
        .into_string()
    }
    // Digits need no escaping: the expert and the hurried one write the same code.
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 50));
        let mut digits = itoa::Buffer::new();
        for &n in &d.integers {
            let n = digits.format(n);
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, hand)
}

// ---------------------------------------------------------------------------------------------
// Several callback attributes per element: `statusCallback`, `statusCallbackEvent`,
// `statusCallbackMethod`, `url` (a whisper with the number and its position) and `method`.

fn multi() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for (i, n) in numbers.iter().enumerate() {
                        Number(
                            {n},
                            statusCallback = {format_args!("{base}/status?to={n}")},
                            statusCallbackEvent = "initiated ringing answered completed",
                            statusCallbackMethod = POST,
                            url = {format_args!("{base}/whisper?to={n}&leg={i}")},
                            method = GET,
                        )
                    }
                >
            >
        }
        .into_string()
    }
    const EVENTS: &str = r#"" statusCallbackEvent="initiated ringing answered completed" statusCallbackMethod="POST" url=""#;
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 2, 170));
        let mut digits = itoa::Buffer::new();
        for (i, n) in d.numbers.iter().enumerate() {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            hand_escape(&mut out, n, true);
            out.push_str(EVENTS);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/whisper?to=");
            hand_escape(&mut out, n, true);
            out.push_str("&amp;leg=");
            out.push_str(digits.format(i));
            out.push_str(r#"" method="GET">"#);
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 2, 170));
        let mut digits = itoa::Buffer::new();
        for (i, n) in d.numbers.iter().enumerate() {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str(EVENTS);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/whisper?to=");
            out.push_str(n);
            out.push_str("&amp;leg=");
            out.push_str(digits.format(i));
            out.push_str(r#"" method="GET">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// `Sip` with the number in its text (`sip:{n}@pbx.example.com`) and in its callback.

fn sip() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in numbers {
                        Sip(
                            {format_args!("sip:{n}@pbx.example.com")},
                            username = "agent",
                            password = "s3cret",
                            statusCallback = {format_args!("{base}/status?to={n}")},
                        )
                    }
                >
            >
        }
        .into_string()
    }
    const START: &str = r#"<Sip username="agent" password="s3cret" statusCallback=""#;
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 110));
        for n in &d.numbers {
            out.push_str(START);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            hand_escape(&mut out, n, true);
            out.push_str(r#"">sip:"#);
            hand_escape(&mut out, n, false);
            out.push_str("@pbx.example.com</Sip>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 110));
        for n in &d.numbers {
            out.push_str(START);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str(r#"">sip:"#);
            out.push_str(n);
            out.push_str("@pbx.example.com</Sip>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// `statusCallback = {CallbackUrl::new(status).param("to", n)}`: the `+` form-encoded as `%2B`.
// The expert writes the encoding in place; cxml's user builds a `CallbackUrl` per number.

fn url() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            status,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in numbers {
                        Number({n}, statusCallback = {CallbackUrl::new(status).param("to", n)})
                    }
                >
            >
        }
        .into_string()
    }
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 60));
        for n in &d.numbers {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.status, true);
            out.push_str("?to=");
            hand_form_encode(&mut out, n);
            out.push_str(r#"">"#);
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 60));
        for n in &d.numbers {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.status, true);
            out.push_str("?to=");
            // The hurried expert knows the numbers are `+` and digits.
            match n.strip_prefix('+') {
                Some(digits) => {
                    out.push_str("%2B");
                    out.push_str(digits);
                }
                None => out.push_str(n),
            }
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// The number a `&str` (`numbers.iter().map(String::as_str)`), with the caller in the same URL.

fn str_caller() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in numbers.iter().map(String::as_str) {
                        Number({n}, statusCallback = {format_args!("{base}/status?to={n}&from={caller}")})
                    }
                >
            >
        }
        .into_string()
    }
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 70) + room(&d.caller));
        for n in d.numbers.iter().map(String::as_str) {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            hand_escape(&mut out, n, true);
            out.push_str("&amp;from=");
            hand_escape(&mut out, &d.caller, true);
            out.push_str(r#"">"#);
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 70) + room(&d.caller));
        for n in d.numbers.iter().map(String::as_str) {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str("&amp;from=");
            out.push_str(&d.caller);
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// The number an integer in two URLs (`url` and `statusCallback`) and the text.

fn int_twice() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            integers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in integers {
                        Number(
                            {n},
                            url = {format_args!("{base}/whisper?to={n}")},
                            statusCallback = {format_args!("{base}/status?to={n}")},
                        )
                    }
                >
            >
        }
        .into_string()
    }
    // Digits need no escaping: the expert and the hurried one write the same code.
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 2, 80) + 16);
        let mut digits = itoa::Buffer::new();
        for &n in &d.integers {
            let n = digits.format(n);
            out.push_str(r#"<Number url=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/whisper?to=");
            out.push_str(n);
            out.push_str(r#"" statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, hand)
}

// ---------------------------------------------------------------------------------------------
// A `u32` leg id in the URL's path; the number a string, in the text.

fn leg_id() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            numbers,
            ids,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for (id, n) in ids.iter().zip(numbers) {
                        Number({n}, statusCallback = {format_args!("{base}/legs/{id}/status")})
                    }
                >
            >
        }
        .into_string()
    }
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 60));
        let mut digits = itoa::Buffer::new();
        for (&id, n) in d.ids.iter().zip(&d.numbers) {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/legs/");
            out.push_str(digits.format(id));
            out.push_str(r#"/status">"#);
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 60));
        let mut digits = itoa::Buffer::new();
        for (&id, n) in d.ids.iter().zip(&d.numbers) {
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/legs/");
            out.push_str(digits.format(id));
            out.push_str(r#"/status">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// An `i64` account id in the middle of the URL's path and as the text.

fn account() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            accounts,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in accounts {
                        Number({n}, statusCallback = {format_args!("{base}/accounts/{n}/status")})
                    }
                >
            >
        }
        .into_string()
    }
    // Digits need no escaping: the expert and the hurried one write the same code.
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 60));
        let mut digits = itoa::Buffer::new();
        for &n in &d.accounts {
            let n = digits.format(n);
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/accounts/");
            out.push_str(n);
            out.push_str(r#"/status">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, hand)
}

// ---------------------------------------------------------------------------------------------
// An integer in a `Sip` URI (`sip:{n}@pbx.example.com`) and in its callback.

fn sip_int() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            base,
            integers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in integers {
                        Sip(
                            {format_args!("sip:{n}@pbx.example.com")},
                            statusCallback = {format_args!("{base}/status?to={n}")},
                        )
                    }
                >
            >
        }
        .into_string()
    }
    // Digits need no escaping: the expert and the hurried one write the same code.
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 80));
        let mut digits = itoa::Buffer::new();
        for &n in &d.integers {
            let n = digits.format(n);
            out.push_str(r#"<Sip statusCallback=""#);
            hand_escape(&mut out, &d.base, true);
            out.push_str("/status?to=");
            out.push_str(n);
            out.push_str(r#"">sip:"#);
            out.push_str(n);
            out.push_str("@pbx.example.com</Sip>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, hand)
}

// ---------------------------------------------------------------------------------------------
// `url = {CallbackUrl::new(whisper).param("to", n).param("leg", i)}`: two parameters, one an
// integer, on a base that has a query (`?lang=en-US`).

fn url_two() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            whisper,
            numbers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for (i, n) in numbers.iter().enumerate() {
                        Number({n}, url = {CallbackUrl::new(whisper).param("to", n).param("leg", i)})
                    }
                >
            >
        }
        .into_string()
    }
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 70) + room(&d.whisper));
        let mut digits = itoa::Buffer::new();
        for (i, n) in d.numbers.iter().enumerate() {
            out.push_str(r#"<Number url=""#);
            hand_escape(&mut out, &d.whisper, true);
            out.push_str("&amp;to=");
            hand_form_encode(&mut out, n);
            out.push_str("&amp;leg=");
            out.push_str(digits.format(i));
            out.push_str(r#"">"#);
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    fn lean(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 70) + room(&d.whisper));
        let mut digits = itoa::Buffer::new();
        for (i, n) in d.numbers.iter().enumerate() {
            out.push_str(r#"<Number url=""#);
            hand_escape(&mut out, &d.whisper, true);
            out.push_str("&amp;to=");
            // The hurried expert knows the numbers are `+` and digits.
            match n.strip_prefix('+') {
                Some(digits) => {
                    out.push_str("%2B");
                    out.push_str(digits);
                }
                None => out.push_str(n),
            }
            out.push_str("&amp;leg=");
            out.push_str(digits.format(i));
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, lean)
}

// ---------------------------------------------------------------------------------------------
// `statusCallback = {CallbackUrl::new(status).param("to", n)}` with `n` a `u64`, also the text.

fn url_int() -> Ways {
    fn cxml(d: &Callbacks) -> String {
        let Callbacks {
            caller,
            status,
            integers,
            ..
        } = d;
        cxml! {
            Response <
                Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                    for n in integers {
                        Number({n}, statusCallback = {CallbackUrl::new(status).param("to", n)})
                    }
                >
            >
        }
        .into_string()
    }
    // Digits need neither form encoding nor escaping: the expert and the hurried one write the
    // same code.
    fn hand(d: &Callbacks) -> String {
        let mut out = hand_head(d, per_number(d, 1, 60));
        let mut digits = itoa::Buffer::new();
        for &n in &d.integers {
            let n = digits.format(n);
            out.push_str(r#"<Number statusCallback=""#);
            hand_escape(&mut out, &d.status, true);
            out.push_str("?to=");
            out.push_str(n);
            out.push_str(r#"">"#);
            out.push_str(n);
            out.push_str("</Number>");
        }
        out.push_str(DIAL_END);
        out
    }
    (cxml, hand, hand)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expert_form_encodes_as_callback_url_does() {
        for value in ["+15551234567", "a b&c=d#e", "naïve 東京", "*-._~!"] {
            let mut out = String::new();
            hand_form_encode(&mut out, value);
            assert_eq!(
                format!("/p?v={out}"),
                CallbackUrl::new("/p").param("v", value).as_str()
            );
        }
    }
}
