//! Netlink protocol to request a transport layer security handshake.
//!
//! Generated from the kernel's `handshake.yaml` YNL spec (and `specs/overrides/` where the
//! project corrects it) by `nlcodec-gen`; do not edit.

pub mod builders;
pub mod consts;
pub mod ops;
pub mod tables;
pub mod types;
pub mod views;

pub use builders::*;
pub use consts::*;
pub use types::*;
pub use views::*;

#[allow(unused_imports)]
use crate::runtime::{GenlMsg, RawMsg};
use nlcodec::schema::{Addressing, Family, McastGroup, Op};

/// The operations of `handshake`.
pub static OPS: [Op; 3] = [
    Op {
        name: "ready",
        c_name: "HANDSHAKE_CMD_READY",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::ACCEPT),
        do_request: Some(&[HANDSHAKE_A_ACCEPT_HANDLER_CLASS]),
        do_reply: Some(&[
            HANDSHAKE_A_ACCEPT_SOCKFD,
            HANDSHAKE_A_ACCEPT_MESSAGE_TYPE,
            HANDSHAKE_A_ACCEPT_TIMEOUT,
            HANDSHAKE_A_ACCEPT_AUTH_MODE,
            HANDSHAKE_A_ACCEPT_PEER_IDENTITY,
            HANDSHAKE_A_ACCEPT_CERTIFICATE,
            HANDSHAKE_A_ACCEPT_PEERNAME,
            HANDSHAKE_A_ACCEPT_KEYRING,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "accept",
        c_name: "HANDSHAKE_CMD_ACCEPT",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::ACCEPT),
        do_request: Some(&[HANDSHAKE_A_ACCEPT_HANDLER_CLASS]),
        do_reply: Some(&[
            HANDSHAKE_A_ACCEPT_SOCKFD,
            HANDSHAKE_A_ACCEPT_MESSAGE_TYPE,
            HANDSHAKE_A_ACCEPT_TIMEOUT,
            HANDSHAKE_A_ACCEPT_AUTH_MODE,
            HANDSHAKE_A_ACCEPT_PEER_IDENTITY,
            HANDSHAKE_A_ACCEPT_CERTIFICATE,
            HANDSHAKE_A_ACCEPT_PEERNAME,
            HANDSHAKE_A_ACCEPT_KEYRING,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "done",
        c_name: "HANDSHAKE_CMD_DONE",
        request: 3,
        reply: None,
        header: None,
        attrs: Some(&tables::DONE),
        do_request: Some(&[
            HANDSHAKE_A_DONE_STATUS,
            HANDSHAKE_A_DONE_SOCKFD,
            HANDSHAKE_A_DONE_REMOTE_AUTH,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `handshake` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "handshake",
    addressing: Addressing::Genl {
        name: "handshake",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[
        McastGroup {
            name: "none",
            id: None,
        },
        McastGroup {
            name: "tlshd",
            id: None,
        },
    ],
    attr_sets: &[&tables::X509, &tables::ACCEPT, &tables::DONE],
};

/// A `accept` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type AcceptMsg<'a> = GenlMsg<Accept<'a>>;

/// A `done` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type DoneMsg<'a> = GenlMsg<Done<'a>>;
