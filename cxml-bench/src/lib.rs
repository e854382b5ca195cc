//! The documents of issue 8 and every contestant that renders them, shared by the criterion
//! benches (`benches/render.rs`) and the allocation test (`tests/allocations.rs`).
//!
//! Every contestant takes its inputs by reference and returns the finished document as a
//! `String`, so that all of them pay for the same thing: the final bytes, owned.

#![forbid(unsafe_code)]

use std::fmt::Write as _;

use cxml::cxml;
use sailfish::TemplateSimple;

pub mod documents;
pub mod reading;
pub mod shapes;

pub const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// D1 "refer": the seed document, fully static.
pub const D1: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Refer action="https://example.com/refer-completed.xml" method="GET"><Sip>sip:transfer-target@example.com</Sip></Refer></Response>"#;

/// D2 "ivr": 6 elements, 4 run-time values (caller name, Gather action, Play URL, Redirect URL).
pub struct Ivr {
    pub name: String,
    pub action: String,
    pub prompt: String,
    pub fallback: String,
}

/// D3 "dial-100": a `Dial` holding one `Number` per entry of `numbers`.
pub struct Dial100 {
    pub caller: String,
    pub base: String,
    pub numbers: Vec<String>,
}

pub fn ivr() -> Ivr {
    Ivr {
        name: "O'Brien & <Sons>".to_owned(),
        action: "https://example.com/ivr/menu?step=1&lang=en-US".to_owned(),
        prompt: "https://cdn.example.com/prompts/menu.mp3".to_owned(),
        fallback: "https://example.com/ivr/fallback".to_owned(),
    }
}

pub fn dial_100() -> Dial100 {
    Dial100 {
        caller: "+15550100000".to_owned(),
        base: "https://example.com/calls/CA42".to_owned(),
        numbers: (0..100).map(|i| format!("+1555020{i:04}")).collect(),
    }
}

// Static text shared by the hand-written and limit contestants.
const GREETING_TAIL: &str = ", thanks for calling Example Corp.";
const MENU: &str = "Press 1 for sales or 2 for support, or just tell us what you need.";

// ---------------------------------------------------------------------------------------------
// cxml

pub fn d1_cxml_rendered() -> cxml::Rendered {
    cxml! {
        Response <
            Refer(action = "https://example.com/refer-completed.xml", method = GET) <
                Sip("sip:transfer-target@example.com")
            >
        >
    }
}

/// D1 as an owned `String`: the inherent `to_string` is a plain copy of the static text.
pub fn d1_cxml(_: &()) -> String {
    d1_cxml_rendered().to_string()
}

pub fn d2_cxml_rendered(d: &Ivr) -> cxml::Rendered {
    let Ivr {
        name,
        action,
        prompt,
        fallback,
    } = d;
    cxml! {
        Response <
            Say(voice = "alice") < "Hello " {name} ", thanks for calling Example Corp." >
            Gather(input = "dtmf speech", action = {action}, numDigits = 1, timeout = 5) <
                Say("Press 1 for sales or 2 for support, or just tell us what you need.")
                Play({prompt})
            >
            Redirect({fallback})
        >
    }
}

pub fn d2_cxml(d: &Ivr) -> String {
    d2_cxml_rendered(d).into_string()
}

pub fn d3_cxml_rendered(d: &Dial100) -> cxml::Rendered {
    let Dial100 {
        caller,
        base,
        numbers,
    } = d;
    cxml! {
        Response <
            Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                for n in numbers {
                    Number({n}, statusCallback = {format_args!("{base}/status")})
                }
            >
        >
    }
}

pub fn d3_cxml(d: &Dial100) -> String {
    d3_cxml_rendered(d).into_string()
}

// ---------------------------------------------------------------------------------------------
// limit: the final bytes copied from pieces escaped in advance, into a buffer of the exact size

/// Pieces of a document, escaped in advance, and their total length.
pub struct Pieces {
    pub parts: Vec<String>,
    pub len: usize,
}

