//! Descriptor tables of `ethtool`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `udp-tunnel-type` enum.
pub static UDP_TUNNEL_TYPE: EnumDesc = EnumDesc::new(
    "udp-tunnel-type",
    false,
    &[
        EnumEntry {
            name: "vxlan",
            c_name: "ETHTOOL_UDP_TUNNEL_TYPE_VXLAN",
            value: 0,
        },
        EnumEntry {
            name: "geneve",
            c_name: "ETHTOOL_UDP_TUNNEL_TYPE_GENEVE",
            value: 1,
        },
        EnumEntry {
            name: "vxlan-gpe",
            c_name: "ETHTOOL_UDP_TUNNEL_TYPE_VXLAN_GPE",
            value: 2,
        },
    ],
);

/// The `stringset` enum.
pub static STRINGSET: EnumDesc = EnumDesc::new("stringset", false, &[]);

/// The `header-flags` flags.
pub static HEADER_FLAGS: EnumDesc = EnumDesc::new(
    "header-flags",
    true,
    &[
        EnumEntry {
            name: "compact-bitsets",
            c_name: "ETHTOOL_FLAG_COMPACT_BITSETS",
            value: 1,
        },
        EnumEntry {
            name: "omit-reply",
            c_name: "ETHTOOL_FLAG_OMIT_REPLY",
            value: 2,
        },
        EnumEntry {
            name: "stats",
            c_name: "ETHTOOL_FLAG_STATS",
            value: 4,
        },
    ],
);

/// The `module-fw-flash-status` enum.
pub static MODULE_FW_FLASH_STATUS: EnumDesc = EnumDesc::new(
    "module-fw-flash-status",
    false,
    &[
        EnumEntry {
            name: "started",
            c_name: "ETHTOOL_MODULE_FW_FLASH_STATUS_STARTED",
            value: 0,
        },
        EnumEntry {
            name: "in-progress",
            c_name: "ETHTOOL_MODULE_FW_FLASH_STATUS_IN_PROGRESS",
            value: 1,
        },
        EnumEntry {
            name: "completed",
            c_name: "ETHTOOL_MODULE_FW_FLASH_STATUS_COMPLETED",
            value: 2,
        },
        EnumEntry {
            name: "error",
            c_name: "ETHTOOL_MODULE_FW_FLASH_STATUS_ERROR",
            value: 3,
        },
    ],
);

/// The `c33-pse-ext-state` enum.
pub static C33_PSE_EXT_STATE: EnumDesc = EnumDesc::new(
    "c33-pse-ext-state",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_NONE",
            value: 0,
        },
        EnumEntry {
            name: "error-condition",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_ERROR_CONDITION",
            value: 1,
        },
        EnumEntry {
            name: "mr-mps-valid",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_MR_MPS_VALID",
            value: 2,
        },
        EnumEntry {
            name: "mr-pse-enable",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_MR_PSE_ENABLE",
            value: 3,
        },
        EnumEntry {
            name: "option-detect-ted",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_OPTION_DETECT_TED",
            value: 4,
        },
        EnumEntry {
            name: "option-vport-lim",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_OPTION_VPORT_LIM",
            value: 5,
        },
        EnumEntry {
            name: "ovld-detected",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_OVLD_DETECTED",
            value: 6,
        },
        EnumEntry {
            name: "power-not-available",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_POWER_NOT_AVAILABLE",
            value: 7,
        },
        EnumEntry {
            name: "short-detected",
            c_name: "ETHTOOL_C33_PSE_EXT_STATE_SHORT_DETECTED",
            value: 8,
        },
    ],
);

/// The `phy-upstream-type` enum.
pub static PHY_UPSTREAM_TYPE: EnumDesc = EnumDesc::new(
    "phy-upstream-type",
    false,
    &[
        EnumEntry {
            name: "mac",
            c_name: "PHY_UPSTREAMMAC",
            value: 0,
        },
        EnumEntry {
            name: "phy",
            c_name: "PHY_UPSTREAMPHY",
            value: 1,
        },
    ],
);

/// The `tcp-data-split` enum.
pub static TCP_DATA_SPLIT: EnumDesc = EnumDesc::new(
    "tcp-data-split",
    false,
    &[
        EnumEntry {
            name: "unknown",
            c_name: "ETHTOOL_TCP_DATA_SPLIT_UNKNOWN",
            value: 0,
        },
        EnumEntry {
            name: "disabled",
            c_name: "ETHTOOL_TCP_DATA_SPLIT_DISABLED",
            value: 1,
        },
        EnumEntry {
            name: "enabled",
            c_name: "ETHTOOL_TCP_DATA_SPLIT_ENABLED",
            value: 2,
        },
    ],
);

/// The `hwtstamp-source` enum.
pub static HWTSTAMP_SOURCE: EnumDesc = EnumDesc::new(
    "hwtstamp-source",
    false,
    &[
        EnumEntry {
            name: "netdev",
            c_name: "HWTSTAMP_SOURCE_NETDEV",
            value: 1,
        },
        EnumEntry {
            name: "phylib",
            c_name: "HWTSTAMP_SOURCE_PHYLIB",
            value: 2,
        },
    ],
);

/// The `pse-event` flags.
pub static PSE_EVENT: EnumDesc = EnumDesc::new(
    "pse-event",
    true,
    &[
        EnumEntry {
            name: "pse-event-over-current",
            c_name: "ETHTOOL_PSE_EVENT_OVER_CURRENT",
            value: 1,
        },
        EnumEntry {
            name: "pse-event-over-temp",
            c_name: "ETHTOOL_PSE_EVENT_OVER_TEMP",
            value: 2,
        },
        EnumEntry {
            name: "c33-pse-event-detection",
            c_name: "ETHTOOL_C33_PSE_EVENT_DETECTION",
            value: 4,
        },
        EnumEntry {
            name: "c33-pse-event-classification",
            c_name: "ETHTOOL_C33_PSE_EVENT_CLASSIFICATION",
            value: 8,
        },
        EnumEntry {
            name: "c33-pse-event-disconnection",
            c_name: "ETHTOOL_C33_PSE_EVENT_DISCONNECTION",
            value: 16,
        },
        EnumEntry {
            name: "pse-event-over-budget",
            c_name: "ETHTOOL_PSE_EVENT_OVER_BUDGET",
            value: 32,
        },
        EnumEntry {
            name: "pse-event-sw-pw-control-error",
            c_name: "ETHTOOL_PSE_EVENT_SW_PW_CONTROL_ERROR",
            value: 64,
        },
    ],
);

/// The `input-xfrm` flags.
pub static INPUT_XFRM: EnumDesc = EnumDesc::new(
    "input-xfrm",
    true,
    &[
        EnumEntry {
            name: "sym-xor",
            c_name: "RXH_XFRM_SYM_XOR",
            value: 1,
        },
        EnumEntry {
            name: "sym-or-xor",
            c_name: "RXH_XFRM_SYM_OR_XOR",
            value: 2,
        },
    ],
);

