//! Request signatures: proof that a webhook request came from SignalWire.
//!
//! SignalWire signs every cXML (Compatibility API) request with the project's **Signing Key**
//! (`PSK_…`, Dashboard → API Credentials; not the API token) and sends the signature in the
//! `X-SignalWire-Signature` header (SDKs also accept `X-Twilio-Signature`):
//!
//! - **Form POST or GET** ([`verify_form`]): base64 of HMAC-SHA1 over the URL SignalWire requested
//!   followed by every decoded form parameter, sorted by name (bytewise, stable: a repeated name
//!   keeps its values in submission order), each as `name` then `value` with no separator. For GET
//!   the parameters are already in the URL's query string and nothing is appended.
//! - **Non-form body** ([`verify_json`]): the URL carries `bodySHA256=<hex sha256 of the body>`;
//!   the base64 HMAC-SHA1 covers the URL alone and the body must hash to that value. The same
//!   function also accepts the SWML/RELAY spellings (lowercase hex HMAC-SHA1 or HMAC-SHA256 over
//!   the URL immediately followed by the raw body).
//!
//! Because SignalWire is not consistent about default ports in the signed URL, the base64 schemes
//! are also checked with the URL's port removed (any port) or, when it has none, with the default
//! port (`:443`/`:80`) added. Comparisons are constant-time; any malformed input is `false`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use subtle::ConstantTimeEq;

use cxml_schema::url::{port_variants, query_param};

/// Length of a base64 (standard alphabet, padded) HMAC-SHA1: 20 bytes → 28 characters.
const BASE64_SHA1_LEN: usize = 28;
/// Length of a lowercase hex HMAC-SHA1.
const HEX_SHA1_LEN: usize = 40;
/// Length of a lowercase hex HMAC-SHA256 (and of a hex SHA-256 body hash).
const HEX_SHA256_LEN: usize = 64;

/// Checks the signature of a cXML webhook sent as a form POST or as a GET.
///
/// - `signing_key`: the project's Signing Key (`PSK_…`). An empty key never validates.
/// - `url`: the URL exactly as SignalWire requested it (as configured in SignalWire, or the public
///   URL behind your proxy), with its query string byte for byte: not the URL your server rebuilds
///   from `Host` behind a TLS terminator or tunnel.
/// - `params`: the **decoded** form parameters of a POST body in submission order (repeated names
///   allowed); empty for a GET, whose parameters are part of `url`.
/// - `signature`: the `X-SignalWire-Signature` (or `X-Twilio-Signature`) header value.
///
/// Returns `true` only if the signature matches the URL as given or one of its port variants.
/// Garbage of any kind (empty, wrong length, not base64) is `false`; this never panics.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::verify_form;
///
/// let params = [
///     ("CallSid", "CA1234567890ABCDE"),
///     ("Caller", "+14158675309"),
///     ("Digits", "1234"),
///     ("From", "+14158675309"),
///     ("To", "+18005551212"),
/// ];
/// let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
/// assert!(verify_form("12345", url, &params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
/// assert!(!verify_form("12345", url, &params[..4], "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
/// assert!(!verify_form("12345", url, &params, "not a signature"));
/// ```
pub fn verify_form(signing_key: &str, url: &str, params: &[(&str, &str)], signature: &str) -> bool {
    decode_base64_sha1(signature)
        .is_some_and(|expected| form_matches(&[signing_key], url, params, &[expected]))
}

