use cxml::cxml;

fn main() {
    let greet = true;
    let _ = cxml! { Response < if greet { Say < "Hi" } Hangup > };
}
