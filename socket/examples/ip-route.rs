//! `ip route show table all`: dumps the routes of every table (IPv4 and IPv6) and prints
//! them like `ip` does (type, destination, gateway, device, table, protocol, scope, source,
//! metric, multipath next hops).
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-route
//! ```

#[path = "common/mod.rs"]
mod common;

fn main() -> Result<(), common::Error> {
    let mut sock = common::route_socket()?;
    let names = common::link_names(&mut sock)?;
    let reply = sock.dump(&mut common::dump_request(common::RTM_GETROUTE, 12)?)?;
    for m in reply.messages() {
        println!("{}", common::fmt_route(&m, &names)?);
    }
    Ok(())
}
