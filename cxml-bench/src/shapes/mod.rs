//! The benchmark family: every document, each written by every contestant, in one registry that
//! the criterion bench and the allocation test both walk.
//!
//! D1–D3 are issue 8's documents; the others are issue 12's shapes (long escaped text, long URLs,
//! a `Vec` of `Media`, loop values that hold the loop variable, nested loops, `format_args!` with
//! several values, SSML, a 10 KB+ document, a 50-element static document).

mod big;
pub mod dial_callbacks;
mod dial_each;
pub mod exits;
mod formatted;
mod long_urls;
mod media;
mod nested;
mod ssml;
mod static50;
mod transcript;

use std::hint::black_box;
use std::rc::Rc;

use crate::*;

/// How a contestant's output must match the shape's reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Same {
    /// Byte for byte.
    Bytes,
    /// After [`normalise`]: peers that pretty-print, reorder attributes, escape `'` or write
    /// `<a></a>` for `<a/>` produce the same document in other bytes.
    Meaning,
}

/// One way of rendering a shape's document, with its input bound.
pub struct Contestant {
    /// `limit`, `hand`, `cxml` or the peer's crate name.
    pub name: &'static str,
    /// How its output is compared with the reference.
    pub same: Same,
    render: Box<dyn Fn() -> String>,
}

impl Contestant {
    /// Renders the document once (the input passes through `black_box`).
    #[inline]
    pub fn render(&self) -> String {
        (self.render)()
    }
}

/// A document and every contestant that renders it.
pub struct Shape {
    /// The criterion group's name.
    pub name: &'static str,
    /// What every contestant must produce: cxml's and the hand-written code's exact bytes.
    pub reference: String,
    /// Whether the document has run-time values (the 1.1x-of-hand target is for those).
    pub dynamic: bool,
    /// In the order of the table's columns.
    pub contestants: Vec<Contestant>,
}

impl Shape {
    /// Each contestant whose output differs from the reference, with what it wrote.
    pub fn mismatches(&self) -> Vec<(&'static str, String)> {
        let reference = normalise(&self.reference);
        self.contestants
            .iter()
            .filter_map(|one| {
                let output = one.render();
                let same = match one.same {
                    Same::Bytes => output == self.reference,
                    Same::Meaning => normalise(&output) == reference,
                };
                (!same).then_some((one.name, output))
            })
            .collect()
    }
}

/// A contestant over a shared input.
fn bound<I: 'static>(
    input: &Rc<I>,
    name: &'static str,
    same: Same,
    render: fn(&I) -> String,
) -> Contestant {
    let input = Rc::clone(input);
    Contestant {
        name,
        same,
        render: Box::new(move || render(black_box(&*input))),
    }
}

/// The floor for a shape without pre-escaped pieces: the finished bytes copied into a buffer of
/// their exact size (one allocation, one `memcpy`).
fn copy_of(reference: &str) -> Contestant {
    let reference = reference.to_owned();
    Contestant {
        name: "limit",
        same: Same::Bytes,
        render: Box::new(move || String::from(black_box(reference.as_str()))),
    }
}

type Render<I> = (&'static str, Same, fn(&I) -> String);

/// A shape whose reference is what `hand` writes, with `limit` a copy of it.
fn by_hand<I: 'static>(name: &'static str, input: I, renders: &[Render<I>]) -> Shape {
    let input = Rc::new(input);
    let (_, _, hand) = renders
        .iter()
        .find(|(name, ..)| *name == "hand")
        .expect("every shape has a hand-written contestant");
    let reference = hand(&input);
    let mut contestants = vec![copy_of(&reference)];
    contestants.extend(
        renders
            .iter()
            .map(|&(name, same, render)| bound(&input, name, same, render)),
    );
    Shape {
        name,
        reference,
        dynamic: true,
        contestants,
    }
}

/// Every shape, D1–D3 first.
pub fn shapes() -> Vec<Shape> {
    use Same::*;
    let d2 = Rc::new(ivr());
    let d2_limit = Rc::new(d2_pieces(&d2));
    let d3 = Rc::new(dial_100());
    let d3_limit = Rc::new(d3_pieces(&d3));
    let mut all = vec![
        Shape {
            name: "d1",
            reference: D1.to_owned(),
            dynamic: false,
            contestants: vec![
                bound(&Rc::new(()), "limit", Bytes, d1_limit),
                bound(&Rc::new(()), "hand", Bytes, d1_hand),
                bound(&Rc::new(()), "cxml", Bytes, d1_cxml),
                bound(&Rc::new(()), "sailfish", Bytes, d1_sailfish),
                bound(&Rc::new(()), "maud", Bytes, d1_maud),
                bound(&Rc::new(()), "quick_xml", Bytes, d1_quick_xml),
                bound(&Rc::new(()), "twiml_rust", Meaning, d1_twiml),
            ],
        },
        Shape {
            name: "d2",
            reference: limit(&d2_limit),
            dynamic: true,
            contestants: vec![
                bound(&d2_limit, "limit", Bytes, limit),
                bound(&d2, "hand", Bytes, d2_hand),
                bound(&d2, "cxml", Bytes, d2_cxml),
                bound(&d2, "sailfish", Meaning, d2_sailfish),
                bound(&d2, "maud", Bytes, d2_maud),
                bound(&d2, "quick_xml", Bytes, d2_quick_xml),
                bound(&d2, "twiml_rust", Meaning, d2_twiml),
            ],
        },
        Shape {
            name: "d3",
            reference: limit(&d3_limit),
            dynamic: true,
            contestants: vec![
                bound(&d3_limit, "limit", Bytes, limit),
                bound(&d3, "hand", Bytes, d3_hand),
                bound(&d3, "cxml", Bytes, d3_cxml),
                bound(&d3, "sailfish", Bytes, d3_sailfish),
                bound(&d3, "maud", Bytes, d3_maud),
                bound(&d3, "quick_xml", Bytes, d3_quick_xml),
                bound(&d3, "twiml_rust", Meaning, d3_twiml),
            ],
        },
    ];
    all.extend([
        transcript::shape(),
        long_urls::shape(),
        media::shape(),
        dial_each::shape(),
        nested::shape(),
        formatted::shape(),
        ssml::shape(),
        big::shape(),
        static50::shape(),
    ]);
    all.extend(dial_callbacks::shapes());
    all.push(exits::shape());
    all
}

/// Room an expert reserves for `value` once escaped: a quarter more than its length, which
/// covers the entities of ordinary text and URLs.
#[inline]
pub(crate) fn room(value: &str) -> usize {
    value.len() + value.len() / 4 + 8
}

/// A URL of about `len` bytes with a query string of `&`-separated parameters.
pub(crate) fn long_url(path: &str, len: usize) -> String {
    let mut url = format!("https://api.example.com/{path}?session=CA0123456789abcdef");
    let mut i = 0;
    while url.len() < len {
        url.push_str(&format!("&param{i}=value-{i}"));
        i += 1;
    }
    url
}
