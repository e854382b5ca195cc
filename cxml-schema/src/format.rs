//! Textual formats that a string attribute's value must follow, beyond its type.

use crate::url::UriRef;

/// A format the table states for an attribute, checked in the macro and the reader alike.
///
/// Attributes whose stated format the sources cannot pin down (`callerId`, `voice`, …) have no
/// `Format`: the reference marks them "not checked".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Keypad keys: every character is one of these (`0123456789*#`). Empty means no key.
    Keys(&'static str),
    /// A whole number, zero or more.
    NonNegativeInteger,
    /// A duration, `<number>s` or `<number>ms`, up to a maximum in milliseconds.
    Duration {
        /// Longest allowed duration in milliseconds.
        max_ms: Option<u32>,
    },
    /// A percentage, `<number>%`, with a leading `+` or `-` when `signed`.
    Percent {
        /// Whether a sign may lead.
        signed: bool,
    },
    /// A change of volume in decibels, `[+-]<number>dB`.
    Decibels,
    /// An absolute WebSocket URL over TLS, `wss://…`.
    SecureWebSocketUrl,
    /// A three-letter ISO 4217 currency code in lower case (`usd`).
    CurrencyCode,
    /// A language tag in the shape of BCP 47 (`en`, `fr-CA`, `cmn-Hans-CN`).
    LanguageTag,
}

impl Format {
    /// The format in words, as messages and the reference print it.
    pub fn describe(&self) -> String {
        match self {
            Format::Keys(keys) => {
                let keys: Vec<String> = keys.chars().map(|key| format!("`{key}`")).collect();
                format!("keys from {}", keys.join(" "))
            }
            Format::NonNegativeInteger => "a whole number of 0 or more".into(),
            Format::Duration { max_ms: Some(max) } => format!(
                "a duration such as `500ms` or `2s`, at most {}",
                if max % 1000 == 0 {
                    format!("{}s", max / 1000)
                } else {
                    format!("{max}ms")
                }
            ),
            Format::Duration { max_ms: None } => "a duration such as `500ms` or `2s`".into(),
            Format::Percent { signed: true } => "a percentage such as `+10%` or `-5%`".into(),
            Format::Percent { signed: false } => "a percentage such as `80%`".into(),
            Format::Decibels => "a change in decibels such as `+6dB` or `-3dB`".into(),
            Format::SecureWebSocketUrl => "a `wss://` URL".into(),
            Format::CurrencyCode => "a lower-case ISO 4217 currency code such as `usd`".into(),
            Format::LanguageTag => "a language tag such as `en-US`".into(),
        }
    }

    /// Whether `value` follows the format.
    pub fn accepts(&self, value: &str) -> bool {
        match self {
            Format::Keys(keys) => value.chars().all(|key| keys.contains(key)),
            Format::NonNegativeInteger => {
                !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit())
            }
            Format::Duration { max_ms } => {
                duration_ms(value).is_some_and(|ms| max_ms.is_none_or(|max| ms <= f64::from(max)))
            }
            Format::Percent { signed } => {
                let unsigned = if *signed { strip_sign(value) } else { value };
                unsigned.strip_suffix('%').is_some_and(is_number)
            }
            Format::Decibels => strip_sign(value).strip_suffix("dB").is_some_and(is_number),
            Format::SecureWebSocketUrl => {
                // `wss://` and something after it.
                let url = UriRef::parse(value);
                url.scheme_is("wss") && url.authority().is_some() && value.len() > "wss://".len()
            }
            Format::CurrencyCode => {
                value.len() == 3 && value.bytes().all(|byte| byte.is_ascii_lowercase())
            }
            Format::LanguageTag => is_language_tag(value),
        }
    }
}

/// `value` without one leading `+` or `-`.
fn strip_sign(value: &str) -> &str {
    value
        .strip_prefix('+')
        .or_else(|| value.strip_prefix('-'))
        .unwrap_or(value)
}

/// Digits with at most one decimal point between them (`10`, `2.5`), no sign, no exponent.
fn is_number(text: &str) -> bool {
    let mut parts = text.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

/// The duration in milliseconds, if `value` is `<number>ms` or `<number>s`.
fn duration_ms(value: &str) -> Option<f64> {
    let (number, scale) = match value.strip_suffix("ms") {
        Some(number) => (number, 1.0),
        None => (value.strip_suffix('s')?, 1000.0),
    };
    if !is_number(number) {
        return None;
    }
    number.parse::<f64>().ok().map(|number| number * scale)
}

/// A primary subtag of 2–8 letters, then subtags of 1–8 letters or digits, joined by `-`.
fn is_language_tag(value: &str) -> bool {
    let mut subtags = value.split('-');
    let primary = subtags.next().unwrap_or("");
    let fits = |subtag: &str, letters_only: bool| {
        (1..=8).contains(&subtag.len())
            && subtag
                .bytes()
                .all(|byte| byte.is_ascii_alphabetic() || (!letters_only && byte.is_ascii_digit()))
    };
    primary.len() >= 2 && fits(primary, true) && subtags.all(|subtag| fits(subtag, false))
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn each_format_accepts_its_documented_forms_and_refuses_near_misses() {
        let cases: &[(Format, &[&str], &[&str])] = &[
            (
                Format::Keys("0123456789*#"),
                &["#", "1234567890*#", ""],
                &["a", "# ", "w"],
            ),
            (
                Format::NonNegativeInteger,
                &["0", "5", "30"],
                &["", "-1", "1.5", "auto", " 5"],
            ),
            (
                Format::Duration {
                    max_ms: Some(10_000),
                },
                &["500ms", "2s", "10s", "0.5s", "10000ms"],
                &["11s", "10001ms", "2", "s", "-1s", "2 s", "1e3ms", "2S"],
            ),
            (
                Format::Percent { signed: false },
                &["80%", "150%", "2.5%"],
                &["+10%", "80", "%", "fast"],
            ),
            (
                Format::Percent { signed: true },
                &["+10%", "-5%", "20%"],
                &["+-5%", "10", "10 %"],
            ),
            (
                Format::Decibels,
                &["+6dB", "-3dB", "2dB", "1.5dB"],
                &["6", "+6db", "dB", "+dB"],
            ),
            (
                Format::SecureWebSocketUrl,
                &["wss://example.com/stream", "WSS://a"],
                &[
                    "ws://example.com",
                    "https://example.com",
                    "wss://",
                    "/stream",
                ],
            ),
            (
                Format::CurrencyCode,
                &["usd", "eur"],
                &["USD", "us", "usdd", ""],
            ),
            (
                Format::LanguageTag,
                &["en", "en-US", "fr-CA", "cmn-Hans-CN", "es-419"],
                &["", "e", "en_US", "en-", "-US", "1en", "en-toolongsubtag"],
            ),
        ];
        for (format, accepted, refused) in cases {
            for value in *accepted {
                assert!(format.accepts(value), "{format:?} refused {value:?}");
            }
            for value in *refused {
                assert!(!format.accepts(value), "{format:?} accepted {value:?}");
            }
        }
    }
}
