//! `ip monitor link address`: joins the link and IPv4/IPv6 address groups and prints events
//! as they happen. On `ENOBUFS` (the kernel dropped events) it says so and keeps going.
//!
//! ```text
//! cargo run -p nlcodec-socket --example monitor            # until interrupted
//! cargo run -p nlcodec-socket --example monitor -- 5       # exit after 5 events
//! ```

#[path = "common/mod.rs"]
mod common;

use common::*;
use nlcodec::family::route::{RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR, RTNLGRP_LINK};
use nlcodec_socket::Error;

fn main() -> Result<(), common::Error> {
    let limit: Option<usize> = std::env::args().nth(1).map(|s| s.parse()).transpose()?;
    // Listen first, then read the names, so no event falls between the two.
    let mut listener = route_socket()?;
    for g in [RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR] {
        listener.add_membership(g)?;
    }
    let mut requests = route_socket()?;
    let mut names = link_names(&mut requests)?;
    eprintln!("listening on port {}", listener.local_addr().port);
    let mut seen = 0;
    while limit.map_or(true, |l| seen < l) {
        let d = match listener.recv() {
            Ok(d) => d,
            Err(Error::EventsLost) => {
                eprintln!("!! events were lost (ENOBUFS); re-reading link names");
                names = link_names(&mut requests)?;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        if d.from.port != 0 {
            eprintln!(
                "ignoring a datagram from port {} (not the kernel)",
                d.from.port
            );
            continue;
        }
        for m in d.messages() {
            let line = match m.header.kind {
                RTM_NEWLINK | RTM_DELLINK => {
                    let text = fmt_link(&m)?;
                    let verb = if m.header.kind == RTM_NEWLINK {
                        "new"
                    } else {
                        "del"
                    };
                    // Keep the name table current for the address lines.
                    let first = text.split(':').take(2).collect::<Vec<_>>();
                    if let [idx, name] = first[..] {
                        if let Ok(i) = idx.parse() {
                            names.insert(i, name.trim().to_owned());
                        }
                    }
                    format!("[LINK] {verb} {text}")
                }
                RTM_NEWADDR | RTM_DELADDR => {
                    let verb = if m.header.kind == RTM_NEWADDR {
                        "new"
                    } else {
                        "del"
                    };
                    format!("[ADDR] {verb} {}", fmt_addr(&m, &names)?)
                }
                other => format!("[type {other}]"),
            };
            println!("{line}");
            seen += 1;
        }
    }
    Ok(())
}
