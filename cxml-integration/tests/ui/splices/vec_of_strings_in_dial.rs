use cxml::cxml;

fn main() {
    // A `Vec<String>` is not text: each number needs its own `Number`.
    let numbers = vec![String::from("+15550100"), String::from("+15550101")];
    let _ = cxml! { Response < Dial < {numbers} > > };
}
