//! `format_args!` with several values (strings and numbers) in text and attributes.

use std::fmt::Write as _;

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Bill {
    pub first: String,
    pub last: String,
    pub balance: u32,
    pub date: String,
    pub base: String,
    pub sid: String,
    pub attempt: u32,
    pub lang: String,
}

fn input() -> Bill {
    Bill {
        first: "Ada".to_owned(),
        last: "O'Neil-Smith".to_owned(),
        balance: 1_250,
        date: "March 3rd".to_owned(),
        base: "https://billing.example.com/v2".to_owned(),
        sid: "CA0123456789abcdef0123456789abcdef".to_owned(),
        attempt: 2,
        lang: "en-US".to_owned(),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "formatted",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Meaning, sailfish),
            ("maud", Meaning, maud),
        ],
    )
}

fn cxml(d: &Bill) -> String {
    let Bill {
        first,
        last,
        balance,
        date,
        base,
        sid,
        attempt,
        lang,
    } = d;
    cxml! {
        Response <
            Say < {format_args!("Hello {first} {last}, your balance is {balance} dollars as of {date}.")} >
            Gather(action = {format_args!("{base}/calls/{sid}/gather?attempt={attempt}&lang={lang}")}, numDigits = 1) <
                Say < {format_args!("Press 1 to pay {balance} dollars now, {first}.")} >
            >
            Redirect < {format_args!("{base}/calls/{sid}/fallback?attempt={attempt}")} >
        >
    }
    .into_string()
}

fn hand(d: &Bill) -> String {
    const STATIC: usize = 260;
    let values = 2 * room(&d.first)
        + room(&d.last)
        + room(&d.date)
        + 2 * (room(&d.base) + room(&d.sid))
        + room(&d.lang)
        + 40;
    let mut out = String::with_capacity(STATIC + values);
    out.push_str(XML_DECLARATION);
    out.push_str("<Response><Say>Hello ");
    hand_escape(&mut out, &d.first, false);
    out.push(' ');
    hand_escape(&mut out, &d.last, false);
    let _ = write!(out, ", your balance is {} dollars as of ", d.balance);
    hand_escape(&mut out, &d.date, false);
    out.push_str(r#".</Say><Gather action=""#);
    hand_escape(&mut out, &d.base, true);
    out.push_str("/calls/");
    hand_escape(&mut out, &d.sid, true);
    let _ = write!(out, "/gather?attempt={}&amp;lang=", d.attempt);
    hand_escape(&mut out, &d.lang, true);
    let _ = write!(
        out,
        r#"" numDigits="1"><Say>Press 1 to pay {} dollars now, "#,
        d.balance
    );
    hand_escape(&mut out, &d.first, false);
    out.push_str(".</Say></Gather><Redirect>");
    hand_escape(&mut out, &d.base, false);
    out.push_str("/calls/");
    hand_escape(&mut out, &d.sid, false);
    let _ = write!(out, "/fallback?attempt={}</Redirect></Response>", d.attempt);
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello <%= first %> <%= last %>, your balance is <%= balance %> dollars as of <%= date %>.</Say><Gather action="<%= base %>/calls/<%= sid %>/gather?attempt=<%= attempt %>&amp;lang=<%= lang %>" numDigits="1"><Say>Press 1 to pay <%= balance %> dollars now, <%= first %>.</Say></Gather><Redirect><%= base %>/calls/<%= sid %>/fallback?attempt=<%= attempt %></Redirect></Response>"#
)]
struct Template<'a> {
    first: &'a str,
    last: &'a str,
    balance: u32,
    date: &'a str,
    base: &'a str,
    sid: &'a str,
    attempt: u32,
    lang: &'a str,
}

fn sailfish(d: &Bill) -> String {
    Template {
        first: &d.first,
        last: &d.last,
        balance: d.balance,
        date: &d.date,
        base: &d.base,
        sid: &d.sid,
        attempt: d.attempt,
        lang: &d.lang,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Bill) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Say { "Hello " (d.first) " " (d.last) ", your balance is " (d.balance) " dollars as of " (d.date) "." }
            Gather action={ (d.base) "/calls/" (d.sid) "/gather?attempt=" (d.attempt) "&lang=" (d.lang) } numDigits="1" {
                Say { "Press 1 to pay " (d.balance) " dollars now, " (d.first) "." }
            }
            Redirect { (d.base) "/calls/" (d.sid) "/fallback?attempt=" (d.attempt) }
        }
    }
    .into_string()
}
