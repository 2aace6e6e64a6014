//! OVS datapath configuration over generic netlink.
//!
//! Generated from the kernel's `ovs_datapath.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `ovs_datapath`.
pub static OPS: [Op; 3] = [
    Op {
        name: "get",
        c_name: "OVS_DP_CMD_GET",
        request: 3,
        reply: Some(3),
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::DATAPATH),
        do_request: Some(&[OVS_DP_ATTR_NAME]),
        do_reply: Some(&[
            OVS_DP_ATTR_NAME,
            OVS_DP_ATTR_UPCALL_PID,
            OVS_DP_ATTR_STATS,
            OVS_DP_ATTR_MEGAFLOW_STATS,
            OVS_DP_ATTR_USER_FEATURES,
            OVS_DP_ATTR_MASKS_CACHE_SIZE,
            OVS_DP_ATTR_PER_CPU_PIDS,
        ]),
        dump_request: Some(&[OVS_DP_ATTR_NAME]),
        dump_reply: Some(&[
            OVS_DP_ATTR_NAME,
            OVS_DP_ATTR_UPCALL_PID,
            OVS_DP_ATTR_STATS,
            OVS_DP_ATTR_MEGAFLOW_STATS,
            OVS_DP_ATTR_USER_FEATURES,
            OVS_DP_ATTR_MASKS_CACHE_SIZE,
            OVS_DP_ATTR_PER_CPU_PIDS,
        ]),
        notification: false,
    },
    Op {
        name: "new",
        c_name: "OVS_DP_CMD_NEW",
        request: 1,
        reply: None,
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::DATAPATH),
        do_request: Some(&[
            OVS_DP_ATTR_NAME,
            OVS_DP_ATTR_UPCALL_PID,
            OVS_DP_ATTR_USER_FEATURES,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "del",
        c_name: "OVS_DP_CMD_DEL",
        request: 2,
        reply: None,
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::DATAPATH),
        do_request: Some(&[OVS_DP_ATTR_NAME]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `ovs_datapath` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "ovs_datapath",
    addressing: Addressing::Genl {
        name: "ovs_datapath",
        version: 2,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "ovs_datapath",
        id: None,
    }],
    attr_sets: &[&tables::DATAPATH],
};
