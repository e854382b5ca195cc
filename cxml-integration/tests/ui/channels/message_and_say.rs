use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Message("Hi") Say("Hi") > };
}
