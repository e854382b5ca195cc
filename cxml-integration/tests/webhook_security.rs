//! The three ways past the signature check that were found by trying as an attacker would, kept
//! as regression tests, in process and over real HTTP on loopback, on axum (the layer in front
//! of `Form`, `Json`, `Bytes` and `SignedForm`), a bare tower service and actix-web
//! (`SignedForm`):
//!
//! 1. a captured GET signature resent as GET or HEAD with a body of the attacker's choosing;
//! 2. a captured form signature rewritten as a hex (SWML) signature, over a body that spells out
//!    the form's sorted names and values, sent with a content type a form parser still takes
//!    (`application/x-www-form-urlencodedx`) or none a form parser takes;
//! 3. a request carrying dozens of junk signature headers, so that each re-ran the whole check;
//!
//! and key rotation: a configuration with the previous key accepts both, and no other.
//!
//! Each attack is first shown to be real (what a handler would have read), then refused.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Body;
use axum::extract::Json;
use axum::routing::{get, post};
use base64::Engine as _;
use bytes::Bytes;
use cxml::webhook::params::{GatherAction, MessageRequest};
use cxml::webhook::{SignedForm, VerifySignatureLayer, WebhookConfig, form_pairs, sign_form};
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower_service::Service;

const KEY: &str = "PSK_attack_test_key";
const BASE: &str = "https://ivr.example.com";
const FORM: &str = "application/x-www-form-urlencoded";

fn encode(params: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish()
}

