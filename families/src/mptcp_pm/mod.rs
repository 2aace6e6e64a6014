//! Multipath TCP.
//!
//! Generated from the kernel's `mptcp_pm.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `mptcp_pm`.
pub static OPS: [Op; 12] = [
    Op {
        name: "unspec",
        c_name: "MPTCP_PM_CMD_UNSPEC",
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
        name: "add-addr",
        c_name: "MPTCP_PM_CMD_ADD_ADDR",
        request: 1,
        reply: None,
        header: None,
        attrs: Some(&tables::ENDPOINT),
        do_request: Some(&[MPTCP_PM_ENDPOINT_ADDR]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "del-addr",
        c_name: "MPTCP_PM_CMD_DEL_ADDR",
        request: 2,
        reply: None,
        header: None,
        attrs: Some(&tables::ENDPOINT),
        do_request: Some(&[MPTCP_PM_ENDPOINT_ADDR]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "get-addr",
        c_name: "MPTCP_PM_CMD_GET_ADDR",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[MPTCP_PM_ATTR_ADDR, MPTCP_PM_ATTR_TOKEN]),
        do_reply: Some(&[MPTCP_PM_ATTR_ADDR]),
        dump_request: None,
        dump_reply: Some(&[MPTCP_PM_ATTR_ADDR]),
        notification: false,
    },
    Op {
        name: "flush-addrs",
        c_name: "MPTCP_PM_CMD_FLUSH_ADDRS",
        request: 4,
        reply: None,
        header: None,
        attrs: Some(&tables::ENDPOINT),
        do_request: Some(&[MPTCP_PM_ENDPOINT_ADDR]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "set-limits",
        c_name: "MPTCP_PM_CMD_SET_LIMITS",
        request: 5,
        reply: None,
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[MPTCP_PM_ATTR_RCV_ADD_ADDRS, MPTCP_PM_ATTR_SUBFLOWS]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "get-limits",
        c_name: "MPTCP_PM_CMD_GET_LIMITS",
        request: 6,
        reply: Some(6),
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[MPTCP_PM_ATTR_RCV_ADD_ADDRS, MPTCP_PM_ATTR_SUBFLOWS]),
        do_reply: Some(&[MPTCP_PM_ATTR_RCV_ADD_ADDRS, MPTCP_PM_ATTR_SUBFLOWS]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "set-flags",
        c_name: "MPTCP_PM_CMD_SET_FLAGS",
        request: 7,
        reply: None,
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[
            MPTCP_PM_ATTR_ADDR,
            MPTCP_PM_ATTR_TOKEN,
            MPTCP_PM_ATTR_ADDR_REMOTE,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "announce",
        c_name: "MPTCP_PM_CMD_ANNOUNCE",
        request: 8,
        reply: None,
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[MPTCP_PM_ATTR_ADDR, MPTCP_PM_ATTR_TOKEN]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "remove",
        c_name: "MPTCP_PM_CMD_REMOVE",
        request: 9,
        reply: None,
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[MPTCP_PM_ATTR_TOKEN, MPTCP_PM_ATTR_LOC_ID]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "subflow-create",
        c_name: "MPTCP_PM_CMD_SUBFLOW_CREATE",
        request: 10,
        reply: None,
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[
            MPTCP_PM_ATTR_ADDR,
            MPTCP_PM_ATTR_TOKEN,
            MPTCP_PM_ATTR_ADDR_REMOTE,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "subflow-destroy",
        c_name: "MPTCP_PM_CMD_SUBFLOW_DESTROY",
        request: 11,
        reply: None,
        header: None,
        attrs: Some(&tables::ATTR),
        do_request: Some(&[
            MPTCP_PM_ATTR_ADDR,
            MPTCP_PM_ATTR_TOKEN,
            MPTCP_PM_ATTR_ADDR_REMOTE,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `mptcp_pm` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "mptcp_pm",
    addressing: Addressing::Genl {
        name: "mptcp_pm",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[
        &tables::ADDRESS,
        &tables::SUBFLOW_ATTRIBUTE,
        &tables::ENDPOINT,
        &tables::ATTR,
        &tables::EVENT_ATTR,
    ],
};

/// A `endpoint` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type EndpointMsg<'a> = GenlMsg<Endpoint<'a>>;

/// A `attr` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type AttrMsg<'a> = GenlMsg<AttrAttrs<'a>>;
