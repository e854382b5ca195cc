//! A loopback server that answers as SignalWire's Compatibility API does, recording every
//! request; JSON shapes transcribed from SignalWire's OpenAPI document.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use cxml::rest::Credentials;
use futures_util::StreamExt;
use serde_json::{Value, json};

pub const PROJECT: &str = "446e9986-0848-4d46-a617-48793c5f5e07";
pub const TOKEN: &str = "PT3f9c0b5e7d2a41c8b6e0a9d4f1c7e2b5a8d3f6c9e1b4a7d0";
pub const PREFIX: &str = "/api/laml/2010-04-01/Accounts/446e9986-0848-4d46-a617-48793c5f5e07";

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub authorization: Option<String>,
    pub content_type: Option<String>,
    pub body: String,
}

impl Recorded {
    /// The form body (or query) as pairs, in order.
    pub fn form(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.body.as_bytes())
            .into_owned()
            .collect()
    }

    pub fn query_pairs(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.query.as_deref().unwrap_or("").as_bytes())
            .into_owned()
            .collect()
    }

    /// Every value of `key` in the form.
    pub fn field(&self, key: &str) -> Vec<String> {
        self.form()
            .into_iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v)
            .collect()
    }
}

/// What the server answers.
pub enum Reply {
    Json(u16, Value),
    Raw {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: String,
    },
    /// Never answers.
    Hang,
    /// Answers the head and a first piece of body, then stalls.
    Stall,
    NoContent,
}

pub type Responder = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

#[derive(Clone)]
struct ServerState {
    requests: Arc<Mutex<Vec<Recorded>>>,
    count: Arc<AtomicUsize>,
    responder: Arc<Responder>,
}

pub struct Fake {
    pub base: String,
    pub requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Fake {
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    pub fn last(&self) -> Recorded {
        self.requests
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("a request")
    }

    pub fn credentials(&self) -> Credentials {
        Credentials::new(PROJECT, TOKEN, &self.base).unwrap()
    }

    /// A client over the HTTPS transport (plain http to loopback), fast retries.
    #[cfg(feature = "https")]
    pub fn client(&self) -> cxml::rest::Client {
        use std::time::Duration;
        cxml::rest::Client::builder(self.credentials())
            .retry(cxml::rest::RetryPolicy::new(
                3,
                Duration::from_millis(1),
                Duration::from_millis(50),
            ))
            .timeout(Duration::from_secs(5))
            .https()
            .unwrap()
    }
}

async fn handle(State(state): State<ServerState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        authorization: parts
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        content_type: parts
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let nth = state.count.fetch_add(1, Ordering::SeqCst);
    state.requests.lock().unwrap().push(recorded.clone());
    match (state.responder)(&recorded, nth) {
        Reply::Json(status, value) => {
            let mut response =
                (StatusCode::from_u16(status).unwrap(), value.to_string()).into_response();
            response
                .headers_mut()
                .insert("content-type", HeaderValue::from_static("application/json"));
            response
        }
        Reply::Raw {
            status,
            headers,
            body,
        } => {
            let mut response = (StatusCode::from_u16(status).unwrap(), body).into_response();
            for (name, value) in headers {
                response
                    .headers_mut()
                    .insert(name, HeaderValue::from_str(&value).unwrap());
            }
            response
        }
        Reply::Hang => std::future::pending().await,
        Reply::Stall => {
            let first = futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from_static(
                b"{\"sid\":",
            ))]);
            let body = Body::from_stream(first.chain(futures_util::stream::pending()));
            (StatusCode::OK, body).into_response()
        }
        Reply::NoContent => StatusCode::NO_CONTENT.into_response(),
    }
}

/// The router of a fake API answering with `responder`.
pub fn router(
    responder: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
) -> (Router, Arc<Mutex<Vec<Recorded>>>) {
    let requests = Arc::new(Mutex::new(Vec::new()));
    let state = ServerState {
        requests: requests.clone(),
        count: Arc::new(AtomicUsize::new(0)),
        responder: Arc::new(responder),
    };
    (Router::new().fallback(handle).with_state(state), requests)
}

/// A fake API on 127.0.0.1, answering with `responder`.
pub async fn serve(responder: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static) -> Fake {
    let (router, requests) = router(responder);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router).await.unwrap();
    });
    Fake {
        base: format!("http://{address}"),
        requests,
    }
}

/// SignalWire's error body: `{code, message, more_info, status}`.
pub fn error_body(status: u16, code: u32, message: &str) -> Value {
    json!({
        "code": code,
        "message": message,
        "more_info": "https://developer.signalwire.com/compatibility-api/reference/error-codes",
        "status": status,
    })
}

