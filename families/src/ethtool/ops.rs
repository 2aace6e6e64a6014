//! The operations of `ethtool` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `ETHTOOL_MSG_STRSET_GET` (do and dump): Get string set from the kernel.
    pub struct StrsetGet = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Strset;
    msg<'a> = GenlMsg<super::Strset<'a>>;
}

impl Do for StrsetGet {
    type Answer = Replies;
}

impl Dump for StrsetGet {}

nl_operation! {
    /// `ETHTOOL_MSG_LINKINFO_GET` (do and dump): Get link info.
    pub struct LinkinfoGet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Linkinfo;
    msg<'a> = GenlMsg<super::Linkinfo<'a>>;
}

impl Do for LinkinfoGet {
    type Answer = Replies;
}

impl Dump for LinkinfoGet {}

nl_operation! {
    /// `ETHTOOL_MSG_LINKINFO_SET` (do): Set link info.
    pub struct LinkinfoSet = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Linkinfo;
    msg<'a> = GenlMsg<super::Linkinfo<'a>>;
}

impl Do for LinkinfoSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_LINKMODES_GET` (do and dump): Get link modes.
    pub struct LinkmodesGet = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::Linkmodes;
    msg<'a> = GenlMsg<super::Linkmodes<'a>>;
}

impl Do for LinkmodesGet {
    type Answer = Replies;
}

impl Dump for LinkmodesGet {}

nl_operation! {
    /// `ETHTOOL_MSG_LINKMODES_SET` (do): Set link modes.
    pub struct LinkmodesSet = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::Linkmodes;
    msg<'a> = GenlMsg<super::Linkmodes<'a>>;
}

impl Do for LinkmodesSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_LINKSTATE_GET` (do and dump): Get link state.
    pub struct LinkstateGet = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::Linkstate;
    msg<'a> = GenlMsg<super::Linkstate<'a>>;
}

impl Do for LinkstateGet {
    type Answer = Replies;
}

impl Dump for LinkstateGet {}

nl_operation! {
    /// `ETHTOOL_MSG_DEBUG_GET` (do and dump): Get debug message mask.
    pub struct DebugGet = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::Debug;
    msg<'a> = GenlMsg<super::Debug<'a>>;
}

impl Do for DebugGet {
    type Answer = Replies;
}

impl Dump for DebugGet {}

nl_operation! {
    /// `ETHTOOL_MSG_DEBUG_SET` (do): Set debug message mask.
    pub struct DebugSet = (&super::FAMILY, &super::OPS[9]);
    header ();
    attrs super::sets::Debug;
    msg<'a> = GenlMsg<super::Debug<'a>>;
}

impl Do for DebugSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_WOL_GET` (do and dump): Get WOL params.
    pub struct WolGet = (&super::FAMILY, &super::OPS[11]);
    header ();
    attrs super::sets::Wol;
    msg<'a> = GenlMsg<super::Wol<'a>>;
}

impl Do for WolGet {
    type Answer = Replies;
}

impl Dump for WolGet {}

nl_operation! {
    /// `ETHTOOL_MSG_WOL_SET` (do): Set WOL params.
    pub struct WolSet = (&super::FAMILY, &super::OPS[12]);
    header ();
    attrs super::sets::Wol;
    msg<'a> = GenlMsg<super::Wol<'a>>;
}

impl Do for WolSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_FEATURES_GET` (do and dump): Get features.
    pub struct FeaturesGet = (&super::FAMILY, &super::OPS[14]);
    header ();
    attrs super::sets::Features;
    msg<'a> = GenlMsg<super::Features<'a>>;
}

impl Do for FeaturesGet {
    type Answer = Replies;
}

impl Dump for FeaturesGet {}

nl_operation! {
    /// `ETHTOOL_MSG_FEATURES_SET` (do): Set features.
    pub struct FeaturesSet = (&super::FAMILY, &super::OPS[15]);
    header ();
    attrs super::sets::Features;
    msg<'a> = GenlMsg<super::Features<'a>>;
}

impl Do for FeaturesSet {
    type Answer = Replies;
}

nl_operation! {
    /// `ETHTOOL_MSG_PRIVFLAGS_GET` (do and dump): Get device private flags.
    pub struct PrivflagsGet = (&super::FAMILY, &super::OPS[17]);
    header ();
    attrs super::sets::Privflags;
    msg<'a> = GenlMsg<super::Privflags<'a>>;
}

impl Do for PrivflagsGet {
    type Answer = Replies;
}

impl Dump for PrivflagsGet {}

nl_operation! {
    /// `ETHTOOL_MSG_PRIVFLAGS_SET` (do): Set device private flags.
    pub struct PrivflagsSet = (&super::FAMILY, &super::OPS[18]);
    header ();
    attrs super::sets::Privflags;
    msg<'a> = GenlMsg<super::Privflags<'a>>;
}

