use cxml::{cxml, twiml};

fn main() {
    let numbers = cxml!(in Dial: Number("+15550100"));
    let _ = twiml! { Response < Dial < {numbers} > > };
}
