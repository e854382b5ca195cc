//! A start tag's attribute list (what follows the element name): the same grammar and errors as
//! quick-xml's attribute iterator, without its duplicate checks (duplicates are the rule
//! engine's), in one tight loop. Both readers hand their tags' lists to it.

use std::ops::Range;

use quick_xml::events::attributes::AttrError;

/// Why a start tag's attribute list is malformed, at a byte offset in the list; turned into
/// quick-xml's [`AttrError`] (whose offsets count from the byte after `<`) for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttributeError {
    ExpectedEq(usize),
    ExpectedValue(usize),
    UnquotedValue(usize),
    ExpectedQuote(usize, u8),
}

impl AttributeError {
    /// quick-xml's error, for a tag whose name is `name_len` bytes long.
    pub(crate) fn at(self, name_len: usize) -> AttrError {
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

pub(crate) fn is_space(byte: u8) -> bool {
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

pub(crate) type Attribute = (Range<usize>, Range<usize>);

/// The next attribute of a start tag's attribute list (`BytesStart::attributes_raw`): the
/// ranges of its name and of its value between the quotes. The same grammar and errors as
/// quick-xml's attribute iterator without duplicate checks (duplicates are the validator's),
/// in one tight loop.
pub(crate) fn next_attribute(
    list: &[u8],
    at: &mut usize,
) -> Option<Result<Attribute, AttributeError>> {
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
