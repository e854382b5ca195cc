//! A property of `VerifySignatureLayer` and `SignedForm`: whatever an attacker does to a signed
//! request (another method, a body added, another or a second content type, the body re-encoded,
//! re-split or swapped for the signed bytes, the signature re-spelled, junk signatures in front),
//! a request that reaches a handler is read by `Form`, `Json`, `Bytes` and `SignedForm` as it was
//! signed:
//!
//! - a GET's parameters are those of the signed URL, and it has no body (a HEAD has none either,
//!   so axum's `Form`, which reads a HEAD's body, reads no parameters);
//! - a form's parameters have the signed sorted concatenation of names and values (what the
//!   signing scheme covers: a split of that text other than the signed one also passes, which is
//!   the scheme's own ambiguity, documented under "Security" in `cxml::webhook`), and the raw
//!   body decodes to exactly the parameters `Form` and `SignedForm` read;
//! - a JSON body is byte for byte the signed body.
//!
//! 256 cases; `PROPTEST_CASES=N` sets another count.

use std::sync::OnceLock;

use axum::Router;
use axum::body::Body;
use axum::routing::post;
use base64::Engine as _;
use bytes::Bytes;
use cxml::webhook::{SignedForm, VerifySignatureLayer, WebhookConfig, form_pairs, sign_form};
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use proptest::prelude::*;
use tower_service::Service;

const KEY: &str = "PSK_property_key";
const BASE: &str = "https://ivr.example.com";
const FORM: &str = "application/x-www-form-urlencoded";

type Pairs = Vec<(String, String)>;

