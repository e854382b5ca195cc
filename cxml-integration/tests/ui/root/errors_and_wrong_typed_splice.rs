use cxml::cxml;

fn main() {
    // The document's error and the splice's type error show in the same build.
    let seconds = "five";
    let _ = cxml! {
        Response <
            Bogus
            Gather(timeout = {seconds}) < Say("Press 1") >
        >
    };
}
