//! Netlink protocol numbers and names (`NETLINK_ROUTE` = 0 = `route`, ...), and each one's
//! family header length for messages no spec describes.

use nlcodec::family::{genl, netfilter, route};

/// `NETLINK_ROUTE`.
pub const ROUTE: u16 = 0;
/// `NETLINK_NETFILTER`.
pub const NETFILTER: u16 = 12;
/// `NETLINK_GENERIC`.
pub const GENERIC: u16 = 16;

/// Protocol names, as `--protocol` takes them and the output prints them.
pub const NAMES: &[(u16, &str)] = &[
    (0, "route"),
    (2, "usersock"),
    (3, "firewall"),
    (4, "sock_diag"),
    (5, "nflog"),
    (6, "xfrm"),
    (7, "selinux"),
    (8, "iscsi"),
    (9, "audit"),
    (10, "fib_lookup"),
    (11, "connector"),
    (12, "netfilter"),
    (13, "ip6_fw"),
    (14, "dnrtmsg"),
    (15, "kobject_uevent"),
    (16, "genl"),
    (18, "scsitransport"),
    (19, "ecryptfs"),
    (20, "rdma"),
    (21, "crypto"),
    (22, "smc"),
];

/// The name of a protocol number (`"netlink"` for numbers without one).
///
/// ```
/// assert_eq!(nldump::protocol::name(16), "genl");
/// ```
pub fn name(protocol: u16) -> &'static str {
    NAMES
        .iter()
        .find(|(n, _)| *n == protocol)
        .map_or("netlink", |(_, s)| s)
}

/// The protocol called `s` (a name, `generic` for `genl`, or a number).
///
/// ```
/// assert_eq!(nldump::protocol::parse("route"), Some(0));
/// assert_eq!(nldump::protocol::parse("generic"), Some(16));
/// assert_eq!(nldump::protocol::parse("31"), Some(31));
/// ```
pub fn parse(s: &str) -> Option<u16> {
    let s = s.to_ascii_lowercase();
    let s = match s.as_str() {
        "generic" => "genl",
        "rtnetlink" => "route",
        "nfnetlink" => "netfilter",
        "inet_diag" => "sock_diag",
        other => other,
    };
    NAMES
        .iter()
        .find(|(_, n)| *n == s)
        .map(|(p, _)| *p)
        .or_else(|| s.parse().ok())
}

/// The family header length function for messages of `protocol` that no spec describes.
pub fn header_len(protocol: u16) -> fn(u16) -> usize {
    match protocol {
        ROUTE => route::header_len,
        GENERIC => genl::header_len,
        NETFILTER => netfilter::header_len,
        _ => |_| 0,
    }
}

/// True for protocols whose payloads are attributes after a family header.
pub fn has_attrs(protocol: u16) -> bool {
    matches!(protocol, ROUTE | GENERIC | NETFILTER)
}
