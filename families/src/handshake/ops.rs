//! The operations of `handshake` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `HANDSHAKE_CMD_ACCEPT` (do): Handler retrieves next queued handshake request
    pub struct Accept = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Accept;
    msg<'a> = GenlMsg<super::Accept<'a>>;
}

impl Do for Accept {
    type Answer = Replies;
}

nl_operation! {
    /// `HANDSHAKE_CMD_DONE` (do): Handler reports handshake completion
    pub struct Done = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Done;
    msg<'a> = GenlMsg<super::Done<'a>>;
}

impl Do for Done {
    type Answer = Ack;
}
