//! `cxml`: check cXML files against the schema the `cxml!` macro uses, and convert them to
//! `cxml!` source.
//!
//! ```text
//! cxml check FILE…    validate; prints `file:line:col: message` per problem; `-` is stdin
//!                     (`--platform twilio`: against Twilio's TwiML; `--platform both`: what
//!                     is not portable between the two)
//! cxml convert FILE   print the document as `cxml! { … }` source (`--platform twilio`:
//!                     checked as TwiML, printed as `twiml! { … }`)
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

use cxml_runtime::schema::Platform;

mod emulate;
mod fmt;
mod sign;
mod simulate;

const USAGE: &str = "usage:
  cxml check FILE...   check cXML files (`-` reads standard input); prints file:line:col: message
                       (--platform twilio: check Twilio's TwiML; --platform both: report what
                       is not portable between SignalWire and Twilio, exit 1 when anything is)
  cxml convert FILE    print the document as cxml! macro source (`-` reads standard input)
                       (--platform twilio: read TwiML, print twiml! source)
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
                       tunnel; requests are signed for it and delivered to URL;
                       --platform twilio: simulate Twilio: TwiML, X-Twilio-Signature with
                       --key as the Auth Token, Twilio's parameters, cookies kept)
  cxml emulate [--port P] [--project ID] [--token TOKEN] [--key KEY] [--platform P] [--json]
                       a local SignalWire: the Compatibility REST API on 127.0.0.1, running
                       calls and messages against your app (cxml emulate --help for more;
                       --platform twilio: a local Twilio, its REST API and webhooks)
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
        Some((command, rest)) if command == "check" => match platform_option(rest, true) {
            Some((platform, files)) if !files.is_empty() => check(platform, &files, out),
            _ => usage(),
        },
        Some((command, rest)) if command == "convert" => match platform_option(rest, false) {
            Some((Choice::One(platform), files)) if files.len() == 1 => {
                convert(platform, &files[0], out)
            }
            _ => usage(),
        },
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
        _ => usage(),
    }
}

fn usage() -> u8 {
    eprintln!("{USAGE}");
    2
}

/// What `--platform` chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    /// One platform's vocabulary.
    One(Platform),
    /// What is not portable between the two.
    Both,
}

/// Takes `--platform NAME` (or `--platform=NAME`) out of the arguments; `None` for an unknown
/// name, or `both` where it is not allowed.
fn platform_option(args: &[String], both_allowed: bool) -> Option<(Choice, Vec<String>)> {
    let mut choice = Choice::One(Platform::SignalWire);
    let mut rest = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = if arg == "--platform" {
            args.next()?.as_str()
        } else if let Some(value) = arg.strip_prefix("--platform=") {
            value
        } else {
            rest.push(arg.clone());
            continue;
        };
        choice = match value {
            "signalwire" => Choice::One(Platform::SignalWire),
            "twilio" => Choice::One(Platform::Twilio),
            "both" if both_allowed => Choice::Both,
            _ => {
                eprintln!(
                    "cxml: --platform takes signalwire, twilio{}",
                    if both_allowed { " or both" } else { "" }
                );
                return None;
            }
        };
    }
    Some((choice, rest))
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
fn load(
    platform: Platform,
    path: &str,
    report: &mut impl Write,
) -> Result<cxml_runtime::Document<'static>, u8> {
    let name = display_name(path);
    let text = read_or_report(path)?;
    let options = cxml_runtime::ParseOptions::default().with_platform(platform);
    cxml_runtime::parse_with(&text, &options)
        .map(cxml_runtime::Document::into_owned)
        .map_err(|error| {
            for problem in error.problems() {
                let _ = writeln!(report, "{name}:{problem}");
            }
            1
        })
}

fn display_name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

/// Reads a file; an I/O error goes to standard error as exit status 2.
fn read_or_report(path: &str) -> Result<String, u8> {
    read(path).map_err(|error| {
        eprintln!("{}: {error}", display_name(path));
        2
    })
}

fn check(choice: Choice, files: &[String], out: &mut impl Write) -> u8 {
    let mut status = 0;
    for path in files {
        let result = match choice {
            Choice::One(platform) => load(platform, path, out).map(drop),
            Choice::Both => portable(path, out),
        };
        if let Err(code) = result {
            status = status.max(code);
        }
    }
    status
}

/// `check --platform both`: every difference, as `file:line:col: message`; exit status 1 when
/// there is any.
fn portable(path: &str, out: &mut impl Write) -> Result<(), u8> {
    let text = read_or_report(path)?;
    let problems = cxml_runtime::portability(&text);
    for problem in &problems {
        let _ = writeln!(out, "{}:{problem}", display_name(path));
    }
    if problems.is_empty() { Ok(()) } else { Err(1) }
}

fn convert(platform: Platform, path: &str, out: &mut impl Write) -> u8 {
    // The source goes to standard output; problems to standard error.
    match load(platform, path, &mut io::stderr()) {
        Ok(document) => {
            let source = match platform {
                Platform::Twilio => document.to_twiml_source(),
                _ => document.to_cxml_source(),
            };
            let _ = write!(out, "{source}");
            0
        }
        Err(code) => code,
    }
}
