//! Callback URLs with values in their query, each value encoded so that it reads back as written.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use cxml_runtime::private::{QueryParts, QueryUrl, TextPieces};
use cxml_runtime::schema::url;

/// A URL with query parameters added one by one, each name and value form-encoded: what to give
/// an `action` or `statusCallback` that carries values of your own.
///
/// Written into a URL by hand (`format_args!("{base}/status?to={number}")`), a value changes
/// meaning: the `+` of an E.164 number reads back as a space, and an `&`, `#` or `=` cuts or
/// splits it. `CallbackUrl` encodes each value (`+` as `%2B`, space as `+`, `&` as `%26`), puts
/// the parameters before any `#fragment` (where SignalWire's `#rt=…` connection overrides live),
/// and joins an existing query with `&`. Any form decoder — axum's `Query`, `serde_urlencoded`,
/// `cxml::webhook::from_form` — reads the values back unchanged.
///
/// ```
/// use cxml::{CallbackUrl, cxml};
///
/// let agent = "+15551234567";
/// let status = CallbackUrl::new("https://ivr.example.com/status#rt=2000")
///     .param("agent", agent)
///     .param("team", "Sales & Support");
/// assert_eq!(
///     status.as_str(),
///     "https://ivr.example.com/status?agent=%2B15551234567&team=Sales+%26+Support#rt=2000"
/// );
///
/// let doc = cxml! { Response < Dial < Number({agent}, statusCallback = {&status}) > > };
/// assert!(doc.as_str().contains(r#"statusCallback="https://ivr.example.com/status?agent=%2B15551234567&amp;team=Sales+%26+Support#rt=2000""#));
///
/// // Relative URLs work the same way.
/// assert_eq!(CallbackUrl::new("/menu?lang=en").param("step", 2).as_str(), "/menu?lang=en&step=2");
/// ```
///
/// Building one costs about what writing the encoding by hand costs, so one per `Number` of a
/// `Dial` loop is fine: the URL given is borrowed (or kept, when it is a `String`), its
/// `?query` and `#fragment` are found once, by the first [`param`](CallbackUrl::param), and the
/// parameters are encoded into a small buffer inside the value (the heap only past
/// [`CallbackUrl::INLINE`] bytes of parameters). Spliced into a document, the pieces are escaped
/// straight into it: no `String` of the whole URL is made. [`as_str`](CallbackUrl::as_str)
/// makes that `String` on its first call (when there are parameters), and keeps it.
///
/// Written in a document as an attribute's value, `CallbackUrl::new(base).param("name", value)…`
/// (each name a string literal) costs less still: `cxml!` takes the chain apart, as it takes
/// `format_args!` apart. `new` is called as written; when it made a `cxml::CallbackUrl`, the base
/// is written escaped (and looked at for its query and fragment in the same pass), each name is
/// form-encoded at compile time, and each value is written straight into the document,
/// form-encoded: an integer with its digits, a `&str`, `String`, `Cow<str>`, `Box<str>`,
/// `Rc<str>` or `Arc<str>` without a formatter, anything else through `Display`. The values are
/// evaluated once each, in the order written, after `new`'s argument, as `param` evaluates them,
/// and the document holds the same URL as [`as_str`](CallbackUrl::as_str). A type of your own
/// named `CallbackUrl` is spliced as written.
///
/// The lifetime is that of the URL given: `CallbackUrl<'static>` for a `String` or a
/// `&'static str`, or any one after [`into_owned`](CallbackUrl::into_owned) (to keep one in a
/// struct).
#[derive(Clone)]
pub struct CallbackUrl<'a> {
    /// The URL as given.
    base: Cow<'a, str>,
    /// Where the base's `#fragment` starts (its length when there is none, or before the first
    /// parameter, when the base has not been looked at yet): the parameters go before it.
    fragment: usize,
    /// The parameters, form-encoded, each after its separator (`?` or `&`, or none when the
    /// base's query ends with one): what goes between the base and its fragment.
    params: Text,
    /// What goes before the next parameter.
    separator: Separator,
    /// The whole URL, made by the first [`as_str`](Self::as_str) when there are parameters.
    whole: OnceLock<String>,
}

