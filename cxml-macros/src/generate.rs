//! Code generation: a [`Builder`] that writes static markup into as few string literals as
//! possible (escaped now, at compile time) and run-time values straight into one `String`.

use cxml_runtime::escape;
use cxml_runtime::schema::{self, ElementId, ValueType};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::ast::*;
use crate::format::Piece;
use crate::names::marker_path;
use crate::validate::Resolved;

/// Bytes reserved for each run-time value: a guess that fits phone numbers, names and URLs.
const SPLICE_ESTIMATE: usize = 48;
const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// The whole expansion of a checked input.
pub fn generate(input: &Input, resolved: &Resolved) -> TokenStream {
    let mut builder = Builder::new();
    match (input, resolved) {
        (Input::Document(nodes), Resolved::Document { channel }) => {
            builder.push_static(XML_DECLARATION);
            for node in nodes {
                if let Node::Element(root) = node {
                    builder.element(root);
                }
            }
            let channel = channel_tokens(*channel);
            builder.finish_document(channel)
        }
        (Input::Fragment { nodes, .. }, Resolved::Fragment { parent }) => {
            builder.fragment(*parent, nodes)
        }
        _ => quote!(::core::unreachable!()),
    }
}

/// What the macro expands to when the input has errors: the errors, and a value of the right
/// type so that the surrounding code gets no follow-on errors.
pub fn fallback(
    errors: TokenStream,
    resolved: Option<&Resolved>,
    is_fragment: bool,
) -> TokenStream {
    let value = match resolved {
        Some(Resolved::Fragment { parent }) => {
            let marker = marker_path(*parent, Span::call_site());
            quote!(::cxml::__private::Out::with_capacity(0).finish_fragment::<#marker>(::cxml::__private::ChildCounts::new()))
        }
        _ if is_fragment => {
            quote!(
                ::cxml::__private::Out::with_capacity(0)
                    .finish_fragment(::cxml::__private::ChildCounts::new())
            )
        }
        _ => quote!(::cxml::__private::Rendered::from_static(
            "",
            ::cxml::Channel::Voice
        )),
    };
    quote!({ #errors #value })
}

fn channel_tokens(channel: schema::Channel) -> TokenStream {
    match channel {
        schema::Channel::Voice => quote!(::cxml::Channel::Voice),
        schema::Channel::Messaging => quote!(::cxml::Channel::Messaging),
        schema::Channel::Fax => quote!(::cxml::Channel::Fax),
    }
}

struct Builder {
    out: Ident,
    pending: String,
    statements: TokenStream,
    /// References to documented items at the user's spans, for hover and go-to-definition; a
    /// deprecated element's reference also raises its deprecation warning.
    ide: TokenStream,
    /// Every static piece in order: the whole document when nothing is dynamic.
    all_static: String,
    estimate: usize,
    dynamic: bool,
    next_counter: usize,
    /// Counters whose element counts its children at run time.
    counting: Vec<Ident>,
    /// For each element being generated: whether its splices may only be fragments, because
    /// it takes text or children, and children are written.
    fragments_only: Vec<bool>,
    /// Loop iterators made before the buffer, so that its one allocation can hold every item.
    hoisted: TokenStream,
    /// Run-time additions to `estimate`: `items × body` for each hoisted loop.
    loop_reserve: TokenStream,
    /// Inside a branch or loop body: a loop here may not run, or run many times.
    block_depth: usize,
    /// A user expression that may have effects (a call, a macro, …) comes earlier in the document.
    effects_seen: bool,
    /// Every identifier in the user expressions so far: a loop that moves one of them stays put.
    idents_seen: Vec<String>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            out: Ident::new("__cxml_out", Span::mixed_site()),
            pending: String::new(),
            statements: TokenStream::new(),
            ide: TokenStream::new(),
            all_static: String::new(),
            estimate: 0,
            dynamic: false,
            next_counter: 0,
            counting: Vec::new(),
            fragments_only: Vec::new(),
            hoisted: TokenStream::new(),
            loop_reserve: TokenStream::new(),
            block_depth: 0,
            effects_seen: false,
            idents_seen: Vec::new(),
        }
    }

    fn push_static(&mut self, markup: &str) {
        self.estimate += markup.len();
        self.pending.push_str(markup);
        self.all_static.push_str(markup);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let out = &self.out;
            let markup = std::mem::take(&mut self.pending);
            self.statements.extend(quote!(#out.push(#markup);));
        }
    }

    fn push_statement(&mut self, statement: TokenStream) {
        self.flush();
        self.dynamic = true;
        self.statements.extend(statement);
    }

    /// Generates `nodes` into their own statement list (a branch or loop body).
    fn block(
        &mut self,
        parent: ElementId,
        nodes: &[Node],
        counter: Option<&Ident>,
    ) -> (TokenStream, usize) {
        self.flush();
        let outer = std::mem::take(&mut self.statements);
        let before = self.estimate;
        self.block_depth += 1;
        self.children(parent, nodes, counter);
        self.block_depth -= 1;
        self.flush();
        let body = std::mem::replace(&mut self.statements, outer);
        let body_estimate = self.estimate - before;
        (body, body_estimate)
    }

    fn new_counter(&mut self) -> Ident {
        self.next_counter += 1;
        Ident::new(
            &format!("__cxml_counts_{}", self.next_counter),
            Span::mixed_site(),
        )
    }

    fn finish_document(mut self, channel: TokenStream) -> TokenStream {
        self.flush();
        let prelude = self.prelude();
        if !self.dynamic {
            // The whole document was known at compile time: one literal, no allocation.
            let markup = &self.all_static;
            return quote!({
                #prelude
                ::cxml::__private::Rendered::from_static(#markup, #channel)
            });
        }
        let out = &self.out;
        let statements = &self.statements;
        let (hoisted, capacity) = self.capacity();
        quote!({
            #prelude
            #hoisted
            let mut #out = ::cxml::__private::Out::with_capacity(#capacity);
            #statements
            #out.finish(#channel)
        })
    }

    /// The hoisted loop iterators, and the buffer's capacity: the static estimate plus, for each
    /// hoisted loop, its lower size hint times its body's estimate.
    fn capacity(&self) -> (&TokenStream, TokenStream) {
        let estimate = self.estimate;
        let reserve = &self.loop_reserve;
        (&self.hoisted, quote!(#estimate #reserve))
    }

    /// The statements before the document's code: the IDE references and the splice traits.
    fn prelude(&self) -> TokenStream {
        let ide = &self.ide;
        // The splice traits, imported once: method lookup among them picks the writer.
        let traits = if self.dynamic {
            quote!(
                #[allow(unused_imports)]
                use ::cxml::__private::{
                    AttrAsStr as _, AttrDisplay as _, AttrStr as _, PartAsStr as _,
                    PartDisplay as _, SpliceDisplay as _, SpliceFragment as _, SpliceStr as _,
                };
            )
        } else {
            quote!()
        };
        quote!(#ide #traits)
    }

    /// Records that a user expression runs here, in document order.
    fn note_expr(&mut self, tokens: &TokenStream) {
        self.effects_seen |= !is_pure_place(tokens.clone());
        collect_idents(tokens.clone(), &mut self.idents_seen);
    }

    /// Whether the loop over `iterable` may be made before the buffer (see `Node::For`).
    fn may_hoist(&self, iterable: &TokenStream) -> bool {
        let borrows = matches!(iterable.clone().into_iter().next(),
            Some(proc_macro2::TokenTree::Punct(punct)) if punct.as_char() == '&');
        let mut idents = Vec::new();
        collect_idents(iterable.clone(), &mut idents);
        self.block_depth == 0
            && !self.effects_seen
            && is_pure_place(iterable.clone())
            && (borrows || !idents.iter().any(|ident| self.idents_seen.contains(ident)))
    }

    fn fragment(mut self, parent: ElementId, nodes: &[Node]) -> TokenStream {
        let counter = self.new_counter();
        self.counting.push(counter.clone());
        self.children(parent, nodes, Some(&counter));
        self.flush();
        let prelude = self.prelude();
        let out = &self.out;
        let statements = &self.statements;
        let (hoisted, capacity) = self.capacity();
        let marker = marker_path(parent, Span::call_site());
        quote!({
            #prelude
            #hoisted
            let mut #out = ::cxml::__private::Out::with_capacity(#capacity);
            #[allow(unused_mut)]
            let mut #counter = ::cxml::__private::ChildCounts::new();
            #statements
            #out.finish_fragment::<#marker>(#counter)
        })
    }

    fn element(&mut self, element: &Element) {
        let Some(id) = element.id.get() else { return };
        let spec = id.spec();
        self.ide_element(element, id);

        self.push_static("<");
        self.push_static(spec.name);
        let mut text: Option<&Value> = None;
        for arg in &element.args {
            match arg {
                Arg::Attribute(attribute) => self.attribute(id, attribute),
                Arg::Text(value) => text = Some(value),
            }
        }
        if text.is_none() && element.children.is_empty() {
            self.push_static("/>");
            return;
        }
        self.push_static(">");
        match text {
            Some(Value::Literal(literal)) => self.push_static(&escape::text(&literal.text)),
            Some(Value::Expr(splice)) => self.text_splice(id, splice, None, true),
            None => {}
        }
        if !element.children.is_empty() {
            let counter = self.new_counter();
            let declared = element.counts_at_run_time.get();
            if declared {
                let counter_init = quote!(
                    #[allow(unused_mut)]
                    let mut #counter = ::cxml::__private::ChildCounts::new();
                );
                self.push_statement(counter_init);
            }
            if element.counts_at_run_time.get() {
                self.counting.push(counter.clone());
            }
            let mut has_elements = false;
            Node::for_each_child(&element.children, &mut |node| {
                has_elements |= matches!(node, Node::Element(_));
            });
            self.fragments_only
                .push(spec.text_or_children && has_elements);
            self.children(id, &element.children, declared.then_some(&counter));
            self.fragments_only.pop();
            if element.counts_at_run_time.get() {
                let out = &self.out;
                let index = id.index();
                self.push_statement(quote!(
                    #out.check_counts(::cxml::__private::IDS[#index], &#counter);
                ));
            }
        }
        self.push_static("</");
        self.push_static(spec.name);
        self.push_static(">");
    }

    fn ide_element(&mut self, element: &Element, id: ElementId) {
        let span = element.name.spans[element.name.spans.len() - 1];
        let path = marker_path(id, span);
        self.ide.extend(quote_spanned!(span=> let _ = #path;));
        for arg in &element.args {
            if let Arg::Attribute(attribute) = arg
                && attribute.index.get().is_some()
            {
                let span = attribute.name.spans[attribute.name.spans.len() - 1];
                let constant = crate::names::attribute_const(&attribute.name.text, span);
                let path = marker_path(id, Span::call_site());
                // The element's own name already warns when it is deprecated: once is enough.
                self.ide
                    .extend(quote_spanned!(span=> #[allow(deprecated)] let _ = #path::#constant;));
            }
        }
    }

    fn attribute(&mut self, id: ElementId, attribute: &Attribute) {
        let Some(index) = attribute.index.get() else {
            return;
        };
        let spec = &id.spec().attributes[index];
        match &attribute.value {
            Value::Literal(literal) => {
                self.push_static(" ");
                self.push_static(spec.name);
                self.push_static("=\"");
                self.push_static(&escape::attribute(&literal.text));
                self.push_static("\"");
            }
            Value::Expr(splice) => {
                self.note_expr(&splice.tokens);
                let prefix = format!(" {}=\"", spec.name);
                let out = self.out.clone();
                let expr = &splice.tokens;
                let span = splice.span;
                let element_index = id.index();
                let at = quote!(::cxml::__private::AttrRef { element: ::cxml::__private::IDS[#element_index], attribute: #index });
                let statement = match spec.ty {
                    ValueType::Enum(enumeration) => {
                        let ty = Ident::new(enumeration.rust_name, span);
                        quote_spanned!(span=> ::cxml::__private::attr_enum::<::cxml::values::#ty, _>(&mut #out, #prefix, #expr);)
                    }
                    ValueType::Boolean => {
                        quote_spanned!(span=> ::cxml::__private::attr_bool(&mut #out, #prefix, #expr);)
                    }
                    ValueType::Integer => {
                        quote_spanned!(span=> ::cxml::__private::attr_integer(&mut #out, #prefix, #expr, #at);)
                    }
                    ValueType::Decimal => {
                        quote_spanned!(span=> ::cxml::__private::attr_decimal(&mut #out, #prefix, #expr, #at);)
                    }
                    ValueType::String { .. }
                    | ValueType::Url
                    | ValueType::List { .. }
                    | ValueType::BooleanOrString
                        if self.formatted_attribute(&prefix, &splice.tokens) =>
                    {
                        return;
                    }
                    // Text-like types, and any type the table gains: written through `Display`.
                    _ => quote_spanned!(span=>
                        (&&::cxml::__private::Splice(&(#expr))).write_attr(&mut #out, #prefix);
                    ),
                };
                self.estimate += prefix.len() + SPLICE_ESTIMATE;
                self.push_statement(statement);
            }
        }
    }

    /// Writes `format_args!(…)` as static pieces and plain splices; false when it is not one.
    fn formatted_attribute(&mut self, prefix: &str, expr: &TokenStream) -> bool {
        let Some(pieces) = crate::format::pieces(expr) else {
            return false;
        };
        self.push_static(prefix);
        for piece in pieces {
            match piece {
                Piece::Static(text) => self.push_static(&escape::attribute(&text)),
                Piece::Argument(argument) => {
                    let out = &self.out;
                    self.estimate += SPLICE_ESTIMATE;
                    self.push_statement(quote!(
                        (&&::cxml::__private::Splice(&(#argument))).write_attribute_part(&mut #out);
                    ));
                }
            }
        }
        self.push_static("\"");
        true
    }

    /// Text from `format_args!(…)`: static pieces and plain splices; false when it is not one.
    fn formatted_text(&mut self, expr: &TokenStream) -> bool {
        let Some(pieces) = crate::format::pieces(expr) else {
            return false;
        };
        for piece in pieces {
            match piece {
                Piece::Static(text) => self.push_static(&escape::text(&text)),
                Piece::Argument(argument) => {
                    let out = &self.out;
                    self.estimate += SPLICE_ESTIMATE;
                    self.push_statement(quote!(
                        (&&::cxml::__private::Splice(&(#argument))).write_text_part(&mut #out);
                    ));
                }
            }
        }
        true
    }

    /// A `{expr}` among `parent`'s content; `positional` when it is the element's own text argument.
    fn text_splice(
        &mut self,
        parent: ElementId,
        splice: &Splice,
        counter: Option<&Ident>,
        positional: bool,
    ) {
        self.note_expr(&splice.tokens);
        let out = self.out.clone();
        let expr = &splice.tokens;
        let span = splice.span;
        let marker = marker_path(parent, Span::call_site());
        let counter_ref = match counter {
            Some(counter) => quote!(::core::option::Option::Some(&mut #counter)),
            // Nothing counts this parent's children.
            None => quote!(::core::option::Option::None),
        };
        let fragments_only = !positional && self.fragments_only.last().copied().unwrap_or(false);
        let text_allowed = parent.spec().allows_text() && !fragments_only;
        if text_allowed && self.formatted_text(&splice.tokens) {
            return;
        }
        // The element's own text argument, or content of an element that holds no child
        // elements, can only be text: no fragment dispatch, no parent type to instantiate.
        let only_text = positional || parent.spec().children.is_empty();
        let statement = if text_allowed && only_text {
            quote_spanned!(span=> (&&::cxml::__private::Splice(&(#expr))).write_text_part(&mut #out);)
        } else if text_allowed {
            // The parent is named with a turbofish, not only inferred from the argument: else a
            // fragment for another parent reads as a type mismatch instead of `SameParent`'s message.
            quote_spanned!(span=> (&&::cxml::__private::Splice(&(#expr))).splice_child::<#marker>(&mut #out, #counter_ref, ::cxml::__private::Parent::<#marker>::NEW);)
        } else {
            quote_spanned!(span=> ::cxml::__private::splice_fragment::<#marker, _>(&mut #out, #counter_ref, &(#expr));)
        };
        self.estimate += SPLICE_ESTIMATE;
        self.push_statement(statement);
    }

    fn children(&mut self, parent: ElementId, nodes: &[Node], counter: Option<&Ident>) {
        for node in nodes {
            match node {
                Node::Element(child) => {
                    if let (Some(child_id), Some(counter)) = (child.id.get(), counter)
                        && self.counting.contains(counter)
                    {
                        let index = child_id.index();
                        self.push_statement(
                            quote!(#counter.add(::cxml::__private::IDS[#index], 1);),
                        );
                    }
                    self.element(child);
                }
                Node::Text(text) => self.push_static(&escape::text(&text.value)),
                Node::Splice(splice) => self.text_splice(parent, splice, counter, false),
                Node::Raw(raw) => match &raw.value {
                    Value::Literal(literal) => self.push_static(&literal.text),
                    Value::Expr(splice) => {
                        self.note_expr(&splice.tokens);
                        let out = &self.out;
                        let expr = &splice.tokens;
                        let statement = quote_spanned!(splice.span=> ::cxml::__private::push_unchecked_raw(&mut #out, &(#expr)););
                        self.estimate += SPLICE_ESTIMATE;
                        self.push_statement(statement);
                    }
                },
                Node::If(branch) => {
                    let statement = self.if_statement(parent, branch, counter);
                    self.push_statement(statement);
                }
                Node::For(each) => {
                    // A loop that surely runs once, over a plain place (`&items`, `self.list`),
                    // after nothing but plain places, gets its iterator made before the buffer:
                    // no user code is reordered, and the one allocation has room for every item.
                    // A loop that moves a value named earlier is left where it is.
                    let hoist = self.may_hoist(&each.iterable);
                    self.note_expr(&each.iterable);
                    let (body, body_estimate) = self.block(parent, &each.body.nodes, counter);
                    let pattern = &each.pattern;
                    let iterable = &each.iterable;
                    let out = &self.out;
                    if hoist {
                        self.next_counter += 1;
                        let iter = Ident::new(
                            &format!("__cxml_iter_{}", self.next_counter),
                            Span::mixed_site(),
                        );
                        self.hoisted.extend(quote!(
                            let #iter = ::core::iter::IntoIterator::into_iter(#iterable);
                        ));
                        self.loop_reserve.extend(quote!(
                            + ::core::iter::Iterator::size_hint(&#iter).0.saturating_mul(#body_estimate)
                        ));
                        self.push_statement(quote!(for #pattern in #iter { #body }));
                    } else {
                        let iter = Ident::new("__cxml_iter", Span::mixed_site());
                        self.push_statement(quote!({
                            let #iter = ::core::iter::IntoIterator::into_iter(#iterable);
                            #out.reserve_loop(::core::iter::Iterator::size_hint(&#iter).0, #body_estimate);
                            for #pattern in #iter { #body }
                        }));
                    }
                }
                Node::Match(choice) => {
                    self.note_expr(&choice.scrutinee);
                    let mut arms = TokenStream::new();
                    for arm in &choice.arms {
                        let (body, _) = self.block(parent, &arm.body.nodes, counter);
                        let (pattern, arrow) = (&arm.pattern, &arm.arrow);
                        arms.extend(quote!(#pattern #arrow { #body }));
                    }
                    let scrutinee = &choice.scrutinee;
                    let brace = choice.brace_span;
                    self.push_statement(quote_spanned!(brace=> match #scrutinee { #arms }));
                }
            }
        }
    }

    fn if_statement(
        &mut self,
        parent: ElementId,
        branch: &If,
        counter: Option<&Ident>,
    ) -> TokenStream {
        self.note_expr(&branch.condition);
        let (then, _) = self.block(parent, &branch.then.nodes, counter);
        let condition = &branch.condition;
        let otherwise = match &branch.otherwise {
            None => quote!(),
            Some(Else::Block(block)) => {
                let (body, _) = self.block(parent, &block.nodes, counter);
                quote!(else { #body })
            }
            Some(Else::If(next)) => {
                let next = self.if_statement(parent, next, counter);
                quote!(else #next)
            }
        };
        quote!(if #condition { #then } #otherwise)
    }
}

/// Whether `tokens` only name a place or a constant (`items`, `&self.list`, `config.0`, `0..10`):
/// no call, macro, index, block or `mut`, so evaluating it earlier cannot be observed.
fn is_pure_place(tokens: TokenStream) -> bool {
    use proc_macro2::{Delimiter, TokenTree};
    let mut any = false;
    for (position, token) in tokens.into_iter().enumerate() {
        any = true;
        let pure = match &token {
            TokenTree::Ident(ident) => ident != "mut",
            TokenTree::Literal(_) => true,
            TokenTree::Punct(punct) => {
                matches!(punct.as_char(), '.' | ':') || (punct.as_char() == '&' && position == 0)
            }
            // A `$expr` passed through `macro_rules!` arrives wrapped in an invisible group.
            TokenTree::Group(group) => {
                group.delimiter() == Delimiter::None && is_pure_place(group.stream())
            }
        };
        if !pure {
            return false;
        }
    }
    any
}

fn collect_idents(tokens: TokenStream, into: &mut Vec<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => into.push(ident.to_string()),
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), into),
            _ => {}
        }
    }
}