/// A page of `key` items, with links as SignalWire writes them.
pub fn page(resource: &str, key: &str, items: Vec<Value>, page: u32, next: bool) -> Value {
    let size = 2;
    let this = format!("{PREFIX}/{resource}.json?Page={page}&PageSize={size}");
    json!({
        "uri": this,
        "first_page_uri": format!("{PREFIX}/{resource}.json?Page=0&PageSize={size}"),
        "next_page_uri": if next {
            Value::String(format!("{PREFIX}/{resource}.json?Page={}&PageSize={size}&PageToken=PA{}", page + 1, page + 1))
        } else {
            Value::Null
        },
        "previous_page_uri": if page == 0 {
            Value::Null
        } else {
            Value::String(format!("{PREFIX}/{resource}.json?Page={}&PageSize={size}", page - 1))
        },
        "page": page,
        "page_size": size,
        key: items,
    })
}

pub fn call(sid: &str, status: &str) -> Value {
    json!({
        "sid": sid,
        "account_sid": PROJECT,
        "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
        "date_updated": "Wed, 19 Sep 2018 20:00:00 +0000",
        "parent_call_sid": null,
        "to": "+13105678901",
        "formatted_to": "(310) 567-8901",
        "to_formatted": "(310) 567-8901",
        "from": "+13103384645",
        "formatted_from": "(310) 338-4645",
        "from_formatted": "(310) 338-4645",
        "phone_number_sid": "b3877c40-da60-4998-90ad-b792e98472pn",
        "status": status,
        "start_time": "Wed, 19 Sep 2018 20:00:00 +0000",
        "end_time": null,
        "duration": 0,
        "price": null,
        "price_unit": "USD",
        "direction": "outbound-api",
        "answered_by": null,
        "api_version": "2010-04-01",
        "forwarded_from": null,
        "caller_name": null,
        "uri": format!("{PREFIX}/Calls/{sid}"),
        "subresource_uris": {"notifications": null, "recordings": format!("{PREFIX}/Calls/{sid}/Recordings")},
        "annotation": null,
        "group_sid": null,
        "audio_in_mos": 4.4,
        "sip_result_code": "200",
        "audio_rtt_avg": 12,
    })
}

pub fn message(sid: &str, status: &str) -> Value {
    json!({
        "account_sid": PROJECT,
        "api_version": "2010-04-01",
        "body": "Hello World!",
        "num_segments": 1,
        "num_media": 0,
        "date_created": "Tue, 14 Aug 2018 19:37:39 +0000",
        "date_sent": "Tue, 14 Aug 2018 19:37:41 +0000",
        "date_updated": "Tue, 14 Aug 2018 19:37:44 +0000",
        "direction": "outbound-api",
        "error_code": null,
        "error_message": null,
        "from": "+15551234567",
        "price": 0.005,
        "price_unit": "USD",
        "sid": sid,
        "status": status,
        "to": "+15557654321",
        "messaging_service_sid": null,
        "uri": format!("{PREFIX}/Messages/{sid}"),
        "subresource_uris": {"media": format!("{PREFIX}/Messages/{sid}/Media")},
    })
}

pub fn queue(sid: &str) -> Value {
    json!({
        "sid": sid,
        "account_sid": PROJECT,
        "friendly_name": "support",
        "max_size": null,
        "current_size": 2,
        "average_wait_time": 30,
        "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
        "date_updated": "Wed, 19 Sep 2018 20:00:00 +0000",
        "api_version": "2010-04-01",
        "uri": format!("{PREFIX}/Queues/{sid}"),
    })
}

pub fn member(queue: &str, call: &str, position: u32) -> Value {
    json!({
        "call_sid": call,
        "account_sid": PROJECT,
        "queue_sid": queue,
        "date_enqueued": "Wed, 19 Sep 2018 20:00:00 +0000",
        "position": position,
        "wait_time": 30,
        "member_type": "call",
        "uri": format!("{PREFIX}/Queues/{queue}/Members/{call}"),
    })
}

pub fn conference(sid: &str, status: &str) -> Value {
    json!({
        "sid": sid,
        "account_sid": PROJECT,
        "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
        "date_updated": "Wed, 19 Sep 2018 20:00:00 +0000",
        "friendly_name": "standup",
        "status": status,
        "api_version": "2010-04-01",
        "region": "us1",
        "uri": format!("{PREFIX}/Conferences/{sid}"),
        "subresource_uris": {
            "participants": format!("{PREFIX}/Conferences/{sid}/Participants"),
            "recordings": format!("{PREFIX}/Conferences/{sid}/Recordings"),
        },
    })
}

