//! `format_args!("…{name}…")` spliced as a value is taken apart at compile time: its literal
//! pieces become static markup (escaped now) and its arguments plain splices, so a value such as
//! `statusCallback = {format_args!("{base}/status")}` costs no formatter at run time. `format!`
//! with the same arguments writes the same text, into a `String` of its own: it is taken apart
//! the same way, and costs no allocation either.
//!
//! Rust's semantics are kept: the explicit arguments are evaluated once each, left to right,
//! before any is written (the expansion binds them first, as `format_args!` does), then written
//! in the order the format string names them, as often as it names them.

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};

/// A `format_args!` taken apart.
pub struct Formatted {
    /// The explicit arguments (positional, then named), in the order written: each is evaluated
    /// once, in this order, before any piece is written.
    pub arguments: Vec<TokenStream>,
    pub pieces: Vec<Piece>,
}

/// One piece of a format string.
pub enum Piece {
    Static(String),
    /// The explicit argument of this index in [`Formatted::arguments`].
    Argument(usize),
    /// A variable captured by name (`{base}` with no `base = …` argument): a place, which
    /// reading has no effect, so it is named where it is written.
    Captured(Ident),
}

/// The pieces of `format_args!(…)`, or `None` when the expression is anything else or uses what
/// a plain splice cannot reproduce (a format spec, an argument that is not used or not there:
/// `format_args!` itself then reports what is wrong).
pub fn pieces(expr: &TokenStream) -> Option<Formatted> {
    let tokens: Vec<TokenTree> = expr.clone().into_iter().collect();
    let [
        TokenTree::Ident(name),
        TokenTree::Punct(bang),
        TokenTree::Group(group),
    ] = tokens.as_slice()
    else {
        return None;
    };
    // `format!` writes the same text as `format_args!` into a `String` of its own, which the
    // value would only be copied out of: taken apart the same way, it allocates nothing.
    if !(name == "format_args" || name == "format")
        || bang.as_char() != '!'
        || group.delimiter() != Delimiter::Parenthesis
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
    let mut named: Vec<String> = Vec::new();
    let mut values: Vec<TokenStream> = Vec::new();
    let mut positional = 0;
    for argument in arguments {
        let parts: Vec<TokenTree> = argument.clone().into_iter().collect();
        match parts.as_slice() {
            [TokenTree::Ident(name), TokenTree::Punct(eq), rest @ ..]
                if eq.as_char() == '=' && !rest.is_empty() =>
            {
                named.push(name.to_string());
                values.push(rest.iter().cloned().collect());
            }
            // `format_args!("{}", , a)`: only a last, trailing comma may leave one empty (and
            // that one is dropped already).
            [] => return None,
            // A positional argument after a named one: `format_args!` refuses it.
            _ if !named.is_empty() => return None,
            _ => {
                positional += 1;
                values.push(argument);
            }
        }
    }

    let mut pieces = Vec::new();
    let mut used = vec![false; values.len()];
    let mut text = String::new();
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
                // `{}` and `{N}` name positional arguments only.
                let piece = if inside.is_empty() {
                    next_positional += 1;
                    Piece::Argument((next_positional <= positional).then_some(next_positional - 1)?)
                } else if let Ok(index) = inside.parse::<usize>() {
                    Piece::Argument((index < positional).then_some(index)?)
                } else if let Some(mut ident) = identifier(inside) {
                    match named.iter().position(|name| name == inside) {
                        Some(index) => Piece::Argument(positional + index),
                        // An inline capture: the variable itself, at the literal's span.
                        None => {
                            ident.set_span(literal.span());
                            Piece::Captured(ident)
                        }
                    }
                } else {
                    return None;
                };
                if let Piece::Argument(index) = piece {
                    used[index] = true;
                }
                if !text.is_empty() {
                    pieces.push(Piece::Static(std::mem::take(&mut text)));
                }
                pieces.push(piece);
            }
            '}' => return None,
            other => text.push(other),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Static(text));
    }
    // Every argument given must be used, or format_args! itself would have refused the code.
    if used.contains(&false) {
        return None;
    }
    Some(Formatted {
        arguments: values,
        pieces,
    })
}

/// `text` as an identifier, by Rust's own rules (`a²` and keywords are not one; `Ident::new`
/// would panic on the first).
fn identifier(text: &str) -> Option<Ident> {
    syn::parse_str::<Ident>(text).ok()
}

