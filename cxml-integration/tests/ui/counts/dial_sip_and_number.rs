use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial < Sip("sip:a@example.com") Number("+15550100") > > };
}
