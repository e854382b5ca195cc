//! `<Conference>`: its status callback.

use serde::{Deserialize, Serialize};

use super::{VoiceRequest, de};

string_enum! {
    /// `StatusCallbackEvent` of a conference status callback. (The names differ from the
    /// `statusCallbackEvent` attribute's values `start`, `end`, `join`, …)
    pub enum ConferenceEvent {
        /// The conference started.
        ConferenceStart = "conference-start",
        /// The conference ended.
        ConferenceEnd = "conference-end",
        /// A participant joined.
        ParticipantJoin = "participant-join",
        /// A participant left.
        ParticipantLeave = "participant-leave",
        /// A participant was muted.
        ParticipantMute = "participant-mute",
        /// A participant was unmuted.
        ParticipantUnmute = "participant-unmute",
        /// A participant was put on hold.
        ParticipantHold = "participant-hold",
        /// A participant was taken off hold.
        ParticipantUnhold = "participant-unhold",
        /// A participant started speaking.
        ParticipantSpeechStart = "participant-speech-start",
        /// A participant stopped speaking.
        ParticipantSpeechStop = "participant-speech-stop",
    }
}

/// `<Conference statusCallback>`: conference and participant events chosen with
/// `statusCallbackEvent`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ConferenceStatusCallback {
    /// The standard voice parameters of the participant's call.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `ConferenceSid`: the conference's ID.
    pub conference_sid: Option<String>,
    /// `FriendlyName`: the conference's name.
    pub friendly_name: Option<String>,
    /// `EventName`: the event, as SignalWire names it in the request.
    pub event_name: Option<String>,
    /// `StatusCallbackEvent`: which of the requested events this request reports.
    pub status_callback_event: Option<ConferenceEvent>,
    /// `Timestamp`: RFC 2822.
    pub timestamp: Option<String>,
    /// `Duration`: seconds.
    #[serde(default, deserialize_with = "de::number")]
    pub duration: Option<u32>,
    /// `Muted`: whether the participant is muted.
    #[serde(default, deserialize_with = "de::boolean")]
    pub muted: Option<bool>,
    /// `Hold`: whether the participant is on hold.
    #[serde(default, deserialize_with = "de::boolean")]
    pub hold: Option<bool>,
    /// `StartConferenceOnEnter`: whether the participant starts the conference by joining.
    #[serde(default, deserialize_with = "de::boolean")]
    pub start_conference_on_enter: Option<bool>,
    /// `EndConferenceOnExit`: whether the conference ends when the participant leaves.
    #[serde(default, deserialize_with = "de::boolean")]
    pub end_conference_on_exit: Option<bool>,
    /// `RecordingUrl`: where the recording can be fetched.
    pub recording_url: Option<String>,
    /// `RecordingFileSize`: the recording's size in bytes.
    #[serde(default, deserialize_with = "de::number")]
    pub recording_file_size: Option<u64>,
}
