#![no_main]
// The front end's modules, compiled into this binary; not all of their items are used here.
#![allow(dead_code)]

include!(concat!(env!("OUT_DIR"), "/front_end.rs"));

#[path = "../../cxml-macros/src/macro_checks.rs"]
mod macro_checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| macro_checks::front_end(data));
