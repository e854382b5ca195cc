//! XML escaping for text and attribute values: one implementation, used by the macro at compile
//! time and by rendered documents at run time.
//!
//! Policy for characters XML 1.0 cannot carry (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
//! U+FFFE, U+FFFF): each is replaced by U+FFFD REPLACEMENT CHARACTER, so the output is always
//! well-formed. Tab, newline and carriage return survive: in attributes they are written as
//! character references (`&#9;`, `&#10;`, `&#13;`) so that attribute-value normalization keeps
//! them; in text only `\r` is, since parsers fold a literal `\r\n` into `\n`.

/// What a byte needs in one context.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Keep,
    Replace(&'static str),
    Invalid,
}

const REPLACEMENT: &str = "\u{FFFD}";

const fn table(attribute: bool) -> [Action; 256] {
    let mut table = [Action::Keep; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = Action::Invalid;
        byte += 1;
    }
    table[b'&' as usize] = Action::Replace("&amp;");
    table[b'<' as usize] = Action::Replace("&lt;");
    table[b'>' as usize] = Action::Replace("&gt;");
    table[b'\r' as usize] = Action::Replace("&#13;");
    if attribute {
        table[b'"' as usize] = Action::Replace("&quot;");
        table[b'\n' as usize] = Action::Replace("&#10;");
        table[b'\t' as usize] = Action::Replace("&#9;");
    } else {
        table[b'\n' as usize] = Action::Keep;
        table[b'\t' as usize] = Action::Keep;
    }
    // 0xEF starts U+FFFE and U+FFFF (EF BF BE/BF); it is looked at more closely.
    table[0xEF] = Action::Invalid;
    table
}

/// One byte per entry: whether the byte needs a closer look. The scan reads this small table,
/// not the 24-byte `Action`s, so runs of plain bytes cost a load and a test each.
const fn special(actions: &[Action; 256]) -> [bool; 256] {
    let mut special = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        special[byte] = !matches!(actions[byte], Action::Keep);
        byte += 1;
    }
    special
}

static TEXT: [Action; 256] = table(false);
static ATTRIBUTE: [Action; 256] = table(true);
static TEXT_SPECIAL: [bool; 256] = special(&table(false));
static ATTRIBUTE_SPECIAL: [bool; 256] = special(&table(true));

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that is zero, and possibly of bytes above a zero byte
/// (the classic SWAR test: exact as to whether the result is non-zero).
#[inline(always)]
pub(crate) const fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGHS
}

/// Non-zero when a byte of `word` equals `byte`.
#[inline(always)]
pub(crate) const fn bytes_equal(word: u64, byte: u8) -> u64 {
    zero_bytes(word ^ (ONES * byte as u64))
}

/// Non-zero when a byte of `word` is a control character (below 0x20): subtracting 0x20 from
/// each byte borrows into its high bit when the byte is smaller, unless the byte had its high bit
/// set (which `!word` masks out).
#[inline(always)]
pub(crate) const fn control_bytes(word: u64) -> u64 {
    bytes_below(word, 0x20)
}

/// Non-zero when a byte of `word` is below `limit` (at most 0x80), as [`control_bytes`] tests.
#[inline(always)]
pub(crate) const fn bytes_below(word: u64, limit: u8) -> u64 {
    word.wrapping_sub(ONES * limit as u64) & !word & HIGHS
}

/// Non-zero when a byte of `word` has its high bit set (is not ASCII).
#[inline(always)]
pub(crate) const fn high_bytes(word: u64) -> u64 {
    word & HIGHS
}

/// Whether any byte of `word` may need escaping: a control character, `&`, `<`, `>`, the lead
/// byte 0xEF of U+FFFE/U+FFFF, and `"` in attributes. May say yes for a plain word (a tab, say);
/// the byte loop then decides. Never says no for a word that needs work.
#[inline(always)]
const fn word_needs_look(word: u64, attribute: bool) -> bool {
    let mut found = control_bytes(word)
        | bytes_equal(word, b'&')
        | bytes_equal(word, b'<')
        | bytes_equal(word, b'>')
        | bytes_equal(word, 0xEF);
    if attribute {
        found |= bytes_equal(word, b'"');
    }
    found != 0
}

/// How many leading bytes of `bytes[from..]` are plain, counted in whole eight-byte words for
/// which `needs_look` is false: the bytes after them need a look one at a time (up to the next
/// word). Shared with the reader, which looks for fewer bytes.
#[inline(always)]
pub(crate) fn plain_words(bytes: &[u8], from: usize, needs_look: impl Fn(u64) -> bool) -> usize {
    let mut index = from;
    while let Some(chunk) = bytes.get(index..index + 8) {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        if needs_look(word) {
            break;
        }
        index += 8;
    }
    index - from
}

