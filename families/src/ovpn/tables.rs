//! Descriptor tables of `ovpn`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `cipher-alg` enum.
pub static CIPHER_ALG: EnumDesc = EnumDesc::new(
    "cipher-alg",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "OVPN_CIPHER_ALG_NONE",
            value: 0,
        },
        EnumEntry {
            name: "aes-gcm",
            c_name: "OVPN_CIPHER_ALG_AES_GCM",
            value: 1,
        },
        EnumEntry {
            name: "chacha20-poly1305",
            c_name: "OVPN_CIPHER_ALG_CHACHA20_POLY1305",
            value: 2,
        },
    ],
);

/// The `del-peer-reason` enum.
pub static DEL_PEER_REASON: EnumDesc = EnumDesc::new(
    "del-peer-reason",
    false,
    &[
        EnumEntry {
            name: "teardown",
            c_name: "OVPN_DEL_PEER_REASON_TEARDOWN",
            value: 0,
        },
        EnumEntry {
            name: "userspace",
            c_name: "OVPN_DEL_PEER_REASON_USERSPACE",
            value: 1,
        },
        EnumEntry {
            name: "expired",
            c_name: "OVPN_DEL_PEER_REASON_EXPIRED",
            value: 2,
        },
        EnumEntry {
            name: "transport-error",
            c_name: "OVPN_DEL_PEER_REASON_TRANSPORT_ERROR",
            value: 3,
        },
        EnumEntry {
            name: "transport-disconnect",
            c_name: "OVPN_DEL_PEER_REASON_TRANSPORT_DISCONNECT",
            value: 4,
        },
    ],
);

/// The `key-slot` enum.
pub static KEY_SLOT: EnumDesc = EnumDesc::new(
    "key-slot",
    false,
    &[
        EnumEntry {
            name: "primary",
            c_name: "OVPN_KEY_SLOT_PRIMARY",
            value: 0,
        },
        EnumEntry {
            name: "secondary",
            c_name: "OVPN_KEY_SLOT_SECONDARY",
            value: 1,
        },
    ],
);

