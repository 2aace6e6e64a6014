//! The operations of `nftables` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `NFTABLES_CMD_BATCH_BEGIN` (do): Start a batch of operations
    pub struct BatchBegin = (&super::FAMILY, &super::OPS[0]);
    header super::Nfgenmsg;
    attrs super::sets::BatchAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::BatchAttrs<'a>>;
}

impl Do for BatchBegin {
    type Answer = Replies;
}

nl_operation! {
    /// `NFTABLES_CMD_BATCH_END` (do): Finish a batch of operations
    pub struct BatchEnd = (&super::FAMILY, &super::OPS[1]);
    header super::Nfgenmsg;
    attrs super::sets::BatchAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::BatchAttrs<'a>>;
}

impl Do for BatchEnd {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_NEWTABLE` (do): Create a new table.
    pub struct Newtable = (&super::FAMILY, &super::OPS[2]);
    header super::Nfgenmsg;
    attrs super::sets::TableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;
}

impl Do for Newtable {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETTABLE` (do and dump): Get / dump tables.
    pub struct Gettable = (&super::FAMILY, &super::OPS[3]);
    header super::Nfgenmsg;
    attrs super::sets::TableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;
}

impl Do for Gettable {
    type Answer = Replies;
}

impl Dump for Gettable {}

nl_operation! {
    /// `NFTABLES_CMD_DELTABLE` (do): Delete an existing table.
    pub struct Deltable = (&super::FAMILY, &super::OPS[4]);
    header super::Nfgenmsg;
    attrs super::sets::TableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;
}

impl Do for Deltable {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYTABLE` (do): Delete an existing table with destroy semantics (ignoring ENOENT
    /// errors).
    pub struct Destroytable = (&super::FAMILY, &super::OPS[5]);
    header super::Nfgenmsg;
    attrs super::sets::TableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::TableAttrs<'a>>;
}

impl Do for Destroytable {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_NEWCHAIN` (do): Create a new chain.
    pub struct Newchain = (&super::FAMILY, &super::OPS[6]);
    header super::Nfgenmsg;
    attrs super::sets::ChainAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;
}

