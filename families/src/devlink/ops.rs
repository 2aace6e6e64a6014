//! The operations of `devlink` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `DEVLINK_CMD_GET` (do and dump): Get devlink instances.
    pub struct Get = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

nl_operation! {
    /// `DEVLINK_CMD_PORT_GET` (do and dump): Get devlink port instances.
    pub struct PortGet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortGet {
    type Answer = Replies;
}

impl Dump for PortGet {}

nl_operation! {
    /// `DEVLINK_CMD_PORT_SET` (do): Set devlink port instances.
    pub struct PortSet = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_PORT_NEW` (do): Create devlink port instances.
    pub struct PortNew = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortNew {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_PORT_DEL` (do): Delete devlink port instances.
    pub struct PortDel = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortDel {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_PORT_SPLIT` (do): Split devlink port instances.
    pub struct PortSplit = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortSplit {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_PORT_UNSPLIT` (do): Unplit devlink port instances.
    pub struct PortUnsplit = (&super::FAMILY, &super::OPS[6]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortUnsplit {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_SB_GET` (do and dump): Get shared buffer instances.
    pub struct SbGet = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbGet {
    type Answer = Replies;
}

impl Dump for SbGet {}

nl_operation! {
    /// `DEVLINK_CMD_SB_POOL_GET` (do and dump): Get shared buffer pool instances.
    pub struct SbPoolGet = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbPoolGet {
    type Answer = Replies;
}

impl Dump for SbPoolGet {}

nl_operation! {
    /// `DEVLINK_CMD_SB_POOL_SET` (do): Set shared buffer pool instances.
    pub struct SbPoolSet = (&super::FAMILY, &super::OPS[9]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbPoolSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_SB_PORT_POOL_GET` (do and dump): Get shared buffer port-pool combinations and threshold.
    pub struct SbPortPoolGet = (&super::FAMILY, &super::OPS[10]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbPortPoolGet {
    type Answer = Replies;
}

impl Dump for SbPortPoolGet {}

nl_operation! {
    /// `DEVLINK_CMD_SB_PORT_POOL_SET` (do): Set shared buffer port-pool combinations and threshold.
    pub struct SbPortPoolSet = (&super::FAMILY, &super::OPS[11]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbPortPoolSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_SB_TC_POOL_BIND_GET` (do and dump): Get shared buffer port-TC to pool bindings and threshold.
    pub struct SbTcPoolBindGet = (&super::FAMILY, &super::OPS[12]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbTcPoolBindGet {
    type Answer = Replies;
}

impl Dump for SbTcPoolBindGet {}

nl_operation! {
    /// `DEVLINK_CMD_SB_TC_POOL_BIND_SET` (do): Set shared buffer port-TC to pool bindings and threshold.
    pub struct SbTcPoolBindSet = (&super::FAMILY, &super::OPS[13]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbTcPoolBindSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_SB_OCC_SNAPSHOT` (do): Take occupancy snapshot of shared buffer.
    pub struct SbOccSnapshot = (&super::FAMILY, &super::OPS[14]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbOccSnapshot {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_SB_OCC_MAX_CLEAR` (do): Clear occupancy watermarks of shared buffer.
    pub struct SbOccMaxClear = (&super::FAMILY, &super::OPS[15]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SbOccMaxClear {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_ESWITCH_GET` (do): Get eswitch attributes.
    pub struct EswitchGet = (&super::FAMILY, &super::OPS[16]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for EswitchGet {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_ESWITCH_SET` (do): Set eswitch attributes.
    pub struct EswitchSet = (&super::FAMILY, &super::OPS[17]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for EswitchSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_DPIPE_TABLE_GET` (do): Get dpipe table attributes.
    pub struct DpipeTableGet = (&super::FAMILY, &super::OPS[18]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for DpipeTableGet {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_DPIPE_ENTRIES_GET` (do): Get dpipe entries attributes.
    pub struct DpipeEntriesGet = (&super::FAMILY, &super::OPS[19]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for DpipeEntriesGet {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_DPIPE_HEADERS_GET` (do): Get dpipe headers attributes.
    pub struct DpipeHeadersGet = (&super::FAMILY, &super::OPS[20]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for DpipeHeadersGet {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_DPIPE_TABLE_COUNTERS_SET` (do): Set dpipe counter attributes.
    pub struct DpipeTableCountersSet = (&super::FAMILY, &super::OPS[21]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for DpipeTableCountersSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_RESOURCE_SET` (do): Set resource attributes.
    pub struct ResourceSet = (&super::FAMILY, &super::OPS[22]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for ResourceSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_RESOURCE_DUMP` (do and dump): Get resource attributes.
    pub struct ResourceDump = (&super::FAMILY, &super::OPS[23]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for ResourceDump {
    type Answer = Replies;
}

impl Dump for ResourceDump {}

nl_operation! {
    /// `DEVLINK_CMD_RELOAD` (do): Reload devlink.
    pub struct Reload = (&super::FAMILY, &super::OPS[24]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for Reload {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_PARAM_GET` (do and dump): Get param instances.
    pub struct ParamGet = (&super::FAMILY, &super::OPS[25]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for ParamGet {
    type Answer = Replies;
}

impl Dump for ParamGet {}

nl_operation! {
    /// `DEVLINK_CMD_PARAM_SET` (do): Set param instances.
    pub struct ParamSet = (&super::FAMILY, &super::OPS[26]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for ParamSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_REGION_GET` (do and dump): Get region instances.
    pub struct RegionGet = (&super::FAMILY, &super::OPS[27]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RegionGet {
    type Answer = Replies;
}

impl Dump for RegionGet {}

nl_operation! {
    /// `DEVLINK_CMD_REGION_NEW` (do): Create region snapshot.
    pub struct RegionNew = (&super::FAMILY, &super::OPS[28]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RegionNew {
    type Answer = Replies;
}

nl_operation! {
    /// `DEVLINK_CMD_REGION_DEL` (do): Delete region snapshot.
    pub struct RegionDel = (&super::FAMILY, &super::OPS[29]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RegionDel {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_REGION_READ` (dump): Read region data.
    pub struct RegionRead = (&super::FAMILY, &super::OPS[30]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Dump for RegionRead {}

nl_operation! {
    /// `DEVLINK_CMD_PORT_PARAM_GET` (do and dump): Get port param instances.
    pub struct PortParamGet = (&super::FAMILY, &super::OPS[31]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortParamGet {
    type Answer = Replies;
}

impl Dump for PortParamGet {}

nl_operation! {
    /// `DEVLINK_CMD_PORT_PARAM_SET` (do): Set port param instances.
    pub struct PortParamSet = (&super::FAMILY, &super::OPS[32]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for PortParamSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_INFO_GET` (do and dump): Get device information, like driver name, hardware and firmware versions
    /// etc.
    pub struct InfoGet = (&super::FAMILY, &super::OPS[33]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for InfoGet {
    type Answer = Replies;
}

impl Dump for InfoGet {}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_GET` (do and dump): Get health reporter instances.
    pub struct HealthReporterGet = (&super::FAMILY, &super::OPS[34]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for HealthReporterGet {
    type Answer = Replies;
}

impl Dump for HealthReporterGet {}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_SET` (do): Set health reporter instances.
    pub struct HealthReporterSet = (&super::FAMILY, &super::OPS[35]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for HealthReporterSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_RECOVER` (do): Recover health reporter instances.
    pub struct HealthReporterRecover = (&super::FAMILY, &super::OPS[36]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for HealthReporterRecover {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_DIAGNOSE` (do): Diagnose health reporter instances.
    pub struct HealthReporterDiagnose = (&super::FAMILY, &super::OPS[37]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for HealthReporterDiagnose {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_DUMP_GET` (dump): Dump health reporter instances.
    pub struct HealthReporterDumpGet = (&super::FAMILY, &super::OPS[38]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Dump for HealthReporterDumpGet {}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_DUMP_CLEAR` (do): Clear dump of health reporter instances.
    pub struct HealthReporterDumpClear = (&super::FAMILY, &super::OPS[39]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for HealthReporterDumpClear {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_FLASH_UPDATE` (do): Flash update devlink instances.
    pub struct FlashUpdate = (&super::FAMILY, &super::OPS[40]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for FlashUpdate {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_TRAP_GET` (do and dump): Get trap instances.
    pub struct TrapGet = (&super::FAMILY, &super::OPS[41]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for TrapGet {
    type Answer = Replies;
}

impl Dump for TrapGet {}

nl_operation! {
    /// `DEVLINK_CMD_TRAP_SET` (do): Set trap instances.
    pub struct TrapSet = (&super::FAMILY, &super::OPS[42]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for TrapSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_TRAP_GROUP_GET` (do and dump): Get trap group instances.
    pub struct TrapGroupGet = (&super::FAMILY, &super::OPS[43]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for TrapGroupGet {
    type Answer = Replies;
}

impl Dump for TrapGroupGet {}

nl_operation! {
    /// `DEVLINK_CMD_TRAP_GROUP_SET` (do): Set trap group instances.
    pub struct TrapGroupSet = (&super::FAMILY, &super::OPS[44]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for TrapGroupSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_TRAP_POLICER_GET` (do and dump): Get trap policer instances.
    pub struct TrapPolicerGet = (&super::FAMILY, &super::OPS[45]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for TrapPolicerGet {
    type Answer = Replies;
}

impl Dump for TrapPolicerGet {}

nl_operation! {
    /// `DEVLINK_CMD_TRAP_POLICER_SET` (do): Get trap policer instances.
    pub struct TrapPolicerSet = (&super::FAMILY, &super::OPS[46]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for TrapPolicerSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_HEALTH_REPORTER_TEST` (do): Test health reporter instances.
    pub struct HealthReporterTest = (&super::FAMILY, &super::OPS[47]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for HealthReporterTest {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_RATE_GET` (do and dump): Get rate instances.
    pub struct RateGet = (&super::FAMILY, &super::OPS[48]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RateGet {
    type Answer = Replies;
}

impl Dump for RateGet {}

nl_operation! {
    /// `DEVLINK_CMD_RATE_SET` (do): Set rate instances.
    pub struct RateSet = (&super::FAMILY, &super::OPS[49]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RateSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_RATE_NEW` (do): Create rate instances.
    pub struct RateNew = (&super::FAMILY, &super::OPS[50]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RateNew {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_RATE_DEL` (do): Delete rate instances.
    pub struct RateDel = (&super::FAMILY, &super::OPS[51]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for RateDel {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_LINECARD_GET` (do and dump): Get line card instances.
    pub struct LinecardGet = (&super::FAMILY, &super::OPS[52]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for LinecardGet {
    type Answer = Replies;
}

impl Dump for LinecardGet {}

nl_operation! {
    /// `DEVLINK_CMD_LINECARD_SET` (do): Set line card instances.
    pub struct LinecardSet = (&super::FAMILY, &super::OPS[53]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for LinecardSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_SELFTESTS_GET` (do and dump): Get device selftest instances.
    pub struct SelftestsGet = (&super::FAMILY, &super::OPS[54]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SelftestsGet {
    type Answer = Replies;
}

impl Dump for SelftestsGet {}

nl_operation! {
    /// `DEVLINK_CMD_SELFTESTS_RUN` (do): Run device selftest instances.
    pub struct SelftestsRun = (&super::FAMILY, &super::OPS[55]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for SelftestsRun {
    type Answer = Ack;
}

nl_operation! {
    /// `DEVLINK_CMD_NOTIFY_FILTER_SET` (do): Set notification messages socket filter.
    pub struct NotifyFilterSet = (&super::FAMILY, &super::OPS[56]);
    header ();
    attrs super::sets::Devlink;
    msg<'a> = GenlMsg<super::Devlink<'a>>;
}

impl Do for NotifyFilterSet {
    type Answer = Ack;
}
