//! Twilio's TwiML: a second table in the same form as SignalWire's, read by the same rule engine
//! when a document is checked for [`Platform::Twilio`](super::Platform::Twilio).
//!
//! [`ELEMENTS`] lists every element of Twilio's voice, messaging and fax TwiML (and SSML inside
//! `Say`); [`ids`] names them. An [`ElementId`] of this table has its own
//! range, so an id says which table it belongs to. The facts are transcribed from Twilio's
//! generated TwiML builders and its TwiML pages by `scripts/twilio_table.py`; where the sources
//! disagree is in `docs/twilio-decisions.md`.

use super::model::{ElementId, TWILIO_BIT};

/// Turns the one list of `CONSTANT = ElementSpec { id: "…", … }` entries of `table.rs` into
/// `ids`, [`ELEMENT_COUNT`] and [`ELEMENTS`], as SignalWire's `elements!` does, in Twilio's range.
macro_rules! twilio_elements {
    ($($constant:ident = ElementSpec { id: $id:literal, $($field:tt)* }),* $(,)?) => {
        /// The position of each entry; the discriminants do the counting.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u16)]
        enum Position {
            $($constant,)*
            End,
        }

        /// Stable ids of the elements of Twilio's table.
        pub mod ids {
            use super::{ElementId, Position, TWILIO_BIT};
            $(
                #[doc = concat!("`", $id, "`")]
                pub const $constant: ElementId = ElementId(Position::$constant as u16 | TWILIO_BIT);
            )*
        }

        /// How many elements Twilio's table has.
        pub const ELEMENT_COUNT: usize = Position::End as usize;

        /// Every element of every channel of Twilio's TwiML, indexed by [`ElementId::index`].
        pub static ELEMENTS: &[ElementSpec; ELEMENT_COUNT] = &[$(ElementSpec { id: $id, $($field)* }),*];

        /// Each constant of `ids` by name, for the test that checks names against ids.
        #[cfg(test)]
        pub(crate) static ID_NAMES: &[(&str, ElementId)] =
            &[$((stringify!($constant), ids::$constant)),*];
    };
}

mod table;

pub use table::{ELEMENT_COUNT, ELEMENTS, ENUM_TYPES, ids};

#[cfg(test)]
mod tests;
