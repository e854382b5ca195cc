//! The application's side of a stream, whatever the web framework: a [`StreamEvents`] stream of
//! typed messages in, a [`StreamSender`] of typed commands out.

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_sink::Sink;
use futures_util::{SinkExt as _, StreamExt as _};
use tokio::sync::mpsc;

use crate::audio::Codec;
use crate::protocol::{Command, StreamEvent, excerpt};

/// Limits of a stream's session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Config {
    /// The largest message read, in bytes (default 64 KiB: a 20 ms frame of L16 at 24 kHz is
    /// under 1.5 KiB of JSON). A larger one is [`StreamError::TooLarge`].
    pub max_message_size: usize,
    /// Commands waiting to be written (default 64, at least 1): past that,
    /// [`StreamSender::send`] waits and [`StreamSender::try_send`] fails, so a bot that produces
    /// audio faster than the socket takes it is slowed down rather than buffered without end.
    pub buffer: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_message_size: 64 * 1024,
            buffer: 64,
        }
    }
}

impl Config {
    /// The largest message read, in bytes.
    pub fn max_message_size(mut self, bytes: usize) -> Self {
        self.max_message_size = bytes;
        self
    }

    /// Commands waiting to be written before sending waits.
    pub fn buffer(mut self, commands: usize) -> Self {
        self.buffer = commands.max(1);
        self
    }
}

/// A WebSocket frame, as the framework adapters hand them over.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Frame {
    /// A text frame: a message.
    Text(String),
    /// A binary frame (not part of the protocol).
    Binary(Vec<u8>),
    /// A ping, answered with a pong carrying the same data.
    Ping(Vec<u8>),
    /// A pong.
    Pong(Vec<u8>),
    /// The peer closes the socket.
    Close,
}

/// What went wrong reading a stream.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StreamError {
    /// A text message that is not a stream message (not JSON, or a known `event` with missing
    /// or mistyped fields). The stream goes on: the next message may be fine.
    Malformed {
        /// What serde said, with line and column.
        error: String,
        /// The start of the message.
        excerpt: String,
    },
    /// A message over [`Config::max_message_size`]; it was not read.
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A binary frame: the protocol is JSON text.
    Binary {
        /// Its size in bytes.
        size: usize,
    },
    /// The WebSocket failed; the stream is over.
    Transport(String),
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Malformed { error, excerpt } => {
                write!(f, "malformed stream message ({error}): {excerpt}")
            }
            StreamError::TooLarge { size, limit } => {
                write!(
                    f,
                    "stream message of {size} bytes is over the limit of {limit}"
                )
            }
            StreamError::Binary { size } => write!(
                f,
                "binary frame of {size} bytes on a media stream (messages are JSON text)"
            ),
            StreamError::Transport(error) => write!(f, "the stream's WebSocket failed: {error}"),
        }
    }
}

impl std::error::Error for StreamError {}

/// Why a command was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SendError {
    /// The socket is closed (the platform hung up, or [`StreamSender::close`] was called).
    Closed,
    /// The buffer is full ([`StreamSender::try_send`] only).
    Full,
    /// No `start` message yet: the stream's sid and codec are not known.
    NotStarted,
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SendError::Closed => "the stream is closed",
            SendError::Full => "the stream's send buffer is full",
            SendError::NotStarted => {
                "the stream has not started (no `start` message yet: its sid and codec are unknown)"
            }
        })
    }
}

impl std::error::Error for SendError {}

/// What the writer is asked to do.
#[derive(Debug)]
pub(crate) enum Outgoing {
    Command(Command),
    Pong(Vec<u8>),
    Close,
}

/// The stream's sid and codec, once `start` has come.
#[derive(Debug, Default)]
struct Started {
    sid: Option<String>,
    codec: Option<Codec>,
}

/// Sends commands into a bidirectional stream: audio, marks, clears, keys. Cheap to clone; every
/// clone feeds the same bounded buffer, written to the socket in order.
#[derive(Debug, Clone)]
pub struct StreamSender {
    sender: mpsc::Sender<Outgoing>,
    started: Arc<Mutex<Started>>,
}

impl StreamSender {
    /// The stream's sid, once `start` has been read.
    pub fn stream_sid(&self) -> Option<String> {
        self.started
            .lock()
            .ok()
            .and_then(|started| started.sid.clone())
    }

