//! `ip monitor link address route`: joins the link, IPv4/IPv6 address and IPv4/IPv6 route
//! groups and prints each event as it happens, named by its message type and read through the
//! typed views, with device names kept current from the link events. On `ENOBUFS` (the
//! kernel dropped events) it says so and keeps going, as `ip monitor` does.
//!
//! ```text
//! cargo run -p nlcodec-socket --example monitor            # until interrupted
//! ```

mod common;

use nlcodec_families::{rt_addr::*, rt_link::*, rt_route::*, runtime::Rtnetlink};
use nlcodec_socket::{Error, LinkNames, Protocol, Report};
use OperState::Unknown;

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let mut sock = args.open(Protocol::ROUTE)?;
    sock.add_memberships(&[RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR])?;
    sock.add_memberships(&[RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE])?;
    // Joined first, then the names: no event falls between the two.
    let mut names = LinkNames::dump(&mut args.open(Protocol::ROUTE)?)?;
    eprintln!("listening on port {}", sock.local_addr().port);
    loop {
        // No deadline (a listener waits as long as it takes); forged senders are skipped.
        let d = match sock.next_event() {
            Err(Error::EventsLost) => {
                eprintln!("!! events were lost (ENOBUFS)");
                continue;
            }
            d => d?,
        };
        for m in d.messages() {
            names.update(&m)?;
            let text = match m.header.kind {
                RTM_NEWLINK | RTM_DELLINK => {
                    let l = LinkMsg::parse(&m)?;
                    names.label(&l)? + " " + &l.attrs.operstate().unwrap_or(Unknown).to_string()
                }
                RTM_NEWADDR | RTM_DELADDR => {
                    let a = AddrMsg::parse(&m)?;
                    let ip = a.attrs.local().or(a.attrs.address()).ok_or("no address")?;
                    let dev = names.name(a.header.ifa_index);
                    format!("{ip}/{} dev {dev}", a.header.ifa_prefixlen)
                }
                RTM_NEWROUTE | RTM_DELROUTE => {
                    let r = RouteMsg::parse(&m)?;
                    let dst = r.attrs.dst().map_or("default".into(), |d| d.to_string());
                    let dev = r.attrs.oif().map_or("?".into(), |i| names.name(i));
                    format!("{dst}/{} dev {dev}", r.header.rtm_dst_len)
                }
                _ => String::new(),
            };
            println!("[{}] {text}", Rtnetlink::name(m.header.kind).unwrap_or("?"));
        }
    }
}
