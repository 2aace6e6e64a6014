//! SUNRPC cache upcall support over generic netlink.
//!
//! Generated from the kernel's `sunrpc.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `sunrpc`.
pub static OPS: [Op; 6] = [
    Op {
        name: "cache-notify",
        c_name: "SUNRPC_CMD_CACHE_NOTIFY",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::CACHE_NOTIFY),
        do_request: None,
        do_reply: Some(&[SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "ip-map-get-reqs",
        c_name: "SUNRPC_CMD_IP_MAP_GET_REQS",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::IP_MAP_REQS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[SUNRPC_A_IP_MAP_REQS_REQUESTS]),
        notification: false,
    },
    Op {
        name: "ip-map-set-reqs",
        c_name: "SUNRPC_CMD_IP_MAP_SET_REQS",
        request: 3,
        reply: None,
        header: None,
        attrs: Some(&tables::IP_MAP_REQS),
        do_request: Some(&[SUNRPC_A_IP_MAP_REQS_REQUESTS]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "unix-gid-get-reqs",
        c_name: "SUNRPC_CMD_UNIX_GID_GET_REQS",
        request: 4,
        reply: Some(4),
        header: None,
        attrs: Some(&tables::UNIX_GID_REQS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[SUNRPC_A_UNIX_GID_REQS_REQUESTS]),
        notification: false,
    },
    Op {
        name: "unix-gid-set-reqs",
        c_name: "SUNRPC_CMD_UNIX_GID_SET_REQS",
        request: 5,
        reply: None,
        header: None,
        attrs: Some(&tables::UNIX_GID_REQS),
        do_request: Some(&[SUNRPC_A_UNIX_GID_REQS_REQUESTS]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "cache-flush",
        c_name: "SUNRPC_CMD_CACHE_FLUSH",
        request: 6,
        reply: None,
        header: None,
        attrs: Some(&tables::CACHE_FLUSH),
        do_request: Some(&[SUNRPC_A_CACHE_FLUSH_MASK]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `sunrpc` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "sunrpc",
    addressing: Addressing::Genl {
        name: "sunrpc",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[
        McastGroup {
            name: "none",
            id: None,
        },
        McastGroup {
            name: "exportd",
            id: None,
        },
    ],
    attr_sets: &[
        &tables::CACHE_NOTIFY,
        &tables::IP_MAP,
        &tables::IP_MAP_REQS,
        &tables::UNIX_GID,
        &tables::UNIX_GID_REQS,
        &tables::CACHE_FLUSH,
    ],
};

/// A `cache-notify` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type CacheNotifyMsg<'a> = GenlMsg<CacheNotify<'a>>;

/// A `ip-map-reqs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type IpMapReqsMsg<'a> = GenlMsg<IpMapReqs<'a>>;

/// A `unix-gid-reqs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type UnixGidReqsMsg<'a> = GenlMsg<UnixGidReqs<'a>>;

/// A `cache-flush` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type CacheFlushMsg<'a> = GenlMsg<CacheFlush<'a>>;
