//! The operations of `ethtool` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `ETHTOOL_MSG_STRSET_GET` (do and dump): Get string set from the kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StrsetGet;

impl Operation for StrsetGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Strset;
    type Msg<'a> = GenlMsg<super::Strset<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for StrsetGet {
    type Answer = Replies;
}

impl Dump for StrsetGet {}

/// `ETHTOOL_MSG_LINKINFO_GET` (do and dump): Get link info.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkinfoGet;

impl Operation for LinkinfoGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Linkinfo;
    type Msg<'a> = GenlMsg<super::Linkinfo<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinkinfoGet {
    type Answer = Replies;
}

impl Dump for LinkinfoGet {}

/// `ETHTOOL_MSG_LINKINFO_SET` (do): Set link info.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkinfoSet;

impl Operation for LinkinfoSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Linkinfo;
    type Msg<'a> = GenlMsg<super::Linkinfo<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinkinfoSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_LINKMODES_GET` (do and dump): Get link modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkmodesGet;

impl Operation for LinkmodesGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::Linkmodes;
    type Msg<'a> = GenlMsg<super::Linkmodes<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinkmodesGet {
    type Answer = Replies;
}

impl Dump for LinkmodesGet {}

/// `ETHTOOL_MSG_LINKMODES_SET` (do): Set link modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkmodesSet;

impl Operation for LinkmodesSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::Linkmodes;
    type Msg<'a> = GenlMsg<super::Linkmodes<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinkmodesSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_LINKSTATE_GET` (do and dump): Get link state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkstateGet;

impl Operation for LinkstateGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::Linkstate;
    type Msg<'a> = GenlMsg<super::Linkstate<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for LinkstateGet {
    type Answer = Replies;
}

impl Dump for LinkstateGet {}

/// `ETHTOOL_MSG_DEBUG_GET` (do and dump): Get debug message mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DebugGet;

impl Operation for DebugGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::Debug;
    type Msg<'a> = GenlMsg<super::Debug<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DebugGet {
    type Answer = Replies;
}

impl Dump for DebugGet {}

/// `ETHTOOL_MSG_DEBUG_SET` (do): Set debug message mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DebugSet;

impl Operation for DebugSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = ();
    type Attrs = super::sets::Debug;
    type Msg<'a> = GenlMsg<super::Debug<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DebugSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_WOL_GET` (do and dump): Get WOL params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WolGet;

impl Operation for WolGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = ();
    type Attrs = super::sets::Wol;
    type Msg<'a> = GenlMsg<super::Wol<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for WolGet {
    type Answer = Replies;
}

impl Dump for WolGet {}

/// `ETHTOOL_MSG_WOL_SET` (do): Set WOL params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WolSet;

impl Operation for WolSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[12];
    type Header = ();
    type Attrs = super::sets::Wol;
    type Msg<'a> = GenlMsg<super::Wol<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for WolSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_FEATURES_GET` (do and dump): Get features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FeaturesGet;

impl Operation for FeaturesGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[14];
    type Header = ();
    type Attrs = super::sets::Features;
    type Msg<'a> = GenlMsg<super::Features<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for FeaturesGet {
    type Answer = Replies;
}

impl Dump for FeaturesGet {}

/// `ETHTOOL_MSG_FEATURES_SET` (do): Set features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FeaturesSet;

impl Operation for FeaturesSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[15];
    type Header = ();
    type Attrs = super::sets::Features;
    type Msg<'a> = GenlMsg<super::Features<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for FeaturesSet {
    type Answer = Replies;
}

/// `ETHTOOL_MSG_PRIVFLAGS_GET` (do and dump): Get device private flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrivflagsGet;

impl Operation for PrivflagsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[17];
    type Header = ();
    type Attrs = super::sets::Privflags;
    type Msg<'a> = GenlMsg<super::Privflags<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PrivflagsGet {
    type Answer = Replies;
}

impl Dump for PrivflagsGet {}

/// `ETHTOOL_MSG_PRIVFLAGS_SET` (do): Set device private flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrivflagsSet;