impl Pieces {
    fn new(parts: Vec<String>) -> Self {
        let len = parts.iter().map(String::len).sum();
        Pieces { parts, len }
    }
}

pub fn d1_limit(_: &()) -> String {
    String::from(D1)
}

pub fn d2_pieces(d: &Ivr) -> Pieces {
    let parts = [
        format!(r#"{XML_DECLARATION}<Response><Say voice="alice">Hello "#),
        hand_text(&d.name),
        format!(r#"{GREETING_TAIL}</Say><Gather input="dtmf speech" action=""#),
        hand_attr(&d.action),
        format!(r#"" numDigits="1" timeout="5"><Say>{MENU}</Say><Play>"#),
        hand_text(&d.prompt),
        "</Play></Gather><Redirect>".to_owned(),
        hand_text(&d.fallback),
        "</Redirect></Response>".to_owned(),
    ];
    Pieces::new(parts.into())
}

pub fn d3_pieces(d: &Dial100) -> Pieces {
    let mut parts = vec![
        format!(r#"{XML_DECLARATION}<Response><Dial callerId=""#),
        hand_attr(&d.caller),
        r#"" timeout="20" record="record-from-answer">"#.to_owned(),
    ];
    let base = hand_attr(&d.base);
    for n in &d.numbers {
        parts.push(r#"<Number statusCallback=""#.to_owned());
        parts.push(base.clone());
        parts.push(r#"/status">"#.to_owned());
        parts.push(hand_text(n));
        parts.push("</Number>".to_owned());
    }
    parts.push("</Dial></Response>".to_owned());
    Pieces::new(parts)
}

pub fn limit(p: &Pieces) -> String {
    let mut out = String::with_capacity(p.len);
    for part in &p.parts {
        out.push_str(part);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// hand: what an expert writes: one pre-sized String, push_str of static chunks, a fast escaper

/// Appends `input` with `&`, `<`, `>` escaped (and `"` too when `attribute`), as an expert
/// writes it with a fast searcher: `memchr` (SIMD) jumps to the next byte that needs an entity,
/// the run before it is copied whole. It does not replace control characters (cxml does).
#[inline]
pub(crate) fn hand_escape(out: &mut String, input: &str, attribute: bool) {
    let bytes = input.as_bytes();
    let mut start = 0;
    // The next `"` at or after `start`, found once and again only once passed.
    let mut quote = if attribute {
        memchr::memchr(b'"', bytes)
    } else {
        None
    };
    loop {
        let markup = memchr::memchr3(b'&', b'<', b'>', &bytes[start..]).map(|at| start + at);
        let next = match (markup, quote) {
            (Some(m), Some(q)) => m.min(q),
            (found, None) | (None, found) => match found {
                Some(at) => at,
                None => break,
            },
        };
        out.push_str(&input[start..next]);
        out.push_str(match bytes[next] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        start = next + 1;
        if quote == Some(next) {
            quote = memchr::memchr(b'"', &bytes[start..]).map(|at| start + at);
        }
    }
    out.push_str(&input[start..]);
}

fn hand_text(input: &str) -> String {
    let mut out = String::new();
    hand_escape(&mut out, input, false);
    out
}

fn hand_attr(input: &str) -> String {
    let mut out = String::new();
    hand_escape(&mut out, input, true);
    out
}

/// Room for escaping: enough for the documents here (a few entities per value).
const ESCAPE_SLACK: usize = 32;

pub fn d1_hand(_: &()) -> String {
    let mut out = String::with_capacity(D1.len());
    out.push_str(D1);
    out
}

pub fn d2_hand(d: &Ivr) -> String {
    const STATIC: usize = 330;
    let values = d.name.len() + d.action.len() + d.prompt.len() + d.fallback.len();
    let mut out = String::with_capacity(STATIC + values + 4 * ESCAPE_SLACK);
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Say voice="alice">Hello "#);
    hand_escape(&mut out, &d.name, false);
    out.push_str(GREETING_TAIL);
    out.push_str(r#"</Say><Gather input="dtmf speech" action=""#);
    hand_escape(&mut out, &d.action, true);
    out.push_str(r#"" numDigits="1" timeout="5"><Say>"#);
    out.push_str(MENU);
    out.push_str("</Say><Play>");
    hand_escape(&mut out, &d.prompt, false);
    out.push_str("</Play></Gather><Redirect>");
    hand_escape(&mut out, &d.fallback, false);
    out.push_str("</Redirect></Response>");
    out
}

pub fn d3_hand(d: &Dial100) -> String {
    const HEAD: usize = 150;
    const PER_NUMBER: usize = 48;
    let numbers: usize = d.numbers.iter().map(String::len).sum();
    let per_number = PER_NUMBER + d.base.len();
    let mut out = String::with_capacity(
        HEAD + d.caller.len() + numbers + d.numbers.len() * per_number + ESCAPE_SLACK,
    );
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Dial callerId=""#);
    hand_escape(&mut out, &d.caller, true);
    out.push_str(r#"" timeout="20" record="record-from-answer">"#);
    for n in &d.numbers {
        out.push_str(r#"<Number statusCallback=""#);
        hand_escape(&mut out, &d.base, true);
        out.push_str(r#"/status">"#);
        hand_escape(&mut out, n, false);
        out.push_str("</Number>");
    }
    out.push_str("</Dial></Response>");
    out
}

// ---------------------------------------------------------------------------------------------
// sailfish: templates compiled by its derive; `<%= %>` escapes `&<>"'` (so `'` differs in bytes).

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Refer action="https://example.com/refer-completed.xml" method="GET"><Sip>sip:transfer-target@example.com</Sip></Refer></Response>"#
)]
struct D1Sailfish {}

pub fn d1_sailfish(_: &()) -> String {
    D1Sailfish {}
        .render_once()
        .expect("rendering into a String")
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="alice">Hello <%= name %>, thanks for calling Example Corp.</Say><Gather input="dtmf speech" action="<%= action %>" numDigits="1" timeout="5"><Say>Press 1 for sales or 2 for support, or just tell us what you need.</Say><Play><%= prompt %></Play></Gather><Redirect><%= fallback %></Redirect></Response>"#
)]
struct D2Sailfish<'a> {
    name: &'a str,
    action: &'a str,
    prompt: &'a str,
    fallback: &'a str,
}

pub fn d2_sailfish(d: &Ivr) -> String {
    D2Sailfish {
        name: &d.name,
        action: &d.action,
        prompt: &d.prompt,
        fallback: &d.fallback,
    }
    .render_once()
    .expect("rendering into a String")
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Dial callerId="<%= caller %>" timeout="20" record="record-from-answer"><% for n in numbers { %><Number statusCallback="<%= base %>/status"><%= n %></Number><% } %></Dial></Response>"#
)]
struct D3Sailfish<'a> {
    caller: &'a str,
    base: &'a str,
    numbers: &'a [String],
}

pub fn d3_sailfish(d: &Dial100) -> String {
    D3Sailfish {
        caller: &d.caller,
        base: &d.base,
        numbers: &d.numbers,
    }
    .render_once()
    .expect("rendering into a String")
}

// ---------------------------------------------------------------------------------------------
// maud: HTML templates; the markup here has no empty element and no `"` in text, so maud's
// output is byte-for-byte the same XML.

pub fn d1_maud(_: &()) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Refer action="https://example.com/refer-completed.xml" method="GET" {
                Sip { "sip:transfer-target@example.com" }
            }
        }
    }
    .into_string()
}

pub fn d2_maud(d: &Ivr) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Say voice="alice" { "Hello " (d.name) ", thanks for calling Example Corp." }
            Gather input="dtmf speech" action=(d.action) numDigits="1" timeout="5" {
                Say { "Press 1 for sales or 2 for support, or just tell us what you need." }
                Play { (d.prompt) }
            }
            Redirect { (d.fallback) }
        }
    }
    .into_string()
}

pub fn d3_maud(d: &Dial100) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Dial callerId=(d.caller) timeout="20" record="record-from-answer" {
                @for n in &d.numbers {
                    Number statusCallback={ (d.base) "/status" } { (n) }
                }
            }
        }
    }
    .into_string()
}

