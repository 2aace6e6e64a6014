//! Network team device driver.
//!
//! Generated from the kernel's `team.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `team`.
pub static OPS: [Op; 4] = [
    Op {
        name: "noop",
        c_name: "TEAM_CMD_NOOP",
        request: 0,
        reply: Some(0),
        header: None,
        attrs: Some(&tables::TEAM),
        do_request: None,
        do_reply: Some(&[TEAM_ATTR_TEAM_IFINDEX]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "options-set",
        c_name: "TEAM_CMD_OPTIONS_SET",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::TEAM),
        do_request: Some(&[TEAM_ATTR_TEAM_IFINDEX, TEAM_ATTR_LIST_OPTION]),
        do_reply: Some(&[TEAM_ATTR_TEAM_IFINDEX, TEAM_ATTR_LIST_OPTION]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "options-get",
        c_name: "TEAM_CMD_OPTIONS_GET",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::TEAM),
        do_request: Some(&[TEAM_ATTR_TEAM_IFINDEX]),
        do_reply: Some(&[TEAM_ATTR_TEAM_IFINDEX, TEAM_ATTR_LIST_OPTION]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "port-list-get",
        c_name: "TEAM_CMD_PORT_LIST_GET",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::TEAM),
        do_request: Some(&[TEAM_ATTR_TEAM_IFINDEX]),
        do_reply: Some(&[TEAM_ATTR_TEAM_IFINDEX, TEAM_ATTR_LIST_PORT]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `team` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "team",
    addressing: Addressing::Genl {
        name: "team",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[
        &tables::TEAM,
        &tables::ITEM_OPTION,
        &tables::ATTR_OPTION,
        &tables::ITEM_PORT,
        &tables::ATTR_PORT,
    ],
};

/// A `team` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type TeamMsg<'a> = GenlMsg<Team<'a>>;
