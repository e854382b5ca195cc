//! The rule engine: one walk over a document, in document order, that applies every rule of the
//! table. The `cxml!` macro and the run-time reader both describe their tree through
//! [`DocumentView`] and only turn positions into spans or lines and columns, so the same input
//! gets the same messages in the same order from both.
//!
//! The order is the order of a reader going top to bottom: each element's attributes, then its
//! required attributes, then its content in order (each child element with its own subtree), then
//! what only the end of the element settles (required text, child counts). A rejected child is
//! reported once; nothing inside it and no count that would only repeat it is reported.

mod stream;

pub use stream::{NeedsWalk, StreamCheck, StreamValue};

use super::{
    Attribute, Channel, ChannelInference, ChildCounts, ElementId, ElementSpec, Platform, Status,
    TextRule, Violation, is_blank, response_in, verbs_named_in,
};

/// How a literal value was written. Every value the reader sees is [`Written::Str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Written {
    /// A string literal (`"5"`), or an XML attribute value.
    Str,
    /// A number literal (`5`, `10.50`).
    Number,
    /// A bare word (`GET`, `true`, `record-from-answer`).
    Word,
}

/// One attribute value as a front end sees it.
#[derive(Debug, Clone, Copy)]
pub enum ValueItem<'a, P> {
    /// A value known now.
    Literal {
        /// The value's text.
        text: &'a str,
        /// How it was written.
        written: Written,
        /// Where it stands.
        pos: P,
    },
    /// A value only run time knows (`{expr}`): its type is Rust's business.
    RunTime,
}

/// One attribute as a front end sees it.
#[derive(Debug, Clone, Copy)]
pub struct AttributeItem<'a, P, S> {
    /// The name as written.
    pub name: &'a str,
    /// Where the name stands.
    pub name_pos: P,
    /// The value.
    pub value: ValueItem<'a, P>,
    /// Where the front end keeps the attribute's table entry once the engine finds it
    /// ([`DocumentView::resolve_attribute`]): handed out with the attribute, so that storing
    /// the entry needs no second look for the attribute.
    pub slot: S,
}

/// One piece of an element's content, in document order. Control flow is looked through: the
/// children of every branch are children of the same parent.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a, E, P> {
    /// A child element.
    Element {
        /// The front end's handle of it.
        element: E,
        /// Whether it stands inside control flow, so that only run time knows whether it is
        /// there (and how often).
        in_branch: bool,
    },
    /// Character data: `Some` when known now, `None` for text only run time knows.
    Text {
        /// The text, when known.
        text: Option<&'a str>,
        /// Where it stands.
        pos: P,
    },
    /// A spliced value among children (`{expr}`): text where the parent takes text, child
    /// elements where it takes those; its type decides.
    Splice {
        /// Where it stands.
        pos: P,
    },
    /// Control flow or trusted raw markup: how many children follow only run time knows.
    RunTime {
        /// Where it starts.
        pos: P,
    },
}

/// A front end's document, as the rule engine reads it.
///
/// Handles are cheap copies (an index, a reference); the engine stores what it resolves through
/// the `resolve` methods, which take `&self` so a front end can keep them in `Cell`s.
pub trait DocumentView {
    /// A handle of one element.
    type Element: Copy + PartialEq;
    /// A position in the source: a span, a byte offset.
    type Pos: Copy;
    /// The content of an element, in document order.
    type Items<'a>: Iterator<Item = Item<'a, Self::Element, Self::Pos>>
    where
        Self: 'a;
    /// Where the table entry of one attribute is kept.
    type AttributeSlot<'a>: Copy
    where
        Self: 'a;
    /// The attributes of an element, in document order.
    type Attributes<'a>: Iterator<Item = AttributeItem<'a, Self::Pos, Self::AttributeSlot<'a>>>
    where
        Self: 'a;

