//! What each fuzz target asserts, shared with `cxml-integration/tests/fuzz_regressions.rs`, which replays the
//! checked-in corpus under the normal `cargo test`.

/// `cxml::parse` never panics, what it accepts renders back to a document that parses to the
/// same tree, and its quick path reads nothing differently from the careful reader.
pub fn parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(difference) = cxml::__private::readers_agree(text, &cxml::ParseOptions::default()) {
        panic!("the readers disagree on {text:?}: {difference}");
    }
    if let Ok(document) = cxml::parse(text) {
        let rendered = document.to_string();
        let again = cxml::parse(&rendered).expect("a rendered document parses");
        assert_eq!(again, document, "round trip changed the document");
    }
}

/// The signature functions never panic on any input, and a signature made by `sign_form`
/// verifies.
pub fn signature(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\n');
    let key = parts.next().unwrap_or_default();
    let url = parts.next().unwrap_or_default();
    let signature = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let params: Vec<(&str, &str)> = rest
        .iter()
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .collect();
    let _ = cxml::webhook::verify_form(key, url, &params, signature);
    let _ = cxml::webhook::verify_json(key, url, data, signature);
    if !key.is_empty() {
        let made = cxml::webhook::sign_form(key, url, &params);
        assert!(cxml::webhook::verify_form(key, url, &params, &made));
    }
}
