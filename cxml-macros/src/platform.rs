//! Which table the expansion being made checks against: set once by `cxml!` or `twiml!` at the
//! start of an expansion, read by the parser and the checks. A proc macro expands one input at a
//! time on its thread.

use std::cell::Cell;

use cxml_schema::Platform;

thread_local! {
    static PLATFORM: Cell<Platform> = const { Cell::new(Platform::SignalWire) };
}

/// Sets the platform of the expansion about to be made.
pub fn set(platform: Platform) {
    PLATFORM.with(|cell| cell.set(platform));
}

/// The platform of the expansion being made.
pub fn get() -> Platform {
    PLATFORM.with(Cell::get)
}
