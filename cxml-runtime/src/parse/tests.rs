//! The reader against every rule, the XML-level refusals and the limits.

use super::*;
use crate::document::Node;
use crate::schema::{self, Channel, ElementId, Violation, ids};

/// The problems of a document that must not parse.
fn problems(input: &str) -> Vec<Problem> {
    match parse(input) {
        Ok(doc) => panic!("expected problems, parsed {doc}"),
        Err(error) => error.into_problems(),
    }
}

/// The only problem of a document that must not parse.
fn only_problem(input: &str) -> Problem {
    let mut problems = problems(input);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.remove(0)
}

fn spec(id: ElementId) -> &'static schema::ElementSpec {
    id.spec()
}

fn voice(body: &str) -> String {
    format!("<Response>{body}</Response>")
}

/// Asserts the problem is exactly this violation, with the violation's own wording.
fn assert_violation(problem: &Problem, expected: Violation) {
    assert_eq!(problem.message, expected.to_string());
    assert_eq!(problem.violation.as_ref(), Some(&expected));
}

#[test]
fn unknown_element_names_a_suggestion_and_the_allowed_children() {
    let problem = only_problem(&voice("<Sayy>Hi</Sayy>"));
    let expected = spec(ids::VOICE_RESPONSE).check_child("Sayy").unwrap_err();
    assert!(
        problem
            .message
            .starts_with("unknown element `Sayy`; did you mean `Say`?"),
        "{}",
        problem.message
    );
    assert_violation(&problem, expected);
    assert_eq!(problem.path, "Response > Sayy");
    assert_eq!((problem.line, problem.column), (1, 11));
}

#[test]
fn element_in_the_wrong_parent() {
    let problem = only_problem(&voice("<Dial><Play>https://a.example/x.mp3</Play></Dial>"));
    assert_violation(
        &problem,
        spec(ids::VOICE_DIAL).check_child("Play").unwrap_err(),
    );
    assert!(
        problem
            .message
            .starts_with("`<Play>` is not allowed inside `<Dial>`")
    );
    assert_eq!(problem.path, "Response > Dial > Play");
}