    /// What stands at the top of the document (a fragment's children, for a fragment).
    fn top_level(&self) -> Self::Items<'_>;
    /// An element's name and where it stands.
    fn name(&self, element: Self::Element) -> (&str, Self::Pos);
    /// An element's attributes.
    fn attributes(&self, element: Self::Element) -> Self::Attributes<'_>;
    /// An element's content.
    fn children(&self, element: Self::Element) -> Self::Items<'_>;
    /// The table entry stored for an element, if any.
    fn resolution(&self, element: Self::Element) -> Option<ElementId>;
    /// Stores an element's table entry.
    fn resolve(&self, element: Self::Element, id: ElementId);
    /// Stores the table entry of an attribute: `attribute`, at `position` in its element's
    /// list.
    fn resolve_attribute(
        &self,
        slot: Self::AttributeSlot<'_>,
        position: usize,
        attribute: &'static Attribute,
    );
    /// Notes that an element's count rules depend on children only run time knows.
    fn count_at_run_time(&self, _element: Self::Element) {}
    /// The text of an element whose whole content is one piece of literal text
    /// (`<Number>+15550100001</Number>`), with where it stands; `None` when it holds anything
    /// else, or when the front end does not say. The walk settles such an element at once.
    fn sole_text(&self, _element: Self::Element) -> Option<(&str, Self::Pos)> {
        None
    }
}

/// Checks a whole document; returns its channel, or `None` when there is no `Response` to check.
///
/// `report` receives every broken rule: where it stands, and the element whose path a message
/// shows (the position is `None` only for a document without any element).
pub fn check_document<D, R>(doc: &D, report: &mut R) -> Option<Channel>
where
    D: DocumentView,
    R: FnMut(Option<D::Pos>, Option<D::Element>, Violation),
{
    check_document_in(Platform::SignalWire, doc, report)
}

/// [`check_document`] against a platform's table.
pub fn check_document_in<D, R>(platform: Platform, doc: &D, report: &mut R) -> Option<Channel>
where
    D: DocumentView,
    R: FnMut(Option<D::Pos>, Option<D::Element>, Violation),
{
    let root = document_root(doc, report)?;
    let (channel, mixed) = infer_channel(platform, doc, root);
    let root_id = response_in(platform, channel);
    doc.resolve(root, root_id);
    let mut walk = Walk {
        doc,
        report,
        mixed,
        stack: Vec::with_capacity(8),
        counts: CountStack::default(),
        children: Recent::new(),
        memo: AttributeMemo::new(),
    };
    walk.open(root, root_id, None);
    walk.run();
    Some(channel)
}

/// Checks the top level of `doc` as the children of a `parent` element (a `cxml!(in Dial: …)`
/// fragment): every rule about each child, none about the parent's own content as a whole.
pub fn check_fragment<D, R>(doc: &D, parent: ElementId, report: &mut R)
where
    D: DocumentView,
    R: FnMut(Option<D::Pos>, Option<D::Element>, Violation),
{
    let mut walk = Walk {
        doc,
        report,
        mixed: Vec::new(),
        stack: Vec::with_capacity(8),
        counts: CountStack::default(),
        children: Recent::new(),
        memo: AttributeMemo::new(),
    };
    let frame = Frame::new(
        None,
        parent,
        parent.spec(),
        doc.top_level(),
        false,
        &mut walk.counts,
    );
    walk.stack.push(frame);
    walk.run();
}

/// The `Response` element; reports a wrong root, extra roots, content outside the root or a
/// missing root.
fn document_root<D, R>(doc: &D, report: &mut R) -> Option<D::Element>
where
    D: DocumentView,
    R: FnMut(Option<D::Pos>, Option<D::Element>, Violation),
{
    let mut root = None;
    for item in doc.top_level() {
        match item {
            Item::Element { element, .. } => {
                let (name, pos) = doc.name(element);
                if root.is_some() {
                    report(Some(pos), Some(element), Violation::SecondRoot);
                } else if name != "Response" {
                    report(
                        Some(pos),
                        Some(element),
                        Violation::RootNotResponse {
                            name: name.to_string(),
                        },
                    );
                    return None;
                } else {
                    root = Some(element);
                }
            }
            Item::Text {
                text: Some(text), ..
            } if is_blank(text) => {}
            Item::Text { pos, .. } | Item::Splice { pos } | Item::RunTime { pos } => {
                report(Some(pos), None, Violation::OutsideRoot)
            }
        }
    }
    if root.is_none() {
        report(None, None, Violation::MissingRoot);
    }
    root
}

