//! The client: credentials, a transport, retries, timeouts, pages.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use bytes::Bytes;
use futures_core::Stream;
use futures_util::{StreamExt as _, TryStreamExt as _};
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER, USER_AGENT};
use http::{HeaderMap, HeaderValue, Request, Response, StatusCode, Uri};
use http_body::Body;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt as _, Full};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tower_service::Service;

use crate::credentials::Credentials;
use crate::error::{
    ApiError, BoxError, DecodeError, Error, TimeoutError, TimeoutKind, TransportError, excerpt,
};
use crate::page::{Listed, Page};

/// The API version in every path.
pub(crate) const API_PREFIX: &str = "/api/laml/2010-04-01/Accounts";
/// The same in Twilio's API ([`Credentials::twilio`]).
pub(crate) const TWILIO_API_PREFIX: &str = "/2010-04-01/Accounts";

/// The body type of the requests a transport is given.
pub type RequestBody = Full<Bytes>;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;
type ResponseBody = UnsyncBoxBody<Bytes, BoxError>;

/// A transport with its types erased.
trait Transport: Send + Sync {
    fn send(
        &self,
        request: Request<RequestBody>,
    ) -> BoxFuture<Result<Response<ResponseBody>, BoxError>>;
}

/// The service behind a lock, so that a service that is `Send` but not `Sync` (tower's
/// `BoxCloneService`) can be shared: each request clones it, as tower services are used.
struct ServiceTransport<S>(std::sync::Mutex<S>);

impl<S, B> Transport for ServiceTransport<S>
where
    S: Service<Request<RequestBody>, Response = Response<B>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<BoxError>,
    B: Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    fn send(
        &self,
        request: Request<RequestBody>,
    ) -> BoxFuture<Result<Response<ResponseBody>, BoxError>> {
        let mut service = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        Box::pin(async move {
            futures_util::future::poll_fn(|cx| service.poll_ready(cx))
                .await
                .map_err(Into::into)?;
            let response = service.call(request).await.map_err(Into::into)?;
            Ok(response.map(|body| body.map_err(Into::into).boxed_unsync()))
        })
    }
}

/// When and how often a request that is safe to repeat (`GET`, `DELETE`) is tried again.
///
/// A request is tried again after a timeout, a transport error, or a `429`, `500`, `502`,
/// `503` or `504` answer, at most [`max_retries`](Self::new) times. The delay is the answer's
/// `Retry-After` (seconds or an HTTP date) when it has one, else `base_delay` doubled at each
/// retry; never more than `max_delay`: a `Retry-After` asking for longer ends the retries and
/// the error carries it ([`ApiError::retry_after`]).
///
/// A `POST` is never repeated: creating a call or sending a message twice is worse than an
/// error. A `POST` that times out or loses its connection may or may not have taken effect
/// ([`Error::is_outcome_unknown`]); list the calls or messages to find out. A `DELETE` tried
/// again after its answer was lost may answer 404: the first try took effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
}

impl RetryPolicy {
    /// At most `max_retries` retries, waiting `base_delay`, doubled each time, capped at
    /// `max_delay`.
    pub fn new(max_retries: u32, base_delay: Duration, max_delay: Duration) -> Self {
        RetryPolicy {
            max_retries,
            base_delay,
            max_delay,
        }
    }

    /// No retries.
    pub fn none() -> Self {
        RetryPolicy::new(0, Duration::ZERO, Duration::ZERO)
    }

    /// The delay before retry number `retry` (from 0), without `Retry-After`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry.min(31)).unwrap_or(u32::MAX);
        self.base_delay
            .checked_mul(factor)
            .unwrap_or(self.max_delay)
            .min(self.max_delay)
    }
}

impl Default for RetryPolicy {
    /// 3 retries, from 200 ms, at most 10 s apart.
    fn default() -> Self {
        RetryPolicy::new(3, Duration::from_millis(200), Duration::from_secs(10))
    }
}

