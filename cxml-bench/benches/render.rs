//! Issues 8 and 12: cxml against the floor (limit), the expert (hand) and the peers, in one run,
//! over the whole family of shapes (`cxml_bench::shapes`).
//!
//! `cargo bench -p cxml-bench --bench render`; `scripts/bench-table.sh` turns the results into a
//! table. Groups are the shapes (`d1`, `d2`, `d3`, `transcript`, …); functions are the
//! contestants (`limit`, `hand`, `cxml`, `sailfish`, `maud`, `quick_xml`, `twiml_rust`, and for
//! D1 `cxml_str`: the document borrowed as `&str`, nothing copied). Every output is checked
//! against the shape's reference before any timing.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use cxml_bench::shapes::shapes;
use cxml_bench::{D1, d1_cxml_rendered};

fn family(c: &mut Criterion) {
    for shape in shapes() {
        let mismatches = shape.mismatches();
        assert!(
            mismatches.is_empty(),
            "{}: not the same document: {mismatches:?}",
            shape.name
        );
        let mut group = c.benchmark_group(shape.name);
        for one in &shape.contestants {
            group.bench_function(one.name, |b| b.iter(|| one.render()));
        }
        group.finish();
    }
    // What a caller that only needs `&str` (or `Display`) pays: nothing is allocated or copied.
    assert_eq!(d1_cxml_rendered().as_str(), D1);
    c.benchmark_group("d1").bench_function("cxml_str", |b| {
        b.iter(|| black_box(d1_cxml_rendered()).as_str().len())
    });
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
    targets = family
}
criterion_main!(benches);