/// What goes before the next parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Separator {
    /// Not known yet: the base is looked at (its query and fragment found) by the first
    /// parameter, and not at all by a document it is spliced into with its parameters.
    Unknown,
    /// No query yet: `?`.
    Question,
    /// A query that does not end with `?` or `&`: `&`.
    Ampersand,
    /// The query ends with `?` or `&`: nothing.
    Nothing,
}

impl Separator {
    /// The byte to write, if any.
    #[inline]
    fn byte(self) -> Option<u8> {
        match self {
            Separator::Question => Some(b'?'),
            Separator::Ampersand => Some(b'&'),
            Separator::Nothing | Separator::Unknown => None,
        }
    }
}

impl<'a> CallbackUrl<'a> {
    /// How many bytes of parameters (encoded, with their `?`, `&` and `=`) a `CallbackUrl` holds
    /// without a heap allocation.
    pub const INLINE: usize = INLINE;

    /// A URL (absolute or relative) to add parameters to; its own text is kept as written. A
    /// `&str` or `&String` is borrowed, a `String` kept: nothing is copied.
    #[must_use]
    #[inline]
    pub fn new(url: impl Into<Cow<'a, str>>) -> Self {
        CallbackUrl::from_cow(url.into())
    }

    /// [`new`](Self::new), once for every type of string: the base is looked at by the first
    /// parameter.
    #[inline]
    fn from_cow(base: Cow<'a, str>) -> Self {
        CallbackUrl {
            fragment: base.len(),
            base,
            params: Text::new(),
            separator: Separator::Unknown,
            whole: OnceLock::new(),
        }
    }

    /// Where the base's query and fragment are: where the fragment starts (its length when there
    /// is none) and what goes before the first parameter.
    fn look(base: &str) -> (usize, Separator) {
        let (query, fragment) = url::query_and_fragment(base);
        let fragment = fragment.unwrap_or(base.len());
        let separator = match query {
            None => Separator::Question,
            // The query ends with its separator (`…?` or `…&`): the next one is written already.
            Some(_) if base[..fragment].ends_with(['?', '&']) => Separator::Nothing,
            Some(_) => Separator::Ampersand,
        };
        (fragment, separator)
    }

    /// Adds `name=value` to the query, both form-encoded. `value` is anything `Display`.
    #[must_use]
    #[inline]
    pub fn param(mut self, name: &str, value: impl fmt::Display) -> Self {
        if self.separator == Separator::Unknown {
            (self.fragment, self.separator) = Self::look(&self.base);
        }
        if let Some(separator) = self.separator.byte() {
            self.params.push_bytes(&[separator]);
        }
        self.separator = Separator::Ampersand;
        form_encode(&mut self.params, name);
        self.params.push_bytes(b"=");
        // Formatted straight into the parameters, each piece encoded as it comes: no `String`
        // of the value (a `&str` or `String` comes as one piece).
        let _ = fmt::Write::write_fmt(&mut FormEncoder(&mut self.params), format_args!("{value}"));
        // An `as_str` before this parameter made the URL without it.
        if self.whole.get().is_some() {
            self.whole = OnceLock::new();
        }
        self
    }

    /// The URL as text. With parameters, the first call makes it (one `String`), and later
    /// calls return the same; a document it is spliced into does not need it.
    #[must_use]
    pub fn as_str(&self) -> &str {
        if self.params.is_empty() {
            return &self.base;
        }
        self.whole.get_or_init(|| self.pieces().concat())
    }

    /// The same URL, owning its text: one that outlives the string it was made from.
    #[must_use]
    pub fn into_owned(self) -> CallbackUrl<'static> {
        CallbackUrl {
            base: Cow::Owned(self.base.into_owned()),
            fragment: self.fragment,
            params: self.params,
            separator: self.separator,
            whole: self.whole,
        }
    }

    /// The URL in three pieces: the base up to its fragment, the parameters, the fragment.
    #[inline]
    fn pieces(&self) -> [&str; 3] {
        let (before, fragment) = self.base.split_at(self.fragment);
        [before, self.params.as_str(), fragment]
    }
}

