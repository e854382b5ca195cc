//! Media streams on a simulated call: `<Connect><Stream>` and `<Start><Stream>` open a WebSocket
//! to the application, as the platform does, and a scripted caller talks on it.
//!
//! - **Connecting**: the `url` (resolved against the document's URL) is reached as written, over
//!   TLS for `wss://` (rustls: Mozilla's roots, the system's, and those of the file named by
//!   `SSL_CERT_FILE`), except that a loopback host (`127.0.0.1`, `localhost`, `[::1]`) is reached
//!   as a plain WebSocket, the public URL's host and port are reached at the address given to
//!   [`Simulator::over_http`] (a server behind a tunnel), and [`StreamSettings::connect_to`] sends
//!   every stream to one address (an app bound on a loopback port in a test). `authBearerToken`
//!   is sent as `Authorization: Bearer …`.
//! - **`<Connect><Stream>`** (bidirectional) holds the call: `connected`, `start`, then the
//!   caller's script ([`CallBuilder::stream_audio`](crate::CallBuilder::stream_audio),
//!   [`stream_dtmf`](crate::CallBuilder::stream_dtmf),
//!   [`stream_silence`](crate::CallBuilder::stream_silence)), one 20 ms `media` frame per 20 ms
//!   of virtual time. The app's `media` is queued and played out at the same pace; a `mark` comes
//!   back when the audio before it has played (at once if none is queued), and a `clear` drops
//!   the queue and sends the pending marks back. After the script the caller is silent (no more
//!   frames); once the app's audio has played and the app has sent nothing for
//!   [`StreamSettings::idle`] (real time), the caller hangs up: `stop`, the socket closes, and the
//!   call ends ([`Ending::CallerHungUp`](crate::Ending::CallerHungUp)). If the app closes the
//!   socket first, the call goes on: the `<Connect action>` or the next verb.
//! - **`<Start><Stream>`** (a copy of the audio) does not hold the call: `connected`, `start` and
//!   the caller's script go out at once (timestamps on the stream's own 20 ms grid), and the
//!   stream stays open until `<Stop><Stream name>` or the end of the call, which send `stop` and
//!   close the socket. What the app sends on it is read and dropped, as on the platform.
//! - **An app that cannot be reached** (connection refused, or no handshake within
//!   [`StreamSettings::connect_timeout`]) fails the stream as on the platform: its report has the
//!   error ([`StreamReport::error`]), the status callback hears `stream-error` with its
//!   `StreamError`, and the call goes on (after `<Connect>`, with its `action` or the next verb).
//! - **An app that breaks the protocol stops the run** with [`ErrorKind::Stream`]: a malformed
//!   or binary message, a message over [`StreamSettings::max_message_size`], more queued audio
//!   than [`StreamSettings::max_buffered`] (a flood), more than [`StreamSettings::max_marks`]
//!   marks or keys, a stream longer than [`StreamSettings::max_length`] of virtual time, or an
//!   app that stops reading its socket for 10 s. The stream's report is in the transcript
//!   first.
//!
//! Each stream that ends is an [`Event::StreamEnded`] with a [`StreamReport`]: frames each way,
//! the marks echoed, the clears, and the bot's audio (all of it, and what the caller heard).

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use cxml_streams::audio::{Audio, Codec, FRAME_MS};
use cxml_streams::protocol::{Command, StreamEvent, Track, excerpt};
use futures_util::{FutureExt as _, SinkExt as _, StreamExt as _};
use serde::Serialize;
use serde::ser::SerializeStruct as _;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use cxml_runtime::schema::url::{Authority, UriRef, is_loopback_host};

use crate::call::CallId;
use crate::error::{Error, ErrorKind};
use crate::event::{Event, Purpose};
use crate::simulator::Simulator;
use crate::verb::{Stream, Target};

/// One frame of virtual time.
const FRAME: Duration = Duration::from_millis(FRAME_MS as u64);

/// What the caller says on a media stream: a WAV file (read when the stream opens: any rate,
/// mixed down to mono, resampled to the stream's codec) or samples.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CallerAudio {
    /// A WAV file.
    Wav(PathBuf),
    /// Samples at a rate.
    Samples(Audio),
}

impl From<&str> for CallerAudio {
    fn from(path: &str) -> Self {
        CallerAudio::Wav(path.into())
    }
}

impl From<String> for CallerAudio {
    fn from(path: String) -> Self {
        CallerAudio::Wav(path.into())
    }
}

impl From<&std::path::Path> for CallerAudio {
    fn from(path: &std::path::Path) -> Self {
        CallerAudio::Wav(path.into())
    }
}

impl From<PathBuf> for CallerAudio {
    fn from(path: PathBuf) -> Self {
        CallerAudio::Wav(path)
    }
}

impl From<Audio> for CallerAudio {
    fn from(audio: Audio) -> Self {
        CallerAudio::Samples(audio)
    }
}

/// One turn of the caller on a media stream.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Turn {
    Audio(CallerAudio),
    Dtmf(String),
    Silence(Duration),
}

