//! Descriptor tables of `rt-route`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `rtm-type` enum.
pub static RTM_TYPE: EnumDesc = EnumDesc::new(
    "rtm-type",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "RTN_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "unicast",
            c_name: "RTN_UNICAST",
            value: 1,
        },
        EnumEntry {
            name: "local",
            c_name: "RTN_LOCAL",
            value: 2,
        },
        EnumEntry {
            name: "broadcast",
            c_name: "RTN_BROADCAST",
            value: 3,
        },
        EnumEntry {
            name: "anycast",
            c_name: "RTN_ANYCAST",
            value: 4,
        },
        EnumEntry {
            name: "multicast",
            c_name: "RTN_MULTICAST",
            value: 5,
        },
        EnumEntry {
            name: "blackhole",
            c_name: "RTN_BLACKHOLE",
            value: 6,
        },
        EnumEntry {
            name: "unreachable",
            c_name: "RTN_UNREACHABLE",
            value: 7,
        },
        EnumEntry {
            name: "prohibit",
            c_name: "RTN_PROHIBIT",
            value: 8,
        },
        EnumEntry {
            name: "throw",
            c_name: "RTN_THROW",
            value: 9,
        },
        EnumEntry {
            name: "nat",
            c_name: "RTN_NAT",
            value: 10,
        },
        EnumEntry {
            name: "xresolve",
            c_name: "RTN_XRESOLVE",
            value: 11,
        },
    ],
);

/// The `del-reason` enum.
pub static DEL_REASON: EnumDesc = EnumDesc::new(
    "del-reason",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "RT_DEL_REASON_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "expired",
            c_name: "RT_DEL_REASON_EXPIRED",
            value: 1,
        },
        EnumEntry {
            name: "ra-withdrawn",
            c_name: "RT_DEL_REASON_RA_WITHDRAWN",
            value: 2,
        },
    ],
);