/// Sets up a [`Client`]: retries, timeouts, and its transport.
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use std::time::Duration;
/// use cxml::rest::{Client, Credentials, RetryPolicy};
///
/// # fn service() -> axum::Router { axum::Router::new() }
/// let credentials = Credentials::new("project-id", "PT-token", "example.signalwire.com")?;
/// let client = Client::builder(credentials)
///     .timeout(Duration::from_secs(30))
///     .read_timeout(Duration::from_secs(10))
///     .retry(RetryPolicy::new(5, Duration::from_millis(100), Duration::from_secs(5)))
///     .service(service());
/// # Ok::<(), cxml::rest::ConfigError>(())
/// ```
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    credentials: Credentials,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    connect_timeout: Duration,
    max_body: usize,
}

impl ClientBuilder {
    /// The retry policy (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The longest one try of a request may take, from sending it to the end of the answer's
    /// body (default: 60 s). Applies to any transport.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The longest wait for the answer's head, and then for each piece of its body
    /// (default: 30 s). Applies to any transport.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// No request or read timeout (a transport may still have its own).
    pub fn no_timeouts(mut self) -> Self {
        self.timeout = None;
        self.read_timeout = None;
        self
    }

    /// The longest wait for a TCP connection (default: 10 s). Used by the HTTPS transport
    /// ([`https`](Self::https)); a transport given to [`service`](Self::service) sets its own.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The largest answer body read (default: 16 MiB); a larger one is a transport error.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// A client sending its requests through `service`: any tower service taking
    /// `http::Request<Full<Bytes>>` and answering `http::Response` with a body of `Bytes`
    /// (hyper's client, an axum `Router` in process, a tower stack with your own layers).
    pub fn service<S, B>(self, service: S) -> Client
    where
        S: Service<Request<RequestBody>, Response = Response<B>> + Clone + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Into<BoxError>,
        B: Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        self.build(
            Box::new(ServiceTransport(std::sync::Mutex::new(service))),
            None,
        )
    }

    /// A client over the HTTPS transport: hyper's connection pool, rustls with Mozilla's root
    /// certificates (no OpenSSL), HTTP/1.1, the [`connect_timeout`](Self::connect_timeout).
    /// Plain http is only used for a loopback space (see [`Credentials`]).
    #[cfg(feature = "https")]
    #[cfg_attr(docsrs, doc(cfg(feature = "https")))]
    pub fn https(self) -> Result<Client, crate::error::ConfigError> {
        let connect_timeout = self.connect_timeout;
        let service = crate::https::service(connect_timeout)?;
        Ok(self.build(
            Box::new(ServiceTransport(std::sync::Mutex::new(service))),
            Some(connect_timeout),
        ))
    }

    fn build(self, transport: Box<dyn Transport>, connect_timeout: Option<Duration>) -> Client {
        let credentials = self.credentials;
        let basic = base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            credentials.project(),
            credentials.token()
        ));
        let mut authorization = HeaderValue::from_str(&format!("Basic {basic}"))
            .expect("base64 is a valid header value");
        authorization.set_sensitive(true);
        Client {
            inner: Arc::new(Inner {
                transport,
                account_path: format!(
                    "{}/{}",
                    if credentials.is_twilio() {
                        TWILIO_API_PREFIX
                    } else {
                        API_PREFIX
                    },
                    credentials.project()
                ),
                credentials,
                authorization,
                basic,
                retry: self.retry,
                timeout: self.timeout,
                read_timeout: self.read_timeout,
                connect_timeout,
                max_body: self.max_body,
            }),
        }
    }
}

