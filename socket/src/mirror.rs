//! A mirror: an in-memory copy of kernel objects (links, addresses, routes, neighbours,
//! rules, or any kind with a dump and notifications) kept current from events, resynced by
//! dumping again when events were lost, and corrected where the kernel changes objects
//! without telling (IPv4 routes of a link that goes down, the `linkdown` flag of routes
//! when a link loses its carrier).

use crate::error::Error;
use crate::filter::RouteFilter;
use crate::netns::Netns;
use crate::socket::Socket;
use crate::transport::{Kernel, Transport};
use nlcodec::consts::NLMSG_HDRLEN;
use nlcodec::{Header, Message};
use nlcodec_families::rt_addr::{
    ops::Getaddr, AddrMsg, AddressFamily, Ifaddrmsg, RTM_DELADDR, RTM_NEWADDR,
};
use nlcodec_families::rt_addr::{RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR};
use nlcodec_families::rt_link::{ops::Getlink, IfinfoFlags, Ifinfomsg, LinkMsg};
use nlcodec_families::rt_link::{RTM_DELLINK, RTM_NEWLINK, RTNLGRP_LINK};
use nlcodec_families::rt_neigh::RTNLGRP_NEIGH;
use nlcodec_families::rt_neigh::{
    ops::Getneigh, Ndmsg, NeighbourMsg, NudState, RTM_DELNEIGH, RTM_NEWNEIGH,
};
use nlcodec_families::rt_route::{
    ops::Getroute, RouteMsg, RtmType, Rtmsg, RTM_DELROUTE, RTM_NEWROUTE,
};
use nlcodec_families::rt_route::{RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE};
use nlcodec_families::rt_rule::{ops::Getrule, FibRuleHdr, FibRuleMsg, RTM_DELRULE, RTM_NEWRULE};
use nlcodec_families::rt_rule::{RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE};
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::ops::ControlFlow;
use std::time::Instant;

/// A socket over any transport, as a mirror holds them.
pub type AnySocket = Socket<Box<dyn Transport + Send>>;

/// One kind of object a [`Mirror`] keeps, as data: its message types, the groups that
/// announce it, its dump request and its identity. The five of rtnetlink are
/// [`Mirrored::LINKS`], [`Mirrored::ADDRESSES`], [`Mirrored::ROUTES`], [`Mirrored::NEIGHBOURS`] and
/// [`Mirrored::RULES`]; another family with a dump and notifications (nexthops, a generic
/// netlink family with a notify group) is mirrored by a `Mirrored` of its own.
#[derive(Debug, Clone, Copy)]
pub struct Mirrored {
    /// Its name (`routes`).
    pub name: &'static str,
    /// The message type that adds or replaces one (`RTM_NEWROUTE`).
    pub new: u16,
    /// The message type that removes one (`RTM_DELROUTE`).
    pub del: u16,
    /// The multicast groups that announce changes.
    pub groups: &'static [u32],
    /// Writes the dump request (one message).
    pub request: fn(&mut AnySocket) -> Result<Vec<u8>, Error>,
    /// The object's identity within its kind, from its message: objects with the same key
    /// are the same object. `None`: not kept (another address family's message of the same
    /// type, say).
    pub key: fn(&Message<'_>) -> Option<Vec<u8>>,
}

impl Mirrored {
    /// Links (`RTM_NEWLINK`, `RTNLGRP_LINK`), by index; bridge port entries
    /// (`AF_BRIDGE`) are not kept.
    pub const LINKS: Mirrored = Mirrored {
        name: "links",
        new: RTM_NEWLINK,
        del: RTM_DELLINK,
        groups: &[RTNLGRP_LINK],
        request: |s| s.typed_request::<Getlink>(0, &Ifinfomsg::default(), |a| Ok(a)),
        key: |m| {
            let l = LinkMsg::parse(m).ok()?;
            (l.header.ifi_family.value() == 0).then(|| l.header.ifi_index.to_ne_bytes().to_vec())
        },
    };

