//! Incoming phone numbers: point their voice and messaging webhooks at your app.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::enums::{Method, VoiceReceiveMode};
use crate::error::Error;
use crate::page::{Listed, Page};

/// One of your phone numbers, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct PhoneNumber {
    /// The number's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// The number (E.164).
    pub phone_number: String,
    /// Its name (by default, the number formatted).
    pub friendly_name: String,
    /// What it can do.
    pub capabilities: Capabilities,
    /// The URL of the document a call to it runs.
    pub voice_url: Option<String>,
    /// How `voice_url` is requested.
    pub voice_method: Option<Method>,
    /// Requested when `voice_url` fails.
    pub voice_fallback_url: Option<String>,
    /// How `voice_fallback_url` is requested.
    pub voice_fallback_method: Option<Method>,
    /// The application that runs its calls.
    pub voice_application_sid: Option<String>,
    /// The URL of the document a message to it runs.
    pub sms_url: Option<String>,
    /// How `sms_url` is requested.
    pub sms_method: Option<Method>,
    /// Requested when `sms_url` fails.
    pub sms_fallback_url: Option<String>,
    /// How `sms_fallback_url` is requested.
    pub sms_fallback_method: Option<Method>,
    /// The application that runs its messages.
    pub sms_application_sid: Option<String>,
    /// Where the status of its calls is sent.
    pub status_callback: Option<String>,
    /// How `status_callback` is requested.
    pub status_callback_method: Option<Method>,
    /// The country (ISO 3166-1 alpha-2).
    pub country_code: Option<String>,
    /// When it was bought (RFC 2822).
    pub date_created: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// The API version.
    pub api_version: Option<String>,
    /// The number's path.
    pub uri: Option<String>,
}

/// What a number can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Capabilities {
    /// Calls.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub voice: bool,
    /// SMS.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub sms: bool,
    /// MMS.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub mms: bool,
    /// Fax.
    #[serde(deserialize_with = "crate::de::flex_bool")]
    pub fax: bool,
}

impl Listed for PhoneNumber {
    const LIST_KEY: &'static str = "incoming_phone_numbers";
}

/// Changes a number (`POST …/IncomingPhoneNumbers/{sid}.json`): where its calls and messages
/// go.
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::{Method, UpdatePhoneNumber};
///
/// let update = UpdatePhoneNumber::new()
///     .voice("https://example.com/voice", Method::Post)
///     .sms("https://example.com/sms", Method::Post)
///     .status_callback("https://example.com/status");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UpdatePhoneNumber {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    /// The URL of the document a call to it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_url: Option<String>,
    /// How `voice_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_method: Option<Method>,
    /// Requested when `voice_url` fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_fallback_url: Option<String>,
    /// How `voice_fallback_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_fallback_method: Option<Method>,
    /// The application that runs its calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_application_sid: Option<String>,
    /// Whether it takes calls or faxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_receive_mode: Option<VoiceReceiveMode>,
    /// The URL of the document a message to it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_url: Option<String>,
    /// How `sms_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_method: Option<Method>,
    /// Requested when `sms_url` fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_fallback_url: Option<String>,
    /// How `sms_fallback_url` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_fallback_method: Option<Method>,
    /// The application that runs its messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_application_sid: Option<String>,
    /// Where the status of its calls is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_callback: Option<String>,
    /// How `status_callback` is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_callback_method: Option<Method>,
}

impl UpdatePhoneNumber {
    /// An update that changes nothing yet.
    pub fn new() -> Self {
        UpdatePhoneNumber::default()
    }

    /// Calls to the number run the document at `url`.
    pub fn voice(mut self, url: impl Into<String>, method: Method) -> Self {
        self.voice_url = Some(url.into());
        self.voice_method = Some(method);
        self
    }

    /// Requested when the voice URL fails.
    pub fn voice_fallback(mut self, url: impl Into<String>, method: Method) -> Self {
        self.voice_fallback_url = Some(url.into());
        self.voice_fallback_method = Some(method);
        self
    }

    /// Messages to the number run the document at `url`.
    pub fn sms(mut self, url: impl Into<String>, method: Method) -> Self {
        self.sms_url = Some(url.into());
        self.sms_method = Some(method);
        self
    }

    /// Requested when the messaging URL fails.
    pub fn sms_fallback(mut self, url: impl Into<String>, method: Method) -> Self {
        self.sms_fallback_url = Some(url.into());
        self.sms_fallback_method = Some(method);
        self
    }

    /// Where the status of its calls is sent.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// Its name.
    pub fn friendly_name(mut self, name: impl Into<String>) -> Self {
        self.friendly_name = Some(name.into());
        self
    }
}

/// Which numbers a list returns.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct PhoneNumberFilter {
    /// Numbers matching this pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Numbers of this name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl PhoneNumberFilter {
    /// Every number.
    pub fn new() -> Self {
        PhoneNumberFilter::default()
    }

    /// Numbers matching `pattern`.
    pub fn phone_number(mut self, pattern: impl Into<String>) -> Self {
        self.phone_number = Some(pattern.into());
        self
    }
}

/// The phone numbers of the project: `client.phone_numbers()`.
#[derive(Debug, Clone, Copy)]
pub struct PhoneNumbers<'c> {
    client: &'c Client,
}

impl Client {
    /// The phone numbers of the project (`IncomingPhoneNumbers`).
    pub fn phone_numbers(&self) -> PhoneNumbers<'_> {
        PhoneNumbers { client: self }
    }
}

impl PhoneNumbers<'_> {
    /// Every number that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &PhoneNumberFilter) -> Paged<PhoneNumber> {
        self.client.list(with_query(
            self.client.path("IncomingPhoneNumbers.json"),
            filter,
        ))
    }

    /// The first page of the numbers that `filter` selects.
    pub async fn page(&self, filter: &PhoneNumberFilter) -> Result<Page<PhoneNumber>, Error> {
        self.client
            .page(with_query(
                self.client.path("IncomingPhoneNumbers.json"),
                filter,
            ))
            .await
    }

    /// One number.
    pub async fn fetch(&self, sid: &str) -> Result<PhoneNumber, Error> {
        self.client.get(self.path(sid)).await
    }

    /// Changes where a number's calls and messages go.
    pub async fn update(
        &self,
        sid: &str,
        request: &UpdatePhoneNumber,
    ) -> Result<PhoneNumber, Error> {
        self.client.post(self.path(sid), request).await
    }

    fn path(&self, sid: &str) -> String {
        self.client
            .path(&format!("IncomingPhoneNumbers/{}.json", segment(sid)))
    }
}