/// Checks the signature of a webhook whose body is not a form (JSON).
///
/// - `signing_key`: the project's Signing Key. An empty key never validates.
/// - `url`: the URL exactly as SignalWire requested it (see [`verify_form`]).
/// - `body`: the raw body bytes exactly as received (re-serialising parsed JSON breaks the check).
/// - `signature`: the `X-SignalWire-Signature` header value (or, for SWML call requests, the
///   `X-SignalWire-SHA256-Signature` value).
///
/// The signature's spelling selects the scheme:
///
/// - 28 base64 characters: the Compatibility `bodySHA256` scheme. The URL must carry a
///   `bodySHA256` query parameter equal to the lowercase hex SHA-256 of `body`, and the HMAC-SHA1
///   covers the URL alone (port variants as for [`verify_form`]). Both must match.
/// - 40 lowercase hex characters: SWML/RELAY HMAC-SHA1 over `url` immediately followed by `body`.
/// - 64 lowercase hex characters: SWML call HMAC-SHA256 over `url` followed by `body`.
///
/// The SWML schemes use the URL as given, without port variants. Anything else is `false`; this
/// never panics.
///
/// The hex HMAC-SHA1 scheme hashes the same bytes as a form signature over the same URL does, so
/// call this only for requests that SignalWire sends as JSON: never decide by a `Content-Type`
/// alone that a request which may be a form is checked here. The integrations accept the SWML
/// schemes only where [`WebhookConfig::accept_swml_signatures`](crate::WebhookConfig::accept_swml_signatures)
/// turns them on.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::verify_json;
///
/// let url = "https://example.ngrok.io/webhook?bodySHA256=\
///            69f3cbfc18e386ef8236cb7008cd5a54b7fed637a8cb3373b5a1591d7f0fd5f4";
/// let key = "PSKtest1234567890abcdef";
/// assert!(verify_json(key, url, br#"{"event":"call.state"}"#, "dfO9ek8mxyFtn2nMz24plPmPfIY="));
/// // Same URL and signature, another body: the body hash no longer matches.
/// assert!(!verify_json(key, url, b"{}", "dfO9ek8mxyFtn2nMz24plPmPfIY="));
/// ```
pub fn verify_json(signing_key: &str, url: &str, body: &[u8], signature: &str) -> bool {
    let candidates = Candidates::parse([signature]);
    let keys = [signing_key];
    body_sha256_matches(&keys, url, body, &candidates) | swml_matches(&keys, url, body, &candidates)
}

/// How many signature header values a request may bring that are looked at; the rest are
/// ignored. SignalWire sends one (a Twilio-style SDK may add its alias), so a handful is plenty,
/// and the cost of checking a request stays bounded whatever it carries.
pub(crate) const MAX_CANDIDATES: usize = 4;

/// The signatures a request brings, decoded once and sorted by scheme, so that each MAC is
/// computed once and compared with all of them. Values of no known spelling are dropped.
#[derive(Default)]
pub(crate) struct Candidates {
    /// 28-character base64 HMAC-SHA1: forms, GETs and `bodySHA256`.
    base64_sha1: Vec<[u8; 20]>,
    /// 40-character lowercase hex HMAC-SHA1 over URL and body (SWML/RELAY).
    hex_sha1: Vec<[u8; 20]>,
    /// 64-character lowercase hex HMAC-SHA256 over URL and body (SWML calls).
    hex_sha256: Vec<[u8; 32]>,
}

impl Candidates {
    /// Decodes the first [`MAX_CANDIDATES`] of `signatures`.
    pub(crate) fn parse<'a>(signatures: impl IntoIterator<Item = &'a str>) -> Candidates {
        let mut candidates = Candidates::default();
        for signature in signatures.into_iter().take(MAX_CANDIDATES) {
            match signature.len() {
                BASE64_SHA1_LEN => candidates.base64_sha1.extend(decode_base64_sha1(signature)),
                HEX_SHA1_LEN => candidates
                    .hex_sha1
                    .extend(decode_lower_hex::<20>(signature)),
                HEX_SHA256_LEN => candidates
                    .hex_sha256
                    .extend(decode_lower_hex::<32>(signature)),
                _ => {}
            }
        }
        candidates
    }

    /// The base64 HMAC-SHA1 candidates.
    #[cfg(any(feature = "axum", feature = "tower", feature = "actix"))]
    pub(crate) fn base64_sha1(&self) -> &[[u8; 20]] {
        &self.base64_sha1
    }
}

/// Whether any of `candidates` is the form signature of `url` and `params` under any of `keys`
/// (empty keys skipped), for the URL as given or its other port spelling. The parameters are
/// sorted and each message hashed once per key, however many candidates there are.
pub(crate) fn form_matches(
    keys: &[&str],
    url: &str,
    params: &[(&str, &str)],
    candidates: &[[u8; 20]],
) -> bool {
    form_matches_in(false, keys, url, params, candidates)
}

/// [`form_matches`], with Twilio's order of parameters when `twilio` is set (see
/// [`sign_twilio_form`]).
pub(crate) fn form_matches_in(
    twilio: bool,
    keys: &[&str],
    url: &str,
    params: &[(&str, &str)],
    candidates: &[[u8; 20]],
) -> bool {
    if candidates.is_empty() {
        return false;
    }
    let sorted = if twilio {
        twilio_sorted_params(params)
    } else {
        sorted_params(params)
    };
    let mut valid = false;
    // Every variant and key is computed, so the time taken does not tell which one matched.
    for variant in port_variants(url) {
        let message = form_message(&variant, &sorted);
        for key in keys.iter().filter(|key| !key.is_empty()) {
            valid |= any_same(
                &hmac_sha1_compact::HMAC::mac(&message, key.as_bytes()),
                candidates,
            );
        }
    }
    valid
}

