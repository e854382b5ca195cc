//! The messages of a media stream's WebSocket, as SignalWire documents them (`cxml/voice/stream`):
//! JSON text frames, each with an `event` property.
//!
//! The platform sends [`StreamEvent`]s (`connected`, `start`, `media`, `dtmf`, `mark`, `stop`);
//! on a bidirectional stream (`<Connect><Stream>`) the application sends [`Command`]s (`media`,
//! `mark`, `clear`, `dtmf`). A message with another `event` reads as `Other`, and fields this
//! version does not know are ignored, so a platform that adds some does not break an app.
//!
//! Sequence numbers, chunk numbers and timestamps are written as strings (`"sequenceNumber":
//! "1"`), as in SignalWire's examples, and read from a string or a number.

use std::collections::BTreeMap;

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::audio::Codec;

/// The base64 alphabet of payloads: standard, padded.
pub(crate) const BASE64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// A message from the platform to the application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "lowercase")]
#[non_exhaustive]
pub enum StreamEvent {
    /// The first message: the WebSocket is open.
    Connected(Connected),
    /// The stream's identifiers, tracks, custom parameters and audio format; once, after
    /// `connected`.
    Start(Start),
    /// A chunk of the call's audio.
    Media(Media),
    /// A key the caller pressed.
    Dtmf(Dtmf),
    /// A mark the application sent was reached (its audio played) or cleared.
    Mark(Mark),
    /// The stream ended (`<Stop><Stream>`, the call ended, or the stream was stopped by REST).
    Stop(Stop),
    /// A message with another `event`: not an error, so that new messages do not break apps.
    #[serde(other)]
    Other,
}

/// `connected`: the protocol and its version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Connected {
    /// `Call`.
    #[serde(default)]
    pub protocol: String,
    /// The protocol's version (`0.2.0`).
    #[serde(default)]
    pub version: String,
}

/// `start`: what the stream carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Start {
    /// The message's sequence number (from 1, one sequence for every message of the stream).
    #[serde(with = "number", default)]
    pub sequence_number: u64,
    /// The stream's details.
    pub start: StartInfo,
}

/// The details of `start`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StartInfo {
    /// The stream's identifier (`StreamSid` in its status callbacks).
    pub stream_sid: String,
    /// The account.
    #[serde(default)]
    pub account_sid: String,
    /// The call the stream belongs to.
    #[serde(default)]
    pub call_sid: String,
    /// The tracks sent: `["inbound"]`, `["outbound"]` or both.
    #[serde(default)]
    pub tracks: Vec<Track>,
    /// The `<Parameter>`s of the `<Stream>`, by name.
    #[serde(default)]
    pub custom_parameters: BTreeMap<String, String>,
    /// The audio format of every payload, both ways.
    pub media_format: MediaFormat,
}

/// `start.mediaFormat`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MediaFormat {
    /// `audio/x-mulaw` or `audio/x-L16`.
    pub encoding: String,
    /// 8000, 16000 or 24000.
    #[serde(with = "number")]
    pub sample_rate: u32,
    /// Always 1.
    #[serde(with = "number", default = "one")]
    pub channels: u16,
}

fn one() -> u16 {
    1
}

impl MediaFormat {
    /// The format of a codec.
    pub fn of(codec: Codec) -> Self {
        MediaFormat {
            encoding: codec.encoding().to_owned(),
            sample_rate: codec.sample_rate(),
            channels: 1,
        }
    }

    /// The codec, if it is one SignalWire documents (mono only).
    pub fn codec(&self) -> Option<Codec> {
        if self.channels != 1 {
            return None;
        }
        Codec::from_format(&self.encoding, self.sample_rate)
    }
}

/// A direction of the call's audio.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Track {
    /// What the platform hears from the caller.
    Inbound,
    /// What the platform plays to the caller.
    Outbound,
    /// Another value.
    #[serde(other)]
    Other,
}

impl Track {
    /// The name, as in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Track::Inbound => "inbound",
            Track::Outbound => "outbound",
            Track::Other => "other",
        }
    }
}

/// `media` from the platform: a chunk of audio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Media {
    /// The message's sequence number.
    #[serde(with = "number", default)]
    pub sequence_number: u64,
    /// The stream (sent on bidirectional streams).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_sid: Option<String>,
    /// The chunk.
    pub media: MediaChunk,
}

/// `media.*` from the platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MediaChunk {
    /// Whose audio.
    #[serde(default = "inbound")]
    pub track: Track,
    /// The chunk's number on its track, from 1.
    #[serde(with = "number", default)]
    pub chunk: u64,
    /// Milliseconds from the start of the stream.
    #[serde(with = "number", default)]
    pub timestamp: u64,
    /// Base64 raw audio in the stream's codec.
    pub payload: String,
}

