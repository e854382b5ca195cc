//! SSML inside `Say`: prosody, a break, say-as, emphasis, paragraphs and sentences, with run-time
//! values in most of them.

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Speech {
    pub name: String,
    pub message: String,
    pub account: String,
    pub warning: String,
    pub line1: String,
    pub line2: String,
}

fn input() -> Speech {
    Speech {
        name: "Dr. Jane O'Hara".to_owned(),
        message: "We have an important update about your appointment at Smith & Sons Dental."
            .to_owned(),
        account: "4417123456".to_owned(),
        warning: "Your appointment is tomorrow at 9 a.m.".to_owned(),
        line1: "Please arrive 10 minutes early.".to_owned(),
        line2: "Bring your insurance card & a photo ID.".to_owned(),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "ssml",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Meaning, sailfish),
            ("maud", Meaning, maud),
        ],
    )
}

fn cxml(d: &Speech) -> String {
    let Speech {
        name,
        message,
        account,
        warning,
        line1,
        line2,
    } = d;
    cxml! {
        Response <
            Say(voice = "Polly.Joanna-Neural") <
                "Hello " {name} ". "
                prosody(rate = "slow") < {message} >
                break(time = "500ms")
                "Your account number is " say-as(interpret-as = "digits") < {account} > "."
                emphasis(level = "strong") < {warning} >
                p < s < {line1} > s < {line2} > >
            >
        >
    }
    .into_string()
}

fn hand(d: &Speech) -> String {
    const STATIC: usize = 330;
    let mut out = String::with_capacity(
        STATIC
            + room(&d.name)
            + room(&d.message)
            + room(&d.account)
            + room(&d.warning)
            + room(&d.line1)
            + room(&d.line2),
    );
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Say voice="Polly.Joanna-Neural">Hello "#);
    hand_escape(&mut out, &d.name, false);
    out.push_str(r#". <prosody rate="slow">"#);
    hand_escape(&mut out, &d.message, false);
    out.push_str(
        r#"</prosody><break time="500ms"/>Your account number is <say-as interpret-as="digits">"#,
    );
    hand_escape(&mut out, &d.account, false);
    out.push_str(r#"</say-as>.<emphasis level="strong">"#);
    hand_escape(&mut out, &d.warning, false);
    out.push_str("</emphasis><p><s>");
    hand_escape(&mut out, &d.line1, false);
    out.push_str("</s><s>");
    hand_escape(&mut out, &d.line2, false);
    out.push_str("</s></p></Say></Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="Polly.Joanna-Neural">Hello <%= name %>. <prosody rate="slow"><%= message %></prosody><break time="500ms"/>Your account number is <say-as interpret-as="digits"><%= account %></say-as>.<emphasis level="strong"><%= warning %></emphasis><p><s><%= line1 %></s><s><%= line2 %></s></p></Say></Response>"#
)]
struct Template<'a> {
    name: &'a str,
    message: &'a str,
    account: &'a str,
    warning: &'a str,
    line1: &'a str,
    line2: &'a str,
}

fn sailfish(d: &Speech) -> String {
    Template {
        name: &d.name,
        message: &d.message,
        account: &d.account,
        warning: &d.warning,
        line1: &d.line1,
        line2: &d.line2,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Speech) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Say voice="Polly.Joanna-Neural" {
                "Hello " (d.name) ". "
                prosody rate="slow" { (d.message) }
                (PreEscaped(r#"<break time="500ms"/>"#))
                "Your account number is " say-as interpret-as="digits" { (d.account) } "."
                emphasis level="strong" { (d.warning) }
                p { s { (d.line1) } s { (d.line2) } }
            }
        }
    }
    .into_string()
}
