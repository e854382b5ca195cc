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
//! markup. An `Option` of it writes its value, or nothing for `None`. As an attribute value its
//! type follows the attribute: the enums in [`values`] for enumerated attributes, integers,
//! `f64`, `bool`, or any `Display` for strings, URLs and lists, and `Option` of each (`None`
//! leaves the attribute out). A value of another type is a compile error that names the type
//! and says what fits there.
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
//! # Re-exporting cxml
//!
//! Generated code names this crate `::cxml`. A crate that depends on cxml under another name,
//! or re-exports it for its users, says where it is with `crate = path;` before the document
//! (or the fragment's `in Parent:`), as serde's `#[serde(crate = "…")]` does; a macro of its
//! own can pass `$crate::…` there.
//!
//! ```
//! // A framework that re-exports cxml, and its own macro.
//! mod framework {
//!     pub(crate) use ::cxml as runtime;
//! }
//!
//! macro_rules! voice {
//!     ($($input:tt)*) => {
//!         $crate::framework::runtime::cxml!(crate = $crate::framework::runtime; $($input)*)
//!     };
//! }
//!
//! fn main() {
//!     let doc = framework::runtime::cxml!(crate = framework::runtime; Response < Hangup >);
//!     assert!(doc.as_str().ends_with("<Response><Hangup/></Response>"));
//!     let numbers = voice!(in Dial: Number("+15550100"));
//!     let doc = voice! { Response < Dial < {numbers} > > };
//!     assert!(doc.as_str().ends_with("<Dial><Number>+15550100</Number></Dial></Response>"));
//! }
//! ```
//!
//! # Editor support
//!
//! The expansion names the documented items of [`reference`](mod@reference) at your tokens, so hovering an
//! element or attribute inside `cxml!` shows its reference and go-to-definition opens it.
//!
//! # Features
//!
//! | Feature | Adds | Default |
//! |---|---|---|
//! | `webhook` | `webhook`: SignalWire signature checks, no serde | yes |
//! | `params` | typed webhook parameters (`webhook::params`, `from_form`, `to_form`), on serde | |
//! | `tower` | `webhook::VerifySignatureLayer`, a tower layer that checks every request | |
//! | `axum` | [`Rendered`] as an axum response, the `SignedForm` extractor (with `tower`, `params`) | |
//! | `actix` | [`Rendered`] as an actix-web `Responder`, the `SignedForm` extractor (with `params`) | |
//! | `testing` | `testing`: a simulated SignalWire that drives your handlers in tests (with `params`, `streams-wav`) | |
//! | `rest` | `rest`: a typed client for the Compatibility REST API, over any tower service; with `testing`, `testing::rest::Emulator`: the simulator serves that API | |
//! | `rest-https` | `rest::Client::https`, its HTTPS transport (hyper and rustls, no OpenSSL) | |
//! | `streams` | `streams`: the `<Stream>` WebSocket protocol typed, μ-law/L16 audio, resampling | |
//! | `streams-wav` | `streams::Audio` reads and writes WAV files | |
//! | `streams-axum` | `streams::axum`: a media-stream handler over axum's WebSocket | |
//! | `streams-actix` | `streams::actix`: a media-stream handler over actix-web | |
//!
//! The crates `cxml-macros`, `cxml-runtime`, `cxml-schema`, `cxml-webhook`, `cxml-testing`,
//! `cxml-streams` and `cxml-rest` are parts of this one, reached through it as `cxml!`, the items
//! above, [`schema`], `webhook`, `testing`, `streams` and `rest`: depend on `cxml` alone.
//!
//! # Placing a call with a checked document
//!
//! With the feature `rest-https`, a call runs a document that `cxml!` checked, sent with the
//! request instead of hosted at a URL:
//!
//! ```no_run
//! # #[cfg(feature = "rest-https")]
//! # async fn demo() -> Result<(), cxml::rest::Error> {
//! use cxml::cxml;
//! use cxml::rest::{CallDocument, CallEvent, Client, CreateCall, Credentials};
//!
//! // SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE_URL.
//! let client = Client::https(Credentials::from_env()?)?;
//! let reminder = cxml! {
//!     Response <
//!         Say(voice = "alice") < "Your appointment is tomorrow at nine." >
//!         Gather(numDigits = 1, action = "https://example.com/confirm") < Say < "Press 1 to confirm." > >
//!     >
//! };
//! let call = client
//!     .calls()
//!     .create(
//!         &CreateCall::new("+15550100", "+15550199", CallDocument::inline(&reminder)?)
//!             .status_callback("https://example.com/status")
//!             .status_callback_events([CallEvent::Answered, CallEvent::Completed]),
//!     )
//!     .await?;
//! println!("{} is {}", call.sid, call.status);
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Renders a cXML document (or, with `in Parent:`, a [`Fragment`]) checked at compile time.
///
/// See the [crate documentation](crate) for the language.
pub use cxml_macros::cxml;
// Examples that need `cxml!` are written here, on the re-exports, rather than on the items in
// `cxml-runtime`: a member crate cannot take this facade as a dev-dependency and still be
// published. Rustdoc shows them first on the item's page, then the item's own documentation.
// The member crates' other examples are written with the paths users write (`cxml::…`); a hidden
// first line names the member crate that way, since this facade re-exports their items under
// those paths.
/// What `cxml!(in Parent: …)` evaluates to:
///
/// ```
/// use cxml::{cxml, Fragment, reference::voice::Dial};
///
/// fn targets(numbers: &[&str]) -> Fragment<Dial> {
///     cxml!(in Dial: for n in numbers { Number({n}) })
/// }
/// let doc = cxml! { Response < Dial < {targets(&["+15550100", "+15550101"])} > > };
/// assert!(doc.as_str().contains("<Dial><Number>+15550100</Number><Number>+15550101</Number></Dial>"));
/// ```
///
#[doc(inline)]
pub use cxml_runtime::Fragment;
/// What `cxml!` evaluates to:
///
/// ```
/// let doc = cxml::cxml! { Response < Hangup > };
/// assert_eq!(doc.as_str(), r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#);
/// assert_eq!(doc.channel(), cxml::Channel::Voice);
/// assert!(doc.error().is_none());
/// ```
///
#[doc(inline)]
pub use cxml_runtime::Rendered;
pub use cxml_runtime::escape;
#[doc(inline)]
pub use cxml_runtime::schema;
pub use cxml_runtime::{Channel, RenderError};
pub use cxml_runtime::{
    Document, ParseError, ParseOptions, Problem, document, parse, parse_with, portability,
};

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

