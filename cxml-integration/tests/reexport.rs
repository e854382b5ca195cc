//! `cxml!(crate = path; …)`: generated code names the runtime by the given path, so a crate that
//! depends on cxml under another name (`cxml-reexport`, where `::cxml` names nothing) can use
//! the macro, and can export a macro of its own that its users call without depending on cxml.

use cxml_reexport::cxml_runtime as runtime;

#[test]
fn a_crate_that_renames_cxml_renders_documents_and_fragments() {
    let doc = cxml_reexport::greeting(Some("Ann"), 2);
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say loop="2">Hello Ann!</Say></Response>"#
    );
    let (dial, hangup) = cxml_reexport::dial(
        cxml_reexport::numbers(&["+15550100", "+15550101"]),
        "https://example.com/after",
    );
    assert_eq!(
        dial.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Dial action="https://example.com/after" method="GET"><Number>+15550100</Number><Number>+15550101</Number></Dial></Response>"#
    );
    assert!(dial.error().is_none());
    assert_eq!(
        hangup.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#
    );
    // Run-time checks work through the path too.
    let (dial, _) = cxml_reexport::dial(cxml_reexport::numbers(&[]), "not a url");
    assert!(dial.error().is_some());
    assert!(cxml_reexport::greeting(None, 1).error().is_none());
}

#[test]
fn the_reexporting_crates_own_macro_finds_the_runtime_through_dollar_crate() {
    let caller: Option<&str> = None;
    let doc = cxml_reexport::voice! { Response < Say < "Hi" {caller} > > };
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hi</Say></Response>"#
    );
    let numbers: runtime::Fragment<runtime::reference::voice::Dial> =
        cxml_reexport::voice!(in Dial: Number("+15550100"));
    let doc = cxml_reexport::voice! { Response < Dial < {numbers} > > };
    assert!(
        doc.as_str()
            .ends_with("<Dial><Number>+15550100</Number></Dial></Response>")
    );
}
