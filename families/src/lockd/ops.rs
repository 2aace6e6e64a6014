//! The operations of `lockd` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `LOCKD_CMD_SERVER_SET` (do): set the lockd server parameters
    pub struct ServerSet = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Server;
    msg<'a> = GenlMsg<super::Server<'a>>;
}

impl Do for ServerSet {
    type Answer = Ack;
}

nl_operation! {
    /// `LOCKD_CMD_SERVER_GET` (do): get the lockd server parameters
    pub struct ServerGet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Server;
    msg<'a> = GenlMsg<super::Server<'a>>;
}

impl Do for ServerGet {
    type Answer = Replies;
}
