//! The operations of `nfsd` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `NFSD_CMD_RPC_STATUS_GET` (dump): dump pending nfsd rpc
    pub struct RpcStatusGet = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::RpcStatus;
    msg<'a> = GenlMsg<super::RpcStatus<'a>>;
}

impl Dump for RpcStatusGet {}

nl_operation! {
    /// `NFSD_CMD_THREADS_SET` (do): set the maximum number of running threads
    pub struct ThreadsSet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Server;
    msg<'a> = GenlMsg<super::Server<'a>>;
}

impl Do for ThreadsSet {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_THREADS_GET` (do): get the maximum number of running threads
    pub struct ThreadsGet = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Server;
    msg<'a> = GenlMsg<super::Server<'a>>;
}

impl Do for ThreadsGet {
    type Answer = Replies;
}

nl_operation! {
    /// `NFSD_CMD_VERSION_SET` (do): set nfs enabled versions
    pub struct VersionSet = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::ServerProto;
    msg<'a> = GenlMsg<super::ServerProto<'a>>;
}

impl Do for VersionSet {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_VERSION_GET` (do): get nfs enabled versions
    pub struct VersionGet = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::ServerProto;
    msg<'a> = GenlMsg<super::ServerProto<'a>>;
}

impl Do for VersionGet {
    type Answer = Replies;
}

nl_operation! {
    /// `NFSD_CMD_LISTENER_SET` (do): set nfs running sockets
    pub struct ListenerSet = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::ServerSock;
    msg<'a> = GenlMsg<super::ServerSock<'a>>;
}

impl Do for ListenerSet {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_LISTENER_GET` (do): get nfs running listeners
    pub struct ListenerGet = (&super::FAMILY, &super::OPS[6]);
    header ();
    attrs super::sets::ServerSock;
    msg<'a> = GenlMsg<super::ServerSock<'a>>;
}

impl Do for ListenerGet {
    type Answer = Replies;
}

nl_operation! {
    /// `NFSD_CMD_POOL_MODE_SET` (do): set the current server pool-mode
    pub struct PoolModeSet = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::PoolMode;
    msg<'a> = GenlMsg<super::PoolMode<'a>>;
}

impl Do for PoolModeSet {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_POOL_MODE_GET` (do): get info about server pool-mode
    pub struct PoolModeGet = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::PoolMode;
    msg<'a> = GenlMsg<super::PoolMode<'a>>;
}

impl Do for PoolModeGet {
    type Answer = Replies;
}

nl_operation! {
    /// `NFSD_CMD_SVC_EXPORT_GET_REQS` (dump): Dump all pending svc_export requests
    pub struct SvcExportGetReqs = (&super::FAMILY, &super::OPS[10]);
    header ();
    attrs super::sets::SvcExportReqs;
    msg<'a> = GenlMsg<super::SvcExportReqs<'a>>;
}

impl Dump for SvcExportGetReqs {}

nl_operation! {
    /// `NFSD_CMD_SVC_EXPORT_SET_REQS` (do): Respond to one or more svc_export requests
    pub struct SvcExportSetReqs = (&super::FAMILY, &super::OPS[11]);
    header ();
    attrs super::sets::SvcExportReqs;
    msg<'a> = GenlMsg<super::SvcExportReqs<'a>>;
}

impl Do for SvcExportSetReqs {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_EXPKEY_GET_REQS` (dump): Dump all pending expkey requests
    pub struct ExpkeyGetReqs = (&super::FAMILY, &super::OPS[12]);
    header ();
    attrs super::sets::ExpkeyReqs;
    msg<'a> = GenlMsg<super::ExpkeyReqs<'a>>;
}

impl Dump for ExpkeyGetReqs {}

nl_operation! {
    /// `NFSD_CMD_EXPKEY_SET_REQS` (do): Respond to one or more expkey requests
    pub struct ExpkeySetReqs = (&super::FAMILY, &super::OPS[13]);
    header ();
    attrs super::sets::ExpkeyReqs;
    msg<'a> = GenlMsg<super::ExpkeyReqs<'a>>;
}

impl Do for ExpkeySetReqs {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_CACHE_FLUSH` (do): Flush nfsd caches (svc_export and/or expkey)
    pub struct CacheFlush = (&super::FAMILY, &super::OPS[14]);
    header ();
    attrs super::sets::CacheFlush;
    msg<'a> = GenlMsg<super::CacheFlush<'a>>;
}

impl Do for CacheFlush {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_UNLOCK_IP` (do): release NLM locks held by an IP address
    pub struct UnlockIp = (&super::FAMILY, &super::OPS[15]);
    header ();
    attrs super::sets::UnlockIp;
    msg<'a> = GenlMsg<super::UnlockIp<'a>>;
}

impl Do for UnlockIp {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_UNLOCK_FILESYSTEM` (do): revoke NFS state under a filesystem path
    pub struct UnlockFilesystem = (&super::FAMILY, &super::OPS[16]);
    header ();
    attrs super::sets::UnlockFilesystem;
    msg<'a> = GenlMsg<super::UnlockFilesystem<'a>>;
}

impl Do for UnlockFilesystem {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_UNLOCK_EXPORT` (do): Revoke NFSv4 state acquired through exports of a given path. Unlike unlock-filesystem, which operates at superblock granularity, this command targets only state associated with a specific export path. Userspace (exportfs -u) sends this after removing the last client for a path so the underlying filesystem can be unmounted.
    pub struct UnlockExport = (&super::FAMILY, &super::OPS[17]);
    header ();
    attrs super::sets::UnlockExport;
    msg<'a> = GenlMsg<super::UnlockExport<'a>>;
}

impl Do for UnlockExport {
    type Answer = Ack;
}

nl_operation! {
    /// `NFSD_CMD_SERVER_STATS_GET` (dump): dump NFS server statistics
    pub struct ServerStatsGet = (&super::FAMILY, &super::OPS[18]);
    header ();
    attrs super::sets::ServerStats;
    msg<'a> = GenlMsg<super::ServerStats<'a>>;
}

impl Dump for ServerStatsGet {}
