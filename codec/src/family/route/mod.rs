//! rtnetlink (`NETLINK_ROUTE`) family headers: links, addresses, routes, neighbours, traffic
//! control. Layouts from `include/uapi/linux/rtnetlink.h`, `if_addr.h` and `neighbour.h`.

pub mod consts;
pub use consts::*;

use super::family_header;

family_header! {
    /// `struct ifinfomsg` (16 bytes): RTM_NEWLINK / DELLINK / GETLINK.
    ///
    /// ```
    /// use nlcodec::family::{FamilyHeader, route::IfInfoMsg};
    /// let h = IfInfoMsg { family: 0, index: 2, flags: 0x1043, change: !0, ..Default::default() };
    /// let mut b = [0u8; 16];
    /// h.emit(&mut b);
    /// assert_eq!(IfInfoMsg::parse(&b).unwrap(), h);
    /// ```
    IfInfoMsg, 16, {
        /// `ifi_family` (usually `AF_UNSPEC`).
        family: u8 = 0,
        /// `__ifi_pad`.
        pad: u8 = 1,
        /// `ifi_type`: `ARPHRD_*` device type.
        kind: u16 = 2,
        /// `ifi_index`: interface index.
        index: i32 = 4,
        /// `ifi_flags`: `IFF_*` flags.
        flags: u32 = 8,
        /// `ifi_change`: which flags to change.
        change: u32 = 12,
    }
}

family_header! {
    /// `struct ifaddrmsg` (8 bytes): RTM_NEWADDR / DELADDR / GETADDR.
    IfAddrMsg, 8, {
        /// `ifa_family`: `AF_INET` or `AF_INET6`.
        family: u8 = 0,
        /// `ifa_prefixlen`.
        prefix_len: u8 = 1,
        /// `ifa_flags` (the low 8 bits; `IFA_FLAGS` carries all 32).
        flags: u8 = 2,
        /// `ifa_scope`.
        scope: u8 = 3,
        /// `ifa_index`: interface index.
        index: u32 = 4,
    }
}

family_header! {
    /// `struct rtmsg` (12 bytes): RTM_NEWROUTE / DELROUTE / GETROUTE (and rules).
    RtMsg, 12, {
        /// `rtm_family`.
        family: u8 = 0,
        /// `rtm_dst_len`: destination prefix length.
        dst_len: u8 = 1,
        /// `rtm_src_len`: source prefix length.
        src_len: u8 = 2,
        /// `rtm_tos`.
        tos: u8 = 3,
        /// `rtm_table`: routing table id (`RTA_TABLE` carries ids above 255).
        table: u8 = 4,
        /// `rtm_protocol`: `RTPROT_*`.
        protocol: u8 = 5,
        /// `rtm_scope`: `RT_SCOPE_*`.
        scope: u8 = 6,
        /// `rtm_type`: `RTN_*`.
        kind: u8 = 7,
        /// `rtm_flags`: `RTM_F_*`.
        flags: u32 = 8,
    }
}

family_header! {
    /// `struct ndmsg` (12 bytes): RTM_NEWNEIGH / DELNEIGH / GETNEIGH.
    NdMsg, 12, {
        /// `ndm_family`.
        family: u8 = 0,
        /// `ndm_pad1`.
        pad1: u8 = 1,
        /// `ndm_pad2`.
        pad2: u16 = 2,
        /// `ndm_ifindex`.
        index: i32 = 4,
        /// `ndm_state`: `NUD_*`.
        state: u16 = 8,
        /// `ndm_flags`: `NTF_*`.
        flags: u8 = 10,
        /// `ndm_type`.
        kind: u8 = 11,
    }
}

family_header! {
    /// `struct tcmsg` (20 bytes): qdiscs, classes and filters.
    TcMsg, 20, {
        /// `tcm_family`.
        family: u8 = 0,
        /// `tcm__pad1`.
        pad1: u8 = 1,
        /// `tcm__pad2`.
        pad2: u16 = 2,
        /// `tcm_ifindex`.
        index: i32 = 4,
        /// `tcm_handle`.
        handle: u32 = 8,
        /// `tcm_parent`.
        parent: u32 = 12,
        /// `tcm_info`.
        info: u32 = 16,
    }
}

/// The family header length of an rtnetlink message type, for [`Dump`](crate::dump::Dump)
/// and generic tools: links 16, addresses 8, routes / neighbours / rules 12, traffic
/// control 20, anything else 0.
///
/// ```
/// assert_eq!(nlcodec::family::route::header_len(24), 12); // RTM_NEWROUTE
/// ```
pub fn header_len(kind: u16) -> usize {
    match kind {
        16..=19 => 16,  // RTM_*LINK: ifinfomsg
        20..=23 => 8,   // RTM_*ADDR: ifaddrmsg
        24..=27 => 12,  // RTM_*ROUTE: rtmsg
        28..=31 => 12,  // RTM_*NEIGH: ndmsg
        32..=35 => 12,  // RTM_*RULE: fib_rule_hdr
        36..=47 => 20,  // RTM_*QDISC / TCLASS / TFILTER: tcmsg
        104..=106 => 8, // RTM_*NEXTHOP: nhmsg
        _ => 0,
    }
}
