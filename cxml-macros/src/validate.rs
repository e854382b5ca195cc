//! The checks: a pass over the syntax tree that asks the schema table about every element,
//! attribute, value and child, and collects every error of the document (serde's `Ctxt` idea).

use proc_macro2::Span;
use syn::Error;

use cxml_runtime::schema::{
    self, ChannelInference, ChildCounts, ContentSummary, ElementId, Status, ValueType, Violation,
    accepts_bare_word,
};

use crate::ast::*;

/// What validation learned that generation needs.
pub enum Resolved {
    Document { channel: schema::Channel },
    Fragment { parent: ElementId },
}

/// Collects errors; all of them reach the user in one build.
#[derive(Default)]
pub struct Errors(Vec<Error>);

/// Text of a compile error.
trait Message {
    fn into_message(self) -> String;
}

impl Message for &str {
    fn into_message(self) -> String {
        self.to_string()
    }
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
    fn push(&mut self, span: Span, message: impl Message) {
        self.0.push(Error::new(span, message.into_message()));
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
pub fn validate(input: &mut Input) -> (Option<Resolved>, Errors) {
    let mut errors = Errors::default();
    let resolved = match input {
        Input::Document(nodes) => document(nodes, &mut errors),
        Input::Fragment { parent, nodes } => fragment(parent, nodes, &mut errors),
    };
    (resolved, errors)
}

fn document(nodes: &mut [Node], errors: &mut Errors) -> Option<Resolved> {
    let mut root_index = None;
    for (index, node) in nodes.iter().enumerate() {
        match node {
            Node::Element(element) if root_index.is_none() => {
                if element.name.text != "Response" {
                    errors.push(
                        element.name.span(),
                        Violation::RootNotResponse {
                            name: element.name.text.clone(),
                        },
                    );
                    return None;
                }
                root_index = Some(index);
            }
            Node::Element(element) => errors.push(element.name.span(), Violation::SecondRoot),
            other => errors.push(
                node_span(other),
                "only one `Response` element may stand at the top of a document",
            ),
        }
    }
    let Some(Node::Element(root)) = root_index.and_then(|index| nodes.get_mut(index)) else {
        errors.push(Span::call_site(), Violation::MissingRoot);
        return None;
    };

    let mut inference = ChannelInference::default();
    let mut mixed: Vec<*const Element> = Vec::new();
    Node::for_each_child(&root.children, &mut |node| {
        if let Node::Element(verb) = node
            && let Err(violation) = inference.add_verb(&verb.name.text)
        {
            mixed.push(verb as *const Element);
            errors.push(verb.name.span(), violation);
        }
    });
    let channel = inference.channel();
    element(root, schema::response(channel), None, errors, &mixed);
    Some(Resolved::Document { channel })
}

fn fragment(parent: &Name, nodes: &mut [Node], errors: &mut Errors) -> Option<Resolved> {
    let Some(parent_id) = fragment_parent(&parent.text) else {
        let parents: Vec<&str> = schema::ELEMENTS
            .iter()
            .filter(|element| !element.children.is_empty() && element.status != Status::Withdrawn)
            .map(|element| element.name)
            .collect();
        let mut unique: Vec<&str> = Vec::new();
        for name in parents {
            if !unique.contains(&name) {
                unique.push(name);
            }
        }
        errors.push(
            parent.span(),
            format!(
                "`{}` is not an element that holds children; a fragment belongs in {}",
                parent.text,
                schema::quote_list(&unique)
            ),
        );
        return None;
    };
    children(parent_id, nodes, errors, &[]);
    Some(Resolved::Fragment { parent: parent_id })
}

/// The element a fragment header names: the first table entry of that name that holds children.
pub fn fragment_parent(name: &str) -> Option<ElementId> {
    schema::ELEMENTS
        .iter()
        .enumerate()
        .find(|(_, element)| {
            element.name == name
                && !element.children.is_empty()
                && element.status != Status::Withdrawn
        })
        .map(|(index, _)| ElementId(index as u16))
}

fn node_span(node: &Node) -> Span {
    match node {
        Node::Element(element) => element.name.span(),
        Node::Text(text) => text.span,
        Node::Splice(splice) => splice.span,
        Node::Raw(raw) => raw.span,
        Node::If(_) | Node::For(_) | Node::Match(_) => Span::call_site(),
    }
}

fn element(
    element: &mut Element,
    id: ElementId,
    parent: Option<ElementId>,
    errors: &mut Errors,
    mixed: &[*const Element],
) {
    element.id = Some(id);
    let spec = id.spec();

    let mut present: Vec<&str> = Vec::new();
    let mut has_text = false;
    let mut text_args = 0;
    for arg in &mut element.args {
        match arg {
            Arg::Attribute(attribute) => {
                let name = &attribute.name;
                if present.contains(&name.text.as_str()) {
                    errors.push(
                        name.span(),
                        Violation::DuplicateAttribute {
                            element: spec,
                            name: name.text.clone(),
                        },
                    );
                    continue;
                }
                present.push(&name.text);
                match spec.check_attribute(&name.text) {
                    Ok(found) => {
                        attribute.index = spec.attributes.iter().position(|a| a.name == found.name);
                        if let Some(Err(violation)) =
                            parent.map(|parent| parent.spec().check_child_attribute(id, &name.text))
                        {
                            errors.push(name.span(), violation);
                        }
                        if let Value::Literal(literal) = &attribute.value
                            && let Err(message) = literal_value(spec, found, literal)
                        {
                            errors.push(literal.span, message);
                        }
                    }
                    Err(violation) => errors.push(name.span(), violation),
                }
            }
            Arg::Text(value) => {
                text_args += 1;
                has_text = true;
                let span = match value {
                    Value::Literal(literal) => {
                        if let Err(violation) = spec.check_text_value(&literal.text) {
                            errors.push(literal.span, violation);
                        }
                        if spec.text == schema::TextRule::None {
                            errors.push(literal.span, Violation::TextNotAllowed { element: spec });
                        }
                        literal.span
                    }
                    Value::Expr(splice) => {
                        if spec.text == schema::TextRule::None {
                            errors.push(splice.span, Violation::TextNotAllowed { element: spec });
                        }
                        splice.span
                    }
                };
                if text_args == 2 {
                    errors.push(
                        span,
                        format!(
                            "`<{}>` takes one positional value (its text); attributes are written `name = value`",
                            spec.name
                        ),
                    );
                }
            }
        }
    }
    for violation in spec.missing_attributes(&present) {
        errors.push(element.name.span(), violation);
    }

    let has_child_text = children(id, &mut element.children, errors, mixed);
    // A splice next to child elements, in an element that may hold either (`Dial`), is taken for
    // a fragment: `Dial < Number("…") {more_numbers} >` is not text mixed with children.
    let splice_is_fragment = has_child_text.elements && !spec.children.is_empty();
    let text_in_children =
        has_child_text.literal || (has_child_text.dynamic && !splice_is_fragment);
    let content = ContentSummary {
        has_text: has_text || text_in_children,
        has_elements: has_child_text.elements,
        attributes: &present,
    };
    for violation in spec.check_content(&content) {
        // Literal text where none is allowed was reported at the text itself.
        if !matches!(violation, Violation::TextNotAllowed { .. }) {
            errors.push(element.name.span(), violation);
        }
    }
    if has_text && text_in_children {
        errors.push(
            element.name.span(),
            format!(
                "`<{}>` has a positional text and text among its children; give one",
                spec.name
            ),
        );
    }
    element.counts_at_run_time = counts(element, id, errors, &has_child_text);
}

/// What a child list holds, looked at through control flow.
#[derive(Default)]
struct ChildrenSummary {
    literal: bool,
    dynamic: bool,
    elements: bool,
    /// Children whose number only run time knows (loops, branches, spliced fragments).
    uncertain: bool,
}

fn children(
    parent: ElementId,
    nodes: &mut [Node],
    errors: &mut Errors,
    mixed: &[*const Element],
) -> ChildrenSummary {
    let spec = parent.spec();
    let mut summary = ChildrenSummary {
        uncertain: nodes.iter().any(|node| {
            matches!(
                node,
                Node::If(_) | Node::For(_) | Node::Match(_) | Node::Raw(_)
            )
        }),
        ..ChildrenSummary::default()
    };
    Node::for_each_child_mut(nodes, &mut |node| match node {
        Node::Element(child) => {
            summary.elements = true;
            match spec.check_child(&child.name.text) {
                Ok(child_id) => element(child, child_id, Some(parent), errors, &[]),
                Err(violation) => {
                    if !mixed.contains(&(&*child as *const Element)) {
                        errors.push(child.name.span(), violation);
                    }
                }
            }
        }
        Node::Text(text) => {
            if text.value.trim().is_empty() {
                return;
            }
            summary.literal = true;
            if spec.text == schema::TextRule::None {
                errors.push(text.span, Violation::TextNotAllowed { element: spec });
            } else if let Err(violation) = spec.check_text_value(&text.value) {
                errors.push(text.span, violation);
            }
        }
        Node::Splice(_) => {
            if spec.allows_text() {
                summary.dynamic = true;
            }
            if !spec.children.is_empty() {
                summary.uncertain = true;
            }
        }
        Node::Raw(_) => {
            summary.uncertain = true;
        }
        Node::If(_) | Node::For(_) | Node::Match(_) => {}
    });
    summary
}

/// Checks child counts that the source settles; returns whether run time must count the rest.
fn counts(
    element: &Element,
    id: ElementId,
    errors: &mut Errors,
    summary: &ChildrenSummary,
) -> bool {
    let spec = id.spec();
    if !spec.has_count_rules() {
        return false;
    }
    // Children written directly (outside control flow) are certainly there.
    let mut certain = ChildCounts::new();
    let mut spans: Vec<(ElementId, Span)> = Vec::new();
    // A child already reported (misplaced, unknown, withdrawn) is not counted: saying the parent
    // then has too few children would only repeat that error.
    let reported_child = element
        .children
        .iter()
        .any(|node| matches!(node, Node::Element(child) if child.id.is_none()));
    for node in &element.children {
        if let Node::Element(child) = node
            && let Some(child_id) = child.id
        {
            certain.add(child_id, 1);
            spans.push((child_id, child.name.span()));
        }
    }
    for violation in spec.check_counts(&certain) {
        let span = match &violation {
            Violation::TooManyChildren { child, max, .. } => spans
                .iter()
                .filter(|(kind, _)| child.is_none_or(|c| std::ptr::eq(kind.spec(), c)))
                .nth(*max as usize)
                .map(|(_, span)| *span),
            Violation::ExclusiveChild { other, .. } => spans
                .iter()
                .find(|(kind, _)| std::ptr::eq(kind.spec(), *other))
                .map(|(_, span)| *span),
            Violation::TooFewChildren { .. } if summary.uncertain || reported_child => continue,
            _ => None,
        };
        errors.push(span.unwrap_or_else(|| element.name.span()), violation);
    }
    summary.uncertain
}

/// Checks a literal attribute value against the attribute's type.
fn literal_value(
    element: &'static schema::Element,
    attribute: &'static schema::Attribute,
    literal: &Literal,
) -> Result<(), String> {
    match literal.kind {
        LiteralKind::Word => {
            if !accepts_bare_word(&attribute.ty) {
                return Err(format!(
                    "`{}` on `<{}>` takes {}: write the value as a string literal, `{} = \"{}\"`",
                    attribute.name,
                    element.name,
                    attribute.ty.describe(),
                    attribute.name,
                    literal.text
                ));
            }
        }
        LiteralKind::Number if attribute.ty == ValueType::Url => {
            return Err(format!(
                "`{}` on `<{}>` takes a URL: write it as a string literal",
                attribute.name, element.name
            ));
        }
        LiteralKind::Number | LiteralKind::Str => {}
    }
    element
        .check_value(attribute, &literal.text)
        .map_err(Message::into_message)
}
