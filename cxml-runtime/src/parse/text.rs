//! Character data as XML 1.0 reads it: line ends, references, attribute-value normalization and
//! the characters a document may not hold.

use std::borrow::Cow;

use crate::escape;

/// A problem at a byte offset relative to the start of the text looked at.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct TextProblem {
    pub offset: usize,
    pub message: String,
}

/// Whether XML 1.0 allows this character in a document (production `Char`).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The first byte offset from which `stop` holds. Words for which `needs_look` is false are
/// skipped eight bytes at a time (the tail too, padded with `a`), so `stop` must be false on all
/// their bytes.
#[inline(always)]
fn position(
    bytes: &[u8],
    needs_look: impl Fn(u64) -> bool,
    stop: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut index = 0;
    while index < bytes.len() {
        index += escape::plain_words(bytes, index, &needs_look);
        let rest = bytes.get(index..).unwrap_or(&[]);
        if rest.len() < 8 {
            // The tail as one word, padded with a plain byte: a short value needs no byte loop.
            let mut padded = [b'a'; 8];
            if let Some(head) = padded.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            if !needs_look(u64::from_le_bytes(padded)) {
                return None;
            }
        }
        let end = (index + 8).min(bytes.len());
        while index < end {
            if stop(index) {
                return Some(index);
            }
            index += 1;
        }
    }
    None
}

/// Words that may hold a control byte (line ends included) or the lead byte of U+FFFE/U+FFFF.
#[inline(always)]
fn may_hold_illegal(word: u64) -> bool {
    escape::control_bytes(word) | escape::bytes_equal(word, 0xEF) != 0
}

/// Whether a character XML 1.0 does not allow starts at `index`: a control byte other than tab,
/// newline and carriage return, or U+FFFE/U+FFFF (EF BF BE/BF). These are the only ones a `str`
/// can hold.
#[inline(always)]
fn illegal_at(bytes: &[u8], index: usize) -> bool {
    match bytes[index] {
        b'\t' | b'\n' | b'\r' => false,
        byte if byte < 0x20 => true,
        0xEF => {
            bytes.get(index + 1) == Some(&0xBF) && matches!(bytes.get(index + 2), Some(0xBE | 0xBF))
        }
        _ => false,
    }
}

/// The first character XML 1.0 does not allow, with its byte offset.
pub(crate) fn find_illegal(text: &str) -> Option<TextProblem> {
    let bytes = text.as_bytes();
    let offset = position(bytes, may_hold_illegal, |index| illegal_at(bytes, index))?;
    // Only a char boundary can start an illegal character.
    let c = text.get(offset..)?.chars().next()?;
    Some(TextProblem {
        offset,
        message: illegal_message(c),
    })
}

fn illegal_message(c: char) -> String {
    format!(
        "character U+{:04X} is not allowed in an XML document",
        u32::from(c)
    )
}

/// Whether any byte of `bytes` passes `looks`, which must be false for `a`. Each block of 32
/// bytes is tested without an early exit, which LLVM vectorises (safe code, no intrinsics): plain
/// text costs a few instructions per block instead of several per byte.
#[inline(always)]
fn any_byte(bytes: &[u8], looks: impl Fn(u8) -> bool + Copy) -> bool {
    const BLOCK: usize = 32;
    let block_looks = |block: &[u8]| {
        block
            .iter()
            .fold(0u8, |found, &byte| found | u8::from(looks(byte)))
            != 0
    };
    let mut blocks = bytes.chunks_exact(BLOCK);
    if blocks.any(block_looks) {
        return true;
    }
    // The tail as one more block, padded with a byte that never looks: a short text (most are)
    // needs no byte loop either.
    let tail = blocks.remainder();
    let mut padded = [b'a'; BLOCK];
    if let Some(head) = padded.get_mut(..tail.len()) {
        head.copy_from_slice(tail);
    }
    block_looks(&padded)
}

/// Whether a byte of character data needs work: a carriage return, another control character
/// but tab and newline, or the lead byte of U+FFFE/U+FFFF. Text without any is kept as written.
/// Bitwise, not short-circuit, operators: branch-free, so scans vectorise.
#[inline(always)]
pub(crate) fn text_needs_work(byte: u8) -> bool {
    (byte < 0x20) & (byte != b'\t') & (byte != b'\n') | (byte == 0xEF)
}