/// Spliced into a document (`statusCallback = {url}`), a `CallbackUrl` is written piece by
/// piece, each escaped straight into it.
#[doc(hidden)]
impl TextPieces for CallbackUrl<'_> {
    #[inline]
    fn pieces(&self) -> [&str; 3] {
        CallbackUrl::pieces(self)
    }
}

/// `CallbackUrl::new(base).param("name", value)…` written as an attribute's value in a document
/// is taken apart by the macro: the base and its fragment come from here, the parameters are
/// written straight into the document.
#[doc(hidden)]
impl QueryUrl for CallbackUrl<'_> {
    #[inline]
    fn query_parts(&self) -> QueryParts<'_> {
        QueryParts {
            pieces: CallbackUrl::pieces(self),
            separator: self.separator.byte(),
            known: self.separator != Separator::Unknown,
        }
    }
}

/// How many bytes of parameters a `CallbackUrl` holds in itself (152 bytes in all on 64-bit
/// targets).
const INLINE: usize = 48;

/// The inline bytes, on an 8-byte boundary: `str::from_utf8` checks them a word at a time.
#[derive(Clone)]
#[repr(align(8))]
struct Aligned([u8; INLINE]);

/// The encoded parameters: in place when they fit, else on the heap. Only ASCII is written
/// into it (checked when read: no `unsafe` here).
#[derive(Clone)]
struct Text {
    /// The bytes while they fit (the first `len`).
    inline: Aligned,
    len: u8,
    /// The bytes once they do not: empty until then.
    heap: Vec<u8>,
}

impl Text {
    #[inline]
    fn new() -> Self {
        Text {
            inline: Aligned([0; INLINE]),
            len: 0,
            heap: Vec::new(),
        }
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.len == 0 && self.heap.is_empty()
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.inline.0[..usize::from(self.len)]
        } else {
            &self.heap
        }
    }

    #[inline]
    fn as_str(&self) -> &str {
        if self.is_empty() {
            return "";
        }
        // Never fails: only ASCII is written.
        std::str::from_utf8(self.bytes()).unwrap_or_default()
    }

    /// Where the next bytes go while the inline room holds `more` of them, and its length.
    #[inline]
    fn inline_room(&mut self, more: usize) -> Option<(&mut [u8], &mut u8)> {
        if !self.heap.is_empty() {
            return None;
        }
        let at = usize::from(self.len);
        let room = self.inline.0.get_mut(at..at + more)?;
        Some((room, &mut self.len))
    }

    /// Appends ASCII.
    #[inline]
    fn push_bytes(&mut self, text: &[u8]) {
        match self.inline_room(text.len()) {
            Some((room, len)) => {
                room.copy_from_slice(text);
                // At most `INLINE`, which fits in a `u8`.
                *len += text.len() as u8;
            }
            None => self.spill(text),
        }
    }

    /// Moves the bytes to the heap (the first time), with room for `text`, as much again, and
    /// another inline room's worth (a second long parameter); appends `text`.
    #[cold]
    #[inline(never)]
    fn spill(&mut self, text: &[u8]) {
        if self.heap.is_empty() {
            let mut heap = Vec::with_capacity(2 * (self.bytes().len() + text.len()) + INLINE);
            heap.extend_from_slice(self.bytes());
            self.heap = heap;
        }
        self.heap.extend_from_slice(text);
    }
}

/// Form-encodes what is written into it onto the end of the parameters.
struct FormEncoder<'a>(&'a mut Text);

impl fmt::Write for FormEncoder<'_> {
    #[inline]
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        form_encode(self.0, piece);
        Ok(())
    }
}

