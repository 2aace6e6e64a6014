//! The operations of `sunrpc` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `SUNRPC_CMD_IP_MAP_GET_REQS` (dump): Dump all pending ip_map requests
    pub struct IpMapGetReqs = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::IpMapReqs;
    msg<'a> = GenlMsg<super::IpMapReqs<'a>>;
}

impl Dump for IpMapGetReqs {}

nl_operation! {
    /// `SUNRPC_CMD_IP_MAP_SET_REQS` (do): Respond to one or more ip_map requests
    pub struct IpMapSetReqs = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::IpMapReqs;
    msg<'a> = GenlMsg<super::IpMapReqs<'a>>;
}

impl Do for IpMapSetReqs {
    type Answer = Ack;
}

nl_operation! {
    /// `SUNRPC_CMD_UNIX_GID_GET_REQS` (dump): Dump all pending unix_gid requests
    pub struct UnixGidGetReqs = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::UnixGidReqs;
    msg<'a> = GenlMsg<super::UnixGidReqs<'a>>;
}

impl Dump for UnixGidGetReqs {}

nl_operation! {
    /// `SUNRPC_CMD_UNIX_GID_SET_REQS` (do): Respond to one or more unix_gid requests
    pub struct UnixGidSetReqs = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::UnixGidReqs;
    msg<'a> = GenlMsg<super::UnixGidReqs<'a>>;
}

impl Do for UnixGidSetReqs {
    type Answer = Ack;
}

nl_operation! {
    /// `SUNRPC_CMD_CACHE_FLUSH` (do): Flush sunrpc caches (ip_map and/or unix_gid)
    pub struct CacheFlush = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::CacheFlush;
    msg<'a> = GenlMsg<super::CacheFlush<'a>>;
}

impl Do for CacheFlush {
    type Answer = Ack;
}
