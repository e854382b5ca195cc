//! `cxml call URL --key KEY [--input V]... [--dial-status S] [--max-requests N] [--json]`: an
//! inbound call to a running server.
//!
//! Each `--input` is digits (`1`, `1234#`), `speech:TEXT` or `timeout`, used one per `Gather` in
//! order (none left is a timeout); `--dial-status` is how every `Dial` ends (`completed`, `busy`,
//! `no-answer`, `failed`, `canceled`; default `completed`); `--max-requests` bounds the requests
//! of the call (default 50).

use std::io::Write;

use cxml_testing::Input;
use cxml_webhook::params::DialCallStatus;

use super::{Common, Usage, finish, runtime, value};

pub const USAGE: &str =
    "cxml call URL --key KEY [--input V]... [--dial-status S] [--max-requests N] [--json]";

/// The `Dial` outcomes a user may script.
const DIAL_STATUSES: [&str; 5] = ["completed", "busy", "no-answer", "failed", "canceled"];

struct Options {
    common: Common,
    inputs: Vec<Input>,
    dial_status: DialCallStatus,
    max_requests: Option<usize>,
}

fn parse(args: &[String]) -> Result<Options, Usage> {
    let mut url = None;
    let mut key = None;
    let mut json = false;
    let mut inputs = Vec::new();
    let mut dial_status = DialCallStatus::Completed;
    let mut max_requests = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--key" => key = Some(value(arg, &mut rest)?),
            "--json" => json = true,
            "--input" => {
                let text = value(arg, &mut rest)?;
                inputs.push(
                    text.parse()
                        .map_err(|error| Usage(format!("--input: {error}")))?,
                );
            }
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
            "--max-requests" => {
                let text = value(arg, &mut rest)?;
                match text.parse::<usize>() {
                    Ok(n) if n > 0 => max_requests = Some(n),
                    _ => {
                        return Err(Usage(format!(
                            "--max-requests `{text}`: expected a positive number"
                        )));
                    }
                }
            }
            flag if flag.starts_with("--") => return Err(Usage(format!("unknown option {flag}"))),
            _ if url.is_none() => url = Some(arg.clone()),
            extra => return Err(Usage(format!("unexpected argument `{extra}`"))),
        }
    }
    Ok(Options {
        common: Common::new(url, key, json)?,
        inputs,
        dial_status,
        max_requests,
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
    let mut simulator = options.common.simulator();
    if let Some(limit) = options.max_requests {
        simulator = simulator.max_requests(limit);
    }
    let (outcome, ended) = runtime.block_on(async {
        let mut call = simulator
            .call(&options.common.path)
            .dial_status(options.dial_status);
        for input in options.inputs {
            call = call.input(input);
        }
        let outcome = call.run().await;
        let ended = outcome
            .as_ref()
            .is_ok_and(|transcript| transcript.ending().is_some());
        (outcome, ended)
    });
    finish(options.common.json, outcome, ended, out)
}
