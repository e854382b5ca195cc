//! Faxes: send, list, fetch.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::enums::{FaxDirection, FaxQuality, FaxStatus, Method};
use crate::error::Error;
use crate::page::{Listed, Page};
use crate::secret::Secret;

/// A fax, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Fax {
    /// The fax's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// Which way it went.
    pub direction: FaxDirection,
    /// The sender.
    pub from: String,
    /// The recipient.
    pub to: String,
    /// Its state.
    pub status: FaxStatus,
    /// Its resolution.
    pub quality: FaxQuality,
    /// The URL of its media.
    pub media_url: Option<String>,
    /// The id of its media.
    pub media_sid: Option<String>,
    /// Its page count.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub num_pages: Option<u32>,
    /// Seconds it took to send.
    #[serde(deserialize_with = "crate::de::flex")]
    pub duration: u32,
    /// What it cost.
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub price: Option<String>,
    /// The currency of `price`.
    pub price_unit: Option<String>,
    /// The error code, when it failed.
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub error_code: Option<String>,
    /// What went wrong, when it failed.
    pub error_message: Option<String>,
    /// When it was created (ISO 8601).
    pub date_created: Option<String>,
    /// When it last changed (ISO 8601).
    pub date_updated: Option<String>,
    /// The API version.
    pub api_version: Option<String>,
    /// The fax's URL.
    pub url: Option<String>,
}

impl Listed for Fax {
    const LIST_KEY: &'static str = "faxes";
}

/// Sends a fax (`POST …/Faxes.json`).
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::{FaxQuality, SendFax};
///
/// let fax = SendFax::new("+15550100", "+15550199", "https://example.com/invoice.pdf")
///     .quality(FaxQuality::Superfine)
///     .status_callback("https://example.com/fax-status");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SendFax {
    /// The recipient (E.164 or a SIP URI).
    pub to: String,
    /// The sender.
    pub from: String,
    /// The URL of the document (PDF, TIFF) to send.
    pub media_url: String,
    /// The resolution (default `fine`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<FaxQuality>,
    /// Where the fax's status changes are sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_callback: Option<String>,
    /// How `status_callback` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_callback_method: Option<Method>,
    /// Whether SignalWire keeps the media (default `true`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::opt_boolean"
    )]
    pub store_media: Option<bool>,
    /// Minutes the fax may wait to be sent (5–300, default 60).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<u32>,
    /// The user name of a SIP recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_auth_username: Option<String>,
    /// The password of a SIP recipient (never printed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_auth_password: Option<Secret>,
}

impl SendFax {
    /// Sends the document at `media_url` from `from` to `to`.
    pub fn new(
        to: impl Into<String>,
        from: impl Into<String>,
        media_url: impl Into<String>,
    ) -> Self {
        SendFax {
            to: to.into(),
            from: from.into(),
            media_url: media_url.into(),
            quality: None,
            status_callback: None,
            status_callback_method: None,
            store_media: None,
            ttl: None,
            sip_auth_username: None,
            sip_auth_password: None,
        }
    }

    /// The resolution.
    pub fn quality(mut self, quality: FaxQuality) -> Self {
        self.quality = Some(quality);
        self
    }

    /// Where status changes are sent.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// Whether SignalWire keeps the media.
    pub fn store_media(mut self, store: bool) -> Self {
        self.store_media = Some(store);
        self
    }

    /// Minutes the fax may wait to be sent.
    pub fn ttl(mut self, minutes: u32) -> Self {
        self.ttl = Some(minutes);
        self
    }
}

/// Cancels a queued fax (`POST …/Faxes/{sid}.json` with `Status=canceled`, the only update
/// SignalWire allows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UpdateFax {
    /// `canceled`.
    pub status: FaxStatus,
}

/// Which faxes a list returns. Dates are ISO 8601.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FaxFilter {
    /// Faxes from this number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Faxes to this number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Faxes created after this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_after: Option<String>,
    /// Faxes created on or before this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_on_or_before: Option<String>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl FaxFilter {
    /// Every fax.
    pub fn new() -> Self {
        FaxFilter::default()
    }

    /// Faxes from `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// Faxes to `to`.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }
}

/// The faxes of the project: `client.faxes()`.
#[derive(Debug, Clone, Copy)]
pub struct Faxes<'c> {
    client: &'c Client,
}

impl Client {
    /// The faxes of the project.
    pub fn faxes(&self) -> Faxes<'_> {
        Faxes { client: self }
    }
}

impl Faxes<'_> {
    /// Sends a fax. Never retried.
    pub async fn send(&self, request: &SendFax) -> Result<Fax, Error> {
        self.client
            .post(self.client.path("Faxes.json"), request)
            .await
    }

    /// Every fax that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &FaxFilter) -> Paged<Fax> {
        self.client
            .list(with_query(self.client.path("Faxes.json"), filter))
    }

    /// The first page of the faxes that `filter` selects.
    pub async fn page(&self, filter: &FaxFilter) -> Result<Page<Fax>, Error> {
        self.client
            .page(with_query(self.client.path("Faxes.json"), filter))
            .await
    }

    /// One fax.
    pub async fn fetch(&self, sid: &str) -> Result<Fax, Error> {
        self.client.get(self.path(sid)).await
    }

    /// Cancels a fax that is still queued.
    pub async fn cancel(&self, sid: &str) -> Result<Fax, Error> {
        let request = UpdateFax {
            status: FaxStatus::Canceled,
        };
        self.client.post(self.path(sid), &request).await
    }

    /// Deletes a fax (not while it is being sent or received).
    pub async fn delete(&self, sid: &str) -> Result<(), Error> {
        self.client.delete(self.path(sid)).await
    }

    fn path(&self, sid: &str) -> String {
        self.client.path(&format!("Faxes/{}.json", segment(sid)))
    }
}
