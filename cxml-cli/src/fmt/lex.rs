//! A small Rust lexer that keeps comments and byte positions: enough to find `cxml!` calls,
//! match their delimiters and copy everything else byte for byte.

/// What one token is. Literals and lifetimes are one token each; comments are tokens too, so
/// that the formatter can keep them where they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ident,
    Lifetime,
    Literal,
    Punct(char),
    Open(char),
    Close(char),
    LineComment,
    BlockComment,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the source.
    pub start: usize,
    pub end: usize,
    /// Line breaks in the white space just before this token.
    pub newlines_before: usize,
}

impl Token {
    pub fn is_comment(&self) -> bool {
        matches!(self.kind, Kind::LineComment | Kind::BlockComment)
    }

    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Why a file could not be read as Rust tokens.
#[derive(Debug)]
pub struct LexError {
    pub offset: usize,
    pub message: &'static str,
}

/// The tokens of `source`, with every `(`/`[`/`{` matched by its closer.
pub fn lex(source: &str) -> Result<Vec<Token>, LexError> {
    let mut lexer = Lexer {
        source,
        bytes: source.as_bytes(),
        position: 0,
    };
    let mut tokens = Vec::new();
    let mut open = Vec::new();
    // A `#!` line at the very start is not Rust tokens (but `#![attr]` is).
    if source.starts_with("#!") && !source[2..].trim_start().starts_with('[') {
        lexer.position = source.find('\n').unwrap_or(source.len());
    }
    loop {
        let newlines_before = lexer.skip_white_space();
        if lexer.position >= source.len() {
            break;
        }
        let start = lexer.position;
        let kind = lexer.token()?;
        match kind {
            Kind::Open(ch) => open.push((ch, start)),
            Kind::Close(ch) => match open.pop() {
                Some((opener, _)) if closer(opener) == ch => {}
                _ => {
                    return Err(LexError {
                        offset: start,
                        message: "unmatched closing delimiter",
                    });
                }
            },
            _ => {}
        }
        tokens.push(Token {
            kind,
            start,
            end: lexer.position,
            newlines_before,
        });
    }
    match open.pop() {
        Some((_, offset)) => Err(LexError {
            offset,
            message: "unclosed delimiter",
        }),
        None => Ok(tokens),
    }
}

pub fn closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Index of the token that closes the group opened at `tokens[open]`.
pub fn matching_close(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (index, token) in tokens.iter().enumerate().skip(open) {
        match token.kind {
            Kind::Open(_) => depth += 1,
            Kind::Close(_) => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
    }
    // `lex` only returns balanced token lists.
    tokens.len() - 1
}

struct Lexer<'a> {
    source: &'a str,
    bytes: &'a [u8],
    position: usize,
}

impl Lexer<'_> {
    fn peek(&self, offset: usize) -> Option<char> {
        self.source[self.position..].chars().nth(offset)
    }

    fn skip_white_space(&mut self) -> usize {
        let mut newlines = 0;
        while let Some(ch) = self.peek(0) {
            if !ch.is_whitespace() {
                break;
            }
            newlines += usize::from(ch == '\n');
            self.position += ch.len_utf8();
        }
        newlines
    }

    fn error(&self, message: &'static str) -> LexError {
        LexError {
            offset: self.position,
            message,
        }
    }

    fn token(&mut self) -> Result<Kind, LexError> {
        let rest = &self.source[self.position..];
        let first = self.peek(0).unwrap_or(' ');
        if rest.starts_with("//") {
            self.position += rest.find('\n').unwrap_or(rest.len());
            return Ok(Kind::LineComment);
        }
        if rest.starts_with("/*") {
            self.block_comment()?;
            return Ok(Kind::BlockComment);
        }
        if let Some(kind) = self.prefixed_literal()? {
            return Ok(kind);
        }
        match first {
            '"' => {
                self.position += 1;
                self.quoted('"')?;
                self.suffix();
                Ok(Kind::Literal)
            }
            '\'' => self.quote_or_lifetime(),
            '0'..='9' => {
                self.number();
                Ok(Kind::Literal)
            }
            '(' | '[' | '{' => {
                self.position += 1;
                Ok(Kind::Open(first))
            }
            ')' | ']' | '}' => {
                self.position += 1;
                Ok(Kind::Close(first))
            }
            ch if is_ident_start(ch) => {
                if rest.starts_with("r#") {
                    self.position += 2;
                }
                self.ident();
                Ok(Kind::Ident)
            }
            ch => {
                self.position += ch.len_utf8();
                Ok(Kind::Punct(ch))
            }
        }
    }

    /// `b"…"`, `c"…"`, `b'…'`, `r"…"`, `r#"…"#`, `br"…"`, `cr#"…"#`.
    fn prefixed_literal(&mut self) -> Result<Option<Kind>, LexError> {
        let rest = &self.bytes[self.position..];
        let prefix = match rest {
            [b'b' | b'c', b'r', b'"' | b'#', ..] => 2,
            [b'r', b'"' | b'#', ..] => 1,
            [b'b' | b'c', b'"', ..] => {
                self.position += 2;
                self.quoted('"')?;
                self.suffix();
                return Ok(Some(Kind::Literal));
            }
            [b'b', b'\'', ..] => {
                self.position += 2;
                self.quoted('\'')?;
                self.suffix();
                return Ok(Some(Kind::Literal));
            }
            _ => return Ok(None),
        };
        // Raw string: count the hashes; `r#ident` is a raw identifier, not a string.
        let hashes = rest[prefix..].iter().take_while(|&&b| b == b'#').count();
        if rest.get(prefix + hashes) != Some(&b'"') {
            return Ok(None);
        }
        self.position += prefix + hashes + 1;
        let closing: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        match self.source[self.position..].find(&closing) {
            Some(at) => self.position += at + closing.len(),
            None => return Err(self.error("unterminated raw string")),
        }
        self.suffix();
        Ok(Some(Kind::Literal))
    }

