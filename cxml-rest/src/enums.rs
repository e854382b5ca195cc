//! The closed lists of values the API reads and writes, each with an `Other` fallback that keeps
//! a value this crate does not know yet, as SignalWire sent it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        ///
        /// Serialized as its text; a text this crate does not know reads as `Other` and is
        /// written back unchanged.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this crate does not know yet, kept as sent.
            Other(String),
        }

        impl $name {
            /// The value as SignalWire writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $text, )+
                    Self::Other(text) => text,
                }
            }
        }

        impl Default for $name {
            /// `Other("")`: what a response that leaves the field out reads as.
            fn default() -> Self {
                Self::Other(String::new())
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $( $text => Self::$variant, )+
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                match text.as_str() {
                    $( $text => Self::$variant, )+
                    _ => Self::Other(text),
                }
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(text))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

string_enum! {
    /// The HTTP method SignalWire uses to request a URL you give it.
    Method {
        /// `GET`
        Get = "GET",
        /// `POST` (SignalWire's default for most URLs)
        Post = "POST",
    }
}

string_enum! {
    /// The state of a call.
    CallStatus {
        /// Waiting to be placed.
        Queued = "queued",
        /// Ringing at the callee.
        Ringing = "ringing",
        /// Answered and running.
        InProgress = "in-progress",
        /// Ended by an update before it was answered.
        Canceled = "canceled",
        /// Answered and ended.
        Completed = "completed",
        /// The callee was busy.
        Busy = "busy",
        /// Could not be placed.
        Failed = "failed",
        /// Rang out without an answer.
        NoAnswer = "no-answer",
    }
}

string_enum! {
    /// What an update may set a call's status to.
    CallUpdateStatus {
        /// Ends a call that has not been answered yet.
        Canceled = "canceled",
        /// Hangs up a call, answered or not.
        Completed = "completed",
    }
}

string_enum! {
    /// Which way a call went.
    CallDirection {
        /// To your number.
        Inbound = "inbound",
        /// Placed by you.
        Outbound = "outbound",
        /// Placed through this API (Twilio's name, also seen on SignalWire).
        OutboundApi = "outbound-api",
        /// Placed by a `<Dial>`.
        OutboundDial = "outbound-dial",
    }
}

string_enum! {
    /// Who answered a call, when machine detection was asked for.
    AnsweredBy {
        /// A person.
        Human = "human",
        /// An answering machine.
        Machine = "machine",
    }
}

string_enum! {
    /// A call event that triggers a status callback (`StatusCallbackEvent`).
    CallEvent {
        /// The call was placed.
        Initiated = "initiated",
        /// The callee's phone rings.
        Ringing = "ringing",
        /// The callee answered.
        Answered = "answered",
        /// The call ended (the default).
        Completed = "completed",
    }
}

string_enum! {
    /// Answering machine detection on an outbound call (`MachineDetection`).
    MachineDetection {
        /// Detect a person or a machine and return as soon as it is known.
        Enable = "Enable",
        /// Detect, and on a machine wait for the end of its greeting (to leave a message).
        DetectMessageEnd = "DetectMessageEnd",
        /// No detection (the default).
        Disabled = "none",
    }
}

string_enum! {
    /// How many channels a recording has (`RecordingChannels`).
    RecordingChannels {
        /// Both legs mixed in one channel.
        Mono = "mono",
        /// Each leg in its own channel.
        Dual = "dual",
    }
}

string_enum! {
    /// Which audio a recording takes (`RecordingTrack`).
    RecordingTrack {
        /// What the callee says.
        Inbound = "inbound",
        /// What the callee hears.
        Outbound = "outbound",
        /// Both.
        Both = "both",
    }
}

string_enum! {
    /// Whether silence at both ends of a recording is cut (`Trim`).
    Trim {
        /// Cut it.
        TrimSilence = "trim-silence",
        /// Keep it.
        DoNotTrim = "do-not-trim",
    }
}

string_enum! {
    /// The state of a message.
    MessageStatus {
        /// Accepted, waiting to be sent.
        Queued = "queued",
        /// Being sent.
        Initiated = "initiated",
        /// Handed to the carrier.
        Sent = "sent",
        /// Could not be sent.
        Failed = "failed",
        /// The carrier confirmed delivery.
        Delivered = "delivered",
        /// The carrier could not deliver it.
        Undelivered = "undelivered",
        /// An inbound message, received.
        Received = "received",
    }
}

string_enum! {
    /// Which way a message went.
    MessageDirection {
        /// To your number.
        Inbound = "inbound",
        /// Sent through this API.
        OutboundApi = "outbound-api",
        /// Sent by a call's document.
        OutboundCall = "outbound-call",
        /// Sent as the reply of a messaging document.
        OutboundReply = "outbound-reply",
    }
}

string_enum! {
    /// The state of a conference.
    ConferenceStatus {
        /// Created, waiting for its start.
        Init = "init",
        /// Running.
        InProgress = "in-progress",
        /// Ended.
        Completed = "completed",
    }
}

string_enum! {
    /// The state of a conference participant.
    ParticipantStatus {
        /// In the conference.
        InProgress = "in-progress",
        /// Left it.
        Completed = "completed",
    }
}

string_enum! {
    /// How a recording was made.
    RecordingSource {
        /// `<Dial record=…>`.
        DialVerb = "DialVerb",
        /// `<Conference record=…>`.
        Conference = "Conference",
        /// `Record` on call create.
        OutBoundApi = "OutBoundApi",
        /// A SIP trunk.
        Trunking = "Trunking",
        /// `<Record>`.
        RecordVerb = "RecordVerb",
        /// The call recordings API.
        StartCallRecordingApi = "StartCallRecordingApi",
        /// The conference recordings API.
        StartConferenceRecording = "StartConferenceRecording",
    }
}

string_enum! {
    /// The state of a recording.
    RecordingStatus {
        /// Waiting to start.
        Queued = "queued",
        /// Recording.
        InProgress = "in-progress",
        /// Paused.
        Paused = "paused",
        /// Resumed after a pause.
        Resumed = "resumed",
        /// Done and available.
        Completed = "completed",
        /// Nothing was recorded.
        Absent = "absent",
        /// Stopped.
        Stopped = "stopped",
    }
}

string_enum! {
    /// Which way a fax went.
    FaxDirection {
        /// To your number.
        Inbound = "inbound",
        /// Sent by you.
        Outbound = "outbound",
    }
}

string_enum! {
    /// A fax's resolution (`Quality`).
    FaxQuality {
        /// 204×98 dpi.
        Standard = "standard",
        /// 204×196 dpi (the default).
        Fine = "fine",
        /// 204×392 dpi.
        Superfine = "superfine",
    }
}

string_enum! {
    /// The state of a fax.
    FaxStatus {
        /// Waiting to be sent.
        Queued = "queued",
        /// Its media is being prepared.
        Processing = "processing",
        /// Being sent.
        Sending = "sending",
        /// Sent.
        Delivered = "delivered",
        /// Being received.
        Receiving = "receiving",
        /// Received.
        Received = "received",
        /// The callee did not answer.
        NoAnswer = "no-answer",
        /// The callee was busy.
        Busy = "busy",
        /// Could not be sent.
        Failed = "failed",
        /// Canceled while queued.
        Canceled = "canceled",
    }
}

string_enum! {
    /// Whether a number takes voice calls or faxes (`VoiceReceiveMode`).
    VoiceReceiveMode {
        /// Voice calls.
        Voice = "voice",
        /// Faxes.
        Fax = "fax",
    }
}
