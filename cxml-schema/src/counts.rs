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
    /// All the counts together (at most `u32::MAX`), kept as they grow: the rules that need the
    /// sum, or whether any other kind is there, then look at one number, not every count.
    total: u32,
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
            total: 0,
            platform: 0,
        }
    }

    /// Counts `n` more children of one kind.
    #[inline]
    pub fn add(&mut self, id: ElementId, n: u32) {
        self.platform = id.0 & super::model::TWILIO_BIT;
        if let Some(count) = self.counts.get_mut(id.index()) {
            *count = count.saturating_add(n);
            self.total = self.total.saturating_add(n);
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &ChildCounts) {
        self.platform |= other.platform;
        for (count, more) in self.counts.iter_mut().zip(other.counts.iter()) {
            *count = count.saturating_add(*more);
        }
        // Saturating either way: once any count or the sum reaches the limit, so does the total.
        self.total = self.total.saturating_add(other.total);
    }

    /// How many children of this kind.
    pub fn get(&self, id: ElementId) -> u32 {
        self.counts.get(id.index()).copied().unwrap_or(0)
    }

    /// Zeroes the counts, knowing that only the `kinds` given may have been counted: only
    /// those are zeroed, and the kept total says whether that was all (if not, or if the total
    /// reached its limit and so is not exact, every count is).
    pub(crate) fn clear(&mut self, kinds: &[ElementId]) {
        if self.total == 0 {
            self.platform = 0;
            return;
        }
        if self.total < u32::MAX {
            // Summed apart from the total, so that one kind's step does not wait on the
            // previous one's store.
            let mut cleared = 0u32;
            for kind in kinds {
                if let Some(count) = self.counts.get_mut(kind.index()) {
                    cleared = cleared.saturating_add(*count);
                    *count = 0;
                }
            }
            self.total = self.total.saturating_sub(cleared);
        }
        if self.total != 0 {
            *self = ChildCounts::new();
        }
        self.platform = 0;
    }

    /// How many children in all (at most `u32::MAX`).
    pub fn total(&self) -> u32 {
        self.total
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
