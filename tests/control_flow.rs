//! `if`, `if let`, `for`, `match` and typed fragments inside `cxml!` (issue 3): rendering, run-time
//! count rules, fragment composition and the `unchecked_raw!` escape hatch.

use cxml::reference::voice::{Dial, Gather, Refer, Say};
use cxml::values::Method;
use cxml::{Fragment, cxml};

const DECL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

#[track_caller]
fn assert_doc(doc: &cxml::Rendered, body: &str) {
    assert_eq!(doc.as_str(), format!("{DECL}{body}"));
    assert!(doc.error().is_none(), "unexpected error: {:?}", doc.error());
}

/// The run-time error of a document, as its message.
fn error(doc: &cxml::Rendered) -> Option<String> {
    doc.error().map(ToString::to_string)
}

fn numbers(count: usize) -> Vec<String> {
    (0..count).map(|i| format!("+1555010{i:02}")).collect()
}

// ---- if ----

fn greeting(first_call: bool, vip: bool) -> cxml::Rendered {
    cxml! { Response <
        if first_call && vip { Say("Welcome, valued caller!") }
        else if first_call { Say("Welcome!") Pause(length = 1) }
        else { Say("Welcome back.") }
        Hangup
    > }
}

#[test]
fn if_else_if_else() {
    assert_doc(
        &greeting(true, true),
        "<Response><Say>Welcome, valued caller!</Say><Hangup/></Response>",
    );
    assert_doc(
        &greeting(true, false),
        r#"<Response><Say>Welcome!</Say><Pause length="1"/><Hangup/></Response>"#,
    );
    assert_doc(
        &greeting(false, true),
        "<Response><Say>Welcome back.</Say><Hangup/></Response>",
    );
}

#[test]
fn if_without_else_and_empty_branches() {
    for flag in [false, true] {
        let doc = cxml! { Response <
            if flag { Say("on") }
            if flag { } else { }
            if !flag { } else { Hangup }
        > };
        // Content that comes out empty at run time closes as `/>`, as a static empty element.
        let expected = if flag {
            "<Response><Say>on</Say><Hangup/></Response>"
        } else {
            "<Response/>"
        };
        assert_doc(&doc, expected);
    }
}

#[test]
fn if_let() {
    let render = |caller: Option<&str>| {
        cxml! { Response <
            if let Some(name) = caller { Say < "Hello " {name} > } else { Say("Hello stranger") }
        > }
    };
    assert_doc(
        &render(Some("Ada")),
        "<Response><Say>Hello Ada</Say></Response>",
    );
    assert_doc(
        &render(None),
        "<Response><Say>Hello stranger</Say></Response>",
    );
}

// ---- for ----

#[test]
fn for_over_a_vec_inside_dial() {
    let team = numbers(3);
    let base = "https://example.com";
    let doc = cxml! { Response <
        Dial(timeout = 20) <
            for n in &team { Number({n}, statusCallback = {format!("{base}/status")}) }
        >
    > };
    assert_doc(
        &doc,
        r#"<Response><Dial timeout="20"><Number statusCallback="https://example.com/status">+155501000</Number><Number statusCallback="https://example.com/status">+155501001</Number><Number statusCallback="https://example.com/status">+155501002</Number></Dial></Response>"#,
    );
}

#[test]
fn nested_loops() {
    let menus = [
        ("sales", vec!["one", "two"]),
        ("support", vec![]),
        ("billing", vec!["three"]),
    ];
    let doc = cxml! { Response <
        for (name, items) in &menus {
            Say < "Menu " {name} ":" for item in items { " " {item} break(time = "200ms") } >
        }
    > };
    assert_doc(
        &doc,
        r#"<Response><Say>Menu sales: one<break time="200ms"/> two<break time="200ms"/></Say><Say>Menu support:</Say><Say>Menu billing: three<break time="200ms"/></Say></Response>"#,
    );
}

