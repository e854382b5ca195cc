//! Whether a literal value fits an attribute: the same check at compile time and at run time.

use super::{Attribute, Format, ValueType};
use crate::escape;

/// Why a value does not fit its attribute (the attribute and element are named by the caller).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ValueProblem {
    /// The text does not parse as the attribute's type.
    WrongType,
    /// An enumerated attribute got a value outside its list.
    NotInEnum,
    /// A list item outside the allowed items.
    BadListItem(String),
    /// A number below the documented minimum.
    BelowMin(f64),
    /// A number above the documented maximum.
    AboveMax(f64),
    /// More characters than documented.
    TooLong(u32),
    /// An empty value where the type needs content.
    Empty,
    /// A URL written as a bare word or a number in the macro: URLs are string literals.
    UnquotedUrl,
    /// A string that does not follow the attribute's format.
    BadFormat(Format),
}

/// Whether the value holds a mustache placeholder (`{{From}}`) that SignalWire fills in later.
///
/// Such values skip the type check: their final text is only known to SignalWire.
pub fn has_placeholder(value: &str) -> bool {
    let bytes = value.as_bytes();
    // Words without `{` are skipped eight bytes at a time; a `{{` cannot straddle into them.
    let plain = escape::plain_words(bytes, 0, |word| escape::bytes_equal(word, b'{') != 0);
    let rest = &bytes[plain..];
    // The rest is usually a short tail: a plain scan, without a call into `memchr`.
    rest.windows(2)
        .position(|pair| pair == b"{{")
        .is_some_and(|open| pair_at(&rest[open + 2..], b'}').is_some())
}

/// Whether a URL is non-empty ASCII without whitespace or control characters: the common case,
/// which needs none of [`check`]'s closer looks. Tested a block of 16 bytes at a time with no
/// early exit inside one, which LLVM vectorises (a few instructions a block); the last block
/// overlaps the one before it, so no byte needs a loop of its own.
fn plainly_valid_url(value: &str) -> bool {
    // Below `!` or above `~`: one subtraction and one unsigned comparison a byte.
    let refused = |byte: u8| byte.wrapping_sub(b'!') > b'~' - b'!';
    let any_refused = |block: &[u8]| {
        block
            .iter()
            .fold(0u8, |found, &byte| found | u8::from(refused(byte)))
            != 0
    };
    let bytes = value.as_bytes();
    match bytes.last_chunk::<16>() {
        Some(last) => !bytes.chunks_exact(16).any(any_refused) && !any_refused(last),
        None => !bytes.is_empty() && !any_refused(bytes),
    }
}

/// The offset of the first two `byte`s in a row. `str::find` with a two-byte pattern builds a
/// searcher on every call; values are short, so a plain scan (`contains` finds the first byte
/// with `memchr`) is much cheaper.
fn pair_at(bytes: &[u8], byte: u8) -> Option<usize> {
    if !bytes.contains(&byte) {
        return None;
    }
    bytes.windows(2).position(|pair| pair == [byte, byte])
}

/// Checks a literal value against its attribute.
pub fn check(attribute: &Attribute, value: &str) -> Result<(), ValueProblem> {
    // A placeholder excuses any problem, so only a value with one needs the look for it: most
    // values fit, and skip it.
    match check_text(attribute, value) {
        Err(_) if has_placeholder(value) => Ok(()),
        verdict => verdict,
    }
}

