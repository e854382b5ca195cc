//! How the platform's requests reach the application: in process through a
//! [`tower_service::Service`], or over HTTP/1.1 to a URL. Either way every exchange has a time
//! limit and the answer's body a size limit, so a server that never answers or sends without
//! end stops the run with an error instead of hanging it.

use std::future::{Future, poll_fn};
use std::pin::Pin;

use bytes::Bytes;
use http::{HeaderValue, Method, header};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tokio::time::Instant;
use tower_service::Service;

use cxml_runtime::schema::url::{UriRef, origin};

use crate::error::ErrorKind;
use crate::timeouts::Timeouts;

/// What [`Service`] errors and body errors must convert into.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The header SignalWire signs requests with.
pub(crate) const SIGNATURE_HEADER: &str = "x-signalwire-signature";

/// The header Twilio signs requests with.
pub(crate) const TWILIO_SIGNATURE_HEADER: &str = "x-twilio-signature";

/// One request, ready to send.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    pub method: Method,
    /// Absolute, without fragment; for a GET with the parameters in its query. The public URL:
    /// what is signed, and what `Host` says.
    pub url: String,
    /// Where to deliver it instead of the URL's own origin (`http://127.0.0.1:3000` for a
    /// server behind a tunnel whose public URL is `url`).
    pub address: Option<String>,
    /// The form body of a POST (empty for a GET).
    pub body: String,
    pub signature: String,
    /// The header the signature goes in.
    pub signature_header: &'static str,
    /// The `Cookie` header, when the platform keeps cookies and has some for this request.
    pub cookie: Option<String>,
    pub timeouts: Timeouts,
    /// Largest answer body accepted, in bytes.
    pub limit: usize,
}

impl Outgoing {
    /// The request as a server sees it: origin-form target, `Host`, signature, form type.
    fn to_http(&self) -> Result<http::Request<String>, ErrorKind> {
        let parts = UriRef::absolute(&self.url)
            .ok_or_else(|| ErrorKind::Url(format!("`{}` is not absolute", self.url)))?;
        let authority = parts.authority().unwrap_or_default();
        let target = parts.path_and_query();
        let mut builder = http::Request::builder()
            .method(self.method.clone())
            .uri(target.as_ref())
            .header(header::HOST, authority)
            .header(header::USER_AGENT, "cxml-testing");
        let signature = HeaderValue::from_str(&self.signature)
            .map_err(|error| ErrorKind::Transport(format!("signature header: {error}")))?;
        builder = builder.header(self.signature_header, signature);
        if let Some(cookie) = &self.cookie {
            let cookie = HeaderValue::from_str(cookie)
                .map_err(|error| ErrorKind::Transport(format!("cookie header: {error}")))?;
            builder = builder.header(header::COOKIE, cookie);
        }
        if let Some(address) = &self.address
            && origin(address) != origin(&self.url)
        {
            // As a tunnel or proxy in front of the server would say.
            builder = builder
                .header("x-forwarded-proto", parts.scheme().unwrap_or_default())
                .header("x-forwarded-host", authority);
        }
        if self.method == Method::POST {
            builder = builder.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        builder
            .body(self.body.clone())
            .map_err(|error| ErrorKind::Url(format!("`{}`: {error}", self.url)))
    }
}

/// An answer: its status and body.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
    /// The `Location` header of a redirect.
    pub location: Option<String>,
    /// Where the answer came from, when a redirect was followed to it.
    pub redirected_to: Option<String>,
    /// The `Set-Cookie` values of the answer.
    pub set_cookies: Vec<String>,
}

/// Delivers requests to the application.
pub(crate) trait Transport: Send {
    fn send(&mut self, outgoing: Outgoing) -> BoxFuture<'_, Result<Answer, ErrorKind>>;
}

/// An in-process application: any `tower` service taking `http::Request<String>`, such as an
/// axum `Router`.
pub(crate) struct ServiceTransport<S>(pub S);

