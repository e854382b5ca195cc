//! Texts that must not be printed: the API token, SIP passwords.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A secret text (a SIP password in a request). `Debug` prints `Secret("***")`; there is no
/// `Display`. It is serialized as the text itself, since the API needs it.
///
/// ```
/// # mod cxml { pub mod rest { pub use ::cxml_rest::*; } }
/// let password = cxml::rest::Secret::new("hunter2");
/// assert_eq!(format!("{password:?}"), r#"Secret("***")"#);
/// assert_eq!(password.expose(), "hunter2");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret text.
    pub fn new(text: impl Into<String>) -> Self {
        Secret(text.into())
    }

    /// The text itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"Secret("***")"#)
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

impl From<&str> for Secret {
    fn from(text: &str) -> Self {
        Secret(text.to_owned())
    }
}

impl From<String> for Secret {
    fn from(text: String) -> Self {
        Secret(text)
    }
}
