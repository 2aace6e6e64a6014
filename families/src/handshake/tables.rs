//! Descriptor tables of `handshake`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `handler-class` enum.
pub static HANDLER_CLASS: EnumDesc = EnumDesc::new(
    "handler-class",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "HANDSHAKE_HANDLER_CLASS_NONE",
            value: 0,
        },
        EnumEntry {
            name: "tlshd",
            c_name: "HANDSHAKE_HANDLER_CLASS_TLSHD",
            value: 1,
        },
        EnumEntry {
            name: "max",
            c_name: "HANDSHAKE_HANDLER_CLASS_MAX",
            value: 2,
        },
    ],
);

/// The `msg-type` enum.
pub static MSG_TYPE: EnumDesc = EnumDesc::new(
    "msg-type",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "HANDSHAKE_MSG_TYPE_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "clienthello",
            c_name: "HANDSHAKE_MSG_TYPE_CLIENTHELLO",
            value: 1,
        },
        EnumEntry {
            name: "serverhello",
            c_name: "HANDSHAKE_MSG_TYPE_SERVERHELLO",
            value: 2,
        },
    ],
);

/// The `auth` enum.
pub static AUTH: EnumDesc = EnumDesc::new(
    "auth",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "HANDSHAKE_AUTH_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "unauth",
            c_name: "HANDSHAKE_AUTH_UNAUTH",
            value: 1,
        },
        EnumEntry {
            name: "psk",
            c_name: "HANDSHAKE_AUTH_PSK",
            value: 2,
        },
        EnumEntry {
            name: "x509",
            c_name: "HANDSHAKE_AUTH_X509",
            value: 3,
        },
    ],
);

/// The `x509` attribute set, indexed by type.
pub static X509: AttrSet = AttrSet::new(
    "x509",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("cert", "HANDSHAKE_A_X509_CERT", 1, AttrType::S32),
        AttrDesc::new("privkey", "HANDSHAKE_A_X509_PRIVKEY", 2, AttrType::S32),
    ],
);

/// The `accept` attribute set, indexed by type.
pub static ACCEPT: AttrSet = AttrSet::new(
    "accept",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("sockfd", "HANDSHAKE_A_ACCEPT_SOCKFD", 1, AttrType::S32),
        AttrDesc::new(
            "handler-class",
            "HANDSHAKE_A_ACCEPT_HANDLER_CLASS",
            2,
            AttrType::U32,
        )
        .enumeration(&HANDLER_CLASS),
        AttrDesc::new(
            "message-type",
            "HANDSHAKE_A_ACCEPT_MESSAGE_TYPE",
            3,
            AttrType::U32,
        )
        .enumeration(&MSG_TYPE),
        AttrDesc::new("timeout", "HANDSHAKE_A_ACCEPT_TIMEOUT", 4, AttrType::U32),
        AttrDesc::new(
            "auth-mode",
            "HANDSHAKE_A_ACCEPT_AUTH_MODE",
            5,
            AttrType::U32,
        )
        .enumeration(&AUTH),
        AttrDesc::new(
            "peer-identity",
            "HANDSHAKE_A_ACCEPT_PEER_IDENTITY",
            6,
            AttrType::U32,
        )
        .multi(),
        AttrDesc::new(
            "certificate",
            "HANDSHAKE_A_ACCEPT_CERTIFICATE",
            7,
            AttrType::Nest,
        )
        .nested(&X509)
        .multi(),
        AttrDesc::new(
            "peername",
            "HANDSHAKE_A_ACCEPT_PEERNAME",
            8,
            AttrType::String,
        ),
        AttrDesc::new("keyring", "HANDSHAKE_A_ACCEPT_KEYRING", 9, AttrType::U32),
    ],
);

/// The `done` attribute set, indexed by type.
pub static DONE: AttrSet = AttrSet::new(
    "done",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("status", "HANDSHAKE_A_DONE_STATUS", 1, AttrType::U32).max(4095),
        AttrDesc::new("sockfd", "HANDSHAKE_A_DONE_SOCKFD", 2, AttrType::S32),
        AttrDesc::new(
            "remote-auth",
            "HANDSHAKE_A_DONE_REMOTE_AUTH",
            3,
            AttrType::U32,
        )
        .multi(),
    ],
);
