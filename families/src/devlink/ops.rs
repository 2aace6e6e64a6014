//! The operations of `devlink` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `DEVLINK_CMD_GET` (do and dump): Get devlink instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

/// `DEVLINK_CMD_PORT_GET` (do and dump): Get devlink port instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortGet;

impl Operation for PortGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortGet {
    type Answer = Replies;
}

impl Dump for PortGet {}

/// `DEVLINK_CMD_PORT_SET` (do): Set devlink port instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortSet;

impl Operation for PortSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_PORT_NEW` (do): Create devlink port instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortNew;

impl Operation for PortNew {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortNew {
    type Answer = Replies;
}

/// `DEVLINK_CMD_PORT_DEL` (do): Delete devlink port instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortDel;

impl Operation for PortDel {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortDel {
    type Answer = Ack;
}

/// `DEVLINK_CMD_PORT_SPLIT` (do): Split devlink port instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortSplit;

impl Operation for PortSplit {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortSplit {
    type Answer = Ack;
}

/// `DEVLINK_CMD_PORT_UNSPLIT` (do): Unplit devlink port instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortUnsplit;

impl Operation for PortUnsplit {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortUnsplit {
    type Answer = Ack;
}

/// `DEVLINK_CMD_SB_GET` (do and dump): Get shared buffer instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbGet;

impl Operation for SbGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbGet {
    type Answer = Replies;
}

impl Dump for SbGet {}

/// `DEVLINK_CMD_SB_POOL_GET` (do and dump): Get shared buffer pool instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbPoolGet;

impl Operation for SbPoolGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbPoolGet {
    type Answer = Replies;
}

impl Dump for SbPoolGet {}

/// `DEVLINK_CMD_SB_POOL_SET` (do): Set shared buffer pool instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbPoolSet;

impl Operation for SbPoolSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbPoolSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_SB_PORT_POOL_GET` (do and dump): Get shared buffer port-pool combinations and threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbPortPoolGet;

impl Operation for SbPortPoolGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbPortPoolGet {
    type Answer = Replies;
}

impl Dump for SbPortPoolGet {}

/// `DEVLINK_CMD_SB_PORT_POOL_SET` (do): Set shared buffer port-pool combinations and threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbPortPoolSet;

impl Operation for SbPortPoolSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbPortPoolSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_SB_TC_POOL_BIND_GET` (do and dump): Get shared buffer port-TC to pool bindings and threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbTcPoolBindGet;

impl Operation for SbTcPoolBindGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[12];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbTcPoolBindGet {
    type Answer = Replies;
}

impl Dump for SbTcPoolBindGet {}

/// `DEVLINK_CMD_SB_TC_POOL_BIND_SET` (do): Set shared buffer port-TC to pool bindings and threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbTcPoolBindSet;

impl Operation for SbTcPoolBindSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[13];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbTcPoolBindSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_SB_OCC_SNAPSHOT` (do): Take occupancy snapshot of shared buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbOccSnapshot;

