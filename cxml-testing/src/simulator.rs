//! The simulated platform: conversations, the clock, and every request it makes.

use std::collections::BTreeMap;
use std::time::Duration;

use bytes::Bytes;
use http::Method;
use tower_service::Service;

use crate::call::{
    CallId, Calls, Channel, Conversation, Fetch, Inbound, Line, Program, Script, State, allows,
};
use crate::clock::Clock;
use crate::error::{Error, ErrorKind};
use crate::event::{Ending, Event, Input, Params, Purpose, Request, Step};
use crate::ids::Ids;
use crate::room::{Queue, Room};
use crate::timeouts::Timeouts;
use crate::transcript::Transcript;
use crate::transport::{Answer, BoxError, HttpTransport, Outgoing, ServiceTransport, Transport};
use crate::verb::{Target, compile, not_requested};
use cxml_runtime::schema::Platform;
use cxml_runtime::schema::url::{UriRef, origin, resolve, strip_fragment};
use cxml_webhook::params::CallStatus;

/// The public URL an in-process application is given when none is set.
pub const DEFAULT_PUBLIC_URL: &str = "https://app.example.com";
/// The signing key used when none is set.
pub const DEFAULT_SIGNING_KEY: &str = "PSK_simulator_key";
/// The `From` of a call or message when the test sets none.
pub const DEFAULT_FROM: &str = "+15551230000";
/// The `To` (the application's number) when the test sets none.
pub const DEFAULT_TO: &str = "+15557650000";
/// Requests one conversation may make before the run stops (a loop guard).
pub const DEFAULT_MAX_REQUESTS: usize = 50;

/// HTTP redirects followed for one request.
const MAX_REDIRECTS: usize = 5;

/// What a verb did to the line of execution it ran on.
pub(crate) enum Flow {
    /// Go on with the next verb.
    Next,
    /// Replace the document with the answer to this request.
    Goto(Fetch),
    /// The conversation is over.
    End(Ending),
}

/// A simulated SignalWire platform, driving an application as SignalWire would: it sends signed
/// webhook requests, reads and validates every cXML answer with [`cxml::parse`](cxml_runtime::parse), and
/// executes the verbs, recording a [`Transcript`]. Time is virtual: nothing sleeps.
///
/// ```
/// # mod cxml { pub mod testing { pub use ::cxml_testing::*; } pub mod webhook { pub use ::cxml_webhook::*; } }
/// use axum::{Router, routing::post};
/// use cxml::testing::{Ending, Simulator};
///
/// async fn voice() -> &'static str {
///     r#"<Response><Gather numDigits="1" action="/menu"><Say>Press 1.</Say></Gather></Response>"#
/// }
/// async fn menu(body: String) -> String {
///     let pressed = body.contains("Digits=1");
///     format!("<Response><Say>{}</Say><Hangup/></Response>", if pressed { "One." } else { "Bye." })
/// }
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let app = Router::new().route("/voice", post(voice)).route("/menu", post(menu));
/// let mut sim = Simulator::new(app);
/// let transcript = sim.call("/voice").digits("1").run().await.unwrap();
/// transcript.assert_said("One.");
/// transcript.assert_ended(Ending::HungUp);
/// assert_eq!(transcript.requests_to("/menu").next().unwrap().params.get("Digits"), Some("1"));
/// # }
/// ```
pub struct Simulator {
    transport: Box<dyn Transport>,
    public_url: String,
    signing_key: String,
    account_sid: String,
    max_requests: usize,
    body_limit: usize,
    timeouts: Timeouts,
    pub(crate) clock: Clock,
    ids: Ids,
    seed: u64,
    pub(crate) calls: Calls,
    pub(crate) queues: BTreeMap<String, Queue>,
    pub(crate) rooms: BTreeMap<String, Room>,
    steps: Vec<Step>,
    /// Callbacks waiting to go out, in order.
    callbacks: Vec<Callback>,
    /// Over HTTP, where requests to the public URL's origin are delivered (the address given to
    /// `over_http`, which the public URL may differ from: a server behind a tunnel).
    address: Option<String>,
    /// Media streams: settings and the `<Start><Stream>`s open (stream.rs).
    pub(crate) streams: crate::stream::Streams,
    /// Requests may go to any http:// origin (`cxml emulate`: each call names its app's URL).
    any_origin: bool,
    /// Another origin requests may go to (the REST emulator's, where it serves cXML scripts).
    pub(crate) served_origin: Option<String>,
    /// How a `<Dial>` to a number ends, by number: the phones the REST door's tests set up
    /// (before the call's own scripted outcomes).
    pub(crate) dial_outcomes:
        std::collections::HashMap<String, cxml_webhook::params::DialCallStatus>,
    /// Whose platform is simulated ([`platform`](Self::platform)).
    pub(crate) platform: Platform,
    /// Twilio mode: the cookies the application set, per call (its `CallSid`) and per SMS
    /// conversation (the two numbers), as `name=value` pairs.
    cookies: BTreeMap<String, BTreeMap<String, String>>,
}

