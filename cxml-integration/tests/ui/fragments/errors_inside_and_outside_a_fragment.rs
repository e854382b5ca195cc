use cxml::cxml;

fn main() {
    // The outer document's error and the error inside the nested fragment, in one build.
    let _ = cxml! {
        Response <
            Say(voic = "alice") < "Hi" >
            Dial < {cxml!(in Dial: Number(sendDigit = "1") < "+15550100" >)} >
        >
    };
    // Even after a syntax error in the outer document.
    let _ = cxml! {
        Response <
            Say(voice = ) < "Hi" >
            Dial < {cxml!(in Dial: Say("not here"))} >
        >
    };
}
