//! The cXML schema: one table of every element, attribute and rule of voice, messaging and fax
//! cXML (and SSML inside `Say`), the checks that read it, and the XML escaping both sides share.
//!
//! The `cxml!` macro, the run-time validator (`cxml::parse`) and the generated reference in
//! `cxml::reference` all read this table, so they cannot disagree. [`ELEMENTS`] lists every
//! element as an [`ElementSpec`]; [`Violation`] is a broken rule, with the message both print.
//!
//! This is `cxml::schema` (the escaper is also `cxml::escape`); its crate, `cxml-schema`, is a part
//! of [`cxml`](https://docs.rs/cxml), the crate to depend on.

// Doc examples are written as users write them, through the facade: `cxml::schema::…`. The facade
// cannot be a dev-dependency of a crate it depends on (that cycle cannot be published, and the
// unpacked package could not run its tests), so each example starts with a hidden line that gives
// this crate that name; the facade re-exports this crate whole under it, so the paths are the same.
// Examples that need `cxml!` are on the facade's re-exports instead.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[macro_use]
mod element_table;

mod blank;
mod channel;
mod child_index;
mod counts;
#[doc(hidden)]
pub mod engine;
pub mod escape;
mod format;
mod model;
mod rules;
mod table;
pub mod twilio;
#[doc(hidden)]
pub mod url;
mod value;
mod violation;

pub use blank::{is_blank, is_blank_char, trim_blank};
// Plumbing of the macro, the reader and generated code: public for them, not documented.
#[doc(hidden)]
pub use channel::verbs_named_in;
#[doc(hidden)]
pub use channel::{ChannelInference, verbs_named};
#[doc(hidden)]
pub use counts::ChildCounts;
pub use format::Format;
pub use model::{
    Attribute, Channel, ElementId, ElementSpec, EnumType, Kind, Platform, Scope, Source, Status,
    TextRule, ValueType,
};
pub use table::{ELEMENT_COUNT, ELEMENTS, ENUM_TYPES, ids};
pub use value::ValueProblem;
#[doc(hidden)]
pub use value::has_placeholder;
pub use violation::Violation;

impl ElementSpec {
    /// The attribute with this name, if the element has one.
    pub fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        // Elements are 'static, so their attribute slices are too.
        let attributes: &'static [Attribute] = self.attributes;
        attributes
            .iter()
            .find(|attribute| same_name(attribute.name, name))
    }

    /// The position in [`attributes`](Self::attributes) of the attribute with this name.
    /// Inlined into the walk, which asks it of every attribute.
    #[inline]
    pub(crate) fn attribute_position(&self, name: &str) -> Option<usize> {
        self.attributes
            .iter()
            .position(|attribute| same_name(attribute.name, name))
    }

    /// Whether character data may appear at all.
    pub fn allows_text(&self) -> bool {
        self.text != TextRule::None
    }

    /// Names of the allowed children, in table order, without repeats.
    pub fn child_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        for id in self.children {
            let spec = id.spec();
            if spec.status != Status::Withdrawn && !names.contains(&spec.name) {
                names.push(spec.name);
            }
        }
        names
    }
}

/// `a == b` for the short names of the table, without a call into `memcmp`: most candidates
/// differ in length; names of equal length are compared eight (or four) bytes at a time, the
/// last chunk overlapping the one before it, so no name costs a byte-by-byte loop.
#[inline(always)]
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() >= 8 {
        let (mut rest_a, mut rest_b) = (a, b);
        while let (Some((chunk_a, after_a)), Some((chunk_b, after_b))) = (
            rest_a.split_first_chunk::<8>(),
            rest_b.split_first_chunk::<8>(),
        ) {
            if chunk_a != chunk_b {
                return false;
            }
            (rest_a, rest_b) = (after_a, after_b);
        }
        return a.last_chunk::<8>() == b.last_chunk::<8>();
    }
    if a.len() >= 4 {
        return a.first_chunk::<4>() == b.first_chunk::<4>()
            && a.last_chunk::<4>() == b.last_chunk::<4>();
    }
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// The `<Response>` element of a channel.
pub fn response(channel: Channel) -> ElementId {
    match channel {
        Channel::Voice => ids::VOICE_RESPONSE,
        Channel::Messaging => ids::MESSAGING_RESPONSE,
        Channel::Fax => ids::FAX_RESPONSE,
    }
}

/// The `<Response>` element of a channel in a platform's table.
pub fn response_in(platform: Platform, channel: Channel) -> ElementId {
    match platform {
        Platform::SignalWire => response(channel),
        Platform::Twilio => match channel {
            Channel::Voice => twilio::ids::VOICE_RESPONSE,
            Channel::Messaging => twilio::ids::MESSAGING_RESPONSE,
            Channel::Fax => twilio::ids::FAX_RESPONSE,
        },
    }
}

/// Every element with this XML name (one per parent where the rules differ).
pub fn elements_named(name: &str) -> impl Iterator<Item = &'static ElementSpec> + '_ {
    ELEMENTS.iter().filter(move |element| element.name == name)
}

/// Every element of a platform's table with this XML name.
pub fn elements_named_in(
    platform: Platform,
    name: &str,
) -> impl Iterator<Item = &'static ElementSpec> + '_ {
    platform
        .elements()
        .iter()
        .filter(move |element| element.name == name)
}

impl ElementId {
    /// The id of [`ElementSpec::counterpart`]: the same element in the other platform's table.
    pub fn counterpart(self) -> Option<ElementId> {
        let other = self.spec().counterpart()?;
        let platform = other.platform;
        let index = platform
            .elements()
            .iter()
            .position(|candidate| std::ptr::eq(candidate, other))?;
        ElementId::new_in(platform, index)
    }
}

impl ElementSpec {
    /// The same element in the other platform's table: the entry with this name and scope whose
    /// parents have the names of this one's (any, for a root), if there is one.
    pub fn counterpart(&'static self) -> Option<&'static ElementSpec> {
        let parent_names: Vec<&str> = self.parents.iter().map(|id| id.spec().name).collect();
        let mut candidates = elements_named_in(self.platform.other(), self.name)
            .filter(|other| other.scope == self.scope);
        let first = candidates.next()?;
        if parent_names.is_empty() {
            return Some(first);
        }
        std::iter::once(first).chain(candidates).find(|other| {
            other
                .parents
                .iter()
                .any(|id| parent_names.contains(&id.spec().name))
        })
    }
}

/// Formats names as `` `a`, `b` or `c` `` for messages.
#[doc(hidden)]
pub fn quote_list(names: &[&str]) -> String {
    match names {
        [] => "nothing".to_string(),
        [only] => format!("`{only}`"),
        [init @ .., last] => {
            let head: Vec<String> = init.iter().map(|name| format!("`{name}`")).collect();
            format!("{} or `{last}`", head.join(", "))
        }
    }
}

/// The candidate closest to `wanted` by edit distance, if it is close enough to be a likely typo.
#[doc(hidden)]
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                edit_distance(&wanted_lower, &candidate.to_ascii_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, candidate)| {
            *distance <= (candidate.chars().count().max(wanted.chars().count()) / 3).max(1)
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, char_a) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, char_b) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(char_a != *char_b);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests;

/// Helpers shared by unit tests of the workspace.
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod test_support {
    /// Every string of up to `length` parts from `alphabet`, the empty string first.
    pub fn every_string(alphabet: &[&str], length: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = all.clone();
        for _ in 0..length {
            last = last
                .iter()
                .flat_map(|head| alphabet.iter().map(move |part| format!("{head}{part}")))
                .collect();
            all.extend(last.iter().cloned());
        }
        all
    }
}
