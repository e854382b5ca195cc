use cxml::cxml;

fn main() {
    let _ = cxml! { Response < Say < "Wait" break(time = "11s") "for it" > > };
}
