//! OVS vport configuration over generic netlink.
//!
//! Generated from the kernel's `ovs_vport.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `ovs_vport`.
pub static OPS: [Op; 3] = [
    Op {
        name: "new",
        c_name: "OVS_VPORT_CMD_NEW",
        request: 1,
        reply: None,
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::VPORT),
        do_request: Some(&[
            OVS_VPORT_ATTR_NAME,
            OVS_VPORT_ATTR_TYPE,
            OVS_VPORT_ATTR_UPCALL_PID,
            OVS_VPORT_ATTR_IFINDEX,
            OVS_VPORT_ATTR_OPTIONS,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "del",
        c_name: "OVS_VPORT_CMD_DEL",
        request: 2,
        reply: None,
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::VPORT),
        do_request: Some(&[
            OVS_VPORT_ATTR_PORT_NO,
            OVS_VPORT_ATTR_TYPE,
            OVS_VPORT_ATTR_NAME,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "get",
        c_name: "OVS_VPORT_CMD_GET",
        request: 3,
        reply: Some(3),
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::VPORT),
        do_request: Some(&[OVS_VPORT_ATTR_NAME]),
        do_reply: Some(&[
            OVS_VPORT_ATTR_PORT_NO,
            OVS_VPORT_ATTR_TYPE,
            OVS_VPORT_ATTR_NAME,
            OVS_VPORT_ATTR_UPCALL_PID,
            OVS_VPORT_ATTR_STATS,
            OVS_VPORT_ATTR_IFINDEX,
            OVS_VPORT_ATTR_NETNSID,
            OVS_VPORT_ATTR_UPCALL_STATS,
        ]),
        dump_request: Some(&[OVS_VPORT_ATTR_NAME]),
        dump_reply: Some(&[
            OVS_VPORT_ATTR_PORT_NO,
            OVS_VPORT_ATTR_TYPE,
            OVS_VPORT_ATTR_NAME,
            OVS_VPORT_ATTR_UPCALL_PID,
            OVS_VPORT_ATTR_STATS,
            OVS_VPORT_ATTR_IFINDEX,
            OVS_VPORT_ATTR_NETNSID,
            OVS_VPORT_ATTR_UPCALL_STATS,
        ]),
        notification: false,
    },
];

/// The `ovs_vport` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "ovs_vport",
    addressing: Addressing::Genl {
        name: "ovs_vport",
        version: 2,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "ovs_vport",
        id: None,
    }],
    attr_sets: &[
        &tables::VPORT_OPTIONS,
        &tables::UPCALL_STATS,
        &tables::VPORT,
    ],
};
