//! One set of rules: every invalid document the project has goes through both front ends, the
//! `cxml!` macro's (parse, check) and the run-time reader's (`cxml_runtime::parse`), and both
//! must report the same messages in the same order.
//!
//! The documents: the compile-error catalogue (`cxml-integration/tests/ui/**/*.rs`, each `cxml!` body written
//! out as XML), the invalid corpus (`tests/invalid/documents.xml`, written as `cxml!` source),
//! and a family of mutations of the valid fixtures (`tests/fixtures/*.xml`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quick_xml::events::Event;

use crate::ast::{Arg, Input, LiteralKind, Node, Value};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// This package: `tests/fixtures` and `tests/invalid` link to the repository's, so that the
/// published package holds them too.
fn package() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The macro's messages, without the reference line the macro adds.
fn macro_messages(body: TokenStream) -> Vec<String> {
    let (tree, syntax) = crate::parse::parse_input(body);
    if let Some(error) = syntax {
        return vec![format!("syntax: {error}")];
    }
    let (_, errors) = crate::validate::validate(&tree);
    match errors.into_result() {
        Ok(()) => Vec::new(),
        Err(error) => error
            .into_iter()
            .map(|error| {
                let message = error.to_string();
                match message.split_once("\n  see `") {
                    Some((message, _)) => message.to_string(),
                    None => message,
                }
            })
            .collect(),
    }
}

/// The reader's messages; `None` when the document is not well-formed XML (no rule applies).
fn reader_messages(xml: &str) -> Option<Vec<String>> {
    match cxml_runtime::parse(xml) {
        Ok(_) => Some(Vec::new()),
        Err(error) => {
            let problems = error.problems();
            if problems.iter().any(|problem| problem.violation.is_none()) {
                return None;
            }
            Some(
                problems
                    .iter()
                    .map(|problem| problem.message.clone())
                    .collect(),
            )
        }
    }
}

