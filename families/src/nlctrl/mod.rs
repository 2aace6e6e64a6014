//! genetlink meta-family that exposes information about all genetlink
//! families registered in the kernel (including itself).
//!
//! Generated from the kernel's `nlctrl.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `nlctrl`.
pub static OPS: [Op; 2] = [
    Op {
        name: "getfamily",
        c_name: "CTRL_CMD_GETFAMILY",
        request: 3,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::CTRL_ATTRS),
        do_request: Some(&[CTRL_ATTR_FAMILY_NAME]),
        do_reply: Some(&[
            CTRL_ATTR_FAMILY_ID,
            CTRL_ATTR_FAMILY_NAME,
            CTRL_ATTR_HDRSIZE,
            CTRL_ATTR_MAXATTR,
            CTRL_ATTR_MCAST_GROUPS,
            CTRL_ATTR_OPS,
            CTRL_ATTR_VERSION,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            CTRL_ATTR_FAMILY_ID,
            CTRL_ATTR_FAMILY_NAME,
            CTRL_ATTR_HDRSIZE,
            CTRL_ATTR_MAXATTR,
            CTRL_ATTR_MCAST_GROUPS,
            CTRL_ATTR_OPS,
            CTRL_ATTR_VERSION,
        ]),
        notification: false,
    },
    Op {
        name: "getpolicy",
        c_name: "CTRL_CMD_GETPOLICY",
        request: 10,
        reply: Some(10),
        header: None,
        attrs: Some(&tables::CTRL_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[CTRL_ATTR_FAMILY_NAME, CTRL_ATTR_FAMILY_ID, CTRL_ATTR_OP]),
        dump_reply: Some(&[CTRL_ATTR_FAMILY_ID, CTRL_ATTR_OP_POLICY, CTRL_ATTR_POLICY]),
        notification: false,
    },
];

/// The `nlctrl` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "nlctrl",
    addressing: Addressing::Genl {
        name: "nlctrl",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[
        &tables::CTRL_ATTRS,
        &tables::MCAST_GROUP_ATTRS,
        &tables::OP_ATTRS,
        &tables::POLICY_ATTRS,
        &tables::OP_POLICY_ATTRS,
    ],
};

/// A `ctrl-attrs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type CtrlMsg<'a> = GenlMsg<CtrlAttrs<'a>>;
