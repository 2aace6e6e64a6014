//! Descriptor tables of `wireguard`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `wgdevice-flags` flags.
pub static WGDEVICE_FLAGS: EnumDesc = EnumDesc::new(
    "wgdevice-flags",
    true,
    &[EnumEntry {
        name: "replace-peers",
        c_name: "WGDEVICE_F_REPLACE_PEERS",
        value: 1,
    }],
);

/// The `wgpeer-flags` flags.
pub static WGPEER_FLAGS: EnumDesc = EnumDesc::new(
    "wgpeer-flags",
    true,
    &[
        EnumEntry {
            name: "remove-me",
            c_name: "WGPEER_F_REMOVE_ME",
            value: 1,
        },
        EnumEntry {
            name: "replace-allowedips",
            c_name: "WGPEER_F_REPLACE_ALLOWEDIPS",
            value: 2,
        },
        EnumEntry {
            name: "update-only",
            c_name: "WGPEER_F_UPDATE_ONLY",
            value: 4,
        },
    ],
);

/// The `wgallowedip-flags` flags.
pub static WGALLOWEDIP_FLAGS: EnumDesc = EnumDesc::new(
    "wgallowedip-flags",
    true,
    &[EnumEntry {
        name: "remove-me",
        c_name: "WGALLOWEDIP_F_REMOVE_ME",
        value: 1,
    }],
);

/// The layout of `struct __kernel_timespec`.
pub static __KERNEL_TIMESPEC: StructDesc = StructDesc::new(
    "--kernel-timespec",
    "struct __kernel_timespec",
    16,
    &[
        Member::new("sec", 0, 8, AttrType::U64),
        Member::new("nsec", 8, 8, AttrType::U64),
    ],
);

/// The `wgdevice` attribute set, indexed by type.
pub static WGDEVICE: AttrSet = AttrSet::new(
    "wgdevice",
    &[
        AttrDesc::new("unspec", "WGDEVICE_A_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("ifindex", "WGDEVICE_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("ifname", "WGDEVICE_A_IFNAME", 2, AttrType::String).max_len(15),
        AttrDesc::new("private-key", "WGDEVICE_A_PRIVATE_KEY", 3, AttrType::Binary)
            .display(Display::Hex),
        AttrDesc::new("public-key", "WGDEVICE_A_PUBLIC_KEY", 4, AttrType::Binary)
            .display(Display::Hex),
        AttrDesc::new("flags", "WGDEVICE_A_FLAGS", 5, AttrType::U32).enumeration(&WGDEVICE_FLAGS),
        AttrDesc::new("listen-port", "WGDEVICE_A_LISTEN_PORT", 6, AttrType::U16),
        AttrDesc::new("fwmark", "WGDEVICE_A_FWMARK", 7, AttrType::U32),
        AttrDesc::new("peers", "WGDEVICE_A_PEERS", 8, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&WGPEER),
    ],
);

/// The `wgpeer` attribute set, indexed by type.
pub static WGPEER: AttrSet = AttrSet::new(
    "wgpeer",
    &[
        AttrDesc::new("unspec", "WGPEER_A_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("public-key", "WGPEER_A_PUBLIC_KEY", 1, AttrType::Binary)
            .display(Display::Hex),
        AttrDesc::new(
            "preshared-key",
            "WGPEER_A_PRESHARED_KEY",
            2,
            AttrType::Binary,
        )
        .display(Display::Hex),
        AttrDesc::new("flags", "WGPEER_A_FLAGS", 3, AttrType::U32).enumeration(&WGPEER_FLAGS),
        AttrDesc::new("endpoint", "WGPEER_A_ENDPOINT", 4, AttrType::Binary).min_len(16),
        AttrDesc::new(
            "persistent-keepalive-interval",
            "WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL",
            5,
            AttrType::U16,
        ),
        AttrDesc::new(
            "last-handshake-time",
            "WGPEER_A_LAST_HANDSHAKE_TIME",
            6,
            AttrType::Binary,
        )
        .header(&__KERNEL_TIMESPEC)
        .exact_len(16),
        AttrDesc::new("rx-bytes", "WGPEER_A_RX_BYTES", 7, AttrType::U64),
        AttrDesc::new("tx-bytes", "WGPEER_A_TX_BYTES", 8, AttrType::U64),
        AttrDesc::new(
            "allowedips",
            "WGPEER_A_ALLOWEDIPS",
            9,
            AttrType::IndexedArray,
        )
        .sub_type(AttrType::Nest)
        .nested(&WGALLOWEDIP),
        AttrDesc::new(
            "protocol-version",
            "WGPEER_A_PROTOCOL_VERSION",
            10,
            AttrType::U32,
        ),
    ],
);

/// The `wgallowedip` attribute set, indexed by type.
pub static WGALLOWEDIP: AttrSet = AttrSet::new(
    "wgallowedip",
    &[
        AttrDesc::new("unspec", "WGALLOWEDIP_A_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("family", "WGALLOWEDIP_A_FAMILY", 1, AttrType::U16),
        AttrDesc::new("ipaddr", "WGALLOWEDIP_A_IPADDR", 2, AttrType::Binary)
            .display(Display::Ipv4OrV6)
            .min_len(4),
        AttrDesc::new("cidr-mask", "WGALLOWEDIP_A_CIDR_MASK", 3, AttrType::U8),
        AttrDesc::new("flags", "WGALLOWEDIP_A_FLAGS", 4, AttrType::U32)
            .enumeration(&WGALLOWEDIP_FLAGS),
    ],
);
