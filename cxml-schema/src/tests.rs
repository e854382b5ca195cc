//! Integrity of the table and the wording of the shared checks.

use super::*;

/// The `ids` constant an element id is spelled as: `voice.Sip@Dial` is `VOICE_SIP_AT_DIAL`.
fn constant_name(id: &str) -> String {
    id.replace('@', "_AT_")
        .replace(['.', ':', '-'], "_")
        .to_ascii_uppercase()
}

/// Every element has exactly one `ids` constant, named after its id string, and that constant
/// (like `ElementId(i)` for every `i`) leads back to the element, so no id names another
/// element's position.
#[test]
fn ids_index_their_own_elements() {
    assert_eq!(super::table::ID_NAMES.len(), ELEMENT_COUNT);
    for (index, element) in ELEMENTS.iter().enumerate() {
        let id = ElementId::new(index).expect("every position has an id");
        assert!(std::ptr::eq(id.spec(), element));
        assert!(!element.name.is_empty(), "{}", element.id);
        assert!(!element.about.is_empty(), "{}", element.id);
        assert!(
            element.id.contains(element.name) || element.name == "*",
            "{}",
            element.id
        );
        let same_id = ELEMENTS.iter().filter(|other| other.id == element.id);
        assert_eq!(same_id.count(), 1, "{} is not unique", element.id);

        let expected = constant_name(element.id);
        let constants: Vec<ElementId> = super::table::ID_NAMES
            .iter()
            .filter(|(name, _)| *name == expected)
            .map(|(_, id)| *id)
            .collect();
        assert_eq!(
            constants,
            [ElementId(index as u16)],
            "`ids::{expected}` must index `{}`",
            element.id
        );
        for attribute in element.attributes {
            assert!(!attribute.name.is_empty(), "{}", element.id);
        }
    }
    assert_eq!(ids::VOICE_SIP_AT_DIAL.spec().id, "voice.Sip@Dial");
    assert_eq!(
        ids::SSML_AMAZON_AUTO_BREATHS.spec().id,
        "ssml.amazon:auto-breaths"
    );
    assert_eq!(ids::FAX_REJECT.spec().id, "fax.Reject");
}

#[test]
fn parents_and_children_agree() {
    for (index, element) in ELEMENTS.iter().enumerate() {
        let id = ElementId::new(index).unwrap();
        for child in element.children {
            assert!(
                child.spec().parents.contains(&id),
                "{} lists {} as a child, but not the reverse",
                element.id,
                child.spec().id
            );
        }
        for parent in element.parents {
            assert!(
                parent.spec().children.contains(&id),
                "{} lists {} as a parent, but not the reverse",
                element.id,
                parent.spec().id
            );
        }
    }
}

#[test]
fn a_parent_never_holds_two_children_of_one_name() {
    for element in ELEMENTS.iter() {
        let names: Vec<&str> = element.children.iter().map(|c| c.spec().name).collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{}", element.id);
    }
}

#[test]
fn every_enum_type_is_used_and_attribute_names_are_unique() {
    for enumeration in ENUM_TYPES {
        let used = ELEMENTS.iter().any(|element| {
            element
                .attributes
                .iter()
                .any(|a| matches!(a.ty, ValueType::Enum(e) if std::ptr::eq(e, *enumeration)))
        });
        assert!(used, "{} is unused", enumeration.rust_name);
    }
    for element in ELEMENTS.iter() {
        let mut names: Vec<&str> = element.attributes.iter().map(|a| a.name).collect();
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "{}", element.id);
    }
}

#[test]
fn defaults_are_valid_values_of_their_attribute() {
    for element in ELEMENTS.iter() {
        for attribute in element.attributes {
            if let (Some(default), ValueType::Enum(_) | ValueType::Boolean | ValueType::Integer) =
                (attribute.default, attribute.ty)
            {
                assert!(
                    element.check_value(attribute, default).is_ok(),
                    "{}@{} default {default:?}",
                    element.id,
                    attribute.name
                );
            }
        }
    }
}

fn voice(name: &str) -> &'static ElementSpec {
    elements_named(name)
        .find(|e| e.scope == Scope::Voice)
        .expect("voice element")
}

