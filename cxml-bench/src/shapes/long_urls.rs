//! Five URLs of about 300 bytes each, with `&` in their query strings, in text and attributes.

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, long_url, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Urls {
    pub play: String,
    pub action: String,
    pub status: String,
    pub storage: String,
    pub next: String,
}

fn input() -> Urls {
    Urls {
        play: long_url("audio/greeting.mp3", 300),
        action: long_url("voicemail/done", 320),
        status: long_url("voicemail/status", 280),
        storage: long_url("storage/upload", 300),
        next: long_url("ivr/next", 310),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "long_urls",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Meaning, sailfish),
            ("maud", Meaning, maud),
        ],
    )
}

fn cxml(d: &Urls) -> String {
    let Urls {
        play,
        action,
        status,
        storage,
        next,
    } = d;
    cxml! {
        Response <
            Play({play})
            Record(action = {action}, recordingStatusCallback = {status}, storageUrl = {storage}, maxLength = 60)
            Redirect(method = POST) < {next} >
        >
    }
    .into_string()
}

fn hand(d: &Urls) -> String {
    const STATIC: usize = 200;
    let mut out = String::with_capacity(
        STATIC
            + room(&d.play)
            + room(&d.action)
            + room(&d.status)
            + room(&d.storage)
            + room(&d.next),
    );
    out.push_str(XML_DECLARATION);
    out.push_str("<Response><Play>");
    hand_escape(&mut out, &d.play, false);
    out.push_str(r#"</Play><Record action=""#);
    hand_escape(&mut out, &d.action, true);
    out.push_str(r#"" recordingStatusCallback=""#);
    hand_escape(&mut out, &d.status, true);
    out.push_str(r#"" storageUrl=""#);
    hand_escape(&mut out, &d.storage, true);
    out.push_str(r#"" maxLength="60"/><Redirect method="POST">"#);
    hand_escape(&mut out, &d.next, false);
    out.push_str("</Redirect></Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Play><%= play %></Play><Record action="<%= action %>" recordingStatusCallback="<%= status %>" storageUrl="<%= storage %>" maxLength="60"/><Redirect method="POST"><%= next %></Redirect></Response>"#
)]
struct Template<'a> {
    play: &'a str,
    action: &'a str,
    status: &'a str,
    storage: &'a str,
    next: &'a str,
}

fn sailfish(d: &Urls) -> String {
    Template {
        play: &d.play,
        action: &d.action,
        status: &d.status,
        storage: &d.storage,
        next: &d.next,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Urls) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Play { (d.play) }
            Record action=(d.action) recordingStatusCallback=(d.status) storageUrl=(d.storage) maxLength="60" {}
            Redirect method="POST" { (d.next) }
        }
    }
    .into_string()
}
