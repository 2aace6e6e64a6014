//! rtnetlink against the real kernel, through the typed layer only: every request is built
//! with the generated builders (no attribute number is written by hand), every reply is read
//! with the generated views, and what the views say is compared, field by field, with what
//! `ip -j` (iproute2) prints for the same objects.
//!
//! Each test runs in a network namespace of its own (its thread moves there with
//! `unshare(CLONE_NEWNET)`; the `ip` processes it starts inherit it), so the host's
//! interfaces, addresses, routes, neighbours and rules are never touched. Where the machine
//! allows no namespace the test prints a loud SKIP and returns; set `NLCODEC_REQUIRE_NETNS=1`
//! to make that a failure instead.
//!
//! The comparison renders each view the way iproute2 6.x prints it (same keys, same value
//! formats) and compares the two JSON objects key by key, both ways: a key only one side has
//! is a mismatch, so nothing ip prints goes unchecked. Values that tick (lifetimes, route
//! expiry) are compared within two seconds; the bridge's running timers are not compared.

mod netns;
use netns::in_netns;
use nlcodec::consts::{NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL};
use nlcodec::dump::Dump;
use nlcodec::family::FamilyHeader;
use nlcodec::schema::Schema;
use nlcodec::{Mode, PolicyType, WriteError, Writer};
use nlcodec_families::rt_addr::{self, AddrMsg, IfaCacheinfo, IfaFlags, Ifaddrmsg};
use nlcodec_families::rt_link;
use nlcodec_families::rt_link::{
    IfinfoFlags, Ifinfomsg, IflaBridgeId, IflaVxlanPortRange, In6AddrGenMode, LinkAttrs,
    LinkAttrsBuilder, LinkMsg, LinkinfoDataMsg, MacvlanFlags, MacvlanMode, OperState, VxlanDf,
    IFLA_IFNAME, IFLA_INFO_DATA, IFLA_LINKINFO, IFLA_VXLAN_TTL_INHERIT, RTM_NEWLINK,
    VETH_INFO_PEER,
};
use nlcodec_families::rt_neigh::{self, Ndmsg, NeighbourMsg, NtfFlags, NudState};
use nlcodec_families::rt_route::{
    self, RouteAttrs, RouteAttrsBuilder, RouteMsg, RouterPref, RtScope, RtTable, RtmFlags, RtmType,
    Rtmsg, Rtnexthop, RtnhFlags,
};
use nlcodec_families::rt_rule::{self, FibRuleFlags, FibRuleHdr, FibRuleMsg, FrAct};
use nlcodec_families::runtime::{
    put_record_list_entry, Ack, Builder, Do, Dump as DumpOp, Rtnetlink,
};
use nlcodec_socket::{Attrs, Error, Protocol, Reply, Socket};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------
// Plumbing: namespaces, sockets, requests, `ip -j`.
// ---------------------------------------------------------------------------------------

fn route_socket() -> Socket {
    netns::socket(Protocol::ROUTE)
}

type W = Writer<Vec<u8>>;
type Built = Result<(), WriteError>;
type BuiltLink<'x, 'y> = Result<&'x mut LinkAttrsBuilder<'y, Vec<u8>>, WriteError>;

/// One request: `nlmsghdr` (flags and sequence number are completed by the socket), the
/// family's fixed header, then what `f` writes through a typed builder.
fn message<H: FamilyHeader>(
    kind: u16,
    flags: u16,
    header: &H,
    f: impl FnOnce(&mut W) -> Built,
) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(kind, flags, 0, 0).unwrap();
    w.put_header(header).unwrap();
    f(&mut w).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

/// Sends a dump request; every message of the reply must pass the one validator, built from
/// the specs, in its strictest mode: what the kernel sends is valid by definition.
fn dump<O: DumpOp>(s: &mut Socket, _: O, header: &O::Header) -> Reply {
    let mut req = message(O::OP.request, 0, header, |_| Ok(()));
    let reply = s.dump(&mut req).unwrap();
    for m in reply.messages() {
        let Some(d) = Rtnetlink.message(m.header.kind, m.payload) else {
            continue;
        };
        let set = d.attrs().expect("every rtnetlink message has a set");
        for mode in [Mode::Strict, Mode::Liberal] {
            if let Err(e) = set.validate(m.attrs(d.header_len), mode) {
                panic!(
                    "{} in {mode:?}: {e}\n{}",
                    d.op.c_name,
                    Dump::new(reply.as_bytes()).schema(&Rtnetlink).offsets(true)
                );
            }
        }
    }
    reply
}

/// The `do` of operation `op`, answered by an ACK and nothing else: the fixed header `h`,
/// then what `f` writes through the operation's typed builder; a kernel error fails the
/// test, named. (Sent as a raw request rather than with `Socket::call`, which returns `()`
/// for an ACK-only operation: the test checks that no data came with the ACK.)
fn ack_op<O: Do<Answer = Ack>>(
    s: &mut Socket,
    what: &str,
    _: O,
    flags: u16,
    h: O::Header,
    f: impl Attrs<O::Attrs>,
) {
    let mut req = message(O::OP.request, flags, &h, |w| {
        f(&mut Builder::new(w)).map(drop)
    });
    match s.request(&mut req) {
        Ok(r) => assert!(r.is_empty(), "{what}: unexpected data in the answer"),
        Err(e) => panic!("{what}: {e}"),
    }
}

/// A `do` of `op` that creates an object (`NLM_F_CREATE | NLM_F_EXCL`).
fn create<O: Do<Answer = Ack>>(
    s: &mut Socket,
    what: &str,
    op: O,
    h: O::Header,
    f: impl Attrs<O::Attrs>,
) {
    ack_op(s, what, op, NLM_F_CREATE | NLM_F_EXCL, h, f);
}

/// `RTM_NEWLINK` creating a link, its attributes written by `f`.
fn new_link(s: &mut Socket, what: &str, f: impl Attrs<rt_link::sets::LinkAttrs>) {
    create(s, what, rt_link::ops::Newlink, Ifinfomsg::default(), f);
}

/// `RTM_NEWADDR` creating an address: header `h`, attributes written by `f`.
fn new_addr(s: &mut Socket, what: &str, h: Ifaddrmsg, f: impl Attrs<rt_addr::sets::AddrAttrs>) {
    create(s, what, rt_addr::ops::Newaddr, h, f);
}

/// `RTM_NEWROUTE` creating a route: header `h`, attributes written by `f`.
fn new_route(s: &mut Socket, what: &str, h: Rtmsg, f: impl Attrs<rt_route::sets::RouteAttrs>) {
    create(s, what, rt_route::ops::Newroute, h, f);
}

/// A finite address lifetime (preferred 30 min, valid an hour).
const LIFETIMES: IfaCacheinfo = IfaCacheinfo {
    ifa_prefered: 1800,
    ifa_valid: 3600,
    cstamp: 0,
    tstamp: 0,
};

fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

fn v6(a: &str) -> IpAddr {
    IpAddr::V6(a.parse::<Ipv6Addr>().unwrap())
}

/// `RTM_SETLINK` on an existing link: header `h` (its index, flags to change), attributes
/// written by `f`.
fn set_link(s: &mut Socket, what: &str, h: Ifinfomsg, f: impl Attrs<rt_link::sets::LinkAttrs>) {
    ack_op(s, what, rt_link::ops::Setlink, 0, h, f);
}

fn index_header(ifindex: i32) -> Ifinfomsg {
    Ifinfomsg {
        ifi_index: ifindex,
        ..Default::default()
    }
}

fn up_header(ifindex: i32) -> Ifinfomsg {
    Ifinfomsg {
        ifi_index: ifindex,
        ifi_flags: IfinfoFlags::UP,
        ifi_change: IfinfoFlags::UP,
        ..Default::default()
    }
}

/// Every link, by a typed `RTM_GETLINK` dump.
fn dump_links(s: &mut Socket) -> Reply {
    dump(s, rt_link::ops::Getlink, &Ifinfomsg::default())
}

/// Name and flags of every link, by index (what `ip` itself keeps in its cache to print
/// `dev`, `link` and `M-DOWN`).
fn link_table(s: &mut Socket) -> BTreeMap<u32, (String, IfinfoFlags)> {
    let reply = dump_links(s);
    reply
        .messages()
        .map(|m| {
            let l = LinkMsg::parse(&m).unwrap();
            (
                l.header.ifi_index as u32,
                (l.attrs.ifname().unwrap().to_owned(), l.header.ifi_flags),
            )
        })
        .collect()
}

fn ifindex(s: &mut Socket, name: &str) -> u32 {
    link_table(s)
        .into_iter()
        .find(|(_, (n, _))| n == name)
        .unwrap_or_else(|| panic!("no link {name}"))
        .0
}

