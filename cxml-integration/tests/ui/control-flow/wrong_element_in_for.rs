use cxml::cxml;

fn main() {
    let team = ["+15550100", "+15550101"];
    let _ = cxml! { Response < for n in team { Number({n}) } > };
}
