//! Input text to a [`Tree`]: quick-xml's event loop, with the XML rules cXML needs on top
//! (no DOCTYPE, no entities beyond the five predefined ones, no processing instructions, no text
//! outside the document element, the caller's limits). Element names, text and attribute values
//! are borrowed from the input unless references or line ends force a copy.

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;

use quick_xml::Reader;
use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesStart, Event};

use super::ParseOptions;
use super::error::Problems;
use super::text::{self, TextProblem};
use super::tree::{Item, Kind, NONE, RawAttribute, RawElement, Text, Tree};

/// The byte offset of `part` in `input`, when `part` is a slice of it.
fn offset_in(input: &str, part: &[u8]) -> Option<usize> {
    let offset = part.as_ptr().addr().checked_sub(input.as_ptr().addr())?;
    (offset.checked_add(part.len())? <= input.len()).then_some(offset)
}

/// `part` as a `&str` of the input's lifetime, when it is a slice of `input` on char boundaries.
fn slice_of<'a>(input: &'a str, part: &[u8]) -> Option<(&'a str, usize)> {
    let offset = offset_in(input, part)?;
    input
        .get(offset..offset + part.len())
        .map(|text| (text, offset))
}

/// Why a start tag's attribute list is malformed, at a byte offset in the list; turned into
/// quick-xml's [`AttrError`] (whose offsets count from the byte after `<`) for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AttributeError {
    ExpectedEq(usize),
    ExpectedValue(usize),
    UnquotedValue(usize),
    ExpectedQuote(usize, u8),
}

impl AttributeError {
    /// quick-xml's error, for a tag whose name is `name_len` bytes long.
    fn at(self, name_len: usize) -> AttrError {
        match self {
            AttributeError::ExpectedEq(at) => AttrError::ExpectedEq(name_len + at),
            AttributeError::ExpectedValue(at) => AttrError::ExpectedValue(name_len + at),
            AttributeError::UnquotedValue(at) => AttrError::UnquotedValue(name_len + at),
            AttributeError::ExpectedQuote(at, quote) => {
                AttrError::ExpectedQuote(name_len + at, quote)
            }
        }
    }
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// The first index from `at` on whose byte is not XML whitespace (or `list.len()`).
fn skip_space(list: &[u8], at: usize) -> usize {
    match list.get(at..) {
        Some(rest) => {
            at + rest
                .iter()
                .position(|&byte| !is_space(byte))
                .unwrap_or(rest.len())
        }
        None => at,
    }
}

type Attribute = (Range<usize>, Range<usize>);

/// The next attribute of a start tag's attribute list (`BytesStart::attributes_raw`): the
/// ranges of its name and of its value between the quotes. The same grammar and errors as
/// quick-xml's attribute iterator without duplicate checks (duplicates are the validator's),
/// in one tight loop.
fn next_attribute(list: &[u8], at: &mut usize) -> Option<Result<Attribute, AttributeError>> {
    let len = list.len();
    let start = skip_space(list, *at);
    if start >= len {
        *at = len;
        return None;
    }
    // Done after an error: the reader stops at the first one.
    *at = len;
    // The key's first byte is taken whatever it is, as quick-xml does.
    let rest = list.get(start + 1..).unwrap_or(&[]);
    let i = start
        + 1
        + rest
            .iter()
            .position(|&byte| byte == b'=' || is_space(byte))
            .unwrap_or(rest.len());
    let key = start..i.min(len);
    let mut eq = i;
    if list.get(eq) != Some(&b'=') {
        eq = skip_space(list, i);
        match list.get(eq) {
            Some(b'=') => {}
            Some(_) => return Some(Err(AttributeError::ExpectedEq(eq))),
            None => return Some(Err(AttributeError::ExpectedEq(len))),
        }
    }
    let quote_at = skip_space(list, eq + 1);
    let quote = match list.get(quote_at) {
        Some(&quote @ (b'"' | b'\'')) => quote,
        Some(_) => return Some(Err(AttributeError::UnquotedValue(quote_at))),
        None => return Some(Err(AttributeError::ExpectedValue(len))),
    };
    let value_start = quote_at + 1;
    let rest = list.get(value_start..).unwrap_or(&[]);
    match memchr::memchr(quote, rest) {
        Some(length) => {
            let value_end = value_start + length;
            *at = value_end + 1;
            Some(Ok((key, value_start..value_end)))
        }
        None => Some(Err(AttributeError::ExpectedQuote(len, quote))),
    }
}

/// Reads `input` into a tree, and whether reading got to the end: it stops early when the XML is
/// not well-formed or a limit is reached (a problem is recorded); other problems are recorded and
/// reading goes on. The tree read so far is returned either way, for the problems' paths.
pub(crate) fn read<'a>(
    input: &'a str,
    options: &ParseOptions,
    problems: &mut Problems,
) -> (Tree<'a>, bool) {
    // Room for a typical document's items and attributes (an element or a run of text every
    // two dozen bytes, an attribute every five dozen), so the vectors rarely grow; the input
    // size is already within the caller's limit.
    let items = input.len() / 24 + 8;
    let attributes = input.len() / 64 + 4;
    let mut state = State {
        input,
        tree: Tree {
            items: Vec::with_capacity(items),
            attributes: Vec::with_capacity(attributes),
            text: String::new(),
        },
        open: Vec::with_capacity(16),
        text: None,
        elements: 0,
        value_problems: Vec::new(),
    };
    let complete = read_into(&mut state, options, problems).is_some();
    (state.tree, complete)
}

