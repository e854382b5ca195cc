//! cXML scripts (LaML Bins): the documents the emulator stores, and the transport that serves
//! them at their `request_url` to the simulator itself, without a request over the network
//! (over HTTP, `cxml emulate` would otherwise wait on itself).

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::error::ErrorKind;
use crate::transport::{Answer, Outgoing, Transport};

/// The scripts, and where they are served.
#[derive(Debug)]
pub(crate) struct Store {
    /// Where the emulator is reached: scripts are served at `{public_url}/laml-bins/{sid}`.
    pub public_url: String,
    /// Oldest first.
    pub scripts: Vec<cxml_rest::Script>,
    /// The time written as a script's `date_last_accessed` (the virtual clock when the platform
    /// last started running).
    pub now: String,
}

impl Store {
    /// The sid a URL names, when it is a script URL of this emulator.
    pub fn sid_in<'u>(&self, url: &'u str) -> Option<&'u str> {
        let rest = url
            .strip_prefix(&self.public_url)?
            .strip_prefix("/laml-bins/")?;
        Some(cxml_runtime::schema::url::UriRef::parse(rest).before_query())
    }

    /// The document at `url`, counted as a request of its script: `None` when the URL is not a
    /// script URL of this emulator, `Some(None)` when it names no script.
    pub fn serve(&mut self, url: &str) -> Option<Option<String>> {
        let sid = self.sid_in(url)?.to_owned();
        let now = self.now.clone();
        Some(
            self.scripts
                .iter_mut()
                .find(|script| script.sid == sid)
                .map(|script| {
                    script.num_requests += 1;
                    script.date_last_accessed = Some(now);
                    script.contents.clone()
                }),
        )
    }
}

/// The store, shared between the REST routes and the simulator's transport.
#[derive(Debug, Clone)]
pub(crate) struct Shared(Arc<Mutex<Store>>);

impl Shared {
    pub fn new(public_url: &str) -> Self {
        Shared(Arc::new(Mutex::new(Store {
            public_url: public_url.to_owned(),
            scripts: Vec::new(),
            now: String::new(),
        })))
    }

    pub fn lock(&self) -> MutexGuard<'_, Store> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Answers the requests for a script URL from the store; every other request goes on to the
/// application.
pub(crate) struct ScriptTransport {
    pub inner: Box<dyn Transport>,
    pub store: Shared,
}

impl Transport for ScriptTransport {
    fn send(
        &mut self,
        outgoing: Outgoing,
    ) -> Pin<Box<dyn Future<Output = Result<Answer, ErrorKind>> + Send + '_>> {
        let served = self.store.lock().serve(&outgoing.url);
        match served {
            None => self.inner.send(outgoing),
            Some(document) => Box::pin(async move {
                let (status, body) = match document {
                    Some(xml) => (200, xml.into_bytes()),
                    None => (404, b"cXML script not found".to_vec()),
                };
                Ok(Answer {
                    status,
                    body,
                    location: None,
                    redirected_to: None,
                    set_cookies: Vec::new(),
                })
            }),
        }
    }
}
