//! What a document does not do the same on SignalWire and on Twilio: `cxml check --platform
//! both`.

use crate::document::{Element, Node};
use crate::schema::{Attribute, ElementSpec, Platform};

use super::{ParseOptions, Problem, parse_with};

/// Meanings that differ although both platforms take the attribute: (element, attribute, what
/// differs). Reported wherever the attribute is written.
const OTHER_MEANINGS: &[(&str, &str, &str)] = &[
    (
        "Say",
        "voice",
        "voice names belong to each platform's text-to-speech engines; the same name can sound different or not exist on the other platform",
    ),
    (
        "Gather",
        "speechModel",
        "speech models are each platform's own; the same name can pick another recogniser",
    ),
    (
        "Dial",
        "callerId",
        "the caller ID must be a number bought from or verified with the platform that places the call",
    ),
    ("Conference", "region", "regions are each platform's own"),
    (
        "Pay",
        "paymentConnector",
        "payment connectors are configured on each platform separately",
    ),
];

/// Every difference between SignalWire's and Twilio's reading of `input`, in document order, as
/// [`Problem`]s (line, column, message; `violation` is the rule the platform named breaks, if
/// any): what one platform rejects and the other accepts (`only on …`), what both reject (once;
/// `on neither: …` with both messages where they differ),
/// defaults that differ where the document leaves an attribute out, and attributes whose values
/// mean different things. An empty list: the document behaves the same on both, as far as the two
/// tables know.
///
/// ```
/// # use cxml_runtime as cxml;
/// let problems = cxml::portability(r#"<Response><Gather bargeIn="false"/></Response>"#);
/// assert_eq!(problems.len(), 1);
/// assert!(problems[0].message.starts_with("only on Twilio: "));
/// ```
pub fn portability(input: &str) -> Vec<Problem> {
    let read = |platform| parse_with(input, &ParseOptions::default().with_platform(platform));
    let (signalwire, twilio) = (read(Platform::SignalWire), read(Platform::Twilio));
    match (signalwire, twilio) {
        (Ok(signalwire), Ok(twilio)) => {
            let starts = start_tags(input);
            let mut next = 0;
            let mut out = Vec::new();
            compare(
                input,
                &starts,
                &mut next,
                signalwire.root(),
                twilio.root(),
                &mut out,
            );
            out
        }
        (signalwire, twilio) => {
            let signalwire = signalwire.err().map(|e| e.problems().to_vec());
            let twilio = twilio.err().map(|e| e.problems().to_vec());
            let (signalwire, twilio) = (signalwire.unwrap_or_default(), twilio.unwrap_or_default());
            let same = |a: &Problem, b: &Problem| a.line == b.line && a.column == b.column;
            let mut out = Vec::new();
            for problem in &signalwire {
                let mut problem = problem.clone();
                match twilio.iter().find(|other| same(&problem, other)) {
                    None => problem.message = format!("only on Twilio: {}", problem.message),
                    Some(other) if other.message != problem.message => {
                        problem.message = format!(
                            "on neither: SignalWire: {}; Twilio: {}",
                            problem.message, other.message
                        );
                    }
                    Some(_) => {}
                }
                out.push(problem);
            }
            for problem in &twilio {
                if !signalwire.iter().any(|other| same(problem, other)) {
                    let mut problem = problem.clone();
                    problem.message = format!("only on SignalWire: {}", problem.message);
                    out.push(problem);
                }
            }
            out.sort_by_key(|problem| (problem.line, problem.column));
            out
        }
    }
}

/// Walks both readings of one document (the same tree) in document order.
fn compare(
    input: &str,
    starts: &[usize],
    next: &mut usize,
    signalwire: Element<'_>,
    twilio: Element<'_>,
    out: &mut Vec<Problem>,
) {
    let at = starts.get(*next).copied().unwrap_or(0);
    *next += 1;
    if let (Some(sw), Some(tw)) = (signalwire.spec(), twilio.spec()) {
        differences(sw, tw, signalwire, &mut |message| {
            let (line, column) = line_column(input, at);
            out.push(Problem {
                line,
                column,
                path: String::new(),
                message,
                violation: None,
            });
        });
    }
    let children = signalwire.children().zip(twilio.children());
    for (a, b) in children {
        if let (Node::Element(a), Node::Element(b)) = (a, b) {
            compare(input, starts, next, a, b, out);
        }
    }
}

fn differences(
    signalwire: &'static ElementSpec,
    twilio: &'static ElementSpec,
    element: Element<'_>,
    report: &mut impl FnMut(String),
) {
    let name = signalwire.name;
    for tw in twilio.attributes {
        let Some(sw) = signalwire.attribute(tw.name) else {
            continue;
        };
        let written = element.attribute(tw.name).is_some();
        if !written && tw.default != sw.default && (tw.default.is_some() || sw.default.is_some()) {
            report(format!(
                "`<{name}>` without `{}`: {}",
                tw.name,
                defaults(sw, tw)
            ));
        }
        if written {
            for (element_name, attribute, why) in OTHER_MEANINGS {
                if *element_name == name && *attribute == tw.name {
                    report(format!("`{attribute}` on `<{name}>`: {why}"));
                }
            }
        }
    }
}

fn defaults(signalwire: &Attribute, twilio: &Attribute) -> String {
    let say = |default: Option<&str>| match default {
        Some(value) => format!("`{value}`"),
        None => "none documented".to_string(),
    };
    format!(
        "Twilio's default is {}, SignalWire's is {}",
        say(twilio.default),
        say(signalwire.default)
    )
}

/// The offsets of the start tags of `input`, in document order (comments, CDATA, processing
/// instructions and the doctype skipped).
fn start_tags(input: &str) -> Vec<usize> {
    let bytes = input.as_bytes();
    let mut starts = Vec::new();
    let mut index = 0;
    while let Some(found) = bytes[index..].iter().position(|&b| b == b'<') {
        let at = index + found;
        let rest = &input[at..];
        let skip_to = |end: &str| rest.find(end).map_or(input.len(), |e| at + e + end.len());
        index = if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest.starts_with("<![CDATA[") {
            skip_to("]]>")
        } else if rest.starts_with("<?") {
            skip_to("?>")
        } else if rest.starts_with("<!") || rest.starts_with("</") {
            skip_to(">")
        } else {
            starts.push(at);
            at + 1
        };
    }
    starts
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(input: &str, offset: usize) -> (usize, usize) {
    let before = &input[..offset.min(input.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