    /// IPv4 and IPv6 addresses, by family, link, prefix length and address.
    pub const ADDRESSES: Mirrored = Mirrored {
        name: "addresses",
        new: RTM_NEWADDR,
        del: RTM_DELADDR,
        groups: &[RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR],
        request: |s| s.typed_request::<Getaddr>(0, &Ifaddrmsg::default(), |a| Ok(a)),
        key: |m| {
            let a = AddrMsg::parse(m).ok()?;
            let h = &a.header;
            let ip = a.attrs.local().or(a.attrs.address())?;
            Some(
                format!(
                    "{} {} {} {ip}",
                    h.ifa_family.value(),
                    h.ifa_index,
                    h.ifa_prefixlen
                )
                .into_bytes(),
            )
        },
    };

    /// IPv4 and IPv6 routes of every table, by family, table, destination, source, TOS,
    /// priority (metric), type, and for IPv6 the output link.
    pub const ROUTES: Mirrored = Mirrored {
        name: "routes",
        new: RTM_NEWROUTE,
        del: RTM_DELROUTE,
        groups: &[RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE],
        request: |s| s.typed_request::<Getroute>(0, &Rtmsg::default(), |a| Ok(a)),
        key: |m| {
            let r = RouteMsg::parse(m).ok()?;
            let h = &r.header;
            let family = h.rtm_family;
            if family != AddressFamily::Inet && family != AddressFamily::Inet6 {
                return None;
            }
            let table = r.attrs.table_attr().unwrap_or(h.rtm_table).value();
            // IPv6 keeps one route per prefix and output link (`ff00::/8` on every link);
            // IPv4 one per prefix, TOS and priority (a replace changes its next hop).
            let oif = match family {
                AddressFamily::Inet6 => r.attrs.oif().unwrap_or(0),
                _ => 0,
            };
            let key = format!(
                "{} {table} {:?}/{} {:?}/{} {} {} {} {oif}",
                family.value(),
                r.attrs.dst(),
                h.rtm_dst_len,
                r.attrs.src(),
                h.rtm_src_len,
                h.rtm_tos,
                r.attrs.priority().unwrap_or(0),
                h.rtm_type.value(),
            );
            Some(key.into_bytes())
        },
    };

    /// IPv4 and IPv6 neighbours, by family, link and address, as `ip neigh` lists them:
    /// bridge FDB entries and `NOARP` entries (multicast and broadcast mappings the kernel
    /// makes and drops with addresses, without an event) are not kept.
    pub const NEIGHBOURS: Mirrored = Mirrored {
        name: "neighbours",
        new: RTM_NEWNEIGH,
        del: RTM_DELNEIGH,
        groups: &[RTNLGRP_NEIGH],
        request: |s| s.typed_request::<Getneigh>(0, &Ndmsg::default(), |a| Ok(a)),
        key: |m| {
            let n = NeighbourMsg::parse(m).ok()?;
            let h = &n.header;
            let inet = h.ndm_family == AddressFamily::Inet || h.ndm_family == AddressFamily::Inet6;
            // NOARP entries (multicast and broadcast mappings) come and go with addresses
            // and links without an event: they are the kernel's, not state to mirror.
            if !inet || h.ndm_state.contains(NudState::NOARP) {
                return None;
            }
            Some(
                format!(
                    "{} {} {:?}",
                    h.ndm_family.value(),
                    h.ndm_ifindex,
                    n.attrs.dst()
                )
                .into_bytes(),
            )
        },
    };

    /// IPv4 and IPv6 policy routing rules: a rule has no identity but its whole content.
    pub const RULES: Mirrored = Mirrored {
        name: "rules",
        new: RTM_NEWRULE,
        del: RTM_DELRULE,
        groups: &[RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE],
        request: |s| s.typed_request::<Getrule>(0, &FibRuleHdr::default(), |a| Ok(a)),
        key: |m| {
            let r = FibRuleMsg::parse(m).ok()?;
            let f = r.header.family;
            (f == AddressFamily::Inet || f == AddressFamily::Inet6).then(|| m.payload.to_vec())
        },
    };

