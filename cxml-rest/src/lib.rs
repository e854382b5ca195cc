//! A typed client for SignalWire's Compatibility REST API (as `cxml::rest`, feature `rest`).
//!
//! `cxml` answers webhooks; this client asks: it places calls that run a document checked at
//! compile time, sends messages, and steers live calls.
//!
//! TODO: crate docs.

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
pub use document::{CallDocument, INLINE_DOCUMENT_FIELD, InlineDocument};
pub use enums::*;
pub use error::{
    ApiError, ApiErrorItem, BoxError, ConfigError, DecodeError, DocumentError, Error, TimeoutError,
    TimeoutKind, TransportError,
};
pub use page::{Listed, Page};
pub use resources::calls::{Call, CallFilter, CallSubresourceUris, Calls, CreateCall, UpdateCall};
pub use resources::conferences::{
    Conference, ConferenceFilter, ConferenceSubresourceUris, Conferences, Participant,
    ParticipantFilter, UpdateConference, UpdateParticipant,
};
pub use resources::faxes::{Fax, FaxFilter, Faxes, SendFax};
pub use resources::messages::{
    CreateMessage, Message, MessageFilter, MessageSubresourceUris, Messages, UpdateMessage,
};
pub use resources::numbers::{
    Capabilities, PhoneNumber, PhoneNumberFilter, PhoneNumbers, UpdatePhoneNumber,
};
pub use resources::queues::{DequeueMember, MemberRef, PageSize, Queue, QueueMember, Queues};
pub use resources::recordings::{AudioFormat, Recording, RecordingFilter, Recordings};
pub use resources::scripts::{Script, ScriptFilter, Scripts, WriteScript};
pub use secret::Secret;
