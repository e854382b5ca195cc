//! The shape of the schema table: what one element, attribute and value type say.

/// Index of an element in [`ELEMENTS`](super::ELEMENTS), or in Twilio's table
/// ([`twilio::ELEMENTS`](super::twilio::ELEMENTS)): always a valid one, since ids come only from
/// the tables ([`ids`](super::ids), [`twilio::ids`](super::twilio::ids)) or from
/// [`ElementId::new`] and [`ElementId::new_in`], which check. The top bit says which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ElementId(pub(super) u16);

/// The bit of an [`ElementId`] that marks an entry of Twilio's table.
pub(super) const TWILIO_BIT: u16 = 0x8000;

impl ElementId {
    /// The id of `ELEMENTS[index]`, if the table has that many elements.
    ///
    /// ```
    /// # mod cxml { pub mod schema { pub use ::cxml_schema::*; } }
    /// use cxml::schema::{ELEMENT_COUNT, ElementId};
    /// assert_eq!(ElementId::new(0).map(|id| id.spec().name), Some("Response"));
    /// assert_eq!(ElementId::new(ELEMENT_COUNT), None);
    /// ```
    pub const fn new(index: usize) -> Option<Self> {
        if index < super::ELEMENT_COUNT {
            Some(ElementId(index as u16))
        } else {
            None
        }
    }

    /// The id of the `index`th entry of a platform's table, if it has that many elements.
    pub const fn new_in(platform: Platform, index: usize) -> Option<Self> {
        match platform {
            Platform::SignalWire => Self::new(index),
            Platform::Twilio if index < super::twilio::ELEMENT_COUNT => {
                Some(ElementId(index as u16 | TWILIO_BIT))
            }
            Platform::Twilio => None,
        }
    }

    /// The position of the element in its platform's table ([`ELEMENTS`](super::ELEMENTS) or
    /// [`twilio::ELEMENTS`](super::twilio::ELEMENTS)).
    pub const fn index(self) -> usize {
        (self.0 & !TWILIO_BIT) as usize
    }

    /// The platform whose table holds the element.
    pub const fn platform(self) -> Platform {
        if self.0 & TWILIO_BIT == 0 {
            Platform::SignalWire
        } else {
            Platform::Twilio
        }
    }

    /// The element this id names.
    #[inline]
    pub fn spec(self) -> &'static ElementSpec {
        // Every id is in range (see the type's docs); the fallback only keeps this total.
        if self.0 & TWILIO_BIT == 0 {
            super::ELEMENTS
                .get(self.0 as usize)
                .unwrap_or(&super::ELEMENTS[0])
        } else {
            super::twilio::ELEMENTS
                .get(self.index())
                .unwrap_or(&super::twilio::ELEMENTS[0])
        }
    }
}

/// Whose vocabulary a document is written in: SignalWire's cXML or Twilio's TwiML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Platform {
    /// SignalWire's cXML ([`ELEMENTS`](super::ELEMENTS)).
    #[default]
    SignalWire,
    /// Twilio's TwiML ([`twilio::ELEMENTS`](super::twilio::ELEMENTS)).
    Twilio,
}

impl Platform {
    /// Both platforms, SignalWire first.
    pub const ALL: [Platform; 2] = [Platform::SignalWire, Platform::Twilio];

    /// The platform's name, as in messages: `SignalWire` or `Twilio`.
    pub fn name(self) -> &'static str {
        match self {
            Platform::SignalWire => "SignalWire",
            Platform::Twilio => "Twilio",
        }
    }

    /// The other platform.
    pub fn other(self) -> Platform {
        match self {
            Platform::SignalWire => Platform::Twilio,
            Platform::Twilio => Platform::SignalWire,
        }
    }

    /// Every element of the platform's table.
    pub fn elements(self) -> &'static [ElementSpec] {
        match self {
            Platform::SignalWire => super::ELEMENTS,
            Platform::Twilio => super::twilio::ELEMENTS,
        }
    }

    /// The named value sets of the platform's enumerated attributes.
    pub fn enum_types(self) -> &'static [&'static EnumType] {
        match self {
            Platform::SignalWire => super::ENUM_TYPES,
            Platform::Twilio => super::twilio::ENUM_TYPES,
        }
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A cXML channel: which webhook of a number fetched the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    /// Calls (`<Say>`, `<Dial>`, `<Refer>`…).
    Voice,
    /// SMS and MMS (`<Message>`).
    Messaging,
    /// Fax (`<Receive>`).
    Fax,
}

