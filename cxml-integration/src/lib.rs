//! Tests and examples of `cxml` with its peers, kept out of the facade so that its own examples
//! and tests build nothing they do not use (this package is not published):
//!
//! - the facade's `examples/ivr_server/` and `examples/actix_server.rs` here: one IVR
//!   (`examples/ivr_server/ivr.rs`) on axum and on actix-web; `tests/server.rs` and
//!   `tests/actix_server.rs` run the same scenarios against each over real HTTP on the loopback
//!   interface, and `tests/call_flow.rs` drives the axum one through the call simulator;
//! - `tests/axum_response.rs` and `tests/actix_response.rs`: `Rendered` as each framework's
//!   response;
//! - `tests/properties.rs`: the property tests (proptest; `PROPTEST_CASES` raises their cases);
//! - `tests/ui.rs`: the compile-error catalogue of `cxml!` (trybuild);
//! - `tests/fuzz_regressions.rs`: the fuzz corpus of `fuzz/regressions/`, replayed;
//! - the README's examples, as doctests.
//!
//! ```sh
//! PORT=3000 cargo run -p cxml --example ivr_server --features axum
//! cargo test -p cxml-integration
//! ```

#![forbid(unsafe_code)]

// The README's Rust examples, run as doctests so that they cannot go stale. They live here rather
// than in the facade because they use axum, actix-web and tokio, which the facade's own examples
// and tests do not build. The blocks marked `ignore` (the app's `main.rs` and its test, which name
// the app's crate) are built and run by `scripts/package-check.sh`, in a new app made from them.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}

// cxml-rest's README, for the same reason: its example uses `cxml!`, which cxml-rest's own
// package cannot build (the facade depends on it).
#[cfg(doctest)]
#[doc = include_str!("../../cxml-rest/README.md")]
mod rest_readme {}

// docs/twilio.md's examples (`twiml!`, Twilio's webhooks), run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../../docs/twilio.md")]
mod twilio_guide {}
