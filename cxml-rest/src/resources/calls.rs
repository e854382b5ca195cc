//! Calls: place them, list them, steer them.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::document::{CallDocument, InlineDocument};
use crate::enums::{
    AnsweredBy, CallDirection, CallEvent, CallStatus, CallUpdateStatus, MachineDetection, Method,
    RecordingChannels, RecordingTrack, Trim,
};
use crate::error::Error;
use crate::page::{Listed, Page};
use crate::secret::Secret;

/// A call, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Call {
    /// The call's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// The call that created this one (the parent leg of a `<Dial>`).
    pub parent_call_sid: Option<String>,
    /// When it was created (RFC 2822).
    pub date_created: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// The callee.
    pub to: String,
    /// The callee, formatted for display.
    pub formatted_to: Option<String>,
    /// The caller.
    pub from: String,
    /// The caller, formatted for display.
    pub formatted_from: Option<String>,
    /// The id of the number the call came in on or went out from.
    pub phone_number_sid: Option<String>,
    /// Its state.
    pub status: CallStatus,
    /// When it was answered (RFC 2822).
    pub start_time: Option<String>,
    /// When it ended (RFC 2822).
    pub end_time: Option<String>,
    /// How long it lasted, in seconds.
    #[serde(deserialize_with = "crate::de::flex")]
    pub duration: u32,
    /// What it cost.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub price: Option<f64>,
    /// The currency of `price`.
    pub price_unit: Option<String>,
    /// Which way it went.
    pub direction: CallDirection,
    /// Who answered, when machine detection was asked for.
    pub answered_by: Option<AnsweredBy>,
    /// The API version (`2010-04-01`).
    pub api_version: Option<String>,
    /// The number the call was forwarded from.
    pub forwarded_from: Option<String>,
    /// The caller's name.
    pub caller_name: Option<String>,
    /// The SIP result code.
    #[serde(deserialize_with = "crate::de::flex_string")]
    pub sip_result_code: Option<String>,
    /// The audio's mean opinion score (1.0–5.0).
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_in_mos: Option<f64>,
    /// The average audio round trip, in milliseconds.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_rtt_avg: Option<u32>,
    /// The shortest audio round trip, in milliseconds.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_rtt_min: Option<u32>,
    /// The longest audio round trip, in milliseconds.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_rtt_max: Option<u32>,
    /// The average outbound jitter, in milliseconds.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_out_jitter_avg: Option<u32>,
    /// The lowest outbound jitter, in milliseconds.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_out_jitter_min: Option<u32>,
    /// The highest outbound jitter, in milliseconds.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_out_jitter_max: Option<u32>,
    /// Outbound audio packets lost.
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub audio_out_lost: Option<u32>,
    /// The call's path (under `/api/laml/2010-04-01`).
    pub uri: Option<String>,
    /// The paths of its sub-resources.
    pub subresource_uris: Option<CallSubresourceUris>,
}

/// The paths of a call's sub-resources.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct CallSubresourceUris {
    /// The call's recordings.
    pub recordings: Option<String>,
    /// The call's notifications (always `null` on SignalWire).
    pub notifications: Option<String>,
}

impl Listed for Call {
    const LIST_KEY: &'static str = "calls";
}

