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

/// The `address-family` enum: the table of [`rt_addr`](crate::rt_addr), whose type this family shares.
pub use crate::rt_addr::tables::ADDRESS_FAMILY;

/// The `rt-protocol` enum: the table of [`rt_neigh`](crate::rt_neigh), whose type this family shares.
pub use crate::rt_neigh::tables::RT_PROTOCOL;

/// The `rt-table` enum: the table of [`rt_route`](crate::rt_route), whose type this family shares.
pub use crate::rt_route::tables::RT_TABLE;

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