/// The channel, from the verbs; the verbs that do not fit it, with the violation to report when
/// the walk reaches them. The verbs of the channel found are resolved on the way, so each verb
/// is looked up once.
fn infer_channel<D: DocumentView>(
    platform: Platform,
    doc: &D,
    root: D::Element,
) -> (Channel, Vec<(D::Element, Violation)>) {
    let mut inference = ChannelInference::new_in(platform);
    let mut mixed = Vec::new();
    // Each verb with its entries, packed in registers: stored as the array they come in, the
    // entries were read back from the stack wider than they were written, which made every verb
    // wait for the stores to land.
    let mut verbs: Vec<(D::Element, PackedVerbs)> = Vec::with_capacity(64);
    // Verbs repeat (`Say`, `Play`, `Say`…): each name is looked up once.
    let mut recent = Recent::new();
    for item in doc.children(root) {
        let Item::Element { element, .. } = item else {
            continue;
        };
        let (name, _) = doc.name(element);
        let found = match recent.get((), name) {
            Some(found) => found,
            None => {
                let found = PackedVerbs::pack(verbs_named_in(platform, name));
                recent.insert((), name, found);
                found
            }
        };
        verbs.push((element, found));
        if let Err(violation) = inference.add_found_verb(name, found.unpack()) {
            mixed.push((element, violation));
        }
    }
    let channel = inference.channel();
    let at = Channel::ALL
        .iter()
        .position(|candidate| *candidate == channel)
        .unwrap_or(0);
    for (element, found) in &verbs {
        if let Some(id) = found.get(at) {
            doc.resolve(*element, id);
        }
    }
    (channel, mixed)
}

/// A verb's entry in each channel's `Response` ([`verbs_named_in`]), sixteen bits a channel in
/// [`Channel::ALL`] order, [`PackedVerbs::NONE`] where a channel has no such verb.
#[derive(Clone, Copy, PartialEq)]
struct PackedVerbs(u64);

impl PackedVerbs {
    /// No id has every bit set: tables are far shorter.
    const NONE: u16 = u16::MAX;

    #[inline]
    fn pack(found: [Option<ElementId>; 3]) -> Self {
        let [voice, messaging, fax] = found.map(|id| u64::from(id.map_or(Self::NONE, |id| id.0)));
        PackedVerbs(voice | messaging << 16 | fax << 32)
    }

    /// The entry of the channel at `at` in [`Channel::ALL`].
    #[inline]
    fn get(self, at: usize) -> Option<ElementId> {
        let bits = u16::try_from(self.0.checked_shr(16 * at as u32)? & 0xFFFF).ok()?;
        (bits != Self::NONE && at < Channel::ALL.len()).then_some(ElementId(bits))
    }

    #[inline]
    fn unpack(self) -> [Option<ElementId>; 3] {
        [self.get(0), self.get(1), self.get(2)]
    }
}

/// The latest lookups by name, so that the names a document repeats (`Say`, `Play`, `Say`…) are
/// looked up in the table once each: a few name comparisons cost less than a walk over a long
/// child list (the voice `Response` takes nineteen verbs). Results depend only on the key and
/// the name, so a hit is what the lookup would return.
struct Recent<'n, K, V> {
    entries: [Option<(K, &'n str, V)>; RECENT],
    /// The entry the next insertion replaces.
    next: usize,
}

const RECENT: usize = 8;

impl<'n, K: Copy + PartialEq, V: Copy> Recent<'n, K, V> {
    fn new() -> Self {
        Recent {
            entries: [None; RECENT],
            next: 0,
        }
    }

    /// The value remembered for a name.
    fn get(&self, key: K, name: &str) -> Option<V> {
        self.entries.iter().find_map(|entry| match entry {
            Some((entry_key, entry_name, value))
                if *entry_key == key && super::same_name(entry_name, name) =>
            {
                Some(*value)
            }
            _ => None,
        })
    }

    fn insert(&mut self, key: K, name: &'n str, value: V) {
        if let Some(entry) = self.entries.get_mut(self.next) {
            *entry = Some((key, name, value));
        }
        self.next = (self.next + 1) % RECENT;
    }
}

/// The latest value found to fit each attribute, so that the values a document repeats
/// (`voice="alice"` on every `<Say>`, one callback on every `<Number>`) are checked once: one
/// slot per attribute (by its place in the table, so one look finds it), holding how the value
/// was written and its text. Whether a value fits depends on nothing else, so a hit is what the
/// check would say.
struct FittingValues<'v> {
    slots: [Option<FittingValue<'v>>; FITTING_VALUES],
}

#[derive(Clone, Copy)]
struct FittingValue<'v> {
    attribute: &'static Attribute,
    written: Written,
    text: &'v str,
}

/// Slots of [`FittingValues`]: attributes that share one take turns.
const FITTING_VALUES: usize = 64;

impl<'v> FittingValues<'v> {
    fn new() -> Self {
        FittingValues {
            slots: [None; FITTING_VALUES],
        }
    }

