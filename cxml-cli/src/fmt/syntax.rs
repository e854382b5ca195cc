//! The shape of a `cxml!` body, as far as layout needs it: elements, arguments, children,
//! control flow and comments. Rust code (splices, conditions, patterns) stays token ranges that
//! the printer copies as written. Anything this parser does not recognise leaves the whole
//! call as written, so formatting never guesses.

use super::lex::{Kind, Token};

/// Tokens `first..=last`, printed as written.
#[derive(Debug, Clone, Copy)]
pub struct Verbatim {
    pub first: usize,
    pub last: usize,
}

pub struct Body {
    /// `in Dial:` of a fragment, as it will be printed.
    pub header: Option<String>,
    pub items: Vec<Item>,
}

/// One entry of a list (children, arguments, match arms) and the line breaks before it in the
/// source, so blank lines and end-of-line comments stay where they were.
pub struct Item<T = Node> {
    pub newlines_before: usize,
    pub entry: Entry<T>,
}

pub enum Entry<T> {
    Comment(usize),
    Node(T),
}

pub enum Node {
    Element(Element),
    /// A text literal, a `{ splice }` or an `unchecked_raw!(…)`.
    Atom(Verbatim),
    If(If),
    For(For),
    Match(Match),
}

pub struct Element {
    pub name: String,
    pub args: Option<Vec<Item<Arg>>>,
    pub children: Option<Vec<Item>>,
}

pub struct Arg {
    /// `name = ` of an attribute, or nothing for the text argument.
    pub name: Option<String>,
    pub value: Value,
    /// A `,` follows in the source (kept as written, so the tokens do not change).
    pub comma: bool,
}

pub enum Value {
    /// A literal, a bare word or a negative number, as it will be printed.
    Plain(String),
    Splice(Verbatim),
}

pub struct If {
    /// `if cond { … }`, then each `else if cond { … }`.
    pub branches: Vec<(Verbatim, Vec<Item>)>,
    pub otherwise: Option<Vec<Item>>,
}

pub struct For {
    pub pattern: Verbatim,
    pub iterable: Verbatim,
    pub body: Vec<Item>,
}

pub struct Match {
    pub scrutinee: Verbatim,
    pub arms: Vec<Item<Arm>>,
}

pub struct Arm {
    pub pattern: Verbatim,
    pub body: ArmBody,
    pub comma: bool,
}

pub enum ArmBody {
    Block(Vec<Item>),
    Node(Node),
}

/// Parses the tokens strictly between `open` and its closer; `None` when the body is not
/// something the formatter understands (it is then left as written).
pub fn parse_body(source: &str, tokens: &[Token], open: usize, close: usize) -> Option<Body> {
    let mut parser = Parser {
        source,
        tokens,
        position: open + 1,
        end: close,
        depth: 0,
    };
    let header = if parser.is_ident("in") {
        parser.position += 1;
        Some(format!("in {}:", parser.fragment_parent()?))
    } else {
        None
    };
    let items = parser.items(false)?;
    Some(Body { header, items })
}

/// Deeper than the macro accepts: such a body is left as written rather than recursed into.
const MAX_DEPTH: usize = 128;

struct Parser<'a> {
    source: &'a str,
    tokens: &'a [Token],
    position: usize,
    /// Index of the closing delimiter of the group being read.
    end: usize,
    depth: usize,
}

