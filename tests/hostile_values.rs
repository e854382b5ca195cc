//! Hostile run-time values in text and attributes: the output parses as XML and reads back as
//! the original value, after the documented replacement of characters XML 1.0 cannot carry
//! (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF become U+FFFD; see
//! `cxml::escape`). No value adds elements or attributes.

use std::fmt;

use cxml::{Fragment, cxml};
use quick_xml::events::Event;

const HOSTILE: &[&str] = &[
    "plain",
    "",
    r#"he said "hi" & 'bye'"#,
    "<b>not markup</b>",
    "]]> and <![CDATA[ x ]]>",
    "&amp; &lt; &#60; &unknown;",
    r#""/><Hangup/><Say voice="x"#,
    "line one\nline two",
    "tab\there",
    "cr\rcrlf\r\nlf\n",
    "  leading and trailing spaces  ",
    "nul\u{0}bell\u{7}backspace\u{8}vt\u{b}ff\u{c}esc\u{1b}us\u{1f}",
    "non-characters \u{FFFE}\u{FFFF} and U+FFFD \u{FFFD}",
    "Zoë – 日本語 😀 \u{202E}rtl\u{202C} \u{85}\u{2028}",
    "{{From}}",
];

/// The documented policy: what a value reads back as.
fn policy(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
            other => other,
        })
        .collect()
}

/// What a conforming XML 1.0 parser reports, as a flat list.
#[derive(Debug, PartialEq, Eq)]
enum Node {
    Start(String, Vec<(String, String)>),
    Text(String),
    End(String),
}

fn start(name: &str, attributes: &[(&str, &str)]) -> Node {
    Node::Start(
        name.to_string(),
        attributes
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
    )
}

fn end(name: &str) -> Node {
    Node::End(name.to_string())
}

fn text(value: &str) -> Node {
    Node::Text(value.to_string())
}

/// Fails on any character XML 1.0 does not allow, which quick-xml does not check.
fn assert_legal_chars(xml: &str) {
    for c in xml.chars() {
        let legal = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
        assert!(legal, "illegal XML character {c:?} in {xml:?}");
    }
}

fn resolve(reference: &quick_xml::events::BytesRef<'_>) -> String {
    if let Some(c) = reference
        .resolve_char_ref()
        .expect("valid character reference")
    {
        return c.to_string();
    }
    let name = reference.decode().unwrap();
    quick_xml::escape::resolve_predefined_entity(&name)
        .unwrap_or_else(|| panic!("undeclared entity &{name};"))
        .to_string()
}

/// Replaces entity and character references in an attribute value.
fn unescape(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').expect("unterminated reference") + amp;
        let reference = quick_xml::events::BytesRef::new(&rest[amp + 1..semi]);
        out.push_str(&resolve(&reference));
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// Parses `xml` as a conforming processor would: end-of-line normalization in text, attribute
/// value normalization (literal tab, newline and CR become spaces; character references stay).
fn parse(xml: &str) -> Vec<Node> {
    assert_legal_chars(xml);
    let declaration = r#"<?xml version="1.0" encoding="UTF-8"?>"#;
    assert!(xml.starts_with(declaration), "{xml}");
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut nodes = Vec::new();
    let mut pending_text: Option<String> = None;
    let mut depth = 0;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("{e} in {xml:?}"));
        let is_text = matches!(event, Event::Text(_) | Event::GeneralRef(_));
        if !is_text && let Some(done) = pending_text.take() {
            nodes.push(Node::Text(done));
        }
        match event {
            Event::Decl(_) => {}
            Event::Start(element) | Event::Empty(element) if depth == 0 && !nodes.is_empty() => {
                panic!("second document element {element:?} in {xml:?}")
            }
            Event::Start(ref element) | Event::Empty(ref element) => {
                let name = String::from_utf8(element.name().as_ref().to_vec()).unwrap();
                let mut attributes = Vec::new();
                for attribute in element.attributes() {
                    let attribute = attribute.unwrap_or_else(|e| panic!("{e} in {xml:?}"));
                    let raw = std::str::from_utf8(&attribute.value).unwrap();
                    let normalized = raw.replace(['\t', '\n', '\r'], " ");
                    let key = String::from_utf8(attribute.key.as_ref().to_vec()).unwrap();
                    attributes.push((key, unescape(&normalized)));
                }
                nodes.push(Node::Start(name.clone(), attributes));
                if matches!(event, Event::Empty(_)) {
                    nodes.push(Node::End(name));
                } else {
                    depth += 1;
                }
            }
            Event::End(element) => {
                depth -= 1;
                nodes.push(Node::End(
                    String::from_utf8(element.name().as_ref().to_vec()).unwrap(),
                ));
            }
            Event::Text(raw) => {
                let decoded = raw
                    .decode()
                    .unwrap()
                    .replace("\r\n", "\n")
                    .replace('\r', "\n");
                pending_text
                    .get_or_insert_with(String::new)
                    .push_str(&decoded);
            }
            Event::GeneralRef(reference) => {
                pending_text
                    .get_or_insert_with(String::new)
                    .push_str(&resolve(&reference));
            }
            Event::Eof => break,
            other => panic!("unexpected {other:?} in {xml:?}"),
        }
    }
    assert_eq!(depth, 0, "unclosed elements in {xml:?}");
    nodes
}

