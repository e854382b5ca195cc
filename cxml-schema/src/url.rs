//! URI references (RFC 3986) split byte for byte: plumbing the cxml crates share for every URL they
//! read (signature checks, the simulator, the REST client, the CLI); not part of the public API.
//!
//! [`UriRef::parse`] splits any string at the delimiters of RFC 3986 (appendix B: `scheme:`,
//! `//authority`, path, `?query`, `#fragment`), relative references included, into parts borrowed
//! from it by position: nothing is decoded, lower-cased or re-encoded, and the parts put back
//! together are the input. [`Authority`] splits an authority into userinfo, host (IPv6 literals in
//! brackets) and port. On top: [`port_variants`] (the spellings of a URL's port a signature may
//! have been made over), [`query_param`], [`strip_fragment`], [`origin`] and [`resolve`] (RFC 3986
//! section 5.2). It never panics: it slices only at the ASCII delimiters it found.
//!
//! Written here rather than taken from the `url` crate. A signature is checked against the URL
//! *as given*, with only its port edited, so the text must not be normalised (`url` lower-cases
//! hosts, drops default ports and re-encodes). And `url` 2.5.8 with its IDNA/ICU stack costs more
//! than all of `cxml`: cold dev builds of a new binary crate on 2 shared cores (2026-12-06), `cxml`
//! with default features 19 crates, 9.5 s CPU (19 s wall); `url` alone 34 crates, 14.6 s CPU
//! (29 s wall); both 46 crates, 22.4 s CPU (44 s wall). The tests compare [`resolve`] with `url`,
//! a dev-dependency only.

/// A URI reference split at its delimiters. Every part is a slice of the text given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UriRef<'a> {
    text: &'a str,
    /// Where the `:` after the scheme is.
    scheme_end: Option<usize>,
    /// Where the authority starts (after `//`).
    authority_start: Option<usize>,
    path_start: usize,
    /// Where the path ends: the `?`, the `#`, or the end.
    path_end: usize,
    /// Where the `?` is.
    query_start: Option<usize>,
    /// Where the `#` is.
    fragment_start: Option<usize>,
}

impl<'a> UriRef<'a> {
    /// Splits `text` (any string: an absolute URL, a relative reference, garbage).
    pub fn parse(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let (query_start, fragment_start) = query_and_fragment(text);
        let before_fragment = fragment_start.unwrap_or(text.len());
        let path_end = query_start.unwrap_or(before_fragment);
        // A scheme is a letter, then letters, digits, `+`, `-` or `.`, up to the first `:`, which
        // must come before any `/`, `?` or `#`.
        let scheme_end = text[..path_end]
            .find([':', '/'])
            .filter(|&colon| bytes[colon] == b':' && is_scheme(&text[..colon]));
        let after_scheme = scheme_end.map_or(0, |colon| colon + 1);
        let (authority_start, path_start) = if text[after_scheme..path_end].starts_with("//") {
            let start = after_scheme + 2;
            let end = text[start..path_end]
                .find('/')
                .map_or(path_end, |slash| start + slash);
            (Some(start), end)
        } else {
            (None, after_scheme)
        };
        UriRef {
            text,
            scheme_end,
            authority_start,
            path_start,
            path_end,
            query_start,
            fragment_start,
        }
    }

    /// An absolute URL: a scheme and a non-empty authority (`scheme://host…`), or `None`.
    pub fn absolute(text: &'a str) -> Option<Self> {
        let uri = UriRef::parse(text);
        (uri.scheme().is_some() && uri.authority().is_some_and(|a| !a.is_empty())).then_some(uri)
    }