#[cfg(feature = "twilio")]
#[cfg_attr(docsrs, doc(cfg(feature = "twilio")))]
pub mod twilio {
    //! Twilio's TwiML, checked as SignalWire's cXML is: [`twiml!`](crate::twiml) is the same
    //! language as [`cxml!`](crate::cxml) with the same guarantees (errors at the token, control
    //! flow, fragments, run-time values, one allocation), checked against Twilio's table
    //! ([`schema::twilio`](crate::schema::twilio)), with its own [`reference`](mod@reference) for hover and
    //! completion and its own [`values`].
    //!
    //! ```
    //! use cxml::twiml;
    //!
    //! let doc = twiml! {
    //!     Response <
    //!         Gather(input = "speech dtmf", bargeIn = false, action = "/menu") <
    //!             Say("Press 1 or say sales.")
    //!         >
    //!         Dial(passports = "eyJhbGciOi") < Client < Identity("alice") > >
    //!     >
    //! };
    //! assert!(doc.as_str().contains(r#"<Gather input="speech dtmf" bargeIn="false" action="/menu">"#));
    //! ```
    //!
    //! A fragment is typed by the marker of its parent in this module's [`reference`](mod@reference)
    //! (`Fragment<cxml::twilio::reference::voice::Dial>`), so a Twilio fragment does not splice
    //! into a SignalWire document, nor a SignalWire fragment into a TwiML document:
    //!
    //! ```compile_fail
    //! use cxml::{cxml, twiml};
    //! let targets = twiml!(in Dial: Number("+15550100"));
    //! let doc = cxml! { Response < Dial < {targets} > > };
    //! ```

    #[doc(inline)]
    pub use cxml_macros::twiml;
    pub use cxml_runtime::{Channel, Fragment, Rendered};

    pub mod reference {
        //! Twilio's TwiML reference: every element of Twilio's table, with its place in a
        //! document, its content and its attributes, as [`crate::reference`] is for cXML.

        pub use crate::reference::Attribute;

        cxml_macros::__twilio_reference!();
    }

    pub mod values {
        //! Rust enums for the closed lists of Twilio's attribute values, for run-time values:
        //! `method = {cxml::twilio::values::Method::Get}`.

        pub use crate::values::UnknownValue;

        cxml_macros::__twilio_values!();
    }

    #[doc(hidden)]
    pub mod __private {
        pub use crate::__private::*;
        // The elements of Twilio's table: shadows the glob's `IDS`.
        pub use cxml_runtime::private::TWILIO_IDS as IDS;
    }
}

#[cfg(feature = "twilio")]
#[doc(inline)]
pub use twilio::twiml;

#[cfg(feature = "webhook")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook")))]
#[doc(inline)]
pub use cxml_webhook as webhook;

#[cfg(feature = "testing")]
#[cfg_attr(docsrs, doc(cfg(feature = "testing")))]
#[doc(inline)]
pub use cxml_testing as testing;

#[cfg(feature = "streams")]
#[cfg_attr(docsrs, doc(cfg(feature = "streams")))]
#[doc(inline)]
pub use cxml_streams as streams;

#[cfg(feature = "rest")]
#[cfg_attr(docsrs, doc(cfg(feature = "rest")))]
#[doc(inline)]
pub use cxml_rest as rest;

#[doc(hidden)]
pub mod __private {
    pub use cxml_runtime::private::*;
    pub use cxml_runtime::{Channel, Fragment, Rendered};
}
