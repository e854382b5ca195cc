//! What both example servers (the facade's `examples/ivr_server/` on axum, `examples/actix_server.rs` on
//! actix-web) must do over real HTTP, as scenarios run by `tests/server.rs` and
//! `tests/actix_server.rs` against a server on a free loopback port: the same requests get the
//! same answers from both. Each test file declares the example as `mod app`, then
//! `#[macro_use] mod support;`, and runs `ivr_tests!`.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::time::Duration;

use bytes_body::{Full, collect};
use cxml::webhook::sign_form;
use http::{Request, Response, StatusCode, header};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

pub const KEY: &str = "PSK_test_key_for_the_server_test";

pub mod bytes_body {
    pub use http_body_util::Full;

    /// The whole body of a response as text.
    pub async fn collect(body: hyper::body::Incoming) -> String {
        use http_body_util::BodyExt;
        let bytes = body.collect().await.expect("read body").to_bytes();
        String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
    }
}

/// One HTTP/1.1 connection to the server.
pub async fn connect(addr: SocketAddr) -> SendRequest<Full<bytes::Bytes>> {
    let stream = TcpStream::connect(addr).await.expect("connect");
    let (sender, connection) = http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(connection);
    sender
}

pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub content_length: Option<usize>,
    pub body: String,
}

