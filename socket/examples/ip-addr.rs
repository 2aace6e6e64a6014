//! `ip -br addr`: dumps the links and the IPv4 and IPv6 addresses of the current network
//! namespace and prints one line per link (name, operational state, address/prefix...),
//! read through the typed `rt-link` and `rt-addr` views.
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-addr
//! ```

#[path = "common/mod.rs"]
mod common;

use nlcodec_families::rt_addr::{AddrMsg, Ifaddrmsg, RTM_GETADDR};
use nlcodec_families::rt_link::LinkMsg;
use std::collections::BTreeMap;

fn main() -> Result<(), common::Error> {
    let mut sock = common::route_socket()?;
    let links = common::dump_links(&mut sock)?;
    let names = common::names(&links)?;
    let addrs = sock.dump(&mut common::request(
        RTM_GETADDR,
        0,
        &Ifaddrmsg::default(),
        |_| Ok(()),
    )?)?;
    let mut by_link: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for m in addrs.messages() {
        let a = AddrMsg::parse(&m)?;
        by_link
            .entry(a.header.ifa_index)
            .or_default()
            .push(common::addr_text(&a));
    }
    for m in links.messages() {
        let l = LinkMsg::parse(&m)?;
        let list = by_link.remove(&(l.header.ifi_index as u32));
        let list = list.unwrap_or_default().join(" ");
        println!("{}", common::brief(&l, &names, &list));
    }
    Ok(())
}
