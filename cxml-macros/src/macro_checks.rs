//! What the `macro` fuzz target asserts about the macro's front end (parse, check, generate).
//! Shared with `fuzz/fuzz_targets/macro.rs`; `tests.rs` replays `fuzz/regressions/macro/` with it
//! under the normal `cargo test` (the file lives here so that the published package holds it).
//! Both include this file where the front end's modules are at the crate root
//! (`crate::expand`), with proc-macro2's `span-locations` so spans can be placed.

use proc_macro2::{Span, TokenStream, TokenTree};

/// Any bytes, made into macro input by [`source`]: the front end answers with code or errors,
/// never a panic, and every error points at a token of the input or at the invocation itself,
/// never elsewhere. (libFuzzer's `-timeout` catches an input the front end never finishes.)
pub fn front_end(data: &[u8]) {
    let source = source(data);
    if let Err(failure) = check_source(&source) {
        panic!("{failure}\ninput: {source}");
    }
}

/// [`front_end`]'s checks on one input text (text that does not lex is skipped): what failed.
pub fn check_source(source: &str) -> Result<(), String> {
    let outcome = match source.parse::<TokenStream>() {
        Ok(input) => {
            let file = input
                .clone()
                .into_iter()
                .next()
                .map(|token| token.span().file());
            let expansion = crate::expand::expand(input);
            check_error_spans(&expansion, source, file.as_deref())
        }
        Err(_) => Ok(()),
    };
    // Each parsed text adds a file to proc-macro2's thread-local span map; without this the
    // map (and the offsets in it) would grow with every input.
    proc_macro2::extra::invalidate_current_thread_spans();
    outcome
}

/// Every `compile_error! { "…" }` in `expansion` starts (its name) and ends (its braces) inside
/// `source`, whose tokens were lexed from `file`.
fn check_error_spans(
    expansion: &TokenStream,
    source: &str,
    file: Option<&str>,
) -> Result<(), String> {
    let tokens: Vec<TokenTree> = expansion.clone().into_iter().collect();
    for (index, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => check_error_spans(&group.stream(), source, file)?,
            TokenTree::Ident(name) if name == "compile_error" => {
                let Some(TokenTree::Group(message)) = tokens.get(index + 2) else {
                    return Err(format!(
                        "`compile_error!` without its message in {expansion}"
                    ));
                };
                for span in [name.span(), message.span()] {
                    check_inside(span, source, file, &message.stream().to_string())?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_inside(span: Span, source: &str, file: Option<&str>, message: &str) -> Result<(), String> {
    let at = span.file();
    // proc-macro2 names the call site's span map entry `<unspecified>`.
    // An error with no token to blame (a missing `Response`, an input that stops short) points
    // at the invocation, which holds the input: rustc shows it on `cxml!{…}`.
    if at == "<unspecified>" {
        return Ok(());
    }
    if Some(at.as_str()) != file {
        return Err(format!("error {message} points outside the input ({at})"));
    }
    let range = span.byte_range();
    if range.start > range.end || range.end > source.len() {
        return Err(format!(
            "error {message} spans {range:?} of a {}-byte input",
            source.len()
        ));
    }
    Ok(())
}

/// Fixed pieces a byte can pick: punctuation, Rust keywords the language uses, literals.
const PIECES: &[&str] = &[
    "<",
    ">",
    "=",
    ",",
    ":",
    "-",
    "!",
    "#",
    "::",
    "..",
    "=>",
    "|",
    "&",
    "*",
    ".",
    ";",
    "?",
    "@",
    "if",
    "else",
    "for",
    "in",
    "match",
    "let",
    "Some",
    "None",
    "_",
    "x",
    "true",
    "false",
    "unchecked_raw!",
    "format_args!",
    "Response",
    "in Dial:",
    "r#loop",
    "'a'",
    "b\"x\"",
    "1",
    "-3.5",
    "0",
    "600",
    "601",
    "1e999",
    "0x10",
    "GET",
    "POST",
    "alice",
    "dtmf speech",
    "record-from-answer",
    "onEnter",
    "on",
    "off",
    "\"\"",
    "\" \"",
    "\"{{From}}\"",
];

/// Opening delimiters and their closers.
const DELIMITERS: &[(&str, &str)] = &[("(", ")"), ("[", "]"), ("{", "}")];

/// Macro input made from bytes. A first byte below 64 takes the rest as the text itself (so the
/// fuzzer mutates real documents from its corpus); otherwise each byte picks a token: a name
/// from the schema table, a fixed piece, a delimiter, or a string literal made of the bytes after
/// it. Delimiters always balance, so the text lexes and every input reaches the front end.
pub fn source(data: &[u8]) -> String {
    let Some((&mode, rest)) = data.split_first() else {
        return String::new();
    };
    if mode < 64 {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let elements = cxml_schema::ELEMENTS;
    let mut text = String::new();
    let mut open: Vec<&str> = Vec::new();
    let mut bytes = rest.iter().copied();
    while let Some(byte) = bytes.next() {
        let next = bytes.next().unwrap_or(0) as usize;
        let piece: String = match byte % 8 {
            0 | 1 => elements[next % elements.len()].name.to_string(),
            2 => {
                let element = &elements[next % elements.len()];
                let pick = bytes.next().unwrap_or(0) as usize;
                match element
                    .attributes
                    .get(pick % element.attributes.len().max(1))
                {
                    Some(attribute) => attribute.name.to_string(),
                    None => element.name.to_string(),
                }
            }
            3 => {
                let (opener, closer) = DELIMITERS[next % DELIMITERS.len()];
                open.push(closer);
                opener.to_string()
            }
            4 => open.pop().unwrap_or(">").to_string(),
            5 => {
                let literal: Vec<u8> = bytes.by_ref().take(next % 24).collect();
                format!("{:?}", String::from_utf8_lossy(&literal))
            }
            _ => PIECES[next % PIECES.len()].to_string(),
        };
        text.push_str(&piece);
        text.push(' ');
    }
    while let Some(closer) = open.pop() {
        text.push_str(closer);
    }
    text
}