/// Whether a byte of an attribute value needs work: a reference, a `<`, a control character
/// (tab and line ends become spaces), or the lead byte of U+FFFE/U+FFFF.
#[inline(always)]
fn value_needs_work(byte: u8) -> bool {
    (byte < 0x20) | (byte == b'&') | (byte == b'<') | (byte == 0xEF)
}

/// Whether no byte of a piece of text or a value needs work as character data
/// ([`text_needs_work`]): then it is kept as written, and a value only needs work for a
/// reference, a tab or a line end.
#[inline]
pub(crate) fn is_plain_text(piece: &[u8]) -> bool {
    !any_byte(piece, text_needs_work)
}

/// Character data as read: line ends normalized, and the first character XML does not allow.
/// One scan settles the common case (nothing to change, nothing to refuse): no carriage return,
/// no control byte but tab and newline, no lead byte of U+FFFE/U+FFFF.
pub(crate) fn character_data(raw: &str) -> (Cow<'_, str>, Option<TextProblem>) {
    if !any_byte(raw.as_bytes(), text_needs_work) {
        return (Cow::Borrowed(raw), None);
    }
    (normalize_line_ends(raw), find_illegal(raw))
}

/// Character data with line ends normalized (`\r\n` and `\r` become `\n`).
pub(crate) fn normalize_line_ends(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The character of one of the five predefined entities, by the bytes of its name: the common
/// reference, settled without a UTF-8 check or a call (the same five as quick-xml's
/// `resolve_predefined_entity`, which [`resolve_reference`] uses for the rest).
pub(crate) fn predefined_entity(name: &[u8]) -> Option<char> {
    match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}

/// The character and width of the predefined entity reference `rest` starts with (`&amp;`…),
/// if it does: the name up to the first `;`, as [`attribute_value`] reads every reference.
pub(crate) fn predefined_reference(rest: &[u8]) -> Option<(char, usize)> {
    // Most are `&amp;` (a URL's query string): four bytes compared at once.
    if rest
        .get(1..5)
        .and_then(|name| <[u8; 4]>::try_from(name).ok())
        == Some(*b"amp;")
    {
        return Some(('&', 5));
    }
    // The longest predefined reference, `&quot;`, is six bytes.
    let end = rest.iter().take(6).position(|&byte| byte == b';')?;
    predefined_entity(rest.get(1..end)?).map(|c| (c, end + 1))
}

/// Resolves the name inside `&…;`: the five predefined entities and character references, both
/// read by quick-xml's own routines (so a sign, `&#x+41;`, or an `X`, `&#X41;`, is refused as
/// XML 1.0 requires).
pub(crate) fn resolve_reference(name: &str) -> Result<char, String> {
    if let Some(c) =
        quick_xml::escape::resolve_predefined_entity(name).and_then(|entity| entity.chars().next())
    {
        return Ok(c);
    }
    if !name.starts_with('#') {
        return Err(format!(
            "unknown entity `&{name};`: cXML documents may only use `&lt;`, `&gt;`, `&amp;`, \
             `&apos;`, `&quot;` and character references"
        ));
    }
    // quick-xml reads character references inside text it unescapes; a reference alone is
    // such a text. Names are short (the reader refuses long ones first), so this is cheap.
    let invalid = || format!("invalid character reference `&{name};`");
    if name.len() > 12 {
        return Err(invalid());
    }
    let reference = format!("&{name};");
    use quick_xml::escape::{EscapeError, ParseCharRefError};
    let unescaped = match quick_xml::escape::unescape(&reference) {
        Ok(unescaped) => unescaped,
        Err(EscapeError::InvalidCharRef(ParseCharRefError::IllegalCharacter(code))) => {
            let c = char::from_u32(code).unwrap_or('\u{0}');
            return Err(format!(
                "the character reference `&{name};` is {}",
                illegal_message(c)
            ));
        }
        Err(_) => return Err(invalid()),
    };
    let mut chars = unescaped.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if is_xml_char(c) => Ok(c),
        (Some(c), None) => Err(format!(
            "the character reference `&{name};` is {}",
            illegal_message(c)
        )),
        _ => Err(invalid()),
    }
}

