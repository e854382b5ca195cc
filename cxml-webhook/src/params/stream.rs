//! `<Stream>`: its status callback.

use serde::{Deserialize, Serialize};

use super::{CallDirection, CallStatus};

string_enum! {
    /// What happened to a media stream (`StreamEvent`): started, stopped, or failed.
    pub enum StreamEvent {
        /// The stream started.
        Started = "stream-started",
        /// The stream stopped.
        Stopped = "stream-stopped",
        /// The stream failed; see `StreamError`.
        Error = "stream-error",
    }
}

string_enum! {
    /// `StreamError`: why a stream failed.
    pub enum StreamError {
        /// The URL is not valid.
        InvalidUrl = "invalid_url",
        /// No URL was given.
        MissingUrl = "missing_url",
        /// The track is not valid.
        InvalidTrack = "invalid_track",
        /// The audio could not be encoded or decoded.
        CodecError = "codec_error",
        /// The connection was refused.
        ConnectionRefused = "connection_refused",
        /// Refused, timed out, or TLS failed.
        ConnectionRefusedTimeoutOrSslError = "connection_refused_timeout_or_ssl_error",
        /// Any other error.
        GeneralError = "general_error",
        /// A stream with that ID exists already.
        DuplicatedStreamId = "Duplicated stream ID",
        /// A stream with that name exists already.
        DuplicatedStreamName = "Duplicated stream name",
    }
}

string_enum! {
    /// Which side of the call a media stream carries (`StreamTrack`).
    pub enum StreamTrack {
        /// The audio SignalWire receives.
        Inbound = "inbound_track",
        /// The audio SignalWire sends.
        Outbound = "outbound_track",
        /// The audio of both directions.
        Both = "both_tracks",
    }
}

/// `<Stream statusCallback>`: a stream started, stopped or failed.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct StreamStatusCallback {
    /// `AccountSid`: the project ID.
    pub account_sid: String,
    /// `CallSid`: the call's ID.
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
    /// `ConferenceSid`: only for conference streams.
    pub conference_sid: Option<String>,
    /// `StreamSid`: the stream's ID.
    pub stream_sid: Option<String>,
    /// `StreamName`: defaults to the StreamSid.
    pub stream_name: Option<String>,
    /// `StreamEvent`: what happened to the stream.
    pub stream_event: Option<StreamEvent>,
    /// `StreamError`: only with `stream-error`.
    pub stream_error: Option<StreamError>,
    /// `StreamTrack`: which audio the stream carries.
    pub stream_track: Option<StreamTrack>,
    /// `Timestamp`: ISO 8601 here (RFC 2822 elsewhere).
    pub timestamp: Option<String>,
    /// `Unique-ID`: the call identifier.
    #[serde(rename = "Unique-ID")]
    pub unique_id: Option<String>,
}
