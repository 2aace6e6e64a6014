//! The operations of `team` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `TEAM_CMD_NOOP` (do): No operation
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Noop;

impl Operation for Noop {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Team;
    type Msg<'a> = GenlMsg<super::Team<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Noop {
    type Answer = Replies;
}

/// `TEAM_CMD_OPTIONS_SET` (do): Set team options
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OptionsSet;

impl Operation for OptionsSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Team;
    type Msg<'a> = GenlMsg<super::Team<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for OptionsSet {
    type Answer = Replies;
}

/// `TEAM_CMD_OPTIONS_GET` (do): Get team options info
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OptionsGet;

impl Operation for OptionsGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Team;
    type Msg<'a> = GenlMsg<super::Team<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for OptionsGet {
    type Answer = Replies;
}

/// `TEAM_CMD_PORT_LIST_GET` (do): Get team ports info
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PortListGet;

impl Operation for PortListGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::Team;
    type Msg<'a> = GenlMsg<super::Team<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PortListGet {
    type Answer = Replies;
}
