//! `cxml message URL --key KEY --body TEXT [--json]`: an inbound SMS to a running server.

use std::io::Write;

use super::{Common, Usage, finish, runtime, value};

pub const USAGE: &str = "cxml message URL --key KEY --body TEXT [--json]";

fn parse(args: &[String]) -> Result<(Common, String), Usage> {
    let mut url = None;
    let mut key = None;
    let mut body = None;
    let mut json = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--key" => key = Some(value(arg, &mut rest)?),
            "--body" => body = Some(value(arg, &mut rest)?),
            "--json" => json = true,
            flag if flag.starts_with("--") => return Err(Usage(format!("unknown option {flag}"))),
            _ if url.is_none() => url = Some(arg.clone()),
            extra => return Err(Usage(format!("unexpected argument `{extra}`"))),
        }
    }
    let body = body.ok_or_else(|| Usage("--body TEXT is missing".into()))?;
    Ok((Common::new(url, key, json)?, body))
}

/// Runs the command; the exit status.
pub fn run(args: &[String], out: &mut impl Write) -> u8 {
    let (common, body) = match parse(args) {
        Ok(parsed) => parsed,
        Err(Usage(message)) => {
            eprintln!("cxml message: {message}\nusage: {USAGE}");
            return 2;
        }
    };
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cxml message: {error}");
            return 2;
        }
    };
    let mut simulator = common.simulator();
    let (outcome, ended) = runtime.block_on(async {
        let outcome = simulator.message(&common.path, body).run().await;
        let ended = outcome
            .as_ref()
            .is_ok_and(|transcript| transcript.ending().is_some());
        (outcome, ended)
    });
    finish(common.json, outcome, ended, out)
}
