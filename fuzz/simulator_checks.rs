//! What the `simulator` fuzz target asserts: the call simulator reads any answer (any status,
//! headers and body, a body that never ends, a conversation of many answers) into a transcript
//! or an [`Error`](cxml::testing::Error), never a panic or a hang. Shared with
//! `cxml-integration/tests/fuzz_regressions.rs`, which replays `fuzz/regressions/simulator/`.

use std::convert::Infallible;
use std::future::{Ready, ready};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use cxml::testing::{ErrorKind, Simulator};
use http_body::Frame;

/// One scripted answer of the application.
struct Answer {
    status: u16,
    headers: Vec<(Vec<u8>, Vec<u8>)>,
    body: Bytes,
    /// The body never finishes after its bytes.
    stall: bool,
}

/// The input, readable so that seeds can be written by hand: a first byte choosing the
/// conversation (call, message or fax; with bit 2 set, over HTTP), then answers separated by
/// lines `=====`. In process, each answer is a status line (`200`, or `200 stall` for a body
/// that never ends), header lines `Name: value`, an empty line and the body; over HTTP it is the
/// raw bytes the server sends (`HTTP/1.1 200 OK\r\n…`), or ends with `stall` to keep the
/// connection open without finishing.
fn chunks(data: &[u8]) -> (u8, Vec<&[u8]>) {
    let Some((&kind, rest)) = data.split_first() else {
        return (0, Vec::new());
    };
    let mut chunks = Vec::new();
    let mut rest = rest;
    while let Some(at) = find(rest, b"\n=====\n") {
        chunks.push(&rest[..at]);
        rest = &rest[at + 7..];
    }
    chunks.push(rest);
    (kind, chunks)
}

fn answer(chunk: &[u8]) -> Answer {
    let mut lines = chunk;
    let mut next_line = || {
        let end = lines
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(lines.len());
        let line = &lines[..end];
        lines = lines.get(end + 1..).unwrap_or_default();
        line
    };
    let status_line = next_line();
    let digits: String = status_line
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .map(|&b| b as char)
        .collect();
    let status = digits.parse().unwrap_or(200);
    let stall = find(status_line, b"stall").is_some();
    let mut headers = Vec::new();
    loop {
        let line = next_line();
        if line.is_empty() {
            break;
        }
        let colon = line.iter().position(|&b| b == b':').unwrap_or(line.len());
        let value = line.get(colon + 1..).unwrap_or_default();
        headers.push((line[..colon].to_vec(), value.trim_ascii().to_vec()));
    }
    Answer {
        status,
        headers,
        body: Bytes::copy_from_slice(lines),
        stall,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// An application that plays the answers in turn (again from the first when they run out).
#[derive(Clone)]
struct Scripted(Arc<Mutex<(Vec<Answer>, usize)>>);

impl tower_service::Service<http::Request<String>> for Scripted {
    type Response = http::Response<Reply>;
    type Error = Infallible;
    type Future = Ready<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: http::Request<String>) -> Self::Future {
        let mut state = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (answers, next) = &mut *state;
        let index = *next % answers.len().max(1);
        *next += 1;
        let Some(answer) = answers.get(index) else {
            return ready(Ok(http::Response::new(Reply::default())));
        };
        let mut response = http::Response::new(Reply {
            data: Some(answer.body.clone()),
            stall: answer.stall,
        });
        // `http` accepts 100 to 999; anything else stays 200.
        if let Ok(status) = http::StatusCode::from_u16(answer.status) {
            *response.status_mut() = status;
        }
        for (name, value) in &answer.headers {
            if let (Ok(name), Ok(value)) = (
                http::HeaderName::from_bytes(name),
                http::HeaderValue::from_bytes(value),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        ready(Ok(response))
    }
}

/// A body of one chunk that may never end.
#[derive(Default)]
struct Reply {
    data: Option<Bytes>,
    stall: bool,
}

impl http_body::Body for Reply {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.data.take() {
            Some(data) => Poll::Ready(Some(Ok(Frame::data(data)))),
            // Never woken: the simulator's own timeouts must end the exchange.
            None if self.stall => Poll::Pending,
            None => Poll::Ready(None),
        }
    }
}

/// Runs one conversation against the scripted answers: it ends, with a transcript or an error,
/// and in process a first answer that is not 2xx (nor a redirect, which is followed) is that
/// error.
pub fn simulator(data: &[u8]) {
    let (kind, chunks) = chunks(data);
    if kind & 4 != 0 {
        return over_http(kind, chunks);
    }
    let answers: Vec<Answer> = chunks.into_iter().map(answer).collect();
    // A redirect (3xx with a `Location`) is followed, as the platform follows it: then the
    // answer that counts is a later one.
    let first_status = answers
        .first()
        .filter(|answer| {
            !(matches!(answer.status, 301 | 302 | 303 | 307 | 308)
                && answer
                    .headers
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case(b"location")))
        })
        .map(|answer| answer.status);
    let service = Scripted(Arc::new(Mutex::new((answers, 0))));
    // Paused time: a stalled body reaches the simulator's timeouts at once instead of in 15 s.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a current-thread runtime");
    let outcome = runtime.block_on(converse(Simulator::new(service), kind));
    if let Some(status) =
        first_status.filter(|status| (100..=999).contains(status) && !(200..300).contains(status))
    {
        match outcome {
            Err(error) if matches!(error.kind, ErrorKind::Status { status: got, .. } if got == status) =>
                {}
            other => panic!("a first answer with status {status} gave {other:?}"),
        }
    }
}

async fn converse(mut simulator: Simulator, kind: u8) -> Result<(), cxml::testing::Error> {
    match kind % 3 {
        0 => simulator.call("/voice").run().await.map(drop),
        1 => simulator.message("/sms", "hello").run().await.map(drop),
        _ => simulator.fax("/fax").run().await.map(drop),
    }
}

/// The same conversation with a server on the loopback interface that writes each chunk as
/// its raw answer: hyper and the simulator read whatever bytes come back.
fn over_http(kind: u8, chunks: Vec<&[u8]>) {
    use tokio::io::AsyncWriteExt;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime");
    let answers: Vec<Vec<u8>> = chunks.into_iter().map(<[u8]>::to_vec).collect();
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let address = listener.local_addr().expect("a bound address");
        let server = tokio::spawn(async move {
            let mut open = Vec::new();
            for turn in 0.. {
                let Ok((mut stream, _)) = listener.accept().await else {
                    break;
                };
                let answer = &answers[turn % answers.len()];
                let (bytes, stall) = match answer.strip_suffix(b"stall") {
                    Some(bytes) => (bytes, true),
                    None => (&answer[..], false),
                };
                let _ = stream.write_all(bytes).await;
                if stall {
                    open.push(stream);
                } else {
                    let _ = stream.shutdown().await;
                }
            }
        });
        // Short limits: a stalled answer costs a fraction of a second, not SignalWire's 15 s.
        let timeouts = cxml::testing::Timeouts {
            connect: std::time::Duration::from_millis(500),
            read: std::time::Duration::from_millis(150),
            total: std::time::Duration::from_millis(300),
        };
        let simulator = Simulator::over_http(format!("http://{address}")).timeouts(timeouts);
        let _ = converse(simulator, kind).await;
        server.abort();
    });
}