#[test]
fn messages_name_what_is_allowed() {
    let response = ids::VOICE_RESPONSE.spec();
    let message = response.check_child("Sip").unwrap_err().to_string();
    assert!(
        message.starts_with(
            "`<Sip>` is not allowed inside `<Response>`; `<Response>` may contain `Connect`"
        ),
        "{message}"
    );
    assert!(
        message.ends_with("`<Sip>` belongs in `Dial` or `Refer`"),
        "{message}"
    );

    let unknown = response.check_child("Pley").unwrap_err().to_string();
    assert!(unknown.contains("did you mean `Play`?"), "{unknown}");

    let dial = voice("Dial");
    let attribute = dial.check_attribute("timout").unwrap_err().to_string();
    assert!(attribute.contains("did you mean `timeout`?"), "{attribute}");

    let timeout = dial.attribute("timeout").unwrap();
    let range = dial.check_value(timeout, "700").unwrap_err().to_string();
    assert_eq!(
        range,
        "value `700` for `timeout` on `<Dial>` is above the maximum 600"
    );

    let method = dial.attribute("method").unwrap();
    let value = dial.check_value(method, "FETCH").unwrap_err().to_string();
    assert_eq!(
        value,
        "invalid value `FETCH` for `method` on `<Dial>`: expected one of `GET` or `POST`"
    );

    assert!(
        dial.check_value(timeout, "{{Timeout}}").is_ok(),
        "placeholders pass"
    );
}

#[test]
fn counts_follow_the_table() {
    let dial = ids::VOICE_DIAL.spec();
    let mut counts = ChildCounts::new();
    counts.add(ids::VOICE_NUMBER, 11);
    let found: Vec<String> = dial
        .check_counts(&counts)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(found, ["`<Dial>` holds at most 10 `<Number>`, found 11"]);

    counts.add(ids::VOICE_SIP_AT_DIAL, 1);
    let found: Vec<String> = dial
        .check_counts(&counts)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        found
            .iter()
            .any(|m| m.contains("with `<Sip>` holds no other noun")),
        "{found:?}"
    );

    let refer = ids::VOICE_REFER.spec();
    let none = refer.check_counts(&ChildCounts::new());
    assert_eq!(none.len(), 1);
    assert!(
        none[0]
            .to_string()
            .contains("needs at least 1 child element")
    );
}

#[test]
fn the_kept_total_is_the_sum_of_the_counts_and_clearing_zeroes_them() {
    // Runs of adds (small, large, up to the limit) and merges, against the sum of what `iter`
    // reports, capped at `u32::MAX`.
    let kinds = [
        ids::VOICE_NUMBER,
        ids::VOICE_SIP_AT_DIAL,
        ids::VOICE_PLAY,
        ids::VOICE_SAY,
    ];
    let amounts = [0, 1, 2, 1000, u32::MAX / 3, u32::MAX - 1, u32::MAX];
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    for _ in 0..2000 {
        let mut counts = ChildCounts::new();
        let mut other = ChildCounts::new();
        for _ in 0..next(8) {
            let target = if next(2) == 0 {
                &mut counts
            } else {
                &mut other
            };
            target.add(kinds[next(kinds.len())], amounts[next(amounts.len())]);
            if next(4) == 0 {
                counts.merge(&other);
            }
            for counts in [&counts, &other] {
                let sum: u64 = counts.iter().map(|(_, n)| u64::from(n)).sum();
                let expected = u32::try_from(sum).unwrap_or(u32::MAX);
                assert_eq!(counts.total(), expected, "{counts:?}");
            }
        }
        // Cleared by the kinds counted, or by fewer (then the total says so): zero either way.
        let told = next(kinds.len() + 1);
        counts.clear(&kinds[..told]);
        assert_eq!(counts, ChildCounts::new());
        other.clear(&kinds);
        assert_eq!(other, ChildCounts::new());
    }
}

