//! A broken rule, with the one wording the macro and the run-time reader both print.

use std::fmt;

use super::value::{self, ValueProblem};
use super::{Attribute, Channel, ElementSpec, quote_list};

/// One broken rule. `Display` gives the message the macro and the validator both print.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Violation {
    /// No element of any channel has this name.
    UnknownElement {
        /// The name written.
        name: String,
        /// The parent it was written in, if any.
        parent: Option<&'static ElementSpec>,
        /// A close match.
        suggestion: Option<&'static str>,
    },
    /// A known element in a parent that may not hold it.
    NotAllowedHere {
        /// The child's name.
        child: String,
        /// The element it was written in.
        parent: &'static ElementSpec,
    },
    /// An element SignalWire has withdrawn from its documentation.
    Withdrawn {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
    },
    /// A child that only Twilio documents.
    TwilioOnlyChild {
        /// The child's name.
        child: String,
        /// The element it was written in.
        parent: &'static ElementSpec,
    },
    /// The document element is not `Response`.
    RootNotResponse {
        /// What was written instead.
        name: String,
    },
    /// More than one document element.
    SecondRoot,
    /// A document with no `Response` at all.
    MissingRoot,
    /// Text, a splice or control flow beside the `Response` element, at the top of a document.
    OutsideRoot,
    /// A verb of another channel than the verbs before it.
    MixedChannels {
        /// The verb that does not fit, as its own channel's table has it.
        verb: &'static ElementSpec,
        /// Channels the verb belongs to.
        verb_channels: Vec<Channel>,
        /// Channels the earlier verbs allow.
        established: Vec<Channel>,
        /// The first verb that narrowed the channel.
        established_by: String,
    },
    /// An attribute the element does not have.
    UnknownAttribute {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The name written.
        name: String,
        /// A close match.
        suggestion: Option<&'static str>,
    },
    /// An attribute only Twilio documents.
    TwilioOnlyAttribute {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The name written.
        name: String,
    },
    /// An attribute the element has, but not inside this parent.
    AttributeNotAllowedHere {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The attribute name.
        name: String,
        /// The parent that forbids it.
        parent: &'static ElementSpec,
    },
    /// The same attribute twice.
    DuplicateAttribute {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The attribute name.
        name: String,
    },
    /// A required attribute is absent.
    MissingAttribute {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The attribute concerned, with its type and allowed values.
        attribute: &'static Attribute,
    },
    /// A value that does not fit its attribute.
    InvalidValue {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The attribute concerned, with its type and allowed values.
        attribute: &'static Attribute,
        /// The value written.
        value: String,
        /// What is wrong with it.
        problem: ValueProblem,
    },
    /// Text in an element that holds none.
    TextNotAllowed {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
    },
    /// An element whose text is required has none.
    TextRequired {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
    },
    /// Text outside the element's enumerated texts.
    TextNotInSet {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The text written.
        text: String,
    },
    /// Text and child elements where they are alternatives.
    TextAndChildren {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
    },
    /// More children than allowed (in all, or of one kind).
    TooManyChildren {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The kind of child counted, or `None` for all children.
        child: Option<&'static ElementSpec>,
        /// The maximum.
        max: u32,
        /// How many there are.
        found: u32,
    },
    /// Fewer child elements than required.
    TooFewChildren {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The minimum.
        min: u32,
        /// How many there are.
        found: u32,
    },
    /// An exclusive child next to children of another kind.
    ExclusiveChild {
        /// The element whose rule is broken, with its reference entry.
        element: &'static ElementSpec,
        /// The exclusive child.
        exclusive: &'static ElementSpec,
        /// A child of another kind.
        other: &'static ElementSpec,
    },
}

fn channels(list: &[Channel]) -> String {
    let names: Vec<&str> = list.iter().map(|channel| channel.name()).collect();
    names.join(" or ")
}

fn allowed_children(parent: &ElementSpec) -> String {
    let names = parent.child_names();
    if names.is_empty() {
        format!("`<{}>` holds no child elements", parent.name)
    } else {
        format!("`<{}>` may contain {}", parent.name, quote_list(&names))
    }
}

/// How many other names a "did you mean" lists beside its suggestion: enough to orient, few
/// enough that the suggestion stands out.
const OTHERS_BESIDE_SUGGESTION: usize = 4;

/// `` `a`, `b`, `c` or `d` `` — or, when a suggestion was made, a few names other than it and
/// how many more there are.
fn some_names(names: &[&str], suggestion: Option<&str>) -> String {
    let Some(suggestion) = suggestion else {
        return quote_list(names);
    };
    let others: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| *name != suggestion)
        .collect();
    if others.len() <= OTHERS_BESIDE_SUGGESTION {
        return quote_list(&others);
    }
    let shown: Vec<String> = others[..OTHERS_BESIDE_SUGGESTION]
        .iter()
        .map(|name| format!("`{name}`"))
        .collect();
    format!(
        "{} and {} more",
        shown.join(", "),
        others.len() - OTHERS_BESIDE_SUGGESTION
    )
}

