//! Issues 4 and 12: reading and validating a ~4 KB document with `cxml::parse`, and the larger
//! documents of the render family, against quick-xml's bare event loop over the same bytes (the
//! floor: no tree, no checks).
//!
//! `cargo bench -p cxml-bench --bench parse`; `scripts/bench-table.sh` prints the ratio.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use quick_xml::Reader;
use quick_xml::events::Event;

/// A realistic voice document of about 4 KB: greeting with SSML, a menu, a dial plan.
fn document() -> String {
    let team: Vec<String> = (0..8).map(|i| format!("+1555010{i:02}")).collect();
    let doc = cxml::cxml! {
        Response <
            Say(voice = "Polly.Joanna-Neural", language = "en-US") <
                "Thank you for calling O'Brien & Sons. "
                prosody(rate = "slow") < "Your call matters to us." >
                break(time = "500ms")
                "Your account number is " say-as(interpret-as = "digits") < "12345678" > "."
            >
            Gather(input = "dtmf speech", action = "https://ivr.example.com/menu?step=1&lang=en", method = POST, numDigits = 1, timeout = 5, hints = "sales, support, billing") <
                Say("For sales, press 1 or say sales. For support, press 2 or say support. For billing, press 3.")
                Play("https://cdn.example.com/audio/menu-music.mp3")
                Pause(length = 2)
                Say("To repeat these options, press 9.")
            >
            Dial(callerId = "+15550100", timeout = 20, record = "record-from-answer", action = "https://ivr.example.com/dial-done", recordingStatusCallback = "https://ivr.example.com/recording") <
                for n in &team {
                    Number({n}, statusCallback = "https://ivr.example.com/status", statusCallbackEvent = "initiated ringing answered completed")
                }
            >
            Record(action = "https://ivr.example.com/voicemail", maxLength = 120, finishOnKey = "#", transcribe = true, playBeep = true)
            Say("We did not receive a recording. Goodbye.")
            Redirect(method = POST) < "https://ivr.example.com/voice?retry=1" >
        >
    };
    let mut text = doc.into_string();
    // Pad with a few more verbs of the same kind until the document is about 4 KB.
    let verb = r#"<Say voice="alice">Please hold while we connect your call to the next available agent.</Say>"#;
    while text.len() < 4000 {
        text.insert_str(text.len() - "</Response>".len(), verb);
    }
    text
}

fn quick_xml_floor(xml: &str) -> usize {
    let mut reader = Reader::from_str(xml);
    let mut events = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => return events,
            Ok(_) => events += 1,
        }
    }
}

/// Times the reader against the floor over `xml`, in a group named after the document.
fn compare(c: &mut Criterion, name: &str, xml: &str) {
    assert!(quick_xml_floor(xml) > 10);
    let mut group = c.benchmark_group(format!("parse-{name}{}B", xml.len()));
    group.bench_function("quick_xml_events", |b| {
        b.iter(|| quick_xml_floor(black_box(xml)))
    });
    group.bench_function("cxml_parse", |b| b.iter(|| cxml::parse(black_box(xml))));
    group.finish();
}

fn parse(c: &mut Criterion) {
    let xml = document();
    let parsed = cxml::parse(&xml).expect("the benchmark document is valid");
    assert_eq!(parsed.to_string(), xml, "the document round-trips");
    compare(c, "", &xml);
    // The family's larger documents that follow every rule (D3's 100 `Number`s do not).
    for shape in cxml_bench::shapes::shapes() {
        if shape.reference.len() >= 2000 && cxml::parse(&shape.reference).is_ok() {
            compare(c, &format!("{}-", shape.name), &shape.reference);
        }
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
