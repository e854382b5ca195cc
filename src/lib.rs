//! Write SignalWire cXML (TwiML-compatible XML) inline in Rust, checked at compile time.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use cxml_runtime::{Channel, Fragment, RenderError, Rendered};
pub use cxml_runtime::{escape, schema};

#[cfg(feature = "webhook")]
pub mod webhook;

#[doc(hidden)]
pub mod __private {
    pub use cxml_runtime::private::*;
    pub use cxml_runtime::{Channel, Fragment, Rendered};
}
