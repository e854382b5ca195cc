//! URLs as the platform uses them: relative references resolved against the current document's
//! URL (RFC 3986, section 5), the `#ot=…&rt=…&tt=…` connection overrides SignalWire reads from a
//! URL's fragment, and the origin check that keeps every request on the application under test.
//!
//! Hand-written rather than taken from the `url` crate: resolution is the one operation needed,
//! it is short and fully specified, and `url` would add an internationalisation stack to every
//! build of the simulator.

use std::time::Duration;

/// An absolute `http`/`https` URL split into its parts (fragment excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    pub scheme: &'a str,
    pub authority: &'a str,
    pub path: &'a str,
    pub query: Option<&'a str>,
}

/// Splits an absolute URL; `None` when it has no `scheme://authority`.
pub(crate) fn split(url: &str) -> Option<Parts<'_>> {
    let url = strip_fragment(url);
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    {
        return None;
    }
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(authority_end);
    if authority.is_empty() {
        return None;
    }
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest, None),
    };
    Some(Parts {
        scheme,
        authority,
        path,
        query,
    })
}

/// The URL without its `#fragment`.
pub(crate) fn strip_fragment(url: &str) -> &str {
    url.split_once('#').map_or(url, |(before, _)| before)
}

/// `scheme://authority` of an absolute URL, lower-cased for comparison.
pub(crate) fn origin(url: &str) -> Option<String> {
    let parts = split(url)?;
    Some(format!("{}://{}", parts.scheme, parts.authority).to_ascii_lowercase())
}

/// Resolves `reference` (as written in a document) against the absolute `base` URL, keeping the
/// reference's fragment (it carries connection overrides).
///
/// ```text
/// resolve("https://h/a/b?x", "c")        = "https://h/a/c"
/// resolve("https://h/a/b?x", "/menu?y")  = "https://h/menu?y"
/// resolve("https://h/a/b?x", "?y")       = "https://h/a/b?y"
/// resolve("https://h/a/b?x", "../c")     = "https://h/c"
/// ```
pub(crate) fn resolve(base: &str, reference: &str) -> Result<String, String> {
    let reference = reference.trim();
    let (reference, fragment) = match reference.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (reference, None),
    };
    let with_fragment = |url: String| match fragment {
        Some(fragment) => format!("{url}#{fragment}"),
        None => url,
    };
    if has_scheme(reference) {
        return match split(reference) {
            Some(parts) => Ok(with_fragment(join(
                parts.scheme,
                parts.authority,
                &remove_dot_segments(parts.path),
                parts.query,
            ))),
            None => Err(format!("`{reference}` is not an http(s) URL")),
        };
    }
    let base_parts = split(base).ok_or_else(|| format!("`{base}` is not an absolute URL"))?;
    if let Some(rest) = reference.strip_prefix("//") {
        return Ok(with_fragment(format!("{}://{rest}", base_parts.scheme)));
    }
    let (path, query) = match reference.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (reference, None),
    };
    let (path, query) = if path.is_empty() {
        (base_parts.path.to_owned(), query.or(base_parts.query))
    } else if path.starts_with('/') {
        (remove_dot_segments(path), query)
    } else {
        let directory = match base_parts.path.rfind('/') {
            Some(slash) => &base_parts.path[..=slash],
            None => "/",
        };
        (remove_dot_segments(&format!("{directory}{path}")), query)
    };
    Ok(with_fragment(join(
        base_parts.scheme,
        base_parts.authority,
        &path,
        query,
    )))
}

fn has_scheme(reference: &str) -> bool {
    match reference.find(':') {
        Some(colon) => {
            let scheme = &reference[..colon];
            !scheme.is_empty()
                && scheme.as_bytes()[0].is_ascii_alphabetic()
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        }
        None => false,
    }
}

fn join(scheme: &str, authority: &str, path: &str, query: Option<&str>) -> String {
    let path = if path.is_empty() { "/" } else { path };
    match query {
        Some(query) => format!("{scheme}://{authority}{path}?{query}"),
        None => format!("{scheme}://{authority}{path}"),
    }
}

/// RFC 3986 section 5.2.4.
fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing_slash = false;
    for (index, segment) in segments.iter().enumerate() {
        match *segment {
            "." => trailing_slash = index == last,
            ".." => {
                if output.len() > 1 {
                    output.pop();
                }
                trailing_slash = index == last;
            }
            other => {
                output.push(other);
                trailing_slash = false;
            }
        }
    }
    let mut text = output.join("/");
    if trailing_slash && !text.ends_with('/') {
        text.push('/');
    }
    if path.starts_with('/') && !text.starts_with('/') {
        text.insert(0, '/');
    }
    text
}

/// The connection limits of one request: SignalWire's defaults, or the URL fragment's `ot`
/// (connect), `rt` (read) and `tt` (total) overrides in milliseconds, clamped to their ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Time to open the connection (SignalWire: 2 s).
    pub connect: Duration,
    /// Time to the answer's first byte (SignalWire: 5 s).
    pub read: Duration,
    /// Time for the whole exchange, body included (SignalWire: 15 s).
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_millis(2000),
            read: Duration::from_millis(5000),
            total: Duration::from_millis(15000),
        }
    }
}

impl Timeouts {
    /// These limits with the overrides in `url`'s fragment applied.
    pub(crate) fn with_fragment_of(mut self, url: &str) -> Self {
        let Some((_, fragment)) = url.split_once('#') else {
            return self;
        };
        for (key, value) in form_urlencoded::parse(fragment.as_bytes()) {
            let Ok(millis) = value.trim().parse::<u64>() else {
                continue;
            };
            match key.as_ref() {
                "ot" => self.connect = Duration::from_millis(millis.clamp(100, 10_000)),
                "rt" => self.read = Duration::from_millis(millis.clamp(100, 15_000)),
                "tt" => self.total = Duration::from_millis(millis.clamp(100, 15_000)),
                _ => {}
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 3986 section 5.4.1 (normal examples) and the abnormal ones of 5.4.2 that apply to
    /// http URLs, against the RFC's base.
    #[test]
    fn rfc_3986_examples() {
        let base = "http://a/b/c/d;p?q";
        let cases = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            (";x", "http://a/b/c/;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("https://other/x/../y?z", "https://other/y?z"),
        ];
        for (reference, expected) in cases {
            assert_eq!(resolve(base, reference).unwrap(), expected, "{reference:?}");
        }
    }

    #[test]
    fn a_base_without_a_path_resolves_from_the_root() {
        assert_eq!(resolve("https://h", "menu").unwrap(), "https://h/menu");
        assert_eq!(resolve("https://h", "?x=1").unwrap(), "https://h/?x=1");
    }

    #[test]
    fn non_http_references_are_errors() {
        assert!(resolve("https://h/a", "mailto:x").is_err());
        assert!(resolve("not a url", "menu").is_err());
    }

    #[test]
    fn origins_compare_case_insensitively_without_path() {
        assert_eq!(
            origin("HTTPS://Example.com:8443/a?b#c").unwrap(),
            "https://example.com:8443"
        );
        assert_eq!(origin("/relative"), None);
    }

    #[test]
    fn fragment_overrides_are_clamped() {
        let timeouts =
            Timeouts::default().with_fragment_of("https://h/p#ot=50&rt=1000&tt=99999&x=1");
        assert_eq!(timeouts.connect, Duration::from_millis(100));
        assert_eq!(timeouts.read, Duration::from_millis(1000));
        assert_eq!(timeouts.total, Duration::from_millis(15000));
        assert_eq!(
            Timeouts::default().with_fragment_of("https://h/p"),
            Timeouts::default()
        );
    }
}
