//! Renders one shape with one contestant many times, for a profiler:
//! `cargo build --release -p cxml-bench --example profile` then
//! `valgrind --tool=callgrind target/release/examples/profile transcript cxml 10000`.

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(shape), Some(contestant)) = (args.next(), args.next()) else {
        eprintln!("usage: profile <shape> <contestant> [renders]");
        std::process::exit(2);
    };
    let renders: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let shapes = cxml_bench::shapes::shapes();
    let Some(one) = shapes
        .iter()
        .filter(|s| s.name == shape)
        .flat_map(|s| &s.contestants)
        .find(|c| c.name == contestant)
    else {
        eprintln!("no contestant {contestant} for shape {shape}");
        std::process::exit(2);
    };
    let mut bytes = 0;
    for _ in 0..renders {
        bytes += one.render().len();
    }
    println!("{bytes}");
}