/// The hex spelling of a base64 signature: what the SWML scheme would compare.
fn as_hex(signature: &str) -> String {
    base64::engine::general_purpose::STANDARD
        .decode(signature)
        .unwrap()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The bytes a form signature covers after the URL: each sorted name followed by its value.
fn sorted_concatenation(params: &[(&str, &str)]) -> String {
    let mut sorted = params.to_vec();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    sorted
        .iter()
        .map(|(name, value)| format!("{name}{value}"))
        .collect()
}

/// An axum app behind the layer whose handlers read the request every way axum offers and say
/// what they read; `reached` counts the requests that got to a handler.
fn axum_app(config: WebhookConfig, reached: Arc<AtomicUsize>) -> Router {
    let count = move |reached: &Arc<AtomicUsize>| {
        reached.fetch_add(1, Ordering::SeqCst);
    };
    let (r1, r2, r3, r4, r5) = (
        reached.clone(),
        reached.clone(),
        reached.clone(),
        reached.clone(),
        reached,
    );
    Router::new()
        .route(
            "/gather",
            get(
                move |axum::Form(gather): axum::Form<GatherAction>| async move {
                    count(&r1);
                    format!("{} pressed {:?}", gather.call.call_sid, gather.digits)
                },
            ),
        )
        .route(
            "/sms",
            post(
                move |axum::Form(sms): axum::Form<MessageRequest>| async move {
                    count(&r2);
                    format!("{:?} says {:?}", sms.from, sms.body)
                },
            ),
        )
        .route(
            "/raw",
            get(move |body: Bytes| async move {
                count(&r3);
                body
            })
            .post(|body: Bytes| async move { body }),
        )
        .route(
            "/json",
            get(move |Json(value): Json<serde_json::Value>| async move {
                count(&r4);
                value.to_string()
            }),
        )
        .route(
            "/signed",
            get(
                move |SignedForm(gather): SignedForm<GatherAction>| async move {
                    count(&r5);
                    format!("{} pressed {:?}", gather.call.call_sid, gather.digits)
                },
            ),
        )
        .with_state(config.clone())
        .layer(VerifySignatureLayer::new(config))
}

fn config() -> WebhookConfig {
    WebhookConfig::new(KEY, BASE)
}

async fn answer(app: &Router, request: Request<Body>) -> (StatusCode, String) {
    let response = app.clone().call(request).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

const GATHER_QUERY: &str = "AccountSid=AC1&CallSid=CA1&Digits=1";
const FORGED: &str = "AccountSid=AC1&CallSid=CAevil&Digits=9";

/// The captured signature of `GET /gather?AccountSid=AC1&CallSid=CA1&Digits=1`.
fn captured_get_signature(path: &str) -> String {
    sign_form(KEY, &format!("{BASE}{path}?{GATHER_QUERY}"), &[])
}

// ---- 1. Bodies on GET and HEAD ----

#[tokio::test]
async fn a_signed_get_still_reaches_its_handler() {
    let reached = Arc::new(AtomicUsize::new(0));
    let app = axum_app(config(), reached.clone());
    for path in ["/gather", "/signed"] {
        let request = Request::get(format!("{path}?{GATHER_QUERY}"))
            .header("X-SignalWire-Signature", captured_get_signature(path))
            .body(Body::empty())
            .unwrap();
        let (status, text) = answer(&app, request).await;
        assert_eq!(
            (status, text.as_str()),
            (StatusCode::OK, "CA1 pressed Some(\"1\")")
        );
    }
    assert_eq!(reached.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_get_or_head_with_a_body_never_reaches_a_handler() {
    let reached = Arc::new(AtomicUsize::new(0));
    let app = axum_app(config(), reached.clone());
    for method in [http::Method::GET, http::Method::HEAD] {
        for path in ["/gather", "/raw", "/json", "/signed"] {
            for (content_type, body) in [
                (FORM, FORGED.to_owned()),
                ("application/json", r#"{"CallSid":"CAevil"}"#.to_owned()),
                ("text/plain", "anything".to_owned()),
            ] {
                let request = Request::builder()
                    .method(method.clone())
                    .uri(format!("{path}?{GATHER_QUERY}"))
                    .header(header::CONTENT_TYPE, content_type)
                    .header("X-SignalWire-Signature", captured_get_signature(path))
                    .body(Body::from(body))
                    .unwrap();
                let (status, text) = answer(&app, request).await;
                assert_eq!(
                    status,
                    StatusCode::BAD_REQUEST,
                    "{method} {path} {content_type}"
                );
                if method == http::Method::GET {
                    assert!(text.contains("GET or HEAD"), "{text}");
                }
            }
        }
    }
    assert_eq!(reached.load(Ordering::SeqCst), 0);
}

// ---- 2. Scheme confusion with a content-type mismatch ----

/// The message SignalWire signed, whose `Body` the attacker wrote, and the body the attacker
/// sends instead: the sorted concatenation of the signed names and values, which parses as a
/// form with a `From` and `Body` of the attacker's choosing.
fn smuggled_message() -> (Vec<(&'static str, &'static str)>, String) {
    let signed = vec![
        ("AccountSid", "AC1"),
        ("MessageSid", "SM1"),
        ("From", "+15550001111"),
        ("To", "+15552223333"),
        (
            "Body",
            "&AccountSid=AC1&MessageSid=SM9&From=%2B19998887777&Body=reset+admin+PIN&x=",
        ),
    ];
    let body = sorted_concatenation(&signed);
    (signed, body)
}

#[tokio::test]
async fn the_smuggled_message_is_a_real_attack() {
    // What a form parser reads from the concatenation: fields of the attacker's choosing.
    let (_, body) = smuggled_message();
    let sms: MessageRequest = cxml::webhook::from_form(body.as_bytes()).unwrap();
    assert_eq!(sms.from.as_deref(), Some("+19998887777"));
    assert_eq!(sms.body.as_deref(), Some("reset admin PIN"));
}

#[tokio::test]
async fn a_form_signature_rewritten_as_hex_is_refused_whatever_the_content_type() {
    let (signed, body) = smuggled_message();
    let signature = sign_form(KEY, &format!("{BASE}/sms"), &signed);
    for config in [config(), config().accept_swml_signatures()] {
        let reached = Arc::new(AtomicUsize::new(0));
        let app = axum_app(config.clone(), reached.clone());
        for (content_type, expected) in [
            // A form parser would take these: refused before any signature is looked at.
            (
                "application/x-www-form-urlencodedx",
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ),
            (
                "application/x-www-form-urlencoded-json",
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ),
            (
                "application/x-www-form-urlencoded, text/plain",
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ),
            // Read as a form, it is not what was signed.
            (FORM, StatusCode::FORBIDDEN),
            (
                "application/x-www-form-urlencoded; charset=utf-8",
                StatusCode::FORBIDDEN,
            ),
        ] {
            for header_name in ["X-SignalWire-Signature", "X-SignalWire-SHA256-Signature"] {
                let request = Request::post("/sms")
                    .header(header::CONTENT_TYPE, content_type)
                    .header(header_name, as_hex(&signature))
                    .body(Body::from(body.clone()))
                    .unwrap();
                let (status, text) = answer(&app, request).await;
                assert_eq!(status, expected, "{content_type}: {text}");
            }
        }
        assert_eq!(reached.load(Ordering::SeqCst), 0, "{config:?}");
    }
}

#[tokio::test]
async fn hex_schemes_are_off_by_default_and_never_apply_to_a_form() {
    let (signed, body) = smuggled_message();
    let hex = as_hex(&sign_form(KEY, &format!("{BASE}/raw"), &signed));
    let request = |content_type: &str| {
        Request::post("/raw")
            .header(header::CONTENT_TYPE, content_type)
            .header("X-SignalWire-Signature", hex.as_str())
            .body(Body::from(body.clone()))
            .unwrap()
    };
    let reached = Arc::new(AtomicUsize::new(0));
    let default = axum_app(config(), reached.clone());
    for content_type in ["text/plain", "application/json", "application/octet-stream"] {
        let (status, _) = answer(&default, request(content_type)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{content_type}");
    }
    // Where a route enables them for SWML JSON, a form body is still checked as a form.
    let swml = axum_app(config().accept_swml_signatures(), reached);
    let (status, _) = answer(&swml, request(FORM)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_form_whose_decoding_is_not_utf8_is_refused() {
    // `%FF` would decode to U+FFFD, which is what `%EF%BF%BD` signs as.
    let signed = [
        ("AccountSid", "AC1"),
        ("MessageSid", "SM1"),
        ("Body", "\u{FFFD}"),
    ];
    let signature = sign_form(KEY, &format!("{BASE}/sms"), &signed);
    let app = axum_app(config(), Arc::new(AtomicUsize::new(0)));
    let request = |body: &str| {
        Request::post("/sms")
            .header(header::CONTENT_TYPE, FORM)
            .header("X-SignalWire-Signature", signature.as_str())
            .body(Body::from(body.to_owned()))
            .unwrap()
    };
    let (status, text) = answer(&app, request("AccountSid=AC1&MessageSid=SM1&Body=%FF")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{text}");
    let (status, text) = answer(
        &app,
        request("AccountSid=AC1&MessageSid=SM1&Body=%EF%BF%BD"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{text}");
}

// ---- 3. Work multiplied by junk signature headers ----

/// A form of about 200 KB, signed.
fn large_form() -> (Vec<(String, String)>, String) {
    let pairs: Vec<(String, String)> = (0..2_000)
        .map(|i| (format!("Field{i:04}"), "x".repeat(90)))
        .collect();
    let borrowed: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let signature = sign_form(KEY, &format!("{BASE}/raw"), &borrowed);
    (pairs, signature)
}

#[tokio::test]
async fn only_the_first_four_signatures_are_looked_at() {
    let (pairs, signature) = large_form();
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&pairs)
        .finish();
    let app = axum_app(config(), Arc::new(AtomicUsize::new(0)));
    let request = |junk_before: usize| {
        let mut builder = Request::post("/raw").header(header::CONTENT_TYPE, FORM);
        for i in 0..junk_before {
            // Well-formed base64 of 20 bytes: each would cost a full check if it were looked at.
            builder = builder.header(
                "X-SignalWire-Signature",
                base64::engine::general_purpose::STANDARD.encode([i as u8; 20]),
            );
        }
        builder
            .header("X-SignalWire-Signature", signature.as_str())
            .body(Body::from(body.clone()))
            .unwrap()
    };
    for junk in [0, 1, 3] {
        let (status, echoed) = answer(&app, request(junk)).await;
        assert_eq!(status, StatusCode::OK, "{junk} junk headers");
        assert_eq!(echoed.len(), body.len());
    }
    for junk in [4, 95] {
        let (status, _) = answer(&app, request(junk)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{junk} junk headers");
    }
}

// ---- The same over real HTTP on loopback, axum and actix-web ----

/// Sends `request` as written on a new connection and returns the status and the body.
async fn raw(addr: SocketAddr, request: &[u8]) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    );
    read.await.expect("the server answers").unwrap();
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or("", |(_, body)| body)
        .to_owned();
    (status, body)
}

/// A request with `Connection: close`, the given extra header lines and body.
fn http1(method: &str, target: &str, addr: SocketAddr, headers: &[String], body: &str) -> Vec<u8> {
    let mut text = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for line in headers {
        text.push_str(line);
        text.push_str("\r\n");
    }
    if !body.is_empty() {
        text.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    text.push_str("\r\n");
    text.push_str(body);
    text.into_bytes()
}

async fn start_axum() -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let reached = Arc::new(AtomicUsize::new(0));
    let app = axum_app(
        WebhookConfig::new(KEY, format!("http://{addr}")),
        reached.clone(),
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, reached)
}

fn start_actix() -> (SocketAddr, Arc<AtomicUsize>) {
    use actix_web::{App, HttpServer, web};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let reached = Arc::new(AtomicUsize::new(0));
    let config = WebhookConfig::new(KEY, format!("http://{addr}"));
    let counter = reached.clone();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            HttpServer::new(move || {
                let counter = counter.clone();
                let handler = move |SignedForm(form): SignedForm<MessageRequest>| {
                    counter.fetch_add(1, Ordering::SeqCst);
                    async move { format!("{:?} says {:?}", form.from, form.body) }
                };
                App::new().app_data(config.clone()).service(
                    web::resource(["/gather", "/sms", "/raw"])
                        .route(web::get().to(handler.clone()))
                        .route(web::head().to(handler.clone()))
                        .route(web::post().to(handler)),
                )
            })
            .workers(1)
            .disable_signals()
            .listen(listener)
            .unwrap()
            .run()
            .await
        })
    });
    (addr, reached)
}

/// Every attack over HTTP, and the signed requests they were made from, against a server at
/// `addr` whose base URL is `http://{addr}`.
async fn every_attack_over_http(addr: SocketAddr, reached: &AtomicUsize) {
    let base = format!("http://{addr}");
    let query = "AccountSid=AC1&MessageSid=SM1&CallSid=CA1&Digits=1";
    let get_signature = sign_form(KEY, &format!("{base}/gather?{query}"), &[]);
    let signed_header = |signature: &str| format!("X-SignalWire-Signature: {signature}");

    // The signed GET itself is served.
    let before = reached.load(Ordering::SeqCst);
    let (status, _) = raw(
        addr,
        &http1(
            "GET",
            &format!("/gather?{query}"),
            addr,
            &[signed_header(&get_signature)],
            "",
        ),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(reached.load(Ordering::SeqCst), before + 1);

    // 1. The same signature with a body, as GET and as HEAD, by length and chunked.
    let form = format!("Content-Type: {FORM}");
    for method in ["GET", "HEAD"] {
        let (status, _) = raw(
            addr,
            &http1(
                method,
                &format!("/gather?{query}"),
                addr,
                &[signed_header(&get_signature), form.clone()],
                FORGED,
            ),
        )
        .await;
        assert_eq!(status, 400, "{method} with a body");
        let chunked = format!(
            "{method} /gather?{query} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{}\r\n{form}\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{FORGED}\r\n0\r\n\r\n",
            signed_header(&get_signature),
            FORGED.len()
        );
        let (status, _) = raw(addr, chunked.as_bytes()).await;
        assert_eq!(status, 400, "{method} with a chunked body");
    }

    // 2. A message's signature rewritten as hex over the concatenation, with near-form types.
    let (signed, body) = smuggled_message();
    let hex = as_hex(&sign_form(KEY, &format!("{base}/sms"), &signed));
    for content_type in [
        "application/x-www-form-urlencodedx",
        "application/x-www-form-urlencoded, application/json",
    ] {
        let (status, text) = raw(
            addr,
            &http1(
                "POST",
                "/sms",
                addr,
                &[signed_header(&hex), format!("Content-Type: {content_type}")],
                &body,
            ),
        )
        .await;
        assert_eq!(status, 415, "{content_type}: {text}");
    }
    for content_type in [FORM, "text/plain"] {
        let (status, _) = raw(
            addr,
            &http1(
                "POST",
                "/sms",
                addr,
                &[signed_header(&hex), format!("Content-Type: {content_type}")],
                &body,
            ),
        )
        .await;
        assert!(status == 403 || status == 415, "{content_type}: {status}");
    }

    // 3. Junk signatures in front of a valid one: only the first four are looked at.
    let message = [
        ("AccountSid", "AC1"),
        ("MessageSid", "SM1"),
        ("Body", "hello"),
    ];
    let valid = sign_form(KEY, &format!("{base}/sms"), &message);
    let junk: Vec<String> = (0..95)
        .map(|i| signed_header(&base64::engine::general_purpose::STANDARD.encode([i as u8; 20])))
        .collect();
    // (actix-web itself answers 431 past 96 headers.)
    for (junk_count, expected) in [(3, 200), (4, 403), (60, 403)] {
        let mut headers = junk[..junk_count].to_vec();
        headers.push(signed_header(&valid));
        headers.push(form.clone());
        let (status, _) = raw(
            addr,
            &http1("POST", "/sms", addr, &headers, &encode(&message)),
        )
        .await;
        assert_eq!(status, expected, "{junk_count} junk headers");
    }
    assert_eq!(reached.load(Ordering::SeqCst), before + 2);
}

#[tokio::test]
async fn every_attack_is_refused_by_axum_over_http() {
    let (addr, reached) = start_axum().await;
    every_attack_over_http(addr, &reached).await;
}

#[tokio::test]
async fn every_attack_is_refused_by_actix_web_over_http() {
    let (addr, reached) = start_actix();
    every_attack_over_http(addr, &reached).await;
}

// ---- A bare tower service behind the layer ----

#[tokio::test]
async fn a_bare_tower_service_sees_only_signed_bodies() {
    use tower::Layer as _;
    let seen = Arc::new(std::sync::Mutex::new(Vec::<Bytes>::new()));
    let record = seen.clone();
    let inner = tower::service_fn(move |request: Request<http_body_util::Full<Bytes>>| {
        let record = record.clone();
        async move {
            let body = request.into_body().collect().await.unwrap().to_bytes();
            record.lock().unwrap().push(body);
            Ok::<_, std::convert::Infallible>(http::Response::new(http_body_util::Full::new(
                Bytes::new(),
            )))
        }
    });
    let mut service = VerifySignatureLayer::new(config()).layer(inner);
    let get_signature = captured_get_signature("/gather");
    let (signed, smuggled) = smuggled_message();
    let hex = as_hex(&sign_form(KEY, &format!("{BASE}/sms"), &signed));
    let attacks = [
        Request::head(format!("/gather?{GATHER_QUERY}"))
            .header(header::CONTENT_TYPE, FORM)
            .header("X-SignalWire-Signature", get_signature.as_str())
            .body(http_body_util::Full::new(Bytes::from(FORGED)))
            .unwrap(),
        Request::post("/sms")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencodedx")
            .header("X-SignalWire-Signature", hex.as_str())
            .body(http_body_util::Full::new(Bytes::from(smuggled.clone())))
            .unwrap(),
        Request::post("/sms")
            .header(header::CONTENT_TYPE, "application/json")
            .header("X-SignalWire-Signature", hex.as_str())
            .body(http_body_util::Full::new(Bytes::from(smuggled)))
            .unwrap(),
    ];
    for attack in attacks {
        let response = service.call(attack).await.unwrap();
        assert!(response.status().is_client_error(), "{}", response.status());
    }
    assert!(seen.lock().unwrap().is_empty());
    // A signed form goes through with its body as signed.
    let message = [("AccountSid", "AC1"), ("Body", "hi")];
    let request = Request::post("/sms")
        .header(header::CONTENT_TYPE, FORM)
        .header(
            "X-SignalWire-Signature",
            sign_form(KEY, &format!("{BASE}/sms"), &message),
        )
        .body(http_body_util::Full::new(Bytes::from(encode(&message))))
        .unwrap();
    assert_eq!(
        service.call(request).await.unwrap().status(),
        StatusCode::OK
    );
    let seen = seen.lock().unwrap();
    assert_eq!(form_pairs(&seen[0]).unwrap().len(), 2);
}

// ---- Key rotation ----

#[tokio::test]
async fn during_a_rotation_both_keys_pass_and_no_other() {
    let rotating = WebhookConfig::new("PSK_new", BASE).with_previous_key(KEY);
    let debug = format!("{rotating:?}");
    assert!(
        !debug.contains("PSK_new") && !debug.contains(KEY),
        "{debug}"
    );
    let reached = Arc::new(AtomicUsize::new(0));
    let app = axum_app(rotating, reached.clone());
    let request = |key: &str, path: &str| {
        let signature = sign_form(key, &format!("{BASE}{path}?{GATHER_QUERY}"), &[]);
        Request::get(format!("{path}?{GATHER_QUERY}"))
            .header("X-SignalWire-Signature", signature)
            .body(Body::empty())
            .unwrap()
    };
    for path in ["/gather", "/signed"] {
        for key in ["PSK_new", KEY] {
            let (status, text) = answer(&app, request(key, path)).await;
            assert_eq!(status, StatusCode::OK, "{key} {path}: {text}");
        }
        for key in ["PSK_other", "", "PSK_new "] {
            let (status, _) = answer(&app, request(key, path)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{key:?} {path}");
        }
    }
    assert_eq!(reached.load(Ordering::SeqCst), 4);
    // Once the old key is dropped, its signatures no longer pass.
    let app = axum_app(WebhookConfig::new("PSK_new", BASE), reached);
    let (status, _) = answer(&app, request(KEY, "/gather")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn actix_web_signed_form_accepts_the_previous_key() {
    use actix_web::{App, test, web};
    let handler =
        |SignedForm(gather): SignedForm<GatherAction>| async move { gather.call.call_sid };
    let app = test::init_service(
        App::new()
            .app_data(WebhookConfig::new("PSK_new", BASE).with_previous_key(KEY))
            .route("/gather", web::post().to(handler)),
    )
    .await;
    let params = [("AccountSid", "AC1"), ("CallSid", "CA7")];
    for (key, expected) in [("PSK_new", 200), (KEY, 200), ("PSK_other", 403)] {
        let request = test::TestRequest::post()
            .uri("/gather")
            .insert_header(("Content-Type", FORM))
            .insert_header((
                "X-SignalWire-Signature",
                sign_form(key, &format!("{BASE}/gather"), &params),
            ))
            .set_payload(encode(&params))
            .to_request();
        let response = test::call_service(&app, request).await;
        assert_eq!(response.status().as_u16(), expected, "{key}");
    }
}
