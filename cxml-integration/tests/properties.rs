//! Property tests over every kind of run-time value the macro accepts: whatever a program
//! passes, the document parses, each value reads back exactly (characters XML cannot carry
//! become U+FFFD, the documented policy), and no element or attribute appears that was not
//! written (no injection). Every document is also read by `cxml::parse`, which must see the same
//! tree, agree on the run-time rule broken, and render it back byte for byte.
//!
//! Each property runs 256 cases; `PROPTEST_CASES=N` sets another count (`.ci/run` runs 100,000
//! of each in the `ci-properties` profile, `scripts/soak.sh` 125,000 in the `soak` profile).

use cxml::schema::{self, ValueType};
use cxml::values::{Method, Trim};
use cxml::{Channel, Fragment, Rendered, cxml};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
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

/// The elements of a document as `cxml::parse` sees them, in document order.
fn read_with_cxml(document: &cxml::Document<'_>) -> Vec<Seen> {
    let root = document.root();
    let mut elements = Vec::new();
    let mut pending = vec![root];
    while let Some(element) = pending.pop() {
        elements.push(Seen {
            name: element.name().to_string(),
            attributes: element
                .attributes()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
            text: element.text(),
        });
        let children: Vec<_> = element.elements().collect();
        pending.extend(children.into_iter().rev());
    }
    elements
}

/// Reads `doc` with quick-xml and with `cxml::parse`: both must see the same tree; the reader
/// must accept exactly the documents that broke no run-time rule (and find the same rules broken
/// when some are), and render what it accepts back to the macro's bytes.
fn read_both(doc: &Rendered) -> Vec<Seen> {
    let elements = read(doc.as_str());
    match (cxml::parse(doc.as_str()), doc.error()) {
        (Ok(parsed), None) => {
            assert_eq!(
                read_with_cxml(&parsed),
                elements,
                "cxml::parse saw another tree"
            );
            assert_eq!(parsed.channel, doc.channel());
            assert_eq!(
                parsed.to_string(),
                doc.as_str(),
                "the reader renders other bytes"
            );
        }
        (Err(error), Some(broken)) => {
            // The same rules broken; which one comes first is each front end's order.
            let violations: Vec<_> = error
                .problems()
                .iter()
                .filter_map(|p| p.violation.as_ref())
                .collect();
            assert!(
                violations.contains(&broken.violation()),
                "{broken} not in:\n{error}"
            );
            assert_eq!(
                error.problems().len(),
                broken.count() as usize,
                "{broken}:\n{error}"
            );
        }
        (Ok(_), Some(broken)) => panic!("cxml::parse accepts a document that breaks {broken}"),
        (Err(error), None) => panic!("cxml::parse refuses a rendered document:\n{error}\n{doc}"),
    }
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
        blank_char().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

/// Characters at the edge of blank ([`cxml::schema::is_blank_char`]): every Unicode space, XML's
/// four whitespace characters among them, and look-alikes that are not blank (zero-width
/// space, byte order mark, the information separators that some libraries call whitespace).
fn blank_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
        '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
        '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}',
        '\u{3000}', '\u{200b}', '\u{feff}', '\u{1c}', '\u{1f}', '\u{180e}',
    ])
}

/// Texts that are blank, or nearly: runs of [`blank_char`], now and then with a hostile piece.
fn blankish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::collection::vec(blank_char(), 0..4).prop_map(String::from_iter),
        1 => hostile(),
    ];
    prop::collection::vec(piece, 0..3).prop_map(|pieces| pieces.concat())
}

