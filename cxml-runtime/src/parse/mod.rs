//! The run-time reader: cXML text to a checked [`Document`], with the macro's rules and wording.
//!
//! Three passes over a flat tree, none recursive: a reader turns the input into a borrowed
//! [`tree::Tree`], [`validate`] applies the schema checks of [`crate::schema`], and [`build`]
//! turns the tree into the document. There are two readers, which build the tree through the
//! same [`tree_builder`]: [`quick`] reads the documents cXML is written in, in one pass over the
//! bytes, and gives up at anything else; then [`reader`], quick-xml's event loop, reads the
//! input again and reports every problem.

mod attribute_list;
mod build;
mod error;
mod options;
mod portable;
mod quick;
mod reader;
mod text;
mod tree;
mod tree_builder;
mod validate;

pub use error::{ParseError, Problem};
pub use options::ParseOptions;
pub use portable::portability;

use crate::document::Document;
use error::Problems;

/// Reads and validates a cXML document with the default [`ParseOptions`].
///
/// Every rule the `cxml!` macro enforces is enforced, with the same messages; all problems are
/// reported, each with its line, column and element path.
///
/// ```
/// # use cxml_runtime as cxml;
/// let doc = cxml::parse(r#"<?xml version="1.0" encoding="UTF-8"?>
/// <Response>
///   <Refer action="https://example.com/refer-completed.xml" method="GET">
///     <Sip>sip:transfer-target@example.com</Sip>
///   </Refer>
/// </Response>"#).unwrap();
/// assert_eq!(
///     doc.to_string(),
///     r#"<?xml version="1.0" encoding="UTF-8"?><Response><Refer action="https://example.com/refer-completed.xml" method="GET"><Sip>sip:transfer-target@example.com</Sip></Refer></Response>"#
/// );
///
/// let error = cxml::parse("<Response><Say>Hi</Say><Message>Hi</Message></Response>").unwrap_err();
/// assert!(error.problems()[0].message.starts_with("`<Message>` is a messaging verb"));
/// ```
pub fn parse(input: &str) -> Result<Document<'_>, ParseError> {
    parse_with(input, &ParseOptions::default())
}

/// Reads and validates a cXML document within the given limits.
///
/// ```
/// # use cxml_runtime as cxml;
/// use cxml::{ParseOptions, parse_with};
/// let options = ParseOptions::default().with_max_input_bytes(16);
/// let error = parse_with("<Response><Hangup/></Response>", &options).unwrap_err();
/// assert_eq!(error.problems()[0].message, "the input is 30 bytes; the limit is 16");
/// ```
pub fn parse_with<'a>(input: &'a str, options: &ParseOptions) -> Result<Document<'a>, ParseError> {
    let mut problems = Problems::new(options.max_problems);
    if input.len() > options.max_input_bytes {
        problems.push(
            0,
            tree::NONE,
            format!(
                "the input is {} bytes; the limit is {}",
                input.len(),
                options.max_input_bytes
            ),
        );
        return Err(problems.into_error(input, &tree::Tree::default()));
    }
    let (tree, complete, checked) = match quick::read(input, options) {
        Some((tree, checked)) => (tree, true, checked),
        None => {
            let (tree, complete) = reader::read(input, options, &mut problems);
            (tree, complete, None)
        }
    };
    if !complete {
        return Err(problems.into_error(input, &tree));
    }
    // Checked as it was read, the tree needs no walk; else the walk says what is wrong.
    let resolved = match checked {
        Some(channel) => validate::checked(&tree, channel),
        None => validate::validate(&tree, options.platform, &mut problems),
    };
    if !problems.is_empty() {
        return Err(problems.into_error(input, &tree));
    }
    match resolved.and_then(|resolved| build::build(tree, resolved)) {
        Some(document) => Ok(document),
        None => {
            // Never with a validated tree; the problem points at no element.
            problems.violation(0, tree::NONE, crate::schema::Violation::MissingRoot);
            Err(problems.into_error(input, &tree::Tree::default()))
        }
    }
}

/// Reads `input` both ways, on the quick path (which checks the rules as it reads) and with the
/// careful reader (whose tree the rule engine walks), for the tests and the `parse` fuzz
/// target: `Ok(true)` when the quick path read it and both built the same tree and came to the
/// same verdict, `Ok(false)` when the quick path left it to the careful reader, and `Err` with
/// both trees when they differ: the quick path accepted what the careful reader refuses, read
/// it differently, resolved it differently, or did not vouch for a voice document the walk
/// finds valid.
#[doc(hidden)]
pub fn readers_agree(input: &str, options: &ParseOptions) -> Result<bool, String> {
    if input.len() > options.max_input_bytes {
        return Ok(false);
    }
    let Some((quick, checked)) = quick::read(input, options) else {
        return Ok(false);
    };
    let mut problems = Problems::new(options.max_problems);
    let (careful, complete) = reader::read(input, options, &mut problems);
    let read_alike = complete && problems.is_empty();
    let walked = validate::validate(&careful, options.platform, &mut problems)
        .filter(|_| read_alike && problems.is_empty())
        .map(|resolved| resolved.channel);
    let agree = match checked {
        // Checked as read: the walk finds it valid, with the same entries.
        Some(channel) => walked == Some(channel) && quick == careful,
        None => {
            // Left to the walk, which finds a problem or another channel; the trees are the
            // same but for the entries the walk stored.
            careful.clear_resolutions();
            read_alike && walked != Some(crate::schema::Channel::Voice) && quick == careful
        }
    };
    if agree {
        return Ok(true);
    }
    Err(format!(
        "the quick path read {quick:#?} (checked as read: {checked:?})\nthe careful reader read {careful:#?}\n(complete: {complete}, the walk's channel: {walked:?}, problems: {})",
        !problems.is_empty()
    ))
}

#[cfg(test)]
mod same_trees;
#[cfg(test)]
mod tests;
