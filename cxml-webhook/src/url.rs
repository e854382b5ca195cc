//! The URL variants a signature is checked against (README 4.1, "strip any port").
//!
//! SignalWire's back end is not consistent about whether the URL it signs carries the default port,
//! so a validator tries the URL as given, the URL with its port removed (any port) and, when the URL
//! has no port, the URL with the scheme's default port (`:443` for https, `:80` for http) added
//! right after the host. The text is edited in place and never re-encoded: everything but the port
//! stays byte for byte as given.

/// A URL split around its port: `head` is `scheme://[userinfo@]host`, `tail` is path, query and
/// fragment.
struct Split<'a> {
    scheme: &'a str,
    head: &'a str,
    port: Option<&'a str>,
    tail: &'a str,
}

/// Splits `url` around its port, or `None` when it has no `scheme://authority` shape.
fn split(url: &str) -> Option<Split<'_>> {
    let scheme_end = url.find("://")?;
    let scheme = &url[..scheme_end];
    if scheme.is_empty()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    {
        return None;
    }
    let authority_start = scheme_end + 3;
    let authority_len = url[authority_start..]
        .find(['/', '?', '#'])
        .unwrap_or(url.len() - authority_start);
    let authority_end = authority_start + authority_len;
    let authority = &url[authority_start..authority_end];
    let host_start = authority.rfind('@').map_or(0, |at| at + 1);
    let host_port = &authority[host_start..];
    // An IPv6 literal `[…]` holds colons of its own; the port colon comes after `]`.
    let search_from = if host_port.starts_with('[') {
        host_port.find(']')? + 1
    } else {
        0
    };
    let (host_len, port) = match host_port[search_from..].find(':') {
        Some(colon) => {
            let colon = search_from + colon;
            let port = &host_port[colon + 1..];
            if !port.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (colon, Some(port))
        }
        None if search_from == 0 || search_from == host_port.len() => (host_port.len(), None),
        None => return None,
    };
    let head_end = authority_start + host_start + host_len;
    Some(Split {
        scheme,
        head: &url[..head_end],
        port,
        tail: &url[authority_end..],
    })
}

fn default_port(scheme: &str) -> Option<&'static str> {
    if scheme.eq_ignore_ascii_case("https") {
        Some("443")
    } else if scheme.eq_ignore_ascii_case("http") {
        Some("80")
    } else {
        None
    }
}

/// The URL as given, then the one other spelling of its port that SignalWire may have signed: with
/// the port removed when it has one, with the default port added when it has none.
pub(crate) fn port_variants(url: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let other = split(url).and_then(|parts| match parts.port {
        Some(_) => Some(format!("{}{}", parts.head, parts.tail)),
        None => {
            default_port(parts.scheme).map(|port| format!("{}:{}{}", parts.head, port, parts.tail))
        }
    });
    std::iter::once(std::borrow::Cow::Borrowed(url)).chain(other.map(std::borrow::Cow::Owned))
}

/// The raw (undecoded) value of the first query parameter called `name`, if any.
pub(crate) fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let without_fragment = url.split('#').next().unwrap_or(url);
    let (_, query) = without_fragment.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants(url: &str) -> Vec<String> {
        port_variants(url).map(|u| u.into_owned()).collect()
    }

    #[test]
    fn https_without_port_adds_443() {
        assert_eq!(
            variants("https://h/p?q=1"),
            ["https://h/p?q=1", "https://h:443/p?q=1"]
        );
    }

    #[test]
    fn http_without_port_adds_80() {
        assert_eq!(variants("http://h"), ["http://h", "http://h:80"]);
    }

    #[test]
    fn any_port_is_stripped() {
        assert_eq!(
            variants("https://h:443/p"),
            ["https://h:443/p", "https://h/p"]
        );
        assert_eq!(
            variants("https://h:1234/p"),
            ["https://h:1234/p", "https://h/p"]
        );
        assert_eq!(
            variants("http://h:8080?x"),
            ["http://h:8080?x", "http://h?x"]
        );
    }

    #[test]
    fn port_goes_after_userinfo() {
        assert_eq!(
            variants("https://user:pass@h/p"),
            ["https://user:pass@h/p", "https://user:pass@h:443/p"]
        );
        assert_eq!(
            variants("https://user:pass@h:8443/p"),
            ["https://user:pass@h:8443/p", "https://user:pass@h/p"]
        );
    }

    #[test]
    fn ipv6_literals() {
        assert_eq!(
            variants("https://[::1]/p"),
            ["https://[::1]/p", "https://[::1]:443/p"]
        );
        assert_eq!(
            variants("http://[::1]:80/p"),
            ["http://[::1]:80/p", "http://[::1]/p"]
        );
    }

    #[test]
    fn colon_in_path_or_query_is_not_a_port() {
        assert_eq!(
            variants("https://h/a:b?c=d:e"),
            ["https://h/a:b?c=d:e", "https://h:443/a:b?c=d:e"]
        );
    }

    #[test]
    fn garbage_only_yields_itself() {
        for url in [
            "",
            "no scheme",
            "://h",
            "https://h:abc/p",
            "https://[::1/p",
            "é://x",
        ] {
            assert_eq!(variants(url), [url]);
        }
        // Unknown schemes have no default port to add.
        assert_eq!(variants("wss://h/p"), ["wss://h/p"]);
    }

    #[test]
    fn query_param_reads_the_raw_value() {
        let url = "https://h/p?a=1&bodySHA256=abc&bodySHA256=def#frag=x";
        assert_eq!(query_param(url, "bodySHA256"), Some("abc"));
        assert_eq!(query_param(url, "frag"), None);
        assert_eq!(query_param("https://h/p", "a"), None);
        assert_eq!(query_param("https://h/p?a", "a"), Some(""));
    }
}
