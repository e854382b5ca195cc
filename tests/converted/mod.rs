//! Generated from `tests/fixtures/*.xml` by `Document::to_cxml_source` (what `cxml convert`
//! prints). Do not edit: regenerate with `CXML_BLESS=1 cargo test --test convert`.

use cxml::cxml;

/// `tests/fixtures/fax.xml`
pub fn fax() -> cxml::Rendered {
    cxml! {
        Response <
            Receive(action = "https://example.com/fax-received", method = "POST", mediaType = "application/pdf", pageSize = "letter")
        >
    }
}

/// `tests/fixtures/messaging.xml`
pub fn messaging() -> cxml::Rendered {
    cxml! {
        Response <
            Message(to = "+15550100", from = "+15550199", action = "https://example.com/sms-status", method = "POST") <
                Body("Your order #1042 has shipped. Reply STOP to opt out.")
                Media("https://example.com/images/receipt.png")
            >
            Message("Thanks for your message, {{From}}!")
            Redirect("https://example.com/next-sms")
        >
    }
}

/// `tests/fixtures/voice_dial.xml`
pub fn voice_dial() -> cxml::Rendered {
    cxml! {
        Response <
            Dial(action = "https://example.com/dial-status", method = "POST", callerId = "+15550100", timeout = "20", record = "record-from-answer", answerOnBridge = "true", ringTone = "us") <
                Number(sendDigits = "ww123", statusCallback = "https://example.com/number-status", statusCallbackEvent = "initiated ringing answered completed") < "+15550101" >
                Number("+15550102")
            >
            Record(action = "https://example.com/voicemail", maxLength = "120", finishOnKey = "#", playBeep = "true", transcribe = "false")
            Dial <
                Conference(beep = "onEnter", startConferenceOnEnter = "true", endConferenceOnExit = "false", waitUrl = "https://example.com/wait.xml") < "Room 1234" >
            >
            Dial <
                Sip(username = "agent", password = "s3cret<>") < "sip:agent@example.sip.signalwire.com" >
            >
            Start <
                Stream(url = "wss://example.com/audio", track = "both_tracks") <
                    Parameter(name = "customer", value = "42")
                >
            >
            Refer(action = "https://example.com/refer-completed.xml", method = "GET") <
                Sip("sip:transfer-target@example.com")
            >
            Enqueue(waitUrl = "https://example.com/hold") < "support" >
            Hangup
        >
    }
}

/// `tests/fixtures/voice_ivr.xml`
pub fn voice_ivr() -> cxml::Rendered {
    cxml! {
        Response <
            Gather(input = "dtmf speech", action = "https://example.com/menu?step=1&lang=en", method = "POST", numDigits = "1", timeout = "5", hints = "sales, support") <
                Say(voice = "Polly.Joanna", language = "en-US") < "Thanks for calling. Press 1 for sales, 2 for support." >
                Play(loop = "1") < "https://example.com/audio/hold-tone.mp3" >
                Pause(length = "2")
            >
            Say("We did not receive any input. Goodbye!")
            Redirect(method = "GET") < "https://example.com/menu" >
        >
    }
}

/// `tests/fixtures/voice_ssml.xml`
pub fn voice_ssml() -> cxml::Rendered {
    cxml! {
        Response <
            Say(voice = "Polly.Matthew") <
                "Your code is "
                say-as(interpret-as = "digits") < "4821" >
                "."
                break(time = "500ms")
                prosody(rate = "slow", volume = "loud") < "Please write it down." >
                emphasis(level = "strong") < "Do not share it" >
                " with anyone.\n    "
                lang(xml:lang = "fr-FR") < "Merci" >
                " and "
                sub(alias = "World Wide Web Consortium") < "W3C" >
                " say hello.\n    "
                amazon:effect(name = "whispered") < "This part is quiet." >
                p <
                    s("First sentence.")
                    s("Second sentence & more.")
                >
            >
        >
    }
}

/// Renders one converted document.
pub type Render = fn() -> cxml::Rendered;

/// Every fixture: its file stem and its converted document.
pub const ALL: &[(&str, Render)] = &[
    ("fax", fax),
    ("messaging", messaging),
    ("voice_dial", voice_dial),
    ("voice_ivr", voice_ivr),
    ("voice_ssml", voice_ssml),
];
