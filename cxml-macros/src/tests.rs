//! In-crate tests of the front end: where errors point (proc-macro2 `span-locations`), that no
//! input makes it panic, and that compile-time escaping is the run-time escaper.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{LineColumn, TokenStream, TokenTree};

use crate::expand::{check, expand};

fn tokens(source: &str) -> TokenStream {
    source.parse().expect("test input lexes")
}

/// Every error of `source`, as (line, column, message), in order.
fn errors(source: &str) -> Vec<(usize, usize, String)> {
    match check(tokens(source)) {
        Ok(_) => Vec::new(),
        Err(error) => error
            .into_iter()
            .map(|e| {
                let LineColumn { line, column } = e.span().start();
                (line, column, e.to_string())
            })
            .collect(),
    }
}

/// Column (0-based) of the first occurrence of `needle` on its line in `source`.
fn column_of(source: &str, needle: &str) -> (usize, usize) {
    for (index, line) in source.lines().enumerate() {
        if let Some(column) = line.find(needle) {
            return (index + 1, column);
        }
    }
    panic!("{needle:?} not in source");
}

#[test]
fn errors_point_at_the_offending_token() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Response < Sip(\"sip:a@example.com\") >",
            "Sip",
            "`<Sip>` is not allowed inside `<Response>`",
        ),
        (
            "Response < Dial(timout = 5) < Number(\"+15550100\") > >",
            "timout",
            "did you mean `timeout`?",
        ),
        (
            "Response < Dial(timeout = 700) < Number(\"+15550100\") > >",
            "700",
            "above the maximum 600",
        ),
        (
            "Response < Refer(method = FETCH) < Sip(\"sip:a@b\") > >",
            "FETCH",
            "expected one of `GET` or `POST`",
        ),
        (
            "Response < Hangup(\"now\") >",
            "\"now\"",
            "`<Hangup>` holds no text",
        ),
        ("Answer < Hangup >", "Answer", "must be `Response`"),
        (
            "Response < Message(\"hi\") Say(\"hello\") >",
            "Say",
            "one `Response` holds the verbs of one channel",
        ),
        (
            "Response < Refer < Sip(\"sip:a@b\") Sip(\"sip:c@d\") > >",
            "Sip(\"sip:c",
            "holds at most 1 child element",
        ),
        (
            "Response < Denoise(\"maybe\") >",
            "\"maybe\"",
            "expected `on` or `off`",
        ),
        ("Response < Say(voice \"alice\") >", "voice", "expected `=`"),
        // Rust would take the braces for the operand, and blame code the macro wrote.
        (
            "Response < if n > { Hangup } >",
            ">",
            "a condition cannot end with `>`",
        ),
        (
            "Response < match v! { _ => Hangup } >",
            "!",
            "a value to match cannot end with `!`",
        ),
        (
            "Response < for n| in &all { Hangup } >",
            "|",
            "a pattern cannot end with `|`",
        ),
        (
            "Response < match v { => Hangup } >",
            "=>",
            "expected a pattern before `=>`",
        ),
    ];
    for (source, token, message) in cases {
        let found = errors(source);
        let (line, column) = column_of(source, token);
        assert!(
            found
                .iter()
                .any(|(l, c, m)| *l == line && *c == column && m.contains(message)),
            "{source}: expected {message:?} at {line}:{column}, got {found:?}"
        );
    }
}

