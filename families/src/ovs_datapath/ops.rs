//! The operations of `ovs_datapath` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `OVS_DP_CMD_GET` (do and dump): Get / dump OVS data path configuration and state
    pub struct Get = (&super::FAMILY, &super::OPS[0]);
    header super::OvsHeader;
    attrs super::sets::Datapath;
    msg = raw;
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

nl_operation! {
    /// `OVS_DP_CMD_NEW` (do): Create new OVS data path
    pub struct New = (&super::FAMILY, &super::OPS[1]);
    header super::OvsHeader;
    attrs super::sets::Datapath;
    msg = raw;
}

impl Do for New {
    type Answer = Ack;
}

nl_operation! {
    /// `OVS_DP_CMD_DEL` (do): Delete existing OVS data path
    pub struct Del = (&super::FAMILY, &super::OPS[2]);
    header super::OvsHeader;
    attrs super::sets::Datapath;
    msg = raw;
}

impl Do for Del {
    type Answer = Ack;
}