/// How streams connect, how long the simulator waits for an app, and the limits that keep a
/// misbehaving app from hanging a test or filling its memory.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamSettings {
    /// Every stream connects here (`host:port`, a plain WebSocket), whatever its URL's host.
    pub connect_to: Option<String>,
    /// How long the TCP connection, TLS and the WebSocket handshake may take (real time;
    /// default 5 s).
    pub connect_timeout: Duration,
    /// How long, each 20 ms frame, the simulator waits (real time) for the app's answer before
    /// the next frame (default 5 ms). Longer makes a slow bot's timing in virtual time exact.
    pub frame_wait: Duration,
    /// How long the caller, done talking, waits (real time) for the app to say something more
    /// before hanging up (default 300 ms).
    pub idle: Duration,
    /// The most audio the app may queue ahead of playback (default 120 s): more is a flood.
    pub max_buffered: Duration,
    /// The longest a `<Connect><Stream>` may run, in virtual time (default 10 minutes).
    pub max_length: Duration,
    /// The largest message the app may send (default 1 MiB).
    pub max_message_size: usize,
    /// The most marks, and the most keys, the app may send on one stream (default 10 000):
    /// more is a flood.
    pub max_marks: usize,
}

impl Default for StreamSettings {
    fn default() -> Self {
        StreamSettings {
            connect_to: None,
            connect_timeout: Duration::from_secs(5),
            frame_wait: Duration::from_millis(5),
            idle: Duration::from_millis(300),
            max_buffered: Duration::from_secs(120),
            max_length: Duration::from_secs(600),
            max_message_size: 1 << 20,
            max_marks: 10_000,
        }
    }
}

impl StreamSettings {
    /// Sends every stream to `address` (`host:port`), as a plain WebSocket.
    pub fn connect_to(mut self, address: impl Into<String>) -> Self {
        self.connect_to = Some(address.into());
        self
    }

    /// How long connecting may take.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long to wait for the app's answer each frame.
    pub fn frame_wait(mut self, wait: Duration) -> Self {
        self.frame_wait = wait;
        self
    }

    /// How long the caller waits for the app before hanging up.
    pub fn idle(mut self, idle: Duration) -> Self {
        self.idle = idle;
        self
    }

    /// The most audio the app may queue ahead of playback.
    pub fn max_buffered(mut self, audio: Duration) -> Self {
        self.max_buffered = audio;
        self
    }

    /// The longest a bidirectional stream may run (virtual time).
    pub fn max_length(mut self, length: Duration) -> Self {
        self.max_length = length;
        self
    }

    /// The largest message the app may send.
    pub fn max_message_size(mut self, bytes: usize) -> Self {
        self.max_message_size = bytes;
        self
    }

    /// The most marks, and keys, the app may send on one stream.
    pub fn max_marks(mut self, marks: usize) -> Self {
        self.max_marks = marks;
        self
    }
}

/// How a media stream ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StreamEnd {
    /// `<Stop><Stream>`.
    Stopped,
    /// The call ended (`<Start><Stream>`).
    CallEnded,
    /// The app closed the socket.
    AppClosed,
    /// The caller, done talking, hung up (`<Connect><Stream>`).
    CallerHungUp,
    /// An error ended it (the run stops with [`ErrorKind::Stream`]).
    Failed,
}

impl StreamEnd {
    /// The name, as in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            StreamEnd::Stopped => "stopped",
            StreamEnd::CallEnded => "call-ended",
            StreamEnd::AppClosed => "app-closed",
            StreamEnd::CallerHungUp => "caller-hung-up",
            StreamEnd::Failed => "failed",
        }
    }
}

/// What happened on a media stream, once it ended.
///
/// In JSON (`cxml call --json`) it is the event `stream` with `action` `ended`, `name`, `sid`,
/// `url`, `track`, `codec`, `bidirectional`, `frames_sent`, `frames_received`, `marks`,
/// `cleared`, `dtmf`, `ended_by`, `bot_audio_ms` and `heard_ms` (and `error` when it failed).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StreamReport {
    /// The stream's name (its sid when the document gives none).
    pub name: String,
    /// `StreamSid`.
    pub sid: String,
    /// The URL connected to, as resolved.
    pub url: String,
    /// `inbound_track`, `outbound_track` or `both_tracks`.
    pub track: String,
    /// The codec.
    pub codec: Codec,
    /// `<Connect><Stream>`.
    pub bidirectional: bool,
    /// `media` frames sent to the app.
    pub frames_sent: usize,
    /// `media` messages received from the app.
    pub frames_received: usize,
    /// The marks sent back to the app, in order (played or cleared).
    pub marks: Vec<String>,
    /// `clear` messages received.
    pub cleared: usize,
    /// The keys the app pressed into the call (`dtmf` messages).
    pub dtmf: String,
    /// How it ended.
    pub ended_by: StreamEnd,
    /// Why it failed, when it did.
    pub error: Option<String>,
    /// Everything the app sent, decoded, at the codec's rate.
    pub bot_audio: Audio,
    /// What the caller heard of it: `bot_audio` less what was cleared before it played or was
    /// still queued when the stream ended.
    pub heard: Audio,
}

