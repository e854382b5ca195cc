//! A fully static document of 50 elements (a welcome, then 16 options of `Say`, `Play` and
//! `Pause`): cxml hands out a `&'static str`; the contestants make an owned `String`.

use cxml::cxml;
use sailfish::TemplateSimple;

use super::{Same::*, Shape, by_hand};
use crate::XML_DECLARATION;

/// The document's bytes, as an expert would paste them into the source.
const DOCUMENT: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>Welcome to Example Corp &amp; partners. Calls may be recorded.</Say><Say>Option 1: press 1 for department 1.</Say><Play>https://cdn.example.com/audio/option-1.mp3</Play><Pause length="1"/><Say>Option 2: press 2 for department 2.</Say><Play>https://cdn.example.com/audio/option-2.mp3</Play><Pause length="1"/><Say>Option 3: press 3 for department 3.</Say><Play>https://cdn.example.com/audio/option-3.mp3</Play><Pause length="1"/><Say>Option 4: press 4 for department 4.</Say><Play>https://cdn.example.com/audio/option-4.mp3</Play><Pause length="1"/><Say>Option 5: press 5 for department 5.</Say><Play>https://cdn.example.com/audio/option-5.mp3</Play><Pause length="1"/><Say>Option 6: press 6 for department 6.</Say><Play>https://cdn.example.com/audio/option-6.mp3</Play><Pause length="1"/><Say>Option 7: press 7 for department 7.</Say><Play>https://cdn.example.com/audio/option-7.mp3</Play><Pause length="1"/><Say>Option 8: press 8 for department 8.</Say><Play>https://cdn.example.com/audio/option-8.mp3</Play><Pause length="1"/><Say>Option 9: press 9 for department 9.</Say><Play>https://cdn.example.com/audio/option-9.mp3</Play><Pause length="1"/><Say>Option 10: press 0 for department 10.</Say><Play>https://cdn.example.com/audio/option-10.mp3</Play><Pause length="1"/><Say>Option 11: press 1 for department 11.</Say><Play>https://cdn.example.com/audio/option-11.mp3</Play><Pause length="1"/><Say>Option 12: press 2 for department 12.</Say><Play>https://cdn.example.com/audio/option-12.mp3</Play><Pause length="1"/><Say>Option 13: press 3 for department 13.</Say><Play>https://cdn.example.com/audio/option-13.mp3</Play><Pause length="1"/><Say>Option 14: press 4 for department 14.</Say><Play>https://cdn.example.com/audio/option-14.mp3</Play><Pause length="1"/><Say>Option 15: press 5 for department 15.</Say><Play>https://cdn.example.com/audio/option-15.mp3</Play><Pause length="1"/><Say>Option 16: press 6 for department 16.</Say><Play>https://cdn.example.com/audio/option-16.mp3</Play><Pause length="1"/></Response>"#;

pub fn shape() -> Shape {
    let mut shape = by_hand(
        "static50",
        (),
        &[
            ("hand", Bytes, hand),
            ("cxml", Bytes, cxml),
            ("sailfish", Bytes, sailfish),
            ("maud", Meaning, maud),
        ],
    );
    shape.dynamic = false;
    shape
}

fn document() -> cxml::Rendered {
    cxml! {
        Response <
            Say("Welcome to Example Corp & partners. Calls may be recorded.")
            Say("Option 1: press 1 for department 1.")
            Play("https://cdn.example.com/audio/option-1.mp3")
            Pause(length = 1)
            Say("Option 2: press 2 for department 2.")
            Play("https://cdn.example.com/audio/option-2.mp3")
            Pause(length = 1)
            Say("Option 3: press 3 for department 3.")
            Play("https://cdn.example.com/audio/option-3.mp3")
            Pause(length = 1)
            Say("Option 4: press 4 for department 4.")
            Play("https://cdn.example.com/audio/option-4.mp3")
            Pause(length = 1)
            Say("Option 5: press 5 for department 5.")
            Play("https://cdn.example.com/audio/option-5.mp3")
            Pause(length = 1)
            Say("Option 6: press 6 for department 6.")
            Play("https://cdn.example.com/audio/option-6.mp3")
            Pause(length = 1)
            Say("Option 7: press 7 for department 7.")
            Play("https://cdn.example.com/audio/option-7.mp3")
            Pause(length = 1)
            Say("Option 8: press 8 for department 8.")
            Play("https://cdn.example.com/audio/option-8.mp3")
            Pause(length = 1)
            Say("Option 9: press 9 for department 9.")
            Play("https://cdn.example.com/audio/option-9.mp3")
            Pause(length = 1)
            Say("Option 10: press 0 for department 10.")
            Play("https://cdn.example.com/audio/option-10.mp3")
            Pause(length = 1)
            Say("Option 11: press 1 for department 11.")
            Play("https://cdn.example.com/audio/option-11.mp3")
            Pause(length = 1)
            Say("Option 12: press 2 for department 12.")
            Play("https://cdn.example.com/audio/option-12.mp3")
            Pause(length = 1)
            Say("Option 13: press 3 for department 13.")
            Play("https://cdn.example.com/audio/option-13.mp3")
            Pause(length = 1)
            Say("Option 14: press 4 for department 14.")
            Play("https://cdn.example.com/audio/option-14.mp3")
            Pause(length = 1)
            Say("Option 15: press 5 for department 15.")
            Play("https://cdn.example.com/audio/option-15.mp3")
            Pause(length = 1)
            Say("Option 16: press 6 for department 16.")
            Play("https://cdn.example.com/audio/option-16.mp3")
            Pause(length = 1)
        >
    }
}

