use cxml::cxml;

fn main() {
    // `Gather` holds no text: only fragments for it may be spliced there.
    let prompts = vec![String::from("Press 1"), String::from("Press 2")];
    let _ = cxml! { Response < Gather < {prompts} > > };
}
