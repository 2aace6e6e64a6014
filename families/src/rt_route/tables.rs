//! Descriptor tables of `rt-route`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `rtm-type` enum: the table of [`rt_neigh`](crate::rt_neigh), whose type this family shares.
pub use crate::rt_neigh::tables::RTM_TYPE;

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

/// The `rtnh-flags` flags.
pub static RTNH_FLAGS: EnumDesc = EnumDesc::new(
    "rtnh-flags",
    true,
    &[
        EnumEntry {
            name: "dead",
            c_name: "RTNH_F_DEAD",
            value: 1,
        },
        EnumEntry {
            name: "pervasive",
            c_name: "RTNH_F_PERVASIVE",
            value: 2,
        },
        EnumEntry {
            name: "onlink",
            c_name: "RTNH_F_ONLINK",
            value: 4,
        },
        EnumEntry {
            name: "offload",
            c_name: "RTNH_F_OFFLOAD",
            value: 8,
        },
        EnumEntry {
            name: "linkdown",
            c_name: "RTNH_F_LINKDOWN",
            value: 16,
        },
        EnumEntry {
            name: "unresolved",
            c_name: "RTNH_F_UNRESOLVED",
            value: 32,
        },
        EnumEntry {
            name: "trap",
            c_name: "RTNH_F_TRAP",
            value: 64,
        },
    ],
);

/// The `rtm-flags` flags.
pub static RTM_FLAGS: EnumDesc = EnumDesc::new(
    "rtm-flags",
    true,
    &[
        EnumEntry {
            name: "notify",
            c_name: "RTM_F_NOTIFY",
            value: 256,
        },
        EnumEntry {
            name: "cloned",
            c_name: "RTM_F_CLONED",
            value: 512,
        },
        EnumEntry {
            name: "equalize",
            c_name: "RTM_F_EQUALIZE",
            value: 1024,
        },
        EnumEntry {
            name: "prefix",
            c_name: "RTM_F_PREFIX",
            value: 2048,
        },
        EnumEntry {
            name: "lookup-table",
            c_name: "RTM_F_LOOKUP_TABLE",
            value: 4096,
        },
        EnumEntry {
            name: "fib-match",
            c_name: "RTM_F_FIB_MATCH",
            value: 8192,
        },
        EnumEntry {
            name: "offload",
            c_name: "RTM_F_OFFLOAD",
            value: 16384,
        },
        EnumEntry {
            name: "trap",
            c_name: "RTM_F_TRAP",
            value: 32768,
        },
        EnumEntry {
            name: "offload-failed",
            c_name: "RTM_F_OFFLOAD_FAILED",
            value: 536870912,
        },
    ],
);

/// The `lwtunnel-encap-type` enum.
pub static LWTUNNEL_ENCAP_TYPE: EnumDesc = EnumDesc::new(
    "lwtunnel-encap-type",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "LWTUNNEL_ENCAP_NONE",
            value: 0,
        },
        EnumEntry {
            name: "mpls",
            c_name: "LWTUNNEL_ENCAP_MPLS",
            value: 1,
        },
        EnumEntry {
            name: "ip",
            c_name: "LWTUNNEL_ENCAP_IP",
            value: 2,
        },
        EnumEntry {
            name: "ila",
            c_name: "LWTUNNEL_ENCAP_ILA",
            value: 3,
        },
        EnumEntry {
            name: "ip6",
            c_name: "LWTUNNEL_ENCAP_IP6",
            value: 4,
        },
        EnumEntry {
            name: "seg6",
            c_name: "LWTUNNEL_ENCAP_SEG6",
            value: 5,
        },
        EnumEntry {
            name: "bpf",
            c_name: "LWTUNNEL_ENCAP_BPF",
            value: 6,
        },
        EnumEntry {
            name: "seg6-local",
            c_name: "LWTUNNEL_ENCAP_SEG6_LOCAL",
            value: 7,
        },
        EnumEntry {
            name: "rpl",
            c_name: "LWTUNNEL_ENCAP_RPL",
            value: 8,
        },
        EnumEntry {
            name: "ioam6",
            c_name: "LWTUNNEL_ENCAP_IOAM6",
            value: 9,
        },
        EnumEntry {
            name: "xfrm",
            c_name: "LWTUNNEL_ENCAP_XFRM",
            value: 10,
        },
    ],
);

