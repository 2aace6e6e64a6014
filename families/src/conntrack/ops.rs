//! The operations of `conntrack` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `CONNTRACK_CMD_GET` (do and dump): get / dump entries
    pub struct Get = (&super::FAMILY, &super::OPS[0]);
    header super::Nfgenmsg;
    attrs super::sets::ConntrackAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ConntrackAttrs<'a>>;
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

nl_operation! {
    /// `CONNTRACK_CMD_GET_STATS` (dump): dump pcpu conntrack stats
    pub struct GetStats = (&super::FAMILY, &super::OPS[1]);
    header super::Nfgenmsg;
    attrs super::sets::ConntrackStatsAttrs;
    msg<'a> = RawMsg<super::Nfgenmsg, super::ConntrackStatsAttrs<'a>>;
}

impl Dump for GetStats {}
