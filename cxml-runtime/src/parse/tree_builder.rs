//! The tree a reader builds: text runs, elements and attributes in document order, with the
//! XML rules cXML needs that do not depend on how the markup was found (character data, the
//! caller's limits, no text outside the document element). Both readers, quick-xml's event loop
//! ([`super::reader`]) and the quick path ([`super::quick`]), feed it the same pieces, so they
//! build the same tree.

use std::borrow::Cow;

use super::ParseOptions;
use super::attribute_list::next_attribute;
use super::error::Problems;
use super::sink::{Sink, typical_room};
use super::text::{self, TextProblem};
use super::tree::{NONE, Text, Tree};

/// A start tag as found in the input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tag<'a> {
    /// Byte offset of its `<`.
    pub offset: usize,
    /// The element name, a slice of the input.
    pub name: &'a str,
    /// What follows the name up to `>` (or `/>`), a slice of the input at `list_offset`.
    pub list: &'a [u8],
    pub list_offset: usize,
}

/// A start tag being read: the element it opens, before its attributes are all known.
#[derive(Debug)]
pub(crate) struct OpenTag<'a> {
    offset: usize,
    name: &'a str,
    parent: u32,
    /// The element's index in the tree, once pushed.
    index: u32,
    first_attribute: u32,
}

/// An element whose end tag is still to come: what the reader asks of it as it goes, kept here
/// rather than looked up in the tree's items (a read from far back in a large vector).
#[derive(Debug, Clone, Copy)]
struct OpenElement<'a> {
    index: u32,
    name: &'a str,
    /// Whether a child element was read; written into the tree when the element closes.
    has_elements: bool,
}

/// A run of text between two tags, as read so far.
#[derive(Clone, Copy)]
enum Run<'a> {
    /// One piece, borrowed from the input.
    Borrowed(&'a str),
    /// Several pieces, or one that had to be changed: `tree.text[start..]`.
    Assembled { start: usize },
}

/// Builds a [`Tree`] (or another [`Sink`]) from the pieces a reader finds, in input order.
///
/// The methods a reader calls for every piece are `#[inline]`: the quick path calls them a few
/// times per element, and inlined into it they cost a few instructions each, not a call.
pub(crate) struct TreeBuilder<'a, S: Sink<'a> = Tree<'a>> {
    input: &'a str,
    sink: S,
    /// The open elements, outermost first.
    open: Vec<OpenElement<'a>>,
    /// Text read since the last tag: its offset and content.
    text: Option<(usize, Run<'a>)>,
    elements: usize,
    /// Problems of the attribute value being read (kept to reuse its allocation).
    value_problems: Vec<TextProblem>,
}

impl<'a> TreeBuilder<'a> {
    /// A builder of the full tree of `input` (already within the caller's size limit).
    pub fn new(input: &'a str) -> Self {
        let (items, attributes) = typical_room(input.len());
        Self::with_sink(
            input,
            Tree {
                items: Vec::with_capacity(items),
                attributes: Vec::with_capacity(attributes),
                text: String::new(),
                blank_texts: 0,
            },
        )
    }

    /// The tree built so far.
    pub fn into_tree(mut self) -> Tree<'a> {
        // Elements left open (a document the reader gave up on) still say what they hold.
        while let Some(open) = self.open.pop() {
            self.sink.close(open.index, NONE, open.has_elements);
        }
        self.sink
    }
}

