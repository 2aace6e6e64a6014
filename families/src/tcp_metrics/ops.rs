//! The operations of `tcp_metrics` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `TCP_METRICS_CMD_GET` (do and dump): Retrieve metrics.
    pub struct Get = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::TcpMetrics;
    msg<'a> = GenlMsg<super::TcpMetrics<'a>>;
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

nl_operation! {
    /// `TCP_METRICS_CMD_DEL` (do): Delete metrics.
    pub struct Del = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::TcpMetrics;
    msg<'a> = GenlMsg<super::TcpMetrics<'a>>;
}

impl Do for Del {
    type Answer = Ack;
}
