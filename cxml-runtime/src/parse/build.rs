//! A validated [`Tree`] to a [`Document`], reusing the tree's text and attribute values: one
//! pass in document order that drops layout text and renumbers where each subtree ends.

use crate::document::{Document, Slot, Stored};

use super::tree::{Kind, Tree};
use super::validate::Resolved;
use crate::schema::is_blank;

/// Builds the document of a tree that validated without problems.
pub(crate) fn build<'a>(tree: Tree<'a>, resolved: Resolved) -> Option<Document<'a>> {
    let root = resolved.root as usize;
    let root_end = tree.element(resolved.root)?.end as usize;
    // Validated: every attribute is in the table; keep the table's `&'static` name.
    let Tree {
        items,
        attributes,
        text: owned_text,
        blank_texts: tree_blank_texts,
    } = tree;
    let attributes = attributes
        .into_iter()
        .map(|attribute| (attribute.table_name.get(), attribute.value))
        .collect();
    if tree_blank_texts == 0 && root == 0 && root_end == items.len() {
        // No layout to drop (a compact document, or one whose layout the reader left out):
        // every item is a node, at the same index, mapped in the items' own allocation.
        let mut unresolved = false;
        let nodes = items
            .into_iter()
            .map(|item| match item.kind {
                Kind::Element(raw) => Stored::Element(Slot {
                    // Never missing in a validated tree; checked below rather than trusted.
                    id: raw.id.get().unwrap_or_else(|| {
                        unresolved = true;
                        crate::schema::ids::VOICE_RESPONSE
                    }),
                    first_attribute: raw.first_attribute,
                    end_attribute: raw.end_attribute,
                    end: raw.end,
                }),
                Kind::Text(text) => Stored::Text(text),
            })
            .collect();
        if unresolved {
            return None;
        }
        return Document::from_parts(resolved.channel, nodes, attributes, owned_text);
    }
    let mut nodes: Vec<Stored<'a>> = Vec::with_capacity(root_end.saturating_sub(root));
    // Elements still open: their node, where their subtree ends in the tree, and whether
    // whitespace-only text is their content.
    let mut open: Vec<(usize, u32, bool)> = Vec::with_capacity(16);
    // Read in place: the items are plain data, cheaper to look at than to move out.
    let subtree = items.get(root..root_end).unwrap_or_default();
    for (index, item) in (root as u32..).zip(subtree) {
        close_before(&mut nodes, &mut open, index);
        match &item.kind {
            Kind::Element(raw) => {
                let id = raw.id.get()?;
                // Whitespace-only text is kept only as the whole content of an element that
                // holds text (`<Say> </Say>`); between elements it is layout, which the macro
                // never writes.
                let keeps_blank = id.spec().allows_text() && !raw.has_elements;
                open.push((nodes.len(), raw.end, keeps_blank));
                nodes.push(Stored::Element(Slot {
                    id,
                    first_attribute: raw.first_attribute,
                    end_attribute: raw.end_attribute,
                    end: 0,
                }));
            }
            Kind::Text(text) => {
                let keeps_blank = open.last().is_some_and(|(_, _, keeps)| *keeps);
                if keeps_blank || !is_blank(text.resolve(&owned_text)) {
                    nodes.push(Stored::Text(*text));
                }
            }
        }
    }
    let end = nodes.len() as u32;
    while let Some((at, _, _)) = open.pop() {
        if let Some(Stored::Element(slot)) = nodes.get_mut(at) {
            slot.end = end;
        }
    }
    Document::from_parts(resolved.channel, nodes, attributes, owned_text)
}

/// Closes the open elements whose subtree in the tree ends at or before `index`.
fn close_before(nodes: &mut [Stored<'_>], open: &mut Vec<(usize, u32, bool)>, index: u32) {
    let end = nodes.len() as u32;
    while let Some(&(at, tree_end, _)) = open.last() {
        if index < tree_end {
            break;
        }
        open.pop();
        if let Some(Stored::Element(slot)) = nodes.get_mut(at) {
            slot.end = end;
        }
    }
}
