//! The quick path: the documents cXML is written in (elements, attributes, text, references,
//! comments, CDATA, an XML declaration at the start), read into the same [`Tree`] as the careful
//! reader builds, in one pass without its event machinery: a start tag is read with its
//! attributes, an end tag is matched against the open element's name, and the pieces go to the
//! shared [`TreeBuilder`]. Where a tag, a comment or a reference ends follows quick-xml's rules
//! (its `PiParser` for the declaration, the same searches for comments and CDATA), and the
//! grammar accepted here is narrow enough that those ends are the careful reader's.
//!
//! It takes nothing on trust: at anything else (a DOCTYPE, a processing instruction, a BOM, a
//! stray `&`, a mismatched end tag, any problem at all) it gives up, and [`super::parse_with`]
//! reads the input again with [`super::reader`], which reports it. So whatever it accepts, the
//! careful reader accepts as the same tree; the tests and the `parse` fuzz target check that.

use memchr::{memchr, memchr_iter, memchr2, memchr3};
use quick_xml::parser::{Parser, PiParser};

use super::ParseOptions;
use super::attribute_list::is_space;
use super::checked::CheckedDocument;
use super::error::Problems;
use super::sink::Sink;
use super::text;
use super::tree::Tree;
use super::tree_builder::TreeBuilder;
use crate::document::Document;
use crate::escape;

/// The tree of `input`, when it reads without a single problem on the quick path.
pub(crate) fn read<'a>(input: &'a str, options: &ParseOptions) -> Option<Tree<'a>> {
    let mut problems = Problems::new(1);
    let mut builder = TreeBuilder::new(input);
    read_into(input, &mut builder, options, &mut problems)?;
    problems.is_empty().then(|| builder.into_tree())
}

/// Why [`read_checked`] gave a document up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unchecked {
    /// The markup: something the quick path does not read, or an XML problem. The careful
    /// reader reads it again and says what.
    Markup,
    /// A rule (or a channel the first verb did not settle): the markup reads well, so the quick
    /// path can build the tree for the walk to report on.
    Rules,
}

/// The document of `input`, read on the quick path and checked as it is read
/// ([`CheckedDocument`]), when it reads without a single problem and breaks no rule.
pub(crate) fn read_checked<'a>(
    input: &'a str,
    options: &ParseOptions,
) -> Result<Document<'a>, Unchecked> {
    let mut problems = Problems::new(1);
    let mut document = CheckedDocument::new(input.len(), options.platform);
    let mut builder = TreeBuilder::with_sink(input, &mut document);
    let read = read_into(input, &mut builder, options, &mut problems);
    let refused = builder.refused();
    if !problems.is_empty() {
        return Err(Unchecked::Markup);
    }
    match read {
        // Stopped by the check, not by the markup.
        None if refused => Err(Unchecked::Rules),
        None => Err(Unchecked::Markup),
        Some(()) => document.take_document().ok_or(Unchecked::Rules),
    }
}

