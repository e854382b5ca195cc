//! The schema rules over a read [`Tree`]: the same checks, in the same order and with the same
//! wording, as the `cxml!` macro's validation (`cxml-macros/src/validate.rs`). Iterative: every
//! element is visited once, in document order, after its parent resolved it.

use crate::schema::{
    self, Channel, ChannelInference, ChildCounts, ContentSummary, ElementId, Status, TextRule,
    Violation,
};

use super::error::Problems;
use super::tree::{Kind, NONE, Tree};

/// What validation learned: the channel and the root. Each element's table entry and each
/// attribute's table name are kept in the tree itself (`RawElement::id`,
/// `RawAttribute::table_name`).
pub(crate) struct Resolved {
    pub channel: Channel,
    pub root: u32,
}

/// Checks the tree; returns what building the document needs, or `None` when the document has
/// no root to build from. Problems go to `problems`.
pub(crate) fn validate(tree: &Tree<'_>, problems: &mut Problems) -> Option<Resolved> {
    let root = document_root(tree, problems)?;

    // The channel follows from the verbs; a verb of another channel is reported once, as such.
    // Each verb is looked up once per channel here; the entries of the channel found are kept
    // in the tree so the root's check does not look them up again.
    let mut inference = ChannelInference::default();
    // Verbs of another channel than the first verbs' (rare): reported once, here.
    let mut mixed: Vec<u32> = Vec::new();
    let verb_count = tree.element(root).map_or(0, |element| element.children);
    let mut verbs: Vec<(u32, [Option<ElementId>; 3])> = Vec::with_capacity(verb_count as usize);
    // Verbs often repeat (`Say` after `Say`): the previous verb's entries are reused.
    let mut previous: Option<(&str, [Option<ElementId>; 3])> = None;
    for child in tree.children(root) {
        let Some(verb) = tree.element(child) else {
            continue;
        };
        let found = match previous {
            Some((name, found)) if name == verb.name => found,
            _ => schema::verbs_named(verb.name),
        };
        previous = Some((verb.name, found));
        verbs.push((child, found));
        if let Err(violation) = inference.add_found_verb(verb.name, found) {
            mixed.push(child);
            problems.violation(tree.items[child as usize].offset, child, violation);
        }
    }
    let channel = inference.channel();
    let at = Channel::ALL
        .iter()
        .position(|candidate| *candidate == channel)
        .unwrap_or(0);
    for (child, found) in verbs {
        if let Some(verb) = tree.element(child) {
            verb.id.set(found[at]);
        }
    }

    let root_element = tree.element(root)?;
    root_element.id.set(Some(schema::response(channel)));
    let end = root_element.end;
    let mut present: Vec<&str> = Vec::with_capacity(16);
    for index in root..end {
        if let Some(id) = tree.id(index) {
            element(tree, index, id, &mixed, &mut present, problems);
        }
    }
    Some(Resolved { channel, root })
}

/// The `Response` element; reports a wrong root, extra roots or a missing one.
fn document_root(tree: &Tree<'_>, problems: &mut Problems) -> Option<u32> {
    let mut root = None;
    for index in tree.children(NONE) {
        let Some(element) = tree.element(index) else {
            continue;
        };
        let offset = tree.items[index as usize].offset;
        if root.is_some() {
            problems.violation(offset, index, Violation::SecondRoot);
        } else if element.name != "Response" {
            problems.violation(
                offset,
                index,
                Violation::RootNotResponse {
                    name: element.name.to_string(),
                },
            );
            return None;
        } else {
            root = Some(index);
        }
    }
    if root.is_none() {
        problems.violation(0, NONE, Violation::MissingRoot);
    }
    root
}

