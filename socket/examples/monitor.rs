//! `ip monitor link address route`: joins the link, IPv4/IPv6 address and IPv4/IPv6 route
//! groups and prints each event as it happens, named by its message type and read through the
//! typed views. On `ENOBUFS` (the kernel dropped events) it says so and keeps going.
//!
//! ```text
//! cargo run -p nlcodec-socket --example monitor            # until interrupted
//! cargo run -p nlcodec-socket --example monitor -- 5       # exit after 5 events
//! ```

#[path = "common/mod.rs"]
mod common;

use common::{addr_text, link_line, route_line};
use nlcodec_families::{rt_addr::*, rt_link::*, rt_route::*};
use nlcodec_socket::{Error, LinkNames};

fn main() -> Result<(), common::Error> {
    let arg = std::env::args().nth(1);
    let limit = arg.map_or(Ok(usize::MAX), |s| s.parse())?;
    // Listen first, then read the names, so no event falls between the two.
    let mut listener = common::kernel_route_socket()?;
    for g in [
        RTNLGRP_LINK,
        RTNLGRP_IPV4_IFADDR,
        RTNLGRP_IPV6_IFADDR,
        RTNLGRP_IPV4_ROUTE,
        RTNLGRP_IPV6_ROUTE,
    ] {
        listener.add_membership(g)?;
    }
    let mut requests = common::route_socket()?;
    let mut names = LinkNames::dump(&mut requests)?;
    eprintln!("listening on port {}", listener.local_addr().port);
    let mut seen = 0;
    while seen < limit {
        // No deadline (a listener waits as long as it takes); forged senders skipped.
        let d = match listener.next_event() {
            Err(Error::EventsLost) => {
                eprintln!("!! events were lost (ENOBUFS); re-reading link names");
                names = LinkNames::dump(&mut requests)?;
                continue;
            }
            d => d?,
        };
        for m in d.messages() {
            let kind = m.header.kind;
            // Keep the name table current for the address and route lines.
            names.update(&m)?;
            let text = match kind {
                RTM_NEWLINK | RTM_DELLINK => link_line(&LinkMsg::parse(&m)?, &names),
                RTM_NEWADDR | RTM_DELADDR => {
                    let a = AddrMsg::parse(&m)?;
                    let (index, scope) = (a.header.ifa_index, a.header.ifa_scope);
                    format!("{} dev {} scope {scope}", addr_text(&a), names.name(index))
                }
                RTM_NEWROUTE | RTM_DELROUTE => route_line(&RouteMsg::parse(&m)?, &names)?,
                _ => String::new(),
            };
            let name = requests.message_name(kind, m.payload);
            let name = name.map_or(format!("type {kind}"), str::to_owned);
            println!("[{name}] {text}");
            seen += 1;
        }
    }
    Ok(())
}
