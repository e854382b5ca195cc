//! Typed parameters of the requests SignalWire sends to cXML webhooks and callbacks.
//!
//! Every type here deserializes (serde) from the form body of a POST or the query string of a GET;
//! read one with [`from_form`](super::from_form), or with the axum extractor `SignedForm` (feature
//! `axum`). Each also has `Default` and serializes back to the same parameter names, so a test can
//! build one from `Default::default()` and post it with [`to_form`](super::to_form). The structs
//! and enums are `#[non_exhaustive]`, because SignalWire adds parameters and values: outside this
//! crate, build a struct by setting fields on a default value, and give a `match` a `_` arm.
//!
//! ```
//! # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
//! use cxml::webhook::{params::GatherAction, to_form};
//!
//! let mut gather = GatherAction::default();
//! gather.call.account_sid = "AC1".into();
//! gather.call.call_sid = "CA1".into();
//! gather.digits = Some("1".into());
//! assert_eq!(to_form(&gather).unwrap(), "AccountSid=AC1&CallSid=CA1&Digits=1");
//! ```
//! All values arrive as strings; numbers are parsed leniently (surrounding spaces and an
//! empty value, read as absent, are fine), and every enum keeps values this version does not know
//! in an `Other(String)` variant instead of failing the request. Parameters a type does not name
//! are ignored. Numbered parameters (`MediaUrl0`, `MediaContentType0`, …) become a `Vec`, and
//! `SipHeader_X-…` / `DialSipHeader_X-…` parameters a map.
//!
//! | Request | Type |
//! |---|---|
//! | Voice webhook (phone number voice URL), standard parameters of every voice request | [`VoiceRequest`] |
//! | Call status callback (REST, `<Number>`/`<Sip>` `statusCallback`) | [`CallStatusCallback`] |
//! | Phone-number inbound call status callback | [`IncomingCallStatusCallback`] |
//! | `<Dial action>` | [`DialAction`] |
//! | `<Sip url>` | [`SipUrlRequest`] |
//! | `<Gather action>` | [`GatherAction`] |
//! | `<Record action>` | [`RecordAction`] |
//! | `recordingStatusCallback` (Dial, Record, Conference) | [`RecordingStatusCallback`] |
//! | `<Record transcribeCallback>` | [`TranscriptionCallback`] |
//! | `<Refer action>` | [`ReferAction`] |
//! | `<Enqueue action>` | [`EnqueueAction`] |
//! | `<Enqueue waitUrl>` | [`EnqueueWait`] |
//! | `<Queue url>` | [`QueueUrlRequest`] |
//! | `<Conference statusCallback>` | [`ConferenceStatusCallback`] |
//! | `<Sms action>` / `<Sms statusCallback>` (voice verb) | [`SmsAction`] / [`SmsStatusCallback`] |
//! | `<Stream statusCallback>` | [`StreamStatusCallback`] |
//! | `<Pay action>` / `<Pay statusCallback>` | [`PayAction`] / [`PayStatusCallback`] |
//! | `<Connect action>` (after `<VirtualAgent>`) | [`ConnectAction`] |
//! | Messaging webhook, standard messaging parameters | [`MessageRequest`] |
//! | `<Message action>` | [`MessageAction`] |
//! | Message status callback | [`MessageStatusCallback`] |
//! | Fax webhook, standard fax parameters | [`FaxRequest`] |
//! | `<Receive action>` | [`ReceiveAction`] |
//! | Outbound fax status callback | [`FaxStatusCallback`] |
//!
//! Callbacks whose parameters SignalWire does not document (`<Gather partialResultCallback>`,
//! `<Conference eventCallbackUrl>` and `waitUrl`) have no type: read them as a map with
//! [`from_form`](super::from_form)`::<BTreeMap<String, String>>`.

/// Defines a string-valued enum with an `Other(String)` fallback, serde in both directions,
/// `as_str`, `Display`, `From<&str>`, `From<String>` and `FromStr`.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $text:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$variant_meta])* #[doc = concat!("\n\nSent as `", $text, "`.")] $variant,)*
            /// A value this version does not know, kept as sent.
            Other(String),
        }

        impl $name {
            /// The value as SignalWire spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $text,)*
                    Self::Other(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $($text => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                match $name::from(text.as_str()) {
                    Self::Other(_) => Self::Other(text),
                    known => known,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(text))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

mod conference;
mod connect;
pub(crate) mod de;
mod dial;
mod fax;
mod gather;
mod messaging;
mod pay;
mod queue;
mod record;
mod refer;
mod sms;
mod stream;
mod voice;

pub use conference::{ConferenceEvent, ConferenceStatusCallback};
pub use connect::{ConnectAction, VirtualAgentStatus};
pub use dial::{DialAction, DialCallStatus, SipUrlRequest};
pub use fax::{FaxRequest, FaxStatus, FaxStatusCallback, ReceiveAction};
pub use gather::GatherAction;
pub use messaging::{Media, MessageAction, MessageRequest, MessageStatus, MessageStatusCallback};

/// Whether `account_sid` is a Twilio account SID (`AC` and 32 hexadecimal digits), rather than a
/// SignalWire project ID (a UUID): which platform sent a request.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::params::is_twilio_account_sid;
///
/// assert!(is_twilio_account_sid("AC0123456789abcdef0123456789abcdef"));
/// assert!(!is_twilio_account_sid("b3877c40-da60-4998-90ad-b792e98472af"));
/// ```
pub fn is_twilio_account_sid(account_sid: &str) -> bool {
    account_sid.len() == 34
        && account_sid.starts_with("AC")
        && account_sid[2..].bytes().all(|b| b.is_ascii_hexdigit())
}
pub use pay::{PayAction, PayErrorType, PayFor, PayResult, PayStatusCallback, PaymentCard};
pub use queue::{EnqueueAction, EnqueueWait, QueueResult, QueueUrlRequest};
pub use record::{
    RecordAction, RecordingStatus, RecordingStatusCallback, TranscriptionCallback,
    TranscriptionStatus,
};
pub use refer::{ReferAction, ReferCallStatus};
pub use sms::{SmsAction, SmsStatus, SmsStatusCallback};
pub use stream::{StreamError, StreamEvent, StreamStatusCallback, StreamTrack};
pub use voice::{
    CallDirection, CallStatus, CallStatusCallback, IncomingCallStatusCallback, VoiceRequest,
};
