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

/// A prompt, then `1` plays an answer and `2` closes the socket (the call goes on).
async fn menu(upgrade: WebSocketUpgrade) -> Response {
    cxml_streams::axum::upgrade(
        upgrade,
        Config::default(),
        |mut events, sender| async move {
            while let Some(Ok(event)) = events.next().await {
                let sent = match event {
                    StreamEvent::Start(_) => {
                        let _ = sender
                            .send_audio(&audio::tone(440.0, 200, 8000, 4000))
                            .await;
                        sender.mark("menu").await
                    }
                    StreamEvent::Dtmf(dtmf) if dtmf.dtmf.digit == "1" => {
                        let _ = sender
                            .send_audio(&audio::tone(660.0, 100, 8000, 4000))
                            .await;
                        sender.mark("one").await
                    }
                    StreamEvent::Dtmf(dtmf) if dtmf.dtmf.digit == "2" => {
                        let _ = sender.close().await;
                        break;
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

/// A three-second greeting, cleared when the caller talks over it.
async fn barge_in(upgrade: WebSocketUpgrade) -> Response {
    cxml_streams::axum::upgrade(
        upgrade,
        Config::default(),
        |mut events, sender| async move {
            let mut speaking = false;
            while let Some(Ok(event)) = events.next().await {
                match event {
                    StreamEvent::Start(_) => {
                        let _ = sender
                            .send_audio(&audio::tone(440.0, 3000, 8000, 4000))
                            .await;
                        let _ = sender.mark("greeting").await;
                        speaking = true;
                    }
                    StreamEvent::Mark(_) => speaking = false,
                    StreamEvent::Media(media) if speaking => {
                        let loud = media
                            .media
                            .samples(cxml_streams::Codec::Pcmu8000)
                            .is_ok_and(|samples| audio::rms(&samples) > 1000.0);
                        if loud {
                            let _ = sender.clear().await;
                            speaking = false;
                        }
                    }
                    _ => {}
                }
            }
        },
    )
}

/// A server on a loopback port: `/voice` connects the caller to `/echo` at `stream_host` (the
/// server's own address when `None`), `/voice?bot=NAME` to `/NAME`.
fn serve(stream_host: Option<&'static str>) -> SocketAddr {
    let (std_listener, addr) = support::loopback();
    let host = stream_host.map_or_else(|| addr.to_string(), str::to_owned);
    let voice = move |query: axum::extract::Query<std::collections::HashMap<String, String>>| {
        let bot = query
            .get("bot")
            .cloned()
            .unwrap_or_else(|| "echo".to_owned());
        let host = host.clone();
        async move {
            format!(
                r#"<Response><Connect action="/after"><Stream url="wss://{host}/{bot}"/></Connect></Response>"#
            )
        }
    };
    let app = Router::new()
        .route("/voice", post(voice))
        .route(
            "/after",
            post(|| async { "<Response><Say>Goodbye.</Say></Response>" }),
        )
        .route("/echo", get(echo))
        .route("/menu", get(menu))
        .route("/barge-in", get(barge_in));
    support::serve_on(std_listener, app);
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

fn stream_event(stdout: &[u8]) -> serde_json::Value {
    text(stdout)
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).expect("a JSON object per line")
        })
        .find(|event| event["event"] == "stream" && event["action"] == "ended")
        .expect("a stream event")
}

#[test]
fn a_dtmf_menu_bot_over_loopback() {
    let addr = serve(None);
    let url = format!("http://{addr}/voice?bot=menu");
    let output = cxml(&["call", &url, "--key", "K", "--stream-dtmf", "1", "--json"]);
    // One key, then the caller hangs up: the bot never got its `2`.
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stream = stream_event(&output.stdout);
    assert_eq!(stream["marks"], serde_json::json!(["menu", "one"]));
    assert_eq!(stream["frames_received"], 15);
    assert_eq!(stream["ended_by"], "caller-hung-up");

    let output = cxml(&["call", &url, "--key", "K", "--stream-dtmf", "12", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stream = stream_event(&output.stdout);
    assert_eq!(stream["ended_by"], "app-closed");
    // The bot hung the stream up: the call went on to the `<Connect action>`.
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains(r#""event":"say","text":"Goodbye.""#),
        "{stdout}"
    );
}

#[test]
fn a_barge_in_bot_over_loopback() {
    let addr = serve(None);
    let url = format!("http://{addr}/voice?bot=barge-in");
    let wav = temp_dir("streams", "barge-in").join("caller.wav");
    let mut speech = audio::silence(500, 8000);
    speech.extend(audio::tone(200.0, 1000, 8000, 8000));
    Audio::new(speech, 8000)
        .write_wav(&wav)
        .expect("write the WAV");
    let output = cxml(&[
        "call",
        &url,
        "--key",
        "K",
        "--stream-audio",
        &wav.to_string_lossy(),
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stream = stream_event(&output.stdout);
    assert_eq!(stream["cleared"], 1);
    assert_eq!(stream["marks"], serde_json::json!(["greeting"]));
    assert_eq!(stream["bot_audio_ms"], 3000);
    let heard = stream["heard_ms"].as_u64().unwrap();
    // The greeting played until the caller spoke, at 500 ms (give or take the bot's delay).
    assert!((100..1500).contains(&heard), "heard {heard} ms");
}