impl Serialize for StreamReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut report = serializer.serialize_struct("StreamReport", 15)?;
        report.serialize_field("action", "ended")?;
        report.serialize_field("name", &self.name)?;
        report.serialize_field("sid", &self.sid)?;
        report.serialize_field("url", &self.url)?;
        report.serialize_field("track", &self.track)?;
        report.serialize_field("codec", self.codec.as_str())?;
        report.serialize_field("bidirectional", &self.bidirectional)?;
        report.serialize_field("frames_sent", &self.frames_sent)?;
        report.serialize_field("frames_received", &self.frames_received)?;
        report.serialize_field("marks", &self.marks)?;
        report.serialize_field("cleared", &self.cleared)?;
        report.serialize_field("dtmf", &self.dtmf)?;
        report.serialize_field("ended_by", self.ended_by.as_str())?;
        if let Some(error) = &self.error {
            report.serialize_field("error", error)?;
        }
        report.serialize_field(
            "bot_audio_ms",
            &(self.bot_audio.duration().as_millis() as u64),
        )?;
        report.serialize_field("heard_ms", &(self.heard.duration().as_millis() as u64))?;
        report.end()
    }
}

/// A socket: plain TCP or TLS.
trait Io: AsyncRead + AsyncWrite + Unpin + Send + Sync {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + Sync> Io for T {}

type Socket = WebSocketStream<Box<dyn Io>>;

/// A `<Start><Stream>` still open.
struct Open {
    call: CallId,
    socket: Socket,
    sequence: u64,
    report: StreamReport,
}

/// The simulator's media streams: settings, and the `<Start><Stream>`s open.
#[derive(Default)]
pub(crate) struct Streams {
    pub settings: StreamSettings,
    open: Vec<Open>,
}

impl std::fmt::Debug for Streams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Streams")
            .field("settings", &self.settings)
            .field("open", &self.open.len())
            .finish()
    }
}

/// What the caller sends next on a stream.
enum Step {
    Frame(Vec<i16>),
    Dtmf(char),
}

/// The app's audio waiting to play, with its marks.
#[derive(Default)]
struct Playback {
    queue: VecDeque<Queued>,
    samples: usize,
    marks: usize,
}

enum Queued {
    Audio(Vec<i16>),
    Mark(String),
}

impl Playback {
    /// Plays up to `count` samples: what played, and the marks reached (marks right after the
    /// audio played included).
    fn play(&mut self, count: usize) -> (Vec<i16>, Vec<String>) {
        let mut played = Vec::new();
        let mut marks = Vec::new();
        while let Some(front) = self.queue.front_mut() {
            match front {
                Queued::Mark(_) => {
                    if let Some(Queued::Mark(name)) = self.queue.pop_front() {
                        self.marks -= 1;
                        marks.push(name);
                    }
                }
                Queued::Audio(samples) => {
                    let want = count - played.len();
                    if want == 0 {
                        break;
                    }
                    let take = want.min(samples.len());
                    played.extend(samples.drain(..take));
                    self.samples -= take;
                    if samples.is_empty() {
                        self.queue.pop_front();
                    }
                }
            }
        }
        (played, marks)
    }

    /// Drops the queue: the marks in it, in order.
    fn clear(&mut self) -> Vec<String> {
        self.samples = 0;
        self.marks = 0;
        self.queue
            .drain(..)
            .filter_map(|queued| match queued {
                Queued::Mark(name) => Some(name),
                Queued::Audio(_) => None,
            })
            .collect()
    }

    fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}

/// TLS that trusts Mozilla's roots, the system's, and `SSL_CERT_FILE`'s.
// ring builds in seconds with no C toolchain beyond `cc`; rustls deprecates its provider only
// because it lacks post-quantum key exchange (as in cxml-rest).
#[allow(deprecated)]
fn tls_connector() -> Result<tokio_rustls::TlsConnector, String> {
    use tokio_rustls::rustls;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    // The system's store (or `SSL_CERT_FILE`'s, which it reads when that is set).
    for certificate in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(certificate);
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|error| error.to_string())?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

impl Simulator {
    /// How media streams connect and the limits they run under.
    pub fn stream_settings(mut self, settings: StreamSettings) -> Self {
        self.streams.settings = settings;
        self
    }

    /// Sends every media stream to `address` (`host:port`) as a plain WebSocket: the app under
    /// test bound on a loopback port.
    pub fn streams_at(mut self, address: impl Into<String>) -> Self {
        self.streams.settings.connect_to = Some(address.into());
        self
    }

