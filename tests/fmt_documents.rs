//! `cxml fmt` keeps documents: the same calls as written (`fmt/written.rs`) and as formatted
//! (`fmt/formatted.rs`, which cxml-cli's tests check is exactly the formatter's output) render
//! the same documents.

mod written {
    include!("fmt/written.rs");
}

mod formatted {
    include!("fmt/formatted.rs");
}

#[test]
fn formatted_calls_render_the_same_documents() {
    let written = written::documents();
    assert_eq!(written.len(), 4);
    assert!(written.iter().all(|document| document.starts_with("<?xml")));
    assert_eq!(written, formatted::documents());
}