/// The `rxfh-fields` flags.
pub static RXFH_FIELDS: EnumDesc = EnumDesc::new(
    "rxfh-fields",
    true,
    &[
        EnumEntry {
            name: "l2da",
            c_name: "RXH_L2DA",
            value: 2,
        },
        EnumEntry {
            name: "vlan",
            c_name: "RXH_VLAN",
            value: 4,
        },
        EnumEntry {
            name: "l3-proto",
            c_name: "RXH_L3_PROTO",
            value: 8,
        },
        EnumEntry {
            name: "ip-src",
            c_name: "RXH_IP_SRC",
            value: 16,
        },
        EnumEntry {
            name: "ip-dst",
            c_name: "RXH_IP_DST",
            value: 32,
        },
        EnumEntry {
            name: "l4-b-0-1",
            c_name: "RXH_L4_B_0_1",
            value: 64,
        },
        EnumEntry {
            name: "l4-b-2-3",
            c_name: "RXH_L4_B_2_3",
            value: 128,
        },
        EnumEntry {
            name: "gtp-teid",
            c_name: "RXH_GTP_TEID",
            value: 256,
        },
        EnumEntry {
            name: "ip6-fl",
            c_name: "RXH_IP6_FL",
            value: 512,
        },
        EnumEntry {
            name: "discard",
            c_name: "RXH_DISCARD",
            value: 2147483648,
        },
    ],
);

/// The `header` attribute set, indexed by type.
pub static HEADER: AttrSet = AttrSet::new(
    "header",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_HEADER_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("dev-index", "ETHTOOL_A_HEADER_DEV_INDEX", 1, AttrType::U32),
        AttrDesc::new("dev-name", "ETHTOOL_A_HEADER_DEV_NAME", 2, AttrType::String),
        AttrDesc::new("flags", "ETHTOOL_A_HEADER_FLAGS", 3, AttrType::U32)
            .enumeration(&HEADER_FLAGS),
        AttrDesc::new("phy-index", "ETHTOOL_A_HEADER_PHY_INDEX", 4, AttrType::U32),
    ],
);

/// The `bitset-bit` attribute set, indexed by type.
pub static BITSET_BIT: AttrSet = AttrSet::new(
    "bitset-bit",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_BITSET_BIT_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("index", "ETHTOOL_A_BITSET_BIT_INDEX", 1, AttrType::U32),
        AttrDesc::new("name", "ETHTOOL_A_BITSET_BIT_NAME", 2, AttrType::String),
        AttrDesc::new("value", "ETHTOOL_A_BITSET_BIT_VALUE", 3, AttrType::Flag),
    ],
);

/// The `bitset-bits` attribute set, indexed by type.
pub static BITSET_BITS: AttrSet = AttrSet::new(
    "bitset-bits",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_BITSET_BITS_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("bit", "ETHTOOL_A_BITSET_BITS_BIT", 1, AttrType::Nest)
            .nested(&BITSET_BIT)
            .multi(),
    ],
);

/// The `bitset` attribute set, indexed by type.
pub static BITSET: AttrSet = AttrSet::new(
    "bitset",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_BITSET_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("nomask", "ETHTOOL_A_BITSET_NOMASK", 1, AttrType::Flag),
        AttrDesc::new("size", "ETHTOOL_A_BITSET_SIZE", 2, AttrType::U32),
        AttrDesc::new("bits", "ETHTOOL_A_BITSET_BITS", 3, AttrType::Nest).nested(&BITSET_BITS),
        AttrDesc::new("value", "ETHTOOL_A_BITSET_VALUE", 4, AttrType::Binary),
        AttrDesc::new("mask", "ETHTOOL_A_BITSET_MASK", 5, AttrType::Binary),
    ],
);

/// The `string` attribute set, indexed by type.
pub static STRING: AttrSet = AttrSet::new(
    "string",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STRING_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("index", "ETHTOOL_A_STRING_INDEX", 1, AttrType::U32),
        AttrDesc::new("value", "ETHTOOL_A_STRING_VALUE", 2, AttrType::String),
    ],
);

/// The `strings` attribute set, indexed by type.
pub static STRINGS: AttrSet = AttrSet::new(
    "strings",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STRINGS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("string", "ETHTOOL_A_STRINGS_STRING", 1, AttrType::Nest)
            .nested(&STRING)
            .multi(),
    ],
);

/// The `stringset` attribute set, indexed by type.
pub static STRINGSET_SET: AttrSet = AttrSet::new(
    "stringset",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STRINGSET_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("id", "ETHTOOL_A_STRINGSET_ID", 1, AttrType::U32),
        AttrDesc::new("count", "ETHTOOL_A_STRINGSET_COUNT", 2, AttrType::U32),
        AttrDesc::new("strings", "ETHTOOL_A_STRINGSET_STRINGS", 3, AttrType::Nest)
            .nested(&STRINGS)
            .multi(),
    ],
);

/// The `stringsets` attribute set, indexed by type.
pub static STRINGSETS: AttrSet = AttrSet::new(
    "stringsets",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STRINGSETS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new(
            "stringset",
            "ETHTOOL_A_STRINGSETS_STRINGSET",
            1,
            AttrType::Nest,
        )
        .nested(&STRINGSET_SET)
        .multi(),
    ],
);

/// The `strset` attribute set, indexed by type.
pub static STRSET: AttrSet = AttrSet::new(
    "strset",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STRSET_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_STRSET_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "stringsets",
            "ETHTOOL_A_STRSET_STRINGSETS",
            2,
            AttrType::Nest,
        )
        .nested(&STRINGSETS),
        AttrDesc::new(
            "counts-only",
            "ETHTOOL_A_STRSET_COUNTS_ONLY",
            3,
            AttrType::Flag,
        ),
    ],
);

/// The `privflags` attribute set, indexed by type.
pub static PRIVFLAGS: AttrSet = AttrSet::new(
    "privflags",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PRIVFLAGS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_PRIVFLAGS_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("flags", "ETHTOOL_A_PRIVFLAGS_FLAGS", 2, AttrType::Nest).nested(&BITSET),
    ],
);

/// The `rings` attribute set, indexed by type.
pub static RINGS: AttrSet = AttrSet::new(
    "rings",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_RINGS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_RINGS_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("rx-max", "ETHTOOL_A_RINGS_RX_MAX", 2, AttrType::U32),
        AttrDesc::new(
            "rx-mini-max",
            "ETHTOOL_A_RINGS_RX_MINI_MAX",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-jumbo-max",
            "ETHTOOL_A_RINGS_RX_JUMBO_MAX",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("tx-max", "ETHTOOL_A_RINGS_TX_MAX", 5, AttrType::U32),
        AttrDesc::new("rx", "ETHTOOL_A_RINGS_RX", 6, AttrType::U32),
        AttrDesc::new("rx-mini", "ETHTOOL_A_RINGS_RX_MINI", 7, AttrType::U32),
        AttrDesc::new("rx-jumbo", "ETHTOOL_A_RINGS_RX_JUMBO", 8, AttrType::U32),
        AttrDesc::new("tx", "ETHTOOL_A_RINGS_TX", 9, AttrType::U32),
        AttrDesc::new(
            "rx-buf-len",
            "ETHTOOL_A_RINGS_RX_BUF_LEN",
            10,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tcp-data-split",
            "ETHTOOL_A_RINGS_TCP_DATA_SPLIT",
            11,
            AttrType::U8,
        )
        .enumeration(&TCP_DATA_SPLIT),
        AttrDesc::new("cqe-size", "ETHTOOL_A_RINGS_CQE_SIZE", 12, AttrType::U32),
        AttrDesc::new("tx-push", "ETHTOOL_A_RINGS_TX_PUSH", 13, AttrType::U8),
        AttrDesc::new("rx-push", "ETHTOOL_A_RINGS_RX_PUSH", 14, AttrType::U8),
        AttrDesc::new(
            "tx-push-buf-len",
            "ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN",
            15,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-push-buf-len-max",
            "ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX",
            16,
            AttrType::U32,
        ),
        AttrDesc::new(
            "hds-thresh",
            "ETHTOOL_A_RINGS_HDS_THRESH",
            17,
            AttrType::U32,
        ),
        AttrDesc::new(
            "hds-thresh-max",
            "ETHTOOL_A_RINGS_HDS_THRESH_MAX",
            18,
            AttrType::U32,
        ),
    ],
);

