//! Queues and the calls waiting in them.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::document::CallDocument;
use crate::enums::Method;
use crate::error::Error;
use crate::page::{Listed, Page};

/// A queue, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Queue {
    /// The queue's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// Its name (the name `<Enqueue>` uses).
    pub friendly_name: String,
    /// The most calls it holds (`None`: no limit).
    #[serde(deserialize_with = "crate::de::flex_opt")]
    pub max_size: Option<u32>,
    /// The calls waiting now.
    #[serde(deserialize_with = "crate::de::flex")]
    pub current_size: u32,
    /// The average wait, in seconds.
    #[serde(deserialize_with = "crate::de::flex")]
    pub average_wait_time: u32,
    /// When it was created (RFC 2822).
    pub date_created: Option<String>,
    /// When it last changed (RFC 2822).
    pub date_updated: Option<String>,
    /// The API version.
    pub api_version: Option<String>,
    /// The queue's path.
    pub uri: Option<String>,
}

impl Listed for Queue {
    const LIST_KEY: &'static str = "queues";
}

/// A call waiting in a queue.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct QueueMember {
    /// The call's id.
    pub call_sid: String,
    /// The project's id.
    pub account_sid: String,
    /// The queue's id.
    pub queue_sid: String,
    /// When it joined the queue (RFC 2822).
    pub date_enqueued: Option<String>,
    /// Its place, from 1 (the front).
    #[serde(deserialize_with = "crate::de::flex")]
    pub position: u32,
    /// Seconds it has waited.
    #[serde(deserialize_with = "crate::de::flex")]
    pub wait_time: u32,
    /// What kind of member it is.
    pub member_type: Option<String>,
    /// The member's path.
    pub uri: Option<String>,
}

impl Listed for QueueMember {
    const LIST_KEY: &'static str = "queue_members";
}

/// Which member of a queue: the one at the front, or a call by its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MemberRef {
    /// The member at the front of the queue (`Front` in the path).
    Front,
    /// The member that is this call.
    Call(String),
}

impl MemberRef {
    /// The path segment: `Front` or the call's id.
    pub fn as_str(&self) -> &str {
        match self {
            MemberRef::Front => "Front",
            MemberRef::Call(sid) => sid,
        }
    }
}

impl fmt::Display for MemberRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for MemberRef {
    /// `"Front"` is the front of the queue; anything else a call id.
    fn from(text: &str) -> Self {
        if text == "Front" {
            MemberRef::Front
        } else {
            MemberRef::Call(text.to_owned())
        }
    }
}

impl From<String> for MemberRef {
    fn from(text: String) -> Self {
        if text == "Front" {
            MemberRef::Front
        } else {
            MemberRef::Call(text)
        }
    }
}

/// Takes a member out of its queue and sends it to the document at `url`
/// (`POST …/Queues/{sid}/Members/{call}.json`). The spec takes a URL only: no inline document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DequeueMember {
    /// The document the call runs next.
    pub url: String,
    /// How `url` is requested (default `POST`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
}

impl DequeueMember {
    /// Sends the member to the document at `url`.
    pub fn new(url: impl Into<String>) -> Self {
        DequeueMember {
            url: url.into(),
            method: None,
        }
    }

    /// Sends the member to the document at `url`, requested with `method`.
    pub fn with_method(url: impl Into<String>, method: Method) -> Self {
        DequeueMember {
            url: url.into(),
            method: Some(method),
        }
    }
}

impl TryFrom<CallDocument> for DequeueMember {
    type Error = CallDocument;
    /// A URL document; an inline one is given back (dequeue takes a URL only).
    fn try_from(document: CallDocument) -> Result<Self, CallDocument> {
        match document {
            CallDocument::Url { url, method } => Ok(DequeueMember { url, method }),
            inline => Err(inline),
        }
    }
}

/// Creates a queue (`POST …/Queues.json`) or changes one (`POST …/Queues/{sid}.json`).
/// (`<Enqueue>` also creates the queue it names.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct WriteQueue {
    /// The queue's name: letters, digits and `_`, unique among the project's queues.
    pub friendly_name: String,
    /// The most calls it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size: Option<u32>,
}

