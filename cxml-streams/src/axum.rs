//! The handler over axum's WebSocket (feature `axum`; `streams-axum` on `cxml`).
//!
//! ```no_run
//! # mod cxml { pub mod streams { pub use ::cxml_streams::*; } }
//! use axum::{Router, extract::ws::WebSocketUpgrade, response::Response, routing::get};
//! use cxml::streams::{Config, StreamEvent};
//! use futures_util::StreamExt;
//!
//! /// An echo bot: the caller hears themself.
//! async fn stream(upgrade: WebSocketUpgrade) -> Response {
//!     cxml::streams::axum::upgrade(upgrade, Config::default(), |mut events, sender| async move {
//!         while let Some(Ok(event)) = events.next().await {
//!             if let StreamEvent::Media(media) = event
//!                 && let Ok(payload) = media.media.bytes()
//!                 && sender.send_payload(&payload).await.is_err()
//!             {
//!                 break;
//!             }
//!         }
//!     })
//! }
//!
//! let app: Router = Router::new().route("/stream", get(stream));
//! ```

use std::future::Future;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use futures_util::{SinkExt as _, StreamExt as _};

use crate::session::{Config, Frame, StreamEvents, StreamSender, session};

/// A session over an upgraded socket: the events to read and the sender. The writer runs on its
/// own tokio task until the sender closes the socket, every sender is dropped, or the socket
/// fails.
pub fn session_of(socket: WebSocket, config: Config) -> (StreamEvents, StreamSender) {
    let (sink, stream) = socket.split();
    let frames = stream.map(|message| match message {
        Ok(Message::Text(text)) => Ok(Frame::Text(text.as_str().to_owned())),
        Ok(Message::Binary(bytes)) => Ok(Frame::Binary(bytes.to_vec())),
        Ok(Message::Ping(bytes)) => Ok(Frame::Ping(bytes.to_vec())),
        Ok(Message::Pong(bytes)) => Ok(Frame::Pong(bytes.to_vec())),
        Ok(Message::Close(_)) => Ok(Frame::Close),
        Err(error) => Err(error.to_string()),
    });
    let sink = sink.with(|frame: Frame| {
        std::future::ready(Ok::<_, axum::Error>(match frame {
            Frame::Text(text) => Message::Text(text.into()),
            Frame::Binary(bytes) => Message::Binary(bytes.into()),
            Frame::Ping(bytes) => Message::Ping(bytes.into()),
            Frame::Pong(bytes) => Message::Pong(bytes.into()),
            Frame::Close => Message::Close(None),
        }))
    });
    let (events, sender, writer) = session(Box::pin(frames), Box::pin(sink), config);
    tokio::spawn(writer);
    (events, sender)
}

/// Accepts the upgrade (messages over [`Config::max_message_size`] refused by axum itself) and
/// runs `handler` with the session once the socket is open.
pub fn upgrade<F, Fut>(upgrade: WebSocketUpgrade, config: Config, handler: F) -> Response
where
    F: FnOnce(StreamEvents, StreamSender) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    upgrade
        .max_message_size(config.max_message_size)
        .max_frame_size(config.max_message_size)
        .on_upgrade(move |socket| {
            let (events, sender) = session_of(socket, config);
            handler(events, sender)
        })
}