/// The `peer` attribute set, indexed by type.
pub static PEER: AttrSet = AttrSet::new(
    "peer",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "OVPN_A_PEER_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("remote-ipv4", "OVPN_A_PEER_REMOTE_IPV4", 2, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new(
            "remote-ipv6",
            "OVPN_A_PEER_REMOTE_IPV6",
            3,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .exact_len(16),
        AttrDesc::new(
            "remote-ipv6-scope-id",
            "OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("remote-port", "OVPN_A_PEER_REMOTE_PORT", 5, AttrType::U16)
            .big_endian()
            .min(1),
        AttrDesc::new("socket", "OVPN_A_PEER_SOCKET", 6, AttrType::U32),
        AttrDesc::new(
            "socket-netnsid",
            "OVPN_A_PEER_SOCKET_NETNSID",
            7,
            AttrType::S32,
        ),
        AttrDesc::new("vpn-ipv4", "OVPN_A_PEER_VPN_IPV4", 8, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("vpn-ipv6", "OVPN_A_PEER_VPN_IPV6", 9, AttrType::Binary)
            .display(Display::Ipv6)
            .exact_len(16),
        AttrDesc::new("local-ipv4", "OVPN_A_PEER_LOCAL_IPV4", 10, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("local-ipv6", "OVPN_A_PEER_LOCAL_IPV6", 11, AttrType::Binary)
            .display(Display::Ipv6)
            .exact_len(16),
        AttrDesc::new("local-port", "OVPN_A_PEER_LOCAL_PORT", 12, AttrType::U16)
            .big_endian()
            .min(1),
        AttrDesc::new(
            "keepalive-interval",
            "OVPN_A_PEER_KEEPALIVE_INTERVAL",
            13,
            AttrType::U32,
        )
        .max(86400),
        AttrDesc::new(
            "keepalive-timeout",
            "OVPN_A_PEER_KEEPALIVE_TIMEOUT",
            14,
            AttrType::U32,
        )
        .max(86400),
        AttrDesc::new("del-reason", "OVPN_A_PEER_DEL_REASON", 15, AttrType::U32)
            .enumeration(&DEL_PEER_REASON),
        AttrDesc::new(
            "vpn-rx-bytes",
            "OVPN_A_PEER_VPN_RX_BYTES",
            16,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "vpn-tx-bytes",
            "OVPN_A_PEER_VPN_TX_BYTES",
            17,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "vpn-rx-packets",
            "OVPN_A_PEER_VPN_RX_PACKETS",
            18,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "vpn-tx-packets",
            "OVPN_A_PEER_VPN_TX_PACKETS",
            19,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "link-rx-bytes",
            "OVPN_A_PEER_LINK_RX_BYTES",
            20,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "link-tx-bytes",
            "OVPN_A_PEER_LINK_TX_BYTES",
            21,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "link-rx-packets",
            "OVPN_A_PEER_LINK_RX_PACKETS",
            22,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "link-tx-packets",
            "OVPN_A_PEER_LINK_TX_PACKETS",
            23,
            AttrType::Uint,
        ),
        AttrDesc::new("tx-id", "OVPN_A_PEER_TX_ID", 24, AttrType::U32).max(16777215),
    ],
);

/// The `peer-new-input` attribute set, indexed by type.
pub static PEER_NEW_INPUT: AttrSet = AttrSet::new(
    "peer-new-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "OVPN_A_PEER_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("remote-ipv4", "OVPN_A_PEER_REMOTE_IPV4", 2, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new(
            "remote-ipv6",
            "OVPN_A_PEER_REMOTE_IPV6",
            3,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .exact_len(16),
        AttrDesc::new(
            "remote-ipv6-scope-id",
            "OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("remote-port", "OVPN_A_PEER_REMOTE_PORT", 5, AttrType::U16)
            .big_endian()
            .min(1),
        AttrDesc::new("socket", "OVPN_A_PEER_SOCKET", 6, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::new("vpn-ipv4", "OVPN_A_PEER_VPN_IPV4", 8, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("vpn-ipv6", "OVPN_A_PEER_VPN_IPV6", 9, AttrType::Binary)
            .display(Display::Ipv6)
            .exact_len(16),
        AttrDesc::new("local-ipv4", "OVPN_A_PEER_LOCAL_IPV4", 10, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("local-ipv6", "OVPN_A_PEER_LOCAL_IPV6", 11, AttrType::Binary)
            .display(Display::Ipv6)
            .exact_len(16),
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "keepalive-interval",
            "OVPN_A_PEER_KEEPALIVE_INTERVAL",
            13,
            AttrType::U32,
        )
        .max(86400),
        AttrDesc::new(
            "keepalive-timeout",
            "OVPN_A_PEER_KEEPALIVE_TIMEOUT",
            14,
            AttrType::U32,
        )
        .max(86400),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("tx-id", "OVPN_A_PEER_TX_ID", 24, AttrType::U32).max(16777215),
    ],
);

/// The `peer-set-input` attribute set, indexed by type.
pub static PEER_SET_INPUT: AttrSet = AttrSet::new(
    "peer-set-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "OVPN_A_PEER_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("remote-ipv4", "OVPN_A_PEER_REMOTE_IPV4", 2, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new(
            "remote-ipv6",
            "OVPN_A_PEER_REMOTE_IPV6",
            3,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .exact_len(16),
        AttrDesc::new(
            "remote-ipv6-scope-id",
            "OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("remote-port", "OVPN_A_PEER_REMOTE_PORT", 5, AttrType::U16)
            .big_endian()
            .min(1),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("vpn-ipv4", "OVPN_A_PEER_VPN_IPV4", 8, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("vpn-ipv6", "OVPN_A_PEER_VPN_IPV6", 9, AttrType::Binary)
            .display(Display::Ipv6)
            .exact_len(16),
        AttrDesc::new("local-ipv4", "OVPN_A_PEER_LOCAL_IPV4", 10, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("local-ipv6", "OVPN_A_PEER_LOCAL_IPV6", 11, AttrType::Binary)
            .display(Display::Ipv6)
            .exact_len(16),
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "keepalive-interval",
            "OVPN_A_PEER_KEEPALIVE_INTERVAL",
            13,
            AttrType::U32,
        )
        .max(86400),
        AttrDesc::new(
            "keepalive-timeout",
            "OVPN_A_PEER_KEEPALIVE_TIMEOUT",
            14,
            AttrType::U32,
        )
        .max(86400),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("tx-id", "OVPN_A_PEER_TX_ID", 24, AttrType::U32).max(16777215),
    ],
);

/// The `peer-del-input` attribute set, indexed by type.
pub static PEER_DEL_INPUT: AttrSet = AttrSet::new(
    "peer-del-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "OVPN_A_PEER_ID", 1, AttrType::U32).max(16777215),
    ],
);

/// The `keyconf` attribute set, indexed by type.
pub static KEYCONF: AttrSet = AttrSet::new(
    "keyconf",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer-id", "OVPN_A_KEYCONF_PEER_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("slot", "OVPN_A_KEYCONF_SLOT", 2, AttrType::U32).enumeration(&KEY_SLOT),
        AttrDesc::new("key-id", "OVPN_A_KEYCONF_KEY_ID", 3, AttrType::U32).max(7),
        AttrDesc::new("cipher-alg", "OVPN_A_KEYCONF_CIPHER_ALG", 4, AttrType::U32)
            .enumeration(&CIPHER_ALG),
        AttrDesc::new(
            "encrypt-dir",
            "OVPN_A_KEYCONF_ENCRYPT_DIR",
            5,
            AttrType::Nest,
        )
        .nested(&KEYDIR),
        AttrDesc::new(
            "decrypt-dir",
            "OVPN_A_KEYCONF_DECRYPT_DIR",
            6,
            AttrType::Nest,
        )
        .nested(&KEYDIR),
    ],
);

/// The `keydir` attribute set, indexed by type.
pub static KEYDIR: AttrSet = AttrSet::new(
    "keydir",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "cipher-key",
            "OVPN_A_KEYDIR_CIPHER_KEY",
            1,
            AttrType::Binary,
        )
        .max_len(256),
        AttrDesc::new(
            "nonce-tail",
            "OVPN_A_KEYDIR_NONCE_TAIL",
            2,
            AttrType::Binary,
        )
        .exact_len(8),
    ],
);

/// The `keyconf-get` attribute set, indexed by type.
pub static KEYCONF_GET: AttrSet = AttrSet::new(
    "keyconf-get",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer-id", "OVPN_A_KEYCONF_PEER_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("slot", "OVPN_A_KEYCONF_SLOT", 2, AttrType::U32).enumeration(&KEY_SLOT),
        AttrDesc::new("key-id", "OVPN_A_KEYCONF_KEY_ID", 3, AttrType::U32).max(7),
        AttrDesc::new("cipher-alg", "OVPN_A_KEYCONF_CIPHER_ALG", 4, AttrType::U32)
            .enumeration(&CIPHER_ALG),
    ],
);

/// The `keyconf-swap-input` attribute set, indexed by type.
pub static KEYCONF_SWAP_INPUT: AttrSet = AttrSet::new(
    "keyconf-swap-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer-id", "OVPN_A_KEYCONF_PEER_ID", 1, AttrType::U32).max(16777215),
    ],
);

/// The `keyconf-del-input` attribute set, indexed by type.
pub static KEYCONF_DEL_INPUT: AttrSet = AttrSet::new(
    "keyconf-del-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer-id", "OVPN_A_KEYCONF_PEER_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("slot", "OVPN_A_KEYCONF_SLOT", 2, AttrType::U32).enumeration(&KEY_SLOT),
    ],
);

/// The `ovpn` attribute set, indexed by type.
pub static OVPN: AttrSet = AttrSet::new(
    "ovpn",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("peer", "OVPN_A_PEER", 2, AttrType::Nest).nested(&PEER),
        AttrDesc::new("keyconf", "OVPN_A_KEYCONF", 3, AttrType::Nest).nested(&KEYCONF),
    ],
);