/// The `mm-stat` attribute set, indexed by type.
pub static MM_STAT: AttrSet = AttrSet::new(
    "mm-stat",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_MM_STAT_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("pad", "ETHTOOL_A_MM_STAT_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "reassembly-errors",
            "ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS",
            2,
            AttrType::U64,
        ),
        AttrDesc::new(
            "smd-errors",
            "ETHTOOL_A_MM_STAT_SMD_ERRORS",
            3,
            AttrType::U64,
        ),
        AttrDesc::new(
            "reassembly-ok",
            "ETHTOOL_A_MM_STAT_REASSEMBLY_OK",
            4,
            AttrType::U64,
        ),
        AttrDesc::new(
            "rx-frag-count",
            "ETHTOOL_A_MM_STAT_RX_FRAG_COUNT",
            5,
            AttrType::U64,
        ),
        AttrDesc::new(
            "tx-frag-count",
            "ETHTOOL_A_MM_STAT_TX_FRAG_COUNT",
            6,
            AttrType::U64,
        ),
        AttrDesc::new(
            "hold-count",
            "ETHTOOL_A_MM_STAT_HOLD_COUNT",
            7,
            AttrType::U64,
        ),
    ],
);

/// The `mm` attribute set, indexed by type.
pub static MM: AttrSet = AttrSet::new(
    "mm",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_MM_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_MM_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("pmac-enabled", "ETHTOOL_A_MM_PMAC_ENABLED", 2, AttrType::U8),
        AttrDesc::new("tx-enabled", "ETHTOOL_A_MM_TX_ENABLED", 3, AttrType::U8),
        AttrDesc::new("tx-active", "ETHTOOL_A_MM_TX_ACTIVE", 4, AttrType::U8),
        AttrDesc::new(
            "tx-min-frag-size",
            "ETHTOOL_A_MM_TX_MIN_FRAG_SIZE",
            5,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-min-frag-size",
            "ETHTOOL_A_MM_RX_MIN_FRAG_SIZE",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "verify-enabled",
            "ETHTOOL_A_MM_VERIFY_ENABLED",
            7,
            AttrType::U8,
        ),
        AttrDesc::new(
            "verify-status",
            "ETHTOOL_A_MM_VERIFY_STATUS",
            8,
            AttrType::U8,
        ),
        AttrDesc::new("verify-time", "ETHTOOL_A_MM_VERIFY_TIME", 9, AttrType::U32),
        AttrDesc::new(
            "max-verify-time",
            "ETHTOOL_A_MM_MAX_VERIFY_TIME",
            10,
            AttrType::U32,
        ),
        AttrDesc::new("stats", "ETHTOOL_A_MM_STATS", 11, AttrType::Nest).nested(&MM_STAT),
    ],
);

/// The `linkinfo` attribute set, indexed by type.
pub static LINKINFO: AttrSet = AttrSet::new(
    "linkinfo",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_LINKINFO_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_LINKINFO_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("port", "ETHTOOL_A_LINKINFO_PORT", 2, AttrType::U8),
        AttrDesc::new("phyaddr", "ETHTOOL_A_LINKINFO_PHYADDR", 3, AttrType::U8),
        AttrDesc::new("tp-mdix", "ETHTOOL_A_LINKINFO_TP_MDIX", 4, AttrType::U8),
        AttrDesc::new(
            "tp-mdix-ctrl",
            "ETHTOOL_A_LINKINFO_TP_MDIX_CTRL",
            5,
            AttrType::U8,
        ),
        AttrDesc::new(
            "transceiver",
            "ETHTOOL_A_LINKINFO_TRANSCEIVER",
            6,
            AttrType::U8,
        ),
    ],
);

/// The `linkmodes` attribute set, indexed by type.
pub static LINKMODES: AttrSet = AttrSet::new(
    "linkmodes",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_LINKMODES_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_LINKMODES_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("autoneg", "ETHTOOL_A_LINKMODES_AUTONEG", 2, AttrType::U8),
        AttrDesc::new("ours", "ETHTOOL_A_LINKMODES_OURS", 3, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("peer", "ETHTOOL_A_LINKMODES_PEER", 4, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("speed", "ETHTOOL_A_LINKMODES_SPEED", 5, AttrType::U32),
        AttrDesc::new("duplex", "ETHTOOL_A_LINKMODES_DUPLEX", 6, AttrType::U8),
        AttrDesc::new(
            "master-slave-cfg",
            "ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG",
            7,
            AttrType::U8,
        ),
        AttrDesc::new(
            "master-slave-state",
            "ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE",
            8,
            AttrType::U8,
        ),
        AttrDesc::new("lanes", "ETHTOOL_A_LINKMODES_LANES", 9, AttrType::U32),
        AttrDesc::new(
            "rate-matching",
            "ETHTOOL_A_LINKMODES_RATE_MATCHING",
            10,
            AttrType::U8,
        ),
    ],
);

/// The `linkstate` attribute set, indexed by type.
pub static LINKSTATE: AttrSet = AttrSet::new(
    "linkstate",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_LINKSTATE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_LINKSTATE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("link", "ETHTOOL_A_LINKSTATE_LINK", 2, AttrType::U8),
        AttrDesc::new("sqi", "ETHTOOL_A_LINKSTATE_SQI", 3, AttrType::U32),
        AttrDesc::new("sqi-max", "ETHTOOL_A_LINKSTATE_SQI_MAX", 4, AttrType::U32),
        AttrDesc::new(
            "ext-state",
            "ETHTOOL_A_LINKSTATE_EXT_STATE",
            5,
            AttrType::U8,
        ),
        AttrDesc::new(
            "ext-substate",
            "ETHTOOL_A_LINKSTATE_EXT_SUBSTATE",
            6,
            AttrType::U8,
        ),
        AttrDesc::new(
            "ext-down-cnt",
            "ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT",
            7,
            AttrType::U32,
        ),
    ],
);

/// The `debug` attribute set, indexed by type.
pub static DEBUG: AttrSet = AttrSet::new(
    "debug",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_DEBUG_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_DEBUG_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("msgmask", "ETHTOOL_A_DEBUG_MSGMASK", 2, AttrType::Nest).nested(&BITSET),
    ],
);

/// The `wol` attribute set, indexed by type.
pub static WOL: AttrSet = AttrSet::new(
    "wol",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_WOL_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_WOL_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("modes", "ETHTOOL_A_WOL_MODES", 2, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("sopass", "ETHTOOL_A_WOL_SOPASS", 3, AttrType::Binary),
    ],
);

