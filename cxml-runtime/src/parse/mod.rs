//! The run-time reader: cXML text to a checked [`Document`], with the macro's rules and wording.
//!
//! Most documents are read in one pass: [`quick`] reads the documents cXML is written in,
//! straight into the document's own layout ([`checked::CheckedDocument`]), and the rule engine
//! checks each start tag, text and end tag as it comes
//! ([`StreamCheck`](crate::schema::engine::StreamCheck)). Anything that pass cannot vouch for (a
//! problem of any kind, markup it does not read) is read again the careful way, in three passes
//! over a flat tree, none recursive: [`reader`], quick-xml's event loop, turns the input into a
//! borrowed [`tree::Tree`] and reports every XML problem, [`validate`] applies the schema checks
//! of [`crate::schema`] through the engine's walk (every rule, in the macro's order), and [`build`]
//! turns the tree into the document. Both readers hand their pieces to the same
//! [`tree_builder`], and the engine applies the same rule functions both ways.

mod attribute_list;
mod build;
mod checked;
mod error;
mod options;
mod portable;
mod quick;
mod reader;
mod sink;
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
    // Most documents are read and checked in one pass. A document that breaks a rule is read
    // again on the quick path into a tree, which the rule engine walks to say what is wrong;
    // anything the quick path does not read, the careful reader reads and reports on.
    let quick_tree = match quick::read_checked(input, options) {
        Ok(document) => return Ok(document),
        Err(quick::Unchecked::Rules) => quick::read(input, options),
        Err(quick::Unchecked::Markup) => None,
    };
    let (tree, complete) = match quick_tree {
        Some(tree) => (tree, true),
        None => reader::read(input, options, &mut problems),
    };
    if !complete {
        return Err(problems.into_error(input, &tree));
    }
    let resolved = validate::validate(&tree, options.platform, &mut problems);
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

/// Reads `input` both ways, on the quick path and with the careful reader, for the tests and
/// the `parse` fuzz target: `Ok(true)` when the quick path read it and both built the same tree,
/// `Ok(false)` when the quick path left it to the careful reader, and `Err` with both trees when
/// the quick path accepted what the careful reader refuses or read it differently. It also
/// holds the quick path's check as it reads to the rule engine's walk over the careful tree:
/// `Err` when one finds the document valid and the other does not (but for a document whose
/// verbs settle on a channel only after the first, which the check leaves to the walk), or when
/// their documents differ (an entry, a channel, a text).
#[doc(hidden)]
pub fn readers_agree(input: &str, options: &ParseOptions) -> Result<bool, String> {
    if input.len() > options.max_input_bytes {
        return Ok(false);
    }
    let checked = quick::read_checked(input, options).ok();
    let Some(quick) = quick::read(input, options) else {
        return match checked {
            None => Ok(false),
            Some(document) => Err(format!(
                "the quick path gave up, but read and checked {document:#?}"
            )),
        };
    };
    let mut problems = Problems::new(options.max_problems);
    let (careful, complete) = reader::read(input, options, &mut problems);
    if !complete || !problems.is_empty() || quick != careful {
        return Err(format!(
            "the quick path read {quick:#?}\nthe careful reader read {careful:#?}\n(complete: {complete}, problems: {})",
            !problems.is_empty()
        ));
    }
    let walked = validate::validate(&careful, options.platform, &mut problems)
        .filter(|_| problems.is_empty())
        .and_then(|resolved| build::build(careful, resolved));
    match (checked, walked) {
        (Some(checked), Some(walked)) if checked == walked => Ok(true),
        (None, None) => Ok(true),
        // The one valid document the check leaves to the walk: its first verb is in several
        // channels, and a later verb settles it on another than the first of them.
        (None, Some(walked)) if first_verb_channel(&walked, options) != Some(walked.channel) => {
            Ok(true)
        }
        (checked, walked) => Err(format!(
            "read and checked in one pass: {checked:#?}\nwalked: {walked:#?}"
        )),
    }
}

/// The first channel that has the first verb of `document`, as the check as it reads takes it.
fn first_verb_channel(
    document: &Document<'_>,
    options: &ParseOptions,
) -> Option<crate::schema::Channel> {
    let verb = document.root().elements().next()?;
    let found = crate::schema::verbs_named_in(options.platform, verb.name());
    let at = found.iter().position(Option::is_some)?;
    crate::schema::Channel::ALL.get(at).copied()
}

#[cfg(test)]
mod same_trees;
#[cfg(test)]
mod tests;
