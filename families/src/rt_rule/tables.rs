//! Descriptor tables of `rt-rule`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `fr-act` enum.
pub static FR_ACT: EnumDesc = EnumDesc::new(
    "fr-act",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "FR_ACT_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "to-tbl",
            c_name: "FR_ACT_TO_TBL",
            value: 1,
        },
        EnumEntry {
            name: "goto",
            c_name: "FR_ACT_GOTO",
            value: 2,
        },
        EnumEntry {
            name: "nop",
            c_name: "FR_ACT_NOP",
            value: 3,
        },
        EnumEntry {
            name: "res3",
            c_name: "FR_ACT_RES3",
            value: 4,
        },
        EnumEntry {
            name: "res4",
            c_name: "FR_ACT_RES4",
            value: 5,
        },
        EnumEntry {
            name: "blackhole",
            c_name: "FR_ACT_BLACKHOLE",
            value: 6,
        },
        EnumEntry {
            name: "unreachable",
            c_name: "FR_ACT_UNREACHABLE",
            value: 7,
        },
        EnumEntry {
            name: "prohibit",
            c_name: "FR_ACT_PROHIBIT",
            value: 8,
        },
    ],
);

/// The `fib-rule-flags` flags.
pub static FIB_RULE_FLAGS: EnumDesc = EnumDesc::new(
    "fib-rule-flags",
    true,
    &[
        EnumEntry {
            name: "permanent",
            c_name: "FIB_RULE_PERMANENT",
            value: 1,
        },
        EnumEntry {
            name: "invert",
            c_name: "FIB_RULE_INVERT",
            value: 2,
        },
        EnumEntry {
            name: "unresolved",
            c_name: "FIB_RULE_UNRESOLVED",
            value: 4,
        },
        EnumEntry {
            name: "iif-detached",
            c_name: "FIB_RULE_IIF_DETACHED",
            value: 8,
        },
        EnumEntry {
            name: "oif-detached",
            c_name: "FIB_RULE_OIF_DETACHED",
            value: 16,
        },
        EnumEntry {
            name: "find-saddr",
            c_name: "FIB_RULE_FIND_SADDR",
            value: 65536,
        },
    ],
);

