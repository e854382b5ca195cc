//! Write SignalWire cXML (TwiML-compatible XML) inline in Rust, checked at compile time.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use cxml_macros::cxml;
pub use cxml_runtime::{Channel, Fragment, RenderError, Rendered};
pub use cxml_runtime::{escape, schema};

pub mod reference {
    //! The cXML reference: every element and attribute, generated from the schema table.

    /// The type of the attribute constants on the element markers: documentation only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Attribute;

    cxml_macros::__reference!();
}

pub mod values {
    //! Rust enums for the closed lists of attribute values, for run-time values.

    /// A text that is not one of an enum's values.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct UnknownValue {
        /// The enum.
        pub type_name: &'static str,
        /// Its values.
        pub allowed: &'static [&'static str],
    }

    impl core::fmt::Display for UnknownValue {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            write!(
                f,
                "not a {} value; expected one of {}",
                self.type_name,
                self.allowed.join(", ")
            )
        }
    }

    impl std::error::Error for UnknownValue {}

    cxml_macros::__values!();
}

#[cfg(feature = "webhook")]
pub mod webhook;

#[doc(hidden)]
pub mod __private {
    pub use cxml_runtime::private::*;
    pub use cxml_runtime::{Channel, Fragment, Rendered};
}