    /// Whether `text`, written as `written`, was found to fit `attribute` (in `slot`) last time.
    #[inline]
    fn fits(
        &self,
        slot: usize,
        attribute: &'static Attribute,
        written: Written,
        text: &str,
    ) -> bool {
        self.slots.get(slot).is_some_and(|slot| {
            slot.is_some_and(|value| {
                std::ptr::eq(value.attribute, attribute)
                    && value.written == written
                    && super::same_name(value.text, text)
            })
        })
    }

    /// Remembers a value that fits.
    fn insert(
        &mut self,
        slot: usize,
        attribute: &'static Attribute,
        written: Written,
        text: &'v str,
    ) {
        if let Some(slot) = self.slots.get_mut(slot) {
            *slot = Some(FittingValue {
                attribute,
                written,
                text,
            });
        }
    }
}

/// The slot of the attribute at `place` (in the element `id`'s list, or in its tag) in a memo
/// of `slots` slots: one element's attributes get neighbouring slots, from a start that is the
/// element's id scrambled (so which attributes share a slot depends on the table alone, not on
/// where the linker put it).
#[inline]
fn memo_slot(id: ElementId, place: usize, slots: usize) -> usize {
    let start = u32::from(id.0).wrapping_mul(0x9E37_79B9) >> 26;
    (start as usize + place) % slots
}

/// What the engine remembers of the attributes it met, to look at repeats less: where each
/// name stands in its element's list, and the values found to fit.
struct AttributeMemo<'n> {
    positions: KnownPositions<'n>,
    values: FittingValues<'n>,
}

impl<'n> AttributeMemo<'n> {
    fn new() -> Self {
        AttributeMemo {
            positions: KnownPositions::new(),
            values: FittingValues::new(),
        }
    }
}

/// Where the latest attribute names found stand in their element's list, one slot per element
/// and place in the tag: documents repeat their elements with the same attributes in the same
/// order (every `<Number>` with its `statusCallback` and `statusCallbackEvent`), so one name
/// comparison usually replaces a search of the element's list. A hit is what the search would
/// return: the position depends only on the element and the name.
struct KnownPositions<'n> {
    slots: [Option<(ElementId, &'n str, usize)>; KNOWN_POSITIONS],
}

const KNOWN_POSITIONS: usize = 64;

impl<'n> KnownPositions<'n> {
    fn new() -> Self {
        KnownPositions {
            slots: [None; KNOWN_POSITIONS],
        }
    }

    /// The position of `name` in the list of `spec`, the entry of `id`, written as the tag's
    /// `index`th attribute.
    #[inline(always)]
    fn position(
        &mut self,
        spec: &'static ElementSpec,
        id: ElementId,
        index: usize,
        name: &'n str,
    ) -> Option<usize> {
        let slot = memo_slot(id, index, KNOWN_POSITIONS);
        if let Some(Some((known_id, known_name, position))) = self.slots.get(slot)
            && *known_id == id
            && super::same_name(known_name, name)
        {
            return Some(*position);
        }
        let position = spec.attribute_position(name)?;
        if let Some(entry) = self.slots.get_mut(slot) {
            *entry = Some((id, name, position));
        }
        Some(position)
    }
}

/// The attributes an element carries, to find repeats and missing ones: a bit per table
/// attribute (no name comparisons for the usual case), the names of any others.
struct Present<'n> {
    /// Bit `i`: the element's `i`th table attribute (of the first 64; the longest list in the
    /// table is far shorter).
    known: u64,
    /// Names that have no bit: unknown names, and table attributes past the 64th. Empty, and so
    /// not allocated, for the usual element.
    others: Vec<&'n str>,
}

impl<'n> Present<'n> {
    fn new() -> Self {
        Present {
            known: 0,
            others: Vec::new(),
        }
    }

    /// Notes the attribute at `position` in the table (if it is there) named `name`; `false`
    /// if it was already there.
    #[inline]
    fn insert(&mut self, position: Option<usize>, name: &'n str) -> bool {
        match Self::bit(position) {
            Some(bit) => {
                let new = self.known & bit == 0;
                self.known |= bit;
                new
            }
            None if self.others.contains(&name) => false,
            None => {
                self.others.push(name);
                true
            }
        }
    }

    #[inline]
    fn contains(&self, position: Option<usize>, name: &str) -> bool {
        match Self::bit(position) {
            Some(bit) => self.known & bit != 0,
            None => self.others.contains(&name),
        }
    }

