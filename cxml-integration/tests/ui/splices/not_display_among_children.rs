use cxml::cxml;

struct Menu;

fn main() {
    // `Say` holds text and SSML elements: a splice there is text or a `Fragment<Say>`.
    let _ = cxml! { Response < Say < "Options: " {Menu} > > };
}
