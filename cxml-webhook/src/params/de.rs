//! Lenient readers for values that arrive as strings, and collectors for numbered and prefixed
//! parameter names.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Deserialize;
use serde::Serializer;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

/// A number sent as text: surrounding spaces are ignored and an empty value is absent.
pub(crate) fn number<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    let text = String::deserialize(deserializer)?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .map(Some)
        .map_err(|error| de::Error::custom(format_args!("{error} (got {text:?})")))
}

/// A boolean sent as text: `true`/`false` in any case, or `1`/`0`; empty is absent.
pub(crate) fn boolean<'de, D>(deserializer: D) -> Result<Option<bool>, D::Error>
where
    D: Deserializer<'de>,
{
    let text = String::deserialize(deserializer)?;
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else if text.eq_ignore_ascii_case("true") || text == "1" {
        Ok(Some(true))
    } else if text.eq_ignore_ascii_case("false") || text == "0" {
        Ok(Some(false))
    } else {
        Err(de::Error::custom(format_args!(
            "expected true or false, got {text:?}"
        )))
    }
}

/// Parameters whose name starts with `prefix`, keyed by the rest of the name (`SipHeader_X-Foo`
/// → `X-Foo`). Other parameters are skipped. Meant for `#[serde(flatten)]` fields.
pub(crate) fn prefixed<'de, D>(
    deserializer: D,
    prefix: &'static str,
) -> Result<BTreeMap<String, String>, D::Error>
where
    D: Deserializer<'de>,
{
    struct Prefixed(&'static str);

    impl<'de> Visitor<'de> for Prefixed {
        type Value = BTreeMap<String, String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "parameters named {}…", self.0)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = BTreeMap::new();
            while let Some(name) = map.next_key::<String>()? {
                match name.strip_prefix(self.0) {
                    Some(rest) if !rest.is_empty() => {
                        let value = map.next_value::<String>()?;
                        found.insert(rest.to_owned(), value);
                    }
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(found)
        }
    }

    deserializer.deserialize_map(Prefixed(prefix))
}

/// `SipHeader_<name>` parameters.
pub(crate) fn sip_headers<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    prefixed(deserializer, "SipHeader_")
}

/// `DialSipHeader_<name>` parameters.
pub(crate) fn dial_sip_headers<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    prefixed(deserializer, "DialSipHeader_")
}

/// Writes a map back as parameters named `<prefix><key>`.
fn write_prefixed<S: Serializer>(
    map: &BTreeMap<String, String>,
    prefix: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(
        map.iter()
            .map(|(name, value)| (format!("{prefix}{name}"), value)),
    )
}

/// `SipHeader_<name>` parameters, written.
pub(crate) fn write_sip_headers<S: Serializer>(
    map: &BTreeMap<String, String>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    write_prefixed(map, "SipHeader_", serializer)
}

/// `DialSipHeader_<name>` parameters, written.
pub(crate) fn write_dial_sip_headers<S: Serializer>(
    map: &BTreeMap<String, String>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    write_prefixed(map, "DialSipHeader_", serializer)
}

/// Parameters named `<prefix><N>` with `N` a decimal index, by index.
pub(crate) fn numbered(
    params: &BTreeMap<String, String>,
    prefix: &str,
) -> impl Iterator<Item = (u32, String)> {
    params.iter().filter_map(move |(name, value)| {
        let index = name.strip_prefix(prefix)?;
        if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((index.parse().ok()?, value.clone()))
    })
}

/// All parameters as a map, for collectors that look at several names at once.
pub(crate) fn all_params<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    struct All;

    impl<'de> Visitor<'de> for All {
        type Value = BTreeMap<String, String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("form parameters")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = BTreeMap::new();
            while let Some(name) = map.next_key::<String>()? {
                let value = map.next_value::<String>()?;
                found.insert(name, value);
            }
            Ok(found)
        }
    }

    deserializer.deserialize_map(All)
}
