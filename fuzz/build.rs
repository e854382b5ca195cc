//! The `macro` target compiles the macro's front end into itself (a proc-macro crate exports
//! nothing else). Its modules are read from `cxml-macros/src/lib.rs`, so a module added there
//! needs no edit here.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let source = Path::new(&manifest).join("../cxml-macros/src");
    let lib = source.join("lib.rs");
    println!("cargo::rerun-if-changed={}", lib.display());
    let text = std::fs::read_to_string(&lib).expect("cxml-macros/src/lib.rs is readable");
    let mut modules = String::new();
    let mut test_only = false;
    for line in text.lines().map(str::trim) {
        if line == "#[cfg(test)]" {
            test_only = true;
            continue;
        }
        if let Some(name) = line.strip_prefix("mod ").and_then(|rest| rest.strip_suffix(';'))
            && !test_only
        {
            let path = source.join(format!("{name}.rs"));
            writeln!(modules, "#[path = {:?}]\nmod {name};", path.display().to_string())
                .expect("writing to a String");
        }
        test_only = false;
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("front_end.rs"), modules).expect("OUT_DIR is writable");
}
