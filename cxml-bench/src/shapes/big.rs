//! A document of about 12 KB: a `Gather` menu of 40 options, each a `Say` and a `Play`.

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, long_url, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Choice {
    pub prompt: String,
    pub audio: String,
}

pub struct Menu {
    pub action: String,
    pub fallback: String,
    pub options: Vec<Choice>,
}

fn input() -> Menu {
    Menu {
        action: long_url("ivr/menu", 120),
        fallback: long_url("ivr/fallback", 100),
        options: (0..40)
            .map(|i| Choice {
                prompt: format!(
                    "For department {i}, including orders, returns & exchanges, and questions \
                     about accounts opened before {year}, press {key} or say \"department {i}\".",
                    year = 1990 + i,
                    key = i % 10,
                ),
                audio: format!(
                    "https://cdn.example.com/ivr/prompts/department-{i}.mp3?v=7&lang=en"
                ),
            })
            .collect(),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "big",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Meaning, sailfish),
            ("maud", Meaning, maud),
        ],
    )
}

fn cxml(d: &Menu) -> String {
    let Menu {
        action,
        fallback,
        options,
    } = d;
    cxml! {
        Response <
            Gather(input = "dtmf speech", action = {action}, numDigits = 2, timeout = 10) <
                for option in options {
                    Say(voice = "alice") < {option.prompt} >
                    Play({option.audio})
                }
            >
            Redirect({fallback})
        >
    }
    .into_string()
}

fn hand(d: &Menu) -> String {
    const STATIC: usize = 160;
    const PER_OPTION: usize = 40;
    let options: usize = d
        .options
        .iter()
        .map(|o| PER_OPTION + room(&o.prompt) + room(&o.audio))
        .sum();
    let mut out = String::with_capacity(STATIC + room(&d.action) + room(&d.fallback) + options);
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Gather input="dtmf speech" action=""#);
    hand_escape(&mut out, &d.action, true);
    out.push_str(r#"" numDigits="2" timeout="10">"#);
    for option in &d.options {
        out.push_str(r#"<Say voice="alice">"#);
        hand_escape(&mut out, &option.prompt, false);
        out.push_str("</Say><Play>");
        hand_escape(&mut out, &option.audio, false);
        out.push_str("</Play>");
    }
    out.push_str("</Gather><Redirect>");
    hand_escape(&mut out, &d.fallback, false);
    out.push_str("</Redirect></Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="dtmf speech" action="<%= action %>" numDigits="2" timeout="10"><% for option in options { %><Say voice="alice"><%= option.prompt %></Say><Play><%= option.audio %></Play><% } %></Gather><Redirect><%= fallback %></Redirect></Response>"#
)]
struct Template<'a> {
    action: &'a str,
    fallback: &'a str,
    options: &'a [Choice],
}

fn sailfish(d: &Menu) -> String {
    Template {
        action: &d.action,
        fallback: &d.fallback,
        options: &d.options,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Menu) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Gather input="dtmf speech" action=(d.action) numDigits="2" timeout="10" {
                @for option in &d.options {
                    Say voice="alice" { (option.prompt) }
                    Play { (option.audio) }
                }
            }
            Redirect { (d.fallback) }
        }
    }
    .into_string()
}
