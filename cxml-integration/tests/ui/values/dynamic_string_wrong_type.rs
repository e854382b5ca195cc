use cxml::cxml;

struct Caller;

fn main() {
    // A string attribute takes any `Display` value, or an `Option` of one.
    let _ = cxml! { Response < Dial(callerId = {Caller}) < "+15550100" > > };
}
