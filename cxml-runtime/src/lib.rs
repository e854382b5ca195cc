//! Runtime of the [`cxml`](https://docs.rs/cxml) crate: the cXML schema table, escaping and the
//! rendered document type. Depend on `cxml`, which re-exports what is meant for users.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "axum")]
mod axum;
pub mod escape;
mod fragment;
#[doc(hidden)]
pub mod private;
mod rendered;
pub mod schema;

pub use fragment::Fragment;
pub use rendered::{RenderError, Rendered};
pub use schema::Channel;