/// A document drawn from the schema table by `choices`: each element's attributes and children
/// are among those the table gives it, values are of the attribute's type (or `texts`, the
/// hostile strings, for free text), so most documents are valid and the rest break one rule.
fn schema_document(channel: Channel, choices: &[u16], texts: &[String]) -> String {
    let mut choices = choices.iter().copied().cycle();
    let mut texts = texts.iter().cycle();
    let mut xml = String::from(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    // Elements still to write (id, depth), or `None` for a closing tag still to write.
    let mut pending = vec![Some((schema::response(channel), 0))];
    let mut open = Vec::new();
    while let Some(next) = pending.pop() {
        let Some((id, depth)) = next else {
            xml.push_str(&format!("</{}>", open.pop().unwrap_or_default()));
            continue;
        };
        let spec = id.spec();
        xml.push('<');
        xml.push_str(spec.name);
        for attribute in spec.attributes {
            let pick = choices.next().unwrap_or(0) as usize;
            if !pick.is_multiple_of(3) {
                continue;
            }
            let value = match attribute.ty {
                ValueType::Enum(values) => values.values[pick % values.values.len()].to_string(),
                ValueType::Boolean => pick.is_multiple_of(2).to_string(),
                ValueType::Integer | ValueType::Decimal => {
                    let low = attribute.min.unwrap_or(0.0);
                    let high = attribute.max.unwrap_or(low + 100.0);
                    ((low + (high - low) * (pick % 7) as f64 / 6.0) as i64).to_string()
                }
                ValueType::Url => format!("https://example.com/{pick}"),
                ValueType::List { items, .. } => items[pick % items.len()].to_string(),
                _ => texts.next().cloned().unwrap_or_default(),
            };
            xml.push_str(&format!(
                " {}=\"{}\"",
                attribute.name,
                quick_xml::escape::escape(&value)
            ));
        }
        let children = if depth < 4 {
            choices.next().unwrap_or(0) as usize % 4
        } else {
            0
        };
        let text = spec.text != schema::TextRule::None && choices.next().unwrap_or(0) % 2 == 0;
        if children == 0 && !text {
            xml.push_str("/>");
            continue;
        }
        xml.push('>');
        if text {
            xml.push_str(&quick_xml::escape::escape(
                texts.next().map_or("", String::as_str),
            ));
        }
        open.push(spec.name);
        pending.push(None);
        if !spec.children.is_empty() {
            for _ in 0..children {
                let child =
                    spec.children[choices.next().unwrap_or(0) as usize % spec.children.len()];
                pending.push(Some((child, depth + 1)));
            }
        }
    }
    xml
}

fn channel() -> impl Strategy<Value = Channel> {
    prop::sample::select(vec![Channel::Voice, Channel::Messaging, Channel::Fax])
}

/// The schema documents are not vacuous: a good share of them is valid, so the round-trip
/// property below tests accepted documents, not only refusals.
#[test]
fn schema_documents_are_often_valid() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = (
        channel(),
        prop::collection::vec(any::<u16>(), 1..64),
        prop::collection::vec("[a-z +]{1,12}", 1..4),
    );
    let mut accepted = 0;
    for _ in 0..400 {
        let (channel, choices, texts) = strategy.new_tree(&mut runner).unwrap().current();
        accepted += usize::from(cxml::parse(&schema_document(channel, &choices, &texts)).is_ok());
    }
    assert!(
        accepted >= 80,
        "only {accepted} of 400 schema documents are valid"
    );
}