/// Appends `text` form-encoded (ASCII only), as `form_urlencoded::byte_serialize` writes it
/// (space as `+`, every other byte outside `A-Z a-z 0-9 * - . _` as `%XX`): byte by byte into
/// the inline room when the worst case (every byte as `%XX`) fits there, else with the runs of
/// kept bytes copied whole.
#[inline(always)]
fn form_encode(out: &mut Text, text: &str) {
    let bytes = text.as_bytes();
    if let Some((room, len)) = out.inline_room(3 * bytes.len()) {
        let mut written = 0;
        for &byte in bytes {
            let kept = url::FORM_KEPT[usize::from(byte)];
            if kept || byte == b' ' {
                if let Some(slot) = room.get_mut(written) {
                    *slot = if kept { byte } else { b'+' };
                }
                written += 1;
            } else {
                if let Some(slot) = room.get_mut(written..written + 3) {
                    slot.copy_from_slice(&percent(byte));
                }
                written += 3;
            }
        }
        // At most `INLINE`, which fits in a `u8`.
        *len += written as u8;
        return;
    }
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if url::FORM_KEPT[usize::from(byte)] {
            continue;
        }
        if start < at {
            out.push_bytes(&bytes[start..at]);
        }
        if byte == b' ' {
            out.push_bytes(b"+");
        } else {
            out.push_bytes(&percent(byte));
        }
        start = at + 1;
    }
    if start < bytes.len() {
        out.push_bytes(&bytes[start..]);
    }
}

/// `byte` as `%XX`.
#[inline(always)]
fn percent(byte: u8) -> [u8; 3] {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    [
        b'%',
        HEX[usize::from(byte >> 4)],
        HEX[usize::from(byte & 15)],
    ]
}

impl fmt::Display for CallbackUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.pieces()
            .iter()
            .try_for_each(|piece| f.write_str(piece))
    }
}

impl fmt::Debug for CallbackUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [before, params, _] = self.pieces();
        let fragment = match self.separator {
            Separator::Unknown => Self::look(&self.base).0,
            _ => before.len() + params.len(),
        };
        f.debug_struct("CallbackUrl")
            .field("url", &self.to_string())
            .field("fragment", &fragment)
            .finish()
    }
}

/// Two URLs are equal when their text is, however it was built.
impl PartialEq for CallbackUrl<'_> {
    fn eq(&self, other: &Self) -> bool {
        fn bytes<'u>(url: &'u CallbackUrl<'_>) -> impl Iterator<Item = u8> + 'u {
            url.pieces().into_iter().flat_map(str::bytes)
        }
        bytes(self).eq(bytes(other))
    }
}

impl Eq for CallbackUrl<'_> {}

/// Hashes the whole text (made once by [`as_str`](CallbackUrl::as_str)), so equal URLs hash
/// alike however they were built.
impl std::hash::Hash for CallbackUrl<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl AsRef<str> for CallbackUrl<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<CallbackUrl<'_>> for String {
    fn from(url: CallbackUrl<'_>) -> String {
        if url.params.is_empty() {
            return url.base.into_owned();
        }
        match url.whole.get() {
            Some(_) => url.whole.into_inner().unwrap_or_default(),
            None => url.pieces().concat(),
        }
    }
}

#[cfg(test)]
mod tests {
    use cxml_runtime::schema::url::UriRef;

    use super::*;

    fn query(url: &CallbackUrl) -> Vec<(String, String)> {
        let text = url.as_str();
        let query = text.split_once('?').map_or("", |(_, q)| q);
        let query = query.split_once('#').map_or(query, |(q, _)| q);
        form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect()
    }

    #[test]
    fn values_read_back_unchanged_whatever_they_hold() {
        let values = [
            "+15551234567",
            "a b",
            "a&b=c",
            "50%",
            "#not-a-fragment",
            "?",
            "O'Brien",
            "",
            "naïve 東京 🚀",
            "+",
            "line\nbreak",
        ];
        for value in values {
            let url = CallbackUrl::new("https://h/p")
                .param("v", value)
                .param("n&=", value);
            assert_eq!(
                query(&url),
                [
                    ("v".to_owned(), value.to_owned()),
                    ("n&=".to_owned(), value.to_owned())
                ],
                "{url}"
            );
            assert!(!url.as_str().contains(' '), "{url}");
        }
    }