impl Do for PrivflagsSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_RINGS_GET` (do and dump): Get ring params.
    pub struct RingsGet = (&super::FAMILY, &super::OPS[20]);
    header ();
    attrs super::sets::Rings;
    msg<'a> = GenlMsg<super::Rings<'a>>;
}

impl Do for RingsGet {
    type Answer = Replies;
}

impl Dump for RingsGet {}

nl_operation! {
    /// `ETHTOOL_MSG_RINGS_SET` (do): Set ring params.
    pub struct RingsSet = (&super::FAMILY, &super::OPS[21]);
    header ();
    attrs super::sets::Rings;
    msg<'a> = GenlMsg<super::Rings<'a>>;
}

impl Do for RingsSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_CHANNELS_GET` (do and dump): Get channel params.
    pub struct ChannelsGet = (&super::FAMILY, &super::OPS[23]);
    header ();
    attrs super::sets::Channels;
    msg<'a> = GenlMsg<super::Channels<'a>>;
}

impl Do for ChannelsGet {
    type Answer = Replies;
}

impl Dump for ChannelsGet {}

nl_operation! {
    /// `ETHTOOL_MSG_CHANNELS_SET` (do): Set channel params.
    pub struct ChannelsSet = (&super::FAMILY, &super::OPS[24]);
    header ();
    attrs super::sets::Channels;
    msg<'a> = GenlMsg<super::Channels<'a>>;
}

impl Do for ChannelsSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_COALESCE_GET` (do and dump): Get coalesce params.
    pub struct CoalesceGet = (&super::FAMILY, &super::OPS[26]);
    header ();
    attrs super::sets::Coalesce;
    msg<'a> = GenlMsg<super::Coalesce<'a>>;
}

impl Do for CoalesceGet {
    type Answer = Replies;
}

impl Dump for CoalesceGet {}

nl_operation! {
    /// `ETHTOOL_MSG_COALESCE_SET` (do): Set coalesce params.
    pub struct CoalesceSet = (&super::FAMILY, &super::OPS[27]);
    header ();
    attrs super::sets::Coalesce;
    msg<'a> = GenlMsg<super::Coalesce<'a>>;
}

impl Do for CoalesceSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_PAUSE_GET` (do and dump): Get pause params.
    pub struct PauseGet = (&super::FAMILY, &super::OPS[29]);
    header ();
    attrs super::sets::Pause;
    msg<'a> = GenlMsg<super::Pause<'a>>;
}

impl Do for PauseGet {
    type Answer = Replies;
}

impl Dump for PauseGet {}

nl_operation! {
    /// `ETHTOOL_MSG_PAUSE_SET` (do): Set pause params.
    pub struct PauseSet = (&super::FAMILY, &super::OPS[30]);
    header ();
    attrs super::sets::Pause;
    msg<'a> = GenlMsg<super::Pause<'a>>;
}

impl Do for PauseSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_EEE_GET` (do and dump): Get eee params.
    pub struct EeeGet = (&super::FAMILY, &super::OPS[32]);
    header ();
    attrs super::sets::Eee;
    msg<'a> = GenlMsg<super::Eee<'a>>;
}

impl Do for EeeGet {
    type Answer = Replies;
}

impl Dump for EeeGet {}

nl_operation! {
    /// `ETHTOOL_MSG_EEE_SET` (do): Set eee params.
    pub struct EeeSet = (&super::FAMILY, &super::OPS[33]);
    header ();
    attrs super::sets::Eee;
    msg<'a> = GenlMsg<super::Eee<'a>>;
}

impl Do for EeeSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_TSINFO_GET` (do and dump): Get tsinfo params.
    pub struct TsinfoGet = (&super::FAMILY, &super::OPS[35]);
    header ();
    attrs super::sets::Tsinfo;
    msg<'a> = GenlMsg<super::Tsinfo<'a>>;
}

impl Do for TsinfoGet {
    type Answer = Replies;
}

impl Dump for TsinfoGet {}

nl_operation! {
    /// `ETHTOOL_MSG_CABLE_TEST_ACT` (do): Cable test.
    pub struct CableTestAct = (&super::FAMILY, &super::OPS[36]);
    header ();
    attrs super::sets::CableTest;
    msg<'a> = GenlMsg<super::CableTest<'a>>;
}

