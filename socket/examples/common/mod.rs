//! Shared by the `ip-*` and `monitor` examples: requests and `ip`-style formatting.
#![allow(dead_code)]

use nlcodec::family::header_of;
use nlcodec::family::route::{IfAddrMsg, IfInfoMsg, RtMsg};
#[allow(unused_imports)] // each example uses a few of them
pub use nlcodec::family::route::{
    RTM_DELADDR, RTM_DELLINK, RTM_GETADDR, RTM_GETLINK, RTM_GETROUTE, RTM_NEWADDR, RTM_NEWLINK,
    RTM_NEWROUTE,
};
use nlcodec::{AttrTable, Message, Writer};
use nlcodec_socket::{Protocol, Socket};
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub type Error = Box<dyn std::error::Error>;

/// A ROUTE socket with extended ACKs on.
pub fn route_socket() -> Result<Socket, Error> {
    let s = Socket::open(Protocol::ROUTE)?;
    s.set_ext_ack(true)?;
    Ok(s)
}

/// A dump request of `kind` with an all-zero family header of `header_len` bytes.
pub fn dump_request(kind: u16, header_len: usize) -> Result<Vec<u8>, Error> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(kind, 0, 0, 0)?;
    w.put(&vec![0u8; header_len])?;
    w.end_message()?;
    Ok(w.into_vec())
}

/// Interface index -> name, from a link dump.
pub fn link_names(sock: &mut Socket) -> Result<HashMap<i32, String>, Error> {
    let mut names = HashMap::new();
    let reply = sock.dump(&mut dump_request(RTM_GETLINK, 16)?)?;
    for m in reply.messages() {
        let h: IfInfoMsg = header_of(&m)?;
        let tb = AttrTable::<64>::from_attrs(m.attrs(16))?;
        if let Some(n) = tb.get(3) {
            names.insert(h.index, n.as_str()?.to_owned());
        }
    }
    Ok(names)
}

