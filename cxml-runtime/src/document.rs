//! A checked cXML document as a tree: what [`parse`](crate::parse) returns.
//!
//! Every element names its entry in the schema table, so the tree knows which rules it follows;
//! attributes keep the order they were written in. `Display` renders the document in the same
//! compact form as the `cxml!` macro, so `parse(&doc.to_string()) == Ok(doc)`.
//!
//! Attribute values and text borrow from the parsed input where they are written as they read
//! (no references, no line ends to normalize); [`Document::into_owned`] detaches a document from
//! its input.

use std::borrow::Cow;
use std::fmt;

use crate::escape::{escape_attribute, escape_text};
use crate::schema::{self, Channel, ElementId};

/// A whole cXML document: its channel and its `<Response>`.
///
/// ```
/// let doc = cxml_runtime::parse(r#"<Response><Say voice="alice">Hi</Say></Response>"#).unwrap();
/// assert_eq!(doc.channel, cxml_runtime::Channel::Voice);
/// assert_eq!(doc.root.name(), "Response");
/// assert_eq!(
///     doc.to_string(),
///     r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="alice">Hi</Say></Response>"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document<'a> {
    /// The channel the document's verbs belong to, inferred as the macro does.
    pub channel: Channel,
    /// The `<Response>` element.
    pub root: Element<'a>,
}

/// One element: its schema entry, its attributes in document order, and its children.
///
/// ```
/// let doc = cxml_runtime::parse(r#"<Response><Dial timeout="5"><Number>+15550100</Number></Dial></Response>"#).unwrap();
/// let dial = doc.root.elements().next().unwrap();
/// assert_eq!(dial.name(), "Dial");
/// assert_eq!(dial.attribute("timeout"), Some("5"));
/// assert_eq!(dial.elements().next().unwrap().text(), "+15550100");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element<'a> {
    /// The element's entry in the schema table ([`schema::ELEMENTS`]).
    pub id: ElementId,
    /// Attribute names (as the table spells them) and values (unescaped, borrowed from the input
    /// where possible), in document order.
    pub attributes: Vec<(&'static str, Cow<'a, str>)>,
    /// Child elements and text, in document order.
    pub children: Vec<Node<'a>>,
}