/// XML as `cxml!` source: elements with their attributes as string literals, text as literals;
/// `None` for XML that is not well-formed.
fn xml_to_source(xml: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    // Per open element: whether `<` was written for it yet.
    let mut open: Vec<bool> = Vec::new();
    let open_children = |out: &mut String, open: &mut Vec<bool>| {
        if let Some(opened) = open.last_mut()
            && !*opened
        {
            *opened = true;
            out.push_str(" <");
        }
    };
    loop {
        match reader.read_event().ok()? {
            Event::Start(start) => {
                open_children(&mut out, &mut open);
                write_start(&mut out, &start)?;
                open.push(false);
            }
            Event::Empty(start) => {
                open_children(&mut out, &mut open);
                write_start(&mut out, &start)?;
            }
            Event::End(_) if open.pop() == Some(true) => out.push_str(" >"),
            Event::Text(text) => {
                let text = text.decode().ok()?.into_owned();
                if !is_layout(&text) {
                    open_children(&mut out, &mut open);
                    write!(out, " {text:?}").unwrap();
                }
            }
            Event::GeneralRef(reference) => {
                let name = reference.decode().ok()?.into_owned();
                let text = quick_xml::escape::resolve_predefined_entity(&name)?;
                open_children(&mut out, &mut open);
                write!(out, " {text:?}").unwrap();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(out)
}

fn is_layout(text: &str) -> bool {
    cxml_schema::is_blank(text)
}

fn write_start(out: &mut String, start: &quick_xml::events::BytesStart<'_>) -> Option<()> {
    let name = String::from_utf8(start.name().as_ref().to_vec()).ok()?;
    write!(out, " {name}").unwrap();
    let mut attributes: Vec<(String, String)> = Vec::new();
    for attribute in start.attributes().with_checks(false) {
        let attribute = attribute.ok()?;
        let key = String::from_utf8(attribute.key.as_ref().to_vec()).ok()?;
        let value = attribute.unescape_value().ok()?;
        // XML attribute-value normalization: the reader sees spaces for these.
        let value: String = value
            .chars()
            .map(|c| {
                if matches!(c, '\t' | '\n' | '\r') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        attributes.push((key, value));
    }
    if !attributes.is_empty() {
        out.push('(');
        for (index, (key, value)) in attributes.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            write!(out, "{key} = {value:?}").unwrap();
        }
        out.push(')');
    }
    Some(())
}

/// A checked `cxml!` document as XML, when it has no run-time parts (splices, control flow,
/// raw markup, bare words and numbers, which XML cannot say the same way).
fn ast_to_xml(input: &Input) -> Option<String> {
    let Input::Document(nodes) = input else {
        return None;
    };
    let mut out = String::new();
    for node in nodes {
        node_to_xml(node, &mut out)?;
    }
    Some(out)
}

fn node_to_xml(node: &Node, out: &mut String) -> Option<()> {
    match node {
        Node::Text(text) => out.push_str(&escape(&text.value)),
        Node::Element(element) => {
            write!(out, "<{}", element.name.text).ok()?;
            let mut text = None;
            for arg in &element.args {
                match arg {
                    Arg::Attribute(attribute) => match &attribute.value {
                        Value::Literal(literal) if literal.kind == LiteralKind::Str => write!(
                            out,
                            " {}=\"{}\"",
                            attribute.name.text,
                            escape(&literal.text)
                        )
                        .ok()?,
                        _ => return None,
                    },
                    Arg::Text(Value::Literal(literal)) if literal.kind == LiteralKind::Str => {
                        if text.is_some() {
                            return None;
                        }
                        text = Some(escape(&literal.text));
                    }
                    Arg::Text(_) => return None,
                }
            }
            if text.is_none() && element.children.is_empty() {
                out.push_str("/>");
                return Some(());
            }
            out.push('>');
            if let Some(text) = text {
                if !element.children.is_empty() {
                    return None;
                }
                out.push_str(&text);
            }
            for child in &element.children {
                node_to_xml(child, out)?;
            }
            write!(out, "</{}>", element.name.text).ok()?;
        }
        Node::Splice(_) | Node::Raw(_) | Node::If(_) | Node::For(_) | Node::Match(_) => {
            return None;
        }
    }
    Some(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every `cxml!` body in a Rust file.
fn macro_bodies(source: &str) -> Vec<TokenStream> {
    let Ok(tokens) = source.parse::<TokenStream>() else {
        return Vec::new();
    };
    let mut bodies = Vec::new();
    let mut stack = vec![tokens];
    while let Some(tokens) = stack.pop() {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (index, tree) in trees.iter().enumerate() {
            if let TokenTree::Group(group) = tree {
                let is_body = index >= 2
                    && matches!(&trees[index - 1], TokenTree::Punct(p) if p.as_char() == '!')
                    && matches!(&trees[index - 2], TokenTree::Ident(i) if i == "cxml")
                    && group.delimiter() != Delimiter::None;
                if is_body {
                    bodies.push(group.stream());
                } else {
                    stack.push(group.stream());
                }
            }
        }
    }
    bodies
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// Compares both front ends on one document and counts it.
fn compare(label: &str, xml: &str, source: TokenStream, compared: &mut Comparison) {
    let Some(reader) = reader_messages(xml) else {
        compared.not_xml += 1;
        return;
    };
    let macro_side = macro_messages(source.clone());
    assert_eq!(
        macro_side, reader,
        "{label}: the macro and the reader disagree\n  xml: {xml}\n  cxml!: {source}"
    );
    compared.documents += 1;
    compared.messages += reader.len();
    if !reader.is_empty() {
        compared.invalid += 1;
    }
}

#[derive(Default, Debug)]
struct Comparison {
    documents: usize,
    invalid: usize,
    messages: usize,
    not_xml: usize,
}

#[test]
fn the_ui_catalogue_gets_the_same_messages_from_the_reader() {
    let catalogue = workspace().join("cxml-integration/tests/ui");
    if !catalogue.is_dir() {
        // The catalogue belongs to the unpublished `cxml-integration`: an unpacked package has no
        // repository around it, and the repository's own `cargo test` runs this comparison.
        eprintln!(
            "skipped: {} is not here (outside the repository)",
            catalogue.display()
        );
        return;
    }
    let mut files = Vec::new();
    rust_files(&catalogue, &mut files);
    let mut compared = Comparison::default();
    let mut macro_only = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for body in macro_bodies(&source) {
            let (tree, None) = crate::parse::parse_input(body.clone()) else {
                macro_only += 1;
                continue;
            };
            match ast_to_xml(&tree) {
                Some(xml) => compare(&file.display().to_string(), &xml, body, &mut compared),
                None => macro_only += 1,
            }
        }
    }
    eprintln!(
        "ui catalogue: {compared:?}, {macro_only} bodies with run-time parts or syntax errors"
    );
    assert!(compared.invalid >= 25, "{compared:?}");
}

#[test]
fn the_invalid_corpus_gets_the_same_messages_from_the_macro() {
    let corpus = std::fs::read_to_string(package().join("tests/invalid/documents.xml")).unwrap();
    let mut compared = Comparison::default();
    for (index, document) in corpus.split("\n====\n").enumerate() {
        let document = match document.find("-->") {
            Some(end) if index == 0 => &document[end + 3..],
            _ => document,
        };
        let source: TokenStream = xml_to_source(document)
            .expect("corpus documents are well-formed")
            .parse()
            .expect("converted source lexes");
        compare(
            &format!("corpus document {}", index + 1),
            document,
            source,
            &mut compared,
        );
    }
    eprintln!("invalid corpus: {compared:?}");
    assert_eq!(
        compared.not_xml, 0,
        "every corpus document is well-formed XML"
    );
    assert_eq!(
        compared.invalid, compared.documents,
        "every corpus document is invalid"
    );
}

/// Small, deterministic edits of a valid document, each likely to break one rule or several.
fn mutations(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let tags: Vec<(usize, usize)> = xml
        .match_indices('<')
        .filter_map(|(start, _)| {
            let rest = &xml[start + 1..];
            let first = rest.chars().next()?;
            if !first.is_ascii_alphabetic() {
                return None;
            }
            let end = rest.find([' ', '>', '/'])?;
            Some((start + 1, start + 1 + end))
        })
        .collect();
    for &(start, end) in &tags {
        let name = &xml[start..end];
        // A misspelt element (its end tag too).
        let misspelt = format!("{name}x");
        out.push(
            xml.replacen(&format!("<{name}"), &format!("<{misspelt}"), 1)
                .replacen(&format!("</{name}>"), &format!("</{misspelt}>"), 1),
        );
        // An unknown and a misspelt attribute, and text where it may not be.
        out.push(format!(
            "{} lop=\"2\" timout=\"5\"{}",
            &xml[..end],
            &xml[end..]
        ));
        if let Some(close) = xml[end..].find('>') {
            let at = end + close + 1;
            if !xml[..at].ends_with("/>") {
                out.push(format!("{}stray text{}", &xml[..at], &xml[at..]));
                // A verb of another channel, a noun out of place, a withdrawn element.
                for intruder in [
                    "<Message>Hi</Message>",
                    "<Sip>sip:a@b</Sip>",
                    "<AI/>",
                    "<Receive/>",
                ] {
                    out.push(format!("{}{intruder}{}", &xml[..at], &xml[at..]));
                }
            }
        }
    }
    // Every attribute value replaced by one that fits few types.
    for (index, _) in xml.match_indices("=\"") {
        if let Some(close) = xml[index + 2..].find('"') {
            for value in ["x y", "-1", "", "99999"] {
                out.push(format!(
                    "{}=\"{value}\"{}",
                    &xml[..index],
                    &xml[index + 2 + close + 1..]
                ));
            }
        }
    }
    out
}

#[test]
fn mutated_fixtures_get_the_same_messages_from_both_front_ends() {
    let mut compared = Comparison::default();
    let fixtures = package().join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .collect();
    paths.sort();
    let corpus = std::fs::read_to_string(package().join("tests/invalid/documents.xml")).unwrap();
    let mut documents: Vec<(String, String)> = paths
        .iter()
        .map(|path| {
            (
                path.display().to_string(),
                std::fs::read_to_string(path).unwrap(),
            )
        })
        .collect();
    documents.extend(
        corpus
            .split("\n====\n")
            .skip(1)
            .enumerate()
            .map(|(index, doc)| (format!("corpus document {}", index + 2), doc.to_string())),
    );
    for (label, xml) in &documents {
        for (index, mutated) in mutations(xml).into_iter().enumerate() {
            let Some(source) = xml_to_source(&mutated) else {
                compared.not_xml += 1;
                continue;
            };
            let source: TokenStream = source.parse().expect("converted source lexes");
            compare(
                &format!("{label}, mutation {index}"),
                &mutated,
                source,
                &mut compared,
            );
        }
    }
    eprintln!("mutated documents: {compared:?}");
    assert!(compared.invalid > 500, "{compared:?}");
}

#[test]
fn a_rejected_child_is_the_only_error_and_attribute_errors_come_first() {
    let messages = reader_messages(
        "<Response><Connect><Conversation/></Connect><Refer foo=\"1\"/></Response>",
    )
    .unwrap();
    assert_eq!(messages.len(), 3, "{messages:#?}");
    assert!(messages[0].starts_with("`<Conversation>` inside `<Connect>` is Twilio-only"));
    assert!(messages[1].starts_with("`<Refer>` has no attribute `foo`"));
    assert!(messages[2].starts_with("`<Refer>` needs at least 1 child element"));
}
