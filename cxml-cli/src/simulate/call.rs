//! `cxml call URL --key KEY [--input V]... [--callee-input V]... [--dial-status S]
//! [--max-requests N] [--from NUMBER] [--to NUMBER] [--method GET|POST] [--public-url URL]
//! [--transcription TEXT] [--recording-seconds N] [--stream-audio FILE.wav] [--stream-dtmf DIGITS]
//! [--seed N] [--json]`: an inbound call to a running server.
//!
//! Each `--input` is digits (`1`, `1234#`), `speech:TEXT` or `timeout`, used one per `Gather` in
//! order (none left is a timeout); each `--callee-input` the same for the `Gather`s of the
//! called party's document (`<Number url>`, `<Sip url>`); `--dial-status` is how every `Dial`
//! ends (`completed`, `busy`, `no-answer`, `failed`, `canceled`; default `completed`);
//! `--max-requests` bounds the requests of the call (default 50); `--transcription` is the text
//! of each recording's transcription and `--recording-seconds` how long the caller speaks into
//! each `Record` (default 5). `--stream-audio` is what the caller says on the call's first media
//! stream (`<Connect><Stream>`, `<Start><Stream>`; a WAV file, any rate) and `--stream-dtmf` the
//! keys pressed after it; each stream that ends is a `stream` event (with `--json`: `url`,
//! `track`, `frames_sent`, `frames_received`, `marks`, `cleared`…).

use std::io::Write;

use cxml_testing::Input;
use cxml_webhook::params::DialCallStatus;

use super::{Raw, Usage, finish, number, runtime, value};

pub const USAGE: &str = "cxml call URL --key KEY [--input V]... [--callee-input V]... [--dial-status S] [--max-requests N] [--from NUMBER] [--to NUMBER] [--method GET|POST] [--public-url URL] [--transcription TEXT] [--recording-seconds N] [--stream-audio FILE.wav] [--stream-dtmf DIGITS] [--seed N] [--json]";

/// The `Dial` outcomes a user may script.
const DIAL_STATUSES: [&str; 5] = ["completed", "busy", "no-answer", "failed", "canceled"];

struct Options {
    common: super::Common,
    inputs: Vec<Input>,
    callee_inputs: Vec<Input>,
    dial_status: DialCallStatus,
    max_requests: Option<usize>,
    transcription: Option<String>,
    recording_seconds: Option<u32>,
    stream_audio: Option<String>,
    stream_dtmf: Option<String>,
}

fn input(flag: &str, rest: &mut std::slice::Iter<'_, String>) -> Result<Input, Usage> {
    let text = value(flag, rest)?;
    text.parse()
        .map_err(|error| Usage(format!("{flag}: {error}")))
}

fn parse(args: &[String]) -> Result<Options, Usage> {
    let mut raw = Raw::default();
    let mut inputs = Vec::new();
    let mut callee_inputs = Vec::new();
    let mut dial_status = DialCallStatus::Completed;
    let mut max_requests = None;
    let mut transcription = None;
    let mut recording_seconds = None;
    let mut stream_audio = None;
    let mut stream_dtmf = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if raw.take(arg, &mut rest)? {
            continue;
        }
        match arg.as_str() {
            "--input" => inputs.push(input(arg, &mut rest)?),
            "--callee-input" => callee_inputs.push(input(arg, &mut rest)?),
            "--dial-status" => {
                let text = value(arg, &mut rest)?;
                if !DIAL_STATUSES.contains(&text.as_str()) {
                    return Err(Usage(format!(
                        "--dial-status `{text}`: expected one of {}",
                        DIAL_STATUSES.join(", ")
                    )));
                }
                dial_status = DialCallStatus::from(text);
            }
            "--max-requests" => match number::<usize>(arg, &mut rest) {
                Ok(n) if n > 0 => max_requests = Some(n),
                Ok(_) | Err(_) => {
                    return Err(Usage(
                        "--max-requests: expected a positive number".to_owned(),
                    ));
                }
            },
            "--transcription" => transcription = Some(value(arg, &mut rest)?),
            "--recording-seconds" => recording_seconds = Some(number(arg, &mut rest)?),
            "--stream-audio" => stream_audio = Some(value(arg, &mut rest)?),
            "--stream-dtmf" => {
                let digits = value(arg, &mut rest)?;
                if let Some(bad) = digits
                    .chars()
                    .find(|c| !(c.is_ascii_digit() || matches!(c, '*' | '#' | 'A'..='D')))
                {
                    return Err(Usage(format!(
                        "--stream-dtmf `{digits}`: `{bad}` is not a key (0-9, *, #, A-D)"
                    )));
                }
                stream_dtmf = Some(digits);
            }
            flag if flag.starts_with("--") => return Err(Usage(format!("unknown option {flag}"))),
            _ => raw.url(arg)?,
        }
    }
    Ok(Options {
        common: raw.check()?,
        inputs,
        callee_inputs,
        dial_status,
        max_requests,
        transcription,
        recording_seconds,
        stream_audio,
        stream_dtmf,
    })
}

/// Runs the command; the exit status.
pub fn run(args: &[String], out: &mut impl Write) -> u8 {
    let options = match parse(args) {
        Ok(options) => options,
        Err(Usage(message)) => {
            eprintln!("cxml call: {message}\nusage: {USAGE}");
            return 2;
        }
    };
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cxml call: {error}");
            return 2;
        }
    };
    let common = &options.common;
    let mut simulator = common.simulator();
    if let Some(limit) = options.max_requests {
        simulator = simulator.max_requests(limit);
    }
    let (outcome, ended) = runtime.block_on(async {
        let mut call = simulator
            .call(&common.path)
            .dial_status(options.dial_status);
        if let Some(method) = &common.method {
            call = call.method(method.clone());
        }
        if let Some(from) = &common.from {
            call = call.from(from);
        }
        if let Some(to) = &common.to {
            call = call.to(to);
        }
        if let Some(text) = options.transcription {
            call = call.transcription(text);
        }
        if let Some(seconds) = options.recording_seconds {
            call = call.recording_seconds(seconds);
        }
        for input in options.inputs {
            call = call.input(input);
        }
        for input in options.callee_inputs {
            call = call.callee_input(input);
        }
        if let Some(path) = options.stream_audio {
            call = call.stream_audio(path);
        }
        if let Some(digits) = &options.stream_dtmf {
            call = call.stream_dtmf(digits);
        }
        let outcome = call.run().await;
        let ended = outcome
            .as_ref()
            .is_ok_and(|transcript| transcript.ending().is_some());
        (outcome, ended)
    });
    finish(common.json, outcome, ended, out)
}
