//! The macro's front end as a plain function over `proc_macro2` tokens, so tests (and fuzzing)
//! can drive it without a compiler.

use proc_macro2::TokenStream;

use cxml_schema::Platform;

use crate::{fallback, generate, parse, validate};

/// Parses and checks `input`; returns the checked tree or every error found.
#[cfg(test)]
pub fn check(input: TokenStream) -> Result<(crate::ast::Input, validate::Resolved), syn::Error> {
    let (tree, syntax_errors) = parse::parse_input(input);
    if let Some(error) = syntax_errors {
        return Err(error);
    }
    let (resolved, errors) = validate::validate(&tree);
    errors.into_result()?;
    match resolved {
        Some(resolved) => Ok((tree, resolved)),
        None => Err(syn::Error::new(
            proc_macro2::Span::call_site(),
            "the document could not be checked",
        )),
    }
}

/// The whole expansion: generated code, or the errors plus as much of the code as the input
/// allows (see [`fallback`]).
pub fn expand(input: TokenStream) -> TokenStream {
    expand_in(Platform::SignalWire, input)
}

/// [`expand`] for a platform's table: `twiml!` is `cxml!` checked against Twilio's, its
/// generated code naming `cxml::twilio` where `cxml!`'s names `cxml`.
pub fn expand_in(platform: Platform, input: TokenStream) -> TokenStream {
    crate::platform::set(platform);
    let (krate, input, option_error) = crate::krate::split(input);
    let krate = match platform {
        Platform::Twilio => krate.twilio(),
        _ => krate,
    };
    let is_fragment = matches!(input.clone().into_iter().next(), Some(proc_macro2::TokenTree::Ident(ident)) if ident == "in");
    let (tree, syntax_errors) = parse::parse_input(input);
    // Validation also resolves which table entry each name is; after a syntax error its
    // messages are left out (a half-read element would fail its counts), its resolution kept.
    let (resolved, errors) = validate::validate(&tree);
    let errors = match syntax_errors {
        Some(syntax_errors) => Err(syntax_errors),
        None => errors.into_result(),
    };
    let errors = match (option_error, errors) {
        (None, errors) => errors,
        (Some(error), Ok(())) => Err(error),
        (Some(mut error), Err(more)) => {
            error.combine(more);
            Err(error)
        }
    };
    match (errors, resolved) {
        (Ok(()), Some(resolved)) => generate::generate(&tree, &resolved, &krate),
        (Err(error), resolved) => fallback::expand(
            error.to_compile_error(),
            tree,
            resolved,
            is_fragment,
            &krate,
        ),
        (Ok(()), None) => fallback::expand(TokenStream::new(), tree, None, is_fragment, &krate),
    }
}
