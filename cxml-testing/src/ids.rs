//! Identifiers as SignalWire writes them: every `CallSid`, `MessageSid`, `RecordingSid`,
//! `ConferenceSid`… is a random (version 4) UUID in lower case, such as
//! `b3877c40-da60-4998-90ad-b792e98472ca`. They are drawn from a small generator seeded once per
//! simulator: random per run by default (so an application that stores calls sees new ones each
//! run), reproducible with [`Simulator::seed`](crate::Simulator::seed).

use std::hash::{BuildHasher, Hasher};

/// SplitMix64: tiny, fast and well mixed; enough for identifiers that must only differ.
#[derive(Debug, Clone)]
pub(crate) struct Ids {
    state: u64,
}

impl Ids {
    /// A generator that yields the same identifiers for the same seed.
    pub(crate) fn seeded(seed: u64) -> Self {
        Ids { state: seed }
    }

    /// A seed that differs from run to run (the standard library's per-process random hash
    /// keys, mixed with the time).
    pub(crate) fn random_seed() -> u64 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        if let Ok(since) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            hasher.write_u128(since.as_nanos());
        }
        hasher.finish()
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A version 4 UUID, lower case, hyphenated.
    pub(crate) fn uuid(&mut self) -> String {
        let high = (self.next_u64() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
        let low = (self.next_u64() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xFFFF,
            high & 0xFFFF,
            low >> 48,
            low & 0xFFFF_FFFF_FFFF
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_4_and_reproducible() {
        let mut a = Ids::seeded(7);
        let mut b = Ids::seeded(7);
        let first = a.uuid();
        assert_eq!(first, b.uuid());
        assert_ne!(first, a.uuid());
        let parts: Vec<&str> = first.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'));
        assert!(first.bytes().all(|b| b == b'-' || b.is_ascii_hexdigit()));
        assert_eq!(first, first.to_ascii_lowercase());
        assert_ne!(Ids::seeded(8).uuid(), first);
    }
}
