//! `cxml fmt`: lays out the body of every `cxml!` call in Rust files, as rustfmt does for the
//! code around them (rustfmt leaves macro bodies alone).
//!
//! ```text
//! cxml fmt -                  format standard input to standard output
//! cxml fmt FILE|DIR...        format in place (a directory: every .rs file under it)
//! cxml fmt --check FILE...    change nothing; list files that would change; exit 1 if any
//! cxml fmt --rustfmt ...      then run rustfmt on the result (for rust-analyzer)
//! ```
//!
//! Only the inside of `cxml!(…)`, `cxml!{…}` and `cxml![…]` changes: the tokens stay the same
//! (so the documents do), comments stay where they were, and everything else is kept byte for
//! byte. A body the formatter does not understand is left as written, with a note.

mod layout;
mod lex;
mod syntax;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const USAGE: &str = "usage: cxml fmt [--check] [--rustfmt] [--edition EDITION] (- | FILE...)";

/// What went wrong with one input.
#[derive(Debug)]
pub enum FormatError {
    /// The text is not Rust tokens (an unclosed delimiter or literal): `(byte offset, why)`.
    Lex(usize, &'static str),
    /// rustfmt could not be run, or rejected the file.
    Rustfmt(String),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Lex(_, message) => write!(f, "not Rust tokens: {message}"),
            FormatError::Rustfmt(message) => write!(f, "rustfmt: {message}"),
        }
    }
}

/// Formats every `cxml!` body in `source`. Also returns how many bodies were left as written.
pub fn format_source(source: &str) -> Result<(String, usize), FormatError> {
    let tokens = lex::lex(source).map_err(|error| FormatError::Lex(error.offset, error.message))?;
    Ok(layout::format_source(source, &tokens))
}

struct Options {
    check: bool,
    rustfmt: bool,
    edition: Option<String>,
    paths: Vec<String>,
}

fn options(args: &[String]) -> Option<Options> {
    let mut options = Options {
        check: false,
        rustfmt: false,
        edition: None,
        paths: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => options.check = true,
            "--rustfmt" => options.rustfmt = true,
            "--edition" => options.edition = Some(args.next()?.clone()),
            flag if flag.starts_with("--") => return None,
            path => options.paths.push(path.to_string()),
        }
    }
    let stdin_alone = options.paths.iter().all(|path| path != "-") || options.paths.len() == 1;
    (!options.paths.is_empty() && stdin_alone).then_some(options)
}

/// Runs `cxml fmt ARGS`; returns the exit status (0 done / nothing to change, 1 `--check` found
/// files to change, 2 usage or I/O error).
pub fn run(args: &[String], out: &mut impl Write) -> u8 {
    let Some(options) = options(args) else {
        eprintln!("{USAGE}");
        return 2;
    };
    if options.paths == ["-"] {
        return run_stdin(&options, out);
    }
    let mut status = 0;
    let mut files = Vec::new();
    for path in &options.paths {
        if let Err(error) = collect(Path::new(path), &mut files) {
            eprintln!("{path}: {error}");
            status = 2;
        }
    }
    for file in files {
        let name = file.display().to_string();
        let result = std::fs::read_to_string(&file)
            .map_err(|error| error.to_string())
            .and_then(|text| {
                let formatted = format_file(&name, &text, &options)?;
                Ok((text != formatted).then_some(formatted))
            });
        match result {
            Ok(None) => {}
            Ok(Some(_)) if options.check => {
                let _ = writeln!(out, "{name}");
                status = status.max(1);
            }
            Ok(Some(formatted)) => {
                if let Err(error) = std::fs::write(&file, formatted) {
                    eprintln!("{name}: {error}");
                    status = 2;
                }
            }
            Err(error) => {
                eprintln!("{name}: {error}");
                status = 2;
            }
        }
    }
    status
}

fn run_stdin(options: &Options, out: &mut impl Write) -> u8 {
    let mut text = String::new();
    if let Err(error) = io::stdin().read_to_string(&mut text) {
        eprintln!("<stdin>: {error}");
        return 2;
    }
    match format_file("<stdin>", &text, options) {
        Ok(formatted) if options.check => {
            if formatted == text {
                0
            } else {
                let _ = writeln!(out, "<stdin>");
                1
            }
        }
        Ok(formatted) => {
            let _ = out.write_all(formatted.as_bytes());
            0
        }
        Err(error) => {
            eprintln!("<stdin>: {error}");
            // Like rustfmt: an editor that pipes through us gets the text back unchanged.
            if !options.check {
                let _ = out.write_all(text.as_bytes());
            }
            2
        }
    }
}

/// The formatted text of one file; notes bodies left as written on standard error.
fn format_file(name: &str, text: &str, options: &Options) -> Result<String, String> {
    let (mut formatted, left) = format_source(text).map_err(|error| located(text, &error))?;
    if options.rustfmt {
        formatted =
            rustfmt(&formatted, options.edition.as_deref()).map_err(|error| error.to_string())?;
        // rustfmt may move the line a call starts on; lay the bodies out for where they are now.
        formatted = format_source(&formatted)
            .map_err(|error| located(&formatted, &error))?
            .0;
    }
    if left > 0 {
        eprintln!("{name}: {left} cxml! body(ies) left as written: not understood by cxml fmt");
    }
    Ok(formatted)
}

fn located(text: &str, error: &FormatError) -> String {
    match error {
        FormatError::Lex(offset, _) => {
            let before = &text[..*offset];
            let line = before.matches('\n').count() + 1;
            let column = before[before.rfind('\n').map_or(0, |at| at + 1)..]
                .chars()
                .count()
                + 1;
            format!("{line}:{column}: {error}")
        }
        FormatError::Rustfmt(_) => error.to_string(),
    }
}

/// Pipes `text` through rustfmt (`$RUSTFMT`, else `rustfmt` on the path).
fn rustfmt(text: &str, edition: Option<&str>) -> Result<String, FormatError> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut command = Command::new(program);
    command.args(["--emit", "stdout"]);
    if let Some(edition) = edition {
        command.args(["--edition", edition]);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| FormatError::Rustfmt(error.to_string()))?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = text.to_string();
    // Written from another thread so a large file cannot fill both pipes and deadlock.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|error| FormatError::Rustfmt(error.to_string()))?;
    let _ = writer.join();
    if !output.status.success() {
        return Err(FormatError::Rustfmt(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|error| FormatError::Rustfmt(error.to_string()))
}

/// `path` itself if it is a file, else every `.rs` file under it (skipping hidden directories
/// and `target`), in a stable order.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    if !path.is_dir() {
        std::fs::metadata(path)?;
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<io::Result<_>>()?;
    entries.sort();
    for entry in entries {
        let name = entry
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if entry.is_dir() {
            if !name.starts_with('.') && name != "target" {
                collect(&entry, files)?;
            }
        } else if name.ends_with(".rs") {
            files.push(entry);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
