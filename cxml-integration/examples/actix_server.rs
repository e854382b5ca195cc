//! The IVR of `server.rs` on actix-web: the same routes, documents and answers, with the actix-web
//! `SignedForm` extractor and `Rendered` as a `Responder`.
//!
//! - `/voice`, `/menu`, `/refer-completed`: as in `server.rs` (documents in `ivr/mod.rs`).
//! - `/call-status`: the call status callback; reads its typed parameters and answers `204`.
//!
//! Every route checks `X-SignalWire-Signature` (403 without a valid one) and reads its parameters
//! into a type from `cxml::webhook::params` (400 when they do not fit, 415 for a body that is not
//! a form, 413 above actix-web's `PayloadConfig` limit).
//!
//! Run (the same environment as `server.rs`):
//!
//! ```text
//! PORT=3000 SIGNALWIRE_SIGNING_KEY=PSK_... PUBLIC_URL=https://ivr.example.com \
//!     cargo run --features actix --example actix_server
//! ```

use actix_web::{HttpResponse, web};
use cxml::Rendered;
use cxml::webhook::SignedForm;
use cxml::webhook::params::{CallStatusCallback, GatherAction, ReferAction, VoiceRequest};

#[path = "../../examples/ivr_server/ivr.rs"]
mod ivr;
pub use ivr::{SALES_SIP, SUPPORT_NUMBER, config_from_env};

/// The IVR's routes, for `App::configure`. The `WebhookConfig` goes into the app data:
/// `App::new().app_data(config).configure(routes)`. Each IVR route takes GET and POST, as
/// SignalWire's `method` attributes allow either.
pub fn routes(service: &mut web::ServiceConfig) {
    service
        .service(
            web::resource("/voice")
                .route(web::post().to(voice))
                .route(web::get().to(voice)),
        )
        .service(
            web::resource("/menu")
                .route(web::post().to(menu))
                .route(web::get().to(menu)),
        )
        .service(
            web::resource("/refer-completed")
                .route(web::post().to(refer_completed))
                .route(web::get().to(refer_completed)),
        )
        .route("/call-status", web::post().to(call_status));
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

async fn call_status(SignedForm(status): SignedForm<CallStatusCallback>) -> HttpResponse {
    println!(
        "call {} is {:?}",
        status.call.call_sid, status.call.call_status
    );
    HttpResponse::NoContent().finish()
}

fn main() -> std::io::Result<()> {
    let (port, config) = config_from_env();
    actix_web::rt::System::new().block_on(async move {
        let base_url = config.public_base_url().to_owned();
        let server = actix_web::HttpServer::new(move || {
            actix_web::App::new()
                .app_data(config.clone())
                .configure(routes)
        })
        .bind(("127.0.0.1", port))?;
        for addr in server.addrs() {
            println!(
                "IVR (actix-web) listening on http://{addr}; signatures checked against {base_url}"
            );
        }
        server.run().await
    })
}
