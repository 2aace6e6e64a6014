//! **Netlink protocol to control WireGuard network devices.**
//!
//! The below enums and macros are for interfacing with WireGuard, using generic
//! netlink, with family ``WG_GENL_NAME`` and version ``WG_GENL_VERSION``. It
//! defines two commands: get and set. Note that while they share many common
//! attributes, these two commands actually accept a slightly different set of
//! inputs and outputs. These differences are noted under the individual
//! attributes.
//!
//! Generated from the kernel's `wireguard.yaml` YNL spec (and `specs/overrides/` where the
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
use nlcodec::schema::{Addressing, Family, Op};

/// The operations of `wireguard`.
pub static OPS: [Op; 2] = [
    Op {
        name: "get-device",
        c_name: "WG_CMD_GET_DEVICE",
        request: 0,
        reply: Some(0),
        header: None,
        attrs: Some(&tables::WGDEVICE),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[WGDEVICE_A_IFINDEX, WGDEVICE_A_IFNAME]),
        dump_reply: Some(&[
            WGDEVICE_A_IFINDEX,
            WGDEVICE_A_IFNAME,
            WGDEVICE_A_PRIVATE_KEY,
            WGDEVICE_A_PUBLIC_KEY,
            WGDEVICE_A_FLAGS,
            WGDEVICE_A_LISTEN_PORT,
            WGDEVICE_A_FWMARK,
            WGDEVICE_A_PEERS,
        ]),
        notification: false,
    },
    Op {
        name: "set-device",
        c_name: "WG_CMD_SET_DEVICE",
        request: 1,
        reply: None,
        header: None,
        attrs: Some(&tables::WGDEVICE),
        do_request: Some(&[
            WGDEVICE_A_IFINDEX,
            WGDEVICE_A_IFNAME,
            WGDEVICE_A_PRIVATE_KEY,
            WGDEVICE_A_PUBLIC_KEY,
            WGDEVICE_A_FLAGS,
            WGDEVICE_A_LISTEN_PORT,
            WGDEVICE_A_FWMARK,
            WGDEVICE_A_PEERS,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `wireguard` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "wireguard",
    addressing: Addressing::Genl {
        name: "wireguard",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[&tables::WGDEVICE, &tables::WGPEER, &tables::WGALLOWEDIP],
};

/// A `wgdevice` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type WgdeviceMsg<'a> = GenlMsg<Wgdevice<'a>>;