fn allowed_parents(platform: super::Platform, name: &str) -> Vec<&'static str> {
    let mut parents: Vec<&'static str> = Vec::new();
    for element in super::elements_named_in(platform, name) {
        for parent in element.parents {
            let parent_name = parent.spec().name;
            if !parents.contains(&parent_name) {
                parents.push(parent_name);
            }
        }
    }
    parents
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::UnknownElement {
                name,
                parent,
                suggestion,
            } => {
                write!(f, "unknown element `{name}`")?;
                if let Some(suggestion) = suggestion {
                    write!(f, "; did you mean `{suggestion}`?")?;
                }
                match parent {
                    Some(parent) if suggestion.is_some() => {
                        let names = parent.child_names();
                        if names.len() > 1 {
                            write!(
                                f,
                                " (`<{}>` also takes {})",
                                parent.name,
                                some_names(&names, *suggestion)
                            )?;
                        }
                    }
                    Some(parent) => write!(f, " ({})", allowed_children(parent))?,
                    None => {}
                }
                Ok(())
            }
            Violation::NotAllowedHere { child, parent } => {
                write!(
                    f,
                    "`<{child}>` is not allowed inside `<{}>`; {}",
                    parent.name,
                    allowed_children(parent)
                )?;
                let parents = allowed_parents(parent.platform, child);
                if !parents.is_empty() {
                    write!(f, "; `<{child}>` belongs in {}", quote_list(&parents))?;
                }
                Ok(())
            }
            Violation::Withdrawn { element } if element.platform == super::Platform::Twilio => {
                write!(
                    f,
                    "`<{}>` was removed from Twilio's TwiML and is not accepted",
                    element.name
                )
            }
            Violation::Withdrawn { element } => write!(
                f,
                "`<{}>` was withdrawn from SignalWire's cXML documentation and is not accepted",
                element.name
            ),
            Violation::TwilioOnlyChild { child, parent }
                if parent.platform == super::Platform::Twilio =>
            {
                write!(
                    f,
                    "`<{child}>` inside `<{}>` is SignalWire-only; Twilio does not document it ({})",
                    parent.name,
                    allowed_children(parent)
                )
            }
            Violation::TwilioOnlyChild { child, parent } => write!(
                f,
                "`<{child}>` inside `<{}>` is Twilio-only; SignalWire does not document it ({})",
                parent.name,
                allowed_children(parent)
            ),
            Violation::RootNotResponse { name } => {
                write!(f, "the document element must be `Response`, found `{name}`")
            }
            Violation::SecondRoot => write!(
                f,
                "a document has exactly one `Response`; this is a second document element"
            ),
            Violation::MissingRoot => write!(f, "a document needs a `Response` element"),
            Violation::OutsideRoot => write!(
                f,
                "only the `Response` element may stand at the top of a document"
            ),
            Violation::MixedChannels {
                verb,
                verb_channels,
                established,
                established_by,
            } => write!(
                f,
                "`<{}>` is a {} verb, but `<{established_by}>` already made this a {} document; \
                 one `Response` holds the verbs of one channel",
                verb.name,
                channels(verb_channels),
                channels(established)
            ),
            Violation::UnknownAttribute {
                element,
                name,
                suggestion,
            } => {
                write!(f, "`<{}>` has no attribute `{name}`", element.name)?;
                if let Some(suggestion) = suggestion {
                    write!(f, "; did you mean `{suggestion}`?")?;
                }
                let names: Vec<&str> = element.attributes.iter().map(|a| a.name).collect();
                match (names.len(), suggestion) {
                    (0, _) => write!(f, " (it takes no attributes)"),
                    (1, Some(_)) => Ok(()),
                    (_, Some(_)) => {
                        write!(f, " (it also takes {})", some_names(&names, *suggestion))
                    }
                    (_, None) => write!(f, " (it takes {})", quote_list(&names)),
                }
            }
            Violation::TwilioOnlyAttribute { element, name }
                if element.platform == super::Platform::Twilio =>
            {
                write!(
                    f,
                    "`{name}` on `<{}>` is a SignalWire-only attribute; Twilio does not document it",
                    element.name
                )
            }
            Violation::TwilioOnlyAttribute { element, name } => write!(
                f,
                "`{name}` on `<{}>` is a Twilio-only attribute; SignalWire does not document it",
                element.name
            ),
            Violation::AttributeNotAllowedHere {
                element,
                name,
                parent,
            } => write!(
                f,
                "`{name}` on `<{}>` is not allowed inside `<{}>`",
                element.name, parent.name
            ),
            Violation::DuplicateAttribute { element, name } => {
                write!(f, "duplicate attribute `{name}` on `<{}>`", element.name)
            }
            Violation::MissingAttribute { element, attribute } => write!(
                f,
                "`<{}>` requires the attribute `{}` ({})",
                element.name,
                attribute.name,
                attribute.ty.describe()
            ),
            Violation::InvalidValue {
                element,
                attribute,
                value,
                problem,
            } => {
                let target = format!("`{}` on `<{}>`", attribute.name, element.name);
                match problem {
                    ValueProblem::WrongType | ValueProblem::NotInEnum => write!(
                        f,
                        "invalid value `{value}` for {target}: expected {}",
                        attribute.ty.describe()
                    ),
                    ValueProblem::BadListItem(item) => write!(
                        f,
                        "invalid item `{item}` in {target}: expected {}",
                        attribute.ty.describe()
                    ),
                    ValueProblem::BelowMin(min) => write!(
                        f,
                        "value `{value}` for {target} is below the minimum {}",
                        value::number(*min)
                    ),
                    ValueProblem::AboveMax(max) => write!(
                        f,
                        "value `{value}` for {target} is above the maximum {}",
                        value::number(*max)
                    ),
                    ValueProblem::TooLong(max) => {
                        write!(f, "value for {target} is longer than {max} characters")
                    }
                    ValueProblem::Empty => write!(
                        f,
                        "empty value for {target}: expected {}",
                        attribute.ty.describe()
                    ),
                    ValueProblem::UnquotedUrl => write!(
                        f,
                        "{target} takes a URL: write it as a string literal, `{} = \"{value}\"`",
                        attribute.name
                    ),
                    ValueProblem::BadFormat(format) => write!(
                        f,
                        "invalid value `{value}` for {target}: expected {}",
                        format.describe()
                    ),
                }
            }
            Violation::TextNotAllowed { element } if element.child_names().is_empty() => {
                write!(
                    f,
                    "`<{}>` holds no text and no child elements",
                    element.name
                )
            }
            Violation::TextNotAllowed { element } => {
                write!(
                    f,
                    "`<{}>` holds no text; {}",
                    element.name,
                    allowed_children(element)
                )
            }
            Violation::TextRequired { element } => {
                write!(f, "`<{}>` needs text", element.name)?;
                if let Some(format) = element.text_format {
                    write!(f, ": {format}")?;
                }
                if let Some(attribute) = element.text_required_unless {
                    write!(f, " (or the attribute `{attribute}`)")?;
                }
                Ok(())
            }
            Violation::TextNotInSet { element, text } => write!(
                f,
                "invalid text `{text}` for `<{}>`: expected {}",
                element.name,
                quote_list(element.text_values)
            ),
            Violation::TextAndChildren { element } => {
                write!(
                    f,
                    "`<{}>` holds either text or child elements, not both",
                    element.name
                )?;
                match element.text_child {
                    Some(child) => {
                        write!(f, "; move the text into a `<{}>` child", child.spec().name)
                    }
                    None => write!(f, "; remove the text or the child elements"),
                }
            }
            Violation::TooManyChildren {
                element,
                child,
                max,
                found,
            } => match child {
                Some(child) => write!(
                    f,
                    "`<{}>` holds at most {max} `<{}>`, found {found}",
                    element.name, child.name
                ),
                None => write!(
                    f,
                    "`<{}>` holds at most {max} child element{}, found {found}",
                    element.name,
                    if *max == 1 { "" } else { "s" }
                ),
            },
            Violation::TooFewChildren {
                element,
                min,
                found,
            } => write!(
                f,
                "`<{}>` needs at least {min} child element{} ({}), found {found}",
                element.name,
                if *min == 1 { "" } else { "s" },
                quote_list(&element.child_names())
            ),
            Violation::ExclusiveChild {
                element,
                exclusive,
                other,
            } => write!(
                f,
                "a `<{}>` with `<{}>` holds no other noun; found `<{}>`",
                element.name, exclusive.name, other.name
            ),
        }
    }
}

