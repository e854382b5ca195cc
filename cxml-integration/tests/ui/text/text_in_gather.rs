use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Gather(numDigits = 1) < "Press 1" > > };
}
