//! Descriptor tables of `mptcp_pm`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `event-type` enum.
pub static EVENT_TYPE: EnumDesc = EnumDesc::new(
    "event-type",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "MPTCP_EVENT_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "created",
            c_name: "MPTCP_EVENT_CREATED",
            value: 1,
        },
        EnumEntry {
            name: "established",
            c_name: "MPTCP_EVENT_ESTABLISHED",
            value: 2,
        },
        EnumEntry {
            name: "closed",
            c_name: "MPTCP_EVENT_CLOSED",
            value: 3,
        },
        EnumEntry {
            name: "announced",
            c_name: "MPTCP_EVENT_ANNOUNCED",
            value: 6,
        },
        EnumEntry {
            name: "removed",
            c_name: "MPTCP_EVENT_REMOVED",
            value: 7,
        },
        EnumEntry {
            name: "sub-established",
            c_name: "MPTCP_EVENT_SUB_ESTABLISHED",
            value: 10,
        },
        EnumEntry {
            name: "sub-closed",
            c_name: "MPTCP_EVENT_SUB_CLOSED",
            value: 11,
        },
        EnumEntry {
            name: "sub-priority",
            c_name: "MPTCP_EVENT_SUB_PRIORITY",
            value: 13,
        },
        EnumEntry {
            name: "listener-created",
            c_name: "MPTCP_EVENT_LISTENER_CREATED",
            value: 15,
        },
        EnumEntry {
            name: "listener-closed",
            c_name: "MPTCP_EVENT_LISTENER_CLOSED",
            value: 16,
        },
    ],
);

/// The `address` attribute set, indexed by type.
pub static ADDRESS: AttrSet = AttrSet::new(
    "address",
    &[
        AttrDesc::new("unspec", "MPTCP_PM_ADDR_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("family", "MPTCP_PM_ADDR_ATTR_FAMILY", 1, AttrType::U16),
        AttrDesc::new("id", "MPTCP_PM_ADDR_ATTR_ID", 2, AttrType::U8),
        AttrDesc::new("addr4", "MPTCP_PM_ADDR_ATTR_ADDR4", 3, AttrType::U32).big_endian(),
        AttrDesc::new("addr6", "MPTCP_PM_ADDR_ATTR_ADDR6", 4, AttrType::Binary).exact_len(16),
        AttrDesc::new("port", "MPTCP_PM_ADDR_ATTR_PORT", 5, AttrType::U16),
        AttrDesc::new("flags", "MPTCP_PM_ADDR_ATTR_FLAGS", 6, AttrType::U32),
        AttrDesc::new("if-idx", "MPTCP_PM_ADDR_ATTR_IF_IDX", 7, AttrType::S32),
    ],
);

/// The `subflow-attribute` attribute set, indexed by type.
pub static SUBFLOW_ATTRIBUTE: AttrSet = AttrSet::new(
    "subflow-attribute",
    &[
        AttrDesc::new("unspec", "MPTCP_SUBFLOW_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new(
            "token-rem",
            "MPTCP_SUBFLOW_ATTR_TOKEN_REM",
            1,
            AttrType::U32,
        ),
        AttrDesc::new(
            "token-loc",
            "MPTCP_SUBFLOW_ATTR_TOKEN_LOC",
            2,
            AttrType::U32,
        ),
        AttrDesc::new(
            "relwrite-seq",
            "MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ",
            3,
            AttrType::U32,
        ),
        AttrDesc::new("map-seq", "MPTCP_SUBFLOW_ATTR_MAP_SEQ", 4, AttrType::U64),
        AttrDesc::new(
            "map-sfseq",
            "MPTCP_SUBFLOW_ATTR_MAP_SFSEQ",
            5,
            AttrType::U32,
        ),
        AttrDesc::new(
            "ssn-offset",
            "MPTCP_SUBFLOW_ATTR_SSN_OFFSET",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "map-datalen",
            "MPTCP_SUBFLOW_ATTR_MAP_DATALEN",
            7,
            AttrType::U16,
        ),
        AttrDesc::new("flags", "MPTCP_SUBFLOW_ATTR_FLAGS", 8, AttrType::U32),
        AttrDesc::new("id-rem", "MPTCP_SUBFLOW_ATTR_ID_REM", 9, AttrType::U8),
        AttrDesc::new("id-loc", "MPTCP_SUBFLOW_ATTR_ID_LOC", 10, AttrType::U8),
        AttrDesc::new("pad", "MPTCP_SUBFLOW_ATTR_PAD", 11, AttrType::Pad),
    ],
);

/// The `endpoint` attribute set, indexed by type.
pub static ENDPOINT: AttrSet = AttrSet::new(
    "endpoint",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("addr", "MPTCP_PM_ENDPOINT_ADDR", 1, AttrType::Nest).nested(&ADDRESS),
    ],
);

