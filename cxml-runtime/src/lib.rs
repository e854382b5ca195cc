//! Runtime of the [`cxml`](https://docs.rs/cxml) crate: the cXML schema table, escaping and the
//! rendered document type. Depend on `cxml`, which re-exports what is meant for users.

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
pub mod escape;
mod fragment;
#[cfg(feature = "parse")]
mod parse;
#[doc(hidden)]
pub mod private;
mod rendered;
#[cfg(any(feature = "axum", feature = "actix"))]
mod response;
pub mod schema;

#[cfg(feature = "parse")]
pub use document::Document;
pub use fragment::Fragment;
#[cfg(feature = "parse")]
pub use parse::{ParseError, ParseOptions, Problem, parse, parse_with};
pub use rendered::{RenderError, Rendered};
pub use schema::Channel;

/// Helpers shared by unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    /// Every string of up to `length` parts from `alphabet`, the empty string first.
    pub(crate) fn every_string(alphabet: &[&str], length: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = all.clone();
        for _ in 0..length {
            last = last
                .iter()
                .flat_map(|head| alphabet.iter().map(move |part| format!("{head}{part}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        all
    }
}