/// The `features` attribute set, indexed by type.
pub static FEATURES: AttrSet = AttrSet::new(
    "features",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_FEATURES_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_FEATURES_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("hw", "ETHTOOL_A_FEATURES_HW", 2, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("wanted", "ETHTOOL_A_FEATURES_WANTED", 3, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("active", "ETHTOOL_A_FEATURES_ACTIVE", 4, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("nochange", "ETHTOOL_A_FEATURES_NOCHANGE", 5, AttrType::Nest).nested(&BITSET),
    ],
);

/// The `channels` attribute set, indexed by type.
pub static CHANNELS: AttrSet = AttrSet::new(
    "channels",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_CHANNELS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_CHANNELS_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("rx-max", "ETHTOOL_A_CHANNELS_RX_MAX", 2, AttrType::U32),
        AttrDesc::new("tx-max", "ETHTOOL_A_CHANNELS_TX_MAX", 3, AttrType::U32),
        AttrDesc::new(
            "other-max",
            "ETHTOOL_A_CHANNELS_OTHER_MAX",
            4,
            AttrType::U32,
        ),
        AttrDesc::new(
            "combined-max",
            "ETHTOOL_A_CHANNELS_COMBINED_MAX",
            5,
            AttrType::U32,
        ),
        AttrDesc::new("rx-count", "ETHTOOL_A_CHANNELS_RX_COUNT", 6, AttrType::U32),
        AttrDesc::new("tx-count", "ETHTOOL_A_CHANNELS_TX_COUNT", 7, AttrType::U32),
        AttrDesc::new(
            "other-count",
            "ETHTOOL_A_CHANNELS_OTHER_COUNT",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "combined-count",
            "ETHTOOL_A_CHANNELS_COMBINED_COUNT",
            9,
            AttrType::U32,
        ),
    ],
);

/// The `irq-moderation` attribute set, indexed by type.
pub static IRQ_MODERATION: AttrSet = AttrSet::new(
    "irq-moderation",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_IRQ_MODERATION_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("usec", "ETHTOOL_A_IRQ_MODERATION_USEC", 1, AttrType::U32),
        AttrDesc::new("pkts", "ETHTOOL_A_IRQ_MODERATION_PKTS", 2, AttrType::U32),
        AttrDesc::new("comps", "ETHTOOL_A_IRQ_MODERATION_COMPS", 3, AttrType::U32),
    ],
);

/// The `profile` attribute set, indexed by type.
pub static PROFILE: AttrSet = AttrSet::new(
    "profile",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PROFILE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new(
            "irq-moderation",
            "ETHTOOL_A_PROFILE_IRQ_MODERATION",
            1,
            AttrType::Nest,
        )
        .nested(&IRQ_MODERATION)
        .multi(),
    ],
);

/// The `coalesce` attribute set, indexed by type.
pub static COALESCE: AttrSet = AttrSet::new(
    "coalesce",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_COALESCE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_COALESCE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("rx-usecs", "ETHTOOL_A_COALESCE_RX_USECS", 2, AttrType::U32),
        AttrDesc::new(
            "rx-max-frames",
            "ETHTOOL_A_COALESCE_RX_MAX_FRAMES",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-usecs-irq",
            "ETHTOOL_A_COALESCE_RX_USECS_IRQ",
            4,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-max-frames-irq",
            "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ",
            5,
            AttrType::U32,
        ),
        AttrDesc::new("tx-usecs", "ETHTOOL_A_COALESCE_TX_USECS", 6, AttrType::U32),
        AttrDesc::new(
            "tx-max-frames",
            "ETHTOOL_A_COALESCE_TX_MAX_FRAMES",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-usecs-irq",
            "ETHTOOL_A_COALESCE_TX_USECS_IRQ",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-max-frames-irq",
            "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ",
            9,
            AttrType::U32,
        ),
        AttrDesc::new(
            "stats-block-usecs",
            "ETHTOOL_A_COALESCE_STATS_BLOCK_USECS",
            10,
            AttrType::U32,
        ),
        AttrDesc::new(
            "use-adaptive-rx",
            "ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX",
            11,
            AttrType::U8,
        ),
        AttrDesc::new(
            "use-adaptive-tx",
            "ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX",
            12,
            AttrType::U8,
        ),
        AttrDesc::new(
            "pkt-rate-low",
            "ETHTOOL_A_COALESCE_PKT_RATE_LOW",
            13,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-usecs-low",
            "ETHTOOL_A_COALESCE_RX_USECS_LOW",
            14,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-max-frames-low",
            "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW",
            15,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-usecs-low",
            "ETHTOOL_A_COALESCE_TX_USECS_LOW",
            16,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-max-frames-low",
            "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW",
            17,
            AttrType::U32,
        ),
        AttrDesc::new(
            "pkt-rate-high",
            "ETHTOOL_A_COALESCE_PKT_RATE_HIGH",
            18,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-usecs-high",
            "ETHTOOL_A_COALESCE_RX_USECS_HIGH",
            19,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-max-frames-high",
            "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH",
            20,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-usecs-high",
            "ETHTOOL_A_COALESCE_TX_USECS_HIGH",
            21,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-max-frames-high",
            "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH",
            22,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rate-sample-interval",
            "ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL",
            23,
            AttrType::U32,
        ),
        AttrDesc::new(
            "use-cqe-mode-tx",
            "ETHTOOL_A_COALESCE_USE_CQE_MODE_TX",
            24,
            AttrType::U8,
        ),
        AttrDesc::new(
            "use-cqe-mode-rx",
            "ETHTOOL_A_COALESCE_USE_CQE_MODE_RX",
            25,
            AttrType::U8,
        ),
        AttrDesc::new(
            "tx-aggr-max-bytes",
            "ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES",
            26,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-aggr-max-frames",
            "ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES",
            27,
            AttrType::U32,
        ),
        AttrDesc::new(
            "tx-aggr-time-usecs",
            "ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS",
            28,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-profile",
            "ETHTOOL_A_COALESCE_RX_PROFILE",
            29,
            AttrType::Nest,
        )
        .nested(&PROFILE),
        AttrDesc::new(
            "tx-profile",
            "ETHTOOL_A_COALESCE_TX_PROFILE",
            30,
            AttrType::Nest,
        )
        .nested(&PROFILE),
        AttrDesc::new(
            "rx-cqe-frames",
            "ETHTOOL_A_COALESCE_RX_CQE_FRAMES",
            31,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rx-cqe-nsecs",
            "ETHTOOL_A_COALESCE_RX_CQE_NSECS",
            32,
            AttrType::U32,
        ),
    ],
);

/// The `pause-stat` attribute set, indexed by type.
pub static PAUSE_STAT: AttrSet = AttrSet::new(
    "pause-stat",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PAUSE_STAT_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("pad", "ETHTOOL_A_PAUSE_STAT_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "tx-frames",
            "ETHTOOL_A_PAUSE_STAT_TX_FRAMES",
            2,
            AttrType::U64,
        ),
        AttrDesc::new(
            "rx-frames",
            "ETHTOOL_A_PAUSE_STAT_RX_FRAMES",
            3,
            AttrType::U64,
        ),
        AttrDesc::new(
            "tx-pause-storm-events",
            "ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS",
            4,
            AttrType::U64,
        ),
    ],
);

/// The `pause` attribute set, indexed by type.
pub static PAUSE: AttrSet = AttrSet::new(
    "pause",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PAUSE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_PAUSE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("autoneg", "ETHTOOL_A_PAUSE_AUTONEG", 2, AttrType::U8),
        AttrDesc::new("rx", "ETHTOOL_A_PAUSE_RX", 3, AttrType::U8),
        AttrDesc::new("tx", "ETHTOOL_A_PAUSE_TX", 4, AttrType::U8),
        AttrDesc::new("stats", "ETHTOOL_A_PAUSE_STATS", 5, AttrType::Nest).nested(&PAUSE_STAT),
        AttrDesc::new("stats-src", "ETHTOOL_A_PAUSE_STATS_SRC", 6, AttrType::U32),
    ],
);

