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

/// Issue 21: the family of `Dial` loops whose callbacks carry the number, and the ways out of a
/// static document, each with its contestants.
#[test]
fn the_family_has_the_callback_shapes_of_issue_21() {
    let shapes = cxml_bench::shapes::shapes();
    for name in [
        "cb_args_10",
        "cb_args_100",
        "cb_args_1000",
        "cb_format_100",
        "cb_int_100",
        "cb_int_1000",
        "cb_multi_100",
        "cb_sip_100",
        "cb_url_10",
        "cb_url_100",
        "cb_str_100",
        "cb_int2_100",
        "cb_id_100",
        "cb_i64_100",
        "cb_sip_int_100",
        "cb_url2_100",
        "cb_url_int_100",
    ] {
        let shape = shapes
            .iter()
            .find(|shape| shape.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        let names: Vec<&str> = shape.contestants.iter().map(|one| one.name).collect();
        assert_eq!(names, ["limit", "hand", "lean", "cxml"], "{name}");
    }
    let exits = shapes.iter().find(|shape| shape.name == "exits").unwrap();
    assert_eq!(exits.reference, cxml_bench::D1);
    assert_eq!(
        exits.contestants.len(),
        1 + cxml_bench::shapes::exits::WAYS.len()
    );
}
