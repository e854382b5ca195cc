//! The parser's recovery and the expansion that goes with errors: every syntax error of a body
//! in one pass, the tree keeping what did parse, and the user's splices and names kept in the
//! expansion.

use proc_macro2::{LineColumn, TokenStream, TokenTree};

use crate::ast::{Arg, Input, Node};
use crate::expand::expand;
use crate::parse::parse_input;

fn tokens(source: &str) -> TokenStream {
    source.parse().expect("test input lexes")
}

/// The syntax errors of `source` as (line, column, message).
fn syntax_errors(source: &str) -> Vec<(usize, usize, String)> {
    let (_, errors) = parse_input(tokens(source));
    errors.map_or_else(Vec::new, |errors| {
        errors
            .into_iter()
            .map(|error| {
                let LineColumn { line, column } = error.span().start();
                (line, column, error.to_string())
            })
            .collect()
    })
}

fn idents(stream: TokenStream, into: &mut Vec<String>) {
    for tree in stream {
        match tree {
            TokenTree::Ident(ident) => into.push(ident.to_string()),
            TokenTree::Group(group) => idents(group.stream(), into),
            _ => {}
        }
    }
}

#[test]
fn every_syntax_error_is_reported_where_it_is() {
    let source = "Response <
    Say(voice \"alice\") < \"Hi\" >
    Gather(numDigits = , timeout = 5) < Say(\"Press 1\") >
    5
    Dial(timeout = 5 record = true) < Number(\"+15550100\") >
    if vip { Refer < Sip(\"sip:a@example.com\") }
    match x { A => , B => Hangup }
    Hangup
>";
    let found = syntax_errors(source);
    let at: Vec<(usize, usize)> = found
        .iter()
        .map(|(line, column, _)| (*line, *column))
        .collect();
    assert_eq!(
        at,
        [(2, 8), (3, 23), (4, 4), (5, 21), (6, 13), (7, 19)],
        "{found:#?}"
    );
    assert!(
        found[0]
            .2
            .starts_with("expected `=` after attribute `voice`")
    );
    assert!(found[4].2.contains("children of `Refer` are not closed"));
}

#[test]
fn the_tree_keeps_what_parsed_around_an_error() {
    let (tree, errors) = parse_input(tokens(
        "Response < Gather(numD) < Say(voice = , loop = 2) > Play(\"a.mp3\") 5",
    ));
    assert!(errors.is_some());
    let Input::Document(roots) = tree else {
        panic!("a document")
    };
    let Some(Node::Element(response)) = roots.first() else {
        panic!("the root element")
    };
    let names: Vec<&str> = response
        .children
        .iter()
        .filter_map(|node| match node {
            Node::Element(element) => Some(element.name.text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(names, ["Gather", "Play"]);
    let Node::Element(gather) = &response.children[0] else {
        unreachable!()
    };
    let attribute_names = |args: &[Arg]| -> Vec<String> {
        args.iter()
            .filter_map(|arg| match arg {
                Arg::Attribute(attribute) => Some(attribute.name.text.clone()),
                Arg::Text(_) => None,
            })
            .collect()
    };
    assert_eq!(attribute_names(&gather.args), ["numD"]);
    let Some(Node::Element(say)) = gather.children.first() else {
        panic!("Say inside Gather")
    };
    assert_eq!(attribute_names(&say.args), ["voice", "loop"]);
}

#[test]
fn the_expansion_with_errors_keeps_the_users_splices() {
    for source in [
        // A syntax error, an unknown element, a misplaced element, text where none is allowed.
        "Response < Say(voice = ) < {greeting} > Dial(timeout = {seconds}) < Number({number}) > >",
        "Response < Bogus(url = {greeting}) < {seconds} > Gather(timeout = {number}) >",
        "Response < Sip({greeting}) Hangup({seconds}) Say < {number} > >",
        "in Dial: Number({greeting}) Say({seconds}) Sip(bogus = {number})",
        "in Nowhere: Number({greeting}) {seconds} Sip(url = {number})",
    ] {
        let mut found = Vec::new();
        idents(expand(tokens(source)), &mut found);
        for name in ["greeting", "seconds", "number"] {
            assert!(
                found.iter().any(|ident| ident == name),
                "{name} lost from {source}"
            );
        }
        assert!(
            found.iter().any(|ident| ident == "compile_error"),
            "{source}"
        );
    }
}

#[test]
fn truncated_inputs_never_panic_and_report_an_error_or_none() {
    let seeds = [
        "Response < Say(voice = alice, loop = 2) < \"Hi \" prosody(rate = \"slow\") < {name} > > >",
        "Response < if a { Say(\"x\") } else if b { Hangup } else { Pause(length = 1) } >",
        "Response < for n in &team { Dial < Number({n}, url = {format!(\"{base}/s\")}) > } >",
        "Response < match x { A => Say(\"a\"), B if y => { Hangup }, _ => {} } >",
        "in Dial: Number(\"+1\") unchecked_raw!(\"<Sip/>\") {more}",
    ];
    for seed in seeds {
        let trees: Vec<TokenTree> = tokens(seed).into_iter().collect();
        for cut in 0..=trees.len() {
            for skip in [None, Some(cut)] {
                let stream: TokenStream = trees
                    .iter()
                    .enumerate()
                    .filter(|(index, _)| *index < cut || skip.is_some_and(|skip| *index > skip))
                    .map(|(_, tree)| tree.clone())
                    .collect();
                let outcome = std::panic::catch_unwind(|| expand(stream.clone()));
                assert!(outcome.is_ok(), "panicked on {stream}");
            }
        }
    }
}

#[test]
fn an_unclosed_element_is_found_by_the_layout() {
    // `Gather` lacks its `>`: the `>` under `Response` closed it, and `Response` ran out.
    let source = "Response <
    Gather(numDigits = 1) <
        Say(\"Press 1\")
    Hangup
>";
    let found = syntax_errors(source);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].0, found[0].1), (2, 4));
    assert!(
        found[0]
            .2
            .starts_with("the children of `Gather` are not closed"),
        "{}",
        found[0].2
    );
    assert!(found[0].2.contains("the `>` on line 5"), "{}", found[0].2);
    // Written on one line there is no layout to go by: the outer element is named.
    let found = syntax_errors("Response < Gather < Say(\"Press 1\") Hangup >");
    assert_eq!((found[0].0, found[0].1), (1, 0));
    assert!(
        found[0]
            .2
            .starts_with("the children of `Response` are not closed")
    );
    // A `>` under its own element closes it: the outer one is named.
    let found =
        syntax_errors("Response <\n    Gather <\n        Say(\"Press 1\")\n    >\n    Hangup\n");
    assert_eq!((found[0].0, found[0].1), (1, 0));
}
