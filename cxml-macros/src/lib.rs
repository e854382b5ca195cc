//! The `cxml!` procedural macro. Use it through the `cxml` crate, which documents the language.
//!
//! Pipeline: `parse` tokens into an `ast`, `validate` it against the schema table of
//! `cxml-runtime`, then `generate` string-pushing code; `reference` and `values` turn the
//! same table into the documented items of `cxml::reference` and `cxml::values`.

#![forbid(unsafe_code)]

mod ast;
mod callback;
mod expand;
mod fallback;
mod format;
mod generate;
mod ide;
mod krate;
mod names;
mod parse;
mod platform;
mod reference;
mod validate;
mod values;

use proc_macro::TokenStream;

/// Renders a cXML document checked at compile time. See the `cxml` crate's documentation.
#[proc_macro]
pub fn cxml(input: TokenStream) -> TokenStream {
    expand::expand(input.into()).into()
}

/// Renders a Twilio TwiML document checked at compile time against Twilio's table: the language
/// of `cxml!`. See the `cxml` crate's documentation (`cxml::twilio`).
#[proc_macro]
pub fn twiml(input: TokenStream) -> TokenStream {
    expand::expand_in(cxml_schema::Platform::Twilio, input.into()).into()
}

/// Generates `cxml::twilio::reference` from Twilio's table. Internal to the `cxml` crate.
#[doc(hidden)]
#[proc_macro]
pub fn __twilio_reference(_input: TokenStream) -> TokenStream {
    reference::generate_in(cxml_schema::Platform::Twilio).into()
}

/// Generates `cxml::twilio::values` from Twilio's table. Internal to the `cxml` crate.
#[doc(hidden)]
#[proc_macro]
pub fn __twilio_values(_input: TokenStream) -> TokenStream {
    values::generate_in(cxml_schema::Platform::Twilio).into()
}

/// Generates `cxml::reference` from the schema table. Internal to the `cxml` crate.
#[doc(hidden)]
#[proc_macro]
pub fn __reference(_input: TokenStream) -> TokenStream {
    reference::generate().into()
}

/// Generates `cxml::values` from the schema table. Internal to the `cxml` crate.
#[doc(hidden)]
#[proc_macro]
pub fn __values(_input: TokenStream) -> TokenStream {
    values::generate().into()
}

#[cfg(test)]
mod ide_tests;
#[cfg(test)]
mod recovery_tests;
#[cfg(test)]
mod same_rules;
#[cfg(test)]
mod tests;
