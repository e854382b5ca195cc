//! `cxml::values`: one Rust enum per closed list of attribute values in the schema table.

use cxml_schema::{EnumType, Platform, ValueType};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::names::variant;

pub fn generate() -> TokenStream {
    generate_in(Platform::SignalWire)
}

/// `cxml::values`, or for Twilio `cxml::twilio::values`, from the platform's table.
pub fn generate_in(platform: Platform) -> TokenStream {
    let mut out = TokenStream::new();
    for enumeration in platform.enum_types() {
        out.extend(one(platform, enumeration));
    }
    out
}

/// `` `method` on `Dial`, `Gather` `` — where an enum is used, for its docs.
fn used_by(platform: Platform, enumeration: &EnumType) -> String {
    let mut uses: Vec<String> = Vec::new();
    for element in platform.elements() {
        for attribute in element.attributes {
            if matches!(attribute.ty, ValueType::Enum(e) if std::ptr::eq(e, enumeration)) {
                let entry = format!("`{}` on `<{}>`", attribute.name, element.name);
                if !uses.contains(&entry) {
                    uses.push(entry);
                }
            }
        }
    }
    uses.join(", ")
}

fn one(platform: Platform, enumeration: &EnumType) -> TokenStream {
    let root = crate::names::platform_root(platform);
    let name = Ident::new(enumeration.rust_name, Span::call_site());
    let doc = format!(
        "Values of {}.\n\nUse it for a run-time value: `attribute = {{value}}`; a literal is written as in XML.",
        used_by(platform, enumeration)
    );
    let variants: Vec<Ident> = enumeration
        .values
        .iter()
        .map(|value| Ident::new(&variant(value), Span::call_site()))
        .collect();
    let values = enumeration.values;
    let variant_docs: Vec<String> = values.iter().map(|value| format!("`{value}`")).collect();
    let first = &variants[0];
    let first_value = values[0];
    let example = format!(
        "```\nuse std::str::FromStr;\nlet value = {root}::values::{name}::{first};\nassert_eq!(value.as_str(), {first_value:?});\nassert_eq!({root}::values::{name}::from_str({first_value:?}), Ok(value));\n```"
    );
    quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = #example]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#[doc = #variant_docs] #variants,)*
        }

        impl #name {
            /// Every value, in documented order.
            pub const ALL: &'static [#name] = &[#(#name::#variants),*];

            /// The value as written in XML.
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(#name::#variants => #values,)*
                }
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = crate::values::UnknownValue;
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match text {
                    #(#values => ::core::result::Result::Ok(#name::#variants),)*
                    _ => ::core::result::Result::Err(crate::values::UnknownValue {
                        type_name: stringify!(#name),
                        allowed: &[#(#values),*],
                    }),
                }
            }
        }

        impl crate::__private::EnumValue for #name {
            fn as_xml(self) -> &'static str {
                self.as_str()
            }
        }
    }
}
