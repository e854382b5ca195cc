//! cXML scripts (LaML Bins): documents SignalWire hosts, at a URL of their own.

use serde::{Deserialize, Serialize};

use crate::client::{Client, Paged, segment, with_query};
use crate::document::InlineDocument;
use crate::error::Error;
use crate::page::{Listed, Page};

/// A cXML script, as the API shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Script {
    /// The script's id.
    pub sid: String,
    /// The project's id.
    pub account_sid: String,
    /// Its name.
    pub name: String,
    /// Its document.
    pub contents: String,
    /// The URL SignalWire serves the document at: give it as a call's or a number's URL.
    pub request_url: Option<String>,
    /// How many times it was requested.
    #[serde(deserialize_with = "crate::de::flex")]
    pub num_requests: u64,
    /// When it was created.
    pub date_created: Option<String>,
    /// When it last changed.
    pub date_updated: Option<String>,
    /// When it was last requested.
    pub date_last_accessed: Option<String>,
    /// The API version.
    pub api_version: Option<String>,
    /// The script's path.
    pub uri: Option<String>,
}

impl Listed for Script {
    const LIST_KEY: &'static str = "laml_bins";
}

/// Creates a script (`POST …/LamlBins.json`) or replaces one (`POST …/LamlBins/{sid}.json`):
/// a name and a checked document.
///
/// ```
/// # mod cxml { pub use ::cxml_runtime::parse; pub mod rest { pub use ::cxml_rest::*; } }
/// use cxml::rest::{InlineDocument, WriteScript};
///
/// // With `cxml!`: `InlineDocument::rendered(&cxml! { … })?`.
/// let closed = cxml::parse("<Response><Say>We are closed.</Say><Hangup/></Response>")?;
/// let script = WriteScript::new("closed", InlineDocument::parsed(&closed));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct WriteScript {
    /// The script's name.
    pub name: String,
    /// Its document (SignalWire's default on create: an empty `<Response>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contents: Option<InlineDocument>,
}

impl WriteScript {
    /// A script named `name` holding `contents`.
    pub fn new(name: impl Into<String>, contents: InlineDocument) -> Self {
        WriteScript {
            name: name.into(),
            contents: Some(contents),
        }
    }

    /// A rename only (the update keeps the document).
    pub fn rename(name: impl Into<String>) -> Self {
        WriteScript {
            name: name.into(),
            contents: None,
        }
    }
}

/// Which scripts a list returns.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ScriptFilter {
    /// Scripts of this name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Items per page (1–1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

impl ScriptFilter {
    /// Every script.
    pub fn new() -> Self {
        ScriptFilter::default()
    }

    /// Scripts named `name`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
}

/// The cXML scripts (LaML Bins) of the project: `client.scripts()`.
#[derive(Debug, Clone, Copy)]
pub struct Scripts<'c> {
    client: &'c Client,
}

impl Client {
    /// The cXML scripts (LaML Bins) of the project.
    pub fn scripts(&self) -> Scripts<'_> {
        Scripts { client: self }
    }
}

impl Scripts<'_> {
    /// Creates a script. Never retried.
    pub async fn create(&self, request: &WriteScript) -> Result<Script, Error> {
        self.client
            .post(self.client.path("LamlBins.json"), request)
            .await
    }

    /// Every script that `filter` selects, pages requested lazily.
    pub fn list(&self, filter: &ScriptFilter) -> Paged<Script> {
        self.client
            .list(with_query(self.client.path("LamlBins.json"), filter))
    }

    /// The first page of the scripts that `filter` selects.
    pub async fn page(&self, filter: &ScriptFilter) -> Result<Page<Script>, Error> {
        self.client
            .page(with_query(self.client.path("LamlBins.json"), filter))
            .await
    }

    /// One script.
    pub async fn fetch(&self, sid: &str) -> Result<Script, Error> {
        self.client.get(self.path(sid)).await
    }

    /// Replaces a script's name and document.
    pub async fn update(&self, sid: &str, request: &WriteScript) -> Result<Script, Error> {
        self.client.post(self.path(sid), request).await
    }

    /// Deletes a script.
    pub async fn delete(&self, sid: &str) -> Result<(), Error> {
        self.client.delete(self.path(sid)).await
    }

    fn path(&self, sid: &str) -> String {
        self.client.path(&format!("LamlBins/{}.json", segment(sid)))
    }
}
