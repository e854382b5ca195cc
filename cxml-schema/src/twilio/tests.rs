//! Integrity of Twilio's table: the same rules as SignalWire's.

use super::super::*;
use super::{ELEMENT_COUNT, ELEMENTS, ENUM_TYPES, ids};

#[test]
fn ids_index_their_own_elements() {
    assert_eq!(super::table::ID_NAMES.len(), ELEMENT_COUNT);
    for (index, element) in ELEMENTS.iter().enumerate() {
        let id = ElementId::new_in(Platform::Twilio, index).expect("every position has an id");
        assert!(std::ptr::eq(id.spec(), element));
        assert_eq!(id.platform(), Platform::Twilio);
        assert_eq!(id.index(), index);
        assert_eq!(element.platform, Platform::Twilio, "{}", element.id);
        assert!(element.id.starts_with("twilio."), "{}", element.id);
        assert!(element.id.contains(element.name), "{}", element.id);
        assert_eq!(
            ELEMENTS
                .iter()
                .filter(|other| other.id == element.id)
                .count(),
            1,
            "{} is not unique",
            element.id
        );
        let constants: Vec<ElementId> = super::table::ID_NAMES
            .iter()
            .filter(|(_, constant)| *constant == id)
            .map(|(_, constant)| *constant)
            .collect();
        assert_eq!(constants.len(), 1, "{}", element.id);
    }
    assert_eq!(ElementId::new_in(Platform::Twilio, ELEMENT_COUNT), None);
    // SignalWire's ids are untouched.
    for (index, element) in crate::ELEMENTS.iter().enumerate() {
        let id = ElementId::new(index).unwrap();
        assert_eq!(id.platform(), Platform::SignalWire);
        assert_eq!(element.platform, Platform::SignalWire);
        assert!(std::ptr::eq(id.spec(), element));
    }
}

#[test]
fn parents_and_children_agree_and_stay_in_the_table() {
    for (index, element) in ELEMENTS.iter().enumerate() {
        let id = ElementId::new_in(Platform::Twilio, index).unwrap();
        for child in element.children {
            assert_eq!(child.platform(), Platform::Twilio);
            assert!(child.spec().parents.contains(&id), "{}", element.id);
        }
        for parent in element.parents {
            assert_eq!(parent.platform(), Platform::Twilio);
            assert!(parent.spec().children.contains(&id), "{}", element.id);
        }
        let mut names: Vec<&str> = element.children.iter().map(|c| c.spec().name).collect();
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count, "{}", element.id);
        let mut names: Vec<&str> = element.attributes.iter().map(|a| a.name).collect();
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count, "{}", element.id);
    }
}

#[test]
fn enum_types_are_used_and_defaults_are_valid() {
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

fn twilio_voice(name: &str) -> &'static ElementSpec {
    elements_named_in(Platform::Twilio, name)
        .find(|e| e.scope == Scope::Voice)
        .expect("voice element")
}

#[test]
fn twilio_knows_what_signalwire_rejects_as_twilio_only() {
    let dial = twilio_voice("Dial");
    for child in ["Client", "Application", "Sim", "WhatsApp", "Number", "Sip"] {
        assert!(dial.check_child(child).is_ok(), "{child}");
    }
    assert!(dial.check_attribute("passports").is_ok());
    let gather = twilio_voice("Gather");
    for attribute in ["bargeIn", "maxSpeechTime", "speechModel", "debug"] {
        assert!(gather.check_attribute(attribute).is_ok(), "{attribute}");
    }
    let connect = twilio_voice("Connect");
    for child in ["ConversationRelay", "Conversation", "Stream", "Room"] {
        assert!(connect.check_child(child).is_ok(), "{child}");
    }
    let sip = ids::VOICE_SIP.spec();
    assert!(sip.check_child("Headers").is_ok());
    assert!(sip.check_child("Uri").is_ok());
    let client = ids::VOICE_CLIENT.spec();
    assert!(client.check_child("Identity").is_ok());
    assert!(client.check_child("Parameter").is_ok());
    let start = twilio_voice("Start");
    for child in ["Siprec", "Transcription", "Recording", "Stream"] {
        assert!(start.check_child(child).is_ok(), "{child}");
    }
}

#[test]
fn removed_and_signalwire_only_are_refused_with_reasons() {
    let connect = twilio_voice("Connect");
    assert_eq!(
        connect.check_child("Assistant").unwrap_err().to_string(),
        "`<Assistant>` was removed from Twilio's TwiML and is not accepted"
    );
    let response = response_in(Platform::Twilio, Channel::Voice).spec();
    let message = response.check_child("Denoise").unwrap_err().to_string();
    assert!(
        message.starts_with(
            "`<Denoise>` inside `<Response>` is SignalWire-only; Twilio does not document it"
        ),
        "{message}"
    );
    // SignalWire's table still refuses Twilio's words as before.
    let message = crate::response(Channel::Voice)
        .spec()
        .child_named("Gather")
        .unwrap()
        .spec()
        .check_attribute("bargeIn")
        .unwrap_err()
        .to_string();
    assert!(message.contains("Twilio-only"), "{message}");
}

#[test]
fn counterparts_pair_the_same_element() {
    let dial = twilio_voice("Dial");
    assert_eq!(dial.counterpart().map(|e| e.id), Some("voice.Dial"));
    let sw_dial = crate::elements_named("Dial").next().unwrap();
    assert_eq!(sw_dial.counterpart().map(|e| e.id), Some(dial.id));
    assert_eq!(ids::VOICE_SIM.spec().counterpart(), None);
}
