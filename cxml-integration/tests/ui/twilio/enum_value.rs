use cxml::twiml;

fn main() {
    let _ = twiml! { Response < Dial(record = "sometimes") < Number("+15550100") > > };
}