/// The Compatibility `bodySHA256` scheme: the URL's `bodySHA256` is the body's hash, and a base64
/// candidate signs the URL alone.
pub(crate) fn body_sha256_matches(
    keys: &[&str],
    url: &str,
    body: &[u8],
    candidates: &Candidates,
) -> bool {
    if candidates.base64_sha1.is_empty() {
        return false;
    }
    let Some(claimed) = query_param(url, "bodySHA256") else {
        return false;
    };
    let actual = lower_hex(&hmac_sha256::Hash::hash(body));
    let body_ok =
        claimed.len() == actual.len() && bool::from(claimed.as_bytes().ct_eq(actual.as_bytes()));
    // The URL (which includes bodySHA256) is checked even when the body does not match, so both
    // halves always cost the same.
    let url_ok = form_matches(keys, url, &[], &candidates.base64_sha1);
    body_ok & url_ok
}

/// The SWML/RELAY schemes: a hex HMAC-SHA1 or HMAC-SHA256 over `url` followed by `body`, without
/// port variants.
pub(crate) fn swml_matches(keys: &[&str], url: &str, body: &[u8], candidates: &Candidates) -> bool {
    let mut valid = false;
    for key in keys.iter().filter(|key| !key.is_empty()) {
        if !candidates.hex_sha1.is_empty() {
            valid |= any_same(&sha1_mac_over(key, url, body), &candidates.hex_sha1);
        }
        if !candidates.hex_sha256.is_empty() {
            valid |= any_same(&sha256_mac_over(key, url, body), &candidates.hex_sha256);
        }
    }
    valid
}

/// Computes the `X-SignalWire-Signature` value SignalWire would send for a form POST (or, with no
/// `params`, a GET) to `url`: what [`verify_form`] accepts. Meant for tests and local tools such as
/// signing a `curl` request.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{sign_form, verify_form};
///
/// let params = [("CallSid", "CA1"), ("Digits", "1")];
/// let signature = sign_form("PSK_local", "http://127.0.0.1:3000/menu", &params);
/// assert_eq!(signature.len(), 28);
/// assert!(verify_form("PSK_local", "http://127.0.0.1:3000/menu", &params, &signature));
/// ```
pub fn sign_form(signing_key: &str, url: &str, params: &[(&str, &str)]) -> String {
    STANDARD.encode(form_mac(signing_key, url, &sorted_params(params)))
}

/// Computes the `X-Twilio-Signature` value Twilio would send for a form POST (or, with no
/// `params`, a GET) to `url`, signed with the account's Auth Token: what [`verify_twilio_form`]
/// accepts.
///
/// Twilio's scheme is SignalWire's but for one thing: a name sent more than once signs its
/// values sorted and without repeats (`Digits=5678&Digits=1234&Digits=1234` signs as
/// `Digits1234Digits5678`), as Twilio's helper libraries compute it; [`sign_form`] keeps them in
/// submission order. With one value per name, as Twilio's own webhooks send, both agree.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// use cxml::webhook::{sign_twilio_form, verify_twilio_form};
///
/// // twilio-python's own test vector.
/// let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
/// let params = [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"),
///               ("Digits", "1234"), ("Digits", "1234")];
/// assert_eq!(sign_twilio_form("12345", url, &params), "IK+Dwps556ElfBT0I3Rgjkr1wJU=");
/// assert!(verify_twilio_form("12345", url, &params, "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
/// ```
pub fn sign_twilio_form(auth_token: &str, url: &str, params: &[(&str, &str)]) -> String {
    STANDARD.encode(form_mac(auth_token, url, &twilio_sorted_params(params)))
}

/// Checks an `X-Twilio-Signature` of a form POST or GET, with the account's Auth Token:
/// [`verify_form`] with Twilio's order of repeated parameters (see [`sign_twilio_form`]), and
/// the same port variants.
pub fn verify_twilio_form(
    auth_token: &str,
    url: &str,
    params: &[(&str, &str)],
    signature: &str,
) -> bool {
    decode_base64_sha1(signature)
        .is_some_and(|expected| form_matches_in(true, &[auth_token], url, params, &[expected]))
}

