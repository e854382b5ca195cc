//! The catalogue of `cxml!` compile errors: one case per rule, each with its checked-in
//! `.stderr`. Regenerate with `TRYBUILD=overwrite cargo test --test ui`, then read every diff.
//!
//! The `.stderr` files hold rustc's own wording around the macro's errors, which changes
//! between compiler releases. They are made with the compiler below. Elsewhere the catalogue is
//! skipped with a note, so `cargo test` stays green on a newer stable, unless
//! `CXML_UI_REQUIRED=1` is set, as CI (`.ci/run`) does, which makes a mismatch a failure.
//!
//! Where the `rust-src` component is installed, rustc also quotes the standard library's source
//! in its notes, so the same compiler would print two different files. The files are made
//! without it; on a toolchain that has it, the catalogue compiles against a view of the sysroot
//! that leaves the source out (symbolic links, made once under the target directory), so the
//! result does not depend on which components a machine happens to have.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The compiler release the `.stderr` files are made with.
const STDERR_COMPILER: &str = "rustc 1.95.";

/// Runs `rustc ARG` and returns its standard output, trimmed.
fn rustc_output(rustc: &str, arg: &str) -> String {
    Command::new(rustc)
        .arg(arg)
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .unwrap_or_default()
}

/// Makes (once) a sysroot with everything of `sysroot` but the standard library's source, and a
/// `rustc` that uses it; returns that program's path.
#[cfg(unix)]
fn rustc_without_rust_src(rustc: &str, sysroot: &Path) -> std::io::Result<PathBuf> {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let base = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let view = base.join("sysroot-without-rust-src");
    let rustlib = view.join("lib/rustlib");
    std::fs::create_dir_all(&rustlib)?;
    for entry in std::fs::read_dir(sysroot.join("lib/rustlib"))? {
        let entry = entry?;
        let link = rustlib.join(entry.file_name());
        if entry.file_name() != "src" && std::fs::symlink_metadata(&link).is_err() {
            symlink(entry.path(), &link)?;
        }
    }
    let wrapper = base.join("rustc-without-rust-src");
    let quote = |path: &str| format!("'{}'", path.replace('\'', r"'\''"));
    let script = format!(
        "#!/bin/sh\nexec {} --sysroot={} \"$@\"\n",
        quote(rustc),
        quote(&view.to_string_lossy())
    );
    std::fs::write(&wrapper, script)?;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))?;
    Ok(wrapper)
}

#[cfg(not(unix))]
fn rustc_without_rust_src(_rustc: &str, _sysroot: &Path) -> std::io::Result<PathBuf> {
    Err(std::io::Error::other("a sysroot view is only made on Unix"))
}

/// The `rustc` the catalogue must run with, or why this toolchain cannot reproduce the files.
fn catalogue_compiler() -> Result<String, String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let version = rustc_output(&rustc, "--version");
    if !version.starts_with(STDERR_COMPILER) {
        return Err(format!("made with {STDERR_COMPILER}x, this is {version:?}"));
    }
    let sysroot = PathBuf::from(rustc_output(&rustc, "--print=sysroot"));
    if !sysroot.join("lib/rustlib/src/rust").exists() {
        return Ok(rustc);
    }
    let wrapper = rustc_without_rust_src(&rustc, &sysroot).map_err(|error| {
        format!(
            "made without rust-src, which {} has, and hiding it failed: {error}",
            sysroot.display()
        )
    })?;
    let wrapper = wrapper.to_string_lossy().into_owned();
    let view_sysroot = PathBuf::from(rustc_output(&wrapper, "--print=sysroot"));
    if view_sysroot.join("lib/rustlib/src/rust").exists()
        || !view_sysroot.join("lib/rustlib").exists()
    {
        return Err(format!(
            "made without rust-src, and {wrapper} does not hide it"
        ));
    }
    Ok(wrapper)
}

#[test]
fn ui() {
    let rustc = match catalogue_compiler() {
        Ok(rustc) => rustc,
        Err(mismatch) => {
            let required = std::env::var_os("CXML_UI_REQUIRED").is_some_and(|value| value == "1");
            assert!(
                !required,
                "CXML_UI_REQUIRED=1, but the catalogue's .stderr files are {mismatch}"
            );
            eprintln!("skipping the compile-error catalogue: its .stderr files are {mismatch}");
            return;
        }
    };
    // SAFETY: this test binary has one test and no other thread reads the environment; trybuild's
    // cargo inherits the variable, which is the only way to choose its compiler.
    unsafe { std::env::set_var("RUSTC", &rustc) };
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
}
