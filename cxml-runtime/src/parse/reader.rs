//! Input text to a [`Tree`]: quick-xml's event loop, with the XML rules cXML needs on top
//! (no DOCTYPE, no entities beyond the five predefined ones, no processing instructions, no text
//! outside the document element, the caller's limits). This is the careful reader: it takes any
//! input and reports every problem; [`super::quick`] reads the common documents faster and
//! hands everything else to it.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::ParseOptions;
use super::error::Problems;
use super::tree::{NONE, Tree};
use super::tree_builder::{Tag, TreeBuilder};

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

/// Reads `input` into a tree, and whether reading got to the end: it stops early when the XML is
/// not well-formed or a limit is reached (a problem is recorded); other problems are recorded and
/// reading goes on. The tree read so far is returned either way, for the problems' paths.
pub(crate) fn read<'a>(
    input: &'a str,
    options: &ParseOptions,
    problems: &mut Problems,
) -> (Tree<'a>, bool) {
    let mut builder = TreeBuilder::new(input);
    let complete = read_into(input, &mut builder, options, problems).is_some();
    (builder.into_tree(), complete)
}

fn read_into<'a>(
    input: &'a str,
    builder: &mut TreeBuilder<'a>,
    options: &ParseOptions,
    problems: &mut Problems,
) -> Option<()> {
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
                problems.push(at, builder.current(), format!("malformed XML: {error}"));
                return None;
            }
        };
        match event {
            Event::Text(content) => text(input, builder, &content, start, problems),
            Event::CData(content) => text(input, builder, &content, start, problems),
            Event::GeneralRef(reference) => builder.reference(&reference, start, problems),
            Event::Start(element) => {
                builder.start(
                    tag(input, &element, start, builder, problems)?,
                    options,
                    problems,
                )?;
            }
            Event::Empty(element) => {
                let tag = tag(input, &element, start, builder, problems)?;
                let index = builder.start(tag, options, problems)?;
                builder.close(index);
            }
            Event::End(_) => builder.end(problems),
            Event::Comment(_) => {}
            Event::Decl(_) => {
                if start != declaration_at {
                    problems.push(
                        start,
                        builder.current(),
                        "the XML declaration may only stand at the very start of the document",
                    );
                }
            }
            Event::PI(_) => problems.push(
                start,
                builder.current(),
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
            Event::Eof => return builder.finish(problems),
        }
    }
}

/// Hands a text or CDATA event's bytes (a slice of the input) to the builder.
fn text<'a>(
    input: &'a str,
    builder: &mut TreeBuilder<'a>,
    content: &[u8],
    start: usize,
    problems: &mut Problems,
) {
    match slice_of(input, content) {
        Some((raw, offset)) => builder.text(raw, offset, start, problems),
        // Not a slice of the input (never with a `&str` reader): copy it.
        None => builder.push_text(
            Cow::Owned(String::from_utf8_lossy(content).into_owned()),
            start,
        ),
    }
}

/// A start tag's name and attribute list as slices of the input.
fn tag<'a>(
    input: &'a str,
    element: &BytesStart<'_>,
    offset: usize,
    builder: &TreeBuilder<'a>,
    problems: &mut Problems,
) -> Option<Tag<'a>> {
    let parent = builder.current();
    let Some((name, _)) = slice_of(input, element.name().as_ref()) else {
        problems.push(
            offset,
            parent,
            "malformed XML: an element name is not valid UTF-8",
        );
        return None;
    };
    let list = element.attributes_raw();
    let Some(list_offset) = offset_in(input, list) else {
        problems.push(
            offset,
            parent,
            "malformed XML: an attribute is not valid UTF-8",
        );
        return None;
    };
    Some(Tag {
        offset,
        name,
        list: input
            .as_bytes()
            .get(list_offset..list_offset + list.len())?,
        list_offset,
    })
}
