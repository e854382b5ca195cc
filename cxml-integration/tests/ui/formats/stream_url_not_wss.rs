use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Start < Stream(url = "https://example.com/stream") > > };
}