impl Simulator {
    /// A platform for an in-process application: any [`tower_service::Service`] taking
    /// `http::Request<String>`, such as an axum `Router`. Requests go to it with the path and
    /// query in the URI and the public URL's host in `Host`, signed for
    /// [`DEFAULT_PUBLIC_URL`] unless [`public_url`](Self::public_url) says otherwise.
    pub fn new<S, B>(service: S) -> Self
    where
        S: Service<http::Request<String>, Response = http::Response<B>> + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Into<BoxError>,
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        Simulator::with_transport(Box::new(ServiceTransport(service)), DEFAULT_PUBLIC_URL)
    }

    /// A platform for a server already running at `base_url` (`http://127.0.0.1:3000`), reached
    /// over plain HTTP/1.1. Requests are signed for the URLs they go to.
    ///
    /// For a server behind a tunnel or proxy that checks signatures against its public URL, give
    /// that URL with [`public_url`](Self::public_url): requests are then signed for, resolved
    /// against and reported with the public URL, and still delivered to `base_url`.
    pub fn over_http(base_url: impl Into<String>) -> Self {
        let base_url = base_url.into();
        let mut simulator = Simulator::with_transport(Box::new(HttpTransport), &base_url);
        simulator.address = Some(simulator.public_url.clone());
        simulator
    }

    /// A platform that requests any `http://` URL it is given, as SignalWire requests whatever
    /// URL a number or a REST request names: what `cxml emulate` runs. Relative URLs (a path
    /// given to [`call`](Self::call)) resolve against `base_url`; requests are signed for the
    /// URLs they go to.
    pub fn open_http(base_url: impl Into<String>) -> Self {
        let mut simulator = Simulator::with_transport(Box::new(HttpTransport), &base_url.into());
        simulator.any_origin = true;
        simulator
    }

    #[cfg(feature = "rest")]
    /// Puts a transport in front of the one requests go through (the emulator answers its own
    /// URLs, such as a cXML script's, without a request over the network).
    pub(crate) fn wrap_transport(
        &mut self,
        wrap: impl FnOnce(Box<dyn Transport>) -> Box<dyn Transport>,
    ) {
        let inner = std::mem::replace(&mut self.transport, Box::new(HttpTransport));
        self.transport = wrap(inner);
    }

    fn with_transport(transport: Box<dyn Transport>, public_url: &str) -> Self {
        let seed = Ids::random_seed();
        Simulator {
            transport,
            public_url: public_url.trim_end_matches('/').to_owned(),
            signing_key: DEFAULT_SIGNING_KEY.to_owned(),
            account_sid: DEFAULT_ACCOUNT_SID.to_owned(),
            max_requests: DEFAULT_MAX_REQUESTS,
            body_limit: cxml_runtime::ParseOptions::default().max_input_bytes,
            timeouts: Timeouts::default(),
            clock: Clock::default(),
            ids: Ids::seeded(seed),
            seed,
            calls: Calls::default(),
            queues: BTreeMap::new(),
            rooms: BTreeMap::new(),
            steps: Vec::new(),
            callbacks: Vec::new(),
            address: None,
            streams: Default::default(),
            any_origin: false,
            served_origin: None,
            dial_outcomes: std::collections::HashMap::new(),
            platform: Platform::SignalWire,
            cookies: BTreeMap::new(),
        }
    }

    /// Simulates Twilio instead of SignalWire ([`Platform::Twilio`]): documents are read as
    /// Twilio's TwiML (`cxml::schema::twilio`), requests are signed as Twilio signs them
    /// (`X-Twilio-Signature`, with [`signing_key`](Self::signing_key) as the Auth Token) and carry
    /// Twilio's parameters (an `AC…` `AccountSid` unless [`account_sid`](Self::account_sid) gives
    /// one, `Caller`/`Called` on calls, `SmsSid`, `SmsMessageSid`, `SmsStatus`, `NumSegments`
    /// and `ApiVersion` on messages), and the cookies the application sets are kept and sent
    /// back, as Twilio does, for the rest of a call and for later messages between the same two
    /// numbers. Verbs and nouns only Twilio has are read and checked, not simulated.
    pub fn platform(mut self, platform: Platform) -> Self {
        if platform == Platform::Twilio && self.account_sid == DEFAULT_ACCOUNT_SID {
            self.account_sid = DEFAULT_TWILIO_ACCOUNT_SID.to_owned();
        }
        if platform == Platform::SignalWire && self.account_sid == DEFAULT_TWILIO_ACCOUNT_SID {
            self.account_sid = DEFAULT_ACCOUNT_SID.to_owned();
        }
        self.platform = platform;
        self
    }

    /// The cookie jar of a conversation: its call's `CallSid`, or for messages the two numbers.
    fn cookie_key(&self, id: CallId) -> String {
        let conversation = &self.calls[id];
        match conversation.channel {
            Channel::Messaging => {
                let (a, b) = (&conversation.from, &conversation.to);
                if a <= b {
                    format!("sms:{a}|{b}")
                } else {
                    format!("sms:{b}|{a}")
                }
            }
            _ => format!("call:{}", conversation.sid),
        }
    }

    /// Over HTTP, where requests to the public URL's origin are delivered.
    pub(crate) fn address(&self) -> Option<&str> {
        self.address.as_deref()
    }

    /// Makes the run reproducible: every identifier (`CallSid`, `MessageSid`, `RecordingSid`,
    /// `ConferenceSid`…) is drawn from `seed`, so the same calls get the same identifiers, for
    /// snapshot tests. Without a seed they are random per run, as on the platform (random
    /// version 4 UUIDs, SignalWire's format).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self.ids = Ids::seeded(seed);
        self
    }

    /// The seed identifiers are drawn from (give it to [`seed`](Self::seed) to repeat a run).
    pub fn seed_value(&self) -> u64 {
        self.seed
    }

    /// The Signing Key requests are signed with (what the application verifies against).
    pub fn signing_key(mut self, key: impl Into<String>) -> Self {
        self.signing_key = key.into();
        self
    }

    /// The public base URL of the application (`https://abc.ngrok.app`): relative URLs resolve
    /// against it, signatures cover it and the transcript shows it (give the application the
    /// same URL, e.g. in its `WebhookConfig`). In process it is also the `Host` requests carry;
    /// over HTTP, requests to it are delivered to the address given to
    /// [`over_http`](Self::over_http), with `Host`, `X-Forwarded-Proto` and `X-Forwarded-Host`
    /// as a tunnel would send them.
    pub fn public_url(mut self, url: impl Into<String>) -> Self {
        self.public_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// The `AccountSid` sent with every request.
    pub fn account_sid(mut self, sid: impl Into<String>) -> Self {
        self.account_sid = sid.into();
        self
    }

    /// The most requests one conversation may make (default [`DEFAULT_MAX_REQUESTS`]); the run
    /// stops with [`ErrorKind::RequestLimit`] naming the loop.
    pub fn max_requests(mut self, limit: usize) -> Self {
        self.max_requests = limit;
        self
    }

    /// Time limits for each request (default SignalWire's: 2 s connect, 5 s read, 15 s total);
    /// a URL's `#ot=…&rt=…&tt=…` fragment still overrides them for that URL.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The public base URL requests are signed for.
    pub fn url(&self) -> &str {
        &self.public_url
    }

    /// The `AccountSid` sent with every request.
    pub(crate) fn account(&self) -> &str {
        &self.account_sid
    }

    /// The virtual time since the platform started.
    pub fn now(&self) -> Duration {
        self.clock.now()
    }

    /// An inbound call to `url` (a path such as `/voice`, or an absolute URL of the
    /// application), as the number's voice URL. Script the caller on the builder, then
    /// [`run`](CallBuilder::run) it or [`start`](CallBuilder::start) it among others.
    pub fn call(&mut self, url: &str) -> CallBuilder<'_> {
        let url = self.absolute(url);
        CallBuilder {
            simulator: self,
            url,
            method: Method::POST,
            from: DEFAULT_FROM.to_owned(),
            to: DEFAULT_TO.to_owned(),
            script: Script::default(),
            status_callback: None,
            direction: cxml_webhook::params::CallDirection::Inbound,
        }
    }

    /// An inbound SMS (or, with [`media`](MessageBuilder::media), MMS) to `url`, as the number's
    /// messaging URL.
    pub fn message(&mut self, url: &str, body: impl Into<String>) -> MessageBuilder<'_> {
        let url = self.absolute(url);
        MessageBuilder {
            simulator: self,
            url,
            method: Method::POST,
            follow_ups: Vec::new(),
            from: DEFAULT_FROM.to_owned(),
            to: DEFAULT_TO.to_owned(),
            inbound: Inbound {
                body: body.into(),
                media: Vec::new(),
            },
            script: Script::default(),
        }
    }

    /// An inbound fax to `url`, as the number's fax URL.
    pub fn fax(&mut self, url: &str) -> FaxBuilder<'_> {
        let url = self.absolute(url);
        FaxBuilder {
            simulator: self,
            url,
            from: DEFAULT_FROM.to_owned(),
            to: DEFAULT_TO.to_owned(),
            script: Script::default(),
        }
    }

    pub(crate) fn absolute(&self, url: &str) -> String {
        resolve(&format!("{}/", self.public_url), url).unwrap_or_else(|_| url.to_owned())
    }

    /// Runs every conversation until each has ended or waits for something only the test can
    /// do (a caller on hold in a queue nobody dials, a conference that has not ended).
    ///
    /// Errors stop the run: the conversation at fault is ended, the others stay as they are.
    pub async fn run(&mut self) -> Result<(), Error> {
        loop {
            while let Some(id) = self.calls.ids().find(|&id| self.can_step(id)) {
                self.step(id).await?;
            }
            // Nothing else can happen: the callbacks still queued go out.
            let Some(id) = self.callbacks.first().map(|callback| callback.id) else {
                return Ok(());
            };
            self.flush_callbacks(id).await;
        }
    }

    /// Queues caller input for a call, for its next `Gather`. A caller holding in a queue whose
    /// wait document has ended hears it again (SignalWire loops it), so a `Gather` there takes
    /// the input with the next [`run`](Self::run).
    pub fn input(&mut self, call: &str, input: Input) -> Result<(), Error> {
        let id = self.find_call(call)?;
        if matches!(self.calls[id].state, State::Listening { .. }) {
            // A `Gather` waiting for input hears it now.
            return self.resume_gather(id, input, false);
        }
        let conversation = &mut self.calls[id];
        conversation.script.inputs.push_back(input);
        if matches!(conversation.state, State::Queued { .. }) && !conversation.wait.has_work() {
            self.restart_wait(id);
        }
        Ok(())
    }

    /// The caller hangs up: the call leaves its queue or conference (sending the callbacks that
    /// asks for) and ends. Run the platform again to let the others react.
    pub async fn hang_up(&mut self, call: &str) -> Result<(), Error> {
        let id = self.find_call(call)?;
        if self.calls[id].state != State::Ended {
            self.end(id, Ending::CallerHungUp).await?;
        }
        Ok(())
    }

    /// Moves a live call to a new document, as a REST call update with a `Url` does: the call
    /// leaves what it is doing (a queue, with `QueueResult=redirected` sent to its
    /// `<Enqueue action>`; a conference; an endless `<Play>`) and runs the document at `url`
    /// (a path resolves against the public URL) from the next [`run`](Self::run).
    pub async fn redirect(&mut self, call: &str, url: &str, method: Method) -> Result<(), Error> {
        let id = self.find_call(call)?;
        if self.calls[id].state == State::Ended {
            return Err(Error {
                call: call.to_owned(),
                request: None,
                kind: ErrorKind::Script(format!("call {call} has ended: it cannot be redirected")),
                transcript: self.transcript(),
            });
        }
        let url = self.absolute(url);
        let state = std::mem::replace(&mut self.calls[id].state, State::Running);
        self.calls[id].wait = Line::Idle;
        self.calls[id].pending_gather = None;
        match state {
            State::Queued { queue } => {
                self.leave_queue(id, &queue, cxml_webhook::params::QueueResult::Redirected)
                    .await?
            }
            State::Conferencing { room } => self.leave_room(id, &room).await?,
            _ => {}
        }
        self.record(id, Event::Redirected { url: url.clone() });
        self.calls[id].line = Line::Fetch(Fetch {
            purpose: Purpose::Updated,
            url,
            method,
            extra: Params::default(),
        });
        Ok(())
    }

    /// Lets `by` pass on the virtual clock: every call listening on a `<Gather>` whose timeout
    /// comes within it goes on as on a timeout (see [`CallBuilder::wait_at_gather`]), then the
    /// platform runs until it is idle. This is how a test says "let time pass"; nothing sleeps.
    pub async fn advance(&mut self, by: Duration) -> Result<(), Error> {
        self.clock.advance(by);
        let now = self.clock.now();
        let mut due: Vec<(Duration, CallId)> = self
            .calls
            .ids()
            .filter_map(|id| match self.calls[id].state {
                State::Listening { until } if until <= now => Some((until, id)),
                _ => None,
            })
            .collect();
        due.sort_by_key(|(until, _)| *until);
        for (_, id) in due {
            self.resume_gather(id, Input::Timeout, true)?;
        }
        self.run().await
    }

    /// How long until the next timer on the virtual clock (a listening `<Gather>`'s timeout),
    /// if any call waits on one.
    pub fn next_timer(&self) -> Option<Duration> {
        let now = self.clock.now();
        self.calls
            .iter()
            .filter_map(|conversation| match conversation.state {
                State::Listening { until } => Some(until.saturating_sub(now)),
                _ => None,
            })
            .min()
    }

    #[cfg(feature = "rest")]
    /// Every step recorded so far, in order.
    pub(crate) fn steps(&self) -> &[Step] {
        &self.steps
    }

    #[cfg(feature = "rest")]
    /// Gives a call the document `xml` (sent inline, as a REST request's `Twiml`) to run instead
    /// of its first request; relative URLs in it resolve against the public URL.
    pub(crate) fn load_inline(&mut self, id: CallId, xml: String) -> Result<(), Error> {
        let url = format!("{}/", self.public_url);
        let program = self.read_document(
            id,
            "inline document".to_owned(),
            url,
            xml.into_bytes(),
            None,
        )?;
        self.calls[id].line = Line::Run(program);
        Ok(())
    }

    #[cfg(feature = "rest")]
    /// Sends a callback now (a call's `initiated`, `ringing` and `answered` events, which go out
    /// before its first request); a failure is recorded.
    pub(crate) async fn callback_now(
        &mut self,
        id: CallId,
        purpose: Purpose,
        method: Method,
        url: String,
        params: Params,
    ) {
        self.deliver_callback(Callback {
            id,
            purpose,
            method,
            url,
            params,
        })
        .await;
    }

    #[cfg(feature = "rest")]
    /// Adds a conversation that is already set up (its sid set by the caller); its id.
    pub(crate) fn add_conversation(&mut self, conversation: Conversation) -> CallId {
        self.calls.add(conversation)
    }

    /// Everything that happened on the platform, in order.
    pub fn transcript(&self) -> Transcript {
        Transcript::new(self.steps.clone())
    }

    /// Everything that happened on one conversation: a call (with the legs it dialled that ran
    /// a document), or a message with the messages that followed it
    /// ([`MessageBuilder::then`]).
    pub fn transcript_of(&self, call: &str) -> Transcript {
        let sids: Vec<&str> = self
            .calls
            .iter()
            .filter(|conversation| {
                conversation.sid == call
                    || conversation.thread.as_deref() == Some(call)
                    || (conversation.callee_leg && conversation.parent.as_deref() == Some(call))
            })
            .map(|conversation| conversation.sid.as_str())
            .collect();
        Transcript::new(
            self.steps
                .iter()
                .filter(|step| step.call == call || sids.contains(&step.call.as_str()))
                .cloned()
                .collect(),
        )
    }

    /// Whether a conversation has ended.
    pub fn has_ended(&self, call: &str) -> bool {
        self.calls
            .find(call)
            .is_some_and(|id| self.calls[id].state == State::Ended)
    }

    pub(crate) fn find_call(&self, call: &str) -> Result<CallId, Error> {
        self.calls.find(call).ok_or_else(|| Error {
            call: call.to_owned(),
            request: None,
            kind: ErrorKind::Script(format!("no call {call} on this platform")),
            transcript: self.transcript(),
        })
    }

    pub(crate) fn new_sid(&mut self) -> String {
        self.ids.uuid()
    }

    /// The sid of a new call or message: SignalWire's UUID, or in Twilio mode `prefix` (`CA`,
    /// `SM`) and 32 hex digits, as Twilio's.
    pub(crate) fn new_sid_for(&mut self, channel: Channel) -> String {
        let uuid = self.ids.uuid();
        if self.platform != Platform::Twilio {
            return uuid;
        }
        let prefix = match channel {
            Channel::Messaging => "SM",
            Channel::Fax => "FX",
            _ => "CA",
        };
        format!("{prefix}{}", uuid.replace('-', ""))
    }

    pub(crate) fn sid_of(&self, id: CallId) -> String {
        self.calls[id].sid.clone()
    }

    /// Adds a conversation and records nothing yet; it runs with the next [`run`](Self::run).
    pub(crate) fn open(
        &mut self,
        mut conversation: Conversation,
        url: String,
        method: Method,
    ) -> String {
        let sid = self.new_sid_for(conversation.channel);
        conversation.sid = sid.clone();
        conversation.entry = Some((url.clone(), method.clone()));
        conversation.line = Line::Fetch(Fetch {
            purpose: Purpose::Initial,
            url,
            method,
            extra: Params::default(),
        });
        self.calls.add(conversation);
        sid
    }

    pub(crate) fn can_step(&self, id: CallId) -> bool {
        let conversation = &self.calls[id];
        match &conversation.state {
            State::Running => conversation.line.has_work(),
            State::Queued { .. } | State::Conferencing { .. } => conversation.wait.has_work(),
            State::Holding | State::Listening { .. } | State::Ended => false,
        }
    }

    /// Runs one step of a conversation: a request, or one verb.
    pub(crate) async fn step(&mut self, id: CallId) -> Result<(), Error> {
        let on_wait = matches!(
            self.calls[id].state,
            State::Queued { .. } | State::Conferencing { .. }
        );
        let profile = self.profile(id);
        let slot = |conversation: &mut Conversation| -> Line {
            let line = if on_wait {
                &mut conversation.wait
            } else {
                &mut conversation.line
            };
            std::mem::replace(line, Line::Idle)
        };
        let line = slot(&mut self.calls[id]);
        match line {
            Line::Idle => Ok(()),
            Line::Fetch(fetch) => {
                let program = self.fetch(id, fetch, profile).await?;
                self.set_line(id, on_wait, Line::Run(program));
                // The callbacks of what came before go out after the request that carries the
                // call on.
                self.flush_callbacks(id).await;
                Ok(())
            }
            Line::Run(mut program) => {
                let Some(verb) = program.verbs.get(program.next).cloned() else {
                    // The end of the document: a wait document leaves the caller holding, a
                    // callee's document leaves it to be connected.
                    if !on_wait && !self.calls[id].callee_leg {
                        self.end(id, Ending::EndOfDocument).await?;
                    }
                    return Ok(());
                };
                program.next += 1;
                let document_url = program.url.clone();
                self.set_line(id, on_wait, Line::Run(program));
                let flow = self.execute(id, verb, &document_url, on_wait).await?;
                match flow {
                    Flow::Next => {}
                    Flow::Goto(fetch) => {
                        // The verb may have moved the call (out of a queue): follow its state.
                        let on_wait = matches!(
                            self.calls[id].state,
                            State::Queued { .. } | State::Conferencing { .. }
                        );
                        self.set_line(id, on_wait, Line::Fetch(fetch));
                    }
                    Flow::End(ending) => self.end(id, ending).await?,
                }
                Ok(())
            }
        }
    }

    pub(crate) fn set_line(&mut self, id: CallId, on_wait: bool, line: Line) {
        let conversation = &mut self.calls[id];
        if on_wait {
            conversation.wait = line;
        } else {
            conversation.line = line;
        }
    }

    /// The verbs the document being run may use, when it is a wait document.
    fn profile(&self, id: CallId) -> Option<&'static [&'static str]> {
        match self.calls[id].state {
            State::Queued { .. } => Some(&[
                "Play", "Say", "Pause", "Hangup", "Redirect", "Leave", "Gather",
            ]),
            State::Conferencing { .. } => Some(&["Play", "Pause", "Redirect"]),
            _ => None,
        }
    }

    /// Ends a conversation: out of its queue or conference, then the `end` event.
    pub(crate) async fn end(&mut self, id: CallId, ending: Ending) -> Result<(), Error> {
        let state = std::mem::replace(&mut self.calls[id].state, State::Ended);
        let conversation = &mut self.calls[id];
        conversation.line = Line::Idle;
        conversation.wait = Line::Idle;
        // A call rejected while ringing keeps the status its `<Reject>` gave it.
        if !(ending == Ending::Rejected && conversation.status != CallStatus::InProgress) {
            conversation.status = CallStatus::Completed;
        }
        match state {
            State::Queued { queue } => {
                self.leave_queue(id, &queue, cxml_webhook::params::QueueResult::Hangup)
                    .await?
            }
            State::Conferencing { room } => self.leave_room(id, &room).await?,
            _ => {}
        }
        // Media streams end with the call (stream.rs).
        self.close_streams_of(id).await;
        self.record(id, Event::End { reason: ending });
        self.call_ended_callback(id);
        self.flush_callbacks(id).await;
        self.next_message(id);
        Ok(())
    }

    /// Queues the status callback of the number (or the REST call) for a call that ended: its
    /// standard parameters with the final `CallStatus`, `CallDuration` and `Timestamp`.
    pub(crate) fn call_ended_callback(&mut self, id: CallId) {
        let conversation = &self.calls[id];
        let Some((url, method)) = conversation.status_callback.clone() else {
            return;
        };
        let duration = conversation
            .answered_at
            .map_or(0, |answered| (self.clock.now() - answered).as_secs());
        let mut params = self.standard_params(id);
        params.push("CallDuration", duration.to_string());
        params.push("Timestamp", self.clock.rfc2822());
        params.push("CallbackSource", "call-progress-events");
        self.callbacks.push(Callback {
            id,
            purpose: Purpose::CallStatus,
            method,
            url,
            params,
        });
    }

    /// The sender's next message, once the reply to the one before is done: a new message
    /// (its own `MessageSid`) between the same numbers, to the same URL.
    fn next_message(&mut self, id: CallId) {
        let conversation = &mut self.calls[id];
        let Some(inbound) = conversation.follow_ups.pop_front() else {
            return;
        };
        let Some((url, method)) = conversation.entry.clone() else {
            return;
        };
        let mut next = Conversation::new(
            conversation.channel,
            conversation.from.clone(),
            conversation.to.clone(),
            conversation.script.clone(),
        );
        next.inbound = inbound;
        next.follow_ups = std::mem::take(&mut conversation.follow_ups);
        next.thread = Some(
            conversation
                .thread
                .clone()
                .unwrap_or_else(|| conversation.sid.clone()),
        );
        self.open(next, url, method);
    }

    pub(crate) fn record(&mut self, id: CallId, event: Event) {
        let call = self.sid_of(id);
        self.steps.push(Step {
            at: self.clock.now(),
            call,
            event,
        });
    }

    /// Stops a conversation with an error: recorded, the conversation ended, the error returned.
    pub(crate) fn fail(&mut self, id: CallId, request: Option<String>, kind: ErrorKind) -> Error {
        let mut message = kind.to_string();
        if let Some(request) = &request {
            message = format!("{request}: {message}");
        }
        self.record(id, Event::Error { message });
        let conversation = &mut self.calls[id];
        conversation.state = State::Ended;
        conversation.line = Line::Idle;
        conversation.wait = Line::Idle;
        self.callbacks.retain(|callback| callback.id != id);
        for queue in self.queues.values_mut() {
            queue.callers.retain(|caller| caller.id != id);
        }
        for room in self.rooms.values_mut() {
            room.participants.retain(|participant| participant.id != id);
        }
        Error {
            call: self.sid_of(id),
            request,
            kind,
            transcript: self.transcript(),
        }
    }

    /// Resolves a URL written in a document against the document's URL.
    pub(crate) fn resolve(
        &mut self,
        id: CallId,
        document_url: &str,
        reference: &str,
    ) -> Result<String, Error> {
        resolve(document_url, reference)
            .map_err(|message| self.fail(id, None, ErrorKind::Url(message)))
    }

    /// A document request for `target` (or, without one, the current document).
    pub(crate) fn fetch_for(
        &mut self,
        id: CallId,
        purpose: Purpose,
        target: Option<&Target>,
        document_url: &str,
        default_method: Method,
        extra: Params,
    ) -> Result<Fetch, Error> {
        let (url, method) = match target {
            Some(target) => (
                self.resolve(id, document_url, &target.url)?,
                target.method.clone(),
            ),
            None => (document_url.to_owned(), default_method),
        };
        Ok(Fetch {
            purpose,
            url,
            method,
            extra,
        })
    }

    /// Continues with the answer to a request for `target` (or, without one, the current
    /// document), by POST unless the target says otherwise.
    pub(crate) fn goto(
        &mut self,
        id: CallId,
        purpose: Purpose,
        target: Option<&Target>,
        document_url: &str,
        extra: Params,
    ) -> Result<Flow, Error> {
        self.fetch_for(id, purpose, target, document_url, Method::POST, extra)
            .map(Flow::Goto)
    }

    /// The standard parameters of the conversation's channel.
    pub(crate) fn standard_params(&self, id: CallId) -> Params {
        let conversation = &self.calls[id];
        let mut params = Params::default();
        params.push("AccountSid", &self.account_sid);
        match conversation.channel {
            Channel::Voice => {
                params.push("ApiVersion", "2010-04-01");
                params.push("CallSid", &conversation.sid);
                params.push("CallStatus", conversation.status.as_str());
                params.push("Direction", conversation.direction.as_str());
                params.push("From", &conversation.from);
                params.push("To", &conversation.to);
                if self.platform == Platform::Twilio {
                    params.push("Caller", &conversation.from);
                    params.push("Called", &conversation.to);
                }
                if let Some(parent) = &conversation.parent {
                    params.push("ParentCallSid", parent);
                }
            }
            Channel::Messaging => {
                params.push("MessageSid", &conversation.sid);
                if self.platform == Platform::Twilio {
                    params.push("SmsMessageSid", &conversation.sid);
                    params.push("SmsSid", &conversation.sid);
                    params.push("SmsStatus", "received");
                    params.push("NumSegments", "1");
                    params.push("ApiVersion", "2010-04-01");
                }
                params.push("From", &conversation.from);
                params.push("To", &conversation.to);
                params.push("Body", &conversation.inbound.body);
                params.push("NumMedia", conversation.inbound.media.len().to_string());
                for (n, (url, content_type)) in conversation.inbound.media.iter().enumerate() {
                    params.push(format!("MediaUrl{n}"), url);
                    params.push(format!("MediaContentType{n}"), content_type);
                }
            }
            Channel::Fax => {
                params.push("ApiVersion", "2010-04-01");
                params.push("FaxSid", &conversation.sid);
                params.push("From", &conversation.from);
                params.push("To", &conversation.to);
            }
        }
        params
    }

    /// Fetches, reads and checks a document outside any wait document.
    pub(crate) async fn fetch_document(
        &mut self,
        id: CallId,
        fetch: Fetch,
    ) -> Result<Program, Error> {
        self.fetch(id, fetch, None).await
    }

    /// Fetches, reads and checks a document, ready to run.
    async fn fetch(
        &mut self,
        id: CallId,
        fetch: Fetch,
        profile: Option<&'static [&'static str]>,
    ) -> Result<Program, Error> {
        let mut params = self.standard_params(id);
        params.0.extend(fetch.extra.0);
        let line = request_line(&fetch.method, &fetch.url);
        let answer = self
            .send(id, fetch.purpose, fetch.method, &fetch.url, params)
            .await?;
        // Relative URLs in a document resolve against where it came from.
        let url = answer.redirected_to.unwrap_or(fetch.url);
        self.read_document(id, line, url, answer.body, profile)
    }

    /// Requests a document that no call will run (an `<Enqueue action>` once its call has been
    /// bridged or has hung up): the answer is still checked, but, as for a callback, a failed
    /// request is an [`Event::Callback`] and nothing stops.
    pub(crate) async fn fetch_unrun(&mut self, id: CallId, fetch: Fetch) -> Result<(), Error> {
        let mut params = self.standard_params(id);
        params.0.extend(fetch.extra.0);
        let line = request_line(&fetch.method, &fetch.url);
        let failure = match self
            .deliver(id, fetch.purpose, fetch.method, &fetch.url, params)
            .await
        {
            Ok(answer) if (200..300).contains(&answer.status) => {
                return self
                    .read_document(id, line, fetch.url, answer.body, None)
                    .map(drop);
            }
            Ok(answer) => (Some(answer.status), None),
            Err(kind) => (None, Some(kind.to_string())),
        };
        self.record(
            id,
            Event::Callback {
                purpose: fetch.purpose,
                url: strip_fragment(&fetch.url).to_owned(),
                status: failure.0,
                error: failure.1,
            },
        );
        Ok(())
    }

    /// Reads and checks the answer to a document request, ready to run.
    fn read_document(
        &mut self,
        id: CallId,
        line: String,
        url: String,
        body: Vec<u8>,
        profile: Option<&'static [&'static str]>,
    ) -> Result<Program, Error> {
        let body = match String::from_utf8(body) {
            Ok(body) => body,
            Err(_) => {
                return Err(self.fail(
                    id,
                    Some(line),
                    ErrorKind::Invalid {
                        problems: vec!["the answer is not UTF-8 text".to_owned()],
                    },
                ));
            }
        };
        let options = cxml_runtime::ParseOptions::default().with_platform(self.platform);
        let verbs = match cxml_runtime::parse_with(&body, &options) {
            Ok(document) => {
                for what in not_requested(&document) {
                    self.record(id, Event::NotSimulated { what });
                }
                compile(&document)
            }
            Err(error) => {
                let problems = error
                    .problems()
                    .iter()
                    .map(|problem| problem.to_string())
                    .collect();
                return Err(self.fail(id, Some(line), ErrorKind::Invalid { problems }));
            }
        };
        let channel = self.calls[id].channel;
        if let Some(verb) = verbs.iter().find(|verb| !allows(channel, verb.name())) {
            let kind = ErrorKind::WrongChannel {
                expected: channel.name(),
                verb: verb.name().to_owned(),
            };
            return Err(self.fail(id, Some(line), kind));
        }
        if let Some(allowed) = profile
            && let Some(verb) = verbs.iter().find(|verb| !allowed.contains(&verb.name()))
        {
            let kind = ErrorKind::NotAllowedInWait {
                verb: verb.name().to_owned(),
                allowed,
            };
            return Err(self.fail(id, Some(line), kind));
        }
        Ok(Program {
            url,
            verbs,
            next: 0,
        })
    }

    /// A callback (a request whose answer is not a document): resolved against the document
    /// URL, with `params` after the call's standard parameters when `standard`. It is queued,
    /// not sent: callbacks go out on their own after the request that carries the call on
    /// (see [`flush_callbacks`](Self::flush_callbacks)), and one that fails does not stop the
    /// call.
    pub(crate) async fn notify(
        &mut self,
        id: CallId,
        purpose: Purpose,
        target: &Target,
        document_url: &str,
        params: Params,
        standard: bool,
    ) -> Result<(), Error> {
        let url = self.resolve(id, document_url, &target.url)?;
        let mut all = if standard {
            self.standard_params(id)
        } else {
            Params::default()
        };
        all.0.extend(params.0);
        let callback = Callback {
            id,
            purpose,
            method: target.method.clone(),
            url,
            params: all,
        };
        if purpose == Purpose::PayStatus {
            // Sent while the caller enters the card, before the `<Pay action>`.
            self.deliver_callback(callback).await;
        } else {
            self.callbacks.push(callback);
        }
        Ok(())
    }

    /// Sends the callbacks queued for a call, in order. Each failure is an
    /// [`Event::Callback`]; the call goes on.
    pub(crate) async fn flush_callbacks(&mut self, id: CallId) {
        let (due, kept): (Vec<Callback>, Vec<Callback>) = std::mem::take(&mut self.callbacks)
            .into_iter()
            .partition(|callback| callback.id == id);
        self.callbacks = kept;
        for callback in due {
            self.deliver_callback(callback).await;
        }
    }

    /// Sends one callback; a failure is recorded, never an error.
    async fn deliver_callback(&mut self, callback: Callback) {
        let Callback {
            id,
            purpose,
            method,
            url,
            params,
        } = callback;
        let failure = match self.deliver(id, purpose, method, &url, params).await {
            Ok(answer) if (200..300).contains(&answer.status) => return,
            Ok(answer) => (Some(answer.status), None),
            Err(kind) => (None, Some(kind.to_string())),
        };
        self.record(
            id,
            Event::Callback {
                purpose,
                url: strip_fragment(&url).to_owned(),
                status: failure.0,
                error: failure.1,
            },
        );
    }

    /// Signs, sends and records one document request; a non-2xx answer is an error.
    pub(crate) async fn send(
        &mut self,
        id: CallId,
        purpose: Purpose,
        method: Method,
        url: &str,
        params: Params,
    ) -> Result<Answer, Error> {
        let line = request_line(&method, url);
        let conversation = &mut self.calls[id];
        conversation.requests += 1;
        if purpose.expects_document() {
            conversation.documents.push(line.clone());
        }
        if conversation.requests > self.max_requests {
            let cycle = find_cycle(&conversation.documents);
            let kind = ErrorKind::RequestLimit {
                limit: self.max_requests,
                cycle,
            };
            return Err(self.fail(id, Some(line), kind));
        }
        let answer = match self.deliver(id, purpose, method, url, params).await {
            Ok(answer) => answer,
            Err(kind) => return Err(self.fail(id, Some(line), kind)),
        };
        if !(200..300).contains(&answer.status) {
            let kind = ErrorKind::Status {
                status: answer.status,
                body: excerpt(&String::from_utf8_lossy(&answer.body)),
            };
            return Err(self.fail(id, Some(line), kind));
        }
        Ok(answer)
    }

    /// Signs and sends one request over its public URL (to the application's address), and
    /// records it with the answer's status. A redirect (301, 302, 303, 307, 308 with a
    /// `Location`) is followed, as the platform follows it: by a GET without the parameters
    /// (webhooks.md: "the redirect is followed but `Digits` is not re-sent"), at most
    /// [`MAX_REDIRECTS`] times.
    async fn deliver(
        &mut self,
        id: CallId,
        purpose: Purpose,
        method: Method,
        url: &str,
        params: Params,
    ) -> Result<Answer, ErrorKind> {
        let mut answer = self.deliver_once(id, purpose, method, url, params).await?;
        let mut at = url.to_owned();
        for _ in 0..MAX_REDIRECTS {
            let Some(location) = answer
                .location
                .clone()
                .filter(|_| matches!(answer.status, 301 | 302 | 303 | 307 | 308))
            else {
                break;
            };
            at = resolve(strip_fragment(&at), &location).map_err(ErrorKind::Url)?;
            answer = self
                .deliver_once(id, purpose, Method::GET, &at, Params::default())
                .await?;
            answer.redirected_to = Some(at.clone());
        }
        Ok(answer)
    }

    /// Signs, sends and records one request.
    async fn deliver_once(
        &mut self,
        id: CallId,
        purpose: Purpose,
        method: Method,
        url: &str,
        params: Params,
    ) -> Result<Answer, ErrorKind> {
        let served = self
            .served_origin
            .as_deref()
            .is_some_and(|served| origin(url) == origin(served));
        if origin(url).is_none()
            || (!self.any_origin && !served && origin(url) != origin(&self.public_url))
        {
            return Err(ErrorKind::Url(format!(
                "`{}` is outside the application under test ({})",
                strip_fragment(url),
                self.public_url
            )));
        }
        let bare = strip_fragment(url).to_owned();
        let sign = match self.platform {
            Platform::Twilio => cxml_webhook::sign_twilio_form,
            _ => cxml_webhook::sign_form,
        };
        let (requested, body, signature) = if method == Method::GET {
            let requested = with_query(&bare, &params.encode());
            let signature = sign(&self.signing_key, &requested, &[]);
            (requested, String::new(), signature)
        } else {
            let signature = sign(&self.signing_key, &bare, &params.pairs());
            (bare.clone(), params.encode(), signature)
        };
        let twilio = self.platform == Platform::Twilio;
        let jar = twilio.then(|| self.cookie_key(id));
        let cookie = jar
            .as_ref()
            .and_then(|jar| self.cookies.get(jar))
            .filter(|cookies| !cookies.is_empty())
            .map(|cookies| {
                cookies
                    .iter()
                    .map(|(name, value)| format!("{name}={value}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            });
        let outgoing = Outgoing {
            signature_header: if twilio {
                crate::transport::TWILIO_SIGNATURE_HEADER
            } else {
                crate::transport::SIGNATURE_HEADER
            },
            cookie,
            method: method.clone(),
            url: requested,
            address: self.address.clone(),
            body,
            signature,
            timeouts: self.timeouts.with_fragment_of(url),
            limit: self.body_limit,
        };
        let answer = self.transport.send(outgoing).await?;
        if let Some(jar) = jar {
            let cookies = self.cookies.entry(jar).or_default();
            for set_cookie in &answer.set_cookies {
                set_cookie_into(cookies, set_cookie);
            }
        }
        let text = String::from_utf8_lossy(&answer.body).into_owned();
        self.record(
            id,
            Event::Request(Request {
                purpose,
                method: method.to_string(),
                url: bare,
                params,
                status: answer.status,
                body: text,
            }),
        );
        Ok(answer)
    }
}

/// The `AccountSid` SignalWire's requests carry unless the test gives one: a project ID.
const DEFAULT_ACCOUNT_SID: &str = "00000000-0000-4000-8000-00000000ac01";

/// The `AccountSid` Twilio's requests carry unless the test gives one: `AC` and 32 hex digits.
const DEFAULT_TWILIO_ACCOUNT_SID: &str = "AC0000000000000000000000000000ac01";

/// Applies one `Set-Cookie` value to a jar: `name=value` kept (attributes such as `Path` are
/// not), removed when it expires now (`Max-Age=0` or less, or an empty value).
fn set_cookie_into(jar: &mut BTreeMap<String, String>, set_cookie: &str) {
    let mut parts = set_cookie.split(';');
    let Some((name, value)) = parts.next().and_then(|pair| pair.split_once('=')) else {
        return;
    };
    let (name, value) = (name.trim(), value.trim());
    if name.is_empty() {
        return;
    }
    let expired = parts.any(|attribute| {
        let (key, rest) = attribute.split_once('=').unwrap_or((attribute, ""));
        key.trim().eq_ignore_ascii_case("max-age")
            && rest.trim().parse::<i64>().is_ok_and(|age| age <= 0)
    });
    if expired || value.is_empty() {
        jar.remove(name);
    } else {
        jar.insert(name.to_owned(), value.to_owned());
    }
}

/// A callback waiting to go out.
#[derive(Debug, Clone)]
pub(crate) struct Callback {
    id: CallId,
    purpose: Purpose,
    method: Method,
    url: String,
    params: Params,
}

/// `METHOD path?query` for messages.
fn request_line(method: &Method, url: &str) -> String {
    format!("{method} {}", strip_fragment(url))
}

/// The URL with `query` appended to its query string.
fn with_query(url: &str, query: &str) -> String {
    if query.is_empty() {
        url.to_owned()
    } else if UriRef::parse(url).query().is_some() {
        format!("{url}&{query}")
    } else {
        format!("{url}?{query}")
    }
}

/// The first 200 characters of a body, on one line.
fn excerpt(body: &str) -> String {
    let line: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// The shortest run of requests that repeats at the end of `requests` (twice in a row).
fn find_cycle(requests: &[String]) -> Vec<String> {
    let n = requests.len();
    (1..=n / 2)
        .find(|&period| requests[n - period..] == requests[n - 2 * period..n - period])
        .map(|period| requests[n - period..].to_vec())
        .unwrap_or_default()
}

/// The methods every conversation builder shares: the two numbers, `start` and `run`.
macro_rules! conversation_builder {
    ($builder:ident, $what:literal, $sid:literal) => {
        impl<'s> $builder<'s> {
            /// The number of the caller or sender (default [`DEFAULT_FROM`]).
            pub fn from(mut self, number: impl Into<String>) -> Self {
                self.from = number.into();
                self
            }

            #[doc = concat!("The number ", $what, " (default [`DEFAULT_TO`]).")]
            pub fn to(mut self, number: impl Into<String>) -> Self {
                self.to = number.into();
                self
            }

            #[doc = concat!("Adds it to the platform without running it; returns its `", $sid, "`. Run the platform with [`Simulator::run`].")]
            pub fn start(self) -> String {
                self.open().1
            }

            /// Adds it to the platform and runs the platform until it is idle; its transcript.
            pub async fn run(self) -> Result<Transcript, Error> {
                let (simulator, sid) = self.open();
                simulator.run().await?;
                Ok(simulator.transcript_of(&sid))
            }
        }
    };
}

conversation_builder!(CallBuilder, "called", "CallSid");
conversation_builder!(MessageBuilder, "messaged", "MessageSid");
conversation_builder!(FaxBuilder, "faxed", "FaxSid");

/// A call to start: who calls, and what the caller and the far ends will do.
#[must_use = "a call does nothing until it is run or started"]
pub struct CallBuilder<'s> {
    simulator: &'s mut Simulator,
    url: String,
    method: Method,
    from: String,
    to: String,
    script: Script,
    status_callback: Option<(String, Method)>,
    direction: cxml_webhook::params::CallDirection,
}

impl<'s> CallBuilder<'s> {
    /// The method of the first request (a number's voice URL may be set to GET; default POST).
    pub fn method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }

    /// The caller's next input, for the next `Gather` (inputs are used in order; with none left
    /// a `Gather` times out).
    pub fn input(mut self, input: Input) -> Self {
        self.script.inputs.push_back(input);
        self
    }

    /// The called party's next input, for the next `Gather` of a callee leg: the document a
    /// `<Number url>` or `<Sip url>` runs for the called party after it answers and before it
    /// is connected (a screening: "press 1 to accept"). Inputs are used in order across every
    /// such leg; with none left a `Gather` there times out.
    pub fn callee_input(mut self, input: Input) -> Self {
        self.script.callee_inputs.push_back(input);
        self
    }

    /// The caller presses keys at the next `Gather`.
    pub fn digits(self, keys: &str) -> Self {
        self.input(Input::digits(keys))
    }

    /// The caller speaks at the next `Gather`.
    pub fn speech(self, text: &str) -> Self {
        self.input(Input::speech(text))
    }

    /// The caller stays silent at the next `Gather`.
    pub fn silence(self) -> Self {
        self.input(Input::Timeout)
    }

    /// How every `<Dial>` ends (default `completed`).
    pub fn dial_status(mut self, status: cxml_webhook::params::DialCallStatus) -> Self {
        self.script.dial_default = status;
        self
    }

    /// How the next `<Dial>` ends; outcomes queue up in order, then
    /// [`dial_status`](Self::dial_status) applies.
    pub fn next_dial(mut self, status: cxml_webhook::params::DialCallStatus) -> Self {
        self.script.dial_statuses.push_back(status);
        self
    }

    /// How every `<Refer>` ends (default `in-progress`: the transfer was accepted).
    pub fn refer_status(mut self, status: cxml_webhook::params::ReferCallStatus) -> Self {
        self.script.refer_status = status;
        self
    }

    /// How every `<Pay>` ends (default `success`).
    pub fn pay_result(mut self, result: cxml_webhook::params::PayResult) -> Self {
        self.script.pay_result = result;
        self
    }

    /// Seconds the caller speaks into each `<Record>` (default 5; 0 is a silent recording).
    pub fn recording_seconds(mut self, seconds: u32) -> Self {
        self.script.recording_seconds = seconds;
        self
    }

    /// The text of each recording's transcription (default empty).
    pub fn transcription(mut self, text: impl Into<String>) -> Self {
        self.script.transcription = text.into();
        self
    }

    /// The number's status callback (`StatusCallback` set on the phone number, or on a REST
    /// call): told with the call's final `CallStatus`, `CallDuration` and `Timestamp` when the
    /// call ends, after everything else the call sent. A path resolves against the public URL.
    pub fn status_callback(mut self, url: &str) -> Self {
        self.status_callback = Some((self.simulator.absolute(url), Method::POST));
        self
    }

    /// The call's `Direction`: `inbound` (a call to the number, the default) or
    /// `outbound-api` (a call the application placed through the REST API, whose answer URL
    /// this is; `From` is then the application's number and `To` the called party).
    pub fn direction(mut self, direction: cxml_webhook::params::CallDirection) -> Self {
        self.direction = direction;
        self
    }

    /// A `<Gather>` reached with no scripted input left waits, as a live caller would, instead
    /// of timing out at once: until [`Simulator::input`], a [`redirect`](Simulator::redirect)
    /// (a REST update), a [`hang_up`](Simulator::hang_up), or [`Simulator::advance`] moving the
    /// virtual clock past its `timeout`.
    pub fn wait_at_gather(mut self) -> Self {
        self.script.wait_for_input = true;
        self
    }

    /// Seconds an answered `<Dial>` lasts (default 10).
    pub fn talk_seconds(mut self, seconds: u32) -> Self {
        self.script.talk_seconds = seconds;
        self
    }

    /// What the caller says on the call's first media stream (`<Connect><Stream>` or
    /// `<Start><Stream>`): a WAV file's path or [`Audio`](cxml_streams::Audio) samples, sent in
    /// 20 ms frames in the stream's codec after what was scripted before.
    pub fn stream_audio(mut self, audio: impl Into<crate::CallerAudio>) -> Self {
        self.script
            .stream
            .push(crate::stream::Turn::Audio(audio.into()));
        self
    }

    /// Keys the caller presses on the call's first media stream (`dtmf` messages, 200 ms
    /// apart), after what was scripted before.
    pub fn stream_dtmf(mut self, digits: &str) -> Self {
        self.script
            .stream
            .push(crate::stream::Turn::Dtmf(digits.to_owned()));
        self
    }

    /// Silence from the caller on the call's first media stream (frames of silence), after
    /// what was scripted before.
    pub fn stream_silence(mut self, duration: Duration) -> Self {
        self.script
            .stream
            .push(crate::stream::Turn::Silence(duration));
        self
    }

    fn open(self) -> (&'s mut Simulator, String) {
        let mut conversation = Conversation::new(Channel::Voice, self.from, self.to, self.script);
        conversation.status_callback = self.status_callback;
        if self.direction == cxml_webhook::params::CallDirection::OutboundApi {
            // A placed call is answered before its document is asked for.
            conversation.status = CallStatus::InProgress;
            conversation.answered_at = Some(self.simulator.clock.now());
        }
        conversation.direction = self.direction;
        let sid = self.simulator.open(conversation, self.url, self.method);
        (self.simulator, sid)
    }
}

/// An inbound message to send: who sends it, its media, and how replies fare.
#[must_use = "a message does nothing until it is run or started"]
pub struct MessageBuilder<'s> {
    simulator: &'s mut Simulator,
    url: String,
    method: Method,
    from: String,
    to: String,
    inbound: Inbound,
    follow_ups: Vec<Inbound>,
    script: Script,
}

impl<'s> MessageBuilder<'s> {
    /// The method of the request (a number's messaging URL may be set to GET; default POST).
    pub fn method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }

    /// Another message from the same sender to the same number, sent once the reply to the one
    /// before is done (its `action` and callbacks included): one conversation of several
    /// messages, each with its own `MessageSid`. [`run`](Self::run) returns the transcript of
    /// all of them.
    pub fn then(mut self, body: impl Into<String>) -> Self {
        self.follow_ups.push(Inbound {
            body: body.into(),
            media: Vec::new(),
        });
        self
    }

    /// A media attachment (`MediaUrl{N}`, `MediaContentType{N}`), making the message an MMS.
    /// After [`then`](Self::then) it goes with that latest message.
    pub fn media(mut self, url: impl Into<String>, content_type: impl Into<String>) -> Self {
        let message = self.follow_ups.last_mut().unwrap_or(&mut self.inbound);
        message.media.push((url.into(), content_type.into()));
        self
    }

    /// The `MessageStatus` each reply's `action` and status callback report (default `sent`).
    pub fn reply_status(mut self, status: cxml_webhook::params::MessageStatus) -> Self {
        self.script.message_status = status;
        self
    }

    fn open(self) -> (&'s mut Simulator, String) {
        let mut conversation =
            Conversation::new(Channel::Messaging, self.from, self.to, self.script);
        conversation.inbound = self.inbound;
        conversation.follow_ups = self.follow_ups.into();
        let sid = self.simulator.open(conversation, self.url, self.method);
        (self.simulator, sid)
    }
}

