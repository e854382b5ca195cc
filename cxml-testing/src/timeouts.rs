//! The connection limits of a request, with the `#ot=…&rt=…&tt=…` overrides SignalWire reads from
//! a URL's fragment. (URLs themselves are split, resolved and compared by `cxml_schema::url`.)

use std::time::Duration;

use cxml_runtime::schema::url::UriRef;

/// The connection limits of one request: SignalWire's defaults, or the URL fragment's `ot`
/// (connect), `rt` (read) and `tt` (total) overrides in milliseconds, clamped to their ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Time to open the connection (SignalWire: 2 s).
    pub connect: Duration,
    /// Time to the answer's first byte (SignalWire: 5 s).
    pub read: Duration,
    /// Time for the whole exchange, body included (SignalWire: 15 s).
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_millis(2000),
            read: Duration::from_millis(5000),
            total: Duration::from_millis(15000),
        }
    }
}

impl Timeouts {
    /// These limits with the overrides in `url`'s fragment applied.
    pub(crate) fn with_fragment_of(mut self, url: &str) -> Self {
        let Some(fragment) = UriRef::parse(url).fragment() else {
            return self;
        };
        for (key, value) in form_urlencoded::parse(fragment.as_bytes()) {
            let Ok(millis) = value.trim().parse::<u64>() else {
                continue;
            };
            match key.as_ref() {
                "ot" => self.connect = Duration::from_millis(millis.clamp(100, 10_000)),
                "rt" => self.read = Duration::from_millis(millis.clamp(100, 15_000)),
                "tt" => self.total = Duration::from_millis(millis.clamp(100, 15_000)),
                _ => {}
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_overrides_are_clamped() {
        let timeouts =
            Timeouts::default().with_fragment_of("https://h/p#ot=50&rt=1000&tt=99999&x=1");
        assert_eq!(timeouts.connect, Duration::from_millis(100));
        assert_eq!(timeouts.read, Duration::from_millis(1000));
        assert_eq!(timeouts.total, Duration::from_millis(15000));
        assert_eq!(
            Timeouts::default().with_fragment_of("https://h/p"),
            Timeouts::default()
        );
    }
}