impl Operation for SbOccSnapshot {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[14];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbOccSnapshot {
    type Answer = Ack;
}

/// `DEVLINK_CMD_SB_OCC_MAX_CLEAR` (do): Clear occupancy watermarks of shared buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SbOccMaxClear;

impl Operation for SbOccMaxClear {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[15];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SbOccMaxClear {
    type Answer = Ack;
}

/// `DEVLINK_CMD_ESWITCH_GET` (do): Get eswitch attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EswitchGet;

impl Operation for EswitchGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[16];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for EswitchGet {
    type Answer = Replies;
}

/// `DEVLINK_CMD_ESWITCH_SET` (do): Set eswitch attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EswitchSet;

impl Operation for EswitchSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[17];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for EswitchSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_DPIPE_TABLE_GET` (do): Get dpipe table attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DpipeTableGet;

impl Operation for DpipeTableGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[18];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DpipeTableGet {
    type Answer = Replies;
}

/// `DEVLINK_CMD_DPIPE_ENTRIES_GET` (do): Get dpipe entries attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DpipeEntriesGet;

impl Operation for DpipeEntriesGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[19];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DpipeEntriesGet {
    type Answer = Replies;
}

/// `DEVLINK_CMD_DPIPE_HEADERS_GET` (do): Get dpipe headers attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DpipeHeadersGet;

impl Operation for DpipeHeadersGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[20];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DpipeHeadersGet {
    type Answer = Replies;
}

/// `DEVLINK_CMD_DPIPE_TABLE_COUNTERS_SET` (do): Set dpipe counter attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DpipeTableCountersSet;

impl Operation for DpipeTableCountersSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[21];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DpipeTableCountersSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_RESOURCE_SET` (do): Set resource attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResourceSet;

impl Operation for ResourceSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[22];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ResourceSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_RESOURCE_DUMP` (do and dump): Get resource attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResourceDump;

impl Operation for ResourceDump {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[23];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ResourceDump {
    type Answer = Replies;
}

impl Dump for ResourceDump {}

/// `DEVLINK_CMD_RELOAD` (do): Reload devlink.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reload;

impl Operation for Reload {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[24];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Reload {
    type Answer = Replies;
}

/// `DEVLINK_CMD_PARAM_GET` (do and dump): Get param instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParamGet;

impl Operation for ParamGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[25];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ParamGet {
    type Answer = Replies;
}

impl Dump for ParamGet {}

/// `DEVLINK_CMD_PARAM_SET` (do): Set param instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParamSet;

impl Operation for ParamSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[26];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ParamSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_REGION_GET` (do and dump): Get region instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionGet;

impl Operation for RegionGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[27];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RegionGet {
    type Answer = Replies;
}

impl Dump for RegionGet {}

/// `DEVLINK_CMD_REGION_NEW` (do): Create region snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionNew;

impl Operation for RegionNew {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[28];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RegionNew {
    type Answer = Replies;
}

/// `DEVLINK_CMD_REGION_DEL` (do): Delete region snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionDel;

impl Operation for RegionDel {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[29];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RegionDel {
    type Answer = Ack;
}

/// `DEVLINK_CMD_REGION_READ` (dump): Read region data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionRead;

impl Operation for RegionRead {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[30];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for RegionRead {}

/// `DEVLINK_CMD_PORT_PARAM_GET` (do and dump): Get port param instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortParamGet;

impl Operation for PortParamGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[31];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortParamGet {
    type Answer = Replies;
}

impl Dump for PortParamGet {}

/// `DEVLINK_CMD_PORT_PARAM_SET` (do): Set port param instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortParamSet;

impl Operation for PortParamSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[32];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortParamSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_INFO_GET` (do and dump): Get device information, like driver name, hardware and firmware versions
/// etc.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InfoGet;

impl Operation for InfoGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[33];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for InfoGet {
    type Answer = Replies;
}

impl Dump for InfoGet {}

/// `DEVLINK_CMD_HEALTH_REPORTER_GET` (do and dump): Get health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterGet;

impl Operation for HealthReporterGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[34];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for HealthReporterGet {
    type Answer = Replies;
}

impl Dump for HealthReporterGet {}

/// `DEVLINK_CMD_HEALTH_REPORTER_SET` (do): Set health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterSet;

impl Operation for HealthReporterSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[35];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for HealthReporterSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_HEALTH_REPORTER_RECOVER` (do): Recover health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterRecover;

impl Operation for HealthReporterRecover {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[36];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for HealthReporterRecover {
    type Answer = Ack;
}

/// `DEVLINK_CMD_HEALTH_REPORTER_DIAGNOSE` (do): Diagnose health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterDiagnose;

impl Operation for HealthReporterDiagnose {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[37];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for HealthReporterDiagnose {
    type Answer = Ack;
}

/// `DEVLINK_CMD_HEALTH_REPORTER_DUMP_GET` (dump): Dump health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterDumpGet;

impl Operation for HealthReporterDumpGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[38];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for HealthReporterDumpGet {}

/// `DEVLINK_CMD_HEALTH_REPORTER_DUMP_CLEAR` (do): Clear dump of health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterDumpClear;

impl Operation for HealthReporterDumpClear {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[39];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for HealthReporterDumpClear {
    type Answer = Ack;
}

/// `DEVLINK_CMD_FLASH_UPDATE` (do): Flash update devlink instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FlashUpdate;

impl Operation for FlashUpdate {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[40];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for FlashUpdate {
    type Answer = Ack;
}

/// `DEVLINK_CMD_TRAP_GET` (do and dump): Get trap instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrapGet;

impl Operation for TrapGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[41];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TrapGet {
    type Answer = Replies;
}

impl Dump for TrapGet {}

/// `DEVLINK_CMD_TRAP_SET` (do): Set trap instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrapSet;

impl Operation for TrapSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[42];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TrapSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_TRAP_GROUP_GET` (do and dump): Get trap group instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrapGroupGet;

impl Operation for TrapGroupGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[43];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TrapGroupGet {
    type Answer = Replies;
}

impl Dump for TrapGroupGet {}

/// `DEVLINK_CMD_TRAP_GROUP_SET` (do): Set trap group instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrapGroupSet;

impl Operation for TrapGroupSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[44];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TrapGroupSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_TRAP_POLICER_GET` (do and dump): Get trap policer instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrapPolicerGet;

impl Operation for TrapPolicerGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[45];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TrapPolicerGet {
    type Answer = Replies;
}

impl Dump for TrapPolicerGet {}

/// `DEVLINK_CMD_TRAP_POLICER_SET` (do): Get trap policer instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrapPolicerSet;

impl Operation for TrapPolicerSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[46];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TrapPolicerSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_HEALTH_REPORTER_TEST` (do): Test health reporter instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HealthReporterTest;

impl Operation for HealthReporterTest {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[47];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for HealthReporterTest {
    type Answer = Ack;
}

/// `DEVLINK_CMD_RATE_GET` (do and dump): Get rate instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateGet;

impl Operation for RateGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[48];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RateGet {
    type Answer = Replies;
}

impl Dump for RateGet {}

/// `DEVLINK_CMD_RATE_SET` (do): Set rate instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateSet;

impl Operation for RateSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[49];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RateSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_RATE_NEW` (do): Create rate instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateNew;

impl Operation for RateNew {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[50];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RateNew {
    type Answer = Ack;
}

/// `DEVLINK_CMD_RATE_DEL` (do): Delete rate instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateDel;

impl Operation for RateDel {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[51];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RateDel {
    type Answer = Ack;
}

/// `DEVLINK_CMD_LINECARD_GET` (do and dump): Get line card instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinecardGet;

impl Operation for LinecardGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[52];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinecardGet {
    type Answer = Replies;
}

impl Dump for LinecardGet {}

/// `DEVLINK_CMD_LINECARD_SET` (do): Set line card instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinecardSet;

impl Operation for LinecardSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[53];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinecardSet {
    type Answer = Ack;
}

/// `DEVLINK_CMD_SELFTESTS_GET` (do and dump): Get device selftest instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SelftestsGet;

impl Operation for SelftestsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[54];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SelftestsGet {
    type Answer = Replies;
}

impl Dump for SelftestsGet {}

/// `DEVLINK_CMD_SELFTESTS_RUN` (do): Run device selftest instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SelftestsRun;

impl Operation for SelftestsRun {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[55];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SelftestsRun {
    type Answer = Ack;
}

/// `DEVLINK_CMD_NOTIFY_FILTER_SET` (do): Set notification messages socket filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NotifyFilterSet;

impl Operation for NotifyFilterSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[56];
    type Header = ();
    type Attrs = super::sets::Devlink;
    type Msg<'a> = GenlMsg<super::Devlink<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for NotifyFilterSet {
    type Answer = Ack;
}