    /// Opens the WebSocket of a stream.
    /// An error is the `StreamError` of the status callback and what went wrong. The future owns
    /// what it needs and borrows nothing of the simulator, so it is `Send` whatever transport the
    /// simulator holds (the REST emulator's futures must be).
    fn open_socket(
        &self,
        url: &str,
        bearer: Option<&str>,
    ) -> impl Future<Output = Result<Socket, (&'static str, String)>> + Send + 'static {
        let target = SocketTarget {
            settings: self.streams.settings.clone(),
            public_url: self.url().to_owned(),
            local_address: self.address().map(str::to_owned),
        };
        let (url, bearer) = (url.to_owned(), bearer.map(str::to_owned));
        async move {
            target
                .try_open_socket(&url, bearer.as_deref())
                .await
                .map_err(|problem| {
                    let code = if problem.contains("(connection_refused)") {
                        "connection_refused"
                    } else if problem.contains("is not an absolute URL")
                        || problem.contains("a stream's URL is wss://")
                    {
                        "invalid_url"
                    } else {
                        "connection_refused_timeout_or_ssl_error"
                    };
                    (code, problem)
                })
        }
    }
}

/// Where and how a stream's WebSocket is opened: the simulator's settings and URLs, copied out.
struct SocketTarget {
    settings: StreamSettings,
    public_url: String,
    local_address: Option<String>,
}

impl SocketTarget {
    async fn try_open_socket(&self, url: &str, bearer: Option<&str>) -> Result<Socket, String> {
        let settings = &self.settings;
        let parts =
            UriRef::absolute(url).ok_or_else(|| format!("`{url}` is not an absolute URL"))?;
        let scheme = parts.scheme().unwrap_or_default();
        let secure = match scheme.to_ascii_lowercase().as_str() {
            "wss" | "https" => true,
            "ws" | "http" => false,
            other => return Err(format!("`{url}`: a stream's URL is wss://, not {other}://")),
        };
        let authority = parts
            .authority_parts()
            .ok_or_else(|| format!("`{url}`: not a host and port"))?;
        let host = authority.bare_host();
        let default_port = if secure { 443 } else { 80 };
        // `host:port` to connect to, and the same with the host lower-cased for comparisons.
        let address_of = |authority: &Authority<'_>, default_port: u16| {
            let port = authority.port_number().unwrap_or(default_port);
            (
                format!("{}:{port}", authority.host),
                (authority.bare_host().to_ascii_lowercase(), port),
            )
        };
        let (here_address, here) = address_of(&authority, default_port);
        // The public URL's host and port: a stream there goes where its requests go.
        let public = UriRef::absolute(&self.public_url).and_then(|public| {
            let port = if public.scheme_is("https") { 443 } else { 80 };
            Some(address_of(&public.authority_parts()?, port).1)
        });
        let (address, tls) = if let Some(address) = &settings.connect_to {
            (address.clone(), false)
        } else if let (Some(address), Some(public)) = (self.local_address.as_deref(), public)
            && public == here
            && let Some(local) = UriRef::absolute(address)
            && let Some(local_authority) = local.authority_parts()
        {
            let tls = local.scheme_is("https");
            (
                address_of(&local_authority, if tls { 443 } else { 80 }).0,
                tls,
            )
        } else if is_loopback_host(host) {
            (here_address, false)
        } else {
            (here_address, secure)
        };
        let target = format!(
            "{}://{}{}",
            if tls { "wss" } else { "ws" },
            parts.authority().unwrap_or_default(),
            parts.path_and_query()
        );
        let mut request = target
            .as_str()
            .into_client_request()
            .map_err(|error| format!("`{url}`: {error}"))?;
        if let Some(token) = bearer
            && let Ok(value) = format!("Bearer {token}").parse()
        {
            request.headers_mut().insert("authorization", value);
        }
        let config = WebSocketConfig::default()
            .max_message_size(Some(settings.max_message_size))
            .max_frame_size(Some(settings.max_message_size));
        let connect = async {
            let tcp = tokio::net::TcpStream::connect(address.as_str())
                .await
                .map_err(|error| {
                    format!("cannot connect to {address}: {error} (connection_refused)")
                })?;
            let _ = tcp.set_nodelay(true);
            let io: Box<dyn Io> = if tls {
                let name = tokio_rustls::rustls::pki_types::ServerName::try_from(host.to_owned())
                    .map_err(|error| format!("`{host}`: {error}"))?;
                Box::new(
                    tls_connector()?
                        .connect(name, tcp)
                        .await
                        .map_err(|error| format!("TLS with {address} failed: {error}"))?,
                )
            } else {
                Box::new(tcp)
            };
            let (socket, _) =
                tokio_tungstenite::client_async_with_config(request, io, Some(config))
                    .await
                    .map_err(|error| {
                        format!("the WebSocket handshake with {address} failed: {error}")
                    })?;
            Ok::<_, String>(socket)
        };
        match tokio::time::timeout(settings.connect_timeout, connect).await {
            Ok(result) => result,
            Err(_) => Err(format!(
                "{address} did not complete the WebSocket handshake within {} ms (connection_refused_timeout_or_ssl_error)",
                settings.connect_timeout.as_millis()
            )),
        }
    }
}

