//! Every vector of `tests/fixtures/signature-vectors.json` against `verify_form` / `verify_json`.

use cxml_webhook::{verify_form, verify_json};
use serde_json::Value;

/// The decoded parameters of a case, in submission order (an array value repeats its name).
fn params(case: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(map) = case["params"].as_object() {
        for (name, value) in map {
            match value {
                Value::Array(values) => {
                    for v in values {
                        out.push((name.clone(), v.as_str().unwrap().to_owned()));
                    }
                }
                v => out.push((name.clone(), v.as_str().unwrap().to_owned())),
            }
        }
    }
    out
}

fn check(case: &Value) -> bool {
    let token = case["token"].as_str().unwrap();
    let url = case["url"].as_str().unwrap();
    // A missing header is the empty string to these functions.
    let signature = case["signature"].as_str().unwrap_or("");
    let body = case["body"].as_str().unwrap_or("");
    match case["scheme"].as_str().unwrap() {
        "compat-form" => {
            let owned = params(case);
            let pairs: Vec<(&str, &str)> = owned
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            verify_form(token, url, &pairs, signature)
        }
        "compat-bodysha256" | "json-hex-sha1" | "json-hex-sha256" => {
            verify_json(token, url, body.as_bytes(), signature)
        }
        other => panic!("unknown scheme {other}"),
    }
}

#[test]
fn every_vector_gives_its_expected_result() {
    let text = include_str!("fixtures/signature-vectors.json");
    let fixture: Value = serde_json::from_str(text).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 19, "fixture lost cases: {}", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let expected = case["valid"].as_bool().unwrap();
        if check(case) != expected {
            failures.push(case["name"].as_str().unwrap().to_owned());
        }
    }
    assert!(failures.is_empty(), "vectors that disagree: {failures:?}");
}

#[test]
fn a_valid_form_vector_fails_with_any_single_change() {
    let text = include_str!("fixtures/signature-vectors.json");
    let fixture: Value = serde_json::from_str(text).unwrap();
    for case in fixture["cases"].as_array().unwrap() {
        if case["scheme"] != "compat-form" || case["valid"] != true {
            continue;
        }
        let name = case["name"].as_str().unwrap();
        let token = case["token"].as_str().unwrap();
        let url = case["url"].as_str().unwrap();
        let signature = case["signature"].as_str().unwrap();
        let owned = params(case);
        let pairs: Vec<(&str, &str)> = owned
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert!(verify_form(token, url, &pairs, signature), "{name}");
        assert!(
            !verify_form(&format!("{token}x"), url, &pairs, signature),
            "{name}: key"
        );
        assert!(
            !verify_form(token, &format!("{url}x"), &pairs, signature),
            "{name}: url"
        );
        let mut extra = pairs.clone();
        extra.push(("Injected", "1"));
        assert!(
            !verify_form(token, url, &extra, signature),
            "{name}: extra param"
        );
        let mut flipped = signature.to_owned().into_bytes();
        flipped[0] = if flipped[0] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        assert!(
            !verify_form(token, url, &pairs, &flipped),
            "{name}: signature"
        );
    }
}