    #[inline]
    fn bit(position: Option<usize>) -> Option<u64> {
        position.and_then(|position| 1u64.checked_shl(u32::try_from(position).ok()?))
    }
}

/// The rules of one start tag, fed an attribute at a time ([`attribute`](Self::attribute)):
/// each attribute known, not repeated, allowed under the parent, with a value that fits; then,
/// at the tag's end ([`finish`](Self::finish)), the required ones. Shared by the walk and
/// [`StreamCheck`], so both apply the same rules.
struct StartTag<'n> {
    spec: &'static ElementSpec,
    id: ElementId,
    /// The parent, when it forbids some attribute of this kind of child.
    banning: Option<&'static ElementSpec>,
    present: Present<'n>,
    /// Attributes seen so far.
    seen: usize,
}

impl<'n> StartTag<'n> {
    /// The start tag of an element of entry `id` (`spec`) inside `parent`.
    #[inline(always)]
    fn new(
        spec: &'static ElementSpec,
        id: ElementId,
        parent: Option<&'static ElementSpec>,
    ) -> Self {
        // Only a few parents forbid attributes of a few kinds of child (`digits` on a `Play` in
        // `Gather`): for any other element, no attribute needs that look (and most parents
        // forbid none, which one test of the list's length tells).
        let banning = parent.filter(|parent| {
            !parent.banned_child_attributes.is_empty()
                && parent
                    .banned_child_attributes
                    .iter()
                    .any(|(child, _)| *child == id)
        });
        StartTag {
            spec,
            id,
            banning,
            present: Present::new(),
            seen: 0,
        }
    }

    /// One attribute: its entry, when it is known and not repeated (its problems go to
    /// `report`).
    #[inline(always)]
    fn attribute<P: Copy>(
        &mut self,
        name: &'n str,
        name_pos: P,
        value: ValueItem<'n, P>,
        memo: &mut AttributeMemo<'n>,
        report: &mut impl FnMut(P, Violation),
    ) -> Option<(usize, &'static Attribute)> {
        let (spec, id) = (self.spec, self.id);
        let found = memo.positions.position(spec, id, self.seen, name);
        self.seen += 1;
        if !self.present.insert(found, name) {
            report(
                name_pos,
                Violation::DuplicateAttribute {
                    element: spec,
                    name: name.to_string(),
                },
            );
            return None;
        }
        let Some((position, found)) =
            found.and_then(|position| Some((position, spec.attributes.get(position)?)))
        else {
            if let Err(violation) = spec.check_attribute(name) {
                report(name_pos, violation);
            }
            return None;
        };
        if let Some(Err(violation)) = self
            .banning
            .map(|parent| parent.check_child_attribute(id, name))
        {
            report(name_pos, violation);
        }
        let slot = memo_slot(id, position, FITTING_VALUES);
        if let ValueItem::Literal { text, written, pos } = value
            && !memo.values.fits(slot, found, written, text)
        {
            match spec.check_written_value(found, text, written) {
                Ok(()) => memo.values.insert(slot, found, written, text),
                Err(violation) => report(pos, violation),
            }
        }
        Some((position, found))
    }

    /// The end of the tag: the required attributes that are missing go to `report`, at the
    /// element's position. Returns whether the attribute that stands in for required text is
    /// there.
    #[inline(always)]
    fn finish<P>(self, report: &mut impl FnMut(P, Violation), element_pos: impl Fn() -> P) -> bool {
        let (spec, present) = (self.spec, &self.present);
        // Most elements require nothing, or got it: the mask tells without a look at each
        // attribute (a list longer than the mask is looked through).
        let missing = self.id.required_attributes() & !present.known;
        if missing != 0 || spec.attributes.len() > u64::BITS as usize {
            for (position, attribute) in spec.attributes.iter().enumerate() {
                if attribute.required && !present.contains(Some(position), attribute.name) {
                    report(
                        element_pos(),
                        Violation::MissingAttribute {
                            element: spec,
                            attribute,
                        },
                    );
                }
            }
        }
        spec.text_required_unless.is_some_and(|attribute| {
            present.contains(spec.attribute_position(attribute), attribute)
        })
    }
}