impl Operation for PrivflagsSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[18];
    type Header = ();
    type Attrs = super::sets::Privflags;
    type Msg<'a> = GenlMsg<super::Privflags<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PrivflagsSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_RINGS_GET` (do and dump): Get ring params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RingsGet;

impl Operation for RingsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[20];
    type Header = ();
    type Attrs = super::sets::Rings;
    type Msg<'a> = GenlMsg<super::Rings<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RingsGet {
    type Answer = Replies;
}

impl Dump for RingsGet {}

/// `ETHTOOL_MSG_RINGS_SET` (do): Set ring params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RingsSet;

impl Operation for RingsSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[21];
    type Header = ();
    type Attrs = super::sets::Rings;
    type Msg<'a> = GenlMsg<super::Rings<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RingsSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_CHANNELS_GET` (do and dump): Get channel params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChannelsGet;

impl Operation for ChannelsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[23];
    type Header = ();
    type Attrs = super::sets::Channels;
    type Msg<'a> = GenlMsg<super::Channels<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ChannelsGet {
    type Answer = Replies;
}

impl Dump for ChannelsGet {}

/// `ETHTOOL_MSG_CHANNELS_SET` (do): Set channel params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChannelsSet;

impl Operation for ChannelsSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[24];
    type Header = ();
    type Attrs = super::sets::Channels;
    type Msg<'a> = GenlMsg<super::Channels<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ChannelsSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_COALESCE_GET` (do and dump): Get coalesce params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CoalesceGet;

impl Operation for CoalesceGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[26];
    type Header = ();
    type Attrs = super::sets::Coalesce;
    type Msg<'a> = GenlMsg<super::Coalesce<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CoalesceGet {
    type Answer = Replies;
}

impl Dump for CoalesceGet {}

/// `ETHTOOL_MSG_COALESCE_SET` (do): Set coalesce params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CoalesceSet;

impl Operation for CoalesceSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[27];
    type Header = ();
    type Attrs = super::sets::Coalesce;
    type Msg<'a> = GenlMsg<super::Coalesce<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CoalesceSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_PAUSE_GET` (do and dump): Get pause params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PauseGet;

impl Operation for PauseGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[29];
    type Header = ();
    type Attrs = super::sets::Pause;
    type Msg<'a> = GenlMsg<super::Pause<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PauseGet {
    type Answer = Replies;
}

impl Dump for PauseGet {}

/// `ETHTOOL_MSG_PAUSE_SET` (do): Set pause params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PauseSet;

impl Operation for PauseSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[30];
    type Header = ();
    type Attrs = super::sets::Pause;
    type Msg<'a> = GenlMsg<super::Pause<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PauseSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_EEE_GET` (do and dump): Get eee params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EeeGet;

impl Operation for EeeGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[32];
    type Header = ();
    type Attrs = super::sets::Eee;
    type Msg<'a> = GenlMsg<super::Eee<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for EeeGet {
    type Answer = Replies;
}

impl Dump for EeeGet {}

/// `ETHTOOL_MSG_EEE_SET` (do): Set eee params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EeeSet;

impl Operation for EeeSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[33];
    type Header = ();
    type Attrs = super::sets::Eee;
    type Msg<'a> = GenlMsg<super::Eee<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for EeeSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_TSINFO_GET` (do and dump): Get tsinfo params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TsinfoGet;

impl Operation for TsinfoGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[35];
    type Header = ();
    type Attrs = super::sets::Tsinfo;
    type Msg<'a> = GenlMsg<super::Tsinfo<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TsinfoGet {
    type Answer = Replies;
}

impl Dump for TsinfoGet {}

/// `ETHTOOL_MSG_CABLE_TEST_ACT` (do): Cable test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CableTestAct;

