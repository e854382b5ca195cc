use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Pay(input = speech) > };
}
