use cxml::cxml;

fn main() {
    let _ = cxml! { Say("Hello") };
}
