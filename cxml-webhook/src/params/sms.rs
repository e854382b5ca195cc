//! `<Sms>` (the voice verb): its `action` request and status callback.

use serde::{Deserialize, Serialize};

use super::VoiceRequest;

string_enum! {
    /// Where the SMS of a voice call's `<Sms>` stands (`SmsStatus`).
    pub enum SmsStatus {
        /// Queued for sending (`action`).
        Sending = "sending",
        /// A bad number or attribute (`action`).
        Invalid = "invalid",
        /// Sent (status callback).
        Sent = "sent",
        /// Sending failed (status callback).
        Failed = "failed",
    }
}

/// `<Sms action>`: requested right after the SMS is queued; answer with cXML.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SmsAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `SmsSid`: the SMS's ID.
    pub sms_sid: Option<String>,
    /// `SmsStatus`: usually `sending`, `invalid` for a bad number.
    pub sms_status: Option<SmsStatus>,
}

/// `<Sms statusCallback>`: sent when the SMS was sent or failed.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SmsStatusCallback {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `SmsSid`: the SMS's ID.
    pub sms_sid: Option<String>,
    /// `SmsStatus`: `sent` or `failed`.
    pub sms_status: Option<SmsStatus>,
}