    #[test]
    fn the_query_goes_before_the_fragment_and_joins_an_existing_one() {
        let url = CallbackUrl::new("https://h/p?x=1#ot=500&rt=1000").param("to", "+1");
        assert_eq!(url.as_str(), "https://h/p?x=1&to=%2B1#ot=500&rt=1000");
        assert_eq!(CallbackUrl::new("/p?").param("a", 1).as_str(), "/p?a=1");
        assert_eq!(
            CallbackUrl::new("/p?x=1&").param("a", 1).as_str(),
            "/p?x=1&a=1"
        );
        assert_eq!(CallbackUrl::new("/p").as_str(), "/p");
        assert_eq!(String::from(CallbackUrl::new("/p#f")), "/p#f");
    }

    #[test]
    fn values_are_encoded_as_form_urlencoded_encodes_them() {
        let mut all = String::new();
        for c in (0u32..0x800)
            .chain([0xFFFD, 0x1F680])
            .filter_map(char::from_u32)
        {
            all.push(c);
        }
        for text in [
            "",
            "+15551234567",
            "a b",
            "é",
            "a&b=c#d",
            "*-._~!",
            all.as_str(),
        ] {
            let mut ours = Text::new();
            form_encode(&mut ours, text);
            let expected = form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>();
            assert_eq!(ours.as_str(), expected);
            // The encoder a document's taken-apart chain writes with.
            let mut written = String::from("x");
            url::form_encode(&mut written, text);
            assert_eq!(written[1..], expected);
        }
    }