/// An inbound fax to send.
#[must_use = "a fax does nothing until it is run or started"]
pub struct FaxBuilder<'s> {
    simulator: &'s mut Simulator,
    url: String,
    from: String,
    to: String,
    script: Script,
}

impl<'s> FaxBuilder<'s> {
    /// The pages received by `<Receive>` (default 1).
    pub fn pages(mut self, pages: u32) -> Self {
        self.script.fax_pages = pages;
        self
    }

    fn open(self) -> (&'s mut Simulator, String) {
        let conversation = Conversation::new(Channel::Fax, self.from, self.to, self.script);
        let sid = self.simulator.open(conversation, self.url, Method::POST);
        (self.simulator, sid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_the_shortest_repeating_tail() {
        let requests: Vec<String> = ["a", "b", "c", "b", "c"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(find_cycle(&requests), ["b", "c"]);
        let requests: Vec<String> = ["a", "b", "b"].iter().map(|s| s.to_string()).collect();
        assert_eq!(find_cycle(&requests), ["b"]);
        let requests: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        assert!(find_cycle(&requests).is_empty());
    }

    #[test]
    fn get_parameters_join_an_existing_query() {
        assert_eq!(with_query("https://h/p", "a=1"), "https://h/p?a=1");
        assert_eq!(with_query("https://h/p?x=2", "a=1"), "https://h/p?x=2&a=1");
        assert_eq!(with_query("https://h/p", ""), "https://h/p");
    }

    #[test]
    fn excerpts_are_one_bounded_line() {
        assert_eq!(excerpt("a\n  b"), "a b");
        assert_eq!(excerpt(&"x ".repeat(500)).chars().count(), 201);
    }
}
