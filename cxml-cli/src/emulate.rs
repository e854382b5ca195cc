//! `cxml emulate`: a local SignalWire for any language. The simulator (`cxml::testing`) serves
//! the Compatibility REST API over HTTP on 127.0.0.1, with the `/emulator/*` control routes
//! beside it; see `HELP` for what it serves and when waiting calls move on.

use std::io::Write;
use std::sync::Arc;

use cxml_runtime::schema::Platform;
use cxml_testing::rest::Emulator;
use cxml_testing::{DEFAULT_SIGNING_KEY, Simulator};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;

use crate::simulate::runtime;

/// The project id when `--project` is not given.
pub const DEFAULT_PROJECT: &str = "00000000-0000-4000-8000-0000000e0001";
/// The API token when `--token` is not given.
pub const DEFAULT_TOKEN: &str = "PTemulator";
/// The AccountSid of `--platform twilio` without `--project`.
pub const DEFAULT_TWILIO_ACCOUNT: &str = "AC00000000000000000000000000000001";

const USAGE: &str =
    "cxml emulate [--port P] [--project ID] [--token TOKEN] [--key KEY] [--platform P] [--json]";

/// The long help: what `cxml emulate` serves, pinned.
pub const HELP: &str = "\
cxml emulate [--port P] [--project ID] [--token TOKEN] [--key KEY] [--platform P] [--json]

A local SignalWire: serves the Compatibility REST API on 127.0.0.1 and runs the calls and
messages it is asked for against your application, over HTTP, with webhooks signed as
SignalWire signs them. Prints `listening on http://127.0.0.1:P` as its first line (P chosen
when --port is absent or 0).

  --port P         the port (default: one the system chooses)
  --project ID     the project id (default 00000000-0000-4000-8000-0000000e0001)
  --token TOKEN    the API token; requests use Basic auth ID:TOKEN (default PTemulator)
  --key KEY        the Signing Key webhooks are signed with (default PSK_simulator_key)
  --platform P     signalwire (default) or twilio: a local Twilio instead. The API answers
                   at Twilio's /2010-04-01/Accounts/{ID}/… with Basic auth ID:TOKEN (use an
                   AccountSid such as AC0123…; the default ID is AC and 32 zeros ending in 1),
                   its URIs without /api/laml, sids as Twilio's (CA…, SM…); webhooks carry
                   X-Twilio-Signature signed with TOKEN as the Auth Token (--key is unused),
                   Twilio's parameters, and the cookies the app sets, kept for the call and
                   the SMS conversation; documents are read as Twilio's TwiML
  --json           print every event as it happens, one JSON object per line