#[test]
fn every_error_of_a_document_is_reported() {
    let source = "Response < Sip(\"x\") Dial(timout = 5, timeout = 900) < Number > Bogus >";
    let found = errors(source);
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn failed_expansion_still_yields_a_value() {
    let expansion = expand(tokens("Response < Bogus >")).to_string();
    assert!(expansion.contains("compile_error"));
    assert!(expansion.contains("Rendered :: from_static"));
}

#[test]
fn static_markup_is_escaped_at_compile_time_by_the_runtime_escaper() {
    // Redirect needs its URL text, so the empty row has nothing to show here.
    for (input, as_text, as_attribute) in cxml_schema::escape::SHARED_CASES
        .iter()
        .filter(|(input, _, _)| !input.is_empty())
    {
        let source = format!(
            "Response < Redirect(method = POST) < {input:?} > Say(voice = {input:?}) < \"x\" > >"
        );
        let expansion = expand(tokens(&source));
        let literal = first_string_literal(expansion).expect("a static document");
        let expected_text = format!("<Redirect method=\"POST\">{as_text}</Redirect>");
        assert!(literal.contains(&expected_text), "{literal}");
        let expected_attribute = format!("<Say voice=\"{as_attribute}\">x</Say>");
        assert!(literal.contains(&expected_attribute), "{literal}");
    }
}

fn first_string_literal(stream: TokenStream) -> Option<String> {
    for token in stream {
        match token {
            TokenTree::Literal(literal) => {
                if let syn::Lit::Str(text) = syn::Lit::new(literal)
                    && text.value().starts_with("<?xml")
                {
                    return Some(text.value());
                }
            }
            TokenTree::Group(group) => {
                if let Some(found) = first_string_literal(group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

#[test]
fn expansion_names_reference_items_at_the_users_tokens() {
    let source = "Response < Refer(action = \"/done\", method = GET) < Sip(\"sip:a@b\") > >";
    let expansion = expand(tokens(source));
    let mut found = Vec::new();
    collect_reference_idents(expansion, &mut found);
    for (name, needle) in [("Refer", "Refer"), ("method", "method"), ("Sip", "Sip")] {
        let (line, column) = column_of(source, needle);
        assert!(
            found
                .iter()
                .any(|(ident, l, c)| ident == name && *l == line && *c == column),
            "{name} not spanned at {line}:{column}: {found:?}"
        );
    }
}

fn collect_reference_idents(stream: TokenStream, found: &mut Vec<(String, usize, usize)>) {
    for token in stream {
        match token {
            TokenTree::Ident(ident) => {
                let start = ident.span().start();
                found.push((ident.to_string(), start.line, start.column));
            }
            TokenTree::Group(group) => collect_reference_idents(group.stream(), found),
            _ => {}
        }
    }
}

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SEEDS: &[&str] = &[
    "Response < Refer(action = \"https://example.com/r\", method = GET) < Sip(\"sip:a@b\") > >",
    "Response < Say(voice = \"alice\", loop = 2) < \"Code \" say-as(interpret-as = \"digits\") < \"1234\" > > Hangup >",
    "Response < Gather(input = \"dtmf speech\", action = {url}, numDigits = 1) < Say(\"Hi\") Play(\"a.mp3\") > >",
    "Response < Dial(callerId = {c}, timeout = 20) < for n in &team { Number({n}) } if x { Sip(\"sip:a@b\") } > >",
    "Response < match lang { L::En if vip => { Say(\"Hi\") }, _ => Pause(length = 2), } >",
    "in Dial: Number(\"+1555\") Conference(beep = onEnter) < \"room\" >",
    "Response < Message(to = \"+1555\") < Body(\"hi\") Media(\"https://x/y.png\") > >",
];

const PIECES: &[&str] = &[
    "<",
    ">",
    "(",
    ")",
    "{",
    "}",
    "=",
    ",",
    ":",
    "-",
    "!",
    "Response",
    "Say",
    "Dial",
    "if",
    "for",
    "in",
    "match",
    "else",
    "=>",
    "\"text\"",
    "5",
    "-3.5",
    "true",
    "{x}",
    "unchecked_raw!",
    "in Dial:",
    "'a'",
    "b\"bytes\"",
    "#",
    "::",
    "..",
    "Sip",
    "r#loop",
];

fn mutate(seed: &str, random: &mut XorShift) -> String {
    let mut text = seed.to_string();
    for _ in 0..=random.below(3) {
        let at = random.below(text.len() + 1);
        let at = (0..=at)
            .rev()
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(0);
        match random.below(4) {
            0 => text.truncate(at),
            1 => text.insert_str(at, PIECES[random.below(PIECES.len())]),
            2 => {
                let end = (at + random.below(8)).min(text.len());
                let end = (end..=text.len())
                    .find(|i| text.is_char_boundary(*i))
                    .unwrap_or(text.len());
                text.replace_range(at..end, "");
            }
            _ => text.insert_str(at, &" ".repeat(random.below(3))),
        }
    }
    text
}

/// How many mutated documents [`no_input_makes_the_front_end_panic`] tries: 3,000, or
/// `CXML_MUTATIONS` (`scripts/soak.sh` sets it by the hundred thousand).
fn mutation_count() -> usize {
    match std::env::var("CXML_MUTATIONS") {
        Ok(count) => count
            .parse()
            .unwrap_or_else(|_| panic!("CXML_MUTATIONS={count:?} is not a count")),
        Err(_) => 3000,
    }
}

/// The front end never panics: every input yields code or `syn::Error`s, and every error points
/// into the input (`fuzz/macro_checks.rs`, which the fuzz target asserts too).
#[test]
fn no_input_makes_the_front_end_panic() {
    let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut inputs: Vec<String> = SEEDS.iter().map(|s| s.to_string()).collect();
    let mutations = mutation_count();
    for _ in 0..mutations {
        let seed = SEEDS[random.below(SEEDS.len())];
        inputs.push(mutate(seed, &mut random));
    }
    // Deep nesting, long runs and huge literals.
    inputs.push(format!("Response < {} >", "Say < ".repeat(500)));
    inputs.push(format!("Response < {}", "if x { ".repeat(300)));
    inputs.push(format!("Response < Say(\"{}\") >", "x".repeat(1 << 20)));
    inputs.push(format!("Response < {} >", "Hangup ".repeat(5000)));
    inputs.push(format!(
        "Response < Dial < {} > >",
        "Number(\"+1\") ".repeat(200)
    ));
    inputs.push(String::new());
    let started = std::time::Instant::now();
    let mut checked = 0;
    let mut failures = Vec::new();
    for input in &inputs {
        if input.parse::<TokenStream>().is_err() {
            continue;
        }
        checked += 1;
        match catch_unwind(AssertUnwindSafe(|| macro_checks::check_source(input))) {
            Ok(Ok(())) => {}
            Ok(Err(failure)) => failures.push(format!("{failure}\n  input: {input}")),
            Err(_) => failures.push(format!("the front end panicked\n  input: {input}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} inputs fail, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(8)].join("\n")
    );
    assert!(checked > mutations / 3, "only {checked} inputs lexed");
    // One line of figures for `scripts/soak.sh` (shown with `--nocapture`).
    println!(
        "macro mutations: {mutations} made, {checked} inputs lexed and checked in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[path = "macro_checks.rs"]
mod macro_checks;

/// Every input the `macro` fuzz target kept (`fuzz/regressions/macro/`, linked from
/// `tests/fuzz-regressions` so that the package holds it) passes its checks again.
#[test]
fn macro_fuzz_corpus_replays() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&folder).expect("the regression corpus exists") {
        let path = entry.expect("a readable entry").path();
        let data = std::fs::read(&path).expect("a readable input");
        let outcome = catch_unwind(|| macro_checks::front_end(&data));
        assert!(outcome.is_ok(), "{} fails again", path.display());
        replayed += 1;
    }
    assert!(replayed > 0, "the corpus is empty");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let source = format!(
        "Response < {} >",
        "Say < ".repeat(crate::parse::MAX_DEPTH + 10)
    );
    let found = errors(&source);
    assert!(
        found
            .iter()
            .any(|(_, _, m)| m.contains("nesting deeper than")),
        "{found:?}"
    );
}