    /// The stream's codec, once `start` has been read.
    pub fn codec(&self) -> Option<Codec> {
        self.started.lock().ok().and_then(|started| started.codec)
    }

    fn sid(&self) -> Result<String, SendError> {
        self.stream_sid().ok_or(SendError::NotStarted)
    }

    /// Sends a command as it is (its `streamSid` as given), waiting while the buffer is full.
    pub async fn send(&self, command: Command) -> Result<(), SendError> {
        self.sender
            .send(Outgoing::Command(command))
            .await
            .map_err(|_| SendError::Closed)
    }

    /// Sends a command if there is room in the buffer now.
    pub fn try_send(&self, command: Command) -> Result<(), SendError> {
        self.sender
            .try_send(Outgoing::Command(command))
            .map_err(|error| match error {
                mpsc::error::TrySendError::Full(_) => SendError::Full,
                mpsc::error::TrySendError::Closed(_) => SendError::Closed,
            })
    }

    /// Plays samples (at the stream codec's rate) into the call, in 20 ms `media` messages.
    pub async fn send_audio(&self, samples: &[i16]) -> Result<(), SendError> {
        let codec = self.codec().ok_or(SendError::NotStarted)?;
        let sid = self.sid()?;
        for chunk in samples.chunks(codec.frame_samples()) {
            self.send(Command::media(sid.clone(), &codec.encode(chunk)))
                .await?;
        }
        Ok(())
    }

    /// Plays a payload already in the stream's codec, as one `media` message.
    pub async fn send_payload(&self, payload: &[u8]) -> Result<(), SendError> {
        self.send(Command::media(self.sid()?, payload)).await
    }

    /// Sends a mark: the platform answers with a `mark` of this name once the audio sent before
    /// it has played, or is cleared.
    pub async fn mark(&self, name: impl Into<String>) -> Result<(), SendError> {
        self.send(Command::mark(self.sid()?, name)).await
    }

    /// Stops the audio playing and drops the queue (barge-in); pending marks come back.
    pub async fn clear(&self) -> Result<(), SendError> {
        self.send(Command::clear(self.sid()?)).await
    }

    /// Presses a key into the call.
    pub async fn dtmf(&self, digit: char) -> Result<(), SendError> {
        self.send(Command::dtmf(self.sid()?, digit)).await
    }

    /// Closes the socket cleanly once the commands before it are written; the stream ends (on
    /// `<Connect><Stream>`, the call goes on with the next verb).
    pub async fn close(&self) -> Result<(), SendError> {
        self.sender
            .send(Outgoing::Close)
            .await
            .map_err(|_| SendError::Closed)
    }

    /// Whether the socket is closed.
    pub fn is_closed(&self) -> bool {
        self.sender.is_closed()
    }
}

/// A boxed stream of frames, as the adapters produce them.
pub(crate) type Frames = Pin<Box<dyn Stream<Item = Result<Frame, String>> + Send>>;

/// The messages of a stream, typed: a [`Stream`] of `Result<StreamEvent, StreamError>`. It ends
/// when the platform closes the socket (after `stop`), when the socket fails, or once the app
/// has closed it ([`StreamSender::close`]) and read what had already arrived.
///
/// Reading also answers pings and learns the stream's sid and codec from `start`, for the
/// [`StreamSender`]. Reading slowly slows the socket down: nothing is buffered beyond the
/// framework's own.
pub struct StreamEvents {
    frames: Frames,
    /// Ready once the writer is done (the app closed the socket, or writing failed): then the
    /// events end without waiting for the peer's answer to the close.
    writer_done: Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
    config: Config,
    started: Arc<Mutex<Started>>,
    pongs: mpsc::Sender<Outgoing>,
    done: bool,
}

