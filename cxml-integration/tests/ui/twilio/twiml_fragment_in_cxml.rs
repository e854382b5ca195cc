use cxml::{cxml, twiml};

fn main() {
    let numbers = twiml!(in Dial: Number("+15550100"));
    let _ = cxml! { Response < Dial < {numbers} > > };
}
