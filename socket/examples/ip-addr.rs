//! `ip addr`: dumps the IPv4 and IPv6 addresses of the current network namespace and prints
//! them like `ip` does (family, address/prefix, broadcast, scope, device).
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-addr
//! ```

#[path = "common/mod.rs"]
mod common;

fn main() -> Result<(), common::Error> {
    let mut sock = common::route_socket()?;
    let names = common::link_names(&mut sock)?;
    let reply = sock.dump(&mut common::dump_request(common::RTM_GETADDR, 8)?)?;
    for m in reply.messages() {
        println!("{}", common::fmt_addr(&m, &names)?);
    }
    Ok(())
}
