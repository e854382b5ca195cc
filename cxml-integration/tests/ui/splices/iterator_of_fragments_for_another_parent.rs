use cxml::cxml;

fn main() {
    // Fragments collected from an iterator keep the parent they were made for.
    let numbers = vec![String::from("+15550100")];
    let says: cxml::Fragment<cxml::reference::voice::Gather> =
        numbers.iter().map(|n| cxml!(in Gather: Say({n}))).collect();
    let _ = cxml! { Response < Dial < {says} > > };
}
