//! The quick path and the careful reader build the same tree from whatever the quick path
//! accepts: over the fixtures, the invalid corpus, hand-written edge cases of every construct
//! the quick path reads, every prefix, random edits drawn from XML's special characters, and
//! tight limits. The tests also check that the quick path takes the common documents, so that
//! agreement is not reached by giving up on everything.

use super::{ParseOptions, readers_agree};

const FIXTURES: [&str; 5] = [
    include_str!("../../tests/fixtures/voice_ivr.xml"),
    include_str!("../../tests/fixtures/voice_dial.xml"),
    include_str!("../../tests/fixtures/voice_ssml.xml"),
    include_str!("../../tests/fixtures/messaging.xml"),
    include_str!("../../tests/fixtures/fax.xml"),
];

/// The invalid corpus, one document a block.
fn invalid_documents() -> Vec<&'static str> {
    include_str!("../../tests/invalid/documents.xml")
        .split("\n====\n")
        .map(str::trim)
        .filter(|block| !block.is_empty())
        .collect()
}

/// Markup the quick path reads, or must hand over, each inside a valid document.
const EDGE_CASES: [&str; 76] = [
    r#"<Say voice="alice">Hi</Say>"#,
    r#"<Say voice='alice'>Hi</Say>"#,
    r#"<Say voice = "alice" >Hi</Say >"#,
    r#"<Say	voice="alice"
        loop="2">Hi</Say>"#,
    r#"<Say voice="a>b">x</Say>"#,
    r#"<Say voice="a'b">x</Say>"#,
    r#"<Say voice='a"b'>x</Say>"#,
    r#"<Say voice="alice"loop="2">x</Say>"#,
    r#"<Say voice=alice>x</Say>"#,
    r#"<Say voice>x</Say>"#,
    r#"<Say ="x">x</Say>"#,
    r#"<Say v"oice="x">x</Say>"#,
    r#"<Say/ >"#,
    r#"<Say/x>"#,
    r#"<Hangup/>"#,
    r#"<Hangup />"#,
    r#"<Hangup/><Hangup></Hangup>"#,
    r#"<Say>a &amp; b &lt; c &gt; d &quot; e &apos; f</Say>"#,
    r#"<Say>&#65;&#x42;&#x1F600;</Say>"#,
    r#"<Say>&#0;</Say>"#,
    r#"<Say>&nbsp;</Say>"#,
    r#"<Say>a & b</Say>"#,
    r#"<Say>a &amp b</Say>"#,
    r#"<Say>&amp;</Say>"#,
    r#"<Say>x<!-- a - b -->y</Say>"#,
    r#"<Say>x<!---->y</Say>"#,
    r#"<Say>x<!-- a -- b -->y</Say>"#,
    r#"<Say>x<!-- a --->y</Say>"#,
    r#"<Say>x<!--->y-->z</Say>"#,
    r#"<Say>x<![CDATA[a < b & c]]>y</Say>"#,
    r#"<Say>x<![CDATA[]]>y</Say>"#,
    r#"<Say>x<![cdata[a]]>y</Say>"#,
    r#"<Say>x<!DOCTYPE y>z</Say>"#,
    r#"<Say>x<?pi y?>z</Say>"#,
    "<Say>a\r\nb\rc</Say>",
    "<Say>a\u{1}b</Say>",
    "<Say>a\u{FFFE}b</Say>",
    "<Say>é ü 😀</Say>",
    r#"<Say voice="a&amp;b&#10;c	d">x</Say>"#,
    r#"<Say voice="a<b">x</Say>"#,
    "<Say voice=\"a\tb\">x</Say>",
    "<Say voice=\"a\nb\">x</Say>",
    "<Say voice=\"a\r\nb\">x</Say>",
    "<Say voice=\"a\u{FFFE}b\">x</Say>",
    r#"<Say voice="a&b">x</Say>"#,
    r#"<Say voice="alice" voice="man">x</Say>"#,
    r#"<Say>x</Sayy>"#,
    r#"<Say>x</Say"#,
    r#"<Say>x</>"#,
    r#"<Sa<y>x</Sa<y>"#,
    r#"<Play>https://example.com/a.mp3?x=1&amp;y=2</Play><Pause length="2"/>"#,
    r#"<Gather input="dtmf speech" numDigits="1"><Say>Press 1</Say></Gather>"#,
    // Layout, which the quick path skips unread before a child and after the last one.
    "\r\n  <Say>Hi</Say>\r\n  <Hangup/>\r\n",
    "<Gather>\r\n\t<Say>a</Say>\r\n\t</Gather>",
    "<Say>  </Say><Say>\r\n</Say>",
    "<Say>\r\n  <!-- c -->\r\n  Hi</Say>",
    "<Gather>\n  <Say>a</Say>\n  &amp;</Gather>",
    "<Gather>\n  <Say>a</Say> \u{A0} </Gather>",
    "<Say>\r\n  <![CDATA[ ]]>\r\n</Say>",
    "<Say voice=\"a&amp;b\r\nc\" loop=\"1\r\">x &amp;\r\ny\ry</Say>",
    "<Say voice=\"a\rb&amp;c\">x\r</Say>\r\n<Play>a</Play>\r",
    "<Dial>\r\n  <Number statusCallback=\"https://a.example/s?a=1&amp;b=2&amp;c=3\"\r\n    statusCallbackEvent=\"initiated ringing\">+15550100</Number>\r\n</Dial>",
    // A run of text whose references are resolved in one go, and runs where a later reference
    // is not predefined (then the pieces are taken one by one).
    r#"<Say>a &amp; b &lt;&gt;&quot;&apos; c&amp;</Say>"#,
    r#"<Say>a &amp; b &#65; c &amp;&lt; d</Say>"#,
    r#"<Say>x &amp; y &nbsp; z</Say>"#,
    r#"<Say>x &amp; y & z</Say>"#,
    r#"<Say>x &amp; y &amp</Say>"#,
    "<Say>x &amp;\ty\n&amp;z</Say><Play>a&amp;b</Play>",
    r#"<Gather><Say>a</Say>&amp; b</Gather>"#,
    // Values above ASCII in a document laid out on lines, where each value is looked at as its
    // end is found: kept as written when nothing else needs work, in the head of the value or
    // past it, before a reference or after one.
    "<Say voice=\"é\" language=\"fr-FR\">x</Say>\n",
    "<Say voice=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé\">x</Say>\n",
    "<Say voice=\"a&amp;é\">x</Say>\n<Say voice=\"é&amp;a\">y</Say>\n",
    "<Say voice=\"a&amp;b&amp;c&amp;d&amp;e&amp;é\tf\">x</Say>\n",
    "<Say voice=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u{FFFE}\">x</Say>\n",
    "<Say voice=\"é\u{FFFE}\">x</Say>\n<Say>é\u{FFFF}</Say>",
    "<Say voice=\"\u{1}\">x</Say>\n<Say>a &amp; é\u{1} b</Say>",
];

