//! The checks: the syntax tree seen through the schema's rule engine
//! (`cxml_schema::engine`), which applies every rule in document order exactly as the
//! run-time reader does. This file only turns the engine's positions into spans and collects
//! the errors (serde's `Ctxt` idea), plus the two rules about the macro's own syntax.

use std::cell::Cell;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use syn::Error;

use cxml_schema::engine::{self, AttributeItem, DocumentView, Item, ValueItem, Written};
use cxml_schema::{self as schema, Attribute, ElementId, Status, Violation};

use crate::ast::*;

/// What validation learned that generation needs.
pub enum Resolved {
    Document { channel: schema::Channel },
    Fragment { parent: ElementId },
}

/// Where an error is underlined: from the first token of a name to its last (`say-as` whole).
#[derive(Debug, Clone, Copy)]
pub struct Place {
    first: Span,
    last: Span,
}

impl Place {
    fn at(span: Span) -> Self {
        Place {
            first: span,
            last: span,
        }
    }

    fn of(name: &Name) -> Self {
        let first = name.spans.first().copied().unwrap_or_else(Span::call_site);
        Place {
            first,
            last: name.spans.last().copied().unwrap_or(first),
        }
    }
}

/// Collects errors; all of them reach the user in one build.
#[derive(Default)]
pub struct Errors(Vec<Error>);

/// Text of a compile error.
trait Message {
    fn into_message(self) -> String;
}

impl Message for String {
    fn into_message(self) -> String {
        self
    }
}

/// A broken rule reads as in the run-time validator, and names the reference entry to read, so
/// the error and the docs use the same words.
impl Message for Violation {
    fn into_message(self) -> String {
        match self.subject() {
            Some(element) => format!("{self}\n  see `{}`", crate::names::reference_path(element)),
            None => self.to_string(),
        }
    }
}

impl Errors {
    fn push(&mut self, place: Place, message: impl Message) {
        // Two tokens carrying the first and last spans: `new_spanned` underlines from one to the
        // other, which a single joined span cannot do on stable.
        let tokens: TokenStream = [
            TokenTree::Ident(Ident::new("first", place.first)),
            TokenTree::Ident(Ident::new("last", place.last)),
        ]
        .into_iter()
        .collect();
        self.0
            .push(Error::new_spanned(tokens, message.into_message()));
    }

    pub fn into_result(self) -> Result<(), Error> {
        let mut errors = self.0.into_iter();
        match errors.next() {
            None => Ok(()),
            Some(mut first) => {
                for error in errors {
                    first.combine(error);
                }
                Err(first)
            }
        }
    }
}

/// Checks the whole input; returns what generation needs, or every error found.
pub fn validate(input: &Input) -> (Option<Resolved>, Errors) {
    let mut errors = Errors::default();
    let resolved = match input {
        Input::Document(nodes) => {
            let view = Tree { top: nodes };
            engine::check_document_in(crate::platform::get(), &view, &mut |place, _, violation| {
                errors.push(place.unwrap_or(Place::at(Span::call_site())), violation)
            })
            .map(|channel| Resolved::Document { channel })
        }
        Input::Fragment { parent, nodes } => match fragment_parent(&parent.text) {
            Some(parent) => {
                let view = Tree { top: nodes };
                engine::check_fragment(&view, parent, &mut |place, _, violation| {
                    errors.push(place.unwrap_or(Place::at(Span::call_site())), violation)
                });
                Some(Resolved::Fragment { parent })
            }
            None => {
                errors.push(Place::of(parent), not_a_parent(&parent.text));
                None
            }
        },
    };
    for_each_element(input, &mut |element| syntax_rules(element, &mut errors));
    (resolved, errors)
}

fn not_a_parent(name: &str) -> String {
    let mut parents: Vec<&str> = Vec::new();
    for element in crate::platform::get().elements() {
        if !element.children.is_empty()
            && element.status != Status::Withdrawn
            && !parents.contains(&element.name)
        {
            parents.push(element.name);
        }
    }
    format!(
        "`{name}` is not an element that holds children; a fragment belongs in {}",
        schema::quote_list(&parents)
    )
}

/// The element a fragment header names: the first table entry of that name that holds children.
pub fn fragment_parent(name: &str) -> Option<ElementId> {
    let platform = crate::platform::get();
    platform
        .elements()
        .iter()
        .enumerate()
        .find(|(_, element)| {
            element.name == name
                && !element.children.is_empty()
                && element.status != Status::Withdrawn
        })
        .and_then(|(index, _)| ElementId::new_in(platform, index))
}

/// Rules about how the macro writes text, which XML cannot express: one positional value, and
/// not both a positional value and text among the children.
fn syntax_rules(element: &Element, errors: &mut Errors) {
    let mut positional = element.args.iter().filter_map(|arg| match arg {
        Arg::Text(value) => Some(value_span(value)),
        Arg::Attribute(_) => None,
    });
    let Some(_) = positional.next() else {
        return;
    };
    if let Some(second) = positional.next() {
        errors.push(
            Place::at(second),
            format!(
                "`<{}>` takes one positional value (its text); attributes are written `name = value`",
                element.name.text
            ),
        );
    }
    let text_among_children = element.children.iter().any(|node| match node {
        Node::Text(text) => !schema::is_blank(&text.value),
        // A splice beside elements is taken for more children (a fragment).
        Node::Splice(_) => element
            .id
            .get()
            .is_none_or(|id| id.spec().children.is_empty()),
        _ => false,
    });
    if text_among_children {
        errors.push(
            Place::of(&element.name),
            format!(
                "`<{}>` has a positional text and text among its children; give one",
                element.name.text
            ),
        );
    }
}

