//! The operations of `netdev` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `NETDEV_CMD_DEV_GET` (do and dump): Get / dump information about a netdev.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DevGet;

impl Operation for DevGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Dev;
    type Msg<'a> = GenlMsg<super::Dev<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DevGet {
    type Answer = Replies;
}

impl Dump for DevGet {}

/// `NETDEV_CMD_PAGE_POOL_GET` (do and dump): Get / dump information about Page Pools.
/// Only Page Pools associated by the driver with a net_device
/// can be listed. ifindex will not be reported if the net_device
/// no longer exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PagePoolGet;

impl Operation for PagePoolGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::PagePool;
    type Msg<'a> = GenlMsg<super::PagePool<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PagePoolGet {
    type Answer = Replies;
}

impl Dump for PagePoolGet {}

/// `NETDEV_CMD_PAGE_POOL_STATS_GET` (do and dump): Get page pool statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PagePoolStatsGet;

impl Operation for PagePoolStatsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::PagePoolStats;
    type Msg<'a> = GenlMsg<super::PagePoolStats<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PagePoolStatsGet {
    type Answer = Replies;
}

impl Dump for PagePoolStatsGet {}

/// `NETDEV_CMD_QUEUE_GET` (do and dump): Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueGet;

impl Operation for QueueGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = ();
    type Attrs = super::sets::Queue;
    type Msg<'a> = GenlMsg<super::Queue<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for QueueGet {
    type Answer = Replies;
}

impl Dump for QueueGet {}

/// `NETDEV_CMD_NAPI_GET` (do and dump): Get information about NAPI instances configured on the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NapiGet;

impl Operation for NapiGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = ();
    type Attrs = super::sets::Napi;
    type Msg<'a> = GenlMsg<super::Napi<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for NapiGet {
    type Answer = Replies;
}

impl Dump for NapiGet {}

/// `NETDEV_CMD_QSTATS_GET` (dump): Get / dump fine grained statistics. Which statistics are reported
/// depends on the device and the driver, and whether the driver stores
/// software counters per-queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QstatsGet;

impl Operation for QstatsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = ();
    type Attrs = super::sets::Qstats;
    type Msg<'a> = GenlMsg<super::Qstats<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for QstatsGet {}

/// `NETDEV_CMD_BIND_RX` (do): Bind dmabuf to netdev
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindRx;

impl Operation for BindRx {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[12];
    type Header = ();
    type Attrs = super::sets::Dmabuf;
    type Msg<'a> = GenlMsg<super::Dmabuf<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for BindRx {
    type Answer = Replies;
}

/// `NETDEV_CMD_NAPI_SET` (do): Set configurable NAPI instance settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NapiSet;

impl Operation for NapiSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[13];
    type Header = ();
    type Attrs = super::sets::Napi;
    type Msg<'a> = GenlMsg<super::Napi<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for NapiSet {
    type Answer = Ack;
}

/// `NETDEV_CMD_BIND_TX` (do): Bind dmabuf to netdev for TX
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BindTx;

impl Operation for BindTx {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[14];
    type Header = ();
    type Attrs = super::sets::Dmabuf;
    type Msg<'a> = GenlMsg<super::Dmabuf<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for BindTx {
    type Answer = Replies;
}

/// `NETDEV_CMD_QUEUE_CREATE` (do): Create a new queue for the given netdevice. Whether this operation
/// is supported depends on the device and the driver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueCreate;

impl Operation for QueueCreate {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[15];
    type Header = ();
    type Attrs = super::sets::Queue;
    type Msg<'a> = GenlMsg<super::Queue<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for QueueCreate {
    type Answer = Replies;
}
