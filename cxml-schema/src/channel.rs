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
    candidates: Vec<Channel>,
    established_by: Option<String>,
    platform: Platform,
}

impl Default for ChannelInference {
    fn default() -> Self {
        ChannelInference {
            candidates: Channel::ALL.to_vec(),
            established_by: None,
            platform: Platform::SignalWire,
        }
    }
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
    /// Inlined: the usual verb (the document is settled on a channel that has it) costs its
    /// caller one look, not a call.
    #[inline]
    pub fn add_found_verb(
        &mut self,
        name: &str,
        found: [Option<ElementId>; 3],
    ) -> Result<(), Violation> {
        // Settled on one channel that has this verb (every verb after the first, as a rule):
        // nothing to narrow, nothing to refuse.
        if let [only] = self.candidates[..]
            && Channel::ALL
                .iter()
                .zip(found)
                .any(|(channel, id)| *channel == only && id.is_some())
        {
            return Ok(());
        }
        self.narrow(name, found)
    }

    /// [`add_found_verb`](Self::add_found_verb) for a verb that may narrow the candidates.
    fn narrow(&mut self, name: &str, found: [Option<ElementId>; 3]) -> Result<(), Violation> {
        let knows = found.map(|id| id.is_some());
        let known = knows.iter().filter(|known| **known).count();
        if known == 0 || known == Channel::ALL.len() {
            return Ok(());
        }
        let in_verb = |channel: &Channel| {
            Channel::ALL
                .iter()
                .zip(knows)
                .any(|(candidate, known)| known && candidate == channel)
        };
        let narrowed = self
            .candidates
            .iter()
            .filter(|channel| in_verb(channel))
            .count();
        if narrowed == 0
            && let Some(verb) = found.iter().flatten().next()
        {
            return Err(Violation::MixedChannels {
                verb: verb.spec(),
                verb_channels: Channel::ALL.into_iter().filter(in_verb).collect(),
                established: self.candidates.clone(),
                established_by: self.established_by.clone().unwrap_or_default(),
            });
        }
        if narrowed < self.candidates.len() {
            self.established_by = Some(name.to_string());
            self.candidates.retain(in_verb);
        }
        Ok(())
    }

    /// The channel: the first candidate left, voice before messaging before fax.
    pub fn channel(&self) -> Channel {
        self.candidates.first().copied().unwrap_or(Channel::Voice)
    }
}
