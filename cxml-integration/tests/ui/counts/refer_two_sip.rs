use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Refer < Sip("sip:a@example.com") Sip("sip:b@example.com") > > };
}
