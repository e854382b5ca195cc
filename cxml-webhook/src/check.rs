//! The one check every framework integration runs, on a framework-neutral view of the request:
//! which headers carry a signature, which scheme a request is signed with, and that a handler can
//! read nothing the signature did not cover.

use crate::signature::{
    Candidates, MAX_CANDIDATES, body_sha256_matches, form_matches, form_matches_in, swml_matches,
};
use crate::{WebhookConfig, WebhookRejection, form_pairs};

/// The headers a signature may come in, lowercase: SignalWire's name, the Twilio alias its SDKs
/// accept, and the SHA-256 header of SWML call requests.
pub(crate) const SIGNATURE_HEADERS: [&str; 3] = [
    "x-signalwire-signature",
    "x-twilio-signature",
    "x-signalwire-sha256-signature",
];

/// Twilio's signature header, lowercase.
const TWILIO_HEADER: &str = "x-twilio-signature";

/// The form content type, lowercase.
const FORM: &str = "application/x-www-form-urlencoded";

/// What a request's headers say about its body, as far as the check is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyType {
    /// `application/x-www-form-urlencoded` (parameters such as `charset` allowed): checked as a
    /// form.
    Form,
    /// Any other type, or none: checked with the body schemes (`bodySHA256`, SWML).
    Other,
    /// A type a form parser may take for a form although it is not exactly the form type
    /// (`application/x-www-form-urlencodedx`, a list of types), a `Content-Type` given twice, or
    /// a `Content-Encoding`: what the check reads and what a handler reads could differ, so the
    /// request is refused.
    Ambiguous,
}

/// What the check needs from a request, copied out of the framework's own request type (a few
/// short strings, so that the request itself can go on to the body reader).
pub(crate) struct RequestView {
    /// `GET` or `HEAD`: the parameters are in the query string, the signature covers the URL alone.
    pub(crate) is_query: bool,
    /// Whether the headers announce a body (`Content-Length` other than 0, or any
    /// `Transfer-Encoding`).
    pub(crate) declares_body: bool,
    /// How the body is to be checked.
    pub(crate) body_type: BodyType,
    /// The path and query string as received (`/` when absent).
    pub(crate) path_and_query: String,
    /// The non-empty values of the [`SIGNATURE_HEADERS`], in that order, at most
    /// [`MAX_CANDIDATES`] of them.
    pub(crate) signatures: Vec<String>,
    /// For each of [`signatures`](Self::signatures): whether it came in `X-Twilio-Signature`,
    /// the only header a [Twilio configuration](WebhookConfig::twilio) reads.
    pub(crate) from_twilio_header: Vec<bool>,
}

/// The headers of a request, as each framework can give them: every value of a header, asked for
/// by its lowercase name (`None` for a value that is not text).
pub(crate) trait HeaderSource {
    /// The values of header `name`, in order.
    fn values(&self, name: &'static str) -> impl Iterator<Item = Option<&str>>;
}

impl RequestView {
    /// The view of a request from what every framework can say about it: whether it is a `GET`
    /// or `HEAD`, its path and query (`None`: `/`), and its headers.
    pub(crate) fn new(
        is_query: bool,
        path_and_query: Option<&str>,
        headers: &impl HeaderSource,
    ) -> RequestView {
        let declares_body = headers.values("transfer-encoding").next().is_some()
            || headers
                .values("content-length")
                .any(|value| value.is_none_or(|length| length.trim().parse::<u64>() != Ok(0)));
        let (signatures, from_twilio_header) = SIGNATURE_HEADERS
            .into_iter()
            .flat_map(|name| headers.values(name).map(move |value| (name, value)))
            .filter_map(|(name, value)| value.map(|value| (name, value)))
            .filter(|(_, value)| !value.is_empty())
            .take(MAX_CANDIDATES)
            .map(|(name, value)| (value.to_owned(), name == TWILIO_HEADER))
            .unzip();
        RequestView {
            is_query,
            declares_body,
            body_type: body_type(headers),
            path_and_query: path_and_query.unwrap_or("/").to_owned(),
            signatures,
            from_twilio_header,
        }
    }

    /// The view of an `http` request (axum, tower).
    #[cfg(any(feature = "axum", feature = "tower"))]
    pub(crate) fn from_http<B>(request: &http::Request<B>) -> RequestView {
        let method = request.method();
        RequestView::new(
            method == http::Method::GET || method == http::Method::HEAD,
            request.uri().path_and_query().map(|pq| pq.as_str()),
            request.headers(),
        )
    }

