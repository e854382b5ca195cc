//! A checked cXML document as a tree: what [`parse`](crate::parse) returns.
//!
//! The document owns its tree as two flat vectors (nodes in document order, attributes in
//! document order); an [`Element`] is a view into it, so parsing allocates a few vectors in all,
//! not two per element. Every element names its entry in the schema table, so the tree knows
//! which rules it follows; attributes keep the order they were written in. `Display` renders the document in the same
//! compact form as the `cxml!` macro, so `parse(&doc.to_string()) == Ok(doc)`.
//!
//! Attribute values and text borrow from the parsed input where they are written as they read
//! (no references, no line ends to normalize); texts that had to change share one buffer of the
//! document. [`Document::into_owned`] detaches a document from its input.

use std::fmt;

use crate::escape::{escape_attribute, escape_text};
use crate::schema::{self, Channel, ElementId};

/// A whole cXML document: its channel and its `<Response>`.
///
/// ```
/// # use cxml_runtime as cxml;
/// let doc = cxml::parse(r#"<Response><Say voice="alice">Hi</Say></Response>"#).unwrap();
/// assert_eq!(doc.channel, cxml::Channel::Voice);
/// assert_eq!(doc.root().name(), "Response");
/// assert_eq!(
///     doc.to_string(),
///     r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="alice">Hi</Say></Response>"#
/// );
/// ```
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The channel the document's verbs belong to, inferred as the macro does.
    pub channel: Channel,
    /// The `<Response>` element (always `nodes[0]`).
    root: Slot,
    /// Elements and text in document order; an element's descendants follow it up to its `end`.
    nodes: Vec<Stored<'a>>,
    /// Every element's attributes, in document order: an element owns a range. Values are
    /// stored as texts are.
    attributes: Vec<(&'static str, Text<'a>)>,
    /// The texts and attribute values that are not slices of the input, one after another
    /// ([`Text::Owned`]).
    text: String,
}

/// An element as stored: its schema entry, its attributes, where its subtree ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub id: ElementId,
    /// Its attributes: `attributes[first_attribute..end_attribute]` of the document.
    pub first_attribute: u32,
    pub end_attribute: u32,
    /// Index one past the element's last descendant.
    pub end: u32,
}

/// One node as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stored<'a> {
    Element(Slot),
    Text(Text<'a>),
}

/// A text node or an attribute value as stored: borrowed from the input where it reads as
/// written, else a range of the document's text buffer (what references, CDATA or line ends
/// changed), so that such texts and values share one allocation instead of one each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Text<'a> {
    Borrowed(&'a str),
    Owned { start: usize, end: usize },
}

impl<'a> Text<'a> {
    /// The text, where `owned` is the buffer its range indexes.
    pub(crate) fn resolve<'t>(self, owned: &'t str) -> &'t str
    where
        'a: 't,
    {
        match self {
            Text::Borrowed(text) => text,
            Text::Owned { start, end } => owned.get(start..end).unwrap_or_default(),
        }
    }

    /// The same text as a range of `owned`, where a borrowed one is copied.
    fn into_owned(self, owned: &mut String) -> Text<'static> {
        match self {
            Text::Owned { start, end } => Text::Owned { start, end },
            Text::Borrowed(borrowed) => {
                let start = owned.len();
                owned.push_str(borrowed);
                Text::Owned {
                    start,
                    end: owned.len(),
                }
            }
        }
    }
}

/// Iterator over an element's attributes ([`Element::attributes`]): each name as the table
/// spells it, with its value unescaped.
#[derive(Clone)]
pub struct Attributes<'d> {
    stored: std::slice::Iter<'d, (&'static str, Text<'d>)>,
    /// The document's buffer of values that are not slices of the input.
    text: &'d str,
}

impl<'d> Attributes<'d> {
    /// Whether the element has no attributes.
    pub fn is_empty(&self) -> bool {
        self.stored.len() == 0
    }
}

