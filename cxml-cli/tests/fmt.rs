//! `cxml fmt` as a command: the exact forms `-`, `FILE...` (and directories), `--check`, and
//! `--rustfmt` for editors. The layout itself is tested in the binary's unit tests.

use std::path::{Path, PathBuf};
use std::process::Command;

mod support;
use support::cxml_stdin as cxml;

fn temp_dir(test: &str) -> PathBuf {
    support::temp_dir("fmt", test)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8 output")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable file")
}

/// A file of the repository's `tests/fmt`, linked as this package's `tests/fmt-cases`.
fn fmt_case(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fmt-cases")
        .join(name)
}

const MESSY: &str = "fn main() {\n    let doc = cxml! { Response < Say(\"Hello\") Hangup > };\n}\n";
const TIDY: &str = "fn main() {\n    let doc = cxml! {\n        Response <\n            Say(\"Hello\")\n            Hangup\n        >\n    };\n}\n";

#[test]
fn dash_formats_standard_input_to_standard_output() {
    let output = cxml(&["fmt", "-"], MESSY);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), TIDY);
    let again = cxml(&["fmt", "-"], TIDY);
    assert_eq!(text(&again.stdout), TIDY);
}

#[test]
fn the_checked_in_formatted_file_is_the_formatters_output() {
    let written = read(&fmt_case("written.rs"));
    let output = cxml(&["fmt", "-"], &written);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), read(&fmt_case("formatted.rs")));
}

#[test]
fn files_and_directories_are_formatted_in_place() {
    let dir = temp_dir("in-place");
    std::fs::create_dir_all(dir.join("src/nested")).expect("dirs");
    let top = dir.join("main.rs");
    let nested = dir.join("src/nested/lib.rs");
    let tidy = dir.join("src/tidy.rs");
    let other = dir.join("src/notes.txt");
    std::fs::write(&top, MESSY).expect("write");
    std::fs::write(&nested, MESSY).expect("write");
    std::fs::write(&tidy, TIDY).expect("write");
    std::fs::write(&other, MESSY).expect("write");
    let output = cxml(
        &[
            "fmt",
            top.to_str().expect("utf-8"),
            dir.join("src").to_str().expect("utf-8"),
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "");
    assert_eq!(read(&top), TIDY);
    assert_eq!(read(&nested), TIDY);
    assert_eq!(read(&tidy), TIDY);
    assert_eq!(read(&other), MESSY, "only .rs files are touched");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_lists_files_that_would_change_and_changes_nothing() {
    let dir = temp_dir("check");
    let messy = dir.join("messy.rs");
    let tidy = dir.join("tidy.rs");
    std::fs::write(&messy, MESSY).expect("write");
    std::fs::write(&tidy, TIDY).expect("write");
    let output = cxml(&["fmt", "--check", dir.to_str().expect("utf-8")], "");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), format!("{}\n", messy.display()));
    assert_eq!(read(&messy), MESSY);
    let clean = cxml(&["fmt", "--check", tidy.to_str().expect("utf-8")], "");
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(text(&clean.stdout), "");
    let stdin = cxml(&["fmt", "--check", "-"], MESSY);
    assert_eq!(
        (stdin.status.code(), text(&stdin.stdout)),
        (Some(1), "<stdin>\n".into())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn errors_and_bad_usage_exit_2() {
    assert_eq!(cxml(&["fmt"], "").status.code(), Some(2));
    assert_eq!(
        cxml(&["fmt", "--frobnicate", "-"], "").status.code(),
        Some(2)
    );
    assert_eq!(
        cxml(&["fmt", "/no/such/file.rs"], "").status.code(),
        Some(2)
    );
    // Text that is not Rust tokens comes back unchanged, as rustfmt does for an editor.
    let output = cxml(&["fmt", "-"], "fn main() { cxml! { \"open }");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "fn main() { cxml! { \"open }");
    assert!(
        text(&output.stderr).contains("1:22: not Rust tokens"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn bodies_it_cannot_read_are_kept_with_a_note() {
    let source = "fn main() { cxml! { Response < Say(\"unclosed\") }; }\n";
    let output = cxml(&["fmt", "-"], source);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), source);
    assert!(text(&output.stderr).contains("left as written"));
}

#[test]
fn rustfmt_flag_formats_the_code_around_the_calls_too() {
    if Command::new("rustfmt").arg("--version").output().is_err() {
        eprintln!("rustfmt is not installed: skipped");
        return;
    }
    let messy = "fn  main(){let doc=cxml!{Response<Say(\"Hello\")Hangup>};println!(\"{doc}\")}\n";
    let output = cxml(&["fmt", "--rustfmt", "--edition", "2024", "-"], messy);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let formatted = text(&output.stdout);
    assert_eq!(
        formatted,
        "fn main() {\n    let doc = cxml! {\n        Response <\n            Say(\"Hello\")\n            Hangup\n        >\n    };\n    println!(\"{doc}\")\n}\n"
    );
    let again = cxml(&["fmt", "--rustfmt", "--edition", "2024", "-"], &formatted);
    assert_eq!(text(&again.stdout), formatted);
}

#[test]
fn twiml_bodies_are_formatted_as_cxml_bodies_are() {
    let messy = MESSY
        .replace("cxml!", "twiml!")
        .replace("Hangup", "Dial < Client(\"alice\") >");
    let output = cxml(&["fmt", "-"], &messy);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        text(&output.stdout),
        "fn main() {\n    let doc = twiml! {\n        Response <\n            Say(\"Hello\")\n            Dial < Client(\"alice\") >\n        >\n    };\n}\n"
    );
}