/// The `eee` attribute set, indexed by type.
pub static EEE: AttrSet = AttrSet::new(
    "eee",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_EEE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_EEE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("modes-ours", "ETHTOOL_A_EEE_MODES_OURS", 2, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("modes-peer", "ETHTOOL_A_EEE_MODES_PEER", 3, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("active", "ETHTOOL_A_EEE_ACTIVE", 4, AttrType::U8),
        AttrDesc::new("enabled", "ETHTOOL_A_EEE_ENABLED", 5, AttrType::U8),
        AttrDesc::new(
            "tx-lpi-enabled",
            "ETHTOOL_A_EEE_TX_LPI_ENABLED",
            6,
            AttrType::U8,
        ),
        AttrDesc::new(
            "tx-lpi-timer",
            "ETHTOOL_A_EEE_TX_LPI_TIMER",
            7,
            AttrType::U32,
        ),
    ],
);

/// The `ts-stat` attribute set, indexed by type.
pub static TS_STAT: AttrSet = AttrSet::new(
    "ts-stat",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_TS_STAT_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("tx-pkts", "ETHTOOL_A_TS_STAT_TX_PKTS", 1, AttrType::Uint),
        AttrDesc::new("tx-lost", "ETHTOOL_A_TS_STAT_TX_LOST", 2, AttrType::Uint),
        AttrDesc::new("tx-err", "ETHTOOL_A_TS_STAT_TX_ERR", 3, AttrType::Uint),
        AttrDesc::new(
            "tx-onestep-pkts-unconfirmed",
            "ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED",
            4,
            AttrType::Uint,
        ),
    ],
);

/// The `ts-hwtstamp-provider` attribute set, indexed by type.
pub static TS_HWTSTAMP_PROVIDER: AttrSet = AttrSet::new(
    "ts-hwtstamp-provider",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "index",
            "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX",
            1,
            AttrType::U32,
        ),
        AttrDesc::new(
            "qualifier",
            "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER",
            2,
            AttrType::U32,
        ),
    ],
);

/// The `tsinfo` attribute set, indexed by type.
pub static TSINFO: AttrSet = AttrSet::new(
    "tsinfo",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_TSINFO_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_TSINFO_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "timestamping",
            "ETHTOOL_A_TSINFO_TIMESTAMPING",
            2,
            AttrType::Nest,
        )
        .nested(&BITSET),
        AttrDesc::new("tx-types", "ETHTOOL_A_TSINFO_TX_TYPES", 3, AttrType::Nest).nested(&BITSET),
        AttrDesc::new(
            "rx-filters",
            "ETHTOOL_A_TSINFO_RX_FILTERS",
            4,
            AttrType::Nest,
        )
        .nested(&BITSET),
        AttrDesc::new("phc-index", "ETHTOOL_A_TSINFO_PHC_INDEX", 5, AttrType::U32),
        AttrDesc::new("stats", "ETHTOOL_A_TSINFO_STATS", 6, AttrType::Nest).nested(&TS_STAT),
        AttrDesc::new(
            "hwtstamp-provider",
            "ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER",
            7,
            AttrType::Nest,
        )
        .nested(&TS_HWTSTAMP_PROVIDER),
        AttrDesc::new(
            "hwtstamp-source",
            "ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE",
            8,
            AttrType::U32,
        )
        .enumeration(&HWTSTAMP_SOURCE),
        AttrDesc::new(
            "hwtstamp-phyindex",
            "ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX",
            9,
            AttrType::U32,
        ),
    ],
);

/// The `cable-result` attribute set, indexed by type.
pub static CABLE_RESULT: AttrSet = AttrSet::new(
    "cable-result",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_CABLE_RESULT_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("pair", "ETHTOOL_A_CABLE_RESULT_PAIR", 1, AttrType::U8),
        AttrDesc::new("code", "ETHTOOL_A_CABLE_RESULT_CODE", 2, AttrType::U8),
        AttrDesc::new("src", "ETHTOOL_A_CABLE_RESULT_SRC", 3, AttrType::U32),
    ],
);

/// The `cable-fault-length` attribute set, indexed by type.
pub static CABLE_FAULT_LENGTH: AttrSet = AttrSet::new(
    "cable-fault-length",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_CABLE_FAULT_LENGTH_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("pair", "ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR", 1, AttrType::U8),
        AttrDesc::new("cm", "ETHTOOL_A_CABLE_FAULT_LENGTH_CM", 2, AttrType::U32),
        AttrDesc::new("src", "ETHTOOL_A_CABLE_FAULT_LENGTH_SRC", 3, AttrType::U32),
    ],
);

/// The `cable-nest` attribute set, indexed by type.
pub static CABLE_NEST: AttrSet = AttrSet::new(
    "cable-nest",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_CABLE_NEST_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("result", "ETHTOOL_A_CABLE_NEST_RESULT", 1, AttrType::Nest)
            .nested(&CABLE_RESULT),
        AttrDesc::new(
            "fault-length",
            "ETHTOOL_A_CABLE_NEST_FAULT_LENGTH",
            2,
            AttrType::Nest,
        )
        .nested(&CABLE_FAULT_LENGTH),
    ],
);

/// The `cable-test` attribute set, indexed by type.
pub static CABLE_TEST: AttrSet = AttrSet::new(
    "cable-test",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_CABLE_TEST_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_CABLE_TEST_HEADER", 1, AttrType::Nest).nested(&HEADER),
    ],
);

/// The `cable-test-ntf` attribute set, indexed by type.
pub static CABLE_TEST_NTF: AttrSet = AttrSet::new(
    "cable-test-ntf",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_CABLE_TEST_NTF_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "header",
            "ETHTOOL_A_CABLE_TEST_NTF_HEADER",
            1,
            AttrType::Nest,
        )
        .nested(&HEADER),
        AttrDesc::new("status", "ETHTOOL_A_CABLE_TEST_NTF_STATUS", 2, AttrType::U8),
        AttrDesc::new("nest", "ETHTOOL_A_CABLE_TEST_NTF_NEST", 3, AttrType::Nest)
            .nested(&CABLE_NEST),
    ],
);

/// The `cable-test-tdr-cfg` attribute set, indexed by type.
pub static CABLE_TEST_TDR_CFG: AttrSet = AttrSet::new(
    "cable-test-tdr-cfg",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_CABLE_TEST_TDR_CFG_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "first",
            "ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST",
            1,
            AttrType::U32,
        ),
        AttrDesc::new(
            "last",
            "ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST",
            2,
            AttrType::U32,
        ),
        AttrDesc::new(
            "step",
            "ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP",
            3,
            AttrType::U32,
        ),
        AttrDesc::new("pair", "ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR", 4, AttrType::U8),
    ],
);

/// The `cable-test-tdr-ntf` attribute set, indexed by type.
pub static CABLE_TEST_TDR_NTF: AttrSet = AttrSet::new(
    "cable-test-tdr-ntf",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_CABLE_TEST_TDR_NTF_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "header",
            "ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER",
            1,
            AttrType::Nest,
        )
        .nested(&HEADER),
        AttrDesc::new(
            "status",
            "ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS",
            2,
            AttrType::U8,
        ),
        AttrDesc::new(
            "nest",
            "ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST",
            3,
            AttrType::Nest,
        )
        .nested(&CABLE_NEST),
    ],
);

/// The `cable-test-tdr` attribute set, indexed by type.
pub static CABLE_TEST_TDR: AttrSet = AttrSet::new(
    "cable-test-tdr",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_CABLE_TEST_TDR_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "header",
            "ETHTOOL_A_CABLE_TEST_TDR_HEADER",
            1,
            AttrType::Nest,
        )
        .nested(&HEADER),
        AttrDesc::new("cfg", "ETHTOOL_A_CABLE_TEST_TDR_CFG", 2, AttrType::Nest)
            .nested(&CABLE_TEST_TDR_CFG),
    ],
);

