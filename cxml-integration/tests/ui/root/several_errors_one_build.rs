use cxml::cxml;

fn main() {
    let _ = cxml! {
        Response <
            Say(voic = "alice") < "Hi" >
            Dial(timeout = 700) < Say("nested") >
            Hangup("now")
            Refer
        >
    };
}
