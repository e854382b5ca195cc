//! XML escaping for text and attribute values: one implementation, used by the macro at compile
//! time and by rendered documents at run time.
//!
//! Policy for characters XML 1.0 cannot carry (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
//! U+FFFE, U+FFFF): each is replaced by U+FFFD REPLACEMENT CHARACTER, so the output is always
//! well-formed. Tab, newline and carriage return survive: in attributes they are written as
//! character references (`&#9;`, `&#10;`, `&#13;`) so that attribute-value normalization keeps
//! them; in text only `\r` is, since parsers fold a literal `\r\n` into `\n`.

const REPLACEMENT: &str = "\u{FFFD}";

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that is zero, and possibly of bytes above a zero byte
/// (the classic SWAR test: exact as to whether the result is non-zero).
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGHS
}

/// Non-zero when a byte of `word` equals `byte`.
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn bytes_equal(word: u64, byte: u8) -> u64 {
    zero_bytes(word ^ (ONES * byte as u64))
}

/// Non-zero when a byte of `word` equals `a` or `b`, two bytes that differ in a single bit (`"`
/// and `&`, `'` and `&`): setting that bit in every byte makes both the same, so one test finds
/// either. As exact as [`bytes_equal`] (the lowest set bit marks the first such byte).
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn bytes_equal_either(word: u64, a: u8, b: u8) -> u64 {
    let bit = a ^ b;
    debug_assert!(bit.is_power_of_two());
    zero_bytes((word | (ONES * bit as u64)) ^ (ONES * (a | bit) as u64))
}

/// Non-zero when a byte of `word` is a control character (below 0x20): subtracting 0x20 from
/// each byte borrows into its high bit when the byte is smaller, unless the byte had its high bit
/// set (which `!word` masks out).
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn control_bytes(word: u64) -> u64 {
    bytes_below(word, 0x20)
}

/// Non-zero when a byte of `word` is a control character or above ASCII: [`control_bytes`] and
/// each byte's high bit in one (`a & !word | word` is `a | word`). As exact as [`control_bytes`]:
/// a borrow only marks bytes above a control byte, and the high bits are each their own byte's.
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn control_or_high_bytes(word: u64) -> u64 {
    (word.wrapping_sub(ONES * 0x20) | word) & HIGHS
}

/// Non-zero when a byte of `word` is below `limit` (at most 0x80), as [`control_bytes`] tests.
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn bytes_below(word: u64, limit: u8) -> u64 {
    word.wrapping_sub(ONES * limit as u64) & !word & HIGHS
}

/// The high bit of each byte of `word` below `limit` (at most 0x80), exactly: unlike
/// [`bytes_below`], no borrow crosses into the byte above, so every set bit is one such byte
/// (for a search that wants the byte, not only whether there is one).
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub const fn bytes_below_exact(word: u64, limit: u8) -> u64 {
    !(((word & !HIGHS) + ONES * (0x80 - limit as u64)) | word) & HIGHS
}

