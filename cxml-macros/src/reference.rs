//! `cxml::reference`: a documented marker type for every element, with a documented constant
//! for every attribute, written from the schema table. The macro's expansion names these items
//! at the user's spans, so hover and go-to-definition inside `cxml!` land here.

use std::fmt::Write as _;

use cxml_schema::{
    Attribute, ElementId, ElementSpec, Kind, Scope, Source, Status, TextRule, ValueType, quote_list,
};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::names::{
    attribute_const, children_module, ident, marker, marker_module, reference_path, scope_module,
    value_words, values_module,
};

pub fn generate() -> TokenStream {
    generate_in(cxml_schema::Platform::SignalWire)
}

/// The elements of the table being documented.
fn table() -> &'static [ElementSpec] {
    crate::platform::get().elements()
}

/// `cxml::reference`, or for Twilio `cxml::twilio::reference`, from the platform's table.
pub fn generate_in(platform: cxml_schema::Platform) -> TokenStream {
    crate::platform::set(platform);
    let mut out = TokenStream::new();
    for (scope, about) in [
        (
            Scope::Voice,
            "Voice documents: `<Response>` of a call, its verbs and their nouns.",
        ),
        (
            Scope::Messaging,
            "Messaging documents: `<Response>` to an SMS or MMS, `<Message>` and its parts.",
        ),
        (
            Scope::Fax,
            "Fax documents: `<Response>` to an incoming fax.",
        ),
        (Scope::Ssml, "SSML tags inside voice `<Say>`."),
    ] {
        let module = Ident::new(scope_module(scope), Span::call_site());
        let in_scope: Vec<&ElementSpec> = table().iter().filter(|e| e.scope == scope).collect();
        let mut items: TokenStream = in_scope
            .iter()
            .filter(|element| marker_module(element).is_none())
            .map(|element| item(element))
            .collect();
        // Elements whose rules depend on their parent live in a module named after it.
        let mut modules: Vec<String> = in_scope.iter().filter_map(|e| marker_module(e)).collect();
        modules.dedup();
        for name in modules {
            let nested: TokenStream = in_scope
                .iter()
                .filter(|element| marker_module(element).as_deref() == Some(name.as_str()))
                .map(|element| item(element))
                .collect();
            let doc = format!(
                "Elements whose rules differ inside `<{}>`.",
                parent_name(&name)
            );
            let name = Ident::new(&name, Span::call_site());
            items.extend(quote! {
                #[doc = #doc]
                pub mod #name {
                    #nested
                }
            });
        }
        out.extend(quote! {
            #[doc = #about]
            pub mod #module {
                #items
            }
        });
    }
    out.extend(children_modules());
    out.extend(values_modules());
    out
}

