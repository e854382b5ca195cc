//! The client's fault behaviour, deterministic: the fake API runs in process (an axum `Router`
//! as the transport) on Tokio's paused clock, so backoff delays and timeouts are exact and no
//! test sleeps.

mod common;

use std::time::Duration;

use common::*;
use cxml::rest::*;
use tokio::time::Instant;

fn client(router: axum::Router, policy: RetryPolicy) -> Client {
    Client::builder(Credentials::new(PROJECT, TOKEN, "example.signalwire.com").unwrap())
        .retry(policy)
        .timeout(Duration::from_secs(20))
        .read_timeout(Duration::from_secs(5))
        .service(router)
}

fn policy() -> RetryPolicy {
    RetryPolicy::new(3, Duration::from_secs(1), Duration::from_secs(10))
}

fn unavailable() -> Reply {
    Reply::Json(503, error_body(503, 20503, "Service unavailable"))
}

fn too_many(retry_after: &str) -> Reply {
    Reply::Raw {
        status: 429,
        headers: vec![
            ("retry-after", retry_after.to_owned()),
            ("content-type", "application/json".to_owned()),
        ],
        body: error_body(429, 20429, "Too Many Requests").to_string(),
    }
}

#[tokio::test(start_paused = true)]
async fn a_get_is_retried_with_exponential_backoff() {
    let (router, requests) = router(|_, n| {
        if n < 3 {
            unavailable()
        } else {
            Reply::Json(200, call("CA1", "completed"))
        }
    });
    let client = client(router, policy());
    let start = Instant::now();
    let fetched = client.calls().fetch("CA1").await.unwrap();
    assert_eq!(fetched.sid, "CA1");
    assert_eq!(requests.lock().unwrap().len(), 4);
    // 1 s, 2 s, 4 s.
    assert_eq!(start.elapsed(), Duration::from_secs(7));
}

