//! The operations of `rt-neigh` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `RTM_NEWNEIGH` (do): Add new neighbour entry
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newneigh;

impl Operation for Newneigh {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Ndmsg;
    type Attrs = super::sets::NeighbourAttrs;
    type Msg<'a> = RawMsg<super::Ndmsg, super::NeighbourAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newneigh {
    type Answer = Ack;
}

/// `RTM_DELNEIGH` (do): Remove an existing neighbour entry
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delneigh;

impl Operation for Delneigh {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::Ndmsg;
    type Attrs = super::sets::NeighbourAttrs;
    type Msg<'a> = RawMsg<super::Ndmsg, super::NeighbourAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delneigh {
    type Answer = Ack;
}

/// `RTM_GETNEIGH` (do and dump): Get or dump neighbour entries
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getneigh;

impl Operation for Getneigh {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = super::Ndmsg;
    type Attrs = super::sets::NeighbourAttrs;
    type Msg<'a> = RawMsg<super::Ndmsg, super::NeighbourAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getneigh {
    type Answer = Replies;
}

impl Dump for Getneigh {}

/// `RTM_GETNEIGHTBL` (dump): Get or dump neighbour tables
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getneightbl;

impl Operation for Getneightbl {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = super::Ndtmsg;
    type Attrs = super::sets::NdtAttrs;
    type Msg<'a> = RawMsg<super::Ndtmsg, super::NdtAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for Getneightbl {}

/// `RTM_SETNEIGHTBL` (do): Set neighbour tables
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Setneightbl;

impl Operation for Setneightbl {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = super::Ndtmsg;
    type Attrs = super::sets::NdtAttrs;
    type Msg<'a> = RawMsg<super::Ndtmsg, super::NdtAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Setneightbl {
    type Answer = Ack;
}
