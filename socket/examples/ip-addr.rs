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
use nlcodec_socket::LinkNames;

fn main() -> Result<(), common::Error> {
    let mut sock = common::route_socket()?;
    let links = common::dump_links(&mut sock)?;
    let names = LinkNames::from_reply(&links)?;
    let addrs = sock.dump_all(RTM_GETADDR, &Ifaddrmsg::default())?;
    let addrs: Vec<AddrMsg> = addrs.parse(AddrMsg::parse).collect::<Result<_, _>>()?;
    for l in links.parse(LinkMsg::parse) {
        let l = l?;
        let on_link = addrs
            .iter()
            .filter(|a| a.header.ifa_index == l.header.ifi_index as u32);
        let list: Vec<String> = on_link.map(common::addr_text).collect();
        println!("{}", common::brief(&l, &names, &list.join(" ")));
    }
    Ok(())
}
