use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(timeout 5) < "+15550100" > > };
}
