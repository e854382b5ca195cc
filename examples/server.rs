//! A small IVR over real HTTP: verified SignalWire webhooks in, typed parameters, cXML out.
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
//! `VerifySignatureLayer`, which checks every request of the routes it wraps.
//!
//! Run:
//!
//! ```text
//! PORT=3000 SIGNALWIRE_SIGNING_KEY=PSK_... PUBLIC_URL=https://ivr.example.com \
//!     cargo run --features axum --example server
//! ```
//!
//! Environment: `PORT` (default 3000), `SIGNALWIRE_SIGNING_KEY` (default `PSK_local_test_key`,
//! for local testing only), `PUBLIC_URL`, the base URL SignalWire calls (default
//! `http://127.0.0.1:$PORT`; behind a tunnel or proxy set it to the public URL).

use axum::Router;
use axum::http::StatusCode;
use axum::routing::post;
use cxml::webhook::params::{GatherAction, ReferAction, ReferCallStatus, VoiceRequest};
use cxml::webhook::{SignedForm, VerifySignatureLayer, WebhookConfig};
use cxml::{Rendered, cxml};

/// The signing key used when `SIGNALWIRE_SIGNING_KEY` is not set. Never use it in production.
pub const DEFAULT_SIGNING_KEY: &str = "PSK_local_test_key";
/// Where option 1 transfers the caller, with a SIP REFER.
pub const SALES_SIP: &str = "sip:sales@pbx.example.com";
/// Where option 2 (and a busy sales line) dials.
pub const SUPPORT_NUMBER: &str = "+15551234567";

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

/// The call status callback: the layer has checked the signature; nothing to answer.
async fn call_status() -> StatusCode {
    StatusCode::NO_CONTENT
}

/// The number's voice URL: the main menu.
async fn voice(SignedForm(_call): SignedForm<VoiceRequest>) -> Rendered {
    main_menu()
}

fn main_menu() -> Rendered {
    cxml! {
        Response <
            Gather(input = "dtmf", action = "/menu", method = POST, numDigits = 1, timeout = 5) <
                Say("Welcome. Press 1 for sales, or 2 for support.")
            >
            Say("We did not receive your choice. Goodbye.")
            Hangup
        >
    }
}

/// The `Gather` action: route on the digit pressed.
async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> Rendered {
    match gather.digits.as_deref() {
        Some("1") => cxml! {
            Response <
                Say("Transferring you to sales.")
                Refer(action = "/refer-completed", method = POST) < Sip({SALES_SIP}) >
            >
        },
        Some("2") => cxml! {
            Response <
                Say("Connecting you to support.")
                Dial < Number({SUPPORT_NUMBER}) >
            >
        },
        _ => cxml! {
            Response <
                Say("Sorry, that is not an option.")
                Redirect(method = POST, "/voice")
            >
        },
    }
}

/// The `Refer` action: what became of the transfer.
async fn refer_completed(SignedForm(refer): SignedForm<ReferAction>) -> Rendered {
    match refer.refer_call_status {
        Some(ReferCallStatus::InProgress) => cxml! { Response < Hangup > },
        Some(ReferCallStatus::Busy | ReferCallStatus::NoAnswer) => cxml! {
            Response <
                Say("Sales is not available. Connecting you to support.")
                Dial < Number({SUPPORT_NUMBER}) >
            >
        },
        Some(ReferCallStatus::Canceled) => cxml! { Response < Hangup > },
        Some(ReferCallStatus::Failed | ReferCallStatus::Other(_)) | None => cxml! {
            Response <
                Say("The transfer failed.")
                Redirect(method = POST, "/voice")
            >
        },
    }
}

/// The configuration from the environment: `(port, config)`.
pub fn config_from_env() -> (u16, WebhookConfig) {
    let port = std::env::var("PORT")
        .ok()
        .and_then(|port| port.parse().ok())
        .unwrap_or(3000);
    let key =
        std::env::var("SIGNALWIRE_SIGNING_KEY").unwrap_or_else(|_| DEFAULT_SIGNING_KEY.to_owned());
    let public_url =
        std::env::var("PUBLIC_URL").unwrap_or_else(|_| format!("http://127.0.0.1:{port}"));
    (port, WebhookConfig::new(key, public_url))
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