/// The `router-pref` enum.
pub static ROUTER_PREF: EnumDesc = EnumDesc::new(
    "router-pref",
    false,
    &[
        EnumEntry {
            name: "medium",
            c_name: "ICMPV6_ROUTER_PREF_MEDIUM",
            value: 0,
        },
        EnumEntry {
            name: "high",
            c_name: "ICMPV6_ROUTER_PREF_HIGH",
            value: 1,
        },
        EnumEntry {
            name: "invalid",
            c_name: "ICMPV6_ROUTER_PREF_INVALID",
            value: 2,
        },
        EnumEntry {
            name: "low",
            c_name: "ICMPV6_ROUTER_PREF_LOW",
            value: 3,
        },
    ],
);

/// The `address-family` enum: the table of [`rt_addr`](crate::rt_addr), whose type this family shares.
pub use crate::rt_addr::tables::ADDRESS_FAMILY;

/// The `rt-protocol` enum: the table of [`rt_neigh`](crate::rt_neigh), whose type this family shares.
pub use crate::rt_neigh::tables::RT_PROTOCOL;

/// The `rt-scope` enum: the table of [`rt_addr`](crate::rt_addr), whose type this family shares.
pub use crate::rt_addr::tables::RT_SCOPE;

/// The `rt-table` enum.
pub static RT_TABLE: EnumDesc = EnumDesc::new(
    "rt-table",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "RT_TABLE_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "compat",
            c_name: "RT_TABLE_COMPAT",
            value: 252,
        },
        EnumEntry {
            name: "default",
            c_name: "RT_TABLE_DEFAULT",
            value: 253,
        },
        EnumEntry {
            name: "main",
            c_name: "RT_TABLE_MAIN",
            value: 254,
        },
        EnumEntry {
            name: "local",
            c_name: "RT_TABLE_LOCAL",
            value: 255,
        },
    ],
);

