use super::*;
use proptest::prelude::*;

/// The parts put back together with their delimiters.
fn reassemble(uri: &UriRef<'_>) -> String {
    let mut text = String::new();
    if let Some(scheme) = uri.scheme() {
        text.push_str(scheme);
        text.push(':');
    }
    if let Some(authority) = uri.authority() {
        text.push_str("//");
        text.push_str(authority);
    }
    text.push_str(uri.path());
    if let Some(query) = uri.query() {
        text.push('?');
        text.push_str(query);
    }
    if let Some(fragment) = uri.fragment() {
        text.push('#');
        text.push_str(fragment);
    }
    text
}

#[test]
fn splits_at_the_delimiters_of_rfc_3986() {
    let uri = UriRef::parse("HTTPS://u:p@Example.com:8443/a/b;c?x=1&y=?#f#g");
    assert_eq!(uri.scheme(), Some("HTTPS"));
    assert!(uri.scheme_is("https"));
    assert_eq!(uri.authority(), Some("u:p@Example.com:8443"));
    assert_eq!(uri.path(), "/a/b;c");
    assert_eq!(uri.query(), Some("x=1&y=?"));
    assert_eq!(uri.fragment(), Some("f#g"));
    assert_eq!(uri.before_query(), "HTTPS://u:p@Example.com:8443/a/b;c");
    assert_eq!(uri.path_and_query(), "/a/b;c?x=1&y=?");
    let authority = uri.authority_parts().unwrap();
    assert_eq!(authority.userinfo, Some("u:p"));
    assert_eq!(authority.host, "Example.com");
    assert_eq!(authority.port, Some("8443"));
    assert_eq!(authority.port_number(), Some(8443));

    let relative = UriRef::parse("../a:b?q#f");
    assert_eq!(
        (relative.scheme(), relative.authority(), relative.path()),
        (None, None, "../a:b")
    );
    let network = UriRef::parse("//h?q");
    assert_eq!(
        (network.authority(), network.path(), network.query()),
        (Some("h"), "", Some("q"))
    );
    assert_eq!(UriRef::parse("mailto:x@y").path(), "x@y");
    assert_eq!(UriRef::parse("file:///x").authority(), Some(""));
    // Not schemes: empty, not starting with a letter, or after a `/`.
    for text in ["://h", "1http://h", "é://x", "a/b:c", "a b:c"] {
        assert_eq!(UriRef::parse(text).scheme(), None, "{text:?}");
    }
    assert_eq!(UriRef::parse("http://h").path_and_query(), "/");
    assert_eq!(UriRef::parse("http://h?x").path_and_query(), "/?x");
}

#[test]
fn authorities_with_ipv6_literals_and_empty_ports() {
    let parts = |text| UriRef::parse(text).authority_parts();
    let v6 = parts("http://[::1]:80/p").unwrap();
    assert_eq!(
        (v6.host, v6.bare_host(), v6.port),
        ("[::1]", "::1", Some("80"))
    );
    assert_eq!(parts("http://[::1]/p").unwrap().port, None);
    assert_eq!(parts("http://h:/p").unwrap().port, Some(""));
    assert_eq!(parts("http://a@b@h").unwrap().userinfo, Some("a@b"));
    for bad in [
        "https://h:abc/p",
        "https://[::1/p",
        "http://[::1]x",
        "http://h:1:2",
    ] {
        assert_eq!(parts(bad), None, "{bad:?}");
    }
    assert_eq!(parts("/relative"), None);
}

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
        ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"),
        ("g;x", "http://a/b/c/g;x"),
        ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"),
        (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"),
        ("..", "http://a/b/"),
        ("../", "http://a/b/"),
        ("../g", "http://a/b/g"),
        ("../..", "http://a/"),
        ("../../", "http://a/"),
        ("../../g", "http://a/g"),
        // 5.4.2
        ("../../../g", "http://a/g"),
        ("../../../../g", "http://a/g"),
        ("/./g", "http://a/g"),
        ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."),
        (".g", "http://a/b/c/.g"),
        ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"),
        ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"),
        ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"),
        ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g?y/../x", "http://a/b/c/g?y/../x"),
        ("g#s/./x", "http://a/b/c/g#s/./x"),
        ("g#s/../x", "http://a/b/c/g#s/../x"),
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
    assert_eq!(resolve("https://h/a", " b ").unwrap(), "https://h/b");
}

