//! Computes the `X-SignalWire-Signature` SignalWire would send, to `curl` a local webhook server.
//!
//! ```text
//! cargo run --example sign -- KEY URL [NAME=VALUE ...]
//! ```
//!
//! `URL` is the full public URL (with any query string); each `NAME=VALUE` is one decoded form
//! parameter of a POST body (none for a GET). Prints the signature.
//!
//! ```text
//! SIG=$(cargo run -q --example sign -- PSK_local_test_key http://127.0.0.1:3000/menu \
//!     AccountSid=AC1 CallSid=CA1 Digits=1)
//! curl -i http://127.0.0.1:3000/menu -H "X-SignalWire-Signature: $SIG" \
//!     --data-urlencode AccountSid=AC1 --data-urlencode CallSid=CA1 --data-urlencode Digits=1
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [key, url, params @ ..] = args.as_slice() else {
        eprintln!("usage: sign KEY URL [NAME=VALUE ...]");
        return ExitCode::from(2);
    };
    let pairs: Vec<(&str, &str)> = params
        .iter()
        .map(|param| param.split_once('=').unwrap_or((param.as_str(), "")))
        .collect();
    println!("{}", cxml::webhook::sign_form(key, url, &pairs));
    ExitCode::SUCCESS
}