    #[test]
    fn a_value_is_formatted_into_the_url_without_a_string_of_its_own() {
        struct Pieces;
        impl fmt::Display for Pieces {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a b")?;
                f.write_str("+&")?;
                write!(f, "{}", 7)
            }
        }
        let url = CallbackUrl::new("/p#f").param("v", Pieces).param("n", 12);
        assert_eq!(url.as_str(), "/p?v=a+b%2B%267&n=12#f");
        assert_eq!(
            query(&url),
            [
                ("v".to_owned(), "a b+&7".to_owned()),
                ("n".to_owned(), "12".to_owned())
            ]
        );
    }

    #[test]
    fn the_plus_of_an_e164_number_is_the_trap_it_avoids() {
        let number = "+15551234567";
        let by_hand = format!("https://h/status?to={number}");
        let read: Vec<(String, String)> =
            form_urlencoded::parse(by_hand.split_once('?').unwrap().1.as_bytes())
                .into_owned()
                .collect();
        assert_eq!(
            read[0].1, " 15551234567",
            "a `+` written by hand reads back as a space"
        );
        let built = CallbackUrl::new("https://h/status").param("to", number);
        assert_eq!(query(&built)[0].1, number);
    }

    /// The URL as the first `CallbackUrl` built it: one `String`, split at its fragment by
    /// `UriRef`, the separator chosen by the query `UriRef` finds before it.
    fn reference(base: &str, params: &[(&str, &str)]) -> String {
        let mut url = base.to_owned();
        for (name, value) in params {
            let fragment = UriRef::parse(&url)
                .fragment_start()
                .map(|at| url.split_off(at));
            match UriRef::parse(&url).query_start() {
                None => url.push('?'),
                Some(_) if url.ends_with(['?', '&']) => {}
                Some(_) => url.push('&'),
            }
            url.extend(form_urlencoded::byte_serialize(name.as_bytes()));
            url.push('=');
            url.extend(form_urlencoded::byte_serialize(value.as_bytes()));
            if let Some(fragment) = fragment {
                url.push_str(&fragment);
            }
        }
        url
    }

    #[test]
    fn any_base_and_any_parameters_make_the_url_the_reference_makes() {
        let long = format!("https://h/{}", "p".repeat(2 * INLINE));
        let edge = |len: usize| format!("/{}", "e".repeat(len - 1));
        let bases = [
            String::new(),
            "/p".to_owned(),
            "/p?".to_owned(),
            "/p?x=1".to_owned(),
            "/p?x=1&".to_owned(),
            "https://h/p#rt=2000".to_owned(),
            "https://h/p?x#f?g#h".to_owned(),
            "#only".to_owned(),
            "?".to_owned(),
            "/p?#".to_owned(),
            "/naïve?東=京#🚀".to_owned(),
            format!("{long}#{long}"),
            edge(INLINE - 1),
            edge(INLINE),
            format!("{}#f", edge(INLINE - 3)),
        ];
        // `?to=` and a value of `INLINE - 4` bytes fill the parameters' room exactly.
        let (big, fills, past) = (
            "v".repeat(INLINE),
            "f".repeat(INLINE - 4),
            "g".repeat(INLINE - 3),
        );
        let values = [
            "+15551234567",
            "",
            fills.as_str(),
            "a b&c=d#e?f",
            "é",
            big.as_str(),
            past.as_str(),
            "x",
        ];
        for base in &bases {
            for count in 0..=values.len() {
                // Every run of values, so that a URL fills up before, at and after any parameter.
                for first in 0..values.len() {
                    let params: Vec<(&str, &str)> = (0..count)
                        .map(|i| {
                            (
                                ["to", "n&=", "k"][i % 3],
                                values[(first + i) % values.len()],
                            )
                        })
                        .collect();
                    let url = params
                        .iter()
                        .fold(CallbackUrl::new(base), |url, (name, value)| {
                            url.param(name, value)
                        });
                    let expected = reference(base, &params);
                    assert_eq!(url.as_str(), expected, "{base:?} {params:?}");
                    assert_eq!(url.to_string(), expected);
                    assert_eq!(url.as_ref(), expected);
                    assert_eq!(String::from(url.clone()), expected);
                    assert_eq!(url.clone(), url);
                    assert_eq!(url.clone().into_owned().as_str(), expected);
                }
            }
        }
    }

    #[test]
    fn equal_text_is_an_equal_url_with_an_equal_hash() {
        use std::hash::BuildHasher;
        let state = std::hash::RandomState::new();
        let hash_with = |url: &CallbackUrl| state.hash_one(url);
        let value = "a".repeat(2 * INLINE);
        // Built long, and grown long from a short one: the same text.
        let long = CallbackUrl::new(format!("/p?v={value}#f"));
        let grown = CallbackUrl::new("/p#f").param("v", &value);
        assert_eq!(long, grown);
        assert_eq!(hash_with(&long), hash_with(&grown));
        let short = CallbackUrl::new("/p").param("v", 1);
        assert_eq!(short, CallbackUrl::new("/p?v=1"));
        assert_eq!(hash_with(&short), hash_with(&CallbackUrl::new("/p?v=1")));
        assert_ne!(short, CallbackUrl::new("/p?v=2"));
        assert_eq!(
            format!("{short:?}"),
            r#"CallbackUrl { url: "/p?v=1", fragment: 6 }"#
        );
    }

    #[test]
    fn the_url_given_is_borrowed_and_short_parameters_kept_in_the_value_itself() {
        #[cfg(target_pointer_width = "64")]
        assert_eq!(std::mem::size_of::<CallbackUrl>(), 152);
        let status = "https://example.com/calls/CA42/status".to_owned();
        let url = CallbackUrl::new(&status).param("to", "+15550000099");
        assert!(matches!(url.base, Cow::Borrowed(_)));
        assert!(url.params.heap.is_empty());
        let url = url.param("long", "x".repeat(INLINE));
        assert!(!url.params.heap.is_empty());
        assert!(matches!(CallbackUrl::new(status).base, Cow::Owned(_)));
    }

    #[test]
    fn it_can_cross_threads() {
        fn send_and_sync<T: Send + Sync>(_: &T) {}
        send_and_sync(&CallbackUrl::new("/p").param("a", 1));
    }

    #[test]
    fn as_str_before_a_parameter_does_not_hide_it() {
        let url = CallbackUrl::new("/p#f").param("a", 1);
        assert_eq!(url.as_str(), "/p?a=1#f");
        let url = url.param("b", 2);
        assert_eq!(url.as_str(), "/p?a=1&b=2#f");
        assert_eq!(String::from(url.clone()), "/p?a=1&b=2#f");
        assert_eq!(
            format!("{url:?}"),
            r#"CallbackUrl { url: "/p?a=1&b=2#f", fragment: 10 }"#
        );
        // Kept past the string it was made from.
        let owned: CallbackUrl<'static> = {
            let base = String::from("/q?x");
            CallbackUrl::new(&base).param("y", "z").into_owned()
        };
        assert_eq!(owned.to_string(), "/q?x&y=z");
    }
}