#[test]
fn references_without_an_authority_or_bases_that_are_not_absolute_are_errors() {
    assert!(resolve("https://h/a", "mailto:x").is_err());
    assert!(resolve("https://h/a", "https:x").is_err());
    assert!(resolve("not a url", "menu").is_err());
    assert!(resolve("/relative", "menu").is_err());
}

#[test]
fn origins_compare_case_insensitively_without_path() {
    assert_eq!(
        origin("HTTPS://Example.com:8443/a?b#c").unwrap(),
        "https://example.com:8443"
    );
    assert_eq!(origin("/relative"), None);
    assert_eq!(origin("http:///x"), None);
}

#[test]
fn query_param_reads_the_raw_value() {
    let url = "https://h/p?a=1&bodySHA256=abc&bodySHA256=def#frag=x";
    assert_eq!(query_param(url, "bodySHA256"), Some("abc"));
    assert_eq!(query_param(url, "frag"), None);
    assert_eq!(query_param("https://h/p", "a"), None);
    assert_eq!(query_param("https://h/p?a", "a"), Some(""));
    assert_eq!(query_param("https://h/p#x?a=1", "a"), None);
}

#[test]
fn fragments_are_stripped_from_the_first_hash() {
    assert_eq!(strip_fragment("https://h/p?x#a#b"), "https://h/p?x");
    assert_eq!(strip_fragment("/p"), "/p");
    assert_eq!(strip_fragment("#"), "");
}

fn variants(url: &str) -> Vec<String> {
    port_variants(url).map(|u| u.into_owned()).collect()
}

#[test]
fn port_variants_add_the_default_port_or_strip_any_port() {
    assert_eq!(
        variants("https://h/p?q=1"),
        ["https://h/p?q=1", "https://h:443/p?q=1"]
    );
    assert_eq!(variants("http://h"), ["http://h", "http://h:80"]);
    assert_eq!(variants("HTTP://h"), ["HTTP://h", "HTTP://h:80"]);
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
    assert_eq!(variants("http://h:#x"), ["http://h:#x", "http://h#x"]);
}

#[test]
fn port_variants_put_the_port_after_userinfo_and_ipv6_literals() {
    assert_eq!(
        variants("https://user:pass@h/p"),
        ["https://user:pass@h/p", "https://user:pass@h:443/p"]
    );
    assert_eq!(
        variants("https://user:pass@h:8443/p"),
        ["https://user:pass@h:8443/p", "https://user:pass@h/p"]
    );
    assert_eq!(
        variants("https://[::1]/p"),
        ["https://[::1]/p", "https://[::1]:443/p"]
    );
    assert_eq!(
        variants("http://[::1]:80/p"),
        ["http://[::1]:80/p", "http://[::1]/p"]
    );
    // A colon in the path or query is not a port.
    assert_eq!(
        variants("https://h/a:b?c=d:e"),
        ["https://h/a:b?c=d:e", "https://h:443/a:b?c=d:e"]
    );
}

#[test]
fn port_variants_of_garbage_are_itself_only() {
    for url in [
        "",
        "no scheme",
        "://h",
        "https://h:abc/p",
        "https://[::1/p",
        "é://x",
        "/relative",
        "https:/h",
    ] {
        assert_eq!(variants(url), [url]);
    }
    // Other schemes have no default port to add, nor a port SignalWire would have signed.
    assert_eq!(variants("wss://h/p"), ["wss://h/p"]);
    assert_eq!(variants("ftp://h:21/p"), ["ftp://h:21/p"]);
}

#[test]
fn loopback_hosts() {
    for host in [
        "localhost",
        "LocalHost",
        "127.0.0.1",
        "127.9.8.7",
        "::1",
        "[::1]",
    ] {
        assert!(is_loopback_host(host), "{host}");
    }
    for host in [
        "example.com",
        "128.0.0.1",
        "::2",
        "[::1",
        "localhost.example.com",
        "",
        "10.0.0.1",
    ] {
        assert!(!is_loopback_host(host), "{host}");
    }
}

