//! The rules of the table as checks, with one wording for the macro and the run-time validator.

use std::fmt;

use super::value::{self, ValueProblem};
use super::{
    Attribute, Channel, ELEMENT_COUNT, ELEMENTS, Element, ElementId, Status, TextRule, ValueType,
    quote_list, response, suggest,
};

/// One broken rule. `Display` gives the message the macro and the validator both print.
#[derive(Debug, Clone, PartialEq)]
pub enum Violation {
    /// No element of any channel has this name.
    UnknownElement {
        /// The name written.
        name: String,
        /// The parent it was written in, if any.
        parent: Option<&'static Element>,
        /// A close match.
        suggestion: Option<&'static str>,
    },
    /// A known element in a parent that may not hold it.
    NotAllowedHere {
        /// The child's name.
        child: String,
        /// The parent.
        parent: &'static Element,
    },
    /// An element SignalWire has withdrawn from its documentation.
    Withdrawn {
        /// The element.
        element: &'static Element,
    },
    /// A child that only Twilio documents.
    TwilioOnlyChild {
        /// The child's name.
        child: String,
        /// The parent.
        parent: &'static Element,
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
    /// A verb of another channel than the verbs before it.
    MixedChannels {
        /// The verb that does not fit.
        verb: String,
        /// Channels the verb belongs to.
        verb_channels: Vec<Channel>,
        /// Channels the earlier verbs allow.
        established: Vec<Channel>,
        /// The first verb that narrowed the channel.
        established_by: String,
    },
    /// An attribute the element does not have.
    UnknownAttribute {
        /// The element.
        element: &'static Element,
        /// The name written.
        name: String,
        /// A close match.
        suggestion: Option<&'static str>,
    },
    /// An attribute only Twilio documents.
    TwilioOnlyAttribute {
        /// The element.
        element: &'static Element,
        /// The name written.
        name: String,
    },
    /// An attribute the element has, but not inside this parent.
    AttributeNotAllowedHere {
        /// The element.
        element: &'static Element,
        /// The attribute name.
        name: String,
        /// The parent that forbids it.
        parent: &'static Element,
    },
    /// The same attribute twice.
    DuplicateAttribute {
        /// The element.
        element: &'static Element,
        /// The attribute name.
        name: String,
    },
    /// A required attribute is absent.
    MissingAttribute {
        /// The element.
        element: &'static Element,
        /// The attribute.
        attribute: &'static Attribute,
    },
    /// A value that does not fit its attribute.
    InvalidValue {
        /// The element.
        element: &'static Element,
        /// The attribute.
        attribute: &'static Attribute,
        /// The value written.
        value: String,
        /// What is wrong with it.
        problem: ValueProblem,
    },
    /// Text in an element that holds none.
    TextNotAllowed {
        /// The element.
        element: &'static Element,
    },
    /// An element whose text is required has none.
    TextRequired {
        /// The element.
        element: &'static Element,
    },
    /// Text outside the element's enumerated texts.
    TextNotInSet {
        /// The element.
        element: &'static Element,
        /// The text written.
        text: String,
    },
    /// Text and child elements where they are alternatives.
    TextAndChildren {
        /// The element.
        element: &'static Element,
    },
    /// More children than allowed (in all, or of one kind).
    TooManyChildren {
        /// The element.
        element: &'static Element,
        /// The kind of child counted, or `None` for all children.
        child: Option<&'static Element>,
        /// The maximum.
        max: u32,
        /// How many there are.
        found: u32,
    },
    /// Fewer child elements than required.
    TooFewChildren {
        /// The element.
        element: &'static Element,
        /// The minimum.
        min: u32,
        /// How many there are.
        found: u32,
    },
    /// An exclusive child next to children of another kind.
    ExclusiveChild {
        /// The element.
        element: &'static Element,
        /// The exclusive child.
        exclusive: &'static Element,
        /// A child of another kind.
        other: &'static Element,
    },
}

fn channels(list: &[Channel]) -> String {
    let names: Vec<&str> = list.iter().map(|channel| channel.name()).collect();
    names.join(" or ")
}

fn allowed_children(parent: &Element) -> String {
    let names = parent.child_names();
    if names.is_empty() {
        format!("`<{}>` holds no child elements", parent.name)
    } else {
        format!("`<{}>` may contain {}", parent.name, quote_list(&names))
    }
}

fn allowed_parents(name: &str) -> Vec<&'static str> {
    let mut parents: Vec<&'static str> = Vec::new();
    for element in super::elements_named(name) {
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
                if let Some(parent) = parent {
                    write!(f, " ({})", allowed_children(parent))?;
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
                let parents = allowed_parents(child);
                if !parents.is_empty() {
                    write!(f, "; `<{child}>` belongs in {}", quote_list(&parents))?;
                }
                Ok(())
            }
            Violation::Withdrawn { element } => write!(
                f,
                "`<{}>` was withdrawn from SignalWire's cXML documentation and is not accepted",
                element.name
            ),
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
            Violation::MixedChannels {
                verb,
                verb_channels,
                established,
                established_by,
            } => write!(
                f,
                "`<{verb}>` is a {} verb, but `<{established_by}>` already made this a {} document; \
                 one `Response` holds the verbs of one channel",
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
                if names.is_empty() {
                    write!(f, " (it takes no attributes)")
                } else {
                    write!(f, " (it takes {})", quote_list(&names))
                }
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
            Violation::TextAndChildren { element } => write!(
                f,
                "`<{}>` holds either text or child elements, not both",
                element.name
            ),
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
    pub fn subject(&self) -> Option<&'static Element> {
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
            Violation::RootNotResponse { .. }
            | Violation::SecondRoot
            | Violation::MissingRoot
            | Violation::MixedChannels { .. } => None,
        }
    }
}