impl Simulator {
    /// The caller's script as frames at the codec's rate (and key presses).
    fn caller_steps(&mut self, id: CallId, codec: Codec) -> Result<VecDeque<Step>, String> {
        let turns = std::mem::take(&mut self.calls[id].script.stream);
        let size = codec.frame_samples();
        let rate = codec.sample_rate();
        let mut steps = VecDeque::new();
        let silence = |steps: &mut VecDeque<Step>, frames: usize| {
            for _ in 0..frames {
                steps.push_back(Step::Frame(vec![0; size]));
            }
        };
        for turn in turns {
            match turn {
                Turn::Audio(audio) => {
                    let audio = match audio {
                        CallerAudio::Samples(audio) => audio,
                        CallerAudio::Wav(path) => Audio::read_wav(&path).map_err(|error| {
                            format!("cannot read the caller's audio {}: {error}", path.display())
                        })?,
                    };
                    let samples = audio.resampled(rate).samples;
                    for chunk in samples.chunks(size) {
                        let mut frame = chunk.to_vec();
                        frame.resize(size, 0);
                        steps.push_back(Step::Frame(frame));
                    }
                }
                Turn::Silence(duration) => silence(
                    &mut steps,
                    (duration.as_millis() / u128::from(FRAME_MS)) as usize,
                ),
                Turn::Dtmf(digits) => {
                    for digit in digits.chars() {
                        // A key press: 100 ms of tone (silence here), the event, a 100 ms gap.
                        silence(&mut steps, 5);
                        steps.push_back(Step::Dtmf(digit));
                        silence(&mut steps, 5);
                    }
                }
            }
        }
        Ok(steps)
    }

    /// Everything a stream needs before it connects: its URL, codec, report.
    fn stream_report(
        &mut self,
        id: CallId,
        stream: &Stream,
        document_url: &str,
        sid: String,
        name: String,
        bidirectional: bool,
    ) -> Result<StreamReport, Error> {
        let url = self.resolve(id, document_url, &stream.url)?;
        let codec: Codec = match stream.codec.parse() {
            Ok(codec) => codec,
            Err(error) => {
                return Err(self.fail(
                    id,
                    None,
                    ErrorKind::Stream {
                        url,
                        problem: format!("{error} (codec_error)"),
                    },
                ));
            }
        };
        Ok(StreamReport {
            name,
            sid,
            url,
            track: if stream.track.is_empty() {
                "inbound_track".to_owned()
            } else {
                stream.track.clone()
            },
            codec,
            bidirectional,
            frames_sent: 0,
            frames_received: 0,
            marks: Vec::new(),
            cleared: 0,
            dtmf: String::new(),
            ended_by: StreamEnd::Failed,
            error: None,
            bot_audio: Audio::new(Vec::new(), codec.sample_rate()),
            heard: Audio::new(Vec::new(), codec.sample_rate()),
        })
    }

    /// Records a stream that failed and the error that ends the run.
    fn stream_failed(&mut self, id: CallId, mut report: StreamReport, problem: String) -> Error {
        report.ended_by = StreamEnd::Failed;
        report.error = Some(problem.clone());
        let url = report.url.clone();
        self.record(id, Event::StreamEnded(report));
        self.fail(id, None, ErrorKind::Stream { url, problem })
    }

