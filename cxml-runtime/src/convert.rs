//! A document as `cxml!` source: what `cxml convert` prints.

use std::fmt::Write as _;

use crate::document::{Document, Element, Node};

const INDENT: &str = "    ";

impl Document<'_> {
    /// The document as `cxml!` macro source that compiles and renders this same document.
    ///
    /// Attribute values and text become string literals (the macro checks them as it checks the
    /// XML); an element holding only text without attributes takes it as its positional value.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// let doc = cxml::parse(
    ///     r#"<Response><Say voice="alice">Hello <say-as interpret-as="digits">12</say-as></Say><Dial><Number>+15550100</Number></Dial><Hangup/></Response>"#,
    /// ).unwrap();
    /// assert_eq!(doc.to_cxml_source(), r#"cxml! {
    ///     Response <
    ///         Say(voice = "alice") <
    ///             "Hello "
    ///             say-as(interpret-as = "digits") < "12" >
    ///         >
    ///         Dial <
    ///             Number("+15550100")
    ///         >
    ///         Hangup
    ///     >
    /// }
    /// "#);
    /// ```
    pub fn to_cxml_source(&self) -> String {
        self.to_macro_source("cxml")
    }

    /// The document as `twiml!` macro source (a document read with
    /// [`Platform::Twilio`](crate::schema::Platform::Twilio)): the same form as
    /// [`to_cxml_source`](Self::to_cxml_source).
    pub fn to_twiml_source(&self) -> String {
        self.to_macro_source("twiml")
    }

    fn to_macro_source(&self, name: &str) -> String {
        let mut out = format!("{name}! {{\n");
        write_element(&mut out, self.root(), 1);
        out.push_str("}\n");
        out
    }
}

/// Appends `text` as a Rust string literal (`Debug` escapes exactly what a literal needs).
fn literal(out: &mut String, text: &str) {
    let _ = write!(out, "{text:?}");
}

fn head(out: &mut String, element: Element<'_>) {
    out.push_str(element.name());
    if element.attributes().is_empty() {
        return;
    }
    out.push('(');
    for (index, (name, value)) in element.attributes().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push_str(" = ");
        literal(out, value);
    }
    out.push(')');
}

/// Writes one element and its subtree, one child a line; iterative, so depth costs no stack.
fn write_element(out: &mut String, root: Element<'_>, depth: usize) {
    enum Step<'a> {
        Node(Node<'a>, usize),
        Root(Element<'a>, usize),
        Close(usize),
    }
    let mut stack = vec![Step::Root(root, depth)];
    while let Some(step) = stack.pop() {
        let (element, depth) = match step {
            Step::Root(element, depth) | Step::Node(Node::Element(element), depth) => {
                (element, depth)
            }
            Step::Node(Node::Text(text), depth) => {
                out.push_str(&INDENT.repeat(depth));
                literal(out, text);
                out.push('\n');
                continue;
            }
            Step::Close(depth) => {
                out.push_str(&INDENT.repeat(depth));
                out.push_str(">\n");
                continue;
            }
        };
        out.push_str(&INDENT.repeat(depth));
        let mut children = element.children();
        let first = children.next();
        let only_text = match (first, children.next()) {
            (Some(Node::Text(text)), None) => Some(text),
            _ => None,
        };
        match only_text {
            _ if first.is_none() => head(out, element),
            Some(text) if element.attributes().is_empty() => {
                out.push_str(element.name());
                out.push('(');
                literal(out, text);
                out.push(')');
            }
            Some(text) => {
                head(out, element);
                out.push_str(" < ");
                literal(out, text);
                out.push_str(" >");
            }
            None => {
                head(out, element);
                out.push_str(" <\n");
                stack.push(Step::Close(depth));
                let children: Vec<Node<'_>> = element.children().collect();
                for child in children.into_iter().rev() {
                    stack.push(Step::Node(child, depth + 1));
                }
                continue;
            }
        }
        out.push('\n');
    }
}
