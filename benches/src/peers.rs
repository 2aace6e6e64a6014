//! The same full parse and serialize with the crates a user would otherwise pick:
//! `netlink-packet-route` (with `netlink-packet-core`) and `neli`; and the same typed route
//! decode with `netlink-packet-route` and `netlink-bindings` (bindings generated from the
//! same YNL specs as `nlcodec-families`).
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

/// netlink-packet-route typed route decode: `NetlinkMessage::<RouteNetlinkMessage>::deserialize`
/// of every message, then the same fields as [`crate::decode_route`] out of its
/// `RouteMessage` (header fields and the `RouteAttribute` list).
pub fn npr_routes(buf: &[u8]) -> Result<usize, netlink_packet_core::DecodeError> {
    for_each_frame(buf, |m| {
        let msg = NprMessage::deserialize(m)?;
        if let Some(r) = npr_route(&msg) {
            crate::keep(r);
        }
        Ok(())
    })
}

/// The [`crate::Route`] in a netlink-packet-route message (`None` for other messages).
#[inline]
pub fn npr_route(msg: &NprMessage) -> Option<crate::Route> {
    use netlink_packet_core::NetlinkPayload;
    use netlink_packet_route::route::{RouteAddress, RouteAttribute};
    let NetlinkPayload::InnerMessage(RouteNetlinkMessage::NewRoute(r)) = &msg.payload else {
        return None;
    };
    let h = &r.header;
    let ip = |a: &RouteAddress| match a {
        RouteAddress::Inet(a) => Some(std::net::IpAddr::V4(*a)),
        RouteAddress::Inet6(a) => Some(std::net::IpAddr::V6(*a)),
        _ => None,
    };
    let mut out = crate::Route {
        family: u8::from(h.address_family),
        dst_len: h.destination_prefix_length,
        table: u32::from(h.table),
        protocol: u8::from(h.protocol),
        kind: u8::from(h.kind),
        dst: None,
        gateway: None,
        oif: None,
        priority: None,
    };
    for a in &r.attributes {
        match a {
            RouteAttribute::Destination(a) => out.dst = ip(a),
            RouteAttribute::Gateway(a) => out.gateway = ip(a),
            RouteAttribute::Oif(i) => out.oif = Some(*i),
            RouteAttribute::Priority(p) => out.priority = Some(*p),
            RouteAttribute::Table(t) => out.table = *t,
            _ => {}
        }
    }
    Some(out)
}

/// netlink-bindings typed route decode: every route message's payload through
/// `OpGetrouteDump::decode_reply` (the `rtmsg` and a lazy attribute iterator), then the five
/// attributes through the typed getters (`get_dst`, `get_oif`, `get_gateway`,
/// `get_priority`, `get_table`; each a scan of the block that decodes the attributes it
/// passes). Framing by [`nlcodec::messages`] (the crate reads messages off its own socket).
pub fn nb_routes(buf: &[u8]) -> Result<usize, nlcodec::Error> {
    let mut n = 0;
    for m in nlcodec::messages(buf) {
        let m = m?;
        if (24..=27).contains(&m.header.kind) {
            crate::keep(nb_route(m.payload));
        }
        n += 1;
    }
    Ok(n)
}

/// The [`crate::Route`] in a route message's payload (after `nlmsghdr`), by netlink-bindings.
#[inline]
pub fn nb_route(payload: &[u8]) -> crate::Route {
    use netlink_bindings::rt_route::OpGetrouteDump;
    use netlink_bindings::traits::NetlinkRequest;
    let (h, attrs) = OpGetrouteDump::decode_reply(payload);
    crate::Route {
        family: h.rtm_family,
        dst_len: h.rtm_dst_len,
        table: attrs.get_table().unwrap_or(u32::from(h.rtm_table)),
        protocol: h.rtm_protocol,
        kind: h.rtm_type,
        dst: attrs.get_dst().ok(),
        gateway: attrs.get_gateway().ok(),
        oif: attrs.get_oif().ok(),
        priority: attrs.get_priority().ok(),
    }
}
