//! The operations of `rt-link` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `RTM_NEWLINK` (do): Create a new link.
    pub struct Newlink = (&super::FAMILY, &super::OPS[0]);
    header super::Ifinfomsg;
    attrs super::sets::LinkAttrs;
    msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;
}

impl Do for Newlink {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELLINK` (do): Delete an existing link.
    pub struct Dellink = (&super::FAMILY, &super::OPS[2]);
    header super::Ifinfomsg;
    attrs super::sets::LinkAttrs;
    msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;
}

impl Do for Dellink {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETLINK` (do and dump): Get / dump information about a link.
    pub struct Getlink = (&super::FAMILY, &super::OPS[3]);
    header super::Ifinfomsg;
    attrs super::sets::LinkAttrs;
    msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;
}

impl Do for Getlink {
    type Answer = Replies;
}

impl Dump for Getlink {}

nl_operation! {
    /// `RTM_SETLINK` (do): Set information about a link.
    pub struct Setlink = (&super::FAMILY, &super::OPS[4]);
    header super::Ifinfomsg;
    attrs super::sets::LinkAttrs;
    msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;
}

impl Do for Setlink {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETSTATS` (do and dump): Get / dump link stats.
    pub struct Getstats = (&super::FAMILY, &super::OPS[5]);
    header super::IfStatsMsg;
    attrs super::sets::StatsAttrs;
    msg<'a> = RawMsg<super::IfStatsMsg, super::StatsAttrs<'a>>;
}

impl Do for Getstats {
    type Answer = Replies;
}

impl Dump for Getstats {}
