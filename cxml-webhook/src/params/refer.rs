//! `<Refer>`: its `action` request.

use serde::{Deserialize, Serialize};

use super::{VoiceRequest, de};

string_enum! {
    /// `ReferCallStatus`: how a SIP REFER transfer ended.
    pub enum ReferCallStatus {
        /// The REFER was accepted and the target answered (NOTIFY 200).
        InProgress = "in-progress",
        /// The target was busy (NOTIFY 486 or 600).
        Busy = "busy",
        /// The target did not answer (NOTIFY 487).
        NoAnswer = "no-answer",
        /// The call ended before the transfer completed.
        Canceled = "canceled",
        /// An error in the verb, an error reply to the REFER, or a 4xx/5xx/6xx NOTIFY.
        Failed = "failed",
    }
}

/// `<Refer action>`: requested when the transfer finishes; answer with cXML to continue the call.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{from_form_str, params::{ReferAction, ReferCallStatus}};
///
/// let refer: ReferAction = from_form_str(
///     "AccountSid=AC1&CallSid=CA1&ReferCallStatus=busy&ReferSipResponseCode=202\
///      &NotifySipResponseCode=486",
/// )?;
/// match refer.refer_call_status {
///     Some(ReferCallStatus::InProgress) => { /* transferred */ }
///     Some(ReferCallStatus::Busy | ReferCallStatus::NoAnswer) => { /* offer voicemail */ }
///     _ => { /* failed, canceled, unknown, or no NOTIFY at all */ }
/// }
/// assert_eq!(refer.notify_sip_response_code, Some(486));
/// # Ok::<(), cxml::webhook::ParamsError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ReferAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `ReferCallStatus`; absent when no NOTIFY arrived.
    pub refer_call_status: Option<ReferCallStatus>,
    /// `ReferSipResponseCode`: the response to the REFER itself, 202 when accepted.
    #[serde(default, deserialize_with = "de::number")]
    pub refer_sip_response_code: Option<u16>,
    /// `NotifySipResponseCode`: the last code reported by NOTIFY (the target's answer to the
    /// INVITE); absent when no NOTIFY arrived.
    #[serde(default, deserialize_with = "de::number")]
    pub notify_sip_response_code: Option<u16>,
}
