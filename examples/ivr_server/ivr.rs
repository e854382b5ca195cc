//! The IVR both example servers answer with (`main.rs` on axum, and on actix-web the
//! repository's `cxml-integration/examples/actix_server.rs`): the documents, from typed
//! parameters, and the configuration from the environment.
//! The servers only add routing and the framework's extractor.

use cxml::webhook::WebhookConfig;
use cxml::webhook::params::{GatherAction, ReferAction, ReferCallStatus};
use cxml::{Rendered, cxml};

/// The signing key used when `SIGNALWIRE_SIGNING_KEY` is not set. Never use it in production.
pub const DEFAULT_SIGNING_KEY: &str = "PSK_local_test_key";
/// Where option 1 transfers the caller, with a SIP REFER.
pub const SALES_SIP: &str = "sip:sales@pbx.example.com";
/// Where option 2 (and a busy sales line) dials.
pub const SUPPORT_NUMBER: &str = "+15551234567";

/// The number's voice URL: the main menu.
pub fn main_menu() -> Rendered {
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
pub fn menu(gather: &GatherAction) -> Rendered {
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
pub fn refer_completed(refer: &ReferAction) -> Rendered {
    match refer.refer_call_status {
        Some(ReferCallStatus::InProgress) => cxml! { Response < Hangup > },
        Some(ReferCallStatus::Busy | ReferCallStatus::NoAnswer) => cxml! {
            Response <
                Say("Sales is not available. Connecting you to support.")
                Dial < Number({SUPPORT_NUMBER}) >
            >
        },
        Some(ReferCallStatus::Canceled) => cxml! { Response < Hangup > },
        // Failed, no answer at all, or a status SignalWire adds later.
        _ => cxml! {
            Response <
                Say("The transfer failed.")
                Redirect(method = POST, "/voice")
            >
        },
    }
}

/// The configuration from the environment: `(port, config)`.
///
/// `PORT` (default 3000), `SIGNALWIRE_SIGNING_KEY` (default [`DEFAULT_SIGNING_KEY`], for local
/// testing only), `PUBLIC_URL`, the base URL SignalWire calls (default `http://127.0.0.1:$PORT`;
/// behind a tunnel or proxy set it to the public URL).
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