#[test]
fn the_total_of_counts_sums_every_kind_and_saturates() {
    let mut counts = ChildCounts::new();
    assert_eq!(counts.total(), 0);
    counts.add(ids::VOICE_NUMBER, 7);
    counts.add(ids::VOICE_SIP_AT_DIAL, 5);
    assert_eq!(counts.total(), 12);
    assert_eq!(counts.total(), counts.iter().map(|(_, n)| n).sum::<u32>());
    counts.add(ids::VOICE_NUMBER, u32::MAX);
    counts.add(ids::VOICE_SIP_AT_DIAL, u32::MAX);
    assert_eq!(counts.total(), u32::MAX);
    let mut merged = ChildCounts::new();
    merged.add(ids::VOICE_NUMBER, 3);
    merged.merge(&counts);
    assert_eq!(merged.total(), u32::MAX);
    let mut small = ChildCounts::new();
    small.add(ids::VOICE_NUMBER, 3);
    small.merge(&small.clone());
    assert_eq!(small.total(), 6);
    let found: Vec<String> = ids::VOICE_DIAL
        .spec()
        .check_counts(&counts)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        found.iter().any(|m| m.contains(&u32::MAX.to_string())),
        "{found:?}"
    );
}

#[test]
fn channel_inference_names_the_conflict() {
    let mut inference = ChannelInference::default();
    inference.add_verb("Redirect").unwrap();
    inference.add_verb("Message").unwrap();
    assert_eq!(inference.channel(), Channel::Messaging);
    let error = inference.add_verb("Say").unwrap_err().to_string();
    assert_eq!(
        error,
        "`<Say>` is a voice verb, but `<Message>` already made this a messaging document; one `Response` holds the verbs of one channel"
    );
    let mut fax = ChannelInference::default();
    fax.add_verb("Reject").unwrap();
    assert_eq!(fax.channel(), Channel::Voice, "voice wins a tie");
    fax.add_verb("Receive").unwrap();
    assert_eq!(fax.channel(), Channel::Fax);
}

#[test]
fn withdrawn_and_twilio_only_are_refused_with_reasons() {
    let connect = voice("Connect");
    let withdrawn = connect.check_child("AI").unwrap_err().to_string();
    assert!(withdrawn.contains("withdrawn"), "{withdrawn}");
    let gather = voice("Gather");
    let twilio = gather.check_attribute("bargeIn").unwrap_err().to_string();
    assert!(twilio.contains("Twilio-only"), "{twilio}");
}

#[test]
fn a_parent_can_forbid_an_attribute_of_its_child() {
    let gather = ids::VOICE_GATHER.spec();
    let error = gather
        .check_child_attribute(ids::VOICE_PLAY, "digits")
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "`digits` on `<Play>` is not allowed inside `<Gather>`"
    );
    assert!(
        gather
            .check_child_attribute(ids::VOICE_PLAY, "loop")
            .is_ok()
    );
    let response = ids::VOICE_RESPONSE.spec();
    assert!(
        response
            .check_child_attribute(ids::VOICE_PLAY, "digits")
            .is_ok()
    );
}

/// The list splitter finds the items `str::split` and `str::trim` find, over every short value
/// of list-like bytes.
#[test]
fn list_items_split_as_str_split() {
    let alphabet = ["a", " ", ",", "\t", "\u{b}", "\u{85}", "é", "\u{3000}", "b"];
    let values = crate::test_support::every_string(&alphabet, 4);
    for separator in [' ', ',', '|'] {
        for value in &values {
            let expected: Vec<&str> = value
                .split(|c: char| c == separator || (separator == ' ' && c.is_whitespace()))
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .collect();
            let found: Vec<&str> = value::split_list(value, separator).collect();
            assert_eq!(found, expected, "{value:?} split at {separator:?}");
        }
    }
}

/// The chunked name comparison agrees with `==` for every length up to past two chunks, with
/// the difference at every position (first chunk, overlap, tail).
#[test]
fn same_name_agrees_with_equality() {
    for length in 0..=20 {
        let name: String = (0..length).map(|i| char::from(b'a' + i as u8)).collect();
        assert!(same_name(&name, &name.clone()), "{name:?}");
        for at in 0..length {
            let mut other = name.clone().into_bytes();
            other[at] = b'Z';
            let other = String::from_utf8(other).expect("ASCII");
            assert!(!same_name(&name, &other), "{name:?} {other:?}");
        }
        assert!(!same_name(&name, &format!("{name}a")), "{name:?}");
    }
}

/// The quick path's check reads the document element as voice's `Response` until the first verb
/// settles the channel: that is exact because no channel's `Response` takes an attribute.
#[test]
fn no_response_takes_an_attribute() {
    for platform in [Platform::SignalWire, Platform::Twilio] {
        for channel in Channel::ALL {
            let spec = response_in(platform, channel).spec();
            assert!(spec.attributes.is_empty(), "{}", spec.id);
        }
    }
}
