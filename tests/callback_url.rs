//! `cxml::CallbackUrl` spliced into documents: as an attribute, as text and inside
//! `format_args!`, its pieces (base, parameters, fragment) are each escaped into the document,
//! and the document holds the same URL as `as_str`.

use cxml::{CallbackUrl, cxml};

#[test]
fn a_document_splices_the_pieces_escaped() {
    let agent = "+15551234567";
    let status = CallbackUrl::new("https://h/s?a=1#rt=2")
        .param("to", agent)
        .param("t", "x&y");
    let doc = cxml! {
        Response < Dial < Number({agent}, statusCallback = {&status}, url = {status.clone()}) > >
    };
    let escaped = "https://h/s?a=1&amp;to=%2B15551234567&amp;t=x%26y#rt=2";
    assert_eq!(status.as_str().replace('&', "&amp;"), escaped);
    assert!(
        doc.as_str()
            .contains(&format!(r#"statusCallback="{escaped}" url="{escaped}""#)),
        "{doc}"
    );
    let text = cxml! { Response < Say({status}) > };
    assert!(
        text.as_str().contains(&format!("<Say>{escaped}</Say>")),
        "{text}"
    );
    let url = CallbackUrl::new("/r#f").param("a", "<");
    let formatted = cxml! { Response < Redirect({format_args!("{url}")}) > };
    assert!(
        formatted
            .as_str()
            .contains("<Redirect>/r?a=%3C#f</Redirect>"),
        "{formatted}"
    );
}

#[test]
fn a_url_without_parameters_is_spliced_as_given() {
    let base = String::from("https://h/s?x=1&y=2");
    let doc = cxml! { Response < Redirect({CallbackUrl::new(&base)}) > };
    assert!(
        doc.as_str()
            .contains("<Redirect>https://h/s?x=1&amp;y=2</Redirect>"),
        "{doc}"
    );
}

#[test]
fn a_url_the_render_checks_is_still_checked() {
    // A space in the base: not a valid URL, found by the render's check as with any string.
    let doc = cxml! {
        Response < Dial < Number("+15551234567", statusCallback = {CallbackUrl::new("https://h/a b").param("k", "v")}) > >
    };
    assert!(doc.error().is_some(), "{doc}");
}

/// `CallbackUrl::new(base).param("name", value)…` written as an attribute's value is taken apart
/// by the macro (the parameters written straight into the document): the same bytes as the
/// URL built and spliced whole, for every kind of value, base, fragment and query.
#[test]
fn a_chain_written_in_the_document_writes_the_url_it_builds() {
    use std::borrow::Cow;
    use std::rc::Rc;
    use std::sync::Arc;

    struct Spaced;
    impl std::fmt::Display for Spaced {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a b")?;
            write!(f, "&{}", 7)
        }
    }
    let number = String::from("+15551234567");
    let bases = [
        "https://h/status",
        "https://h/status#rt=2000",
        "https://h/s?lang=en",
        "https://h/s?",
        "https://h/s?x=1&#f?g#h",
        "/r?a=\"q\"&b=<>",
        "#only",
        "",
        "https://example.com/calls/CA42/a-much-longer-status-callback-path",
        "https://example.com/calls/CA42/a-much-longer-status-callback-path?with=query#and-fragment",
    ];
    for base in bases {
        let owned = base.to_owned();
        let doc = cxml! {
            Response < Dial <
                Number(
                    "+1",
                    statusCallback = {CallbackUrl::new(base).param("to", &number).param("n&=", -42i64)},
                    url = {CallbackUrl::new(&owned)
                        .param("s", "x y")
                        .param("c", Cow::Borrowed("é"))
                        .param("b", Box::<str>::from("#"))
                        .param("r", Rc::<str>::from("?"))
                        .param("a", Arc::<str>::from("%"))
                        .param("d", Spaced)
                        .param("u", 7u8)
                        .param("ch", '+')},
                )
            > >
        };
        let status = CallbackUrl::new(base)
            .param("to", &number)
            .param("n&=", -42i64);
        let url = CallbackUrl::new(&owned)
            .param("s", "x y")
            .param("c", Cow::Borrowed("é"))
            .param("b", Box::<str>::from("#"))
            .param("r", Rc::<str>::from("?"))
            .param("a", Arc::<str>::from("%"))
            .param("d", Spaced)
            .param("u", 7u8)
            .param("ch", '+');
        let whole = cxml! {
            Response < Dial < Number("+1", statusCallback = {&status}, url = {&url}) > >
        };
        assert_eq!(doc.as_str(), whole.as_str(), "{base:?}");
        assert_eq!(doc.error().is_some(), whole.error().is_some(), "{base:?}");
        let escaped = status
            .as_str()
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(doc.as_str().contains(&escaped), "{doc}");
    }
}

/// The taken-apart chain keeps Rust's order: `new`'s argument first, then each value in turn,
/// each evaluated once.
#[test]
fn a_chain_evaluates_its_pieces_once_in_the_order_written() {
    use std::cell::RefCell;
    let log = RefCell::new(Vec::new());
    let note = |what: &'static str| {
        log.borrow_mut().push(what);
        what
    };
    let doc = cxml! {
        Response < Dial < Number(
            "+1",
            statusCallback = {CallbackUrl::new(note("/base")).param("a", note("1")).param("b", note("2"))},
        ) > >
    };
    assert_eq!(*log.borrow(), ["/base", "1", "2"]);
    assert!(
        doc.as_str()
            .contains(r#"statusCallback="/base?a=1&amp;b=2""#),
        "{doc}"
    );
}

/// A type of the user's own named `CallbackUrl`, with its own `new` and `param`: the chain is
/// spliced as written.
#[test]
fn a_callback_url_of_another_type_is_spliced_as_written() {
    mod mine {
        pub struct CallbackUrl(pub String);
        impl CallbackUrl {
            pub fn new(base: &str) -> Self {
                CallbackUrl(base.to_owned())
            }
            pub fn param(mut self, name: &str, value: Vec<u8>) -> Self {
                self.0.push_str(&format!("/{name}/{}", value.len()));
                self
            }
        }
        impl std::fmt::Display for CallbackUrl {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    }
    use mine::CallbackUrl;
    let bytes = vec![1u8, 2, 3];
    let doc = cxml! {
        Response < Dial < Number("+1", statusCallback = {CallbackUrl::new("/b").param("n", bytes)}) > >
    };
    assert!(doc.as_str().contains(r#"statusCallback="/b/n/3""#), "{doc}");

    // One whose chain makes an `Option`: `None` leaves the attribute out.
    mod maybe {
        pub struct CallbackUrl;
        impl CallbackUrl {
            pub fn new(_: &str) -> Self {
                CallbackUrl
            }
            pub fn param(self, _: &str, value: Option<u8>) -> Option<String> {
                value.map(|value| format!("/v/{value}"))
            }
        }
    }
    for (value, expected) in [
        (None, r#"<Number url="/u">+1</Number>"#),
        (
            Some(4),
            r#"<Number url="/u" statusCallback="/v/4">+1</Number>"#,
        ),
    ] {
        let doc = cxml! {
            Response < Dial < Number("+1", url = "/u", statusCallback = {maybe::CallbackUrl::new("/b").param("n", value)}) > >
        };
        assert!(doc.as_str().contains(expected), "{doc}");
        assert!(doc.error().is_none(), "{doc}");
    }
}
