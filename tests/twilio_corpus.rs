//! The TwiML documents that Twilio's helper libraries' tests expect their builders to write
//! (transcribed by scripts/twilio_corpus.py into tests/fixtures/twilio-corpus), read with the
//! Twilio platform: each reads, and renders the same document. The builders also test what they
//! can write that is not TwiML (elements of the caller's own, text beside verbs, a misspelt
//! attribute, an empty `<Redirect>`): those are refused, each for its reason, listed here.
//! `tests/twiml_corpus_compiled.rs` writes the accepted ones with `twiml!`.
#![cfg(feature = "twilio")]

use cxml::schema::Platform;
use cxml::{ParseOptions, parse_with};

mod corpus_support;
use corpus_support::normalize;

/// Documents the builders' tests write that are not TwiML, with a part of the first message.
const NOT_TWIML: &[(&str, &str)] = &[
    // Builders' generic features: elements and text of the caller's own.
    ("node-MessagingResponse-005", "unknown element `Ninja`"),
    (
        "node-MessagingResponse-006",
        "holds either text or child elements",
    ),
    ("node-MessagingResponse-007", "`<Response>` holds no text"),
    ("node-VoiceResponse-020", "`<Response>` holds no text"),
    (
        "node-VoiceResponse-022",
        "holds either text or child elements",
    ),
    ("python-messaging_response-004", "unknown element `message`"),
    (
        "python-messaging_response-005",
        "`<Response>` holds no text",
    ),
    (
        "python-messaging_response-007",
        "`<Body>` is not allowed inside `<Response>`",
    ),
    (
        "python-messaging_response-008",
        "`<Body>` is not allowed inside `<Response>`",
    ),
    (
        "python-messaging_response-010",
        "`<Response>` holds no text",
    ),
    (
        "python-messaging_response-011",
        "`<Response>` holds no text",
    ),
    ("python-voice_response-050", "`<Response>` holds no text"),
    ("python-voice_response-051", "unknown element `alexa`"),
    // Arbitrary attributes and text passed through the builders.
    (
        "node-VoiceResponse-013",
        "`<Say>` has no attribute `lagnauge`",
    ),
    (
        "node-VoiceResponse-017",
        "`<Number>` has no attribute `statusCallbackEvents`",
    ),
    ("node-VoiceResponse-019", "`<Hangup>` holds no text"),
    (
        "node-VoiceResponse-023",
        "`<say-as>` has no attribute `role`",
    ),
    // Text beside `<Media>`: Twilio's pages put the text in `<Body>` then.
    (
        "python-messaging_response-003",
        "holds either text or child elements",
    ),
    // Empty verbs whose text (the URL, the message) Twilio's pages require.
    ("python-voice_response-019", "`<Redirect>` needs text"),
    ("python-voice_response-025", "`<Sms>` needs text"),
];

#[test]
fn every_document_reads_and_renders_the_same_or_is_refused_for_its_reason() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/twilio-corpus");
    let options = ParseOptions::default().with_platform(Platform::Twilio);
    let (mut accepted, mut refused) = (0, 0);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus")
        .map(|entry| entry.expect("entry").path())
        .collect();
    paths.sort();
    for path in &paths {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("a name");
        let text = std::fs::read_to_string(path).expect("a document");
        let result = parse_with(&text, &options);
        match NOT_TWIML.iter().find(|(refused, _)| *refused == name) {
            Some((_, reason)) => {
                let error = result.expect_err(name);
                let first = &error.problems()[0].message;
                assert!(first.contains(reason), "{name}: {first}");
                refused += 1;
            }
            None => {
                let document = result.unwrap_or_else(|error| panic!("{name}: {error}"));
                assert_eq!(document.platform(), Platform::Twilio);
                assert_eq!(normalize(&document.render()), normalize(&text), "{name}");
                accepted += 1;
            }
        }
    }
    assert_eq!(refused, NOT_TWIML.len());
    assert_eq!(accepted + refused, paths.len());
    assert!(accepted >= 90, "{accepted}");
}
