//! The path to the `cxml` crate in generated code: `::cxml`, or what the input's leading
//! `crate = path;` says, for a crate that re-exports cxml under another name (as serde's
//! `#[serde(crate = "…")]` does for derives).

use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::Error;

/// The path generated code names the runtime by.
#[derive(Clone)]
pub struct Krate(TokenStream);

impl Default for Krate {
    fn default() -> Self {
        Krate(quote!(::cxml))
    }
}

impl Krate {
    /// `path::twilio`: where `twiml!`'s expansion finds Twilio's reference, values and ids.
    pub fn twilio(self) -> Self {
        let path = self.0;
        Krate(quote!(#path::twilio))
    }

    /// Whether this is `::cxml::twilio`, the path of `twiml!` without `crate = path;`.
    fn is_default_twilio(&self) -> bool {
        self.0.to_string() == quote!(::cxml::twilio).to_string()
    }

    /// The path located at `span`, for a statement that rustc's messages point at the user's
    /// splice by: `::cxml` spanned there, or the given path's tokens with `span`'s location and
    /// their own name resolution (a `$crate` still means its macro's crate).
    pub fn at(&self, span: Span) -> TokenStream {
        fn locate(tokens: TokenStream, span: Span) -> TokenStream {
            tokens
                .into_iter()
                .map(|mut token| {
                    if let TokenTree::Group(group) = &token {
                        let mut inner = Group::new(group.delimiter(), locate(group.stream(), span));
                        inner.set_span(group.span().located_at(span));
                        token = TokenTree::Group(inner);
                    } else {
                        token.set_span(token.span().located_at(span));
                    }
                    token
                })
                .collect()
        }
        if self.0.to_string() == Krate::default().0.to_string() {
            quote_spanned!(span=> ::cxml)
        } else if self.is_default_twilio() {
            quote_spanned!(span=> ::cxml::twilio)
        } else {
            locate(self.0.clone(), span)
        }
    }
}

impl ToTokens for Krate {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}

/// Takes a leading `crate = path;` off `input`: the path (the default when there is none), the
/// rest of the input, and the error when the option is there but malformed (the rest is then
/// what follows the path, or the `;`, so the document is still checked).
pub fn split(input: TokenStream) -> (Krate, TokenStream, Option<Error>) {
    let tokens: Vec<TokenTree> = input.clone().into_iter().collect();
    let is_option = matches!(
        (tokens.first(), tokens.get(1)),
        (Some(TokenTree::Ident(keyword)), Some(TokenTree::Punct(eq)))
            if keyword == "crate" && eq.as_char() == '=' && eq.spacing() == Spacing::Alone
    );
    if !is_option {
        return (Krate::default(), input, None);
    }
    let keyword = tokens[0].span();
    let path_end = 2 + path_len(&tokens[2..]);
    let path: TokenStream = tokens[2..path_end].iter().cloned().collect();
    let next = tokens.get(path_end);
    let is_semicolon =
        |token: &TokenTree| matches!(token, TokenTree::Punct(punct) if punct.as_char() == ';');
    let rest_after = |at: usize| tokens[at.min(tokens.len())..].iter().cloned().collect();
    let error = |span: Option<&TokenTree>, message: &str| {
        Some(Error::new(span.map_or(keyword, TokenTree::span), message))
    };
    let not_a_path =
        "expected the path to the `cxml` crate after `crate =`, such as `::my_crate::cxml`";
    match next {
        Some(token) if path_end > 2 && is_semicolon(token) => {
            (Krate(path), rest_after(path_end + 1), None)
        }
        // `::cxml::;`, `"cxml";`: skip to the `;` (or give up on the input).
        Some(token)
            if path_end == 2
                || matches!(token, TokenTree::Punct(punct) if punct.as_char() == ':') =>
        {
            let semicolon = tokens[path_end..].iter().position(is_semicolon);
            let rest = semicolon.map_or_else(TokenStream::new, |at| rest_after(path_end + at + 1));
            (Krate::default(), rest, error(Some(token), not_a_path))
        }
        None if path_end == 2 => (
            Krate::default(),
            TokenStream::new(),
            error(None, not_a_path),
        ),
        // A path, and no `;` after it: the document starts there.
        _ => (
            Krate(path),
            rest_after(path_end),
            error(
                next.or(tokens.get(path_end - 1)),
                "expected `;` after the path: `crate = path::to::cxml; Response < … >`",
            ),
        ),
    }
}

/// How many of `tokens` make a path: `::`-separated identifiers (`$crate` among them, which a
/// `macro_rules!` macro may pass in an undelimited group), with an optional leading `::`.
fn path_len(tokens: &[TokenTree]) -> usize {
    let colons = |at: usize| {
        matches!(
            (tokens.get(at), tokens.get(at + 1)),
            (Some(TokenTree::Punct(first)), Some(TokenTree::Punct(second)))
                if first.as_char() == ':' && first.spacing() == Spacing::Joint && second.as_char() == ':'
        )
    };
    let segment = |at: usize| match tokens.get(at) {
        Some(TokenTree::Ident(_)) => true,
        Some(TokenTree::Group(group)) => group.delimiter() == Delimiter::None,
        _ => false,
    };
    let mut at = if colons(0) { 2 } else { 0 };
    if !segment(at) {
        return 0;
    }
    at += 1;
    while colons(at) && segment(at + 2) {
        at += 3;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_str(input: &str) -> (String, String, Option<String>) {
        let (krate, rest, error) = split(input.parse().unwrap());
        (
            krate.0.to_string(),
            rest.to_string(),
            error.map(|error| error.to_string()),
        )
    }

    #[test]
    fn the_option_is_taken_off_the_front() {
        assert_eq!(split_str("Response < Hangup >").0, ":: cxml");
        assert_eq!(split_str("Response < Hangup >").1, "Response < Hangup >");
        for (input, path) in [
            ("crate = ::renamed; Response < Hangup >", ":: renamed"),
            ("crate = renamed; Response < Hangup >", "renamed"),
            (
                "crate = crate::inner::runtime; in Dial: Number(\"1\")",
                "crate :: inner :: runtime",
            ),
        ] {
            let (krate, rest, error) = split_str(input);
            assert_eq!(krate, path, "{input}");
            assert!(
                rest == "Response < Hangup >" || rest.starts_with("in Dial"),
                "{input}: {rest}"
            );
            assert_eq!(error, None, "{input}");
        }
        // (`$crate`, which only a `macro_rules!` expansion passes in, is tested in
        // cxml-integration/tests/reexport.rs.) Only `crate =` at the very front is the option.
        assert_eq!(split_str("Response < Say(crate = \"x\") >").0, ":: cxml");
    }

    #[test]
    fn a_malformed_option_is_one_error_and_the_document_is_still_read() {
        for (input, rest, error) in [
            (
                "crate = ::cxml Response < Hangup >",
                "Response < Hangup >",
                "expected `;`",
            ),
            (
                "crate = \"cxml\"; Response < Hangup >",
                "Response < Hangup >",
                "expected the path",
            ),
            (
                "crate = ::cxml::; Response < Hangup >",
                "Response < Hangup >",
                "expected the path",
            ),
            (
                "crate = ; Response < Hangup >",
                "Response < Hangup >",
                "expected the path",
            ),
            ("crate =", "", "expected the path"),
            ("crate = ::cxml", "", "expected `;`"),
        ] {
            let (_, found_rest, found_error) = split_str(input);
            assert_eq!(found_rest, rest, "{input}");
            assert!(
                found_error
                    .as_deref()
                    .is_some_and(|found| found.starts_with(error)),
                "{input}: {found_error:?}"
            );
        }
    }

    #[test]
    fn the_path_is_located_at_a_splice_without_changing_what_it_means() {
        let span = Span::call_site();
        assert_eq!(Krate::default().at(span).to_string(), ":: cxml");
        let (krate, _, _) = split("crate = ::renamed::inner; Response".parse().unwrap());
        assert_eq!(krate.at(span).to_string(), ":: renamed :: inner");
    }
}
