use cxml::twiml;

fn main() {
    let record = cxml::values::DialRecord::RecordFromAnswer;
    let _ = twiml! { Response < Dial(record = {record}) < Number("+15550100") > > };
}
