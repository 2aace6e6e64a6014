//! What a mirror keeps, as data: one [`Mirrored`] per kind of object.

use crate::error::Error;
use crate::message::message;
use nlcodec::Message;
use nlcodec_families::rt_addr::{
    AddrMsg, AddressFamily, Ifaddrmsg, RTM_DELADDR, RTM_GETADDR, RTM_NEWADDR,
};
use nlcodec_families::rt_addr::{RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR};
use nlcodec_families::rt_link::{
    Ifinfomsg, LinkMsg, RTM_DELLINK, RTM_GETLINK, RTM_NEWLINK, RTNLGRP_LINK,
};
use nlcodec_families::rt_neigh::RTNLGRP_NEIGH;
use nlcodec_families::rt_neigh::{
    Ndmsg, NeighbourMsg, NudState, RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH,
};
use nlcodec_families::rt_route::{RouteMsg, Rtmsg, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE};
use nlcodec_families::rt_route::{RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE};
use nlcodec_families::rt_rule::{FibRuleHdr, FibRuleMsg, RTM_DELRULE, RTM_GETRULE, RTM_NEWRULE};
use nlcodec_families::rt_rule::{RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE};

/// One kind of object a [`Mirror`](crate::Mirror) keeps, as data: its message types, the groups that
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
    pub request: fn() -> Result<Vec<u8>, Error>,
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
        request: || message(RTM_GETLINK, 0, &Ifinfomsg::default(), |_| Ok(())),
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
        request: || message(RTM_GETADDR, 0, &Ifaddrmsg::default(), |_| Ok(())),
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
        request: || message(RTM_GETROUTE, 0, &Rtmsg::default(), |_| Ok(())),
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
        request: || message(RTM_GETNEIGH, 0, &Ndmsg::default(), |_| Ok(())),
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
        request: || message(RTM_GETRULE, 0, &FibRuleHdr::default(), |_| Ok(())),
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
