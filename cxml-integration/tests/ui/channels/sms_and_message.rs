use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Sms("Hi") Message("Hi") > };
}
