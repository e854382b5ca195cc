#![no_main]

#[path = "../simulator_checks.rs"]
mod simulator_checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| simulator_checks::simulator(data));
