//! Voice: the standard parameters of every voice request, and call status callbacks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::de;

string_enum! {
    /// `CallStatus`: where a call is.
    pub enum CallStatus {
        /// Waiting to start.
        Queued = "queued",
        /// Dialing began (status callbacks).
        Initiated = "initiated",
        /// The callee's phone is ringing.
        Ringing = "ringing",
        /// Answered.
        InProgress = "in-progress",
        /// The callee was busy.
        Busy = "busy",
        /// The call failed (e.g. the number does not exist).
        Failed = "failed",
        /// Nobody answered.
        NoAnswer = "no-answer",
        /// Answered and ended normally.
        Completed = "completed",
        /// Canceled via the REST API while ringing or queued.
        Canceled = "canceled",
    }
}

string_enum! {
    /// `Direction`: how a call came to be.
    pub enum CallDirection {
        /// A call to one of your numbers.
        Inbound = "inbound",
        /// A call made with the REST API.
        OutboundApi = "outbound-api",
        /// A call made by `<Dial>`.
        OutboundDial = "outbound-dial",
    }
}

/// The standard voice request parameters: the request for a number's initial cXML document, and
/// part of every voice `action`/`url` request (flattened into those types as `call`).
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{from_form_str, params::{CallDirection, CallStatus, VoiceRequest}};
///
/// let call: VoiceRequest = from_form_str(
///     "AccountSid=AC1&ApiVersion=2010-04-01&CallSid=CA1&CallStatus=ringing\
///      &Direction=inbound&From=%2B15551230000&To=%2B15557650000",
/// )?;
/// assert_eq!(call.call_status, Some(CallStatus::Ringing));
/// assert_eq!(call.direction, Some(CallDirection::Inbound));
/// assert_eq!(call.from.as_deref(), Some("+15551230000"));
/// # Ok::<(), cxml::webhook::ParamsError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct VoiceRequest {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `CallSid`: the call's ID.
    pub call_sid: String,
    /// `ApiVersion`, e.g. `2010-04-01`.
    pub api_version: Option<String>,
    /// `CallStatus`: where the call stands (`ringing`, `in-progress`, `completed`, …).
    pub call_status: Option<CallStatus>,
    /// `Direction`: `inbound`, or which kind of outbound call.
    pub direction: Option<CallDirection>,
    /// `From`: the caller, E.164 or a SIP URI (the raw caller ID if neither).
    pub from: Option<String>,
    /// `To`: the callee, E.164 or a SIP URI.
    pub to: Option<String>,
    /// `ParentCallSid`: the call that created this one, if any.
    pub parent_call_sid: Option<String>,
    /// `SipUser` (calls to a SIP domain application).
    pub sip_user: Option<String>,
    /// `Caller`: Twilio's older name of `From`, which it still sends.
    pub caller: Option<String>,
    /// `Called`: Twilio's older name of `To`, which it still sends.
    pub called: Option<String>,
    /// `CallToken` (Twilio): a token to forward the caller ID of an inbound call when dialling
    /// out through the REST API.
    pub call_token: Option<String>,
    /// `StirVerstat` (Twilio): the SHAKEN/STIR verification of the caller ID, e.g.
    /// `TN-Validation-Passed-A`.
    pub stir_verstat: Option<String>,
    /// `StirPassportToken` (Twilio): the SHAKEN/STIR PASSporT of the call, when sent.
    pub stir_passport_token: Option<String>,
    /// `FromCity`: Twilio's lookup of the caller's city, when known.
    pub from_city: Option<String>,
    /// `FromState`: Twilio's lookup of the caller's state or province, when known.
    pub from_state: Option<String>,
    /// `FromZip`: Twilio's lookup of the caller's postal code, when known.
    pub from_zip: Option<String>,
    /// `FromCountry`: Twilio's lookup of the caller's country, when known.
    pub from_country: Option<String>,
    /// `ToCity`: Twilio's lookup of the called number's city, when known.
    pub to_city: Option<String>,
    /// `ToState`: Twilio's lookup of the called number's state or province, when known.
    pub to_state: Option<String>,
    /// `ToZip`: Twilio's lookup of the called number's postal code, when known.
    pub to_zip: Option<String>,
    /// `ToCountry`: Twilio's lookup of the called number's country, when known.
    pub to_country: Option<String>,
    // `CallerName` and `ForwardedFrom`, which Twilio sends with every voice request when it has
    // them, are fields of [`CallStatusCallback`], which holds this struct flattened: one field
    // per parameter name, so that a form reads and writes back the same.
    /// `SipHeader_<name>` parameters of calls from SIP, keyed by `<name>` (e.g. `X-Customer`).
    #[serde(
        flatten,
        deserialize_with = "de::sip_headers",
        serialize_with = "de::write_sip_headers"
    )]
    pub sip_headers: BTreeMap<String, String>,
}

