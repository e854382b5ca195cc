//! A `Message` with a `Body` and a `Vec` of 10 `Media` URLs; its `action` is
//! `format_args!("{base}/status/{id}")` with a number in it.

use std::fmt::Write as _;

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Mms {
    pub to: String,
    pub from: String,
    pub base: String,
    pub id: u32,
    pub body: String,
    pub media: Vec<String>,
}

fn input() -> Mms {
    Mms {
        to: "+15550100001".to_owned(),
        from: "+15550100002".to_owned(),
        base: "https://sms.example.com/hooks/AC42".to_owned(),
        id: 4_271_993,
        body: "Your order #8812 has shipped! Track it below & reply STOP to opt out.".to_owned(),
        media: (0..10)
            .map(|i| format!("https://cdn.example.com/orders/8812/photo-{i}.jpg?size=large&v=3"))
            .collect(),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "media",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Meaning, sailfish),
            ("maud", Meaning, maud),
        ],
    )
}

fn cxml(d: &Mms) -> String {
    let Mms {
        to,
        from,
        base,
        id,
        body,
        media,
    } = d;
    cxml! {
        Response <
            Message(to = {to}, from = {from}, action = {format_args!("{base}/status/{id}")}) <
                Body({body})
                for m in media { Media({m}) }
            >
        >
    }
    .into_string()
}

fn hand(d: &Mms) -> String {
    const STATIC: usize = 140;
    const PER_MEDIA: usize = 15;
    let media: usize = d.media.iter().map(|m| room(m) + PER_MEDIA).sum();
    let mut out = String::with_capacity(
        STATIC + room(&d.to) + room(&d.from) + room(&d.base) + 10 + room(&d.body) + media,
    );
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Message to=""#);
    hand_escape(&mut out, &d.to, true);
    out.push_str(r#"" from=""#);
    hand_escape(&mut out, &d.from, true);
    out.push_str(r#"" action=""#);
    hand_escape(&mut out, &d.base, true);
    let _ = write!(out, "/status/{}", d.id);
    out.push_str(r#""><Body>"#);
    hand_escape(&mut out, &d.body, false);
    out.push_str("</Body>");
    for m in &d.media {
        out.push_str("<Media>");
        hand_escape(&mut out, m, false);
        out.push_str("</Media>");
    }
    out.push_str("</Message></Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Message to="<%= to %>" from="<%= from %>" action="<%= base %>/status/<%= id %>"><Body><%= body %></Body><% for m in media { %><Media><%= m %></Media><% } %></Message></Response>"#
)]
struct Template<'a> {
    to: &'a str,
    from: &'a str,
    base: &'a str,
    id: u32,
    body: &'a str,
    media: &'a [String],
}

fn sailfish(d: &Mms) -> String {
    Template {
        to: &d.to,
        from: &d.from,
        base: &d.base,
        id: d.id,
        body: &d.body,
        media: &d.media,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Mms) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Message to=(d.to) from=(d.from) action={ (d.base) "/status/" (d.id) } {
                Body { (d.body) }
                @for m in &d.media { Media { (m) } }
            }
        }
    }
    .into_string()
}
