//! The seed document: a `Refer` that transfers a SIP call. Run: `cargo run --example refer`.

use cxml::cxml;

fn main() {
    let doc = cxml! {
        Response <
            Refer(action = "https://example.com/refer-completed.xml", method = GET) <
                Sip("sip:transfer-target@example.com")
            >
        >
    };
    println!("{doc}");
}
