//! The operations of `nl80211` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `NL80211_CMD_GET_WIPHY` (do and dump): Get information about a wiphy or dump a list of all wiphys. Requests to
/// dump get-wiphy should unconditionally include the split-wiphy-dump flag
/// in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetWiphy;

impl Operation for GetWiphy {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Nl80211Attrs;
    type Msg<'a> = GenlMsg<super::Nl80211Attrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetWiphy {
    type Answer = Replies;
}

impl Dump for GetWiphy {}

/// `NL80211_CMD_GET_INTERFACE` (do and dump): Get information about an interface or dump a list of all interfaces
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetInterface;

impl Operation for GetInterface {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Nl80211Attrs;
    type Msg<'a> = GenlMsg<super::Nl80211Attrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetInterface {
    type Answer = Replies;
}

impl Dump for GetInterface {}

/// `NL80211_CMD_GET_PROTOCOL_FEATURES` (do): Get information about supported protocol features
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetProtocolFeatures;

impl Operation for GetProtocolFeatures {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Nl80211Attrs;
    type Msg<'a> = GenlMsg<super::Nl80211Attrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetProtocolFeatures {
    type Answer = Replies;
}
