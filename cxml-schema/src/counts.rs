//! Child counts without allocation.

use super::{ELEMENT_COUNT, ElementId};

/// How many children of each kind an element holds, for [`ElementSpec::check_counts`](super::ElementSpec::check_counts).
///
/// A fixed array indexed by [`ElementId`]: counting never allocates, so generated code can count
/// children produced by loops at run time without costing the render an allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildCounts {
    counts: [u32; ELEMENT_COUNT],
}

impl Default for ChildCounts {
    fn default() -> Self {
        Self::new()
    }
}

impl ChildCounts {
    /// No children yet.
    pub const fn new() -> Self {
        ChildCounts {
            counts: [0; ELEMENT_COUNT],
        }
    }

    /// Counts `n` more children of one kind.
    #[inline]
    pub fn add(&mut self, id: ElementId, n: u32) {
        if let Some(count) = self.counts.get_mut(id.0 as usize) {
            *count = count.saturating_add(n);
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &ChildCounts) {
        for (count, more) in self.counts.iter_mut().zip(other.counts.iter()) {
            *count = count.saturating_add(*more);
        }
    }

    /// How many children of this kind.
    pub fn get(&self, id: ElementId) -> u32 {
        self.counts.get(id.0 as usize).copied().unwrap_or(0)
    }

    /// Every kind counted at least once, with its count.
    pub fn iter(&self) -> impl Iterator<Item = (ElementId, u32)> + '_ {
        self.counts
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(|(index, count)| (ElementId(index as u16), *count))
    }
}