/// The `tunnel-udp-entry` attribute set, indexed by type.
pub static TUNNEL_UDP_ENTRY: AttrSet = AttrSet::new(
    "tunnel-udp-entry",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_TUNNEL_UDP_ENTRY_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("port", "ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT", 1, AttrType::U16).big_endian(),
        AttrDesc::new("type", "ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE", 2, AttrType::U32)
            .enumeration(&UDP_TUNNEL_TYPE),
    ],
);

/// The `tunnel-udp-table` attribute set, indexed by type.
pub static TUNNEL_UDP_TABLE: AttrSet = AttrSet::new(
    "tunnel-udp-table",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_TUNNEL_UDP_TABLE_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("size", "ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE", 1, AttrType::U32),
        AttrDesc::new(
            "types",
            "ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES",
            2,
            AttrType::Nest,
        )
        .nested(&BITSET),
        AttrDesc::new(
            "entry",
            "ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY",
            3,
            AttrType::Nest,
        )
        .nested(&TUNNEL_UDP_ENTRY)
        .multi(),
    ],
);

/// The `tunnel-udp` attribute set, indexed by type.
pub static TUNNEL_UDP: AttrSet = AttrSet::new(
    "tunnel-udp",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_TUNNEL_UDP_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("table", "ETHTOOL_A_TUNNEL_UDP_TABLE", 1, AttrType::Nest)
            .nested(&TUNNEL_UDP_TABLE),
    ],
);

/// The `tunnel-info` attribute set, indexed by type.
pub static TUNNEL_INFO: AttrSet = AttrSet::new(
    "tunnel-info",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_TUNNEL_INFO_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("header", "ETHTOOL_A_TUNNEL_INFO_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "udp-ports",
            "ETHTOOL_A_TUNNEL_INFO_UDP_PORTS",
            2,
            AttrType::Nest,
        )
        .nested(&TUNNEL_UDP),
    ],
);

/// The `fec-hist` attribute set, indexed by type.
pub static FEC_HIST: AttrSet = AttrSet::new(
    "fec-hist",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "ETHTOOL_A_FEC_HIST_PAD", 1, AttrType::Pad),
        AttrDesc::new("bin-low", "ETHTOOL_A_FEC_HIST_BIN_LOW", 2, AttrType::U32),
        AttrDesc::new("bin-high", "ETHTOOL_A_FEC_HIST_BIN_HIGH", 3, AttrType::U32),
        AttrDesc::new("bin-val", "ETHTOOL_A_FEC_HIST_BIN_VAL", 4, AttrType::Uint),
        AttrDesc::new(
            "bin-val-per-lane",
            "ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE",
            5,
            AttrType::Binary,
        )
        .sub_type(AttrType::U64),
    ],
);

/// The `fec-stat` attribute set, indexed by type.
pub static FEC_STAT: AttrSet = AttrSet::new(
    "fec-stat",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_FEC_STAT_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("pad", "ETHTOOL_A_FEC_STAT_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "corrected",
            "ETHTOOL_A_FEC_STAT_CORRECTED",
            2,
            AttrType::Binary,
        )
        .sub_type(AttrType::U64),
        AttrDesc::new("uncorr", "ETHTOOL_A_FEC_STAT_UNCORR", 3, AttrType::Binary)
            .sub_type(AttrType::U64),
        AttrDesc::new(
            "corr-bits",
            "ETHTOOL_A_FEC_STAT_CORR_BITS",
            4,
            AttrType::Binary,
        )
        .sub_type(AttrType::U64),
        AttrDesc::new("hist", "ETHTOOL_A_FEC_STAT_HIST", 5, AttrType::Nest)
            .nested(&FEC_HIST)
            .multi(),
    ],
);

/// The `fec` attribute set, indexed by type.
pub static FEC: AttrSet = AttrSet::new(
    "fec",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_FEC_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_FEC_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("modes", "ETHTOOL_A_FEC_MODES", 2, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("auto", "ETHTOOL_A_FEC_AUTO", 3, AttrType::U8),
        AttrDesc::new("active", "ETHTOOL_A_FEC_ACTIVE", 4, AttrType::U32),
        AttrDesc::new("stats", "ETHTOOL_A_FEC_STATS", 5, AttrType::Nest).nested(&FEC_STAT),
    ],
);

/// The `module-eeprom` attribute set, indexed by type.
pub static MODULE_EEPROM: AttrSet = AttrSet::new(
    "module-eeprom",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_MODULE_EEPROM_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "header",
            "ETHTOOL_A_MODULE_EEPROM_HEADER",
            1,
            AttrType::Nest,
        )
        .nested(&HEADER),
        AttrDesc::new("offset", "ETHTOOL_A_MODULE_EEPROM_OFFSET", 2, AttrType::U32),
        AttrDesc::new("length", "ETHTOOL_A_MODULE_EEPROM_LENGTH", 3, AttrType::U32),
        AttrDesc::new("page", "ETHTOOL_A_MODULE_EEPROM_PAGE", 4, AttrType::U8),
        AttrDesc::new("bank", "ETHTOOL_A_MODULE_EEPROM_BANK", 5, AttrType::U8),
        AttrDesc::new(
            "i2c-address",
            "ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS",
            6,
            AttrType::U8,
        ),
        AttrDesc::new("data", "ETHTOOL_A_MODULE_EEPROM_DATA", 7, AttrType::Binary),
    ],
);

/// The `stats-grp` attribute set, indexed by type.
pub static STATS_GRP: AttrSet = AttrSet::new(
    "stats-grp",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STATS_GRP_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("pad", "ETHTOOL_A_STATS_GRP_PAD", 1, AttrType::Pad),
        AttrDesc::new("id", "ETHTOOL_A_STATS_GRP_ID", 2, AttrType::U32),
        AttrDesc::new("ss-id", "ETHTOOL_A_STATS_GRP_SS_ID", 3, AttrType::U32),
        AttrDesc::new("stat", "ETHTOOL_A_STATS_GRP_STAT", 4, AttrType::U64),
        AttrDesc::new("hist-rx", "ETHTOOL_A_STATS_GRP_HIST_RX", 5, AttrType::Nest)
            .nested(&STATS_GRP_HIST),
        AttrDesc::new("hist-tx", "ETHTOOL_A_STATS_GRP_HIST_TX", 6, AttrType::Nest)
            .nested(&STATS_GRP_HIST),
        AttrDesc::new(
            "hist-bkt-low",
            "ETHTOOL_A_STATS_GRP_HIST_BKT_LOW",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "hist-bkt-hi",
            "ETHTOOL_A_STATS_GRP_HIST_BKT_HI",
            8,
            AttrType::U32,
        ),
        AttrDesc::new("hist-val", "ETHTOOL_A_STATS_GRP_HIST_VAL", 9, AttrType::U64),
    ],
);

/// The `stats-grp-hist` attribute set, indexed by type.
pub static STATS_GRP_HIST: AttrSet = AttrSet::new(
    "stats-grp-hist",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "hist-bkt-low",
            "ETHTOOL_A_STATS_GRP_HIST_BKT_LOW",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "hist-bkt-hi",
            "ETHTOOL_A_STATS_GRP_HIST_BKT_HI",
            8,
            AttrType::U32,
        ),
        AttrDesc::new("hist-val", "ETHTOOL_A_STATS_GRP_HIST_VAL", 9, AttrType::U64),
    ],
);

