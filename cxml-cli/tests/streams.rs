//! `cxml call --stream-audio FILE.wav --stream-dtmf DIGITS`: a simulated caller talks to a voice
//! bot over loopback, in another process; with `--json`, a `stream` event per stream.

use std::net::SocketAddr;

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::response::Response;
use axum::routing::{get, post};
use cxml_streams::audio::{self, Audio};
use cxml_streams::{Config, StreamEvent};
use futures_util::StreamExt;

mod support;
use support::{cxml, temp_dir};

/// Echoes the caller, and marks each key pressed (the mark comes back once the echo before it
/// has played).
async fn echo(upgrade: WebSocketUpgrade) -> Response {
    cxml_streams::axum::upgrade(
        upgrade,
        Config::default(),
        |mut events, sender| async move {
            while let Some(Ok(event)) = events.next().await {
                let sent = match event {
                    StreamEvent::Media(media) => match media.media.bytes() {
                        Ok(payload) => sender.send_payload(&payload).await,
                        Err(_) => Ok(()),
                    },
                    StreamEvent::Dtmf(dtmf) => {
                        sender.mark(format!("key-{}", dtmf.dtmf.digit)).await
                    }
                    _ => Ok(()),
                };
                if sent.is_err() {
                    break;
                }
            }
        },
    )
}

/// A server on a loopback port: `/voice` connects the caller to `/echo` at `stream_host` (the
/// server's own address when `None`).
fn serve(stream_host: Option<&'static str>) -> SocketAddr {
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    std_listener.set_nonblocking(true).expect("non-blocking");
    let addr = std_listener.local_addr().expect("address");
    let host = stream_host.map_or_else(|| addr.to_string(), str::to_owned);
    let document =
        format!(r#"<Response><Connect><Stream url="wss://{host}/echo"/></Connect></Response>"#);
    let app = Router::new()
        .route("/voice", post(move || async move { document }))
        .route("/echo", get(echo));
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(std_listener).expect("listener");
            axum::serve(listener, app).await.expect("serve");
        });
    });
    addr
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn caller_wav(test: &str) -> String {
    let wav = temp_dir("streams", test).join("caller.wav");
    // Half a second at 16 kHz; the stream is μ-law at 8 kHz.
    Audio::new(audio::tone(300.0, 500, 16000, 6000), 16000)
        .write_wav(&wav)
        .expect("write the WAV");
    wav.to_string_lossy().into_owned()
}

#[test]
fn a_stream_event_reports_each_stream_in_json() {
    let addr = serve(None);
    let url = format!("http://{addr}/voice");
    let wav = caller_wav("json");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        "K",
        "--stream-audio",
        &wav,
        "--stream-dtmf",
        "12",
        "--json",
    ]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON object per line"))
        .collect();
    let stream = events
        .iter()
        .find(|event| event["event"] == "stream" && event["action"] == "ended")
        .expect("a stream event");
    assert_eq!(stream["url"], format!("wss://{addr}/echo"));
    assert_eq!(stream["track"], "inbound_track");
    // 500 ms of speech, then two keys of 200 ms each: 20 ms frames.
    assert_eq!(stream["frames_sent"], 45);
    assert_eq!(stream["frames_received"], 45);
    assert_eq!(stream["marks"], serde_json::json!(["key-1", "key-2"]));
    assert_eq!(stream["cleared"], 0);
    assert_eq!(stream["ended_by"], "caller-hung-up");
    assert_eq!(events.last().unwrap()["reason"], "caller-hung-up");
}

#[test]
fn the_transcript_shows_the_stream_and_the_public_host_reaches_the_server() {
    // The document names the public host; the simulator reaches it at the server's address.
    let addr = serve(Some("bot.example.com"));
    let url = format!("http://{addr}/voice");
    let wav = caller_wav("public");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        "K",
        "--public-url",
        "https://bot.example.com",
        "--stream-audio",
        &wav,
    ]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    assert!(
        stdout.contains("ended (caller-hung-up): 25 frames sent, 25 received, 500 ms heard"),
        "{stdout}"
    );
}

#[test]
fn stream_flags_are_checked() {
    let output = cxml(&[
        "call",
        "http://127.0.0.1:9/voice",
        "--key",
        "K",
        "--stream-dtmf",
        "1x",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("`x` is not a key"),
        "{}",
        text(&output.stderr)
    );
    let output = cxml(&[
        "call",
        "http://127.0.0.1:9/voice",
        "--key",
        "K",
        "--stream-audio",
    ]);
    assert_eq!(output.status.code(), Some(2));
}
