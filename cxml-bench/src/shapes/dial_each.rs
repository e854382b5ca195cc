//! D3 with a value that holds the loop variable: each `Number`'s `statusCallback` is
//! `format_args!("{base}/{n}")`, its own URL.

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, room};
use crate::{Dial100, XML_DECLARATION, dial_100, hand_escape};

pub fn shape() -> Shape {
    by_hand(
        "dial_each",
        dial_100(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Bytes, sailfish),
            ("maud", Bytes, maud),
        ],
    )
}

fn cxml(d: &Dial100) -> String {
    let Dial100 {
        caller,
        base,
        numbers,
    } = d;
    cxml! {
        Response <
            Dial(callerId = {caller}, timeout = 20, record = "record-from-answer") <
                for n in numbers {
                    Number({n}, statusCallback = {format_args!("{base}/{n}")})
                }
            >
        >
    }
    .into_string()
}

fn hand(d: &Dial100) -> String {
    const HEAD: usize = 150;
    const PER_NUMBER: usize = 40;
    let per_number = PER_NUMBER + room(&d.base);
    let numbers: usize = d.numbers.iter().map(|n| 2 * room(n) + per_number).sum();
    let mut out = String::with_capacity(HEAD + room(&d.caller) + numbers);
    out.push_str(XML_DECLARATION);
    out.push_str(r#"<Response><Dial callerId=""#);
    hand_escape(&mut out, &d.caller, true);
    out.push_str(r#"" timeout="20" record="record-from-answer">"#);
    for n in &d.numbers {
        out.push_str(r#"<Number statusCallback=""#);
        hand_escape(&mut out, &d.base, true);
        out.push('/');
        hand_escape(&mut out, n, true);
        out.push_str(r#"">"#);
        hand_escape(&mut out, n, false);
        out.push_str("</Number>");
    }
    out.push_str("</Dial></Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Dial callerId="<%= caller %>" timeout="20" record="record-from-answer"><% for n in numbers { %><Number statusCallback="<%= base %>/<%= n %>"><%= n %></Number><% } %></Dial></Response>"#
)]
struct Template<'a> {
    caller: &'a str,
    base: &'a str,
    numbers: &'a [String],
}

fn sailfish(d: &Dial100) -> String {
    Template {
        caller: &d.caller,
        base: &d.base,
        numbers: &d.numbers,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Dial100) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Dial callerId=(d.caller) timeout="20" record="record-from-answer" {
                @for n in &d.numbers {
                    Number statusCallback={ (d.base) "/" (n) } { (n) }
                }
            }
        }
    }
    .into_string()
}