/// The layout of `struct rtmsg`.
pub static RTMSG: StructDesc = StructDesc::new(
    "rtmsg",
    "struct rtmsg",
    12,
    &[
        Member::new("rtm-family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("rtm-dst-len", 1, 1, AttrType::U8),
        Member::new("rtm-src-len", 2, 1, AttrType::U8),
        Member::new("rtm-tos", 3, 1, AttrType::U8),
        Member::new("rtm-table", 4, 1, AttrType::U8).enumeration(&RT_TABLE),
        Member::new("rtm-protocol", 5, 1, AttrType::U8).enumeration(&RT_PROTOCOL),
        Member::new("rtm-scope", 6, 1, AttrType::U8).enumeration(&RT_SCOPE),
        Member::new("rtm-type", 7, 1, AttrType::U8).enumeration(&RTM_TYPE),
        Member::new("rtm-flags", 8, 4, AttrType::U32).enumeration(&RTM_FLAGS),
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

/// The layout of `struct rtnexthop`.
pub static RTNEXTHOP: StructDesc = StructDesc::new(
    "rtnexthop",
    "struct rtnexthop",
    8,
    &[
        Member::new("rtnh-len", 0, 2, AttrType::U16),
        Member::new("rtnh-flags", 2, 1, AttrType::U8).enumeration(&RTNH_FLAGS),
        Member::new("rtnh-hops", 3, 1, AttrType::U8),
        Member::new("rtnh-ifindex", 4, 4, AttrType::S32),
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
        AttrDesc::new("multipath", "RTA_MULTIPATH", 9, AttrType::RecordList)
            .nested(&ROUTE_ATTRS)
            .header(&RTNEXTHOP),
        AttrDesc::new("protoinfo", "RTA_PROTOINFO", 10, AttrType::Binary),
        AttrDesc::new("flow", "RTA_FLOW", 11, AttrType::U32),
        AttrDesc::new("cacheinfo", "RTA_CACHEINFO", 12, AttrType::Binary).header(&RTA_CACHEINFO),
        AttrDesc::new("session", "RTA_SESSION", 13, AttrType::Binary),
        AttrDesc::new("mp-algo", "RTA_MP_ALGO", 14, AttrType::Binary),
        AttrDesc::new("table", "RTA_TABLE", 15, AttrType::U32).enumeration(&RT_TABLE),
        AttrDesc::new("mark", "RTA_MARK", 16, AttrType::U32),
        AttrDesc::new("mfc-stats", "RTA_MFC_STATS", 17, AttrType::Binary),
        AttrDesc::new("via", "RTA_VIA", 18, AttrType::Binary),
        AttrDesc::new("newdst", "RTA_NEWDST", 19, AttrType::Binary),
        AttrDesc::new("pref", "RTA_PREF", 20, AttrType::U8).enumeration(&ROUTER_PREF),
        AttrDesc::new("encap-type", "RTA_ENCAP_TYPE", 21, AttrType::U16)
            .enumeration(&LWTUNNEL_ENCAP_TYPE),
        AttrDesc::new("encap", "RTA_ENCAP", 22, AttrType::SubMessage).sub_message(&ROUTE_ENCAP_MSG),
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

/// The `encap-mpls-attrs` attribute set, indexed by type.
pub static ENCAP_MPLS_ATTRS: AttrSet = AttrSet::new(
    "encap-mpls-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dst", "MPLS_IPTUNNEL_DST", 1, AttrType::Binary),
        AttrDesc::new("ttl", "MPLS_IPTUNNEL_TTL", 2, AttrType::U8),
    ],
);

/// The `encap-ip-attrs` attribute set, indexed by type.
pub static ENCAP_IP_ATTRS: AttrSet = AttrSet::new(
    "encap-ip-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "LWTUNNEL_IP_ID", 1, AttrType::U64).big_endian(),
        AttrDesc::new("dst", "LWTUNNEL_IP_DST", 2, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("src", "LWTUNNEL_IP_SRC", 3, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("ttl", "LWTUNNEL_IP_TTL", 4, AttrType::U8),
        AttrDesc::new("tos", "LWTUNNEL_IP_TOS", 5, AttrType::U8),
        AttrDesc::new("flags", "LWTUNNEL_IP_FLAGS", 6, AttrType::U16),
        AttrDesc::new("pad", "LWTUNNEL_IP_PAD", 7, AttrType::Pad),
        AttrDesc::new("opts", "LWTUNNEL_IP_OPTS", 8, AttrType::Binary),
    ],
);

/// The `encap-ip6-attrs` attribute set, indexed by type.
pub static ENCAP_IP6_ATTRS: AttrSet = AttrSet::new(
    "encap-ip6-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "LWTUNNEL_IP6_ID", 1, AttrType::U64).big_endian(),
        AttrDesc::new("dst", "LWTUNNEL_IP6_DST", 2, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("src", "LWTUNNEL_IP6_SRC", 3, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("hoplimit", "LWTUNNEL_IP6_HOPLIMIT", 4, AttrType::U8),
        AttrDesc::new("tc", "LWTUNNEL_IP6_TC", 5, AttrType::U8),
        AttrDesc::new("flags", "LWTUNNEL_IP6_FLAGS", 6, AttrType::U16),
        AttrDesc::new("pad", "LWTUNNEL_IP6_PAD", 7, AttrType::Pad),
        AttrDesc::new("opts", "LWTUNNEL_IP6_OPTS", 8, AttrType::Binary),
    ],
);

/// The `encap-bpf-attrs` attribute set, indexed by type.
pub static ENCAP_BPF_ATTRS: AttrSet = AttrSet::new(
    "encap-bpf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("in", "LWT_BPF_IN", 1, AttrType::Nest).nested(&ENCAP_BPF_PROG_ATTRS),
        AttrDesc::new("out", "LWT_BPF_OUT", 2, AttrType::Nest).nested(&ENCAP_BPF_PROG_ATTRS),
        AttrDesc::new("xmit", "LWT_BPF_XMIT", 3, AttrType::Nest).nested(&ENCAP_BPF_PROG_ATTRS),
        AttrDesc::new("xmit-headroom", "LWT_BPF_XMIT_HEADROOM", 4, AttrType::U32),
    ],
);

/// The `encap-bpf-prog-attrs` attribute set, indexed by type.
pub static ENCAP_BPF_PROG_ATTRS: AttrSet = AttrSet::new(
    "encap-bpf-prog-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("fd", "LWT_BPF_PROG_FD", 1, AttrType::U32),
        AttrDesc::new("name", "LWT_BPF_PROG_NAME", 2, AttrType::String),
    ],
);

/// The `route-encap-msg` sub-message, by selector value.
pub static ROUTE_ENCAP_MSG: SubMessage = SubMessage::new(
    "route-encap-msg",
    21,
    &[
        SubVariant {
            value: "1",
            header: None,
            attrs: Some(&ENCAP_MPLS_ATTRS),
        },
        SubVariant {
            value: "2",
            header: None,
            attrs: Some(&ENCAP_IP_ATTRS),
        },
        SubVariant {
            value: "4",
            header: None,
            attrs: Some(&ENCAP_IP6_ATTRS),
        },
        SubVariant {
            value: "6",
            header: None,
            attrs: Some(&ENCAP_BPF_ATTRS),
        },
    ],
);
