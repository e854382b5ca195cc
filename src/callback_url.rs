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
    /// Everything before the fragment.
    url: String,
    /// `#…`, kept apart so parameters go before it.
    fragment: String,
    /// The whole URL, kept current for `as_str`.
    full: String,
}

impl CallbackUrl {
    /// A URL (absolute or relative) to add parameters to; its own text is kept as written.
    pub fn new(url: impl Into<String>) -> Self {
        let mut url = url.into();
        let fragment = match UriRef::parse(&url).fragment_start() {
            Some(hash) => url.split_off(hash),
            None => String::new(),
        };
        let full = format!("{url}{fragment}");
        CallbackUrl {
            url,
            fragment,
            full,
        }
    }

    /// Adds `name=value` to the query, both form-encoded. `value` is anything `Display`.
    pub fn param(mut self, name: &str, value: impl fmt::Display) -> Self {
        match UriRef::parse(&self.url).query_start() {
            None => self.url.push('?'),
            // `…?` or `…&`: the separator is already there.
            Some(_) if self.url.ends_with(['?', '&']) => {}
            Some(_) => self.url.push('&'),
        }
        self.url
            .extend(form_urlencoded::byte_serialize(name.as_bytes()));
        self.url.push('=');
        let value = value.to_string();
        self.url
            .extend(form_urlencoded::byte_serialize(value.as_bytes()));
        self.full = format!("{}{}", self.url, self.fragment);
        self
    }

    /// The URL as text.
    pub fn as_str(&self) -> &str {
        &self.full
    }
}

impl fmt::Display for CallbackUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full)
    }
}

impl AsRef<str> for CallbackUrl {
    fn as_ref(&self) -> &str {
        &self.full
    }
}

impl From<CallbackUrl> for String {
    fn from(url: CallbackUrl) -> String {
        url.full
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
