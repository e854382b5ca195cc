//! Callback URLs with values in their query, each value encoded so that it reads back as written.

use std::fmt;

use cxml_runtime::schema::url::UriRef;

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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CallbackUrl {
    /// The whole URL, as `as_str` shows it: parameters are encoded in place, before the
    /// fragment.
    url: String,
    /// Where the `#fragment` starts in `url` (its length when there is none), so parameters go
    /// before it.
    fragment: usize,
}

impl CallbackUrl {
    /// A URL (absolute or relative) to add parameters to; its own text is kept as written.
    pub fn new(url: impl Into<String>) -> Self {
        let url = url.into();
        let fragment = UriRef::parse(&url).fragment_start().unwrap_or(url.len());
        CallbackUrl { url, fragment }
    }

    /// Adds `name=value` to the query, both form-encoded. `value` is anything `Display`.
    pub fn param(mut self, name: &str, value: impl fmt::Display) -> Self {
        // Parameters are appended where they belong: at the end, or, with a fragment, at the
        // end once the fragment is moved out of the way (and put back after).
        let fragment = (self.fragment < self.url.len()).then(|| self.url.split_off(self.fragment));
        match UriRef::parse(&self.url).query_start() {
            None => self.url.push('?'),
            // `…?` or `…&`: the separator is already there.
            Some(_) if self.url.ends_with(['?', '&']) => {}
            Some(_) => self.url.push('&'),
        }
        form_encode(&mut self.url, name);
        self.url.push('=');
        // Formatted straight into the URL, each piece encoded as it comes: no `String` of the
        // value (a `&str` or `String` comes as one piece).
        let _ = fmt::Write::write_fmt(&mut FormEncoder(&mut self.url), format_args!("{value}"));
        self.fragment = self.url.len();
        if let Some(fragment) = fragment {
            self.url.push_str(&fragment);
        }
        self
    }

    /// The URL as text.
    pub fn as_str(&self) -> &str {
        &self.url
    }
}

/// Form-encodes what is written into it onto the end of a `String`.
struct FormEncoder<'a>(&'a mut String);

impl fmt::Write for FormEncoder<'_> {
    #[inline]
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        form_encode(self.0, piece);
        Ok(())
    }
}

/// The bytes `application/x-www-form-urlencoded` keeps as they are.
const KEPT: [bool; 256] = {
    let mut kept = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        kept[byte] = b.is_ascii_alphanumeric() || matches!(b, b'*' | b'-' | b'.' | b'_');
        byte += 1;
    }
    kept
};

/// Appends `text` form-encoded, as `form_urlencoded::byte_serialize` writes it (space as `+`,
/// every other byte outside `A-Z a-z 0-9 * - . _` as `%XX`), with the runs of kept bytes copied
/// whole.
fn form_encode(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = text.as_bytes();
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if KEPT[usize::from(byte)] {
            continue;
        }
        // A run of kept bytes is ASCII, so it starts and ends on character boundaries.
        if start < at {
            out.push_str(&text[start..at]);
        }
        if byte == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
        start = at + 1;
    }
    if start < bytes.len() {
        out.push_str(&text[start..]);
    }
}

impl fmt::Display for CallbackUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

impl AsRef<str> for CallbackUrl {
    fn as_ref(&self) -> &str {
        &self.url
    }
}

impl From<CallbackUrl> for String {
    fn from(url: CallbackUrl) -> String {
        url.url
    }
}

#[cfg(test)]
mod tests {
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
            let mut ours = String::new();
            form_encode(&mut ours, text);
            assert_eq!(
                ours,
                form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>()
            );
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
}