/// The `address-family` enum.
pub static ADDRESS_FAMILY: EnumDesc = EnumDesc::new(
    "address-family",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "AF_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "unix",
            c_name: "AF_UNIX",
            value: 1,
        },
        EnumEntry {
            name: "inet",
            c_name: "AF_INET",
            value: 2,
        },
        EnumEntry {
            name: "ax25",
            c_name: "AF_AX25",
            value: 3,
        },
        EnumEntry {
            name: "ipx",
            c_name: "AF_IPX",
            value: 4,
        },
        EnumEntry {
            name: "appletalk",
            c_name: "AF_APPLETALK",
            value: 5,
        },
        EnumEntry {
            name: "netrom",
            c_name: "AF_NETROM",
            value: 6,
        },
        EnumEntry {
            name: "bridge",
            c_name: "AF_BRIDGE",
            value: 7,
        },
        EnumEntry {
            name: "atmpvc",
            c_name: "AF_ATMPVC",
            value: 8,
        },
        EnumEntry {
            name: "x25",
            c_name: "AF_X25",
            value: 9,
        },
        EnumEntry {
            name: "inet6",
            c_name: "AF_INET6",
            value: 10,
        },
        EnumEntry {
            name: "rose",
            c_name: "AF_ROSE",
            value: 11,
        },
        EnumEntry {
            name: "decnet",
            c_name: "AF_DECNET",
            value: 12,
        },
        EnumEntry {
            name: "netbeui",
            c_name: "AF_NETBEUI",
            value: 13,
        },
        EnumEntry {
            name: "security",
            c_name: "AF_SECURITY",
            value: 14,
        },
        EnumEntry {
            name: "key",
            c_name: "AF_KEY",
            value: 15,
        },
        EnumEntry {
            name: "netlink",
            c_name: "AF_NETLINK",
            value: 16,
        },
        EnumEntry {
            name: "packet",
            c_name: "AF_PACKET",
            value: 17,
        },
        EnumEntry {
            name: "ash",
            c_name: "AF_ASH",
            value: 18,
        },
        EnumEntry {
            name: "econet",
            c_name: "AF_ECONET",
            value: 19,
        },
        EnumEntry {
            name: "atmsvc",
            c_name: "AF_ATMSVC",
            value: 20,
        },
        EnumEntry {
            name: "rds",
            c_name: "AF_RDS",
            value: 21,
        },
        EnumEntry {
            name: "sna",
            c_name: "AF_SNA",
            value: 22,
        },
        EnumEntry {
            name: "irda",
            c_name: "AF_IRDA",
            value: 23,
        },
        EnumEntry {
            name: "pppox",
            c_name: "AF_PPPOX",
            value: 24,
        },
        EnumEntry {
            name: "wanpipe",
            c_name: "AF_WANPIPE",
            value: 25,
        },
        EnumEntry {
            name: "llc",
            c_name: "AF_LLC",
            value: 26,
        },
        EnumEntry {
            name: "ib",
            c_name: "AF_IB",
            value: 27,
        },
        EnumEntry {
            name: "mpls",
            c_name: "AF_MPLS",
            value: 28,
        },
        EnumEntry {
            name: "can",
            c_name: "AF_CAN",
            value: 29,
        },
        EnumEntry {
            name: "tipc",
            c_name: "AF_TIPC",
            value: 30,
        },
        EnumEntry {
            name: "bluetooth",
            c_name: "AF_BLUETOOTH",
            value: 31,
        },
        EnumEntry {
            name: "iucv",
            c_name: "AF_IUCV",
            value: 32,
        },
        EnumEntry {
            name: "rxrpc",
            c_name: "AF_RXRPC",
            value: 33,
        },
        EnumEntry {
            name: "isdn",
            c_name: "AF_ISDN",
            value: 34,
        },
        EnumEntry {
            name: "phonet",
            c_name: "AF_PHONET",
            value: 35,
        },
        EnumEntry {
            name: "ieee802154",
            c_name: "AF_IEEE802154",
            value: 36,
        },
        EnumEntry {
            name: "caif",
            c_name: "AF_CAIF",
            value: 37,
        },
        EnumEntry {
            name: "alg",
            c_name: "AF_ALG",
            value: 38,
        },
        EnumEntry {
            name: "nfc",
            c_name: "AF_NFC",
            value: 39,
        },
        EnumEntry {
            name: "vsock",
            c_name: "AF_VSOCK",
            value: 40,
        },
        EnumEntry {
            name: "kcm",
            c_name: "AF_KCM",
            value: 41,
        },
        EnumEntry {
            name: "qipcrtr",
            c_name: "AF_QIPCRTR",
            value: 42,
        },
        EnumEntry {
            name: "smc",
            c_name: "AF_SMC",
            value: 43,
        },
        EnumEntry {
            name: "xdp",
            c_name: "AF_XDP",
            value: 44,
        },
        EnumEntry {
            name: "mctp",
            c_name: "AF_MCTP",
            value: 45,
        },
    ],
);

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

