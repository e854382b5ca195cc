use cxml::cxml;

fn main() {
    // `digits` is a `Play` attribute, but not inside `Gather`.
    let _ = cxml! { Response < Gather < Play(digits = "ww1") > > };
}
