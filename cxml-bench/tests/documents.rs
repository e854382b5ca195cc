//! The reader's family of documents (`cxml_bench::documents`): every one is valid, each layout
//! of a document reads as the same document, and the sizes are the ones the benchmark names.

use cxml_bench::documents::documents;

#[test]
fn every_document_of_the_family_is_valid() {
    for document in documents()
        .into_iter()
        .chain(cxml_bench::documents::probes())
    {
        if let Err(error) = cxml::parse(&document.xml) {
            panic!("{} is not valid: {error}\n{}", document.name, document.xml);
        }
    }
}

#[test]
fn every_layout_reads_as_the_same_document() {
    let all = documents();
    for family in ["dial", "ivr"] {
        let line = all
            .iter()
            .find(|document| document.name == format!("{family}-line"))
            .map(|document| cxml::parse(&document.xml).map(|doc| doc.to_string()));
        for layout in [
            "indent2", "indent4", "tabs", "crlf", "bare", "single", "comments",
        ] {
            let name = format!("{family}-{layout}");
            let other = all
                .iter()
                .find(|document| document.name == name)
                .map(|document| cxml::parse(&document.xml).map(|doc| doc.to_string()));
            assert!(other.is_some(), "{name} is in the family");
            assert_eq!(other, line, "{name} reads as {family}-line");
        }
    }
}

#[test]
fn the_documents_have_the_sizes_of_the_issue() {
    for document in documents() {
        let size = document.xml.len();
        // `cargo test -p cxml-bench --test documents -- --nocapture` lists them.
        let attributes = document.xml.matches("=\"").count() + document.xml.matches("='").count();
        let references = document.xml.matches("&amp;").count();
        println!(
            "{} {size} bytes, {attributes} attributes, {references} `&amp;`",
            document.name
        );
        let (low, high) = match document.name.split('-').next() {
            Some("dial") => (12_000, 22_000),
            _ => (2_800, 5_600),
        };
        assert!(
            (low..=high).contains(&size),
            "{} is {size} bytes",
            document.name
        );
    }
}

#[test]
fn the_layouts_are_what_they_say() {
    for document in documents() {
        let xml = &document.xml;
        let name = document.name.as_str();
        if name.ends_with("-crlf") {
            assert!(xml.contains("\r\n"), "{name}");
        }
        if name.ends_with("-tabs") {
            assert!(xml.contains("\n\t<"), "{name}");
        }
        if name.ends_with("-single") {
            assert!(!xml.contains('"'), "{name}");
        }
        if name.ends_with("-comments") {
            assert!(xml.contains("<!--"), "{name}");
        }
        if name.ends_with("-bare") {
            assert!(!xml.starts_with("<?xml"), "{name}");
        }
        if name.ends_with("-line") || name.ends_with("-rendered") {
            assert!(!xml.contains('\n'), "{name}");
        }
        assert!(xml.contains("&amp;"), "{name} has URLs with query strings");
    }
}

#[test]
fn every_document_of_the_family_is_read_on_the_quick_path() {
    // Both readers build the same tree, and the quick path reads every layout (CRLF, tabs,
    // single quotes, comments) rather than handing it to quick-xml's event loop.
    let options = cxml::ParseOptions::default();
    for document in documents()
        .into_iter()
        .chain(cxml_bench::documents::probes())
    {
        assert_eq!(
            cxml::__private::readers_agree(&document.xml, &options),
            Ok(true),
            "{}",
            document.name
        );
    }
}
