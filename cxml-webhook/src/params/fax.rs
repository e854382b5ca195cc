//! Fax: the standard parameters of an inbound fax, `<Receive action>` and outbound fax status
//! callbacks.

use serde::{Deserialize, Serialize};

use super::de;

string_enum! {
    /// Where a fax stands (`FaxStatus`), from queued to delivered, received or failed.
    pub enum FaxStatus {
        /// Waiting to be sent.
        Queued = "queued",
        /// Being processed.
        Processing = "processing",
        /// Being sent.
        Sending = "sending",
        /// Every page reached the other machine.
        Delivered = "delivered",
        /// Being received.
        Receiving = "receiving",
        /// An inbound fax, received in full.
        Received = "received",
        /// Nobody answered.
        NoAnswer = "no-answer",
        /// The line was busy.
        Busy = "busy",
        /// The fax failed.
        Failed = "failed",
        /// The fax was canceled.
        Canceled = "canceled",
    }
}

/// The standard fax parameters: the request for a number's fax cXML document, and part of
/// `<Receive action>`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FaxRequest {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `FaxSid`: the fax's ID.
    pub fax_sid: String,
    /// `ApiVersion`: the API version of the request, such as `2010-04-01`.
    pub api_version: Option<String>,
    /// `From`: number or SIP URI.
    pub from: Option<String>,
    /// `To`: number or SIP URI.
    pub to: Option<String>,
}

/// `<Receive action>`: requested when the fax has been received.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ReceiveAction {
    /// The standard fax parameters.
    #[serde(flatten)]
    pub fax: FaxRequest,
    /// `FaxStatus`, e.g. `received`.
    pub fax_status: Option<FaxStatus>,
    /// `NumPages`: the number of pages.
    #[serde(default, deserialize_with = "de::number")]
    pub num_pages: Option<u32>,
    /// `MediaUrl`: the received document.
    pub media_url: Option<String>,
    /// `MediaSid` (seen in sample payloads).
    pub media_sid: Option<String>,
    /// `RemoteStationId`: the sender's TSID.
    pub remote_station_id: Option<String>,
    /// `ErrorCode`: the error, when the fax failed.
    pub error_code: Option<String>,
    /// `ErrorMessage`: the error in words, when the fax failed.
    pub error_message: Option<String>,
    /// `Timestamp` (seen in sample payloads, ISO 8601).
    pub timestamp: Option<String>,
}

/// Status callback of a fax sent with the REST API.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct FaxStatusCallback {
    /// `AccountSid`, when sent.
    pub account_sid: Option<String>,
    /// `FaxSid`, when sent.
    pub fax_sid: Option<String>,
    /// `FaxStatus`: where the fax stands.
    pub fax_status: Option<FaxStatus>,
    /// `NumPages`: the number of pages.
    #[serde(default, deserialize_with = "de::number")]
    pub num_pages: Option<u32>,
    /// `MediaUrl`: where the fax document (PDF) can be fetched.
    pub media_url: Option<String>,
    /// `MediaSid`: the fax document's ID.
    pub media_sid: Option<String>,
    /// `OriginalMediaUrl`: the URL the sent document was fetched from.
    pub original_media_url: Option<String>,
    /// `RemoteStationId`: the other fax machine's station ID.
    pub remote_station_id: Option<String>,
    /// `ErrorCode`: the error, when the fax failed.
    pub error_code: Option<String>,
    /// `ErrorMessage`: the error in words, when the fax failed.
    pub error_message: Option<String>,
}