    /// The text given.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The scheme, without `:`, as written.
    pub fn scheme(&self) -> Option<&'a str> {
        self.scheme_end.map(|end| &self.text[..end])
    }

    /// Whether the scheme is `scheme` (ignoring case).
    pub fn scheme_is(&self, scheme: &str) -> bool {
        self.scheme()
            .is_some_and(|own| own.eq_ignore_ascii_case(scheme))
    }

    /// The authority, without `//` (possibly empty: `file:///x`).
    pub fn authority(&self) -> Option<&'a str> {
        self.authority_start
            .map(|start| &self.text[start..self.path_start])
    }

    /// The authority split into userinfo, host and port, when there is one of a valid shape.
    pub fn authority_parts(&self) -> Option<Authority<'a>> {
        Authority::parse(self.text, self.authority_start?, self.path_start)
    }

    /// The path (possibly empty).
    pub fn path(&self) -> &'a str {
        &self.text[self.path_start..self.path_end]
    }

    /// The query, without `?`.
    pub fn query(&self) -> Option<&'a str> {
        self.query_start
            .map(|start| &self.text[start + 1..self.fragment_start.unwrap_or(self.text.len())])
    }

    /// The fragment, without `#`.
    pub fn fragment(&self) -> Option<&'a str> {
        self.fragment_start.map(|start| &self.text[start + 1..])
    }

    /// Where the query's `?` is.
    pub fn query_start(&self) -> Option<usize> {
        self.query_start
    }

    /// Where the fragment's `#` is.
    pub fn fragment_start(&self) -> Option<usize> {
        self.fragment_start
    }

    /// The text before the `?query` and `#fragment`: scheme, authority and path.
    pub fn before_query(&self) -> &'a str {
        &self.text[..self.path_end]
    }

    /// The text after the authority (or the scheme): path, query and fragment.
    pub fn after_authority(&self) -> &'a str {
        &self.text[self.path_start..]
    }

    /// The text before the `#fragment`.
    pub fn before_fragment(&self) -> &'a str {
        &self.text[..self.fragment_start.unwrap_or(self.text.len())]
    }

    /// The path and `?query` (no fragment), as an HTTP request line wants it: `/` for an empty
    /// path.
    pub fn path_and_query(&self) -> std::borrow::Cow<'a, str> {
        let rest = &self.text[self.path_start..self.fragment_start.unwrap_or(self.text.len())];
        if rest.starts_with('/') {
            rest.into()
        } else {
            format!("/{rest}").into()
        }
    }
}

/// An authority split around its host: `[userinfo@]host[:port]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authority<'a> {
    /// The userinfo, without `@`.
    pub userinfo: Option<&'a str>,
    /// The host as written; an IPv6 literal keeps its brackets (`[::1]`).
    pub host: &'a str,
    /// The port's digits, without `:` (possibly empty: `host:`).
    pub port: Option<&'a str>,
    /// Where, in the whole text, the host ends (at the port's `:` or the authority's end).
    pub host_end: usize,
    /// Where, in the whole text, the authority ends.
    pub end: usize,
}

impl<'a> Authority<'a> {
    /// Splits `text[start..end]`; `None` when a port is not digits or an IPv6 literal is not
    /// closed, or closed and followed by anything but a port.
    fn parse(text: &'a str, start: usize, end: usize) -> Option<Self> {
        let authority = &text[start..end];
        let (userinfo, host_start) = match authority.rfind('@') {
            Some(at) => (Some(&authority[..at]), at + 1),
            None => (None, 0),
        };
        let host_port = &authority[host_start..];
        // An IPv6 literal `[…]` holds colons of its own; the port's colon comes after `]`.
        let host_len = if host_port.starts_with('[') {
            let close = host_port.find(']')? + 1;
            if close < host_port.len() && host_port.as_bytes()[close] != b':' {
                return None;
            }
            close
        } else {
            host_port.find(':').unwrap_or(host_port.len())
        };
        let port = host_port
            .get(host_len..)
            .and_then(|rest| rest.strip_prefix(':'));
        if port.is_some_and(|port| !port.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        Some(Authority {
            userinfo,
            host: &host_port[..host_len],
            port,
            host_end: start + host_start + host_len,
            end,
        })
    }

    /// The host without the brackets of an IPv6 literal.
    pub fn bare_host(&self) -> &'a str {
        self.host
            .strip_prefix('[')
            .and_then(|host| host.strip_suffix(']'))
            .unwrap_or(self.host)
    }

    /// The port as a number, when it has one that fits.
    pub fn port_number(&self) -> Option<u16> {
        self.port?.parse().ok()
    }
}

