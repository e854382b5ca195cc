//! `CallbackUrl::new(base).param("name", value)…` spliced as an attribute's value is taken apart
//! at compile time, as `format_args!` is ([`crate::format`]): each parameter's name (a string
//! literal) is form-encoded now and becomes static markup, and each value is written straight
//! into the document, form-encoded, an integer with `itoa` and a string without a formatter. No
//! `CallbackUrl` holds the parameters, and nothing is escaped twice.
//!
//! Which type `new` makes is only known to the compiler, so the expansion keeps the expression as
//! written too: it calls `new` (once), and method lookup on what it returned picks the way,
//! `cxml::CallbackUrl` the one taken apart, any other type the expression as written, spliced as
//! before. Rust's semantics are kept: `new`'s argument is evaluated first, then each value in
//! turn, moved into a binding as `param` takes it, and written before the next is evaluated, as
//! `param` formats it before the next call's arguments are evaluated.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

/// A `CallbackUrl::new(…).param("name", value)…` chain.
pub struct Chain {
    /// The call to `new`, as written: the path and its parenthesised argument.
    pub new: TokenStream,
    /// Each parameter: its name as written (a string literal's value), its value's tokens, and
    /// the whole `.param(…)` call as written.
    pub params: Vec<Param>,
}

/// One `.param("name", value)`.
pub struct Param {
    pub name: String,
    pub value: TokenStream,
    /// `.param(…)`, as written.
    pub call: TokenStream,
}