impl Do for CableTestAct {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_CABLE_TEST_TDR_ACT` (do): Cable test TDR.
    pub struct CableTestTdrAct = (&super::FAMILY, &super::OPS[38]);
    header ();
    attrs super::sets::CableTestTdr;
    msg<'a> = GenlMsg<super::CableTestTdr<'a>>;
}

impl Do for CableTestTdrAct {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_TUNNEL_INFO_GET` (do and dump): Get tsinfo params.
    pub struct TunnelInfoGet = (&super::FAMILY, &super::OPS[40]);
    header ();
    attrs super::sets::TunnelInfo;
    msg<'a> = GenlMsg<super::TunnelInfo<'a>>;
}

impl Do for TunnelInfoGet {
    type Answer = Replies;
}

impl Dump for TunnelInfoGet {}

nl_operation! {
    /// `ETHTOOL_MSG_FEC_GET` (do and dump): Get FEC params.
    pub struct FecGet = (&super::FAMILY, &super::OPS[41]);
    header ();
    attrs super::sets::Fec;
    msg<'a> = GenlMsg<super::Fec<'a>>;
}

impl Do for FecGet {
    type Answer = Replies;
}

impl Dump for FecGet {}

nl_operation! {
    /// `ETHTOOL_MSG_FEC_SET` (do): Set FEC params.
    pub struct FecSet = (&super::FAMILY, &super::OPS[42]);
    header ();
    attrs super::sets::Fec;
    msg<'a> = GenlMsg<super::Fec<'a>>;
}

impl Do for FecSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_MODULE_EEPROM_GET` (do and dump): Get module EEPROM params.
    pub struct ModuleEepromGet = (&super::FAMILY, &super::OPS[44]);
    header ();
    attrs super::sets::ModuleEeprom;
    msg<'a> = GenlMsg<super::ModuleEeprom<'a>>;
}

impl Do for ModuleEepromGet {
    type Answer = Replies;
}

impl Dump for ModuleEepromGet {}

nl_operation! {
    /// `ETHTOOL_MSG_STATS_GET` (do and dump): Get statistics.
    pub struct StatsGet = (&super::FAMILY, &super::OPS[45]);
    header ();
    attrs super::sets::Stats;
    msg<'a> = GenlMsg<super::Stats<'a>>;
}

impl Do for StatsGet {
    type Answer = Replies;
}

impl Dump for StatsGet {}

nl_operation! {
    /// `ETHTOOL_MSG_PHC_VCLOCKS_GET` (do and dump): Get PHC VCLOCKs.
    pub struct PhcVclocksGet = (&super::FAMILY, &super::OPS[46]);
    header ();
    attrs super::sets::PhcVclocks;
    msg<'a> = GenlMsg<super::PhcVclocks<'a>>;
}

impl Do for PhcVclocksGet {
    type Answer = Replies;
}

impl Dump for PhcVclocksGet {}

nl_operation! {
    /// `ETHTOOL_MSG_MODULE_GET` (do and dump): Get module params.
    pub struct ModuleGet = (&super::FAMILY, &super::OPS[47]);
    header ();
    attrs super::sets::Module;
    msg<'a> = GenlMsg<super::Module<'a>>;
}

impl Do for ModuleGet {
    type Answer = Replies;
}

impl Dump for ModuleGet {}

nl_operation! {
    /// `ETHTOOL_MSG_MODULE_SET` (do): Set module params.
    pub struct ModuleSet = (&super::FAMILY, &super::OPS[48]);
    header ();
    attrs super::sets::Module;
    msg<'a> = GenlMsg<super::Module<'a>>;
}

impl Do for ModuleSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_PSE_GET` (do and dump): Get Power Sourcing Equipment params.
    pub struct PseGet = (&super::FAMILY, &super::OPS[50]);
    header ();
    attrs super::sets::Pse;
    msg<'a> = GenlMsg<super::Pse<'a>>;
}

impl Do for PseGet {
    type Answer = Replies;
}

impl Dump for PseGet {}

nl_operation! {
    /// `ETHTOOL_MSG_PSE_SET` (do): Set Power Sourcing Equipment params.
    pub struct PseSet = (&super::FAMILY, &super::OPS[51]);
    header ();
    attrs super::sets::Pse;
    msg<'a> = GenlMsg<super::Pse<'a>>;
}

impl Do for PseSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_RSS_GET` (do and dump): Get RSS params.
    pub struct RssGet = (&super::FAMILY, &super::OPS[52]);
    header ();
    attrs super::sets::Rss;
    msg<'a> = GenlMsg<super::Rss<'a>>;
}

impl Do for RssGet {
    type Answer = Replies;
}

impl Dump for RssGet {}

nl_operation! {
    /// `ETHTOOL_MSG_PLCA_GET_CFG` (do and dump): Get PLCA params.
    pub struct PlcaGetCfg = (&super::FAMILY, &super::OPS[53]);
    header ();
    attrs super::sets::Plca;
    msg<'a> = GenlMsg<super::Plca<'a>>;
}

impl Do for PlcaGetCfg {
    type Answer = Replies;
}

impl Dump for PlcaGetCfg {}

nl_operation! {
    /// `ETHTOOL_MSG_PLCA_SET_CFG` (do): Set PLCA params.
    pub struct PlcaSetCfg = (&super::FAMILY, &super::OPS[54]);
    header ();
    attrs super::sets::Plca;
    msg<'a> = GenlMsg<super::Plca<'a>>;
}

impl Do for PlcaSetCfg {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_PLCA_GET_STATUS` (do and dump): Get PLCA status params.
    pub struct PlcaGetStatus = (&super::FAMILY, &super::OPS[55]);
    header ();
    attrs super::sets::Plca;
    msg<'a> = GenlMsg<super::Plca<'a>>;
}

