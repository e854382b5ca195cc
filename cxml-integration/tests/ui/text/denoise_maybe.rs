use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Denoise("maybe") > };
}
