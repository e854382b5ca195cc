//! Runtime of the [`cxml`](https://docs.rs/cxml) crate: the rendered document type, the reader and
//! what generated code calls; the schema table and escaping come from `cxml-schema`. Depend on
//! `cxml`, which re-exports what is meant for users.

// Doc examples are written as users write them, through the facade: `cxml::…`. The facade cannot be
// a dev-dependency of a crate it depends on (that cycle cannot be published, and the unpacked
// package could not run its tests), so each example starts with a hidden line that gives this crate
// that name; the facade re-exports the items users meet at its root under the same names, so the
// paths are the same. Examples that need `cxml!` are on the facade's re-exports instead.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "actix")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "parse")]
mod convert;
#[cfg(feature = "parse")]
pub mod document;
pub use cxml_schema::escape;
mod fragment;
#[cfg(feature = "parse")]
mod parse;
#[doc(hidden)]
pub mod private;
mod rendered;
#[cfg(any(feature = "axum", feature = "actix"))]
mod response;
pub use cxml_schema as schema;

#[cfg(feature = "parse")]
pub use document::Document;
pub use fragment::Fragment;
#[cfg(feature = "parse")]
pub use parse::{ParseError, ParseOptions, Problem, parse, parse_with, portability};
pub use rendered::{RenderError, Rendered};
pub use schema::Channel;
