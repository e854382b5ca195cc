//! Tokens to [`ast`](crate::ast): a small hand-written parser over token trees, so that Rust
//! expressions inside `{ … }` stay opaque tokens and syn's `full` feature is not needed.
//!
//! The parser recovers: after a syntax error it goes on at the next element (in a child list)
//! or the next argument (after the next `,`), so one build reports every syntax error, and the
//! tree it returns keeps everything that did parse (element and attribute names, splices) for
//! the expansion that goes with the errors.

use std::cell::RefCell;
use std::rc::Rc;

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::Error;

use crate::ast::*;

/// The raw-markup escape hatch, spelled out so it is easy to grep for.
pub const RAW_KEYWORD: &str = "unchecked_raw";

/// Deepest nesting of elements and blocks accepted: far beyond any real document, and low
/// enough that the recursive parser and checker never exhaust the compiler's stack.
pub const MAX_DEPTH: usize = 64;

/// Parses the whole input: the tree of everything that parsed, and every syntax error.
pub fn parse_input(input: TokenStream) -> (Input, Option<Error>) {
    let errors = Rc::new(RefCell::new(Vec::new()));
    let mut cursor = Cursor::new(input, errors.clone());
    let tree = if cursor.peek_ident("in") {
        let keyword = cursor.span();
        cursor.next();
        let parent = match cursor.fragment_parent() {
            Ok(parent) => parent,
            Err(error) => {
                cursor.report(error);
                cursor.skip_to_node();
                Name {
                    text: String::new(),
                    spans: vec![keyword],
                }
            }
        };
        let nodes = cursor.nodes(None);
        Input::Fragment { parent, nodes }
    } else {
        Input::Document(cursor.nodes(None))
    };
    drop(cursor);
    let errors = Rc::try_unwrap(errors).map_or_else(|shared| shared.take(), RefCell::into_inner);
    let combined = errors.into_iter().reduce(|mut first, error| {
        first.combine(error);
        first
    });
    (tree, combined)
}

struct Cursor {
    tokens: Vec<TokenTree>,
    position: usize,
    depth: usize,
    /// Where "unexpected end of input" errors point.
    end: Span,
    /// Every syntax error so far, shared by the cursors of nested groups.
    errors: Rc<RefCell<Vec<Error>>>,
    /// Each element's name and the `>` that closed its children, in the order they closed.
    closed: Rc<RefCell<Vec<(Name, Span)>>>,
}

impl Cursor {
    fn new(stream: TokenStream, errors: Rc<RefCell<Vec<Error>>>) -> Self {
        Self::with_end(stream, Span::call_site(), errors)
    }

    fn with_end(stream: TokenStream, end: Span, errors: Rc<RefCell<Vec<Error>>>) -> Self {
        Cursor {
            tokens: stream.into_iter().collect(),
            position: 0,
            depth: 0,
            end,
            errors,
            closed: Rc::default(),
        }
    }

    fn report(&self, error: Error) {
        self.errors.borrow_mut().push(error);
    }

    /// When a list runs out unclosed, the element inside it that more likely lacks its `>`: the
    /// first one closed (since `closed_before`) by a `>` on a later line and left of the
    /// element's name, as an outer element's `>` is in an indented document. Needs line and
    /// column information from the compiler; without it, nothing is found.
    fn misplaced_close(&self, closed_before: usize) -> Option<(Name, Span)> {
        let closed = self.closed.borrow();
        closed[closed_before..]
            .iter()
            .find(|(name, close)| {
                let (name, close) = (name.span().start(), close.start());
                close.line > name.line && close.column < name.column
            })
            .cloned()
    }

    /// After an error in a child list: on to the next token that can start a node (or close
    /// the list), so that one stray token makes one error.
    fn skip_to_node(&mut self) {
        while let Some(token) = self.peek() {
            match token {
                TokenTree::Punct(punct) if punct.as_char() != '>' => {}
                TokenTree::Group(group) if group.delimiter() != Delimiter::Brace => {}
                _ => return,
            }
            self.position += 1;
        }
    }

