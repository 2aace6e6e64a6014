//! Descriptor tables of `sunrpc`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `cache-type` flags.
pub static CACHE_TYPE: EnumDesc = EnumDesc::new(
    "cache-type",
    true,
    &[
        EnumEntry {
            name: "ip_map",
            c_name: "SUNRPC_CACHE_TYPE_IP_MAP",
            value: 1,
        },
        EnumEntry {
            name: "unix_gid",
            c_name: "SUNRPC_CACHE_TYPE_UNIX_GID",
            value: 2,
        },
    ],
);

/// The `cache-notify` attribute set, indexed by type.
pub static CACHE_NOTIFY: AttrSet = AttrSet::new(
    "cache-notify",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "cache-type",
            "SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE",
            1,
            AttrType::U32,
        )
        .enumeration(&CACHE_TYPE),
    ],
);

/// The `ip-map` attribute set, indexed by type.
pub static IP_MAP: AttrSet = AttrSet::new(
    "ip-map",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("seqno", "SUNRPC_A_IP_MAP_SEQNO", 1, AttrType::U64),
        AttrDesc::new("class", "SUNRPC_A_IP_MAP_CLASS", 2, AttrType::String),
        AttrDesc::new("addr", "SUNRPC_A_IP_MAP_ADDR", 3, AttrType::String),
        AttrDesc::new("domain", "SUNRPC_A_IP_MAP_DOMAIN", 4, AttrType::String),
        AttrDesc::new("negative", "SUNRPC_A_IP_MAP_NEGATIVE", 5, AttrType::Flag),
        AttrDesc::new("expiry", "SUNRPC_A_IP_MAP_EXPIRY", 6, AttrType::U64),
    ],
);

/// The `ip-map-reqs` attribute set, indexed by type.
pub static IP_MAP_REQS: AttrSet = AttrSet::new(
    "ip-map-reqs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "requests",
            "SUNRPC_A_IP_MAP_REQS_REQUESTS",
            1,
            AttrType::Nest,
        )
        .nested(&IP_MAP)
        .multi(),
    ],
);

/// The `unix-gid` attribute set, indexed by type.
pub static UNIX_GID: AttrSet = AttrSet::new(
    "unix-gid",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("seqno", "SUNRPC_A_UNIX_GID_SEQNO", 1, AttrType::U64),
        AttrDesc::new("uid", "SUNRPC_A_UNIX_GID_UID", 2, AttrType::U32),
        AttrDesc::new("gids", "SUNRPC_A_UNIX_GID_GIDS", 3, AttrType::U32).multi(),
        AttrDesc::new("negative", "SUNRPC_A_UNIX_GID_NEGATIVE", 4, AttrType::Flag),
        AttrDesc::new("expiry", "SUNRPC_A_UNIX_GID_EXPIRY", 5, AttrType::U64),
    ],
);

/// The `unix-gid-reqs` attribute set, indexed by type.
pub static UNIX_GID_REQS: AttrSet = AttrSet::new(
    "unix-gid-reqs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "requests",
            "SUNRPC_A_UNIX_GID_REQS_REQUESTS",
            1,
            AttrType::Nest,
        )
        .nested(&UNIX_GID)
        .multi(),
    ],
);

/// The `cache-flush` attribute set, indexed by type.
pub static CACHE_FLUSH: AttrSet = AttrSet::new(
    "cache-flush",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mask", "SUNRPC_A_CACHE_FLUSH_MASK", 1, AttrType::U32)
            .enumeration(&CACHE_TYPE),
    ],
);
