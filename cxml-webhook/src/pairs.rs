//! The `(name, value)` pairs of a form body or query string, as the signature check wants them.

/// The decoded `(name, value)` pairs of a form body or query string, in submission order, as
/// [`verify_form`](super::verify_form) wants them (`+` is a space, `%XX` a byte; bytes that are not
/// UTF-8 are replaced by U+FFFD).
///
/// ```
/// # mod cxml { pub use cxml_webhook as webhook; }
/// let pairs = cxml::webhook::form_pairs(b"Body=It%27s+amazing&To=a&To=b");
/// assert_eq!(pairs[0], ("Body".to_owned(), "It's amazing".to_owned()));
/// assert_eq!(pairs.len(), 3);
/// ```
pub fn form_pairs(input: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(input).into_owned().collect()
}