/// The layout of `struct rtgenmsg`.
pub static RTGENMSG: StructDesc = StructDesc::new(
    "rtgenmsg",
    "struct rtgenmsg",
    4,
    &[
        Member::new("family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("pad", 1, 3, AttrType::Pad),
    ],
);

/// The layout of `struct fib_rule_hdr`.
pub static FIB_RULE_HDR: StructDesc = StructDesc::new(
    "fib-rule-hdr",
    "struct fib_rule_hdr",
    12,
    &[
        Member::new("family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("dst-len", 1, 1, AttrType::U8),
        Member::new("src-len", 2, 1, AttrType::U8),
        Member::new("tos", 3, 1, AttrType::U8),
        Member::new("table", 4, 1, AttrType::U8).enumeration(&RT_TABLE),
        Member::new("res1", 5, 1, AttrType::Pad),
        Member::new("res2", 6, 1, AttrType::Pad),
        Member::new("action", 7, 1, AttrType::U8).enumeration(&FR_ACT),
        Member::new("flags", 8, 4, AttrType::U32).enumeration(&FIB_RULE_FLAGS),
    ],
);

/// The layout of `struct fib_rule_port_range`.
pub static FIB_RULE_PORT_RANGE: StructDesc = StructDesc::new(
    "fib-rule-port-range",
    "struct fib_rule_port_range",
    4,
    &[
        Member::new("start", 0, 2, AttrType::U16),
        Member::new("end", 2, 2, AttrType::U16),
    ],
);

/// The layout of `struct fib_rule_uid_range`.
pub static FIB_RULE_UID_RANGE: StructDesc = StructDesc::new(
    "fib-rule-uid-range",
    "struct fib_rule_uid_range",
    8,
    &[
        Member::new("start", 0, 4, AttrType::U32),
        Member::new("end", 4, 4, AttrType::U32),
    ],
);

/// The `fib-rule-attrs` attribute set, indexed by type.
pub static FIB_RULE_ATTRS: AttrSet = AttrSet::new(
    "fib-rule-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dst", "FRA_DST", 1, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("src", "FRA_SRC", 2, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("iifname", "FRA_IIFNAME", 3, AttrType::String),
        AttrDesc::new("goto", "FRA_GOTO", 4, AttrType::U32),
        AttrDesc::new("unused2", "FRA_UNUSED2", 5, AttrType::Pad),
        AttrDesc::new("priority", "FRA_PRIORITY", 6, AttrType::U32),
        AttrDesc::new("unused3", "FRA_UNUSED3", 7, AttrType::Pad),
        AttrDesc::new("unused4", "FRA_UNUSED4", 8, AttrType::Pad),
        AttrDesc::new("unused5", "FRA_UNUSED5", 9, AttrType::Pad),
        AttrDesc::new("fwmark", "FRA_FWMARK", 10, AttrType::U32).display(Display::Hex),
        AttrDesc::new("flow", "FRA_FLOW", 11, AttrType::U32),
        AttrDesc::new("tun-id", "FRA_TUN_ID", 12, AttrType::U64),
        AttrDesc::new(
            "suppress-ifgroup",
            "FRA_SUPPRESS_IFGROUP",
            13,
            AttrType::U32,
        ),
        AttrDesc::new(
            "suppress-prefixlen",
            "FRA_SUPPRESS_PREFIXLEN",
            14,
            AttrType::U32,
        )
        .display(Display::Hex),
        AttrDesc::new("table", "FRA_TABLE", 15, AttrType::U32).enumeration(&RT_TABLE),
        AttrDesc::new("fwmask", "FRA_FWMASK", 16, AttrType::U32).display(Display::Hex),
        AttrDesc::new("oifname", "FRA_OIFNAME", 17, AttrType::String),
        AttrDesc::new("pad", "FRA_PAD", 18, AttrType::Pad),
        AttrDesc::new("l3mdev", "FRA_L3MDEV", 19, AttrType::U8),
        AttrDesc::new("uid-range", "FRA_UID_RANGE", 20, AttrType::Binary)
            .header(&FIB_RULE_UID_RANGE),
        AttrDesc::new("protocol", "FRA_PROTOCOL", 21, AttrType::U8).enumeration(&RT_PROTOCOL),
        AttrDesc::new("ip-proto", "FRA_IP_PROTO", 22, AttrType::U8),
        AttrDesc::new("sport-range", "FRA_SPORT_RANGE", 23, AttrType::Binary)
            .header(&FIB_RULE_PORT_RANGE),
        AttrDesc::new("dport-range", "FRA_DPORT_RANGE", 24, AttrType::Binary)
            .header(&FIB_RULE_PORT_RANGE),
        AttrDesc::new("dscp", "FRA_DSCP", 25, AttrType::U8),
        AttrDesc::new("flowlabel", "FRA_FLOWLABEL", 26, AttrType::U32)
            .display(Display::Hex)
            .big_endian(),
        AttrDesc::new("flowlabel-mask", "FRA_FLOWLABEL_MASK", 27, AttrType::U32)
            .display(Display::Hex)
            .big_endian(),
        AttrDesc::new("sport-mask", "FRA_SPORT_MASK", 28, AttrType::U16).display(Display::Hex),
        AttrDesc::new("dport-mask", "FRA_DPORT_MASK", 29, AttrType::U16).display(Display::Hex),
        AttrDesc::new("dscp-mask", "FRA_DSCP_MASK", 30, AttrType::U8).display(Display::Hex),
    ],
);
