//! The operations of `nfsd` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `NFSD_CMD_RPC_STATUS_GET` (dump): dump pending nfsd rpc
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RpcStatusGet;

impl Operation for RpcStatusGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::RpcStatus;
    type Msg<'a> = GenlMsg<super::RpcStatus<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for RpcStatusGet {}

/// `NFSD_CMD_THREADS_SET` (do): set the maximum number of running threads
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThreadsSet;

impl Operation for ThreadsSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Server;
    type Msg<'a> = GenlMsg<super::Server<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ThreadsSet {
    type Answer = Ack;
}

/// `NFSD_CMD_THREADS_GET` (do): get the maximum number of running threads
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThreadsGet;

impl Operation for ThreadsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Server;
    type Msg<'a> = GenlMsg<super::Server<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ThreadsGet {
    type Answer = Replies;
}

/// `NFSD_CMD_VERSION_SET` (do): set nfs enabled versions
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VersionSet;

impl Operation for VersionSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::ServerProto;
    type Msg<'a> = GenlMsg<super::ServerProto<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for VersionSet {
    type Answer = Ack;
}

/// `NFSD_CMD_VERSION_GET` (do): get nfs enabled versions
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VersionGet;

impl Operation for VersionGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::ServerProto;
    type Msg<'a> = GenlMsg<super::ServerProto<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for VersionGet {
    type Answer = Replies;
}

/// `NFSD_CMD_LISTENER_SET` (do): set nfs running sockets
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListenerSet;

impl Operation for ListenerSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::ServerSock;
    type Msg<'a> = GenlMsg<super::ServerSock<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ListenerSet {
    type Answer = Ack;
}

/// `NFSD_CMD_LISTENER_GET` (do): get nfs running listeners
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListenerGet;

impl Operation for ListenerGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = ();
    type Attrs = super::sets::ServerSock;
    type Msg<'a> = GenlMsg<super::ServerSock<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ListenerGet {
    type Answer = Replies;
}

/// `NFSD_CMD_POOL_MODE_SET` (do): set the current server pool-mode
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolModeSet;

impl Operation for PoolModeSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::PoolMode;
    type Msg<'a> = GenlMsg<super::PoolMode<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PoolModeSet {
    type Answer = Ack;
}

/// `NFSD_CMD_POOL_MODE_GET` (do): get info about server pool-mode
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolModeGet;

impl Operation for PoolModeGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::PoolMode;
    type Msg<'a> = GenlMsg<super::PoolMode<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PoolModeGet {
    type Answer = Replies;
}

/// `NFSD_CMD_SVC_EXPORT_GET_REQS` (dump): Dump all pending svc_export requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SvcExportGetReqs;

impl Operation for SvcExportGetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = ();
    type Attrs = super::sets::SvcExportReqs;
    type Msg<'a> = GenlMsg<super::SvcExportReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for SvcExportGetReqs {}

/// `NFSD_CMD_SVC_EXPORT_SET_REQS` (do): Respond to one or more svc_export requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SvcExportSetReqs;

impl Operation for SvcExportSetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = ();
    type Attrs = super::sets::SvcExportReqs;
    type Msg<'a> = GenlMsg<super::SvcExportReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SvcExportSetReqs {
    type Answer = Ack;
}

/// `NFSD_CMD_EXPKEY_GET_REQS` (dump): Dump all pending expkey requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExpkeyGetReqs;

impl Operation for ExpkeyGetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[12];
    type Header = ();
    type Attrs = super::sets::ExpkeyReqs;
    type Msg<'a> = GenlMsg<super::ExpkeyReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for ExpkeyGetReqs {}

/// `NFSD_CMD_EXPKEY_SET_REQS` (do): Respond to one or more expkey requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExpkeySetReqs;

impl Operation for ExpkeySetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[13];
    type Header = ();
    type Attrs = super::sets::ExpkeyReqs;
    type Msg<'a> = GenlMsg<super::ExpkeyReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ExpkeySetReqs {
    type Answer = Ack;
}

/// `NFSD_CMD_CACHE_FLUSH` (do): Flush nfsd caches (svc_export and/or expkey)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheFlush;

impl Operation for CacheFlush {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[14];
    type Header = ();
    type Attrs = super::sets::CacheFlush;
    type Msg<'a> = GenlMsg<super::CacheFlush<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CacheFlush {
    type Answer = Ack;
}

/// `NFSD_CMD_UNLOCK_IP` (do): release NLM locks held by an IP address
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnlockIp;

impl Operation for UnlockIp {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[15];
    type Header = ();
    type Attrs = super::sets::UnlockIp;
    type Msg<'a> = GenlMsg<super::UnlockIp<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for UnlockIp {
    type Answer = Ack;
}

/// `NFSD_CMD_UNLOCK_FILESYSTEM` (do): revoke NFS state under a filesystem path
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnlockFilesystem;

impl Operation for UnlockFilesystem {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[16];
    type Header = ();
    type Attrs = super::sets::UnlockFilesystem;
    type Msg<'a> = GenlMsg<super::UnlockFilesystem<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for UnlockFilesystem {
    type Answer = Ack;
}

/// `NFSD_CMD_UNLOCK_EXPORT` (do): Revoke NFSv4 state acquired through exports of a given path. Unlike unlock-filesystem, which operates at superblock granularity, this command targets only state associated with a specific export path. Userspace (exportfs -u) sends this after removing the last client for a path so the underlying filesystem can be unmounted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnlockExport;

impl Operation for UnlockExport {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[17];
    type Header = ();
    type Attrs = super::sets::UnlockExport;
    type Msg<'a> = GenlMsg<super::UnlockExport<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for UnlockExport {
    type Answer = Ack;
}

/// `NFSD_CMD_SERVER_STATS_GET` (dump): dump NFS server statistics
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ServerStatsGet;

impl Operation for ServerStatsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[18];
    type Header = ();
    type Attrs = super::sets::ServerStats;
    type Msg<'a> = GenlMsg<super::ServerStats<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for ServerStatsGet {}