/// The chain `expr` is, or `None`: a path whose last two segments are `CallbackUrl::new`, called
/// with its argument, then one `.param(…)` or more, each with a string literal for a name and one
/// value, and nothing else.
pub fn chain(expr: &TokenStream) -> Option<Chain> {
    let tokens: Vec<TokenTree> = expr.clone().into_iter().collect();
    // The path: identifiers and `::`, up to the parenthesised argument of `new`.
    let open = tokens
        .iter()
        .position(|token| !matches!(token, TokenTree::Ident(_) | TokenTree::Punct(_)))?;
    let path = &tokens[..open];
    let idents: Vec<String> = path
        .iter()
        .filter_map(|token| match token {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .collect();
    let colons = path
        .iter()
        .all(|token| !matches!(token, TokenTree::Punct(punct) if punct.as_char() != ':'));
    let [.., ty, new] = idents.as_slice() else {
        return None;
    };
    if !colons || ty != "CallbackUrl" || new != "new" || !path_alternates(path) {
        return None;
    }
    let TokenTree::Group(argument) = &tokens[open] else {
        return None;
    };
    if argument.delimiter() != Delimiter::Parenthesis {
        return None;
    }
    let new: TokenStream = tokens[..=open].iter().cloned().collect();
    let mut params = Vec::new();
    let mut rest = &tokens[open + 1..];
    while let [
        TokenTree::Punct(dot),
        TokenTree::Ident(method),
        TokenTree::Group(group),
        after @ ..,
    ] = rest
    {
        if dot.as_char() != '.' || method != "param" || group.delimiter() != Delimiter::Parenthesis
        {
            return None;
        }
        params.push(param(group, rest[..3].iter().cloned().collect())?);
        rest = after;
    }
    (rest.is_empty() && !params.is_empty()).then_some(Chain { new, params })
}

/// `idents` and `::` in turn (`CallbackUrl::new`, `::cxml::CallbackUrl::new`): a path without
/// generics.
fn path_alternates(path: &[TokenTree]) -> bool {
    let mut expect_ident = true;
    let mut index = 0;
    // A leading `::`.
    if let [TokenTree::Punct(a), TokenTree::Punct(b), ..] = path
        && a.as_char() == ':'
        && b.as_char() == ':'
    {
        index = 2;
    }
    while index < path.len() {
        match (&path[index], expect_ident) {
            (TokenTree::Ident(_), true) => index += 1,
            (TokenTree::Punct(a), false) => {
                let Some(TokenTree::Punct(b)) = path.get(index + 1) else {
                    return false;
                };
                if a.as_char() != ':' || b.as_char() != ':' {
                    return false;
                }
                index += 2;
            }
            _ => return false,
        }
        expect_ident = !expect_ident;
    }
    !expect_ident
}

/// The name and value of `.param(…)`'s group: exactly two arguments, the first a string literal.
fn param(group: &Group, call: TokenStream) -> Option<Param> {
    let arguments = crate::format::split_arguments(group.stream());
    let [name, value] = arguments.as_slice() else {
        return None;
    };
    let name: Vec<TokenTree> = name.clone().into_iter().collect();
    let [TokenTree::Literal(literal)] = name.as_slice() else {
        return None;
    };
    let syn::Lit::Str(name) = syn::Lit::new(literal.clone()) else {
        return None;
    };
    if value.is_empty() {
        return None;
    }
    Some(Param {
        name: name.value(),
        value: value.clone(),
        call,
    })
}

/// `name=` form-encoded and escaped for an attribute, after `&` (escaped) unless `first`: the
/// static markup before a parameter's value.
pub fn name_markup(name: &str, first: bool) -> String {
    let mut encoded = String::new();
    cxml_schema::url::form_encode(&mut encoded, name);
    let markup = cxml_schema::escape::attribute(&encoded);
    if first {
        format!("{markup}=")
    } else {
        format!("&amp;{markup}=")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(source: &str) -> Option<(String, Vec<(String, String)>)> {
        let chain = chain(&source.parse().unwrap())?;
        Some((
            chain.new.to_string(),
            chain
                .params
                .into_iter()
                .map(|param| (param.name, param.value.to_string()))
                .collect(),
        ))
    }

    #[test]
    fn callback_url_chains_come_apart() {
        assert_eq!(
            describe(r#"CallbackUrl::new(status).param("to", n)"#).unwrap(),
            (
                "CallbackUrl :: new (status)".to_owned(),
                vec![("to".to_owned(), "n".to_owned())]
            )
        );
        assert_eq!(
            describe(r#"::cxml::CallbackUrl::new(&s).param("a b", x.y()).param(r"leg", i + 1,)"#)
                .unwrap()
                .1,
            vec![
                ("a b".to_owned(), "x . y ()".to_owned()),
                ("leg".to_owned(), "i + 1".to_owned())
            ]
        );
    }

    #[test]
    fn anything_else_is_left_as_written() {
        for (source, why) in [
            (r#"CallbackUrl::new(status)"#, "no parameter"),
            (
                r#"CallbackUrl::new(s).param(name, n)"#,
                "a name that is not a literal",
            ),
            (
                r#"CallbackUrl::new(s).param("to", n).as_str()"#,
                "another method after",
            ),
            (
                r#"CallbackUrl::new(s).param("to", n).param"#,
                "an unfinished call",
            ),
            (r#"CallbackUrl::new(s).param("to")"#, "one argument"),
            (
                r#"CallbackUrl::new(s).param("to", f::<A, B>())"#,
                "a comma in generics",
            ),
            (r#"CallbackUrl::new(s).param("to", )"#, "no value"),
            (r#"Url::new(s).param("to", n)"#, "another type"),
            (
                r#"CallbackUrl::parse(s).param("to", n)"#,
                "another function",
            ),
            (r#"CallbackUrl::<'_>::new(s).param("to", n)"#, "generics"),
            (r#"x.CallbackUrl::new(s).param("to", n)"#, "not a path"),
            (r#"CallbackUrl::new[s].param("to", n)"#, "not a call"),
            (r#"CallbackUrl::new(s)?.param("to", n)"#, "a `?`"),
            (r#"CallbackUrl::new(s).param(b"to", n)"#, "a byte string"),
        ] {
            assert!(describe(source).is_none(), "{why}: {source}");
        }
    }

    #[test]
    fn names_are_encoded_and_escaped_at_compile_time() {
        assert_eq!(name_markup("to", true), "to=");
        assert_eq!(name_markup("a b&c", false), "&amp;a+b%26c=");
    }
}
