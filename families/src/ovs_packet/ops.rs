//! The operations of `ovs_packet` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `OVS_PACKET_CMD_EXECUTE` (do): Apply actions to a packet.
    pub struct Execute = (&super::FAMILY, &super::OPS[2]);
    header super::OvsHeader;
    attrs super::sets::Packet;
    msg = raw;
}

impl Do for Execute {
    type Answer = Ack;
}
