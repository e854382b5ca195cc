use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Redirect(method = {"GET"}) < "/next" > > };
}