    /// After an error in an argument: on past the next `,` of this list.
    fn skip_past_comma(&mut self) {
        while let Some(token) = self.next() {
            if matches!(token, TokenTree::Punct(punct) if punct.as_char() == ',') {
                return;
            }
        }
    }

    /// A cursor over a group's tokens, one level deeper than `self`.
    fn enter(&self, group: &Group) -> syn::Result<Self> {
        if self.depth >= MAX_DEPTH {
            return Err(Error::new(
                group.span(),
                format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        let mut inner = Self::with_end(group.stream(), group.span_close(), self.errors.clone());
        inner.depth = self.depth + 1;
        inner.closed = self.closed.clone();
        Ok(inner)
    }

    fn peek(&self) -> Option<&TokenTree> {
        self.tokens.get(self.position)
    }

    fn peek_at(&self, offset: usize) -> Option<&TokenTree> {
        self.tokens.get(self.position + offset)
    }

    fn next(&mut self) -> Option<TokenTree> {
        let token = self.tokens.get(self.position).cloned();
        if token.is_some() {
            self.position += 1;
        }
        token
    }

    fn is_empty(&self) -> bool {
        self.position >= self.tokens.len()
    }

    fn peek_ident(&self, word: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(ident)) if ident == word)
    }

    fn peek_punct(&self, ch: char) -> bool {
        matches!(self.peek(), Some(TokenTree::Punct(punct)) if punct.as_char() == ch)
    }

    fn span(&self) -> Span {
        self.peek().map_or(self.end, TokenTree::span)
    }

    fn error(&self, message: impl std::fmt::Display) -> Error {
        Error::new(self.span(), message)
    }

    /// Child nodes up to the end of input, or up to the closing `>` of the element `opened_by`.
    /// A node with a syntax error is reported and left out; the list goes on after it.
    fn nodes(&mut self, opened_by: Option<&Name>) -> Vec<Node> {
        let nested = opened_by.is_some();
        let closed_before = self.closed.borrow().len();
        let mut nodes = Vec::new();
        loop {
            match self.peek() {
                None if nested => {
                    // Point at the element whose `<` is never closed, not at the whole macro.
                    let name = opened_by.map_or(String::new(), |name| name.text.clone());
                    let span = opened_by.map_or(self.end, Name::span);
                    let error = match self.misplaced_close(closed_before) {
                        Some((inner, close)) => Error::new(
                            inner.span(),
                            format!(
                                "the children of `{}` are not closed: expected `>` after them (the `>` on line {} sits left of `{}`, where the `>` of `{name}` or of an element around it goes)",
                                inner.text,
                                close.start().line,
                                inner.text,
                            ),
                        ),
                        None => Error::new(
                            span,
                            format!(
                                "the children of `{name}` are not closed: expected `>` after them"
                            ),
                        ),
                    };
                    self.report(error);
                    return nodes;
                }
                None => return nodes,
                Some(TokenTree::Punct(punct)) if punct.as_char() == '>' && nested => {
                    if let Some(name) = opened_by {
                        self.closed.borrow_mut().push((name.clone(), punct.span()));
                    }
                    self.next();
                    return nodes;
                }
                Some(_) => {
                    let start = self.position;
                    match self.node() {
                        Ok(node) => nodes.push(node),
                        Err(error) => {
                            self.report(error);
                            self.position = self.position.max(start + 1);
                            self.skip_to_node();
                        }
                    }
                }
            }
        }
    }

    fn node(&mut self) -> syn::Result<Node> {
        let token = self.peek().cloned();
        match token {
            Some(TokenTree::Literal(literal)) => {
                let span = literal.span();
                match syn::Lit::new(literal) {
                    syn::Lit::Str(text) => {
                        self.next();
                        Ok(Node::Text(Text {
                            value: text.value(),
                            span,
                        }))
                    }
                    _ => Err(Error::new(
                        span,
                        "text must be a string literal: write it in quotes, or splice a value with `{value}`",
                    )),
                }
            }
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                self.next();
                Ok(Node::Splice(splice(&group)?))
            }
            Some(TokenTree::Ident(ident)) if ident == "if" => self.if_node().map(Node::If),
            Some(TokenTree::Ident(ident)) if ident == "for" => self.for_node().map(Node::For),
            Some(TokenTree::Ident(ident)) if ident == "match" => self.match_node().map(Node::Match),
            Some(TokenTree::Ident(ident))
                if ident == RAW_KEYWORD
                    && matches!(self.peek_at(1), Some(TokenTree::Punct(p)) if p.as_char() == '!') =>
            {
                self.raw().map(Node::Raw)
            }
            Some(TokenTree::Ident(_)) => self.element().map(Node::Element),
            Some(TokenTree::Punct(punct)) if punct.as_char() == '<' => Err(Error::new(
                punct.span(),
                "expected an element name before `<`",
            )),
            Some(other) => Err(Error::new(
                other.span(),
                format!(
                    "expected an element, a string literal, `{{expr}}`, `if`, `for` or `match`, found `{other}`"
                ),
            )),
            None => Err(self.error("expected an element")),
        }
    }

