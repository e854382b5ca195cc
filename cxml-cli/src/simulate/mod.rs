//! `cxml call` and `cxml message`: the call simulator (`cxml::testing`) against a running server,
//! printing the conversation as a transcript or, with `--json`, one JSON object per event.
//!
//! Options both take: `--key KEY` (the Signing Key requests are signed with), `--from NUMBER`,
//! `--to NUMBER`, `--method GET|POST` (of the first request, as set on the number),
//! `--public-url URL` (the public URL of the first request, as configured on the number, for a
//! server behind a tunnel or proxy: every request is signed over its public URL and reported
//! with it, relative URLs resolve against it, and requests to its origin are delivered to the
//! URL given first), `--seed N` (reproducible identifiers), `--platform signalwire|twilio`
//! (Twilio's TwiML, `X-Twilio-Signature` with `--key` as the Auth Token, Twilio's parameters and
//! cookies) and `--json`.
//!
//! Exit status: 0 when the conversation ended normally (Hangup, Reject, the end of a document,
//! the reply to a message), 1 on a flow error (an answer other than 2xx, an invalid document,
//! the request limit, a timeout), a conversation left waiting, or a callback that failed (the
//! conversation went on, as on the platform, and is printed whole), 2 on a usage error.

pub mod call;
pub mod message;

use std::io::Write;

use cxml_runtime::schema::url::UriRef;
use cxml_testing::{Error, ErrorKind, Event, Simulator, Step, Transcript};

/// Options every simulating command takes.
pub struct Common {
    /// Where the server is reached (`http://host:port`).
    pub base: String,
    /// The public base URL requests are signed for (`https://abc.ngrok.app`), when it is not
    /// `base`.
    pub public: Option<String>,
    /// The first request's path and query (of the public URL when there is one).
    pub path: String,
    pub key: String,
    pub json: bool,
    pub from: Option<String>,
    pub to: Option<String>,
    pub method: Option<cxml_testing::Method>,
    pub seed: Option<u64>,
    pub platform: cxml_runtime::schema::Platform,
}

/// A usage error: the message, printed with the command's usage line.
pub struct Usage(pub String);

/// The options of [`Common`] as they are read, before they are checked.
#[derive(Default)]
pub struct Raw {
    pub url: Option<String>,
    pub key: Option<String>,
    pub json: bool,
    pub from: Option<String>,
    pub to: Option<String>,
    pub method: Option<cxml_testing::Method>,
    pub public_url: Option<String>,
    pub seed: Option<u64>,
    pub platform: cxml_runtime::schema::Platform,
}

