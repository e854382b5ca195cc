use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Play(loop = -1) < "https://example.com/a.mp3" > > };
}
