use cxml::cxml;

mod runtime {
    pub use cxml as inner;
}

fn main() {
    // The expansion that goes with errors names the runtime by the given path too: the
    // splice's type error shows, and nothing else.
    let seconds = "five";
    let _ = cxml! {
        crate = crate::runtime::inner;
        Response <
            Bogus
            Gather(timeout = {seconds}) < Say("Press 1") >
        >
    };
}