#[tokio::test(start_paused = true)]
async fn retries_are_bounded_in_count_and_delay() {
    let (router, requests) = router(|_, _| unavailable());
    let client = client(
        router,
        RetryPolicy::new(5, Duration::from_secs(1), Duration::from_secs(3)),
    );
    let start = Instant::now();
    let error = client.calls().fetch("CA1").await.unwrap_err();
    let Error::Api(e) = error else {
        panic!("{error:?}")
    };
    assert_eq!(e.status, 503);
    assert_eq!(e.code, Some(20503));
    assert_eq!(requests.lock().unwrap().len(), 6);
    // 1, 2, then capped at 3: 1 + 2 + 3 + 3 + 3.
    assert_eq!(start.elapsed(), Duration::from_secs(12));
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured_on_429_and_5xx() {
    let (router, requests) = router(|_, n| match n {
        0 => too_many("5"),
        1 => too_many("0"),
        2 => Reply::Raw {
            status: 503,
            headers: vec![("retry-after", "2".into())],
            body: String::new(),
        },
        _ => Reply::Json(200, message("SM1", "delivered")),
    });
    let client = client(router, policy());
    let start = Instant::now();
    client.messages().fetch("SM1").await.unwrap();
    assert_eq!(requests.lock().unwrap().len(), 4);
    assert_eq!(start.elapsed(), Duration::from_secs(7));
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_longer_than_the_policy_allows_ends_the_retries() {
    let (router, requests) = router(|_, _| too_many("3600"));
    let client = client(router, policy());
    let start = Instant::now();
    let Err(Error::Api(e)) = client.calls().fetch("CA1").await else {
        panic!()
    };
    assert_eq!(e.status, 429);
    assert_eq!(e.retry_after, Some(Duration::from_secs(3600)));
    assert_eq!(requests.lock().unwrap().len(), 1);
    assert_eq!(start.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn a_delete_is_retried_too() {
    let (router, requests) = router(|_, n| {
        if n == 0 {
            Reply::Json(500, error_body(500, 1, "oops"))
        } else {
            Reply::NoContent
        }
    });
    let client = client(router, policy());
    client.messages().delete("SM1").await.unwrap();
    assert_eq!(requests.lock().unwrap().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn client_errors_are_not_retried() {
    let (router, requests) = router(|_, _| Reply::Json(404, error_body(404, 20404, "Not found")));
    let client = client(router, policy());
    assert!(client.calls().fetch("CA1").await.is_err());
    assert_eq!(requests.lock().unwrap().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_post_is_never_repeated() {
    // 503, 429 and a timeout: each time exactly one request, so no duplicate call or message.
    for reply in [0, 1, 2] {
        let (router, requests) = router(move |_, _| match reply {
            0 => unavailable(),
            1 => too_many("0"),
            _ => Reply::Hang,
        });
        let client = client(router, policy());
        let doc = cxml::cxml! { Response < Say < "Hi" > > };
        let error = client
            .calls()
            .create(&CreateCall::new(
                "+1",
                "+2",
                CallDocument::inline(&doc).unwrap(),
            ))
            .await
            .unwrap_err();
        assert_eq!(requests.lock().unwrap().len(), 1, "{error:?}");
        let error = client
            .messages()
            .create(&CreateMessage::sms("+1", "+2", "hello"))
            .await
            .unwrap_err();
        assert_eq!(requests.lock().unwrap().len(), 2, "{error:?}");
        if reply == 2 {
            assert!(error.is_outcome_unknown());
            assert!(matches!(
                error,
                Error::Timeout(TimeoutError {
                    kind: TimeoutKind::Read,
                    ..
                })
            ));
        }
    }
}

#[tokio::test(start_paused = true)]
async fn the_request_timeout_bounds_the_whole_exchange() {
    let (router, requests) = router(|_, _| Reply::Hang);
    let client =
        Client::builder(Credentials::new(PROJECT, TOKEN, "example.signalwire.com").unwrap())
            .retry(RetryPolicy::none())
            .no_timeouts()
            .timeout(Duration::from_secs(30))
            .service(router);
    let start = Instant::now();
    let error = client.queues().fetch("QU1").await.unwrap_err();
    assert_eq!(start.elapsed(), Duration::from_secs(30));
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(timeout.kind, TimeoutKind::Request);
    assert_eq!(timeout.after, Duration::from_secs(30));
    assert!(error.to_string().contains("timed out after 30s"));
    assert_eq!(requests.lock().unwrap().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn the_read_timeout_catches_a_body_that_stalls() {
    let (router, _) = router(|_, _| Reply::Stall);
    let client = client(router, RetryPolicy::none());
    let start = Instant::now();
    let error = client.calls().fetch("CA1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout(TimeoutError {
                kind: TimeoutKind::Read,
                ..
            })
        ),
        "{error:?}"
    );
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}

#[tokio::test(start_paused = true)]
async fn a_get_that_timed_out_is_tried_again() {
    let (router, requests) = router(|_, n| {
        if n == 0 {
            Reply::Hang
        } else {
            Reply::Json(200, call("CA1", "ringing"))
        }
    });
    let client = client(router, policy());
    let start = Instant::now();
    assert_eq!(
        client.calls().fetch("CA1").await.unwrap().status,
        CallStatus::Ringing
    );
    assert_eq!(requests.lock().unwrap().len(), 2);
    // The read timeout (5 s), then the first backoff (1 s).
    assert_eq!(start.elapsed(), Duration::from_secs(6));
}

#[tokio::test(start_paused = true)]
async fn pages_are_fetched_with_retries_too() {
    let (router, requests) = router(|request, n| {
        if n == 1 {
            return too_many("1");
        }
        let second = request
            .query
            .as_deref()
            .is_some_and(|q| q.contains("Page=1"));
        Reply::Json(
            200,
            page(
                "Calls",
                "calls",
                vec![call(if second { "CA2" } else { "CA1" }, "completed")],
                u32::from(second),
                !second,
            ),
        )
    });
    let client = client(router, policy());
    let calls = client
        .calls()
        .list(&CallFilter::new())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(calls.len(), 2);
    assert_eq!(requests.lock().unwrap().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn an_error_body_that_echoes_the_token_is_blanked_out() {
    let (router, _) = router(|request, _| Reply::Raw {
        status: 500,
        headers: vec![],
        body: format!(
            "debug: authorization={} token={TOKEN}",
            request.authorization.clone().unwrap_or_default()
        ),
    });
    let client = client(router, RetryPolicy::none());
    let error = client.calls().fetch("CA1").await.unwrap_err();
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    let basic = base64_of(&format!("{PROJECT}:{TOKEN}"));
    assert!(!shown.contains(&basic), "{shown}");
    assert!(shown.contains("***"));
}

fn base64_of(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// A transport that is `Send` but not `Sync` (as tower's `BoxCloneService`) works too.
#[derive(Clone)]
struct NotSync {
    inner: axum::Router,
    _not_sync: std::marker::PhantomData<std::cell::Cell<()>>,
}

type Req = axum::http::Request<http_body_util::Full<bytes::Bytes>>;

impl tower_service::Service<Req> for NotSync {
    type Response = <axum::Router as tower_service::Service<Req>>::Response;
    type Error = <axum::Router as tower_service::Service<Req>>::Error;
    type Future = <axum::Router as tower_service::Service<Req>>::Future;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        tower_service::Service::<Req>::poll_ready(&mut self.inner, cx)
    }

    fn call(&mut self, request: Req) -> Self::Future {
        self.inner.call(request)
    }
}

#[tokio::test(start_paused = true)]
async fn a_transport_that_is_not_sync() {
    let (router, _) = router(|_, _| Reply::Json(200, queue("QU1")));
    let client = client_over(NotSync {
        inner: router,
        _not_sync: std::marker::PhantomData,
    });
    assert_eq!(client.queues().fetch("QU1").await.unwrap().sid, "QU1");
}

fn client_over(service: NotSync) -> Client {
    Client::new(
        Credentials::new(PROJECT, TOKEN, "example.signalwire.com").unwrap(),
        service,
    )
}
