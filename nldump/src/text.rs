//! Text output: one block per message, in the layout of the codec's [`Dump`] with the
//! generated schemas: the header with the type and flag names, the family header field by
//! field, every attribute by its C name with its typed value (enums and flags by name,
//! addresses, strings), nests indented, control messages decoded, and extended ACKs with the
//! named attribute path and the kernel's policy.
//!
//! Each block starts with the message's number, the packet it came in (for captures), its
//! byte offset in the input, the protocol, and for captures the direction and time:
//!
//! ```text
//! #1 packet 1 @40 route received 1700000000.000000: len 1468 type 16 (RTM_NEWLINK) flags 0x0002 [MULTI] seq 1 pid 14976
//!   ifinfomsg { ifi-family: unspec, ifi-type: loopback, ifi-index: 1, ifi-flags: 0x10049 [up,loopback,running,lower-up], ifi-change: 0x0 }
//!   IFLA_IFNAME "lo"
//! ```
//!
//! The block after the prefix is the codec's [`Dump`] of the message, written straight into
//! the output (there is no second renderer to keep equal to it).

use crate::out::Out;
use crate::MsgCtx;
use nlcodec::digits::write_u64;
use nlcodec::dump::Dump;
use nlcodec::schema::{MsgDesc, Schema};
use nlcodec_capture::Direction;

/// Appends the text block of one message to `out`, written as it is formatted (`out` may be
/// a [`Spill`](crate::out::Spill) that writes itself out as it fills, for messages too big
/// to hold their text).
pub fn message(out: &mut (impl Out + ?Sized), m: &MsgCtx<'_>, offsets: bool) {
    prefix(out, m);
    let mut dump = Dump::new(m.bytes)
        .family_header_len(m.header_len)
        .offsets(offsets)
        .positions(false); // the prefix says where the message is
    let known;
    if let Some(schema) = m.schema {
        known = Known { m, schema };
        dump = dump.schema(&known);
    }
    let _ = write!(out, "{dump}");
}

/// The schema with this message's descriptor already looked up (the decoder did it to
/// filter and count), so the dump does not look it up again; other types (the request an
/// ACK echoes) go to the schema.
struct Known<'m, 'a> {
    m: &'m MsgCtx<'a>,
    schema: &'a dyn Schema,
}

impl Schema for Known<'_, '_> {
    fn message(&self, kind: u16, payload: &[u8]) -> Option<MsgDesc> {
        if kind == self.m.msg.header.kind && core::ptr::eq(payload, self.m.msg.payload) {
            return self.m.desc;
        }
        self.schema.message(kind, payload)
    }

    fn kind_name(&self, kind: u16) -> Option<&'static str> {
        self.schema.kind_name(kind)
    }
}

fn prefix(out: &mut (impl Out + ?Sized), m: &MsgCtx<'_>) {
    out.push('#');
    let _ = write_u64(out, m.number);
    if m.packet.direction.is_some() {
        out.push_str(" packet ");
        let _ = write_u64(out, m.packet.index);
    }
    out.push_str(" @");
    let _ = write_u64(out, m.offset);
    out.push(' ');
    out.push_str(m.packet.protocol.name());
    if let Some(d) = m.packet.direction {
        out.push_str(match d {
            Direction::Received => " received",
            Direction::Sent => " sent",
        });
    }
    if let Some(t) = m.packet.timestamp {
        let _ = write!(out, " {}.{:06}", t.as_secs(), t.subsec_micros());
    }
    if let Some(port) = m.packet.sender {
        out.push_str(" from port ");
        let _ = write_u64(out, port.into());
        out.push_str(" (not the kernel)");
    }
    out.push_str(": ");
}
