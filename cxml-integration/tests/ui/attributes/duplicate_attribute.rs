use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Say(voice = "alice", voice = "bob") < "Hi" > > };
}