impl Parser<'_> {
    fn kind(&self) -> Option<Kind> {
        (self.position < self.end).then(|| self.tokens[self.position].kind)
    }

    fn kind_at(&self, index: usize) -> Option<Kind> {
        (index < self.end).then(|| self.tokens[index].kind)
    }

    fn text(&self, index: usize) -> &str {
        self.tokens[index].text(self.source)
    }

    fn is_ident(&self, word: &str) -> bool {
        self.kind() == Some(Kind::Ident) && self.text(self.position) == word
    }

    fn is_punct(&self, ch: char) -> bool {
        self.kind() == Some(Kind::Punct(ch))
    }

    /// Index of the closer of the group opening at `open`.
    fn close_of(&self, open: usize) -> usize {
        super::lex::matching_close(&self.tokens[..=self.end], open)
    }

    /// A parser over the inside of the group opening at the current token.
    fn enter(&mut self) -> Option<Parser<'_>> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        let open = self.position;
        let close = self.close_of(open);
        self.position = close + 1;
        Some(Parser {
            source: self.source,
            tokens: self.tokens,
            position: open + 1,
            end: close,
            depth: self.depth + 1,
        })
    }

    fn newlines_before(&self) -> usize {
        self.tokens[self.position].newlines_before
    }

    /// Children up to the end of the group, or (when `closed_by_angle`) up to a `>`.
    fn items(&mut self, closed_by_angle: bool) -> Option<Vec<Item>> {
        let mut items = Vec::new();
        loop {
            match self.kind() {
                None => return (!closed_by_angle).then_some(items),
                Some(Kind::Punct('>')) if closed_by_angle => {
                    self.position += 1;
                    return Some(items);
                }
                Some(Kind::LineComment | Kind::BlockComment) => {
                    items.push(Item {
                        newlines_before: self.newlines_before(),
                        entry: Entry::Comment(self.position),
                    });
                    self.position += 1;
                }
                Some(_) => {
                    let newlines_before = self.newlines_before();
                    let node = self.node()?;
                    items.push(Item {
                        newlines_before,
                        entry: Entry::Node(node),
                    });
                }
            }
        }
    }

    fn node(&mut self) -> Option<Node> {
        let start = self.position;
        match self.kind()? {
            Kind::Literal => {
                self.position += 1;
                Some(Node::Atom(Verbatim {
                    first: start,
                    last: start,
                }))
            }
            Kind::Open('{') => {
                let close = self.close_of(start);
                self.position = close + 1;
                Some(Node::Atom(Verbatim {
                    first: start,
                    last: close,
                }))
            }
            Kind::Ident => match self.text(start) {
                "if" => self.if_node().map(Node::If),
                "for" => self.for_node().map(Node::For),
                "match" => self.match_node().map(Node::Match),
                "unchecked_raw"
                    if self.kind_at(start + 1) == Some(Kind::Punct('!'))
                        && self.kind_at(start + 2) == Some(Kind::Open('(')) =>
                {
                    let close = self.close_of(start + 2);
                    self.position = close + 1;
                    Some(Node::Atom(Verbatim {
                        first: start,
                        last: close,
                    }))
                }
                _ => self.element().map(Node::Element),
            },
            _ => None,
        }
    }

    /// Idents joined by `-` or `:` (`say-as`, `xml:lang`), printed without spaces.
    fn name(&mut self) -> Option<String> {
        if self.kind()? != Kind::Ident {
            return None;
        }
        let mut name = self.text(self.position).to_string();
        self.position += 1;
        while let (Some(Kind::Punct(joiner @ ('-' | ':'))), Some(Kind::Ident)) =
            (self.kind(), self.kind_at(self.position + 1))
        {
            name.push(joiner);
            name.push_str(self.text(self.position + 1));
            self.position += 2;
        }
        Some(name)
    }

    /// `Dial` in `in Dial:`. `:` also joins names, so take the longest prefix that names an
    /// element and is followed by `:` (as the macro does), else the shortest.
    fn fragment_parent(&mut self) -> Option<String> {
        let start = self.position;
        let mut parts = Vec::new();
        let mut index = start;
        while self.kind_at(index) == Some(Kind::Ident) {
            let text: String = (start..=index).map(|at| self.text(at)).collect();
            if self.kind_at(index + 1) == Some(Kind::Punct(':')) {
                parts.push((index, text));
            }
            match (self.kind_at(index + 1), self.kind_at(index + 2)) {
                (Some(Kind::Punct('-' | ':')), Some(Kind::Ident)) => index += 2,
                _ => break,
            }
        }
        let known = parts.iter().rev().find(|(_, text)| {
            cxml_runtime::schema::Platform::ALL
                .into_iter()
                .any(|platform| {
                    cxml_runtime::schema::elements_named_in(platform, text)
                        .next()
                        .is_some()
                })
        });
        let (last, text) = known.or(parts.first())?.clone();
        self.position = last + 2;
        Some(text)
    }

    fn element(&mut self) -> Option<Element> {
        let name = self.name()?;
        let args = if self.kind() == Some(Kind::Open('(')) {
            Some(self.enter()?.args()?)
        } else {
            None
        };
        let children = if self.is_punct('<') {
            if self.depth >= MAX_DEPTH {
                return None;
            }
            self.position += 1;
            self.depth += 1;
            let children = self.items(true);
            self.depth -= 1;
            Some(children?)
        } else {
            None
        };
        Some(Element {
            name,
            args,
            children,
        })
    }

    fn args(&mut self) -> Option<Vec<Item<Arg>>> {
        let mut items = Vec::new();
        while let Some(kind) = self.kind() {
            let newlines_before = self.newlines_before();
            if matches!(kind, Kind::LineComment | Kind::BlockComment) {
                items.push(Item {
                    newlines_before,
                    entry: Entry::Comment(self.position),
                });
                self.position += 1;
                continue;
            }
            let mut lookahead = self.position;
            let name = if kind == Kind::Ident && {
                lookahead += 1;
                while let (Some(Kind::Punct('-' | ':')), Some(Kind::Ident)) =
                    (self.kind_at(lookahead), self.kind_at(lookahead + 1))
                {
                    lookahead += 2;
                }
                self.kind_at(lookahead) == Some(Kind::Punct('='))
            } {
                let name = self.name()?;
                self.position += 1; // `=`
                Some(name)
            } else {
                None
            };
            let value = self.value()?;
            // Comments between a value and its comma print after the comma.
            let mut comments = Vec::new();
            while matches!(self.kind(), Some(Kind::LineComment | Kind::BlockComment)) {
                comments.push(Item {
                    newlines_before: self.newlines_before(),
                    entry: Entry::Comment(self.position),
                });
                self.position += 1;
            }
            let comma = self.is_punct(',');
            if comma {
                self.position += 1;
            } else if self.kind().is_some() && comments.is_empty() {
                return None;
            }
            items.push(Item {
                newlines_before,
                entry: Entry::Node(Arg { name, value, comma }),
            });
            items.extend(comments);
            if !comma && self.kind().is_some() {
                return None;
            }
        }
        Some(items)
    }

    fn value(&mut self) -> Option<Value> {
        match self.kind()? {
            Kind::Punct('-') if self.kind_at(self.position + 1) == Some(Kind::Literal) => {
                let text = format!("-{}", self.text(self.position + 1));
                self.position += 2;
                Some(Value::Plain(text))
            }
            Kind::Literal => {
                self.position += 1;
                Some(Value::Plain(self.text(self.position - 1).to_string()))
            }
            Kind::Ident => self.name().map(Value::Plain),
            Kind::Open('{') => {
                let first = self.position;
                let last = self.close_of(first);
                self.position = last + 1;
                Some(Value::Splice(Verbatim { first, last }))
            }
            _ => None,
        }
    }

    /// Rust tokens up to the next `{` of this group (groups inside are skipped whole), or up to
    /// the ident `stop`. They may not start or end with a comment.
    fn rust_until(&mut self, stop: Option<&str>) -> Option<Verbatim> {
        let first = self.position;
        loop {
            match self.kind()? {
                Kind::Open('{') => break,
                Kind::Ident if stop.is_some_and(|word| self.text(self.position) == word) => break,
                Kind::Open(_) => self.position = self.close_of(self.position) + 1,
                _ => self.position += 1,
            }
        }
        let last = self.position.checked_sub(1)?;
        if last < first || self.tokens[first].is_comment() || self.tokens[last].is_comment() {
            return None;
        }
        Some(Verbatim { first, last })
    }

    fn block(&mut self) -> Option<Vec<Item>> {
        if self.kind()? != Kind::Open('{') {
            return None;
        }
        self.enter()?.items(false)
    }

    fn if_node(&mut self) -> Option<If> {
        let mut branches = Vec::new();
        let mut otherwise = None;
        loop {
            self.position += 1; // `if`
            let condition = self.rust_until(None)?;
            branches.push((condition, self.block()?));
            if !self.is_ident("else") {
                break;
            }
            self.position += 1;
            if !self.is_ident("if") {
                otherwise = Some(self.block()?);
                break;
            }
        }
        Some(If {
            branches,
            otherwise,
        })
    }

    fn for_node(&mut self) -> Option<For> {
        self.position += 1; // `for`
        let pattern = self.rust_until(Some("in"))?;
        if !self.is_ident("in") {
            return None;
        }
        self.position += 1;
        let iterable = self.rust_until(None)?;
        let body = self.block()?;
        Some(For {
            pattern,
            iterable,
            body,
        })
    }

    fn match_node(&mut self) -> Option<Match> {
        self.position += 1; // `match`
        let scrutinee = self.rust_until(None)?;
        let mut inner = self.enter()?;
        let mut arms = Vec::new();
        while let Some(kind) = inner.kind() {
            let newlines_before = inner.newlines_before();
            if matches!(kind, Kind::LineComment | Kind::BlockComment) {
                arms.push(Item {
                    newlines_before,
                    entry: Entry::Comment(inner.position),
                });
                inner.position += 1;
                continue;
            }
            let first = inner.position;
            while !(inner.is_punct('=')
                && inner.kind_at(inner.position + 1) == Some(Kind::Punct('>')))
            {
                match inner.kind()? {
                    Kind::Open(_) => inner.position = inner.close_of(inner.position) + 1,
                    _ => inner.position += 1,
                }
            }
            let last = inner
                .position
                .checked_sub(1)
                .filter(|&last| last >= first)?;
            if inner.tokens[first].is_comment() || inner.tokens[last].is_comment() {
                return None;
            }
            inner.position += 2; // `=>`
            let body = if inner.kind()? == Kind::Open('{') {
                ArmBody::Block(inner.block()?)
            } else {
                ArmBody::Node(inner.node()?)
            };
            let comma = inner.is_punct(',');
            if comma {
                inner.position += 1;
            }
            arms.push(Item {
                newlines_before,
                entry: Entry::Node(Arm {
                    pattern: Verbatim { first, last },
                    body,
                    comma,
                }),
            });
        }
        Some(Match { scrutinee, arms })
    }
}
