use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Sip("sip:alice@example.com") > };
}
