use cxml::cxml;

struct Menu;

fn main() {
    // A run-time text must be `Display` (or a string).
    let _ = cxml! { Response < Play({Menu}) > };
}
