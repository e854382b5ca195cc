//! A validated [`Tree`] to an owned [`Document`], without recursion: a stack of the elements
//! being filled, each closed when the walk passes its subtree's end.

use crate::document::{Document, Element, Node};
use crate::schema::ElementId;

use super::tree::{Kind, Tree};
use super::validate::Resolved;

/// Builds the document of a tree that validated without problems.
pub(crate) fn build<'a>(tree: &Tree<'a>, resolved: &Resolved) -> Option<Document<'a>> {
    let root_end = tree.element(resolved.root)?.end;
    let mut stack: Vec<(Element<'a>, u32)> = Vec::new();
    let mut done: Option<Element<'a>> = None;
    let mut index = resolved.root;
    while index < root_end {
        let item = tree.items.get(index as usize)?;
        match &item.kind {
            Kind::Element(raw) => {
                let id = resolved.ids.get(index as usize).copied().flatten()?;
                let element = new_element(tree, raw, id, &resolved.attribute_names);
                if raw.end <= index + 1 {
                    attach(&mut stack, &mut done, Node::Element(element));
                } else {
                    stack.push((element, raw.end));
                }
            }
            Kind::Text(text) => {
                if keeps_text(tree, item.parent, resolved, text) {
                    attach(&mut stack, &mut done, Node::Text(text.clone()));
                }
            }
        }
        index += 1;
        while stack.last().is_some_and(|(_, end)| index >= *end) {
            if let Some((element, _)) = stack.pop() {
                attach(&mut stack, &mut done, Node::Element(element));
            }
        }
    }
    Some(Document {
        channel: resolved.channel,
        root: done?,
    })
}

fn new_element<'a>(
    tree: &Tree<'a>,
    raw: &super::tree::RawElement<'a>,
    id: ElementId,
    names: &[&'static str],
) -> Element<'a> {
    // Validated: every attribute is in the table; keep the table's `&'static` name.
    let names = names
        .get(raw.first_attribute as usize..raw.end_attribute as usize)
        .unwrap_or(&[]);
    let attributes = tree
        .attributes_of(raw)
        .iter()
        .zip(names)
        .map(|(attribute, name)| (*name, attribute.value.clone()))
        .collect();
    Element {
        id,
        attributes,
        children: Vec::with_capacity(raw.children as usize),
    }
}

/// Whitespace-only text is kept only as the whole content of an element that holds text
/// (`<Say> </Say>`); between elements it is layout, which the macro never writes.
fn keeps_text(tree: &Tree<'_>, parent: u32, resolved: &Resolved, text: &str) -> bool {
    if !super::text::is_blank(text) {
        return true;
    }
    let Some(raw) = tree.element(parent) else {
        return false;
    };
    let allows_text = resolved
        .ids
        .get(parent as usize)
        .copied()
        .flatten()
        .is_some_and(|id| id.spec().allows_text());
    allows_text && !raw.has_elements
}

fn attach<'a>(stack: &mut [(Element<'a>, u32)], done: &mut Option<Element<'a>>, node: Node<'a>) {
    match stack.last_mut() {
        Some((parent, _)) => parent.children.push(node),
        None => {
            if let Node::Element(element) = node {
                *done = Some(element);
            }
        }
    }
}