/// A client for SignalWire's Compatibility REST API.
///
/// Cheap to clone (one `Arc`); every request goes through its transport with Basic auth
/// (`project:token`), form-encoded bodies and JSON answers. Needs a Tokio runtime with time
/// enabled (timeouts and retry delays use `tokio::time`).
///
/// ```no_run
/// # mod cxml { pub use ::cxml_runtime::parse; pub mod rest { pub use ::cxml_rest::*; } }
/// # #[cfg(feature = "https")]
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use cxml::rest::{CallDocument, Client, CreateCall, Credentials};
///
/// let client = Client::https(Credentials::from_env()?)?;
/// // Usually `cxml! { Response < Say < "…" > > }`, checked at compile time.
/// let reminder = cxml::parse("<Response><Say>Your appointment is tomorrow at nine.</Say></Response>")?;
/// let call = client
///     .calls()
///     .create(&CreateCall::new("+15550100", "+15550199", CallDocument::parsed(&reminder)?))
///     .await?;
/// println!("placed {}", call.sid);
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Box<dyn Transport>,
    credentials: Credentials,
    account_path: String,
    authorization: HeaderValue,
    basic: String,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_body: usize,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("credentials", &self.inner.credentials)
            .field("retry", &self.inner.retry)
            .field("timeout", &self.inner.timeout)
            .field("read_timeout", &self.inner.read_timeout)
            .field("connect_timeout", &self.inner.connect_timeout)
            .finish_non_exhaustive()
    }
}

