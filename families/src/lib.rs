//! # nlcodec-families
//!
//! Every kernel netlink family, typed and named, generated from the kernel's own YNL specs
//! (`specs/`, with the project's corrections in `specs/overrides/`) by `nlcodec-gen`.
//! `#![no_std]`, zero-copy, no allocation; one cargo feature per family (default: `rt-link`,
//! `rt-addr`, `rt-route`, `rt-neigh`, `rt-rule`, `nlctrl`; `all` for every family).
//!
//! Per family module (e.g. [`rt_link`]):
//! - `consts`: every number by its kernel C name (`IFLA_MTU`, `RTM_NEWLINK`, `IFF_UP`, ...);
//! - `types`: enums that keep unknown values, flags as bit sets, fixed structs
//!   (`Ifinfomsg`, `Rtmsg`, ...) that parse and emit;
//! - `tables`: the descriptor tables (names, types, nesting, sub-messages, checks) the
//!   codec's dump, validation and named ext-ACK paths read;
//! - `views`: one typed view per attribute set, parsed in one pass, with O(1) getters;
//! - `builders`: one typed builder per attribute set over the codec's `Writer` (each is
//!   [`runtime::Builder`] with the set's marker from `sets`);
//! - `ops`: one type per operation with a `do` or `dump` form (`rt_link::ops::Newlink`),
//!   implementing [`runtime::Operation`]: its fixed header, attribute set and reply view,
//!   so `nlcodec-socket` makes each operation one typed call;
//! - `FAMILY` / `OPS`: the operations with their message types, sets and do/dump shapes.
//!
//! ```
//! use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK};
//! use nlcodec::consts::{NLM_F_ACK, NLM_F_CREATE, NLM_F_REQUEST};
//!
//! // Build: RTM_NEWLINK for a veth pair, with the sub-message selector written for us.
//! let mut buf = [0u8; 256];
//! let mut w = nlcodec::Writer::new(&mut buf);
//! w.begin_message(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE, 1, 0)?;
//! w.put_header(&Ifinfomsg::default())?;
//! let peer = Ifinfomsg::default();
//! LinkAttrsBuilder::new(&mut w)
//!     .ifname("v0")?
//!     .mtu(1400)?
//!     .linkinfo(|li| li.data_veth(|veth| veth.peer(&peer, |p| p.ifname("v1"))))?;
//! w.end_message()?;
//!
//! // Read it back through the typed view.
//! let msg = nlcodec::messages(w.as_bytes()).next().unwrap()?;
//! let link = LinkMsg::parse(&msg)?;
//! assert_eq!(link.attrs.ifname(), Some("v0"));
//! assert_eq!(link.attrs.mtu(), Some(1400));
//! let info = link.attrs.linkinfo()?.unwrap();
//! assert_eq!(info.kind(), Some("veth"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Features: one per family
//!
//! Each family is a cargo feature named as in its spec; its module is the name in
//! snake case. `all` turns every family on; `roundtrip` adds each family's `ROUNDTRIP`
//! table (tests and fuzzing). With `default-features = false`, name the families you use:
//! `nlcodec-families = { version = "0.2", default-features = false, features = ["rt-link"] }`.
//!
//! | feature | module | protocol | default | also turns on |
//! |---|---|---|---|---|
//! | `binder` | `binder` | generic netlink |  |  |
//! | `conntrack` | `conntrack` | `NETLINK_NETFILTER` |  |  |
//! | `dev-energymodel` | `dev_energymodel` | generic netlink |  |  |
//! | `devlink` | `devlink` | generic netlink |  |  |
//! | `dpll` | `dpll` | generic netlink |  |  |
//! | `drm-ras` | `drm_ras` | generic netlink |  |  |
//! | `ethtool` | `ethtool` | generic netlink |  |  |
//! | `fou` | `fou` | generic netlink |  |  |
//! | `handshake` | `handshake` | generic netlink |  |  |
//! | `lockd` | `lockd` | generic netlink |  |  |
//! | `mptcp_pm` | `mptcp_pm` | generic netlink |  |  |
//! | `net-shaper` | `net_shaper` | generic netlink |  |  |
//! | `netdev` | `netdev` | generic netlink |  |  |
//! | `nfsd` | `nfsd` | generic netlink |  |  |
//! | `nftables` | `nftables` | `NETLINK_NETFILTER` |  |  |
//! | `nl80211` | `nl80211` | generic netlink |  |  |
//! | `nlctrl` | `nlctrl` | generic netlink | yes |  |
//! | `ovpn` | `ovpn` | generic netlink |  |  |
//! | `ovs_datapath` | `ovs_datapath` | generic netlink |  |  |
//! | `ovs_flow` | `ovs_flow` | generic netlink |  |  |
//! | `ovs_packet` | `ovs_packet` | generic netlink |  |  |
//! | `ovs_vport` | `ovs_vport` | generic netlink |  |  |
//! | `psp` | `psp` | generic netlink |  |  |
//! | `rt-addr` | `rt_addr` | `NETLINK_ROUTE` | yes |  |
//! | `rt-link` | `rt_link` | `NETLINK_ROUTE` | yes | `rt-addr` |
//! | `rt-neigh` | `rt_neigh` | `NETLINK_ROUTE` | yes | `rt-addr` |
//! | `rt-route` | `rt_route` | `NETLINK_ROUTE` | yes | `rt-addr`, `rt-neigh` |
//! | `rt-rule` | `rt_rule` | `NETLINK_ROUTE` | yes | `rt-addr`, `rt-neigh`, `rt-route` |
//! | `sunrpc` | `sunrpc` | generic netlink |  |  |
//! | `tc` | `tc` | `NETLINK_ROUTE` |  |  |
//! | `tcp_metrics` | `tcp_metrics` | generic netlink |  |  |
//! | `team` | `team` | generic netlink |  |  |
//! | `wireguard` | `wireguard` | generic netlink |  |  |

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// The doc comments are the kernel's spec prose, lists and all.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]

