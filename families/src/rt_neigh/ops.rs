//! The operations of `rt-neigh` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `RTM_NEWNEIGH` (do): Add new neighbour entry
    pub struct Newneigh = (&super::FAMILY, &super::OPS[0]);
    header super::Ndmsg;
    attrs super::sets::NeighbourAttrs;
    msg<'a> = RawMsg<super::Ndmsg, super::NeighbourAttrs<'a>>;
}

impl Do for Newneigh {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELNEIGH` (do): Remove an existing neighbour entry
    pub struct Delneigh = (&super::FAMILY, &super::OPS[1]);
    header super::Ndmsg;
    attrs super::sets::NeighbourAttrs;
    msg<'a> = RawMsg<super::Ndmsg, super::NeighbourAttrs<'a>>;
}

impl Do for Delneigh {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETNEIGH` (do and dump): Get or dump neighbour entries
    pub struct Getneigh = (&super::FAMILY, &super::OPS[3]);
    header super::Ndmsg;
    attrs super::sets::NeighbourAttrs;
    msg<'a> = RawMsg<super::Ndmsg, super::NeighbourAttrs<'a>>;
}

impl Do for Getneigh {
    type Answer = Replies;
}

impl Dump for Getneigh {}

nl_operation! {
    /// `RTM_GETNEIGHTBL` (dump): Get or dump neighbour tables
    pub struct Getneightbl = (&super::FAMILY, &super::OPS[5]);
    header super::Ndtmsg;
    attrs super::sets::NdtAttrs;
    msg<'a> = RawMsg<super::Ndtmsg, super::NdtAttrs<'a>>;
}

impl Dump for Getneightbl {}

nl_operation! {
    /// `RTM_SETNEIGHTBL` (do): Set neighbour tables
    pub struct Setneightbl = (&super::FAMILY, &super::OPS[6]);
    header super::Ndtmsg;
    attrs super::sets::NdtAttrs;
    msg<'a> = RawMsg<super::Ndtmsg, super::NdtAttrs<'a>>;
}

impl Do for Setneightbl {
    type Answer = Ack;
}