// ---------------------------------------------------------------------------------------------
// quick-xml's Writer: text escaped with `partial_escape` (`&`, `<`, `>`), as cxml does, so the
// output is byte-for-byte the same; attributes with its default escaper (none of the values
// here hold a quote or apostrophe).

mod qx {
    pub use quick_xml::Writer;
    pub use quick_xml::escape::partial_escape;
    pub use quick_xml::events::{BytesDecl, BytesText, Event};

    pub fn text(value: &str) -> BytesText<'_> {
        BytesText::from_escaped(partial_escape(value))
    }

    pub fn finish(writer: Writer<Vec<u8>>) -> String {
        String::from_utf8(writer.into_inner()).expect("quick-xml writes UTF-8")
    }

    pub fn start(capacity: usize) -> Writer<Vec<u8>> {
        let mut writer = Writer::new(Vec::with_capacity(capacity));
        writer
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
            .expect("writing to a Vec");
        writer
    }
}

pub fn d1_quick_xml(_: &()) -> String {
    let mut writer = qx::start(D1.len());
    writer
        .create_element("Response")
        .write_inner_content(|w| {
            w.create_element("Refer")
                .with_attribute(("action", "https://example.com/refer-completed.xml"))
                .with_attribute(("method", "GET"))
                .write_inner_content(|w| {
                    w.create_element("Sip")
                        .write_text_content(qx::text("sip:transfer-target@example.com"))?;
                    Ok(())
                })?;
            Ok(())
        })
        .expect("writing to a Vec");
    qx::finish(writer)
}

