//! The reader's family of documents (issue 21, item 9): the same two documents, a dial-heavy one
//! of about 16 KB and an IVR of about 3.7 KB, each written in the layouts people really produce
//! (one line; indented with two spaces, four spaces or tabs; CRLF line ends; with and without the
//! XML declaration; attributes in single quotes; comments between the verbs; what `cxml!`
//! renders), and a few written the way SignalWire's and Twilio's documentation writes its
//! examples. Every one is valid (`tests/documents.rs` checks that `cxml::parse` accepts it and
//! reads the same document from every layout).
//!
//! `profile ratio <name> 400` and callgrind's `profile parse|events <name> 1000` take these names;
//! `benches/parse.rs` times each against quick-xml's event loop.

use std::fmt::Write as _;

/// One document of the family.
pub struct Document {
    /// `dial-…` or `ivr-…`, then the layout.
    pub name: String,
    pub xml: String,
}

/// Every document of the family, the dial-heavy ones first.
pub fn documents() -> Vec<Document> {
    let mut all = Vec::new();
    for (family, tree) in [("dial", dial_tree()), ("ivr", ivr_tree())] {
        for (layout_name, layout) in LAYOUTS {
            all.push(Document {
                name: format!("{family}-{layout_name}"),
                xml: write(&tree, layout),
            });
        }
    }
    all.push(Document {
        name: "dial-rendered".to_owned(),
        xml: dial_rendered(),
    });
    all.push(Document {
        name: "ivr-rendered".to_owned(),
        xml: ivr_rendered(),
    });
    all.push(Document {
        name: "dial-twilio-docs".to_owned(),
        xml: dial_twilio_docs(),
    });
    all.push(Document {
        name: "ivr-signalwire-docs".to_owned(),
        xml: ivr_signalwire_docs(),
    });
    all
}

/// Documents that isolate one cost, for `profile`: `probe-pauses`, a `Response` of 100
/// `<Pause/>` (what an element costs with nothing in it), and `probe-attributes`, 100 `<Say>`
/// with three attributes each (what an attribute costs, against `probe-says`, the same without
/// them).
pub fn probes() -> Vec<Document> {
    let response = |body: &str| {
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>{body}</Response>")
    };
    let say = "Hello there, how are you today?";
    [
        ("probe-pauses", "<Pause/>".repeat(100)),
        ("probe-says", format!("<Say>{say}</Say>").repeat(100)),
        (
            "probe-attributes",
            format!(r#"<Say voice="Polly.Joanna" language="en-US" loop="1">{say}</Say>"#)
                .repeat(100),
        ),
    ]
    .into_iter()
    .map(|(name, body)| Document {
        name: name.to_owned(),
        xml: response(&body),
    })
    .collect()
}

/// The document of the family, or the probe, named `name`.
pub fn document(name: &str) -> Option<String> {
    documents()
        .into_iter()
        .chain(probes())
        .find(|document| document.name == name)
        .map(|document| document.xml)
}

// ---------------------------------------------------------------------------------------------
// A document as a tree, and the layouts it is written in

/// An element: name, attributes (values as meant, escaped when written) and children.
struct Element {
    name: &'static str,
    attributes: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

enum Node {
    Element(Element),
    /// Text as meant, escaped when written.
    Text(String),
    /// A comment, written only by the layouts that keep comments.
    Comment(String),
}

fn element(name: &'static str, attributes: &[(&'static str, &str)], children: Vec<Node>) -> Node {
    Node::Element(Element {
        name,
        attributes: attributes
            .iter()
            .map(|&(name, value)| (name, value.to_owned()))
            .collect(),
        children,
    })
}

fn text(content: &str) -> Node {
    Node::Text(content.to_owned())
}

/// How a document is laid out.
#[derive(Clone, Copy)]
struct Layout {
    /// One level of indentation; `None` writes the document on one line.
    indent: Option<&'static str>,
    line_end: &'static str,
    declaration: bool,
    quote: char,
    comments: bool,
}

const LINE: Layout = Layout {
    indent: None,
    line_end: "",
    declaration: true,
    quote: '"',
    comments: false,
};

const TWO: Layout = Layout {
    indent: Some("  "),
    line_end: "\n",
    ..LINE
};

