use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Say(voice = "alice" loop = 2) < "Hi" > > };
}
