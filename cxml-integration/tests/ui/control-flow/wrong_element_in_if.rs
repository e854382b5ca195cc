use cxml::cxml;

fn main() {
    let vip = true;
    let _ = cxml! { Response < Dial < if vip { Say("VIP line") } else { Number("+15550100") } > > };
}
