use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial < Client("alice") > > };
}
