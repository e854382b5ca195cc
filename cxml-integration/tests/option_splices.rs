//! `Option` splices: among children and as an element's text, `None` writes nothing and
//! `Some` writes its value, as an attribute's `Option` does.

use cxml::cxml;

#[test]
fn an_option_among_children_writes_its_value_or_nothing() {
    let from: Option<String> = Some("+15550100".to_string());
    let nobody: Option<String> = None;
    let doc = cxml! { Response < Say < "Hi " {from} "." > Say < "Hi " {nobody} "." > > };
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hi +15550100.</Say><Say>Hi .</Say></Response>"#
    );
    assert!(doc.error().is_none());
    // Borrowed, of any `Display` type, escaped like any text.
    let count: Option<u32> = Some(3);
    let name: Option<&str> = Some("<Ann & Bob>");
    let doc = cxml! { Response < Say < {&count} " calls for " {&name} > Say < {count.map(|n| n * 2)} > > };
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>3 calls for &lt;Ann &amp; Bob&gt;</Say><Say>6</Say></Response>"#
    );
}

#[test]
fn an_option_as_text_writes_its_value_or_nothing() {
    let number: Option<&str> = Some("+15550100");
    let doc = cxml! { Response < Dial < Number({number}) > Play < {None::<String>} > > };
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Number>+15550100</Number></Dial><Play/></Response>"#
    );
    assert!(doc.error().is_none());
    // `None` where text is required: the same run-time error as an empty string.
    let none: Option<String> = None;
    let doc = cxml! { Response < Dial < Number({&none}) > > };
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Number/></Dial></Response>"#
    );
    let error = doc.error().expect("a Number needs text");
    assert!(
        matches!(
            error.violation(),
            cxml::schema::Violation::TextRequired { .. }
        ),
        "{error}"
    );
    assert!(cxml::parse(doc.as_str()).is_err());
}

#[test]
fn options_of_fragments_and_of_text_mix() {
    let first: Option<cxml::Fragment<cxml::reference::voice::Say>> =
        Some(cxml!(in Say: prosody(rate = "slow") < "slowly" >));
    let name: Option<String> = Some("Ann".into());
    let doc = cxml! { Response < Say < "Hi " {name} ", " {first} > > };
    assert_eq!(
        doc.as_str(),
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hi Ann, <prosody rate="slow">slowly</prosody></Say></Response>"#
    );
}