/// The name of the inline document's field, set once (at the macro's call below): the constant
/// and the request types of call create and update are generated from it.
macro_rules! call_requests {
    ($field:tt) => {
        /// The form field that carries a document inline on call create and update: **`Twiml`**.
        ///
        /// SignalWire's OpenAPI document describes `Url` as "required if `ApplicationSid` and
        /// `Laml`/`Twiml` are not used", but comments its `Laml` field out, "pending
        /// verification". SignalWire's Compatibility SDKs (PHP, Python, Node: all built on
        /// Twilio's) send `Twiml`, so that is what this client sends. The request types also read
        /// `Laml` when deserialized, for an emulator that serves what either name sends. This is
        /// the one place the name is set: [`CreateCall`] and [`UpdateCall`] are generated from
        /// the same literal.
        pub const INLINE_DOCUMENT_FIELD: &str = $field;

        /// Places a call (`POST …/Calls.json`).
        ///
        /// Made with [`CreateCall::new`] (a URL or an inline document) or
        /// [`CreateCall::with_application`]; the other fields are set with the builder methods
        /// or directly (they are public). Serialized as SignalWire's form fields (`To`, `From`,
        /// `Url`…); the inline document goes in the field named by
        /// [`INLINE_DOCUMENT_FIELD`](crate::INLINE_DOCUMENT_FIELD) (`Laml` is read too).
        ///
        /// ```
        /// # mod cxml { pub use ::cxml_runtime::parse; pub mod rest { pub use ::cxml_rest::*; } }
        /// use cxml::rest::{CallDocument, CallEvent, CreateCall, MachineDetection};
        ///
        /// let doc = cxml::parse("<Response><Say>Your table is ready.</Say></Response>")?;
        /// let request = CreateCall::new("+15550100", "+15550199", CallDocument::parsed(&doc)?)
        ///     .status_callback("https://example.com/status")
        ///     .status_callback_events([CallEvent::Answered, CallEvent::Completed])
        ///     .machine_detection(MachineDetection::DetectMessageEnd)
        ///     .timeout(30);
        /// assert_eq!(request.timeout, Some(30));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        #[non_exhaustive]
        pub struct CreateCall {
            /// The callee: a number (E.164), a SIP URI, or a client.
            pub to: String,
            /// The caller: one of your numbers for a call to the phone network.
            pub from: String,
            /// The URL of the document the call runs.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub url: Option<String>,
            /// The document the call runs, sent inline.
            #[serde(rename = $field, alias = "Laml", alias = "Twiml", default, skip_serializing_if = "Option::is_none")]
            pub document: Option<InlineDocument>,
            /// The application whose URLs run the call.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub application_sid: Option<String>,
            /// How `url` is requested (default `POST`).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub method: Option<Method>,
            /// Requested when `url` fails.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub fallback_url: Option<String>,
            /// How `fallback_url` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub fallback_method: Option<Method>,
            /// Where the call's status events are sent.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub status_callback: Option<String>,
            /// How `status_callback` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub status_callback_method: Option<Method>,
            /// The events sent to `status_callback` (default: `completed`); one form field
            /// each.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub status_callback_event: Vec<CallEvent>,
            /// The caller id shown, when not `from`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub caller_id: Option<String>,
            /// Keys pressed once the call connects (`0-9`, `#`, `*`, `w` half a second, `W` one).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub send_digits: Option<String>,
            /// Seconds to ring before giving up (1–600, default 60).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub timeout: Option<u32>,
            /// Answering machine detection.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub machine_detection: Option<MachineDetection>,
            /// Seconds machine detection may take (1–120, default 30).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub machine_detection_timeout: Option<u32>,
            /// Milliseconds of speech that mean a machine (1000–6000, default 2400).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub machine_detection_speech_threshold: Option<u32>,
            /// Milliseconds of silence that end speech (500–5000, default 1200).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub machine_detection_speech_end_threshold: Option<u32>,
            /// Milliseconds of initial silence before giving up (2000–10000, default 5000).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub machine_detection_silence_timeout: Option<u32>,
            /// Words that mean a machine (1–100, default 6).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub machine_words_threshold: Option<u32>,
            /// Whether machine detection runs while the document already runs.
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::opt_boolean")]
            pub async_amd: Option<bool>,
            /// Where the result of asynchronous machine detection is sent.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub async_amd_status_callback: Option<String>,
            /// How `async_amd_status_callback` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub async_amd_status_callback_method: Option<Method>,
            /// Whether interim detection results are sent too.
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::opt_boolean")]
            pub async_amd_partial_results: Option<bool>,
            /// Whether the call is recorded.
            #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::opt_boolean")]
            pub record: Option<bool>,
            /// The recording's channels.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub recording_channels: Option<RecordingChannels>,
            /// The audio recorded.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub recording_track: Option<RecordingTrack>,
            /// Where recording events are sent.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub recording_status_callback: Option<String>,
            /// How `recording_status_callback` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub recording_status_callback_method: Option<Method>,
            /// The recording events sent, space-separated (`completed in-progress absent`).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub recording_status_callback_event: Option<String>,
            /// Whether silence is trimmed from the recording.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub trim: Option<Trim>,
            /// The user name of an outbound SIP call.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub sip_auth_username: Option<String>,
            /// The password of an outbound SIP call (never printed).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub sip_auth_password: Option<Secret>,
            /// The highest price per minute accepted, in USD (`"0.0075"`).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_price_per_minute: Option<String>,
        }

        /// Changes a live call (`POST …/Calls/{sid}.json`): moves it to a new document (a URL
        /// or inline), ends it, or changes its status callback.
        ///
        /// ```
        /// # mod cxml { pub use ::cxml_runtime::parse; pub mod rest { pub use ::cxml_rest::*; } }
        /// use cxml::rest::{CallDocument, UpdateCall};
        ///
        /// let goodbye = cxml::parse("<Response><Say>Goodbye</Say><Hangup/></Response>")?;
        /// let moved = UpdateCall::redirect(CallDocument::parsed(&goodbye)?);
        /// let ended = UpdateCall::hang_up();
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        #[non_exhaustive]
        pub struct UpdateCall {
            /// The URL of the document the call runs from now on.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub url: Option<String>,
            /// How `url` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub method: Option<Method>,
            /// The document the call runs from now on, inline.
            #[serde(rename = $field, alias = "Laml", alias = "Twiml", default, skip_serializing_if = "Option::is_none")]
            pub document: Option<InlineDocument>,
            /// Ends the call: `completed` (hang up) or `canceled` (only if not answered yet).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub status: Option<CallUpdateStatus>,
            /// Requested when `url` fails.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub fallback_url: Option<String>,
            /// How `fallback_url` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub fallback_method: Option<Method>,
            /// Where the call's status events are sent from now on.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub status_callback: Option<String>,
            /// How `status_callback` is requested.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub status_callback_method: Option<Method>,
        }
    };
}

