use cxml::cxml;

fn main() {
    let locale = "fr";
    let _ = cxml! {
        Response <
            Gather <
                match locale {
                    "fr" => { Say("Bonjour") }
                    _ => { Hangup }
                }
            >
        >
    };
}
