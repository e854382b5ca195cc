//! `cxml check --platform` and `cxml convert --platform twilio` on documents written for the
//! purpose (`tests/fixtures/twilio/*.xml`): the output of each platform, pinned in
//! `NAME.PLATFORM.out` (the lines, then `exit N`). After a deliberate change, regenerate them with
//! `CXML_BLESS=1` and read the diff.

use std::path::{Path, PathBuf};

mod support;
use support::{cxml, cxml_stdin};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/twilio")
}

fn run(platform: &str, input: &str) -> String {
    let output = cxml_stdin(&["check", "--platform", platform, "-"], input);
    format!(
        "{}exit {}\n",
        String::from_utf8(output.stdout).expect("utf-8"),
        output.status.code().expect("an exit status")
    )
}

#[test]
fn every_fixture_gives_its_pinned_output_on_each_platform() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "{names:?}");
    let bless = std::env::var_os("CXML_BLESS").is_some();
    for path in names {
        let input = std::fs::read_to_string(&path).expect("fixture");
        for platform in ["signalwire", "twilio", "both"] {
            let pinned = path.with_extension(format!("{platform}.out"));
            let actual = run(platform, &input);
            if bless {
                std::fs::write(&pinned, &actual).expect("write");
                continue;
            }
            let expected = std::fs::read_to_string(&pinned).expect("pinned output");
            assert_eq!(actual, expected, "{} --platform {platform}", path.display());
        }
    }
}

#[test]
fn both_exits_1_only_when_something_is_not_portable() {
    assert_eq!(run("both", "<Response><Hangup/></Response>"), "exit 0\n");
    assert_eq!(
        run("both", "<Response><Gather bargeIn=\"false\"/></Response>"),
        "<stdin>:1:19: only on Twilio: `bargeIn` on `<Gather>` is a Twilio-only attribute; SignalWire does not document it\nexit 1\n"
    );
}

#[test]
fn convert_for_twilio_writes_twiml_source() {
    let input = std::fs::read_to_string(fixtures().join("twilio_only.xml")).expect("fixture");
    let output = cxml_stdin(&["convert", "--platform", "twilio", "-"], &input);
    assert_eq!(output.status.code(), Some(0));
    let expected =
        std::fs::read_to_string(fixtures().join("twilio_only.twiml.rs")).expect("pinned source");
    assert_eq!(String::from_utf8(output.stdout).expect("utf-8"), expected);
    // Without the platform, SignalWire's reader refuses the same file.
    let output = cxml_stdin(&["convert", "-"], &input);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_wrong_platform_is_a_usage_error() {
    let output = cxml(&["check", "--platform", "plivo", "x.xml"]);
    assert_eq!(output.status.code(), Some(2));
    let output = cxml(&["convert", "--platform", "both", "x.xml"]);
    assert_eq!(output.status.code(), Some(2));
    let output = cxml(&["check", "--platform"]);
    assert_eq!(output.status.code(), Some(2));
}
