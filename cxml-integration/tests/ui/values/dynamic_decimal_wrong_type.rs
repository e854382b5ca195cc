use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Pay(chargeAmount = {"10.50"}) > };
}
