//! The expansion of an input with errors: the errors, then as much of the real expansion as
//! the input allows, so that the rest of the build behaves as if the document were right.
//!
//! Every `{expr}` splice is still type-checked, in place where its element and attribute are
//! known (a wrong type shows in the same build as the document's errors) and on its own where
//! they are not; `cxml!` calls inside splices are expanded with it, so their errors show too.
//! The value has the type of a correct expansion, so the surrounding code gets no follow-on
//! errors.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::ast::*;
use crate::generate;
use crate::krate::Krate;
use crate::validate::Resolved;

pub fn expand(
    errors: TokenStream,
    mut input: Input,
    resolved: Option<Resolved>,
    is_fragment: bool,
    krate: &Krate,
) -> TokenStream {
    // The editor's references come first, as in a correct expansion (see `crate::ide`).
    let references = crate::ide::references(&input, resolved.as_ref(), krate);
    let mut loose = Loose::default();
    match &resolved {
        // The generator writes what resolved and skips the rest; splices it would mistype
        // (text where the element takes none) are taken out first and checked on their own.
        Some(resolved) => {
            match &mut input {
                Input::Document(nodes) => {
                    // Only root elements are written: a splice beside them is checked alone.
                    for node in nodes.iter() {
                        if let Node::Splice(splice) = node {
                            loose.check(splice);
                        }
                    }
                    loose.nodes(nodes)
                }
                Input::Fragment { nodes, .. } => loose.nodes(nodes),
            }
            let checks = loose.checks;
            generate::generate_after(&input, resolved, quote!(#references #errors #checks), krate)
        }
        None => {
            match &input {
                Input::Document(nodes) | Input::Fragment { nodes, .. } => loose.unresolved(nodes),
            }
            let checks = loose.checks;
            let value = empty_value(is_fragment, krate);
            quote!({ #references #errors #checks #value })
        }
    }
}

/// A value of the type the call would have, for inputs whose parent or root is unknown.
fn empty_value(is_fragment: bool, krate: &Krate) -> TokenStream {
    if is_fragment {
        quote!(
            #krate::__private::Out::with_capacity(0)
                .finish_fragment(#krate::__private::ChildCounts::new())
        )
    } else {
        quote!(#krate::__private::Rendered::from_static(
            "",
            #krate::Channel::Voice
        ))
    }
}

/// Splices checked on their own: the expression alone, borrowed in a closure never called, so
/// nothing is moved or run.
#[derive(Default)]
struct Loose {
    checks: TokenStream,
    /// Inside `if`/`for`/`match`: names bound there are unknown outside, so such splices are
    /// left to the generator or not checked.
    control_flow: usize,
}

impl Loose {
    fn check(&mut self, splice: &Splice) {
        if self.control_flow > 0 {
            return;
        }
        let tokens = &splice.tokens;
        self.checks
            .extend(quote_spanned!(splice.span=> let _ = || { let _ = &(#tokens); };));
    }

    fn check_value(&mut self, value: &Value) {
        if let Value::Expr(splice) = value {
            self.check(splice);
        }
    }

    /// Walks a resolved list: takes out what the generator would mistype, checks what it skips.
    fn nodes(&mut self, nodes: &mut [Node]) {
        for node in nodes.iter_mut() {
            match node {
                Node::Element(element) => self.element(element),
                Node::If(branch) => {
                    self.control_flow += 1;
                    let mut next = Some(branch);
                    while let Some(branch) = next {
                        self.nodes(&mut branch.then.nodes);
                        next = match &mut branch.otherwise {
                            Some(Else::If(inner)) => Some(inner),
                            Some(Else::Block(block)) => {
                                self.nodes(&mut block.nodes);
                                None
                            }
                            None => None,
                        };
                    }
                    self.control_flow -= 1;
                }
                Node::For(each) => {
                    self.control_flow += 1;
                    self.nodes(&mut each.body.nodes);
                    self.control_flow -= 1;
                }
                Node::Match(choice) => {
                    self.control_flow += 1;
                    for arm in &mut choice.arms {
                        self.nodes(&mut arm.body.nodes);
                    }
                    self.control_flow -= 1;
                }
                Node::Text(_) | Node::Splice(_) | Node::Raw(_) => {}
            }
        }
    }

    fn element(&mut self, element: &mut Element) {
        let Some(id) = element.id.get() else {
            self.unresolved_element(element);
            return;
        };
        let spec = id.spec();
        let takes_text = spec.allows_text();
        let mut kept = Vec::with_capacity(element.args.len());
        for arg in std::mem::take(&mut element.args) {
            match arg {
                Arg::Attribute(attribute) if attribute.index.get().is_none() => {
                    self.check_value(&attribute.value)
                }
                Arg::Text(value) if !takes_text => self.check_value(&value),
                arg => kept.push(arg),
            }
        }
        element.args = kept;
        // Content of an element that holds neither text nor elements.
        if !takes_text && spec.children.is_empty() {
            element.children.retain(|node| match node {
                Node::Splice(splice) => {
                    self.check(splice);
                    false
                }
                _ => true,
            });
        }
        self.nodes(&mut element.children);
    }

    /// Checks every splice of a list the generator will not write.
    fn unresolved(&mut self, nodes: &[Node]) {
        for node in nodes {
            match node {
                Node::Element(element) => self.unresolved_element(element),
                Node::Splice(splice) => self.check(splice),
                Node::Raw(raw) => self.check_value(&raw.value),
                Node::If(_) | Node::For(_) | Node::Match(_) | Node::Text(_) => {}
            }
        }
    }

    fn unresolved_element(&mut self, element: &Element) {
        for arg in &element.args {
            match arg {
                Arg::Attribute(attribute) => self.check_value(&attribute.value),
                Arg::Text(value) => self.check_value(value),
            }
        }
        self.unresolved(&element.children);
    }
}