/// Inputs that are whole documents, or whose start or end is what is being tested.
const WHOLE: [&str; 12] = [
    r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#,
    "<?xml version=\"1.0\"?>\n<Response>\n  <Hangup/>\n</Response>\n",
    r#"<?xml?><Response/>"#,
    r#"<?xml-stylesheet href="a"?><Response/>"#,
    r#"<??><Response/>"#,
    "\u{FEFF}<Response/>",
    "<Response/> <!-- after -->\n",
    "<Response/>text",
    "text<Response/>",
    "<Response/><Response/>",
    "<Response>",
    "",
];

fn voice(body: &str) -> String {
    format!("<Response>{body}</Response>")
}

fn seeds() -> Vec<String> {
    let mut seeds: Vec<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    seeds.extend(invalid_documents().into_iter().map(str::to_string));
    seeds.extend(EDGE_CASES.iter().map(|body| voice(body)));
    seeds.extend(WHOLE.iter().map(|s| s.to_string()));
    seeds
}

/// Asserts agreement; returns whether the quick path read the input.
fn agree(input: &str, options: &ParseOptions) -> bool {
    match readers_agree(input, options) {
        Ok(quick) => quick,
        Err(difference) => panic!("{input:?}\n{difference}"),
    }
}

#[test]
fn the_quick_path_reads_the_common_documents() {
    let options = ParseOptions::default();
    for fixture in FIXTURES {
        assert!(agree(fixture, &options), "not on the quick path: {fixture}");
    }
    for body in &EDGE_CASES[..7] {
        assert!(
            agree(&voice(body), &options),
            "not on the quick path: {body}"
        );
    }
    for quick in [
        EDGE_CASES[14],
        EDGE_CASES[15],
        EDGE_CASES[17],
        EDGE_CASES[18],
        EDGE_CASES[24],
        EDGE_CASES[25],
        EDGE_CASES[29],
        EDGE_CASES[37],
        EDGE_CASES[38],
        EDGE_CASES[62],
        EDGE_CASES[63],
        EDGE_CASES[67],
    ] {
        assert!(
            agree(&voice(quick), &options),
            "not on the quick path: {quick}"
        );
    }
    for whole in &WHOLE[..3] {
        assert!(agree(whole, &options), "not on the quick path: {whole}");
    }
}

