//! The same full parse and serialize with the crates a user would otherwise pick:
//! `netlink-packet-route` (with `netlink-packet-core`) and `neli`.
//!
//! Each peer deserializes every message of the stream into its own typed message (which
//! parses every attribute into the crate's attribute enum or buffer) and, for serialize,
//! emits its parsed messages back into one buffer. The stream framing (reading
//! `nlmsg_len` and stepping to the next aligned message) is the peer's own where it has one
//! (neli) and a minimal loop where it has none (netlink-packet-core parses one message per
//! call).

use std::io::Cursor;

use netlink_packet_core::NetlinkMessage;
use netlink_packet_route::RouteNetlinkMessage;

/// A `netlink-packet-route` message.
pub type NprMessage = NetlinkMessage<RouteNetlinkMessage>;

fn frame(buf: &[u8], off: usize) -> Option<usize> {
    let len = u32::from_ne_bytes(buf.get(off..off + 4)?.try_into().ok()?) as usize;
    (len >= 16 && len <= buf.len() - off).then_some(len)
}

/// Calls `f` with every message of `buf` (framed by `nlmsg_len`, 4-byte aligned).
fn for_each_frame<E>(buf: &[u8], mut f: impl FnMut(&[u8]) -> Result<(), E>) -> Result<usize, E> {
    let mut off = 0;
    let mut n = 0;
    while let Some(len) = frame(buf, off) {
        f(&buf[off..off + len])?;
        n += 1;
        off += (len + 3) & !3;
    }
    Ok(n)
}

/// netlink-packet-route full parse: `NetlinkMessage::<RouteNetlinkMessage>::deserialize` on
/// every message.
pub fn npr_full_parse(buf: &[u8]) -> Result<usize, netlink_packet_core::DecodeError> {
    for_each_frame(buf, |m| {
        crate::keep(NprMessage::deserialize(m)?);
        Ok(())
    })
}

/// netlink-packet-route parse kept in memory (the input of [`npr_serialize`]).
pub fn npr_parse_all(buf: &[u8]) -> Result<Vec<NprMessage>, netlink_packet_core::DecodeError> {
    let mut all = Vec::new();
    for_each_frame(buf, |m| {
        all.push(NprMessage::deserialize(m)?);
        Ok::<_, netlink_packet_core::DecodeError>(())
    })?;
    Ok(all)
}

/// netlink-packet-route serialize: `buffer_len` + `serialize` of every parsed message into
/// `out` (pre-sized; the crate panics when a slice is too short). Returns the bytes written.
pub fn npr_serialize(msgs: &[NprMessage], out: &mut [u8]) -> usize {
    let mut off = 0;
    for m in msgs {
        let len = m.buffer_len();
        m.serialize(&mut out[off..off + len]);
        off = (off + len + 3) & !3;
    }
    off
}

/// The neli message types used for each rtnetlink family header.
pub mod neli_types {
    use neli::consts::rtnl::Rtm;
    use neli::nl::Nlmsghdr;
    use neli::rtnl::{Ifaddrmsg, Ifinfomsg, Rtmsg};

    /// A route message (also used for control messages in a route dump).
    pub type Route = Nlmsghdr<Rtm, Rtmsg>;
    /// A link message.
    pub type Link = Nlmsghdr<Rtm, Ifinfomsg>;
    /// An address message.
    pub type Addr = Nlmsghdr<Rtm, Ifaddrmsg>;
}

/// One parsed neli message of any of the families the benches use.
#[derive(Debug)]
pub enum NeliMessage {
    /// Routes and control messages.
    Route(neli_types::Route),
    /// Links.
    Link(neli_types::Link),
    /// Addresses.
    Addr(neli_types::Addr),
}

fn neli_next(cur: &mut Cursor<&[u8]>) -> Option<Result<NeliMessage, neli::err::DeError>> {
    use neli::FromBytes;
    let buf = *cur.get_ref();
    let at = cur.position() as usize;
    if at + 16 > buf.len() {
        return None;
    }
    let mut kind = u16::from_ne_bytes([buf[at + 4], buf[at + 5]]);
    if kind == 2 && at + 26 <= buf.len() {
        // NLMSG_ERROR: neli parses the echoed request with the payload type, so pick the
        // type from the echoed request's header (after the 4-byte error code).
        kind = u16::from_ne_bytes([buf[at + 24], buf[at + 25]]);
    }
    Some(match kind {
        16..=19 => neli_types::Link::from_bytes(cur).map(NeliMessage::Link),
        20..=23 => neli_types::Addr::from_bytes(cur).map(NeliMessage::Addr),
        _ => neli_types::Route::from_bytes(cur).map(NeliMessage::Route),
    })
}

/// neli full parse: `Nlmsghdr::<Rtm, _>::from_bytes` over one cursor on the whole stream,
/// with the family header type picked from each message's type.
pub fn neli_full_parse(buf: &[u8]) -> Result<usize, neli::err::DeError> {
    let mut cur = Cursor::new(buf);
    let mut n = 0;
    while let Some(m) = neli_next(&mut cur) {
        crate::keep(m?);
        n += 1;
    }
    Ok(n)
}

/// neli parse kept in memory (the input of [`neli_serialize`]).
pub fn neli_parse_all(buf: &[u8]) -> Result<Vec<NeliMessage>, neli::err::DeError> {
    let mut cur = Cursor::new(buf);
    let mut all = Vec::new();
    while let Some(m) = neli_next(&mut cur) {
        all.push(m?);
    }
    Ok(all)
}

/// neli serialize: `ToBytes::to_bytes` of every parsed message into one cursor over `out`
/// (cleared first, its capacity kept). Returns the bytes written.
pub fn neli_serialize(msgs: &[NeliMessage], out: Vec<u8>) -> Result<Vec<u8>, neli::err::SerError> {
    use neli::ToBytes;
    let mut out = out;
    out.clear();
    let mut cur = Cursor::new(out);
    for m in msgs {
        match m {
            NeliMessage::Route(m) => m.to_bytes(&mut cur)?,
            NeliMessage::Link(m) => m.to_bytes(&mut cur)?,
            NeliMessage::Addr(m) => m.to_bytes(&mut cur)?,
        }
    }
    Ok(cur.into_inner())
}
