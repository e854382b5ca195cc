//! Printing a parsed body: each node on one line when it fits in [`WIDTH`] columns, else one
//! child per line, indented by nesting, with long argument lists one argument per line and
//! long `{expr}` splices broken as rustfmt breaks the expression (see [`Printer::splice`]).

use super::lex::{Kind, Token, matching_close};
use super::syntax::*;

/// Lines inside a body stay within this many columns, unless one literal alone is longer.
pub const WIDTH: usize = 100;
const INDENT: usize = 4;

/// Formats every `cxml!` call of a Rust source file; code outside them is kept byte for byte.
/// Also returns how many calls were left as written.
pub fn format_source(source: &str, tokens: &[Token]) -> (String, usize) {
    let mut printer = Printer {
        source,
        tokens,
        out: String::with_capacity(source.len() + source.len() / 8),
        left_as_written: 0,
    };
    if tokens.is_empty() {
        return (source.to_string(), 0);
    }
    printer.out.push_str(&source[..tokens[0].start]);
    printer.verbatim_raw(0, tokens.len() - 1);
    printer
        .out
        .push_str(&source[tokens[tokens.len() - 1].end..]);
    (printer.out, printer.left_as_written)
}

struct Printer<'a> {
    source: &'a str,
    tokens: &'a [Token],
    out: String,
    /// `cxml!` calls whose body was not understood and is kept as written.
    left_as_written: usize,
}

/// Columns taken by `text` (characters, not bytes).
fn width(text: &str) -> usize {
    text.chars().count()
}