/// Checks one element whose table entry is known, and resolves its child elements.
fn element<'a>(
    tree: &Tree<'a>,
    index: u32,
    id: ElementId,
    mixed: &[u32],
    present: &mut Vec<&'a str>,
    problems: &mut Problems,
) {
    let Some(raw) = tree.element(index) else {
        return;
    };
    let spec = id.spec();
    let offset = tree.items[index as usize].offset;

    present.clear();
    for attribute in tree.attributes_of(raw) {
        if present.contains(&attribute.name) {
            problems.violation(
                attribute.offset,
                index,
                Violation::DuplicateAttribute {
                    element: spec,
                    name: attribute.name.to_string(),
                },
            );
            continue;
        }
        present.push(attribute.name);
        match spec.check_attribute(attribute.name) {
            Ok(found) => {
                attribute.table_name.set(found.name);
                if let Err(violation) = spec.check_value(found, &attribute.value) {
                    problems.violation(attribute.value_offset, index, violation);
                }
            }
            Err(violation) => problems.violation(attribute.offset, index, violation),
        }
    }
    for violation in spec.missing_attributes(present) {
        problems.violation(offset, index, violation);
    }

    let mut has_text = false;
    let mut counts = spec.has_count_rules().then(ChildCounts::new);
    for child in tree.children(index) {
        let item = &tree.items[child as usize];
        match &item.kind {
            Kind::Element(child_element) => match known_child(child_element.id.get())
                .map_or_else(|| spec.check_child(child_element.name), Ok)
            {
                Ok(child_id) => {
                    child_element.id.set(Some(child_id));
                    if let Some(counts) = &mut counts {
                        counts.add(child_id, 1);
                    }
                    if !spec.banned_child_attributes.is_empty() {
                        for attribute in tree.attributes_of(child_element) {
                            if let Err(violation) =
                                spec.check_child_attribute(child_id, attribute.name)
                            {
                                problems.violation(attribute.offset, child, violation);
                            }
                        }
                    }
                }
                Err(violation) => {
                    if !mixed.contains(&child) {
                        problems.violation(item.offset, child, violation);
                    }
                }
            },
            Kind::Text(text) => {
                if super::text::is_blank(text) {
                    continue;
                }
                has_text = true;
                if spec.text == TextRule::None {
                    problems.violation(
                        item.offset,
                        index,
                        Violation::TextNotAllowed { element: spec },
                    );
                } else if let Err(violation) = spec.check_text_value(text) {
                    problems.violation(item.offset, index, violation);
                }
            }
        }
    }

    let content = ContentSummary {
        has_text,
        has_elements: raw.has_elements,
        attributes: present,
    };
    for violation in spec.check_content(&content) {
        // Text where none is allowed was reported at the text itself.
        if !matches!(violation, Violation::TextNotAllowed { .. }) {
            problems.violation(offset, index, violation);
        }
    }

    if let Some(counts) = counts {
        for violation in spec.check_counts(&counts) {
            let at = count_position(tree, index, &violation).unwrap_or(index);
            problems.violation(tree.items[at as usize].offset, at, violation);
        }
    }
}

/// An entry the channel inference already found for a verb, when `check_child` would accept
/// it as is (withdrawn elements are left to `check_child`, which refuses them).
fn known_child(id: Option<ElementId>) -> Option<ElementId> {
    id.filter(|id| id.spec().status != Status::Withdrawn)
}

/// Where a count problem points, as in the macro: the first child over the maximum, or the
/// first child that may not stand next to an exclusive one.
fn count_position(tree: &Tree<'_>, parent: u32, violation: &Violation) -> Option<u32> {
    let mut resolved = tree
        .children(parent)
        .filter_map(|child| tree.id(child).map(|id| (child, id.spec())));
    match violation {
        Violation::TooManyChildren { child, max, .. } => resolved
            .filter(|(_, spec)| child.is_none_or(|kind| std::ptr::eq(*spec, kind)))
            .nth(*max as usize)
            .map(|(index, _)| index),
        Violation::ExclusiveChild { other, .. } => resolved
            .find(|(_, spec)| std::ptr::eq(*spec, *other))
            .map(|(index, _)| index),
        _ => None,
    }
}