/// The layout of `struct rtmsg`.
pub static RTMSG: StructDesc = StructDesc::new(
    "rtmsg",
    "struct rtmsg",
    12,
    &[
        Member::new("rtm-family", 0, 1, AttrType::U8),
        Member::new("rtm-dst-len", 1, 1, AttrType::U8),
        Member::new("rtm-src-len", 2, 1, AttrType::U8),
        Member::new("rtm-tos", 3, 1, AttrType::U8),
        Member::new("rtm-table", 4, 1, AttrType::U8),
        Member::new("rtm-protocol", 5, 1, AttrType::U8),
        Member::new("rtm-scope", 6, 1, AttrType::U8),
        Member::new("rtm-type", 7, 1, AttrType::U8).enumeration(&RTM_TYPE),
        Member::new("rtm-flags", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct rta_cacheinfo`.
pub static RTA_CACHEINFO: StructDesc = StructDesc::new(
    "rta-cacheinfo",
    "struct rta_cacheinfo",
    20,
    &[
        Member::new("rta-clntref", 0, 4, AttrType::U32),
        Member::new("rta-lastuse", 4, 4, AttrType::U32),
        Member::new("rta-expires", 8, 4, AttrType::U32),
        Member::new("rta-error", 12, 4, AttrType::U32),
        Member::new("rta-used", 16, 4, AttrType::U32),
    ],
);

/// The `route-attrs` attribute set, indexed by type.
pub static ROUTE_ATTRS: AttrSet = AttrSet::new(
    "route-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dst", "RTA_DST", 1, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("src", "RTA_SRC", 2, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("iif", "RTA_IIF", 3, AttrType::U32),
        AttrDesc::new("oif", "RTA_OIF", 4, AttrType::U32),
        AttrDesc::new("gateway", "RTA_GATEWAY", 5, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("priority", "RTA_PRIORITY", 6, AttrType::U32),
        AttrDesc::new("prefsrc", "RTA_PREFSRC", 7, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("metrics", "RTA_METRICS", 8, AttrType::Nest).nested(&METRICS),
        AttrDesc::new("multipath", "RTA_MULTIPATH", 9, AttrType::Binary),
        AttrDesc::new("protoinfo", "RTA_PROTOINFO", 10, AttrType::Binary),
        AttrDesc::new("flow", "RTA_FLOW", 11, AttrType::U32),
        AttrDesc::new("cacheinfo", "RTA_CACHEINFO", 12, AttrType::Binary).header(&RTA_CACHEINFO),
        AttrDesc::new("session", "RTA_SESSION", 13, AttrType::Binary),
        AttrDesc::new("mp-algo", "RTA_MP_ALGO", 14, AttrType::Binary),
        AttrDesc::new("table", "RTA_TABLE", 15, AttrType::U32),
        AttrDesc::new("mark", "RTA_MARK", 16, AttrType::U32),
        AttrDesc::new("mfc-stats", "RTA_MFC_STATS", 17, AttrType::Binary),
        AttrDesc::new("via", "RTA_VIA", 18, AttrType::Binary),
        AttrDesc::new("newdst", "RTA_NEWDST", 19, AttrType::Binary),
        AttrDesc::new("pref", "RTA_PREF", 20, AttrType::U8),
        AttrDesc::new("encap-type", "RTA_ENCAP_TYPE", 21, AttrType::U16),
        AttrDesc::new("encap", "RTA_ENCAP", 22, AttrType::Binary),
        AttrDesc::new("expires", "RTA_EXPIRES", 23, AttrType::U32),
        AttrDesc::new("pad", "RTA_PAD", 24, AttrType::Binary),
        AttrDesc::new("uid", "RTA_UID", 25, AttrType::U32),
        AttrDesc::new("ttl-propagate", "RTA_TTL_PROPAGATE", 26, AttrType::U8),
        AttrDesc::new("ip-proto", "RTA_IP_PROTO", 27, AttrType::U8),
        AttrDesc::new("sport", "RTA_SPORT", 28, AttrType::U16),
        AttrDesc::new("dport", "RTA_DPORT", 29, AttrType::U16),
        AttrDesc::new("nh-id", "RTA_NH_ID", 30, AttrType::U32),
        AttrDesc::new("flowlabel", "RTA_FLOWLABEL", 31, AttrType::U32)
            .display(Display::Hex)
            .big_endian(),
        AttrDesc::new("del-reason", "RTA_DEL_REASON", 32, AttrType::U32).enumeration(&DEL_REASON),
    ],
);

/// The `metrics` attribute set, indexed by type.
pub static METRICS: AttrSet = AttrSet::new(
    "metrics",
    &[
        AttrDesc::new("unspec", "RTAX_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("lock", "RTAX_LOCK", 1, AttrType::U32),
        AttrDesc::new("mtu", "RTAX_MTU", 2, AttrType::U32),
        AttrDesc::new("window", "RTAX_WINDOW", 3, AttrType::U32),
        AttrDesc::new("rtt", "RTAX_RTT", 4, AttrType::U32),
        AttrDesc::new("rttvar", "RTAX_RTTVAR", 5, AttrType::U32),
        AttrDesc::new("ssthresh", "RTAX_SSTHRESH", 6, AttrType::U32),
        AttrDesc::new("cwnd", "RTAX_CWND", 7, AttrType::U32),
        AttrDesc::new("advmss", "RTAX_ADVMSS", 8, AttrType::U32),
        AttrDesc::new("reordering", "RTAX_REORDERING", 9, AttrType::U32),
        AttrDesc::new("hoplimit", "RTAX_HOPLIMIT", 10, AttrType::U32),
        AttrDesc::new("initcwnd", "RTAX_INITCWND", 11, AttrType::U32),
        AttrDesc::new("features", "RTAX_FEATURES", 12, AttrType::U32),
        AttrDesc::new("rto-min", "RTAX_RTO_MIN", 13, AttrType::U32),
        AttrDesc::new("initrwnd", "RTAX_INITRWND", 14, AttrType::U32),
        AttrDesc::new("quickack", "RTAX_QUICKACK", 15, AttrType::U32),
        AttrDesc::new("cc-algo", "RTAX_CC_ALGO", 16, AttrType::String),
        AttrDesc::new(
            "fastopen-no-cookie",
            "RTAX_FASTOPEN_NO_COOKIE",
            17,
            AttrType::U32,
        ),
    ],
);
