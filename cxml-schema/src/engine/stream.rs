//! The rule engine fed as a reader reads: one start tag, piece of text or end tag at a time.
//!
//! The walk ([`check_document_in`](super::check_document_in)) needs the whole tree before it
//! starts, and reads it again. A reader that checks as it reads looks at each name and value
//! while it is at hand, and needs no second pass: for the documents that break no rule (nearly
//! every document a reader meets), that is all the checking there is. At the first problem it
//! stops; the reader then runs the walk over what it read, which reports every problem in the
//! macro's order and wording. Both apply the rules through the same functions
//! ([`StartTag`](super::StartTag), [`child_entry`](super::child_entry),
//! [`text_rules`](super::text_rules), the table's own checks), so they accept the same
//! documents.

use super::{
    AttributeMemo, CountStack, Recent, StartTag, ValueItem, Written, child_entry, text_rules,
};
use crate::{Channel, ElementId, ElementSpec, Platform, is_blank, response_in, verbs_named_in};

/// A document checked piece by piece as a reader reads it: each start tag, piece of text and end
/// tag while it is at hand, with no tree to walk afterwards. At the first problem it says so
/// ([`NeedsWalk`], and `finish` says it again); the reader then runs the walk
/// ([`check_document_in`](super::check_document_in)), which reports every problem in the macro's
/// order and wording. Both apply the same rule functions, so they accept the same documents.
///
/// The first verb settles the channel (the first of voice, messaging and fax that has it, as
/// the walk's inference would): a later verb that channel does not have stops it, and the
/// walk works out the channel. The document element is read as voice's `Response` until the
/// first verb; [`finish`](Self::finish) gives the channel, whose `Response` it is.
///
/// ```
/// # mod cxml { pub mod schema { pub use ::cxml_schema::*; } }
/// use cxml::schema::engine::{StreamCheck, StreamValue};
/// use cxml::schema::{Channel, Platform};
///
/// let mut check = StreamCheck::new(Platform::SignalWire);
/// check.start("Response")?;
/// check.end_start()?;
/// check.start("Dial")?;
/// assert_eq!(check.attribute("timeout", StreamValue::Kept("5"))?, "timeout");
/// assert_eq!(check.end_start()?.spec().name, "Dial");
/// check.start("Number")?;
/// check.end_start()?;
/// check.text("+15550100")?;
/// check.close()?; // Number
/// check.close()?; // Dial
/// check.close()?; // Response
/// assert_eq!(check.finish(), Ok(Channel::Voice));
///
/// // A `Number` needs text: the walk says so.
/// let mut check = StreamCheck::new(Platform::SignalWire);
/// for name in ["Response", "Dial", "Number"] {
///     check.start(name)?;
///     check.end_start()?;
/// }
/// assert!(check.close().is_err());
/// // And a value that does not fit stops the check at once.
/// let mut check = StreamCheck::new(Platform::SignalWire);
/// check.start("Response")?;
/// check.end_start()?;
/// check.start("Dial")?;
/// assert!(check.attribute("timeout", StreamValue::Kept("soon")).is_err());
/// // For good: nothing read after it makes the document valid.
/// check.end_start()?;
/// check.close()?;
/// check.close()?;
/// assert!(check.finish().is_err());
/// # Ok::<(), cxml::schema::engine::NeedsWalk>(())
/// ```
pub struct StreamCheck<'n> {
    platform: Platform,
    /// The open elements, innermost last.
    stack: Vec<StreamFrame>,
    counts: CountStack,
    /// Children resolved by name under a parent.
    children: Recent<'n, ElementId, ElementId>,
    /// Verbs resolved by name in each channel's `Response` ([`verbs_named_in`]).
    verbs: Recent<'n, (), [Option<ElementId>; 3]>,
    /// The channel, from the first verb: the first of the channels that have it. Every later
    /// verb must have an entry there too; then the walk's inference comes to the same channel
    /// (the channels left always include it, and it comes first among them).
    channel: Option<Channel>,
    /// Whether the document element was written without attributes (then a channel other than
    /// voice, which the first verb may settle, is taken without a second look at them).
    bare_root: bool,
    /// Where attribute names stand and which values fit.
    memo: AttributeMemo<'n>,
    /// The start tag being read.
    tag: Option<StartTag<'n>>,
    /// Whether the document element was read.
    rooted: bool,
    /// A step answered [`NeedsWalk`]: so does [`finish`](Self::finish).
    stopped: bool,
}

/// What an open element has held so far.
struct StreamFrame {
    id: ElementId,
    spec: &'static ElementSpec,
    /// Its slot in [`StreamCheck::counts`], when it has count rules.
    counts: Option<usize>,
    text: bool,
    elements: bool,
    /// The attribute that stands in for required text is present.
    text_attribute: bool,
}

/// Some rule is broken, or the verbs do not settle on one channel as the check reads them: only
/// the walk over the whole document says what is wrong (or works out its channel).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsWalk;

impl std::fmt::Display for NeedsWalk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the document needs the rule engine's walk to say what is wrong")
    }
}