/// The soak's find (issue 21, item 10): a Unicode space as the whole run-time text of an element
/// that needs text rendered with no error, while `cxml::parse` refused the same document.
#[test]
fn a_unicode_space_is_no_text() {
    // Every Unicode space XML can carry (U+000B and U+000C become U+FFFD, which is text).
    let spaces = (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace());
    for c in spaces.filter(|&c| carried(&c.to_string()) == c.to_string()) {
        let text = c.to_string();
        let docs = [
            cxml! { Response < Dial < Number({&text}) > > },
            cxml! { Response < Say({&text}) > },
            cxml! { Response < Dial < Sip({&text}) > > },
            cxml! { Response < Enqueue({&text}) > },
            cxml! { Response < Dial < for n in [&text] { Number({n}) } > > },
        ];
        for doc in docs {
            let error = doc.error().map(|error| error.violation().clone());
            assert!(
                matches!(error, Some(schema::Violation::TextRequired { .. })),
                "{c:?}: {error:?}"
            );
            read_both(&doc);
        }
        // Blank text in an element whose text is optional is no problem for either side.
        let doc = cxml! { Response < Play({&text}) > };
        assert!(doc.error().is_none(), "{c:?}: {doc}");
        read_both(&doc);
    }
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
        let elements = read_both(&doc);
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
        let elements = read_both(&doc);
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
        let elements = read_both(&doc);
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
        let elements = read_both(&doc);
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
        let elements = read_both(&doc);
        let callback = format!("{base}/status?n={n}&w={word}&{{x}}");
        prop_assert_eq!(&elements[2].attributes, &attrs(&[("statusCallback", &carried(&callback))]));
        prop_assert_eq!(&elements[2].text, &carried(&format!("+1{n}<{base}>")));
    }

    #[test]
    fn loops_render_every_item(numbers in prop::collection::vec(hostile(), 0..14)) {
        let doc = cxml! {
            Response < Dial < for n in &numbers { Number({n}) } > >
        };
        let elements = read_both(&doc);
        prop_assert_eq!(elements.len(), numbers.len() + 2);
        for (seen, number) in elements[2..].iter().zip(&numbers) {
            prop_assert_eq!(&seen.text, &carried(number));
        }
        // More than 10 `Number`s, or one with blank text, breaks a rule.
        let blank = numbers.iter().any(|n| carried(n).trim().is_empty());
        prop_assert_eq!(doc.error().is_some(), numbers.len() > 10 || blank);
    }

    #[test]
    fn blank_text_is_refused_by_the_renderer_as_by_the_reader(text in blankish(), texts in prop::collection::vec(blankish(), 0..3), place in 0..8usize) {
        // Elements that need text (and `Play`, whose text is optional), given it at run time: the
        // render reports exactly the blank ones (`cxml::schema::is_blank`), and `read_both`
        // checks that the reader agrees.
        let dial: Fragment<cxml::reference::voice::Dial> = cxml!(in Dial: Number < {&text} >);
        let doc = match place {
            0 => cxml! { Response < Dial < Number({&text}) > > },
            1 => cxml! { Response < Say({&text}) > },
            2 => cxml! { Response < Dial < Sip({&text}) > > },
            3 => cxml! { Response < Play({&text}) > },
            4 => cxml! { Response < Enqueue({&text}) > },
            5 => cxml! { Response < Dial < {dial} > > },
            6 => cxml! { Response < Say < {&text} for t in &texts { {t} } > > },
            _ => cxml! { Response < Dial < Queue < {format_args!("{text}{}", texts.concat())} > > > },
        };
        read_both(&doc);
        let all = if place >= 6 { format!("{text}{}", texts.concat()) } else { text.clone() };
        let blank = carried(&all).trim().is_empty();
        prop_assert_eq!(doc.error().is_some(), blank && place != 3, "{:?}: {}", all, doc.as_str());
    }

    #[test]
    fn options_write_their_value_or_nothing(name in prop::option::of(hostile()), number in prop::option::of(hostile())) {
        // An `Option` among children and as an element's text: `Some` reads back as its value,
        // `None` as nothing, and a `Number` left with no text is the run-time error it is
        // with an empty string.
        let doc = cxml! {
            Response <
                Say < "Hello " {&name} "!" >
                Dial < Number({number.as_deref()}) >
            >
        };
        let elements = read_both(&doc);
        prop_assert_eq!(&elements[1].text, &format!("Hello {}!", carried(name.as_deref().unwrap_or(""))));
        let number_text = carried(number.as_deref().unwrap_or(""));
        prop_assert_eq!(&elements[3].text, &number_text);
        prop_assert_eq!(doc.error().is_some(), number_text.trim().is_empty());
    }

    #[test]
    fn fragments_splice_in_place(numbers in prop::collection::vec(hostile(), 0..6), extra in prop::option::of(hostile()), sip in hostile()) {
        // Fragments made from run-time values, spliced one by one, as a `Vec`, as an `Option`
        // and collected from an iterator: each lands where it is spliced, escaped once.
        let first: Fragment<cxml::reference::voice::Dial> = cxml!(in Dial: Sip({&sip}));
        let many: Vec<Fragment<cxml::reference::voice::Dial>> =
            numbers.iter().map(|n| cxml!(in Dial: Number({n}))).collect();
        let maybe = extra.as_ref().map(|n| cxml!(in Dial: Number(sendDigits = {n}) < "+1" >));
        let collected: Fragment<cxml::reference::voice::Dial> =
            numbers.iter().map(|n| cxml!(in Dial: Number({n}))).collect();
        let doc = cxml! {
            Response < Dial < {first} {many} {maybe} {collected} > >
        };
        let elements = read_both(&doc);
        let mut expected = vec![
            Seen { name: "Response".into(), attributes: vec![], text: String::new() },
            Seen { name: "Dial".into(), attributes: vec![], text: String::new() },
            Seen { name: "Sip".into(), attributes: vec![], text: carried(&sip) },
        ];
        let number = |text: &str| Seen { name: "Number".into(), attributes: vec![], text: carried(text) };
        expected.extend(numbers.iter().map(|n| number(n)));
        if let Some(digits) = &extra {
            expected.push(Seen { name: "Number".into(), attributes: attrs(&[("sendDigits", &carried(digits))]), text: "+1".into() });
        }
        expected.extend(numbers.iter().map(|n| number(n)));
        prop_assert_eq!(elements, expected);
    }

    #[test]
    fn documents_checked_as_read_are_the_documents_the_walk_accepts(
        channel in channel(),
        choices in prop::collection::vec(any::<u16>(), 1..64),
        texts in prop::collection::vec(hostile(), 1..4),
        twilio in any::<bool>(),
    ) {
        // The quick path checks the rules as it reads; the walk checks the careful reader's tree.
        // They accept the same documents with the same entries, and the quick path vouches for
        // every valid voice document (`readers_agree` says which way they differ).
        let xml = schema_document(channel, &choices, &texts);
        let platform = if twilio { schema::Platform::Twilio } else { schema::Platform::SignalWire };
        let options = cxml::ParseOptions::default().with_platform(platform);
        let agreed = cxml::__private::readers_agree(&xml, &options);
        prop_assert!(agreed.is_ok(), "{xml}\n{}", agreed.unwrap_err());
    }

    #[test]
    fn accepted_documents_render_and_parse_back_to_themselves(
        channel in channel(),
        choices in prop::collection::vec(any::<u16>(), 1..64),
        texts in prop::collection::vec(hostile(), 1..4),
    ) {
        // What the reader accepts, rendered, reads back to the same tree, and renders the same.
        let xml = schema_document(channel, &choices, &texts);
        if let Ok(document) = cxml::parse(&xml) {
            let rendered = document.to_string();
            let again = cxml::parse(&rendered);
            prop_assert!(again.is_ok(), "{rendered}\n{:?}", again.err().map(|e| e.to_string()));
            let again = again.unwrap();
            prop_assert_eq!(&again, &document);
            prop_assert_eq!(again.to_string(), rendered);
        }
    }
}
