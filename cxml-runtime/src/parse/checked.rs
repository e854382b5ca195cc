//! The quick path's [`Sink`]: the document itself, in the [`Document`]'s own layout, checked
//! by the rule engine as the pieces come ([`StreamCheck`]). A valid document is then done
//! when its last tag is read: no tree to walk, nothing to convert. At anything the check cannot
//! vouch for, it refuses, and the document is read again by the careful reader, whose tree the
//! walk checks and reports on.

use super::sink::{Sink, typical_room};
use super::tree::{NONE, Text};
use crate::document::{Document, Slot, Stored};
use crate::schema::engine::{StreamCheck, StreamValue};
use crate::schema::{Platform, ids, response_in};

/// A document read and checked as it comes.
pub(crate) struct CheckedDocument<'a> {
    nodes: Vec<Stored<'a>>,
    /// Attributes by their table names, once the check resolved them.
    attributes: Vec<(&'static str, Text<'a>)>,
    text: String,
    check: StreamCheck<'a>,
    platform: Platform,
    refused: bool,
}

impl<'a> CheckedDocument<'a> {
    /// An empty document for an input of `input_len` bytes in `platform`'s vocabulary.
    pub fn new(input_len: usize, platform: Platform) -> Self {
        let (nodes, attributes) = typical_room(input_len);
        CheckedDocument {
            nodes: Vec::with_capacity(nodes),
            attributes: Vec::with_capacity(attributes),
            text: String::new(),
            check: StreamCheck::new(platform),
            platform,
            refused: false,
        }
    }

    /// The document, when it was read whole and the check found nothing to report. (Taken by
    /// reference: the check's state is a few kilobytes, not worth moving to drop it.)
    pub fn take_document(&mut self) -> Option<Document<'a>> {
        if self.refused {
            return None;
        }
        let channel = self.check.finish().ok()?;
        let mut nodes = std::mem::take(&mut self.nodes);
        // The document element was read as voice's `Response`; the verbs settled the channel.
        if let Some(Stored::Element(root)) = nodes.first_mut() {
            root.id = response_in(self.platform, channel);
        }
        Document::from_parts(
            channel,
            nodes,
            std::mem::take(&mut self.attributes),
            std::mem::take(&mut self.text),
        )
    }
}

impl<'a> Sink<'a> for CheckedDocument<'a> {
    #[inline]
    fn text(&self) -> &String {
        &self.text
    }

    #[inline]
    fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }

    #[inline]
    fn node_count(&self) -> usize {
        self.nodes.len()
    }

    #[inline]
    fn attribute_count(&self) -> usize {
        self.attributes.len()
    }

    #[inline]
    fn start(&mut self, name: &'a str) {
        if self.check.start(name).is_err() {
            self.refused = true;
        }
    }

    #[inline]
    fn attribute(&mut self, name: &'a str, _offset: usize, value: Text<'a>, _value_offset: usize) {
        let checked = match value {
            Text::Borrowed(text) => self.check.attribute(name, StreamValue::Kept(text)),
            owned => self
                .check
                .attribute(name, StreamValue::Passing(owned.resolve(&self.text))),
        };
        match checked {
            // Stored under the name the table spells it with.
            Ok(table_name) => self.attributes.push((table_name, value)),
            Err(_) => self.refused = true,
        }
    }

    #[inline]
    fn element(&mut self, _name: &'a str, _offset: usize, _parent: u32, first_attribute: u32) {
        let id = self.check.end_start().unwrap_or_else(|_| {
            self.refused = true;
            ids::VOICE_RESPONSE
        });
        self.nodes.push(Stored::Element(Slot {
            id,
            first_attribute,
            end_attribute: self.attributes.len() as u32,
            end: NONE,
        }));
    }

    #[inline]
    fn text_node(&mut self, content: Text<'a>, _offset: usize, _parent: u32, blank: bool) -> bool {
        if self.check.text(content.resolve(&self.text)).is_err() {
            self.refused = true;
        }
        // Whitespace only, as the whole content of an element: the document keeps it where the
        // element takes text (`<Say> </Say>`).
        if blank && !self.check.open_allows_text() {
            return false;
        }
        self.nodes.push(Stored::Text(content));
        true
    }

    #[inline]
    fn close(&mut self, index: u32, end: u32, _has_elements: bool) {
        if let Some(Stored::Element(slot)) = self.nodes.get_mut(index as usize) {
            slot.end = end;
        }
        if self.check.close().is_err() {
            self.refused = true;
        }
    }

    #[inline]
    fn refused(&self) -> bool {
        self.refused
    }
}
