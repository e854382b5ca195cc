//! The syntax tree of a `cxml!` invocation, with the spans of the user's tokens.

use std::cell::Cell;

use cxml_schema::ElementId;
use proc_macro2::{Span, TokenStream};

/// An element, attribute or bare-word name: idents joined by `-` or `:` (`say-as`, `xml:lang`).
#[derive(Debug, Clone)]
pub struct Name {
    pub text: String,
    /// Span of each ident, first to last: errors point at the first, IDE links at the last.
    pub spans: Vec<Span>,
}

impl Name {
    pub fn span(&self) -> Span {
        let first = self.spans[0];
        let last = self.spans[self.spans.len() - 1];
        first.join(last).unwrap_or(first)
    }
}

/// What a `cxml!` invocation holds.
pub enum Input {
    /// `cxml! { Response < … > }`: a whole document.
    Document(Vec<Node>),
    /// `cxml!(in Dial: …)`: children for one kind of parent.
    Fragment { parent: Name, nodes: Vec<Node> },
}

pub enum Node {
    Element(Element),
    Text(Text),
    Splice(Splice),
    If(If),
    For(For),
    Match(Match),
    /// `unchecked_raw!("…")` / `unchecked_raw!({expr})`: trusted markup, inserted as is.
    Raw(Raw),
}

pub struct Text {
    pub value: String,
    pub span: Span,
}

/// `{ expr }`: a Rust expression kept as opaque tokens.
pub struct Splice {
    pub tokens: TokenStream,
    pub span: Span,
}

pub struct Raw {
    pub value: Value,
    pub span: Span,
}

pub struct Element {
    pub name: Name,
    pub args: Vec<Arg>,
    pub children: Vec<Node>,
    /// Filled in by validation: which table entry this element is.
    pub id: Cell<Option<ElementId>>,
    /// Filled in by validation: count rules that only run-time data can settle.
    pub counts_at_run_time: Cell<bool>,
}

pub enum Arg {
    Attribute(Attribute),
    /// One positional value: the element's text.
    Text(Value),
}

pub struct Attribute {
    pub name: Name,
    pub value: Value,
    /// Filled in by validation: index of the attribute in the element's table entry.
    pub index: Cell<Option<usize>>,
}

pub enum Value {
    Literal(Literal),
    Expr(Splice),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiteralKind {
    Str,
    Number,
    Word,
}

pub struct Literal {
    pub text: String,
    pub kind: LiteralKind,
    pub span: Span,
}

pub struct Block {
    pub nodes: Vec<Node>,
}

pub struct If {
    pub condition: TokenStream,
    pub then: Block,
    pub otherwise: Option<Else>,
}

pub enum Else {
    If(Box<If>),
    Block(Block),
}

pub struct For {
    pub pattern: TokenStream,
    pub iterable: TokenStream,
    pub body: Block,
}

pub struct Match {
    pub scrutinee: TokenStream,
    pub arms: Vec<Arm>,
    pub brace_span: Span,
}

pub struct Arm {
    /// Pattern and optional guard, as written.
    pub pattern: TokenStream,
    /// The `=>` as written.
    pub arrow: TokenStream,
    pub body: Block,
}

impl Node {
    /// Calls `visit` on every node a parent's child list really holds: control flow is looked
    /// through, since its branches are children of the same parent.
    pub fn for_each_child<'a>(nodes: &'a [Node], visit: &mut dyn FnMut(&'a Node)) {
        for node in nodes {
            match node {
                Node::If(branch) => {
                    branch.for_each_block(&mut |block| Node::for_each_child(&block.nodes, visit))
                }
                Node::For(each) => Node::for_each_child(&each.body.nodes, visit),
                Node::Match(choice) => {
                    for arm in &choice.arms {
                        Node::for_each_child(&arm.body.nodes, visit);
                    }
                }
                other => visit(other),
            }
        }
    }
}

impl If {
    pub fn for_each_block<'a>(&'a self, visit: &mut dyn FnMut(&'a Block)) {
        visit(&self.then);
        match &self.otherwise {
            Some(Else::If(next)) => next.for_each_block(visit),
            Some(Else::Block(block)) => visit(block),
            None => {}
        }
    }
}
