use cxml::cxml;

struct Menu;

fn main() {
    // An `Option` among children is written when `Some`, so what it holds must be text.
    let menu: Option<Menu> = None;
    let _ = cxml! { Response < Say < "Options: " {menu} > > };
}