impl fmt::Debug for StreamEvents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamEvents")
            .field("config", &self.config)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl StreamEvents {
    fn read(&self, frame: Frame) -> Option<Result<StreamEvent, StreamError>> {
        match frame {
            Frame::Text(text) => {
                if text.len() > self.config.max_message_size {
                    return Some(Err(StreamError::TooLarge {
                        size: text.len(),
                        limit: self.config.max_message_size,
                    }));
                }
                Some(match StreamEvent::from_json(&text) {
                    Ok(event) => {
                        if let StreamEvent::Start(start) = &event
                            && let Ok(mut started) = self.started.lock()
                        {
                            started.sid = Some(start.start.stream_sid.clone());
                            started.codec = start.start.media_format.codec();
                        }
                        Ok(event)
                    }
                    Err(error) => Err(StreamError::Malformed {
                        error: error.to_string(),
                        excerpt: excerpt(&text),
                    }),
                })
            }
            Frame::Binary(bytes) => {
                if bytes.len() > self.config.max_message_size {
                    return Some(Err(StreamError::TooLarge {
                        size: bytes.len(),
                        limit: self.config.max_message_size,
                    }));
                }
                Some(Err(StreamError::Binary { size: bytes.len() }))
            }
            Frame::Ping(data) => {
                // Best effort: a full buffer means the writer is busy, and the peer will ping again.
                let _ = self.pongs.try_send(Outgoing::Pong(data));
                None
            }
            Frame::Pong(_) | Frame::Close => None,
        }
    }
}

impl Stream for StreamEvents {
    type Item = Result<StreamEvent, StreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if self.done {
                return Poll::Ready(None);
            }
            let frame = match self.frames.as_mut().poll_next(cx) {
                Poll::Pending => {
                    if self.writer_done.as_mut().poll(cx).is_ready() {
                        self.done = true;
                        return Poll::Ready(None);
                    }
                    return Poll::Pending;
                }
                Poll::Ready(None) => {
                    self.done = true;
                    return Poll::Ready(None);
                }
                Poll::Ready(Some(Err(error))) => {
                    self.done = true;
                    return Poll::Ready(Some(Err(StreamError::Transport(error))));
                }
                Poll::Ready(Some(Ok(frame))) => frame,
            };
            if frame == Frame::Close {
                self.done = true;
                return Poll::Ready(None);
            }
            if let Some(item) = self.read(frame) {
                return Poll::Ready(Some(item));
            }
        }
    }
}

/// Builds a session over any socket: the reading side and the sender, and the writer's future
/// (to spawn on the framework's executor). It writes commands as JSON text frames until a
/// [`StreamSender::close`], until every sender is dropped, or until the socket fails.
pub(crate) fn session<W>(
    frames: Frames,
    mut sink: W,
    config: Config,
) -> (
    StreamEvents,
    StreamSender,
    impl std::future::Future<Output = ()> + use<W>,
)
where
    W: Sink<Frame> + Unpin,
{
    let (sender, mut receiver) = mpsc::channel(config.buffer.max(1));
    let started = Arc::new(Mutex::new(Started::default()));
    let watcher = sender.clone();
    let events = StreamEvents {
        frames,
        writer_done: Box::pin(async move { watcher.closed().await }),
        config,
        started: started.clone(),
        pongs: sender.clone(),
        done: false,
    };
    let sender = StreamSender { sender, started };
    let writer = async move {
        while let Some(outgoing) = receiver.recv().await {
            let frame = match outgoing {
                Outgoing::Command(command) => Frame::Text(command.to_json()),
                Outgoing::Pong(data) => Frame::Pong(data),
                Outgoing::Close => {
                    let _ = sink.send(Frame::Close).await;
                    let _ = sink.close().await;
                    break;
                }
            };
            if sink.send(frame).await.is_err() {
                break;
            }
        }
        receiver.close();
    };
    (events, sender, writer)
}

/// A session over frames already split: for tests and other frameworks. The writer's future must
/// be spawned (or polled) for commands to be written.
///
/// ```
/// # mod cxml { pub mod streams { pub use ::cxml_streams::*; } }
/// use cxml::streams::{Config, Frame, StreamEvent, session_over};
/// use futures_util::StreamExt;
///
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let incoming = futures_util::stream::iter([
///     Ok(Frame::Text(StreamEvent::connected().to_json())),
///     Ok(Frame::Close),
/// ]);
/// let (mut events, _sender, _writer) =
///     session_over(incoming, futures_util::sink::drain(), Config::default());
/// assert_eq!(events.next().await, Some(Ok(StreamEvent::connected())));
/// assert_eq!(events.next().await, None);
/// # }
/// ```
pub fn session_over<R, W>(
    frames: R,
    sink: W,
    config: Config,
) -> (
    StreamEvents,
    StreamSender,
    impl std::future::Future<Output = ()> + use<R, W>,
)
where
    R: Stream<Item = Result<Frame, String>> + Send + 'static,
    W: Sink<Frame> + Unpin,
{
    session(Box::pin(frames.map(|frame| frame)), sink, config)
}
