//! What every framework's response for a [`Rendered`] says, so that axum and actix-web answer
//! alike.

use crate::{RenderError, Rendered};

/// The content type of a document.
pub(crate) const XML: &str = "application/xml";
/// The content type of the message sent instead of a document that broke a rule.
pub(crate) const PLAIN_TEXT: &str = "text/plain; charset=utf-8";

/// The body of a response: the document, or, when run-time data broke a rule, the message that
/// replaces it (answered 500, so that SignalWire never receives invalid cXML).
pub(crate) enum Answer {
    Document(std::borrow::Cow<'static, str>),
    BrokenRule(String),
}

impl Answer {
    pub(crate) fn of(rendered: Rendered) -> Answer {
        match rendered.error() {
            Some(error) => Answer::BrokenRule(message(error)),
            None => Answer::Document(rendered.into_cow()),
        }
    }
}

fn message(error: &RenderError) -> String {
    format!("the cXML document broke a rule at run time: {error}\n")
}