/// What a handler read, as text the test compares, in a header so that a `HEAD` (whose answer
/// has no body) tells it too.
fn read_as(kind: &str, detail: String) -> [(&'static str, String); 1] {
    let text = format!("{kind}\n{detail}");
    [(
        "x-read",
        base64::engine::general_purpose::STANDARD.encode(text),
    )]
}

fn pairs_text(pairs: &Pairs) -> String {
    serde_json::to_string(pairs).unwrap()
}

/// One route per way of reading a request, each answering what it read.
fn app() -> Router {
    let form =
        |axum::Form(pairs): axum::Form<Pairs>| async move { read_as("form", pairs_text(&pairs)) };
    let signed =
        |SignedForm(pairs): SignedForm<Pairs>| async move { read_as("form", pairs_text(&pairs)) };
    let bytes = |body: Bytes| async move {
        read_as(
            "bytes",
            base64::engine::general_purpose::STANDARD.encode(&body),
        )
    };
    let json = |axum::Json(value): axum::Json<serde_json::Value>| async move {
        read_as("json", value.to_string())
    };
    Router::new()
        .route("/form", post(form).get(form))
        .route("/signed", post(signed).get(signed))
        .route("/bytes", post(bytes).get(bytes))
        .route("/json", post(json).get(json))
        .with_state(WebhookConfig::new(KEY, BASE))
        .layer(VerifySignatureLayer::new(WebhookConfig::new(KEY, BASE)))
}

#[derive(Debug, Clone)]
enum Signed {
    /// A form POST of these parameters.
    Form(Pairs),
    /// A GET whose query holds these parameters.
    Get(Pairs),
    /// A JSON POST of this body, signed with `bodySHA256`.
    Json(String),
}

#[derive(Debug, Clone)]
enum Tamper {
    None,
    Method(&'static str),
    ContentType(&'static str),
    SecondContentType(&'static str),
    AddBody(String),
    /// Every byte of the body percent-encoded.
    ReEncode,
    /// The body's parameters re-split at other boundaries of their sorted concatenation.
    ReSplit(Vec<usize>),
    /// The body swapped for the signed sorted concatenation.
    Concatenation,
    SignatureAsHex,
    JunkSignatures(usize),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9]{0,6}",
        "[a-zA-Z&=+%;# \u{e9}\u{20ac}\u{fffd}]{0,8}",
        any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ]
}

fn pairs() -> impl Strategy<Value = Pairs> {
    prop::collection::vec((text(), text()), 0..5)
}

fn signed() -> impl Strategy<Value = Signed> {
    prop_oneof![
        pairs().prop_map(Signed::Form),
        pairs().prop_map(Signed::Get),
        prop::collection::btree_map("[a-z]{1,4}", text(), 0..4)
            .prop_map(|map| { Signed::Json(serde_json::to_string(&map).unwrap()) }),
    ]
}

fn tamper() -> impl Strategy<Value = Tamper> {
    prop_oneof![
        Just(Tamper::None),
        prop_oneof![Just("GET"), Just("HEAD"), Just("POST"), Just("PUT")].prop_map(Tamper::Method),
        prop_oneof![
            Just(FORM),
            Just("application/x-www-form-urlencoded; charset=utf-8"),
            Just("APPLICATION/X-WWW-FORM-URLENCODED"),
            Just("application/x-www-form-urlencodedx"),
            Just("application/x-www-form-urlencoded, application/json"),
            Just("application/json"),
            Just("application/jsonx"),
            Just("text/plain"),
        ]
        .prop_map(Tamper::ContentType),
        prop_oneof![Just(FORM), Just("application/json")].prop_map(Tamper::SecondContentType),
        text().prop_map(Tamper::AddBody),
        Just(Tamper::ReEncode),
        prop::collection::vec(0usize..64, 0..6).prop_map(Tamper::ReSplit),
        Just(Tamper::Concatenation),
        Just(Tamper::SignatureAsHex),
        (1usize..8).prop_map(Tamper::JunkSignatures),
    ]
}

fn encode(pairs: &Pairs) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

fn sorted_concatenation(pairs: &Pairs) -> String {
    let mut sorted = pairs.clone();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    sorted.iter().map(|(n, v)| format!("{n}{v}")).collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The request as signed, then tampered with.
fn build(route: &str, signed: &Signed, tampers: &[Tamper]) -> Request<Body> {
    let (mut method, target, mut content_type, mut body, signature) = match signed {
        Signed::Form(pairs) => {
            let borrowed: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let signature = sign_form(KEY, &format!("{BASE}{route}"), &borrowed);
            (
                "POST",
                route.to_owned(),
                Some(FORM),
                encode(pairs),
                signature,
            )
        }
        Signed::Get(pairs) => {
            let target = format!("{route}?{}", encode(pairs));
            let signature = sign_form(KEY, &format!("{BASE}{target}"), &[]);
            ("GET", target, None, String::new(), signature)
        }
        Signed::Json(json) => {
            let target = format!("{route}?bodySHA256={}", sha256_hex(json.as_bytes()));
            let signature = sign_form(KEY, &format!("{BASE}{target}"), &[]);
            (
                "POST",
                target,
                Some("application/json"),
                json.clone(),
                signature,
            )
        }
    };
    let mut signatures = vec![signature];
    let mut second_type = None;
    for tamper in tampers {
        match tamper {
            Tamper::None => {}
            Tamper::Method(new) => method = new,
            Tamper::ContentType(new) => content_type = Some(new),
            Tamper::SecondContentType(new) => second_type = Some(*new),
            Tamper::AddBody(extra) => body.push_str(extra),
            Tamper::ReEncode => {
                body = body.bytes().map(|byte| format!("%{byte:02X}")).collect();
            }
            Tamper::ReSplit(cuts) => {
                if let Signed::Form(pairs) = signed {
                    let text = sorted_concatenation(pairs);
                    let mut bounds: Vec<usize> = cuts
                        .iter()
                        .map(|cut| cut % (text.len() + 1))
                        .filter(|&cut| text.is_char_boundary(cut))
                        .collect();
                    bounds.push(0);
                    bounds.push(text.len());
                    bounds.sort_unstable();
                    bounds.dedup();
                    let pieces: Vec<&str> = bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
                    let new: Pairs = pieces
                        .chunks(2)
                        .map(|chunk| (chunk[0].to_owned(), chunk.get(1).unwrap_or(&"").to_string()))
                        .collect();
                    body = encode(&new);
                }
            }
            Tamper::Concatenation => {
                if let Signed::Form(pairs) = signed {
                    body = sorted_concatenation(pairs);
                }
            }
            Tamper::SignatureAsHex => {
                let raw = base64::engine::general_purpose::STANDARD
                    .decode(&signatures[0])
                    .unwrap();
                signatures[0] = raw.iter().map(|b| format!("{b:02x}")).collect();
            }
            Tamper::JunkSignatures(count) => {
                for i in 0..*count {
                    signatures.insert(
                        0,
                        base64::engine::general_purpose::STANDARD.encode([i as u8; 20]),
                    );
                }
            }
        }
    }
    let mut builder = Request::builder().method(method).uri(target);
    if let Some(content_type) = content_type {
        builder = builder.header(header::CONTENT_TYPE, content_type);
    }
    if let Some(second) = second_type {
        builder = builder.header(header::CONTENT_TYPE, second);
    }
    for signature in signatures {
        builder = builder.header("X-SignalWire-Signature", signature);
    }
    builder.body(Body::from(body)).unwrap()
}

/// Checks what a handler read against what was signed.
fn check_read(
    route: &str,
    method: &http::Method,
    signed: &Signed,
    read: &str,
) -> Result<(), TestCaseError> {
    let (kind, detail) = read.split_once('\n').unwrap();
    match (signed, kind) {
        (Signed::Get(pairs), "form") => {
            let read: Pairs = serde_json::from_str(detail).unwrap();
            if method == http::Method::GET {
                prop_assert_eq!(&read, pairs, "{}", route);
            } else {
                // Sent another way, the same signature covers the URL and no body parameters:
                // a handler reads the signed query (`SignedForm` does for a HEAD) or a body
                // with none (axum's `Form` reads the body of anything but a GET).
                prop_assert!(
                    read.is_empty() || &read == pairs,
                    "{} {} read {:?}",
                    method,
                    route,
                    read
                );
            }
        }
        (Signed::Get(_), "bytes") => prop_assert_eq!(detail, ""),
        (Signed::Form(pairs), "form") => {
            let read: Pairs = serde_json::from_str(detail).unwrap();
            prop_assert_eq!(sorted_concatenation(&read), sorted_concatenation(pairs));
        }
        (Signed::Form(pairs), "bytes") => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(detail)
                .unwrap();
            let decoded = form_pairs(&bytes);
            prop_assert!(decoded.is_some(), "the body a handler got is a form");
            prop_assert_eq!(
                sorted_concatenation(&decoded.unwrap()),
                sorted_concatenation(pairs)
            );
        }
        (Signed::Json(json), "bytes") => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(detail)
                .unwrap();
            prop_assert_eq!(bytes, json.as_bytes());
        }
        (Signed::Json(json), "json") => {
            let signed: serde_json::Value = serde_json::from_str(json).unwrap();
            prop_assert_eq!(detail, signed.to_string());
        }
        (signed, kind) => {
            return Err(TestCaseError::fail(format!(
                "{route} read {kind} from {signed:?}: not what was signed"
            )));
        }
    }
    Ok(())
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn what_reaches_a_handler_is_what_was_signed(
        signed in signed(),
        tampers in prop::collection::vec(tamper(), 0..4),
        route in prop_oneof![Just("/form"), Just("/signed"), Just("/bytes"), Just("/json")],
    ) {
        let request = build(route, &signed, &tampers);
        let method = request.method().clone();
        let (status, read) = runtime().block_on(async {
            let response = app().call(request).await.unwrap();
            let status = response.status();
            let read = response.headers().get("x-read").map(|value| {
                let bytes = base64::engine::general_purpose::STANDARD.decode(value).unwrap();
                String::from_utf8(bytes).unwrap()
            });
            let body = response.into_body().collect().await.unwrap().to_bytes();
            let text = String::from_utf8_lossy(&body).into_owned();
            (status, read.unwrap_or(text))
        });
        if status == StatusCode::OK {
            check_read(route, &method, &signed, &read)?;
        } else {
            prop_assert!(status.is_client_error(), "{status}: {read}");
        }
        // Untampered signed requests read the way their route reads pass.
        if tampers.iter().all(|tamper| matches!(tamper, Tamper::None)) {
            let fits = matches!(
                (&signed, route),
                (Signed::Form(_) | Signed::Get(_), "/form" | "/signed" | "/bytes")
                    | (Signed::Json(_), "/json" | "/bytes")
            );
            if fits {
                prop_assert_eq!(status, StatusCode::OK, "{}", read);
            }
        }
    }
}
