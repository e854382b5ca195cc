//! A crate that depends on cxml as `renamed` and re-exports it as `cxml_runtime`, as a
//! framework built on cxml would. `::cxml` names nothing here, so every `cxml!` in this crate
//! says where the runtime is with `crate = path;`, and the [`voice!`] macro it exports says it
//! for its users, who depend on this crate alone.

pub use renamed as cxml_runtime;

use renamed::reference::voice::Dial;
use renamed::{Fragment, Rendered};

/// `cxml!` for the users of this crate: the runtime is found through `$crate`.
#[macro_export]
macro_rules! voice {
    ($($input:tt)*) => {
        $crate::cxml_runtime::cxml!(crate = $crate::cxml_runtime; $($input)*)
    };
}

/// A document with run-time text, an `Option` and a typed attribute (path with a leading `::`).
pub fn greeting(name: Option<&str>, repeat: u32) -> Rendered {
    renamed::cxml!(crate = ::renamed; Response < Say(loop = {repeat}) < "Hello " {name} "!" > >)
}

/// A fragment from a loop (path without the leading `::`).
pub fn numbers(numbers: &[&str]) -> Fragment<Dial> {
    renamed::cxml!(crate = renamed; in Dial: for n in numbers { Number({n}) })
}

mod inner {
    pub use renamed as runtime;
}

/// A document that splices a fragment, with an enum and a URL written at run time, and a
/// static document (a different expansion: one literal).
pub fn dial(numbers: Fragment<Dial>, action: &str) -> (Rendered, Rendered) {
    let method = renamed::values::Method::Get;
    let dial = renamed::cxml! {
        crate = crate::inner::runtime;
        Response < Dial(action = {action}, method = {method}) < {numbers} > >
    };
    let hangup = renamed::cxml!(crate = self::cxml_runtime; Response < Hangup >);
    (dial, hangup)
}
