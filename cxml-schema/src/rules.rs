//! Every rule about one element, as a named function over the table: which children, attributes,
//! values and texts it takes, what its parent forbids, and how many children it holds. The
//! [`engine`](super::engine) applies them in document order for both front ends.

use super::engine::Written;
use super::value::{self, ValueProblem};
use super::{
    Attribute, ChildCounts, ELEMENT_COUNT, ELEMENTS, ElementId, ElementSpec, Platform, Status,
    TextRule, ValueType, Violation, suggest,
};

impl ElementSpec {
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
        if super::elements_named_in(self.platform, name)
            .next()
            .is_some()
        {
            return Err(Violation::NotAllowedHere {
                child: name.to_string(),
                parent: self,
            });
        }
        let suggestion = suggest(name, self.child_names()).or_else(|| {
            suggest(
                name,
                self.platform.elements().iter().map(|element| element.name),
            )
        });
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
    ///
    /// Inlined, so that the engine's usual case (the value fits) builds no [`Violation`].
    #[inline]
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

    /// Checks a literal value as the macro's user wrote it: a URL must be a string literal; any
    /// other type that takes no bare word reads a word or number as its text and checks that.
    /// Plumbing of the macro and the reader.
    #[doc(hidden)]
    #[inline]
    pub fn check_written_value(
        &'static self,
        attribute: &'static Attribute,
        value: &str,
        written: Written,
    ) -> Result<(), Violation> {
        if matches!(attribute.ty, ValueType::Url) && written != Written::Str {
            return Err(Violation::InvalidValue {
                element: self,
                attribute,
                value: value.to_string(),
                problem: ValueProblem::UnquotedUrl,
            });
        }
        self.check_value(attribute, value)
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
            || self.text_values.contains(&crate::trim_blank(text))
        {
            Ok(())
        } else {
            Err(Violation::TextNotInSet {
                element: self,
                text: text.to_string(),
            })
        }
    }

    /// Whether the element lacks the text it requires, given what it holds: text (or text only
    /// run time knows), child elements, and whether the attribute that stands in for the text is
    /// present. Mixed content and text-or-children elements are satisfied by child elements.
    pub fn needs_text(&self, has_text: bool, has_elements: bool, text_attribute: bool) -> bool {
        let satisfied =
            has_text || (has_elements && (self.mixed || self.text_or_children)) || text_attribute;
        self.text == TextRule::Required && !satisfied
    }

    /// Checks child counts, exclusivity and maxima against the table. Plumbing of the macro, the
    /// reader and generated code.
    #[doc(hidden)]
    pub fn check_counts(&'static self, counts: &ChildCounts) -> Vec<Violation> {
        let mut violations = Vec::new();
        self.for_each_count_violation(counts, |violation| violations.push(violation));
        violations
    }

    /// [`check_counts`](Self::check_counts) without collecting: calls `report` for each broken
    /// rule, so a render that only keeps the first one allocates nothing.
    #[doc(hidden)]
    pub fn for_each_count_violation(
        &'static self,
        counts: &ChildCounts,
        mut report: impl FnMut(Violation),
    ) {
        // Only an element with a limit on all its children needs their sum.
        let total = if self.max_children.is_some() || self.min_children.is_some() {
            counts.total()
        } else {
            0
        };
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
            let alone = counts.get(exclusive);
            // Another kind is there only if the sum is more than this kind's count; only then
            // is it looked for, to name it.
            if alone > 0
                && counts.total() > alone
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

impl ElementId {
    /// The element's required attributes, as bit `i` for its `i`th attribute (the first 64;
    /// a longer list is checked attribute by attribute).
    pub(crate) fn required_attributes(self) -> u64 {
        match self.platform() {
            Platform::SignalWire => REQUIRED_ATTRIBUTES.get(self.index()).copied().unwrap_or(0),
            Platform::Twilio => TWILIO_REQUIRED_ATTRIBUTES
                .get(self.index())
                .copied()
                .unwrap_or(0),
        }
    }
}

/// [`REQUIRED_ATTRIBUTES`] of Twilio's table.
static TWILIO_REQUIRED_ATTRIBUTES: [u64; super::twilio::ELEMENT_COUNT] = {
    let mut masks = [0; super::twilio::ELEMENT_COUNT];
    let mut element = 0;
    while element < super::twilio::ELEMENT_COUNT {
        let attributes = super::twilio::ELEMENTS[element].attributes;
        let mut position = 0;
        while position < attributes.len() && position < u64::BITS as usize {
            if attributes[position].required {
                masks[element] |= 1 << position;
            }
            position += 1;
        }
        element += 1;
    }
    masks
};

/// [`ElementId::required_attributes`] of every element, worked out when the crate is compiled:
/// most elements require nothing, and a bit mask says so without a look at each attribute.
static REQUIRED_ATTRIBUTES: [u64; ELEMENT_COUNT] = required_attribute_masks();

const fn required_attribute_masks() -> [u64; ELEMENT_COUNT] {
    let mut masks = [0; ELEMENT_COUNT];
    let mut element = 0;
    while element < ELEMENT_COUNT {
        let attributes = ELEMENTS[element].attributes;
        let mut position = 0;
        while position < attributes.len() && position < u64::BITS as usize {
            if attributes[position].required {
                masks[element] |= 1 << position;
            }
            position += 1;
        }
        element += 1;
    }
    masks
}
