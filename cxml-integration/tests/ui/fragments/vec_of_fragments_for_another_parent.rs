use cxml::cxml;

fn main() {
    let prompts: Vec<cxml::Fragment<cxml::reference::voice::Gather>> =
        vec![cxml!(in Gather: Say("Hi"))];
    let _ = cxml! { Response < Dial < {prompts} > > };
}