const LAYOUTS: [(&str, Layout); 8] = [
    ("line", LINE),
    ("indent2", TWO),
    (
        "indent4",
        Layout {
            indent: Some("    "),
            ..TWO
        },
    ),
    (
        "tabs",
        Layout {
            indent: Some("\t"),
            ..TWO
        },
    ),
    (
        "crlf",
        Layout {
            line_end: "\r\n",
            ..TWO
        },
    ),
    (
        "bare",
        Layout {
            declaration: false,
            ..TWO
        },
    ),
    ("single", Layout { quote: '\'', ..TWO }),
    (
        "comments",
        Layout {
            indent: Some("    "),
            comments: true,
            ..TWO
        },
    ),
];

fn write(root: &Node, layout: Layout) -> String {
    let mut out = String::new();
    if layout.declaration {
        let q = layout.quote;
        let _ = write!(out, "<?xml version={q}1.0{q} encoding={q}UTF-8{q}?>");
        out.push_str(if layout.indent.is_some() {
            layout.line_end
        } else {
            ""
        });
    }
    write_node(&mut out, root, 0, layout, false);
    out
}

fn write_node(out: &mut String, node: &Node, depth: usize, layout: Layout, inline: bool) {
    let indent = |out: &mut String| {
        if let (Some(one), false) = (layout.indent, inline) {
            for _ in 0..depth {
                out.push_str(one);
            }
        }
    };
    let line_end = |out: &mut String| {
        if !inline {
            out.push_str(layout.line_end);
        }
    };
    match node {
        Node::Text(content) => out.push_str(&escape(content, None)),
        Node::Comment(content) => {
            if layout.comments {
                indent(out);
                let _ = write!(out, "<!-- {content} -->");
                line_end(out);
            }
        }
        Node::Element(element) => {
            indent(out);
            out.push('<');
            out.push_str(element.name);
            for (name, value) in &element.attributes {
                let q = layout.quote;
                let _ = write!(out, " {name}={q}{}{q}", escape(value, Some(q)));
            }
            if element.children.is_empty() {
                out.push_str("/>");
                line_end(out);
                return;
            }
            out.push('>');
            // Text is content: an element that holds some stays on one line, as written.
            let mixed = element
                .children
                .iter()
                .any(|child| matches!(child, Node::Text(_)));
            if !mixed {
                line_end(out);
            }
            for child in &element.children {
                write_node(out, child, depth + 1, layout, inline || mixed);
            }
            if !mixed {
                indent(out);
            }
            let _ = write!(out, "</{}>", element.name);
            line_end(out);
        }
    }
}