#[cfg(not(any(
    feature = "binder",
    feature = "conntrack",
    feature = "dev-energymodel",
    feature = "devlink",
    feature = "dpll",
    feature = "drm-ras",
    feature = "ethtool",
    feature = "fou",
    feature = "handshake",
    feature = "lockd",
    feature = "mptcp_pm",
    feature = "net-shaper",
    feature = "netdev",
    feature = "nfsd",
    feature = "nftables",
    feature = "nl80211",
    feature = "nlctrl",
    feature = "ovpn",
    feature = "ovs_datapath",
    feature = "ovs_flow",
    feature = "ovs_packet",
    feature = "ovs_vport",
    feature = "psp",
    feature = "rt-addr",
    feature = "rt-link",
    feature = "rt-neigh",
    feature = "rt-route",
    feature = "rt-rule",
    feature = "sunrpc",
    feature = "tc",
    feature = "tcp_metrics",
    feature = "team",
    feature = "wireguard"
)))]
compile_error!(
    "nlcodec-families: no family is enabled. Each family is a cargo feature named as in its spec \
     (rt-link, rt-addr, rt-route, rt-neigh, rt-rule, nlctrl, ethtool, nftables, ...; `all` for every \
     family; the crate docs' table lists them), e.g. nlcodec-families = { version = \"0.2\", \
     default-features = false, features = [\"rt-link\"] }"
);

pub mod runtime;

