//! `<Record>`: its `action` request, recording status callbacks and transcription callbacks.

use serde::{Deserialize, Serialize};

use super::{CallDirection, CallStatus, VoiceRequest, de};

/// `<Record action>`: requested when the recording ends (even with no audio); answer with cXML to
/// continue the call.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RecordAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `RecordingUrl`: where the recording can be fetched.
    pub recording_url: Option<String>,
    /// `RecordingDuration`: seconds.
    #[serde(default, deserialize_with = "de::number")]
    pub recording_duration: Option<u32>,
    /// `Digits`: the key that ended the recording.
    pub digits: Option<String>,
    /// `RecordingSid` (not documented by SignalWire on this request; read when sent).
    pub recording_sid: Option<String>,
}

string_enum! {
    /// Where a recording stands (`RecordingStatus`): under way, ready, absent or failed.
    pub enum RecordingStatus {
        /// Recording is under way.
        InProgress = "in-progress",
        /// The recording is ready.
        Completed = "completed",
        /// Nothing was recorded (too short or silent).
        Absent = "absent",
        /// Recording failed (`<Conference>` and older pages).
        Failed = "failed",
    }
}

/// `recordingStatusCallback` of `<Record>`, `<Dial>`, `<Conference>` and REST recordings.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RecordingStatusCallback {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `CallSid`: the recorded call.
    pub call_sid: Option<String>,
    /// `From`: the caller, as in the call's other requests (the simulator sends it; SignalWire's
    /// voicemail example reads it here).
    pub from: Option<String>,
    /// `To`: the called number, as in the call's other requests.
    pub to: Option<String>,
    /// `CallStatus`: the call's status when the callback was sent.
    pub call_status: Option<CallStatus>,
    /// `Direction`: the call's direction.
    pub direction: Option<CallDirection>,
    /// `RecordingSid`: the recording's ID.
    pub recording_sid: Option<String>,
    /// `RecordingUrl`: where the recording can be fetched.
    pub recording_url: Option<String>,
    /// `RecordingStatus`: where the recording stands.
    pub recording_status: Option<RecordingStatus>,
    /// `RecordingDuration`: seconds.
    #[serde(default, deserialize_with = "de::number")]
    pub recording_duration: Option<u32>,
    /// `RecordingChannels`: 1 or 2.
    #[serde(default, deserialize_with = "de::number")]
    pub recording_channels: Option<u8>,
    /// `RecordingSource`, e.g. `RecordVerb`.
    pub recording_source: Option<String>,
    /// `RecordingTrack`: `inbound`, `outbound` or `both` (older `<Dial>` page).
    pub recording_track: Option<String>,
    /// `RecordingStartTime` (older `<Conference>` page).
    #[serde(default, deserialize_with = "de::number")]
    pub recording_start_time: Option<i64>,
}

string_enum! {
    /// Whether a recording's transcription is ready (`TranscriptionStatus`).
    pub enum TranscriptionStatus {
        /// The transcription is ready.
        Completed = "completed",
        /// Transcription failed.
        Failed = "failed",
    }
}

/// `<Record transcribeCallback>`: sent once the transcription is ready.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct TranscriptionCallback {
    /// `AccountSid`, when sent.
    pub account_sid: Option<String>,
    /// `CallSid`, when sent.
    pub call_sid: Option<String>,
    /// `From`: the caller, as in the call's other requests (the simulator sends it; SignalWire's
    /// voicemail example reads it here).
    pub from: Option<String>,
    /// `To`: the called number, as in the call's other requests.
    pub to: Option<String>,
    /// `CallStatus`: the call's status when the callback was sent.
    pub call_status: Option<CallStatus>,
    /// `Direction`: the call's direction.
    pub direction: Option<CallDirection>,
    /// `TranscriptionSid`: the transcription's ID.
    pub transcription_sid: Option<String>,
    /// `TranscriptionText`: the text, when the transcription is ready.
    pub transcription_text: Option<String>,
    /// `TranscriptionStatus`: whether the transcription is ready.
    pub transcription_status: Option<TranscriptionStatus>,
    /// `TranscriptionUrl`: where the transcription can be fetched.
    pub transcription_url: Option<String>,
    /// `RecordingSid`: the recording's ID.
    pub recording_sid: Option<String>,
    /// `RecordingUrl`: where the recording can be fetched.
    pub recording_url: Option<String>,
}
