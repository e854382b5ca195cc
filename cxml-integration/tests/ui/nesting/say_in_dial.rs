use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial < Say("Connecting you") > > };
}
