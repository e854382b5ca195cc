//! Messages: send them, list them, redact and delete them.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::enums::{MessageDirection, MessageStatus};
use crate::error::Error;
use crate::page::{Listed, Page};

/// A message, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Message {
    /// The message's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// The text (up to 1600 characters; `None` when filtered or redacted).
    pub body: Option<String>,
    /// How many segments it was sent in.
    #[serde(deserialize_with = "crate::de::flex")]
    pub num_segments: u32,
    /// How many media files it carries.
    #[serde(deserialize_with = "crate::de::flex")]
    pub num_media: u32,
    /// When it was created (RFC 2822).
    pub date_created: Option<String>,
    /// When it was sent (RFC 2822).
    pub date_sent: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// Which way it went.
    pub direction: MessageDirection,
    /// The error code, when it failed.
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub error_code: Option<String>,
    /// What went wrong, when it failed.
    pub error_message: Option<String>,
    /// The sender.
    pub from: String,
    /// The recipient.
    pub to: String,
    /// What it cost.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub price: Option<f64>,
    /// The currency of `price`.
    pub price_unit: Option<String>,
    /// Its state.
    pub status: MessageStatus,
    /// The number group it was sent through.
    pub messaging_service_sid: Option<String>,
    /// The API version (`2010-04-01`).
    pub api_version: Option<String>,
    /// The message's path.
    pub uri: Option<String>,
    /// The paths of its sub-resources.
    pub subresource_uris: Option<MessageSubresourceUris>,
}

/// The paths of a message's sub-resources.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct MessageSubresourceUris {
    /// Its media.
    pub media: Option<String>,
}

impl Listed for Message {
    const LIST_KEY: &'static str = "messages";
}

/// Sends a message (`POST …/Messages.json`).
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::CreateMessage;
///
/// let text = CreateMessage::sms("+15550100", "+15550199", "Your code is 123456")
///     .status_callback("https://example.com/sms-status");
/// let picture = CreateMessage::new("+15550100", "+15550199")
///     .media("https://example.com/map.png")
///     .body("Here we are");
/// assert_eq!(picture.media_url.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CreateMessage {
    /// The recipient (E.164).
    pub to: String,
    /// The sender: one of your numbers (or set `messaging_service_sid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The number group to send through, instead of `from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_service_sid: Option<String>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Media to attach (up to 8); one form field each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media_url: Vec<String>,
    /// Sends as MMS even without media.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub send_as_mms: Option<bool>,
    /// Where the message's status changes are sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_callback: Option<String>,
    /// The application whose status callback is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_sid: Option<String>,
    /// The highest price accepted, in USD (`"0.05"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_price: Option<String>,
    /// Seconds the message may wait in the queue (1–172800, default 14400).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<u32>,
}

impl CreateMessage {
    /// A message from `from` to `to`, with no content yet (add [`body`](Self::body) or
    /// [`media`](Self::media)).
    pub fn new(to: impl Into<String>, from: impl Into<String>) -> Self {
        CreateMessage {
            to: to.into(),
            from: Some(from.into()),
            messaging_service_sid: None,
            body: None,
            media_url: Vec::new(),
            send_as_mms: None,
            status_callback: None,
            application_sid: None,
            max_price: None,
            validity_period: None,
        }
    }

    /// A text message.
    pub fn sms(to: impl Into<String>, from: impl Into<String>, body: impl Into<String>) -> Self {
        CreateMessage::new(to, from).body(body)
    }

    /// Sends through a number group instead of `from`.
    pub fn messaging_service(mut self, sid: impl Into<String>) -> Self {
        self.from = None;
        self.messaging_service_sid = Some(sid.into());
        self
    }

    /// The text.
    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Attaches a media file (call again for more).
    pub fn media(mut self, url: impl Into<String>) -> Self {
        self.media_url.push(url.into());
        self
    }

    /// Where status changes are sent.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// Seconds the message may wait in the queue.
    pub fn validity_period(mut self, seconds: u32) -> Self {
        self.validity_period = Some(seconds);
        self
    }
}

/// Redacts a sent message (`POST …/Messages/{sid}.json` with an empty `Body`: the only
/// update SignalWire allows).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UpdateMessage {
    /// The new body: empty.
    pub body: String,
}

/// Which messages a list returns. Dates are `YYYY-MM-DD` (UTC).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MessageFilter {
    /// Messages to this number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Messages from this number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Messages in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageStatus>,
    /// Messages sent on this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_sent: Option<String>,
    /// Messages sent before this day.
    #[serde(rename = "DateSent<", default, skip_serializing_if = "Option::is_none")]
    pub date_sent_before: Option<String>,
    /// Messages sent after this day.
    #[serde(rename = "DateSent>", default, skip_serializing_if = "Option::is_none")]
    pub date_sent_after: Option<String>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl MessageFilter {
    /// Every message.
    pub fn new() -> Self {
        MessageFilter::default()
    }

    /// Messages to `to`.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }

    /// Messages from `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// Messages in `status`.
    pub fn status(mut self, status: MessageStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// Items per page.
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = Some(size);
        self
    }
}

/// The messages of the project: `client.messages()`.
#[derive(Debug, Clone, Copy)]
pub struct Messages<'c> {
    client: &'c Client,
}

impl Client {
    /// The messages of the project.
    pub fn messages(&self) -> Messages<'_> {
        Messages { client: self }
    }
}

impl Messages<'_> {
    /// Sends a message. Never retried (see [`RetryPolicy`](crate::RetryPolicy)).
    pub async fn create(&self, request: &CreateMessage) -> Result<Message, Error> {
        self.client
            .post(self.client.path("Messages.json"), request)
            .await
    }

    /// Every message that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &MessageFilter) -> Paged<Message> {
        self.client
            .list(with_query(self.client.path("Messages.json"), filter))
    }

    /// The first page of the messages that `filter` selects.
    pub async fn page(&self, filter: &MessageFilter) -> Result<Page<Message>, Error> {
        self.client
            .page(with_query(self.client.path("Messages.json"), filter))
            .await
    }

    /// One message.
    pub async fn fetch(&self, sid: &str) -> Result<Message, Error> {
        self.client.get(self.path(sid)).await
    }

    /// Blanks a sent message's body.
    pub async fn redact(&self, sid: &str) -> Result<Message, Error> {
        self.client
            .post(self.path(sid), &UpdateMessage::default())
            .await
    }

    /// Deletes a message (not while it is queued).
    pub async fn delete(&self, sid: &str) -> Result<(), Error> {
        self.client.delete(self.path(sid)).await
    }

    fn path(&self, sid: &str) -> String {
        self.client.path(&format!("Messages/{}.json", segment(sid)))
    }
}
