//! The `cxml` binary on real files: exit codes, output format, standard input, conversion.

use std::path::Path;
use std::process::Output;

mod support;
use support::{cxml, cxml_stdin};

fn temp_dir(test: &str) -> std::path::PathBuf {
    support::temp_dir("cli", test)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("temp file");
    path.to_str().expect("utf-8 path").to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 output")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_str()
        .expect("utf-8 path")
        .to_string()
}

#[test]
fn check_passes_valid_files_silently() {
    let dir = temp_dir("valid");
    let a = write(&dir, "a.xml", "<Response><Say>Hi</Say></Response>");
    let b = write(&dir, "b.xml", "<Response><Message>Hi</Message></Response>");
    let output = cxml(&["check", &a, &b]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "");
}

#[test]
fn check_prints_file_line_column_message_and_exits_1() {
    let dir = temp_dir("invalid");
    let good = write(&dir, "good.xml", "<Response><Hangup/></Response>");
    let bad = write(
        &dir,
        "bad.xml",
        "<Response>\n  <Say lop=\"2\">Hi</Say>\n  <Hangup>now</Hangup>\n</Response>\n",
    );
    let output = cxml(&["check", &good, &bad]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "{bad}:2:8: `<Say>` has no attribute `lop`; did you mean `loop`? (it also takes `language` or `voice`)"
            ),
            format!("{bad}:3:11: `<Hangup>` holds no text and no child elements"),
        ]
    );
}

#[test]
fn check_reads_standard_input_for_a_dash() {
    let output = cxml_stdin(&["check", "-"], "<Response><Sayy>Hi</Sayy></Response>");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("<stdin>:1:11: unknown element `Sayy`; did you mean `Say`?"),
        "{}",
        stdout(&output)
    );
    let output = cxml_stdin(&["check", "-"], "<Response/>");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn malformed_and_missing_files() {
    let dir = temp_dir("malformed");
    let broken = write(&dir, "broken.xml", "<Response><Say>Hi</Response>");
    let output = cxml(&["check", &broken]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).starts_with(&format!("{broken}:1:")));
    assert!(stdout(&output).contains("malformed XML"));

    let missing = dir.join("missing.xml");
    let output = cxml(&["check", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!output.stderr.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(cxml(&[]).status.code(), Some(2));
    assert_eq!(cxml(&["check"]).status.code(), Some(2));
    assert_eq!(cxml(&["convert", "a", "b"]).status.code(), Some(2));
    assert_eq!(cxml(&["frobnicate"]).status.code(), Some(2));
    let help = cxml(&["help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("cxml check FILE"));
}

#[test]
fn convert_prints_macro_source() {
    let dir = temp_dir("convert");
    let file = write(
        &dir,
        "refer.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Refer action="https://example.com/refer-completed.xml" method="GET">
    <Sip>sip:transfer-target@example.com</Sip>
  </Refer>
  <Say voice="alice" loop="2">Your code is <say-as interpret-as="digits">1234</say-as></Say>
</Response>
"#,
    );
    let output = cxml(&["convert", &file]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        r#"cxml! {
    Response <
        Refer(action = "https://example.com/refer-completed.xml", method = "GET") <
            Sip("sip:transfer-target@example.com")
        >
        Say(voice = "alice", loop = "2") <
            "Your code is "
            say-as(interpret-as = "digits") < "1234" >
        >
    >
}
"#
    );
}

#[test]
fn convert_of_an_invalid_file_reports_on_stderr() {
    let output = cxml_stdin(&["convert", "-"], "<Response><Hangup>x</Hangup></Response>");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.starts_with("<stdin>:1:19: `<Hangup>` holds no text"),
        "{errors}"
    );
}

#[test]
fn convert_of_every_fixture_matches_the_library() {
    for name in [
        "voice_ivr.xml",
        "voice_dial.xml",
        "voice_ssml.xml",
        "messaging.xml",
        "fax.xml",
    ] {
        let path = fixture(name);
        let output = cxml(&["convert", &path]);
        assert_eq!(output.status.code(), Some(0), "{name}");
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = cxml_runtime::parse(&text).unwrap().to_cxml_source();
        assert_eq!(stdout(&output), expected, "{name}");
        assert!(expected.starts_with("cxml! {\n    Response <"), "{name}");
    }
}
