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

#[path = "common/mod.rs"]
mod common;

use common::{request, Error};
use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_addr::{self, AddrAttrsBuilder, Ifaddrmsg, RTM_NEWADDR};
use nlcodec_families::rt_link::{IfinfoFlags, Ifinfomsg, RTM_SETLINK};
use nlcodec_families::rt_route::{
    self, RouteAttrsBuilder, RouteMsg, RtProtocol, RtScope, RtTable, RtmType, Rtmsg, RTM_GETROUTE,
    RTM_NEWROUTE,
};
use nlcodec_socket::Socket;
use std::net::IpAddr;

const USAGE: &str = "usage: ip-route [add <dev> <addr>/<len> <dst>/<len> <gateway>]";

/// `a.b.c.d/len` or `x::y/len`.
fn prefix(s: &str) -> Result<(IpAddr, u8), Error> {
    let (addr, len) = s.split_once('/').ok_or(USAGE)?;
    Ok((addr.parse()?, len.parse()?))
}

/// Sets `dev` up, adds `addr` to it and a route to `dst` via `gw` through it.
fn add(sock: &mut Socket, args: &[String]) -> Result<(), Error> {
    let [dev, addr, dst, gw] = args else {
        return Err(USAGE.into());
    };
    let ((addr, addr_len), (dst, dst_len), gw) = (prefix(addr)?, prefix(dst)?, gw.parse()?);
    let index = sock.ifindex(dev)?;

    let up = Ifinfomsg {
        ifi_index: index as i32,
        ifi_flags: IfinfoFlags::UP,
        ifi_change: IfinfoFlags::UP.bits(),
        ..Default::default()
    };
    sock.request(&mut request(RTM_SETLINK, 0, &up, |_| Ok(()))?)?;

    let ifa = Ifaddrmsg {
        ifa_family: match addr {
            IpAddr::V4(_) => rt_addr::AddressFamily::Inet,
            IpAddr::V6(_) => rt_addr::AddressFamily::Inet6,
        },
        ifa_prefixlen: addr_len,
        ifa_index: index,
        ..Default::default()
    };
    sock.request(&mut request(
        RTM_NEWADDR,
        NLM_F_CREATE | NLM_F_EXCL,
        &ifa,
        |w| {
            AddrAttrsBuilder::new(w)
                .local(addr)?
                .address(addr)
                .map(|_| ())
        },
    )?)?;

    let rtm = Rtmsg {
        rtm_family: match dst {
            IpAddr::V4(_) => rt_route::AddressFamily::Inet,
            IpAddr::V6(_) => rt_route::AddressFamily::Inet6,
        },
        rtm_dst_len: dst_len,
        rtm_table: RtTable::Main,
        rtm_protocol: RtProtocol::Static,
        rtm_scope: RtScope::Universe,
        rtm_type: RtmType::Unicast,
        ..Default::default()
    };
    sock.request(&mut request(
        RTM_NEWROUTE,
        NLM_F_CREATE | NLM_F_EXCL,
        &rtm,
        |w| {
            let mut b = RouteAttrsBuilder::new(w);
            b.dst(dst)?.gateway(gw)?.oif(index).map(|_| ())
        },
    )?)?;
    Ok(())
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut sock = common::route_socket()?;
    match args.first().map(String::as_str) {
        None => {}
        Some("add") => add(&mut sock, &args[1..])?,
        Some(_) => return Err(USAGE.into()),
    }
    let names = common::names(&common::dump_links(&mut sock)?)?;
    let routes = sock.dump(&mut request(
        RTM_GETROUTE,
        0,
        &Rtmsg::default(),
        |_| Ok(()),
    )?)?;
    for m in routes.messages() {
        println!("{}", common::route_line(&RouteMsg::parse(&m)?, &names)?);
    }
    Ok(())
}
