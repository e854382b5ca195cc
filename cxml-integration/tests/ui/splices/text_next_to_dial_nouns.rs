use cxml::cxml;

fn main() {
    // `Dial` takes a number as text or nouns as children, not both: next to written nouns a
    // splice may only be a fragment.
    let number = String::from("+15550100");
    let _ = cxml! { Response < Dial < Number("+15550101") {number} > > };
}
