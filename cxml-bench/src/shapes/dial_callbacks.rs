//! Issue 21 item 9: `Dial` loops whose callback URLs carry the number, in each way a user writes
//! it: `format_args!` with the number as a string or an integer, `format!`, several callback
//! attributes per element, `Sip` with the number in its text too, and `cxml::CallbackUrl`; for 10,
//! 100 and 1000 numbers.
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
}

/// `count` numbers.
pub fn callbacks(count: u64) -> Callbacks {
    let base = "https://example.com/calls/CA42".to_owned();
    Callbacks {
        caller: "+15550100000".to_owned(),
        status: format!("{base}/status"),
        base,
        numbers: (0..count).map(|i| format!("+1555{i:07}")).collect(),
        integers: (0..count).map(|i| 15_550_000_000 + i).collect(),
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