pub(crate) fn split_arguments(stream: TokenStream) -> Vec<TokenStream> {
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
        let formatted = pieces(&source.parse().unwrap())?;
        let arguments: Vec<String> = formatted.arguments.iter().map(|a| a.to_string()).collect();
        Some(
            formatted
                .pieces
                .into_iter()
                .map(|piece| match piece {
                    Piece::Static(text) => format!("s:{text}"),
                    Piece::Argument(index) => format!("a{index}:{}", arguments[index]),
                    Piece::Captured(ident) => format!("c:{ident}"),
                })
                .collect(),
        )
    }

    #[test]
    fn format_comes_apart_as_format_args_does() {
        assert_eq!(
            describe(r#"format!("{base}/status?to={}", n)"#).unwrap(),
            ["c:base", "s:/status?to=", "a0:n"]
        );
    }

    #[test]
    fn simple_format_strings_come_apart() {
        assert_eq!(
            describe(r#"format_args!("{base}/status")"#).unwrap(),
            ["c:base", "s:/status"]
        );
        assert_eq!(
            describe(r#"format_args!("{}/{x}?{{q}}", a.b(), x = y + 1)"#).unwrap(),
            ["a0:a . b ()", "s:/", "a1:y + 1", "s:?{q}"]
        );
        assert_eq!(
            describe(r#"format_args!("{0}-{0}", z)"#).unwrap(),
            ["a0:z", "s:-", "a0:z"],
            "an argument used twice: bound once, written twice"
        );
        assert_eq!(
            describe(r#"format_args!("{1}{0}", a(), b())"#).unwrap(),
            ["a1:b ()", "a0:a ()"],
            "arguments used out of the order written"
        );
        assert_eq!(
            describe(r#"format_args!("{y}{x}", x = a(), y = b())"#).unwrap(),
            ["a1:b ()", "a0:a ()"],
            "named arguments used out of the order written"
        );
        assert_eq!(
            describe(r#"format_args!("{x}{0}", a(), x = b())"#).unwrap(),
            ["a1:b ()", "a0:a ()"],
            "a named argument before a positional one"
        );
        assert_eq!(
            describe(r#"format_args!("{}-{}", a, b,)"#).unwrap(),
            ["a0:a", "s:-", "a1:b"],
            "a trailing comma"
        );
        assert_eq!(
            describe(r#"format_args!("{1} {} {0} {}", a, b)"#).unwrap(),
            ["a1:b", "s: ", "a0:a", "s: ", "a0:a", "s: ", "a1:b"],
            "`{{}}` counts apart from explicit indices, as in Rust"
        );
        assert_eq!(
            describe(r#"format_args!("{0}{x}{c}", a(), x = b())"#).unwrap(),
            ["a0:a ()", "a1:b ()", "c:c"],
            "in order, with a capture"
        );
    }

    #[test]
    fn what_a_plain_splice_cannot_write_is_left_to_format_args() {
        for (source, why) in [
            (r#"format_args!("{n:>4}", n = 1)"#, "a format spec"),
            (r#"format_args!("{:?}", 1)"#, "a debug spec"),
            (r#"print!("{a}")"#, "neither format_args! nor format!"),
            (r#"std::format!("{a}")"#, "a path"),
            // Found by the `macro` fuzz target: `Ident::new` panicked on a name Rust refuses.
            (r#"format_args!("{a²}")"#, "not an identifier"),
            (r#"format_args!("{fn}")"#, "a keyword"),
            (r#"format_args!("{}", a, b)"#, "an unused argument"),
            (
                r#"format_args!("{x}", x = a, y = b)"#,
                "an unused named argument",
            ),
            (r#"format_args!("{} {}", a)"#, "a missing argument"),
            (r#"format_args!("{1}", a)"#, "an index past the arguments"),
            (r#"format_args!("{0}", x = a)"#, "a named argument by index"),
            (
                r#"format_args!("{x} {}", x = a, b)"#,
                "positional after named",
            ),
            (r#"format_args!("{")"#, "an unclosed brace"),
            (r#"format_args!("}")"#, "a lone closing brace"),
            (r#"format_args!(FORMAT, a)"#, "not a literal"),
            (r#"format_args!("{}", , a)"#, "an empty argument"),
        ] {
            assert!(describe(source).is_none(), "{why}: {source}");
        }
    }
}