/// A child of an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node<'a> {
    /// A child element.
    Element(Element<'a>),
    /// Character data, unescaped (adjacent text, CDATA and references are merged into one),
    /// borrowed from the input where possible.
    Text(Cow<'a, str>),
}

/// Written when an [`ElementId`] built by hand is outside the table.
const UNKNOWN_NAME: &str = "unknown-element";

impl<'a> Element<'a> {
    /// The element with no attributes and no children.
    ///
    /// ```
    /// use cxml_runtime::document::Element;
    /// let hangup = Element::new(cxml_runtime::schema::ids::VOICE_HANGUP);
    /// assert_eq!(hangup.name(), "Hangup");
    /// ```
    pub fn new(id: ElementId) -> Self {
        Element {
            id,
            attributes: Vec::new(),
            children: Vec::new(),
        }
    }

    /// The element's schema entry, if `id` is one of the table's.
    ///
    /// ```
    /// let doc = cxml_runtime::parse("<Response><Hangup/></Response>").unwrap();
    /// assert_eq!(doc.root.spec().unwrap().id, "voice.Response");
    /// ```
    pub fn spec(&self) -> Option<&'static schema::Element> {
        schema::ELEMENTS.get(usize::from(self.id.0))
    }

    /// The element's XML name.
    ///
    /// ```
    /// let doc = cxml_runtime::parse("<Response/>").unwrap();
    /// assert_eq!(doc.root.name(), "Response");
    /// ```
    pub fn name(&self) -> &'static str {
        self.spec().map_or(UNKNOWN_NAME, |spec| spec.name)
    }

    /// The value of an attribute, if present.
    ///
    /// ```
    /// let doc = cxml_runtime::parse(r#"<Response><Pause length="3"/></Response>"#).unwrap();
    /// let pause = doc.root.elements().next().unwrap();
    /// assert_eq!(pause.attribute("length"), Some("3"));
    /// assert_eq!(pause.attribute("loop"), None);
    /// ```
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(attribute, _)| *attribute == name)
            .map(|(_, value)| value.as_ref())
    }

    /// The child elements, in order (text left out).
    ///
    /// ```
    /// let doc = cxml_runtime::parse("<Response><Say>a</Say><Hangup/></Response>").unwrap();
    /// let names: Vec<&str> = doc.root.elements().map(|e| e.name()).collect();
    /// assert_eq!(names, ["Say", "Hangup"]);
    /// ```
    pub fn elements(&self) -> impl Iterator<Item = &Element<'a>> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The element's own text: its text children joined, without the text of child elements.
    ///
    /// ```
    /// let doc = cxml_runtime::parse("<Response><Say>Hello <break/>world</Say></Response>").unwrap();
    /// assert_eq!(doc.root.elements().next().unwrap().text(), "Hello world");
    /// ```
    pub fn text(&self) -> String {
        let mut text = String::new();
        for node in &self.children {
            if let Node::Text(part) = node {
                text.push_str(part);
            }
        }
        text
    }

    /// The element with every value and text owned. Iterative, so any depth is fine.
    pub fn into_owned(self) -> Element<'static> {
        // Each entry: an element whose children are being converted, and the rest to convert.
        let mut stack: Vec<(Element<'static>, std::vec::IntoIter<Node<'a>>)> = Vec::new();
        let mut current = (
            Element::detach_head(self.id, self.attributes, self.children.len()),
            self.children.into_iter(),
        );
        loop {
            match current.1.next() {
                Some(Node::Text(text)) => current
                    .0
                    .children
                    .push(Node::Text(Cow::Owned(text.into_owned()))),
                Some(Node::Element(child)) => {
                    let head =
                        Element::detach_head(child.id, child.attributes, child.children.len());
                    stack.push(std::mem::replace(
                        &mut current,
                        (head, child.children.into_iter()),
                    ));
                }
                None => match stack.pop() {
                    Some(mut parent) => {
                        parent.0.children.push(Node::Element(current.0));
                        current = parent;
                    }
                    None => return current.0,
                },
            }
        }
    }

    /// An owned element with these attributes and room for its children.
    fn detach_head(
        id: ElementId,
        attributes: Vec<(&'static str, Cow<'_, str>)>,
        children: usize,
    ) -> Element<'static> {
        Element {
            id,
            attributes: attributes
                .into_iter()
                .map(|(name, value)| (name, Cow::Owned(value.into_owned())))
                .collect(),
            children: Vec::with_capacity(children),
        }
    }

    /// Appends the element as compact XML. Iterative, so any depth renders without recursion.
    pub(crate) fn write_xml(&self, out: &mut String) {
        enum Step<'a> {
            Open(&'a Element<'a>),
            Text(&'a str),
            Close(&'static str),
        }
        let mut stack = vec![Step::Open(self)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Open(element) => {
                    let name = element.name();
                    out.push('<');
                    out.push_str(name);
                    for (attribute, value) in &element.attributes {
                        out.push(' ');
                        out.push_str(attribute);
                        out.push_str("=\"");
                        escape_attribute(out, value);
                        out.push('"');
                    }
                    if element.children.is_empty() {
                        out.push_str("/>");
                        continue;
                    }
                    out.push('>');
                    stack.push(Step::Close(name));
                    for child in element.children.iter().rev() {
                        stack.push(match child {
                            Node::Element(element) => Step::Open(element),
                            Node::Text(text) => Step::Text(text),
                        });
                    }
                }
                Step::Text(text) => escape_text(out, text),
                Step::Close(name) => {
                    out.push_str("</");
                    out.push_str(name);
                    out.push('>');
                }
            }
        }
    }
}

impl<'a> Document<'a> {
    /// The document with every value and text owned, free of the input it was parsed from.
    ///
    /// ```
    /// fn load(path: &str) -> cxml_runtime::Document<'static> {
    ///     let text = std::fs::read_to_string(path).unwrap_or_else(|_| "<Response/>".into());
    ///     cxml_runtime::parse(&text).unwrap().into_owned()
    /// }
    /// assert_eq!(load("/nonexistent").root.name(), "Response");
    /// ```
    pub fn into_owned(self) -> Document<'static> {
        Document {
            channel: self.channel,
            root: self.root.into_owned(),
        }
    }

    /// The XML declaration every rendered document starts with.
    pub const XML_DECLARATION: &'static str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

    /// The document as compact XML, exactly as `cxml!` renders it (same as `to_string()`).
    ///
    /// ```
    /// let doc = cxml_runtime::parse("<Response>\n  <Hangup></Hangup>\n</Response>").unwrap();
    /// assert_eq!(doc.render(), r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#);
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(256);
        out.push_str(Self::XML_DECLARATION);
        self.root.write_xml(&mut out);
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