impl<'a, S: Sink<'a>> TreeBuilder<'a, S> {
    /// A builder that hands what it reads of `input` to `sink`.
    pub fn with_sink(input: &'a str, sink: S) -> Self {
        TreeBuilder {
            input,
            sink,
            open: Vec::with_capacity(16),
            text: None,
            elements: 0,
            value_problems: Vec::new(),
        }
    }

    /// Whether the sink stopped taking pieces ([`Sink::refused`]): the reader gives up.
    #[inline]
    pub fn refused(&self) -> bool {
        self.sink.refused()
    }

    /// The name of the innermost open element, if any.
    #[inline]
    pub fn open_name(&self) -> Option<&'a str> {
        self.open.last().map(|open| open.name)
    }

    /// Closes the innermost open element at its end tag.
    #[inline]
    pub fn end(&mut self, problems: &mut Problems) {
        self.flush_text(false, problems);
        if let Some(open) = self.open.last() {
            self.close(open.index);
        }
    }

    /// At the end of the input: takes the last text; reports an element left open, and then
    /// returns `None`.
    pub fn finish(&mut self, problems: &mut Problems) -> Option<()> {
        self.flush_text(false, problems);
        if let Some(&OpenElement { index, name, .. }) = self.open.last() {
            problems.push(
                self.input.len(),
                index,
                format!("malformed XML: `<{name}>` is not closed"),
            );
            return None;
        }
        Some(())
    }

    /// The innermost open element, for problem paths.
    #[inline]
    pub fn current(&self) -> u32 {
        self.open.last().map_or(NONE, |open| open.index)
    }

    /// Whether blank text here, followed by the markup `next` starts, would be dropped as
    /// layout when its run ends ([`flush_text`](Self::flush_text)): no run is pending (a comment
    /// does not end one), and `next` is a start tag (a child follows) or the end tag of an
    /// element that already holds an element. Then a reader may leave the text out.
    #[inline]
    pub fn drops_layout(&self, next: &[u8]) -> bool {
        if self.text.is_some() {
            return false;
        }
        match next.get(1) {
            Some(b'/') => self.open.last().is_some_and(|open| open.has_elements),
            Some(b'!' | b'?') | None => false,
            Some(_) => next.first() == Some(&b'<'),
        }
    }

    /// Takes a piece of character data: `raw`, the input at `raw_offset`, part of the run of
    /// text that starts at `offset` (they differ for CDATA).
    pub fn text(
        &mut self,
        raw: &'a str,
        raw_offset: usize,
        offset: usize,
        problems: &mut Problems,
    ) {
        let (content, problem) = text::character_data(raw);
        if let Some(problem) = problem {
            problems.push(raw_offset + problem.offset, self.current(), problem.message);
        }
        self.push_text(content, offset);
    }

    /// [`text`](Self::text) for a piece the reader knows needs no work (no carriage return, no
    /// control character but tab and newline, no 0xEF byte): kept as written.
    #[inline]
    pub fn plain_text(&mut self, raw: &'a str, offset: usize) {
        self.push_text(Cow::Borrowed(raw), offset);
    }

    /// Takes a plain run of text ([`plain_text`](Self::plain_text)) whose only
    /// specials are predefined references, the first at `from`, up to the next markup: resolved
    /// into the run in one go. `false`, with nothing taken, when some `&` does not start a
    /// predefined reference: then the reader takes the pieces one by one.
    #[inline]
    pub fn plain_text_with_references(&mut self, raw: &'a str, from: usize, offset: usize) -> bool {
        self.assemble(offset);
        let mark = self.sink.text().len();
        if text::push_predefined_references(raw, from, self.sink.text_mut()).is_some() {
            return true;
        }
        self.sink.text_mut().truncate(mark);
        false
    }

    /// Takes a reference (`&amp;`, `&#10;`) at `offset`: `name` is what stands between `&` and `;`.
    pub fn reference(&mut self, name: &[u8], offset: usize, problems: &mut Problems) {
        let resolved = match text::predefined_entity(name) {
            Some(c) => Ok(c),
            None => text::resolve_reference(&String::from_utf8_lossy(name)),
        };
        match resolved {
            Ok(c) => self.push_char(c, offset),
            Err(message) => problems.push(offset, self.current(), message),
        }
    }

    /// Adds a piece of text to the current run (or starts one at `offset`).
    #[inline]
    pub fn push_text(&mut self, content: Cow<'a, str>, offset: usize) {
        match (&self.text, content) {
            (None, Cow::Borrowed(content)) => self.text = Some((offset, Run::Borrowed(content))),
            (_, content) => {
                self.assemble(offset);
                self.sink.text_mut().push_str(&content);
            }
        }
    }

    /// Adds a character a reference stands for.
    fn push_char(&mut self, c: char, offset: usize) {
        self.assemble(offset);
        self.sink.text_mut().push(c);
    }

    /// Makes the current run (or a new one at `offset`) an assembled one, to push onto.
    fn assemble(&mut self, offset: usize) {
        let from = self.text.as_ref().map_or(offset, |(at, _)| *at);
        self.reserve_text(from);
        match self.text {
            Some((_, Run::Assembled { .. })) => {}
            Some((at, Run::Borrowed(first))) => {
                let start = self.sink.text().len();
                self.sink.text_mut().push_str(first);
                self.text = Some((at, Run::Assembled { start }));
            }
            None => {
                let start = self.sink.text().len();
                self.text = Some((offset, Run::Assembled { start }));
            }
        }
    }

    /// Gives the shared buffer of changed texts and values, at its first use, room for all of
    /// them: what is written into it from here on comes from the input after `from`, and is
    /// never longer (references, CDATA and line ends only shrink), so it never grows.
    #[inline]
    fn reserve_text(&mut self, from: usize) {
        if self.sink.text().capacity() == 0 {
            self.sink
                .text_mut()
                .reserve(self.input.len().saturating_sub(from));
        }
    }

    /// Ends the current run of text, before a child element or at the end of its element:
    /// stored in its element, or refused outside the root. Whitespace between elements is
    /// layout: nothing reads it (the rule engine skips blank text, and the document keeps it only
    /// as the whole content of an element), so it is not stored.
    #[inline(always)]
    fn flush_text(&mut self, before_child: bool, problems: &mut Problems) {
        // Tags often follow each other with no text between: that case costs one test here.
        if self.text.is_some() {
            self.store_text(before_child, problems);
        }
    }

    /// [`flush_text`](Self::flush_text) when there is text to end.
    fn store_text(&mut self, before_child: bool, problems: &mut Problems) {
        let Some((offset, run)) = self.text.take() else {
            return;
        };
        let content = match run {
            Run::Borrowed(content) => Text::Borrowed(content),
            Run::Assembled { start } => Text::Owned {
                start,
                end: self.sink.text().len(),
            },
        };
        let blank = crate::schema::is_blank(content.resolve(self.sink.text()));
        let parent = self.current();
        let kept = if parent == NONE {
            if !blank {
                problems.push(
                    offset,
                    NONE,
                    "text is not allowed outside the document element `Response`",
                );
            }
            false
        } else if blank && (before_child || self.open.last().is_some_and(|open| open.has_elements))
        {
            // `parent` is the innermost open element: blank text next to a child is layout.
            false
        } else {
            self.sink.text_node(content, offset, parent, blank)
        };
        if !kept && let Run::Assembled { start } = run {
            self.sink.text_mut().truncate(start);
        }
    }

    /// Opens an element from a whole start tag; `None` when a limit or a malformed attribute
    /// list stops the reader.
    pub fn start(
        &mut self,
        tag: Tag<'a>,
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<u32> {
        let Tag {
            offset,
            name,
            list,
            list_offset,
        } = tag;
        let mut open = self.open_tag(offset, name, options, problems)?;
        let mut at = 0;
        while let Some(attribute) = next_attribute(list, &mut at) {
            // The limit first, as quick-xml's own attribute loop would stop there.
            self.room_for_attribute(&open, options, problems)?;
            let (key, value) = match attribute {
                Ok(ranges) => ranges,
                Err(error) => {
                    // Positions in quick-xml's attribute errors count from the byte after `<`.
                    let error = error.at(name.len());
                    problems.push(offset, open.parent, format!("malformed XML: {error}"));
                    return None;
                }
            };
            let (key_offset, value_offset) = (list_offset + key.start, list_offset + value.start);
            let (Some(key), Some(value)) = (
                self.input.get(key_offset..list_offset + key.end),
                self.input.get(value_offset..list_offset + value.end),
            ) else {
                problems.push(
                    offset,
                    open.parent,
                    "malformed XML: an attribute is not valid UTF-8",
                );
                return None;
            };
            self.attribute(
                &mut open,
                (key, key_offset),
                (value, value_offset),
                None,
                options,
                problems,
            )?;
        }
        Some(self.end_tag(open))
    }

    /// Starts an element at its `<`: the attributes follow ([`attribute`](Self::attribute)),
    /// then [`end_tag`](Self::end_tag). `None` when a limit stops the reader.
    #[inline]
    pub fn open_tag(
        &mut self,
        offset: usize,
        name: &'a str,
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<OpenTag<'a>> {
        self.flush_text(true, problems);
        let parent = self.current();
        if self.open.len() >= options.max_depth {
            problems.push(
                offset,
                parent,
                format!("elements nest deeper than {} levels", options.max_depth),
            );
            return None;
        }
        self.elements += 1;
        if self.elements > options.max_elements || self.sink.node_count() >= (NONE - 1) as usize {
            problems.push(
                offset,
                parent,
                format!(
                    "the document has more than {} elements",
                    options.max_elements
                ),
            );
            return None;
        }
        self.sink.start(name);
        Some(OpenTag {
            offset,
            name,
            parent,
            index: self.sink.node_count() as u32,
            first_attribute: self.sink.attribute_count() as u32,
        })
    }

    /// One attribute of the start tag being read: its name and raw value, with their offsets,
    /// and, when the value is plain ([`text::is_plain_text`]), how many bytes of it are
    /// known to need no work (before its first `&`; 0 when not known). `None` when the element has
    /// more attributes than the limit.
    pub fn attribute(
        &mut self,
        open: &mut OpenTag<'a>,
        (name, offset): (&'a str, usize),
        (raw_value, value_offset): (&'a str, usize),
        plain_from: Option<usize>,
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<()> {
        self.room_for_attribute(open, options, problems)?;
        // A value that changes is written into the tree's shared buffer, not a `String` of its
        // own: the quick way for references alone, else the general one.
        let start = self.sink.text().len();
        let quick = plain_from.and_then(|from| {
            self.reserve_text(value_offset);
            text::predefined_references(raw_value, from, self.sink.text_mut())
        });
        let value = match quick {
            Some(()) => Text::Owned {
                start,
                end: self.sink.text().len(),
            },
            None => {
                self.sink.text_mut().truncate(start);
                match text::attribute_value(raw_value, &mut self.value_problems) {
                    Cow::Borrowed(value) => Text::Borrowed(value),
                    Cow::Owned(value) => {
                        self.reserve_text(value_offset);
                        self.sink.text_mut().push_str(&value);
                        Text::Owned {
                            start,
                            end: self.sink.text().len(),
                        }
                    }
                }
            }
        };
        if !self.value_problems.is_empty() {
            for problem in self.value_problems.drain(..) {
                // Problems about the element are given their path once it is pushed.
                problems.push(value_offset + problem.offset, open.index, problem.message);
            }
        }
        self.push_attribute(name, offset, value, value_offset);
        Some(())
    }

    /// [`attribute`](Self::attribute) for a value the reader resolves itself, in the same pass
    /// that finds its end: `resolve` appends the value to the tree's buffer and returns the
    /// length of the value as written, or `None` to leave it to [`attribute`](Self::attribute)
    /// (the buffer is then restored). `None` when the element has more attributes than the
    /// limit; `Some(None)` when `resolve` gave up.
    #[inline]
    pub fn resolved_attribute(
        &mut self,
        open: &mut OpenTag<'a>,
        (name, offset): (&'a str, usize),
        value_offset: usize,
        resolve: impl FnOnce(&mut String) -> Option<usize>,
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<Option<usize>> {
        self.room_for_attribute(open, options, problems)?;
        self.reserve_text(value_offset);
        let start = self.sink.text().len();
        let Some(length) = resolve(self.sink.text_mut()) else {
            self.sink.text_mut().truncate(start);
            return Some(None);
        };
        let value = Text::Owned {
            start,
            end: self.sink.text().len(),
        };
        self.push_attribute(name, offset, value, value_offset);
        Some(Some(length))
    }

    /// [`attribute`](Self::attribute) for a value the reader knows needs no work (no reference,
    /// no `<`, no control character, no 0xEF byte): kept as written.
    #[inline]
    pub fn plain_attribute(
        &mut self,
        open: &mut OpenTag<'a>,
        (name, offset): (&'a str, usize),
        (value, value_offset): (&'a str, usize),
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<()> {
        self.room_for_attribute(open, options, problems)?;
        self.push_attribute(name, offset, Text::Borrowed(value), value_offset);
        Some(())
    }

    #[inline]
    fn push_attribute(
        &mut self,
        name: &'a str,
        offset: usize,
        value: Text<'a>,
        value_offset: usize,
    ) {
        self.sink.attribute(name, offset, value, value_offset);
    }

    /// `None`, with a problem, when the element being read already has the most attributes
    /// allowed.
    #[inline]
    fn room_for_attribute(
        &self,
        open: &OpenTag<'a>,
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<()> {
        let read = self.sink.attribute_count() - open.first_attribute as usize;
        if read >= options.max_attributes {
            problems.push(
                open.offset,
                open.index,
                format!(
                    "an element has more than {} attributes",
                    options.max_attributes
                ),
            );
            return None;
        }
        Some(())
    }

    /// Ends the start tag: the element is open, and its index returned.
    #[inline(always)]
    pub fn end_tag(&mut self, open: OpenTag<'a>) -> u32 {
        let OpenTag {
            offset,
            name,
            parent,
            index,
            first_attribute,
        } = open;
        // The parent is the innermost open element.
        if let Some(parent) = self.open.last_mut() {
            parent.has_elements = true;
        }
        self.sink.element(name, offset, parent, first_attribute);
        self.open.push(OpenElement {
            index,
            name,
            has_elements: false,
        });
        index
    }

    /// Closes the element at `index`: its subtree ends here.
    #[inline]
    pub fn close(&mut self, index: u32) {
        let has_elements = match self.open.last() {
            Some(open) if open.index == index => {
                self.open.pop().is_some_and(|open| open.has_elements)
            }
            _ => false,
        };
        let end = self.sink.node_count() as u32;
        self.sink.close(index, end, has_elements);
    }
}