/// `binder`: Binder interface over generic netlink.
#[cfg(feature = "binder")]
pub mod binder;
/// `conntrack`: Netfilter connection tracking subsystem over nfnetlink.
#[cfg(feature = "conntrack")]
pub mod conntrack;
/// `dev-energymodel`: Energy model netlink interface to notify its changes.
#[cfg(feature = "dev-energymodel")]
pub mod dev_energymodel;
/// `devlink`: Partial family for Devlink.
#[cfg(feature = "devlink")]
pub mod devlink;
/// `dpll`: DPLL subsystem.
#[cfg(feature = "dpll")]
pub mod dpll;
/// `drm-ras`: DRM RAS (Reliability, Availability, Serviceability) over Generic Netlink. Provides a standardized mechanism for DRM drivers to register "nodes" representing hardware/software components capable of reporting error counters. Userspace tools can query the list of nodes or individual error counters via the Generic Netlink interface.
#[cfg(feature = "drm-ras")]
pub mod drm_ras;
/// `ethtool`: Partial family for Ethtool Netlink.
#[cfg(feature = "ethtool")]
pub mod ethtool;
/// `fou`: Foo-over-UDP.
#[cfg(feature = "fou")]
pub mod fou;
/// `handshake`: Netlink protocol to request a transport layer security handshake.
#[cfg(feature = "handshake")]
pub mod handshake;
/// `lockd`: lockd configuration over generic netlink.
#[cfg(feature = "lockd")]
pub mod lockd;
/// `mptcp_pm`: Multipath TCP.
#[cfg(feature = "mptcp_pm")]
pub mod mptcp_pm;
/// `net-shaper`: Networking HW rate limiting configuration.
#[cfg(feature = "net-shaper")]
pub mod net_shaper;
/// `netdev`: netdev configuration over generic netlink.
#[cfg(feature = "netdev")]
pub mod netdev;
/// `nfsd`: NFSD configuration over generic netlink.
#[cfg(feature = "nfsd")]
pub mod nfsd;
/// `nftables`: Netfilter nftables configuration over netlink.
#[cfg(feature = "nftables")]
pub mod nftables;
/// `nl80211`: Netlink API for 802.11 wireless devices.
#[cfg(feature = "nl80211")]
pub mod nl80211;
/// `nlctrl`: genetlink meta-family that exposes information about all genetlink.
#[cfg(feature = "nlctrl")]
pub mod nlctrl;
/// `ovpn`: Netlink protocol to control OpenVPN network devices.
#[cfg(feature = "ovpn")]
pub mod ovpn;
/// `ovs_datapath`: OVS datapath configuration over generic netlink.
#[cfg(feature = "ovs_datapath")]
pub mod ovs_datapath;
/// `ovs_flow`: OVS flow configuration over generic netlink.
#[cfg(feature = "ovs_flow")]
pub mod ovs_flow;
/// `ovs_packet`: OVS packet execution over generic netlink.
#[cfg(feature = "ovs_packet")]
pub mod ovs_packet;
/// `ovs_vport`: OVS vport configuration over generic netlink.
#[cfg(feature = "ovs_vport")]
pub mod ovs_vport;
/// `psp`: PSP Security Protocol Generic Netlink family.
#[cfg(feature = "psp")]
pub mod psp;
/// `rt-addr`: Address configuration over rtnetlink.
#[cfg(feature = "rt-addr")]
pub mod rt_addr;
/// `rt-link`: Link configuration over rtnetlink.
#[cfg(feature = "rt-link")]
pub mod rt_link;
/// `rt-neigh`: IP neighbour management over rtnetlink.
#[cfg(feature = "rt-neigh")]
pub mod rt_neigh;
/// `rt-route`: Route configuration over rtnetlink.
#[cfg(feature = "rt-route")]
pub mod rt_route;
/// `rt-rule`: FIB rule management over rtnetlink.
#[cfg(feature = "rt-rule")]
pub mod rt_rule;
/// `sunrpc`: SUNRPC cache upcall support over generic netlink.
#[cfg(feature = "sunrpc")]
pub mod sunrpc;
/// `tc`: Netlink raw family for tc qdisc, chain, class and filter configuration over rtnetlink.
#[cfg(feature = "tc")]
pub mod tc;
/// `tcp_metrics`: Management interface for TCP metrics.
#[cfg(feature = "tcp_metrics")]
pub mod tcp_metrics;
/// `team`: Network team device driver.
#[cfg(feature = "team")]
pub mod team;
/// `wireguard`: **Netlink protocol to control WireGuard network devices.**.
#[cfg(feature = "wireguard")]
pub mod wireguard;

/// The rtnetlink (`NETLINK_ROUTE`) families compiled in, for a [`Dump`](nlcodec::dump::Dump) or
/// a named path: the first with an operation for a message type describes it.
pub static RTNETLINK: &[&nlcodec::schema::Family] = &[
    #[cfg(feature = "rt-addr")]
    &rt_addr::FAMILY,
    #[cfg(feature = "rt-link")]
    &rt_link::FAMILY,
    #[cfg(feature = "rt-neigh")]
    &rt_neigh::FAMILY,
    #[cfg(feature = "rt-route")]
    &rt_route::FAMILY,
    #[cfg(feature = "rt-rule")]
    &rt_rule::FAMILY,
    #[cfg(feature = "tc")]
    &tc::FAMILY,
];

