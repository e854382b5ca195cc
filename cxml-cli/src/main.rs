//! `cxml`: check cXML files against the schema the `cxml!` macro uses, and convert them to
//! `cxml!` source.
//!
//! ```text
//! cxml check FILE…    validate; prints `file:line:col: message` per problem; `-` is stdin
//! cxml convert FILE   print the document as `cxml! { … }` source
//! cxml fmt FILE…      lay out the `cxml!` bodies of Rust files (see `fmt`)
//! cxml call URL …     run a simulated call against a server (see `simulate`)
//! cxml message URL …  send a simulated SMS to a server
//! cxml emulate …      serve SignalWire's Compatibility REST API locally (see `emulate`)
//! cxml sign KEY URL … print the X-SignalWire-Signature of a request (see `sign`)
//! cxml --version      print the version
//! ```
//!
//! Exit status: 0 when every file is valid, 1 when any is not, 2 on a usage or I/O error
//! (`call` and `message`: 0 when the conversation ended normally, 1 on a flow error).

#![forbid(unsafe_code)]

use std::io::{self, Read, Write};
use std::process::ExitCode;

mod emulate;
mod fmt;
mod sign;
mod simulate;

const USAGE: &str = "usage:
  cxml check FILE...   check cXML files (`-` reads standard input); prints file:line:col: message
  cxml convert FILE    print the document as cxml! macro source (`-` reads standard input)
  cxml fmt FILE...     format the cxml! bodies of Rust files in place (a directory: every .rs
                       under it; `-`: standard input to standard output); --check lists files
                       that would change and exits 1; --rustfmt then runs rustfmt
  cxml call URL --key KEY [--input V]... [--callee-input V]... [--dial-status S]
            [--max-requests N] [--from NUMBER] [--to NUMBER] [--method GET|POST]
            [--public-url URL] [--transcription TEXT] [--recording-seconds N]
            [--stream-audio FILE.wav] [--stream-dtmf DIGITS] [--seed N] [--json]
                       a simulated inbound call to a running server; each --input (digits,
                       speech:TEXT or timeout) answers one Gather in order, each --callee-input
                       one Gather of the called party's <Number url> document; --stream-audio
                       and --stream-dtmf are what the caller says and presses on a media stream
                       (<Connect><Stream>, <Start><Stream>)
  cxml message URL --key KEY --body TEXT [--body TEXT]... [--media URL]... [--from NUMBER]
            [--to NUMBER] [--method GET|POST] [--public-url URL] [--seed N] [--json]
                       simulated inbound SMS/MMS to a running server, each --body after the
                       reply to the one before
                       (--public-url: the URL the server is reached at publicly, behind a
                       tunnel; requests are signed for it and delivered to URL)
  cxml emulate [--port P] [--project ID] [--token TOKEN] [--key KEY] [--json]
                       a local SignalWire: the Compatibility REST API on 127.0.0.1, running
                       calls and messages against your app (cxml emulate --help for more)
  cxml sign KEY URL [NAME=VALUE]...
                       the X-SignalWire-Signature of a request (POST parameters decoded)
  cxml help            this text
  cxml --version       the version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let code = run(&args, &mut out);
    let _ = out.flush();
    ExitCode::from(code)
}

/// Runs one command; returns the exit status.
fn run(args: &[String], out: &mut impl Write) -> u8 {
    match args.split_first() {
        Some((command, files)) if command == "check" && !files.is_empty() => check(files, out),
        Some((command, files)) if command == "convert" && files.len() == 1 => {
            convert(&files[0], out)
        }
        Some((command, rest)) if command == "fmt" => fmt::run(rest, out),
        Some((command, rest)) if command == "call" => simulate::call::run(rest, out),
        Some((command, rest)) if command == "message" => simulate::message::run(rest, out),
        Some((command, rest)) if command == "sign" => sign::run(rest, out),
        Some((command, rest)) if command == "emulate" => emulate::run(rest, out),
        Some((command, _)) if matches!(command.as_str(), "--version" | "-V" | "version") => {
            let _ = writeln!(out, "cxml {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some((command, _)) if matches!(command.as_str(), "help" | "-h" | "--help") => {
            let _ = writeln!(out, "{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    }
}

/// Reads a file, or standard input for `-`.
fn read(path: &str) -> io::Result<String> {
    if path == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

/// Reads and parses one file. Problems go to `report` as `file:line:col: message`, I/O errors to
/// standard error; the error is the exit status.
fn load(path: &str, report: &mut impl Write) -> Result<cxml_runtime::Document<'static>, u8> {
    let name = if path == "-" { "<stdin>" } else { path };
    let text = match read(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{name}: {error}");
            return Err(2);
        }
    };
    cxml_runtime::parse(&text)
        .map(cxml_runtime::Document::into_owned)
        .map_err(|error| {
            for problem in error.problems() {
                let _ = writeln!(report, "{name}:{problem}");
            }
            1
        })
}

fn check(files: &[String], out: &mut impl Write) -> u8 {
    let mut status = 0;
    for path in files {
        if let Err(code) = load(path, out) {
            status = status.max(code);
        }
    }
    status
}

fn convert(path: &str, out: &mut impl Write) -> u8 {
    // The source goes to standard output; problems to standard error.
    match load(path, &mut io::stderr()) {
        Ok(document) => {
            let _ = write!(out, "{}", document.to_cxml_source());
            0
        }
        Err(code) => code,
    }
}