impl<S, B> Transport for ServiceTransport<S>
where
    S: Service<http::Request<String>, Response = http::Response<B>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<BoxError>,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    fn send(&mut self, outgoing: Outgoing) -> BoxFuture<'_, Result<Answer, ErrorKind>> {
        Box::pin(async move {
            let request = outgoing.to_http()?;
            let service = &mut self.0;
            let error_body_deadline = error_body_deadline(&outgoing);
            let exchange = async move {
                poll_fn(|cx| service.poll_ready(cx))
                    .await
                    .map_err(|error| {
                        ErrorKind::Transport(format!("the service is not ready: {}", error.into()))
                    })?;
                let response = tokio::time::timeout(outgoing.timeouts.read, service.call(request))
                    .await
                    .map_err(|_| ErrorKind::Timeout {
                        after: outgoing.timeouts.read,
                    })?
                    .map_err(|error| {
                        ErrorKind::Transport(format!("the service failed: {}", error.into()))
                    })?;
                collect(response, outgoing.limit, error_body_deadline).await
            };
            tokio::time::timeout(outgoing.timeouts.total, exchange)
                .await
                .map_err(|_| ErrorKind::Timeout {
                    after: outgoing.timeouts.total,
                })?
        })
    }
}

/// A running server at a URL, reached over plain HTTP/1.1 (one connection per request, as
/// webhooks are).
pub(crate) struct HttpTransport;

impl Transport for HttpTransport {
    fn send(&mut self, outgoing: Outgoing) -> BoxFuture<'_, Result<Answer, ErrorKind>> {
        Box::pin(async move {
            let total = outgoing.timeouts.total;
            let error_body_deadline = error_body_deadline(&outgoing);
            tokio::time::timeout(total, exchange_over_http(outgoing, error_body_deadline))
                .await
                .map_err(|_| ErrorKind::Timeout { after: total })?
        })
    }
}

async fn exchange_over_http(
    outgoing: Outgoing,
    error_body_deadline: Instant,
) -> Result<Answer, ErrorKind> {
    let target = outgoing.address.as_deref().unwrap_or(&outgoing.url);
    let parts = UriRef::absolute(target)
        .ok_or_else(|| ErrorKind::Url(format!("`{target}` is not absolute")))?;
    if !parts.scheme_is("http") {
        return Err(ErrorKind::Url(format!(
            "`{target}`: the simulator speaks plain HTTP only; point it at the server's http:// address"
        )));
    }
    let authority = parts.authority().unwrap_or_default();
    if authority.contains('@') {
        return Err(ErrorKind::Url(format!(
            "`{target}`: credentials in the URL are not supported"
        )));
    }
    let address = if parts.authority_parts().is_some_and(|a| a.port.is_some()) {
        authority.to_owned()
    } else {
        format!("{authority}:80")
    };
    let connect = outgoing.timeouts.connect;
    let stream = tokio::time::timeout(connect, tokio::net::TcpStream::connect(address.as_str()))
        .await
        .map_err(|_| ErrorKind::Timeout { after: connect })?
        .map_err(|error| ErrorKind::Transport(format!("cannot connect to {address}: {error}")))?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .map_err(|error| {
                ErrorKind::Transport(format!("HTTP handshake with {address}: {error}"))
            })?;
    let driver = tokio::spawn(connection);
    let result = async {
        let request = outgoing.to_http()?;
        let read = outgoing.timeouts.read;
        let response = tokio::time::timeout(read, sender.send_request(request))
            .await
            .map_err(|_| ErrorKind::Timeout { after: read })?
            .map_err(|error| ErrorKind::Transport(format!("{address}: {error}")))?;
        collect(response, outgoing.limit, error_body_deadline).await
    }
    .await;
    driver.abort();
    result
}

/// When the body of an answer that is not 2xx stops being waited for: the read timeout after the
/// request starts, and at the latest the end of the whole exchange. (At that same instant the
/// exchange's own timeout polls the exchange first, so the status still wins.)
fn error_body_deadline(outgoing: &Outgoing) -> Instant {
    Instant::now() + outgoing.timeouts.read.min(outgoing.timeouts.total)
}

