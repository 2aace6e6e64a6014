//! The operations of `dev-energymodel` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `DEV_ENERGYMODEL_CMD_GET_PERF_DOMAINS` (do and dump): Get the list of information for all performance domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetPerfDomains;

impl Operation for GetPerfDomains {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::PerfDomain;
    type Msg<'a> = GenlMsg<super::PerfDomain<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetPerfDomains {
    type Answer = Replies;
}

impl Dump for GetPerfDomains {}

/// `DEV_ENERGYMODEL_CMD_GET_PERF_TABLE` (do): Get the energy model table of a performance domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetPerfTable;

impl Operation for GetPerfTable {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::PerfTable;
    type Msg<'a> = GenlMsg<super::PerfTable<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetPerfTable {
    type Answer = Replies;
}