impl Element {
    /// Resolves a child by name, or says why it may not stand here.
    pub fn check_child(&'static self, name: &str) -> Result<ElementId, Violation> {
        if let Some(id) = self.child_named(name) {
            if id.spec().status == Status::Withdrawn {
                return Err(Violation::Withdrawn { element: id.spec() });
            }
            return Ok(id);
        }
        if self.twilio_only_children.contains(&name) {
            return Err(Violation::TwilioOnlyChild {
                child: name.to_string(),
                parent: self,
            });
        }
        if super::elements_named(name).next().is_some() {
            return Err(Violation::NotAllowedHere {
                child: name.to_string(),
                parent: self,
            });
        }
        let suggestion = suggest(name, self.child_names())
            .or_else(|| suggest(name, ELEMENTS.iter().map(|element| element.name)));
        Err(Violation::UnknownElement {
            name: name.to_string(),
            parent: Some(self),
            suggestion,
        })
    }

    /// Resolves an attribute by name, or says why it does not exist here.
    pub fn check_attribute(&'static self, name: &str) -> Result<&'static Attribute, Violation> {
        if let Some(attribute) = self.attribute(name) {
            return Ok(attribute);
        }
        if self.twilio_only_attributes.contains(&name) {
            return Err(Violation::TwilioOnlyAttribute {
                element: self,
                name: name.to_string(),
            });
        }
        let suggestion = suggest(name, self.attributes.iter().map(|a| a.name));
        Err(Violation::UnknownAttribute {
            element: self,
            name: name.to_string(),
            suggestion,
        })
    }

    /// Checks that `child` may carry the attribute `name` inside this element.
    pub fn check_child_attribute(
        &'static self,
        child: ElementId,
        name: &str,
    ) -> Result<(), Violation> {
        if self
            .banned_child_attributes
            .iter()
            .any(|(banned, attribute)| *banned == child && *attribute == name)
        {
            return Err(Violation::AttributeNotAllowedHere {
                element: child.spec(),
                name: name.to_string(),
                parent: self,
            });
        }
        Ok(())
    }

    /// Checks a literal attribute value.
    pub fn check_value(
        &'static self,
        attribute: &'static Attribute,
        value: &str,
    ) -> Result<(), Violation> {
        value::check(attribute, value).map_err(|problem| Violation::InvalidValue {
            element: self,
            attribute,
            value: value.to_string(),
            problem,
        })
    }

    /// Checks a number given at run time against the attribute's range.
    pub fn check_number(
        &'static self,
        attribute: &'static Attribute,
        number: f64,
    ) -> Result<(), Violation> {
        value::check_range(attribute, number).map_err(|problem| Violation::InvalidValue {
            element: self,
            attribute,
            value: value::number(number),
            problem,
        })
    }

    /// The required attributes missing from `present`.
    pub fn missing_attributes<'a>(
        &'static self,
        present: &'a [&str],
    ) -> impl Iterator<Item = Violation> + 'a {
        self.attributes
            .iter()
            .filter(move |attribute| attribute.required && !present.contains(&attribute.name))
            .map(move |attribute| Violation::MissingAttribute {
                element: self,
                attribute,
            })
    }

    /// Checks a literal text against enumerated texts.
    pub fn check_text_value(&'static self, text: &str) -> Result<(), Violation> {
        if self.text_values.is_empty()
            || value::has_placeholder(text)
            || self.text_values.contains(&text.trim())
        {
            Ok(())
        } else {
            Err(Violation::TextNotInSet {
                element: self,
                text: text.to_string(),
            })
        }
    }

    /// Checks the element's content as a whole: text presence against child elements.
    pub fn check_content(&'static self, content: &ContentSummary<'_>) -> Vec<Violation> {
        let mut violations = Vec::new();
        if content.has_text && self.text == TextRule::None {
            violations.push(Violation::TextNotAllowed { element: self });
        }
        if content.has_text && content.has_elements && self.text_or_children {
            violations.push(Violation::TextAndChildren { element: self });
        }
        let satisfied = content.has_text
            || (self.mixed && content.has_elements)
            || (self.text_or_children && content.has_elements)
            || self
                .text_required_unless
                .is_some_and(|attribute| content.attributes.contains(&attribute));
        if self.text == TextRule::Required && !satisfied {
            violations.push(Violation::TextRequired { element: self });
        }
        violations
    }

    /// Checks child counts, exclusivity and maxima against the table.
    pub fn check_counts(&'static self, counts: &ChildCounts) -> Vec<Violation> {
        let mut violations = Vec::new();
        self.for_each_count_violation(counts, |violation| violations.push(violation));
        violations
    }

    /// [`check_counts`](Self::check_counts) without collecting: calls `report` for each broken
    /// rule, so a render that only keeps the first one allocates nothing.
    pub fn for_each_count_violation(
        &'static self,
        counts: &ChildCounts,
        mut report: impl FnMut(Violation),
    ) {
        let total: u32 = counts
            .iter()
            .fold(0u32, |sum, (_, count)| sum.saturating_add(count));
        if let Some(max) = self.max_children
            && total > max
        {
            report(Violation::TooManyChildren {
                element: self,
                child: None,
                max,
                found: total,
            });
        }
        if let Some(min) = self.min_children
            && total < min
        {
            report(Violation::TooFewChildren {
                element: self,
                min,
                found: total,
            });
        }
        for &(child, max) in self.child_max {
            let found = counts.get(child);
            if found > max {
                report(Violation::TooManyChildren {
                    element: self,
                    child: Some(child.spec()),
                    max,
                    found,
                });
            }
        }
        for &exclusive in self.exclusive_children {
            if counts.get(exclusive) > 0
                && let Some((other, _)) = counts
                    .iter()
                    .find(|(id, count)| *id != exclusive && *count > 0)
            {
                report(Violation::ExclusiveChild {
                    element: self,
                    exclusive: exclusive.spec(),
                    other: other.spec(),
                });
            }
        }
    }

    /// Whether any count rule applies, so callers can skip counting otherwise.
    pub fn has_count_rules(&self) -> bool {
        self.max_children.is_some()
            || self.min_children.is_some()
            || !self.child_max.is_empty()
            || !self.exclusive_children.is_empty()
    }
}

