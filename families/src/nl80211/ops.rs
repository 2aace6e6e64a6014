//! The operations of `nl80211` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `NL80211_CMD_GET_WIPHY` (do and dump): Get information about a wiphy or dump a list of all wiphys. Requests to
    /// dump get-wiphy should unconditionally include the split-wiphy-dump flag
    /// in the request.
    pub struct GetWiphy = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Nl80211Attrs;
    msg<'a> = GenlMsg<super::Nl80211Attrs<'a>>;
}

impl Do for GetWiphy {
    type Answer = Replies;
}

impl Dump for GetWiphy {}

nl_operation! {
    /// `NL80211_CMD_GET_INTERFACE` (do and dump): Get information about an interface or dump a list of all interfaces
    pub struct GetInterface = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Nl80211Attrs;
    msg<'a> = GenlMsg<super::Nl80211Attrs<'a>>;
}

impl Do for GetInterface {
    type Answer = Replies;
}

impl Dump for GetInterface {}

nl_operation! {
    /// `NL80211_CMD_GET_PROTOCOL_FEATURES` (do): Get information about supported protocol features
    pub struct GetProtocolFeatures = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Nl80211Attrs;
    msg<'a> = GenlMsg<super::Nl80211Attrs<'a>>;
}

impl Do for GetProtocolFeatures {
    type Answer = Replies;
}