#[inline(always)]
fn escape_with(
    out: &mut String,
    input: &str,
    actions: &[Action; 256],
    special: &[bool; 256],
    attribute: bool,
) {
    let bytes = input.as_bytes();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        // Plain text is the common case: skip it eight bytes at a time.
        index += plain_words(bytes, index, |word| word_needs_look(word, attribute));
        let end = (index + 8).min(bytes.len());
        while index < end {
            if !special[bytes[index] as usize] {
                index += 1;
                continue;
            }
            let action = actions[bytes[index] as usize];
            let (replacement, width) = match action {
                Action::Replace(replacement) => (replacement, 1),
                Action::Invalid if bytes[index] == 0xEF => {
                    // A three-byte sequence: only EF BF BE and EF BF BF are non-characters.
                    if bytes.get(index + 1) == Some(&0xBF)
                        && matches!(bytes.get(index + 2), Some(0xBE | 0xBF))
                    {
                        (REPLACEMENT, 3)
                    } else {
                        index += 1;
                        continue;
                    }
                }
                _ => (REPLACEMENT, 1),
            };
            out.push_str(&input[start..index]);
            out.push_str(replacement);
            index += width;
            start = index;
        }
    }
    out.push_str(&input[start..]);
}

/// Appends `input` escaped for XML character data.
#[inline]
pub fn escape_text(out: &mut String, input: &str) {
    escape_with(out, input, &TEXT, &TEXT_SPECIAL, false);
}

/// Appends `input` escaped for a double-quoted XML attribute value.
#[inline]
pub fn escape_attribute(out: &mut String, input: &str) {
    escape_with(out, input, &ATTRIBUTE, &ATTRIBUTE_SPECIAL, true);
}

/// `input` escaped for XML character data, as a new string.
pub fn text(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    escape_text(&mut out, input);
    out
}

/// `input` escaped for a double-quoted XML attribute value, as a new string.
pub fn attribute(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    escape_attribute(&mut out, input);
    out
}

/// A `fmt::Write` that escapes what is written through it, so `Display` values are escaped
/// without an intermediate `String`.
pub struct EscapingWriter<'a> {
    out: &'a mut String,
    attribute: bool,
}

impl<'a> EscapingWriter<'a> {
    /// Escapes for character data.
    pub fn text(out: &'a mut String) -> Self {
        EscapingWriter {
            out,
            attribute: false,
        }
    }

    /// Escapes for a double-quoted attribute value.
    pub fn attribute(out: &'a mut String) -> Self {
        EscapingWriter {
            out,
            attribute: true,
        }
    }
}

impl std::fmt::Write for EscapingWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.attribute {
            escape_attribute(self.out, s);
        } else {
            escape_text(self.out, s);
        }
        Ok(())
    }
}

/// Pairs of input and expected escaped text, shared with the macro crate's tests to prove the
/// compile-time and run-time escaping agree. Each row: input, text form, attribute form.
#[doc(hidden)]
pub const SHARED_CASES: &[(&str, &str, &str)] = &[
    ("plain", "plain", "plain"),
    (
        "O'Brien & <Sons>",
        "O'Brien &amp; &lt;Sons&gt;",
        "O'Brien &amp; &lt;Sons&gt;",
    ),
    ("say \"hi\"", "say \"hi\"", "say &quot;hi&quot;"),
    ("]]>", "]]&gt;", "]]&gt;"),
    ("a\nb\tc\rd", "a\nb\tc&#13;d", "a&#10;b&#9;c&#13;d"),
    (
        "nul\u{0}bell\u{7}",
        "nul\u{FFFD}bell\u{FFFD}",
        "nul\u{FFFD}bell\u{FFFD}",
    ),
    (
        "\u{FFFE}\u{FFFF}\u{FFFD}",
        "\u{FFFD}\u{FFFD}\u{FFFD}",
        "\u{FFFD}\u{FFFD}\u{FFFD}",
    ),
    ("ü€😀 ﬀ", "ü€😀 ﬀ", "ü€😀 ﬀ"),
    ("&amp;", "&amp;amp;", "&amp;amp;"),
    ("", "", ""),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_cases_escape_as_documented() {
        for (input, as_text, as_attribute) in SHARED_CASES {
            assert_eq!(text(input), *as_text, "text of {input:?}");
            assert_eq!(attribute(input), *as_attribute, "attribute of {input:?}");
        }
    }

    /// The policy, one char at a time: what the word-at-a-time escaper must equal.
    fn reference(input: &str, attribute: bool) -> String {
        let mut out = String::new();
        for c in input.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\r' => out.push_str("&#13;"),
                '"' if attribute => out.push_str("&quot;"),
                '\n' if attribute => out.push_str("&#10;"),
                '\t' if attribute => out.push_str("&#9;"),
                '\t' | '\n' => out.push(c),
                '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
                _ => out.push(c),
            }
        }
        out
    }

    #[test]
    fn every_special_character_at_every_offset_matches_the_policy() {
        let specials = [
            "&", "<", ">", "\"", "'", "\r", "\n", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{fffe}",
            "\u{ffff}", "\u{fffd}", "\u{fb00}", "é", "😀", "]]>",
        ];
        for special in specials {
            for before in 0..20 {
                for after in [0, 1, 7, 8, 9] {
                    let input = format!("{}{special}{}", "a".repeat(before), "b".repeat(after));
                    assert_eq!(text(&input), reference(&input, false), "text {input:?}");
                    assert_eq!(
                        attribute(&input),
                        reference(&input, true),
                        "attribute {input:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn writer_escapes_display_values() {
        use std::fmt::Write;
        let mut out = String::new();
        write!(EscapingWriter::attribute(&mut out), "{}&\"", 1).unwrap();
        assert_eq!(out, "1&amp;&quot;");
    }
}
