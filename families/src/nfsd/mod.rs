//! NFSD configuration over generic netlink.
//!
//! Generated from the kernel's `nfsd.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `nfsd`.
pub static OPS: [Op; 19] = [
    Op {
        name: "rpc-status-get",
        c_name: "NFSD_CMD_RPC_STATUS_GET",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::RPC_STATUS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[
            NFSD_A_RPC_STATUS_XID,
            NFSD_A_RPC_STATUS_FLAGS,
            NFSD_A_RPC_STATUS_PROG,
            NFSD_A_RPC_STATUS_VERSION,
            NFSD_A_RPC_STATUS_PROC,
            NFSD_A_RPC_STATUS_SERVICE_TIME,
            NFSD_A_RPC_STATUS_SADDR4,
            NFSD_A_RPC_STATUS_DADDR4,
            NFSD_A_RPC_STATUS_SADDR6,
            NFSD_A_RPC_STATUS_DADDR6,
            NFSD_A_RPC_STATUS_SPORT,
            NFSD_A_RPC_STATUS_DPORT,
            NFSD_A_RPC_STATUS_COMPOUND_OPS,
        ]),
        notification: false,
    },
    Op {
        name: "threads-set",
        c_name: "NFSD_CMD_THREADS_SET",
        request: 2,
        reply: None,
        header: None,
        attrs: Some(&tables::SERVER),
        do_request: Some(&[
            NFSD_A_SERVER_THREADS,
            NFSD_A_SERVER_GRACETIME,
            NFSD_A_SERVER_LEASETIME,
            NFSD_A_SERVER_SCOPE,
            NFSD_A_SERVER_MIN_THREADS,
            NFSD_A_SERVER_FH_KEY,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "threads-get",
        c_name: "NFSD_CMD_THREADS_GET",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::SERVER),
        do_request: None,
        do_reply: Some(&[
            NFSD_A_SERVER_THREADS,
            NFSD_A_SERVER_GRACETIME,
            NFSD_A_SERVER_LEASETIME,
            NFSD_A_SERVER_SCOPE,
            NFSD_A_SERVER_MIN_THREADS,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "version-set",
        c_name: "NFSD_CMD_VERSION_SET",
        request: 4,
        reply: None,
        header: None,
        attrs: Some(&tables::SERVER_PROTO),
        do_request: Some(&[NFSD_A_SERVER_PROTO_VERSION]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "version-get",
        c_name: "NFSD_CMD_VERSION_GET",
        request: 5,
        reply: Some(5),
        header: None,
        attrs: Some(&tables::SERVER_PROTO),
        do_request: None,
        do_reply: Some(&[NFSD_A_SERVER_PROTO_VERSION]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "listener-set",
        c_name: "NFSD_CMD_LISTENER_SET",
        request: 6,
        reply: None,
        header: None,
        attrs: Some(&tables::SERVER_SOCK),
        do_request: Some(&[NFSD_A_SERVER_SOCK_ADDR]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "listener-get",
        c_name: "NFSD_CMD_LISTENER_GET",
        request: 7,
        reply: Some(7),
        header: None,
        attrs: Some(&tables::SERVER_SOCK),
        do_request: None,
        do_reply: Some(&[NFSD_A_SERVER_SOCK_ADDR]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "pool-mode-set",
        c_name: "NFSD_CMD_POOL_MODE_SET",
        request: 8,
        reply: None,
        header: None,
        attrs: Some(&tables::POOL_MODE),
        do_request: Some(&[NFSD_A_POOL_MODE_MODE]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "pool-mode-get",
        c_name: "NFSD_CMD_POOL_MODE_GET",
        request: 9,
        reply: Some(9),
        header: None,
        attrs: Some(&tables::POOL_MODE),
        do_request: None,
        do_reply: Some(&[NFSD_A_POOL_MODE_MODE, NFSD_A_POOL_MODE_NPOOLS]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "cache-notify",
        c_name: "NFSD_CMD_CACHE_NOTIFY",
        request: 10,
        reply: Some(10),
        header: None,
        attrs: Some(&tables::CACHE_NOTIFY),
        do_request: None,
        do_reply: Some(&[NFSD_A_CACHE_NOTIFY_CACHE_TYPE]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "svc-export-get-reqs",
        c_name: "NFSD_CMD_SVC_EXPORT_GET_REQS",
        request: 11,
        reply: Some(11),
        header: None,
        attrs: Some(&tables::SVC_EXPORT_REQS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[NFSD_A_SVC_EXPORT_REQS_REQUESTS]),
        notification: false,
    },
    Op {
        name: "svc-export-set-reqs",
        c_name: "NFSD_CMD_SVC_EXPORT_SET_REQS",
        request: 12,
        reply: None,
        header: None,
        attrs: Some(&tables::SVC_EXPORT_REQS),
        do_request: Some(&[NFSD_A_SVC_EXPORT_REQS_REQUESTS]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "expkey-get-reqs",
        c_name: "NFSD_CMD_EXPKEY_GET_REQS",
        request: 13,
        reply: Some(13),
        header: None,
        attrs: Some(&tables::EXPKEY_REQS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[NFSD_A_EXPKEY_REQS_REQUESTS]),
        notification: false,
    },
    Op {
        name: "expkey-set-reqs",
        c_name: "NFSD_CMD_EXPKEY_SET_REQS",
        request: 14,
        reply: None,
        header: None,
        attrs: Some(&tables::EXPKEY_REQS),
        do_request: Some(&[NFSD_A_EXPKEY_REQS_REQUESTS]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "cache-flush",
        c_name: "NFSD_CMD_CACHE_FLUSH",
        request: 15,
        reply: None,
        header: None,
        attrs: Some(&tables::CACHE_FLUSH),
        do_request: Some(&[NFSD_A_CACHE_FLUSH_MASK]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "unlock-ip",
        c_name: "NFSD_CMD_UNLOCK_IP",
        request: 16,
        reply: None,
        header: None,
        attrs: Some(&tables::UNLOCK_IP),
        do_request: Some(&[NFSD_A_UNLOCK_IP_ADDRESS]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "unlock-filesystem",
        c_name: "NFSD_CMD_UNLOCK_FILESYSTEM",
        request: 17,
        reply: None,
        header: None,
        attrs: Some(&tables::UNLOCK_FILESYSTEM),
        do_request: Some(&[NFSD_A_UNLOCK_FILESYSTEM_PATH]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "unlock-export",
        c_name: "NFSD_CMD_UNLOCK_EXPORT",
        request: 18,
        reply: None,
        header: None,
        attrs: Some(&tables::UNLOCK_EXPORT),
        do_request: Some(&[NFSD_A_UNLOCK_EXPORT_PATH]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "server-stats-get",
        c_name: "NFSD_CMD_SERVER_STATS_GET",
        request: 19,
        reply: Some(19),
        header: None,
        attrs: Some(&tables::SERVER_STATS),
        do_request: None,
        do_reply: None,
        dump_request: None,
        dump_reply: Some(&[
            NFSD_A_SERVER_STATS_RC_HITS,
            NFSD_A_SERVER_STATS_RC_MISSES,
            NFSD_A_SERVER_STATS_RC_NOCACHE,
            NFSD_A_SERVER_STATS_FH_STALE,
            NFSD_A_SERVER_STATS_IO_READ,
            NFSD_A_SERVER_STATS_IO_WRITE,
            NFSD_A_SERVER_STATS_NETCNT,
            NFSD_A_SERVER_STATS_NETUDPCNT,
            NFSD_A_SERVER_STATS_NETTCPCNT,
            NFSD_A_SERVER_STATS_NETTCPCONN,
            NFSD_A_SERVER_STATS_RPCCNT,
            NFSD_A_SERVER_STATS_RPCBADFMT,
            NFSD_A_SERVER_STATS_RPCBADAUTH,
            NFSD_A_SERVER_STATS_RPCBADCLNT,
            NFSD_A_SERVER_STATS_PROC2_OPS,
            NFSD_A_SERVER_STATS_PROC3_OPS,
            NFSD_A_SERVER_STATS_PROC4_OPS,
            NFSD_A_SERVER_STATS_PROC4OPS_OPS,
            NFSD_A_SERVER_STATS_PROC4CB_OPS,
        ]),
        notification: false,
    },
];

/// The `nfsd` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "nfsd",
    addressing: Addressing::Genl {
        name: "nfsd",
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
        &tables::RPC_STATUS,
        &tables::SERVER,
        &tables::VERSION,
        &tables::SERVER_PROTO,
        &tables::SOCK,
        &tables::SERVER_SOCK,
        &tables::POOL_MODE,
        &tables::FSLOCATION,
        &tables::FSLOCATIONS,
        &tables::AUTH_FLAVOR,
        &tables::SVC_EXPORT,
        &tables::SVC_EXPORT_REQS,
        &tables::EXPKEY,
        &tables::EXPKEY_REQS,
        &tables::CACHE_FLUSH,
        &tables::UNLOCK_IP,
        &tables::UNLOCK_FILESYSTEM,
        &tables::UNLOCK_EXPORT,
        &tables::SERVER_PROC_ENTRY,
        &tables::SERVER_STATS,
    ],
};

/// A `rpc-status` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type RpcStatusMsg<'a> = GenlMsg<RpcStatus<'a>>;

/// A `server` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ServerMsg<'a> = GenlMsg<Server<'a>>;

/// A `server-proto` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ServerProtoMsg<'a> = GenlMsg<ServerProto<'a>>;

/// A `server-sock` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ServerSockMsg<'a> = GenlMsg<ServerSock<'a>>;

/// A `pool-mode` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type PoolModeMsg<'a> = GenlMsg<PoolMode<'a>>;

/// A `cache-notify` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type CacheNotifyMsg<'a> = GenlMsg<CacheNotify<'a>>;

/// A `svc-export-reqs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type SvcExportReqsMsg<'a> = GenlMsg<SvcExportReqs<'a>>;

/// A `expkey-reqs` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ExpkeyReqsMsg<'a> = GenlMsg<ExpkeyReqs<'a>>;

/// A `cache-flush` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type CacheFlushMsg<'a> = GenlMsg<CacheFlush<'a>>;

/// A `unlock-ip` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type UnlockIpMsg<'a> = GenlMsg<UnlockIp<'a>>;

/// A `unlock-filesystem` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type UnlockFilesystemMsg<'a> = GenlMsg<UnlockFilesystem<'a>>;

/// A `unlock-export` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type UnlockExportMsg<'a> = GenlMsg<UnlockExport<'a>>;

/// A `server-stats` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ServerStatsMsg<'a> = GenlMsg<ServerStats<'a>>;
