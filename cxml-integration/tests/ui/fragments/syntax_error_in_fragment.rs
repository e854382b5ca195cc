use cxml::cxml;

fn main() {
    let numbers = cxml!(in Dial: Number(url "https://example.com/screen") < "+15550100" >);
    let _ = cxml! { Response < Dial < {numbers} > > };
}
