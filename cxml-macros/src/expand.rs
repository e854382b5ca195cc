//! The macro's front end as a plain function over `proc_macro2` tokens, so tests (and fuzzing)
//! can drive it without a compiler.

use proc_macro2::TokenStream;

use crate::{generate, parse, validate};

/// Parses and checks `input`; returns the checked tree or every error found.
#[cfg(test)]
pub fn check(input: TokenStream) -> Result<(crate::ast::Input, validate::Resolved), syn::Error> {
    let tree = parse::parse_input(input)?;
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

/// The whole expansion: generated code, or the errors plus a value of the right type.
pub fn expand(input: TokenStream) -> TokenStream {
    let is_fragment = matches!(input.clone().into_iter().next(), Some(proc_macro2::TokenTree::Ident(ident)) if ident == "in");
    let tree = match parse::parse_input(input) {
        Ok(tree) => tree,
        Err(error) => return generate::fallback(error.to_compile_error(), None, is_fragment),
    };
    let (resolved, errors) = validate::validate(&tree);
    match (errors.into_result(), resolved) {
        (Ok(()), Some(resolved)) => generate::generate(&tree, &resolved),
        (Err(error), resolved) => {
            generate::fallback(error.to_compile_error(), resolved.as_ref(), is_fragment)
        }
        (Ok(()), None) => generate::fallback(TokenStream::new(), None, is_fragment),
    }
}
