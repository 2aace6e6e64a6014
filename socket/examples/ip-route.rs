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

mod common;

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_addr::{ops::Newaddr, AddressFamily, Ifaddrmsg};
use nlcodec_families::rt_link::{ops::Setlink, IfinfoFlags};
use nlcodec_families::rt_route::{ops::Getroute, ops::Newroute};
use nlcodec_families::rt_route::{RtProtocol, RtTable, RtmType, Rtmsg};
use nlcodec_socket::{ControlFlow, LinkNames, Protocol, Report};
use std::io::{BufWriter, Write};
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
    let cli = common::Args::parse()?;
    let args = &cli.rest;
    let mut sock = cli.open_from_env(Protocol::ROUTE)?;
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => {}
        // Sets `dev` up, adds `addr` to it and a route to `dst` via `gw` through it.
        ["add", dev, addr, dst, gw] => {
            let ((addr, alen, af), (dst, dlen, _)) = (prefix(addr)?, prefix(dst)?);
            let mut link = sock.link(dev)?;
            (link.ifi_flags, link.ifi_change) = (IfinfoFlags::UP, IfinfoFlags::UP);
            sock.call(Setlink, 0, &link, |l| Ok(l))?;
            let (index, new) = (link.ifi_index as u32, NLM_F_CREATE | NLM_F_EXCL);
            let mut ifa = Ifaddrmsg::default();
            (ifa.ifa_family, ifa.ifa_prefixlen, ifa.ifa_index) = (af, alen, index);
            // IFA_LOCAL alone: the kernel takes it as IFA_ADDRESS too.
            sock.call(Newaddr, new, &ifa, |a| a.local(addr))?;
            let mut rtm = Rtmsg::default();
            (rtm.rtm_family, rtm.rtm_dst_len, rtm.rtm_type) = (af, dlen, RtmType::Unicast);
            (rtm.rtm_table, rtm.rtm_protocol) = (RtTable::Main, RtProtocol::Static);
            let gw: IpAddr = gw.parse()?;
            sock.call(Newroute, new, &rtm, |r| r.dst(dst)?.gateway(gw)?.oif(index))?;
        }
        _ => return Err("usage: ip-route [add <dev> <addr>/<len> <dst>/<len> <gateway>]".into()),
    }
    let names = LinkNames::dump(&mut sock)?;
    // Streamed (each route read in the receive buffer), written through one locked buffer.
    let mut out = BufWriter::new(std::io::stdout().lock());
    sock.dump_each(Getroute, &Rtmsg::default(), |r| {
        let (h, a) = (&r.header, &r.attrs);
        match a.dst() {
            Some(dst) => write!(out, "{dst}/{}", h.rtm_dst_len)?,
            None => out.write_all(b"default")?,
        }
        if let Some(gw) = a.gateway() {
            write!(out, " via {gw}")?;
        }
        match a.oif().map(|i| (i, names.get(i))) {
            Some((_, Some(dev))) => write!(out, " dev {dev}")?,
            Some((i, None)) => write!(out, " dev if{i}")?,
            None => {}
        }
        let table = a.table_attr().unwrap_or(h.rtm_table);
        writeln!(out, " table {table} proto {}", h.rtm_protocol)?;
        Ok::<_, Report>(ControlFlow::Continue(()))
    })?;
    Ok(out.flush()?)
}