/// `&`, `<` and `>` as references, and the quote around an attribute value.
fn escape(content: &str, quote: Option<char>) -> String {
    let mut out = String::with_capacity(content.len());
    for c in content.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quote == Some('"') => out.push_str("&quot;"),
            '\'' if quote == Some('\'') => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The dial-heavy document: about 16 KB on one line

const EVENTS: &str = "initiated ringing answered completed";

fn dial_tree() -> Node {
    let mut verbs = vec![element(
        "Say",
        &[("voice", "Polly.Matthew"), ("language", "en-US")],
        vec![text("Please hold while we find someone to take your call.")],
    )];
    let mut team = 0;
    let mut attempt = 0;
    // Dials of a few nouns each, then a conference, until the one-line form is about 16 KB.
    while write(&Node::Element(response(&verbs)), LINE).len() < 15_600 {
        attempt += 1;
        verbs.push(Node::Comment(format!(
            "attempt {attempt}: the on-call team"
        )));
        let base = format!("https://pbx.example.com/calls/attempt-{attempt}");
        let mut nouns = Vec::new();
        for _ in 0..3 {
            team += 1;
            nouns.push(element(
                "Number",
                &[
                    (
                        "statusCallback",
                        &format!("{base}/status?agent={team}&team=support&leg=number"),
                    ),
                    ("statusCallbackEvent", EVENTS),
                    ("statusCallbackMethod", "POST"),
                    ("sendDigits", "wwww1928"),
                ],
                vec![text(&format!("+1555010{team:04}"))],
            ));
        }
        let sip = element(
            "Sip",
            &[
                ("username", "support-desk"),
                ("password", "s3cr3t&more"),
                (
                    "statusCallback",
                    &format!("{base}/sip?agent={team}&leg=sip&codec=opus"),
                ),
                ("statusCallbackEvent", EVENTS),
                ("url", &format!("{base}/whisper?attempt={attempt}&lang=en")),
            ],
            vec![text(&format!(
                "sip:agent{team}@support.example.sip.signalwire.com;transport=tls"
            ))],
        );
        verbs.push(element(
            "Dial",
            &[
                (
                    "action",
                    &format!("{base}/dial-done?attempt={attempt}&queue=support&retry=0"),
                ),
                ("method", "POST"),
                ("timeout", "20"),
                ("callerId", "+15550100000"),
                ("record", "record-from-answer-dual"),
                (
                    "recordingStatusCallback",
                    &format!("{base}/recording?attempt={attempt}&format=mp3"),
                ),
                ("answerOnBridge", "true"),
            ],
            nouns,
        ));
        // A `Dial` with a `Sip` holds no other noun.
        verbs.push(element(
            "Dial",
            &[
                ("action", &format!("{base}/sip-done?attempt={attempt}")),
                ("timeout", "30"),
                ("callerId", "+15550100000"),
            ],
            vec![sip],
        ));
        if attempt % 3 == 0 {
            verbs.push(element(
                "Dial",
                &[
                    ("action", &format!("{base}/conference-done?room={attempt}")),
                    ("method", "POST"),
                    ("hangupOnStar", "true"),
                    ("timeLimit", "3600"),
                ],
                vec![element(
                    "Conference",
                    &[
                        ("startConferenceOnEnter", "true"),
                        ("endConferenceOnExit", "false"),
                        ("beep", "false"),
                        ("waitUrl", "https://cdn.example.com/hold/jazz.mp3"),
                        (
                            "statusCallback",
                            &format!("{base}/conference?room={attempt}&event=status"),
                        ),
                        ("statusCallbackEvent", "start end join leave mute hold"),
                        ("record", "record-from-start"),
                    ],
                    vec![text(&format!("support-room-{attempt}"))],
                )],
            ));
        }
    }
    verbs.push(element(
        "Say",
        &[],
        vec![text(
            "Nobody could take your call. Please leave a message after the tone.",
        )],
    ));
    verbs.push(element(
        "Record",
        &[
            (
                "action",
                "https://pbx.example.com/voicemail?box=support&notify=email",
            ),
            ("maxLength", "120"),
            ("playBeep", "true"),
            ("finishOnKey", "#"),
        ],
        vec![],
    ));
    verbs.push(element("Hangup", &[], vec![]));
    Node::Element(response(&verbs))
}

fn response(verbs: &[Node]) -> Element {
    Element {
        name: "Response",
        attributes: Vec::new(),
        children: verbs.iter().map(clone_node).collect(),
    }
}

fn clone_node(node: &Node) -> Node {
    match node {
        Node::Element(element) => Node::Element(Element {
            name: element.name,
            attributes: element.attributes.clone(),
            children: element.children.iter().map(clone_node).collect(),
        }),
        Node::Text(content) => Node::Text(content.clone()),
        Node::Comment(content) => Node::Comment(content.clone()),
    }
}

/// The dial-heavy document as `cxml!` renders it (one line, with the declaration).
fn dial_rendered() -> String {
    let mut text = String::new();
    for attempt in 1..=13 {
        let base = format!("https://pbx.example.com/calls/attempt-{attempt}");
        let numbers: Vec<String> = (0..3)
            .map(|i| format!("+1555010{:04}", attempt * 3 + i))
            .collect();
        let doc = cxml::cxml! {
            Response <
                Dial(action = {format_args!("{base}/dial-done?attempt={attempt}&queue=support")}, method = POST, timeout = 20, callerId = "+15550100000", record = "record-from-answer-dual", recordingStatusCallback = {format_args!("{base}/recording?attempt={attempt}&format=mp3")}) <
                    for n in &numbers {
                        Number({n}, statusCallback = {format_args!("{base}/status?number={n}&team=support")}, statusCallbackEvent = "initiated ringing answered completed", statusCallbackMethod = POST)
                    }
                >
                Dial(action = {format_args!("{base}/sip-done?attempt={attempt}")}, timeout = 30) <
                    Sip(username = "support-desk", statusCallback = {format_args!("{base}/sip?leg=sip&codec=opus")}, statusCallbackEvent = "initiated ringing answered completed") <
                        "sip:agent@support.example.sip.signalwire.com;transport=tls"
                    >
                >
            >
        };
        let rendered = doc.into_string();
        if text.is_empty() {
            text = rendered;
        } else {
            // The verbs of this Response, moved into the first one.
            let start = rendered.find("<Dial").unwrap_or(0);
            let end = rendered.len() - "</Response>".len();
            let verbs = rendered.get(start..end).unwrap_or_default().to_owned();
            text.insert_str(text.len() - "</Response>".len(), &verbs);
        }
    }
    text
}

/// A dial-heavy document in the style of Twilio's documentation: declaration, four spaces a
/// level, nouns with a few attributes each.
fn dial_twilio_docs() -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n");
    for i in 0..26 {
        let _ = write!(
            out,
            r#"    <Dial action="https://example.com/handleDialCallStatus?attempt={i}&amp;step=dial" method="GET" timeout="15" callerId="+15551112222" record="record-from-ringing">
        <Number statusCallbackEvent="initiated ringing answered completed" statusCallback="https://myapp.com/calls/events?agent={i}&amp;leg=a" statusCallbackMethod="POST">+1415555{i:04}</Number>
    </Dial>
    <Dial>
        <Sip username="admin" password="1234">sip:kate@example.com?mycustomheader=foo&amp;myotherheader=bar</Sip>
    </Dial>
"#
        );
        if i % 7 == 6 {
            let _ = write!(
                out,
                r#"    <Dial>
        <Conference startConferenceOnEnter="true" endConferenceOnExit="true" waitUrl="https://example.com/hold-music" statusCallback="https://myapp.com/conference/events?room={i}&amp;a=b" statusCallbackEvent="start end join leave mute hold">Room {i}</Conference>
    </Dial>
"#
            );
        }
    }
    out.push_str("    <Say>Goodbye</Say>\n</Response>\n");
    out
}