#[test]
fn default_ports() {
    assert_eq!(default_port("HTTPS"), Some(443));
    assert_eq!(default_port("ws"), Some(80));
    assert_eq!(default_port("ftp"), None);
}

/// Strings made mostly of the delimiters and the bytes around them, with some multi-byte
/// characters: the family where slicing could go wrong.
fn any_reference() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::sample::select(vec![
                ":", "/", "//", "?", "#", "@", "[", "]", ".", "..", "%", "&", "=", "+", "-",
            ]),
            3 => proptest::sample::select(vec!["a", "Z", "0", "9", "http", "https", "::1"]),
            1 => proptest::sample::select(vec!["é", "東", "🚀", " ", "\t", "\\"]),
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

/// Segments the `url` crate leaves as written (no percent signs, no characters it encodes, no
/// backslashes, which it reads as `/` in http URLs).
fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => "[a-z0-9;=,_~-]{0,4}",
        1 => proptest::sample::select(vec![".".to_owned(), "..".to_owned(), "".to_owned()]),
    ]
}

/// A path of segments; the first is not empty, so that the path never starts with `//` (an
/// authority).
fn path(absolute: bool) -> impl Strategy<Value = String> {
    let first = prop_oneof![
        "[a-z0-9;=,_~-]{1,4}",
        Just(".".to_owned()),
        Just("..".to_owned())
    ];
    (first, proptest::collection::vec(segment(), 0..4)).prop_map(move |(first, rest)| {
        let joined = std::iter::once(first)
            .chain(rest)
            .collect::<Vec<_>>()
            .join("/");
        if absolute {
            format!("/{joined}")
        } else {
            joined
        }
    })
}

fn query_or_fragment(delimiter: char) -> impl Strategy<Value = String> {
    proptest::option::of("[a-z0-9=&/.?]{0,6}").prop_map(move |part| match part {
        Some(part) => format!("{delimiter}{part}"),
        None => String::new(),
    })
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9]{0,5}(\\.[a-z]{1,3})?",
        Just("127.0.0.1".to_owned()),
        Just("[::1]".to_owned()),
        Just("u:p@h.io".to_owned()),
    ]
}

/// An absolute http(s) URL; with `dots`, its path may hold `.` and `..` segments (a base may not:
/// RFC 3986 resolves against a base without them, where `url` removes them first).
fn absolute(dots: bool) -> impl Strategy<Value = String> {
    let path = if dots {
        path(true).boxed()
    } else {
        "(/[a-z0-9;=,_~-]{0,4}){0,4}".boxed()
    };
    (
        proptest::sample::select(vec!["http", "https"]),
        host(),
        path,
        query_or_fragment('?'),
    )
        .prop_map(|(scheme, host, path, query)| format!("{scheme}://{host}{path}{query}"))
}

fn base() -> impl Strategy<Value = String> {
    absolute(false)
}

/// Relative references of every form (network-path, absolute-path, relative-path, empty), and
/// absolute http(s) URLs.
fn reference() -> impl Strategy<Value = String> {
    let tail = || (query_or_fragment('?'), query_or_fragment('#'));
    prop_oneof![
        (absolute(true), query_or_fragment('#'))
            .prop_map(|(url, fragment)| format!("{url}{fragment}")),
        (host(), path(true), tail())
            .prop_map(|(host, path, (q, f))| format!("//{host}{path}{q}{f}")),
        (path(true), tail()).prop_map(|(path, (q, f))| format!("{path}{q}{f}")),
        (path(false), tail()).prop_map(|(path, (q, f))| format!("{path}{q}{f}")),
    ]
}

