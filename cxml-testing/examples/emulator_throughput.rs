//! Simulated calls per second against a trivial app (`<Response><Say>Hi.</Say></Response>`):
//! the simulator alone, the REST door in process (`cxml_rest::Client` → `Emulator`), and through
//! `cxml emulate` over HTTP on loopback (set `CXML_BIN` to the `cxml` binary).
//!
//! ```text
//! cargo run --release -p cxml-testing --features rest --example emulator_throughput [CALLS]
//! ```

use std::time::{Duration, Instant};

use axum::{Router, routing::post};
use cxml_rest::{CallDocument, Client, CreateCall, Credentials, RetryPolicy};
use cxml_testing::Simulator;
use cxml_testing::rest::Emulator;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn app() -> Router {
    Router::new().route(
        "/hi",
        post(|| async { "<Response><Say>Hi.</Say></Response>" }),
    )
}

fn report(what: &str, calls: usize, took: Duration) {
    println!(
        "{what:<44} {calls:>6} calls in {:>8.3} s: {:>9.0} calls/s",
        took.as_secs_f64(),
        calls as f64 / took.as_secs_f64()
    );
}

#[tokio::main]
async fn main() {
    let calls: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);

    // The simulator alone: an inbound call each.
    let mut simulator = Simulator::new(app()).seed(1);
    let start = Instant::now();
    for _ in 0..calls {
        simulator.call("/hi").run().await.expect("the call runs");
    }
    report(
        "simulator, in process (Simulator::call)",
        calls,
        start.elapsed(),
    );

    // The REST door in process.
    let emulator = Emulator::new(Simulator::new(app()).seed(2), "bench", "token");
    let client =
        Client::builder(Credentials::new("bench", "token", "example.signalwire.com").unwrap())
            .retry(RetryPolicy::none())
            .service(emulator.clone());
    let request = CreateCall::new(
        "+15550100",
        "+15550199",
        CallDocument::url("https://app.example.com/hi"),
    );
    let start = Instant::now();
    for _ in 0..calls {
        client.calls().create(&request).await.expect("created");
    }
    report(
        "REST in process (Client -> Emulator)",
        calls,
        start.elapsed(),
    );

    // Through `cxml emulate`.
    let Ok(binary) = std::env::var("CXML_BIN") else {
        println!("cxml emulate: skipped (set CXML_BIN to the cxml binary)");
        return;
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let app_address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await });
    let mut child = std::process::Command::new(binary)
        .args(["emulate", "--project", "bench", "--token", "token"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("cxml emulate starts");
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    let emulate = first
        .trim()
        .trim_start_matches("listening on http://")
        .to_owned();
    let body = format!("To=%2B15550100&From=%2B15550199&Url=http%3A%2F%2F{app_address}%2Fhi");
    let request = format!(
        "POST /2010-04-01/Accounts/bench/Calls.json HTTP/1.1\r\nHost: {emulate}\r\nAuthorization: Basic YmVuY2g6dG9rZW4=\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let start = Instant::now();
    for _ in 0..calls {
        let mut stream = tokio::net::TcpStream::connect(&emulate).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        assert!(
            answer.starts_with(b"HTTP/1.1 201"),
            "{}",
            String::from_utf8_lossy(&answer)
        );
    }
    report(
        "REST over HTTP (cxml emulate, webhooks over HTTP)",
        calls,
        start.elapsed(),
    );
    let _ = child.kill();
    let _ = child.wait();
}
