//! The catalogue of `cxml!` compile errors: one case per rule, each with its checked-in
//! `.stderr`. Regenerate with `TRYBUILD=overwrite cargo test --test ui`, then read every diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
}
