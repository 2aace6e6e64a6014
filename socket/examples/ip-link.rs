//! `ip link`: dumps the links of the current network namespace and prints them like `ip`
//! does (index, name, flags, mtu, state, kind, mac).
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-link
//! ```

#[path = "common/mod.rs"]
mod common;

fn main() -> Result<(), common::Error> {
    let mut sock = common::route_socket()?;
    let reply = sock.dump(&mut common::dump_request(common::RTM_GETLINK, 16)?)?;
    for m in reply.messages() {
        println!("{}", common::fmt_link(&m)?);
    }
    Ok(())
}