/// `ip -j <args>`, parsed.
fn ip(args: &[&str]) -> Value {
    let out = std::process::Command::new("ip")
        .arg("-j")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `ip -j {}`: {e}", args.join(" ")));
    assert!(
        out.status.success(),
        "ip -j {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "ip -j {}: not JSON ({e}): {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn ip_list(args: &[&str]) -> Vec<Value> {
    match ip(args) {
        Value::Array(v) => v,
        other => panic!("ip -j {}: not a list: {other}", args.join(" ")),
    }
}

// ---------------------------------------------------------------------------------------
// The comparison: our rendering of a view against ip's object, key by key.
// ---------------------------------------------------------------------------------------

/// Collects mismatches (so one run shows them all) and counts the values compared.
#[derive(Default)]
struct Cmp {
    fields: usize,
    errors: Vec<String>,
}

/// Keys whose values tick between our dump and ip's (compared within 2).
const TICKING: &[&str] = &["valid_life_time", "preferred_life_time", "expires"];
/// Keys not compared: the bridge's running timers (ip prints them as seconds with two
/// decimals, and they run).
const SKIPPED: &[&str] = &[
    "hello_timer",
    "tcn_timer",
    "topology_change_timer",
    "gc_timer",
];

impl Cmp {
    /// Compares `ours` with `theirs` (ip's), recursing into objects and arrays of objects.
    fn value(&mut self, ctx: &str, ours: &Value, theirs: &Value) {
        match (ours, theirs) {
            (Value::Object(a), Value::Object(b)) => {
                let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
                keys.sort();
                keys.dedup();
                for k in keys {
                    if SKIPPED.contains(&k.as_str()) {
                        continue;
                    }
                    let c = format!("{ctx}.{k}");
                    match (a.get(k), b.get(k)) {
                        (Some(x), Some(y)) if TICKING.contains(&k.as_str()) => {
                            match (x.as_u64(), y.as_u64()) {
                                (Some(x), Some(y)) if x.abs_diff(y) <= 2 => self.fields += 1,
                                _ => self.errors.push(format!("{c}: ours {x}, ip {y}")),
                            }
                        }
                        (Some(x), Some(y)) => self.value(&c, x, y),
                        (Some(x), None) => self
                            .errors
                            .push(format!("{c}: ours {x}, ip has no such key")),
                        (None, Some(y)) => self
                            .errors
                            .push(format!("{c}: ip {y}, ours has no such key")),
                        (None, None) => unreachable!(),
                    }
                }
            }
            (Value::Array(a), Value::Array(b))
                if a.len() == b.len() && a.iter().chain(b).all(Value::is_object) =>
            {
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    self.value(&format!("{ctx}[{i}]"), x, y);
                }
            }
            (a, b) if a == b => self.fields += 1,
            (a, b) => self.errors.push(format!("{ctx}: ours {a}, ip {b}")),
        }
    }

    /// A value we set against what the kernel reports through the typed view.
    fn expect<T: PartialEq + std::fmt::Debug>(&mut self, ctx: &str, read: T, set: T) {
        if read == set {
            self.fields += 1;
        } else {
            self.errors
                .push(format!("{ctx}: read back {read:?}, set {set:?}"));
        }
    }

    /// Fails with every mismatch; returns the number of values compared.
    fn finish(self, test: &str) -> usize {
        assert!(
            self.errors.is_empty(),
            "{test}: {} mismatches ({} values agreed):\n  {}",
            self.errors.len(),
            self.fields,
            self.errors.join("\n  ")
        );
        eprintln!("{test}: {} values compared, all equal", self.fields);
        self.fields
    }
}

/// Inserts `key` when the view has a value.
fn put<T: Into<Value>>(o: &mut Map<String, Value>, key: &str, v: Option<T>) {
    if let Some(v) = v {
        o.insert(key.to_owned(), v.into());
    }
}

/// C's `%#x`: `0` for zero, `0x..` otherwise (iproute2's `print_0xhex`).
fn c_hex(v: u64) -> String {
    if v == 0 {
        "0".to_owned()
    } else {
        format!("{v:#x}")
    }
}

fn scope_name(v: u32) -> String {
    match RtScope::from_value(v) {
        RtScope::Universe => "global".to_owned(),
        s => s.to_string(),
    }
}

fn table_name(t: u32) -> String {
    match RtTable::from_value(t) {
        RtTable::Other(_) | RtTable::Compat => t.to_string(),
        named => named.to_string(),
    }
}

/// An address with its prefix length, the way iproute2 prints it (`/len` left out for a
/// host prefix).
fn prefix(addr: IpAddr, len: u8) -> String {
    let host = if addr.is_ipv4() { 32 } else { 128 };
    if len == host {
        addr.to_string()
    } else {
        format!("{addr}/{len}")
    }
}

type Links = BTreeMap<u32, (String, IfinfoFlags)>;

fn dev_name(links: &Links, ifindex: u32) -> Value {
    match links.get(&ifindex) {
        Some((n, _)) => json!(n),
        None => json!(format!("if{ifindex}")),
    }
}

// ---------------------------------------------------------------------------------------
// Part 1: links.
// ---------------------------------------------------------------------------------------

/// iproute2's `print_link_flags`.
fn ip_link_flags(flags: IfinfoFlags, m_down: bool) -> Value {
    use IfinfoFlags as F;
    let mut out = Vec::new();
    if flags.contains(F::UP) && !flags.contains(F::RUNNING) {
        out.push("NO-CARRIER".to_owned());
    }
    let mut rest = flags.bits() & !F::RUNNING.bits();
    for (f, name) in [
        (F::LOOPBACK, "LOOPBACK"),
        (F::BROADCAST, "BROADCAST"),
        (F::POINT_TO_POINT, "POINTOPOINT"),
        (F::MULTICAST, "MULTICAST"),
        (F::NO_ARP, "NOARP"),
        (F::ALL_MULTI, "ALLMULTI"),
        (F::PROMISC, "PROMISC"),
        (F::NO_TRAILERS, "NOTRAILERS"),
        (F::DEBUG, "DEBUG"),
        (F::DYNAMIC, "DYNAMIC"),
        (F::AUTO_MEDIA, "AUTOMEDIA"),
        (F::PORTSEL, "PORTSEL"),
        (F::MASTER, "MASTER"),
        (F::SLAVE, "SLAVE"),
        (F::UP, "UP"),
        (F::LOWER_UP, "LOWER_UP"),
        (F::DORMANT, "DORMANT"),
        (F::ECHO, "ECHO"),
    ] {
        if rest & f.bits() != 0 {
            rest &= !f.bits();
            out.push(name.to_owned());
        }
    }
    if rest != 0 {
        out.push(format!("{rest:x}"));
    }
    if m_down {
        out.push("M-DOWN".to_owned());
    }
    json!(out)
}

/// `ether_ntoa` (what iproute2 prints inside a bridge id): no leading zeros.
fn ether_ntoa(a: &[u8]) -> String {
    a.iter()
        .map(|b| format!("{b:x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// iproute2's bridge id: `%.2x%.2x.` of the two priority bytes, then the address.
fn bridge_id(id: &IflaBridgeId) -> String {
    format!("{:04x}.{}", id.prio, ether_ntoa(&id.addr))
}

/// A link's `info_data` as iproute2 prints it, for the kinds it has a printer for among
/// those this test creates.
fn info_data(d: &LinkinfoDataMsg<'_>, links: &Links) -> Option<Value> {
    let mut o = Map::new();
    match d {
        LinkinfoDataMsg::Bridge(b) => {
            put(&mut o, "forward_delay", b.forward_delay());
            put(&mut o, "hello_time", b.hello_time());
            put(&mut o, "max_age", b.max_age());
            put(&mut o, "ageing_time", b.ageing_time());
            put(&mut o, "stp_state", b.stp_state());
            put(&mut o, "priority", b.priority());
            put(&mut o, "vlan_filtering", b.vlan_filtering());
            put(&mut o, "vlan_protocol", b.vlan_protocol());
            put(&mut o, "bridge_id", b.bridge_id().map(|i| bridge_id(&i)));
            put(&mut o, "root_id", b.root_id().map(|i| bridge_id(&i)));
            put(&mut o, "root_port", b.root_port());
            put(&mut o, "root_path_cost", b.root_path_cost());
            put(&mut o, "topology_change", b.topology_change());
            put(
                &mut o,
                "topology_change_detected",
                b.topology_change_detected(),
            );
            put(
                &mut o,
                "group_fwd_mask",
                b.group_fwd_mask().map(|m| c_hex(m.into())),
            );
            put(&mut o, "group_addr", b.group_addr().map(|a| a.to_string()));
            put(&mut o, "mcast_snooping", b.mcast_snooping());
            if let Some(m) = b.multi_boolopt() {
                // BR_BOOLOPT_NO_LL_LEARN = 0, BR_BOOLOPT_MCAST_VLAN_SNOOPING = 1: bit numbers
                // of a bit set, not attribute numbers.
                for (bit, key) in [(0, "no_linklocal_learn"), (1, "mcast_vlan_snooping")] {
                    if m.optmask & (1 << bit) != 0 {
                        o.insert(key.into(), json!((m.optval >> bit) & 1));
                    }
                }
            }
            put(&mut o, "mcast_router", b.mcast_router());
            put(&mut o, "mcast_query_use_ifaddr", b.mcast_query_use_ifaddr());
            put(&mut o, "mcast_querier", b.mcast_querier());
            put(&mut o, "mcast_hash_elasticity", b.mcast_hash_elasticity());
            put(&mut o, "mcast_hash_max", b.mcast_hash_max());
            put(&mut o, "mcast_last_member_cnt", b.mcast_last_member_cnt());
            put(
                &mut o,
                "mcast_startup_query_cnt",
                b.mcast_startup_query_cnt(),
            );
            put(
                &mut o,
                "mcast_last_member_intvl",
                b.mcast_last_member_intvl(),
            );
            put(&mut o, "mcast_membership_intvl", b.mcast_membership_intvl());
            put(&mut o, "mcast_querier_intvl", b.mcast_querier_intvl());
            put(&mut o, "mcast_query_intvl", b.mcast_query_intvl());
            put(
                &mut o,
                "mcast_query_response_intvl",
                b.mcast_query_response_intvl(),
            );
            put(
                &mut o,
                "mcast_startup_query_intvl",
                b.mcast_startup_query_intvl(),
            );
            put(&mut o, "mcast_stats_enabled", b.mcast_stats_enabled());
            put(&mut o, "mcast_igmp_version", b.mcast_igmp_version());
            put(&mut o, "mcast_mld_version", b.mcast_mld_version());
            put(&mut o, "nf_call_iptables", b.nf_call_iptables());
            put(&mut o, "nf_call_ip6tables", b.nf_call_ip6tables());
            put(&mut o, "nf_call_arptables", b.nf_call_arptables());
            put(&mut o, "vlan_default_pvid", b.vlan_default_pvid());
            put(&mut o, "vlan_stats_enabled", b.vlan_stats_enabled());
            put(&mut o, "vlan_stats_per_port", b.vlan_stats_per_port());
        }
        LinkinfoDataMsg::Vxlan(v) => {
            if v.collect_metadata() == Some(1) {
                o.insert("external".into(), json!(true));
            }
            put(&mut o, "id", v.id());
            if let Some(g) = v.group().filter(|g| !g.is_unspecified()) {
                let key = if g.is_multicast() { "group" } else { "remote" };
                o.insert(key.into(), json!(g.to_string()));
            }
            if let Some(g) = v.group6().filter(|g| !g.is_unspecified()) {
                let key = if g.is_multicast() { "group" } else { "remote" };
                o.insert(key.into(), json!(g.to_string()));
            }
            put(
                &mut o,
                "local",
                v.local()
                    .filter(|a| !a.is_unspecified())
                    .map(|a| a.to_string()),
            );
            put(
                &mut o,
                "local",
                v.local6()
                    .filter(|a| !a.is_unspecified())
                    .map(|a| a.to_string()),
            );
            if let Some(l) = v.link().filter(|l| *l != 0) {
                o.insert("link".into(), dev_name(links, l));
            }
            if let Some(r) = v.port_range() {
                o.insert("port_range".into(), json!({"low": r.low, "high": r.high}));
            }
            put(&mut o, "port", v.port());
            put(&mut o, "learning", v.learning().map(|b| b != 0));
            for (key, on) in [
                ("proxy", v.proxy()),
                ("rsc", v.rsc()),
                ("l2miss", v.l2miss()),
                ("l3miss", v.l3miss()),
            ] {
                if on.unwrap_or(0) != 0 {
                    o.insert(key.into(), json!(true));
                }
            }
            // IFLA_VXLAN_TTL_INHERIT is a flag in requests (NLA_FLAG) and a u8 0/1 in replies
            // (vxlan_fill_info): the typed getter reads both. `ip -j` prints no ttl when it
            // is set ("ttl inherit" is text output only).
            if !v.ttl_inherit() {
                put(&mut o, "ttl", v.ttl());
            }
            put(&mut o, "df", v.df().map(|d| d.to_string()));
            put(
                &mut o,
                "tos",
                v.tos().filter(|t| *t != 0).map(|t| c_hex(t.into())),
            );
            put(
                &mut o,
                "label",
                v.label().filter(|l| *l != 0).map(|l| c_hex(l.into())),
            );
            put(&mut o, "ageing", v.ageing());
            put(&mut o, "limit", v.limit().filter(|l| *l != 0));
            put(&mut o, "udp_csum", v.udp_csum().map(|b| b != 0));
            put(
                &mut o,
                "udp_zero_csum6_tx",
                v.udp_zero_csum6_tx().map(|b| b != 0),
            );
            put(
                &mut o,
                "udp_zero_csum6_rx",
                v.udp_zero_csum6_rx().map(|b| b != 0),
            );
            for (key, on) in [
                ("remcsum_tx", v.remcsum_tx()),
                ("remcsum_rx", v.remcsum_rx()),
            ] {
                if on.unwrap_or(0) != 0 {
                    o.insert(key.into(), json!(true));
                }
            }
            for (key, on) in [
                ("remcsum_nopartial", v.remcsum_nopartial()),
                ("gbp", v.gbp()),
                ("gpe", v.gpe()),
            ] {
                if on {
                    o.insert(key.into(), json!(true));
                }
            }
        }
        LinkinfoDataMsg::Macvlan(m) => {
            let mode = m.mode()?;
            o.insert("mode".into(), json!(mode.to_string()));
            let flags = m.flags().unwrap_or_default();
            if flags.contains(MacvlanFlags::NOPROMISC) {
                o.insert("nopromisc".into(), json!(true));
            }
            if flags.contains(MacvlanFlags::NODST) {
                o.insert("nodst".into(), json!(true));
            }
            put(&mut o, "bcqueuelen", m.bc_queue_len());
            put(&mut o, "usedbcqueuelen", m.bc_queue_len_used());
        }
        _ => return None,
    }
    Some(Value::Object(o))
}

/// A link as `ip -j -d link show` prints it, from the typed view.
fn link_json(l: &LinkMsg<'_>, links: &Links) -> Value {
    let a: &LinkAttrs<'_> = &l.attrs;
    let mut o = Map::new();
    o.insert("ifindex".into(), json!(l.header.ifi_index));
    let mut m_down = false;
    if let Some(peer) = a.link() {
        if peer == 0 {
            o.insert("link".into(), Value::Null);
        } else if a.link_netnsid().is_some() {
            o.insert("link_index".into(), json!(peer));
        } else {
            o.insert("link".into(), dev_name(links, peer));
        }
        m_down = !links
            .get(&peer)
            .is_some_and(|(_, f)| f.contains(IfinfoFlags::UP));
    }
    put(&mut o, "ifname", a.ifname());
    o.insert("flags".into(), ip_link_flags(l.header.ifi_flags, m_down));
    put(&mut o, "mtu", a.mtu());
    put(&mut o, "qdisc", a.qdisc());
    put(
        &mut o,
        "operstate",
        a.operstate().map(|s| s.to_string().to_uppercase()),
    );
    put(
        &mut o,
        "linkmode",
        a.linkmode().map(|m| m.to_string().to_uppercase()),
    );
    put(
        &mut o,
        "group",
        a.group().map(|g| {
            if g == 0 {
                "default".to_owned()
            } else {
                g.to_string()
            }
        }),
    );
    put(&mut o, "txqlen", a.txqlen());
    put(&mut o, "link_type", l.header.ifi_type.name());
    put(&mut o, "address", a.address().map(|x| x.to_string()));
    put(&mut o, "broadcast", a.broadcast().map(|x| x.to_string()));
    put(&mut o, "promiscuity", a.promiscuity());
    put(&mut o, "allmulti", a.allmulti());
    put(&mut o, "min_mtu", a.min_mtu());
    put(&mut o, "max_mtu", a.max_mtu());
    if let Some(info) = a.linkinfo().unwrap() {
        let mut li = Map::new();
        put(&mut li, "info_kind", info.kind());
        if let Some(d) = info.data().unwrap().and_then(|d| info_data(&d, links)) {
            li.insert("info_data".into(), d);
        }
        o.insert("linkinfo".into(), Value::Object(li));
    }
    if let Some(mode) = a
        .af_spec()
        .unwrap()
        .and_then(|s| s.inet6().unwrap())
        .and_then(|i| i.addr_gen_mode())
    {
        let name = match mode {
            In6AddrGenMode::StablePrivacy => "stable_secret".to_owned(),
            m => m.to_string(),
        };
        o.insert("inet6_addr_gen_mode".into(), json!(name));
    }
    put(&mut o, "num_tx_queues", a.num_tx_queues());
    put(&mut o, "num_rx_queues", a.num_rx_queues());
    put(&mut o, "gso_max_size", a.gso_max_size());
    put(&mut o, "gso_max_segs", a.gso_max_segs());
    put(&mut o, "tso_max_size", a.tso_max_size());
    put(&mut o, "tso_max_segs", a.tso_max_segs());
    put(&mut o, "gro_max_size", a.gro_max_size());
    Value::Object(o)
}

const MAC: [[u8; 6]; 6] = [
    [0x02, 0x11, 0x22, 0x33, 0x44, 0x01],
    [0x02, 0x11, 0x22, 0x33, 0x44, 0x02],
    [0x02, 0x11, 0x22, 0x33, 0x44, 0x03],
    [0x02, 0x11, 0x22, 0x33, 0x44, 0x04],
    [0x02, 0x11, 0x22, 0x33, 0x44, 0x05],
    [0x02, 0x11, 0x22, 0x33, 0x44, 0x06],
];

/// No IPv6 link-local addresses (so no duplicate address detection runs while we compare).
fn no_addrgen<'x, 'y>(l: &'x mut LinkAttrsBuilder<'y, Vec<u8>>) -> BuiltLink<'x, 'y> {
    l.af_spec(|s| s.inet6(|i| i.addr_gen_mode(In6AddrGenMode::None)))
}

/// Waits until the operational states of `names` are what `want` says (link watch runs
/// asynchronously after a link comes up), then until two dumps in a row agree on every
/// link's state and flags.
/// Waits until `f` gives the same answer twice in a row, 250 ms apart (the kernel finishes
/// some changes asynchronously: IPv6 addresses leave the tentative state and get their local
/// routes from a work queue, even without duplicate address detection).
fn stable<T: PartialEq + std::fmt::Debug>(what: &str, mut f: impl FnMut() -> T) -> T {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = f();
    loop {
        std::thread::sleep(Duration::from_millis(250));
        let now = f();
        if now == last {
            return now;
        }
        assert!(Instant::now() < deadline, "{what} did not settle: {now:?}");
        last = now;
    }
}

fn settle(s: &mut Socket, want: &[(&str, OperState)]) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let snapshot = |s: &mut Socket| -> Vec<(String, Option<OperState>, IfinfoFlags)> {
        let reply = dump_links(s);
        reply
            .messages()
            .map(|m| {
                let l = LinkMsg::parse(&m).unwrap();
                (
                    l.attrs.ifname().unwrap().to_owned(),
                    l.attrs.operstate(),
                    l.header.ifi_flags,
                )
            })
            .collect()
    };
    let mut last = Vec::new();
    loop {
        let now = snapshot(s);
        let ready = want.iter().all(|(n, st)| {
            now.iter()
                .any(|(name, state, _)| name == n && *state == Some(*st))
        });
        if ready && now == last {
            return;
        }
        assert!(Instant::now() < deadline, "links did not settle: {now:?}");
        last = now;
        std::thread::sleep(Duration::from_millis(250));
    }
}

#[test]
fn links_built_typed_match_ip_link() {
    in_netns("links_built_typed_match_ip_link", || {
        let mut s = route_socket();
        s.set_schema(&Rtnetlink);

        // veth pair: the peer is a nest with its own ifinfomsg (VETH_INFO_PEER).
        new_link(&mut s, "veth", |l| {
            l.ifname("nlv0")?
                .mtu(1400)?
                .address(&MAC[0])?
                .linkinfo(|li| {
                    li.data_veth(|v| {
                        v.peer(&Ifinfomsg::default(), |p| {
                            p.ifname("nlv1")?.mtu(1400)?.address(&MAC[1])?;
                            Ok(p)
                        })?;
                        Ok(v)
                    })?;
                    Ok(li)
                })?;
            Ok(l)
        });
        new_link(&mut s, "bridge", |l| {
            l.ifname("nlbr0")?
                .mtu(1450)?
                .address(&MAC[2])?
                .linkinfo(|li| {
                    li.data_bridge(|b| {
                        b.forward_delay(800)?
                            .hello_time(300)?
                            .max_age(2500)?
                            .ageing_time(12000)?
                            .priority(0x1000)?
                            .group_fwd_mask(0x8)?
                            .mcast_snooping(0)?
                            .mcast_hash_max(1024)?
                            .mcast_igmp_version(3)?
                            .mcast_mld_version(2)?;
                        Ok(b)
                    })?;
                    Ok(li)
                })?;
            Ok(l)
        });
        new_link(&mut s, "ifb", |l| {
            // ifb has no way to change its address later: set it at creation.
            l.ifname("nlifb0")?
                .address(&MAC[5])?
                .linkinfo(|li| li.kind("ifb"))
        });
        let v0 = ifindex(&mut s, "nlv0");
        let v1 = ifindex(&mut s, "nlv1");
        new_link(&mut s, "vxlan", |l| {
            l.ifname("nlvx0")?.mtu(1300)?.linkinfo(|li| {
                li.data_vxlan(|x| {
                    x.id(4242)?
                        .local(Ipv4Addr::new(10, 0, 0, 1))?
                        .group(Ipv4Addr::new(239, 1, 1, 1))?
                        .link(v0)?
                        .port(4789)?
                        .port_range(&IflaVxlanPortRange {
                            low: 1000,
                            high: 2000,
                        })?
                        .ttl(64)?
                        .tos(0x10)?
                        .learning(0)?
                        .proxy(1)?
                        .l2miss(1)?
                        .ageing(600)?
                        .limit(100)?
                        .df(VxlanDf::Set)?
                        .udp_csum(0)?;
                    Ok(x)
                })?;
                Ok(li)
            })?;
            Ok(l)
        });
        new_link(&mut s, "macvlan", |l| {
            l.ifname("nlmv0")?
                .link(v0)?
                .address(&MAC[4])?
                .linkinfo(|li| {
                    li.data_macvlan(|m| {
                        m.mode(MacvlanMode::Bridge)?.bc_queue_len(500)?;
                        Ok(m)
                    })?;
                    Ok(li)
                })?;
            Ok(l)
        });
        let names = ["nlv0", "nlv1", "nlbr0", "nlifb0", "nlvx0", "nlmv0"];
        let idx: BTreeMap<&str, u32> = names.iter().map(|n| (*n, ifindex(&mut s, n))).collect();

        // Then on the existing links: MTU and address where creation did not set them, no
        // IPv6 address generation, then up (veth first: the others sit on it).
        set_link(&mut s, "ifb mtu", index_header(idx["nlifb0"] as i32), |l| {
            l.mtu(1280)
        });
        set_link(
            &mut s,
            "vxlan address",
            index_header(idx["nlvx0"] as i32),
            |l| l.address(&MAC[3]),
        );
        for n in names {
            set_link(&mut s, n, index_header(idx[n] as i32), no_addrgen);
        }
        for n in names {
            set_link(&mut s, n, up_header(idx[n] as i32), |l| Ok(l));
        }
        settle(
            &mut s,
            &[
                ("nlv0", OperState::Up),
                ("nlv1", OperState::Up),
                ("nlmv0", OperState::Up),
            ],
        );

        let links = link_table(&mut s);
        let reply = dump_links(&mut s);
        let theirs = ip_list(&["-d", "link", "show"]);
        let mut c = Cmp::default();
        let mut seen = 0;
        for m in reply.messages() {
            let l = LinkMsg::parse(&m).unwrap();
            let ours = link_json(&l, &links);
            let name = l.attrs.ifname().unwrap().to_owned();
            match theirs
                .iter()
                .find(|t| t["ifindex"] == json!(l.header.ifi_index))
            {
                Some(t) => c.value(&name, &ours, t),
                None => c.errors.push(format!("{name}: ip does not show it")),
            }
            seen += 1;

            // What we set, read back through the typed views.
            let a = &l.attrs;
            let kind = a.linkinfo().unwrap().and_then(|i| i.kind());
            let up = l.header.ifi_flags.contains(IfinfoFlags::UP);
            let mode = a
                .af_spec()
                .unwrap()
                .and_then(|s| s.inet6().unwrap())
                .and_then(|i| i.addr_gen_mode());
            let (mtu, mac, k) = match name.as_str() {
                "lo" => continue,
                "nlv0" => (1400, MAC[0], "veth"),
                "nlv1" => (1400, MAC[1], "veth"),
                "nlbr0" => (1450, MAC[2], "bridge"),
                "nlvx0" => (1300, MAC[3], "vxlan"),
                "nlmv0" => (1400, MAC[4], "macvlan"),
                "nlifb0" => (1280, MAC[5], "ifb"),
                other => panic!("unexpected link {other}"),
            };
            c.expect(&format!("{name} mtu"), a.mtu(), Some(mtu));
            c.expect(
                &format!("{name} address"),
                a.address().and_then(|x| x.as_eth()),
                Some(mac),
            );
            c.expect(&format!("{name} kind"), kind, Some(k));
            c.expect(&format!("{name} up"), up, true);
            c.expect(
                &format!("{name} addr_gen_mode"),
                mode,
                Some(In6AddrGenMode::None),
            );
            let data = a.linkinfo().unwrap().and_then(|i| i.data().unwrap());
            match (name.as_str(), data) {
                ("nlv0", _) => {
                    c.expect("nlv0 peer (IFLA_LINK)", a.link(), Some(v1));
                    c.expect("nlv0 operstate", a.operstate(), Some(OperState::Up));
                }
                ("nlv1", _) => c.expect("nlv1 peer (IFLA_LINK)", a.link(), Some(v0)),
                ("nlvx0", Some(LinkinfoDataMsg::Vxlan(x))) => {
                    c.expect("vxlan id", x.id(), Some(4242));
                    c.expect("vxlan local", x.local(), Some(Ipv4Addr::new(10, 0, 0, 1)));
                    c.expect("vxlan group", x.group(), Some(Ipv4Addr::new(239, 1, 1, 1)));
                    c.expect("vxlan link", x.link(), Some(v0));
                    c.expect("vxlan port", x.port(), Some(4789));
                    c.expect(
                        "vxlan port range",
                        x.port_range().map(|r| (r.low, r.high)),
                        Some((1000, 2000)),
                    );
                    c.expect("vxlan ttl", x.ttl(), Some(64));
                    c.expect("vxlan df", x.df(), Some(VxlanDf::Set));
                    c.expect(
                        "vxlan ttl_inherit (a u8 0 in the reply)",
                        x.ttl_inherit(),
                        false,
                    );
                }
                ("nlmv0", Some(LinkinfoDataMsg::Macvlan(m))) => {
                    c.expect("macvlan mode", m.mode(), Some(MacvlanMode::Bridge));
                    c.expect("macvlan lower (IFLA_LINK)", a.link(), Some(v0));
                    c.expect("macvlan bc_queue_len", m.bc_queue_len(), Some(500));
                }
                ("nlbr0", Some(LinkinfoDataMsg::Bridge(b))) => {
                    c.expect("bridge forward_delay", b.forward_delay(), Some(800));
                    c.expect("bridge hello_time", b.hello_time(), Some(300));
                    c.expect("bridge max_age", b.max_age(), Some(2500));
                    c.expect("bridge ageing_time", b.ageing_time(), Some(12000));
                    c.expect("bridge priority", b.priority(), Some(0x1000));
                    c.expect("bridge group_fwd_mask", b.group_fwd_mask(), Some(0x8));
                    c.expect("bridge mcast_snooping", b.mcast_snooping(), Some(0));
                    c.expect("bridge mcast_hash_max", b.mcast_hash_max(), Some(1024));
                    let id = b.bridge_id().unwrap();
                    c.expect("bridge id address", id.addr, MAC[2]);
                    c.expect("bridge id priority", id.prio, 0x1000);
                }
                ("nlifb0", _) => {}
                (n, d) => c.errors.push(format!("{n}: no typed info data: {d:?}")),
            }
        }
        c.expect("links in the dump vs ip", seen, theirs.len());
        c.expect("links", seen, names.len() + 1);
        c.finish("links");
    });
}

// ---------------------------------------------------------------------------------------
// Part 2: addresses.
// ---------------------------------------------------------------------------------------

/// A veth pair `a`/`b`, both up, with no IPv6 address generation; returns their indexes
/// once both are operationally up.
fn veth_pair(s: &mut Socket, a: &str, b: &str) -> (u32, u32) {
    new_link(s, "veth", |l| {
        l.ifname(a)?.linkinfo(|li| {
            li.data_veth(|v| {
                v.peer(&Ifinfomsg::default(), |p| p.ifname(b))?;
                Ok(v)
            })?;
            Ok(li)
        })?;
        Ok(l)
    });
    let (ia, ib) = (ifindex(s, a), ifindex(s, b));
    for i in [ia, ib] {
        set_link(s, "addrgen", index_header(i as i32), no_addrgen);
        set_link(s, "up", up_header(i as i32), |l| Ok(l));
    }
    settle(s, &[(a, OperState::Up), (b, OperState::Up)]);
    (ia, ib)
}

fn addr_header(v6: bool, prefixlen: u8, ifindex: u32) -> Ifaddrmsg {
    Ifaddrmsg {
        ifa_family: if v6 {
            rt_addr::AddressFamily::Inet6
        } else {
            rt_addr::AddressFamily::Inet
        },
        ifa_prefixlen: prefixlen,
        ifa_index: ifindex,
        ..Default::default()
    }
}

/// iproute2's `print_ifa_flags`: every known flag by name (`temporary` for an IPv6
/// secondary), `dynamic` for the absence of PERMANENT, the rest in hex.
fn ifa_flags(o: &mut Map<String, Value>, v6: bool, flags: IfaFlags) {
    use IfaFlags as F;
    let mut rest = flags.bits();
    for (f, name) in [
        (F::SECONDARY, "secondary"),
        (F::NODAD, "nodad"),
        (F::OPTIMISTIC, "optimistic"),
        (F::DADFAILED, "dadfailed"),
        (F::HOMEADDRESS, "home"),
        (F::DEPRECATED, "deprecated"),
        (F::TENTATIVE, "tentative"),
        (F::PERMANENT, "permanent"),
        (F::MANAGETEMPADDR, "mngtmpaddr"),
        (F::NOPREFIXROUTE, "noprefixroute"),
        (F::MCAUTOJOIN, "autojoin"),
        (F::STABLE_PRIVACY, "stable-privacy"),
    ] {
        if f == F::PERMANENT {
            if !flags.contains(f) {
                o.insert("dynamic".into(), json!(true));
            }
        } else if flags.contains(f) {
            let name = if f == F::SECONDARY && v6 {
                "temporary"
            } else {
                name
            };
            o.insert(name.into(), json!(true));
        }
        rest &= !f.bits();
    }
    if rest != 0 {
        o.insert("ifa_flags".into(), json!(format!("{rest:02x}")));
    }
}

/// An address as `ip -j addr show` prints it in `addr_info`.
fn addr_json(m: &AddrMsg<'_>) -> Value {
    let (h, a) = (&m.header, &m.attrs);
    let v6 = h.ifa_family == rt_addr::AddressFamily::Inet6;
    let mut o = Map::new();
    o.insert("family".into(), json!(h.ifa_family.to_string()));
    let local = a.local().or(a.address());
    put(&mut o, "local", local.map(|l| l.to_string()));
    if let (Some(addr), Some(l)) = (a.address(), a.local()) {
        if addr != l {
            o.insert("address".into(), json!(addr.to_string()));
        }
    }
    o.insert("prefixlen".into(), json!(h.ifa_prefixlen));
    put(&mut o, "broadcast", a.broadcast().map(|b| b.to_string()));
    o.insert("scope".into(), json!(scope_name(h.ifa_scope.value())));
    let flags = a.flags().unwrap_or(h.ifa_flags);
    ifa_flags(&mut o, v6, flags);
    put(&mut o, "label", a.label());
    if let Some(ci) = a.cacheinfo() {
        o.insert("valid_life_time".into(), json!(ci.ifa_valid));
        o.insert("preferred_life_time".into(), json!(ci.ifa_prefered));
    }
    put(&mut o, "metric", a.rt_priority());
    Value::Object(o)
}

#[test]
fn addresses_built_typed_match_ip_addr() {
    in_netns("addresses_built_typed_match_ip_addr", || {
        let mut s = route_socket();
        s.set_schema(&Rtnetlink);
        let (a0, a1) = veth_pair(&mut s, "nla0", "nla1");

        new_addr(&mut s, "10.1.0.1/24", addr_header(false, 24, a0), |b| {
            b.local(v4(10, 1, 0, 1))?
                .address(v4(10, 1, 0, 1))?
                .broadcast(Ipv4Addr::new(10, 1, 0, 255))?
                .label("nla0:web")?
                .rt_priority(55)
        });
        new_addr(
            &mut s,
            "10.1.0.7/24 (secondary)",
            addr_header(false, 24, a0),
            |b| b.local(v4(10, 1, 0, 7))?.address(v4(10, 1, 0, 7)),
        );
        new_addr(
            &mut s,
            "192.168.77.1/32 scope link",
            Ifaddrmsg {
                ifa_scope: rt_addr::RtScope::Link,
                ..addr_header(false, 32, a1)
            },
            |b| b.local(v4(192, 168, 77, 1)),
        );
        new_addr(&mut s, "fd00::1/64", addr_header(true, 64, a0), |b| {
            b.address(v6("fd00::1"))?.flags(IfaFlags::NODAD)
        });
        new_addr(
            &mut s,
            "fd00:1::5/64 (lifetimes)",
            addr_header(true, 64, a0),
            |b| {
                b.address(v6("fd00:1::5"))?
                    .flags(IfaFlags::NODAD | IfaFlags::NOPREFIXROUTE)?
                    .cacheinfo(&LIFETIMES)
            },
        );
        new_addr(
            &mut s,
            "fd00:2::9/120 on nla1",
            addr_header(true, 120, a1),
            |b| {
                b.address(v6("fd00:2::9"))?
                    .flags(IfaFlags::NODAD)?
                    .rt_priority(300)
            },
        );

        let mut dump_addrs = || dump(&mut s, rt_addr::ops::Getaddr, &Ifaddrmsg::default());
        stable("addresses", || {
            let reply = dump_addrs();
            reply
                .messages()
                .map(|m| {
                    let m = AddrMsg::parse(&m).unwrap();
                    (m.header.ifa_index, m.attrs.address(), m.attrs.flags())
                })
                .collect::<Vec<_>>()
        });
        let reply = dump_addrs();
        let theirs = ip_list(&["addr", "show"]);
        let mut c = Cmp::default();
        let mut ours_n = 0;
        let mut by_key: BTreeMap<(u32, String), Value> = BTreeMap::new();
        for link in &theirs {
            let i = link["ifindex"].as_u64().unwrap() as u32;
            for a in link["addr_info"].as_array().unwrap() {
                by_key.insert((i, a["local"].as_str().unwrap().to_owned()), a.clone());
            }
        }
        let mut expected = BTreeMap::from([
            ("10.1.0.1", false),
            ("10.1.0.7", false),
            ("192.168.77.1", false),
            ("fd00::1", false),
            ("fd00:1::5", false),
            ("fd00:2::9", false),
        ]);
        for m in reply.messages() {
            let m = AddrMsg::parse(&m).unwrap();
            let ours = addr_json(&m);
            let local = ours["local"].as_str().unwrap().to_owned();
            let ctx = format!("if{} {local}", m.header.ifa_index);
            match by_key.remove(&(m.header.ifa_index, local.clone())) {
                Some(t) => c.value(&ctx, &ours, &t),
                None => c.errors.push(format!("{ctx}: ip does not show it")),
            }
            ours_n += 1;
            if let Some(seen) = expected.get_mut(local.as_str()) {
                *seen = true;
            }
            // What we set, read back.
            let (h, a) = (&m.header, &m.attrs);
            match local.as_str() {
                "10.1.0.1" => {
                    c.expect("10.1.0.1 index", h.ifa_index, a0);
                    c.expect("10.1.0.1 label", a.label(), Some("nla0:web"));
                    c.expect(
                        "10.1.0.1 broadcast",
                        a.broadcast(),
                        Some(Ipv4Addr::new(10, 1, 0, 255)),
                    );
                    c.expect("10.1.0.1 metric", a.rt_priority(), Some(55));
                    c.expect("10.1.0.1 prefix", h.ifa_prefixlen, 24);
                }
                "10.1.0.7" => c.expect(
                    "10.1.0.7 secondary",
                    a.flags().map(|f| f.contains(IfaFlags::SECONDARY)),
                    Some(true),
                ),
                "192.168.77.1" => {
                    c.expect("192.168.77.1 scope", h.ifa_scope, rt_addr::RtScope::Link);
                    c.expect("192.168.77.1 index", h.ifa_index, a1);
                }
                "fd00:1::5" => {
                    let f = a.flags().unwrap();
                    c.expect("fd00:1::5 nodad", f.contains(IfaFlags::NODAD), true);
                    c.expect(
                        "fd00:1::5 noprefixroute",
                        f.contains(IfaFlags::NOPREFIXROUTE),
                        true,
                    );
                    c.expect(
                        "fd00:1::5 permanent",
                        f.contains(IfaFlags::PERMANENT),
                        false,
                    );
                    let ci = a.cacheinfo().unwrap();
                    c.expect(
                        "fd00:1::5 valid lft <= 3600",
                        ci.ifa_valid <= 3600 && ci.ifa_valid > 3590,
                        true,
                    );
                }
                "fd00:2::9" => {
                    c.expect("fd00:2::9 prefix", h.ifa_prefixlen, 120);
                    c.expect("fd00:2::9 metric", a.rt_priority(), Some(300));
                }
                _ => {}
            }
        }
        for k in by_key.keys() {
            c.errors
                .push(format!("ip shows {k:?}, the typed dump does not"));
        }
        for (a, seen) in expected {
            c.expect(&format!("{a} in the dump"), seen, true);
        }
        eprintln!("addresses: {ours_n} in the dump");
        c.finish("addresses");
    });
}

// ---------------------------------------------------------------------------------------
// Part 3: routes.
// ---------------------------------------------------------------------------------------

fn route_header(v6: bool, dst_len: u8) -> Rtmsg {
    Rtmsg {
        rtm_family: if v6 {
            rt_route::AddressFamily::Inet6
        } else {
            rt_route::AddressFamily::Inet
        },
        rtm_dst_len: dst_len,
        rtm_table: RtTable::Main,
        rtm_protocol: rt_route::RtProtocol::Static,
        rtm_scope: RtScope::Universe,
        rtm_type: RtmType::Unicast,
        ..Default::default()
    }
}

/// iproute2's `print_rt_flags`.
fn rt_flags(bits: u32) -> Value {
    let mut out = Vec::new();
    for (f, name) in [
        (RtnhFlags::DEAD.bits(), "dead"),
        (RtnhFlags::ONLINK.bits(), "onlink"),
        (RtnhFlags::PERVASIVE.bits(), "pervasive"),
        (RtnhFlags::OFFLOAD.bits(), "offload"),
        (RtnhFlags::TRAP.bits(), "trap"),
        (RtmFlags::NOTIFY.bits(), "notify"),
        (RtnhFlags::LINKDOWN.bits(), "linkdown"),
        (RtnhFlags::UNRESOLVED.bits(), "unresolved"),
        (RtmFlags::OFFLOAD.bits(), "rt_offload"),
        (RtmFlags::TRAP.bits(), "rt_trap"),
        (RtmFlags::OFFLOAD_FAILED.bits(), "rt_offload_failed"),
    ] {
        if bits & f != 0 {
            out.push(name);
        }
    }
    json!(out)
}

/// A route as `ip -j [-d] route show` prints it (iproute2's `print_route`).
fn route_json(m: &RouteMsg<'_>, links: &Links, details: bool) -> Value {
    let (h, a): (&Rtmsg, &RouteAttrs<'_>) = (&m.header, &m.attrs);
    let mut o = Map::new();
    if h.rtm_type != RtmType::Unicast || details {
        o.insert("type".into(), json!(h.rtm_type.to_string()));
    }
    let dst = match a.dst() {
        Some(d) => prefix(d, h.rtm_dst_len),
        None if h.rtm_dst_len != 0 => format!("0/{}", h.rtm_dst_len),
        None => "default".to_owned(),
    };
    o.insert("dst".into(), json!(dst));
    if let Some(src) = a.src() {
        o.insert("from".into(), json!(prefix(src, h.rtm_src_len)));
    }
    put(&mut o, "nhid", a.nh_id());
    if h.rtm_tos != 0 {
        o.insert("tos".into(), json!(c_hex(h.rtm_tos.into())));
    }
    put(&mut o, "gateway", a.gateway().map(|g| g.to_string()));
    put(&mut o, "dev", a.oif().map(|i| dev_name(links, i)));
    let table = a
        .table_attr()
        .map(|t| t.value())
        .unwrap_or(h.rtm_table.value());
    if table != RtTable::Main.value() || details {
        o.insert("table".into(), json!(table_name(table)));
    }
    if !h.rtm_flags.contains(RtmFlags::CLONED) {
        if h.rtm_protocol != rt_route::RtProtocol::Boot || details {
            o.insert("protocol".into(), json!(h.rtm_protocol.to_string()));
        }
        if h.rtm_scope != RtScope::Universe || details {
            o.insert("scope".into(), json!(scope_name(h.rtm_scope.value())));
        }
    }
    put(&mut o, "prefsrc", a.prefsrc().map(|p| p.to_string()));
    put(&mut o, "metric", a.priority());
    o.insert("flags".into(), rt_flags(h.rtm_flags.bits()));
    put(&mut o, "mark", a.mark().filter(|m| *m != 0 || details));
    if let Some(ci) = a.cacheinfo() {
        if ci.rta_expires != 0 {
            // clock_t (USER_HZ = 100) to seconds, as iproute2 divides by sysconf(_SC_CLK_TCK).
            o.insert("expires".into(), json!(ci.rta_expires / 100));
        }
        if ci.rta_error != 0 {
            o.insert("error".into(), json!(ci.rta_error));
        }
    }
    if let Some(mx) = a.metrics().unwrap() {
        let mut mo = Map::new();
        put(&mut mo, "mtu", mx.mtu());
        put(&mut mo, "window", mx.window());
        put(&mut mo, "advmss", mx.advmss());
        put(&mut mo, "hoplimit", mx.hoplimit());
        put(&mut mo, "initcwnd", mx.initcwnd());
        put(&mut mo, "reordering", mx.reordering());
        put(&mut mo, "initrwnd", mx.initrwnd());
        o.insert("metrics".into(), json!([mo]));
    }
    put(&mut o, "pref", a.pref().map(|p| p.to_string()));
    if let Some(records) = a.multipath() {
        let mut hops = Vec::new();
        for r in records {
            let (nh, attrs): (Rtnexthop, RouteAttrs<'_>) = r.unwrap();
            let mut ho = Map::new();
            put(&mut ho, "gateway", attrs.gateway().map(|g| g.to_string()));
            if nh.rtnh_ifindex != 0 {
                ho.insert("dev".into(), dev_name(links, nh.rtnh_ifindex as u32));
            }
            ho.insert("weight".into(), json!(u32::from(nh.rtnh_hops) + 1));
            ho.insert("flags".into(), rt_flags(nh.rtnh_flags.bits()));
            hops.push(Value::Object(ho));
        }
        o.insert("nexthops".into(), json!(hops));
    }
    Value::Object(o)
}

#[test]
fn routes_built_typed_match_ip_route() {
    in_netns("routes_built_typed_match_ip_route", || {
        let mut s = route_socket();
        s.set_schema(&Rtnetlink);
        let (r0, r1) = veth_pair(&mut s, "nlr0", "nlr1");
        for (i, addr) in [(r0, v4(10, 1, 0, 1)), (r1, v4(10, 1, 1, 1))] {
            new_addr(&mut s, "v4 address", addr_header(false, 24, i), |b| {
                b.local(addr)?.address(addr)
            });
        }
        new_addr(&mut s, "fd00::1/64", addr_header(true, 64, r0), |b| {
            b.address(v6("fd00::1"))?.flags(IfaFlags::NODAD)
        });
        // A finite lifetime: its prefix route expires (RTA_CACHEINFO's rta_expires).
        new_addr(&mut s, "fd00:1::5/64", addr_header(true, 64, r1), |b| {
            b.address(v6("fd00:1::5"))?
                .flags(IfaFlags::NODAD)?
                .cacheinfo(&LIFETIMES)
        });

        new_route(
            &mut s,
            "10.2.0.0/16 via 10.1.0.2",
            route_header(false, 16),
            |b| {
                b.dst(v4(10, 2, 0, 0))?
                    .gateway(v4(10, 1, 0, 2))?
                    .oif(r0)?
                    .priority(100)?
                    .metrics(|m| m.mtu(1300)?.hoplimit(33))
            },
        );
        new_route(
            &mut s,
            "10.4.0.0/24 dev nlr1 table 1000",
            Rtmsg {
                rtm_table: RtTable::Unspec,
                rtm_scope: RtScope::Link,
                rtm_protocol: rt_route::RtProtocol::Boot,
                ..route_header(false, 24)
            },
            |b| {
                b.dst(v4(10, 4, 0, 0))?
                    .oif(r1)?
                    .table_attr(RtTable::from_value(1000))
            },
        );
        new_route(
            &mut s,
            "unreachable 10.9.9.0/24",
            Rtmsg {
                rtm_type: RtmType::Unreachable,
                ..route_header(false, 24)
            },
            |b| b.dst(v4(10, 9, 9, 0)),
        );
        // RTA_MULTIPATH: a record list of rtnexthop, each followed by its own attributes.
        new_route(
            &mut s,
            "10.3.0.0/16 multipath",
            route_header(false, 16),
            |b| {
                b.dst(v4(10, 3, 0, 0))?.multipath(|w| {
                    let hop = |ifindex: u32, hops: u8| Rtnexthop {
                        rtnh_ifindex: ifindex as i32,
                        rtnh_hops: hops,
                        ..Default::default()
                    };
                    put_record_list_entry(w, &hop(r0, 0), |w| {
                        RouteAttrsBuilder::new(w)
                            .gateway(v4(10, 1, 0, 2))
                            .map(|_| ())
                    })?;
                    put_record_list_entry(w, &hop(r1, 2), |w| {
                        RouteAttrsBuilder::new(w)
                            .gateway(v4(10, 1, 1, 2))
                            .map(|_| ())
                    })
                })
            },
        );
        new_route(
            &mut s,
            "fd00:2::/64 via fd00::2",
            route_header(true, 64),
            |b| {
                b.dst(v6("fd00:2::"))?
                    .gateway(v6("fd00::2"))?
                    .oif(r0)?
                    .priority(77)?
                    .pref(RouterPref::High)
            },
        );

        let links = link_table(&mut s);
        let mut dump_routes = || dump(&mut s, rt_route::ops::Getroute, &Rtmsg::default());
        stable("routes", || {
            let reply = dump_routes();
            reply
                .messages()
                .map(|m| {
                    let r = RouteMsg::parse(&m).unwrap();
                    (r.header, r.attrs.dst(), r.attrs.oif())
                })
                .collect::<Vec<_>>()
        });
        let reply = dump_routes();
        let routes: Vec<RouteMsg<'_>> = reply
            .messages()
            .map(|m| RouteMsg::parse(&m).unwrap())
            .collect();
        let all = ip_list(&["-d", "route", "show", "table", "all"]);
        let v6_main = ip_list(&["-6", "route", "show"]);
        let mut c = Cmp::default();

        // Every table, both families: the kernel's order, which ip keeps.
        let ours: Vec<Value> = routes
            .iter()
            .filter(|r| !r.header.rtm_flags.contains(RtmFlags::CLONED))
            .map(|r| route_json(r, &links, true))
            .collect();
        c.expect("routes (all tables) vs ip", ours.len(), all.len());
        for (i, (o, t)) in ours.iter().zip(&all).enumerate() {
            c.value(&format!("route[{i}] {}", o["dst"]), o, t);
        }
        // IPv6, main table, without details.
        let ours6: Vec<Value> = routes
            .iter()
            .filter(|r| {
                r.header.rtm_family == rt_route::AddressFamily::Inet6
                    && r.attrs.table_attr().unwrap_or(r.header.rtm_table) == RtTable::Main
                    && !r.header.rtm_flags.contains(RtmFlags::CLONED)
            })
            .map(|r| route_json(r, &links, false))
            .collect();
        c.expect("IPv6 main routes vs ip -6", ours6.len(), v6_main.len());
        for (i, (o, t)) in ours6.iter().zip(&v6_main).enumerate() {
            c.value(&format!("route6[{i}] {}", o["dst"]), o, t);
        }

        // What we set, read back.
        let find = |dst: IpAddr| {
            routes
                .iter()
                .find(|r| r.attrs.dst() == Some(dst) && r.header.rtm_type != RtmType::Local)
                .unwrap_or_else(|| panic!("no route to {dst}"))
        };
        let r = find(v4(10, 3, 0, 0));
        let hops: Vec<(i32, u8, Option<IpAddr>)> = r
            .attrs
            .multipath()
            .unwrap()
            .map(|x| {
                let (nh, a) = x.unwrap();
                (nh.rtnh_ifindex, nh.rtnh_hops, a.gateway())
            })
            .collect();
        c.expect(
            "multipath next hops",
            hops,
            vec![
                (r0 as i32, 0, Some(v4(10, 1, 0, 2))),
                (r1 as i32, 2, Some(v4(10, 1, 1, 2))),
            ],
        );
        let r = find(v4(10, 2, 0, 0));
        c.expect("10.2/16 gateway", r.attrs.gateway(), Some(v4(10, 1, 0, 2)));
        c.expect("10.2/16 metric", r.attrs.priority(), Some(100));
        c.expect(
            "10.2/16 protocol",
            r.header.rtm_protocol,
            rt_route::RtProtocol::Static,
        );
        let mx = r.attrs.metrics().unwrap().unwrap();
        c.expect(
            "10.2/16 mtu",
            (mx.mtu(), mx.hoplimit()),
            (Some(1300), Some(33)),
        );
        let r = find(v4(10, 4, 0, 0));
        c.expect(
            "10.4/24 table",
            r.attrs.table_attr(),
            Some(RtTable::from_value(1000)),
        );
        c.expect("10.4/24 scope", r.header.rtm_scope, RtScope::Link);
        c.expect(
            "10.9.9/24 type",
            find(v4(10, 9, 9, 0)).header.rtm_type,
            RtmType::Unreachable,
        );
        let r = find(v6("fd00:2::"));
        c.expect(
            "fd00:2::/64 gateway",
            r.attrs.gateway(),
            Some(v6("fd00::2")),
        );
        c.expect("fd00:2::/64 pref", r.attrs.pref(), Some(RouterPref::High));
        c.expect("fd00:2::/64 metric", r.attrs.priority(), Some(77));
        c.expect("fd00:2::/64 dev", r.attrs.oif(), Some(r0));
        let r = find(v6("fd00:1::"));
        let exp = r.attrs.cacheinfo().map(|ci| ci.rta_expires / 100);
        c.expect(
            "fd00:1::/64 expires within the address lifetime",
            exp.is_some_and(|e| e > 3590 && e <= 3600),
            true,
        );
        eprintln!("routes: {} in the dump", routes.len());
        c.finish("routes");
    });
}

// ---------------------------------------------------------------------------------------
// Part 4: neighbours and rules.
// ---------------------------------------------------------------------------------------

/// A neighbour as `ip -j neigh show` prints it (iproute2's `print_neigh`); `None` for the
/// entries ip leaves out by default (NOARP only, or no state).
fn neigh_json(m: &NeighbourMsg<'_>, links: &Links) -> Option<Value> {
    let (h, a) = (&m.header, &m.attrs);
    let shown = NudState(0xff & !NudState::NOARP.bits());
    let special = NtfFlags::PROXY | NtfFlags::EXT_LEARNED;
    if h.ndm_state.bits() & shown.bits() == 0 && (h.ndm_flags & special).is_empty() {
        return None;
    }
    let mut o = Map::new();
    put(&mut o, "dst", a.dst().map(|d| d.to_string()));
    if h.ndm_ifindex != 0 {
        o.insert("dev".into(), dev_name(links, h.ndm_ifindex as u32));
    }
    put(&mut o, "lladdr", a.lladdr().map(|l| l.to_string()));
    for (f, key) in [
        (NtfFlags::ROUTER, "router"),
        (NtfFlags::PROXY, "proxy"),
        (NtfFlags::EXT_LEARNED, "extern_learn"),
        (NtfFlags::OFFLOADED, "offload"),
    ] {
        if h.ndm_flags.contains(f) {
            o.insert(key.into(), Value::Null); // iproute2 prints these as JSON nulls
        }
    }
    if !h.ndm_state.is_empty() {
        let mut states = Vec::new();
        for (f, name) in [
            (NudState::INCOMPLETE, "INCOMPLETE"),
            (NudState::REACHABLE, "REACHABLE"),
            (NudState::STALE, "STALE"),
            (NudState::DELAY, "DELAY"),
            (NudState::PROBE, "PROBE"),
            (NudState::FAILED, "FAILED"),
            (NudState::NOARP, "NOARP"),
            (NudState::PERMANENT, "PERMANENT"),
        ] {
            if h.ndm_state.contains(f) {
                states.push(name);
            }
        }
        o.insert("state".into(), json!(states));
    }
    put(&mut o, "protocol", a.protocol().map(|p| p.to_string()));
    Some(Value::Object(o))
}

#[test]
fn neighbours_built_typed_match_ip_neigh() {
    in_netns("neighbours_built_typed_match_ip_neigh", || {
        let mut s = route_socket();
        s.set_schema(&Rtnetlink);
        let (n0, n1) = veth_pair(&mut s, "nln0", "nln1");
        let header = |v6: bool, ifindex: u32, state: NudState| Ndmsg {
            ndm_family: if v6 {
                rt_neigh::AddressFamily::Inet6
            } else {
                rt_neigh::AddressFamily::Inet
            },
            ndm_ifindex: ifindex as i32,
            ndm_state: state,
            ..Default::default()
        };
        let mac9 = [0x02, 0, 0, 0, 0, 0x09];
        let mac10 = [0x02, 0, 0, 0, 0, 0x0a];
        create(
            &mut s,
            "10.1.0.9 permanent",
            rt_neigh::ops::Newneigh,
            header(false, n0, NudState::PERMANENT),
            |b| {
                b.dst(IpAddr::V4(Ipv4Addr::new(10, 1, 0, 9)))?
                    .lladdr(&mac9)?
                    .protocol(rt_neigh::RtProtocol::Static)
            },
        );
        create(
            &mut s,
            "fd00::a stale router",
            rt_neigh::ops::Newneigh,
            Ndmsg {
                ndm_flags: NtfFlags::ROUTER,
                ..header(true, n1, NudState::STALE)
            },
            |b| b.dst("fd00::a".parse().unwrap())?.lladdr(&mac10),
        );
        create(
            &mut s,
            "10.1.0.10 noarp (ip hides it)",
            rt_neigh::ops::Newneigh,
            header(false, n0, NudState::NOARP),
            |b| b.dst(IpAddr::V4(Ipv4Addr::new(10, 1, 0, 10))),
        );

        let links = link_table(&mut s);
        let reply = dump(&mut s, rt_neigh::ops::Getneigh, &Ndmsg::default());
        let msgs: Vec<NeighbourMsg<'_>> = reply
            .messages()
            .map(|m| NeighbourMsg::parse(&m).unwrap())
            .collect();
        let theirs = ip_list(&["neigh", "show"]);
        let ours: Vec<Value> = msgs.iter().filter_map(|m| neigh_json(m, &links)).collect();
        let mut c = Cmp::default();
        c.expect("neighbours vs ip", ours.len(), theirs.len());
        for o in &ours {
            match theirs
                .iter()
                .find(|t| t["dst"] == o["dst"] && t["dev"] == o["dev"])
            {
                Some(t) => c.value(&format!("neigh {}", o["dst"]), o, t),
                None => c.errors.push(format!("ip does not show {o}")),
            }
        }
        // What we set, read back.
        let find = |dst: &str| {
            msgs.iter()
                .find(|m| m.attrs.dst() == Some(dst.parse().unwrap()))
                .unwrap_or_else(|| panic!("no neighbour {dst}"))
        };
        let m = find("10.1.0.9");
        c.expect("10.1.0.9 state", m.header.ndm_state, NudState::PERMANENT);
        c.expect(
            "10.1.0.9 lladdr",
            m.attrs.lladdr().and_then(|l| l.as_eth()),
            Some(mac9),
        );
        c.expect(
            "10.1.0.9 protocol",
            m.attrs.protocol(),
            Some(rt_neigh::RtProtocol::Static),
        );
        c.expect("10.1.0.9 dev", m.header.ndm_ifindex, n0 as i32);
        let m = find("fd00::a");
        c.expect("fd00::a state", m.header.ndm_state, NudState::STALE);
        c.expect(
            "fd00::a router",
            m.header.ndm_flags.contains(NtfFlags::ROUTER),
            true,
        );
        c.expect(
            "fd00::a lladdr",
            m.attrs.lladdr().and_then(|l| l.as_eth()),
            Some(mac10),
        );
        c.expect("fd00::a dev", m.header.ndm_ifindex, n1 as i32);
        let m = find("10.1.0.10");
        c.expect("10.1.0.10 state", m.header.ndm_state, NudState::NOARP);
        c.finish("neighbours");
    });
}

/// A rule as `ip -j rule show` prints it (iproute2's `print_rule`).
fn rule_json(m: &FibRuleMsg<'_>) -> Value {
    let (h, a) = (&m.header, &m.attrs);
    let mut o = Map::new();
    o.insert("priority".into(), json!(a.priority().unwrap_or(0)));
    if h.flags.contains(FibRuleFlags::INVERT) {
        o.insert("not".into(), Value::Null); // a JSON null, as iproute2 prints it
    }
    let host = if h.family == rt_rule::AddressFamily::Inet6 {
        128
    } else {
        32
    };
    for (key, lenkey, addr, len) in [
        ("src", "srclen", a.src(), h.src_len),
        ("dst", "dstlen", a.dst(), h.dst_len),
    ] {
        match addr {
            Some(x) => {
                o.insert(key.into(), json!(x.to_string()));
                if len != host {
                    o.insert(lenkey.into(), json!(len));
                }
            }
            None if len != 0 => {
                o.insert(key.into(), json!("0"));
                o.insert(lenkey.into(), json!(len));
            }
            None if key == "src" => {
                o.insert(key.into(), json!("all"));
            }
            None => {}
        }
    }
    if h.tos != 0 {
        o.insert("tos".into(), json!(c_hex(h.tos.into())));
    }
    if a.fwmark().is_some() || a.fwmask().is_some() {
        let mark = a.fwmark().unwrap_or(0);
        o.insert("fwmark".into(), json!(c_hex(mark.into())));
        if let Some(mask) = a.fwmask().filter(|m| *m != u32::MAX) {
            o.insert("fwmask".into(), json!(c_hex(mask.into())));
        }
    }
    if let Some(n) = a.iifname() {
        o.insert("iif".into(), json!(n));
        if h.flags.contains(FibRuleFlags::IIF_DETACHED) {
            o.insert("iif_detached".into(), json!(true));
        }
    }
    if let Some(n) = a.oifname() {
        o.insert("oif".into(), json!(n));
        if h.flags.contains(FibRuleFlags::OIF_DETACHED) {
            o.insert("oif_detached".into(), json!(true));
        }
    }
    if a.l3mdev().unwrap_or(0) != 0 {
        o.insert("l3mdev".into(), json!(true));
    }
    if let Some(r) = a.uid_range() {
        o.insert("uidrange".into(), json!(format!("{}-{}", r.start, r.end)));
    }
    let table = a.table_attr().map(|t| t.value()).unwrap_or(h.table.value());
    if table != 0 {
        o.insert("table".into(), json!(table_name(table)));
        if let Some(pl) = a.suppress_prefixlen().filter(|p| *p as i32 != -1) {
            o.insert("suppress_prefixlen".into(), json!(pl));
        }
        if let Some(g) = a.suppress_ifgroup().filter(|g| *g as i32 != -1) {
            o.insert("suppress_ifgroup".into(), json!(g));
        }
    }
    match h.action {
        FrAct::ToTbl => {}
        FrAct::Goto => {
            o.insert("goto".into(), a.goto().map_or(json!("none"), |g| json!(g)));
        }
        FrAct::Nop => {
            o.insert("action".into(), json!("nop"));
        }
        // rtnl_rtntype_n2a: the action numbers coincide with the route types.
        act => {
            o.insert(
                "action".into(),
                json!(RtmType::from_value(act.value()).to_string()),
            );
        }
    }
    if let Some(p) = a.protocol() {
        if p != rt_rule::RtProtocol::Unspec && p != rt_rule::RtProtocol::Kernel {
            o.insert("protocol".into(), json!(p.to_string()));
        }
    }
    Value::Object(o)
}

#[test]
fn rules_built_typed_match_ip_rule() {
    in_netns("rules_built_typed_match_ip_rule", || {
        let mut s = route_socket();
        s.set_schema(&Rtnetlink);
        let (_, _) = veth_pair(&mut s, "nlu0", "nlu1");
        let header = |v6: bool, action: FrAct, table: u32| FibRuleHdr {
            family: if v6 {
                rt_rule::AddressFamily::Inet6
            } else {
                rt_rule::AddressFamily::Inet
            },
            action,
            table: rt_rule::RtTable::from_value(table),
            ..Default::default()
        };
        create(
            &mut s,
            "from 10.9.0.0/16 table 100",
            rt_rule::ops::Newrule,
            FibRuleHdr {
                src_len: 16,
                ..header(false, FrAct::ToTbl, 100)
            },
            |b| {
                b.src(IpAddr::V4(Ipv4Addr::new(10, 9, 0, 0)))?
                    .priority(1000)
            },
        );
        create(
            &mut s,
            "to 10.8.0.0/24 fwmark iif table 1000",
            rt_rule::ops::Newrule,
            FibRuleHdr {
                dst_len: 24,
                ..header(false, FrAct::ToTbl, 0)
            },
            |b| {
                b.dst(IpAddr::V4(Ipv4Addr::new(10, 8, 0, 0)))?
                    .fwmark(0x10)?
                    .fwmask(0xff)?
                    .iifname("nlu0")?
                    .table_attr(rt_rule::RtTable::from_value(1000))?
                    .priority(1001)?
                    .protocol(rt_rule::RtProtocol::Static)
            },
        );
        create(
            &mut s,
            "not from 10.7.0.0/16 unreachable",
            rt_rule::ops::Newrule,
            FibRuleHdr {
                src_len: 16,
                flags: FibRuleFlags::INVERT,
                ..header(false, FrAct::Unreachable, 0)
            },
            |b| {
                b.src(IpAddr::V4(Ipv4Addr::new(10, 7, 0, 0)))?
                    .priority(1002)?
                    .oifname("nlu1")
            },
        );
        create(
            &mut s,
            "v6 from fd00::/16 table 100",
            rt_rule::ops::Newrule,
            FibRuleHdr {
                src_len: 16,
                ..header(true, FrAct::ToTbl, 100)
            },
            |b| {
                b.src("fd00::".parse().unwrap())?
                    .priority(500)?
                    .suppress_prefixlen(0)
            },
        );

        let mut c = Cmp::default();
        let mut total = 0;
        for (v6, args) in [
            (false, &["rule", "show"][..]),
            (true, &["-6", "rule", "show"][..]),
        ] {
            let fam = if v6 {
                rt_rule::AddressFamily::Inet6
            } else {
                rt_rule::AddressFamily::Inet
            };
            let reply = dump(
                &mut s,
                rt_rule::ops::Getrule,
                &FibRuleHdr {
                    family: fam,
                    ..Default::default()
                },
            );
            let msgs: Vec<FibRuleMsg<'_>> = reply
                .messages()
                .map(|m| FibRuleMsg::parse(&m).unwrap())
                .collect();
            let theirs = ip_list(args);
            c.expect(&format!("rules (v6 {v6}) vs ip"), msgs.len(), theirs.len());
            for (i, (m, t)) in msgs.iter().zip(&theirs).enumerate() {
                c.value(
                    &format!("rule{}[{i}]", if v6 { "6" } else { "" }),
                    &rule_json(m),
                    t,
                );
            }
            total += msgs.len();
            // What we set, read back.
            for m in &msgs {
                let (h, a) = (&m.header, &m.attrs);
                match a.priority() {
                    Some(1000) => {
                        c.expect(
                            "1000 src",
                            (a.src(), h.src_len),
                            (Some(IpAddr::V4(Ipv4Addr::new(10, 9, 0, 0))), 16),
                        );
                        c.expect(
                            "1000 table",
                            a.table_attr(),
                            Some(rt_rule::RtTable::from_value(100)),
                        );
                    }
                    Some(1001) => {
                        c.expect(
                            "1001 fwmark/mask",
                            (a.fwmark(), a.fwmask()),
                            (Some(0x10), Some(0xff)),
                        );
                        c.expect("1001 iif", a.iifname(), Some("nlu0"));
                        c.expect(
                            "1001 table",
                            a.table_attr(),
                            Some(rt_rule::RtTable::from_value(1000)),
                        );
                        c.expect(
                            "1001 protocol",
                            a.protocol(),
                            Some(rt_rule::RtProtocol::Static),
                        );
                    }
                    Some(1002) => {
                        c.expect("1002 action", h.action, FrAct::Unreachable);
                        c.expect("1002 invert", h.flags.contains(FibRuleFlags::INVERT), true);
                        c.expect("1002 oif", a.oifname(), Some("nlu1"));
                    }
                    Some(500) => {
                        c.expect("500 family", h.family, rt_rule::AddressFamily::Inet6);
                        c.expect("500 suppress_prefixlen", a.suppress_prefixlen(), Some(0));
                    }
                    _ => {}
                }
            }
        }
        eprintln!("rules: {total} in the dumps");
        c.finish("rules");
    });
}

// ---------------------------------------------------------------------------------------
// Part 5: policy errors, named through the schema.
// ---------------------------------------------------------------------------------------

/// (what, request builder, expected named path, expected numeric path).
type PolicyCase = (&'static str, fn() -> Vec<u8>, &'static str, &'static [u16]);

const LONG_NAME: &str = "a-name-of-20-chars!!";

/// A link whose own name is too long (IFLA_IFNAME at the top level).
fn long_name_link() -> Vec<u8> {
    message(
        RTM_NEWLINK,
        NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK,
        &Ifinfomsg::default(),
        |w| {
            LinkAttrsBuilder::new(w)
                .ifname(LONG_NAME)?
                .linkinfo(|li| li.kind("ifb"))?;
            Ok(())
        },
    )
}

/// A veth whose peer's name is too long (IFLA_IFNAME inside VETH_INFO_PEER, a nest with its
/// own ifinfomsg, inside IFLA_INFO_DATA, a sub-message chosen by IFLA_INFO_KIND).
fn long_peer_veth() -> Vec<u8> {
    message(
        RTM_NEWLINK,
        NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK,
        &Ifinfomsg::default(),
        |w| {
            LinkAttrsBuilder::new(w).ifname("nlok0")?.linkinfo(|li| {
                li.data_veth(|v| {
                    v.peer(&Ifinfomsg::default(), |p| p.ifname(LONG_NAME))?;
                    Ok(v)
                })?;
                Ok(li)
            })?;
            Ok(())
        },
    )
}

#[test]
fn policy_errors_are_named_through_the_schema() {
    in_netns("policy_errors_are_named_through_the_schema", || {
        let cases: [PolicyCase; 2] = [
            (
                "top-level name",
                long_name_link,
                "IFLA_IFNAME",
                &[IFLA_IFNAME],
            ),
            (
                "veth peer name",
                long_peer_veth,
                "IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER / IFLA_IFNAME",
                &[IFLA_LINKINFO, IFLA_INFO_DATA, VETH_INFO_PEER, IFLA_IFNAME],
            ),
        ];
        let erange = rustix::io::Errno::RANGE.raw_os_error();
        for (what, build, named, numeric) in cases {
            let mut texts = Vec::new();
            for capped in [false, true] {
                let mut s = route_socket();
                s.set_schema(&Rtnetlink);
                s.set_cap_ack(capped).unwrap();
                let err = s.request(&mut build()).unwrap_err();
                let Error::Kernel(k) = &err else {
                    panic!("{what} (capped {capped}): {err:?}")
                };
                let text = err.to_string();
                eprintln!("{what} (CAP_ACK {capped}): {text}");
                eprintln!("  policy: {:?}", k.policy);
                assert_eq!(k.errno, erange, "{what}: {text}");
                assert_eq!(k.request_name, Some("RTM_NEWLINK"), "{what}: {text}");
                assert_eq!(
                    k.named_path.as_deref(),
                    Some(named),
                    "{what} (capped {capped}): {text}"
                );
                assert_eq!(
                    k.attr_path.as_deref(),
                    Some(numeric),
                    "{what} (capped {capped}): {text}"
                );
                assert_eq!(
                    k.message.as_deref(),
                    Some("Attribute failed policy validation"),
                    "{what}: {text}"
                );
                let policy = k
                    .policy
                    .unwrap_or_else(|| panic!("{what}: no policy in {text}"));
                assert!(
                    matches!(
                        policy.kind,
                        Some(PolicyType::String | PolicyType::NulString)
                    ),
                    "{what}: {policy:?}"
                );
                assert_eq!(policy.max_length, Some(15), "{what}: {policy:?}");
                assert_eq!(
                    text,
                    format!(
                        "RTM_NEWLINK: {}: Attribute failed policy validation, at {named} ({policy})",
                        strerror(erange)
                    )
                );
                texts.push(text);
                // Nothing was created.
                let links = link_table(&mut s);
                assert!(links.values().all(|(n, _)| n == "lo"), "{what}: {links:?}");
            }
            assert_eq!(
                texts[0], texts[1],
                "{what}: capped and echoed answers differ"
            );

            // The codec's dump of the raw answer names the same path when the kernel echoed
            // the request (no CAP_ACK); a capped answer carries nothing to name.
            for capped in [false, true] {
                let mut s = route_socket();
                s.set_cap_ack(capped).unwrap();
                let raw = s.capture(&mut build()).unwrap();
                let dump = Dump::new(&raw).schema(&Rtnetlink).to_string();
                eprintln!("{what} (CAP_ACK {capped}) dump:\n{dump}");
                let line = format!("ext-ack offset points at {named} (");
                assert_eq!(
                    dump.contains(&line),
                    !capped,
                    "{what} (capped {capped}):\n{dump}"
                );
                if !capped {
                    let policy_text = dump.lines().find(|l| l.contains(&line)).unwrap();
                    assert!(policy_text.ends_with("max length 15)"), "{policy_text}");
                }
            }
        }
    });
}

/// The errno's text, as the socket's Display writes it (without " (os error N)").
fn strerror(errno: i32) -> String {
    let t = std::io::Error::from_raw_os_error(errno).to_string();
    match t.rfind(" (os error ") {
        Some(i) => t[..i].to_owned(),
        None => t,
    }
}

/// `IFLA_VXLAN_TTL_INHERIT` goes out as a flag (the kernel's policy is `NLA_FLAG`) and comes
/// back as a `u8` 0 or 1, always present (`vxlan_fill_info`): the typed builder writes the
/// flag, the typed getter reads the reply's byte, and `ip -d link show` agrees on both links.
#[test]
fn vxlan_ttl_inherit_flag_out_u8_back() {
    in_netns("vxlan_ttl_inherit_flag_out_u8_back", || {
        let mut s = route_socket();
        s.set_schema(&Rtnetlink);
        let (v0, _) = veth_pair(&mut s, "nlti0", "nlti1");
        for (name, vni, port, inherit) in [("nlvxi", 71, 4795, true), ("nlvxt", 72, 4796, false)] {
            new_link(&mut s, name, |l| {
                l.ifname(name)?.linkinfo(|li| {
                    li.data_vxlan(|x| {
                        x.id(vni)?.link(v0)?.port(port)?;
                        if inherit {
                            x.ttl_inherit()?;
                        } else {
                            x.ttl(9)?;
                        }
                        Ok(x)
                    })?;
                    Ok(li)
                })?;
                Ok(l)
            });
        }
        let reply = dump_links(&mut s);
        let mut seen = 0;
        for m in reply.messages() {
            let l = LinkMsg::parse(&m).unwrap();
            let name = l.attrs.ifname().unwrap().to_owned();
            let Some(LinkinfoDataMsg::Vxlan(x)) =
                l.attrs.linkinfo().unwrap().and_then(|i| i.data().unwrap())
            else {
                continue;
            };
            // The reply carries one byte, not an empty flag.
            let raw = x.table().bytes(IFLA_VXLAN_TTL_INHERIT).map(<[u8]>::len);
            assert_eq!(raw, Some(1), "{name}: IFLA_VXLAN_TTL_INHERIT in the reply");
            let out = std::process::Command::new("ip")
                .args(["-d", "link", "show", "dev", &name])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                x.ttl_inherit(),
                text.contains("ttl inherit"),
                "{name}: typed ttl_inherit vs `ip -d link show`: {text}"
            );
            assert_eq!(x.ttl_inherit(), name == "nlvxi", "{name}");
            seen += 1;
        }
        assert_eq!(seen, 2, "both vxlan links in the dump");
    });
}

/// The C arrays `IFLA_INET_CONF` and `IFLA_INET6_CONF`, shown by their elements' names
/// (`index-enum` overrides), agree with the kernel's own sysctl files for `lo`: every
/// element whose name is a file in `/proc/sys/net/ipv{4,6}/conf/lo/` has that file's value.
#[test]
fn devconf_arrays_are_named_like_the_kernels_sysctls() {
    in_netns("devconf_arrays_are_named_like_the_kernels_sysctls", || {
        let mut s = route_socket();
        let reply = dump_links(&mut s);
        let lo = reply
            .messages()
            .find(|m| {
                LinkMsg::parse(m)
                    .ok()
                    .and_then(|l| l.attrs.ifname().map(str::to_owned))
                    .as_deref()
                    == Some("lo")
            })
            .expect("lo in the dump");
        let bytes = reply.as_bytes();
        let start = lo.payload.as_ptr() as usize - bytes.as_ptr() as usize - 16;
        let one = &bytes[start..start + lo.header.len as usize];
        let text = Dump::new(one).schema(&Rtnetlink).to_string();
        for (attr, dir) in [("IFLA_INET_CONF", "ipv4"), ("IFLA_INET6_CONF", "ipv6")] {
            let line = text
                .lines()
                .map(str::trim)
                .find_map(|l| l.strip_prefix(attr).filter(|r| r.starts_with(" {")))
                .unwrap_or_else(|| panic!("{attr} not named:\n{text}"));
            let mut compared = 0;
            for pair in line.trim_matches([' ', '{', '}']).split(", ") {
                let (name, value) = pair.split_once(": ").unwrap();
                let path = format!("/proc/sys/net/{dir}/conf/lo/{}", name.replace('-', "_"));
                let Ok(want) = std::fs::read_to_string(&path) else {
                    continue;
                };
                // The arrays hold the kernel's ints as u32: -1 is 4294967295.
                let want: i64 = want.trim().parse().unwrap();
                let got: i64 = value.parse().unwrap();
                assert_eq!(got as u32, want as u32, "{attr} {name} vs {path}");
                compared += 1;
            }
            assert!(
                compared >= 20,
                "{attr}: only {compared} elements had a sysctl"
            );
        }
    });
}