/// The entry of a child named `name` (asked for only when needed) under `parent`, whose entry
/// is `spec`: `known` when the channel's verbs already gave it, else the table's, remembered in
/// `cache`. Shared by the walk and [`StreamCheck`].
#[inline(always)]
fn child_entry<'n>(
    spec: &'static ElementSpec,
    parent: ElementId,
    known: Option<ElementId>,
    name: impl FnOnce() -> &'n str,
    cache: &mut Recent<'n, ElementId, ElementId>,
) -> Result<ElementId, Violation> {
    if let Some(known) = known.filter(|id| id.spec().status != Status::Withdrawn) {
        return Ok(known);
    }
    let name = name();
    if let Some(child) = cache.get(parent, name) {
        return Ok(child);
    }
    let child = spec.check_child(name)?;
    cache.insert(parent, name, child);
    Ok(child)
}

/// What an open element has held so far.
struct Frame<'v, D: DocumentView + 'v> {
    /// `None` for the virtual parent of a fragment.
    element: Option<D::Element>,
    id: ElementId,
    /// `id.spec()`, looked up once.
    spec: &'static ElementSpec,
    children: D::Items<'v>,
    /// Children written outside control flow, when the element has count rules: its slot in
    /// [`Walk::counts`].
    counts: Option<usize>,
    /// Text known now (literal, or positional text only run time fills in).
    text: bool,
    /// A splice where text may stand.
    spliced_text: bool,
    elements: bool,
    /// A child was rejected: counts would only repeat it.
    rejected_child: bool,
    /// Children whose number only run time knows.
    uncertain: bool,
    /// Text and child elements were already reported as not both.
    reported_mix: bool,
    /// The attribute that stands in for required text is present.
    text_attribute: bool,
}

impl<'v, D: DocumentView + 'v> Frame<'v, D> {
    fn new(
        element: Option<D::Element>,
        id: ElementId,
        spec: &'static ElementSpec,
        children: D::Items<'v>,
        text_attribute: bool,
        counts: &mut CountStack,
    ) -> Self {
        Frame {
            element,
            id,
            spec,
            children,
            counts: spec.has_count_rules().then(|| counts.push(spec.children)),
            text: false,
            spliced_text: false,
            elements: false,
            rejected_child: false,
            uncertain: false,
            reported_mix: false,
            text_attribute,
        }
    }
}

/// The child counts of the open elements that have count rules, innermost last. A
/// [`ChildCounts`] is a few hundred bytes: kept here and reused, so a frame stays small to move.
/// The outermost slot is kept inline: elements with count rules seldom nest, so most walks
/// allocate none.
#[derive(Default)]
struct CountStack {
    first: ChildCounts,
    more: Vec<ChildCounts>,
    used: usize,
}

impl CountStack {
    /// A zeroed slot for the element being opened, whose children are of the `kinds` given: a
    /// slot used before needs only those kinds zeroed (a few, of a table's hundreds).
    fn push(&mut self, kinds: &[ElementId]) -> usize {
        let at = self.used;
        match at.checked_sub(1) {
            None => self.first.clear(kinds),
            Some(more) => match self.more.get_mut(more) {
                Some(slot) => slot.clear(kinds),
                None => self.more.push(ChildCounts::new()),
            },
        }
        self.used += 1;
        at
    }

    /// The slot [`push`](Self::push) handed out as `at`.
    fn get(&self, at: usize) -> Option<&ChildCounts> {
        match at.checked_sub(1) {
            None => Some(&self.first),
            Some(more) => self.more.get(more),
        }
    }

    fn get_mut(&mut self, at: usize) -> Option<&mut ChildCounts> {
        match at.checked_sub(1) {
            None => Some(&mut self.first),
            Some(more) => self.more.get_mut(more),
        }
    }

    /// Frees the innermost slot.
    fn pop(&mut self) {
        self.used = self.used.saturating_sub(1);
    }
}

/// The rules of a piece of text (`None`: only run time knows it) in an element (`spec`) that
/// holds child elements or not (`elements`): its reports, and whether it counts as text (blank
/// text does not). Shared by the walk and [`StreamCheck`].
#[inline(always)]
fn text_rules(
    spec: &'static ElementSpec,
    text: Option<&str>,
    elements: bool,
    reported_mix: &mut bool,
    report: &mut impl FnMut(Violation),
) -> bool {
    if text.is_some_and(is_blank) {
        return false;
    }
    if elements && spec.text_or_children && !*reported_mix {
        *reported_mix = true;
        report(Violation::TextAndChildren { element: spec });
    }
    if spec.text == TextRule::None {
        report(Violation::TextNotAllowed { element: spec });
    } else if let Some(text) = text
        // Most elements take any text: only an enumerated one needs the call.
        && !spec.text_values.is_empty()
        && let Err(violation) = spec.check_text_value(text)
    {
        report(violation);
    }
    true
}

