//! The `cxml!` procedural macro. Use it through the `cxml` crate.
