//! The value `cxml!` evaluates to: a whole cXML document as text.

use std::borrow::Cow;
use std::fmt;
use std::mem::ManuallyDrop;

use crate::schema::{Channel, Violation};

/// A rendered cXML document: `<?xml …?>` and one `<Response>`, as compact text.
///
/// A fully static document borrows a `&'static str` made at compile time and costs nothing to
/// create; a document with run-time values owns one `String`.
///
/// Rules that only run-time data can break (a loop that puts 11 `<Number>` in a `<Dial>`, a
/// run-time `timeout` outside its range) do not stop rendering: the text stays well-formed and
/// complete, and [`Rendered::error`] tells what is wrong. Check it (or use
/// [`Rendered::into_result`]) before you answer SignalWire with a document built from data.
// The example needs `cxml!`, which this crate does not have: it is on the facade's re-export
// (`cxml::Rendered`), where it runs as a doctest and where users read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    xml: Cow<'static, str>,
    channel: Channel,
    error: ErrorSlot,
}

/// A document's [`RenderError`], if any, dropped by a compare when there is none.
///
/// `Option<RenderError>`'s own drop glue is a function too large to inline (it drops every kind
/// of [`Violation`]): every way out of a `Rendered` that dropped the rest of it (`into_string`,
/// `String::from`) called it, even for a static document that has no error. This drop checks
/// first, inline, so that for a document known to have none it is no code at all.
#[derive(Clone, PartialEq)]
struct ErrorSlot(ManuallyDrop<Option<RenderError>>);

impl ErrorSlot {
    #[inline]
    fn new(error: Option<RenderError>) -> Self {
        ErrorSlot(ManuallyDrop::new(error))
    }

    #[inline]
    fn take(&mut self) -> Option<RenderError> {
        self.0.take()
    }
}

impl fmt::Debug for ErrorSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Drop for ErrorSlot {
    #[inline]
    fn drop(&mut self) {
        if self.0.is_some() {
            drop_error(&mut self.0);
        }
    }
}

/// The rare case of [`ErrorSlot`]'s drop, out of line (and by reference: nothing is moved).
#[cold]
#[inline(never)]
fn drop_error(error: &mut Option<RenderError>) {
    *error = None;
}

/// Why a rendered document breaks a rule that only run-time data could break.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderError {
    first: Violation,
    count: u32,
}

impl RenderError {
    /// The first rule broken, in document order.
    pub fn violation(&self) -> &Violation {
        &self.first
    }

    /// How many rules were broken in all.
    pub fn count(&self) -> u32 {
        self.count
    }
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.first)?;
        if self.count > 1 {
            write!(f, " (and {} more problems)", self.count - 1)?;
        }
        Ok(())
    }
}

impl std::error::Error for RenderError {}

impl Rendered {
    /// A document known in full at compile time.
    #[doc(hidden)]
    pub const fn from_static(xml: &'static str, channel: Channel) -> Self {
        Rendered {
            xml: Cow::Borrowed(xml),
            channel,
            // Not a `const` of the whole slot: that would be copied in full (all of a
            // `Violation`'s bytes) wherever a document is kept in memory, where `None` is one
            // word to write.
            error: ErrorSlot(ManuallyDrop::new(None)),
        }
    }

    pub(crate) fn from_parts(xml: String, channel: Channel, error: Option<RenderError>) -> Self {
        Rendered {
            xml: Cow::Owned(xml),
            channel,
            error: ErrorSlot::new(error),
        }
    }

    /// The document's text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.xml
    }

    /// The channel the document's verbs belong to.
    #[inline]
    pub fn channel(&self) -> Channel {
        self.channel
    }

    /// What run-time data broke, if anything.
    #[inline]
    pub fn error(&self) -> Option<&RenderError> {
        self.error.0.as_ref()
    }

    /// The document, or what run-time data broke.
    pub fn into_result(mut self) -> Result<Rendered, RenderError> {
        match self.error.take() {
            Some(error) => Err(error),
            None => Ok(self),
        }
    }

    /// The document's text: borrowed for a document known at compile time, owned otherwise.
    #[inline]
    pub fn into_cow(self) -> Cow<'static, str> {
        self.xml
    }

    /// The document's text as an owned `String` (no copy when it already owns one).
    #[inline]
    pub fn into_string(self) -> String {
        self.xml.into_owned()
    }

    /// A copy of the text. Shadows `ToString` on purpose: a plain copy, with no formatter.
    ///
    /// Every way out of a document costs what a copy of its text does: for a static document,
    /// `to_string()`, `into_string()`, `String::from`/`.into()`, `as_str().to_owned()` and
    /// `into_cow().into_owned()` compile to the same allocation and `memcpy` as
    /// `String::from` of the `&'static str` (`cxml-bench`'s `exits` group measures them side by
    /// side). Only formatting it (`format!("{doc}")`, or `ToString` through `Display` in generic
    /// code) goes through a formatter.
    #[inline]
    #[allow(clippy::inherent_to_string_shadow_display)]
    pub fn to_string(&self) -> String {
        String::from(self.as_str())
    }
}

impl fmt::Display for Rendered {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.xml)
    }
}

impl AsRef<str> for Rendered {
    #[inline]
    fn as_ref(&self) -> &str {
        &self.xml
    }
}

impl From<Rendered> for String {
    #[inline]
    fn from(document: Rendered) -> String {
        document.into_string()
    }
}

impl PartialEq<str> for Rendered {
    fn eq(&self, other: &str) -> bool {
        self.xml == other
    }
}

impl PartialEq<&str> for Rendered {
    fn eq(&self, other: &&str) -> bool {
        self.xml == *other
    }
}

/// Collects the first run-time violation and a count, without allocating.
#[derive(Debug, Default, Clone)]
pub(crate) struct Problems {
    first: Option<Violation>,
    count: u32,
}

impl Problems {
    pub(crate) fn push(&mut self, violation: Violation) {
        if self.first.is_none() {
            self.first = Some(violation);
        }
        self.count = self.count.saturating_add(1);
    }

    pub(crate) fn merge(&mut self, other: Problems) {
        if let Some(first) = other.first {
            self.push(first);
            self.count = self.count.saturating_add(other.count - 1);
        }
    }

    pub(crate) fn into_error(self) -> Option<RenderError> {
        self.first.map(|first| RenderError {
            first,
            count: self.count,
        })
    }
}