/// The `stats` attribute set, indexed by type.
pub static STATS: AttrSet = AttrSet::new(
    "stats",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_STATS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("pad", "ETHTOOL_A_STATS_PAD", 1, AttrType::Pad),
        AttrDesc::new("header", "ETHTOOL_A_STATS_HEADER", 2, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("groups", "ETHTOOL_A_STATS_GROUPS", 3, AttrType::Nest).nested(&BITSET),
        AttrDesc::new("grp", "ETHTOOL_A_STATS_GRP", 4, AttrType::Nest).nested(&STATS_GRP),
        AttrDesc::new("src", "ETHTOOL_A_STATS_SRC", 5, AttrType::U32),
    ],
);

/// The `phc-vclocks` attribute set, indexed by type.
pub static PHC_VCLOCKS: AttrSet = AttrSet::new(
    "phc-vclocks",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_PHC_VCLOCKS_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("header", "ETHTOOL_A_PHC_VCLOCKS_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("num", "ETHTOOL_A_PHC_VCLOCKS_NUM", 2, AttrType::U32),
        AttrDesc::new("index", "ETHTOOL_A_PHC_VCLOCKS_INDEX", 3, AttrType::Binary)
            .sub_type(AttrType::S32),
    ],
);

/// The `module` attribute set, indexed by type.
pub static MODULE: AttrSet = AttrSet::new(
    "module",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_MODULE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_MODULE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "power-mode-policy",
            "ETHTOOL_A_MODULE_POWER_MODE_POLICY",
            2,
            AttrType::U8,
        ),
        AttrDesc::new("power-mode", "ETHTOOL_A_MODULE_POWER_MODE", 3, AttrType::U8),
    ],
);

/// The `c33-pse-pw-limit` attribute set, indexed by type.
pub static C33_PSE_PW_LIMIT: AttrSet = AttrSet::new(
    "c33-pse-pw-limit",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_C33_PSE_PW_LIMIT_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("min", "ETHTOOL_A_C33_PSE_PW_LIMIT_MIN", 1, AttrType::U32),
        AttrDesc::new("max", "ETHTOOL_A_C33_PSE_PW_LIMIT_MAX", 2, AttrType::U32),
    ],
);

/// The `pse` attribute set, indexed by type.
pub static PSE: AttrSet = AttrSet::new(
    "pse",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PSE_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_PSE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "podl-pse-admin-state",
            "ETHTOOL_A_PODL_PSE_ADMIN_STATE",
            2,
            AttrType::U32,
        ),
        AttrDesc::new(
            "podl-pse-admin-control",
            "ETHTOOL_A_PODL_PSE_ADMIN_CONTROL",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "podl-pse-pw-d-status",
            "ETHTOOL_A_PODL_PSE_PW_D_STATUS",
            4,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-admin-state",
            "ETHTOOL_A_C33_PSE_ADMIN_STATE",
            5,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-admin-control",
            "ETHTOOL_A_C33_PSE_ADMIN_CONTROL",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-pw-d-status",
            "ETHTOOL_A_C33_PSE_PW_D_STATUS",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-pw-class",
            "ETHTOOL_A_C33_PSE_PW_CLASS",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-actual-pw",
            "ETHTOOL_A_C33_PSE_ACTUAL_PW",
            9,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-ext-state",
            "ETHTOOL_A_C33_PSE_EXT_STATE",
            10,
            AttrType::U32,
        )
        .enumeration(&C33_PSE_EXT_STATE),
        AttrDesc::new(
            "c33-pse-ext-substate",
            "ETHTOOL_A_C33_PSE_EXT_SUBSTATE",
            11,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-avail-pw-limit",
            "ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT",
            12,
            AttrType::U32,
        ),
        AttrDesc::new(
            "c33-pse-pw-limit-ranges",
            "ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES",
            13,
            AttrType::Nest,
        )
        .nested(&C33_PSE_PW_LIMIT)
        .multi(),
        AttrDesc::new("pse-pw-d-id", "ETHTOOL_A_PSE_PW_D_ID", 14, AttrType::U32),
        AttrDesc::new("pse-prio-max", "ETHTOOL_A_PSE_PRIO_MAX", 15, AttrType::U32),
        AttrDesc::new("pse-prio", "ETHTOOL_A_PSE_PRIO", 16, AttrType::U32),
    ],
);

/// The `flow` attribute set, indexed by type.
pub static FLOW: AttrSet = AttrSet::new(
    "flow",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ether", "ETHTOOL_A_FLOW_ETHER", 1, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("ip4", "ETHTOOL_A_FLOW_IP4", 2, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("ip6", "ETHTOOL_A_FLOW_IP6", 3, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("tcp4", "ETHTOOL_A_FLOW_TCP4", 4, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("tcp6", "ETHTOOL_A_FLOW_TCP6", 5, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("udp4", "ETHTOOL_A_FLOW_UDP4", 6, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("udp6", "ETHTOOL_A_FLOW_UDP6", 7, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("sctp4", "ETHTOOL_A_FLOW_SCTP4", 8, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("sctp6", "ETHTOOL_A_FLOW_SCTP6", 9, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("ah4", "ETHTOOL_A_FLOW_AH4", 10, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("ah6", "ETHTOOL_A_FLOW_AH6", 11, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("esp4", "ETHTOOL_A_FLOW_ESP4", 12, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("esp6", "ETHTOOL_A_FLOW_ESP6", 13, AttrType::Uint).enumeration(&RXFH_FIELDS),
        AttrDesc::new("ah-esp4", "ETHTOOL_A_FLOW_AH_ESP4", 14, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("ah-esp6", "ETHTOOL_A_FLOW_AH_ESP6", 15, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu4", "ETHTOOL_A_FLOW_GTPU4", 16, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu6", "ETHTOOL_A_FLOW_GTPU6", 17, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpc4", "ETHTOOL_A_FLOW_GTPC4", 18, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpc6", "ETHTOOL_A_FLOW_GTPC6", 19, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new(
            "gtpc-teid4",
            "ETHTOOL_A_FLOW_GTPC_TEID4",
            20,
            AttrType::Uint,
        )
        .enumeration(&RXFH_FIELDS),
        AttrDesc::new(
            "gtpc-teid6",
            "ETHTOOL_A_FLOW_GTPC_TEID6",
            21,
            AttrType::Uint,
        )
        .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu-eh4", "ETHTOOL_A_FLOW_GTPU_EH4", 22, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu-eh6", "ETHTOOL_A_FLOW_GTPU_EH6", 23, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu-ul4", "ETHTOOL_A_FLOW_GTPU_UL4", 24, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu-ul6", "ETHTOOL_A_FLOW_GTPU_UL6", 25, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu-dl4", "ETHTOOL_A_FLOW_GTPU_DL4", 26, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
        AttrDesc::new("gtpu-dl6", "ETHTOOL_A_FLOW_GTPU_DL6", 27, AttrType::Uint)
            .enumeration(&RXFH_FIELDS),
    ],
);

/// The `rss` attribute set, indexed by type.
pub static RSS: AttrSet = AttrSet::new(
    "rss",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_RSS_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_RSS_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("context", "ETHTOOL_A_RSS_CONTEXT", 2, AttrType::U32),
        AttrDesc::new("hfunc", "ETHTOOL_A_RSS_HFUNC", 3, AttrType::U32),
        AttrDesc::new("indir", "ETHTOOL_A_RSS_INDIR", 4, AttrType::Binary).sub_type(AttrType::U32),
        AttrDesc::new("hkey", "ETHTOOL_A_RSS_HKEY", 5, AttrType::Binary),
        AttrDesc::new("input-xfrm", "ETHTOOL_A_RSS_INPUT_XFRM", 6, AttrType::U32)
            .enumeration(&INPUT_XFRM),
        AttrDesc::new(
            "start-context",
            "ETHTOOL_A_RSS_START_CONTEXT",
            7,
            AttrType::U32,
        ),
        AttrDesc::new("flow-hash", "ETHTOOL_A_RSS_FLOW_HASH", 8, AttrType::Nest).nested(&FLOW),
    ],
);