/// The `attr` attribute set, indexed by type.
pub static ATTR: AttrSet = AttrSet::new(
    "attr",
    &[
        AttrDesc::new("unspec", "MPTCP_PM_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("addr", "MPTCP_PM_ATTR_ADDR", 1, AttrType::Nest).nested(&ADDRESS),
        AttrDesc::new(
            "rcv-add-addrs",
            "MPTCP_PM_ATTR_RCV_ADD_ADDRS",
            2,
            AttrType::U32,
        ),
        AttrDesc::new("subflows", "MPTCP_PM_ATTR_SUBFLOWS", 3, AttrType::U32),
        AttrDesc::new("token", "MPTCP_PM_ATTR_TOKEN", 4, AttrType::U32),
        AttrDesc::new("loc-id", "MPTCP_PM_ATTR_LOC_ID", 5, AttrType::U8),
        AttrDesc::new(
            "addr-remote",
            "MPTCP_PM_ATTR_ADDR_REMOTE",
            6,
            AttrType::Nest,
        )
        .nested(&ADDRESS),
    ],
);

/// The `event-attr` attribute set, indexed by type.
pub static EVENT_ATTR: AttrSet = AttrSet::new(
    "event-attr",
    &[
        AttrDesc::new("unspec", "MPTCP_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("token", "MPTCP_ATTR_TOKEN", 1, AttrType::U32),
        AttrDesc::new("family", "MPTCP_ATTR_FAMILY", 2, AttrType::U16),
        AttrDesc::new("loc-id", "MPTCP_ATTR_LOC_ID", 3, AttrType::U8),
        AttrDesc::new("rem-id", "MPTCP_ATTR_REM_ID", 4, AttrType::U8),
        AttrDesc::new("saddr4", "MPTCP_ATTR_SADDR4", 5, AttrType::U32).big_endian(),
        AttrDesc::new("saddr6", "MPTCP_ATTR_SADDR6", 6, AttrType::Binary).min_len(16),
        AttrDesc::new("daddr4", "MPTCP_ATTR_DADDR4", 7, AttrType::U32).big_endian(),
        AttrDesc::new("daddr6", "MPTCP_ATTR_DADDR6", 8, AttrType::Binary).min_len(16),
        AttrDesc::new("sport", "MPTCP_ATTR_SPORT", 9, AttrType::U16).big_endian(),
        AttrDesc::new("dport", "MPTCP_ATTR_DPORT", 10, AttrType::U16).big_endian(),
        AttrDesc::new("backup", "MPTCP_ATTR_BACKUP", 11, AttrType::U8),
        AttrDesc::new("error", "MPTCP_ATTR_ERROR", 12, AttrType::U8),
        AttrDesc::new("flags", "MPTCP_ATTR_FLAGS", 13, AttrType::U16),
        AttrDesc::new("timeout", "MPTCP_ATTR_TIMEOUT", 14, AttrType::U32),
        AttrDesc::new("if-idx", "MPTCP_ATTR_IF_IDX", 15, AttrType::S32),
        AttrDesc::new("reset-reason", "MPTCP_ATTR_RESET_REASON", 16, AttrType::U32),
        AttrDesc::new("reset-flags", "MPTCP_ATTR_RESET_FLAGS", 17, AttrType::U32),
        AttrDesc::new("server-side", "MPTCP_ATTR_SERVER_SIDE", 18, AttrType::U8),
    ],
);