    fn raw(&mut self) -> syn::Result<Raw> {
        let keyword = self.next().map_or(self.end, |token| token.span());
        self.next(); // `!`
        match self.next() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
                let mut inner = self.enter(&group)?;
                let value = match inner.peek() {
                    Some(TokenTree::Literal(_)) if inner.tokens.len() == 1 => inner.value()?,
                    _ => Value::Expr(Splice {
                        tokens: group.stream(),
                        span: group.span(),
                    }),
                };
                Ok(Raw {
                    value,
                    span: keyword,
                })
            }
            _ => Err(Error::new(
                keyword,
                "expected `unchecked_raw!(\"<Markup/>\")` or `unchecked_raw!(expr)`",
            )),
        }
    }

    /// An element, attribute or bare-word name.
    fn name(&mut self, what: &str) -> syn::Result<Name> {
        self.name_joined_by(what, &['-', ':'])
    }

    fn name_joined_by(&mut self, what: &str, joiners: &[char]) -> syn::Result<Name> {
        let mut text = String::new();
        let mut spans = Vec::new();
        match self.next() {
            Some(TokenTree::Ident(ident)) => {
                let word = ident.to_string();
                text.push_str(word.strip_prefix("r#").unwrap_or(&word));
                spans.push(ident.span());
            }
            Some(other) => {
                return Err(Error::new(
                    other.span(),
                    format!("expected {what}, found `{other}`"),
                ));
            }
            None => return Err(self.error(format!("expected {what}"))),
        }
        // `say-as`, `xml:lang`, `amazon:auto-breaths`: a `-` or `:` followed by another ident.
        while let (Some(TokenTree::Punct(punct)), Some(TokenTree::Ident(ident))) =
            (self.peek(), self.peek_at(1))
        {
            if !joiners.contains(&punct.as_char()) {
                break;
            }
            text.push(punct.as_char());
            let word = ident.to_string();
            text.push_str(word.strip_prefix("r#").unwrap_or(&word));
            spans.push(ident.span());
            self.position += 2;
        }
        Ok(Name { text, spans })
    }

    fn fragment_parent(&mut self) -> syn::Result<Name> {
        let start = self.position;
        let joined = self.name("the name of the element the fragment belongs in")?;
        // `:` both joins names (`amazon:effect`) and ends the header, so `in Dial: Number` reads
        // as one name `Dial:Number`. Take the longest prefix that is followed by `:` and names an
        // element; else the shortest prefix followed by `:`.
        let prefixes: Vec<usize> = (1..=joined.spans.len())
            .filter(|&parts| {
                matches!(self.tokens.get(start + 2 * parts - 1), Some(TokenTree::Punct(p)) if p.as_char() == ':')
            })
            .collect();
        let known = prefixes.iter().rev().copied().find(|&parts| {
            let text = joined_prefix(&self.tokens[start..], parts);
            cxml_schema::elements_named_in(crate::platform::get(), &text)
                .next()
                .is_some()
        });
        let name = match known.or_else(|| prefixes.first().copied()) {
            Some(parts) => {
                self.position = start + 2 * parts - 1;
                Name {
                    text: joined_prefix(&self.tokens[start..], parts),
                    spans: joined.spans[..parts].to_vec(),
                }
            }
            None => joined,
        };
        if !self.peek_punct(':') {
            return Err(self.error("expected `:` after the fragment's parent, as in `cxml!(in Dial: Number(\"+15550100\"))`"));
        }
        self.next();
        Ok(name)
    }

    fn element(&mut self) -> syn::Result<Element> {
        let name = self.name("an element name")?;
        let mut args = Vec::new();
        if let Some(TokenTree::Group(group)) = self.peek()
            && group.delimiter() == Delimiter::Parenthesis
        {
            let group = group.clone();
            self.next();
            args = self.enter(&group)?.args();
        }
        let mut children = Vec::new();
        if self.peek_punct('<') {
            if self.depth >= MAX_DEPTH {
                let error = self.error(format!("nesting deeper than {MAX_DEPTH} levels"));
                // Nothing after this point of the list is read: its `>` cannot be matched.
                self.position = self.tokens.len();
                return Err(error);
            }
            self.next();
            self.depth += 1;
            children = self.nodes(Some(&name));
            self.depth -= 1;
        }
        Ok(Element {
            name,
            args,
            children,
            id: Default::default(),
            counts_at_run_time: Default::default(),
        })
    }

    /// Comma-separated arguments; one with a syntax error is reported and the list goes on
    /// after the next `,`. An attribute name without `=` is kept (with an empty value) so the
    /// expansion still names it.
    fn args(&mut self) -> Vec<Arg> {
        let mut args = Vec::new();
        while !self.is_empty() {
            match self.arg(&mut args) {
                Ok(()) => match self.peek() {
                    None => break,
                    Some(TokenTree::Punct(punct)) if punct.as_char() == ',' => {
                        self.next();
                    }
                    Some(other) => {
                        let error = Error::new(
                            other.span(),
                            format!("expected `,` between arguments, found `{other}`"),
                        );
                        self.report(error);
                        self.skip_past_comma();
                    }
                },
                Err(error) => {
                    self.report(error);
                    self.skip_past_comma();
                }
            }
        }
        args
    }

    fn arg(&mut self, args: &mut Vec<Arg>) -> syn::Result<()> {
        let is_attribute = match self.peek() {
            Some(TokenTree::Ident(_)) => {
                // A name followed by `=` is an attribute; a bare ident alone is an error below.
                let mut lookahead = self.position + 1;
                while let (Some(TokenTree::Punct(p)), Some(TokenTree::Ident(_))) =
                    (self.tokens.get(lookahead), self.tokens.get(lookahead + 1))
                {
                    if p.as_char() != '-' && p.as_char() != ':' {
                        break;
                    }
                    lookahead += 2;
                }
                let followed_by_eq = matches!(self.tokens.get(lookahead), Some(TokenTree::Punct(p)) if p.as_char() == '=');
                if !followed_by_eq {
                    let name = self.name("an attribute name")?;
                    let error = Error::new(
                        name.span(),
                        format!(
                            "expected `=` after attribute `{}`; element text goes in quotes, as in `Say(\"Hello\")`",
                            name.text
                        ),
                    );
                    args.push(placeholder_attribute(name));
                    return Err(error);
                }
                true
            }
            _ => false,
        };
        if is_attribute {
            let name = self.name("an attribute name")?;
            self.next(); // `=`
            if self.is_empty() || self.peek_punct(',') {
                let error = self.error(format!("expected a value for `{}`", name.text));
                args.push(placeholder_attribute(name));
                return Err(error);
            }
            let value = match self.value() {
                Ok(value) => value,
                Err(error) => {
                    args.push(placeholder_attribute(name));
                    return Err(error);
                }
            };
            args.push(Arg::Attribute(Attribute {
                name,
                value,
                index: Default::default(),
            }));
        } else {
            args.push(Arg::Text(self.value()?));
        }
        Ok(())
    }

    fn value(&mut self) -> syn::Result<Value> {
        let negative = self.peek_punct('-');
        if negative {
            self.next();
        }
        match self.peek().cloned() {
            Some(TokenTree::Literal(literal)) => {
                self.next();
                let span = literal.span();
                let (text, kind) = match syn::Lit::new(literal) {
                    syn::Lit::Str(text) if !negative => (text.value(), LiteralKind::Str),
                    syn::Lit::Int(int) => (int.base10_digits().to_string(), LiteralKind::Number),
                    syn::Lit::Float(float) => {
                        (float.base10_digits().to_string(), LiteralKind::Number)
                    }
                    _ => {
                        return Err(Error::new(
                            span,
                            "expected a string literal, a number, a bare word or `{expr}`",
                        ));
                    }
                };
                let text = if negative { format!("-{text}") } else { text };
                Ok(Value::Literal(Literal { text, kind, span }))
            }
            Some(TokenTree::Ident(_)) if !negative => {
                let name = self.name("a value")?;
                Ok(Value::Literal(Literal {
                    span: name.span(),
                    text: name.text,
                    kind: LiteralKind::Word,
                }))
            }
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace && !negative => {
                self.next();
                Ok(Value::Expr(splice(&group)?))
            }
            _ => Err(self.error("expected a string literal, a number, a bare word or `{expr}`")),
        }
    }

    /// Rust tokens up to (not including) the next top-level `{ … }` group.
    fn tokens_until_brace(&mut self, what: &str) -> syn::Result<(TokenStream, Group)> {
        let start = self.span();
        let mut tokens = TokenStream::new();
        loop {
            match self.next() {
                Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                    if tokens.is_empty() {
                        return Err(Error::new(
                            group.span(),
                            format!("expected {what} before `{{`"),
                        ));
                    }
                    dangling_operator(&tokens, what)?;
                    return Ok((tokens, group));
                }
                Some(token) => tokens.extend([token]),
                None => {
                    return Err(Error::new(
                        start,
                        format!("expected {what} followed by `{{ … }}`"),
                    ));
                }
            }
        }
    }

    fn block(&self, group: &Group) -> syn::Result<Block> {
        let nodes = self.enter(group)?.nodes(None);
        Ok(Block { nodes })
    }

    fn if_node(&mut self) -> syn::Result<If> {
        self.next(); // `if`
        let (condition, then) = self.tokens_until_brace("a condition")?;
        let then = self.block(&then)?;
        let otherwise = if self.peek_ident("else") {
            self.next();
            if self.peek_ident("if") {
                Some(Else::If(Box::new(self.if_node()?)))
            } else {
                match self.next() {
                    Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                        Some(Else::Block(self.block(&group)?))
                    }
                    other => {
                        let span = other.map_or(self.end, |token| token.span());
                        return Err(Error::new(span, "expected `{` or `if` after `else`"));
                    }
                }
            }
        } else {
            None
        };
        Ok(If {
            condition,
            then,
            otherwise,
        })
    }

    fn for_node(&mut self) -> syn::Result<For> {
        let keyword = self.next().map_or(self.end, |token| token.span());
        let mut pattern = TokenStream::new();
        loop {
            match self.next() {
                Some(TokenTree::Ident(ident)) if ident == "in" => break,
                Some(token) => pattern.extend([token]),
                None => {
                    return Err(Error::new(
                        keyword,
                        "expected `for pattern in iterable { … }`",
                    ));
                }
            }
        }
        if pattern.is_empty() {
            return Err(Error::new(keyword, "expected a pattern after `for`"));
        }
        dangling_operator(&pattern, "a pattern")?;
        let (iterable, body) = self.tokens_until_brace("an iterable")?;
        Ok(For {
            pattern,
            iterable,
            body: self.block(&body)?,
        })
    }

    fn match_node(&mut self) -> syn::Result<Match> {
        self.next(); // `match`
        let (scrutinee, arms_group) = self.tokens_until_brace("a value to match")?;
        let mut inner = self.enter(&arms_group)?;
        let mut arms = Vec::new();
        while !inner.is_empty() {
            match inner.arm() {
                Ok(arm) => arms.push(arm),
                Err(error) => {
                    inner.report(error);
                    inner.skip_past_comma();
                }
            }
        }
        Ok(Match {
            scrutinee,
            arms,
            brace_span: arms_group.span(),
        })
    }
}

