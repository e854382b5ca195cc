use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(timout = 5) < "+15550100" > > };
}