    /// The five kinds of rtnetlink state, in the order a mirror dumps them.
    pub const RTNETLINK: [Mirrored; 5] = [
        Mirrored::LINKS,
        Mirrored::ADDRESSES,
        Mirrored::ROUTES,
        Mirrored::NEIGHBOURS,
        Mirrored::RULES,
    ];
}

/// One object of a [`Mirror`]: its message (type and payload), owned; read it through the
/// typed views ([`link`](Self::link), [`route`](Self::route), ...).
#[derive(Clone, PartialEq, Eq)]
pub struct Object {
    /// The mirror table it belongs to ([`Mirrored::name`]).
    pub kind: &'static str,
    bytes: Vec<u8>,
}

impl Object {
    fn new(kind: &'static str, msg: &Message<'_>) -> Object {
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

/// What changed in a [`Mirror`].
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

/// A typed in-memory copy of kernel state, kept current from events.
///
/// It dumps each [`Mirrored`] once (on two sockets: one that listens to the kinds' groups from
/// before the dumps, one for the dumps), then applies every event, in order. When events
/// were lost (`ENOBUFS`) it dumps everything again and reports the differences as changes
/// ([`resyncs`](Self::resyncs) counts it). Where the kernel changes routes without telling
/// (IPv4 routes through a link that goes down are deleted; routes through a link that
/// loses its carrier get the `linkdown` flag), it reads that link's routes again with a
/// kernel-side filter ([`refreshes`](Self::refreshes)), so that it always equals a fresh
/// dump.
///
/// ```no_run
/// use nlcodec_socket::Mirror;
/// let mut m = Mirror::open()?;
/// println!("{} routes", m.routes().count());
/// loop {
///     if let Some(change) = m.next_change(None)? {
///         println!("{change}"); // + route 10.0.0.0/24 table 254 dev 3
///     }
/// }
/// # Ok::<(), nlcodec_socket::Error>(())
/// ```
pub struct Mirror {
    requests: AnySocket,
    events: AnySocket,
    kinds: Vec<Mirrored>,
    tables: Vec<HashMap<Vec<u8>, Object>>,
    pending: VecDeque<Change>,
    resyncs: u64,
    refreshes: u64,
    /// Links whose routes are to be read again (see `after_link`).
    stale_links: std::collections::BTreeSet<u32>,
}

impl fmt::Debug for Mirror {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sizes: Vec<(&str, usize)> = self
            .kinds
            .iter()
            .zip(&self.tables)
            .map(|(k, t)| (k.name, t.len()))
            .collect();
        f.debug_struct("Mirror")
            .field("tables", &sizes)
            .field("resyncs", &self.resyncs)
            .finish()
    }
}

impl Mirror {
    /// The event socket's receive buffer unless [`open_kinds`](Self::open_kinds) is given
    /// another: 8 MiB (`SO_RCVBUFFORCE` with `CAP_NET_ADMIN`, else as much as
    /// `net.core.rmem_max` allows), room for a storm of changes (10,000 made by
    /// `ip -batch` in a quarter of a second) without losing an event; the kernel's default
    /// (208 KiB) holds a few hundred events.
    pub const DEFAULT_RCVBUF: usize = 8 << 20;

    /// The mirror of this network namespace's links, addresses, routes, neighbours and
    /// rules ([`Mirrored::RTNETLINK`]).
    pub fn open() -> Result<Mirror, Error> {
        Mirror::open_kinds(None, &Mirrored::RTNETLINK, None)
    }

    /// The same of another network namespace.
    pub fn open_in(netns: Netns<'_>) -> Result<Mirror, Error> {
        Mirror::open_kinds(Some(netns), &Mirrored::RTNETLINK, None)
    }

    /// A mirror of `kinds` (rtnetlink), in `netns` or this namespace, with the event
    /// socket's receive buffer set to `rcvbuf` bytes ([`DEFAULT_RCVBUF`](Self::DEFAULT_RCVBUF)
    /// when `None`).
    pub fn open_kinds(
        netns: Option<Netns<'_>>,
        kinds: &[Mirrored],
        rcvbuf: Option<usize>,
    ) -> Result<Mirror, Error> {
        let open = |ns: Option<Netns<'_>>| match ns {
            Some(ns) => Socket::open_in(ns, nlcodec::Protocol::ROUTE),
            None => Socket::open(nlcodec::Protocol::ROUTE),
        };
        let events = open(netns)?;
        let b = rcvbuf.unwrap_or(Mirror::DEFAULT_RCVBUF);
        events
            .set_recv_buffer_size_force(b)
            .or_else(|_| events.set_recv_buffer_size(b))?;
        // Listening before the dumps: no change falls between a dump and the events.
        for k in kinds {
            events.add_memberships(k.groups)?;
        }
        let requests: Socket<Kernel> = open(netns)?;
        // The silent-change refresh asks for one link's routes: a kernel-side filter.
        requests.set_strict_checking(true)?;
        Mirror::with_sockets(requests.boxed(), events.boxed(), kinds)
    }
}

impl Mirror {
    /// A mirror over sockets of the caller's (any transport: a fake or a replay in tests):
    /// `events` already listens to the kinds' groups, `requests` dumps (with strict
    /// checking, for the route refreshes). The first dumps are done here.
    pub fn with_sockets(
        requests: AnySocket,
        events: AnySocket,
        kinds: &[Mirrored],
    ) -> Result<Mirror, Error> {
        let mut m = Mirror {
            requests,
            events,
            kinds: kinds.to_vec(),
            tables: vec![HashMap::new(); kinds.len()],
            pending: VecDeque::new(),
            resyncs: 0,
            refreshes: 0,
            stale_links: Default::default(),
        };
        m.tables = m.dump_all()?;
        Ok(m)
    }

