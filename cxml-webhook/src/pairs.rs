//! The `(name, value)` pairs of a form body or query string, as the signature check wants them.

/// The decoded `(name, value)` pairs of a form body or query string, in submission order, as
/// [`verify_form`](super::verify_form) wants them (`+` is a space, `%XX` a byte).
///
/// `None` when a decoded name or value is not UTF-8. SignalWire never sends one, and decoding it
/// with replacement characters would let different bodies (`%FF` and `%EF%BF%BD`) share one
/// signature, so such a form is refused rather than read.
///
/// ```
/// # mod cxml { pub mod webhook { pub use ::cxml_webhook::*; } }
/// let pairs = cxml::webhook::form_pairs(b"Body=It%27s+amazing&To=a&To=b").unwrap();
/// assert_eq!(pairs[0], ("Body".to_owned(), "It's amazing".to_owned()));
/// assert_eq!(pairs.len(), 3);
/// assert_eq!(cxml::webhook::form_pairs(b"Body=%FF"), None);
/// ```
pub fn form_pairs(input: &[u8]) -> Option<Vec<(String, String)>> {
    is_utf8_form(input).then(|| form_urlencoded::parse(input).into_owned().collect())
}

/// Whether every name and value of `input` is UTF-8 once percent-decoded.
pub(crate) fn is_utf8_form(input: &[u8]) -> bool {
    first_non_utf8_piece(input).is_none()
}

/// The first `name=value` piece of `input` that is not UTF-8 once percent-decoded, if any: the
/// one definition the signature check and [`from_form`](crate::from_form)'s error share.
pub(crate) fn first_non_utf8_piece(input: &[u8]) -> Option<&[u8]> {
    // The whole input is decoded at once first: pieces are joined by `&` and halves by `=`, both
    // ASCII, and bytes joined by ASCII are UTF-8 exactly when each part is (`+` decodes to a
    // space, so it cannot change the answer either). Only a form that fails is looked at piece
    // by piece.
    if percent_encoding::percent_decode(input)
        .decode_utf8()
        .is_ok()
    {
        return None;
    }
    input.split(|&byte| byte == b'&').find(|piece| {
        percent_encoding::percent_decode(piece)
            .decode_utf8()
            .is_err()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_anywhere_is_refused() {
        for input in [
            &b"Body=%FF"[..],
            b"%C3=x",
            b"a=1&b=%E2%82",
            b"a=\xff",
            b"Body=ok&From=%ED%A0%80",
        ] {
            assert_eq!(form_pairs(input), None, "{input:?}");
        }
    }

    #[test]
    fn valid_forms_decode_losslessly() {
        let pairs = form_pairs(b"Body=%EF%BF%BD+%E2%82%AC&=&&x").unwrap();
        assert_eq!(
            pairs,
            [
                ("Body".to_owned(), "\u{FFFD} \u{20AC}".to_owned()),
                (String::new(), String::new()),
                ("x".to_owned(), String::new()),
            ]
        );
    }
}