/// The status and, within `limit` bytes, the body of a response.
///
/// An answer that is not 2xx is an error whatever its body: the body only gives the message an
/// excerpt, so a body that stalls past `error_body_deadline`, breaks or runs over `limit` leaves
/// the excerpt empty instead of hiding the status behind a timeout or a size error.
async fn collect<B>(
    response: http::Response<B>,
    limit: usize,
    error_body_deadline: Instant,
) -> Result<Answer, ErrorKind>
where
    B: http_body::Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let set_cookies: Vec<String> = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .map(str::to_owned)
        .collect();
    let body = Limited::new(response.into_body(), limit).collect();
    if !(200..300).contains(&status) {
        let body = match tokio::time::timeout_at(error_body_deadline, body).await {
            Ok(Ok(collected)) => collected.to_bytes().to_vec(),
            Ok(Err(_)) | Err(_) => Vec::new(),
        };
        return Ok(Answer {
            status,
            body,
            location,
            redirected_to: None,
            set_cookies,
        });
    }
    match body.await {
        Ok(collected) => Ok(Answer {
            status,
            body: collected.to_bytes().to_vec(),
            location,
            redirected_to: None,
            set_cookies,
        }),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => {
            Err(ErrorKind::BodyTooLarge { limit })
        }
        Err(error) => Err(ErrorKind::Transport(format!("reading the answer: {error}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body of some bytes that then never ends.
    struct Stalling(Option<Bytes>);

    impl http_body::Body for Stalling {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
            match self.0.take() {
                Some(data) => std::task::Poll::Ready(Some(Ok(http_body::Frame::data(data)))),
                None => std::task::Poll::Pending,
            }
        }
    }

    fn answer<B>(status: u16, body: B) -> http::Response<B> {
        let mut response = http::Response::new(body);
        *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
        response
    }

    /// Runs `future`; one that would never end fails the test instead of hanging it.
    fn run<T>(future: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(async {
                tokio::time::timeout(std::time::Duration::from_secs(5), future).await
            })
            .expect("collect ends")
    }

    /// A failing status is the error even when its body stalls, breaks or is too large: the
    /// body only ever gave the message an excerpt.
    #[test]
    fn a_failing_status_is_not_hidden_by_its_body() {
        let soon = || Instant::now() + std::time::Duration::from_millis(50);
        let stalled = run(collect(
            answer(503, Stalling(Some("busy".into()))),
            100,
            soon(),
        ));
        assert_eq!(stalled.map(|a| (a.status, a.body)), Ok((503, Vec::new())));

        let big = http_body_util::Full::new(Bytes::from(vec![b'x'; 200]));
        let too_large = run(collect(answer(500, big.clone()), 100, soon()));
        assert_eq!(too_large.map(|a| (a.status, a.body)), Ok((500, Vec::new())));

        let within = run(collect(answer(404, Stalling(None)), 100, soon()));
        assert_eq!(within.map(|a| a.status), Ok(404));

        // A 2xx body is the document: its size limit still holds.
        let ok_too_large = run(collect(answer(200, big), 100, soon()));
        assert!(matches!(
            ok_too_large,
            Err(ErrorKind::BodyTooLarge { limit: 100 })
        ));
        let small = http_body_util::Full::new(Bytes::from_static(b"<Response/>"));
        let error_body = run(collect(answer(400, small), 100, soon()));
        assert_eq!(error_body.map(|a| a.body), Ok(b"<Response/>".to_vec()));
    }

    #[test]
    fn requests_carry_origin_form_host_signature_and_form_type() {
        let outgoing = Outgoing {
            method: Method::POST,
            url: "https://ivr.example.com/menu?lang=en".into(),
            address: None,
            body: "Digits=1".into(),
            signature: "abc=".into(),
            signature_header: SIGNATURE_HEADER,
            cookie: None,
            timeouts: Timeouts::default(),
            limit: 10,
        };
        let request = outgoing.to_http().unwrap();
        assert_eq!(request.uri(), "/menu?lang=en");
        assert_eq!(request.headers()[header::HOST], "ivr.example.com");
        assert_eq!(request.headers()[SIGNATURE_HEADER], "abc=");
        assert_eq!(
            request.headers()[header::CONTENT_TYPE],
            "application/x-www-form-urlencoded"
        );
        assert_eq!(request.body(), "Digits=1");
    }
}