#[test]
fn unknown_attribute_with_suggestion() {
    let problem = only_problem(&voice(r#"<Say lop="2">Hi</Say>"#));
    assert_violation(
        &problem,
        spec(ids::VOICE_SAY).check_attribute("lop").unwrap_err(),
    );
    assert!(problem.message.contains("did you mean `loop`?"));
    assert_eq!((problem.line, problem.column), (1, 16));
    assert_eq!(problem.path, "Response > Say");
}

#[test]
fn duplicate_attribute() {
    let problem = only_problem(&voice(r#"<Say loop="2" loop="3">Hi</Say>"#));
    assert_violation(
        &problem,
        Violation::DuplicateAttribute {
            element: spec(ids::VOICE_SAY),
            name: "loop".into(),
        },
    );
    assert_eq!(problem.column, 25);
}

#[test]
fn enum_value_outside_its_list() {
    let input = voice(r#"<Redirect method="FETCH">https://a.example/next</Redirect>"#);
    let problem = only_problem(&input);
    let redirect = spec(ids::VOICE_REDIRECT);
    let method = redirect.attribute("method").unwrap();
    assert_violation(&problem, redirect.check_value(method, "FETCH").unwrap_err());
    assert_eq!(
        problem.message,
        "invalid value `FETCH` for `method` on `<Redirect>`: expected one of `GET` or `POST`"
    );
    // The position is the value's.
    assert_eq!(problem.column, input.find("FETCH").unwrap() + 1);
}

#[test]
fn number_out_of_range_and_of_the_wrong_type() {
    let problems = problems(&voice(
        r#"<Dial timeout="700"><Number>+15550100</Number></Dial><Dial timeout="soon"><Number>+15550100</Number></Dial>"#,
    ));
    assert_eq!(problems.len(), 2);
    assert_eq!(
        problems[0].message,
        "value `700` for `timeout` on `<Dial>` is above the maximum 600"
    );
    assert_eq!(
        problems[1].message,
        "invalid value `soon` for `timeout` on `<Dial>`: expected an integer"
    );
}

#[test]
fn missing_required_attribute() {
    let problem = only_problem(&voice("<Start><Stream/></Start>"));
    let stream = spec(ids::VOICE_START).check_child("Stream").unwrap().spec();
    let expected = stream.missing_attributes(&[]).next().unwrap();
    assert_violation(&problem, expected);
    assert!(
        problem
            .message
            .starts_with("`<Stream>` requires the attribute `url`")
    );
    assert_eq!(problem.path, "Response > Start > Stream");
}

#[test]
fn text_rules() {
    let problem = only_problem(&voice("<Hangup>now</Hangup>"));
    assert_violation(
        &problem,
        Violation::TextNotAllowed {
            element: spec(ids::VOICE_HANGUP),
        },
    );
    assert_eq!(problem.path, "Response > Hangup");
    assert_eq!(problem.column, 19);

    let problem = only_problem(&voice("<Say/>"));
    assert_violation(
        &problem,
        Violation::TextRequired {
            element: spec(ids::VOICE_SAY),
        },
    );
    assert!(parse(&voice(r#"<Play digits="1234"/>"#)).is_ok());

    let problem = only_problem(&voice("<Denoise>maybe</Denoise>"));
    assert!(
        problem
            .message
            .starts_with("invalid text `maybe` for `<Denoise>`: expected `on` or `off`"),
        "{}",
        problem.message
    );
}

#[test]
fn whitespace_is_not_text() {
    let doc = parse("<Response>\n  <Hangup>\n  </Hangup>\n</Response>\n").unwrap();
    let children: Vec<Node<'_>> = doc.root().children().collect();
    let [Node::Element(hangup)] = children.as_slice() else {
        panic!("{children:?}");
    };
    assert_eq!(hangup.id(), ids::VOICE_HANGUP);
    assert!(hangup.attributes().is_empty() && hangup.is_empty());
}

#[test]
fn child_counts() {
    let two_sips =
        voice(r#"<Refer><Sip>sip:a@example.com</Sip><Sip>sip:b@example.com</Sip></Refer>"#);
    let problem = only_problem(&two_sips);
    assert!(problem.message.contains("at most 1"), "{}", problem.message);
    // Points at the child over the maximum.
    assert_eq!(problem.column, two_sips.rfind("<Sip>").unwrap() + 1);

    let problem = only_problem(&voice("<Refer/>"));
    assert!(
        problem
            .message
            .starts_with("`<Refer>` needs at least 1 child element")
    );

    let mixed = voice("<Dial><Sip>sip:a@example.com</Sip><Number>+15550100</Number></Dial>");
    let problem = only_problem(&mixed);
    assert_eq!(
        problem.message,
        "a `<Dial>` with `<Sip>` holds no other noun; found `<Number>`"
    );
    assert_eq!(problem.path, "Response > Dial > Number");

    let numbers = "<Number>+15550100</Number>".repeat(11);
    let problem = only_problem(&voice(&format!("<Dial>{numbers}</Dial>")));
    assert_eq!(
        problem.message,
        "`<Dial>` holds at most 10 `<Number>`, found 11"
    );
}

#[test]
fn channels_do_not_mix() {
    let input = voice("<Say>Hi</Say><Message>Hello</Message>");
    let problem = only_problem(&input);
    let mut inference = schema::ChannelInference::default();
    inference.add_verb("Say").unwrap();
    assert_violation(&problem, inference.add_verb("Message").unwrap_err());
    assert_eq!(problem.path, "Response > Message");

    assert_eq!(
        parse(&voice("<Message>Hi</Message>")).unwrap().channel,
        Channel::Messaging
    );
    assert_eq!(parse(&voice("<Receive/>")).unwrap().channel, Channel::Fax);
    assert_eq!(parse(&voice("")).unwrap().channel, Channel::Voice);
}

#[test]
fn document_element_rules() {
    assert_violation(
        &only_problem("<Respons/>"),
        Violation::RootNotResponse {
            name: "Respons".into(),
        },
    );
    let problem = only_problem("<Response/><Response/>");
    assert_violation(&problem, Violation::SecondRoot);
    assert_eq!(problem.column, 12);
    assert_violation(&only_problem("<!-- nothing -->"), Violation::MissingRoot);
    assert_violation(&only_problem(""), Violation::MissingRoot);
    let problem = only_problem("<Response/>trailing");
    assert_eq!(
        problem.message,
        "text is not allowed outside the document element `Response`"
    );
}

#[test]
fn doctype_entities_and_processing_instructions_are_refused() {
    let problem = only_problem("<!DOCTYPE Response><Response/>");
    assert_eq!(
        problem.message,
        "a DOCTYPE is not allowed in a cXML document"
    );

    let laughs = r#"<!DOCTYPE r [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Response><Say>&b;</Say></Response>"#;
    let found = problems(laughs);
    assert!(
        found[0].message.contains("entity declarations"),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.message.starts_with("unknown entity `&b;`")),
        "{found:#?}"
    );

    let external = r#"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response><Say>&x;</Say></Response>"#;
    let found = problems(external);
    assert!(
        found
            .iter()
            .any(|p| p.message.starts_with("unknown entity `&x;`")),
        "{found:#?}"
    );

    let problem = only_problem(&voice(r#"<Say voice="&x;">Hi</Say>"#));
    assert!(problem.message.starts_with("unknown entity `&x;`"));

    let problem = only_problem(&voice("<?php echo 1 ?>"));
    assert_eq!(
        problem.message,
        "processing instructions are not allowed in a cXML document"
    );

    let problem = only_problem(r#"<Response/><?xml version="1.0"?>"#);
    assert!(
        problem
            .message
            .starts_with("the XML declaration may only stand")
    );
    assert!(parse(r#"<?xml version="1.0" encoding="UTF-8"?><Response/>"#).is_ok());
}

#[test]
fn malformed_xml_is_a_problem_not_a_panic() {
    for input in [
        "<Response>",
        "<Response><Say>Hi</Response>",
        "<Response></Say></Response>",
        "<Response><Say voice=alice>Hi</Say></Response>",
        "<Response><Say>a & b</Say></Response>",
        "<Response><!-- a -- b --></Response>",
        "<Response",
        "</Response>",
        "<Response><Say>\u{1}</Say></Response>",
        "<Response><Say voice=\"<\">Hi</Say></Response>",
        "<Response><Say>&#0;</Say></Response>",
    ] {
        let error = parse(input).unwrap_err();
        assert!(!error.problems().is_empty(), "{input}");
    }
    let problem = only_problem("<Response>\n<Say>Hi</Response>");
    assert!(
        problem.message.starts_with("malformed XML"),
        "{}",
        problem.message
    );
    assert_eq!(problem.line, 2);
}

#[test]
fn limits_stop_the_reader() {
    let small = ParseOptions {
        max_input_bytes: 10,
        ..ParseOptions::default()
    };
    let problem = &parse_with("<Response/>", &small)
        .unwrap_err()
        .into_problems()[0];
    assert_eq!(problem.message, "the input is 11 bytes; the limit is 10");

    // Deep nesting stops at the limit, however deep the input goes.
    let deep = format!("<Response>{}", "<Say>".repeat(100_000));
    let problem = &parse(&deep).unwrap_err().into_problems()[0];
    assert_eq!(problem.message, "elements nest deeper than 32 levels");

    let many = ParseOptions {
        max_elements: 3,
        ..ParseOptions::default()
    };
    let error = parse_with(&voice("<Hangup/><Hangup/><Hangup/>"), &many).unwrap_err();
    assert_eq!(
        error.problems()[0].message,
        "the document has more than 3 elements"
    );

    let few_attributes = ParseOptions {
        max_attributes: 1,
        ..ParseOptions::default()
    };
    let error = parse_with(
        &voice(r#"<Say voice="a" loop="1">x</Say>"#),
        &few_attributes,
    )
    .unwrap_err();
    assert_eq!(
        error.problems()[0].message,
        "an element has more than 1 attributes"
    );

    let few_problems = ParseOptions {
        max_problems: 2,
        ..ParseOptions::default()
    };
    let error = parse_with(&voice(&"<Foo/>".repeat(5)), &few_problems).unwrap_err();
    assert_eq!(error.problems().len(), 3);
    assert_eq!(error.problems()[2].message, "3 more problems not shown");
}

#[test]
fn every_problem_is_reported_in_document_order() {
    let input = "<Response>\n  <Say lop=\"2\">Hi</Say>\n  <Hangup>x</Hangup>\n  <Dial timeout=\"1\"><Number>+1</Number></Dial>\n  <Pause length=\"x\"/>\n</Response>";
    let error = parse(input).unwrap_err();
    let lines: Vec<usize> = error.problems().iter().map(|p| p.line).collect();
    assert_eq!(lines, [2, 3, 4, 5]);
    let rendered = error.to_string();
    assert_eq!(rendered.lines().count(), 4);
    assert!(
        rendered.starts_with("2:8: `<Say>` has no attribute `lop`"),
        "{rendered}"
    );
}

#[test]
fn columns_count_characters() {
    let problem = only_problem("<Response><Say voice=\"é\">€€</Say><Hangup>x</Hangup></Response>");
    assert_eq!(problem.column, 42);
}

#[test]
fn text_cdata_and_references_merge() {
    let xml = voice("<Say>a &amp; b<![CDATA[ <c> ]]>&#x44;&#69;&lt;&gt;&apos;&quot;</Say>");
    let doc = parse(&xml).unwrap();
    let say = doc.root().elements().next().unwrap();
    assert_eq!(
        say.children().collect::<Vec<_>>(),
        [Node::Text("a & b <c> DE<>'\"")]
    );
}

#[test]
fn attribute_values_are_unescaped_and_normalized() {
    let xml = voice("<Say voice=\"a&#10;b\tc&quot;\">x</Say>");
    let doc = parse(&xml).unwrap();
    let say = doc.root().elements().next().unwrap();
    assert_eq!(say.attribute("voice"), Some("a\nb c\""));
    let text = doc.to_string();
    assert!(text.contains(r#"voice="a&#10;b c&quot;""#), "{text}");
}

#[test]
fn line_ends_are_normalized_and_carriage_returns_survive_as_references() {
    let doc = parse("<Response><Say>a\r\nb&#13;c</Say></Response>").unwrap();
    assert_eq!(doc.root().elements().next().unwrap().text(), "a\nb\rc");
    assert_eq!(parse(&doc.to_string()), Ok(doc));
}

#[test]
fn renders_compactly_and_round_trips() {
    let input = r#"<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Gather input="dtmf speech" action="/next?a=1&amp;b=2" numDigits="1">
    <Say voice="alice" loop="2">Press 1 &amp; <emphasis level="strong">wait</emphasis>.</Say>
  </Gather>
  <Dial><Number sendDigits="ww1">+15550100</Number></Dial>
  <Hangup></Hangup>
</Response>
"#;
    let doc = parse(input).unwrap();
    let text = doc.to_string();
    assert_eq!(
        text,
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Response>"#,
            r#"<Gather input="dtmf speech" action="/next?a=1&amp;b=2" numDigits="1">"#,
            r#"<Say voice="alice" loop="2">Press 1 &amp; <emphasis level="strong">wait</emphasis>.</Say>"#,
            r#"</Gather><Dial><Number sendDigits="ww1">+15550100</Number></Dial><Hangup/></Response>"#
        )
    );
    assert_eq!(parse(&text), Ok(doc));
}

#[test]
fn keeps_the_table_names_of_attributes_in_order() {
    let xml = voice(r#"<Say loop="1" voice="man" xml:lang="en-US">x</Say>"#);
    let doc = parse(&xml);
    let problems = doc.err().map(ParseError::into_problems).unwrap_or_default();
    // `xml:lang` is not a `Say` attribute: the message is the macro's.
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message,
        spec(ids::VOICE_SAY)
            .check_attribute("xml:lang")
            .unwrap_err()
            .to_string()
    );
    let xml = voice(r#"<Say loop="1" voice="man">x</Say>"#);
    let doc = parse(&xml).unwrap();
    let names: Vec<&str> = doc
        .root()
        .elements()
        .next()
        .unwrap()
        .attributes()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, ["loop", "voice"]);
}

#[test]
fn placeholders_pass_type_checks_as_in_the_macro() {
    assert!(
        parse(&voice(
            r#"<Dial timeout="{{Timeout}}"><Number>{{To}}</Number></Dial>"#
        ))
        .is_ok()
    );
}

/// A small deterministic generator, for inputs nobody wrote by hand.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn no_input_panics() {
    let sample = r#"<?xml version="1.0"?><Response><Gather action="/a"><Say voice="alice">Hi &amp; <break time="1s"/> there</Say></Gather><Dial timeout="10"><Number>+1</Number><Sip>sip:a@b</Sip></Dial><!-- c --><![CDATA[x]]></Response>"#;
    // Every prefix.
    for end in (0..=sample.len()).filter(|end| sample.is_char_boundary(*end)) {
        let _ = parse(&sample[..end]);
    }
    // Random byte edits drawn from XML's special characters.
    let alphabet = b"<>/&;=\"' !?-[]#x0aSayResponse\n\t\r";
    let mut random = Lcg(7);
    for _ in 0..3000 {
        let mut bytes = sample.as_bytes().to_vec();
        for _ in 0..(random.next() % 4 + 1) {
            let at = (random.next() as usize) % bytes.len();
            let with = alphabet[(random.next() as usize) % alphabet.len()];
            match random.next() % 3 {
                0 => bytes[at] = with,
                1 => bytes.insert(at, with),
                _ => {
                    bytes.remove(at);
                }
            }
        }
        if let Ok(text) = String::from_utf8(bytes)
            && let Ok(doc) = parse(&text)
        {
            assert_eq!(parse(&doc.to_string()), Ok(doc), "{text}");
        }
    }
}

#[test]
fn into_owned_keeps_the_tree() {
    let xml = voice(
        r#"<Say voice="a&amp;b">x &lt; y<break time="1s"/>z</Say><Dial timeout="5"><Number>+15550100</Number></Dial>"#,
    );
    let doc = parse(&xml).unwrap();
    let owned = doc.clone().into_owned();
    assert_eq!(owned, doc);
    assert_eq!(owned.to_string(), doc.to_string());
}

#[test]
fn a_parent_forbids_an_attribute_of_its_child() {
    let problem = only_problem(&voice(
        r#"<Gather><Play digits="ww1"></Play></Gather><Play digits="ww2"></Play>"#,
    ));
    assert_violation(
        &problem,
        spec(ids::VOICE_GATHER)
            .check_child_attribute(ids::VOICE_PLAY, "digits")
            .unwrap_err(),
    );
    assert_eq!(problem.path, "Response > Gather > Play");
    assert_eq!((problem.line, problem.column), (1, 25));
}

#[test]
fn signed_and_upper_case_character_references_are_refused_in_text_and_attributes() {
    for reference in ["&#x+41;", "&#+65;", "&#X41;"] {
        let text = parse(&voice(&format!("<Say>{reference}</Say>"))).unwrap_err();
        assert!(
            text.problems()[0]
                .message
                .contains("invalid character reference"),
            "{text}"
        );
        let attribute = parse(&voice(&format!("<Say voice=\"{reference}\">x</Say>"))).unwrap_err();
        assert!(
            attribute.problems()[0]
                .message
                .contains("invalid character reference"),
            "{attribute}"
        );
    }
    assert_eq!(
        parse(&voice("<Say>&#x41;&#65;</Say>")).unwrap().to_string(),
        parse(&voice("<Say>AA</Say>")).unwrap().to_string()
    );
}

/// A name resolves to the entry of its own parent however often, and after however many other
/// names, it was resolved before (the rule engine remembers recent lookups).
#[test]
fn repeated_names_resolve_under_each_parent() {
    let mut body = String::new();
    for _ in 0..3 {
        body.push_str(r#"<Dial><Sip>sip:a@example.com</Sip></Dial><Refer><Sip>sip:b@example.com</Sip></Refer>"#);
        // More distinct names than the engine remembers, between the repeats.
        body.push_str(r#"<Say>a</Say><Play>b</Play><Pause/><Hangup/><Redirect>c</Redirect><Leave/><Echo/><Reject/><Gather><Say>d</Say></Gather>"#);
    }
    let input = voice(&body);
    let doc = parse(&input).unwrap_or_else(|error| panic!("{error}"));
    let sips: Vec<&str> = doc
        .root()
        .elements()
        .filter(|verb| matches!(verb.name(), "Dial" | "Refer"))
        .map(|verb| {
            verb.elements()
                .next()
                .expect("a Sip")
                .spec()
                .expect("an entry")
                .id
        })
        .collect();
    assert_eq!(sips, ["voice.Sip@Dial", "voice.Sip@Refer"].repeat(3));
}

/// Text borrowed from the input and text assembled in the document's own buffer read the same,
/// and documents that say the same are equal however their texts are stored.
#[test]
fn texts_read_the_same_however_they_are_stored() {
    let assembled = voice("<Say>a &amp; b</Say><Play>x&#10;y</Play><Say>plain</Say>");
    let borrowed = voice("<Say><![CDATA[a & b]]></Say><Play>x\ny</Play><Say>plain</Say>");
    let (one, other) = (parse(&assembled).unwrap(), parse(&borrowed).unwrap());
    let texts = |doc: &Document<'_>| -> Vec<String> {
        doc.root().elements().map(|verb| verb.text()).collect()
    };
    assert_eq!(texts(&one), ["a & b", "x\ny", "plain"]);
    assert_eq!(texts(&other), texts(&one));
    assert_eq!(one, other);
    assert_ne!(
        one,
        parse(&voice(
            "<Say>a &amp; c</Say><Play>x&#10;y</Play><Say>plain</Say>"
        ))
        .unwrap()
    );
    let owned = other.clone().into_owned();
    assert_eq!(texts(&owned), texts(&one));
    assert_eq!(owned, one);
    assert_eq!(owned.to_string(), one.to_string());
}

/// A value that fits one attribute is still checked against every other (the rule engine
/// remembers values that fit, per attribute), and a value that does not fit is reported every
/// time it is written.
#[test]
fn repeated_values_are_checked_per_attribute() {
    let input = voice(concat!(
        r#"<Redirect method="POST">https://example.com/a</Redirect>"#,
        r#"<Redirect method="POST">https://example.com/b</Redirect>"#,
        r#"<Pause length="POST"/><Pause length="2"/><Pause length="POST"/>"#,
    ));
    let problems = problems(&input);
    let pause = spec(ids::VOICE_PAUSE);
    let length = pause.attribute("length").expect("`length` of `Pause`");
    let expected = pause.check_value(length, "POST").unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    for problem in &problems {
        assert_violation(problem, expected.clone());
    }
    assert!(problems[0].column < problems[1].column);
}
