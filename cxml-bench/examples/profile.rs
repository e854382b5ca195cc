//! Renders one shape with one contestant many times, for a profiler:
//! `cargo build --release -p cxml-bench --example profile` then
//! `valgrind --tool=callgrind target/release/examples/profile transcript cxml 10000`;
//! `profile parse big 1000` reads the shape's document with `cxml::parse` instead, and
//! `profile events big 1000` runs quick-xml's bare event loop over it (`voice` names the reader
//! benchmark's 4 KB document, `voice-indented` the same laid out one element a line).

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(shape), Some(contestant)) = (args.next(), args.next()) else {
        eprintln!("usage: profile <shape> <contestant> [renders]");
        std::process::exit(2);
    };
    let renders: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let shapes = cxml_bench::shapes::shapes();
    if shape == "parse" || shape == "events" {
        // `voice` is the reader benchmark's 4 KB document.
        let voice = cxml_bench::reading::voice_document();
        let indented = cxml_bench::reading::indented(&voice);
        let xml = match shapes.iter().find(|s| s.name == contestant) {
            Some(document) => document.reference.as_str(),
            None if contestant == "voice" => voice.as_str(),
            None if contestant == "voice-indented" => indented.as_str(),
            None => {
                eprintln!("no shape {contestant}");
                std::process::exit(2);
            }
        };
        let mut count = 0;
        for _ in 0..renders {
            if shape == "parse" {
                count += usize::from(cxml::parse(std::hint::black_box(xml)).is_ok());
            } else {
                let mut reader = quick_xml::Reader::from_str(std::hint::black_box(xml));
                while !matches!(
                    reader.read_event(),
                    Ok(quick_xml::events::Event::Eof) | Err(_)
                ) {
                    count += 1;
                }
            }
        }
        println!("{count}");
        return;
    }
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