fn read_into(state: &mut State<'_>, options: &ParseOptions, problems: &mut Problems) -> Option<()> {
    let input = state.input;
    let mut reader = Reader::from_str(input);
    let config = reader.config_mut();
    config.check_comments = true;
    config.check_end_names = true;
    config.allow_unmatched_ends = false;
    config.allow_dangling_amp = false;
    config.expand_empty_elements = false;
    config.trim_text(false);

    let declaration_at = if input.starts_with('\u{FEFF}') { 3 } else { 0 };
    loop {
        let start = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(error) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(start);
                problems.push(at, state.current(), format!("malformed XML: {error}"));
                return None;
            }
        };
        match event {
            Event::Text(content) => state.text_slice(&content, start, problems),
            Event::CData(content) => state.text_slice(&content, start, problems),
            Event::GeneralRef(reference) => {
                let resolved = match text::predefined_entity(&reference) {
                    Some(c) => Ok(c),
                    None => text::resolve_reference(&String::from_utf8_lossy(&reference)),
                };
                match resolved {
                    Ok(c) => state.push_char(c, start),
                    Err(message) => problems.push(start, state.current(), message),
                }
            }
            Event::Start(element) => {
                state.start(&element, start, options, problems)?;
            }
            Event::Empty(element) => {
                let index = state.start(&element, start, options, problems)?;
                state.close(index);
            }
            Event::End(_) => {
                state.flush_text(problems);
                if let Some(&index) = state.open.last() {
                    state.close(index);
                }
            }
            Event::Comment(_) => {}
            Event::Decl(_) => {
                if start != declaration_at {
                    problems.push(
                        start,
                        state.current(),
                        "the XML declaration may only stand at the very start of the document",
                    );
                }
            }
            Event::PI(_) => problems.push(
                start,
                state.current(),
                "processing instructions are not allowed in a cXML document",
            ),
            Event::DocType(doctype) => {
                let declares = doctype.windows(8).any(|window| window == b"<!ENTITY");
                let message = if declares {
                    "a DOCTYPE is not allowed in a cXML document, and neither are entity declarations"
                } else {
                    "a DOCTYPE is not allowed in a cXML document"
                };
                problems.push(start, NONE, message);
            }
            Event::Eof => {
                state.flush_text(problems);
                if let Some(&open) = state.open.last() {
                    let name = state.tree.element(open).map_or("", |element| element.name);
                    problems.push(
                        input.len(),
                        open,
                        format!("malformed XML: `<{name}>` is not closed"),
                    );
                    return None;
                }
                return Some(());
            }
        }
    }
}

/// A run of text between two tags, as read so far.
#[derive(Clone, Copy)]
enum Run<'a> {
    /// One piece, borrowed from the input.
    Borrowed(&'a str),
    /// Several pieces, or one that had to be changed: `tree.text[start..]`.
    Assembled { start: usize },
}