    /// The next change, applying events as they come, waiting until `deadline` (`None`: as
    /// long as it takes); `Ok(None)` when the deadline passed with nothing new.
    pub fn next_change(&mut self, deadline: Option<Instant>) -> Result<Option<Change>, Error> {
        loop {
            if let Some(c) = self.pending.pop_front() {
                return Ok(Some(c));
            }
            // Links' routes are read again once the queue is empty: reading the events
            // first keeps the queue from overflowing while the kernel is busy.
            let until = match self.stale_links.is_empty() {
                true => deadline,
                false => Some(Instant::now()),
            };
            let d = match self.events.recv_until(until) {
                Err(Error::Timeout { .. }) if !self.stale_links.is_empty() => {
                    self.refresh_stale_links()?;
                    continue;
                }
                Ok(d) => d,
                Err(Error::Timeout { .. }) => return Ok(None),
                Err(Error::EventsLost) => {
                    self.resync()?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            if d.from.port != 0 {
                continue; // not the kernel's
            }
            let msgs: Vec<(Header, Vec<u8>)> = d
                .messages()
                .map(|m| (m.header, m.payload.to_vec()))
                .collect();
            for (header, payload) in msgs {
                self.apply(&Message {
                    header,
                    payload: &payload,
                })?;
            }
        }
    }

    /// Drops the events queued, dumps everything again and reports the differences as
    /// changes (what [`next_change`](Self::next_change) does by itself after `ENOBUFS`).
    pub fn resync(&mut self) -> Result<(), Error> {
        // What is queued is older than the dump about to be taken, and the events that would
        // have corrected it are the ones lost: applied after the dump it would bring back
        // what is gone. Drop it all first.
        loop {
            match self.events.recv_until(Some(Instant::now())) {
                Ok(_) | Err(Error::EventsLost) => {}
                Err(Error::Timeout { .. }) => break,
                Err(e) if e.is_would_block() => break,
                Err(e) => return Err(e),
            }
        }
        let fresh = self.dump_all()?;
        self.stale_links.clear(); // the dump has every route
        let old = std::mem::replace(&mut self.tables, fresh);
        for (old, new) in old.into_iter().zip(&self.tables) {
            diff(&old, new, &mut self.pending);
        }
        self.resyncs += 1;
        Ok(())
    }

    /// How many times the mirror dumped everything again after events were lost.
    pub fn resyncs(&self) -> u64 {
        self.resyncs
    }

    /// How many times it read a link's routes again after the kernel changed them without
    /// telling.
    pub fn refreshes(&self) -> u64 {
        self.refreshes
    }

    /// The objects of the kind called `name` (`"routes"`), in no order.
    pub fn objects(&self, name: &str) -> impl Iterator<Item = &Object> + '_ {
        let i = self.kinds.iter().position(|k| k.name == name);
        i.map(|i| &self.tables[i])
            .into_iter()
            .flat_map(|t| t.values())
    }

    /// The links.
    pub fn links(&self) -> impl Iterator<Item = LinkMsg<'_>> + '_ {
        self.objects(Mirrored::LINKS.name).filter_map(Object::link)
    }

    /// The addresses (IPv4 and IPv6).
    pub fn addresses(&self) -> impl Iterator<Item = AddrMsg<'_>> + '_ {
        self.objects(Mirrored::ADDRESSES.name)
            .filter_map(Object::address)
    }

    /// The routes (IPv4 and IPv6, every table).
    pub fn routes(&self) -> impl Iterator<Item = RouteMsg<'_>> + '_ {
        self.objects(Mirrored::ROUTES.name)
            .filter_map(Object::route)
    }

    /// The neighbours (IPv4 and IPv6).
    pub fn neighbours(&self) -> impl Iterator<Item = NeighbourMsg<'_>> + '_ {
        self.objects(Mirrored::NEIGHBOURS.name)
            .filter_map(Object::neighbour)
    }

    /// The rules (IPv4 and IPv6).
    pub fn rules(&self) -> impl Iterator<Item = FibRuleMsg<'_>> + '_ {
        self.objects(Mirrored::RULES.name).filter_map(Object::rule)
    }

    /// How many objects of the kind called `name`.
    pub fn count(&self, name: &str) -> usize {
        self.objects(name).count()
    }

    /// One event message: added, replaced or removed in its table; a link change that the
    /// kernel follows with silent route changes refreshes that link's routes.
    fn apply(&mut self, msg: &Message<'_>) -> Result<(), Error> {
        let kind = msg.header.kind;
        let Some(i) = self
            .kinds
            .iter()
            .position(|k| k.new == kind || k.del == kind)
        else {
            return Ok(());
        };
        let k = self.kinds[i];
        let Some(key) = (k.key)(msg) else {
            return Ok(());
        };
        let old = if kind == k.del {
            let old = self.tables[i].remove(&key);
            if let Some(o) = &old {
                self.pending.push_back(Change::Removed(o.clone()));
            }
            old
        } else {
            let new = Object::new(k.name, msg);
            let old = self.tables[i].insert(key, new.clone());
            match &old {
                None => self.pending.push_back(Change::Added(new)),
                Some(o) if o.payload() != new.payload() => {
                    self.pending.push_back(Change::Changed {
                        old: o.clone(),
                        new,
                    })
                }
                Some(_) => {}
            }
            old
        };
        if k.name == Mirrored::LINKS.name {
            self.after_link(kind == k.del, old.as_ref(), msg)?;
        }
        Ok(())
    }

    /// The kernel's silent changes after a link change: a link gone takes its routes,
    /// addresses and neighbours with it; a link that went down or changed carrier has its
    /// routes read again, once the events queued now are applied.
    fn after_link(
        &mut self,
        deleted: bool,
        old: Option<&Object>,
        msg: &Message<'_>,
    ) -> Result<(), Error> {
        let Ok(link) = LinkMsg::parse(msg) else {
            return Ok(());
        };
        let index = link.header.ifi_index as u32;
        if deleted {
            self.stale_links.remove(&index);
            // Nothing can stay on a link that is gone: its addresses and neighbours too
            // (their events may have been dropped with it).
            for name in [Mirrored::ADDRESSES.name, Mirrored::NEIGHBOURS.name] {
                if let Some(t) = self.kinds.iter().position(|k| k.name == name) {
                    let gone: Vec<Vec<u8>> = self.tables[t]
                        .iter()
                        .filter(|(_, o)| on_link(o, index))
                        .map(|(k, _)| k.clone())
                        .collect();
                    for key in gone {
                        if let Some(o) = self.tables[t].remove(&key) {
                            self.pending.push_back(Change::Removed(o));
                        }
                    }
                }
            }
            self.reconcile_routes(index, HashMap::new());
            return Ok(());
        }
        let watched = IfinfoFlags::UP | IfinfoFlags::LOWER_UP | IfinfoFlags::RUNNING;
        let flags = |o: &Object| o.link().map(|l| l.header.ifi_flags & watched);
        if old.and_then(flags) != Some(link.header.ifi_flags & watched) {
            self.stale_links.insert(index);
        }
        Ok(())
    }

    /// Reads again the routes of every link whose routes the kernel may have changed
    /// without telling, and applies the differences.
    fn refresh_stale_links(&mut self) -> Result<(), Error> {
        while let Some(index) = self.stale_links.pop_first() {
            self.refreshes += 1;
            let reply = match self.requests.routes(&RouteFilter {
                oif: Some(index),
                ..Default::default()
            }) {
                Ok(r) => r,
                // The link went away meanwhile: its own deletion event follows.
                Err(Error::Kernel(k)) if k.errno == libc::ENODEV => continue,
                Err(e) => return Err(e),
            };
            let mut fresh = HashMap::new();
            for m in reply.reply().messages() {
                if let Some(key) = (Mirrored::ROUTES.key)(&m) {
                    fresh.insert(key, Object::new(Mirrored::ROUTES.name, &m));
                }
            }
            self.reconcile_routes(index, fresh);
        }
        Ok(())
    }

    /// The mirror's routes through link `index` made equal to `fresh`, the kernel's (IPv6
    /// local routes aside: the kernel's link filter does not select them, and they have
    /// events).
    fn reconcile_routes(&mut self, index: u32, fresh: HashMap<Vec<u8>, Object>) {
        let Some(routes) = self
            .kinds
            .iter()
            .position(|k| k.name == Mirrored::ROUTES.name)
        else {
            return;
        };
        let mine: HashMap<Vec<u8>, Object> = self.tables[routes]
            .iter()
            .filter(|(_, o)| uses_link(o, index) && !ipv6_local(o))
            .map(|(k, o)| (k.clone(), o.clone()))
            .collect();
        let fresh: HashMap<Vec<u8>, Object> =
            fresh.into_iter().filter(|(_, o)| !ipv6_local(o)).collect();
        let mut changes = VecDeque::new();
        diff(&mine, &fresh, &mut changes);
        for c in &changes {
            let (o, keep) = match c {
                Change::Removed(o) => (o, false),
                Change::Added(o) | Change::Changed { new: o, .. } => (o, true),
            };
            if let Some(key) = (Mirrored::ROUTES.key)(&o.message()) {
                match keep {
                    true => self.tables[routes].insert(key, o.clone()),
                    false => self.tables[routes].remove(&key),
                };
            }
        }
        self.pending.extend(changes);
    }

    /// Every kind dumped, each into its table.
    fn dump_all(&mut self) -> Result<Vec<HashMap<Vec<u8>, Object>>, Error> {
        let mut tables = Vec::with_capacity(self.kinds.len());
        for k in self.kinds.clone() {
            let mut table = HashMap::new();
            let mut req = (k.request)(&mut self.requests)?;
            let fill = |m: Message<'_>, table: &mut HashMap<Vec<u8>, Object>| {
                if let Some(key) = (k.key)(&m) {
                    table.insert(key, Object::new(k.name, &m));
                }
            };
            let cell = std::cell::RefCell::new(&mut table);
            self.requests
                .dump_with_restart(
                    &mut req,
                    || {
                        cell.borrow_mut().clear();
                        Ok::<_, Error>(())
                    },
                    |m| {
                        fill(m, &mut cell.borrow_mut());
                        Ok::<_, Error>(ControlFlow::Continue(()))
                    },
                )
                .or_else(|e| match e {
                    // Still inconsistent after the retries: keep it, and look again soon.
                    Error::DumpInterrupted { .. } => Ok(()),
                    e => Err(e),
                })?;
            tables.push(table);
        }
        Ok(tables)
    }
}

/// True when the route's output link, or one of its next hops', is `index`.
fn uses_link(o: &Object, index: u32) -> bool {
    let Some(r) = o.route() else { return false };
    if r.attrs.oif() == Some(index) {
        return true;
    }
    r.attrs
        .multipath()
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .any(|(nh, _)| nh.rtnh_ifindex as u32 == index)
}

/// True for an IPv6 route of type local (an address of this host).
fn ipv6_local(o: &Object) -> bool {
    o.route().is_some_and(|r| {
        r.header.rtm_family == AddressFamily::Inet6 && r.header.rtm_type == RtmType::Local
    })
}

/// True for an address or a neighbour of link `index`.
fn on_link(o: &Object, index: u32) -> bool {
    match (o.address(), o.neighbour()) {
        (Some(a), _) => a.header.ifa_index == index,
        (_, Some(n)) => n.header.ndm_ifindex as u32 == index,
        _ => false,
    }
}

/// The changes from `old` to `new`.
fn diff(
    old: &HashMap<Vec<u8>, Object>,
    new: &HashMap<Vec<u8>, Object>,
    out: &mut VecDeque<Change>,
) {
    for (k, o) in old {
        match new.get(k) {
            None => out.push_back(Change::Removed(o.clone())),
            Some(n) if n.payload() != o.payload() => out.push_back(Change::Changed {
                old: o.clone(),
                new: n.clone(),
            }),
            Some(_) => {}
        }
    }
    for (k, n) in new {
        if !old.contains_key(k) {
            out.push_back(Change::Added(n.clone()));
        }
    }
}