// ---------------------------------------------------------------------------------------------
// The IVR: about 3.7 KB on one line

/// The IVR's menus: step, prompt, hints.
const MENUS: [(&str, &str, &str); 5] = [
    (
        "main",
        "For sales, press 1 or say sales. For support, press 2 or say support. For billing, press 3 or say billing.",
        "sales, support, billing, operator",
    ),
    (
        "support",
        "For an order you have placed, press 1. For a technical question, press 2. For anything else, stay on the line.",
        "order, technical, other",
    ),
    (
        "billing",
        "To pay your bill, press 1. To hear your balance, press 2. To speak to an agent, press 0.",
        "pay, balance, agent",
    ),
    (
        "sales",
        "For new service, press 1. To upgrade your plan, press 2. For our current offers, press 3.",
        "new service, upgrade, offers",
    ),
    (
        "hours",
        "Our stores are open from nine to six, Monday to Saturday. To find the nearest store, press 1.",
        "stores, hours, location",
    ),
];

fn ivr_tree() -> Node {
    let greeting = element(
        "Say",
        &[("voice", "Polly.Joanna-Neural"), ("language", "en-US")],
        vec![
            text("Thank you for calling Acme & Sons. "),
            element(
                "prosody",
                &[("rate", "slow"), ("pitch", "low")],
                vec![text("Your call is important to us.")],
            ),
            element("break", &[("time", "500ms")], vec![]),
            text(" Your reference is "),
            element("say-as", &[("interpret-as", "digits")], vec![text("40213")]),
            text(". "),
            element(
                "emphasis",
                &[("level", "strong")],
                vec![text("Please listen carefully,")],
            ),
            text(" as our options have changed."),
        ],
    );
    let menu = |step: &str, prompt: &str, hints: &str| {
        element(
            "Gather",
            &[
                ("input", "dtmf speech"),
                (
                    "action",
                    &format!("https://ivr.example.com/menu?step={step}&lang=en-US&retry=0"),
                ),
                ("method", "POST"),
                ("numDigits", "1"),
                ("timeout", "6"),
                ("speechTimeout", "auto"),
                ("hints", hints),
                ("finishOnKey", "#"),
            ],
            vec![
                element(
                    "Say",
                    &[("voice", "Polly.Joanna-Neural")],
                    vec![
                        text(prompt),
                        element("break", &[("strength", "medium")], vec![]),
                        text(" To hear these options again, press "),
                        element("say-as", &[("interpret-as", "characters")], vec![text("9")]),
                        text("."),
                    ],
                ),
                element(
                    "Play",
                    &[("loop", "1")],
                    vec![text(&format!(
                        "https://cdn.example.com/ivr/{step}/prompt.mp3?v=3&codec=mp3"
                    ))],
                ),
                element("Pause", &[("length", "2")], vec![]),
            ],
        )
    };
    let mut verbs = vec![
        Node::Comment("greeting".to_owned()),
        greeting,
        Node::Comment("main menu".to_owned()),
    ];
    verbs.extend(
        MENUS
            .iter()
            .map(|&(step, prompt, hints)| menu(step, prompt, hints)),
    );
    verbs.extend([
        Node::Comment("no input".to_owned()),
        element(
            "Say",
            &[("voice", "Polly.Joanna-Neural")],
            vec![
                text("We did not receive your selection. "),
                element(
                    "prosody",
                    &[("volume", "loud")],
                    vec![text("Please try again.")],
                ),
            ],
        ),
        element(
            "Redirect",
            &[("method", "POST")],
            vec![text(
                "https://ivr.example.com/menu?step=main&retry=1&lang=en-US",
            )],
        ),
    ]);
    Node::Element(Element {
        name: "Response",
        attributes: Vec::new(),
        children: verbs,
    })
}

