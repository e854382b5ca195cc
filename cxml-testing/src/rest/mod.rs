//! The REST door: the simulated platform serves SignalWire's Compatibility REST API (feature
//! `rest`), in process as a `tower` service and over HTTP through `cxml emulate`.
//!
//! An [`Emulator`] wraps a [`Simulator`]: a request to
//! `/api/laml/2010-04-01/Accounts/{ProjectID}/Calls.json` (or the same path under the bare
//! `/2010-04-01/Accounts/…` prefix, where SignalWire's Twilio-based SDKs send it) becomes a
//! command on the simulator (place a call, redirect one, dequeue a member, mute a participant…)
//! and the platform's state is answered as SignalWire's JSON. Beside the API, the `/emulator/*`
//! control routes script the far ends (what the phone at a number does) and read what happened.
//!
//! # When things happen
//!
//! Every request that changes something runs the platform until it is idle before it is
//! answered: when `create` returns, the placed call has run its flow as far as it can. A call
//! then waits only on things the API or the test moves:
//!
//! - a `<Gather>` whose phone has no scripted input left listens (see
//!   [`CallBuilder::wait_at_gather`](crate::CallBuilder::wait_at_gather)) until input
//!   (`POST /emulator/input`), an update (`Url`, `Twiml`, `Status`), or the virtual clock
//!   passes its timeout: `POST /emulator/advance` (`Seconds`; without it, to the next timer)
//!   or [`Emulator::advance`];
//! - a queue, until an agent's `<Dial><Queue>`, a member update (dequeue) or a call update;
//! - a conference, until it ends, a participant is removed or the call is updated;
//! - an endless `<Play loop="0">`, until an update or a hang-up.
//!
//! The virtual clock never moves on its own: nothing depends on wall time, so a run is
//! reproducible (with [`Simulator::seed`](crate::Simulator::seed)) and nothing sleeps.
//!
//! # What is not simulated
//!
//! Faxes sent through the API run the fax document of a project number set up to receive
//! faxes ([`Emulator::number`] with `VoiceReceiveMode::Fax`), else end `delivered` (or as the
//! phone at the number answers); cXML scripts (LaML Bins) are served at their `request_url`
//! and run in place when a call is given that URL.
//!
//! A request parameter the emulator reads but does not act on (`Record`, `SendDigits`,
//! `FallbackUrl`, `AsyncAmd`, a participant's `AnnounceUrl`…) is recorded on the call as an
//! [`Event::NotSimulated`](crate::Event::NotSimulated); a resource the emulator does not serve
//! (applications, available numbers, transcriptions…) answers 404 with SignalWire's error
//! JSON and a message saying it is not simulated. Never silence.

mod json;
mod routes;
mod scripts;

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use tower_service::Service;

use crate::event::{Input, Step};
use crate::simulator::Simulator;
use crate::transcript::Transcript;
use crate::transport::BoxError;

/// The most conversations (calls, messages) an [`Emulator`] holds before it refuses new ones
/// with a 429 (see [`Emulator::max_calls`]).
pub const DEFAULT_MAX_CALLS: usize = 10_000;

/// The largest request body the emulator reads, in bytes (413 beyond).
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// What the phone at a number does when a placed call reaches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Answer {
    /// A person answers (`AnsweredBy=human` when machine detection is asked), and presses keys
    /// or speaks as scripted; with nothing scripted left, a `<Gather>` waits.
    #[default]
    Human,
    /// An answering machine (`AnsweredBy=machine`): it records what it hears, and never
    /// presses a key (every `<Gather>` times out).
    Machine,
    /// The line is busy: the call ends `busy`, its document is never requested.
    Busy,
    /// Nobody answers: the call rings for its `Timeout` and ends `no-answer`.
    NoAnswer,
    /// The call cannot be placed: it ends `failed`.
    Failed,
}