impl Do for Newchain {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETCHAIN` (do and dump): Get / dump chains.
    pub struct Getchain = (&super::FAMILY, &super::OPS[7]);
    header super::Nfgenmsg;
    attrs super::sets::ChainAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;
}

impl Do for Getchain {
    type Answer = Replies;
}

impl Dump for Getchain {}

nl_operation! {
    /// `NFTABLES_CMD_DELCHAIN` (do): Delete an existing chain.
    pub struct Delchain = (&super::FAMILY, &super::OPS[8]);
    header super::Nfgenmsg;
    attrs super::sets::ChainAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;
}

impl Do for Delchain {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYCHAIN` (do): Delete an existing chain with destroy semantics (ignoring ENOENT
    /// errors).
    pub struct Destroychain = (&super::FAMILY, &super::OPS[9]);
    header super::Nfgenmsg;
    attrs super::sets::ChainAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ChainAttrs<'a>>;
}

impl Do for Destroychain {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_NEWRULE` (do): Create a new rule.
    pub struct Newrule = (&super::FAMILY, &super::OPS[10]);
    header super::Nfgenmsg;
    attrs super::sets::RuleAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;
}

impl Do for Newrule {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETRULE` (do and dump): Get / dump rules.
    pub struct Getrule = (&super::FAMILY, &super::OPS[11]);
    header super::Nfgenmsg;
    attrs super::sets::RuleAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;
}

impl Do for Getrule {
    type Answer = Replies;
}

impl Dump for Getrule {}

nl_operation! {
    /// `NFTABLES_CMD_GETRULE_RESET` (do and dump): Get / dump rules and reset stateful expressions.
    pub struct GetruleReset = (&super::FAMILY, &super::OPS[12]);
    header super::Nfgenmsg;
    attrs super::sets::RuleAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;
}

impl Do for GetruleReset {
    type Answer = Replies;
}

impl Dump for GetruleReset {}

nl_operation! {
    /// `NFTABLES_CMD_DELRULE` (do): Delete an existing rule.
    pub struct Delrule = (&super::FAMILY, &super::OPS[13]);
    header super::Nfgenmsg;
    attrs super::sets::RuleAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;
}

impl Do for Delrule {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYRULE` (do): Delete an existing rule with destroy semantics (ignoring ENOENT errors).
    pub struct Destroyrule = (&super::FAMILY, &super::OPS[14]);
    header super::Nfgenmsg;
    attrs super::sets::RuleAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::RuleAttrs<'a>>;
}

impl Do for Destroyrule {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_NEWSET` (do): Create a new set.
    pub struct Newset = (&super::FAMILY, &super::OPS[15]);
    header super::Nfgenmsg;
    attrs super::sets::SetAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;
}

impl Do for Newset {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETSET` (do and dump): Get / dump sets.
    pub struct Getset = (&super::FAMILY, &super::OPS[16]);
    header super::Nfgenmsg;
    attrs super::sets::SetAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;
}

impl Do for Getset {
    type Answer = Replies;
}

impl Dump for Getset {}

nl_operation! {
    /// `NFTABLES_CMD_DELSET` (do): Delete an existing set.
    pub struct Delset = (&super::FAMILY, &super::OPS[17]);
    header super::Nfgenmsg;
    attrs super::sets::SetAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;
}

impl Do for Delset {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYSET` (do): Delete an existing set with destroy semantics (ignoring ENOENT errors).
    pub struct Destroyset = (&super::FAMILY, &super::OPS[18]);
    header super::Nfgenmsg;
    attrs super::sets::SetAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetAttrs<'a>>;
}

impl Do for Destroyset {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_NEWSETELEM` (do): Create a new set element.
    pub struct Newsetelem = (&super::FAMILY, &super::OPS[19]);
    header super::Nfgenmsg;
    attrs super::sets::SetelemListAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;
}

impl Do for Newsetelem {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETSETELEM` (do and dump): Get / dump set elements.
    pub struct Getsetelem = (&super::FAMILY, &super::OPS[20]);
    header super::Nfgenmsg;
    attrs super::sets::SetelemListAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;
}

impl Do for Getsetelem {
    type Answer = Replies;
}

impl Dump for Getsetelem {}

nl_operation! {
    /// `NFTABLES_CMD_GETSETELEM_RESET` (do and dump): Get / dump set elements and reset stateful expressions.
    pub struct GetsetelemReset = (&super::FAMILY, &super::OPS[21]);
    header super::Nfgenmsg;
    attrs super::sets::SetelemListAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;
}

impl Do for GetsetelemReset {
    type Answer = Replies;
}

impl Dump for GetsetelemReset {}

nl_operation! {
    /// `NFTABLES_CMD_DELSETELEM` (do): Delete an existing set element.
    pub struct Delsetelem = (&super::FAMILY, &super::OPS[22]);
    header super::Nfgenmsg;
    attrs super::sets::SetelemListAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;
}

impl Do for Delsetelem {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYSETELEM` (do): Delete an existing set element with destroy semantics.
    pub struct Destroysetelem = (&super::FAMILY, &super::OPS[23]);
    header super::Nfgenmsg;
    attrs super::sets::SetelemListAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::SetelemListAttrs<'a>>;
}

impl Do for Destroysetelem {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETGEN` (do and dump): Get / dump rule-set generation.
    pub struct Getgen = (&super::FAMILY, &super::OPS[24]);
    header super::Nfgenmsg;
    attrs super::sets::GenAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::GenAttrs<'a>>;
}

impl Do for Getgen {
    type Answer = Replies;
}

impl Dump for Getgen {}

nl_operation! {
    /// `NFTABLES_CMD_NEWOBJ` (do): Create a new stateful object.
    pub struct Newobj = (&super::FAMILY, &super::OPS[25]);
    header super::Nfgenmsg;
    attrs super::sets::ObjAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;
}

impl Do for Newobj {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETOBJ` (do and dump): Get / dump stateful objects.
    pub struct Getobj = (&super::FAMILY, &super::OPS[26]);
    header super::Nfgenmsg;
    attrs super::sets::ObjAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;
}

impl Do for Getobj {
    type Answer = Replies;
}

impl Dump for Getobj {}

nl_operation! {
    /// `NFTABLES_CMD_DELOBJ` (do): Delete an existing stateful object.
    pub struct Delobj = (&super::FAMILY, &super::OPS[27]);
    header super::Nfgenmsg;
    attrs super::sets::ObjAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;
}

impl Do for Delobj {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYOBJ` (do): Delete an existing stateful object with destroy semantics.
    pub struct Destroyobj = (&super::FAMILY, &super::OPS[28]);
    header super::Nfgenmsg;
    attrs super::sets::ObjAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ObjAttrs<'a>>;
}

impl Do for Destroyobj {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_NEWFLOWTABLE` (do): Create a new flow table.
    pub struct Newflowtable = (&super::FAMILY, &super::OPS[29]);
    header super::Nfgenmsg;
    attrs super::sets::FlowtableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;
}

impl Do for Newflowtable {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_GETFLOWTABLE` (do and dump): Get / dump flow tables.
    pub struct Getflowtable = (&super::FAMILY, &super::OPS[30]);
    header super::Nfgenmsg;
    attrs super::sets::FlowtableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;
}

impl Do for Getflowtable {
    type Answer = Replies;
}

impl Dump for Getflowtable {}

nl_operation! {
    /// `NFTABLES_CMD_DELFLOWTABLE` (do): Delete an existing flow table.
    pub struct Delflowtable = (&super::FAMILY, &super::OPS[31]);
    header super::Nfgenmsg;
    attrs super::sets::FlowtableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;
}

impl Do for Delflowtable {
    type Answer = Ack;
}

nl_operation! {
    /// `NFTABLES_CMD_DESTROYFLOWTABLE` (do): Delete an existing flow table with destroy semantics.
    pub struct Destroyflowtable = (&super::FAMILY, &super::OPS[32]);
    header super::Nfgenmsg;
    attrs super::sets::FlowtableAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::FlowtableAttrs<'a>>;
}

impl Do for Destroyflowtable {
    type Answer = Ack;
}