/// `Display` only (not `AsRef<str>`), so the formatting path of the escaper is used.
struct Shown<'a>(&'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written in two pieces so that escaping across `write_str` calls is exercised.
        let middle = self
            .0
            .char_indices()
            .nth(self.0.chars().count() / 2)
            .map_or(0, |(i, _)| i);
        f.write_str(&self.0[..middle])?;
        f.write_str(&self.0[middle..])
    }
}

/// Text nodes are left out when empty: an empty value gives no text event.
fn text_node(value: &str) -> Vec<Node> {
    if value.is_empty() {
        vec![]
    } else {
        vec![text(value)]
    }
}

#[test]
fn hostile_text_reads_back() {
    for value in HOSTILE {
        let expected = policy(value);
        let owned = value.to_string();
        let doc = cxml! { Response <
            Say < {value} >
            Say < {Shown(value)} >
            Say({owned})
            Say < "before " say-as(interpret-as = characters) < {value} > >
        > };
        let mut wanted = vec![start("Response", &[])];
        for _ in 0..3 {
            wanted.push(start("Say", &[]));
            wanted.extend(text_node(&expected));
            wanted.push(end("Say"));
        }
        wanted.extend([
            start("Say", &[]),
            text("before "),
            start("say-as", &[("interpret-as", "characters")]),
        ]);
        wanted.extend(text_node(&expected));
        wanted.extend([end("say-as"), end("Say"), end("Response")]);
        assert_eq!(parse(doc.as_str()), wanted, "value {value:?}");
    }
}

#[test]
fn hostile_attributes_read_back() {
    for value in HOSTILE {
        let expected = policy(value);
        let owned = Some(value.to_string());
        let doc = cxml! { Response <
            Say(voice = {value}, language = {Shown(value)}) < "x" >
            Dial(callerId = {owned}, callerName = {format_args!("{value}")}, action = {value}) < "+15550100" >
        > };
        let wanted = vec![
            start("Response", &[]),
            start("Say", &[("voice", &expected), ("language", &expected)]),
            text("x"),
            end("Say"),
            start(
                "Dial",
                &[
                    ("callerId", &expected),
                    ("callerName", &expected),
                    ("action", &expected),
                ],
            ),
            text("+15550100"),
            end("Dial"),
            end("Response"),
        ];
        assert_eq!(parse(doc.as_str()), wanted, "value {value:?}");
    }
}

#[test]
fn hostile_values_in_messaging_and_fragments() {
    for value in HOSTILE {
        let expected = policy(value);
        let targets: Fragment<cxml::reference::voice::Dial> =
            cxml!(in Dial: Number({value}, url = {value}) Sip({Shown(value)}));
        let voice = cxml! { Response < Dial < {targets} > > };
        let mut wanted = vec![
            start("Response", &[]),
            start("Dial", &[]),
            start("Number", &[("url", &expected)]),
        ];
        wanted.extend(text_node(&expected));
        wanted.extend([end("Number"), start("Sip", &[])]);
        wanted.extend(text_node(&expected));
        wanted.extend([end("Sip"), end("Dial"), end("Response")]);
        assert_eq!(parse(voice.as_str()), wanted, "value {value:?}");

        let sms = cxml! { Response < Message(to = {value}) < Body({value}) > > };
        let mut wanted = vec![
            start("Response", &[]),
            start("Message", &[("to", &expected)]),
            start("Body", &[]),
        ];
        wanted.extend(text_node(&expected));
        wanted.extend([end("Body"), end("Message"), end("Response")]);
        assert_eq!(parse(sms.as_str()), wanted, "value {value:?}");
    }
}

#[test]
fn hostile_literals_are_escaped_at_compile_time() {
    let doc = cxml! { Response <
        Say(voice = "q\"a&b<c>\t\n\r") < "]]> & <x/>\u{0}\r\n\u{FFFF}" >
    > };
    assert_eq!(
        parse(doc.as_str()),
        vec![
            start("Response", &[]),
            start("Say", &[("voice", "q\"a&b<c>\t\n\r")]),
            text("]]> & <x/>\u{FFFD}\r\n\u{FFFD}"),
            end("Say"),
            end("Response"),
        ]
    );
}

#[test]
fn the_policy_is_the_documented_one() {
    // The same replacement as `cxml::escape`, checked on its own functions.
    for value in HOSTILE {
        let escaped = cxml::escape::text(value);
        assert_legal_chars(&escaped);
        let attribute = cxml::escape::attribute(value);
        assert!(
            !attribute.contains(['\t', '\n', '\r', '"', '<']),
            "{attribute:?}"
        );
        assert_eq!(unescape(&attribute), policy(value));
    }
}