/// The `plca` attribute set, indexed by type.
pub static PLCA: AttrSet = AttrSet::new(
    "plca",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PLCA_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_PLCA_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("version", "ETHTOOL_A_PLCA_VERSION", 2, AttrType::U16),
        AttrDesc::new("enabled", "ETHTOOL_A_PLCA_ENABLED", 3, AttrType::U8),
        AttrDesc::new("status", "ETHTOOL_A_PLCA_STATUS", 4, AttrType::U8),
        AttrDesc::new("node-cnt", "ETHTOOL_A_PLCA_NODE_CNT", 5, AttrType::U32),
        AttrDesc::new("node-id", "ETHTOOL_A_PLCA_NODE_ID", 6, AttrType::U32),
        AttrDesc::new("to-tmr", "ETHTOOL_A_PLCA_TO_TMR", 7, AttrType::U32),
        AttrDesc::new("burst-cnt", "ETHTOOL_A_PLCA_BURST_CNT", 8, AttrType::U32),
        AttrDesc::new("burst-tmr", "ETHTOOL_A_PLCA_BURST_TMR", 9, AttrType::U32),
    ],
);

/// The `module-fw-flash` attribute set, indexed by type.
pub static MODULE_FW_FLASH: AttrSet = AttrSet::new(
    "module-fw-flash",
    &[
        AttrDesc::new(
            "unspec",
            "ETHTOOL_A_MODULE_FW_FLASH_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new(
            "header",
            "ETHTOOL_A_MODULE_FW_FLASH_HEADER",
            1,
            AttrType::Nest,
        )
        .nested(&HEADER),
        AttrDesc::new(
            "file-name",
            "ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME",
            2,
            AttrType::String,
        ),
        AttrDesc::new(
            "password",
            "ETHTOOL_A_MODULE_FW_FLASH_PASSWORD",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "status",
            "ETHTOOL_A_MODULE_FW_FLASH_STATUS",
            4,
            AttrType::U32,
        )
        .enumeration(&MODULE_FW_FLASH_STATUS),
        AttrDesc::new(
            "status-msg",
            "ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG",
            5,
            AttrType::String,
        ),
        AttrDesc::new("done", "ETHTOOL_A_MODULE_FW_FLASH_DONE", 6, AttrType::Uint),
        AttrDesc::new(
            "total",
            "ETHTOOL_A_MODULE_FW_FLASH_TOTAL",
            7,
            AttrType::Uint,
        ),
    ],
);

/// The `phy` attribute set, indexed by type.
pub static PHY: AttrSet = AttrSet::new(
    "phy",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_PHY_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_PHY_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("index", "ETHTOOL_A_PHY_INDEX", 2, AttrType::U32),
        AttrDesc::new("drvname", "ETHTOOL_A_PHY_DRVNAME", 3, AttrType::String),
        AttrDesc::new("name", "ETHTOOL_A_PHY_NAME", 4, AttrType::String),
        AttrDesc::new(
            "upstream-type",
            "ETHTOOL_A_PHY_UPSTREAM_TYPE",
            5,
            AttrType::U32,
        )
        .enumeration(&PHY_UPSTREAM_TYPE),
        AttrDesc::new(
            "upstream-index",
            "ETHTOOL_A_PHY_UPSTREAM_INDEX",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "upstream-sfp-name",
            "ETHTOOL_A_PHY_UPSTREAM_SFP_NAME",
            7,
            AttrType::String,
        ),
        AttrDesc::new(
            "downstream-sfp-name",
            "ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME",
            8,
            AttrType::String,
        ),
    ],
);

/// The `tsconfig` attribute set, indexed by type.
pub static TSCONFIG: AttrSet = AttrSet::new(
    "tsconfig",
    &[
        AttrDesc::new("unspec", "ETHTOOL_A_TSCONFIG_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("header", "ETHTOOL_A_TSCONFIG_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "hwtstamp-provider",
            "ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER",
            2,
            AttrType::Nest,
        )
        .nested(&TS_HWTSTAMP_PROVIDER),
        AttrDesc::new("tx-types", "ETHTOOL_A_TSCONFIG_TX_TYPES", 3, AttrType::Nest).nested(&BITSET),
        AttrDesc::new(
            "rx-filters",
            "ETHTOOL_A_TSCONFIG_RX_FILTERS",
            4,
            AttrType::Nest,
        )
        .nested(&BITSET),
        AttrDesc::new(
            "hwtstamp-flags",
            "ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS",
            5,
            AttrType::Nest,
        )
        .nested(&BITSET),
    ],
);

/// The `pse-ntf` attribute set, indexed by type.
pub static PSE_NTF: AttrSet = AttrSet::new(
    "pse-ntf",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("header", "ETHTOOL_A_PSE_NTF_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new("events", "ETHTOOL_A_PSE_NTF_EVENTS", 2, AttrType::Uint)
            .enumeration(&PSE_EVENT),
    ],
);

/// The `mse-capabilities` attribute set, indexed by type.
pub static MSE_CAPABILITIES: AttrSet = AttrSet::new(
    "mse-capabilities",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "max-average-mse",
            "ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE",
            1,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "max-peak-mse",
            "ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE",
            2,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "refresh-rate-ps",
            "ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS",
            3,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "num-symbols",
            "ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS",
            4,
            AttrType::Uint,
        ),
    ],
);

/// The `mse-snapshot` attribute set, indexed by type.
pub static MSE_SNAPSHOT: AttrSet = AttrSet::new(
    "mse-snapshot",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "average-mse",
            "ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE",
            1,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "peak-mse",
            "ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE",
            2,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "worst-peak-mse",
            "ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE",
            3,
            AttrType::Uint,
        ),
    ],
);

/// The `mse` attribute set, indexed by type.
pub static MSE: AttrSet = AttrSet::new(
    "mse",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("header", "ETHTOOL_A_MSE_HEADER", 1, AttrType::Nest).nested(&HEADER),
        AttrDesc::new(
            "capabilities",
            "ETHTOOL_A_MSE_CAPABILITIES",
            2,
            AttrType::Nest,
        )
        .nested(&MSE_CAPABILITIES),
        AttrDesc::new("channel-a", "ETHTOOL_A_MSE_CHANNEL_A", 3, AttrType::Nest)
            .nested(&MSE_SNAPSHOT),
        AttrDesc::new("channel-b", "ETHTOOL_A_MSE_CHANNEL_B", 4, AttrType::Nest)
            .nested(&MSE_SNAPSHOT),
        AttrDesc::new("channel-c", "ETHTOOL_A_MSE_CHANNEL_C", 5, AttrType::Nest)
            .nested(&MSE_SNAPSHOT),
        AttrDesc::new("channel-d", "ETHTOOL_A_MSE_CHANNEL_D", 6, AttrType::Nest)
            .nested(&MSE_SNAPSHOT),
        AttrDesc::new(
            "worst-channel",
            "ETHTOOL_A_MSE_WORST_CHANNEL",
            7,
            AttrType::Nest,
        )
        .nested(&MSE_SNAPSHOT),
        AttrDesc::new("link", "ETHTOOL_A_MSE_LINK", 8, AttrType::Nest).nested(&MSE_SNAPSHOT),
    ],
);
