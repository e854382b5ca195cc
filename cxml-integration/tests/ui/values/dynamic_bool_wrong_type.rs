use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(hangupOnStar = {"true"}) < "+15550100" > > };
}
