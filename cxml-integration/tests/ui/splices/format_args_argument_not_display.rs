use cxml::cxml;

struct Menu;

fn main() {
    // An inline `format_args!` is taken apart: each argument is checked as text, in the
    // element's content as in an attribute's value.
    let menu = Menu;
    let _ = cxml! {
        Response <
            Say < {format_args!("Options: {}", menu)} >
            Redirect < {format_args!("https://example.com/{}", Menu)} >
        >
    };
}
