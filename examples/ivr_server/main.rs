//! A small IVR over real HTTP with axum: verified SignalWire webhooks in, typed parameters, cXML
//! out.
//!
//! - `/voice`: the number's voice URL; answers with a `Gather` menu.
//! - `/menu`: the `Gather` action; `1` transfers to sales with a SIP `Refer`, `2` dials support.
//! - `/refer-completed`: the `Refer` action; reads `ReferCallStatus` and hangs up, offers the
//!   support line, or goes back to the menu.
//! - `/call-status`: the number's call status callback; reads nothing and answers `204`.
//!
//! Every route checks `X-SignalWire-Signature` (403 without a valid one). The IVR routes do it
//! with the `SignedForm` extractor, which also reads their parameters into a type from
//! `cxml::webhook::params` (400 when they do not fit); `/call-status` sits behind
//! `VerifySignatureLayer`, which checks every request of the routes it wraps. The documents are
//! in `ivr.rs`, shared with the actix-web server of the repository's tests
//! (`cxml-integration/examples/actix_server.rs`), which also run this one over real HTTP and
//! through the call simulator.
//!
//! Run:
//!
//! ```text
//! PORT=3000 SIGNALWIRE_SIGNING_KEY=PSK_... PUBLIC_URL=https://ivr.example.com \
//!     cargo run --example ivr_server --features axum
//! ```
//!
//! Environment: `PORT` (default 3000), `SIGNALWIRE_SIGNING_KEY` (default `PSK_local_test_key`,
//! for local testing only), `PUBLIC_URL`, the base URL SignalWire calls (default
//! `http://127.0.0.1:$PORT`; behind a tunnel or proxy set it to the public URL).

use axum::Router;
use axum::http::StatusCode;
use axum::routing::post;
use cxml::Rendered;
use cxml::webhook::params::{GatherAction, ReferAction, VoiceRequest};
use cxml::webhook::{SignedForm, VerifySignatureLayer, WebhookConfig};

#[path = "ivr.rs"]
mod ivr;
pub use ivr::{SALES_SIP, SUPPORT_NUMBER, config_from_env};

/// The IVR's routes, checking signatures with `config`. Each IVR route takes GET and POST, as
/// SignalWire's `method` attributes allow either.
pub fn app(config: WebhookConfig) -> Router {
    let ivr = Router::new()
        .route("/voice", post(voice).get(voice))
        .route("/menu", post(menu).get(menu))
        .route(
            "/refer-completed",
            post(refer_completed).get(refer_completed),
        )
        .with_state(config.clone());
    // Callbacks that read nothing: the layer checks each request before the handler runs.
    let callbacks = Router::new()
        .route("/call-status", post(call_status))
        .layer(VerifySignatureLayer::new(config));
    ivr.merge(callbacks)
}

async fn voice(SignedForm(_call): SignedForm<VoiceRequest>) -> Rendered {
    ivr::main_menu()
}

async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> Rendered {
    ivr::menu(&gather)
}

async fn refer_completed(SignedForm(refer): SignedForm<ReferAction>) -> Rendered {
    ivr::refer_completed(&refer)
}

/// The call status callback: the layer has checked the signature; nothing to answer.
async fn call_status() -> StatusCode {
    StatusCode::NO_CONTENT
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let (port, config) = config_from_env();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!(
        "IVR listening on http://{}; signatures checked against {}",
        listener.local_addr()?,
        config.public_base_url()
    );
    axum::serve(listener, app(config)).await
}
