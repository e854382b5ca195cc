//! Rules a run-time value can break by itself are checked when the document renders, with the
//! functions that check literals at compile time and the reader's documents: a URL with a space,
//! a list item outside its list, an element left without its text. The document still renders
//! in full; `doc.error()` names the rule, as `cxml::parse` does for the same text.

use cxml::cxml;

const DECL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// The run-time error of a document, as its message, and what the reader says of its text.
fn errors(doc: &cxml::Rendered) -> (Option<String>, Option<String>) {
    let reader = cxml::parse(doc.as_str())
        .err()
        .map(|error| error.problems()[0].message.clone());
    (doc.error().map(ToString::to_string), reader)
}

#[test]
fn a_run_time_url_with_a_space_is_reported() {
    let url = "https://example.com/a b";
    let doc = cxml! { Response < Redirect(method = POST) < "https://example.com/next" > Play(loop = 1) < "https://example.com/a.mp3" > Dial(action = {url}) < "+15550100" > > };
    assert!(
        doc.as_str()
            .contains(r#"<Dial action="https://example.com/a b">"#)
    );
    let (rendered, read) = errors(&doc);
    let rendered = rendered.expect("a URL with a space breaks the URL rule");
    assert!(rendered.contains("`action` on `<Dial>`"), "{rendered}");
    assert_eq!(
        Some(rendered),
        read,
        "the render and the reader say the same"
    );
}

#[test]
fn a_run_time_url_made_with_format_args_is_checked_too() {
    let base = "https://example.com";
    let user = "a\tb";
    let good = cxml! { Response < Dial(action = {format_args!("{base}/done?a=1&b=<2>")}) < "+15550100" > > };
    assert!(good.error().is_none(), "{:?}", good.error());
    let bad = cxml! { Response < Dial(action = {format_args!("{base}/{user}")}) < "+15550100" > > };
    let (rendered, read) = errors(&bad);
    assert!(rendered.is_some(), "a tab in a URL breaks the URL rule");
    assert_eq!(rendered, read);
}

#[test]
fn run_time_list_items_come_from_their_list() {
    let events = "completed absent";
    let doc = cxml! { Response < Record(recordingStatusCallbackEvent = {events}) > };
    assert!(doc.error().is_none(), "{:?}", doc.error());
    let events = "completed finished";
    let doc = cxml! { Response < Record(recordingStatusCallbackEvent = {events}) > };
    let (rendered, read) = errors(&doc);
    assert!(
        rendered
            .as_deref()
            .is_some_and(|message| message.contains("finished")),
        "{rendered:?}"
    );
    assert_eq!(rendered, read);
}

#[test]
fn an_absent_optional_value_is_not_checked() {
    let none: Option<&str> = None;
    let doc = cxml! { Response < Dial(action = {none}) < "+15550100" > > };
    assert_eq!(
        doc.as_str(),
        format!("{DECL}<Response><Dial>+15550100</Dial></Response>")
    );
    assert!(doc.error().is_none());
}

#[test]
fn an_element_left_without_its_text_is_reported() {
    for number in ["", "  \n\t", "\r\n "] {
        let doc = cxml! { Response < Dial < Number({number}) > > };
        let (rendered, read) = errors(&doc);
        let rendered = rendered.expect("a Number needs its text");
        assert!(rendered.starts_with("`<Number>` needs text"), "{rendered}");
        assert_eq!(Some(rendered), read);
    }
    let doc = cxml! { Response < Dial < Number({"+15550100"}) > > };
    assert!(doc.error().is_none());
    // `&` is written `&amp;`: not blank.
    let doc = cxml! { Response < Dial < Number({" & "}) > > };
    assert_eq!(errors(&doc), (None, None));
}

#[test]
fn ssml_text_from_a_value_is_checked_and_child_elements_count_as_content() {
    let empty = "";
    let doc = cxml! { Response < Say < prosody(rate = "slow") < {empty} > > > };
    assert!(
        doc.error()
            .is_some_and(|e| e.to_string().starts_with("`<prosody>` needs text"))
    );
    let emphasis = true;
    let doc = cxml! { Response < Say < prosody(rate = "slow") < {empty} if emphasis { emphasis < "now" > } > > > };
    assert!(doc.error().is_none(), "{:?}", doc.error());
}

#[test]
fn content_that_comes_out_empty_closes_as_an_empty_element() {
    let nobody: Vec<String> = Vec::new();
    let doc = cxml! { Response < Dial < for n in &nobody { Number({n}) } > > };
    assert_eq!(doc.as_str(), format!("{DECL}<Response><Dial/></Response>"));
    assert_eq!(cxml::parse(doc.as_str()).unwrap().to_string(), doc.as_str());
}

#[test]
fn an_integer_past_f64_precision_is_quoted_as_written() {
    // Found by the soak's differential check: the message said -13427885789306448.
    let repetitions: i64 = -13_427_885_789_306_447;
    let doc = cxml! { Response < Play(loop = {repetitions}) < "https://example.com/a.mp3" > > };
    let (rendered, read) = errors(&doc);
    let rendered = rendered.expect("loop is at least 0");
    assert!(rendered.contains("`-13427885789306447`"), "{rendered}");
    assert_eq!(Some(rendered), read);
}
