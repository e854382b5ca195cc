//! A typed client for SignalWire's Compatibility REST API (as `cxml::rest`, feature `rest`).
//!
//! `cxml` answers webhooks; this client asks: it places calls that run a document checked at
//! compile time, sends messages, and steers live calls (takes a caller out of a queue, mutes or
//! removes a conference participant, moves a call to a new document, hangs up).
//!
//! ```ignore
//! // (Compiled as a test in the `cxml` crate, where `cxml!` is.)
//! # #[cfg(feature = "https")]
//! # async fn demo() -> Result<(), cxml::rest::Error> {
//! use cxml::cxml;
//! use cxml::rest::{CallDocument, CallEvent, Client, CreateCall, Credentials};
//!
//! // SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE_URL (feature `rest-https`).
//! let client = Client::https(Credentials::from_env()?)?;
//! let reminder = cxml! {
//!     Response <
//!         Say(voice = "alice") < "Your appointment is tomorrow at nine." >
//!         Gather(numDigits = 1, action = "https://example.com/confirm") < Say < "Press 1 to confirm." > >
//!     >
//! };
//! let call = client
//!     .calls()
//!     .create(
//!         &CreateCall::new("+15550100", "+15550199", CallDocument::inline(&reminder)?)
//!             .status_callback("https://example.com/status")
//!             .status_callback_events([CallEvent::Answered, CallEvent::Completed]),
//!     )
//!     .await?;
//! println!("{} is {}", call.sid, call.status);
//! # Ok(())
//! # }
//! ```
//! # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
//!
//! # Resources
//!
//! | Handle | Operations |
//! |---|---|
//! | [`client.calls()`](Calls) | create (a URL or an inline checked document), list with filters, fetch, update (redirect, hang up, cancel, status callback), delete |
//! | [`client.messages()`](Messages) | send (body, media, status callback), list, fetch, redact, delete |
//! | [`client.queues()`](Queues) | create, list, fetch, update, delete; members: list, fetch (by call or [`MemberRef::Front`]), dequeue to a URL |
//! | [`client.conferences()`](Conferences) | list, fetch, update (end, announce); participants: list, fetch, update (mute, hold with music, announce, coach), remove |
//! | [`client.recordings()`](Recordings) | list, fetch, delete, [media URL](Recordings::media_url) |
//! | [`client.faxes()`](Faxes) | send, list, fetch, cancel, delete |
//! | [`client.scripts()`](Scripts) | cXML scripts (LaML Bins): create and update with a checked document, list, fetch, delete |
//! | [`client.phone_numbers()`](PhoneNumbers) | incoming numbers: list, fetch, update (voice and messaging webhooks) |
//!
//! Requests are typed structs (`#[non_exhaustive]`, public fields, constructors and builder
//! methods) serialized as SignalWire's form fields: `PascalCase` names, booleans `true` and
//! `false`, lists as repeated fields (`StatusCallbackEvent=ringing&StatusCallbackEvent=answered`).
//! Responses are `#[non_exhaustive]` structs read leniently from SignalWire's JSON: a field it
//! leaves out reads as empty, a number written as text is read, an enum value this crate does
//! not know is kept as `Other(text)` and written back unchanged. Every request and response is
//! `Serialize` and `Deserialize` both ways (forms as SignalWire's SDKs write them, `True`
//! included, and JSON), so a server that emulates the API can use the same types.
//!
//! # Documents sent inline
//!
//! A call runs the document at a URL ([`CallDocument::url`]) or one sent with the request:
//! [`CallDocument::inline`] takes what `cxml!` renders and refuses it when run-time data broke
//! a rule or it is not a voice document; [`CallDocument::parsed`] takes a `Document` read by
//! `cxml::parse`. Text goes unchecked only through [`CallDocument::unchecked`]. The form field
//! is [`INLINE_DOCUMENT_FIELD`] (`Twiml`, what SignalWire's SDKs send; the constant says why).
//! cXML scripts hold an [`InlineDocument`], made the same ways.
//!
//! # Lists
//!
//! `list` returns a [`Paged`] stream of items that requests each page when the one before is
//! used up, following SignalWire's `next_page_uri` (never to another host); `page` returns the
//! first [`Page`], and [`Client::next_page`] the one after a page.
//!
//! # Errors, retries, timeouts
//!
//! Every operation returns [`Error`]: SignalWire's error status with its `code`, `message` and
//! `more_info` ([`ApiError`]), a body that is not the JSON expected ([`DecodeError`], with an
//! excerpt), a [timeout](TimeoutError), a [transport error](TransportError), unusable
//! [credentials](ConfigError), or a [document](DocumentError) that cannot be sent.
//!
//! `GET` and `DELETE` are retried after a timeout, a transport error, or a 429 or 5xx answer,
//! with exponential backoff that honours `Retry-After`, a bounded number of times
//! ([`RetryPolicy`]). A `POST` is never repeated, so a call or a message is never created twice;
//! [`Error::is_outcome_unknown`] tells when a `POST` may have taken effect. Each try has a
//! request timeout and a read timeout, whatever the transport ([`ClientBuilder`]).
//!
//! # Credentials
//!
//! [`Credentials`] come from arguments or from the environment: [`ENV_PROJECT`]
//! (`SIGNALWIRE_PROJECT_ID`), [`ENV_TOKEN`] (`SIGNALWIRE_API_TOKEN`) and [`ENV_SPACE_URL`]
//! (`SIGNALWIRE_SPACE_URL`, as SignalWire's Compatibility SDKs read it) or [`ENV_SPACE`]
//! (`SIGNALWIRE_SPACE`, as its newer SDKs do). Requests go to
//! `https://{space}/api/laml/2010-04-01/Accounts/{project}/…` with Basic auth
//! `project:token`. The token never appears in `Debug`, in errors (bodies quoted in errors have
//! it blanked out) or in logs; plain http is refused except to a loopback address (a local
//! emulator, a test server).
//!
//! # Transports
//!
//! [`Client::new`] sends through any tower `Service<http::Request<Full<Bytes>>>` answering an
//! `http::Response` with a `Bytes` body: hyper's client with your own layers, or an axum
//! `Router` in process (how this crate's tests run on a paused clock). With the feature
//! `https` (`rest-https` on `cxml`), [`Client::https`] uses hyper's connection pool over rustls
//! (ring, Mozilla's root certificates; no OpenSSL) with a connect timeout.
//!
//! | `cxml` feature | What it adds |
//! |---|---|
//! | `rest` | this module, over any tower service |
//! | `rest-https` | [`Client::https`], [`ClientBuilder::https`] |

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod client;
mod credentials;
mod de;
mod document;
mod enums;
mod error;
#[cfg(feature = "https")]
mod https;
mod page;
mod resources;
mod secret;