call_requests!("Twiml");

impl CreateCall {
    /// A call from `from` to `to` that runs `document`.
    pub fn new(to: impl Into<String>, from: impl Into<String>, document: CallDocument) -> Self {
        let (url, method, document) = document.into_parts();
        CreateCall {
            url,
            method,
            document,
            ..CreateCall::empty(to.into(), from.into())
        }
    }

    /// A call from `from` to `to` run by the application `application_sid`.
    pub fn with_application(
        to: impl Into<String>,
        from: impl Into<String>,
        application_sid: impl Into<String>,
    ) -> Self {
        CreateCall {
            application_sid: Some(application_sid.into()),
            ..CreateCall::empty(to.into(), from.into())
        }
    }

    fn empty(to: String, from: String) -> Self {
        CreateCall {
            to,
            from,
            url: None,
            document: None,
            application_sid: None,
            method: None,
            fallback_url: None,
            fallback_method: None,
            status_callback: None,
            status_callback_method: None,
            status_callback_event: Vec::new(),
            caller_id: None,
            send_digits: None,
            timeout: None,
            machine_detection: None,
            machine_detection_timeout: None,
            machine_detection_speech_threshold: None,
            machine_detection_speech_end_threshold: None,
            machine_detection_silence_timeout: None,
            machine_words_threshold: None,
            async_amd: None,
            async_amd_status_callback: None,
            async_amd_status_callback_method: None,
            async_amd_partial_results: None,
            record: None,
            recording_channels: None,
            recording_track: None,
            recording_status_callback: None,
            recording_status_callback_method: None,
            recording_status_callback_event: None,
            trim: None,
            sip_auth_username: None,
            sip_auth_password: None,
            max_price_per_minute: None,
        }
    }

    /// Requested when the document's URL fails.
    pub fn fallback(mut self, url: impl Into<String>, method: Method) -> Self {
        self.fallback_url = Some(url.into());
        self.fallback_method = Some(method);
        self
    }

    /// Where the call's status events are sent.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// How the status callback is requested.
    pub fn status_callback_method(mut self, method: Method) -> Self {
        self.status_callback_method = Some(method);
        self
    }

    /// The events sent to the status callback.
    pub fn status_callback_events(mut self, events: impl IntoIterator<Item = CallEvent>) -> Self {
        self.status_callback_event = events.into_iter().collect();
        self
    }

    /// The caller id shown, when not `from`.
    pub fn caller_id(mut self, caller_id: impl Into<String>) -> Self {
        self.caller_id = Some(caller_id.into());
        self
    }

    /// Keys pressed once the call connects.
    pub fn send_digits(mut self, digits: impl Into<String>) -> Self {
        self.send_digits = Some(digits.into());
        self
    }

    /// Seconds to ring before giving up.
    pub fn timeout(mut self, seconds: u32) -> Self {
        self.timeout = Some(seconds);
        self
    }

    /// Answering machine detection.
    pub fn machine_detection(mut self, detection: MachineDetection) -> Self {
        self.machine_detection = Some(detection);
        self
    }

    /// Machine detection that runs while the document runs, its result sent to `callback`.
    pub fn async_machine_detection(mut self, callback: impl Into<String>) -> Self {
        self.async_amd = Some(true);
        self.async_amd_status_callback = Some(callback.into());
        self
    }

    /// Records the call.
    pub fn record(mut self, record: bool) -> Self {
        self.record = Some(record);
        self
    }

    /// Where recording events are sent.
    pub fn recording_status_callback(mut self, url: impl Into<String>) -> Self {
        self.recording_status_callback = Some(url.into());
        self
    }

    /// The credentials of an outbound SIP call.
    pub fn sip_auth(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.sip_auth_username = Some(username.into());
        self.sip_auth_password = Some(password.into());
        self
    }

    /// The highest price per minute accepted, in USD.
    pub fn max_price_per_minute(mut self, price: impl Into<String>) -> Self {
        self.max_price_per_minute = Some(price.into());
        self
    }
}

impl UpdateCall {
    /// An update that changes nothing yet (set fields with the builder methods).
    pub fn new() -> Self {
        UpdateCall::default()
    }

