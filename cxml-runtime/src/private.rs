//! What generated code calls. Not a public API: reached through `cxml::__private` only.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::escape::{self, EscapingWriter, escape_attribute, escape_text};
use crate::fragment::Fragment;
use crate::rendered::{Problems, Rendered};
use crate::schema::{Channel, ElementId, ValueType, Violation};

pub use crate::schema::{ChildCounts, ElementId as Id, ids};

/// For the `parse` fuzz target: whether both readers read an input the same way.
#[cfg(feature = "parse")]
pub use crate::parse::readers_agree;

/// Every element id, by table index: generated code names an element as `IDS[index]`, which a
/// wrong index turns into a compile error rather than a wrong element.
pub const IDS: [ElementId; crate::schema::ELEMENT_COUNT] = {
    let mut all = [ids::VOICE_RESPONSE; crate::schema::ELEMENT_COUNT];
    let mut index = 0;
    while index < all.len() {
        if let Some(id) = ElementId::new(index) {
            all[index] = id;
        }
        index += 1;
    }
    all
};

/// [`IDS`] of Twilio's table: `twiml!` expansions name an element as `IDS[index]` too, with
/// `cxml::twilio::__private::IDS` being this array.
pub const TWILIO_IDS: [ElementId; crate::schema::twilio::ELEMENT_COUNT] = {
    let mut all =
        [crate::schema::twilio::ids::VOICE_RESPONSE; crate::schema::twilio::ELEMENT_COUNT];
    let mut index = 0;
    while index < all.len() {
        if let Some(id) = ElementId::new_in(crate::schema::Platform::Twilio, index) {
            all[index] = id;
        }
        index += 1;
    }
    all
};

/// The size a call site's documents need, learned from its renders (one `static` per `cxml!`).
///
/// Generated code runs user expressions where they are written, so the length of a value or of
/// a loop is only known once the buffer is full. Each render records its length here; the next
/// one allocates that much at once, so that in the steady state a render allocates once and never
/// grows its buffer, whatever the document's shape.
///
/// The hint grows at once (to the size needed, with an eighth more) and comes back down after
/// [`SHRINK_AFTER`] renders in a row that needed less than half of it, to what the last of them
/// needed: one outlier does not make its call site over-allocate for good, and a call site
/// whose documents alternate between small and large keeps room for the large ones. One word
/// holds both, the hint rounded to 16 bytes and the count of small renders in its low bits; in
/// the steady state a render reads it once and writes nothing.
pub struct SizeHint(AtomicUsize);

/// The low bits of a [`SizeHint`]: how many renders in a row needed less than half the hint.
const SMALL_RENDERS: usize = 0b1111;

/// Renders in a row that need less than half of a [`SizeHint`] before it comes down to them.
pub const SHRINK_AFTER: usize = 8;

impl SizeHint {
    /// Nothing learned yet.
    #[allow(clippy::new_without_default)] // used in `static` items: must be `const`
    pub const fn new() -> Self {
        SizeHint(AtomicUsize::new(0))
    }

    /// The capacity to allocate: what this call site needed before, else `estimate`.
    #[inline]
    fn capacity(&self, estimate: usize) -> usize {
        match self.0.load(Ordering::Relaxed) & !SMALL_RENDERS {
            0 => estimate,
            learned => learned,
        }
    }

    /// Room for a document of `len` bytes and a little growth: an eighth more, rounded up to 16.
    #[inline]
    fn room_for(len: usize) -> usize {
        len.saturating_add(len / 8).saturating_add(SMALL_RENDERS) & !SMALL_RENDERS
    }

    /// Records a finished render of `len` bytes. The common case (it fitted, and needed at
    /// least half the hint) is a load and two compares, with no write to shared memory.
    #[inline]
    fn learn(&self, len: usize) {
        let word = self.0.load(Ordering::Relaxed);
        let hint = word & !SMALL_RENDERS;
        if len > hint {
            // `fetch_max`: of two renders that grew at once, the larger is kept.
            self.0.fetch_max(Self::room_for(len), Ordering::Relaxed);
        } else if len < hint / 2 || word & SMALL_RENDERS != 0 {
            self.learn_small(word, len);
        }
    }

    /// The rest of [`learn`](Self::learn): a render that needed less than half the hint counts
    /// one more in a row, and the [`SHRINK_AFTER`]th brings the hint down to it; one that needed
    /// more ends the row. A render of another thread that wrote in between wins (the hint is
    /// only a hint).
    #[inline(never)]
    fn learn_small(&self, word: usize, len: usize) {
        let hint = word & !SMALL_RENDERS;
        let next = if len >= hint / 2 {
            hint
        } else if word & SMALL_RENDERS >= SHRINK_AFTER - 1 {
            Self::room_for(len)
        } else {
            word + 1
        };
        let _ = self
            .0
            .compare_exchange(word, next, Ordering::Relaxed, Ordering::Relaxed);
    }
}

/// The buffer a render writes into, with the run-time problems found on the way.
pub struct Out {
    buf: String,
    problems: Problems,
    size: Option<&'static SizeHint>,
    /// A byte of the URL being written (as the value of an attribute that
    /// [`check_url`](Self::check_url) checks next, which clears it) needs the full check.
    suspect: bool,
    /// The integer this render wrote last, and where its digits stand in `buf`: the same value
    /// spliced again (a number in a callback URL and in the text) is copied, not formatted twice.
    last_integer: LastInteger,
    /// Where the URL this render last wrote before a query it added parameters to stands in
    /// `buf`, written as it was given (nothing escaped, no `?`, `#` or byte a URL may not hold):
    /// the same text again (a `CallbackUrl` per `Number` of a `Dial` loop, made from one base) is
    /// compared with it and copied, not looked at again. Empty (`len` 0) when there is none.
    last_base: std::ops::Range<usize>,
}

/// The last integer an [`Out`] wrote with [`Out::push_integer`]: its value and where its digits
/// stand in the buffer; `value` is [`LastInteger::NONE`] when there is none.
///
/// The digits stay where they were written: the buffer only grows, and the two places that
/// shorten it ([`Out::close`], [`attr_integer`]) cut only what was written after them, and drop
/// the entry anyway.
#[derive(Clone, Copy)]
struct LastInteger {
    value: i128,
    at: usize,
    len: usize,
}

impl LastInteger {
    /// No integer: a value never remembered (`i128::MIN` itself is written as it comes).
    const NONE: i128 = i128::MIN;
    /// The entry of a buffer with no integer to copy.
    const EMPTY: LastInteger = LastInteger {
        value: LastInteger::NONE,
        at: 0,
        len: 0,
    };
}

impl Out {
    /// A buffer of the size `size` learned, or of `estimate` on the call site's first render.
    #[inline]
    pub fn sized(size: &'static SizeHint, estimate: usize) -> Self {
        Out {
            buf: String::with_capacity(size.capacity(estimate)),
            problems: Problems::default(),
            size: Some(size),
            suspect: false,
            last_integer: LastInteger::EMPTY,
            last_base: 0..0,
        }
    }