struct State<'a> {
    input: &'a str,
    tree: Tree<'a>,
    /// Indices of the open elements, outermost first.
    open: Vec<u32>,
    /// Text read since the last tag: its offset and content.
    text: Option<(usize, Run<'a>)>,
    elements: usize,
    /// Problems of the attribute value being read (kept to reuse its allocation).
    value_problems: Vec<TextProblem>,
}

impl<'a> State<'a> {
    /// The innermost open element, for problem paths.
    fn current(&self) -> u32 {
        self.open.last().copied().unwrap_or(NONE)
    }

    /// Takes a text or CDATA event's bytes (a slice of the input).
    fn text_slice(&mut self, content: &[u8], start: usize, problems: &mut Problems) {
        let Some((raw, offset)) = slice_of(self.input, content) else {
            // Not a slice of the input (never with a `&str` reader): copy it.
            let owned = String::from_utf8_lossy(content).into_owned();
            self.push_text(Cow::Owned(owned), start);
            return;
        };
        let (content, problem) = text::character_data(raw);
        if let Some(problem) = problem {
            problems.push(offset + problem.offset, self.current(), problem.message);
        }
        self.push_text(content, start);
    }

    fn push_text(&mut self, content: Cow<'a, str>, offset: usize) {
        match (&self.text, content) {
            (None, Cow::Borrowed(content)) => self.text = Some((offset, Run::Borrowed(content))),
            (_, content) => {
                self.assemble(offset);
                self.tree.text.push_str(&content);
            }
        }
    }

    /// Adds a character a reference stands for.
    fn push_char(&mut self, c: char, offset: usize) {
        self.assemble(offset);
        self.tree.text.push(c);
    }

    /// Makes the current run (or a new one at `offset`) an assembled one, to push onto.
    fn assemble(&mut self, offset: usize) {
        if self.tree.text.capacity() == 0 {
            // What is assembled from here on is never longer than the rest of the input
            // (references, CDATA and line ends only shrink), so the buffer never grows.
            let from = self.text.as_ref().map_or(offset, |(at, _)| *at);
            self.tree
                .text
                .reserve(self.input.len().saturating_sub(from));
        }
        match self.text {
            Some((_, Run::Assembled { .. })) => {}
            Some((at, Run::Borrowed(first))) => {
                let start = self.tree.text.len();
                self.tree.text.push_str(first);
                self.text = Some((at, Run::Assembled { start }));
            }
            None => {
                let start = self.tree.text.len();
                self.text = Some((offset, Run::Assembled { start }));
            }
        }
    }

    /// Ends the current run of text: stored in its element, or refused outside the root.
    fn flush_text(&mut self, problems: &mut Problems) {
        let Some((offset, run)) = self.text.take() else {
            return;
        };
        let content = match run {
            Run::Borrowed(content) => Text::Borrowed(content),
            Run::Assembled { start } => Text::Owned {
                start,
                end: self.tree.text.len(),
            },
        };
        let parent = self.current();
        if parent == NONE {
            if !text::is_blank(self.tree.text(content)) {
                problems.push(
                    offset,
                    NONE,
                    "text is not allowed outside the document element `Response`",
                );
            }
            if let Run::Assembled { start } = run {
                self.tree.text.truncate(start);
            }
            return;
        }
        self.count_child(parent, false);
        self.tree.items.push(Item {
            kind: Kind::Text(content),
            offset,
            parent,
        });
    }

    fn count_child(&mut self, parent: u32, is_element: bool) {
        if let Some(Item {
            kind: Kind::Element(element),
            ..
        }) = self.tree.items.get_mut(parent as usize)
        {
            element.children = element.children.saturating_add(1);
            element.has_elements |= is_element;
        }
    }

