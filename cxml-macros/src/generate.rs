//! Code generation: a [`Builder`] that writes static markup into as few string literals as
//! possible (escaped now, at compile time) and run-time values straight into one `String`.

use cxml_schema::escape;
use cxml_schema::{self as schema, ElementId, ValueType};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::ast::*;
use crate::format::{Formatted, Piece};
use crate::krate::Krate;
use crate::names::marker_path;
use crate::validate::Resolved;

/// Bytes reserved for each run-time value on a call site's first render, before it has learned
/// its size: a guess that fits phone numbers, names and URLs.
const SPLICE_ESTIMATE: usize = 48;
const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// The whole expansion of a checked input, with `krate` as the path to the `cxml` crate.
pub fn generate(input: &Input, resolved: &Resolved, krate: &Krate) -> TokenStream {
    generate_after(
        input,
        resolved,
        crate::ide::references(input, Some(resolved), krate),
        krate,
    )
}

/// The expansion of `input`, with `first` as its first statements (the editor's references
/// come first in every expansion, see [`crate::ide`]).
pub fn generate_after(
    input: &Input,
    resolved: &Resolved,
    first: TokenStream,
    krate: &Krate,
) -> TokenStream {
    let mut builder = Builder::new(krate.clone());
    builder.ide = first;
    match (input, resolved) {
        (Input::Document(nodes), Resolved::Document { channel }) => {
            builder.push_static(XML_DECLARATION);
            for node in nodes {
                if let Node::Element(root) = node {
                    builder.element(root);
                }
            }
            let channel = channel_tokens(*channel, krate);
            builder.finish_document(channel)
        }
        (Input::Fragment { nodes, .. }, Resolved::Fragment { parent }) => {
            builder.fragment(*parent, nodes)
        }
        _ => quote!(::core::unreachable!()),
    }
}

