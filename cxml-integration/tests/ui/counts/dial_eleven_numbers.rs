use cxml::cxml;

fn main() {
    let _ = cxml! {
        Response <
            Dial <
                Number("+15550100") Number("+15550101") Number("+15550102") Number("+15550103")
                Number("+15550104") Number("+15550105") Number("+15550106") Number("+15550107")
                Number("+15550108") Number("+15550109") Number("+15550110")
            >
        >
    };
}
