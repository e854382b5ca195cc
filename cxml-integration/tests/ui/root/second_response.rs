use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Hangup > Response < Hangup > };
}
