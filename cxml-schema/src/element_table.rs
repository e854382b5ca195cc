//! The macro both platforms' tables are written with (`table.rs`, `twilio/table.rs`).

/// Turns a table's one list of `CONSTANT = ElementSpec { id: "…", … }` entries into `ids`,
/// `ELEMENT_COUNT` and `ELEMENTS`, so an id and the position it names cannot disagree. `range` is
/// the bits that say which table an id belongs to (`0` for SignalWire's, `TWILIO_BIT` for
/// Twilio's); the three texts document the items for that table.
macro_rules! element_table {
    (
        range: $range:expr,
        ids: $ids_doc:literal,
        count: $count_doc:literal,
        elements: $elements_doc:literal;
        $($constant:ident = ElementSpec { id: $id:literal, $($field:tt)* }),* $(,)?
    ) => {
        /// The bits every id of this table carries.
        const RANGE: u16 = $range;

        /// The position of each entry; the discriminants do the counting.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u16)]
        enum Position {
            $($constant,)*
            End,
        }

        #[doc = $ids_doc]
        pub mod ids {
            use super::{ElementId, Position, RANGE};
            $(
                #[doc = concat!("`", $id, "`")]
                pub const $constant: ElementId = ElementId(Position::$constant as u16 | RANGE);
            )*
        }

        #[doc = $count_doc]
        pub const ELEMENT_COUNT: usize = Position::End as usize;

        #[doc = $elements_doc]
        pub static ELEMENTS: &[ElementSpec; ELEMENT_COUNT] = &[$(ElementSpec { id: $id, $($field)* }),*];

        /// Each constant of `ids` by name, for the test that checks names against ids.
        #[cfg(test)]
        pub(crate) static ID_NAMES: &[(&str, ElementId)] =
            &[$((stringify!($constant), ids::$constant)),*];
    };
}