pub use client::{Client, ClientBuilder, Paged, RequestBody, RetryPolicy};
pub use credentials::{Credentials, ENV_PROJECT, ENV_SPACE, ENV_SPACE_URL, ENV_TOKEN};
pub use document::{CallDocument, InlineDocument};
pub use enums::*;
pub use error::{
    ApiError, ApiErrorItem, BoxError, ConfigError, DecodeError, DocumentError, Error, ErrorBody,
    TimeoutError, TimeoutKind, TransportError,
};
pub use page::{Listed, Page};
pub use resources::calls::{
    Call, CallFilter, CallSubresourceUris, Calls, CreateCall, INLINE_DOCUMENT_FIELD, UpdateCall,
};
pub use resources::conferences::{
    Conference, ConferenceFilter, ConferenceSubresourceUris, Conferences, Participant,
    ParticipantFilter, UpdateConference, UpdateParticipant,
};
pub use resources::faxes::{Fax, FaxFilter, Faxes, SendFax, UpdateFax};
pub use resources::messages::{
    CreateMessage, Message, MessageFilter, MessageSubresourceUris, Messages, UpdateMessage,
};
pub use resources::numbers::{
    Capabilities, PhoneNumber, PhoneNumberFilter, PhoneNumbers, UpdatePhoneNumber,
};
pub use resources::queues::{
    DequeueMember, MemberRef, PageSize, Queue, QueueMember, Queues, WriteQueue,
};
pub use resources::recordings::{AudioFormat, Recording, RecordingFilter, Recordings};
pub use resources::scripts::{Script, ScriptFilter, Scripts, WriteScript};
pub use secret::Secret;
