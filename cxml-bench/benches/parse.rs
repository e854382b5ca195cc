//! Issues 4 and 12: reading and validating a ~4 KB document with `cxml::parse` (compact, and laid
//! out one element a line), and the larger documents of the render family, against quick-xml's
//! bare event loop over the same bytes (the floor: no tree, no checks).
//!
//! `cargo bench -p cxml-bench --bench parse`; `scripts/bench-table.sh` prints the ratio, and
//! `profile ratio <document> <rounds>` (the `profile` example) times the pair in turns.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use quick_xml::Reader;
use quick_xml::events::Event;

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
    let xml = cxml_bench::reading::voice_document();
    let parsed = cxml::parse(&xml).expect("the benchmark document is valid");
    assert_eq!(parsed.to_string(), xml, "the document round-trips");
    compare(c, "", &xml);
    // The same document laid out one element a line, as documents written by hand are.
    let indented = cxml_bench::reading::indented(&xml);
    assert_eq!(
        cxml::parse(&indented).map(|doc| doc.to_string()),
        Ok(xml.clone())
    );
    compare(c, "indented-", &indented);
    // The reader's family (issue 21): a dial-heavy 16 KB document and a 3.7 KB IVR, each in the
    // layouts people write (`cxml_bench::documents`).
    for document in cxml_bench::documents::documents() {
        compare(c, &format!("{}-", document.name), &document.xml);
    }
    // The family's larger documents that follow every rule (D3's 100 `Number`s do not).
    for shape in cxml_bench::shapes::shapes() {
        if shape.reference.len() >= 2000 && cxml::parse(&shape.reference).is_ok() {
            compare(c, &format!("{}-", shape.name), &shape.reference);
        }
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
