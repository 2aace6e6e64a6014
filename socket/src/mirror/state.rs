//! What a mirror knows, without I/O: the tables, the changes not yet reported, the links
//! whose routes are to be read again. The blocking [`Mirror`](crate::Mirror) and the tokio
//! `AsyncMirror` feed it what their sockets receive.

use super::kinds::Mirrored;
use super::object::{Change, Object};
use crate::datagram::Datagram;
use crate::error::Error;
use crate::filter::RouteFilter;
use crate::reply::Reply;
use crate::typed::TypedReply;
use nlcodec::Message;
use nlcodec_families::rt_addr::{AddrMsg, AddressFamily};
use nlcodec_families::rt_link::{IfinfoFlags, LinkMsg};
use nlcodec_families::rt_neigh::NeighbourMsg;
use nlcodec_families::rt_route::ops::Getroute;
use nlcodec_families::rt_route::{RouteMsg, RtmType};
use nlcodec_families::rt_rule::FibRuleMsg;
use std::collections::{BTreeSet, HashMap, VecDeque};

/// One kind's objects, by key.
pub(crate) type Table = HashMap<Vec<u8>, Object>;

/// The objects of a mirror, kind by kind, read through the typed views; a [`Mirror`]
/// (and an `AsyncMirror`) dereferences to it.
///
/// [`Mirror`]: crate::Mirror
#[derive(Debug)]
pub struct MirrorState {
    pub(crate) kinds: Vec<Mirrored>,
    pub(crate) tables: Vec<Table>,
    pub(crate) pending: VecDeque<Change>,
    pub(crate) resyncs: u64,
    pub(crate) refreshes: u64,
    /// Links whose routes are to be read again (see `after_link`).
    pub(crate) stale_links: BTreeSet<u32>,
    /// A dump stayed interrupted after its retries: everything is to be dumped again once
    /// the queue is empty.
    pub(crate) resync_due: bool,
}

impl MirrorState {
    pub(crate) fn new(kinds: &[Mirrored], tables: Vec<Table>) -> MirrorState {
        MirrorState {
            kinds: kinds.to_vec(),
            tables,
            pending: VecDeque::new(),
            resyncs: 0,
            refreshes: 0,
            stale_links: BTreeSet::new(),
            resync_due: false,
        }
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

    /// The next change not yet reported.
    pub(crate) fn pop(&mut self) -> Option<Change> {
        self.pending.pop_front()
    }

    /// True when work waits for an empty event queue: links' routes to read again, or a
    /// resync after a dump that stayed interrupted.
    pub(crate) fn idle_work(&self) -> bool {
        self.resync_due || !self.stale_links.is_empty()
    }

    /// Every table replaced by a fresh dump, the differences reported.
    pub(crate) fn replace(&mut self, fresh: Vec<Table>) {
        self.stale_links.clear(); // the dump has every route
        let old = std::mem::replace(&mut self.tables, fresh);
        for (old, new) in old.into_iter().zip(&self.tables) {
            diff(&old, new, &mut self.pending);
        }
        self.resyncs += 1;
    }

    /// Every message of an event datagram, in order; a datagram whose sender is not the
    /// kernel is not looked at.
    pub(crate) fn apply_datagram(&mut self, d: &Datagram<'_>) {
        if d.from.port == 0 {
            d.messages().for_each(|m| self.apply(&m));
        }
    }

    /// One event message: added, replaced or removed in its table.
    pub(crate) fn apply(&mut self, msg: &Message<'_>) {
        let kind = msg.header.kind;
        let Some(i) = self
            .kinds
            .iter()
            .position(|k| k.new == kind || k.del == kind)
        else {
            return;
        };
        let k = self.kinds[i];
        let Some(key) = (k.key)(msg) else { return };
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
            self.after_link(kind == k.del, old.as_ref(), msg);
        }
    }

    /// The kernel's silent changes after a link change: a link gone takes its routes,
    /// addresses and neighbours with it; a link that went down or changed carrier has its
    /// routes read again, once the events queued now are applied.
    fn after_link(&mut self, deleted: bool, old: Option<&Object>, msg: &Message<'_>) {
        let Ok(link) = LinkMsg::parse(msg) else {
            return;
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
            self.reconcile_routes(index, Table::new());
            return;
        }
        let watched = IfinfoFlags::UP | IfinfoFlags::LOWER_UP | IfinfoFlags::RUNNING;
        let flags = |o: &Object| o.link().map(|l| l.header.ifi_flags & watched);
        if old.and_then(flags) != Some(link.header.ifi_flags & watched) {
            self.stale_links.insert(index);
        }
    }

    /// The next link whose routes are to be read again, and the filter that reads them
    /// (counted as a refresh).
    pub(crate) fn next_refresh(&mut self) -> Option<(u32, RouteFilter)> {
        let index = self.stale_links.pop_first()?;
        self.refreshes += 1;
        let filter = RouteFilter {
            oif: Some(index),
            ..Default::default()
        };
        Some((index, filter))
    }

    /// What the kernel answered a refresh of link `index`'s routes, applied. A link gone
    /// meanwhile (`ENODEV`) needs nothing: its own deletion event follows.
    pub(crate) fn refreshed(
        &mut self,
        index: u32,
        answer: Result<TypedReply<Getroute>, Error>,
    ) -> Result<(), Error> {
        match answer {
            Ok(r) => {
                let fresh = fill(&Mirrored::ROUTES, r.reply().messages());
                self.reconcile_routes(index, fresh);
                Ok(())
            }
            Err(Error::Kernel(k)) if k.errno == libc::ENODEV => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// The mirror's routes through link `index` made equal to `fresh`, the kernel's (IPv6
    /// local routes aside: the kernel's link filter does not select them, and they have
    /// events).
    pub(crate) fn reconcile_routes(&mut self, index: u32, fresh: Table) {
        let Some(routes) = self
            .kinds
            .iter()
            .position(|k| k.name == Mirrored::ROUTES.name)
        else {
            return;
        };
        let mine: Table = self.tables[routes]
            .iter()
            .filter(|(_, o)| uses_link(o, index) && !ipv6_local(o))
            .map(|(k, o)| (k.clone(), o.clone()))
            .collect();
        let fresh: Table = fresh.into_iter().filter(|(_, o)| !ipv6_local(o)).collect();
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
}

/// A kind's dump answer as its table. A dump still interrupted after the socket's
/// retries is kept as it came, and `interrupted` set (the mirror dumps again soon).
pub(crate) fn dumped(
    k: &Mirrored,
    answer: Result<Reply, Error>,
    interrupted: &mut bool,
) -> Result<Table, Error> {
    let reply = match answer {
        Ok(r) => r,
        Err(Error::DumpInterrupted { partial }) => {
            *interrupted = true;
            partial
        }
        Err(e) => return Err(e),
    };
    Ok(fill(k, reply.messages()))
}

/// The messages of a dump of kind `k`, kept by key.
pub(crate) fn fill<'a>(k: &Mirrored, msgs: impl Iterator<Item = Message<'a>>) -> Table {
    let mut t = Table::new();
    for m in msgs {
        if let Some(key) = (k.key)(&m) {
            t.insert(key, Object::new(k.name, &m));
        }
    }
    t
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
fn diff(old: &Table, new: &Table, out: &mut VecDeque<Change>) {
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