pub fn d2_quick_xml(d: &Ivr) -> String {
    let mut writer = qx::start(512);
    writer
        .create_element("Response")
        .write_inner_content(|w| {
            let greeting = format!("Hello {}{GREETING_TAIL}", d.name);
            w.create_element("Say")
                .with_attribute(("voice", "alice"))
                .write_text_content(qx::text(&greeting))?;
            w.create_element("Gather")
                .with_attribute(("input", "dtmf speech"))
                .with_attribute(("action", d.action.as_str()))
                .with_attribute(("numDigits", "1"))
                .with_attribute(("timeout", "5"))
                .write_inner_content(|w| {
                    w.create_element("Say").write_text_content(qx::text(MENU))?;
                    w.create_element("Play")
                        .write_text_content(qx::text(&d.prompt))?;
                    Ok(())
                })?;
            w.create_element("Redirect")
                .write_text_content(qx::text(&d.fallback))?;
            Ok(())
        })
        .expect("writing to a Vec");
    qx::finish(writer)
}

pub fn d3_quick_xml(d: &Dial100) -> String {
    let mut writer = qx::start(256 + d.numbers.len() * (64 + d.base.len()));
    let mut status = String::with_capacity(d.base.len() + 7);
    let _ = write!(status, "{}/status", d.base);
    writer
        .create_element("Response")
        .write_inner_content(|w| {
            w.create_element("Dial")
                .with_attribute(("callerId", d.caller.as_str()))
                .with_attribute(("timeout", "20"))
                .with_attribute(("record", "record-from-answer"))
                .write_inner_content(|w| {
                    for n in &d.numbers {
                        w.create_element("Number")
                            .with_attribute(("statusCallback", status.as_str()))
                            .write_text_content(qx::text(n))?;
                    }
                    Ok(())
                })?;
            Ok(())
        })
        .expect("writing to a Vec");
    qx::finish(writer)
}

// ---------------------------------------------------------------------------------------------
// twiml-rust: builders, then `to_xml()`. It pretty-prints (newlines, two-space indents), puts
// attributes in its own order and writes `'` as `&apos;` in attributes, so its output is
// compared after `normalise` (same elements, attributes, and trimmed, unescaped text).

