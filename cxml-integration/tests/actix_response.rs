//! `Rendered` as an actix-web `Responder`: cXML with its type and length, or 500 when run-time
//! data broke a rule; the same answers as the axum response (`tests/axum_response.rs`).

use actix_web::body::MessageBody;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, Responder, test::TestRequest};
use cxml::cxml;

fn respond(doc: cxml::Rendered) -> (HttpResponse, String) {
    let response = doc.respond_to(&TestRequest::default().to_http_request());
    let (response, body) = response.into_parts();
    let text = String::from_utf8(body.try_into_bytes().unwrap().to_vec()).unwrap();
    (response.set_body(()).map_into_boxed_body(), text)
}

fn content_type(response: &HttpResponse) -> &str {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .unwrap()
        .to_str()
        .unwrap()
}

#[test]
fn a_valid_document_is_application_xml() {
    let number = "+15551234567";
    let doc = cxml! { Response < Dial < Number({number}) > > };
    let expected = doc.to_string();
    let (response, text) = respond(doc);
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(content_type(&response), "application/xml");
    assert_eq!(text, expected);
}

#[test]
fn a_document_that_broke_a_rule_is_a_500_not_invalid_cxml() {
    let timeout = 100_000;
    let doc = cxml! { Response < Dial(timeout = {timeout}) < Number("+15551234567") > > };
    let error = doc.error().expect("timeout out of range").to_string();
    let (response, text) = respond(doc);
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(content_type(&response).starts_with("text/plain"));
    assert!(text.contains(&error), "{text}");
    assert!(!text.contains("<Response"));
}