    /// A buffer of a fixed capacity, that learns nothing (the expansion of an input with errors).
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        Out {
            buf: String::with_capacity(capacity),
            problems: Problems::default(),
            size: None,
            suspect: false,
            last_integer: LastInteger::EMPTY,
            last_base: 0..0,
        }
    }

    /// The text, once its length has been recorded for the next render.
    #[inline]
    fn into_text(self) -> (String, Problems) {
        if let Some(size) = self.size {
            size.learn(self.buf.len());
        }
        (self.buf, self.problems)
    }

    /// Appends markup made (and escaped) at compile time.
    #[inline]
    pub fn push(&mut self, markup: &'static str) {
        self.buf.push_str(markup);
    }

    /// Appends an integer in decimal, `key` its value (not [`LastInteger::NONE`]): the digits
    /// of the integer written last are copied when `key` is the same (same value, same digits,
    /// whatever its type), else formatted with `itoa` and remembered. Formatting the same number
    /// twice in a row costs more time than its instructions say: the copy reads back digits
    /// just written piece by piece.
    #[inline]
    fn push_integer<T: itoa::Integer>(&mut self, value: T, key: i128) {
        let last = self.last_integer;
        if last.value == key {
            self.buf.extend_from_within(last.at..last.at + last.len);
            return;
        }
        let at = self.buf.len();
        self.buf.push_str(itoa::Buffer::new().format(value));
        self.last_integer = LastInteger {
            value: key,
            at,
            len: self.buf.len() - at,
        };
    }

    /// Records a broken rule.
    #[cold]
    pub fn problem(&mut self, violation: Violation) {
        self.problems.push(violation);
    }

    /// Where the next write lands: marks a run-time attribute or an element's content so that
    /// [`check_attribute`](Self::check_attribute) or [`check_text`](Self::check_text) can judge
    /// what was written after it.
    #[inline]
    pub fn mark(&self) -> usize {
        self.buf.len()
    }

    /// Shortens the output to `len` bytes. The one way to take output back: the integer and
    /// the URL base this render remembers point into the output, so they are forgotten with it.
    #[inline]
    fn cut(&mut self, len: usize) {
        self.last_integer = LastInteger::EMPTY;
        self.last_base = 0..0;
        self.buf.truncate(len);
    }

    /// Ends an element whose content is known only at run time: `end_tag` after the content, or,
    /// when nothing was written since `mark` (just after the start tag's `>`), `/>` in place of
    /// that `>`, as an empty element written at compile time is.
    #[inline]
    pub fn close(&mut self, mark: usize, end_tag: &'static str) {
        if self.buf.len() == mark && self.buf.ends_with('>') {
            self.cut(mark - 1);
            self.buf.push_str("/>");
        } else {
            self.buf.push_str(end_tag);
        }
    }

    /// Checks a run-time URL written from `mark` as ` name="value"`
    /// (nothing for `None`), for an attribute without a length limit whose static pieces are
    /// printable ASCII; `prefix` is the length of ` name="`, `trailing` that of the static
    /// markup written after the value's closing `"`.
    ///
    /// The escaping already looked at every byte of the run-time pieces: a non-empty URL in which
    /// it saw no whitespace, control character, DEL or non-ASCII character is one that
    /// [`check_attribute`](Self::check_attribute) accepts too. Anything else goes there.
    #[inline]
    pub fn check_url(&mut self, at: AttrRef, prefix: usize, mark: usize, trailing: usize) {
        let suspect = std::mem::take(&mut self.suspect);
        let written = self.buf.len() - trailing - mark;
        if written == 0 || (!suspect && written > prefix + 1) {
            return;
        }
        self.check_attribute(at, mark, trailing);
    }

    /// Appends an attribute value, escaped (noting, for a `URL` checked by
    /// [`check_url`](Self::check_url), the bytes that need a check).
    #[inline]
    fn attribute_value<const URL: bool>(&mut self, value: &str) {
        if URL {
            self.suspect |= escape::escape_url(&mut self.buf, value);
        } else {
            escape_attribute(&mut self.buf, value);
        }
    }

    /// Checks a run-time value written from `mark` as ` name="value"` (nothing for `None`),
    /// followed by `trailing` bytes of static markup, against its attribute, with the function
    /// that checks literals and the reader's values.
    #[inline(never)]
    pub fn check_attribute(&mut self, at: AttrRef, mark: usize, trailing: usize) {
        let element = at.element.spec();
        let Some(attribute) = element.attributes.get(at.attribute) else {
            return;
        };
        // What was written is ` name="value"`, or nothing for `None`.
        let prefix = attribute.name.len() + 3;
        let end = self.buf.len().saturating_sub(trailing);
        let Some(value) = self
            .buf
            .get(mark..end)
            .filter(|written| written.len() > prefix)
            .and_then(|written| written.get(prefix..written.len() - 1))
        else {
            return;
        };
        let same_verdict = !value.contains('&')
            || (matches!(attribute.ty, ValueType::Url)
                && attribute.max_length.is_none()
                && !value.contains("&#"));
        if same_verdict && element.check_value(attribute, value).is_ok() {
            return;
        }
        if let Err(violation) = element.check_value(attribute, &unescape_written(value)) {
            self.problem(violation);
        }
    }

    /// Checks that an element whose text comes only from run-time values got some: the content
    /// written since `mark` must hold text that is not blank ([`crate::schema::is_blank`], the
    /// reader's definition), or, where the table says so, a child element, as the reader
    /// requires of the same document.
    #[inline(always)]
    pub fn check_text(&mut self, element: ElementId, mark: usize) {
        // The common case, decided here: content that starts with an ASCII character that is
        // neither whitespace nor markup has text. Anything else, a non-ASCII character
        // included (it may be a Unicode space), takes the full check.
        if self.buf.as_bytes().get(mark).is_some_and(|&first| {
            first.is_ascii() && !matches!(first, b'\t'..=b'\r' | b' ' | b'&' | b'<')
        }) {
            return;
        }
        self.check_blank_text(element, mark);
    }

    /// The rest of [`check_text`](Self::check_text): content that may be blank.
    #[inline(never)]
    fn check_blank_text(&mut self, element: ElementId, mark: usize) {
        let content = self.buf.get(mark..).unwrap_or_default();
        let has_text = content
            .split(['<', '>'])
            .step_by(2)
            .any(|text| !crate::schema::is_blank(&unescape_written(text)));
        let spec = element.spec();
        if spec.needs_text(has_text, content.contains('<'), false) {
            self.problem(Violation::TextRequired { element: spec });
        }
    }

    /// Checks the children counted for an element at run time.
    pub fn check_counts(&mut self, element: ElementId, counts: &ChildCounts) {
        let problems = &mut self.problems;
        element
            .spec()
            .for_each_count_violation(counts, |violation| problems.push(violation));
    }

    /// The finished document.
    #[inline]
    pub fn finish(self, channel: Channel) -> Rendered {
        let (text, problems) = self.into_text();
        Rendered::from_parts(text, channel, problems.into_error())
    }

    /// The finished fragment.
    #[inline]
    pub fn finish_fragment<P>(self, counts: ChildCounts) -> Fragment<P> {
        let (text, problems) = self.into_text();
        Fragment::from_parts(text, counts, problems)
    }
}

/// A value as this module's escaper wrote it, read back: the only references it writes are
/// `&amp; &lt; &gt; &quot;` and `&#9; &#10; &#13;`.
fn unescape_written(value: &str) -> Cow<'_, str> {
    if !value.contains('&') {
        return Cow::Borrowed(value);
    }
    let mut text = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let (reference, character) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#9;", '\t'),
            ("&#10;", '\n'),
            ("&#13;", '\r'),
        ]
        .into_iter()
        .find(|(reference, _)| rest.starts_with(reference))
        .unwrap_or(("&", '&'));
        text.push(character);
        rest = &rest[reference.len()..];
    }
    text.push_str(rest);
    Cow::Owned(text)
}

/// Wraps a spliced value so method lookup picks the best way to write it
/// (fragment, then string, then `Display`): autoref specialisation, resolved at compile time.
pub struct Splice<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized> Clone for Splice<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Splice<'_, T> {}

impl<'a, T: TextValue + ?Sized> Splice<'a, T> {
    /// A value spliced where only text may stand (an argument of a `format_args!` taken apart):
    /// a wrong type fails here, with a message that says what to write, and [`PartNotText`]
    /// keeps that the only error.
    #[inline]
    pub fn text(value: &'a T) -> Self {
        Splice(value)
    }
}

