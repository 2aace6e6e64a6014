//! The operations of `team` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `TEAM_CMD_NOOP` (do): No operation
    pub struct Noop = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Team;
    msg<'a> = GenlMsg<super::Team<'a>>;
}

impl Do for Noop {
    type Answer = Replies;
}

nl_operation! {
    /// `TEAM_CMD_OPTIONS_SET` (do): Set team options
    pub struct OptionsSet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Team;
    msg<'a> = GenlMsg<super::Team<'a>>;
}

impl Do for OptionsSet {
    type Answer = Replies;
}

nl_operation! {
    /// `TEAM_CMD_OPTIONS_GET` (do): Get team options info
    pub struct OptionsGet = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Team;
    msg<'a> = GenlMsg<super::Team<'a>>;
}

impl Do for OptionsGet {
    type Answer = Replies;
}

nl_operation! {
    /// `TEAM_CMD_PORT_LIST_GET` (do): Get team ports info
    pub struct PortListGet = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::Team;
    msg<'a> = GenlMsg<super::Team<'a>>;
}

impl Do for PortListGet {
    type Answer = Replies;
}
