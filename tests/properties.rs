//! Property tests over every kind of run-time value the macro accepts: whatever a program
//! passes, the document parses, each value reads back exactly (characters XML cannot carry
//! become U+FFFD, the documented policy), and no element or attribute appears that was not
//! written (no injection).
//!
//! Each property runs 256 cases; `PROPTEST_CASES=N` sets another count (`scripts/soak.sh` runs
//! them by the hundred thousand).

use cxml::cxml;
use cxml::values::{Method, Trim};
use proptest::prelude::*;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// One element as a parser sees it: name, attributes (name, value), and its text.
#[derive(Debug, PartialEq)]
struct Seen {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
}

fn seen(start: &BytesStart<'_>) -> Seen {
    let name = String::from_utf8(start.name().as_ref().to_vec()).expect("UTF-8 name");
    let attributes = start
        .attributes()
        .map(|attribute| {
            let attribute = attribute.expect("well-formed attribute");
            let key = String::from_utf8(attribute.key.as_ref().to_vec()).expect("UTF-8 key");
            let value = attribute
                .unescape_value()
                .expect("escaped value")
                .into_owned();
            (key, value)
        })
        .collect();
    Seen {
        name,
        attributes,
        text: String::new(),
    }
}

/// Parses `xml` into the elements it holds, in document order; panics on malformed XML.
fn read(xml: &str) -> Vec<Seen> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut elements: Vec<Seen> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(start) => {
                elements.push(seen(&start));
                open.push(elements.len() - 1);
            }
            Event::Empty(start) => elements.push(seen(&start)),
            Event::End(_) => {
                open.pop().expect("balanced tags");
            }
            Event::Text(text) => {
                let current = *open.last().expect("text inside an element");
                elements[current]
                    .text
                    .push_str(&text.decode().expect("UTF-8 text"));
            }
            Event::GeneralRef(reference) => {
                let current = *open.last().expect("reference inside an element");
                let resolved = match reference.resolve_char_ref().expect("valid char ref") {
                    Some(c) => c.to_string(),
                    None => {
                        let name = reference.decode().expect("UTF-8 entity name");
                        quick_xml::escape::resolve_xml_entity(&name)
                            .expect("predefined entity")
                            .to_string()
                    }
                };
                elements[current].text.push_str(&resolved);
            }
            Event::Decl(_) => {}
            Event::Eof => break,
            other => panic!("unexpected event {other:?}"),
        }
    }
    assert!(open.is_empty(), "unclosed elements");
    elements
}