impl<'a, T: ?Sized> Splice<'a, T> {
    /// A value spliced as an element's text, where an `Option` may stand too (`None` writes
    /// nothing): a wrong type fails here, and [`PartNotText`] keeps that the only error.
    #[inline]
    pub fn content<M>(value: &'a T) -> Self
    where
        T: ContentValue<M>,
    {
        Splice(value)
    }

    /// A value spliced among the children of `P`, an element that holds text and elements: a
    /// wrong type fails here, and [`SpliceNotChild`] keeps that the only error. A fragment
    /// passes, and the parent it was made for is checked when it is written ([`SameParent`]).
    #[inline]
    pub fn child<P, M>(value: &'a T) -> Self
    where
        T: ChildValue<P, M>,
    {
        Splice(value)
    }

    /// A value spliced as a text-like attribute's value: a wrong type fails here, and
    /// [`AttrNotText`] keeps that the only error.
    #[inline]
    pub fn attribute<M>(value: &'a T) -> Self
    where
        T: AttributeValue<M>,
    {
        Splice(value)
    }
}

/// What may be spliced as text inside `format_args!`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be written as text: expected a string, a number or a `Display` value",
    label = "expected a string, a number or any `Display` value",
    note = "splice a `&str`, a `String`, a number, `format_args!(…)`, or a value of a type that implements `std::fmt::Display`"
)]
pub trait TextValue {}

#[diagnostic::do_not_recommend]
impl<T: fmt::Display + ?Sized> TextValue for T {}

/// The ways a splice can be written: as it is, or an `Option` of it (`None` writes nothing).
/// Markers of the impls of [`ContentValue`], [`ChildValue`] and [`AttributeValue`], which
/// would overlap without them.
pub mod way {
    /// The value itself (`Display`, or a fragment).
    pub enum Itself {}
    /// An `Option` of a value, or a reference to one.
    pub enum Optional {}
}

/// An `Option` of a `Display` value, or a reference to one: written when it is `Some`.
pub trait MaybeText {
    /// The value to write.
    type Text: fmt::Display + ?Sized;
    /// The value to write, if any.
    fn text(&self) -> Option<&Self::Text>;
}

impl<T: fmt::Display> MaybeText for Option<T> {
    type Text = T;
    #[inline]
    fn text(&self) -> Option<&T> {
        self.as_ref()
    }
}

impl<T: MaybeText + ?Sized> MaybeText for &T {
    type Text = T::Text;
    #[inline]
    fn text(&self) -> Option<&T::Text> {
        (**self).text()
    }
}

/// What may be spliced as an element's text.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be written as text: expected a string, a number, a `Display` value or an `Option` of one",
    label = "expected a string, a number or any `Display` value, or an `Option` of one",
    note = "splice a `&str`, a `String`, a number, `format_args!(…)`, a value of a type that implements `std::fmt::Display`, or an `Option` of one (`None` writes nothing)"
)]
pub trait ContentValue<M> {}

#[diagnostic::do_not_recommend]
impl<T: fmt::Display + ?Sized> ContentValue<way::Itself> for T {}

#[diagnostic::do_not_recommend]
impl<T: MaybeText> ContentValue<way::Optional> for T {}

/// What may be spliced among the children of `P`, an element that holds text and elements.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be spliced in `{P}`: expected text (a string, a number, a `Display` value or an `Option` of one) or a `Fragment<{P}>`",
    label = "expected text, or a `cxml::Fragment` for `{P}`",
    note = "splice text, an `Option` of text (`None` writes nothing), or children built with `cxml!(in {P}: …)` (a `Fragment<{P}>`, or a `Vec`, slice, array or `Option` of them); collect an iterator of fragments into one with `.collect::<Fragment<_>>()`, or write a `for` loop in the document"
)]
pub trait ChildValue<P, M> {}

#[diagnostic::do_not_recommend]
impl<P, T: fmt::Display + ?Sized> ChildValue<P, way::Itself> for T {}

#[diagnostic::do_not_recommend]
impl<P, T: MaybeText> ChildValue<P, way::Optional> for T {}

/// Fragments pass the gate; their parent is checked where they are written.
pub enum Fragments {}

#[diagnostic::do_not_recommend]
impl<P, T: FragmentSource + ?Sized> ChildValue<P, Fragments> for T {}

/// What may be the value of a text-like attribute (string, URL, list).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an attribute's value: expected a string, a number, a `Display` value or an `Option` of one",
    label = "expected a string, a number or any `Display` value, or an `Option` of one",
    note = "write a `&str`, a `String`, a number, `format_args!(…)` or a value of a type that implements `std::fmt::Display`, or an `Option` of one to leave the attribute out with `None`"
)]
pub trait AttributeValue<M> {}

#[diagnostic::do_not_recommend]
impl<T: fmt::Display + ?Sized> AttributeValue<way::Itself> for T {}

#[diagnostic::do_not_recommend]
impl<T: MaybeText> AttributeValue<way::Optional> for T {}

/// The last way method lookup tries to write a text splice: reached only by a type that is not
/// text, whose `Splice::text` or `Splice::content` already failed to compile, so that failure
/// is the one error shown.
pub trait PartNotText {
    /// Writes nothing: never reached by a program that compiles.
    fn write_text_part(self, out: &mut Out);
    /// Writes nothing: never reached by a program that compiles (an argument of a
    /// `format_args!` attribute value, made with `Splice::text` for the same one error).
    fn write_attribute_part<const URL: bool>(self, out: &mut Out);
}

impl<T: ?Sized> PartNotText for Splice<'_, T> {
    #[inline]
    fn write_text_part(self, _out: &mut Out) {}
    #[inline]
    fn write_attribute_part<const URL: bool>(self, _out: &mut Out) {}
}

/// First choice for an element's text, ahead of the integer: an `Option`, written when `Some`.
pub trait PartOption {
    /// Appends the value escaped as text, or nothing for `None`.
    fn write_text_part(&self, out: &mut Out);
}

impl<T: MaybeText + ?Sized> PartOption for &&&Splice<'_, T> {
    #[inline]
    fn write_text_part(&self, out: &mut Out) {
        if let Some(text) = self.0.text() {
            PartDisplay::write_text_part(&Splice(text), out);
        }
    }
}

/// Names the parent element of a splice at the type level.
pub struct Parent<P>(pub PhantomData<P>);

impl<P> Parent<P> {
    /// The marker for parent `P`.
    pub const NEW: Self = Parent(PhantomData);
}

/// Implemented by the marker of every element that may hold text.
#[diagnostic::on_unimplemented(
    message = "`{Self}` holds no text, so only a `cxml::Fragment` for it can be spliced here",
    label = "not a fragment for this element"
)]
pub trait AcceptsText {}

/// A fragment (or a collection of fragments) for the parent `Self::Parent`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be spliced here: only child elements may stand here, as a `cxml::Fragment`",
    label = "expected a `cxml::Fragment` built with `cxml!(in Parent: …)`",
    note = "build the children with `cxml!(in Parent: …)` (a `Fragment`, or a `Vec`, slice, array or `Option` of them), or write them inline"
)]
pub trait FragmentSource {
    /// The marker of the element the fragments belong in.
    type Parent;
    /// Writes the fragments' markup and merges their counts.
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>);
}

/// Proof that a fragment made for `Self` may stand in `P`: only when they are the same element.
#[diagnostic::on_unimplemented(
    message = "this fragment belongs in `{Self}`, not in `{P}`: only a `Fragment<{P}>` fits here",
    label = "fragment for another parent",
    note = "a `Fragment<X>` can only be spliced directly inside the element `X`"
)]
pub trait SameParent<P> {}

impl<P> SameParent<P> for P {}

#[diagnostic::do_not_recommend]
impl<P> FragmentSource for Fragment<P> {
    type Parent = P;
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        out.buf.push_str(self.as_str());
        if let Some(counts) = counts {
            counts.merge(self.counts());
        }
        out.problems.merge(self.problems().clone());
    }
}

#[diagnostic::do_not_recommend]
impl<P> FragmentSource for [Fragment<P>] {
    type Parent = P;
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        let mut counts = counts;
        for fragment in self {
            fragment.write_fragments(out, counts.as_deref_mut());
        }
    }
}

#[diagnostic::do_not_recommend]
impl<P, const N: usize> FragmentSource for [Fragment<P>; N] {
    type Parent = P;
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        self.as_slice().write_fragments(out, counts);
    }
}

#[diagnostic::do_not_recommend]
impl<P> FragmentSource for Vec<Fragment<P>> {
    type Parent = P;
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        self.as_slice().write_fragments(out, counts);
    }
}

#[diagnostic::do_not_recommend]
impl<P> FragmentSource for Option<Fragment<P>> {
    type Parent = P;
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        if let Some(fragment) = self {
            fragment.write_fragments(out, counts);
        }
    }
}

#[diagnostic::do_not_recommend]
impl<T: FragmentSource + ?Sized> FragmentSource for &T {
    type Parent = T::Parent;
    fn write_fragments(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        (**self).write_fragments(out, counts);
    }
}

/// First choice for `{expr}` among children: fragments.
pub trait SpliceFragment {
    /// The marker of the element the fragment belongs in.
    type Parent;
    /// Writes the splice into a parent `P`.
    fn splice_child<P>(&self, out: &mut Out, counts: Option<&mut ChildCounts>, parent: Parent<P>)
    where
        Self::Parent: SameParent<P>;
}

impl<T: FragmentSource + ?Sized> SpliceFragment for &&Splice<'_, T> {
    type Parent = T::Parent;
    #[inline]
    fn splice_child<P>(&self, out: &mut Out, counts: Option<&mut ChildCounts>, _parent: Parent<P>)
    where
        Self::Parent: SameParent<P>,
    {
        self.0.write_fragments(out, counts);
    }
}

