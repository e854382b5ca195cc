use cxml::cxml;

struct Menu;

fn main() {
    // An `Option` as an element's text is written when `Some`: what it holds must be text.
    let _ = cxml! { Response < Dial < Number({Some(Menu)}) > > };
}