    /// Moves the call to `document`: it stops what it does (a `<Gather>`, a `<Play>`, a queue,
    /// a conference) and runs the new document.
    pub fn redirect(document: CallDocument) -> Self {
        let (url, method, document) = document.into_parts();
        UpdateCall {
            url,
            method,
            document,
            ..UpdateCall::default()
        }
    }

    /// Hangs the call up (`Status=completed`).
    pub fn hang_up() -> Self {
        UpdateCall::status(CallUpdateStatus::Completed)
    }

    /// Cancels a call that has not been answered yet (`Status=canceled`).
    pub fn cancel() -> Self {
        UpdateCall::status(CallUpdateStatus::Canceled)
    }

    /// Sets the call's status.
    pub fn status(status: CallUpdateStatus) -> Self {
        UpdateCall {
            status: Some(status),
            ..UpdateCall::default()
        }
    }

    /// Requested when the new document's URL fails.
    pub fn fallback(mut self, url: impl Into<String>, method: Method) -> Self {
        self.fallback_url = Some(url.into());
        self.fallback_method = Some(method);
        self
    }

    /// Where the call's status events are sent from now on.
    pub fn status_callback(mut self, url: impl Into<String>) -> Self {
        self.status_callback = Some(url.into());
        self
    }

    /// How the status callback is requested.
    pub fn status_callback_method(mut self, method: Method) -> Self {
        self.status_callback_method = Some(method);
        self
    }
}

/// Which calls a list returns (`GET …/Calls.json?…`). Times are RFC 2822
/// (`Fri, 21 Sep 2018 10:00:00 +0000`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CallFilter {
    /// Calls to this address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Calls from this address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Calls created by this call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_call_sid: Option<String>,
    /// Calls in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    /// Calls that started at this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Calls that started before this time.
    #[serde(
        rename = "StartTime<",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time_before: Option<String>,
    /// Calls that started after this time.
    #[serde(
        rename = "StartTime>",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time_after: Option<String>,
    /// Calls that ended at this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Calls that ended before this time.
    #[serde(rename = "EndTime<", default, skip_serializing_if = "Option::is_none")]
    pub end_time_before: Option<String>,
    /// Calls that ended after this time.
    #[serde(rename = "EndTime>", default, skip_serializing_if = "Option::is_none")]
    pub end_time_after: Option<String>,
    /// Items per page (1–1000, SignalWire's default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl CallFilter {
    /// Every call.
    pub fn new() -> Self {
        CallFilter::default()
    }

    /// Calls to `to`.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }

    /// Calls from `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// Calls in `status`.
    pub fn status(mut self, status: CallStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// Calls created by `parent`.
    pub fn parent_call_sid(mut self, parent: impl Into<String>) -> Self {
        self.parent_call_sid = Some(parent.into());
        self
    }

    /// Items per page.
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = Some(size);
        self
    }
}

/// The calls of the project: `client.calls()`.
#[derive(Debug, Clone, Copy)]
pub struct Calls<'c> {
    client: &'c Client,
}

impl Client {
    /// The calls of the project.
    pub fn calls(&self) -> Calls<'_> {
        Calls { client: self }
    }
}

impl Calls<'_> {
    /// Places a call. Never retried (see [`RetryPolicy`](crate::RetryPolicy)).
    pub async fn create(&self, request: &CreateCall) -> Result<Call, Error> {
        self.client
            .post(self.client.path("Calls.json"), request)
            .await
    }

    /// Every call that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &CallFilter) -> Paged<Call> {
        self.client
            .list(with_query(self.client.path("Calls.json"), filter))
    }

    /// The first page of the calls that `filter` selects.
    pub async fn page(&self, filter: &CallFilter) -> Result<Page<Call>, Error> {
        self.client
            .page(with_query(self.client.path("Calls.json"), filter))
            .await
    }

    /// One call.
    pub async fn fetch(&self, sid: &str) -> Result<Call, Error> {
        self.client.get(self.path(sid)).await
    }

    /// Changes a live call.
    pub async fn update(&self, sid: &str, request: &UpdateCall) -> Result<Call, Error> {
        self.client.post(self.path(sid), request).await
    }

    /// Moves a live call to a new document (see [`UpdateCall::redirect`]).
    pub async fn redirect(&self, sid: &str, document: CallDocument) -> Result<Call, Error> {
        self.update(sid, &UpdateCall::redirect(document)).await
    }

    /// Hangs a call up (`Status=completed`).
    pub async fn hang_up(&self, sid: &str) -> Result<Call, Error> {
        self.update(sid, &UpdateCall::hang_up()).await
    }

    /// Deletes a call's record.
    pub async fn delete(&self, sid: &str) -> Result<(), Error> {
        self.client.delete(self.path(sid)).await
    }

    fn path(&self, sid: &str) -> String {
        self.client.path(&format!("Calls/{}.json", segment(sid)))
    }
}
