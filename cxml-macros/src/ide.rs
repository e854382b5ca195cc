//! What the expansion names at the user's tokens for the editor: hover, go-to-definition and
//! completion inside `cxml!` come from these statements (`let _ = path;`), which rust-analyzer
//! maps back to the tokens they carry the spans of.
//!
//! For the compiler they name the documented items of `cxml::reference` for every element and
//! attribute that resolved (a deprecated element's reference also raises its warning). Under
//! rust-analyzer they name every element and attribute as written, resolved or not, at the
//! place where completion lists its siblings: `__children::voice_Response::Re` among what a
//! `<Response>` may hold, `voice::Gather::numD` among `<Gather>`'s attributes. A name that does
//! not resolve would be a second error for the compiler, so only the editor gets those. The
//! statements come first in every expansion, correct or not, and depend only on the names, so
//! the expansion of the input being typed and of the input with rust-analyzer's completion
//! marker line up token for token, as its completion needs.

use cxml_schema::ElementId;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote_spanned;

use crate::ast::*;
use crate::krate::Krate;
use crate::names::{
    attribute_const, children_module, ident, marker_path, value_words, values_module,
};
use crate::validate::Resolved;

/// Whether this expansion is for rust-analyzer: its proc-macro server runs with this variable
/// set (it refuses to start without it).
fn for_rust_analyzer() -> bool {
    std::env::var_os("RUST_ANALYZER_INTERNALS_DO_NOT_USE").is_some()
}

/// The reference statements for the whole input, in document order.
pub fn references(input: &Input, resolved: Option<&Resolved>, krate: &Krate) -> TokenStream {
    references_for(input, resolved, for_rust_analyzer(), krate)
}

/// The statements as the compiler's expansion has them, or (`editor`) as rust-analyzer's.
pub fn references_for(
    input: &Input,
    resolved: Option<&Resolved>,
    editor: bool,
    krate: &Krate,
) -> TokenStream {
    let mut references = References {
        out: TokenStream::new(),
        editor,
        krate: krate.clone(),
    };
    match input {
        Input::Document(nodes) => references.children(Parent::Root, nodes),
        Input::Fragment { nodes, .. } => {
            let parent = match resolved {
                Some(Resolved::Fragment { parent }) => Parent::Element(*parent),
                _ => Parent::Unknown,
            };
            references.children(parent, nodes);
        }
    }
    references.out
}

#[derive(Clone, Copy)]
enum Parent {
    /// The document's own elements.
    Root,
    Element(ElementId),
    /// Inside an element that did not resolve: nothing to list.
    Unknown,
}

struct References {
    out: TokenStream,
    editor: bool,
    krate: Krate,
}

impl References {
    fn children(&mut self, parent: Parent, nodes: &[Node]) {
        Node::for_each_child(nodes, &mut |node| {
            if let Node::Element(element) = node {
                self.element(parent, element);
            }
        });
    }

    fn element(&mut self, parent: Parent, element: &Element) {
        let span = element.name.spans[element.name.spans.len() - 1];
        let single = element.name.spans.len() == 1;
        let siblings = match parent {
            Parent::Root => Some(None),
            Parent::Element(parent) => Some(Some(parent.spec())),
            Parent::Unknown => None,
        };
        match (self.editor && single, siblings, element.id.get()) {
            (true, Some(siblings), _) => {
                let module = Ident::new(&children_module(siblings), Span::call_site());
                let name = ident(&element.name.text, span);
                let krate = self.krate.at(span);
                self.out.extend(quote_spanned!(span=>
                    let _ = #krate::reference::__children::#module::#name;
                ));
            }
            (_, _, Some(id)) => {
                let path = marker_path(id, span, &self.krate);
                self.out.extend(quote_spanned!(span=> let _ = #path;));
            }
            _ => {}
        }
        if let Some(id) = element.id.get() {
            for arg in &element.args {
                if let Arg::Attribute(attribute) = arg
                    && (attribute.index.get().is_some() || self.editor)
                {
                    self.attribute(id, attribute);
                }
            }
        }
        let parent = element.id.get().map_or(Parent::Unknown, Parent::Element);
        self.children(parent, &element.children);
    }

    fn attribute(&mut self, id: ElementId, attribute: &Attribute) {
        let span = attribute.name.spans[attribute.name.spans.len() - 1];
        let constant = attribute_const(&attribute.name.text, span);
        let path = marker_path(id, Span::call_site(), &self.krate);
        // The element's own name already warns when it is deprecated: once is enough.
        self.out
            .extend(quote_spanned!(span=> #[allow(deprecated)] let _ = #path::#constant;));
        // A bare word being typed, among the words the attribute takes.
        if let (true, Some(index), Value::Literal(word)) =
            (self.editor, attribute.index.get(), &attribute.value)
            && word.kind == LiteralKind::Word
            && word
                .text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            let element = id.spec();
            let spec = &element.attributes[index];
            if !value_words(spec).is_empty() {
                let module = Ident::new(&values_module(element, spec.name), Span::call_site());
                let word = ident(&word.text, word.span);
                let krate = self.krate.at(word.span());
                self.out.extend(quote_spanned!(word.span()=>
                    let _ = #krate::reference::__values::#module::#word;
                ));
            }
        }
    }
}
