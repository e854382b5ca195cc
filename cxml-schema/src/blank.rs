//! What counts as no text: the one definition the macro, the renderer and the reader share.
//!
//! Blank is Unicode's `White_Space` ([`char::is_whitespace`], what [`str::trim`] removes), not
//! only XML's four whitespace characters. The rules that use it ask whether an element got
//! something to say, dial or play (`<Number>`, `<Say>`, `<Play>` need text) and whether text
//! between elements is layout: a no-break space or an ideographic space as the whole text of a
//! `<Number>` gives the platform nothing to dial, exactly as an ASCII space does, and layout
//! pasted with a no-break space is still layout. Being strict here costs no useful document.

/// Whether a character is blank: Unicode `White_Space` ([`char::is_whitespace`]). XML's
/// whitespace (space, tab, line feed, carriage return) is blank; so are U+0085, U+00A0,
/// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. A zero-width space
/// (U+200B) is not: Unicode does not class it as whitespace.
#[inline]
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace()
}

/// Whether a text holds only blank characters ([`is_blank_char`]), or nothing: text that an
/// element needing text does not count as text, and that is layout between elements.
///
/// Inlined, and fast where documents spend their time: layout is ASCII (line breaks and
/// indents), stepped over byte by byte, and the first other byte settles the answer unless it
/// starts a non-ASCII character, which the Unicode check takes from there.
#[inline]
pub fn is_blank(text: &str) -> bool {
    let bytes = text.as_bytes();
    match bytes
        .iter()
        .position(|&byte| !matches!(byte, b'\t'..=b'\r' | b' '))
    {
        None => true,
        Some(at) => {
            bytes[at] >= 0x80
                && text
                    .get(at..)
                    .is_some_and(|rest| rest.chars().all(is_blank_char))
        }
    }
}

/// `text` without its leading and trailing blank characters ([`is_blank_char`]).
#[inline]
pub fn trim_blank(text: &str) -> &str {
    text.trim_matches(is_blank_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character Unicode classes as whitespace, and the neighbours that are not.
    const SPACES: [char; 25] = [
        '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
        '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
        '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}',
        '\u{3000}',
    ];

    #[test]
    fn blank_is_unicode_white_space() {
        let all: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        assert_eq!(all, SPACES);
        for c in SPACES {
            assert!(is_blank_char(c), "{c:?}");
            assert!(is_blank(&c.to_string()), "{c:?}");
            assert!(is_blank(&format!("\n  {c}\t{c}")), "{c:?}");
            assert!(!is_blank(&format!("\n {c}x")), "{c:?}");
            assert_eq!(trim_blank(&format!("{c} a{c}b {c}")), format!("a{c}b"));
        }
        for text in [
            "\u{200b}",
            "\u{feff}",
            "x",
            " \u{a0}x",
            "\u{3000}.",
            "&#32;",
        ] {
            assert!(!is_blank(text), "{text:?}");
        }
        assert!(is_blank(""));
    }

    #[test]
    fn blank_is_what_trim_empties() {
        let pieces = [
            "", " ", "\t", "\n", "\r", "\u{b}", "a", "\u{a0}", "\u{3000}", "\u{85}", "ü",
            "\u{200b}", "<",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(is_blank(&text), text.trim().is_empty(), "{text:?}");
                    assert_eq!(trim_blank(&text), text.trim(), "{text:?}");
                }
            }
        }
    }
}