/// The parameters as Twilio signs them: sorted by name, then by value, each pair once.
fn twilio_sorted_params<'a>(params: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut sorted = params.to_vec();
    sorted.sort_by(|a, b| (a.0.as_bytes(), a.1.as_bytes()).cmp(&(b.0.as_bytes(), b.1.as_bytes())));
    sorted.dedup();
    sorted
}

/// The parameters sorted by name, bytewise; the sort is stable, so a repeated name keeps its
/// values in submission order (`To=b&To=a` signs as `TobToa`).
fn sorted_params<'a>(params: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut sorted = params.to_vec();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    sorted
}

/// `url` followed by each parameter's name and value: the bytes a form signature covers.
fn form_message(url: &str, sorted: &[(&str, &str)]) -> Vec<u8> {
    let length = url.len()
        + sorted
            .iter()
            .map(|(name, value)| name.len() + value.len())
            .sum::<usize>();
    let mut message = Vec::with_capacity(length);
    message.extend_from_slice(url.as_bytes());
    for (name, value) in sorted {
        message.extend_from_slice(name.as_bytes());
        message.extend_from_slice(value.as_bytes());
    }
    message
}

/// HMAC-SHA1 over `url` followed by each parameter's name and value.
fn form_mac(signing_key: &str, url: &str, sorted: &[(&str, &str)]) -> [u8; 20] {
    hmac_sha1_compact::HMAC::mac(&form_message(url, sorted), signing_key.as_bytes())
}

/// HMAC-SHA1 over `url` immediately followed by `body`.
fn sha1_mac_over(signing_key: &str, url: &str, body: &[u8]) -> [u8; 20] {
    let message = [url.as_bytes(), body].concat();
    hmac_sha1_compact::HMAC::mac(&message, signing_key.as_bytes())
}

/// HMAC-SHA256 over `url` immediately followed by `body`.
fn sha256_mac_over(signing_key: &str, url: &str, body: &[u8]) -> [u8; 32] {
    let mut mac = hmac_sha256::HMAC::new(signing_key.as_bytes());
    mac.update(url.as_bytes());
    mac.update(body);
    mac.finalize()
}

/// Whether `actual` equals any of `candidates`, in time that does not depend on which or where
/// they differ.
fn any_same<const N: usize>(actual: &[u8; N], candidates: &[[u8; N]]) -> bool {
    candidates.iter().fold(false, |found, candidate| {
        found | bool::from(actual.ct_eq(candidate))
    })
}

/// The 20 bytes of a base64 HMAC-SHA1, or `None` if `signature` is not exactly that.
fn decode_base64_sha1(signature: &str) -> Option<[u8; 20]> {
    if signature.len() != BASE64_SHA1_LEN {
        return None;
    }
    let mut out = [0u8; 20];
    // A 28-character padded string decodes to at most 20 bytes; anything shorter is rejected.
    let mut buffer = [0u8; 21];
    let written = STANDARD
        .decode_slice(signature.as_bytes(), &mut buffer)
        .ok()?;
    if written != out.len() {
        return None;
    }
    out.copy_from_slice(&buffer[..20]);
    Some(out)
}

/// Decodes exactly `N` bytes of lowercase hex.
fn decode_lower_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        }
    }
    let bytes = text.as_bytes();
    if bytes.len() != N * 2 {
        return None;
    }
    let mut out = [0u8; N];
    for (slot, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        *slot = (nibble(pair[0])? << 4) | nibble(pair[1])?;
    }
    Some(out)
}

