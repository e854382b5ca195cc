//! Where a [`TreeBuilder`](super::tree_builder::TreeBuilder) puts what it reads: the full
//! [`Tree`] (names, offsets and parents, for the rule engine's walk and the problems' paths), or
//! a [`CheckedDocument`](super::checked::CheckedDocument), the document itself, checked as it
//! comes.

use super::tree::{Item, Kind, NONE, RawAttribute, RawElement, Text, Tree};
use std::cell::Cell;

/// Room for the nodes and the attributes of a typical document of `input_len` bytes (an element
/// or a run of text every two dozen bytes, an attribute every thirty-two: dial plans carry one
/// every fifty bytes or so, and growing a vector copies all of it), so that a sink's vectors
/// rarely grow.
pub(crate) fn typical_room(input_len: usize) -> (usize, usize) {
    (input_len / 24 + 8, input_len / 32 + 4)
}

/// What the builder hands on, in input order.
pub(crate) trait Sink<'a> {
    /// The buffer of the texts and values that are not slices of the input.
    fn text(&self) -> &String;
    fn text_mut(&mut self) -> &mut String;
    /// How many elements and texts were stored (the next one's index).
    fn node_count(&self) -> usize;
    /// How many attributes were stored (the next one's index).
    fn attribute_count(&self) -> usize;
    /// The start of a start tag: the element `name`, whose attributes follow.
    fn start(&mut self, _name: &'a str) {}
    /// An attribute of the start tag being read.
    fn attribute(&mut self, name: &'a str, offset: usize, value: Text<'a>, value_offset: usize);
    /// The end of a start tag: the element `name` at `offset`, inside `parent`, whose
    /// attributes were stored from `first_attribute` on.
    fn element(&mut self, name: &'a str, offset: usize, parent: u32, first_attribute: u32);
    /// A run of text inside `parent`, `blank` when it is whitespace only (then it is the whole
    /// content of its element); whether it is kept (else the builder forgets its content).
    fn text_node(&mut self, content: Text<'a>, offset: usize, parent: u32, blank: bool) -> bool;
    /// The element at `index` closes: its subtree ends at `end`; `has_elements` when a child is
    /// an element.
    fn close(&mut self, index: u32, end: u32, has_elements: bool);
    /// Whether the sink stopped taking pieces (its check found something only the walk can
    /// report): the reader gives up.
    fn refused(&self) -> bool {
        false
    }
}

/// A sink lent to the builder: a large one (the checked document carries the rule engine's
/// state) stays where it was made instead of moving in and out of the builder.
impl<'a, T: Sink<'a>> Sink<'a> for &mut T {
    #[inline(always)]
    fn text(&self) -> &String {
        (**self).text()
    }

    #[inline(always)]
    fn text_mut(&mut self) -> &mut String {
        (**self).text_mut()
    }

    #[inline(always)]
    fn node_count(&self) -> usize {
        (**self).node_count()
    }

    #[inline(always)]
    fn attribute_count(&self) -> usize {
        (**self).attribute_count()
    }

    #[inline(always)]
    fn start(&mut self, name: &'a str) {
        (**self).start(name)
    }

    #[inline(always)]
    fn attribute(&mut self, name: &'a str, offset: usize, value: Text<'a>, value_offset: usize) {
        (**self).attribute(name, offset, value, value_offset)
    }

    #[inline(always)]
    fn element(&mut self, name: &'a str, offset: usize, parent: u32, first_attribute: u32) {
        (**self).element(name, offset, parent, first_attribute)
    }

    #[inline(always)]
    fn text_node(&mut self, content: Text<'a>, offset: usize, parent: u32, blank: bool) -> bool {
        (**self).text_node(content, offset, parent, blank)
    }

    #[inline(always)]
    fn close(&mut self, index: u32, end: u32, has_elements: bool) {
        (**self).close(index, end, has_elements)
    }

    #[inline(always)]
    fn refused(&self) -> bool {
        (**self).refused()
    }
}

impl<'a> Sink<'a> for Tree<'a> {
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
        self.items.len()
    }

    #[inline]
    fn attribute_count(&self) -> usize {
        self.attributes.len()
    }

    #[inline]
    fn attribute(&mut self, name: &'a str, offset: usize, value: Text<'a>, value_offset: usize) {
        self.attributes.push(RawAttribute {
            name,
            value,
            offset,
            value_offset,
            table_name: Cell::new(""),
        });
    }

    #[inline]
    fn element(&mut self, name: &'a str, offset: usize, parent: u32, first_attribute: u32) {
        self.items.push(Item {
            kind: Kind::Element(RawElement {
                name,
                first_attribute,
                end_attribute: self.attributes.len() as u32,
                end: NONE,
                has_elements: false,
                id: Cell::new(None),
            }),
            offset,
            parent,
        });
    }

    #[inline]
    fn text_node(&mut self, content: Text<'a>, offset: usize, parent: u32, blank: bool) -> bool {
        // The builder keeps such a text only as the whole content of an element; the document
        // keeps it where the element takes text (`build`).
        self.blank_texts += usize::from(blank);
        self.items.push(Item {
            kind: Kind::Text(content),
            offset,
            parent,
        });
        true
    }

    #[inline]
    fn close(&mut self, index: u32, end: u32, has_elements: bool) {
        if let Some(Item {
            kind: Kind::Element(element),
            ..
        }) = self.items.get_mut(index as usize)
        {
            element.end = end;
            element.has_elements |= has_elements;
        }
    }
}
