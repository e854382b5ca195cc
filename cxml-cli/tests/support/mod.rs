//! What the `cxml` binary's tests share: running it, with or without standard input, a fresh
//! directory per test, and apps served on loopback for it to call.

#![allow(dead_code)] // each test file uses its own part

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Runs `cxml` with `args` and an empty standard input.
pub fn cxml(args: &[&str]) -> Output {
    cxml_stdin(args, "")
}

/// Runs `cxml` with `args`, writing `input` to its standard input.
pub fn cxml_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cxml"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("stdin takes the input");
    child.wait_with_output().expect("the binary ends")
}

/// A fresh directory for one test's files, named after the test file and the test.
pub fn temp_dir(file: &str, test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cxml-{file}-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A free loopback port, bound: its address is known before the app that answers on it is built
/// (an app that checks signatures needs its own URL).
pub fn loopback() -> (std::net::TcpListener, std::net::SocketAddr) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("non-blocking");
    let addr = listener.local_addr().expect("address");
    (listener, addr)
}

/// Serves `app` on `listener`, from a thread of its own, until the test process ends.
pub fn serve_on(listener: std::net::TcpListener, app: axum::Router) {
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            axum::serve(listener, app).await.expect("serve");
        });
    });
}

/// Serves `app` on a free loopback port until the test process ends.
pub fn serve(app: axum::Router) -> std::net::SocketAddr {
    let (listener, addr) = loopback();
    serve_on(listener, app);
    addr
}