fn lower_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The MACs against RustCrypto's, over keys on both sides of the 64-byte block (longer keys
    /// are hashed first) and messages around the padding boundaries.
    #[test]
    fn macs_match_an_independent_implementation() {
        use hmac::{Hmac, KeyInit, Mac};
        let lengths = [0, 1, 19, 55, 56, 63, 64, 65, 119, 120, 128, 129, 1000];
        let text = |length: usize, seed: u8| -> String {
            (0..length)
                .map(|i| char::from(b'!' + ((i as u8).wrapping_mul(7) ^ seed) % 90))
                .collect()
        };
        let mut checked = 0;
        for &key_length in &lengths {
            let key = text(key_length, 3);
            for &url_length in &[0, 30, 64, 200] {
                let url = text(url_length, 11);
                for &body_length in &lengths {
                    let body = text(body_length, 29);
                    let mut sha1 = Hmac::<sha1::Sha1>::new_from_slice(key.as_bytes()).unwrap();
                    sha1.update(url.as_bytes());
                    sha1.update(body.as_bytes());
                    let expected: [u8; 20] = sha1.finalize().into_bytes().into();
                    assert_eq!(sha1_mac_over(&key, &url, body.as_bytes()), expected);
                    assert_eq!(form_mac(&key, &url, &[(&body, "")]), expected);
                    let mut sha256 = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
                    sha256.update(url.as_bytes());
                    sha256.update(body.as_bytes());
                    let expected: [u8; 32] = sha256.finalize().into_bytes().into();
                    assert_eq!(sha256_mac_over(&key, &url, body.as_bytes()), expected);
                    let digest: [u8; 32] =
                        <sha2::Sha256 as sha2::Digest>::digest(body.as_bytes()).into();
                    assert_eq!(hmac_sha256::Hash::hash(body.as_bytes()), digest);
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, lengths.len() * 4 * lengths.len());
    }

    const URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
    const PARAMS: [(&str, &str); 5] = [
        ("CallSid", "CA1234567890ABCDE"),
        ("Caller", "+14158675309"),
        ("Digits", "1234"),
        ("From", "+14158675309"),
        ("To", "+18005551212"),
    ];
    const SIGNATURE: &str = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    #[test]
    fn submission_order_of_distinct_names_does_not_matter() {
        let mut reversed = PARAMS;
        reversed.reverse();
        assert!(verify_form("12345", URL, &reversed, SIGNATURE));
    }

    #[test]
    fn names_sort_bytewise_case_sensitive() {
        // `CallSid` < `Caller` because `S` (0x53) < `e` (0x65).
        let sorted = sorted_params(&[("Caller", "x"), ("CallSid", "y"), ("a", "z")]);
        assert_eq!(sorted, [("CallSid", "y"), ("Caller", "x"), ("a", "z")]);
    }

    #[test]
    fn repeated_names_keep_submission_order() {
        let url = "https://example.com/hook";
        let ab = sign_form("k", url, &[("To", "a"), ("To", "b")]);
        assert!(verify_form("k", url, &[("To", "a"), ("To", "b")], &ab));
        assert!(!verify_form("k", url, &[("To", "b"), ("To", "a")], &ab));
    }

    #[test]
    fn any_change_breaks_the_signature() {
        let mut tampered = PARAMS;
        tampered[2].1 = "1235";
        assert!(!verify_form("12345", URL, &tampered, SIGNATURE));
        assert!(!verify_form("12346", URL, &PARAMS, SIGNATURE));
        assert!(!verify_form(
            "12345",
            "https://mycompany.com/myapp.php?foo=1&bar=3",
            &PARAMS,
            SIGNATURE
        ));
        let mut extra = PARAMS.to_vec();
        extra.push(("Extra", ""));
        assert!(!verify_form("12345", URL, &extra, SIGNATURE));
    }

    #[test]
    fn a_signature_over_another_port_never_validates() {
        let signed_8080 = sign_form("k", "https://h:8080/p", &[]);
        assert!(verify_form("k", "https://h:8080/p", &[], &signed_8080));
        assert!(!verify_form("k", "https://h:443/p", &[], &signed_8080));
        assert!(!verify_form("k", "https://h/p", &[], &signed_8080));
    }

    #[test]
    fn garbage_signatures_are_false() {
        let long = "A".repeat(1 << 20);
        let cases = [
            "",
            " ",
            "RSOYDt4T1cUTdK1PDd93/VVr8B8",
            "RSOYDt4T1cUTdK1PDd93/VVr8B8==",
            "RSOYDt4T1cUTdK1PDd93_VVr8B8=",
            "RSOYDt4T1cUTdK1PDd93/VVr8B8!",
            "RSOYDt4T1cUTdK1PDd93/VVr8B9=", // non-canonical trailing bits
            "RSOYDt4T1cUTdK1PDd93/VVr8B==",
            "éééééééééééééé",
            long.as_str(),
        ];
        for signature in cases {
            assert!(
                !verify_form("12345", URL, &PARAMS, signature),
                "{signature:?}"
            );
            assert!(
                !verify_json("12345", URL, b"{}", signature),
                "{signature:?}"
            );
        }
    }

    #[test]
    fn empty_key_never_validates() {
        let signature = sign_form("", URL, &PARAMS);
        assert!(!verify_form("", URL, &PARAMS, &signature));
    }

    #[test]
    fn huge_inputs_are_handled() {
        let value = "v".repeat(4 << 20);
        let params = [("Body", value.as_str())];
        let signature = sign_form("k", URL, &params);
        assert!(verify_form("k", URL, &params, &signature));
        assert!(!verify_json(
            "k",
            &"x".repeat(1 << 20),
            value.as_bytes(),
            &signature
        ));
    }

    #[test]
    fn json_hex_signatures_are_lowercase_only() {
        let url = "https://example.ngrok.io/webhook";
        let body = br#"{"event":"call.state","params":{"call_id":"abc-123","state":"answered"}}"#;
        let key = "PSKtest1234567890abcdef";
        assert!(verify_json(
            key,
            url,
            body,
            "c3c08c1fefaf9ee198a100d5906765a6f394bf0f"
        ));
        assert!(!verify_json(
            key,
            url,
            body,
            "C3C08C1FEFAF9EE198A100D5906765A6F394BF0F"
        ));
        assert!(!verify_json(
            key,
            url,
            body,
            "c3c08c1fefaf9ee198a100d5906765a6f394bf0g"
        ));
        // No port variants for the SWML schemes.
        assert!(!verify_json(
            key,
            "https://example.ngrok.io:443/webhook",
            body,
            "c3c08c1fefaf9ee198a100d5906765a6f394bf0f"
        ));
    }

    #[test]
    fn body_sha256_must_be_lowercase_hex_of_the_body() {
        let body = b"{}";
        let hash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        assert_eq!(lower_hex(&hmac_sha256::Hash::hash(body)), hash);
        let url = format!("https://h/p?bodySHA256={hash}");
        let signature = sign_form("k", &url, &[]);
        assert!(verify_json("k", &url, body, &signature));
        assert!(!verify_json("k", &url, b"{ }", &signature));
        let upper = format!("https://h/p?bodySHA256={}", hash.to_uppercase());
        let signature = sign_form("k", &upper, &[]);
        assert!(!verify_json("k", &upper, body, &signature));
        // Port variants apply to the URL half.
        let with_port = format!("https://h:443/p?bodySHA256={hash}");
        assert!(verify_json(
            "k",
            &with_port,
            body,
            &sign_form("k", &url, &[])
        ));
    }
}

/// Twilio's scheme against twilio-python's test vectors (`tests/unit/test_request_validator.py`).
#[cfg(test)]
mod twilio_vectors {
    use super::*;

    const TOKEN: &str = "12345";
    const URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
    const PARAMS: [(&str, &str); 5] = [
        ("CallSid", "CA1234567890ABCDE"),
        ("Digits", "1234"),
        ("From", "+14158675309"),
        ("To", "+18005551212"),
        ("Caller", "+14158675309"),
    ];

    #[test]
    fn form_signature_and_ports() {
        assert_eq!(
            sign_twilio_form(TOKEN, URL, &PARAMS),
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        );
        assert!(verify_twilio_form(
            TOKEN,
            URL,
            &PARAMS,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        ));
        let with_port = URL.replace(".com", ".com:1234");
        assert!(verify_twilio_form(
            TOKEN,
            &with_port,
            &PARAMS,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        ));
        let http_port = with_port.replace("https", "http");
        assert!(verify_twilio_form(
            TOKEN,
            &http_port,
            &PARAMS,
            "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="
        ));
    }

    #[test]
    fn repeated_names_sign_sorted_unique_values() {
        let params = [
            ("Sid", "CA123"),
            ("SidAccount", "AC123"),
            ("Digits", "5678"),
            ("Digits", "1234"),
            ("Digits", "1234"),
        ];
        assert!(verify_twilio_form(
            TOKEN,
            URL,
            &params,
            "IK+Dwps556ElfBT0I3Rgjkr1wJU="
        ));
        // SignalWire's order (submission order, repeats kept) signs something else.
        assert!(!verify_form(
            TOKEN,
            URL,
            &params,
            "IK+Dwps556ElfBT0I3Rgjkr1wJU="
        ));
    }

    #[test]
    fn body_sha256() {
        let body = br#"{"property": "value", "boolean": true}"#;
        let hash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
        assert_eq!(lower_hex(&hmac_sha256::Hash::hash(body)), hash);
        let url = format!("{URL}&bodySHA256={hash}");
        let signature = sign_twilio_form(TOKEN, &url, &[]);
        assert!(verify_json(TOKEN, &url, body, &signature));
        assert!(!verify_json(TOKEN, &url, b"{}", &signature));
    }
}