fn inbound() -> Track {
    Track::Inbound
}

impl MediaChunk {
    /// The payload's bytes; an error if it is not base64.
    pub fn bytes(&self) -> Result<Vec<u8>, base64::DecodeError> {
        BASE64.decode(self.payload.as_bytes())
    }

    /// The payload as PCM samples in the stream's codec; an error if it is not base64.
    pub fn samples(&self, codec: Codec) -> Result<Vec<i16>, base64::DecodeError> {
        Ok(codec.decode(&self.bytes()?))
    }
}

/// `dtmf` from the platform: a key press.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Dtmf {
    /// The message's sequence number.
    #[serde(with = "number", default)]
    pub sequence_number: u64,
    /// The stream (bidirectional streams only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_sid: Option<String>,
    /// The key.
    pub dtmf: DtmfDigit,
}

/// `dtmf.*`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DtmfDigit {
    /// `0`–`9`, `*`, `#`, `A`–`D`.
    pub digit: String,
    /// How long the key was held, in milliseconds (from the platform only).
    #[serde(
        default,
        with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<u64>,
}

/// `mark` from the platform: the audio sent before a mark played, or was cleared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Mark {
    /// The message's sequence number, when the platform numbers it.
    #[serde(
        default,
        with = "optional_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub sequence_number: Option<u64>,
    /// The stream (bidirectional streams only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_sid: Option<String>,
    /// The mark.
    pub mark: MarkName,
}

/// `mark.name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkName {
    /// The name the application gave.
    pub name: String,
}

/// `stop`: the stream ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Stop {
    /// The message's sequence number.
    #[serde(with = "number", default)]
    pub sequence_number: u64,
    /// The stream, when the platform names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_sid: Option<String>,
}

impl StreamEvent {
    /// `connected`, as the platform sends it (`Call`, `0.2.0`).
    pub fn connected() -> Self {
        StreamEvent::Connected(Connected {
            protocol: "Call".to_owned(),
            version: "0.2.0".to_owned(),
        })
    }

    /// `start`.
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        sequence_number: u64,
        stream_sid: impl Into<String>,
        account_sid: impl Into<String>,
        call_sid: impl Into<String>,
        tracks: Vec<Track>,
        custom_parameters: BTreeMap<String, String>,
        codec: Codec,
    ) -> Self {
        StreamEvent::Start(Start {
            sequence_number,
            start: StartInfo {
                stream_sid: stream_sid.into(),
                account_sid: account_sid.into(),
                call_sid: call_sid.into(),
                tracks,
                custom_parameters,
                media_format: MediaFormat::of(codec),
            },
        })
    }

    /// `media`: `payload` (raw audio in the stream's codec) base64-encoded.
    pub fn media(
        sequence_number: u64,
        track: Track,
        chunk: u64,
        timestamp: u64,
        payload: &[u8],
    ) -> Self {
        StreamEvent::Media(Media {
            sequence_number,
            stream_sid: None,
            media: MediaChunk {
                track,
                chunk,
                timestamp,
                payload: BASE64.encode(payload),
            },
        })
    }

    /// `dtmf`; `stream_sid` on bidirectional streams.
    pub fn dtmf(
        sequence_number: u64,
        stream_sid: Option<String>,
        digit: char,
        duration_ms: u64,
    ) -> Self {
        StreamEvent::Dtmf(Dtmf {
            sequence_number,
            stream_sid,
            dtmf: DtmfDigit {
                digit: digit.to_string(),
                duration: Some(duration_ms),
            },
        })
    }

    /// `mark`: the mark named `name` played or was cleared.
    pub fn mark(stream_sid: Option<String>, name: impl Into<String>) -> Self {
        StreamEvent::Mark(Mark {
            sequence_number: None,
            stream_sid,
            mark: MarkName { name: name.into() },
        })
    }

    /// `stop`.
    pub fn stop(sequence_number: u64) -> Self {
        StreamEvent::Stop(Stop {
            sequence_number,
            stream_sid: None,
        })
    }

    /// The message's sequence number, where it has one.
    pub fn sequence_number(&self) -> Option<u64> {
        match self {
            StreamEvent::Start(start) => Some(start.sequence_number),
            StreamEvent::Media(media) => Some(media.sequence_number),
            StreamEvent::Dtmf(dtmf) => Some(dtmf.sequence_number),
            StreamEvent::Mark(mark) => mark.sequence_number,
            StreamEvent::Stop(stop) => Some(stop.sequence_number),
            StreamEvent::Connected(_) | StreamEvent::Other => None,
        }
    }

    /// Reads a message; an error if it is not JSON or not a stream message.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The message as JSON text.
    pub fn to_json(&self) -> String {
        // Serialising these types cannot fail: string keys, no maps of other keys.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A message from the application to the platform (bidirectional streams only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "lowercase")]
#[non_exhaustive]
pub enum Command {
    /// Audio to play into the call, queued after the audio sent before.
    Media(SendMedia),
    /// Tell me when the audio sent so far has played (or is cleared).
    Mark(SendMark),
    /// Stop playing and drop the queued audio; pending marks come back.
    Clear(SendClear),
    /// Press a key into the call.
    Dtmf(SendDtmf),
    /// A message with another `event` (read by the simulator; never sent by [`crate::StreamSender`]).
    #[serde(other)]
    Other,
}

/// `media` to the platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendMedia {
    /// The stream.
    #[serde(default)]
    pub stream_sid: String,
    /// The audio.
    pub media: Payload,
}

