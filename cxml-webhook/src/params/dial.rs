//! `<Dial>`: its `action` request, and the `<Sip url>` request for the called SIP party.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{VoiceRequest, de};

string_enum! {
    /// `DialCallStatus`: how the dialled leg ended.
    pub enum DialCallStatus {
        /// Answered and ended normally.
        Completed = "completed",
        /// A conference target answered.
        Answered = "answered",
        /// The callee was busy.
        Busy = "busy",
        /// Nobody answered.
        NoAnswer = "no-answer",
        /// The call could not be placed.
        Failed = "failed",
        /// The call was canceled before it was answered.
        Canceled = "canceled",
    }
}

/// `<Dial action>`: requested when the dialled leg ends; answer with cXML to continue the call.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DialAction {
    /// The standard voice parameters of the calling leg.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `DialCallStatus`: how the dialled leg ended (`completed`, `busy`, `no-answer`, …).
    pub dial_call_status: Option<DialCallStatus>,
    /// `DialCallSid`: the new leg's ID (`<Verto>` spells it `DialCallSID`; both land here).
    #[serde(alias = "DialCallSID")]
    pub dial_call_sid: Option<String>,
    /// `DialCallDuration`: seconds of the dialled leg.
    #[serde(default, deserialize_with = "de::number")]
    pub dial_call_duration: Option<u32>,
    /// `RecordingUrl`: only when `record` was set.
    pub recording_url: Option<String>,
    /// `DialSipCallId`: with `<Sip>`, the SIP Call-ID of the outbound INVITE.
    pub dial_sip_call_id: Option<String>,
    /// `DialSipResponseCode`: with `<Sip>`, the SIP response code to the INVITE.
    #[serde(default, deserialize_with = "de::number")]
    pub dial_sip_response_code: Option<u16>,
    /// `DialSipHangupDirection`: with `<Verto>`.
    pub dial_sip_hangup_direction: Option<String>,
    /// `HangupDirection`: with `<Verto>`.
    pub hangup_direction: Option<String>,
    /// `DialSipHeader_<name>`: with `<Sip>`, the X- headers of the 200 OK, keyed by `<name>`.
    #[serde(
        flatten,
        deserialize_with = "de::dial_sip_headers",
        serialize_with = "de::write_dial_sip_headers"
    )]
    pub dial_sip_headers: BTreeMap<String, String>,
}

/// `<Sip url>`: the document fetched for the called SIP party after it answers, before the legs
/// are bridged. The X- headers of its 200 OK are in `call.sip_headers`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct SipUrlRequest {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `SipCallId`: the SIP Call-ID of the outbound INVITE.
    pub sip_call_id: Option<String>,
    /// `SipHeader`, when SignalWire sends it under that bare name.
    pub sip_header: Option<String>,
}
