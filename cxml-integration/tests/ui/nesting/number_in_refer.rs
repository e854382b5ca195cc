use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Refer < Number("+15550100") > > };
}
