//! Shared by the examples: an error that prints by its `Display`, a ROUTE socket whose kernel
//! errors name their attributes, the link names, and
//! `ip`-style lines from the typed views.
#![allow(dead_code)] // each example uses a few of these

use nlcodec_families::rt_addr::AddrMsg;
use nlcodec_families::rt_link::{IfinfoFlags, Ifinfomsg, LinkMsg, RTM_GETLINK};
use nlcodec_families::rt_route::{RouteMsg, RtScope, RtmType};
use nlcodec_families::runtime::Rtnetlink;
use nlcodec_socket::{Protocol, Replay, Reply, Socket, Transport};
use std::fmt::Write;

/// Any error, printed by its `Display` when `main` returns it (for a kernel error: the
/// request and the offending attribute by name, rather than the `Debug` of the fields).
pub struct Error(String);

impl<E: std::fmt::Display> From<E> for Error {
    fn from(e: E) -> Error {
        Error(e.to_string())
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Interface index -> name.
pub type Names = nlcodec_socket::LinkNames;

/// A socket over the kernel, a recording or a replay (chosen at run time).
pub type Sock = Socket<Box<dyn Transport + Send>>;

/// A ROUTE socket with extended ACKs on; its kernel errors name the attribute path.
/// `NLCODEC_RECORD=FILE` records the run as pcap; `NLCODEC_REPLAY=FILE` replays one instead
/// of talking to the kernel.
pub fn route_socket() -> Result<Sock, Error> {
    let mut s = match std::env::var_os("NLCODEC_REPLAY") {
        Some(path) => Socket::with_transport(Protocol::ROUTE, Replay::open(path)?)?.boxed(),
        None => match std::env::var_os("NLCODEC_RECORD") {
            Some(path) => kernel_route_socket()?
                .record(std::fs::File::create(path)?)?
                .boxed(),
            None => kernel_route_socket()?.boxed(),
        },
    };
    s.set_schema(&Rtnetlink);
    Ok(s)
}

/// A ROUTE socket on the kernel (for listeners: groups are kernel socket options).
pub fn kernel_route_socket() -> Result<Socket, Error> {
    let mut s = Socket::open(Protocol::ROUTE)?;
    s.set_ext_ack(true)?;
    s.set_schema(&Rtnetlink);
    Ok(s)
}

/// Every link (`RTM_GETLINK` dump).
pub fn dump_links<T: Transport>(sock: &mut Socket<T>) -> Result<Reply, Error> {
    Ok(sock.dump_all(RTM_GETLINK, &Ifinfomsg::default())?)
}

/// The link's name, with `@peer` for a link tied to another (veth, vlan, ...).
pub fn link_name(l: &LinkMsg<'_>, names: &Names) -> String {
    let name = l.attrs.ifname().unwrap_or("?");
    match l.attrs.link() {
        Some(peer) if peer != 0 && peer != l.header.ifi_index as u32 => {
            if l.attrs.link_netnsid().is_some() {
                format!("{name}@if{peer}") // an index in another namespace
            } else {
                format!("{name}@{}", names.name(peer))
            }
        }
        _ => name.to_owned(),
    }
}

/// A line of `ip -br`: the link's name and operational state (by name, upper case as `ip`
/// prints it) in their columns, then `rest`.
pub fn brief(l: &LinkMsg<'_>, names: &Names, rest: &str) -> String {
    let state = l.attrs.operstate().map(|s| s.to_string().to_uppercase());
    let state = state.unwrap_or_default();
    format!("{:<16} {state:<14} {rest}", link_name(l, names))
}

/// A line of `ip -br link`: name, operational state, address, `<FLAGS>` by their C names.
pub fn link_line(l: &LinkMsg<'_>, names: &Names) -> String {
    let flags = l.header.ifi_flags;
    let set: Vec<&str> = IfinfoFlags::desc()
        .entries
        .iter()
        .filter(|e| flags.contains(IfinfoFlags::from(e.value as u32)))
        .map(|e| e.c_name.trim_start_matches("IFF_"))
        .collect();
    let mac = l.attrs.address().map(|a| a.to_string()).unwrap_or_default();
    brief(l, names, &format!("{mac} <{}>", set.join(",")))
}

/// An address as `address/prefix` (the local address; the peer's on point-to-point links
/// without one).
pub fn addr_text(a: &AddrMsg<'_>) -> String {
    match a.attrs.local().or(a.attrs.address()) {
        Some(ip) => format!("{ip}/{}", a.header.ifa_prefixlen),
        None => format!("?/{}", a.header.ifa_prefixlen),
    }
}

/// A line of `ip route show table all`: type, destination, gateway, device, table, protocol,
/// scope, source, metric, then the multipath next hops.
pub fn route_line(r: &RouteMsg<'_>, names: &Names) -> Result<String, Error> {
    let (h, a) = (&r.header, &r.attrs);
    let mut s = String::new();
    if h.rtm_type != RtmType::Unicast {
        write!(s, "{} ", h.rtm_type)?;
    }
    match a.dst() {
        Some(d) => write!(s, "{d}/{}", h.rtm_dst_len)?,
        None if h.rtm_dst_len == 0 => s += "default",
        None => write!(s, "?/{}", h.rtm_dst_len)?,
    }
    if let Some(g) = a.gateway() {
        write!(s, " via {g}")?;
    }
    if let Some(o) = a.oif() {
        write!(s, " dev {}", names.name(o))?;
    }
    let table = a.table_attr().unwrap_or(h.rtm_table);
    write!(s, " table {table} proto {}", h.rtm_protocol)?;
    if h.rtm_scope != RtScope::Universe {
        write!(s, " scope {}", h.rtm_scope)?;
    }
    if let Some(p) = a.prefsrc() {
        write!(s, " src {p}")?;
    }
    if let Some(m) = a.priority() {
        write!(s, " metric {m}")?;
    }
    for hop in a.multipath().into_iter().flatten() {
        let (nh, attrs) = hop?;
        s += "\n\tnexthop";
        if let Some(g) = attrs.gateway() {
            write!(s, " via {g}")?;
        }
        let (ifindex, weight) = (nh.rtnh_ifindex as u32, u32::from(nh.rtnh_hops) + 1);
        write!(s, " dev {} weight {weight}", names.name(ifindex))?;
    }
    Ok(s)
}
