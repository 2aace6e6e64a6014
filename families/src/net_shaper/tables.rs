//! Descriptor tables of `net-shaper`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `scope` enum.
pub static SCOPE: EnumDesc = EnumDesc::new(
    "scope",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "NET_SHAPER_SCOPE_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "netdev",
            c_name: "NET_SHAPER_SCOPE_NETDEV",
            value: 1,
        },
        EnumEntry {
            name: "queue",
            c_name: "NET_SHAPER_SCOPE_QUEUE",
            value: 2,
        },
        EnumEntry {
            name: "node",
            c_name: "NET_SHAPER_SCOPE_NODE",
            value: 3,
        },
    ],
);

/// The `metric` enum.
pub static METRIC: EnumDesc = EnumDesc::new(
    "metric",
    false,
    &[
        EnumEntry {
            name: "bps",
            c_name: "NET_SHAPER_METRIC_BPS",
            value: 0,
        },
        EnumEntry {
            name: "pps",
            c_name: "NET_SHAPER_METRIC_PPS",
            value: 1,
        },
    ],
);

/// The `net-shaper` attribute set, indexed by type.
pub static NET_SHAPER: AttrSet = AttrSet::new(
    "net-shaper",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("handle", "NET_SHAPER_A_HANDLE", 1, AttrType::Nest).nested(&HANDLE),
        AttrDesc::new("metric", "NET_SHAPER_A_METRIC", 2, AttrType::U32).enumeration(&METRIC),
        AttrDesc::new("bw-min", "NET_SHAPER_A_BW_MIN", 3, AttrType::Uint),
        AttrDesc::new("bw-max", "NET_SHAPER_A_BW_MAX", 4, AttrType::Uint),
        AttrDesc::new("burst", "NET_SHAPER_A_BURST", 5, AttrType::Uint),
        AttrDesc::new("priority", "NET_SHAPER_A_PRIORITY", 6, AttrType::U32),
        AttrDesc::new("weight", "NET_SHAPER_A_WEIGHT", 7, AttrType::U32),
        AttrDesc::new("ifindex", "NET_SHAPER_A_IFINDEX", 8, AttrType::U32),
        AttrDesc::new("parent", "NET_SHAPER_A_PARENT", 9, AttrType::Nest).nested(&HANDLE),
        AttrDesc::new("leaves", "NET_SHAPER_A_LEAVES", 10, AttrType::Nest)
            .nested(&LEAF_INFO)
            .multi(),
    ],
);

/// The `handle` attribute set, indexed by type.
pub static HANDLE: AttrSet = AttrSet::new(
    "handle",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("scope", "NET_SHAPER_A_HANDLE_SCOPE", 1, AttrType::U32).enumeration(&SCOPE),
        AttrDesc::new("id", "NET_SHAPER_A_HANDLE_ID", 2, AttrType::U32).max(67108862),
    ],
);

/// The `leaf-info` attribute set, indexed by type.
pub static LEAF_INFO: AttrSet = AttrSet::new(
    "leaf-info",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("handle", "NET_SHAPER_A_HANDLE", 1, AttrType::Nest).nested(&HANDLE),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("priority", "NET_SHAPER_A_PRIORITY", 6, AttrType::U32),
        AttrDesc::new("weight", "NET_SHAPER_A_WEIGHT", 7, AttrType::U32),
    ],
);

/// The `caps` attribute set, indexed by type.
pub static CAPS: AttrSet = AttrSet::new(
    "caps",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NET_SHAPER_A_CAPS_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("scope", "NET_SHAPER_A_CAPS_SCOPE", 2, AttrType::U32).enumeration(&SCOPE),
        AttrDesc::new(
            "support-metric-bps",
            "NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS",
            3,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-metric-pps",
            "NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS",
            4,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-nesting",
            "NET_SHAPER_A_CAPS_SUPPORT_NESTING",
            5,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-bw-min",
            "NET_SHAPER_A_CAPS_SUPPORT_BW_MIN",
            6,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-bw-max",
            "NET_SHAPER_A_CAPS_SUPPORT_BW_MAX",
            7,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-burst",
            "NET_SHAPER_A_CAPS_SUPPORT_BURST",
            8,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-priority",
            "NET_SHAPER_A_CAPS_SUPPORT_PRIORITY",
            9,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "support-weight",
            "NET_SHAPER_A_CAPS_SUPPORT_WEIGHT",
            10,
            AttrType::Flag,
        ),
    ],
);
