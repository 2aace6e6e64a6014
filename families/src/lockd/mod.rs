//! lockd configuration over generic netlink
//!
//! Generated from the kernel's `lockd.yaml` YNL spec (and `specs/overrides/` where the
//! project corrects it) by `nlcodec-gen`; do not edit.

pub mod builders;
pub mod consts;
pub mod ops;
pub mod tables;
pub mod types;
pub mod views;

pub use builders::*;
pub use consts::*;
pub use views::*;

#[allow(unused_imports)]
use crate::runtime::{GenlMsg, RawMsg};
use nlcodec::schema::{Addressing, Family, Op};

/// The operations of `lockd`.
pub static OPS: [Op; 2] = [
    Op {
        name: "server-set",
        c_name: "LOCKD_CMD_SERVER_SET",
        request: 1,
        reply: None,
        header: None,
        attrs: Some(&tables::SERVER),
        do_request: Some(&[
            LOCKD_A_SERVER_GRACETIME,
            LOCKD_A_SERVER_TCP_PORT,
            LOCKD_A_SERVER_UDP_PORT,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "server-get",
        c_name: "LOCKD_CMD_SERVER_GET",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::SERVER),
        do_request: None,
        do_reply: Some(&[
            LOCKD_A_SERVER_GRACETIME,
            LOCKD_A_SERVER_TCP_PORT,
            LOCKD_A_SERVER_UDP_PORT,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `lockd` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "lockd",
    addressing: Addressing::Genl {
        name: "lockd",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[&tables::SERVER],
};

/// A `server` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ServerMsg<'a> = GenlMsg<Server<'a>>;
