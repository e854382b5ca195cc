//! `cxml sign KEY URL [NAME=VALUE]...`: the `X-SignalWire-Signature` SignalWire would send, to
//! `curl` a local webhook server.
//!
//! `URL` is the full public URL (with any query string); each `NAME=VALUE` is one decoded form
//! parameter of a POST body, in order (none for a GET, whose parameters are in the URL). A
//! `NAME` without `=` has an empty value.

use std::io::Write;

pub const USAGE: &str = "cxml sign KEY URL [NAME=VALUE]...";

/// Prints the signature; the exit status.
pub fn run(args: &[String], out: &mut impl Write) -> u8 {
    let [key, url, params @ ..] = args else {
        eprintln!("usage: {USAGE}");
        return 2;
    };
    if key.is_empty() {
        eprintln!("cxml sign: the key is empty (use the project's Signing Key, PSK_...)");
        return 2;
    }
    let pairs: Vec<(&str, &str)> = params
        .iter()
        .map(|param| param.split_once('=').unwrap_or((param.as_str(), "")))
        .collect();
    let _ = writeln!(out, "{}", cxml_webhook::sign_form(key, url, &pairs));
    0
}
