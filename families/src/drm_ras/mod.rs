//! DRM RAS (Reliability, Availability, Serviceability) over Generic Netlink. Provides a standardized mechanism for DRM drivers to register "nodes" representing hardware/software components capable of reporting error counters. Userspace tools can query the list of nodes or individual error counters via the Generic Netlink interface.
//!
//! Generated from the kernel's `drm-ras.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `drm-ras`.
pub static OPS: [Op; 3] = [
    Op {
        name: "list-nodes",
        c_name: "DRM_RAS_CMD_LIST_NODES",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::NODE_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[
            DRM_RAS_A_NODE_ATTRS_NODE_ID,
            DRM_RAS_A_NODE_ATTRS_DEVICE_NAME,
            DRM_RAS_A_NODE_ATTRS_NODE_NAME,
            DRM_RAS_A_NODE_ATTRS_NODE_TYPE,
        ]),
        notification: false,
    },
    Op {
        name: "get-error-counter",
        c_name: "DRM_RAS_CMD_GET_ERROR_COUNTER",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::ERROR_COUNTER_ATTRS),
        do_request: Some(&[
            DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID,
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID,
        ]),
        do_reply: Some(&[
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID,
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME,
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE,
        ]),
        dump_request: Some(&[DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID]),
        dump_reply: Some(&[
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID,
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME,
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE,
        ]),
        notification: false,
    },
    Op {
        name: "clear-error-counter",
        c_name: "DRM_RAS_CMD_CLEAR_ERROR_COUNTER",
        request: 3,
        reply: None,
        header: None,
        attrs: Some(&tables::ERROR_COUNTER_ATTRS),
        do_request: Some(&[
            DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID,
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `drm-ras` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "drm-ras",
    addressing: Addressing::Genl {
        name: "drm-ras",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[&tables::NODE_ATTRS, &tables::ERROR_COUNTER_ATTRS],
};

/// A `node-attrs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type NodeMsg<'a> = GenlMsg<NodeAttrs<'a>>;

/// A `error-counter-attrs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ErrorCounterMsg<'a> = GenlMsg<ErrorCounterAttrs<'a>>;
