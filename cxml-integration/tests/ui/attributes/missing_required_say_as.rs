use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Say < say-as < "1234" > > > };
}
