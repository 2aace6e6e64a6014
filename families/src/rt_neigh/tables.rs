//! Descriptor tables of `rt-neigh`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `nud-state` flags.
pub static NUD_STATE: EnumDesc = EnumDesc::new(
    "nud-state",
    true,
    &[
        EnumEntry {
            name: "incomplete",
            c_name: "NUD_INCOMPLETE",
            value: 1,
        },
        EnumEntry {
            name: "reachable",
            c_name: "NUD_REACHABLE",
            value: 2,
        },
        EnumEntry {
            name: "stale",
            c_name: "NUD_STALE",
            value: 4,
        },
        EnumEntry {
            name: "delay",
            c_name: "NUD_DELAY",
            value: 8,
        },
        EnumEntry {
            name: "probe",
            c_name: "NUD_PROBE",
            value: 16,
        },
        EnumEntry {
            name: "failed",
            c_name: "NUD_FAILED",
            value: 32,
        },
        EnumEntry {
            name: "noarp",
            c_name: "NUD_NOARP",
            value: 64,
        },
        EnumEntry {
            name: "permanent",
            c_name: "NUD_PERMANENT",
            value: 128,
        },
    ],
);

/// The `ntf-flags` flags.
pub static NTF_FLAGS: EnumDesc = EnumDesc::new(
    "ntf-flags",
    true,
    &[
        EnumEntry {
            name: "use",
            c_name: "NTF_USE",
            value: 1,
        },
        EnumEntry {
            name: "self",
            c_name: "NTF_SELF",
            value: 2,
        },
        EnumEntry {
            name: "master",
            c_name: "NTF_MASTER",
            value: 4,
        },
        EnumEntry {
            name: "proxy",
            c_name: "NTF_PROXY",
            value: 8,
        },
        EnumEntry {
            name: "ext-learned",
            c_name: "NTF_EXT_LEARNED",
            value: 16,
        },
        EnumEntry {
            name: "offloaded",
            c_name: "NTF_OFFLOADED",
            value: 32,
        },
        EnumEntry {
            name: "sticky",
            c_name: "NTF_STICKY",
            value: 64,
        },
        EnumEntry {
            name: "router",
            c_name: "NTF_ROUTER",
            value: 128,
        },
    ],
);

/// The `ntf-ext-flags` flags.
pub static NTF_EXT_FLAGS: EnumDesc = EnumDesc::new(
    "ntf-ext-flags",
    true,
    &[
        EnumEntry {
            name: "managed",
            c_name: "NTF_EXT_MANAGED",
            value: 1,
        },
        EnumEntry {
            name: "locked",
            c_name: "NTF_EXT_LOCKED",
            value: 2,
        },
        EnumEntry {
            name: "ext-validated",
            c_name: "NTF_EXT_EXT_VALIDATED",
            value: 4,
        },
    ],
);

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

/// The `address-family` enum: the table of [`rt_addr`](crate::rt_addr), whose type this family shares.
pub use crate::rt_addr::tables::ADDRESS_FAMILY;

/// The `rt-protocol` enum.
pub static RT_PROTOCOL: EnumDesc = EnumDesc::new(
    "rt-protocol",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "RTPROT_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "redirect",
            c_name: "RTPROT_REDIRECT",
            value: 1,
        },
        EnumEntry {
            name: "kernel",
            c_name: "RTPROT_KERNEL",
            value: 2,
        },
        EnumEntry {
            name: "boot",
            c_name: "RTPROT_BOOT",
            value: 3,
        },
        EnumEntry {
            name: "static",
            c_name: "RTPROT_STATIC",
            value: 4,
        },
        EnumEntry {
            name: "gated",
            c_name: "RTPROT_GATED",
            value: 8,
        },
        EnumEntry {
            name: "ra",
            c_name: "RTPROT_RA",
            value: 9,
        },
        EnumEntry {
            name: "mrt",
            c_name: "RTPROT_MRT",
            value: 10,
        },
        EnumEntry {
            name: "zebra",
            c_name: "RTPROT_ZEBRA",
            value: 11,
        },
        EnumEntry {
            name: "bird",
            c_name: "RTPROT_BIRD",
            value: 12,
        },
        EnumEntry {
            name: "dnrouted",
            c_name: "RTPROT_DNROUTED",
            value: 13,
        },
        EnumEntry {
            name: "xorp",
            c_name: "RTPROT_XORP",
            value: 14,
        },
        EnumEntry {
            name: "ntk",
            c_name: "RTPROT_NTK",
            value: 15,
        },
        EnumEntry {
            name: "dhcp",
            c_name: "RTPROT_DHCP",
            value: 16,
        },
        EnumEntry {
            name: "mrouted",
            c_name: "RTPROT_MROUTED",
            value: 17,
        },
        EnumEntry {
            name: "keepalived",
            c_name: "RTPROT_KEEPALIVED",
            value: 18,
        },
        EnumEntry {
            name: "babel",
            c_name: "RTPROT_BABEL",
            value: 42,
        },
        EnumEntry {
            name: "ovn",
            c_name: "RTPROT_OVN",
            value: 84,
        },
        EnumEntry {
            name: "openr",
            c_name: "RTPROT_OPENR",
            value: 99,
        },
        EnumEntry {
            name: "bgp",
            c_name: "RTPROT_BGP",
            value: 186,
        },
        EnumEntry {
            name: "isis",
            c_name: "RTPROT_ISIS",
            value: 187,
        },
        EnumEntry {
            name: "ospf",
            c_name: "RTPROT_OSPF",
            value: 188,
        },
        EnumEntry {
            name: "rip",
            c_name: "RTPROT_RIP",
            value: 189,
        },
        EnumEntry {
            name: "eigrp",
            c_name: "RTPROT_EIGRP",
            value: 192,
        },
    ],
);

