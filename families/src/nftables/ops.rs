//! The operations of `nftables` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `NFTABLES_CMD_BATCH_BEGIN` (do): Start a batch of operations
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchBegin;

impl Operation for BatchBegin {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::BatchAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::BatchAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for BatchBegin {
    type Answer = Replies;
}

/// `NFTABLES_CMD_BATCH_END` (do): Finish a batch of operations
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchEnd;

impl Operation for BatchEnd {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::BatchAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::BatchAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for BatchEnd {
    type Answer = Ack;
}

/// `NFTABLES_CMD_NEWTABLE` (do): Create a new table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newtable;

impl Operation for Newtable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::TableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newtable {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETTABLE` (do and dump): Get / dump tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gettable;

impl Operation for Gettable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::TableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Gettable {
    type Answer = Replies;
}

impl Dump for Gettable {}

/// `NFTABLES_CMD_DELTABLE` (do): Delete an existing table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deltable;

impl Operation for Deltable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::TableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Deltable {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYTABLE` (do): Delete an existing table with destroy semantics (ignoring ENOENT
/// errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroytable;

impl Operation for Destroytable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::TableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroytable {
    type Answer = Ack;
}

/// `NFTABLES_CMD_NEWCHAIN` (do): Create a new chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newchain;

impl Operation for Newchain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ChainAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newchain {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETCHAIN` (do and dump): Get / dump chains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getchain;

impl Operation for Getchain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ChainAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getchain {
    type Answer = Replies;
}

impl Dump for Getchain {}

/// `NFTABLES_CMD_DELCHAIN` (do): Delete an existing chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delchain;

impl Operation for Delchain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ChainAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delchain {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYCHAIN` (do): Delete an existing chain with destroy semantics (ignoring ENOENT
/// errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroychain;

impl Operation for Destroychain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ChainAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroychain {
    type Answer = Ack;
}

/// `NFTABLES_CMD_NEWRULE` (do): Create a new rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newrule;

impl Operation for Newrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::RuleAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newrule {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETRULE` (do and dump): Get / dump rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getrule;

impl Operation for Getrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::RuleAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getrule {
    type Answer = Replies;
}

impl Dump for Getrule {}

/// `NFTABLES_CMD_GETRULE_RESET` (do and dump): Get / dump rules and reset stateful expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetruleReset;

impl Operation for GetruleReset {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[12];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::RuleAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetruleReset {
    type Answer = Replies;
}

impl Dump for GetruleReset {}

/// `NFTABLES_CMD_DELRULE` (do): Delete an existing rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delrule;

impl Operation for Delrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[13];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::RuleAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delrule {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYRULE` (do): Delete an existing rule with destroy semantics (ignoring ENOENT errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroyrule;

impl Operation for Destroyrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[14];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::RuleAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroyrule {
    type Answer = Ack;
}

/// `NFTABLES_CMD_NEWSET` (do): Create a new set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newset;

impl Operation for Newset {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[15];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newset {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETSET` (do and dump): Get / dump sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getset;

impl Operation for Getset {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[16];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getset {
    type Answer = Replies;
}

impl Dump for Getset {}

/// `NFTABLES_CMD_DELSET` (do): Delete an existing set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delset;

impl Operation for Delset {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[17];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delset {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYSET` (do): Delete an existing set with destroy semantics (ignoring ENOENT errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroyset;

impl Operation for Destroyset {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[18];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroyset {
    type Answer = Ack;
}

/// `NFTABLES_CMD_NEWSETELEM` (do): Create a new set element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newsetelem;

impl Operation for Newsetelem {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[19];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetelemListAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newsetelem {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETSETELEM` (do and dump): Get / dump set elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getsetelem;

impl Operation for Getsetelem {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[20];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetelemListAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getsetelem {
    type Answer = Replies;
}

impl Dump for Getsetelem {}

/// `NFTABLES_CMD_GETSETELEM_RESET` (do and dump): Get / dump set elements and reset stateful expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetsetelemReset;

impl Operation for GetsetelemReset {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[21];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetelemListAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetsetelemReset {
    type Answer = Replies;
}

impl Dump for GetsetelemReset {}

/// `NFTABLES_CMD_DELSETELEM` (do): Delete an existing set element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delsetelem;

impl Operation for Delsetelem {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[22];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetelemListAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delsetelem {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYSETELEM` (do): Delete an existing set element with destroy semantics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroysetelem;

impl Operation for Destroysetelem {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[23];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::SetelemListAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroysetelem {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETGEN` (do and dump): Get / dump rule-set generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getgen;

impl Operation for Getgen {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[24];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::GenAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::GenAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getgen {
    type Answer = Replies;
}

impl Dump for Getgen {}

/// `NFTABLES_CMD_NEWOBJ` (do): Create a new stateful object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newobj;

impl Operation for Newobj {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[25];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ObjAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newobj {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETOBJ` (do and dump): Get / dump stateful objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getobj;

impl Operation for Getobj {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[26];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ObjAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getobj {
    type Answer = Replies;
}

impl Dump for Getobj {}

/// `NFTABLES_CMD_DELOBJ` (do): Delete an existing stateful object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delobj;

impl Operation for Delobj {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[27];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ObjAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delobj {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYOBJ` (do): Delete an existing stateful object with destroy semantics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroyobj;

impl Operation for Destroyobj {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[28];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ObjAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroyobj {
    type Answer = Ack;
}

/// `NFTABLES_CMD_NEWFLOWTABLE` (do): Create a new flow table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newflowtable;

impl Operation for Newflowtable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[29];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::FlowtableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newflowtable {
    type Answer = Ack;
}

/// `NFTABLES_CMD_GETFLOWTABLE` (do and dump): Get / dump flow tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getflowtable;

impl Operation for Getflowtable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[30];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::FlowtableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getflowtable {
    type Answer = Replies;
}

impl Dump for Getflowtable {}

/// `NFTABLES_CMD_DELFLOWTABLE` (do): Delete an existing flow table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delflowtable;

impl Operation for Delflowtable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[31];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::FlowtableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delflowtable {
    type Answer = Ack;
}

/// `NFTABLES_CMD_DESTROYFLOWTABLE` (do): Delete an existing flow table with destroy semantics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Destroyflowtable;

impl Operation for Destroyflowtable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[32];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::FlowtableAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Destroyflowtable {
    type Answer = Ack;
}
