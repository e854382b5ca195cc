use cxml::cxml;

fn main() {
    let numbers: cxml::Fragment<cxml::reference::voice::Dial> = cxml!(in Dial: Number("+15550100"));
    let _ = cxml! { Response < Gather < {numbers} > > };
}
