//! Each element's children by name, in one contiguous table worked out when the crate is
//! compiled. [`ElementSpec::child_named`] walked the element's list of ids and read each child's
//! name from the child's own entry of the element table: entries several hundred bytes apart, a
//! cache line each, for a lookup that mostly fails on the length. Here the names of one element's
//! children stand side by side, in the list's order.

use super::{ELEMENT_COUNT, ELEMENTS, ElementId, ElementSpec, same_name, twilio};

/// One allowed child: its XML name and its entry.
#[derive(Clone, Copy)]
struct Child {
    name: &'static str,
    id: ElementId,
}

const NO_CHILD: Child = Child {
    name: "",
    id: ElementId(0),
};

/// How many children the lists of a table name in all.
const fn total(elements: &[ElementSpec]) -> usize {
    let mut total = 0;
    let mut element = 0;
    while element < elements.len() {
        total += elements[element].children.len();
        element += 1;
    }
    total
}

/// Every element's children, one list after another (an element's children come from its own
/// table), and where each element's list starts (the last entry is where the last list ends).
struct Index<const CHILDREN: usize, const STARTS: usize> {
    children: [Child; CHILDREN],
    starts: [u32; STARTS],
}

const fn index<const CHILDREN: usize, const STARTS: usize>(
    elements: &[ElementSpec],
) -> Index<CHILDREN, STARTS> {
    let mut index = Index {
        children: [NO_CHILD; CHILDREN],
        starts: [0; STARTS],
    };
    let mut at = 0;
    let mut element = 0;
    while element < elements.len() {
        index.starts[element] = at as u32;
        let children = elements[element].children;
        let mut child = 0;
        while child < children.len() {
            let id = children[child];
            index.children[at] = Child {
                name: elements[id.index()].name,
                id,
            };
            at += 1;
            child += 1;
        }
        element += 1;
    }
    index.starts[elements.len()] = at as u32;
    index
}

const SIGNALWIRE_CHILDREN: usize = total(ELEMENTS);
const TWILIO_CHILDREN: usize = total(twilio::ELEMENTS);

static SIGNALWIRE: Index<SIGNALWIRE_CHILDREN, { ELEMENT_COUNT + 1 }> = index(ELEMENTS);
static TWILIO: Index<TWILIO_CHILDREN, { twilio::ELEMENT_COUNT + 1 }> = index(twilio::ELEMENTS);

/// The position of `spec` in `table`, if it is one of its entries (found by address: an entry is
/// only ever reached through its table).
fn position_in(table: &'static [ElementSpec], spec: &ElementSpec) -> Option<usize> {
    let size = size_of::<ElementSpec>();
    let offset = (spec as *const ElementSpec as usize).checked_sub(table.as_ptr() as usize)?;
    (offset % size == 0 && offset / size < table.len()).then_some(offset / size)
}

/// The children of `spec` from the index; `None` only for a spec in neither table, which the
/// crate never makes (the walk along its list stays, so the lookup is total).
fn children_of(spec: &ElementSpec) -> Option<&'static [Child]> {
    fn list<const C: usize, const S: usize>(
        index: &'static Index<C, S>,
        at: usize,
    ) -> Option<&'static [Child]> {
        let start = *index.starts.get(at)? as usize;
        let end = *index.starts.get(at + 1)? as usize;
        index.children.get(start..end)
    }
    if let Some(at) = position_in(ELEMENTS, spec) {
        return list(&SIGNALWIRE, at);
    }
    list(&TWILIO, position_in(twilio::ELEMENTS, spec)?)
}

impl ElementSpec {
    /// The allowed child with this XML name, if there is one.
    pub fn child_named(&self, name: &str) -> Option<ElementId> {
        match children_of(self) {
            Some(children) => children
                .iter()
                .find(|child| same_name(child.name, name))
                .map(|child| child.id),
            None => self
                .children
                .iter()
                .copied()
                .find(|id| same_name(id.spec().name, name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_element_finds_its_children_as_its_list_names_them() {
        let mut names: Vec<&str> = ELEMENTS
            .iter()
            .chain(twilio::ELEMENTS.iter())
            .map(|spec| spec.name)
            .collect();
        names.extend(["", "say", "SAY", "Sayy", "x"]);
        for spec in ELEMENTS.iter().chain(twilio::ELEMENTS.iter()) {
            assert!(children_of(spec).is_some(), "{} is indexed", spec.id);
            for name in &names {
                let walked = spec
                    .children
                    .iter()
                    .copied()
                    .find(|id| id.spec().name == *name);
                assert_eq!(spec.child_named(name), walked, "{name:?} in {}", spec.id);
            }
        }
    }
}