/// A finished exchange.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Client {
    /// Starts a [`ClientBuilder`] with the default retries and timeouts.
    pub fn builder(credentials: Credentials) -> ClientBuilder {
        ClientBuilder {
            credentials,
            retry: RetryPolicy::default(),
            timeout: Some(Duration::from_secs(60)),
            read_timeout: Some(Duration::from_secs(30)),
            connect_timeout: Duration::from_secs(10),
            max_body: 16 << 20,
        }
    }

    /// A client over `service` with the default retries and timeouts (see
    /// [`ClientBuilder::service`]).
    pub fn new<S, B>(credentials: Credentials, service: S) -> Client
    where
        S: Service<Request<RequestBody>, Response = Response<B>> + Clone + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Into<BoxError>,
        B: Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        Client::builder(credentials).service(service)
    }

    /// A client over the HTTPS transport with the default retries and timeouts (see
    /// [`ClientBuilder::https`]).
    #[cfg(feature = "https")]
    #[cfg_attr(docsrs, doc(cfg(feature = "https")))]
    pub fn https(credentials: Credentials) -> Result<Client, crate::error::ConfigError> {
        Client::builder(credentials).https()
    }

    /// The credentials (the token stays hidden).
    pub fn credentials(&self) -> &Credentials {
        &self.inner.credentials
    }

    /// The path every resource of the project is under:
    /// `/api/laml/2010-04-01/Accounts/{project}`, or Twilio's `/2010-04-01/Accounts/{AccountSid}`.
    pub fn account_path(&self) -> &str {
        &self.inner.account_path
    }

    /// The page after `page`, or `None` on the last page.
    pub async fn next_page<T: Listed>(&self, page: &Page<T>) -> Result<Option<Page<T>>, Error> {
        match &page.next_page_uri {
            Some(link) => {
                let path = self.page_path(link)?;
                self.get(path).await.map(Some)
            }
            None => Ok(None),
        }
    }

    // ---- paths ----

    /// `{account_path}/{relative}`.
    pub(crate) fn path(&self, relative: &str) -> String {
        format!("{}/{relative}", self.inner.account_path)
    }

    /// A page link as a path and query on this space; refuses a link to another host.
    fn page_path(&self, link: &str) -> Result<String, Error> {
        if link.starts_with('/') {
            return Ok(link.to_owned());
        }
        let foreign = || {
            Error::Decode(DecodeError {
                status: None,
                reason: format!("a page link leaves the space: {link:?}"),
                body_excerpt: None,
                source: None,
            })
        };
        let uri: Uri = link.parse().map_err(|_| foreign())?;
        let credentials = &self.inner.credentials;
        if uri.scheme() != Some(&credentials.scheme)
            || uri.authority() != Some(&credentials.authority)
        {
            return Err(foreign());
        }
        Ok(uri
            .path_and_query()
            .map(|pq| pq.as_str().to_owned())
            .unwrap_or_else(|| "/".to_owned()))
    }

    fn redact(&self, text: String) -> String {
        text.replace(self.inner.credentials.token(), "***")
            .replace(&self.inner.basic, "***")
    }

    // ---- requests ----

    pub(crate) async fn get<T: DeserializeOwned>(
        &self,
        path_and_query: String,
    ) -> Result<T, Error> {
        let answer = self
            .execute(http::Method::GET, path_and_query, None)
            .await?;
        self.decode(answer)
    }

    pub(crate) async fn post<T: DeserializeOwned, F: Serialize + ?Sized>(
        &self,
        path: String,
        form: &F,
    ) -> Result<T, Error> {
        let body = serde_html_form::to_string(form).map_err(|e| {
            Error::Decode(DecodeError {
                status: None,
                reason: format!("the request could not be form-encoded: {e}"),
                body_excerpt: None,
                source: None,
            })
        })?;
        let answer = self.execute(http::Method::POST, path, Some(body)).await?;
        self.decode(answer)
    }

    pub(crate) async fn delete(&self, path: String) -> Result<(), Error> {
        self.execute(http::Method::DELETE, path, None).await?;
        Ok(())
    }

    /// The first page of a list.
    pub(crate) async fn page<T: Listed>(&self, path_and_query: String) -> Result<Page<T>, Error> {
        self.get(path_and_query).await
    }

    /// Every item of a list, page after page, each page requested when the one before is used
    /// up.
    pub(crate) fn list<T: Listed>(&self, path_and_query: String) -> Paged<T> {
        let client = self.clone();
        // The state is the next page to request: a link that cannot be followed fails when
        // the stream gets to it, after the items of the page that gave it.
        let start: Option<Result<String, Error>> = Some(Ok(path_and_query));
        let pages = futures_util::stream::try_unfold(start, move |next| {
            let client = client.clone();
            async move {
                let path = match next {
                    None => return Ok::<_, Error>(None),
                    Some(next) => next?,
                };
                let page: Page<T> = client.get(path.clone()).await?;
                let next = match &page.next_page_uri {
                    Some(link) => match client.page_path(link) {
                        Ok(next) if next == path => None,
                        other => Some(other),
                    },
                    None => None,
                };
                Ok(Some((page.items, next)))
            }
        });
        let items = pages
            .map_ok(|items| futures_util::stream::iter(items.into_iter().map(Ok)))
            .try_flatten();
        Paged {
            inner: Box::pin(items),
        }
    }

    fn decode<T: DeserializeOwned>(&self, answer: Answer) -> Result<T, Error> {
        let body: &[u8] = if answer.body.is_empty() || answer.status == StatusCode::NO_CONTENT {
            b"null"
        } else {
            &answer.body
        };
        serde_json::from_slice(body).map_err(|e| {
            Error::Decode(DecodeError {
                status: Some(answer.status),
                reason: "the answer is not the JSON expected".to_owned(),
                body_excerpt: Some(self.redact(excerpt(&answer.body))),
                source: Some(e),
            })
        })
    }

    fn request(
        &self,
        method: &http::Method,
        path_and_query: &str,
        body: Option<Bytes>,
    ) -> Result<Request<RequestBody>, Error> {
        let credentials = &self.inner.credentials;
        let uri = Uri::builder()
            .scheme(credentials.scheme.clone())
            .authority(credentials.authority.clone())
            .path_and_query(path_and_query)
            .build()
            .map_err(|e| {
                Error::Decode(DecodeError {
                    status: None,
                    reason: format!("not a usable path: {path_and_query:?} ({e})"),
                    body_excerpt: None,
                    source: None,
                })
            })?;
        let mut builder = Request::builder()
            .method(method.clone())
            .uri(uri)
            .header(AUTHORIZATION, self.inner.authorization.clone())
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, concat!("cxml-rest/", env!("CARGO_PKG_VERSION")));
        if body.is_some() {
            builder = builder.header(CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        Ok(builder
            .body(Full::new(body.unwrap_or_default()))
            .expect("a request from valid parts"))
    }

    /// Sends a request, retrying it when it is safe to, and returns a success answer.
    async fn execute(
        &self,
        method: http::Method,
        path_and_query: String,
        form: Option<String>,
    ) -> Result<Answer, Error> {
        let repeatable = method == http::Method::GET || method == http::Method::DELETE;
        let body = form.map(Bytes::from);
        let policy = self.inner.retry;
        let mut retry = 0;
        loop {
            let request = self.request(&method, &path_and_query, body.clone())?;
            let result = self.attempt(request).await;
            let can_retry = repeatable && retry < policy.max_retries;
            let delay = match &result {
                Ok(answer) if answer.status.is_success() => None,
                Ok(answer) if can_retry && retryable(answer.status) => {
                    match retry_after(&answer.headers) {
                        Some(asked) if asked > policy.max_delay => None,
                        Some(asked) => Some(asked),
                        None => Some(policy.backoff(retry)),
                    }
                }
                Err(error) if can_retry && error.is_outcome_unknown() => {
                    Some(policy.backoff(retry))
                }
                _ => None,
            };
            match delay {
                Some(delay) => {
                    tokio::time::sleep(delay).await;
                    retry += 1;
                }
                None => {
                    let answer = result?;
                    if answer.status.is_success() {
                        return Ok(answer);
                    }
                    let retry_after = retry_after(&answer.headers);
                    return Err(Error::Api(Box::new(ApiError::from_body(
                        answer.status,
                        &answer.body,
                        retry_after,
                        |text| self.redact(text),
                    ))));
                }
            }
        }
    }

    /// One try: the request, the answer's head and its whole body, within the timeouts.
    async fn attempt(&self, request: Request<RequestBody>) -> Result<Answer, Error> {
        let inner = &self.inner;
        let read_timeout = inner.read_timeout;
        let exchange = async {
            let sent = inner.transport.send(request);
            let response = match read_timeout {
                Some(limit) => tokio::time::timeout(limit, sent)
                    .await
                    .map_err(|_| timeout(TimeoutKind::Read, limit))?,
                None => sent.await,
            }
            .map_err(|e| self.transport_error(e))?;
            let (parts, mut body) = response.into_parts();
            let mut data = Vec::new();
            loop {
                let frame = match read_timeout {
                    Some(limit) => tokio::time::timeout(limit, body.frame())
                        .await
                        .map_err(|_| timeout(TimeoutKind::Read, limit))?,
                    None => body.frame().await,
                };
                match frame {
                    None => break,
                    Some(Err(e)) => return Err(self.transport_error(e)),
                    Some(Ok(frame)) => {
                        if let Ok(chunk) = frame.into_data() {
                            if data.len() + chunk.len() > inner.max_body {
                                return Err(Error::Transport(TransportError::new(format!(
                                    "the answer is larger than {} bytes",
                                    inner.max_body
                                ))));
                            }
                            data.extend_from_slice(&chunk);
                        }
                    }
                }
            }
            Ok(Answer {
                status: parts.status,
                headers: parts.headers,
                body: Bytes::from(data),
            })
        };
        match inner.timeout {
            Some(limit) => tokio::time::timeout(limit, exchange)
                .await
                .unwrap_or(Err(timeout(TimeoutKind::Request, limit))),
            None => exchange.await,
        }
    }

    /// A transport error, or a connect timeout when the error says the connection timed out.
    fn transport_error(&self, error: BoxError) -> Error {
        if let Some(limit) = self.inner.connect_timeout {
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&*error);
            while let Some(e) = source {
                if let Some(io) = e.downcast_ref::<std::io::Error>()
                    && io.kind() == std::io::ErrorKind::TimedOut
                {
                    return timeout(TimeoutKind::Connect, limit);
                }
                source = e.source();
            }
        }
        Error::Transport(TransportError::new(error))
    }
}

