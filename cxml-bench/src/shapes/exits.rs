//! Issue 21 item 9: every way out of a `Rendered` of a static document (D1), side by side with
//! the floor, a copy of the document's `&'static str` into a fresh `String`. Each should cost
//! the same. The document is rendered where it is taken out, as an
//! application writes `cxml! { … }.into()`: nothing hides from the compiler that it is static.

use std::borrow::Cow;
use std::hint::black_box;

use super::{Contestant, Same, Shape};
use crate::{D1, d1_cxml_rendered};

/// A way out, by name.
pub type Way = (&'static str, fn() -> String);

/// The ways out, by name: `cxml` is the inherent `to_string()`.
pub const WAYS: [Way; 8] = [
    ("cxml", || d1_cxml_rendered().to_string()),
    ("into", || d1_cxml_rendered().into()),
    ("string_from", || String::from(d1_cxml_rendered())),
    ("into_string", || d1_cxml_rendered().into_string()),
    ("as_str_to_owned", || d1_cxml_rendered().as_str().to_owned()),
    ("into_cow", || d1_cxml_rendered().into_cow().into_owned()),
    ("as_ref_into", || {
        AsRef::<str>::as_ref(&d1_cxml_rendered()).into()
    }),
    // Through `Display` and a formatter: not a copy of a `&str`, listed for comparison.
    ("display", || format!("{}", d1_cxml_rendered())),
];

pub fn shape() -> Shape {
    // The floor copies the very bytes the document borrows: where a literal lands in the binary
    // (a 178-byte copy whose source crosses a page or cache line, or does not) moved the time of
    // the same machine code by a third on this machine, which a floor copying another constant
    // would measure instead of the way out.
    let text: &'static str = match d1_cxml_rendered().into_cow() {
        Cow::Borrowed(text) => text,
        Cow::Owned(_) => unreachable!("D1 is static"),
    };
    let mut contestants = vec![Contestant {
        name: "limit",
        same: Same::Bytes,
        render: Box::new(move || String::from(black_box(text))),
    }];
    contestants.extend(WAYS.iter().map(|&(name, render)| Contestant {
        name,
        same: Same::Bytes,
        render: Box::new(render),
    }));
    Shape {
        name: "exits",
        reference: D1.to_owned(),
        dynamic: false,
        contestants,
    }
}
