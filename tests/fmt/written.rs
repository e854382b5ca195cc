// Documents as a hurried user writes them; `formatted.rs` is what `cxml fmt` makes of this file
// (checked by cxml-cli's tests), and `tests/fmt_documents.rs` renders both.
use cxml::reference::voice::Dial;
use cxml::{Fragment, cxml};

fn numbers(team: &[&str]) -> Fragment<Dial> {
    cxml!(in Dial: for n in team { Number({*n}, statusCallback = {format!("https://example.com/status/{n}")}, method = POST) })
}

pub fn documents() -> Vec<String> {
    let team = ["+15550100", "+15550101"];
    let (first_call, locale, code) = (true, "fr-FR", "1234");
    vec![
        cxml! { Response < Say(voice = "alice", loop = 2) < "Your code is " say-as(interpret-as = "digits") < {code} > > Hangup > }.to_string(),
        cxml!(Response<Gather(input="dtmf speech",action="https://example.com/gather",numDigits=1,timeout=5)<Say<"Hello ">Play("https://example.com/menu.mp3")>>).to_string(),
        cxml![Response < // the greeting first
            if first_call { Say("Welcome!") Pause(length = 1) } else { Say("Welcome back.") }
            match locale { "fr-FR" => Say(language = "fr-FR") < "Bonjour" >, _ => { Say("Hello") } }
            /* then the team */ Dial(callerId = "+15550199", timeout = 20,) < {numbers(&team)} {cxml!(in Dial: Number("+15550102"))} >
        >].to_string(),
        cxml! {
   Response <
 Say < prosody(rate = "slow", pitch = "+5%") < "Slowly " break(time = "300ms") emphasis(level = strong) < "now" > >
      amazon:effect(name = whispered) < "and quietly" > >
    unchecked_raw!("<Hangup/>") >
        }
        .to_string(),
    ]
}