fn timeout(kind: TimeoutKind, after: Duration) -> Error {
    Error::Timeout(TimeoutError { kind, after })
}

/// Answers worth another try of a request that is safe to repeat.
fn retryable(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Every item of a list, its pages requested lazily (a `Stream` of `Result<T, Error>`).
///
/// Nothing is requested before the stream is first polled; each next page is requested when
/// the items of the one before are used up, following SignalWire's `next_page_uri`. The
/// stream ends after the last page, or after the first error.
///
/// ```no_run
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// # async fn demo(client: cxml::rest::Client) -> Result<(), cxml::rest::Error> {
/// use futures_util::TryStreamExt;
/// use cxml::rest::{CallFilter, CallStatus};
///
/// let mut calls = client.calls().list(&CallFilter::new().status(CallStatus::InProgress));
/// while let Some(call) = calls.try_next().await? {
///     println!("{} → {}", call.from, call.to);
/// }
/// # Ok(())
/// # }
/// ```
pub struct Paged<T> {
    inner: Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>,
}

impl<T> fmt::Debug for Paged<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paged").finish_non_exhaustive()
    }
}

impl<T> Stream for Paged<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T> Paged<T> {
    /// Collects every item (every page) into a `Vec`, stopping at the first error.
    pub async fn collect_all(self) -> Result<Vec<T>, Error> {
        self.try_collect().await
    }