impl std::error::Error for Violation {}

impl Violation {
    /// The element whose rules were broken (the parent, for a misplaced child), if any: the
    /// entry of the reference to read.
    pub fn subject(&self) -> Option<&'static ElementSpec> {
        match self {
            Violation::UnknownElement { parent, .. } => *parent,
            Violation::NotAllowedHere { parent, .. }
            | Violation::TwilioOnlyChild { parent, .. }
            | Violation::AttributeNotAllowedHere { parent, .. } => Some(parent),
            Violation::Withdrawn { element }
            | Violation::UnknownAttribute { element, .. }
            | Violation::TwilioOnlyAttribute { element, .. }
            | Violation::DuplicateAttribute { element, .. }
            | Violation::MissingAttribute { element, .. }
            | Violation::InvalidValue { element, .. }
            | Violation::TextNotAllowed { element }
            | Violation::TextRequired { element }
            | Violation::TextNotInSet { element, .. }
            | Violation::TextAndChildren { element }
            | Violation::TooManyChildren { element, .. }
            | Violation::TooFewChildren { element, .. }
            | Violation::ExclusiveChild { element, .. } => Some(element),
            Violation::MixedChannels { verb, .. } => Some(verb),
            Violation::RootNotResponse { .. }
            | Violation::SecondRoot
            | Violation::MissingRoot
            | Violation::OutsideRoot => None,
        }
    }
}