/// What an element holds, for [`Element::check_content`].
#[derive(Debug, Default)]
pub struct ContentSummary<'a> {
    /// Non-whitespace text (or text only known at run time).
    pub has_text: bool,
    /// At least one child element.
    pub has_elements: bool,
    /// Names of the attributes present.
    pub attributes: &'a [&'a str],
}

/// How many children of each kind an element holds, for [`Element::check_counts`].
///
/// A fixed array indexed by [`ElementId`]: counting never allocates, so generated code can count
/// children produced by loops at run time without costing the render an allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildCounts {
    counts: [u32; ELEMENT_COUNT],
}

impl Default for ChildCounts {
    fn default() -> Self {
        Self::new()
    }
}

impl ChildCounts {
    /// No children yet.
    pub const fn new() -> Self {
        ChildCounts {
            counts: [0; ELEMENT_COUNT],
        }
    }

    /// Counts `n` more children of one kind.
    #[inline]
    pub fn add(&mut self, id: ElementId, n: u32) {
        if let Some(count) = self.counts.get_mut(id.0 as usize) {
            *count = count.saturating_add(n);
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &ChildCounts) {
        for (count, more) in self.counts.iter_mut().zip(other.counts.iter()) {
            *count = count.saturating_add(*more);
        }
    }

    /// How many children of this kind.
    pub fn get(&self, id: ElementId) -> u32 {
        self.counts.get(id.0 as usize).copied().unwrap_or(0)
    }

    /// Every kind counted at least once, with its count.
    pub fn iter(&self) -> impl Iterator<Item = (ElementId, u32)> + '_ {
        self.counts
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(|(index, count)| (ElementId(index as u16), *count))
    }
}

