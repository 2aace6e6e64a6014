//! The operations of `ovpn` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `OVPN_CMD_PEER_NEW` (do): Add a remote peer
    pub struct PeerNew = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::OvpnPeerNewInput;
    msg<'a> = GenlMsg<super::OvpnPeerNewInput<'a>>;
}

impl Do for PeerNew {
    type Answer = Ack;
}

nl_operation! {
    /// `OVPN_CMD_PEER_SET` (do): modify a remote peer
    pub struct PeerSet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::OvpnPeerSetInput;
    msg<'a> = GenlMsg<super::OvpnPeerSetInput<'a>>;
}

impl Do for PeerSet {
    type Answer = Ack;
}

nl_operation! {
    /// `OVPN_CMD_PEER_GET` (do and dump): Retrieve data about existing remote peers (or a specific one)
    pub struct PeerGet = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Ovpn;
    msg<'a> = GenlMsg<super::Ovpn<'a>>;
}

impl Do for PeerGet {
    type Answer = Replies;
}

impl Dump for PeerGet {}

nl_operation! {
    /// `OVPN_CMD_PEER_DEL` (do): Delete existing remote peer
    pub struct PeerDel = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::OvpnPeerDelInput;
    msg<'a> = GenlMsg<super::OvpnPeerDelInput<'a>>;
}

impl Do for PeerDel {
    type Answer = Ack;
}

nl_operation! {
    /// `OVPN_CMD_KEY_NEW` (do): Add a cipher key for a specific peer
    pub struct KeyNew = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::Ovpn;
    msg<'a> = GenlMsg<super::Ovpn<'a>>;
}

impl Do for KeyNew {
    type Answer = Ack;
}

nl_operation! {
    /// `OVPN_CMD_KEY_GET` (do): Retrieve non-sensitive data about peer key and cipher
    pub struct KeyGet = (&super::FAMILY, &super::OPS[6]);
    header ();
    attrs super::sets::OvpnKeyconfGet;
    msg<'a> = GenlMsg<super::OvpnKeyconfGet<'a>>;
}

impl Do for KeyGet {
    type Answer = Replies;
}

nl_operation! {
    /// `OVPN_CMD_KEY_SWAP` (do): Swap primary and secondary session keys for a specific peer
    pub struct KeySwap = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::OvpnKeyconfSwapInput;
    msg<'a> = GenlMsg<super::OvpnKeyconfSwapInput<'a>>;
}

impl Do for KeySwap {
    type Answer = Ack;
}

nl_operation! {
    /// `OVPN_CMD_KEY_DEL` (do): Delete cipher key for a specific peer
    pub struct KeyDel = (&super::FAMILY, &super::OPS[9]);
    header ();
    attrs super::sets::OvpnKeyconfDelInput;
    msg<'a> = GenlMsg<super::OvpnKeyconfDelInput<'a>>;
}

impl Do for KeyDel {
    type Answer = Ack;
}
