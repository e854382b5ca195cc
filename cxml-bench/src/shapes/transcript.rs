//! A `Say` holding a 2 KB transcript that needs escaping, then long URLs with `&`.

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, long_url, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Transcript {
    pub text: String,
    pub action: String,
    pub audio: String,
    pub fallback: String,
}

fn input() -> Transcript {
    let line = "Caller: I'd like to check order #1234 & the <urgent> one, \"asap\". \
                Agent: Sure, R&D says it's > 3 days. ";
    let mut text = String::new();
    while text.len() < 2048 {
        text.push_str(line);
    }
    Transcript {
        text,
        action: long_url("ivr/gather", 240),
        audio: long_url("audio/hold.mp3", 200),
        fallback: long_url("ivr/fallback", 220),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "transcript",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Meaning, sailfish),
            ("maud", Meaning, maud),
        ],
    )
}

fn cxml(d: &Transcript) -> String {
    let Transcript {
        text,
        action,
        audio,
        fallback,
    } = d;
    cxml! {
        Response <
            Say(voice = "Polly.Joanna") < {text} >
            Gather(input = "speech", action = {action}, hints = "yes, no") < Play({audio}) >
            Redirect({fallback})
        >
    }
    .into_string()
}

fn hand(d: &Transcript) -> String {
    const STATIC: usize = 200;
    let mut out = String::with_capacity(
        STATIC + room(&d.text) + room(&d.action) + room(&d.audio) + room(&d.fallback),
    );
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Say voice="Polly.Joanna">"#);
    hand_escape(&mut out, &d.text, false);
    out.push_str(r#"</Say><Gather input="speech" action=""#);
    hand_escape(&mut out, &d.action, true);
    out.push_str(r#"" hints="yes, no"><Play>"#);
    hand_escape(&mut out, &d.audio, false);
    out.push_str("</Play></Gather><Redirect>");
    hand_escape(&mut out, &d.fallback, false);
    out.push_str("</Redirect></Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="Polly.Joanna"><%= text %></Say><Gather input="speech" action="<%= action %>" hints="yes, no"><Play><%= audio %></Play></Gather><Redirect><%= fallback %></Redirect></Response>"#
)]
struct Template<'a> {
    text: &'a str,
    action: &'a str,
    audio: &'a str,
    fallback: &'a str,
}

fn sailfish(d: &Transcript) -> String {
    Template {
        text: &d.text,
        action: &d.action,
        audio: &d.audio,
        fallback: &d.fallback,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Transcript) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Say voice="Polly.Joanna" { (d.text) }
            Gather input="speech" action=(d.action) hints="yes, no" { Play { (d.audio) } }
            Redirect { (d.fallback) }
        }
    }
    .into_string()
}