/// The IVR as `cxml!` renders it.
fn ivr_rendered() -> String {
    let steps = MENUS;
    let doc = cxml::cxml! {
        Response <
            Say(voice = "Polly.Joanna-Neural", language = "en-US") <
                "Thank you for calling Acme & Sons. "
                prosody(rate = "slow", pitch = "low") < "Your call is important to us." >
                break(time = "500ms")
                " Your reference is " say-as(interpret-as = "digits") < "40213" > ". "
                emphasis(level = "strong") < "Please listen carefully," >
                " as our options have changed."
            >
            for (step, prompt, hints) in &steps {
                Gather(input = "dtmf speech", action = {format_args!("https://ivr.example.com/menu?step={step}&lang=en-US&retry=0")}, method = POST, numDigits = 1, timeout = 6, speechTimeout = "auto", hints = {hints}, finishOnKey = "#") <
                    Say(voice = "Polly.Joanna-Neural") <
                        {prompt}
                        break(strength = "medium")
                        " To hear these options again, press "
                        say-as(interpret-as = "characters") < "9" >
                        "."
                    >
                    Play(loop = 1) < {format_args!("https://cdn.example.com/ivr/{step}/prompt.mp3?v=3&codec=mp3")} >
                    Pause(length = 2)
                >
            }
            Say(voice = "Polly.Joanna-Neural") <
                "We did not receive your selection. "
                prosody(volume = "loud") < "Please try again." >
            >
            Redirect(method = POST) < "https://ivr.example.com/menu?step=main&retry=1&lang=en-US" >
        >
    };
    doc.into_string()
}

/// An IVR in the style of SignalWire's documentation: declaration, two spaces a level, short
/// attribute lists, SSML inside `Say`.
fn ivr_signalwire_docs() -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n");
    out.push_str(
        r#"  <Say voice="Polly.Joanna-Neural">
    Welcome to SignalWire. <break time="300ms"/> This call may be recorded for quality assurance.
  </Say>
"#,
    );
    for (i, topic) in [
        "sales",
        "support",
        "billing",
        "directory",
        "hours",
        "returns",
        "careers",
    ]
    .iter()
    .enumerate()
    {
        let _ = write!(
            out,
            r#"  <Gather input="speech dtmf" action="https://example.com/process_{topic}.xml?menu={i}&amp;caller=new" numDigits="1" timeout="5" hints="{topic}, agent, operator">
    <Say voice="Polly.Joanna-Neural" language="en-US">
      Press <say-as interpret-as="digits">{i}</say-as> or say <emphasis level="moderate">{topic}</emphasis> for {topic}.
    </Say>
    <Play>https://cdn.signalwire.com/default-music/welcome.mp3</Play>
  </Gather>
"#
        );
    }
    out.push_str(
        "  <Say>We didn't receive any input. Goodbye!</Say>\n  <Redirect>https://example.com/main_menu.xml</Redirect>\n</Response>\n",
    );
    out
}