impl Cursor {
    fn arm(&mut self) -> syn::Result<Arm> {
        let mut pattern = TokenStream::new();
        let start = self.span();
        let arrow = loop {
            match self.next() {
                Some(TokenTree::Punct(punct))
                    if punct.as_char() == '='
                        && matches!(self.peek(), Some(TokenTree::Punct(next)) if next.as_char() == '>') =>
                {
                    // The user's own `=>`, so Rust's errors about the arm point at it.
                    let mut arrow = TokenStream::from(TokenTree::Punct(punct));
                    arrow.extend(self.next());
                    break arrow;
                }
                Some(token) => pattern.extend([token]),
                None => return Err(Error::new(start, "expected `pattern => { … }`")),
            }
        };
        if pattern.is_empty() {
            return Err(Error::new(start, "expected a pattern before `=>`"));
        }
        let body = match self.peek().cloned() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                self.next();
                self.block(&group)?
            }
            Some(_) => Block {
                nodes: vec![self.node()?],
            },
            None => return Err(self.error("expected the arm's children after `=>`")),
        };
        if self.peek_punct(',') {
            self.next();
        }
        Ok(Arm {
            pattern,
            arrow,
            body,
        })
    }
}

/// An attribute whose value did not parse: kept by name, so the expansion still names it.
fn placeholder_attribute(name: Name) -> Arg {
    let span = name.span();
    Arg::Attribute(Attribute {
        name,
        value: Value::Literal(Literal {
            text: String::new(),
            kind: LiteralKind::Str,
            span,
        }),
        index: Default::default(),
    })
}

