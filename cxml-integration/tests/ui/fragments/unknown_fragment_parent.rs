use cxml::cxml;

fn main() {
    let _ = cxml!(in Hangup: Say("Hi"));
}