impl Channel {
    /// Every channel, in the order used to break ties (voice first).
    pub const ALL: [Channel; 3] = [Channel::Voice, Channel::Messaging, Channel::Fax];

    /// Lower-case name, as used in messages.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Voice => "voice",
            Channel::Messaging => "messaging",
            Channel::Fax => "fax",
        }
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Which vocabulary an element belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Voice documents.
    Voice,
    /// Messaging documents.
    Messaging,
    /// Fax documents.
    Fax,
    /// SSML inside voice `<Say>`.
    Ssml,
}

impl Scope {
    /// The channel of a document that may hold this element.
    pub fn channel(self) -> Channel {
        match self {
            Scope::Voice | Scope::Ssml => Channel::Voice,
            Scope::Messaging => Channel::Messaging,
            Scope::Fax => Channel::Fax,
        }
    }
}

/// The role an element plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `<Response>`, the document element.
    Root,
    /// A verb: an instruction directly inside `<Response>`.
    Verb,
    /// A noun: the object of a verb (`<Number>` in `<Dial>`).
    Noun,
    /// An SSML tag inside `<Say>`.
    Ssml,
}

/// How far SignalWire stands behind an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Status {
    /// On a current SignalWire page.
    Documented,
    /// Documented but deprecated: accepted, with a deprecation warning.
    Deprecated,
    /// Removed from SignalWire's docs: rejected.
    Withdrawn,
    /// Only Twilio documents it (SSML `<w>`): accepted inside `<Say>`.
    TwilioOnly,
    /// Only Amazon Polly documents it (`amazon:*`, `<mark>`): accepted inside `<Say>`.
    PollyOnly,
}

/// Whether an element may hold character data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRule {
    /// No text (whitespace only).
    None,
    /// Text may be present.
    Optional,
    /// Text must be present.
    Required,
}

/// Who documents an attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// A SignalWire attribute table or its prose.
    SignalWire,
    /// Only a SignalWire example uses it.
    SignalWireExample,
    /// The withdrawn SignalWire AI pages.
    SignalWireWithdrawn,
    /// SignalWire's REST webhook models.
    SignalWireTypespec,
    /// An older version of a SignalWire page.
    SignalWireLegacy,
    /// Only Twilio documents it.
    Twilio,
    /// Only Amazon Polly's SSML reference documents it.
    AmazonPolly,
}

/// A closed list of values, shared by every attribute that takes it.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnumType {
    /// Name of the Rust enum generated for it in `cxml::values`.
    pub rust_name: &'static str,
    /// The values, spelled as in XML.
    pub values: &'static [&'static str],
}

/// The type of an attribute's value.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum ValueType {
    /// Free text; `keywords` are documented special words (other forms are accepted too).
    String {
        /// Documented keywords.
        keywords: &'static [&'static str],
    },
    /// An absolute or relative URL.
    Url,
    /// A base-10 integer.
    Integer,
    /// A decimal number.
    Decimal,
    /// `true` or `false`.
    Boolean,
    /// One value of a closed list.
    Enum(&'static EnumType),
    /// Items of a closed list joined by a separator.
    List {
        /// The allowed items.
        items: &'static [&'static str],
        /// What joins them.
        separator: char,
    },
    /// `true`, `false`, or any other string with its own meaning.
    BooleanOrString,
}