    /// At most the first `n` items, requesting only the pages they are on.
    pub fn take_items(self, n: usize) -> Paged<T>
    where
        T: 'static,
    {
        Paged {
            inner: Box::pin(self.inner.take(n)),
        }
    }
}

/// A path segment, percent-encoded (a sid with `/` or `?` cannot reach another path).
pub(crate) fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `path?query`, the query form-encoded from `query` (nothing when it is empty).
pub(crate) fn with_query<Q: Serialize + ?Sized>(path: String, query: &Q) -> String {
    match serde_html_form::to_string(query) {
        Ok(query) if !query.is_empty() => format!("{path}?{query}"),
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A transport whose connection attempt timed out.
    struct ConnectTimedOut;

    impl Transport for ConnectTimedOut {
        fn send(
            &self,
            _: Request<RequestBody>,
        ) -> BoxFuture<Result<Response<ResponseBody>, BoxError>> {
            Box::pin(async {
                #[derive(Debug)]
                struct Connect(std::io::Error);
                impl fmt::Display for Connect {
                    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("tcp connect error")
                    }
                }
                impl std::error::Error for Connect {
                    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                        Some(&self.0)
                    }
                }
                let io = std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out");
                Err(Box::new(Connect(io)) as BoxError)
            })
        }
    }

    #[tokio::test]
    async fn a_connect_timeout_is_reported_as_one() {
        let credentials = Credentials::new("p", "t", "example.signalwire.com").unwrap();
        let client = Client::builder(credentials)
            .retry(RetryPolicy::none())
            .build(Box::new(ConnectTimedOut), Some(Duration::from_secs(3)));
        let error = client.calls().fetch("CA1").await.unwrap_err();
        let Error::Timeout(timeout) = error else {
            panic!("{error:?}")
        };
        assert_eq!(timeout.kind, TimeoutKind::Connect);
        assert_eq!(timeout.after, Duration::from_secs(3));
    }

    #[test]
    fn backoff_doubles_up_to_its_cap() {
        let policy = RetryPolicy::new(10, Duration::from_millis(100), Duration::from_secs(1));
        let delays: Vec<_> = (0..6).map(|n| policy.backoff(n).as_millis()).collect();
        assert_eq!(delays, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(policy.backoff(200), Duration::from_secs(1));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let delay = retry_after(&headers).unwrap();
        assert!(delay > Duration::from_secs(100) && delay <= Duration::from_secs(120));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(segment("CA-1_b.c~"), "CA-1_b.c~");
        assert_eq!(segment("../x?y#z"), "..%2Fx%3Fy%23z");
    }
}