impl std::error::Error for NeedsWalk {}

/// An attribute value as the reader has it, for [`StreamCheck::attribute`].
#[derive(Debug, Clone, Copy)]
pub enum StreamValue<'n, 't> {
    /// A value that lives as long as the check (a slice of the input): a value met again is
    /// not checked again.
    Kept(&'n str),
    /// A value that lives only for the call (one the reader unescaped into a buffer that
    /// grows): checked, not remembered.
    Passing(&'t str),
}

impl<'n> StreamCheck<'n> {
    /// Nothing read yet, for a document of `platform`'s vocabulary.
    pub fn new(platform: Platform) -> Self {
        StreamCheck {
            platform,
            stack: Vec::with_capacity(16),
            counts: CountStack::default(),
            children: Recent::new(),
            verbs: Recent::new(),
            channel: None,
            bare_root: true,
            memo: AttributeMemo::new(),
            tag: None,
            rooted: false,
            stopped: false,
        }
    }

    /// The start of a start tag: the element named `name`, in the innermost open element. Its
    /// attributes follow ([`attribute`](Self::attribute)), then the end of the tag
    /// ([`end_start`](Self::end_start)).
    #[inline]
    pub fn start(&mut self, name: &'n str) -> Result<(), NeedsWalk> {
        let result = self.start_tag(name);
        self.stop_at(result)
    }

    /// One attribute of the start tag being read: the name the table spells it with.
    #[inline]
    pub fn attribute(
        &mut self,
        name: &'n str,
        value: StreamValue<'n, '_>,
    ) -> Result<&'static str, NeedsWalk> {
        let result = self.attribute_of_tag(name, value);
        self.stop_at(result)
    }

    /// The end of the start tag being read: the element is open until
    /// [`close`](Self::close). Its table entry.
    #[inline]
    pub fn end_start(&mut self) -> Result<ElementId, NeedsWalk> {
        let result = self.end_of_start_tag();
        self.stop_at(result)
    }

    /// A piece of text in the innermost open element (blank text outside the document element
    /// is layout).
    #[inline]
    pub fn text(&mut self, text: &str) -> Result<(), NeedsWalk> {
        let result = self.text_piece(text);
        self.stop_at(result)
    }

    /// The end tag of the innermost open element: what only its end settles (required text,
    /// child counts).
    #[inline]
    pub fn close(&mut self) -> Result<(), NeedsWalk> {
        let result = self.end_tag();
        self.stop_at(result)
    }

    /// Remembers the first [`NeedsWalk`]: whatever a caller that reads on is told after it,
    /// [`finish`](Self::finish) does not say the document is valid.
    #[inline(always)]
    fn stop_at<T>(&mut self, result: Result<T, NeedsWalk>) -> Result<T, NeedsWalk> {
        self.stopped |= result.is_err();
        result
    }

    /// [`start`](Self::start), while the check goes on.
    #[inline(always)]
    fn start_tag(&mut self, name: &'n str) -> Result<(), NeedsWalk> {
        if self.tag.is_some() {
            return Err(NeedsWalk);
        }
        let (id, parent) = self.entry(name)?;
        self.tag = Some(StartTag::new(id.spec(), id, parent));
        Ok(())
    }

    /// [`attribute`](Self::attribute), while the check goes on.
    #[inline(always)]
    fn attribute_of_tag(
        &mut self,
        name: &'n str,
        value: StreamValue<'n, '_>,
    ) -> Result<&'static str, NeedsWalk> {
        let tag = self.tag.as_mut().ok_or(NeedsWalk)?;
        let item = match value {
            StreamValue::Kept(text) => ValueItem::Literal {
                text,
                written: Written::Str,
                pos: (),
            },
            // Checked below, once its entry is known, and not remembered.
            StreamValue::Passing(_) => ValueItem::RunTime,
        };
        let mut broken = false;
        let (_, found) = tag
            .attribute(name, (), item, &mut self.memo, &mut |(), _| broken = true)
            .ok_or(NeedsWalk)?;
        if let StreamValue::Passing(text) = value {
            broken |= tag
                .spec
                .check_written_value(found, text, Written::Str)
                .is_err();
        }
        if broken {
            Err(NeedsWalk)
        } else {
            Ok(found.name)
        }
    }

    /// [`end_start`](Self::end_start), while the check goes on.
    #[inline(always)]
    fn end_of_start_tag(&mut self) -> Result<ElementId, NeedsWalk> {
        let tag = self.tag.take().ok_or(NeedsWalk)?;
        let (id, spec) = (tag.id, tag.spec);
        if self.stack.is_empty() {
            self.bare_root = tag.seen == 0;
        }
        let mut broken = false;
        let text_attribute = tag.finish(&mut |(), _| broken = true, || ());
        if broken {
            return Err(NeedsWalk);
        }
        let counts = spec
            .has_count_rules()
            .then(|| self.counts.push(spec.children));
        self.stack.push(StreamFrame {
            id,
            spec,
            counts,
            text: false,
            elements: false,
            text_attribute,
        });
        Ok(id)
    }

