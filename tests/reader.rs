//! The run-time reader against the macro: documents rendered by `cxml!` parse back, validate,
//! and render to the very same text (`Document::to_string()` equals the macro's output).

use cxml::{Channel, Rendered, cxml, parse};

/// Parses the macro's output and checks the round trip both ways.
#[track_caller]
fn round_trip(doc: Rendered) {
    let parsed = parse(doc.as_str()).unwrap_or_else(|error| panic!("{}\n{error}", doc.as_str()));
    assert_eq!(parsed.to_string(), doc.as_str());
    assert_eq!(parsed.channel, doc.channel());
    assert_eq!(parse(&parsed.to_string()), Ok(parsed));
}

#[test]
fn the_seed_document() {
    let doc = cxml! {
        Response <
            Refer(action = "https://example.com/refer-completed.xml", method = GET) <
                Sip("sip:transfer-target@example.com")
            >
        >
    };
    round_trip(doc);
}

#[test]
fn voice_verbs() {
    round_trip(cxml! {
        Response <
            Say(voice = "alice", loop = 2, language = "en-US") < "Hello & welcome" >
            Play(loop = 3) < "https://example.com/a.mp3" >
            Play(digits = "ww1234")
            Pause(length = 2)
            Gather(input = "dtmf speech", action = "/menu", numDigits = 1, timeout = 5, finishOnKey = "#") <
                Say("Press 1")
                Play("https://example.com/b.mp3")
                Pause
            >
            Record(action = "/voicemail", maxLength = 60, playBeep = true, trim = "trim-silence")
            Echo(timeout = 10)
            Enqueue(waitUrl = "/hold") < "support" >
            Leave
            Sms(to = "+15550100", from = "+15550199") < "Sent from a call" >
            Denoise("on")
            Redirect(method = POST) < "https://example.com/next" >
            Hangup
        >
    });
    round_trip(cxml! { Response < Reject(reason = "busy") > });
    round_trip(cxml! { Response });
}

#[test]
fn dial_and_its_nouns() {
    round_trip(cxml! {
        Response <
            Dial(callerId = "+15550100", timeout = 20, record = "record-from-answer", answerOnBridge = true) <
                Number(sendDigits = "ww1") < "+15550101" >
                Number("+15550102")
            >
            Dial < Sip(username = "u", password = "p<&>\"") < "sip:a@example.com" > >
            Dial < Conference(beep = "onEnter", startConferenceOnEnter = true) < "Room 1" > >
            Dial < Queue(url = "https://example.com/about-to-connect") < "support" > >
            Dial < Verto("verto:agent@example.com") >
            Dial("+15550103")
        >
    });
}

#[test]
fn connect_start_stop_refer_pay() {
    round_trip(cxml! {
        Response <
            Connect(action = "/after") < Stream(url = "wss://example.com/s") < Parameter(name = "a", value = "1") > >
            Connect < Room("my-room") >
            Start < Stream(url = "wss://example.com/t", track = "both_tracks") >
            Stop < Stream(name = "s1") >
            Pay(chargeAmount = "10.00", paymentConnector = "stripe") <
                Prompt(for = "payment-card-number") < Say("Enter your card number") >
                Parameter(name = "customer", value = "42")
            >
            Refer < Sip("sip:b@example.com") >
        >
    });
}

#[test]
fn ssml_inside_say() {
    round_trip(cxml! {
        Response <
            Say(voice = "Polly.Joanna") <
                "Your code is " say-as(interpret-as = "digits") < "1234" > "."
                break(time = "1s")
                break(strength = "x-strong")
                emphasis(level = "strong") < "now" >
                lang(xml:lang = "fr-FR") < "Bonjour" >
                p < s("One.") s("Two.") >
                phoneme(alphabet = "ipa", ph = "pɪˈkɑːn") < "pecan" >
                prosody(rate = "slow", pitch = "-10%", volume = "loud") < "slowly" >
                sub(alias = "World Wide Web Consortium") < "W3C" >
                w(role = "amazon:VB") < "read" >
                amazon:auto-breaths(volume = "soft") < "breathing" >
                amazon:breath(duration = "long")
                amazon:domain(name = "news") < "Headlines" >
                amazon:effect(name = "whispered") < "quiet" >
                mark(name = "here")
            >
        >
    });
}

#[test]
fn messaging_and_fax() {
    round_trip(cxml! {
        Response <
            Message(to = "+15550100", from = "+15550199", action = "/status", method = POST) <
                Body("Your order shipped")
                Media("https://example.com/r.png")
            >
            Message("Plain text")
            Redirect("https://example.com/next")
        >
    });
    round_trip(cxml! {
        Response < Receive(action = "/fax", mediaType = "image/tiff", pageSize = "a4", method = POST) >
    });
    round_trip(cxml! { Response < Reject > });
    assert_eq!(
        parse(cxml! { Response < Receive > }.as_str())
            .unwrap()
            .channel,
        Channel::Fax
    );
}

#[test]
fn hostile_run_time_values_survive() {
    for value in [
        "quotes \" and ' and & and < and > and ]]>",
        "lines\nand\ttabs\rand\r\nends",
        "controls \u{0}\u{7}\u{1b} and \u{FFFE}",
        "ünïcödé € 😀",
        "  padded  ",
        "{{From}}",
    ] {
        round_trip(cxml! { Response < Message(to = {value}) < Body({value}) > > });
        let voice =
            cxml! { Response < Say(voice = {value}) < {value} > Sms(to = {value}) < "hi" > > };
        round_trip(voice.clone());
        let parsed = parse(voice.as_str()).unwrap();
        let say = parsed.root().elements().next().unwrap();
        let expected: String = value
            .chars()
            .map(|c| if matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{FFFE}' | '\u{FFFF}') { '\u{FFFD}' } else { c })
            .collect();
        assert_eq!(say.text(), expected);
        assert_eq!(say.attribute("voice"), Some(expected.as_str()));
    }
}

#[test]
fn the_parsed_tree_names_its_schema_entries() {
    let xml =
        cxml! { Response < Dial < Sip("sip:a@example.com") > Refer < Sip("sip:b@example.com") > > };
    let doc = parse(xml.as_str()).unwrap();
    let ids: Vec<&str> = doc
        .root()
        .elements()
        .flat_map(|verb| verb.elements())
        .map(|noun| noun.spec().unwrap().id)
        .collect();
    assert_eq!(ids, ["voice.Sip@Dial", "voice.Sip@Refer"]);
}
