//! `format_args!("…{name}…")` spliced as a value is taken apart at compile time: its literal
//! pieces become static markup (escaped now) and its arguments plain splices, so a value such as
//! `statusCallback = {format_args!("{base}/status")}` costs no formatter at run time.

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};

/// One piece of a format string.
pub enum Piece {
    Static(String),
    Argument(TokenStream),
}

/// The pieces of `format_args!(…)`, or `None` when the expression is anything else or uses what
/// a plain splice cannot reproduce (format specs, an argument used twice, arguments used in
/// another order than written: each piece is evaluated where it is written, and `format_args!`
/// evaluates its arguments left to right).
pub fn pieces(expr: &TokenStream) -> Option<Vec<Piece>> {
    let tokens: Vec<TokenTree> = expr.clone().into_iter().collect();
    let [
        TokenTree::Ident(name),
        TokenTree::Punct(bang),
        TokenTree::Group(group),
    ] = tokens.as_slice()
    else {
        return None;
    };
    if name != "format_args" || bang.as_char() != '!' || group.delimiter() != Delimiter::Parenthesis
    {
        return None;
    }
    let mut arguments = split_arguments(group.stream());
    let first: Vec<TokenTree> = arguments.first()?.clone().into_iter().collect();
    let [TokenTree::Literal(literal)] = first.as_slice() else {
        return None;
    };
    let format = match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(text) => text,
        _ => return None,
    };
    arguments.remove(0);
    let mut named: Vec<(String, TokenStream)> = Vec::new();
    let mut positional: Vec<TokenStream> = Vec::new();
    for argument in arguments {
        let parts: Vec<TokenTree> = argument.clone().into_iter().collect();
        match parts.as_slice() {
            [TokenTree::Ident(name), TokenTree::Punct(eq), rest @ ..]
                if eq.as_char() == '=' && !rest.is_empty() =>
            {
                named.push((name.to_string(), rest.iter().cloned().collect()));
            }
            [] => {}
            _ => positional.push(argument),
        }
    }

    let mut result = Vec::new();
    let mut text = String::new();
    let mut used: Vec<String> = Vec::new();
    // Where the last explicit argument used stands in the argument list.
    let mut last_written: Option<usize> = None;
    let mut next_positional = 0;
    let value = format.value();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let mut inside = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        other => inside.push(other),
                    }
                }
                let inside = inside.trim();
                let (key, argument, written) = if inside.is_empty() {
                    next_positional += 1;
                    let index = next_positional - 1;
                    (
                        format!("#{index}"),
                        positional.get(index)?.clone(),
                        Some(index),
                    )
                } else if let Ok(index) = inside.parse::<usize>() {
                    (
                        format!("#{index}"),
                        positional.get(index)?.clone(),
                        Some(index),
                    )
                } else if let Some(mut ident) = identifier(inside) {
                    match named.iter().position(|(name, _)| name == inside) {
                        Some(index) => (
                            inside.to_string(),
                            named[index].1.clone(),
                            Some(positional.len() + index),
                        ),
                        // An inline capture: the variable itself, at the literal's span.
                        None => {
                            ident.set_span(literal.span());
                            (format!("@{inside}"), TokenTree::Ident(ident).into(), None)
                        }
                    }
                } else {
                    return None;
                };
                if let Some(written) = written {
                    if last_written.is_some_and(|last| last > written) {
                        return None;
                    }
                    last_written = Some(written);
                }
                // Arguments are evaluated once by format_args!; a plain splice per use would
                // evaluate them again, so only captured variables may repeat.
                if used.contains(&key) && !key.starts_with('@') {
                    return None;
                }
                used.push(key);
                if !text.is_empty() {
                    result.push(Piece::Static(std::mem::take(&mut text)));
                }
                result.push(Piece::Argument(argument));
            }
            '}' => return None,
            other => text.push(other),
        }
    }
    if !text.is_empty() {
        result.push(Piece::Static(text));
    }
    // Every argument given must be used, or format_args! itself would have refused the code.
    if positional.len() > used.iter().filter(|k| k.starts_with('#')).count()
        || named.iter().any(|(name, _)| !used.contains(name))
    {
        return None;
    }
    Some(result)
}

/// `text` as an identifier, by Rust's own rules (`a²` and keywords are not one; `Ident::new`
/// would panic on the first).
fn identifier(text: &str) -> Option<Ident> {
    syn::parse_str::<Ident>(text).ok()
}

fn split_arguments(stream: TokenStream) -> Vec<TokenStream> {
    let mut arguments = vec![TokenStream::new()];
    for token in stream {
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => arguments.push(TokenStream::new()),
            _ => arguments
                .last_mut()
                .expect("one argument at least")
                .extend([token]),
        }
    }
    if arguments.last().is_some_and(TokenStream::is_empty) && arguments.len() > 1 {
        arguments.pop();
    }
    arguments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(source: &str) -> Option<Vec<String>> {
        let pieces = pieces(&source.parse().unwrap())?;
        Some(
            pieces
                .into_iter()
                .map(|piece| match piece {
                    Piece::Static(text) => format!("s:{text}"),
                    Piece::Argument(tokens) => format!("a:{tokens}"),
                })
                .collect(),
        )
    }

    #[test]
    fn simple_format_strings_come_apart() {
        assert_eq!(
            describe(r#"format_args!("{base}/status")"#).unwrap(),
            ["a:base", "s:/status"]
        );
        assert_eq!(
            describe(r#"format_args!("{}/{x}?{{q}}", a.b(), x = y + 1)"#).unwrap(),
            ["a:a . b ()", "s:/", "a:y + 1", "s:?{q}"]
        );
        assert_eq!(
            describe(r#"format_args!("{0}-{0}", z)"#),
            None,
            "an argument used twice"
        );
        assert_eq!(
            describe(r#"format_args!("{n:>4}", n = 1)"#),
            None,
            "a format spec"
        );
        assert_eq!(describe(r#"format!("{a}")"#), None, "not format_args!");
        // Found by the `macro` fuzz target: `Ident::new` panicked on a name Rust refuses.
        assert_eq!(
            describe(r#"format_args!("{a²}")"#),
            None,
            "not an identifier"
        );
        assert_eq!(describe(r#"format_args!("{fn}")"#), None, "a keyword");
        assert_eq!(
            describe(r#"format_args!("{}", a, b)"#),
            None,
            "an unused argument"
        );
        assert_eq!(
            describe(r#"format_args!("{1}{0}", a(), b())"#),
            None,
            "arguments used out of the order written"
        );
        assert_eq!(
            describe(r#"format_args!("{y}{x}", x = a(), y = b())"#),
            None,
            "named arguments used out of the order written"
        );
        assert_eq!(
            describe(r#"format_args!("{x}{0}", a(), x = b())"#),
            None,
            "a named argument before a positional one"
        );
        assert_eq!(
            describe(r#"format_args!("{0}{x}{c}", a(), x = b())"#).unwrap(),
            ["a:a ()", "a:b ()", "a:c"],
            "in order, with a capture"
        );
    }
}
