//! The objects a mirror keeps and the changes it reports.

use super::kinds::Mirrored;
use nlcodec::consts::NLMSG_HDRLEN;
use nlcodec::{Header, Message};
use nlcodec_families::rt_addr::AddrMsg;
use nlcodec_families::rt_link::{IfinfoFlags, LinkMsg};
use nlcodec_families::rt_neigh::NeighbourMsg;
use nlcodec_families::rt_route::RouteMsg;
use nlcodec_families::rt_rule::FibRuleMsg;
use std::fmt;

/// One object of a [`Mirror`](crate::Mirror): its message (type and payload), owned; read it through the
/// typed views ([`link`](Self::link), [`route`](Self::route), ...).
#[derive(Clone, PartialEq, Eq)]
pub struct Object {
    /// The mirror table it belongs to ([`Mirrored::name`]).
    pub kind: &'static str,
    bytes: Vec<u8>,
}

impl Object {
    pub(crate) fn new(kind: &'static str, msg: &Message<'_>) -> Object {
        let mut bytes = Header {
            len: (NLMSG_HDRLEN + msg.payload.len()) as u32,
            seq: 0,
            pid: 0,
            ..msg.header
        }
        .to_bytes()
        .to_vec();
        bytes.extend_from_slice(msg.payload);
        Object { kind, bytes }
    }

    /// The message (its header's sequence number and port id zeroed).
    pub fn message(&self) -> Message<'_> {
        match nlcodec::messages(&self.bytes).next() {
            Some(Ok(m)) => m,
            _ => unreachable_message(),
        }
    }

    /// The payload after `nlmsghdr`.
    pub fn payload(&self) -> &[u8] {
        &self.bytes[NLMSG_HDRLEN..]
    }

    /// The link, if this is one.
    pub fn link(&self) -> Option<LinkMsg<'_>> {
        (self.kind == Mirrored::LINKS.name)
            .then(|| LinkMsg::parse(&self.message()).ok())
            .flatten()
    }

    /// The address, if this is one.
    pub fn address(&self) -> Option<AddrMsg<'_>> {
        (self.kind == Mirrored::ADDRESSES.name)
            .then(|| AddrMsg::parse(&self.message()).ok())
            .flatten()
    }

    /// The route, if this is one.
    pub fn route(&self) -> Option<RouteMsg<'_>> {
        (self.kind == Mirrored::ROUTES.name)
            .then(|| RouteMsg::parse(&self.message()).ok())
            .flatten()
    }

    /// The neighbour, if this is one.
    pub fn neighbour(&self) -> Option<NeighbourMsg<'_>> {
        (self.kind == Mirrored::NEIGHBOURS.name)
            .then(|| NeighbourMsg::parse(&self.message()).ok())
            .flatten()
    }

    /// The rule, if this is one.
    pub fn rule(&self) -> Option<FibRuleMsg<'_>> {
        (self.kind == Mirrored::RULES.name)
            .then(|| FibRuleMsg::parse(&self.message()).ok())
            .flatten()
    }
}

/// A message kept by a mirror always parses (it was parsed when it came in); this is never
/// reached.
fn unreachable_message() -> Message<'static> {
    Message {
        header: Header::default(),
        payload: &[],
    }
}

impl fmt::Debug for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Object({self})")
    }
}

/// One line: the kind and what identifies the object (`link 3 v0 up`, `route 10.0.0.0/24
/// table 254 dev 3`, `address 10.0.0.1/24 dev 3`, `neighbour 10.0.0.2 dev 3`, `rule 32766
/// table 254`).
impl fmt::Display for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(l) = self.link() {
            let up = if l.header.ifi_flags.contains(IfinfoFlags::UP) {
                "up"
            } else {
                "down"
            };
            return write!(
                f,
                "link {} {} {up}",
                l.header.ifi_index,
                l.attrs.ifname().unwrap_or("?")
            );
        }
        if let Some(a) = self.address() {
            let ip = a.attrs.local().or(a.attrs.address());
            return match ip {
                Some(ip) => write!(
                    f,
                    "address {ip}/{} dev {}",
                    a.header.ifa_prefixlen, a.header.ifa_index
                ),
                None => write!(f, "address ? dev {}", a.header.ifa_index),
            };
        }
        if let Some(r) = self.route() {
            let table = r.attrs.table_attr().unwrap_or(r.header.rtm_table).value();
            match r.attrs.dst() {
                Some(d) => write!(f, "route {d}/{}", r.header.rtm_dst_len)?,
                None => f.write_str("route default")?,
            }
            write!(f, " table {table}")?;
            if let Some(g) = r.attrs.gateway() {
                write!(f, " via {g}")?;
            }
            if let Some(o) = r.attrs.oif() {
                write!(f, " dev {o}")?;
            }
            return Ok(());
        }
        if let Some(n) = self.neighbour() {
            let dst = n.attrs.dst().map(|d| d.to_string()).unwrap_or_default();
            return write!(f, "neighbour {dst} dev {}", n.header.ndm_ifindex);
        }
        if let Some(r) = self.rule() {
            let table = r.attrs.table_attr().unwrap_or(r.header.table).value();
            return write!(f, "rule {} table {table}", r.attrs.priority().unwrap_or(0));
        }
        write!(f, "{} type {}", self.kind, self.message().header.kind)
    }
}

/// What changed in a [`Mirror`](crate::Mirror).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A new object.
    Added(Object),
    /// An object replaced: the old and the new.
    Changed {
        /// As it was.
        old: Object,
        /// As it is.
        new: Object,
    },
    /// An object gone.
    Removed(Object),
}

/// `+ link 3 v0 up`, `~ route ...`, `- address ...`.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Added(o) => write!(f, "+ {o}"),
            Change::Changed { new, .. } => write!(f, "~ {new}"),
            Change::Removed(o) => write!(f, "- {o}"),
        }
    }
}