impl<'a> Printer<'a> {
    fn text(&self, index: usize) -> &'a str {
        self.tokens[index].text(self.source)
    }

    fn column(&self) -> usize {
        width(&self.out[self.out.rfind('\n').map_or(0, |at| at + 1)..])
    }

    /// Indentation of the output's current line.
    fn line_indent(&self) -> usize {
        let line = &self.out[self.out.rfind('\n').map_or(0, |at| at + 1)..];
        line.len() - line.trim_start_matches(' ').len()
    }

    fn newline(&mut self, indent: usize) {
        while self.out.ends_with(' ') {
            self.out.pop();
        }
        self.out.push('\n');
        self.out.extend(std::iter::repeat_n(' ', indent));
    }

    /// Indentation of the source line holding byte `offset`.
    fn source_indent(&self, offset: usize) -> usize {
        let line_start = self.source[..offset].rfind('\n').map_or(0, |at| at + 1);
        let line = &self.source[line_start..];
        line.len() - line.trim_start_matches(' ').len()
    }

    /// Is `tokens[index]` the `cxml` of a `cxml!(…)` call (or the `twiml` of a `twiml!(…)`,
    /// the same language)? Returns the opening delimiter.
    fn macro_call(&self, index: usize) -> Option<usize> {
        let tokens = self.tokens;
        (tokens[index].kind == Kind::Ident
            && matches!(self.text(index), "cxml" | "twiml")
            && tokens.get(index + 1)?.kind == Kind::Punct('!')
            && matches!(tokens.get(index + 2)?.kind, Kind::Open(_)))
        .then_some(index + 2)
    }

    // ---- Rust code, copied as written ----

    /// Copies tokens `first..=last` and the space between them, re-indenting continuation lines
    /// by as much as the first line moved, and formatting any `cxml!` call inside.
    fn verbatim_raw(&mut self, first: usize, last: usize) {
        let shift =
            self.line_indent() as isize - self.source_indent(self.tokens[first].start) as isize;
        let mut index = first;
        while index <= last {
            if index > first {
                self.gap(index, shift);
            }
            if let Some(open) = self.macro_call(index).filter(|&open| open <= last) {
                let close = matching_close(self.tokens, open);
                let call_end = self.tokens[open].start;
                self.out
                    .push_str(&self.source[self.tokens[index].start..call_end]);
                self.format_call(open, close);
                index = close + 1;
                continue;
            }
            self.out.push_str(self.text(index));
            index += 1;
        }
    }

    /// The white space before `tokens[index]`: kept within a line, re-indented across lines.
    fn gap(&mut self, index: usize, shift: isize) {
        let token = self.tokens[index];
        let space = &self.source[self.tokens[index - 1].end..token.start];
        // Unmoved code (all code outside `cxml!`) keeps its white space byte for byte.
        if token.newlines_before == 0 || shift == 0 {
            self.out.push_str(space);
            return;
        }
        while self.out.ends_with(' ') || self.out.ends_with('\t') {
            self.out.pop();
        }
        for _ in 0..token.newlines_before {
            self.out.push('\n');
        }
        let indent = self.source_indent(token.start) as isize + shift;
        self.out
            .extend(std::iter::repeat_n(' ', indent.max(0) as usize));
    }

    /// The one-line form of Rust tokens, if they are on one line in the source.
    fn verbatim_flat(&self, verbatim: Verbatim) -> Option<String> {
        let mut text = String::new();
        let mut index = verbatim.first;
        while index <= verbatim.last {
            let token = self.tokens[index];
            if index > verbatim.first {
                if token.newlines_before > 0 {
                    return None;
                }
                text.push_str(&self.source[self.tokens[index - 1].end..token.start]);
            }
            if let Some(open) = self.macro_call(index).filter(|&open| open <= verbatim.last) {
                let close = matching_close(self.tokens, open);
                text.push_str(&self.source[token.start..self.tokens[open].start]);
                text.push_str(&self.call_flat(open, close)?);
                index = close + 1;
                continue;
            }
            let token_text = self.text(index);
            if token.kind == Kind::LineComment || token_text.contains('\n') {
                return None;
            }
            text.push_str(token_text);
            index += 1;
        }
        Some(text)
    }

    fn verbatim(&mut self, verbatim: Verbatim) {
        self.verbatim_raw(verbatim.first, verbatim.last);
    }

    // ---- one `cxml!` call ----

    /// The call's delimiters and body on one line, if the body allows it.
    fn call_flat(&self, open: usize, close: usize) -> Option<String> {
        let body = parse_body(self.source, self.tokens, open, close)?;
        let Kind::Open(delimiter) = self.tokens[open].kind else {
            return None;
        };
        let mut parts: Vec<String> = body.header.into_iter().collect();
        parts.extend(self.items_flat(&body.items)?);
        let inside = parts.join(" ");
        Some(match (delimiter, inside.is_empty()) {
            (_, true) => format!("{delimiter}{}", super::lex::closer(delimiter)),
            ('{', false) => format!("{{ {inside} }}"),
            (_, false) => format!("{delimiter}{inside}{}", super::lex::closer(delimiter)),
        })
    }

    /// Prints the call's delimiters and body; a body the parser does not understand is copied.
    fn format_call(&mut self, open: usize, close: usize) {
        let Some(body) = parse_body(self.source, self.tokens, open, close) else {
            self.left_as_written += 1;
            self.verbatim_raw(open, close);
            return;
        };
        // What follows the call on its source line (`;`, `.to_string())`) stays on that line.
        let after = &self.source[self.tokens[close].end..];
        let reserve = width(after[..after.find('\n').unwrap_or(after.len())].trim_end());
        if let Some(flat) = self.call_flat(open, close)
            && self.column() + width(&flat) + reserve <= WIDTH
        {
            self.out.push_str(&flat);
            return;
        }
        let Kind::Open(delimiter) = self.tokens[open].kind else {
            return;
        };
        let indent = self.line_indent();
        self.out.push(delimiter);
        if let Some(header) = &body.header {
            self.out.push_str(header);
        }
        self.items(&body.items, indent + INDENT);
        self.newline(indent);
        self.out.push(super::lex::closer(delimiter));
    }

    // ---- lists ----

    /// The items of a list on one line. Text keeps its elements (SSML, splices) on its line;
    /// a list of elements, control flow and splices goes one per line once it has two.
    fn items_flat(&self, items: &[Item]) -> Option<Vec<String>> {
        let prose = items.iter().any(|item| {
            matches!(&item.entry, Entry::Node(Node::Atom(atom)) if self.tokens[atom.first].kind == Kind::Literal)
        });
        if !prose && items.len() > 1 {
            return None;
        }
        items
            .iter()
            .map(|item| match &item.entry {
                Entry::Comment(_) => None,
                Entry::Node(node) => self.node_flat(node),
            })
            .collect()
    }

    /// Each item on its own line at `indent`; comments that ended a source line end one here.
    fn items(&mut self, items: &[Item], indent: usize) {
        for (position, item) in items.iter().enumerate() {
            match &item.entry {
                Entry::Comment(index) if item.newlines_before == 0 => {
                    self.out.push(' ');
                    self.out.push_str(self.text(*index));
                }
                entry => {
                    if position > 0 && item.newlines_before > 1 {
                        self.newline(0);
                    }
                    self.newline(indent);
                    match entry {
                        Entry::Comment(index) => self.out.push_str(self.text(*index)),
                        Entry::Node(node) => self.node(node, 0),
                    }
                }
            }
        }
    }

    // ---- nodes ----

    fn node_flat(&self, node: &Node) -> Option<String> {
        match node {
            Node::Atom(verbatim) => self.verbatim_flat(*verbatim),
            Node::Element(element) => self.element_flat(element),
            Node::If(branch) => {
                let mut text = String::new();
                for (position, (condition, block)) in branch.branches.iter().enumerate() {
                    if position > 0 {
                        text.push_str(" else ");
                    }
                    text.push_str("if ");
                    text.push_str(&self.verbatim_flat(*condition)?);
                    text.push(' ');
                    text.push_str(&self.block_flat(block)?);
                }
                if let Some(block) = &branch.otherwise {
                    text.push_str(" else ");
                    text.push_str(&self.block_flat(block)?);
                }
                Some(text)
            }
            Node::For(each) => Some(format!(
                "for {} in {} {}",
                self.verbatim_flat(each.pattern)?,
                self.verbatim_flat(each.iterable)?,
                self.block_flat(&each.body)?
            )),
            Node::Match(choice) => {
                let mut arms = Vec::new();
                for arm in &choice.arms {
                    let Entry::Node(arm) = &arm.entry else {
                        return None;
                    };
                    let body = match &arm.body {
                        ArmBody::Block(block) => self.block_flat(block)?,
                        ArmBody::Node(node) => self.node_flat(node)?,
                    };
                    let comma = if arm.comma { "," } else { "" };
                    arms.push(format!(
                        "{} => {body}{comma}",
                        self.verbatim_flat(arm.pattern)?
                    ));
                }
                let scrutinee = self.verbatim_flat(choice.scrutinee)?;
                Some(if arms.is_empty() {
                    format!("match {scrutinee} {{}}")
                } else {
                    format!("match {scrutinee} {{ {} }}", arms.join(" "))
                })
            }
        }
    }

    /// Prints `node` where the output now stands; `reserve` columns must stay free after it.
    fn node(&mut self, node: &Node, reserve: usize) {
        if let Some(flat) = self.node_flat(node)
            && self.column() + width(&flat) + reserve <= WIDTH
        {
            self.out.push_str(&flat);
            return;
        }
        let indent = self.line_indent();
        match node {
            Node::Atom(verbatim) => self.splice(*verbatim, reserve),
            Node::Element(element) => self.element(element, indent, reserve),
            Node::If(branch) => {
                for (position, (condition, block)) in branch.branches.iter().enumerate() {
                    if position > 0 {
                        self.out.push_str(" else ");
                    }
                    self.out.push_str("if ");
                    self.verbatim(*condition);
                    self.out.push(' ');
                    self.block(block, indent, None);
                }
                if let Some(block) = &branch.otherwise {
                    self.out.push_str(" else ");
                    self.block(block, indent, None);
                }
            }
            Node::For(each) => {
                self.out.push_str("for ");
                self.verbatim(each.pattern);
                self.out.push_str(" in ");
                self.verbatim(each.iterable);
                self.out.push(' ');
                self.block(&each.body, indent, None);
            }
            Node::Match(choice) => {
                self.out.push_str("match ");
                self.verbatim(choice.scrutinee);
                self.out.push_str(" {");
                for (position, item) in choice.arms.iter().enumerate() {
                    match &item.entry {
                        Entry::Comment(index) if item.newlines_before == 0 => {
                            self.out.push(' ');
                            self.out.push_str(self.text(*index));
                        }
                        Entry::Comment(index) => {
                            self.blank_line(position, item.newlines_before);
                            self.newline(indent + INDENT);
                            self.out.push_str(self.text(*index));
                        }
                        Entry::Node(arm) => {
                            self.blank_line(position, item.newlines_before);
                            self.newline(indent + INDENT);
                            self.verbatim(arm.pattern);
                            self.out.push_str(" => ");
                            let reserve = usize::from(arm.comma);
                            match &arm.body {
                                ArmBody::Block(block) => {
                                    self.block(block, indent + INDENT, Some(reserve))
                                }
                                // A body that does not fit after `=>` starts the next line
                                // (an element breaks its own lines instead).
                                ArmBody::Node(node)
                                    if !matches!(node, Node::Element(_))
                                        && self.node_flat(node).is_none_or(|flat| {
                                            self.column() + width(&flat) + reserve > WIDTH
                                        }) =>
                                {
                                    self.out.pop();
                                    self.newline(indent + 2 * INDENT);
                                    self.node(node, reserve);
                                }
                                ArmBody::Node(node) => self.node(node, reserve),
                            }
                            if arm.comma {
                                self.out.push(',');
                            }
                        }
                    }
                }
                self.newline(indent);
                self.out.push('}');
            }
        }
    }

    fn blank_line(&mut self, position: usize, newlines_before: usize) {
        if position > 0 && newlines_before > 1 {
            self.newline(0);
        }
    }

    fn block_flat(&self, block: &[Item]) -> Option<String> {
        let items = self.items_flat(block)?;
        Some(if items.is_empty() {
            "{}".to_string()
        } else {
            format!("{{ {} }}", items.join(" "))
        })
    }

    /// `{ … }` with its items one per line, or on this line when `flat_reserve` is given and
    /// they fit with that many columns to spare; `indent` is the line's indentation.
    fn block(&mut self, block: &[Item], indent: usize, flat_reserve: Option<usize>) {
        if let Some(flat) = self.block_flat(block)
            && (block.is_empty()
                || flat_reserve
                    .is_some_and(|reserve| self.column() + width(&flat) + reserve <= WIDTH))
        {
            self.out.push_str(&flat);
            return;
        }
        self.out.push('{');
        self.items(block, indent + INDENT);
        self.newline(indent);
        self.out.push('}');
    }

    // ---- elements ----

    fn args_flat(&self, args: &[Item<Arg>]) -> Option<String> {
        let mut text = String::from("(");
        for (position, item) in args.iter().enumerate() {
            let Entry::Node(arg) = &item.entry else {
                return None;
            };
            if position > 0 {
                text.push(' ');
            }
            text.push_str(&self.arg_flat(arg)?);
        }
        text.push(')');
        Some(text)
    }

    fn arg_flat(&self, arg: &Arg) -> Option<String> {
        let mut text = String::new();
        if let Some(name) = &arg.name {
            text.push_str(name);
            text.push_str(" = ");
        }
        match &arg.value {
            Value::Plain(value) if value.contains('\n') => return None,
            Value::Plain(value) => text.push_str(value),
            Value::Splice(verbatim) => text.push_str(&self.verbatim_flat(*verbatim)?),
        }
        if arg.comma {
            text.push(',');
        }
        Some(text)
    }

    fn element_flat(&self, element: &Element) -> Option<String> {
        let mut text = element.name.clone();
        if let Some(args) = &element.args {
            text.push_str(&self.args_flat(args)?);
        }
        if let Some(children) = &element.children {
            let children = self.items_flat(children)?;
            if children.is_empty() {
                text.push_str(" <>");
            } else {
                text.push_str(" < ");
                text.push_str(&children.join(" "));
                text.push_str(" >");
            }
        }
        Some(text)
    }

    fn element(&mut self, element: &Element, indent: usize, reserve: usize) {
        self.out.push_str(&element.name);
        if let Some(args) = &element.args {
            let tail = match &element.children {
                Some(children) if children.is_empty() => 3 + reserve,
                Some(_) => 2,
                None => reserve,
            };
            match self.args_flat(args) {
                Some(flat) if self.column() + width(&flat) + tail <= WIDTH => {
                    self.out.push_str(&flat)
                }
                _ => {
                    self.out.push('(');
                    for item in args {
                        match &item.entry {
                            Entry::Comment(index) if item.newlines_before == 0 => {
                                self.out.push(' ');
                                self.out.push_str(self.text(*index));
                            }
                            Entry::Comment(index) => {
                                self.newline(indent + INDENT);
                                self.out.push_str(self.text(*index));
                            }
                            Entry::Node(arg) => {
                                self.newline(indent + INDENT);
                                self.arg(arg);
                            }
                        }
                    }
                    self.newline(indent);
                    self.out.push(')');
                }
            }
        }
        if let Some(children) = &element.children {
            if children.is_empty() {
                self.out.push_str(" <>");
                return;
            }
            self.out.push_str(" <");
            self.items(children, indent + INDENT);
            self.newline(indent);
            self.out.push('>');
        }
    }

    fn arg(&mut self, arg: &Arg) {
        if let Some(name) = &arg.name {
            self.out.push_str(name);
            self.out.push_str(" = ");
        }
        match &arg.value {
            Value::Plain(value) => self.out.push_str(value),
            Value::Splice(verbatim) => self.splice(*verbatim, usize::from(arg.comma)),
        }
        if arg.comma {
            self.out.push(',');
        }
    }

    // ---- splices ----

    /// A `{expr}` splice (or another atom) where the output now stands, with `reserve` columns
    /// to spare after it: on one line when it fits; else, when it is on one line in the source,
    /// broken the way rustfmt breaks that expression (a call's arguments one per line, a
    /// format string and short arguments after it, a method chain one call per line), `)}` at
    /// the line's indentation; else as written.
    fn splice(&mut self, verbatim: Verbatim, reserve: usize) {
        let is_splice = self.tokens[verbatim.first].kind == Kind::Open('{')
            && verbatim.last == matching_close(self.tokens, verbatim.first)
            && verbatim.last > verbatim.first + 1;
        if is_splice
            && let Some(flat) = self.verbatim_flat(verbatim)
            && self.column() + width(&flat) + reserve > WIDTH
            && let Some(broken) = self.expr_broken(
                verbatim.first + 1,
                verbatim.last - 1,
                self.line_indent(),
                self.column() + 1,
                reserve + 1,
            )
        {
            self.out.push('{');
            self.out.push_str(&broken);
            self.out.push('}');
            return;
        }
        self.verbatim(verbatim);
    }

    /// The tokens `first..=last`, an expression that starts at `column` on a line indented by
    /// `indent`, laid out as rustfmt would within [`WIDTH`] with `reserve` columns after it:
    /// lines after the first carry their indentation. `None` when they hold what this does not
    /// lay out (a comment, a `cxml!` call, which is formatted as a body, a line break).
    fn expr_broken(
        &self,
        first: usize,
        last: usize,
        indent: usize,
        column: usize,
        reserve: usize,
    ) -> Option<String> {
        let range = first..=last;
        if range
            .clone()
            .any(|index| self.tokens[index].is_comment() || self.macro_call(index).is_some())
        {
            return None;
        }
        let flat = self.verbatim_flat(Verbatim { first, last })?;
        if column + width(&flat) + reserve <= WIDTH {
            return Some(flat);
        }
        // The top-level `.`s of a method chain (not `..`, not a number's point).
        let mut dots = Vec::new();
        let mut index = first;
        while index <= last {
            match self.tokens[index].kind {
                Kind::Open(_) => index = matching_close(self.tokens, index),
                Kind::Punct('.')
                    if index > first
                        && self.tokens[index - 1].kind != Kind::Punct('.')
                        && self.tokens.get(index + 1).map(|token| token.kind)
                            == Some(Kind::Ident) =>
                {
                    dots.push(index)
                }
                _ => {}
            }
            index += 1;
        }
        if dots.len() >= 2 {
            // The receiver, then each call of the chain on its own line.
            let mut text = self.verbatim_flat(Verbatim {
                first,
                last: dots[0] - 1,
            })?;
            let inner = indent + INDENT;
            for (position, &dot) in dots.iter().enumerate() {
                let end = dots.get(position + 1).map_or(last, |next| next - 1);
                let tail = if end == last { reserve } else { 0 };
                text.push('\n');
                text.push_str(&" ".repeat(inner));
                text.push_str(&self.expr_broken(dot, end, inner, inner, tail)?);
            }
            return Some(text);
        }
        self.call_broken(first, last, indent).or(Some(flat))
    }

    /// `callee(arguments)` (or `name!(…)`, `name![…]`) broken as rustfmt breaks a call: one
    /// argument per line; for a `format!`-like macro, the format string on its line and the
    /// arguments after it on one line when they are short and fit, else one per line. The
    /// tokens stay as written (no trailing comma is added).
    fn call_broken(&self, first: usize, last: usize, indent: usize) -> Option<String> {
        let close = last;
        let Kind::Close(closer) = self.tokens[close].kind else {
            return None;
        };
        if closer == '}' {
            return None;
        }
        let open = (first..close).find(|&index| {
            matches!(self.tokens[index].kind, Kind::Open(_))
                && matching_close(self.tokens, index) == close
        })?;
        if open == first {
            return None;
        }
        // The callee: a path, a method (`.name`), a macro (`name!`), with generics.
        let callee = self.verbatim_flat(Verbatim {
            first,
            last: open - 1,
        })?;
        let macro_name = (self.tokens[open - 1].kind == Kind::Punct('!') && open >= first + 2)
            .then(|| self.text(open - 2));
        // The arguments, split at top-level commas; a closure's `|a, b|` or generics' `<A, B>`
        // could hold commas of their own, so a list with `|` or `<` is left on its line.
        let mut arguments = Vec::new();
        let mut start = open + 1;
        let mut index = open + 1;
        let mut trailing_comma = false;
        while index < close {
            match self.tokens[index].kind {
                Kind::Open(_) => index = matching_close(self.tokens, index),
                // A turbofish (`::<u32>`), to its `>`.
                Kind::Punct('<') if self.tokens[index - 1].kind == Kind::Punct(':') => {
                    index = self.turbofish_end(index, close)?
                }
                Kind::Punct('|' | '<') => return None,
                Kind::Punct(',') => {
                    arguments.push((start, index - 1));
                    start = index + 1;
                    trailing_comma = start == close;
                }
                _ => {}
            }
            index += 1;
        }
        if start < close {
            arguments.push((start, close - 1));
        }
        if arguments.is_empty() || arguments.iter().any(|(a, b)| a > b) {
            return None;
        }
        let inner = indent + INDENT;
        let comma = |position: usize| position + 1 < arguments.len() || trailing_comma;
        let mut text = callee;
        text.push_str(self.text(open));
        // `format!`-like: the arguments up to the format string each on its line, the rest
        // together when they are all simple and fit.
        let format_string = macro_name.and_then(|name| {
            FORMAT_MACROS
                .iter()
                .find(|(macro_name, _)| *macro_name == name)
                .map(|(_, before)| *before)
        });
        let mut position = 0;
        if let Some(before) = format_string
            && arguments.len() > before + 1
        {
            while position <= before {
                let (a, b) = arguments[position];
                text.push('\n');
                text.push_str(&" ".repeat(inner));
                text.push_str(&self.expr_broken(a, b, inner, inner, 1)?);
                text.push(',');
                position += 1;
            }
            let rest: Option<Vec<String>> = arguments[position..]
                .iter()
                .map(|&(a, b)| {
                    self.simple(a, b)
                        .then(|| self.verbatim_flat(Verbatim { first: a, last: b }))
                        .flatten()
                })
                .collect();
            if let Some(rest) = rest {
                let line = rest.join(", ") + if trailing_comma { "," } else { "" };
                if inner + width(&line) <= WIDTH {
                    text.push('\n');
                    text.push_str(&" ".repeat(inner));
                    text.push_str(&line);
                    position = arguments.len();
                }
            }
        }
        for (at, &(a, b)) in arguments.iter().enumerate().skip(position) {
            text.push('\n');
            text.push_str(&" ".repeat(inner));
            let comma = comma(at);
            text.push_str(&self.expr_broken(a, b, inner, inner, usize::from(comma))?);
            if comma {
                text.push(',');
            }
        }
        text.push('\n');
        text.push_str(&" ".repeat(indent));
        text.push_str(self.text(close));
        Some(text)
    }

    /// The `>` that closes the turbofish opened by the `<` at `open`, before `close`.
    fn turbofish_end(&self, open: usize, close: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut index = open;
        while index < close {
            match self.tokens[index].kind {
                Kind::Open(_) => index = matching_close(self.tokens, index),
                Kind::Punct('<') => depth += 1,
                Kind::Punct('>') if self.tokens[index - 1].kind != Kind::Punct('-') => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(index);
                    }
                }
                Kind::Punct(',' | '|') if depth == 0 => return None,
                _ => {}
            }
            index += 1;
        }
        None
    }

    /// A simple argument, which rustfmt puts several to a line after a format string: a
    /// literal, or a path or field (`n`, `self.base`, `&word`), with no call.
    fn simple(&self, first: usize, last: usize) -> bool {
        (first..=last).all(|index| {
            matches!(
                self.tokens[index].kind,
                Kind::Ident | Kind::Literal | Kind::Punct('.' | ':' | '&' | '*' | '-')
            )
        })
    }
}

/// The macros rustfmt formats as `format!`, with how many arguments come before the format
/// string.
const FORMAT_MACROS: [(&str, usize); 12] = [
    ("format", 0),
    ("format_args", 0),
    ("print", 0),
    ("println", 0),
    ("eprint", 0),
    ("eprintln", 0),
    ("write", 1),
    ("writeln", 1),
    ("panic", 0),
    ("unreachable", 0),
    ("todo", 0),
    ("unimplemented", 0),
];