/// The `ovpn-peer-new-input` attribute set, indexed by type.
pub static OVPN_PEER_NEW_INPUT: AttrSet = AttrSet::new(
    "ovpn-peer-new-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("peer", "OVPN_A_PEER", 2, AttrType::Nest).nested(&PEER_NEW_INPUT),
    ],
);

/// The `ovpn-peer-set-input` attribute set, indexed by type.
pub static OVPN_PEER_SET_INPUT: AttrSet = AttrSet::new(
    "ovpn-peer-set-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("peer", "OVPN_A_PEER", 2, AttrType::Nest).nested(&PEER_SET_INPUT),
    ],
);

/// The `ovpn-peer-del-input` attribute set, indexed by type.
pub static OVPN_PEER_DEL_INPUT: AttrSet = AttrSet::new(
    "ovpn-peer-del-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("peer", "OVPN_A_PEER", 2, AttrType::Nest).nested(&PEER_DEL_INPUT),
    ],
);

/// The `ovpn-keyconf-get` attribute set, indexed by type.
pub static OVPN_KEYCONF_GET: AttrSet = AttrSet::new(
    "ovpn-keyconf-get",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::new("keyconf", "OVPN_A_KEYCONF", 3, AttrType::Nest).nested(&KEYCONF_GET),
    ],
);

/// The `ovpn-keyconf-swap-input` attribute set, indexed by type.
pub static OVPN_KEYCONF_SWAP_INPUT: AttrSet = AttrSet::new(
    "ovpn-keyconf-swap-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::new("keyconf", "OVPN_A_KEYCONF", 3, AttrType::Nest).nested(&KEYCONF_SWAP_INPUT),
    ],
);

/// The `ovpn-keyconf-del-input` attribute set, indexed by type.
pub static OVPN_KEYCONF_DEL_INPUT: AttrSet = AttrSet::new(
    "ovpn-keyconf-del-input",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "OVPN_A_IFINDEX", 1, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::new("keyconf", "OVPN_A_KEYCONF", 3, AttrType::Nest).nested(&KEYCONF_DEL_INPUT),
    ],
);
