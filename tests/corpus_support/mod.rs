//! Comparison of rendered TwiML with what Twilio's builders wrote.
#![allow(dead_code)] // each test file uses its part

/// The builders' spelling made comparable: `<X />` is `<X/>`, comments (which carry nothing
/// Twilio reads, and which the reader leaves out) are gone, no trailing newline.
pub fn normalize(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml.trim_end();
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    collapse_empty(&out.replace(" />", "/>"))
}

/// `<X a="1"></X>` written `<X a="1"/>`.
fn collapse_empty(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find("></") {
        let (head, tail) = rest.split_at(at);
        let open = head.rfind('<').map(|start| &head[start + 1..]);
        let name = open.map(|tag| tag.split([' ', '/']).next().unwrap_or(""));
        let close_end = tail[3..].find('>').map(|end| &tail[3..3 + end]);
        match (name, close_end) {
            (Some(name), Some(closing))
                if !name.is_empty() && name == closing && !head.ends_with('/') =>
            {
                out.push_str(head);
                out.push_str("/>");
                rest = &tail[3 + closing.len() + 1..];
            }
            _ => {
                out.push_str(head);
                out.push('>');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Asserts that `rendered` is the document the fixture holds.
#[track_caller]
pub fn same_xml(rendered: &str, fixture: &str) {
    assert_eq!(normalize(rendered), normalize(fixture));
}
