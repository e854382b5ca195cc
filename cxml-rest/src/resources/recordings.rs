//! Recordings: list, fetch, delete, and the URL of their audio.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::enums::{RecordingSource, RecordingStatus};
use crate::error::Error;
use crate::page::{Listed, Page};

/// A recording, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Recording {
    /// The recording's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// The call recorded (`None` for a conference recording).
    pub call_sid: Option<String>,
    /// The conference recorded (`None` for a call recording).
    pub conference_sid: Option<String>,
    /// Its channels: `"1"` (mono) or `"2"` (stereo).
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub channels: Option<String>,
    /// When it was created (RFC 2822).
    pub date_created: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// When it started (RFC 2822).
    pub start_time: Option<String>,
    /// When it ended (RFC 2822).
    pub end_time: Option<String>,
    /// Its length, in seconds.
    #[serde(deserialize_with = "crate::de::flex")]
    pub duration: u32,
    /// What it cost (a decimal, as SignalWire writes it).
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub price: Option<String>,
    /// The currency of `price`.
    pub price_unit: Option<String>,
    /// How it was made.
    pub source: RecordingSource,
    /// Its state.
    pub status: RecordingStatus,
    /// The error code, when it failed.
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub error_code: Option<String>,
    /// Whether silence was trimmed (`trim-silence`, `do-not-trim`).
    pub trim: Option<String>,
    /// The API version.
    pub api_version: Option<String>,
    /// The recording's path (`….json`: its metadata).
    pub uri: Option<String>,
}

impl Listed for Recording {
    const LIST_KEY: &'static str = "recordings";
}

/// The audio format of a recording's media URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioFormat {
    /// WAV (`….wav`; also what the URL without an extension gives).
    Wav,
    /// MP3 (`….mp3`).
    Mp3,
}

/// Which recordings a list returns. Dates are RFC 2822 or `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RecordingFilter {
    /// Recordings of this call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_sid: Option<String>,
    /// Recordings of this conference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_sid: Option<String>,
    /// Created on this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created: Option<String>,
    /// Created before this date.
    #[serde(
        rename = "DateCreated<",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created_before: Option<String>,
    /// Created after this date.
    #[serde(
        rename = "DateCreated>",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created_after: Option<String>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl RecordingFilter {
    /// Every recording.
    pub fn new() -> Self {
        RecordingFilter::default()
    }

    /// Recordings of the call `sid`.
    pub fn call(mut self, sid: impl Into<String>) -> Self {
        self.call_sid = Some(sid.into());
        self
    }

    /// Recordings of the conference `sid`.
    pub fn conference(mut self, sid: impl Into<String>) -> Self {
        self.conference_sid = Some(sid.into());
        self
    }

    /// Items per page.
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = Some(size);
        self
    }
}

/// The recordings of the project: `client.recordings()`.
#[derive(Debug, Clone, Copy)]
pub struct Recordings<'c> {
    client: &'c Client,
}

impl Client {
    /// The recordings of the project.
    pub fn recordings(&self) -> Recordings<'_> {
        Recordings { client: self }
    }
}

impl Recordings<'_> {
    /// Every recording that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &RecordingFilter) -> Paged<Recording> {
        self.client
            .list(with_query(self.client.path("Recordings.json"), filter))
    }

    /// The first page of the recordings that `filter` selects.
    pub async fn page(&self, filter: &RecordingFilter) -> Result<Page<Recording>, Error> {
        self.client
            .page(with_query(self.client.path("Recordings.json"), filter))
            .await
    }

    /// One recording's metadata (`…/Recordings/{sid}.json`).
    pub async fn fetch(&self, sid: &str) -> Result<Recording, Error> {
        self.client.get(self.path(sid, "json")).await
    }

    /// Deletes a recording.
    pub async fn delete(&self, sid: &str) -> Result<(), Error> {
        self.client.delete(self.path(sid, "json")).await
    }

    /// The URL of a recording's audio. SignalWire serves it without authentication (the URL
    /// is long and random): hand it to a player or download it with any HTTP client.
    ///
    /// ```
    /// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
    /// # let client = cxml::rest::Client::new(
    /// #     cxml::rest::Credentials::new("p1", "t", "example.signalwire.com").unwrap(),
    /// #     axum::Router::new(),
    /// # );
    /// use cxml::rest::AudioFormat;
    ///
    /// let url = client.recordings().media_url("RE123", AudioFormat::Mp3);
    /// assert_eq!(url, "https://example.signalwire.com/api/laml/2010-04-01/Accounts/p1/Recordings/RE123.mp3");
    /// ```
    pub fn media_url(&self, sid: &str, format: AudioFormat) -> String {
        let extension = match format {
            AudioFormat::Wav => "wav",
            AudioFormat::Mp3 => "mp3",
        };
        format!(
            "{}{}",
            self.client.credentials().base_url(),
            self.path(sid, extension)
        )
    }

    fn path(&self, sid: &str, extension: &str) -> String {
        self.client
            .path(&format!("Recordings/{}.{extension}", segment(sid)))
    }
}