/// [`attribute_value`] of a plain value ([`is_plain_text`]) whose only special
/// characters are `&`s that start the five predefined references (`https://…?a=1&amp;b=2`, the
/// usual reason a value needs work); `None` for any other value, which `attribute_value` reads.
/// Each block of 32 bytes is searched for `&` at once, so a URL full of `&amp;` costs a few
/// instructions a reference rather than a search from each one. The first `from` bytes are known
/// to hold no `&`, `<`, tab or newline (the reader found the first `&` while looking for the
/// value's end), so the look starts there. The value is appended to `out` (the tree's shared
/// buffer, so that such values take no allocation of their own); after `None`, `out` may hold
/// part of it, and the caller truncates.
pub(crate) fn predefined_references(raw: &str, from: usize, out: &mut String) -> Option<()> {
    let rest = raw.as_bytes().get(from..)?;
    if memchr::memchr3(b'<', b'\t', b'\n', rest).is_some() {
        return None;
    }
    // Everything before `copied` is in `out`.
    let mut copied = 0;
    let mut blocks = rest.chunks_exact(32);
    let mut base = from;
    for block in &mut blocks {
        copied = resolve_ampersands(raw, base, ampersands(block), copied, out)?;
        base += 32;
    }
    let tail = ampersands_in_words(blocks.remainder());
    copied = resolve_ampersands(raw, base, tail, copied, out)?;
    out.push_str(raw.get(copied..)?);
    Some(())
}

/// Appends a run of character data to `out` with its predefined references resolved, when every
/// `&` in it starts one (the first is at `from`); `None`, with part of `raw` appended, at the
/// first `&` that does not. Nothing else is looked at: plain character data ([`is_plain_text`]:
/// no carriage return, no control character but tab and newline) is kept as written but for its
/// references. Text is mostly prose with a reference here and there, so each next `&` is found
/// with a search, not by looking at every byte as [`predefined_references`] does.
pub(crate) fn push_predefined_references(raw: &str, from: usize, out: &mut String) -> Option<()> {
    let bytes = raw.as_bytes();
    // Everything before `copied` is in `out`; the next `&` is at `at`.
    let mut copied = 0;
    let mut at = from;
    loop {
        let (resolved, width) = predefined_reference(bytes.get(at..)?)?;
        out.push_str(raw.get(copied..at)?);
        out.push(resolved);
        copied = at + width;
        match memchr::memchr(b'&', bytes.get(copied..)?) {
            Some(next) => at = copied + next,
            None => break,
        }
    }
    out.push_str(raw.get(copied..)?);
    Some(())
}

/// One bit for each `&` among up to 32 `bytes`.
#[inline(always)]
fn ampersands(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(32)
        .enumerate()
        .fold(0, |mask, (at, &byte)| mask | u32::from(byte == b'&') << at)
}

/// [`ampersands`] of fewer than 32 bytes (the end of a value, often all of it): each word of
/// eight bytes is tested at once (a URL's query string holds a few `&` in a few words), and only
/// the last bytes one by one.
#[inline(always)]
fn ampersands_in_words(bytes: &[u8]) -> u32 {
    let mut words = bytes.chunks_exact(8);
    let mut mask = 0;
    let mut base = 0;
    for word in &mut words {
        let word = <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes);
        // The lowest bit is exact; one above it may be the byte after an `&` (the borrow of the
        // zero-byte test), so each is checked against the byte itself.
        let mut found = escape::bytes_equal(word, b'&');
        while found != 0 {
            let at = base + (found.trailing_zeros() / 8) as usize;
            found &= found - 1;
            mask |= u32::from(bytes.get(at) == Some(&b'&')) << at;
        }
        base += 8;
    }
    mask | ampersands(words.remainder()) << base
}

