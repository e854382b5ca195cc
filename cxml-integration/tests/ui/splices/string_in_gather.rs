use cxml::cxml;

fn main() {
    let prompt = String::from("Press 1");
    let _ = cxml! { Response < Gather < {prompt} > > };
}
