//! The example IVR (`examples/server.rs`) over real HTTP on 127.0.0.1: signed requests get valid
//! cXML, unsigned or tampered ones 403, malformed ones 400, and a burst of 2,000 requests over 50
//! connections all succeed; the status callback behind `VerifySignatureLayer` answers 204 to
//! signed forms and JSON, 403 to the rest, 413 to an oversize body.

#[allow(dead_code)]
#[path = "../examples/server.rs"]
mod server;

use std::net::SocketAddr;
use std::time::Duration;

use bytes_body::{Full, collect};
use cxml::webhook::{WebhookConfig, sign_form};
use http::{Request, Response, StatusCode, header};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};

const KEY: &str = "PSK_test_key_for_the_server_test";

mod bytes_body {
    pub use http_body_util::Full;

    /// The whole body of a response as text.
    pub async fn collect(body: hyper::body::Incoming) -> String {
        use http_body_util::BodyExt;
        let bytes = body.collect().await.expect("read body").to_bytes();
        String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
    }
}

/// Starts the example's router on a free loopback port; the server stops with the test runtime.
async fn start() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let config = WebhookConfig::new(KEY, format!("http://{addr}"));
    tokio::spawn(async move {
        axum::serve(listener, server::app(config))
            .await
            .expect("serve");
    });
    addr
}

/// One HTTP/1.1 connection to the server.
async fn connect(addr: SocketAddr) -> SendRequest<Full<bytes::Bytes>> {
    let stream = TcpStream::connect(addr).await.expect("connect");
    let (sender, connection) = http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(connection);
    sender
}

struct Reply {
    status: StatusCode,
    content_type: String,
    content_length: Option<usize>,
    body: String,
}

async fn send(
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
fn form_post(
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
fn signed_post(
    addr: SocketAddr,
    path: &str,
    params: &[(&str, &str)],
) -> Request<Full<bytes::Bytes>> {
    let signature = sign_form(KEY, &format!("http://{addr}{path}"), params);
    form_post(addr, path, params, Some(&signature))
}

async fn once(addr: SocketAddr, request: Request<Full<bytes::Bytes>>) -> Reply {
    let mut sender = connect(addr).await;
    send(&mut sender, request).await
}

const CALL: [(&str, &str); 7] = [
    ("AccountSid", "6bfbbe86-a901-4197-8759-2a0de1fa319d"),
    ("ApiVersion", "2010-04-01"),
    ("CallSid", "0703574f-b151-465d-aedb-28972eb513c7"),
    ("CallStatus", "in-progress"),
    ("Direction", "inbound"),
    ("From", "+15551230000"),
    ("To", "+15557650000"),
];

fn call_with(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    CALL.iter().chain(extra).copied().collect()
}

/// An element of a parsed document: its path from the root, attributes and text.
#[derive(Debug)]
struct Element {
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
fn parse(reply: &Reply) -> Vec<Element> {
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

fn find<'a>(elements: &'a [Element], path: &str) -> &'a Element {
    elements
        .iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("no {path} in {elements:?}"))
}

fn has(elements: &[Element], path: &str) -> bool {
    elements.iter().any(|e| e.path == path)
}

#[tokio::test]
async fn voice_answers_with_a_gather_menu() {
    let addr = start().await;
    let reply = once(addr, signed_post(addr, "/voice", &CALL)).await;
    let doc = parse(&reply);
    let gather = find(&doc, "Response/Gather");
    assert_eq!(gather.attribute("action"), Some("/menu"));
    assert_eq!(gather.attribute("numDigits"), Some("1"));
    assert!(find(&doc, "Response/Gather/Say").text.contains("Press 1"));
}

#[tokio::test]
async fn a_signed_get_with_a_query_string_works_too() {
    let addr = start().await;
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

#[tokio::test]
async fn menu_routes_on_digits() {
    let addr = start().await;

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
    assert_eq!(find(&doc, "Response/Refer/Sip").text, server::SALES_SIP);

    let doc = parse(
        &once(
            addr,
            signed_post(addr, "/menu", &call_with(&[("Digits", "2")])),
        )
        .await,
    );
    assert_eq!(
        find(&doc, "Response/Dial/Number").text,
        server::SUPPORT_NUMBER
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

#[tokio::test]
async fn refer_completed_reads_the_typed_status() {
    let addr = start().await;
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

#[tokio::test]
async fn the_twilio_header_name_is_accepted() {
    let addr = start().await;
    let signature = sign_form(KEY, &format!("http://{addr}/voice"), &CALL);
    let mut request = form_post(addr, "/voice", &CALL, None);
    request
        .headers_mut()
        .insert("X-Twilio-Signature", signature.parse().unwrap());
    parse(&once(addr, request).await);
}

#[tokio::test]
async fn unsigned_or_tampered_requests_are_forbidden() {
    let addr = start().await;
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

#[tokio::test]
async fn malformed_parameters_are_a_bad_request_with_a_clear_message() {
    let addr = start().await;

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

#[tokio::test]
async fn the_status_callback_behind_the_layer() {
    let addr = start().await;
    let status = call_with(&[("CallbackSource", "call-progress-events")]);

    let reply = once(addr, signed_post(addr, "/call-status", &status)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.body);
    assert_eq!(reply.body, "");

    let reply = once(addr, form_post(addr, "/call-status", &status, None)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    assert!(reply.content_type.starts_with("text/plain"));

    // A JSON body: the URL carries the body's SHA-256 (that of `{}`) and the HMAC covers the URL.
    let path =
        "/call-status?bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
    let signature = sign_form(KEY, &format!("http://{addr}{path}"), &[]);
    let json = |body: &'static str| {
        Request::post(path)
            .header(header::HOST, addr.to_string())
            .header(header::CONTENT_TYPE, "application/json")
            .header("X-SignalWire-Signature", signature.as_str())
            .body(Full::new(body.into()))
            .unwrap()
    };
    let reply = once(addr, json("{}")).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.body);
    let reply = once(addr, json(r#"{"forged":true}"#)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);

    // Over the layer's default limit: refused from the Content-Length, before it is read.
    let big = "x".repeat(cxml::webhook::DEFAULT_BODY_LIMIT + 1);
    let params = [("CallSid", big.as_str())];
    let reply = once(addr, signed_post(addr, "/call-status", &params)).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_2000_requests_over_50_connections_all_succeed() {
    const CONNECTIONS: usize = 50;
    const PER_CONNECTION: usize = 40;
    let addr = start().await;
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
                    server::SUPPORT_NUMBER
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