/// The walk: a stack of open elements instead of recursion, so depth costs heap, not stack.
struct Walk<'v, 'r, D: DocumentView + 'v, R> {
    doc: &'v D,
    report: &'r mut R,
    mixed: Vec<(D::Element, Violation)>,
    stack: Vec<Frame<'v, D>>,
    counts: CountStack,
    /// Children resolved by name under a parent (only allowed ones: refusals are reported).
    children: Recent<'v, ElementId, ElementId>,
    /// Where attribute names stand and which values fit: documents repeat them.
    memo: AttributeMemo<'v>,
}

impl<'v, 'r, D, R> Walk<'v, 'r, D, R>
where
    D: DocumentView + 'v,
    R: FnMut(Option<D::Pos>, Option<D::Element>, Violation),
{
    fn run(&mut self) {
        while let Some(frame) = self.stack.last_mut() {
            let Some(item) = frame.children.next() else {
                let counted = frame.counts.is_some();
                self.close();
                self.stack.pop();
                if counted {
                    self.counts.pop();
                }
                continue;
            };
            self.item(item);
        }
    }

    /// Checks one element's attributes and opens it; its content follows.
    // Inlined into the walk's two callers: a call per element costs its register saves.
    #[inline(always)]
    fn open(&mut self, element: D::Element, id: ElementId, parent: Option<&'static ElementSpec>) {
        let doc = self.doc;
        let spec = id.spec();
        let report = &mut *self.report;
        let report = &mut |at, violation| report(Some(at), Some(element), violation);
        let mut tag = StartTag::new(spec, id, parent);
        for attribute in doc.attributes(element) {
            if let Some((position, found)) = tag.attribute(
                attribute.name,
                attribute.name_pos,
                attribute.value,
                &mut self.memo,
                report,
            ) {
                doc.resolve_attribute(attribute.slot, position, found);
            }
        }
        let text_attribute = tag.finish(report, || doc.name(element).1);
        let children = doc.children(element);
        // An element known to be empty (`<Pause/>`, an SSML `<break/>`) or to hold one piece of
        // text (`<Number>`, `<Play>`), without count rules, is settled here, as its content and
        // its end would settle it, without a frame to push and pop.
        if !spec.has_count_rules() {
            if children.size_hint().1 == Some(0) {
                self.settle_text(element, spec, false, false, text_attribute);
                return;
            }
            if let Some((text, pos)) = doc.sole_text(element) {
                let mut reported_mix = false;
                let has_text = Self::text_item(
                    self.report,
                    spec,
                    Some(element),
                    (Some(text), pos),
                    false,
                    &mut reported_mix,
                );
                self.settle_text(element, spec, has_text, false, text_attribute);
                return;
            }
        }
        let frame = Frame::new(
            Some(element),
            id,
            spec,
            children,
            text_attribute,
            &mut self.counts,
        );
        self.stack.push(frame);
    }

    /// One piece of the innermost open element's content.
    fn item(&mut self, item: Item<'v, D::Element, D::Pos>) {
        let doc = self.doc;
        let Some(frame) = self.stack.last_mut() else {
            return;
        };
        let parent = frame.id;
        let spec = frame.spec;
        let at_element = frame.element;
        match item {
            Item::Element { element, in_branch } => {
                // The name is looked up only for what needs it: an element not resolved yet, a
                // report.
                let pos = || doc.name(element).1;
                frame.elements = true;
                if frame.text && spec.text_or_children && !frame.reported_mix {
                    frame.reported_mix = true;
                    (self.report)(
                        Some(pos()),
                        Some(element),
                        Violation::TextAndChildren { element: spec },
                    );
                }
                if let Some(index) = self.mixed.iter().position(|(verb, _)| *verb == element) {
                    frame.rejected_child = true;
                    let (_, violation) = self.mixed.swap_remove(index);
                    (self.report)(Some(pos()), Some(element), violation);
                    return;
                }
                // The child's entry, or its refusal reported. A refusal leaves the usual path
                // early: a `Result` of the entry or a violation, carried to one match, went
                // through the stack in pieces and was read back whole, a wait on every child.
                let known = doc.resolution(element);
                let child = match child_entry(
                    spec,
                    parent,
                    known,
                    || doc.name(element).0,
                    &mut self.children,
                ) {
                    Ok(child) => child,
                    Err(violation) => {
                        frame.rejected_child = true;
                        (self.report)(Some(pos()), Some(element), violation);
                        return;
                    }
                };
                if known != Some(child) {
                    doc.resolve(element, child);
                }
                if !in_branch
                    && let Some(counts) = frame.counts.and_then(|at| self.counts.get_mut(at))
                {
                    counts.add(child, 1);
                }
                self.open(element, child, Some(spec));
            }
            Item::Text { text, pos } => {
                frame.text |= Self::text_item(
                    self.report,
                    spec,
                    at_element,
                    (text, pos),
                    frame.elements,
                    &mut frame.reported_mix,
                );
            }
            Item::Splice { .. } => {
                if spec.allows_text() {
                    frame.spliced_text = true;
                }
                if !spec.children.is_empty() {
                    frame.uncertain = true;
                }
            }
            Item::RunTime { .. } => frame.uncertain = true,
        }
    }

    /// A piece of text in an element (`spec`, `at_element`): [`text_rules`], reported there.
    #[inline(always)]
    fn text_item(
        report: &mut R,
        spec: &'static ElementSpec,
        at_element: Option<D::Element>,
        (text, pos): (Option<&str>, D::Pos),
        elements: bool,
        reported_mix: &mut bool,
    ) -> bool {
        text_rules(spec, text, elements, reported_mix, &mut |violation| {
            report(Some(pos), at_element, violation)
        })
    }

    /// The rule about required text, at the end of `element`: what it held decides.
    #[inline(always)]
    fn settle_text(
        &mut self,
        element: D::Element,
        spec: &'static ElementSpec,
        has_text: bool,
        elements: bool,
        text_attribute: bool,
    ) {
        if spec.needs_text(has_text, elements, text_attribute) {
            (self.report)(
                Some(self.doc.name(element).1),
                Some(element),
                Violation::TextRequired { element: spec },
            );
        }
    }

    /// What only the end of the innermost open element settles: required text and child
    /// counts. The frame is read where it stands (the caller pops it), not moved.
    fn close(&mut self) {
        let Some(frame) = self.stack.last() else {
            return;
        };
        let Some(element) = frame.element else {
            // A fragment's parent is written elsewhere; its content as a whole is not known here.
            return;
        };
        let spec = frame.spec;
        // A splice next to child elements, in an element that may hold either (`Dial`), is taken
        // for more children: `Dial < Number("…") {more_numbers} >` is not text mixed with them.
        let spliced_text = frame.spliced_text && (!frame.elements || spec.children.is_empty());
        let has_text = frame.text || spliced_text;
        let (elements, text_attribute, counts) =
            (frame.elements, frame.text_attribute, frame.counts);
        self.settle_text(element, spec, has_text, elements, text_attribute);
        let Some(frame) = self.stack.last() else {
            return;
        };
        let Some(counts) = counts.and_then(|at| self.counts.get(at)) else {
            return;
        };
        let (doc, report) = (self.doc, &mut *self.report);
        spec.for_each_count_violation(counts, |violation| {
            if matches!(violation, Violation::TooFewChildren { .. })
                && (frame.uncertain || frame.rejected_child)
            {
                return;
            }
            let (pos, at) = match Self::count_anchor(doc, element, &violation) {
                Some(child) => (doc.name(child).1, child),
                None => (doc.name(element).1, element),
            };
            report(Some(pos), Some(at), violation);
        });
        if frame.uncertain {
            self.doc.count_at_run_time(element);
        }
    }

    /// The child a count problem points at: the first over the maximum, or the first that may
    /// not stand next to an exclusive one.
    fn count_anchor(doc: &D, parent: D::Element, violation: &Violation) -> Option<D::Element> {
        let mut counted = doc.children(parent).filter_map(|item| match item {
            Item::Element {
                element,
                in_branch: false,
            } => doc.resolution(element).map(|id| (element, id.spec())),
            _ => None,
        });
        let is = |spec: &ElementSpec, kind: &ElementSpec| std::ptr::eq(spec, kind);
        match violation {
            Violation::TooManyChildren { child, max, .. } => counted
                .filter(|(_, spec)| child.is_none_or(|kind| is(spec, kind)))
                .nth(*max as usize)
                .map(|(element, _)| element),
            Violation::ExclusiveChild { other, .. } => counted
                .find(|(_, spec)| is(spec, other))
                .map(|(element, _)| element),
            _ => None,
        }
    }
}