/// Call status callback: the REST `StatusCallback` of a call, and `statusCallback` on `<Number>`
/// and `<Sip>` (events `initiated`, `ringing`, `answered`, `completed`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CallStatusCallback {
    /// The standard voice parameters (`CallStatus` here includes `initiated`).
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `CallbackSource`, e.g. `call-progress-events`.
    pub callback_source: Option<String>,
    /// `SequenceNumber`: order of the events of this call, from 0 (delivery order is not
    /// guaranteed).
    #[serde(default, deserialize_with = "de::number")]
    pub sequence_number: Option<u32>,
    /// `Timestamp`: time of the event, RFC 2822.
    pub timestamp: Option<String>,
    /// `CallDuration`: seconds; only on `completed`.
    #[serde(default, deserialize_with = "de::number")]
    pub call_duration: Option<u32>,
    /// `CallerName`: only with caller-ID lookup.
    pub caller_name: Option<String>,
    /// `ForwardedFrom`: the forwarding number.
    pub forwarded_from: Option<String>,
    /// `HangupBy`: the party (number or URI) that hung up.
    pub hangup_by: Option<String>,
    /// `HangupDirection`: `inbound` or `outbound` in captured requests.
    pub hangup_direction: Option<String>,
    /// `SipResultCode`: SIP response code of the INVITE, e.g. 200, 486, 487.
    #[serde(default, deserialize_with = "de::number")]
    pub sip_result_code: Option<u16>,
    /// `SipInviteResultPhrase`, e.g. `OK`.
    pub sip_invite_result_phrase: Option<String>,
    /// `RecordingUrl`: when the call was recorded.
    pub recording_url: Option<String>,
    /// `RecordingSid`: when the call was recorded.
    pub recording_sid: Option<String>,
    /// `RecordingDuration`: seconds.
    #[serde(default, deserialize_with = "de::number")]
    pub recording_duration: Option<u32>,
    /// `AudioInMos`: mean opinion score, 1 to 5 (e.g. `4.3`).
    pub audio_in_mos: Option<String>,
    /// `AudioInAveragePtime`: call quality: the average packet time of the audio received, in milliseconds.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_average_ptime: Option<u64>,
    /// `AudioInDtmfPacketCount`: call quality: DTMF packets received.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_dtmf_packet_count: Option<u64>,
    /// `AudioInFlushPacketCount`: call quality: packets received that were flushed.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_flush_packet_count: Option<u64>,
    /// `AudioInJitterMaxVariance`: call quality: the largest jitter variance of the audio received.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_jitter_max_variance: Option<u64>,
    /// `AudioInJitterMinVariance`: call quality: the smallest jitter variance of the audio received.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_jitter_min_variance: Option<u64>,
    /// `AudioInLargestJbSize`: call quality: the jitter buffer's largest size.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_largest_jb_size: Option<u64>,
    /// `AudioInMediaPacketCount`: call quality: media packets received.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_media_packet_count: Option<u64>,
    /// `AudioInSkipPacketCount`: call quality: packets received that were skipped.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_in_skip_packet_count: Option<u64>,
    /// `AudioOutDtmfPacketCount`: call quality: DTMF packets sent.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_out_dtmf_packet_count: Option<u64>,
    /// `AudioOutMediaPacketCount`: call quality: media packets sent.
    #[serde(default, deserialize_with = "de::number")]
    pub audio_out_media_packet_count: Option<u64>,
}

/// The phone number's inbound call status callback (Dashboard/REST setting of a number), sent on
/// `completed` or `failed`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct IncomingCallStatusCallback {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `CallSid`: the call's ID.
    pub call_sid: String,
    /// `From`: the caller.
    pub from: Option<String>,
    /// `To`: the number called.
    pub to: Option<String>,
    /// `Timestamp`: RFC 2822.
    pub timestamp: Option<String>,
    /// `CallStatus`: `completed` or `failed`.
    pub call_status: Option<CallStatus>,
    /// `CallDuration`: seconds.
    #[serde(default, deserialize_with = "de::number")]
    pub call_duration: Option<u32>,
    /// `AudioInMos`: mean opinion score, 1 to 5.
    pub audio_in_mos: Option<String>,
}
