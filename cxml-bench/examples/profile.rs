//! Renders one shape with one contestant many times, for a profiler:
//! `cargo build --release -p cxml-bench --example profile` then
//! `valgrind --tool=callgrind target/release/examples/profile transcript cxml 10000`;
//! `profile parse big 1000` reads the shape's document with `cxml::parse` instead, and
//! `profile events big 1000` runs quick-xml's bare event loop over it (`voice` names the reader
//! benchmark's 4 KB document, `voice-indented` the same laid out one element a line, and the
//! names of `cxml_bench::documents` the reader's family: `dial-line`, `ivr-crlf`…, and
//! `probe-pauses`, `probe-says`, `probe-attributes` the documents that isolate one cost, and
//! `file:PATH` a document of one's own).
//! `profile ratio big 200` times the two in turns, 200 rounds of a few milliseconds each, and
//! prints the median of the rounds' ratios: a shared machine's slow spells hit both sides alike.
//! `profile pair cb_int_100 200` does the same for a render shape's `cxml` and `hand` (or two
//! contestants named after the count: `profile pair cb_int_100 200 cxml lean`).

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(shape), Some(contestant)) = (args.next(), args.next()) else {
        eprintln!("usage: profile <shape> <contestant> [renders]");
        std::process::exit(2);
    };
    if shape == "pair" {
        // `profile pair <shape> <rounds> [a] [b]`: contestant a's time over b's (cxml, hand).
        let rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
        let a = args.next().unwrap_or_else(|| "cxml".to_owned());
        let b = args.next().unwrap_or_else(|| "hand".to_owned());
        let shapes = cxml_bench::shapes::shapes();
        let find = |name: &str| {
            shapes
                .iter()
                .filter(|s| s.name == contestant)
                .flat_map(|s| &s.contestants)
                .find(|c| c.name == name)
                .unwrap_or_else(|| panic!("no contestant {name} for {contestant}"))
        };
        let (a_one, b_one) = (find(&a), find(&b));
        println!(
            "{contestant}: {a} / {b} {:.3}x",
            pair(|| a_one.render(), || b_one.render(), rounds)
        );
        return;
    }
    let renders: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let shapes = cxml_bench::shapes::shapes();
    if shape == "parse" || shape == "events" || shape == "ratio" {
        // `voice` is the reader benchmark's 4 KB document.
        let voice = cxml_bench::reading::voice_document();
        let indented = cxml_bench::reading::indented(&voice);
        // `file:PATH` reads a document of one's own.
        let family = match contestant.strip_prefix("file:") {
            Some(path) => std::fs::read_to_string(path).ok(),
            None => cxml_bench::documents::document(&contestant),
        };
        let xml = match shapes.iter().find(|s| s.name == contestant) {
            Some(document) => document.reference.as_str(),
            None if contestant == "voice" => voice.as_str(),
            None if contestant == "voice-indented" => indented.as_str(),
            // The reader's family (`cxml_bench::documents`): `dial-line`, `ivr-crlf`…
            None => match family.as_deref() {
                Some(xml) => xml,
                None => {
                    eprintln!("no shape or document {contestant}");
                    std::process::exit(2);
                }
            },
        };
        if shape == "ratio" {
            println!(
                "{contestant}: cxml::parse / quick-xml events {:.2}x",
                ratio(xml, renders)
            );
            return;
        }
        if let Err(error) = cxml::parse(xml) {
            eprintln!("{contestant} is not valid: {error}");
        }
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

/// The median over `rounds` of (time of a batch of `a`) / (time of as many `b`), the two
/// batches of a round run back to back, in turns: a shared machine's slow spells hit both.
fn pair<A, B>(a: impl Fn() -> A, b: impl Fn() -> B, rounds: usize) -> f64 {
    use std::time::Instant;
    // About a millisecond a batch of `b`.
    let start = Instant::now();
    let mut batch = 0;
    while start.elapsed().as_micros() < 1_000 {
        batch += 1;
        std::hint::black_box(b());
    }
    let mut ratios: Vec<f64> = (0..rounds.max(1))
        .map(|round| {
            let time = |run: &dyn Fn()| {
                let start = Instant::now();
                for _ in 0..batch {
                    run();
                }
                start.elapsed().as_secs_f64()
            };
            let run_a = || drop(std::hint::black_box(a()));
            let run_b = || drop(std::hint::black_box(b()));
            // Which goes first alternates.
            if round % 2 == 0 {
                let ta = time(&run_a);
                ta / time(&run_b)
            } else {
                let tb = time(&run_b);
                time(&run_a) / tb
            }
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

/// quick-xml's bare event loop over `xml`: the floor.
fn events(xml: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(std::hint::black_box(xml));
    let mut count = 0;
    while !matches!(
        reader.read_event(),
        Ok(quick_xml::events::Event::Eof) | Err(_)
    ) {
        count += 1;
    }
    count
}

/// The median over `rounds` of (time of a batch of `cxml::parse`) / (time of the same number of
/// event loops), the two batches of a round run back to back.
fn ratio(xml: &str, rounds: usize) -> f64 {
    use std::time::Instant;
    // About two milliseconds a batch of the floor.
    let start = Instant::now();
    let mut calibration = 0;
    while start.elapsed().as_micros() < 2_000 {
        calibration += 1;
        std::hint::black_box(events(xml));
    }
    let batch = calibration.max(1);
    let mut ratios: Vec<f64> = (0..rounds.max(1))
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                std::hint::black_box(cxml::parse(std::hint::black_box(xml)).is_ok());
            }
            let parse = start.elapsed().as_secs_f64();
            let start = Instant::now();
            for _ in 0..batch {
                std::hint::black_box(events(xml));
            }
            parse / start.elapsed().as_secs_f64()
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}