impl WriteQueue {
    /// A queue named `name`, with SignalWire's default size limit.
    pub fn new(name: impl Into<String>) -> Self {
        WriteQueue {
            friendly_name: name.into(),
            max_size: None,
        }
    }

    /// At most `size` calls wait in it.
    pub fn max_size(mut self, size: u32) -> Self {
        self.max_size = Some(size);
        self
    }
}

/// A page size, the only filter of the queue and member lists.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct PageSize {
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl PageSize {
    /// SignalWire's default page size (50).
    pub fn default_size() -> Self {
        PageSize::default()
    }

    /// `size` items per page.
    pub fn new(size: u32) -> Self {
        PageSize {
            page_size: Some(size),
        }
    }
}

/// The queues of the project: `client.queues()`.
#[derive(Debug, Clone, Copy)]
pub struct Queues<'c> {
    client: &'c Client,
}

impl Client {
    /// The queues of the project.
    pub fn queues(&self) -> Queues<'_> {
        Queues { client: self }
    }
}

impl Queues<'_> {
    /// Every queue, pages requested lazily.
    pub fn list(&self, page_size: &PageSize) -> Paged<Queue> {
        self.client
            .list(with_query(self.client.path("Queues.json"), page_size))
    }

    /// The first page of queues.
    pub async fn page(&self, page_size: &PageSize) -> Result<Page<Queue>, Error> {
        self.client
            .page(with_query(self.client.path("Queues.json"), page_size))
            .await
    }

    /// One queue.
    pub async fn fetch(&self, sid: &str) -> Result<Queue, Error> {
        self.client
            .get(self.client.path(&format!("Queues/{}.json", segment(sid))))
            .await
    }

    /// Creates a queue. Never retried.
    pub async fn create(&self, request: &WriteQueue) -> Result<Queue, Error> {
        self.client
            .post(self.client.path("Queues.json"), request)
            .await
    }

    /// Renames a queue or changes its size limit.
    pub async fn update(&self, sid: &str, request: &WriteQueue) -> Result<Queue, Error> {
        self.client
            .post(
                self.client.path(&format!("Queues/{}.json", segment(sid))),
                request,
            )
            .await
    }

    /// Deletes an empty queue (SignalWire answers 422 while calls wait in it).
    pub async fn delete(&self, sid: &str) -> Result<(), Error> {
        self.client
            .delete(self.client.path(&format!("Queues/{}.json", segment(sid))))
            .await
    }

    /// The calls waiting in a queue, front first, pages requested lazily.
    pub fn members(&self, queue_sid: &str, page_size: &PageSize) -> Paged<QueueMember> {
        self.client
            .list(with_query(self.members_path(queue_sid), page_size))
    }

    /// The first page of the calls waiting in a queue.
    pub async fn members_page(
        &self,
        queue_sid: &str,
        page_size: &PageSize,
    ) -> Result<Page<QueueMember>, Error> {
        self.client
            .page(with_query(self.members_path(queue_sid), page_size))
            .await
    }

    /// One member: [`MemberRef::Front`] or a call id.
    pub async fn member(
        &self,
        queue_sid: &str,
        member: impl Into<MemberRef>,
    ) -> Result<QueueMember, Error> {
        self.client
            .get(self.member_path(queue_sid, &member.into()))
            .await
    }

    /// Takes a member out of the queue to the document of `request`. Never retried.
    pub async fn dequeue(
        &self,
        queue_sid: &str,
        member: impl Into<MemberRef>,
        request: &DequeueMember,
    ) -> Result<QueueMember, Error> {
        self.client
            .post(self.member_path(queue_sid, &member.into()), request)
            .await
    }

    fn members_path(&self, queue_sid: &str) -> String {
        self.client
            .path(&format!("Queues/{}/Members.json", segment(queue_sid)))
    }

    fn member_path(&self, queue_sid: &str, member: &MemberRef) -> String {
        self.client.path(&format!(
            "Queues/{}/Members/{}.json",
            segment(queue_sid),
            segment(member.as_str())
        ))
    }
}