/// Valid documents of every channel, in every layout, are read and checked in one pass: the
/// careful reader and the walk are left for documents with a problem.
#[test]
fn valid_documents_of_every_channel_are_read_and_checked_in_one_pass() {
    use crate::schema::Channel;
    let options = ParseOptions::default();
    let channels = [
        Channel::Voice,
        Channel::Voice,
        Channel::Voice,
        Channel::Messaging,
        Channel::Fax,
    ];
    for (fixture, channel) in FIXTURES.iter().zip(channels) {
        for layout in [
            fixture.to_string(),
            fixture.replace('\n', "\r\n"),
            fixture.replace("  ", "\t"),
        ] {
            let checked = super::quick::read_checked(&layout, &options).ok();
            assert_eq!(
                checked.map(|document| document.channel),
                Some(channel),
                "not read and checked in one pass: {layout:?}"
            );
            assert!(agree(&layout, &options));
        }
    }
    // A document with a problem is left to the walk, which says what it is.
    for invalid in invalid_documents() {
        assert!(
            super::quick::read_checked(invalid, &options).is_err(),
            "{invalid}"
        );
    }
}

/// A value within sixteen bytes of the end of the input (the last `Pause` of a document, a
/// short one) has no head to look at in place: the quick path still reads it.
#[test]
fn the_quick_path_reads_values_near_the_end_of_the_input() {
    let options = ParseOptions::default();
    for (element, value) in [
        ("Pause", "1"),
        ("Pause", "12"),
        ("Hangup", ""),
        ("Reject", "busy"),
    ] {
        let attribute = match element {
            "Pause" => "length",
            "Reject" => "reason",
            _ => "",
        };
        let tag = if attribute.is_empty() {
            format!("<{element}/>")
        } else {
            format!("<{element} {attribute}=\"{value}\"/>")
        };
        for end in [
            "</Response>",
            "</Response>\n",
            "\n</Response>\n",
            "</Response>\r\n",
        ] {
            let input = format!("<Response><Say>Bye</Say>{tag}{end}");
            assert!(agree(&input, &options), "not on the quick path: {input:?}");
            // And with the value's quote and its tag's end as the input's last bytes.
            let cut = format!("<Response>{tag}");
            let _ = agree(&cut, &options);
        }
    }
}

#[test]
fn the_quick_path_reads_documents_laid_out_with_crlf_and_tabs() {
    let options = ParseOptions::default();
    for fixture in FIXTURES {
        for layout in [
            fixture.replace('\n', "\r\n"),
            fixture.replace("  ", "\t"),
            fixture.replace("  ", "    ").replace('\n', "\r\n"),
        ] {
            assert!(
                agree(&layout, &options),
                "not on the quick path: {layout:?}"
            );
        }
    }
}

#[test]
fn both_readers_build_the_same_tree_from_every_seed_and_prefix() {
    let options = ParseOptions::default();
    let mut quick = 0;
    let mut total = 0;
    for seed in seeds() {
        for end in (0..=seed.len()).filter(|end| seed.is_char_boundary(*end)) {
            total += 1;
            quick += usize::from(agree(&seed[..end], &options));
        }
    }
    // Every seed that reads without problems is on the quick path, so some prefixes are too.
    assert!(quick > 20, "{quick} of {total} on the quick path");
}

#[test]
fn both_readers_build_the_same_tree_after_random_edits() {
    let options = ParseOptions::default();
    let alphabet = b"<>/&;=\"' !?-[]#x0aSayResponseCDAT\n\t\r";
    let mut random = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        random
    };
    let (mut quick, mut total) = (0, 0);
    for seed in seeds() {
        for _ in 0..300 {
            let mut bytes = seed.as_bytes().to_vec();
            for _ in 0..(next() % 3 + 1) {
                let with = alphabet[(next() as usize) % alphabet.len()];
                let at = (next() as usize) % (bytes.len() + 1);
                match next() % 3 {
                    0 if at < bytes.len() => bytes[at] = with,
                    1 if at < bytes.len() => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, with),
                }
            }
            if let Ok(text) = String::from_utf8(bytes) {
                total += 1;
                quick += usize::from(agree(&text, &options));
            }
        }
    }
    assert!(quick * 20 > total, "{quick} of {total} on the quick path");
}

#[test]
fn both_readers_stop_at_the_same_limits() {
    let body = r#"<Gather action="/a" method="POST" numDigits="1"><Say voice="alice">Hi<break time="1s"/></Say></Gather><Hangup/>"#;
    let input = voice(body);
    for limit in 0..6 {
        for options in [
            ParseOptions::default().with_max_depth(limit),
            ParseOptions::default().with_max_elements(limit),
            ParseOptions::default().with_max_attributes(limit),
            ParseOptions::default().with_max_problems(limit),
        ] {
            agree(&input, &options);
        }
    }
    // A limit the document reaches sends it to the careful reader, which reports it.
    assert!(!agree(
        &input,
        &ParseOptions::default().with_max_attributes(2)
    ));
    assert!(agree(
        &input,
        &ParseOptions::default().with_max_attributes(3)
    ));
}