impl Operation for CableTestAct {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[36];
    type Header = ();
    type Attrs = super::sets::CableTest;
    type Msg<'a> = GenlMsg<super::CableTest<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CableTestAct {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_CABLE_TEST_TDR_ACT` (do): Cable test TDR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CableTestTdrAct;

impl Operation for CableTestTdrAct {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[38];
    type Header = ();
    type Attrs = super::sets::CableTestTdr;
    type Msg<'a> = GenlMsg<super::CableTestTdr<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CableTestTdrAct {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_TUNNEL_INFO_GET` (do and dump): Get tsinfo params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TunnelInfoGet;

impl Operation for TunnelInfoGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[40];
    type Header = ();
    type Attrs = super::sets::TunnelInfo;
    type Msg<'a> = GenlMsg<super::TunnelInfo<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TunnelInfoGet {
    type Answer = Replies;
}

impl Dump for TunnelInfoGet {}

/// `ETHTOOL_MSG_FEC_GET` (do and dump): Get FEC params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FecGet;

impl Operation for FecGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[41];
    type Header = ();
    type Attrs = super::sets::Fec;
    type Msg<'a> = GenlMsg<super::Fec<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for FecGet {
    type Answer = Replies;
}

impl Dump for FecGet {}

/// `ETHTOOL_MSG_FEC_SET` (do): Set FEC params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FecSet;

impl Operation for FecSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[42];
    type Header = ();
    type Attrs = super::sets::Fec;
    type Msg<'a> = GenlMsg<super::Fec<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for FecSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_MODULE_EEPROM_GET` (do and dump): Get module EEPROM params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModuleEepromGet;

impl Operation for ModuleEepromGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[44];
    type Header = ();
    type Attrs = super::sets::ModuleEeprom;
    type Msg<'a> = GenlMsg<super::ModuleEeprom<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ModuleEepromGet {
    type Answer = Replies;
}

impl Dump for ModuleEepromGet {}

/// `ETHTOOL_MSG_STATS_GET` (do and dump): Get statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatsGet;

impl Operation for StatsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[45];
    type Header = ();
    type Attrs = super::sets::Stats;
    type Msg<'a> = GenlMsg<super::Stats<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for StatsGet {
    type Answer = Replies;
}

impl Dump for StatsGet {}

/// `ETHTOOL_MSG_PHC_VCLOCKS_GET` (do and dump): Get PHC VCLOCKs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PhcVclocksGet;

impl Operation for PhcVclocksGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[46];
    type Header = ();
    type Attrs = super::sets::PhcVclocks;
    type Msg<'a> = GenlMsg<super::PhcVclocks<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PhcVclocksGet {
    type Answer = Replies;
}

impl Dump for PhcVclocksGet {}

/// `ETHTOOL_MSG_MODULE_GET` (do and dump): Get module params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModuleGet;

impl Operation for ModuleGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[47];
    type Header = ();
    type Attrs = super::sets::Module;
    type Msg<'a> = GenlMsg<super::Module<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ModuleGet {
    type Answer = Replies;
}

impl Dump for ModuleGet {}

/// `ETHTOOL_MSG_MODULE_SET` (do): Set module params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModuleSet;

impl Operation for ModuleSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[48];
    type Header = ();
    type Attrs = super::sets::Module;
    type Msg<'a> = GenlMsg<super::Module<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ModuleSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_PSE_GET` (do and dump): Get Power Sourcing Equipment params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PseGet;

impl Operation for PseGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[50];
    type Header = ();
    type Attrs = super::sets::Pse;
    type Msg<'a> = GenlMsg<super::Pse<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PseGet {
    type Answer = Replies;
}

impl Dump for PseGet {}

/// `ETHTOOL_MSG_PSE_SET` (do): Set Power Sourcing Equipment params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PseSet;

impl Operation for PseSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[51];
    type Header = ();
    type Attrs = super::sets::Pse;
    type Msg<'a> = GenlMsg<super::Pse<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PseSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_RSS_GET` (do and dump): Get RSS params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RssGet;

impl Operation for RssGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[52];
    type Header = ();
    type Attrs = super::sets::Rss;
    type Msg<'a> = GenlMsg<super::Rss<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RssGet {
    type Answer = Replies;
}

impl Dump for RssGet {}

/// `ETHTOOL_MSG_PLCA_GET_CFG` (do and dump): Get PLCA params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlcaGetCfg;

impl Operation for PlcaGetCfg {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[53];
    type Header = ();
    type Attrs = super::sets::Plca;
    type Msg<'a> = GenlMsg<super::Plca<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PlcaGetCfg {
    type Answer = Replies;
}

impl Dump for PlcaGetCfg {}

