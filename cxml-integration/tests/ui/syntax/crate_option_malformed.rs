use cxml::cxml;

fn main() {
    // `crate = path;` needs its `;` and a path.
    let _ = cxml!(crate = ::cxml Response < Hangup >);
    let _ = cxml!(crate = "cxml"; Response < Hangup >);
    let _ = cxml!(crate = ::cxml::; Response < Hangup >);
}
