//! Twilio's TwiML: a second table in the same form as SignalWire's, read by the same rule engine
//! when a document is checked for [`Platform::Twilio`](super::Platform::Twilio).
//!
//! [`ELEMENTS`] lists every element of Twilio's voice, messaging and fax TwiML (and SSML inside
//! `Say`); [`ids`] names them. An [`ElementId`] of this table has its own
//! range, so an id says which table it belongs to. The facts are transcribed from Twilio's
//! generated TwiML builders and its TwiML pages by `scripts/twilio_table.py`; where the sources
//! disagree is in `docs/twilio-decisions.md`.

use super::model::ElementId;

mod table;

pub use table::{ELEMENT_COUNT, ELEMENTS, ENUM_TYPES, ids};

#[cfg(test)]
mod tests;
