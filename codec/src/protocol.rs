//! Netlink protocols (the third argument of `socket(AF_NETLINK, ...)`): their numbers and
//! their names. (The family header length of each message type is the generated families'
//! knowledge: `nlcodec_families::runtime::family_header_len`.)

/// A netlink protocol by number (`NETLINK_ROUTE` = 0, ...); any number is one.
///
/// ```
/// use nlcodec::Protocol;
/// assert_eq!(Protocol::GENERIC.name(), "genl");
/// assert_eq!(Protocol::from_name("generic"), Some(Protocol::GENERIC));
/// assert_eq!(Protocol::from_name("31"), Some(Protocol(31)));
/// assert_eq!(Protocol(31).name(), "netlink");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Protocol(pub u16);

impl Protocol {
    /// `NETLINK_ROUTE`: links, addresses, routes, neighbours, rules, qdiscs.
    pub const ROUTE: Protocol = Protocol(0);
    /// `NETLINK_USERSOCK`: reserved for user-space protocols (process to process).
    pub const USERSOCK: Protocol = Protocol(2);
    /// `NETLINK_SOCK_DIAG`.
    pub const SOCK_DIAG: Protocol = Protocol(4);
    /// `NETLINK_XFRM`.
    pub const XFRM: Protocol = Protocol(6);
    /// `NETLINK_AUDIT`.
    pub const AUDIT: Protocol = Protocol(9);
    /// `NETLINK_CONNECTOR`.
    pub const CONNECTOR: Protocol = Protocol(11);
    /// `NETLINK_NETFILTER`: nftables, conntrack, nfqueue, nflog.
    pub const NETFILTER: Protocol = Protocol(12);
    /// `NETLINK_KOBJECT_UEVENT`: device events (not netlink-framed: plain text).
    pub const KOBJECT_UEVENT: Protocol = Protocol(15);
    /// `NETLINK_GENERIC`: generic netlink (the controller and dynamic families).
    pub const GENERIC: Protocol = Protocol(16);

    /// Every protocol with a name, as tools take and print them (`route`, `genl`, ...).
    pub const NAMES: &'static [(Protocol, &'static str)] = &[
        (Protocol(0), "route"),
        (Protocol(2), "usersock"),
        (Protocol(3), "firewall"),
        (Protocol(4), "sock_diag"),
        (Protocol(5), "nflog"),
        (Protocol(6), "xfrm"),
        (Protocol(7), "selinux"),
        (Protocol(8), "iscsi"),
        (Protocol(9), "audit"),
        (Protocol(10), "fib_lookup"),
        (Protocol(11), "connector"),
        (Protocol(12), "netfilter"),
        (Protocol(13), "ip6_fw"),
        (Protocol(14), "dnrtmsg"),
        (Protocol(15), "kobject_uevent"),
        (Protocol(16), "genl"),
        (Protocol(18), "scsitransport"),
        (Protocol(19), "ecryptfs"),
        (Protocol(20), "rdma"),
        (Protocol(21), "crypto"),
        (Protocol(22), "smc"),
    ];

    /// Its name (`"netlink"` for a number without one).
    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("netlink", |(_, n)| n)
    }

    /// The protocol called `s`: a name (any case; also `generic`, `rtnetlink`, `nfnetlink`,
    /// `inet_diag`) or a number.
    pub fn from_name(s: &str) -> Option<Protocol> {
        let alias = [
            ("generic", "genl"),
            ("rtnetlink", "route"),
            ("nfnetlink", "netfilter"),
            ("inet_diag", "sock_diag"),
        ];
        let name = alias
            .iter()
            .find(|(a, _)| a.eq_ignore_ascii_case(s))
            .map_or(s, |(_, n)| n);
        Self::NAMES
            .iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(p, _)| *p)
            .or_else(|| s.parse().ok().map(Protocol))
    }

    /// True for protocols whose payloads are attributes after a family header (rtnetlink,
    /// generic netlink, netfilter).
    pub fn has_attrs(self) -> bool {
        matches!(
            self,
            Protocol::ROUTE | Protocol::GENERIC | Protocol::NETFILTER
        )
    }
}