pub async fn send(
    sender: &mut SendRequest<Full<bytes::Bytes>>,
    request: Request<Full<bytes::Bytes>>,
) -> Reply {
    sender.ready().await.expect("connection ready");
    let response: Response<hyper::body::Incoming> =
        sender.send_request(request).await.expect("response");
    let status = response.status();
    let header_text = |name| {
        response
            .headers()
            .get(name)
            .map(|v: &http::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let content_type = header_text(header::CONTENT_TYPE).unwrap_or_default();
    let content_length = header_text(header::CONTENT_LENGTH).map(|v| v.parse().unwrap());
    let body = collect(response.into_body()).await;
    Reply {
        status,
        content_type,
        content_length,
        body,
    }
}

/// A form POST to `path`; `signature` is the header value, if any.
pub fn form_post(
    addr: SocketAddr,
    path: &str,
    params: &[(&str, &str)],
    signature: Option<&str>,
) -> Request<Full<bytes::Bytes>> {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish();
    let mut builder = Request::post(path)
        .header(header::HOST, addr.to_string())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(signature) = signature {
        builder = builder.header("X-SignalWire-Signature", signature);
    }
    builder.body(Full::new(body.into())).expect("request")
}

/// A correctly signed form POST.
pub fn signed_post(
    addr: SocketAddr,
    path: &str,
    params: &[(&str, &str)],
) -> Request<Full<bytes::Bytes>> {
    let signature = sign_form(KEY, &format!("http://{addr}{path}"), params);
    form_post(addr, path, params, Some(&signature))
}

pub async fn once(addr: SocketAddr, request: Request<Full<bytes::Bytes>>) -> Reply {
    let mut sender = connect(addr).await;
    send(&mut sender, request).await
}

pub const CALL: [(&str, &str); 7] = [
    ("AccountSid", "6bfbbe86-a901-4197-8759-2a0de1fa319d"),
    ("ApiVersion", "2010-04-01"),
    ("CallSid", "0703574f-b151-465d-aedb-28972eb513c7"),
    ("CallStatus", "in-progress"),
    ("Direction", "inbound"),
    ("From", "+15551230000"),
    ("To", "+15557650000"),
];

pub fn call_with(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    CALL.iter().chain(extra).copied().collect()
}

/// An element of a parsed document: its path from the root, attributes and text.
#[derive(Debug)]
pub struct Element {
    path: String,
    attributes: Vec<(String, String)>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses a reply as cXML with quick-xml: a well-formed document with one `<Response>` root.
pub fn parse(reply: &Reply) -> Vec<Element> {
    use quick_xml::events::{BytesStart, Event};
    assert_eq!(reply.status, StatusCode::OK, "body: {}", reply.body);
    assert_eq!(reply.content_type, "application/xml");
    assert_eq!(reply.content_length, Some(reply.body.len()));
    let mut reader = quick_xml::Reader::from_str(&reply.body);
    let mut stack: Vec<String> = Vec::new();
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let start = |e: &BytesStart, stack: &mut Vec<String>, elements: &mut Vec<Element>| {
        stack.push(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
        let attributes = e
            .attributes()
            .map(|a| {
                let a = a.expect("attribute");
                let key = String::from_utf8(a.key.as_ref().to_vec()).unwrap();
                (key, String::from_utf8(a.value.to_vec()).unwrap())
            })
            .collect();
        elements.push(Element {
            path: stack.join("/"),
            attributes,
            text: String::new(),
        });
        elements.len() - 1
    };
    let mut roots = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                roots += usize::from(stack.is_empty());
                let index = start(&e, &mut stack, &mut elements);
                open.push(index);
            }
            Event::Empty(e) => {
                roots += usize::from(stack.is_empty());
                start(&e, &mut stack, &mut elements);
                stack.pop();
            }
            Event::End(_) => {
                stack.pop();
                open.pop();
            }
            Event::Text(t) => {
                if let Some(&index) = open.last() {
                    elements[index]
                        .text
                        .push_str(std::str::from_utf8(&t).unwrap());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(stack.is_empty(), "unclosed elements");
    assert_eq!(roots, 1, "one root element");
    assert_eq!(elements[0].path, "Response");
    elements
}

pub fn find<'a>(elements: &'a [Element], path: &str) -> &'a Element {
    elements
        .iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("no {path} in {elements:?}"))
}

pub fn has(elements: &[Element], path: &str) -> bool {
    elements.iter().any(|e| e.path == path)
}

pub async fn voice_answers_with_a_gather_menu(addr: SocketAddr) {
    let reply = once(addr, signed_post(addr, "/voice", &CALL)).await;
    let doc = parse(&reply);
    let gather = find(&doc, "Response/Gather");
    assert_eq!(gather.attribute("action"), Some("/menu"));
    assert_eq!(gather.attribute("numDigits"), Some("1"));
    assert!(find(&doc, "Response/Gather/Say").text.contains("Press 1"));
}

pub async fn a_signed_get_with_a_query_string_works_too(addr: SocketAddr) {
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(CALL)
        .finish();
    let path = format!("/voice?{query}");
    let signature = sign_form(KEY, &format!("http://{addr}{path}"), &[]);
    let request = Request::get(path.as_str())
        .header(header::HOST, addr.to_string())
        .header("X-SignalWire-Signature", signature)
        .body(Full::default())
        .unwrap();
    let doc = parse(&once(addr, request).await);
    assert!(has(&doc, "Response/Gather"));
}

pub async fn menu_routes_on_digits(addr: SocketAddr) {
    let doc = parse(
        &once(
            addr,
            signed_post(addr, "/menu", &call_with(&[("Digits", "1")])),
        )
        .await,
    );
    let refer = find(&doc, "Response/Refer");
    assert_eq!(refer.attribute("action"), Some("/refer-completed"));
    assert_eq!(refer.attribute("method"), Some("POST"));
    assert_eq!(find(&doc, "Response/Refer/Sip").text, crate::app::SALES_SIP);

    let doc = parse(
        &once(
            addr,
            signed_post(addr, "/menu", &call_with(&[("Digits", "2")])),
        )
        .await,
    );
    assert_eq!(
        find(&doc, "Response/Dial/Number").text,
        crate::app::SUPPORT_NUMBER
    );

    let doc = parse(
        &once(
            addr,
            signed_post(addr, "/menu", &call_with(&[("Digits", "9")])),
        )
        .await,
    );
    assert_eq!(find(&doc, "Response/Redirect").text, "/voice");
    assert!(!has(&doc, "Response/Refer") && !has(&doc, "Response/Dial"));
}

pub async fn refer_completed_reads_the_typed_status(addr: SocketAddr) {
    let cases = [
        ("in-progress", "Response/Hangup"),
        ("busy", "Response/Dial/Number"),
        ("no-answer", "Response/Dial/Number"),
        ("canceled", "Response/Hangup"),
        ("failed", "Response/Redirect"),
        // A value SignalWire may add later is not an error.
        ("transferred-elsewhere", "Response/Redirect"),
    ];
    for (status, expected) in cases {
        let params = call_with(&[
            ("ReferCallStatus", status),
            ("ReferSipResponseCode", "202"),
            ("NotifySipResponseCode", "200"),
        ]);
        let doc = parse(&once(addr, signed_post(addr, "/refer-completed", &params)).await);
        assert!(has(&doc, expected), "{status}: {doc:?}");
    }
    // No NOTIFY at all: no ReferCallStatus.
    let doc = parse(&once(addr, signed_post(addr, "/refer-completed", &call_with(&[]))).await);
    assert!(has(&doc, "Response/Redirect"));
}

pub async fn the_twilio_header_name_is_accepted(addr: SocketAddr) {
    let signature = sign_form(KEY, &format!("http://{addr}/voice"), &CALL);
    let mut request = form_post(addr, "/voice", &CALL, None);
    request
        .headers_mut()
        .insert("X-Twilio-Signature", signature.parse().unwrap());
    parse(&once(addr, request).await);
}

pub async fn unsigned_or_tampered_requests_are_forbidden(addr: SocketAddr) {
    let menu = call_with(&[("Digits", "2")]);
    let good = sign_form(KEY, &format!("http://{addr}/menu"), &menu);

    let mut forbidden = vec![
        ("unsigned", form_post(addr, "/menu", &menu, None)),
        ("empty signature", form_post(addr, "/menu", &menu, Some(""))),
        (
            "garbage signature",
            form_post(addr, "/menu", &menu, Some("%%%not-base64%%%")),
        ),
        (
            "tampered digits",
            form_post(addr, "/menu", &call_with(&[("Digits", "1")]), Some(&good)),
        ),
        (
            "extra parameter",
            form_post(
                addr,
                "/menu",
                &call_with(&[("Digits", "2"), ("x", "y")]),
                Some(&good),
            ),
        ),
        ("other path", form_post(addr, "/voice", &menu, Some(&good))),
    ];
    let wrong_key = sign_form("PSK_wrong", &format!("http://{addr}/menu"), &menu);
    forbidden.push((
        "wrong key",
        form_post(addr, "/menu", &menu, Some(&wrong_key)),
    ));
    let host_url = sign_form(KEY, "http://evil.example/menu", &menu);
    forbidden.push((
        "signed for another host",
        form_post(addr, "/menu", &menu, Some(&host_url)),
    ));
    let get = Request::get("/voice?CallSid=CA1&AccountSid=AC1")
        .header(header::HOST, addr.to_string())
        .body(Full::default())
        .unwrap();
    forbidden.push(("unsigned GET", get));

    for (what, request) in forbidden {
        let reply = once(addr, request).await;
        assert_eq!(
            reply.status,
            StatusCode::FORBIDDEN,
            "{what}: {}",
            reply.body
        );
        assert!(reply.content_type.starts_with("text/plain"), "{what}");
        assert!(!reply.body.contains("<Response"), "{what}");
    }
}

pub async fn malformed_parameters_are_a_bad_request_with_a_clear_message(addr: SocketAddr) {
    // Signed, but without the required CallSid.
    let reply = once(addr, signed_post(addr, "/voice", &[("AccountSid", "AC1")])).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(reply.body.contains("CallSid"), "{}", reply.body);

    // Signed, but a SIP code that is not a number.
    let params = call_with(&[("ReferSipResponseCode", "two-oh-two")]);
    let reply = once(addr, signed_post(addr, "/refer-completed", &params)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(
        reply.body.contains("ReferSipResponseCode"),
        "{}",
        reply.body
    );

    // Signed, but a name given twice.
    let params = call_with(&[("Digits", "1"), ("Digits", "2")]);
    let reply = once(addr, signed_post(addr, "/menu", &params)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);

    // Not a form at all.
    let signature = sign_form(KEY, &format!("http://{addr}/voice"), &[]);
    let request = Request::post("/voice")
        .header(header::HOST, addr.to_string())
        .header(header::CONTENT_TYPE, "application/json")
        .header("X-SignalWire-Signature", signature)
        .body(Full::new("{}".into()))
        .unwrap();
    let reply = once(addr, request).await;
    assert_eq!(
        reply.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "{}",
        reply.body
    );
}

pub async fn a_burst_of_2000_requests_over_50_connections_all_succeed(addr: SocketAddr) {
    const CONNECTIONS: usize = 50;
    const PER_CONNECTION: usize = 40;
    let params = call_with(&[("Digits", "2")]);
    let signature = sign_form(KEY, &format!("http://{addr}/menu"), &params);

    let mut tasks = Vec::with_capacity(CONNECTIONS);
    for _ in 0..CONNECTIONS {
        let params = params.clone();
        let signature = signature.clone();
        tasks.push(tokio::spawn(async move {
            let mut sender = connect(addr).await;
            let mut ok = 0;
            for _ in 0..PER_CONNECTION {
                let request = form_post(addr, "/menu", &params, Some(&signature));
                let reply = send(&mut sender, request).await;
                let doc = parse(&reply);
                assert_eq!(
                    find(&doc, "Response/Dial/Number").text,
                    crate::app::SUPPORT_NUMBER
                );
                ok += 1;
            }
            ok
        }));
    }
    let all = async {
        let mut total = 0;
        for task in tasks {
            total += task.await.expect("client task");
        }
        total
    };
    let total = tokio::time::timeout(Duration::from_secs(120), all)
        .await
        .expect("burst finished in time");
    assert_eq!(total, CONNECTIONS * PER_CONNECTION);
}

/// One `#[tokio::test]` per scenario, against the server `$start` (an async fn returning its
/// address).
macro_rules! ivr_tests {
    ($start:path) => {
        #[tokio::test]
        async fn voice_answers_with_a_gather_menu() {
            $crate::support::voice_answers_with_a_gather_menu($start().await).await;
        }
        #[tokio::test]
        async fn a_signed_get_with_a_query_string_works_too() {
            $crate::support::a_signed_get_with_a_query_string_works_too($start().await).await;
        }
        #[tokio::test]
        async fn menu_routes_on_digits() {
            $crate::support::menu_routes_on_digits($start().await).await;
        }
        #[tokio::test]
        async fn refer_completed_reads_the_typed_status() {
            $crate::support::refer_completed_reads_the_typed_status($start().await).await;
        }
        #[tokio::test]
        async fn the_twilio_header_name_is_accepted() {
            $crate::support::the_twilio_header_name_is_accepted($start().await).await;
        }
        #[tokio::test]
        async fn unsigned_or_tampered_requests_are_forbidden() {
            $crate::support::unsigned_or_tampered_requests_are_forbidden($start().await).await;
        }
        #[tokio::test]
        async fn malformed_parameters_are_a_bad_request_with_a_clear_message() {
            $crate::support::malformed_parameters_are_a_bad_request_with_a_clear_message(
                $start().await,
            )
            .await;
        }
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn a_burst_of_2000_requests_over_50_connections_all_succeed() {
            $crate::support::a_burst_of_2000_requests_over_50_connections_all_succeed(
                $start().await,
            )
            .await;
        }
    };
}
