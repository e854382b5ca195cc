use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(timeout = {"20"}) < "+15550100" > > };
}