/// Second choice: anything that is a string, escaped as text.
pub trait SpliceStr {
    /// Writes the splice into a parent `P`.
    fn splice_child<P: AcceptsText>(
        &self,
        out: &mut Out,
        counts: Option<&mut ChildCounts>,
        parent: Parent<P>,
    );
}

impl<T: AsRef<str> + ?Sized> SpliceStr for &Splice<'_, T> {
    #[inline]
    fn splice_child<P: AcceptsText>(
        &self,
        out: &mut Out,
        _: Option<&mut ChildCounts>,
        _: Parent<P>,
    ) {
        self.write_text_part(out);
    }
}

/// Last choice: anything `Display`, escaped as text while it is formatted.
pub trait SpliceDisplay {
    /// Writes the splice into a parent `P`.
    fn splice_child<P: AcceptsText>(
        &self,
        out: &mut Out,
        counts: Option<&mut ChildCounts>,
        parent: Parent<P>,
    );
}

impl<T: fmt::Display + ?Sized> SpliceDisplay for Splice<'_, T> {
    #[inline]
    fn splice_child<P: AcceptsText>(
        &self,
        out: &mut Out,
        _: Option<&mut ChildCounts>,
        _: Parent<P>,
    ) {
        self.write_text_part(out);
    }
}

/// First choice for an `Option` among children (ahead of fragments): written when `Some`.
pub trait SpliceOption {
    /// Writes the splice into a parent `P`.
    fn splice_child<P: AcceptsText>(
        &self,
        out: &mut Out,
        counts: Option<&mut ChildCounts>,
        parent: Parent<P>,
    );
}

impl<T: MaybeText + ?Sized> SpliceOption for &&&Splice<'_, T> {
    #[inline]
    fn splice_child<P: AcceptsText>(
        &self,
        out: &mut Out,
        _: Option<&mut ChildCounts>,
        _: Parent<P>,
    ) {
        if let Some(text) = self.0.text() {
            PartDisplay::write_text_part(&Splice(text), out);
        }
    }
}

/// The last way method lookup tries to write a splice among children: reached only by a type
/// that fits nowhere, whose `Splice::child` already failed to compile, so that failure is the
/// one error shown.
pub trait SpliceNotChild {
    /// Writes nothing: never reached by a program that compiles.
    fn splice_child<P>(self, out: &mut Out, counts: Option<&mut ChildCounts>, parent: Parent<P>);
}

impl<T: ?Sized> SpliceNotChild for Splice<'_, T> {
    #[inline]
    fn splice_child<P>(self, _: &mut Out, _: Option<&mut ChildCounts>, _: Parent<P>) {}
}

/// What may be spliced where only child elements of `P` may stand: fragments.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be spliced in `{P}`: no text may stand here, only child elements, as a `Fragment<{P}>`",
    label = "expected a `cxml::Fragment` built with `cxml!(in {P}: …)`",
    note = "build the children with `cxml!(in {P}: …)` (a `Fragment<{P}>`, or a `Vec`, slice, array or `Option` of them), or write them inline; collect an iterator of fragments into one with `.collect::<Fragment<_>>()`, or write a `for` loop in the document"
)]
pub trait FragmentsFor<P> {
    /// The marker of the element the fragments belong in.
    type Parent;
    /// Writes the fragments' markup and merges their counts.
    fn write_fragments_in(&self, out: &mut Out, counts: Option<&mut ChildCounts>);
}

#[diagnostic::do_not_recommend]
impl<P, T: FragmentSource + ?Sized> FragmentsFor<P> for T {
    type Parent = T::Parent;
    #[inline]
    fn write_fragments_in(&self, out: &mut Out, counts: Option<&mut ChildCounts>) {
        self.write_fragments(out, counts);
    }
}

/// Splices into a parent that holds no text (or no text next to its written children): only
/// fragments are accepted.
#[inline]
pub fn splice_fragment<P, T>(out: &mut Out, counts: Option<&mut ChildCounts>, value: &T)
where
    T: FragmentsFor<P> + ?Sized,
    <T as FragmentsFor<P>>::Parent: SameParent<P>,
{
    value.write_fragments_in(out, counts);
}

/// Writes a value of a text-like attribute (string, URL, list): `prefix` is ` name="`; `URL`
/// when [`Out::check_url`] checks it next (the escaping notes what needs that check).
pub trait AttrStr {
    /// Writes ` name="value"`, or nothing for `None`.
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str);
}

impl<T: MaybeText + ?Sized> AttrStr for &&Splice<'_, T> {
    #[inline]
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str) {
        if let Some(value) = self.0.text() {
            AttrDisplay::write_attr::<URL>(&Splice(value), out, prefix);
        }
    }
}

/// The last way method lookup tries to write an attribute: reached only by a type that is
/// not text, whose `Splice::attribute` already failed to compile, so that failure is the one
/// error shown.
pub trait AttrNotText {
    /// Writes nothing: never reached by a program that compiles.
    fn write_attr<const URL: bool>(self, out: &mut Out, prefix: &'static str);
}

impl<T: ?Sized> AttrNotText for Splice<'_, T> {
    #[inline]
    fn write_attr<const URL: bool>(self, _: &mut Out, _: &'static str) {}
}

/// A value that is a few pieces of text one after the other (a `cxml::CallbackUrl`: its base,
/// its parameters, its fragment), spliced piece by piece, each escaped straight into the
/// document: no `String` of the whole is made. Ahead of `AsRef<str>` and `Display`.
pub trait TextPieces {
    /// The pieces, in order (any may be empty).
    fn pieces(&self) -> [&str; 3];
}

impl<T: TextPieces + ?Sized> TextPieces for &T {
    #[inline]
    fn pieces(&self) -> [&str; 3] {
        (**self).pieces()
    }
}

/// First choice for attributes, with [`AttrStr`] (a type is one or the other): text in pieces.
pub trait AttrPieces {
    /// Writes ` name="value"`.
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str);
}

impl<T: TextPieces + ?Sized> AttrPieces for &&Splice<'_, T> {
    #[inline]
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str) {
        out.buf.push_str(prefix);
        PartPieces::write_attribute_part::<URL>(self, out);
        out.buf.push('"');
    }
}

/// Second choice for attributes: strings.
pub trait AttrAsStr {
    /// Writes ` name="value"`.
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str);
}

impl<T: AsRef<str> + ?Sized> AttrAsStr for &Splice<'_, T> {
    #[inline]
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str) {
        out.buf.push_str(prefix);
        out.attribute_value::<URL>(self.0.as_ref());
        out.buf.push('"');
    }
}

/// Last choice for attributes: `Display`.
pub trait AttrDisplay {
    /// Writes ` name="value"`.
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str);
}

impl<T: fmt::Display + ?Sized> AttrDisplay for Splice<'_, T> {
    #[inline]
    fn write_attr<const URL: bool>(&self, out: &mut Out, prefix: &'static str) {
        out.buf.push_str(prefix);
        let _ = write!(AttributeWriter::<URL>(out), "{}", self.0);
        out.buf.push('"');
    }
}

/// A Rust enum generated for a closed list of attribute values.
pub trait EnumValue: Copy {
    /// The value as written in XML.
    fn as_xml(self) -> &'static str;
}

/// A run-time value for an attribute whose values form the enum `E`.
#[diagnostic::on_unimplemented(
    message = "this attribute takes a `{E}`, not `{Self}`",
    label = "expected `{E}` or `Option<{E}>`",
    note = "the values of `{E}` are the attribute's documented values; see `cxml::values`"
)]
pub trait EnumAttr<E> {
    /// The value, or `None` to leave the attribute out.
    fn enum_value(self) -> Option<E>;
}

#[diagnostic::do_not_recommend]
impl<E: EnumValue> EnumAttr<E> for E {
    fn enum_value(self) -> Option<E> {
        Some(self)
    }
}

#[diagnostic::do_not_recommend]
impl<E: EnumValue> EnumAttr<E> for Option<E> {
    fn enum_value(self) -> Option<E> {
        self
    }
}

#[diagnostic::do_not_recommend]
impl<E: EnumValue> EnumAttr<E> for &E {
    fn enum_value(self) -> Option<E> {
        Some(*self)
    }
}

#[diagnostic::do_not_recommend]
impl<E: EnumValue> EnumAttr<E> for &Option<E> {
    fn enum_value(self) -> Option<E> {
        *self
    }
}