/// The documented policy: characters XML 1.0 cannot carry become U+FFFD.
fn carried(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Arbitrary strings, weighted towards what breaks XML writers.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        Just("&".to_string()),
        Just("&amp;".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("]]>".to_string()),
        Just("<Hangup/>".to_string()),
        Just("\" injected=\"1".to_string()),
        Just("\r\n\t".to_string()),
        Just("\u{0}\u{b}\u{1f}\u{fffe}\u{ffff}".to_string()),
        Just("ü€😀".to_string()),
        "[\\x00-\\x7f]{0,12}",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

proptest! {
    // 256 cases unless `PROPTEST_CASES` says otherwise (the default config reads it).
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn text_and_string_attributes_read_back(text in hostile(), caller in hostile(), url in hostile()) {
        let doc = cxml! {
            Response <
                Say(voice = "alice") < "Hello " {text} "!" >
                Dial(callerId = {caller}, action = {url}) < Number({&text}) >
            >
        };
        let elements = read(doc.as_str());
        let expected = vec![
            Seen { name: "Response".into(), attributes: vec![], text: String::new() },
            Seen { name: "Say".into(), attributes: attrs(&[("voice", "alice")]), text: format!("Hello {}!", carried(&text)) },
            Seen { name: "Dial".into(), attributes: attrs(&[("callerId", &carried(&caller)), ("action", &carried(&url))]), text: String::new() },
            Seen { name: "Number".into(), attributes: vec![], text: carried(&text) },
        ];
        prop_assert_eq!(elements, expected);
    }

    #[test]
    fn list_and_boolean_or_string_attributes_read_back(events in hostile(), postal in hostile(), optional in prop::option::of(hostile())) {
        // Lists and `boolean-or-string` take any `Display` at run time; `Option` leaves them out.
        let doc = cxml! {
            Response <
                Pay(postalCode = {&postal}, validCardTypes = {optional.as_deref()})
                Record(recordingStatusCallbackEvent = {events.as_str()})
            >
        };
        let elements = read(doc.as_str());
        let mut pay = vec![("postalCode".to_string(), carried(&postal))];
        if let Some(types) = &optional {
            pay.push(("validCardTypes".to_string(), carried(types)));
        }
        prop_assert_eq!(&elements[1].attributes, &pay);
        prop_assert_eq!(&elements[2].attributes, &attrs(&[("recordingStatusCallbackEvent", &carried(&events))]));
    }

    #[test]
    fn display_values_and_ssml_text_read_back(text in hostile(), n in any::<i64>()) {
        let label = format_args!("{text}#{n}");
        let doc = cxml! {
            Response < Say < {label} prosody(rate = "slow") < {&text} > > >
        };
        let elements = read(doc.as_str());
        prop_assert_eq!(elements.len(), 3);
        prop_assert_eq!(&elements[1].text, &format!("{}#{n}", carried(&text)));
        prop_assert_eq!(&elements[2].name, "prosody");
        prop_assert_eq!(&elements[2].text, &carried(&text));
    }

    #[test]
    fn typed_attributes_read_back(
        repetitions in any::<i64>(),
        hang_up in any::<bool>(),
        method in prop::sample::select(Method::ALL),
        trim in prop::option::of(prop::sample::select(Trim::ALL)),
        amount in any::<f64>(),
    ) {
        let doc = cxml! {
            Response <
                Play(loop = {repetitions}) < "https://example.com/a.mp3" >
                Dial(hangupOnStar = {hang_up}, method = {method}, trim = {trim}) < Number("+15550100") >
                Pay(chargeAmount = {amount})
            >
        };
        let elements = read(doc.as_str());
        prop_assert_eq!(&elements[1].attributes, &attrs(&[("loop", &repetitions.to_string())]));
        let mut dial = vec![("hangupOnStar".to_string(), hang_up.to_string()), ("method".to_string(), method.to_string())];
        if let Some(trim) = trim {
            dial.push(("trim".to_string(), trim.to_string()));
        }
        prop_assert_eq!(&elements[2].attributes, &dial);
        if amount.is_finite() {
            let written: f64 = elements[4].attributes[0].1.parse().unwrap();
            prop_assert_eq!(written, amount);
        } else {
            prop_assert!(elements[4].attributes.is_empty(), "a non-finite amount is left out");
        }
        // Run-time ranges: `loop` is at least 0, `chargeAmount` between 0 and 1,000,000.
        let in_range = repetitions >= 0 && (!amount.is_finite() || (0.0..=1_000_000.0).contains(&amount)) && amount.is_finite();
        prop_assert_eq!(doc.error().is_none(), in_range, "{:?}", doc.error());
    }

    #[test]
    fn format_args_taken_apart_read_back_like_format(base in hostile(), n in any::<u32>(), word in hostile()) {
        // The macro writes an inline `format_args!` as static pieces and plain splices; the result
        // must be what `format!` would have produced, escaped.
        let doc = cxml! {
            Response <
                Dial < Number(statusCallback = {format_args!("{base}/status?n={}&w={w}&{{x}}", n, w = &word)}) <
                    {format_args!("+1{n}<{base}>")}
                > >
            >
        };
        let elements = read(doc.as_str());
        let callback = format!("{base}/status?n={n}&w={word}&{{x}}");
        prop_assert_eq!(&elements[2].attributes, &attrs(&[("statusCallback", &carried(&callback))]));
        prop_assert_eq!(&elements[2].text, &carried(&format!("+1{n}<{base}>")));
    }

    #[test]
    fn loops_render_every_item(numbers in prop::collection::vec(hostile(), 0..14)) {
        let doc = cxml! {
            Response < Dial < for n in &numbers { Number({n}) } > >
        };
        let elements = read(doc.as_str());
        prop_assert_eq!(elements.len(), numbers.len() + 2);
        for (seen, number) in elements[2..].iter().zip(&numbers) {
            prop_assert_eq!(&seen.text, &carried(number));
        }
        prop_assert_eq!(doc.error().is_some(), numbers.len() > 10);
    }
}