/// The netfilter (`NETLINK_NETFILTER`) families compiled in (`nftables`, `conntrack`): a
/// message type carries its subsystem in its high byte, so each type belongs to one.
pub static NETFILTER: &[&nlcodec::schema::Family] = &[
    #[cfg(feature = "conntrack")]
    &conntrack::FAMILY,
    #[cfg(feature = "nftables")]
    &nftables::FAMILY,
];

/// The generic netlink families compiled in, looked up by name when their id is learnt.
pub static GENL: &[&nlcodec::schema::Family] = &[
    #[cfg(feature = "binder")]
    &binder::FAMILY,
    #[cfg(feature = "dev-energymodel")]
    &dev_energymodel::FAMILY,
    #[cfg(feature = "devlink")]
    &devlink::FAMILY,
    #[cfg(feature = "dpll")]
    &dpll::FAMILY,
    #[cfg(feature = "drm-ras")]
    &drm_ras::FAMILY,
    #[cfg(feature = "ethtool")]
    &ethtool::FAMILY,
    #[cfg(feature = "fou")]
    &fou::FAMILY,
    #[cfg(feature = "handshake")]
    &handshake::FAMILY,
    #[cfg(feature = "lockd")]
    &lockd::FAMILY,
    #[cfg(feature = "mptcp_pm")]
    &mptcp_pm::FAMILY,
    #[cfg(feature = "net-shaper")]
    &net_shaper::FAMILY,
    #[cfg(feature = "netdev")]
    &netdev::FAMILY,
    #[cfg(feature = "nfsd")]
    &nfsd::FAMILY,
    #[cfg(feature = "nl80211")]
    &nl80211::FAMILY,
    #[cfg(feature = "nlctrl")]
    &nlctrl::FAMILY,
    #[cfg(feature = "ovpn")]
    &ovpn::FAMILY,
    #[cfg(feature = "ovs_datapath")]
    &ovs_datapath::FAMILY,
    #[cfg(feature = "ovs_flow")]
    &ovs_flow::FAMILY,
    #[cfg(feature = "ovs_packet")]
    &ovs_packet::FAMILY,
    #[cfg(feature = "ovs_vport")]
    &ovs_vport::FAMILY,
    #[cfg(feature = "psp")]
    &psp::FAMILY,
    #[cfg(feature = "sunrpc")]
    &sunrpc::FAMILY,
    #[cfg(feature = "tcp_metrics")]
    &tcp_metrics::FAMILY,
    #[cfg(feature = "team")]
    &team::FAMILY,
    #[cfg(feature = "wireguard")]
    &wireguard::FAMILY,
];

/// The round trips of every attribute set of every family compiled in (each family's
/// `ROUNDTRIP`), for tests and fuzzing (feature `roundtrip`: it compiles every view's
/// `write_to`).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIPS: &[&[runtime::SetRoundtrip]] = &[
    #[cfg(feature = "binder")]
    &binder::ROUNDTRIP,
    #[cfg(feature = "conntrack")]
    &conntrack::ROUNDTRIP,
    #[cfg(feature = "dev-energymodel")]
    &dev_energymodel::ROUNDTRIP,
    #[cfg(feature = "devlink")]
    &devlink::ROUNDTRIP,
    #[cfg(feature = "dpll")]
    &dpll::ROUNDTRIP,
    #[cfg(feature = "drm-ras")]
    &drm_ras::ROUNDTRIP,
    #[cfg(feature = "ethtool")]
    &ethtool::ROUNDTRIP,
    #[cfg(feature = "fou")]
    &fou::ROUNDTRIP,
    #[cfg(feature = "handshake")]
    &handshake::ROUNDTRIP,
    #[cfg(feature = "lockd")]
    &lockd::ROUNDTRIP,
    #[cfg(feature = "mptcp_pm")]
    &mptcp_pm::ROUNDTRIP,
    #[cfg(feature = "net-shaper")]
    &net_shaper::ROUNDTRIP,
    #[cfg(feature = "netdev")]
    &netdev::ROUNDTRIP,
    #[cfg(feature = "nfsd")]
    &nfsd::ROUNDTRIP,
    #[cfg(feature = "nftables")]
    &nftables::ROUNDTRIP,
    #[cfg(feature = "nl80211")]
    &nl80211::ROUNDTRIP,
    #[cfg(feature = "nlctrl")]
    &nlctrl::ROUNDTRIP,
    #[cfg(feature = "ovpn")]
    &ovpn::ROUNDTRIP,
    #[cfg(feature = "ovs_datapath")]
    &ovs_datapath::ROUNDTRIP,
    #[cfg(feature = "ovs_flow")]
    &ovs_flow::ROUNDTRIP,
    #[cfg(feature = "ovs_packet")]
    &ovs_packet::ROUNDTRIP,
    #[cfg(feature = "ovs_vport")]
    &ovs_vport::ROUNDTRIP,
    #[cfg(feature = "psp")]
    &psp::ROUNDTRIP,
    #[cfg(feature = "rt-addr")]
    &rt_addr::ROUNDTRIP,
    #[cfg(feature = "rt-link")]
    &rt_link::ROUNDTRIP,
    #[cfg(feature = "rt-neigh")]
    &rt_neigh::ROUNDTRIP,
    #[cfg(feature = "rt-route")]
    &rt_route::ROUNDTRIP,
    #[cfg(feature = "rt-rule")]
    &rt_rule::ROUNDTRIP,
    #[cfg(feature = "sunrpc")]
    &sunrpc::ROUNDTRIP,
    #[cfg(feature = "tc")]
    &tc::ROUNDTRIP,
    #[cfg(feature = "tcp_metrics")]
    &tcp_metrics::ROUNDTRIP,
    #[cfg(feature = "team")]
    &team::ROUNDTRIP,
    #[cfg(feature = "wireguard")]
    &wireguard::ROUNDTRIP,
];

