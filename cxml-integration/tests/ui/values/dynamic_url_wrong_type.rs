use cxml::cxml;

fn main() {
    // A URL attribute takes a string (or any `Display` value), not a list of them.
    let urls = vec!["https://example.com/next"];
    let _ = cxml! { Response < Dial(action = {urls}) < "+15550100" > > };
}