/// Writes an enum attribute.
#[inline]
pub fn attr_enum<E: EnumValue, V: EnumAttr<E>>(out: &mut Out, prefix: &'static str, value: V) {
    if let Some(value) = value.enum_value() {
        out.buf.push_str(prefix);
        out.buf.push_str(value.as_xml());
        out.buf.push('"');
    }
}

/// A run-time value for a boolean attribute.
#[diagnostic::on_unimplemented(
    message = "this attribute takes a `bool`, not `{Self}`",
    label = "expected `bool` or `Option<bool>`",
    note = "write a `bool` expression, or an `Option<bool>` to leave the attribute out with `None`"
)]
pub trait BoolAttr {
    /// The value, or `None` to leave the attribute out.
    fn bool_value(self) -> Option<bool>;
}

#[diagnostic::do_not_recommend]
impl BoolAttr for bool {
    fn bool_value(self) -> Option<bool> {
        Some(self)
    }
}

#[diagnostic::do_not_recommend]
impl BoolAttr for Option<bool> {
    fn bool_value(self) -> Option<bool> {
        self
    }
}

#[diagnostic::do_not_recommend]
impl BoolAttr for &bool {
    fn bool_value(self) -> Option<bool> {
        Some(*self)
    }
}

#[diagnostic::do_not_recommend]
impl BoolAttr for &Option<bool> {
    fn bool_value(self) -> Option<bool> {
        *self
    }
}

/// Writes a boolean attribute.
#[inline]
pub fn attr_bool<V: BoolAttr>(out: &mut Out, prefix: &'static str, value: V) {
    if let Some(value) = value.bool_value() {
        out.buf.push_str(prefix);
        out.buf.push_str(if value { "true" } else { "false" });
        out.buf.push('"');
    }
}

/// A run-time number for an integer or decimal attribute.
#[diagnostic::on_unimplemented(
    message = "this attribute takes a number, not `{Self}`",
    label = "expected an integer (or `Option` of one)",
    note = "write an integer expression (`20`, `secs`, `u32::from(n)`), or an `Option` of one to leave the attribute out with `None`"
)]
pub trait NumberAttr {
    /// Writes the number; returns it as `f64` for the range check, or `None` when absent.
    fn write_number(self, out: &mut String) -> Option<f64>;
}

macro_rules! number_attr {
    ($($ty:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl NumberAttr for $ty {
            #[inline]
            fn write_number(self, out: &mut String) -> Option<f64> {
                let _ = write!(out, "{}", self);
                Some(self as f64)
            }
        }
        #[diagnostic::do_not_recommend]
        impl NumberAttr for &$ty {
            #[inline]
            fn write_number(self, out: &mut String) -> Option<f64> {
                (*self).write_number(out)
            }
        }
        #[diagnostic::do_not_recommend]
        impl NumberAttr for Option<$ty> {
            #[inline]
            fn write_number(self, out: &mut String) -> Option<f64> {
                self.and_then(|value| value.write_number(out))
            }
        }
        #[diagnostic::do_not_recommend]
        impl NumberAttr for &Option<$ty> {
            #[inline]
            fn write_number(self, out: &mut String) -> Option<f64> {
                (*self).and_then(|value| value.write_number(out))
            }
        }
    )*};
}

number_attr!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

/// A run-time number for a decimal attribute (integers or floats).
#[diagnostic::on_unimplemented(
    message = "this attribute takes a decimal number, not `{Self}`",
    label = "expected `f64`, `f32` or an integer (or `Option` of one)",
    note = "write a number expression (`10.5`, `amount`), or an `Option` of one to leave the attribute out with `None`"
)]
pub trait DecimalAttr {
    /// The number, or `None` to leave the attribute out.
    fn decimal_value(self) -> Option<f64>;
}

macro_rules! decimal_attr {
    ($($ty:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl DecimalAttr for $ty {
            fn decimal_value(self) -> Option<f64> { Some(self as f64) }
        }
        #[diagnostic::do_not_recommend]
        impl DecimalAttr for &$ty {
            fn decimal_value(self) -> Option<f64> { Some(*self as f64) }
        }
        #[diagnostic::do_not_recommend]
        impl DecimalAttr for Option<$ty> {
            fn decimal_value(self) -> Option<f64> { self.map(|value| value as f64) }
        }
        #[diagnostic::do_not_recommend]
        impl DecimalAttr for &Option<$ty> {
            fn decimal_value(self) -> Option<f64> { self.map(|value| value as f64) }
        }
    )*};
}

decimal_attr!(f32, f64, u8, u16, u32, u64, i8, i16, i32, i64, usize, isize);

/// Which attribute a run-time number is for, so its documented range can be checked.
#[derive(Clone, Copy)]
pub struct AttrRef {
    /// The element.
    pub element: ElementId,
    /// The attribute's index in the element's table entry.
    pub attribute: usize,
}

impl AttrRef {
    fn check(self, out: &mut Out, number: f64) {
        let element = self.element.spec();
        if let Some(attribute) = element.attributes.get(self.attribute)
            && let Err(violation) = element.check_number(attribute, number)
        {
            out.problem(violation);
        }
    }
}

/// Writes an integer attribute and checks its range; a problem quotes the number as written
/// (an `i64` past 2^53 has no exact `f64`).
#[inline]
pub fn attr_integer<V: NumberAttr>(out: &mut Out, prefix: &'static str, value: V, at: AttrRef) {
    let mark = out.buf.len();
    out.buf.push_str(prefix);
    match value.write_number(&mut out.buf) {
        Some(number) => {
            let written = mark + prefix.len()..out.buf.len();
            out.buf.push('"');
            let element = at.element.spec();
            if let Some(attribute) = element.attributes.get(at.attribute)
                && let Err(mut violation) = element.check_number(attribute, number)
            {
                if let Violation::InvalidValue { value, .. } = &mut violation {
                    *value = out.buf[written].to_string();
                }
                out.problem(violation);
            }
        }
        None => {
            out.cut(mark);
        }
    }
}

/// Writes a decimal attribute and checks its range; a non-finite number is left out and reported.
#[inline]
pub fn attr_decimal<V: DecimalAttr>(out: &mut Out, prefix: &'static str, value: V, at: AttrRef) {
    let Some(number) = value.decimal_value() else {
        return;
    };
    if !number.is_finite() {
        let element = at.element.spec();
        if let Some(attribute) = element.attributes.get(at.attribute) {
            out.problem(Violation::InvalidValue {
                element,
                attribute,
                value: number.to_string(),
                problem: crate::schema::ValueProblem::WrongType,
            });
        }
        return;
    }
    out.buf.push_str(prefix);
    let _ = write!(out.buf, "{number}");
    out.buf.push('"');
    at.check(out, number);
}

/// What `unchecked_raw!({…})` inserts: markup as a string.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be inserted as raw markup: expected a string (`&str`, `String`, anything `AsRef<str>`)",
    label = "expected a string of markup",
    note = "`unchecked_raw!` inserts its string as is, unescaped and unchecked; to write a value as text, splice it as `{{value}}`"
)]
pub trait RawMarkup {
    /// The markup.
    fn markup(&self) -> &str;
}

#[diagnostic::do_not_recommend]
impl<T: AsRef<str> + ?Sized> RawMarkup for T {
    #[inline]
    fn markup(&self) -> &str {
        self.as_ref()
    }
}

/// Inserts trusted markup as is (`unchecked_raw!(…)` in the macro): nothing is escaped or checked.
#[inline]
pub fn push_unchecked_raw<T: RawMarkup + ?Sized>(out: &mut Out, markup: &T) {
    out.buf.push_str(markup.markup());
}

/// `Display` output escaped into an attribute value, through [`Out::attribute_value`].
struct AttributeWriter<'a, const URL: bool>(&'a mut Out);

impl<const URL: bool> fmt::Write for AttributeWriter<'_, URL> {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.attribute_value::<URL>(s);
        Ok(())
    }
}

/// A Rust integer: written with `itoa`, without a formatter, and needs no escaping.
pub trait PlainInteger {
    /// Appends the number in decimal (copied when it is the one the render wrote last).
    fn push_decimal(&self, out: &mut Out);
    /// The number's digits, formatted into `buffer`, with its key for the cache of the integer
    /// a render wrote last (`i128::MIN` for one it does not keep).
    fn prepare<'b>(&self, buffer: &'b mut IntegerBuffer) -> Prepared<'b>;
    /// The key alone.
    fn key(&self) -> i128;
}