    /// Whether the body is checked as a form.
    pub(crate) fn is_form(&self) -> bool {
        self.body_type == BodyType::Form
    }

    /// Checks the signature: over the URL for `GET`/`HEAD` (whose body must be empty), over the
    /// URL and the form parameters for a form body, and with the body schemes (`bodySHA256`, and
    /// SWML where the configuration accepts it) for any other body.
    pub(crate) fn verify(
        &self,
        config: &WebhookConfig,
        body: &[u8],
    ) -> Result<(), WebhookRejection> {
        self.precheck()?;
        if self.is_query && !body.is_empty() {
            return Err(WebhookRejection::UnsignedBody);
        }
        let url = config.url_for(&self.path_and_query);
        let keys: Vec<&str> = config.signing_keys().collect();
        let signatures = self
            .signatures
            .iter()
            .zip(&self.from_twilio_header)
            .filter(|(_, from_twilio)| !config.is_twilio() || **from_twilio)
            .map(|(signature, _)| signature.as_str());
        if config.is_twilio() && signatures.clone().next().is_none() {
            return Err(WebhookRejection::MissingSignature);
        }
        let candidates = Candidates::parse(signatures);
        let valid = if self.is_query {
            form_matches(&keys, &url, &[], candidates.base64_sha1())
        } else if self.is_form() {
            let owned = form_pairs(body).ok_or(WebhookRejection::MalformedForm)?;
            let pairs: Vec<(&str, &str)> = owned
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str()))
                .collect();
            form_matches_in(
                config.is_twilio(),
                &keys,
                &url,
                &pairs,
                candidates.base64_sha1(),
            )
        } else {
            body_sha256_matches(&keys, &url, body, &candidates)
                | (config.swml_signatures()
                    && !config.is_twilio()
                    && swml_matches(&keys, &url, body, &candidates))
        };
        if valid {
            Ok(())
        } else {
            Err(WebhookRejection::InvalidSignature)
        }
    }

    /// What can be refused before reading anything: no signature, a body on a `GET` or `HEAD`,
    /// an ambiguous content type.
    pub(crate) fn precheck(&self) -> Result<(), WebhookRejection> {
        if self.signatures.is_empty() {
            return Err(WebhookRejection::MissingSignature);
        }
        if self.is_query && self.declares_body {
            return Err(WebhookRejection::UnsignedBody);
        }
        if !self.is_query && self.body_type == BodyType::Ambiguous {
            return Err(WebhookRejection::AmbiguousContentType);
        }
        Ok(())
    }
}

/// How the body of a request with these headers is checked.
fn body_type(headers: &impl HeaderSource) -> BodyType {
    if headers.values("content-encoding").next().is_some() {
        return BodyType::Ambiguous;
    }
    let mut types = headers.values("content-type");
    let Some(first) = types.next() else {
        return BodyType::Other;
    };
    if types.next().is_some() {
        return BodyType::Ambiguous;
    }
    let Some(value) = first else {
        return BodyType::Ambiguous;
    };
    let essence = value.split(';').next().unwrap_or_default().trim();
    if essence.eq_ignore_ascii_case(FORM) {
        BodyType::Form
    } else if starts_with_ignoring_case(value.trim_start(), FORM)
        || starts_with_ignoring_case(essence, FORM)
    {
        // axum's `Form` takes any type that starts with the form type.
        BodyType::Ambiguous
    } else {
        BodyType::Other
    }
}

fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(any(feature = "axum", feature = "tower"))]
impl HeaderSource for http::HeaderMap {
    fn values(&self, name: &'static str) -> impl Iterator<Item = Option<&str>> {
        self.get_all(name).iter().map(|value| value.to_str().ok())
    }
}

/// The mark [`VerifySignatureLayer`](crate::VerifySignatureLayer) leaves in a request's
/// extensions once its signature is checked. Only this crate can make one, so a handler's
/// extractor can trust it.
#[cfg(feature = "tower")]
#[derive(Debug, Clone, Copy)]
pub(crate) struct Verified;

#[cfg(test)]
mod tests {
    use super::*;

    struct Headers(Vec<(&'static str, &'static str)>);

    impl HeaderSource for Headers {
        fn values(&self, name: &'static str) -> impl Iterator<Item = Option<&str>> {
            self.0
                .iter()
                .filter(move |(n, _)| *n == name)
                .map(|(_, value)| Some(*value))
        }
    }

    fn type_of(headers: &[(&'static str, &'static str)]) -> BodyType {
        body_type(&Headers(headers.to_vec()))
    }

