//! The operations of `ovpn` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `OVPN_CMD_PEER_NEW` (do): Add a remote peer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PeerNew;

impl Operation for PeerNew {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::OvpnPeerNewInput;
    type Msg<'a> = GenlMsg<super::OvpnPeerNewInput<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PeerNew {
    type Answer = Ack;
}

/// `OVPN_CMD_PEER_SET` (do): modify a remote peer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PeerSet;

impl Operation for PeerSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::OvpnPeerSetInput;
    type Msg<'a> = GenlMsg<super::OvpnPeerSetInput<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PeerSet {
    type Answer = Ack;
}

/// `OVPN_CMD_PEER_GET` (do and dump): Retrieve data about existing remote peers (or a specific one)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PeerGet;

impl Operation for PeerGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Ovpn;
    type Msg<'a> = GenlMsg<super::Ovpn<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PeerGet {
    type Answer = Replies;
}

impl Dump for PeerGet {}

/// `OVPN_CMD_PEER_DEL` (do): Delete existing remote peer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PeerDel;

impl Operation for PeerDel {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::OvpnPeerDelInput;
    type Msg<'a> = GenlMsg<super::OvpnPeerDelInput<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PeerDel {
    type Answer = Ack;
}

/// `OVPN_CMD_KEY_NEW` (do): Add a cipher key for a specific peer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyNew;

impl Operation for KeyNew {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::Ovpn;
    type Msg<'a> = GenlMsg<super::Ovpn<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for KeyNew {
    type Answer = Ack;
}

/// `OVPN_CMD_KEY_GET` (do): Retrieve non-sensitive data about peer key and cipher
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyGet;

impl Operation for KeyGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = ();
    type Attrs = super::sets::OvpnKeyconfGet;
    type Msg<'a> = GenlMsg<super::OvpnKeyconfGet<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for KeyGet {
    type Answer = Replies;
}

/// `OVPN_CMD_KEY_SWAP` (do): Swap primary and secondary session keys for a specific peer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeySwap;

impl Operation for KeySwap {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::OvpnKeyconfSwapInput;
    type Msg<'a> = GenlMsg<super::OvpnKeyconfSwapInput<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for KeySwap {
    type Answer = Ack;
}

/// `OVPN_CMD_KEY_DEL` (do): Delete cipher key for a specific peer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyDel;

impl Operation for KeyDel {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = ();
    type Attrs = super::sets::OvpnKeyconfDelInput;
    type Msg<'a> = GenlMsg<super::OvpnKeyconfDelInput<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for KeyDel {
    type Answer = Ack;
}