pub fn participant(conference: &str, call: &str, muted: bool, hold: bool) -> Value {
    json!({
        "account_sid": PROJECT,
        "call_sid": call,
        "call_sid_to_coach": null,
        "coaching": false,
        "conference_sid": conference,
        "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
        "status": "in-progress",
        "date_updated": "Wed, 19 Sep 2018 20:00:00 +0000",
        "end_conference_on_exit": false,
        "muted": muted,
        "hold": hold,
        "start_conference_on_enter": true,
        "uri": format!("{PREFIX}/Conferences/{conference}/Participants/{call}"),
    })
}

pub fn recording(sid: &str) -> Value {
    json!({
        "sid": sid,
        "account_sid": PROJECT,
        "api_version": "2010-04-01",
        "call_sid": "b3877c40-da60-4998-90ad-b792e98472ca",
        "conference_sid": null,
        "channel": "1",
        "channels": "1",
        "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
        "date_updated": "Wed, 19 Sep 2018 20:00:00 +0000",
        "start_time": "Wed, 19 Sep 2018 20:00:00 +0000",
        "end_time": "Wed, 19 Sep 2018 20:00:15 +0000",
        "duration": 15,
        "price": "-0.0025",
        "price_unit": "USD",
        "source": "RecordVerb",
        "status": "completed",
        "error_code": null,
        "uri": format!("{PREFIX}/Recordings/{sid}.json"),
        "subresource_uris": {"transcriptions": format!("{PREFIX}/Recordings/{sid}/Transcriptions")},
        "encryption_details": null,
        "trim": "do-not-trim",
    })
}

pub fn fax(sid: &str, status: &str) -> Value {
    json!({
        "account_sid": PROJECT,
        "api_version": "v1",
        "date_created": "2018-09-19T20:00:00Z",
        "date_updated": "2018-09-19T20:00:00Z",
        "direction": "outbound",
        "from": "+13103384645",
        "media_url": "https://example.com/fax.pdf",
        "media_sid": "b3877c40-da60-4998-90ad-b792e98472me",
        "num_pages": null,
        "price": null,
        "price_unit": "USD",
        "quality": "fine",
        "sid": sid,
        "status": status,
        "to": "+13105678901",
        "duration": 0,
        "links": {"media": format!("{PREFIX}/Faxes/{sid}/Media")},
        "url": format!("{PREFIX}/Faxes/{sid}"),
        "error_code": null,
        "error_message": null,
    })
}

pub fn script(sid: &str, name: &str, contents: &str) -> Value {
    json!({
        "sid": sid,
        "date_created": "2018-09-19T20:00:00Z",
        "date_updated": "2018-09-19T20:00:00Z",
        "date_last_accessed": null,
        "account_sid": PROJECT,
        "name": name,
        "contents": contents,
        "request_url": format!("https://example.signalwire.com/laml-bins/{sid}"),
        "num_requests": 0,
        "api_version": "2010-04-01",
        "uri": format!("{PREFIX}/LamlBins/{sid}"),
    })
}

pub fn number(sid: &str, voice_url: Option<&str>) -> Value {
    json!({
        "account_id": PROJECT,
        "account_sid": PROJECT,
        "address_requirements": "none",
        "address_sid": null,
        "api_version": "2010-04-01",
        "beta": false,
        "capabilities": {"voice": true, "sms": true, "mms": true, "fax": true},
        "country_code": "US",
        "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
        "date_updated": "Wed, 19 Sep 2018 20:00:00 +0000",
        "emergency_address_sid": null,
        "emergency_status": "Inactive",
        "friendly_name": "(310) 338-4645",
        "identity_sid": null,
        "origin": "signalwire",
        "phone_number": "+13103384645",
        "sid": sid,
        "sms_application_sid": null,
        "sms_fallback_method": "POST",
        "sms_fallback_url": null,
        "sms_method": "POST",
        "sms_url": null,
        "status_callback": null,
        "status_callback_method": "POST",
        "trunk_sid": null,
        "uri": format!("{PREFIX}/IncomingPhoneNumbers/{sid}"),
        "voice_application_sid": null,
        "voice_caller_id_lookup": null,
        "voice_fallback_method": "POST",
        "voice_fallback_url": null,
        "voice_method": "POST",
        "voice_url": voice_url,
    })
}
