use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Message < "Hi" Media("https://example.com/cat.png") > > };
}