fn read_into<'a, S: Sink<'a>>(
    input: &'a str,
    builder: &mut TreeBuilder<'a, S>,
    options: &ParseOptions,
    problems: &mut Problems,
) -> Option<()> {
    let bytes = input.as_bytes();
    // Each piece of text and each value is looked at for the bytes that need work as it is read
    // (a value's as the scan for its end goes), which costs less than a pass over the whole
    // input first: the markup and the layout between the tags are never looked at for them.
    let mut at = if bytes.starts_with(b"<?") {
        declaration(bytes)?
    } else {
        0
    };
    loop {
        if !problems.is_empty() || builder.refused() {
            return None;
        }
        let rest = bytes.get(at..)?;
        // Text up to the next markup or reference, as quick-xml splits it. Tags often follow
        // each other directly, or after a line end and an indent: then there is no text to
        // search, and the layout, a few bytes, is stepped over.
        let (layout, text_end) = match rest.first() {
            Some(b'<') => (0, Some(0)),
            Some(&byte) if !is_layout(byte) => (0, text_stop(rest)),
            _ => {
                let layout = rest
                    .iter()
                    .position(|&byte| !is_layout(byte))
                    .unwrap_or(rest.len());
                let end = match rest.get(layout) {
                    Some(b'<') => Some(layout),
                    _ => text_stop(rest.get(layout..)?).map(|end| layout + end),
                };
                (layout, end)
            }
        };
        // A plain run of text whose references are all predefined (`&amp;` in a URL) is
        // resolved up to the next tag in one go, not stopped at each reference.
        if let Some(length) = text_end
            && bytes.get(at + length) == Some(&b'&')
            && let Some(end) = memchr(b'<', rest.get(length..)?).map(|end| length + end)
            && text::is_plain_text(rest.get(..end)?)
            && builder.plain_text_with_references(input.get(at..at + end)?, length, at)
        {
            at += end;
            continue;
        }
        match text_end {
            None => {
                if !rest.is_empty() {
                    builder.text(input.get(at..)?, at, at, problems);
                }
                return builder.finish(problems);
            }
            Some(0) => {}
            // Layout before a child or after the last one (the usual indentation and line ends):
            // nothing stores it, so it is not looked at, not even for its carriage returns.
            Some(length) if length == layout && builder.drops_layout(rest.get(length..)?) => {
                at += length;
            }
            Some(length) if text::is_plain_text(rest.get(..length)?) => {
                builder.plain_text(input.get(at..at + length)?, at);
                at += length;
            }
            Some(length) => {
                builder.text(input.get(at..at + length)?, at, at, problems);
                at += length;
            }
        }
        if bytes.get(at) == Some(&b'&') {
            let name_at = at + 1;
            let length = memchr3(b';', b'&', b'<', bytes.get(name_at..)?)?;
            if bytes.get(name_at + length) != Some(&b';') {
                return None;
            }
            builder.reference(bytes.get(name_at..name_at + length)?, at, problems);
            at = name_at + length + 1;
            continue;
        }
        at = markup(input, at, builder, options, problems)?;
    }
}

/// Where the text that starts `rest` ends: at the first `<` or `&`. Most pieces (a number, a
/// SIP address, a sentence) end within [`HEAD`] bytes, which are tested a word at a time in
/// place (a search costs more to set up); a longer one is searched for.
#[inline(always)]
fn text_stop(rest: &[u8]) -> Option<usize> {
    if let Some(head) = rest.first_chunk::<HEAD>() {
        for (at, word) in head.chunks_exact(8).enumerate() {
            let word = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
            // Only the lowest bit of each test is exact, and so the lowest of them.
            let found = escape::bytes_equal(word, b'<') | escape::bytes_equal(word, b'&');
            if found != 0 {
                return Some(at * 8 + (found.trailing_zeros() / 8) as usize);
            }
        }
    }
    let from = if rest.len() >= HEAD { HEAD } else { 0 };
    memchr2(b'<', b'&', rest.get(from..)?).map(|stop| from + stop)
}

