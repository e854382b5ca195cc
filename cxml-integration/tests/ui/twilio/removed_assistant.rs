use cxml::twiml;

fn main() {
    let _ = twiml! { Response < Connect < Assistant(id = "aia_123") > > };
}
