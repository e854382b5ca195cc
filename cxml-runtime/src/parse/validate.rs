//! The schema rules over a read [`Tree`]: the tree seen through the rule engine's
//! [`DocumentView`], so the reader applies exactly the rules, order and wording of the `cxml!`
//! macro. Each element's table entry and each attribute's table name are stored in the tree
//! (`RawElement::id`, `RawAttribute::table_name`) for the builder.

use std::cell::Cell;

use crate::schema::engine::{self, AttributeItem, DocumentView, Item, ValueItem, Written};
use crate::schema::{Attribute, Channel, ElementId, Platform};

use super::error::Problems;
use super::tree::{self, Kind, NONE, RawAttribute, Tree};

/// What validation learned: the channel and the root.
pub(crate) struct Resolved {
    pub channel: Channel,
    pub root: u32,
}

/// Checks the tree; returns what building the document needs, or `None` when the document has
/// no root to build from. Problems go to `problems`.
pub(crate) fn validate(
    tree: &Tree<'_>,
    platform: Platform,
    problems: &mut Problems,
) -> Option<Resolved> {
    let channel = engine::check_document_in(platform, tree, &mut |pos, at, violation| {
        problems.violation(pos.unwrap_or(0), at.unwrap_or(NONE), violation)
    })?;
    let root = tree
        .children(NONE)
        .find(|index| tree.element(*index).is_some())?;
    Some(Resolved { channel, root })
}

/// The content of one element (or of the top level) as the engine reads it: the children in
/// `next..end`, stepped over as [`Tree::children`] does. It holds the tree's items and text
/// themselves, not the tree: each step then starts from the items at hand, one load fewer on
/// the walk's longest chain of loads.
pub(crate) struct Content<'t, 'a> {
    items: &'t [tree::Item<'a>],
    /// The buffer of the texts that are not slices of the input.
    text: &'t str,
    next: u32,
    end: u32,
}

impl<'t, 'a> Content<'t, 'a> {
    /// The children of `parent` (or the top level, for [`NONE`]).
    fn of(tree: &'t Tree<'a>, parent: u32) -> Self {
        let (next, end) = tree.children_range(parent);
        Content {
            items: &tree.items,
            text: &tree.text,
            next,
            end,
        }
    }
}

impl<'t, 'a> Iterator for Content<'t, 'a> {
    type Item = Item<'t, u32, usize>;

    /// Exact about an element without content (the engine settles it at once); otherwise at
    /// least nothing, at most one item an index.
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.end.saturating_sub(self.next) as usize))
    }

    // Inlined into the rule engine's walk, which calls it once per item.
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        let index = self.next;
        let (item, next) = tree::sibling_step(self.items, index)?;
        self.next = next;
        Some(match &item.kind {
            Kind::Element(_) => Item::Element {
                element: index,
                in_branch: false,
            },
            Kind::Text(text) => Item::Text {
                text: Some(text.resolve(self.text)),
                pos: item.offset,
            },
        })
    }
}

/// The attributes of one element as the engine reads them.
pub(crate) struct Attributes<'t, 'a> {
    attributes: std::slice::Iter<'t, RawAttribute<'a>>,
    /// The buffer of the values that are not slices of the input.
    text: &'t str,
}

impl<'t> Iterator for Attributes<'t, '_> {
    type Item = AttributeItem<'t, usize, &'t Cell<&'static str>>;

    fn next(&mut self) -> Option<Self::Item> {
        let attribute = self.attributes.next()?;
        Some(AttributeItem {
            name: attribute.name,
            name_pos: attribute.offset,
            value: ValueItem::Literal {
                text: attribute.value.resolve(self.text),
                written: Written::Str,
                pos: attribute.value_offset,
            },
            slot: &attribute.table_name,
        })
    }
}

impl<'a> DocumentView for Tree<'a> {
    type Element = u32;
    type Pos = usize;
    type Items<'t>
        = Content<'t, 'a>
    where
        Self: 't;
    type AttributeSlot<'t>
        = &'t Cell<&'static str>
    where
        Self: 't;
    type Attributes<'t>
        = Attributes<'t, 'a>
    where
        Self: 't;

    fn top_level(&self) -> Content<'_, 'a> {
        Content::of(self, NONE)
    }

    fn name(&self, element: u32) -> (&str, usize) {
        match self.items.get(element as usize) {
            Some(item) => match &item.kind {
                Kind::Element(raw) => (raw.name, item.offset),
                Kind::Text(_) => ("", item.offset),
            },
            None => ("", 0),
        }
    }

    fn attributes(&self, element: u32) -> Attributes<'_, 'a> {
        let attributes = match self.element(element) {
            Some(raw) => self.attributes_of(raw),
            None => &[],
        };
        Attributes {
            attributes: attributes.iter(),
            text: &self.text,
        }
    }

    fn children(&self, element: u32) -> Content<'_, 'a> {
        Content::of(self, element)
    }

    fn sole_text(&self, element: u32) -> Option<(&str, usize)> {
        let (next, end) = self.children_range(element);
        if end != next.checked_add(1)? {
            return None;
        }
        match self.items.get(next as usize)? {
            tree::Item {
                kind: Kind::Text(text),
                offset,
                ..
            } => Some((self.text(*text), *offset)),
            _ => None,
        }
    }

    fn resolution(&self, element: u32) -> Option<ElementId> {
        self.id(element)
    }

    fn resolve(&self, element: u32, id: ElementId) {
        if let Some(raw) = self.element(element) {
            raw.id.set(Some(id));
        }
    }

    fn resolve_attribute(
        &self,
        table_name: &Cell<&'static str>,
        _position: usize,
        attribute: &'static Attribute,
    ) {
        table_name.set(attribute.name);
    }
}
