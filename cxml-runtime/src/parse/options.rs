//! Limits that keep the reader's work and memory proportional to what the caller allows.

/// Limits for [`parse_with`](crate::parse_with). Every limit stops the reader with a problem
/// instead of letting a hostile input cost unbounded time or memory.
///
/// ```
/// # use cxml_runtime as cxml;
/// use cxml::{ParseOptions, parse_with};
/// let options = ParseOptions::default().with_max_depth(2);
/// let error = parse_with("<Response><Say>Hi<break/></Say></Response>", &options).unwrap_err();
/// assert!(error.problems()[0].message.contains("deeper than 2"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Largest input accepted, in bytes (default 1 MiB).
    pub max_input_bytes: usize,
    /// Deepest element nesting accepted; `<Response>` is depth 1 (default 32).
    pub max_depth: usize,
    /// Most elements in a document (default 10 000).
    pub max_elements: usize,
    /// Most attributes on one element (default 64).
    pub max_attributes: usize,
    /// Most problems reported before the reader stops collecting them (default 100).
    pub max_problems: usize,
    /// Whose vocabulary the document is checked against (default SignalWire's cXML;
    /// [`Platform::Twilio`](crate::schema::Platform::Twilio) reads Twilio's TwiML).
    pub platform: crate::schema::Platform,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_bytes: 1 << 20,
            max_depth: 32,
            max_elements: 10_000,
            max_attributes: 64,
            max_problems: 100,
            platform: crate::schema::Platform::SignalWire,
        }
    }
}

impl ParseOptions {
    /// Sets [`max_input_bytes`](Self::max_input_bytes).
    #[must_use]
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// Sets [`max_depth`](Self::max_depth).
    #[must_use]
    pub fn with_max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Sets [`max_elements`](Self::max_elements).
    #[must_use]
    pub fn with_max_elements(mut self, elements: usize) -> Self {
        self.max_elements = elements;
        self
    }

    /// Sets [`max_attributes`](Self::max_attributes).
    #[must_use]
    pub fn with_max_attributes(mut self, attributes: usize) -> Self {
        self.max_attributes = attributes;
        self
    }

    /// Sets [`platform`](Self::platform): the table the document is checked against.
    ///
    /// ```
    /// # use cxml_runtime as cxml;
    /// use cxml::schema::Platform;
    /// use cxml::{ParseOptions, parse_with};
    /// let twiml = r#"<Response><Gather bargeIn="false"><Say>Hi</Say></Gather></Response>"#;
    /// let twilio = ParseOptions::default().with_platform(Platform::Twilio);
    /// assert_eq!(parse_with(twiml, &twilio).unwrap().platform(), Platform::Twilio);
    /// let error = cxml::parse(twiml).unwrap_err();
    /// assert!(error.problems()[0].message.contains("Twilio-only"));
    /// ```
    #[must_use]
    pub fn with_platform(mut self, platform: crate::schema::Platform) -> Self {
        self.platform = platform;
        self
    }

    /// Sets [`max_problems`](Self::max_problems).
    #[must_use]
    pub fn with_max_problems(mut self, problems: usize) -> Self {
        self.max_problems = problems;
        self
    }
}