    /// Opens an element; `None` when a limit stops the reader.
    fn start(
        &mut self,
        element: &BytesStart<'_>,
        offset: usize,
        options: &ParseOptions,
        problems: &mut Problems,
    ) -> Option<u32> {
        self.flush_text(problems);
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
        if self.elements > options.max_elements || self.tree.items.len() >= (NONE - 1) as usize {
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
        let index = self.tree.items.len() as u32;
        let Some((name, _)) = slice_of(self.input, element.name().as_ref()) else {
            problems.push(
                offset,
                parent,
                "malformed XML: an element name is not valid UTF-8",
            );
            return None;
        };
        let first_attribute = self.tree.attributes.len() as u32;
        let raw = element.attributes_raw();
        // Positions in quick-xml's attribute errors count from the byte after `<`.
        let name_len = name.len();
        let Some(base) = offset_in(self.input, raw) else {
            problems.push(
                offset,
                parent,
                "malformed XML: an attribute is not valid UTF-8",
            );
            return None;
        };
        let mut at = 0;
        let mut count = 0;
        while let Some(attribute) = next_attribute(raw, &mut at) {
            if count >= options.max_attributes {
                problems.push(
                    offset,
                    index,
                    format!(
                        "an element has more than {} attributes",
                        options.max_attributes
                    ),
                );
                return None;
            }
            count += 1;
            let (key_range, value_range) = match attribute {
                Ok(ranges) => ranges,
                Err(error) => {
                    let error = error.at(name_len);
                    problems.push(offset, parent, format!("malformed XML: {error}"));
                    return None;
                }
            };
            let (Some(key), Some(raw_value)) = (
                self.input.get(base + key_range.start..base + key_range.end),
                self.input
                    .get(base + value_range.start..base + value_range.end),
            ) else {
                problems.push(
                    offset,
                    parent,
                    "malformed XML: an attribute is not valid UTF-8",
                );
                return None;
            };
            let value_offset = base + value_range.start;
            let value = text::attribute_value(raw_value, &mut self.value_problems);
            if !self.value_problems.is_empty() {
                for problem in self.value_problems.drain(..) {
                    // Problems about the element are given their path once it is pushed below.
                    problems.push(value_offset + problem.offset, index, problem.message);
                }
            }
            self.tree.attributes.push(RawAttribute {
                name: key,
                value,
                offset: base + key_range.start,
                value_offset,
                table_name: Cell::new(""),
            });
        }
        let end_attribute = self.tree.attributes.len() as u32;
        if parent != NONE {
            self.count_child(parent, true);
        }
        self.tree.items.push(Item {
            kind: Kind::Element(RawElement {
                name,
                first_attribute,
                end_attribute,
                end: NONE,
                children: 0,
                has_elements: false,
                id: Cell::new(None),
            }),
            offset,
            parent,
        });
        self.open.push(index);
        Some(index)
    }

    /// Closes the element at `index`: its subtree ends here.
    fn close(&mut self, index: u32) {
        if self.open.last() == Some(&index) {
            self.open.pop();
        }
        let end = self.tree.items.len() as u32;
        if let Some(Item {
            kind: Kind::Element(element),
            ..
        }) = self.tree.items.get_mut(index as usize)
        {
            element.end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use quick_xml::events::BytesStart;

    use super::next_attribute;

    /// Every attribute list over a small alphabet, read by quick-xml's iterator and by ours:
    /// the same attributes, and the same first error.
    #[test]
    fn attribute_lists_read_as_quick_xml_reads_them() {
        let alphabet = [" ", "a", "=", "\"", "'", "\t", "b"];
        let lists = cxml_schema::test_support::every_string(&alphabet, 6);
        for list in &lists {
            let tag = format!("Say {list}");
            let start = BytesStart::from_content(tag.as_str(), 3);
            let mut expected = Vec::new();
            for attribute in start.attributes().with_checks(false) {
                match attribute {
                    Ok(attribute) => expected.push(Ok((
                        attribute.key.as_ref().to_vec(),
                        attribute.value.to_vec(),
                    ))),
                    Err(error) => {
                        expected.push(Err(error.to_string()));
                        break;
                    }
                }
            }
            let raw = start.attributes_raw();
            let mut found = Vec::new();
            let mut at = 0;
            while let Some(attribute) = next_attribute(raw, &mut at) {
                match attribute {
                    Ok((key, value)) => found.push(Ok((raw[key].to_vec(), raw[value].to_vec()))),
                    Err(error) => {
                        found.push(Err(error.at(3).to_string()));
                        break;
                    }
                }
            }
            assert_eq!(found, expected, "{list:?}");
        }
    }
}