fn value_span(value: &Value) -> Span {
    match value {
        Value::Literal(literal) => literal.span,
        Value::Expr(splice) => splice.span,
    }
}

/// Calls `visit` on every element of the input, in source order.
fn for_each_element(input: &Input, visit: &mut dyn FnMut(&Element)) {
    let nodes = match input {
        Input::Document(nodes) | Input::Fragment { nodes, .. } => nodes,
    };
    let mut stack: Vec<&[Node]> = vec![nodes];
    while let Some(nodes) = stack.pop() {
        for node in nodes.iter().rev() {
            match node {
                Node::Element(element) => stack.push(&element.children),
                Node::If(branch) => branch.for_each_block(&mut |block| stack.push(&block.nodes)),
                Node::For(each) => stack.push(&each.body.nodes),
                Node::Match(choice) => {
                    stack.extend(choice.arms.iter().map(|arm| arm.body.nodes.as_slice()))
                }
                Node::Text(_) | Node::Splice(_) | Node::Raw(_) => {}
            }
        }
        for node in nodes {
            if let Node::Element(element) = node {
                visit(element);
            }
        }
    }
}

/// The syntax tree as the rule engine reads it.
struct Tree<'a> {
    top: &'a [Node],
}

/// An element of the tree, compared by identity.
#[derive(Clone, Copy)]
struct ElementRef<'a>(&'a Element);

impl PartialEq for ElementRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

type ItemOf<'a> = Item<'a, ElementRef<'a>, Place>;

/// A child list in source order, with control flow looked through: each branch's children are
/// children of the same parent, marked as only maybe there.
fn content<'a>(nodes: &'a [Node], in_branch: bool, out: &mut Vec<ItemOf<'a>>) {
    for node in nodes {
        match node {
            Node::Element(element) => out.push(Item::Element {
                element: ElementRef(element),
                in_branch,
            }),
            Node::Text(text) => out.push(Item::Text {
                text: Some(&text.value),
                pos: Place::at(text.span),
            }),
            Node::Splice(splice) => out.push(Item::Splice {
                pos: Place::at(splice.span),
            }),
            Node::Raw(raw) => out.push(Item::RunTime {
                pos: Place::at(raw.span),
            }),
            Node::If(branch) => {
                out.push(Item::RunTime {
                    pos: Place::at(Span::call_site()),
                });
                branch.for_each_block(&mut |block| content(&block.nodes, true, out));
            }
            Node::For(each) => {
                out.push(Item::RunTime {
                    pos: Place::at(Span::call_site()),
                });
                content(&each.body.nodes, true, out);
            }
            Node::Match(choice) => {
                out.push(Item::RunTime {
                    pos: Place::at(choice.brace_span),
                });
                for arm in &choice.arms {
                    content(&arm.body.nodes, true, out);
                }
            }
        }
    }
}

impl<'a> DocumentView for Tree<'a> {
    type Element = ElementRef<'a>;
    type Pos = Place;
    type Items<'t>
        = std::vec::IntoIter<Item<'t, ElementRef<'a>, Place>>
    where
        Self: 't;
    type AttributeSlot<'t>
        = &'t Cell<Option<usize>>
    where
        Self: 't;
    type Attributes<'t>
        = std::vec::IntoIter<AttributeItem<'t, Place, &'t Cell<Option<usize>>>>
    where
        Self: 't;

    fn top_level(&self) -> Self::Items<'_> {
        let mut items = Vec::new();
        content(self.top, false, &mut items);
        items.into_iter()
    }

    fn name(&self, element: ElementRef<'a>) -> (&str, Place) {
        (&element.0.name.text, Place::of(&element.0.name))
    }

    fn attributes(&self, element: ElementRef<'a>) -> Self::Attributes<'_> {
        let items: Vec<AttributeItem<'_, Place, &Cell<Option<usize>>>> = element
            .0
            .args
            .iter()
            .filter_map(|arg| match arg {
                Arg::Attribute(attribute) => Some(AttributeItem {
                    name: &attribute.name.text,
                    name_pos: Place::of(&attribute.name),
                    value: match &attribute.value {
                        Value::Literal(literal) => ValueItem::Literal {
                            text: &literal.text,
                            written: match literal.kind {
                                LiteralKind::Str => Written::Str,
                                LiteralKind::Number => Written::Number,
                                LiteralKind::Word => Written::Word,
                            },
                            pos: Place::at(literal.span),
                        },
                        Value::Expr(_) => ValueItem::RunTime,
                    },
                    slot: &attribute.index,
                }),
                Arg::Text(_) => None,
            })
            .collect();
        items.into_iter()
    }

    fn children(&self, element: ElementRef<'a>) -> Self::Items<'_> {
        let mut items = Vec::new();
        // The positional value is the element's text, before its children.
        for arg in &element.0.args {
            match arg {
                Arg::Text(Value::Literal(literal)) => items.push(Item::Text {
                    text: Some(&literal.text),
                    pos: Place::at(literal.span),
                }),
                Arg::Text(Value::Expr(splice)) => items.push(Item::Text {
                    text: None,
                    pos: Place::at(splice.span),
                }),
                Arg::Attribute(_) => {}
            }
        }
        content(&element.0.children, false, &mut items);
        items.into_iter()
    }

    fn resolution(&self, element: ElementRef<'a>) -> Option<ElementId> {
        element.0.id.get()
    }

    fn resolve(&self, element: ElementRef<'a>, id: ElementId) {
        element.0.id.set(Some(id));
    }

    fn resolve_attribute(
        &self,
        index: &Cell<Option<usize>>,
        position: usize,
        _attribute: &'static Attribute,
    ) {
        index.set(Some(position));
    }

    fn count_at_run_time(&self, element: ElementRef<'a>) {
        element.0.counts_at_run_time.set(true);
    }
}