/// [`check`] of the value as written, placeholders aside.
fn check_text(attribute: &Attribute, value: &str) -> Result<(), ValueProblem> {
    match attribute.ty {
        ValueType::String { keywords } => {
            if let Some(format) = attribute.checked_format
                && !is_one_of(keywords, value)
                && !format.accepts(value)
            {
                return Err(ValueProblem::BadFormat(format));
            }
        }
        ValueType::BooleanOrString => {}
        ValueType::Url if plainly_valid_url(value) => {
            if let Some(format) = attribute.checked_format
                && !format.accepts(value)
            {
                return Err(ValueProblem::BadFormat(format));
            }
        }
        // An empty relative reference: "no URL" (`waitUrl=""` plays nothing).
        ValueType::Url if value.is_empty() && !attribute.required => {}
        ValueType::Url => {
            if crate::is_blank(value) {
                return Err(ValueProblem::Empty);
            }
            let refused = if value.is_ascii() {
                // ASCII whitespace and controls: every byte up to the space, and DEL.
                value.bytes().any(|byte| byte <= b' ' || byte == 0x7F)
            } else {
                value
                    .chars()
                    .any(|c| crate::is_blank_char(c) || c.is_control())
            };
            if refused {
                return Err(ValueProblem::WrongType);
            }
        }
        ValueType::Integer => {
            let number: i64 = crate::trim_blank(value)
                .parse()
                .map_err(|_| ValueProblem::WrongType)?;
            check_range(attribute, number as f64)?;
        }
        ValueType::Decimal => {
            let number: f64 = crate::trim_blank(value)
                .parse()
                .map_err(|_| ValueProblem::WrongType)?;
            if !number.is_finite() {
                return Err(ValueProblem::WrongType);
            }
            check_range(attribute, number)?;
        }
        ValueType::Boolean => {
            if value != "true" && value != "false" {
                return Err(ValueProblem::WrongType);
            }
        }
        ValueType::Enum(enumeration) => {
            if !is_one_of(enumeration.values, value) {
                return Err(ValueProblem::NotInEnum);
            }
        }
        ValueType::List { items, separator } => {
            let mut count = 0;
            for item in split_list(value, separator) {
                count += 1;
                if !is_one_of(items, item) {
                    return Err(ValueProblem::BadListItem(item.to_string()));
                }
            }
            if count == 0 {
                return Err(ValueProblem::Empty);
            }
        }
    }
    // A value no longer in bytes than the limit is no longer in characters either.
    if let Some(max_length) = attribute.max_length
        && value.len() > max_length as usize
        && value.chars().count() > max_length as usize
    {
        return Err(ValueProblem::TooLong(max_length));
    }
    Ok(())
}

/// Whether `value` is one of the table's `words` (compared as the table's names are, without a
/// call into `memcmp` for each word of the same length).
fn is_one_of(words: &[&str], value: &str) -> bool {
    words.iter().any(|word| super::same_name(word, value))
}

/// Checks a number against the attribute's documented range.
pub fn check_range(attribute: &Attribute, number: f64) -> Result<(), ValueProblem> {
    if let Some(min) = attribute.min
        && number < min
    {
        return Err(ValueProblem::BelowMin(min));
    }
    if let Some(max) = attribute.max
        && number > max
    {
        return Err(ValueProblem::AboveMax(max));
    }
    Ok(())
}

/// The items of a list value: split at `separator` (at any whitespace when it is the space),
/// trimmed, empty ones left out.
pub(super) fn split_list(value: &str, separator: char) -> impl Iterator<Item = &str> {
    ListItems {
        rest: Some(value),
        separator,
        ascii: value.is_ascii() && separator.is_ascii(),
    }
}

/// The list value's items as `str::split` and [`crate::trim_blank`] find them; ASCII values are split
/// byte by byte, without decoding characters.
struct ListItems<'a> {
    rest: Option<&'a str>,
    separator: char,
    ascii: bool,
}

/// The ASCII characters that are blank ([`crate::is_blank_char`]) (tab to carriage return, and the space).
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | b' ')
}

impl<'a> Iterator for ListItems<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let separator = self.separator;
        let splits = |c: char| c == separator || (separator == ' ' && crate::is_blank_char(c));
        loop {
            let rest = self.rest?;
            let split = if self.ascii {
                let byte = separator as u8;
                rest.bytes()
                    .position(|b| b == byte || (byte == b' ' && is_ascii_space(b)))
                    .map(|at| (at, 1))
            } else {
                rest.char_indices()
                    .find(|(_, c)| splits(*c))
                    .map(|(at, c)| (at, c.len_utf8()))
            };
            let item = match split {
                Some((at, width)) => {
                    self.rest = rest.get(at + width..);
                    rest.get(..at).unwrap_or("")
                }
                None => {
                    self.rest = None;
                    rest
                }
            };
            let item = if self.ascii {
                item.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8))
            } else {
                crate::trim_blank(item)
            };
            if !item.is_empty() {
                return Some(item);
            }
        }
    }
}

/// Formats a documented bound without a needless `.0`.
pub(crate) fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::plainly_valid_url;

    /// The vector test against its definition, at every length around the block's (the
    /// overlapping last block included) and every position of every byte.
    #[test]
    fn a_plainly_valid_url_is_printable_ascii_at_every_length_and_position() {
        for length in 0..=48 {
            for at in 0..length {
                for byte in 0..0x80u8 {
                    let mut bytes = vec![b'a'; length];
                    bytes[at] = byte;
                    let value = std::str::from_utf8(&bytes).unwrap();
                    let printable = (b'!'..=b'~').contains(&byte);
                    assert_eq!(plainly_valid_url(value), printable, "{value:?}");
                }
                let mut value = "a".repeat(length);
                value.insert(at, 'é');
                assert!(!plainly_valid_url(&value), "{value:?}");
            }
        }
        assert!(!plainly_valid_url(""));
    }
}
