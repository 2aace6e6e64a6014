//! Foo-over-UDP.
//!
//! Generated from the kernel's `fou.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `fou`.
pub static OPS: [Op; 4] = [
    Op {
        name: "unspec",
        c_name: "FOU_CMD_UNSPEC",
        request: 0,
        reply: None,
        header: None,
        attrs: None,
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "add",
        c_name: "FOU_CMD_ADD",
        request: 1,
        reply: None,
        header: None,
        attrs: Some(&tables::FOU),
        do_request: Some(&[
            FOU_ATTR_PORT,
            FOU_ATTR_IPPROTO,
            FOU_ATTR_TYPE,
            FOU_ATTR_REMCSUM_NOPARTIAL,
            FOU_ATTR_LOCAL_V4,
            FOU_ATTR_PEER_V4,
            FOU_ATTR_LOCAL_V6,
            FOU_ATTR_PEER_V6,
            FOU_ATTR_PEER_PORT,
            FOU_ATTR_IFINDEX,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "del",
        c_name: "FOU_CMD_DEL",
        request: 2,
        reply: None,
        header: None,
        attrs: Some(&tables::FOU),
        do_request: Some(&[
            FOU_ATTR_AF,
            FOU_ATTR_IFINDEX,
            FOU_ATTR_PORT,
            FOU_ATTR_PEER_PORT,
            FOU_ATTR_LOCAL_V4,
            FOU_ATTR_PEER_V4,
            FOU_ATTR_LOCAL_V6,
            FOU_ATTR_PEER_V6,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "get",
        c_name: "FOU_CMD_GET",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::FOU),
        do_request: Some(&[
            FOU_ATTR_AF,
            FOU_ATTR_IFINDEX,
            FOU_ATTR_PORT,
            FOU_ATTR_PEER_PORT,
            FOU_ATTR_LOCAL_V4,
            FOU_ATTR_PEER_V4,
            FOU_ATTR_LOCAL_V6,
            FOU_ATTR_PEER_V6,
        ]),
        do_reply: Some(&[
            FOU_ATTR_PORT,
            FOU_ATTR_IPPROTO,
            FOU_ATTR_TYPE,
            FOU_ATTR_REMCSUM_NOPARTIAL,
            FOU_ATTR_LOCAL_V4,
            FOU_ATTR_PEER_V4,
            FOU_ATTR_LOCAL_V6,
            FOU_ATTR_PEER_V6,
            FOU_ATTR_PEER_PORT,
            FOU_ATTR_IFINDEX,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            FOU_ATTR_PORT,
            FOU_ATTR_IPPROTO,
            FOU_ATTR_TYPE,
            FOU_ATTR_REMCSUM_NOPARTIAL,
            FOU_ATTR_LOCAL_V4,
            FOU_ATTR_PEER_V4,
            FOU_ATTR_LOCAL_V6,
            FOU_ATTR_PEER_V6,
            FOU_ATTR_PEER_PORT,
            FOU_ATTR_IFINDEX,
        ]),
        notification: false,
    },
];

/// The `fou` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "fou",
    addressing: Addressing::Genl {
        name: "fou",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[&tables::FOU],
};

/// A `fou` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type FouMsg<'a> = GenlMsg<Fou<'a>>;