impl<'d> Iterator for Attributes<'d> {
    type Item = (&'static str, &'d str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let (name, value) = self.stored.next()?;
        Some((name, value.resolve(self.text)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.stored.size_hint()
    }
}

impl DoubleEndedIterator for Attributes<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let (name, value) = self.stored.next_back()?;
        Some((name, value.resolve(self.text)))
    }
}

impl ExactSizeIterator for Attributes<'_> {}

impl std::iter::FusedIterator for Attributes<'_> {}

impl fmt::Debug for Attributes<'_> {
    /// The attributes still to come, as a map from name to value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.clone()).finish()
    }
}

/// One element of a [`Document`]: its schema entry, its attributes in document order, and its
/// children. A view into the document (cheap to copy).
///
/// ```
/// # use cxml_runtime as cxml;
/// let doc = cxml::parse(r#"<Response><Dial timeout="5"><Number>+15550100</Number></Dial></Response>"#).unwrap();
/// let dial = doc.root().elements().next().unwrap();
/// assert_eq!(dial.name(), "Dial");
/// assert_eq!(dial.attribute("timeout"), Some("5"));
/// assert_eq!(dial.elements().next().unwrap().text(), "+15550100");
/// ```
#[derive(Clone, Copy)]
pub struct Element<'d> {
    document: &'d Document<'d>,
    index: u32,
    slot: Slot,
}

