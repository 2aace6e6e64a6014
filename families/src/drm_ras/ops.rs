//! The operations of `drm-ras` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `DRM_RAS_CMD_LIST_NODES` (dump): Retrieve the full list of currently registered DRM RAS nodes. Each node includes its dynamically assigned ID, name, and type. **Important:** User space must call this operation first to obtain the node IDs. These IDs are required for all subsequent operations on nodes, such as querying error counters.
    pub struct ListNodes = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::NodeAttrs;
    msg<'a> = GenlMsg<super::NodeAttrs<'a>>;
}

impl Dump for ListNodes {}

nl_operation! {
    /// `DRM_RAS_CMD_GET_ERROR_COUNTER` (do and dump): Retrieve error counter for a given node. The response includes the id, the name, and even the current value of each counter.
    pub struct GetErrorCounter = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::ErrorCounterAttrs;
    msg<'a> = GenlMsg<super::ErrorCounterAttrs<'a>>;
}

impl Do for GetErrorCounter {
    type Answer = Replies;
}

impl Dump for GetErrorCounter {}

nl_operation! {
    /// `DRM_RAS_CMD_CLEAR_ERROR_COUNTER` (do): Clear error counter for a given node. The request includes the error-id and node-id of the counter to be cleared.
    pub struct ClearErrorCounter = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::ErrorCounterAttrs;
    msg<'a> = GenlMsg<super::ErrorCounterAttrs<'a>>;
}

impl Do for ClearErrorCounter {
    type Answer = Ack;
}
