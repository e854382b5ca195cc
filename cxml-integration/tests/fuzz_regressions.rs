//! Replays the fuzz corpus checked into `fuzz/regressions/` through the same checks the fuzz
//! targets run (`fuzz/checks.rs`), so every input that once found a bug stays fixed.

#[path = "../../fuzz/checks.rs"]
mod checks;

#[path = "../../fuzz/simulator_checks.rs"]
mod simulator_checks;

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&folder).expect("the regression corpus exists") {
        let path = entry.expect("a readable entry").path();
        let data = std::fs::read(&path).expect("a readable input");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails again", path.display());
        count += 1;
    }
    count
}

#[test]
fn parse_corpus_replays() {
    assert!(replay("parse", checks::parse) > 0);
}

#[test]
fn signature_corpus_replays() {
    assert!(replay("signature", checks::signature) > 0);
}

#[test]
fn simulator_corpus_replays() {
    assert!(replay("simulator", simulator_checks::simulator) > 0);
}
