use cxml::cxml;

fn main() {
    let vip = true;
    // Each syntax error is reported, and parsing goes on after each one.
    let _ = cxml! {
        Response <
            Say(voice "alice") < "Hi" >
            Gather(numDigits = , timeout = 5) < Say("Press 1") >
            5
            if vip { Dial < Number("+15550100") }
            Hangup
        >
    };
}
