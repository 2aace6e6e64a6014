//! Netlink protocol to control OpenVPN network devices
//!
//! Generated from the kernel's `ovpn.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `ovpn`.
pub static OPS: [Op; 11] = [
    Op {
        name: "peer-new",
        c_name: "OVPN_CMD_PEER_NEW",
        request: 1,
        reply: None,
        header: None,
        attrs: Some(&tables::OVPN_PEER_NEW_INPUT),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_PEER]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "peer-set",
        c_name: "OVPN_CMD_PEER_SET",
        request: 2,
        reply: None,
        header: None,
        attrs: Some(&tables::OVPN_PEER_SET_INPUT),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_PEER]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "peer-get",
        c_name: "OVPN_CMD_PEER_GET",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::OVPN),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_PEER]),
        do_reply: Some(&[OVPN_A_PEER]),
        dump_request: Some(&[OVPN_A_IFINDEX]),
        dump_reply: Some(&[OVPN_A_PEER]),
        notification: false,
    },
    Op {
        name: "peer-del",
        c_name: "OVPN_CMD_PEER_DEL",
        request: 4,
        reply: None,
        header: None,
        attrs: Some(&tables::OVPN_PEER_DEL_INPUT),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_PEER]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "peer-del-ntf",
        c_name: "OVPN_CMD_PEER_DEL_NTF",
        request: 5,
        reply: Some(5),
        header: None,
        attrs: Some(&tables::OVPN),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_PEER]),
        do_reply: Some(&[OVPN_A_PEER]),
        dump_request: Some(&[OVPN_A_IFINDEX]),
        dump_reply: Some(&[OVPN_A_PEER]),
        notification: true,
    },
    Op {
        name: "key-new",
        c_name: "OVPN_CMD_KEY_NEW",
        request: 6,
        reply: None,
        header: None,
        attrs: Some(&tables::OVPN),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_KEYCONF]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "key-get",
        c_name: "OVPN_CMD_KEY_GET",
        request: 7,
        reply: Some(7),
        header: None,
        attrs: Some(&tables::OVPN_KEYCONF_GET),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_KEYCONF]),
        do_reply: Some(&[OVPN_A_KEYCONF]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "key-swap",
        c_name: "OVPN_CMD_KEY_SWAP",
        request: 8,
        reply: None,
        header: None,
        attrs: Some(&tables::OVPN_KEYCONF_SWAP_INPUT),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_KEYCONF]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "key-swap-ntf",
        c_name: "OVPN_CMD_KEY_SWAP_NTF",
        request: 9,
        reply: Some(9),
        header: None,
        attrs: Some(&tables::OVPN_KEYCONF_GET),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_KEYCONF]),
        do_reply: Some(&[OVPN_A_KEYCONF]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "key-del",
        c_name: "OVPN_CMD_KEY_DEL",
        request: 10,
        reply: None,
        header: None,
        attrs: Some(&tables::OVPN_KEYCONF_DEL_INPUT),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_KEYCONF]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "peer-float-ntf",
        c_name: "OVPN_CMD_PEER_FLOAT_NTF",
        request: 11,
        reply: Some(11),
        header: None,
        attrs: Some(&tables::OVPN),
        do_request: Some(&[OVPN_A_IFINDEX, OVPN_A_PEER]),
        do_reply: Some(&[OVPN_A_PEER]),
        dump_request: Some(&[OVPN_A_IFINDEX]),
        dump_reply: Some(&[OVPN_A_PEER]),
        notification: true,
    },
];

/// The `ovpn` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "ovpn",
    addressing: Addressing::Genl {
        name: "ovpn",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "peers",
        id: None,
    }],
    attr_sets: &[
        &tables::PEER,
        &tables::PEER_NEW_INPUT,
        &tables::PEER_SET_INPUT,
        &tables::PEER_DEL_INPUT,
        &tables::KEYCONF,
        &tables::KEYDIR,
        &tables::KEYCONF_GET,
        &tables::KEYCONF_SWAP_INPUT,
        &tables::KEYCONF_DEL_INPUT,
        &tables::OVPN,
        &tables::OVPN_PEER_NEW_INPUT,
        &tables::OVPN_PEER_SET_INPUT,
        &tables::OVPN_PEER_DEL_INPUT,
        &tables::OVPN_KEYCONF_GET,
        &tables::OVPN_KEYCONF_SWAP_INPUT,
        &tables::OVPN_KEYCONF_DEL_INPUT,
    ],
};

/// A `ovpn-peer-new-input` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnPeerNewInputMsg<'a> = GenlMsg<OvpnPeerNewInput<'a>>;

/// A `ovpn-peer-set-input` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnPeerSetInputMsg<'a> = GenlMsg<OvpnPeerSetInput<'a>>;

/// A `ovpn` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnMsg<'a> = GenlMsg<Ovpn<'a>>;

/// A `ovpn-peer-del-input` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnPeerDelInputMsg<'a> = GenlMsg<OvpnPeerDelInput<'a>>;

/// A `ovpn-keyconf-get` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnKeyconfGetMsg<'a> = GenlMsg<OvpnKeyconfGet<'a>>;

/// A `ovpn-keyconf-swap-input` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnKeyconfSwapInputMsg<'a> = GenlMsg<OvpnKeyconfSwapInput<'a>>;

/// A `ovpn-keyconf-del-input` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type OvpnKeyconfDelInputMsg<'a> = GenlMsg<OvpnKeyconfDelInput<'a>>;
