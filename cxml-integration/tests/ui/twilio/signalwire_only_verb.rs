use cxml::twiml;

fn main() {
    let _ = twiml! { Response < Denoise("on") Say("Hi") > };
}
