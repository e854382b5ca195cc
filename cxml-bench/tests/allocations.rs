//! Issue 8: how many times each render allocates, counted by a global allocator.
//!
//! cxml's targets are asserted: D1 borrowed as `&str`/`Display`: none; D1 `to_string()`: one;
//! D2 and D3: one each (no reallocation). `allocations_per_render` prints a line per contestant
//! (`ALLOCS <document> <contestant> <allocations>`) that `scripts/bench-table.sh` reads.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use cxml_bench::*;

/// Counts the allocations and reallocations made on the current thread (tests run in parallel).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn bump() {
    // `try_with`: the slot may be gone while the thread shuts down.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call is passed on to `System` unchanged; counting touches no allocated memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump();
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result with the allocations (and reallocations) it made.
fn counted<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let value = f();
    (value, ALLOCATIONS.with(Cell::get) - before)
}

#[test]
fn d1_borrowed_allocates_nothing() {
    let mut sink = String::with_capacity(4 * D1.len());
    let ((), allocations) = counted(|| {
        let doc = d1_cxml_rendered();
        sink.push_str(doc.as_str());
        write!(sink, "{doc}").unwrap();
    });
    assert_eq!(allocations, 0);
    assert_eq!(sink, format!("{D1}{D1}"));
}

#[test]
fn d1_to_string_allocates_once() {
    let (text, allocations) = counted(|| d1_cxml_rendered().to_string());
    assert_eq!(allocations, 1);
    assert_eq!(text, D1);
}

#[test]
fn d2_renders_with_one_allocation() {
    let input = ivr();
    let (doc, allocations) = counted(|| d2_cxml_rendered(&input));
    assert_eq!(allocations, 1);
    assert_eq!(doc.as_str(), limit(&d2_pieces(&input)));
    assert!(doc.error().is_none());
    // Taking the text out costs nothing more.
    let (text, allocations) = counted(|| doc.into_string());
    assert_eq!(allocations, 0);
    assert!(text.ends_with("</Response>"));
}

#[test]
fn d3_renders_with_one_allocation_and_reports_the_maximum() {
    let input = dial_100();
    let (doc, allocations) = counted(|| d3_cxml_rendered(&input));
    assert_eq!(allocations, 1);
    // 100 `<Number>` is above the documented maximum of 10: the text is complete all the same,
    // and the violation is reported without a second allocation.
    assert_eq!(doc.as_str(), limit(&d3_pieces(&input)));
    let error = doc
        .error()
        .expect("more than 10 Number in a Dial is reported");
    assert_eq!(error.count(), 1);
    assert!(error.to_string().contains("Number"), "{error}");
}

#[test]
fn allocations_per_render() {
    let d2 = ivr();
    let d3 = dial_100();
    let d2_limit = d2_pieces(&d2);
    let d3_limit = d3_pieces(&d3);
    let rows: Vec<(&str, &str, usize)> = vec![
        ("d1", "limit", counted(|| d1_limit(&())).1),
        ("d1", "hand", counted(|| d1_hand(&())).1),
        ("d1", "cxml", counted(|| d1_cxml(&())).1),
        (
            "d1",
            "cxml_str",
            counted(|| d1_cxml_rendered().as_str().len()).1,
        ),
        ("d1", "quick_xml", counted(|| d1_quick_xml(&())).1),
        ("d1", "maud", counted(|| d1_maud(&())).1),
        ("d1", "twiml_rust", counted(|| d1_twiml(&())).1),
        ("d2", "limit", counted(|| limit(&d2_limit)).1),
        ("d2", "hand", counted(|| d2_hand(&d2)).1),
        ("d2", "cxml", counted(|| d2_cxml(&d2)).1),
        ("d2", "quick_xml", counted(|| d2_quick_xml(&d2)).1),
        ("d2", "maud", counted(|| d2_maud(&d2)).1),
        ("d2", "twiml_rust", counted(|| d2_twiml(&d2)).1),
        ("d3", "limit", counted(|| limit(&d3_limit)).1),
        ("d3", "hand", counted(|| d3_hand(&d3)).1),
        ("d3", "cxml", counted(|| d3_cxml(&d3)).1),
        ("d3", "quick_xml", counted(|| d3_quick_xml(&d3)).1),
        ("d3", "maud", counted(|| d3_maud(&d3)).1),
        ("d3", "twiml_rust", counted(|| d3_twiml(&d3)).1),
    ];
    for (document, contestant, allocations) in &rows {
        println!("ALLOCS {document} {contestant} {allocations}");
    }
    // The floor and the expert allocate once too, or the comparison would flatter cxml.
    for (document, contestant, allocations) in &rows {
        if matches!(*contestant, "limit" | "hand" | "cxml") {
            assert_eq!(*allocations, 1, "{document}/{contestant}");
        }
    }
}