/// Every family compiled in.
pub static ALL: &[&nlcodec::schema::Family] = &[
    #[cfg(feature = "binder")]
    &binder::FAMILY,
    #[cfg(feature = "conntrack")]
    &conntrack::FAMILY,
    #[cfg(feature = "dev-energymodel")]
    &dev_energymodel::FAMILY,
    #[cfg(feature = "devlink")]
    &devlink::FAMILY,
    #[cfg(feature = "dpll")]
    &dpll::FAMILY,
    #[cfg(feature = "drm-ras")]
    &drm_ras::FAMILY,
    #[cfg(feature = "ethtool")]
    &ethtool::FAMILY,
    #[cfg(feature = "fou")]
    &fou::FAMILY,
    #[cfg(feature = "handshake")]
    &handshake::FAMILY,
    #[cfg(feature = "lockd")]
    &lockd::FAMILY,
    #[cfg(feature = "mptcp_pm")]
    &mptcp_pm::FAMILY,
    #[cfg(feature = "net-shaper")]
    &net_shaper::FAMILY,
    #[cfg(feature = "netdev")]
    &netdev::FAMILY,
    #[cfg(feature = "nfsd")]
    &nfsd::FAMILY,
    #[cfg(feature = "nftables")]
    &nftables::FAMILY,
    #[cfg(feature = "nl80211")]
    &nl80211::FAMILY,
    #[cfg(feature = "nlctrl")]
    &nlctrl::FAMILY,
    #[cfg(feature = "ovpn")]
    &ovpn::FAMILY,
    #[cfg(feature = "ovs_datapath")]
    &ovs_datapath::FAMILY,
    #[cfg(feature = "ovs_flow")]
    &ovs_flow::FAMILY,
    #[cfg(feature = "ovs_packet")]
    &ovs_packet::FAMILY,
    #[cfg(feature = "ovs_vport")]
    &ovs_vport::FAMILY,
    #[cfg(feature = "psp")]
    &psp::FAMILY,
    #[cfg(feature = "rt-addr")]
    &rt_addr::FAMILY,
    #[cfg(feature = "rt-link")]
    &rt_link::FAMILY,
    #[cfg(feature = "rt-neigh")]
    &rt_neigh::FAMILY,
    #[cfg(feature = "rt-route")]
    &rt_route::FAMILY,
    #[cfg(feature = "rt-rule")]
    &rt_rule::FAMILY,
    #[cfg(feature = "sunrpc")]
    &sunrpc::FAMILY,
    #[cfg(feature = "tc")]
    &tc::FAMILY,
    #[cfg(feature = "tcp_metrics")]
    &tcp_metrics::FAMILY,
    #[cfg(feature = "team")]
    &team::FAMILY,
    #[cfg(feature = "wireguard")]
    &wireguard::FAMILY,
];
