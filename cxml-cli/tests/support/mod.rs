//! What the `cxml` binary's tests share: running it, with or without standard input, and a
//! fresh directory per test.

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