impl Answer {
    /// The name, as `POST /emulator/phones` takes it: `human`, `machine`, `busy`, `no-answer`
    /// or `failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Human => "human",
            Answer::Machine => "machine",
            Answer::Busy => "busy",
            Answer::NoAnswer => "no-answer",
            Answer::Failed => "failed",
        }
    }
}

/// A text that is not an [`Answer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidAnswer(pub String);

impl std::fmt::Display for InvalidAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` is not an answer: write human, machine, busy, no-answer or failed",
            self.0
        )
    }
}

impl std::error::Error for InvalidAnswer {}

impl FromStr for Answer {
    type Err = InvalidAnswer;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(match text {
            "human" => Answer::Human,
            "machine" => Answer::Machine,
            "busy" => Answer::Busy,
            "no-answer" => Answer::NoAnswer,
            "failed" => Answer::Failed,
            other => return Err(InvalidAnswer(other.to_owned())),
        })
    }
}

/// The phone at a number: how it answers a placed call, and what its user does at each
/// `<Gather>` (in order).
///
/// ```
/// # mod cxml { pub mod testing { pub use ::cxml_testing::*; } }
/// use cxml::testing::rest::{Answer, Phone};
///
/// let agent = Phone::human().digits("1").speech("yes");
/// let voicemail = Phone::new(Answer::Machine);
/// assert_eq!(voicemail.answer(), Answer::Machine);
/// # let _ = agent;
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Phone {
    answer: Answer,
    inputs: Vec<Input>,
}

impl Phone {
    /// A phone that answers as `answer` says.
    pub fn new(answer: Answer) -> Self {
        Phone {
            answer,
            inputs: Vec::new(),
        }
    }

    /// A person answers (the default for a number no test set up).
    pub fn human() -> Self {
        Phone::new(Answer::Human)
    }

    /// An answering machine.
    pub fn machine() -> Self {
        Phone::new(Answer::Machine)
    }

    /// How it answers.
    pub fn answer(&self) -> Answer {
        self.answer
    }

    /// The user's next input, for the next `<Gather>`.
    pub fn input(mut self, input: Input) -> Self {
        self.inputs.push(input);
        self
    }

    /// The user presses keys at the next `<Gather>`.
    pub fn digits(self, keys: &str) -> Self {
        self.input(Input::digits(keys))
    }

    /// The user speaks at the next `<Gather>`.
    pub fn speech(self, text: &str) -> Self {
        self.input(Input::speech(text))
    }

    /// The inputs scripted, in order.
    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }
}

