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

/// Renders a few times first: a call site learns its documents' size from its first renders
/// (the steady state is what is measured, as a server sees it).
fn steady<T>(mut f: impl FnMut() -> T) -> (T, usize) {
    for _ in 0..3 {
        drop(f());
    }
    counted(f)
}

#[test]
fn d2_renders_with_one_allocation() {
    let input = ivr();
    let (doc, allocations) = steady(|| d2_cxml_rendered(&input));
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
    let (doc, allocations) = steady(|| d3_cxml_rendered(&input));
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
fn a_first_render_grows_its_buffer_and_the_next_ones_do_not() {
    // A call site that has never rendered only has the compile-time estimate: 100 numbers do
    // not fit it. Its second render allocates once.
    let input = dial_100();
    let first = || {
        cxml::cxml! { Response < Dial < for n in &input.numbers { Number({n}) } > > }
    };
    let (doc, allocations) = counted(first);
    assert!(allocations > 1, "{allocations}");
    let (again, allocations) = counted(first);
    assert_eq!(allocations, 1);
    assert_eq!(doc, again);
}

#[test]
fn a_call_site_that_renders_larger_documents_learns_again() {
    let render = |count: usize| {
        let numbers: Vec<String> = (0..count).map(|i| format!("+1555{i:07}")).collect();
        let (doc, allocations) =
            counted(|| cxml::cxml! { Response < Dial < for n in &numbers { Number({n}) } > > });
        (doc.as_str().len(), allocations)
    };
    let _ = render(5);
    assert_eq!(render(5).1, 1, "same size");
    assert_eq!(render(3).1, 1, "smaller");
    assert!(render(500).1 > 1, "much larger: grows once more");
    assert_eq!(render(500).1, 1, "and then fits");
}

/// Issue 21: the size a call site learned comes back down after an outlier, and a steady
/// stream keeps one allocation a render of the same capacity throughout.
#[test]
fn a_call_site_comes_back_down_after_an_outlier() {
    let render = |count: usize| {
        let numbers: Vec<String> = (0..count).map(|i| format!("+1555{i:07}")).collect();
        let (doc, allocations) =
            counted(|| cxml::cxml! { Response < Dial < for n in &numbers { Number({n}) } > > });
        (doc.into_string().capacity(), allocations)
    };
    for _ in 0..3 {
        render(5);
    }
    let (steady, allocations) = render(5);
    assert_eq!(allocations, 1);
    for _ in 0..100 {
        assert_eq!(render(5), (steady, 1), "a steady stream");
    }
    let (outlier, allocations) = render(2000);
    assert!(allocations > 1, "the outlier grows its buffer");
    assert!(outlier > 100 * steady, "{outlier} {steady}");
    // After it, every render still allocates once: with the outlier's room at first, then,
    // once enough small renders in a row have shown it was an outlier, with the steady room.
    let after: Vec<(usize, usize)> = (0..=cxml::__private::SHRINK_AFTER)
        .map(|_| render(5))
        .collect();
    assert!(
        after.iter().all(|&(_, allocations)| allocations == 1),
        "{after:?}"
    );
    assert!(after[0].0 > 100 * steady, "{after:?}");
    assert_eq!(after[after.len() - 1].0, steady, "{after:?}");
    for _ in 0..100 {
        assert_eq!(render(5), (steady, 1), "steady again");
    }
}

/// Documents of two sizes in turn keep room for the larger: one allocation each, never a
/// second one for a large document after a run of small ones.
#[test]
fn small_and_large_documents_in_turn_allocate_once_each() {
    let render = |count: usize| {
        let numbers: Vec<String> = (0..count).map(|i| format!("+1555{i:07}")).collect();
        counted(|| cxml::cxml! { Response < Dial < for n in &numbers { Number({n}) } > > }).1
    };
    render(300);
    for round in 0..20 {
        for _ in 1..cxml::__private::SHRINK_AFTER {
            assert_eq!(render(3), 1, "round {round}: small");
        }
        assert_eq!(render(300), 1, "round {round}: large");
    }
}

/// Every shape of the family, every contestant: one `ALLOCS <shape> <contestant> <n>` line each,
/// for `scripts/bench-table.sh`. cxml, the floor and the expert must allocate exactly once per
/// render in the steady state (the floor and the expert too, or the comparison would flatter
/// cxml); D1 and `static50` through `to_string()`.
#[test]
fn allocations_per_render() {
    let mut failures = Vec::new();
    for shape in cxml_bench::shapes::shapes() {
        for one in &shape.contestants {
            let (_, allocations) = steady(|| one.render());
            println!("ALLOCS {} {} {allocations}", shape.name, one.name);
            if matches!(one.name, "limit" | "hand" | "lean" | "cxml") && allocations != 1 {
                failures.push(format!("{}/{}: {allocations}", shape.name, one.name));
            }
        }
    }
    let (_, borrowed) = counted(|| d1_cxml_rendered().as_str().len());
    println!("ALLOCS d1 cxml_str {borrowed}");
    assert!(
        failures.is_empty(),
        "more than one allocation: {failures:?}"
    );
}

/// Issue 21: every way out of a static document's `Rendered` (`to_string()`, `.into()`,
/// `String::from`, `into_string()`, `as_str().to_owned()`, `into_cow()`, `Display`) allocates
/// once, as the floor's copy of the `&'static str` does.
#[test]
fn every_way_out_of_a_static_document_allocates_once() {
    for (name, way) in cxml_bench::shapes::exits::WAYS {
        let (text, allocations) = counted(way);
        assert_eq!(allocations, 1, "{name}");
        assert_eq!(text, D1, "{name}");
    }
}

/// Issue 21: a `CallbackUrl` built per number of a `Dial` loop (`CallbackUrl::new(status)
/// .param("to", n)`) allocates nothing: the base is borrowed, the parameter kept inside the
/// value, and the splice writes the pieces straight into the document (the render allocates once,
/// `allocations_per_render`). Past `CallbackUrl::INLINE` bytes of parameters, once per URL.
#[test]
fn callback_urls_allocate_nothing_of_their_own() {
    let input = cxml_bench::shapes::dial_callbacks::callbacks(100);
    let ((), urls) = counted(|| {
        for n in &input.numbers {
            drop(std::hint::black_box(
                cxml::CallbackUrl::new(&input.status).param("to", n),
            ));
        }
    });
    assert_eq!(urls, 0, "allocations for 100 CallbackUrls");
    let long = "x".repeat(cxml::CallbackUrl::INLINE);
    let ((), spilled) = counted(|| {
        drop(std::hint::black_box(
            cxml::CallbackUrl::new(&input.status)
                .param("to", &long)
                .param("and", &long),
        ));
    });
    assert_eq!(spilled, 1, "parameters past the inline room");
}