/// The child of each channel's `Response` with this name, in [`Channel::ALL`] order; without
/// allocating, as this runs for every verb.
pub fn verbs_named(name: &str) -> [Option<ElementId>; 3] {
    Channel::ALL.map(|channel| response(channel).spec().child_named(name))
}

/// Works out a document's channel from its verbs, one verb at a time.
#[derive(Debug, Clone)]
pub struct ChannelInference {
    candidates: Vec<Channel>,
    established_by: Option<String>,
}

impl Default for ChannelInference {
    fn default() -> Self {
        ChannelInference {
            candidates: Channel::ALL.to_vec(),
            established_by: None,
        }
    }
}

impl ChannelInference {
    /// Takes one verb written directly inside `Response`. Names no channel knows are left to
    /// [`Element::check_child`].
    pub fn add_verb(&mut self, name: &str) -> Result<(), Violation> {
        self.add_found_verb(name, verbs_named(name))
    }

    /// [`add_verb`](Self::add_verb) with the verb already looked up in each channel
    /// ([`verbs_named`]), so a caller that needs the entries too looks the name up once.
    pub fn add_found_verb(
        &mut self,
        name: &str,
        found: [Option<ElementId>; 3],
    ) -> Result<(), Violation> {
        let knows = found.map(|id| id.is_some());
        let known = knows.iter().filter(|known| **known).count();
        if known == 0 || known == Channel::ALL.len() {
            return Ok(());
        }
        let in_verb = |channel: &Channel| {
            Channel::ALL
                .iter()
                .zip(knows)
                .any(|(candidate, known)| known && candidate == channel)
        };
        let narrowed = self
            .candidates
            .iter()
            .filter(|channel| in_verb(channel))
            .count();
        if narrowed == 0 {
            return Err(Violation::MixedChannels {
                verb: name.to_string(),
                verb_channels: Channel::ALL.into_iter().filter(in_verb).collect(),
                established: self.candidates.clone(),
                established_by: self.established_by.clone().unwrap_or_default(),
            });
        }
        if narrowed < self.candidates.len() {
            self.established_by = Some(name.to_string());
            self.candidates.retain(in_verb);
        }
        Ok(())
    }

    /// The channel: the first candidate left, voice before messaging before fax.
    pub fn channel(&self) -> Channel {
        self.candidates.first().copied().unwrap_or(Channel::Voice)
    }
}

/// Whether a value type's literal may be written as a bare word in the macro (`method = GET`,
/// `speechTimeout = auto`). A URL may not: it is always written as a string literal.
pub fn accepts_bare_word(ty: &ValueType) -> bool {
    matches!(
        ty,
        ValueType::Enum(_)
            | ValueType::Boolean
            | ValueType::List { .. }
            | ValueType::BooleanOrString
            | ValueType::String { .. }
    )
}
