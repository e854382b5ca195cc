//! Nested loops: five teams, each a `Say` and a `Dial` of six `Number`s, with the team's number in
//! the `Dial`'s `action`.

use std::fmt::Write as _;

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand, room};
use crate::{XML_DECLARATION, hand_escape};

pub struct Team {
    pub id: usize,
    pub name: String,
    pub caller: String,
    pub numbers: Vec<String>,
}

pub struct Teams {
    pub base: String,
    pub teams: Vec<Team>,
}

fn input() -> Teams {
    let names = ["Sales", "Support", "Billing", "R&D", "Front desk"];
    Teams {
        base: "https://example.com/calls/CA42".to_owned(),
        teams: names
            .iter()
            .enumerate()
            .map(|(id, name)| Team {
                id,
                name: (*name).to_owned(),
                caller: format!("+1555030{id:04}"),
                numbers: (0..6).map(|n| format!("+1555040{id:02}{n:02}")).collect(),
            })
            .collect(),
    }
}

pub fn shape() -> Shape {
    by_hand(
        "nested",
        input(),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Bytes, sailfish),
            ("maud", Bytes, maud),
        ],
    )
}

fn cxml(d: &Teams) -> String {
    let Teams { base, teams } = d;
    cxml! {
        Response <
            for team in teams {
                Say < "Trying " {team.name} >
                Dial(callerId = {team.caller}, timeout = 15, action = {format_args!("{base}/teams/{}", team.id)}) <
                    for n in &team.numbers { Number({n}) }
                >
            }
        >
    }
    .into_string()
}

fn hand(d: &Teams) -> String {
    const HEAD: usize = 70;
    const PER_TEAM: usize = 80;
    const PER_NUMBER: usize = 17;
    let teams: usize = d
        .teams
        .iter()
        .map(|team| {
            PER_TEAM
                + room(&d.base)
                + room(&team.name)
                + room(&team.caller)
                + team
                    .numbers
                    .iter()
                    .map(|n| room(n) + PER_NUMBER)
                    .sum::<usize>()
        })
        .sum();
    let mut out = String::with_capacity(HEAD + teams);
    out.push_str(XML_DECLARATION);
    out.push_str("<Response>");
    for team in &d.teams {
        out.push_str("<Say>Trying ");
        hand_escape(&mut out, &team.name, false);
        out.push_str(r#"</Say><Dial callerId=""#);
        hand_escape(&mut out, &team.caller, true);
        out.push_str(r#"" timeout="15" action=""#);
        hand_escape(&mut out, &d.base, true);
        let _ = write!(out, "/teams/{}", team.id);
        out.push_str(r#"">"#);
        for n in &team.numbers {
            out.push_str("<Number>");
            hand_escape(&mut out, n, false);
            out.push_str("</Number>");
        }
        out.push_str("</Dial>");
    }
    out.push_str("</Response>");
    out
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><% for team in teams { %><Say>Trying <%= team.name %></Say><Dial callerId="<%= team.caller %>" timeout="15" action="<%= base %>/teams/<%= team.id %>"><% for n in &team.numbers { %><Number><%= n %></Number><% } %></Dial><% } %></Response>"#
)]
struct Template<'a> {
    base: &'a str,
    teams: &'a [Team],
}

fn sailfish(d: &Teams) -> String {
    Template {
        base: &d.base,
        teams: &d.teams,
    }
    .render_once()
    .expect("rendering into a String")
}

fn maud(d: &Teams) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            @for team in &d.teams {
                Say { "Trying " (team.name) }
                Dial callerId=(team.caller) timeout="15" action={ (d.base) "/teams/" (team.id) } {
                    @for n in &team.numbers { Number { (n) } }
                }
            }
        }
    }
    .into_string()
}