    #[test]
    fn only_the_form_type_itself_is_a_form() {
        for value in [
            "application/x-www-form-urlencoded",
            "Application/X-WWW-Form-Urlencoded",
            "application/x-www-form-urlencoded; charset=utf-8",
            " application/x-www-form-urlencoded ;charset=UTF-8",
        ] {
            assert_eq!(
                type_of(&[("content-type", value)]),
                BodyType::Form,
                "{value}"
            );
        }
        for value in [
            "application/x-www-form-urlencodedx",
            "application/x-www-form-urlencoded,application/json",
            "application/x-www-form-urlencoded/json",
            "APPLICATION/X-WWW-FORM-URLENCODEDX; charset=utf-8",
        ] {
            assert_eq!(
                type_of(&[("content-type", value)]),
                BodyType::Ambiguous,
                "{value}"
            );
        }
        for value in [
            "application/json",
            "text/plain",
            "application/x-www-form",
            "",
        ] {
            assert_eq!(
                type_of(&[("content-type", value)]),
                BodyType::Other,
                "{value}"
            );
        }
        assert_eq!(type_of(&[]), BodyType::Other);
    }

    #[test]
    fn two_content_types_or_an_encoding_are_ambiguous() {
        assert_eq!(
            type_of(&[
                ("content-type", "application/json"),
                ("content-type", "application/x-www-form-urlencoded"),
            ]),
            BodyType::Ambiguous
        );
        assert_eq!(
            type_of(&[
                ("content-type", "application/x-www-form-urlencoded"),
                ("content-encoding", "gzip"),
            ]),
            BodyType::Ambiguous
        );
    }

    #[test]
    fn signatures_beyond_the_cap_are_not_kept() {
        let mut headers = vec![("x-signalwire-signature", "junk"); 100];
        headers.push(("x-twilio-signature", "late"));
        let view = RequestView::new(false, Some("/"), &Headers(headers));
        assert_eq!(view.signatures.len(), MAX_CANDIDATES);
        assert!(view.signatures.iter().all(|value| value == "junk"));
    }

    #[test]
    fn a_body_is_declared_by_length_or_transfer_encoding() {
        let declares = |headers: &[(&'static str, &'static str)]| {
            RequestView::new(true, None, &Headers(headers.to_vec())).declares_body
        };
        assert!(!declares(&[]));
        assert!(!declares(&[("content-length", "0")]));
        assert!(declares(&[("content-length", "5")]));
        assert!(declares(&[("content-length", "not a number")]));
        assert!(declares(&[("transfer-encoding", "chunked")]));
    }

    /// A Twilio configuration reads `X-Twilio-Signature` only, with Twilio's order of repeated
    /// parameters; SignalWire's reads both headers, as before.
    #[test]
    fn twilio_configuration_reads_its_own_header_and_order() {
        let body = b"Digits=5678&Digits=1234&Sid=CA1";
        let url = "https://ivr.example.com/voice";
        let twilio_sig = crate::sign_twilio_form(
            "token",
            url,
            &[("Digits", "5678"), ("Digits", "1234"), ("Sid", "CA1")],
        );
        let signalwire_sig = crate::sign_form(
            "token",
            url,
            &[("Digits", "5678"), ("Digits", "1234"), ("Sid", "CA1")],
        );
        assert_ne!(twilio_sig, signalwire_sig);
        let leak = |value: String| -> &'static str { Box::leak(value.into_boxed_str()) };
        let view = |header: &'static str, signature: &str| {
            RequestView::new(
                false,
                Some("/voice"),
                &Headers(vec![
                    ("content-type", "application/x-www-form-urlencoded"),
                    (header, leak(signature.to_string())),
                ]),
            )
        };
        let twilio = WebhookConfig::twilio("token", "https://ivr.example.com");
        let signalwire = WebhookConfig::new("token", "https://ivr.example.com");
        assert!(
            view("x-twilio-signature", &twilio_sig)
                .verify(&twilio, body)
                .is_ok()
        );
        assert!(matches!(
            view("x-signalwire-signature", &twilio_sig).verify(&twilio, body),
            Err(WebhookRejection::MissingSignature)
        ));
        assert!(matches!(
            view("x-twilio-signature", &signalwire_sig).verify(&twilio, body),
            Err(WebhookRejection::InvalidSignature)
        ));
        assert!(
            view("x-twilio-signature", &signalwire_sig)
                .verify(&signalwire, body)
                .is_ok()
        );
        assert!(
            view("x-signalwire-signature", &signalwire_sig)
                .verify(&signalwire, body)
                .is_ok()
        );
    }
}
