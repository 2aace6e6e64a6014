//! Networking HW rate limiting configuration.
//!
//! This API allows configuring HW shapers available on the network
//! devices at different levels (queues, network device) and allows
//! arbitrary manipulation of the scheduling tree of the involved
//! shapers.
//!
//! Each @shaper is identified within the given device, by a @handle,
//! comprising both a @scope and an @id.
//!
//! Depending on the @scope value, the shapers are attached to specific
//! HW objects (queues, devices) or, for @node scope, represent a
//! scheduling group, that can be placed in an arbitrary location of
//! the scheduling tree.
//!
//! Shapers can be created with two different operations: the @set
//! operation, to create and update a single "attached" shaper, and
//! the @group operation, to create and update a scheduling
//! group. Only the @group operation can create @node scope shapers.
//!
//! Existing shapers can be deleted/reset via the @delete operation.
//!
//! The user can query the running configuration via the @get operation.
//!
//! Different devices can provide different feature sets, e.g. with no
//! support for complex scheduling hierarchy, or for some shaping
//! parameters. The user can introspect the HW capabilities via the
//! @cap-get operation.
//!
//! Generated from the kernel's `net-shaper.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `net-shaper`.
pub static OPS: [Op; 5] = [
    Op {
        name: "get",
        c_name: "NET_SHAPER_CMD_GET",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::NET_SHAPER),
        do_request: Some(&[NET_SHAPER_A_IFINDEX, NET_SHAPER_A_HANDLE]),
        do_reply: Some(&[
            NET_SHAPER_A_IFINDEX,
            NET_SHAPER_A_PARENT,
            NET_SHAPER_A_HANDLE,
            NET_SHAPER_A_METRIC,
            NET_SHAPER_A_BW_MIN,
            NET_SHAPER_A_BW_MAX,
            NET_SHAPER_A_BURST,
            NET_SHAPER_A_PRIORITY,
            NET_SHAPER_A_WEIGHT,
        ]),
        dump_request: Some(&[NET_SHAPER_A_IFINDEX]),
        dump_reply: Some(&[
            NET_SHAPER_A_IFINDEX,
            NET_SHAPER_A_PARENT,
            NET_SHAPER_A_HANDLE,
            NET_SHAPER_A_METRIC,
            NET_SHAPER_A_BW_MIN,
            NET_SHAPER_A_BW_MAX,
            NET_SHAPER_A_BURST,
            NET_SHAPER_A_PRIORITY,
            NET_SHAPER_A_WEIGHT,
        ]),
        notification: false,
    },
    Op {
        name: "set",
        c_name: "NET_SHAPER_CMD_SET",
        request: 2,
        reply: None,
        header: None,
        attrs: Some(&tables::NET_SHAPER),
        do_request: Some(&[
            NET_SHAPER_A_IFINDEX,
            NET_SHAPER_A_HANDLE,
            NET_SHAPER_A_METRIC,
            NET_SHAPER_A_BW_MIN,
            NET_SHAPER_A_BW_MAX,
            NET_SHAPER_A_BURST,
            NET_SHAPER_A_PRIORITY,
            NET_SHAPER_A_WEIGHT,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "delete",
        c_name: "NET_SHAPER_CMD_DELETE",
        request: 3,
        reply: None,
        header: None,
        attrs: Some(&tables::NET_SHAPER),
        do_request: Some(&[NET_SHAPER_A_IFINDEX, NET_SHAPER_A_HANDLE]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "group",
        c_name: "NET_SHAPER_CMD_GROUP",
        request: 4,
        reply: Some(4),
        header: None,
        attrs: Some(&tables::NET_SHAPER),
        do_request: Some(&[
            NET_SHAPER_A_IFINDEX,
            NET_SHAPER_A_PARENT,
            NET_SHAPER_A_HANDLE,
            NET_SHAPER_A_METRIC,
            NET_SHAPER_A_BW_MIN,
            NET_SHAPER_A_BW_MAX,
            NET_SHAPER_A_BURST,
            NET_SHAPER_A_PRIORITY,
            NET_SHAPER_A_WEIGHT,
            NET_SHAPER_A_LEAVES,
        ]),
        do_reply: Some(&[NET_SHAPER_A_IFINDEX, NET_SHAPER_A_HANDLE]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "cap-get",
        c_name: "NET_SHAPER_CMD_CAP_GET",
        request: 5,
        reply: Some(5),
        header: None,
        attrs: Some(&tables::CAPS),
        do_request: Some(&[NET_SHAPER_A_CAPS_IFINDEX, NET_SHAPER_A_CAPS_SCOPE]),
        do_reply: Some(&[
            NET_SHAPER_A_CAPS_IFINDEX,
            NET_SHAPER_A_CAPS_SCOPE,
            NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS,
            NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS,
            NET_SHAPER_A_CAPS_SUPPORT_NESTING,
            NET_SHAPER_A_CAPS_SUPPORT_BW_MIN,
            NET_SHAPER_A_CAPS_SUPPORT_BW_MAX,
            NET_SHAPER_A_CAPS_SUPPORT_BURST,
            NET_SHAPER_A_CAPS_SUPPORT_PRIORITY,
            NET_SHAPER_A_CAPS_SUPPORT_WEIGHT,
        ]),
        dump_request: Some(&[NET_SHAPER_A_CAPS_IFINDEX]),
        dump_reply: Some(&[
            NET_SHAPER_A_CAPS_IFINDEX,
            NET_SHAPER_A_CAPS_SCOPE,
            NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS,
            NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS,
            NET_SHAPER_A_CAPS_SUPPORT_NESTING,
            NET_SHAPER_A_CAPS_SUPPORT_BW_MIN,
            NET_SHAPER_A_CAPS_SUPPORT_BW_MAX,
            NET_SHAPER_A_CAPS_SUPPORT_BURST,
            NET_SHAPER_A_CAPS_SUPPORT_PRIORITY,
            NET_SHAPER_A_CAPS_SUPPORT_WEIGHT,
        ]),
        notification: false,
    },
];

/// The `net-shaper` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "net-shaper",
    addressing: Addressing::Genl {
        name: "net-shaper",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[
        &tables::NET_SHAPER,
        &tables::HANDLE,
        &tables::LEAF_INFO,
        &tables::CAPS,
    ],
};

/// A `net-shaper` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type NetShaperMsg<'a> = GenlMsg<NetShaper<'a>>;

/// A `caps` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type CapsMsg<'a> = GenlMsg<Caps<'a>>;