/// A child of an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node<'d> {
    /// A child element.
    Element(Element<'d>),
    /// Character data, unescaped (adjacent text, CDATA and references are merged into one).
    Text(&'d str),
}

/// Written when an [`ElementId`] is outside the table.
const UNKNOWN_NAME: &str = "unknown-element";

impl<'d> Element<'d> {
    /// The element's entry in the schema table ([`schema::ELEMENTS`]).
    pub fn id(&self) -> ElementId {
        self.slot.id
    }

    /// The element's schema entry, if its id is one of the table's.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse("<Response><Hangup/></Response>").unwrap();
    /// assert_eq!(doc.root().spec().unwrap().id, "voice.Response");
    /// ```
    pub fn spec(&self) -> Option<&'static schema::ElementSpec> {
        let id = self.slot.id;
        id.platform().elements().get(id.index())
    }

    /// The element's XML name.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse("<Response/>").unwrap();
    /// assert_eq!(doc.root().name(), "Response");
    /// ```
    pub fn name(&self) -> &'static str {
        self.spec().map_or(UNKNOWN_NAME, |spec| spec.name)
    }

    /// Attribute names (as the table spells them) and values (unescaped), in document order.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse(r#"<Response><Say loop="2" voice="man">x</Say></Response>"#).unwrap();
    /// let say = doc.root().elements().next().unwrap();
    /// let attributes: Vec<(&str, &str)> = say.attributes().collect();
    /// assert_eq!(attributes, [("loop", "2"), ("voice", "man")]);
    /// assert_eq!(say.attributes().len(), 2);
    /// ```
    pub fn attributes(&self) -> Attributes<'d> {
        let stored = self
            .document
            .attributes
            .get(self.slot.first_attribute as usize..self.slot.end_attribute as usize)
            .unwrap_or(&[]);
        Attributes {
            stored: stored.iter(),
            text: &self.document.text,
        }
    }

    /// The value of an attribute, if present.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse(r#"<Response><Pause length="3"/></Response>"#).unwrap();
    /// let pause = doc.root().elements().next().unwrap();
    /// assert_eq!(pause.attribute("length"), Some("3"));
    /// assert_eq!(pause.attribute("loop"), None);
    /// ```
    pub fn attribute(&self, name: &str) -> Option<&'d str> {
        self.attributes()
            .find(|(attribute, _)| *attribute == name)
            .map(|(_, value)| value)
    }

    /// The children, elements and text, in document order.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// use cxml::document::Node;
    /// let doc = cxml::parse("<Response><Say>Hi</Say></Response>").unwrap();
    /// let say = doc.root().elements().next().unwrap();
    /// assert_eq!(say.children().collect::<Vec<_>>(), [Node::Text("Hi")]);
    /// ```
    pub fn children(&self) -> Children<'d> {
        Children {
            document: self.document,
            next: self.index.saturating_add(1),
            end: self.slot.end,
        }
    }

    /// Whether the element has no children.
    pub fn is_empty(&self) -> bool {
        self.slot.end <= self.index.saturating_add(1)
    }

    /// The child elements, in order (text left out).
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse("<Response><Say>a</Say><Hangup/></Response>").unwrap();
    /// let names: Vec<&str> = doc.root().elements().map(|e| e.name()).collect();
    /// assert_eq!(names, ["Say", "Hangup"]);
    /// ```
    pub fn elements(&self) -> impl Iterator<Item = Element<'d>> + use<'d> {
        self.children().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The element's own text: its text children joined, without the text of child elements.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse("<Response><Say>Hello <break/>world</Say></Response>").unwrap();
    /// assert_eq!(doc.root().elements().next().unwrap().text(), "Hello world");
    /// ```
    pub fn text(&self) -> String {
        let mut text = String::new();
        for node in self.children() {
            if let Node::Text(part) = node {
                text.push_str(part);
            }
        }
        text
    }

    /// The nodes of the element's subtree, itself first.
    fn subtree(&self) -> &'d [Stored<'d>] {
        self.document
            .nodes
            .get(self.index as usize..self.slot.end as usize)
            .unwrap_or(&[])
    }

    /// Appends the element as compact XML. Iterative, so any depth renders without recursion.
    pub(crate) fn write_xml(&self, out: &mut String) {
        let document = self.document;
        // Elements still open: where each one's subtree ends, and its name.
        let mut open: Vec<(u32, &'static str)> = Vec::new();
        let mut at = self.index;
        for node in self.subtree() {
            match node {
                Stored::Element(slot) => {
                    let element = Element {
                        document,
                        index: at,
                        slot: *slot,
                    };
                    let name = element.name();
                    out.push('<');
                    out.push_str(name);
                    for (attribute, value) in element.attributes() {
                        out.push(' ');
                        out.push_str(attribute);
                        out.push_str("=\"");
                        escape_attribute(out, value);
                        out.push('"');
                    }
                    if element.is_empty() {
                        out.push_str("/>");
                    } else {
                        out.push('>');
                        open.push((slot.end, name));
                    }
                }
                Stored::Text(text) => escape_text(out, text.resolve(&document.text)),
            }
            at = at.saturating_add(1);
            while let Some(&(end, name)) = open.last() {
                if at < end {
                    break;
                }
                open.pop();
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            }
        }
        // Only with inconsistent ends: close what is still open.
        while let Some((_, name)) = open.pop() {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    }
}

/// Iterator over the children of an element ([`Element::children`]).
#[derive(Debug, Clone)]
pub struct Children<'d> {
    document: &'d Document<'d>,
    next: u32,
    end: u32,
}

impl<'d> Iterator for Children<'d> {
    type Item = Node<'d>;

    fn next(&mut self) -> Option<Node<'d>> {
        if self.next >= self.end {
            return None;
        }
        let index = self.next;
        match self.document.nodes.get(index as usize)? {
            Stored::Element(slot) => {
                // A subtree always ends after its element; `max` guards against a corrupt end.
                self.next = slot.end.max(index.saturating_add(1));
                Some(Node::Element(Element {
                    document: self.document,
                    index,
                    slot: *slot,
                }))
            }
            Stored::Text(text) => {
                self.next = index.saturating_add(1);
                Some(Node::Text(text.resolve(&self.document.text)))
            }
        }
    }
}

