// `SignedForm` reads its `WebhookConfig` from the router state: a router without one is a
// compile error, not a 500 at the first request.
use axum::{Router, routing::post};
use cxml::webhook::{SignedForm, params::GatherAction};

async fn menu(SignedForm(gather): SignedForm<GatherAction>) -> String {
    gather.call.call_sid
}

fn main() {
    let app: Router = Router::new().route("/menu", post(menu));
    let _ = app;
}
