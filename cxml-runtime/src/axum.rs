//! `IntoResponse` for [`Rendered`]: a cXML document answers an axum handler directly.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

use crate::Rendered;
use crate::response::{Answer, PLAIN_TEXT, XML};

/// `200 OK` with `Content-Type: application/xml`, a `Content-Length` and the document as the body.
///
/// If run-time data broke a rule ([`Rendered::error`] is `Some`), the answer is instead
/// `500 Internal Server Error` with a plain-text message naming the broken rule: SignalWire never
/// receives invalid cXML.
///
/// Needs the `axum` feature.
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl IntoResponse for Rendered {
    fn into_response(self) -> Response {
        match Answer::of(self) {
            // A static document goes out as the `&'static str` itself, without a copy.
            Answer::Document(xml) => respond(StatusCode::OK, XML, xml.len(), Body::from(xml)),
            Answer::BrokenRule(message) => respond(
                StatusCode::INTERNAL_SERVER_ERROR,
                PLAIN_TEXT,
                message.len(),
                Body::from(message),
            ),
        }
    }
}

fn respond(status: StatusCode, content_type: &'static str, length: usize, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Channel;

    #[test]
    fn a_document_is_application_xml_with_its_length() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#;
        let response = Rendered::from_static(xml, Channel::Voice).into_response();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/xml");
        assert_eq!(
            response.headers()[header::CONTENT_LENGTH],
            xml.len().to_string().as_str()
        );
    }
}
