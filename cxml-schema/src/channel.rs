//! A document's channel, worked out from its verbs.

use super::{Channel, ElementId, Platform, Violation, response, response_in};

/// The child of each channel's `Response` with this name, in [`Channel::ALL`] order; without
/// allocating, as this runs for every verb.
pub fn verbs_named(name: &str) -> [Option<ElementId>; 3] {
    Channel::ALL.map(|channel| response(channel).spec().child_named(name))
}

/// [`verbs_named`] in a platform's table.
pub fn verbs_named_in(platform: Platform, name: &str) -> [Option<ElementId>; 3] {
    match platform {
        Platform::SignalWire => verbs_named(name),
        Platform::Twilio => {
            Channel::ALL.map(|channel| response_in(platform, channel).spec().child_named(name))
        }
    }
}

/// Works out a document's channel from its verbs, one verb at a time.
#[derive(Debug, Clone)]
pub struct ChannelInference {
    /// The channels still possible: bit `i` for `Channel::ALL[i]`. Kept as bits, and the verb
    /// that narrowed them as its entry, so inferring allocates nothing: it runs for every
    /// document the reader reads.
    candidates: u8,
    /// The verb that narrowed the candidates last (its name is the one written: the table
    /// lookup matched it exactly).
    established_by: Option<ElementId>,
    platform: Platform,
}

/// Every channel's bit in [`ChannelInference::candidates`].
const EVERY_CHANNEL: u8 = (1 << Channel::ALL.len()) - 1;

impl Default for ChannelInference {
    fn default() -> Self {
        ChannelInference {
            candidates: EVERY_CHANNEL,
            established_by: None,
            platform: Platform::SignalWire,
        }
    }
}

/// The channels whose bits are set, in [`Channel::ALL`] order.
fn channels_in(bits: u8) -> Vec<Channel> {
    Channel::ALL
        .into_iter()
        .enumerate()
        .filter(|(at, _)| bits >> at & 1 != 0)
        .map(|(_, channel)| channel)
        .collect()
}

impl ChannelInference {
    /// Nothing seen yet, for a document of a platform's vocabulary.
    pub fn new_in(platform: Platform) -> Self {
        ChannelInference {
            platform,
            ..Self::default()
        }
    }

    /// Takes one verb written directly inside `Response`. Names no channel knows are left to
    /// [`ElementSpec::check_child`](super::ElementSpec::check_child).
    pub fn add_verb(&mut self, name: &str) -> Result<(), Violation> {
        self.add_found_verb(name, verbs_named_in(self.platform, name))
    }

    /// [`add_verb`](Self::add_verb) with the verb already looked up in each channel
    /// ([`verbs_named`]), so a caller that needs the entries too looks the name up once.
    ///
    /// Inlined: the usual verb (the document is settled on channels that all have it) costs
    /// its caller a few bit operations, not a call.
    #[inline]
    pub fn add_found_verb(
        &mut self,
        name: &str,
        found: [Option<ElementId>; 3],
    ) -> Result<(), Violation> {
        let knows = found
            .iter()
            .enumerate()
            .fold(0, |bits, (at, id)| bits | u8::from(id.is_some()) << at);
        // Every candidate left has this verb (every verb after the first, as a rule): nothing
        // to narrow, nothing to refuse. A name no channel knows is the table's business.
        if self.candidates & !knows == 0 || knows == 0 {
            return Ok(());
        }
        // The name is the one the entries were found by: the message names the verb from
        // them, so nothing is copied while all goes well.
        let _ = name;
        self.narrow(found, knows)
    }

    /// [`add_found_verb`](Self::add_found_verb) for a verb that narrows the candidates, or
    /// fits none of them.
    fn narrow(&mut self, found: [Option<ElementId>; 3], knows: u8) -> Result<(), Violation> {
        let narrowed = self.candidates & knows;
        let Some(verb) = found.iter().flatten().next().copied() else {
            return Ok(());
        };
        if narrowed == 0 {
            return Err(Violation::MixedChannels {
                verb: verb.spec(),
                verb_channels: channels_in(knows),
                established: channels_in(self.candidates),
                established_by: self
                    .established_by
                    .map(|id| id.spec().name.to_string())
                    .unwrap_or_default(),
            });
        }
        self.established_by = Some(verb);
        self.candidates = narrowed;
        Ok(())
    }

    /// The channel: the first candidate left, voice before messaging before fax.
    pub fn channel(&self) -> Channel {
        Channel::ALL
            .get(self.candidates.trailing_zeros() as usize)
            .copied()
            .unwrap_or(Channel::Voice)
    }
}
