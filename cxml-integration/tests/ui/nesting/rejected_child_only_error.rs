use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Connect < Conversation > Start < Siprec > > };
}