    /// A stream whose app cannot be reached: as on the platform, the call goes on; the stream's
    /// status callback hears `stream-error`, and the transcript has the report with the error.
    async fn unreachable(
        &mut self,
        id: CallId,
        stream: &Stream,
        mut report: StreamReport,
        (code, problem): (&'static str, String),
        document_url: &str,
    ) -> Result<(), Error> {
        report.ended_by = StreamEnd::Failed;
        report.error = Some(problem);
        if let Some(callback) = &stream.status_callback {
            let callback: Target = callback.clone();
            let mut params =
                self.stream_params(id, &report.sid, &report.name, &report.track, "stream-error");
            params.push("StreamError", code);
            self.notify(
                id,
                Purpose::StreamStatus,
                &callback,
                document_url,
                params,
                false,
            )
            .await?;
        }
        self.record(id, Event::StreamEnded(report));
        Ok(())
    }

    /// `connected` and `start`.
    async fn greet(
        &mut self,
        id: CallId,
        socket: &mut Socket,
        report: &StreamReport,
        stream: &Stream,
    ) -> Result<(), String> {
        let tracks = match report.track.as_str() {
            "outbound_track" => vec![Track::Outbound],
            "both_tracks" => vec![Track::Inbound, Track::Outbound],
            _ => vec![Track::Inbound],
        };
        let parameters: BTreeMap<String, String> = stream.parameters.iter().cloned().collect();
        let start = StreamEvent::start(
            1,
            report.sid.clone(),
            self.account().to_owned(),
            self.sid_of(id),
            tracks,
            parameters,
            report.codec,
        );
        for event in [StreamEvent::connected(), start] {
            within(socket.feed(Message::text(event.to_json())), kind(&event)).await?;
        }
        within(socket.flush(), "start").await
    }

    /// The status callback of a `<Connect><Stream>` (the `<Start>` ones are told in `voice.rs`).
    async fn tell(
        &mut self,
        id: CallId,
        stream: &Stream,
        report: &StreamReport,
        event: &str,
        document_url: &str,
    ) -> Result<(), Error> {
        let Some(callback) = &stream.status_callback else {
            return Ok(());
        };
        let callback: Target = callback.clone();
        let params = self.stream_params(id, &report.sid, &report.name, &report.track, event);
        self.notify(
            id,
            Purpose::StreamStatus,
            &callback,
            document_url,
            params,
            false,
        )
        .await
    }

    /// `<Connect><Stream>`: runs the bidirectional stream to its end; whether the call goes on
    /// (the app closed the socket) or ended (the caller hung up).
    pub(crate) async fn connect_stream(
        &mut self,
        id: CallId,
        stream: Stream,
        document_url: &str,
    ) -> Result<StreamEnd, Error> {
        let sid = self.new_sid();
        let name = stream.name.clone().unwrap_or_else(|| sid.clone());
        let mut report = self.stream_report(id, &stream, document_url, sid, name, true)?;
        let mut steps = match self.caller_steps(id, report.codec) {
            Ok(steps) => steps,
            Err(problem) => return Err(self.stream_failed(id, report, problem)),
        };
        let mut socket = match self
            .open_socket(&report.url, stream.bearer.as_deref())
            .await
        {
            Ok(socket) => socket,
            Err(failure) => {
                self.unreachable(id, &stream, report, failure, document_url)
                    .await?;
                return Ok(StreamEnd::Failed);
            }
        };
        if let Err(problem) = self.greet(id, &mut socket, &report, &stream).await {
            return Err(self.stream_failed(id, report, problem));
        }
        self.tell(id, &stream, &report, "stream-started", document_url)
            .await?;
        let mut sequence = 2;
        match self
            .converse(&mut socket, &mut report, &mut steps, &mut sequence)
            .await
        {
            Ok(end) => {
                report.ended_by = end;
                if end == StreamEnd::CallerHungUp {
                    let _ = close(&mut socket, sequence).await;
                }
                self.tell(id, &stream, &report, "stream-stopped", document_url)
                    .await?;
                self.record(id, Event::StreamEnded(report));
                Ok(end)
            }
            Err(problem) => {
                let _ = close(&mut socket, sequence).await;
                Err(self.stream_failed(id, report, problem))
            }
        }
    }

    /// The bidirectional exchange, frame by frame on the virtual clock.
    async fn converse(
        &mut self,
        socket: &mut Socket,
        report: &mut StreamReport,
        steps: &mut VecDeque<Step>,
        sequence: &mut u64,
    ) -> Result<StreamEnd, String> {
        let settings = self.streams.settings.clone();
        let codec = report.codec;
        let size = codec.frame_samples();
        let max_buffered = (settings.max_buffered.as_millis() as usize)
            .saturating_mul(codec.sample_rate() as usize)
            / 1000;
        let sid = report.sid.clone();
        let mut playback = Playback::default();
        let mut chunk = 0u64;
        let mut elapsed = Duration::ZERO;
        loop {
            if elapsed > settings.max_length {
                return Err(format!(
                    "the stream ran for more than {} s of call time (StreamSettings::max_length); the app keeps sending audio",
                    settings.max_length.as_secs()
                ));
            }
            let timestamp = elapsed.as_millis() as u64;
            // The caller.
            let talking = match steps.pop_front() {
                Some(Step::Frame(frame)) => {
                    chunk += 1;
                    let event = StreamEvent::media(
                        *sequence,
                        Track::Inbound,
                        chunk,
                        timestamp,
                        &codec.encode(&frame),
                    );
                    *sequence += 1;
                    send(socket, &event).await?;
                    report.frames_sent += 1;
                    true
                }
                Some(Step::Dtmf(digit)) => {
                    let event = StreamEvent::dtmf(*sequence, Some(sid.clone()), digit, 100);
                    *sequence += 1;
                    send(socket, &event).await?;
                    true
                }
                None => false,
            };
            // The bot's audio plays.
            let (played, marks) = playback.play(size);
            report.heard.samples.extend(played);
            for name in marks {
                send(socket, &StreamEvent::mark(Some(sid.clone()), name.clone())).await?;
                report.marks.push(name);
            }
            // The app's messages.
            let wait = if talking || !playback.is_empty() {
                settings.frame_wait
            } else {
                settings.idle
            };
            let heard = self
                .receive_from_app(socket, report, &mut playback, wait, max_buffered, &settings)
                .await?;
            match heard {
                Received::Closed => return Ok(StreamEnd::AppClosed),
                Received::Nothing if !talking && playback.is_empty() => {
                    return Ok(StreamEnd::CallerHungUp);
                }
                _ => {}
            }
            self.clock.advance(FRAME);
            elapsed += FRAME;
        }
    }

    /// Reads what the app sent: waits up to `wait` for a first message, then takes what else is
    /// there (at most 1000 messages a frame; the rest waits in the socket).
    async fn receive_from_app(
        &mut self,
        socket: &mut Socket,
        report: &mut StreamReport,
        playback: &mut Playback,
        wait: Duration,
        max_buffered: usize,
        settings: &StreamSettings,
    ) -> Result<Received, String> {
        let codec = report.codec;
        let sid = report.sid.clone();
        let mut received = Received::Nothing;
        for count in 0..1000 {
            let next = if count == 0 {
                match tokio::time::timeout(wait, socket.next()).await {
                    Ok(next) => next,
                    Err(_) => break,
                }
            } else {
                match socket.next().now_or_never() {
                    Some(next) => next,
                    None => break,
                }
            };
            let message = match next {
                None => return Ok(Received::Closed),
                Some(Err(error)) => return Err(transport_problem(&error, settings)),
                Some(Ok(message)) => message,
            };
            let text = match message {
                Message::Text(text) => text,
                Message::Binary(bytes) => {
                    return Err(format!(
                        "the app sent a binary frame of {} bytes; stream messages are JSON text",
                        bytes.len()
                    ));
                }
                Message::Close(_) => return Ok(Received::Closed),
                _ => continue,
            };
            received = Received::Something;
            let command = Command::from_json(text.as_str()).map_err(|error| {
                format!(
                    "the app sent a message that is not a stream message ({error}): {}",
                    excerpt(text.as_str())
                )
            })?;
            match command {
                Command::Media(media) => {
                    let payload = media.media.bytes().map_err(|error| {
                        format!("the app sent a `media` payload that is not base64: {error}")
                    })?;
                    let samples = codec.decode(&payload);
                    report.frames_received += 1;
                    report.bot_audio.samples.extend_from_slice(&samples);
                    playback.samples += samples.len();
                    playback.queue.push_back(Queued::Audio(samples));
                    if playback.samples > max_buffered {
                        return Err(format!(
                            "the app queued more than {} s of audio ahead of playback (StreamSettings::max_buffered): a flood",
                            settings.max_buffered.as_secs()
                        ));
                    }
                }
                Command::Mark(mark) => {
                    if report.marks.len() + playback.marks >= settings.max_marks {
                        return Err(format!(
                            "the app sent more than {} marks (StreamSettings::max_marks): a flood",
                            settings.max_marks
                        ));
                    }
                    if playback.is_empty() {
                        send(
                            socket,
                            &StreamEvent::mark(Some(sid.clone()), mark.mark.name.clone()),
                        )
                        .await?;
                        report.marks.push(mark.mark.name);
                    } else {
                        playback.marks += 1;
                        playback.queue.push_back(Queued::Mark(mark.mark.name));
                    }
                }
                Command::Clear(_) => {
                    report.cleared += 1;
                    for name in playback.clear() {
                        send(socket, &StreamEvent::mark(Some(sid.clone()), name.clone())).await?;
                        report.marks.push(name);
                    }
                }
                Command::Dtmf(dtmf) => {
                    if report.dtmf.len() >= settings.max_marks {
                        return Err(format!(
                            "the app pressed more than {} keys (StreamSettings::max_marks): a flood",
                            settings.max_marks
                        ));
                    }
                    // One key per message, as documented (`0`-`9`, `*`, `#`, `A`-`D`).
                    report.dtmf.extend(dtmf.dtmf.digit.chars().take(1));
                }
                // Messages of a later protocol: the platform ignores what it does not know.
                _ => {}
            }
        }
        Ok(received)
    }

    /// `<Start><Stream>`: opens the stream and sends the caller's script at once; it stays open
    /// until `<Stop><Stream>` or the end of the call. Whether it opened (an app that cannot be
    /// reached fails the stream; the call goes on).
    pub(crate) async fn open_stream(
        &mut self,
        id: CallId,
        stream: &Stream,
        sid: &str,
        name: &str,
        document_url: &str,
    ) -> Result<bool, Error> {
        let mut report = self.stream_report(
            id,
            stream,
            document_url,
            sid.to_owned(),
            name.to_owned(),
            false,
        )?;
        let steps = match self.caller_steps(id, report.codec) {
            Ok(steps) => steps,
            Err(problem) => return Err(self.stream_failed(id, report, problem)),
        };
        let mut socket = match self
            .open_socket(&report.url, stream.bearer.as_deref())
            .await
        {
            Ok(socket) => socket,
            Err(failure) => {
                self.unreachable(id, stream, report, failure, document_url)
                    .await?;
                return Ok(false);
            }
        };
        if let Err(problem) = self.greet(id, &mut socket, &report, stream).await {
            return Err(self.stream_failed(id, report, problem));
        }
        let codec = report.codec;
        let mut sequence = 2;
        let mut chunk = 0;
        let sends_inbound = report.track != "outbound_track";
        let mut result = Ok(());
        for (index, step) in steps.into_iter().enumerate() {
            let timestamp = index as u64 * u64::from(FRAME_MS);
            let event = match step {
                Step::Frame(_) if !sends_inbound => continue,
                Step::Frame(frame) => {
                    chunk += 1;
                    report.frames_sent += 1;
                    StreamEvent::media(
                        sequence,
                        Track::Inbound,
                        chunk,
                        timestamp,
                        &codec.encode(&frame),
                    )
                }
                Step::Dtmf(digit) => StreamEvent::dtmf(sequence, None, digit, 100),
            };
            sequence += 1;
            if let Err(problem) =
                within(socket.feed(Message::text(event.to_json())), kind(&event)).await
            {
                result = Err(problem);
                break;
            }
        }
        if result.is_ok()
            && let Err(problem) = within(socket.flush(), "media").await
        {
            result = Err(problem);
        }
        if let Err(problem) = result {
            return Err(self.stream_failed(id, report, problem));
        }
        self.streams.open.push(Open {
            call: id,
            socket,
            sequence,
            report,
        });
        Ok(true)
    }

    /// `<Stop><Stream>` or the end of the call: `stop`, the socket closed, the report recorded.
    /// Whether a stream of this name was open.
    pub(crate) async fn close_stream(&mut self, id: CallId, name: &str, end: StreamEnd) -> bool {
        let Some(position) = self
            .streams
            .open
            .iter()
            .position(|open| open.call == id && open.report.name == name)
        else {
            return false;
        };
        let mut open = self.streams.open.remove(position);
        // What the app sent on a one-way stream is dropped, as on the platform; a closed socket
        // means the app ended the stream first.
        let mut closed = false;
        let wait = self.streams.settings.frame_wait;
        for count in 0..10_000 {
            // What has arrived, and for a frame's wait (real time) what is on its way.
            let next = if count == 0 {
                tokio::time::timeout(wait, open.socket.next()).await.ok()
            } else {
                open.socket.next().now_or_never()
            };
            match next {
                Some(Some(Ok(Message::Close(_)))) | Some(None) | Some(Some(Err(_))) => {
                    closed = true;
                    break;
                }
                Some(Some(Ok(_))) => {}
                None => break,
            }
        }
        if !closed {
            let _ = close(&mut open.socket, open.sequence).await;
        }
        open.report.ended_by = if closed { StreamEnd::AppClosed } else { end };
        self.record(id, Event::StreamEnded(open.report));
        true
    }

    /// Closes every stream still open on a call that ended.
    pub(crate) async fn close_streams_of(&mut self, id: CallId) {
        let names: Vec<String> = self
            .streams
            .open
            .iter()
            .filter(|open| open.call == id)
            .map(|open| open.report.name.clone())
            .collect();
        for name in names {
            self.close_stream(id, &name, StreamEnd::CallEnded).await;
        }
    }
}

/// What the app sent in one frame.
enum Received {
    Nothing,
    Something,
    Closed,
}

/// The `event` of a message, for errors.
fn kind(event: &StreamEvent) -> &'static str {
    match event {
        StreamEvent::Connected(_) => "connected",
        StreamEvent::Start(_) => "start",
        StreamEvent::Media(_) => "media",
        StreamEvent::Dtmf(_) => "dtmf",
        StreamEvent::Mark(_) => "mark",
        StreamEvent::Stop(_) => "stop",
        _ => "message",
    }
}

