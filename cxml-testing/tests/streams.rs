//! Media streams: the simulated caller talks to bots served on loopback ports, the bots written
//! with `cxml::streams`' axum handler.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::response::Response;
use axum::routing::{get, post};
use cxml_streams::audio::{self, Audio, Codec};
use cxml_streams::{Config, StreamEvent, Track};
use cxml_testing::{Ending, ErrorKind, Simulator, StreamEnd, StreamSettings};
use futures_util::StreamExt;

/// Serves a router on a loopback port.
async fn serve(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    address
}

/// An app whose `/voice` answers `document`.
fn app(document: String) -> Router {
    let after = "<Response><Say>Goodbye.</Say></Response>";
    Router::new()
        .route("/voice", post(move || async move { document }))
        .route("/after", post(move || async move { after }))
        .route("/stream-status", post(|| async { "" }))
}

/// The echo bot: every frame the caller sends comes back.
async fn echo(upgrade: WebSocketUpgrade) -> Response {
    cxml_streams::axum::upgrade(
        upgrade,
        Config::default(),
        |mut events, sender| async move {
            while let Some(Ok(event)) = events.next().await {
                if let StreamEvent::Media(media) = event
                    && let Ok(payload) = media.media.bytes()
                    && sender.send_payload(&payload).await.is_err()
                {
                    break;
                }
            }
        },
    )
}