pub fn d1_twiml(_: &()) -> String {
    use twiml_rust::TwiML as _;
    use twiml_rust::voice::{Refer, ReferSip, VoiceResponse};
    VoiceResponse::new()
        .refer(
            Refer::new()
                .action("https://example.com/refer-completed.xml")
                .method("GET")
                .add_refer_sip(ReferSip::new("sip:transfer-target@example.com")),
        )
        .to_xml()
}

pub fn d2_twiml(d: &Ivr) -> String {
    use twiml_rust::TwiML as _;
    use twiml_rust::voice::{Gather, Play, Say, VoiceResponse};
    VoiceResponse::new()
        .say_with(Say::new(format!("Hello {}{GREETING_TAIL}", d.name)).voice("alice"))
        .gather(
            Gather::new()
                .input(vec!["dtmf".to_owned(), "speech".to_owned()])
                .action(d.action.as_str())
                .num_digits(1)
                .timeout(5)
                .add_say(Say::new(MENU))
                .add_play(Play::new().url(d.prompt.as_str())),
        )
        .redirect(d.fallback.as_str())
        .to_xml()
}

pub fn d3_twiml(d: &Dial100) -> String {
    use twiml_rust::TwiML as _;
    use twiml_rust::voice::{Dial, DialAttributes, DialNumber, VoiceResponse};
    let status = format!("{}/status", d.base);
    let mut dial = Dial::with_attributes(DialAttributes {
        caller_id: Some(d.caller.clone()),
        record: Some("record-from-answer".to_owned()),
        ..DialAttributes::default()
    })
    .timeout(20);
    for n in &d.numbers {
        dial = dial.add_number(DialNumber::new(n.as_str()).status_callback(status.as_str()));
    }
    VoiceResponse::new().dial_with(dial).to_xml()
}

/// A document reduced to what XML means by it: one line per start tag (attributes unescaped
/// and sorted), per end tag (`<a/>` counts as `<a></a>`), and per run of text between tags that
/// is not blank (entities resolved, then trimmed).
pub fn normalise(xml: &str) -> Vec<String> {
    use quick_xml::Reader;
    use quick_xml::events::{BytesStart, Event};

    fn start(tag: &BytesStart<'_>) -> String {
        let mut attributes: Vec<String> = tag
            .attributes()
            .map(|attribute| {
                let attribute = attribute.expect("attribute");
                let value = attribute.unescape_value().expect("escaped value");
                format!(
                    "{}={value:?}",
                    String::from_utf8_lossy(attribute.key.as_ref())
                )
            })
            .collect();
        attributes.sort();
        format!(
            "<{} {}>",
            String::from_utf8_lossy(tag.name().as_ref()),
            attributes.join(" ")
        )
    }

    let mut reader = Reader::from_str(xml);
    let mut lines = Vec::new();
    let mut text = String::new();
    loop {
        let event = reader.read_event().expect("well-formed XML");
        match event {
            Event::Text(raw) => text.push_str(&raw.decode().expect("UTF-8")),
            Event::GeneralRef(entity) => {
                let entity = format!("&{};", entity.decode().expect("UTF-8"));
                text.push_str(&quick_xml::escape::unescape(&entity).expect("known entity"));
            }
            other => {
                if !text.trim().is_empty() {
                    lines.push(text.trim().to_owned());
                }
                text.clear();
                match other {
                    Event::Start(tag) => lines.push(start(&tag)),
                    Event::Empty(tag) => {
                        lines.push(start(&tag));
                        lines.push(format!(
                            "</{}>",
                            String::from_utf8_lossy(tag.name().as_ref())
                        ));
                    }
                    Event::End(tag) => {
                        lines.push(format!(
                            "</{}>",
                            String::from_utf8_lossy(tag.name().as_ref())
                        ));
                    }
                    Event::Eof => break,
                    _ => {}
                }
            }
        }
    }
    lines
}
