//! A document built from data: the team's numbers from a `Vec`, a greeting for first-time
//! callers, a voice picked by locale, and a helper that returns a typed fragment.
//! Run: `cargo run --example team_dial`.

use cxml::reference::voice::Dial;
use cxml::{Fragment, cxml};

struct Member {
    name: &'static str,
    number: &'static str,
    on_call: bool,
}

/// The `<Number>`s of the members on call: a fragment that only a `<Dial>` accepts.
fn on_call_numbers(team: &[Member], base: &str) -> Fragment<Dial> {
    cxml!(in Dial:
        for member in team.iter().filter(|m| m.on_call) {
            Number({member.number}, statusCallback = {format!("{base}/status/{}", member.name)})
        }
    )
}

fn main() {
    let team = vec![
        Member {
            name: "ada",
            number: "+15550100",
            on_call: true,
        },
        Member {
            name: "grace",
            number: "+15550101",
            on_call: false,
        },
        Member {
            name: "linus",
            number: "+15550102",
            on_call: true,
        },
    ];
    let first_call = true;
    let locale = "fr-FR";
    let caller_id = "+15550199";
    let base = "https://example.com/calls";

    let doc = cxml! {
        Response <
            if first_call {
                match locale {
                    "fr-FR" | "fr-CA" => Say(voice = "Polly.Celine", language = "fr-FR") < "Bienvenue !" >,
                    "de-DE" => Say(voice = "Polly.Vicki", language = "de-DE") < "Willkommen!" >,
                    _ => Say(voice = "Polly.Joanna") < "Welcome!" >,
                }
            }
            Dial(callerId = {caller_id}, timeout = 20, action = {format!("{base}/done")}) <
                {on_call_numbers(&team, base)}
            >
        >
    };
    match doc.error() {
        None => println!("{doc}"),
        Some(error) => eprintln!("not sent: {error}"),
    }
}