impl Raw {
    /// Reads `arg` (and its value from `rest`) if it is a common option; `Ok(false)` if not.
    pub fn take(
        &mut self,
        arg: &str,
        rest: &mut std::slice::Iter<'_, String>,
    ) -> Result<bool, Usage> {
        match arg {
            "--key" => self.key = Some(value(arg, rest)?),
            "--json" => self.json = true,
            "--from" => self.from = Some(value(arg, rest)?),
            "--to" => self.to = Some(value(arg, rest)?),
            "--public-url" => self.public_url = Some(value(arg, rest)?),
            "--platform" => {
                let text = value(arg, rest)?;
                self.platform = match text.as_str() {
                    "signalwire" => cxml_runtime::schema::Platform::SignalWire,
                    "twilio" => cxml_runtime::schema::Platform::Twilio,
                    _ => {
                        return Err(Usage(format!(
                            "--platform `{text}`: expected signalwire or twilio"
                        )));
                    }
                };
            }
            "--method" => {
                let text = value(arg, rest)?;
                self.method = Some(match text.to_ascii_uppercase().as_str() {
                    "GET" => cxml_testing::Method::GET,
                    "POST" => cxml_testing::Method::POST,
                    _ => {
                        return Err(Usage(format!("--method `{text}`: expected GET or POST")));
                    }
                });
            }
            "--seed" => {
                let text = value(arg, rest)?;
                self.seed = Some(
                    text.parse()
                        .map_err(|_| Usage(format!("--seed `{text}`: expected a whole number")))?,
                );
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The URL (the first argument that is not an option), once.
    pub fn url(&mut self, arg: &str) -> Result<(), Usage> {
        if self.url.is_some() {
            return Err(Usage(format!("unexpected argument `{arg}`")));
        }
        self.url = Some(arg.to_owned());
        Ok(())
    }

    /// Checks the URL, key and public URL of a command.
    pub fn check(self) -> Result<Common, Usage> {
        let url = self.url.ok_or_else(|| Usage("the URL is missing".into()))?;
        let key = self
            .key
            .ok_or_else(|| Usage("--key KEY is missing (the project's Signing Key)".into()))?;
        let parsed = UriRef::parse(&url);
        let (Some("http"), Some(authority)) = (parsed.scheme(), parsed.authority()) else {
            return Err(Usage(format!(
                "`{url}` is not an http:// URL (the simulator speaks plain HTTP to a local server; a public https:// URL goes in --public-url)"
            )));
        };
        let path = parsed.path_and_query().into_owned();
        if authority.is_empty() {
            return Err(Usage(format!("`{url}` has no host")));
        }
        let mut common = Common {
            base: format!("http://{authority}"),
            public: None,
            path,
            key,
            json: self.json,
            from: self.from,
            to: self.to,
            method: self.method,
            seed: self.seed,
            platform: self.platform,
        };
        if let Some(public) = self.public_url {
            let parsed = UriRef::parse(&public);
            let (Some(scheme @ ("http" | "https")), Some(authority)) =
                (parsed.scheme(), parsed.authority())
            else {
                return Err(Usage(format!(
                    "--public-url `{public}` is not an http:// or https:// URL"
                )));
            };
            let path = parsed.path_and_query();
            if authority.is_empty() {
                return Err(Usage(format!("--public-url `{public}` has no host")));
            }
            common.public = Some(format!("{scheme}://{authority}"));
            // The public URL of the first request; a bare origin keeps the URL's path.
            if path != "/" {
                common.path = path.into_owned();
            }
        }
        Ok(common)
    }
}

impl Common {
    /// The simulator, set up with the common options.
    pub fn simulator(&self) -> Simulator {
        let mut simulator = Simulator::over_http(&self.base)
            .signing_key(&self.key)
            .platform(self.platform);
        if let Some(public) = &self.public {
            simulator = simulator.public_url(public);
        }
        if let Some(seed) = self.seed {
            simulator = simulator.seed(seed);
        }
        simulator
    }
}

/// The value after a flag, or a usage error naming the flag.
pub fn value(flag: &str, rest: &mut std::slice::Iter<'_, String>) -> Result<String, Usage> {
    rest.next()
        .cloned()
        .ok_or_else(|| Usage(format!("{flag} needs a value")))
}

/// A positive number after a flag.
pub fn number<T: std::str::FromStr>(
    flag: &str,
    rest: &mut std::slice::Iter<'_, String>,
) -> Result<T, Usage> {
    let text = value(flag, rest)?;
    text.parse()
        .map_err(|_| Usage(format!("{flag} `{text}`: expected a whole number")))
}

/// Prints a conversation that ran (or stopped with an error); the exit status.
pub fn finish(
    json: bool,
    outcome: Result<Transcript, Error>,
    ended: bool,
    out: &mut impl Write,
) -> u8 {
    match outcome {
        Ok(transcript) => {
            print(json, transcript.steps(), out);
            let failed = report_failed_callbacks(transcript.steps());
            if !ended {
                eprintln!(
                    "the conversation is still waiting (in a queue or a conference, or on an endless <Play>); nothing else will happen"
                );
                1
            } else if failed {
                1
            } else {
                0
            }
        }
        Err(error) => {
            print(json, error.transcript.steps(), out);
            report_failed_callbacks(error.transcript.steps());
            match &error.request {
                Some(request) => eprintln!("error: {request}: {}", error.kind),
                None => eprintln!("error: {}", error.kind),
            }
            if let (ErrorKind::Status { status: 403, .. }, Some(request)) =
                (&error.kind, &error.request)
            {
                let url = request
                    .split_once(' ')
                    .map_or(request.as_str(), |(_, url)| url);
                refused_hint(url);
            }
            1
        }
    }
}

/// Tells standard error about the callbacks that failed; whether any did.
fn report_failed_callbacks(steps: &[Step]) -> bool {
    let mut failed = false;
    for step in steps {
        if let Event::Callback {
            purpose,
            url,
            status,
            error,
            ..
        } = &step.event
        {
            failed = true;
            let why = match (status, error) {
                (Some(status), _) => format!("answered HTTP {status}"),
                (None, Some(error)) => error.clone(),
                (None, None) => "no answer".to_owned(),
            };
            eprintln!("callback failed: {purpose} {url}: {why} (the conversation went on)");
            if *status == Some(403) {
                refused_hint(url);
            }
        }
    }
    failed
}

/// What to do about a 403: the URL signed, and `--public-url`.
fn refused_hint(url: &str) {
    eprintln!(
        "hint: the server refused the request (403). It was signed over {url}; a server behind a tunnel or proxy checks signatures against its public URL: give that URL with --public-url (e.g. --public-url https://abc.ngrok.app/voice), and check --key"
    );
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