fn cxml(_: &()) -> String {
    document().to_string()
}

fn hand(_: &()) -> String {
    String::from(DOCUMENT)
}

#[derive(TemplateSimple)]
#[template(
    source = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say>Welcome to Example Corp &amp; partners. Calls may be recorded.</Say><Say>Option 1: press 1 for department 1.</Say><Play>https://cdn.example.com/audio/option-1.mp3</Play><Pause length="1"/><Say>Option 2: press 2 for department 2.</Say><Play>https://cdn.example.com/audio/option-2.mp3</Play><Pause length="1"/><Say>Option 3: press 3 for department 3.</Say><Play>https://cdn.example.com/audio/option-3.mp3</Play><Pause length="1"/><Say>Option 4: press 4 for department 4.</Say><Play>https://cdn.example.com/audio/option-4.mp3</Play><Pause length="1"/><Say>Option 5: press 5 for department 5.</Say><Play>https://cdn.example.com/audio/option-5.mp3</Play><Pause length="1"/><Say>Option 6: press 6 for department 6.</Say><Play>https://cdn.example.com/audio/option-6.mp3</Play><Pause length="1"/><Say>Option 7: press 7 for department 7.</Say><Play>https://cdn.example.com/audio/option-7.mp3</Play><Pause length="1"/><Say>Option 8: press 8 for department 8.</Say><Play>https://cdn.example.com/audio/option-8.mp3</Play><Pause length="1"/><Say>Option 9: press 9 for department 9.</Say><Play>https://cdn.example.com/audio/option-9.mp3</Play><Pause length="1"/><Say>Option 10: press 0 for department 10.</Say><Play>https://cdn.example.com/audio/option-10.mp3</Play><Pause length="1"/><Say>Option 11: press 1 for department 11.</Say><Play>https://cdn.example.com/audio/option-11.mp3</Play><Pause length="1"/><Say>Option 12: press 2 for department 12.</Say><Play>https://cdn.example.com/audio/option-12.mp3</Play><Pause length="1"/><Say>Option 13: press 3 for department 13.</Say><Play>https://cdn.example.com/audio/option-13.mp3</Play><Pause length="1"/><Say>Option 14: press 4 for department 14.</Say><Play>https://cdn.example.com/audio/option-14.mp3</Play><Pause length="1"/><Say>Option 15: press 5 for department 15.</Say><Play>https://cdn.example.com/audio/option-15.mp3</Play><Pause length="1"/><Say>Option 16: press 6 for department 16.</Say><Play>https://cdn.example.com/audio/option-16.mp3</Play><Pause length="1"/></Response>"#
)]
struct Template {}

fn sailfish(_: &()) -> String {
    Template {}.render_once().expect("rendering into a String")
}

fn maud(_: &()) -> String {
    use maud::{PreEscaped, html};
    html! {
        (PreEscaped(XML_DECLARATION))
        Response {
            Say { "Welcome to Example Corp & partners. Calls may be recorded." }
            Say { "Option 1: press 1 for department 1." }
            Play { "https://cdn.example.com/audio/option-1.mp3" }
            Pause length="1" {}
            Say { "Option 2: press 2 for department 2." }
            Play { "https://cdn.example.com/audio/option-2.mp3" }
            Pause length="1" {}
            Say { "Option 3: press 3 for department 3." }
            Play { "https://cdn.example.com/audio/option-3.mp3" }
            Pause length="1" {}
            Say { "Option 4: press 4 for department 4." }
            Play { "https://cdn.example.com/audio/option-4.mp3" }
            Pause length="1" {}
            Say { "Option 5: press 5 for department 5." }
            Play { "https://cdn.example.com/audio/option-5.mp3" }
            Pause length="1" {}
            Say { "Option 6: press 6 for department 6." }
            Play { "https://cdn.example.com/audio/option-6.mp3" }
            Pause length="1" {}
            Say { "Option 7: press 7 for department 7." }
            Play { "https://cdn.example.com/audio/option-7.mp3" }
            Pause length="1" {}
            Say { "Option 8: press 8 for department 8." }
            Play { "https://cdn.example.com/audio/option-8.mp3" }
            Pause length="1" {}
            Say { "Option 9: press 9 for department 9." }
            Play { "https://cdn.example.com/audio/option-9.mp3" }
            Pause length="1" {}
            Say { "Option 10: press 0 for department 10." }
            Play { "https://cdn.example.com/audio/option-10.mp3" }
            Pause length="1" {}
            Say { "Option 11: press 1 for department 11." }
            Play { "https://cdn.example.com/audio/option-11.mp3" }
            Pause length="1" {}
            Say { "Option 12: press 2 for department 12." }
            Play { "https://cdn.example.com/audio/option-12.mp3" }
            Pause length="1" {}
            Say { "Option 13: press 3 for department 13." }
            Play { "https://cdn.example.com/audio/option-13.mp3" }
            Pause length="1" {}
            Say { "Option 14: press 4 for department 14." }
            Play { "https://cdn.example.com/audio/option-14.mp3" }
            Pause length="1" {}
            Say { "Option 15: press 5 for department 15." }
            Play { "https://cdn.example.com/audio/option-15.mp3" }
            Pause length="1" {}
            Say { "Option 16: press 6 for department 16." }
            Play { "https://cdn.example.com/audio/option-16.mp3" }
            Pause length="1" {}
        }
    }
    .into_string()
}
