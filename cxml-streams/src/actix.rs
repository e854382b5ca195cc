//! The handler over actix-web (feature `actix`; `streams-actix` on `cxml`), with `actix-ws`.
//!
//! ```no_run
//! # mod cxml { pub mod streams { pub use ::cxml_streams::*; } }
//! use actix_web::{HttpRequest, HttpResponse, web};
//! use cxml::streams::{Config, StreamEvent};
//! use futures_util::StreamExt;
//!
//! /// An echo bot: the caller hears themself.
//! async fn stream(request: HttpRequest, body: web::Payload) -> actix_web::Result<HttpResponse> {
//!     let (response, mut events, sender) =
//!         cxml::streams::actix::session(&request, body, Config::default())?;
//!     actix_web::rt::spawn(async move {
//!         while let Some(Ok(event)) = events.next().await {
//!             if let StreamEvent::Media(media) = event
//!                 && let Ok(payload) = media.media.bytes()
//!                 && sender.send_payload(&payload).await.is_err()
//!             {
//!                 break;
//!             }
//!         }
//!     });
//!     Ok(response)
//! }
//! # let _ = actix_web::App::new().route("/stream", web::get().to(stream));
//! ```

use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::AggregatedMessage;
use futures_util::StreamExt as _;
use tokio::sync::mpsc;

use crate::session::{Config, Frame, StreamEvents, StreamSender};

/// Accepts the upgrade: the response to return, the events to read and the sender. Two local
/// tasks on actix's runtime read the socket (into a buffer of [`Config::buffer`] frames, so a
/// slow reader slows the socket down) and write it.
pub fn session(
    request: &HttpRequest,
    body: web::Payload,
    config: Config,
) -> Result<(HttpResponse, StreamEvents, StreamSender), actix_web::Error> {
    let (response, socket, messages) = actix_ws::handle(request, body)?;
    let mut messages = messages
        .max_frame_size(config.max_message_size)
        .aggregate_continuations()
        .max_continuation_size(config.max_message_size);
    let (frames_in, mut frames_out) = mpsc::channel(config.buffer.max(1));
    actix_web::rt::spawn(async move {
        while let Some(message) = messages.next().await {
            let frame = match message {
                Ok(AggregatedMessage::Text(text)) => Ok(Frame::Text(text.to_string())),
                Ok(AggregatedMessage::Binary(bytes)) => Ok(Frame::Binary(bytes.to_vec())),
                Ok(AggregatedMessage::Ping(bytes)) => Ok(Frame::Ping(bytes.to_vec())),
                Ok(AggregatedMessage::Pong(bytes)) => Ok(Frame::Pong(bytes.to_vec())),
                Ok(AggregatedMessage::Close(_)) => Ok(Frame::Close),
                Err(error) => Err(error.to_string()),
            };
            let last = !matches!(
                frame,
                Ok(Frame::Text(_) | Frame::Binary(_) | Frame::Ping(_) | Frame::Pong(_))
            );
            if frames_in.send(frame).await.is_err() || last {
                break;
            }
        }
    });
    let frames = futures_util::stream::poll_fn(move |cx| frames_out.poll_recv(cx));
    let sink = futures_util::sink::unfold(Some(socket), |socket, frame: Frame| async move {
        let Some(mut socket) = socket else {
            return Err(actix_ws::Closed);
        };
        match frame {
            Frame::Text(text) => socket.text(text).await?,
            Frame::Binary(bytes) => socket.binary(bytes).await?,
            Frame::Ping(bytes) => socket.ping(&bytes).await?,
            Frame::Pong(bytes) => socket.pong(&bytes).await?,
            Frame::Close => {
                socket.close(None).await?;
                return Ok(None);
            }
        }
        Ok(Some(socket))
    });
    let (events, sender, writer) =
        crate::session::session(Box::pin(frames), Box::pin(sink), config);
    actix_web::rt::spawn(writer);
    Ok((response, events, sender))
}
