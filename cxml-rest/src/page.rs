//! One page of a list, as SignalWire writes it.

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A resource that comes in lists: the key its pages put the items under.
pub trait Listed: Serialize + DeserializeOwned + Send + 'static {
    /// The key of the items in a page (`"calls"`, `"messages"`, `"queue_members"`…).
    const LIST_KEY: &'static str;
}

/// One page of a list: the items and the links SignalWire writes beside them.
///
/// ```json
/// {"uri": "/api/laml/2010-04-01/Accounts/…/Calls?Page=0&PageSize=50",
///  "first_page_uri": "…", "next_page_uri": "…?Page=1&PageSize=50&PageToken=PA…",
///  "previous_page_uri": null, "page": 0, "page_size": 50, "calls": […]}
/// ```
///
/// Serialized the same way, with the items under [`Listed::LIST_KEY`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items.
    pub items: Vec<T>,
    /// This page's path and query.
    pub uri: Option<String>,
    /// The first page's path and query.
    pub first_page_uri: Option<String>,
    /// The next page's path and query: `None` on the last page.
    pub next_page_uri: Option<String>,
    /// The previous page's path and query: `None` on the first page.
    pub previous_page_uri: Option<String>,
    /// The page number, from 0.
    pub page: Option<u32>,
    /// The number of items a page holds (the last may hold fewer).
    pub page_size: Option<u32>,
}

impl<T> Page<T> {
    /// A page of `items` with no links (a last page).
    pub fn new(items: Vec<T>) -> Self {
        Page {
            items,
            uri: None,
            first_page_uri: None,
            next_page_uri: None,
            previous_page_uri: None,
            page: None,
            page_size: None,
        }
    }
}

fn text(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    match map.remove(key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s),
        _ => None,
    }
}

fn number(map: &mut Map<String, Value>, key: &str) -> Option<u32> {
    match map.remove(key) {
        Some(Value::Number(n)) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
}

impl<'de, T: Listed> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut map = Map::deserialize(deserializer)?;
        let items = match map.remove(T::LIST_KEY) {
            Some(items) => Vec::<T>::deserialize(items).map_err(de::Error::custom)?,
            None => {
                return Err(de::Error::custom(format_args!(
                    "a page without its `{}` list",
                    T::LIST_KEY
                )));
            }
        };
        Ok(Page {
            items,
            uri: text(&mut map, "uri"),
            first_page_uri: text(&mut map, "first_page_uri"),
            next_page_uri: text(&mut map, "next_page_uri"),
            previous_page_uri: text(&mut map, "previous_page_uri"),
            page: number(&mut map, "page"),
            page_size: number(&mut map, "page_size"),
        })
    }
}

impl<T: Listed> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry("uri", &self.uri)?;
        map.serialize_entry("first_page_uri", &self.first_page_uri)?;
        map.serialize_entry("next_page_uri", &self.next_page_uri)?;
        map.serialize_entry("previous_page_uri", &self.previous_page_uri)?;
        map.serialize_entry("page", &self.page)?;
        map.serialize_entry("page_size", &self.page_size)?;
        map.serialize_entry(T::LIST_KEY, &self.items)?;
        map.end()
    }
}
