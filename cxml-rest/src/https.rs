//! The HTTPS transport: hyper's pooled client over rustls (ring, Mozilla's roots).

use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::error::ConfigError;

pub(crate) type HttpsClient = Client<HttpsConnector<HttpConnector>, Full<Bytes>>;

// ring builds in seconds with no C toolchain beyond `cc`; rustls 0.23.48 deprecates its provider
// only because it lacks post-quantum key exchange. Classic TLS 1.2/1.3 to SignalWire is kept.
#[allow(deprecated)]
pub(crate) fn service(connect_timeout: Duration) -> Result<HttpsClient, ConfigError> {
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http.set_connect_timeout(Some(connect_timeout));
    http.set_nodelay(true);
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
        .map_err(|e| ConfigError::Tls(e.to_string()))?
        // Plain http only reaches loopback: `Credentials` refuses any other http space.
        .https_or_http()
        .enable_http1()
        .wrap_connector(http);
    Ok(Client::builder(TokioExecutor::new())
        .pool_timer(TokioTimer::new())
        .pool_idle_timeout(Duration::from_secs(60))
        .build(connector))
}
