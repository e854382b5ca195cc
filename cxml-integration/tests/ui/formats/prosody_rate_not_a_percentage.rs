use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Say < prosody(rate = "quick", volume = "+6dB") < "Hi" > > > };
}
