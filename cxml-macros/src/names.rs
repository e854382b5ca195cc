//! Rust names for schema entries: the marker types in `cxml::reference`, the attribute
//! constants on them, and the enums in `cxml::values`. One place, so the generated modules and
//! the macro's expansion always agree.

use cxml_schema::{ElementId, ElementSpec, Scope};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// Joins the alphanumeric parts of `text` in PascalCase (`say-as` → `SayAs`, `GET` → `Get`).
pub fn pascal(text: &str) -> String {
    let mut out = String::new();
    for part in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let shouting = part.chars().all(|c| !c.is_ascii_lowercase());
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            let rest: String = chars.collect();
            if shouting {
                out.push_str(&rest.to_ascii_lowercase());
            } else {
                out.push_str(&rest);
            }
        }
    }
    out
}

/// Variant name of an enum value (`record-from-answer` → `RecordFromAnswer`, `PCMU@8000h` →
/// `PcmuAt8000h`).
pub fn variant(value: &str) -> String {
    pascal(&value.replace('@', "-at-"))
}

/// Module of `cxml::reference` that holds an element.
pub fn scope_module(scope: Scope) -> &'static str {
    match scope {
        Scope::Voice => "voice",
        Scope::Messaging => "messaging",
        Scope::Fax => "fax",
        Scope::Ssml => "ssml",
    }
}

/// Marker type name of an element: its XML name where that is an identifier (`Dial`, `prosody`,
/// `r#break`), so that rust-analyzer, which maps the user's token to an expansion token of the
/// same text, shows the marker's docs when hovering the name. Other names join their parts with
/// `_` (`say_as`, `amazon_effect`).
pub fn marker(element: &ElementSpec) -> String {
    let local = local_id(element)
        .split_once('.')
        .map_or(element.id, |(_, rest)| rest);
    let name = local.split_once('@').map_or(local, |(name, _)| name);
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Module of an element whose rules depend on its parent (`voice.Sip@Refer` lives in
/// `voice::refer`), so that each such element keeps its XML name.
pub fn marker_module(element: &ElementSpec) -> Option<String> {
    local_id(element)
        .split_once('@')
        .map(|(_, parent)| parent.to_ascii_lowercase())
}

/// An identifier for `name`, raw where `name` is a Rust keyword.
pub fn ident(name: &str, span: Span) -> Ident {
    if is_keyword(name) {
        Ident::new_raw(name, span)
    } else {
        Ident::new(name, span)
    }
}

/// An element's id without the table's prefix: `voice.Dial` for `twilio.voice.Dial`.
fn local_id(element: &ElementSpec) -> &'static str {
    element.id.strip_prefix("twilio.").unwrap_or(element.id)
}

/// `cxml` or `cxml::twilio`: the module of the facade that holds a platform's `reference`.
pub fn platform_root(platform: cxml_schema::Platform) -> &'static str {
    match platform {
        cxml_schema::Platform::Twilio => "cxml::twilio",
        _ => "cxml",
    }
}

/// `cxml::reference::voice::refer::Sip`: where the docs of an element live, as text.
pub fn reference_path(element: &ElementSpec) -> String {
    let mut path = format!(
        "{}::reference::{}",
        platform_root(element.platform),
        scope_module(element.scope)
    );
    if let Some(module) = marker_module(element) {
        path.push_str("::");
        path.push_str(&module);
    }
    path.push_str("::");
    path.push_str(&ident(&marker(element), Span::call_site()).to_string());
    path
}

/// `::cxml::reference::voice::Dial` (`krate` in place of `::cxml`), its last segment spanned at `span` so hover and
/// go-to-definition on the user's token land on the marker. The other segments keep the call
/// site: spanned at the user's token too, a module such as `voice` would capture the hover of an
/// attribute of the same name.
pub fn marker_path(id: ElementId, span: Span, krate: &crate::krate::Krate) -> TokenStream {
    let element = id.spec();
    let scope = Ident::new(scope_module(element.scope), Span::call_site());
    let name = ident(&marker(element), span);
    match marker_module(element) {
        Some(module) => {
            let module = Ident::new(&module, Span::call_site());
            quote!(#krate::reference::#scope::#module::#name)
        }
        None => quote!(#krate::reference::#scope::#name),
    }
}

/// Module of `cxml::reference::__children` that re-exports the elements `parent` may hold
/// (`voice.Sip@Refer` → `voice_Sip_Refer`), or the document elements for `None`: completion
/// inside `cxml!` lists it.
pub fn children_module(parent: Option<&ElementSpec>) -> String {
    match parent {
        Some(element) => element
            .id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect(),
        None => "__root".to_string(),
    }
}

/// Bare words an attribute's value may be, where they are Rust identifiers (not keywords):
/// `__values` lists them for completion. Empty for attributes without such words.
pub fn value_words(attribute: &cxml_schema::Attribute) -> Vec<&'static str> {
    use cxml_schema::ValueType;
    let words: &[&'static str] = match attribute.ty {
        ValueType::Enum(enumeration) => enumeration.values,
        ValueType::String { keywords } => keywords,
        ValueType::List { items, .. } => items,
        _ => &[],
    };
    words
        .iter()
        .copied()
        .filter(|word| {
            word.starts_with(|c: char| c.is_ascii_alphabetic())
                && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !is_keyword(word)
        })
        .collect()
}

/// Module of `cxml::reference::__values` that lists an attribute's [`value_words`].
pub fn values_module(element: &ElementSpec, attribute: &str) -> String {
    let constant = attribute_const(attribute, Span::call_site()).to_string();
    format!(
        "{}__{}",
        children_module(Some(element)),
        constant.trim_start_matches("r#")
    )
}

/// Constant name of an attribute on its element's marker (`xml:lang` → `xml_lang`, `loop` →
/// `r#loop`).
pub fn attribute_const(name: &str, span: Span) -> Ident {
    let plain: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    ident(&plain, span)
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "as" | "break"
            | "const"
            | "continue"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use cxml_schema::{ELEMENTS, ENUM_TYPES};

    #[test]
    fn names_follow_rust_conventions() {
        assert_eq!(pascal("say-as"), "SayAs");
        assert_eq!(pascal("GET"), "Get");
        assert_eq!(pascal("onEnter"), "OnEnter");
        assert_eq!(variant("PCMU@8000h"), "PcmuAt8000h");
        assert_eq!(variant("amazon:SENSE_1"), "AmazonSense1");
        assert_eq!(
            attribute_const("xml:lang", Span::call_site()).to_string(),
            "xml_lang"
        );
        assert_eq!(
            attribute_const("loop", Span::call_site()).to_string(),
            "r#loop"
        );
    }

    #[test]
    fn every_generated_name_is_unique_where_it_must_be() {
        let mut markers: Vec<(Scope, Option<String>, String)> = Vec::new();
        for element in ELEMENTS.iter() {
            let key = (element.scope, marker_module(element), marker(element));
            assert!(!markers.contains(&key), "two elements named {key:?}");
            markers.push(key);
        }
        for enumeration in ENUM_TYPES {
            let mut variants: Vec<String> = enumeration.values.iter().map(|v| variant(v)).collect();
            variants.sort();
            variants.dedup();
            assert_eq!(
                variants.len(),
                enumeration.values.len(),
                "{}",
                enumeration.rust_name
            );
        }
    }
}
