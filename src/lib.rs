//! Write SignalWire cXML (TwiML-compatible XML) inline in Rust, checked at compile time.
//!
//! ```
//! use cxml::cxml;
//!
//! let doc = cxml! {
//!     Response <
//!         Refer(action = "https://example.com/refer-completed.xml", method = GET) <
//!             Sip("sip:transfer-target@example.com")
//!         >
//!     >
//! };
//! assert_eq!(
//!     doc.as_str(),
//!     r#"<?xml version="1.0" encoding="UTF-8"?><Response><Refer action="https://example.com/refer-completed.xml" method="GET"><Sip>sip:transfer-target@example.com</Sip></Refer></Response>"#
//! );
//! ```
//!
//! # The language
//!
//! - `Name(args) < children >`: an element. The name is written as in cXML, case-sensitive,
//!   with hyphens and colons (`say-as`, `amazon:effect`). Arguments and children are optional.
//! - Arguments are comma-separated: `name = value` attributes (`xml:lang`, `loop` and other
//!   Rust keywords work as names) and at most one positional value, the element's text:
//!   `Sip("sip:a@example.com")` is `Sip < "sip:a@example.com" >`.
//! - A value is a string literal (`timeout = "5"`), a number (`timeout = 5`), a bare word
//!   where the attribute takes one (`method = GET`, `answerOnBridge = true`,
//!   `record = record-from-answer`), or `{expr}`, any Rust expression evaluated at run time.
//! - Children are elements, string literals and `{expr}` splices, separated by whitespace;
//!   text and SSML interleave inside `Say`. `if`/`else`, `if let`, `for … in …` and `match`
//!   work among children with Rust's syntax; each branch is checked as if written in place.
//!
//! Every literal is checked against [`reference`](mod@reference): the element's parent, its attributes and
//! their types, enum values and ranges, text rules, child counts, and one channel (voice,
//! messaging or fax) per document. A wrong document fails `cargo build` with every error at its
//! token. The output is `<?xml version="1.0" encoding="UTF-8"?>` and compact XML, attributes in
//! the order written, empty elements self-closed.
//!
//! # Run-time values
//!
//! `{expr}` among children takes anything `Display` and escapes it as text; it never inserts
//! markup. As an attribute value its type follows the attribute: the enums in [`values`] for
//! enumerated attributes, integers, `f64`, `bool`, or any `Display` for strings, URLs and
//! lists, and `Option` of each (`None` leaves the attribute out).
//!
//! ```
//! use cxml::{cxml, values::Method};
//!
//! let caller = "O'Brien & <Sons>";
//! let method: Option<Method> = Some(Method::Get);
//! let doc = cxml! {
//!     Response <
//!         Say(voice = "alice") < "Hello " {caller} >
//!         Redirect(method = {method}) < "https://example.com/next" >
//!     >
//! };
//! assert!(doc.as_str().contains("Hello O'Brien &amp; &lt;Sons&gt;"));
//! assert!(doc.as_str().contains(r#"<Redirect method="GET">"#));
//! ```
//!
//! Rules that only run-time data can break (a loop producing 11 `Number` in one `Dial`, a
//! run-time `timeout` out of range) never produce malformed or truncated output: the document
//! renders in full and [`Rendered::error`] says what is wrong.
//!
//! Characters XML 1.0 cannot carry (U+0000 and other C0 controls but tab, newline and
//! carriage return; U+FFFE, U+FFFF) are replaced by U+FFFD in run-time values, so the output is
//! always well-formed. See [`escape`].
//!
//! # Fragments and raw markup
//!
//! `cxml!(in Dial: …)` builds children for one kind of parent as a [`Fragment`], whose type
//! records the parent: spliced with `{fragment}` into that parent it compiles, anywhere else it
//! is a compile error. `unchecked_raw!("<Markup/>")` or `unchecked_raw!(expr)` among children
//! inserts trusted markup as is, unchecked and unescaped: the one way to write a verb this crate
//! does not know yet.
//!
//! ```
//! use cxml::{cxml, Fragment, reference::voice::Dial};
//!
//! fn team(numbers: &[&str]) -> Fragment<Dial> {
//!     cxml!(in Dial: for n in numbers { Number({n}) })
//! }
//! let doc = cxml! { Response < Dial(timeout = 20) < {team(&["+15550100"])} > > };
//! assert!(doc.as_str().ends_with(r#"<Dial timeout="20"><Number>+15550100</Number></Dial></Response>"#));
//! ```
//!
//! # Editor support
//!
//! The expansion names the documented items of [`reference`](mod@reference) at your tokens, so hovering an
//! element or attribute inside `cxml!` shows its reference and go-to-definition opens it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Renders a cXML document (or, with `in Parent:`, a [`Fragment`]) checked at compile time.
///
/// See the [crate documentation](crate) for the language.
pub use cxml_macros::cxml;
pub use cxml_runtime::{Channel, Fragment, RenderError, Rendered};
pub use cxml_runtime::{Document, ParseError, ParseOptions, Problem, document, parse, parse_with};
pub use cxml_runtime::{escape, schema};

mod callback_url;
pub use callback_url::CallbackUrl;

pub mod reference {
    //! The cXML reference: every element, with its place in a document, its content and its
    //! attributes, generated from the same schema table the checks read.
    //!
    //! Each element is a marker type (also the type parameter of [`Fragment`](crate::Fragment));
    //! each attribute is a documented constant on it. Elements that share a name but follow
    //! different rules carry the parent in their name: [`voice::dial::Sip`], [`voice::refer::Sip`].

    /// The type of the attribute constants on the element markers: documentation only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Attribute;

    cxml_macros::__reference!();
}

pub mod values {
    //! Rust enums for the closed lists of attribute values, for run-time values:
    //! `method = {cxml::values::Method::Get}`.

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
#[cfg_attr(docsrs, doc(cfg(feature = "webhook")))]
#[doc(inline)]
pub use cxml_webhook as webhook;

#[cfg(feature = "testing")]
#[doc(inline)]
pub use cxml_testing as testing;

#[cfg(feature = "rest")]
#[cfg_attr(docsrs, doc(cfg(feature = "rest")))]
#[doc(inline)]
pub use cxml_rest as rest;

#[doc(hidden)]
pub mod __private {
    pub use cxml_runtime::private::*;
    pub use cxml_runtime::{Channel, Fragment, Rendered};
}
