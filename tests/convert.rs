//! `cxml convert` output, compiled: `converted/mod.rs` is what `convert` prints for each
//! `fixtures/*.xml`, and each converted `cxml!` renders the same document as its fixture.
//!
//! Regenerate the module after changing a fixture: `CXML_BLESS=1 cargo test --test convert`.

mod converted;

use std::path::{Path, PathBuf};

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .map(|path| {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            (stem, path)
        })
        .collect();
    found.sort();
    found
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable fixture")
}

/// The module `convert` makes of the fixtures: one function per file, in name order.
fn generated_module() -> String {
    let mut module = String::from(
        "//! Generated from `tests/fixtures/*.xml` by `Document::to_cxml_source` (what `cxml convert`\n\
         //! prints). Do not edit: regenerate with `CXML_BLESS=1 cargo test --test convert`.\n\n\
         use cxml::cxml;\n",
    );
    let mut all = String::new();
    for (name, path) in fixtures() {
        let xml = read(&path);
        let document = cxml::parse(&xml).unwrap_or_else(|error| panic!("{name}.xml:\n{error}"));
        let source = document.to_cxml_source();
        module.push_str(&format!(
            "\n/// `tests/fixtures/{name}.xml`\npub fn {name}() -> cxml::Rendered {{\n"
        ));
        for line in source.lines() {
            // Literals never hold a raw newline (they are written with `\n`), so indenting is safe.
            module.push_str("    ");
            module.push_str(line);
            module.push('\n');
        }
        module.push_str("}\n");
        all.push_str(&format!("    (\"{name}\", {name}),\n"));
    }
    module.push_str(&format!(
        "\n/// Renders one converted document.\npub type Render = fn() -> cxml::Rendered;\n\n/// Every fixture: its file stem and its converted document.\npub const ALL: &[(&str, Render)] = &[\n{all}];\n"
    ));
    module
}

#[test]
fn checked_in_module_is_what_convert_prints_now() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/converted/mod.rs");
    let expected = generated_module();
    if std::env::var_os("CXML_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("writable module");
        return;
    }
    assert_eq!(
        read(&path),
        expected,
        "tests/converted/mod.rs is stale: run `CXML_BLESS=1 cargo test --test convert`"
    );
}

#[test]
fn every_converted_document_renders_its_fixture() {
    let names: Vec<&str> = converted::ALL.iter().map(|(name, _)| *name).collect();
    let stems: Vec<String> = fixtures().into_iter().map(|(name, _)| name).collect();
    assert_eq!(names, stems, "every fixture is converted");
    for (name, render) in converted::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{name}.xml"));
        let source = read(&path);
        let original = cxml::parse(&source).unwrap();
        let rendered = render();
        assert!(rendered.error().is_none(), "{name}");
        assert_eq!(rendered.as_str(), original.to_string(), "{name}");
        assert_eq!(rendered.channel(), original.channel, "{name}");
    }
}
