//! `Responder` for [`Rendered`]: a cXML document answers an actix-web handler directly.

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder};

use crate::Rendered;
use crate::response::{Answer, PLAIN_TEXT, XML};

/// `200 OK` with `Content-Type: application/xml` and the document as the body (actix-web sets its
/// `Content-Length`).
///
/// If run-time data broke a rule ([`Rendered::error`] is `Some`), the answer is instead
/// `500 Internal Server Error` with a plain-text message naming the broken rule: SignalWire never
/// receives invalid cXML.
///
/// Needs the `actix` feature.
#[cfg_attr(docsrs, doc(cfg(feature = "actix")))]
impl Responder for Rendered {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        let (status, content_type, body) = match Answer::of(self) {
            // A static document goes out as the `&'static str` itself, without a copy.
            Answer::Document(std::borrow::Cow::Borrowed(xml)) => {
                (StatusCode::OK, XML, BoxBody::new(xml))
            }
            Answer::Document(std::borrow::Cow::Owned(xml)) => {
                (StatusCode::OK, XML, BoxBody::new(xml))
            }
            Answer::BrokenRule(message) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                PLAIN_TEXT,
                BoxBody::new(message),
            ),
        };
        let mut response = HttpResponse::with_body(status, body);
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Channel;
    use actix_web::body::MessageBody;

    #[test]
    fn a_document_is_application_xml_with_its_length() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>"#;
        let request = actix_web::test::TestRequest::default().to_http_request();
        let response = Rendered::from_static(xml, Channel::Voice).respond_to(&request);
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.headers().get(CONTENT_TYPE).unwrap(),
            "application/xml"
        );
        let body = response.into_body().try_into_bytes().unwrap();
        assert_eq!(body, xml.as_bytes());
    }
}
