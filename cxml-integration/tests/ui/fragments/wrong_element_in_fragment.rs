use cxml::cxml;

fn main() {
    let _ = cxml!(in Dial: Say("Hi"));
}