impl Do for PlcaGetStatus {
    type Answer = Replies;
}

impl Dump for PlcaGetStatus {}

nl_operation! {
    /// `ETHTOOL_MSG_MM_GET` (do and dump): Get MAC Merge configuration and state
    pub struct MmGet = (&super::FAMILY, &super::OPS[57]);
    header ();
    attrs super::sets::Mm;
    msg<'a> = GenlMsg<super::Mm<'a>>;
}

impl Do for MmGet {
    type Answer = Replies;
}

impl Dump for MmGet {}

nl_operation! {
    /// `ETHTOOL_MSG_MM_SET` (do): Set MAC Merge configuration
    pub struct MmSet = (&super::FAMILY, &super::OPS[58]);
    header ();
    attrs super::sets::Mm;
    msg<'a> = GenlMsg<super::Mm<'a>>;
}

impl Do for MmSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_MODULE_FW_FLASH_ACT` (do): Flash transceiver module firmware.
    pub struct ModuleFwFlashAct = (&super::FAMILY, &super::OPS[60]);
    header ();
    attrs super::sets::ModuleFwFlash;
    msg<'a> = GenlMsg<super::ModuleFwFlash<'a>>;
}

impl Do for ModuleFwFlashAct {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_PHY_GET` (do and dump): Get PHY devices attached to an interface
    pub struct PhyGet = (&super::FAMILY, &super::OPS[62]);
    header ();
    attrs super::sets::Phy;
    msg<'a> = GenlMsg<super::Phy<'a>>;
}

impl Do for PhyGet {
    type Answer = Replies;
}

impl Dump for PhyGet {}

nl_operation! {
    /// `ETHTOOL_MSG_TSCONFIG_GET` (do and dump): Get hwtstamp config.
    pub struct TsconfigGet = (&super::FAMILY, &super::OPS[64]);
    header ();
    attrs super::sets::Tsconfig;
    msg<'a> = GenlMsg<super::Tsconfig<'a>>;
}

impl Do for TsconfigGet {
    type Answer = Replies;
}

impl Dump for TsconfigGet {}

nl_operation! {
    /// `ETHTOOL_MSG_TSCONFIG_SET` (do): Set hwtstamp config.
    pub struct TsconfigSet = (&super::FAMILY, &super::OPS[65]);
    header ();
    attrs super::sets::Tsconfig;
    msg<'a> = GenlMsg<super::Tsconfig<'a>>;
}

impl Do for TsconfigSet {
    type Answer = Replies;
}

nl_operation! {
    /// `ETHTOOL_MSG_RSS_SET` (do): Set RSS params.
    pub struct RssSet = (&super::FAMILY, &super::OPS[67]);
    header ();
    attrs super::sets::Rss;
    msg<'a> = GenlMsg<super::Rss<'a>>;
}

impl Do for RssSet {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_RSS_CREATE_ACT` (do): Create an RSS context.
    pub struct RssCreateAct = (&super::FAMILY, &super::OPS[69]);
    header ();
    attrs super::sets::Rss;
    msg<'a> = GenlMsg<super::Rss<'a>>;
}

impl Do for RssCreateAct {
    type Answer = Replies;
}

nl_operation! {
    /// `ETHTOOL_MSG_RSS_DELETE_ACT` (do): Delete an RSS context.
    pub struct RssDeleteAct = (&super::FAMILY, &super::OPS[71]);
    header ();
    attrs super::sets::Rss;
    msg<'a> = GenlMsg<super::Rss<'a>>;
}

impl Do for RssDeleteAct {
    type Answer = Ack;
}

nl_operation! {
    /// `ETHTOOL_MSG_MSE_GET` (do and dump): Get PHY MSE measurement data and capabilities.
    pub struct MseGet = (&super::FAMILY, &super::OPS[73]);
    header ();
    attrs super::sets::Mse;
    msg<'a> = GenlMsg<super::Mse<'a>>;
}

impl Do for MseGet {
    type Answer = Replies;
}

impl Dump for MseGet {}
