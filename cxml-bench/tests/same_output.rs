//! Every contestant of every shape writes the same document as the reference (cxml's and the
//! hand-written code's bytes): the benchmark compares equal work.

#[test]
fn every_contestant_writes_the_reference_document() {
    for shape in cxml_bench::shapes::shapes() {
        let mismatches = shape.mismatches();
        assert!(
            mismatches.is_empty(),
            "{}: {:?}\nreference: {}",
            shape.name,
            mismatches,
            shape.reference
        );
        assert!(
            shape.contestants.iter().any(|one| one.name == "cxml"),
            "{}",
            shape.name
        );
    }
}

#[test]
fn the_family_has_every_shape_of_issue_12() {
    let names: Vec<&str> = cxml_bench::shapes::shapes()
        .iter()
        .map(|shape| shape.name)
        .collect();
    for name in [
        "d1",
        "d2",
        "d3",
        "transcript",
        "long_urls",
        "media",
        "dial_each",
        "nested",
        "formatted",
        "ssml",
        "big",
        "static50",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let big = cxml_bench::shapes::shapes()
        .into_iter()
        .find(|shape| shape.name == "big")
        .unwrap();
    assert!(big.reference.len() > 10_000, "{}", big.reference.len());
}
