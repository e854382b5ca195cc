//! The session over axum and actix-web: typed events in, typed commands out, errors, limits,
//! backpressure and a clean stop, against a real WebSocket client on loopback.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::routing::get;
use cxml_streams::audio::Codec;
use cxml_streams::protocol::Track;
use cxml_streams::{
    Command, Config, Frame, SendError, StreamError, StreamEvent, StreamEvents, StreamSender,
};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

type Client =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// What a bot read: events or errors, as text.
type Log = mpsc::UnboundedSender<String>;

/// The bot every test runs: logs what it reads; on `start` sends 20 ms of audio, a mark, a
/// clear and a key; on `stop` closes the socket.
async fn bot(mut events: StreamEvents, sender: StreamSender, log: Log) {
    let _ = log.send(format!("before start: {:?}", sender.mark("early").await));
    while let Some(item) = events.next().await {
        match item {
            Ok(StreamEvent::Start(start)) => {
                let _ = log.send(format!("start {}", start.start.stream_sid));
                let codec = sender.codec().unwrap_or_default();
                let _ = sender.send_audio(&vec![1; codec.frame_samples()]).await;
                let _ = sender.mark("said").await;
                let _ = sender.clear().await;
                let _ = sender.dtmf('5').await;
            }
            Ok(StreamEvent::Stop(_)) => {
                let _ = log.send("stop".to_owned());
                let _ = sender.close().await;
            }
            Ok(event) => {
                let _ = log.send(format!("{event:?}"));
            }
            Err(error) => {
                let _ = log.send(format!("error: {error}"));
            }
        }
    }
    let _ = log.send("ended".to_owned());
}