/// The DTMF menu bot: a prompt, then `1` plays a tone, `2` hangs the stream up.
async fn menu(upgrade: WebSocketUpgrade) -> Response {
    cxml_streams::axum::upgrade(
        upgrade,
        Config::default(),
        |mut events, sender| async move {
            while let Some(Ok(event)) = events.next().await {
                let rate = sender.codec().map_or(8000, Codec::sample_rate);
                let sent = match event {
                    StreamEvent::Start(_) => {
                        let prompt = audio::tone(440.0, 200, rate, 4000);
                        let _ = sender.send_audio(&prompt).await;
                        sender.mark("menu").await
                    }
                    StreamEvent::Dtmf(dtmf) if dtmf.dtmf.digit == "1" => {
                        let _ = sender
                            .send_audio(&audio::tone(660.0, 100, rate, 4000))
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

/// The barge-in bot: a three-second greeting, cleared as soon as the caller speaks.
async fn barge_in(upgrade: WebSocketUpgrade) -> Response {
    cxml_streams::axum::upgrade(
        upgrade,
        Config::default(),
        |mut events, sender| async move {
            let mut speaking = false;
            while let Some(Ok(event)) = events.next().await {
                match event {
                    StreamEvent::Start(_) => {
                        let greeting = audio::tone(440.0, 3000, 8000, 4000);
                        let _ = sender.send_audio(&greeting).await;
                        let _ = sender.mark("greeting").await;
                        speaking = true;
                    }
                    StreamEvent::Mark(_) => speaking = false,
                    StreamEvent::Media(media) if speaking => {
                        let loud = media
                            .media
                            .samples(Codec::Pcmu8000)
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

/// A bot that says nothing and keeps every message it reads.
fn listener(seen: Arc<Mutex<Vec<StreamEvent>>>) -> Router {
    Router::new().route(
        "/listen",
        get(move |upgrade: WebSocketUpgrade| {
            let seen = seen.clone();
            async move {
                cxml_streams::axum::upgrade(
                    upgrade,
                    Config::default(),
                    |mut events, _sender| async move {
                        while let Some(Ok(event)) = events.next().await {
                            if let Ok(mut seen) = seen.lock() {
                                seen.push(event);
                            }
                        }
                    },
                )
            }
        }),
    )
}

fn bots() -> Router {
    Router::new()
        .route("/echo", get(echo))
        .route("/menu", get(menu))
        .route("/barge-in", get(barge_in))
}

fn connect(address: SocketAddr, path: &str, extra: &str) -> String {
    format!(
        r#"<Response><Connect action="/after"><Stream url="wss://{address}{path}"{extra}/></Connect></Response>"#
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_echo_bot_sends_every_frame_back() {
    let bots = serve(bots()).await;
    let extra = r#" statusCallback="/stream-status""#;
    let mut sim = Simulator::new(app(connect(bots, "/echo", extra)));
    let speech = audio::tone(300.0, 1000, 8000, 6000);
    let transcript = sim
        .call("/voice")
        .stream_audio(Audio::new(speech.clone(), 8000))
        .run()
        .await
        .unwrap();
    let streams = transcript.streams();
    assert_eq!(streams.len(), 1);
    let stream = streams[0];
    assert_eq!((stream.frames_sent, stream.frames_received), (50, 50));
    assert!(stream.bidirectional);
    assert_eq!(stream.ended_by, StreamEnd::CallerHungUp);
    // What came back is what was sent, through μ-law.
    let through = Codec::Pcmu8000.decode(&Codec::Pcmu8000.encode(&speech));
    assert_eq!(stream.bot_audio.samples, through);
    assert_eq!(stream.heard.duration(), Duration::from_secs(1));
    transcript.assert_ended(Ending::CallerHungUp);
    let told: Vec<_> = transcript
        .requests_to("/stream-status")
        .map(|request| request.params.get("StreamEvent").unwrap_or_default())
        .collect();
    assert_eq!(told, ["stream-started", "stream-stopped"]);
    // The caller hung up on the stream: the action is not requested.
    assert_eq!(transcript.requests_to("/after").count(), 0);
    // About a second of call time passed (the frames), and a little more while the echo played.
    assert!(sim.now() >= Duration::from_secs(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_echo_bot_over_l16_from_a_wav_file() {
    let bots = serve(bots()).await;
    let directory = std::env::temp_dir().join(format!("cxml-streams-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let wav = directory.join("caller.wav");
    // Recorded at 8 kHz; the stream is 16 kHz L16: the caller's audio is resampled.
    Audio::new(audio::tone(300.0, 500, 8000, 6000), 8000)
        .write_wav(&wav)
        .unwrap();
    let mut sim = Simulator::new(app(connect(bots, "/echo", r#" codec="L16@16000h""#)));
    let transcript = sim
        .call("/voice")
        .stream_audio(wav.as_path())
        .run()
        .await
        .unwrap();
    let stream = transcript.streams()[0];
    assert_eq!(stream.codec, Codec::L16_16000);
    assert_eq!((stream.frames_sent, stream.frames_received), (25, 25));
    assert_eq!(stream.bot_audio.sample_rate, 16000);
    assert_eq!(stream.bot_audio.samples.len(), 8000);
    // The bot's audio, kept, writes to a WAV file.
    let out = directory.join("bot.wav");
    stream.bot_audio.write_wav(&out).unwrap();
    assert_eq!(Audio::read_wav(&out).unwrap(), stream.bot_audio);
    let _ = std::fs::remove_dir_all(&directory);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dtmf_menu_bot_answers_keys_and_hands_the_call_back() {
    let bots = serve(bots()).await;
    // Each frame waits up to 20 ms (real time) for the bot's answer: its timing in call time
    // holds on a busy machine.
    let settings = StreamSettings::default().frame_wait(Duration::from_millis(20));
    let mut sim = Simulator::new(app(connect(bots, "/menu", ""))).stream_settings(settings);
    let transcript = sim
        .call("/voice")
        .stream_dtmf("1")
        .stream_silence(Duration::from_millis(400))
        .stream_dtmf("2")
        .run()
        .await
        .unwrap();
    let stream = transcript.streams()[0];
    assert_eq!(stream.ended_by, StreamEnd::AppClosed);
    assert_eq!(stream.marks, ["menu", "one"]);
    // 200 ms of prompt and 100 ms of answer, 20 ms a frame.
    assert_eq!(stream.frames_received, 15);
    assert_eq!(stream.heard.duration(), Duration::from_millis(300));
    // The app closed the socket: the call goes on with the `<Connect action>`.
    assert_eq!(transcript.said(), ["Goodbye."]);
    transcript.assert_requested("/after");
    transcript.assert_ended(Ending::EndOfDocument);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_barge_in_bot_clears_its_greeting_when_the_caller_talks() {
    let bots = serve(bots()).await;
    let settings = StreamSettings::default().frame_wait(Duration::from_millis(20));
    let mut sim = Simulator::new(app(connect(bots, "/barge-in", ""))).stream_settings(settings);
    let transcript = sim
        .call("/voice")
        .stream_silence(Duration::from_millis(500))
        .stream_audio(Audio::new(audio::tone(200.0, 1000, 8000, 8000), 8000))
        .run()
        .await
        .unwrap();
    let stream = transcript.streams()[0];
    assert_eq!(stream.cleared, 1);
    // The mark of the cleared greeting comes back, as on the platform.
    assert_eq!(stream.marks, ["greeting"]);
    assert_eq!(stream.bot_audio.duration(), Duration::from_secs(3));
    let heard = stream.heard.duration();
    assert!(
        heard >= Duration::from_millis(400) && heard < Duration::from_millis(1500),
        "heard {heard:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_at_reaches_an_app_whatever_the_host() {
    let bots = serve(bots()).await;
    let document =
        r#"<Response><Connect><Stream url="wss://bot.example.com/echo"/></Connect></Response>"#;
    let mut sim = Simulator::new(app(document.to_owned())).streams_at(bots.to_string());
    let transcript = sim
        .call("/voice")
        .stream_audio(Audio::new(audio::tone(300.0, 200, 8000, 6000), 8000))
        .run()
        .await
        .unwrap();
    let stream = transcript.streams()[0];
    assert_eq!(stream.url, "wss://bot.example.com/echo");
    assert_eq!((stream.frames_sent, stream.frames_received), (10, 10));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_started_stream_forks_the_audio_until_it_is_stopped() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let bot = serve(listener(seen.clone())).await;
    let document = format!(
        r#"<Response><Start><Stream name="fork" url="wss://{bot}/listen" track="both_tracks" statusCallback="/stream-status"><Parameter name="Cookie" value="948f"/></Stream></Start><Pause length="1"/><Stop><Stream name="fork"/></Stop><Say>Done.</Say></Response>"#
    );
    let mut sim = Simulator::new(app(document));
    let transcript = sim
        .call("/voice")
        .stream_audio(Audio::new(audio::tone(300.0, 100, 8000, 6000), 8000))
        .stream_dtmf("7")
        .run()
        .await
        .unwrap();
    let stream = transcript.streams()[0];
    assert_eq!(stream.name, "fork");
    assert_eq!(stream.ended_by, StreamEnd::Stopped);
    assert!(!stream.bidirectional);
    // 100 ms of speech, then the key: 100 ms of silence either side.
    assert_eq!(stream.frames_sent, 15);
    assert_eq!(transcript.said(), ["Done."]);
    let told: Vec<_> = transcript
        .requests_to("/stream-status")
        .map(|request| request.params.get("StreamEvent").unwrap_or_default())
        .collect();
    assert_eq!(told, ["stream-started", "stream-stopped"]);
    // What the app read, in order.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.first(), Some(&StreamEvent::connected()));
    let StreamEvent::Start(start) = &seen[1] else {
        panic!("{:?}", seen[1])
    };
    assert_eq!(start.sequence_number, 1);
    assert_eq!(start.start.tracks, [Track::Inbound, Track::Outbound]);
    assert_eq!(start.start.custom_parameters["Cookie"], "948f");
    assert_eq!(start.start.media_format.codec(), Some(Codec::Pcmu8000));
    assert_eq!(start.start.stream_sid, stream.sid);
    let media: Vec<_> = seen
        .iter()
        .filter_map(|event| match event {
            StreamEvent::Media(media) => Some(media),
            _ => None,
        })
        .collect();
    assert_eq!(media.len(), 15);
    assert_eq!(
        media.iter().map(|m| m.media.chunk).collect::<Vec<_>>(),
        (1..=15).collect::<Vec<_>>()
    );
    assert_eq!(media[1].media.timestamp, 20);
    assert!(
        seen.iter()
            .any(|event| matches!(event, StreamEvent::Dtmf(dtmf) if dtmf.dtmf.digit == "7"))
    );
    let numbers: Vec<u64> = seen
        .iter()
        .filter_map(StreamEvent::sequence_number)
        .collect();
    assert!(
        numbers.windows(2).all(|pair| pair[1] == pair[0] + 1),
        "{numbers:?}"
    );
    assert!(matches!(seen.last(), Some(StreamEvent::Stop(_))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_started_stream_ends_with_the_call() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let bot = serve(listener(seen.clone())).await;
    let document = format!(
        r#"<Response><Start><Stream url="wss://{bot}/listen"/></Start><Say>Hi.</Say></Response>"#
    );
    let mut sim = Simulator::new(app(document));
    let transcript = sim.call("/voice").run().await.unwrap();
    let stream = transcript.streams()[0];
    assert_eq!(stream.ended_by, StreamEnd::CallEnded);
    assert_eq!(stream.frames_sent, 0);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(matches!(
        seen.lock().unwrap().last(),
        Some(StreamEvent::Stop(_))
    ));
}

/// A bot that answers `start` with `reply` (raw text), then waits.
fn replying(reply: fn() -> String) -> Router {
    Router::new().route(
        "/bot",
        get(move |upgrade: WebSocketUpgrade| async move {
            upgrade.on_upgrade(move |mut socket| async move {
                use axum::extract::ws::Message;
                while let Some(Ok(message)) = socket.recv().await {
                    if let Message::Text(text) = message
                        && text.as_str().contains(r#""event":"start""#)
                    {
                        for _ in 0..1 {
                            if socket.send(Message::Text(reply().into())).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            })
        }),
    )
}

async fn failure(router: Router, settings: StreamSettings) -> String {
    let bot = serve(router).await;
    let mut sim = Simulator::new(app(connect(bot, "/bot", ""))).stream_settings(settings);
    let error = sim
        .call("/voice")
        .stream_audio(Audio::new(audio::tone(300.0, 200, 8000, 6000), 8000))
        .run()
        .await
        .unwrap_err();
    let ErrorKind::Stream { problem, url } = &error.kind else {
        panic!("{error}");
    };
    assert!(url.ends_with("/bot"));
    // The report is in the transcript.
    let stream = error.transcript.streams()[0].clone();
    assert_eq!(stream.ended_by, StreamEnd::Failed);
    problem.clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_message_is_a_clear_error() {
    let problem = failure(
        replying(|| "{not json".to_owned()),
        StreamSettings::default(),
    )
    .await;
    assert!(problem.contains("not a stream message"), "{problem}");
    assert!(problem.contains("{not json"), "{problem}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_audio_is_a_clear_error() {
    fn twenty_seconds() -> String {
        cxml_streams::Command::media("x", &vec![0xFF; 8000 * 20]).to_json()
    }
    let settings = StreamSettings::default().max_buffered(Duration::from_secs(5));
    let problem = failure(replying(twenty_seconds), settings).await;
    assert!(problem.contains("flood"), "{problem}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_message_is_a_clear_error() {
    fn big() -> String {
        format!(
            r#"{{"event":"mark","streamSid":"x","mark":{{"name":"{}"}}}}"#,
            "a".repeat(100_000)
        )
    }
    let settings = StreamSettings::default().max_message_size(64 * 1024);
    let problem = failure(replying(big), settings).await;
    assert!(problem.contains("65536"), "{problem}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_that_never_answers_fails_the_stream_in_time() {
    // Accepts the connection, never answers the handshake.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let mut sim = Simulator::new(app(connect(
        address,
        "/bot",
        r#" statusCallback="/stream-status""#,
    )))
    .stream_settings(StreamSettings::default().connect_timeout(Duration::from_millis(200)));
    let started = std::time::Instant::now();
    let transcript = sim.call("/voice").run().await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(3));
    let stream = transcript.streams()[0];
    assert_eq!(stream.ended_by, StreamEnd::Failed);
    let error = stream.error.as_deref().unwrap();
    assert!(
        error.contains("did not complete the WebSocket handshake"),
        "{error}"
    );
    // As on the platform: the status callback hears the error, and the call goes on.
    let callback = transcript.requests_to("/stream-status").next().unwrap();
    assert_eq!(callback.params.get("StreamEvent"), Some("stream-error"));
    assert_eq!(
        callback.params.get("StreamError"),
        Some("connection_refused_timeout_or_ssl_error")
    );
    assert_eq!(transcript.said(), ["Goodbye."]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_connection_fails_the_stream() {
    let address = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let mut sim = Simulator::new(app(connect(address, "/bot", "")));
    let transcript = sim.call("/voice").run().await.unwrap();
    let error = transcript.streams()[0].error.clone().unwrap();
    assert!(error.contains("cannot connect"), "{error}");
    transcript.assert_requested("/after");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_that_streams_forever_is_stopped() {
    // Answers every frame with two: its audio never runs out.
    async fn greedy(upgrade: WebSocketUpgrade) -> Response {
        cxml_streams::axum::upgrade(
            upgrade,
            Config::default(),
            |mut events, sender| async move {
                while let Some(Ok(event)) = events.next().await {
                    if let StreamEvent::Start(_) = event {
                        loop {
                            if sender.send_audio(&[0; 160]).await.is_err() {
                                return;
                            }
                            tokio::time::sleep(Duration::from_millis(1)).await;
                        }
                    }
                }
            },
        )
    }
    let bot = serve(Router::new().route("/bot", get(greedy))).await;
    let settings = StreamSettings::default().max_length(Duration::from_secs(2));
    let mut sim = Simulator::new(app(connect(bot, "/bot", ""))).stream_settings(settings);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(error.to_string().contains("max_length"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_that_closes_a_started_stream_ends_it() {
    async fn hang_up(upgrade: WebSocketUpgrade) -> Response {
        cxml_streams::axum::upgrade(
            upgrade,
            Config::default(),
            |mut events, sender| async move {
                while let Some(Ok(event)) = events.next().await {
                    if let StreamEvent::Start(_) = event {
                        let _ = sender.close().await;
                    }
                }
            },
        )
    }
    let bot = serve(Router::new().route("/bot", get(hang_up))).await;
    let document = format!(
        r#"<Response><Start><Stream name="s" url="wss://{bot}/bot"/></Start><Pause length="1"/><Stop><Stream name="s"/></Stop><Say>Still here.</Say></Response>"#
    );
    // The close is on its way when `<Stop>` comes (no real time passes on a `<Pause>`): the
    // stop waits a frame's wait for what the app sent.
    let settings = StreamSettings::default().frame_wait(Duration::from_millis(500));
    let mut sim = Simulator::new(app(document)).stream_settings(settings);
    let transcript = sim.call("/voice").run().await.unwrap();
    assert_eq!(transcript.streams()[0].ended_by, StreamEnd::AppClosed);
    assert_eq!(transcript.said(), ["Still here."]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_wav_file_is_a_clear_error() {
    let bots = serve(bots()).await;
    let mut sim = Simulator::new(app(connect(bots, "/echo", "")));
    let error = sim
        .call("/voice")
        .stream_audio("/nonexistent/caller.wav")
        .run()
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("cannot read the caller's audio /nonexistent/caller.wav"),
        "{error}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_marks_is_a_clear_error() {
    async fn marks(upgrade: WebSocketUpgrade) -> Response {
        cxml_streams::axum::upgrade(
            upgrade,
            Config::default(),
            |mut events, sender| async move {
                while let Some(Ok(event)) = events.next().await {
                    if let StreamEvent::Start(_) = event {
                        for n in 0.. {
                            if sender.mark(format!("m{n}")).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            },
        )
    }
    let bot = serve(Router::new().route("/bot", get(marks))).await;
    let settings = StreamSettings::default().max_marks(500);
    let mut sim = Simulator::new(app(connect(bot, "/bot", ""))).stream_settings(settings);
    let error = sim.call("/voice").run().await.unwrap_err();
    assert!(error.to_string().contains("more than 500 marks"), "{error}");
    assert_eq!(error.transcript.streams()[0].marks.len(), 500);
}