/// How long one write to the app may wait (real time): an app that stops reading fills the
/// socket's buffers, and then its stream fails rather than hangs.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// A write, within [`SEND_TIMEOUT`].
async fn within<T>(
    write: impl std::future::Future<Output = Result<T, tokio_tungstenite::tungstenite::Error>>,
    what: &str,
) -> Result<T, String> {
    match tokio::time::timeout(SEND_TIMEOUT, write).await {
        Ok(result) => {
            result.map_err(|error| format!("sending `{what}` to the app failed: {error}"))
        }
        Err(_) => Err(format!(
            "the app has not read its stream for {} s (sending `{what}`): its socket is full",
            SEND_TIMEOUT.as_secs()
        )),
    }
}

async fn send(socket: &mut Socket, event: &StreamEvent) -> Result<(), String> {
    within(socket.send(Message::text(event.to_json())), kind(event)).await
}

/// `stop`, then a close handshake (at most a second).
async fn close(socket: &mut Socket, sequence: u64) -> Result<(), String> {
    let closing = async {
        let _ = socket
            .send(Message::text(StreamEvent::stop(sequence).to_json()))
            .await;
        let _ = socket.close(None).await;
        // Until the app's close frame (or the end of the socket).
        while let Some(Ok(_)) = socket.next().await {}
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), closing).await;
    Ok(())
}

fn transport_problem(
    error: &tokio_tungstenite::tungstenite::Error,
    settings: &StreamSettings,
) -> String {
    use tokio_tungstenite::tungstenite::Error as WsError;
    match error {
        WsError::Capacity(_) => format!(
            "the app sent a message over {} bytes (StreamSettings::max_message_size): {error}",
            settings.max_message_size
        ),
        _ => format!("the stream's WebSocket failed: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playback_plays_marks_and_clears() {
        let mut playback = Playback::default();
        playback.queue.push_back(Queued::Audio(vec![1; 30]));
        playback.queue.push_back(Queued::Mark("a".into()));
        playback.queue.push_back(Queued::Audio(vec![2; 30]));
        playback.queue.push_back(Queued::Mark("b".into()));
        playback.samples = 60;
        playback.marks = 2;
        let (played, marks) = playback.play(20);
        assert_eq!((played.len(), marks.len()), (20, 0));
        let (played, marks) = playback.play(10);
        assert_eq!((played, marks), (vec![1; 10], vec!["a".to_owned()]));
        let (played, marks) = playback.play(5);
        assert_eq!((played.len(), marks.len()), (5, 0));
        assert_eq!(playback.clear(), ["b"]);
        assert!(playback.is_empty());
    }
}