/// `media.payload` to the platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Payload {
    /// Base64 raw audio in the stream's codec, without file headers.
    pub payload: String,
}

impl Payload {
    /// The payload's bytes; an error if it is not base64.
    pub fn bytes(&self) -> Result<Vec<u8>, base64::DecodeError> {
        BASE64.decode(self.payload.as_bytes())
    }
}

/// `mark` to the platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendMark {
    /// The stream.
    #[serde(default)]
    pub stream_sid: String,
    /// The mark.
    pub mark: MarkName,
}

/// `clear` to the platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendClear {
    /// The stream.
    #[serde(default)]
    pub stream_sid: String,
}

/// `dtmf` to the platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendDtmf {
    /// The stream.
    #[serde(default)]
    pub stream_sid: String,
    /// The key.
    pub dtmf: DtmfDigit,
}

impl Command {
    /// `media`: `payload` (raw audio in the stream's codec) base64-encoded.
    pub fn media(stream_sid: impl Into<String>, payload: &[u8]) -> Self {
        Command::Media(SendMedia {
            stream_sid: stream_sid.into(),
            media: Payload {
                payload: BASE64.encode(payload),
            },
        })
    }

    /// `mark`.
    pub fn mark(stream_sid: impl Into<String>, name: impl Into<String>) -> Self {
        Command::Mark(SendMark {
            stream_sid: stream_sid.into(),
            mark: MarkName { name: name.into() },
        })
    }

    /// `clear`.
    pub fn clear(stream_sid: impl Into<String>) -> Self {
        Command::Clear(SendClear {
            stream_sid: stream_sid.into(),
        })
    }

    /// `dtmf`.
    pub fn dtmf(stream_sid: impl Into<String>, digit: char) -> Self {
        Command::Dtmf(SendDtmf {
            stream_sid: stream_sid.into(),
            dtmf: DtmfDigit {
                digit: digit.to_string(),
                duration: None,
            },
        })
    }

    /// Reads a message; an error if it is not JSON or not a stream message.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The message as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Numbers written as strings, read from strings or numbers.
mod number {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    #[derive(Deserialize)]
    #[serde(untagged)]
    pub(super) enum Flexible {
        Number(u64),
        Text(String),
    }

    pub(super) fn parse<T: TryFrom<u64>, E: Error>(value: Flexible) -> Result<T, E> {
        let number = match value {
            Flexible::Number(number) => number,
            Flexible::Text(text) => text
                .trim()
                .parse()
                .map_err(|_| E::custom(format!("expected a number, found `{text}`")))?,
        };
        T::try_from(number).map_err(|_| E::custom(format!("{number} is out of range")))
    }

    pub(super) fn serialize<T: ToString, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&value.to_string())
    }

    pub(super) fn deserialize<'de, T: TryFrom<u64>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        parse(Flexible::deserialize(deserializer)?)
    }
}

/// Optional numbers, written as numbers, read from strings or numbers.
mod optional_number {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        value: &Option<u64>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.serialize_u64(*value),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<u64>, D::Error> {
        match Option::<super::number::Flexible>::deserialize(deserializer)? {
            Some(value) => super::number::parse(value).map(Some),
            None => Ok(None),
        }
    }
}

