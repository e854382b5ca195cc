//! Answers as SignalWire writes them: JSON bodies, list pages, error bodies.

use std::time::Duration;

use bytes::Bytes;
use cxml_rest::{ErrorBody, Listed, Page};
use http_body_util::Full;
use serde::Serialize;

use crate::clock::Clock;

/// The prefix of every path the API answers with.
pub(crate) const API_PREFIX: &str = "/api/laml/2010-04-01";

/// The items on a page when the request does not say (SignalWire's default).
const DEFAULT_PAGE_SIZE: usize = 50;
/// The most items a page holds.
const MAX_PAGE_SIZE: usize = 1000;

/// A JSON answer.
pub(crate) fn answer<T: Serialize>(status: u16, body: &T) -> http::Response<Full<Bytes>> {
    match serde_json::to_vec(body) {
        Ok(bytes) => respond(status, bytes),
        Err(error) => error_body(
            500,
            20500,
            format!("the answer could not be written: {error}"),
        ),
    }
}

fn respond(status: u16, bytes: Vec<u8>) -> http::Response<Full<Bytes>> {
    let mut response = http::Response::new(Full::new(Bytes::from(bytes)));
    *response.status_mut() =
        http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

fn error_body(status: u16, code: u32, message: String) -> http::Response<Full<Bytes>> {
    let body = ErrorBody::new(status, code, message);
    respond(status, serde_json::to_vec(&body).unwrap_or_default())
}

/// SignalWire's error JSON: `{"code", "message", "more_info", "status"}`.
pub(crate) fn error(
    status: u16,
    code: u32,
    message: impl Into<String>,
) -> http::Response<Full<Bytes>> {
    error_body(status, code, message.into())
}

/// The 404 SignalWire answers for a path it does not know or a sid it does not have.
pub(crate) fn not_found(path: &str) -> http::Response<Full<Bytes>> {
    error(
        404,
        20404,
        format!("The requested resource {path} was not found"),
    )
}

/// A recording's audio: a WAV file of no samples (the simulator records no sound).
pub(crate) fn silent_wav() -> http::Response<Full<Bytes>> {
    let mut wav = Vec::with_capacity(44);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&36u32.to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&8000u32.to_le_bytes());
    wav.extend_from_slice(&16000u32.to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&0u32.to_le_bytes());
    let mut response = http::Response::new(Full::new(Bytes::from(wav)));
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("audio/wav"),
    );
    response
}

/// A 204 with no body (a delete).
pub(crate) fn no_content() -> http::Response<Full<Bytes>> {
    let mut response = http::Response::new(Full::new(Bytes::new()));
    *response.status_mut() = http::StatusCode::NO_CONTENT;
    response
}

/// A time on the virtual clock, as the API writes dates (RFC 2822).
pub(crate) fn date(at: Duration) -> String {
    let mut clock = Clock::default();
    clock.advance(at);
    clock.rfc2822()
}

/// One page of `items`, as the query asks (`Page`, `PageSize`), with its links under
/// [`API_PREFIX`]: `path` is the list's path from the account on (`/Accounts/…/Calls.json`),
/// `filters` the query pairs kept in every link.
pub(crate) fn page<T: Listed>(items: Vec<T>, path: &str, query: &[(String, String)]) -> Page<T> {
    let number = |name: &str| {
        query
            .iter()
            .find(|(key, _)| key == name)
            .and_then(|(_, value)| value.parse::<usize>().ok())
    };
    let size = number("PageSize")
        .unwrap_or(DEFAULT_PAGE_SIZE)
        .clamp(1, MAX_PAGE_SIZE);
    let index = number("Page").unwrap_or(0);
    let filters: Vec<(String, String)> = query
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "Page" | "PageSize" | "PageToken"))
        .cloned()
        .collect();
    let link = |page: usize| {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        serializer.extend_pairs(&filters);
        serializer.append_pair("Page", &page.to_string());
        serializer.append_pair("PageSize", &size.to_string());
        format!("{API_PREFIX}{path}?{}", serializer.finish())
    };
    let total = items.len();
    let start = index.saturating_mul(size).min(total);
    let end = start.saturating_add(size).min(total);
    let mut page = Page::new(items.into_iter().skip(start).take(end - start).collect());
    page.uri = Some(link(index));
    page.first_page_uri = Some(link(0));
    page.next_page_uri = (end < total).then(|| link(index + 1));
    page.previous_page_uri = (index > 0).then(|| link(index - 1));
    page.page = u32::try_from(index).ok();
    page.page_size = u32::try_from(size).ok();
    page
}

/// A time on the virtual clock, as the fax API writes dates (ISO 8601).
pub(crate) fn iso_date(at: Duration) -> String {
    let mut clock = Clock::default();
    clock.advance(at);
    clock.iso8601()
}
