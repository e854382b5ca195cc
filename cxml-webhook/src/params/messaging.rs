//! Messaging: the standard parameters of an inbound message, `<Message action>` and message status
//! callbacks.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::de;

string_enum! {
    /// Where a message stands (`MessageStatus`), from queued to delivered, received or failed.
    pub enum MessageStatus {
        /// Queued for sending.
        Queued = "queued",
        /// Being sent.
        Sending = "sending",
        /// Handed to the carrier (MMS stops here: no delivery receipt).
        Sent = "sent",
        /// The carrier confirmed delivery to the handset.
        Delivered = "delivered",
        /// The carrier could not deliver it.
        Undelivered = "undelivered",
        /// Sending failed.
        Failed = "failed",
        /// Being received.
        Receiving = "receiving",
        /// An inbound message, received in full.
        Received = "received",
        /// A bad number or attribute (`<Message action>`).
        Invalid = "invalid",
    }
}

/// One media item of a message: `MediaUrl{N}` and `MediaContentType{N}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Media {
    /// `MediaUrl{N}`.
    pub url: String,
    /// `MediaContentType{N}`: the MIME type of the media.
    pub content_type: Option<String>,
}

impl Media {
    /// A media item at `url`, without a content type.
    pub fn new(url: impl Into<String>) -> Media {
        Media {
            url: url.into(),
            content_type: None,
        }
    }

    /// The same item with `content_type` (`image/jpeg`, …).
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Media {
        self.content_type = Some(content_type.into());
        self
    }
}

/// The standard messaging parameters: the request for a number's messaging cXML document, and
/// part of `<Message action>`.
///
/// `media` holds `MediaUrl0`, `MediaUrl1`, … in index order, each with its `MediaContentType{N}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MessageRequest {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `MessageSid`: the message's ID.
    pub message_sid: String,
    /// `From`: E.164.
    pub from: Option<String>,
    /// `To`: E.164.
    pub to: Option<String>,
    /// `Body`: the text.
    pub body: Option<String>,
    /// `NumMedia`: how many media items there are.
    #[serde(default, deserialize_with = "de::number")]
    pub num_media: Option<u32>,
    /// `ApiVersion`, e.g. `2010-04-01` (Twilio).
    pub api_version: Option<String>,
    /// `MessagingServiceSid` (Twilio): the Messaging Service the message came through, `MG…`.
    pub messaging_service_sid: Option<String>,
    /// `NumSegments` (Twilio): how many segments the text came in.
    #[serde(default, deserialize_with = "de::number")]
    pub num_segments: Option<u32>,
    /// `SmsSid` (Twilio): the same ID as `MessageSid`, under its older name.
    pub sms_sid: Option<String>,
    /// `SmsMessageSid` (Twilio): the same ID as `MessageSid`, under its older name.
    pub sms_message_sid: Option<String>,
    /// `SmsStatus` (Twilio): `received` on an inbound message.
    pub sms_status: Option<String>,
    /// `ProfileName` (Twilio, WhatsApp): the sender's profile name.
    pub profile_name: Option<String>,
    /// `WaId` (Twilio, WhatsApp): the sender's WhatsApp ID.
    pub wa_id: Option<String>,
    /// `FromCity`: Twilio's lookup of the sender's city, when known.
    pub from_city: Option<String>,
    /// `FromState`: Twilio's lookup of the sender's state or province, when known.
    pub from_state: Option<String>,
    /// `FromZip`: Twilio's lookup of the sender's postal code, when known.
    pub from_zip: Option<String>,
    /// `FromCountry`: Twilio's lookup of the sender's country, when known.
    pub from_country: Option<String>,
    /// `ToCity`: Twilio's lookup of the recipient's city, when known.
    pub to_city: Option<String>,
    /// `ToState`: Twilio's lookup of the recipient's state or province, when known.
    pub to_state: Option<String>,
    /// `ToZip`: Twilio's lookup of the recipient's postal code, when known.
    pub to_zip: Option<String>,
    /// `ToCountry`: Twilio's lookup of the recipient's country, when known.
    pub to_country: Option<String>,
    /// `MediaUrl{N}` / `MediaContentType{N}`, in index order.
    #[serde(flatten, deserialize_with = "media", serialize_with = "media_params")]
    pub media: Vec<Media>,
}

/// `<Message action>`: the standard messaging parameters plus the message's status.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MessageAction {
    /// The standard messaging parameters.
    #[serde(flatten)]
    pub message: MessageRequest,
    /// `MessageStatus`: where the message stands.
    pub message_status: Option<MessageStatus>,
    /// `ErrorCode`, e.g. `30003`.
    pub error_code: Option<String>,
}

/// SMS/MMS status callback (REST `StatusCallback`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MessageStatusCallback {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `MessageSid`: the message's ID.
    pub message_sid: String,
    /// `MessageStatus`: where the message stands.
    pub message_status: Option<MessageStatus>,
    /// `ErrorCode`: when failed or undelivered, e.g. `30003`.
    pub error_code: Option<String>,
    /// `From`: the sender (a number, short code or sender ID).
    pub from: Option<String>,
    /// `To`: the recipient.
    pub to: Option<String>,
    /// `Body`: the message's text, when it has one.
    pub body: Option<String>,
    /// `NumMedia`: how many media files the message carries.
    #[serde(default, deserialize_with = "de::number")]
    pub num_media: Option<u32>,
    /// `NumSegments`: how many segments the text was sent in.
    #[serde(default, deserialize_with = "de::number")]
    pub num_segments: Option<u32>,
}

/// Collects `MediaUrl{N}` and `MediaContentType{N}` into media items ordered by `N`. A content
/// type without its URL is dropped.
fn media<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Media>, D::Error> {
    let params = de::all_params(deserializer)?;
    let mut by_index: BTreeMap<u32, Media> = de::numbered(&params, "MediaUrl")
        .map(|(index, url)| {
            let media = Media {
                url,
                content_type: None,
            };
            (index, media)
        })
        .collect();
    for (index, content_type) in de::numbered(&params, "MediaContentType") {
        if let Some(media) = by_index.get_mut(&index) {
            media.content_type = Some(content_type);
        }
    }
    Ok(by_index.into_values().collect())
}

/// Writes media items back as `MediaUrl{N}` and `MediaContentType{N}`, `N` from 0.
fn media_params<S: Serializer>(media: &[Media], serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(None)?;
    for (index, item) in media.iter().enumerate() {
        map.serialize_entry(&format!("MediaUrl{index}"), &item.url)?;
        if let Some(content_type) = &item.content_type {
            map.serialize_entry(&format!("MediaContentType{index}"), content_type)?;
        }
    }
    map.end()
}
