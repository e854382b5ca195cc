//! Issue 20: the cost of refusing an unauthenticated request does not grow with the number of
//! signature headers it carries. `VerifySignatureLayer` on a bare tower service, a form of about
//! 240 KB (just under the layer's body limit), with 1 and with 95 junk `X-SignalWire-Signature`
//! headers, side by side; before the fix, each header re-ran the whole check (95 headers took
//! about 65 times as long as one).
//!
//! `cargo bench -p cxml-bench --bench verify`

use std::convert::Infallible;
use std::future::{Future, Ready, ready};
use std::hint::black_box;
use std::task::{Context, Poll, Waker};

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use cxml::webhook::{VerifySignatureLayer, WebhookConfig};
use http_body_util::Full;
use tower_layer::Layer;
use tower_service::Service;

/// The inner service: answers 200 without reading anything.
#[derive(Clone)]
struct Ok200;

impl Service<http::Request<Full<Bytes>>> for Ok200 {
    type Response = http::Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = Ready<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: http::Request<Full<Bytes>>) -> Self::Future {
        ready(Ok(http::Response::new(Full::new(Bytes::new()))))
    }
}

fn request(body: &Bytes, junk_headers: usize) -> http::Request<Full<Bytes>> {
    let mut builder =
        http::Request::post("/status").header("content-type", "application/x-www-form-urlencoded");
    for _ in 0..junk_headers {
        builder = builder.header("x-signalwire-signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    }
    builder.body(Full::new(body.clone())).unwrap()
}

/// Runs one request through the layer; its body is in memory, so the future is ready at once.
fn status<S>(service: &mut S, request: http::Request<Full<Bytes>>) -> u16
where
    S: Service<
            http::Request<Full<Bytes>>,
            Response = http::Response<cxml::webhook::ResponseBody<Full<Bytes>>>,
        >,
    S::Error: std::fmt::Debug,
{
    let mut future = std::pin::pin!(service.call(request));
    let mut context = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut context) {
        Poll::Ready(response) => response.unwrap().status().as_u16(),
        Poll::Pending => panic!("a request with its body in memory is answered at once"),
    }
}

fn verify(c: &mut Criterion) {
    let body: String = (0..2_500)
        .map(|i| format!("Field{i:05}={}&", "x".repeat(90)))
        .collect();
    let body = Bytes::from(body);
    let mut service =
        VerifySignatureLayer::new(WebhookConfig::new("PSK_bench", "https://ivr.example.com"))
            .layer(Ok200);
    assert_eq!(status(&mut service, request(&body, 1)), 403);
    let mut group = c.benchmark_group(format!("verify-form{}KB", body.len() / 1024));
    for junk in [1, 95] {
        group.bench_function(format!("{junk}-signature-headers"), |b| {
            b.iter(|| status(&mut service, black_box(request(&body, junk))))
        });
    }
    group.finish();
}

criterion_group!(benches, verify);
criterion_main!(benches);