/// The layout of `struct ndmsg`.
pub static NDMSG: StructDesc = StructDesc::new(
    "ndmsg",
    "struct ndmsg",
    12,
    &[
        Member::new("ndm-family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("ndm-pad", 1, 3, AttrType::Pad),
        Member::new("ndm-ifindex", 4, 4, AttrType::S32),
        Member::new("ndm-state", 8, 2, AttrType::U16).enumeration(&NUD_STATE),
        Member::new("ndm-flags", 10, 1, AttrType::U8).enumeration(&NTF_FLAGS),
        Member::new("ndm-type", 11, 1, AttrType::U8).enumeration(&RTM_TYPE),
    ],
);

/// The layout of `struct ndtmsg`.
pub static NDTMSG: StructDesc = StructDesc::new(
    "ndtmsg",
    "struct ndtmsg",
    4,
    &[
        Member::new("family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("pad", 1, 3, AttrType::Pad),
    ],
);

/// The layout of `struct nda_cacheinfo`.
pub static NDA_CACHEINFO: StructDesc = StructDesc::new(
    "nda-cacheinfo",
    "struct nda_cacheinfo",
    16,
    &[
        Member::new("confirmed", 0, 4, AttrType::U32),
        Member::new("used", 4, 4, AttrType::U32),
        Member::new("updated", 8, 4, AttrType::U32),
        Member::new("refcnt", 12, 4, AttrType::U32),
    ],
);

/// The layout of `struct ndt_config`.
pub static NDT_CONFIG: StructDesc = StructDesc::new(
    "ndt-config",
    "struct ndt_config",
    32,
    &[
        Member::new("key-len", 0, 2, AttrType::U16),
        Member::new("entry-size", 2, 2, AttrType::U16),
        Member::new("entries", 4, 4, AttrType::U32),
        Member::new("last-flush", 8, 4, AttrType::U32),
        Member::new("last-rand", 12, 4, AttrType::U32),
        Member::new("hash-rnd", 16, 4, AttrType::U32),
        Member::new("hash-mask", 20, 4, AttrType::U32),
        Member::new("hash-chain-gc", 24, 4, AttrType::U32),
        Member::new("proxy-qlen", 28, 4, AttrType::U32),
    ],
);

/// The layout of `struct ndt_stats`.
pub static NDT_STATS: StructDesc = StructDesc::new(
    "ndt-stats",
    "struct ndt_stats",
    88,
    &[
        Member::new("allocs", 0, 8, AttrType::U64),
        Member::new("destroys", 8, 8, AttrType::U64),
        Member::new("hash-grows", 16, 8, AttrType::U64),
        Member::new("res-failed", 24, 8, AttrType::U64),
        Member::new("lookups", 32, 8, AttrType::U64),
        Member::new("hits", 40, 8, AttrType::U64),
        Member::new("rcv-probes-mcast", 48, 8, AttrType::U64),
        Member::new("rcv-probes-ucast", 56, 8, AttrType::U64),
        Member::new("periodic-gc-runs", 64, 8, AttrType::U64),
        Member::new("forced-gc-runs", 72, 8, AttrType::U64),
        Member::new("table-fulls", 80, 8, AttrType::U64),
    ],
);

/// The `neighbour-attrs` attribute set, indexed by type.
pub static NEIGHBOUR_ATTRS: AttrSet = AttrSet::new(
    "neighbour-attrs",
    &[
        AttrDesc::new("unspec", "NDA_UNSPEC", 0, AttrType::Binary),
        AttrDesc::new("dst", "NDA_DST", 1, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("lladdr", "NDA_LLADDR", 2, AttrType::Binary).display(Display::Mac),
        AttrDesc::new("cacheinfo", "NDA_CACHEINFO", 3, AttrType::Binary).header(&NDA_CACHEINFO),
        AttrDesc::new("probes", "NDA_PROBES", 4, AttrType::U32),
        AttrDesc::new("vlan", "NDA_VLAN", 5, AttrType::U16),
        AttrDesc::new("port", "NDA_PORT", 6, AttrType::U16).big_endian(),
        AttrDesc::new("vni", "NDA_VNI", 7, AttrType::U32),
        AttrDesc::new("ifindex", "NDA_IFINDEX", 8, AttrType::U32),
        AttrDesc::new("master", "NDA_MASTER", 9, AttrType::U32),
        AttrDesc::new("link-netnsid", "NDA_LINK_NETNSID", 10, AttrType::S32),
        AttrDesc::new("src-vni", "NDA_SRC_VNI", 11, AttrType::U32),
        AttrDesc::new("protocol", "NDA_PROTOCOL", 12, AttrType::U8).enumeration(&RT_PROTOCOL),
        AttrDesc::new("nh-id", "NDA_NH_ID", 13, AttrType::U32),
        AttrDesc::new("fdb-ext-attrs", "NDA_FDB_EXT_ATTRS", 14, AttrType::Binary),
        AttrDesc::new("flags-ext", "NDA_FLAGS_EXT", 15, AttrType::U32).enumeration(&NTF_EXT_FLAGS),
        AttrDesc::new("ndm-state-mask", "NDA_NDM_STATE_MASK", 16, AttrType::U16),
        AttrDesc::new("ndm-flags-mask", "NDA_NDM_FLAGS_MASK", 17, AttrType::U8),
    ],
);

/// The `ndt-attrs` attribute set, indexed by type.
pub static NDT_ATTRS: AttrSet = AttrSet::new(
    "ndt-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("name", "NDTA_NAME", 1, AttrType::String),
        AttrDesc::new("thresh1", "NDTA_THRESH1", 2, AttrType::U32),
        AttrDesc::new("thresh2", "NDTA_THRESH2", 3, AttrType::U32),
        AttrDesc::new("thresh3", "NDTA_THRESH3", 4, AttrType::U32),
        AttrDesc::new("config", "NDTA_CONFIG", 5, AttrType::Binary).header(&NDT_CONFIG),
        AttrDesc::new("parms", "NDTA_PARMS", 6, AttrType::Nest).nested(&NDTPA_ATTRS),
        AttrDesc::new("stats", "NDTA_STATS", 7, AttrType::Binary).header(&NDT_STATS),
        AttrDesc::new("gc-interval", "NDTA_GC_INTERVAL", 8, AttrType::U64),
        AttrDesc::new("pad", "NDTA_PAD", 9, AttrType::Pad),
    ],
);

/// The `ndtpa-attrs` attribute set, indexed by type.
pub static NDTPA_ATTRS: AttrSet = AttrSet::new(
    "ndtpa-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NDTPA_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("refcnt", "NDTPA_REFCNT", 2, AttrType::U32),
        AttrDesc::new("reachable-time", "NDTPA_REACHABLE_TIME", 3, AttrType::U64),
        AttrDesc::new(
            "base-reachable-time",
            "NDTPA_BASE_REACHABLE_TIME",
            4,
            AttrType::U64,
        ),
        AttrDesc::new("retrans-time", "NDTPA_RETRANS_TIME", 5, AttrType::U64),
        AttrDesc::new("gc-staletime", "NDTPA_GC_STALETIME", 6, AttrType::U64),
        AttrDesc::new(
            "delay-probe-time",
            "NDTPA_DELAY_PROBE_TIME",
            7,
            AttrType::U64,
        ),
        AttrDesc::new("queue-len", "NDTPA_QUEUE_LEN", 8, AttrType::U32),
        AttrDesc::new("app-probes", "NDTPA_APP_PROBES", 9, AttrType::U32),
        AttrDesc::new("ucast-probes", "NDTPA_UCAST_PROBES", 10, AttrType::U32),
        AttrDesc::new("mcast-probes", "NDTPA_MCAST_PROBES", 11, AttrType::U32),
        AttrDesc::new("anycast-delay", "NDTPA_ANYCAST_DELAY", 12, AttrType::U64),
        AttrDesc::new("proxy-delay", "NDTPA_PROXY_DELAY", 13, AttrType::U64),
        AttrDesc::new("proxy-qlen", "NDTPA_PROXY_QLEN", 14, AttrType::U32),
        AttrDesc::new("locktime", "NDTPA_LOCKTIME", 15, AttrType::U64),
        AttrDesc::new("queue-lenbytes", "NDTPA_QUEUE_LENBYTES", 16, AttrType::U32),
        AttrDesc::new("mcast-reprobes", "NDTPA_MCAST_REPROBES", 17, AttrType::U32),
        AttrDesc::new("pad", "NDTPA_PAD", 18, AttrType::Pad),
        AttrDesc::new(
            "interval-probe-time-ms",
            "NDTPA_INTERVAL_PROBE_TIME_MS",
            19,
            AttrType::U64,
        ),
    ],
);