/// The simulated platform behind SignalWire's Compatibility REST API: a cheap handle (clone it
/// freely) that is a `tower` [`Service`] answering `http::Request`s, so that `cxml::rest::Client`
/// can be pointed at it in a test, and that `cxml emulate` serves over HTTP.
///
/// See the [module](self) for when waiting calls move on and what is not simulated.
///
/// ```
/// # mod cxml { pub mod testing { pub use ::cxml_testing::*; } }
/// use axum::{Router, routing::post};
/// use cxml::testing::{Simulator, rest::{Emulator, Phone}};
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let app = Router::new().route("/remind", post(|| async {
///     "<Response><Say>Your appointment is tomorrow.</Say></Response>"
/// }));
/// let emulator = Emulator::new(Simulator::new(app).seed(1), "project", "token");
/// emulator.phone("+15550100", Phone::machine()).await;
/// // Point `cxml::rest::Client::new(credentials, emulator.clone())` at it, or send it
/// // requests yourself:
/// let request = http::Request::post(
///     "/api/laml/2010-04-01/Accounts/project/Calls.json")
///     .header("authorization", "Basic cHJvamVjdDp0b2tlbg==")
///     .header("content-type", "application/x-www-form-urlencoded")
///     .body("To=%2B15550100&From=%2B15550199&Url=https%3A%2F%2Fapp.example.com%2Fremind&MachineDetection=Enable".to_owned())
///     .unwrap();
/// let answer = emulator.handle(request).await;
/// assert_eq!(answer.status(), 201);
/// assert_eq!(emulator.transcript().await.said(), ["Your appointment is tomorrow."]);
/// # }
/// ```
#[derive(Clone)]
pub struct Emulator {
    shared: Arc<tokio::sync::Mutex<routes::Platform>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token is never printed.
        f.debug_struct("Emulator").finish_non_exhaustive()
    }
}

/// Twilio mode: the URIs of an answer under Twilio's `/2010-04-01/Accounts/…`, without
/// SignalWire's `/api/laml` (the JSON is written once, with SignalWire's prefix, and rewritten
/// here; a string of the application's own holding `"/api/laml/2010-04-01/` is rewritten too).
fn twilio_uris(response: http::Response<Full<Bytes>>) -> http::Response<Full<Bytes>> {
    let (parts, body) = response.into_parts();
    let Some(bytes) = futures_util::FutureExt::now_or_never(body.collect())
        .and_then(Result::ok)
        .map(|collected| collected.to_bytes())
    else {
        return http::Response::from_parts(parts, Full::new(Bytes::new()));
    };
    let text = String::from_utf8_lossy(&bytes).replace("\"/api/laml/2010-04-01/", "\"/2010-04-01/");
    let mut parts = parts;
    parts.headers.remove(http::header::CONTENT_LENGTH);
    http::Response::from_parts(parts, Full::new(Bytes::from(text)))
}

impl Emulator {
    /// The API of project `project`, answering requests authenticated with Basic auth
    /// `project:token`, served by `simulator` (its account sid becomes `project`).
    ///
    /// With a simulator in `Platform::Twilio` mode it is a local Twilio: give an `AC…`
    /// AccountSid and the Auth Token (also the simulator's
    /// [`signing_key`](Simulator::signing_key), as Twilio signs with it); the URIs answered are
    /// Twilio's (`/2010-04-01/Accounts/…`), and calls and messages get Twilio's sids (`CA…`,
    /// `SM…`).
    pub fn new(simulator: Simulator, project: impl Into<String>, token: impl Into<String>) -> Self {
        let project = project.into();
        let simulator = simulator.account_sid(project.clone());
        Emulator {
            shared: Arc::new(tokio::sync::Mutex::new(routes::Platform::new(
                simulator,
                project,
                token.into(),
            ))),
        }
    }

    /// The most conversations it holds (default [`DEFAULT_MAX_CALLS`]); beyond, creating a call
    /// or a message answers 429 with SignalWire's error JSON.
    pub async fn max_calls(&self, limit: usize) {
        self.shared.lock().await.max_calls = limit;
    }

    /// Sets what the phone at `number` does when a placed call reaches it (a number never set
    /// answers as a person with no input). A `<Dial>` to that number ends as it answers too
    /// (`completed`, `busy`, `no-answer` or `failed`).
    pub async fn phone(&self, number: impl Into<String>, phone: Phone) {
        self.shared.lock().await.set_phone(number.into(), phone);
    }

    /// Where the emulator is reached (default `https://emulator.invalid`; `cxml emulate` sets
    /// `http://127.0.0.1:P`): a cXML script's `request_url` is `{url}/laml-bins/{sid}`, served
    /// there; the simulator's own requests for it are answered from the store, not over the
    /// network.
    pub async fn public_url(&self, url: impl Into<String>) {
        let url: String = url.into();
        let url = url.trim_end_matches('/').to_owned();
        let mut platform = self.shared.lock().await;
        platform.simulator.served_origin = Some(url.clone());
        platform.scripts.lock().public_url = url;
    }

    /// Adds `number` to the project's `IncomingPhoneNumbers` (or changes it) with `config`'s
    /// URLs, as `POST /emulator/numbers` does: a call to it from [`call_in`](Self::call_in)
    /// with an empty URL, `POST /emulator/calls` or `/emulator/messages` without `Url`, runs
    /// its voice or SMS URL (and a call sends the number's status callback); with
    /// `VoiceReceiveMode::Fax`, a fax sent to it runs its voice URL as the fax document.
    /// A URL that is not absolute is refused (the error JSON, as SignalWire's).
    pub async fn number(
        &self,
        number: &str,
        config: &cxml_rest::UpdatePhoneNumber,
    ) -> Result<cxml_rest::PhoneNumber, String> {
        self.shared.lock().await.configure_number(number, config)
    }

    /// Answers one request: the REST API, or an `/emulator/*` control route. Never panics and
    /// never fails: a malformed request is answered 4xx with SignalWire's error JSON.
    pub async fn handle<B>(&self, request: http::Request<B>) -> http::Response<Full<Bytes>>
    where
        B: http_body::Body + Send,
        B::Data: Send,
        B::Error: Into<BoxError>,
    {
        let (parts, body) = request.into_parts();
        let body = match Limited::new(body, MAX_REQUEST_BYTES).collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(_) => {
                return json::error(
                    413,
                    20413,
                    format!(
                        "the request body is larger than {MAX_REQUEST_BYTES} bytes or could not be read"
                    ),
                );
            }
        };
        let mut platform = self.shared.lock().await;
        let response = platform.handle(parts, body).await;
        if platform.simulator.platform == cxml_runtime::schema::Platform::Twilio {
            twilio_uris(response)
        } else {
            response
        }
    }

    /// Calls the application as a caller would (what `POST /emulator/calls` does): an inbound
    /// call to `url` (a path resolves against the simulator's public URL) that waits at a
    /// `<Gather>` once `inputs` are used up. To a number set up with [`number`](Self::number),
    /// an empty `url` runs its voice URL, and its status callback is sent. Runs the platform
    /// until idle; the `CallSid`.
    pub async fn call_in(
        &self,
        url: &str,
        from: Option<&str>,
        to: Option<&str>,
        inputs: Vec<Input>,
    ) -> String {
        let mut platform = self.shared.lock().await;
        platform
            .call_in(url, from, to, http::Method::POST, inputs)
            .await
    }

    /// The user of call `call` presses keys or speaks: a listening `<Gather>` hears it now,
    /// otherwise the next one will. Runs the platform until idle.
    pub async fn input(&self, call: &str, input: Input) -> Result<(), crate::Error> {
        let mut platform = self.shared.lock().await;
        platform.simulator.input(call, input)?;
        platform.settle().await;
        Ok(())
    }

    /// Lets time pass on the virtual clock: `by`, or up to the next timer when `None` (a
    /// listening `<Gather>`'s timeout). Runs the platform until idle.
    pub async fn advance(&self, by: Option<Duration>) {
        let mut platform = self.shared.lock().await;
        platform.advance(by).await;
    }

    /// Everything that happened on the platform.
    pub async fn transcript(&self) -> Transcript {
        self.shared.lock().await.simulator.transcript()
    }

    /// Everything that happened on one call (with its legs) or message.
    pub async fn transcript_of(&self, sid: &str) -> Transcript {
        self.shared.lock().await.simulator.transcript_of(sid)
    }

    /// The steps recorded after the first `from` (for printing them as they happen).
    pub async fn steps_since(&self, from: usize) -> Vec<Step> {
        let platform = self.shared.lock().await;
        platform
            .simulator
            .steps()
            .get(from..)
            .map(<[Step]>::to_vec)
            .unwrap_or_default()
    }

    /// Runs `f` on the simulator (to read queues, conferences, the clock).
    pub async fn with_simulator<R>(&self, f: impl FnOnce(&mut Simulator) -> R) -> R {
        f(&mut self.shared.lock().await.simulator)
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<B> Service<http::Request<B>> for Emulator
where
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    type Response = http::Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        let emulator = self.clone();
        Box::pin(async move { Ok(emulator.handle(request).await) })
    }
}
