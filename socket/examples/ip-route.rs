//! `ip route show table all`: dumps the routes of every table (IPv4 and IPv6) and prints
//! them like `ip` does (type, destination, gateway, device, table, protocol, scope, source,
//! metric, multipath next hops), read through the typed `rt-route` view.
//!
//! With `add`, it first changes the namespace with typed requests: sets `<dev>` up, gives it
//! `<addr>/<len>`, and routes `<dst>/<len>` via `<gateway>` through it (main table, static).
//! Run that only in a scratch namespace; a rejected request prints the kernel's message and
//! the attribute it points at by name.
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-route
//! ip netns add x; ip netns exec x ip link add d0 type veth peer name d1
//! ip netns exec x cargo run -p nlcodec-socket --example ip-route -- add d0 10.9.0.1/24 10.10.0.0/16 10.9.0.2
//! ```

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_addr::{AddrAttrsBuilder, AddressFamily, Ifaddrmsg, RTM_NEWADDR};
use nlcodec_families::rt_link::{IfinfoFlags, RTM_SETLINK};
use nlcodec_families::rt_route::{RouteAttrsBuilder, RouteMsg, RtProtocol, RtTable, RtmType};
use nlcodec_families::rt_route::{Rtmsg, RTM_GETROUTE, RTM_NEWROUTE};
use nlcodec_families::runtime::Rtnetlink;
use nlcodec_socket::{LinkNames, Protocol, Report, Socket};
use std::net::IpAddr;
use AddressFamily::{Inet, Inet6};

/// `a.b.c.d/len` or `x::y/len`, and its address family (one type for addresses and routes).
fn prefix(s: &str) -> Result<(IpAddr, u8, AddressFamily), Report> {
    let (addr, len) = s.split_once('/').ok_or("expected ADDRESS/LENGTH")?;
    let addr: IpAddr = addr.parse()?;
    let af = if addr.is_ipv4() { Inet } else { Inet6 };
    Ok((addr, len.parse()?, af))
}

fn main() -> Result<(), Report> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut sock = Socket::from_env(Protocol::ROUTE)?.with_schema(&Rtnetlink);
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => {}
        // Sets `dev` up, adds `addr` to it and a route to `dst` via `gw` through it.
        ["add", dev, addr, dst, gw] => {
            let ((addr, alen, af), (dst, dlen, _)) = (prefix(addr)?, prefix(dst)?);
            let mut link = sock.link(dev)?;
            (link.ifi_flags, link.ifi_change) = (IfinfoFlags::UP, IfinfoFlags::UP.bits());
            sock.call(RTM_SETLINK, 0, &link, |_| Ok(()))?;
            let (index, new) = (link.ifi_index as u32, NLM_F_CREATE | NLM_F_EXCL);
            let mut ifa = Ifaddrmsg::default();
            (ifa.ifa_family, ifa.ifa_prefixlen, ifa.ifa_index) = (af, alen, index);
            // IFA_LOCAL alone: the kernel takes it as IFA_ADDRESS too.
            sock.call(RTM_NEWADDR, new, &ifa, |w| {
                AddrAttrsBuilder::new(w).local(addr).map(drop)
            })?;
            let mut rtm = Rtmsg::default();
            (rtm.rtm_family, rtm.rtm_dst_len, rtm.rtm_type) = (af, dlen, RtmType::Unicast);
            (rtm.rtm_table, rtm.rtm_protocol) = (RtTable::Main, RtProtocol::Static);
            let gw: IpAddr = gw.parse()?;
            sock.call(RTM_NEWROUTE, new, &rtm, |w| {
                let mut route = RouteAttrsBuilder::new(w);
                route.dst(dst)?.gateway(gw)?.oif(index).map(drop)
            })?;
        }
        _ => return Err("usage: ip-route [add <dev> <addr>/<len> <dst>/<len> <gateway>]".into()),
    }
    let names = LinkNames::dump(&mut sock)?;
    let routes = sock.dump_all(RTM_GETROUTE, &Rtmsg::default())?;
    for r in routes.parse(RouteMsg::parse) {
        let r = r?;
        let (h, a, dev) = (r.header, r.attrs, |i| format!(" dev {}", names.name(i)));
        let (len, table) = (h.rtm_dst_len, a.table_attr().unwrap_or(h.rtm_table));
        let dst = a.dst().map_or("default".into(), |d| format!("{d}/{len}"));
        let via = a.gateway().map(|g| format!(" via {g}")).unwrap_or_default();
        let dev = a.oif().map(dev).unwrap_or_default();
        println!("{dst}{via}{dev} table {table} proto {}", h.rtm_protocol);
    }
    Ok(())
}
