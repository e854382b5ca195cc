use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Receive Say("Hi") > };
}
