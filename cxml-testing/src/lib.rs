//! A simulated SignalWire platform for testing cXML applications without a phone, a tunnel or
//! a network: it calls your webhooks exactly as SignalWire would and records what the caller
//! would hear. This is `cxml::testing` (feature `testing`); its crate, `cxml-testing`, is a part
//! of [`cxml`](https://docs.rs/cxml), the crate to depend on.
//!
//! - **Signed requests**: `X-SignalWire-Signature` over the public URL and the form parameters
//!   (form POST, or GET where the document's `method` says so), with the standard parameters of
//!   the channel, one `CallSid` per call (random version 4 UUIDs as on SignalWire, reproducible
//!   with [`Simulator::seed`]), and the callback parameters SignalWire documents for each
//!   `action` and status URL.
//! - **Every answer checked**: read with [`cxml::parse`](cxml_runtime::parse) and validated; a status other
//!   than 2xx, a body that is not valid cXML, a verb of another channel, a request limit reached
//!   or a timeout ends the run with an [`Error`] naming the call, the request and the problem.
//! - **Callbacks in their time**: status, recording, transcription, conference, stream and
//!   message status callbacks go out on their own, after the request that carries the call on
//!   (a transcription after the `<Record action>`), with the call's standard parameters and
//!   their own. They are advisory on the platform: one that fails is an [`Event::Callback`] and
//!   the call goes on.
//! - **Input the `Gather` does not listen for** (a key press on `input="speech"`) is not heard:
//!   the `Gather` ends as on a timeout.
//! - **Verbs executed** with SignalWire's semantics: `Say`/`Play`/`Pause` become transcript
//!   events, `Gather` takes the caller's scripted [`Input`], `Redirect` follows, `Dial` ends
//!   with a scripted outcome, `Record`, `Refer`, `Pay`, `Connect`, `Sms`, `Enqueue`/`Leave` and
//!   `Dial` to a `Queue` or `Conference` across calls, `Hangup`, `Reject`; messaging `Message`
//!   and fax `Receive`.
//! - **Media streams**: `<Connect><Stream>` and `<Start><Stream>` open a WebSocket to the app and a
//!   scripted caller talks on it ([`CallBuilder::stream_audio`], [`CallBuilder::stream_dtmf`]); each
//!   stream's [`StreamReport`] is in the transcript ([`Transcript::streams`]).
//! - **Virtual time**: a clock that moves only when a verb takes time, so nothing sleeps.
//! - **The REST door** (feature `rest`; `cxml` features `testing` and `rest`): `rest::Emulator`
//!   serves SignalWire's Compatibility REST API from the simulator as a tower service, so
//!   `cxml::rest::Client` places and steers calls in a test; `cxml emulate` serves it over HTTP.
//!
//! In process, the application is any `tower` service taking `http::Request<String>`, such as
//! an axum `Router` ([`Simulator::new`]); a running server is reached over HTTP
//! ([`Simulator::over_http`]). Runs on tokio.
//!
//! ```
//! # mod cxml { pub mod testing { pub use ::cxml_testing::*; } pub mod webhook { pub use ::cxml_webhook::*; } }
//! use axum::{Router, routing::post};
//! use cxml::testing::{Ending, Simulator};
//!
//! async fn voice() -> &'static str {
//!     r#"<Response><Say>Hello.</Say><Dial action="/after">+15550100</Dial></Response>"#
//! }
//! async fn after(body: String) -> &'static str {
//!     if body.contains("DialCallStatus=busy") { "<Response><Say>Busy.</Say></Response>" }
//!     else { "<Response><Hangup/></Response>" }
//! }
//!
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! let app = Router::new().route("/voice", post(voice)).route("/after", post(after));
//! let mut sim = Simulator::new(app);
//! let busy = sim
//!     .call("/voice")
//!     .dial_status(cxml::webhook::params::DialCallStatus::Busy)
//!     .run()
//!     .await
//!     .unwrap();
//! assert_eq!(busy.said(), ["Hello.", "Busy."]);
//! busy.assert_ended(Ending::EndOfDocument);
//! # }
//! ```

// Doc examples are written as users write them, through the facade: `cxml::testing::…`. The facade
// cannot be a dev-dependency of a crate it depends on (that cycle cannot be published, and the
// unpacked package could not run its tests), so each example starts with a hidden line that gives
// this crate that name; the facade re-exports this crate whole under it, so the paths are the same.
// Examples that need `cxml!` are on the facade's re-exports instead.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod call;
mod clock;
mod error;
mod event;
mod ids;
#[cfg(feature = "rest")]
pub mod rest;
mod room;
mod simulator;
mod stream;
mod timeouts;
mod transcript;
mod transport;
mod verb;
mod voice;

pub use error::{Error, ErrorKind};
pub use event::{Ending, Event, Input, InvalidInput, Params, Purpose, Request, Step};
/// The HTTP method of a request (what [`CallBuilder::method`] and [`MessageBuilder::method`]
/// take), re-exported from `http`.
pub use http::Method;
pub use room::{ConferenceInfo, ParticipantInfo, QueueInfo};
pub use simulator::{
    CallBuilder, DEFAULT_FROM, DEFAULT_MAX_REQUESTS, DEFAULT_PUBLIC_URL, DEFAULT_SIGNING_KEY,
    DEFAULT_TO, FaxBuilder, MessageBuilder, Simulator,
};
pub use stream::{CallerAudio, StreamEnd, StreamReport, StreamSettings};
pub use timeouts::Timeouts;
pub use transcript::{Reply, Transcript};