#[test]
fn the_first_of_two_bytes_is_found_wherever_it_is() {
    for len in 0..40 {
        for first in 0..=len {
            for second in first..=len {
                // Bytes next to `?` and `#`, and the two with their high bit set: none
                // counts.
                let fill = [b'"', b'$', b'>', b'@', 0xA3, 0xBF, b'x'];
                let mut bytes: Vec<u8> = (0..len).map(|at| fill[at % fill.len()]).collect();
                if let Some(byte) = bytes.get_mut(second) {
                    *byte = b'#';
                }
                if let Some(byte) = bytes.get_mut(first) {
                    *byte = b'?';
                }
                let naive = bytes.iter().position(|&byte| byte == b'?' || byte == b'#');
                assert_eq!(find_either(&bytes, b'?', b'#'), naive, "{bytes:?}");
                assert_eq!(
                    find_either(&bytes, b'#', b'#'),
                    bytes.iter().position(|&b| b == b'#')
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The query and the fragment start at the first `#` and the first `?` before it, in any
    /// string (the word-at-a-time search against the plain definition).
    #[test]
    fn query_and_fragment_are_the_first_delimiters(text in prop_oneof![3 => any_reference(), 1 => any::<String>(), 1 => "[a?#é/]{0,40}"]) {
        let fragment = text.find('#');
        let query = text[..fragment.unwrap_or(text.len())].find('?');
        prop_assert_eq!(query_and_fragment(&text), (query, fragment));
    }

    /// Any string splits without panicking, and its parts put back together are the string.
    #[test]
    fn parts_reassemble_to_the_input(text in prop_oneof![3 => any_reference(), 1 => any::<String>()]) {
        let uri = UriRef::parse(&text);
        prop_assert_eq!(reassemble(&uri), text.as_str());
        if let Some(authority) = uri.authority_parts() {
            let start = uri.before_query().len() - uri.path().len() - uri.authority().unwrap().len();
            let rebuilt = format!(
                "{}{}{}",
                authority.userinfo.map(|u| format!("{u}@")).unwrap_or_default(),
                authority.host,
                authority.port.map(|p| format!(":{p}")).unwrap_or_default(),
            );
            prop_assert_eq!(rebuilt.as_str(), uri.authority().unwrap());
            prop_assert_eq!(&text[authority.host_end - authority.host.len()..authority.host_end], authority.host);
            prop_assert!(authority.host_end >= start && authority.end == start + rebuilt.len());
        }
        let _ = (resolve("http://a/b", &text), resolve(&text, "x"), origin(&text));
        let _ = (remove_dot_segments(uri.path()), uri.path_and_query(), query_param(&text, "a"));
        let _ = (variants(&text), UriRef::absolute(&text), strip_fragment(&text));
    }

    /// The variants of a URL differ from it in the port only: the rest stays byte for byte.
    #[test]
    fn port_variants_change_the_port_only(
        (url, port) in (absolute(true), query_or_fragment('#'), proptest::option::of("[0-9]{0,5}"))
            .prop_map(|(url, fragment, port)| (format!("{url}{fragment}"), port))
    ) {
        // Put the port (if any) in after the host.
        let uri = UriRef::parse(&url);
        let host_end = uri.authority_parts().unwrap().host_end;
        let url = match &port {
            Some(port) => format!("{}:{port}{}", &url[..host_end], &url[host_end..]),
            None => url,
        };
        let all = variants(&url);
        prop_assert_eq!(all.len(), 2);
        prop_assert_eq!(&all[0], &url);
        let default = if url.starts_with("https") { "443" } else { "80" };
        let expected = match &port {
            Some(port) => format!("{}{}", &url[..host_end], &url[host_end + 1 + port.len()..]),
            None => format!("{}:{default}{}", &url[..host_end], &url[host_end..]),
        };
        prop_assert_eq!(&all[1], &expected);
    }

    /// `resolve` agrees with the `url` crate's `Url::join`, both read through `Url::parse` (which
    /// normalises what `resolve` keeps as written, such as an empty path).
    #[test]
    fn resolve_agrees_with_the_url_crate(base in base(), reference in reference()) {
        let ours = resolve(&base, &reference).unwrap();
        let theirs = ::url::Url::parse(&base).unwrap().join(&reference).unwrap();
        prop_assert_eq!(::url::Url::parse(&ours).unwrap(), theirs, "ours: {}", ours);
    }

    /// The output of `remove_dot_segments` has no `.` or `..` segment left, and a path without
    /// them is unchanged.
    #[test]
    fn dot_segments_are_all_removed(path in path(true)) {
        let removed = remove_dot_segments(&path);
        prop_assert!(!removed.split('/').any(|s| s == "." || s == ".."), "{}", removed);
        if !path.split('/').any(|s| s == "." || s == "..") {
            prop_assert_eq!(removed, path);
        }
    }
}
