//! Applications for the simulator's tests: routers that answer fixed documents.

#![allow(dead_code)]

use axum::Router;
use axum::routing::any;

/// A router answering each path with its document, whatever the method.
pub fn fixed(routes: &[(&'static str, &'static str)]) -> Router {
    let mut router = Router::new();
    for (path, document) in routes {
        let document: &'static str = document;
        router = router.route(path, any(move || async move { document }));
    }
    router
}

/// The request parameters a transcript recorded for `path`, the `n`th time (from 0).
pub fn param<'a>(
    transcript: &'a cxml_testing::Transcript,
    path: &str,
    n: usize,
    name: &str,
) -> Option<&'a str> {
    transcript
        .requests_to(path)
        .nth(n)
        .and_then(|request| request.params.get(name))
}
