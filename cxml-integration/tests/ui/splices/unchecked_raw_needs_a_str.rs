use cxml::cxml;

fn main() {
    let markup = 5u8;
    let _ = cxml! { Response < unchecked_raw!(markup) > };
}