/// `__values::voice_Refer__method` lists `GET` and `POST`: under rust-analyzer the expansion
/// names a bare-word value there, so completion offers the words the attribute takes.
fn values_modules() -> TokenStream {
    let mut modules = TokenStream::new();
    for element in table().iter() {
        for attribute in element.attributes {
            let words = value_words(attribute);
            if words.is_empty() {
                continue;
            }
            let module = Ident::new(&values_module(element, attribute.name), Span::call_site());
            let constants = words.iter().map(|word| {
                let name = Ident::new(word, Span::call_site());
                let doc = format!(
                    "`{word}`: a value of `{}` on `<{}>`.",
                    attribute.name, element.name
                );
                quote!(#[doc = #doc] pub const #name: () = ();)
            });
            modules.extend(quote!(pub mod #module { #(#constants)* }));
        }
    }
    quote! {
        #[doc(hidden)]
        #[allow(non_snake_case, non_upper_case_globals)]
        pub mod __values {
            #modules
        }
    }
}

/// `__children::voice_Dial` re-exports what `<Dial>` may hold, `__children::__root` the document
/// elements: the expansion names them at the user's tokens under rust-analyzer, which then
/// completes an element name from the list. Names that are not one identifier (`say-as`) are
/// left out: completion would insert the marker's name (`say_as`), which `cxml!` rejects.
fn children_modules() -> TokenStream {
    let mut modules = TokenStream::new();
    let roots: Vec<&ElementSpec> = table()
        .iter()
        .filter(|element| element.kind == Kind::Root)
        .collect();
    let lists = std::iter::once((None, roots)).chain(
        table()
            .iter()
            .filter(|element| !element.children.is_empty())
            .map(|element| {
                (
                    Some(element),
                    element.children.iter().map(|id| id.spec()).collect(),
                )
            }),
    );
    for (parent, children) in lists {
        let module = Ident::new(&children_module(parent), Span::call_site());
        let mut seen: Vec<String> = Vec::new();
        let uses: TokenStream = children
            .into_iter()
            .filter(|child| child.status != Status::Withdrawn && is_identifier(child.name))
            .filter(|child| {
                let fresh = !seen.iter().any(|name| name == &marker(child));
                seen.push(marker(child));
                fresh
            })
            .map(|child| {
                let path: TokenStream = path(child).parse().expect("a Rust path");
                quote!(#[allow(deprecated)] pub use #path;)
            })
            .collect();
        modules.extend(quote!(#[allow(non_snake_case)] pub mod #module { #uses }));
    }
    quote! {
        #[doc(hidden)]
        pub mod __children {
            #modules
        }
    }
}

fn is_identifier(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn parent_name(module: &str) -> &'static str {
    table()
        .iter()
        .find(|element| element.name.eq_ignore_ascii_case(module))
        .map_or("?", |element| element.name)
}

/// Rust path of an element's marker, for intra-doc links.
fn path(element: &ElementSpec) -> String {
    format!("crate{}", &reference_path(element)["cxml".len()..])
}

fn link(id: ElementId, _from: Scope) -> String {
    let element = id.spec();
    format!("[`{}`]({})", element.name, path(element))
}

fn element_doc(element: &'static ElementSpec) -> String {
    let mut doc = String::new();
    let _ = writeln!(doc, "`<{}>`: {}\n", element.name, element.about);
    match element.status {
        Status::Documented => {}
        Status::Deprecated => {
            doc.push_str("**Deprecated** by SignalWire; accepted with a warning.\n\n")
        }
        Status::Withdrawn if element.platform == cxml_schema::Platform::Twilio => {
            doc.push_str("**Removed** from Twilio's TwiML; `twiml!` rejects it.\n\n")
        }
        Status::Withdrawn => {
            doc.push_str("**Withdrawn** from SignalWire's documentation; `cxml!` rejects it.\n\n")
        }
        Status::TwilioOnly => {
            doc.push_str("Documented by Twilio only; accepted inside `<Say>`.\n\n")
        }
        Status::PollyOnly => doc.push_str("Amazon Polly voices only; accepted inside `<Say>`.\n\n"),
        _ => {}
    }
    let kind = match element.kind {
        Kind::Root => "document element",
        Kind::Verb => "verb",
        Kind::Noun => "noun",
        Kind::Ssml => "SSML tag",
    };
    let _ = writeln!(doc, "- Kind: {kind} ({} channel)", element.scope.channel());
    if !element.parents.is_empty() {
        let parents: Vec<String> = element
            .parents
            .iter()
            .map(|p| link(*p, element.scope))
            .collect();
        let _ = writeln!(doc, "- Appears in: {}", parents.join(", "));
    }
    let children: Vec<String> = element
        .children
        .iter()
        .filter(|c| c.spec().status != Status::Withdrawn || element.status == Status::Withdrawn)
        .map(|c| link(*c, element.scope))
        .collect();
    if children.is_empty() {
        doc.push_str("- Holds no child elements\n");
    } else {
        let _ = writeln!(doc, "- May contain: {}", children.join(", "));
    }
    let text = match element.text {
        TextRule::None => "none".to_string(),
        TextRule::Optional => "optional".to_string(),
        TextRule::Required => "required".to_string(),
    };
    let _ = write!(doc, "- Text: {text}");
    if let Some(format) = element.text_format {
        let checked = if element.text_values.is_empty() {
            "not checked"
        } else {
            "checked"
        };
        let _ = write!(doc, " — {format} ({checked})");
    }
    doc.push('\n');
    if !element.text_values.is_empty() {
        let _ = writeln!(doc, "- Text must be {}", quote_list(element.text_values));
    }
    if let Some(attribute) = element.text_required_unless {
        let _ = writeln!(doc, "- Text may be left out when `{attribute}` is set");
    }
    if element.text_or_children {
        doc.push_str("- Text and child elements are alternatives\n");
    }
    if let Some(min) = element.min_children {
        let _ = writeln!(doc, "- At least {min} child element(s)");
    }
    if let Some(max) = element.max_children {
        let _ = writeln!(doc, "- At most {max} child element(s)");
    }
    for (child, max) in element.child_max {
        let _ = writeln!(doc, "- At most {max} `<{}>`", child.spec().name);
    }
    for (child, attribute) in element.banned_child_attributes {
        let _ = writeln!(
            doc,
            "- A `<{}>` here may not use `{attribute}`",
            child.spec().name
        );
    }
    for exclusive in element.exclusive_children {
        let _ = writeln!(
            doc,
            "- With `<{}>`, no other kind of child",
            exclusive.spec().name
        );
    }
    if !element.notes.is_empty() {
        doc.push_str("\n# Rules\n\n");
        for note in element.notes {
            let _ = writeln!(doc, "- {note}");
        }
    }
    if element.attributes.is_empty() {
        doc.push_str("\nTakes no attributes.\n");
    } else {
        doc.push_str("\n# Attributes\n\n| name | type | default | required |\n|---|---|---|---|\n");
        for attribute in element.attributes {
            let _ = writeln!(
                doc,
                "| [`{}`]({}::{}) | {} | {} | {} |",
                attribute.name,
                marker(element),
                attribute_const(attribute.name, Span::call_site())
                    .to_string()
                    .trim_start_matches("r#"),
                type_cell(attribute).replace('|', "\\|"),
                attribute
                    .default
                    .map_or("—".to_string(), |d| format!("`{d}`")),
                if attribute.required { "yes" } else { "no" }
            );
        }
    }
    let other = match element.platform {
        cxml_schema::Platform::Twilio => "SignalWire",
        _ => "Twilio",
    };
    if !element.twilio_only_attributes.is_empty() {
        let _ = writeln!(
            doc,
            "\n{other}-only attributes, rejected: {}.",
            quote_list(element.twilio_only_attributes)
        );
    }
    if !element.twilio_only_children.is_empty() {
        let _ = writeln!(
            doc,
            "\n{other}-only children, rejected: {}.",
            quote_list(element.twilio_only_children)
        );
    }
    if let Some(counterpart) = element.counterpart() {
        // SignalWire's reference is always there; Twilio's only with the feature `twilio`.
        let _ = match element.platform {
            cxml_schema::Platform::Twilio => writeln!(
                doc,
                "\nOn {other}: [`{}`]({}).",
                counterpart.name,
                path(counterpart)
            ),
            _ => writeln!(
                doc,
                "\nOn {other}: `{}` (feature `twilio`).",
                reference_path(counterpart)
            ),
        };
    } else {
        let _ = writeln!(doc, "\n{other} has no `<{}>` here.", element.name);
    }
    doc
}

fn type_cell(attribute: &Attribute) -> String {
    let mut cell = match attribute.ty {
        ValueType::Enum(enumeration) => format!(
            "[`{}`](crate::values::{}): {}",
            enumeration.rust_name,
            enumeration.rust_name,
            quote_list(enumeration.values)
        ),
        ty => ty.describe(),
    };
    match (attribute.min, attribute.max) {
        (Some(min), Some(max)) => {
            let _ = write!(cell, ", {min}–{max}");
        }
        (Some(min), None) => {
            let _ = write!(cell, ", at least {min}");
        }
        (None, Some(max)) => {
            let _ = write!(cell, ", at most {max}");
        }
        (None, None) => {}
    }
    if let Some(length) = attribute.max_length {
        let _ = write!(cell, ", at most {length} characters");
    }
    cell
}

fn attribute_doc(element: &ElementSpec, attribute: &Attribute) -> String {
    let mut doc = format!(
        "`{}` on `<{}>`: {}\n\n",
        attribute.name, element.name, attribute.about
    );
    let _ = writeln!(doc, "- Type: {}", type_cell(attribute));
    if let ValueType::String { keywords } = attribute.ty
        && !keywords.is_empty()
    {
        let _ = writeln!(doc, "- Keywords: {}", quote_list(keywords));
    }
    match (attribute.checked_format, attribute.format) {
        (Some(checked), Some(words)) => {
            let _ = writeln!(doc, "- Form: {words} (checked: {})", checked.describe());
        }
        (Some(checked), None) => {
            let _ = writeln!(doc, "- Form: {} (checked)", checked.describe());
        }
        (None, Some(words)) => {
            let _ = writeln!(
                doc,
                "- Form: {words} (not checked: the sources do not pin the form down)"
            );
        }
        (None, None) => {}
    }
    if attribute.ty == ValueType::Url && !attribute.required {
        doc.push_str(
            "- An empty value (`\"\"`) is accepted: an empty relative reference, \"no URL\".\n",
        );
    }
    if let Some(default) = attribute.default {
        let _ = writeln!(doc, "- Default: `{default}`");
    }
    if attribute.required {
        doc.push_str("- Required\n");
    }
    let source = match attribute.source {
        Source::SignalWire => None,
        // Every attribute of Twilio's table is Twilio's.
        Source::Twilio if crate::platform::get() == cxml_schema::Platform::Twilio => None,
        Source::SignalWireExample => Some("only used in a SignalWire example"),
        Source::SignalWireWithdrawn => Some("from SignalWire's withdrawn AI pages"),
        Source::SignalWireTypespec => Some("from SignalWire's REST models"),
        Source::SignalWireLegacy => Some("from an older SignalWire page"),
        Source::Twilio => Some("documented by Twilio, not by SignalWire"),
        Source::AmazonPolly => Some("documented by Amazon Polly"),
        _ => Some("documented outside SignalWire's attribute tables"),
    };
    if let Some(source) = source {
        let _ = writeln!(doc, "- Source: {source}");
    }
    doc
}

fn item(element: &'static ElementSpec) -> TokenStream {
    let name = ident(&marker(element), Span::call_site());
    let doc = element_doc(element);
    let deprecated = (element.status == Status::Deprecated).then(|| {
        let note = format!("SignalWire has deprecated `<{}>`", element.name);
        quote!(#[deprecated(note = #note)])
    });
    let constants = element.attributes.iter().map(|attribute| {
        let constant = attribute_const(attribute.name, Span::call_site());
        let doc = attribute_doc(element, attribute);
        quote! {
            #[doc = #doc]
            pub const #constant: crate::reference::Attribute = crate::reference::Attribute;
        }
    });
    let accepts_text = (element.text != TextRule::None)
        .then(|| quote!(#[allow(deprecated)] impl crate::__private::AcceptsText for #name {}));
    quote! {
        #[doc = #doc]
        #deprecated
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct #name;

        #[allow(non_upper_case_globals, deprecated)]
        impl #name {
            #(#constants)*
        }

        #accepts_text
    }
}
