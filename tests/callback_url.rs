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
