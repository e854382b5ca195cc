use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(passports = "abc") < Client("alice") > > };
}
