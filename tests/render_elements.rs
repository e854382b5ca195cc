//! One rendering test for every element of the schema table that `cxml!` accepts, each asserting
//! the exact output; `every_accepted_element_is_rendered` keeps the list complete.
//!
//! Not rendered here: the withdrawn AI family (`AI`, `Prompt` in `AI`, `PostPrompt`, `Languages`,
//! `Language`, `SWAIG`, `Defaults`, `Function`, `*`), which the macro rejects (see `tests/ui/`).

use std::collections::HashSet;

use cxml::schema::{ELEMENTS, Status};
use cxml::{Channel, cxml};
use quick_xml::events::Event;

/// Each case: a test name, the channel the document must be inferred as, the document, and the
/// exact text it renders after the XML declaration. The expected texts land in [`EXPECTED`].
macro_rules! cases {
    ($($(#[$meta:meta])* $test:ident ($channel:ident): { $($doc:tt)* } => $expected:literal;)*) => {
        $(
            #[test]
            $(#[$meta])*
            fn $test() {
                let doc = cxml! { $($doc)* };
                assert_eq!(
                    doc.as_str(),
                    concat!(r#"<?xml version="1.0" encoding="UTF-8"?>"#, $expected)
                );
                assert_eq!(doc.channel(), Channel::$channel);
                assert!(doc.error().is_none(), "{:?}", doc.error());
            }
        )*
        /// Every expected document, with its channel.
        const EXPECTED: &[(Channel, &str)] = &[$((Channel::$channel, $expected)),*];
    };
}

cases! {
    // ---- voice: verbs ----
    voice_response_empty(Voice): { Response } => "<Response/>";
    voice_response_with_children(Voice): { Response < Hangup > } => "<Response><Hangup/></Response>";
    connect_room(Voice): {
        Response < Connect(action = "https://example.com/after", method = POST) < Room("my-room") > >
    } => r#"<Response><Connect action="https://example.com/after" method="POST"><Room>my-room</Room></Connect></Response>"#;
    connect_stream_with_parameters(Voice): {
        Response <
            Connect <
                Stream(url = "wss://example.com/stream", name = "s1", track = both_tracks, codec = "L16@16000h", realtime = true) <
                    Parameter(name = "customer", value = "42")
                >
            >
        >
    } => r#"<Response><Connect><Stream url="wss://example.com/stream" name="s1" track="both_tracks" codec="L16@16000h" realtime="true"><Parameter name="customer" value="42"/></Stream></Connect></Response>"#;
    #[allow(deprecated)] // `VirtualAgent` is deprecated by SignalWire: accepted with a warning.
    connect_virtual_agent(Voice): {
        Response < Connect < VirtualAgent(connectorName = "my-dialogflow") > >
    } => r#"<Response><Connect><VirtualAgent connectorName="my-dialogflow"/></Connect></Response>"#;
    denoise(Voice): { Response < Denoise("on") Denoise < "off" > > }
        => "<Response><Denoise>on</Denoise><Denoise>off</Denoise></Response>";
    dial_text(Voice): {
        Response < Dial(timeout = 20, answerOnBridge = true, record = record-from-answer, ringTone = uk) < "+15550100" > >
    } => r#"<Response><Dial timeout="20" answerOnBridge="true" record="record-from-answer" ringTone="uk">+15550100</Dial></Response>"#;
    dial_number(Voice): {
        Response < Dial(callerId = "+15550199") <
            Number(sendDigits = "wwww1928", url = "https://example.com/screen", method = GET, statusCallbackEvent = "initiated ringing answered completed") < "+15550100" >
            Number("+15550101")
        > >
    } => r#"<Response><Dial callerId="+15550199"><Number sendDigits="wwww1928" url="https://example.com/screen" method="GET" statusCallbackEvent="initiated ringing answered completed">+15550100</Number><Number>+15550101</Number></Dial></Response>"#;
    dial_conference(Voice): {
        Response < Dial < Conference(beep = onEnter, startConferenceOnEnter = true, maxParticipants = 10, record = record-from-start) < "Room 1234" > > >
    } => r#"<Response><Dial><Conference beep="onEnter" startConferenceOnEnter="true" maxParticipants="10" record="record-from-start">Room 1234</Conference></Dial></Response>"#;
    dial_conference_with_stream(Voice): {
        Response < Dial < Conference <
            "team"
            Stream(name = "c1", url = "wss://example.com/conf", bidir = true) < Parameter(name = "a", value = "b") >
        > > >
    } => r#"<Response><Dial><Conference>team<Stream name="c1" url="wss://example.com/conf" bidir="true"><Parameter name="a" value="b"/></Stream></Conference></Dial></Response>"#;
    dial_queue(Voice): {
        Response < Dial < Queue(url = "https://example.com/about-to-connect") < "support" > > >
    } => r#"<Response><Dial><Queue url="https://example.com/about-to-connect">support</Queue></Dial></Response>"#;
    dial_sip(Voice): {
        Response < Dial < Sip(username = "admin", password = "1234", codecs = "PCMU,OPUS") < "sip:alice@example.com" > > >
    } => r#"<Response><Dial><Sip username="admin" password="1234" codecs="PCMU,OPUS">sip:alice@example.com</Sip></Dial></Response>"#;
    dial_verto(Voice): { Response < Dial < Verto("verto:alice@example.com") > > }
        => "<Response><Dial><Verto>verto:alice@example.com</Verto></Dial></Response>";
    echo(Voice): { Response < Echo(timeout = 30) > } => r#"<Response><Echo timeout="30"/></Response>"#;
    enqueue(Voice): {
        Response < Enqueue(waitUrl = "https://example.com/hold", waitUrlMethod = GET) < "support" > >
    } => r#"<Response><Enqueue waitUrl="https://example.com/hold" waitUrlMethod="GET">support</Enqueue></Response>"#;
    gather(Voice): {
        Response < Gather(input = "dtmf speech", numDigits = 1, timeout = 5, action = "/menu") <
            Say("Press 1") Pause(length = 1) Play("https://example.com/menu.mp3")
        > >
    } => r#"<Response><Gather input="dtmf speech" numDigits="1" timeout="5" action="/menu"><Say>Press 1</Say><Pause length="1"/><Play>https://example.com/menu.mp3</Play></Gather></Response>"#;
    hangup(Voice): { Response < Hangup > } => "<Response><Hangup/></Response>";
    leave(Voice): { Response < Leave > } => "<Response><Leave/></Response>";
    pause(Voice): { Response < Pause Pause(length = 10) > }
        => r#"<Response><Pause/><Pause length="10"/></Response>"#;
    pay(Voice): {
        Response < Pay(paymentConnector = "stripe", chargeAmount = 10.50, currency = "usd", paymentMethod = credit-card, postalCode = false) <
            Parameter(name = "invoice", value = "A-17")
            Prompt(for = payment-card-number, attempt = 1) < Say("Enter your card number") >
            Prompt(for = "expiration-date") < Play("https://example.com/expiry.mp3") >
        > >
    } => r#"<Response><Pay paymentConnector="stripe" chargeAmount="10.50" currency="usd" paymentMethod="credit-card" postalCode="false"><Parameter name="invoice" value="A-17"/><Prompt for="payment-card-number" attempt="1"><Say>Enter your card number</Say></Prompt><Prompt for="expiration-date"><Play>https://example.com/expiry.mp3</Play></Prompt></Pay></Response>"#;
    play(Voice): { Response < Play(loop = 3) < "https://example.com/a.mp3" > Play(digits = "ww1234") > }
        => r#"<Response><Play loop="3">https://example.com/a.mp3</Play><Play digits="ww1234"/></Response>"#;
    record(Voice): {
        Response < Record(maxLength = 20, finishOnKey = "#", playBeep = false, trim = trim-silence, transcribe = true) >
    } => r##"<Response><Record maxLength="20" finishOnKey="#" playBeep="false" trim="trim-silence" transcribe="true"/></Response>"##;
    voice_redirect(Voice): { Response < Redirect(method = POST) < "https://example.com/next" > > }
        => r#"<Response><Redirect method="POST">https://example.com/next</Redirect></Response>"#;
    refer(Voice): {
        Response < Refer(action = "https://example.com/refer-completed.xml", method = GET) < Sip("sip:transfer-target@example.com") > >
    } => r#"<Response><Refer action="https://example.com/refer-completed.xml" method="GET"><Sip>sip:transfer-target@example.com</Sip></Refer></Response>"#;
    voice_reject(Voice): { Response < Reject(reason = busy) > }
        => r#"<Response><Reject reason="busy"/></Response>"#;
    say(Voice): { Response < Say(voice = "alice", language = "en-US", loop = 2) < "Hello" > > }
        => r#"<Response><Say voice="alice" language="en-US" loop="2">Hello</Say></Response>"#;
    sms(Voice): {
        Response < Sms(to = "+15550100", from = "+15550199", action = "/sms-sent") < "Thanks for calling" > >
    } => r#"<Response><Sms to="+15550100" from="+15550199" action="/sms-sent">Thanks for calling</Sms></Response>"#;
    start_stream(Voice): {
        Response < Start(action = "/started") < Stream(url = "wss://example.com/in", track = inbound_track) > >
    } => r#"<Response><Start action="/started"><Stream url="wss://example.com/in" track="inbound_track"/></Start></Response>"#;
    stop_stream(Voice): { Response < Stop < Stream(name = "s1") > > }
        => r#"<Response><Stop><Stream name="s1"/></Stop></Response>"#;

    // ---- SSML inside Say (Polly-only and Twilio-only tags are accepted) ----
    ssml_break(Voice): { Response < Say < "One" break(time = "500ms") "two" break(strength = x-strong) > > }
        => r#"<Response><Say>One<break time="500ms"/>two<break strength="x-strong"/></Say></Response>"#;
    ssml_emphasis(Voice): { Response < Say < emphasis(level = moderate) < "really" > > > }
        => r#"<Response><Say><emphasis level="moderate">really</emphasis></Say></Response>"#;
    ssml_lang(Voice): { Response < Say < lang(xml:lang = "fr-FR") < "Bonjour" > > > }
        => r#"<Response><Say><lang xml:lang="fr-FR">Bonjour</lang></Say></Response>"#;
    ssml_p_and_s(Voice): { Response < Say < p < s("First.") s < "Second." > > > > }
        => "<Response><Say><p><s>First.</s><s>Second.</s></p></Say></Response>";
    ssml_phoneme(Voice): { Response < Say < phoneme(alphabet = ipa, ph = "pɪˈkɑːn") < "pecan" > > > }
        => r#"<Response><Say><phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme></Say></Response>"#;
    ssml_prosody(Voice): { Response < Say < prosody(rate = "slow", pitch = "+5%", volume = "loud") < "Slowly" > > > }
        => r#"<Response><Say><prosody rate="slow" pitch="+5%" volume="loud">Slowly</prosody></Say></Response>"#;
    ssml_say_as(Voice): {
        Response < Say(voice = "alice", loop = 2) < "Your code is " say-as(interpret-as = "digits") < "1234" > > >
    } => r#"<Response><Say voice="alice" loop="2">Your code is <say-as interpret-as="digits">1234</say-as></Say></Response>"#;
    ssml_say_as_date(Voice): { Response < Say < say-as(interpret-as = date, format = mdy) < "12/25/2030" > > > }
        => r#"<Response><Say><say-as interpret-as="date" format="mdy">12/25/2030</say-as></Say></Response>"#;
    ssml_sub(Voice): { Response < Say < sub(alias = "World Wide Web") < "WWW" > > > }
        => r#"<Response><Say><sub alias="World Wide Web">WWW</sub></Say></Response>"#;
    ssml_w(Voice): { Response < Say < w(role = "amazon:VBD") < "read" > > > }
        => r#"<Response><Say><w role="amazon:VBD">read</w></Say></Response>"#;
    ssml_amazon_auto_breaths(Voice): {
        Response < Say < amazon:auto-breaths(volume = loud, frequency = low, duration = x-short) < "Breathe" > > >
    } => r#"<Response><Say><amazon:auto-breaths volume="loud" frequency="low" duration="x-short">Breathe</amazon:auto-breaths></Say></Response>"#;
    ssml_amazon_breath(Voice): { Response < Say < "In" amazon:breath(duration = long, volume = soft) "out" > > }
        => r#"<Response><Say>In<amazon:breath duration="long" volume="soft"/>out</Say></Response>"#;
    ssml_amazon_domain(Voice): { Response < Say < amazon:domain(name = news) < "Headline" > > > }
        => r#"<Response><Say><amazon:domain name="news">Headline</amazon:domain></Say></Response>"#;
    ssml_amazon_effect(Voice): {
        Response < Say < amazon:effect(name = whispered) < "psst" > amazon:effect(phonation = soft, vocal-tract-length = "+10%") < "soft" > > >
    } => r#"<Response><Say><amazon:effect name="whispered">psst</amazon:effect><amazon:effect phonation="soft" vocal-tract-length="+10%">soft</amazon:effect></Say></Response>"#;
    ssml_mark(Voice): { Response < Say < "Before" mark(name = "here") "after" > > }
        => r#"<Response><Say>Before<mark name="here"/>after</Say></Response>"#;

    // ---- messaging ----
    messaging_message_text(Messaging): {
        Response < Message(to = "+15550100", from = "+15550199", action = "/sent", method = POST) < "Hi there" > >
    } => r#"<Response><Message to="+15550100" from="+15550199" action="/sent" method="POST">Hi there</Message></Response>"#;
    messaging_message_body_media(Messaging): {
        Response < Message < Body("Look") Media("https://example.com/cat.jpg") Media("https://example.com/dog.jpg") > >
    } => "<Response><Message><Body>Look</Body><Media>https://example.com/cat.jpg</Media><Media>https://example.com/dog.jpg</Media></Message></Response>";
    messaging_redirect(Messaging): { Response < Message("Moved") Redirect(method = GET) < "https://example.com/sms" > > }
        => r#"<Response><Message>Moved</Message><Redirect method="GET">https://example.com/sms</Redirect></Response>"#;

    // ---- fax ----
    fax_receive(Fax): {
        Response < Receive(action = "/fax-received", mediaType = "application/pdf", pageSize = a4, storeMedia = false) >
    } => r#"<Response><Receive action="/fax-received" mediaType="application/pdf" pageSize="a4" storeMedia="false"/></Response>"#;
    fax_reject(Fax): { Response < Receive Reject > } => "<Response><Receive/><Reject/></Response>";
}

/// The channel each accepted table entry belongs to (SSML belongs to voice).
fn channel_of(scope: cxml::schema::Scope) -> Channel {
    scope.channel()
}

/// `(channel, parent name, element name)` of every element in every expected document, with the
/// document element as its own parent. Parsing also proves every expected text is well-formed.
fn rendered_pairs() -> HashSet<(Channel, String, String)> {
    let mut pairs = HashSet::new();
    for (channel, expected) in EXPECTED {
        let mut reader = quick_xml::Reader::from_str(expected);
        let mut stack: Vec<String> = Vec::new();
        loop {
            let event = reader
                .read_event()
                .unwrap_or_else(|e| panic!("{expected}: {e}"));
            let is_empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(start) | Event::Empty(start) => {
                    let name = String::from_utf8(start.name().as_ref().to_vec()).unwrap();
                    let parent = stack.last().cloned().unwrap_or_else(|| name.clone());
                    pairs.insert((*channel, parent, name.clone()));
                    if !is_empty {
                        stack.push(name);
                    }
                }
                Event::End(_) => {
                    stack.pop();
                }
                Event::Eof => break,
                _ => {}
            }
        }
        assert!(stack.is_empty(), "unbalanced: {expected}");
    }
    pairs
}

#[test]
fn every_accepted_element_is_rendered() {
    let pairs = rendered_pairs();
    let mut missing = Vec::new();
    for element in ELEMENTS.iter() {
        if element.status == Status::Withdrawn {
            continue;
        }
        let channel = channel_of(element.scope);
        let found = if element.parents.is_empty() {
            pairs.contains(&(channel, element.name.to_string(), element.name.to_string()))
        } else {
            element.parents.iter().any(|parent| {
                pairs.contains(&(
                    channel,
                    parent.spec().name.to_string(),
                    element.name.to_string(),
                ))
            })
        };
        if !found {
            missing.push(element.id);
        }
    }
    assert!(
        missing.is_empty(),
        "elements with no rendering test: {missing:?}"
    );
}

#[test]
fn withdrawn_elements_are_the_ai_family_only() {
    let withdrawn: Vec<&str> = ELEMENTS
        .iter()
        .filter(|element| element.status == Status::Withdrawn)
        .map(|element| element.id)
        .collect();
    assert_eq!(
        withdrawn,
        [
            "voice.AI",
            "voice.Prompt@AI",
            "voice.PostPrompt",
            "voice.Languages",
            "voice.Language",
            "voice.SWAIG",
            "voice.Defaults",
            "voice.Function",
            "voice.AI-metadata"
        ]
    );
}