/// How many leading bytes of `bytes[from..]` are plain, counted in whole eight-byte words for
/// which `needs_look` is false: the bytes after them need a look one at a time (up to the next
/// word). Shared with the reader, which looks for fewer bytes.
#[inline(always)]
#[doc(hidden)] // word-level helpers the reader shares
pub fn plain_words(bytes: &[u8], from: usize, needs_look: impl Fn(u64) -> bool) -> usize {
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

/// Bytes classified per step. The classification below is written so that LLVM vectorises it
/// (SSE2 compares on x86-64, NEON on ARM) and gathers it into one bit per byte: plain text costs
/// a few instructions per 32 bytes, and each byte that needs work is found with `trailing_zeros`
/// instead of a byte-by-byte walk. Safe code only: no intrinsics.
const BLOCK: usize = 32;

/// Escaping for character data.
const TEXT: u8 = 0;
/// Escaping for a double-quoted attribute value.
const ATTRIBUTE: u8 = 1;
/// Escaping for an attribute value that holds a URL: the same bytes out as [`ATTRIBUTE`], and a
/// note of any byte a URL may not hold as written (see [`escape_url`]).
const URL: u8 = 2;

/// [`URL`] up to the URL's fragment, noting its query: `?` and `#` are looked at too (see
/// [`escape_url_base`]).
const QUERY: u8 = 3;

/// Whether `byte` may need work: `&`, `<`, `>`, control characters (in text, tab and newline
/// stay as they are), the lead byte 0xEF of U+FFFE/U+FFFF, in attributes `"`, for URLs
/// the space, DEL and every byte of a non-ASCII character, and for [`QUERY`] `?` and `#`.
#[inline(always)]
const fn needs_look(byte: u8, mode: u8) -> bool {
    let attribute = mode != TEXT;
    let url = mode == URL || mode == QUERY;
    // Bitwise, not short-circuit, operators: no branch, so the loop over a block vectorises.
    // Pairs that differ in one bit are one compare: `"` and `&` (0x22, 0x26), `<` and `>`
    // (0x3C, 0x3E); in URLs the space joins the control characters, and 0xEF the bytes >= DEL.
    let low = if url {
        byte <= b' '
    } else {
        // Tab and newline are 9 and 10.
        (byte < 0x20) & (attribute | (byte.wrapping_sub(b'\t') > 1))
    };
    let ampersand = if attribute {
        (byte | 0x04) == b'&'
    } else {
        byte == b'&'
    };
    let high = if url { byte >= 0x7F } else { byte == 0xEF };
    let query = (mode == QUERY) & ((byte == b'?') | (byte == b'#'));
    low | ampersand | ((byte | 0x02) == b'>') | high | query
}

/// One bit per byte of `block`: set where [`needs_look`]. The flags are computed as bytes (which
/// vectorises in byte lanes), then each eight of them are gathered into eight bits by one
/// multiplication: for flag bytes `b0..b7` (0 or 1), the top byte of `word * 0x0102_0408_1020_4080`
/// is `b0 | b1 << 1 | … | b7 << 7`, every partial product landing on its own bit. Most blocks
/// need nothing (values are mostly plain): the words are tested together first, and only a
/// block with a flag pays for the gathering.
#[inline(always)]
fn block_mask(block: &[u8; BLOCK], mode: u8) -> u32 {
    let mut flags = [0u8; BLOCK];
    for (flag, &byte) in flags.iter_mut().zip(block) {
        *flag = needs_look(byte, mode) as u8;
    }
    let words: [u64; BLOCK / 8] = std::array::from_fn(|index| {
        u64::from_le_bytes(
            flags[8 * index..8 * index + 8]
                .try_into()
                .expect("eight flags"),
        )
    });
    if words.iter().fold(0, |any, word| any | word) == 0 {
        return 0;
    }
    let mut mask = 0u32;
    for (index, word) in words.into_iter().enumerate() {
        mask |= ((word.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32) << (8 * index);
    }
    mask
}

/// [`block_mask`] of the bytes from `base` to the end of `bytes`, fewer than a block. Read in
/// place when the input is a block or longer: its last block, shifted past the bytes already
/// seen. A shorter input (most values: numbers, names, URLs) is classified as one block too,
/// made of its first and last sixteen (or eight, or four) bytes, which overlap: their bits are positions,
/// so they combine with `|`. Each half is copied whole and read back whole (no load that spans
/// narrower stores, which would stall). Whole blocks, because LLVM vectorises the 32-byte
/// classification in every mode, and not always the 16- or 8-byte one.
#[inline(always)]
fn tail_mask(bytes: &[u8], base: usize, mode: u8) -> u32 {
    let len = bytes.len();
    let rest = len - base;
    if len >= BLOCK {
        let last: &[u8; BLOCK] = bytes[len - BLOCK..].try_into().expect("a whole block");
        return block_mask(last, mode) >> (BLOCK - rest);
    }
    // Filled with a byte that needs no look, so that only the input's bytes are flagged.
    let mut block = [b'a'; BLOCK];
    match len {
        16.. => {
            block[..16].copy_from_slice(&bytes[..16]);
            block[16..].copy_from_slice(&bytes[len - 16..]);
            let mask = block_mask(&block, mode);
            (mask & 0xFFFF) | (mask >> 16) << (len - 16)
        }
        8.. => {
            block[..8].copy_from_slice(&bytes[..8]);
            block[8..16].copy_from_slice(&bytes[len - 8..]);
            let mask = block_mask(&block, mode);
            (mask & 0xFF) | (mask >> 8) << (len - 8)
        }
        4.. => {
            block[..4].copy_from_slice(&bytes[..4]);
            block[4..8].copy_from_slice(&bytes[len - 4..]);
            let mask = block_mask(&block, mode);
            (mask & 0xF) | (mask >> 4) << (len - 4)
        }
        _ => bytes.iter().enumerate().fold(0, |mask, (index, &byte)| {
            mask | (needs_look(byte, mode) as u32) << index
        }),
    }
}

/// The [`needs_look`] bits of the block of `bytes` at `base`, or of the bytes left.
#[inline(always)]
fn mask_at<const MODE: u8>(bytes: &[u8], base: usize) -> u32 {
    match bytes.get(base..base + BLOCK) {
        Some(block) => block_mask(block.try_into().expect("a whole block"), MODE),
        None => tail_mask(bytes, base, MODE),
    }
}

/// Appends `input` escaped for `MODE`; returns whether a URL holds a byte it may not hold as
/// written (always false for text and other attributes).
#[inline(always)]
fn escape_with<const MODE: u8>(out: &mut String, input: &str) -> bool {
    let bytes = input.as_bytes();
    let mut suspect = false;
    // Everything before `start` has been written.
    let mut start = 0;
    let mut base = 0;
    let mut mask = mask_at::<MODE>(bytes, 0);
    // The common case, a value of one block that needs nothing: one copy.
    if mask == 0 && bytes.len() <= BLOCK {
        out.push_str(input);
        return false;
    }
    loop {
        while mask != 0 {
            let index = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            // Past a three-byte sequence already replaced (it may end in the next block).
            if index < start {
                continue;
            }
            write_special::<MODE>(out, input, index, &mut start, &mut suspect);
        }
        base += BLOCK;
        if base >= bytes.len() {
            break;
        }
        mask = mask_at::<MODE>(bytes, base);
    }
    out.push_str(&input[start..]);
    suspect
}

/// The [`needs_look`] bits of the first two blocks of `bytes` (of all of it, when shorter): one
/// block (or less) as [`mask_at`] finds it; up to two as the first block and the last one, which
/// overlap (their bits are positions, so they combine with `|`), in straight-line code. Used by
/// [`escape_url_base`], whose URLs are mostly 33 to 64 bytes; the other escapers keep the block
/// loop (with this step, a document of long texts of varied lengths, `big`, took 1.1x the time
/// for 1% fewer instructions: the paths by length are harder to predict).
#[inline(always)]
fn first_mask<const MODE: u8>(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len > BLOCK {
        let end = len.min(2 * BLOCK);
        let second = bytes
            .get(end - BLOCK..end)
            .and_then(<[u8]>::first_chunk::<BLOCK>);
        if let (Some(first), Some(second)) = (bytes.first_chunk::<BLOCK>(), second) {
            let low = u64::from(block_mask(first, MODE));
            return low | u64::from(block_mask(second, MODE)) << (end - BLOCK);
        }
    }
    u64::from(mask_at::<MODE>(bytes, 0))
}

/// Writes what the byte at `index` of `input` needs, flagged by [`needs_look`] in `MODE` (not
/// [`QUERY`]'s own `?` and `#`), with the bytes from `start` before it; moves `start` past what
/// was written; notes a byte a URL may not hold as written in `suspect`.
#[inline(always)]
fn write_special<const MODE: u8>(
    out: &mut String,
    input: &str,
    index: usize,
    start: &mut usize,
    suspect: &mut bool,
) {
    let bytes = input.as_bytes();
    let byte = bytes[index];
    if (MODE == URL || MODE == QUERY) && ((byte <= b' ') | (byte >= 0x7F)) {
        *suspect = true;
        // The space, DEL and other non-ASCII bytes are written as they are.
        if byte >= b' ' && byte != 0xEF {
            return;
        }
    }
    if byte == 0xEF {
        // Only EF BF BE and EF BF BF (U+FFFE, U+FFFF) are non-characters.
        if bytes.get(index + 1) == Some(&0xBF) && matches!(bytes.get(index + 2), Some(0xBE | 0xBF))
        {
            out.push_str(&input[*start..index]);
            out.push_str(REPLACEMENT);
            *start = index + 3;
        }
        return;
    }
    out.push_str(&input[*start..index]);
    // Each arm pushes a literal, so the copy is a fixed-size store, not a call.
    match byte {
        b'&' => out.push_str("&amp;"),
        b'<' => out.push_str("&lt;"),
        b'>' => out.push_str("&gt;"),
        b'"' => out.push_str("&quot;"),
        b'\r' => out.push_str("&#13;"),
        b'\n' => out.push_str("&#10;"),
        b'\t' => out.push_str("&#9;"),
        _ => out.push_str(REPLACEMENT),
    }
    *start = index + 1;
}

/// What [`escape_url_base`] saw of a URL.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrlBase {
    /// A byte a URL may not hold as written, before the fragment (as [`escape_url`] returns).
    pub suspect: bool,
    /// A `?` before the fragment: the URL has a query.
    pub query: bool,
    /// Where the first `#` is: what was written stops before it.
    pub fragment: Option<usize>,
}

/// Appends `input` up to its first `#` (all of it when there is none), escaped as
/// [`escape_url`] escapes it, in the same pass noting whether that part holds a `?` and where the
/// `#` is: a URL that parameters are added to, written before them, its fragment after them.
/// Plumbing of generated code (`cxml::CallbackUrl` spliced into a document).
#[doc(hidden)]
#[inline]
pub fn escape_url_base(out: &mut String, input: &str) -> UrlBase {
    let bytes = input.as_bytes();
    let mut seen = UrlBase {
        suspect: false,
        query: false,
        fragment: None,
    };
    let mut start = 0;
    let mut mask = first_mask::<QUERY>(bytes);
    if mask == 0 && bytes.len() <= 2 * BLOCK {
        out.push_str(input);
        return seen;
    }
    let mut base = 0;
    loop {
        while mask != 0 {
            let index = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if index < start {
                continue;
            }
            match bytes[index] {
                b'?' => seen.query = true,
                b'#' => {
                    out.push_str(&input[start..index]);
                    seen.fragment = Some(index);
                    return seen;
                }
                _ => write_special::<QUERY>(out, input, index, &mut start, &mut seen.suspect),
            }
        }
        base += if base == 0 { 2 * BLOCK } else { BLOCK };
        if base >= bytes.len() {
            break;
        }
        mask = u64::from(mask_at::<QUERY>(bytes, base));
    }
    out.push_str(&input[start..]);
    seen
}

/// Appends `input` escaped for XML character data.
#[inline]
pub fn escape_text(out: &mut String, input: &str) {
    escape_with::<TEXT>(out, input);
}

/// Appends `input` escaped for a double-quoted XML attribute value.
#[inline]
pub fn escape_attribute(out: &mut String, input: &str) {
    escape_with::<ATTRIBUTE>(out, input);
}

/// Appends `input` escaped for a double-quoted attribute value that holds a URL, exactly as
/// [`escape_attribute`] does, and returns whether it holds whitespace, a control character, DEL
/// or a non-ASCII character: a URL without any of them is valid as far as its bytes go, so the
/// render only checks the others (in one pass with the escaping). Plumbing of generated code:
/// to escape a URL yourself, [`escape_attribute`] does the same escaping.
#[doc(hidden)]
#[inline]
pub fn escape_url(out: &mut String, input: &str) -> bool {
    escape_with::<URL>(out, input)
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
    fn bytes_below_exact_marks_exactly_the_bytes_below() {
        // Every byte value at every position, beside neighbours on both sides of the limit.
        for limit in [0x01u8, 0x20, 0x21, 0x40, 0x7F, 0x80] {
            for byte in 0..=255u8 {
                for at in 0..8 {
                    for fill in [0x00, limit.wrapping_sub(1), limit, 0x7F, 0x80, 0xFF] {
                        let mut bytes = [fill; 8];
                        bytes[at] = byte;
                        let expected = bytes.iter().enumerate().fold(0u64, |mask, (at, &b)| {
                            mask | (u64::from(b < limit) << (8 * at + 7))
                        });
                        let word = u64::from_le_bytes(bytes);
                        assert_eq!(
                            bytes_below_exact(word, limit),
                            expected,
                            "{bytes:?} {limit}"
                        );
                    }
                }
            }
        }
    }

    /// Asserts that the lowest bit `word_test` sets marks the first byte `marks` holds for, with
    /// every byte value at every position of a word filled with each of `fills`.
    fn lowest_bit_marks_the_first(
        word_test: impl Fn(u64) -> u64,
        marks: impl Fn(u8) -> bool,
        fills: &[u8],
    ) {
        for byte in 0..=255u8 {
            for at in 0..8 {
                for &fill in fills {
                    let mut bytes = [fill; 8];
                    bytes[at] = byte;
                    let found = word_test(u64::from_le_bytes(bytes));
                    assert_eq!(
                        (found != 0).then(|| found.trailing_zeros() as usize / 8),
                        bytes.iter().position(|&b| marks(b)),
                        "{bytes:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn bytes_equal_either_finds_the_first_of_either_byte() {
        // Each pair the reader asks for, after a fill that is neither, one of them, or a byte
        // one bit away.
        for (a, b) in [(b'"', b'&'), (b'\'', b'&'), (b'&', b'"')] {
            lowest_bit_marks_the_first(
                |word| bytes_equal_either(word, a, b),
                |x| x == a || x == b,
                &[b'a', 0x00, 0xFF, a ^ 0x40, b ^ 0x40, a | b],
            );
        }
    }

    #[test]
    fn control_or_high_bytes_finds_the_first_control_or_non_ascii_byte() {
        lowest_bit_marks_the_first(
            control_or_high_bytes,
            |b| !(0x20..0x80).contains(&b),
            &[b'a', b' ', 0x1F, 0x7F, 0x80, 0xFF],
        );
    }

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
            for before in (0..40).chain([47, 63, 64, 65]) {
                for after in [0, 1, 7, 8, 9] {
                    let input = format!("{}{special}{}", "a".repeat(before), "b".repeat(after));
                    assert_eq!(text(&input), reference(&input, false), "text {input:?}");
                    assert_eq!(
                        attribute(&input),
                        reference(&input, true),
                        "attribute {input:?}"
                    );
                    every_mode_matches_the_policy(&input);
                }
            }
        }
    }

    /// Every mode against the policy, with the URL note: a byte at most a space or at least DEL.
    fn every_mode_matches_the_policy(input: &str) {
        fn run<const MODE: u8>(input: &str) -> (String, bool) {
            let mut out = String::new();
            let suspect = escape_with::<MODE>(&mut out, input);
            (out, suspect)
        }
        let suspect = input.bytes().any(|byte| byte <= b' ' || byte >= 0x7F);
        let as_text = (reference(input, false), false);
        let as_attribute = (reference(input, true), false);
        let as_url = (reference(input, true), suspect);
        assert_eq!(run::<TEXT>(input), as_text, "text {input:?}");
        assert_eq!(run::<ATTRIBUTE>(input), as_attribute, "attribute {input:?}");
        assert_eq!(run::<URL>(input), as_url, "url {input:?}");
    }

    #[test]
    fn inputs_of_every_length_with_specials_everywhere_match_the_policy() {
        // Every length across the short, overlapping and whole-step cases, with a special
        // character (or none) at each position, and several in one input.
        let specials = [
            "&", "\"", "\n", "\t", " ", "\u{1}", "\u{7f}", "é", "\u{ffff}", "<",
        ];
        for (input, _) in with_specials_everywhere(&specials) {
            every_mode_matches_the_policy(&input);
        }
        for len in 0..70 {
            for special in specials {
                every_mode_matches_the_policy(&special.repeat(len));
            }
        }
    }

    /// Plain inputs of every length across the short, overlapping and whole-step cases (up to
    /// 69 bytes), and each with one of `specials` inserted at every position, with how many
    /// plain bytes follow the special (`None` for the plain input itself).
    fn with_specials_everywhere<'s>(
        specials: &'s [&'s str],
    ) -> impl Iterator<Item = (String, Option<usize>)> + 's {
        (0..70).flat_map(move |len| {
            let plain = "x".repeat(len);
            let inserted = specials.iter().flat_map(move |special| {
                (0..=len).map(move |at| {
                    let plain = "x".repeat(len);
                    (
                        format!("{}{special}{}", &plain[..at], &plain[at..]),
                        Some(len - at),
                    )
                })
            });
            std::iter::once((plain, None)).chain(inserted)
        })
    }

    /// [`escape_url_base`] against [`escape_url`] of the part before the first `#`, and a plain
    /// search for the `?` and the `#`.
    fn the_base_matches_the_url_escaping(input: &str) {
        let fragment = input.find('#');
        let before = &input[..fragment.unwrap_or(input.len())];
        let mut expected = String::new();
        let suspect = escape_url(&mut expected, before);
        let mut out = String::from("x");
        let seen = escape_url_base(&mut out, input);
        assert_eq!(out[1..], expected, "{input:?}");
        assert_eq!(
            seen,
            UrlBase {
                suspect,
                query: before.contains('?'),
                fragment
            },
            "{input:?}"
        );
    }

    #[test]
    fn a_url_base_is_escaped_up_to_its_fragment() {
        let specials = [
            "?", "#", "&", "\"", " ", "\u{1}", "\u{7f}", "é", "\u{ffff}", "<", "?#", "#?", "##",
        ];
        for (input, after) in with_specials_everywhere(&specials) {
            the_base_matches_the_url_escaping(&input);
            // A second special further on: before, at or past the fragment.
            let Some(after) = after else { continue };
            for other in ["?", "#", "&", "\u{ffff}"] {
                let mut twice = input.clone();
                twice.insert_str(twice.len() - after / 2, other);
                the_base_matches_the_url_escaping(&twice);
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