macro_rules! plain_integer {
    ($($ty:ty),*) => {$(
        impl PlainInteger for $ty {
            #[inline]
            fn push_decimal(&self, out: &mut Out) {
                out.push_integer(*self, i128::from(*self));
            }
            #[inline]
            fn prepare<'b>(&self, buffer: &'b mut IntegerBuffer) -> Prepared<'b> {
                Prepared { digits: buffer.0.format(*self), key: i128::from(*self) }
            }
            #[inline]
            fn key(&self) -> i128 {
                i128::from(*self)
            }
        }
    )*};
}

/// Where an integer of a `format_args!` taken apart is formatted ahead of its turn.
pub struct IntegerBuffer(itoa::Buffer);

impl IntegerBuffer {
    /// An empty buffer (nothing is written into it until an integer is).
    #[inline]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        IntegerBuffer(itoa::Buffer::new())
    }
}

/// An integer's digits, formatted ahead of its turn, and its key for the cache of the integer a
/// render wrote last.
#[derive(Clone, Copy)]
pub struct Prepared<'b> {
    digits: &'b str,
    key: i128,
}

/// First choice for an argument of a `format_args!` taken apart, after its first value: an
/// integer, formatted before anything is written.
pub trait PrepareInteger {
    /// The digits, formatted into `buffer`.
    fn prepare_integer<'b>(&self, buffer: &'b mut IntegerBuffer) -> Option<Prepared<'b>>;
}

impl<T: PlainInteger + ?Sized> PrepareInteger for &&Splice<'_, T> {
    #[inline]
    fn prepare_integer<'b>(&self, buffer: &'b mut IntegerBuffer) -> Option<Prepared<'b>> {
        Some(self.0.prepare(buffer))
    }
}

/// Anything else: written in its turn.
pub trait PrepareOther {
    /// Nothing.
    fn prepare_integer<'b>(&self, buffer: &'b mut IntegerBuffer) -> Option<Prepared<'b>>;
}

impl<T: ?Sized> PrepareOther for Splice<'_, T> {
    #[inline]
    fn prepare_integer<'b>(&self, _: &'b mut IntegerBuffer) -> Option<Prepared<'b>> {
        None
    }
}

/// First choice for the key of a value written where an integer was formatted ahead: an
/// integer's.
pub trait IntegerKey {
    /// The key the cache of the integer a render wrote last knows the value by.
    fn integer_key(&self) -> Option<i128>;
}

impl<T: PlainInteger + ?Sized> IntegerKey for &&Splice<'_, T> {
    #[inline]
    fn integer_key(&self) -> Option<i128> {
        Some(self.0.key())
    }
}

/// Anything else has none.
pub trait KeyOther {
    /// Nothing.
    fn integer_key(&self) -> Option<i128>;
}

impl<T: ?Sized> KeyOther for Splice<'_, T> {
    #[inline]
    fn integer_key(&self) -> Option<i128> {
        None
    }
}

impl Out {
    /// Appends the digits formatted ahead (at the start of an element) for a value whose key is
    /// now `key`, when they are that value's; returns whether it did (else the caller writes the
    /// value in its turn).
    #[inline]
    pub fn push_ready(&mut self, ready: Option<Prepared<'_>>, key: Option<i128>) -> bool {
        match (ready, key) {
            (Some(ready), Some(key)) if ready.key == key && key != LastInteger::NONE => {
                self.push_prepared(ready);
                true
            }
            _ => false,
        }
    }

    /// Appends an integer formatted ahead of its turn, and remembers it as
    /// [`push_integer`](Self::push_integer) does.
    #[inline]
    pub fn push_prepared(&mut self, prepared: Prepared<'_>) {
        let at = self.buf.len();
        self.buf.push_str(prepared.digits);
        if prepared.key != LastInteger::NONE {
            self.last_integer = LastInteger {
                value: prepared.key,
                at,
                len: prepared.digits.len(),
            };
        }
    }
}

plain_integer!(u8, u16, u32, u64, i8, i16, i32, i64);

// Not `From` for `i128`: `usize` and `isize` by their 64-bit twins; `i128::MIN` (the mark of no
// integer) and a `u128` past `i128::MAX` are written as they come.
impl PlainInteger for i128 {
    #[inline]
    fn push_decimal(&self, out: &mut Out) {
        if *self == LastInteger::NONE {
            out.buf.push_str(itoa::Buffer::new().format(*self));
        } else {
            out.push_integer(*self, *self);
        }
    }
    #[inline]
    fn prepare<'b>(&self, buffer: &'b mut IntegerBuffer) -> Prepared<'b> {
        // `i128::MIN` is its own key: `LastInteger::NONE`, not kept.
        Prepared {
            digits: buffer.0.format(*self),
            key: *self,
        }
    }
    #[inline]
    fn key(&self) -> i128 {
        *self
    }
}

/// `usize` and `isize` as their 64-bit twins: the digits, and the key, are the same.
macro_rules! plain_integer_as {
    ($($ty:ty => $twin:ty),*) => {$(
        impl PlainInteger for $ty {
            #[inline]
            fn push_decimal(&self, out: &mut Out) {
                (*self as $twin).push_decimal(out);
            }
            #[inline]
            fn prepare<'b>(&self, buffer: &'b mut IntegerBuffer) -> Prepared<'b> {
                (*self as $twin).prepare(buffer)
            }
            #[inline]
            fn key(&self) -> i128 {
                (*self as $twin).key()
            }
        }
    )*};
}

plain_integer_as!(usize => u64, isize => i64);

impl PlainInteger for u128 {
    #[inline]
    fn push_decimal(&self, out: &mut Out) {
        match i128::try_from(*self) {
            Ok(key) => out.push_integer(*self, key),
            Err(_) => out.buf.push_str(itoa::Buffer::new().format(*self)),
        }
    }
    #[inline]
    fn prepare<'b>(&self, buffer: &'b mut IntegerBuffer) -> Prepared<'b> {
        Prepared {
            digits: buffer.0.format(*self),
            key: self.key(),
        }
    }
    #[inline]
    fn key(&self) -> i128 {
        i128::try_from(*self).unwrap_or(LastInteger::NONE)
    }
}

impl<T: PlainInteger + ?Sized> PlainInteger for &T {
    #[inline]
    fn push_decimal(&self, out: &mut Out) {
        (**self).push_decimal(out);
    }
    #[inline]
    fn prepare<'b>(&self, buffer: &'b mut IntegerBuffer) -> Prepared<'b> {
        (**self).prepare(buffer)
    }
    #[inline]
    fn key(&self) -> i128 {
        (**self).key()
    }
}

/// First choice for an argument of a `format_args!` taken apart by the macro, and for a text
/// splice: an integer (digits need no escaping, and no formatter is needed to write them).
pub trait PartInteger {
    /// Appends the number (an attribute value's part: no quotes).
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out);
    /// Appends the number as text.
    fn write_text_part(&self, out: &mut Out);
}

impl<T: PlainInteger + ?Sized> PartInteger for &&Splice<'_, T> {
    #[inline]
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out) {
        self.0.push_decimal(out);
    }
    #[inline]
    fn write_text_part(&self, out: &mut Out) {
        self.0.push_decimal(out);
    }
}

/// First choice, with [`PartInteger`] (a type is one or the other), for an argument of a
/// `format_args!` taken apart by the macro and for a text splice: text in pieces.
pub trait PartPieces {
    /// Appends the pieces escaped for an attribute (no quotes).
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out);
    /// Appends the pieces escaped as text.
    fn write_text_part(&self, out: &mut Out);
}

impl<T: TextPieces + ?Sized> PartPieces for &&Splice<'_, T> {
    #[inline]
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out) {
        for piece in self.0.pieces() {
            if !piece.is_empty() {
                out.attribute_value::<URL>(piece);
            }
        }
    }
    #[inline]
    fn write_text_part(&self, out: &mut Out) {
        for piece in self.0.pieces() {
            escape_text(&mut out.buf, piece);
        }
    }
}

/// Second choice for an argument of a `format_args!` taken apart by the macro: a string.
pub trait PartAsStr {
    /// Appends the value escaped for an attribute (no quotes).
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out);
    /// Appends the value escaped as text.
    fn write_text_part(&self, out: &mut Out);
}

impl<T: AsRef<str> + ?Sized> PartAsStr for &Splice<'_, T> {
    #[inline]
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out) {
        out.attribute_value::<URL>(self.0.as_ref());
    }
    #[inline]
    fn write_text_part(&self, out: &mut Out) {
        escape_text(&mut out.buf, self.0.as_ref());
    }
}

