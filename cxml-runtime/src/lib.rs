//! Runtime of the [`cxml`](https://docs.rs/cxml) crate: the cXML schema table, escaping and the
//! rendered document type. Depend on `cxml`, which re-exports what is meant for users.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "parse")]
mod convert;
#[cfg(feature = "parse")]
pub mod document;
pub mod escape;
mod fragment;
#[cfg(feature = "parse")]
mod parse;
#[doc(hidden)]
pub mod private;
mod rendered;
pub mod schema;

#[cfg(feature = "parse")]
pub use document::Document;
pub use fragment::Fragment;
#[cfg(feature = "parse")]
pub use parse::{ParseError, ParseOptions, Problem, parse, parse_with};
pub use rendered::{RenderError, Rendered};
pub use schema::Channel;
