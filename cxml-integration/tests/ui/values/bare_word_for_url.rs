use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(action = next) < "+15550100" > > };
}
