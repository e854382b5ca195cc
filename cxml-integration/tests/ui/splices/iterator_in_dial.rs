use cxml::cxml;

fn main() {
    // An iterator is spliced as nothing but a value: collect it, or loop in the document.
    let numbers = vec![String::from("+15550100"), String::from("+15550101")];
    let _ = cxml! {
        Response < Dial < {numbers.iter().map(|n| cxml!(in Dial: Number({n})))} > >
    };
}