The REST API, at /api/laml/2010-04-01/Accounts/{ID}/… and the same under /2010-04-01/Accounts/…
(where SignalWire's Twilio-based SDKs send requests; the URIs answered stay under /api/laml):
  Calls (create with Url or Twiml, list, fetch, update: Url, Twiml, Status, StatusCallback;
  delete), Calls/{sid}/Recordings, Messages (create, list, fetch, redact, delete), Queues
  (create, list, fetch, update, delete) and their Members (list, fetch by sid or Front,
  dequeue), Conferences (list, fetch, update Status=completed) and their Participants (list,
  fetch, update Muted and Hold, remove), Recordings (list, fetch, delete), Faxes (send, list,
  fetch, delete), LamlBins (cXML scripts: create, update, list, fetch, delete; served at their
  request_url, /laml-bins/{sid}), IncomingPhoneNumbers (list, fetch, update). Anything else
  answers 404 with SignalWire's error JSON saying it is not simulated.

Control routes (form-encoded POSTs, JSON answers, no auth):
  POST /emulator/phones    Number, Answer (human, machine, busy, no-answer, failed; default
                           human), Input... (as cxml call --input): what the phone at that
                           number does when a placed call reaches it
  POST /emulator/numbers   Number, VoiceUrl, VoiceMethod, SmsUrl, SmsMethod, StatusCallback,
                           VoiceReceiveMode (voice or fax), FriendlyName: adds a number to
                           IncomingPhoneNumbers (or changes it); answers its JSON
  POST /emulator/calls     Url, From, To, Method, Input...: an inbound call to your app
                           (without Url: the voice URL of the number To); {\"sid\": …}
  POST /emulator/messages  Url, From, To, Body, MediaUrl...: an inbound message (without Url:
                           the SMS URL of the number To); {\"sid\": …}
  POST /emulator/faxes     Url, From, To, Pages: an inbound fax to your app (without Url: the
                           voice URL of the number To, set to VoiceReceiveMode fax); {\"sid\": …}
  GET  /emulator/events    every event so far, as a JSON array (objects as cxml call --json
                           prints them, with their call)
  POST /emulator/input     Call, Input...: the user of a call presses keys or speaks
  POST /emulator/hangup    Call: the far end hangs up
  POST /emulator/advance   Seconds: let time pass on the virtual clock (without Seconds: up
                           to the next timer)

When things happen: each request runs the platform until nothing else can happen before it is
answered (a created call has run as far as it can when its JSON comes back). A call then
waits only on what the API or you move: a <Gather> with no scripted input left listens until
input (/emulator/input), an update (Url, Twiml, Status) or its timeout on the virtual clock,
which moves only with /emulator/advance; a queue until an agent dials it or the member is
dequeued; a conference until it ends or the participant is removed; <Play loop=\"0\"> until an
update or a hang-up. Nothing depends on wall time.

What is not simulated is reported, never silent: a parameter read but not acted on (Record,
SendDigits, FallbackUrl, AsyncAmd, a participant's AnnounceUrl or HoldUrl…) is a
`not-simulated` event on its call; a resource not served answers 404 saying so; a webhook
that fails is an `error` or `callback` event on its call.

URLs must be absolute (http:// to your app). The emulator runs one thing at a time: an app
that calls the REST API from inside a webhook, before answering it, waits for that webhook's
timeout; call it after answering. It holds at most 10000 conversations (then 429).";

struct Options {
    port: u16,
    project: String,
    token: String,
    key: String,
    twilio: bool,
    json: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        port: 0,
        project: DEFAULT_PROJECT.to_owned(),
        token: DEFAULT_TOKEN.to_owned(),
        key: DEFAULT_SIGNING_KEY.to_owned(),
        twilio: false,
        json: false,
    };
    let mut project_given = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--port" => {
                let text = value()?;
                options.port = text
                    .parse()
                    .map_err(|_| format!("--port `{text}`: expected a port number (0-65535)"))?;
            }
            "--project" => {
                options.project = value()?;
                project_given = true;
            }
            "--platform" => {
                options.twilio = match value()?.as_str() {
                    "signalwire" => false,
                    "twilio" => true,
                    other => {
                        return Err(format!(
                            "--platform `{other}`: expected `signalwire` or `twilio`"
                        ));
                    }
                }
            }
            "--token" => options.token = value()?,
            "--key" => options.key = value()?,
            "--json" => options.json = true,
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    if options.twilio && !project_given {
        options.project = DEFAULT_TWILIO_ACCOUNT.to_owned();
    }
    if options.project.is_empty() || options.project.contains(['/', ':']) {
        return Err("--project: a project id without `/` or `:`".to_owned());
    }
    if options.token.is_empty() {
        return Err("--token: an empty token".to_owned());
    }
    Ok(options)
}

/// Runs the command; the exit status (it serves until killed).
pub fn run(args: &[String], out: &mut impl Write) -> u8 {
    if args
        .iter()
        .any(|arg| matches!(arg.as_str(), "-h" | "--help"))
    {
        let _ = writeln!(out, "{HELP}");
        return 0;
    }
    let options = match parse(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("cxml emulate: {message}\nusage: {USAGE}");
            return 2;
        }
    };
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cxml emulate: {error}");
            return 2;
        }
    };
    runtime.block_on(serve(options, out))
}

async fn serve(options: Options, out: &mut impl Write) -> u8 {
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", options.port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!(
                "cxml emulate: cannot listen on 127.0.0.1:{}: {error}",
                options.port
            );
            return 2;
        }
    };
    let port = listener
        .local_addr()
        .map_or(options.port, |address| address.port());
    let _ = writeln!(out, "listening on http://127.0.0.1:{port}");
    let _ = out.flush();
    let simulator = if options.twilio {
        eprintln!(
            "cxml emulate: Twilio account {} (Basic auth AccountSid:token), webhooks signed with the token as the Auth Token; `cxml emulate --help` for the routes",
            options.project
        );
        Simulator::open_http("http://127.0.0.1")
            .platform(Platform::Twilio)
            .signing_key(options.token.clone())
    } else {
        eprintln!(
            "cxml emulate: project {} (Basic auth project:token), webhooks signed with the key given; `cxml emulate --help` for the routes",
            options.project
        );
        Simulator::open_http("http://127.0.0.1").signing_key(options.key.clone())
    };
    let emulator = Emulator::new(simulator, options.project.clone(), options.token.clone());
    emulator
        .public_url(format!("http://127.0.0.1:{port}"))
        .await;
    // How many events have been printed (`--json`), held while printing so lines stay in order.
    let printed = Arc::new(tokio::sync::Mutex::new(0usize));
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(connection) => connection,
            Err(error) => {
                eprintln!("cxml emulate: accept: {error}");
                continue;
            }
        };
        let emulator = emulator.clone();
        let printed = Arc::clone(&printed);
        let json = options.json;
        tokio::spawn(async move {
            let service = service_fn(move |request: http::Request<hyper::body::Incoming>| {
                let emulator = emulator.clone();
                let printed = Arc::clone(&printed);
                async move {
                    let response = emulator.handle(request).await;
                    if json {
                        print_new_events(&emulator, &printed).await;
                    }
                    Ok::<_, std::convert::Infallible>(response)
                }
            });
            // A connection that breaks off is the client's business; the emulator goes on.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Prints the events recorded since the last print, one JSON object per line.
async fn print_new_events(emulator: &Emulator, printed: &tokio::sync::Mutex<usize>) {
    let mut printed = printed.lock().await;
    let steps = emulator.steps_since(*printed).await;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for step in &steps {
        if let Ok(line) = serde_json::to_string(step) {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = out.flush();
    *printed += steps.len();
}
