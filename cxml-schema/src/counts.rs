//! Child counts without allocation.

use super::ElementId;

/// Room for the children of either platform's table: an element's children all come from its
/// own table, so a count is kept by the child's position in that table.
const ELEMENT_COUNT: usize = if super::ELEMENT_COUNT > super::twilio::ELEMENT_COUNT {
    super::ELEMENT_COUNT
} else {
    super::twilio::ELEMENT_COUNT
};

/// How many children of each kind an element holds, for [`ElementSpec::check_counts`](super::ElementSpec::check_counts).
///
/// A fixed array indexed by [`ElementId`]: counting never allocates, so generated code can count
/// children produced by loops at run time without costing the render an allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildCounts {
    counts: [u32; ELEMENT_COUNT],
    /// The platform bit of the ids counted (all from one table).
    platform: u16,
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
            platform: 0,
        }
    }

    /// Counts `n` more children of one kind.
    #[inline]
    pub fn add(&mut self, id: ElementId, n: u32) {
        self.platform = id.0 & super::model::TWILIO_BIT;
        if let Some(count) = self.counts.get_mut(id.index()) {
            *count = count.saturating_add(n);
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &ChildCounts) {
        self.platform |= other.platform;
        for (count, more) in self.counts.iter_mut().zip(other.counts.iter()) {
            *count = count.saturating_add(*more);
        }
    }

    /// How many children of this kind.
    pub fn get(&self, id: ElementId) -> u32 {
        self.counts.get(id.index()).copied().unwrap_or(0)
    }

    /// How many children in all (at most `u32::MAX`). Summed as `u64` without a branch, so
    /// that it vectorises: a render checks the counts of each element that counts at run time.
    pub fn total(&self) -> u32 {
        let sum: u64 = self.counts.iter().map(|&count| u64::from(count)).sum();
        u32::try_from(sum).unwrap_or(u32::MAX)
    }

    /// Every kind counted at least once, with its count.
    pub fn iter(&self) -> impl Iterator<Item = (ElementId, u32)> + '_ {
        self.counts
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(|(index, count)| (ElementId(index as u16 | self.platform), *count))
    }
}
