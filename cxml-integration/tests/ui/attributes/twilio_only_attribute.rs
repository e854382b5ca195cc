use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Dial(sequential = true) < "+15550100" > > };
}
