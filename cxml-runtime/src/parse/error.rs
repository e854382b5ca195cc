//! What went wrong in a document: every problem, with line, column and element path.

use std::fmt;

use crate::schema::Violation;

use super::tree::{NONE, Tree};

/// One problem in a document.
///
/// `message` is the same text the `cxml!` macro prints for the same rule (it is the `Display`
/// of [`Violation`] whenever a schema rule is broken).
///
/// ```
/// # use cxml_runtime as cxml;
/// let error = cxml::parse("<Response>\n  <Dial><Play>x</Play></Dial>\n</Response>").unwrap_err();
/// let problem = &error.problems()[0];
/// assert_eq!((problem.line, problem.column), (2, 9));
/// assert_eq!(problem.path, "Response > Dial > Play");
/// assert!(problem.message.starts_with("`<Play>` is not allowed inside `<Dial>`"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The element the problem is in or about, from the root: `Response > Dial > Say`
    /// (empty outside any element).
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// The schema rule broken, when the problem is one (XML syntax problems are not).
    pub violation: Option<Violation>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// Why a text is not a valid cXML document: all its problems, XML problems first, then broken
/// rules in the order the rule engine finds them (document order).
///
/// `Display` writes one problem a line, as `line:column: message`.
///
/// ```
/// # use cxml_runtime as cxml;
/// let error = cxml::parse(r#"<Response><Say lop="2" voice="alice">Hi</Say><Hangup>x</Hangup></Response>"#).unwrap_err();
/// assert_eq!(error.problems().len(), 2);
/// assert_eq!(
///     error.to_string(),
///     "1:16: `<Say>` has no attribute `lop`; did you mean `loop`? (it also takes `language` or `voice`)\n\
///      1:54: `<Hangup>` holds no text and no child elements"
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    problems: Vec<Problem>,
}

impl ParseError {
    /// The problems, in document order; never empty.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The problems, owned.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

/// A problem before positions are turned into lines and columns.
struct Pending {
    offset: usize,
    /// The element whose path to show, or [`NONE`].
    at: u32,
    message: String,
    violation: Option<Violation>,
}

/// Collects problems up to a limit, cheaply: lines, columns and paths are worked out once, at
/// the end, and only when there is something to report.
pub(crate) struct Problems {
    pending: Vec<Pending>,
    limit: usize,
    dropped: usize,
}

impl Problems {
    pub fn new(limit: usize) -> Self {
        Problems {
            pending: Vec::new(),
            limit: limit.max(1),
            dropped: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Records a problem that is not a schema rule (XML syntax, limits).
    pub fn push(&mut self, offset: usize, at: u32, message: impl Into<String>) {
        self.add(offset, at, message.into(), None);
    }

    /// Records a broken schema rule.
    pub fn violation(&mut self, offset: usize, at: u32, violation: Violation) {
        self.add(offset, at, violation.to_string(), Some(violation));
    }

    fn add(&mut self, offset: usize, at: u32, message: String, violation: Option<Violation>) {
        if self.pending.len() < self.limit {
            self.pending.push(Pending {
                offset,
                at,
                message,
                violation,
            });
        } else {
            self.dropped += 1;
        }
    }

    /// The error, with positions resolved against `input` and paths against `tree`. Problems
    /// keep the order they were found in (the rule engine's document order).
    pub fn into_error(self, input: &str, tree: &Tree<'_>) -> ParseError {
        // Lines and columns are found in one pass over the input, in offset order.
        let mut by_offset: Vec<usize> = (0..self.pending.len()).collect();
        by_offset.sort_by_key(|&index| self.pending[index].offset);
        let mut positions = vec![(1, 1); self.pending.len()];
        let mut cursor = LineCursor::default();
        for index in by_offset {
            positions[index] = cursor.advance(input, self.pending[index].offset);
        }
        let mut problems = Vec::with_capacity(self.pending.len() + 1);
        for (pending, (line, column)) in self.pending.into_iter().zip(positions) {
            let path = if pending.at == NONE {
                String::new()
            } else {
                tree.path(pending.at)
            };
            problems.push(Problem {
                line,
                column,
                path,
                message: pending.message,
                violation: pending.violation,
            });
        }
        if self.dropped > 0 {
            let (line, column) = cursor.advance(input, input.len());
            problems.push(Problem {
                line,
                column,
                path: String::new(),
                message: format!("{} more problems not shown", self.dropped),
                violation: None,
            });
        }
        ParseError { problems }
    }
}

/// Turns increasing byte offsets into 1-based lines and character columns in one pass.
struct LineCursor {
    offset: usize,
    line: usize,
    line_start: usize,
}

impl Default for LineCursor {
    fn default() -> Self {
        LineCursor {
            offset: 0,
            line: 1,
            line_start: 0,
        }
    }
}

impl LineCursor {
    fn advance(&mut self, input: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(input.len());
        while !input.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset > self.offset {
            let passed = &input.as_bytes()[self.offset..offset];
            for (index, byte) in passed.iter().enumerate() {
                if *byte == b'\n' {
                    self.line += 1;
                    self.line_start = self.offset + index + 1;
                }
            }
            self.offset = offset;
        }
        let column = input[self.line_start..offset].chars().count() + 1;
        (self.line, column)
    }
}