pub fn mac(b: &[u8]) -> String {
    b.iter()
        .map(|x| format!("{x:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

pub fn ip(b: &[u8]) -> String {
    match b.len() {
        4 => IpAddr::V4(Ipv4Addr::new(b[0], b[1], b[2], b[3])).to_string(),
        16 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(b);
            IpAddr::V6(Ipv6Addr::from(a)).to_string()
        }
        _ => format!("?{}", mac(b)),
    }
}

const IFF_NAMES: &[(u32, &str)] = &[
    (0x8, "LOOPBACK"),
    (0x2, "BROADCAST"),
    (0x10, "POINTOPOINT"),
    (0x1000, "MULTICAST"),
    (0x80, "NOARP"),
    (0x100, "PROMISC"),
    (0x1, "UP"),
    (0x10000, "LOWER_UP"),
];

const OPERSTATES: &[&str] = &[
    "UNKNOWN",
    "NOTPRESENT",
    "DOWN",
    "LOWERLAYERDOWN",
    "TESTING",
    "DORMANT",
    "UP",
];

/// `ip link`-style lines for an RTM_NEWLINK / RTM_DELLINK message.
pub fn fmt_link(m: &Message<'_>) -> Result<String, Error> {
    let h: IfInfoMsg = header_of(m)?;
    let tb = AttrTable::<64>::from_attrs(m.attrs(16))?;
    let name = match tb.get(3) {
        Some(a) => a.as_str()?,
        None => "?",
    };
    let flags: Vec<&str> = IFF_NAMES
        .iter()
        .filter(|(bit, _)| h.flags & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    let mut s = format!("{}: {name}: <{}>", h.index, flags.join(","));
    if let Some(mtu) = tb.get(4) {
        s += &format!(" mtu {}", mtu.as_u32()?);
    }
    if let Some(master) = tb.get(10) {
        s += &format!(" master {}", master.as_u32()?);
    }
    if let Some(st) = tb.get(16) {
        let st = st.as_u8()? as usize;
        s += &format!(" state {}", OPERSTATES.get(st).copied().unwrap_or("?"));
    }
    if let Some(info) = tb.get(18) {
        for a in info.nested() {
            let a = a?;
            if a.kind() == 1 {
                s += &format!(" kind {}", a.as_str()?);
            }
        }
    }
    let kind = match h.kind {
        772 => "loopback",
        1 => "ether",
        _ => "link",
    };
    if let Some(addr) = tb.get(1) {
        s += &format!("\n    link/{kind} {}", mac(addr.value()));
        if let Some(brd) = tb.get(2) {
            s += &format!(" brd {}", mac(brd.value()));
        }
    }
    Ok(s)
}

fn scope(s: u8) -> String {
    match s {
        0 => "global".into(),
        200 => "site".into(),
        253 => "link".into(),
        254 => "host".into(),
        255 => "nowhere".into(),
        n => n.to_string(),
    }
}

/// `ip addr`-style line for an RTM_NEWADDR / RTM_DELADDR message.
pub fn fmt_addr(m: &Message<'_>, names: &HashMap<i32, String>) -> Result<String, Error> {
    let h: IfAddrMsg = header_of(m)?;
    let tb = AttrTable::<16>::from_attrs(m.attrs(8))?;
    let fam = if h.family == 2 { "inet" } else { "inet6" };
    // IFA_LOCAL is the interface's own address; IFA_ADDRESS the peer on point-to-point links.
    let addr = tb
        .get(2)
        .or(tb.get(1))
        .map(|a| ip(a.value()))
        .unwrap_or_default();
    let mut s = format!("{fam} {addr}/{}", h.prefix_len);
    if let Some(b) = tb.get(4) {
        s += &format!(" brd {}", ip(b.value()));
    }
    s += &format!(" scope {}", scope(h.scope));
    let dev = names
        .get(&(h.index as i32))
        .cloned()
        .unwrap_or_else(|| format!("if{}", h.index));
    s += &format!(" dev {dev}");
    if let Some(l) = tb.get(3) {
        if l.as_str()? != dev {
            s += &format!(" label {}", l.as_str()?);
        }
    }
    Ok(s)
}

fn table_name(t: u32) -> String {
    match t {
        253 => "default".into(),
        254 => "main".into(),
        255 => "local".into(),
        n => n.to_string(),
    }
}

fn proto_name(p: u8) -> String {
    match p {
        1 => "redirect".into(),
        2 => "kernel".into(),
        3 => "boot".into(),
        4 => "static".into(),
        n => n.to_string(),
    }
}

fn dev(names: &HashMap<i32, String>, idx: u32) -> String {
    names
        .get(&(idx as i32))
        .cloned()
        .unwrap_or_else(|| format!("if{idx}"))
}

/// `ip route`-style line for an RTM_NEWROUTE message.
pub fn fmt_route(m: &Message<'_>, names: &HashMap<i32, String>) -> Result<String, Error> {
    let h: RtMsg = header_of(m)?;
    let tb = AttrTable::<32>::from_attrs(m.attrs(12))?;
    let mut s = String::new();
    match h.kind {
        2 => s += "local ",
        3 => s += "broadcast ",
        5 => s += "multicast ",
        6 => s += "blackhole ",
        7 => s += "unreachable ",
        _ => {}
    }
    match tb.get(1) {
        Some(d) => s += &format!("{}/{}", ip(d.value()), h.dst_len),
        None if h.dst_len == 0 => s += "default",
        None => s += &format!("?/{}", h.dst_len),
    }
    if let Some(g) = tb.get(5) {
        s += &format!(" via {}", ip(g.value()));
    }
    if let Some(o) = tb.get(4) {
        s += &format!(" dev {}", dev(names, o.as_u32()?));
    }
    let table = match tb.get(15) {
        Some(t) => t.as_u32()?,
        None => h.table as u32,
    };
    s += &format!(" table {}", table_name(table));
    s += &format!(" proto {}", proto_name(h.protocol));
    if h.scope != 0 {
        s += &format!(" scope {}", scope(h.scope));
    }
    if let Some(p) = tb.get(7) {
        s += &format!(" src {}", ip(p.value()));
    }
    if let Some(p) = tb.get(6) {
        s += &format!(" metric {}", p.as_u32()?);
    }
    if let Some(mp) = tb.get(9) {
        // RTA_MULTIPATH: struct rtnexthop { u16 len; u8 flags; u8 hops; i32 ifindex; } + attrs.
        let mut rest = mp.value();
        while rest.len() >= 8 {
            let len = u16::from_ne_bytes([rest[0], rest[1]]) as usize;
            if len < 8 || len > rest.len() {
                break;
            }
            let hops = rest[3];
            let ifindex = i32::from_ne_bytes([rest[4], rest[5], rest[6], rest[7]]);
            s += "\n\tnexthop";
            for a in nlcodec::attrs(&rest[8..len]) {
                let a = a?;
                if a.kind() == 5 {
                    s += &format!(" via {}", ip(a.value()));
                }
            }
            s += &format!(
                " dev {} weight {}",
                dev(names, ifindex as u32),
                hops as u32 + 1
            );
            rest = &rest[nlcodec::consts::align(len).min(rest.len())..];
        }
    }
    Ok(s)
}
