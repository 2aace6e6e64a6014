//! Descriptor tables of `psp`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `version` enum.
pub static VERSION: EnumDesc = EnumDesc::new(
    "version",
    false,
    &[
        EnumEntry {
            name: "hdr0-aes-gcm-128",
            c_name: "PSP_VERSION_HDR0_AES_GCM_128",
            value: 0,
        },
        EnumEntry {
            name: "hdr0-aes-gcm-256",
            c_name: "PSP_VERSION_HDR0_AES_GCM_256",
            value: 1,
        },
        EnumEntry {
            name: "hdr0-aes-gmac-128",
            c_name: "PSP_VERSION_HDR0_AES_GMAC_128",
            value: 2,
        },
        EnumEntry {
            name: "hdr0-aes-gmac-256",
            c_name: "PSP_VERSION_HDR0_AES_GMAC_256",
            value: 3,
        },
    ],
);

/// The `assoc-dev-info` attribute set, indexed by type.
pub static ASSOC_DEV_INFO: AttrSet = AttrSet::new(
    "assoc-dev-info",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "PSP_A_ASSOC_DEV_INFO_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("nsid", "PSP_A_ASSOC_DEV_INFO_NSID", 2, AttrType::S32),
    ],
);

/// The `dev` attribute set, indexed by type.
pub static DEV: AttrSet = AttrSet::new(
    "dev",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "PSP_A_DEV_ID", 1, AttrType::U32).min(1),
        AttrDesc::new("ifindex", "PSP_A_DEV_IFINDEX", 2, AttrType::U32),
        AttrDesc::new(
            "psp-versions-cap",
            "PSP_A_DEV_PSP_VERSIONS_CAP",
            3,
            AttrType::U32,
        )
        .enumeration(&VERSION),
        AttrDesc::new(
            "psp-versions-ena",
            "PSP_A_DEV_PSP_VERSIONS_ENA",
            4,
            AttrType::U32,
        )
        .enumeration(&VERSION),
        AttrDesc::new("assoc-list", "PSP_A_DEV_ASSOC_LIST", 5, AttrType::Nest)
            .nested(&ASSOC_DEV_INFO)
            .multi(),
        AttrDesc::new("nsid", "PSP_A_DEV_NSID", 6, AttrType::S32),
        AttrDesc::new(
            "by-association",
            "PSP_A_DEV_BY_ASSOCIATION",
            7,
            AttrType::Flag,
        ),
    ],
);

/// The `assoc` attribute set, indexed by type.
pub static ASSOC: AttrSet = AttrSet::new(
    "assoc",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dev-id", "PSP_A_ASSOC_DEV_ID", 1, AttrType::U32).min(1),
        AttrDesc::new("version", "PSP_A_ASSOC_VERSION", 2, AttrType::U32).enumeration(&VERSION),
        AttrDesc::new("rx-key", "PSP_A_ASSOC_RX_KEY", 3, AttrType::Nest).nested(&KEYS),
        AttrDesc::new("tx-key", "PSP_A_ASSOC_TX_KEY", 4, AttrType::Nest).nested(&KEYS),
        AttrDesc::new("sock-fd", "PSP_A_ASSOC_SOCK_FD", 5, AttrType::U32),
    ],
);

/// The `keys` attribute set, indexed by type.
pub static KEYS: AttrSet = AttrSet::new(
    "keys",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("key", "PSP_A_KEYS_KEY", 1, AttrType::Binary),
        AttrDesc::new("spi", "PSP_A_KEYS_SPI", 2, AttrType::U32),
    ],
);

/// The `stats` attribute set, indexed by type.
pub static STATS: AttrSet = AttrSet::new(
    "stats",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dev-id", "PSP_A_STATS_DEV_ID", 1, AttrType::U32).min(1),
        AttrDesc::new(
            "key-rotations",
            "PSP_A_STATS_KEY_ROTATIONS",
            2,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "stale-events",
            "PSP_A_STATS_STALE_EVENTS",
            3,
            AttrType::Uint,
        ),
        AttrDesc::new("rx-packets", "PSP_A_STATS_RX_PACKETS", 4, AttrType::Uint),
        AttrDesc::new("rx-bytes", "PSP_A_STATS_RX_BYTES", 5, AttrType::Uint),
        AttrDesc::new(
            "rx-auth-fail",
            "PSP_A_STATS_RX_AUTH_FAIL",
            6,
            AttrType::Uint,
        ),
        AttrDesc::new("rx-error", "PSP_A_STATS_RX_ERROR", 7, AttrType::Uint),
        AttrDesc::new("rx-bad", "PSP_A_STATS_RX_BAD", 8, AttrType::Uint),
        AttrDesc::new("tx-packets", "PSP_A_STATS_TX_PACKETS", 9, AttrType::Uint),
        AttrDesc::new("tx-bytes", "PSP_A_STATS_TX_BYTES", 10, AttrType::Uint),
        AttrDesc::new("tx-error", "PSP_A_STATS_TX_ERROR", 11, AttrType::Uint),
    ],
);