/// The first 120 characters of a message, on one line: how an error quotes a message that is not
/// a stream message (the stream session's and the simulator's). Plumbing the cxml crates share;
/// not part of the public API.
#[doc(hidden)]
pub fn excerpt(text: &str) -> String {
    let line: String = text
        .chars()
        .take(120)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().count() > 120 {
        format!("{line}…")
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_start_reads() {
        let text = r#"{"event":"start","sequenceNumber":"1","start":{"streamSid":"7d56","accountSid":"b08d","callSid":"76ac","tracks":["inbound"],"customParameters":{"Cookie":"948f"},"mediaFormat":{"encoding":"audio/x-L16","sampleRate":24000,"channels":1}}}"#;
        let StreamEvent::Start(start) = StreamEvent::from_json(text).unwrap() else {
            panic!("not a start");
        };
        assert_eq!(start.sequence_number, 1);
        assert_eq!(start.start.stream_sid, "7d56");
        assert_eq!(start.start.tracks, [Track::Inbound]);
        assert_eq!(start.start.custom_parameters["Cookie"], "948f");
        assert_eq!(start.start.media_format.codec(), Some(Codec::L16_24000));
    }

    #[test]
    fn documented_messages_read() {
        let media = r#"{"event":"media","sequenceNumber":"42","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"AAE="}}"#;
        let StreamEvent::Media(media) = StreamEvent::from_json(media).unwrap() else {
            panic!()
        };
        assert_eq!((media.sequence_number, media.media.chunk), (42, 1));
        assert_eq!(media.media.bytes().unwrap(), [0, 1]);
        let dtmf = r#"{"event":"dtmf","sequenceNumber":"123","streamSid":"7d","dtmf":{"digit":"5","duration":2000}}"#;
        let StreamEvent::Dtmf(dtmf) = StreamEvent::from_json(dtmf).unwrap() else {
            panic!()
        };
        assert_eq!(
            (dtmf.dtmf.digit.as_str(), dtmf.dtmf.duration),
            ("5", Some(2000))
        );
        let mark = r#"{"event":"mark","streamSid":"7d","mark":{"name":"my-custom-mark"}}"#;
        assert_eq!(
            StreamEvent::from_json(mark).unwrap(),
            StreamEvent::mark(Some("7d".into()), "my-custom-mark")
        );
        let stop = r#"{"event":"stop","sequenceNumber":"999"}"#;
        assert_eq!(
            StreamEvent::from_json(stop).unwrap(),
            StreamEvent::stop(999)
        );
        let connected = r#"{"event":"connected","protocol":"Call","version":"0.2.0"}"#;
        assert_eq!(
            StreamEvent::from_json(connected).unwrap(),
            StreamEvent::connected()
        );
    }

    #[test]
    fn unknown_messages_and_fields_do_not_fail() {
        let other = r#"{"event":"keepalive","whatever":{"a":1}}"#;
        assert_eq!(StreamEvent::from_json(other).unwrap(), StreamEvent::Other);
        let extra = r#"{"event":"stop","sequenceNumber":3,"stop":{"callSid":"x"},"new":true}"#;
        assert_eq!(StreamEvent::from_json(extra).unwrap(), StreamEvent::stop(3));
        assert_eq!(
            Command::from_json(r#"{"event":"future","streamSid":"s"}"#).unwrap(),
            Command::Other
        );
        assert!(StreamEvent::from_json("{not json").is_err());
        assert!(StreamEvent::from_json(r#"{"event":"media","media":{}}"#).is_err());
    }

    #[test]
    fn round_trips_and_written_as_documented() {
        let events = [
            StreamEvent::connected(),
            StreamEvent::start(
                1,
                "S",
                "A",
                "C",
                vec![Track::Inbound, Track::Outbound],
                BTreeMap::from([("k".to_owned(), "v".to_owned())]),
                Codec::Pcmu8000,
            ),
            StreamEvent::media(2, Track::Inbound, 1, 20, &[1, 2, 3]),
            StreamEvent::dtmf(3, Some("S".into()), '#', 250),
            StreamEvent::mark(Some("S".into()), "m"),
            StreamEvent::stop(4),
        ];
        for event in events {
            assert_eq!(StreamEvent::from_json(&event.to_json()).unwrap(), event);
        }
        assert_eq!(
            StreamEvent::media(2, Track::Inbound, 1, 20, &[0]).to_json(),
            r#"{"event":"media","sequenceNumber":"2","media":{"track":"inbound","chunk":"1","timestamp":"20","payload":"AA=="}}"#
        );
        let commands = [
            Command::media("S", &[9, 9]),
            Command::mark("S", "end"),
            Command::clear("S"),
            Command::dtmf("S", '5'),
        ];
        for command in commands {
            assert_eq!(Command::from_json(&command.to_json()).unwrap(), command);
        }
        assert_eq!(
            Command::clear("S").to_json(),
            r#"{"event":"clear","streamSid":"S"}"#
        );
        assert_eq!(
            Command::mark("S", "my label").to_json(),
            r#"{"event":"mark","streamSid":"S","mark":{"name":"my label"}}"#
        );
    }

    #[test]
    fn an_excerpt_is_one_line_of_at_most_120_characters() {
        assert_eq!(excerpt("{\"event\":\n\"x\"}"), "{\"event\": \"x\"}");
        let long = "é".repeat(121);
        assert_eq!(excerpt(&long), format!("{}…", "é".repeat(120)));
        assert_eq!(excerpt(&long[..240]), "é".repeat(120));
    }
}