/// `ETHTOOL_MSG_PLCA_SET_CFG` (do): Set PLCA params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlcaSetCfg;

impl Operation for PlcaSetCfg {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[54];
    type Header = ();
    type Attrs = super::sets::Plca;
    type Msg<'a> = GenlMsg<super::Plca<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PlcaSetCfg {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_PLCA_GET_STATUS` (do and dump): Get PLCA status params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlcaGetStatus;

impl Operation for PlcaGetStatus {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[55];
    type Header = ();
    type Attrs = super::sets::Plca;
    type Msg<'a> = GenlMsg<super::Plca<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PlcaGetStatus {
    type Answer = Replies;
}

impl Dump for PlcaGetStatus {}

/// `ETHTOOL_MSG_MM_GET` (do and dump): Get MAC Merge configuration and state
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MmGet;

impl Operation for MmGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[57];
    type Header = ();
    type Attrs = super::sets::Mm;
    type Msg<'a> = GenlMsg<super::Mm<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for MmGet {
    type Answer = Replies;
}

impl Dump for MmGet {}

/// `ETHTOOL_MSG_MM_SET` (do): Set MAC Merge configuration
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MmSet;

impl Operation for MmSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[58];
    type Header = ();
    type Attrs = super::sets::Mm;
    type Msg<'a> = GenlMsg<super::Mm<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for MmSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_MODULE_FW_FLASH_ACT` (do): Flash transceiver module firmware.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModuleFwFlashAct;

impl Operation for ModuleFwFlashAct {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[60];
    type Header = ();
    type Attrs = super::sets::ModuleFwFlash;
    type Msg<'a> = GenlMsg<super::ModuleFwFlash<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ModuleFwFlashAct {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_PHY_GET` (do and dump): Get PHY devices attached to an interface
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PhyGet;

impl Operation for PhyGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[62];
    type Header = ();
    type Attrs = super::sets::Phy;
    type Msg<'a> = GenlMsg<super::Phy<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PhyGet {
    type Answer = Replies;
}

impl Dump for PhyGet {}

/// `ETHTOOL_MSG_TSCONFIG_GET` (do and dump): Get hwtstamp config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TsconfigGet;

impl Operation for TsconfigGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[64];
    type Header = ();
    type Attrs = super::sets::Tsconfig;
    type Msg<'a> = GenlMsg<super::Tsconfig<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TsconfigGet {
    type Answer = Replies;
}

impl Dump for TsconfigGet {}

/// `ETHTOOL_MSG_TSCONFIG_SET` (do): Set hwtstamp config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TsconfigSet;

impl Operation for TsconfigSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[65];
    type Header = ();
    type Attrs = super::sets::Tsconfig;
    type Msg<'a> = GenlMsg<super::Tsconfig<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TsconfigSet {
    type Answer = Replies;
}

/// `ETHTOOL_MSG_RSS_SET` (do): Set RSS params.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RssSet;

impl Operation for RssSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[67];
    type Header = ();
    type Attrs = super::sets::Rss;
    type Msg<'a> = GenlMsg<super::Rss<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RssSet {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_RSS_CREATE_ACT` (do): Create an RSS context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RssCreateAct;

impl Operation for RssCreateAct {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[69];
    type Header = ();
    type Attrs = super::sets::Rss;
    type Msg<'a> = GenlMsg<super::Rss<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RssCreateAct {
    type Answer = Replies;
}

/// `ETHTOOL_MSG_RSS_DELETE_ACT` (do): Delete an RSS context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RssDeleteAct;

impl Operation for RssDeleteAct {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[71];
    type Header = ();
    type Attrs = super::sets::Rss;
    type Msg<'a> = GenlMsg<super::Rss<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RssDeleteAct {
    type Answer = Ack;
}

/// `ETHTOOL_MSG_MSE_GET` (do and dump): Get PHY MSE measurement data and capabilities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MseGet;

impl Operation for MseGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[73];
    type Header = ();
    type Attrs = super::sets::Mse;
    type Msg<'a> = GenlMsg<super::Mse<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for MseGet {
    type Answer = Replies;
}

impl Dump for MseGet {}
