//! SignalWire cXML media streams: `<Connect><Stream>` (bidirectional: a voice bot) and
//! `<Start><Stream>` (a copy of the call's audio), on the app's side. This is `cxml::streams`
//! (feature `streams`); its crate, `cxml-streams`, is a part of [`cxml`](https://docs.rs/cxml),
//! the crate to depend on.
//!
//! - [`protocol`]: every message of the WebSocket, typed, both ways ([`StreamEvent`] from the
//!   platform, [`Command`] to it), with unknown messages and fields read rather than refused.
//! - [`audio`]: the codecs ([`Codec`]: `PCMU@8000h`, `L16@16000h`, `L16@24000h`), G.711 μ-law,
//!   20 ms frames, resampling, tones, and with feature `wav` WAV files.
//! - A session over any framework's socket: a [`StreamEvents`] stream of typed events and a
//!   [`StreamSender`] of commands with a bounded buffer; [`axum`](mod@crate::axum) (feature
//!   `axum`) and [`actix`] (feature `actix`) adapters.
//!
//! The stream's status callback (`<Stream statusCallback>`) is an ordinary webhook:
//! `cxml::webhook::params::StreamStatusCallback` reads it. `cxml::testing` plays the platform's
//! side: a simulated caller who talks to your bot.
//!
//! ```
//! # mod cxml { pub mod streams { pub use ::cxml_streams::*; } }
//! use cxml::streams::{Codec, Command, StreamEvent};
//!
//! let text = r#"{"event":"media","sequenceNumber":"3","media":{"track":"inbound","chunk":"2","timestamp":"20","payload":"/w=="}}"#;
//! let StreamEvent::Media(media) = StreamEvent::from_json(text)? else { unreachable!() };
//! assert_eq!(media.media.samples(Codec::Pcmu8000)?, [0]);
//! assert_eq!(Command::clear("MZ1").to_json(), r#"{"event":"clear","streamSid":"MZ1"}"#);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// Doc examples name items as users write them (`cxml::streams::…`) through a hidden alias line:
// the facade cannot be a dev-dependency of a crate it depends on.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod audio;
pub mod protocol;
mod session;

#[cfg(feature = "actix")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix")))]
pub mod actix;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;

pub use audio::{Audio, Codec};
pub use protocol::{Command, StreamEvent, Track};
pub use session::{
    Config, Frame, SendError, StreamError, StreamEvents, StreamSender, session_over,
};