fn channel_tokens(channel: schema::Channel, krate: &Krate) -> TokenStream {
    match channel {
        schema::Channel::Voice => quote!(#krate::Channel::Voice),
        schema::Channel::Messaging => quote!(#krate::Channel::Messaging),
        schema::Channel::Fax => quote!(#krate::Channel::Fax),
    }
}

struct Builder {
    /// The path to the `cxml` crate (`::cxml`, or what `crate = path;` says).
    krate: Krate,
    /// `#krate::__private`, where generated code finds what it calls.
    private: TokenStream,
    out: Ident,
    pending: String,
    statements: TokenStream,
    /// The first statements: references to documented items at the user's spans (see
    /// [`crate::ide`]), and in an expansion with errors the errors.
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
    /// Bytes of static markup pushed so far (to place marks and checks by offsets).
    static_len: usize,
    /// The check of a run-time attribute value, held back until the start tag's static markup
    /// after it is written (so that it is pushed in one piece with the markup before it).
    deferred_check: Option<DeferredCheck>,
    /// The element's identifiers spliced as values (its text, its attributes' `format_args!`
    /// and `CallbackUrl` chains), each formatted at the element's start when it is an integer:
    /// the name, and the local holding its digits (`Option<Prepared>`).
    ready: Vec<(String, Ident)>,
}

/// A run-time attribute's check, written once the markup after the value is known.
struct DeferredCheck {
    /// `out.check_…`.
    method: TokenStream,
    /// Its arguments but the last, which tells how many bytes follow the value's `"`.
    arguments: TokenStream,
    /// [`Builder::static_len`] just after the value's closing `"`.
    end: usize,
}

impl Builder {
    fn new(krate: Krate) -> Self {
        let private = quote!(#krate::__private);
        Builder {
            krate,
            private,
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
            static_len: 0,
            deferred_check: None,
            ready: Vec::new(),
        }
    }

    /// `#krate::__private` located at `span` (see [`Krate::at`]).
    fn private_at(&self, span: Span) -> TokenStream {
        let krate = self.krate.at(span);
        quote_spanned!(span=> #krate::__private)
    }

    fn push_static(&mut self, markup: &str) {
        self.estimate += markup.len();
        self.static_len += markup.len();
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
        // A held-back check goes first: only static markup has been pushed since its value.
        if let Some(DeferredCheck {
            method,
            arguments,
            end,
        }) = self.deferred_check.take()
        {
            let trailing = self.static_len - end;
            self.statements
                .extend(quote!(#method(#arguments, #trailing);));
        }
        self.statements.extend(statement);
    }

    /// Writes the held-back check, if any, after the static markup pushed since its value.
    fn write_deferred_check(&mut self) {
        if self.deferred_check.is_some() {
            self.push_statement(TokenStream::new());
        }
    }

    /// Generates `nodes` into their own statement list (a branch or loop body).
    fn block(&mut self, parent: ElementId, nodes: &[Node], counter: Option<&Ident>) -> TokenStream {
        self.flush();
        let outer = std::mem::take(&mut self.statements);
        self.children(parent, nodes, counter);
        self.flush();
        std::mem::replace(&mut self.statements, outer)
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
        let private = &self.private;
        if !self.dynamic {
            // The whole document was known at compile time: one literal, no allocation.
            let markup = &self.all_static;
            return quote!({
                #prelude
                #private::Rendered::from_static(#markup, #channel)
            });
        }
        let out = &self.out;
        let statements = &self.statements;
        let buffer = self.buffer();
        quote!({
            #prelude
            #buffer
            #statements
            #out.finish(#channel)
        })
    }

    /// The buffer, sized from what this call site rendered before: user code runs only where it
    /// is written, so no value or loop length can be known before the buffer is made. The first
    /// render starts from the compile-time estimate.
    fn buffer(&self) -> TokenStream {
        let out = &self.out;
        let estimate = self.estimate;
        let private = &self.private;
        quote!(
            static __CXML_SIZE: #private::SizeHint = #private::SizeHint::new();
            let mut #out = #private::Out::sized(&__CXML_SIZE, #estimate);
        )
    }

    /// The statements before the document's code: the IDE references and the splice traits.
    fn prelude(&self) -> TokenStream {
        let ide = &self.ide;
        let private = &self.private;
        // The splice traits, imported once: method lookup among them picks the writer.
        let traits = if self.dynamic {
            quote!(
                #[allow(unused_imports)]
                use #private::{
                    AttrAsStr as _, AttrDisplay as _, AttrNotText as _, AttrPieces as _,
                    AttrStr as _, PartAsStr as _, PartDisplay as _, PartInteger as _,
                    PartNotText as _, PartPieces as _,
                    PartOption as _, ParamDisplay as _, ParamInteger as _, ParamOther as _,
                    ParamStr as _, PrepareInteger as _, PrepareOther as _, QueryKnown as _,
                    QueryOther as _, IntegerKey as _, KeyOther as _, SpliceDisplay as _, SpliceFragment as _, SpliceNotChild as _,
                    SpliceOption as _, SpliceStr as _,
                };
            )
        } else {
            quote!()
        };
        quote!(#ide #traits)
    }

    fn fragment(mut self, parent: ElementId, nodes: &[Node]) -> TokenStream {
        let counter = self.new_counter();
        self.counting.push(counter.clone());
        self.children(parent, nodes, Some(&counter));
        self.flush();
        let prelude = self.prelude();
        let out = &self.out;
        let statements = &self.statements;
        let buffer = self.buffer();
        let marker = marker_path(parent, Span::call_site(), &self.krate);
        let private = &self.private;
        quote!({
            #prelude
            #buffer
            #[allow(unused_mut)]
            let mut #counter = #private::ChildCounts::new();
            #statements
            #out.finish_fragment::<#marker>(#counter)
        })
    }

    fn element(&mut self, element: &Element) {
        let Some(id) = element.id.get() else { return };
        let spec = id.spec();
        let private = self.private.clone();

        self.ready = self.prepare_integers(id, element);
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
            self.write_deferred_check();
            return;
        }
        self.push_static(">");
        self.write_deferred_check();
        let check_text = text_known_at_run_time(element, text);
        let may_be_empty = content_known_at_run_time(element, text);
        let content_mark = (check_text || may_be_empty).then(|| self.mark_here());
        match text {
            Some(Value::Literal(literal)) => self.push_static(&escape::text(&literal.text)),
            Some(Value::Expr(splice)) => self.text_splice(id, splice, None, true),
            None => {}
        }
        self.ready.clear();
        if !element.children.is_empty() {
            let counter = self.new_counter();
            let declared = element.counts_at_run_time.get();
            if declared {
                let counter_init = quote!(
                    #[allow(unused_mut)]
                    let mut #counter = #private::ChildCounts::new();
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
                    #out.check_counts(#private::IDS[#index], &#counter);
                ));
            }
        }
        let out = self.out.clone();
        if let Some(mark) = content_mark.as_ref().filter(|_| check_text) {
            let index = id.index();
            self.push_statement(quote!(
                #out.check_text(#private::IDS[#index], #mark);
            ));
        }
        let end_tag = format!("</{}>", spec.name);
        match content_mark.filter(|_| may_be_empty) {
            Some(mark) => self.push_statement(quote!(#out.close(#mark, #end_tag);)),
            None => self.push_static(&end_tag),
        }
    }

    /// A fresh name for a mark (an offset into the output).
    fn new_mark(&mut self) -> Ident {
        self.next_counter += 1;
        Ident::new(
            &format!("__cxml_mark_{}", self.next_counter),
            Span::mixed_site(),
        )
    }

    /// Formats, at the start of `element`, each identifier its text and text-like attributes
    /// splice (alone, in a `format_args!` or as a `CallbackUrl` parameter) when it is an
    /// integer, as hand-written code formats a number once before writing it twice: its digits
    /// are ready, not still being stored, when they are copied in, and copied from where they
    /// were formatted. Each use checks that the value is still the one formatted (a splice in
    /// between may have changed it) and writes it in its turn otherwise. Reading an identifier
    /// has no effect, so reading it early changes nothing else.
    fn prepare_integers(&mut self, id: ElementId, element: &Element) -> Vec<(String, Ident)> {
        let mut names: Vec<Ident> = Vec::new();
        let mut add = |tokens: &TokenStream| {
            if let Some(ident) = single_ident(tokens)
                && !names.contains(&ident)
            {
                names.push(ident);
            }
        };
        // `alone`: whether the value itself may be one (the element's text: an attribute's
        // value alone is written by its own way, which does not look for ready digits).
        let mut add_value = |tokens: &TokenStream, alone: bool| {
            if let Some(formatted) = crate::format::pieces(tokens) {
                for piece in &formatted.pieces {
                    match piece {
                        Piece::Captured(name) => add(&quote!(#name)),
                        Piece::Argument(index) => add(&formatted.arguments[*index]),
                        Piece::Static(_) => {}
                    }
                }
            } else if let Some(chain) = crate::callback::chain(tokens) {
                for param in &chain.params {
                    add(&param.value);
                }
            } else if alone {
                add(tokens);
            }
        };
        for arg in &element.args {
            match arg {
                Arg::Text(Value::Expr(splice)) => add_value(&splice.tokens, true),
                Arg::Attribute(attribute) => {
                    let (Value::Expr(splice), Some(index)) =
                        (&attribute.value, attribute.index.get())
                    else {
                        continue;
                    };
                    if id
                        .spec()
                        .attributes
                        .get(index)
                        .is_some_and(|spec| written_as_text(&spec.ty))
                    {
                        add_value(&splice.tokens, false);
                    }
                }
                Arg::Text(Value::Literal(_)) => {}
            }
        }
        let private = self.private.clone();
        names
            .into_iter()
            .map(|name| {
                let buffer = self.new_prepared("buffer");
                let digits = self.new_prepared("digits");
                self.push_statement(quote!(
                    let mut #buffer = #private::IntegerBuffer::new();
                    let #digits = (&&&#private::Splice(&(#name))).prepare_integer(&mut #buffer);
                ));
                (name.to_string(), digits)
            })
            .collect()
    }

    /// The local holding `tokens`' digits, formatted at the element's start, when `tokens` is
    /// one of [`prepare_integers`](Self::prepare_integers)' identifiers.
    fn ready_digits(&self, tokens: &TokenStream) -> Option<Ident> {
        let name = single_ident(tokens)?.to_string();
        self.ready
            .iter()
            .find(|(ready, _)| *ready == name)
            .map(|(_, digits)| digits.clone())
    }

    /// `statement` (which writes `value`, a reference to a splice), unless `digits` holds the
    /// same integer formatted at the element's start: then those digits.
    fn or_ready(&self, digits: &Ident, value: &TokenStream, statement: TokenStream) -> TokenStream {
        let out = &self.out;
        let private = &self.private;
        quote!(
            if !#out.push_ready(#digits, (&&&#private::Splice(#value)).integer_key()) {
                #statement
            }
        )
    }

    /// A fresh name for a prepared integer's buffer or digits.
    fn new_prepared(&mut self, what: &str) -> Ident {
        self.next_counter += 1;
        Ident::new(
            &format!("__cxml_{what}_{}", self.next_counter),
            Span::mixed_site(),
        )
    }

    /// A fresh local holding the output's length now, for a check of what is written next.
    fn mark_here(&mut self) -> Ident {
        let mark = self.new_mark();
        let out = &self.out;
        self.push_statement(quote!(let #mark = #out.mark();));
        mark
    }

    fn attribute(&mut self, id: ElementId, attribute: &Attribute) {
        let Some(index) = attribute.index.get() else {
            return;
        };
        let spec = &id.spec().attributes[index];
        let (krate, private) = (self.krate.clone(), self.private.clone());
        match &attribute.value {
            Value::Literal(literal) => {
                self.push_static(" ");
                self.push_static(spec.name);
                self.push_static("=\"");
                self.push_static(&escape::attribute(&literal.text));
                self.push_static("\"");
            }
            Value::Expr(splice) => {
                let prefix = format!(" {}=\"", spec.name);
                let out = self.out.clone();
                let expr = &splice.tokens;
                let span = splice.span;
                let krate_here = krate.at(span);
                let private_here = quote_spanned!(span=> #krate_here::__private);
                let element_index = id.index();
                let at = quote!(#private::AttrRef { element: #private::IDS[#element_index], attribute: #index });
                // Text-like types, and any type the table gains, are written through `Display`.
                if written_as_text(&spec.ty) {
                    // URLs, lists and length limits can be broken by the value alone: the render
                    // checks what it wrote, as the reader would.
                    // A URL without a length limit is judged by what its escaping saw, when the
                    // static pieces of a `format_args!` need no look of their own.
                    let url = matches!(spec.ty, ValueType::Url)
                        && spec.max_length.is_none()
                        && static_pieces_plain(&splice.tokens);
                    let checked = url || checked_at_run_time(spec);
                    // The mark: where ` name="` starts, for the check of what is written.
                    let mark = checked.then(|| self.new_mark());
                    let start = self.static_len;
                    let mark_here = |builder: &mut Self| {
                        if let Some(mark) = &mark {
                            let back = builder.static_len - start;
                            let now = quote!(#out.mark());
                            let at = if back == 0 { now } else { quote!(#now - #back) };
                            builder.push_statement(quote!(let #mark = #at;));
                        }
                    };
                    match crate::format::pieces(&splice.tokens) {
                        Some(formatted) => {
                            self.push_static(&prefix);
                            self.formatted(
                                formatted,
                                escape::attribute,
                                |value, out| quote!((&&&#private::Splice::text(#value)).write_attribute_part::<#url>(&mut #out);),
                                mark_here,
                            );
                            self.push_static("\"");
                        }
                        None => match crate::callback::chain(&splice.tokens)
                            .filter(|chain| !chain.params.is_empty())
                        {
                            // ` name="` is static markup: a `CallbackUrl` is always written.
                            Some(chain) => {
                                self.push_static(&prefix);
                                mark_here(self);
                                self.estimate += SPLICE_ESTIMATE;
                                let statement = self.callback_url(chain, &prefix, url, span);
                                self.push_statement(statement);
                            }
                            None => {
                                mark_here(self);
                                self.estimate += prefix.len() + SPLICE_ESTIMATE;
                                self.push_statement(quote_spanned!(span=>
                                    (&&&#private_here::Splice::attribute(&(#expr))).write_attr::<#url>(&mut #out, #prefix);
                                ));
                            }
                        },
                    }
                    if let Some(mark) = mark {
                        let (method, arguments) = if url {
                            let prefix = prefix.len();
                            (quote!(#out.check_url), quote!(#at, #prefix, #mark))
                        } else {
                            (quote!(#out.check_attribute), quote!(#at, #mark))
                        };
                        self.deferred_check = Some(DeferredCheck {
                            method,
                            arguments,
                            end: self.static_len,
                        });
                    }
                    return;
                }
                let statement = match spec.ty {
                    ValueType::Enum(enumeration) => {
                        let ty = Ident::new(enumeration.rust_name, span);
                        quote_spanned!(span=> #private_here::attr_enum::<#krate_here::values::#ty, _>(&mut #out, #prefix, #expr);)
                    }
                    ValueType::Boolean => {
                        quote_spanned!(span=> #private_here::attr_bool(&mut #out, #prefix, #expr);)
                    }
                    ValueType::Integer => {
                        quote_spanned!(span=> #private_here::attr_integer(&mut #out, #prefix, #expr, #at);)
                    }
                    ValueType::Decimal => {
                        quote_spanned!(span=> #private_here::attr_decimal(&mut #out, #prefix, #expr, #at);)
                    }
                    // Written above.
                    _ => return,
                };
                self.estimate += prefix.len() + SPLICE_ESTIMATE;
                self.push_statement(statement);
            }
        }
    }

    /// `CallbackUrl::new(base).param("name", value)…` as an attribute's value (`prefix` is
    /// ` name="`), taken apart ([`crate::callback`]): when `new` made a `cxml::CallbackUrl`, its
    /// base, the parameters and its fragment are written straight into the document; any other
    /// type takes the expression as written. Both ways are in the expansion (one is dead code
    /// for a given type), each value in each.
    fn callback_url(
        &mut self,
        chain: crate::callback::Chain,
        prefix: &str,
        url: bool,
        span: Span,
    ) -> TokenStream {
        let out = &self.out;
        let private = &self.private;
        let private_here = self.private_at(span);
        let made = Ident::new("__cxml_url", Span::mixed_site());
        let parts = Ident::new("__cxml_parts", Span::mixed_site());
        let value = Ident::new("__cxml_value", Span::mixed_site());
        let fragment = Ident::new("__cxml_fragment", Span::mixed_site());
        let new = &chain.new;
        let buffer = Ident::new("__cxml_buffer", Span::mixed_site());
        let digits = Ident::new("__cxml_digits", Span::mixed_site());
        let ready = Ident::new("__cxml_ready", Span::mixed_site());
        let (first, rest) = chain.params.split_first().expect("a chain has a parameter");
        // The first name after each separator the URL may need: `?`, `&`, none.
        let name = crate::callback::name_markup(&first.name, true);
        let [question, ampersand] = [format!("?{name}"), format!("&amp;{name}")];
        let separator = Ident::new("__cxml_separator", Span::mixed_site());
        let first_value = &first.value;
        let mut rest_written = TokenStream::new();
        let write_value = quote!((&&&#private::ParamValue(&#value)).write_param_value(&mut #out));
        for param in rest {
            let markup = crate::callback::name_markup(&param.name, false);
            let expr = &param.value;
            let write = match self.ready_digits(expr) {
                Some(ready) => self.or_ready(&ready, &quote!(&#value), write_value.clone()),
                None => write_value.clone(),
            };
            rest_written.extend(quote!(
                #out.push(#markup);
                match #expr {
                    #value => { #write }
                }
            ));
        }
        let (prepare, write_first) = match self.ready_digits(first_value) {
            Some(ready) => (
                TokenStream::new(),
                self.or_ready(&ready, &quote!(&#value), write_value.clone()),
            ),
            None => (
                quote!(
                    let mut #buffer = #private::IntegerBuffer::new();
                    let #digits = (&&&#private::Splice(&#value)).prepare_integer(&mut #buffer);
                ),
                quote!(match #digits {
                    ::core::option::Option::Some(#ready) => #out.push_prepared(#ready),
                    ::core::option::Option::None => { #write_value }
                }),
            ),
        };
        let calls = chain.params.iter().map(|param| &param.call);
        // The first value, evaluated where `param` would evaluate it (after `new`), an integer
        // formatted at once: its digits are ready by the time the base has been written.
        let prefix_len = prefix.len();
        quote_spanned!(span=>
            match #new {
                #made => match (&&#private::QueryBuilder(&#made)).query_parts() {
                    ::core::option::Option::Some(#parts) => match #first_value {
                        #value => {
                            #prepare
                            let (#fragment, #separator) = #out.query_start::<#url>(&#parts);
                            match #separator {
                                ::core::option::Option::Some(b'?') => #out.push(#question),
                                ::core::option::Option::Some(_) => #out.push(#ampersand),
                                ::core::option::Option::None => #out.push(#name),
                            }
                            #write_first
                            #rest_written
                            #out.query_end::<#url>(#fragment);
                        }
                    },
                    // Another type: the chain as written, in place of ` name="` (not written
                    // when the value is `None`).
                    ::core::option::Option::None => {
                        #out.unwrite(#prefix_len);
                        (&&&#private_here::Splice::attribute(&(#made #(#calls)*))).write_attr::<#url>(&mut #out, #prefix);
                    }
                },
            }
        )
    }

    /// Writes a `format_args!` taken apart: its static pieces escaped by `escape`, each argument
    /// by the statement `part` makes of a reference to it. Explicit arguments are bound first, by
    /// one `match` around the pieces from the first argument to the last, so that they are
    /// evaluated once, left to right, before any is written, as `format_args!` does; `before`
    /// runs once, after the static pieces before the first argument and before any argument.
    fn formatted(
        &mut self,
        formatted: Formatted,
        escape: fn(&str) -> String,
        part: impl Fn(TokenStream, &Ident) -> TokenStream,
        before: impl FnOnce(&mut Self),
    ) {
        let Formatted { arguments, pieces } = formatted;
        let dynamic = |piece: &Piece| !matches!(piece, Piece::Static(_));
        let first = pieces.iter().position(dynamic).unwrap_or(pieces.len());
        let last = pieces
            .iter()
            .rposition(dynamic)
            .map_or(first, |last| last + 1);
        let names: Vec<Ident> = arguments
            .iter()
            .enumerate()
            .map(|(index, argument)| {
                let span = argument
                    .clone()
                    .into_iter()
                    .next()
                    .map_or_else(Span::call_site, |token| token.span());
                Ident::new(
                    &format!("__cxml_argument_{index}"),
                    Span::mixed_site().located_at(span),
                )
            })
            .collect();
        let mut pieces = pieces.into_iter();
        for piece in pieces.by_ref().take(first) {
            if let Piece::Static(text) = piece {
                self.push_static(&escape(&text));
            }
        }
        before(self);
        let bound = !arguments.is_empty();
        let outer = if bound {
            self.flush();
            Some(std::mem::take(&mut self.statements))
        } else {
            None
        };
        // Each value, and the tokens it was written as (to find it among the element's ready
        // integers).
        let middle: Vec<(Piece, TokenStream, TokenStream)> = pieces
            .by_ref()
            .take(last - first)
            .map(|piece| {
                let (value, written) = match &piece {
                    Piece::Static(_) => (TokenStream::new(), TokenStream::new()),
                    Piece::Argument(index) => {
                        let name = &names[*index];
                        (quote!(#name), arguments[*index].clone())
                    }
                    Piece::Captured(name) => (quote!(&(#name)), quote!(#name)),
                };
                (piece, value, written)
            })
            .collect();
        // Any other integer after the first value is formatted before anything is written, into
        // a buffer of its own: its digits are ready (stored, not still being written) when they
        // are copied in. Nothing runs in between that could change it (the arguments are bound
        // already; an integer has no interior mutability a `Display` could reach).
        let private = self.private.clone();
        let prepared: Vec<Option<Ident>> = middle
            .iter()
            .enumerate()
            .map(|(index, (piece, value, written))| {
                if index == 0
                    || matches!(piece, Piece::Static(_))
                    || self.ready_digits(written).is_some()
                {
                    return None;
                }
                let buffer = self.new_prepared("buffer");
                let digits = self.new_prepared("digits");
                self.push_statement(quote!(
                    let mut #buffer = #private::IntegerBuffer::new();
                    let #digits = (&&&#private::Splice::text(#value)).prepare_integer(&mut #buffer);
                ));
                Some(digits)
            })
            .collect();
        for ((piece, value, written), prepared) in middle.into_iter().zip(prepared) {
            if let Piece::Static(text) = piece {
                self.push_static(&escape(&text));
                continue;
            }
            self.estimate += SPLICE_ESTIMATE;
            let statement = part(value.clone(), &self.out);
            let statement = match (prepared, self.ready_digits(&written)) {
                (Some(digits), _) => {
                    let out = &self.out;
                    let ready = Ident::new("__cxml_ready", Span::mixed_site());
                    quote!(match #digits {
                        ::core::option::Option::Some(#ready) => #out.push_prepared(#ready),
                        ::core::option::Option::None => { #statement }
                    })
                }
                (None, Some(digits)) => self.or_ready(&digits, &value, statement),
                (None, None) => statement,
            };
            self.push_statement(statement);
        }
        if let Some(outer) = outer {
            self.flush();
            let body = std::mem::replace(&mut self.statements, outer);
            self.push_statement(quote!(
                match (#(&(#arguments),)*) { (#(#names,)*) => { #body } }
            ));
        }
        for piece in pieces {
            if let Piece::Static(text) = piece {
                self.push_static(&escape(&text));
            }
        }
    }

    /// A `{expr}` among `parent`'s content; `positional` when it is the element's own text argument.
    fn text_splice(
        &mut self,
        parent: ElementId,
        splice: &Splice,
        counter: Option<&Ident>,
        positional: bool,
    ) {
        let out = self.out.clone();
        let expr = &splice.tokens;
        let span = splice.span;
        let marker = marker_path(parent, Span::call_site(), &self.krate);
        let private = self.private.clone();
        let private_here = self.private_at(span);
        let counter_ref = match counter {
            Some(counter) => quote!(::core::option::Option::Some(&mut #counter)),
            // Nothing counts this parent's children.
            None => quote!(::core::option::Option::None),
        };
        let fragments_only = !positional && self.fragments_only.last().copied().unwrap_or(false);
        let text_allowed = parent.spec().allows_text() && !fragments_only;
        if text_allowed && let Some(formatted) = crate::format::pieces(&splice.tokens) {
            self.formatted(
                formatted,
                escape::text,
                |value, out| quote!((&&&#private::Splice::text(#value)).write_text_part(&mut #out);),
                |_| {},
            );
            return;
        }
        // The element's own text argument, or content of an element that holds no child
        // elements, can only be text: no fragment dispatch, no parent type to instantiate.
        let only_text = positional || parent.spec().children.is_empty();
        let statement = if text_allowed && only_text {
            let statement = quote_spanned!(span=> (&&&#private_here::Splice::content(&(#expr))).write_text_part(&mut #out););
            match self.ready_digits(expr) {
                Some(digits) => self.or_ready(&digits, &quote!(&(#expr)), statement),
                None => statement,
            }
        } else if text_allowed {
            // The parent is named with a turbofish, not only inferred from the argument: else a
            // fragment for another parent reads as a type mismatch instead of `SameParent`'s message.
            quote_spanned!(span=> (&&&#private_here::Splice::child::<#marker, _>(&(#expr))).splice_child::<#marker>(&mut #out, #counter_ref, #private_here::Parent::<#marker>::NEW);)
        } else {
            quote_spanned!(span=> #private_here::splice_fragment::<#marker, _>(&mut #out, #counter_ref, &(#expr));)
        };
        self.estimate += SPLICE_ESTIMATE;
        self.push_statement(statement);
    }

    fn children(&mut self, parent: ElementId, nodes: &[Node], counter: Option<&Ident>) {
        let private = self.private.clone();
        for node in nodes {
            match node {
                Node::Element(child) => {
                    if let (Some(child_id), Some(counter)) = (child.id.get(), counter)
                        && self.counting.contains(counter)
                    {
                        let index = child_id.index();
                        self.push_statement(quote!(#counter.add(#private::IDS[#index], 1);));
                    }
                    self.element(child);
                }
                Node::Text(text) => self.push_static(&escape::text(&text.value)),
                Node::Splice(splice) => self.text_splice(parent, splice, counter, false),
                Node::Raw(raw) => match &raw.value {
                    Value::Literal(literal) => self.push_static(&literal.text),
                    Value::Expr(splice) => {
                        let out = &self.out;
                        let expr = &splice.tokens;
                        let private_here = self.private_at(splice.span);
                        let statement = quote_spanned!(splice.span=> #private_here::push_unchecked_raw(&mut #out, &(#expr)););
                        self.estimate += SPLICE_ESTIMATE;
                        self.push_statement(statement);
                    }
                },
                Node::If(branch) => {
                    let statement = self.if_statement(parent, branch, counter);
                    self.push_statement(statement);
                }
                Node::For(each) => {
                    // The loop stays where it is written; the buffer's size comes from earlier
                    // renders of this call site, not from the iterator (see `buffer`).
                    let body = self.block(parent, &each.body.nodes, counter);
                    let pattern = &each.pattern;
                    let iterable = &each.iterable;
                    // `into_iter` spelled out, as `for` does it: lints meant for hand-written
                    // loops (an empty range from data) stay quiet.
                    self.push_statement(quote!(
                        for #pattern in ::core::iter::IntoIterator::into_iter(#iterable) { #body }
                    ));
                }
                Node::Match(choice) => {
                    let mut arms = TokenStream::new();
                    for arm in &choice.arms {
                        let body = self.block(parent, &arm.body.nodes, counter);
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
        let then = self.block(parent, &branch.then.nodes, counter);
        let condition = &branch.condition;
        let otherwise = match &branch.otherwise {
            None => quote!(),
            Some(Else::Block(block)) => {
                let body = self.block(parent, &block.nodes, counter);
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

/// The identifier `tokens` is, alone.
fn single_ident(tokens: &TokenStream) -> Option<Ident> {
    let mut tokens = tokens.clone().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(proc_macro2::TokenTree::Ident(ident)), None) => Some(ident),
        _ => None,
    }
}

/// Whether the static pieces of `expr`, when it is a `format_args!` taken apart, are printable
/// ASCII (a URL check then only needs to look at the run-time pieces).
fn static_pieces_plain(expr: &TokenStream) -> bool {
    crate::format::pieces(expr).is_none_or(|formatted| {
        formatted.pieces.iter().all(|piece| match piece {
            Piece::Static(text) => text.bytes().all(|byte| byte > b' ' && byte < 0x7F),
            Piece::Argument(_) | Piece::Captured(_) => true,
        })
    })
}

/// Whether a run-time value of this attribute can break its rules by itself (a URL with a
/// space, a list item outside the list, a value over the length limit).
fn checked_at_run_time(spec: &schema::Attribute) -> bool {
    matches!(spec.ty, ValueType::Url | ValueType::List { .. })
        || spec.max_length.is_some()
        || spec.checked_format.is_some()
}

/// Whether an element that needs text gets it only from run-time values (splices, branches,
/// loops) or blank literals, so that only the render can tell whether it has any.
fn text_known_at_run_time(element: &Element, text: Option<&Value>) -> bool {
    let Some(id) = element.id.get() else {
        return false;
    };
    let spec = id.spec();
    if spec.text != schema::TextRule::Required {
        return false;
    }
    let given = |name: &str| {
        element
            .args
            .iter()
            .any(|arg| matches!(arg, Arg::Attribute(attribute) if attribute.name.text == name))
    };
    if spec.text_required_unless.is_some_and(given) {
        return false;
    }
    if let Some(Value::Literal(literal)) = text
        && !schema::is_blank(&literal.text)
    {
        return false;
    }
    !element.children.iter().any(|node| match node {
        Node::Text(literal) => !schema::is_blank(&literal.value),
        Node::Element(_) => spec.mixed || spec.text_or_children,
        _ => false,
    })
}

/// Whether an element's content may come out empty at run time (only splices and control flow
/// fill it), so that its end is `/>` or `</name>` by what was written.
fn content_known_at_run_time(element: &Element, text: Option<&Value>) -> bool {
    let static_text = matches!(text, Some(Value::Literal(literal)) if !literal.text.is_empty());
    let static_children = element.children.iter().any(|node| match node {
        Node::Text(literal) => !literal.value.is_empty(),
        Node::Element(_) => true,
        _ => false,
    });
    !static_text && !static_children
}

/// Whether a value of this type is written as text (through `Display`, or taken apart), rather
/// than by the way of an enumerated, boolean or numeric attribute: text-like types, and any type
/// the table gains.
fn written_as_text(ty: &ValueType) -> bool {
    !matches!(
        ty,
        ValueType::Enum(_) | ValueType::Boolean | ValueType::Integer | ValueType::Decimal
    )
}
