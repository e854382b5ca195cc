//! `Rendered` as an axum response: cXML with its type and length, or 500 when run-time data broke
//! a rule.

use axum::response::IntoResponse;
use cxml::cxml;
use http::{StatusCode, header};
use http_body_util::BodyExt;

async fn body_text(response: axum::response::Response) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn a_valid_document_is_application_xml() {
    let number = "+15551234567";
    let doc = cxml! { Response < Dial < Number({number}) > > };
    let expected = doc.to_string();
    let response = doc.into_response();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/xml");
    assert_eq!(
        response.headers()[header::CONTENT_LENGTH],
        expected.len().to_string().as_str()
    );
    assert_eq!(body_text(response).await, expected);
}

#[tokio::test]
async fn a_document_that_broke_a_rule_is_a_500_not_invalid_cxml() {
    let timeout = 100_000;
    let doc = cxml! { Response < Dial(timeout = {timeout}) < Number("+15551234567") > > };
    let error = doc.error().expect("timeout out of range").to_string();
    let response = doc.into_response();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let text = body_text(response).await;
    assert!(text.contains(&error), "{text}");
    assert!(!text.contains("<Response"));
}