/// Appends to `out` what `raw` holds from `copied` through the references whose `&`s are the
/// bits of `mask` (offsets from `base`); the new `copied`, or `None` at an `&` that does not
/// start a predefined reference.
#[inline(always)]
fn resolve_ampersands(
    raw: &str,
    base: usize,
    mut mask: u32,
    mut copied: usize,
    out: &mut String,
) -> Option<usize> {
    while mask != 0 {
        let at = base + mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let (resolved, width) = predefined_reference(raw.as_bytes().get(at..)?)?;
        out.push_str(raw.get(copied..at)?);
        out.push(resolved);
        copied = at + width;
    }
    Some(copied)
}

/// An attribute value as XML 1.0 reads it: references resolved, and literal tabs, newlines and
/// carriage returns turned into spaces (attribute-value normalization; `&#10;` keeps a newline).
/// Problems are reported with offsets relative to `raw`; the value is still returned.
pub(crate) fn attribute_value<'a>(raw: &'a str, problems: &mut Vec<TextProblem>) -> Cow<'a, str> {
    // One scan for the common case: nothing to resolve, normalize or refuse.
    if !any_byte(raw.as_bytes(), value_needs_work) {
        return Cow::Borrowed(raw);
    }
    let is_special = |byte: u8| matches!(byte, b'&' | b'<' | b'\t' | b'\n' | b'\r');
    // Only a control byte other than tab and line ends, or the lead byte of U+FFFE/U+FFFF, can
    // start a character XML does not allow.
    let may_be_illegal = |byte: u8| {
        (byte < 0x20) & (byte != b'\t') & (byte != b'\n') & (byte != b'\r') | (byte == 0xEF)
    };
    match any_byte(raw.as_bytes(), may_be_illegal).then(|| find_illegal(raw)) {
        Some(Some(problem)) => problems.push(problem),
        // Only a character such as U+FFFD made the scan look.
        _ if !any_byte(raw.as_bytes(), is_special) => return Cow::Borrowed(raw),
        _ => {}
    }
    let mut out = String::with_capacity(raw.len());
    let mut offset = 0;
    // Most values that need work only hold references (URLs with `&amp;`): then `memchr` finds
    // the end of each run.
    let only_references = !any_byte(raw.as_bytes(), |byte| {
        (byte == b'<') | (byte == b'\t') | (byte == b'\n') | (byte == b'\r')
    });
    // Runs of plain characters are copied whole; the bytes that end them are all ASCII, so every
    // offset below is a char boundary.
    while let Some(rest) = raw.get(offset..) {
        let plain = if only_references {
            memchr::memchr(b'&', rest.as_bytes())
        } else {
            rest.bytes().position(is_special)
        }
        .unwrap_or(rest.len());
        out.push_str(&rest[..plain]);
        offset += plain;
        let rest = &rest[plain..];
        let width = match rest.as_bytes().first() {
            None => break,
            Some(b'&') => match predefined_reference(rest.as_bytes()) {
                Some((resolved, width)) => {
                    out.push(resolved);
                    width
                }
                None => match rest.find(';') {
                    Some(end) => {
                        match resolve_reference(&rest[1..end]) {
                            Ok(resolved) => out.push(resolved),
                            Err(message) => problems.push(TextProblem { offset, message }),
                        }
                        end + 1
                    }
                    None => {
                        problems.push(TextProblem {
                        offset,
                        message: "`&` must start a reference ending in `;` (write `&amp;` for a literal `&`)".into(),
                    });
                        1
                    }
                },
            },
            Some(b'<') => {
                problems.push(TextProblem {
                    offset,
                    message: "`<` is not allowed in an attribute value (write `&lt;`)".into(),
                });
                1
            }
            Some(b'\r') => {
                out.push(' ');
                if rest[1..].starts_with('\n') { 2 } else { 1 }
            }
            // A tab or a newline.
            Some(_) => {
                out.push(' ');
                1
            }
        };
        offset += width;
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_entities_resolve_as_quick_xml_resolves_them() {
        for name in [
            "amp", "lt", "gt", "quot", "apos", "nbsp", "Amp", "am", "ampx", "#38", "",
        ] {
            let expected = quick_xml::escape::resolve_predefined_entity(name)
                .and_then(|entity| entity.chars().next());
            assert_eq!(predefined_entity(name.as_bytes()), expected, "{name}");
        }
    }

    #[test]
    fn references_resolve_and_unknown_ones_are_refused() {
        assert_eq!(resolve_reference("amp"), Ok('&'));
        assert_eq!(resolve_reference("#x41"), Ok('A'));
        assert_eq!(resolve_reference("#10"), Ok('\n'));
        assert!(
            resolve_reference("nbsp")
                .unwrap_err()
                .starts_with("unknown entity `&nbsp;`")
        );
        assert!(resolve_reference("#0").unwrap_err().contains("U+0000"));
        assert!(
            resolve_reference("#xD800")
                .unwrap_err()
                .starts_with("invalid character reference")
        );
        assert!(resolve_reference("#99999999999").is_err());
        assert!(resolve_reference("#").is_err());
        // XML 1.0 allows no sign and only a lower-case `x` in a character reference.
        for refused in [
            "#x+41", "#+65", "#-65", "#X41", "#x", "#x 41", "#6 5", "#0x41",
        ] {
            assert!(resolve_reference(refused).is_err(), "{refused}");
        }
    }

    #[test]
    fn attribute_values_are_normalized() {
        let mut problems = Vec::new();
        assert_eq!(
            attribute_value("a\tb\r\nc&#10;d&amp;", &mut problems),
            "a b c\nd&"
        );
        assert!(problems.is_empty());
        assert!(matches!(
            attribute_value("plain", &mut problems),
            Cow::Borrowed("plain")
        ));
    }

    #[test]
    fn predefined_references_read_as_attribute_value_reads_them() {
        let pieces = [
            "&amp;", "&lt;", "&quot;", "&#65;", "&", "amp;", "a", "é", "<", "\t", ";", "'",
        ];
        let mut read = 0;
        for value in cxml_schema::test_support::every_string(&pieces, 4) {
            // Also at every block boundary: the pieces after 28 to 36 plain bytes.
            for padding in [0, 28, 29, 30, 31, 32, 33, 36] {
                let value = format!("{}{value}", "x".repeat(padding));
                let mut problems = Vec::new();
                let general = attribute_value(&value, &mut problems);
                // From the start, and from the end of the padding known to be plain.
                for from in [0, padding] {
                    // Appended after what the buffer already holds, as in the tree.
                    let mut quick = String::from("before");
                    if predefined_references(&value, from, &mut quick).is_some() {
                        let quick = quick.strip_prefix("before").unwrap_or_default();
                        read += 1;
                        assert!(problems.is_empty(), "{value:?}");
                        assert_eq!(quick, general, "{value:?}");
                    }
                }
            }
        }
        assert!(read > 1000, "{read}");
    }

    #[test]
    fn attribute_value_problems_have_offsets() {
        let mut problems = Vec::new();
        attribute_value("ab&bogus;<&", &mut problems);
        let offsets: Vec<usize> = problems.iter().map(|p| p.offset).collect();
        assert_eq!(offsets, [2, 9, 10]);
    }

    #[test]
    fn illegal_characters_are_found() {
        assert_eq!(find_illegal("fine\t\n\r€"), None);
        assert_eq!(find_illegal("ab\u{1}").map(|p| p.offset), Some(2));
        assert_eq!(find_illegal("x\u{FFFE}").map(|p| p.offset), Some(1));
        assert_eq!(find_illegal("\u{FFFD}"), None);
    }

    #[test]
    fn illegal_characters_are_found_at_every_offset() {
        let reference = |text: &str| {
            text.char_indices()
                .find(|(_, c)| !is_xml_char(*c))
                .map(|(offset, _)| offset)
        };
        let specials = [
            "\u{0}", "\u{1f}", "\t", "\n", "\r", "\u{7f}", "\u{fffe}", "\u{ffff}", "\u{fffd}",
            "\u{efbf}", "\u{f000}", "&", "<", "😀",
        ];
        for special in specials {
            for before in 0..20 {
                for after in [0, 1, 7, 8, 9] {
                    let text = format!(
                        "{}{special}{}",
                        "é".repeat(before % 3) + &"a".repeat(before),
                        "b".repeat(after)
                    );
                    assert_eq!(
                        find_illegal(&text).map(|p| p.offset),
                        reference(&text),
                        "{text:?}"
                    );
                    let mut problems = Vec::new();
                    let value = attribute_value(&text, &mut problems);
                    let plain =
                        !text.contains(['&', '<', '\t', '\n', '\r']) && reference(&text).is_none();
                    assert_eq!(matches!(value, Cow::Borrowed(_)), plain, "{text:?}");
                }
            }
        }
    }

    /// The reader's notion of layout is the schema's blank ([`cxml_schema::is_blank`]).
    #[test]
    fn blank_is_what_trim_empties() {
        use cxml_schema::is_blank;
        for text in [
            "",
            " ",
            "\t\n\r\u{b}\u{c}",
            "\u{a0}\u{3000}",
            "\u{1c}",
            "a",
            " a",
            "\u{85}x",
            "é",
            " \u{a0}",
            "\n \u{3000}x",
            "\n\t\r\u{b}\u{c} ",
            " \u{1c}",
            "  \u{85}",
        ] {
            assert_eq!(is_blank(text), text.trim().is_empty(), "{text:?}");
        }
        let pieces = [
            " ", "\n", "\r", "\t", "\u{a0}", "\u{3000}", "\u{85}", "\u{1c}", "x", "é",
        ];
        for text in cxml_schema::test_support::every_string(&pieces, 4) {
            assert_eq!(is_blank(&text), text.trim().is_empty(), "{text:?}");
        }
    }

    #[test]
    fn a_piece_is_plain_unless_a_byte_needs_work_wherever_it_stands() {
        let is_plain = |text: &str| is_plain_text(text.as_bytes());
        for len in [0, 1, 31, 32, 127, 128, 129, 255, 256, 300] {
            assert!(is_plain(&"a\t\n".repeat(len).as_str()[..len]));
            for at in 0..len {
                for special in ["\r", "\u{1}", "\u{1f}", "\u{fffe}", "\u{feff}"] {
                    let mut text = "x".repeat(len);
                    text.replace_range(at..at + 1, special);
                    // Every special holds a byte that needs work (0xEF leads U+FEFF and U+FFFE).
                    assert!(text.bytes().any(text_needs_work));
                    assert!(!is_plain(&text), "{len} {at} {special:?}");
                    // And the scan for a value's end stops at it, or before it.
                    let word_stops = text.as_bytes().chunks(8).any(|word| {
                        let mut padded = [b'x'; 8];
                        padded[..word.len()].copy_from_slice(word);
                        crate::escape::control_or_high_bytes(u64::from_le_bytes(padded)) != 0
                    });
                    assert!(word_stops, "{len} {at} {special:?}");
                }
            }
        }
    }

    #[test]
    fn a_run_of_text_is_resolved_when_every_reference_is_predefined() {
        let resolved = |raw: &str| {
            let mut out = String::from("kept ");
            let from = raw.find('&').unwrap_or(raw.len());
            push_predefined_references(raw, from, &mut out).map(|()| out)
        };
        assert_eq!(resolved("a &amp; b").as_deref(), Some("kept a & b"));
        assert_eq!(
            resolved("&lt;&gt;&quot;&apos;&amp;amp;\tx\n").as_deref(),
            Some("kept <>\"'&amp;\tx\n")
        );
        for raw in ["a &amp; &#65;", "a &amp; & b", "a &amp; &nbsp;", "a &amp"] {
            assert_eq!(resolved(raw), None, "{raw}");
        }
    }

    #[test]
    fn character_data_normalizes_and_refuses() {
        assert!(matches!(
            character_data("plain text"),
            (Cow::Borrowed(_), None)
        ));
        let (text, problem) = character_data("a\r\nb\u{1}");
        assert_eq!(text, "a\nb\u{1}");
        assert_eq!(problem.map(|p| p.offset), Some(4));
    }

    #[test]
    fn line_ends_are_normalized() {
        assert_eq!(normalize_line_ends("a\r\nb\rc\n"), "a\nb\nc\n");
        assert!(matches!(normalize_line_ends("a\nb"), Cow::Borrowed(_)));
    }
}