impl ValueType {
    /// A short human name of the type, as used in messages and the reference.
    pub fn describe(&self) -> String {
        match self {
            ValueType::String { .. } => "a string".into(),
            ValueType::Url => "a URL".into(),
            ValueType::Integer => "an integer".into(),
            ValueType::Decimal => "a decimal number".into(),
            ValueType::Boolean => "a boolean (`true` or `false`)".into(),
            ValueType::Enum(EnumType { values: [only], .. }) => format!("`{only}`"),
            ValueType::Enum(e) => format!("one of {}", super::quote_list(e.values)),
            ValueType::List { items, separator } => format!(
                "a list of {} separated by {}",
                super::quote_list(items),
                if *separator == ' ' {
                    "spaces"
                } else {
                    "commas"
                }
            ),
            ValueType::BooleanOrString => "`true`, `false` or a string".into(),
        }
    }
}

/// One attribute of an element.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Attribute {
    /// Name exactly as in XML.
    pub name: &'static str,
    /// Type of the value.
    pub ty: ValueType,
    /// Documented default, in XML spelling.
    pub default: Option<&'static str>,
    /// Whether the element needs it.
    pub required: bool,
    /// Smallest allowed number, where documented.
    pub min: Option<f64>,
    /// Largest allowed number, where documented.
    pub max: Option<f64>,
    /// Longest allowed value in characters, where documented.
    pub max_length: Option<u32>,
    /// Other accepted forms, in words.
    pub format: Option<&'static str>,
    /// The format a value is checked against, where the sources pin it down; `None` with a
    /// `format` in words means the words are advice, not checked.
    pub checked_format: Option<super::Format>,
    /// Who documents it.
    pub source: Source,
    /// What it does.
    pub about: &'static str,
}

/// One element: its place in a document, its content and its attributes.
#[derive(Debug, PartialEq)]
#[non_exhaustive]
pub struct ElementSpec {
    /// Unique id: `<scope>.<Name>[@<Parent>]`.
    pub id: &'static str,
    /// Name exactly as in XML.
    pub name: &'static str,
    /// Whose table holds it.
    pub platform: Platform,
    /// Vocabulary.
    pub scope: Scope,
    /// Role.
    pub kind: Kind,
    /// Documentation status.
    pub status: Status,
    /// What it does.
    pub about: &'static str,
    /// Elements that may hold it.
    pub parents: &'static [ElementId],
    /// Elements it may hold.
    pub children: &'static [ElementId],
    /// Child names the other platform accepts here but this one does not document (rejected):
    /// Twilio's for a SignalWire element, SignalWire's for a Twilio element.
    pub twilio_only_children: &'static [&'static str],
    /// Character data rule.
    pub text: TextRule,
    /// Whether text and child elements may interleave.
    pub mixed: bool,
    /// What the text is, in words.
    pub text_format: Option<&'static str>,
    /// The only allowed texts, when the text is enumerated.
    pub text_values: &'static [&'static str],
    /// Text is required unless this attribute is present.
    pub text_required_unless: Option<&'static str>,
    /// Text and child elements are alternatives: not both.
    pub text_or_children: bool,
    /// Where the text belongs when the element holds child elements (`Body` in `Message`).
    pub text_child: Option<ElementId>,
    /// Every attribute it takes, with its type, default and documentation.
    pub attributes: &'static [Attribute],
    /// Attribute names the other platform accepts here but this one does not document
    /// (rejected): Twilio's for a SignalWire element, SignalWire's for a Twilio element.
    pub twilio_only_attributes: &'static [&'static str],
    /// Most children of one kind.
    pub child_max: &'static [(ElementId, u32)],
    /// Fewest child elements in all.
    pub min_children: Option<u32>,
    /// Most child elements in all.
    pub max_children: Option<u32>,
    /// Children that, when present, must be the only kind of child.
    pub exclusive_children: &'static [ElementId],
    /// Attributes a child may not carry inside this element (`digits` on a `<Play>` in `<Gather>`).
    pub banned_child_attributes: &'static [(ElementId, &'static str)],
    /// Further rules in words.
    pub notes: &'static [&'static str],
}