/// Last choice for a `format_args!` argument (and a text splice): `Display`.
pub trait PartDisplay {
    /// Appends the value escaped for an attribute (no quotes).
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out);
    /// Appends the value escaped as text.
    fn write_text_part(&self, out: &mut Out);
}

impl<T: fmt::Display + ?Sized> PartDisplay for Splice<'_, T> {
    #[inline]
    fn write_attribute_part<const URL: bool>(&self, out: &mut Out) {
        let _ = write!(AttributeWriter::<URL>(out), "{}", self.0);
    }
    #[inline]
    fn write_text_part(&self, out: &mut Out) {
        // Writing into a String cannot fail; a Display impl that errors just stops early.
        let _ = write!(EscapingWriter::text(&mut out.buf), "{}", self.0);
    }
}

/// A URL whose query the splice of `CallbackUrl::new(base).param("name", value)…` writes itself,
/// the chain taken apart by the macro (`cxml::CallbackUrl`): the URL's pieces so far and what
/// goes before its next parameter.
pub trait QueryUrl {
    /// The pieces and the next separator.
    fn query_parts(&self) -> QueryParts<'_>;
}

/// What [`QueryUrl::query_parts`] gives.
#[derive(Clone, Copy)]
pub struct QueryParts<'a> {
    /// The URL up to its fragment, its parameters (form-encoded, each after its separator), its
    /// fragment (from its `#`).
    pub pieces: [&'a str; 3],
    /// What goes before the next parameter: `?`, `&`, or nothing (a query that ends with `?` or
    /// `&`).
    pub separator: Option<u8>,
    /// Whether the pieces and the separator are known: else the first piece is the whole URL as
    /// given (without parameters yet), which the splice looks at as it writes it.
    pub known: bool,
}

/// What `new` made, in a chain the macro took apart: method lookup tells [`QueryKnown`] (a
/// [`QueryUrl`], written piece by piece) from [`QueryOther`] (any other type: the expression as
/// written).
pub struct QueryBuilder<'a, T: ?Sized>(pub &'a T);

/// First choice: a [`QueryUrl`].
pub trait QueryKnown<'a> {
    /// Its pieces.
    fn query_parts(&self) -> Option<QueryParts<'a>>;
}

impl<'a, T: QueryUrl + ?Sized> QueryKnown<'a> for &QueryBuilder<'a, T> {
    #[inline]
    fn query_parts(&self) -> Option<QueryParts<'a>> {
        Some(self.0.query_parts())
    }
}

/// Last choice: any other type, whose chain is spliced as written.
pub trait QueryOther<'a> {
    /// Nothing.
    fn query_parts(&self) -> Option<QueryParts<'a>>;
}

impl<'a, T: ?Sized> QueryOther<'a> for QueryBuilder<'a, T> {
    #[inline]
    fn query_parts(&self) -> Option<QueryParts<'a>> {
        None
    }
}

impl Out {
    /// Writes the URL up to its fragment and the parameters it has, each escaped (as a URL
    /// checked next when `URL`); returns the fragment, for [`query_end`](Self::query_end), and
    /// the separator the next parameter needs (`?`, `&`, or none). A URL not looked at yet is
    /// looked at as it is escaped: one pass finds its query and fragment.
    #[inline]
    pub fn query_start<'a, const URL: bool>(
        &mut self,
        parts: &QueryParts<'a>,
    ) -> (&'a str, Option<u8>) {
        let [before, params, fragment] = parts.pieces;
        if parts.known {
            self.attribute_value::<URL>(before);
            if !params.is_empty() {
                self.attribute_value::<URL>(params);
            }
            return (fragment, parts.separator);
        }
        let seen = self.url_base(before);
        // Escaped for any attribute as for a URL; only a URL's check reads the note.
        self.suspect |= URL && seen.suspect;
        let end = seen.fragment.unwrap_or(before.len());
        let (base, fragment) = before.split_at(end);
        let separator = if !seen.query {
            Some(b'?')
        } else if base.ends_with(['?', '&']) {
            None
        } else {
            Some(b'&')
        };
        (fragment, separator)
    }

    /// Takes back the last `len` bytes written: static markup written for a value that turns
    /// out to be absent.
    #[cold]
    pub fn unwrite(&mut self, len: usize) {
        self.cut(self.buf.len().saturating_sub(len));
    }

    /// Writes `url` up to its fragment escaped, as [`escape::escape_url_base`] does, and returns
    /// what that saw: when it is the text written last, and that needed nothing, it is written
    /// as it is after one comparison (a loop that makes one URL per element from one base).
    #[inline]
    fn url_base(&mut self, url: &str) -> escape::UrlBase {
        let last = self.last_base.clone();
        if !last.is_empty() && self.buf.as_bytes().get(last) == Some(url.as_bytes()) {
            // Written as it is: nothing escaped, no query, no fragment, nothing suspect.
            self.buf.push_str(url);
            return escape::UrlBase {
                suspect: false,
                query: false,
                fragment: None,
            };
        }
        let at = self.buf.len();
        let seen = escape::escape_url_base(&mut self.buf, url);
        let plain = !seen.suspect && !seen.query && seen.fragment.is_none();
        // The same length, with nothing suspect (a replaced U+FFFE is): the same bytes.
        if plain && self.buf.len() - at == url.len() {
            self.last_base = at..self.buf.len();
        }
        seen
    }

    /// Writes the URL's fragment (from [`query_start`](Self::query_start)), escaped, and the
    /// closing `"`.
    #[inline]
    pub fn query_end<const URL: bool>(&mut self, fragment: &str) {
        if !fragment.is_empty() {
            self.attribute_value::<URL>(fragment);
        }
        self.buf.push('"');
    }
}

/// A parameter's value in a chain the macro took apart, written form-encoded: an integer with
/// `itoa`, a string as it is, anything else `Display` through a formatter. What is written
/// needs no XML escaping.
pub struct ParamValue<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized> Clone for ParamValue<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for ParamValue<'_, T> {}

/// A standard string type, whose `Display` writes the string itself.
pub trait PlainStr {
    /// The string.
    fn plain_str(&self) -> &str;
}

impl PlainStr for str {
    #[inline]
    fn plain_str(&self) -> &str {
        self
    }
}

impl PlainStr for String {
    #[inline]
    fn plain_str(&self) -> &str {
        self
    }
}

impl PlainStr for Box<str> {
    #[inline]
    fn plain_str(&self) -> &str {
        self
    }
}

impl PlainStr for std::rc::Rc<str> {
    #[inline]
    fn plain_str(&self) -> &str {
        self
    }
}

impl PlainStr for std::sync::Arc<str> {
    #[inline]
    fn plain_str(&self) -> &str {
        self
    }
}

impl PlainStr for Cow<'_, str> {
    #[inline]
    fn plain_str(&self) -> &str {
        self
    }
}

impl<T: PlainStr + ?Sized> PlainStr for &T {
    #[inline]
    fn plain_str(&self) -> &str {
        (**self).plain_str()
    }
}

impl<T: PlainStr + ?Sized> PlainStr for &mut T {
    #[inline]
    fn plain_str(&self) -> &str {
        (**self).plain_str()
    }
}

/// First choice for a parameter's value: an integer (its digits, and a `-`, are kept as they
/// are by form encoding).
pub trait ParamInteger {
    /// Appends the value form-encoded.
    fn write_param_value(&self, out: &mut Out);
}

impl<T: PlainInteger + ?Sized> ParamInteger for &&ParamValue<'_, T> {
    #[inline]
    fn write_param_value(&self, out: &mut Out) {
        self.0.push_decimal(out);
    }
}

/// Second choice: a standard string type.
pub trait ParamStr {
    /// Appends the value form-encoded.
    fn write_param_value(&self, out: &mut Out);
}

impl<T: PlainStr + ?Sized> ParamStr for &ParamValue<'_, T> {
    #[inline]
    fn write_param_value(&self, out: &mut Out) {
        crate::schema::url::form_encode(&mut out.buf, self.0.plain_str());
    }
}

/// Third choice: anything `Display`, form-encoded as it is formatted.
pub trait ParamDisplay {
    /// Appends the value form-encoded.
    fn write_param_value(&self, out: &mut Out);
}

impl<T: fmt::Display + ?Sized> ParamDisplay for ParamValue<'_, T> {
    #[inline]
    fn write_param_value(&self, out: &mut Out) {
        let _ = write!(FormEncoder(&mut out.buf), "{}", self.0);
    }
}

