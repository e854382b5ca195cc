//! `<Enqueue>` and `<Queue>`: the `action` and `waitUrl` requests of `<Enqueue>`, and the `url`
//! request of `<Dial><Queue>`.

use serde::{Deserialize, Serialize};

use super::{VoiceRequest, de};

string_enum! {
    /// `QueueResult`: why a call left the queue.
    pub enum QueueResult {
        /// Bridged to the dequeuing call.
        Bridged = "bridged",
        /// Being bridged.
        BridgingInProgress = "bridging-in-progress",
        /// An error occurred.
        Error = "error",
        /// The caller hung up.
        Hangup = "hangup",
        /// `<Leave>` took the caller out.
        Leave = "leave",
        /// The call was redirected.
        Redirected = "redirected",
        /// The call was redirected after being bridged.
        RedirectedFromBridged = "redirected-from-bridged",
        /// The queue was full.
        QueueFull = "queue-full",
        /// A system error occurred.
        SystemError = "system-error",
    }
}

/// `<Enqueue action>`: requested when the call leaves the queue; answer with cXML.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EnqueueAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `QueueResult`: how the wait in the queue ended.
    pub queue_result: Option<QueueResult>,
    /// `QueueSid`: only if the call was queued.
    pub queue_sid: Option<String>,
    /// `QueueTime`: seconds in the queue, only if the call was queued.
    #[serde(default, deserialize_with = "de::number")]
    pub queue_time: Option<u32>,
}

/// `<Enqueue waitUrl>`: fetched while the caller waits; answer with cXML using only `Play`, `Say`,
/// `Pause`, `Hangup`, `Redirect`, `Leave` and `Gather`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EnqueueWait {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `QueuePosition`: the caller's position in the queue, from 1.
    #[serde(default, deserialize_with = "de::number")]
    pub queue_position: Option<u32>,
    /// `QueueSid`: the queue's ID.
    pub queue_sid: Option<String>,
    /// `QueueTime`: seconds this caller has waited.
    #[serde(default, deserialize_with = "de::number")]
    pub queue_time: Option<u32>,
    /// `AvgQueueTime`: seconds.
    #[serde(default, deserialize_with = "de::number")]
    pub avg_queue_time: Option<u32>,
    /// `CurrentQueueSize`: how many callers wait in the queue.
    #[serde(default, deserialize_with = "de::number")]
    pub current_queue_size: Option<u32>,
}

/// `<Dial><Queue url>`: fetched for the dequeued caller before the calls are bridged; its
/// `call.call_sid` is the dequeued call.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QueueUrlRequest {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `DequeingCallSid` (spelled so): the call doing the dequeue.
    pub dequeing_call_sid: Option<String>,
    /// `QueueSid`: the queue's ID.
    pub queue_sid: Option<String>,
    /// `QueueTime`: seconds waited.
    #[serde(default, deserialize_with = "de::number")]
    pub queue_time: Option<u32>,
}
