//! `cxml call` and `cxml message`: the call simulator (`cxml::testing`) against a running server,
//! printing the conversation as a transcript or, with `--json`, one JSON object per event.
//!
//! Exit status: 0 when the conversation ended normally (Hangup, Reject, the end of a document,
//! the reply to a message), 1 on a flow error (an answer other than 2xx, an invalid document,
//! the request limit, a timeout) or a conversation left waiting, 2 on a usage error.

pub mod call;
pub mod message;

use std::io::Write;

use cxml_testing::{Error, Simulator, Step, Transcript};

/// Options every simulating command takes.
pub struct Common {
    /// The server's base URL (`http://host:port`).
    pub base: String,
    /// The first request's path and query.
    pub path: String,
    pub key: String,
    pub json: bool,
}

/// A usage error: the message, printed with the command's usage line.
pub struct Usage(pub String);

impl Common {
    /// Checks the URL and key of a command.
    pub fn new(url: Option<String>, key: Option<String>, json: bool) -> Result<Common, Usage> {
        let url = url.ok_or_else(|| Usage("the URL is missing".into()))?;
        let key =
            key.ok_or_else(|| Usage("--key KEY is missing (the project's Signing Key)".into()))?;
        let Some(rest) = url.strip_prefix("http://") else {
            return Err(Usage(format!(
                "`{url}` is not an http:// URL (the simulator speaks plain HTTP to a local server)"
            )));
        };
        let split = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(split);
        if authority.is_empty() {
            return Err(Usage(format!("`{url}` has no host")));
        }
        let path = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        };
        Ok(Common {
            base: format!("http://{authority}"),
            path,
            key,
            json,
        })
    }

    pub fn simulator(&self) -> Simulator {
        Simulator::over_http(&self.base).signing_key(&self.key)
    }
}

/// The value after a flag, or a usage error naming the flag.
pub fn value(flag: &str, rest: &mut std::slice::Iter<'_, String>) -> Result<String, Usage> {
    rest.next()
        .cloned()
        .ok_or_else(|| Usage(format!("{flag} needs a value")))
}

/// Runs a conversation to its end on a fresh single-threaded runtime; prints it; the exit status.
pub fn finish(
    json: bool,
    outcome: Result<Transcript, Error>,
    ended: bool,
    out: &mut impl Write,
) -> u8 {
    match outcome {
        Ok(transcript) => {
            print(json, transcript.steps(), out);
            if ended {
                0
            } else {
                eprintln!(
                    "the conversation is still waiting (in a queue or a conference, or on an endless <Play>); nothing else will happen"
                );
                1
            }
        }
        Err(error) => {
            print(json, error.transcript.steps(), out);
            match &error.request {
                Some(request) => eprintln!("error: {request}: {}", error.kind),
                None => eprintln!("error: {}", error.kind),
            }
            1
        }
    }
}

fn print(json: bool, steps: &[Step], out: &mut impl Write) {
    if json {
        for step in steps {
            match serde_json::to_string(step) {
                Ok(line) => {
                    let _ = writeln!(out, "{line}");
                }
                Err(error) => eprintln!("cannot write an event as JSON: {error}"),
            }
        }
    } else {
        let _ = write!(out, "{}", Transcript::from(steps.to_vec()));
    }
}

/// A runtime for one conversation over HTTP.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}
