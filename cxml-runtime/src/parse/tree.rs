//! The reader's output: a flat, borrowed tree in document order (an arena), walked without
//! recursion by the validator and the builder.

use std::cell::Cell;

pub(crate) use crate::document::Text;
use crate::schema::ElementId;

/// Marks "no element": the parent of a top-level item, the end of a still open element.
pub(crate) const NONE: u32 = u32::MAX;

/// Elements and text in document order; an element's descendants follow it up to `end`.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Tree<'a> {
    pub items: Vec<Item<'a>>,
    pub attributes: Vec<RawAttribute<'a>>,
    /// The texts and attribute values that are not slices of the input ([`Text::Owned`]), moved
    /// into the document.
    pub text: String,
    /// How many of the texts are whitespace only. The builder stores such a text only as the
    /// whole content of an element, which the document keeps where the element takes text.
    pub blank_texts: usize,
}

/// One element or text, with where it starts in the input.
#[derive(Debug, PartialEq)]
pub(crate) struct Item<'a> {
    pub kind: Kind<'a>,
    /// Byte offset of the item in the input.
    pub offset: usize,
    /// Index of the parent element, or [`NONE`].
    pub parent: u32,
}

#[derive(Debug, PartialEq)]
pub(crate) enum Kind<'a> {
    Element(RawElement<'a>),
    Text(Text<'a>),
}

#[derive(Debug, PartialEq)]
pub(crate) struct RawElement<'a> {
    /// The name as written, borrowed from the input.
    pub name: &'a str,
    /// Its attributes: `attributes[first_attribute..end_attribute]` of the tree.
    pub first_attribute: u32,
    pub end_attribute: u32,
    /// Index one past the element's last descendant.
    pub end: u32,
    /// Whether any child is an element.
    pub has_elements: bool,
    /// The element's table entry, once validation resolved it.
    pub id: Cell<Option<ElementId>>,
}

/// An attribute as written; the value is unescaped and normalized (borrowed from the input, or,
/// when that changed it, a range of [`Tree::text`]).
#[derive(Debug, PartialEq)]
pub(crate) struct RawAttribute<'a> {
    pub name: &'a str,
    pub value: Text<'a>,
    /// Byte offsets of the name and of the value.
    pub offset: usize,
    pub value_offset: usize,
    /// The name as the table spells it, once validation resolved it (else "").
    pub table_name: Cell<&'static str>,
}

impl<'a> Tree<'a> {
    /// The content of a text item.
    pub fn text(&self, text: Text<'a>) -> &str {
        text.resolve(&self.text)
    }

    /// The element at `index`, if it is one.
    pub fn element(&self, index: u32) -> Option<&RawElement<'a>> {
        match self.items.get(index as usize).map(|item| &item.kind) {
            Some(Kind::Element(element)) => Some(element),
            _ => None,
        }
    }

    /// The table entry validation resolved for the element at `index`.
    pub fn id(&self, index: u32) -> Option<ElementId> {
        self.element(index).and_then(|element| element.id.get())
    }

    /// The attributes of an element.
    pub fn attributes_of(&self, element: &RawElement<'a>) -> &[RawAttribute<'a>] {
        self.attributes
            .get(element.first_attribute as usize..element.end_attribute as usize)
            .unwrap_or(&[])
    }

    /// Indices of the direct children of `parent` (or of the top level for [`NONE`]).
    pub fn children(&self, parent: u32) -> Children<'_, 'a> {
        let (next, end) = self.children_range(parent);
        Children {
            tree: self,
            next,
            end,
        }
    }

    /// Element names from the top down to `index`, joined with ` > `.
    pub fn path(&self, index: u32) -> String {
        let mut names = Vec::new();
        let mut at = index;
        // Each step moves to a strictly smaller index, so this ends.
        while let Some(item) = self.items.get(at as usize) {
            if let Kind::Element(element) = &item.kind {
                names.push(element.name);
            }
            if item.parent >= at {
                break;
            }
            at = item.parent;
        }
        names.reverse();
        names.join(" > ")
    }

    /// The indices [`children`](Self::children) steps over for `parent` (or the top level,
    /// for [`NONE`]), its children first: for walks that step with
    /// [`sibling_step`].
    pub fn children_range(&self, parent: u32) -> (u32, u32) {
        if parent == NONE {
            (0, self.items.len() as u32)
        } else {
            match self.element(parent) {
                Some(element) => (parent + 1, element.end),
                None => (0, 0),
            }
        }
    }
}

/// The item at `index` of `items` with the index of its next sibling (past its subtree): one
/// step of [`Children`] that hands out the item too, so a walk that reads each child looks it up
/// once. It takes the items rather than the tree, so that a walk keeps them at hand instead of
/// reaching them through the tree at every step.
#[inline]
pub fn sibling_step<'t, 'a>(items: &'t [Item<'a>], index: u32) -> Option<(&'t Item<'a>, u32)> {
    let item = items.get(index as usize)?;
    let next = match &item.kind {
        // A subtree always ends after its element; `max` guards against a corrupt end.
        Kind::Element(element) => element.end.max(index + 1),
        Kind::Text(_) => index + 1,
    };
    Some((item, next))
}

/// Iterator over the direct children of one element: skips each child's subtree.
pub(crate) struct Children<'t, 'a> {
    tree: &'t Tree<'a>,
    next: u32,
    end: u32,
}

impl Iterator for Children<'_, '_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.next >= self.end {
            return None;
        }
        let current = self.next;
        let (_, next) = sibling_step(&self.tree.items, current)?;
        self.next = next;
        Some(current)
    }
}
