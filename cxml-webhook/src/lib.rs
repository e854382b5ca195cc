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
//! # mod cxml { pub use cxml_webhook as webhook; }
//! use cxml::webhook::{self, params::GatherAction};
//!
//! let body = "AccountSid=AC1&CallSid=CA1&From=%2B15551230000&To=%2B15557650000\
//!             &CallStatus=in-progress&Direction=inbound&Digits=1";
//! let url = "https://example.com/menu";
//! let pairs: Vec<(String, String)> = webhook::form_pairs(body.as_bytes());
//! let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
//! let signature = webhook::sign_form("PSK_example", url, &borrowed); // SignalWire's header value
//!
//! assert!(webhook::verify_form("PSK_example", url, &borrowed, &signature));
//! let gather: GatherAction = webhook::from_form_str(body).unwrap();
//! assert_eq!(gather.digits.as_deref(), Some("1"));
//! ```

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
mod url;

#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
pub use config::WebhookConfig;
#[cfg(feature = "params")]
pub use form::{ParamsError, from_form, from_form_str, to_form};
#[cfg(feature = "tower")]
pub use layer::{DEFAULT_BODY_LIMIT, ResponseFuture, VerifySignature, VerifySignatureLayer};
pub use pairs::form_pairs;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
pub use rejection::WebhookRejection;
pub use signature::{sign_form, verify_form, verify_json};
#[cfg(any(feature = "axum", feature = "actix"))]
pub use signed_form::SignedForm;