/// Whether `byte` is XML's whitespace (space, tab, line ends): the layout of documents written
/// one element a line, which [`crate::schema::is_blank`] also finds blank.
#[inline(always)]
fn is_layout(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// Whether `bytes` holds a control byte or a byte above ASCII, looked at eight bytes at a time:
/// a value's head is short, and a search would cost more to set up.
#[inline]
fn has_control_or_high(bytes: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
        if escape::control_or_high_bytes(word) != 0 {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&byte| !(b' '..0x80).contains(&byte))
}

/// How many bytes of a value [`stop_in_head`] looks at.
const HEAD: usize = 64;

/// Where the first quote `quote`, `&` or `<` stands among the first [`HEAD`] bytes of `rest`, if
/// one does: most values (`true`, `5`, `Polly.Joanna`, `dtmf speech`) end there, and two words
/// tested in place cost less than the setup of a vector search. A control byte (a tab or a line
/// end, which the value needs work for) or a byte above ASCII (which may lead U+FFFE) stops it
/// too, so that the bytes before a stop need no look of their own. `None` also when `rest` is
/// shorter: the search takes over, from the value's start. `quote` is `"` or `'`.
#[inline(always)]
fn stop_in_head(rest: &[u8], quote: u8) -> Option<usize> {
    let head = rest.first_chunk::<HEAD>()?;
    let mut base = 0;
    for word in head.chunks_exact(8) {
        let word = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
        // Only the lowest bit of each test is exact, and so the lowest of them.
        // A quote differs from `&` in one bit: one test finds either.
        let found = escape::bytes_equal_either(word, quote, b'&')
            | escape::bytes_equal(word, b'<')
            | escape::control_or_high_bytes(word);
        if found != 0 {
            return Some(base + (found.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    None
}

/// Where the first quote `quote`, `&` or `<` stands in `rest`, and whether no control byte and
/// no byte above ASCII stands before it: looked for in the head ([`stop_in_head`], where such a
/// byte stops the look too), then by a search from the end of the head (or from the start of a
/// value near the end of the input, which has no head of [`HEAD`] bytes to look at: `<Pause
/// length="1"/>` before `</Response>`), whose bytes are then looked at for them.
#[inline(always)]
fn value_stop(rest: &[u8], quote: u8) -> Option<(usize, bool)> {
    if let Some(stop) = stop_in_head(rest, quote) {
        return Some((stop, true));
    }
    let from = if rest.len() >= HEAD { HEAD } else { 0 };
    let stop = from + memchr3(quote, b'&', b'<', rest.get(from..)?)?;
    Some((stop, !has_control_or_high(rest.get(from..stop)?)))
}

/// An XML declaration at the very start; the offset after it. A processing instruction there is
/// the careful reader's.
fn declaration(bytes: &[u8]) -> Option<usize> {
    let after = bytes.get(1..)?;
    let end = PiParser(false).feed(after)?;
    // `?xml …?`, as quick-xml tells a declaration from a processing instruction.
    let content = after.get(1..end.checked_sub(1)?)?;
    let is_declaration = after.get(end - 1) == Some(&b'?')
        && content.starts_with(b"xml")
        && content.get(3).is_none_or(|&byte| is_space(byte));
    is_declaration.then_some(end + 2)
}

/// The markup whose `<` is at `open`; the offset after it.
fn markup<'a, S: Sink<'a>>(
    input: &'a str,
    open: usize,
    builder: &mut TreeBuilder<'a, S>,
    options: &ParseOptions,
    problems: &mut Problems,
) -> Option<usize> {
    let bytes = input.as_bytes();
    let after = bytes.get(open + 1..)?;
    match after.first()? {
        b'/' => {
            // Only the open element's name closes it, with the whitespace quick-xml trims after
            // it. That name holds no quote and no `>` (see `start_tag`), so the `>` found here
            // is the one quick-xml's `ElementParser` would find.
            let name = builder.open_name()?;
            let after_name = after.get(1..)?.strip_prefix(name.as_bytes())?;
            let spaces = match after_name.first() {
                Some(b'>') => 0,
                _ => after_name.iter().position(|&byte| !is_space(byte))?,
            };
            if after_name.get(spaces) != Some(&b'>') {
                return None;
            }
            builder.end(problems);
            Some(open + 2 + name.len() + spaces + 1)
        }
        b'!' => {
            let end = bang(after, builder, open, input, problems)?;
            Some(open + end + 2)
        }
        b'?' => None,
        _ => start_tag(input, open, builder, options, problems),
    }
}

/// The start tag whose `<` is at `open`, read in one pass: name, attributes, end. The tag ends
/// where quick-xml's `ElementParser` would end it, because the grammar accepted here has quotes
/// only around values; anything looser (a quote or `/` in a name, no space between attributes,
/// an unquoted value) is the careful reader's.
fn start_tag<'a, S: Sink<'a>>(
    input: &'a str,
    open: usize,
    builder: &mut TreeBuilder<'a, S>,
    options: &ParseOptions,
    problems: &mut Problems,
) -> Option<usize> {
    let bytes = input.as_bytes();
    let (name_end, _) = word_end(bytes, open + 1)?;
    if name_end == open + 1 {
        return None;
    }
    let name = input.get(open + 1..name_end)?;
    let mut tag = builder.open_tag(open, name, options, problems)?;
    let mut at = name_end;
    loop {
        // Attributes are mostly written `name="value"`, one space apart: the single space, the
        // `=` and the quote are looked at directly, and only other layout is skipped in a loop.
        let spaced = bytes.get(at).is_some_and(|&byte| is_space(byte));
        if spaced {
            at = skip_space(bytes, at + 1);
        }
        match *bytes.get(at)? {
            b'>' => {
                builder.end_tag(tag);
                return Some(at + 1);
            }
            b'/' => {
                if bytes.get(at + 1) != Some(&b'>') {
                    return None;
                }
                let index = builder.end_tag(tag);
                builder.close(index);
                return Some(at + 2);
            }
            _ if !spaced => return None,
            _ => {}
        }
        let key_at = at;
        let (key_end, ended_by) = word_end(bytes, key_at)?;
        if key_end == key_at {
            return None;
        }
        let eq = match ended_by {
            b'=' => key_end,
            _ => {
                let eq = skip_space(bytes, key_end);
                if bytes.get(eq) != Some(&b'=') {
                    return None;
                }
                eq
            }
        };
        let quote_at = match bytes.get(eq + 1) {
            Some(b'"' | b'\'') => eq + 1,
            _ => skip_space(bytes, eq + 1),
        };
        let quote = *bytes
            .get(quote_at)
            .filter(|&&byte| byte == b'"' || byte == b'\'')?;
        let value_at = quote_at + 1;
        let rest = bytes.get(value_at..)?;
        let key = (input.get(key_at..key_end)?, key_at);
        // One scan finds the end of a value that needs no work, or the first `&` of one that
        // does (a URL's query string), before which the value needs no look. `clean`: no control
        // byte and no byte above ASCII stands before the stop.
        let (stop, clean) = value_stop(rest, quote)?;
        let (plain_end, plain_from) = match rest.get(stop) {
            Some(&byte) if clean && byte == quote => (Some(stop), None),
            Some(b'&') if clean => (None, Some(stop)),
            // A tab, a line end, a byte above ASCII, a `<`: the general routine finds out what
            // the value needs (and keeps it as written if nothing, as the careful reader does).
            _ => (None, None),
        };
        if let Some(stop) = plain_end {
            let value = (input.get(value_at..value_at + stop)?, value_at);
            builder.plain_attribute(&mut tag, key, value, options, problems)?;
            at = value_at + stop + 1;
            continue;
        }
        // A value whose only work is references (a URL's query string): resolved as its end is
        // looked for, from the first `&`, before which it needs no look.
        if let Some(first) = plain_from.filter(|&first| first > 0 || rest.first() == Some(&b'&'))
            && let Some(length) = builder.resolved_attribute(
                &mut tag,
                key,
                value_at,
                |out| references_to_end(input.get(value_at..)?, first, quote, out),
                options,
                problems,
            )?
        {
            at = value_at + length + 1;
            continue;
        }
        // Any other value: its end found by a search, and the work done by the general routine.
        // No quote stands before the first stop the search found (`plain_from`).
        let from = plain_from.unwrap_or(0);
        let stop = from + memchr(quote, rest.get(from..)?)?;
        let value = (input.get(value_at..value_at + stop)?, value_at);
        // `predefined_references` reads a plain value (tabs and line ends it turns into spaces).
        let plain_from = plain_from.filter(|_| text::is_plain_text(value.0.as_bytes()));
        builder.attribute(&mut tag, key, value, plain_from, options, problems)?;
        at = value_at + stop + 1;
    }
}

/// Appends the value that starts `rest` to `out` with its predefined references resolved, up to
/// its closing `quote`, in one pass: from the `&` at `first` (before which the value needs no
/// work), each next stop is found by one search. The length of the value as written; `None`
/// (with part of it appended) at anything else that needs work: a reference that is not a
/// predefined one, a `<`, a control byte or a byte above ASCII.
#[inline]
fn references_to_end(rest: &str, first: usize, quote: u8, out: &mut String) -> Option<usize> {
    let bytes = rest.as_bytes();
    // Everything before `copied` is in `out`; the next reference is at `at`.
    let mut copied = 0;
    let mut at = first;
    for resolved_so_far in 1.. {
        let (resolved, width) = text::predefined_reference(bytes.get(at..)?)?;
        out.push_str(rest.get(copied..at)?);
        out.push(resolved);
        copied = at + width;
        let after = bytes.get(copied..)?;
        // Past a few references, a value is a long query string: the rest of it is resolved a
        // block at a time, with no search from one reference to the next.
        if resolved_so_far == DENSE_REFERENCES {
            let end = memchr(quote, after)?;
            let tail = rest.get(copied..copied + end)?;
            if !text::is_plain_text(tail.as_bytes()) {
                return None;
            }
            text::predefined_references(tail, 0, out)?;
            return Some(copied + end);
        }
        let (next, clean) = value_stop(after, quote)?;
        match *after.get(next)? {
            _ if !clean => return None,
            b'&' => at = copied + next,
            byte if byte == quote => {
                out.push_str(rest.get(copied..copied + next)?);
                return Some(copied + next);
            }
            // `<`, or a control byte.
            _ => return None,
        }
    }
    None
}

/// How many references [`references_to_end`] resolves one search at a time (a callback's query
/// string holds two or three) before it takes the rest of the value a block at a time.
const DENSE_REFERENCES: usize = 4;

/// Where a name starting at `at` ends (at whitespace, `=`, `>` or `/`), and the byte there.
/// `None` (give up) at a quote, which quick-xml would read as the start of a value, or at the
/// end of the input.
fn word_end(bytes: &[u8], at: usize) -> Option<(usize, u8)> {
    // Every byte that ends a name is below `@`; in a name, such a byte is rare (a digit, `-`,
    // `.`, `:`). So each word of eight bytes yields its first byte below `@` at once, and only
    // that byte is looked up: a name costs a step or two, not one branch a byte (which a name's
    // varying length makes the processor mispredict at its end).
    let mut from = at;
    let (end, byte) = loop {
        let Some(word) = bytes.get(from..).and_then(|rest| rest.first_chunk::<8>()) else {
            let rest = bytes.get(from..)?;
            let length = rest.iter().position(|&byte| NAME_ENDS[usize::from(byte)])?;
            break (from + length, *rest.get(length)?);
        };
        let word = u64::from_le_bytes(*word);
        let low = escape::bytes_below_exact(word, b'@');
        if low == 0 {
            from += 8;
            continue;
        }
        // That byte, taken from the word in hand rather than loaded again, and looked up in a
        // bitmap of the bytes below `@` that end a name.
        let shift = low.trailing_zeros() & !7;
        let candidate = from + (shift / 8) as usize;
        let byte = ((word >> shift) & 0x3F) as u8;
        if NAME_END_BITS >> byte & 1 != 0 {
            break (candidate, byte);
        }
        from = candidate + 1;
    };
    match byte {
        b'"' | b'\'' => None,
        _ => Some((end, byte)),
    }
}

/// [`NAME_ENDS`] as a bitmap of the bytes below `@` (all of them are).
const NAME_END_BITS: u64 = {
    let mut bits = 0u64;
    let mut byte = 0;
    while byte < 64 {
        if NAME_ENDS[byte] {
            bits |= 1 << byte;
        }
        byte += 1;
    }
    bits
};

/// The bytes that end a name in a start tag, by value: one load a byte instead of nine compares.
const NAME_ENDS: [bool; 256] = {
    let mut ends = [false; 256];
    let stops = *b" \t\r\n=>/\"'";
    let mut at = 0;
    while at < stops.len() {
        ends[stops[at] as usize] = true;
        at += 1;
    }
    ends
};

fn skip_space(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest
        .iter()
        .position(|&byte| !is_space(byte))
        .unwrap_or(rest.len())
}

/// A comment or a CDATA section (`after` starts at its `!`); the offset of its `>` in `after`.
/// A comment's end and its `--` check are quick-xml's (`check_comments`).
fn bang<'a, S: Sink<'a>>(
    after: &'a [u8],
    builder: &mut TreeBuilder<'a, S>,
    open: usize,
    input: &'a str,
    problems: &mut Problems,
) -> Option<usize> {
    if after.starts_with(b"!--") {
        let end = memchr_iter(b'>', after)
            .find(|&end| end > 4 && after.get(..end).is_some_and(|head| head.ends_with(b"--")))?;
        // No `-` of the comment's content may be followed by another, its closing `--` included.
        let content = after.get(3..end - 2)?;
        let doubled = memchr_iter(b'-', content).any(|at| after.get(3 + at + 1) == Some(&b'-'));
        return (!doubled).then_some(end);
    }
    if after.starts_with(b"![CDATA[") {
        let end = memchr_iter(b'>', after)
            .find(|&end| after.get(..end).is_some_and(|head| head.ends_with(b"]]")))?;
        if end < 10 {
            return None;
        }
        let start = open + 9;
        builder.text(input.get(start..open + 1 + end - 2)?, start, open, problems);
        return Some(end);
    }
    None
}
