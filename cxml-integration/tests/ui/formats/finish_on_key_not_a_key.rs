use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Gather(finishOnKey = "a", speechTimeout = soon) > };
}
