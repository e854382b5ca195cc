use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(timeout = 700) < "+15550100" > > };
}
