use cxml::cxml;

fn main() {
    let d: cxml::Rendered = cxml! { Response < Bogus > };
    println!("{}", d.as_str());
}
