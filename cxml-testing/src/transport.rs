//! How the platform's requests reach the application: in process through a
//! [`tower_service::Service`], or over HTTP/1.1 to a URL. Either way every exchange has a time
//! limit and the answer's body a size limit, so a server that never answers or sends without
//! end stops the run with an error instead of hanging it.

use std::future::{Future, poll_fn};
use std::pin::Pin;

use bytes::Bytes;
use http::{HeaderValue, Method, header};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tower_service::Service;

use crate::error::ErrorKind;
use crate::url::{Timeouts, split};

/// What [`Service`] errors and body errors must convert into.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The header SignalWire signs requests with.
const SIGNATURE_HEADER: &str = "x-signalwire-signature";

/// One request, ready to send.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    pub method: Method,
    /// Absolute, without fragment; for a GET with the parameters in its query.
    pub url: String,
    /// The form body of a POST (empty for a GET).
    pub body: String,
    pub signature: String,
    pub timeouts: Timeouts,
    /// Largest answer body accepted, in bytes.
    pub limit: usize,
}

impl Outgoing {
    /// The request as a server sees it: origin-form target, `Host`, signature, form type.
    fn to_http(&self) -> Result<http::Request<String>, ErrorKind> {
        let parts = split(&self.url)
            .ok_or_else(|| ErrorKind::Url(format!("`{}` is not absolute", self.url)))?;
        let target = match parts.query {
            Some(query) => format!(
                "{}?{query}",
                if parts.path.is_empty() {
                    "/"
                } else {
                    parts.path
                }
            ),
            None if parts.path.is_empty() => "/".to_owned(),
            None => parts.path.to_owned(),
        };
        let mut builder = http::Request::builder()
            .method(self.method.clone())
            .uri(target)
            .header(header::HOST, parts.authority)
            .header(header::USER_AGENT, "cxml-testing");
        let signature = HeaderValue::from_str(&self.signature)
            .map_err(|error| ErrorKind::Transport(format!("signature header: {error}")))?;
        builder = builder.header(SIGNATURE_HEADER, signature);
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
                collect(response, outgoing.limit).await
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
            tokio::time::timeout(total, exchange_over_http(outgoing))
                .await
                .map_err(|_| ErrorKind::Timeout { after: total })?
        })
    }
}

async fn exchange_over_http(outgoing: Outgoing) -> Result<Answer, ErrorKind> {
    let parts = split(&outgoing.url)
        .ok_or_else(|| ErrorKind::Url(format!("`{}` is not absolute", outgoing.url)))?;
    if !parts.scheme.eq_ignore_ascii_case("http") {
        return Err(ErrorKind::Url(format!(
            "`{}`: the simulator speaks plain HTTP only; point it at the server's http:// address",
            outgoing.url
        )));
    }
    if parts.authority.contains('@') {
        return Err(ErrorKind::Url(format!(
            "`{}`: credentials in the URL are not supported",
            outgoing.url
        )));
    }
    let address = if has_port(parts.authority) {
        parts.authority.to_owned()
    } else {
        format!("{}:80", parts.authority)
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
        collect(response, outgoing.limit).await
    }
    .await;
    driver.abort();
    result
}

/// Whether `host[:port]` (or `[v6]:port`) names a port.
fn has_port(authority: &str) -> bool {
    let after_host = match authority.rfind(']') {
        Some(end) => &authority[end..],
        None => authority,
    };
    after_host.contains(':')
}

/// The status and, within `limit` bytes, the body of a response.
async fn collect<B>(response: http::Response<B>, limit: usize) -> Result<Answer, ErrorKind>
where
    B: http_body::Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    let status = response.status().as_u16();
    match Limited::new(response.into_body(), limit).collect().await {
        Ok(collected) => Ok(Answer {
            status,
            body: collected.to_bytes().to_vec(),
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

    #[test]
    fn ports_are_found_after_ipv6_literals() {
        assert!(has_port("127.0.0.1:3000"));
        assert!(!has_port("example.com"));
        assert!(has_port("[::1]:3000"));
        assert!(!has_port("[::1]"));
    }

    #[test]
    fn requests_carry_origin_form_host_signature_and_form_type() {
        let outgoing = Outgoing {
            method: Method::POST,
            url: "https://ivr.example.com/menu?lang=en".into(),
            body: "Digits=1".into(),
            signature: "abc=".into(),
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
