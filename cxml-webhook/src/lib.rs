//! The webhook side: prove a request came from SignalWire, and read its parameters as Rust types.
//! This is `cxml::webhook` (feature `webhook`, on by default); its crate, `cxml-webhook`, is a
//! part of [`cxml`](https://docs.rs/cxml), the crate to depend on.
//!
//! - [`verify_form`] and [`verify_json`] check the `X-SignalWire-Signature` header (see
//!   [`signature`](self#signatures) below); [`sign_form`] computes one, for tests and local tools.
//! - [`form_pairs`] decodes a form body or query string into the pairs the check wants.
//! - [`params`] (feature `params`) holds typed request parameters for the initial voice, messaging
//!   and fax webhooks and for the callback of every verb with an `action` or status URL;
//!   [`from_form`] and [`from_form_str`] read them from an `application/x-www-form-urlencoded`
//!   body or query string. They are built on serde; the signature check is not, so it costs a
//!   server that only verifies requests well under a second of build time.
//! - Typed parameters and the framework integrations, each behind a feature (off by default; a
//!   framework's feature is named after it):
//!
//! | Feature | What it adds |
//! |---|---|
//! | `params` | typed parameters: `params`, `from_form`, `from_form_str`, `to_form`, `ParamsError` |
//! | `tower` | `VerifySignatureLayer`: checks every request of a tower service (an axum `Router`, a hyper server), answers 403 itself, hands on the verified request with its body read (413 over its body limit) |
//! | `axum` (with `tower` and `params`) | `SignedForm` as an axum extractor; `cxml::Rendered` as an axum response |
//! | `actix` (with `params`) | `SignedForm` as an actix-web extractor; `cxml::Rendered` as an actix-web `Responder` |
//!
//! Both frameworks answer alike: the integrations refuse a request with a `WebhookRejection` (403, 413, 415, 400 or 500, as
//! plain text), and `Rendered` is `200 application/xml`, or `500` when run-time data broke a rule.
//! `WebhookConfig` holds the Signing Key and the public URL they check against. Each of these
//! items says which feature it needs.
//!
//! # Signatures
//!
//! SignalWire signs with the project's **Signing Key** (`PSK_…`, Dashboard → API Credentials →
//! Signing Key), not the API token. Always verify against the URL SignalWire requested (the
//! public URL configured in SignalWire), not one rebuilt from the `Host` your server sees behind
//! a proxy or tunnel.
//!
//! ```
//! # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
//! use cxml::webhook::{self, params::GatherAction};
//!
//! let body = "AccountSid=AC1&CallSid=CA1&From=%2B15551230000&To=%2B15557650000\
//!             &CallStatus=in-progress&Direction=inbound&Digits=1";
//! let url = "https://example.com/menu";
//! let pairs: Vec<(String, String)> = webhook::form_pairs(body.as_bytes()).unwrap();
//! let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
//! let signature = webhook::sign_form("PSK_example", url, &borrowed); // SignalWire's header value
//!
//! assert!(webhook::verify_form("PSK_example", url, &borrowed, &signature));
//! let gather: GatherAction = webhook::from_form_str(body).unwrap();
//! assert_eq!(gather.digits.as_deref(), Some("1"));
//! ```
//!
//! # Security
//!
//! What `VerifySignatureLayer` and `SignedForm` guarantee: a request reaches your handler only
//! when one of the configured Signing Keys signed it, and what the handler can read is what was
//! signed:
//!
//! - A `GET` or `HEAD` is signed over its URL alone, so one that carries a body (by
//!   `Content-Length` or `Transfer-Encoding`, or any body bytes at all behind the layer) is
//!   refused with 400: axum's `Form` reads a `HEAD`'s body, and `Json` and `Bytes` a `GET`'s.
//! - A body is checked as a form only when its `Content-Type` is exactly
//!   `application/x-www-form-urlencoded` (parameters such as `charset` allowed). A type that
//!   merely starts with it (`application/x-www-form-urlencodedx`, a list of types), a second
//!   `Content-Type`, or any `Content-Encoding` is refused with 415, so no form parser reads a
//!   body that was checked by other rules.
//! - A form whose decoded names or values are not UTF-8 is refused (400), rather than decoded
//!   with replacement characters that two different bodies would share.
//! - Any other body must carry the Compatibility `bodySHA256` signature. The SWML/RELAY hex
//!   schemes are off unless `WebhookConfig::accept_swml_signatures` turns them on, and never
//!   apply to a form.
//! - At most four signature headers are looked at, and each MAC is computed once per key and
//!   URL spelling, so junk headers cannot multiply the work of an unauthenticated request.
//! - Several keys can be configured (`WebhookConfig::with_previous_key`), so a Signing Key can
//!   be rotated without downtime.
//!
//! What the signing scheme itself cannot guarantee. A form signature covers the URL followed by
//! the sorted names and values **run together**, with nothing between them. Different forms can
//! run together into the same text: the one parameter `Body` = `hiFrom5` and the two parameters
//! `Body` = `hi`, `From` = `5` both sign as `BodyhiFrom5`. So anyone who holds one signed request, for example a message whose `Body`
//! they wrote, can send your server another split of the same text under the same signature:
//! the signature proves the text came from SignalWire, not where its names end and its values
//! begin. What follows for an application:
//!
//! - Read parameters with `SignedForm` (or behind the layer, axum's `Form`) and typed
//!   parameters from [`params`]: a name given twice is refused, and unknown names are ignored.
//!   Do not parse a signed body a second way of your own (from `Bytes`, with another parser).
//! - A field next to caller-written text (`Body`, `SpeechResult`, `TranscriptionText`, SIP
//!   headers) can be shifted into its neighbours: treat identifiers and numbers read from such a
//!   request as claims to check (look the `MessageSid` or `CallSid` up with the REST API before
//!   acting on something irreversible), not as proof.
//! - Replays are not detected: a signed request stays valid. Make the effects of a webhook
//!   idempotent per `CallSid`/`MessageSid`.
//! - Serve webhooks over HTTPS, so that signed requests are not there to be captured.

// Doc examples are written as users write them, through the facade: `cxml::webhook::…`. The facade
// cannot be a dev-dependency of a crate it depends on (that cycle cannot be published, and the
// unpacked package could not run its tests), so each example starts with a hidden line that gives
// this crate that name; the facade re-exports this crate whole under it, so the paths are the same.
// Examples that need `cxml!` are on the facade's re-exports instead.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "actix")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
mod check;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
mod config;
#[cfg(feature = "params")]
mod form;
#[cfg(feature = "tower")]
mod layer;
mod pairs;
#[cfg(feature = "params")]
#[cfg_attr(docsrs, doc(cfg(feature = "params")))]
pub mod params;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
mod rejection;
mod signature;
#[cfg(any(feature = "axum", feature = "actix"))]
mod signed_form;

#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
pub use config::WebhookConfig;
#[cfg(feature = "params")]
pub use form::{ParamsError, from_form, from_form_str, to_form};
#[cfg(feature = "tower")]
pub use layer::{
    DEFAULT_BODY_LIMIT, ResponseBody, ResponseFuture, VerifySignature, VerifySignatureLayer,
};
pub use pairs::form_pairs;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
pub use rejection::WebhookRejection;
pub use signature::{sign_form, sign_twilio_form, verify_form, verify_json, verify_twilio_form};
#[cfg(any(feature = "axum", feature = "actix"))]
pub use signed_form::SignedForm;