/// Refuses a condition, pattern or value that ends in an operator (`if x > { … }`, `match v! { … }`):
/// Rust would take the braces that follow as its operand (or a macro's body) and then report a
/// missing block at code the macro wrote. `?` and a range's `..` end expressions legitimately.
fn dangling_operator(tokens: &TokenStream, what: &str) -> syn::Result<()> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let [.., before, TokenTree::Punct(last)] = tokens.as_slice() else {
        return match tokens.as_slice() {
            [TokenTree::Punct(only)] if only.as_char() != '?' => Err(Error::new(
                only.span(),
                format!("expected {what} before `{{`, found `{}`", only.as_char()),
            )),
            _ => Ok(()),
        };
    };
    let range =
        last.as_char() == '.' && matches!(before, TokenTree::Punct(dot) if dot.as_char() == '.');
    if last.as_char() == '?' || range {
        return Ok(());
    }
    Err(Error::new(
        last.span(),
        format!(
            "{what} cannot end with `{}`: Rust would take the `{{ … }}` after it as its operand",
            last.as_char()
        ),
    ))
}

/// The first `parts` idents of a joined name starting at `tokens[0]`, with the `-` or `:`
/// between them as written.
fn joined_prefix(tokens: &[TokenTree], parts: usize) -> String {
    let mut text = String::new();
    for token in tokens.iter().take(2 * parts - 1) {
        let word = token.to_string();
        text.push_str(word.strip_prefix("r#").unwrap_or(&word));
    }
    text
}

fn splice(group: &Group) -> syn::Result<Splice> {
    if group.stream().is_empty() {
        return Err(Error::new(
            group.span(),
            "expected a Rust expression inside `{}`",
        ));
    }
    Ok(Splice {
        tokens: group.stream(),
        span: group.span(),
    })
}
