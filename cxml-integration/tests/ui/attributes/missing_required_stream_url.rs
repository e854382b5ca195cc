use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Start < Stream(name = "s1") > > };
}