#[test]
fn empty_iterations() {
    let nobody: Vec<String> = Vec::new();
    let doc = cxml! { Response <
        for _ in 0..0 { Hangup }
        Gather(numDigits = 1) < for n in &nobody { Say({n}) } >
    > };
    assert_doc(&doc, r#"<Response><Gather numDigits="1"/></Response>"#);
}

// ---- match ----

fn voice_for(locale: &str, minutes: u32) -> cxml::Rendered {
    cxml! { Response <
        match locale {
            "fr-FR" | "fr-CA" => { Say(voice = "Polly.Celine", language = "fr-FR") < "Bonjour" > }
            "de-DE" => Say(language = "de-DE") < "Hallo" >,
            _ if minutes > 60 => { Say("Sorry for the long wait.") Pause(length = 2) }
            _ => {}
        }
        Hangup
    > }
}

#[test]
fn match_with_guards_multi_patterns_and_empty_arms() {
    let fr =
        r#"<Response><Say voice="Polly.Celine" language="fr-FR">Bonjour</Say><Hangup/></Response>"#;
    assert_doc(&voice_for("fr-FR", 0), fr);
    assert_doc(&voice_for("fr-CA", 0), fr);
    assert_doc(
        &voice_for("de-DE", 0),
        r#"<Response><Say language="de-DE">Hallo</Say><Hangup/></Response>"#,
    );
    assert_doc(
        &voice_for("en-US", 61),
        r#"<Response><Say>Sorry for the long wait.</Say><Pause length="2"/><Hangup/></Response>"#,
    );
    assert_doc(&voice_for("en-US", 5), "<Response><Hangup/></Response>");
}

#[test]
fn control_flow_inside_say_mixes_text_and_ssml() {
    for (digits, slow) in [(true, false), (false, true)] {
        let code = "1234";
        let doc = cxml! { Response < Say <
            "Your code is "
            if digits { say-as(interpret-as = digits) < {code} > } else { {code} }
            match slow {
                true => { break(strength = strong) prosody(rate = "slow") < "again " {code} > }
                false => {}
            }
        > > };
        let body = if digits {
            r#"<Say>Your code is <say-as interpret-as="digits">1234</say-as></Say>"#
        } else {
            r#"<Say>Your code is 1234<break strength="strong"/><prosody rate="slow">again 1234</prosody></Say>"#
        };
        assert_doc(&doc, &format!("<Response>{body}</Response>"));
    }
}

#[test]
fn control_flow_with_dynamic_attributes() {
    let method: Option<Method> = None;
    let targets = [("+15550100", Some(Method::Get)), ("+15550101", method)];
    let doc = cxml! { Response < Dial <
        for (number, how) in targets { Number({number}, url = "/screen", method = {how}) }
    > > };
    assert_doc(
        &doc,
        r#"<Response><Dial><Number url="/screen" method="GET">+15550100</Number><Number url="/screen">+15550101</Number></Dial></Response>"#,
    );
}

// ---- run-time count rules ----

#[test]
fn loop_with_eleven_numbers_renders_completely_and_reports() {
    let team = numbers(11);
    let doc = cxml! { Response < Dial < for n in &team { Number({n}) } > > };
    let inner: String = team
        .iter()
        .map(|n| format!("<Number>{n}</Number>"))
        .collect();
    assert_eq!(
        doc.as_str(),
        format!("{DECL}<Response><Dial>{inner}</Dial></Response>")
    );
    let error = doc.error().expect("11 numbers break the rule");
    assert_eq!(
        error.to_string(),
        "`<Dial>` holds at most 10 `<Number>`, found 11"
    );
    assert_eq!(error.count(), 1);
    assert!(doc.clone().into_result().is_err());

    let ten = numbers(10);
    let doc = cxml! { Response < Dial < for n in &ten { Number({n}) } > > };
    assert!(doc.error().is_none());
}

#[test]
fn refer_without_its_sip_is_a_run_time_error() {
    let render = |transfer: bool| {
        cxml! { Response < Refer < if transfer { Sip("sip:agent@example.com") } > > }
    };
    assert_doc(
        &render(true),
        "<Response><Refer><Sip>sip:agent@example.com</Sip></Refer></Response>",
    );
    let doc = render(false);
    assert_eq!(doc.as_str(), format!("{DECL}<Response><Refer/></Response>"));
    let error = doc.error().expect("a Refer needs its Sip");
    assert_eq!(
        error.to_string(),
        "`<Refer>` needs at least 1 child element (`Sip`), found 0"
    );
}

#[test]
fn a_second_sip_from_a_branch_is_a_run_time_error() {
    let twice = true;
    let doc = cxml! { Response < Refer < Sip("sip:a@example.com") if twice { Sip("sip:b@example.com") } > > };
    assert_eq!(doc.as_str().matches("<Sip>").count(), 2);
    assert_eq!(
        error(&doc).as_deref(),
        Some("`<Refer>` holds at most 1 child element, found 2")
    );
}

#[test]
fn sip_next_to_a_looped_number_is_a_run_time_error() {
    let extra = numbers(1);
    let doc =
        cxml! { Response < Dial < Sip("sip:a@example.com") for n in &extra { Number({n}) } > > };
    assert_eq!(
        error(&doc).as_deref(),
        Some("a `<Dial>` with `<Sip>` holds no other noun; found `<Number>`")
    );
}

#[test]
fn several_run_time_problems_are_counted() {
    let team = numbers(12);
    let timeout = 900;
    let doc = cxml! { Response <
        Dial(timeout = {timeout}) < for n in &team { Number({n}) } >
        Refer < if false { Sip("sip:a@example.com") } >
    > };
    let error = doc.error().expect("three problems");
    assert_eq!(error.count(), 3);
    assert_eq!(
        error.to_string(),
        "value `900` for `timeout` on `<Dial>` is above the maximum 600 (and 2 more problems)"
    );
}

// ---- typed fragments ----

fn team_fragment(team: &[String]) -> Fragment<Dial> {
    cxml!(in Dial: for n in team { Number({n}) })
}

#[test]
fn fragment_type_and_text() {
    let fragment: Fragment<Dial> = cxml!(in Dial: Number("+15550100") Sip("sip:alice@example.com"));
    assert_eq!(
        fragment.as_str(),
        "<Number>+15550100</Number><Sip>sip:alice@example.com</Sip>"
    );
    let say: Fragment<Say> =
        cxml!(in Say: "Hi " amazon:breath "there" say-as(interpret-as = digits) < "42" >);
    assert_eq!(
        say.as_str(),
        r#"Hi <amazon:breath/>there<say-as interpret-as="digits">42</say-as>"#
    );
    let effect: Fragment<cxml::reference::ssml::amazon_effect> =
        cxml!(in amazon:effect: "psst" break);
    assert_eq!(effect.as_str(), "psst<break/>");
}

#[test]
fn fragments_from_functions_splice_into_their_parent() {
    let team = numbers(2);
    let doc = cxml! { Response < Dial(timeout = 20) < {team_fragment(&team)} > > };
    assert_doc(
        &doc,
        r#"<Response><Dial timeout="20"><Number>+155501000</Number><Number>+155501001</Number></Dial></Response>"#,
    );
}

#[test]
fn collections_of_fragments_splice() {
    let one: Fragment<Gather> = cxml!(in Gather: Say("one"));
    let two: Fragment<Gather> = cxml!(in Gather: Pause);
    let vec = vec![one.clone(), two.clone()];
    let array = [two.clone(), one.clone()];
    let some = Some(one.clone());
    let none: Option<Fragment<Gather>> = None;
    let collected: Fragment<Gather> = ["a", "b"]
        .iter()
        .map(|word| cxml!(in Gather: Say({word})))
        .collect::<Fragment<_>>();
    let doc = cxml! { Response <
        Gather < {vec} >
        Gather < {array} >
        Gather < {some} {none} >
        Gather < {&collected} {collected} >
        Gather < {&[one.clone(), two.clone()][..]} >
    > };
    assert_doc(
        &doc,
        "<Response><Gather><Say>one</Say><Pause/></Gather><Gather><Pause/><Say>one</Say></Gather><Gather><Say>one</Say></Gather><Gather><Say>a</Say><Say>b</Say><Say>a</Say><Say>b</Say></Gather><Gather><Say>one</Say><Pause/></Gather></Response>",
    );
}

#[test]
fn fragment_counts_merge_into_the_parent_check() {
    let six = team_fragment(&numbers(6));
    let five = team_fragment(&numbers(5));
    let doc = cxml! { Response < Dial < {six} {five} > > };
    assert_eq!(doc.as_str().matches("<Number>").count(), 11);
    assert_eq!(
        error(&doc).as_deref(),
        Some("`<Dial>` holds at most 10 `<Number>`, found 11")
    );

    // Written children and fragment children are counted together.
    let nine = team_fragment(&numbers(9));
    let doc = cxml! { Response < Dial < Number("+15550199") {nine} Number("+15550198") > > };
    assert_eq!(
        error(&doc).as_deref(),
        Some("`<Dial>` holds at most 10 `<Number>`, found 11")
    );

    let sip: Fragment<Dial> = cxml!(in Dial: Sip("sip:a@example.com"));
    let doc = cxml! { Response < Dial < Number("+15550100") {sip} > > };
    assert_eq!(
        error(&doc).as_deref(),
        Some("a `<Dial>` with `<Sip>` holds no other noun; found `<Number>`")
    );

    let refer_sip: Fragment<Refer> = cxml!(in Refer: Sip("sip:a@example.com"));
    let doc = cxml! { Response < Refer < {refer_sip} > > };
    assert_doc(
        &doc,
        "<Response><Refer><Sip>sip:a@example.com</Sip></Refer></Response>",
    );
    let empty: Vec<Fragment<Refer>> = Vec::new();
    let doc = cxml! { Response < Refer < {empty} > > };
    assert_eq!(
        error(&doc).as_deref(),
        Some("`<Refer>` needs at least 1 child element (`Sip`), found 0")
    );
}

#[test]
fn a_fragment_with_eleven_numbers_carries_its_problem() {
    let fragment: Fragment<Dial> = cxml!(in Dial: for n in numbers(11) { Number({n}) });
    let doc = cxml! { Response < Dial < {fragment} > > };
    assert_eq!(
        error(&doc).as_deref(),
        Some("`<Dial>` holds at most 10 `<Number>`, found 11")
    );
}

// ---- the escape hatch ----

#[test]
fn unchecked_raw_inserts_markup_as_is() {
    let trusted = String::from(r#"<NewVerb mode="x">hi</NewVerb>"#);
    let doc = cxml! { Response <
        unchecked_raw!("<Foo/>")
        unchecked_raw!(trusted)
        unchecked_raw!(&trusted[..9])
        Hangup
    > };
    assert_eq!(
        doc.as_str(),
        format!(
            r#"{DECL}<Response><Foo/><NewVerb mode="x">hi</NewVerb><NewVerb <Hangup/></Response>"#
        )
    );
}

#[test]
fn plain_splices_never_insert_markup() {
    let markup = "<Foo/>";
    let doc = cxml! { Response < Say({markup}) Say < {markup} {String::from(markup)} > > };
    assert_doc(
        &doc,
        "<Response><Say>&lt;Foo/&gt;</Say><Say>&lt;Foo/&gt;&lt;Foo/&gt;</Say></Response>",
    );
}
