//! The operations of `netdev` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `NETDEV_CMD_DEV_GET` (do and dump): Get / dump information about a netdev.
    pub struct DevGet = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Dev;
    msg<'a> = GenlMsg<super::Dev<'a>>;
}

impl Do for DevGet {
    type Answer = Replies;
}

impl Dump for DevGet {}

nl_operation! {
    /// `NETDEV_CMD_PAGE_POOL_GET` (do and dump): Get / dump information about Page Pools.
    /// Only Page Pools associated by the driver with a net_device
    /// can be listed. ifindex will not be reported if the net_device
    /// no longer exists.
    pub struct PagePoolGet = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::PagePool;
    msg<'a> = GenlMsg<super::PagePool<'a>>;
}

impl Do for PagePoolGet {
    type Answer = Replies;
}

impl Dump for PagePoolGet {}

nl_operation! {
    /// `NETDEV_CMD_PAGE_POOL_STATS_GET` (do and dump): Get page pool statistics.
    pub struct PagePoolStatsGet = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::PagePoolStats;
    msg<'a> = GenlMsg<super::PagePoolStats<'a>>;
}

impl Do for PagePoolStatsGet {
    type Answer = Replies;
}

impl Dump for PagePoolStatsGet {}

nl_operation! {
    /// `NETDEV_CMD_QUEUE_GET` (do and dump): Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues).
    pub struct QueueGet = (&super::FAMILY, &super::OPS[9]);
    header ();
    attrs super::sets::Queue;
    msg<'a> = GenlMsg<super::Queue<'a>>;
}

impl Do for QueueGet {
    type Answer = Replies;
}

impl Dump for QueueGet {}

nl_operation! {
    /// `NETDEV_CMD_NAPI_GET` (do and dump): Get information about NAPI instances configured on the system.
    pub struct NapiGet = (&super::FAMILY, &super::OPS[10]);
    header ();
    attrs super::sets::Napi;
    msg<'a> = GenlMsg<super::Napi<'a>>;
}

impl Do for NapiGet {
    type Answer = Replies;
}

impl Dump for NapiGet {}

nl_operation! {
    /// `NETDEV_CMD_QSTATS_GET` (dump): Get / dump fine grained statistics. Which statistics are reported
    /// depends on the device and the driver, and whether the driver stores
    /// software counters per-queue.
    pub struct QstatsGet = (&super::FAMILY, &super::OPS[11]);
    header ();
    attrs super::sets::Qstats;
    msg<'a> = GenlMsg<super::Qstats<'a>>;
}

impl Dump for QstatsGet {}

nl_operation! {
    /// `NETDEV_CMD_BIND_RX` (do): Bind dmabuf to netdev
    pub struct BindRx = (&super::FAMILY, &super::OPS[12]);
    header ();
    attrs super::sets::Dmabuf;
    msg<'a> = GenlMsg<super::Dmabuf<'a>>;
}

impl Do for BindRx {
    type Answer = Replies;
}

nl_operation! {
    /// `NETDEV_CMD_NAPI_SET` (do): Set configurable NAPI instance settings.
    pub struct NapiSet = (&super::FAMILY, &super::OPS[13]);
    header ();
    attrs super::sets::Napi;
    msg<'a> = GenlMsg<super::Napi<'a>>;
}

impl Do for NapiSet {
    type Answer = Ack;
}

nl_operation! {
    /// `NETDEV_CMD_BIND_TX` (do): Bind dmabuf to netdev for TX
    pub struct BindTx = (&super::FAMILY, &super::OPS[14]);
    header ();
    attrs super::sets::Dmabuf;
    msg<'a> = GenlMsg<super::Dmabuf<'a>>;
}

impl Do for BindTx {
    type Answer = Replies;
}

nl_operation! {
    /// `NETDEV_CMD_QUEUE_CREATE` (do): Create a new queue for the given netdevice. Whether this operation
    /// is supported depends on the device and the driver.
    pub struct QueueCreate = (&super::FAMILY, &super::OPS[15]);
    header ();
    attrs super::sets::Queue;
    msg<'a> = GenlMsg<super::Queue<'a>>;
}

impl Do for QueueCreate {
    type Answer = Replies;
}