    /// After the opening quote: up to and past the closing one, skipping escapes.
    fn quoted(&mut self, quote: char) -> Result<(), LexError> {
        let start = self.position;
        let mut chars = self.source[self.position..].char_indices();
        while let Some((at, ch)) = chars.next() {
            if ch == '\\' {
                chars.next();
            } else if ch == quote {
                self.position += at + 1;
                return Ok(());
            }
        }
        self.position = start;
        Err(self.error("unterminated literal"))
    }

    fn quote_or_lifetime(&mut self) -> Result<Kind, LexError> {
        // `'a'`, `'\n'`: a character; `'a`, `'static`: a lifetime or label.
        let second = self.peek(1);
        let third = self.peek(2);
        if second == Some('\\') || third == Some('\'') || !second.is_some_and(is_ident_start) {
            self.position += 1;
            self.quoted('\'')?;
            self.suffix();
            return Ok(Kind::Literal);
        }
        self.position += 1;
        if self.source[self.position..].starts_with("r#") {
            self.position += 2;
        }
        self.ident();
        Ok(Kind::Lifetime)
    }

    fn ident(&mut self) {
        while let Some(ch) = self.peek(0) {
            if !is_ident_continue(ch) {
                break;
            }
            self.position += ch.len_utf8();
        }
    }

    /// A literal's suffix (`"…"suffix`, `1u8`).
    fn suffix(&mut self) {
        if self.peek(0).is_some_and(is_ident_start) {
            self.ident();
        }
    }

    fn number(&mut self) {
        let hex = self.source[self.position..].starts_with("0x");
        loop {
            match self.peek(0) {
                Some('e' | 'E') if !hex && matches!(self.peek(1), Some('+' | '-')) => {
                    self.position += 2;
                }
                Some(ch) if is_ident_continue(ch) => self.position += ch.len_utf8(),
                // `1.5`, `1.` (a float), but not `1..2` or `1.max(2)` or `x.0.1`.
                Some('.') if !hex => match self.peek(1) {
                    Some(next) if next.is_ascii_digit() => self.position += 1,
                    Some(next) if next == '.' || is_ident_start(next) => return,
                    _ => {
                        self.position += 1;
                        return;
                    }
                },
                _ => return,
            }
        }
    }

    fn block_comment(&mut self) -> Result<(), LexError> {
        let start = self.position;
        let mut depth = 0usize;
        while self.position < self.bytes.len() {
            let rest = &self.bytes[self.position..];
            if rest.starts_with(b"/*") {
                depth += 1;
                self.position += 2;
            } else if rest.starts_with(b"*/") {
                depth -= 1;
                self.position += 2;
                if depth == 0 {
                    return Ok(());
                }
            } else {
                self.position += 1;
            }
        }
        self.position = start;
        Err(self.error("unterminated block comment"))
    }
}

fn is_ident_start(ch: char) -> bool {
    ch == '_' || ch.is_alphabetic()
}

fn is_ident_continue(ch: char) -> bool {
    ch == '_' || ch.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<(Kind, &str)> {
        lex(source)
            .expect("lexes")
            .into_iter()
            .map(|token| (token.kind, token.text(source)))
            .collect()
    }

    #[test]
    fn literals_lifetimes_and_comments_are_single_tokens() {
        let source = r####"x = r#"a "quoted" }"# + b'}' + '}' + 'a + "\"}" /* { /* } */ */ // }
            1.5e-3 + 1..2 + t.0.1 + r#match + br##"#"##"####;
        let texts: Vec<&str> = kinds(source).into_iter().map(|(_, text)| text).collect();
        assert_eq!(
            texts,
            [
                "x",
                "=",
                r###"r#"a "quoted" }"#"###,
                "+",
                "b'}'",
                "+",
                "'}'",
                "+",
                "'a",
                "+",
                r#""\"}""#,
                "/* { /* } */ */",
                "// }",
                "1.5e-3",
                "+",
                "1",
                ".",
                ".",
                "2",
                "+",
                "t",
                ".",
                "0.1",
                "+",
                "r#match",
                "+",
                r###"br##"#"##"###
            ]
        );
        assert_eq!(kinds("'a'")[0].0, Kind::Literal);
        assert_eq!(kinds("'static")[0].0, Kind::Lifetime);
    }

    #[test]
    fn unbalanced_or_unterminated_input_is_an_error() {
        for bad in ["(", "}", "( ]", "\"open", "/* open", "r#\"open\"", "'"] {
            assert!(lex(bad).is_err(), "{bad:?} should not lex");
        }
    }

    #[test]
    fn newlines_before_are_counted() {
        let tokens = lex("a\n\n  b c").expect("lexes");
        let counts: Vec<usize> = tokens.iter().map(|token| token.newlines_before).collect();
        assert_eq!(counts, [0, 2, 0]);
    }
}
