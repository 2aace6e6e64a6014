//! `ip -br addr`: dumps the links and the IPv4 and IPv6 addresses of the current network
//! namespace and prints one line per link (name`@peer`, operational state,
//! address/prefix...), read through the typed `rt-link` and `rt-addr` views.
//! `NLCODEC_RECORD=FILE` records the run as pcap, `NLCODEC_REPLAY=FILE` replays one.
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-addr
//! ```

mod common;

use nlcodec_families::rt_addr::{ops::Getaddr, Ifaddrmsg};
use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
use nlcodec_socket::{LinkNames, Protocol, Report};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let mut sock = args.open_from_env(Protocol::ROUTE)?;
    let links = sock.dump_all(Getlink, &Ifinfomsg::default())?;
    let names = LinkNames::from_reply(links.reply())?;
    let addrs = sock.dump_all(Getaddr, &Ifaddrmsg::default())?;
    let addrs: Vec<_> = addrs.iter().collect::<Result<_, _>>()?;
    for l in &links {
        let l = l?;
        let state = l.attrs.operstate().map(|s| s.to_string().to_uppercase());
        let mut line = format!("{:<16} {:<14}", names.label(&l)?, state.unwrap_or_default());
        for a in addrs
            .iter()
            .filter(|a| a.header.ifa_index == l.header.ifi_index as u32)
        {
            if let Some(ip) = a.attrs.local().or(a.attrs.address()) {
                line += &format!(" {ip}/{}", a.header.ifa_prefixlen);
            }
        }
        println!("{line}");
    }
    Ok(())
}
