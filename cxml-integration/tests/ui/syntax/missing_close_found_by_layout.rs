use cxml::cxml;

fn main() {
    // `Gather` lacks its `>`; the one under `Response` would close it.
    let _ = cxml! {
        Response <
            Gather(numDigits = 1) <
                Say("Press 1")
            Hangup
        >
    };
}