impl PartialEq for Element<'_> {
    /// Same name entry, attributes and subtree, wherever the two elements are stored.
    fn eq(&self, other: &Self) -> bool {
        let (mine, theirs) = (self.subtree(), other.subtree());
        if mine.len() != theirs.len() {
            return false;
        }
        mine.iter().zip(theirs).all(|pair| match pair {
            (Stored::Text(a), Stored::Text(b)) => {
                a.resolve(&self.document.text) == b.resolve(&other.document.text)
            }
            (Stored::Element(a), Stored::Element(b)) => {
                let a_view = Element {
                    document: self.document,
                    index: 0,
                    slot: *a,
                };
                let b_view = Element {
                    document: other.document,
                    index: 0,
                    slot: *b,
                };
                a.id == b.id
                    && a.end.wrapping_sub(self.index) == b.end.wrapping_sub(other.index)
                    && a_view.attributes().eq(b_view.attributes())
            }
            _ => false,
        })
    }
}

impl Eq for Element<'_> {}

impl PartialEq for Document<'_> {
    /// Same channel and same tree, however each text is stored.
    fn eq(&self, other: &Self) -> bool {
        self.channel == other.channel && self.root() == other.root()
    }
}

impl Eq for Document<'_> {}

impl fmt::Debug for Element<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Element")
            .field("name", &self.name())
            .field("attributes", &self.attributes())
            .field("children", &self.children().collect::<Vec<_>>())
            .finish()
    }
}

impl<'a> Document<'a> {
    /// A document from its parts, as the reader builds it: `nodes[0]` is the root.
    pub(crate) fn from_parts(
        channel: Channel,
        nodes: Vec<Stored<'a>>,
        attributes: Vec<(&'static str, Text<'a>)>,
        text: String,
    ) -> Option<Self> {
        let Some(Stored::Element(root)) = nodes.first() else {
            return None;
        };
        Some(Document {
            channel,
            root: *root,
            nodes,
            attributes,
            text,
        })
    }

    /// Whose vocabulary the document was checked against: the platform of its `<Response>`.
    pub fn platform(&self) -> schema::Platform {
        self.root.id.platform()
    }

    /// The `<Response>` element.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse("<Response><Hangup/></Response>").unwrap();
    /// assert_eq!(doc.root().name(), "Response");
    /// ```
    pub fn root(&self) -> Element<'_> {
        Element {
            document: self,
            index: 0,
            slot: self.root,
        }
    }

    /// The document with every value and text owned, free of the input it was parsed from.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// fn load(path: &str) -> cxml::Document<'static> {
    ///     let text = std::fs::read_to_string(path).unwrap_or_else(|_| "<Response/>".into());
    ///     cxml::parse(&text).unwrap().into_owned()
    /// }
    /// assert_eq!(load("/nonexistent").root().name(), "Response");
    /// ```
    pub fn into_owned(self) -> Document<'static> {
        let mut text = self.text;
        let nodes = self
            .nodes
            .into_iter()
            .map(|node| match node {
                Stored::Element(slot) => Stored::Element(slot),
                Stored::Text(stored) => Stored::Text(stored.into_owned(&mut text)),
            })
            .collect();
        let attributes = self
            .attributes
            .into_iter()
            .map(|(name, value)| (name, value.into_owned(&mut text)))
            .collect();
        Document {
            channel: self.channel,
            root: self.root,
            nodes,
            attributes,
            text,
        }
    }

    /// The XML declaration every rendered document starts with.
    pub const XML_DECLARATION: &'static str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

    /// The document as compact XML, exactly as `cxml!` renders it (same as `to_string()`).
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse("<Response>\n  <Hangup></Hangup>\n</Response>").unwrap();
    /// assert_eq!(doc.render(), r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#);
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(256);
        out.push_str(Self::XML_DECLARATION);
        self.root().write_xml(&mut out);
        out
    }
}

impl fmt::Display for Document<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl fmt::Display for Element<'_> {
    /// The element alone as compact XML, without the XML declaration.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write_xml(&mut out);
        f.write_str(&out)
    }
}
