//! The editor's statements (see [`crate::ide`]): which names they carry, where, and that every
//! expansion, correct or not, starts with them.

use proc_macro2::{TokenStream, TokenTree};

use crate::expand::expand;
use crate::ide::references_for;
use crate::parse::parse_input;
use crate::validate::validate;

/// The `let _ = path;` statements of `source` as paths, for the compiler or the editor.
fn paths(source: &str, editor: bool) -> Vec<String> {
    let (tree, _) = parse_input(source.parse().expect("lexes"));
    let (resolved, _) = validate(&tree);
    let statements =
        references_for(&tree, resolved.as_ref(), editor, &Default::default()).to_string();
    statements
        .split(';')
        .filter_map(|statement| statement.split("let _ =").nth(1))
        .map(|path| path.replace(' ', ""))
        .collect()
}

#[test]
fn the_editor_gets_every_name_where_its_siblings_are_listed() {
    let source = "Response < Re Gather(numD, timeout = 5) < Say(voice = alice) < pro > > Dial < Nu";
    assert_eq!(
        paths(source, true),
        [
            "::cxml::reference::__children::__root::Response",
            "::cxml::reference::__children::voice_Response::Re",
            "::cxml::reference::__children::voice_Response::Gather",
            "::cxml::reference::voice::Gather::numD",
            "::cxml::reference::voice::Gather::timeout",
            "::cxml::reference::__children::voice_Gather::Say",
            "::cxml::reference::voice::Say::voice",
            "::cxml::reference::__values::voice_Say__voice::alice",
            "::cxml::reference::__children::voice_Say::pro",
            "::cxml::reference::__children::voice_Response::Dial",
            "::cxml::reference::__children::voice_Dial::Nu",
        ]
    );
    assert_eq!(
        paths(
            "Response < Refer(method = G, url = {u}) Gather(input = sp) >",
            true
        )[2..],
        [
            "::cxml::reference::voice::Refer::method",
            "::cxml::reference::__values::voice_Refer__method::G",
            "::cxml::reference::voice::Refer::url",
            "::cxml::reference::__children::voice_Response::Gather",
            "::cxml::reference::voice::Gather::input",
            "::cxml::reference::__values::voice_Gather__input::sp",
        ]
    );
    assert_eq!(
        paths("in Dial: Number(\"+1\") Si", true),
        [
            "::cxml::reference::__children::voice_Dial::Number",
            "::cxml::reference::__children::voice_Dial::Si",
        ]
    );
}

#[test]
fn the_compiler_gets_only_names_that_resolve() {
    let source =
        "Response < Re Gather(numD, timeout = 5) < Say(\"x\") > Refer < Sip(\"sip:a@b\") > >";
    assert_eq!(
        paths(source, false),
        [
            "::cxml::reference::voice::Response",
            "::cxml::reference::voice::Gather",
            "::cxml::reference::voice::Gather::timeout",
            "::cxml::reference::voice::Say",
            "::cxml::reference::voice::Refer",
            "::cxml::reference::voice::refer::Sip",
        ]
    );
}

#[test]
fn the_names_carry_the_users_spans() {
    let source = "Response < Gather(numD) >";
    let (tree, _) = parse_input(source.parse().expect("lexes"));
    let (resolved, _) = validate(&tree);
    let statements = references_for(&tree, resolved.as_ref(), true, &Default::default());
    let mut found = Vec::new();
    fn walk(stream: TokenStream, found: &mut Vec<(String, usize)>) {
        for tree in stream {
            match tree {
                TokenTree::Ident(ident) => {
                    found.push((ident.to_string(), ident.span().start().column))
                }
                TokenTree::Group(group) => walk(group.stream(), found),
                _ => {}
            }
        }
    }
    walk(statements, &mut found);
    for (name, column) in [("Response", 0), ("Gather", 11), ("numD", 18)] {
        assert!(
            found.contains(&(name.to_string(), column)),
            "{name} at {column}: {found:?}"
        );
    }
}

#[test]
fn every_expansion_starts_with_the_references() {
    for source in [
        "Response < Say(voice = alice) < \"Hi\" > >",
        "Response < Say(voic = alice) < \"Hi\" > >",
        "Response < Say(voice = ) < \"Hi\" >",
        "in Dial: Number({n}) Sip(\"sip:a@b\")",
        "Bogus < Say >",
    ] {
        let (tree, _) = parse_input(source.parse().expect("lexes"));
        let (resolved, _) = validate(&tree);
        let references =
            references_for(&tree, resolved.as_ref(), false, &Default::default()).to_string();
        let expansion = expand(source.parse().expect("lexes")).to_string();
        let inside = expansion.trim_start_matches('{').trim_start();
        assert!(inside.starts_with(&references), "{source}: {expansion}");
    }
}