/// Whether `text` is a scheme: a letter, then letters, digits, `+`, `-` or `.`.
fn is_scheme(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// Where a URL's `?query` and `#fragment` start: the first `#`, and the first `?` before it (RFC
/// 3986, appendix B). Found with one look at the bytes up to the first of the two, eight at a
/// time: [`UriRef::parse`] starts here, and so does a caller that needs only these two (a
/// `CallbackUrl` for each `Number` of a `Dial` loop).
pub fn query_and_fragment(text: &str) -> (Option<usize>, Option<usize>) {
    let bytes = text.as_bytes();
    match find_either(bytes, b'?', b'#') {
        None => (None, None),
        Some(hash) if bytes.get(hash) == Some(&b'#') => (None, Some(hash)),
        Some(question) => {
            let after = bytes.get(question..).unwrap_or_default();
            let fragment = find_either(after, b'#', b'#').map(|hash| question + hash);
            (Some(question), fragment)
        }
    }
}

/// Where the first `a` or `b` is in `bytes`: eight bytes at a time (the last eight, overlapping,
/// for the rest), byte by byte only when there are fewer than eight.
fn find_either(bytes: &[u8], a: u8, b: u8) -> Option<usize> {
    // The lowest bit of each test is exact, and so the lowest of the two.
    let found = |word: &[u8; 8]| {
        let word = u64::from_le_bytes(*word);
        crate::escape::bytes_equal(word, a) | crate::escape::bytes_equal(word, b)
    };
    let first = |at: usize, mask: u64| at + (mask.trailing_zeros() / 8) as usize;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mask = chunk.first_chunk::<8>().map_or(0, found);
        if mask != 0 {
            return Some(first(at, mask));
        }
        at += 8;
    }
    if chunks.remainder().is_empty() {
        return None;
    }
    // The last eight bytes: those before `at` were looked at already, and hold neither.
    if let Some(last) = bytes.len().checked_sub(8) {
        let mask = bytes
            .get(last..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, found);
        return (mask != 0).then(|| first(last, mask));
    }
    bytes.iter().position(|&byte| byte == a || byte == b)
}

/// The bytes `application/x-www-form-urlencoded` keeps as they are: `A-Z a-z 0-9 * - . _`.
pub const FORM_KEPT: [bool; 256] = {
    let mut kept = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        kept[byte] = b.is_ascii_alphanumeric() || matches!(b, b'*' | b'-' | b'.' | b'_');
        byte += 1;
    }
    kept
};

/// Appends `text` form-encoded, as `form_urlencoded::byte_serialize` writes it (and
/// `cxml::CallbackUrl` a parameter): space as `+`, every other byte outside `A-Z a-z 0-9 * - . _`
/// as `%XX`. Runs of kept bytes are copied whole. What it writes is printable ASCII without `&`,
/// `<`, `>` or `"`: it needs no XML escaping.
#[inline]
pub fn form_encode(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = text.as_bytes();
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if FORM_KEPT[usize::from(byte)] {
            continue;
        }
        // A run of kept bytes is ASCII: it starts and ends on character boundaries.
        out.push_str(text.get(start..at).unwrap_or_default());
        if byte == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
        start = at + 1;
    }
    out.push_str(text.get(start..).unwrap_or_default());
}

/// The default port of `http`, `https`, `ws` and `wss` (ignoring case).
pub fn default_port(scheme: &str) -> Option<u16> {
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        _ => None,
    }
}

/// Whether `host` names this machine: `localhost` (any case), an IPv4 address in `127.0.0.0/8`, or
/// `::1` (with or without the brackets of an IPv6 literal).
pub fn is_loopback_host(host: &str) -> bool {
    let bare = host
        .strip_prefix('[')
        .and_then(|host| host.strip_suffix(']'))
        .unwrap_or(host);
    bare.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

/// The URL as given, then the one other spelling of its port that SignalWire may have signed: with
/// the port removed when it has one, with the scheme's default port (`:443` for https, `:80` for
/// http) added right after the host when it has none. The text is edited in place, never
/// re-encoded: everything but the port stays byte for byte as given. Anything but an http(s) URL
/// with a well-formed authority yields itself only.
pub fn port_variants(url: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let uri = UriRef::parse(url);
    let other = uri
        .authority_parts()
        .filter(|_| uri.scheme_is("http") || uri.scheme_is("https"))
        .and_then(|authority| {
            let (head, tail) = (&url[..authority.host_end], &url[authority.end..]);
            match authority.port {
                Some(_) => Some(format!("{head}{tail}")),
                None => default_port(uri.scheme()?).map(|port| format!("{head}:{port}{tail}")),
            }
        });
    std::iter::once(std::borrow::Cow::Borrowed(url)).chain(other.map(std::borrow::Cow::Owned))
}

/// The URL without its `#fragment`.
pub fn strip_fragment(url: &str) -> &str {
    UriRef::parse(url).before_fragment()
}

/// The raw (undecoded) value of the first query parameter called `name`, if any.
pub fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    UriRef::parse(url).query()?.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then_some(value)
    })
}

