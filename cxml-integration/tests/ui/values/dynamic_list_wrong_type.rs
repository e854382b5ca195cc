use cxml::cxml;

fn main() {
    // A list attribute is written as one string: join the items.
    let events = ["completed", "absent"];
    let _ = cxml! { Response < Record(recordingStatusCallbackEvent = {events}) > };
}