    /// The entry of an element named `name` opened where the reader is, and its parent's
    /// entry; the parent notes the child.
    #[inline]
    fn entry(
        &mut self,
        name: &'n str,
    ) -> Result<(ElementId, Option<&'static ElementSpec>), NeedsWalk> {
        let Some(frame) = self.stack.last_mut() else {
            // The document element: one `Response`.
            if self.rooted || name != "Response" {
                return Err(NeedsWalk);
            }
            self.rooted = true;
            return Ok((response_in(self.platform, Channel::Voice), None));
        };
        let (parent, spec) = (frame.id, frame.spec);
        if frame.text && spec.text_or_children {
            return Err(NeedsWalk);
        }
        frame.elements = true;
        // A verb is its channel's `Response`'s, as the walk resolves it once the channel is
        // known; a verb that channel does not have leaves the channel to the walk.
        let (parent, spec, known) = if self.stack.len() == 1 {
            let found = match self.verbs.get((), name) {
                Some(found) => found,
                None => {
                    let found = verbs_named_in(self.platform, name);
                    self.verbs.insert((), name, found);
                    found
                }
            };
            let at = match self.channel {
                Some(channel) => Channel::ALL.iter().position(|c| *c == channel),
                None => found.iter().position(Option::is_some),
            }
            .ok_or(NeedsWalk)?;
            let verb = found.get(at).copied().flatten().ok_or(NeedsWalk)?;
            if self.channel.is_none() {
                let channel = *Channel::ALL.get(at).ok_or(NeedsWalk)?;
                self.settle_channel(channel)?;
            }
            let root = self.stack.first().ok_or(NeedsWalk)?;
            (root.id, root.spec, Some(verb))
        } else {
            (parent, spec, None)
        };
        let id =
            child_entry(spec, parent, known, || name, &mut self.children).map_err(|_| NeedsWalk)?;
        if let Some(counts) = self
            .stack
            .last()
            .and_then(|frame| frame.counts)
            .and_then(|at| self.counts.get_mut(at))
        {
            counts.add(id, 1);
        }
        Ok((id, Some(spec)))
    }

    /// The document's channel, settled by its first verb: the document element becomes that
    /// channel's `Response` (it was read as voice's, which it nearly always is).
    #[cold]
    fn settle_channel(&mut self, channel: Channel) -> Result<(), NeedsWalk> {
        self.channel = Some(channel);
        if channel == Channel::Voice {
            return Ok(());
        }
        if !self.bare_root {
            return Err(NeedsWalk);
        }
        let id = response_in(self.platform, channel);
        let spec = id.spec();
        let root = self.stack.first_mut().ok_or(NeedsWalk)?;
        // Nothing is counted yet: the first verb is the first child.
        if root.counts.take().is_some() {
            self.counts.pop();
        }
        root.id = id;
        root.spec = spec;
        root.counts = spec
            .has_count_rules()
            .then(|| self.counts.push(spec.children));
        Ok(())
    }

    /// [`text`](Self::text), while the check goes on.
    #[inline(always)]
    fn text_piece(&mut self, text: &str) -> Result<(), NeedsWalk> {
        if self.tag.is_some() {
            return Err(NeedsWalk);
        }
        let Some(frame) = self.stack.last_mut() else {
            return if is_blank(text) {
                Ok(())
            } else {
                Err(NeedsWalk)
            };
        };
        let mut broken = false;
        let mut reported_mix = false;
        frame.text |= text_rules(
            frame.spec,
            Some(text),
            frame.elements,
            &mut reported_mix,
            &mut |_| broken = true,
        );
        if broken { Err(NeedsWalk) } else { Ok(()) }
    }

    /// Whether the innermost open element takes text: where whitespace alone is content (`<Say>
    /// </Say>`), not layout.
    pub fn open_allows_text(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|frame| frame.spec.allows_text())
    }

    /// [`close`](Self::close), while the check goes on.
    #[inline(always)]
    fn end_tag(&mut self) -> Result<(), NeedsWalk> {
        if self.tag.is_some() {
            return Err(NeedsWalk);
        }
        let frame = self.stack.pop().ok_or(NeedsWalk)?;
        let spec = frame.spec;
        if spec.needs_text(frame.text, frame.elements, frame.text_attribute) {
            return Err(NeedsWalk);
        }
        if let Some(at) = frame.counts {
            let mut broken = false;
            if let Some(counts) = self.counts.get(at) {
                spec.for_each_count_violation(counts, |_| broken = true);
            }
            self.counts.pop();
            if broken {
                return Err(NeedsWalk);
            }
        }
        Ok(())
    }

    /// At the end of the input: the document's channel, when one `Response` was read and
    /// closed and no step answered [`NeedsWalk`].
    pub fn finish(&self) -> Result<Channel, NeedsWalk> {
        if !self.stopped && self.tag.is_none() && self.rooted && self.stack.is_empty() {
            Ok(self.channel.unwrap_or(Channel::Voice))
        } else {
            Err(NeedsWalk)
        }
    }
}
