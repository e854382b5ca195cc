//! Issue 8: cxml against the floor (limit), the expert (hand) and the peers, in one run.
//!
//! `cargo bench -p cxml-bench --bench render`; `scripts/bench-table.sh` turns the results into a table.
//! Groups are `d1`, `d2`, `d3` (the documents); functions are the contestants: `limit`, `hand`,
//! `cxml`, `quick_xml`, `maud`, `twiml_rust` (and, for D1, `cxml_str`: the document borrowed as
//! `&str`, with nothing copied). Every output is checked against `limit`'s before any timing.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use cxml_bench::*;

/// How a contestant's output must match the reference.
#[derive(Clone, Copy)]
enum Same {
    /// Byte for byte.
    Bytes,
    /// After `normalise` (twiml-rust pretty-prints and orders attributes its own way).
    Meaning,
}

struct Contestant<I: ?Sized> {
    name: &'static str,
    render: fn(&I) -> String,
    same: Same,
}

fn contestant<I: ?Sized>(
    name: &'static str,
    render: fn(&I) -> String,
    same: Same,
) -> Contestant<I> {
    Contestant { name, render, same }
}

/// Checks every output against `reference`, then times each contestant.
fn run<I>(
    c: &mut Criterion,
    group: &str,
    input: &I,
    reference: &str,
    contestants: &[Contestant<I>],
) {
    for one in contestants {
        let output = (one.render)(input);
        match one.same {
            Same::Bytes => assert_eq!(
                output, reference,
                "{group}/{}: not the same bytes",
                one.name
            ),
            Same::Meaning => assert_eq!(
                normalise(&output),
                normalise(reference),
                "{group}/{}: not the same document",
                one.name
            ),
        }
    }
    let mut timed = c.benchmark_group(group);
    for one in contestants {
        timed.bench_function(one.name, |b| b.iter(|| (one.render)(black_box(input))));
    }
    timed.finish();
}

fn d1(c: &mut Criterion) {
    use Same::*;
    let contestants = [
        contestant("limit", d1_limit, Bytes),
        contestant("hand", d1_hand, Bytes),
        contestant("cxml", d1_cxml, Bytes),
        contestant("quick_xml", d1_quick_xml, Bytes),
        contestant("maud", d1_maud, Bytes),
        contestant("twiml_rust", d1_twiml, Meaning),
    ];
    run(c, "d1", &(), D1, &contestants);
    // What a caller that only needs `&str` (or `Display`) pays: nothing is allocated or copied.
    assert_eq!(d1_cxml_rendered().as_str(), D1);
    c.benchmark_group("d1").bench_function("cxml_str", |b| {
        b.iter(|| black_box(d1_cxml_rendered()).as_str().len())
    });
}

/// A document with run-time values: limit is timed over pieces escaped in advance, the others
/// over `input`.
fn dynamic_document<I>(
    c: &mut Criterion,
    group: &str,
    input: &I,
    pieces: &Pieces,
    contestants: &[Contestant<I>],
) {
    let reference = limit(pieces);
    c.benchmark_group(group)
        .bench_function("limit", |b| b.iter(|| limit(black_box(pieces))));
    run(c, group, input, &reference, contestants);
}

fn d2(c: &mut Criterion) {
    use Same::*;
    let input = ivr();
    let contestants = [
        contestant("hand", d2_hand, Bytes),
        contestant("cxml", d2_cxml, Bytes),
        contestant("quick_xml", d2_quick_xml, Bytes),
        contestant("maud", d2_maud, Bytes),
        contestant("twiml_rust", d2_twiml, Meaning),
    ];
    dynamic_document(c, "d2", &input, &d2_pieces(&input), &contestants);
}

fn d3(c: &mut Criterion) {
    use Same::*;
    let input = dial_100();
    let contestants = [
        contestant("hand", d3_hand, Bytes),
        contestant("cxml", d3_cxml, Bytes),
        contestant("quick_xml", d3_quick_xml, Bytes),
        contestant("maud", d3_maud, Bytes),
        contestant("twiml_rust", d3_twiml, Meaning),
    ];
    dynamic_document(c, "d3", &input, &d3_pieces(&input), &contestants);
}

fn config() -> Criterion {
    // Short by default (the machine is shared); `--measurement-time` etc. on the command line win.
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = d1, d2, d3
}
criterion_main!(benches);
