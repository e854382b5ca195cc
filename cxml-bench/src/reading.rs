//! The document the reader's benchmark (`benches/parse.rs`) and the profile example read besides
//! the family's larger shapes.

/// A realistic voice document of about 4 KB: greeting with SSML, a menu, a dial plan.
pub fn voice_document() -> String {
    let team: Vec<String> = (0..8).map(|i| format!("+1555010{i:02}")).collect();
    let doc = cxml::cxml! {
        Response <
            Say(voice = "Polly.Joanna-Neural", language = "en-US") <
                "Thank you for calling O'Brien & Sons. "
                prosody(rate = "slow") < "Your call matters to us." >
                break(time = "500ms")
                "Your account number is " say-as(interpret-as = "digits") < "12345678" > "."
            >
            Gather(input = "dtmf speech", action = "https://ivr.example.com/menu?step=1&lang=en", method = POST, numDigits = 1, timeout = 5, hints = "sales, support, billing") <
                Say("For sales, press 1 or say sales. For support, press 2 or say support. For billing, press 3.")
                Play("https://cdn.example.com/audio/menu-music.mp3")
                Pause(length = 2)
                Say("To repeat these options, press 9.")
            >
            Dial(callerId = "+15550100", timeout = 20, record = "record-from-answer", action = "https://ivr.example.com/dial-done", recordingStatusCallback = "https://ivr.example.com/recording") <
                for n in &team {
                    Number({n}, statusCallback = "https://ivr.example.com/status", statusCallbackEvent = "initiated ringing answered completed")
                }
            >
            Record(action = "https://ivr.example.com/voicemail", maxLength = 120, finishOnKey = "#", transcribe = true, playBeep = true)
            Say("We did not receive a recording. Goodbye.")
            Redirect(method = POST) < "https://ivr.example.com/voice?retry=1" >
        >
    };
    let mut text = doc.into_string();
    // Pad with a few more verbs of the same kind until the document is about 4 KB.
    let verb = r#"<Say voice="alice">Please hold while we connect your call to the next available agent.</Say>"#;
    while text.len() < 4000 {
        text.insert_str(text.len() - "</Response>".len(), verb);
    }
    text
}

/// `xml` laid out as people write documents by hand: one element a line, indented by two spaces
/// a level, text kept inline. Read back it is the same document (layout between elements is not
/// content), so the reader's benchmark can time the same document with its whitespace.
pub fn indented(xml: &str) -> String {
    use cxml::document::{Element, Node};

    fn write(out: &mut String, element: Element<'_>, depth: usize) {
        let indent = "  ".repeat(depth);
        out.push_str(&indent);
        out.push('<');
        out.push_str(element.name());
        for (name, value) in element.attributes() {
            out.push_str(&format!(" {name}=\"{}\"", cxml::escape::attribute(value)));
        }
        let children: Vec<Node<'_>> = element.children().collect();
        if children.is_empty() {
            out.push_str("/>\n");
            return;
        }
        out.push('>');
        if children.iter().any(|child| matches!(child, Node::Text(_))) {
            // Text is content: the element stays on one line, as written.
            for child in children {
                match child {
                    Node::Text(text) => out.push_str(&cxml::escape::text(text)),
                    Node::Element(inner) => {
                        let mut inline = String::new();
                        write(&mut inline, inner, 0);
                        out.push_str(inline.trim_end());
                    }
                }
            }
        } else {
            out.push('\n');
            for child in children {
                if let Node::Element(inner) = child {
                    write(out, inner, depth + 1);
                }
            }
            out.push_str(&indent);
        }
        out.push_str("</");
        out.push_str(element.name());
        out.push_str(">\n");
    }

    let document = cxml::parse(xml).expect("an indented document starts from a valid one");
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write(&mut out, document.root(), 0);
    out
}
