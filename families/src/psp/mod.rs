//! PSP Security Protocol Generic Netlink family.
//!
//! Generated from the kernel's `psp.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `psp`.
pub static OPS: [Op; 12] = [
    Op {
        name: "dev-get",
        c_name: "PSP_CMD_DEV_GET",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID]),
        do_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        notification: false,
    },
    Op {
        name: "dev-add-ntf",
        c_name: "PSP_CMD_DEV_ADD_NTF",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID]),
        do_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        notification: true,
    },
    Op {
        name: "dev-del-ntf",
        c_name: "PSP_CMD_DEV_DEL_NTF",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID]),
        do_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        notification: true,
    },
    Op {
        name: "dev-set",
        c_name: "PSP_CMD_DEV_SET",
        request: 4,
        reply: Some(4),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID, PSP_A_DEV_PSP_VERSIONS_ENA]),
        do_reply: Some(&[]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "dev-change-ntf",
        c_name: "PSP_CMD_DEV_CHANGE_NTF",
        request: 5,
        reply: Some(5),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID]),
        do_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            PSP_A_DEV_ID,
            PSP_A_DEV_IFINDEX,
            PSP_A_DEV_PSP_VERSIONS_CAP,
            PSP_A_DEV_PSP_VERSIONS_ENA,
            PSP_A_DEV_ASSOC_LIST,
            PSP_A_DEV_BY_ASSOCIATION,
        ]),
        notification: true,
    },
    Op {
        name: "key-rotate",
        c_name: "PSP_CMD_KEY_ROTATE",
        request: 6,
        reply: Some(6),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID]),
        do_reply: Some(&[PSP_A_DEV_ID]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "key-rotate-ntf",
        c_name: "PSP_CMD_KEY_ROTATE_NTF",
        request: 7,
        reply: Some(7),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID]),
        do_reply: Some(&[PSP_A_DEV_ID]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "rx-assoc",
        c_name: "PSP_CMD_RX_ASSOC",
        request: 8,
        reply: Some(8),
        header: None,
        attrs: Some(&tables::ASSOC),
        do_request: Some(&[PSP_A_ASSOC_DEV_ID, PSP_A_ASSOC_VERSION, PSP_A_ASSOC_SOCK_FD]),
        do_reply: Some(&[PSP_A_ASSOC_DEV_ID, PSP_A_ASSOC_RX_KEY]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "tx-assoc",
        c_name: "PSP_CMD_TX_ASSOC",
        request: 9,
        reply: Some(9),
        header: None,
        attrs: Some(&tables::ASSOC),
        do_request: Some(&[
            PSP_A_ASSOC_DEV_ID,
            PSP_A_ASSOC_VERSION,
            PSP_A_ASSOC_TX_KEY,
            PSP_A_ASSOC_SOCK_FD,
        ]),
        do_reply: Some(&[]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "get-stats",
        c_name: "PSP_CMD_GET_STATS",
        request: 10,
        reply: Some(10),
        header: None,
        attrs: Some(&tables::STATS),
        do_request: Some(&[PSP_A_STATS_DEV_ID]),
        do_reply: Some(&[
            PSP_A_STATS_DEV_ID,
            PSP_A_STATS_KEY_ROTATIONS,
            PSP_A_STATS_STALE_EVENTS,
            PSP_A_STATS_RX_PACKETS,
            PSP_A_STATS_RX_BYTES,
            PSP_A_STATS_RX_AUTH_FAIL,
            PSP_A_STATS_RX_ERROR,
            PSP_A_STATS_RX_BAD,
            PSP_A_STATS_TX_PACKETS,
            PSP_A_STATS_TX_BYTES,
            PSP_A_STATS_TX_ERROR,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            PSP_A_STATS_DEV_ID,
            PSP_A_STATS_KEY_ROTATIONS,
            PSP_A_STATS_STALE_EVENTS,
            PSP_A_STATS_RX_PACKETS,
            PSP_A_STATS_RX_BYTES,
            PSP_A_STATS_RX_AUTH_FAIL,
            PSP_A_STATS_RX_ERROR,
            PSP_A_STATS_RX_BAD,
            PSP_A_STATS_TX_PACKETS,
            PSP_A_STATS_TX_BYTES,
            PSP_A_STATS_TX_ERROR,
        ]),
        notification: false,
    },
    Op {
        name: "dev-assoc",
        c_name: "PSP_CMD_DEV_ASSOC",
        request: 11,
        reply: Some(11),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID, PSP_A_DEV_IFINDEX, PSP_A_DEV_NSID]),
        do_reply: Some(&[]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "dev-disassoc",
        c_name: "PSP_CMD_DEV_DISASSOC",
        request: 12,
        reply: Some(12),
        header: None,
        attrs: Some(&tables::DEV),
        do_request: Some(&[PSP_A_DEV_ID, PSP_A_DEV_IFINDEX, PSP_A_DEV_NSID]),
        do_reply: Some(&[]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `psp` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "psp",
    addressing: Addressing::Genl {
        name: "psp",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[
        McastGroup {
            name: "mgmt",
            id: None,
        },
        McastGroup {
            name: "use",
            id: None,
        },
    ],
    attr_sets: &[
        &tables::ASSOC_DEV_INFO,
        &tables::DEV,
        &tables::ASSOC,
        &tables::KEYS,
        &tables::STATS,
    ],
};

/// A `dev` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type DevMsg<'a> = GenlMsg<Dev<'a>>;

/// A `assoc` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type AssocMsg<'a> = GenlMsg<Assoc<'a>>;

/// A `stats` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type StatsMsg<'a> = GenlMsg<Stats<'a>>;