/// The last way: a value that is not `Display`, in the expansion for a type other than
/// `cxml::CallbackUrl` (whose `param` takes it as written), never reached.
pub trait ParamOther {
    /// Writes nothing.
    fn write_param_value(self, out: &mut Out);
}

impl<T: ?Sized> ParamOther for ParamValue<'_, T> {
    #[inline]
    fn write_param_value(self, _: &mut Out) {}
}

/// Form-encodes what is written into it.
struct FormEncoder<'a>(&'a mut String);

impl fmt::Write for FormEncoder<'_> {
    #[inline]
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        crate::schema::url::form_encode(self.0, piece);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{SHRINK_AFTER, SizeHint};

    #[test]
    fn the_size_hint_grows_at_once() {
        let hint = SizeHint::new();
        assert_eq!(hint.capacity(100), 100, "nothing learned: the estimate");
        hint.learn(1000);
        assert_eq!(hint.capacity(100), 1136, "an eighth more, rounded up to 16");
        hint.learn(1100);
        assert_eq!(hint.capacity(100), 1136, "a little growth fits");
        hint.learn(2000);
        assert_eq!(hint.capacity(100), 2256);
    }

    #[test]
    fn a_steady_stream_writes_nothing() {
        let hint = SizeHint::new();
        hint.learn(1000);
        let word = hint.0.load(std::sync::atomic::Ordering::Relaxed);
        for len in [1000, 600, 1136, 900, 570].repeat(20) {
            hint.learn(len);
            assert_eq!(
                hint.0.load(std::sync::atomic::Ordering::Relaxed),
                word,
                "{len}"
            );
        }
    }

    #[test]
    fn the_size_hint_comes_back_down_after_an_outlier() {
        let hint = SizeHint::new();
        hint.learn(1000);
        hint.learn(1_000_000);
        assert_eq!(hint.capacity(0), 1_125_008);
        for _ in 1..SHRINK_AFTER {
            hint.learn(1000);
            assert_eq!(hint.capacity(0), 1_125_008, "not yet");
        }
        hint.learn(1000);
        assert_eq!(
            hint.capacity(0),
            1136,
            "back down after {SHRINK_AFTER} renders"
        );
    }

    #[test]
    fn small_and_large_documents_in_turn_keep_room_for_the_large() {
        let hint = SizeHint::new();
        hint.learn(10_000);
        for _ in 0..10 * SHRINK_AFTER {
            for _ in 1..SHRINK_AFTER {
                hint.learn(100);
            }
            hint.learn(10_000);
            assert_eq!(hint.capacity(0), 11_264);
        }
    }

    #[test]
    fn the_hint_saturates() {
        let hint = SizeHint::new();
        hint.learn(usize::MAX - 3);
        assert_eq!(hint.capacity(0), usize::MAX & !15);
        hint.learn(usize::MAX);
        assert_eq!(hint.capacity(0), usize::MAX & !15);
    }

    /// A URL base written again is copied from where it was written, while it is there and the
    /// same text; anything else is escaped and looked at.
    #[test]
    fn a_url_base_written_again_is_the_same_bytes() {
        use super::{Out, QueryParts};
        let names = ["?a=", "&amp;a=", "a="];
        let write = |out: &mut Out, base: &str| {
            let parts = QueryParts {
                pieces: [base, "", ""],
                separator: None,
                known: false,
            };
            out.push(" u=\"");
            let (fragment, separator) = out.query_start::<true>(&parts);
            out.push(match separator {
                Some(b'?') => names[0],
                Some(_) => names[1],
                None => names[2],
            });
            out.push("1");
            out.query_end::<true>(fragment);
        };
        let mut out = Out::with_capacity(0);
        let mut expected = String::new();
        for (index, base) in [
            "https://h/s",
            "https://h/s",
            "https://h/t",
            "https://h/s",
            "https://h/s?x",
            "https://h/s?x",
            "https://h/s",
            "",
            "",
            "https://h/s#f",
            "https://h/s",
            "https://h/a b",
            "https://h/a b",
            "https://h/&",
            "https://h/&",
            "https://h/s",
            "https://h/s",
        ]
        .into_iter()
        .enumerate()
        {
            write(&mut out, base);
            let (before, fragment) = base.split_at(base.find('#').unwrap_or(base.len()));
            let name = if !before.contains('?') {
                names[0]
            } else {
                names[1]
            };
            expected.push_str(&format!(
                " u=\"{}{name}1{}\"",
                crate::escape::attribute(before),
                crate::escape::attribute(fragment)
            ));
            assert_eq!(out.buf, expected, "{base:?}");
            // Now and then an element closed as empty cuts the buffer: what was remembered goes.
            if index % 4 == 3 {
                out.push("<e>");
                let mark = out.mark();
                out.close(mark, "</e>");
                expected.push_str("<e/>");
            }
        }
    }

    /// Integers of every type, the same values again (under another type or not), with markup
    /// and an element closed as empty between them: each is written as `to_string()` writes it,
    /// copied or not.
    mod integers {
        use proptest::prelude::*;

        use super::super::{
            IntegerBuffer, Out, PartInteger as _, PrepareInteger as _, PrepareOther as _, Splice,
        };

        /// One write: `kind` picks the integer's type (or markup, or an empty element closed).
        fn write(out: &mut Out, expected: &mut String, kind: u8, raw: i128) {
            macro_rules! integer {
                ($ty:ty) => {{
                    let value = raw as $ty;
                    match raw.rem_euclid(3) {
                        0 => (&&Splice(&value)).write_text_part(out),
                        1 => (&&Splice(&&value)).write_attribute_part::<true>(out),
                        // Formatted ahead of its turn (a `format_args!` taken apart).
                        _ => {
                            let mut buffer = IntegerBuffer::new();
                            let prepared = (&&&Splice(&value)).prepare_integer(&mut buffer);
                            out.push_prepared(prepared.expect("an integer"));
                        }
                    }
                    expected.push_str(&value.to_string());
                }};
            }
            match kind {
                0 => integer!(u8),
                1 => integer!(u16),
                2 => integer!(u32),
                3 => integer!(u64),
                4 => integer!(u128),
                5 => integer!(usize),
                6 => integer!(i8),
                7 => integer!(i16),
                8 => integer!(i32),
                9 => integer!(i64),
                10 => integer!(i128),
                11 => integer!(isize),
                12 => {
                    out.push(">x");
                    expected.push_str(">x");
                }
                _ => {
                    out.push("<e>");
                    let mark = out.mark();
                    out.close(mark, "</e>");
                    expected.push_str("<e/>");
                }
            }
        }

        proptest! {
            #[test]
            fn a_repeated_integer_is_written_as_to_string_writes_it(
                writes in proptest::collection::vec(
                    (0u8..14, prop_oneof![-300i128..300, any::<i128>(), Just(i128::MIN)]),
                    0..40,
                ),
            ) {
                let mut out = Out::with_capacity(0);
                let mut expected = String::new();
                for &(kind, raw) in &writes {
                    write(&mut out, &mut expected, kind, raw);
                    // Again: the copy of the digits just written.
                    write(&mut out, &mut expected, kind, raw);
                }
                prop_assert_eq!(out.buf, expected);
            }
        }

        #[test]
        // The references are how method lookup picks the way, as in generated code.
        #[allow(clippy::needless_borrow)]
        fn only_integers_are_formatted_ahead() {
            let mut buffer = IntegerBuffer::new();
            assert!((&&&Splice(&"12")).prepare_integer(&mut buffer).is_none());
            assert!((&&&Splice(&1.5f64)).prepare_integer(&mut buffer).is_none());
            assert!((&&&Splice(&&7u16)).prepare_integer(&mut buffer).is_some());
        }

        #[test]
        fn the_same_value_under_another_type_is_the_same_digits() {
            let mut out = Out::with_capacity(0);
            (&&Splice(&42u8)).write_text_part(&mut out);
            (&&Splice(&42i128)).write_text_part(&mut out);
            (&&Splice(&-1i64)).write_text_part(&mut out);
            (&&Splice(&u64::MAX)).write_text_part(&mut out);
            (&&Splice(&u128::MAX)).write_text_part(&mut out);
            (&&Splice(&u128::MAX)).write_text_part(&mut out);
            (&&Splice(&-1i8)).write_text_part(&mut out);
            let expected = format!("4242-1{}{}{}-1", u64::MAX, u128::MAX, u128::MAX);
            assert_eq!(out.buf, expected);
        }
    }
}
