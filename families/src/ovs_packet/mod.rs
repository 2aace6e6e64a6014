//! OVS packet execution over generic netlink.
//!
//! Only OVS_PACKET_CMD_EXECUTE is exposed as a genl operation.
//! OVS_PACKET_CMD_MISS and OVS_PACKET_CMD_ACTION are kernel-to-userspace
//! upcalls sent via genlmsg_unicast() to the vport's upcall_pid and have
//! no associated genl_ops or multicast group.
//!
//! Several attributes in the attribute set (userdata, egress-tun-key, len)
//! exist for the upcall path and are not used by the EXECUTE operation.
//! For EXECUTE, packet, key, and actions are mandatory (kernel returns
//! -EINVAL without them).
//!
//! Generated from the kernel's `ovs_packet.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `ovs_packet`.
pub static OPS: [Op; 3] = [
    Op {
        name: "miss",
        c_name: "OVS_PACKET_CMD_MISS",
        request: 1,
        reply: Some(1),
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::PACKET),
        do_request: None,
        do_reply: Some(&[
            OVS_PACKET_ATTR_PACKET,
            OVS_PACKET_ATTR_KEY,
            OVS_PACKET_ATTR_USERDATA,
            OVS_PACKET_ATTR_ACTIONS,
            OVS_PACKET_ATTR_EGRESS_TUN_KEY,
            OVS_PACKET_ATTR_MRU,
            OVS_PACKET_ATTR_LEN,
            OVS_PACKET_ATTR_HASH,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "action",
        c_name: "OVS_PACKET_CMD_ACTION",
        request: 2,
        reply: Some(2),
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::PACKET),
        do_request: None,
        do_reply: Some(&[
            OVS_PACKET_ATTR_PACKET,
            OVS_PACKET_ATTR_KEY,
            OVS_PACKET_ATTR_USERDATA,
            OVS_PACKET_ATTR_ACTIONS,
            OVS_PACKET_ATTR_EGRESS_TUN_KEY,
            OVS_PACKET_ATTR_MRU,
            OVS_PACKET_ATTR_LEN,
            OVS_PACKET_ATTR_HASH,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "execute",
        c_name: "OVS_PACKET_CMD_EXECUTE",
        request: 3,
        reply: None,
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::PACKET),
        do_request: Some(&[
            OVS_PACKET_ATTR_PACKET,
            OVS_PACKET_ATTR_KEY,
            OVS_PACKET_ATTR_ACTIONS,
            OVS_PACKET_ATTR_PROBE,
            OVS_PACKET_ATTR_MRU,
            OVS_PACKET_ATTR_HASH,
            OVS_PACKET_ATTR_UPCALL_PID,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `ovs_packet` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "ovs_packet",
    addressing: Addressing::Genl {
        name: "ovs_packet",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[&tables::PACKET],
};