/// `scheme://authority` of an absolute URL, lower-cased for comparison.
pub fn origin(url: &str) -> Option<String> {
    let uri = UriRef::absolute(url)?;
    Some(format!("{}://{}", uri.scheme()?, uri.authority()?).to_ascii_lowercase())
}

/// Resolves `reference` (as written in a document, surrounding white space ignored) against the
/// absolute `base` URL (RFC 3986, section 5.2), keeping the reference's fragment (SignalWire reads
/// connection overrides there). An absolute reference must have an authority (`scheme://…`).
///
/// ```text
/// resolve("https://h/a/b?x", "c")        = "https://h/a/c"
/// resolve("https://h/a/b?x", "/menu?y")  = "https://h/menu?y"
/// resolve("https://h/a/b?x", "?y")       = "https://h/a/b?y"
/// resolve("https://h/a/b?x", "../c")     = "https://h/c"
/// ```
pub fn resolve(base: &str, reference: &str) -> Result<String, String> {
    let reference = UriRef::parse(reference.trim());
    let (scheme, authority, path, query) = if let Some(scheme) = reference.scheme() {
        let authority = reference
            .authority()
            .filter(|authority| !authority.is_empty())
            .ok_or_else(|| format!("`{}` is not an http(s) URL", reference.before_fragment()))?;
        let path = remove_dot_segments(reference.path());
        (scheme, authority, or_root(path), reference.query())
    } else {
        let base =
            UriRef::absolute(base).ok_or_else(|| format!("`{base}` is not an absolute URL"))?;
        let scheme = base.scheme().unwrap_or_default();
        if let Some(authority) = reference.authority() {
            let path = remove_dot_segments(reference.path());
            (scheme, authority, path, reference.query())
        } else {
            let authority = base.authority().unwrap_or_default();
            let path = reference.path();
            if path.is_empty() {
                let query = reference.query().or(base.query());
                (scheme, authority, or_root(base.path().to_owned()), query)
            } else if path.starts_with('/') {
                (
                    scheme,
                    authority,
                    remove_dot_segments(path),
                    reference.query(),
                )
            } else {
                // Merge (section 5.2.3): the base's path up to its last `/`, then the reference.
                let directory = base
                    .path()
                    .rfind('/')
                    .map_or("/", |slash| &base.path()[..=slash]);
                let merged = remove_dot_segments(&format!("{directory}{path}"));
                (scheme, authority, merged, reference.query())
            }
        }
    };
    let mut url = format!("{scheme}://{authority}{path}");
    for (delimiter, part) in [('?', query), ('#', reference.fragment())] {
        if let Some(part) = part {
            url.push(delimiter);
            url.push_str(part);
        }
    }
    Ok(url)
}

/// `/` for an empty path.
fn or_root(path: String) -> String {
    if path.is_empty() {
        "/".to_owned()
    } else {
        path
    }
}

/// Removes the `.` and `..` segments of a path (RFC 3986, section 5.2.4).
pub fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    // Drops the last segment of the output, with the `/` before it.
    let pop = |output: &mut String| output.truncate(output.rfind('/').unwrap_or(0));
    while !input.is_empty() {
        if let Some(rest) = input
            .strip_prefix("../")
            .or_else(|| input.strip_prefix("./"))
        {
            input = rest;
        } else if input.starts_with("/./") || input == "/." {
            input = &input[2..];
            if input.is_empty() {
                input = "/";
            }
        } else if input.starts_with("/../") || input == "/.." {
            input = &input[3..];
            if input.is_empty() {
                input = "/";
            }
            pop(&mut output);
        } else if input == "." || input == ".." {
            input = "";
        } else {
            // The first segment, with its leading `/` if any, up to the next `/`.
            let skip = usize::from(input.starts_with('/'));
            let end = input[skip..]
                .find('/')
                .map_or(input.len(), |slash| skip + slash);
            output.push_str(&input[..end]);
            input = &input[end..];
        }
    }
    output
}

#[cfg(test)]
mod tests;