async fn serve_axum(config: Config) -> (SocketAddr, mpsc::UnboundedReceiver<String>) {
    let (log, read) = mpsc::unbounded_channel();
    let app = Router::new().route(
        "/stream",
        get(move |upgrade: WebSocketUpgrade| {
            let log = log.clone();
            async move {
                cxml_streams::axum::upgrade(upgrade, config, move |events, sender| {
                    bot(events, sender, log)
                })
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (address, read)
}

fn serve_actix(config: Config) -> (SocketAddr, mpsc::UnboundedReceiver<String>) {
    let (log, read) = mpsc::unbounded_channel();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = actix_web::HttpServer::new(move || {
                let log = log.clone();
                actix_web::App::new().route(
                    "/stream",
                    actix_web::web::get().to(
                        move |request: actix_web::HttpRequest, body: actix_web::web::Payload| {
                            let log = log.clone();
                            async move {
                                let (response, events, sender) =
                                    cxml_streams::actix::session(&request, body, config)?;
                                actix_web::rt::spawn(bot(events, sender, log));
                                Ok::<_, actix_web::Error>(response)
                            }
                        },
                    ),
                )
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
            let _ = server.await;
        });
    });
    (address, read)
}

async fn client(address: SocketAddr) -> Client {
    let (socket, _) = tokio_tungstenite::connect_async(format!("ws://{address}/stream"))
        .await
        .unwrap();
    socket
}

/// The next text message from the bot, as a command.
async fn command(socket: &mut Client) -> Command {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("a message in time")
            .expect("the socket open")
            .unwrap();
        if let Message::Text(text) = message {
            return Command::from_json(text.as_str()).unwrap();
        }
    }
}

async fn next_log(log: &mut mpsc::UnboundedReceiver<String>) -> String {
    let line = next_log_quiet(log).await;
    eprintln!("bot: {line}");
    line
}

async fn next_log_quiet(log: &mut mpsc::UnboundedReceiver<String>) -> String {
    tokio::time::timeout(Duration::from_secs(5), log.recv())
        .await
        .map_err(|_| eprintln!("no log in time"))
        .expect("the bot logs in time")
        .expect("the bot runs")
}

fn start(codec: Codec) -> String {
    StreamEvent::start(
        1,
        "MZ1",
        "AC1",
        "CA1",
        vec![Track::Inbound],
        Default::default(),
        codec,
    )
    .to_json()
}

/// The conversation both frameworks must hold.
async fn converse(address: SocketAddr, mut log: mpsc::UnboundedReceiver<String>) {
    let mut socket = client(address).await;
    assert_eq!(next_log(&mut log).await, "before start: Err(NotStarted)");
    socket
        .send(Message::text(StreamEvent::connected().to_json()))
        .await
        .unwrap();
    assert!(next_log(&mut log).await.starts_with("Connected("));
    socket
        .send(Message::text(start(Codec::L16_16000)))
        .await
        .unwrap();
    assert_eq!(next_log(&mut log).await, "start MZ1");
    // The commands, typed, with the stream's sid, in order.
    let Command::Media(media) = command(&mut socket).await else {
        panic!("media first")
    };
    assert_eq!(media.stream_sid, "MZ1");
    assert_eq!(
        Codec::L16_16000.decode(&media.media.bytes().unwrap()),
        vec![1; 320]
    );
    assert_eq!(command(&mut socket).await, Command::mark("MZ1", "said"));
    assert_eq!(command(&mut socket).await, Command::clear("MZ1"));
    assert_eq!(command(&mut socket).await, Command::dtmf("MZ1", '5'));
    // A malformed message is an error, and the stream goes on.
    socket.send(Message::text("{oops")).await.unwrap();
    let error = next_log(&mut log).await;
    assert!(
        error.starts_with("error: malformed stream message"),
        "{error}"
    );
    assert!(error.ends_with("{oops"), "{error}");
    socket.send(Message::binary(vec![1, 2, 3])).await.unwrap();
    assert!(
        next_log(&mut log)
            .await
            .starts_with("error: binary frame of 3 bytes")
    );
    // An unknown message is read, not refused.
    socket
        .send(Message::text(r#"{"event":"later","x":1}"#))
        .await
        .unwrap();
    assert_eq!(next_log(&mut log).await, "Other");
    let dtmf = StreamEvent::dtmf(3, Some("MZ1".into()), '#', 120).to_json();
    socket.send(Message::text(dtmf)).await.unwrap();
    assert!(next_log(&mut log).await.starts_with("Dtmf("));
    // A clean stop: `stop`, the bot closes, the socket closes.
    socket
        .send(Message::text(StreamEvent::stop(4).to_json()))
        .await
        .unwrap();
    assert_eq!(next_log(&mut log).await, "stop");
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Close(_) = message {
                return true;
            }
        }
        true
    })
    .await
    .unwrap();
    assert!(closed);
    assert_eq!(next_log(&mut log).await, "ended");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axum_sessions_are_typed_both_ways() {
    let (address, log) = serve_axum(Config::default()).await;
    converse(address, log).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn actix_sessions_are_typed_both_ways() {
    let (address, log) = serve_actix(Config::default());
    converse(address, log).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_over_the_limit_end_the_stream_with_an_error() {
    for (address, mut log) in [
        serve_axum(Config::default().max_message_size(1024)).await,
        serve_actix(Config::default().max_message_size(1024)),
    ] {
        let mut socket = client(address).await;
        assert_eq!(next_log(&mut log).await, "before start: Err(NotStarted)");
        let big = format!(r#"{{"event":"x","pad":"{}"}}"#, "a".repeat(4000));
        let _ = socket.send(Message::text(big)).await;
        let error = next_log(&mut log).await;
        assert!(error.starts_with("error: "), "{error}");
        // The bot is not left hanging: its events end.
        let mut ended = false;
        for _ in 0..3 {
            if next_log(&mut log).await == "ended" {
                ended = true;
                break;
            }
        }
        assert!(ended);
    }
}

#[tokio::test]
async fn the_sender_has_a_bounded_buffer() {
    // A socket that never takes a frame: the writer is not even run.
    let (events, sender, _writer) = cxml_streams::session_over(
        futures_util::stream::iter([Ok(Frame::Text(start(Codec::Pcmu8000)))]),
        futures_util::sink::drain(),
        Config::default().buffer(2),
    );
    let read: Vec<_> = events.collect().await;
    assert!(matches!(read[..], [Ok(StreamEvent::Start(_))]));
    assert_eq!(sender.stream_sid().as_deref(), Some("MZ1"));
    assert_eq!(sender.codec(), Some(Codec::Pcmu8000));
    assert_eq!(sender.try_send(Command::clear("MZ1")), Ok(()));
    assert_eq!(sender.try_send(Command::clear("MZ1")), Ok(()));
    assert_eq!(sender.try_send(Command::clear("MZ1")), Err(SendError::Full));
    // `send` waits for room rather than buffering more.
    let waited = tokio::time::timeout(Duration::from_millis(50), sender.clear()).await;
    assert!(waited.is_err());
}

#[tokio::test]
async fn malformed_and_oversized_messages_are_errors_that_do_not_end_the_stream() {
    let frames = [
        Ok(Frame::Text("[]".to_owned())),
        Ok(Frame::Text(format!("\"{}\"", "a".repeat(100)))),
        Ok(Frame::Text(
            r#"{"event":"media","media":{"payload":1}}"#.to_owned(),
        )),
        Ok(Frame::Ping(vec![1])),
        Ok(Frame::Text(StreamEvent::stop(9).to_json())),
        Err("reset by peer".to_owned()),
        Ok(Frame::Text(StreamEvent::stop(10).to_json())),
    ];
    let (events, _sender, _writer) = cxml_streams::session_over(
        futures_util::stream::iter(frames),
        futures_util::sink::drain(),
        Config::default().max_message_size(64),
    );
    let read: Vec<_> = events.collect().await;
    assert!(matches!(read[0], Err(StreamError::Malformed { .. })));
    assert_eq!(
        read[1],
        Err(StreamError::TooLarge {
            size: 102,
            limit: 64
        })
    );
    assert!(matches!(read[2], Err(StreamError::Malformed { .. })));
    assert_eq!(read[3], Ok(StreamEvent::stop(9)));
    assert_eq!(
        read[4],
        Err(StreamError::Transport("reset by peer".to_owned()))
    );
    // A failed socket ends the stream.
    assert_eq!(read.len(), 5);
}
