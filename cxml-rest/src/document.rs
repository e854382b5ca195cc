//! Documents sent inline: checked ones, and the one escape hatch for text.

use std::fmt;

use cxml_runtime::{Channel, Document, Rendered};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::enums::Method;
use crate::error::DocumentError;

/// A whole cXML document to send as text: a call's inline document, a cXML script's contents.
///
/// Made from a checked document ([`Rendered`] from `cxml!`, or a [`Document`] from
/// `cxml::parse`), or, with the explicitly named [`InlineDocument::unchecked`], from any text.
/// Deserializing one keeps the text as is: [`InlineDocument::parse`] checks it.
#[derive(Clone, PartialEq, Eq)]
pub struct InlineDocument(String);

impl InlineDocument {
    /// A document rendered by `cxml!`, refused if run-time data broke a rule
    /// ([`Rendered::error`]).
    pub fn rendered(document: &Rendered) -> Result<Self, DocumentError> {
        if let Some(error) = document.error() {
            return Err(DocumentError::Render(error.clone()));
        }
        Ok(InlineDocument(document.as_str().to_owned()))
    }

    /// A document read and checked by `cxml::parse`.
    pub fn parsed(document: &Document<'_>) -> Self {
        InlineDocument(document.render())
    }

    /// Any text, unchecked: SignalWire will reject what is not valid cXML, when it runs it.
    pub fn unchecked(xml: impl Into<String>) -> Self {
        InlineDocument(xml.into())
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, read and checked as `cxml::parse` does.
    pub fn parse(&self) -> Result<Document<'_>, cxml_runtime::ParseError> {
        cxml_runtime::parse(&self.0)
    }

    fn channel(&self) -> Option<Channel> {
        self.parse().ok().map(|d| d.channel)
    }
}

impl fmt::Debug for InlineDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("InlineDocument").field(&self.0).finish()
    }
}

impl fmt::Display for InlineDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<&Rendered> for InlineDocument {
    type Error = DocumentError;
    fn try_from(document: &Rendered) -> Result<Self, DocumentError> {
        InlineDocument::rendered(document)
    }
}

impl TryFrom<Rendered> for InlineDocument {
    type Error = DocumentError;
    fn try_from(document: Rendered) -> Result<Self, DocumentError> {
        InlineDocument::rendered(&document)
    }
}

impl From<&Document<'_>> for InlineDocument {
    fn from(document: &Document<'_>) -> Self {
        InlineDocument::parsed(document)
    }
}

impl Serialize for InlineDocument {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for InlineDocument {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(InlineDocument)
    }
}

/// What a call runs: the document at a URL SignalWire requests, or a voice document sent
/// inline (in the [`INLINE_DOCUMENT_FIELD`](crate::INLINE_DOCUMENT_FIELD) field).
///
/// With `cxml!`, `CallDocument::inline(&cxml! { Response < Say < "Hello" > > })?` (see the
/// example of [`cxml::rest`](crate)). A document read at run time goes through the reader:
///
/// ```
/// # mod cxml { pub use ::cxml_runtime::parse; pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::CallDocument;
///
/// let hello = CallDocument::parsed(&cxml::parse("<Response><Say>Hello</Say></Response>")?)?;
/// let hosted = CallDocument::url("https://example.com/voice.xml");
/// let sms = cxml::parse("<Response><Message>SMS</Message></Response>")?;
/// assert!(CallDocument::parsed(&sms).is_err()); // not a voice document
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallDocument {
    /// SignalWire requests the URL for the document (`Url`, `Method`).
    Url {
        /// The URL.
        url: String,
        /// How it is requested (SignalWire's default: `POST`).
        method: Option<Method>,
    },
    /// The document itself.
    Inline(InlineDocument),
}

impl CallDocument {
    /// The document at `url`, requested with SignalWire's default method (`POST`).
    pub fn url(url: impl Into<String>) -> Self {
        CallDocument::Url {
            url: url.into(),
            method: None,
        }
    }

    /// The document at `url`, requested with `method`.
    pub fn url_with_method(url: impl Into<String>, method: Method) -> Self {
        CallDocument::Url {
            url: url.into(),
            method: Some(method),
        }
    }

    /// A voice document rendered by `cxml!`; refused if run-time data broke a rule or it is
    /// not a voice document.
    pub fn inline(document: &Rendered) -> Result<Self, DocumentError> {
        voice(document.channel())?;
        InlineDocument::rendered(document).map(CallDocument::Inline)
    }

    /// A voice document read and checked by `cxml::parse`.
    pub fn parsed(document: &Document<'_>) -> Result<Self, DocumentError> {
        voice(document.channel)?;
        Ok(CallDocument::Inline(InlineDocument::parsed(document)))
    }

    /// Any text, sent inline unchecked (see [`InlineDocument::unchecked`]).
    pub fn unchecked(xml: impl Into<String>) -> Self {
        CallDocument::Inline(InlineDocument::unchecked(xml))
    }

    /// An [`InlineDocument`] (checked for its channel when its text parses).
    pub fn from_inline(document: InlineDocument) -> Result<Self, DocumentError> {
        if let Some(channel) = document.channel() {
            voice(channel)?;
        }
        Ok(CallDocument::Inline(document))
    }

    pub(crate) fn into_parts(self) -> (Option<String>, Option<Method>, Option<InlineDocument>) {
        match self {
            CallDocument::Url { url, method } => (Some(url), method, None),
            CallDocument::Inline(document) => (None, None, Some(document)),
        }
    }
}

fn voice(found: Channel) -> Result<(), DocumentError> {
    if found == Channel::Voice {
        Ok(())
    } else {
        Err(DocumentError::WrongChannel {
            expected: Channel::Voice,
            found,
        })
    }
}

impl TryFrom<&Rendered> for CallDocument {
    type Error = DocumentError;
    fn try_from(document: &Rendered) -> Result<Self, DocumentError> {
        CallDocument::inline(document)
    }
}

impl TryFrom<Rendered> for CallDocument {
    type Error = DocumentError;
    fn try_from(document: Rendered) -> Result<Self, DocumentError> {
        CallDocument::inline(&document)
    }
}

impl TryFrom<&Document<'_>> for CallDocument {
    type Error = DocumentError;
    fn try_from(document: &Document<'_>) -> Result<Self, DocumentError> {
        CallDocument::parsed(document)
    }
}
