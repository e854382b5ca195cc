//! The catalogue of `cxml!` compile errors: one case per rule, each with its checked-in
//! `.stderr`. Regenerate with `TRYBUILD=overwrite cargo test --test ui`, then read every diff.
//!
//! The `.stderr` files hold rustc's own wording around the macro's errors, which changes
//! between compiler releases, and rustc quotes the standard library's source where the
//! `rust-src` component is installed. The files are made with the compiler below and without
//! `rust-src`; anywhere else the catalogue is skipped with a note, so `cargo test` stays green
//! on a newer stable, unless `CXML_UI_REQUIRED=1` is set, as CI (`.ci/run`) does, which makes a
//! mismatch a failure.

use std::path::Path;
use std::process::Command;

/// The compiler release the `.stderr` files are made with.
const STDERR_COMPILER: &str = "rustc 1.95.";

/// Why this toolchain is not the one the `.stderr` files were made with, if it is not.
fn toolchain_mismatch() -> Option<String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let run = |arg: &str| {
        Command::new(&rustc)
            .arg(arg)
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let version = run("--version");
    if !version.starts_with(STDERR_COMPILER) {
        return Some(format!("made with {STDERR_COMPILER}x, this is {version:?}"));
    }
    let sysroot = run("--print=sysroot");
    if Path::new(&sysroot).join("lib/rustlib/src/rust").exists() {
        return Some(format!(
            "made without the rust-src component, which {sysroot} has (rustc then quotes std's source)"
        ));
    }
    None
}

#[test]
fn ui() {
    if let Some(mismatch) = toolchain_mismatch() {
        let required = std::env::var_os("CXML_UI_REQUIRED").is_some_and(|value| value == "1");
        assert!(
            !required,
            "CXML_UI_REQUIRED=1, but the catalogue's .stderr files are {mismatch}"
        );
        eprintln!("skipping the compile-error catalogue: its .stderr files are {mismatch}");
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
}
