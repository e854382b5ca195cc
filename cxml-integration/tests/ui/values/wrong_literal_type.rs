use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(timeout = "abc") < "+15550100" > > };
}
